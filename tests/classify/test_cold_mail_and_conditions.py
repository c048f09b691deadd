"""Cold marketing dressed as a reply, shipping papers named as a payment condition, numbers that prove a step."""
from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.classify import CaseContext, classify_message, load_ruleset
from mailbot.classify.model import Classification
from mailbot.classify.rules import RuleSet
from tests.classify.helpers import doc, email

RULES = Path(__file__).resolve().parents[2] / "rules"


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_ruleset(RULES)


def run(rules: RuleSet, parsed, docs=(), texts=()) -> Classification:  # type: ignore[no-untyped-def]
    # our own mail goes to a partner (mail among colleagues has no stage), a partner's to our mailbox
    ours = (parsed.from_addr or "").endswith("@example.com")
    parsed.to = parsed.to or (["buyer@acme.example"] if ours else ["orders@example.com"])
    return classify_message(parsed, list(docs), list(texts), rules, None, own_addresses={"orders@example.com"},
                            company_domain="example.com")


def spam_detail(result: Classification) -> str:
    return next((r["detail"] for r in result.reasons if r["rule"] == "spam-content"), "")


@pytest.mark.parametrize(("subject", "html"), [
    ("Re: quick question about example.com", "<p>Hello, your site is not ranking for the keywords buyers search. "
     "We offer a free audit and backlinks for a small monthly fee. Just reply YES.</p>"),
    ("AW: Ihre Website example.com", "<p>Guten Tag, mit unserer Suchmaschinenoptimierung kommen Sie auf die erste "
     "Seite bei Google. Antworten Sie einfach.</p>"),
    ("RE: visibilité de example.com", "<p>Bonjour, notre référencement naturel vous place en première page de "
     "Google en 60 jours.</p>"),
])
def test_cold_web_marketing_dressed_as_a_reply_is_spam(rules: RuleSet, subject: str, html: str) -> None:
    result = run(rules, email(subject, "", html=html, sender="growth@rank-agency.test"))
    assert result.stage == "auto" and result.autoreply is False, result.reasons
    assert "answers no mail" in spam_detail(result)


def test_a_reply_subject_answering_no_mail_adds_to_spam_wording_only(rules: RuleSet) -> None:
    # One weak marketing word stays below the threshold on its own ...
    parsed = email("SEO for your shop", "We do SEO. Interested?", sender="x@agency.test")
    assert run(rules, parsed).stage != "auto"
    # ... the same mail as a fake reply naming our domain crosses it.
    parsed = email("Re: SEO for example.com", "We do SEO. Interested?", sender="x@agency.test")
    assert run(rules, parsed).stage == "auto"
    # A real answer (it names the mail it answers) with the same words is not a fake reply.
    parsed = email("Re: SEO for example.com", "We do SEO. Interested?", sender="x@agency.test")
    parsed.in_reply_to = "<abc@example.com>"
    assert "answers no mail" not in spam_detail(run(rules, parsed))


@pytest.mark.parametrize(("subject", "body"), [
    ("Re: Anfrage Kugellager", "Guten Tag, wir bitten um ein Angebot für 200 Stück 6204-2RS, Lieferung nach Linz."),
    ("Re: request for quotation example.com", "Hello, please quote 500 pcs of ball valves DN25 CIF Durban."),
])
def test_a_new_partners_first_mail_with_a_stray_re_is_no_spam(rules: RuleSet, subject: str, body: str) -> None:
    result = run(rules, email(subject, body, sender="buyer@new-partner.example"))
    assert result.stage == "enquiry" and result.autoreply is True, result.reasons


@pytest.mark.parametrize("body", [
    "Attached is our commercial invoice INV-77 for your order; the balance is payable against the copy of the B/L.",
    "Anbei unsere Rechnung RE-77 zu Ihrer Bestellung; der Restbetrag ist zahlbar gegen Vorlage des B/L.",
    "Ci-joint notre facture F-77 pour votre commande ; le solde est payable contre copie du connaissement.",
])
def test_shipping_papers_named_as_a_payment_condition_ship_nothing(rules: RuleSet, body: str) -> None:
    parsed = email("Invoice", body, sender="anna@example.com")
    result = run(rules, parsed, [doc("commercial_invoice", "INV-77", source="inv.pdf")])
    assert result.stage == "order", result.reasons


