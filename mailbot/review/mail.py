"""Mails a reviewer's decision sends to the partner, through the outbox module, in the decision's transaction."""
from __future__ import annotations

from sqlmodel import Session

from mailbot.app import App
from mailbot.errors import MailbotError, ReviewError
from mailbot.store.models import Case, Outbox


def queue_rejection(app: App, session: Session, case: Case, reason: str) -> Outbox | None:
    """The "rejection" mail (once per case: the outbox dedupes a second one and returns None)."""
    from mailbot.outbox.actions import enqueue_rejection

    try:
        return enqueue_rejection(app, session, case=case, reason=reason)
    except ReviewError:
        raise
    except MailbotError as exc:  # e.g. no partner address: the reviewer must see why, not a 500
        raise ReviewError(str(exc), status=409) from None


def queue_document_request(app: App, session: Session, case: Case, documents: list[str]) -> Outbox | None:
    """The "request_documents" mail; None when the same request is already queued or sent."""
    from mailbot.outbox.actions import enqueue_document_request

    try:
        return enqueue_document_request(app, session, case=case, documents=documents)
    except ReviewError:
        raise
    except MailbotError as exc:
        raise ReviewError(str(exc), status=409) from None
