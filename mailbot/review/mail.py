"""Mails a reviewer sends to the partner (rejection, request for documents): queued as Outbox rows."""
from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

from sqlmodel import Session, col, select

from mailbot.config import Settings
from mailbot.errors import ReviewError
from mailbot.store.models import Case, Message, Outbox, utcnow

_SUBJECTS = {
    "rejection": "Re: {ref} - order not accepted",
    "request_documents": "Re: {ref} - documents needed",
}


def _last_inbound(session: Session, case: Case) -> Message | None:
    return session.exec(select(Message).where(Message.case_id == case.id)
                        .order_by(col(Message.received_at).desc(), col(Message.id).desc())).first()


def _body(settings: Settings, template: str, ctx: dict[str, Any]) -> str:
    # Plain text only: the outbox owns the real templates; this is what goes out if it has none yet.
    if template == "rejection":
        text = f"we cannot accept this order as it stands.\n\nReason: {ctx['reason']}\n"
    else:
        wanted = "\n".join(f"  - {d}" for d in ctx["documents"])
        text = f"to process this order we still need the following documents:\n{wanted}\n"
        if ctx.get("note"):
            text += f"\n{ctx['note']}\n"
    return f"Dear partner,\n\n{text}\nKind regards\n{settings.company.signature}\n"


def queue_partner_mail(session: Session, settings: Settings, case: Case, *, template: str, actor: str,
                       context: dict[str, Any]) -> Outbox:
    """Insert an Outbox row (status queued) replying to the case's latest message from the partner.

    The outbox module had no enqueue function when this was written, so a plain-text mail is composed
    here; the outbox sender delivers the row like any other (template names match its templates).
    """
    last = _last_inbound(session, case)
    to = case.partner_email or (last.reply_to or last.from_addr if last else None)
    if not to:
        raise ReviewError(f"case {case.id} has no partner address to write to", status=409)
    ref = case.order_number or (last.subject if last and last.subject else f"case {case.id}")
    subject = _SUBJECTS[template].format(ref=ref)[:300]
    msg = EmailMessage()
    msg["From"] = settings.smtp.from_
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    message_id = make_msgid(domain=settings.company.domain)
    msg["Message-ID"] = message_id
    msg["Auto-Submitted"] = "auto-generated"
    references = None
    if last is not None and last.message_id:
        msg["In-Reply-To"] = last.message_id
        references = " ".join(filter(None, [last.references, last.message_id]))
        msg["References"] = references
    msg.set_content(_body(settings, template, context))
    row = Outbox(case_id=case.id, reply_to_message_pk=last.id if last else None, template=template,
                 to_addrs=[to], subject=subject, message_id=message_id,
                 in_reply_to=last.message_id if last else None, references=references,
                 raw=msg.as_bytes(), status="queued", next_attempt_at=utcnow(),
                 dedupe_key=f"{template}:case {case.id}:{utcnow().isoformat(timespec='seconds')}")
    session.add(row)
    session.flush()
    return row
