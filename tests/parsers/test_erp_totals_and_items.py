"""ERP and accounting prints, amounts and items: a tax group's row in the totals box ("0% Export"), a title with its
bare number, a currency code glued to an amount, a strip of captions under the items, an ERP sheet's footer."""
from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from parsers import Limits, parse_bytes
from parsers.content import Content, Ctx, Table, TextLine
from parsers.extract.document import extract_document
from parsers.extract.lineitems import items_from_tables
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


# -- the tax group's row of an ERP's totals box ("Untaxed Amount / 0% Export / Total")

def _sales_paper(tax_row: str, total: str, title: str = "Quotation # SQ-0042") -> str:
    return (f"{title}\n"
            "Description   Quantity   Unit Price   Taxes   Amount\n"
            "[AB-1] Roller 100 mm   10.00 ea   96.20   0% Export   USD 962.00\n"
            "[AB-2] Fan 450 mm   2.00 ea   19.00   0% Export   USD 38.00\n"
            "Untaxed Amount   USD 1,000.00\n"
            f"{tax_row}\n"
            f"Total   USD {total}\n")


def test_a_zero_rate_tax_groups_row_between_net_and_total_is_the_tax() -> None:
    doc = _doc(_sales_paper("0% Export   USD 0.00", "1,000.00"))
    assert doc.subtotal == Decimal("1000.00") and doc.total == Decimal("1000.00")
    assert doc.tax == Decimal("0.00")


def test_a_rated_tax_groups_row_with_its_amount_is_the_tax() -> None:
    doc = _doc(_sales_paper("15% Sales   USD 150.00", "1,150.00"))
    assert doc.tax == Decimal("150.00")


def test_a_rated_row_that_does_not_close_the_sum_or_is_a_discount_is_no_tax() -> None:
    # negatives: the amount does not make net + it = total; a cash discount's rate first is no tax group
    assert _doc(_sales_paper("0% Export   USD 20.00", "1,000.00")).tax is None
    assert _doc(_sales_paper("2% Skonto   USD 0.00", "1,000.00")).tax is None


# -- the title word and its number, no marker ("Invoice INV/2038/00455")

def test_an_erp_invoice_title_with_its_bare_number_beats_the_subtitle_in_the_customers_language() -> None:
    doc = _doc("Example Trading Ltd.   Kunde GmbH\n"
               "12 Dock Road   Hafenweg 1\n"
               "Invoice INV/2037/00412\n"
               "Rechnung\n"
               "Invoice Date   Due Date   Source\n"
               "02.03.2037   01.04.2037   B-2037-0064\n"
               "Untaxed Amount   EUR 100,00\n"
               "Total   EUR 100,00\n")
    assert doc.doc_type == "commercial_invoice"
    assert doc.number == "INV/2037/00412"


def test_a_title_followed_by_words_or_a_date_gives_no_number_that_way() -> None:
    # negatives: "Invoice address" over a line, "Invoice 2037" (a year, no code) number nothing
    doc = _doc("Invoice address\nKunde GmbH\nRechnung\nDatum: 02.03.2037\nTotal   EUR 100,00\n")
    assert doc.number is None
    doc = _doc("Invoice 2037\nRechnung\nDatum: 02.03.2037\nTotal   EUR 100,00\n")
    assert doc.number is None


# -- a currency code glued to the amount ("TOTAL   USD8,497.96")

def test_a_currency_code_glued_to_the_total_is_read() -> None:
    doc = _doc("PURCHASE ORDER\nP.O. NO. PO-1047\n"
               "#   PRODUCT/SERVICE   DESCRIPTION   QTY   RATE   AMOUNT\n"
               "1   NC-100   Roller 100 mm   10   91.39   913.90\n"
               "2   DF-450   Fan 450 mm   3   251.75   755.25\n"
               "TOTAL   USD1,669.15\n")
    assert doc.total == Decimal("1669.15")


def test_a_code_glued_to_bare_digits_is_no_amount() -> None:
    from parsers.extract.document import _amount_of

    assert _amount_of("USD8,497.96", "", None) == (Decimal("8497.96"), "8,497.96")
    assert _amount_of("EUR120.50", "", None) == (Decimal("120.50"), "120.50")
    # negatives: a bank's reference keeps its digits glued (no decimals), and so does a code that is no currency
    assert _amount_of("BAM26061100318", "", None) is None
    assert _amount_of("ABC1,200.00", "", None) != (Decimal("1200.00"), "1,200.00")


# -- a strip of captions over their values under the items ("Carrier | Tracking Reference | Packages | Weight")

def _packing(strip: list[tuple[float, float, str]]) -> Any:
    return _pdf_doc([(46, 40, "Example Components Ltd."), (46, 60, "Packing List # WH-PL-37-0366"),
                     (49, 80, "Product"), (127, 80, "Description"), (438, 80, "Quantity"), (490, 80, "Package"),
                     (49, 92, "AB-400"), (127, 92, "Heating band 400 mm"), (439, 92, "4.00 Stk"),
                     (490, 92, "PACK0001"),
                     (49, 104, "AB-6"), (127, 104, "Door seal 6 GN"), (434, 104, "10.00 Stk"), (490, 104, "PACK0002"),
                     *strip])


