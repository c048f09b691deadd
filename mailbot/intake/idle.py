"""One IMAP IDLE connection per mailbox: new mail (EXISTS) triggers that mailbox's processing at once.

The watcher never fetches itself: it only wakes the same poll that the scheduler runs (under the same
per-mailbox lock), so IDLE and polling can never record one message twice. It reconnects with
exponential back-off after the server went away and keeps MailboxState.idle_state current, with a
heartbeat (idle_seen_at) so that "idling" left behind by a killed process is recognised as stale.
"""
from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from imapclient import IMAPClient
from sqlalchemy import ColumnElement, or_, update
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col

from mailbot.app import App
from mailbot.config import MailboxSettings
from mailbot.errors import FetchError
from mailbot.intake import connection
from mailbot.intake.connection import NETWORK_ERRORS, ClientFactory
from mailbot.intake.fetcher import get_state, record_failure
from mailbot.store.models import MailboxState, utcnow

log = logging.getLogger(__name__)

# How often idle_check() wakes up to look at the stop flag and the renew deadline (seconds).
_CHECK_INTERVAL = 0.5


# How many heartbeats may be missed before "idling" is called stale: one late write (a busy database,
# a slow catch-up poll between two IDLEs) must not flap the status.
STALE_AFTER_BEATS = 3


# Who this process is in MailboxState.idle_owner: host and pid say where to look, the token tells a
# restarted process that got the same pid (containers) from its predecessor.
INSTANCE_ID = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


def _stale_before(app: App) -> datetime:
    """Heartbeats older than this belong to a watcher that is gone (killed, hung, or cut off)."""
    beats = app.settings.schedule.idle_heartbeat_seconds * STALE_AFTER_BEATS
    return utcnow() - timedelta(seconds=beats)


def _not_live_elsewhere(app: App) -> ColumnElement[bool]:
    # The row may be written unless another instance's watcher is idling on this mailbox right now: ours,
    # nobody's, not "idling", or a heartbeat too old to believe.
    return or_(col(MailboxState.idle_owner).is_(None), col(MailboxState.idle_owner) == INSTANCE_ID,
               col(MailboxState.idle_state).is_(None), col(MailboxState.idle_state) != "idling",
               col(MailboxState.idle_seen_at).is_(None), col(MailboxState.idle_seen_at) < _stale_before(app))


def set_idle_state(app: App, mb: MailboxSettings, value: str | None) -> None:
    """Record this watcher's IDLE state, unless another live instance is idling on the mailbox.

    With two `mailbot run` on one database the row says whether *some* watcher is idling: our
    "disconnected" or our clean stop must not hide the other instance's working IDLE.
    """
    with Session(app.engine, expire_on_commit=False) as s:
        state = get_state(s, mb)
        values: dict[str, object] = {"idle_state": value, "idle_owner": INSTANCE_ID if value else None}
        if value == "idling":
            values["idle_seen_at"] = utcnow()
        s.exec(update(MailboxState).where(col(MailboxState.id) == state.id, _not_live_elsewhere(app))  # type: ignore[call-overload]
               .values(**values).execution_options(synchronize_session=False))
        s.commit()


def heartbeat(app: App, mb: MailboxSettings) -> None:
    """Stamp MailboxState.idle_seen_at: the watcher is alive and in IDLE right now.

    It also takes the row over when its owner is gone (the other instance was killed or stopped), so
    the surviving watcher keeps "idling" true without waiting for a reconnect.
    """
    try:
        with Session(app.engine) as s:
            s.exec(update(MailboxState).where(col(MailboxState.mailbox) == mb.name,  # type: ignore[call-overload]
                                              col(MailboxState.folder) == mb.folder, _not_live_elsewhere(app))
                   .values(idle_seen_at=utcnow(), idle_state="idling", idle_owner=INSTANCE_ID)
                   .execution_options(synchronize_session=False))
            s.commit()
    except SQLAlchemyError as exc:
        # A missed beat only makes the status say "stale" sooner; it must not tear down the IDLE connection.
        log.warning("IDLE %s: heartbeat not written: %s", mb.name, exc)


def reset_idle_states(app: App) -> None:
    """At start-up: clear IDLE state a previous (perhaps killed) process left behind.

    A state another running instance keeps fresh (a recent heartbeat) is left alone; ours is set anew
    by our own watchers.
    """
    with Session(app.engine) as s:
        ids = [get_state(s, mb).id for mb in app.settings.mailbox]
        s.commit()  # rows created here are visible to the conditional update below
        s.exec(update(MailboxState).where(col(MailboxState.id).in_(ids), _not_live_elsewhere(app))  # type: ignore[call-overload]
               .values(idle_state=None, idle_owner=None).execution_options(synchronize_session=False))
        s.commit()


