"""The pipeline runner: one transaction per message; a failing step parks the message and loses nothing."""
from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import Session, select

from mailbot.app import App, build_app
from mailbot.config import settings_from_dict
from mailbot.pipeline.context import MessageContext
from mailbot.pipeline.runner import ingest, reprocess
from mailbot.pipeline.steps import build_pipeline
from mailbot.store.models import Attachment, Event, MailboxState, Message


@pytest.fixture
def app(tmp_path: Path) -> App:
    settings = settings_from_dict({"database": {"url": f"sqlite:///{tmp_path / 'db.sqlite'}"},
                                   "storage": {"path": str(tmp_path / 'store')}})
    return build_app(settings)


def _mail(subject: str = "PO 4711", attach: bytes | None = b"col1,col2\n1,2\n") -> bytes:
    m = EmailMessage()
    m["From"] = "Buyer <buyer@partner.example>"
    m["To"] = "orders@example.com"
    m["Subject"] = subject
    m["Message-ID"] = f"<{subject.replace(' ', '')}@partner.example>"
    m.set_content("Please find our order attached.")
    if attach is not None:
        m.add_attachment(attach, maintype="text", subtype="csv", filename="po.csv")
    return m.as_bytes()


class Explode:
    name = "explode"
    description = "fails on purpose"

    def __init__(self) -> None:
        self.armed = True

    def process(self, ctx: MessageContext) -> None:
        ctx.session.add(Event(type="should.be.rolled.back"))
        if self.armed:
            raise RuntimeError("boom in step")


def test_failing_step_parks_message_with_reason_and_keeps_ledger(app: App) -> None:
    bomb = Explode()
    steps = build_pipeline(("store",)) + [bomb]
    raw = _mail()
    result = ingest(app, raw, mailbox="orders", uidvalidity=7, uid=3, steps=steps)
    assert result.status == "failed"
    with Session(app.engine) as s:
        msg = s.get(Message, result.message_pk)
        assert msg is not None
        assert msg.status == "failed"
        assert "boom in step" in (msg.error or "") and "explode" in (msg.error or "")
        assert "RuntimeError" in (msg.traceback or "")
        assert msg.subject == "PO 4711" and msg.from_addr == "buyer@partner.example"
        assert Path(msg.raw_path).read_bytes() == raw
        # the steps' work was rolled back, the ledger and the sync position were not
        assert s.exec(select(Attachment)).all() == []
        assert s.exec(select(Event).where(Event.type == "should.be.rolled.back")).all() == []
        state = s.exec(select(MailboxState)).one()
        assert (state.uidvalidity, state.last_uid) == (7, 3)
    bomb.armed = False
    again = reprocess(app, result.message_pk, steps=steps)
    assert again.status == "processed"
    with Session(app.engine) as s:
        msg = s.get(Message, result.message_pk)
        assert msg is not None and msg.status == "processed" and msg.error is None and msg.attempts == 2
        assert [a.filename for a in s.exec(select(Attachment)).all()] == ["po.csv"]


def test_same_ledger_key_is_recorded_once(app: App) -> None:
    steps = build_pipeline(("store", "record"))
    raw = _mail()
    first = ingest(app, raw, mailbox="orders", uidvalidity=1, uid=1, steps=steps)
    second = ingest(app, raw, mailbox="orders", uidvalidity=1, uid=1, steps=steps)
    assert second.duplicate and second.message_pk == first.message_pk
    with Session(app.engine) as s:
        assert len(s.exec(select(Message)).all()) == 1


def test_malformed_mail_is_recorded(app: App) -> None:
    raw = b"From: \xff\xfe broken\r\nSubject: =?bogus?Q?x?=\r\nContent-Type: multipart/mixed\r\n\r\nno boundary at all\r\n"
    result = ingest(app, raw, mailbox="orders", uidvalidity=1, uid=9, steps=build_pipeline(("store", "record")))
    assert result.status == "processed"
    with Session(app.engine) as s:
        msg = s.get(Message, result.message_pk)
        assert msg is not None and msg.size == len(raw)
