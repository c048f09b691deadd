"""TNEF (winmail.dat): body and attachments are unpacked and parsed like normal mail parts."""
from __future__ import annotations

from parsers.content import Child, Content, Ctx, TextLine
from parsers.formats.text import decode_text, html_to_text, text_lines


def parse(data: bytes, ctx: Ctx) -> Content:
    import tnefparse

    tnef = tnefparse.TNEF(data, do_checksum=False)
    content = Content(meta={"body": True})
    body = tnef.body or b""
    text = decode_text(body) if isinstance(body, bytes) else str(body)
    if not text.strip() and getattr(tnef, "htmlbody", None):
        html = tnef.htmlbody
        text = html_to_text(decode_text(html) if isinstance(html, bytes) else str(html), ctx.limits)
    content.lines = [TextLine(t, {"line": i + 1}) for i, t in enumerate(text_lines(text[: ctx.limits.max_text_chars]))]
    total = 0
    for i, att in enumerate(tnef.attachments, 1):
        blob = att.data or b""
        total += len(blob)
        if total > ctx.limits.max_decompressed_bytes:
            content.errors.append("tnef: attachments exceed size limit; rest not read")
            break
        name = att.long_filename() or att.name or f"attachment{i}"
        if isinstance(name, bytes):
            name = name.decode("latin-1", "replace")
        content.children.append(Child(str(name).strip("\x00"), blob))
    return content
