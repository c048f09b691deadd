"""Header fields on layouts the rules were not written for: bilingual labels, split cells, party roles."""
from __future__ import annotations

from decimal import Decimal

from parsers import parse_bytes


def _doc(text: str, name: str = "doc.txt"):
    docs = parse_bytes(text.encode("utf-8"), name).documents
    assert docs, "no document extracted"
    return docs[0]


def test_bilingual_labels_chinese_then_english():
    # label in two languages in one cell, value in the next cell
    doc = _doc("形式发票\n"
               "发票编号 Invoice No.   PI-88-301\n"
               "日期 Date   2025-11-02\n"
               "卖方 Seller   Eastwood Trading Co., Ltd.\n"
               "买方 Buyer   Hansa Leuchten GmbH\n"
               "付款条件 Payment Terms   30% deposit, 70% before shipment\n"
               "小计 Subtotal   1,200.00\n"
               "合计 Total   USD 1,200.00\n")
    assert doc.number == "PI-88-301"
    assert doc.payment_terms == "30% deposit, 70% before shipment"
    assert doc.seller.name == "Eastwood Trading Co., Ltd." and doc.buyer.name == "Hansa Leuchten GmbH"
    assert doc.subtotal == Decimal("1200.00") and doc.total == Decimal("1200.00")


def test_bilingual_labels_with_colon_and_unknown_chinese_half():
    # "采购方编号" is not in the vocabulary, its English half is; the value follows a colon
    doc = _doc("COMMERCIAL INVOICE\n"
               "Invoice No.: 7781\n"
               "采购方参考 Customer PO: KX-2291\n"
               "付款方式 Payment Terms: L/C at sight\n")
    assert doc.order_number == "KX-2291"
    assert doc.payment_terms == "L/C at sight"


def test_english_then_chinese_and_slash_separated_labels():
    doc = _doc("INVOICE\n"
               "Invoice No. 发票号码   A-5521\n"
               "Rechnungsnummer / Invoice No.: B-17\n"
               "Payment Terms 付款条件   T/T in advance\n")
    assert doc.number == "A-5521"
    assert doc.payment_terms == "T/T in advance"


def test_a_value_that_starts_with_a_label_word_is_kept():
    # same script, no slash: "Customer Service ..." is the value, not a second label
    doc = _doc("INVOICE\nInvoice No: 55\nBuyer: Customer Service Partners Ltd.\nTotal: 10.00 EUR\n")
    assert doc.buyer.name == "Customer Service Partners Ltd."
