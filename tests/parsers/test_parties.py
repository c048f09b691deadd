"""Party blocks on text fixtures (not corpus files): wrapped legal forms, labels read where a name stood."""
from __future__ import annotations

import io
from typing import Any

import pytest

from parsers.extract.parties import party_from_block


@pytest.mark.parametrize(("block", "name", "address"), [
    (["Kestrel Works", "Pvt. Ltd.", "Plot 7, Industrial Area, Pune 411026", "India"], "Kestrel Works Pvt. Ltd.",
     "Plot 7, Industrial Area, Pune 411026, India"),
    (["Kestrel Works", "Pvt. Ltd., Plot 7, Industrial Area"], "Kestrel Works Pvt. Ltd.", "Plot 7, Industrial Area"),
    (["Harbour Traders", "Pty Ltd", "4 Quay St, Cairns QLD 4870"], "Harbour Traders Pty Ltd", "4 Quay St, Cairns QLD 4870"),
    (["Ateliers du Nord S.à r.l.", "5 rue Haute, L-1234 Luxembourg"], "Ateliers du Nord S.à r.l.",
     "5 rue Haute, L-1234 Luxembourg"),
    (["Repuestos del Sur SpA, Av. Central 1200, Santiago"], "Repuestos del Sur SpA", "Av. Central 1200, Santiago"),
    (["Kestrel Works", "Ltd.", "5 Mill Lane"], "Kestrel Works Ltd.", "5 Mill Lane"),
    (["Kestrel Works", "5 Mill Lane"], "Kestrel Works", "5 Mill Lane"),
    # the Gulf's with-limited-liability form, wrapped alone or with the address after a comma
    (["Harbour Facility Services", "W.L.L.", "Building 7", "Street 12"], "Harbour Facility Services W.L.L.",
     "Building 7, Street 12"),
    (["Harbour Facility Services", "W.L.L., Building 7, Street 12"], "Harbour Facility Services W.L.L.",
     "Building 7, Street 12"),
    (["Gulf Marine Supplies WLL", "PO Box 551, Manama"], "Gulf Marine Supplies WLL", "PO Box 551, Manama"),
])
def test_legal_form_wrapped_onto_the_next_line_belongs_to_the_name(block: list[str], name: str,
                                                                    address: str) -> None:
    party = party_from_block(block)
    assert party is not None and party.name == name and party.address == address


@pytest.mark.parametrize("block", [["PO #"], ["Buyer:"], ["买方 Buyer："], ["Invoice No."], ["Rechnungs-Nr."]])
def test_a_field_label_is_no_party_name(block: list[str]) -> None:
    party = party_from_block(block)
    assert party is not None and party.name is None


def test_letter_return_address_names_the_sender_and_the_window_the_addressee() -> None:
    from parsers.extract.parties import letter_parties

    segs = ["Kestrel Works Ltd.", "", "Kestrel Works Ltd. · 5 Mill Lane, Leeds LS1 4AB,", "United Kingdom",
            "Müller Fördertechnik GmbH", "z. Hd. Herrn Kurt Weber", "Hauptstraße 1", "01234 Musterstadt", "",
            "Sehr geehrter Herr Weber,"]
    found = letter_parties(segs)
    assert found is not None
    sender, addressee = found
    assert sender.name == "Kestrel Works Ltd." and addressee.name == "Müller Fördertechnik GmbH"
    # no return-address line: no guess
    assert letter_parties(["Kestrel Works Ltd.", "5 Mill Lane", "Müller GmbH", "Hauptstraße 1"]) is None
    # the window holds a person only: no addressee company, no guess
    assert letter_parties(["Kestrel Works Ltd. | 5 Mill Lane | Leeds", "Kurt Weber", "Hauptstraße 1", ""]) is None


def test_letter_parties_take_their_roles_from_the_document_type() -> None:
    from parsers import Limits
    from parsers.content import Content, Ctx, TextLine
    from parsers.extract.document import extract_document

    def parties(title: str) -> tuple[str | None, str | None]:
        texts = ["Kestrel Works Ltd. · 5 Mill Lane, Leeds LS1 4AB", "Müller Fördertechnik GmbH", "Hauptstraße 1",
                 "01234 Musterstadt", "", title, "Datum: 02.03.2026", "Summe: 100,00 EUR"]
        content = Content(lines=[TextLine(t, {"page": 1, "line": i + 1}) for i, t in enumerate(texts)])
        doc = extract_document(content, Ctx(limits=Limits(isolate=False)), source="test")
        assert doc is not None
        return (doc.buyer.name if doc.buyer else None), (doc.seller.name if doc.seller else None)

    assert parties("RECHNUNG Nr. 4711") == ("Müller Fördertechnik GmbH", "Kestrel Works Ltd.")
    assert parties("BESTELLUNG Nr. 4711") == ("Kestrel Works Ltd.", "Müller Fördertechnik GmbH")


def test_two_word_legal_form_broken_over_two_lines_is_completed() -> None:
    from parsers.extract.parties import complete_legal_form

    assert complete_legal_form("Reef Supplies Pty", ["PURCHASE ORDER", "Ltd"]) == "Reef Supplies Pty Ltd"
    assert complete_legal_form("Kestrel Works Pvt.", ["Ltd."]) == "Kestrel Works Pvt. Ltd."
    assert complete_legal_form("Reef Supplies Ltd", ["Ltd"]) == "Reef Supplies Ltd"  # already whole
    assert complete_legal_form("Reef Supplies Pty", ["12 Quay St", "Cairns"]) == "Reef Supplies Pty"


def test_a_sales_contact_under_the_seller_label_gives_way_to_the_letterhead_company() -> None:
    from parsers import Limits
    from parsers.content import Content, Ctx, TextLine
    from parsers.extract.document import extract_document

    def seller(contact_line: str) -> str | None:
        texts = ["Kestrel Works Ltd.", "5 Mill Lane, Leeds LS1 4AB", "QUOTATION", "Quote No.: Q-77",
                 "Customer: Harbour Traders Pty Ltd", contact_line, "Total: 100.00 USD"]
        content = Content(lines=[TextLine(t, {"page": 1, "line": i + 1}) for i, t in enumerate(texts)])
        doc = extract_document(content, Ctx(limits=Limits(isolate=False)), source="test")
        assert doc is not None
        return doc.seller.name if doc.seller else None

    assert seller("Seller: Anna Smith") == "Kestrel Works Ltd."
    assert seller("Seller: Kestrel Works Ltd.") == "Kestrel Works Ltd."


def test_contract_parties_introduced_with_their_article() -> None:
    from parsers import Limits
    from parsers.content import Content, Ctx, TextLine
    from parsers.extract.document import extract_document

    texts = ["SALES CONTRACT", "Contract No.: SC-9", "", "The Seller:   The Buyer:",
             "Kestrel Works Ltd.   Harbour Traders Pty Ltd", "5 Mill Lane, Leeds   4 Quay St, Cairns",
             "The Buyer agrees to buy and the Seller agrees to sell the goods below:", "Total: 100.00 USD"]
    content = Content(lines=[TextLine(t, {"page": 1, "line": i + 1}) for i, t in enumerate(texts)])
    doc = extract_document(content, Ctx(limits=Limits(isolate=False)), source="test")
    assert doc is not None and doc.buyer is not None and doc.seller is not None
    assert (doc.buyer.name, doc.seller.name) == ("Harbour Traders Pty Ltd", "Kestrel Works Ltd.")


def test_payment_advice_ordering_customer_is_the_buyer() -> None:
    from parsers import Limits
    from parsers.content import Content, Ctx, TextLine
    from parsers.extract.document import extract_document

    texts = ["PAYMENT ADVICE", "Transaction reference   TRX-991", "Ordering customer   Harbour Traders Pty Ltd",
             "A/c 1234567", "Beneficiary   Kestrel Works Ltd.", "Amount   USD 1,000.00"]
    content = Content(lines=[TextLine(t, {"page": 1, "line": i + 1}) for i, t in enumerate(texts)])
    doc = extract_document(content, Ctx(limits=Limits(isolate=False)), source="test")
    assert doc is not None and doc.buyer is not None and doc.buyer.name == "Harbour Traders Pty Ltd"


def test_radical_look_alikes_of_a_pdf_font_are_read_as_the_characters() -> None:
    # some CJK fonts map 青/山/黄 to radical code points: names must compare equal to the typed ones
    from parsers.formats.pdf import _words_to_lines, fold_radicals

    assert fold_radicals("⻘岛海岳机电 ⼭东省⻩岛区 Ltd.") == "青岛海岳机电 山东省黄岛区 Ltd."
    text = "⻘岛公司"
    chars = [{"text": ch, "x0": 10.0 + 9 * k, "x1": 19.0 + 9 * k} for k, ch in enumerate(text)]
    (line,) = _words_to_lines([{"text": text, "x0": 10.0, "x1": 46.0, "top": 5, "bottom": 14, "chars": chars}], 1)
    assert line.text == "青岛公司" and [b[2] for b in line.words] == ["青岛公司"]


def test_letterhead_company_with_a_luxembourg_or_indian_legal_form() -> None:
    from parsers import Limits
    from parsers.content import Content, Ctx, TextLine
    from parsers.extract.document import extract_document

    for company in ("Ateliers du Nord S.à r.l.", "Kestrel Works Pvt. Ltd."):
        texts = [company, "5 rue Haute, L-1234 Luxembourg", "PURCHASE ORDER", "Order No.: PO-5",
                 "Supplier: Harbour Traders Pty Ltd", "Total: 100.00 EUR"]
        content = Content(lines=[TextLine(t, {"page": 1, "line": i + 1}) for i, t in enumerate(texts)])
        doc = extract_document(content, Ctx(limits=Limits(isolate=False)), source="test")
        assert doc is not None and doc.buyer is not None and doc.buyer.name == company


@pytest.mark.parametrize(("lines", "buyer", "seller"), [
    (["FRAME AGREEMENT", "made between", "Harbour Traders Pty Ltd, 4 Quay St, Cairns QLD 4870, Australia",
      "(hereinafter referred to as the “Purchaser”)", "and", "Kestrel Works Ltd., 5 Mill Lane, Leeds (the",
      "\"Supplier\")"], "Harbour Traders Pty Ltd", "Kestrel Works Ltd."),
    (["KAUFVERTRAG", "zwischen der Kestrel Works Ltd., 5 Mill Lane, Leeds (nachfolgend „Verkäuferin“) und der",
      "Müller Fördertechnik GmbH, Hauptstraße 1, 01234 Musterstadt (nachfolgend „Käuferin“)"],
     "Müller Fördertechnik GmbH", "Kestrel Works Ltd."),
    (["CONTRAT DE VENTE", "Entre : Ateliers du Nord S.à r.l., 5 rue Haute, L-1234 Luxembourg (ci-après « l'Acheteur »)",
      "et Kestrel Works Ltd., 5 Mill Lane, Leeds (ci-après « le Vendeur »)"], "Ateliers du Nord S.à r.l.",
     "Kestrel Works Ltd."),
    (["购销合同", "宁海机电有限公司，宁海路8号（以下简称“买方”）", "海滨贸易有限公司，滨海路2号（以下简称“卖方”）"],
     "宁海机电有限公司", "海滨贸易有限公司"),
    # no legal form: a capitalised name before an address still names the party
    (["between Casa Rossi, Via Roma 5, 00100 Roma (the \"Buyer\")", "and Kestrel Works Ltd. (the \"Seller\")"],
     "Casa Rossi", "Kestrel Works Ltd."),
])
def test_contract_preamble_defines_the_roles_of_its_parties(lines: list[str], buyer: str, seller: str) -> None:
    from parsers.extract.parties import contract_parties

    assert contract_parties(lines) == {"buyer": buyer, "seller": seller}


@pytest.mark.parametrize("lines, buyer, seller", [
    # numbered paragraphs, each role quoted after a comma and closed by the paragraph's semicolon or stop
    (["between", "(1) Kestrel Works Ltd., 5 Mill Lane, Leeds LS1 4AB (VAT GB 123), the \"Seller\"; and",
      "(2) Cañaverales del Norte S.A.S., Calle 9 No. 4-20, Cali, Colombia (NIT 900-1), the",
      "\"Buyer\"."], "Cañaverales del Norte S.A.S.", "Kestrel Works Ltd."),
    (["entre", "(1) Ateliers du Nord SARL, 5 rue Haute, 59000 Lille, le « Vendeur » ; et",
      "(2) Kestrel Works Ltd., 5 Mill Lane, Leeds, le « Client »."], "Kestrel Works Ltd.", "Ateliers du Nord SARL"),
    (["entre", "(1) Industrias del Norte S.A., Calle 5 No. 12, Monterrey, el \"Vendedor\"; y",
      "(2) Kestrel Works Ltd., 5 Mill Lane, Leeds, el \"Comprador\"."], "Kestrel Works Ltd.", "Industrias del Norte S.A."),
])
def test_a_quoted_role_after_a_comma_defines_a_numbered_party(lines: list[str], buyer: str, seller: str) -> None:
    from parsers.extract.parties import contract_parties

    assert contract_parties(lines) == {"buyer": buyer, "seller": seller}


@pytest.mark.parametrize("lines", [
    ["Goods ordered by the customer from time to time (the \"Customer\")"],  # a phrase, not a named party
    ["Kestrel Works Ltd. (the \"Company\")"],  # a defined term that is no buyer/seller role
    ["The goods (the \"Products\") are delivered FCA Leeds."],
])
def test_a_defined_term_that_names_no_party_in_a_role_gives_nothing(lines: list[str]) -> None:
    from parsers.extract.parties import contract_parties

    assert contract_parties(lines) == {}


def test_contract_roles_override_the_first_company_of_the_page() -> None:
    from parsers import Limits
    from parsers.content import Content, Ctx, TextLine
    from parsers.extract.document import extract_document

    texts = ["SALES CONTRACT", "Contract No.: SC-9", "between", "Harbour Traders Pty Ltd, 4 Quay St, Cairns (the",
             "\"Buyer\")", "and", "Kestrel Works Ltd., 5 Mill Lane, Leeds (the \"Seller\")",
             "1. The Seller shall supply the goods below.", "Total: 100.00 USD"]
    content = Content(lines=[TextLine(t, {"page": 1, "line": i + 1}) for i, t in enumerate(texts)])
    doc = extract_document(content, Ctx(limits=Limits(isolate=False)), source="test")
    assert doc is not None and doc.buyer is not None and doc.seller is not None
    assert (doc.buyer.name, doc.seller.name) == ("Harbour Traders Pty Ltd", "Kestrel Works Ltd.")


def _doc(texts: list[str]):  # type: ignore[no-untyped-def]
    from parsers import Limits
    from parsers.content import Content, Ctx, TextLine
    from parsers.extract.document import extract_document

    content = Content(lines=[TextLine(t, {"page": 1, "line": i + 1}) for i, t in enumerate(texts)])
    doc = extract_document(content, Ctx(limits=Limits(isolate=False)), source="test")
    assert doc is not None
    return doc


@pytest.mark.parametrize(("billing", "delivery"), [
    ("Invoicing address:", "Shipping address:"), ("Indirizzo di fatturazione:", "Indirizzo di consegna:"),
    ("Adresse de facturation :", "Adresse de livraison :"), ("Dirección de facturación:", "Dirección de envío:"),
])
def test_billing_and_delivery_address_side_by_side_the_billing_one_is_the_buyer(billing: str, delivery: str) -> None:
    doc = _doc(["Kestrel Works Ltd.", "5 Mill Lane, Leeds LS1 4AB", f"{billing}   {delivery}",
                "Harbour Traders Pty Ltd   Harbour Traders Pty Ltd, Dock 3", "4 Quay St   4 Quay St",
                "Cairns QLD 4870   Cairns QLD 4870", "Quotation # Q-77", "Total: 100.00 USD"])
    assert doc.buyer is not None and doc.buyer.name == "Harbour Traders Pty Ltd"


def test_a_purchase_orders_delivery_address_does_not_name_the_buyer_its_letterhead_does() -> None:
    doc = _doc(["Müller Fördertechnik GmbH", "Hauptstraße 1, 01234 Musterstadt", "BESTELLUNG", "Bestell-Nr.: B-5",
                "Lieferadresse:", "Müller Fördertechnik GmbH, Halle 4", "Am Hafen 9, 01234 Musterstadt",
                "Summe: 100,00 EUR"])
    assert doc.buyer is not None and doc.buyer.name == "Müller Fördertechnik GmbH"


def test_a_site_after_the_legal_form_is_address_not_name() -> None:
    party = party_from_block(["Müller Fördertechnik GmbH, Wareneingang Tor 2", "Am Hafen 9, 01234 Musterstadt"])
    assert party is not None and party.name == "Müller Fördertechnik GmbH"
    assert party.address == "Wareneingang Tor 2, Am Hafen 9, 01234 Musterstadt"


def test_two_unlabelled_blocks_the_one_with_contact_lines_is_the_issuer() -> None:
    from parsers.extract.parties import address_blocks

    # a web invoice: title, the customer's block, a field column, the issuer's block with its phone
    rows = [[(40, "TAX INVOICE"), (200, "Harbour Traders"), (340, "Date"), (430, "Kestrel Works")],
            [(200, "Pty Ltd"), (340, "3 Mar 2026"), (430, "Ltd.")],
            [(200, "4 Quay St"), (340, "Invoice No."), (430, "5 Mill Lane")],
            [(200, "Cairns QLD 4870"), (340, "K-204"), (430, "Leeds LS1 4AB")],
            [(430, "Phone +44 113 496 0000")]]
    found = address_blocks(rows)
    assert found is not None
    assert (found[0].name, found[1].name) == ("Kestrel Works Ltd.", "Harbour Traders Pty Ltd")
    # the same blocks with the phone line on the left: the roles follow the contact lines, not the side
    rows[4] = [(200, "Tel. +61 7 4000 0000")]
    found = address_blocks(rows)
    assert found is not None and found[0].name == "Harbour Traders Pty Ltd"
    # neither block has a contact line: no guess
    assert address_blocks(rows[:4]) is None


def test_unlabelled_blocks_take_their_roles_from_the_document_type() -> None:
    from parsers import Limits
    from parsers.content import Content, Ctx, TextLine
    from parsers.extract.document import extract_document

    def parties(title: str) -> tuple[str | None, str | None]:
        rows = [[(40, title), (200, "Harbour Traders"), (430, "Kestrel Works")],
                [(200, "Pty Ltd"), (430, "Ltd.")], [(200, "4 Quay St"), (430, "5 Mill Lane")],
                [(200, "Cairns QLD 4870"), (430, "E-mail: sales@kestrel.example")],
                [(340, "Total 100.00 USD")]]
        lines = [TextLine("   ".join(t for _, t in r), {"page": 1, "line": i + 1}, xs=[x for x, _ in r])
                 for i, r in enumerate(rows)]
        doc = extract_document(Content(lines=lines), Ctx(limits=Limits(isolate=False)), source="test")
        assert doc is not None
        return (doc.buyer.name if doc.buyer else None), (doc.seller.name if doc.seller else None)

    assert parties("INVOICE") == ("Harbour Traders Pty Ltd", "Kestrel Works Ltd.")
    assert parties("PURCHASE ORDER") == ("Kestrel Works Ltd.", "Harbour Traders Pty Ltd")


def _positioned_doc(rows: list[list[tuple[float, str]]]):  # type: ignore[no-untyped-def]
    from parsers import Limits
    from parsers.content import Content, Ctx, TextLine
    from parsers.extract.document import extract_document

    lines = [TextLine("   ".join(t for _, t in r), {"page": 1, "line": i + 1}, xs=[x for x, _ in r])
             for i, r in enumerate(rows)]
    doc = extract_document(Content(lines=lines), Ctx(limits=Limits(isolate=False)), source="test")
    assert doc is not None
    return doc


