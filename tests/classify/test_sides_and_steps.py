"""Stages that generalise: documents arriving together, who writes (buyer/seller), planned vs reported shipments."""
from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.classify.engine import build_facts, classify_facts
from mailbot.classify.refs import find_references
from mailbot.classify.required import case_requirement, mark_sent_by_us
from mailbot.classify.rules import RuleSet, load_ruleset
from tests.classify.helpers import doc, email

RULES = Path(__file__).resolve().parents[2] / "rules"
US = "sales@example.com"


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    return load_ruleset(RULES)


def classify(ruleset: RuleSet, subject: str, text: str, docs: list[dict] | None = None, *,  # type: ignore[no-untyped-def,type-arg]
             sender: str = "buyer@acme.example"):
    docs = docs or []
    parsed = email(subject, text, sender=sender, filenames=tuple(d["source"] for d in docs if d["source"] != "body"))
    facts = build_facts(parsed, docs, [], company_domain="example.com")
    return classify_facts(facts, ruleset)


# ---- several documents in one mail: the latest step a document proves decides ------------------------------

@pytest.mark.parametrize(("subject", "text"), [
    ("RE: spare parts", "Dear Ms Ito,\nattached our invoice RX-2201 and the master supply agreement MSA-77 for your "
     "signature. Please sign the agreement, the signature page is on page 9, and return the signed contract.\nRegards"),
    ("RE : pièces de rechange", "Madame,\nveuillez trouver notre facture RX-2201 et le contrat-cadre MSA-77 pour "
     "signature. Merci de signer le contrat et de nous le retourner.\nCordialement"),
])
def test_an_invoice_sent_with_a_contract_for_signature_is_the_order_step(ruleset: RuleSet, subject: str,
                                                                         text: str) -> None:
    docs = [doc("commercial_invoice", "RX-2201", source="Invoice_RX-2201.pdf"),
            doc("contract", "MSA-77", source="MasterAgreement_MSA-77.docx", signed=False)]
    r = classify(ruleset, subject, text, docs, sender=US)
    assert (r.kind, r.stage) == ("order", "order"), r.reasons
    # The draft still does not count as the signed contract.
    assert r.missing_documents == ["purchase_order", "contract"]


def test_a_proforma_proves_the_order_only_once_the_order_is_named(ruleset: RuleSet) -> None:
    docs = [doc("proforma_invoice", "PF-31", source="Proforma_PF-31.pdf"),
            doc("contract", "MSA-9", source="Agreement_MSA-9.docx", signed=False)]
    before = classify(ruleset, "Agreement MSA-9 and pro-forma PF-31", "Dear Mr Lee,\nattached the agreement "
                      "MSA-9 for signature and the pro-forma PF-31 for the advance payment.\nRegards", docs, sender=US)
    assert before.stage == "contract", before.reasons
    after = classify(ruleset, "Agreement MSA-9 and pro-forma PF-31", "Dear Mr Lee,\nthank you for your purchase "
                     "order PO-88120. Attached the agreement MSA-9 for signature and the pro-forma PF-31 for the "
                     "advance payment.\nRegards", docs, sender=US)
    assert after.stage == "order", after.reasons
    # ... or the pro-forma names the order itself.
    named = [doc("proforma_invoice", "PF-31", source="Proforma_PF-31.pdf", order_number="K-5512/26"), docs[1]]
    r = classify(ruleset, "Agreement MSA-9 and pro-forma PF-31", "Dear Mr Lee,\nattached the agreement MSA-9 for "
                 "signature and the pro-forma PF-31 for the advance payment.\nRegards", named, sender=US)
    assert r.stage == "order", r.reasons


# ---- who writes: a customer does not quote, the seller does not enquire ---------------------------------------

@pytest.mark.parametrize(("subject", "text"), [
    ("Quotation gear pumps 2026", "Hello,\nfor our maintenance stop we need 12 gear pumps GP-40 and 6 couplings. "
     "Could you quote us CIF Durban?\nThanks, Thabo"),
    ("Angebot Dichtungssätze", "Guten Tag,\nfür unsere Pressen benötigen wir 40 Dichtungssätze. Können Sie uns "
     "dafür ein Angebot machen?\nGruß, Weber"),
    ("Cotización rodamientos", "Buenos días:\nnecesitamos 30 rodamientos 6205. ¿Nos pueden cotizar?\nSaludos"),
])
def test_a_customer_asking_about_a_quotation_enquires(ruleset: RuleSet, subject: str, text: str) -> None:
    r = classify(ruleset, subject, text)
    assert (r.kind, r.stage) == ("enquiry", "enquiry"), r.reasons


