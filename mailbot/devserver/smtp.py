"""A real aiosmtpd SMTP sink on a free loopback port that records what it receives, with failure switches."""
from __future__ import annotations

import base64
import threading
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import MISSING, AuthResult

from mailbot.devserver.dovecot import free_port
from mailbot.devserver.oauth import OAuthServer


@dataclass(frozen=True)
class Envelope:
    """One accepted mail as the server saw it."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    content: bytes  # envelope.original_content: the wire bytes with CRLF line ends


class _Handler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        reply = self.sink.rcpt_reply
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        reply = self.sink.data_reply
        if reply:
            return reply
        content = envelope.original_content or envelope.content or b""
        if isinstance(content, str):
            content = content.encode("utf-8", "surrogateescape")
        self.sink._record(Envelope(envelope.mail_from or "", tuple(envelope.rcpt_tos), bytes(content)))
        return "250 Message accepted for delivery"


class _OAuthHandler(_Handler):
    """Also offers AUTH XOAUTH2 and checks the bearer token with the OAuth2 dev server."""

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:  # noqa: N802 - aiosmtpd's name
        if len(args) > 1:
            raw = args[1]
        else:
            raw = await server.challenge_auth("", encode_to_b64=False)
            if raw is MISSING:
                return AuthResult(success=False, handled=True)
            raw = raw.decode() if isinstance(raw, bytes) else raw
        try:
            fields = dict(part.split("=", 1) for part in base64.b64decode(raw).decode().split("\x01") if "=" in part)
        except (ValueError, UnicodeDecodeError):
            return AuthResult(success=False, handled=False)
        user, bearer = fields.get("user", ""), fields.get("auth", "")
        token = bearer[7:] if bearer.startswith("Bearer ") else ""
        assert self.sink.oauth is not None
        ok = self.sink.oauth.check(user, token)
        self.sink.logins.append(("XOAUTH2", user, ok))
        return AuthResult(success=ok, handled=False, auth_data=user if ok else None)


@dataclass
class SmtpSink:
    """aiosmtpd Controller that keeps every accepted envelope.

    Failure switches for tests: `fail_temporarily()` answers 451 (retryable), `fail_permanently()`
    answers 550, `accept()` goes back to normal; `stop()` refuses connections, `start()` listens again
    on the same port.
    """

    host: str = "127.0.0.1"
    port: int = field(default_factory=free_port)
    rcpt_reply: str | None = None
    data_reply: str | None = None
    _messages: list[Envelope] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _controller: Controller | None = None
    # With an OAuth2 dev server: AUTH XOAUTH2 is offered and required before MAIL FROM.
    oauth: OAuthServer | None = None
    logins: list[tuple[str, str, bool]] = field(default_factory=list)  # (mechanism, user, accepted)

    def _record(self, env: Envelope) -> None:
        with self._lock:
            self._messages.append(env)

    @property
    def messages(self) -> list[Envelope]:
        """A snapshot of what was received so far (thread-safe copy)."""
        with self._lock:
            return list(self._messages)

    def clear(self) -> None:
        with self._lock:
            self._messages.clear()

    def fail_temporarily(self, reply: str = "451 4.3.0 Try again later", *, at: str = "data") -> None:
        self._set(reply, at)

    def fail_permanently(self, reply: str = "550 5.1.1 Mailbox unavailable", *, at: str = "data") -> None:
        self._set(reply, at)

    def _set(self, reply: str, at: str) -> None:
        if at == "rcpt":
            self.rcpt_reply = reply
        else:
            self.data_reply = reply

    def accept(self) -> None:
        self.rcpt_reply = self.data_reply = None

    @property
    def running(self) -> bool:
        return self._controller is not None

    def start(self) -> SmtpSink:
        if self._controller is None:
            if self.oauth is None:
                ctl = Controller(_Handler(self), hostname=self.host, port=self.port, ready_timeout=10)
            else:
                # Loopback only, so AUTH without TLS (aiosmtpd warns about it on every connection).
                ctl = Controller(_OAuthHandler(self), hostname=self.host, port=self.port, ready_timeout=10,
                                 auth_required=True, auth_require_tls=False,
                                 authenticator=lambda *a: AuthResult(success=False))  # no PLAIN/LOGIN
            ctl.start()
            self._controller = ctl
        return self

    def stop(self) -> None:
        """Stop listening: connections are refused until start() again."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> SmtpSink:
        return self.start()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
