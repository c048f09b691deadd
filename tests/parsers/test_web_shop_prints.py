"""Our own paperwork out of a web shop's order printer: the quantity after a multiplication sign ("× 4"), the
code in small type under the item's title ("SKU AB-22 · Unit: pc"), a packing slip titled in the customer's
language beside a caption strip citing the invoice."""
from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from parsers import Limits, parse_bytes
from parsers.extract.lineitems import _qty

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


# -- a web shop's order print: "price   × qty   line total", the code under the title

def test_a_quantity_after_a_multiplication_sign() -> None:
    assert _qty("× 4", ".")[0] == 4.0
    assert _qty("x 12", ".")[0] == 12.0
    assert _qty("×40", ".")[0] == 40.0
    # negatives: a size is no quantity, nor is a letter alone
    assert _qty("4 x 6", ".")[0] is None
    assert _qty("XL", ".")[0] is None


def _shop_print(heads: tuple[str, str, str, str], code_caption: str, unit: str, decimal: str = ".",
                title: str = "Quote") -> list[tuple[float, float, str]]:
    rows: list[tuple[float, float, str]] = [
        (46, 46, "Example Components"), (480, 46, title), (46, 66, "Example Components Ltd."), (480, 66, "#EX-Q1001"),
        (46, 74, "12 Dock Road"), (46, 82, "Southampton SO14 3AB"), (46, 119, "BILL TO"),
        (46, 128, "Weberei Nord HJ"), (46, 138, "Hauptstrasse 12"), (46, 149, "744000 Ashgabat"),
        (86, 228, heads[0]), (399, 228, heads[1]), (469, 228, heads[2]), (511, 228, heads[3]),
    ]
    items = [("Spindle tape, 10 mm, roll of 50 m", "AB-10", "12.50", "4", "50.00"),
             ("Bearing housing, cast iron, 40 mm bore", "AB-40", "80.00", "2", "160.00"),
             ("Shaft seal kit, NBR, for 40 mm shaft", "AB-41", "5.25", "10", "52.50")]
    y = 245.0
    for text, code, price, qty, amount in items:
        if decimal == ",":
            price, amount = price.replace(".", ","), amount.replace(".", ",")
        rows += [(86, y, text), (407, y, price), (468, y, f"× {qty}"), (517, y, amount),
                 (86, y + 11, f"{code_caption} {code} · {unit}")]
        y += 29
    rows += [(368, y + 10, "Subtotal"), (503, y + 10, "262.50" if decimal == "." else "262,50"),
             (368, y + 25, "Total"), (481, y + 25, "262.50 USD" if decimal == "." else "262,50 EUR")]
    return rows


def test_a_web_shop_prints_the_quantity_after_a_times_sign_and_the_code_under_the_title() -> None:
    doc = _pdf_doc(_shop_print(("Item", "Price USD", "Qty", "Total USD"), "SKU", "Unit: PCS"))
    got = [(it.sku, it.quantity, it.unit_price, it.amount) for it in doc.line_items]
    assert got == [("AB-10", 4.0, Decimal("12.50"), Decimal("50.00")),
                   ("AB-40", 2.0, Decimal("80.00"), Decimal("160.00")),
                   ("AB-41", 10.0, Decimal("5.25"), Decimal("52.50"))]


def test_a_heading_read_as_the_code_over_the_titles_takes_the_labelled_code_below() -> None:
    # "Artikel" names the article (read as the code heading); the titles stand under it, the codes in small type
    doc = _pdf_doc(_shop_print(("Artikel", "Preis EUR", "Menge", "Gesamt EUR"), "SKU", "Einheit: Stk", ",",
                               title="Angebot"))
    assert [it.sku for it in doc.line_items] == ["AB-10", "AB-40", "AB-41"]
    assert doc.line_items[0].description == "Spindle tape, 10 mm, roll of 50 m"


