"""Outlook .msg (an OLE2 compound file): subject, sender, body and attachments, read with olefile.

The MAPI properties mailbot needs are a handful of named streams ([MS-OXMSG]); the maintained
readers that wrap them are GPL-licensed, so this reads the streams through olefile (BSD) directly.
"""
from __future__ import annotations

import email.policy
import io
from email.message import EmailMessage

from parsers.content import Child, Content, Ctx, LimitExceeded, TextLine
from parsers.formats.text import decode_text, html_to_text, text_lines

# MAPI property ids ([MS-OXPROPS]) and stream type suffixes: 001F UTF-16LE, 001E 8-bit, 0102 binary.
SUBJECT, BODY, BODY_HTML = "0037", "1000", "1013"
SENDER_NAME, SENDER_EMAIL, SENDER_SMTP = "0C1A", "0C1F", "5D01"
DISPLAY_TO, HEADERS, MESSAGE_ID = "0E04", "007D", "1035"
ATTACH_DATA, ATTACH_LONG_NAME, ATTACH_NAME, ATTACH_MIME = "3701", "3707", "3704", "370E"


class _Props:
    """The string and binary properties of one message or attachment storage (a path prefix in the file)."""

    def __init__(self, ole, prefix: list[str]) -> None:  # type: ignore[no-untyped-def]
        self.ole, self.prefix = ole, prefix

    def _read(self, name: str) -> bytes | None:
        path = [*self.prefix, name]
        return self.ole.openstream(path).read() if self.ole.exists("/".join(path)) else None

    def text(self, prop: str) -> str:
        raw = self._read(f"__substg1.0_{prop}001F")
        if raw is not None:
            return raw.decode("utf-16-le", "replace").rstrip("\x00")
        raw = self._read(f"__substg1.0_{prop}001E")
        return decode_text(raw).rstrip("\x00") if raw is not None else ""

    def binary(self, prop: str) -> bytes | None:
        return self._read(f"__substg1.0_{prop}0102")


def _attachments(ole, prefix: list[str]) -> list[list[str]]:  # type: ignore[no-untyped-def]
    depth = len(prefix)
    found = {tuple(e[: depth + 1]) for e in ole.listdir(streams=True, storages=True)
             if len(e) > depth and list(e[:depth]) == prefix and e[depth].startswith("__attach_version1.0_#")}
    return [list(p) for p in sorted(found)]


def _message(ole, prefix: list[str], ctx: Ctx, depth: int, budget: list[int]) -> EmailMessage:  # type: ignore[no-untyped-def]
    """The stored message as an RFC 5322 message: what the rest of mailbot already knows how to read."""
    if depth > ctx.limits.max_nesting_depth:
        raise LimitExceeded("msg: messages nested too deeply")
    props = _Props(ole, prefix)
    msg = EmailMessage(policy=email.policy.default)
    # The original internet headers, when Outlook kept them (received mail), name sender and date exactly.
    headers = props.text(HEADERS)
    if headers:
        from email.parser import HeaderParser

        original = HeaderParser(policy=email.policy.compat32).parsestr(headers)
        for key in ("From", "To", "Cc", "Date", "Message-ID", "In-Reply-To", "References"):
            value = original.get(key)
            if value:
                try:
                    msg[key] = " ".join(str(value).split())
                except (ValueError, TypeError):
                    continue  # a header Outlook mangled is not worth the message
    if "From" not in msg:
        address = props.text(SENDER_SMTP) or props.text(SENDER_EMAIL)
        name = props.text(SENDER_NAME)
        if address and "@" in address:
            msg["From"] = f"{name} <{address}>" if name else address
    msg["Subject"] = " ".join(props.text(SUBJECT).split())
    body = props.text(BODY)
    html = props.binary(BODY_HTML) or props.text(BODY_HTML).encode()
    if body.strip():
        msg.set_content(body[: ctx.limits.max_text_chars])
    elif html:
        msg.set_content(html_to_text(decode_text(html), ctx.limits)[: ctx.limits.max_text_chars])
    else:
        msg.set_content("")
    for i, att_prefix in enumerate(_attachments(ole, prefix), 1):
        ctx.check_time()
        if i > ctx.limits.max_archive_entries:
            raise LimitExceeded(f"msg: more than {ctx.limits.max_archive_entries} attachments")
        att = _Props(ole, att_prefix)
        name = att.text(ATTACH_LONG_NAME) or att.text(ATTACH_NAME) or f"attachment{i}"
        data = att.binary(ATTACH_DATA)
        if data is None and ole.exists("/".join([*att_prefix, f"__substg1.0_{ATTACH_DATA}000D"])):
            # An attached Outlook item (a forwarded mail): its own storage, read the same way.
            inner = _message(ole, [*att_prefix, f"__substg1.0_{ATTACH_DATA}000D"], ctx, depth + 1, budget)
            msg.add_attachment(inner)
            continue
        if data is None:
            continue  # a link or an OLE object without a file behind it
        budget[0] += len(data)
        if budget[0] > ctx.limits.max_decompressed_bytes:
            raise LimitExceeded("msg: attachments exceed the size limit")
        maintype, _, subtype = (att.text(ATTACH_MIME) or "application/octet-stream").partition("/")
        msg.add_attachment(data, maintype=maintype or "application", subtype=subtype or "octet-stream",
                           filename=name.strip("\x00"))
    return msg


def to_email(data: bytes, ctx: Ctx) -> EmailMessage:
    import olefile

    if not olefile.isOleFile(io.BytesIO(data)):
        raise LimitExceeded("msg: not an OLE2 compound file")
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        return _message(ole, [], ctx, 0, [0])


def parse(data: bytes, ctx: Ctx) -> Content:
    msg = to_email(data, ctx)
    content = Content(meta={"body": True})
    head = [f"Subject: {msg['Subject']}" if msg["Subject"] else "", f"From: {msg['From']}" if msg["From"] else ""]
    body_part = msg.get_body(preferencelist=("plain",))
    body = body_part.get_content() if body_part is not None else ""
    lines = [h for h in head if h] + text_lines(body)
    content.lines = [TextLine(t, {"line": i + 1}) for i, t in enumerate(lines)]
    for i, part in enumerate(msg.iter_attachments(), 1):
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            subject = str(inner.get("Subject") or f"message{i}")
            content.children.append(Child(f"{subject[:80]}.eml", inner.as_bytes(policy=email.policy.SMTP)))
        else:
            content.children.append(Child(part.get_filename() or f"attachment{i}", part.get_payload(decode=True) or b""))
    return content
