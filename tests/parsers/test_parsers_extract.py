"""Pure-logic tests: amounts, dates, currencies, check digits, validation warnings, partner rules."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from mailbot.errors import RulesError
from parsers import Document, LineItem, parse_body, parse_bytes
from parsers.extract.document import container_check_digit_ok
from parsers.extract.numbers import find_currency, find_dates, parse_amount
from parsers.rules import load_partner_rules
from parsers.validate import validate_document


@pytest.mark.parametrize(("text", "value"), [
    ("1,234.56", "1234.56"), ("1.234,56", "1234.56"), ("1 234,56", "1234.56"), ("1'234.56", "1234.56"),
    ("1\u00a0234,56", "1234.56"), ("1,234", "1234"), ("12,5", "12.5"), ("(45.00)", "-45.00"), ("-3.50", "-3.50"),
    ("1.234.567", "1234567"), ("0.5", "0.5"),
])
def test_amount_formats(text, value):
    assert parse_amount(text) == Decimal(value)


# "284 1177 42", "12 34": groups of other than three digits are a registration or account number
@pytest.mark.parametrize("text", ["abc", "1.2.3", "12-34", "", "284 1177 42", "12 34", "1'23.50"])
def test_not_amounts(text):
    assert parse_amount(text) is None


def test_partner_decimal_comma_hint():
    assert parse_amount("1,234") == Decimal("1234")
    assert parse_amount("1,234", ",") == Decimal("1.234")


@pytest.mark.parametrize(("text", "iso"), [
    ("2026-11-03", "2026-11-03"), ("03.11.2026", "2026-11-03"), ("Nov 3, 2026", "2026-11-03"),
    ("3 November 2026", "2026-11-03"), ("2026年11月3日", "2026-11-03"), ("3. März 2026", "2026-03-03"),
    ("3 de noviembre de 2026", "2026-11-03"), ("25/12/2026", "2026-12-25"), ("12/25/2026", "2026-12-25"),
    ("3 novembre 2026", "2026-11-03"),
])
def test_date_formats(text, iso):
    found = find_dates(text)
    assert found and found[0].value.isoformat() == iso


def test_ambiguous_day_month_is_flagged_with_lower_confidence():
    plain = find_dates("11/03/2026")[0]
    assert plain.value == dt.date(2026, 3, 11) and plain.confidence <= 0.5 and "ambiguous" in plain.note
    us = find_dates("11/03/2026", "MDY")[0]
    assert us.value == dt.date(2026, 11, 3) and us.confidence > plain.confidence


def test_us_document_reads_month_first():
    body = "PURCHASE ORDER\nPO Number: 77\nOrder Date: 11/03/2026\nShip to: Acme Inc, Dallas, TX, USA\nTotal: $500.00"
    doc = parse_body(body, None).documents[0]
    assert doc.date == dt.date(2026, 11, 3)
    assert "month-first" in doc.evidence["date"]["note"]
    assert doc.confidence["date"] < 0.9


@pytest.mark.parametrize(("text", "code"), [("USD 5", "USD"), ("€ 5", "EUR"), ("£5", "GBP"), ("¥ 5", "CNY"),
                                            ("RMB 5", "CNY"), ("CNY 5", "CNY"), ("FOB Shanghai", None)])
def test_currency_codes_and_symbols(text, code):
    assert find_currency(text) == code


def test_container_check_digit():
    assert container_check_digit_ok("CSQU3054383")
    assert container_check_digit_ok("MSKU1234565")
    assert not container_check_digit_ok("CSQU3054384")
    body = "SHIPPING NOTICE\nShipment No: SN-1\nContainers: CSQU3054383, CSQU3054384\nUPS 1Z999AA10123456784"
    doc = parse_body(body, None).documents[0]
    assert doc.doc_type == "shipping_notice"
    assert doc.tracking_numbers == ["1Z999AA10123456784", "CSQU3054383"]


def test_validation_warnings():
    doc = Document(source="t", doc_type="commercial_invoice", currency="ABC", incoterms="DDU Paris",
                   date=dt.date(1999, 1, 1), due_date=dt.date(2026, 1, 1) + dt.timedelta(days=900),
                   subtotal=Decimal("100"), tax=Decimal("19"), total=Decimal("120"),
                   line_items=[LineItem(quantity=10, unit_price=Decimal("4.50"), amount=Decimal("46.00")),
                               LineItem(quantity=1, unit_price=Decimal("50"), amount=Decimal("50"))])
    warnings = validate_document(doc, today=dt.date(2026, 1, 1))
    assert "line 1: 10 x 4.50 != 46.00" in warnings
    assert "sum of lines 96.00 != subtotal 100" in warnings
    assert "total 120 != subtotal 100 + tax 19" in warnings
    assert "unknown currency code ABC (not ISO 4217)" in warnings
    assert "incoterm DDU is not an Incoterms 2020 code" in warnings
    assert "implausible date 1999-01-01 (before 2000)" in warnings
    assert any(w.startswith("implausible due_date") for w in warnings)
    assert validate_document(doc, today=dt.date(2026, 1, 1)) == []  # no duplicates on a second run


def test_rounding_tolerance_is_not_a_warning():
    doc = Document(source="t", line_items=[LineItem(quantity=3, unit_price=Decimal("0.333"), amount=Decimal("1.00"))])
    assert validate_document(doc) == []


def test_partner_rules_change_date_order_and_labels(tmp_path):
    (tmp_path / "partners").mkdir()
    (tmp_path / "partners" / "acme.test.toml").write_text(
        'date_order = "MDY"\ndefault_currency = "EUR"\n[labels]\nnumber = ["Vorgang"]\n', encoding="utf-8")
    text = b"ORDER CONFIRMATION\nVorgang: VG-77\nDate: 03/04/2026\nTotal: 100.00\n"
    plain = parse_bytes(text, "a.txt").documents[0]
    ruled = parse_bytes(text, "a.txt", rules_dir=tmp_path, sender_domain="acme.test").documents[0]
    assert plain.date == dt.date(2026, 4, 3)
    assert ruled.date == dt.date(2026, 3, 4)
    assert ruled.number == "VG-77" and ruled.currency == "EUR"
    assert "partner rule" in ruled.evidence["date"]["note"]


def test_partner_rules_reject_bad_files_and_paths(tmp_path):
    (tmp_path / "partners").mkdir()
    (tmp_path / "partners" / "bad.test.toml").write_text('date_order = "XYZ"\n', encoding="utf-8")
    with pytest.raises(RulesError, match="date_order"):
        load_partner_rules(tmp_path, "bad.test")
    assert load_partner_rules(tmp_path, "../../etc/passwd") == {}
    # while parsing, a broken partner file is recorded and ignored, never raised
    r = parse_bytes(b"INVOICE\nInvoice No: INV-1\nTotal: 5.00 EUR\n", "i.txt", rules_dir=tmp_path,
                    sender_domain="bad.test")
    assert r.status == "partial" and r.errors[0].startswith("partner rules ignored:")
    assert r.documents[0].number == "INV-1"
    assert load_partner_rules(tmp_path, "unknown.test") == {}


def test_example_partner_file_is_inert_and_its_keys_are_valid(tmp_path):
    from pathlib import Path

    rules = Path(__file__).resolve().parents[2] / "rules"
    assert load_partner_rules(rules, "example.com") == {}  # our own demo domain: no effect
    # the documented keys, uncommented, form a valid partner file
    text = (rules / "partners" / "example.com.toml").read_text(encoding="utf-8")
    active = "\n".join(line[2:] for line in text.splitlines() if re.match(r"# ([a-z_]+ = |\[labels\])", line))
    (tmp_path / "partners").mkdir()
    (tmp_path / "partners" / "acme.test.toml").write_text(active, encoding="utf-8")
    data = load_partner_rules(tmp_path, "acme.test")
    assert data["date_order"] == "DMY" and data["labels"]["number"] == ["Vorgang", "Our ref."]


def test_unknown_documents_give_no_document_but_text():
    r = parse_bytes(b"Minutes of the meeting\nWe discussed the weather.\n", "notes.txt")
    assert r.status == "ok" and r.documents == [] and "weather" in r.text


def test_values_not_found_are_null_not_guessed():
    doc = parse_body("PURCHASE ORDER\nPO Number: 1234\n", None).documents[0]
    js = doc.to_json()
    assert js["total"] is None and js["currency"] is None and js["date"] is None and js["buyer"] is None
    assert set(js["confidence"]) <= {"doc_type", "number"}


def test_unlabelled_issuer_comes_from_the_letterhead():
    text = (b"Bright Lighting Co., Ltd.\n88 Jiangnan Road, Ningbo\n\nQUOTATION\nQuotation No: Q-77\nDate: 2026-03-01\n"
            b"Buyer: Hansa Leuchten GmbH\nTotal: USD 100.00\n")
    doc = parse_bytes(text, "q.txt").documents[0]
    assert doc.seller.name == "Bright Lighting Co., Ltd."
    assert doc.buyer.name == "Hansa Leuchten GmbH"
    assert doc.confidence["seller"] == 0.5 and doc.evidence["seller"]["note"].startswith("letterhead")
    po = parse_bytes(b"Hansa Leuchten GmbH\nPURCHASE ORDER\nPO No: 9\nSupplier: Bright Lighting Co., Ltd.\n"
                     b"Total: 5.00 EUR\n", "po.txt").documents[0]
    assert po.buyer.name == "Hansa Leuchten GmbH"  # a PO is issued by the buyer


def test_qualified_money_labels_are_not_totals():
    text = b"INVOICE\nInvoice No: 5\nGesamtbetrag der Zuschl\xc3\xa4ge   0,00\nGesamtbetrag   119,00 EUR\n"
    doc = parse_bytes(text, "i.txt").documents[0]
    assert doc.total == Decimal("119.00")


def _grid_pdf(rows: list[list[tuple[float, float, str]]]) -> Document:
    """A one-page PDF of text drawn at (x, y from the top) positions, parsed as an attachment."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from parsers import Limits

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 8)
    for row in rows:
        for x, y, text in row:
            c.drawString(x, 842 - y, text)
    c.save()
    (doc,) = parse_bytes(buf.getvalue(), "doc.pdf", limits=Limits(isolate=False)).documents
    return doc


