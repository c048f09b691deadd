"""Match bounces (DSNs) to the outbound mail they report on: Outbox.bounced_at, status failed, Event on the case."""
from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, datetime

from sqlmodel import Session, select

from mailbot.store.models import Event, Message, Outbox
from parsers.mime import ParsedEmail

_MSGID = re.compile(r"<[^<>\s]+>")
_HEADER_MSGID = re.compile(rb"^(?:Message-ID|Original-Message-ID|X-Original-Message-ID)\s*:\s*(<[^<>\s]+>)",
                           re.IGNORECASE | re.MULTILINE)
_EMBEDDED_TYPES = ("message/rfc822", "text/rfc822-headers", "message/rfc822-headers", "message/global",
                   "message/global-headers")


def looks_like_bounce(parsed: ParsedEmail) -> bool:
    """A delivery report: multipart/report, a delivery-status part, a null sender or a mailer daemon."""
    local = (parsed.from_addr or "").rsplit("@", 1)[0].lower()
    return (parsed.content_type == "multipart/report" or parsed.delivery_status is not None
            or parsed.return_path == "" or local in ("mailer-daemon", "postmaster", "mail-daemon")
            or "X-Failed-Recipients" in parsed.headers)


def candidate_ids(parsed: ParsedEmail, raw: bytes, own_domain: str) -> list[str]:
    """Message-IDs the bounce may be about: its In-Reply-To/References and the embedded original's headers."""
    found: list[str] = []
    if parsed.in_reply_to:
        found.append(parsed.in_reply_to)
    found.extend(parsed.references)
    for part in parsed.attachments:
        if part.content_type.lower() in _EMBEDDED_TYPES:
            try:
                inner = email.message_from_bytes(part.data[:200_000], policy=email.policy.compat32)
                value = inner.get("Message-ID")
            except Exception:  # a mangled embedded message is common in bounces; fall back to the scan below
                value = None
            if value:
                found.extend(_MSGID.findall(str(value)))
    # Some MTAs quote the original as plain text: scan for Message-ID header lines naming our domain.
    suffix = f"@{own_domain.lower()}>".encode()
    for m in _HEADER_MSGID.finditer(raw[:2_000_000]):
        if m.group(1).lower().endswith(suffix):
            found.append(m.group(1).decode("ascii", "replace"))
    unique: list[str] = []
    for mid in found:
        if mid not in unique:
            unique.append(mid)
    return unique


def _status_summary(delivery_status: str | None) -> tuple[str, str]:
    """(action, detail) from the message/delivery-status text: e.g. ('failed', '5.1.1 user unknown')."""
    text = delivery_status or ""
    actions = [a.lower() for a in re.findall(r"^Action:\s*(\S+)", text, re.IGNORECASE | re.MULTILINE)]
    status = re.findall(r"^Status:\s*(\S+)", text, re.IGNORECASE | re.MULTILINE)
    diag = re.findall(r"^Diagnostic-Code:\s*(.+)$", text, re.IGNORECASE | re.MULTILINE)
    action = "failed" if not actions or "failed" in actions else actions[0]
    detail = "; ".join(x for x in (status[0] if status else "", diag[0].strip() if diag else "") if x)
    return action, detail or "delivery failed (no status given)"


def match_bounce(session: Session, *, message: Message, parsed: ParsedEmail, raw: bytes, own_domain: str,
                 now: datetime | None = None) -> list[Outbox]:
    """Mark the outbound mails this bounce reports on; a 'delayed' report only leaves an Event."""
    now = now or datetime.now(UTC)
    ids = candidate_ids(parsed, raw, own_domain)
    if not ids:
        return []
    rows = session.exec(select(Outbox).where(Outbox.message_id.in_(ids))).all()  # type: ignore[attr-defined]
    action, detail = _status_summary(parsed.delivery_status)
    matched: list[Outbox] = []
    for row in rows:
        if row.status == "suppressed" or row.bounced_at is not None:  # reprocessing: already recorded
            continue
        if action == "delayed":
            session.add(Event(type="outbox.delayed", case_id=row.case_id, message_pk=message.id,
                              detail={"outbox_id": row.id, "detail": detail}))
            continue
        row.bounced_at = now
        row.status = "failed"
        row.last_error = f"bounced: {detail}"[:2000]
        session.add(row)
        session.add(Event(type="outbox.bounced", case_id=row.case_id, message_pk=message.id,
                          detail={"outbox_id": row.id, "to": row.to_addrs, "template": row.template,
                                  "detail": detail}))
        matched.append(row)
    return matched
