"""A competitor's lower price with a plain "can you improve?", and goods reported at the buyer's plant in
non-native English with thanks for the packing (made-up mails, en/es/fr)."""
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


# ---- a competitor is cheaper: can you improve? ----------------------------------------------------------------

@pytest.mark.parametrize(("subject", "text"), [
    ("Re: Solicitud de precios – rodamientos", "Hola Pablo: otro fabricante nos ofrece los rodamientos bastante más "
     "baratos. Preferimos seguir con vosotros, pero así no lo puedo justificar. ¿Podéis mejorar?\n\nSaludos, Marta"),
    ("RE: Pedido de cotización", "Buenos días, las cuchillas de la competencia salen más baratas. ¿Podrían mejorar "
     "un poco?\nGracias"),
    ("RE : Demande de prix", "Bonjour Paul, un concurrent nous propose les filtres moins chers. Pouvez-vous faire "
     "mieux ?\nCordialement, Claire"),
])
def test_a_cheaper_competitor_and_a_better_offer_asked_is_negotiation(rules: RuleSet, subject: str,
                                                                      text: str) -> None:
    result = _classify(rules, subject, text, BUYER)
    assert (result.kind, result.stage) == ("quote", "negotiation"), result.reasons


def test_improving_the_packing_after_broken_boxes_stays_a_claim(rules: RuleSet) -> None:
    result = _classify(rules, "Re: Envío pedido 4471",
                       "Hola, las cajas llegaron rotas otra vez y faltan dos piezas. ¿Podéis mejorar el embalaje, "
                       "por favor? Necesitamos reposición.", BUYER)
    assert result.kind == "claim", result.reasons


# ---- the goods at the buyer's plant ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hi Tom, just to say the container reach the plant this morning. Everything look fine, the fitters are on it "
    "already. Thanks for the careful packing!\n\nRegards, Kofi\n\n> The container sailed yesterday, ETA in two "
    "weeks.",
    "Hello, the cartons reached our warehouse yesterday. Thank you for the good packing.\nBest, Ana",
])
def test_goods_at_the_buyer_plant_are_a_receipt(rules: RuleSet, text: str) -> None:
    result = _classify(rules, "Re: Shipment of your order 5521 - documents", text, BUYER)
    assert (result.kind, result.stage) == ("order", "receipt"), result.reasons


def test_a_container_that_will_reach_the_port_is_still_shipping(rules: RuleSet) -> None:
    result = _classify(rules, "Shipment of your order 5521",
                       "Dear Kofi, your order left Antwerp today in container MSKU1234565; it should reach the port "
                       "of Tema in about 18 days. Packing list attached.\nTom", US)
    assert result.stage == "shipping", result.reasons
