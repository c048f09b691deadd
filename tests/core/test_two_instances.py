"""Two `mailbot run` on one PostgreSQL database and one Dovecot mailbox: exactly once, and kill -9 of one."""
from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text
from sqlmodel import Session, create_engine, select

from mailbot.app import App, build_app
from mailbot.config import settings_from_dict
from mailbot.devserver import SmtpSink
from mailbot.devserver.smtp import _Handler
from mailbot.pipeline.runner import ingest
from mailbot.pipeline.steps import build_pipeline
from mailbot.service import run_job, scheduled_digest
from mailbot.store.db import advisory_lock
from mailbot.store.models import DigestRun, Event, MailboxState, Message, Outbox
from tests.conftest import ORDERS, toml_dumps
from tests.core.pgserver import PostgresServer
from tests.intake.helpers import mailbot_cmd, server_state, wait_for


@pytest.fixture(scope="module")
def pg() -> Iterator[PostgresServer]:
    if not PostgresServer.available():
        pytest.skip("Debian package postgresql is not installed (scripts/setup.sh installs it)")
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg: PostgresServer, request: pytest.FixtureRequest) -> str:
    """A fresh database per test on the module's PostgreSQL."""
    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name)[:50].lower()
    admin = create_engine(pg.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return pg.url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture
def pg_app(pg_url: str, tmp_path: Path) -> Iterator[Callable[..., App]]:
    """Apps on the test's PostgreSQL database: each has its own engine, like a separate process."""
    apps: list[App] = []

    def build(**overrides: Any) -> App:
        data = {"database": {"url": pg_url}, "storage": {"path": str(tmp_path / "store")},
                "digest": {"to": ["ops@example.com"]}, **overrides}
        app = build_app(settings_from_dict(data, base=tmp_path))
        apps.append(app)
        return app

    yield build
    for app in apps:
        app.engine.dispose()


# -- the lock helper ------------------------------------------------------------------

def test_advisory_lock_is_held_by_one_process_at_a_time(pg_app: Callable[..., App]) -> None:
    a, b = pg_app(), pg_app()
    with advisory_lock(a.engine, "job:x") as first:
        assert first
        with advisory_lock(b.engine, "job:x") as second:
            assert not second  # held elsewhere: no waiting by default
        with advisory_lock(b.engine, "job:other") as other:
            assert other  # locks are per name
    with advisory_lock(b.engine, "job:x") as after:
        assert after  # released at the end of the block


def test_advisory_lock_waits_for_the_holder_or_gives_up_on_stop(pg_app: Callable[..., App]) -> None:
    a, b = pg_app(), pg_app()
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with advisory_lock(a.engine, "poll:orders:INBOX") as got:
            assert got
            holding.set()
            release.wait(30)

    t = threading.Thread(target=hold)
    t.start()
    assert holding.wait(30)
    stop = threading.Event()
    stop.set()
    with advisory_lock(b.engine, "poll:orders:INBOX", wait=60, stop=stop) as got:
        assert not got  # a stopping service does not sit out the wait
    threading.Timer(0.3, release.set).start()
    with advisory_lock(b.engine, "poll:orders:INBOX", wait=60) as got:
        assert got  # waited for the holder to finish
    t.join()


def test_advisory_lock_of_a_killed_process_is_released(pg_app: Callable[..., App], pg_url: str) -> None:
    code = ("import sys, time\n"
            "from mailbot.store.db import make_engine, advisory_lock\n"
            f"with advisory_lock(make_engine({pg_url!r}), 'job:digest') as got:\n"
            "    print('held' if got else 'busy', flush=True)\n"
            "    time.sleep(600)\n")
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        app = pg_app()
        with advisory_lock(app.engine, "job:digest") as got:
            assert not got
        child.send_signal(signal.SIGKILL)
        child.wait()

        def free() -> bool:
            with advisory_lock(app.engine, "job:digest") as got:
                return got
        assert wait_for(free, 30)  # the server ends the dead session and its lock with it
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def test_advisory_lock_on_sqlite_is_always_granted(tmp_path: Path) -> None:
    app = build_app(settings_from_dict({"database": {"url": f"sqlite:///{tmp_path / 'm.db'}"},
                                        "storage": {"path": str(tmp_path / 's')}}))
    with advisory_lock(app.engine, "job:x") as first, advisory_lock(app.engine, "job:x") as second:
        assert first and second  # one machine: the service's own thread locks do the work
    app.engine.dispose()


def test_a_singleton_job_runs_in_one_instance_per_round(pg_app: Callable[..., App]) -> None:
    a, b = pg_app(), pg_app()
    inside, release = threading.Event(), threading.Event()
    ran: list[str] = []

    def slow(app: App) -> None:
        ran.append("a")
        inside.set()
        release.wait(30)

    t = threading.Thread(target=run_job, args=(a, "reminders", slow), kwargs={"single": True})
    t.start()
    assert inside.wait(30)
    assert run_job(b, "reminders", lambda app: ran.append("b"), single=True) is False
    assert run_job(b, "outbox", lambda app: ran.append("b-outbox"), single=False) is True
    release.set()
    t.join()
    assert run_job(b, "reminders", lambda app: ran.append("b"), single=True) is True
    assert ran == ["a", "b-outbox", "b"]


# -- races the locks do not cover -------------------------------------------------------

class _HoldStep:
    """A pipeline step that keeps its transaction open until released (pure test plumbing)."""

    name = "hold"

    def __init__(self) -> None:
        self.entered, self.release = threading.Event(), threading.Event()

    def process(self, ctx: Any) -> None:
        self.entered.set()
        assert self.release.wait(30)


def test_a_uid_recorded_by_the_other_instance_meanwhile_is_a_duplicate_not_a_failure(
        pg_app: Callable[..., App]) -> None:
    a, b = pg_app(), pg_app()
    raw = _mail(1)
    hold = _HoldStep()
    results: dict[str, Any] = {}
    t = threading.Thread(target=lambda: results.__setitem__(
        "a", ingest(a, raw, mailbox="orders", uidvalidity=7, uid=42, steps=[*build_pipeline(("store",)), hold])))
    t.start()
    assert hold.entered.wait(30)
    # B inserts the same ledger key while A's transaction is open: PostgreSQL makes B wait for A's commit.
    tb = threading.Thread(target=lambda: results.__setitem__(
        "b", ingest(b, raw, mailbox="orders", uidvalidity=7, uid=42, steps=build_pipeline(("store", "record")))))
    tb.start()

    def b_waits_on_a() -> bool:
        with a.engine.connect() as conn:
            return bool(conn.execute(text("SELECT count(*) FROM pg_stat_activity "
                                          "WHERE wait_event_type = 'Lock'")).scalar())
    assert wait_for(b_waits_on_a, 30)
    hold.release.set()
    t.join()
    tb.join()
    assert results["a"].status == "processed" and not results["a"].duplicate
    assert results["b"].duplicate and results["b"].message_pk == results["a"].message_pk
    with Session(a.engine) as s:
        rows = s.exec(select(Message)).all()
        assert [(m.uid, m.status) for m in rows] == [(42, "processed")]
        assert s.exec(select(Event).where(Event.type == "message.failed")).first() is None
        assert s.exec(select(MailboxState)).one().last_uid == 42


def test_scheduled_digest_from_two_instances_is_sent_once_a_day(pg_app: Callable[..., App],
                                                               smtp_sink: SmtpSink) -> None:
    smtp = {"host": smtp_sink.host, "port": smtp_sink.port, "security": "none", "timeout_seconds": 10}
    a, b = pg_app(smtp=smtp), pg_app(smtp=smtp)
    # The job function of `mailbot run` called at the same moment in two instances (two engines, two
    # threads): the schedule itself is a minute-resolution cron that a short test cannot wait for.
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def fire(app: App) -> None:
        start.wait()
        try:
            run_job(app, "digest", scheduled_digest, single=True)
        except BaseException as exc:  # noqa: BLE001 - re-raised by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=fire, args=(app,)) for app in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    # An instance whose clock is late fires after the other has finished and released the job lock.
    run_job(b, "digest", scheduled_digest, single=True)
    with Session(a.engine) as s:
        runs = s.exec(select(DigestRun)).all()
        # the slot is the day in the digest's timezone (Europe/Berlin by default): in UTC's late evening that is
        # already tomorrow
        assert len(runs) == 1 and runs[0].slot == datetime.now(ZoneInfo(a.settings.digest.timezone)).date()
        digests = s.exec(select(Outbox).where(Outbox.template == "digest")).all()
        assert [(o.id, o.status) for o in digests] == [(runs[0].outbox_id, "sent")]
    assert len(smtp_sink.messages) == 1
    # Another day is another digest.
    from mailbot.digest import send_digest

    send_digest(a, slot=date(2030, 1, 2))
    assert len(smtp_sink.messages) == 2


# -- two real `mailbot run` -------------------------------------------------------------

def _mail(i: int, tag: str = "") -> bytes:
    # One partner domain per mail: the per-partner reply rate limit stays out of the counts.
    msg = EmailMessage()
    msg["From"] = f"Buyer {i} <buyer{i}@partner{i}{tag}.test>"
    msg["To"] = "orders@example.com"
    msg["Subject"] = f"Purchase order PO-{5000 + i}{tag}"
    msg["Date"] = format_datetime(datetime(2026, 11, 20, 12, 0, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(idstring=f"two{i}{tag}", domain="partner.test")
    msg.set_content(f"Please deliver 10 pcs of item {i}.\nOur order PO-{5000 + i}.\n")
    return msg.as_bytes(policy=SMTP)


class _StallingHandler(_Handler):
    """The sink's handler that, when armed, holds the next DATA until the test has killed the sender."""

    def __init__(self, sink: SmtpSink) -> None:
        super().__init__(sink)
        self.armed = False
        self.stalled = threading.Event()
        self.release = threading.Event()
        self.peer_port: int | None = None
        self.stalled_id: str | None = None

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
        if not self.armed:
            return await super().handle_DATA(server, session, envelope)
        self.armed = False
        content = envelope.original_content or b""
        self.stalled_id = message_from_bytes(content)["Message-ID"]
        self.peer_port = int(session.peer[1])
        self.stalled.set()
        while not self.release.is_set():
            await asyncio.sleep(0.05)
        # The sender is dead by now: nothing was accepted, nothing is recorded.
        return "451 4.3.0 sender went away"


def _pid_of_client_port(port: int, pids: list[int]) -> int | None:
    """Which of our child processes owns the TCP connection whose local port is `port` (from /proc)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as f:
            for line in f.readlines()[1:]:
                parts = line.split()
                if int(parts[1].rsplit(":", 1)[1], 16) == port:
                    inodes.add(f"socket:[{parts[9]}]")
    for pid in pids:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}") in inodes:
                    return pid
            except OSError:
                continue
    return None


def _sink_ids(sink: SmtpSink) -> Counter[str]:
    return Counter(str(message_from_bytes(env.content)["Message-ID"]) for env in sink.messages)


def test_two_mailbot_run_on_one_database_record_send_once_and_survive_kill_9(
        dovecot, clean_mailbox, smtp_sink: SmtpSink, settings_dict, pg_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    handler = _StallingHandler(smtp_sink)
    assert smtp_sink._controller is not None
    smtp_sink._controller.handler = handler  # aiosmtpd builds each session's server from this handler
    config = tmp_path / "config.toml"
    config.write_text(toml_dumps(settings_dict(
        database={"url": pg_url},
        schedule={"poll_seconds": 1, "idle": True, "idle_heartbeat_seconds": 1, "reconnect_max_seconds": 2,
                  "outbox_seconds": 1},
        # Short SMTP timeout: the lease of a claimed outbox row is 4 x timeout + 30 s.
        smtp={"host": smtp_sink.host, "port": smtp_sink.port, "security": "none", "timeout_seconds": 2},
        digest={"to": ["ops@example.com"], "at": f"{(datetime.now(UTC).hour + 12) % 24:02d}:00"},
    )))
    engine = create_engine(pg_url)
    procs: dict[str, subprocess.Popen] = {}

    def start(name: str) -> subprocess.Popen:
        log = open(tmp_path / f"{name}.log", "w")  # noqa: SIM115 - the child keeps its own descriptor
        p = subprocess.Popen(mailbot_cmd(config, "run"), stdout=log, stderr=subprocess.STDOUT,
                             start_new_session=True)
        log.close()
        procs[name] = p
        return p

    def logs() -> str:
        return "\n".join(f"--- {n}\n" + (tmp_path / f"{n}.log").read_text() for n in procs)

    def running(name: str) -> bool:
        return "mailbot running" in (tmp_path / f"{name}.log").read_text()

    def idle_row() -> tuple[str | None, str | None]:
        try:
            with Session(engine) as s:
                st = s.exec(select(MailboxState)).first()
                return (st.idle_state, st.idle_owner) if st else (None, None)
        except Exception:  # noqa: BLE001 - the schema may not exist yet
            return (None, None)

    def outbox() -> list[Outbox]:
        with Session(engine) as s:
            return list(s.exec(select(Outbox)).all())

    def pending_outbox() -> list[Outbox]:
        return [o for o in outbox() if o.status in ("queued", "sending")]

    def messages() -> list[Message]:
        with Session(engine) as s:
            return list(s.exec(select(Message).order_by(Message.uid)).all())

    try:
        a = start("a")
        owner = wait_for(lambda: (r := idle_row())[0] == "idling" and r[1], 30)
        assert owner and owner.split(":")[1] == str(a.pid), logs()
        # 4: another instance starting and stopping cleanly leaves A's live IDLE state alone.
        c = start("c")
        assert wait_for(lambda: running("c"), 30), logs()
        assert idle_row() == ("idling", owner)
        c.send_signal(signal.SIGTERM)
        assert c.wait(timeout=30) == 0
        assert idle_row() == ("idling", owner)
        b = start("b")
        assert wait_for(lambda: running("b"), 30), logs()

        # 1 + 2: mail arrives while both run; both IDLE on it and poll every second.
        n = 60
        for i in range(n):
            dovecot.append(ORDERS, _mail(i))
        assert wait_for(lambda: len(messages()) >= n, 60), logs()
        assert wait_for(lambda: not pending_outbox(), 30), logs()
        rows = outbox()
        msgs = messages()
        assert sorted(m.uid for m in msgs) == sorted(set(m.uid for m in msgs)) and len(msgs) == n
        assert [m for m in msgs if m.status != "processed"] == []
        sent = [o for o in rows if o.status == "sent"]
        assert len(sent) >= n  # every order is acknowledged (the full pipeline ran)
        assert [o for o in rows if o.status not in ("sent", "suppressed")] == []
        delivered = _sink_ids(smtp_sink)
        assert {o.message_id for o in sent} == set(delivered)
        assert [mid for mid, count in delivered.items() if count != 1] == []  # each one once
        assert wait_for(lambda: all(m.server_marked for m in messages()), 10)
        flags = server_state(dovecot, ORDERS)
        assert len(flags) == n and all(b"$MailbotDone" in f for f in flags.values())

        # 5: kill -9 the instance that is in the middle of sending a reply.
        handler.armed = True
        dovecot.append(ORDERS, _mail(100))
        assert handler.stalled.wait(60), logs()
        victim = _pid_of_client_port(handler.peer_port or 0, [a.pid, b.pid])
        assert victim is not None
        os.kill(victim, signal.SIGKILL)
        survivor_name, survivor = ("b", b) if victim == a.pid else ("a", a)
        procs_victim = a if victim == a.pid else b
        procs_victim.wait()
        handler.release.set()
        with Session(engine) as s:
            stuck = s.exec(select(Outbox).where(Outbox.message_id == handler.stalled_id)).one()
            assert stuck.status == "sending"  # claimed by the dead instance, its lease still running
        # The survivor carries on: polls, records and sends.
        dovecot.append(ORDERS, _mail(101))
        assert wait_for(lambda: len(messages()) == n + 2, 30), logs()
        # ... and takes over the dead instance's IDLE state once its heartbeat is stale.
        assert wait_for(lambda: (r := idle_row())[0] == "idling" and r[1].split(":")[1] == str(survivor.pid), 30)
        # After the lease the survivor sends what the dead one had claimed: once, same Message-ID.
        assert wait_for(lambda: _sink_ids(smtp_sink)[str(handler.stalled_id)] == 1, 60), logs()
        assert wait_for(lambda: not pending_outbox(), 30), logs()
        rows = outbox()
        with Session(engine) as s:
            recovered = s.exec(select(Event).where(Event.type == "outbox.recovered")).all()
        assert [e.detail["outbox_id"] for e in recovered] == [stuck.id]
        delivered = _sink_ids(smtp_sink)
        assert {o.message_id for o in rows if o.status == "sent"} == set(delivered)
        assert [mid for mid, count in delivered.items() if count != 1] == []
        msgs = messages()
        assert len(msgs) == n + 2 and len({m.uid for m in msgs}) == n + 2
        assert [m for m in msgs if m.status != "processed"] == []
        assert survivor.poll() is None
        survivor.send_signal(signal.SIGTERM)
        assert survivor.wait(timeout=30) == 0
        # What the two logs say they recorded adds up to every mail once (one instance may have done it
        # all: a mailbox is polled by one instance at a time, the other waits or skips the round).
        new = [sum(int(x) for x in re.findall(r"mailbox orders: (\d+) new,", (tmp_path / f"{name}.log").read_text()))
               for name in ("a", "b")]
        assert sum(new) == n + 2, (new, survivor_name)
        assert "Traceback" not in logs()
        print(f"recorded by a/b: {new}; killed: {'a' if survivor_name == 'b' else 'b'}")
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.kill()
                p.wait()
        engine.dispose()


# -- reminders and ERP deliveries from two instances at the same moment --------------------

def _together(apps: list[App], fn: Callable[[App], Any]) -> list[Any]:
    """Call fn(app) for each app in its own thread, all released at the same moment."""
    start = threading.Barrier(len(apps))
    results: list[Any] = [None] * len(apps)
    errors: list[BaseException] = []

    def run(i: int) -> None:
        start.wait()
        try:
            results[i] = fn(apps[i])
        except BaseException as exc:  # noqa: BLE001 - re-raised by the caller's assertion
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(apps))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    return results


def test_reminders_from_two_instances_at_once_are_enqueued_once(pg_app: Callable[..., App]) -> None:
    from datetime import timedelta

    from mailbot.outbox.reminders import send_reminders
    from mailbot.store.models import Case

    a, b = pg_app(), pg_app()
    friday = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    with Session(a.engine) as s:
        case = Case(partner="partner.test", kind="order", stage="order", order_number="PO-4711",
                    missing_documents=["contract"], complete=False)
        s.add(case)
        s.flush()
        s.add(Outbox(case_id=case.id, template="request_documents", to_addrs=["jane@partner.test"],
                     subject="Documents for PO-4711", message_id="<req-4711@example.com>", raw=b"x",
                     status="sent", sent_at=friday))
        s.commit()
    # Eleven days later: the second reminder and the escalation are both due.
    later = friday + timedelta(days=11)
    counts = _together([a, b], lambda app: send_reminders(app, now=later))
    assert sorted(counts) == [0, 1]
    with Session(a.engine) as s:
        reminders = s.exec(select(Outbox).where(Outbox.template == "reminder")).all()
        assert len(reminders) == 1
        assert len(s.exec(select(Event).where(Event.type == "case.escalated")).all()) == 1


def test_erp_deliveries_from_two_instances_at_once_are_posted_once(pg_app: Callable[..., App]) -> None:
    import json
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from mailbot.export.webhook import deliver_due_exports
    from mailbot.store.models import Case, ExportDelivery

    posts: list[str] = []
    lock = threading.Lock()

    class Erp(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            with lock:
                posts.append(str(body["delivery_id"]))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    erp = ThreadingHTTPServer(("127.0.0.1", 0), Erp)
    threading.Thread(target=erp.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{erp.server_address[1]}/orders"
        a, b = pg_app(export={"webhook_url": url}), pg_app(export={"webhook_url": url})
        with Session(a.engine) as s:
            for i in range(20):
                case = Case(partner=f"p{i}.test", kind="order", stage="order", order_number=f"PO-{i}")
                s.add(case)
                s.flush()
                s.add(ExportDelivery(case_id=case.id, target=url, next_attempt_at=datetime(2026, 1, 1, tzinfo=UTC)))
            s.commit()
        delivered = _together([a, b], deliver_due_exports)
        assert sum(delivered) == 20
        assert sorted(Counter(posts).values()) == [1] * 20  # each delivery posted once
        with Session(a.engine) as s:
            assert {d.status for d in s.exec(select(ExportDelivery)).all()} == {"delivered"}
    finally:
        erp.shutdown()
        erp.server_close()