def test_a_caption_strip_under_the_items_ends_the_table() -> None:
    doc = _packing([(46, 130, "Carrier"), (178, 130, "Tracking Reference"), (355, 130, "Packages"),
                    (453, 130, "Weight"),
                    (46, 142, "DHL Express"), (178, 142, "6727379217"), (355, 142, "2"), (453, 142, "129.2 kg")])
    assert [(it.sku, it.quantity) for it in doc.line_items] == [("AB-400", 4.0), ("AB-6", 10.0)]


def test_an_item_row_after_words_in_the_text_column_stays_an_item() -> None:
    # negative: a line of words alone (a wrapped description, one cell) is no caption strip
    doc = _packing([(127, 116, "Spare gasket"), (49, 128, "AB-9"), (127, 128, "Hinge 9 mm"), (439, 128, "2.00 Stk"),
                    (490, 128, "PACK0002")])
    assert [it.sku for it in doc.line_items] == ["AB-400", "AB-6", "AB-9"]


# -- an ERP sheet: totals captions in the footer beside the remarks, Spanish captions

def test_a_sheet_footer_with_a_totals_caption_beside_the_remarks_ends_the_items() -> None:
    rows = [["#", "Item No.", "Item Description", "Quantity", "UoM Code", "Unit Price", "Total (USD)"],
            ["1", "KA-004", "Slurry pump impeller", "6", "EA", "880", "5280"],
            ["2", "KA-001", "Screen panel", "4", "EA", "64", "256"],
            ["", "", "", "", "", "", ""],
            ["Remarks", "", "Based on quotation S-0215.", "", "Total Before Discount", "", "5536"],
            ["Payment Terms", "", "100% T/T within 30 days", "", "Freight", "", "0"],
            ["Incoterms", "", "CFR Freetown", "", "Tax", "", "0"]]
    total_labels = [lab for lab in labels("fields") if lab.field in ("total", "subtotal")]
    items, _ = items_from_tables([Table(rows, {"sheet": "1"})], labels("columns"), total_labels, None)
    assert [(it.sku, it.unit, it.amount) for it in items] == [("KA-004", "EA", Decimal("5280")),
                                                              ("KA-001", "EA", Decimal("256"))]


def test_a_totals_word_in_an_items_description_keeps_the_item() -> None:
    # negative: "Total station" is an item's text in the description column
    rows = [["Item No.", "Item Description", "Quantity", "Unit Price", "Amount"],
            ["TS-16", "Total station survey kit", "2", "4100", "8200"],
            ["TS-17", "Tripod", "2", "150", "300"]]
    total_labels = [lab for lab in labels("fields") if lab.field in ("total", "subtotal")]
    items, _ = items_from_tables([Table(rows, {"sheet": "1"})], labels("columns"), total_labels, None)
    assert [it.sku for it in items] == ["TS-16", "TS-17"]


def test_spanish_erp_sheet_captions_item_number_unit_code_and_totals() -> None:
    rows = [["Pedido de compra – Panificadora Ejemplo B.V.", "", "", "", "", "", ""],
            ["Proveedor", "", "PR-0391", "", "N.º", "", "OC-38-0107"],
            ["Nombre", "", "Example Components Ltd.", "", "Estado", "", "Abierto"],
            ["#", "N.º de artículo", "Descripción del artículo", "Cantidad", "Código UdM", "Precio unitario",
             "Total (USD)"],
            ["1", "PPC-400", "Cuchilla 400 g", "8", "pza", "84", "672"],
            ["2", "PPC-180", "Ventilador 180 W", "3", "pza", "298", "894"],
            ["", "", "", "", "", "", ""],
            ["Comentarios", "", "Basado en oferta S-0308.", "", "Total antes del descuento", "", "1566"],
            ["Condiciones de pago", "", "Neto 30 días", "", "Flete", "", "0"],
            ["Incoterms", "", "CIF Willemstad", "", "Impuesto", "", "0"],
            ["Destino", "", "Almacén", "", "Total pago vencido", "", "1566"]]
    lines = [TextLine("   ".join(c for c in r if c), {"sheet": "1"}) for r in rows if any(r)]
    doc = extract_document(Content(lines=lines, tables=[Table(rows, {"sheet": "1"})]), Ctx(limits=LIMITS),
                           source="test.xlsx")
    assert doc is not None
    assert doc.subtotal == Decimal("1566") and doc.tax == Decimal("0") and doc.total == Decimal("1566")
    assert [(it.sku, it.unit) for it in doc.line_items] == [("PPC-400", "pza"), ("PPC-180", "pza")]
