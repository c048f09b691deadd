"""The error hierarchy: one root, one subclass per boundary, each carrying its context."""
from __future__ import annotations


class MailbotError(Exception):
    """Root of every error mailbot raises on purpose."""


class ConfigError(MailbotError, ValueError):
    """The configuration is invalid; the message names the key or file and line."""


class FetchError(MailbotError, ConnectionError):
    """A mailbox could not be reached, logged into or read."""

    def __init__(self, message: str, *, mailbox: str | None = None) -> None:
        super().__init__(message)
        self.mailbox = mailbox


class AuthError(MailbotError):
    """An OAuth2 token could not be obtained: the endpoint refused (e.g. invalid_grant) or was unreachable."""


class ParseError(MailbotError, ValueError):
    """A document or message could not be parsed."""

    def __init__(self, message: str, *, file: str | None = None, page: int | None = None) -> None:
        super().__init__(message)
        self.file = file
        self.page = page


class RulesError(MailbotError, ValueError):
    """A rule file is broken; the message names the file and line."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None) -> None:
        where = f"{file}:{line}: " if file and line else (f"{file}: " if file else "")
        super().__init__(where + message)
        self.file = file
        self.line = line


class SendError(MailbotError):
    """Sending a mail failed; `permanent` tells whether retrying can help (5xx) or not."""

    def __init__(self, message: str, *, code: int | None = None, permanent: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.permanent = permanent


class SendTimeoutError(SendError, TimeoutError):
    """The SMTP server did not answer in time (retried)."""


class SendConnectionError(SendError, ConnectionError):
    """The SMTP server could not be reached or dropped the connection (retried)."""


class ReviewError(MailbotError, ValueError):
    """A review-queue action was refused: an invalid value, an unknown case, or a wrong state."""

    def __init__(self, message: str, *, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class ExportError(MailbotError):
    """An export (file or ERP webhook delivery) could not be produced or delivered."""
