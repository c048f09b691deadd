"""Our own sale contract as a letter agreement: the inside address above "Dear Sirs,", payment terms that end
with their sentence, a money caption with its translation, the date of a countersignature in the signature
block."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from parsers import Limits, parse_bytes
from parsers.extract.parties import salutation_addressee
from parsers.extract.terms import without_bank_details

LIMITS = Limits(isolate=False)


def _doc(text: str, name: str = "doc.txt") -> Any:
    docs = parse_bytes(text.encode("utf-8"), name, limits=LIMITS).documents
    assert docs, "no document extracted"
    return docs[0]


# -- a letter agreement: inside address, payment clause, price row, countersignature

LETTER = ("EXAMPLE COMPONENTS LTD.\n"
          "12 Dock Road, Southampton SO14 3AB, United Kingdom · Company No. 01234567\n"
          "19 Jan 2040\n"
          "Our ref.: EX-LA-40-007    Your order: PO/40/0093\n"
          "Gambia Nut Processors Ltd\n"
          "Brikama Industrial Estate\n"
          "West Coast Region\n"
          "The Gambia\n"
          "For the attention of Lamin Jallow, Plant Director\n"
          "Dear Sirs,\n"
          "Re: Contract EX-LA-40-007 – sale of spare parts\n"
          "We are pleased to set out below the terms on which we agree to sell, and you agree to buy, the goods "
          "listed in Annex A.\n"
          "1. Goods. The goods are the spare parts described in Annex A.\n"
          "2. Price. The price is {price} in total, fixed and not subject to escalation.\n"
          "3. Delivery. Delivery CIF Banjul (Incoterms 2020) within four weeks of the date of this letter.\n"
          "4. Payment. {terms}\n"
          "5. Law. This letter is governed by English law.\n"
          "Yours faithfully,\n"
          "For and on behalf of Example Components Ltd.   Accepted and agreed for and on behalf of Gambia Nut "
          "Processors Ltd\n"
          "/s/ Anna Keller   /s/ Lamin Jallow\n"
          "Anna Keller, Export Sales Manager   Lamin Jallow, Plant Director\n"
          "Date: 23 Jan 2040\n"
          "Annex A – Goods (contract EX-LA-40-007)\n"
          "No.   Part no.   Description   Qty   Unit   Unit price {cur}   Amount {cur}\n"
          "1   AB-10   Spindle tape, 10 mm   4   pc   {p1}   {a1}\n"
          "2   AB-40   Bearing housing, 40 mm   2   pc   {p2}   {a2}\n"
          "{total_row}\n")


def _letter(terms: str = "Net 45 days from invoice date. Payment by bank transfer to Example Merchant Bank plc, "
                         "IBAN GB00 EXMP 0000 0000 0000 00.",
            total_row: str = "Total price (no tax)   USD   210.00", price: str = "USD 210.00", cur: str = "USD",
            nums: tuple[str, str, str, str] = ("12.50", "50.00", "80.00", "160.00")) -> str:
    return LETTER.format(terms=terms, total_row=total_row, price=price, cur=cur, p1=nums[0], a1=nums[1],
                         p2=nums[2], a2=nums[3])


def test_a_letters_inside_address_above_the_salutation_is_the_buyer() -> None:
    d = _doc(_letter())
    assert d.doc_type == "contract"
    assert d.buyer is not None and d.buyer.name == "Gambia Nut Processors Ltd"


def test_no_inside_address_without_a_company_above_the_salutation() -> None:
    # negatives: a person's address, a salutation with nothing above it, no salutation at all
    assert salutation_addressee(["19 Jan 2040", "John Smith", "12 Main Street", "Springfield", "Dear John,"]) is None
    assert salutation_addressee(["Our ref.: X-1", "", "Dear Sirs,"]) is None
    assert salutation_addressee(["Gambia Nut Processors Ltd", "Brikama Industrial Estate", "Re: Contract"]) is None
    assert salutation_addressee(["Our ref.: X-1", "Gambia Nut Processors Ltd", "Brikama Industrial Estate",
                                 "Attn. Lamin Jallow", "Dear Sirs,"]) == "Gambia Nut Processors Ltd"


def test_payment_terms_end_with_their_sentence_before_the_bank() -> None:
    assert _doc(_letter()).payment_terms == "Net 45 days from invoice date"
    assert without_bank_details("Net 30. Payment by bank transfer to Example Merchant Bank plc") == "Net 30"
    # the bank's name wrapped away on a PDF line: a name still receives the transfer
    assert without_bank_details("Net 30. Payment by bank transfer to Example Merchant") == "Net 30"
    assert without_bank_details("30 % d'acompte à la commande, solde à 30 jours après réception. Payment by bank "
                                "transfer to Example Merchant Bank plc") == \
        "30 % d'acompte à la commande, solde à 30 jours après réception"


def test_a_second_sentence_stating_terms_stays() -> None:
    # negatives: the next sentence states a period or a share, or only the means of payment
    assert without_bank_details("T/T 30% advance. Balance 60 days after arrival.") == \
        "T/T 30% advance. Balance 60 days after arrival."
    assert without_bank_details("Net 30 days. Payment by bank transfer within 30 days to Example Bank") == \
        "Net 30 days. Payment by bank transfer within 30 days to Example Bank"
    assert without_bank_details("Net 30. Payment by bank transfer.") == "Net 30. Payment by bank transfer."


def test_a_money_caption_with_its_translation_reads_the_amount_beside() -> None:
    de = _letter(total_row="Total price (no tax) / Gesamtpreis (ohne Steuern)   EUR   210,00", price="EUR 210,00",
                 cur="EUR", nums=("12,50", "50,00", "80,00", "160,00"))
    d = _doc(de)
    assert d.total == Decimal("210.00") and d.subtotal == Decimal("210.00")
    es = de.replace("Gesamtpreis (ohne Steuern)", "Precio total (sin impuestos)")
    assert _doc(es).total == Decimal("210.00")


def test_a_caption_translated_into_another_quantity_gives_no_total() -> None:
    # negative: a weight's caption and its translation, the kilograms beside, are no amount due
    d = _doc(_letter(total_row="Total weight / Gesamtgewicht   kg   120,00", price="EUR 210,00", cur="EUR",
                     nums=("12,50", "50,00", "80,00", "160,00")))
    assert d.total != Decimal("120.00")


def test_a_countersignatures_date_does_not_date_the_letter() -> None:
    assert _doc(_letter()).date.isoformat() == "2040-01-19"


def test_a_date_caption_outside_a_signature_block_dates_the_contract() -> None:
    # negative: "Date:" at the head of a contract, no signing line above it, is its date
    text = ("SALES CONTRACT\n"
            "Contract No.: EX-SC-40-001\n"
            "Date: 23 Jan 2040\n"
            "Seller: Example Components Ltd.\n"
            "Buyer: Gambia Nut Processors Ltd\n"
            "No.   Part no.   Description   Qty   Unit   Unit price USD   Amount USD\n"
            "1   AB-10   Spindle tape, 10 mm   4   pc   12.50   50.00\n"
            "Total   USD   50.00\n")
    d = _doc(text)
    assert d.doc_type == "contract" and d.date.isoformat() == "2040-01-23"
