"""Collect the daily ops digest from the database: a pure query into a DigestData dataclass."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from mailbot.app import App
from mailbot.outbox.queue import aware, policy_of
from mailbot.store.models import Case, DigestRun, Document, Event, MailboxState, Message, Outbox

LIST_LIMIT = 50  # rows per section; the counts are always complete


@dataclass(frozen=True)
class OrderLine:
    case_id: int
    partner: str
    order_number: str | None
    total: str | None
    currency: str | None
    since: datetime
    waiting_hours: float = 0.0
    review_status: str = "pending"


@dataclass(frozen=True)
class MissingLine:
    case_id: int
    partner: str
    order_number: str | None
    missing: list[str]  # human names ("signed contract"), from replies.toml
    since: datetime
    waiting_days: float
    escalated: bool


@dataclass(frozen=True)
class ClaimLine:
    case_id: int
    partner: str
    reference: str | None
    since: datetime
    stage: str


@dataclass(frozen=True)
class MailboxLine:
    mailbox: str
    folder: str
    last_success_at: datetime | None
    last_error: str | None
    consecutive_failures: int
    idle_state: str | None
    stale: bool
    minutes_since_success: float | None


@dataclass(frozen=True)
class FailedMessageLine:
    message_pk: int
    from_addr: str | None
    subject: str | None
    error: str | None
    received_at: datetime


@dataclass(frozen=True)
class OutboxLine:
    outbox_id: int
    to: list[str]
    template: str
    case_id: int | None
    reason: str | None
    at: datetime


@dataclass
class DigestData:
    """Everything the digest shows; numbers are counted over the period since the last digest."""

    generated_at: datetime
    period_start: datetime
    timezone: str
    company: str
    messages_received: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    by_stage: dict[str, int] = field(default_factory=dict)
    new_orders: list[OrderLine] = field(default_factory=list)
    awaiting_review: list[OrderLine] = field(default_factory=list)
    awaiting_review_count: int = 0
    missing_documents: list[MissingLine] = field(default_factory=list)
    missing_documents_count: int = 0
    open_claims: list[ClaimLine] = field(default_factory=list)
    open_claims_count: int = 0
    mailboxes: list[MailboxLine] = field(default_factory=list)
    failed_messages: list[FailedMessageLine] = field(default_factory=list)
    failed_messages_count: int = 0
    suppressed: list[OutboxLine] = field(default_factory=list)
    suppressed_count: int = 0
    outbound_failed: list[OutboxLine] = field(default_factory=list)
    outbound_failed_count: int = 0

    @property
    def stale_mailboxes(self) -> list[MailboxLine]:
        return [m for m in self.mailboxes if m.stale]

    def local(self, dt: datetime | None) -> str:
        """A timestamp in the digest's time zone, for people."""
        if dt is None:
            return "never"
        return aware(dt).astimezone(ZoneInfo(self.timezone)).strftime("%Y-%m-%d %H:%M")  # type: ignore[union-attr]


CLOSED_OPS = ("closed", "resolved", "received")


def _period_start(session: Session, now: datetime) -> datetime:
    last = session.exec(select(DigestRun).where(DigestRun.at <= now).order_by(DigestRun.at.desc())).first()  # type: ignore[attr-defined]
    return aware(last.at) if last is not None else now - timedelta(days=1)  # type: ignore[return-value]


