"""Business-number labels as different ERPs and countries print them (wording written for these tests)."""
from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.classify import load_ruleset
from mailbot.classify.refs import find_references
from mailbot.classify.rules import RuleSet

RULES = Path(__file__).resolve().parents[2] / "rules"


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_ruleset(RULES)


@pytest.mark.parametrize(("text", "ref", "rtype"), [
    ("PO#4500012399 – revised delivery date", "4500012399", "po"),   # '#' is a marker, not part of the number
    ("P.O. No. 88123", "88123", "po"),
    ("Auftrags-Nr. 55123", "55123", "po"),
    ("O.C. 77812 – confirmación", "77812", "po"),
    ("Folio A-1234", "A-1234", "invoice"),
    ("Factura folio 88123", "88123", "invoice"),
    ("发票号码 12345678", "12345678", "invoice"),
    ("采购单号 88123", "88123", "po"),
    ("Inv. No. 10234", "10234", "invoice"),
    ("Claim ref. CL-2026-01", "CL-2026-01", "claim"),
    ("N° de commande : 77812", "77812", "po"),
])
def test_labels_and_markers(rules: RuleSet, text: str, ref: str, rtype: str) -> None:
    found = dict(find_references(rules, [text], []))
    assert found.get(ref) == rtype, found


@pytest.mark.parametrize("text", [
    "we need 1000 pcs, delivery by courier",
    "OC para revisión",            # no digit: no number
    "Invoice to follow next week",
    "Folio fiscal pendiente",
])
def test_no_number_without_a_number(rules: RuleSet, text: str) -> None:
    assert find_references(rules, [text], []) == []


def test_labelled_numbers_in_attachment_text_count(rules: RuleSet) -> None:
    from mailbot.classify import classify_message
    from tests.classify.helpers import email

    # A layout the parsers could not read into a document still shows its numbers in its text.
    text = "AUFTRAGSBESTÄTIGUNG\nBestell-Nr.: 4500012399\nMenge 1000 Stück\nSumme 12500.00"
    result = classify_message(email("Unterlagen", "Anbei die Unterlagen.", sender="h@alpen.example"), [],
                              [text], rules, None, company_domain="example.com")
    assert result.references == ["4500012399"]
    assert result.reference_types["4500012399"] == "po"


@pytest.mark.parametrize(("text", "ref", "rtype"), [
    ("as per the framework agreement KX-FA-25-118", "KX-FA-25-118", "contract"),
    ("Rahmenvertrag RV-2026-7 gegengezeichnet", "RV-2026-7", "contract"),
    ("accordo: contratto CT-77-2026", "CT-77-2026", "contract"),
    ("ci-joint l'entente EN-2026-31 signée", "EN-2026-31", "contract"),
    ("Ingresamos el reclamo N° RC-7781", "RC-7781", "claim"),
    ("Mängelrüge MR-2026-12 zu Lieferung 4711", "MR-2026-12", "claim"),
    ("P/O ZT-7781 attached", "ZT-7781", "po"),
    ("status of ACME-PO-770012: in production", "ACME-PO-770012", "po"),   # a company code before the type prefix
    ("see our ref. MX-INV-44120", "MX-INV-44120", "invoice"),
    ("prices as in QTN-2231", "QTN-2231", "quote"),
])
def test_agreements_and_company_coded_numbers(rules: RuleSet, text: str, ref: str, rtype: str) -> None:
    found = dict(find_references(rules, [text], []))
    assert found.get(ref) == rtype, found


def test_a_type_prefix_inside_a_code_is_no_label(rules: RuleSet) -> None:
    # "-PO-" inside a code names no separate number "770012"; a short article code is no order number.
    found = dict(find_references(rules, ["ACME-PO-770012 and item VB-PO-7 (brass)"], []))
    assert "770012" not in found and "VB-PO-7" not in found, found


@pytest.mark.parametrize(("text", "ref"), [
    # ERP sequence numbers without a separator ("K04711": one letter, five digits) named by the document whose
    # every line a price applies to
    ("we can take 4 % off every item of K04711 if you order this month", "K04711"),
    ("a 2.5 % discount on all positions of AB20931, terms unchanged", "AB20931"),
    ("3 % auf alle Positionen des QX00417 sind möglich", "QX00417"),
    ("un 4 % en todas las partidas de T05518", "T05518"),
])
def test_the_document_whose_every_line_is_priced(rules: RuleSet, text: str, ref: str) -> None:
    found = dict(find_references(rules, [text], []))
    assert found.get(ref) == "reference", found


@pytest.mark.parametrize("text", [
    "2 items of HX120 were missing from the crate",   # a count of articles names no document
    "all items of the order arrived in good condition",
    "we checked every line of the packing list",
])
def test_items_of_an_article_or_a_word_is_no_number(rules: RuleSet, text: str) -> None:
    assert find_references(rules, [text], []) == []


@pytest.mark.parametrize(("text", "ref"), [
    ("please find our estimate KV-004471 attached", "KV-004471"),
    ("thank you for your estimate QE/31/0088", "QE/31/0088"),
    ("anbei unser Kostenvoranschlag KV-31-0412", "KV-31-0412"),
])
def test_a_quotation_called_an_estimate(rules: RuleSet, text: str, ref: str) -> None:
    assert dict(find_references(rules, [text], [])).get(ref) == "quote"


@pytest.mark.parametrize("text", ["we estimate 20000 pcs a year", "we estimate 25000 units for 2032"])
def test_the_verb_estimate_names_no_number(rules: RuleSet, text: str) -> None:
    assert find_references(rules, [text], []) == []


def test_the_invoice_a_packing_list_names_is_a_reference(rules: RuleSet) -> None:
    # the parser reads the invoice named on a document that is no invoice; it is one more number of the deal
    docs = [{"doc_type": "packing_list", "number": "PL-77-0310", "order_number": "HT-PO-31-0415",
             "invoice_reference": "INV-7731"}]
    found = dict(find_references(rules, [], docs))
    assert found == {"PL-77-0310": "packing_list", "HT-PO-31-0415": "po", "INV-7731": "invoice"}


@pytest.mark.parametrize(("text", "ref"), [
    ("Please pay by bank transfer, quoting QU-32-\n0946. Zero-rated export supply.", "QU-32-0946"),
    ("Unsere Bestellung B-2032/\n0418 anbei", "B-2032/0418"),
])
def test_a_number_wrapped_after_its_separator_is_read_whole(rules: RuleSet, text: str, ref: str) -> None:
    # The attachment texts reach the reference finder with line breaks squashed to one space.
    found = dict(find_references(rules, [" ".join(text.split())], []))
    assert ref in found and ref.rsplit(ref[-5], 1)[0] not in found, found


def test_a_number_before_a_spaced_dash_is_not_joined(rules: RuleSet) -> None:
    found = dict(find_references(rules, ["Invoice INV-20417 - 3 pages attached"], []))
    assert "INV-20417" in found and not any(r.startswith("INV-20417-") for r in found), found