def test_erp_purchase_order_letterhead_beside_its_title_and_the_vendor_in_the_window() -> None:
    # an ERP order: title and the buyer's company on the first line, the vendor's address block below at the
    # left, the purchasing agent's user id in the field grid
    rows = [[(58, "Purchase Order"), (400, "Harbour Traders inc.")], [(470, "4 Quay St")],
            [(460, "Cairns QLD 4870")], [(500, "Page 1")], [(58, "Kestrel Works Ltd.")],
            [(58, "5 Mill Lane"), (312, "Order No."), (436, "PO-5501")],
            [(58, "Leeds LS1 4AB"), (312, "Purchaser"), (436, "JSMITHERS")],
            [(58, "United Kingdom"), (312, "Currency Code"), (436, "GBP")], [(312, "Total GBP"), (436, "100.00")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == "Harbour Traders inc."
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


def test_no_addressee_guessed_when_two_other_companies_stand_on_the_page() -> None:
    rows = [[(58, "Purchase Order"), (400, "Harbour Traders Pty Ltd")], [(470, "4 Quay St, Cairns")],
            [(58, "Kestrel Works Ltd."), (300, "Moor Logistics Ltd.")], [(58, "5 Mill Lane"), (300, "9 Dock Rd")],
            [(58, "Leeds LS1 4AB"), (300, "Hull HU1 2AA")], [(312, "Total GBP"), (436, "100.00")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == "Harbour Traders Pty Ltd"
    assert doc.seller is None


@pytest.mark.parametrize(("name", "user_id"), [("GFERRARO", True), ("J.SMITH", True), ("BOSCH AG", False),
                                               ("Anna Keller", False), ("AG", False)])
def test_an_erp_user_id_is_no_party_name(name: str, user_id: bool) -> None:
    from parsers.extract.parties import is_user_id

    assert is_user_id(name) is user_id


def test_a_labelled_cell_run_into_a_block_is_no_company_block() -> None:
    from parsers.extract.parties import address_blocks

    rows = [[(50, "Vendor: Kestrel Works Ltd."), (300, "Harbour Traders Pty Ltd")],
            [(50, "5 Mill Lane"), (300, "4 Quay St")], [(50, "Tel +44 113 496 0000"), (300, "Cairns")]]
    assert address_blocks(rows) is None


@pytest.mark.parametrize(("name", "expected"), [
    ("海滨精密股份有限公司 Haibin Precision Co., Ltd.", "Haibin Precision Co., Ltd."),
    ("海滨贸易有限公司 Haibin Trading Limited", "Haibin Trading Limited"),
    ("海滨贸易有限公司", "海滨贸易有限公司"),  # one name only: kept
    ("Kestrel Works Ltd.", "Kestrel Works Ltd."),
    ("海滨贸易有限公司 (Haibin)", "海滨贸易有限公司 (Haibin)"),  # no Latin legal name: kept
])
def test_a_bilingual_company_name_is_read_as_its_latin_legal_name(name: str, expected: str) -> None:
    from parsers.extract.parties import latin_of_bilingual

    assert latin_of_bilingual(name) == expected


def test_a_company_whose_name_starts_with_a_label_word_is_read_under_its_label() -> None:
    # "Lieferant GmbH" under "Verkäufer:": the first word is a party label, the legal form makes it a name
    doc = _doc(["Rechnung Nr. 4711 vom 05.03.2026", "Verkäufer:", "Lieferant GmbH", "Hauptstraße 1",
                "DE 01234 Musterstadt", "Käufer:", "Kunde und Partner KG", "Am Markt 3", "DE 04109 Leipzig",
                "Summe: 100,00 EUR"])
    assert doc.seller is not None and doc.seller.name == "Lieferant GmbH"
    assert doc.buyer is not None and doc.buyer.name == "Kunde und Partner KG"


@pytest.mark.parametrize(("block", "name"), [
    (["Herrn", "Max Muster", "Hauptstraße 1", "01234 Musterstadt"], "Herrn Max Muster"),
    (["Mme", "Claire Dubois", "5 rue Haute"], "Mme Claire Dubois"),
    (["Herrnhuter Werkstätten GmbH", "Zittauer Str. 2"], "Herrnhuter Werkstätten GmbH"),
])
def test_a_salutation_on_its_own_line_belongs_to_the_name_below(block: list[str], name: str) -> None:
    party = party_from_block(block)
    assert party is not None and party.name == name


@pytest.mark.parametrize(("lines", "buyer", "seller"), [
    (["THIS AGREEMENT is made BETWEEN:", "(1) Kestrel Works Ltd, a company registered in England under number",
      "04417321, whose registered office is at 5 Mill Lane, Leeds (the \"Seller\"); and",
      "(2) Harbour Traders Pty Ltd, 4 Quay St, Cairns QLD 4870 (the \"Buyer\")."],
     "Harbour Traders Pty Ltd", "Kestrel Works Ltd"),
    (["Zwischen der Müller Fördertechnik GmbH, Hauptstraße 1, 01234 Musterstadt – nachstehend „Käufer“ genannt –",
      "und der Kestrel Works Ltd., 5 Mill Lane, Leeds – nachstehend „Verkäufer“ genannt – wird vereinbart:"],
     "Müller Fördertechnik GmbH", "Kestrel Works Ltd."),
])
def test_numbered_and_dash_set_contract_parties(lines: list[str], buyer: str, seller: str) -> None:
    from parsers.extract.parties import contract_parties

    assert contract_parties(lines) == {"buyer": buyer, "seller": seller}


def test_a_definition_inside_a_sentence_names_no_party() -> None:
    from parsers.extract.parties import contract_parties

    lines = ["These terms apply to every order placed by the customer (the \"Buyer\") with Kestrel Works Ltd. (the",
             "\"Seller\") and to every delivery made under it."]
    assert contract_parties(lines) == {}


@pytest.mark.parametrize("label", ["Kundennummer", "Customer number", "Account No.", "Ref:"])
def test_a_field_label_beside_the_party_label_gives_way_to_the_company_below(label: str) -> None:
    party = party_from_block([label, "Harbour Traders Pty Ltd", "4 Quay St", "Cairns QLD 4870"])
    assert party is not None and party.name == "Harbour Traders Pty Ltd"
    # nothing that reads as a company below: no name at all
    party = party_from_block([label, "4 Quay St"])
    assert party is not None and party.name is None


@pytest.mark.parametrize(("seller_label", "buyer_label"), [
    ("Cedente/prestatore:", "Cessionario/committente:"), ("Fornitore:", "Spett.le"), ("Sprzedawca:", "Nabywca:"),
    ("Leverancier:", "Klant:"), ("Dodavatel:", "Odběratel:"),
])
def test_italian_polish_dutch_czech_party_labels(seller_label: str, buyer_label: str) -> None:
    doc = _doc(["FATTURA N. 12/2026", seller_label, "Kestrel Works Ltd.", "5 Mill Lane, Leeds", buyer_label,
                "Officina Rossi S.r.l.", "Via Roma 5, 00100 Roma", "Totale: 100,00 EUR"])
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."
    assert doc.buyer is not None and doc.buyer.name == "Officina Rossi S.r.l."


# --- layouts of importers and export desks elsewhere: made-up fixtures, other wordings and languages ---

@pytest.mark.parametrize("name", ["Anadolu Döküm Sanayi A.Ş.", "Kaya Makina Ltd. Şti.", "Atlas Tissage S.A.R.L.",
                                  "Duna Gépgyár Kft.", "Jadran Strojevi d.o.o.", "Fjord Marine ASA",
                                  "Hanoi Steel JSC", "Minas Peças EIRELI", "Struma Hydravlika OOD",
                                  "Pirin Mashini EOOD", "Varna Stomana EAD", "Daugava Koks SIA",
                                  "Nemuno Baldai UAB", "Põhjala Puit OÜ", "Cèdre Emballages SAL"])
def test_legal_forms_of_more_countries_end_a_company_name(name: str) -> None:
    from parsers.extract.parties import is_company_name

    assert is_company_name(name)
    assert not is_company_name("as agreed with the carrier as")


def test_a_bulgarian_order_letterhead_in_cyrillic_then_latin_names_the_buyer_in_latin() -> None:
    # the name in Cyrillic capitals, then in Latin with its legal form after it, then the address and the EIK
    rows = [[(58, "СТРУМА ХИДРАВЛИКА ООД")], [(58, "Struma Hydravlika OOD")],
            [(58, "ul. Rila 7, 2700 Blagoewgrad, Bulgarien")],
            [(58, "ЕИК / UIC 101234567 · ДДС № / USt-IdNr. BG101234567 · МОЛ Ivan Petrov")],
            [(160, "ПОРЪЧКА / BESTELLUNG № 0000000112")], [(200, "от / vom 02.03.2026")],
            [(58, "Доставчик / Lieferant (Nr. L-0112):")], [(58, "Kestrel Works Ltd.")],
            [(58, "5 Mill Lane, Leeds LS1 4AB, United Kingdom")], [(300, "Общо / Gesamtbetrag EUR"), (460, "1.200,00")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == "Struma Hydravlika OOD"
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


@pytest.mark.parametrize(("line", "found"), [
    ("KESTREL WORKS LTD.", "LTD."), ("ANADOLU DÖKÜM SANAYİ A.Ş.", "A.Ş."), ("Kestrel Works Ltd.", "Ltd."),
    ("Kestrel Works ltd", None), ("PROFORMA INVOICE", None), ("SHIPPED AS", "AS"),
])
def test_a_letterhead_in_capitals_has_its_legal_form_in_capitals(line: str, found: str | None) -> None:
    from parsers.extract.parties import legal_form_search

    m = legal_form_search(line)
    assert (m.group(0) if m else None) == found


def test_a_capitals_letterhead_names_the_issuer_as_it_signs() -> None:
    doc = _positioned_doc([[(46, "HARBOUR TRADERS PTY LTD")], [(46, "4 Quay St, Cairns QLD 4870 · Tel +61 7 4000 1000")],
                           [(220, "PRO FORMA INVOICE")], [(46, "Invoice No. HT-77"), (400, "Date: 2026-03-01")],
                           [(300, "TOTAL AUD"), (460, "1,200.00")], [(300, "For and on behalf of")],
                           [(300, "Harbour Traders Pty Ltd")]])
    assert doc.seller is not None and doc.seller.name == "Harbour Traders Pty Ltd"


@pytest.mark.parametrize("text", ["No. Q-26-118", "No: 14, Çiğli", "Nr. 4711", "# INV-9", "Date: 12 May 2026"])
def test_a_numbered_field_read_where_a_name_stood_is_no_party(text: str) -> None:
    party = party_from_block([text])
    assert party is not None and party.name is None


@pytest.mark.parametrize("caption", ["Messrs.", "To", "Bill to"])
def test_the_addressee_below_its_caption_when_the_number_field_stands_right_of_it(caption: str) -> None:
    rows = [[(46, "Kestrel Works Ltd. · 5 Mill Lane, Leeds · Tel +44 113 000 0000")], [(220, "QUOTATION")],
            [(46, caption), (460, "No. KQ-2026-118")],
            [(46, "Officina Rossi S.r.l."), (460, "Date: 3 March 2026")], [(46, "Via Roma 5")],
            [(46, "00100 Roma")], [(46, "Italia")], [(300, "TOTAL EUR"), (460, "1,200.00")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == "Officina Rossi S.r.l."


@pytest.mark.parametrize(("supplier", "delivery"), [
    (["Dostawca / Supplier"], ["Adres dostawy / Ship", "To"]),
    (["Pemasok / Supplier"], ["Alamat kirim / Deliver To"]),
    (["Lieferant / Vendor"], ["Lieferanschrift / Ship", "To"]),
])
def test_bilingual_captions_partner_language_first(supplier: list[str], delivery: list[str]) -> None:
    # an order issued by the buyer: its letterhead names it, the supplier caption the seller
    rows = [[(58, "Wisła Automatyka Sp. z o.o.")], [(58, "ul. Portowa 3, 80-001 Gdańsk, Polska")],
            [(160, "ZAMÓWIENIE / PURCHASE ORDER")],
            [(58, supplier[0]), (150, "Kestrel Works Ltd."), (310, delivery[0]), (400, "Magazyn 2, ul. Portowa 3")]]
    second = [(58, supplier[1])] if len(supplier) > 1 else []
    second += [(150, "5 Mill Lane, Leeds")] + ([(310, delivery[1])] if len(delivery) > 1 else []) + \
        [(400, "80-001 Gdańsk")]
    rows += [sorted(second), [(310, "Total"), (400, "1.200,00")]]
    doc = _positioned_doc(rows)
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."
    assert doc.buyer is not None and doc.buyer.name == "Wisła Automatyka Sp. z o.o."


def test_bilingual_caption_tail_only_for_known_labels() -> None:
    from parsers.extract.parties import bilingual_caption_tail

    known = {"supplier", "ship to"}
    assert bilingual_caption_tail("Fornecedor / Supplier:", known) == "supplier"
    assert bilingual_caption_tail("Adres dostawy / Ship", known, "To") == "ship to"
    assert bilingual_caption_tail("Cena / Price", known) is None
    assert bilingual_caption_tail("No", known, "Fornecedor / Supplier") is None  # no slash in the upper cell


@pytest.mark.parametrize("caption", ["Dobavitelj / Lieferant (Nr. D-10447):", "Tarnija / Supplier (No. S-118):",
                                     "Lieferant (Kd.-Nr. 4711):"])
def test_a_supplier_caption_with_its_number_in_brackets_over_the_supplier_block(caption: str) -> None:
    # an order typed as paragraphs: letterhead, then the supplier's caption with its number, the block below it
    rows = [[(58, "Wisła Automatyka Sp. z o.o.")], [(58, "ul. Portowa 3, 80-001 Gdańsk · NIP PL5842711044")],
            [(58, caption)], [(58, "Kestrel Works Ltd.")], [(58, "5 Mill Lane, Leeds LS1 4AB, United Kingdom")],
            [(58, "ZAMÓWIENIE / BESTELLUNG Nr. Z-26-0412")], [(58, "Datum: 20.02.2026")]]
    doc = _positioned_doc(rows)
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."
    assert doc.buyer is not None and doc.buyer.name == "Wisła Automatyka Sp. z o.o."


def test_a_buyer_contact_in_the_key_strip_gives_way_to_the_letterhead_address_block() -> None:
    # an ERP order whose letterhead names the company without a legal form, its name wrapped after "et de"; the
    # "Acheteur" row of the key/value strip names the purchasing contact
    rows = [[(46, "Compagnie Fruitière du Littoral et de"), (400, "Commande")], [(46, "Transformation")],
            [(430, "achat")], [(46, "12 rue du Port")], [(46, "13002 Marseille")], [(400, "N° BC-26-0219")],
            [(46, "France")], [(46, "Fournisseur"), (250, "Livrer à")],
            [(46, "Kestrel Works Ltd."), (250, "Compagnie Fruitière du Littoral et de")],
            [(46, "5 Mill Lane"), (250, "Transformation")], [(46, "Leeds LS1 4AB"), (250, "12 rue du Port")],
            [(46, "United Kingdom"), (250, "13002 Marseille")], [(46, "Date document"), (150, "1 mai 2026")],
            [(46, "Acheteur"), (150, "Claire Martin")], [(46, "Code devise"), (150, "EUR")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == "Compagnie Fruitière du Littoral et de Transformation"
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


@pytest.mark.parametrize(("name", "person"), [("Claire Martin", True), ("Jean-Luc Roy", True),
                                              ("Kestrel Works", False), ("Nordic Systems AB", False)])
def test_a_contact_person_is_told_from_a_company(name: str, person: bool) -> None:
    from parsers.extract.parties import is_contact_person

    assert is_contact_person(name) is person


def test_billing_name_running_into_the_shipping_column_is_cut_at_it() -> None:
    from parsers.extract.parties import clip_to_column

    words = [(46.0, 80.0, "Officina"), (83.0, 110.0, "Rossi"), (113.0, 130.0, "S.r.l"), (130.0, 133.0, "."),
             (252.0, 280.0, "Officina"), (283.0, 310.0, "Rossi,"), (313.0, 340.0, "Magazzino")]
    assert clip_to_column("Officina Rossi S.r.l. Officina Rossi, Magazzino", words, 252.0) == "Officina Rossi S.r.l."
    assert clip_to_column("Officina Rossi S.r.l.", words[:4], 252.0) == "Officina Rossi S.r.l."
    assert clip_to_column("Officina Rossi S.r.l.", None, 252.0) == "Officina Rossi S.r.l."


def test_label_centred_beside_a_value_wrapped_above_and_below() -> None:
    rows = [[(50, "LINEA MARITTIMA S.P.A."), (380, "COMMERCIAL INVOICE")],
            [(50, "Invoice No."), (160, "LM-55012"), (280, "Date"), (390, "2026-04-01")],
            [(160, "Kestrel Works"), (390, "Officina Rossi")],
            [(50, "Shipper"), (280, "Consignee")],
            [(160, "Ltd."), (390, "S.r.l.")],
            [(50, "Routing")],
            [(48, "From"), (200, "To"), (315, "Vessel / Voyage"), (494, "ETA")],
            [(48, "Leeds"), (200, "Genova"), (315, "LM ARIA / 12E"), (494, "20 APR")],
            [(300, "TOTAL EUR"), (460, "1,200.00")]]
    doc = _positioned_doc(rows)
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."
    assert doc.buyer is not None and doc.buyer.name == "Officina Rossi S.r.l."


@pytest.mark.parametrize("caption", ["Supplier", "Vendor"])
def test_caption_beside_the_second_line_of_its_value_takes_the_name_above(caption: str) -> None:
    # an order whose captions sit at the bottom of tall grid cells: the company name stands one line higher
    rows = [[(58, "Wisła Automatyka Sp. z o.o.")], [(58, "ul. Portowa 3, 80-001 Gdańsk")],
            [(160, "PURCHASE ORDER")], [(150, "Kestrel Works Ltd.")],
            [(58, caption), (150, "5 Mill Lane, Leeds")], [(150, "LS1 4AB, United Kingdom")],
            [(310, "Total"), (400, "1,200.00")]]
    doc = _positioned_doc(rows)
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."
    # a caption of its own on the line above: that line is another field, the name is not taken from it
    rows[3] = [(58, "Order No."), (150, "Kestrel Works Ltd.")]
    doc = _positioned_doc(rows)
    assert doc.seller is None or doc.seller.name != "Kestrel Works Ltd."


def test_a_centred_value_with_a_digit_run_is_another_field() -> None:
    from parsers.extract.parties import centred_label_value

    assert centred_label_value(50, None, [(160, "Kestrel Works")], [(160, "Ltd.")]) == "Kestrel Works Ltd."
    assert centred_label_value(50, None, [(160, "DE234567891")], [(160, "Herrn")]) is None
    assert centred_label_value(50, 150, [(160, "Kestrel Works")], [(160, "Ltd.")]) is None  # beyond the next cell


def test_a_label_value_grid_row_is_no_table_heading_row() -> None:
    from parsers.extract.parties import heading_row_value

    row = ["From", "To", "Vessel / Voyage", "ETA"]
    assert heading_row_value(row, "Vessel / Voyage", "LM ARIA / 12E")
    grid = ["Supplier", "Kestrel Works", "Inspector", "Luca Rossi"]
    assert not heading_row_value(grid, "Kestrel Works", "Ltd.")  # the name wraps its legal form below


# --- round 6: names as written, role words of other document families, the addressee by document type ---

@pytest.mark.parametrize(("block", "name"), [
    (["Seoul Valve Industrial Co.,", "Ltd.", "12 Gangnam-daero"], "Seoul Valve Industrial Co., Ltd."),
    (["Taipei Precision Co.,", "Ltd., 5 Keelung Rd"], "Taipei Precision Co., Ltd."),
    (["Kestrel Works", "Ltd."], "Kestrel Works Ltd."),
])
def test_a_comma_the_name_wrapped_after_stays_in_the_name(block: list[str], name: str) -> None:
    party = party_from_block(block)
    assert party is not None and party.name == name


@pytest.mark.parametrize(("block", "name"), [
    # a long name wrapped in a narrow grid cell, its legal form on the second line
    (["Godavari Fluid", "Systems Pvt. Ltd.", "Plot 9, Nashik 422010"], "Godavari Fluid Systems Pvt. Ltd."),
    (["Rheinische Hagel", "Versicherungsverein a.G.", "Ring 4, 50667 Köln"], "Rheinische Hagel Versicherungsverein a.G."),
    (["Maderas del", "Pacífico Ltda.", "Av. Costanera 55"], "Maderas del Pacífico Ltda."),
    # a brand over the legal name that repeats it: the legal name
    (["NORDSTAHL", "Nordstahl Handel GmbH", "Hafenstr. 3"], "Nordstahl Handel GmbH"),
    (["▲ NORDSTAHL", "Nordstahl Handel GmbH", "Hafenstr. 3"], "Nordstahl Handel GmbH"),
    (["De Vries", "Devries Trading B.V."], "De Vries Devries Trading B.V."),  # no brand: a two-letter word
    # an attention line above the company: the company
    (["Attn. Anna Weber", "Nordstahl Handel GmbH"], "Nordstahl Handel GmbH"),
    (["Kind Attn.: Mr. Tom Hale", "Godavari Fluid", "Systems Pvt. Ltd."], "Godavari Fluid Systems Pvt. Ltd."),
    # an address line is no first half of a name
    (["Nordstahl Handel", "Hafenstr. 3, 20457 Hamburg GmbH"], "Nordstahl Handel"),
])
def test_a_name_wrapped_before_its_legal_form_is_joined(block: list[str], name: str) -> None:
    party = party_from_block(block)
    assert party is not None and party.name == name


@pytest.mark.parametrize(("block", "name", "address"), [
    # a name wrapped after a connective goes on on the next line
    (["Compagnie Fruitière du Littoral et de", "Transformation", "12 rue du Port, 13002 Marseille"],
     "Compagnie Fruitière du Littoral et de Transformation", "12 rue du Port, 13002 Marseille"),
    (["Hollins Pump Repair and", "Marine Services Ltd.", "5 Mill Lane, Hull"], "Hollins Pump Repair and Marine Services Ltd.",
     "5 Mill Lane, Hull"),
    (["Brauerei Becker &", "Söhne KG", "Hauptstr. 4, 54290 Trier"], "Brauerei Becker & Söhne KG", "Hauptstr. 4, 54290 Trier"),
    # "Co." with a bracketed legal form on the next line
    (["Red Sea Pumping Equipment", "Co. (S.A.E.)", "Plot 9, Industrial Zone A"], "Red Sea Pumping Equipment Co. (S.A.E.)",
     "Plot 9, Industrial Zone A"),
    (["Karoo Valve Works", "(Pty) Ltd", "14 Main Road, Paarl"], "Karoo Valve Works (Pty) Ltd", "14 Main Road, Paarl"),
    # an address line below a connective, or a contact line, is no rest of the name
    (["Atelier de Mécanique et de", "14 rue des Forges, 69007 Lyon"], "Atelier de Mécanique et de",
     "14 rue des Forges, 69007 Lyon"),
    (["Kestrel Works Ltd.", "Co. Durham"], "Kestrel Works Ltd.", "Co. Durham"),
])
def test_a_name_wrapped_after_a_connective_or_before_co_is_one_name(block: list[str], name: str,
                                                                    address: str) -> None:
    party = party_from_block(block)
    assert party is not None and party.name == name and party.address == address


def test_the_wrapped_name_helper_says_none_for_two_companies_and_contacts() -> None:
    from parsers.extract.parties import wrapped_name

    assert wrapped_name("Kestrel Works Ltd.", "Harbour Traders Pty Ltd") is None  # the first is whole
    assert wrapped_name("Ms. Anna Keller", "Kestrel Works Ltd.") is None
    assert wrapped_name("Export Dept.", "Kestrel Works Ltd.") is None
    assert wrapped_name("Kestrel", "Works Ltd.") == "Kestrel Works Ltd."


@pytest.mark.parametrize(("text", "name"), [
    ("Nordstahl Handel GmbH Hafenstraße 3, 20457 Hamburg", "Nordstahl Handel GmbH"),
    ("Kestrel Works Ltd. 5 Mill Lane", "Kestrel Works Ltd."),
    ("Rossi Meccanica S.r.l., Via Roma 5", "Rossi Meccanica S.r.l."),
    ("Nordstahl GmbH & Co. KG", "Nordstahl GmbH & Co. KG"),
    ("AG Machinery 2000 Ltd.", "AG Machinery 2000 Ltd."),  # a leading "AG" is no legal form ending a name
    ("Kestrel Works Ltd.", "Kestrel Works Ltd."),
    # a town after the form's comma is where the company is, not its name
    ("Kestrel Works Ltd., Leeds", "Kestrel Works Ltd."),
    ("Harbour Traders Pty Ltd, Port Douglas", "Harbour Traders Pty Ltd"),
    ("Hanbit Marine Co., Ltd.", "Hanbit Marine Co., Ltd."),  # the second half of a two-word form stays
    ("Kestrel Works Ltd., a subsidiary of Hale plc", "Kestrel Works Ltd., a subsidiary of Hale plc"),
    # a contact person glued to the company after the form's comma is not part of its name
    ("Sevan Bottling CJSC, Anahit Sargsyan", "Sevan Bottling CJSC"), ("Kestrel Works Ltd., Mary-Ann Lowe", "Kestrel Works Ltd."),
])
def test_an_address_run_into_the_name_is_cut_at_the_legal_form(text: str, name: str) -> None:
    from parsers.extract.parties import name_without_address

    assert name_without_address(text) == name


@pytest.mark.parametrize(("cell", "name", "brand"), [
    ("▲ NORDSTAHL", "Nordstahl Handel GmbH", True), ("GVS", "Godavari Valve Systems Pvt. Ltd.", True),
    ("Lieferant", "Nordstahl Handel GmbH", False), ("Messrs.", "Kestrel Works Ltd.", False),
    ("Supplier Name", "Kestrel Works Ltd.", False), ("Vendor:", "Vendor Supplies Ltd.", False),
])
def test_a_logo_beside_the_letterhead_is_no_caption(cell: str, name: str, brand: bool) -> None:
    from parsers.extract.parties import brand_of

    assert brand_of(cell, name) is brand


def test_a_logo_cell_beside_the_letterhead_and_a_signatory_under_the_buyer_caption() -> None:
    # a procurement order: logo text beside the company, the person who ordered under "Besteller:" at the foot
    rows = [[(55, "■ NORDSTAHL"), (343, "Nordstahl Handel GmbH")], [(299, "Hafenstraße 3, 20457 Hamburg")],
            [(204, "BESTELLUNG")],
            [(55, "Bestell-Nr."), (132, "B-26-0412"), (316, "Lieferant")],
            [(55, "Datum"), (132, "21.04.2026"), (316, "Kestrel Works Ltd.")],
            [(55, "Währung"), (132, "EUR"), (316, "5 Mill Lane, Leeds")],
            [(339, "Summe netto"), (405, "1.200,00")],
            [(55, "Besteller:"), (132, "Jana Krause")], [(55, "Freigabe:"), (132, "Dr. Olaf Brandt")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == "Nordstahl Handel GmbH"
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


@pytest.mark.parametrize("title", ["PURCHASE ORDER No. GV/IMP/0093", "QUOTATION No. Q-0093"])
@pytest.mark.parametrize("caption", ["To,", "Messrs.", "M/s"])
def test_the_addressee_caption_names_the_party_the_document_is_sent_to(title: str, caption: str) -> None:
    # an order is addressed to the seller, a quote to the buyer: the same two companies either way round
    texts = ["GODAVARI VALVE SYSTEMS PVT. LTD.", "Plot 9, MIDC Satpur, Nashik 422010, India",
             "GSTIN: 27AAACG1234F1Z5", title, "Date: 16-02-2026", caption, "Kestrel Works Ltd.", "5 Mill Lane",
             "Leeds LS1 4AB", "Kind Attn.: Mr. Tom Hale, Export Sales", "Sub: spares as per your offer",
             "Total: USD 1,200.00", "For Godavari Valve Systems Pvt. Ltd."]
    if title.startswith("QUOTATION"):
        # the quote comes from the company in the letterhead to the one in the window: swap them
        texts = [t.replace("Kestrel Works Ltd.", "@K@").replace("Godavari Valve Systems Pvt. Ltd.", "Kestrel Works Ltd.")
                 .replace("GODAVARI VALVE SYSTEMS PVT. LTD.", "KESTREL WORKS LTD.").replace("@K@",
                                                                                           "Godavari Valve Systems Pvt. Ltd.")
                 for t in texts]
    doc = _doc(texts)
    assert doc.buyer is not None and doc.buyer.name == "Godavari Valve Systems Pvt. Ltd."
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


@pytest.mark.parametrize(("buyer_caption", "seller_caption"), [
    ("Applicant", "Beneficiary"), ("Importer", "Exporter"), ("Accountee", "Beneficiary"),
])
def test_letter_of_credit_roles_in_a_grid_with_wrapped_names(buyer_caption: str, seller_caption: str) -> None:
    rows = [[(58, "Kestrel Works Ltd.")], [(58, "5 Mill Lane, Leeds LS1 4AB, United Kingdom")],
            [(225, "COMMERCIAL INVOICE")],
            [(58, "Invoice No."), (158, "KW-26-1142"), (295, "Invoice Date"), (396, "09 MAR 2026")],
            [(58, seller_caption), (158, "Kestrel Works"), (295, buyer_caption), (396, "Godavari Valve")],
            [(158, "Ltd."), (396, "Systems Pvt. Ltd.")],
            [(58, "Issuing Bank"), (158, "Nashik Mercantile Bank"), (295, "L/C No."), (396, "0418ILC26")],
            [(158, "Ltd., Nashik")],
            [(300, "TOTAL USD"), (460, "1,200.00")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == "Godavari Valve Systems Pvt. Ltd."
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


@pytest.mark.parametrize(("cell", "found"), [
    ("1 Absender / Expéditeur / Sender", "absender"), ("2 Empfänger / Destinataire / Consignee", "empfänger"),
    ("2 Consignee", "consignee"), ("1 Remitente / Sender", "remitente"),
    ("16 Frachtführer / Transporteur / Carrier", None), ("12 Dockside Road", None), ("Consignee", None),
    # a courier's boxes: the caption and its other name in brackets
    ("1 From (Shipper)", "shipper"), ("2 To (Consignee)", "consignee"), ("3 Contents (see invoice)", None),
])
def test_numbered_form_box_captions_in_several_languages(cell: str, found: str | None) -> None:
    from parsers.extract.parties import numbered_box_caption

    known = {"absender", "expéditeur", "empfänger", "destinataire", "consignee", "remitente", "shipper"}
    assert numbered_box_caption(cell, known) == found


def test_a_road_consignment_note_names_sender_and_consignee_in_numbered_boxes() -> None:
    rows = [[(50, "1 Remitente / Expéditeur / Sender"), (400, "BILL OF LADING")],
            [(50, "Kestrel Works Ltd.")], [(50, "5 Mill Lane")], [(50, "Leeds LS1 4AB")],
            [(50, "2 Destinatario / Destinataire / Consignee"), (364, "No. KW-26-0915")],
            [(50, "Nordstahl Handel GmbH")], [(50, "Hafenstraße 3")], [(50, "20457 Hamburg")],
            [(50, "3 Lugar de entrega / Lieu de livraison / Place of delivery"),
             (302, "16 Porteador / Transporteur / Carrier")],
            [(50, "Hamburg (DE)"), (302, "Baltic Road Freight s.r.o., Bratislava")]]
    doc = _positioned_doc(rows)
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."
    assert doc.buyer is not None and doc.buyer.name == "Nordstahl Handel GmbH"
    assert doc.buyer.address == "Hafenstraße 3, 20457 Hamburg"  # the next box is no address line


def test_a_courier_waybill_names_shipper_and_receiver_in_numbered_boxes() -> None:
    rows = [[(300, "AIR WAYBILL")], [(50, "EXPRESS"), (320, "7731 2048 55")],
            [(50, "1 From (Shipper)"), (230, "2 To (Receiver)")],
            [(50, "Kestrel Works Ltd."), (230, "Pearl Delta Instruments Ltd.")],
            [(50, "5 Mill Lane"), (230, "Flat 3, 8/F")], [(50, "Leeds LS1 4AB"), (230, "Harbour Industrial Centre")],
            [(50, "Contact: Dispatch · +44 113 496 0000"), (230, "88 Hoi Bun Road")], [(230, "Kowloon")],
            [(230, "Hong Kong")], [(50, "Pieces"), (160, "3")], [(50, "Terms of trade"), (160, "DAP Hong Kong")]]
    doc = _positioned_doc(rows)
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."
    assert doc.buyer is not None and doc.buyer.name == "Pearl Delta Instruments Ltd."


# --- the address window without a caption: a company or a person under a return address, a shop's block ---

@pytest.mark.parametrize(("block", "lines"), [
    (["Theodor Vogt", "Bahnstr. 42", "88802 Spielkreis", "Deutschland"], 3),
    (["Herrn", "Max Weber", "Ringstraße 7", "DE 12346 Bad Musterhausen"], 4),
    (["Le Petit Comptoir", "Claire Martin", "12 rue des Lilas", "F-69001 Lyon", "France"], 4),
    (["Harbour Deli", "5 Quay Street", "Leeds LS1 4AB"], 3),
    (["Corner Hardware", "1200 Main Street", "Springfield, IL 62704"], 3),
])
def test_a_postal_address_block_is_headed_by_its_addressee(block: list[str], lines: int) -> None:
    from parsers.extract.parties import postal_block_name

    assert postal_block_name(block) == block[:lines]


@pytest.mark.parametrize("block", [
    ["Kurt Weber", "Hauptstraße 1"],  # no town line: no postal block
    ["Rechnung Nr. 42", "Ringstraße 7", "12346 Musterhausen"],  # a digit in the name line
    ["RECHNUNG", "Ringstraße 7", "12346 Musterhausen"],  # a title in capitals
    ["Tel: +49 30 1234", "Ringstraße 7", "12346 Musterhausen"],
    ["Max Weber", "12346 Musterhausen"],  # no street
])
def test_no_postal_block_without_name_street_and_town(block: list[str]) -> None:
    from parsers.extract.parties import postal_block_name

    assert postal_block_name(block) is None


@pytest.mark.parametrize("sep", ["●", "·", "|"])
def test_a_person_in_the_window_below_a_return_address_in_cells_is_the_addressee(sep: str) -> None:
    rows = [[(64, "2026-03-02")], [(451, "Nordstahl Handel GmbH")], [(451, "Hafenstraße 3")],
            [(82, "Nordstahl Handel GmbH"), (131, sep), (142, "Hafenstraße 3"), (170, sep), (180, "20457 Hamburg"),
             (451, "20457 Hamburg")],
            [(71, "Theodor Vogt"), (451, "phone (040) 23 78 -0")], [(451, "HRA 12345")],
            [(71, "Bahnstr. 42"), (451, "http://nordstahl.example")],
            [(71, "88802 Spielkreis"), (451, "info@nordstahl.example")],
            [(57, "Invoice # RE-2026/508")], [(300, "Total: 571.04 EUR")]]
    doc = _positioned_doc(rows)
    assert doc.seller is not None and doc.seller.name == "Nordstahl Handel GmbH"
    assert doc.buyer is not None and doc.buyer.name == "Theodor Vogt"


def test_no_window_addressee_when_the_line_after_the_name_is_no_address() -> None:
    rows = [[(82, "Nordstahl Handel GmbH"), (131, "●"), (142, "Hafenstraße 3"), (170, "●"), (180, "20457 Hamburg")],
            [(71, "Sales Office")], [(71, "Invoice # RE-2026/508")], [(300, "Total: 571.04 EUR")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is None


def test_an_uncaptioned_shop_address_beside_the_delivery_block_is_the_buyer() -> None:
    # a French invoice: the letterhead in one line, "Adresse de livraison" on the left, the billing block on the
    # right without a caption, the two columns on offset baselines
    rows = [[(111, "Les Moulins du Sud SARL - 8 chemin des Oliviers - 84340 Malaucène - France")],
            [(111, "TVA : FR11999999998 - SIRET : 99999999800010")],
            [(31, "Facture FA-2026-0010")], [(37, "Adresse de livraison")],
            [(326, "Le Petit Comptoir")], [(37, "Le Petit Comptoir")], [(326, "Claire Martin")],
            [(37, "12 rue des Lilas")], [(326, "12 rue des Lilas")], [(37, "69001 Lyon")], [(326, "69001 Lyon")],
            [(37, "France")], [(37, "+33 4 72 07 08 55"), (326, "France")],
            [(34, "Date de facture"), (155, "13/11/2026")], [(300, "Total TTC"), (460, "671,15 €")]]
    doc = _positioned_doc(rows)
    assert doc.seller is not None and doc.seller.name == "Les Moulins du Sud SARL"
    assert doc.buyer is not None and doc.buyer.name == "Le Petit Comptoir"


def test_a_party_in_a_grid_of_sub_captions_with_its_name_wrapped_around_the_caption() -> None:
    # an e-invoice viewer: "Verkäufer" over "Nummer: / Name: / Anschrift:", the values in a column of their own,
    # the "Name:" caption centred beside a value that wraps above it
    rows = [[(65, "Rechnung Nr. 2026-0042 vom 11.03.2026")], [(70, "Währung:"), (261, "EUR")],
            [(70, "Verkäufer")], [(70, "Nummer:"), (261, "549910")], [(261, "Rheinische Hagel")],
            [(70, "Name:"), (261, "Versicherungsverein a.G.")], [(70, "Anschrift:"), (261, "Ring 4")],
            [(261, "DE 50667 Köln")], [(70, "Käufer/Leistungsempfänger")], [(261, "Frau")],
            [(70, "Name:"), (261, "Erika Beispiel")], [(70, "Anschrift:"), (261, "Weg 11")],
            [(70, "Gesamtbetrag:"), (261, "1.200,00")]]
    doc = _positioned_doc(rows)
    assert doc.seller is not None and doc.seller.name == "Rheinische Hagel Versicherungsverein a.G."
    assert doc.buyer is not None and doc.buyer.name == "Frau Erika Beispiel"


def test_sub_captions_without_a_name_caption_give_no_party() -> None:
    from parsers.extract.parties import sub_captioned_party

    assert sub_captioned_party([[(70, "Anschrift:"), (261, "Ring 4")], [(261, "DE 50667 Köln")]]) is None
    assert sub_captioned_party([[(70, "Nummer:"), (261, "549910")], [(70, "Name:"), (261, "Kestrel Works")],
                                [(261, "Ltd.")]]).name == "Kestrel Works Ltd."  # type: ignore[union-attr]


@pytest.mark.parametrize(("title", "role"), [("ZAHLUNGSAVIS", "seller"), ("BILL OF LADING No. KW-26-0915", "buyer")])
def test_the_recipient_is_the_payee_of_a_payment_and_the_consignee_of_goods(title: str, role: str) -> None:
    rows = [[(58, "Baltische Handelsbank AG")], [(58, title)],
            [(58, "Auftraggeber" if role == "seller" else "Absender"), (202, "Nordstahl Handel GmbH"
                                                                         if role == "seller" else "Kestrel Works Ltd.")],
            [(58, "Empfänger"), (202, "Kestrel Works Ltd." if role == "seller" else "Nordstahl Handel GmbH")],
            [(58, "Betrag"), (202, "EUR 1.200,00")], [(58, "Valuta"), (202, "04.03.2026")]]
    doc = _positioned_doc(rows)
    party = getattr(doc, role)
    assert party is not None and party.name == ("Kestrel Works Ltd." if role == "seller" else "Nordstahl Handel GmbH")


def test_a_supplier_address_block_below_a_word_order_letterhead_is_the_addressee() -> None:
    # a Word order without page positions: the letterhead's lines, then the supplier's postal block
    texts = ["Order   Nordstahl Handel GmbH", "Hafenstraße 3", "20457 Hamburg", "Germany", "Page 1",
             "Kestrel Works Ltd.", "5 Mill Lane", "Leeds LS1 4AB", "United Kingdom", "Order No.   PO/2026/0214",
             "Document Date   08.06.2026", "Total EUR   1,200.00"]
    doc = _doc(texts)
    assert doc.buyer is not None and doc.buyer.name == "Nordstahl Handel GmbH"
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


def test_the_window_address_inside_the_letterhead_column_beside_an_info_block() -> None:
    # DIN-style: letterhead, title, then the addressee's block on the left beside caption/value pairs
    rows = [[(42, "Atelier Dupont SARL")], [(42, "14 rue des Forges · 69003 Lyon")], [(42, "Tel. +33 4 00 00 00 00")],
            [(42, "DEVIS")],
            [(42, "Harbour Deli Ltd"), (218, "N° de devis"), (394, "SO-2026-8194")],
            [(42, "12 Dock Road"), (218, "Échéance"), (394, "2026-12-22")],
            [(42, "Southampton SO14 3AB"), (218, "Date"), (394, "2026-11-22")],
            [(42, "United Kingdom"), (218, "Code client"), (394, "47929")],
            [(313, "Net à payer EUR"), (515, "1 200,00")]]
    doc = _positioned_doc(rows)
    assert doc.seller is not None and doc.seller.name == "Atelier Dupont SARL"
    assert doc.buyer is not None and doc.buyer.name == "Harbour Deli Ltd"


@pytest.mark.parametrize("address", ["Calle Mayor 45", "浙江省宁波市北仑区新碶路88号"])
def test_a_word_document_window_beside_an_info_block(address: str) -> None:
    texts = ["Schwarz & Söhne KG", "Hafenweg 22 · 20457 Hamburg", "Tel. +49 40 3147 194", "RECHNUNG",
             "Suministros Levante S.L.   Rechnungs-Nr.   E408833", f"{address}   Kunden-Nr.   81051",
             "46001 Valencia   Zahlungskonditionen   Vorkasse", "Datum   2026-07-25", "Summe   1.200,00 EUR"]
    doc = _doc(texts)
    assert doc.seller is not None and doc.seller.name == "Schwarz & Söhne KG"
    assert doc.buyer is not None and doc.buyer.name == "Suministros Levante S.L."


def test_two_candidate_windows_give_no_guess() -> None:
    texts = ["Schwarz & Söhne KG", "Hafenweg 22 · 20457 Hamburg", "RECHNUNG",
             "Suministros Levante S.L.", "Calle Mayor 45", "46001 Valencia",
             "Ferretería Norte S.L.", "Calle Real 3", "48001 Bilbao", "Summe   1.200,00 EUR"]
    doc = _doc(texts)
    assert doc.buyer is None


@pytest.mark.parametrize(("seller_caption", "buyer_caption"), [
    ("Shipper & Exporter:", "Consignee & Buyer:"), ("Seller and Shipper:", "Buyer and Consignee:"),
])
def test_one_caption_for_two_roles_of_a_party(seller_caption: str, buyer_caption: str) -> None:
    doc = _doc(["COMMERCIAL INVOICE", "Invoice No.: KW-26-0769", f"{seller_caption} Kestrel Works Ltd., 5 Mill Lane, Leeds",
                f"{buyer_caption} Nordstahl Handel GmbH, Hafenstraße 3, 20457 Hamburg", "Total: USD 1,200.00"])
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."
    assert doc.buyer is not None and doc.buyer.name == "Nordstahl Handel GmbH"


@pytest.mark.parametrize(("above", "name"), [
    ("Rheinische Hagel", "Rheinische Hagel Versicherungsverein a.G."), ("INVOICE", "Versicherungsverein a.G."),
    ("Sales Quotation", "Versicherungsverein a.G."), ("Your partner in risk", "Versicherungsverein a.G."),
    ("Since 1950", "Versicherungsverein a.G."),
])
def test_a_letterhead_name_wrapped_over_the_first_two_lines(above: str, name: str) -> None:
    from parsers.extract.parties import letterhead_wrapped_above

    assert letterhead_wrapped_above("Versicherungsverein a.G.", [above], True) == name
    assert letterhead_wrapped_above("Versicherungsverein a.G.", [above], False) == "Versicherungsverein a.G."


@pytest.mark.parametrize(("text", "names"), [
    ("Tornillería Levante S.A.", True), ("Alpenland Fördertechnik GmbH Gewerbepark Süd 7", True),
    ("DECCAN HYDROTECH ENGINEERING PVT. LTD.", True), ("Hsin Yuan Precision Co., Ltd. (Taiwan)", True),
    ("青岛海岳机电设备有限公司", True),
    ("Thank you for your order AB-2024-2689 of November 12", False), ("Offer valid as agreed", False),
])
def test_a_letterhead_name_ends_in_its_legal_form(text: str, names: bool) -> None:
    from parsers.extract.parties import names_a_company

    assert names_a_company(text) is names


def test_a_sentence_with_a_legal_form_token_is_no_letterhead_and_the_footer_names_the_issuer() -> None:
    texts = ["Commercial Invoice Nr. 2026/071", "Leeds, 15 November 2026",
             "Thank you for your order AB-2024-2689 of November 12, 2026.", "Customer:", "Nordstahl Handel GmbH",
             "Hafenstraße 3", "20457 Hamburg", "Amount Due (EUR): 1,200.00",
             "Kestrel Works Ltd · 5 Mill Lane · Leeds LS1 4AB · VAT No. GB123456789 · Registered office: Leeds"]
    doc = _doc(texts)
    assert doc.buyer is not None and doc.buyer.name == "Nordstahl Handel GmbH"
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd"


@pytest.mark.parametrize("footer", [
    "Nordstahl Handel GmbH · Hafenstraße 3 · 20457 Hamburg · USt-IdNr. DE123456789 · Sitz der Gesellschaft: Hamburg",
    "Nordstahl Handel GmbH · Hafenstraße 3 · 20457 Hamburg · 税号 DE123456789 · 公司地址: Hamburg",
])
def test_the_buyer_named_in_the_footer_of_its_order(footer: str) -> None:
    texts = ["Bestellung", "Bestellnummer: BE/26-0024", "Bestelldatum: 15.02.2026", "Verkäufer:", "Kestrel Works Ltd.",
             "5 Mill Lane, Leeds", "Gesamtbetrag EUR: 1.200,00", footer]
    doc = _doc(texts)
    assert doc.buyer is not None and doc.buyer.name == "Nordstahl Handel GmbH"
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


def test_a_footer_without_registration_parts_names_no_issuer() -> None:
    from parsers.extract.parties import settle_footer_issuer
    from parsers.model import Document

    doc = Document(source="t", doc_type="commercial_invoice")
    settle_footer_issuer(doc, ["Kestrel Works Ltd · thank you for your business"], False, {}, {})
    assert doc.seller is None
    two = ["Kestrel Works Ltd · 5 Mill Lane · VAT No. GB123456789", "Harbour Traders Pty Ltd · ABN · reg. 4711"]
    settle_footer_issuer(doc, two, False, {}, {})
    assert doc.seller is None  # two companies in footers: no guess


def _parties_of(texts: list[str]) -> tuple[str | None, str | None]:
    """(buyer, seller) names extract_document reads from text lines without page positions."""
    from parsers import Limits
    from parsers.content import Content, Ctx, TextLine
    from parsers.extract.document import extract_document

    content = Content(lines=[TextLine(t, {"page": 1, "line": i + 1}) for i, t in enumerate(texts)])
    doc = extract_document(content, Ctx(limits=Limits(isolate=False)), source="test")
    assert doc is not None
    return (doc.buyer.name if doc.buyer else None), (doc.seller.name if doc.seller else None)


@pytest.mark.parametrize(("lines", "buyer", "seller"), [
    # definitions set off by commas, the last one closed by the full stop that ends the list of parties
    (["This agreement is entered into by and between:",
      "Harbour Traders Pty Ltd, 4 Quay St, Cairns QLD 4870, Australia, hereinafter referred to as the Purchaser,",
      "Kestrel Works Ltd., 5 Mill Lane, Leeds LS1 4AB, hereinafter the “Supplier”."],
     "Harbour Traders Pty Ltd", "Kestrel Works Ltd."),
    # "Entre les soussignés :" opens the list; "ci-après dénommée « ... »" ends each party
    (["Entre les soussignés :",
      "Ateliers du Nord S.à r.l., 5 rue Haute, L-1234 Luxembourg, ci-après dénommée « le Vendeur »,",
      "Boulangeries Réunies SAS, 8 quai Est, 69002 Lyon, ci-après dénommée « l'Acheteur »."],
     "Boulangeries Réunies SAS", "Ateliers du Nord S.à r.l."),
    # Spanish: a comma after "en adelante", the parties joined by "y"
    (["Contrato celebrado entre las partes:",
      "Talleres Andinos S.A.S., Calle 80 # 12-40, Bogotá, en adelante, el Comprador, y",
      "Kestrel Works Ltd., 5 Mill Lane, Leeds, en adelante, el Vendedor."], "Talleres Andinos S.A.S.",
     "Kestrel Works Ltd."),
    # German "im Folgenden", closed by a semicolon
    (["Vertrag zwischen", "Müller Fördertechnik GmbH, Hauptstraße 1, 01234 Musterstadt, im Folgenden „Verkäufer“;",
      "Kunde und Partner KG, Ring 4, 50667 Köln, im Folgenden „Käufer“."], "Kunde und Partner KG",
     "Müller Fördertechnik GmbH"),
    # a PDF's line break inside "ci-après", and a soft hyphen read as a control character
    (["Entre les soussignés :", "Boulangeries Réunies SAS, 8 quai Est, 69002 Lyon, ci-",
      "après dénommée « l'Acheteur »,", "Ateliers du Nord S.à r.l., 5 rue Haute, ci\x02après « le Vendeur »."],
     "Boulangeries Réunies SAS", "Ateliers du Nord S.à r.l."),
])
def test_contract_parties_defined_between_commas(lines: list[str], buyer: str, seller: str) -> None:
    from parsers.extract.parties import contract_parties

    assert contract_parties(lines) == {"buyer": buyer, "seller": seller}


def test_a_definition_of_another_role_ends_the_party_before_the_next() -> None:
    from parsers.extract.parties import contract_parties

    # the agent's definition is no buyer/seller role, but the buyer's text starts after it: never the agent
    lines = ["between: Kestrel Works Ltd., 5 Mill Lane, Leeds, hereinafter \"the Agent\",",
             "Harbour Traders Pty Ltd, 4 Quay St, Cairns, hereinafter \"the Buyer\"."]
    assert contract_parties(lines) == {"buyer": "Harbour Traders Pty Ltd"}


def test_a_contract_whose_parties_are_defined_between_commas_gets_its_buyer() -> None:
    buyer, seller = _parties_of(["CONTRATO DE COMPRAVENTA", "No. CV-77", "Entre las partes:",
                                 "Kestrel Works Ltd., 5 Mill Lane, Leeds, en adelante, el Vendedor, y",
                                 "Talleres Andinos S.A.S., Calle 80 # 12-40, Bogotá, en adelante, el Comprador.",
                                 "Precio total: 1.000,00 USD"])
    assert (buyer, seller) == ("Talleres Andinos S.A.S.", "Kestrel Works Ltd.")


@pytest.mark.parametrize(("card", "name"), [
    (["Prepared for", "Elin Berg", "Nordic Sawmill Systems AB", "Storgatan 4, 111 22 Stockholm"],
     "Nordic Sawmill Systems AB"),
    (["Erstellt für", "Jana Nováková", "Morava Strojírny s.r.o.", "Nádražní 12, 602 00 Brno"],
     "Morava Strojírny s.r.o."),
    # the company's name wrapped on the narrow card, its legal form on the next line
    (["Preparado para", "Luis Fernando Ríos", "Industrias Lácteas del", "Valle S.A.S.", "Cra 5 # 10-20, Cali"],
     "Industrias Lácteas del Valle S.A.S."),
    (["Prepared for", "Tan Mei Ling", "Kinta Valley Automation Sdn.", "Bhd.", "Lot 5, Ipoh"],
     "Kinta Valley Automation Sdn. Bhd."),
    (["Préparé pour", "Claire Roy", "宁海机电有限公司", "宁海路8号"], "宁海机电有限公司"),
])
def test_a_quotation_card_names_the_contact_then_the_customer(card: list[str], name: str) -> None:
    buyer, seller = _parties_of(["Kestrel Works Ltd.", "5 Mill Lane, Leeds LS1 4AB", "QUOTATION", "Q-2026-9",
                                 *card, "Total: 1,000.00 EUR"])
    assert (buyer, seller) == (name, "Kestrel Works Ltd.")


@pytest.mark.parametrize(("block", "name"), [
    # a name wrapped in a narrow cell: the first line is no contact person
    (["Kestrel Harbour", "Marine Ltd.", "5 Mill Lane"], "Kestrel Harbour Marine Ltd."),
    (["Nordic Trading", "Components AB", "Storgatan 4"], "Nordic Trading Components AB"),
    (["Anna Berg", "Ltd.", "5 Mill Lane"], "Anna Berg Ltd."),
])
def test_a_wrapped_name_is_not_read_as_a_contact(block: list[str], name: str) -> None:
    party = party_from_block(block)
    assert party is not None and party.name == name


def test_transport_document_boxes_beside_running_text() -> None:
    # the caption's line goes on with a sentence of the form: the name is in the box below the caption
    buyer, seller = _parties_of([
        "SEA WAYBILL", "No. SWB-4471",
        "Shipper's Name and Address   Not negotiable unless consigned to order of the shipper",
        "Kestrel Works Ltd.", "5 Mill Lane, Leeds LS1 4AB",
        "Consignee's Name and Address   Copies 1 and 2 of this waybill are originals and have the same value",
        "Harbour Traders Pty Ltd", "4 Quay St, Cairns QLD 4870", "Freight: as agreed"])
    assert (buyer, seller) == ("Harbour Traders Pty Ltd", "Kestrel Works Ltd.")


@pytest.mark.parametrize("text", ["No. 单号", "Nr. / Číslo", "N° de pièce", "# Ref"])
def test_a_number_caption_is_no_name(text: str) -> None:
    from parsers.extract.parties import is_reference_text

    assert is_reference_text(text)
    party = party_from_block([text])
    assert party is not None and party.name is None
    # the neighbouring cell's caption over the company's block: the company
    party = party_from_block([text, "Kestrel Works Ltd."])
    assert party is not None and party.name == "Kestrel Works Ltd."


@pytest.mark.parametrize(("block", "name"), [
    (["To", "Kestrel Works Ltd.", "5 Mill Lane"], "Kestrel Works Ltd."),
    (["Lieferant", "Müller Fördertechnik GmbH", "Hauptstraße 1"], "Müller Fördertechnik GmbH"),
])
def test_the_other_half_of_a_stacked_caption_is_no_name(block: list[str], name: str) -> None:
    party = party_from_block(block)
    assert party is not None and party.name == name


@pytest.mark.parametrize(("name", "latin"), [
    ("Kinta Valley Automation Sdn. Bhd. 近打谷自动化有限公司", "Kinta Valley Automation Sdn. Bhd."),
    ("Lion City Tools Pte. Ltd. (狮城工具私人有限公司)", "Lion City Tools Pte. Ltd."),
    ("宁海机电有限公司 Ninghai Electromechanical Co., Ltd.", "Ninghai Electromechanical Co., Ltd."),
    ("宁海机电有限公司", "宁海机电有限公司"),
])
def test_the_latin_half_of_a_bilingual_name(name: str, latin: str) -> None:
    from parsers.extract.parties import latin_of_bilingual

    assert latin_of_bilingual(name) == latin


def test_spanish_messrs_block_names_the_supplier_of_an_order() -> None:
    buyer, seller = _parties_of(["Talleres Andinos S.A.S.", "NIT 900.111.222-3", "ORDEN DE COMPRA No. OC-5",
                                 "Señores:   Kestrel Works Ltd.", "5 Mill Lane, Leeds", "Total: 1.000,00 USD"])
    assert (buyer, seller) == ("Talleres Andinos S.A.S.", "Kestrel Works Ltd.")


def test_transfer_receipt_beneficiary_name_is_the_seller() -> None:
    buyer, seller = _parties_of(["Harbour Bank Berhad", "Outward Transfer – Transaction Receipt",
                                 "Transaction Reference TT-55", "Remitter Name   Kinta Valley Automation Sdn. Bhd.",
                                 "Beneficiary Name   Kestrel Works Ltd.", "Beneficiary Bank   Solent Bank plc",
                                 "Amount   USD 4,660.48"])
    assert (buyer, seller) == ("Kinta Valley Automation Sdn. Bhd.", "Kestrel Works Ltd.")


@pytest.mark.parametrize(("lines", "buyer", "seller"), [
    # "d'une part, ET ..." between the two parties
    (["Entre les soussignés :",
      "Boulangeries Réunies SAS, société dont le siège social est situé 8 quai Est, 69002 Lyon, ci-après dénommée "
      "« l'Acheteur », d'une part,", "ET",
      "Ateliers du Nord S.à r.l., société dont le siège social est situé 5 rue Haute, Luxembourg, ci-après dénommée "
      "« le Vendeur », d'autre part."], "Boulangeries Réunies SAS", "Ateliers du Nord S.à r.l."),
    # "De una parte, ..." / "Y de otra parte, ..." open each party's paragraph
    (["REUNIDOS:", "De una parte, Talleres Andinos S.A.S., con domicilio en Calle 80 # 12-40, Bogotá, en adelante "
      "el Vendedor.", "Y de otra parte, Kestrel Works Ltd., con domicilio en 5 Mill Lane, Leeds, en adelante el "
      "Comprador."], "Kestrel Works Ltd.", "Talleres Andinos S.A.S."),
    # Chinese: the parties are 甲方/乙方, a later sentence says which is the seller
    (["甲方：宁海机电有限公司（以下简称“甲方”）", "地址：宁海路8号", "乙方：海滨贸易有限公司（以下简称“乙方”）",
      "地址：滨海路2号", "甲方为本合同卖方，乙方为本合同买方。"], "海滨贸易有限公司", "宁海机电有限公司"),
    # the role in brackets after the alias
    (["甲方（买方）：宁海机电有限公司", "地址：宁海路8号", "乙方（卖方）：海滨贸易有限公司"], "宁海机电有限公司", "海滨贸易有限公司"),
    # English "Party A"/"Party B"
    (["Party A: Kestrel Works Ltd., 5 Mill Lane, Leeds (hereinafter \"Party A\")",
      "Party B: Harbour Traders Pty Ltd, 4 Quay St, Cairns (hereinafter \"Party B\")",
      "Party A is the Seller and Party B is the Buyer."], "Harbour Traders Pty Ltd", "Kestrel Works Ltd."),
])
def test_contract_parties_with_lead_ins_and_aliases(lines: list[str], buyer: str, seller: str) -> None:
    from parsers.extract.parties import contract_parties

    assert contract_parties(lines) == {"buyer": buyer, "seller": seller}


@pytest.mark.parametrize(("rows", "want"), [
    ([["For the Seller", "For the Buyer"], ["Kestrel Works Ltd.", "Harbour Traders Pty Ltd"], ["/s/ A. Hale", ""]],
     {"seller": "Kestrel Works Ltd.", "buyer": "Harbour Traders Pty Ltd"}),
    ([["Pour l'Acheteur", "Pour le Vendeur"], ["Boulangeries Réunies SAS", "Ateliers du Nord S.à r.l."]],
     {"buyer": "Boulangeries Réunies SAS", "seller": "Ateliers du Nord S.à r.l."}),
    ([["Für den Käufer"], ["Müller Fördertechnik GmbH"], ["gez. K. Weber"], ["Für den Verkäufer"],
      ["Kestrel Works Ltd."]], {"buyer": "Müller Fördertechnik GmbH", "seller": "Kestrel Works Ltd."}),
    ([["卖方（盖章）", "买方（盖章）"], ["宁海机电有限公司", "海滨贸易有限公司"]],
     {"seller": "宁海机电有限公司", "buyer": "海滨贸易有限公司"}),
    ([["Por el Comprador: Talleres Andinos S.A.S."]], {"buyer": "Talleres Andinos S.A.S."}),
    # no company under the caption (a person, a blank line), or one company for both roles: nothing
    ([["For the Seller", "For the Buyer"], ["Anna Hale", "Tom Berg"]], {}),
    ([["For the Seller", "For the Buyer"], ["Kestrel Works Ltd.", "Kestrel Works Ltd."]], {}),
    ([["For and on behalf of Kestrel Works Ltd."]], {}),
])
def test_signature_block_names_the_parties_under_their_roles(rows: list[list[str]], want: dict[str, str]) -> None:
    from parsers.extract.parties import signature_parties

    assert signature_parties(rows) == want


def test_a_company_name_wrapped_in_its_signature_cell_is_read_whole() -> None:
    from parsers.extract.parties import signature_parties

    # the PDF breaks "For the Buyer: Cañaverales del Norte S.A.S." inside its cell: the legal form alone is no name
    rows = [["For the Seller: Kestrel Works Ltd.", "For the Buyer: Cañaverales del Norte"],
            ["/s/ Jane Roe", "S.A.S."], ["Jane Roe, Sales Manager", "/s/ Ana Ruiz"]]
    assert signature_parties(rows) == {"seller": "Kestrel Works Ltd.", "buyer": "Cañaverales del Norte S.A.S."}
    # a caption in two languages over the company is no wrapped name
    two = [["For the Seller / Für den Verkäufer", "For the Buyer / Für den Käufer"],
           ["Kestrel Works Ltd.", "Beispiel Maschinen GmbH"]]
    assert signature_parties(two) == {"seller": "Kestrel Works Ltd.", "buyer": "Beispiel Maschinen GmbH"}


def test_a_contract_without_roles_in_its_preamble_takes_them_from_the_signatures() -> None:
    buyer, seller = _parties_of(["SUPPLY AGREEMENT", "Agreement No. SA-12",
                                 "Kestrel Works Ltd. and Harbour Traders Pty Ltd agree as follows:",
                                 "Total contract value: 1,000.00 USD", "For the Buyer   For the Seller",
                                 "Harbour Traders Pty Ltd   Kestrel Works Ltd.", "/s/ T. Berg   /s/ A. Hale"])
    assert (buyer, seller) == ("Harbour Traders Pty Ltd", "Kestrel Works Ltd.")


@pytest.mark.parametrize("cell", ["卖方（盖章）", "Buyer (signature)", "Prepared By", "Erstellt von",
                                  "Empfänger / Beneficiary", "Ordenante / Ordering customer"])
def test_a_caption_beside_a_caption_is_no_name(cell: str) -> None:
    party = party_from_block([cell])
    assert party is not None and party.name is None


def test_cpq_cards_side_by_side_give_the_customer_under_its_own_caption() -> None:
    buyer, seller = _parties_of(["Kestrel Works Ltd.", "QUOTE", "Q-2026-77", "Préparé pour   Préparé par",
                                 "Claire Roy   Anna Hale", "Boulangeries Réunies SAS   Kestrel Works Ltd.",
                                 "8 quai Est, 69002 Lyon   5 Mill Lane, Leeds", "Total: 1 000,00 EUR"])
    assert (buyer, seller) == ("Boulangeries Réunies SAS", "Kestrel Works Ltd.")


@pytest.mark.parametrize(("name", "clean"), [
    ("Doc No. 单据号码 Kowloon Tools Ltd.", "Kowloon Tools Ltd."),
    ("No. 单号 Kinta Valley Automation Sdn. Bhd.", "Kinta Valley Automation Sdn. Bhd."),
    ("No. 5 Dock Works Ltd.", "No. 5 Dock Works Ltd."),
    # an addressee's marker from an address window
    ("Sres. Talleres Andinos S.A.S.", "Talleres Andinos S.A.S."),
    ("M/s 宁海机电有限公司", "宁海机电有限公司"),
    ("致：Kestrel Works Ltd.", "Kestrel Works Ltd."),
    ("Firma Müller Fördertechnik GmbH", "Müller Fördertechnik GmbH"),
    ("An die Firma Müller Fördertechnik GmbH", "Müller Fördertechnik GmbH"),
    ("Messrs. Harbour Traders Pty Ltd", "Harbour Traders Pty Ltd"),
    # no company after the marker, or the word belongs to the name: unchanged
    ("Firma Schmidt", "Firma Schmidt"),
    ("Tokyo Seiki Co., Ltd.", "Tokyo Seiki Co., Ltd."),
    ("Société Générale SA", "Société Générale SA"),
])
def test_a_number_caption_run_into_a_name_is_cut(name: str, clean: str) -> None:
    from parsers.extract.parties import name_after_caption

    assert name_after_caption(name) == clean


def test_two_box_captions_side_by_side_are_no_name() -> None:
    from parsers.extract.parties import caption_row_value

    cells = ["Consignee", "Export references"]
    assert caption_row_value(cells, "Export references", "Harbour Traders Pty Ltd", "PO 4471")
    assert caption_row_value(["Empfänger", "Frachtzahler"], "Frachtzahler", "宁海机电有限公司", None)
    # a name beside its caption (nothing company-like under the caption), or a name completed below: a name
    assert not caption_row_value(["Consignee", "Casa Rossi"], "Casa Rossi", "Via Roma 5, Roma", None)
    assert not caption_row_value(["Consignee", "Harbour Traders"], "Harbour Traders", "Kestrel Works Ltd.", "Pty Ltd")


def test_sea_waybill_consignee_box_beside_another_box() -> None:
    rows = [[(40, "SEA WAYBILL")], [(40, "Shipper"), (300, "Waybill No.")],
            [(40, "Kestrel Works Ltd."), (300, "SWB-4471")], [(40, "5 Mill Lane, Leeds")],
            [(40, "Consignee"), (300, "Export references")],
            [(40, "Harbour Traders Pty Ltd"), (300, "PO 4500081569")], [(40, "4 Quay St, Cairns")],
            [(40, "Freight"), (300, "PREPAID")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == "Harbour Traders Pty Ltd"


@pytest.mark.parametrize("beside", ["FWB No. IML-FWB-350489", "Waybill No. SWB-4471", "B/L Nr. HLC-31-0077"])
def test_a_number_caption_beside_the_consignee_caption_is_no_name(beside: str) -> None:
    # the right column's "FWB No. <number>" set on the consignee caption's line (the name wrapped below): a caption
    # and its number, no party; the consignee's block below the caption is
    rows = [[(40, "CONSIGNOR"), (300, "FWB")], [(40, "Kestrel Works Ltd.")], [(40, "5 Mill Lane, Leeds")],
            [(40, "CONSIGNEE"), (300, beside)],
            [(40, "Pamir Sino Mining LLC"), (300, "Shipment reference: order PSM-CG-2035-0031")],
            [(40, "Rudaki Avenue 137")], [(40, "Dushanbe 734025")], [(40, "NOTIFY ADDRESS")],
            [(40, "Sun Haitao, Pamir Sino Mining LLC")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == "Pamir Sino Mining LLC"


def test_a_caption_and_number_reads_as_a_field_but_a_numbered_company_name_does_not() -> None:
    from parsers.extract.parties import labelled_field

    assert labelled_field("FWB No. IML-FWB-350489") and labelled_field("Invoice Nr. 4711")
    assert labelled_field("Order # 4500031111")
    # negatives: a company with a number in its name, a name without a number marker
    assert not labelled_field("Kestrel No. 2 Ltd") and not labelled_field("Harbour Traders 24 Pty Ltd")
    assert not labelled_field("Pamir Sino Mining LLC")


@pytest.mark.parametrize(("cell", "tail"), [("To 致:", "to"), ("Supplier 供应商", "supplier"),
                                            ("买方 Buyer：", "buyer"), ("Date 日期", None)])
def test_a_caption_in_english_and_chinese_without_a_slash(cell: str, tail: str | None) -> None:
    from parsers.extract.parties import bilingual_caption_tail

    assert bilingual_caption_tail(cell, {"to", "supplier", "buyer"}) == tail


@pytest.mark.parametrize(("block", "name"), [
    # the neighbouring cell's number caption over the company block
    (["Doc No. 单据号码", "Kinta Valley Automation Sdn. Bhd. 近打谷自动化有限公司", "Lot 5, Ipoh"],
     "Kinta Valley Automation Sdn. Bhd. 近打谷自动化有限公司"),
    (["No. 单号", "宁海机电有限公司", "宁海路8号"], "宁海机电有限公司"),
    # the legal form wrapped onto the line that also carries the Chinese name
    (["Kinta Valley Automation Sdn.", "Bhd. 近打谷自动化有限公司", "Lot 5, Ipoh"], "Kinta Valley Automation Sdn. Bhd."),
])
def test_bilingual_blocks_under_a_number_caption(block: list[str], name: str) -> None:
    party = party_from_block(block)
    assert party is not None and party.name == name


def test_signature_lines_of_an_order_never_override_a_labelled_party() -> None:
    buyer, seller = _parties_of(["Harbour Traders Pty Ltd", "4 Quay St, Cairns", "PURCHASE ORDER", "PO No.: PO-77",
                                 "Supplier: Kestrel Works Ltd.", "Total: 1,000.00 USD", "For the Supplier",
                                 "Ateliers du Nord S.à r.l."])
    assert (buyer, seller) == ("Harbour Traders Pty Ltd", "Kestrel Works Ltd.")


def test_our_own_block_beside_the_window_is_never_the_addressee() -> None:
    from parsers.extract.parties import letter_parties

    # read without columns, the issuer's block on the right interleaves its lines with the window on the left; its
    # town line ends in a postcode whose letters read like a legal form ("BS1 4AB", Swedish "AB")
    segs = ["Kestrel Works Ltd.", "5 Mill Lane", "Kestrel Works Ltd. · 5 Mill Lane · Bristol BS1 4AB",
            "Bristol BS1 4AB", "Harbour Traders Pty Ltd", "United Kingdom", "4 Quay Street", "Cairns QLD 4870"]
    found = letter_parties(segs)
    assert found is not None
    sender, addressee = found
    assert sender.name == "Kestrel Works Ltd." and addressee.name == "Harbour Traders Pty Ltd"
    # a postcode line alone in the window names no company
    assert letter_parties(["Kestrel Works Ltd. · 5 Mill Lane · Leeds", "Leeds LS1 4AB", "Kurt Weber", ""]) is None


def _page_window(doc_type: str, buyer: str | None = None) -> Any:
    """A quotation page: the issuer's block top right, set a line higher than the return line over the window at the
    left, whose company has no postcode line; the lines of both columns interleave."""
    from parsers.extract.parties import settle_letter_window
    from parsers.model import Document, Party

    rows: list[list[tuple[float | None, str]]] = [
        [(430.0, "Kestrel Works Ltd.")], [(470.0, "5 Mill Lane")],
        [(45.0, "Kestrel Works Ltd. · 5 Mill Lane · Bristol BS1 4AB")], [(450.0, "Bristol BS1 4AB")],
        [(45.0, "Wadi Rum Packaging Co.")], [(480.0, "United Kingdom")], [(45.0, "Industrial Estate West")],
        [(430.0, "Phone +44 117 496 0000")], [(45.0, "P.O. Box 77")], [(45.0, "Aqaba"), (400.0, "IBAN GB29 0000")],
        [(45.0, "Quotation")], [(45.0, "Quote No."), (160.0, "Q-77")]]
    doc = Document(source="test", doc_type=doc_type)
    if buyer:
        doc.buyer = Party(name=buyer, address="United Kingdom, Industrial Estate West", country="GB")
    settle_letter_window(doc, rows, False, {}, {})
    return doc


def test_the_window_under_the_return_line_names_the_addressee_beside_the_issuers_block() -> None:
    doc = _page_window("quotation")
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."
    assert doc.buyer is not None and doc.buyer.name == "Wadi Rum Packaging Co."
    assert doc.buyer.address is not None and "United Kingdom" not in doc.buyer.address
    # the addressee already read from the page without columns: its address is the window's, not our block's
    doc = _page_window("quotation", buyer="Wadi Rum Packaging Co.")
    assert doc.buyer is not None and doc.buyer.country is None
    assert doc.buyer.address is not None and "United Kingdom" not in doc.buyer.address


def test_a_bank_details_line_is_no_return_address() -> None:
    from parsers.extract.parties import letter_parties

    # the issuer's bank and its account under the letterhead: neither the bank nor the window's company is read
    # from it
    segs = ["Daugava Koks SIA", "Ostas iela 3, Rīga, LV-1010", "Rīgas Banka AS · LV12 RIBA 0000 1234 5678 9",
            "Müller Fördertechnik GmbH", "Hauptstraße 1"]
    assert letter_parties(segs) is None
    assert letter_parties(["Rīgas Banka AS · IBAN 0000 1234", "Müller GmbH", "Hauptstraße 1"]) is None


@pytest.mark.parametrize("block", [["Bhd."], ["Sdn. Bhd.", "Lot 5, Ipoh"], ["Co., Ltd."], ["GmbH & Co. KG"], ["S.A.S."]])
def test_a_legal_form_alone_is_no_name(block: list[str]) -> None:
    party = party_from_block(block)
    assert party is not None and party.name is None


@pytest.mark.parametrize(("lines", "want"), [
    ([":20:TT-88", ":32A:260301USD1000,00", ":50K:/12345678", "HARBOUR TRADERS PTY LTD", "4 QUAY ST, CAIRNS",
      ":57A:SOLCGB2S", ":59:/GB94SOLC71538376156595", "KESTREL WORKS LTD.", "5 MILL LANE, LEEDS", ":70:PO 991"],
     {"buyer": "HARBOUR TRADERS PTY LTD", "seller": "KESTREL WORKS LTD."}),
    # structured options: "1/NAME" lines, the account on the tag's line
    ([":50F:/DE44500105175407324931", "1/MÜLLER FÖRDERTECHNIK GMBH", "2/HAUPTSTRASSE 1", ":59F:/ES9121000418450200051332",
      "1/TALLERES ANDINOS S.A.S."], {"buyer": "MÜLLER FÖRDERTECHNIK GMBH", "seller": "TALLERES ANDINOS S.A.S."}),
    # the name on the tag's own line; a field with an account only names nobody
    ([":50K:宁海机电有限公司", ":59:/GB94SOLC71538376156595", ":70:INV 5"], {"buyer": "宁海机电有限公司"}),
    (["Ordering customer: see below", "50K is the field of the payer"], {}),
    # the account written in groups or with its kind ("/EUR A/C ...", "/Cta. Cte. ..."): the name is the next line
    ([":50K:/EE38 2200 2210 2014 5685", "PÕHJALA PUIT OÜ", "TARTU", ":59:/USD A/C 0077-1234-55",
      "KESTREL WORKS LTD.", ":70:INV 7"], {"buyer": "PÕHJALA PUIT OÜ", "seller": "KESTREL WORKS LTD."}),
    ([":50K:/Cta. Cte. USD 0012-3456-78", "Molinos del Sur S.A.", ":59:/GB94SOLC71538376156595", "Kestrel Works Ltd."],
     {"buyer": "Molinos del Sur S.A.", "seller": "Kestrel Works Ltd."}),
])
def test_swift_payment_message_fields_name_payer_and_payee(lines: list[str], want: dict[str, str]) -> None:
    from parsers.extract.parties import swift_parties

    assert swift_parties(lines) == want


def test_a_quotation_with_a_logo_for_a_letterhead_names_its_issuer_on_the_contact_card() -> None:
    buyer, seller = _parties_of(["Angebot", "Q-2026-5", "Erstellt für", "Müller Fördertechnik GmbH",
                                 "Hauptstraße 1, 01234 Musterstadt", "Erstellt von", "Anna Hale", "Kestrel Works Ltd.",
                                 "anna@kestrel.example", "Gesamt: 1.000,00 EUR"])
    assert (buyer, seller) == ("Müller Fördertechnik GmbH", "Kestrel Works Ltd.")


@pytest.mark.parametrize(("rows", "want"), [
    ([["Prepared For", "Prepared By"], ["Tom Berg", "Anna Hale"], ["Harbour Traders Pty Ltd", "Kestrel Works Ltd."]],
     "Kestrel Works Ltd."),
    ([["Prepared By"], ["Anna Hale"], ["Sales Manager"]], None),  # a person only: no issuer
    ([["Prepared by: Anna Hale"], ["Kestrel Works Ltd."]], None),  # a caption with its value, no card
])
def test_issuer_card_party(rows: list[list[str]], want: str | None) -> None:
    from parsers.extract.parties import issuer_card_party

    assert issuer_card_party(rows) == want


def test_a_bilingual_caption_beside_a_caption_is_no_name_and_the_card_below_is_read() -> None:
    rows = [[(50, "Nordbank AG")], [(50, "Überweisungsbeleg")], [(57, "Auftragsreferenz / Transaction reference"),
                                                               (300, "TRF-55")],
            [(57, "Kontoinhaber / Remitter"), (300, "Empfänger / Beneficiary")],
            [(57, "Müller Fördertechnik GmbH"), (300, "Kestrel Works Ltd.")],
            [(57, "****7313"), (300, "Solent Bank plc")], [(57, "Betrag / Amount"), (300, "USD 1.000,00")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == "Müller Fördertechnik GmbH"
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


@pytest.mark.parametrize(("payer_caption", "payee_caption"), [
    ("Paid by", "Beneficiary"), ("Ordenante:", "Beneficiario:"), ("Donneur d'ordre", "Bénéficiaire"),
    ("Auftraggeber", "Zahlungsempfänger"), ("Debtor name", "Creditor name"), ("付款人", "收款人"),
])
def test_a_banks_payment_confirmation_names_the_payer_and_the_beneficiary_not_the_bank(
        payer_caption: str, payee_caption: str) -> None:
    # the issuing bank's letterhead stands where a payment advice's issuer (the buyer) usually does
    rows = [[(50, "Harbourside Savings Bank Limited")], [(50, "Proof of Payment")],
            [(57, "Reference number"), (300, "HSB-OT-2291")], [(57, payer_caption), (300, "Müller Fördertechnik GmbH")],
            [(57, "From account"), (300, "****-4408")], [(57, payee_caption), (300, "Kestrel Works Ltd.")],
            [(57, "Beneficiary bank"), (300, "Solent Bank plc")], [(57, "Amount"), (300, "USD 1,000.00")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == "Müller Fördertechnik GmbH"
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


@pytest.mark.parametrize(("title", "payer_caption", "payee_caption"), [
    ("Payment status report", "Dbtr (Debtor)", "Cdtr (Creditor)"),
    ("Zahlungsstatusbericht", "Dbtr (Zahler)", "Cdtr (Empfänger)"),
    ("Rapport d'état de paiement", "Dbtr (Débiteur)", "Cdtr (Créancier)"),
    ("Informe de estado de pago", "Dbtr (Deudor)", "Cdtr (Acreedor)"),
])
def test_a_banks_iso20022_status_report_names_debtor_and_creditor_and_the_instructed_amount(
        title: str, payer_caption: str, payee_caption: str) -> None:
    # the element tags printed with a gloss name the parties; the bank's letterhead pays nothing; "InstdAmt" is the
    # sum sent, and the report's own reference ("SEK31PSR0042": a currency code glued to it) names no currency
    rows = [[(50, "Harbourside Savings Bank Limited"), (400, "BIC HSBLGB2L")], [(50, title)],
            [(50, "Reference"), (200, "Execution date"), (350, "Status")],
            [(50, "SEK31PSR0042"), (200, "2031-05-13"), (350, "ACSC")],
            [(50, "EndToEndId"), (200, "SEK31PSR0042")], [(50, "InstdAmt Ccy"), (200, "CHF 8718.71")],
            [(50, payer_caption), (200, "Müller Fördertechnik GmbH")], [(50, "CHF A/C 0418 2276 1001 9 · HSBLGB2L")],
            [(50, payee_caption), (200, "Kestrel Works Ltd.")], [(50, "GB29 WESX 3096 4170 2213 54 · WESXGB22")],
            [(50, "RmtInf/Ustrd"), (200, "INV KW-7 / PO MF-9")]]
    doc = _positioned_doc(rows)
    assert doc.doc_type == "payment_advice"
    assert doc.buyer is not None and doc.buyer.name == "Müller Fördertechnik GmbH"
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."
    assert str(doc.total) == "8718.71" and doc.currency == "CHF"


def test_a_chinese_erp_order_abroad_names_its_buyer_in_latin_and_its_supplier_beside_the_clerk() -> None:
    # the buyer's paper: its Chinese name, then its registered Latin name and address; "供应商 | 业务员" over
    # "Kestrel Works Ltd. | Wang Fang": the supplier's caption beside the clerk's, each over its value
    rows = [[(50, "凯斯特贸易(智利)有限公司")], [(50, "Harbour Traders Chile S.A. · Quay 4, Valparaíso, Chile")],
            [(50, "采购订单")], [(50, "/ Orden de Compra / Purchase Order")],
            [(50, "订单编号 N.º"), (200, "HT-CG-2031-011"), (350, "2031-05-08")],
            [(50, "供应商"), (300, "业务员")], [(50, "Kestrel Works Ltd."), (300, "Wang Fang")],
            [(50, "Proveedor"), (300, "Comprador")],
            [(50, "原币金额 Valor"), (300, "1,000.00")], [(50, "税额 Impuesto"), (300, "0.00")],
            [(50, "价税合计 Total (USD)"), (300, "1,000.00")]]
    doc = _positioned_doc(rows)
    assert doc.doc_type == "purchase_order" and doc.number == "HT-CG-2031-011"
    assert doc.buyer is not None and doc.buyer.name == "Harbour Traders Chile S.A."
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."
    assert str(doc.tax) == "0.00" and str(doc.total) == "1000.00"


def test_payment_parties_read_whole_captions_only() -> None:
    from parsers.extract.parties import payment_parties

    rows = [["Paid by", "Harbour Traders Pty Ltd"], ["Beneficiary", "Kestrel Works Ltd."],
            ["Beneficiary bank", "Solent Bank plc"], ["Beneficiary reference", "INV-7 / PO-9"],
            ["Payer account", "GB12 3456"]]
    assert payment_parties(rows) == {"buyer": "Harbour Traders Pty Ltd", "seller": "Kestrel Works Ltd."}
    assert payment_parties([["Ordenante: Malhas do Sul, S.A."]]) == {"buyer": "Malhas do Sul, S.A."}
    assert payment_parties([["Payer", "1234-5678"]]) == {}  # an account, no name
    # the payee's town after its name on one line, its name alone on another: one payee
    assert payment_parties([["Recipient: Kestrel Works Ltd., Leeds"], ["Beneficiary", "Kestrel Works Ltd."]]) == \
        {"seller": "Kestrel Works Ltd."}
    # two payers named differently: no guess
    assert payment_parties([["Payer", "A Ltd"], ["Remitter", "B Ltd"]]) == {}


def test_a_slip_that_names_only_the_beneficiary_does_not_make_its_bank_the_payer() -> None:
    rows = [[(50, "Banco Atlântico, S.A.")], [(50, "Proof of Payment")],
            [(57, "Reference number"), (300, "OP-2291")], [(57, "Beneficiary"), (300, "Kestrel Works Ltd.")],
            [(57, "Amount"), (300, "EUR 1.000,00")]]
    doc = _positioned_doc(rows)
    assert doc.doc_type == "payment_advice" and doc.buyer is None
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


def test_payment_captions_side_by_side_over_their_values() -> None:
    from parsers.extract.parties import payment_parties

    rows = [["Payer", "Beneficiary"], ["Harbour Traders Pty Ltd", "Kestrel Works Ltd."], ["****4408", "GB12 3456"]]
    assert payment_parties(rows) == {"buyer": "Harbour Traders Pty Ltd", "seller": "Kestrel Works Ltd."}


@pytest.mark.parametrize(("block", "name"), [
    (["Highveld Mining Spares (Pty)", "Ltd", "14 Steel Road"], "Highveld Mining Spares (Pty) Ltd"),
    (["Highveld Mining Spares (Pty) Ltd, 14 Steel Road, Spartan"], "Highveld Mining Spares (Pty) Ltd"),
    (["Lion Gate Packaging", "Automation Pte. Ltd.", "51 Ubi Avenue 3"], "Lion Gate Packaging Automation Pte. Ltd."),
    (["Hanbit Marine Co.,", "Ltd.", "12 Haeundae-ro"], "Hanbit Marine Co., Ltd."),
])
def test_a_legal_form_chain_stays_whole(block: list[str], name: str) -> None:
    party = party_from_block(block)
    assert party is not None and party.name == name


def test_complete_legal_form_after_a_bracketed_form() -> None:
    from parsers.extract.parties import complete_legal_form

    assert complete_legal_form("Highveld Mining Spares (Pty)", ["Ltd"]) == "Highveld Mining Spares (Pty) Ltd"


def test_a_line_of_a_third_column_inside_two_side_by_side_cards_does_not_end_them() -> None:
    # QuickBooks-style header: BILL TO | SHIP TO cards, a field grid at the right whose lines sit on their own
    # baselines between the cards' lines
    rows = [[(46, "Kestrel Works Ltd.")], [(46, "5 Mill Lane, Leeds")], [(400, "PRO FORMA INVOICE")],
            [(46, "BILL TO"), (214, "SHIP TO"), (383, "SHIPPING")], [(459, "FOB Southampton")],
            [(46, "Harbour Traders"), (214, "Harbour Traders Pty"), (383, "TERMS")],
            [(46, "Pty Ltd"), (214, "Ltd"), (383, "CURRENCY"), (459, "AUD")],
            [(46, "4 Quay St"), (214, "4 Quay St")], [(46, "Cairns QLD 4870"), (214, "Cairns QLD 4870")],
            [(46, "PRO FORMA #"), (200, "DATE")], [(46, "PF-1"), (200, "Aug 18, 2026")],
            [(46, "TOTAL"), (459, "USD 100.00")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == "Harbour Traders Pty Ltd"


@pytest.mark.parametrize(("title", "buyer", "seller"), [
    ("PURCHASE ORDER: PO-77", "Harbour Traders Pty Ltd", "Kestrel Works Ltd."),
    ("INVOICE: INV-77", "Kestrel Works Ltd.", "Harbour Traders Pty Ltd"),
])
def test_from_names_the_sender_whose_role_the_document_type_gives(title: str, buyer: str, seller: str) -> None:
    sender, addressee = (buyer, seller) if title.startswith("PURCHASE") else (seller, buyer)
    doc = _doc([title, "Date: 2026-06-15", f"From: {sender}", f"To: {addressee}", "Currency: USD",
                "2 x AB-1  Widget  @ 50.00  = 100.00", "Total: USD 100.00"])
    assert (doc.buyer.name if doc.buyer else None, doc.seller.name if doc.seller else None) == (buyer, seller)


@pytest.mark.parametrize(("text", "company"), [
    ("PT Cahaya Timur Abadi", True), ("PT. Cahaya Timur Abadi", True), ("CV Maju Bersama", True),
    ("CV. Maju Bersama", True), ("PT Bank Samudra Raya Tbk", True),
    ("PTFE gasket ring", False), ("PT 100", False), ("PT", False), ("Paying bank PT Bank Samudra", False),
    ("PT Cahaya Timur Abadi, Jl. Raya 4", False),
])
def test_a_legal_form_before_the_name_names_a_company(text: str, company: bool) -> None:
    from parsers.extract.parties import is_company_name, legal_form_search, names_a_company

    assert is_company_name(text) is company
    assert names_a_company(text) is company
    assert (legal_form_search(text) is not None) is company


def test_an_uncaptioned_customer_block_with_its_legal_form_first_beside_the_letterhead() -> None:
    # an ERP quotation: the issuer's address at the top right, the customer's block below it without a caption
    rows = [[(46, "kestrel"), (438, "Kestrel Works Ltd.")], [(478, "5 Mill Lane")], [(453, "Leeds LS1 4AB")],
            [(486, "United Kingdom")], [(323, "PT Cahaya Timur Abadi")], [(323, "Jl. Industri Raya 8")],
            [(323, "Cikarang 17530")], [(323, "Indonesia")], [(46, "Quotation # Q-1001")],
            [(49, "Description"), (360, "Quantity"), (427, "Unit Price"), (507, "Amount")],
            [(49, "Widget"), (364, "2.00"), (451, "50.00"), (507, "100.00")], [(341, "Total"), (492, "$ 100.00")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == "PT Cahaya Timur Abadi"
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


@pytest.mark.parametrize(("payee", "reference"), [
    ("PAYEE", "Payment reference"), ("BENEFICIARIO", "Referencia de pago"), ("BÉNÉFICIAIRE", "Référence du règlement"),
])
def test_a_caption_beside_the_payee_caption_with_its_value_is_no_name(payee: str, reference: str) -> None:
    # a remittance advice: "Payee | Payment reference | RA-77" in one row, the payee's block under its caption
    rows = [[(46, "PT Cahaya Timur Abadi")], [(46, "Jl. Industri Raya 8, Cikarang 17530, Indonesia")],
            [(46, "Remittance Advice")], [(46, payee), (298, reference), (424, "RA-27-0077")],
            [(46, "Kestrel Works Ltd.")], [(298, "Value date"), (424, "26/04/2027")], [(46, "5 Mill Lane")],
            [(46, "Leeds LS1 4AB"), (424, "Harbour Bank")], [(46, "United Kingdom")],
            [(397, "Total paid: USD 100.00")]]
    doc = _positioned_doc(rows)
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."
    assert doc.buyer is not None and doc.buyer.name == "PT Cahaya Timur Abadi"


def test_beside_caption() -> None:
    from parsers.extract.parties import beside_caption, payment_parties

    assert beside_caption(["Payee", "Payment reference", "RA-77"], 0)
    assert not beside_caption(["Payee", "Kestrel Works", "Ltd."], 0)
    assert not beside_caption(["Payee", "Kestrel Works Ltd.", "GB12 3456"], 0)
    assert payment_parties([["Payee", "Payment reference", "RA-77"], ["Kestrel Works Ltd."]]) == \
        {"seller": "Kestrel Works Ltd."}


def test_a_box_caption_beside_a_consignee_with_its_legal_form_first_is_no_name() -> None:
    rows = [[(52, "Skyline Air"), (369, "AIR WAYBILL"), (455, "123-45678901")],
            [(49, "Shipper's Name and Address"), (301, "Not negotiable")],
            [(49, "Kestrel Works Ltd.")], [(49, "5 Mill Lane, Leeds LS1 4AB")],
            [(49, "Consignee's Name and Address"), (301, "Accounting Information")],
            [(49, "PT Cahaya Timur Abadi"), (301, "Freight prepaid")], [(49, "Jl. Industri Raya 8")],
            [(49, "Cikarang 17530")], [(49, "Indonesia")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == "PT Cahaya Timur Abadi"


def test_a_field_beside_the_addressee_caption_is_no_name_and_the_block_below_is() -> None:
    from parsers.extract.parties import labelled_field

    assert labelled_field("PO No.: GX/PO/11/0042") and labelled_field("Date: 01-02-2027")
    assert not labelled_field("Kestrel Works Ltd.") and not labelled_field("Attn: Mr Roy")
    # a Word order: the addressee box and the order's field box side by side, their lines run together
    doc = _doc(["HARBOUR TRADERS L.L.C.", "Warehouse 4, Street 9, Dubai, United Arab Emirates", "PURCHASE ORDER",
                "To,   PO No.: GX/PO/11/0042", "M/s Kestrel Works Ltd.   Date: 01-02-2027",
                "5 Mill Lane, Leeds LS1 4AB, United Kingdom   Currency: USD",
                "1   AB-1   Widget   2   NOS   50.00   100.00", "Total Amount USD   100.00"])
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


@pytest.mark.parametrize("marker", ["M/s", "M/s.", "Messrs."])
@pytest.mark.parametrize("positioned", [False, True])
def test_a_firm_marker_before_an_uncaptioned_addressee_block(marker: str, positioned: bool) -> None:
    # "M/s" (Messieurs) stands before a firm's name, with or without a legal form: the window's addressee
    texts = ["Kestrel Works Ltd.", "5 Mill Lane", "Leeds LS1 4AB", f"{marker} Sharma Traders", "12 Harbour Road",
             "Leeds LS2 7AB", "Quotation # Q-1", "Total: USD 100.00"]
    if positioned:
        xs = [438, 478, 453, 323, 323, 323, 46, 341]
        doc = _positioned_doc([[(x, t)] for x, t in zip(xs, texts, strict=True)])
    else:
        doc = _doc(texts)
    assert doc.buyer is not None and doc.buyer.name == "Sharma Traders"


def test_without_firm_marker() -> None:
    from parsers.extract.parties import name_after_caption, without_firm_marker

    assert without_firm_marker("M/s Sharma Traders") == "Sharma Traders"
    assert without_firm_marker("Messrs. PT Cahaya Timur Abadi") == "PT Cahaya Timur Abadi"
    assert without_firm_marker("Ms. Anna Keller") == "Ms. Anna Keller"
    assert without_firm_marker("M/s") == "M/s"
    assert name_after_caption("M/s Sharma Traders") == "Sharma Traders"


def _accounting_rows(title: list[str], slip: bool) -> list[list[tuple[float, str]]]:
    """An accounting package's sales document: the title at the top left, the customer's block under it without a
    caption, a column of small captions in the middle and the issuer's address on the right, every column on
    baselines of its own; with `slip`, the tear-off payment slip at the foot."""
    left = {0: title[0], 3: title[1] if len(title) > 1 else "", 5: "Ferrovia Componentes S.A.", 7: "Avenida Brasil 2950",
            9: "Parque Industrial", 10: "Valparaíso 2340000", 12: "Chile"}
    middle = {0: "Invoice Date", 1: "3 May 2027", 3: "Invoice Number", 5: "INV-0815", 8: "Reference", 9: "PO-77",
              11: "VAT Number", 13: "GB 123 4567 89"}
    right = {0: "LARKSPUR", 2: "Larkspur Valves Ltd.", 4: "8 Harbour Way", 6: "Bristol BS1 4AB", 8: "United Kingdom",
             9: "+44 117 496 0000"}
    rows = [[(x, col[r]) for x, col in ((46, left), (278, middle), (399, right)) if col.get(r)] for r in range(14)]
    rows += [[(48, "Item"), (95, "Description"), (375, "Quantity"), (429, "Unit Price"), (491, "Amount EUR")],
             [(48, "VB-10"), (95, "Ball valve DN10"), (394, "2.00"), (441, "50.00"), (516, "100.00")],
             [(350, "Subtotal"), (502, "100.00")], [(350, "TOTAL EUR"), (502, "100.00")]]
    if slip:
        rows += [[(46, "✂ - - - - - - - - - - - - -")], [(46, "PAYMENT ADVICE")],
                 [(46, "To: Larkspur Valves Ltd."), (298, "Customer"), (424, "Ferrovia Componentes S.A.")],
                 [(46, "8 Harbour Way"), (298, "Invoice Number"), (424, "INV-0815")],
                 [(46, "Bristol BS1 4AB"), (298, "Amount Due"), (424, "100.00")]]
    return rows


@pytest.mark.parametrize(("title", "slip"), [(["QUOTE"], False), (["PRO FORMA", "INVOICE"], False),
                                             (["INVOICE"], False), (["INVOICE"], True)])
def test_accounting_package_customer_under_the_title_and_the_payment_slip(title: list[str], slip: bool) -> None:
    # no caption names the customer: its block stands under the title; the slip's "To:" names the payee (us)
    doc = _positioned_doc(_accounting_rows(title, slip))
    assert doc.buyer is not None and doc.buyer.name == "Ferrovia Componentes S.A."
    assert doc.seller is not None and doc.seller.name == "Larkspur Valves Ltd."


def _cloud_rows(title: list[str], number_caption: str, attention: bool = True) -> list[list[tuple[float, str]]]:
    """A cloud accounting package's sales document: the title top left, the customer's block under it (an island
    address without house numbers or postcodes, the contact person last), a column of stacked captions in the middle
    whose first caption stands beside the issuer's name at the top right."""
    left = {0: title[0], 3: title[1] if len(title) > 1 else "", 4: "Harbour Cocoa Works Ltd.", 6: "Estate Road",
            8: "Anse Marie", 9: "Saint Lucia", 11: "Attention: Marie Joseph" if attention else ""}
    middle = {0: "Date", 1: "3 May 2027", 2: number_caption, 3: "XX-27-0815", 5: "Reference", 7: "PO-HCW-77",
              9: "Account", 10: "C00512"}
    right = {0: "Larkspur Valves Ltd.", 1: "8 Harbour Way", 2: "Bristol BS1 4AB", 3: "UNITED KINGDOM",
             5: "VAT Number GB 123 4567 89"}
    rows = [[(x, col[r]) for x, col in ((46, left), (278, middle), (389, right)) if col.get(r)] for r in range(12)]
    rows += [[(48, "Item"), (95, "Description"), (375, "Quantity"), (429, "Unit Price"), (491, "Amount USD")],
             [(48, "VB-10"), (95, "Ball valve DN10"), (394, "2"), (441, "50.00"), (516, "100.00")],
             [(350, "Subtotal"), (502, "100.00")], [(350, "TOTAL USD"), (502, "100.00")]]
    return rows


@pytest.mark.parametrize(("title", "caption", "doc_type"), [
    (["QUOTE"], "Quote Number", "quotation"), (["PRO FORMA", "INVOICE"], "Invoice Number", "proforma_invoice"),
    (["INVOICE"], "Invoice Number", "commercial_invoice"), (["PACKING SLIP"], "Slip Number", "packing_list")])
def test_cloud_accounting_issuer_beside_the_stacked_captions(title: list[str], caption: str, doc_type: str) -> None:
    # "QUOTE | Date | <our name>": the caption labels the date under it, not our name beside it; the customer's
    # block under the title is the addressee, never the letterhead
    doc = _positioned_doc(_cloud_rows(title, caption))
    assert doc.doc_type == doc_type
    assert doc.seller is not None and doc.seller.name == "Larkspur Valves Ltd."
    assert doc.buyer is not None and doc.buyer.name == "Harbour Cocoa Works Ltd."
    assert doc.number == "XX-27-0815"
    # the bare "Reference" of a sales document is the customer's order (a quote's is no order)
    assert doc.order_number == (None if doc_type == "quotation" else "PO-HCW-77")


def test_stacked_caption_beside_a_name_only_with_its_value_under_it() -> None:
    # "Supplier | Larkspur Valves Ltd." over another caption: a labelled party, no letterhead of the issuer
    rows = [[(46, "PURCHASE ORDER")], [(46, "Supplier"), (150, "Larkspur Valves Ltd.")],
            [(46, "Address"), (150, "8 Harbour Way")], [(46, "PO Number"), (150, "PO-5501")],
            [(46, "Total GBP"), (150, "100.00")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is None or doc.buyer.name != "Larkspur Valves Ltd."


def test_title_column_addressee_without_digits_needs_the_contact_person() -> None:
    from parsers.extract.parties import title_column_addressee

    rows = [[(46, "QUOTE"), (278, "Date")], [(278, "3 May 2027")], [(46, "Harbour Cocoa Works Ltd.")],
            [(46, "Estate Road")], [(46, "Anse Marie")], [(46, "Saint Lucia")]]
    assert title_column_addressee(rows) is None  # an address without a digit and no one it is for: no guess
    assert title_column_addressee([*rows, [(46, "Attention: Marie Joseph")]]) == "Harbour Cocoa Works Ltd."
    # the title in the customer's language beneath it ("Lieferschein / Packliste")
    sub = [rows[0], [(46, "Lieferschein / Packliste")], *rows[1:], [(46, "Attn: Marie Joseph")]]
    assert title_column_addressee(sub) == "Harbour Cocoa Works Ltd."
    # "Fond Road" is a street, "Fon: +49 ..." a German phone line (a letterhead's)
    fond = [rows[0], [(46, "Harbour Cocoa Works Ltd.")], [(46, "Fond Doux Road 12")], [(46, "Soufrière")]]
    assert title_column_addressee(fond) == "Harbour Cocoa Works Ltd."
    assert title_column_addressee([*fond, [(46, "Fon: +49 30 1234")]]) is None


def test_title_cell_beside_a_stacked_caption() -> None:
    from parsers.extract.document import _title_cell_beside_caption

    assert _title_cell_beside_caption([(0, "PACKING SLIP"), (15, "Date"), (30, "Larkspur Valves Ltd.")], "packing slip")
    # a caption in a field grid ("Pro forma | Date"), or a caption set in capitals ("PRO FORMA DATE" cut in two)
    assert not _title_cell_beside_caption([(0, "Pro forma"), (12, "Date")], "pro forma")
    assert not _title_cell_beside_caption([(0, "PRO FORMA"), (12, "DATE")], "pro forma")
    assert not _title_cell_beside_caption([(0, "PRO FORMA")], "pro forma")


def test_title_column_addressee() -> None:
    from parsers.extract.parties import title_column_addressee

    rows = [[(46, "INVOICE"), (300, "Date")], [(300, "1 May 2027")], [(46, "Ferrovia Componentes S.A.")],
            [(300, "Number")], [(46, "Rua das Flores 120")], [(46, "4050-262 Porto")]]
    assert title_column_addressee(rows) == "Ferrovia Componentes S.A."
    # a letterhead under the title (its phone line) is the issuer's, and a page without a title has none
    assert title_column_addressee([*rows, [(46, "Tel. +351 22 000 0000")]]) is None
    assert title_column_addressee(rows[1:]) is None
    # "Bristol BS1 4AB": a postcode that ends in "AB" is no Swedish company
    assert title_column_addressee([[(46, "QUOTE")], [(46, "Bristol BS1 4AB")], [(46, "United Kingdom")],
                                   [(46, "VAT 12")]]) is None


def test_remittance_slip_heading() -> None:
    from parsers.extract.parties import in_remittance_slip

    texts = ["Bank details", "✂ - - - - - - -", "PAYMENT ADVICE", "To: Larkspur Valves Ltd.   Customer   X"]
    assert in_remittance_slip(texts, 3)
    assert not in_remittance_slip(["INVOICE", "To: Ferrovia Componentes S.A."], 1)
    assert not in_remittance_slip(["Payment advice will follow by mail.", "To: Ferrovia Componentes S.A."], 1)


@pytest.mark.parametrize("name", ["SARL Atlas Emballages", "EURL Oasis Froid", "SPA Ciment du Sud",
                                  "SARL ATLAS EMBALLAGES"])
def test_a_maghreb_legal_form_before_the_name(name: str) -> None:
    from parsers.extract.parties import is_company_name, prefixed_company

    assert prefixed_company(name) and is_company_name(name)
    # the letterhead of a buyer's order, set in capitals, with its form first
    doc = _doc([name, "Société à responsabilité limitée au capital de 10 000 000 DA", "Zone industrielle, 16000 Alger",
                "BON DE COMMANDE N° BC-12", "Fournisseur :", "Larkspur Valves Ltd.", "8 Harbour Way, Bristol",
                "Montant total (EUR)   100,00"])
    assert doc.buyer is not None and doc.buyer.name == name
    assert not prefixed_company("SPA 12 rue Haute") and not prefixed_company("SARL")


def _bill_rows(consignee: list[str]) -> list[list[tuple[float, str]]]:
    notify = ["Ferrovia Componentes S.A.", "Rua das Flores 120", "4050-262 Porto", "Portugal"]
    rows = [[(46, "Quayside Forwarding Ltd"), (388, "COMBINED TRANSPORT")], [(46, "Unit 2, Dock Road"),
                                                                              (443, "BILL OF LADING")],
            [(49, "1 Consignor"), (301, "2 B/L No.")], [(49, "Larkspur Valves Ltd."), (301, "QFL-0042")],
            [(49, "8 Harbour Way")], [(49, "Bristol BS1 4AB")],
            [(49, "3 Consigned to order of"), (301, "4 Notify address")]]
    for n in range(max(len(consignee), len(notify))):
        rows.append([(x, t) for x, t in ((49, consignee[n] if n < len(consignee) else ""),
                                         (301, notify[n] if n < len(notify) else "")) if t])
    rows += [[(49, "5 Place of receipt"), (301, "6 Ocean vessel")], [(49, "BRISTOL"), (301, "NORTHERN STAR / 12N")],
             [(49, "B/L No.: QFL-0042"), (301, "Date of issue: 3 May 2027")]]
    return rows


@pytest.mark.parametrize("consignee", [["TO ORDER OF BANCO DO NORTE, PORTO"], ["TO ORDER"],
                                       ["Ferrovia Componentes S.A.", "Rua das Flores 120", "4050-262 Porto"]])
def test_bill_of_lading_buyer_is_the_consignee_or_the_notify_party_of_a_to_order_bill(consignee: list[str]) -> None:
    # the forwarder's letterhead issues the bill; the consignee box names the buyer, or the bank's order (the bill is
    # negotiable) and then the notify address names it
    doc = _positioned_doc(_bill_rows(consignee))
    assert doc.doc_type == "bill_of_lading"
    assert doc.buyer is not None and doc.buyer.name == "Ferrovia Componentes S.A."
    assert doc.seller is not None and doc.seller.name == "Larkspur Valves Ltd."


def test_to_order_clause_and_a_numbered_box_caption() -> None:
    from parsers.extract.parties import is_party_caption, to_order_clause

    assert to_order_clause("TO ORDER OF BANCO DO NORTE") and to_order_clause("To the order of shipper")
    assert to_order_clause("À l'ordre de la Banque X") and not to_order_clause("Torder Industries Ltd.")
    assert is_party_caption("4 Notify address") and is_party_caption("3 Consigned to order of")
    assert not is_party_caption("12 Dockside Road")


def test_survey_report_names_the_buyer_who_instructed_it() -> None:
    # the surveyor's letterhead issues the report; "Instructed by" names its principal, the buyer of the goods
    rows = [[(46, "Aegean Cargo Surveys Ltd")], [(46, "Marine Surveyors · 5 Akti Street, Piraeus")],
            [(46, "INSPECTION REPORT")], [(47, "Report No."), (198, "SR-77")], [(47, "Date of report"), (198, "3 May 2027")],
            [(47, "Instructed by"), (198, "Ferrovia Componentes S.A.")],
            [(47, "Supplier / shipper"), (198, "Larkspur Valves Ltd.")], [(47, "Purchase order"), (198, "PO-77")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == "Ferrovia Componentes S.A."
    assert doc.seller is not None and doc.seller.name == "Larkspur Valves Ltd."


def test_numbered_parties_clause_of_an_english_agreement() -> None:
    # "PARTIES (1) X ... (Seller). (2) Y of <address> (Buyer).": each paragraph wraps onto lines of its own,
    # the role stands in brackets at its end; the number is no part of the name, "of" ends a name without a form
    from parsers.extract.parties import contract_parties

    lines = ["SALE AGREEMENT No. 7", "PARTIES",
             "(1) Kestrel Widgets Ltd., a company incorporated in England and Wales (company ",
             "number 01234567) whose registered office is at 5 Mill Lane, Leeds LS1 1AA,", "United Kingdom (Seller).",
             "(2) Marais Fibres et Cordages de l'Est Ltée of Zone industrielle de Belle Rive, Port ",
             "Louis, Mauritius (BRN C0001 · VAT 2700) (Buyer).", "BACKGROUND",
             "(A) The Buyer wishes to purchase the goods described in the Schedule (Goods)."]
    assert contract_parties(lines) == {"seller": "Kestrel Widgets Ltd.",
                                       "buyer": "Marais Fibres et Cordages de l'Est Ltée"}
    lines[5:7] = ["(2) Fjord Fisk Trading of Havnegata 3, 6002 Ålesund, Norway (Org.nr. 912 345 678)", "(Buyer)."]
    assert contract_parties(lines)["buyer"] == "Fjord Fisk Trading"
    lines[5:7] = ["(2) Polder Agro Handel B.V. of Dijkweg 4, 1234 AB Lelystad (KvK 1234) (Buyer)."]
    assert contract_parties(lines)["buyer"] == "Polder Agro Handel B.V."


def test_name_led_by_its_form_ends_before_its_codes_and_address() -> None:
    # a spreadsheet cell "Käufer: TOV X, EDRPOU 1234, vul. Y 17, Poltava" over the next caption "Konto:"
    p = party_from_block(["TOV Dnipro Seeds, EDRPOU 12345678, vul. Sadova 4, 49000 Dnipro, Ukraine", "Konto:"])
    assert p is not None and p.name == "TOV Dnipro Seeds"
    assert p.address == "EDRPOU 12345678, vul. Sadova 4, 49000 Dnipro, Ukraine"
    p = party_from_block(["OOO Volga Trading, INN 7701234567, ul. Lenina 5, Samara"])
    assert p is not None and p.name == "OOO Volga Trading"


def test_supplier_order_issuer_and_addressee_frames() -> None:
    # an ERP's supplier order: "Émetteur" frames the issuer (the buyer of an order), "Adressé à" the supplier;
    # neither caption is ever a name
    doc = _doc(["ACME", "Commande fournisseur", "Réf. : CF-17", "Date commande : 03/05/2029", "Émetteur",
                "Rizeries du Sud Ltée", "Zone industrielle, Port Louis", "Maurice", "Tél. : +230 555 0101",
                "Adressé à", "Kestrel Works Ltd.", "5 Mill Lane", "Leeds LS1 4AB", "Total HT 100,00"])
    assert doc.buyer is not None and doc.buyer.name == "Rizeries du Sud Ltée"
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


def test_sender_caption_names_the_other_party_when_the_issuer_has_its_own_caption() -> None:
    # an order whose buyer is named by its own caption ("Facturé à", "Buyer"): "Émetteur" / "From" beside it is
    # then the other side, the supplier; a sender caption that repeats the buyer names no seller
    doc = _doc(["BON DE COMMANDE", "N° de commande: BC-1001", "Date: 12.03.2029", "Facturé à: Garnier Frères SA",
                "Émetteur: Kestrel Works Ltd.", "1. 10 x AB-1 Roulement à 5,00 = 50,00", "Total HT: 50,00"])
    assert doc.buyer is not None and doc.buyer.name == "Garnier Frères SA"
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."
    doc = _doc(["PURCHASE ORDER", "PO No.: PO-77", "Date: 2029-03-12", "Buyer: Garnier Freres SA",
                "From: Garnier Freres SA", "1. 10 x AB-1 Bearing @ 5.00 = 50.00", "Total: 50.00"])
    assert doc.buyer is not None and doc.buyer.name == "Garnier Freres SA"
    assert doc.seller is None or doc.seller.name != "Garnier Freres SA"


def test_nordic_supplier_caption_names_the_seller_of_an_order() -> None:
    doc = _doc(["Fjord Fisk AS    Org.nr. 912 345 678 MVA", "Havnegata 3, 6002 Ålesund, Norway",
                "INNKJØPSORDRE / PURCHASE ORDER", "Ordrenr. / Order no.   4500000001   Dato / Date   18.04.2029",
                "Leverandørnr. / Supplier no.   L-1   Vår ref. / Our ref.   Kari Nordmann",
                "Leverandør / Supplier: Kestrel Works Ltd., 5 Mill Lane, Leeds LS1 4AB, United Kingdom",
                "Sum eks. mva / Total excl. VAT: EUR 100,00"])
    assert doc.buyer is not None and doc.buyer.name == "Fjord Fisk AS"
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


def test_a_dominican_order_names_its_suplidor_and_an_exempt_itbis() -> None:
    # "Suplidor" is the Caribbean Spanish supplier caption; "ITBIS (exento)" is the Dominican VAT, here zero
    doc = _doc(["Ingenios del Caribe S.R.L.", "Av. España 12, Santo Domingo · RNC 1-01-23456-7", "ORDEN DE COMPRA",
                "No. Orden:   OC-2031-0007", "Fecha:   06/02/2031", "Suplidor:   Kestrel Works Ltd.",
                "Condición de pago:   Crédito 30 días", "21   Ud.   AB-1   Rodamiento   50.00   1,050.00",
                "Subtotal   1,050.00", "ITBIS (exento)   0.00", "Total USD   1,050.00"])
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."
    assert tuple(str(v) for v in (doc.subtotal, doc.tax, doc.total)) == ("1050.00", "0.00", "1050.00")


def test_a_banks_debit_advice_names_its_customer_under_the_title() -> None:
    from parsers.extract.parties import bank_advice_customer

    texts = ["Banque Maritime des Îles Ltée SWIFT/BIC BMIAMUMU", "Avis de débit – virement international émis",
             "Rizeries du Sud Ltée", "Zone industrielle, Port Louis, Maurice", "MU17 BMIA 0000 1111",
             "Montant débité EUR 1 000,00", "Bénéficiaire Kestrel Works Ltd."]
    assert bank_advice_customer(texts) == "Rizeries du Sud Ltée"
    assert bank_advice_customer(["Rizeries du Sud Ltée", "Avis de paiement", "Kestrel Works Ltd.",
                                 "5 Mill Lane, Leeds"]) is None  # no bank heads it: a company's own advice
    doc = _doc(["Harbour Commerce Bank Ltd. SWIFT/BIC HCBKPKKA", "Payment advice – outgoing foreign transfer",
                "Indus Wire Traders (Pvt.) Ltd.", "Plot 9, Industrial Estate, Lahore, Pakistan", "A/C 0001-0002-01",
                "Our reference HCB-TT-1", "Value date 18/05/2029", "Amount debited USD 2,137.68",
                "Beneficiary: Kestrel Works Ltd.", "5 Mill Lane, Leeds LS1 4AB, United Kingdom"])
    assert doc.buyer is not None and doc.buyer.name == "Indus Wire Traders (Pvt.) Ltd."
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


def _pdf_doc(draw: Any) -> Any:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from parsers import Limits, parse_bytes

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    draw(c)
    c.save()
    (doc,) = parse_bytes(buf.getvalue(), "doc.pdf", limits=Limits(isolate=False)).documents
    return doc


def test_a_slanted_stamp_does_not_split_the_lines_it_crosses() -> None:
    # a telex-release bill of lading stamped "SURRENDERED" at an angle over the consignee's box: the stamp's glyphs
    # span several text lines; read with them they chained those lines into one, letter by letter
    def draw(c: Any) -> None:
        c.setFont("Helvetica", 10)
        c.drawString(50, 800, "OCEAN FEEDER LINE   BILL OF LADING")
        for k, text in enumerate(["Shipper", "Kestrel Works Ltd.", "5 Mill Lane, Leeds LS1 4AB", "",
                                  "Consignee", "Garnier Frères SA", "12 rue du Port", "44000 Nantes", "France", "",
                                  "Notify party", "SAME AS CONSIGNEE", "", "Vessel / Voyage", "NORTHERN STAR / 012E"]):
            c.drawString(50, 770 - 12 * k, text)
        c.drawString(380, 770, "B/L No.  OFLU7781234")
        c.saveState()
        c.translate(300, 690)
        c.rotate(10)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(0, 0, "SURRENDERED")
        c.restoreState()

    doc = _pdf_doc(draw)
    assert doc.doc_type == "bill_of_lading"
    assert doc.buyer is not None and doc.buyer.name == "Garnier Frères SA"
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


@pytest.mark.parametrize("reference", ["SAME AS CONSIGNEE", "As consignee", "Same as consignee's address", "同收货人",
                                       "Idem consignataire", "(same as above)"])
def test_a_reference_to_another_party_is_no_name(reference: str) -> None:
    # the notify party of a telex-release bill of lading: "SAME AS CONSIGNEE", then the next boxes of the form
    party = party_from_block([reference, "Vessel / Voyage", "NORTHERN STAR / 012E", "Container / Seal", "ABCU1234566"])
    assert party is not None and party.name is None
    # ... a name that merely contains such words stays a name
    party = party_from_block(["Same As Consignee Logistics Ltd.", "5 Mill Lane"])
    assert party is not None and party.name == "Same As Consignee Logistics Ltd."


@pytest.mark.parametrize(("block", "name"), [
    (["Ferghana Tekstil MChJ, INN 301 222 333, Mustaqillik ko'chasi 5, 150100 Farg'ona, Uzbekistan"],
     "Ferghana Tekstil MChJ"),
    (["Kokand Cotton Works, STIR 302444555, Navoiy ko'chasi 7, Qo'qon"], "Kokand Cotton Works"),
    (["Dnipro Agro Service; EDRPOU: 41822704; vul. Zavodska 17, Dnipro"], "Dnipro Agro Service"),
    (["Bukhara Agro MChJ, Navoiy ko'chasi 3, 200100 Buxoro, Uzbekistan (INN", "303 555 777)"], "Bukhara Agro MChJ"),
    (["MChJ Toshkent Mashina", "Amir Temur 12, Toshkent"], "MChJ Toshkent Mashina"),
    # no tax number: a name with "Tin" or "Bin" in it is left whole
    (["Kestrel Tin Works Ltd.", "5 Mill Lane"], "Kestrel Tin Works Ltd."),
    (["Harbour Bin Supplies, Dock Road 4"], "Harbour Bin Supplies, Dock Road 4"),
])
def test_a_name_ends_at_its_tax_number_and_at_its_address(block: list[str], name: str) -> None:
    from parsers.extract.parties import name_without_address

    party = party_from_block(block)
    assert party is not None and party.name is not None and name_without_address(party.name) == name


@pytest.mark.parametrize("bill_left", [True, False])
def test_hyphenated_bill_to_and_ship_to_panes_name_the_bill_to_company(bill_left: bool) -> None:
    # an ERP's sales quote: "Bill-To | Ship-To" captions side by side, the customer under each; a caption is never
    # the name beside another caption, and the bill-to party is the buyer wherever its pane stands
    def draw(c: Any) -> None:
        c.setFont("Helvetica", 10)
        for y, left, right in ((800, "Kestrel Works Ltd.", "SALES QUOTE"), (786, "5 Mill Lane", "Reference Nbr.  QT-7781"),
                               (772, "Leeds LS1 4AB, United Kingdom", "Date  3 Mar 2029")):
            c.drawString(50, y, left)
            c.drawString(380, y, right)
        bill = ["Bill-To", "Garnier Frères SA", "12 rue du Port", "44000 Nantes", "France"]
        ship = ["Ship-To", "Garnier Frères Entrepôt Sud", "Quai 4", "44600 Saint-Nazaire", "France"]
        for k, (b, s) in enumerate(zip(bill, ship, strict=True)):
            c.drawString(50, 730 - 13 * k, b if bill_left else s)
            c.drawString(320, 730 - 13 * k, s if bill_left else b)
        c.drawString(50, 640, "Line Nbr.   Inventory ID   Line Description   Qty.   Unit Price   Ext. Price")
        c.drawString(50, 626, "1   AB-1   Bearing   10   5.00   50.00")
        c.drawString(300, 600, "Total EUR   50.00")

    doc = _pdf_doc(draw)
    assert doc.buyer is not None and doc.buyer.name == "Garnier Frères SA"
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


@pytest.mark.parametrize(("buyer_caption", "seller_caption", "buyer"), [
    ("Pirkėjas / Käufer", "Tiekėjas / Lieferant", "UAB Baltų Prekyba"),
    ("Pircējs / Buyer", "Piegādātājs / Supplier", "SIA Daugavas Tehnika"),
])
def test_a_party_caption_in_two_languages_with_the_party_on_its_line(buyer_caption: str, seller_caption: str,
                                                                    buyer: str) -> None:
    # the caption's first half is in a language the vocabulary lacks; the name, led by its legal form, runs on
    # into the address after a comma
    doc = _doc(["UŽSAKYMAS / BESTELLUNG Nr. BP-31/0044", "Data / Datum: 02.03.2031",
                f"{buyer_caption}: {buyer}, Laisvės al. 5, LT-44001 Kaunas",
                f"{seller_caption}: Kestrel Works Ltd., 5 Mill Lane, Leeds LS1 4AB, United Kingdom",
                "Iš viso / Gesamt EUR   1.200,00"])
    assert doc.buyer is not None and doc.buyer.name == buyer
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."


@pytest.mark.parametrize(("raw", "name"), [
    ("(Example Works Ltd.)", "Example Works Ltd."),
    ("[Sample Trading GmbH]", "Sample Trading GmbH"),
    ("(Kalahari Pumps (Pty) Ltd)", "Kalahari Pumps (Pty) Ltd"),
    # brackets inside a name, or two bracketed parts, are part of the name
    ("Kalahari Pumps (Pty) Ltd", "Kalahari Pumps (Pty) Ltd"),
    ("Sample Engenharia (Moçambique), Lda.", "Sample Engenharia (Moçambique), Lda."),
    ("(Alpha) and (Beta) Ltd", "(Alpha) and (Beta) Ltd"),
])
def test_a_name_wholly_in_brackets_is_the_name_inside(raw: str, name: str) -> None:
    from parsers.extract.parties import unbracketed
    assert unbracketed(raw) == name


@pytest.mark.parametrize("buyer", ["Sample Trading LLC", "Sample Engenharia (Moçambique), Lda.",
                                   "Kalahari Pumps (Pty) Ltd"])
def test_a_contracts_signature_line_names_the_party_in_brackets_after_its_role(buyer: str) -> None:
    # "Signed for the Buyer (X)": the company in brackets after the role caption, read without the brackets
    doc = _doc(["SALES CONTRACT", "Contract no.   SC-77-0042", "Date   3 March 2031",
                "1. The Seller sells and the Buyer buys the goods below.", "Total: USD 1,200.00",
                "Signed for the Seller (Example Works Ltd.)", "/s/ Jane Roe",
                f"Signed for the Buyer ({buyer})", "/s/ John Doe"])
    assert doc.seller is not None and doc.seller.name == "Example Works Ltd."
    assert doc.buyer is not None and doc.buyer.name == buyer


@pytest.mark.parametrize("kind", ["Invoice", "Estimate", "Proforma"])
def test_bill_to_at_the_left_of_a_band_whose_right_holds_a_stacked_field_list(kind: str) -> None:
    # an accounting app's band: "BILL TO" alone at the left, the document's fields stacked at the right, set on
    # baselines of their own between the customer's lines; the customer is read under its caption, no field mixed in
    rows = [[(430, kind.upper())], [(440, "Example Works Ltd.")], [(470, "1 High Street")],
            [(420, "Exampletown EX1 2AB, United Kingdom")], [(53, "BILL TO")],
            [(396, f"{kind} Number:"), (482, "EX-000123")], [(53, "Sample Engenharia (Moçambique), Lda.")],
            [(53, "Avenida 10 de Maio 77"), (410, f"{kind} Date:"), (482, "9 May 2031")], [(53, "Maputo")],
            [(395, "Amount Due (USD):"), (482, "1,200.00")], [(53, "Moçambique")],
            [(49, "Items"), (365, "Quantity"), (457, "Price"), (515, "Amount")],
            [(49, "EX-1"), (389, "2"), (445, "600.00"), (506, "1,200.00")], [(395, "Total:"), (506, "1,200.00")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == "Sample Engenharia (Moçambique), Lda."
    assert doc.buyer.address is not None and "Number" not in doc.buyer.address and "Maputo" in doc.buyer.address
    assert doc.seller is not None and doc.seller.name == "Example Works Ltd."


@pytest.mark.parametrize("number", ["({n})", "{n}.", "{n})"])
def test_sea_waybill_boxes_numbered_in_brackets_are_captions(number: str) -> None:
    # "(2) Consignee | (3) Notify address": the caption beside the consignee's caption is the next box, no name
    def box(n: int, caption: str) -> str:
        return f"{number.format(n=n)} {caption}"

    rows = [[(46, "OCEANIC LINE"), (500, "SEA WAYBILL")],
            [(49, box(1, "Shipper")), (301, box(4, "SWB No."))], [(49, "Larkspur Valves Ltd."), (301, "OCL0042")],
            [(49, "8 Harbour Way")], [(49, "Bristol BS1 4AB")],
            [(49, box(2, "Consignee")), (301, box(3, "Notify address"))],
            [(49, "Ferrovia Componentes S.A."), (301, "Porto Customs Brokers Lda., Porto")],
            [(49, "Rua das Flores 120")], [(49, "4050-262 Porto")],
            [(49, box(5, "Place of receipt")), (301, box(6, "Vessel / voyage"))],
            [(49, "BRISTOL CY"), (301, "NORTHERN STAR / 12N")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == "Ferrovia Componentes S.A."
    assert doc.seller is not None and doc.seller.name == "Larkspur Valves Ltd."
    if number == "({n})":
        # the next numbered box ends the consignee's address
        assert doc.buyer.address == "Rua das Flores 120, 4050-262 Porto"


@pytest.mark.parametrize(("block", "name", "address"), [
    # a closed shareholding company's bracket wrapped onto the next line, alone or before the address
    (["Harbour Rolling Mills Co. B.S.C.", "(c)", "Building 12, Road 34"], "Harbour Rolling Mills Co. B.S.C. (c)",
     "Building 12, Road 34"),
    (["Harbour Rolling Mills Co. B.S.C.", "(c), Building 12, Road 34"], "Harbour Rolling Mills Co. B.S.C. (c)",
     "Building 12, Road 34"),
    (["Desert Cable Co. K.S.C. (Closed)", "Shuwaikh Industrial Area"], "Desert Cable Co. K.S.C. (Closed)",
     "Shuwaikh Industrial Area"),
    # a bracket after a form that needs none is the address's
    (["Kestrel Works Ltd.", "(Unit 4)", "5 Mill Lane"], "Kestrel Works Ltd.", "(Unit 4), 5 Mill Lane"),
    # Poland's limited company in its usual lower case, with the address on the same line
    (["Mleczarnia Nadrzeczna sp. z o.o., ul. Polna 7, 15-001 Białystok"], "Mleczarnia Nadrzeczna sp. z o.o.",
     "ul. Polna 7, 15-001 Białystok"),
])
def test_legal_form_with_a_bracket_or_in_lower_case_stays_whole(block: list[str], name: str, address: str) -> None:
    party = party_from_block(block)
    assert party is not None and party.name == name and party.address == address


@pytest.mark.parametrize(("payer", "caption"), [
    ("Harbour Rolling Mills & Extrusion Co. B.S.C. (c)", "Ordering customer"),
    ("Mleczarnia Nadrzeczna Podlaska sp. z o.o.", "Auftraggeber"),
    ("Confecciones Textiles del Pacífico S.A. de C.V.", "Ordenante"),
])
def test_payment_confirmation_keeps_the_payer_name_a_swift_field_cuts_at_35_characters(payer: str,
                                                                                       caption: str) -> None:
    # the bank prints the transfer's captions, then the MT103 message whose name lines hold 35 characters each
    doc = _doc(["Harbour Commercial Bank · HCBKBHBM", "PAYMENT CONFIRMATION", "Transfer reference   HCB-0418",
                "Value date   02/06/2032", "Amount   USD 4,636.50", f"{caption}   {payer}",
                "Building 12, Road 34, Manama", "Beneficiary   Larkspur Valves Ltd.", "8 Harbour Way, Bristol BS1 4AB",
                "SWIFT message details (MT103)", ":20:HCB-0418", ":23B:CRED", ":32A:320602USD4636,50",
                ":50K:/418-22-761003-5", payer.upper()[:35], ":59:/GB29WESX30964170221354", "LARKSPUR VALVES LTD.",
                ":71A:OUR"])
    assert doc.doc_type == "payment_advice"
    assert doc.buyer is not None and doc.buyer.name == payer
    assert doc.seller is not None and doc.seller.name == "Larkspur Valves Ltd."


@pytest.mark.parametrize("buyer", ["Mleczarnia Nadrzeczna sp. z o.o.", "Harbour Traders", "Harbour Traders Pty Ltd"])
def test_bill_to_beside_the_top_word_of_a_wrapped_field_caption(buyer: str) -> None:
    # an online accounting package's invoice: "Invoice Date :" wraps in the right-aligned field list, its first
    # word on the line of "Bill To"; the customer is the name under the caption, not "Invoice"
    rows = [[(46, "Larkspur Valves Ltd.")], [(46, "8 Harbour Way"), (520, "INVOICE")],
            [(46, "Bristol BS1 4AB"), (515, "# INV-2032-1227")], [(46, "United Kingdom")],
            [(46, "VAT Reg. GB 284 1177 42"), (530, "Balance Due")], [(46, "orders@example.com"), (515, "EUR 1,895.40")],
            [(46, "Bill To"), (380, "Invoice")], [(46, buyer), (540, "23 Mar 2032")], [(385, "Date :")],
            [(46, "ul. Polna 7")], [(470, "Net 45 days after")], [(46, "15-001 Białystok"), (380, "Terms :")],
            [(470, "receipt of invoice")], [(46, "Poland")], [(360, "Due Date :"), (540, "7 May 2032")],
            [(375, "P.O.# :"), (480, "ZM/2032/0311")],
            [(46, "#"), (80, "Item & Description"), (400, "Qty"), (460, "Rate"), (530, "Amount")],
            [(46, "1"), (80, "Valve seat DN50"), (400, "3"), (460, "631.80"), (530, "1,895.40")],
            [(400, "Sub Total"), (530, "1,895.40")], [(400, "Total"), (530, "EUR 1,895.40")]]
    doc = _positioned_doc(rows)
    assert doc.buyer is not None and doc.buyer.name == buyer
    assert doc.buyer.address == "ul. Polna 7, 15-001 Białystok, Poland"
    assert doc.seller is not None and doc.seller.name == "Larkspur Valves Ltd."


@pytest.mark.parametrize(("phrase", "ship_to"), [("on behalf of", "Ship To"), ("im Auftrag von", "Lieferadresse"),
                                                 ("pour le compte de", "Livrer à"), ("por cuenta de", "Consignee")])
def test_an_agents_document_on_behalf_of_its_client_names_the_client_the_seller(phrase: str, ship_to: str) -> None:
    # a 3PL warehouse prints the packing list for its client: the client is the seller, not the warehouse, and the
    # "Client" caption names it, not the buyer; the ship-to party is the buyer
    doc = _doc([f"Solent Storage Services Ltd · Unit 9, Marsh Lane, Totton SO40 3XX · {phrase}",
                "Larkspur Valves Ltd.", "8 Harbour Way, Bristol BS1 4AB", "PACKING LIST",
                "Client:   Larkspur Valves Ltd. (LV02)", "Despatch No.:   D-55120", "Despatch Date:   03/04/2032",
                ship_to, "Harbour Traders Pty Ltd", "4 Quay St", "Cairns QLD 4870",
                "SKU   Product Name   Qty", "VS-50   Valve seat DN50   3"])
    assert doc.seller is not None and doc.seller.name == "Larkspur Valves Ltd."
    assert doc.buyer is not None and doc.buyer.name == "Harbour Traders Pty Ltd"


def test_a_signature_on_behalf_of_a_company_names_no_agent() -> None:
    from parsers.extract.parties import agent_principal

    assert agent_principal(["For and on behalf of Larkspur Valves Ltd.", "J. Smith"]) is None
    assert agent_principal(["Solent Storage Ltd · on behalf of", "Larkspur Valves Ltd."]) == "Larkspur Valves Ltd."
    assert agent_principal(["Solent Storage Ltd, acting on behalf of Larkspur Valves Ltd."]) == "Larkspur Valves Ltd."


@pytest.mark.parametrize("line", ["Accounts Payable, Harbour Traders Pty Ltd", "Purchasing Department – Harbour Traders Pty Ltd",
                                  "Einkauf / Harbour Traders Pty Ltd"])
def test_a_department_before_the_billed_company_is_not_its_name(line: str) -> None:
    doc = _doc(["Kestrel Works Ltd.", "5 Mill Lane, Leeds LS1 4AB", "INVOICE No. INV-7781", "Date: 03/04/2032",
                "Bill To:", line, "4 Quay St", "Cairns QLD 4870", "Australia", "Description   Qty   Price   Amount",
                "Valve seat DN50   3   10.00   30.00", "Total   30.00"])
    assert doc.buyer is not None and doc.buyer.name == "Harbour Traders Pty Ltd"


def test_a_department_alone_or_before_a_plain_word_stays() -> None:
    from parsers.extract.parties import without_department

    assert without_department("Purchasing Solutions Ltd") == "Purchasing Solutions Ltd"
    assert without_department("Einkauf, Lager") == "Einkauf, Lager"


def _estimate_rows(caption: str, client: list[str]) -> list[list[tuple[float, str]]]:
    """A cloud accounting package's estimate: the client's block top left under a light caption, our letterhead
    top right, both columns on baselines of their own (their lines interleave), then the reference strip."""
    left = {0: caption, **{1 + 2 * n: line for n, line in enumerate(client)}}
    right = {0: "Larkspur Valves Ltd.", 2: "8 Harbour Way", 4: "Bristol BS1 4AB", 6: "United Kingdom",
             8: "VAT GB 123 4567 89"}
    rows = [[(x, col[r]) for x, col in ((46, left), (381, right)) if col.get(r)] for r in range(12)]
    rows += [[(46, "Estimate")], [(46, "ESTIMATE NUMBER"), (214, "ESTIMATE DATE"), (382, "VALID FOR")],
             [(46, "EST-0427"), (214, "16 Feb 2027"), (382, "30 days")],
             [(48, "Item"), (95, "Details"), (375, "Quantity"), (429, "Rate"), (491, "Subtotal")],
             [(48, "1"), (95, "Ball valve DN10"), (394, "2"), (441, "50.00"), (516, "100.00")],
             [(350, "Total due"), (502, "100.00")]]
    return [r for r in rows if r]


@pytest.mark.parametrize(("caption", "client", "buyer"), [
    ("ESTIMATE FOR", ["Harbour Haul Maintenance Pty Ltd", "27 Pinnacles Road", "Karratha WA 6714", "Australia",
                      "ABN 41 618 227 305"], "Harbour Haul Maintenance Pty Ltd"),
    ("", ["Huilerie du Fleuve SA", "Zone industrielle de Sotuba", "BP 2271 Bamako", "Mali"], "Huilerie du Fleuve SA"),
    # no address line with a number under the name: no block, no guess
    ("ESTIMATE FOR", ["Huilerie du Fleuve SA", "Zone industrielle", "Mali"], None),
])
def test_the_company_block_opposite_the_letterhead_is_the_addressee(caption: str, client: list[str],
                                                                    buyer: str | None) -> None:
    # our letterhead top right, the customer's block top left (its lines between the letterhead's): the buyer
    doc = _positioned_doc(_estimate_rows(caption, client))
    assert doc.seller is not None and doc.seller.name == "Larkspur Valves Ltd."
    assert (doc.buyer.name if doc.buyer else None) == buyer


def test_no_block_opposite_a_letterhead_that_is_not_at_the_top() -> None:
    from parsers.extract.parties import opposite_letterhead_block

    rows = [[(46, "Harbour Haul Maintenance Pty Ltd"), (381, "Larkspur Valves Ltd.")], [(46, "27 Pinnacles Road")],
            [(381, "8 Harbour Way")], [(46, "Karratha WA 6714")]]
    assert opposite_letterhead_block(rows, "Larkspur Valves Ltd.") == "Harbour Haul Maintenance Pty Ltd"
    # the issuer's name further down the page is no letterhead; two client blocks leave the choice open
    assert opposite_letterhead_block([[(46, "Page 1")], [], [], *rows[1:], rows[0]], "Larkspur Valves Ltd.") is None
    two = [[*rows[0], (600, "Ship Co SA")], [*rows[1], (600, "Dock 4")], rows[2], [*rows[3], (600, "Port 3")]]
    assert opposite_letterhead_block(two, "Larkspur Valves Ltd.") is None


@pytest.mark.parametrize(("block", "name"), [
    # one sentence of a letter of confirmation, or one spreadsheet cell: the name ends at its legal form when an
    # address follows after the comma
    (["Drini Hydro Operations sh.p.k., Rruga e Elbasanit 118, 1010 Tirana, Albania (NIPT L41822701A)."],
     "Drini Hydro Operations sh.p.k."),
    (["Xəzər Polimer Qablaşdırma MMC, Sumqayıt Kimya Sənaye Parkı, Blok 7, AZ5004 Sumqayıt, VÖEN 1704182271"],
     "Xəzər Polimer Qablaşdırma MMC"),
    (["Vardar Pumpi DOOEL, ul. Industriska 12, 1000 Skopje"], "Vardar Pumpi DOOEL"),
    (["Sahel Emballages SUARL, Route de Rufisque km 12, Dakar"], "Sahel Emballages SUARL"),
    # no legal form: the cell stays as it is
    (["Drini Hydro Operations, Rruga e Elbasanit 118, 1010 Tirana"], "Drini Hydro Operations, Rruga e Elbasanit 118, "
                                                                    "1010 Tirana"),
])
def test_a_name_ends_at_more_legal_forms_before_its_address(block: list[str], name: str) -> None:
    from parsers.extract.parties import name_without_address

    party = party_from_block(block)
    assert party is not None and party.name is not None and name_without_address(party.name) == name


def test_a_venezuelan_compania_anonima_letterhead_names_the_orders_buyer() -> None:
    # "C.A." (compañía anónima) ends a company name like "S.A."; the letterhead cell beside the title is the buyer
    doc = _doc(["Envases Ejemplo del Zulia, C.A.   ORDEN DE COMPRA", "RIF J-30000000-1   N° OC-EX-2034-01",
                "Av. 16 (Guajira), Zona Industrial Norte, Galpón 27,   Fecha: 16/06/2034",
                "Señores:", "Harbour Traders Ltd.", "Sub-Total 100,00", "Total a pagar USD 100,00"])
    assert doc.buyer is not None and doc.buyer.name == "Envases Ejemplo del Zulia, C.A."


def test_a_californian_state_code_is_no_compania_anonima() -> None:
    # negative: only the dotted "C.A." is the legal form; "CA 94105" in an address line names no company
    from parsers.extract.parties import names_a_company

    assert not names_a_company("500 Howard Street, San Francisco, CA 94105")
    assert not names_a_company("San Francisco CA")
    assert names_a_company("Banco Ejemplo del Lago, C.A.")


@pytest.mark.parametrize(("name", "want"), [
    ("NC Northwind Components Ltd.", "Northwind Components Ltd."),  # a logo square's monogram before the name
    ("HVL Harbour Valve Line Ltd", "Harbour Valve Line Ltd"),
    # negatives: letters that are not the next words' initials, or a name of capitals only, stay
    ("KSB Pumps Ltd", "KSB Pumps Ltd"), ("ABC Trading Ltd", "ABC Trading Ltd"), ("NC Northwind", "NC Northwind"),
    ("DHL Express", "DHL Express"), ("AB ACME BEARINGS LTD", "AB ACME BEARINGS LTD"),
])
def test_a_logo_monogram_before_the_company_name_is_no_part_of_it(name: str, want: str) -> None:
    from parsers.extract.parties import without_monogram

    assert without_monogram(name) == want


def test_initials_written_with_the_name_wherever_it_stands_are_part_of_it() -> None:
    # a registered name that begins with its own initials repeats them in the seller box and the footer; a logo
    # monogram stands once, beside the letterhead, and the name is written plainly elsewhere
    from parsers.extract.parties import without_monogram

    name = "MVM Musterhafter Versicherungsverein Musterstadt a.G."
    twice = f"Verkäufer\n{name}\nMusterstr. 12\n...\nMVM Musterhafter\nVersicherungsverein Musterstadt a.G.\n"
    assert without_monogram(name, twice) == name
    once = "NC Northwind Components Ltd.\n12 Dockside Road\n...\nRegistered office: Northwind Components Ltd."
    assert without_monogram("NC Northwind Components Ltd.", once) == "Northwind Components Ltd."


@pytest.mark.parametrize(("line", "want"), [
    ("To the order of Example Distillers Ltd.", "Example Distillers Ltd."),
    ("To order of Harbour Traders Limited", "Harbour Traders Limited"),
    ("A la orden de Pesquera del Sur S.A.", "Pesquera del Sur S.A."),
    # negatives: a bank, the shipper, or a bare "to order" names no buyer
    ("TO ORDER OF BANQUE EXTÉRIEURE SA", None), ("To the order of Example Bank plc", None),
    ("To order of shipper", None), ("To order", None),
])
def test_a_negotiable_bill_consigned_to_the_order_of_a_company(line: str, want: str | None) -> None:
    party = party_from_block([line, "12 Harbour Road"])
    assert (party.name if party is not None else None) == want


def test_a_shipper_box_caption_beside_the_carriers_letterhead_reads_the_box_below() -> None:
    # an ocean carrier's bill: "SHIPPER" top left, the carrier's name top right on the same line; the shipper's
    # block stands under the caption; the consignee "to the order of" a trading company is the buyer
    def draw(c: Any) -> None:
        c.setFont("Helvetica", 8)
        for x, y, text in [(49, 47, "SHIPPER"), (301, 47, "Oceanic Example Line Ltd"),
                           (49, 55, "Kestrel Works Ltd."), (49, 66, "5 Mill Lane"), (301, 66, "BILL OF LADING"),
                           (49, 76, "Leeds LS1 4AB"), (49, 87, "United Kingdom"),
                           (49, 103, "CONSIGNEE"), (301, 103, "B/L NO."),
                           (49, 111, "To the order of Garnier Freres SA"), (301, 111, "OELU3601447"),
                           (49, 122, "12 rue du Port"), (49, 132, "44000 Nantes"),
                           (49, 170, "NOTIFY PARTY"), (301, 170, "PLACE OF RECEIPT"),
                           (49, 178, "Garnier Freres SA, attn. Paul Martin"), (301, 178, "Leeds CY"),
                           (49, 195, "OCEAN VESSEL / VOYAGE"), (301, 195, "PORT OF LOADING"),
                           (49, 203, "NORTHERN STAR / 012E"), (301, 203, "Felixstowe"),
                           (49, 384, "SHIPPED ON BOARD"), (301, 384, "PLACE AND DATE OF ISSUE"),
                           (49, 393, "SHIPPED ON BOARD 14 APR 2036"), (301, 393, "Felixstowe, 14 APR 2036")]:
            c.drawString(x, 842 - y, text)

    doc = _pdf_doc(draw)
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."
    assert doc.buyer is not None and doc.buyer.name == "Garnier Freres SA"


def test_a_shipper_caption_with_its_name_beside_it_keeps_that_name() -> None:
    # negative: "Shipper   Kestrel Works Ltd." with the name close beside the caption (its value cell)
    def draw(c: Any) -> None:
        c.setFont("Helvetica", 8)
        c.drawString(49, 795, "BILL OF LADING")
        c.drawString(49, 780, "Shipper")
        c.drawString(110, 780, "Kestrel Works Ltd.")
        c.drawString(110, 770, "5 Mill Lane, Leeds")
        c.drawString(49, 750, "Consignee")
        c.drawString(110, 750, "Garnier Freres SA")
        c.drawString(49, 730, "B/L No. OELU3601447")
        c.drawString(49, 715, "Shipped on board 14 APR 2036")

    doc = _pdf_doc(draw)
    assert doc.seller is not None and doc.seller.name == "Kestrel Works Ltd."
