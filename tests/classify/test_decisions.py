"""Unit tests of the classification rules and decision on hand-built messages (pure logic, real rules/)."""
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


def run(rules: RuleSet, parsed, docs=(), texts=(), case=None, **kw) -> Classification:  # type: ignore[no-untyped-def]
    return classify_message(parsed, list(docs), list(texts), rules, case, own_addresses={"orders@example.com"},
                            company_domain="example.com", **kw)


def fired(result: Classification) -> list[str]:
    return [r["rule"] for r in result.reasons]


@pytest.mark.parametrize(("subject", "body", "stage"), [
    ("Request for quotation: ball valves", "Please quote 500 pcs DN25.", "enquiry"),
    ("Anfrage Kugellager", "Wir bitten um ein Angebot für 200 Stück.", "enquiry"),
    ("Demande de prix", "Merci de nous faire une offre pour 300 pièces.", "enquiry"),
    ("Solicitud de cotización", "¿Nos podrían cotizar 100 unidades?", "enquiry"),
    ("询价：电源板", "您好，请报价 1000 件。", "enquiry"),
    ("Our quotation Q-77", "Please find attached our quotation, valid for 30 days.", "quote"),
    ("Purchase order 4711", "Please find attached our purchase order.", "order"),
    ("Bestellung 4711", "Hiermit bestellen wir folgende Artikel.", "order"),
    ("Bon de commande", "Veuillez trouver ci-joint notre commande.", "order"),
    ("Orden de compra", "Les enviamos nuestro pedido.", "order"),
    ("采购订单", "我们下单如下。", "order"),
    ("Payment advice", "We have transferred the amount today; proof of payment attached.", "payment"),
    ("Zahlungsavis", "Wir haben überwiesen.", "payment"),
    ("Production update", "Production has started, 50% done.", "production"),
    ("生产进度", "大货生产中。", "production"),
    ("Shipped: your order", "The goods have been shipped, tracking number 1Z999.", "shipping"),
    ("Versandanzeige", "Die Ware wurde heute verladen.", "shipping"),
    ("Goods received", "We have received the goods in good condition.", "receipt"),
    ("Wareneingang", "Die Lieferung ist heute bei uns eingegangen.", "receipt"),
    ("Complaint", "Several valves arrived damaged; we claim a replacement.", "claim"),
    ("Mängelrüge", "Die Ware ist fehlerhaft.", "claim"),
    ("Réclamation", "Les pièces sont défectueuses.", "claim"),
    ("Reclamación", "La mercancía llegó dañada.", "claim"),
    ("索赔", "货物破损，质量问题。", "claim"),
    ("Signed contract", "Attached the signed contract.", "contract"),
])
def test_phrases_in_five_languages_give_stage_and_kind(rules: RuleSet, subject: str, body: str, stage: str) -> None:
    result = run(rules, email(subject, body))
    assert result.stage == stage, result.reasons
    kind = {"negotiation": "quote", "contract": "order", "payment": "order", "production": "order",
            "shipping": "order", "receipt": "order"}.get(stage, stage)
    assert result.kind == kind
    assert result.autoreply is True
    assert "subject-phrases" in fired(result)
    assert 0 < result.confidence <= 1


def test_purchase_order_document_is_strong_evidence_even_without_words(rules: RuleSet) -> None:
    result = run(rules, email("Documents", "see attachment"), [doc("purchase_order", "4500012345")])
    assert (result.kind, result.stage) == ("order", "order")
    assert "document-types" in fired(result)
    assert result.missing_documents == ["commercial_invoice", "contract"]
    assert "4500012345" in result.references


def test_complete_order_has_nothing_missing(rules: RuleSet) -> None:
    docs = [doc("purchase_order", "PO-1001"), doc("commercial_invoice", "INV-9"), doc("contract", "C-1", signed=True)]
    result = run(rules, email("Order", "Our order attached."), docs)
    assert result.missing_documents == []


