"""The tables: intake ledger, messages, attachments, documents, cases, outbox, users and audit."""
from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    # Timestamps are timezone-aware UTC everywhere (SQLModel's UTCDateTime refuses naive values).
    return datetime.now(UTC)


def _json(**kw: Any) -> Any:
    return Field(default=None, sa_column=Column(JSON, **kw))


def _text() -> Any:
    return Field(default=None, sa_column=Column(Text))


class MailboxState(SQLModel, table=True):
    """Sync position and health of one configured mailbox folder."""

    __tablename__ = "mailbox_state"
    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(index=True)
    folder: str
    uidvalidity: int | None = None
    last_uid: int = 0
    last_poll_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = _text()
    last_error_at: datetime | None = None
    consecutive_failures: int = 0
    idle_state: str | None = None  # "idling" | "disconnected" | "unsupported" | None (not used)
    # Heartbeat of the IDLE watcher: "idling" is believed only while this is recent (a kill -9 leaves it old).
    idle_seen_at: datetime | None = None
    # Which `mailbot run` (host:pid:token) wrote idle_state: with two instances on one database, one must
    # not wipe the other's live "idling" on start or stop.
    idle_owner: str | None = None
    messages_fetched: int = 0
    __table_args__ = (UniqueConstraint("mailbox", "folder", name="uq_mailbox_folder"),)


class Message(SQLModel, table=True):
    """One fetched email: the intake ledger row and everything mailbot made of it."""

    __tablename__ = "message"
    id: int | None = Field(default=None, primary_key=True)
    # The ledger key: a message is fetched exactly once per (mailbox, folder, UIDVALIDITY, UID).
    mailbox: str = Field(index=True)
    folder: str = "INBOX"
    uidvalidity: int | None = None
    uid: int | None = None
    server_marked: bool = False  # the done-keyword/move happened on the server (always after commit)
    message_id: str | None = Field(default=None, index=True)
    in_reply_to: str | None = _text()
    references: str | None = _text()
    from_addr: str | None = Field(default=None, index=True)
    from_name: str | None = None
    to_addrs: list[str] | None = _json()
    cc_addrs: list[str] | None = _json()
    reply_to: str | None = None
    return_path: str | None = None
    subject: str | None = _text()
    date: datetime | None = None
    headers: dict[str, Any] | None = _json()  # the headers rules look at (Auto-Submitted, List-Id, ...)
    size: int = 0
    sha256: str = Field(index=True)
    raw_path: str
    body_text: str | None = _text()
    body_html_path: str | None = None
    language: str | None = None
    received_at: datetime = Field(default_factory=utcnow, index=True)
    # Processing
    status: str = Field(default="received", index=True)  # received | processed | failed
    error: str | None = _text()
    traceback: str | None = _text()
    attempts: int = 0
    processed_at: datetime | None = None
    # Classification
    kind: str | None = Field(default=None, index=True)
    stage: str | None = None
    confidence: float | None = None
    reasons: list[dict[str, Any]] | None = _json()
    autoreply: bool | None = None
    autoreply_suppressed_reason: str | None = None
    references_found: list[str] | None = _json()
    missing_documents: list[str] | None = _json()
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)
    __table_args__ = (UniqueConstraint("mailbox", "folder", "uidvalidity", "uid", name="uq_message_ledger"),)


class Attachment(SQLModel, table=True):
    """An attachment part of a message, stored in the blob store by content hash."""

    __tablename__ = "attachment"
    id: int | None = Field(default=None, primary_key=True)
    message_pk: int = Field(foreign_key="message.id", index=True)
    filename: str | None = None
    declared_type: str | None = None
    detected_type: str | None = None
    size: int = 0
    sha256: str
    path: str
    parse_status: str | None = None  # ok | partial | failed | skipped
    parse_errors: list[str] | None = _json()


class Document(SQLModel, table=True):
    """A business document extracted from an attachment or a body (see document.schema.json)."""

    __tablename__ = "document"
    id: int | None = Field(default=None, primary_key=True)
    message_pk: int = Field(foreign_key="message.id", index=True)
    attachment_id: int | None = Field(default=None, foreign_key="attachment.id")
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)
    source: str
    doc_type: str = Field(index=True)
    number: str | None = Field(default=None, index=True)
    order_number: str | None = Field(default=None, index=True)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # The parser's output as first extracted; `data` is what reviewers corrected it to.
    extracted: dict[str, Any] | None = _json()
    structured_source: str | None = None
    min_confidence: float | None = None
    created_at: datetime = Field(default_factory=utcnow)


