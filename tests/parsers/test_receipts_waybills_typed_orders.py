"""Partners' and third parties' paperwork: a banking app's transfer receipt shared as PDF (titled by the transfer's
status, the payer named by the account debited, the amount set alone with its currency), a courier's waybill (its
number after the title word on a line of its own, no currency from the declared customs value, the caption word no
part of the tracking number), a CIS company's order led by its legal form ("OAO …"), a Chinese order whose title is
spaced out ("采 购 订 单"), and an order typed in a Spanish mail ("Orden X (date)", "buyer -> supplier", the total
with its terms run on after commas)."""
from __future__ import annotations

from typing import Any

from parsers import Limits, parse_body, parse_bytes
from parsers.extract.parties import is_company_name, payment_parties

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


# -- a CIS company's order led by its legal form

def test_a_cis_legal_form_before_the_name_makes_a_company() -> None:
    for name in ("OAO Neman Example", "ODO Grodno Example", "ChUP Polesye Example", "IOOO Belexample"):
        assert is_company_name(name), name
    # negative: a word that only starts like a form
    assert not is_company_name("OAOX Neman Example")
    assert not is_company_name("Odo Example")


def test_an_order_under_a_cis_letterhead_names_its_buyer_not_the_window() -> None:
    doc = _doc("OAO Neman Example · ul. Sovetskaya 1, 230005 Grodno, Belarus\n"
               "Заказ поставщику / BESTELLUNG\n"
               "Northwind Example Ltd.   Bestell-Nr.: 4700-0001\n"
               "12 Dock Road   Bestelldatum: 03.02.2039\n"
               "Pos.   Menge   ME   Sachnummer   Benennung   Preis je ME EUR   Gesamtpreis EUR\n"
               "1   2   Stk   SD-520   Dichtungssatz   356,56   713,12\n"
               "Bestellwert gesamt EUR   713,12\n")
    assert doc.doc_type == "purchase_order"
    assert doc.buyer.name == "OAO Neman Example"
    assert doc.seller.name == "Northwind Example Ltd."


# -- a Chinese order's spaced-out title

def test_a_spaced_out_chinese_title_is_the_title() -> None:
    doc = _doc("示例电力有限公司\n采 购 订 单\n单据日期：2039-03-01   单据编号：CGDD2039000001   供应商：Northwind Example Ltd.\n"
               "币种：USD   报价单号：NX-Q0001\n合计   1244.88\n")
    assert doc.doc_type == "purchase_order"
    assert doc.number == "CGDD2039000001"
    # negative: the quotation it cites titles nothing once the order's title is read; a spaced-out two-character
    # word is no title
    doc = _doc("示例电力有限公司\n报 价\n报价单号：NX-Q0002\n合计   100.00\n")
    assert doc.number == "NX-Q0002"


# -- an order typed in a Spanish mail

MAIL = ("Anna, ya está aprobado. Este es el pedido:\n\n"
        "Orden OC-EX-39-0001 (20/02/2039)\n"
        "{parties}\n"
        "EX-RT108 / Rodillo de transportador, Ø 108 mm / 2 ud x 39,79 = 79,58\n"
        "EX-TC4 / Tamiz de criba, malla 4 mm / 5 ud x 418,00 = 2.090,00\n"
        "{total}\n\n"
        "Saludos,\nYaneisy\nSalinera Example B.V.\n")


def _body(parties: str = "Salinera Example B.V. -> Northwind Example Ltd.",
          total: str = "Total 2.169,58 USD, CIF Kralendijk, Pago a 30 días fecha de factura") -> Any:
    docs = parse_body(MAIL.format(parties=parties, total=total), None, limits=LIMITS).documents
    assert docs, "no document extracted"
    return docs[0]


def test_a_typed_orders_number_after_orden_and_before_its_date_in_brackets() -> None:
    assert _body().number == "OC-EX-39-0001"


def test_an_arrow_between_two_companies_goes_from_the_buyer_to_the_supplier() -> None:
    doc = _body()
    assert doc.buyer.name == "Salinera Example B.V."
    assert doc.seller.name == "Northwind Example Ltd."
    # negative: an arrow between places names no party
    doc = _body(parties="Southampton -> Kralendijk")
    assert doc.buyer.name == "Salinera Example B.V."  # its signature
    assert doc.seller is None


def test_the_total_with_its_terms_run_on_after_commas() -> None:
    doc = _body()
    assert str(doc.total) == "2169.58"
    assert doc.payment_terms == "Pago a 30 días fecha de factura"
    assert doc.incoterms == "CIF Kralendijk"


def test_a_total_followed_by_other_words_stays_unread() -> None:
    # negative: a qualifier after the comma that is no term ("Total 2.169,58 USD, incluye el flete") is no plain total
    doc = _body(total="Total 2.169,58 USD, incluye el flete del proveedor anterior")
    assert doc.total is None
    assert doc.payment_terms is None
