"""Exactly-once IMAP intake: fetch new UIDs incrementally, record each in one commit, mark it only afterwards.

The ledger (paperless-ngx's lesson): a message is keyed on (mailbox, folder, UIDVALIDITY, UID); the runner
records it and advances MailboxState.last_uid in ONE transaction; only after that commit is the message
marked on the server (keyword or move; never \\Seen), and the row then gets server_marked=True. A crash
between the commit and the mark leaves a recorded-but-unmarked row, which every poll marks first.
"""
from __future__ import annotations

import hashlib
import logging
import threading
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from imapclient import IMAPClient
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from mailbot.app import App
from mailbot.config import MailboxSettings
from mailbot.errors import FetchError
from mailbot.intake import connection
from mailbot.intake.connection import NETWORK_ERRORS, ClientFactory
from mailbot.pipeline import runner
from mailbot.store.db import advisory_lock
from mailbot.store.models import Event, MailboxState, Message, utcnow

log = logging.getLogger(__name__)

# UID sets per STORE/MOVE command: keeps command lines well below server limits.
_MARK_CHUNK = 500
# Bytes of message bodies held in memory per FETCH (one bigger message still comes alone).
_BATCH_BYTES = 32 * 1024 * 1024


def plan_batches(uids: Sequence[int], sizes: dict[int, int], *, max_count: int,
                 max_bytes: int) -> list[list[int]]:
    """Split UIDs into FETCH batches of at most max_count messages and about max_bytes of content."""
    batches: list[list[int]] = []
    current: list[int] = []
    total = 0
    for uid in uids:
        size = sizes.get(uid, 0)
        if current and (len(current) >= max_count or total + size > max_bytes):
            batches.append(current)
            current, total = [], 0
        current.append(uid)
        total += size
    if current:
        batches.append(current)
    return batches


@dataclass
class PollResult:
    """What one poll of one mailbox did."""

    mailbox: str
    folder: str
    fetched: int = 0  # newly recorded messages
    rematched: int = 0  # found again after a UIDVALIDITY change (row updated, not duplicated)
    failed: int = 0  # recorded, but a pipeline step parked them as failed
    oversize: int = 0  # larger than limits.max_message_bytes (recorded anyway)
    marked: int = 0  # server-side done actions performed
    unchanged: bool = False  # UIDNEXT showed nothing new: nothing was searched or fetched
    uidvalidity_changed: bool = False
    # Another `mailbot run` on the same database was polling this mailbox: this round was left to it.
    skipped: bool = False
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


# -- mailbox state -----------------------------------------------------------------

def get_state(session: Session, mb: MailboxSettings) -> MailboxState:
    state = session.exec(select(MailboxState).where(
        MailboxState.mailbox == mb.name, MailboxState.folder == mb.folder)).first()
    if state is None:
        try:
            # A savepoint: another instance starting at the same moment may create the row first.
            with session.begin_nested():
                state = MailboxState(mailbox=mb.name, folder=mb.folder)
                session.add(state)
                session.flush()
        except IntegrityError:
            state = session.exec(select(MailboxState).where(
                MailboxState.mailbox == mb.name, MailboxState.folder == mb.folder)).one()
    return state


def _touch_poll(app: App, mb: MailboxSettings) -> None:
    with Session(app.engine, expire_on_commit=False) as s:
        state = get_state(s, mb)
        state.last_poll_at = utcnow()
        s.add(state)
        s.commit()


def record_failure(app: App, mb: MailboxSettings, error: str) -> None:
    """Keep the mailbox's health current (ops read it in `mailbot status` and the digest)."""
    with Session(app.engine, expire_on_commit=False) as s:
        state = get_state(s, mb)
        state.last_error = error[:2000]
        state.last_error_at = utcnow()
        state.consecutive_failures += 1
        s.add(state)
        s.add(Event(type="mailbox.error", mailbox=mb.name,
                    detail={"folder": mb.folder, "error": error[:2000],
                            "consecutive_failures": state.consecutive_failures}))
        s.commit()


def _record_success(app: App, mb: MailboxSettings) -> None:
    with Session(app.engine, expire_on_commit=False) as s:
        state = get_state(s, mb)
        if state.consecutive_failures:
            s.add(Event(type="mailbox.recovered", mailbox=mb.name,
                        detail={"folder": mb.folder, "after_failures": state.consecutive_failures}))
        # last_error/last_error_at stay as history; consecutive_failures == 0 says "healthy now".
        state.consecutive_failures = 0
        state.last_success_at = utcnow()
        s.add(state)
        s.commit()


