"""Per-format tests on documents generated here or committed under fixtures/ (LibreOffice conversions)."""
from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest

from parsers import parse_bytes, parse_file
from parsers.detect import detect_type

from .conftest import make_tnef, make_zip


def _one(result):
    assert result.status == "ok", result.errors
    assert len(result.documents) == 1, result.documents
    return result.documents[0]


@pytest.mark.parametrize("name", ["invoice_en.docx", "invoice_en.pdf"])
def test_commercial_invoice_docx_and_office_pdf(fixtures, inproc, validate_document, name):
    doc = _one(parse_file(fixtures / name, limits=inproc))
    validate_document(doc.to_json())
    assert doc.doc_type == "commercial_invoice"
    assert doc.number == "CI-2026-0815"
    assert doc.order_number == "PO-4711"
    assert doc.date == dt.date(2026, 11, 3)
    assert doc.due_date == dt.date(2026, 12, 3)
    assert doc.currency == "USD"
    assert doc.total == Decimal("10620.00")
    assert doc.incoterms == "FOB Ningbo"
    assert doc.payment_terms.startswith("T/T 30% deposit")
    assert doc.seller.name == "Ningbo Bright Lighting Co., Ltd." and doc.seller.country == "CN"
    assert doc.seller.email == "sales@brightlight.cn"
    assert doc.buyer.name == "Hansa Leuchten GmbH" and doc.buyer.vat_id == "DE123456789"
    assert doc.tracking_numbers == ["MSKU1234565"]  # valid ISO 6346 check digit
    assert [(i.sku, i.quantity, i.unit_price, i.amount) for i in doc.line_items] == [
        ("LED-100", 500, Decimal("12.50"), Decimal("6250.00")),
        ("LED-200", 1200, Decimal("2.35"), Decimal("2820.00")),
        ("DRV-10", 500, Decimal("3.10"), Decimal("1550.00"))]
    assert doc.line_items[0].description.startswith("LED panel")
    assert doc.warnings == []
    assert doc.evidence["number"]["snippet"].startswith("Invoice No")
    assert 0 < doc.confidence["total"] <= 1


@pytest.mark.parametrize("name", ["order_de.xlsx", "order_de.xls", "order_de.ods"])
def test_german_purchase_order_spreadsheets(fixtures, inproc, validate_document, name):
    doc = _one(parse_file(fixtures / name, limits=inproc))
    validate_document(doc.to_json())
    assert doc.doc_type == "purchase_order"
    assert doc.number == "B-2026-0042"
    assert doc.date == dt.date(2026, 11, 3)
    assert doc.delivery_date == dt.date(2027, 1, 15)
    assert (doc.subtotal, doc.tax, doc.total, doc.currency) == (Decimal("10625"), Decimal("2018.75"),
                                                                Decimal("12643.75"), "EUR")
    assert doc.incoterms == "FCA Ningbo"
    assert [i.sku for i in doc.line_items] == ["LED-100", "LED-200", "DRV-10"]
    assert doc.line_items[1].unit == "Stk"
    # the workbook has a deliberate error in line 3 (500 x 3.10 = 1550, not 1555)
    assert any(w.startswith("line 3: 500 x 3.1") for w in doc.warnings)
    assert doc.evidence["number"]["sheet"] == "Bestellung"


def test_french_quotation_whitespace_table(fixtures, inproc):
    doc = _one(parse_file(fixtures / "quotation_fr.pdf", limits=inproc))
    assert doc.doc_type == "quotation"
    assert doc.number == "DV-2026-077"
    assert doc.date == dt.date(2026, 11, 3)
    assert (doc.subtotal, doc.tax, doc.total, doc.currency) == (Decimal("5175"), Decimal("1035"), Decimal("6210"),
                                                                "EUR")
    assert [(i.sku, i.quantity, i.unit_price) for i in doc.line_items] == [
        ("A-10", 10, Decimal("45.00")), ("A-20", 100, Decimal("1.25")), ("B-30", 4, Decimal("1150.00"))]
    assert doc.incoterms == "DAP Lyon"
    assert doc.seller.name == "Atelier Dupont SARL" and doc.buyer.name == "Müller Maschinenbau AG"


