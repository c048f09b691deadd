"""Embedded/standalone e-invoice and e-order XML: exact values vs TRUTH.csv and side-car XML."""
from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from parsers import Limits, parse_bytes, parse_file


def _truth(corpus: Path) -> list[dict[str, str]]:
    with (corpus / "zugferd" / "TRUTH.csv").open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_zugferd_structured_path_matches_truth_on_every_development_pdf(corpus, inproc, validate_document):
    rows = _truth(corpus)
    assert len(rows) == 52
    mismatches = []
    families: dict[tuple[str, str], bool] = {}
    for row in rows:
        result = parse_file(corpus / "zugferd" / row["path"], limits=inproc)
        structured = [d for d in result.documents if d.structured_source]
        assert structured, f"{row['path']}: no structured document ({result.errors})"
        doc = structured[0]
        for d in result.documents:
            validate_document(d.to_json())
        got = {
            "invoice_id": doc.number or "",
            "issue_date": doc.date.isoformat() if doc.date else "",
            "currency": doc.currency or "",
            "seller": doc.seller.name if doc.seller and doc.seller.name else "",
            "buyer": doc.buyer.name if doc.buyer and doc.buyer.name else "",
            "buyer_order_ref": doc.order_number or "",
        }
        for key, value in got.items():
            if value != row[key]:
                mismatches.append((row["path"], key, row[key], value))
        if doc.total != Decimal(row["grand_total"]):
            mismatches.append((row["path"], "grand_total", row["grand_total"], doc.total))
        if len(doc.line_items) != int(row["n_lines"]):
            mismatches.append((row["path"], "n_lines", row["n_lines"], len(doc.line_items)))
        assert doc.confidence["total"] == 1.0
        families[(row["invoice_id"], row["grand_total"])] = True
    assert not mismatches, mismatches
    # accuracy is per distinct invoice, not per file (one family spans many versions)
    assert len(families) >= 15


def test_structured_source_names_the_standard_and_profile(corpus, inproc):
    pdf = corpus / "zugferd/XML-Rechnung/FX/EN16931_1_Teilrechnung.pdf"
    doc = parse_file(pdf, limits=inproc).documents[0]
    assert doc.structured_source == "factur-x:EN16931"
    zf1 = next((corpus / "zugferd/ZUGFeRDv1/correct").rglob("*.pdf"))
    doc1 = parse_file(zf1, limits=inproc).documents[0]
    assert doc1.structured_source.startswith("zugferd1")


def test_cii_and_ubl_twins_agree_with_the_pdf(corpus, inproc):
    base = corpus / "zugferd/XML-Rechnung"
    for stem in ("EN16931_1_Teilrechnung", "EN16931_Innergemeinschaftliche_Lieferungen"):
        pdf = parse_file(base / "FX" / f"{stem}.pdf", limits=inproc).documents[0]
        cii = parse_file(base / "CII" / f"{stem}.cii.xml", limits=inproc).documents[0]
        ubl = parse_file(base / "UBL" / f"{stem}.ubl.xml", limits=inproc).documents[0]
        assert ubl.structured_source == "ubl:Invoice"
        for doc in (cii, ubl):
            assert (doc.number, doc.date, doc.currency, doc.total) == (pdf.number, pdf.date, pdf.currency, pdf.total)
            assert doc.seller.name == pdf.seller.name
            assert len(doc.line_items) == len(pdf.line_items)


def test_ubl_credit_note(corpus, inproc):
    r = parse_file(corpus / "zugferd/XML-Rechnung/UBL/ubl-tc434-creditnote1.xml", limits=inproc)
    doc = r.documents[0]
    assert doc.structured_source == "ubl:CreditNote"
    assert doc.total is not None and doc.currency and doc.line_items
    assert doc.doc_type == "commercial_invoice" and doc.credit_note is True


def test_order_x_pdfs_and_side_cars(corpus, inproc, validate_document):
    assets = corpus / "orderx-horstoeko/tests/assets"
    for name in ("reader-order-x-comfort.pdf", "reader-order-x-extended.pdf", "reader-order-x-comfort.xml",
                 "reader-order-x-extended.xml"):
        r = parse_file(assets / name, limits=inproc)
        assert r.status == "ok", r.errors
        doc = r.documents[0]
        validate_document(doc.to_json())
        assert doc.doc_type == "purchase_order"
        assert doc.structured_source.startswith("order-x")
        assert (doc.number, doc.date.isoformat(), doc.currency, doc.total) == ("PO123456789", "2022-12-25", "EUR",
                                                                                Decimal("360.00"))
        assert len(doc.line_items) == 3
        assert (doc.seller.name, doc.buyer.name) == ("SELLER_NAME", "BUYER_NAME")
    invalid = parse_file(assets / "reader-invalid.pdf", limits=inproc)
    assert all(d.structured_source is None for d in invalid.documents)


