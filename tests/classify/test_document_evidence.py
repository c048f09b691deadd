"""Documents as evidence: a guessed type yields to the file name, attached documents set how far a deal is."""
from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.classify.engine import build_facts, classify_facts
from mailbot.classify.required import case_requirement, effective_documents, filename_type, filename_words
from mailbot.classify.rules import RuleSet, load_ruleset
from tests.classify.helpers import doc, email

RULES = Path(__file__).resolve().parents[2] / "rules"


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    return load_ruleset(RULES)


def classify(ruleset: RuleSet, subject: str, text: str, docs: list[dict], *, sender: str = "buyer@acme.example"):  # type: ignore[no-untyped-def,type-arg]
    parsed = email(subject, text, sender=sender, filenames=tuple(d["source"] for d in docs if d["source"] != "body"))
    facts = build_facts(parsed, docs, [], company_domain="example.com")
    return classify_facts(facts, ruleset)


@pytest.mark.parametrize(("name", "words", "doc_type"), [
    ("SupplyAgreement_KX-77.pdf", "supply agreement kx 77 pdf", "contract"),
    ("fwd.eml/PurchaseOrder_4711.docx", "purchase order 4711 docx", "purchase_order"),
    ("BonCommande_C-12.pdf", "bon commande c 12 pdf", "purchase_order"),
    ("Rahmenvertrag_2026.pdf", "rahmenvertrag 2026 pdf", "contract"),
    ("Sammelbestellung_88.xlsx", "sammelbestellung 88 xlsx", "purchase_order"),
    ("Proformarechnung_5.pdf", "proformarechnung 5 pdf", "proforma_invoice"),
    ("Rechnung_zu_Bestellung_4711.pdf", "rechnung zu bestellung 4711 pdf", "commercial_invoice"),
    ("scan_0001.pdf", "scan 0001 pdf", None),
])
def test_file_names_state_their_type_in_camel_case_and_german_compounds(
        ruleset: RuleSet, name: str, words: str, doc_type: str | None) -> None:
    assert filename_words(name) == words
    assert filename_type(ruleset, name) == doc_type


def test_a_guessed_type_yields_to_the_file_name_but_a_read_title_does_not(ruleset: RuleSet) -> None:
    guessed = doc("quotation", "Q-9", source="PurchaseOrder_4711.pdf", confidence={"doc_type": 0.6})
    titled = doc("commercial_invoice", "INV-1", source="PO_4711_invoice_copy.pdf", confidence={"doc_type": 0.85})
    unread = doc("other", "KX-1", source="Liefervertrag_KX-1.pdf")
    body = doc("other", None, source="body")
    out = effective_documents(ruleset, [guessed, titled, unread, body])
    assert [d["doc_type"] for d in out] == ["purchase_order", "commercial_invoice", "contract", "other"]
    assert out[0]["type_from"] == "file name" and out[0]["parsed_doc_type"] == "quotation"
    assert "type_from" not in out[1] and out[3] is body
    assert guessed["doc_type"] == "quotation"  # the parsers' documents are not changed


def test_po_guessed_wrong_with_signed_contract_is_the_order_and_lacks_only_the_invoice(ruleset: RuleSet) -> None:
    docs = [doc("quotation", "Q-77", source="PurchaseOrder_OX-5521.pdf", confidence={"doc_type": 0.6}),
            doc("contract", "KX-AG-9", source="Agreement_KX-AG-9.pdf", signed=True, confidence={"doc_type": 0.85})]
    # Contract wording outweighs the order wording: the documents still show the order was placed.
    r = classify(ruleset, "RE: spare parts", "Dear Anna,\nplease find attached our order OX-5521 and the agreement "
                 "KX-AG-9 signed by our managing director, the supply agreement as agreed.\nRegards", docs)
    assert (r.kind, r.stage) == ("order", "order"), r.reasons
    assert r.missing_documents == ["commercial_invoice"]
    assert r.documents[0]["doc_type"] == "quotation"  # reported as parsed
    assert any("typed by its file name" in x["detail"] for x in r.reasons)


def test_an_unsigned_contract_with_a_proforma_stays_the_contract_step(ruleset: RuleSet) -> None:
    docs = [doc("contract", "KX-AG-10", source="Contract_KX-AG-10.pdf", signed=False),
            doc("proforma_invoice", "PI-3", source="Proforma_PI-3.pdf")]
    r = classify(ruleset, "Contract KX-AG-10 for your signature", "Please sign the attached contract and return it.",
                 docs, sender="anna@example.com")
    assert r.stage == "contract", r.reasons


