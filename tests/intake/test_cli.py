"""`mailbot messages` filters and `mailbot retry` through the real CLI."""
from __future__ import annotations

import json

from sqlmodel import Session, create_engine, select

from mailbot.store.models import Event, Message
from tests.conftest import ORDERS
from tests.intake.helpers import make_mail, run_cli


def test_messages_filters_and_retry(dovecot, clean_mailbox, make_config_file):
    dovecot.append_many(ORDERS, [make_mail(i, subject=f"Order {i}") for i in range(5)])
    config = make_config_file(pipeline={"steps": ["store", "record"]})
    assert run_cli(config, "poll", "--once").returncode == 0
    engine = create_engine(f"sqlite:///{config.parent / 'mailbot.db'}")
    with Session(engine) as s:
        row = s.exec(select(Message).order_by(Message.id)).first()
        row.status, row.error = "failed", "step 'parse': boom"
        s.add(row)
        s.commit()
        failed_id = row.id
    rows = json.loads(run_cli(config, "messages", "--json", "--status", "failed").stdout)
    assert [r["id"] for r in rows] == [failed_id] and rows[0]["error"] == "step 'parse': boom"
    newest = json.loads(run_cli(config, "messages", "--json", "--limit", "2").stdout)
    assert [r["subject"] for r in newest] == ["Order 3", "Order 4"]
    text = run_cli(config, "messages").stdout
    assert "Order 0" in text and "error: step 'parse': boom" in text
    assert {"id", "mailbox", "uid", "message_id", "date", "from", "subject", "status", "kind", "stage",
            "case_id", "missing_documents"} <= set(newest[0])

    out = run_cli(config, "retry", str(failed_id))
    assert out.returncode == 0 and out.stdout.strip() == f"message {failed_id}: processed"
    with Session(engine) as s:
        assert s.get(Message, failed_id).status == "processed"
        assert s.exec(select(Event).where(Event.type == "message.retried")).first() is not None
    missing = run_cli(config, "retry", "999999")
    assert missing.returncode == 1 and "error: no message with id 999999" in missing.stderr
    assert "Traceback" not in missing.stderr
    engine.dispose()


def test_retry_every_failed_message_after_a_fix(dovecot, clean_mailbox, make_config_file):
    dovecot.append_many(ORDERS, [make_mail(i, subject=f"Order {i}") for i in range(4)])
    config = make_config_file(pipeline={"steps": ["store", "record"]})
    assert run_cli(config, "poll", "--once").returncode == 0
    engine = create_engine(f"sqlite:///{config.parent / 'mailbot.db'}")
    with Session(engine) as s:
        rows = s.exec(select(Message).order_by(Message.id)).all()
        for row in rows[1:3]:
            row.status, row.error = "failed", "step 'parse': the bug that ops just fixed"
            s.add(row)
        s.commit()
        failed_ids = [r.id for r in rows[1:3]]
    out = run_cli(config, "retry", "--failed")
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [f"message {i}: processed" for i in failed_ids] + [
        "2 retried, 2 processed, 0 failed"]
    assert json.loads(run_cli(config, "messages", "--json", "--status", "failed").stdout) == []
    # A batch with one unknown ID retries the rest and says which one was wrong.
    mixed = run_cli(config, "retry", str(failed_ids[0]), "999999")
    assert mixed.returncode == 1 and "message 999999: error: no message with id 999999" in mixed.stdout
    assert f"message {failed_ids[0]}: processed" in mixed.stdout and "Traceback" not in mixed.stderr
    assert run_cli(config, "retry").returncode == 2  # nothing to retry is a usage error
    engine.dispose()

