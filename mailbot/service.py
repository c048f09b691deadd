"""`mailbot run`: poll every mailbox on a schedule (and on IDLE), plus outbox, digest, export and web jobs.

Several `mailbot run` may share one PostgreSQL database and the same mailboxes (scale-out, or a hot
standby during a deploy). A mailbox is polled by one of them at a time (the poll's advisory lock); the
reminder, export and digest jobs run in one instance per round (`advisory_lock`); the outbox needs no
lock, because each row is claimed by a conditional UPDATE with a lease.
"""
from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler

from mailbot.app import App
from mailbot.config import MailboxSettings
from mailbot.intake.connection import ClientFactory
from mailbot.intake.fetcher import PollResult, poll_mailbox
from mailbot.intake.idle import IdleWatcher, reset_idle_states
from mailbot.store.db import advisory_lock

log = logging.getLogger(__name__)

EXPORT_SECONDS = 60
REMINDER_SECONDS = 3600  # reminders count working days; checking hourly is plenty


def run_job(app: App, name: str, fn: Callable[[App], Any], *, single: bool) -> bool:
    """Run one scheduled job; with `single`, only if no other instance is running it (returns whether it ran)."""
    if not single:
        fn(app)
        return True
    with advisory_lock(app.engine, f"job:{name}") as mine:
        if not mine:
            log.debug("job %s: running in another instance; this round skipped", name)
            return False
        fn(app)
        return True


def scheduled_digest(app: App) -> int:
    """The digest job: today's digest (in the digest's timezone), once per day across all instances."""
    from mailbot.digest import send_digest

    # The day's slot is unique in digest_run: an instance whose clock is a little behind, firing after
    # the other one finished (and released the job lock), finds the day done.
    return send_digest(app, slot=datetime.now(ZoneInfo(app.settings.digest.timezone)).date())


class Service:
    """The long-running process: scheduler jobs, one IDLE watcher per mailbox, clean shutdown."""

    def __init__(self, app: App, *, client_factory: ClientFactory | None = None) -> None:
        self.app = app
        self.settings = app.settings
        self.client_factory = client_factory
        self.stop_event = threading.Event()
        # Poll and IDLE never process one mailbox concurrently (the ledger would hold, but work would double).
        self.locks = {mb.name: threading.Lock() for mb in self.settings.mailbox}
        self.watchers: list[IdleWatcher] = []
        self.scheduler = BackgroundScheduler(timezone=UTC)
        self._retry_at: dict[str, float] = {}
        self._failures: dict[str, int] = {}
        self.web: Any = None
        self.jobs: list[str] = []  # names of the optional jobs that were scheduled

    # -- mailbox processing ----------------------------------------------------------
    def process_mailbox(self, mb: MailboxSettings, *, wait: float | None = None) -> PollResult | None:
        """Poll one mailbox now (waits for a poll of it already under way, here or in another instance).

        `wait` bounds the wait for another instance's poll (default: one poll interval): IDLE announced
        new mail that the other instance's poll may already be past, so it is worth waiting for.
        """
        if wait is None:
            wait = float(min(max(self.settings.schedule.poll_seconds, 5), 300))
        with self.locks[mb.name]:
            if self.stop_event.is_set():
                return None
            result = poll_mailbox(self.app, mb, client_factory=self.client_factory, stop=self.stop_event,
                                  wait=wait)
        if result.skipped:
            return result
        if result.ok:
            self._failures.pop(mb.name, None)
            self._retry_at.pop(mb.name, None)
        else:
            # Back off exponentially (capped) so a dead server is not hammered by the schedule.
            n = self._failures[mb.name] = self._failures.get(mb.name, 0) + 1
            delay = min(2.0 ** (n - 1), float(self.settings.schedule.reconnect_max_seconds))
            self._retry_at[mb.name] = time.monotonic() + delay
        return result

    def _scheduled_poll(self, mb: MailboxSettings) -> None:
        if time.monotonic() < self._retry_at.get(mb.name, 0.0):
            return
        # Another instance polling this mailbox right now covers this round.
        self.process_mailbox(mb, wait=0.0)

    # -- life cycle -------------------------------------------------------------------
    def start(self) -> None:
        sched = self.settings.schedule
        now = datetime.now(UTC)
        # A previous `mailbot run` killed with -9 left "idling" behind; our own watchers set it anew.
        reset_idle_states(self.app)
        for mb in self.settings.mailbox:
            self.scheduler.add_job(self._scheduled_poll, "interval", seconds=sched.poll_seconds, args=[mb],
                                   id=f"poll:{mb.name}", max_instances=1, coalesce=True, next_run_time=now)
        self._add_jobs()
        self.scheduler.start()
        if sched.idle:
            for mb in self.settings.mailbox:
                w = IdleWatcher(self.app, mb, self.process_mailbox, self.stop_event,
                                client_factory=self.client_factory)
                w.start()
                self.watchers.append(w)
        if self.settings.web.start_with_run:
            from mailbot.review import serve_in_thread

            self.web = serve_in_thread(self.app)
        log.info("mailbot running: %d mailbox(es), poll every %ss, IDLE %s", len(self.settings.mailbox),
                 sched.poll_seconds, "on" if sched.idle else "off")

    def _add_jobs(self) -> None:
        from mailbot.export.webhook import deliver_due_exports
        from mailbot.outbox.reminders import send_reminders
        from mailbot.outbox.sender import deliver_due

        hh, mm = (int(x) for x in self.settings.digest.at.split(":"))
        # (name, job, trigger, one instance per round?)
        jobs: list[tuple[str, Callable[[App], Any], dict[str, Any], bool]] = [
            # No job lock: every row is claimed by a conditional UPDATE with a lease (outbox/sender.py).
            ("outbox", deliver_due, {"trigger": "interval", "seconds": self.settings.schedule.outbox_seconds},
             False),
            ("reminders", send_reminders, {"trigger": "interval", "seconds": REMINDER_SECONDS}, True),
            ("export", deliver_due_exports, {"trigger": "interval", "seconds": EXPORT_SECONDS}, True),
            ("digest", scheduled_digest,
             {"trigger": "cron", "hour": hh, "minute": mm, "timezone": self.settings.digest.timezone}, True),
        ]
        for name, fn, trigger, single in jobs:
            self.scheduler.add_job(self._guarded, args=[name, fn, single], id=name, max_instances=1,
                                   coalesce=True, **trigger)
            self.jobs.append(name)

    def _guarded(self, name: str, fn: Callable[[App], Any], single: bool = False) -> None:
        # A failing job is logged and tried again at its next run; it never stops the service.
        try:
            run_job(self.app, name, fn, single=single)
        except Exception:
            log.exception("job %s failed", name)

    def stop(self) -> None:
        """Stop the scheduler (waiting for running jobs), leave IDLE and log out everywhere."""
        self.stop_event.set()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
        for w in self.watchers:
            w.join(timeout=10)
        stop_web = getattr(self.web, "stop", None) or getattr(self.web, "shutdown", None)
        if callable(stop_web):
            try:
                stop_web()
            except Exception:
                log.exception("stopping the web server failed")
        log.info("mailbot stopped")

    def run_forever(self) -> None:
        """Run until SIGTERM or SIGINT, then shut down cleanly (exit status 0)."""

        def request_stop(signum: int, _frame: object) -> None:
            log.info("signal %s received: shutting down", signal.Signals(signum).name)
            self.stop_event.set()

        previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            self.start()
            while not self.stop_event.wait(1.0):
                pass
        finally:
            self.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
