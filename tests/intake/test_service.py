"""`mailbot run` as a real child process: IDLE pickup, surviving a Dovecot outage, clean SIGTERM shutdown."""
from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path

import pytest
from sqlmodel import Session, create_engine, select

from mailbot.store.models import MailboxState, Message
from tests.conftest import ORDERS
from tests.intake.helpers import mailbot_cmd, make_mail, run_cli, wait_for


def _engine(config: Path):  # type: ignore[no-untyped-def]
    return create_engine(f"sqlite:///{config.parent / 'mailbot.db'}")


def _count(engine) -> int:  # type: ignore[no-untyped-def]
    try:
        with Session(engine) as s:
            return len(s.exec(select(Message)).all())
    except Exception:  # noqa: BLE001 - the service may not have created the schema yet
        return 0


def _state(engine) -> MailboxState | None:  # type: ignore[no-untyped-def]
    try:
        with Session(engine) as s:
            return s.exec(select(MailboxState)).first()
    except Exception:  # noqa: BLE001
        return None


@pytest.fixture
def service(make_config_file, tmp_path):  # type: ignore[no-untyped-def]
    procs: list[subprocess.Popen] = []

    def start(**overrides) -> tuple[subprocess.Popen, Path]:  # type: ignore[no-untyped-def]
        overrides.setdefault("pipeline", {"steps": ["store", "record"]})
        config = make_config_file(**overrides)
        log = open(tmp_path / "run.log", "w")  # noqa: SIM115 - closed with the process below
        p = subprocess.Popen(mailbot_cmd(config, "run"), stdout=log, stderr=subprocess.STDOUT,
                             start_new_session=True)
        procs.append(p)
        return p, config

    yield start
    for p in procs:
        if p.poll() is None:
            p.kill()
            p.wait()


def test_run_with_idle_records_new_mail_quickly_and_stops_on_sigterm(dovecot, clean_mailbox, service, tmp_path):
    # poll_seconds is long: only IDLE can pick the message up within the deadline.
    proc, config = service(schedule={"poll_seconds": 600, "idle": True})
    engine = _engine(config)
    st = wait_for(lambda: (s := _state(engine)) is not None and s.idle_state == "idling", 20)
    assert st, (tmp_path / "run.log").read_text()
    dovecot.append(ORDERS, make_mail(1, subject="IDLE test"))
    assert wait_for(lambda: _count(engine) == 1, 2.0), (tmp_path / "run.log").read_text()
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 0
    state = _state(engine)
    assert state is not None and state.idle_state is None  # left IDLE cleanly
    log = (tmp_path / "run.log").read_text()
    assert "Traceback" not in log
    assert dovecot.users[ORDERS] not in log


def test_run_survives_dovecot_outage_and_picks_up_mail_after_restart(dovecot, clean_mailbox, service, tmp_path):
    proc, config = service(schedule={"poll_seconds": 1, "idle": True, "reconnect_max_seconds": 2})
    engine = _engine(config)
    assert wait_for(lambda: (s := _state(engine)) is not None and s.idle_state == "idling", 20)
    dovecot.append(ORDERS, make_mail(1))
    assert wait_for(lambda: _count(engine) == 1, 5)
    dovecot.kill()
    try:
        down = wait_for(lambda: json.loads(run_cli(config, "status", "--json").stdout or "[]"), 0)
        # The scheduled poll and the IDLE thread notice the outage independently: wait for both.
        seen_down = wait_for(lambda: (r := json.loads(run_cli(config, "status", "--json").stdout)[0])
                             ["consecutive_failures"] > 0 and r["last_error"]
                             and r["idle_state"] == "disconnected" and r, 20)
        assert seen_down, down
        assert "connection refused" in seen_down["last_error"] or "connection lost" in seen_down["last_error"]
        assert proc.poll() is None  # still running
    finally:
        dovecot.start()  # same ports, same mail
    dovecot.append(ORDERS, make_mail(2))  # arrives after the restart
    assert wait_for(lambda: _count(engine) == 2, 20), (tmp_path / "run.log").read_text()
    status = wait_for(lambda: (r := json.loads(run_cli(config, "status", "--json").stdout)[0])
                      ["consecutive_failures"] == 0 and r, 10)
    assert status and status["last_error_at"] is not None and status["unmarked"] == 0
    assert proc.poll() is None
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 0
    with Session(engine) as s:
        assert len(s.exec(select(Message)).all()) == 2
