"""Acceptance: real Dovecot, the real `mailbot` CLI in a child process, a real aiosmtpd sink."""
from __future__ import annotations

import email
import email.policy
from email.utils import make_msgid
from pathlib import Path

from sqlmodel import Session, select

from mailbot.store.models import Case, Event, Message, Outbox
from tests.conftest import ORDERS
from tests.intake.helpers import run_cli
from tests.outbox.docs import commercial_invoice, purchase_order, signed_contract
from tests.outbox.helpers import partner_mail

DEMO = Path(__file__).resolve().parents[2] / "mailbot" / "demo" / "sample_mail"
PARTNER = "Jane Buyer <jane@northwind.test>"


def _mails(sink) -> list[email.message.EmailMessage]:  # type: ignore[no-untyped-def]
    return [email.message_from_bytes(e.content, policy=email.policy.default) for e in sink.messages]


def _cycle(config: Path) -> None:
    """What the service does on each tick: fetch and process, then deliver the outbox."""
    for args in (("poll", "--once"), ("outbox", "send")):
        out = run_cli(config, *args)
        assert out.returncode == 0, out.stderr[-3000:]


def test_order_without_contract_gets_one_request_and_the_contract_completes_it(
        dovecot, clean_mailbox, smtp_sink, make_config_file, make_settings, make_app):
    config = make_config_file()
    order_id = make_msgid(domain="northwind.test")
    order = partner_mail(subject="Order PO-4711", sender=PARTNER, msgid=order_id,
                         body="Dear team,\nplease find our purchase order PO-4711 and the commercial invoice.\n",
                         attachments=[("PO-4711.pdf", purchase_order(), "application/pdf"),
                                      ("invoice.pdf", commercial_invoice(), "application/pdf")])
    dovecot.append(ORDERS, order)
    _cycle(config)

    mails = _mails(smtp_sink)
    assert len(mails) == 1, [m["Subject"] for m in mails]
    request = mails[0]
    assert smtp_sink.messages[0].rcpt_tos == ("jane@northwind.test",)
    assert request["In-Reply-To"] == order_id
    assert order_id in request["References"]
    assert request["Subject"] == "Re: Order PO-4711"
    assert request["Auto-Submitted"] == "auto-replied" and request["X-Mailbot-Loop"] == "example.com"
    assert request["Message-ID"].endswith("@example.com>")
    text = request.get_body(("plain",)).get_content()
    assert "signed contract" in text and "PO-4711" in text and "reply to this mail" in text
    assert "commercial invoice" not in text.split("need the following")[1]  # it was attached

    # The partner answers our mail with the signed contract.
    reply = partner_mail(subject="Re: Order PO-4711", sender=PARTNER, in_reply_to=request["Message-ID"],
                         body="Here is the signed contract.\n",
                         attachments=[("contract-signed.pdf", signed_contract(), "application/pdf")])
    dovecot.append(ORDERS, reply)
    _cycle(config)

    mails = _mails(smtp_sink)
    assert len(mails) == 2, [m["Subject"] for m in mails]
    notice = mails[1]
    reply_id = email.message_from_bytes(reply, policy=email.policy.default)["Message-ID"]
    assert notice["In-Reply-To"] == reply_id
    assert notice["Subject"] == "Re: Order PO-4711"
    assert "all documents" in notice.get_body(("plain",)).get_content()

    app = make_app(make_settings())
    with Session(app.engine) as session:
        cases = session.exec(select(Case)).all()
        assert len(cases) == 1 and cases[0].complete and not cases[0].missing_documents
        rows = session.exec(select(Outbox).order_by(Outbox.id)).all()
        assert [(r.template, r.status) for r in rows] == [("request_documents", "sent"), ("complete", "sent")]
        assert all(r.case_id == cases[0].id for r in rows)

    # Nothing new on the server: another round sends nothing.
    _cycle(config)
    assert len(smtp_sink.messages) == 2


def _dsn(original_id: str, rcpt: str) -> bytes:
    """A bounce (RFC 3464) of one of our mails, shaped as Postfix writes it."""
    return f"""Return-Path: <>
From: MAILER-DAEMON@mx.northwind.test (Mail Delivery System)
To: {ORDERS}
Subject: Undelivered Mail Returned to Sender
Message-ID: {make_msgid(domain="mx.northwind.test")}
Date: Fri, 20 Nov 2026 11:00:00 +0100
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B0UND"

--B0UND
Content-Type: text/plain; charset=us-ascii

I'm sorry to have to inform you that your message could not be delivered.

--B0UND
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.northwind.test

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--B0UND
Content-Type: text/rfc822-headers

From: Orders Desk <orders@example.com>
To: {rcpt}
Message-ID: {original_id}
Subject: Re: Enquiry ball bearings

--B0UND--
""".replace("\n", "\r\n").encode()


