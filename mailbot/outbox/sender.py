"""Deliver due Outbox rows over SMTP (aiosmtplib): 4xx/timeouts/refused retried with back-off, 5xx permanent.

Delivery guarantee: at-least-once, with the smallest window we can get for a duplicate.

  1. A row is *claimed* in its own committed transaction: queued -> sending, attempts + 1, and a lease
     (`next_attempt_at` = now + lease) — a conditional UPDATE, so two senders never take the same row.
  2. The SMTP transaction runs (MAIL, RCPT, DATA).
  3. Right after the server's 250 to DATA the row is marked `sent` and committed.

A crash between 2 and 3 leaves the row in `sending`. When its lease has expired, the next run cannot
know whether the server accepted it, so it queues it again and it is sent a second time (at-least-
once) — with the SAME Message-ID and bytes, so the receiving side (and its dedupe by Message-ID) sees
one mail. Losing a mail would be worse than a rare duplicate; the window is the few milliseconds
between the 250 and our commit. A crash before 2 is harmless (nothing was sent; it is simply retried).
"""
from __future__ import annotations

import asyncio
import logging
import threading
from datetime import UTC, datetime, timedelta
from email.utils import parseaddr

import aiosmtplib
from sqlalchemy import update
from sqlmodel import Session, select

from mailbot.app import App
from mailbot.config import SmtpSettings
from mailbot.errors import AuthError, ConfigError, SendConnectionError, SendError, SendTimeoutError
from mailbot.oauth2 import xoauth2_base64
from mailbot.outbox.queue import aware
from mailbot.store.models import Event, Outbox

log = logging.getLogger(__name__)


def backoff_seconds(attempts: int, *, base: float, ceiling: float) -> float:
    """Exponential back-off after the n-th failed attempt: base, 2*base, 4*base, ... capped at ceiling."""
    if attempts < 1:
        return 0.0
    return min(ceiling, base * (2 ** min(attempts - 1, 62)))


def classify_smtp_error(exc: BaseException) -> SendError:
    """Turn any aiosmtplib/socket failure into our typed SendError; permanent only for 5xx answers."""
    if isinstance(exc, SendError):
        return exc
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        codes = [r.code for r in exc.recipients] or [0]
        permanent = all(500 <= c < 600 for c in codes)
        text = "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in exc.recipients)
        return SendError(f"recipients refused: {text}", code=max(codes), permanent=permanent)
    if isinstance(exc, aiosmtplib.SMTPTimeoutError | asyncio.TimeoutError | TimeoutError):
        return SendTimeoutError(f"SMTP timeout: {exc}")
    if isinstance(exc, aiosmtplib.SMTPResponseException) and exc.code > 0:
        return SendError(f"SMTP {exc.code} {exc.message}", code=exc.code, permanent=500 <= exc.code < 600)
    if isinstance(exc, aiosmtplib.SMTPConnectError | aiosmtplib.SMTPServerDisconnected | OSError):
        return SendConnectionError(f"SMTP connection failed: {type(exc).__name__}: {exc}")
    return SendError(f"{type(exc).__name__}: {exc}")


def _client(smtp: SmtpSettings) -> aiosmtplib.SMTP:
    security = smtp.security
    return aiosmtplib.SMTP(
        hostname=smtp.host, port=smtp.port, timeout=smtp.timeout_seconds,
        use_tls=security == "tls",
        # "none" must say start_tls=False: aiosmtplib would otherwise upgrade whenever STARTTLS is offered.
        start_tls=security == "starttls",
        validate_certs=smtp.verify_tls,
    )