class Case(SQLModel, table=True):
    """One deal with one partner: its messages, documents, stage and what it still lacks."""

    __tablename__ = "case"
    id: int | None = Field(default=None, primary_key=True)
    partner: str = Field(index=True)  # the partner's mail domain
    partner_name: str | None = None
    partner_email: str | None = None
    kind: str = Field(default="other", index=True)
    stage: str = Field(default="unknown", index=True)
    title: str | None = None
    order_number: str | None = Field(default=None, index=True)
    currency: str | None = None
    total: str | None = None
    language: str | None = None
    required_documents: list[str] | None = _json()
    present_documents: list[str] | None = _json()
    missing_documents: list[str] | None = _json()
    complete: bool = False
    # Review queue: pending | approved | rejected; operational: in_production | shipped | received
    review_status: str = Field(default="pending", index=True)
    review_reason: str | None = _text()
    ops_status: str | None = None
    created_at: datetime = Field(default_factory=utcnow, index=True)
    updated_at: datetime = Field(default_factory=utcnow)
    last_message_at: datetime | None = None
    history: list[dict[str, Any]] | None = _json()  # stage transitions: [{"at", "from", "to", "message_pk"}]


class CaseReference(SQLModel, table=True):
    """A business number (PO, quotation, contract, invoice, claim) that links messages to a case."""

    __tablename__ = "case_reference"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    ref: str = Field(index=True)  # normalised: upper case, no spaces
    ref_type: str | None = None
    __table_args__ = (UniqueConstraint("case_id", "ref", name="uq_case_ref"),)


class Outbox(SQLModel, table=True):
    """A mail mailbot decided to send, written in the same transaction as the decision."""

    __tablename__ = "outbox"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)
    reply_to_message_pk: int | None = Field(default=None, foreign_key="message.id", index=True)
    template: str  # ack_enquiry | ack_quote | ack_order | ack_claim | request_documents | reminder | complete | digest | rejection
    to_addrs: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    subject: str = Field(sa_column=Column(Text, nullable=False))
    message_id: str = Field(index=True)  # our Message-ID header
    in_reply_to: str | None = _text()
    references: str | None = _text()
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    # queued | sending | sent | failed (permanent) | suppressed
    status: str = Field(default="queued", index=True)
    suppressed_reason: str | None = _text()
    attempts: int = 0
    next_attempt_at: datetime | None = Field(default=None, index=True)
    last_error: str | None = _text()
    last_code: int | None = None
    dedupe_key: str | None = Field(default=None, index=True)  # e.g. "request_documents:case 7:commercial_invoice,contract"
    created_at: datetime = Field(default_factory=utcnow, index=True)
    sent_at: datetime | None = None
    bounced_at: datetime | None = None


class User(SQLModel, table=True):
    """A person who signs in to the review queue."""

    __tablename__ = "user"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True)
    role: str = "sales"  # sales | ops | admin
    password_hash: str
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)


class LoginFailure(SQLModel, table=True):
    """A failed sign-in to the review queue, kept for the throttle window (seen by every web process)."""

    __tablename__ = "login_failure"
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(index=True)  # lower-cased as typed; need not be an existing user
    client: str
    at: datetime = Field(default_factory=utcnow, index=True)


class AuditLog(SQLModel, table=True):
    """Who changed what and when, with the old and the new value."""

    __tablename__ = "audit_log"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str  # user name, or "mailbot"
    action: str  # edit_field | edit_line | add_line | remove_line | approve | reject | request_documents | set_status | export
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)
    document_id: int | None = Field(default=None, foreign_key="document.id")
    field: str | None = None
    old: Any = _json()
    new: Any = _json()
    note: str | None = _text()


class Event(SQLModel, table=True):
    """The system's own log of what happened to messages, cases and mailboxes (for ops and the digest)."""

    __tablename__ = "event"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    type: str = Field(index=True)  # message.recorded | message.failed | message.retried | mailbox.error | ...
    mailbox: str | None = None
    message_pk: int | None = Field(default=None, index=True)
    case_id: int | None = Field(default=None, index=True)
    detail: dict[str, Any] | None = _json()


class ExportDelivery(SQLModel, table=True):
    """One attempt series to push an approved order to the ERP webhook."""

    __tablename__ = "export_delivery"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    target: str
    status: str = Field(default="queued", index=True)  # queued | delivered | failed
    attempts: int = 0
    next_attempt_at: datetime | None = None
    last_error: str | None = _text()
    created_at: datetime = Field(default_factory=utcnow)
    delivered_at: datetime | None = None


class DigestRun(SQLModel, table=True):
    """When a digest was sent, so the next one covers 'since the last digest'."""

    __tablename__ = "digest_run"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    outbox_id: int | None = Field(default=None, foreign_key="outbox.id")
    period_start: datetime | None = None
    # The day (in the digest's timezone) of a scheduled digest; unique, so two instances firing the same
    # schedule send it once. None for a digest sent by hand (`mailbot digest --send`).
    slot: date | None = Field(default=None, unique=True, index=True)


Index("ix_message_msgid_sha", Message.message_id, Message.sha256)
