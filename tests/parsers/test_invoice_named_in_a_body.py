"""A mail that only names the order whose invoice it asks for is no invoice; one with the invoice's own number or
amount still is (made-up mails, parsed as a forwarded .eml is)."""
from __future__ import annotations

from email.message import EmailMessage

from parsers import Limits, parse_bytes

LIMITS = Limits(isolate=False)


def _types(subject: str, text: str) -> list[str]:
    msg = EmailMessage()
    msg["From"] = "Fatima Diallo <f.diallo@buyer.example>"
    msg["To"] = "orders@example.com"
    msg["Subject"] = subject
    msg.set_content(text)
    return [d.doc_type for d in parse_bytes(msg.as_bytes(), "forwarded.eml", limits=LIMITS).documents]


def test_a_mail_asking_for_the_invoice_of_an_order_is_no_invoice() -> None:
    for subject, text in (
        ("PO AB/PO/31/0131 - top-up spares", "Hello Dom,\n\nas discussed here is our small PO AB/PO/31/0131, please "
         "hand it over to Anna for the invoice.\n\nBest regards\nFatima\nBuyer Example Ltd\n"),
        ("FW: PO AB/PO/31/0131 - top-up spares", "Morning all,\n\nthe buyer handed me this at the fair - small top-up "
         "order, same terms as January. Can one of you book it and send her the invoice and the letter?\n\nThanks\n"
         "Dom\n"),
    ):
        assert "commercial_invoice" not in _types(subject, text), text


def test_an_invoice_typed_in_a_mail_with_its_number_or_amount_stays_an_invoice() -> None:
    # negative: the invoice's own number and amount make the mail an invoice
    text = ("Dear Ms Diallo,\n\nINVOICE INV-31-0457 for your order PO AB/PO/31/0131\nAmount due: USD 3,824.42\n"
            "Payment: net 45 days.\n\nRegards\nAnna\n")
    assert _types("Invoice INV-31-0457", text) == ["commercial_invoice"]