def test_unsigned_contract_does_not_count_and_unknown_signature_is_noted(rules: RuleSet) -> None:
    base = [doc("purchase_order", "PO-1001"), doc("commercial_invoice", "INV-9")]
    unsigned = run(rules, email("Order", "Our order attached."), [*base, doc("contract", "C-1", signed=False)])
    assert unsigned.missing_documents == ["contract"]
    unknown = run(rules, email("Order", "Our order attached."), [*base, doc("contract", "C-1", signed=None)])
    assert unknown.missing_documents == []
    detail = next(r["detail"] for r in unknown.reasons if r["rule"] == "required-documents")
    assert "signed could not be verified" in detail


def test_purchase_order_in_the_body_counts(rules: RuleSet) -> None:
    line = {"description": "Ball valve DN25", "quantity": "10"}
    result = run(rules, email("Order", "We hereby order 10 pcs."),
                 [doc("purchase_order", "PED-1", source="body", line_items=[line])])
    assert result.kind == "order"
    assert "purchase_order" not in result.missing_documents


def test_kind_without_requirement_has_null_missing_documents(rules: RuleSet) -> None:
    assert run(rules, email("RFQ ball valves", "Please quote.")).missing_documents is None
    # a payment update of an order is not checked on its own (its deal is)
    assert run(rules, email("Payment advice", "Proof of payment attached.")).missing_documents is None


