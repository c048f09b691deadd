"""CSV/TSV: rows become a table (and lines for label search)."""
from __future__ import annotations

import csv
import io

from parsers.content import Content, Ctx, Table, TextLine
from parsers.formats.text import decode_text


def parse(data: bytes, ctx: Ctx) -> Content:
    text = decode_text(data)[: ctx.limits.max_text_chars * 2]
    try:
        dialect = csv.Sniffer().sniff(text[:20000], delimiters=";,\t|")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[str]] = []
    cells = 0
    content = Content()
    for row in csv.reader(io.StringIO(text), dialect):
        cells += len(row)
        if cells > ctx.limits.max_sheet_cells:
            content.errors.append(f"csv: more than {ctx.limits.max_sheet_cells} cells; rest not read (limit)")
            break
        rows.append([c.strip() for c in row])
    content.tables.append(Table(rows, {"sheet": "csv"}))
    content.lines = [TextLine("   ".join(c for c in r if c), {"line": i + 1}) for i, r in enumerate(rows) if any(r)]
    return content
