"""Holdout document layouts L11-L20, each modelled on a real-world family, written with python-docx, openpyxl or HTML."""
from __future__ import annotations

import datetime as dt
import html
import io
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import docx
import openpyxl
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.corpus.docs import Doc, Line, normalize_zip

CENT = Decimal("0.01")


@dataclass(frozen=True)
class House:
    """How one partner's paperwork prints numbers and dates (and in which language)."""

    lang: str
    num: str  # en 1,234.56 | de 1.234,56 | fr 1 234,56 | plain 1234.56
    date: str  # dot 05.03.2026 | iso 2026-03-05 | slash_dmy 05/03/2026 | dash_dmy 05-03-2026 | mon 5 Mar 2026
    #            | usmon Mar 5, 2026 | zh_slash 2026/03/05 | bl 05 MAR 2026 | fr_long 5 mars 2026


@dataclass(frozen=True)
class Rendered:
    producer: str  # docx | xlsx | html (html goes to Chromium, the others to LibreOffice for PDFs)
    data: bytes


def num(value: Decimal, style: str) -> str:
    s = f"{value.quantize(CENT, rounding=ROUND_HALF_UP):,.2f}"
    if style == "de":
        return s.replace(",", "X").replace(".", ",").replace("X", ".")
    if style == "fr":
        # French typesetting: a no-break space between thousands, as Word and web shops print it.
        return s.replace(",", "\u00a0").replace(".", ",")
    if style == "plain":
        return s.replace(",", "")
    return s


MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def day(d: dt.date, style: str) -> str:
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "slash_dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dash_dmy":
        return d.strftime("%d-%m-%Y")
    if style == "mon":
        return f"{d.day} {MON_EN[d.month - 1]} {d.year}"
    if style == "usmon":
        return f"{MON_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "zh_slash":
        return d.strftime("%Y/%m/%d")
    if style == "bl":
        return f"{d.day:02d} {MON_EN[d.month - 1].upper()} {d.year}"
    if style == "fr_long":
        return f"{d.day} {MOIS[d.month - 1]} {d.year}"
    return d.isoformat()


def extra(doc: Doc, key: str) -> str | None:
    return next((v for k, v in doc.extra if k == key), None)


def delivery_of(doc: Doc, i: int) -> dt.date:
    """A requested delivery date per line (staggered, as real schedules are)."""
    return doc.date + dt.timedelta(days=42 + 7 * (i % 3))


def hs_code(ln: Line) -> str:
    """A plausible 8-digit HS code per product family (first letters of the description)."""
    codes = ["84122180", "84818085", "84821010", "85014080", "73158900", "40093100", "84213900", "73269098",
             "84834059", "39269097"]
    return codes[sum(map(ord, ln.description.split(" ")[0])) % len(codes)]


# ------------------------------------------------------------------------------------------------
# python-docx helpers

def new_docx(author: str, font: str = "Liberation Sans", size: float = 9) -> docx.document.Document:
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.core_properties.modified = dt.datetime(2026, 1, 1)
    d.core_properties.last_modified_by = ""
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    for s in d.sections:
        s.left_margin = s.right_margin = Inches(0.8)
        s.top_margin = s.bottom_margin = Inches(0.7)
    return d


