"""Numbers and steps worded as the next unseen partner may word them (made-up mails, en/de/fr/es/zh)."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailbot.classify import classify_message
from mailbot.classify.refs import find_references, year_shaped
from mailbot.classify.rules import RuleSet, load_ruleset
from tests.classify.helpers import email

RULES = Path(__file__).resolve().parents[2] / "rules"
US = "sales@example.com"
YEARS = (2029, 2030, 2031)


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_ruleset(RULES)


def refs(rules: RuleSet, text: str, years: tuple[int, ...] = YEARS) -> dict[str, str]:
    return dict(find_references(rules, [text], [], shaped_in=1, years=years))


# ---- unlabelled numbers that carry the mail's year -----------------------------------------------------------

@pytest.mark.parametrize(("text", "ref"), [
    ("Thanks for K-2030-00412. Two lines are above budget.", "K-2030-00412"),
    ("we can take 3 % off every line of OF-2030-118 if you order this month", "OF-2030-118"),
    ("die Teile für ZB-LAG-30-0071 sind verpackt", "ZB-LAG-30-0071"),
    ("suite à notre échange sur DV/2030/04/117, voici", "DV/2030/04/117"),
    ("los repuestos de COT-30-2214 salen el lunes", "COT-30-2214"),
    ("关于 BJ-2030-0815 的交货期", "BJ-2030-0815"),
    ("contract XS-TR-KE-30-11 countersigned", "XS-TR-KE-30-11"),
])
def test_a_code_with_the_mails_year_is_a_reference_without_a_label(rules: RuleSet, text: str, ref: str) -> None:
    assert ref in refs(rules, text), refs(rules, text)


@pytest.mark.parametrize("text", [
    "items AL-MU-01213, HX-ADP-00601 and VB-7-2030 as listed",   # article codes: no year group before a number
    "flange DN-50-100 and sensor PT-100-3",                        # dimensions, not numbers of this year
    "certified to ISO-9001-2015",
    "as in K-2019-00412 six years ago",                            # another year's number is not this deal's
    "in Q3-2030 we expect more volume",                            # a quarter
    "the rev-2030-01 drawing",                                     # lower case: a word, not a code
])
def test_codes_without_this_years_number_are_no_reference(rules: RuleSet, text: str) -> None:
    assert refs(rules, text) == {}


def test_the_year_decides_whether_a_two_digit_group_is_a_year() -> None:
    assert year_shaped("LS-INK-30-0142", (2030,))
    assert not year_shaped("LS-INK-30-0142", (2026,))
    assert not year_shaped("LS-INK-0142", (2030,))


def test_attachment_text_takes_labelled_numbers_only(rules: RuleSet) -> None:
    # Attachments' tables are full of article codes: an unlabelled code there is no business number.
    found = dict(find_references(rules, ["RE: parts", "see attached", "Pos 1 TK-2030-118 gasket 10 pcs"], [],
                                 shaped_in=2, years=YEARS))
    assert found == {}


# ---- a label glued to its number, labels with a qualifier or an ending -------------------------------------

@pytest.mark.parametrize(("text", "ref", "rtype"), [
    ("Adjunto la factura comercial INV-ZT-4471; el saldo vence", "INV-ZT-4471", "invoice"),
    ("anbei Rechnung INV-ZT-4471 zur Bestellung", "INV-ZT-4471", "invoice"),
    ("votre commande OC-8812-ZA est prête", "OC-8812-ZA", "po"),
    ("el contrato de compraventa XS-CO-118 para firma", "XS-CO-118", "contract"),
    ("please sign the contract of sale KS-4471 and return it", "KS-4471", "contract"),
    ("ci-joint le contrat de vente CV-4471 à signer", "CV-4471", "contract"),
    ("auf Basis Ihres Angebots AG-4471 bestellen wir", "AG-4471", "quote"),
    ("im Rahmen des Auftrags BE-4471 liefern wir", "BE-4471", "po"),
    ("la factura proforma PRF-4471 por el anticipo", "PRF-4471", "invoice"),
    ("附上商业发票 HK-4471", "HK-4471", "invoice"),
])
def test_labels_glued_qualified_or_inflected(rules: RuleSet, text: str, ref: str, rtype: str) -> None:
    found = refs(rules, text, years=(2001,))
    assert found.get(ref) == rtype, found
    assert not any(r != ref and ref.endswith(r) for r in found), found  # no cut-off tail ("ZT-4471")


def test_a_short_label_takes_no_ending(rules: RuleSet) -> None:
    # "Pos" is a line position, not the label "PO" with an ending.
    assert refs(rules, "Pos 10-20 geliefert", years=(2001,)) == {}


# ---- steps -------------------------------------------------------------------------------------------------

def _mail(subject: str, text: str, sender: str):  # type: ignore[no-untyped-def]
    parsed = email(subject, text, sender=sender)
    parsed.date = datetime(2030, 5, 4, 9, 0, tzinfo=UTC)
    return parsed


def _classify(rules: RuleSet, subject: str, text: str, sender: str = US):  # type: ignore[no-untyped-def]
    return classify_message(_mail(subject, text, sender), [], [], rules, company_domain="example.com")


@pytest.mark.parametrize(("subject", "text"), [
    ("RE: 询价：液压泵 / RFQ hydraulic pumps",
     "Dear Mr. Tan,\n\nwe can give 3 % on all lines of K-2030-00412 if the order comes this week.\n\nRegards"),
    ("RE: Anfrage / Enquiry: Hydraulikpumpen",
     "Sehr geehrter Herr Tan,\n\nwir können 3 % Rabatt auf alle Positionen von K-2030-00412 geben.\n\nGrüße"),
    ("RE: Solicitud de cotización / Request for quotation: bombas",
     "Estimado Sr. Tan:\n\npodemos darle un descuento del 3 % sobre K-2030-00412 si el pedido llega esta semana.\n\n"
     "Saludos"),
])
def test_a_bilingual_subject_counts_once_and_our_discount_is_negotiation(rules: RuleSet, subject: str,
                                                                         text: str) -> None:
    result = _classify(rules, subject, text)
    assert (result.kind, result.stage) == ("quote", "negotiation"), result.reasons
    assert "K-2030-00412" in result.references


@pytest.mark.parametrize(("subject", "text"), [
    ("RE: Demande de prix - pièces", "Madame,\n\nvotre commande ZB-2030-0219 a été chargée aujourd'hui au Havre dans "
     "le conteneur MSCU1234567 ; arrivée prévue à Dakar dans trois semaines.\n\nCordialement"),
    ("RE: Enquiry - spare parts", "Dear Ms Obi,\n\nyour order ZB-2030-0219 was loaded today; the container is expected "
     "to arrive in Lagos in three weeks.\n\nRegards"),
    ("AW: Anfrage Ersatzteile", "Sehr geehrte Frau Obi,\n\nIhre Bestellung ZB-2030-0219 wurde heute verladen; die "
     "Ware kommt voraussichtlich in drei Wochen an.\n\nMit freundlichen Grüßen"),
])
def test_arrival_wording_in_our_own_mail_is_the_shipment(rules: RuleSet, subject: str, text: str) -> None:
    result = _classify(rules, subject, text)
    assert result.stage == "shipping", result.reasons


def test_the_customer_saying_the_goods_arrived_is_still_the_receipt(rules: RuleSet) -> None:
    result = _classify(rules, "RE: Enquiry - spare parts", "Hi Anna,\n\nthe goods arrived today, all complete.\n\n"
                       "Thanks", sender="buyer@acme.example")
    assert result.stage == "receipt", result.reasons


@pytest.mark.parametrize(("subject", "text"), [
    ("RE: Request for quotation - spare parts",
     "Hi Elin,\n\nquick status on ZB-2030-0219: the blades are picked, the knives come back from grinding on "
     "Thursday. We plan to hand everything to the airline early next week.\n\nBest regards"),
    ("AW: Anfrage Ersatzteile", "Hallo Frau Berg,\n\nkurzer Zwischenstand zu ZB-2030-0219: die Lager sind "
     "kommissioniert, die Messer kommen am Donnerstag vom Schleifen zurück. Die Luftfracht buchen wir voraussichtlich "
     "nächste Woche.\n\nGrüße"),
    ("RE: Demande de prix - pièces", "Madame,\n\npetit point sur votre commande ZB-2030-0219 : les roulements sont en "
     "préparation, le fret aérien est prévu la semaine prochaine.\n\nCordialement"),
    ("RE: Solicitud de cotización - repuestos", "Estimada Sra. Berg:\n\nle enviamos el estado de su pedido "
     "ZB-2030-0219: los rodamientos están en preparación; la carga aérea está prevista para la próxima semana.\n\n"
     "Saludos"),
    ("回复: 询价 - 备件", "您好，\n\n订单 ZB-2030-0219 的订单进度：轴承正在备货，预计下周空运。\n\n此致"),
])
def test_our_status_note_before_dispatch_is_production(rules: RuleSet, subject: str, text: str) -> None:
    result = _classify(rules, subject, text)
    assert (result.kind, result.stage) == ("order", "production"), result.reasons


# Every step from both sides, in each language, worded for this test (not any corpus mail's wording).
BUYER = "buyer@acme.example"
STEPS = [
 # (expected stage, sender, subject, body)
 ("negotiation", BUYER, "RE: Request for quotation - pumps", "Hi Anna,\n\nthanks for your offer QT-2026-0311. Your price for the pumps is higher than our budget. Could you come down to EUR 410 per unit?\n\nRegards"),
 ("negotiation", BUYER, "AW: Anfrage Pumpen", "Hallo Frau Keller,\n\ndanke für Ihr Angebot. Der Preis liegt leider über unserem Budget. Können Sie uns beim Preis noch entgegenkommen?\n\nGrüße"),
 ("negotiation", BUYER, "RE : Demande de prix - pompes", "Bonjour,\n\nmerci pour votre offre. Votre prix est trop élevé pour nous. Pouvez-vous faire un geste sur le prix ?\n\nCordialement"),
 ("negotiation", BUYER, "RE: Solicitud de cotización - bombas", "Hola Anna:\n\ngracias por la cotización. El precio está por encima de nuestro presupuesto. ¿Podrían mejorar el precio?\n\nSaludos"),
 ("negotiation", BUYER, "回复: 询价 - 水泵", "您好，\n\n报价已收到，价格偏高，能否再优惠一些？\n\n谢谢"),
 ("negotiation", US, "RE: Request for quotation - pumps", "Dear Mr Smith,\n\nas a counter-offer we can do EUR 430 per unit for 50 pcs, delivery unchanged.\n\nRegards"),
 ("negotiation", US, "AW: Anfrage Pumpen", "Sehr geehrter Herr Huber,\n\nwir kommen Ihnen entgegen: 430 EUR pro Stück bei Abnahme von 50 Stück.\n\nMit freundlichen Grüßen"),
 ("negotiation", US, "RE : Demande de prix - pompes", "Monsieur,\n\nnous pouvons vous accorder une remise de 5 % sur l'ensemble de l'offre.\n\nCordialement"),
 ("negotiation", US, "RE: Solicitud de cotización - bombas", "Estimado Sr. Pérez:\n\npodemos ofrecerle un precio especial de USD 430 por unidad si confirma esta semana.\n\nSaludos"),
 ("negotiation", US, "回复: 询价 - 水泵", "王先生您好，\n\n我们可以给您5%的折扣，单价调整为430美元。\n\n此致"),
 ("quote", US, "RE: Request for quotation - pumps", "Dear Mr Smith,\n\nplease find attached our quotation QT-2026-0311 for the pumps.\n\nRegards"),
 ("production", US, "RE: Order 4711", "Dear Mr Smith,\n\nthe pumps are in final assembly, testing is planned for Friday.\n\nRegards"),
 ("production", US, "AW: Bestellung 4711", "Sehr geehrter Herr Huber,\n\nkurzes Update: die Pumpen sind in der Endmontage, Abnahme ist für Freitag geplant.\n\nGrüße"),
 ("production", US, "RE : Commande 4711", "Monsieur,\n\nles pompes sont en cours d'assemblage ; les essais sont prévus vendredi.\n\nCordialement"),
 ("production", US, "RE: Pedido 4711", "Estimado Sr. Pérez:\n\nlas bombas están en montaje final; las pruebas están previstas para el viernes.\n\nSaludos"),
 ("production", US, "回复: 订单 4711", "王先生您好，\n\n水泵正在总装，周五进行测试。\n\n此致"),
 ("shipping", US, "RE: Order 4711", "Dear Mr Smith,\n\nyour pumps left our plant today by truck; ETA Rotterdam Thursday.\n\nRegards"),
 ("shipping", US, "AW: Bestellung 4711", "Sehr geehrter Herr Huber,\n\ndie Pumpen haben heute unser Werk per LKW verlassen; Ankunft voraussichtlich Donnerstag.\n\nGrüße"),
 ("shipping", US, "RE : Commande 4711", "Monsieur,\n\nles pompes ont quitté notre usine aujourd'hui ; arrivée prévue jeudi.\n\nCordialement"),
 ("shipping", US, "RE: Pedido 4711", "Estimado Sr. Pérez:\n\nlas bombas salieron hoy de nuestra planta; llegada estimada el jueves.\n\nSaludos"),
 ("shipping", US, "回复: 订单 4711", "王先生您好，\n\n水泵今天已从工厂发出，预计周四到达。\n\n此致"),
 ("receipt", BUYER, "RE: Order 4711", "Hi Anna,\n\nthe pumps were delivered this morning, everything complete.\n\nThanks"),
 ("receipt", BUYER, "AW: Bestellung 4711", "Hallo Frau Keller,\n\ndie Pumpen sind heute vollständig bei uns eingetroffen.\n\nGrüße"),
 ("receipt", BUYER, "RE : Commande 4711", "Bonjour,\n\nles pompes ont été livrées ce matin, tout est complet.\n\nCordialement"),
 ("receipt", BUYER, "RE: Pedido 4711", "Hola Anna:\n\nlas bombas llegaron esta mañana, todo completo.\n\nSaludos"),
 ("receipt", BUYER, "回复: 订单 4711", "您好，\n\n水泵今天上午已到货，数量齐全。\n\n谢谢"),
 ("payment", BUYER, "RE: Invoice INV-4711", "Hi Anna,\n\nwe paid the invoice today, the bank confirmation is attached.\n\nRegards"),
 ("payment", BUYER, "AW: Rechnung INV-4711", "Hallo Frau Keller,\n\ndie Rechnung wurde heute überwiesen, Zahlungsbeleg anbei.\n\nGrüße"),
 ("payment", BUYER, "RE : Facture INV-4711", "Bonjour,\n\nnous avons réglé la facture aujourd'hui par virement, avis joint.\n\nCordialement"),
 ("payment", BUYER, "RE: Factura INV-4711", "Hola Anna:\n\nhoy pagamos la factura, adjunto el comprobante.\n\nSaludos"),
 ("payment", BUYER, "回复: 发票 INV-4711", "您好，\n\n货款今天已汇出，附上付款凭证。\n\n谢谢"),
 ("contract", US, "RE: Order 4711", "Dear Mr Smith,\n\nattached the sales contract for your signature; please sign and send it back.\n\nRegards"),
 ("claim", BUYER, "RE: Order 4711", "Hi Anna,\n\ntwo of the pumps leak at the flange. Please send replacements; photos attached.\n\nRegards"),
 ("claim", BUYER, "AW: Bestellung 4711", "Hallo Frau Keller,\n\nzwei Pumpen sind undicht am Flansch. Bitte senden Sie Ersatz.\n\nGrüße"),
 ("claim", BUYER, "RE : Commande 4711", "Bonjour,\n\ndeux pompes fuient au niveau de la bride. Merci d'envoyer un remplacement.\n\nCordialement"),
 ("claim", BUYER, "RE: Pedido 4711", "Hola Anna:\n\ndos bombas tienen fugas en la brida. Por favor envíen reemplazo.\n\nSaludos"),
 ("claim", BUYER, "回复: 订单 4711", "您好，\n\n有两台水泵法兰处漏水，请尽快补发。\n\n谢谢"),
 ("order", BUYER, "RE: Quotation QT-2026-0311", "Hi Anna,\n\nwe go ahead: please supply 50 pumps at EUR 430 as per your quotation. Our PO follows.\n\nRegards"),
]


@pytest.mark.parametrize(("stage", "sender", "subject", "text"), STEPS)
def test_each_step_from_its_side_in_five_languages(rules: RuleSet, stage: str, sender: str, subject: str,
                                                    text: str) -> None:
    result = _classify(rules, subject, text, sender)
    assert result.stage == stage, result.reasons


def test_a_code_found_by_its_shape_is_typed_code_until_a_label_names_it(rules: RuleSet) -> None:
    assert refs(rules, "thanks for K-2030-00412, we will check")["K-2030-00412"] == "code"
    found = refs(rules, "thanks for K-2030-00412: we accept quotation K-2030-00412")
    assert found == {"K-2030-00412": "quote"}, found
