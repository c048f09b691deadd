"""DOCX via python-docx: header, then paragraphs and tables in document order (zip checked first)."""
from __future__ import annotations

import io

from parsers.content import Content, Ctx, Table, TextLine
from parsers.formats.ziputil import check_zip

SIGNATURE_WORDS = ("signature", "signed", "unterschrift", "firma", "签字", "签名", "signé")


def parse(data: bytes, ctx: Ctx) -> Content:
    import docx
    from docx.table import Table as DocxTable

    check_zip(data, ctx.limits, "docx")
    content = Content()
    document = docx.Document(io.BytesIO(data))
    try:
        for section in document.sections[:3]:
            for p in section.header.paragraphs:
                content.lines.extend(TextLine(t.strip(), {"part": "header"}) for t in p.text.split("\n") if t.strip())
    except Exception as exc:  # odd producers write broken header parts; the body still counts
        content.errors.append(f"docx header unreadable ({type(exc).__name__})")
    last_sig_line = -99
    para_no = 0
    for block in document.iter_inner_content():
        ctx.check_time()
        if isinstance(block, DocxTable):
            pending = [block]
            while pending:
                table = pending.pop(0)
                rows = []
                for row in table.rows:
                    cells: list[str] = []
                    prev_tc = None
                    for cell in row.cells:
                        text = "\n".join(" ".join(p.split()) for p in cell.text.split("\n") if p.strip())
                        # merged cells repeat the same cell element; keep one copy (equal texts in two real
                        # cells, a unit price equal to the amount at quantity 1, are two values)
                        cells.append("" if cell._tc is prev_tc else text)
                        if cell._tc is not prev_tc and len(content.tables) + len(pending) < 200:
                            # a table inside a cell (a caption/value grid beside an address) is not in
                            # cell.text: read it as a table of its own, after this one
                            pending.extend(cell.tables)
                        prev_tc = cell._tc
                    rows.append(cells)
                content.tables.append(Table(rows, {"table": len(content.tables) + 1}))
                for row in rows:
                    # render a row like the page shows it: line k holds the k-th line of every cell
                    parts = [c.split("\n") for c in row]
                    for k in range(max((len(p) for p in parts), default=0)):
                        text = "   ".join(p[k] for p in parts if k < len(p) and p[k])
                        if text:
                            content.lines.append(TextLine(text, {"table": len(content.tables)}))
            continue
        para_no += 1
        text = block.text.strip()
        has_image = bool(block._p.xpath(".//w:drawing | .//w:pict"))
        for part in text.split("\n"):  # soft line breaks separate address lines
            if part.strip():
                content.lines.append(TextLine(part.strip(), {"paragraph": para_no}))
            if any(w in text.lower() for w in SIGNATURE_WORDS):
                last_sig_line = para_no
        # a picture within three paragraphs after a signature label is a scanned signature or stamp
        if has_image and 0 <= para_no - last_sig_line <= 3:
            content.signed = True
        if len(content.lines) * 80 > ctx.limits.max_text_chars:
            content.errors.append("docx: text exceeds limit; rest not read")
            break
    return content