def test_multipage_table_continues(fixtures, inproc):
    doc = _one(parse_file(fixtures / "po_multipage.pdf", limits=inproc))
    assert doc.doc_type == "purchase_order" and doc.number == "4500012345"
    assert len(doc.line_items) == 60
    assert doc.line_items[-1].sku == "KD-060"
    assert sum(i.amount for i in doc.line_items) == doc.total == Decimal("27450.00")


@pytest.mark.parametrize(("name", "signed"), [("contract_zh_signed.docx", True), ("contract_zh_unsigned.docx", False)])
def test_chinese_contract_and_signature(fixtures, inproc, name, signed):
    doc = _one(parse_file(fixtures / name, limits=inproc))
    assert doc.doc_type == "contract"
    assert doc.number == "SC-2026-118"
    assert doc.date == dt.date(2026, 11, 3)
    assert doc.currency == "CNY" and doc.total == Decimal("6020.00")
    assert doc.incoterms == "CIF Valencia"
    assert doc.signed is signed
    assert doc.seller.country == "CN" and doc.buyer.country == "ES"
    assert [i.quantity for i in doc.line_items] == [20, 40]


def test_type_comes_from_bytes_not_name(fixtures, inproc):
    pdf = (fixtures / "invoice_en.pdf").read_bytes()
    xlsx = (fixtures / "order_de.xlsx").read_bytes()
    assert detect_type(pdf, "order.xlsx") == "pdf"
    assert detect_type(xlsx, "scan.pdf") == "xlsx"
    assert detect_type((fixtures / "invoice_en.docx").read_bytes(), "x.zip") == "docx"
    assert detect_type((fixtures / "order_de.ods").read_bytes(), None) == "ods"
    assert detect_type((fixtures / "order_de.xls").read_bytes(), "a.bin") == "xls"
    r = parse_bytes(pdf, "order.xlsx", limits=inproc)
    assert r.detected_type == "pdf" and r.documents[0].number == "CI-2026-0815"


def test_csv_and_tsv(inproc):
    data = "Item No;Description;Qty;Unit Price;Amount\nA1;Bolt M8;100;0,25;25,00\nA2;Nut M8;100;0,10;10,00\n"
    r = parse_bytes(data.encode(), "order.csv", limits=inproc)
    assert r.detected_type == "csv"
    doc = r.documents[0]
    assert [(i.sku, i.quantity, i.unit_price, i.amount) for i in doc.line_items] == [
        ("A1", 100, Decimal("0.25"), Decimal("25.00")), ("A2", 100, Decimal("0.10"), Decimal("10.00"))]


def test_html_is_converted_without_scripts(inproc):
    html = b"""<html><body><script>alert('x');document.write('EVIL')</script>
    <h1>Purchase Order</h1><p>PO Number: 7788</p><p>Date: 2026-11-03</p>
    <img src="http://tracker.invalid/p.gif"><table><tr><th>Description</th><th>Qty</th><th>Amount</th></tr>
    <tr><td>Gear box</td><td>2</td><td>300.00</td></tr></table><p>Total: EUR 300.00</p></body></html>"""
    r = parse_bytes(html, "po.html", limits=inproc)
    assert r.detected_type == "html"
    assert "EVIL" not in r.text and "alert" not in r.text and "tracker" not in r.text
    doc = r.documents[0]
    assert (doc.doc_type, doc.number, doc.total, doc.currency) == ("purchase_order", "7788", Decimal("300.00"), "EUR")
    assert doc.line_items[0].description == "Gear box"


def test_zip_entries_are_parsed(fixtures, inproc):
    blob = make_zip({"docs/invoice.pdf": (fixtures / "invoice_en.pdf").read_bytes(),
                     "readme.txt": b"hello"})
    r = parse_bytes(blob, "docs.zip", limits=inproc)
    assert r.detected_type == "zip" and r.status == "ok"
    assert [d.source for d in r.documents] == ["docs.zip/docs/invoice.pdf"]
    assert "hello" in r.text