def _erp_quote(terms_above: str, terms_below: str) -> Document:
    return _grid_pdf([
        [(46, 46, "Sales - Quote")], [(408, 51, "Harbour Valves Ltd.")], [(46, 83, "Example Buyer Ltd.")],
        [(46, 152, "No. SQ-1001")],
        [(49, 168, "Document Date"), (156, 168, "05/03/2036"), (301, 168, "Valid To Date"), (408, 168, "04/05/2036")],
        [(49, 182, "Your Reference"), (301, 182, "Customer No."), (408, 182, "C001")],
        [(156, 195, terms_above)],
        [(49, 201, "Payment Terms"), (301, 201, "Shipment Method"), (408, 201, "CIF Bridgetown")],
        [(156, 206, terms_below)],
        [(49, 219, "Currency Code"), (156, 219, "USD"), (301, 219, "Salesperson"), (408, 219, "Anna Keller")],
        [(387, 300, "Total USD Excl. VAT"), (509, 300, "100.00")],
        [(389, 314, "Total USD Incl. VAT"), (509, 314, "100.00")],
    ])


def test_a_key_value_grids_two_line_value_centred_beside_the_next_caption() -> None:
    # a cloud ERP's grid "Payment Terms | <value> | Shipment Method | <value>": the terms cell wraps onto two lines
    # centred on the caption's row, the next caption of the line beyond it; the tail may be a caption word ("date")
    doc = _erp_quote("Net 45 days from bill of lading", "date")
    assert doc.payment_terms == "Net 45 days from bill of lading date"
    assert doc.incoterms == "CIF Bridgetown"
    doc = _erp_quote("Payment within 30 days of", "arrival at the port")
    assert doc.payment_terms == "Payment within 30 days of arrival at the port"


