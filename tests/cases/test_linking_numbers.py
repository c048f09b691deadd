"""Deals found by business numbers across languages and number forms, and deal-level documents (pipeline, temp SQLite)."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlmodel import Session, select

from mailbot.app import App
from mailbot.cases.linker import refresh_documents
from mailbot.store.models import Case, Document, Message
from tests.cases.docs import commercial_invoice, contract, mail, purchase_order
from tests.cases.test_pipeline import STEPS, Mailbox, case_of


@pytest.fixture
def app(make_settings: Callable, make_app: Callable) -> App:  # type: ignore[type-arg]
    settings = make_settings(mailbox=[], smtp={"host": "127.0.0.1", "port": 2525, "security": "none"},
                             limits={"isolate": False}, pipeline={"steps": STEPS},
                             company={"domain": "example.com", "own_addresses": ["orders@example.com"]})
    return make_app(settings)


GERMAN = "Hans Huber <h.huber@alpen-handel.example>"


def _order(box: Mailbox, po: str, sender: str = GERMAN) -> Message:
    raw, _ = mail(subject=f"Bestellung {po}", body="Sehr geehrte Damen und Herren,\nanbei unsere Bestellung und "
                  "die Handelsrechnung.\nMit freundlichen Grüßen", sender=sender,
                  attachments=[(f"Bestellung_{po}.docx", purchase_order(po)),
                               ("Rechnung.docx", commercial_invoice("RE-2026-0311", po))])
    return box.deliver(raw)


@pytest.mark.parametrize(("subject", "body"), [
    ("Kaufvertrag zu Bestellung {po}", "Guten Tag,\nanbei der von uns unterzeichnete Kaufvertrag.\nFreundliche Grüße"),
    ("Contract for PO# {po}", "Hello,\nattached the contract, signed on our side.\nRegards"),
    ("Contrato del pedido No. {po}", "Buen día,\nles comparto el contrato firmado.\nSaludos"),
    ("合同 - 订单号 {po}", "您好，附件是我方签字盖章的合同，请查收。"),
])
def test_a_bare_po_number_links_within_one_partner_and_the_signed_contract_completes(
        app: App, subject: str, body: str) -> None:
    box = Mailbox(app)
    first = _order(box, "4500012399")
    deal = case_of(app, first)
    assert deal.missing_documents == ["contract"]
    # No In-Reply-To or References: only the bare PO number ties the contract to the deal.
    raw, _ = mail(subject=subject.format(po="4500012399"), body=body, sender=GERMAN,
                  attachments=[("Vertrag.docx", contract("KV-2026-31", signed=True))])
    msg = box.deliver(raw)
    assert msg.stage == "contract", msg.reasons
    case = case_of(app, msg)
    assert case.id == deal.id
    assert case.missing_documents == [] and case.complete is True
    with Session(app.engine) as s:
        assert len(s.exec(select(Case)).all()) == 1


def test_an_unsigned_contract_later_does_not_complete_a_deal_linked_by_number(app: App) -> None:
    box = Mailbox(app)
    deal = case_of(app, _order(box, "4500012400"))
    raw, _ = mail(subject="Vertrag zu Bestellung 4500012400", body="Anbei der Vertragsentwurf zur Prüfung.",
                  sender=GERMAN, attachments=[("Vertrag.docx", contract("KV-2026-32", signed=False))])
    case = case_of(app, box.deliver(raw))
    assert case.id == deal.id
    assert case.missing_documents == ["contract"] and case.complete is False


def test_a_bare_number_stays_with_its_partner_even_when_stored_with_a_prefix(app: App) -> None:
    box = Mailbox(app)
    # The deal learnt the number as "PO-77123" (how the partner's subject wrote it) ...
    raw, _ = mail(subject="PO-77123 new order", body="Please find attached our purchase order.", sender=GERMAN,
                  attachments=[("Order.docx", purchase_order("PO-77123"))])
    deal = case_of(app, box.deliver(raw))
    # ... and the same partner's payment names it bare.
    raw, _ = mail(subject="Zahlung zu Bestellung 77123", body="Die Zahlung ist heute erfolgt.", sender=GERMAN)
    payment = box.deliver(raw)
    assert payment.stage == "payment"
    assert case_of(app, payment).id == deal.id
    # Another customer's bare 77123 is not this deal.
    raw, _ = mail(subject="Payment for order no. 77123", body="We have paid the invoice today.",
                  sender="Li Wei <li.wei@other-buyer.example>")
    other = box.deliver(raw)
    assert other.case_id != deal.id


def test_documents_of_a_message_moved_into_a_deal_count(app: App) -> None:
    box = Mailbox(app)
    deal = case_of(app, _order(box, "4500012401"))
    # A contract that arrived with no number anyone could link (a human will move it into the deal).
    raw, _ = mail(subject="Unterlagen", body="Anbei wie besprochen.", sender="Mia <mia@elsewhere.example>",
                  attachments=[("scan.docx", contract("KV-2026-33", signed=True))])
    stray = box.deliver(raw)
    with Session(app.engine) as s:
        msg = s.get(Message, stray.id)
        assert msg is not None
        msg.case_id = deal.id  # moved by hand: its documents still carry no case
        for row in s.exec(select(Document).where(Document.message_pk == msg.id)):
            row.case_id = None
            s.add(row)
        s.add(msg)
        case = s.get(Case, deal.id)
        assert case is not None
        refresh_documents(s, case, app.rules)
        assert case.missing_documents == [] and case.complete is True


def test_a_mail_found_by_number_is_read_in_its_deal_stage(app: App) -> None:
    box = Mailbox(app)
    deal = case_of(app, _order(box, "4500012402"))
    with Session(app.engine) as s:
        case = s.get(Case, deal.id)
        assert case is not None
        case.stage = "shipping"  # our shipping notice went out through another channel
        s.add(case)
        s.commit()
    # No thread, few words: "received" means the goods only because the deal is at shipping.
    raw, _ = mail(subject="Rechnung RE-2026-0311", body="Received today, thank you.", sender=GERMAN)
    msg = box.deliver(raw)
    assert any(r["rule"] == "case-context" for r in msg.reasons or []), msg.reasons
    assert msg.stage == "receipt", msg.reasons
    assert case_of(app, msg).id == deal.id
    assert case_of(app, msg).stage == "receipt"
    # The same words from a partner with no deal behind the number stay unclear.
    raw, _ = mail(subject="Rechnung RE-2026-0999", body="Received today, thank you.", sender=GERMAN)
    assert box.deliver(raw).stage != "receipt"


def test_a_new_purchase_order_naming_an_earlier_one_opens_its_own_deal(app: App) -> None:
    box = Mailbox(app)
    first = case_of(app, _order(box, "4500012403"))
    raw, _ = mail(subject="Neue Bestellung 4500012404", sender=GERMAN,
                  body="Guten Tag,\nanbei unsere neue Bestellung, Konditionen wie bei Bestellung 4500012403.\nGruß",
                  attachments=[("Bestellung_4500012404.docx", purchase_order("4500012404"))])
    second = case_of(app, box.deliver(raw))
    assert second.id != first.id
    assert second.order_number == "4500012404"
    # The same partner's contract for the first order still finds the first deal.
    raw, _ = mail(subject="Kaufvertrag zu Bestellung 4500012403", body="Anbei der unterzeichnete Kaufvertrag.",
                  sender=GERMAN, attachments=[("Vertrag.docx", contract("KV-2026-40", signed=True))])
    assert case_of(app, box.deliver(raw)).id == first.id


def _unnumbered_order() -> bytes:
    """A purchase order whose number stands under a caption the parser does not know (number not read)."""
    from tests.cases.docs import LINES, docx_document

    return docx_document("BESTELLUNG", "Vorgang", "4500012408", lines=LINES, total="2490.00", extra=["Currency: EUR"])


def test_a_new_order_whose_number_is_not_read_still_opens_its_own_deal(app: App) -> None:
    box = Mailbox(app)
    first = case_of(app, _order(box, "4500012407"))
    # A new thread: the new order's number stands only in the mail, the earlier one is named for its prices.
    raw, _ = mail(subject="Bestellung 4500012408 – Nachbestellung", sender=GERMAN,
                  body="Guten Tag,\nanbei unsere Bestellung 4500012408, Preise wie bei Bestellung 4500012407.\nGruß",
                  attachments=[("Bestellung.docx", _unnumbered_order())])
    msg = box.deliver(raw)
    assert msg.stage == "order", msg.reasons
    second = case_of(app, msg)
    assert second.id != first.id
    assert second.order_number == "4500012408"
    # The first order's purchase order sent again (its number unread too) in a new thread stays with its deal.
    raw, _ = mail(subject="Bestellung 4500012407 – Kopie", sender=GERMAN,
                  body="Guten Tag,\nanbei nochmals unsere Bestellung 4500012407 für Ihre Unterlagen.\nGruß",
                  attachments=[("Bestellung.docx", _unnumbered_order())])
    assert case_of(app, box.deliver(raw)).id == first.id


def test_a_number_the_deal_already_carries_links_without_a_label(app: App) -> None:
    box = Mailbox(app)
    # The deal learns the contract number from the signed contract's own document ...
    raw, _ = mail(subject="Signed contract", body="Hello,\nthe signed contract is attached.\nRegards", sender=GERMAN,
                  attachments=[("Scan.docx", contract("KX-AG-26-071", signed=True))])
    deal = case_of(app, box.deliver(raw))
    # ... and the partner's purchase order, in a new thread, names it with no label the reference patterns know.
    raw, _ = mail(subject="Neue Bestellung 4500012405", sender=GERMAN,
                  body="Guten Tag,\nanbei unsere Bestellung, auf Basis von KX-AG-26-071.\nGruß",
                  attachments=[("Bestellung_4500012405.docx", purchase_order("4500012405"))])
    msg = box.deliver(raw)
    assert case_of(app, msg).id == deal.id, msg.reasons
    assert case_of(app, msg).missing_documents == ["commercial_invoice"]
    # Another customer naming the same code is not this deal.
    raw, _ = mail(subject="Question", body="Do you also sell KX-AG-26-071 to us?", sender="Li <li@other-buyer.example>")
    assert box.deliver(raw).case_id != deal.id
    # A second purchase order under the same framework agreement is a deal of its own.
    raw, _ = mail(subject="Bestellung 4500012406", sender=GERMAN,
                  body="Guten Tag,\nanbei eine weitere Bestellung, ebenfalls auf Basis von KX-AG-26-071.\nGruß",
                  attachments=[("Bestellung_4500012406.docx", purchase_order("4500012406"))])
    assert case_of(app, box.deliver(raw)).id != deal.id


def _quotation(number: str, lines: list[tuple[str, str, int, str]]) -> bytes:
    from tests.cases.docs import docx_document

    return docx_document("QUOTATION", "Quotation No", number, lines=lines, total="2490.00",
                         extra=["Currency: EUR", "Valid until: 2026-04-30"])


def _enquiry_and_our_quotation(box: Mailbox, sender: str, quote_lines: list[tuple[str, str, int, str]]) -> Message:
    raw, enquiry_id = mail(subject="Request for quotation - valves", body="Hello,\nplease quote 100 ball valves "
                           "DN25 and 40 gate valves DN50.\nRegards", sender=sender)
    box.deliver(raw)
    raw, _ = mail(subject="RE: Request for quotation - valves", body="Dear Mr Smith,\nplease find attached our "
                  "quotation QT-2026-0311.\nKind regards", sender="Anna Keller <anna.keller@example.com>",
                  to=sender, in_reply_to=enquiry_id,
                  attachments=[("Quotation_QT-2026-0311.docx", _quotation("QT-2026-0311", quote_lines))])
    return box.deliver(raw)


def test_a_purchase_order_naming_no_quotation_joins_the_deal_that_quoted_its_items(app: App) -> None:
    from tests.cases.docs import LINES

    box = Mailbox(app)
    sender = "John Smith <john.smith@acme-industrial.example>"
    deal = case_of(app, _enquiry_and_our_quotation(box, sender, LINES))
    # The customer's system numbers the order its own way and names no quotation, in a new thread.
    raw, _ = mail(subject="Purchase order 4500098765", body="Hello,\nattached our purchase order.\nRegards",
                  sender=sender, attachments=[("PO_4500098765.docx", purchase_order("4500098765"))])
    order = box.deliver(raw)
    assert order.stage == "order", order.reasons
    assert case_of(app, order).id == deal.id
    # Another customer ordering the same articles is not this deal.
    raw, _ = mail(subject="Purchase order 4500098766", body="Hello,\nattached our purchase order.\nRegards",
                  sender="Li Wei <li.wei@other-buyer.example>",
                  attachments=[("PO_4500098766.docx", purchase_order("4500098766"))])
    assert case_of(app, box.deliver(raw)).id != deal.id


def test_a_purchase_order_of_other_items_opens_its_own_deal(app: App) -> None:
    box = Mailbox(app)
    sender = "John Smith <john.smith@acme-industrial.example>"
    deal = case_of(app, _enquiry_and_our_quotation(box, sender, [
        ("PX-310", "Pressure gauge 0-10 bar", 20, "14.00"), ("PX-320", "Pressure gauge 0-16 bar", 20, "15.00")]))
    raw, _ = mail(subject="Purchase order 4500098767", body="Hello,\nattached our purchase order.\nRegards",
                  sender=sender, attachments=[("PO_4500098767.docx", purchase_order("4500098767"))])
    assert case_of(app, box.deliver(raw)).id != deal.id


def test_another_partners_mail_does_not_join_a_deal_on_a_number_series_of_two_digits(app: App) -> None:
    box = Mailbox(app)
    # The deal learnt a cut-off series "QT-32" (the year of our quotation numbers) beside its real numbers.
    raw, _ = mail(subject="Order PO-88001 – your quotation QT-32", body="Please find attached our purchase order.",
                  sender=GERMAN, attachments=[("Order.docx", purchase_order("PO-88001"))])
    deal = case_of(app, box.deliver(raw))
    # Another customer's mail naming the same series is not this deal ...
    raw, _ = mail(subject="Request for quotation – as quotation QT-32", body="Dear Sir or Madam,\nplease quote us "
                  "the spare parts of your quotation QT-32 for our plant as well.\nRegards",
                  sender="Li Wei <li.wei@other-buyer.example>")
    assert box.deliver(raw).case_id != deal.id
    # ... while a whole number of the deal (letters and four digits and more) still finds it from anyone.
    raw, _ = mail(subject="Payment for PO-88001", body="We have paid the invoice for PO-88001 today.",
                  sender="Bank Desk <desk@some-bank.example>")
    assert box.deliver(raw).case_id == deal.id


def _enquiry_and_our_quotation_without_lines(box: Mailbox, sender: str, total: str) -> Message:
    """Our quotation whose item lines the reader could not take apart: only its total and currency are known."""
    from tests.cases.docs import docx_document

    raw, enquiry_id = mail(subject="Request for quotation - valves", body="Hello,\nplease quote 100 ball valves "
                           "DN25 and 40 gate valves DN50.\nRegards", sender=sender)
    box.deliver(raw)
    quotation = docx_document("QUOTATION", "Quotation No", "QT-2026-0312", total=total,
                              extra=["Currency: EUR", "Valid until: 2026-04-30"])
    raw, _ = mail(subject="RE: Request for quotation - valves", body="Dear Mr Smith,\nplease find attached our "
                  "quotation QT-2026-0312.\nKind regards", sender="Anna Keller <anna.keller@example.com>",
                  to=sender, in_reply_to=enquiry_id, attachments=[("Quotation_QT-2026-0312.docx", quotation)])
    return box.deliver(raw)


@pytest.mark.parametrize(("quoted_total", "joins"), [("2490.00", True), ("2175.00", False)])
def test_an_order_naming_no_quotation_joins_the_deal_whose_offer_has_its_total(app: App, quoted_total: str,
                                                                              joins: bool) -> None:
    box = Mailbox(app)
    sender = "John Smith <john.smith@acme-industrial.example>"
    deal = case_of(app, _enquiry_and_our_quotation_without_lines(box, sender, quoted_total))
    # A new thread, the customer's own order number, no quotation named: the offer's items cannot be compared,
    # the order's total (EUR 2,490.00) and currency can.
    raw, _ = mail(subject="Purchase order 4500098770", body="Hello,\nattached our purchase order.\nRegards",
                  sender=sender, attachments=[("PO_4500098770.docx", purchase_order("4500098770"))])
    assert (case_of(app, box.deliver(raw)).id == deal.id) is joins
