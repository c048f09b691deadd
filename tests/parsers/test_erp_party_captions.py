"""ERP and carrier forms, parties: a box caption beside another column's number reads the box below ("Consignee"
beside the bill's numbers), a partner's account number beside its caption with the name captioned "Name" below."""
from __future__ import annotations

import io
from typing import Any

from parsers import Limits, parse_bytes

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


# -- a carrier's box caption beside another column's number ("Consignee   MALU…   MAL…" under "B/L No.")

def _bill(consignee_line: list[tuple[float, float, str]]) -> Any:
    return _pdf_doc([(49, 40, "Shipper"), (301, 40, "OCEANIC EXAMPLE LINE"),
                     (49, 50, "Example Components Ltd."), (301, 50, "BILL OF LADING"),
                     (49, 60, "12 Dock Road"), (49, 70, "Southampton SO14 3AB"),
                     (305, 85, "B/L No."), (464, 85, "Booking No."),
                     *consignee_line,
                     (49, 105, "Harbour Spice Growers Ltd."), (49, 115, "Brown Street"),
                     (305, 115, "Export references"), (49, 125, "Grenville"),
                     (305, 125, "Buyer's order HS-PO-1047"),
                     (49, 150, "Notify Party"), (301, 150, "Onward inland routing"),
                     (49, 160, "SAME AS CONSIGNEE"), (301, 160, "St. George's, Grenada"),
                     (49, 200, "Port of discharge"), (251, 200, "Place of delivery"),
                     (49, 210, "St. George's"), (251, 210, "St. George's"),
                     (308, 250, "SHIPPED ON BOARD"), (308, 260, "22 MAR 2037")])


def test_a_consignee_caption_beside_the_bill_numbers_reads_the_box_below() -> None:
    doc = _bill([(49, 95, "Consignee"), (305, 95, "OELU37SOU004712"), (464, 95, "OEL3980063")])
    assert doc.buyer is not None and doc.buyer.name == "Harbour Spice Growers Ltd."


def test_a_consignee_with_its_name_close_beside_it_keeps_that_name() -> None:
    # negative: the name in the caption's own value cell (not far right, not a code) is the consignee
    doc = _bill([(49, 95, "Consignee"), (110, 95, "Kestrel Works Ltd.")])
    assert doc.buyer is not None and doc.buyer.name == "Kestrel Works Ltd."


def test_the_vendors_account_number_then_its_name_captioned_name() -> None:
    doc = _doc("Purchase Order – Example Mining Ltd.\n"
               "Vendor   V10482   No.   4100387\n"
               "Name   Example Components Ltd.   Status   Open\n"
               "Total Payment Due   100.00   USD\n")
    assert doc.seller is not None and doc.seller.name == "Example Components Ltd."


def test_a_name_line_that_holds_no_company_names_no_vendor() -> None:
    # negative: a contact person's name under the caption is no company
    doc = _doc("Purchase Order – Example Mining Ltd.\n"
               "Vendor   V10482   No.   4100387\n"
               "Name   Anna Keller   Status   Open\n"
               "Total Payment Due   100.00   USD\n")
    assert doc.seller is None or doc.seller.name != "Anna Keller"


def test_the_vendors_account_number_in_spanish_captions() -> None:
    doc = _doc("Pedido de compra – Panificadora Ejemplo B.V.\n"
               "Proveedor   PR-0391   N.º   OC-38-0107\n"
               "Nombre   Example Components Ltd.   Estado   Abierto\n"
               "Total pago vencido   1566   USD\n")
    assert doc.seller is not None and doc.seller.name == "Example Components Ltd."
