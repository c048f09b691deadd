"""PDF: embedded e-invoice/e-order XML first; pdfplumber words/tables for layout; pypdfium2 for fast plain text.

Measured with `python -m bench.parse` (2 cores, loaded machine), whole-document text:
  senate-expenditures (1 p)      pypdfium2 23 ms   pdfplumber 923 ms  (40x)
  nics-background-checks (1 p)   pypdfium2 15 ms   pdfplumber 552 ms  (37x)
  issue-67-example (22 p)        pypdfium2 209 ms  pdfplumber 4082 ms (20x)
  EN16931_1_Teilrechnung (3 p)   pypdfium2 3 ms    pdfplumber 282 ms  (94x)
So pypdfium2 gives the classifier its text, a cheap probe on that text decides whether the page is a
business document at all, and only then pdfplumber (capped to the first pages) supplies word positions
and ruled tables for line items.
"""
from __future__ import annotations

import io
import logging
import re
import unicodedata
from typing import Any

from parsers.content import Child, Content, Ctx, Table, TextLine
from parsers.structured import StructuredError, document_from_xml

# embedded XML names in order of preference (ZUGFeRD 2/Factur-X over ZUGFeRD 1 when both exist)
STRUCTURED_NAMES = {
    "factur-x.xml": "factur-x", "xrechnung.xml": "xrechnung", "zugferd-invoice.xml": "zugferd2",
}
VISIBLE_PAGE_CAP = 15  # orders/invoices are short; a 200-page report needs no table extraction
SIGNATURE_WORDS = ("signature", "signed", "unterschrift", "firma", "签字", "签名", "盖章", "signé", "signe")

log = logging.getLogger(__name__)


