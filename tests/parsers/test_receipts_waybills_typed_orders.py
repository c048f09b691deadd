"""Partners' and third parties' paperwork: a banking app's transfer receipt shared as PDF (titled by the transfer's
status, the payer named by the account debited, the amount set alone with its currency) and a courier's waybill (its
number after the title word on a line of its own, no currency from the declared customs value, the caption word no
part of the tracking number)."""
from __future__ import annotations

from typing import Any

from parsers import Limits, parse_bytes
from parsers.extract.parties import payment_parties

LIMITS = Limits(isolate=False)


def _doc(text: str, name: str = "doc.txt") -> Any:
    docs = parse_bytes(text.encode("utf-8"), name, limits=LIMITS).documents
    assert docs, "no document extracted"
    return docs[0]


# -- a banking app's transfer receipt

RECEIPT = ("Example Bank Online\n"
           "Example Bank\n"
           "✓\n"
           "{status}\n"
           "{amount}\n"
           "{payer}   Kestrel Works SARL\n"
           "FR76 3000 6000 0112 3456 7890 189\n"
           "Bénéficiaire   Northwind Example Ltd.\n"
           "IBAN   GB29 EXMP 1234 5678 9012 34\n"
           "Motif   INV NX-IN1001 / PO KW-2039-001\n"
           "{txcap}   EXB-VIR-2039-0001\n"
           "Date   27/02/2039 09:24\n")


def _receipt(status: str = "Virement effectué", amount: str = "3 211,98 EUR", payer: str = "Compte débité",
             txcap: str = "Référence de l'opération") -> Any:
    return _doc(RECEIPT.format(status=status, amount=amount, payer=payer, txcap=txcap))


def test_a_banking_apps_receipt_is_titled_by_the_transfers_status() -> None:
    for status in ("Virement effectué", "Transfer completed", "Überweisung ausgeführt", "Transferencia realizada",
                   "汇款成功"):
        # (a plain "Référence" caption types nothing by itself)
        doc = _receipt(status=status, txcap="Référence")
        assert doc.doc_type == "payment_advice", status
        assert doc.number == "EXB-VIR-2039-0001"


def test_the_receipts_transaction_id_in_the_payers_language_numbers_it() -> None:
    for cap in ("Transaktions-ID", "ID de transacción", "交易流水号"):
        assert _receipt(txcap=cap).number == "EXB-VIR-2039-0001", cap


def test_the_amount_set_alone_with_its_currency_is_the_sum_transferred() -> None:
    for amount, want in (("3 211,98 EUR", "3211.98"), ("USD 13,107.58", "13107.58"), ("6037.10 USD", "6037.10")):
        assert str(_receipt(amount=amount).total) == want, amount


def test_two_bare_amounts_or_none_give_no_total() -> None:
    # negative: two amounts standing alone (the sum and the charges?) say nothing certain
    doc = _doc(RECEIPT.format(status="Virement effectué", amount="3 211,98 EUR\n12,00 EUR", payer="Compte débité",
                              txcap="Référence de l'opération"))
    assert doc.total is None


def test_the_account_debited_names_the_payer() -> None:
    for cap in ("Compte débité", "Von Konto", "Cuenta de origen", "From account", "付款账户"):
        assert _receipt(payer=cap).buyer.name == "Kestrel Works SARL", cap


def test_a_payer_name_wrapped_before_its_legal_form_is_joined() -> None:
    rows = [["Compte débité", "Distillerie d'Ylang Example"], ["SARL"], ["KM46 0041 2000 7722"],
            ["Bénéficiaire", "Northwind Example Ltd."]]
    assert payment_parties(rows) == {"buyer": "Distillerie d'Ylang Example SARL", "seller": "Northwind Example Ltd."}
    # negative: a town on the next line is no part of the name
    rows[1] = ["Mutsamudu"]
    assert payment_parties(rows)["buyer"] == "Distillerie d'Ylang Example"


def test_the_account_debited_with_only_its_number_names_no_payer() -> None:
    rows = [["Von Konto", "DE44 5001 0517 5407 3249 31"], ["Empfänger", "Northwind Example Ltd."]]
    assert payment_parties(rows) == {"seller": "Northwind Example Ltd."}
    # ... nor a masked one beside the payer captioned as such
    rows = [["Paid by", "Kestrel Works Pte. Ltd."], ["From account", "xxx-xxxxx2-118"],
            ["Beneficiary", "Northwind Example Ltd."]]
    assert payment_parties(rows) == {"buyer": "Kestrel Works Pte. Ltd.", "seller": "Northwind Example Ltd."}


def test_a_status_word_in_an_invoice_leaves_it_an_invoice() -> None:
    # negative: a title of a document wins over a status line further down
    doc = _doc("Northwind Example Ltd.\nINVOICE\nInvoice No.   NX-IN1002\nDate   01/03/2039\n"
               "Bill to   Kestrel Works Ltd.\nTotal   USD 1,200.00\nPayment status\nTransfer completed\n")
    assert doc.doc_type == "commercial_invoice"


# -- a courier's waybill

WAYBILL = ("SKYHAWK EXPRESS   WAYBILL · SHIPPER'S COPY\n"
           "WAYBILL 4417000011\n"
           "FROM / SHIPPER   TO / RECEIVER\n"
           "Northwind Example Ltd.   Kestrel Works Ltd\n"
           "PIECES   4\n"
           "SHIPPER'S REFERENCE   PO KW/PO/39/0001\n"
           "DECLARED VALUE FOR CUSTOMS   USD 13,107.58\n"
           "PICKUP DATE   06 FEB 2039\n")


def test_the_waybill_number_after_the_title_word_under_the_title() -> None:
    doc = _doc(WAYBILL)
    assert doc.doc_type == "bill_of_lading"
    assert doc.number == "4417000011"
    assert doc.tracking_numbers == ["4417000011"]


def test_a_transport_documents_declared_value_gives_no_currency() -> None:
    assert _doc(WAYBILL).currency is None
    # negative: an invoice's currency is still read from the text
    doc = _doc("Northwind Example Ltd.\nINVOICE\nInvoice No.   NX-IN1003\nPrices in USD, delivery FOB Southampton\n"
               "Bill to   Kestrel Works Ltd.\n")
    assert doc.currency == "USD"


def test_a_tracking_caption_over_a_grouped_number_keeps_the_whole_number() -> None:
    # negative: a letter group inside a tracking number is kept (a carrier's prefix), only a caption word goes
    doc = _doc("Northwind Example Ltd.\nSHIPPING NOTICE\nShipment No.   SN-39-0001\nTracking: JD 0144 1700 0011\n")
    assert "JD014417000011" in doc.tracking_numbers
