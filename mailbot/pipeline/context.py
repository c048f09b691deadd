"""What the steps share while one message is processed."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from mailbot.store.models import Attachment, Case, Document, Message

if TYPE_CHECKING:
    from mailbot.app import App
    from parsers.mime import MimeAttachment, ParsedEmail


@dataclass
class MessageContext:
    """One message on its way through the pipeline; each step reads what earlier steps left here."""

    app: App
    session: Session
    raw: bytes
    message: Message
    parsed: ParsedEmail | None = None
    # (database row, MIME part) for each attachment, filled by the store step
    attachments: list[tuple[Attachment, MimeAttachment]] = field(default_factory=list)
    # parser Document objects (parsers.model.Document) with the database row made of each
    parsed_documents: list[tuple[Any, Document]] = field(default_factory=list)
    # visible text of the body and every attachment, for the classifier
    texts: list[str] = field(default_factory=list)
    classification: dict[str, Any] | None = None
    case: Case | None = None
    notes: dict[str, Any] = field(default_factory=dict)