def _quiet_pdf_loggers() -> None:
    # pdfminer/pypdf log every recoverable syntax error at WARNING; the error we record is enough
    for name in ("pdfminer", "pypdf"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _attachments(reader: Any, content: Content, ctx: Ctx) -> None:
    try:
        attachments = reader.attachments
    except Exception as exc:  # broken name tree: record, read the visible page anyway
        content.errors.append(f"pdf: cannot read embedded files ({type(exc).__name__})")
        return
    xml_found: list[tuple[int, str, str, bytes]] = []
    for name, blobs in attachments.items():
        for blob in blobs[:1]:
            low = name.lower()
            if low.endswith(".xml"):
                rank = list(STRUCTURED_NAMES).index(low) if low in STRUCTURED_NAMES else 99
                xml_found.append((rank, name, STRUCTURED_NAMES.get(low, "cii"), blob))
            else:
                content.children.append(Child(name=name, data=blob))
    xml_found.sort(key=lambda t: t[0])
    for _rank, name, label, blob in xml_found:
        try:
            doc = document_from_xml(blob, label_hint=label, max_depth=ctx.limits.max_xml_depth)
        except StructuredError as exc:
            content.errors.append(f"embedded {name}: {exc}")
            continue
        if doc is None:
            continue  # an additional-data XML, not the invoice
        doc.evidence.setdefault("structured", {})["embedded_file"] = name
        if content.structured:
            content.errors.append(f"embedded {name}: second e-invoice XML ignored")
            continue
        content.structured.append(doc)


def _signature_fields(reader: Any) -> bool | None:
    try:
        fields = reader.get_fields() or {}
    except Exception:
        return None
    sig = [f for f in fields.values() if f.get("/FT") == "/Sig"]
    if not sig:
        return None
    return any(f.get("/V") for f in sig)


def _plain_text(data: bytes, ctx: Ctx, content: Content) -> str:
    import pypdfium2 as pdfium

    parts: list[str] = []
    pdf = pdfium.PdfDocument(data, password="")
    try:
        n = len(pdf)
        if n > ctx.limits.max_pages:
            content.errors.append(f"pdf has {n} pages; only the first {ctx.limits.max_pages} read (limit)")
        for i in range(min(n, ctx.limits.max_pages)):
            ctx.check_time()
            page = pdf[i]
            tp = page.get_textpage()
            parts.append(tp.get_text_bounded().replace("\r\n", "\n").replace("\r", "\n"))
            tp.close()
            page.close()
    finally:
        pdf.close()
    return fold_radicals("\n".join(parts))


# some PDF fonts map Chinese characters to the look-alike radical code points (Kangxi radicals, U+2F00-2FD5,
# and the CJK radicals supplement, U+2E80-2EF3): "⻘岛" is "青岛". NFKC folds the Kangxi block; the supplement
# has no compatibility mapping, so its simplified-form radicals that are also whole characters are listed
_RADICALS = {0x2E9F: "母", 0x2EA0: "民", 0x2EC4: "西", 0x2EC5: "见", 0x2EC6: "角", 0x2EC9: "贝", 0x2ECB: "车",
             0x2ED3: "长", 0x2ED4: "门", 0x2ED8: "青", 0x2EDA: "页", 0x2EDB: "风", 0x2EDC: "飞", 0x2EE2: "马",
             0x2EE3: "骨", 0x2EE4: "鬼", 0x2EE5: "鱼", 0x2EE6: "鸟", 0x2EE8: "麦", 0x2EE9: "黄", 0x2EEC: "齐",
             0x2EEE: "齿", 0x2EF0: "龙", 0x2EF3: "龟"}
_RADICAL_RE = re.compile("[\u2e80-\u2fdf]")


def fold_radicals(text: str) -> str:
    """Radical look-alikes to the characters they stand for (one character for one: positions stay)."""
    if not _RADICAL_RE.search(text):
        return text

    def one(m: re.Match[str]) -> str:
        ch = m.group()
        folded = _RADICALS.get(ord(ch)) or unicodedata.normalize("NFKC", ch)
        return folded if len(folded) == 1 else ch

    return _RADICAL_RE.sub(one, text)


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


CELL_GAP = 0.6  # points between two glyphs of one word are ~0; a visible gap inside a "word" is a cell border


def _word_boxes(w: dict[str, Any]) -> list[tuple[float, float, str]]:
    """A word's box, split where Latin letters meet CJK ("Unit单价") or at a gap between glyphs: cells of a
    printed spreadsheet have almost no padding ("10" right-aligned next to "22.848.85"), and pdfplumber
    glues touching cells into one word."""
    chars = w.get("chars") or []
    if len(chars) < 2 or "".join(c.get("text", "") for c in chars) != w["text"]:
        return [(float(w["x0"]), float(w["x1"]), w["text"])]
    out: list[tuple[float, float, str]] = []
    start = 0
    for k in range(1, len(chars) + 1):
        if k < len(chars):
            a, b = chars[k - 1]["text"], chars[k]["text"]
            gap = float(chars[k]["x0"]) - float(chars[k - 1]["x1"])
            # letters keep together across gaps (some fonts space or kern "Beschr eibung"); a gap next to a
            # digit, or a glyph far over its neighbour (a clipped overflowing cell), is a cell border
            border = not (a.isalpha() and b.isalpha()) and not -1.0 <= gap <= CELL_GAP
            if not (a.isalpha() and b.isalpha() and _is_cjk(a) != _is_cjk(b)) and not border:
                continue
        part = chars[start:k]
        out.append((float(part[0]["x0"]), float(part[-1]["x1"]), "".join(c["text"] for c in part)))
        start = k
    return out


def _words_to_lines(words: list[dict[str, Any]], page_no: int) -> list[TextLine]:
    """Cluster words into lines by vertical position; wide gaps become 3 spaces (column breaks)."""
    for w in words:
        w["text"] = fold_radicals(w["text"])
        for c in w.get("chars") or []:
            c["text"] = fold_radicals(c.get("text", ""))
    words = sorted(words, key=lambda w: (round(w["top"]), w["x0"]))
    rows: list[list[dict[str, Any]]] = []
    for w in words:
        if rows and abs(rows[-1][0]["top"] - w["top"]) <= 3:
            rows[-1].append(w)
        else:
            rows.append([w])
    out = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        text = row[0]["text"]
        xs = [float(row[0]["x0"])]
        for prev, w in zip(row, row[1:], strict=False):
            size = max(prev.get("bottom", 0) - prev.get("top", 0), 6)
            gap = w["x0"] - prev["x1"]
            # a word space is ~0.25 em; anything wider than 0.8 em is a column gap
            wide = gap > max(size * 0.8, 5)
            text += ("   " if wide else " ") + w["text"]
            if wide:
                xs.append(float(w["x0"]))
        boxes = [b for w in row for b in _word_boxes(w)]
        out.append(TextLine(text, {"page": page_no, "x0": round(row[0]["x0"]), "top": round(row[0]["top"])}, xs,
                            boxes))
    return out


def _slanted(obj: dict[str, Any]) -> bool:
    """A glyph set at an angle that is not a multiple of 90° (a rubber stamp, a watermark)."""
    m = obj.get("matrix") if obj.get("object_type") == "char" else None
    if not m:
        return False
    scale = max(abs(m[0]), abs(m[1]), 1e-9)
    return abs(m[0]) / scale > 0.02 and abs(m[1]) / scale > 0.02


def _visible(data: bytes, ctx: Ctx, content: Content) -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data), password="") as pdf:
        pages = pdf.pages[: min(ctx.limits.max_pages, VISIBLE_PAGE_CAP)]
        for pno, page in enumerate(pages, 1):
            ctx.check_time()
            try:
                # a slanted stamp ("SURRENDERED", "PAID") spans several text lines: read with them, its glyphs chain
                # those lines into one and split their words letter by letter, so it is read on its own
                if any(_slanted(c) for c in page.chars):
                    words = [*page.filter(lambda o: not _slanted(o)).extract_words(x_tolerance=1.5, y_tolerance=3,
                                                                                      return_chars=True),
                             *page.filter(_slanted).extract_words(x_tolerance=1.5, y_tolerance=3, return_chars=True)]
                else:  # the usual page: one pass, no filtered copy of it
                    words = page.extract_words(x_tolerance=1.5, y_tolerance=3, return_chars=True)
                lines = _words_to_lines(words, pno)
                content.lines.extend(lines)
                for t in page.find_tables():
                    rows = [[fold_radicals((c or "").strip()) for c in r] for r in t.extract()]
                    if rows and len(rows[0]) >= 2:
                        content.tables.append(Table(rows, {"page": pno}))
                if content.signed is None and page.images:
                    content.signed = _image_near_signature(page, words)
            except Exception as exc:  # one broken page must not lose the others
                content.errors.append(f"pdf page {pno}: cannot read layout ({type(exc).__name__})")


