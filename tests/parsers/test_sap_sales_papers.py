"""An SAP-SD-style sales print in two languages and a supply agreement in English legal style: the ERP's "Output tax"
row, a caption grid that cites another document ("Invoice | <number>") or wraps its translation ("Your order /
Votre" over "commande", "Document No. /" over "Belegnummer"), a title with its translation, item captions wrapped at
their slash ("Item /" over "Pos."); an agreement's price row and its payment terms in a numbered sub-clause."""
from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from parsers import Limits, parse_bytes
from parsers.content import TextLine
from parsers.extract.lineitems import items_from_lines
from parsers.extract.vocab import labels

LIMITS = Limits(isolate=False)


def _doc(text: str, name: str = "doc.txt") -> Any:
    docs = parse_bytes(text.encode("utf-8"), name, limits=LIMITS).documents
    assert docs, "no document extracted"
    return docs[0]


def _pdf_doc(rows: list[tuple[float, float, str]]) -> Any:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 8)
    for x, y, text in rows:
        c.drawString(x, 842 - y, text)
    c.save()
    (doc,) = parse_bytes(buf.getvalue(), "doc.pdf", limits=LIMITS).documents
    return doc


# -- the ERP's name for the tax it charges on a sale

def _totals(tax_row: str, total: str) -> str:
    return ("Invoice\n"
            "Document No.   7100042\n"
            "Total net value   1,000.00\n"
            f"{tax_row}\n"
            f"Total amount   EUR {total}\n")


def test_an_output_tax_row_is_the_tax_also_a_zero_rated_one() -> None:
    assert _doc(_totals("Output tax 0 % (export, zero-rated)   0.00", "1,000.00")).tax == Decimal("0.00")
    assert _doc(_totals("Output tax 19 %   190.00", "1,190.00")).tax == Decimal("190.00")


def test_an_output_figure_is_no_tax() -> None:
    # negative: a machine's output is no tax caption
    assert _doc(_totals("Output   2,000 pcs per day", "1,000.00")).tax is None


# -- a supply agreement: the schedule's price row and the payment terms in a numbered sub-clause

def _agreement(clause: str, price_row: str = "Agreement price (no tax charged)   EUR   1,250.00") -> str:
    return ("SUPPLY AGREEMENT\n"
            "Agreement reference: SA-2037-004\n"
            "THIS AGREEMENT is dated 3 Mar 2037.\n"
            "3. PRICE AND PAYMENT\n"
            f"{clause}\n"
            "4. WARRANTY\n"
            "4.1 The Supplier warrants the Goods for twelve (12) months from delivery.\n"
            "SCHEDULE 1 – THE GOODS\n"
            "No.   Part number   Goods   Quantity   Unit   Unit price EUR   Total EUR\n"
            "1.   AX-100   Bearing housing   10   pcs   100.00   1,000.00\n"
            "2.   AX-200   Shaft seal   5   pcs   50.00   250.00\n"
            f"{price_row}\n")


PROSE = ("3.1 The price of the Goods is EUR 1,250.00 as set out in Schedule 1. 3.2 Payment terms: Net 30 days from "
         "B/L date. 3.3 Payment to Example Bank plc, IBAN GB00 EXMP 0000 0000 0000 00.")


def test_an_agreements_price_row_is_its_total_and_net_amount() -> None:
    doc = _agreement(PROSE)
    d = _doc(doc)
    assert d.doc_type == "contract"
    assert d.total == Decimal("1250.00") and d.subtotal == Decimal("1250.00")


def test_an_agreements_reference_is_no_amount() -> None:
    # negative: without the price row, the reference caption gives no total
    assert _doc(_agreement(PROSE, price_row="")).total is None


