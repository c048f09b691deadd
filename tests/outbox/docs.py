"""Small business PDFs (reportlab) for the outbox end-to-end tests: an order, an invoice, a signed contract."""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def _pdf(lines: list[str]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)  # invariant: same bytes every run
    y = 800
    for line in lines:
        c.drawString(60, y, line)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


def purchase_order(number: str = "PO-4711") -> bytes:
    return _pdf(["Northwind Buyers Ltd, 1 Harbour Road, Bristol, United Kingdom",
                 "PURCHASE ORDER", f"PO Number: {number}", "Order Date: 2026-11-20",
                 "Supplier: Example Trading GmbH, Hamburg, Germany", "",
                 "Item   Description            Qty   Unit Price   Amount",
                 "A-100  Ball bearing 6204      100   2.50         250.00",
                 "A-200  Ball bearing 6205      200   3.00         600.00", "",
                 "Total: EUR 850.00", "Incoterms: FOB Hamburg"])


def commercial_invoice(order: str = "PO-4711") -> bytes:
    return _pdf(["Northwind Buyers Ltd, 1 Harbour Road, Bristol, United Kingdom",
                 "COMMERCIAL INVOICE", "Invoice No: CI-2026-881", "Invoice Date: 2026-11-20",
                 f"Your order: {order}", "",
                 "Item   Description            Qty   Unit Price   Amount",
                 "A-100  Ball bearing 6204      100   2.50         250.00",
                 "A-200  Ball bearing 6205      200   3.00         600.00", "",
                 "Total: EUR 850.00"])


def signed_contract(order: str = "PO-4711") -> bytes:
    return _pdf(["SALES CONTRACT", "Contract No: SC-2026-031", "Date: 2026-11-21",
                 f"Purchase order: {order}",
                 "Seller: Example Trading GmbH, Hamburg, Germany",
                 "Buyer: Northwind Buyers Ltd, Bristol, United Kingdom", "",
                 "The seller sells and the buyer buys the goods of the purchase order above.",
                 "Total contract value: EUR 850.00", "",
                 "Signed for the seller: /s/ Anna Keller    Signed for the buyer: /s/ Jane Buyer",
                 "Signature: Anna Keller                     Signature: Jane Buyer"])
