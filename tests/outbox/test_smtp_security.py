"""The sender's SMTP edges against real servers: STARTTLS with AUTH, implicit TLS, a server that never answers."""
from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from mailbot.devserver import free_port
from mailbot.devserver.dovecot import make_self_signed_cert
from mailbot.outbox.sender import deliver_due
from tests.outbox.helpers import outbox_rows, queue_acks

USER, PASSWORD_ENV = "mailbot", "MAILBOT_TEST_SMTP_PASSWORD"


class _Recorder:
    def __init__(self) -> None:
        self.received: list[tuple[str, bytes, bool]] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.received.append((envelope.mail_from, envelope.original_content, session.ssl is not None))
        return "250 OK"


@pytest.fixture
def cert(tmp_path: Path) -> tuple[Path, Path]:
    return make_self_signed_cert(tmp_path)


def _context(cert: tuple[Path, Path]) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(str(cert[0]), str(cert[1]))
    return ctx


@pytest.fixture
def password(monkeypatch: pytest.MonkeyPatch) -> str:
    secret = "s3cret-" + str(free_port())
    monkeypatch.setenv(PASSWORD_ENV, secret)
    return secret


def test_starttls_with_auth(make_settings, make_app, cert, password) -> None:
    recorder = _Recorder()

    def authenticator(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode() \
            and auth_data.password == password.encode()
        return AuthResult(success=ok, handled=False)

    port = free_port()
    ctl = Controller(recorder, hostname="127.0.0.1", port=port, tls_context=_context(cert), require_starttls=True,
                     authenticator=authenticator, auth_require_tls=True)
    ctl.start()
    try:
        app = make_app(make_settings(mailbox=[], smtp={
            "host": "127.0.0.1", "port": port, "security": "starttls", "verify_tls": False,
            "username": USER, "password_env": PASSWORD_ENV, "timeout_seconds": 10}))
        queue_acks(app, 2)
        assert deliver_due(app) == 2
    finally:
        ctl.stop()
    assert len(recorder.received) == 2 and all(tls for _, _, tls in recorder.received)
    assert {frm for frm, _, _ in recorder.received} == {"orders@example.com"}


def test_wrong_password_keeps_the_mail_for_retry(make_settings, make_app, cert, password) -> None:
    port = free_port()
    ctl = Controller(_Recorder(), hostname="127.0.0.1", port=port, tls_context=_context(cert),
                     require_starttls=True, auth_require_tls=True,
                     authenticator=lambda *a: AuthResult(success=False, handled=False))
    ctl.start()
    try:
        app = make_app(make_settings(mailbox=[], smtp={
            "host": "127.0.0.1", "port": port, "security": "starttls", "verify_tls": False,
            "username": USER, "password_env": PASSWORD_ENV, "timeout_seconds": 10}))
        queue_acks(app, 1)
        assert deliver_due(app) == 0
    finally:
        ctl.stop()
    (row,) = outbox_rows(app)
    # A configuration error, not the mail's fault: it stays queued (5xx to the mail itself would fail it).
    assert row.status == "queued" and row.last_code == 535 and "login" in row.last_error


@pytest.fixture
def silent_server() -> Iterator[int]:
    """Accepts TCP connections and never says a word (a hung mail server)."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
                held.append(conn)
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield srv.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        for c in held:
            c.close()
        srv.close()


def test_a_server_that_never_answers_is_a_timeout_and_retried(make_settings, make_app, silent_server) -> None:
    app = make_app(make_settings(mailbox=[], smtp={"host": "127.0.0.1", "port": silent_server, "security": "none",
                                                    "timeout_seconds": 0.5}))
    queue_acks(app, 1)
    now = datetime.now(UTC)
    assert deliver_due(app, now=now) == 0
    (row,) = outbox_rows(app)
    assert row.status == "queued" and row.attempts == 1
    assert "timeout" in (row.last_error or "").lower() or "timed out" in (row.last_error or "").lower()
    assert row.next_attempt_at >= now + timedelta(seconds=29)


def test_implicit_tls(make_settings, make_app, cert) -> None:
    recorder = _Recorder()
    port = free_port()
    ctl = Controller(recorder, hostname="127.0.0.1", port=port, ssl_context=_context(cert))
    ctl.start()
    try:
        app = make_app(make_settings(mailbox=[], smtp={"host": "127.0.0.1", "port": port, "security": "tls",
                                                        "verify_tls": False, "timeout_seconds": 10}))
        queue_acks(app, 1)
        assert deliver_due(app) == 1
    finally:
        ctl.stop()
    # The server only speaks TLS from the first byte: a delivered mail means the client did too.
    assert len(recorder.received) == 1


def test_tls_certificate_is_verified_by_default(make_settings, make_app, cert) -> None:
    port = free_port()
    ctl = Controller(_Recorder(), hostname="127.0.0.1", port=port, ssl_context=_context(cert))
    ctl.start()
    try:
        app = make_app(make_settings(mailbox=[], smtp={"host": "127.0.0.1", "port": port, "security": "tls",
                                                        "timeout_seconds": 10}))
        queue_acks(app, 1)
        assert deliver_due(app) == 0  # self-signed: refused, kept for retry (an operator must fix the config)
    finally:
        ctl.stop()
    (row,) = outbox_rows(app)
    assert row.status == "queued" and "certificate" in (row.last_error or "").lower()
