"""OpenDocument (ods/odt) read by streaming content.xml with defusedxml; repeated rows/cells are capped."""
from __future__ import annotations

import io

from defusedxml.ElementTree import iterparse

from parsers.content import Content, Ctx, LimitExceeded, Table, TextLine
from parsers.formats.xlsx import MAX_COLS, add_sheet
from parsers.formats.ziputil import check_zip, read_member

T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
MAX_REPEAT = 50  # "number-rows-repeated=1048576" of non-empty rows is a DoS pattern, not data


def _content_xml(data: bytes, ctx: Ctx, what: str) -> bytes:
    zf = check_zip(data, ctx.limits, what)
    names = set(zf.namelist())
    if "META-INF/manifest.xml" in names:
        manifest = read_member(zf, "META-INF/manifest.xml", 1024 * 1024)
        if b"encryption-data" in manifest:
            raise LimitExceeded(f"encrypted {what} (password protected)")
    return read_member(zf, "content.xml", ctx.limits.max_decompressed_bytes)


def _cell_text(cell: object) -> str:
    value = cell.get(OFFICE + "value") or cell.get(OFFICE + "date-value") or cell.get(OFFICE + "boolean-value")  # type: ignore[attr-defined]
    text = " ".join(" ".join(p.itertext()) for p in cell.iter(TX + "p"))  # type: ignore[attr-defined]
    if cell.get(OFFICE + "value-type") in ("float", "currency", "percentage") and value:  # type: ignore[attr-defined]
        # as for xlsx numbers: "0.125" gets a fourth decimal so that a decimal-comma document cannot read 125
        frac = value.rsplit(".", 1)[1] if "." in value and "e" not in value.lower() else ""
        return value + "0" if len(frac) == 3 else value
    if cell.get(OFFICE + "value-type") == "date" and value:  # type: ignore[attr-defined]
        return value[:10]
    return " ".join(text.split()) or (value or "")


def parse_ods(data: bytes, ctx: Ctx) -> Content:
    xml = _content_xml(data, ctx, "ods")
    content = Content()
    cells = 0
    sheet_name = ""
    rows: list[list[str]] = []
    for event, el in iterparse(io.BytesIO(xml), events=("start", "end"), forbid_entities=True, forbid_external=True):
        if event == "start":
            if el.tag == T + "table":
                sheet_name, rows = el.get(T + "name") or f"sheet{len(content.tables) + 1}", []
            continue
        if el.tag == T + "table-row":
            ctx.check_time()
            row: list[str] = []
            for cell in el:
                if cell.tag not in (T + "table-cell", T + "covered-table-cell"):
                    continue
                rep = int(cell.get(T + "number-columns-repeated") or 1)
                value = _cell_text(cell)
                # repeated empty cells keep their count: collapsing them would shift the next cells' columns
                row.extend([value] * max(0, min(rep, MAX_COLS - len(row))))
                if len(row) >= MAX_COLS:
                    break
            while row and not row[-1]:
                row.pop()
            rep_rows = int(el.get(T + "number-rows-repeated") or 1)
            if row:
                for _ in range(min(rep_rows, MAX_REPEAT)):
                    rows.append(row)
                    cells += len(row)
            elif rep_rows < 1000:
                rows.extend([[]] * min(rep_rows, 5))
            if cells > ctx.limits.max_sheet_cells:
                content.errors.append(f"ods: more than {ctx.limits.max_sheet_cells} cells (limit); rest not read")
                add_sheet(content, sheet_name, rows)
                return content
            el.clear()
        elif el.tag == T + "table":
            add_sheet(content, sheet_name, rows)
            el.clear()
    return content


def parse_odt(data: bytes, ctx: Ctx) -> Content:
    xml = _content_xml(data, ctx, "odt")
    content = Content()
    depth_table = 0
    for event, el in iterparse(io.BytesIO(xml), events=("start", "end"), forbid_entities=True, forbid_external=True):
        if el.tag == T + "table":
            if event == "start":
                depth_table += 1
                continue
            depth_table -= 1
            rows = [[" ".join(" ".join(c.itertext()).split()) for c in r if c.tag == T + "table-cell"]
                    for r in el.iter(T + "table-row")]
            content.tables.append(Table(rows, {"table": len(content.tables) + 1}))
            for row in rows:
                content.lines.append(TextLine("   ".join(c for c in row if c), {"table": len(content.tables)}))
            el.clear()
        elif event == "end" and el.tag in (TX + "p", TX + "h") and depth_table == 0:
            text = " ".join("".join(el.itertext()).split())
            content.lines.append(TextLine(text, {"line": len(content.lines) + 1}))
    return content
