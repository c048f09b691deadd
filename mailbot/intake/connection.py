"""The IMAP connection facade: connect with none/starttls/tls, log in, and turn every failure into FetchError."""
from __future__ import annotations

import contextlib
import imaplib
import socket
import ssl
from collections.abc import Callable, Iterator
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from mailbot.config import MailboxSettings
from mailbot.errors import AuthError, ConfigError, FetchError
from mailbot.oauth2 import TokenCache

# The seam for tests (IMAPClient's own pattern): anything with IMAPClient's constructor signature,
# e.g. a subclass whose _create_IMAP4() counts the commands it sends.
ClientFactory = Callable[..., IMAPClient]

# What a dead, refusing or misbehaving server raises from inside imapclient/imaplib/socket/ssl.
NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    OSError, socket.timeout, ssl.SSLError, imaplib.IMAP4.error, IMAPClientError, EOFError)


def ssl_context(mb: MailboxSettings) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    if not mb.verify_tls:
        # Only for servers with self-signed certificates the operator chose to trust (config says so).
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def describe_error(mb: MailboxSettings, exc: BaseException) -> str:
    """One line for a person: which mailbox, where, and what went wrong (never the password)."""
    where = f"mailbox {mb.name!r} ({mb.host}:{mb.port})"
    if isinstance(exc, LoginError):
        what = f"login as {mb.username} refused: {_text(exc)}"
    elif isinstance(exc, ConnectionRefusedError):
        what = "connection refused"
    elif isinstance(exc, ssl.SSLCertVerificationError):
        what = f"TLS certificate not trusted: {exc.verify_message or exc.reason}"
    elif isinstance(exc, ssl.SSLError):
        what = f"TLS error: {exc.reason or exc}"
    elif isinstance(exc, TimeoutError | socket.timeout):
        what = "timed out"
    elif isinstance(exc, socket.gaierror):
        what = f"host not found: {exc.strerror}"
    elif isinstance(exc, OSError) and exc.strerror:
        what = exc.strerror
    elif isinstance(exc, imaplib.IMAP4.abort | EOFError):
        what = f"connection lost: {_text(exc) or 'server closed the connection'}"
    else:
        what = f"{type(exc).__name__}: {_text(exc)}"
    return f"{where}: {what}"


def _text(exc: BaseException) -> str:
    s = str(exc)
    if s.startswith("b'") or s.startswith('b"'):
        s = s[2:-1]
    return s


def connect(mb: MailboxSettings, *, client_factory: ClientFactory | None = None,
            tokens: TokenCache | None = None) -> IMAPClient:
    """Open a logged-in connection; raises FetchError with a one-line reason.

    `tokens` is the process's OAuth2 token cache (App.tokens); without one, an OAuth2 mailbox asks the
    token endpoint afresh.
    """
    factory = client_factory or IMAPClient
    password = None
    if mb.auth == "password":
        try:
            password = mb.password()
        except ConfigError as exc:
            raise FetchError(f"mailbox {mb.name!r}: {exc}", mailbox=mb.name) from None
    client: IMAPClient | None = None
    try:
        if mb.security == "tls":
            client = factory(mb.host, port=mb.port, ssl=True, ssl_context=ssl_context(mb),
                             timeout=mb.timeout_seconds)
        else:
            client = factory(mb.host, port=mb.port, ssl=False, timeout=mb.timeout_seconds)
            if mb.security == "starttls":
                client.starttls(ssl_context(mb))
        if password is not None:
            client.login(mb.username, password)
        else:
            _oauth2_login(client, mb, tokens or TokenCache())
        return client
    except NETWORK_ERRORS as exc:
        if client is not None:
            close_quietly(client)
        raise FetchError(describe_error(mb, exc), mailbox=mb.name) from None
    except (AuthError, ConfigError) as exc:  # no token: the endpoint refused or the secret is missing
        if client is not None:
            close_quietly(client)
        raise FetchError(str(exc), mailbox=mb.name) from None


def _oauth2_login(client: IMAPClient, mb: MailboxSettings, tokens: TokenCache) -> None:
    """AUTHENTICATE XOAUTH2; a refused cached token (revoked, expired early) is renewed once and retried."""
    assert mb.oauth2 is not None  # the settings validator insists on it for auth = "oauth2"
    what = f"mailbox {mb.name!r}"
    try:
        client.oauth2_login(mb.username, tokens.token(mb.oauth2, what))
    except LoginError:
        tokens.invalidate(mb.oauth2)
        client.oauth2_login(mb.username, tokens.token(mb.oauth2, what))


@contextlib.contextmanager
def session(mb: MailboxSettings, *, client_factory: ClientFactory | None = None,
            tokens: TokenCache | None = None) -> Iterator[IMAPClient]:
    """A logged-in connection that is always logged out (or dropped) afterwards."""
    client = connect(mb, client_factory=client_factory, tokens=tokens)
    try:
        yield client
    finally:
        close_quietly(client)


def close_quietly(client: Any) -> None:
    """LOGOUT if the server still listens, else just drop the socket; never raises."""
    try:
        client.logout()
    except Exception:  # noqa: BLE001 - the connection may already be dead; nothing to report
        with contextlib.suppress(Exception):
            client.shutdown()


def has_capability(client: IMAPClient, name: str) -> bool:
    # Capabilities are complete only after login (Dovecot sends a short list in the greeting).
    return client.has_capability(name)
