"""Showing hostile content safely: sanitised mail HTML, spreadsheets as bounded tables, attachment types."""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import nh3

MAX_SHEETS = 5
MAX_CELLS = 5000  # per sheet shown; the whole file is one click away
MAX_CELL_CHARS = 200

_INLINE_TYPES = {
    b"%PDF-": "application/pdf",
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
}


def sniff_inline_type(data: bytes) -> str | None:
    """The media type to show a file inline as, judged from its bytes (never the declared type), else None."""
    head = data[:1024]
    for magic, media in _INLINE_TYPES.items():
        if head.startswith(magic):
            return media
    # PDFs may carry junk before the header; readers accept it within the first kilobyte.
    if b"%PDF-" in head:
        return "application/pdf"
    return None


def is_xlsx(data: bytes) -> bool:
    if not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "xl/workbook.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def sanitise_email_html(html: str) -> str:
    """Mail HTML with scripts, event handlers, forms and javascript: links removed (ammonia via nh3).

    The result is still only ever shown in a sandboxed frame under a CSP that forbids scripts: two
    independent layers, so one bug in either does not run a partner's (or an attacker's) code.
    """
    cleaned = nh3.clean(html, url_schemes={"http", "https", "mailto", "cid"}, link_rel="noopener noreferrer nofollow",
                        strip_comments=True)
    return ("<!doctype html><html><head><meta charset=\"utf-8\"><base target=\"_blank\"></head>"
            f"<body>{cleaned}</body></html>")


@dataclass
class SheetView:
    name: str
    rows: list[list[str]] = field(default_factory=list)
    truncated: bool = False


@dataclass
class WorkbookView:
    sheets: list[SheetView] = field(default_factory=list)
    error: str | None = None
    more_sheets: bool = False


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes") if (value.hour or value.minute) else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return text if len(text) <= MAX_CELL_CHARS else text[:MAX_CELL_CHARS] + "…"


def spreadsheet_view(data: bytes, *, max_decompressed_bytes: int, max_cells: int = MAX_CELLS) -> WorkbookView:
    """The first sheets of an .xlsx as rows of text, read-only and cell-limited; problems become .error."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            total = sum(info.file_size for info in zf.infolist())
        if total > max_decompressed_bytes:
            return WorkbookView(error=f"not shown: unpacks to {total} bytes, over the limit")
        from openpyxl import load_workbook

        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # any broken file is the partner's problem, not a crash of the page
        return WorkbookView(error=f"cannot read spreadsheet: {type(exc).__name__}: {str(exc)[:200]}")
    view = WorkbookView()
    try:
        for index, ws in enumerate(wb.worksheets):
            if index >= MAX_SHEETS:
                view.more_sheets = True
                break
            sheet = SheetView(name=str(ws.title))
            cells = 0
            for row in ws.iter_rows(values_only=True):
                values = [_cell_text(v) for v in row]
                while values and values[-1] == "":
                    values.pop()
                if cells + max(1, len(values)) > max_cells:
                    sheet.truncated = True
                    break
                cells += max(1, len(values))
                sheet.rows.append(values)
            while sheet.rows and not sheet.rows[-1]:
                sheet.rows.pop()
            view.sheets.append(sheet)
    except Exception as exc:
        view.error = f"spreadsheet partly unreadable: {type(exc).__name__}: {str(exc)[:200]}"
    finally:
        wb.close()
    return view