def test_a_value_beside_a_caption_is_not_taken_across_the_next_caption() -> None:
    # negative: the line above and below hold cells right of the next caption only (the other column's values):
    # no terms are made of them
    doc = _grid_pdf([
        [(46, 46, "Sales - Quote")], [(46, 83, "Example Buyer Ltd.")], [(46, 152, "No. SQ-1002")],
        [(49, 182, "Your Reference"), (301, 182, "Customer No."), (408, 182, "C001")],
        [(408, 195, "Harbour Valves")],
        [(49, 201, "Payment Terms"), (301, 201, "Shipment Method"), (408, 201, "CIF Bridgetown")],
        [(408, 206, "Ltd.")],
        [(387, 300, "Total USD"), (509, 300, "100.00")],
    ])
    assert doc.payment_terms is None


def _sheet(rows: list[list[str]]) -> Document:
    import io

    from openpyxl import Workbook

    from parsers import Limits

    wb = Workbook()
    ws = wb.active
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value:
                ws.cell(r, c, value)
    buf = io.BytesIO()
    wb.save(buf)
    (doc,) = parse_bytes(buf.getvalue(), "po.xlsx", limits=Limits(isolate=False)).documents
    return doc


def _desktop_po(fob: str, quote: str = "Q-17") -> Document:
    return _sheet([
        ["Example Distillers Ltd.", "", "", "", "Purchase Order"],
        ["Harbour Road", "", "", "", "Date", "P.O. No."],
        ["Bridgetown", "", "", "", "12/03/2036", "PO-2036-0001"],
        [],
        ["Vendor", "", "", "Ship To"],
        ["Harbour Valves Ltd.", "", "", "Example Distillers Ltd."],
        [],
        ["Expected", "Terms", "", "FOB", "Vendor Quote", "Rep"],
        ["07/05/2036", "Net 45 days from bill of lading date", "", fob, quote, "Kim Lee"],
        [],
        ["Item", "Description", "Qty", "U/M", "Rate", "Amount"],
        ["HV-1", "Filler valve", "8", "ea", "81.48", "651.84"],
        ["", "", "", "", "Total USD", "651.84"],
    ])


