"""A price asked for in plain words, a part come in from its maker, our free replacement, the buyer's short
arrival note (made-up mails, en/de/fr/es/zh)."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailbot.classify import classify_message
from mailbot.classify.rules import RuleSet, load_ruleset
from tests.classify.helpers import email

RULES = Path(__file__).resolve().parents[2] / "rules"
US = "sales@example.com"
BUYER = "buyer@acme.example"


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_ruleset(RULES)


def _classify(rules: RuleSet, subject: str, text: str, sender: str):  # type: ignore[no-untyped-def]
    parsed = email(subject, text, sender=sender)
    parsed.date = datetime(2030, 5, 4, 9, 0, tzinfo=UTC)
    return classify_message(parsed, [], [], rules, company_domain="example.com")


def _stages_found(rules: RuleSet, text: str) -> dict[str, str]:
    from mailbot.classify.engine import squash
    from mailbot.classify.text import fold
    return {m.found: m.phrase.stage for m in rules.vocabulary.match(squash(fold(text)))}


# ---- the buyer asks what the parts cost, or needs a price ---------------------------------------------------

@pytest.mark.parametrize(("subject", "text"), [
    ("Seals and bearings", "Hi Anna,\n\nhow much do these parts cost at the moment? Only as a guide for our "
     "budget:\n\n- 4 x seal kit 32 mm\n- 2 x bearing 6206\n\nThanks"),
    ("Spares for the mixer", "Hello,\n\nI need a price for the following:\n\n- 10 x blade 300 L\n- 4 x bearing\n\n"
     "CIF, in dollars. Thanks"),
    ("Preise Dichtungen", "Hallo Frau Keller, was kosten bei Ihnen derzeit diese Teile? Nur als Richtwert:\n\n"
     "- 5 Stk. Dichtung NT150\n- 2 Stk. Ventilsitz\n\nGruss"),
    ("Joints et roulements", "Bonjour,\n\ncombien coûtent ces pièces en ce moment ?\n\n- 5 joints 32 mm\n"
     "- 2 roulements\n\nMerci"),
    ("cotizacion repuestos linea de envasado", "Buenas tardes,\n\nnecesito precio de:\n\n* Junta 32 mm: 10 und.\n"
     "* Rodamiento 30 mm: 4 und.\n\nCIF, en dólares. Gracias"),
    ("密封件和轴承", "您好，\n\n这些零件现在多少钱？只是做预算参考：\n\n- 密封圈 5个\n- 轴承 2个\n\n谢谢"),
])
def test_a_buyer_asking_what_parts_cost_is_an_enquiry(rules: RuleSet, subject: str, text: str) -> None:
    result = _classify(rules, subject, text, BUYER)
    assert (result.kind, result.stage) == ("enquiry", "enquiry"), result.reasons


@pytest.mark.parametrize(("subject", "text"), [
    ("RE: Preise Dichtungen", "Hallo Herr Krause,\n\nanbei unser Angebot QU-2030-118, DAP Bremen:\n\n"
     "Dichtung NT150: EUR 16.12 je Stk.\nVentilsitz: EUR 412.00 je Stk.\n\nGrüße"),
    ("RE: cotizacion repuestos", "Buenas tardes:\n\nadjunto nuestra cotización COT-30-2214, CIF Oranjestad: junta "
     "32 mm USD 4.20 c/u, rodamiento USD 8.40 c/u.\n\nSaludos"),
    ("RE: Seals and bearings", "Dear Tom,\n\nplease find our quotation QU-2030-118 attached: seal kit USD 16.12 "
     "each, bearing USD 8.40 each, valid 30 days.\n\nRegards"),
])
def test_our_prices_stay_the_quote(rules: RuleSet, subject: str, text: str) -> None:
    result = _classify(rules, subject, text, US)
    assert (result.kind, result.stage) == ("quote", "quote"), result.reasons


@pytest.mark.parametrize("text", [
    "the price of the seal kit is USD 16.12",
    "was kostet, wird berechnet",
    "cuanto antes, mejor",
])
def test_prices_given_or_other_words_ask_for_nothing(rules: RuleSet, text: str) -> None:
    assert "enquiry" not in _stages_found(rules, text).values()


# ---- a part come in from its maker, the whole order together, to be packed ---------------------------------

@pytest.mark.parametrize(("subject", "text"), [
    ("RE: RFQ - spares for the plant", "Dear Aisha,\n\na short update on PO 4711: the membranes arrived from the "
     "maker today, so the whole order is now together and will be packed next week.\n\nKind regards"),
    ("AW: Anfrage Ersatzteile", "Hallo Herr Krause,\n\nkurzer Stand zu 4711: die Membranen sind heute vom Hersteller "
     "eingetroffen, die ganze Bestellung ist jetzt beisammen und wird nächste Woche verpackt.\n\nGrüße"),
    ("RE : Demande de prix", "Madame,\n\npoint sur 4711 : les membranes sont arrivées aujourd'hui de chez le "
     "fabricant, la commande complète est maintenant réunie.\n\nCordialement"),
    ("RE: Solicitud de cotización", "Hola Aisha:\n\nsobre 4711: las membranas llegaron hoy del fabricante, todo el "
     "pedido ya está junto.\n\nSaludos"),
    ("回复: 询价 备件", "您好，\n\n订单 4711：膜今天从厂家到货了，整批订单已经凑齐。\n\n谢谢"),
])
def test_our_note_that_the_order_is_together_is_production(rules: RuleSet, subject: str, text: str) -> None:
    result = _classify(rules, subject, text, US)
    assert (result.kind, result.stage) == ("order", "production"), result.reasons


@pytest.mark.parametrize("text", [
    "the pallets arrived from your warehouse today",
    "goods will be packed in seaworthy wooden cases",
    "the whole order arrived complete",
])
def test_goods_at_the_buyer_or_packing_terms_are_no_production(rules: RuleSet, text: str) -> None:
    assert "production" not in _stages_found(rules, text).values()


# ---- our answer to a claim: replacements free of charge ----------------------------------------------------

@pytest.mark.parametrize(("subject", "text"), [
    ("RE: Claim CL-30-004 - UV lamps", "Dear Aisha,\n\nI'm sorry about the lamps. We will send replacements with "
     "the next shipment at no charge. Could your engineers check the ballast voltage?\n\nKind regards"),
    ("AW: Reklamation CL-30-004 - UV-Lampen", "Hallo Herr Krause,\n\ndas tut mir leid. Die Lampen ersetzen wir mit "
     "der nächsten Lieferung kostenlos.\n\nGrüße"),
    ("RE : Réclamation CL-30-004 - lampes UV", "Madame,\n\nnous sommes désolés. Nous remplaçons les lampes "
     "gratuitement avec le prochain envoi.\n\nCordialement"),
    ("RE: Reclamo CL-30-004 - lámparas UV", "Hola Aisha:\n\nlo sentimos. Reponemos las lámparas sin cargo con el "
     "próximo envío.\n\nSaludos"),
    ("回复: 索赔 CL-30-004 - 紫外灯", "您好，\n\n很抱歉。灯管随下一批货免费补发。\n\n谢谢"),
])
def test_our_free_replacement_is_the_claim(rules: RuleSet, subject: str, text: str) -> None:
    result = _classify(rules, subject, text, US)
    assert (result.kind, result.stage) == ("claim", "claim"), result.reasons


@pytest.mark.parametrize("text", [
    "spare parts are available from stock at no extra charge for packing",
    "we will send the rest of the order with the next shipment",
    "free delivery on orders above USD 500",
])
def test_spares_for_sale_or_a_part_delivery_are_no_claim(rules: RuleSet, text: str) -> None:
    assert "claim" not in _stages_found(rules, text).values()


# ---- the buyer's short arrival note -------------------------------------------------------------------------

@pytest.mark.parametrize(("subject", "text"), [
    ("Re: Your order PO-4711: shipped - invoice IN-30-118 and B/L", "Anna, all 4 pallets came through customs "
     "yesterday and the boys have checked everything off the packing slip. All there. Thanks!!"),
    ("AW: Anfrage Ersatzteile Separator", "Hallo Frau Keller, Paket ist angekommen, Zoll ging schnell. Alles "
     "komplett, danke vielmal."),
    ("RE : Demande de prix pièces", "Bonjour Anna, le colis est arrivé, le dédouanement s'est fait rapidement. "
     "Merci !"),
    ("RE: Solicitud de cotización repuestos", "Hola Anna, el paquete ya llegó, la aduana fue rápida. ¡Gracias!"),
    ("回复: 询价 备件", "Anna 您好，包裹到了，清关很快。谢谢！"),
])
def test_the_buyers_short_arrival_note_is_the_receipt(rules: RuleSet, subject: str, text: str) -> None:
    result = _classify(rules, subject, text, BUYER)
    assert (result.kind, result.stage) == ("order", "receipt"), result.reasons


def test_our_shipping_notice_stays_shipping(rules: RuleSet) -> None:
    result = _classify(rules, "Your order PO-4711: shipped - invoice IN-30-118 and B/L",
                       "Hi Tom,\n\nPO-4711 left Southampton this week in container MSKU1234567. Attached are the "
                       "invoice, the packing slip and the bill of lading.\n\nKind regards", US)
    assert (result.kind, result.stage) == ("order", "shipping"), result.reasons


@pytest.mark.parametrize("text", [
    "we check everything off the packing list before it ships",
    "all there is to do now is to sign the contract",
    "the container will go through customs in Rotterdam",
])
def test_our_checks_before_dispatch_are_no_receipt(rules: RuleSet, text: str) -> None:
    assert "receipt" not in _stages_found(rules, text).values()
