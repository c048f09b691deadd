"""Partners' orders and remittance advices: an SAP-style "Bestellung" citing "Ihr Angebot", an order's number caption
in a caption strip, a Chinese caption with its Portuguese translation, codes over the text and the supplier's part
number column, a customer's remittance advice (its paid column set right, the amount paid under the invoices, its
payment number and date), and an order typed in a Spanish mail (the number after the title in capitals, the
Incoterm's place ending with its sentence, the payment terms said in a sentence)."""
from __future__ import annotations

from typing import Any

from parsers import Limits, parse_body, parse_bytes
from parsers.content import Content, Ctx, Table, TextLine
from parsers.extract.document import extract_document
from parsers.extract.lineitems import _leading_code, header_roles
from parsers.extract.parties import legal_form_search
from parsers.extract.vocab import labels

LIMITS = Limits(isolate=False)


def _doc(text: str, name: str = "doc.txt") -> Any:
    docs = parse_bytes(text.encode("utf-8"), name, limits=LIMITS).documents
    assert docs, "no document extracted"
    return docs[0]


# -- "Ihr Angebot" in the header of an order: the quotation it answers, cited, not the document's title

BESTELLUNG = ("Ahal Dokma HJ\n"
              "Gurtly köçesi 5, 744000 Aşgabat, Turkmenistan\n"
              "Example Components Ltd.   Bestellnummer/Datum\n"
              "1 Dock Road   4500001234 / 07.03.2039\n"
              "Ihr Angebot\n"
              "QT-39-00999\n"
              "{title}\n"
              "Pos.   Material   Bezeichnung   Bestellmenge   ME   Preis/ME EUR   Nettowert EUR\n"
              "00010   AB-10   Spindelband endlos, 10 mm breit   50   Stk   18,00   900,00\n"
              "Gesamtnettowert ohne MwSt. EUR   900,00\n"
              "Zahlungsbedingung   30 Tage netto\n")


def test_an_order_citing_ihr_angebot_is_the_order_and_numbered_by_its_caption() -> None:
    doc = _doc(BESTELLUNG.format(title="Bestellung 4500001234"))
    assert doc.doc_type == "purchase_order"
    assert doc.number == "4500001234" and doc.order_number is None
    assert str(doc.total) == "900.00"
    assert doc.buyer is not None and doc.buyer.name == "Ahal Dokma HJ"
    assert doc.seller is not None and doc.seller.name == "Example Components Ltd."


def test_a_quotation_titled_angebot_stays_a_quotation() -> None:
    # negative: the word as the document's own title, not after "Ihr"
    doc = _doc("Example Components Ltd.\nAngebot\nAngebotsnummer   AN-2039-0012\n"
               "Pos.   Material   Bezeichnung   Menge   Preis EUR   Wert EUR\n"
               "1   AB-10   Spindelband   50   18,00   900,00\nGesamtbetrag EUR   900,00\n")
    assert doc.doc_type == "quotation"


def test_turkmenistans_economic_company_is_a_legal_form() -> None:
    assert legal_form_search("Ahal Dokma HJ") is not None
    assert legal_form_search("Ahal Dokma HJK") is None  # negative: the letters inside a longer token


# -- "N° commande | Date | Code fournisseur" over the values, read from the table: the order's own number

def _strip(title: str) -> Any:
    lines = [TextLine(t, {"page": 1}) for t in (
        f"Example Soap Works SA   {title}", "Code", "N° commande   Date   Acheteur",
        "1 Avenue du Port   fournisseur", "BC-2039-0112   07/03/2039   F-0882   Anne Martin",
        "Ligne   Article   Désignation   Qté   Prix net EUR   Montant HT EUR",
        "1000   AB-220   Vis de presse   1   1 357,00   1 357,00", "Total HT   1 357,00")]
    table = Table([["N° commande", "Date", "Code fournisseur", "Acheteur"],
                   ["BC-2039-0112", "07/03/2039", "F-0882", "Anne Martin"]], {"page": 1})
    doc = extract_document(Content(lines=lines, tables=[table]), Ctx(limits=LIMITS), source="bc.pdf")
    assert doc is not None
    return doc


def test_the_order_number_caption_of_an_order_strip_numbers_the_order() -> None:
    doc = _strip("BON DE COMMANDE ACHAT")
    assert doc.doc_type == "purchase_order"
    assert doc.number == "BC-2039-0112" and doc.order_number is None