def test_payment_terms_in_a_numbered_sub_clause_run_on_in_a_paragraph() -> None:
    assert _doc(_agreement(PROSE)).payment_terms == "Net 30 days from B/L date"
    # the paragraph wrapped over lines (its PDF): the sub-clause still ends at the next one
    wrapped = PROSE.replace("Payment terms: Net 30 days", "Payment terms: Net 30\ndays")
    assert _doc(_agreement(wrapped)).payment_terms == "Net 30 days from B/L date"
    fr = PROSE.replace("Net 30 days from B/L date", "30 % à la commande, solde contre documents d'expédition")
    assert _doc(_agreement(fr)).payment_terms == "30 % à la commande, solde contre documents d'expédition"


def test_a_sub_clause_about_payment_without_a_caption_gives_no_terms() -> None:
    # negatives: prose about the terms and the bank's clause are no terms caption with its colon
    prose = ("3.1 The price of the Goods is EUR 1,250.00 as set out in Schedule 1. 3.2 Payment terms are set out "
             "in Schedule 2. 3.3 Payment to Example Bank plc, IBAN GB00 EXMP 0000 0000 0000 00.")
    assert _doc(_agreement(prose)).payment_terms is None


# -- the SAP-style header: a caption column right of the customer's address, values beside the captions

def _header(title: str, captions: list[tuple[str, str]], wraps: dict[int, str] | None = None
            ) -> list[tuple[float, float, str]]:
    rows: list[tuple[float, float, str]] = [
        (46, 60, "Example Trading Ltd. · 12 Dock Road · Southampton SO14 3AB · UK"),
        (46, 80, "Kunde Weberei HJ"), (46, 92, "Hauptstrasse 12"), (46, 104, "744000 Ashgabat"),
        (46, 116, "Turkmenistan"),
    ]
    y = 80.0
    for n, (cap, val) in enumerate(captions):
        rows.append((314, y, cap))
        if val:
            rows.append((435, y, val))
        if wraps and n in wraps:
            y += 9
            rows.append((314, y, wraps[n]))
        y += 12
    rows += [(52, y + 20, title),
             (48, y + 40, "Item"), (90, y + 40, "Material"), (155, y + 40, "Description"), (350, y + 40, "Quantity"),
             (48, y + 55, "000010"), (90, y + 55, "AB-10"), (155, y + 55, "Spindle tape, 10 mm"), (360, y + 55, "50")]
    return rows


def test_a_caption_row_citing_the_invoice_in_the_header_grid_is_no_title() -> None:
    doc = _pdf_doc(_header("Packing List", [
        ("Document No.", "70042311"), ("Date", "06.05.2037"), ("Customer No.", "300118"), ("Your order", "4500021177"),
        ("Invoice", "61023347"), ("Contact", "Jane Doe"), ("Page", "1")]))
    assert doc.doc_type == "packing_list"
    assert doc.number == "70042311"


def test_an_erp_title_with_its_number_above_the_caption_grid_stays_the_title() -> None:
    # negative: the title word and its code over the grid, not between its rows, is the title
    rows = _header("", [("Date", "06.05.2037"), ("Your order", "4500021177"), ("Contact", "Jane Doe")])
    rows.append((314, 68, "Invoice"))
    rows.append((435, 68, "INV-2037-0077"))
    doc = _pdf_doc(rows)
    assert doc.doc_type == "commercial_invoice"


def test_a_two_language_caption_wrapped_in_its_cell_names_no_title() -> None:
    doc = _pdf_doc(_header("Pro Forma Invoice / Facture proforma", [
        ("Document No. / N° de", "61023402"), ("Date / Date", "9 avril 2037"), ("Your order / Votre", "BC-37-0230"),
        ("Contact", "Jane Doe")], wraps={2: "commande"}))
    assert doc.doc_type == "proforma_invoice"
    assert doc.order_number == "BC-37-0230"


def test_a_bon_de_commande_title_stays_an_order() -> None:
    # negative: the same word as the title (capitalised, a line of its own) is the document
    doc = _pdf_doc(_header("Bon de commande", [
        ("Numéro", "BC-37-0230"), ("Date", "9 avril 2037"), ("Contact", "Jane Doe")]))
    assert doc.doc_type == "purchase_order"


