"""Run messages through the whole pipeline into a throw-away database (accuracy scripts, `mailbot classify`-like tools)."""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from sqlmodel import Session

from mailbot.app import build_app
from mailbot.config import Settings, settings_from_dict
from mailbot.pipeline.runner import ingest
from mailbot.store.models import Case, Document, Message


def message_summary(session: Session, msg: Message) -> dict[str, Any]:
    """The classification object of one recorded message, plus its case and what the case lacks."""
    from sqlmodel import select

    docs = session.exec(select(Document).where(Document.message_pk == msg.id)).all()
    case = session.get(Case, msg.case_id) if msg.case_id else None
    return {
        "message_id": msg.message_id,
        "kind": msg.kind or "other",
        "stage": msg.stage or "unknown",
        "confidence": msg.confidence or 0.0,
        "reasons": msg.reasons or [],
        "documents": [d.data for d in docs],
        "missing_documents": msg.missing_documents,
        "autoreply": bool(msg.autoreply),
        "references": msg.references_found or [],
        "status": msg.status,
        "error": msg.error,
        "case_id": msg.case_id,
        "case_stage": case.stage if case else None,
        "case_missing_documents": case.missing_documents if case else None,
    }


def replay(emls: list[bytes], *, settings: Settings | None = None, mailbox: str = "offline") -> list[dict[str, Any]]:
    """Process the messages in order (as if fetched one after another) and describe each one afterwards."""
    with tempfile.TemporaryDirectory(prefix="mailbot-replay-") as tmp:
        base = Path(tmp)
        if settings is None:
            settings = settings_from_dict({
                "database": {"url": f"sqlite:///{base / 'replay.db'}"},
                "storage": {"path": str(base / "store")},
                "outbox": {"enabled": False},
            })
        app = build_app(settings)
        out = []
        for i, raw in enumerate(emls):
            pk = ingest(app, raw, mailbox=mailbox, uidvalidity=1, uid=i + 1).message_pk
            # Described right after it was processed: the case as it stood after this message.
            with Session(app.engine) as session:
                out.append(message_summary(session, session.get(Message, pk)))  # type: ignore[arg-type]
        app.engine.dispose()
        return out