def build_digest(app: App, now: datetime | None = None) -> DigestData:
    """Query the database into a DigestData; changes nothing."""
    now = aware(now) or datetime.now(UTC)
    settings = app.settings
    with Session(app.engine) as session:
        start = _period_start(session, now)
        data = DigestData(generated_at=now, period_start=start, timezone=settings.digest.timezone,
                          company=settings.company.name)
        msgs = session.exec(select(Message).where(Message.received_at >= start, Message.received_at <= now)).all()
        data.messages_received = len(msgs)
        data.by_kind = dict(sorted(Counter(m.kind or "unclassified" for m in msgs).items()))
        data.by_stage = dict(sorted(Counter(m.stage or "unknown" for m in msgs).items()))

        # An order's case may later turn into a claim (kind follows the latest stage); it is still an
        # order for the digest when it holds a purchase order.
        with_po = set(session.exec(select(Document.case_id).where(Document.doc_type == "purchase_order",
                                                                  Document.case_id != None)).all())  # noqa: E711
        order_cases = [c for c in session.exec(select(Case).order_by(Case.created_at, Case.id)).all()
                       if c.kind == "order" or c.id in with_po]
        for case in order_cases:
            created = aware(case.created_at)
            line = OrderLine(case_id=case.id, partner=case.partner_name or case.partner,  # type: ignore[arg-type]
                             order_number=case.order_number, total=case.total, currency=case.currency,
                             since=created, review_status=case.review_status,  # type: ignore[arg-type]
                             waiting_hours=round((now - created).total_seconds() / 3600, 1))  # type: ignore[operator]
            if start <= created <= now:  # type: ignore[operator]
                data.new_orders.append(line)
            if case.review_status == "pending":
                data.awaiting_review.append(line)
        data.awaiting_review_count = len(data.awaiting_review)
        data.awaiting_review = data.awaiting_review[:LIST_LIMIT]  # oldest first: waiting longest on top

        escalated_cases = {e.case_id for e in session.exec(select(Event).where(Event.type == "case.escalated")).all()}
        incomplete = session.exec(select(Case).where(Case.complete == False)  # noqa: E712
                                  .order_by(Case.created_at)).all()
        missing = [c for c in incomplete if c.missing_documents]
        names = policy_of(app)
        data.missing_documents_count = len(missing)
        data.missing_documents = [
            MissingLine(case_id=c.id, partner=c.partner_name or c.partner, order_number=c.order_number,  # type: ignore[arg-type]
                        missing=[names.document_name(d, "en") for d in sorted(set(c.missing_documents or []))],
                        since=aware(c.created_at),  # type: ignore[arg-type]
                        waiting_days=round((now - aware(c.created_at)).total_seconds() / 86400, 1),  # type: ignore[operator]
                        escalated=c.id in escalated_cases)
            for c in missing[:LIST_LIMIT]]

        claims = session.exec(select(Case).where(Case.kind == "claim").order_by(Case.created_at)).all()
        open_claims = [c for c in claims if (c.ops_status or "") not in CLOSED_OPS and c.review_status != "rejected"]
        data.open_claims_count = len(open_claims)
        data.open_claims = [ClaimLine(case_id=c.id, partner=c.partner_name or c.partner,  # type: ignore[arg-type]
                                      reference=c.order_number or c.title, since=aware(c.created_at),  # type: ignore[arg-type]
                                      stage=c.stage) for c in open_claims[:LIST_LIMIT]]

        data.mailboxes = _mailboxes(session, app, now)

        failed = session.exec(select(Message).where(Message.status == "failed").order_by(Message.id)).all()
        data.failed_messages_count = len(failed)
        data.failed_messages = [FailedMessageLine(message_pk=m.id, from_addr=m.from_addr, subject=m.subject,  # type: ignore[arg-type]
                                                  error=m.error, received_at=aware(m.received_at))  # type: ignore[arg-type]
                                for m in failed[:LIST_LIMIT]]

        suppressed = session.exec(select(Outbox).where(Outbox.status == "suppressed", Outbox.created_at >= start,
                                                       Outbox.created_at <= now).order_by(Outbox.id)).all()
        data.suppressed_count = len(suppressed)
        data.suppressed = [OutboxLine(outbox_id=o.id, to=list(o.to_addrs), template=o.template,  # type: ignore[arg-type]
                                      case_id=o.case_id, reason=o.suppressed_reason, at=aware(o.created_at))  # type: ignore[arg-type]
                           for o in suppressed[:LIST_LIMIT]]

        # Outbound failures are dated by when they failed (the Event), not when the mail was queued.
        fail_events = session.exec(select(Event).where(Event.type.in_(("outbox.failed", "outbox.bounced")),  # type: ignore[attr-defined]
                                                       Event.at >= start, Event.at <= now).order_by(Event.id)).all()
        seen: dict[int, Event] = {}
        for ev in fail_events:
            oid = (ev.detail or {}).get("outbox_id")
            if isinstance(oid, int):
                seen[oid] = ev
        data.outbound_failed_count = len(seen)
        for oid, ev in list(seen.items())[:LIST_LIMIT]:
            row = session.get(Outbox, oid)
            if row is None:
                continue
            data.outbound_failed.append(OutboxLine(outbox_id=oid, to=list(row.to_addrs), template=row.template,
                                                   case_id=row.case_id, reason=row.last_error, at=aware(ev.at)))  # type: ignore[arg-type]
    return data


def _idle_text(app: App, st: MailboxState | None, now: datetime) -> str | None:
    """IDLE as the digest shows it: "idling" only with a recent heartbeat (a killed service leaves it behind)."""
    from mailbot.intake.idle import idle_view

    if st is None:
        return None
    state, seen = idle_view(st.idle_state, st.idle_seen_at, now=now,
                            heartbeat_seconds=app.settings.schedule.idle_heartbeat_seconds)
    if state == "stale":
        return f"stale since {seen:%Y-%m-%d %H:%M} UTC" if seen else "stale (never confirmed)"
    return state


def _mailboxes(session: Session, app: App, now: datetime) -> list[MailboxLine]:
    """Health of every configured mailbox folder; one never fetched at all is stale too."""
    limit = timedelta(minutes=app.settings.digest.stale_mailbox_minutes)
    states = {(s.mailbox, s.folder): s for s in session.exec(select(MailboxState)).all()}
    keys = [(m.name, m.folder) for m in app.settings.mailbox]
    keys += [k for k in states if k not in keys]
    lines: list[MailboxLine] = []
    for name, folder in keys:
        st = states.get((name, folder))
        last = aware(st.last_success_at) if st is not None else None
        minutes = None if last is None else round((now - last).total_seconds() / 60, 1)
        lines.append(MailboxLine(
            mailbox=name, folder=folder, last_success_at=last,
            last_error=st.last_error if st is not None else None,
            consecutive_failures=st.consecutive_failures if st is not None else 0,
            idle_state=_idle_text(app, st, now),
            stale=last is None or now - last > limit, minutes_since_success=minutes))
    return lines
