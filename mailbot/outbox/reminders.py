"""Reminders for missing documents after N working days, and escalation of overdue cases to the digest."""
from __future__ import annotations

import logging
from collections.abc import Container
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from mailbot.app import App
from mailbot.outbox.queue import (
    LIVE_STATES,
    Parent,
    aware,
    base_context,
    domain_of,
    enqueue,
    language_for,
    order_facts,
    policy_of,
)
from mailbot.store.db import serialize
from mailbot.store.models import Case, Event, Message, Outbox

log = logging.getLogger(__name__)


def working_days_between(start: date, end: date, holidays: Container[date] = ()) -> int:
    """Mon–Fri days after `start` up to and including `end` that are not in `holidays` (0 when end <= start)."""
    if end <= start:
        return 0
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    for offset in range(1, rest + 1):
        if (start + timedelta(days=weeks * 7 + offset)).weekday() < 5:
            count += 1
    # Only weekday holidays cost a working day (one on a Sunday is already a day off); the observed
    # substitute day (GB's Boxing Day moved to Monday) is its own entry in the calendar. No `if holidays:`
    # guard: a `holidays` calendar is an empty dict until a lookup fills in the year.
    count -= sum(1 for offset in range(1, days + 1)
                 if (day := start + timedelta(days=offset)).weekday() < 5 and day in holidays)
    return count


def holiday_calendar(country: str, subdivision: str = "") -> Container[date]:
    """The public holidays of a country (and subdivision) for any year; empty when no country is set."""
    if not country.strip():
        return ()
    import holidays

    # Years are filled in lazily on lookup, so one calendar serves requests across New Year.
    return holidays.country_holidays(country.strip(), subdiv=subdivision.strip() or None)


class DaysOff:
    """Holidays of several calendars at once: a day off on either side is no working day."""

    def __init__(self, *calendars: Container[date]) -> None:
        self.calendars = calendars

    def __contains__(self, day: object) -> bool:
        return any(day in c for c in self.calendars)


def _latest_request(session: Session, case_id: int) -> Outbox | None:
    return session.exec(select(Outbox).where(
        Outbox.case_id == case_id, Outbox.template == "request_documents",
        Outbox.status.in_(LIVE_STATES)).order_by(Outbox.id.desc())).first()  # type: ignore[attr-defined, union-attr]


def _escalated(session: Session, case_id: int, request_id: int) -> bool:
    events = session.exec(select(Event).where(Event.case_id == case_id, Event.type == "case.escalated")).all()
    return any((e.detail or {}).get("request_outbox_id") == request_id for e in events)


def send_reminders(app: App, now: datetime | None = None) -> int:
    """Enqueue the reminders that are due (and escalate overdue cases); returns how many were enqueued.

    Counted from when the request was actually sent; a request still waiting in the queue is not
    reminded. When several reminders are due at once (mailbot was down), only the latest is sent.
    """
    now = aware(now) or datetime.now(UTC)
    policy = policy_of(app)
    # Working days are the company's: a request sent Friday 23:30 in Berlin is a Friday request.
    tz = ZoneInfo(app.settings.digest.timezone)
    days_off = holiday_calendar(app.settings.company.holidays_country, app.settings.company.holidays_subdivision)
    partner_days: dict[tuple[str, str], Container[date]] = {}
    enqueued = 0
    with Session(app.engine, expire_on_commit=False) as session:
        # Two instances (or `mailbot remind` beside `mailbot run`) take turns: the second one sees the
        # first one's reminders (dedupe keys) and escalations once it gets the lock, and adds none twice.
        serialize(session, "reminders")
        cases = session.exec(select(Case).where(Case.complete == False)).all()  # noqa: E712
        for case in cases:
            if not case.missing_documents or case.id is None:
                continue
            request = _latest_request(session, case.id)
            if request is None or request.status != "sent" or request.sent_at is None or request.id is None:
                continue
            partner_msg = session.get(Message, request.reply_to_message_pk) if request.reply_to_message_pk else None
            to = list(request.to_addrs)
            domain = domain_of(to[0]) if to else case.partner
            sent_local = aware(request.sent_at).astimezone(tz)  # type: ignore[union-attr]
            calendar: Container[date] = days_off
            partner = policy.partner(domain)
            if partner.holidays_country:
                where = (partner.holidays_country, partner.holidays_subdivision or "")
                if where not in partner_days:
                    partner_days[where] = holiday_calendar(*where)
                calendar = DaysOff(days_off, partner_days[where])
            days = working_days_between(sent_local.date(), now.astimezone(tz).date(), calendar)
            schedule = policy.reminder_days(domain)
            due = [i for i, d in enumerate(schedule, start=1) if days >= d]
            if due:
                number = due[-1]
                key = f"reminder:request:{request.id}:{number}"
                if session.exec(select(Outbox.id).where(Outbox.dedupe_key == key)).first() is None:
                    language = language_for(app, case=case, message=partner_msg, domain=domain)
                    order = order_facts(session, case=case, message=partner_msg)
                    ctx = base_context(app, language=language, original_subject=None, order=order,
                                       partner_name=(partner_msg.from_name if partner_msg else None) or case.partner_name)
                    ctx["missing"] = [policy.document_name(d, language)
                                      for d in sorted(set(case.missing_documents))]
                    ctx["requested_on"] = sent_local.date().isoformat()
                    ctx["reminder_no"] = number
                    # Threaded under our own request, so the partner sees one conversation.
                    parent = Parent(request.message_id, request.references, request.subject)
                    row = enqueue(app, session, template="reminder", to=to, context=ctx, case=case,
                                  reply_to=partner_msg, parent=parent, dedupe_key=key, now=now,
                                  number=order["number"], number_label=policy.subject_label("order", language))
                    if row is not None:
                        enqueued += 1
            if days >= policy.escalation_days(domain) and not _escalated(session, case.id, request.id):
                session.add(Event(type="case.escalated", case_id=case.id,
                                  detail={"request_outbox_id": request.id, "working_days": days,
                                          "missing": sorted(set(case.missing_documents))}))
                log.info("case %s escalated: documents missing for %s working days", case.id, days)
        session.commit()
    return enqueued
