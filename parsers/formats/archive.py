"""Zip archives: list entries, parse each one as its own file (limits on count, size, nesting)."""
from __future__ import annotations

from parsers.content import Child, Content, Ctx, TextLine
from parsers.formats.ziputil import check_zip, read_member


def parse(data: bytes, ctx: Ctx) -> Content:
    zf = check_zip(data, ctx.limits, "zip")
    content = Content()
    budget = ctx.limits.max_decompressed_bytes
    for info in zf.infolist():
        if info.is_dir():
            continue
        content.lines.append(TextLine(f"[zip entry] {info.filename} ({info.file_size} bytes)", {"entry": info.filename}))
        if info.flag_bits & 0x1:
            content.errors.append(f"{info.filename}: encrypted zip entry (password required)")
            continue
        try:
            blob = read_member(zf, info.filename, min(budget, ctx.limits.max_attachment_bytes))
        except Exception as exc:
            content.errors.append(f"{info.filename}: cannot extract ({exc})"[:200])
            continue
        budget -= len(blob)
        content.children.append(Child(info.filename, blob))
    return content
