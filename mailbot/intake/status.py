"""Read-only views for ops: per-mailbox health (`mailbot status`) and the message list (`mailbot messages`)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from mailbot.app import App
from mailbot.intake.idle import idle_view
from mailbot.store.models import MailboxState, Message


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def mailbox_status(app: App) -> list[dict[str, Any]]:
    """One dict per configured mailbox (and per mailbox still in the database but no longer configured)."""
    out: list[dict[str, Any]] = []
    with Session(app.engine) as s:
        states = {(st.mailbox, st.folder): st for st in s.exec(select(MailboxState)).all()}
        configured = [(m.name, m.folder) for m in app.settings.mailbox]
        keys = configured + sorted(k for k in states if k not in configured)

        def count(name: str, *where: Any) -> int:
            return int(s.exec(select(func.count()).select_from(Message).where(
                Message.mailbox == name, *where)).one())

        for name, folder in keys:
            st = states.get((name, folder))
            idle = idle_view(st.idle_state if st else None, st.idle_seen_at if st else None,
                             heartbeat_seconds=app.settings.schedule.idle_heartbeat_seconds)
            out.append({
                "mailbox": name,
                "folder": folder,
                "configured": (name, folder) in configured,
                "uidvalidity": st.uidvalidity if st else None,
                "last_uid": st.last_uid if st else 0,
                "messages": count(name),
                "last_poll_at": _iso(st.last_poll_at) if st else None,
                "last_success_at": _iso(st.last_success_at) if st else None,
                "last_error": st.last_error if st else None,
                "last_error_at": _iso(st.last_error_at) if st else None,
                "consecutive_failures": st.consecutive_failures if st else 0,
                # "idling" only with a recent heartbeat: a killed `mailbot run` leaves it "stale".
                "idle_state": idle[0],
                "idle_seen_at": _iso(idle[1]),
                # host:pid:token of the `mailbot run` that holds IDLE (several instances may share a database).
                "idle_owner": (st.idle_owner if st else None) if idle[0] in ("idling", "stale") else None,
                # Only the current UIDVALIDITY counts: older rows cannot be marked any more.
                "unmarked": count(name, Message.folder == folder, Message.uid.is_not(None),  # type: ignore[union-attr]
                                  Message.uidvalidity == (st.uidvalidity if st else None),
                                  Message.server_marked.is_(False)),  # type: ignore[attr-defined]
                "failed": count(name, Message.status == "failed"),
            })
    return out


def list_messages(app: App, *, status: str | None = None, mailbox: str | None = None,
                  limit: int | None = None) -> list[dict[str, Any]]:
    """Recorded messages, oldest first (what `mailbot messages --json` prints)."""
    with Session(app.engine) as s:
        query = select(Message).order_by(Message.id)  # type: ignore[arg-type]
        if status:
            query = query.where(Message.status == status)
        if mailbox:
            query = query.where(Message.mailbox == mailbox)
        if limit:
            # The newest N, still printed oldest first.
            query = select(Message).where(Message.id.in_(  # type: ignore[union-attr]
                query.with_only_columns(Message.id).order_by(None).order_by(Message.id.desc()).limit(limit)  # type: ignore[union-attr]
            )).order_by(Message.id)  # type: ignore[arg-type]
        rows = s.exec(query).all()
        return [{
            "id": m.id, "mailbox": m.mailbox, "folder": m.folder, "uidvalidity": m.uidvalidity, "uid": m.uid,
            "message_id": m.message_id, "date": _iso(m.date), "from": m.from_addr, "subject": m.subject,
            "status": m.status, "error": m.error, "kind": m.kind, "stage": m.stage, "case_id": m.case_id,
            "missing_documents": m.missing_documents or [], "server_marked": m.server_marked,
            "size": m.size, "sha256": m.sha256,
        } for m in rows]
