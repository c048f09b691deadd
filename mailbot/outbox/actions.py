"""Mails the review queue sends on a person's decision (rejection, a manual document request), enqueued in its transaction."""
from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session, select

from mailbot.app import App
from mailbot.config import Settings
from mailbot.outbox.queue import (
    base_context,
    domain_of,
    enqueue,
    language_for,
    order_facts,
    policy_of,
    recipient_of,
)
from mailbot.outbox.step import missing_key
from mailbot.store.models import Case, Message, Outbox


class _Light:
    """What the enqueue functions need of an App: settings and a per-call cache (for callers holding Settings)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.extras: dict = {}


def _app(app: App | Settings) -> App:
    return _Light(app) if isinstance(app, Settings) else app  # type: ignore[return-value]


def _latest_partner_message(session: Session, case: Case) -> Message | None:
    return session.exec(select(Message).where(Message.case_id == case.id)
                        .order_by(Message.id.desc())).first()  # type: ignore[union-attr]


def _recipient(case: Case, message: Message | None) -> str:
    to = (recipient_of(message) if message is not None else None) or case.partner_email
    if not to:
        from mailbot.errors import MailbotError

        raise MailbotError(f"case {case.id}: no partner address to write to")
    return to


def enqueue_rejection(app: App | Settings, session: Session, *, case: Case, reason: str | None,
                      now: datetime | None = None) -> Outbox | None:
    """The rejection mail for a case (once per case), threaded to the partner's latest message."""
    app = _app(app)
    now = now or datetime.now(UTC)
    msg = _latest_partner_message(session, case)
    to = _recipient(case, msg)
    language = language_for(app, case=case, message=msg, domain=domain_of(to))
    order = order_facts(session, case=case, message=msg)
    ctx = base_context(app, language=language, partner_name=(msg.from_name if msg else None) or case.partner_name,
                       original_subject=msg.subject if msg else None, order=order)
    ctx["reason"] = reason
    # A person decided this: the loop-breaking rate limit is for automatic answers only.
    return enqueue(app, session, template="rejection", to=[to], context=ctx, case=case, reply_to=msg,
                   number=order["number"], number_label=policy_of(app).subject_label("order", language),
                   dedupe_key=f"rejection:case:{case.id}", rate_limit=False, now=now)


def enqueue_document_request(app: App | Settings, session: Session, *, case: Case, documents: list[str],
                             now: datetime | None = None) -> Outbox | None:
    """A request for the given document types, as the pipeline would send it (same dedupe key)."""
    app = _app(app)
    now = now or datetime.now(UTC)
    msg = _latest_partner_message(session, case)
    to = _recipient(case, msg)
    policy = policy_of(app)
    language = language_for(app, case=case, message=msg, domain=domain_of(to))
    order = order_facts(session, case=case, message=msg)
    ctx = base_context(app, language=language, partner_name=(msg.from_name if msg else None) or case.partner_name,
                       original_subject=msg.subject if msg else None, order=order)
    ctx["missing"] = [policy.document_name(d, language) for d in sorted(set(documents))]
    return enqueue(app, session, template="request_documents", to=[to], context=ctx, case=case, reply_to=msg,
                   number=order["number"], number_label=policy.subject_label("order", language),
                   dedupe_key=f"request_documents:case:{case.id}:{missing_key(documents)}", rate_limit=False,
                   now=now)