def test_no_structured_reads_the_visible_page_instead(corpus, inproc):
    pdf = corpus / "zugferd/XML-Rechnung/FX/EN16931_1_Teilrechnung.pdf"
    r = parse_file(pdf, limits=inproc, use_structured=False)
    assert r.status in ("ok", "partial")
    assert all(d.structured_source is None for d in r.documents)
    assert "471102" in r.text


def test_fail_folder_files_are_flagged_not_crashing(corpus, inproc):
    fail = corpus / "zugferd/ZUGFeRDv2/fail"
    bad_xml = parse_file(fail / "Mustangproject/factur-x-invalid-xml-encoding-attribute.pdf", limits=inproc)
    assert any("malformed XML" in e for e in bad_xml.errors)
    assert bad_xml.status == "partial"
    both = parse_file(fail / "MustangRE-20171118_506_ZUGFeRD1and2.pdf", limits=inproc)
    assert any("second e-invoice XML" in e for e in both.errors)
    flagged = 0
    for pdf in sorted(fail.rglob("*.pdf")):
        r = parse_file(pdf, limits=inproc)
        assert r.status in ("ok", "partial", "failed")
        if r.errors or any(d.warnings for d in r.documents):
            flagged += 1
    assert flagged >= 3


def test_arithmetic_warnings_on_structured_data():
    xml = b"""<?xml version="1.0"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocument><ram:ID>X-1</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20260105</udt:DateTimeString></ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:IncludedSupplyChainTradeLineItem>
   <ram:SpecifiedTradeProduct><ram:Name>Widget</ram:Name></ram:SpecifiedTradeProduct>
   <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>4.50</ram:ChargeAmount>
   </ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
   <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">10</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
   <ram:SpecifiedLineTradeSettlement><ram:SpecifiedTradeSettlementLineMonetarySummation>
    <ram:LineTotalAmount>46.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
   </ram:SpecifiedLineTradeSettlement>
  </ram:IncludedSupplyChainTradeLineItem>
  <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>XXQ</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:LineTotalAmount>46.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>46.00</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="XXQ">8.74</ram:TaxTotalAmount><ram:GrandTotalAmount>60.00</ram:GrandTotalAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>"""
    doc = parse_bytes(xml, "inv.xml", limits=Limits(isolate=False)).documents[0]
    assert "line 1: 10 x 4.50 != 46.00" in doc.warnings
    assert any(w.startswith("total 60.00 != subtotal 46.00 + tax 8.74") for w in doc.warnings)
    assert any("unknown currency code XXQ" in w for w in doc.warnings)


@pytest.mark.parametrize("payload", [
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><r>&b;</r>',
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>',
])
def test_xml_entities_are_refused(payload, inproc):
    r = parse_bytes(payload, "evil.xml", limits=inproc)
    assert r.status == "failed"
    assert "root:" not in r.text
    assert r.errors and "xml" in r.errors[0]


def test_xml_depth_limit(inproc):
    deep = b"<a>" * 400 + b"</a>" * 400
    r = parse_bytes(deep, "deep.xml", limits=inproc)
    assert r.status == "failed"
    assert "depth" in r.errors[0]


# ---- credit notes: a commercial_invoice flagged credit_note (a schema extension, emitted only when true) ----

CREDIT_TITLES = {
    "en": "Northwind Supplies Ltd\n4 Mill Lane, Leeds\n\nCREDIT NOTE No. CN-2026-014\nDate: 03/02/2026\n"
          "Invoice ref: INV-2026-101\n\nDescription   Qty   Unit price   Amount\nReturned valves   2   10.00   20.00\n\n"
          "Total credit: EUR 20.00\n",
    "fr": "Société Exemple SARL\n3 rue des Lilas, Lyon\n\nFACTURE D'AVOIR N° AV-2026-07\nDate : 03/02/2026\n"
          "Facture d'origine : FA-2026-55\n\nDésignation   Qté   Prix unitaire   Montant\nArticle retourné   1   50,00   "
          "50,00\n\nTotal TTC : 50,00 EUR\n",
    "de": "Beispiel GmbH\nHauptstraße 1, Kassel\n\nGUTSCHRIFT Nr. GS-2026-3\nDatum: 03.02.2026\nzu Rechnung RE-2026-88\n\n"
          "Bezeichnung   Menge   Einzelpreis   Betrag\nRücksendung Ventil   3   12,00   36,00\n\nGesamtbetrag: 36,00 EUR\n",
    "es": "Ejemplo Industrial S.L.\nCalle Mayor 5, Zaragoza\n\nNOTA DE CRÉDITO Nº NC-2026-9\nFecha: 03/02/2026\n"
          "Factura: F-2026-12\n\nDescripción   Cant.   Precio   Importe\nDevolución   1   80,00   80,00\n\n"
          "Total: 80,00 EUR\n",
    "zh": "示例贸易有限公司\n\n贷项通知单\n编号：CN-2026-5\n日期：2026-02-03\n原发票号：INV-77\n\n品名   数量   单价   金额\n"
          "退货零件   2   30.00   60.00\n\n合计：60.00 CNY\n",
}
CREDIT_NUMBERS = {"en": "CN-2026-014", "fr": "AV-2026-07", "de": "GS-2026-3", "es": "NC-2026-9", "zh": "CN-2026-5"}