def test_forwarded_mail_and_its_attachment(fixtures, inproc):
    from email.message import EmailMessage

    inner = EmailMessage()
    inner["From"] = "buyer@partner.test"
    inner["To"] = "sales@example.com"
    inner["Subject"] = "PO 4711"
    inner.set_content("Please see attached invoice.")
    inner.add_attachment((fixtures / "invoice_en.pdf").read_bytes(), maintype="application", subtype="pdf",
                         filename="inv.pdf")
    outer = EmailMessage()
    outer["From"] = "colleague@example.com"
    outer["To"] = "orders@example.com"
    outer["Subject"] = "Fwd: PO 4711"
    outer.set_content("FYI")
    outer.add_attachment(inner)
    r = parse_bytes(outer.as_bytes(), "fwd.eml", limits=inproc)
    assert r.detected_type == "eml"
    assert any(d.number == "CI-2026-0815" for d in r.documents)


def test_tnef_winmail_dat(fixtures, inproc):
    csv_order = b"Item No;Description;Qty;Unit Price;Amount\nA1;Bolt M8;100;0,25;25,00\nA2;Nut M8;100;0,10;10,00\n"
    r = parse_bytes(make_tnef(b"Order attached", {"order.csv": csv_order}), "winmail.dat", limits=inproc)
    assert r.detected_type == "tnef"
    assert r.status == "ok", r.errors
    assert "Order attached" in r.text
    assert r.documents and r.documents[0].source == "winmail.dat/order.csv"


def test_mail_body_with_typed_order(inproc):
    from parsers import parse_body

    body = ("Hello,\n\nplease accept our purchase order.\n\nPO Number: 88-1234\nDelivery date: 15 January 2027\n\n"
            "Item No   Description        Qty    Unit Price    Amount\n"
            "X-1       Hinge steel        200    1.20          240.00\n"
            "X-2       Handle brass       50     4.00          200.00\n\nTotal: USD 440.00\n\nBest regards\n")
    r = parse_body(body, None, limits=inproc)
    doc = r.documents[0]
    assert doc.source == "body"
    assert (doc.doc_type, doc.number, doc.total, doc.currency) == ("purchase_order", "88-1234", Decimal("440.00"), "USD")
    assert doc.delivery_date == dt.date(2027, 1, 15)
    assert len(doc.line_items) == 2
    chat = parse_body("Hi Anna, lunch on Friday? Cheers", "<p>Hi</p>", limits=inproc)
    assert chat.documents == [] and "lunch" in chat.text


def test_html_only_body(inproc):
    from parsers import parse_body

    r = parse_body(None, "<p>Invoice No: 55-A</p><p>Invoice date: 2026-10-01</p><p>Total: 99.00 EUR</p>",
                   limits=inproc)
    assert r.detected_type == "html"
    assert r.documents[0].number == "55-A"


def test_broken_image_is_a_clear_error(inproc):
    png = (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)  # signature, then nothing readable (OCR: tests/parsers/test_ocr.py)
    r = parse_bytes(png, "scan.png", limits=inproc)
    assert r.status == "failed" and r.detected_type == "image" and r.errors[0].startswith("image: cannot read file")


def test_docx_generated_in_test_keeps_document_order(inproc):
    import docx

    d = docx.Document()
    d.add_paragraph("PACKING LIST")
    d.add_paragraph("Packing List No: PL-9")
    t = d.add_table(rows=2, cols=3)
    for cell, text in zip(t.rows[0].cells, ["Description", "Qty", "Unit"], strict=True):
        cell.text = text
    for cell, text in zip(t.rows[1].cells, ["Carton of bolts", "12", "ctn"], strict=True):
        cell.text = text
    d.add_paragraph("Container No: CSQU3054383")
    buf = io.BytesIO()
    d.save(buf)
    r = parse_bytes(buf.getvalue(), "pl.docx", limits=inproc)
    doc = r.documents[0]
    assert doc.doc_type == "packing_list" and doc.number == "PL-9"
    assert doc.line_items[0].quantity == 12 and doc.line_items[0].unit == "ctn"
    assert doc.tracking_numbers == ["CSQU3054383"]
    lines = r.text.splitlines()
    assert lines.index("Carton of bolts   12   ctn") < lines.index("Container No: CSQU3054383")