def _image_near_signature(page: Any, words: list[dict[str, Any]]) -> bool | None:
    labels = [w for w in words if any(s in w["text"].lower() for s in SIGNATURE_WORDS)]
    if not labels:
        return None
    for img in page.images:
        for w in labels:
            # an image just above, on or below a signature label (within ~120 pt) is a signature/stamp
            if abs(img["top"] - w["top"]) < 120 and img["x1"] > w["x0"] - 50:
                return True
    return None


def _looks_like_business(content: Content, ctx: Ctx) -> bool:
    from parsers.extract.document import extract_document

    probe = Content(lines=[TextLine(t, {"page": 1}) for t in (content.plain_text or "").splitlines()[:3000]])
    try:
        return extract_document(probe, ctx, source="probe") is not None
    except Exception:  # a probe bug must not cost the page: do the full layout pass
        return True


def parse(data: bytes, ctx: Ctx) -> Content:
    """Read a PDF into Content (structured docs, lines, tables, plain text, attachments)."""
    import pypdf

    _quiet_pdf_loggers()
    content = Content()
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # many "protected" PDFs only have an owner password: the empty user password opens them
            try:
                opened = reader.decrypt("")
            except Exception:
                opened = 0
            if not opened:
                content.errors.append("encrypted PDF (password required)")
                content.failed = True
                return content
        if ctx.use_structured:
            _attachments(reader, content, ctx)
        else:
            try:
                content.children.extend(Child(n, b[0]) for n, b in reader.attachments.items()
                                        if b and not n.lower().endswith(".xml"))
            except Exception as exc:
                content.errors.append(f"pdf: cannot read embedded files ({type(exc).__name__})")
        content.signed = _signature_fields(reader)
    except Exception as exc:
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            content.errors.append("encrypted PDF (password required)")
            content.failed = True
            return content
        # pypdf is strict about some damage that pdfium/pdfminer survive: go on with those
        content.meta["pypdf_error"] = f"{type(exc).__name__}: {exc}"[:200]
    try:
        content.plain_text = _plain_text(data, ctx, content)
    except Exception as exc:
        msg = str(exc)
        if "password" in msg.lower():
            content.errors.append("encrypted PDF (password required)")
            content.failed = True
            return content
        content.errors.append(f"pdf: text layer unreadable ({type(exc).__name__}: {msg.splitlines()[0] if msg else ''})"[:200])
        content.plain_text = None
    if not content.structured and content.plain_text is not None and not _looks_like_business(content, ctx):
        # the layout pass (pdfplumber) is the slow part; when the plain text shows no business document
        # at all, its word positions would not find one either
        content.lines = [TextLine(t, {"line": i + 1}) for i, t in enumerate(content.plain_text.splitlines())]
        content.meta["layout"] = "skipped: no business document in the text"
    elif not content.structured:
        try:
            _visible(data, ctx, content)
        except Exception as exc:
            if content.plain_text is None:
                content.failed = True
                content.errors = [f"pdf: cannot read file ({type(exc).__name__})"]
                if "pypdf_error" in content.meta:
                    content.errors[0] += f"; {content.meta['pypdf_error']}"
                return content
            content.errors.append(f"pdf: layout unreadable ({type(exc).__name__}); used plain text")
            content.lines = [TextLine(t, {"line": i + 1}) for i, t in enumerate(content.plain_text.splitlines())]
    elif content.plain_text:
        content.lines = [TextLine(t, {"line": i + 1}) for i, t in enumerate(content.plain_text.splitlines())]
    if content.plain_text is not None and not content.plain_text.strip() and not content.structured:
        _scanned(data, ctx, content)
    return content


def _scanned(data: bytes, ctx: Ctx, content: Content) -> None:
    """No text layer: a scan. Tesseract reads the rendered pages (parsers/formats/ocr.py)."""
    from parsers.formats import ocr

    if not ctx.limits.ocr or not ocr.available():
        why = "switched off" if not ctx.limits.ocr else "not installed: tesseract-ocr"
        content.errors.append(f"pdf has no text layer (scanned image?); OCR {why}")
        return
    content.lines = []
    ocr.ocr_pdf(data, ctx, content)
