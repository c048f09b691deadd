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