def test_us_invoice_with_key_value_table_and_dollar_amounts(inproc, validate_document):
    import docx

    d = docx.Document()
    d.add_paragraph("Pacific Gear Supply Inc.")
    d.add_paragraph("INVOICE")
    t = d.add_table(rows=0, cols=2)
    for k, v in [("Invoice #", "10045"), ("Invoice Date", "03/15/2026"), ("P.O. #", "7781-B"), ("Terms", "Net 30")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
    d.add_paragraph("Bill To:")
    d.add_paragraph("Lakeside Machining LLC\n12 Mill St\nDuluth, MN 55802")
    t = d.add_table(rows=1, cols=5)
    for cell, text in zip(t.rows[0].cells, ["QTY", "ITEM #", "DESCRIPTION", "UNIT PRICE", "AMOUNT"], strict=True):
        cell.text = text
    for row in [("12", "PG-1001", "Spur gear 20T", "$14.50", "$174.00"),
                ("4", "PG-2040", "Bearing housing", "$1,020.00", "$4,080.00")]:
        for cell, text in zip(t.add_row().cells, row, strict=True):
            cell.text = text
    d.add_paragraph("SUBTOTAL   $4,254.00")
    d.add_paragraph("SALES TAX (7.5%)   $319.05")
    d.add_paragraph("TOTAL DUE   $4,573.05")
    buf = io.BytesIO()
    d.save(buf)
    doc = _one(parse_bytes(buf.getvalue(), "inv.docx", limits=inproc))
    validate_document(doc.to_json())
    assert (doc.number, doc.order_number, doc.date) == ("10045", "7781-B", dt.date(2026, 3, 15))
    assert (doc.subtotal, doc.tax, doc.total, doc.currency) == (Decimal("4254.00"), Decimal("319.05"),
                                                                Decimal("4573.05"), "USD")
    assert doc.payment_terms == "Net 30"
    assert doc.buyer.name == "Lakeside Machining LLC" and doc.buyer.address == "12 Mill St, Duluth, MN 55802"
    assert doc.seller.name == "Pacific Gear Supply Inc."
    assert [(i.sku, i.quantity, i.unit_price) for i in doc.line_items] == [
        ("PG-1001", 12, Decimal("14.50")), ("PG-2040", 4, Decimal("1020.00"))]


def test_xlsx_header_far_down_and_empty_cells_keep_columns(inproc):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Purchase Order"])
    ws.append(["PO No.", "", "PO-900"])
    for _ in range(8):
        ws.append([])
    ws.append(["Item No", "Description", "Unit", "Qty", "Unit Price", "Amount"])
    ws.append(["A-1", "Widget", None, 10, 2.5, 25])
    ws.append(["A-2", None, "kg", 3, 1.0, 3])
    ws.append([None, None, None, None, "Total", 28])
    buf = io.BytesIO()
    wb.save(buf)
    doc = _one(parse_bytes(buf.getvalue(), "po.xlsx", limits=inproc))
    assert doc.number == "PO-900" and doc.total == Decimal("28")
    assert [(i.sku, i.description, i.unit, i.quantity, i.amount) for i in doc.line_items] == [
        ("A-1", "Widget", None, 10, Decimal("25")), ("A-2", None, "kg", 3, Decimal("3"))]
    assert doc.evidence["line_items"]["sheet"] == "Sheet"


def _contract_pdf(signature_image: bool) -> bytes:
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 16)
    c.drawString(60, 790, "SALES CONTRACT")
    c.setFont("Helvetica", 10)
    for y, text in ((760, "Contract No: SC-2026-5"), (745, "Date: 2026-11-03"), (730, "Total: EUR 1,000.00")):
        c.drawString(60, y, text)
    c.drawString(60, 600, "Signature:")
    if signature_image:
        img = Image.new("RGB", (120, 40), "white")
        ImageDraw.Draw(img).line([(5, 30), (40, 5), (80, 35), (115, 10)], fill="black", width=3)
        c.drawImage(ImageReader(img), 130, 590, width=120, height=40)
    else:
        c.drawString(130, 600, "______________________")
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(("image", "signed"), [(True, True), (False, False)])
def test_contract_pdf_signature_image_in_signature_area(inproc, image, signed):
    doc = _one(parse_bytes(_contract_pdf(image), "contract.pdf", limits=inproc))
    assert doc.doc_type == "contract" and doc.number == "SC-2026-5"
    assert doc.signed is signed
