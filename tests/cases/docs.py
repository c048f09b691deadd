"""Small real business documents (.docx) and mails for the classify/cases tests."""
from __future__ import annotations

import io
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import docx


def docx_document(title: str, number_label: str, number: str, *, extra: list[str] = (),  # type: ignore[assignment]
                  lines: list[tuple[str, str, int, str]] = (), total: str | None = None,  # type: ignore[assignment]
                  signature: str | None = None) -> bytes:
    """A one-page Word document: title, number, parties, an item table, total and a signature line."""
    d = docx.Document()
    d.add_heading(title, level=1)
    d.add_paragraph(f"{number_label}: {number}")
    d.add_paragraph("Date: 2026-03-02")
    d.add_paragraph("Buyer: Acme Industrial Supplies Ltd, 1 Harbour Street, Leeds, United Kingdom")
    d.add_paragraph("Seller: Example Trading GmbH, Hafenstrasse 5, Hamburg, Germany")
    for line in extra:
        d.add_paragraph(line)
    if lines:
        table = d.add_table(rows=1, cols=4)
        for cell, text in zip(table.rows[0].cells, ("Item", "Description", "Quantity", "Unit price"), strict=True):
            cell.text = text
        for sku, desc, qty, price in lines:
            row = table.add_row().cells
            row[0].text, row[1].text, row[2].text, row[3].text = sku, desc, str(qty), price
    if total:
        d.add_paragraph(f"Total: EUR {total}")
    if signature is not None:
        d.add_paragraph(f"Signature: {signature}")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
LINES = [("VB-100", "Brass ball valve DN25", 100, "12.50"), ("VB-200", "Gate valve DN50", 40, "31.00")]


def purchase_order(number: str = "4500012345") -> bytes:
    return docx_document("PURCHASE ORDER", "PO Number", number, lines=LINES, total="2490.00",
                         extra=["Currency: EUR", "Incoterms: FOB Hamburg"])


def commercial_invoice(number: str = "INV-2026-0042", po: str = "4500012345") -> bytes:
    return docx_document("COMMERCIAL INVOICE", "Invoice No", number, lines=LINES, total="2490.00",
                         extra=[f"Your order: {po}", "Currency: EUR"])


def contract(number: str = "SC-2026-017", *, signed: bool) -> bytes:
    return docx_document("SALES CONTRACT", "Contract No", number, total="2490.00",
                         extra=["The seller sells and the buyer buys the goods below under the terms agreed."],
                         lines=LINES, signature="John Smith, Purchasing Director" if signed else "__________")


def mail(*, subject: str, body: str, sender: str = "John Smith <john.smith@acme-industrial.example>",
         to: str = "orders@example.com", attachments: list[tuple[str, bytes]] = (),  # type: ignore[assignment]
         in_reply_to: str | None = None, headers: dict[str, str] | None = None,
         message_id: str | None = None) -> tuple[bytes, str]:
    """A raw RFC 5322 message (bytes) and its Message-ID."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    mid = message_id or make_msgid(domain=sender.split("@")[-1].strip(">"))
    msg["Message-ID"] = mid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    for name, data in attachments:
        maintype, subtype = DOCX.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(msg), mid