def test_partner_without_contract_requirement(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(RULES, tmp_path / "rules", ignore=shutil.ignore_patterns("partners", "replies.toml"))
    with (tmp_path / "rules" / "required_documents.toml").open("a") as fh:
        fh.write('\n[partner."acme.example".order]\nrequired = ["purchase_order", "commercial_invoice"]\n')
    rules = load_ruleset(tmp_path / "rules")
    docs = [doc("purchase_order", "PO-1"), doc("commercial_invoice", "INV-1")]
    assert run(rules, email("Order", "Our order."), docs).missing_documents == []
    other = email("Order", "Our order.", sender="buyer@other.example")
    assert run(rules, other, docs).missing_documents == ["contract"]


def test_quoted_reply_text_is_down_weighted(rules: RuleSet) -> None:
    body = ("We have transferred the amount today.\n\n"
            "On Mon, 2 Mar 2026 at 10:00, Sales <sales@example.com> wrote:\n"
            "> Please find attached our purchase order and the signed contract.\n"
            "> Purchase order 4711, please confirm our order.\n")
    result = run(rules, email("Re: PO 4711", body))
    assert result.stage == "payment", result.reasons
    assert "quoted-phrases" in fired(result)


@pytest.mark.parametrize("separator", [
    "-----Original Message-----\nFrom: x\nSent: y",
    "From: Sales <s@example.com>\nSent: Monday, 2 March 2026 10:00\nTo: buyer",
    "Von: Verkauf <s@example.com>\nGesendet: Montag, 2. März 2026\nAn: x",
    "De : Ventes <s@example.com>\nEnvoyé : lundi 2 mars 2026\nÀ : x",
    "发件人: 销售 <s@example.com>\n发送时间: 2026年3月2日",
    "Le 2 mars 2026 à 10:00, Ventes <s@example.com> a écrit\n:",
])
def test_reply_headers_start_the_quoted_part(rules: RuleSet, separator: str) -> None:
    body = f"Thanks, goods received in good condition.\n\n{separator}\nNew purchase order attached, purchase order 4711."
    result = run(rules, email("Re: delivery", body))
    assert result.stage == "receipt", result.reasons


@pytest.mark.parametrize(("kwargs", "rule", "reason"), [
    ({"headers": {"Auto-Submitted": "auto-replied"}}, "auto-submitted", "auto-submitted (auto-replied)"),
    ({"headers": {"Precedence": "junk"}}, "precedence-bulk", "precedence junk"),
    ({"content_type": "multipart/report", "delivery_status": "Action: failed"}, "bounce-report", "bounce"),
    ({"return_path": ""}, "null-sender", "null sender"),
    ({"sender": "MAILER-DAEMON@mx.example.net"}, "null-sender", "mailer-daemon sender"),
    ({"headers": {"X-Spam-Flag": "YES"}}, "spam-flag", "spam"),
    ({"headers": {"X-Mailbot-Loop": "1"}}, "mail-loop", "mail loop"),
    ({"headers": {"X-Autoreply": "yes"}}, "autoreply-subject", "auto-reply"),
])
def test_hard_automatic_mail_is_stage_auto_and_never_answered(rules: RuleSet, kwargs, rule, reason) -> None:  # type: ignore[no-untyped-def]
    result = run(rules, email("Purchase order 4711", "Please find attached our purchase order.", **kwargs),
                 [doc("purchase_order", "4711")])
    assert (result.kind, result.stage) == ("other", "auto")
    assert result.autoreply is False
    assert result.autoreply_suppressed_reason == reason
    assert rule in fired(result)
    assert result.missing_documents is None


@pytest.mark.parametrize("subject", ["Out of Office: PO 4711", "Automatische Antwort: Bestellung",
                                     "Réponse automatique : commande", "Respuesta automática: pedido", "自动回复：订单"])
def test_out_of_office_subjects(rules: RuleSet, subject: str) -> None:
    result = run(rules, email(subject, "I am out of the office until Monday."))
    assert result.stage == "auto" and result.autoreply is False


@pytest.mark.parametrize("headers", [{"Precedence": "bulk"}, {"List-Id": "<news.example>"},
                                     {"List-Unsubscribe": "<mailto:u@x>"}, {"X-Auto-Response-Suppress": "All"},
                                     {"Auto-Submitted": "auto-generated"}])
def test_soft_automatic_mail_is_auto_unless_documents_outweigh(rules: RuleSet, headers: dict[str, str]) -> None:
    newsletter = run(rules, email("Weekly offers: new order form", "Order now!", headers=headers))
    assert newsletter.stage == "auto" and newsletter.autoreply is False
    # an ERP that sends its purchase orders as system mail: still an order, but never answered automatically
    erp = run(rules, email("PO 4711", "Purchase order attached.", headers=headers), [doc("purchase_order", "4711")])
    assert erp.stage == "order" and erp.autoreply is False and erp.autoreply_suppressed_reason


def test_spam_wording_without_spam_header(rules: RuleSet) -> None:
    html = "<p>Dear Beneficiary, you won USD 2,500,000 in the Email Lottery. To claim, pay a processing fee.</p>"
    result = run(rules, email("URGENT: your award", "", html=html))
    assert result.stage == "auto" and result.autoreply_suppressed_reason == "spam"


@pytest.mark.parametrize(("subject", "body"), [
    ("Aviso de seguridad", "Detectamos actividad inusual. Su cuenta será bloqueada si no verifique sus datos aquí."),
    ("Sicherheitshinweis", "Ihr Konto wurde gesperrt. Bitte bestätigen Sie Ihre Daten über den Link."),
    ("Alerte", "Activité inhabituelle : votre compte sera bloqué. Vérifiez vos informations ici."),
    ("安全提醒", "检测到异常活动，您的账户将被冻结，请点击链接验证您的账户。"),
])
def test_phishing_in_other_languages_is_spam(rules: RuleSet, subject: str, body: str) -> None:
    result = run(rules, email(subject, body))
    assert result.stage == "auto" and result.autoreply_suppressed_reason == "spam", result.reasons


@pytest.mark.parametrize(("sender", "subject", "html"), [
    ("Share Alerts <notify@file-portal.test>", "orders@example.com: 2 invoices waiting for you",
     "<p>Two invoices have been shared with you.<br>OPEN: http://file-portal.test/x<br>Sign in to view with your "
     "e-mail password. The link expires today.</p>"),
    ("Payments <pay@cloud-docs.test>", "Zahlungsavis liegt bereit",
     "<p>Ein Dokument wurde geteilt. Melden Sie sich mit Ihrem E-Mail-Passwort an.</p>"),
    ("Parcel Service <info@parcel-track.test>", "Shipment notification: delivery attempt",
     "<p>Dear user, your package is on hold. Pay the customs fee within 24 hours: http://parcel-track.test/p</p>"),
])
def test_a_shared_document_asking_for_our_mailbox_password_is_spam(rules: RuleSet, sender: str, subject: str,
                                                                   html: str) -> None:
    parsed = email(subject, "", html=html, sender=sender)
    parsed.to = ["orders@example.com"]
    result = run(rules, parsed)
    assert result.stage == "auto" and result.autoreply is False, result.reasons


@pytest.mark.parametrize(("subject", "html"), [
    ("New purchase order - please confirm prices", "<p>Dear Sir/Madam,<br>we have prepared an order for your review."
     "<br>OPEN ORDER: https://trade-docs.test/po?id=7<br>Log in with your email account to open the protected "
     "document.</p>"),
    ("Neue Bestellung zur Prüfung", "<p>Sehr geehrte Damen und Herren,<br>unsere Bestellung liegt bereit: "
     "https://trade-docs.test/b?id=7<br>Bitte melden Sie sich mit Ihrem E-Mail-Konto an, um das geschützte Dokument "
     "zu öffnen.</p>"),
    ("Nuevo pedido para su revisión", "<p>Estimados señores:<br>ver pedido: https://trade-docs.test/p?id=7<br>Inicie "
     "sesión con su cuenta de correo para abrir el documento protegido.</p>"),
])
def test_an_order_behind_a_sign_in_with_our_mail_account_is_spam(rules: RuleSet, subject: str, html: str) -> None:
    # No partner hides its purchase order behind a log-in with our own mailbox account; replies go elsewhere.
    parsed = email(subject, "", html=html, sender="purchase@sourcing-desk.test")
    parsed.reply_to = "desk7@freemail.test"
    result = run(rules, parsed)
    assert (result.kind, result.stage, result.autoreply) == ("other", "auto", False), result.reasons


def test_a_partner_order_with_a_portal_link_is_no_spam(rules: RuleSet) -> None:
    parsed = email("Purchase order 4711", "Please find attached our purchase order 4711. You can also download the "
                   "order: https://portal.acme.example/po/4711", sender="buyer@acme.example")
    result = run(rules, parsed, [doc("purchase_order", "4711")])
    assert result.stage == "order", result.reasons


def test_a_real_shipping_notice_mentioning_customs_and_replies_elsewhere_is_no_spam(rules: RuleSet) -> None:
    parsed = email("Shipping advice PO 4711", "Your goods have been shipped today, ETA 12 May. The customs fee "
                   "will be invoiced by the forwarder within 24 hours of arrival.", sender="anna@example.com")
    parsed.reply_to = "logistics@forwarder.example"
    result = run(rules, parsed)
    assert result.stage == "shipping", result.reasons


def test_a_partner_mentioning_a_link_or_our_address_is_no_spam(rules: RuleSet) -> None:
    parsed = email("Order 4711 – please confirm to orders@example.com", "Please find our order 4711 attached; "
                   "the download link expires in 7 days.", sender="buyer@acme.example")
    parsed.to = ["orders@example.com"]
    result = run(rules, parsed, [doc("purchase_order", "4711")])
    assert result.stage == "order", result.reasons


def test_a_real_account_mention_is_not_spam(rules: RuleSet) -> None:
    result = run(rules, email("Bestellung 4711", "Anbei unsere Bestellung. Bitte bestätigen Sie den Liefertermin."))
    assert result.stage != "auto"


def test_own_mail_is_classified_but_not_answered(rules: RuleSet) -> None:
    for sender in ("orders@example.com", "anna.keller@example.com", "x@sales.example.com"):
        result = run(rules, email("Our quotation Q-1", "Please find attached our quotation.", sender=sender))
        assert result.kind == "quote"
        assert result.autoreply is False and result.autoreply_suppressed_reason == "own mail"


def test_unclear_mail_is_other_unknown(rules: RuleSet) -> None:
    result = run(rules, email("Hello", "Just saying hi, see you at the fair."))
    assert (result.kind, result.stage) == ("other", "unknown")
    assert result.autoreply is False
    assert result.reasons[-1]["rule"] == "decision"


def test_case_context_moves_a_quote_on(rules: RuleSet) -> None:
    case = CaseContext(case_id=7, stage="quote", kind="quote", partner="acme.example")
    alone = run(rules, email("Re: offer", "We accept, thanks."))
    in_deal = run(rules, email("Re: offer", "We accept, thanks."), case=case)
    assert alone.stage == "unknown"
    assert in_deal.stage == "contract", in_deal.reasons
    assert "case-context" in fired(in_deal)
    # a bare "thanks" in a deal stays at the deal's stage
    assert run(rules, email("Re: offer", "Thanks!"), case=CaseContext(7, "shipping", "order")).stage == "unknown"


def test_inspection_report_with_claim_words_is_a_claim(rules: RuleSet) -> None:
    docs = [doc("inspection_report", "IR-26-001")]
    claim = run(rules, email("Inspection results", "The inspection found defects, 12 pieces are damaged."), docs)
    assert claim.stage == "claim" and "inspection-claim" in fired(claim)
    neutral = run(rules, email("Inspection results", "Please see the attached report."), docs)
    assert neutral.stage != "claim"


@pytest.mark.parametrize(("doc_type", "stage"), [("shipping_notice", "shipping"), ("bill_of_lading", "shipping"),
                                                  ("payment_advice", "payment"), ("quotation", "quote"),
                                                  ("contract", "contract"), ("enquiry", "enquiry")])
def test_document_types_vote_for_stages(rules: RuleSet, doc_type: str, stage: str) -> None:
    result = run(rules, email("Documents", "See attachment."), [doc(doc_type, "X-123", signed=True)])
    assert result.stage == stage


def test_references_are_normalised_from_subject_body_and_documents(rules: RuleSet) -> None:
    result = run(rules, email("Re: PO No. 4500 012345 / Invoice no. inv-88123",
                              "Regarding order #A-7781 and contract no.: SC-2026-017. Please ship 1000 pcs."),
                 [doc("commercial_invoice", "NW-INV-1", order_number="4500012345")])
    assert result.references[:2] == ["NW-INV-1", "4500012345"]
    assert {"INV-88123", "A-7781", "SC-2026-017"} <= set(result.references)
    assert "1000" not in result.references  # a quantity is no business number
    assert result.reference_types["SC-2026-017"] == "contract"


def test_language_guess(rules: RuleSet) -> None:
    assert run(rules, email("Bestellung", "Hiermit bestellen wir.")).language == "de"
    assert run(rules, email("询价", "请报价")).language == "zh"


def test_partner_override_votes_and_no_autoreply(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(RULES, tmp_path / "rules", ignore=shutil.ignore_patterns("partners", "replies.toml"))
    with (tmp_path / "rules" / "classify.toml").open("a") as fh:
        fh.write('\n[partner."acme.example"]\nnote = "ERP"\nvotes = { order = 3.0 }\nautoreply = false\n')
    rules = load_ruleset(tmp_path / "rules")
    result = run(rules, email("Documents", "see attachment"))
    assert result.stage == "order" and "partner-override" in fired(result)
    assert result.autoreply is False and "partner" in (result.autoreply_suppressed_reason or "")


@pytest.mark.timeout(120)
def test_hostile_long_texts_do_not_hang(rules: RuleSet) -> None:
    # Long runs that make careless regexes backtrack for minutes: letters, digits, dashes, blanks, labels.
    chunks = ["a" * 100_000, "1" * 50_000, "-" * 50_000, " " * 50_000, "\n" * 20_000,
              "order no " * 5_000, "po " * 10_000, "%" * 10_000, "Q-" * 20_000,
              "invoice " + "x" * 60_000, "contract no " + "7" * 60_000, "order " + "ab-" * 20_000]
    body = "\n".join(chunks)
    result = run(rules, email("Re: " * 2_000 + "PO " + "9" * 10_000, body), texts=[body])
    assert result.kind in ("order", "other")
    assert all(len(ref) <= 32 for ref in result.references)


def test_internal_mail_among_colleagues_has_no_stage(rules: RuleSet) -> None:
    note = email("Reminder: ship pending orders before Friday", "Please make sure all orders are shipped.",
                 sender="sarah@example.com")
    note.to = ["orders@example.com", "ops@example.com"]
    result = run(rules, note)
    assert (result.kind, result.stage) == ("other", "unknown")
    assert "internal-mail" in fired(result) and result.autoreply is False
    # a colleague forwarding a customer's order is business, not an internal note
    fwd = email("Fwd: Purchase order 4711", "---------- Forwarded message ---------\n"
                "From: John <john@acme.example>\nPlease find attached our purchase order.",
                sender="tom@example.com")
    fwd.to = ["orders@example.com"]
    assert run(rules, fwd).kind == "order"
    # our own mail to a customer (a copy in the orders mailbox) is a step of the deal
    sales = email("Your order 4711 has been shipped", "The goods have been shipped today.", sender="anna@example.com")
    sales.to = ["john@acme.example"]
    assert run(rules, sales).stage == "shipping"


def test_gtube_is_spam(rules: RuleSet) -> None:
    body = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"
    result = run(rules, email("Test", body))
    assert result.stage == "auto" and result.autoreply_suppressed_reason == "spam"


def test_unreadable_attachment_counts_by_its_file_name(rules: RuleSet) -> None:
    parsed = email("Order 4711", "Please find attached our purchase order, invoice and packing list.",
                   filenames=("PO_4711.xlsx", "Packing_List_PO_4711.pdf", "Invoice_88.pdf"))
    # the parsers read the invoice, but got nothing out of the PO (unknown layout) or the packing list
    result = run(rules, parsed, [doc("commercial_invoice", "88", source="Invoice_88.pdf")])
    assert result.kind == "order"
    assert result.missing_documents == ["contract"]
    detail = next(r["detail"] for r in result.reasons if r["rule"] == "required-documents")
    assert "purchase_order assumed from the file name 'PO_4711.xlsx'" in detail
    assert [d["doc_type"] for d in result.documents] == ["commercial_invoice"]  # stand-ins are not documents
    # a file the parsers did type is never re-typed by its name
    typed = run(rules, parsed, [doc("quotation", "Q-1", source="PO_4711.xlsx"),
                                doc("commercial_invoice", "88", source="Invoice_88.pdf")])
    assert typed.missing_documents == ["purchase_order", "contract"]
    # a contract known only by its name counts, but its signature is unknown (and said so)
    signed = run(rules, email("Contract", "Signed contract attached.", filenames=("Contract_C-1.pdf",)), [])
    assert signed.missing_documents == ["purchase_order", "commercial_invoice"]
    assert "signed could not be verified" in next(r["detail"] for r in signed.reasons
                                                  if r["rule"] == "required-documents")


def test_forwarded_mail_counts_as_content(rules: RuleSet) -> None:
    body = ("Hi team, please handle.\n\n-----Original Message-----\nFrom: John <john@acme.example>\n"
            "Sent: Monday, 2 March 2026 10:00\nTo: Tom\nSubject: Purchase order\n\n"
            "Please find attached our purchase order 4711. We hereby order 100 valves.")
    forwarded = run(rules, email("Fwd: Purchase order", body, sender="tom@acme.example"))
    assert forwarded.stage == "order" and "quoted-phrases" not in fired(forwarded)
    replied = run(rules, email("Re: Purchase order", body.replace("please handle", "thanks"),
                               sender="tom@acme.example"))
    assert "quoted-phrases" in fired(replied)


@pytest.mark.parametrize(("text", "refs"), [
    ("Re: Order 55012", ["55012"]),
    ("we order 1000 pcs", []),
    ("order total 12500.00 EUR", []),
    ("Rechnung Nr. 2026/117", ["2026/117"]),
    ("Vertrag zu Bestellung BE-2026-0412", ["BE-2026-0412"]),
    ("附件为销售合同NC-2026-021，请签字", ["NC-2026-021"]),
    ("merci pour le devis Q-2026-0314", ["Q-2026-0314"]),
    ("contract dated 2026-03-01", []),
    ("PO Box 1234, Springfield", []),
    ("order no. 2026", []),
])
def test_reference_patterns(rules: RuleSet, text: str, refs: list[str]) -> None:
    from mailbot.classify.refs import find_references

    assert [r for r, _ in find_references(rules, [text], [])] == refs


@pytest.mark.parametrize(("subject", "body"), [
    ("RE: PO 4500012345", "The goods arrived today but 12 valves are damaged. Please send replacements."),
    ("AW: Bestellung", "Die Ware ist heute eingegangen, leider sind 5 Teile beschädigt."),
    ("RE: commande", "La marchandise est arrivée mais plusieurs pièces sont défectueuses."),
    ("RE: pedido", "La mercancía llegó, pero 10 piezas están dañadas."),
    ("回复: 订单", "货已收到，但有10个破损，请补发。"),
])
def test_a_complaint_about_arrived_goods_is_a_claim(rules: RuleSet, subject: str, body: str) -> None:
    result = run(rules, email(subject, body))
    assert (result.kind, result.stage) == ("claim", "claim"), result.reasons
    assert "takes precedence over receipt" in result.reasons[-1]["detail"]
    fine = run(rules, email(subject, "The goods arrived today in good condition, thank you."))
    assert fine.stage == "receipt"


@pytest.mark.parametrize(("body", "stage"), [
    ("The goods arrived yesterday without any damage. Thanks!", "receipt"),
    ("Die Ware zur Bestellung 4500012399 ist heute vollständig und ohne Transportschäden bei uns angekommen.",
     "receipt"),
    ("La marchandise est arrivée sans dommage, merci.", "receipt"),
    ("La mercancía llegó sin daños. Gracias.", "receipt"),
    ("The goods arrived yesterday. Three cartons show transport damage, photos attached.", "claim"),
])
def test_a_negated_complaint_word_is_no_claim(rules: RuleSet, body: str, stage: str) -> None:
    assert run(rules, email("Re: delivery", body)).stage == stage


def test_a_body_mention_of_an_order_is_no_order_document(rules: RuleSet) -> None:
    # The parsers read "Bestellung 4711" in running text as a body document with no number and no lines.
    mention = doc("purchase_order", None, source="body")
    result = run(rules, email("Re: delivery", "Both containers against PO 4700018236 reached our stores yesterday "
                                              "and have been unloaded."), [mention])
    assert result.stage == "receipt" and "document-types" not in fired(result)
    typed = doc("purchase_order", "4711", source="body", line_items=[{"sku": "A-1"}])
    assert "document-types" in fired(run(rules, email("Order", "Please supply:"), [typed]))


def test_negation_words_come_from_the_rule_file(tmp_path: Path) -> None:
    import shutil

    from mailbot.errors import RulesError

    shutil.copytree(RULES, tmp_path / "rules")
    vocab = tmp_path / "rules" / "vocabulary.toml"
    vocab.write_text(vocab.read_text().replace('[negation]\nwords = [', '[negation]\nwords = 3\nx = [', 1))
    with pytest.raises(RulesError, match=r"vocabulary\.toml.*negation"):
        load_ruleset(tmp_path / "rules")
