"""ERP webhook: approved orders are POSTed as JSON, retried with exponential back-off via ExportDelivery rows."""
from __future__ import annotations

import json
import logging
import os
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import httpx
from sqlalchemy import update
from sqlmodel import Session, col, select

from mailbot.config import Settings
from mailbot.store.models import Case, Document, Event, ExportDelivery, utcnow

if TYPE_CHECKING:
    from mailbot.app import App

log = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(hours=6)
# While one run posts a delivery, it is leased: another scheduler run does not post it again.
LEASE = timedelta(minutes=5)
TIMEOUT_SECONDS = 20.0
# Client errors that retrying cannot fix; 408/425/429 are the server asking us to come back later.
_RETRYABLE_4XX = {408, 425, 429}


def queue_delivery(session: Session, settings: Settings, case: Case) -> ExportDelivery | None:
    """Queue one delivery of the case when a webhook is configured (called in the approval transaction)."""
    url = settings.export.webhook_url
    if not url:
        return None
    row = ExportDelivery(case_id=case.id, target=url, status="queued", next_attempt_at=utcnow())  # type: ignore[arg-type]
    session.add(row)
    return row


def backoff(settings: Settings, attempts: int) -> timedelta:
    """Wait before attempt n+1: base, 2*base, 4*base, ... capped at six hours."""
    seconds = settings.export.retry_base_seconds * (2 ** max(0, attempts - 1))
    return min(timedelta(seconds=seconds), MAX_BACKOFF)


def _payload(session: Session, delivery: ExportDelivery) -> dict[str, Any] | None:
    from mailbot.export.formats import order_record

    case = session.get(Case, delivery.case_id)
    if case is None:
        return None
    docs = list(session.exec(select(Document).where(Document.case_id == case.id)
                             .order_by(col(Document.created_at), col(Document.id))).all())
    return {"delivery_id": delivery.id, "order": order_record(case, docs)}


def _due(app: App, now: datetime, limit: int) -> list[int]:
    with Session(app.engine) as session:
        return list(session.exec(select(ExportDelivery.id).where(  # type: ignore[arg-type]
            ExportDelivery.status == "queued",
            col(ExportDelivery.next_attempt_at) <= now).order_by(col(ExportDelivery.next_attempt_at)).limit(limit)).all())


def _claim_one(app: App, delivery_id: int, now: datetime) -> bool:
    """Lease one due delivery in its own short transaction (a conditional UPDATE); False if taken.

    One at a time, right before its POST: leasing a whole batch up front let the later leases run out
    while the earlier POSTs waited on a slow ERP, and another instance would then post them again.
    """
    with Session(app.engine) as session:
        result = session.execute(update(ExportDelivery).where(
            col(ExportDelivery.id) == delivery_id, col(ExportDelivery.status) == "queued",
            col(ExportDelivery.next_attempt_at) <= now).values(next_attempt_at=now + LEASE))
        session.commit()
        return bool(result.rowcount)  # type: ignore[attr-defined]


def _claim(app: App, now: datetime, limit: int) -> list[int]:
    """Lease the due deliveries (each in its own conditional UPDATE); HTTP happens outside any transaction."""
    return [i for i in _due(app, now, limit) if _claim_one(app, i, now)]


def deliver_due_exports(app: App, *, now: datetime | None = None, transport: httpx.BaseTransport | None = None,
                        limit: int = 50) -> int:
    """POST every due delivery once; returns how many were delivered. Safe to call every minute.

    Safe with several instances too: a delivery is posted only by the run whose conditional UPDATE
    leased it, and the lease is taken just before the POST.
    """
    settings = app.settings
    fixed = now  # tests pass a logical time; otherwise each lease starts at the real time of its POST

    def clock() -> datetime:
        return fixed or utcnow()

    now = clock()
    ids = _due(app, now, limit)
    if not ids:
        return 0
    headers = {"Content-Type": "application/json", "User-Agent": "mailbot-export"}
    secret_env = settings.export.webhook_secret_env
    token = os.environ.get(secret_env) if secret_env else None
    if token:
        headers["Authorization"] = f"Bearer {token}"
    delivered = 0
    with httpx.Client(timeout=TIMEOUT_SECONDS, transport=transport, follow_redirects=False) as client:
        for delivery_id in ids:
            if not _claim_one(app, delivery_id, clock()):
                continue  # another run (perhaps another instance) has it
            with Session(app.engine) as session:
                delivery = session.get(ExportDelivery, delivery_id)
                payload = _payload(session, delivery) if delivery else None
            if delivery is None:
                continue
            error, permanent = None, False
            if payload is None:
                error, permanent = "the case no longer exists", True
            else:
                try:
                    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
                    # The ERP can drop a repeated delivery by this key (we retry after timeouts).
                    resp = client.post(delivery.target, content=body,
                                       headers={**headers, "Idempotency-Key": f"mailbot-export-{delivery_id}"})
                    if resp.status_code >= 300:
                        error = f"HTTP {resp.status_code}: {resp.text[:200]}"
                        permanent = 400 <= resp.status_code < 500 and resp.status_code not in _RETRYABLE_4XX
                except httpx.HTTPError as exc:
                    error = f"{type(exc).__name__}: {exc}"[:500]
            delivered += _record(app, delivery_id, error, permanent, now=now)
    return delivered


def _record(app: App, delivery_id: int, error: str | None, permanent: bool, *, now: datetime) -> int:
    # The back-off counts from the caller's clock (the scheduler's tick), so a run is self-consistent.
    settings = app.settings
    with Session(app.engine) as session:
        d = session.get(ExportDelivery, delivery_id)
        if d is None:
            return 0
        d.attempts += 1
        if error is None:
            d.status, d.delivered_at, d.last_error, d.next_attempt_at = "delivered", now, None, None
            session.add(Event(type="export.delivered", case_id=d.case_id,
                              detail={"delivery_id": d.id, "attempts": d.attempts}))
            log.info("export %s of case %s delivered", d.id, d.case_id)
        else:
            d.last_error = error
            if permanent or d.attempts >= settings.export.max_attempts:
                d.status, d.next_attempt_at = "failed", None
                session.add(Event(type="export.failed", case_id=d.case_id,
                                  detail={"delivery_id": d.id, "attempts": d.attempts, "error": error}))
                log.warning("export %s of case %s failed for good: %s", d.id, d.case_id, error)
            else:
                d.next_attempt_at = now + backoff(settings, d.attempts)
                log.info("export %s of case %s will be retried at %s: %s", d.id, d.case_id,
                         d.next_attempt_at, error)
        session.add(d)
        session.commit()
        return 1 if error is None else 0


def retry_delivery(session: Session, delivery_id: int) -> ExportDelivery | None:
    """Put a failed delivery back in the queue (a reviewer's "retry now")."""
    d = session.get(ExportDelivery, delivery_id)
    if d is None:
        return None
    d.status, d.next_attempt_at = "queued", utcnow()
    session.add(d)
    return d
