"""An informal request for prices, an offer about to lapse, an offer shelved by the buyer's board, work on the goods
reported in progress, goods at the buyer's site in Chinese, and the news asked of a project rather than an order
(made-up mails, en/de/fr/es/zh)."""
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


@pytest.mark.parametrize("text", [
    "Hola Luis:\n\nEstamos mirando cambiar las bombas del pozo. ¿Me puedes cotizar estas partidas?\n\n4 ud. Bomba "
    "sumergible 4\"\n2 ud. Cuadro de arranque\n\nSaludos, Inés",
    "Buenas, ¿nos cotizáis 200 juntas tóricas de 80 mm? Es para el mantenimiento de julio.\nGracias, Raúl",
    "Hola, ¿podéis pasarme precio de 12 rodillos de 600 mm? Un saludo, Carmen",
])
def test_an_informal_request_for_prices_is_an_enquiry(rules: RuleSet, text: str) -> None:
    result = _classify(rules, "Precios repuestos", text, BUYER)
    assert (result.kind, result.stage) == ("enquiry", "enquiry"), result.reasons


@pytest.mark.parametrize(("subject", "text"), [
    ("RE: Cotización rodillos", "Hola Inés:\n\nte escribo por la oferta Q-5512: vence el viernes. ¿Sabéis algo del "
     "proyecto? Si necesitáis más tiempo, te la prorrogo sin problema.\n\nUn abrazo, Luis"),
    ("RE: Quotation Q-5512", "Hi Ines, a reminder that quotation Q-5512 expires on Friday. Happy to extend the "
     "validity if your board needs more time.\n\nBest, Luis"),
    ("AW: Angebot Q-5512", "Guten Tag Frau Berg, unser Angebot Q-5512 läuft am Freitag aus. Gern verlängern wir die "
     "Gültigkeit um vier Wochen.\n\nMit freundlichen Grüßen, Luis Ortega"),
])
def test_our_offer_about_to_lapse_is_the_quote(rules: RuleSet, subject: str, text: str) -> None:
    result = _classify(rules, subject, text, US)
    assert (result.kind, result.stage) == ("quote", "quote"), result.reasons


@pytest.mark.parametrize(("subject", "text"), [
    ("Re: Cotización rodillos", "Hola Luis, gracias por acordarte. La junta aplazó el proyecto hasta el año que "
     "viene, así que de momento no podemos pedir nada. Te aviso.\n\nSaludos, Inés"),
    ("Re: Quotation Q-5512", "Hi Luis, thanks for the reminder. Our board postponed the well project to next year, "
     "so we cannot order anything for now. I'll let you know.\nInes"),
    ("AW: Angebot Q-5512", "Hallo Herr Ortega, leider können wir vorerst nichts bestellen, das Projekt ist "
     "verschoben. Ich melde mich.\nGruß, Berg"),
    ("RE : Devis Q-5512", "Bonjour, la direction a gelé le budget : nous ne pouvons rien commander pour le moment. "
     "Je reviens vers vous.\nCordialement, Inès"),
])
def test_an_offer_shelved_by_the_buyer_is_still_negotiated(rules: RuleSet, subject: str, text: str) -> None:
    result = _classify(rules, subject, text, BUYER)
    assert (result.kind, result.stage) == ("quote", "negotiation"), result.reasons


def test_a_delivery_put_off_by_the_board_is_no_shelved_offer(rules: RuleSet) -> None:
    result = _classify(rules, "Re: PO 4471 delivery", "Hi Luis, our management postponed the delivery of PO 4471 to "
                       "June because the site is not ready. Please hold the goods at your works.\nInes", BUYER)
    assert result.stage != "negotiation", result.reasons


@pytest.mark.parametrize("text", [
    "Hi Ines,\n\nthe impellers for PO 4471 are re-machined and curing now; we expect to pack at the end of next "
    "week.\n\nBest, Luis",
    "Hi Ines, the flanges are galvanised now and we plan to crate them by Friday.\nLuis",
])
def test_work_on_the_goods_reported_now_is_production(rules: RuleSet, text: str) -> None:
    result = _classify(rules, "RE: RFQ pumps", text, US)
    assert (result.kind, result.stage) == ("order", "production"), result.reasons


def test_goods_received_now_is_no_production(rules: RuleSet) -> None:
    result = _classify(rules, "Re: PO 4471", "Hi Luis, the impellers are received now, all in good order. "
                       "Thanks!\nInes", BUYER)
    assert result.stage != "production", result.reasons


@pytest.mark.parametrize("text", [
    "李经理您好，货已经到电厂仓库了，开箱检查数量都对。谢谢！",
    "王经理，货到工地了，已开箱检验，没有问题。",
])
def test_goods_at_the_buyers_site_in_chinese_are_received(rules: RuleSet, text: str) -> None:
    result = _classify(rules, "回复: PO 4471 已发货", text + "\n\n> The container was loaded yesterday, ETA 20 days.",
                       BUYER)
    assert (result.kind, result.stage) == ("order", "receipt"), result.reasons


def test_goods_expected_at_the_site_are_not_received_yet(rules: RuleSet) -> None:
    for text in ("好的。货预计下周到工厂仓库。", "好的，货下周到现场，我们安排人员开箱检查。"):
        result = _classify(rules, "回复: PO 4471 已发货", text, BUYER)
        assert result.stage != "receipt", (text, result.reasons)


def test_news_of_a_project_is_no_order_being_made(rules: RuleSet) -> None:
    result = _classify(rules, "RE: Cotización Q-5512", "Hola Inés: la oferta Q-5512 vence la semana que viene. "
                       "¿Hay noticias de la ampliación?\nLuis", US)
    assert result.stage == "quote", result.reasons


def test_news_of_the_order_asked_bare_or_by_number_is_production(rules: RuleSet) -> None:
    for text in ("Hola Luis, ¿hay novedades sobre el pedido OC-4471?", "Hola Luis, ¿tienen alguna novedad?"):
        result = _classify(rules, "RE: OC-4471", text, BUYER)
        assert (result.kind, result.stage) == ("order", "production"), (text, result.reasons)