# -- polling -----------------------------------------------------------------------

def poll_all(app: App, *, client_factory: ClientFactory | None = None,
             names: Sequence[str] | None = None) -> list[PollResult]:
    """Poll every configured mailbox (or those named); one failing never stops the others."""
    return [poll_mailbox(app, mb, client_factory=client_factory)
            for mb in app.settings.mailbox if names is None or mb.name in names]


def poll_lock_name(mb: MailboxSettings) -> str:
    """The advisory lock that lets one process at a time poll this mailbox folder."""
    return f"poll:{mb.name}:{mb.folder}"


def poll_mailbox(app: App, mb: MailboxSettings, *, client_factory: ClientFactory | None = None,
                 stop: threading.Event | None = None, wait: float = 300.0) -> PollResult:
    """Connect, fetch what is new, record and mark it; failures end up in MailboxState, not raised.

    On PostgreSQL the poll holds the mailbox's advisory lock: two instances never fetch the same UIDs at
    the same time. If another process holds it longer than `wait` seconds the round is skipped
    (`result.skipped`); that process is polling the mailbox right now.
    """
    result = PollResult(mailbox=mb.name, folder=mb.folder)
    with advisory_lock(app.engine, poll_lock_name(mb), wait=wait, stop=stop) as mine:
        if not mine:
            result.skipped = True
            log.debug("mailbox %s: polled by another instance right now; round skipped", mb.name)
            return result
        return _poll_locked(app, mb, result, client_factory=client_factory, stop=stop)


def _poll_locked(app: App, mb: MailboxSettings, result: PollResult, *, client_factory: ClientFactory | None,
                 stop: threading.Event | None) -> PollResult:
    _touch_poll(app, mb)
    try:
        with connection.session(mb, client_factory=client_factory, tokens=app.tokens) as client:
            sync_folder(app, client, mb, result, stop=stop)
    except FetchError as exc:
        result.error = str(exc)
    except NETWORK_ERRORS as exc:
        result.error = connection.describe_error(mb, exc)
    except Exception as exc:  # noqa: BLE001 - e.g. database or disk trouble: recorded, retried next poll
        log.exception("mailbox %s: poll failed", mb.name)
        result.error = f"mailbox {mb.name!r}: internal error: {type(exc).__name__}: {exc}"[:2000]
    if result.error:
        log.warning("%s", result.error)
        record_failure(app, mb, result.error)
    else:
        _record_success(app, mb)
        if result.fetched or result.rematched or result.marked:
            log.info("mailbox %s: %d new, %d re-found, %d failed, %d marked", mb.name, result.fetched,
                     result.rematched, result.failed, result.marked)
    return result


