"""Logging set-up for the command line and the service; a filter keeps secrets out of log lines."""
from __future__ import annotations

import logging
import os
import re
from collections import deque

_SECRET_PATTERNS = [
    re.compile(r"(?i)(password|passwd|pwd|secret|token|api[_-]?key)(\s*[=:]\s*)(\S+)"),
    re.compile(r"(?i)(AUTH(?:ENTICATE)?\s+(?:PLAIN|LOGIN|XOAUTH2|OAUTHBEARER)\s+)(\S+)"),
    re.compile(r"(?i)(bearer\s+)(\S+)"),
    re.compile(r"(?i)(LOGIN\s+\S+\s+)(\S+)"),
]


def remember_secret(secret: str) -> None:
    """Redact a secret learnt at run time (an OAuth2 token) from every log line of the installed handlers."""
    for handler in logging.getLogger().handlers:
        for flt in handler.filters:
            if isinstance(flt, RedactSecrets) and secret and len(secret) >= 3 and secret not in flt.learnt:
                flt.learnt.append(secret)


class RedactSecrets(logging.Filter):
    """Replace anything that looks like a credential in a log record with '***'."""

    def __init__(self, secrets: list[str] | None = None) -> None:
        super().__init__()
        self.secrets = [s for s in (secrets or []) if s and len(s) >= 3]
        # Tokens renewed hourly would pile up for months: only the recent ones can still appear.
        self.learnt: deque[str] = deque(maxlen=32)

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        for s in (*self.secrets, *self.learnt):
            msg = msg.replace(s, "***")
        for pat in _SECRET_PATTERNS:
            msg = pat.sub(lambda m: "".join(m.groups()[:-1]) + "***", msg)
        record.msg, record.args = msg, None
        return True


def setup_logging(verbosity: int = 0, *, secrets: list[str] | None = None, default_level: str = "WARNING") -> None:
    """mailbot's own loggers at default_level (-v: DEBUG), libraries at WARNING (-vv: everything at DEBUG).

    One-shot commands print their own summary, so their log default is WARNING; `mailbot run` asks for INFO.
    MAILBOT_LOG_LEVEL overrides the default.
    """
    own = logging.DEBUG if verbosity else getattr(
        logging, os.environ.get("MAILBOT_LOG_LEVEL", default_level).upper(), logging.WARNING)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    # Alembic and aiosmtpd talk a lot at INFO; ops want mailbot's own lines unless asked for more.
    root.setLevel(logging.DEBUG if verbosity >= 2 else logging.WARNING)
    for name in ("mailbot", "parsers"):
        logging.getLogger(name).setLevel(own)
    # imaplib logs whole commands (including LOGIN) at debug; never let them through.
    logging.getLogger("imapclient.imaplib").setLevel(logging.WARNING)
