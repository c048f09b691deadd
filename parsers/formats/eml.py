"""message/rfc822 (forwarded mail, .eml attachments): body as text, attachments parsed recursively."""
from __future__ import annotations

from parsers.content import Child, Content, Ctx, TextLine
from parsers.formats.text import html_to_text, text_lines
from parsers.mime import parse_message


def parse(data: bytes, ctx: Ctx) -> Content:
    msg = parse_message(data, max_depth=ctx.limits.max_nesting_depth + 2)
    content = Content(meta={"body": True})
    head = [f"Subject: {msg.subject}" if msg.subject else "", f"From: {msg.from_addr}" if msg.from_addr else ""]
    body = msg.text or ""
    if not body.strip() and msg.html:
        body = html_to_text(msg.html, ctx.limits)
    lines = [h for h in head if h] + text_lines(body[: ctx.limits.max_text_chars])
    content.lines = [TextLine(t, {"line": i + 1}) for i, t in enumerate(lines)]
    for d in msg.defects:
        if "limit" in d:
            content.errors.append(f"mail: {d}")
    for i, att in enumerate(msg.attachments, 1):
        content.children.append(Child(att.filename or f"part{i}", att.data))
    return content