def sync_folder(app: App, client: IMAPClient, mb: MailboxSettings, result: PollResult, *,
                stop: threading.Event | None = None) -> None:
    """The incremental sync of one folder over an open connection (see the module docstring)."""
    # Read-write: setting the done keyword needs it. BODY.PEEK below keeps \Seen untouched.
    selected = client.select_folder(mb.folder)
    uidvalidity = int(selected[b"UIDVALIDITY"])
    uidnext = selected.get(b"UIDNEXT")
    with Session(app.engine, expire_on_commit=False) as s:
        state = get_state(s, mb)
        if state.uidvalidity != uidvalidity:
            if state.uidvalidity is not None:
                # The server renumbered the folder: every UID we know is void. Start over from UID 1 and
                # match what we already have on Message-ID + content hash instead of recording it again.
                result.uidvalidity_changed = True
                log.warning("mailbox %s: UIDVALIDITY changed %s -> %s; re-syncing without duplicates",
                            mb.name, state.uidvalidity, uidvalidity)
                s.add(Event(type="mailbox.uidvalidity_changed", mailbox=mb.name,
                            detail={"folder": mb.folder, "old": state.uidvalidity, "new": uidvalidity,
                                    "old_last_uid": state.last_uid}))
            state.uidvalidity = uidvalidity
            state.last_uid = 0
            s.add(state)
            s.commit()
        last_uid = state.last_uid
        pending = list(s.exec(select(Message.id, Message.uid).where(
            Message.mailbox == mb.name, Message.folder == mb.folder, Message.uidvalidity == uidvalidity,
            Message.uid.is_not(None), Message.server_marked.is_(False))).all())  # type: ignore[union-attr,attr-defined]
        # Rows from an older UIDVALIDITY mean a re-sync may still be under way (also after a crash in it).
        resync = s.exec(select(Message.id).where(
            Message.mailbox == mb.name, Message.folder == mb.folder, Message.uid.is_not(None),  # type: ignore[union-attr]
            Message.uidvalidity.is_not(None), Message.uidvalidity != uidvalidity).limit(1)).first() is not None  # type: ignore[union-attr]

    marker = _Marker(client, mb)
    if pending:
        # The crash window: committed earlier but never marked on the server. Marking is idempotent.
        log.info("mailbox %s: marking %d recorded but unmarked message(s)", mb.name, len(pending))
        marker.mark([uid for _, uid in pending])
        _set_marked(app, [pk for pk, _ in pending])
        result.marked += len(pending)

    if uidnext is not None and int(uidnext) <= last_uid + 1:
        result.unchanged = True  # nothing arrived since the last poll: no SEARCH, no FETCH
        return

    criteria: list[str] = ["UID", f"{last_uid + 1}:*"]
    if mb.action == "keyword" and not resync:
        # Already done (by us or a twin instance); during a re-sync those are exactly the ones to match.
        criteria += ["UNKEYWORD", mb.keyword]
    # "N:*" always includes the highest existing UID even when it is below N (RFC 3501): filter it out.
    uids = sorted(u for u in client.search(criteria) if u > last_uid)
    limit = app.settings.limits.max_message_bytes
    sizes = {uid: int(d.get(b"RFC822.SIZE") or 0)
             for uid, d in (client.fetch(uids, ["RFC822.SIZE"]) if uids else {}).items()}
    for batch in plan_batches(uids, sizes, max_count=mb.batch_size, max_bytes=_BATCH_BYTES):
        if stop is not None and stop.is_set():
            break
        fetched = client.fetch(batch, ["RFC822.SIZE", "BODY.PEEK[]"])
        done: list[tuple[int, int]] = []
        for uid in batch:
            data = fetched.get(uid)
            if data is None:
                log.info("mailbox %s: UID %s vanished before it was fetched", mb.name, uid)
                continue
            raw = data.get(b"BODY[]")
            note = None
            if raw is None:
                raw, note = b"", "the server returned no content for this message"
            size = int(data.get(b"RFC822.SIZE") or len(raw))
            pk = _record_one(app, mb, uidvalidity, uid, bytes(raw), result, resync=resync, note=note)
            if size > limit:
                # Never lose mail: it is recorded like any other; ops learn about it from the event.
                result.oversize += 1
                _event(app, Event(type="message.oversize", mailbox=mb.name, message_pk=pk,
                                  detail={"uid": uid, "size": size, "limit": limit}))
            done.append((pk, uid))
        if done:
            marker.mark([uid for _, uid in done])
            _set_marked(app, [pk for pk, _ in done])
            result.marked += len(done)


def _record_one(app: App, mb: MailboxSettings, uidvalidity: int, uid: int, raw: bytes, result: PollResult,
                *, resync: bool, note: str | None) -> int:
    if resync:
        pk = _rematch(app, mb, uidvalidity, uid, raw)
        if pk is not None:
            result.rematched += 1
            return pk
    try:
        res = runner.ingest(app, raw, mailbox=mb.name, folder=mb.folder, uidvalidity=uidvalidity, uid=uid)
    except Exception as exc:  # noqa: BLE001 - recorded on the message below, never dropped
        # Something outside the steps broke on this message. Record it without steps so it is neither
        # lost nor fetched again forever, and park it as failed with the reason; `mailbot retry` re-runs it.
        log.exception("mailbox %s UID %s: ingest failed; recording it as failed", mb.name, uid)
        note = f"intake: {type(exc).__name__}: {exc}"[:2000]
        tb = traceback.format_exc()[-20000:]
        res = runner.ingest(app, raw, mailbox=mb.name, folder=mb.folder, uidvalidity=uidvalidity, uid=uid,
                            steps=[])
        if res.duplicate:
            return res.message_pk  # another process recorded it meanwhile (unique ledger key): not ours to park
        _park(app, res.message_pk, note, tb)
        res.status = "failed"
    else:
        if note and not res.duplicate:
            _park(app, res.message_pk, note, None)
            res.status = "failed"
    if not res.duplicate:
        result.fetched += 1
        if res.status == "failed":
            result.failed += 1
    return res.message_pk


