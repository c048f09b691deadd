"""Enqueue outbound mail as Outbox rows inside the caller's transaction: dedupe, rate limit, suppression record."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import or_
from sqlmodel import Session, select

from mailbot.app import App
from mailbot.outbox.compose import (
    Templates,
    build_mime,
    new_message_id,
    pick_language,
    reply_subject,
    thread_headers,
)
from mailbot.outbox.policy import ReplyPolicy, load_policy
from mailbot.store.models import Case, CaseReference, Document, Event, Message, Outbox

log = logging.getLogger(__name__)

# Outbox states that count as "this mail exists" for the rate limit (suppressed/failed never reached anyone).
LIVE_STATES = ("queued", "sending", "sent")


def aware(dt: datetime | None) -> datetime | None:
    """Timestamps are aware UTC; a naive one (older rows, other databases) is taken as UTC."""
    if dt is None:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def policy_of(app: App) -> ReplyPolicy:
    """The reply policy, loaded once per App (App.extras is the per-application cache, not a global)."""
    policy = app.extras.get("reply_policy")
    if policy is None:
        policy = app.extras["reply_policy"] = load_policy(app.settings.rules.path)
    return policy


def templates_of(app: App) -> Templates:
    tpl = app.extras.get("outbox_templates")
    if tpl is None:
        tpl = app.extras["outbox_templates"] = Templates(app.settings.templates.path)
    return tpl


def domain_of(addr: str | None) -> str | None:
    return addr.rsplit("@", 1)[1].lower() if addr and "@" in addr else None


@dataclass(frozen=True)
class Parent:
    """What a mail is an answer to: Message-ID, References and Subject of the mail in the thread."""

    message_id: str | None
    references: str | None
    subject: str | None


def parent_of(message: Message | None) -> Parent | None:
    if message is None:
        return None
    return Parent(message.message_id, message.references, message.subject)


def recipient_of(message: Message) -> str | None:
    """Where a reply goes: Reply-To when the partner set one, else From."""
    return message.reply_to or message.from_addr


def language_for(app: App, *, case: Case | None, message: Message | None, domain: str | None) -> str:
    """Partner override in replies.toml, then case, message, Content-Language, else the company default."""
    headers = (message.headers or {}) if message is not None else {}
    return pick_language(
        policy_of(app).partner(domain).language,
        case.language if case else None,
        message.language if message else None,
        headers.get("Content-Language"),
        default=app.settings.company.default_language,
    )


def order_facts(session: Session, *, case: Case | None, message: Message | None) -> dict[str, Any]:
    """Number, date, line count, total and currency of the order, from its purchase order document."""
    facts: dict[str, Any] = {"number": None, "date": None, "line_count": None, "total": None, "currency": None}
    conds = []
    if case is not None and case.id is not None:
        conds.append(Document.case_id == case.id)
    if message is not None and message.id is not None:
        conds.append(Document.message_pk == message.id)
    if conds:
        docs = session.exec(select(Document).where(or_(*conds)).order_by(Document.id)).all()  # type: ignore[arg-type]
        po = next((d for d in docs if d.doc_type == "purchase_order"), None)
        if po is not None:
            data = po.data or {}
            facts.update(number=data.get("number") or po.number, date=data.get("date"),
                         line_count=len(data.get("line_items") or []) or None,
                         total=data.get("total"), currency=data.get("currency"))
        elif docs:
            facts["number"] = next((d.order_number for d in docs if d.order_number), None)
    if case is not None:
        facts["number"] = facts["number"] or case.order_number
        facts["total"] = facts["total"] or case.total
        facts["currency"] = facts["currency"] or case.currency
    return facts


def claim_reference(session: Session, case: Case | None) -> str:
    """The partner's claim number when we know it, else our own reference made from the case id."""
    if case is None or case.id is None:
        return "(new)"
    ref = session.exec(select(CaseReference).where(CaseReference.case_id == case.id,
                                                   CaseReference.ref_type == "claim")).first()
    return ref.ref if ref is not None else f"CLM-{case.id:06d}"


def base_context(app: App, *, language: str, partner_name: str | None, original_subject: str | None,
                 order: dict[str, Any] | None = None) -> dict[str, Any]:
    """Every variable any partner template may use, so StrictUndefined only catches real typos."""
    company = app.settings.company
    return {
        "company": {"name": company.name, "signature": company.signature,
                    "reply_address": company.reply_to or app.settings.smtp.from_},
        "language": language,
        "partner_name": partner_name,
        "original_subject": original_subject,
        "order": order or {"number": None, "date": None, "line_count": None, "total": None, "currency": None},
        "claim_reference": None,
        "quote_number": None,
        "missing": [],
        "received": [],
        "reason": None,
        "requested_on": None,
        "reminder_no": None,
    }