def test_a_customer_answering_a_quotation_negotiates_it(ruleset: RuleSet) -> None:
    text = "Hello Anna,\nthank you for the quotation, we are reviewing it with the plant.\nThabo\n\n" \
           "> Dear Thabo,\n> please find our quotation attached.\n"
    r = classify(ruleset, "RE: Quotation gear pumps", text)
    assert r.stage != "quote" and r.kind == "quote", r.reasons


def test_our_answer_in_an_enquiry_thread_is_the_quote_step(ruleset: RuleSet) -> None:
    text = ("Dear Mr Weber,\nthe price of our offer already is our best one, but we can deliver a week earlier.\n"
            "Kind regards\n\n-----Original Message-----\nFrom: Weber <weber@acme.example>\n"
            "Können Sie uns bitte ein Angebot für 40 Dichtungssätze machen? Das ist eine Preisanfrage.\n")
    r = classify(ruleset, "AW: Preisanfrage Dichtungssätze", text, sender=US)
    assert (r.kind, r.stage) != ("enquiry", "enquiry"), r.reasons
    assert r.kind == "quote", r.reasons


# ---- a planned shipment is still production; a reported one is shipping -------------------------------------

@pytest.mark.parametrize(("text", "stage"), [
    ("Dear Ms Ito,\nstatus of order K-5512: the housings are machined, the seals arrive on Thursday. Pickup by "
     "your forwarder is expected next Tuesday.\nRegards", "production"),
    ("Madame,\npoint sur la commande K-5512 : les carters sont usinés ; l'enlèvement par votre transporteur est "
     "prévu mardi prochain.\nCordialement", "production"),
    ("Dear Ms Ito,\nyour order K-5512 was picked up by the forwarder today and is on its way, tracking "
     "1Z999AA10123456784.\nRegards", "shipping"),
])
def test_a_shipment_only_planned_is_the_production_step(ruleset: RuleSet, text: str, stage: str) -> None:
    r = classify(ruleset, "RE: order K-5512", text, sender=US)
    assert r.stage == stage, r.reasons


# ---- our own mail passing the executed papers on --------------------------------------------------------------

def test_our_mail_passing_on_the_partners_po_with_the_signed_contract_completes_the_set(ruleset: RuleSet) -> None:
    po = doc("purchase_order", "K-5512", source="PO_K-5512.pdf")
    inv = doc("commercial_invoice", "RX-2201", source="Invoice_RX-2201.pdf")
    signed = doc("contract", "MSA-77", source="Agreement_MSA-77.pdf", signed=True)
    r = classify(ruleset, "Documents for your bank - order K-5512", "Dear Ms Ito,\nas requested by your bank, the "
                 "set: your PO, our invoice and the agreement signed by both parties.\nRegards", [po, inv, signed],
                 sender=US)
    assert r.stage == "order" and r.missing_documents == [], r.reasons
    # Without the partner's PO in the same mail, a contract of ours is our draft whatever it is read as.
    marked = mark_sent_by_us([inv, signed])
    assert all(d.get("sent_by_us") for d in marked)
    assert case_requirement(ruleset, "order", ["order"], None, [po, *marked]).missing == ["contract"]
    # An unsigned draft stays a draft even in such a set.
    draft = doc("contract", "MSA-77", source="Agreement_MSA-77.docx", signed=False)
    assert mark_sent_by_us([po, draft])[1].get("sent_by_us")


def test_a_signed_contract_in_a_partners_mail_forwarded_as_an_attachment_is_not_our_draft() -> None:
    # A colleague forwards the partner's mail (attached as a message) carrying the executed contract.
    signed = doc("contract", "MSA-78", source="forwarded.eml/Agreement_MSA-78.pdf", signed=True)
    assert not mark_sent_by_us([signed])[0].get("sent_by_us")
    # Our own attachment with that name, or an unsigned copy in the forwarded mail, stays ours.
    assert mark_sent_by_us([{**signed, "source": "Agreement_MSA-78.pdf"}])[0].get("sent_by_us")
    assert mark_sent_by_us([{**signed, "signed": False}])[0].get("sent_by_us")


# ---- business numbers and phishing ------------------------------------------------------------------------------

def test_a_labelled_number_of_digit_and_letter_groups_is_a_reference(ruleset: RuleSet) -> None:
    text = ("Guten Tag, Zwischenstand zur Bestellung 5100-KA-26-0042: alles im Plan. We need an order 3-way valves "
            "as before; all items of SQ-77120 are confirmed. Gruß")
    refs = dict(find_references(ruleset, ["RE: Anfrage", text, "prices as in QN-2026-0042"], []))
    assert refs.get("5100-KA-26-0042") == "po" and refs.get("SQ-77120") == "quote"
    assert refs.get("QN-2026-0042") == "quote"
    assert not any("WAY" in ref for ref in refs), refs


