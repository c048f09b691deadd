"""The "reply" step on hand-made cases and on the real pipeline: dedupe, languages, claims, rate limit, reminders."""
from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime, timedelta
from email.utils import make_msgid

import pytest
from sqlmodel import Session, select

from mailbot.outbox.actions import enqueue_rejection
from mailbot.outbox.reminders import send_reminders
from mailbot.outbox.sender import deliver_due
from mailbot.outbox.step import ReplyStep
from mailbot.pipeline.context import MessageContext
from mailbot.pipeline.runner import ingest, reprocess
from mailbot.store.models import Case, CaseReference, Event, Message, Outbox
from parsers.mime import ParsedEmail
from tests.outbox.helpers import outbox_rows, partner_mail
from tests.paths import CORPUS


def _message(session: Session, *, case: Case | None, kind: str, sender: str = "jane@partner.test",
             subject: str = "PO 4711", autoreply: bool | None = True, headers: dict | None = None,
             language: str | None = None) -> Message:
    msg = Message(mailbox="orders", sha256="0" * 64, raw_path="/dev/null", message_id=make_msgid(domain="partner.test"),
                  from_addr=sender, from_name="Jane Buyer", subject=subject, kind=kind, autoreply=autoreply,
                  case_id=case.id if case else None, headers=headers or {}, language=language)
    session.add(msg)
    session.flush()
    return msg


def _sent_on(app, when: datetime) -> None:  # type: ignore[no-untyped-def]
    """Deliver the queued request and date it as sent at `when` (the test's Friday/Monday)."""
    assert deliver_due(app) == 1
    with Session(app.engine) as session:
        row = session.exec(select(Outbox).where(Outbox.template == "request_documents")).one()
        row.sent_at = when
        session.add(row)
        session.commit()


def _reply(app, session: Session, msg: Message, case: Case | None) -> MessageContext:  # type: ignore[no-untyped-def]
    ctx = MessageContext(app=app, session=session, raw=b"", message=msg,
                         parsed=ParsedEmail(from_addr=msg.from_addr, subject=msg.subject, headers=msg.headers or {}))
    ctx.case = case
    ReplyStep().process(ctx)
    return ctx


def test_claim_acknowledgement_carries_the_claim_reference(make_settings, make_app, smtp_sink):
    app = make_app(make_settings(mailbox=[]))
    with Session(app.engine, expire_on_commit=False) as session:
        case = Case(partner="partner.test", kind="claim", stage="claim", language="de")
        session.add(case)
        session.flush()
        session.add(CaseReference(case_id=case.id, ref="RK-2026-77", ref_type="claim"))
        msg = _message(session, case=case, kind="claim", subject="Reklamation Lieferung")
        _reply(app, session, msg, case)
        follow_up = _message(session, case=case, kind="claim", subject="AW: Reklamation Lieferung")
        _reply(app, session, follow_up, case)
        session.commit()
    rows = outbox_rows(app)
    assert [(r.template, r.status) for r in rows] == [("ack_claim", "queued")]  # once per case
    assert rows[0].subject == "Re: Reklamation Lieferung (Reklamation RK-2026-77)"
    assert deliver_due(app) == 1
    mail = email.message_from_bytes(smtp_sink.messages[0].content, policy=email.policy.default)
    body = mail.get_body(("plain",)).get_content()
    assert "RK-2026-77" in body and "Reklamation" in body  # German: the case's language
    assert mail["Content-Language"] == "de"


def test_classifier_veto_and_own_reply_to_suppress(make_settings, make_app):
    app = make_app(make_settings(mailbox=[]))
    with Session(app.engine, expire_on_commit=False) as session:
        msg = _message(session, case=None, kind="enquiry", autoreply=False)
        msg.autoreply_suppressed_reason = "classifier: sender is a ticket system"
        _reply(app, session, msg, None)
        looped = _message(session, case=None, kind="enquiry")
        looped.reply_to = "orders@example.com"  # the partner's Reply-To points back to us
        _reply(app, session, looped, None)
        session.commit()
    rows = outbox_rows(app)
    assert [r.status for r in rows] == ["suppressed", "suppressed"]
    assert rows[0].suppressed_reason == "classifier: sender is a ticket system"
    assert "our own" in rows[1].suppressed_reason


def test_rate_limit_per_partner_domain_breaks_loops(make_settings, make_app):
    app = make_app(make_settings(mailbox=[], outbox={"rate_limit_per_hour": 3}))
    with Session(app.engine, expire_on_commit=False) as session:
        for i in range(5):
            msg = _message(session, case=None, kind="enquiry", sender=f"user{i}@loop.test")
            _reply(app, session, msg, None)
        other = _message(session, case=None, kind="enquiry", sender="someone@elsewhere.test")
        _reply(app, session, other, None)
        session.commit()
    rows = outbox_rows(app)
    assert [r.status for r in rows] == ["queued"] * 3 + ["suppressed"] * 2 + ["queued"]
    assert "rate limit" in rows[3].suppressed_reason
    with Session(app.engine) as session:
        assert len(session.exec(select(Event).where(Event.type == "outbox.suppressed")).all()) == 2


