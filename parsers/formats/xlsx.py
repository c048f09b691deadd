"""XLSX/XLSM via openpyxl read-only (zip checked for bombs first; defusedxml is installed, so openpyxl uses it)."""
from __future__ import annotations

import datetime as dt
import io
import warnings
from typing import Any

from parsers.content import Content, Ctx, LimitExceeded, Table, TextLine
from parsers.formats.ziputil import check_zip

MAX_COLS = 100  # order sheets are narrow; a forged dimension like A1:XFD1 must not create 16k cells per row


def cell_str(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        text = repr(value)
        # a numeric cell's "0.125" must not read as 125 thousand in a decimal-comma document: a fourth
        # decimal makes the point unambiguous
        return text + "0" if "e" not in text and len(text.rsplit(".", 1)[-1]) == 3 else text
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return " ".join(str(value).split())


def add_sheet(content: Content, name: str, rows: list[list[str]]) -> None:
    """Store a sheet as a table plus one line per non-empty row (cells joined by a column break)."""
    while rows and not any(rows[-1]):
        rows.pop()
    content.tables.append(Table(rows, {"sheet": name}))
    for r, row in enumerate(rows, 1):
        if any(row):
            content.lines.append(TextLine("   ".join(c for c in row if c), {"sheet": name, "row": r}))


def parse(data: bytes, ctx: Ctx) -> Content:
    import openpyxl

    check_zip(data, ctx.limits, "xlsx")
    content = Content()
    with warnings.catch_warnings():
        # openpyxl warns about missing styles/defined names; harmless for reading values
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    cells = 0
    try:
        for ws in wb.worksheets:
            rows: list[list[str]] = []
            try:
                for row in ws.iter_rows(values_only=True, max_col=MAX_COLS):
                    ctx.check_time()
                    cells += len(row)
                    if cells > ctx.limits.max_sheet_cells:
                        raise LimitExceeded(f"xlsx: more than {ctx.limits.max_sheet_cells} cells (limit)")
                    rows.append([cell_str(v) for v in row])
            except LimitExceeded as exc:
                content.errors.append(f"{exc}; rest of workbook not read")
                add_sheet(content, ws.title, rows)
                break
            except Exception as exc:  # one broken sheet: keep the others
                content.errors.append(f"xlsx sheet {ws.title!r}: unreadable ({type(exc).__name__})")
            add_sheet(content, ws.title, rows)
    finally:
        wb.close()
    return content