def test_billing_phishing_is_automatic_mail(ruleset: RuleSet) -> None:
    r = classify(ruleset, "FINAL NOTICE: overdue balance - action required",
                 "Dear valued customer,\nyour balance of EUR 1,240.00 is overdue. Verify your payment details "
                 "within 6 hours to avoid suspension: http://billing.invalid/verify\n", sender="ar@billing.invalid")
    assert r.stage == "auto" and not r.autoreply, r.reasons


# ---- framework agreements and required documents ----------------------------------------------------------------

def test_a_signed_framework_agreement_counts_for_its_own_deal_and_a_partner_block_can_waive_it(
        tmp_path: Path, ruleset: RuleSet) -> None:
    po = doc("purchase_order", "K-5512", source="PO_K-5512.pdf")
    inv = doc("commercial_invoice", "RX-2201", source="Invoice_RX-2201.pdf")
    frame = doc("contract", "FA-12", source="FrameworkAgreement_FA-12.pdf", signed=True)
    # In the deal that brought it (signed by the partner, whenever it came) it is the signed contract.
    assert case_requirement(ruleset, "order", ["order"], "acme.example", [po, inv, frame]).missing == []
    # A later deal of the same partner holds only its own documents: the contract is asked for again.
    repeat = [doc("purchase_order", "K-5600", source="PO_K-5600.pdf"), inv]
    assert case_requirement(ruleset, "order", ["order"], "acme.example", repeat).missing == ["contract"]
    # A partner whose framework agreement covers every order is configured without the contract.
    rules = tmp_path / "rules"
    rules.mkdir()
    for f in RULES.glob("*.toml"):
        (rules / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    with (rules / "required_documents.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[partner."acme.example".order]\nrequired = ["purchase_order", "commercial_invoice"]\n')
    waived = load_ruleset(rules)
    assert case_requirement(waived, "order", ["order"], "acme.example", repeat).missing == []
    assert case_requirement(waived, "order", ["order"], "other.example", repeat).missing == ["contract"]


@pytest.mark.parametrize("subject", ["Read: Order K-5512", "Gelesen: Bestellung K-5512", "Lu : Commande K-5512",
                                     "Delivery delayed: Order K-5512", "Warning: message delayed"])
def test_read_receipts_and_delay_notices_are_automatic_mail(ruleset: RuleSet, subject: str) -> None:
    r = classify(ruleset, subject, "Your message was read on 3 March 2026 10:12.\n", sender="k.ito@acme.example")
    assert r.stage == "auto" and not r.autoreply, r.reasons


def test_a_subject_that_only_starts_with_the_word_read_is_no_receipt(ruleset: RuleSet) -> None:
    r = classify(ruleset, "Ready to order: 40 gear pumps", "Hello,\nplease find attached our purchase order for 40 "
                 "gear pumps.\nRegards", [doc("purchase_order", "K-77", source="PO_K-77.pdf")])
    assert r.stage == "order", r.reasons


@pytest.mark.parametrize("text", [
    "Dear Ms Ito,\nplease find our commercial invoice RX-2201 for order K-5512. The balance of 70% is due before "
    "shipment.\nRegards",
    "Sehr geehrte Frau Ito,\nanbei unsere Rechnung RX-2201 zur Bestellung K-5512. Der Restbetrag ist vor Versand "
    "fällig.\nGrüße",
])
def test_a_payment_condition_naming_the_shipment_is_no_shipment(ruleset: RuleSet, text: str) -> None:
    r = classify(ruleset, "Invoice RX-2201 / order K-5512", text,
                 [doc("commercial_invoice", "RX-2201", source="Invoice_RX-2201.pdf")], sender=US)
    assert r.stage == "order", r.reasons


def test_a_customer_reminder_in_a_deal_still_at_its_enquiry_enquires_again(ruleset: RuleSet) -> None:
    from mailbot.classify.model import CaseContext

    text = "Hello Anna,\nany news on the quotation for the gear pumps? We need it by Friday.\nThabo\n\n" \
           "> Could you quote us 12 gear pumps GP-40?\n"
    parsed = email("RE: Quotation gear pumps", text)
    for stage, expected in (("enquiry", "enquiry"), ("quote", "negotiation")):
        case = CaseContext(case_id=1, stage=stage, kind="enquiry" if stage == "enquiry" else "quote")
        r = classify_facts(build_facts(parsed, [], [], company_domain="example.com", case=case), ruleset)
        assert r.stage == expected, (stage, r.reasons)


@pytest.mark.parametrize(("subject", "text"), [
    ("Your weekly industry digest", "Top stories this week: steel prices, port congestion.\nView in browser | "
     "Unsubscribe | Manage preferences"),
    ("Lager-Report 11/2026", "Sehr geehrte Damen und Herren,\nneue Wälzlager und Messetermine.\nNewsletter "
     "abbestellen | Im Browser ansehen"),
])
def test_bulk_mail_without_list_headers_is_automatic(ruleset: RuleSet, subject: str, text: str) -> None:
    r = classify(ruleset, subject, text, sender="news@digest.example")
    assert r.stage == "auto" and not r.autoreply, r.reasons


def test_a_purchase_order_with_an_unsubscribe_footer_stays_an_order(ruleset: RuleSet) -> None:
    r = classify(ruleset, "Purchase order K-88", "Hello,\nplease find attached our purchase order K-88.\nRegards\n"
                 "To unsubscribe from supplier notifications, contact purchasing.", [doc("purchase_order", "K-88",
                                                                                          source="PO_K-88.pdf")])
    assert r.stage == "order", r.reasons


def test_a_customer_sending_its_own_quotation_stays_a_quotation(ruleset: RuleSet) -> None:
    # No question and no enquiry wording: the mail offers, so it is the quote whoever sends it.
    r = classify(ruleset, "Our quotation Q-77", "Please find attached our quotation, valid for 30 days.")
    assert r.stage == "quote", r.reasons


def test_a_request_to_quote_in_chinese_with_words_between_is_an_enquiry(ruleset: RuleSet) -> None:
    r = classify(ruleset, "报价 轴承 6205", "您好，请贵司就以下产品报价：6205轴承 200个。谢谢")
    assert r.stage == "enquiry", r.reasons


@pytest.mark.parametrize(("subject", "text", "docs", "stage"), [
    ("Richiesta di offerta cuscinetti", "Buongiorno,\npotreste inviarci un'offerta per 200 cuscinetti?\nSaluti", [],
     "enquiry"),
    ("Pedido de cotação - válvulas", "Bom dia,\nsolicitamos cotação para 20 válvulas.\nAtenciosamente", [], "enquiry"),
    ("Offerteaanvraag pompen", "Goedemorgen,\nkunt u ons een offerte sturen voor 20 pompen?\nGroet", [], "enquiry"),
    ("Ordine di acquisto 4500-22", "In allegato il nostro ordine di acquisto.",
     [doc("purchase_order", "4500-22", source="Ordine_4500-22.pdf")], "order"),
    ("Reclamação - pedido 77", "Recebemos 5 válvulas com defeito.", [], "claim"),
    ("Klacht bestelling 88", "Drie pompen zijn beschadigd aangekomen.", [], "claim"),
])
def test_italian_portuguese_and_dutch_partners_are_no_other_mail(ruleset: RuleSet, subject: str, text: str,
                                                                 docs: list[dict], stage: str) -> None:  # type: ignore[type-arg]
    r = classify(ruleset, subject, text, docs)
    assert r.stage == stage, r.reasons


def test_preventive_maintenance_in_spanish_is_no_request_for_a_quotation(ruleset: RuleSet) -> None:
    r = classify(ruleset, "Mantenimiento preventivo", "Estimada Anna:\nel mantenimiento preventivo de la línea se hizo "
                 "ayer, todo en orden.\nSaludos")
    assert r.stage != "enquiry", r.reasons


@pytest.mark.parametrize("docs", [
    [doc("purchase_order", "PO-77812", source="PO-77812.pdf")],
    [doc("purchase_order", "PO-77812", source="body")],
])
def test_a_business_document_outweighs_a_full_marketing_footer(ruleset: RuleSet, docs: list[dict]) -> None:  # type: ignore[type-arg]
    # The partner's ERP sends orders with the same footer its newsletters carry: the order must not be filed as
    # automatic mail (and must get its acknowledgement).
    r = classify(ruleset, "Purchase order PO-77812", "Dear Anna,\nplease find our purchase order PO-77812.\n"
                 "Regards\nMaria\n--\nView in browser | Unsubscribe | Manage preferences", docs)
    assert r.stage == "order" and r.autoreply, r.reasons


def test_a_footer_on_a_mail_of_a_deal_does_not_make_it_automatic(ruleset: RuleSet) -> None:
    from mailbot.classify.model import CaseContext

    parsed = email("Re: delivery date", "Dear Anna,\ncan you confirm the delivery date of our order?\nMaria\n--\n"
                   "View in browser | Unsubscribe | Manage preferences", sender="maria@acme-trading.example")
    case = CaseContext(case_id=7, stage="order", kind="order")
    r = classify_facts(build_facts(parsed, [], [], company_domain="example.com", case=case), ruleset)
    assert r.stage != "auto" and all(h["rule"] != "bulk-footer" for h in r.reasons), r.reasons