def test_a_code_column_of_codes_keeps_its_codes() -> None:
    # negative: a real code column ("Art.-Nr." over codes) is no title column, whatever stands below
    rows = [(46, 46, "Example Components"), (480, 46, "Angebot"), (480, 66, "#EX-Q1002"),
            (86, 228, "Art.-Nr."), (160, 228, "Bezeichnung"), (399, 228, "Preis EUR"), (469, 228, "Menge"),
            (511, 228, "Gesamt EUR"),
            (86, 245, "AB-10"), (160, 245, "Spindle tape"), (407, 245, "12,50"), (477, 245, "4"), (517, 245, "50,00"),
            (86, 274, "AB-40"), (160, 274, "Bearing housing"), (407, 274, "80,00"), (477, 274, "2"),
            (517, 274, "160,00"),
            (368, 310, "Gesamt"), (481, 310, "210,00 EUR")]
    doc = _pdf_doc(rows)
    assert [it.sku for it in doc.line_items] == ["AB-10", "AB-40"]


def test_a_code_caption_with_its_code_opens_no_table_heading() -> None:
    # "SKU AB-10 · Unit: PCS" names columns' words (code, unit, "PCS"), but it is an item's detail line: the
    # heading above stays the table's and every item is read
    doc = _pdf_doc(_shop_print(("Item", "Price USD", "Qty", "Total USD"), "SKU", "Unit: PCS"))
    assert len(doc.line_items) == 3


def _packing_slip(title: str, strip: str, values: str) -> str:
    return ("Example Components   " + title + "\n"
            "Example Components Ltd.   #EX-PS4060\n"
            "12 Dock Road\n"
            "Southampton SO14 3AB\n"
            "United Kingdom\n"
            "BILL TO   SHIP TO\n"
            "Weberei Nord HJ   Weberei Nord HJ, Tor 3\n"
            "Hauptstrasse 12   Hauptstrasse 12\n"
            "744000 Ashgabat   744000 Ashgabat\n"
            f"{strip}\n"
            f"{values}\n"
            "Items   Box   Qty\n"
            "Spindle tape, 10 mm   1/2   4\n"
            "Bearing housing, 40 mm   2/2   2\n")


def test_a_packing_slip_in_the_customers_language_beside_a_strip_citing_the_invoice() -> None:
    strip, values = "DATUM   IHRE BESTELLUNG   RECHNUNG   LIEFERBEDINGUNG   VERSANDART", \
        "27.02.2040   4700-0318   EX-IN40815   DAP Ashgabat   Express"
    assert _doc(_packing_slip("Lieferschein / Packliste", strip, values)).doc_type == "packing_list"
    fr = ("DATE   VOTRE COMMANDE   FACTURE   INCOTERM   MODE D'EXPÉDITION",
          "02/04/2040   BC-2040-017   EX-IN40901   CFR Mutsamudu   Maritime")
    assert _doc(_packing_slip("Bordereau de colisage", *fr)).doc_type == "packing_list"
    es = ("FECHA   SU PEDIDO   FACTURA   INCOTERM   FORMA DE ENVÍO",
          "12/03/2040   OC-40-0226   EX-IN40934   CIF Kralendijk   Express")
    assert _doc(_packing_slip("Albarán de empaque", *es)).doc_type == "packing_list"


def test_an_invoice_titled_in_capitals_stays_an_invoice() -> None:
    # negative: a title in capitals on a line of its own is no caption of a strip
    text = ("Example Components Ltd.\n"
            "RECHNUNG\n"
            "Rechnungsnummer: EX-IN40815\n"
            "DATUM   IHRE BESTELLUNG   LIEFERBEDINGUNG   VERSANDART\n"
            "27.02.2040   4700-0318   DAP Ashgabat   Express\n"
            "Pos   Bezeichnung   Menge   Preis   Betrag\n"
            "1   Spindle tape   4   12,50   50,00\n"
            "Gesamtbetrag   EUR   50,00\n")
    assert _doc(text).doc_type == "commercial_invoice"
