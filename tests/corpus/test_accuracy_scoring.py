"""Scoring rules of bench/accuracy.py on hand-made dicts (pure logic, no parsers or classifier involved)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ACCURACY = Path(__file__).resolve().parents[2] / "bench" / "accuracy.py"


@pytest.fixture(scope="module")
def acc():  # noqa: ANN201 - a module object
    # Loaded by path: `bench` is a folder of scripts, not an installed package.
    spec = importlib.util.spec_from_file_location("bench_accuracy_under_test", ACCURACY)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_money_compares_numerically_and_null_only_equals_null(acc) -> None:
    assert acc.money_equal("1234.50", "1234.5")
    assert acc.money_equal("1234.50", 1234.5)
    assert not acc.money_equal("1234.50", "1234.51")
    assert acc.money_equal(None, None)
    assert not acc.money_equal(None, "0.00")
    assert not acc.money_equal("0.00", None)
    assert not acc.money_equal(None, "n/a")


def test_names_ignore_case_and_whitespace_and_accept_party_dicts(acc) -> None:
    assert acc.field_equal("buyer", "Rheinwerk  Maschinenbau GmbH", {"name": "rheinwerk maschinenbau\nGMBH"})
    assert not acc.field_equal("buyer", "Rheinwerk Maschinenbau GmbH", {"name": "Rheinwerk"})
    assert acc.field_equal("seller", None, None)
    assert not acc.field_equal("seller", "X Ltd", None)
    assert acc.field_equal("incoterms", "FOB Shanghai", "fob  shanghai")
    assert acc.field_equal("payment_terms", "T/T 30天", "T/T 30 天")
    assert not acc.field_equal("payment_terms", "T/T 30天", "T/T 60天")


def test_other_fields_compare_exactly(acc) -> None:
    assert acc.field_equal("date", "2026-03-15", "2026-03-15")
    assert not acc.field_equal("date", "2026-03-15", "2026-15-03")
    assert acc.field_equal("tracking_numbers", ["MSCU1234565", "1Z999AA10123456784"],
                           ["1z999aa10123456784", "MSCU 1234565"])
    assert not acc.field_equal("tracking_numbers", ["MSCU1234565"], [])
    assert acc.field_equal("signed", None, None)
    assert not acc.field_equal("signed", False, None)
    assert acc.field_equal("signed", True, True)


def test_line_matching_needs_sku_quantity_price_and_amount(acc) -> None:
    expected = [
        {"sku": "A-1", "quantity": 10, "unit_price": "2.50", "amount": "25.00"},
        {"sku": "B-2", "quantity": 3, "unit_price": "1.00", "amount": "3.00"},
        {"sku": "B-2", "quantity": 3, "unit_price": "1.00", "amount": "3.00"},
    ]
    got = [
        {"sku": "a-1", "quantity": 10.0, "unit_price": "2.5", "amount": "25"},  # same line, other spelling
        {"sku": "B-2", "quantity": 3, "unit_price": "1.00", "amount": "3.10"},  # wrong amount
        {"sku": "B-2", "quantity": 3, "unit_price": "1.00", "amount": "3.00"},
        {"sku": "C-3", "quantity": 1, "unit_price": "9.00", "amount": "9.00"},  # invented
    ]
    assert acc.match_lines(expected, got) == 2
    assert acc.match_lines(expected, []) == 0


def test_pairwise_linking(acc) -> None:
    deals = ["d1", "d1", "d1", "d2", "d2", None]
    # d1 split over two cases, d2 merged into d1's first case, the non-deal mail attached to case 1.
    cases = [1, 1, 2, 1, 1, 1]
    res = acc.pairwise_linking(deals, cases)
    # pairs: d1-d1: (0,1) same case tp, (0,2) fn, (1,2) fn; d2-d2: (3,4) tp;
    # cross pairs in the same case: (0,3) (0,4) (1,3) (1,4) fp; (2,3) (2,4) different cases, fine.
    assert (res.tp, res.fn, res.fp) == (2, 2, 4)
    assert res.precision == pytest.approx(2 / 6)
    assert res.recall == pytest.approx(2 / 4)
    assert (res.stray, res.outside) == (1, 1)
    perfect = acc.pairwise_linking(["a", "a", "b"], ["x", "x", "y"])
    assert (perfect.precision, perfect.recall) == (1.0, 1.0)
    unlinked = acc.pairwise_linking(["a", "a"], [None, None])
    assert unlinked.recall == 0.0


def test_missing_document_verdicts(acc) -> None:
    assert acc.same_missing(["contract"], ["contract"])
    assert acc.same_missing(["commercial_invoice", "contract"], ["contract", "commercial_invoice"])
    assert acc.same_missing([], [])
    assert not acc.same_missing([], None)
    assert not acc.same_missing(["contract"], [])


def test_document_scoring_counts_every_field_and_lines(acc) -> None:
    label = {"source": "po.pdf", "doc_type": "purchase_order", "number": "PO-1", "order_number": None,
             "date": "2026-03-01", "currency": "EUR", "subtotal": "10.00", "tax": "1.90", "total": "11.90",
             "incoterms": "FCA Linz", "payment_terms": "30 Tage netto", "buyer": "B GmbH", "seller": "S Ltd",
             "tracking_numbers": [], "signed": None,
             "line_items": [{"sku": "X", "quantity": 1, "unit_price": "10.00", "amount": "10.00"}]}
    parsed = {**label, "number": "PO-2", "buyer": {"name": "b gmbh"}, "seller": None, "total": "11.9",
              "line_items": [{"sku": "X", "quantity": 1, "unit_price": "10", "amount": "10.00"},
                             {"sku": "Y", "quantity": 1, "unit_price": "1", "amount": "1"}]}
    rep = acc.Report()
    acc.score_document_fields(rep, "document", "f", label, parsed)
    metrics = {m["metric"]: m for m in rep.finish()}
    assert metrics["number"]["correct"] == 0 and metrics["seller"]["correct"] == 0
    assert metrics["buyer"]["correct"] == 1 and metrics["total"]["correct"] == 1
    assert metrics["line items precision"]["correct"] == 1 and metrics["line items precision"]["total"] == 2
    assert metrics["line items recall"]["total"] == 1
    assert {f["field"] for f in rep.failures} == {"number", "seller", "line_items"}
    # No parsed document at all: every field is a miss.
    rep = acc.Report()
    acc.score_document_fields(rep, "document", "f", label, None)
    assert all(m["correct"] == 0 for m in rep.finish() if m["metric"] in acc.HEADER_FIELDS)


def test_pick_document_prefers_same_type(acc) -> None:
    label = {"doc_type": "commercial_invoice"}
    docs = [{"doc_type": "purchase_order"}, {"doc_type": "commercial_invoice", "number": "I-1"}]
    assert acc.pick_document(label, docs)["number"] == "I-1"
    assert acc.pick_document(label, [{"doc_type": "other"}]) == {"doc_type": "other"}
    assert acc.pick_document(label, []) is None


def test_zugferd_checks_and_families(acc) -> None:
    row = {"path": "x.pdf", "invoice_id": "471102", "issue_date": "2018-06-05", "currency": "", "grand_total": "197.65",
           "tax_basis_total": "", "seller": "Lieferant GmbH", "buyer": "Kunden AG Mitte", "buyer_order_ref": "",
           "n_lines": "0"}
    doc = {"number": "471102", "date": "2018-06-05", "currency": "EUR", "total": "197.650", "seller": {"name": "LIEFERANT GMBH"},
           "buyer": {"name": "Kunden AG Mitte"}, "order_number": None, "line_items": [{"sku": None}]}
    visible = acc.zugferd_checks(row, doc, structured=False)
    assert visible["n_lines"] is None  # MINIMUM-style XML without lines is not a visible-text target
    assert all(visible[k] for k in ("number", "date", "currency", "total", "seller", "buyer", "order_number"))
    structured = acc.zugferd_checks(row, doc, structured=True)
    assert structured["n_lines"] is False
    assert all(v is False for v in acc.zugferd_checks(row, None, structured=True).values())
    twin = {**row, "path": "y.pdf", "grand_total": "197.6500", "seller": "lieferant  gmbh"}
    assert acc.zugferd_family(row) == acc.zugferd_family(twin)
    assert acc.zugferd_family(row) != acc.zugferd_family({**row, "grand_total": "215.14"})


def test_zugferd_families_follow_the_readme_rules(acc) -> None:
    base = {"path": "", "issue_date": "", "currency": "EUR", "tax_basis_total": "", "buyer_order_ref": "",
            "n_lines": "1"}
    rows = [
        {**base, "invoice_id": "R1", "grand_total": "10.00", "seller": "Musterlieferant GmbH", "buyer": "K"},
        {**base, "invoice_id": "R1", "grand_total": "10.0", "seller": "GLN 4000001 Musterlieferant GmbH", "buyer": "K"},
        {**base, "invoice_id": "R2", "grand_total": "99.00", "seller": "Bei Spiel GmbH", "buyer": "Theodor Est"},
        {**base, "invoice_id": "R3", "grand_total": "99.00", "seller": "Bei Spiel GmbH", "buyer": "Theodor Est"},
        {**base, "invoice_id": "471102", "grand_total": "1.00", "seller": "Lieferant GmbH", "buyer": "A"},
        {**base, "invoice_id": "471102", "grand_total": "2.00", "seller": "Lieferant GmbH", "buyer": "A"},
        {**base, "invoice_id": "K7", "grand_total": "5.00", "seller": "S", "buyer": "B"},
        {**base, "invoice_id": "K7", "grand_total": "6.00", "seller": "S", "buyer": "B"},
    ]
    fam = acc.zugferd_families(rows)
    assert fam[0] == fam[1]  # same id and total, one seller name ends with the other
    assert fam[2] == fam[3]  # same seller, buyer and total under another id
    assert fam[4] != fam[5]  # FeRD's shared 471102 is not merged on id and seller alone
    assert fam[6] == fam[7]  # same id and seller
    assert len(set(fam)) == 5