def test_a_number_caption_whose_translation_wrapped_below_reads_the_value_beside_it() -> None:
    doc = _pdf_doc(_header("Quotation / Angebot", [
        ("Document No. /", "QT-37-00481"), ("Date / Datum", "14.03.2037"), ("Contact", "Jane Doe")],
        wraps={0: "Belegnummer"}))
    assert doc.doc_type == "quotation"
    assert doc.number == "QT-37-00481"


# -- the item table's captions in two languages, each wrapped at its slash ("Item /" over "Pos.")

W = tuple[float, float, str]


def _line(top: float, words: list[W]) -> TextLine:
    text = ""
    for x0, _x1, t in words:
        text += (" " * max(1, int((x0 - 48) / 4) - len(text)) if text else "") + t
    return TextLine(text, {"page": 1, "top": top}, words=words)


def _two_language_items(per: list[W]) -> list[TextLine]:
    head = [(48, 66, "Item"), (68, 71, "/"), (90, 122, "Material"), (124, 127, "/"), (320, 354, "Quantity"),
            (357, 359, "/"), (364, 381, "UoM"), (383, 386, "/"), (414, 433, "Price"), (436, 438, "/"),
            (505, 519, "Net"), (521, 542, "value"), (545, 547, "/")]
    head2 = [(48, 64, "Pos."), (90, 122, "Material"), (154, 198, "Description"), (201, 203, "/"),
             (206, 256, "Bezeichnung"), (333, 359, "Menge"), (364, 375, "ME"), (420, 438, "Preis"), *per,
             (490, 529, "Nettowert"), (531, 547, "EUR")]
    lines = [_line(225, head), _line(234, head2)]
    top = 248.0
    for pos, code, text, qty, price, amount in (
            ("000010", "TB-14", [(154, 202, "Treibriemen"), (205, 233, "endlos,"), (235, 245, "14"), (248, 263, "mm")],
             "50", "17,60", "880,00"),
            ("000020", "KL-3", [(154, 194, "Klemmring"), (196, 207, "Nr."), (210, 225, "3/0")],
             "40", "22,50", "900,00")):
        lines.append(_line(top, [(48, 78, pos), (90, 113, code), *text, (349, 359, qty), (364, 376, "Stk"),
                                 (416, 438, price), (443, 448, "1"), (520, 548, amount)]))
        lines.append(_line(top + 9, [(443, 455, "Stk")]))
        top += 24
    lines.append(_line(top, [(347, 366, "Total"), (369, 382, "net"), (385, 405, "value"), (509, 540, "1.780,00")]))
    return lines


def _read_items(lines: list[TextLine]) -> list[Any]:
    totals = [lab for lab in labels("fields") if lab.field in ("subtotal", "total")]
    return items_from_lines(lines, labels("columns"), totals, ",")[0]


def test_item_captions_in_two_languages_wrapped_at_their_slash_read_as_one_heading_each() -> None:
    items = _read_items(_two_language_items([(443, 456, "per")]))
    got = [(it.sku, it.quantity, it.unit_price, it.amount) for it in items]
    assert got == [("TB-14", 50.0, Decimal("17.60"), Decimal("880.00")),
                   ("KL-3", 40.0, Decimal("22.50"), Decimal("900.00"))]
    assert items[0].description == "Treibriemen endlos, 14 mm"


def test_a_word_one_space_beside_a_wrapped_heading_still_continues_it() -> None:
    # negative: "Preis/ME" one word space after "Preis" (no column gap) stays the price heading's rest; the items
    # still read
    items = _read_items(_two_language_items([(440, 453, "/ME")]))
    assert [(it.sku, it.unit_price) for it in items] == [("TB-14", Decimal("17.60")), ("KL-3", Decimal("22.50"))]
