"""Render the digest, enqueue it as an Outbox row with its DigestRun, and hand it to the sender."""
from __future__ import annotations

import logging
from datetime import UTC, date, datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from mailbot.app import App
from mailbot.digest.build import DigestData, build_digest
from mailbot.errors import MailbotError
from mailbot.outbox.compose import Rendered
from mailbot.outbox.queue import aware, enqueue, templates_of
from mailbot.outbox.sender import deliver_due
from mailbot.store.models import DigestRun

log = logging.getLogger(__name__)


def _context(app: App, data: DigestData) -> dict:
    company = app.settings.company
    return {"d": data, "language": app.settings.digest.language,
            "company": {"name": company.name, "signature": company.signature,
                        "reply_address": company.reply_to or app.settings.smtp.from_},
            "stale_minutes": app.settings.digest.stale_mailbox_minutes}


def render_digest(app: App, data: DigestData) -> Rendered:
    """The digest as text, HTML and subject (what --preview prints and --send mails)."""
    return templates_of(app).render("digest", app.settings.digest.language, _context(app, data))


def send_digest(app: App, now: datetime | None = None, *, deliver: bool = True, slot: date | None = None) -> int:
    """Build, enqueue (with its DigestRun, in one transaction) and deliver the digest; returns the Outbox id.

    `slot` is the day of a scheduled digest: if that day's digest is already recorded (another instance
    sent it), nothing is sent and its Outbox id is returned.
    """
    recipients = list(app.settings.digest.to)
    if not recipients:
        raise MailbotError("digest.to is empty: nobody to send the digest to (set [digest] to = [...])")
    now = aware(now) or datetime.now(UTC)
    if slot is not None and (done := _slot_done(app, slot)) is not None:
        log.info("digest of %s was already sent (outbox %s); not sent again", slot, done)
        return done
    data = build_digest(app, now)
    try:
        with Session(app.engine, expire_on_commit=False) as session:
            row = enqueue(app, session, template="digest", to=recipients, context=_context(app, data),
                          dedupe_key=None, auto_submitted="auto-generated", rate_limit=False, now=now)
            if row is None:  # cannot happen without a dedupe key; fail loudly rather than send nothing
                raise MailbotError("digest could not be enqueued")
            session.add(DigestRun(at=now, outbox_id=row.id, period_start=data.period_start, slot=slot))
            session.commit()
            outbox_id = row.id
    except IntegrityError:
        # The unique slot: another instance recorded this day's digest between our check and our commit;
        # our Outbox row went with the rollback, so nothing is sent twice.
        done = _slot_done(app, slot) if slot is not None else None
        if done is None:
            raise
        log.info("digest of %s was sent by another instance (outbox %s)", slot, done)
        return done
    if deliver:
        deliver_due(app)
    return outbox_id  # type: ignore[return-value]


def _slot_done(app: App, slot: date) -> int | None:
    with Session(app.engine) as session:
        run = session.exec(select(DigestRun).where(DigestRun.slot == slot)).first()
        return None if run is None else (run.outbox_id or 0)
