"""Render the digest, enqueue it as an Outbox row with its DigestRun, and hand it to the sender."""
from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from mailbot.app import App
from mailbot.digest.build import DigestData, build_digest
from mailbot.errors import MailbotError
from mailbot.outbox.compose import Rendered
from mailbot.outbox.queue import aware, enqueue, templates_of
from mailbot.outbox.sender import deliver_due
from mailbot.store.models import DigestRun


def _context(app: App, data: DigestData) -> dict:
    company = app.settings.company
    return {"d": data, "language": app.settings.digest.language,
            "company": {"name": company.name, "signature": company.signature,
                        "reply_address": company.reply_to or app.settings.smtp.from_},
            "stale_minutes": app.settings.digest.stale_mailbox_minutes}


def render_digest(app: App, data: DigestData) -> Rendered:
    """The digest as text, HTML and subject (what --preview prints and --send mails)."""
    return templates_of(app).render("digest", app.settings.digest.language, _context(app, data))


def send_digest(app: App, now: datetime | None = None, *, deliver: bool = True) -> int:
    """Build, enqueue (with its DigestRun, in one transaction) and deliver the digest; returns the Outbox id."""
    recipients = list(app.settings.digest.to)
    if not recipients:
        raise MailbotError("digest.to is empty: nobody to send the digest to (set [digest] to = [...])")
    now = aware(now) or datetime.now(UTC)
    data = build_digest(app, now)
    with Session(app.engine, expire_on_commit=False) as session:
        row = enqueue(app, session, template="digest", to=recipients, context=_context(app, data),
                      dedupe_key=None, auto_submitted="auto-generated", rate_limit=False, now=now)
        if row is None:  # cannot happen without a dedupe key; fail loudly rather than send nothing
            raise MailbotError("digest could not be enqueued")
        session.add(DigestRun(at=now, outbox_id=row.id, period_start=data.period_start))
        session.commit()
        outbox_id = row.id
    if deliver:
        deliver_due(app)
    return outbox_id  # type: ignore[return-value]
