"""A bank's debit advice with the customer's address window, FIATA bill and LPO captions, a company whose first word
is a caption, and an order typed in a mail with "De: / Para:" lines and "qty unit text (cod. X) a price c/u = amount"."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from parsers import Limits, parse_body, parse_bytes
from parsers.extract.numbers import find_currency
from parsers.extract.parties import bank_advice_window, memo_parties
from parsers.extract.terms import terms_clauses

LIMITS = Limits(isolate=False)


def _doc(text: str, name: str = "doc.txt"):  # type: ignore[no-untyped-def]
    docs = parse_bytes(text.encode("utf-8"), name, limits=LIMITS).documents
    assert docs, "no document extracted"
    return docs[0]


def _advice(bank: str, window: list[str], title: str, amount_line: str, *, ref: str = "XQ-TR-880412") -> str:
    return "\n".join([bank, "Trade & Payments Services · SWIFT XQBKAWAW", *window, title, "DEBIT ADVICE",
                      "12-05-2036", "Hemos debitado su cuenta como sigue:", f"Nuestra referencia {ref}",
                      "Fecha valor 12-05-2036", "Cuenta debitada USD cta. 41-000-0011-2",
                      "Beneficiario Kestrel Trading Ltd., 4 Harbour Lane, Leeds LS1 4AB, United Kingdom",
                      amount_line, "Commission / cable USD 32.00 (charges SHA)",
                      "Concepto factura KT-INV-2291 · pedido OC-77-031"]) + "\n"


def test_debit_advice_customer_window_over_the_title_is_the_buyer() -> None:
    # the bank's letterhead, then the account holder's address window (company, street, town, country) over the
    # title: the company is the payer; the town is no party
    doc = _doc(_advice("Banco Ejemplo N.V.", ["Helados Ejemplo N.V.", "Calle Mayor 46", "Villanueva", "Aruba"],
                       "AVISO DE DÉBITO", "Importe de la transferencia USD 4,570.72"))
    assert doc.doc_type == "payment_advice"
    assert doc.buyer is not None and doc.buyer.name == "Helados Ejemplo N.V."
    assert doc.total == Decimal("4570.72") and doc.currency == "USD"


def test_debit_advice_french_transfer_amount_is_the_total() -> None:
    text = _advice("Banque Exemple du Golfe", ["Source Exemple Embouteillage SA", "Route de la Mer",
                                               "Zone industrielle sud", "BP 1200", "Djibouti"],
                   "AVIS DE DÉBIT", "Montant du transfert EUR 4 280,72")
    doc = _doc(text.replace("USD cta.", "EUR cta."))
    assert doc.total == Decimal("4280.72") and doc.currency == "EUR"
    assert doc.buyer is not None and doc.buyer.name == "Source Exemple Embouteillage SA"


def test_bank_advice_window_needs_a_company_over_address_lines() -> None:
    title = "AVISO DE DÉBITO"
    head = ["Banco Ejemplo N.V.", "Trade & Payments Services"]
    assert bank_advice_window([*head, "Helados Ejemplo N.V.", "Calle Mayor 46", "Aruba", title]) == \
        ("Helados Ejemplo N.V.", ["Calle Mayor 46", "Aruba"])
    # the window beside the title (two columns on one line)
    assert bank_advice_window([*head, "Helados Ejemplo N.V.   AVISO DE DÉBITO", "Calle Mayor 46", "DEBIT ADVICE",
                               "Villanueva", "12-05-2036", "Aruba", "Hemos debitado su cuenta como sigue:"]) == \
        ("Helados Ejemplo N.V.", ["Calle Mayor 46", "Villanueva", "Aruba"])
    # negatives: no bank on top, a person (no legal form), no address under the company
    assert bank_advice_window(["Kestrel Trading Ltd.", "Dept. 4", "Helados Ejemplo N.V.", "Calle 4", title]) is None
    assert bank_advice_window([*head, "Maria Croes", "Calle Mayor 46", "Aruba", title]) is None
    assert bank_advice_window([*head, "Helados Ejemplo N.V.", title]) is None


def test_a_currency_code_leading_a_bank_reference_is_no_currency() -> None:
    assert find_currency("Nuestra referencia BIF-TR-370218") is None
    assert find_currency("Ref. GBP/AB/2291 of the bank", anywhere=True) is None
    # negatives: a code before an amount or a range stays a currency
    assert find_currency("Importe USD 4,570.72") == "USD"
    assert find_currency("EUR-12.50 discount") == "EUR"
    assert find_currency("Total BIF 1 250 000") == "BIF"


def test_fiata_bill_consignors_reference_is_the_order() -> None:
    doc = _doc("NEGOTIABLE FIATA MULTIMODAL TRANSPORT BILL OF LADING\n"
               "FBL No.\nXQ-SOU-880215\nShipment reference\nXQ/E/30001\n"
               "Consignor's reference\nKT-PO-004471\n"
               "1 Consignor\nKestrel Trading Ltd.\n4 Harbour Lane\nLeeds\n"
               "2 Consigned to order of\nHelados Ejemplo N.V.\nCalle Mayor 46\n")
    assert doc.doc_type == "bill_of_lading" and doc.order_number == "KT-PO-004471"


def test_local_purchase_order_number_with_slashes() -> None:
    doc = _doc("LOCAL PURCHASE ORDER\n"
               "Atoll Example Resorts Pvt Ltd   LPO No.   LPO/AER/2036/0212\n"
               "Male, Maldives   Date   23 FEB 2036\n"
               "Supplier   Deliver to\n"
               "Kestrel Trading Ltd., 4 Harbour Lane, Leeds LS1 4AB   Central store, warehouse 14\n"
               "GRAND TOTAL USD   1200.00\n")
    assert doc.doc_type == "purchase_order" and doc.number == "LPO/AER/2036/0212"
    # an invoice quoting the buyer's LPO names it as the order
    inv = _doc("TAX INVOICE\nInvoice No.   KT-INV-3301\nLPO No.   LPO/AER/2036/0212\nTotal USD 1200.00\n")
    assert inv.number == "KT-INV-3301" and inv.order_number == "LPO/AER/2036/0212"


def test_spanish_deliver_to_caption_beside_the_supplier_is_no_seller() -> None:
    doc = _doc("ORDEN DE COMPRA\n"
               "Helados Ejemplo N.V.   O.C. N°   OC-77-031\n"
               "Calle Mayor 46, Villanueva, Aruba   Fecha   23/03/2036\n"
               "Proveedor   Entregar en\n"
               "Kestrel Trading Ltd., 4 Harbour Lane, Leeds LS1 4AB, United Kingdom   Planta Helados, Calle Mayor 46\n"
               "Total USD 1200.00\n")
    assert doc.seller is not None and doc.seller.name == "Kestrel Trading Ltd."
    assert doc.buyer is not None and doc.buyer.name == "Helados Ejemplo N.V."


def test_a_company_whose_first_word_is_a_caption_heads_its_order() -> None:
    # "Source" is Odoo's source-document caption; words up to the legal form make a company's name
    doc = _doc("Source Exemple Embouteillage SA\n"
               "Route de la Mer, BP 1200, Djibouti · RCS Djibouti 2011 B 417\n"
               "BON DE COMMANDE FOURNISSEUR\nFournisseur\nKestrel Trading Ltd.\n4 Harbour Lane\nLeeds\n"
               "Commande\nN° BC-SE-36-0152\nDjibouti, le 4 mars 2036\nNet à payer 1 200,00 EUR\n")
    assert doc.buyer is not None and doc.buyer.name == "Source Exemple Embouteillage SA"
    # negative: the caption with its value stays a caption ("Source: SO-0412" is no company)
    inv = _doc("Kestrel Trading Ltd.\nINVOICE\nInvoice No. KT-INV-3302\nSource: SO-0412\nTotal EUR 100.00\n")
    assert inv.seller is not None and inv.seller.name == "Kestrel Trading Ltd."


def test_delivery_and_payment_terms_after_a_slash_are_split() -> None:
    assert terms_clauses("CIF Villanueva / Pago a 45 días fecha de factura") == "Pago a 45 días fecha de factura"
    assert terms_clauses("30 days net / FOB Leeds") == "30 days net"
    # negatives: "T/T" is no separator; two payment clauses stay whole
    assert terms_clauses("FOB Ningbo T/T 30 days") == "FOB Ningbo T/T 30 days"
    assert terms_clauses("30% deposit / 70% before shipment") == "30% deposit / 70% before shipment"


def test_memo_from_and_to_lines_name_the_parties_of_a_typed_order() -> None:
    assert memo_parties(["Orden de compra: OC-77-031", "De: Helados Ejemplo N.V.", "Para: Kestrel Trading Ltd."]) \
        == ("Helados Ejemplo N.V.", "Kestrel Trading Ltd.")
    # negatives: a quoted mail's header (people, addresses), a person, a lone "De:" line
    assert memo_parties(["De: Anna Keller <anna@example.com>", "Para: Helados Ejemplo N.V."]) is None
    assert memo_parties(["From: Maria Croes", "To: Kestrel Trading Ltd."]) is None
    assert memo_parties(["De: Helados Ejemplo N.V.", "Gracias"]) is None


def _body(*lines: str) -> dict[str, Any]:
    docs = parse_body("\n".join(lines) + "\n", None, limits=LIMITS).documents
    assert docs
    return docs[0].to_json()


def test_spanish_order_typed_in_a_mail_with_codes_in_brackets_and_amounts() -> None:
    doc = _body("Hola Anna", "", "le escribo el pedido aqui:", "",
                "Orden de compra: OC-77-031", "Fecha 16-03-2036", "De: Helados Ejemplo N.V.",
                "Para: Kestrel Trading Ltd.", "",
                "1) 10 und. Cuchilla de batidora, cilindro 300 L (cod. HEX-300) a 166.40 c/u = 1,664.00",
                "2) 1 und. Molde para paletas de 12 cavidades (cod. HEX-012) a 1,180.00 c/u = 1,180.00",
                "3) 4 und. Rodamiento, eje 30 mm (cod. HEX-030) a 38.00 c/u = 150.00", "",
                "Total a pagar: 2,844.00 USD", "Condición: CIF Villanueva / Pago a 45 días fecha de factura")
    keys = [(i.get("sku"), i.get("quantity"), i.get("unit_price"), i.get("amount")) for i in doc["line_items"]]
    # the third line's amount is not quantity x price: no item
    assert keys == [("HEX-300", 10.0, "166.40", "1664.00"), ("HEX-012", 1.0, "1180.00", "1180.00")]
    assert doc["line_items"][0]["description"] == "Cuchilla de batidora, cilindro 300 L"
    assert doc["buyer"]["name"] == "Helados Ejemplo N.V." and doc["seller"]["name"] == "Kestrel Trading Ltd."
    assert doc["payment_terms"] == "Pago a 45 días fecha de factura" and doc["incoterms"] == "CIF Villanueva"


def test_a_sale_condition_caption_is_no_payment_terms_caption() -> None:
    # "Condición de venta:" names the delivery term; only a bare "Condición:" line holds both terms
    doc = _doc("CONTRATO DE COMPRAVENTA\nContrato N° SC-36-0118\nVendedor: Kestrel Trading Ltd.\n"
               "Comprador: Helados Ejemplo N.V.\n1. Moneda: USD\n2. Condición de venta: CFR Villanueva\n"
               "3. Forma de pago: Pago a 60 días fecha de factura\n4. Embarque: dentro de 8 semanas\n")
    assert doc.payment_terms == "Pago a 60 días fecha de factura"