def test_a_claim_that_attaches_the_bill_of_lading_stays_a_claim(ruleset: RuleSet) -> None:
    docs = [doc("bill_of_lading", "BL-1", source="BL_1.pdf")]
    r = classify(ruleset, "Complaint: damaged goods", "We have to file a complaint: 12 cartons arrived damaged "
                 "and the goods are defective. Photos and the bill of lading attached.", docs)
    assert r.stage == "claim", r.reasons


def test_a_contract_named_in_the_body_casts_no_vote(ruleset: RuleSet) -> None:
    docs = [doc("commercial_invoice", "INV-5", source="Invoice_INV-5.pdf"),
            doc("contract", None, source="body", order_number="OX-5")]
    r = classify(ruleset, "RE: order OX-5", "Thank you for your order OX-5. Attached is invoice INV-5; the "
                 "contract follows separately.", docs, sender="anna@example.com")
    assert not any("(body" in x["detail"] for x in r.reasons if x["rule"] == "document-types"), r.reasons
    assert r.stage == "order", r.reasons


def test_a_deal_holding_a_purchase_order_is_checked_whatever_stage_it_was_read_at(ruleset: RuleSet) -> None:
    docs = [doc("purchase_order", "OX-1"), doc("contract", "KX-1", signed=True)]
    req = case_requirement(ruleset, "order", ["quote", "contract"], "acme.example", docs)
    assert req.missing == ["commercial_invoice"]
    # Without a purchase order the contract step alone does not start the check.
    assert case_requirement(ruleset, "order", ["quote", "contract"], "acme.example", docs[1:]).required is None


def test_a_sentence_about_an_invoice_in_the_body_is_no_invoice(ruleset: RuleSet) -> None:
    docs = [doc("purchase_order", "OX-9", source="PO_OX-9.pdf"),
            doc("contract", "KX-9", source="Contract_KX-9.pdf", signed=True),
            doc("commercial_invoice", None, source="body", order_number="OX-9")]
    r = classify(ruleset, "Order OX-9", "Attached our order OX-9 and the signed contract. We look forward to "
                 "your commercial invoice.", docs)
    assert r.stage == "order" and r.missing_documents == ["commercial_invoice"], r.reasons
    typed = {**docs[2], "line_items": [{"description": "Gate valve", "quantity": "4"}], "total": "120.00"}
    r = classify(ruleset, "Order OX-9", "Our order OX-9, invoice below.", [*docs[:2], typed])
    assert r.missing_documents == []


def test_a_weak_status_note_is_a_step_of_the_conversation_it_answers(ruleset: RuleSet) -> None:
    # (a reported hand-over: "we will hand the goods over" only plans it, the production step)
    text = "Dear Tom, the goods went to your forwarder this morning."
    alone = classify(ruleset, "Goods", text, [], sender="anna@example.com")
    assert alone.kind == "other" and alone.stage == "unknown", alone.reasons
    reply = classify(ruleset, "RE: Goods", text, [], sender="anna@example.com")
    assert reply.kind == "order" and reply.stage == "shipping", reply.reasons


def test_a_reply_quoting_an_order_typed_in_the_mail_does_not_bring_that_order(ruleset: RuleSet) -> None:
    from mailbot.classify import classify_message

    quoted = ("Dear Anna,\nwe order:\n1. VB-100 Brass ball valve DN25 - 100 pcs at EUR 12.50\n"
              "2. VB-200 Gate valve DN50 - 40 pcs at EUR 31.00\nTotal EUR 2490.00\nRegards, Tom")
    lines = [{"sku": "VB-100", "description": "Brass ball valve DN25", "quantity": "100"},
             {"sku": "VB-200", "description": "Gate valve DN50", "quantity": "40"}]
    body_doc = doc("purchase_order", "OX-41", source="body", line_items=lines, total="2490.00")
    reply = ("Dear Tom,\nthank you for your order OX-41, we confirm it; the contract for signature and our invoice "
             "follow.\nAnna\n\nOn Mon, 2 Mar 2026 at 09:00, Tom <tom@acme.example> wrote:\n"
             + "\n".join("> " + x for x in quoted.splitlines()))
    r = classify_message(email("RE: Order OX-41", reply, sender="anna@example.com"), [body_doc], [], ruleset,
                         company_domain="example.com")
    assert r.missing_documents is None or "purchase_order" in r.missing_documents, r.reasons
    assert r.documents == [body_doc]  # still reported as read
    # The partner's own mail with the order typed in it brings the order.
    r = classify_message(email("Purchase order OX-41", quoted), [body_doc], [], ruleset, company_domain="example.com")
    assert r.stage == "order" and "purchase_order" not in (r.missing_documents or []), r.reasons