async def _login(app: App, client: aiosmtplib.SMTP, smtp_cfg: SmtpSettings) -> None:
    """AUTH with the configured password or OAuth2 token; a refusal is ours to fix, not the mail's fault."""
    try:
        if smtp_cfg.auth == "oauth2" and smtp_cfg.oauth2 is not None and smtp_cfg.username:
            try:
                await _xoauth2(client, smtp_cfg.username,
                               await asyncio.to_thread(app.tokens.token, smtp_cfg.oauth2, "smtp"))
            except aiosmtplib.SMTPAuthenticationError:
                # A cached token the server no longer takes (revoked, expired early): renew once.
                app.tokens.invalidate(smtp_cfg.oauth2)
                await _xoauth2(client, smtp_cfg.username,
                               await asyncio.to_thread(app.tokens.token, smtp_cfg.oauth2, "smtp"))
            return
        password = smtp_cfg.password()
        if smtp_cfg.username and password:
            await client.login(smtp_cfg.username, password)
    except aiosmtplib.SMTPAuthenticationError as exc:
        # Our credentials, not this mail, are wrong: keep the mail (retried after the operator fixes
        # the config) instead of failing it as a 5xx would.
        raise SendConnectionError(f"SMTP login as {smtp_cfg.username!r} refused: "
                                  f"{exc.code} {exc.message}", code=exc.code) from exc
    except (AuthError, ConfigError) as exc:
        raise SendConnectionError(f"SMTP login as {smtp_cfg.username!r}: {exc}") from exc


async def _xoauth2(client: aiosmtplib.SMTP, username: str, token: str) -> None:
    """AUTH XOAUTH2 (aiosmtplib has PLAIN, LOGIN and CRAM-MD5 only)."""
    if not client.supports_extension("auth"):
        await client.ehlo()
    resp = await client.execute_command(b"AUTH", b"XOAUTH2", xoauth2_base64(username, token).encode("ascii"))
    if resp.code == 334:
        # The server's error details come as a base64 JSON challenge; an empty line ends the exchange.
        resp = await client.execute_command(b"")
    if resp.code != 235:
        raise aiosmtplib.SMTPAuthenticationError(resp.code, resp.message)


def _lease(app: App) -> timedelta:
    # Longer than one SMTP transaction can take (connect + EHLO + DATA, each bounded by the timeout).
    return timedelta(seconds=app.settings.smtp.timeout_seconds * 4 + 30)


def recover_stale(app: App, now: datetime) -> int:
    """Rows left in `sending` by a crashed sender whose lease expired go back to the queue (see module doc)."""
    with Session(app.engine) as session:
        rows = session.exec(select(Outbox).where(Outbox.status == "sending")).all()
        count = 0
        for row in rows:
            lease_end = aware(row.next_attempt_at)
            if lease_end is None or lease_end <= now:
                # Conditional, like the claim: two instances may recover the same row at once, and an
                # unconditional write could put a row back in the queue that the other one has just
                # re-claimed (and is sending), so it would be sent twice.
                done = session.exec(update(Outbox).where(  # type: ignore[call-overload]
                    # Every claim counts an attempt: the same count means nobody claimed it since we read it.
                    Outbox.id == row.id, Outbox.status == "sending", Outbox.attempts == row.attempts).values(
                    status="queued", next_attempt_at=now,
                    last_error="sender stopped during delivery; sending again with the same Message-ID")
                    .execution_options(synchronize_session=False))
                if done.rowcount != 1:
                    continue
                session.add(Event(type="outbox.recovered", case_id=row.case_id,
                                  detail={"outbox_id": row.id, "attempts": row.attempts}))
                count += 1
        session.commit()
    return count


def _due_ids(app: App, now: datetime) -> list[int]:
    with Session(app.engine) as session:
        ids = session.exec(select(Outbox.id).where(
            Outbox.status == "queued",
            (Outbox.next_attempt_at == None) | (Outbox.next_attempt_at <= now),  # noqa: E711
        ).order_by(Outbox.id)).all()
    return [i for i in ids if i is not None]


def _claim(app: App, outbox_id: int, now: datetime) -> Outbox | None:
    """queued -> sending in one committed conditional UPDATE; None if another sender was faster."""
    with Session(app.engine, expire_on_commit=False) as session:
        result = session.exec(  # type: ignore[call-overload]
            update(Outbox).where(Outbox.id == outbox_id, Outbox.status == "queued")
            .values(status="sending", attempts=Outbox.attempts + 1, next_attempt_at=now + _lease(app)))
        session.commit()
        if result.rowcount != 1:
            return None
        return session.get(Outbox, outbox_id)