def test_the_order_number_caption_on_an_invoice_names_the_order_it_bills() -> None:
    # negative: on another document the caption names the buyer's order
    doc = _strip("FACTURE")
    assert doc.doc_type == "commercial_invoice"
    assert doc.order_number == "BC-2039-0112" and doc.number != "BC-2039-0112"


# -- "订单编号 N.º da ordem | CG-…": a Chinese number caption with its translation, the value in the next cell

def test_a_chinese_number_caption_with_its_portuguese_translation() -> None:
    doc = _doc("示例钢铁有限公司 Example Steel, Lda.\n采购订单 / ORDEM DE COMPRA\n"
               "订单编号 N.º da ordem   CG-EX-20390321   价格条款 Incoterm   CIF Luanda\n"
               "日期 Data   2039-03-23   付款条件 Condições de pagamento   T/T 30% advance\n"
               "序号 N.º   存货编码 Código   存货名称 Descrição   数量 Qtd.   原币单价 Preço   原币金额 Valor\n"
               "1   EX-RR205   Roll ring 205 mm   4   817.13   3268.52\n合计 Total   4   3268.52\n")
    assert doc.number == "CG-EX-20390321"


def test_a_chinese_number_caption_with_a_marker_and_its_value_in_the_same_cell() -> None:
    # negative: a code with digits after the caption is the value, not a translation
    doc = _doc("示例钢铁有限公司 Example Steel, Lda.\n采购订单\n订单编号 No. CG-EX-20390400\n"
               "日期 2039-03-23\n序号   存货编码   存货名称   数量   原币单价   原币金额\n"
               "1   EX-RR205   Roll ring 205 mm   4   817.13   3268.52\n合计   4   3268.52\n")
    assert doc.number == "CG-EX-20390400"


# -- item codes and code columns

def test_a_code_of_capitals_hyphens_and_one_digit_over_the_text() -> None:
    assert _leading_code("MBX-HS-6\nHammer mill screen plate, 6 mm holes") == \
        ("MBX-HS-6", "Hammer mill screen plate, 6 mm holes")
    assert _leading_code("UP-6\nSeal kit") == ("UP-6", "Seal kit")


def test_a_measure_or_a_word_over_the_text_is_no_code() -> None:
    # negatives: a size, a word with a hyphen and a digit in lower case
    assert _leading_code("DN25\nBall valve") is None
    assert _leading_code("Type-2\nConnector housing") is None


def test_the_supplier_part_number_column_is_the_code_beside_the_buyers_stock_code() -> None:
    cols = list(labels("columns"))
    roles = header_roles(["Ln", "Store Code", "Supplier Part No.", "Description", "Qty", "UOM", "Unit Cost EUR",
                          "Line Total EUR"], cols)
    assert roles is not None and roles[2] == "sku" and roles.get(1) != "sku"
    roles = header_roles(["Pos", "Article", "Réf. fournisseur", "Désignation", "Qté", "Prix", "Montant"], cols)
    assert roles is not None and roles[2] == "sku" and roles.get(1) != "sku"


def test_a_stock_code_column_alone_stays_the_code() -> None:
    # negative: without a supplier's part number the buyer's code is the only code there is
    roles = header_roles(["Ln", "Stock Code", "Description", "Qty", "UOM", "Unit Cost EUR", "Line Total EUR"],
                         list(labels("columns")))
    assert roles is not None and roles[1] == "sku"


# -- a customer's remittance advice

def _words(cells: list[tuple[float, float, str]]) -> tuple[str, list[float], list[tuple[float, float, str]]]:
    words: list[tuple[float, float, str]] = []
    for x0, x1, text in cells:
        parts = text.split(" ")
        step = (x1 - x0) / max(1, len(parts))
        words += [(x0 + k * step, x0 + (k + 1) * step - 2, w) for k, w in enumerate(parts)]
    return "   ".join(t for _, _, t in cells), [x0 for x0, _, _ in cells], words


def _advice(paid_caption: str, paid: str, footer: str) -> Any:
    rows = [[(49, 140, "Example Weaving HJ")], [(49, 120, "Zahlungsavis")], [(49, 130, "Remittance Advice")],
            [(49, 130, "Zahlungsnummer"), (200, 290, "ZA-2039-000117")],
            [(49, 130, "Zahlungsdatum"), (200, 250, "15.02.2039")],
            [(49, 90, "Supplier"), (200, 330, "Example Components Ltd. ()")],
            [(49, 116, "Invoice Number"), (135, 188, "Invoice Date"), (205, 217, "PO"),
             (293, 379, "Invoice Amount EUR"), (393, 430, "Discount"), (454, 547, paid_caption)],
            [(49, 92, "90039877"), (135, 184, "05.01.2039"), (205, 259, "4500002987"), (341, 379, "7.234,62"),
             (411, 430, "0,00"), (509, 547, paid)],
            [(49, 200, footer)]]
    lines = []
    for n, cells in enumerate(rows):
        text, xs, words = _words(cells)
        lines.append(TextLine(text, {"page": 1, "line": n + 1}, xs, words))
    doc = extract_document(Content(lines=lines), Ctx(limits=LIMITS), source="advice.pdf")
    assert doc is not None
    return doc