def para(d: object, text: str = "", *, bold: bool = False, size: float | None = None,
         align: str | None = None, italic: bool = False, color: str | None = None) -> object:
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def put(cell: object, text: str, *, bold: bool = False, align: str | None = None, size: float | None = None) -> None:
    """Replace a cell's text; several lines become several paragraphs as Word users type them."""
    lines = text.split("\n")
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def repeat_header(row: object) -> None:
    """Mark a table row as header row, so Word and LibreOffice repeat it on every page."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def keep_row(row: object) -> None:
    """A row that must not break across pages (a totals row split from its amount reads wrong)."""
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def shade(cell: object, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    el = OxmlElement("w:shd")
    el.set(qn("w:val"), "clear")
    el.set(qn("w:color"), "auto")
    el.set(qn("w:fill"), fill)
    tc_pr.append(el)


def widths(table: object, inches: list[float]) -> None:
    table.autofit = False
    # LibreOffice lays out from the grid, Word from the cells: set both or columns come out equal.
    for gc, w in zip(table._tbl.tblGrid.gridCol_lst, inches, strict=False):
        gc.w = Inches(w)
    for row in table.rows:
        for cell, w in zip(row.cells, inches, strict=False):
            cell.width = Inches(w)


def save_docx(d: object) -> Rendered:
    out = io.BytesIO()
    d.save(out)
    return Rendered("docx", normalize_zip(out.getvalue()))


def save_xlsx(wb: openpyxl.Workbook) -> Rendered:
    out = io.BytesIO()
    wb.save(out)
    return Rendered("xlsx", normalize_zip(out.getvalue()))


def new_xlsx(creator: str, title: str) -> tuple[openpyxl.Workbook, object]:
    wb = openpyxl.Workbook()
    wb.properties.creator = creator
    wb.properties.created = dt.datetime(2026, 1, 1)
    wb.properties.modified = dt.datetime(2026, 1, 1)
    ws = wb.active
    ws.title = title[:31]
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    return wb, ws


def addr_lines(party: object) -> str:
    return party.name + "\n" + party.address.replace(", ", "\n", 1)


# ------------------------------------------------------------------------------------------------
# L11: SAP-style purchase order (docx). Title, number/date box top right, vendor window, deliver-to,
# Item/Material/Description/Qty/UoM/Net price/Net value with delivery dates, terms in small print.

L11_TEXT = {
    "en": {"title": "Purchase Order", "no": "PO Number", "date": "PO Date", "vendor": "Vendor", "vno": "Vendor No.",
           "contact": "Contact person", "deliver": "Please deliver to:", "item": "Item", "mat": "Material",
           "desc": "Description", "qty": "Order Qty", "uom": "UoM", "price": "Net Price", "value": "Net Value",
           "deldate": "Delivery Date", "cur": "Currency", "inco": "Incoterms", "pay": "Terms of Payment",
           "quote": "Your quotation", "total": "Total net value excl. tax",
           "small": ("Please quote our PO number and item on all delivery notes, invoices and correspondence. "
                     "Deliveries are accepted Mon-Fri 08:00-15:00. Our general terms of purchase apply; "
                     "conflicting terms of the vendor are not accepted. This document was generated electronically "
                     "and is valid without signature."),
           "page": "Page"},
    "de": {"title": "Bestellung", "no": "Bestellnummer", "date": "Bestelldatum", "vendor": "Lieferant",
           "vno": "Lieferantennr.", "contact": "Ansprechpartner", "deliver": "Lieferanschrift:", "item": "Pos.",
           "mat": "Material", "desc": "Kurztext", "qty": "Bestellmenge", "uom": "ME", "price": "Preis/ME",
           "value": "Nettowert", "deldate": "Liefertermin", "cur": "Währung", "inco": "Incoterms",
           "pay": "Zahlungsbedingungen", "quote": "Ihr Angebot", "total": "Gesamtnettowert ohne MwSt.",
           "small": ("Bitte geben Sie unsere Bestellnummer und Position auf allen Lieferscheinen, Rechnungen und "
                     "Schreiben an. Warenannahme Mo-Fr 7:00-14:30 Uhr. Es gelten unsere Allgemeinen "
                     "Einkaufsbedingungen. Dieser Beleg wurde maschinell erstellt und ist ohne Unterschrift gültig."),
           "page": "Seite"},
}


def l11_purchase_order(doc: Doc, house: House, ctx: dict) -> Rendered:
    t = L11_TEXT[house.lang]
    n = house.num
    d = new_docx(doc.buyer.name, size=8.5)
    head = d.add_table(rows=1, cols=2)
    widths(head, [3.9, 2.9])
    left, right = head.rows[0].cells
    put(left, doc.buyer.name, bold=True, size=12)
    left.add_paragraph(doc.buyer.address)
    left.add_paragraph("")
    p = left.add_paragraph()
    r = p.add_run(f"{doc.buyer.name} · {doc.buyer.address}")
    r.font.size = Pt(6)
    r.underline = True
    left.add_paragraph(addr_lines(doc.seller))
    box = right.add_table(rows=0, cols=2)
    box.style = "Table Grid"
    rows = [(t["title"].upper(), ""), (t["no"], doc.number), (t["date"], day(doc.date, house.date)),
            (t["vno"], ctx["vendor_no"]), (t["contact"], ctx["buyer_contact"])]
    if extra(doc, "quote_ref"):
        rows.append((t["quote"], extra(doc, "quote_ref")))
    for k, v in rows:
        c = box.add_row().cells
        put(c[0], k, bold=True)
        put(c[1], v, bold=k == t["no"])
    widths(box, [1.35, 1.5])
    para(d, "")
    para(d, t["deliver"], bold=True)
    para(d, ctx["deliver_to"])
    para(d, "")
    info = d.add_table(rows=1, cols=3)
    put(info.rows[0].cells[0], f"{t['cur']}: {doc.currency}")
    put(info.rows[0].cells[1], f"{t['inco']}: {doc.incoterms}")
    put(info.rows[0].cells[2], f"{t['pay']}: {doc.payment_terms}")
    widths(info, [1.4, 2.3, 3.1])
    para(d, "")
    cols = [t["item"], t["mat"], t["desc"], t["qty"], t["uom"], t["price"], t["value"], t["deldate"]]
    tab = d.add_table(rows=1, cols=len(cols))
    tab.style = "Table Grid"
    for c, h in zip(tab.rows[0].cells, cols, strict=True):
        put(c, h, bold=True, size=7.5)
        shade(c, "D9E1F2")
    repeat_header(tab.rows[0])
    for i, ln in enumerate(doc.lines):
        c = tab.add_row().cells
        sz = 7.5  # SAP forms print the line table a size smaller than the header
        put(c[0], f"{(i + 1) * 10:05d}", size=sz)
        put(c[1], ln.sku, size=sz)
        put(c[2], ln.description, size=sz)
        put(c[3], f"{ln.quantity:,}".replace(",", "." if n == "de" else ","), align="right", size=sz)
        put(c[4], ln.unit, size=sz)
        put(c[5], num(ln.unit_price, n), align="right", size=sz)
        put(c[6], num(ln.amount, n), align="right", size=sz)
        put(c[7], day(delivery_of(doc, i), house.date), size=sz)
    widths(tab, [0.55, 0.8, 1.75, 0.6, 0.55, 0.7, 0.85, 0.85])
    para(d, "")
    para(d, f"{t['total']}    {doc.currency} {num(doc.total, n)}", bold=True, align="right")
    para(d, "")
    para(d, t["small"], size=6.5, color="555555")
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L12: DIN 5008 German business letter invoice/quotation (docx): sender line, address field,
# info block (Ihr Zeichen / Ihre Nachricht vom / Unser Zeichen / Kundennummer / Rechnungsnummer / Datum).

def l12_din(doc: Doc, house: House, ctx: dict) -> Rendered:
    is_inv = doc.doc_type == "commercial_invoice"
    d = new_docx(doc.seller.name, size=10)
    para(d, doc.seller.name, bold=True, size=14, align="right", color="1F3864")
    para(d, "Precision components for industry", size=8, align="right", color="1F3864")
    para(d, "")
    top = d.add_table(rows=1, cols=2)
    widths(top, [3.6, 3.2])
    a, b = top.rows[0].cells
    put(a, f"{doc.seller.name} · {doc.seller.address}", size=6.5)
    a.add_paragraph("")
    a.add_paragraph(doc.buyer.name)
    a.add_paragraph(ctx["attention"])
    for part in doc.buyer.address.split(", ")[:-1]:
        a.add_paragraph(part)
    info = [("Ihr Zeichen", ctx.get("their_ref") or ""), ("Ihre Nachricht vom", ctx.get("their_date") or ""),
            ("Unser Zeichen", "AK/vk"), ("Kundennummer", ctx["customer_no"])]
    if is_inv:
        info.append(("Rechnungsnummer", doc.number))
    else:
        info.append(("Angebotsnummer", doc.number))
    info.append(("Datum", day(doc.date, "dot")))
    blk = b.add_table(rows=0, cols=2)
    for k, v in info:
        c = blk.add_row().cells
        put(c[0], k, size=8)
        put(c[1], v, size=8)
    widths(blk, [1.4, 1.7])
    para(d, "")
    subject = (f"Rechnung {doc.number}" if is_inv else f"Angebot {doc.number}")
    if doc.order_number:
        subject += f" zu Ihrer Bestellung {doc.order_number}"
    para(d, subject, bold=True, size=11)
    para(d, "")
    para(d, ctx["salutation"])
    para(d, "wir berechnen Ihnen vereinbarungsgemäß:" if is_inv else
         "vielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen wie folgt an:")
    cols = ["Pos.", "Art.-Nr.", "Bezeichnung", "Menge", "Einheit", "E-Preis €", "Gesamt €"]
    tab = d.add_table(rows=1, cols=len(cols))
    for c, h in zip(tab.rows[0].cells, cols, strict=True):
        put(c, h, bold=True, size=9, align="right" if h in ("Menge", "E-Preis €", "Gesamt €") else None)
    repeat_header(tab.rows[0])
    for i, ln in enumerate(doc.lines):
        c = tab.add_row().cells
        put(c[0], str(i + 1), size=9)
        put(c[1], ln.sku, size=9)
        put(c[2], ln.description, size=9)
        put(c[3], str(ln.quantity), align="right", size=9)
        put(c[4], ln.unit, size=9)
        put(c[5], num(ln.unit_price, "de"), align="right", size=9)
        put(c[6], num(ln.amount, "de"), align="right", size=9)
    widths(tab, [0.5, 1.0, 2.05, 0.7, 0.75, 0.85, 0.95])
    para(d, "")
    tot = d.add_table(rows=0, cols=2)
    tot.alignment = WD_TABLE_ALIGNMENT.RIGHT
    rows = [("Nettobetrag", num(doc.subtotal, "de") + " €")]
    if doc.tax is not None:
        rows.append((f"zzgl. {doc.tax_rate.normalize():f} % USt.", num(doc.tax, "de") + " €"))
    rows.append(("Rechnungsbetrag" if is_inv else "Angebotssumme", num(doc.total, "de") + " €"))
    for k, v in rows:
        c = tot.add_row().cells
        put(c[0], k, bold=k.startswith(("Rechnungsbetrag", "Angebotssumme")))
        put(c[1], v, align="right", bold=k.startswith(("Rechnungsbetrag", "Angebotssumme")))
    widths(tot, [1.9, 1.3])
    para(d, "")
    para(d, f"Lieferbedingung: {doc.incoterms}")
    para(d, f"Zahlungsbedingungen: {doc.payment_terms}")
    if not is_inv:
        para(d, "Dieses Angebot ist 30 Tage gültig. Alle Preise in Euro.")
    else:
        para(d, "Leistungsdatum entspricht Rechnungsdatum. Alle Preise in Euro.")
    para(d, "")
    para(d, "Mit freundlichen Grüßen")
    para(d, doc.seller.name)
    para(d, "")
    para(d, f"{doc.seller.name} · {doc.seller.address} · Registered in England No. 04417321 · "
            "VAT GB 284 1177 42 · Bank: Lloyds Bank · IBAN GB29 LOYD 3092 6170 4412 05 · BIC LOYDGB21",
         size=6.5, color="555555")
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L13: web portal document (HTML printed to PDF by headless Chromium): customer portal invoices and
# quotations, and e-procurement purchase orders (Coupa/Ariba-like): boxes, a striped table, symbol prices.

CSS_BASE = """@page { size: A4; margin: 14mm 12mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color: #222; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
"""


def page(title: str, css: str, body: str) -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{CSS_BASE}{css}</style></head><body>{body}</body></html>").encode()


def e(s: object) -> str:
    return html.escape(str(s))


def l13_portal(doc: Doc, house: House, ctx: dict) -> Rendered:
    sym = ctx["symbol"]
    kind = {"commercial_invoice": "Invoice", "quotation": "Quote", "purchase_order": "Purchase Order"}[doc.doc_type]
    issuer = doc.buyer if doc.doc_type == "purchase_order" else doc.seller
    other = doc.seller if doc.doc_type == "purchase_order" else doc.buyer
    other_label = "Supplier" if doc.doc_type == "purchase_order" else "Bill To"
    short = {"commercial_invoice": "Invoice", "quotation": "Quote", "purchase_order": "PO"}[doc.doc_type]
    fields = [(f"{short} #", doc.number), (f"{short} Date", day(doc.date, house.date))]
    if doc.order_number:
        fields.append(("Customer PO", doc.order_number))
    if extra(doc, "quote_ref"):
        fields.append(("Quote Ref.", extra(doc, "quote_ref")))
    if doc.doc_type == "quotation":
        fields.append(("Valid Until", day(doc.date + dt.timedelta(days=30), house.date)))
    if doc.doc_type == "commercial_invoice":
        fields.append(("Due Date", day(doc.date + dt.timedelta(days=ctx.get("due_days", 30)), house.date)))
    fields.append(("Currency", doc.currency))
    fbox = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in fields)
    rows = []
    for i, ln in enumerate(doc.lines):
        rows.append(f"<tr><td class=c>{i + 1}</td><td class=sku>{e(ln.sku)}</td><td>{e(ln.description)}"
                    f"<div class=hs>HS {hs_code(ln)}</div></td><td class=r>{ln.quantity} {e(ln.unit)}</td>"
                    f"<td class=r>{sym}{num(ln.unit_price, 'en')}</td><td class=r>{sym}{num(ln.amount, 'en')}</td></tr>")
    tot = [("Subtotal", f"{sym}{num(doc.subtotal, 'en')}")]
    if doc.tax is not None:
        tot.append((f"Tax ({doc.tax_rate.normalize():f}%)", f"{sym}{num(doc.tax, 'en')}"))
    label_total = {"commercial_invoice": "Amount Due", "quotation": "Quote Total", "purchase_order": "PO Total"}
    tot.append((f"{label_total[doc.doc_type]} ({doc.currency})", f"{sym}{num(doc.total, 'en')}"))
    tbox = "".join(f"<tr class={'grand' if i == len(tot) - 1 else ''}><th>{e(k)}</th><td>{e(v)}</td></tr>"
                   for i, (k, v) in enumerate(tot))
    terms = [("Payment Terms", doc.payment_terms), ("Shipping Terms", doc.incoterms)]
    body = f"""
<div class=top><div class=logo>{e(issuer.name)}</div><div class=kind>{kind.upper()}</div></div>
<div class=addr>{e(issuer.address)}</div>
<div class=grid>
 <div class=box><h3>{other_label}</h3><b>{e(other.name)}</b><br>{e(other.address)}</div>
 <div class=box><h3>Ship To</h3>{e(ctx['ship_to'])}</div>
 <div class=box><table class=f>{fbox}</table></div>
</div>
<table class=lines><thead><tr><th>#</th><th>Item</th><th>Description</th><th class=r>Qty</th>
<th class=r>Unit Price</th><th class=r>Line Total</th></tr></thead><tbody>{''.join(rows)}</tbody></table>
<div class=bottom><div class=terms>{''.join(f'<p><b>{e(k)}:</b> {e(v)}</p>' for k, v in terms)}
<p class=note>{e(ctx.get('note', ''))}</p></div><table class=tot>{tbox}</table></div>
<div class=foot>{e(ctx.get('footer', ''))}</div>"""
    css = """.top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #0b6e4f}
.logo{font-size:17pt;font-weight:bold;color:#0b6e4f}.kind{font-size:20pt;letter-spacing:2px;color:#555}
.addr{font-size:8pt;color:#666;margin:3px 0 12px}
.grid{display:flex;gap:10px;margin-bottom:12px}.box{flex:1;border:1px solid #ccc;padding:6px;font-size:8.5pt}
.box h3{margin:0 0 4px;font-size:8pt;text-transform:uppercase;color:#0b6e4f}
.f th{text-align:left;font-weight:normal;color:#555;padding:1px 4px;white-space:nowrap}
.f td{font-weight:bold;padding:1px 4px;white-space:nowrap}.logo{max-width:65%}.kind{white-space:nowrap}
.lines th{background:#0b6e4f;color:#fff;padding:4px;text-align:left;font-size:8.5pt}
.lines td{padding:4px;border-bottom:1px solid #ddd;vertical-align:top}.lines tr:nth-child(even) td{background:#f3f7f5}
.r{text-align:right!important;white-space:nowrap}.c{text-align:center}.sku{white-space:nowrap;font-family:monospace}
.hs{font-size:7pt;color:#888}.bottom{display:flex;justify-content:space-between;margin-top:12px}
.terms{width:55%}.tot{width:40%}.tot th{text-align:left;padding:3px;font-weight:normal}.tot td{text-align:right;padding:3px}
.tot tr.grand th,.tot tr.grand td{font-weight:bold;border-top:2px solid #0b6e4f;font-size:11pt}
.note{font-size:8pt;color:#666}.foot{margin-top:18px;font-size:7pt;color:#888;border-top:1px solid #ddd;padding-top:4px}"""
    return Rendered("html", page(f"{kind} {doc.number}", css, body))


# ------------------------------------------------------------------------------------------------
# L14: Chinese bilingual trade documents (xlsx): 形式发票/报价单/商业发票/采购订单, merged title,
# bilingual header cells, a boxed line table with 合计 row, amount in words, company seal note.

L14_TITLES = {"proforma_invoice": ("形式发票", "PROFORMA INVOICE", "发票号 PI No."),
              "quotation": ("报价单", "QUOTATION", "报价单号 Quotation No."),
              "commercial_invoice": ("商业发票", "COMMERCIAL INVOICE", "发票号 Invoice No."),
              "purchase_order": ("采购订单", "PURCHASE ORDER", "订单号 Order No.")}


def l14_cn(doc: Doc, house: House, ctx: dict) -> Rendered:
    cn, en, no_label = L14_TITLES[doc.doc_type]
    wb, ws = new_xlsx(doc.seller.name, cn)
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ncol = 7
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    issuer = doc.buyer if doc.doc_type == "purchase_order" else doc.seller
    ws.cell(1, 1, issuer.name).font = Font(bold=True, size=13)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(2, 1, issuer.address).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    ws.cell(3, 1, f"{cn}  {en}").font = Font(bold=True, size=15)
    ws.cell(3, 1).alignment = Alignment(horizontal="center")
    left = [("买方 Buyer:", doc.buyer.name), ("地址 Address:", doc.buyer.address),
            ("卖方 Seller:", doc.seller.name), ("地址 Address:", doc.seller.address)]
    right = [(no_label + ":", doc.number), ("日期 Date:", day(doc.date, house.date))]
    if doc.order_number:
        right.append(("合同/订单号 Order No.:", doc.order_number))
    right += [("价格条款 Terms:", doc.incoterms), ("币种 Currency:", doc.currency)]
    r = 5
    for i in range(max(len(left), len(right))):
        if i < len(left):
            ws.cell(r + i, 1, left[i][0]).font = Font(bold=True)
            ws.cell(r + i, 2, left[i][1])
        if i < len(right):
            ws.cell(r + i, 5, right[i][0]).font = Font(bold=True)
            ws.cell(r + i, 7, right[i][1])
    r += max(len(left), len(right)) + 1
    heads = ["序号\nNo.", "货号\nItem No.", "品名及规格\nDescription", "数量\nQty", "单位\nUnit",
             f"单价({doc.currency})\nUnit Price", f"金额({doc.currency})\nAmount"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = box
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    ws.row_dimensions[r].height = 30
    ws.print_title_rows = f"{r}:{r}"
    r += 1
    for i, ln in enumerate(doc.lines):
        vals = [i + 1, ln.sku, ln.description, ln.quantity, ln.unit, float(ln.unit_price), float(ln.amount)]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v)
            c.border = box
            if j in (6, 7):
                c.number_format = "#,##0.00"
        r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 1, "合计 TOTAL").font = Font(bold=True)
    ws.cell(r, 4, sum(ln.quantity for ln in doc.lines))
    ws.cell(r, 7, float(doc.total)).number_format = "#,##0.00"
    ws.cell(r, 7).font = Font(bold=True)
    for j in range(1, ncol + 1):
        ws.cell(r, j).border = box
    r += 2
    ws.cell(r, 1, f"总金额 Total Amount: {doc.currency} {num(doc.total, 'en')}").font = Font(bold=True)
    r += 1
    ws.cell(r, 1, f"付款方式 Payment Terms: {doc.payment_terms}")
    r += 1
    ws.cell(r, 1, "交货期 Delivery: 收到定金后35天 35 days after receipt of deposit")
    r += 1
    if doc.doc_type != "purchase_order":
        ws.cell(r, 1, "银行信息 Bank: Lloyds Bank plc, SWIFT LOYDGB21, A/C 44120533 (USD)")
        r += 1
    r += 1
    ws.cell(r, 1, "买方签字盖章 Buyer (signature & stamp):")
    ws.cell(r, 5, "卖方签字盖章 Seller (signature & stamp):")
    for col, w in zip("ABCDEFG", [13, 16, 34, 9, 8, 14, 16], strict=True):
        ws.column_dimensions[col].width = w
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L15: French invoice/quote (docx): "Facture" with Désignation / Qté / P.U. HT / Montant HT, TVA,
# mentions légales (pénalités de retard, indemnité forfaitaire de 40 €), totals in a box.

def l15_fr(doc: Doc, house: House, ctx: dict) -> Rendered:
    title = {"commercial_invoice": "FACTURE", "quotation": "DEVIS"}[doc.doc_type]
    d = new_docx(doc.seller.name, size=9)
    top = d.add_table(rows=1, cols=2)
    widths(top, [3.5, 3.3])
    a, b = top.rows[0].cells
    put(a, doc.seller.name, bold=True, size=13)
    a.add_paragraph(doc.seller.address)
    a.add_paragraph("Tél. +44 23 8000 0000 – orders@example.com")
    put(b, title, bold=True, size=20, align="right")
    meta = [(f"{title.capitalize()} n°", doc.number), ("Date", day(doc.date, house.date))]
    if doc.order_number:
        meta.append(("Votre commande", doc.order_number))
    meta.append(("Code client", ctx["customer_no"]))
    if doc.doc_type == "quotation":
        meta.append(("Validité", "30 jours"))
    for k, v in meta:
        p = b.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(f"{k} : ").bold = True
        p.add_run(v)
    para(d, "")
    client = d.add_table(rows=1, cols=2)
    widths(client, [3.4, 3.4])
    put(client.rows[0].cells[1], "Client\n" + addr_lines(doc.buyer))
    client.rows[0].cells[1].paragraphs[0].runs[0].bold = True
    shade(client.rows[0].cells[1], "F2F2F2")
    put(client.rows[0].cells[0], "Livraison\n" + ctx["ship_to"])
    para(d, "")
    cols = ["Réf.", "Désignation", "Qté", "P.U. HT", "TVA", "Montant HT"]
    tab = d.add_table(rows=1, cols=len(cols))
    tab.style = "Table Grid"
    for c, h in zip(tab.rows[0].cells, cols, strict=True):
        put(c, h, bold=True, align="center")
        shade(c, "BDD7EE")
    repeat_header(tab.rows[0])
    rate = f"{doc.tax_rate.normalize():f} %" if doc.tax_rate is not None else "0 %"
    for ln in doc.lines:
        c = tab.add_row().cells
        put(c[0], ln.sku)
        put(c[1], ln.description)
        put(c[2], f"{ln.quantity} {ln.unit}", align="right")
        put(c[3], num(ln.unit_price, "fr") + " €", align="right")
        put(c[4], rate, align="center")
        put(c[5], num(ln.amount, "fr") + " €", align="right")
    widths(tab, [1.2, 2.55, 0.75, 0.9, 0.5, 1.0])
    para(d, "")
    tot = d.add_table(rows=0, cols=2)
    tot.style = "Table Grid"
    tot.alignment = WD_TABLE_ALIGNMENT.RIGHT
    rows = [("Total HT", num(doc.subtotal, "fr") + " €")]
    if doc.tax is not None:
        rows.append((f"TVA {rate}", num(doc.tax, "fr") + " €"))
    rows.append(("Net à payer TTC" if doc.doc_type == "commercial_invoice" else "Total TTC",
                 num(doc.total, "fr") + " €"))
    for k, v in rows:
        c = tot.add_row().cells
        put(c[0], k, bold=k.startswith(("Net", "Total TTC")))
        put(c[1], v, align="right", bold=k.startswith(("Net", "Total TTC")))
    widths(tot, [1.8, 1.4])
    para(d, "")
    para(d, f"Conditions de livraison : {doc.incoterms}")
    para(d, f"Conditions de règlement : {doc.payment_terms}")
    para(d, "Montants exprimés en euros (EUR).")
    para(d, "")
    para(d, "En cas de retard de paiement, pénalités au taux de trois fois le taux d'intérêt légal et indemnité "
            "forfaitaire pour frais de recouvrement de 40 €. Pas d'escompte pour paiement anticipé. "
            f"{doc.seller.name} – société immatriculée en Angleterre n° 04417321 – TVA GB 284 1177 42.",
         size=6.5, color="555555")
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L16: Spanish-speaking (Chile) spreadsheet documents (xlsx): "Orden de Compra"/"Cotización"/"Factura",
# RUT, header fields in a 2x2 grid, "Cant." with the unit in its own column, 1.234,56 as text cells.

def l16_es(doc: Doc, house: House, ctx: dict) -> Rendered:
    title = {"purchase_order": "ORDEN DE COMPRA", "quotation": "COTIZACIÓN",
             "commercial_invoice": "FACTURA COMERCIAL"}[doc.doc_type]
    issuer = doc.buyer if doc.doc_type == "purchase_order" else doc.seller
    wb, ws = new_xlsx(issuer.name, title)
    bold = Font(bold=True)
    ws.cell(1, 1, issuer.name).font = Font(bold=True, size=14)
    ws.cell(2, 1, issuer.address)
    ws.cell(3, 1, ctx["issuer_id"])
    ws.cell(1, 6, title).font = Font(bold=True, size=14)
    ws.cell(2, 6, "N°").font = bold
    ws.cell(2, 7, doc.number).font = bold
    ws.cell(3, 6, "Fecha").font = bold
    ws.cell(3, 7, day(doc.date, house.date))
    r = 5
    if doc.doc_type == "purchase_order":
        grid = [("Proveedor:", doc.seller.name, "Moneda:", doc.currency),
                ("Dirección:", doc.seller.address, "Condición de pago:", doc.payment_terms),
                ("Atención:", ctx["attention"], "Incoterm:", doc.incoterms)]
        if extra(doc, "quote_ref"):
            grid.append(("Su cotización:", extra(doc, "quote_ref"), "Lugar de entrega:", ctx["ship_to"]))
    else:
        grid = [("Cliente:", doc.buyer.name, "Moneda:", doc.currency),
                ("Dirección:", doc.buyer.address, "Forma de pago:", doc.payment_terms),
                ("Vendedor:", "Anna Keller", "Incoterm:", doc.incoterms)]
        if doc.order_number:
            grid.append(("Su orden de compra:", doc.order_number, "", ""))
    for a, b, c, dd in grid:
        ws.cell(r, 1, a).font = bold
        ws.cell(r, 2, b)
        ws.cell(r, 5, c).font = bold
        ws.cell(r, 6, dd)
        r += 1
    r += 1
    heads = ["Ítem", "Código", "Descripción", "Cant.", "Unidad", "Precio Unit.", "Total"]
    fill = PatternFill("solid", fgColor="FCE4D6")
    for j, h in enumerate(heads, start=1):
        c = ws.cell(r, j, h)
        c.font = bold
        c.fill = fill
    ws.print_title_rows = f"{r}:{r}"
    r += 1
    for i, ln in enumerate(doc.lines):
        # Text cells in the Chilean format: the sheet is typed, not calculated, as many small firms do.
        vals = [i + 1, ln.sku, ln.description, ln.quantity, ln.unit, num(ln.unit_price, "de"), num(ln.amount, "de")]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v)
            if j >= 6:
                c.alignment = Alignment(horizontal="right")
        r += 1
    r += 1
    rows = [("Neto", num(doc.subtotal, "de"))]
    if doc.tax is not None:
        rows.append((f"IVA {doc.tax_rate.normalize():f}%", num(doc.tax, "de")))
    rows.append((f"TOTAL {doc.currency}", num(doc.total, "de")))
    for k, v in rows:
        ws.cell(r, 6, k).font = bold
        c = ws.cell(r, 7, v)
        c.alignment = Alignment(horizontal="right")
        c.font = Font(bold=k.startswith("TOTAL"))
        r += 1
    r += 1
    ws.cell(r, 1, ctx.get("note", ""))
    for col, w in zip("ABCDEFG", [18, 16, 38, 8, 19, 16, 16], strict=True):
        ws.column_dimensions[col].width = w
    return save_xlsx(wb)


# ------------------------------------------------------------------------------------------------
# L17: logistics (HTML -> Chromium): a forwarder's shipment advice and an ocean bill of lading form
# with numbered boxes (Shipper / Consignee / Notify party / Vessel / Port of loading / Container No.).

def l17_logistics(doc: Doc, house: House, ctx: dict) -> Rendered:
    if doc.doc_type == "bill_of_lading":
        boxes = [
            ("1. Shipper", f"<b>{e(doc.seller.name)}</b><br>{e(doc.seller.address)}"),
            ("B/L No.", f"<span class=big>{e(doc.number)}</span><br>Booking No. {e(ctx['booking'])}"),
            ("2. Consignee", f"<b>{e(doc.buyer.name)}</b><br>{e(doc.buyer.address)}"),
            ("Export references", f"Shipper's ref.: {e(doc.order_number)}"),
            ("3. Notify party", "SAME AS CONSIGNEE"),
            ("Carrier", e(ctx["carrier"])),
            ("4. Ocean vessel / Voy. No.", e(ctx["vessel"])),
            ("5. Port of loading", "SOUTHAMPTON, UNITED KINGDOM"),
            ("6. Port of discharge", e(ctx["pod"])),
            ("7. Place of delivery", e(ctx["pod"])),
        ]
        grid = "".join(f"<div class=bx><div class=lb>{k}</div><div>{v}</div></div>" for k, v in boxes)
        conts = "".join(f"<tr><td class=mono>{e(t)}</td><td>{e(ctx['seals'][i])}</td><td>1 x 40' HC</td>"
                        f"<td>{e(ctx['goods'])}</td><td class=r>{e(ctx['weights'][i])}</td></tr>"
                        for i, t in enumerate(doc.tracking_numbers))
        body = f"""<div class=hd><div class=car>{e(ctx['carrier'])}</div><div class=t>BILL OF LADING<br>
<small>FOR PORT-TO-PORT SHIPMENT OR COMBINED TRANSPORT</small></div></div>
<div class=grid>{grid}</div>
<table class=ct><thead><tr><th>Container No.</th><th>Seal No.</th><th>Type</th><th>Description of goods</th>
<th class=r>Gross weight</th></tr></thead><tbody>{conts}</tbody></table>
<p>SHIPPER'S LOAD, STOW AND COUNT. FREIGHT {e(ctx['freight'])}.</p>
<div class=grid>
<div class=bx><div class=lb>Number of original B/Ls</div>THREE (3)</div>
<div class=bx><div class=lb>Place and date of issue</div>SOUTHAMPTON, {day(doc.date, 'bl')}</div>
<div class=bx><div class=lb>Shipped on board</div>{day(doc.date, 'bl')}</div>
<div class=bx><div class=lb>Signed for the carrier</div>{e(ctx['carrier'])} as carrier</div></div>"""
        css = """.hd{display:flex;justify-content:space-between;border-bottom:2px solid #000;margin-bottom:6px}
.car{font-size:16pt;font-weight:bold}.t{font-size:14pt;font-weight:bold;text-align:right}
.grid{display:grid;grid-template-columns:1fr 1fr;border-left:1px solid #000;border-top:1px solid #000}
.bx{border-right:1px solid #000;border-bottom:1px solid #000;padding:4px;min-height:34px;font-size:9pt}
.lb{font-size:7pt;color:#444;text-transform:uppercase}.big{font-size:13pt;font-weight:bold}
.ct{margin:10px 0}.ct th,.ct td{border:1px solid #000;padding:4px;text-align:left;font-size:9pt}
.mono{font-family:monospace;font-size:10pt}.r{text-align:right!important}"""
        return Rendered("html", page(f"B/L {doc.number}", css, body))
    # Shipment advice from the forwarder's portal.
    rows = [("Shipment advice No.", doc.number), ("Date", day(doc.date, house.date)),
            ("Your order", doc.order_number), ("Shipper", doc.seller.name), ("Consignee", doc.buyer.name),
            ("Incoterms", doc.incoterms), ("Mode", ctx["mode"]), ("ETD", day(ctx["etd"], house.date)),
            ("ETA", day(ctx["eta"], house.date))]
    kv = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in rows)
    label = "Container No." if all(t[:4].isalpha() and not t.startswith("1Z") for t in doc.tracking_numbers) \
        else "Tracking No."
    tr = "".join(f"<tr><td class=mono>{e(t)}</td><td>{e(ctx['pieces'][i])}</td><td class=r>{e(ctx['weights'][i])}</td>"
                 f"</tr>" for i, t in enumerate(doc.tracking_numbers))
    body = f"""<div class=brand>{e(ctx['forwarder'])}<span>Shipment Advice</span></div>
<p>Dear customer, we have been instructed by {e(doc.seller.name)} to advise you of the following dispatch:</p>
<table class=kv>{kv}</table>
<h4>Consignment</h4>
<table class=tr><thead><tr><th>{label}</th><th>Packages</th><th class=r>Gross weight</th></tr></thead>
<tbody>{tr}</tbody></table>
<p class=small>Goods: {e(ctx['goods'])}. Track online at {e(ctx['track_url'])}. This advice is for information;
the transport document governs.</p>"""
    css = """.brand{font-size:16pt;font-weight:bold;color:#b3001b;border-bottom:2px solid #b3001b;margin-bottom:8px;
display:flex;justify-content:space-between}.brand span{color:#333;font-size:13pt}
.kv th{text-align:left;width:32%;background:#f1f1f1;padding:4px;border:1px solid #ccc}
.kv td{padding:4px;border:1px solid #ccc}.tr th,.tr td{border:1px solid #ccc;padding:4px;text-align:left}
.mono{font-family:monospace;font-size:10.5pt}.r{text-align:right!important}.small{font-size:8pt;color:#555}"""
    return Rendered("html", page(f"Shipment advice {doc.number}", css, body))


# ------------------------------------------------------------------------------------------------
# L18: incoming-inspection report (docx), modelled on AQL inspection forms: header grid, sampling,
# defect table by defect class, verdict, inspector signature.

L18_TEXT = {
    "en": {"title": "INCOMING INSPECTION REPORT", "no": "Report No.", "date": "Inspection date", "po": "PO No.",
           "supplier": "Supplier", "customer": "Receiving plant", "claim": "Claim ref.", "sample": "Sampling",
           "sample_v": "ISO 2859-1, level II, AQL 1.0 / 2.5", "defects": "Defects found", "cls": "Class",
           "desc": "Finding", "n": "Qty", "verdict": "Result", "rejected": "REJECTED", "insp": "Inspector"},
    "fr": {"title": "RAPPORT DE CONTRÔLE RÉCEPTION", "no": "Rapport n°", "date": "Date du contrôle",
           "po": "Commande n°", "supplier": "Fournisseur", "customer": "Site de réception", "claim": "Réclamation",
           "sample": "Échantillonnage", "sample_v": "NF ISO 2859-1, niveau II, NQA 1,0 / 2,5",
           "defects": "Défauts constatés", "cls": "Classe", "desc": "Constat", "n": "Qté", "verdict": "Décision",
           "rejected": "LOT REFUSÉ", "insp": "Contrôleur"},
    "es": {"title": "INFORME DE INSPECCIÓN DE RECEPCIÓN", "no": "Informe N°", "date": "Fecha de inspección",
           "po": "Orden de compra", "supplier": "Proveedor", "customer": "Planta", "claim": "Reclamo N°",
           "sample": "Muestreo", "sample_v": "ISO 2859-1, nivel II, AQL 1,0 / 2,5",
           "defects": "Defectos encontrados", "cls": "Clase", "desc": "Hallazgo", "n": "Cant.",
           "verdict": "Resultado", "rejected": "RECHAZADO", "insp": "Inspector"},
}


def l18_inspection(doc: Doc, house: House, ctx: dict) -> Rendered:
    t = L18_TEXT[house.lang]
    d = new_docx(doc.buyer.name, size=9)
    para(d, doc.buyer.name, bold=True, size=12)
    para(d, doc.buyer.address, size=8)
    para(d, t["title"], bold=True, size=15, align="center")
    g = d.add_table(rows=0, cols=4)
    g.style = "Table Grid"
    cells = [(t["no"], doc.number, t["date"], day(doc.date, house.date)),
             (t["po"], doc.order_number, t["claim"], ctx["claim"]),
             (t["supplier"], doc.seller.name, t["customer"], doc.buyer.name),
             (t["sample"], t["sample_v"], "", "")]
    for a, b, c, dd in cells:
        row = g.add_row().cells
        put(row[0], a, bold=True)
        put(row[1], b)
        put(row[2], c, bold=True)
        put(row[3], dd)
        shade(row[0], "EDEDED")
        shade(row[2], "EDEDED")
    widths(g, [1.2, 2.2, 1.2, 2.2])
    para(d, "")
    para(d, t["defects"], bold=True)
    dt_ = d.add_table(rows=1, cols=3)
    dt_.style = "Table Grid"
    for c, h in zip(dt_.rows[0].cells, (t["cls"], t["desc"], t["n"]), strict=True):
        put(c, h, bold=True)
    for cls, text, n in ctx["findings"]:
        row = dt_.add_row().cells
        put(row[0], cls)
        put(row[1], text)
        put(row[2], str(n), align="right")
    widths(dt_, [1.0, 4.9, 0.9])
    para(d, "")
    for note in doc.notes:
        para(d, note)
    p = para(d, f"{t['verdict']}: ", bold=True)
    r = p.add_run(t["rejected"])
    r.bold = True
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    para(d, "")
    para(d, f"{t['insp']}: {ctx['inspector']}")
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L19: bank payment advice (docx), modelled on corporate e-banking "payment advice / remittance" print-outs.

L19_TEXT = {
    "en": {"title": "PAYMENT ADVICE", "ref": "Transaction reference", "date": "Value date", "payer": "Ordering customer",
           "bene": "Beneficiary", "amount": "Amount", "details": "Remittance information", "charges": "Charges",
           "charges_v": "OUR", "bank": "Beneficiary bank", "po": "Purchase order", "inv": "Invoice"},
    "de": {"title": "Zahlungsavis", "ref": "Auftragsreferenz", "date": "Valuta", "payer": "Auftraggeber",
           "bene": "Empfänger", "amount": "Betrag", "details": "Verwendungszweck", "charges": "Entgelte",
           "charges_v": "SHA (geteilt)", "bank": "Bank des Empfängers", "po": "Bestellung", "inv": "Rechnung"},
    "zh": {"title": "付款通知书 PAYMENT ADVICE", "ref": "业务编号 Reference", "date": "起息日 Value date",
           "payer": "汇款人 Remitter", "bene": "收款人 Beneficiary", "amount": "汇款金额 Amount",
           "details": "附言 Remittance info", "charges": "费用 Charges", "charges_v": "SHA",
           "bank": "收款银行 Beneficiary bank", "po": "订单号 PO", "inv": "发票号 Invoice"},
    "es": {"title": "COMPROBANTE DE TRANSFERENCIA", "ref": "N° de operación", "date": "Fecha valor",
           "payer": "Ordenante", "bene": "Beneficiario", "amount": "Monto", "details": "Glosa",
           "charges": "Gastos", "charges_v": "OUR", "bank": "Banco beneficiario", "po": "Orden de compra",
           "inv": "Factura"},
}


def l19_payment(doc: Doc, house: House, ctx: dict) -> Rendered:
    t = L19_TEXT[house.lang]
    d = new_docx(ctx["bank"], size=9.5)
    para(d, ctx["bank"], bold=True, size=13, color="00338D")
    para(d, t["title"], bold=True, size=15)
    g = d.add_table(rows=0, cols=2)
    g.style = "Table Grid"
    details = f"{t['po']} {doc.order_number} / {t['inv']} {extra(doc, 'invoice_ref')}"
    if ctx.get("detail_note"):
        details += f" / {ctx['detail_note']}"
    rows = [(t["ref"], doc.number), (t["date"], day(doc.date, house.date)),
            (t["payer"], f"{doc.buyer.name}\n{ctx['payer_account']}"),
            (t["bene"], f"{doc.seller.name}\nIBAN GB29 LOYD 3092 6170 4412 05"),
            (t["bank"], "Lloyds Bank plc, London – BIC LOYDGB21"),
            (t["amount"], f"{doc.currency} {num(doc.total, house.num)}"),
            (t["charges"], t["charges_v"]), (t["details"], details)]
    for k, v in rows:
        c = g.add_row().cells
        put(c[0], k, bold=True)
        put(c[1], v, bold=k == t["amount"])
        shade(c[0], "E7EEF8")
    widths(g, [2.0, 4.8])
    para(d, "")
    para(d, ctx["disclaimer"], size=7, color="666666")
    return save_docx(d)


# ------------------------------------------------------------------------------------------------
# L20: sales contract / sales confirmation (docx): parties, numbered clauses, the goods table, and a
# signature block that is empty on drafts and carries e-signature stamps on signed copies.

L20_TEXT = {
    "en": {"title": "SALES CONTRACT", "no": "Contract No.", "date": "Date", "po": "Buyer's order",
           "seller": "The Seller", "buyer": "The Buyer", "intro": "The Buyer agrees to buy and the Seller agrees to "
           "sell the goods below on the following terms and conditions:",
           "cols": ("No.", "Part No.", "Description", "Quantity", "Unit price", "Amount"),
           "total": "Total contract value", "c_price": "Price terms", "c_pay": "Payment", "c_cur": "Currency",
           "c_ship": "Shipment", "c_ship_v": "within 8 weeks after receipt of the signed contract; partial "
           "shipments allowed", "c_law": "Governing law", "c_law_v": "English law; disputes to the courts of "
           "London", "for_b": "For the Buyer", "for_s": "For the Seller", "sig": "Signature", "name": "Name",
           "sdate": "Date", "stamp": "Electronically signed by"},
    "zh": {"title": "销售合同 SALES CONTRACT", "no": "合同编号 Contract No.", "date": "签订日期 Date",
           "po": "买方订单号 Buyer's PO", "seller": "卖方 Seller", "buyer": "买方 Buyer",
           "intro": "买卖双方同意按下列条款成交 The Buyer and the Seller agree on the following terms:",
           "cols": ("序号 No.", "货号 Part No.", "品名 Description", "数量 Qty", "单价 Unit Price", "金额 Amount"),
           "total": "合同总金额 Total", "c_price": "价格条款 Price terms", "c_pay": "付款条件 Payment",
           "c_cur": "币种 Currency", "c_ship": "装运期 Shipment", "c_ship_v": "收到定金后8周内 within 8 weeks "
           "after the deposit", "c_law": "适用法律 Law", "c_law_v": "英国法律 English law",
           "for_b": "买方 The Buyer", "for_s": "卖方 The Seller", "sig": "签字 Signature", "name": "姓名 Name",
           "sdate": "日期 Date", "stamp": "电子签名 Signed by"},
    "es": {"title": "CONTRATO DE COMPRAVENTA INTERNACIONAL", "no": "Contrato N°", "date": "Fecha",
           "po": "Orden de compra del comprador", "seller": "El Vendedor", "buyer": "El Comprador",
           "intro": "Las partes acuerdan la compraventa de las siguientes mercaderías en los términos indicados:",
           "cols": ("N°", "Código", "Descripción", "Cantidad", "Precio unitario", "Importe"),
           "total": "Valor total del contrato", "c_price": "Condición de venta", "c_pay": "Forma de pago",
           "c_cur": "Moneda", "c_ship": "Embarque", "c_ship_v": "dentro de 8 semanas desde la firma",
           "c_law": "Ley aplicable", "c_law_v": "ley inglesa; tribunales de Londres", "for_b": "Por el Comprador",
           "for_s": "Por el Vendedor", "sig": "Firma", "name": "Nombre", "sdate": "Fecha",
           "stamp": "Firmado electrónicamente por"},
}


def l20_contract(doc: Doc, house: House, ctx: dict) -> Rendered:
    t = L20_TEXT[house.lang]
    n = house.num
    d = new_docx(doc.seller.name, size=9)
    para(d, t["title"], bold=True, size=16, align="center")
    meta = f"{t['no']}: {doc.number}     {t['date']}: {day(doc.date, house.date)}"
    if doc.order_number:
        meta += f"     {t['po']}: {doc.order_number}"
    para(d, meta, align="center")
    para(d, "")
    parties = d.add_table(rows=1, cols=2)
    put(parties.rows[0].cells[0], f"{t['seller']}:\n{doc.seller.name}\n{doc.seller.address}")
    put(parties.rows[0].cells[1], f"{t['buyer']}:\n{doc.buyer.name}\n{doc.buyer.address}")
    widths(parties, [3.4, 3.4])
    para(d, "")
    para(d, t["intro"])
    tab = d.add_table(rows=1, cols=6)
    tab.style = "Table Grid"
    for c, h in zip(tab.rows[0].cells, t["cols"], strict=True):
        put(c, h, bold=True)
    repeat_header(tab.rows[0])
    for i, ln in enumerate(doc.lines):
        c = tab.add_row().cells
        put(c[0], str(i + 1))
        put(c[1], ln.sku)
        put(c[2], ln.description)
        put(c[3], f"{ln.quantity} {ln.unit}", align="right")
        put(c[4], num(ln.unit_price, n), align="right")
        put(c[5], num(ln.amount, n), align="right")
    c = tab.add_row().cells
    merged = c[0].merge(c[4])
    put(merged, f"{t['total']} ({doc.currency})", bold=True)
    put(c[5], num(doc.total, n), bold=True, align="right")
    keep_row(tab.rows[-1])
    widths(tab, [0.45, 1.1, 2.3, 0.85, 0.85, 1.15])
    para(d, "")
    clauses = [(t["c_cur"], doc.currency), (t["c_price"], doc.incoterms), (t["c_pay"], doc.payment_terms),
               (t["c_ship"], t["c_ship_v"]), (t["c_law"], t["c_law_v"])]
    for i, (k, v) in enumerate(clauses, start=1):
        para(d, f"{i}. {k}: {v}")
    para(d, "")
    sig = d.add_table(rows=4, cols=2)
    put(sig.rows[0].cells[0], t["for_b"], bold=True)
    put(sig.rows[0].cells[1], t["for_s"], bold=True)
    for col, person in enumerate(doc.signatories):
        if doc.signed:
            put(sig.rows[1].cells[col], f"{t['stamp']}: {person}\n{ctx['envelope'][col]}")
            sig.rows[1].cells[col].paragraphs[0].runs[0].italic = True
            shade(sig.rows[1].cells[col], "EAF1FB")
            put(sig.rows[2].cells[col], f"{t['name']}: {person}")
            put(sig.rows[3].cells[col], f"{t['sdate']}: {day(doc.date, house.date)}")
        else:
            put(sig.rows[1].cells[col], f"{t['sig']}: ________________________")
            put(sig.rows[2].cells[col], f"{t['name']}: ________________________")
            put(sig.rows[3].cells[col], f"{t['sdate']}: ________________________")
    widths(sig, [3.4, 3.4])
    return save_docx(d)


Renderer = Callable[[Doc, House, dict], Rendered]
LAYOUTS: dict[str, tuple[Renderer, str]] = {
    "L11": (l11_purchase_order, "SAP-style purchase order (number/date box, vendor window, deliver-to, dates)"),
    "L12": (l12_din, "DIN 5008 German invoice/quotation letter with info block"),
    "L13": (l13_portal, "web portal invoice/quote/e-procurement PO, HTML printed by Chromium"),
    "L14": (l14_cn, "Chinese bilingual proforma/quotation/invoice/PO spreadsheet"),
    "L15": (l15_fr, "French Facture/Devis with Désignation/Qté/P.U. HT/Montant HT and TVA"),
    "L16": (l16_es, "Chilean Orden de Compra/Cotización/Factura spreadsheet, typed amounts"),
    "L17": (l17_logistics, "forwarder shipment advice and ocean B/L form, HTML printed by Chromium"),
    "L18": (l18_inspection, "AQL incoming-inspection report"),
    "L19": (l19_payment, "bank e-banking payment advice"),
    "L20": (l20_contract, "sales contract with e-signature stamps or an empty signature block"),
}


def render(doc: Doc, key: str, house: House, ctx: dict) -> Rendered:
    fn, _ = LAYOUTS[key]
    return fn(doc, house, ctx)
