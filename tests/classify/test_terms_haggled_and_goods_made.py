"""Goods listed to be priced, a better price or another deposit asked for and held firm, a part in from the factory,
the buyer's count after unloading, and a quotation named as a bare reference or an ERP's source document
(made-up mails, en/de/fr/es/zh)."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailbot.classify import classify_message
from mailbot.classify.refs import find_references
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


# ---- the buyer lists goods to be priced ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Morning Anna,\n\nthe board approved the money at last. Could you price these for me, CIF Kingstown:\n\n"
    "4 x Axial fan 450 mm, 230 V\n6 x Load cell 100 kg\n\nBest,\nMia",
    "Hi,\n\nplease price the following, FOB Felixstowe:\n\n- 10 x roller 100 mm\n- 2 x sieve 16 mm\n\nThanks",
    "Hello, can you price up the attached list for us? Delivery to Apia. Regards",
])
def test_goods_listed_to_be_priced_are_an_enquiry(rules: RuleSet, text: str) -> None:
    result = _classify(rules, "Parts for the drying line", text, BUYER)
    assert (result.kind, result.stage) == ("enquiry", "enquiry"), result.reasons


def test_pricing_the_lines_lower_is_no_enquiry(rules: RuleSet) -> None:
    # the same verb with "lower" haggles over a quotation already made
    result = _classify(rules, "RE: Quotation QU-2030-118",
                       "Anna, could you price these lower if we take all of them? The board finds QU-2030-118 a bit "
                       "steep.", BUYER)
    assert result.stage == "negotiation", result.reasons


# ---- a better price or another deposit asked for, and held firm -----------------------------------------------

@pytest.mark.parametrize(("subject", "text", "sender"), [
    ("Re: Parts for the drying loft", "Thanks Anna. The fans are dearer than we hoped. Any chance of a better price "
     "if we keep everything on one shipment?\n\nBest,\nKezia", BUYER),
    ("RE: Parts for the drying loft", "Hi Kezia,\n\nfair question. On one shipment I can give you 5 % off all lines "
     "of QU-2030-118; freight stays in. If the board agrees, just send the PO through.\n\nAnna", US),
    ("RE: Quotation QU-2030-118", "Hello Anna, our finance team asks whether you could accept 20 % deposit instead "
     "of 30 %. Foreign currency is hard to get at the moment.", BUYER),
    ("RE: Quotation QU-2030-118", "Dear Mr Obi, I am afraid we have to stay at 30 % deposit for a first order; in "
     "return the prices remain unchanged until the end of April.", US),
    ("RE : Demande de prix – pièces", "Madame Keller,\n\nles prix sont corrects. Par contre notre direction financière "
     "demande si vous pouvez accepter 20 % d'acompte au lieu de 30 %.\n\nCordialement", BUYER),
    ("RE: Demande de prix – pièces", "Madame,\n\nmalheureusement nous devons rester à 30 % d'acompte pour une première "
     "commande ; en échange nous gardons les prix de l'offre fermes jusqu'à fin avril.\n\nBien à vous", US),
    ("AW: Anfrage Ersatzteile", "Sehr geehrte Frau Keller, wäre auch 20 % Anzahlung statt 30 % möglich? Die Devisen "
     "sind bei uns gerade knapp.", BUYER),
    ("AW: Anfrage Ersatzteile", "Sehr geehrter Herr Vuković, bei einem Erstauftrag müssen wir leider bei 30 % "
     "Anzahlung bleiben; die Preise halten wir bis Ende April.", US),
    ("RE: Solicitud de precios", "Estimada Anna, ¿podrían aceptar un 20 % de anticipo en lugar del 30 %? Las divisas "
     "están difíciles.", BUYER),
    ("RE: Solicitud de precios", "Estimado Sr. Martina, lamentablemente debemos mantener el 30 % de anticipo en un "
     "primer pedido.", US),
])
def test_a_better_price_or_another_deposit_is_the_negotiation(rules: RuleSet, subject: str, text: str,
                                                              sender: str) -> None:
    result = _classify(rules, subject, text, sender)
    assert (result.kind, result.stage) == ("quote", "negotiation"), result.reasons


@pytest.mark.parametrize(("text", "stage"), [
    # our shipping notice: everything on one ship, freight paid – no condition, goods gone
    ("Dear Kezia, all 12 cartons left Southampton yesterday on the MSC Anna as one shipment, container MRAU8670743. "
     "The bill of lading is attached.", "shipping"),
    # the buyer pays the deposit it had asked to lower: a payment, whatever the percentage
    ("Dear Anna, today we transferred the 30 % deposit for PO 4711, the bank copy is attached.", "payment"),
])
def test_one_shipment_or_a_deposit_paid_is_no_haggle(rules: RuleSet, text: str, stage: str) -> None:
    sender = US if stage == "shipping" else BUYER
    result = _classify(rules, "PO 4711", text, sender)
    assert result.stage == stage, result.reasons


# ---- a part in from the factory (ours), the buyer's count after unloading -------------------------------------

@pytest.mark.parametrize("text", [
    "Madame, petit point sur la commande BC-2030-022 : les chaînes sont arrivées de l'usine, l'emballage maritime "
    "est prévu la semaine prochaine.",
    "Dear Kezia, a quick update on PO 4711: the fans arrived from the factory this morning, so the order will be "
    "packed next week.",
    "Estimado Sr. Martina: los rodillos llegaron de la fábrica ayer; el pedido 4711 sale la próxima semana.",
    "刘女士您好，订单4711的轴承今天从工厂到货了，下周打包。",
])
def test_a_part_in_from_the_factory_is_production(rules: RuleSet, text: str) -> None:
    result = _classify(rules, "RE: Order 4711", text, US)
    assert result.stage == "production", result.reasons


def test_the_goods_arrived_at_the_buyer_stay_a_receipt(rules: RuleSet) -> None:
    result = _classify(rules, "Re: Order 4711", "Hi Anna, les pièces sont arrivées chez nous ce matin, tout est "
                       "complet. Merci", BUYER)
    assert result.stage == "receipt", result.reasons


def test_the_buyer_counting_after_unloading_is_the_receipt(rules: RuleSet) -> None:
    result = _classify(rules, "Re: PO 4711 is on the water - packing list and B/L",
                       "Hi Anna - container was stripped this morning, fans and everything else counted and fine. "
                       "One fan is running already.\n\nOn 22 Mar, Anna wrote:\n> your goods were loaded yesterday, "
                       "container MRAU8670743. Packing list and the bill of lading are attached.", BUYER)
    assert (result.kind, result.stage) == ("order", "receipt"), result.reasons


# ---- a quotation named as a bare reference, or as an order's source document ----------------------------------

@pytest.mark.parametrize(("text", "ref", "rtype"), [
    ("here are our budget prices (reference S0300517), CPT Almaty", "S0300517", "reference"),
    ("Source Document: SO-2030-0412", "SO-2030-0412", "reference"),
    ("日期：2030-03-22 币别：USD 源单（报价）：S0300315", "S0300315", "quote"),
    ("notre référence QX-30-117 en objet", "QX-30-117", "reference"),
])
def test_a_bare_reference_or_source_document_is_a_number(rules: RuleSet, text: str, ref: str, rtype: str) -> None:
    assert dict(find_references(rules, [text], [])).get(ref) == rtype


@pytest.mark.parametrize("text", [
    "for reference 3 pcs are enough",
    "reference price list attached",
    "see the reference manual, chapter 12",
])
def test_the_word_reference_without_a_code_names_no_number(rules: RuleSet, text: str) -> None:
    assert find_references(rules, [text], []) == []