def test_the_paid_column_set_right_under_its_wide_caption_is_the_amount_paid() -> None:
    doc = _advice("Gezahlter Betrag EUR", "2.170,39", "Advance payment 30 % as per pro forma.")
    assert doc.doc_type == "payment_advice"
    assert str(doc.total) == "2170.39"
    assert doc.number == "ZA-2039-000117"
    assert str(doc.date) == "2039-02-15"
    assert doc.seller is not None and doc.seller.name == "Example Components Ltd."
    assert doc.buyer is not None and doc.buyer.name == "Example Weaving HJ"


def test_an_amount_captioned_as_paid_under_the_invoices_is_the_advices_total() -> None:
    # the paid column's caption in a language the vocabulary reads only as a sum line: "付款金额" closes the advice
    doc = _advice("本次付款 EUR", "2.170,39", "付款金额: EUR 2.170,39")
    assert str(doc.total) == "2170.39"


def test_an_advice_that_only_cites_the_invoice_amount_keeps_it() -> None:
    # negative: no paid amount anywhere, the invoice amount stands in
    doc = _advice("Bemerkung", "ok", "This advice is produced automatically.")
    assert str(doc.total) == "7234.62"


def test_a_name_keeps_brackets_that_hold_something() -> None:
    # negative: "(Pty)" is part of the name; only empty brackets are cut
    doc = _doc("Example Cold Stores (Pty) Ltd\nPURCHASE ORDER\nOrder No.   PO-2039-0031\n"
               "Supplier   Example Components (Pty) Ltd\n"
               "Ln   Code   Description   Qty   Unit Cost   Line Total\n1   AB-1   Valve plate   6   10.00   60.00\n"
               "ORDER TOTAL EUR   60.00\n")
    assert doc.seller is not None and doc.seller.name == "Example Components (Pty) Ltd"


# -- an order typed in a Spanish mail

MAIL = ("Vale, trato hecho. Te lo pongo aquí y el pedido formal te llega después:\n\n"
        "PEDIDO PC-EX-39-0044 – fecha 14/03/2039\n"
        "Comprador: Conservas Ejemplo, S.A.\n"
        "Proveedor: Example Components Ltd.\n"
        "- 3 ud EX-DC250 (Cuchilla de descabezadora, 250 mm) a 148,20 = 444,60 EUR\n"
        "- 6 ud EX-TK250 (Termopar tipo K, vaina 250 mm) a 41,95 = 251,70 EUR\n"
        "TOTAL: 696,30 EUR\n"
        "{terms}\n\n"
        "Un saludo,\nIria\n")


def _body(terms: str) -> Any:
    docs = parse_body(MAIL.format(terms=terms), None, limits=LIMITS).documents
    assert docs, "no document extracted"
    return docs[0]


def test_the_body_orders_number_after_its_title_in_capitals_and_the_terms_said_in_sentences() -> None:
    doc = _body("Entrega CIF Mindelo. Pago a 60 días fecha factura.")
    assert doc.doc_type == "purchase_order"
    assert doc.number == "PC-EX-39-0044"
    assert doc.incoterms == "CIF Mindelo"
    assert doc.payment_terms == "Pago a 60 días fecha factura"


def test_a_sentence_about_a_payment_made_is_no_terms() -> None:
    # negative: the payment word opens a sentence that sets no terms
    doc = _body("Entrega CIF Mindelo. Pago hecho ayer por la tarde.")
    assert doc.payment_terms is None
    assert doc.incoterms == "CIF Mindelo"


def test_a_place_with_an_abbreviation_runs_on_after_its_stop() -> None:
    # negative: "St." is an abbreviation inside the place name, no sentence's end
    doc = _body("Delivery FOB St. Louis. Payment 30 days net.")
    assert doc.incoterms == "FOB St. Louis"
    assert doc.payment_terms == "Payment 30 days net"