def test_a_shipment_reported_with_its_bill_of_lading_is_still_shipping(rules: RuleSet) -> None:
    parsed = email("Shipment", "The container sailed today; the B/L is attached. Payment against copy of the B/L "
                   "as agreed.", sender="anna@example.com")
    result = run(rules, parsed, [doc("bill_of_lading", "BL-9", source="bl.pdf")])
    assert result.stage == "shipping", result.reasons


def test_a_tracking_numbers_label_reports_the_shipment(rules: RuleSet) -> None:
    parsed = email("RE: Pedido", "Estimado cliente: su pedido PED-2026-0042 ha salido hoy; número de seguimiento "
                   "ZX12345678GB.", sender="anna@example.com")
    result = run(rules, parsed)
    assert result.stage == "shipping", result.reasons


@pytest.mark.parametrize(("text", "ref"), [
    ("Wir haben dazu die Q-Meldung 300001234 angelegt.", "300001234"),
    ("Our quality notification 300005678 refers to the damaged valves.", "300005678"),
    ("Siehe Qualitätsmeldung Nr. 300009876.", "300009876"),
])
def test_a_quality_notification_number_is_a_claim_reference(rules: RuleSet, text: str, ref: str) -> None:
    result = run(rules, email("Mängelrüge", text))
    assert ref in result.references and result.reference_types.get(ref) == "claim", result.references


def _our_reply(subject: str, body: str, quoted: str) -> object:
    parsed = email(subject, f"{body}\n\n> {quoted}\n", sender="anna@example.com")
    parsed.in_reply_to = "<q1@acme.example>"
    return parsed


def test_our_silent_reply_in_an_enquirys_thread_is_our_answer(rules: RuleSet) -> None:
    # The subject names the customer's enquiry; our new words name no step and ask nothing.
    parsed = _our_reply("RE: Anfrage Kugellager", "Wir haben nachgerechnet, mehr ist leider nicht möglich.",
                        "Wir bitten um ein Angebot für 200 Stück.")
    result = run(rules, parsed)
    assert result.kind == "quote", result.reasons


def test_our_reply_with_its_own_words_keeps_them(rules: RuleSet) -> None:
    # Our own words say the goods left: the enquiry of the thread's subject does not decide.
    parsed = _our_reply("RE: Anfrage Kugellager", "The goods have been shipped today.",
                        "Wir bitten um ein Angebot für 200 Stück.")
    assert run(rules, parsed).stage == "shipping"


def test_a_partners_silent_reply_in_an_enquirys_thread_stays_an_enquiry(rules: RuleSet) -> None:
    parsed = email("RE: Anfrage Kugellager", "Danke, wir warten noch auf Ihr Angebot.\n\n> Wir bitten um ein "
                   "Angebot für 200 Stück.\n", sender="buyer@acme.example")
    parsed.in_reply_to = "<q1@example.com>"
    assert run(rules, parsed).kind == "enquiry"


@pytest.mark.parametrize(("subject", "body"), [
    ("Delivery attempt failed - import duty unpaid", "Dear customer,\n\nyour package has been held at our depot: an "
     "import duty of EUR 1.85 is unpaid. Settle it within 24 hours at https://held-parcels.test/checkout?ref=77 or the "
     "package will be returned to sender.\n\nYour delivery team"),
    ("Votre colis est en attente", "Cher client,\n\nvotre colis est en attente : des frais de douane de 2,40 EUR "
     "restent à régler sur https://colis-suivi.test/pay/5521, sinon il sera retourné à l'expéditeur."),
])
def test_a_parcel_held_for_a_fee_behind_a_link_is_spam(rules: RuleSet, subject: str, body: str) -> None:
    result = run(rules, email(subject, body, sender="notice@held-parcels.test"))
    assert result.stage == "auto" and result.kind == "other" and result.autoreply is False, result.reasons


def test_a_carriers_real_note_on_a_held_shipment_stays_shipping(rules: RuleSet) -> None:
    # A forwarder writes about the deal's container with its numbers: no fee link, no generic greeting.
    parsed = email("Container MSKU7712345 on hold at Felixstowe", "Hello Anna,\n\nthe container for your order "
                   "KM-2030-118 is on hold at Felixstowe until the B/L is surrendered. Vessel ETA Antwerp moved to "
                   "Friday.\n\nRegards", sender="ops@forwarder.example")
    assert run(rules, parsed).stage != "auto"


