"""MIME → headers, text and HTML bodies and attachment parts; never raises on malformed mail."""
from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

# Headers the rules and the reply logic need; everything else stays in the raw .eml.
KEPT_HEADERS = (
    "Auto-Submitted", "Precedence", "List-Id", "List-Unsubscribe", "List-Post", "X-Auto-Response-Suppress",
    "X-Autoreply", "X-Autorespond", "X-Mailer", "User-Agent", "Content-Language", "Accept-Language",
    "X-Spam-Flag", "X-Spam-Status", "X-Spam-Score", "X-Mailbot-Loop", "Feedback-ID", "X-Failed-Recipients",
    "Content-Type", "Thread-Index", "Thread-Topic", "Organization", "Importance",
)


@dataclass
class MimeAttachment:
    """One attachment (or inline non-body part) as it came, undecoded beyond the transfer encoding."""

    filename: str | None
    content_type: str  # as declared; the parsers detect the real type from the bytes
    data: bytes
    inline: bool = False
    content_id: str | None = None


@dataclass
class ParsedEmail:
    """The parts of a message that mailbot works with."""

    message_id: str | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    from_addr: str | None = None
    from_name: str | None = None
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    reply_to: str | None = None
    return_path: str | None = None
    subject: str | None = None
    date: datetime | None = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/plain"
    text: str | None = None
    html: str | None = None
    attachments: list[MimeAttachment] = field(default_factory=list)
    delivery_status: str | None = None  # the message/delivery-status part of a bounce
    defects: list[str] = field(default_factory=list)


def decode_str(value: object) -> str | None:
    """Decode an RFC 2047 header value; garbage becomes replacement characters, never an exception."""
    if value is None:
        return None
    try:
        text = str(make_header(decode_header(str(value))))
    except Exception:  # malformed encoded-words, unknown charsets, 8-bit junk
        text = str(value)
    # Header folding leaves CR/LF; strip control characters that would break logs and templates.
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", re.sub(r"\r?\n[ \t]*", " ", text)).strip()


_MSGID = re.compile(r"<[^<>\s]+>")


def _msgids(value: str | None) -> list[str]:
    if not value:
        return []
    found = _MSGID.findall(value)
    if not found and value.strip():
        found = [value.strip().split()[0]]
    return found


def _payload_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if payload is None:
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    if not isinstance(payload, bytes):
        return str(payload)
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset)
    except (LookupError, UnicodeDecodeError):
        from charset_normalizer import from_bytes

        best = from_bytes(payload).best()
        return str(best) if best is not None else payload.decode("latin-1", "replace")


def unflow(text: str, delsp: bool = False) -> str:
    """Join the soft line breaks of a format=flowed body (RFC 3676): a line ending in a space goes on.

    Mail programs (Apple Mail, Thunderbird) wrap long lines so; unjoined, an order line typed in the body
    ("... 4 pce x 4,95 € = 19,80" / "€") would lose its amount to the next line."""
    out: list[str] = []
    pending: tuple[int, str] | None = None  # quote depth and text of a paragraph still going on
    for raw in text.split("\n"):
        line = raw.rstrip("\r")
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if body.startswith(" "):
            body = body[1:]  # space-stuffing
        if pending is not None and pending[0] != depth:
            out.append(_quoted(*pending))  # a change of quote depth ends the paragraph
            pending = None
        soft = body.endswith(" ") and body != "-- "
        if soft and delsp:
            body = body[:-1]
        joined = (pending[1] if pending else "") + body
        if soft:
            pending = (depth, joined)
        else:
            out.append(_quoted(depth, joined))
            pending = None
    if pending is not None:
        out.append(_quoted(*pending))
    return "\n".join(out)


def _quoted(depth: int, body: str) -> str:
    return (">" * depth + " " + body) if depth else body