def test_a_contract_we_send_waits_for_the_partners_signature_whatever_its_text_says(ruleset: RuleSet) -> None:
    # The parsers may read "valid once signed by both parties" as a signature: our own copy is still a draft.
    draft = doc("contract", "KV-31", source="Kaufvertrag_KV-31.pdf", signed=True, confidence={"doc_type": 0.9})
    invoice = doc("commercial_invoice", "RG-8", source="Rechnung_RG-8.pdf", confidence={"doc_type": 0.9})
    ours = classify(ruleset, "AW: Bestellung 5510", "Sehr geehrte Frau Roth,\nanbei Rechnung RG-8 und der "
                    "Kaufvertrag KV-31 zur Unterschrift.\nMit freundlichen Grüßen", [invoice, draft],
                    sender="verkauf@example.com")
    assert ours.missing_documents == ["purchase_order", "contract"]
    assert any("sent by us for the partner's signature" in r["detail"] for r in ours.reasons)
    # The same signed contract coming from the partner completes it.
    theirs = classify(ruleset, "AW: Bestellung 5510", "Guten Tag,\nanbei Bestellung und der unterschriebene "
                      "Kaufvertrag KV-31.\nGruß", [doc("purchase_order", "5510", source="Bestellung_5510.pdf",
                                                      confidence={"doc_type": 0.9}), draft])
    assert theirs.missing_documents == ["commercial_invoice"]


def test_a_deal_is_not_complete_with_only_our_own_contract_copy(ruleset: RuleSet) -> None:
    po = doc("purchase_order", "OC-77", source="OC_77.pdf")
    ours = {**doc("contract", "CT-5", source="Contrato_CT-5.pdf", signed=True), "sent_by_us": True}
    inv = doc("commercial_invoice", "F-9", source="Factura_F-9.pdf")
    assert case_requirement(ruleset, "order", ["order"], None, [po, ours, inv]).missing == ["contract"]
    signed = doc("contract", "CT-5", source="Contrato_CT-5_firmado.pdf", signed=True)
    assert case_requirement(ruleset, "order", ["order"], None, [po, ours, inv, signed]).missing == []


def test_a_body_document_named_only_by_the_order_it_mentions_casts_no_vote(ruleset: RuleSet) -> None:
    # Running text about an order ("your order 7781 is now in machining") is no enquiry typed into the mail.
    mention = doc("enquiry", None, source="body", order_number="7781")
    r = classify(ruleset, "RE: RFQ pumps for line 3", "Dear Mr Li,\nyour order 7781 is now in machining.\nRegards",
                 [mention], sender="sales@example.com")
    assert r.stage == "production"
    assert not any(x["rule"] == "document-types" for x in r.reasons)


def test_a_deal_whose_order_was_typed_in_a_body_counts_its_purchase_order(ruleset: RuleSet) -> None:
    # The lines typed into the buyer's mail are the order; a mere mention of its number ("any news on OX-41?")
    # read out of a later body is not.
    lines = [{"sku": "VB-100", "description": "Brass ball valve DN25", "quantity": "100"}]
    typed = doc("purchase_order", "OX-41", source="body", line_items=lines, total="1250.00")
    inv = doc("commercial_invoice", "F-9", source="Factura_F-9.pdf")
    signed = doc("contract", "CT-5", source="Contrato_CT-5_firmado.pdf", signed=True)
    assert case_requirement(ruleset, "order", ["order"], None, [typed, inv, signed]).missing == []
    mention = doc("purchase_order", None, source="body", order_number="OX-41")
    assert case_requirement(ruleset, "order", ["order"], None, [mention, inv, signed]).missing == ["purchase_order"]


def test_a_credit_note_never_stands_in_for_the_commercial_invoice(ruleset: RuleSet) -> None:
    # A credit note is read as a commercial_invoice flagged credit_note: it reduces what the buyer owes and is not
    # the invoice of the goods ([document.commercial_invoice] credit_notes_count = false).
    po = doc("purchase_order", "OC-77", source="OC_77.pdf")
    signed = doc("contract", "CT-5", source="Contrato_CT-5_firmado.pdf", signed=True)
    credit = doc("commercial_invoice", "NC-3", source="Nota_credito_NC-3.pdf", credit_note=True)
    req = case_requirement(ruleset, "order", ["order"], None, [po, signed, credit])
    assert req.missing == ["commercial_invoice"]
    assert any("credit note" in n for n in req.notes)
    inv = doc("commercial_invoice", "F-9", source="Factura_F-9.pdf")
    assert case_requirement(ruleset, "order", ["order"], None, [po, signed, credit, inv]).missing == []
    # a deal whose rules let credit notes count
    counting = ruleset.required.model_copy(deep=True)
    counting.document["commercial_invoice"] = counting.document["commercial_invoice"].model_copy(
        update={"credit_notes_count": True})
    relaxed = RuleSet(**{**ruleset.__dict__, "required": counting})
    assert case_requirement(relaxed, "order", ["order"], None, [po, signed, credit]).missing == []