def idle_view(state: str | None, seen_at: datetime | None, *, heartbeat_seconds: float,
              now: datetime | None = None) -> tuple[str | None, datetime | None]:
    """What to tell ops about IDLE: ("idling", seen) only with a recent heartbeat, else ("stale", last seen).

    The stored state alone cannot be trusted: a process killed with -9 never writes "stopped".
    """
    if state != "idling":
        return state, seen_at
    now = now or utcnow()
    if seen_at is not None and seen_at.tzinfo is None:  # stored aware; tolerate a naive value as UTC
        seen_at = seen_at.replace(tzinfo=UTC)
    if seen_at is None or now - seen_at > timedelta(seconds=heartbeat_seconds * STALE_AFTER_BEATS):
        return "stale", seen_at
    return "idling", seen_at


def _peer_closed(client: IMAPClient) -> bool:
    """True when the server closed the connection (a readable socket with nothing to read)."""
    try:
        # Peek at the raw TCP bytes through a duplicate descriptor: works under TLS too (SSLSocket refuses
        # recv flags) and ignores the client's socket timeout. EOF is b""; no data yet is BlockingIOError.
        with socket.socket(fileno=os.dup(client.socket().fileno())) as raw:
            return raw.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except (BlockingIOError, InterruptedError):
        return False
    except OSError:
        return True


class IdleWatcher(threading.Thread):
    """Keeps an IDLE connection to one mailbox folder and calls `trigger(mb)` when mail arrives."""

    def __init__(self, app: App, mb: MailboxSettings, trigger: Callable[[MailboxSettings], object],
                 stop: threading.Event, *, client_factory: ClientFactory | None = None) -> None:
        super().__init__(name=f"idle-{mb.name}", daemon=True)
        self.app, self.mb, self.trigger, self.stop_event = app, mb, trigger, stop
        self.client_factory = client_factory
        self.connections = 0  # successful (re)connections, for tests and logs

    def run(self) -> None:
        cap = float(self.app.settings.schedule.reconnect_max_seconds)
        delay = 1.0
        while not self.stop_event.is_set():
            try:
                client = connection.connect(self.mb, client_factory=self.client_factory, tokens=self.app.tokens)
            except FetchError as exc:
                self._down(str(exc))
                self.stop_event.wait(delay)
                delay = min(delay * 2, cap)
                continue
            try:
                if not client.has_capability("IDLE"):
                    log.info("mailbox %s: server has no IDLE; polling only", self.mb.name)
                    set_idle_state(self.app, self.mb, "unsupported")
                    return
                client.select_folder(self.mb.folder, readonly=True)
                self.connections += 1
                # Enter IDLE before the catch-up poll: mail that lands during that poll is then announced
                # by EXISTS instead of falling into the gap between "caught up" and "idling".
                client.idle()
                set_idle_state(self.app, self.mb, "idling")
                delay = 1.0
                # Whatever arrived while we were away (or before we started) is processed now.
                self.trigger(self.mb)
                self._idle_loop(client)
            except NETWORK_ERRORS as exc:
                if self.stop_event.is_set():
                    break
                self._down(connection.describe_error(self.mb, exc))
                self.stop_event.wait(delay)
                delay = min(delay * 2, cap)
            except Exception as exc:  # noqa: BLE001 - the watcher must outlive any one bad moment
                log.exception("IDLE mailbox %s: unexpected error", self.mb.name)
                self._down(f"mailbox {self.mb.name!r}: IDLE: {type(exc).__name__}: {exc}")
                self.stop_event.wait(delay)
                delay = min(delay * 2, cap)
            finally:
                connection.close_quietly(client)
        set_idle_state(self.app, self.mb, None)

    def _down(self, error: str) -> None:
        log.warning("IDLE %s", error)
        set_idle_state(self.app, self.mb, "disconnected")
        record_failure(self.app, self.mb, error)

    def _idle_loop(self, client: IMAPClient) -> None:
        """Wait in IDLE (already entered) for EXISTS; renew it periodically; leave it on stop."""
        renew = float(self.app.settings.schedule.idle_renew_seconds)
        beat = float(self.app.settings.schedule.idle_heartbeat_seconds)
        renew_at = time.monotonic() + renew
        beat_at = time.monotonic() + beat
        while not self.stop_event.is_set():
            started = time.monotonic()
            responses = client.idle_check(timeout=_CHECK_INTERVAL)
            if not responses and time.monotonic() - started < _CHECK_INTERVAL / 2 and _peer_closed(client):
                # imapclient's idle_check returns [] at once, forever, once the server has gone away.
                raise ConnectionResetError("server closed the IDLE connection")
            # Only EXISTS means new mail; our own keyword STOREs arrive as FETCH and our MOVEs as EXPUNGE.
            if any(len(r) > 1 and r[1] == b"EXISTS" for r in responses):
                client.idle_done()
                self.trigger(self.mb)
                client.idle()
                renew_at = time.monotonic() + renew
                heartbeat(self.app, self.mb)
                beat_at = time.monotonic() + beat
            elif time.monotonic() >= renew_at:
                # RFC 2177: servers may drop an IDLE after 30 minutes; leave and re-enter it well before.
                client.idle_done()
                client.noop()
                client.idle()
                renew_at = time.monotonic() + renew
                heartbeat(self.app, self.mb)
                beat_at = time.monotonic() + beat
            elif time.monotonic() >= beat_at:
                heartbeat(self.app, self.mb)
                beat_at = time.monotonic() + beat
        client.idle_done()