def test_reminders_after_working_days_then_escalation(make_settings, make_app, smtp_sink):
    app = make_app(make_settings(mailbox=[]))
    friday = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    with Session(app.engine, expire_on_commit=False) as session:
        case = Case(partner="partner.test", kind="order", stage="order", order_number="PO-4711",
                    missing_documents=["contract"], complete=False)
        session.add(case)
        session.flush()
        msg = _message(session, case=case, kind="order", subject="Order PO-4711")
        _reply(app, session, msg, case)
        session.commit()
    _sent_on(app, friday)
    request = outbox_rows(app)[0]
    assert request.template == "request_documents" and request.sent_at == friday

    assert send_reminders(app, now=friday + timedelta(days=3)) == 0  # Monday: 1 working day
    assert send_reminders(app, now=friday + timedelta(days=4)) == 1  # Tuesday: 2 working days
    assert send_reminders(app, now=friday + timedelta(days=4, hours=5)) == 0  # not twice
    assert deliver_due(app) == 1
    assert send_reminders(app, now=friday + timedelta(days=7)) == 1  # next Friday: 5 working days
    rows = outbox_rows(app)
    assert [r.template for r in rows] == ["request_documents", "reminder", "reminder"]
    # Reminders are threaded under our request.
    assert rows[1].in_reply_to == request.message_id and request.message_id in rows[1].references
    assert rows[1].subject == request.subject
    with Session(app.engine) as session:
        assert session.exec(select(Event).where(Event.type == "case.escalated")).first() is None
    send_reminders(app, now=friday + timedelta(days=11))  # 7 working days: escalate, once
    send_reminders(app, now=friday + timedelta(days=12))
    with Session(app.engine) as session:
        escalated = session.exec(select(Event).where(Event.type == "case.escalated")).all()
        assert len(escalated) == 1 and escalated[0].case_id == case.id
    from mailbot.digest import build_digest

    digest = build_digest(app, now=friday + timedelta(days=12))
    assert [c.escalated for c in digest.missing_documents] == [True]
    assert digest.missing_documents[0].missing == ["signed contract"]
    # Once complete, nothing more is sent.
    with Session(app.engine) as session:
        c = session.get(Case, case.id)
        c.complete, c.missing_documents = True, []
        session.add(c)
        session.commit()
    assert send_reminders(app, now=friday + timedelta(days=30)) == 0


def test_reminder_text_lists_the_documents(make_settings, make_app, smtp_sink):
    app = make_app(make_settings(mailbox=[]))
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    with Session(app.engine, expire_on_commit=False) as session:
        case = Case(partner="partner.test", kind="order", order_number="PO-1", complete=False,
                    missing_documents=["contract", "packing_list"])
        session.add(case)
        session.flush()
        _reply(app, session, _message(session, case=case, kind="order", subject="PO-1"), case)
        session.commit()
    _sent_on(app, monday)
    assert send_reminders(app, now=monday + timedelta(days=2)) == 1
    assert deliver_due(app) == 1
    mail = email.message_from_bytes(smtp_sink.messages[-1].content, policy=email.policy.default)
    body = mail.get_body(("plain",)).get_content()
    assert "signed contract" in body and "packing list" in body and "2026-11-23" in body


def test_real_pipeline_acknowledges_once_even_when_reprocessed(make_settings, make_app):
    app = make_app(make_settings(mailbox=[], limits={"isolate": False}))
    raw = partner_mail(subject="Anfrage Kugellager 6204", sender="Hans <hans@kunde.test>",
                       headers={"Content-Language": "de-DE"},
                       body="Guten Tag, bitte senden Sie uns ein Angebot für 500 Kugellager 6204. Gruß Hans\n")
    result = ingest(app, raw, mailbox="orders", uidvalidity=1, uid=1)
    reprocess(app, result.message_pk)
    rows = outbox_rows(app)
    assert len(rows) == 1, [(r.template, r.status, r.suppressed_reason) for r in rows]
    assert rows[0].template == "ack_enquiry" and rows[0].status == "queued"
    assert rows[0].subject == "Re: Anfrage Kugellager 6204"
    body = email.message_from_bytes(rows[0].raw, policy=email.policy.default).get_body(("plain",)).get_content()
    assert "vielen Dank für Ihre Anfrage" in body


def test_rejection_from_the_review_queue(make_settings, make_app):
    app = make_app(make_settings(mailbox=[]))
    with Session(app.engine, expire_on_commit=False) as session:
        case = Case(partner="partner.test", kind="order", order_number="PO-9", partner_email="jane@partner.test")
        session.add(case)
        session.flush()
        msg = _message(session, case=case, kind="order", subject="Order PO-9", autoreply=None)
        row = enqueue_rejection(app, session, case=case, reason="prices <expired>")
        assert enqueue_rejection(app, session, case=case, reason="again") is None  # once per case
        session.commit()
    assert row.template == "rejection" and row.in_reply_to == msg.message_id
    mail = email.message_from_bytes(row.raw, policy=email.policy.default)
    assert "prices <expired>" in mail.get_body(("plain",)).get_content()
    assert "prices &lt;expired&gt;" in mail.get_body(("html",)).get_content()