def rate_limited(session: Session, domain: str | None, *, limit: int, now: datetime) -> bool:
    """True when the partner domain already got `limit` automatic mails in the last hour (loop breaker)."""
    if not domain:
        return False
    since = now - timedelta(hours=1)
    rows = session.exec(select(Outbox.to_addrs).where(
        Outbox.created_at >= since, Outbox.status.in_(LIVE_STATES),  # type: ignore[attr-defined]
        Outbox.template != "digest")).all()
    count = sum(1 for to in rows if any(domain_of(a) == domain for a in (to or [])))
    return count >= limit


def already(session: Session, dedupe_key: str) -> Outbox | None:
    return session.exec(select(Outbox).where(Outbox.dedupe_key == dedupe_key)).first()


def enqueue(app: App, session: Session, *, template: str, to: list[str], context: dict[str, Any],
            dedupe_key: str | None, case: Case | None = None, reply_to: Message | None = None,
            parent: Parent | None = None, number: str | None = None, number_label: str = "Order",
            auto_submitted: str = "auto-replied", rate_limit: bool = True,
            now: datetime | None = None) -> Outbox | None:
    """Render and store one outbound mail in the caller's transaction; None when the dedupe key exists.

    The row is written in the same transaction as the decision that caused it (the pipeline step or
    the reminder check), so either both are committed or neither: no decision without its mail, no
    mail without its decision. The sender delivers it later.
    """
    now = now or datetime.now(UTC)
    if dedupe_key and already(session, dedupe_key) is not None:
        return None
    rendered = templates_of(app).render(template, context["language"], context)
    parent = parent or parent_of(reply_to)
    if parent is not None:
        subject = reply_subject(parent.subject, number=number, label=number_label, fallback=rendered.subject)
        in_reply_to, references = thread_headers(parent.message_id, parent.references)
    else:
        subject, in_reply_to, references = rendered.subject, None, None
    message_id = new_message_id(app.settings)
    raw = build_mime(app.settings, to=to, subject=subject, rendered=rendered, message_id=message_id,
                     in_reply_to=in_reply_to, references=references, auto_submitted=auto_submitted, now=now)
    row = Outbox(case_id=case.id if case else None, reply_to_message_pk=reply_to.id if reply_to else None,
                 template=template, to_addrs=list(to), subject=subject, message_id=message_id,
                 in_reply_to=in_reply_to, references=references, raw=raw, dedupe_key=dedupe_key,
                 status="queued", next_attempt_at=now, created_at=now)
    if rate_limit and rate_limited(session, domain_of(to[0]) if to else None,
                                   limit=app.settings.outbox.rate_limit_per_hour, now=now):
        row.status = "suppressed"
        row.suppressed_reason = (f"rate limit: {app.settings.outbox.rate_limit_per_hour} automatic mails "
                                 f"per hour to {domain_of(to[0])} reached (possible mail loop)")
        row.next_attempt_at = None
    session.add(row)
    session.flush()
    session.add(Event(type="outbox.suppressed" if row.status == "suppressed" else "outbox.queued",
                      case_id=row.case_id, message_pk=row.reply_to_message_pk,
                      detail={"outbox_id": row.id, "template": template, "to": list(to),
                              "reason": row.suppressed_reason}))
    return row


def record_suppressed(app: App, session: Session, *, message: Message, case: Case | None, reason: str,
                      template: str | None, now: datetime | None = None) -> Outbox | None:
    """Write down that a message got no automatic reply and why (once per message; the digest counts them)."""
    now = now or datetime.now(UTC)
    key = f"suppressed:message:{message.id}"
    if already(session, key) is not None:
        return None
    to = [a for a in [recipient_of(message)] if a]
    row = Outbox(case_id=case.id if case else None, reply_to_message_pk=message.id,
                 template=template or "none", to_addrs=to,
                 subject=reply_subject(message.subject, number=None, label="", fallback="(no subject)"),
                 message_id=new_message_id(app.settings), in_reply_to=message.message_id,
                 references=None, raw=b"", status="suppressed", suppressed_reason=reason[:2000],
                 dedupe_key=key, created_at=now)
    session.add(row)
    session.flush()
    session.add(Event(type="outbox.suppressed", case_id=row.case_id, message_pk=message.id,
                      detail={"outbox_id": row.id, "reason": reason, "from": message.from_addr}))
    return row