def _park(app: App, pk: int, error: str, tb: str | None) -> None:
    with Session(app.engine, expire_on_commit=False) as s:
        msg = s.get(Message, pk)
        if msg is not None:
            msg.status, msg.error, msg.traceback = "failed", error, tb
            s.add(msg)
            s.add(Event(type="message.failed", mailbox=msg.mailbox, message_pk=pk, detail={"error": error}))
            s.commit()


def _rematch(app: App, mb: MailboxSettings, uidvalidity: int, uid: int, raw: bytes) -> int | None:
    """After a UIDVALIDITY change: the row already recorded for these exact bytes gets the new UID."""
    from parsers.mime import parse_message

    sha = hashlib.sha256(raw).hexdigest()
    message_id = parse_message(raw).message_id
    with Session(app.engine, expire_on_commit=False) as s:
        query = select(Message).where(
            Message.mailbox == mb.name, Message.folder == mb.folder, Message.sha256 == sha,
            Message.uid.is_not(None), Message.uidvalidity.is_not(None),  # type: ignore[union-attr]
            Message.uidvalidity != uidvalidity)
        query = query.where(Message.message_id == message_id if message_id is not None
                            else Message.message_id.is_(None))  # type: ignore[union-attr]
        row = s.exec(query.order_by(Message.id)).first()  # type: ignore[arg-type]
        if row is None:
            return None
        old = (row.uidvalidity, row.uid)
        row.uidvalidity, row.uid, row.server_marked = uidvalidity, uid, False
        s.add(row)
        s.add(Event(type="message.resynced", mailbox=mb.name, message_pk=row.id,
                    detail={"old_uidvalidity": old[0], "old_uid": old[1], "uidvalidity": uidvalidity, "uid": uid}))
        state = get_state(s, mb)
        if state.uidvalidity == uidvalidity and uid > state.last_uid:
            state.last_uid = uid  # same transaction as the row update: both or neither
        s.add(state)
        s.commit()
        return row.id


def _event(app: App, event: Event) -> None:
    with Session(app.engine) as s:
        s.add(event)
        s.commit()


def _set_marked(app: App, pks: Iterable[int]) -> None:
    ids = list(pks)
    if not ids:
        return
    with Session(app.engine) as s:
        s.exec(update(Message).where(Message.id.in_(ids)).values(server_marked=True))  # type: ignore[call-overload,union-attr]
        s.commit()


class _Marker:
    """The server-side done action for one connection: keyword (STORE +FLAGS) or move."""

    def __init__(self, client: IMAPClient, mb: MailboxSettings) -> None:
        self.client, self.mb = client, mb
        self._folder_ready = False

    def mark(self, uids: list[int]) -> None:
        for start in range(0, len(uids), _MARK_CHUNK):
            chunk = uids[start:start + _MARK_CHUNK]
            if self.mb.action == "keyword":
                self.client.add_flags(chunk, [self.mb.keyword], silent=True)
            else:
                self._move(chunk)

    def _move(self, uids: list[int]) -> None:
        c, target = self.client, self.mb.move_to
        if not self._folder_ready:
            if not c.folder_exists(target):
                c.create_folder(target)
            self._folder_ready = True
        if c.has_capability("MOVE"):
            c.move(uids, target)
            return
        c.copy(uids, target)
        c.add_flags(uids, [b"\\Deleted"], silent=True)
        if c.has_capability("UIDPLUS"):
            c.uid_expunge(uids)  # removes only these UIDs, never other \Deleted mail
        else:
            # A plain EXPUNGE would also remove mail someone else flagged \Deleted: leave them flagged.
            log.warning("mailbox %s: server lacks MOVE and UIDPLUS; copied and flagged \\Deleted, not expunged",
                        self.mb.name)


def unmarked_count(session: Session, mailbox: str) -> int:
    """Recorded messages whose server-side done action has not happened yet (the crash window)."""
    from sqlalchemy import func

    return int(session.exec(select(func.count()).select_from(Message).where(
        Message.mailbox == mailbox, Message.uid.is_not(None),  # type: ignore[union-attr]
        Message.server_marked.is_(False))).one())  # type: ignore[attr-defined]
