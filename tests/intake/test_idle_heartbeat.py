"""IDLE state never lies: a heartbeat while idling, "stale" after `mailbot run` is killed -9, reset on start."""
from __future__ import annotations

import json
import signal
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, create_engine, select

from mailbot.intake.idle import idle_view, reset_idle_states
from mailbot.store.models import MailboxState
from tests.intake.helpers import mailbot_cmd, run_cli, wait_for


@pytest.fixture
def start_run(make_config_file, tmp_path):  # type: ignore[no-untyped-def]
    """Start `mailbot run` as a child process on one config (again and again); killed at the end."""
    procs: list[subprocess.Popen] = []

    def start(config: Path) -> subprocess.Popen:
        log = open(tmp_path / f"run{len(procs)}.log", "w")  # noqa: SIM115 - closed with the process below
        p = subprocess.Popen(mailbot_cmd(config, "run"), stdout=log, stderr=subprocess.STDOUT,
                             start_new_session=True)
        procs.append(p)
        return p

    yield start
    for p in procs:
        if p.poll() is None:
            p.kill()
            p.wait()


def _status(config: Path) -> dict:
    out = run_cli(config, "status", "--json").stdout
    rows = json.loads(out or "[]")
    return rows[0] if rows else {}


def test_kill_9_leaves_no_live_looking_idle_and_a_restart_resets_it(dovecot, clean_mailbox, make_config_file,
                                                                     start_run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # A 1-second heartbeat so the test need not wait minutes; polls are rare so only IDLE stamps.
    config = make_config_file(schedule={"poll_seconds": 600, "idle": True, "idle_heartbeat_seconds": 1},
                              pipeline={"steps": ["store", "record"]})
    proc = start_run(config)
    live = wait_for(lambda: (r := _status(config)).get("idle_state") == "idling" and r, 30)
    assert live, (tmp_path / "run0.log").read_text()
    assert live["idle_seen_at"] is not None
    # Ops can tell which process (host:pid:token) holds IDLE when several share the database.
    assert live["idle_owner"].split(":")[1] == str(proc.pid)
    # The heartbeat moves on while the watcher sits in IDLE (no mail arrives, nothing else writes it).
    first = datetime.fromisoformat(live["idle_seen_at"])
    assert wait_for(lambda: (r := _status(config)).get("idle_seen_at")
                    and datetime.fromisoformat(r["idle_seen_at"]) > first, 20)

    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    engine = create_engine(f"sqlite:///{config.parent / 'mailbot.db'}")
    with Session(engine) as s:
        # The row still says "idling": exactly what a killed process leaves behind.
        assert s.exec(select(MailboxState)).one().idle_state == "idling"
    stale = wait_for(lambda: (r := _status(config)).get("idle_state") == "stale" and r, 30)
    assert stale, _status(config)
    assert stale["idle_seen_at"] is not None
    text = run_cli(config, "status").stdout
    assert f"idle=stale since {stale['idle_seen_at']} by {stale['idle_owner']}" in text
    assert "idle=idling" not in text and stale["idle_owner"] == live["idle_owner"]

    # A new `mailbot run` clears the old state and idles for real again.
    proc = start_run(config)
    again = wait_for(lambda: (r := _status(config)).get("idle_state") == "idling" and r, 30)
    assert again, (tmp_path / "run1.log").read_text()
    assert datetime.fromisoformat(again["idle_seen_at"]) > datetime.fromisoformat(stale["idle_seen_at"])
    assert again["idle_owner"].split(":")[1] == str(proc.pid)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 0
    assert _status(config)["idle_state"] is None  # a clean stop says so


def test_idle_view_believes_idling_only_with_a_recent_heartbeat() -> None:
    now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    assert idle_view("idling", now - timedelta(seconds=100), heartbeat_seconds=60, now=now)[0] == "idling"
    assert idle_view("idling", now - timedelta(seconds=181), heartbeat_seconds=60, now=now) == (
        "stale", now - timedelta(seconds=181))
    assert idle_view("idling", None, heartbeat_seconds=60, now=now) == ("stale", None)  # never confirmed
    naive = (now - timedelta(seconds=10)).replace(tzinfo=None)
    assert idle_view("idling", naive, heartbeat_seconds=60, now=now)[0] == "idling"
    # Other states make no claim that needs a heartbeat.
    assert idle_view("disconnected", None, heartbeat_seconds=60, now=now)[0] == "disconnected"
    assert idle_view(None, None, heartbeat_seconds=60, now=now) == (None, None)


def test_reset_and_digest_on_a_left_over_idling_row(make_app, make_settings) -> None:  # type: ignore[no-untyped-def]
    from mailbot.digest import build_digest

    mailbox = {"name": "orders", "host": "127.0.0.1", "port": 1, "username": "orders@example.com",
               "password_env": "UNUSED", "security": "none"}
    app = make_app(make_settings(mailbox=[mailbox], schedule={"idle_heartbeat_seconds": 60}))
    seen = datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
    with Session(app.engine) as s:
        s.add(MailboxState(mailbox="orders", folder="INBOX", idle_state="idling", idle_seen_at=seen,
                           last_success_at=seen))
        s.commit()
    lines = build_digest(app, now=seen + timedelta(minutes=1)).mailboxes
    assert [m.idle_state for m in lines] == ["idling"]
    lines = build_digest(app, now=seen + timedelta(minutes=30)).mailboxes
    assert [m.idle_state for m in lines] == ["stale since 2026-11-26 07:00 UTC"]
    reset_idle_states(app)
    with Session(app.engine) as s:
        assert s.exec(select(MailboxState)).one().idle_state is None
