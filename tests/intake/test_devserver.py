"""The test servers themselves: Dovecot restarts on the same ports with its mail, the SMTP sink's switches."""
from __future__ import annotations

import smtplib
import tomllib

import pytest

from mailbot.devserver import Dovecot, SmtpSink
from tests.conftest import ORDERS, toml_dumps


def _count(dovecot: Dovecot, user: str = ORDERS) -> int:
    c = dovecot.client(user)
    try:
        return int(c.select_folder("INBOX", readonly=True)[b"EXISTS"])
    finally:
        c.logout()


def test_append_kill_restart_keeps_ports_and_mail(dovecot: Dovecot, clean_mailbox) -> None:
    assert _count(dovecot) == 0
    uid = dovecot.append(ORDERS, b"Subject: one\r\nMessage-ID: <one@test>\r\n\r\nbody\r\n", flags=[r"\Flagged"])
    assert isinstance(uid, int)
    port = dovecot.imap_port
    dovecot.kill()
    with pytest.raises(OSError):
        dovecot.client(ORDERS, timeout=2)
    dovecot.start()
    assert dovecot.imap_port == port
    assert _count(dovecot) == 1
    c = dovecot.client(ORDERS)
    c.select_folder("INBOX", readonly=True)
    assert rb"\Flagged" in c.get_flags([uid])[uid]
    c.logout()
    clean_mailbox()
    assert _count(dovecot) == 0


def test_wrong_password_is_refused(dovecot: Dovecot) -> None:
    from imapclient import IMAPClient
    from imapclient.exceptions import LoginError

    c = IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False, timeout=5)
    with pytest.raises(LoginError):
        c.login(ORDERS, "not-the-password")
    c.shutdown()


def test_smtp_sink_records_and_fails_on_demand(smtp_sink: SmtpSink) -> None:
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port) as s:
        s.sendmail("a@partner.test", ["orders@example.com"], b"Subject: x\r\n\r\nhello\r\n")
    [env] = smtp_sink.messages
    assert env.mail_from == "a@partner.test" and env.rcpt_tos == ("orders@example.com",)
    assert b"hello" in env.content
    smtp_sink.fail_temporarily()
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port) as s, pytest.raises(smtplib.SMTPDataError) as err:
        s.sendmail("a@partner.test", ["x@example.com"], b"Subject: y\r\n\r\n.\r\n")
    assert err.value.smtp_code == 451
    smtp_sink.fail_permanently(at="rcpt")
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port) as s, pytest.raises(smtplib.SMTPRecipientsRefused):
        s.sendmail("a@partner.test", ["x@example.com"], b"Subject: y\r\n\r\n.\r\n")
    smtp_sink.accept()
    smtp_sink.stop()
    with pytest.raises(OSError):
        smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=2)
    smtp_sink.start()
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port) as s:
        s.sendmail("a@partner.test", ["orders@example.com"], b"Subject: z\r\n\r\nagain\r\n")
    assert len(smtp_sink.messages) == 2


def test_make_settings_and_config_file(make_settings, make_app, make_config_file, dovecot: Dovecot,
                                       smtp_sink: SmtpSink) -> None:
    settings = make_settings(pipeline={"steps": ["store", "record"]}, schedule={"poll_seconds": 7})
    assert settings.pipeline.steps == ["store", "record"]
    assert settings.schedule.poll_seconds == 7 and settings.schedule.reconnect_max_seconds == 2
    mb = settings.mailbox[0]
    assert (mb.port, mb.username) == (dovecot.imap_port, ORDERS)
    assert mb.password() == dovecot.users[ORDERS]
    assert settings.smtp.port == smtp_sink.port
    app = make_app(settings)
    assert str(app.engine.url).startswith("sqlite:///")
    path = make_config_file(pipeline={"steps": ["store"]})
    data = tomllib.loads(path.read_text())
    assert data["mailbox"][0]["port"] == dovecot.imap_port and data["pipeline"]["steps"] == ["store"]
    assert dovecot.users[ORDERS] not in path.read_text()  # the password only travels via the environment
    assert tomllib.loads(toml_dumps({"a": {"b": 'q"uote', "c": None}})) == {"a": {"b": 'q"uote'}}
