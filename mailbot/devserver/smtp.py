"""A real aiosmtpd SMTP sink on a free loopback port that records what it receives, with failure switches."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from aiosmtpd.controller import Controller

from mailbot.devserver.dovecot import free_port


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
            ctl = Controller(_Handler(self), hostname=self.host, port=self.port, ready_timeout=10)
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