@pytest.mark.parametrize("lang", sorted(CREDIT_TITLES))
def test_a_credit_note_title_flags_the_invoice_and_numbers_it(lang, inproc, validate_document):
    doc = parse_bytes(CREDIT_TITLES[lang].encode(), f"doc_{lang}.txt", limits=inproc).documents[0]
    assert doc.doc_type == "commercial_invoice" and doc.credit_note is True
    # its own number, not the number of the invoice it corrects
    assert doc.number == CREDIT_NUMBERS[lang]
    data = doc.to_json()
    assert data["credit_note"] is True
    validate_document(data)


def test_a_plain_invoice_is_no_credit_note_and_its_json_carries_no_flag(inproc, validate_document):
    text = ("Northwind Supplies Ltd\n4 Mill Lane, Leeds\n\nCOMMERCIAL INVOICE No. INV-2026-101\nDate: 03/02/2026\n"
            "Your order: PO-4711\nCredit terms: 30 days net\n\nDescription   Qty   Unit price   Amount\n"
            "Valves   2   10.00   20.00\n\nTotal: EUR 20.00\n")
    doc = parse_bytes(text.encode(), "inv.txt", limits=inproc).documents[0]
    assert doc.doc_type == "commercial_invoice" and doc.credit_note is False and doc.number == "INV-2026-101"
    assert "credit_note" not in doc.to_json()
    validate_document(doc.to_json())


def test_a_sentence_asking_for_a_credit_note_flags_nothing():
    from parsers.extract.credit import is_credit_note_title

    assert is_credit_note_title("Avoir n° AV-12") and is_credit_note_title("Rechnung / Gutschrift 77")
    assert is_credit_note_title("Acme SARL     AVOIR N° 12")
    assert not is_credit_note_title("please issue a credit note for the damaged units")
    assert not is_credit_note_title("COMMERCIAL INVOICE No. 5")


def _cii(type_code: str) -> bytes:
    return f"""<?xml version="1.0"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocument><ram:ID>D-{type_code}</ram:ID><ram:TypeCode>{type_code}</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20260105</udt:DateTimeString></ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:TaxBasisTotalAmount>100.00</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">19.00</ram:TaxTotalAmount><ram:GrandTotalAmount>119.00</ram:GrandTotalAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>""".encode()


def _ubl(root: str, type_code: str) -> bytes:
    ns = f"urn:oasis:names:specification:ubl:schema:xsd:{root}-2"
    code_tag = "CreditNoteTypeCode" if root == "CreditNote" else "InvoiceTypeCode"
    return f"""<?xml version="1.0"?>
<{root} xmlns="{ns}" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">
 <cbc:ID>U-{type_code}</cbc:ID><cbc:IssueDate>2026-01-05</cbc:IssueDate><cbc:{code_tag}>{type_code}</cbc:{code_tag}>
 <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
 <cac:LegalMonetaryTotal><cbc:TaxExclusiveAmount currencyID="EUR">100.00</cbc:TaxExclusiveAmount>
  <cbc:PayableAmount currencyID="EUR">119.00</cbc:PayableAmount></cac:LegalMonetaryTotal>
</{root}>""".encode()


@pytest.mark.parametrize(("name", "data", "credit"), [
    ("cii-381.xml", _cii("381"), True), ("cii-380.xml", _cii("380"), False),
    ("ubl-creditnote.xml", _ubl("CreditNote", "381"), True), ("ubl-invoice-381.xml", _ubl("Invoice", "381"), True),
    ("ubl-invoice-380.xml", _ubl("Invoice", "380"), False),
])
def test_structured_credit_notes_by_root_and_type_code(name, data, credit, inproc, validate_document):
    doc = parse_bytes(data, name, limits=inproc).documents[0]
    assert doc.structured_source and doc.doc_type == "commercial_invoice"
    assert doc.credit_note is credit
    assert doc.to_json().get("credit_note", False) is credit
    validate_document(doc.to_json())
