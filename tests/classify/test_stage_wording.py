"""Stage wording the rules were not tuned on: everyday trade mail in EN/DE/FR/ES/ZH, written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.classify import classify_message, load_ruleset
from mailbot.classify.model import Classification
from mailbot.classify.rules import RuleSet
from tests.classify.helpers import email

RULES = Path(__file__).resolve().parents[2] / "rules"
KIND = {"negotiation": "quote", "contract": "order", "payment": "order", "production": "order",
        "shipping": "order", "receipt": "order"}


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_ruleset(RULES)


def run(rules: RuleSet, parsed, docs=(), case=None) -> Classification:  # type: ignore[no-untyped-def]
    return classify_message(parsed, list(docs), [], rules, case, own_addresses={"orders@example.com"},
                            company_domain="example.com")


# (subject, body, sender is us?, expected stage). Partner mail unless marked "ours".
CASES = [
    # short subjects with few words
    ("Shipment received", "Thanks, all good.", False, "receipt"),
    ("Delivery arrived", "Everything is here, thanks.", False, "receipt"),
    ("Goods delivered – PO 4500012345", "Confirming delivery today, no issues.", False, "receipt"),
    ("Wareneingang bestätigt", "Danke, alles in Ordnung.", False, "receipt"),
    ("Ware eingelangt", "Die Lieferung ist vollständig.", False, "receipt"),
    ("Marchandise bien reçue", "Merci, tout est en ordre.", False, "receipt"),
    ("Mercancía recibida", "Gracias, todo en orden.", False, "receipt"),
    ("货已收到", "谢谢，没有问题。", False, "receipt"),
    ("Estatus de producción", "Le informamos que su pedido lleva un 60 % de avance.", True, "production"),
    ("Production status – your PO 4500012345", "We are at 60% and on schedule for the agreed date.", True, "production"),
    ("Fertigungsstatus", "Ihr Auftrag ist zu 60 % fertig.", True, "production"),
    ("État de la fabrication", "Votre commande est fabriquée à 60 %.", True, "production"),
    ("生产状态", "您的订单已完成60%。", True, "production"),
    ("Wire confirmation", "Attached is the wire confirmation for the invoice.", False, "payment"),
    ("Zahlungsbestätigung", "Anbei die Bestätigung der Überweisung.", False, "payment"),
    ("Confirmation de paiement", "Ci-joint la confirmation du virement.", False, "payment"),
    ("Confirmación de pago", "Adjunto el comprobante de la transferencia SPEI.", False, "payment"),
    ("付款确认", "附件为付款凭证。", False, "payment"),
    ("Shipment details", "Carrier: UPS, tracking 1Z999AA10123456784, ETA Monday.", True, "shipping"),
    ("Versanddetails", "Spediteur: DB Schenker, Abholung heute, Zustellung Donnerstag.", True, "shipping"),
    ("Détails d'expédition", "Transporteur : DHL, départ aujourd'hui, livraison jeudi.", True, "shipping"),
    ("Datos de embarque", "Paquetería: Estafeta, guía 123456789, entrega estimada el jueves.", True, "shipping"),
    ("发货信息", "快递：顺丰，单号SF1234567890，预计周四送达。", True, "shipping"),
    ("Signed contract attached", "Please see attached.", False, "contract"),
    ("Vertrag unterschrieben", "Siehe Anhang.", False, "contract"),
    ("Contrat signé", "Voir pièce jointe.", False, "contract"),
    ("Contrato firmado", "Ver adjunto.", False, "contract"),
    ("合同已签", "见附件。", False, "contract"),
    ("Damaged goods", "See photos attached.", False, "claim"),
    ("Schaden an Lieferung", "Siehe Fotos.", False, "claim"),
    ("Marchandise endommagée", "Voir photos.", False, "claim"),
    ("Mercancía dañada", "Ver fotos.", False, "claim"),
    ("货物损坏", "见照片。", False, "claim"),
    ("Can you do better?", "Your price of USD 4.20 is high for us. We need 3.80 to proceed.", False, "negotiation"),
    ("Preis", "Ihr Preis liegt über unserer Vorstellung. Können Sie uns entgegenkommen?", False, "negotiation"),
    ("Prix", "Votre prix est trop haut pour nous, pouvez-vous revoir votre offre ?", False, "negotiation"),
    ("Precio", "Su precio está alto para nosotros, ¿pueden mejorarlo?", False, "negotiation"),
    ("价格", "你们的价格太高了，能不能降一点？", False, "negotiation"),
    # enquiry, quote, negotiation
    ("Inquiry: stainless fittings", "Hello, we source 5,000 stainless fittings per year. Could you send prices and lead times?", False, "enquiry"),
    ("Price request – aluminium housings", "Hi, what would 2,000 housings cost incl. freight to Chicago?", False, "enquiry"),
    ("Anfrage Edelstahlfittings", "Guten Tag, wir hätten Bedarf an 5.000 Fittings. Bitte um Ihr Preisangebot inkl. Lieferzeit.", False, "enquiry"),
    ("Preisanfrage", "Können Sie uns für folgende Positionen Preise nennen?", False, "enquiry"),
    ("Demande de cotation", "Bonjour, pourriez-vous nous communiquer vos meilleurs prix pour 500 pièces ?", False, "enquiry"),
    ("Consulta de precios", "Buen día, ¿nos pueden cotizar 300 piezas con entrega en Monterrey?", False, "enquiry"),
    ("Solicitud de precios", "Hola, necesitamos precio y tiempo de entrega para 1,000 conectores.", False, "enquiry"),
    ("询价", "您好，我们需要500个接头，请提供价格和交期。", False, "enquiry"),
    ("Your price inquiry", "Thank you for your interest. Our prices for 2,000 housings: USD 4.20/pc, FOB Shanghai, valid until 30 June.", True, "quote"),
    ("Unser Preisangebot", "Vielen Dank für Ihr Interesse. Wir können Ihnen 5.000 Fittings zu EUR 1,20/Stk. anbieten, gültig bis 30.06.", True, "quote"),
    ("Votre demande de prix", "Suite à votre demande, nous vous proposons le prix de 3,40 EUR/pièce, validité 30 jours.", True, "quote"),
    ("Cotización solicitada", "En atención a su solicitud, le compartimos nuestra propuesta: USD 4.20 por pieza.", True, "quote"),
    ("报价", "感谢您的询盘，单价USD 4.20，FOB上海，有效期30天。", True, "quote"),
    ("RE: Quotation QT-2026-0815", "Thanks. Your price is above what we can pay; could you come down to USD 3.90?", False, "negotiation"),
    ("AW: Angebot 2026-117", "Danke für das Angebot. Bei 5.000 Stück erwarten wir einen deutlich günstigeren Preis.", False, "negotiation"),
    ("RE : Devis 4471", "Merci. Votre prix dépasse notre budget, pouvez-vous faire un effort ?", False, "negotiation"),
    ("RE: Cotización 4471", "Gracias. ¿Podrían darnos un precio más competitivo? Su competencia cotizó más bajo.", False, "negotiation"),
    ("回复: 报价", "谢谢报价。价格有点高，能否再优惠一些？", False, "negotiation"),
    # contract
    ("Contract for PO 4500098765", "Hi Anna,\nenclosed you will find the contract, executed on our side.\nBest, Tom", False, "contract"),
    ("Agreement - countersigned copy", "Please find the agreement back with our signature.", False, "contract"),
    ("Sales agreement for your signature", "Dear Tom, attached is the sales agreement. Kindly return a signed copy.", True, "contract"),
    ("Kaufvertrag zu Bestellung 4500012399", "Sehr geehrte Frau Keller,\nanbei der von uns unterzeichnete Kaufvertrag.\nMit freundlichen Grüßen", False, "contract"),
    ("Vertrag retour", "Guten Tag, den Vertrag haben wir gegengezeichnet, er liegt bei.", False, "contract"),
    ("Contrat de vente – commande BC-2026-0101", "Bonjour, vous trouverez ci-joint le contrat signé de notre part.", False, "contract"),
    ("Contrato de compraventa firmado", "Buen día, les comparto el contrato ya firmado por nuestro director.", False, "contract"),
    ("合同已签回", "您好，附件是我方盖章签字的合同，请查收。", False, "contract"),
    # payment
    ("Remittance for invoice NW-INV-7001", "Hello, funds were released today via wire. Remittance attached.", False, "payment"),
    ("Payment sent", "We just initiated the wire for the full invoice amount. Please confirm once received.", False, "payment"),
    ("Zahlung Rechnung 2026-117", "Die Zahlung ist heute an Ihre Bank gegangen, Überweisungsbeleg anbei.", False, "payment"),
    ("Paiement facture", "Bonjour, le virement a été émis ce jour, vous trouverez l'avis en pièce jointe.", False, "payment"),
    ("Pago de factura", "Les informo que ya se hizo la transferencia, adjunto el comprobante.", False, "payment"),
    ("付款水单", "您好，货款已汇出，请查收银行水单。", False, "payment"),
    # production
    ("Status of your order", "Dear customer, your order is now being manufactured; about 60% is finished.", True, "production"),
    ("Fertigungsstand Auftrag 4711", "Ihre Teile befinden sich in der Fertigung, Fertigstellung voraussichtlich KW 22.", True, "production"),
    ("Point d'avancement", "Votre commande est en cours de production, fin prévue semaine prochaine.", True, "production"),
    ("Avance de su pedido", "Su pedido se encuentra en fabricación, llevamos un 70 % terminado.", True, "production"),
    ("生产安排", "您的订单已安排生产，预计下周完工。", True, "production"),
    # status of goods still at the factory, in a reply that names the order (not a new order)
    ("RE: Order PO-5531", "Hi Mark, quick note on PO-5531: the housings are finished and the motors are being "
     "tested; the rest will be ready next Thursday.", True, "production"),
    ("AW: Bestellung 4500077123", "Kurzer Stand zu 4500077123: die Gehäuse sind fertig, die Antriebe werden "
     "getestet.", True, "production"),
    ("RE : Commande BC-7781", "Les pièces de la commande BC-7781 sont terminées et en cours de test; elles seront "
     "prêtes vendredi.", True, "production"),
    ("RE: Pedido OC-3312", "El pedido OC-3312 va al 80 %; las bombas estarán listas el lunes.", True, "production"),
    ("回复: 订单 HT-5521", "订单 HT-5521 的货物正在测试，备货中。", True, "production"),
    # shipping
    ("Shipping notification", "Your goods left our warehouse today with DHL, AWB 1234567890.", True, "shipping"),
    ("Your order is on its way", "The consignment has been handed over to the carrier. ETA Hamburg 12 May.", True, "shipping"),
    ("Versandbestätigung", "Ihre Ware hat heute unser Lager verlassen, die Sendungsnummer lautet 00340434.", True, "shipping"),
    ("Avis d'expédition commande 4711", "Votre marchandise est partie ce jour par transporteur, livraison prévue jeudi.", True, "shipping"),
    ("Aviso de embarque", "Su mercancía salió hoy de nuestro almacén, número de guía 7788.", True, "shipping"),
    ("发货通知", "您的货物今天已经发出，快递单号 SF123456。", True, "shipping"),
    # receipt
    ("Delivery received", "Hi, the pallets were delivered this morning, all complete. Thanks!", False, "receipt"),
    ("Goods in", "Just to let you know the parts came in today and everything looks fine.", False, "receipt"),
    ("Lieferung erhalten", "Die Ware ist heute vollständig bei uns eingetroffen, vielen Dank.", False, "receipt"),
    ("Réception marchandise", "Nous avons réceptionné la livraison ce matin, tout est conforme.", False, "receipt"),
    ("Recepción de mercancía", "Hoy recibimos el material completo y en buenas condiciones.", False, "receipt"),
    ("收货确认", "货物今天已经收到，数量无误，谢谢。", False, "receipt"),
    # claim
    ("Quality issue with delivery", "Several housings show cracks; we cannot use them. Please advise.", False, "claim"),
    ("Beanstandung Lieferung", "Bei der Eingangsprüfung haben wir Risse an mehreren Gehäusen festgestellt.", False, "claim"),
    ("Réclamation qualité", "Plusieurs pièces présentent des fissures, elles sont inutilisables.", False, "claim"),
    ("Reclamo de calidad", "Varias piezas vienen con fisuras y no las podemos usar.", False, "claim"),
    ("质量投诉", "多个外壳有裂纹，无法使用，请处理。", False, "claim"),
    # replies in a thread whose subject still names its first step (the RFQ)
    ("RE: RFQ pumps for line 3", "Hello,\nwe could give you an extra 4% if you order both lots together.\nRegards",
     True, "negotiation"),
    ("RE: RFQ pumps for line 3", "Hi,\nthe offer is well over budget for us. Can you grant 7% on the total?\nThanks",
     False, "negotiation"),
    ("RE: RFQ pumps for line 3", "Dear Mr Li,\nyour order 7781 is now in final testing; dispatch next week.\nRegards",
     True, "production"),
    ("Re: RFQ pumps for line 3", "Hi Anna,\neverything arrived in perfect condition at our plant. Thank you!",
     False, "receipt"),
    ("Re: Bestelling 5521", "Beste Anna,\nde zending is vandaag in goede orde ontvangen.\nGroet", False, "receipt"),
    ("Re: Pedido 5521", "Olá Anna,\na mercadoria chegou hoje em perfeito estado. Obrigado!", False, "receipt"),
    # our concession in percent on the whole order, in a thread still titled by the enquiry
    ("RE: RFQ pumps for line 3", "Dear Mr Li,\nwe can do 3 % on the whole order. That is as far as we can go.\nRegards",
     True, "negotiation"),
    ("RE : Demande de prix vannes", "Monsieur,\nnous pouvons vous accorder 2 % sur l'ensemble de la commande, les "
     "autres conditions restant inchangées.\nCordialement", True, "negotiation"),
    ("RE: Solicitud de cotización – bombas", "Estimado Sr. Ruiz:\npodemos ofrecerle un 3 % sobre todas las "
     "posiciones.\nSaludos", True, "negotiation"),
]


@pytest.mark.parametrize(("subject", "body", "ours", "stage"), CASES, ids=[c[0][:30] for c in CASES])
def test_stage_from_unseen_wording(rules: RuleSet, subject: str, body: str, ours: bool, stage: str) -> None:
    sender = "anna.keller@example.com" if ours else "buyer@partner.example"
    parsed = email(subject, body, sender=sender)
    if ours:
        parsed.to = ["buyer@partner.example"]
    result = run(rules, parsed)
    assert result.stage == stage, result.reasons
    assert result.kind == KIND.get(stage, stage)


# The broader vocabulary must not pull ordinary enquiries, quotes and orders into later stages just because
# they talk about production lead times, carriers or payment terms.
EARLIER = [
    ("Request for quotation – housings", "Please quote 2,000 housings incl. dispatch by courier and your production lead time.", False, "enquiry"),
    ("Anfrage Gehäuse", "Bitte um ein Angebot für 500 Stück inkl. Lieferzeit; Zahlung 30 Tage netto.", False, "enquiry"),
    ("Our quotation QT-2026-0815", "Please find attached our quotation. Production lead time 6 weeks after order, shipment by sea.", True, "quote"),
    ("Bestellung 4500012345", "Hiermit bestellen wir laut Anhang. Bitte Versand per Spedition, Zahlung nach Erhalt der Rechnung.", False, "order"),
    ("Orden de compra OC-7781", "Les enviamos la orden de compra; favor de confirmar fecha de embarque y enviar factura.", False, "order"),
    ("采购订单 PO-88123", "附件为我司采购订单，请安排发货时间并提供发票。", False, "order"),
]


@pytest.mark.parametrize(("subject", "body", "ours", "stage"), EARLIER, ids=[c[0][:30] for c in EARLIER])
def test_earlier_stages_keep_their_stage(rules: RuleSet, subject: str, body: str, ours: bool, stage: str) -> None:
    test_stage_from_unseen_wording(rules, subject, body, ours, stage)


# Orders spell out their payment terms ("balance settled before shipment", "Conditions de règlement",
# "Forma de pago: transferencia bancaria"); terms are no payment.
TERMS = [
    ("PO 4500012345", "Please supply per our order below.\nPayment terms: 30% deposit, balance to be settled against B/L copy.", "en"),
    ("Bestellung 4500012345", "Wir bestellen wie folgt.\nZahlungsbedingungen: Lieferung nach Zahlungseingang, Überweisung.", "de"),
    ("Commande BC-2026-0501", "Veuillez trouver ci-joint notre commande.\nConditions de règlement : virement à 30 jours.", "fr"),
    ("Pedido 88123", "Les enviamos nuestro pedido.\nForma de pago: transferencia bancaria a 30 días.", "es"),
    ("订单 HX20261001", "请按以下明细供货。\n付款方式：30%定金，货款余额见提单复印件付清。", "zh"),
]


@pytest.mark.parametrize(("subject", "body", "lang"), TERMS, ids=[c[2] for c in TERMS])
def test_payment_terms_in_an_order_are_no_payment(rules: RuleSet, subject: str, body: str, lang: str) -> None:
    test_stage_from_unseen_wording(rules, subject, body, False, "order")


# "Payment for order 4711": the order word only names the deal the payment belongs to.
LABELLED = [
    ("Zahlung zu Bestellung 77123", "Die Zahlung ist heute erfolgt.", "payment"),
    ("Shipment of purchase order 4500055123", "Your goods were handed over to the carrier today.", "shipping"),
    ("Contrat pour la commande n° 77812", "Veuillez trouver ci-joint le contrat signé de notre part.", "contract"),
    ("Pago del pedido 88123", "Ya se hizo la transferencia, adjunto el comprobante.", "payment"),
]


@pytest.mark.parametrize(("subject", "body", "stage"), LABELLED, ids=[c[0][:25] for c in LABELLED])
def test_a_label_of_a_number_weighs_less(rules: RuleSet, subject: str, body: str, stage: str) -> None:
    result = run(rules, email(subject, body, sender="buyer@partner.example"))
    assert result.stage == stage, result.reasons
    assert "as a number's label" in result.reasons[0]["detail"] or any(
        "as a number's label" in r["detail"] for r in result.reasons)


@pytest.mark.parametrize("body", ["We would like to order 1000 pcs of VB-100.", "Wir bestellen 2000 Stück.",
                                  "Nous commandons 500 pièces."])
def test_a_quantity_is_no_number_label(rules: RuleSet, body: str) -> None:
    result = run(rules, email("", body, sender="buyer@partner.example"))
    assert result.stage == "order", result.reasons
    assert not any("as a number's label" in r["detail"] for r in result.reasons)


# Partner replies in a thread whose subject still names the enquiry or the order, each quoting our last mail:
# the new words say which step the deal is at.
OUR_QUOTE = "\n\nOn Tue, 4 May 2027 at 10:12, Anna <anna.keller@example.com> wrote:\n> Dear Sir,\n> please find attached our quotation QT-5521, valid 30 days.\n> Anna\n"
OUR_INVOICE = "\n\nOn Tue, 4 May 2027 at 10:12, Anna <anna.keller@example.com> wrote:\n> Dear Sir,\n> thank you for your order 4500031122. Attached our invoice RE-5512.\n> Anna\n"
THREAD = [
    # a concession asked for, the order promised on that condition
    ("AW: Anfrage Kupplungen", "Guten Tag Herr Brandt,\nbei den Kupplungen liegen Sie über dem Wettbewerb. Können Sie "
     "uns beim Gesamtpreis 4 % entgegenkommen? Dann würden wir den Auftrag sofort erteilen.", OUR_QUOTE, "negotiation"),
    ("RE: RFQ gear pumps", "Hi Anna,\nif you can sharpen the price by 4 %, we would place the order this week.",
     OUR_QUOTE, "negotiation"),
    # the quotation acknowledged as received: no goods arrived
    ("RE : Consultation – pompes doseuses", "Bonjour,\nnous avons bien reçu votre offre QT-5521. Les pompes nous "
     "paraissent un peu chères ; pouvez-vous baisser vos prix de 4 % ?", OUR_QUOTE, "negotiation"),
    ("RE: Solicitud de cotización – bombas", "Buen día,\nrecibimos su cotización, gracias. ¿Podrían mejorar su "
     "precio un 5 % en las bombas?", OUR_QUOTE, "negotiation"),
    ("AW: Anfrage Ventile", "Guten Tag,\nIhr Angebot haben wir dankend erhalten. Können Sie beim Preis der Ventile "
     "noch etwas machen?", OUR_QUOTE, "negotiation"),
    # the buyer asks when the ordered goods leave: they are still being made
    ("AW: Anfrage Ventile", "Guten Tag,\nkönnen Sie uns bereits einen Versandtermin für die Ventile nennen? "
     "Unsere Anlage steht ab Mai still.", OUR_INVOICE, "production"),
    ("RE: RFQ gear pumps", "Hi Anna,\ncan you give us a shipping date yet? Our maintenance window is fixed.",
     OUR_INVOICE, "production"),
    ("RE : Demande de prix vannes", "Bonjour,\npouvez-vous déjà nous donner une date d'expédition ? Notre arrêt "
     "technique est prévu en mai.", OUR_INVOICE, "production"),
    ("RE: Solicitud de cotización – bombas", "Buen día,\n¿ya nos pueden indicar una fecha de embarque? Tenemos "
     "la parada de planta en mayo.", OUR_INVOICE, "production"),
    ("回复：询价：阀门", "您好，\n请问什么时候能发货？我们五月份停机检修。", OUR_INVOICE, "production"),
    # the goods reached the buyer's plant
    ("回复：询价：阀门", "您好，\n货物昨天到厂，数量齐全，谢谢！", OUR_INVOICE, "receipt"),
    # the invoice acknowledged while another paper is asked for: the order step, not the contract
    ("AW: Bestellung 4500031122", "Guten Tag,\nvielen Dank für die Rechnung RE-5512. Bitte senden Sie uns noch "
     "den Kaufvertrag für unsere Unterlagen.", OUR_INVOICE, "order"),
    ("AW: Bestellung 4500031122", "Guten Tag,\nunsere Revision benötigt einen Kaufvertrag zur Rechnung RE-5512. "
     "Können Sie ihn nachreichen?", OUR_INVOICE, "order"),
    ("RE: PO 4500031122", "Hi Anna,\nour auditors need a sales contract for invoice RE-5512. Could you send one?",
     OUR_INVOICE, "order"),
    # the order promised on a condition, the concession asked on the whole order
    ("AW: Anfrage Ventile", "Guten Tag,\nwenn Sie uns 3 % auf den Gesamtbetrag geben, können wir noch diese Woche "
     "bestellen.", OUR_QUOTE, "negotiation"),
    ("RE: RFQ gear pumps", "Hi Anna,\nif you can take 3 % off the pumps, we can place the order tomorrow.",
     OUR_QUOTE, "negotiation"),
    ("RE : Demande de prix vannes", "Bonjour,\nsi vous nous faites 3 % sur les vannes, nous pouvons passer commande "
     "demain.", OUR_QUOTE, "negotiation"),
    ("RE: Solicitud de cotización – bombas", "Buen día,\nsi nos dan un 3 % en las bombas, podemos hacer el pedido "
     "mañana.", OUR_QUOTE, "negotiation"),
    ("RE: Solicitud de cotización – bombas", "Buen día,\n¿cómo va nuestro pedido? La parada de planta es en mayo.",
     OUR_INVOICE, "production"),
    # the buyer asks how far the order is (a date with its full stop inside the sentence)
    ("AW: Anfrage Ventile", "Guten Tag,\nwie ist der aktuelle Stand? Die Ware sollte spätestens am 2. Juni bei uns "
     "sein.", OUR_INVOICE, "production"),
    ("RE : Demande de prix vannes", "Bonjour,\noù en est notre commande ? Notre arrêt technique commence en mai.",
     OUR_INVOICE, "production"),
    ("RE: RFQ gear pumps", "Hi Anna,\nwhat is the status of our order? The fitters are booked for 3 May.",
     OUR_INVOICE, "production"),
    # a sum reported paid while the shipping papers are asked for
    ("RE: Solicitud de cotización – bombas", "Buen día,\nel importe de la factura RE-5512 fue abonado hoy. Por favor "
     "envíe el B/L original a nuestro agente.", OUR_INVOICE, "payment"),
    ("RE: RFQ gear pumps", "Hi Anna,\nthe balance of invoice RE-5512 was transferred today. Please send the "
     "original B/L to our broker.", OUR_INVOICE, "payment"),
]


@pytest.mark.parametrize(("subject", "body", "quoted", "stage"), THREAD, ids=[c[1][18:48] for c in THREAD])
def test_thread_replies_say_their_step(rules: RuleSet, subject: str, body: str, quoted: str, stage: str) -> None:
    result = run(rules, email(subject, body + quoted, sender="buyer@partner.example"))
    assert result.stage == stage, result.reasons
    assert result.kind == KIND.get(stage, stage)


# Paid by documentary collection ("remise documentaire"): no discount, the payment step.
def test_a_documentary_collection_is_a_payment_not_a_discount(rules: RuleSet) -> None:
    result = run(rules, email("Paiement facture F-7781 – remise documentaire", "Madame,\nnous avons levé les "
                              "documents auprès de notre banque ; le règlement de la facture F-7781 a été effectué. "
                              "Ci-joint l'avis de débit.", sender="buyer@partner.example"))
    assert result.stage == "payment", result.reasons
    assert result.scores.get("negotiation", 0.0) == 0.0, result.scores


# A paper acknowledged as received (an invoice, a contract, a mail) is no arrival of goods.
PAPERS = [
    ("RE : Facture F-7781", "Bonjour,\nnous avons bien reçu votre facture F-7781, merci."),
    ("RE: Factura 7781", "Buen día,\nrecibimos su factura 7781, gracias."),
    ("AW: Rechnung 7781", "Guten Tag,\nIhre Rechnung 7781 haben wir dankend erhalten."),
    ("回复：发票 7781", "您好，发票已收到，谢谢。"),
]


@pytest.mark.parametrize(("subject", "body"), PAPERS, ids=[c[0] for c in PAPERS])
def test_a_paper_received_is_no_goods_receipt(rules: RuleSet, subject: str, body: str) -> None:
    result = run(rules, email(subject, body, sender="buyer@partner.example"))
    assert result.stage != "receipt", result.reasons
    assert result.scores.get("receipt", 0.0) <= 0.5, result.scores  # the buyer's side nudge at most


# Steps worded the way buyers write them, each quoting the order's number (which names the deal, not the step).
STEPS = [
    # short forms of the arrival
    ("RE: PO 4500031122", "Hi Anna,\ngoods recd in good order, thanks.", "receipt"),
    # an inspection without a defect is still the receipt
    ("RE: PO 4500031122", "Hi Anna,\nthe pumps arrived yesterday; we inspected them and everything is fine.",
     "receipt"),
    ("AW: Bestellung 4500031122", "Guten Tag,\ndie Pumpen sind eingetroffen, die Wareneingangsprüfung ergab keine "
     "Mängel.", "receipt"),
    ("RE : Commande 4500031122", "Bonjour,\nles pompes sont arrivées ; contrôle effectué, aucun défaut constaté.",
     "receipt"),
    ("RE: Pedido 4500031122", "Buen día,\nlas bombas llegaron; las inspeccionamos y no encontramos ningún defecto.",
     "receipt"),
    ("回复：订单 4500031122", "您好，货物已到，验货合格，没有问题。", "receipt"),
    # goods taken in while a surveyor is called: the claim comes with the survey report
    ("RE: PO 4500031122", "Dear Anna,\nthe container was delivered to our stores. We found some cases damaged; we "
     "have called a surveyor and will revert.", "receipt"),
    # the buyer asks for news of the order: it is still being made
    ("RE: PO 4500031122", "Hi Anna,\nany news on PO-2026-0417? We still have not received the invoice.",
     "production"),
    ("AW: Bestellung 4500031122", "Guten Tag,\ngibt es Neuigkeiten zu unserer Bestellung 4500031122?", "production"),
    ("RE : Commande 4500031122", "Bonjour,\navez-vous des nouvelles de notre commande AC-BC-26-017 ?",
     "production"),
    ("RE: Pedido 4500031122", "Estimada Anna:\n¿tienen novedades sobre la OC-2026-0017? Todavía no recibimos la "
     "factura.", "production"),
    ("回复：询价：阀门", "您好，请问订单 AC-PO-260417 什么时候可以出货？", "production"),
    ("回复：订单 4500031122", "您好，订单 4500031122 有什么进展吗？", "production"),
    # a letter of credit opened in our favour: the payment step
    ("Letter of credit – order 4500031122", "Dear Anna,\nour bank has opened the irrevocable letter of credit in "
     "your favour for order 4500031122.", "payment"),
    ("Akkreditiv – Bestellung 4500031122", "Guten Tag,\nunsere Bank hat heute das Akkreditiv zu Ihren Gunsten "
     "eröffnet.", "payment"),
    ("Ouverture crédit documentaire – commande AC-BC-26-093", "Madame,\nnotre banque a émis aujourd'hui la lettre "
     "de crédit irrévocable en votre faveur pour la commande AC-BC-26-093.", "payment"),
    ("Carta de crédito – pedido 4500031122", "Estimada Anna:\nnuestro banco emitió hoy la carta de crédito "
     "irrevocable a su favor por el pedido 4500031122.", "payment"),
    ("信用证 – 订单 4500031122", "Anna 您好，\n信用证已经开出，请查收。", "payment"),
    # the goods named by what they are, an inspection that found nothing
    ("RE: PO 4500031122", "Hi Anna,\nwe received the pallets this morning. Inspection done, no issues found.",
     "receipt"),
    ("RE: PO 4500031122", "Hi Anna,\nthe pumps arrived; inspected, no defects found.", "receipt"),
    ("AW: Bestellung 4500031122", "Guten Tag,\nWare ist da, alles okay.", "receipt"),
    # a sum reported paid in everyday words
    ("AW: Bestellung 4500031122", "Guten Tag,\ndie Anzahlung zur Bestellung 4500031122 ist heute raus.", "payment"),
    ("RE : Commande 4500031122", "Bonjour,\nl'acompte pour la commande 4500031122 est parti aujourd'hui.",
     "payment"),
    ("回复：订单 4500031122", "您好，订单 4500031122 的预付款今天已付。", "payment"),
    ("回复：订单 4500031122", "您好，货款已付，请查收。", "payment"),
]

# Our production updates, each naming the order they are about.
OURS = [
    ("RE: PO 4500031122", "Dear Mr Brandt,\nthe parts for PO-2026-0417 are being machined now, ready by Friday."),
    ("AW: Bestellung 4500031122", "Sehr geehrter Herr Brandt,\ndie Teile zu Ihrer Bestellung 4500031122 werden "
     "gerade gefertigt."),
    ("回复：订单 4500031122", "您好，订单 4500031122 已经在生产了，预计月底完成。"),
]
# Our acknowledgement of the buyer's order, with the papers promised once a shipping date is known.
ACKS = [
    ("RE: Orden de compra OC-2026-0047", "Estimado Rodrigo:\nrecibida la orden OC-2026-0047, gracias. Le enviaremos "
     "la factura y el contrato la semana próxima, cuando tengamos fecha de embarque."),
    ("RE: PO 4500031122", "Dear Mr Brandt,\nwe received your PO 4500031122, thank you. Invoice and contract follow "
     "next week."),
    ("AW: Bestellung 4500031122", "Sehr geehrter Herr Brandt,\nIhre Bestellung 4500031122 haben wir dankend "
     "erhalten. Rechnung und Vertrag folgen."),
    ("RE : Commande 4500031122", "Monsieur,\nnous accusons réception de votre commande 4500031122. La facture suivra."),
    ("回复：订单 4500031122", "您好，贵司订单 4500031122 已收到，发票和合同下周发出。"),
]


@pytest.mark.parametrize(("subject", "body"), OURS, ids=[c[1][-30:] for c in OURS])
def test_our_production_update_quoting_the_order(rules: RuleSet, subject: str, body: str) -> None:
    result = run(rules, email(subject, body, sender="anna.keller@example.com"))
    assert result.stage == "production", result.reasons


@pytest.mark.parametrize(("subject", "body"), ACKS, ids=[c[1][-30:] for c in ACKS])
def test_our_acknowledgement_of_the_order(rules: RuleSet, subject: str, body: str) -> None:
    result = run(rules, email(subject, body, sender="anna.keller@example.com"))
    assert result.stage == "order", result.reasons


@pytest.mark.parametrize(("subject", "body", "stage"), STEPS, ids=[c[1][-40:] for c in STEPS])
def test_steps_that_quote_the_order_number(rules: RuleSet, subject: str, body: str, stage: str) -> None:
    result = run(rules, email(subject, body + OUR_INVOICE, sender="buyer@partner.example"))
    assert result.stage == stage, result.reasons
    assert result.kind == KIND.get(stage, stage)


# A letter of credit only promised or offered as the payment term is no payment yet.
@pytest.mark.parametrize("body", [
    "Madame,\nveuillez trouver le contrat signé. La lettre de crédit sera émise cette semaine par notre banque.",
    "Dear Anna,\nplease quote CFR Aqaba; payment would be by irrevocable letter of credit.",
])
def test_a_credit_promised_is_no_payment(rules: RuleSet, body: str) -> None:
    result = run(rules, email("RE: Enquiry pumps", body + OUR_QUOTE, sender="buyer@partner.example"))
    assert result.stage != "payment", result.reasons


# A business number after the order word, with a company code or type ahead of its digits ("HY-PO-260417"),
# or matched by a number pattern ("PO 4711"), only names the deal.
def test_an_order_number_with_a_company_code_is_a_label(rules: RuleSet) -> None:
    result = run(rules, email("Status", "您好，请问订单 AC-PO-260417 什么时候可以出货？",
                              sender="buyer@partner.example"))
    assert any("number's label" in r["detail"] and "订单" in r["detail"] for r in result.reasons), result.reasons
    assert any("number's label" in r["detail"] and "po-260417" in r["detail"] for r in result.reasons), result.reasons


# The buyer bargains over the quotation: longer payment terms, a better deal, a cheaper competitor.
BARGAINS = [
    ("RE: RFQ pumps", "Hi Anna,\ncould you extend the payment term to 60 days?"),
    ("RE: RFQ pumps", "Hi Anna,\nbest price? We need a better deal to get approval."),
    ("RE: Solicitud de cotización bombas", "Buen día,\n¿nos pueden dar 60 días de plazo de pago?"),
    ("回复：询价：泵", "您好，别家报价比你们低，价格还有商量的余地吗？"),
]


@pytest.mark.parametrize(("subject", "body"), BARGAINS, ids=[c[1][-30:] for c in BARGAINS])
def test_bargaining_over_the_quotation(rules: RuleSet, subject: str, body: str) -> None:
    result = run(rules, email(subject, body + OUR_QUOTE, sender="buyer@partner.example"))
    assert result.stage == "negotiation", result.reasons


# In the subject the PO number is what the mail is about: our invoice and packing list for it, sent before the
# goods leave, is the order step, not the shipment.
def test_a_po_number_in_the_subject_keeps_its_weight(rules: RuleSet) -> None:
    from tests.classify.helpers import doc

    invoice = doc("commercial_invoice", "INV-2658", source="CI_PL_INV-2658.xlsx")
    result = run(rules, email("Commercial invoice & packing list INV-2658 / PO AC-PO-0326-015", "Dear Ms Tran,\n"
                              "please find our commercial invoice and packing list INV-2658 for PO AC-PO-0326-015. "
                              "The balance of 70% is due before shipment.", sender="anna.keller@example.com"),
                 [invoice])
    assert result.stage == "order", result.reasons
    subject = next(r["detail"] for r in result.reasons if r["rule"] == "subject-phrases")
    assert "“po-0326” (en) → order +3.0" in subject, subject


# Replies in a thread still titled after the first request: the body says the step.
OUR_CLAIM = ("\n\nOn Tue, 4 May 2027 at 10:12, Buyer <buyer@partner.example> wrote:\n> Dear Anna,\n> we hereby file a "
             "complaint: 4 valves are leaking. Please send a replacement.\n> Regards\n")
LATER_STEPS = [
    # the buyer asks for a better total on our quotation
    ("RE: Quotation request – valves", "Hi Anna,\nthanks. Could you improve the total a little? Then we order.",
     False, OUR_QUOTE, "negotiation"),
    ("AW: Preisanfrage Ventile", "Guten Tag,\nkönnen Sie beim Gesamtpreis noch etwas nachbessern?", False, OUR_QUOTE,
     "negotiation"),
    ("RE : Demande de prix vannes", "Bonjour,\npourriez-vous améliorer un peu le total ?", False, OUR_QUOTE,
     "negotiation"),
    ("RE: Solicitud de cotización – bombas", "Buen día,\n¿podrían mejorar un poco el importe total?", False,
     OUR_QUOTE, "negotiation"),
    ("回复：询价：阀门", "您好，总价能否再调整一下？", False, OUR_QUOTE, "negotiation"),
    # the buyer asks for the pickup date of its order
    ("RE: Quotation request – valves", "Hi Anna,\ncan you already give us a pickup date for PO 4711? Our forwarder "
     "plans next week.", False, OUR_INVOICE, "production"),
    ("AW: Preisanfrage Ventile", "Guten Tag,\nkönnen Sie uns schon einen Abholtermin für die Bestellung 4711 nennen?",
     False, OUR_INVOICE, "production"),
    ("RE : Demande de prix vannes", "Bonjour,\npouvez-vous déjà nous donner une date d'enlèvement pour la commande "
     "4711 ?", False, OUR_INVOICE, "production"),
    ("RE: Solicitud de cotización – bombas", "Buen día,\n¿ya nos pueden dar una fecha de recogida para el pedido "
     "4711?", False, OUR_INVOICE, "production"),
    ("回复：询价：阀门", "您好，订单4711什么时候可以提货？", False, OUR_INVOICE, "production"),
    # goods in, defects seen, the quality department's notice still to come: the receipt
    ("RE: Quotation request – valves", "Hi Anna,\nthe shipment has arrived. Some parts show defects; our quality "
     "department will raise a report.", False, OUR_INVOICE, "receipt"),
    ("AW: Preisanfrage Ventile", "Guten Tag,\ndie Sendung ist angekommen. Bei der Prüfung sind uns Mängel an einigen "
     "Teilen aufgefallen; unsere Qualitätsabteilung erstellt eine Meldung.", False, OUR_INVOICE, "receipt"),
    ("RE : Demande de prix vannes", "Bonjour,\nla marchandise est bien arrivée. Quelques pièces présentent des "
     "défauts ; notre service qualité établit un rapport.", False, OUR_INVOICE, "receipt"),
    ("RE: Solicitud de cotización – bombas", "Buen día,\nla mercancía llegó. Algunas piezas tienen defectos; "
     "nuestro departamento de calidad elabora un informe.", False, OUR_INVOICE, "receipt"),
    # our answer to the claim: the replacement goes at our cost
    ("RE: Quotation request – valves", "Dear Sir,\nwe are sorry. The parts go out tomorrow by express at our cost.",
     True, OUR_CLAIM, "claim"),
    ("AW: Preisanfrage Ventile", "Sehr geehrter Herr Weber,\nes tut uns leid. Die Teile gehen morgen auf unsere "
     "Kosten per Express an Sie.", True, OUR_CLAIM, "claim"),
    ("RE : Demande de prix vannes", "Monsieur,\nnous en sommes désolés. Les pièces partent demain en express à nos "
     "frais.", True, OUR_CLAIM, "claim"),
    ("RE: Solicitud de cotización – bombas", "Estimado señor:\nlo sentimos. Las piezas salen mañana por courier a "
     "nuestro cargo.", True, OUR_CLAIM, "claim"),
    ("回复：询价：阀门", "您好，非常抱歉。我们明天免费补发，运费由我方承担。", True, OUR_CLAIM, "claim"),
]


@pytest.mark.parametrize(("subject", "body", "ours", "quoted", "stage"), LATER_STEPS,
                         ids=[c[1][-30:] for c in LATER_STEPS])
def test_later_steps_under_the_first_subject(rules: RuleSet, subject: str, body: str, ours: bool, quoted: str,
                                             stage: str) -> None:
    sender = "anna.keller@example.com" if ours else "buyer@partner.example"
    result = run(rules, email(subject, body + quoted, sender=sender))
    assert result.stage == stage, result.reasons


# Under the enquiry's subject, the buyer's short answer to our quotation or our order confirmation: the new words
# say the step, the subject only the thread's first topic.
ANSWERS = [
    # the price set against the present supplier, a price move asked for, the whole order promised for it
    ("RE: Enquiry – spare blades", "Hi Anna,\nthanks for QT-5521. The blades come out higher than our current "
     "supplier's.", OUR_QUOTE, "negotiation"),
    ("RE: Enquiry – spare blades", "Hi Anna,\nif you can move on the price, the whole list goes to you.", OUR_QUOTE,
     "negotiation"),
    ("AW: Anfrage Ersatzteile", "Guten Tag,\ndie Messer liegen preislich über unserem bisherigen Lieferanten.",
     OUR_QUOTE, "negotiation"),
    ("AW: Anfrage Ersatzteile", "Guten Tag,\nwenn Sie sich beim Preis noch bewegen können, geht die ganze Liste an "
     "Sie.", OUR_QUOTE, "negotiation"),
    ("RE : Demande de prix pièces", "Bonjour,\nvos lames sont plus chères que notre fournisseur actuel.", OUR_QUOTE,
     "negotiation"),
    ("RE : Demande de prix pièces", "Bonjour,\nsi vous pouvez bouger sur le prix, toute la commande est pour vous.",
     OUR_QUOTE, "negotiation"),
    ("RE: Solicitud de cotización repuestos", "Buen día,\nsus cuchillas salen más caras que nuestro proveedor "
     "actual.", OUR_QUOTE, "negotiation"),
    ("RE: Solicitud de cotización repuestos", "Buen día,\nsi pueden moverse un poco en el precio, el pedido completo "
     "es suyo.", OUR_QUOTE, "negotiation"),
    ("回复：询价：备件", "您好，锯条比我们现在的供应商贵。", OUR_QUOTE, "negotiation"),
    ("回复：询价：备件", "您好，如果价格上能再动一动，整单都给你们。", OUR_QUOTE, "negotiation"),
    # the buyer asks when we can send its order
    ("RE: Enquiry – spare blades", "Hi Anna,\nwhen can you send PO-4500031122? Our customer is asking.", OUR_INVOICE,
     "production"),
    ("AW: Anfrage Ersatzteile", "Guten Tag,\nwann können Sie BE-31/0412 versenden? Unser Kunde fragt nach einem "
     "Termin.", OUR_INVOICE, "production"),
    ("RE : Demande de prix pièces", "Bonjour,\nquand pouvez-vous expédier la commande 4500031122 ?", OUR_INVOICE,
     "production"),
    ("RE: Solicitud de cotización repuestos", "Buen día,\n¿cuándo pueden despachar la OC-31-0412?", OUR_INVOICE,
     "production"),
    ("回复：询价：备件", "您好，你们什么时候能把订单4500031122发出来？", OUR_INVOICE, "production"),
]


@pytest.mark.parametrize(("subject", "body", "quoted", "stage"), ANSWERS, ids=[c[1][-30:] for c in ANSWERS])
def test_short_answers_under_the_enquiry_subject(rules: RuleSet, subject: str, body: str, quoted: str,
                                                 stage: str) -> None:
    result = run(rules, email(subject, body + quoted, sender="buyer@partner.example"))
    assert result.stage == stage, result.reasons


@pytest.mark.parametrize(("subject", "body"), [
    ("Enquiry – spare blades", "Hello,\nplease quote 40 band saw blades. When can you ship them after the order?"),
    ("Anfrage Ersatzteile", "Guten Tag,\nbitte um ein Angebot für 40 Sägebänder. Wann können Sie das Angebot "
     "verschicken?"),
    ("Demande de prix", "Bonjour,\nmerci de nous faire une offre. Quand pouvez-vous envoyer le devis ?"),
    ("Solicitud de cotización", "Buen día,\nsolicitamos cotización de 40 cuchillas. ¿Cuándo pueden enviar la "
     "cotización?"),
])
def test_an_enquiry_asking_when_the_offer_comes_stays_an_enquiry(rules: RuleSet, subject: str, body: str) -> None:
    result = run(rules, email(subject, body, sender="buyer@partner.example"))
    assert result.stage == "enquiry", result.reasons


# The haggle in other words: the prices asked to be reviewed, a budget overrun put as "what we had budgeted", a
# better price asked for on the promise of the whole order, our cut in percent on every line with the other
# terms kept (our own mail under the enquiry's subject).
HAGGLES = [
    ("RE: RFQ – gaskets", "Dear Anna,\nthanks for the estimate. The seals are above what we had budgeted. Could you "
     "review your prices?", False),
    ("RE: RFQ – gaskets", "Dear Anna,\ncould you do something on the gaskets if we confirm the whole order this "
     "week?", False),
    ("RE: RFQ – gaskets", "Dear Mr Smith,\nwe can reduce every line of QT-5521 by 5 %. Delivery and payment terms "
     "remain as offered.", True),
    ("RE: RFQ – gaskets", "Dear Mr Smith,\nwe can cut all positions of QT-5521 by 2 %, with the same delivery time "
     "and payment terms.", True),
    ("AW: Anfrage Dichtungen", "Guten Tag,\ndie Dichtungen liegen über dem, was wir budgetiert hatten. Könnten Sie "
     "Ihre Preise noch einmal überprüfen?", False),
    ("AW: Anfrage Dichtungen", "Sehr geehrter Herr Schmidt,\nwir können jede Position um 3 % senken. Liefer- und "
     "Zahlungsbedingungen bleiben wie angeboten.", True),
    ("RE : Demande de prix joints", "Bonjour,\nles joints sont au-dessus de ce que nous avions prévu. Pourriez-vous "
     "réexaminer vos prix si nous confirmons toute la commande ?", False),
    ("RE : Demande de prix joints", "Monsieur,\nnous pouvons réduire chaque ligne de 4 %, aux mêmes conditions.",
     True),
    ("RE: Solicitud de cotización juntas", "Buen día,\nlas juntas están por encima de lo que teníamos "
     "presupuestado. ¿Podría hacernos un mejor precio si confirmamos todo el pedido esta semana?", False),
    ("RE: Solicitud de cotización juntas", "Estimado Sr. Pérez:\npodemos reducir cada partida en un 4 %, con el "
     "mismo plazo de entrega.", True),
    ("回复：询价：密封件", "您好，密封件超出预算，整单能否下调5%？", False),
    ("回复：询价：密封件", "王先生您好，我们每项下调4%，交期和付款条件不变。", True),
]


@pytest.mark.parametrize(("subject", "body", "ours"), HAGGLES, ids=[c[1][-30:] for c in HAGGLES])
def test_the_haggle_in_other_words(rules: RuleSet, subject: str, body: str, ours: bool) -> None:
    sender = "anna.keller@example.com" if ours else "buyer@partner.example"
    result = run(rules, email(subject, body + OUR_QUOTE, sender=sender))
    assert result.stage == "negotiation", result.reasons
    assert result.kind == "quote"


# The buyer asks whether the sailing date of its order is set yet (naming only the order's number): the goods are
# still being made.
@pytest.mark.parametrize(("subject", "body"), [
    ("RE: Enquiry – impellers", "Hi Anna,\nis there a sailing date yet for BE-31/0419? The mine wants to fit them in "
                                "June."),
    ("AW: Anfrage Laufräder", "Guten Tag,\ngibt es schon einen Verschiffungstermin für BE-31/0419?"),
    ("RE : Demande de prix roues", "Bonjour,\navez-vous déjà une date de chargement pour BE-31/0419 ?"),
    ("RE: Solicitud de cotización impulsores", "Buen día,\n¿ya hay fecha de salida para BE-31/0419?"),
    ("回复：询价：叶轮", "您好，BE-31/0419的船期定了吗？"),
])
def test_the_sailing_date_asked_for_is_production(rules: RuleSet, subject: str, body: str) -> None:
    result = run(rules, email(subject, body + OUR_INVOICE, sender="buyer@partner.example"))
    assert result.stage == "production", result.reasons


# The buyer reports the goods cleared and delivered to its store, counted against the packing list: the receipt,
# not the shipment the packing list and the container would otherwise suggest.
@pytest.mark.parametrize("body", [
    "Dear Anna,\nthe container was cleared at the port and delivered to our main store. The quantities match the "
    "packing list.",
    "Guten Tag,\nder Container ist bei uns im Lager. Die Mengen stimmen mit der Packliste überein.",
    "Bonjour,\nle conteneur est dans notre entrepôt. Les quantités correspondent à la liste de colisage.",
    "Buen día,\nel contenedor ya está en nuestro almacén. Las cantidades coinciden con la lista de empaque.",
    "您好，集装箱已经到我们仓库了，数量与装箱单一致。",
])
def test_the_count_against_the_packing_list_is_the_receipt(rules: RuleSet, body: str) -> None:
    quoted = ("\n\nOn Tue, 4 May 2027 at 10:12, Anna <anna.keller@example.com> wrote:\n> Dear Sir,\n> your order 4711 "
              "was loaded today on a container. Attached are the bill of lading and our packing list.\n> Anna\n")
    result = run(rules, email("RE: Shipment of PO 4711", body + quoted, sender="buyer@partner.example"))
    assert result.stage == "receipt", result.reasons


# Our answer to the buyer's counter-demand holds firm ("60 days is the longest our credit insurer allows; the
# prices stay as quoted") or grants a cut on a quick confirmation ("if you confirm this week, we take 5 % off"):
# the quotation is still being haggled over, not merely quoted.
@pytest.mark.parametrize(("subject", "body"), [
    ("RE: Offer for pump spares", "Dear Marco,\nI am afraid 45 days net is the longest our credit insurer allows; the "
                                  "prices stay as quoted in QT-7781.\nRegards"),
    ("RE: Offer for pump spares", "Dear Marco,\nif you confirm this week, we take 4 % off all lines of QT-7781."),
    ("AW: Angebot Pumpenersatzteile", "Guten Tag,\n45 Tage netto sind das Längste, was unser Kreditversicherer "
                                      "zulässt; die Preise bleiben wie angeboten."),
    ("AW: Angebot Pumpenersatzteile", "Guten Tag,\nwenn Sie diese Woche bestätigen, reduzieren wir alle Positionen "
                                      "um 4 %."),
    ("RE : Offre pièces de pompe", "Bonjour,\n45 jours net est le maximum que notre assureur-crédit accepte ; les "
                                   "prix restent ceux de l'offre QT-7781."),
    ("RE : Offre pièces de pompe", "Bonjour,\nsi vous confirmez cette semaine, nous baissons toutes les lignes de "
                                   "4 %."),
    ("RE: Cotización repuestos", "Estimado Sr. Ruiz:\n45 días netos es lo máximo que permite nuestra aseguradora de "
                                 "crédito; los precios se mantienen como en la cotización."),
    ("RE: Cotización repuestos", "Estimado Sr. Ruiz:\nsi confirman esta semana, rebajamos un 4 % todas las líneas "
                                 "de QT-7781."),
    ("回复：报价 QT-7781", "王先生您好，45天已是信用保险允许的最长账期，价格维持报价不变。"),
    ("回复：报价 QT-7781", "王先生您好，如贵司本周确认，全部按报价下调4%。"),
])
def test_our_firm_or_conditional_answer_is_negotiation(rules: RuleSet, subject: str, body: str) -> None:
    parsed = email(subject, body, sender="anna.keller@example.com")
    parsed.to = ["buyer@partner.example"]
    result = run(rules, parsed)
    assert result.stage == "negotiation", result.reasons


# A Chinese question ends at its "？" even with no space after it (folding makes it "?"): the purchase order's number
# asked after in it is an order already taken, so the mail asks about production.
@pytest.mark.parametrize("body", [
    "Keller 小姐：\n\n請問採購單 PO-5521 預計何時出貨？我們的保養排在五月第三週。",
    "王经理您好：\n\n采购单 PO-5521 什么时候能发货？我们下个月要用。",
])
def test_a_chinese_question_after_the_order_is_production(rules: RuleSet, body: str) -> None:
    result = run(rules, email("回复: 合约已签回 – 采购单 PO-5521", body, sender="buyer@partner.example"))
    assert result.stage == "production", result.reasons