def _record_sent(app: App, outbox_id: int, now: datetime, note: str | None) -> None:
    with Session(app.engine) as session:
        row = session.get(Outbox, outbox_id)
        if row is None:
            return
        row.status = "sent"
        row.sent_at = now
        row.next_attempt_at = None
        row.last_error = note
        row.last_code = 250
        session.add(row)
        session.add(Event(type="outbox.sent", case_id=row.case_id, message_pk=row.reply_to_message_pk,
                          detail={"outbox_id": row.id, "template": row.template, "to": row.to_addrs,
                                  "attempts": row.attempts}))
        session.commit()


def _record_failure(app: App, outbox_id: int, err: SendError, now: datetime) -> None:
    cfg = app.settings.outbox
    with Session(app.engine) as session:
        row = session.get(Outbox, outbox_id)
        if row is None:
            return
        row.last_error = str(err)[:2000]
        row.last_code = err.code
        if err.permanent or row.attempts >= cfg.max_attempts:
            row.status = "failed"
            row.next_attempt_at = None
            why = "permanent error" if err.permanent else f"gave up after {row.attempts} attempts"
            session.add(Event(type="outbox.failed", case_id=row.case_id, message_pk=row.reply_to_message_pk,
                              detail={"outbox_id": row.id, "template": row.template, "to": row.to_addrs,
                                      "code": err.code, "error": row.last_error, "why": why}))
            log.warning("outbox %s failed (%s): %s", row.id, why, row.last_error)
        else:
            row.status = "queued"
            delay = backoff_seconds(row.attempts, base=cfg.retry_base_seconds, ceiling=cfg.retry_max_seconds)
            row.next_attempt_at = now + timedelta(seconds=delay)
            log.info("outbox %s: temporary failure (%s), retry in %.0f s", row.id, row.last_error, delay)
        session.add(row)
        session.commit()


async def deliver_due_async(app: App, now: datetime | None = None) -> int:
    """Send every due queued row over one SMTP connection; returns how many were accepted by the server."""
    if not app.settings.outbox.enabled:
        log.info("outbox disabled in settings: nothing is sent")
        return 0
    fixed = now  # tests pass a logical time; otherwise each record gets the real time of its event

    def clock() -> datetime:
        return fixed or datetime.now(UTC)

    now = clock()
    recover_stale(app, now)
    ids = _due_ids(app, now)
    if not ids:
        return 0
    smtp_cfg = app.settings.smtp
    sender = parseaddr(smtp_cfg.from_)[1]
    client = _client(smtp_cfg)
    sent = 0
    connected = False
    for outbox_id in ids:
        row = _claim(app, outbox_id, clock())
        if row is None:
            continue
        try:
            if not connected:
                await client.connect()
                connected = True
                await _login(app, client, smtp_cfg)
            # Envelope sender is our address, not the null path RFC 3834 allows: bounces must come
            # back to us so that they can be matched to this row (bounces.py).
            refused, _ = await client.sendmail(sender, list(row.to_addrs), row.raw)
        except Exception as exc:
            err = classify_smtp_error(exc)
            _record_failure(app, outbox_id, err, clock())
            if isinstance(err, SendConnectionError | SendTimeoutError) or not client.is_connected:
                # The connection is gone: the rest (not claimed yet, still queued and due) waits for the
                # next run instead of each failing alone and burning an attempt.
                break
            continue
        note = None
        if refused:
            note = "some recipients refused: " + "; ".join(f"{a}: {r.code} {r.message}" for a, r in refused.items())
        _record_sent(app, outbox_id, clock(), note)
        sent += 1
    if connected and client.is_connected:
        try:
            await client.quit()
        except Exception:  # the mails are recorded; a rude goodbye is not worth an error
            client.close()
    return sent


def deliver_due(app: App, now: datetime | None = None) -> int:
    """Synchronous entry point for the CLI and the scheduler (runs its own event loop)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(deliver_due_async(app, now))
    # Called from inside a running loop (an async service): run in a helper thread with its own loop.
    result: list[int] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            result.append(asyncio.run(deliver_due_async(app, now)))
        except BaseException as exc:  # re-raised in the caller's thread
            errors.append(exc)

    worker = threading.Thread(target=run, name="mailbot-outbox-sender")
    worker.start()
    worker.join()
    if errors:
        raise errors[0]
    return result[0]
