"""Record a fetched message and run the pipeline over it in one transaction; a failing step parks it."""
from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass

from sqlalchemy import and_, case, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, delete, select

from mailbot.app import App
from mailbot.pipeline.context import MessageContext
from mailbot.pipeline.steps import Step, build_pipeline
from mailbot.store.models import Attachment, Document, Event, MailboxState, Message, utcnow
from parsers.mime import ParsedEmail, parse_message

log = logging.getLogger(__name__)


@dataclass
class IngestResult:
    message_pk: int
    status: str
    duplicate: bool = False


def _header_fields(parsed: ParsedEmail) -> dict:
    return {
        "message_id": parsed.message_id,
        "in_reply_to": parsed.in_reply_to,
        "references": " ".join(parsed.references) or None,
        "from_addr": parsed.from_addr,
        "from_name": parsed.from_name,
        "to_addrs": parsed.to,
        "cc_addrs": parsed.cc,
        "reply_to": parsed.reply_to,
        "return_path": parsed.return_path,
        "subject": parsed.subject,
        "date": parsed.date,
        "headers": parsed.headers | ({"_defects": parsed.defects[:20]} if parsed.defects else {}),
    }


def _run_steps(ctx: MessageContext, steps: list[Step]) -> None:
    """Run the steps inside a SAVEPOINT: on error only their work is undone, the ledger row stays."""
    session, msg = ctx.session, ctx.message
    savepoint = session.begin_nested()
    try:
        for step in steps:
            ctx.notes["step"] = step.name
            step.process(ctx)
        savepoint.commit()
    except Exception as exc:
        savepoint.rollback()
        session.refresh(msg)
        msg.status = "failed"
        msg.error = f"step {ctx.notes.get('step')!r}: {type(exc).__name__}: {exc}"[:2000]
        msg.traceback = traceback.format_exc()[-20000:]
        session.add(Event(type="message.failed", mailbox=msg.mailbox, message_pk=msg.id,
                          detail={"step": ctx.notes.get("step"), "error": msg.error}))
        log.warning("message %s parked as failed: %s", msg.id, msg.error)
        return
    msg.status = "processed"
    msg.error = msg.traceback = None
    msg.processed_at = utcnow()


def find_recorded(session: Session, *, mailbox: str, folder: str, uidvalidity: int | None,
                  uid: int | None) -> Message | None:
    return session.exec(select(Message).where(
        Message.mailbox == mailbox, Message.folder == folder,
        Message.uidvalidity == uidvalidity, Message.uid == uid)).first()


def ingest(app: App, raw: bytes, *, mailbox: str, folder: str = "INBOX", uidvalidity: int | None = None,
           uid: int | None = None, steps: list[Step] | None = None,
           on_commit_state: bool = True) -> IngestResult:
    """Store the raw bytes, record the message and process it, all committed together (or not at all).

    The raw .eml is written to the content-addressed store first: if we crash before the commit the file
    is an orphan that the next fetch rewrites to the same name, so nothing is lost or duplicated.
    """
    steps = build_pipeline(tuple(app.settings.pipeline.steps)) if steps is None else steps
    sha, path = app.blobs.put(raw, ".eml")
    parsed = parse_message(raw, max_parts=app.settings.limits.max_mime_parts,
                           max_depth=app.settings.limits.max_nesting_depth * 4)
    with Session(app.engine, expire_on_commit=False) as session:
        existing = None if uid is None else find_recorded(
            session, mailbox=mailbox, folder=folder, uidvalidity=uidvalidity, uid=uid)
        if existing is not None:
            return IngestResult(existing.id, existing.status, duplicate=True)  # type: ignore[arg-type]
        msg = Message(mailbox=mailbox, folder=folder, uidvalidity=uidvalidity, uid=uid, sha256=sha,
                      raw_path=str(path), size=len(raw), **_header_fields(parsed))
        try:
            # In a savepoint: when another `mailbot run` on the same database records this UID first, the
            # ledger's unique key refuses our row (PostgreSQL waits for the other commit to decide).
            with session.begin_nested():
                session.add(msg)
                session.flush()
        except IntegrityError:
            existing = None if uid is None else find_recorded(
                session, mailbox=mailbox, folder=folder, uidvalidity=uidvalidity, uid=uid)
            if existing is None:
                raise  # some other constraint: a real error for the caller
            log.info("mailbox %s UID %s: recorded meanwhile by another instance; skipped", mailbox, uid)
            return IngestResult(existing.id, existing.status, duplicate=True)  # type: ignore[arg-type]
        session.add(Event(type="message.recorded", mailbox=mailbox, message_pk=msg.id,
                          detail={"uid": uid, "uidvalidity": uidvalidity, "message_id": msg.message_id}))
        ctx = MessageContext(app=app, session=session, raw=raw, message=msg, parsed=parsed)
        _run_steps(ctx, steps)
        msg.attempts += 1
        if on_commit_state and uid is not None:
            _advance_state(session, mailbox=mailbox, folder=folder, uidvalidity=uidvalidity, uid=uid)
        session.commit()
        return IngestResult(msg.id, msg.status)  # type: ignore[arg-type]