def lure_detail(result: Classification) -> str:
    return next((r["detail"] for r in result.reasons if r["rule"] == "document-lure"), "")


# A document "waiting on a portal" behind a link, with a sign-in prompt and some pressure, from a stranger; no
# spam wording of the spam-content list (no mailbox password, no "protected document").
LURES = [
    ("New purchase order PO#5521 - confirmation required", "<p>Good morning,<br>our new purchase order PO#5521 is "
     "ready on our supplier portal.<br>View PO: https://buyer-desk.test/po?id=5521<br>Sign in with your company "
     "e-mail to confirm the quantities today.</p>"),
    ("Neue Bestellung 5521 – Bestätigung erforderlich", "<p>Guten Tag,<br>unsere neue Bestellung 5521 liegt auf "
     "unserem Lieferantenportal bereit.<br>Bestellung ansehen: https://einkauf-desk.test/b?id=5521<br>Melden Sie "
     "sich an und bestätigen Sie heute noch die Mengen.</p>"),
    ("Nouvelle commande 5521 – confirmation requise", "<p>Bonjour,<br>notre nouvelle commande 5521 vous attend sur "
     "notre portail fournisseurs.<br>Voir la commande : https://achats-desk.test/c?id=5521<br>Connectez-vous avec "
     "votre adresse professionnelle et confirmez aujourd'hui.</p>"),
    ("Nuevo pedido 5521 – confirmación requerida", "<p>Buen día,<br>nuestro nuevo pedido 5521 está en nuestro "
     "portal de proveedores.<br>Ver pedido: https://compras-desk.test/p?id=5521<br>Inicie sesión con su correo "
     "corporativo y confirme hoy mismo.</p>"),
    ("新采购订单 5521 – 请确认", "<p>您好，<br>我司新采购订单5521已上传至采购平台。<br>查看订单：https://caigou-desk.test/po?id=5521"
     "<br>请登录后今天内确认数量。</p>"),
]


@pytest.mark.parametrize(("subject", "html"), LURES, ids=[c[0][:20] for c in LURES])
def test_an_order_waiting_behind_a_portal_link_is_a_lure(rules: RuleSet, subject: str, html: str) -> None:
    result = run(rules, email(subject, "", html=html, sender="purchasing@sourcing-desk.test"))
    assert (result.kind, result.stage, result.autoreply) == ("other", "auto", False), result.reasons
    assert lure_detail(result) and not spam_detail(result), result.reasons


def test_a_link_whose_text_hides_its_target_adds_to_the_lure(rules: RuleSet) -> None:
    html = ("<p>Dear supplier,<br>please review the purchase order on <a href='http://collect-7.test/x'>"
            "https://portal.bigbuyer.test/po/5521</a> as soon as possible.</p>")
    result = run(rules, email("Purchase order 5521", "", html=html, sender="purchasing@sourcing-desk.test"))
    assert result.stage == "auto", result.reasons
    assert "showing portal.bigbuyer.test leads to collect-7.test" in lure_detail(result)
    # the same link shown as what it is: a call to look at an order, no lure
    honest = html.replace("http://collect-7.test/x", "https://portal.bigbuyer.test/po/5521")
    assert run(rules, email("Purchase order 5521", "", html=honest, sender="purchasing@bigbuyer.test")).stage == "order"


@pytest.mark.parametrize("case", [None, CaseContext(7, "quote", "quote", via="number")])
def test_a_new_partners_order_with_the_po_attached_and_a_portal_link_stays_an_order(rules: RuleSet,
                                                                                   case: CaseContext | None) -> None:
    # The same words around a purchase order attached as a file, or in a mail whose numbers lead to a deal.
    subject, html = LURES[0]
    parsed = email(subject, "", html=html, sender="purchasing@new-partner.example")
    parsed.to = ["orders@example.com"]
    docs = [doc("purchase_order", "5521", source="PO-5521.pdf")] if case is None else []
    result = classify_message(parsed, docs, [], rules, case, own_addresses={"orders@example.com"},
                              company_domain="example.com")
    assert result.stage == "order" and result.autoreply is True, result.reasons
    assert not lure_detail(result)


