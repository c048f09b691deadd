"""The running application's shared services, built once from Settings and passed down (no globals)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy.engine import Engine

from mailbot.config import Settings
from mailbot.store.blobs import BlobStore
from mailbot.store.db import open_database

log = logging.getLogger(__name__)


@dataclass
class App:
    """Settings plus the things built from them: database engine, blob store, rules, templates."""

    settings: Settings
    engine: Engine
    blobs: BlobStore
    extras: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def rules(self) -> Any:
        """The classification rule set from rules/*.toml (loaded on first use; broken files fail loudly)."""
        from mailbot.classify.rules import load_ruleset

        return load_ruleset(self.settings.rules.path)

    def preload(self) -> None:
        """Load now what would otherwise fail later, message by message: a broken rule file stops start-up;
        and warm the parsers once, so every isolated attachment parse forks from a warm parent."""
        _ = self.rules
        if self.settings.limits.isolate:
            from parsers.registry import warm_up

            log.debug("parser warm-up took %.2f s", warm_up())
        from mailbot.store.blobs import missing_recent_blobs

        missing, checked = missing_recent_blobs(self.engine, self.blobs)
        if missing:
            # Not fatal: new mail is recorded fine; but re-runs and exports of older mail will fail.
            log.error("%d of the %d newest messages in the database are not in the blob store %s: "
                      "[storage] path is wrong, or not shared by every instance on this database",
                      missing, checked, self.blobs.root)

    @cached_property
    def tokens(self) -> Any:
        """OAuth2 access tokens of this process, shared by IMAP and SMTP logins (renewed before expiry)."""
        from mailbot.oauth2 import TokenCache

        return TokenCache()

    @cached_property
    def parse_limits(self) -> Any:
        """The parsers' resource limits, from [limits] in the config."""
        from parsers import Limits

        return Limits.from_settings(self.settings.limits)


def build_app(settings: Settings) -> App:
    """Open (and migrate) the database and the blob store named in the settings."""
    engine = open_database(settings.database.url, echo=settings.database.echo)
    return App(settings=settings, engine=engine, blobs=BlobStore(settings.storage.path))