def test_machines_get_no_reply_each_suppression_is_recorded_and_a_bounce_is_matched(
        dovecot, clean_mailbox, smtp_sink, make_config_file, make_settings, make_app):
    config = make_config_file()
    enquiry = partner_mail(subject="Enquiry ball bearings", sender="Bob <bob@northwind.test>",
                           body="Hello, could you send us a quotation for 500 ball bearings 6204? Regards, Bob\n")
    dovecot.append(ORDERS, enquiry)
    _cycle(config)
    assert len(smtp_sink.messages) == 1
    ack_id = _mails(smtp_sink)[0]["Message-ID"]

    machines = {
        "out-of-office": (DEMO / "07-out-of-office.eml").read_bytes(),
        "newsletter": (DEMO / "08-newsletter.eml").read_bytes(),
        "own address": partner_mail(subject="Order PO-9 forwarded", sender="Orders Desk <orders@example.com>",
                                    body="Please find the order PO-9 attached.\n",
                                    attachments=[("PO-9.pdf", purchase_order("PO-9"), "application/pdf")]),
        "bounce": _dsn(ack_id, "bob@northwind.test"),
    }
    for raw in machines.values():
        dovecot.append(ORDERS, raw)
    _cycle(config)
    assert len(smtp_sink.messages) == 1, [m["Subject"] for m in _mails(smtp_sink)[1:]]

    app = make_app(make_settings())
    with Session(app.engine) as session:
        messages = session.exec(select(Message).order_by(Message.id)).all()
        assert len(messages) == 5 and all(m.status == "processed" for m in messages)
        suppressed = session.exec(select(Outbox).where(Outbox.status == "suppressed")).all()
        by_message = {s.reply_to_message_pk: s.suppressed_reason for s in suppressed}
        assert set(by_message) == {m.id for m in messages[1:]}, by_message
        reasons = [by_message[m.id].lower() for m in messages[1:]]
        assert "auto-submitted" in reasons[0]                       # out-of-office
        assert "precedence" in reasons[1] or "list" in reasons[1]  # newsletter
        assert "own" in reasons[2]                                 # our own address
        assert "bounce" in reasons[3] or "report" in reasons[3] or "auto-submitted" in reasons[3]
        ack = session.exec(select(Outbox).where(Outbox.message_id == ack_id)).one()
        assert ack.status == "failed" and ack.bounced_at is not None and "5.1.1" in ack.last_error
        bounced = session.exec(select(Event).where(Event.type == "outbox.bounced")).all()
        assert len(bounced) == 1 and bounced[0].detail["outbox_id"] == ack.id

    out = run_cli(config, "outbox", "--json")
    assert out.returncode == 0, out.stderr
    import json

    listed = json.loads(out.stdout)
    assert len(listed) == 5 and sum(1 for r in listed if r["status"] == "suppressed") == 4


def test_smtp_down_then_421_then_up_every_mail_is_delivered_exactly_once(
        dovecot, clean_mailbox, smtp_sink, make_config_file, make_settings, make_app):
    import time

    # Tiny back-off so that the test does not wait; the logic is the production one.
    config = make_config_file(outbox={"retry_base_seconds": 0.05, "retry_max_seconds": 0.2, "max_attempts": 50})
    for i in range(4):
        dovecot.append(ORDERS, partner_mail(
            subject=f"Enquiry {i}: ball bearings", sender=f"Buyer {i} <buyer{i}@customer{i}.test>",
            body=f"Hello, please quote 10{i} ball bearings 6204. Regards\n"))
    smtp_sink.stop()
    for args in (("poll", "--once"), ("outbox", "send")):
        out = run_cli(config, *args)
        assert out.returncode == 0, out.stderr[-2000:]
    assert "sent 0 mail(s)" in out.stdout

    smtp_sink.start()
    smtp_sink.fail_temporarily("421 4.3.2 Service shutting down, try later")
    for _ in range(3):
        time.sleep(0.25)  # let the back-off expire; never asserted on
        out = run_cli(config, "outbox", "send")
        assert out.returncode == 0 and "sent 0 mail(s)" in out.stdout, out.stdout + out.stderr[-2000:]
    assert smtp_sink.messages == []

    smtp_sink.accept()
    total = 0
    for _ in range(10):
        time.sleep(0.25)
        out = run_cli(config, "outbox", "send")
        assert out.returncode == 0, out.stderr[-2000:]
        total += int(out.stdout.split()[1])
        if total == 4:
            break
    assert total == 4
    assert run_cli(config, "outbox", "send").stdout.strip() == "sent 0 mail(s)"
    ids = [m["Message-ID"] for m in _mails(smtp_sink)]
    assert len(ids) == 4 and len(set(ids)) == 4
    assert sorted(e.rcpt_tos[0] for e in smtp_sink.messages) == [f"buyer{i}@customer{i}.test" for i in range(4)]
    app = make_app(make_settings())
    with Session(app.engine) as session:
        rows = session.exec(select(Outbox)).all()
        assert len(rows) == 4 and all(r.status == "sent" for r in rows)
        assert all(r.attempts >= 2 for r in rows[:1])  # the first one went through the outage
        assert sorted(r.message_id for r in rows) == sorted(ids)