def _advance_state(session: Session, *, mailbox: str, folder: str, uidvalidity: int | None, uid: int) -> None:
    # The sync position moves in the same transaction as the message row: both or neither.
    state = session.exec(select(MailboxState).where(
        MailboxState.mailbox == mailbox, MailboxState.folder == folder)).first()
    if state is None:
        state = MailboxState(mailbox=mailbox, folder=folder, uidvalidity=uidvalidity, last_uid=uid,
                             messages_fetched=1)
        session.add(state)
        return
    # Computed by the database, not from the values this session read: another instance may have moved
    # last_uid past ours meanwhile, and it must never go back (nor a count be lost).
    session.exec(update(MailboxState).where(MailboxState.id == state.id)  # type: ignore[call-overload,arg-type]
                 .values(last_uid=case((and_(MailboxState.uidvalidity == uidvalidity,  # type: ignore[arg-type]
                                             MailboxState.last_uid < uid), uid),
                                       else_=MailboxState.last_uid),
                         messages_fetched=MailboxState.messages_fetched + 1)
                 .execution_options(synchronize_session=False))
    session.expire(state)


def reprocess(app: App, message_pk: int, *, steps: list[Step] | None = None) -> IngestResult:
    """Run the pipeline again over a recorded message (`mailbot retry`): its old results are replaced."""
    steps = build_pipeline(tuple(app.settings.pipeline.steps)) if steps is None else steps
    with Session(app.engine, expire_on_commit=False) as session:
        msg = session.get(Message, message_pk)
        if msg is None:
            from mailbot.errors import MailbotError

            raise MailbotError(f"no message with id {message_pk}")
        raw = app.blobs.get(msg.raw_path)
        parsed = parse_message(raw, max_parts=app.settings.limits.max_mime_parts,
                               max_depth=app.settings.limits.max_nesting_depth * 4)
        session.exec(delete(Document).where(Document.message_pk == msg.id))  # type: ignore[call-overload]
        session.exec(delete(Attachment).where(Attachment.message_pk == msg.id))  # type: ignore[call-overload]
        for key, value in _header_fields(parsed).items():
            setattr(msg, key, value)
        session.add(Event(type="message.retried", mailbox=msg.mailbox, message_pk=msg.id,
                          detail={"previous_status": msg.status, "previous_error": msg.error}))
        session.flush()
        ctx = MessageContext(app=app, session=session, raw=raw, message=msg, parsed=parsed)
        _run_steps(ctx, steps)
        msg.attempts += 1
        session.commit()
        return IngestResult(msg.id, msg.status)  # type: ignore[arg-type]