def test_a_desktop_accounting_pos_fob_column_is_a_caption_and_its_terms_cell_the_value() -> None:
    # QuickBooks-style "Expected | Terms | FOB | Vendor Quote | Rep" strip: "FOB" is the column's caption (the
    # next caption is no place), the term is the value under it; "Terms" is read from the cell under it too
    doc = _desktop_po("CIF Bridgetown")
    assert doc.incoterms == "CIF Bridgetown"
    assert doc.payment_terms == "Net 45 days from bill of lading date"
    # an empty cell in the value row (no vendor quote) keeps the columns apart
    doc = _desktop_po("CIF Bridgetown", quote="")
    assert doc.incoterms == "CIF Bridgetown"
    assert doc.payment_terms == "Net 45 days from bill of lading date"
    # the free-on-board point alone under the caption is its place
    assert _desktop_po("Bridgetown").incoterms == "FOB Bridgetown"


def test_a_term_with_its_place_in_a_sheet_row_stays_a_term() -> None:
    # negative: "FOB Shanghai" in one cell, or "Delivery | FOB | Shanghai" read as values (digits on the line)
    doc = _sheet([["Purchase Order", "PO-7"], ["Harbour Valves Ltd."], ["Shipment 2036-05-01", "FOB", "Shanghai Port"],
                  ["Item", "Description", "Qty", "Rate", "Amount"], ["A-1", "Valve", "2", "5.00", "10.00"],
                  ["", "", "", "Total USD", "10.00"]])
    assert doc.incoterms == "FOB Shanghai Port"