def test_document_request_with_settings_only(make_settings, make_app):
    settings = make_settings(mailbox=[])
    app = make_app(settings)
    from mailbot.outbox.actions import enqueue_document_request

    with Session(app.engine, expire_on_commit=False) as session:
        case = Case(partner="partner.test", kind="order", order_number="PO-5", partner_email="jane@partner.test",
                    language="fr")
        session.add(case)
        session.flush()
        row = enqueue_document_request(settings, session, case=case, documents=["packing_list", "contract"])
        session.commit()
    body = email.message_from_bytes(row.raw, policy=email.policy.default).get_body(("plain",)).get_content()
    assert "liste de colisage" in body and "contrat signé" in body and "PO-5" in body
    assert row.to_addrs == ["jane@partner.test"] and row.dedupe_key.endswith(":contract,packing_list")


def test_real_world_bounces_complaints_and_receipts_are_never_answered(make_settings, make_app):
    base = CORPUS / "flanker" / "tests" / "fixtures" / "messages"
    if not base.is_dir():
        pytest.skip("shared corpus not present")
    files = sorted((base / "bounce").glob("*.eml")) + sorted((base / "complaints").glob("*.eml"))
    files.append(base / "disposition-notification.eml")
    # A different company domain than the corpus' example.com, so the bounce rules (not "own domain") decide.
    # Without classify/link: the reply step's own header rules must catch every one of them by themselves
    # (defence in depth; Message.autoreply stays unset).
    app = make_app(make_settings(mailbox=[], limits={"isolate": False}, company={"domain": "mailbot-test.example"},
                                 pipeline={"steps": ["store", "parse", "reply", "record"]},
                                 smtp={"host": "127.0.0.1", "port": 9, "from": "Orders <orders@mailbot-test.example>"}))
    for uid, path in enumerate(files, start=1):
        assert ingest(app, path.read_bytes(), mailbox="orders", uidvalidity=1, uid=uid).status == "processed"
    rows = outbox_rows(app)
    assert [r.status for r in rows] == ["suppressed"] * len(files)
    assert len({r.reply_to_message_pk for r in rows}) == len(files)
    assert all(r.suppressed_reason for r in rows)


def test_remind_and_outbox_commands(make_config_file):
    from tests.intake.helpers import run_cli

    config = make_config_file(mailbox=[])
    out = run_cli(config, "remind")
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "0 reminder(s) enqueued, 0 mail(s) sent"
    out = run_cli(config, "outbox", "--json")
    assert out.returncode == 0 and out.stdout.strip() == "[]"
    out = run_cli(config, "digest")
    assert out.returncode != 0 and "--preview or --send" in out.stderr


def test_complete_order_gets_the_order_acknowledgement_with_its_facts(make_settings, make_app):
    from tests.outbox.docs import commercial_invoice, purchase_order, signed_contract

    app = make_app(make_settings(mailbox=[], limits={"isolate": False}))
    raw = partner_mail(subject="New order", sender="Jane <jane@northwind.test>",
                       body="Please find order, invoice and the signed contract attached.\n",
                       attachments=[("po.pdf", purchase_order(), "application/pdf"),
                                    ("invoice.pdf", commercial_invoice(), "application/pdf"),
                                    ("contract.pdf", signed_contract(), "application/pdf")])
    ingest(app, raw, mailbox="orders", uidvalidity=1, uid=1)
    rows = outbox_rows(app)
    assert [(r.template, r.status) for r in rows] == [("ack_order", "queued")]
    assert rows[0].subject == "Re: New order (Order PO-4711)"
    text = email.message_from_bytes(rows[0].raw, policy=email.policy.default).get_body(("plain",)).get_content()
    assert "Order number: PO-4711" in text and "Total:        850.00 EUR" in text
    assert "What happens next" in text
    with Session(app.engine) as session:  # the line count is the parser's, shown only when it found lines
        from mailbot.store.models import Document

        po = session.exec(select(Document).where(Document.doc_type == "purchase_order")).one()
    lines = len(po.data.get("line_items") or [])
    assert (f"Lines:        {lines}" in text) if lines else ("Lines:" not in text)


def test_a_claim_in_an_order_case_with_missing_documents_is_acknowledged_as_a_claim(make_settings, make_app):
    app = make_app(make_settings(mailbox=[]))
    with Session(app.engine, expire_on_commit=False) as session:
        case = Case(partner="partner.test", kind="order", order_number="PO-7", complete=False,
                    missing_documents=["contract"])
        session.add(case)
        session.flush()
        _reply(app, session, _message(session, case=case, kind="order", subject="PO-7"), case)
        _reply(app, session, _message(session, case=case, kind="claim", subject="Damaged goods PO-7"), case)
        session.commit()
    assert [r.template for r in outbox_rows(app)] == ["request_documents", "ack_claim"]