@pytest.mark.parametrize(("subject", "body"), [
    # a partner's order mail with a link and some urgency, no sign-in, no portal
    ("Urgent order 5521", "Hello Anna,\nplease ship our order 5521 today, urgent. Our forwarder's booking: "
     "https://forwarder.example/booking/5521"),
    # a shipping notice with a tracking link
    ("Shipment of order 5521", "Dear Sir,\nyour goods left today. Track the parcel: https://carrier.example/t/1Z99"),
    ("Bestellung 5521", "Guten Tag,\nanbei der Link zu unserer Bestellung 5521, bitte dringend bestätigen: "
     "https://cloud.partner.example/s/5521. Bei Fragen melden Sie sich gerne."),
])
def test_partner_mail_with_a_link_and_no_sign_in_is_no_lure(rules: RuleSet, subject: str, body: str) -> None:
    result = run(rules, email(subject, body, sender="buyer@partner.example"))
    assert result.stage != "auto", result.reasons


def bank_change_detail(result: Classification) -> str:
    return next((r["detail"] for r in result.reasons if r["rule"] == "bank-details-change"), "")


# Invoice fraud: a change of bank details announced by a stranger, payments asked for on the new account.
BANK_CHANGES = [
    ("Updated payment details", "Dear customer,\n\nplease note our bank account has changed. Kindly pay the next "
     "invoices into our new account; the new banking letter follows.\n\nAccounts department"),
    ("Neue Bankverbindung", "Sehr geehrte Damen und Herren,\n\nunsere Bankverbindung hat sich geändert. Bitte "
     "überweisen Sie alle offenen Rechnungen auf unser neues Konto.\n\nBuchhaltung"),
    ("Changement de coordonnées bancaires", "Madame, Monsieur,\n\nnos coordonnées bancaires ont changé. Merci "
     "d'effectuer vos prochains virements sur notre nouveau compte.\n\nService comptable"),
    ("Cambio de datos bancarios", "Estimado cliente:\n\nle informamos que nuestros datos bancarios han cambiado. "
     "Realice los próximos pagos a nuestra nueva cuenta.\n\nContabilidad"),
    ("收款账户变更通知", "您好，\n\n我司银行账户已变更，请将后续货款汇至我司新账户。\n\n财务部"),
]


@pytest.mark.parametrize(("subject", "text"), BANK_CHANGES, ids=[c[0][:20] for c in BANK_CHANGES])
def test_a_change_of_bank_details_from_a_stranger_is_fraud(rules: RuleSet, subject: str, text: str) -> None:
    result = run(rules, email(subject, text, sender="accounts@billing-desk.test"))
    assert (result.kind, result.stage, result.autoreply) == ("other", "auto", False), result.reasons
    assert bank_change_detail(result), result.reasons


def test_a_change_of_bank_details_in_a_deal_needs_replies_elsewhere(rules: RuleSet) -> None:
    subject, text = BANK_CHANGES[0]
    deal = CaseContext(7, "payment", "order")
    parsed = email(subject, text, sender="accounts@partner.example")
    assert not bank_change_detail(classify_message(
        parsed, [], [], rules, deal, own_addresses={"orders@example.com"}, company_domain="example.com"))
    # the same mail within the deal whose answers go to a free-mail box: a hijacked thread
    parsed = email(subject, text, sender="accounts@partner.example")
    parsed.reply_to = "accounts.partner@freemail.test"
    result = classify_message(parsed, [], [], rules, deal, own_addresses={"orders@example.com"},
                              company_domain="example.com")
    assert bank_change_detail(result) and result.stage == "auto" and not result.autoreply, result.reasons


@pytest.mark.parametrize(("subject", "text"), [
    ("Payment advice", "Dear Anna,\n\nwe have transferred USD 4,120.00 to your account with Wessex Bank for invoice "
     "INV-2031-77 today. Please find the remittance advice attached.\n\nRegards"),
    ("Zahlungsavis", "Guten Tag,\n\nwir haben heute EUR 2.300,00 auf Ihr Konto überwiesen (Rechnung RE-2031-12).\n\n"
     "Grüße"),
])
def test_a_partners_payment_advice_is_no_bank_change(rules: RuleSet, subject: str, text: str) -> None:
    result = run(rules, email(subject, text, sender="ap@buyer.example"))
    assert result.stage == "payment" and not bank_change_detail(result), result.reasons
