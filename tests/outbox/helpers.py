"""Shared helpers for outbox tests: hand-made partner messages and cases in the test database."""
from __future__ import annotations

from email.message import EmailMessage
from email.utils import make_msgid

from sqlmodel import Session

from mailbot.app import App
from mailbot.outbox.queue import base_context, enqueue
from mailbot.store.models import Case, Message, Outbox


def partner_mail(*, subject: str = "PO 4711", sender: str = "Jane Buyer <jane@partner.test>",
                 to: str = "orders@example.com", body: str = "Please find our order attached.",
                 headers: dict[str, str] | None = None, msgid: str | None = None,
                 in_reply_to: str | None = None, attachments: list[tuple[str, bytes, str]] | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = msgid or make_msgid(domain="partner.test")
    msg["Date"] = "Fri, 20 Nov 2026 10:00:00 +0100"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    for name, data, ctype in attachments or []:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def make_case_and_message(app: App, session: Session, *, partner: str = "partner.test",
                          to: str = "jane@partner.test", missing: list[str] | None = None) -> tuple[Case, Message]:
    case = Case(partner=partner, partner_email=to, kind="order", order_number="4711",
                missing_documents=missing, complete=not missing)
    session.add(case)
    session.flush()
    msg = Message(mailbox="orders", sha256="0" * 64, raw_path="/dev/null", message_id=make_msgid(domain=partner),
                  from_addr=to, subject="PO 4711", case_id=case.id, kind="order")
    session.add(msg)
    session.flush()
    return case, msg


def queue_acks(app: App, n: int, *, domain: str = "partner.test", start: int = 0) -> list[int]:
    """n queued acknowledgements to n different partners' messages; returns the Outbox ids."""
    ids: list[int] = []
    with Session(app.engine, expire_on_commit=False) as session:
        for i in range(start, start + n):
            case, msg = make_case_and_message(app, session, partner=domain, to=f"buyer{i}@{domain}")
            ctx = base_context(app, language="en", partner_name=None, original_subject=msg.subject)
            row = enqueue(app, session, template="ack_order", to=[f"buyer{i}@{domain}"], context=ctx,
                          dedupe_key=f"test:{i}", case=case, reply_to=msg, rate_limit=False)
            assert row is not None
            ids.append(row.id)  # type: ignore[arg-type]
        session.commit()
    return ids


def outbox_rows(app: App) -> list[Outbox]:
    from sqlmodel import select

    with Session(app.engine) as session:
        return list(session.exec(select(Outbox).order_by(Outbox.id)).all())
