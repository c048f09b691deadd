"""Shared helpers for the intake tests: sample mails and an IMAP client that counts what it sends."""
from __future__ import annotations

import imaplib
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from imapclient import IMAPClient
from sqlmodel import Session, select

from mailbot.store.models import Message


def make_mail(i: int, *, body: str = "", subject: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Buyer {i} <buyer{i}@partner{i % 7}.test>"
    msg["To"] = "orders@example.com"
    msg["Subject"] = subject or f"Purchase order PO-{1000 + i}"
    msg["Date"] = format_datetime(datetime(2026, 1, 1, 12, 0, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(idstring=f"t{i}", domain="partner.test")
    msg.set_content(body or f"Please deliver 10 pcs of item {i}.\n")
    return msg.as_bytes(policy=SMTP)  # CRLF, as IMAP stores and returns it


class CountingIMAPClient(IMAPClient):
    """IMAPClient through its own seam (_create_IMAP4): records every command name it sends."""

    commands: list[str]

    def _create_IMAP4(self) -> imaplib.IMAP4:  # noqa: N802 - imapclient's name
        imap = super()._create_IMAP4()
        log: list[str] = []
        self.commands = log
        original = imap._command

        def counting(name: str, *args):  # type: ignore[no-untyped-def]
            log.append(name if name != "UID" else f"UID {args[0]}")
            return original(name, *args)

        imap._command = counting  # type: ignore[method-assign]
        return imap


class ClientRecorder:
    """A client factory that keeps every CountingIMAPClient it made."""

    def __init__(self) -> None:
        self.clients: list[CountingIMAPClient] = []

    def __call__(self, *args, **kwargs) -> CountingIMAPClient:  # type: ignore[no-untyped-def]
        c = CountingIMAPClient(*args, **kwargs)
        self.clients.append(c)
        return c

    @property
    def commands(self) -> list[str]:
        return [cmd for c in self.clients for cmd in getattr(c, "commands", [])]


def server_state(dovecot, user: str, folder: str = "INBOX", keyword: str = "$MailbotDone") -> dict[int, set[bytes]]:  # type: ignore[no-untyped-def]
    """UID -> flags of every message in the folder, read without changing anything."""
    c = dovecot.client(user)
    try:
        c.select_folder(folder, readonly=True)
        uids = c.search(["ALL"])
        flags = c.get_flags(uids) if uids else {}
        return {uid: set(f) for uid, f in flags.items()}
    finally:
        c.logout()


def recorded(app, mailbox: str | None = None) -> list[Message]:  # type: ignore[no-untyped-def]
    with Session(app.engine) as s:
        q = select(Message).order_by(Message.id)
        if mailbox:
            q = q.where(Message.mailbox == mailbox)
        return list(s.exec(q).all())


def mailbot_cmd(config, *args: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The real CLI as users run it, in a child process."""
    import sys

    return [sys.executable, "-m", "mailbot", "--config", str(config), *args]


def run_cli(config, *args: str, timeout: float = 120):  # type: ignore[no-untyped-def]
    import subprocess

    return subprocess.run(mailbot_cmd(config, *args), capture_output=True, text=True, timeout=timeout)


def wait_for(predicate, timeout: float, interval: float = 0.05):  # type: ignore[no-untyped-def]
    """Poll `predicate` until it returns something truthy or the deadline passes (returns the last value)."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(interval)


def server_hashes(dovecot, user: str, folder: str = "INBOX") -> dict[int, str]:  # type: ignore[no-untyped-def]
    """UID -> sha256 of the exact bytes the server returns for it (BODY.PEEK[], nothing changed)."""
    import hashlib

    c = dovecot.client(user)
    try:
        c.select_folder(folder, readonly=True)
        uids = c.search(["ALL"])
        data = c.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
        return {uid: hashlib.sha256(d[b"BODY[]"]).hexdigest() for uid, d in data.items()}
    finally:
        c.logout()
