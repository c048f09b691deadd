"""The sender against a real aiosmtpd sink: retries with back-off, permanent failures, crash recovery."""
from __future__ import annotations

import email
import email.policy
from collections import Counter
from datetime import UTC, datetime, timedelta

from sqlmodel import Session, select

from mailbot.outbox.sender import deliver_due
from mailbot.store.models import Event, Outbox
from tests.outbox.helpers import outbox_rows, queue_acks


def _msgids(sink) -> list[str]:  # type: ignore[no-untyped-def]
    return [email.message_from_bytes(e.content, policy=email.policy.compat32)["Message-ID"] for e in sink.messages]


def test_queued_mail_survives_an_smtp_outage_and_is_delivered_exactly_once(make_settings, make_app, smtp_sink):
    app = make_app(make_settings(outbox={"retry_base_seconds": 60, "retry_max_seconds": 600, "max_attempts": 10}))
    ids = queue_acks(app, 3)
    smtp_sink.stop()  # connection refused
    t0 = datetime.now(UTC)
    assert deliver_due(app, now=t0) == 0
    rows = outbox_rows(app)
    assert [r.status for r in rows] == ["queued"] * 3
    assert rows[0].attempts == 1 and "connection" in (rows[0].last_error or "").lower()
    assert rows[0].next_attempt_at > t0 + timedelta(seconds=59)  # backed off
    # The others were not burned: the first refused connection ends the run.
    assert [r.attempts for r in rows[1:]] == [0, 0]

    smtp_sink.start()
    smtp_sink.fail_temporarily()  # 451 at DATA
    t1 = t0 + timedelta(minutes=2)
    assert deliver_due(app, now=t1) == 0
    rows = outbox_rows(app)
    assert all(r.status == "queued" and r.last_code == 451 for r in rows)
    assert rows[0].attempts == 2
    # Back-off doubles: the first row (second failure) waits 120 s, the others (first failure) 60 s.
    assert rows[0].next_attempt_at - t1 >= timedelta(seconds=119)
    assert timedelta(seconds=59) <= rows[1].next_attempt_at - t1 < timedelta(seconds=119)
    assert smtp_sink.messages == []

    smtp_sink.accept()
    assert deliver_due(app, now=t1 + timedelta(seconds=30)) == 0  # nothing due yet
    t2 = t1 + timedelta(hours=1)
    assert deliver_due(app, now=t2) == 3
    assert deliver_due(app, now=t2 + timedelta(days=1)) == 0
    rows = outbox_rows(app)
    assert all(r.status == "sent" and r.sent_at is not None for r in rows)
    counts = Counter(_msgids(smtp_sink))
    assert sorted(counts) == sorted(r.message_id for r in rows) and set(counts.values()) == {1}
    assert sorted(e.rcpt_tos[0] for e in smtp_sink.messages) == sorted(r.to_addrs[0] for r in rows)
    assert len(ids) == 3


def test_permanent_rejection_fails_the_row_and_records_an_event_on_the_case(make_settings, make_app, smtp_sink):
    app = make_app(make_settings())
    (oid,) = queue_acks(app, 1)
    smtp_sink.fail_permanently(at="rcpt")  # 550 to RCPT
    assert deliver_due(app) == 0
    assert deliver_due(app, now=datetime.now(UTC) + timedelta(days=1)) == 0  # never retried
    with Session(app.engine) as session:
        row = session.get(Outbox, oid)
        assert row.status == "failed" and row.last_code == 550 and row.attempts == 1
        events = session.exec(select(Event).where(Event.type == "outbox.failed")).all()
        assert len(events) == 1 and events[0].case_id == row.case_id and events[0].detail["code"] == 550
    assert smtp_sink.messages == []


def test_gives_up_after_max_attempts(make_settings, make_app, smtp_sink):
    app = make_app(make_settings(outbox={"max_attempts": 2, "retry_base_seconds": 1, "retry_max_seconds": 1}))
    (oid,) = queue_acks(app, 1)
    smtp_sink.fail_temporarily()
    now = datetime.now(UTC)
    deliver_due(app, now=now)
    deliver_due(app, now=now + timedelta(minutes=1))
    with Session(app.engine) as session:
        row = session.get(Outbox, oid)
        assert row.status == "failed" and row.attempts == 2 and row.last_code == 451


def test_a_row_left_in_sending_by_a_crash_is_resent_with_the_same_message_id(make_settings, make_app, smtp_sink):
    app = make_app(make_settings())
    (oid,) = queue_acks(app, 1)
    now = datetime.now(UTC)
    with Session(app.engine) as session:  # what a sender killed after claiming the row leaves behind
        row = session.get(Outbox, oid)
        row.status, row.attempts, row.next_attempt_at = "sending", 1, now + timedelta(minutes=5)
        session.add(row)
        session.commit()
        msgid = row.message_id
    assert deliver_due(app, now=now) == 0  # lease still running: maybe another sender is on it
    assert smtp_sink.messages == []
    assert deliver_due(app, now=now + timedelta(minutes=10)) == 1
    assert _msgids(smtp_sink) == [msgid]
    with Session(app.engine) as session:
        assert session.get(Outbox, oid).status == "sent"
        assert session.exec(select(Event).where(Event.type == "outbox.recovered")).first() is not None


def test_disabled_outbox_sends_nothing(make_settings, make_app, smtp_sink):
    app = make_app(make_settings(outbox={"enabled": False}))
    queue_acks(app, 1)
    assert deliver_due(app) == 0
    assert smtp_sink.messages == [] and outbox_rows(app)[0].status == "queued"
