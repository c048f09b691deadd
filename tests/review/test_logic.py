"""Pure logic of the review queue: value checks, sanitising, spreadsheet limits, type sniffing, redirects."""
from __future__ import annotations

import io
import zipfile

import pytest

from mailbot.errors import ReviewError
from mailbot.review.render import sanitise_email_html, sniff_inline_type, spreadsheet_view
from mailbot.review.service import normalise_value
from mailbot.review.web import _safe_next


@pytest.mark.parametrize(("kind", "raw", "expected"), [
    ("money", " 1234.5 ", "1234.5"), ("money", "-3.00", "-3.00"), ("number", "12", 12), ("number", "2.5", 2.5),
    ("date", "2026-02-28", "2026-02-28"), ("currency", "eur", "EUR"), ("country", "de", "DE"),
    ("text", "  ACME  ", "ACME"), ("text", "", None), ("money", None, None),
])
def test_normalise_accepts(kind: str, raw: object, expected: object) -> None:
    assert normalise_value(kind, raw, what="x") == expected


@pytest.mark.parametrize(("kind", "raw"), [
    ("money", "1,234.50"), ("money", "NaN"), ("money", "Infinity"), ("money", "1e99"), ("number", "ten"),
    ("date", "31.02.2026"), ("date", "2026-02-30"), ("currency", "EURO"), ("country", "DEU"), ("text", "x" * 2001),
    ("number", True),
])
def test_normalise_refuses_with_a_clear_message(kind: str, raw: object) -> None:
    with pytest.raises(ReviewError) as err:
        normalise_value(kind, raw, what="line 2 quantity")
    assert "line 2 quantity" in str(err.value)


def test_sanitise_removes_everything_that_could_run() -> None:
    html = ('<p onclick="x()">Hi <b>there</b></p><script>alert(1)</script><img src=x onerror=alert(2)>'
            '<a href="javascript:alert(3)">a</a><a href="https://example.com/">ok</a><iframe src="//x"></iframe>'
            '<style>body{background:url(javascript:alert(4))}</style><svg onload=alert(5)></svg>'
            '<form action="https://evil/"><input name=p></form><object data="x.swf"></object>')
    out = sanitise_email_html(html)
    low = out.lower()
    for bad in ("<script", "onerror", "onclick", "onload", "javascript:", "<iframe", "<object", "<form", "<svg"):
        assert bad not in low, bad
    assert "<b>there</b>" in out and 'href="https://example.com/"' in out


def test_sniffing_ignores_declared_names() -> None:
    assert sniff_inline_type(b"%PDF-1.7\n...") == "application/pdf"
    assert sniff_inline_type(b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert sniff_inline_type(b"<html><script>alert(1)</script>") is None
    assert sniff_inline_type(b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>") is None


def _xlsx(rows: int, cols: int) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for r in range(rows):
        ws.append([f"r{r}c{c}" for c in range(cols)])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_spreadsheet_view_is_cell_limited() -> None:
    view = spreadsheet_view(_xlsx(100, 20), max_decompressed_bytes=10**8, max_cells=500)
    assert view.error is None and len(view.sheets) == 1
    sheet = view.sheets[0]
    assert sheet.truncated and sum(len(r) for r in sheet.rows) <= 500 and sheet.rows[0][0] == "r0c0"


def test_spreadsheet_view_refuses_bombs_and_garbage() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", b"<" + b"a" * 5_000_000)
    bomb = spreadsheet_view(buf.getvalue(), max_decompressed_bytes=1_000_000)
    assert bomb.error and "over the limit" in bomb.error and not bomb.sheets
    broken = spreadsheet_view(b"PK\x03\x04 not really a zip", max_decompressed_bytes=10**8)
    assert broken.error and broken.error.startswith("cannot read spreadsheet")


@pytest.mark.parametrize(("target", "expected"), [
    ("/cases/3", "/cases/3"), ("//evil.example/", "/"), ("/\\evil.example", "/"), ("https://evil.example/", "/"),
    ("", "/"), (None, "/"),
])
def test_login_redirect_stays_on_site(target: str | None, expected: str) -> None:
    assert _safe_next(target) == expected
