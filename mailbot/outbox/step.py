"""Pipeline step "reply" (placeholder until its module lands; does nothing)."""
from __future__ import annotations

from mailbot.pipeline.context import MessageContext


class _Placeholder:
    name = "reply"
    description = "placeholder"

    def process(self, ctx: MessageContext) -> None:
        return None


STEPS = [_Placeholder()]
