"""A rule module whose rule reuses a built-in name: discovery must refuse it (used by test_rule_files)."""
from __future__ import annotations

from mailbot.classify.rules import Rule


class AnotherBodyRule(Rule):
    name = "body-phrases"
    description = "clashes with the built-in rule of the same name"

    def check(self, facts):  # type: ignore[no-untyped-def]
        return None