def _payload_bytes(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    if isinstance(raw, list):  # message/rfc822: the enclosed message as bytes
        try:
            return raw[0].as_bytes() if raw else b""
        except Exception:
            return str(raw[0]).encode("utf-8", "replace") if raw else b""
    return str(raw or "").encode("utf-8", "replace")


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        dt = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if dt is None:
        return None
    # Aware UTC like every timestamp in the database; a date without a zone is taken as UTC.
    return dt.astimezone(UTC) if dt.tzinfo is not None else dt.replace(tzinfo=UTC)


def parse_message(raw: bytes, *, max_parts: int = 500, max_depth: int = 10) -> ParsedEmail:
    """Parse raw RFC 5322 bytes. Limits stop endless nesting and part floods; problems land in .defects."""
    out = ParsedEmail()
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception as exc:  # the stdlib parser is lenient, but be sure
        out.defects.append(f"unparseable message: {exc}")
        out.text = raw.decode("utf-8", "replace")
        return out

    def header(name: str) -> str | None:
        try:
            return decode_str(msg.get(name))
        except Exception:
            return None

    out.message_id = (_msgids(header("Message-ID")) or [None])[0]
    out.in_reply_to = (_msgids(header("In-Reply-To")) or [None])[0]
    out.references = _msgids(header("References"))
    name, addr = parseaddr(header("From") or "")
    out.from_name, out.from_addr = (name or None), (addr.lower() or None)
    out.to = [a.lower() for _, a in getaddresses([header("To") or ""]) if a]
    out.cc = [a.lower() for _, a in getaddresses([header("Cc") or ""]) if a]
    out.reply_to = parseaddr(header("Reply-To") or "")[1].lower() or None
    rp = header("Return-Path")
    out.return_path = None if rp is None else rp.strip().strip("<>").lower()
    out.subject = header("Subject")
    out.date = _date(header("Date"))
    out.content_type = (msg.get_content_type() or "text/plain").lower()
    out.headers = {h: v for h in KEPT_HEADERS if (v := header(h)) is not None}
    out.defects.extend(type(d).__name__ for d in getattr(msg, "defects", []))

    parts_seen = 0

    def walk(part: Message, depth: int) -> None:
        nonlocal parts_seen
        parts_seen += 1
        if parts_seen > max_parts:
            if "too many MIME parts" not in out.defects:
                out.defects.append(f"too many MIME parts (limit {max_parts}); the rest was not read")
            return
        if depth > max_depth:
            if "nesting too deep" not in " ".join(out.defects):
                out.defects.append(f"MIME nesting too deep (limit {max_depth}); inner parts not read")
            return
        ctype = (part.get_content_type() or "text/plain").lower()
        try:
            disposition = (part.get_content_disposition() or "").lower()
        except Exception:
            disposition = ""
        filename = None
        try:
            filename = decode_str(part.get_filename())
        except Exception:
            filename = None
        if ctype == "message/rfc822" or (part.is_multipart() is False and ctype.startswith("message/")
                                         and ctype not in ("message/delivery-status",)):
            out.attachments.append(MimeAttachment(filename or "forwarded.eml", ctype, _payload_bytes(part),
                                                  inline=disposition != "attachment"))
            return
        if ctype == "message/delivery-status":
            out.delivery_status = _payload_text(part) if not part.is_multipart() else str(part)
            return
        if part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                for sub in payload:
                    if isinstance(sub, Message):
                        walk(sub, depth + 1)
            return
        is_attachment = disposition == "attachment" or (filename is not None and disposition != "inline")
        if not is_attachment and ctype == "text/plain" and out.text is None:
            out.text = _payload_text(part)
            if (part.get_param("format") or "").lower() == "flowed":
                out.text = unflow(out.text, (part.get_param("delsp") or "").lower() == "yes")
        elif not is_attachment and ctype == "text/html" and out.html is None:
            out.html = _payload_text(part)
        else:
            out.attachments.append(MimeAttachment(
                filename, ctype, _payload_bytes(part), inline=disposition == "inline",
                content_id=decode_str(part.get("Content-ID")),
            ))

    try:
        walk(msg, 0)
    except RecursionError:
        out.defects.append("MIME nesting too deep for the parser")
    except Exception as exc:  # never let one odd part lose the message
        out.defects.append(f"MIME walk stopped: {type(exc).__name__}: {exc}")
    return out
