"""Line items on text/structure fixtures (not corpus files): header wording, column order, positions, totals."""
from __future__ import annotations

from typing import Any

from parsers import Limits
from parsers.content import Content, Ctx, Table, TextLine
from parsers.extract.document import extract_document
from parsers.extract.lineitems import _generic_heading
from parsers.extract.vocab import _combined, base_vocab, labels, match_start
from parsers.formats.pdf import _words_to_lines


def _items(content: Content) -> list[dict[str, Any]]:
    doc = extract_document(content, Ctx(limits=Limits(isolate=False)), source="test")
    assert doc is not None
    return doc.to_json()["line_items"]


def _key(items: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(i.get("sku"), i.get("quantity"), i.get("unit_price"), i.get("amount")) for i in items]


def test_spanish_headings_wrapped_in_narrow_cells_with_the_code_as_clave() -> None:
    # "U. de medida" and "Cantidad" wrapped mid-word in narrow ruled cells; "Clave" is the item code
    table = Table([["Clave", "Descripción", "U. de\nmedi\nda", "Canti\ndad", "P. Unitario", "Importe"],
                   ["TX-100", "Taladro 500 W", "pza", "3", "85.50", "256.50"],
                   ["TX-200", "Broca 8 mm", "pza", "10", "1.20", "12.00"],
                   ["Subtotal", "", "", "", "", "268.50"]], {"page": 1})
    content = Content(lines=[TextLine("FACTURA", {"page": 1}), TextLine("Factura Nº: 9", {"page": 1}),
                             TextLine("Total: 268.50 USD", {"page": 1})], tables=[table])
    assert _key(_items(content)) == [("TX-100", 3.0, "85.50", "256.50"), ("TX-200", 10.0, "1.20", "12.00")]


CHAR, SPACE = 5.0, 2.5  # a fixed-pitch stand-in for a PDF font: enough to place words like a layout does


def _pline(top: float, *cells: tuple[float, str], page: int = 1,
           glued: list[tuple[str, str]] | None = None) -> TextLine:
    """A PDF text line made by the PDF reader's own line builder from words placed like pdfplumber reports
    them: each (x0, text) cell's words from x0 on; `glued` pairs of neighbouring words touch (one word)."""
    words: list[dict[str, Any]] = []
    for x0, text in cells:
        x = x0
        for w in text.split():
            chars = [{"text": ch, "x0": x + CHAR * k, "x1": x + CHAR * (k + 1)} for k, ch in enumerate(w)]
            words.append({"text": w, "x0": x, "x1": x + CHAR * len(w), "top": top, "bottom": top + 9,
                          "chars": chars})
            x += CHAR * len(w) + SPACE
    words.sort(key=lambda w: w["x0"])
    for a, b in glued or []:
        k = next(i for i, w in enumerate(words) if w["text"] == a and words[i + 1]["text"] == b)
        wa, wb = words[k], words[k + 1]
        words[k:k + 2] = [{"text": a + b, "x0": wa["x0"], "x1": wb["x1"], "top": top, "bottom": top + 9,
                           "chars": wa["chars"] + wb["chars"]}]
    (line,) = _words_to_lines(words, page)
    return line


def _right(x1: float, text: str) -> tuple[float, str]:
    """A right-aligned cell ending at x1."""
    return (x1 - CHAR * len(text) - SPACE * text.count(" "), text)


def _pdf_items(*lines: TextLine) -> list[dict[str, Any]]:
    head = [_pline(10, (50, "INVOICE")), _pline(25, (50, "Invoice No.: 4711"))]
    return _items(Content(lines=head + list(lines)))


def test_position_column_glued_to_the_item_code_is_split_by_page_position() -> None:
    # the position number is right-aligned against the left-aligned code: one text segment "1 AB-100"
    head = _pline(60, (50, "Pos."), (200, "Art.-Nr."), (300, "Bezeichnung"), (520, "Menge"), (575, "ME"),
                  (620, "Preis/ME"), (700, "Gesamt"))
    rows = [_pline(75, _right(198, "1"), (200, "AB-100"), (300, "Schraube M8"), _right(570, "50"), (575, "Stk"),
                   _right(660, "0,76"), _right(740, "38,00")),
            _pline(90, _right(198, "12"), (200, "AB-200"), (300, "Mutter M8"), _right(570, "100"), (575, "Stk"),
                   _right(660, "0,21"), _right(740, "21,00")),
            _pline(110, (620, "Nettobetrag"), _right(740, "59,00"))]
    assert _key(_pdf_items(head, *rows)) == [("AB-100", 50.0, "0.76", "38.00"), ("AB-200", 100.0, "0.21", "21.00")]


def test_bilingual_headings_glued_together_and_unit_before_price() -> None:
    # "单位 Unit单价 Unit Price金额 Amount": overflowing cells touch; split into three headings
    head = _pline(60, (50, "货号 Item No."), (200, "品名 Description"), (440, "数量 Qty"), (500, "单位 Unit"),
                  (532.5, "单价 Unit Price"), (592.5, "金额 Amount"), glued=[("Unit", "单价"), ("Price", "金额")])
    assert "Unit单价" in head.text and "Price金额" in head.text
    rows = [_pline(75, (50, "HT-100"), (200, "陶瓷马克杯 350ml"), _right(495, "300"), (500, "件"), _right(590, "1.49"),
                   _right(660, "447.00")),
            _pline(90, (50, "HT-200"), (200, "骨瓷餐盘"), _right(495, "24"), (500, "件"), _right(590, "3.12"),
                   _right(660, "74.88")),
            _pline(110, (532.5, "合计 Total"), _right(660, "521.88"))]
    assert _key(_pdf_items(head, *rows)) == [("HT-100", 300.0, "1.49", "447.00"), ("HT-200", 24.0, "3.12", "74.88")]


def test_unit_price_before_quantity_and_code_as_last_column() -> None:
    head = _pline(60, (50, "Description"), (250, "Unit Price"), (330, "Qty"), (380, "Amount"), (460, "Item #"))
    rows = [_pline(75, (50, "Hex bolt M8"), _right(310, "12.50"), _right(360, "4"), _right(440, "50.00"),
                   (460, "X-1")),
            _pline(90, (50, "Washer M8"), _right(310, "0.20"), _right(360, "100"), _right(440, "20.00"),
                   (460, "X-2"))]
    assert _key(_pdf_items(head, *rows)) == [("X-1", 4.0, "12.50", "50.00"), ("X-2", 100.0, "0.20", "20.00")]


def test_heading_wrapped_over_two_lines_in_narrow_cells() -> None:
    # "Unit / Price" and "Canti / dad": the first line alone would read "Unit" as the unit column
    head1 = _pline(60, (50, "Code"), (150, "Description"), (330, "Canti"), (380, "Unit"), (440, "Amount"))
    head2 = _pline(70, (330, "dad"), (380, "Price"))
    rows = [_pline(85, (50, "K-1"), (150, "Gear motor"), _right(370, "2"), _right(430, "60.00"),
                   _right(490, "120.00"))]
    assert _key(_pdf_items(head1, head2, *rows)) == [("K-1", 2.0, "60.00", "120.00")]


def test_table_over_two_pages_with_repeated_header_and_totals_that_are_no_items() -> None:
    def head(page: int) -> TextLine:
        return _pline(60, (50, "SKU"), (150, "Description"), (330, "Qty"), (380, "Price"), (440, "Amount"),
                      page=page)

    def row(top: float, sku: str, qty: str, price: str, amt: str, page: int) -> TextLine:
        return _pline(top, (50, sku), (150, "Ball bearing"), _right(370, qty), _right(430, price),
                      _right(490, amt), page=page)

    lines = [head(1), row(75, "B-1", "10", "2.00", "20.00", 1), row(90, "B-2", "5", "3.00", "15.00", 1),
             _pline(800, (50, "Page 1 of 2"), page=1), _pline(20, (50, "Invoice 4711 continued"), page=2),
             head(2), row(75, "B-3", "1", "7.50", "7.50", 2),
             _pline(100, (380, "Subtotal"), _right(490, "42.50"), page=2),
             _pline(115, (380, "VAT 20%"), _right(490, "8.50"), page=2),
             _pline(130, (380, "Total"), _right(490, "51.00"), page=2)]
    assert _key(_pdf_items(*lines)) == [("B-1", 10.0, "2.00", "20.00"), ("B-2", 5.0, "3.00", "15.00"),
                                        ("B-3", 1.0, "7.50", "7.50")]


def test_numeric_columns_are_checked_by_quantity_times_price() -> None:
    from parsers.extract.lineitems import settle_numeric_roles

    # the price heading was not recognised ("Unit Pr." in a narrow cell): the column whose values times the
    # quantities give the amounts is the price, whatever the headings said
    rows = [["A-1", "Bolt", "1,250.00", "4", "5,000.00"], ["A-2", "Nut", "0.50", "200", "100.00"],
            ["A-3", "Washer", "2.25", "8", "18.00"]]
    roles = {0: "sku", 1: "description", 2: "other", 3: "quantity", 4: "amount"}
    assert settle_numeric_roles(rows, roles, None) == {0: "sku", 1: "description", 2: "unit_price",
                                                        3: "quantity", 4: "amount"}
    # headings that agree with the numbers are kept; numbers that fit no assignment change nothing
    right = {0: "sku", 1: "description", 2: "unit_price", 3: "quantity", 4: "amount"}
    assert settle_numeric_roles(rows, right, None) == right
    odd = [["A-1", "Bolt", "7.00", "4", "5.00"], ["A-2", "Nut", "3.00", "2", "1.00"]]
    assert settle_numeric_roles(odd, roles, None) == roles


def test_touching_spreadsheet_cells_are_split_where_the_glyphs_leave_a_gap() -> None:
    # a sheet printed to PDF: the right-aligned position "10" touches the item code, and pdfplumber makes
    # one word "1022.848.85" of them; the glyph gap between "0" and "2" is the cell border
    head = _pline(60, (50, "Pos"), (80, "Part No."), (160, "Description"), (330, "Qty"), (380, "Price"),
                  (440, "Amount"))
    row = _pline(75, _right(79, "10"), (80, "22.848.85"), (160, "Gear motor"), _right(370, "2"),
                 _right(430, "60.00"), _right(490, "120.00"), glued=[("10", "22.848.85")])
    assert "1022.848.85" in row.text
    assert _key(_pdf_items(head, row)) == [("22.848.85", 2.0, "60.00", "120.00")]


def test_an_address_line_above_the_header_is_no_wrapped_heading() -> None:
    head = [_pline(45, (50, "Springfield, IL 62701, USA")),
            _pline(60, (50, "Part No."), (150, "Description"), (330, "QTY"), (380, "Price/Unit"), (460, "Amount"))]
    rows = [_pline(75, (50, "229162"), (150, "Gear motor"), _right(370, "1"), _right(430, "1,038.83"),
                   _right(510, "1,038.83"))]
    assert _key(_pdf_items(*head, *rows)) == [("229162", 1.0, "1038.83", "1038.83")]


def test_bilingual_heading_wrapped_onto_a_second_line_stays_one_column() -> None:
    # "货号 Product Code" wrapped as "货号 Product" / "Code": not a code column next to a product column
    head = [_pline(60, (40, "产品名称"), (130, "货号 Product"), (306, "数量 Quantity"), (395, "单价 Price"),
                   (483, "金额 Total")),
            _pline(70, (40, "Description"), (130, "Code"))]
    rows = [_pline(85, (40, "LED panel"), (130, "PD-6189"), _right(318, "10"), _right(435, "1,353.22"),
                   _right(529, "13,532.20"))]
    assert _key(_pdf_items(*head, *rows)) == [("PD-6189", 10.0, "1353.22", "13532.20")]


def test_amount_on_the_second_line_of_a_row_and_summary_tables_after_the_items() -> None:
    # e-invoice print layouts: the code's second line (a GTIN) carries the line amount; a tax breakdown and
    # an allowances table follow the items and are no items
    head = _pline(60, (70, "Pos"), (191, "Beschreibung"), (340, "Nettopreis"), (400, "Menge"),
                  (437, "Steuersatz"), (494, "Nettobetrag"))
    lines = [head, _pline(70, (119, "Art-Nr")),
             _pline(75, _right(80, "1"), (119, "KR3M"), (191, "Kunstrasen"), _right(375, "3,3333"), _right(423, "3 m²"),
                    _right(471, "19 %")),
             _pline(85, (119, "4012345001235"), _right(534, "10,00")),
             _pline(100, _right(80, "2"), (119, "SFK5"), (191, "Schweinesteak"), _right(375, "5,5000"),
                    _right(423, "1 kg"), _right(471, "7 %")),
             _pline(110, (119, "4000050986428"), _right(534, "5,50")),
             _pline(130, (70, "Umsatzsteuer"), (119, "(S)"), _right(375, "15,50"), _right(471, "7"),
                    _right(534, "1,09")),
             _pline(150, (70, "Art"), (191, "Prozent"), (340, "Basisbetrag"), (494, "Betrag")),
             _pline(165, (70, "Abschlag Sondernachlass"), _right(375, "15,50"), _right(534, "-1,00")),
             _pline(190, (340, "Gesamtbetrag"), _right(534, "15,59"))]
    assert _key(_pdf_items(*lines)) == [("KR3M", 3.0, "3.3333", "10.00"), ("SFK5", 1.0, "5.50", "5.50")]


def test_price_read_the_way_quantity_times_price_gives_the_amount() -> None:
    # a German document whose item table comes from a sheet printed in an English locale: "55.987" is a
    # 3-decimal price there, not 55,987 thousand
    doc = _doc_lines("RECHNUNG", "Rechnungs-Nr.: 5", "Art.-Nr.   Bezeichnung   Menge   Einzelpreis   Gesamtpreis",
                     "339211   Scheibe M8   24   55.987   1,343.69", "K-2   Mutter M8   1.200   0,125   150,00",
                     "Gesamtbetrag: 1.493,69 EUR")
    assert _key(doc) == [("339211", 24.0, "55.987", "1343.69"), ("K-2", 1200.0, "0.125", "150.00")]


def _doc_lines(*texts: str) -> list[dict[str, Any]]:
    return _items(Content(lines=[TextLine(t, {"line": i + 1}) for i, t in enumerate(texts)]))


def test_numeric_spreadsheet_cells_with_three_decimals_keep_their_point() -> None:
    from parsers.formats.xlsx import cell_str

    # 0.125 as a number must not turn into "0.125" that a decimal-comma document reads as 125
    assert cell_str(66.022) == "66.0220"
    assert cell_str(1.5) == "1.5" and cell_str(1200.0) == "1200" and cell_str(0.12345) == "0.12345"


def test_header_rows_in_many_wordings_are_recognised() -> None:
    from parsers.extract.lineitems import header_roles
    from parsers.extract.vocab import labels

    cols = labels("columns")
    rows = {
        ("Lfd. Nr.", "Artikelcode", "Leistungsbeschreibung", "Bestellmenge", "Einh.", "EP", "GP"):
            ["pos", "sku", "description", "quantity", "unit", "unit_price", "amount"],
        ("Item Number", "Product Description", "Order Qty", "Unit of Measure", "Price Each", "Total Price"):
            ["sku", "description", "quantity", "unit", "unit_price", "amount"],
        ("Réf. produit", "Libellé", "Qté commandée", "Prix unitaire HT", "Montant total"):
            ["sku", "description", "quantity", "unit_price", "amount"],
        ("Código de artículo", "Detalle", "Unidades", "Precio por unidad", "Importe total"):
            ["sku", "description", "quantity", "unit_price", "amount"],
        ("物料代码", "商品描述", "订购数量", "不含税单价", "金额合计"):
            ["sku", "description", "quantity", "unit_price", "amount"],
        ("型号 Model", "商品名称 Product Description", "数量 Qty", "单价 Unit Price (USD)", "金额 Amount (USD)"):
            ["sku", "description", "quantity", "unit_price", "amount"],
    }
    for cells, want in rows.items():
        got = header_roles(list(cells), cols)
        assert got is not None and list(got.values()) == want, (cells, got)


def test_a_numeric_column_under_a_misread_unit_heading_is_the_price() -> None:
    from parsers.extract.lineitems import settle_numeric_roles

    rows = [["A-1", "Bolt", "4", "12.50", "50.00"], ["A-2", "Nut", "10", "0.35", "3.50"]]
    roles = {0: "sku", 1: "description", 2: "quantity", 3: "unit", 4: "amount"}
    assert settle_numeric_roles(rows, roles, None) == {0: "sku", 1: "description", 2: "quantity",
                                                        3: "unit_price", 4: "amount"}


def test_item_blocks_with_many_detail_lines_rates_in_the_quantity_column_and_tax_rows() -> None:
    # an e-invoice print: each item carries up to a dozen detail lines; the tax rate is right-aligned into
    # the quantity column ("100 Stk 19 %"); a tax line and a component list follow; none of them are items
    head = _pline(60, (49, "Pos"), (152, "Beschreibung"), (249, "Nettopreis"), (355, "Menge"), (440, "Steuer"),
                  (520, "Entgelt"))
    detail = ["ZS997 100ml", "4123456000014", "(GTIN)", "Bruttopreis : 1,00", "* Anzahl Packstücke: 4 XCT",
              "Weitere Eigenschaften:", "Verpackungsart: = BO", "EAN-VKE: 4100130913297"]
    lines = [head, _pline(75, _right(58, "1"), (153, "Zitronensäure"), _right(291, "1,00"), _right(383, "100 Stk"),
                          _right(432, "19 %"), _right(551, "100,00"))]
    top = 75.0
    for d in detail:
        top += 12
        lines.append(_pline(top, (153, d)))
    lines += [_pline(top + 15, _right(58, "2"), (153, "Gelierzucker"), _right(291, "1,45"), _right(383, "50 Stk"),
                     _right(432, "7 %"), _right(551, "72,50")),
              _pline(top + 30, (49, "Umsatzsteuer (S)"), _right(383, "172,50"), _right(432, "19"),
                     _right(551, "32,78")),
              _pline(top + 50, (128, "Art-Nr-Kunde"), (352, "Beschreibung"), (457, "Menge")),
              _pline(top + 65, (200, "JOG103"), (352, "Erdbeer"), _right(486, "20 Stk")),
              _pline(top + 90, (380, "Gesamtbetrag"), _right(551, "172,50"))]
    assert _key(_pdf_items(*lines)) == [(None, 100.0, "1.00", "100.00"), (None, 50.0, "1.45", "72.50")]


def test_carried_forward_rows_between_pages_are_no_items() -> None:
    # ruled tables accept one-number rows (a freight line with only its amount): a carry-over is none
    page1 = Table([["Art.-Nr.", "Bezeichnung", "Menge", "Preis", "Betrag"],
                   ["A-1", "Schraube", "10", "2,00", "20,00"], ["", "Übertrag", "", "", "20,00"]], {"page": 1})
    page2 = Table([["", "Übertrag", "", "", "20,00"], ["A-2", "Mutter", "5", "1,00", "5,00"],
                   ["", "Fracht", "", "", "7,50"]], {"page": 2})
    content = Content(lines=[TextLine("RECHNUNG", {"page": 1}), TextLine("Rechnungs-Nr.: 7", {"page": 1}),
                             TextLine("Gesamtbetrag: 32,50 EUR", {"page": 2})], tables=[page1, page2])
    assert _key(_items(content)) == [("A-1", 10.0, "2.00", "20.00"), ("A-2", 5.0, "1.00", "5.00"),
                                     (None, None, None, "7.50")]


def test_a_prose_word_in_the_code_column_without_description_is_no_item() -> None:
    table = Table([["Art.-Nr.", "Bezeichnung", "Menge", "Preis", "Betrag"],
                   ["BR-4529", "Stoßfänger", "10", "100,00", "1.000,00"],
                   ["innergemeinschaftliche", "", "1.000,00", "", "0,00"]], {"page": 1})
    content = Content(lines=[TextLine("RECHNUNG", {"page": 1}), TextLine("Rechnungs-Nr.: 7", {"page": 1}),
                             TextLine("Gesamtbetrag: 1.000,00 EUR", {"page": 1})], tables=[table])
    assert _key(_items(content)) == [("BR-4529", 10.0, "100.00", "1000.00")]


def test_table_resumes_on_the_next_page_after_a_page_subtotal_without_a_repeated_header() -> None:
    head = _pline(60, (50, "SKU"), (150, "Description"), (330, "Qty"), (380, "Price"), (440, "Amount"))

    def row(top: float, sku: str, qty: str, price: str, amt: str, page: int) -> TextLine:
        return _pline(top, (50, sku), (150, "Hex bolt"), _right(370, qty), _right(430, price), _right(490, amt),
                      page=page)

    lines = [head, row(75, "B-1", "10", "2.00", "20.00", 1),
             _pline(90, (380, "Subtotal"), _right(490, "20.00"), page=1),
             _pline(20, (50, "Continued from page 1"), page=2), _pline(35, (50, "Terms 30 days net"), page=2),
             row(50, "B-2", "4", "2.50", "10.00", 2), row(65, "B-3", "1", "3.00", "3.00", 2),
             _pline(90, (380, "Total"), _right(490, "33.00"), page=2),
             _pline(110, (50, "Bank IBAN DE12 3456"), _right(370, "2"), _right(490, "7.00"), page=3)]
    assert _key(_pdf_items(*lines)) == [("B-1", 10.0, "2.00", "20.00"), ("B-2", 4.0, "2.50", "10.00"),
                                        ("B-3", 1.0, "3.00", "3.00")]


def test_ruled_table_resumes_on_the_next_page_after_a_page_subtotal() -> None:
    page1 = Table([["Art.-Nr.", "Bezeichnung", "Menge", "Preis", "Betrag"],
                   ["A-1", "Schraube", "10", "2,00", "20,00"], ["Zwischensumme", "", "", "", "20,00"]], {"page": 1})
    page2 = Table([["A-2", "Mutter", "5", "1,00", "5,00"], ["Gesamtbetrag", "", "", "", "25,00"]], {"page": 2})
    content = Content(lines=[TextLine("RECHNUNG", {"page": 1}), TextLine("Rechnungs-Nr.: 7", {"page": 1}),
                             TextLine("Gesamtbetrag: 25,00 EUR", {"page": 2})], tables=[page1, page2])
    assert _key(_items(content)) == [("A-1", 10.0, "2.00", "20.00"), ("A-2", 5.0, "1.00", "5.00")]


def test_headings_over_two_rows_of_a_ruled_table() -> None:
    table = Table([["Item", "", "Qty", "Unit", "Line"], ["No.", "Description", "", "Price", "Total"],
                   ["K-1", "Gear motor", "2", "60.00", "120.00"]], {"page": 1})
    content = Content(lines=[TextLine("INVOICE", {"page": 1}), TextLine("Invoice No.: 7", {"page": 1}),
                             TextLine("Total: 120.00 USD", {"page": 1})], tables=[table])
    assert _key(_items(content)) == [("K-1", 2.0, "60.00", "120.00")]


def test_ambiguous_quantity_and_price_keep_the_documents_quantity() -> None:
    # "1.000 x 26.235 = 26.235,00": 1000 x 26.235 or 1 x 26235; the quantity stays as the document writes
    # numbers (1.000 = 1000), the price is re-read; a per-unit word cut off at the cell edge ("je") is dropped
    doc = _doc_lines("RECHNUNG", "Rechnungs-Nr.: 5", "Art.-Nr.   Bezeichnung   Menge   Einzelpreis   Gesamtpreis",
                     "AM-5880   Scheibe M8   1.000   26.235   26.235,00", "AM-5881   Mutter M8   10   1,50 je   15,00",
                     "Gesamtbetrag: 26.250,00 EUR")
    assert _key(doc) == [("AM-5880", 1000.0, "26.235", "26235.00"), ("AM-5881", 10.0, "1.50", "15.00")]


def _ods(rows_xml: str) -> bytes:
    import io
    import zipfile

    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
               f'<table:table table:name="Rechnung">{rows_xml}</table:table>'
               '</office:spreadsheet></office:body></office:document-content>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
        zf.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest '
                    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    return buf.getvalue()


def _row(*cells: str) -> str:
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def _t(text: str, rep: int = 1) -> str:
    attr = f' table:number-columns-repeated="{rep}"' if rep > 1 else ""
    return f"<table:table-cell{attr}><text:p>{text}</text:p></table:table-cell>" if text else \
        f"<table:table-cell{attr}/>"


def _f(value: str, shown: str) -> str:
    return (f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{shown}</text:p>'
            "</table:table-cell>")


def test_ods_repeated_empty_cells_keep_columns_and_three_decimal_numbers_keep_their_point() -> None:
    from parsers import parse_bytes

    data = _ods(_row(_t("RECHNUNG")) + _row(_t("Rechnungs-Nr.:"), _t("4711")) +
                _row(_t("Art.-Nr."), _t("Bezeichnung"), _t("Rabatt"), _t("Einheit"), _t("Menge"), _t("Einzelpreis"),
                     _t("Gesamtpreis")) +
                _row(_t("A-1"), _t("Schraube"), _t("", 2), _f("1000", "1.000"), _f("0.125", "0,125"),
                     _f("125", "125,00")) +
                _row(_t("Gesamtbetrag:"), _t("1.250,00 EUR")))
    docs = parse_bytes(data, "rechnung.ods", limits=Limits(isolate=False)).documents
    assert _key(docs[0].to_json()["line_items"]) == [("A-1", 1000.0, "0.125", "125.00")]


def test_item_code_on_the_wrapped_lines_of_the_description() -> None:
    # no code column: the code stands on the description's next lines, broken at its hyphen
    head = _pline(60, (40, "Pos."), (217, "Beschreibung"), (306, "Menge"), (395, "E-Preis"), (483, "Gesamtpreis"))
    lines = [head, _pline(75, (40, "10"), (217, "PVC ball valve"), _right(350, "1.200 Stk"), _right(435, "1.551,39"),
                          _right(543, "1.861.668,00")),
             _pline(86, (217, "DN25")), _pline(97, (217, "Art.-Nr.: HJ-")), _pline(108, (217, "8839")),
             _pline(125, (40, "20"), (217, "Pressure gauge"), _right(350, "100 Stück"), _right(435, "373,81"),
                    _right(543, "37.381,00")),
             _pline(136, (217, "Art.-Nr.: HM-3650"))]
    assert _key(_pdf_items(*lines)) == [("HJ-8839", 1200.0, "1551.39", "1861668.00"),
                                        ("HM-3650", 100.0, "373.81", "37381.00")]
    table = Table([["Pos", "Artikelbezeichnung", "Menge", "E-Preis", "Betrag"],
                   ["2", "Safety gloves EN388\nArtikelnummer: XA-\n6020", "2", "1.349,87", "2.699,74"]], {"page": 1})
    content = Content(lines=[TextLine("RECHNUNG", {"page": 1}), TextLine("Rechnungs-Nr.: 7", {"page": 1}),
                             TextLine("Gesamtbetrag: 2.699,74 EUR", {"page": 1})], tables=[table])
    assert _key(_items(content)) == [("XA-6020", 2.0, "1349.87", "2699.74")]


def test_description_running_past_the_next_headings_edge_stays_in_its_cell() -> None:
    # a sheet's long text clipped under the price cell: "...drawing 471" touches the price heading
    head = _pline(60, (54, "Código"), (204, "Concepto"), (392, "Precio"), (431, "Cantidad"), (509, "Total"))
    row = _pline(75, (54, "560660"), (196, "Aluminium profile according to drawing 471"), _right(430, "52.31"),
                 _right(469, "1,000"), _right(555, "52,310.00"))
    assert _key(_pdf_items(head, row)) == [("560660", 1000.0, "52.31", "52310.00")]


def test_dollar_prefixes_of_other_currencies_are_read_as_amounts() -> None:
    # "A$10.27", "NZ$ 3.10", "₹1,200.00": the number beside any currency sign is the price
    head = _pline(60, (40, "Item Code"), (140, "Description"), (400, "Qty"), (460, "Unit Price"), (560, "Line Total"))
    rows = [_pline(75, (40, "BX-12"), (140, "Shackle 12 mm"), _right(420, "36 ea"), _right(520, "A$10.27"),
                   _right(620, "A$369.72")),
            _pline(90, (40, "BX-16"), (140, "Rope 16 mm"), _right(420, "2 ea"), _right(520, "NZ$154.28"),
                   _right(620, "NZ$308.56")),
            _pline(105, (40, "BX-20"), (140, "Pump"), _right(420, "1 ea"), _right(520, "₹1,200.00"),
                   _right(620, "₹1,200.00"))]
    assert _key(_pdf_items(head, *rows)) == [("BX-12", 36.0, "10.27", "369.72"), ("BX-16", 2.0, "154.28", "308.56"),
                                             ("BX-20", 1.0, "1200.00", "1200.00")]


def test_zebra_striped_table_whose_ruled_finder_saw_only_the_shaded_rows() -> None:
    # the ruled-table finder returns rows 2 and 4 (shaded); the text lines hold all four rows
    head = _pline(60, (40, "Item Code"), (140, "Description"), (400, "Qty"), (460, "Unit Price"), (560, "Amount"))
    data = [("ZB-1", "Bolt", "10", "1.50", "15.00"), ("ZB-2", "Nut", "20", "0.25", "5.00"),
            ("ZB-3", "Washer", "100", "0.05", "5.00"), ("ZB-4", "Pin", "4", "2.00", "8.00")]
    rows = [_pline(75 + 15 * k, (40, c), (140, d), _right(420, q), _right(520, p), _right(620, a))
            for k, (c, d, q, p, a) in enumerate(data)]
    shaded = Table([["Item Code", "Description", "Qty", "Unit Price", "Amount"],
                    list(data[1]), list(data[3])], {"page": 1})
    head_lines = [_pline(10, (50, "INVOICE")), _pline(25, (50, "Invoice No.: 4711"))]
    got = _key(_items(Content(lines=head_lines + [head, *rows], tables=[shaded])))
    assert got == [(c, float(q), p, a) for c, _d, q, p, a in data]


def test_a_summary_row_of_the_text_lines_never_replaces_a_complete_ruled_table() -> None:
    # a sheet's text lines see "Neto  31,00" under the amount column; the ruled table knows it is no item
    table = Table([["Código", "Descripción", "Cantidad", "P. unitario", "Importe"],
                   ["AA-1", "Filtro", "2", "10,00", "20,00"], ["AA-2", "Sello", "1", "11,00", "11,00"]], {"page": 1})
    lines = [TextLine("COTIZACIÓN", {"line": 1}), TextLine("Cotización Nº: 5", {"line": 2}),
             TextLine("Código  Descripción  Cantidad  P. unitario  Importe", {"line": 3}),
             TextLine("AA-1  Filtro  2  10,00  20,00", {"line": 4}),
             TextLine("AA-2  Sello  1  11,00  11,00", {"line": 5}),
             TextLine("Neto  31,00", {"line": 6})]
    assert _key(_items(Content(lines=lines, tables=[table]))) == [("AA-1", 2.0, "10.00", "20.00"),
                                                                   ("AA-2", 1.0, "11.00", "11.00")]


def test_sap_style_purchase_order_headings() -> None:
    # SAP prints "Material | Kurztext | Bestellmenge | ME | Preis/ME | Nettowert" and a delivery date column
    table = Table([["Pos.", "Material", "Kurztext", "Bestellmenge", "ME", "Preis/ME", "Nettowert", "Liefertermin"],
                   ["00010", "QX-0089", "Tragrolle 89 mm", "40", "Stück", "19,39", "775,60", "17.08.2026"],
                   ["00020", "QX-0500", "Abstreifer 500 mm", "3", "Stück", "258,00", "774,00", "24.08.2026"]],
                  {"page": 1})
    content = Content(lines=[TextLine("BESTELLUNG", {"page": 1}), TextLine("Bestellnummer: 45", {"page": 1})],
                      tables=[table])
    assert _key(_items(content)) == [("QX-0089", 40.0, "19.39", "775.60"), ("QX-0500", 3.0, "258.00", "774.00")]
    table = Table([["Item", "Material", "Short Text", "PO Quantity", "Order Unit", "Net Price", "Net Order Value"],
                   ["10", "QX-7", "Roller", "5", "EA", "2.00", "10.00"]], {"page": 1})
    content = Content(lines=[TextLine("PURCHASE ORDER", {"page": 1}), TextLine("PO Number: 45", {"page": 1})],
                      tables=[table])
    assert _key(_items(content)) == [("QX-7", 5.0, "2.00", "10.00")]


def test_order_lines_typed_in_a_mail_body_without_a_table() -> None:
    # "code | text | qty unit x price = amount", checked by its arithmetic; a wrong sum is no item
    body = ["Bestellung Nr. 88 vom 01.02.2026", "",
            "- QA-100 | Kugellager 6208 | 4 Stk x 4,95 € = 19,80 €",
            "* QA-200: Motor 7 kW, 10 pcs × 1.246,72 EUR = 12.467,20 EUR",
            "3. Kupplung Gr. 24 | 20 Stück à 34,52 € = 690,40 €",
            "- QA-400 | Dichtung | 3 x 5,00 = 16,00", "", "Gesamt netto: 13.177,40 €"]
    content = Content(lines=[TextLine(t, {"line": i + 1}) for i, t in enumerate(body)])
    assert _key(_items(content)) == [("QA-100", 4.0, "4.95", "19.80"), ("QA-200", 10.0, "1246.72", "12467.20"),
                                     (None, 20.0, "34.52", "690.40")]


def test_format_flowed_body_keeps_a_soft_wrapped_order_line_whole() -> None:
    # Apple Mail / Thunderbird wrap long lines with a trailing space (RFC 3676): the amount went to the next
    # line and the item was lost; a hard break (no trailing space) and quoted lines stay as they are
    from parsers.mime import parse_message

    body = ("Order no. 88\r\n- QA-100 | Ball bearing 6208 | 4 pcs x 4.95 EUR = \r\n19.80 EUR\r\n"
            "Total: 19.80 EUR\r\n> quoted line \r\n> goes on\r\n-- \r\nJane\r\n")
    raw = ("From: a@example.com\r\nTo: b@example.com\r\nSubject: order\r\nMIME-Version: 1.0\r\n"
           'Content-Type: text/plain; charset="utf-8"; format="flowed"; delsp="no"\r\n\r\n' + body).encode()
    text = parse_message(raw).text or ""
    assert "- QA-100 | Ball bearing 6208 | 4 pcs x 4.95 EUR = 19.80 EUR\n" in text
    assert "\nTotal: 19.80 EUR\n> quoted line goes on\n-- \nJane" in text
    content = Content(lines=[TextLine(t, {"line": i + 1}) for i, t in enumerate(text.splitlines())])
    assert _key(_items(content)) == [("QA-100", 4.0, "4.95", "19.80")]


def test_long_body_lines_with_many_times_signs_are_read_without_backtracking() -> None:
    # a hostile or machine-made body line ("1 x 2 x 3 x ... = ...") must neither hang nor become an item
    lines = [TextLine("ORDER No. 5", {"line": 1}), TextLine("1 x " * 5000 + "= 5", {"line": 2}),
             TextLine("- QA-1 | " + "a1 " * 3000 + "| 2 x 3.00 = 6.00", {"line": 3}),
             TextLine("- QA-2 | Ring | 2 x 3.00 = 6.00", {"line": 4})]
    from parsers.extract.lineitems import items_from_equation_lines

    items, _ev = items_from_equation_lines(lines, None)
    assert [(i.sku, i.quantity, str(i.unit_price), str(i.amount)) for i in items] == [("QA-2", 2.0, "3.00", "6.00")]


def test_text_line_items_without_unit_prices_stand_when_there_is_no_ruled_table() -> None:
    # "Description | Qty | Amount": no price column, so no arithmetic check; with no ruled table they are the items
    lines = [TextLine("PURCHASE ORDER", {"line": 1}), TextLine("PO Number: 7788", {"line": 2}),
             TextLine("Description| Qty| Amount", {"line": 3}), TextLine("Gear box| 2| 300.00", {"line": 4}),
             TextLine("Total: EUR 300.00", {"line": 5})]
    assert _key(_items(Content(lines=lines))) == [(None, 2.0, None, "300.00")]


def test_second_row_of_a_two_row_heading_that_reads_as_a_header_by_itself() -> None:
    # "HS / Code", "Net / Price": the second row alone ("Code", "Price", "Quantity") looks like a header and
    # would make the customs code the item code; the first row's words complete it
    table = Table([["Line", "Material", "Short", "HS", "Net", "PO", "Net"],
                   ["", "", "Text", "Code", "Price", "Quantity", "Order Value"],
                   ["1", "QX-7", "Roller", "8431.39.00", "2.00", "5", "10.00"],
                   ["2", "QX-9", "Idler", "8431.39.00", "3.00", "2", "6.00"]], {"page": 1})
    content = Content(lines=[TextLine("INVOICE", {"page": 1}), TextLine("Invoice No.: 45", {"page": 1})],
                      tables=[table])
    assert _key(_items(content)) == [("QX-7", 5.0, "2.00", "10.00"), ("QX-9", 2.0, "3.00", "6.00")]


def test_headings_centred_vertically_in_a_web_invoice_row() -> None:
    # a CSS table row centres its cells: "Unit / Price" and "Amount / USD" begin half a line above "Item ...
    # Quantity", so the first line of the header holds only "Unit" and "Amount"
    head0 = _pline(56, (330, "Unit"), (480, "Amount"))
    head1 = _pline(61, (40, "Item"), (120, "Description"), (260, "Quantity"), (420, "Tax"))
    head2 = _pline(66, (330, "Price"), (480, "USD"))
    rows = [_pline(80, (40, "KX-210"), (120, "Cable gland M20"), _right(300, "40"), _right(370, "1.85"),
                   (420, "No tax"), _right(530, "74.00")),
            _pline(95, (40, "KX-330"), (120, "Junction box"), _right(300, "6"), _right(370, "27.40"),
                   (420, "No tax"), _right(530, "164.40")),
            _pline(115, (420, "Subtotal"), _right(530, "238.40"))]
    assert _key(_pdf_items(head0, head1, head2, *rows)) == [("KX-210", 40.0, "1.85", "74.00"),
                                                             ("KX-330", 6.0, "27.40", "164.40")]


def test_description_centred_above_and_below_the_numbers_of_its_row() -> None:
    # a wrapped description in a vertically centred row: its first line stands above the row's numbers (and
    # the code), its last line below; a one-line row in between stays whole
    head = _pline(60, (40, "Description"), (300, "Quantity"), (380, "Unit Price"), (480, "Amount"))
    lines = [head,
             _pline(75, (40, "[VL-4410] Solenoid valve 24 V,")),
             _pline(80, _right(340, "3.00 Units"), _right(440, "61.20"), _right(540, "183.60")),
             _pline(85, (40, "brass body")),
             _pline(100, (40, "[VL-5000] Filter cartridge"), _right(340, "12.00 Units"), _right(440, "4.15"),
                    _right(540, "49.80")),
             _pline(115, (40, "[HS-0090] Pressure hose 2 m, with")),
             _pline(120, _right(340, "2.00 Units"), _right(440, "19.90"), _right(540, "39.80")),
             _pline(125, (40, "fittings")),
             _pline(145, (380, "Untaxed Amount"), _right(540, "273.20"))]
    items = _pdf_items(*lines)
    assert _key(items) == [("VL-4410", 3.0, "61.20", "183.60"), ("VL-5000", 12.0, "4.15", "49.80"),
                           ("HS-0090", 2.0, "19.90", "39.80")]
    assert items[0]["description"] == "Solenoid valve 24 V, brass body"


def test_number_heading_over_item_codes_is_the_code_and_over_positions_the_position() -> None:
    # ERP order prints head the item number "No." ("N°"); other prints head the position so
    codes = Table([["No.", "Description", "Quantity", "Unit of Measure", "Direct Unit Cost", "Line Amount"],
                   ["TR-0042A", "Torque wrench 40-200 Nm", "2", "pcs", "138.00", "276.00"],
                   ["TR-0107", "Socket set 1/2\"", "5", "pcs", "44.90", "224.50"]], {"page": 1})
    content = Content(lines=[TextLine("PURCHASE ORDER", {"page": 1}), TextLine("Order No.: 5521", {"page": 1}),
                             TextLine("Total EUR: 500.50", {"page": 1})], tables=[codes])
    assert _key(_items(content)) == [("TR-0042A", 2.0, "138.00", "276.00"), ("TR-0107", 5.0, "44.90", "224.50")]
    positions = Table([["N°", "Référence", "Désignation", "Qté", "Prix unitaire", "Montant"],
                       ["1", "BR-77", "Boulon M10", "10", "0,40", "4,00"],
                       ["2", "EC-10", "Écrou M10", "10", "0,10", "1,00"]], {"page": 1})
    content = Content(lines=[TextLine("FACTURE", {"page": 1}), TextLine("Facture N° : 88", {"page": 1}),
                             TextLine("Total TTC : 5,00 EUR", {"page": 1})], tables=[positions])
    assert _key(_items(content)) == [("BR-77", 10.0, "0.40", "4.00"), ("EC-10", 10.0, "0.10", "1.00")]


def test_item_code_leading_the_description_cell() -> None:
    # "[CODE] text" (web shops, ERP quotes), the code on the cell's first line with the text below, or
    # "CODE – text"; a measure or a plain word at the start is no code
    table = Table([["Description", "Qty", "Unit Price", "Amount"],
                   ["[BX-2040] Bearing housing", "2", "30.00", "60.00"],
                   ["PL-7781-B\nPlain bearing 40 mm", "4", "5.00", "20.00"],
                   ["MT-33019 – Motor mount, steel", "1", "12.50", "12.50"],
                   ["M12 - hex nut zinc plated", "100", "0.05", "5.00"],
                   ["Cable\n3 x 2.5 mm²", "10", "1.00", "10.00"]], {"page": 1})
    content = Content(lines=[TextLine("INVOICE", {"page": 1}), TextLine("Invoice No.: 61", {"page": 1}),
                             TextLine("Total: 107.50 USD", {"page": 1})], tables=[table])
    items = _items(content)
    assert _key(items) == [("BX-2040", 2.0, "30.00", "60.00"), ("PL-7781-B", 4.0, "5.00", "20.00"),
                           ("MT-33019", 1.0, "12.50", "12.50"), (None, 100.0, "0.05", "5.00"),
                           (None, 10.0, "1.00", "10.00")]
    assert items[0]["description"] == "Bearing housing"


def test_left_aligned_text_under_a_heading_centred_over_a_wide_column() -> None:
    # "Description" centred over a wide column: the descriptions start left of the heading, not under the
    # code heading before it; the position number glued to the code keeps its own column
    head = _pline(60, (60, "Item"), (90, "Part No."), (221, "Description"), (346, "Q'ty"), (420, "Unit Price"),
                  (486, "Amount"))
    rows = [_pline(75, _right(84, "1"), (86, "HY-2210"), (156, "Gear pump 22 cc/rev"), _right(375, "15 PCS"),
                   _right(468, "135.44"), _right(534, "2,031.60"), glued=[("1", "HY-2210")]),
            _pline(90, _right(84, "2"), (86, "PV-0620"), (156, "Proportional valve NG6"), _right(375, "5 PCS"),
                   _right(468, "269.90"), _right(534, "1,349.50"), glued=[("2", "PV-0620")])]
    assert _key(_pdf_items(head, *rows)) == [("HY-2210", 15.0, "135.44", "2031.60"),
                                             ("PV-0620", 5.0, "269.90", "1349.50")]


def test_traditional_chinese_headings_and_country_after_the_dollar_sign() -> None:
    table = Table([["項次 Item", "料號 Part No.", "品名規格 Description", "數量 Q'ty", "單位 Unit", "單價 Unit Price",
                    "金額 Amount"],
                   ["1", "TW-310", "Hydraulic gear pump", "15", "PCS", "135.44", "2031.6"]], {"page": 1})
    content = Content(lines=[TextLine("採購單 PURCHASE ORDER", {"page": 1}), TextLine("P/O No.: 77", {"page": 1}),
                             TextLine("合計 TOTAL (USD) 2031.60", {"page": 1})], tables=[table])
    assert _key(_items(content)) == [("TW-310", 15.0, "135.44", "2031.60")]
    head = _pline(60, (40, "Description"), (300, "Quantité"), (380, "Prix unitaire"), (480, "Montant"))
    row = _pline(75, (40, "Roulement 22210"), _right(350, "12,00"), _right(440, "104,43"),
                 _right(560, "1 253,16 $ CA"))
    assert _key(_pdf_items(head, row)) == [(None, 12.0, "104.43", "1253.16")]


def test_parts_with_quantities_and_no_money_are_a_reports_list_not_order_lines() -> None:
    # an incoming-inspection report lists the parts it rejected: "Part No. | Specification | Qty rejected"
    table = Table([["Part No.", "Characteristic", "Specification", "Found", "Qty rejected"],
                   ["VX-3301", "Thread", "M10 6H", "M10 7H", "12"],
                   ["VX-3301", "Surface", "no burrs", "OK", "0"]], {"page": 1})
    lines = [TextLine("INSPECTION REPORT", {"page": 1}), TextLine("Report No.: QC-88", {"page": 1}),
             TextLine("Part No.   Characteristic   Specification   Found   Qty rejected", {"page": 1}),
             TextLine("VX-3301   Thread   M10 6H   M10 7H   12", {"page": 1}),
             TextLine("Purchase order: PO-2231   Total: 0.00 EUR", {"page": 1})]
    doc = extract_document(Content(lines=lines, tables=[table]), Ctx(limits=Limits(isolate=False)), source="test")
    assert doc is None or doc.to_json()["line_items"] == []


def test_a_rate_run_into_the_quantity_cell_stays_out_of_it() -> None:
    # "10 Stk 0 % VAT (K)": the tax column's rate touches the quantity's unit; the rate's "%" must not be
    # taken for the tax column's text while its number stays in the quantity
    head = _pline(60, (49, "Pos"), (69, "Art-Nr"), (152, "Beschreibung"), (249, "Nettopreis"), (355, "Menge"),
                  (440, "Steuer"), (520, "Entgelt"))
    row = _pline(75, _right(57, "1"), (66, "TB-0815"), (142, "Windschutzscheibe"), _right(299, "100,00"),
                 (352.6, "10 Stk"), (423.3, "0 % VAT (K)"), _right(551, "1000,00"))
    assert _key(_pdf_items(head, row)) == [("TB-0815", 10.0, "100.00", "1000.00")]


def test_item_headings_of_web_invoices_and_of_italian_portuguese_dutch_polish_documents() -> None:
    cases = [(["Activity", "Qty", "Rate", "Amount"], ["Consulting hours", "3", "120.00", "360.00"], "."),
             (["Codice", "Descrizione", "Quantità", "Prezzo unitario", "Importo"],
              ["VT-100", "Valvola a sfera DN25", "4", "12,50", "50,00"], ","),
             (["Código", "Descrição", "Quantidade", "Preço unitário", "Valor"],
              ["PT-200", "Rolamento 6204", "10", "3,20", "32,00"], ","),
             (["Artikelcode", "Omschrijving", "Aantal", "Prijs", "Bedrag"],
              ["NL-300", "Kogelkraan", "2", "8,75", "17,50"], ","),
             (["Kod", "Nazwa towaru", "Ilość", "J.m.", "Cena jedn.", "Wartość netto"],
              ["PL-400", "Zawór kulowy", "5", "szt.", "20,00", "100,00"], ",")]
    for head, row, _dec in cases:
        table = Table([head, row], {"page": 1})
        content = Content(lines=[TextLine("INVOICE", {"page": 1}), TextLine("Invoice No.: 9", {"page": 1}),
                                 TextLine("Total: 999.00 EUR", {"page": 1})], tables=[table])
        items = _items(content)
        assert len(items) == 1 and items[0]["amount"] is not None and items[0]["quantity"] is not None, (head, items)
        assert items[0]["sku"] == (None if head[0] == "Activity" else row[0])


def test_numbers_right_of_left_aligned_headings_of_a_printed_sheet() -> None:
    # a sheet printed to PDF: headings left-aligned, numbers right-aligned well right of them; a long description
    # runs under the quantity heading, and the price heading stands between the quantities and the prices
    head = _pline(60, (55, "Beschreibung"), (303, "Anzahl"), (381, "Einzelpreis"), (485, "Gesamtpreis"))
    rows = [_pline(75, (55, "Cardboard box 600x400x400 Art.-Nr.: 273197 accordingly"), _right(379, "1,000"),
                   _right(483, "12.092"), _right(550, "12,092.00")),
            _pline(90, (55, "Silicone sealant Art.-Nr.: 981427"), _right(379, "250"), _right(483, "57.087"),
                   _right(550, "14,271.75"))]
    assert _key(_pdf_items(head, *rows)) == [("273197", 1000.0, "12.092", "12092.00"),
                                             ("981427", 250.0, "57.087", "14271.75")]


def test_labelled_code_and_unit_word_on_the_line_below_a_web_invoice_row() -> None:
    # accounting web invoices: "# | Product & Description | Qty | Rate | Amount", the code as "Part No: ..." and
    # the unit ("units", itself a quantity heading word) on the row's second line: no header, part of the row
    head = _pline(60, (40, "#"), (80, "Product & Description"), _right(380, "Qty"), _right(450, "Rate"),
                  _right(540, "Amount"))
    lines = [head]
    for n, (text, code, qty, rate, amt) in enumerate([("Hex bolt M10 x 40, zinc", "ZK-4410", "250.00", "0.42", "105.00"),
                                                      ("Flange nut M10", "ZK-5120", "500.00", "0.18", "90.00"),
                                                      ("Washer DIN 125 A10", "ZK-6010", "1,000.00", "0.05", "50.00")]):
        top = 80 + 30 * n
        lines.append(_pline(top, (40, str(n + 1)), (80, text), _right(380, qty), _right(450, rate),
                            _right(540, amt)))
        lines.append(_pline(top + 11, (80, f"Part No: {code}"), _right(385, "units")))
    lines.append(_pline(200, (300, "Sub Total"), _right(540, "245.00")))
    items = _pdf_items(*lines)
    assert _key(items) == [("ZK-4410", 250.0, "0.42", "105.00"), ("ZK-5120", 500.0, "0.18", "90.00"),
                           ("ZK-6010", 1000.0, "0.05", "50.00")]
    assert items[0]["description"] == "Hex bolt M10 x 40, zinc"


def test_stacked_bilingual_headings_an_unnamed_code_column_and_a_totals_row_in_another_language() -> None:
    # Indonesian over English in each ruled heading cell; the code column's heading is in Indonesian only;
    # the totals row ("JUMLAH") is in no vocabulary: its amount and quantity are the sums of the rows above
    table = Table([["No\nNo.", "Kode Barang", "Nama Barang\nDescription", "Jumlah\nQty", "Satuan\nUnit",
                    "Harga Satuan / Unit Price", "Nilai\nAmount"],
                   ["1", "KB-2210", "Pipa PVC 2 inch", "12", "btg", "45.000", "540.000"],
                   ["2", "KB-2211", "Sambungan T 2 inch", "30", "pcs", "8.500", "255.000"],
                   ["3", "KB-3105", "Lem pipa 500 g", "4", "klg", "31.250", "125.000"],
                   ["JUMLAH", "", "", "46", "", "", "920.000"]], {"page": 1})
    content = Content(lines=[TextLine("INVOICE", {"page": 1}), TextLine("Invoice No.: 88", {"page": 1}),
                             TextLine("Total: 920.000 IDR", {"page": 1})], tables=[table])
    assert _key(_items(content)) == [("KB-2210", 12.0, "45000.00", "540000.00"),
                                     ("KB-2211", 30.0, "8500.00", "255000.00"),
                                     ("KB-3105", 4.0, "31250.00", "125000.00")]


def test_a_row_summing_the_rows_above_with_a_unit_price_stays_an_item() -> None:
    # a line that happens to equal the sum above but has its own price is a real item, never dropped
    table = Table([["Code", "Description", "Qty", "Price", "Amount"],
                   ["A-1", "Plate", "1", "10.00", "10.00"], ["A-2", "Bracket", "1", "20.00", "20.00"],
                   ["A-3", "Frame", "1", "30.00", "30.00"]], {"page": 1})
    content = Content(lines=[TextLine("INVOICE", {"page": 1}), TextLine("Invoice No.: 9", {"page": 1}),
                             TextLine("Total: 60.00 EUR", {"page": 1})], tables=[table])
    assert len(_items(content)) == 3


def test_words_spilled_from_the_description_into_the_code_cell_go_back() -> None:
    # the description starts one space after a long code, left of its heading: the first word lands in the code
    head = _pline(60, (40, "Pos"), (70, "Article No."), (160, "Description"), _right(400, "Qty"),
                  _right(470, "Price"), _right(540, "Amount"))
    rows = [("QM-110", "Heater band 200 W", "5", "12.00", "60.00"), ("QM-220", "Heater band 300 W", "4", "14.00", "56.00"),
            ("QM-3300-X2", "Thermocouple type K", "10", "6.50", "65.00"), ("QM-440", "Relay 24 V", "2", "9.00", "18.00")]
    lines = [head]
    for n, (code, text, qty, price, amt) in enumerate(rows):
        cells = [(40, str(n + 1)), (70, code), _right(400, qty), _right(470, price), _right(540, amt)]
        if len(code) > 8:
            cells[1] = (70, f"{code} {text}")  # glued: one space between code and text
        else:
            cells.insert(2, (160, text))
        lines.append(_pline(80 + 12 * n, *cells))
    items = _pdf_items(*lines)
    assert _key(items) == [(c, float(q), p, a) for c, _t, q, p, a in rows]
    assert items[2]["description"] == "Thermocouple type K"


def test_one_line_bilingual_headings_half_in_an_unknown_language() -> None:
    # Tagalog before English on one line ("Dami Qty"); the code column in Tagalog only, one code digits-only
    table = Table([["Blg.", "Kodigo", "Paglalarawan Description", "Dami Qty", "Presyo Unit Price", "Halaga Amount"],
                   ["1", "PH-220", "Gate valve 2 in", "4", "1,250.00", "5,000.00"],
                   ["2", "445120", "Pipe clamp 2 in", "20", "35.50", "710.00"],
                   ["3", "PH-315", "Teflon tape", "10", "12.00", "120.00"]], {"page": 1})
    content = Content(lines=[TextLine("INVOICE", {"page": 1}), TextLine("Invoice No.: 12", {"page": 1}),
                             TextLine("Total: 5,830.00 PHP", {"page": 1})], tables=[table])
    assert _key(_items(content)) == [("PH-220", 4.0, "1250.00", "5000.00"), ("445120", 20.0, "35.50", "710.00"),
                                     ("PH-315", 10.0, "12.00", "120.00")]


def test_a_column_of_numbers_alone_under_an_unknown_heading_is_no_code() -> None:
    # tariff numbers (digits only) under a heading no vocabulary knows: not taken for the item code
    table = Table([["Description", "Nomor Tarif", "Qty", "Price", "Amount"],
                   ["Gate valve", "8481.80.85", "4", "10.00", "40.00"],
                   ["Pipe clamp", "7326.90.98", "2", "5.00", "10.00"]], {"page": 1})
    content = Content(lines=[TextLine("INVOICE", {"page": 1}), TextLine("Invoice No.: 13", {"page": 1}),
                             TextLine("Total: 50.00 EUR", {"page": 1})], tables=[table])
    assert [i.get("sku") for i in _items(content)] == [None, None]


def test_three_line_headings_centred_around_the_header_line_next_to_one_line_headings() -> None:
    # a procurement portal's header: "Need-by / Date" and "Price / (EUR)" start a line above and end a line
    # below "Line  Part No.  Description  Qty  UoM  Amount"; "Price" above stands a column gap right of "UoM"
    # and is a heading of its own, the need-by date is no quantity
    head0 = _pline(56, (250, "Need-by"), (361, "Price"))
    head1 = _pline(61, (40, "Line"), (70, "Part No."), (130, "Description"), (318, "Qty"), (340, "UoM"),
                   (430, "Amount"))
    head2 = _pline(66, (250, "Date"), (361, "(EUR)"))
    rows = [_pline(80, (40, "1"), (70, "PX-1180"), (130, "Drive chain"), (250, "29-04-2026"), _right(333, "30"),
                   (340, "EA"), _right(400, "24.61"), _right(465, "738.30")),
            _pline(95, (40, "2"), (70, "PX-2210"), (130, "Sprocket"), (250, "29-04-2026"), _right(333, "6"),
                   (340, "EA"), _right(400, "58.17"), _right(465, "349.02")),
            _pline(115, (340, "Total"), _right(465, "1087.32"))]
    assert _key(_pdf_items(head0, head1, head2, *rows)) == [("PX-1180", 30.0, "24.61", "738.30"),
                                                             ("PX-2210", 6.0, "58.17", "349.02")]


def test_quantity_with_its_unit_in_brackets() -> None:
    table = Table([["Line", "Item", "Description", "Quantity", "Unit Price", "Extended"],
                   ["1", "PX-1180", "Drive chain", "30 (EA)", "24.61", "738.30"],
                   ["2", "PX-2210", "Hose", "12,5 [m]", "4.00", "50.00"]], {"page": 1})
    content = Content(lines=[TextLine("PURCHASE ORDER", {"page": 1}), TextLine("PO Number: 9", {"page": 1})],
                      tables=[table])
    items = _items(content)
    assert _key(items) == [("PX-1180", 30.0, "24.61", "738.30"), ("PX-2210", 12.5, "4.00", "50.00")]
    assert [i.get("unit") for i in items] == ["EA", "m"]


def test_order_lines_typed_in_a_mail_body_in_the_usual_plain_text_shapes() -> None:
    # the code labelled, leading, closing or in brackets; the quantity first or before the price; "x", "@",
    # "à", "a", "at", "je", glued "10x"; a measure ("M8x40", "300 mm") is no code; tab- and space-aligned
    # columns without a header, read from the right and checked by quantity x price = amount
    body = ["Commande / order / Bestellung", "",
            " 1) réf. QB300-01T – Mâchoire de scellage 300 mm – 10 pc x 203,00 EUR = 2.030,00 EUR",
            "- 10 x QB-1234 Hex bolt M8 @ 0,45 = 4,50",
            "* 10 pcs Hex bolt M8x40 (QB-5678) at 0,45 EUR = 4,50 EUR",
            "Pos. 4: Art.-Nr. 4711-0815, Sechskantschraube M8, 10 Stück je 0,45 € = 4,50 €",
            "5. Rodamiento 6204, ref. QR-6204 – 12 uds a 3,10 € = 37,20 €",
            "• SKU 88123 Kabelbinder 200 mm 100x 0,05 = 5,00",
            "3 x Getriebemotor 2 kW QM002-03K à 418,87 = 1.256,61",
            "Bolt M8 300mm - 10 x 0,45 = 4,50",
            "QC-100    Seal ring 40 mm    8    2,50    20,00",
            "7\tQC-200\tO-ring 20 mm\t5\tStk\t1,10\t5,50",
            "Gesamt    3    2,00    6,00",
            "QC-300    Washer    3    2,00    7,00", "", "Gesamt netto: 3.407,81 €"]
    content = Content(lines=[TextLine(t, {"line": i + 1}) for i, t in enumerate(body)])
    items = _items(content)
    assert _key(items) == [("QB300-01T", 10.0, "203.00", "2030.00"), ("QB-1234", 10.0, "0.45", "4.50"),
                           ("QB-5678", 10.0, "0.45", "4.50"), ("4711-0815", 10.0, "0.45", "4.50"),
                           ("QR-6204", 12.0, "3.10", "37.20"), ("88123", 100.0, "0.05", "5.00"),
                           ("QM002-03K", 3.0, "418.87", "1256.61"), (None, 10.0, "0.45", "4.50"),
                           ("QC-100", 8.0, "2.50", "20.00"), ("QC-200", 5.0, "1.10", "5.50")]
    assert items[3]["description"] == "Sechskantschraube M8"
    assert items[6]["description"] == "Getriebemotor 2 kW"


def test_totals_left_of_the_amount_column_and_a_tax_breakdown_after_the_items_are_no_items() -> None:
    # a sheet prints its totals with the caption under the description and the value under the quantity; a
    # "Rate | Net | Tax | Gross" breakdown follows; an item whose text starts with a totals word stays an item
    table = Table([["Item No.", "Description", "Qty", "Unit Price", "Amount"],
                   ["TS-16", "Total station TS16 with tripod", "2", "4,100.00", "8,200.00"],
                   ["KG-3203", "Hex bolt M8x40", "100", "3.99", "399.00"],
                   ["", "Total excl. VAT USD", "8,599.00", "", ""],
                   ["", "VAT (21%)", "1,805.79", "", ""],
                   ["", "Invoice Total (USD)", "10,404.79", "", ""],
                   ["Rate", "Net", "Tax", "Gross", ""],
                   ["21 %", "8,599.00", "1,805.79", "10,404.79", ""]], {"sheet": "Sheet1"})
    content = Content(lines=[TextLine("INVOICE", {"line": 1}), TextLine("Invoice No.: 77", {"line": 2})],
                      tables=[table])
    assert _key(_items(content)) == [("TS-16", 2.0, "4100.00", "8200.00"), ("KG-3203", 100.0, "3.99", "399.00")]


def test_order_lines_written_as_sentences_need_their_arithmetic_and_currency() -> None:
    # no "x" nor "=": the amount is the last amount with a currency, the price the one before, the quantity a
    # number with a unit word; a weight with decimals ("120,50 kg") is no money, "5 Stk x 58,241 je Stk" keeps
    # its "x" as the times sign
    body = ["Bestellung 4711", "",
            "- 10 pcs QA-1234 Hex bolt M8, EUR 0.45/pc, total EUR 4.50",
            "Pos 2: 10 Stück Sechskantschraube M8 Art.-Nr. 4711-0815 zu je 0,45 EUR, gesamt 4,50 EUR",
            "* Profil 40x40, eloxiert (77.656.21): 5 Stk x 58,241 je Stk = 291,20 €",
            "Bitte beachten: 3 Paletten wiegen 120,50 kg, zusammen 361,50 kg", "", "Gesamt netto: 300,20 EUR"]
    content = Content(lines=[TextLine(t, {"line": i + 1}) for i, t in enumerate(body)])
    assert _key(_items(content)) == [("QA-1234", 10.0, "0.45", "4.50"), ("4711-0815", 10.0, "0.45", "4.50"),
                                     ("77.656.21", 5.0, "58.241", "291.20")]


def test_item_heading_over_positions_and_the_code_labelled_in_the_description() -> None:
    table = Table([["Item", "Description", "Qty", "Unit Price", "Amount"],
                   ["1", "Hex bolt M8x40\nItem code: 247427", "24", "758.35", "18,200.40"],
                   ["2", "Copper cable 3x2.5 mm²\nItem code: 59.161.49", "10", "1,945.56", "19,455.60"]], {"page": 1})
    content = Content(lines=[TextLine("INVOICE", {"page": 1}), TextLine("Invoice No.: 5", {"page": 1})],
                      tables=[table])
    assert _key(_items(content)) == [("247427", 24.0, "758.35", "18200.40"), ("59.161.49", 10.0, "1945.56",
                                                                             "19455.60")]


def _ruled_items(head: list[str], *rows: list[str]) -> list[dict[str, Any]]:
    content = Content(lines=[TextLine("INVOICE", {"page": 1}), TextLine("Invoice No.: 31", {"page": 1}),
                             TextLine("Total: 999.00 EUR", {"page": 1})], tables=[Table([head, *rows], {"page": 1})])
    return _items(content)


def test_accounting_package_item_heading_beside_the_description_is_the_code() -> None:
    # QuickBooks-style "ACTIVITY | DESCRIPTION": the activity column holds the item code (here digits only)
    head = _pline(60, (40, "ACTIVITY"), (110, "DESCRIPTION"), _right(400, "QTY"), (405, "UNIT"),
                  _right(480, "RATE"), _right(540, "AMOUNT"))
    rows = [("41020050", "Pneumatic cylinder 50 mm", "6", "ST", "108.95", "653.70"),
            ("42170012", "Solenoid valve 5/2 G1/4", "24", "ST", "52.57", "1,261.68")]
    lines = [head] + [_pline(80 + 12 * n, (40, c), (110, t), _right(400, q), (405, u), _right(480, p), _right(540, a))
                      for n, (c, t, q, u, p, a) in enumerate(rows)]
    items = _pdf_items(*lines)
    assert _key(items) == [("41020050", 6.0, "108.95", "653.70"), ("42170012", 24.0, "52.57", "1261.68")]
    assert items[0]["description"] == "Pneumatic cylinder 50 mm"
    for generic in ("Product/Service", "Producto/Servicio", "Service", "Leistung"):
        got = _ruled_items([generic, "Description", "Qty", "Rate", "Amount"], ["KB-40", "Collet holder", "6", "10.00",
                                                                                "60.00"])
        assert [(i["sku"], i["description"]) for i in got] == [("KB-40", "Collet holder")], generic
    # alone, the same heading is the description
    got = _ruled_items(["Service", "Qty", "Rate", "Amount"], ["Design work", "3", "120.00", "360.00"])
    assert [(i["sku"], i["description"]) for i in got] == [(None, "Design work")]


def test_codes_under_the_first_of_two_text_headings_are_the_item_code() -> None:
    # both headings read as text ("Particulars", "Details"): the first holds one distinct code a row
    got = _ruled_items(["Particulars", "Details", "Qty", "Price", "Amount"],
                       ["MV065", "Valve membrane DN65, EPDM", "8", "40.95", "327.60"],
                       ["AG/0024", "Latch needle gauge 24", "100", "0.97", "97.00"])
    assert [(i["sku"], i["description"]) for i in got] == [("MV065", "Valve membrane DN65, EPDM"),
                                                           ("AG/0024", "Latch needle gauge 24")]
    # words in the first column are text, not codes: nothing is taken for a code
    got = _ruled_items(["Particulars", "Details", "Qty", "Price", "Amount"],
                       ["Valve membrane", "DN65, EPDM", "8", "40.95", "327.60"],
                       ["Latch needle", "gauge 24", "100", "0.97", "97.00"])
    assert [i["sku"] for i in got] == [None, None]


def test_long_numbers_right_before_the_description_under_an_unknown_heading_are_codes() -> None:
    got = _ruled_items(["Nomor Barang", "Description", "Qty", "Price", "Amount"],
                       ["41020050", "Gate valve", "4", "10.00", "40.00"],
                       ["42170012", "Pipe clamp", "2", "5.00", "10.00"])
    assert [i["sku"] for i in got] == ["41020050", "42170012"]
    # dates in that place are no codes
    got = _ruled_items(["Tanggal", "Description", "Qty", "Price", "Amount"],
                       ["12.03.2026", "Gate valve", "4", "10.00", "40.00"],
                       ["14.03.2026", "Pipe clamp", "2", "5.00", "10.00"])
    assert [i["sku"] for i in got] == [None, None]


def test_long_number_opening_a_text_that_ends_under_a_centred_heading_is_its_code() -> None:
    # "10   807679 – Pressure gauge 0-10 bar": the text starts far left of its centred heading; its last words,
    # numbers among them ("0-10"), stand under it; the leading long number is the item code, not a position
    head = _pline(60, (64, "No."), (190, "Short Text"), _right(400, "Qty"), _right(470, "Price"),
                  _right(540, "Amount"))
    rows = [_pline(80, _right(74, "10"), (81, "807679 – Pressure gauge 0-10 bar"), _right(400, "100"),
                   _right(470, "19.95"), _right(540, "1,995.00")),
            _pline(92, _right(74, "20"), (81, "67.464.70 – Stainless steel bolt M8x40"), _right(400, "24"),
                   _right(470, "7.50"), _right(540, "180.00"))]
    items = _pdf_items(head, *rows)
    assert _key(items) == [("807679", 100.0, "19.95", "1995.00"), ("67.464.70", 24.0, "7.50", "180.00")]
    assert items[0]["description"] == "Pressure gauge 0-10 bar"


def test_generic_item_heading_stacked_under_a_heading_in_an_unknown_language() -> None:
    # Indonesian over Spanish: "Nama Barang" / "Artículo" is the text, "Kode Barang" (unknown) the code before it
    got = _ruled_items(["No\nPos.", "Kode Barang", "Nama Barang\nArtículo", "Jumlah\nCant.",
                        "Harga Satuan\nPrecio unitario", "Nilai\nImporte"],
                       ["1", "27.660.59", "Cardboard box 600x400", "24", "805.57", "19333.68"],
                       ["2", "798240", "Hex bolt M8x40", "1000", "0.42", "420.00"])
    assert [(i["sku"], i["description"]) for i in got] == [("27.660.59", "Cardboard box 600x400"),
                                                           ("798240", "Hex bolt M8x40")]


def test_an_item_row_whose_cells_read_like_headings_does_not_restart_the_table() -> None:
    # "SKU: 465272" on the description's second line and "pcs" in the unit column: labels, but in a row of values
    got = _ruled_items(["#", "Description", "Unit Cost", "QTY", "UoM", "Line Total"],
                       ["1", "Gear motor 24V\nItem code: AB-100", "9.446", "2", "pcs", "18.89"],
                       ["2", "Hydraulic hose 2m\nSKU: 465272", "25.418", "24", "pcs", "610.03"],
                       ["3", "Ceramic mug\nSKU: CM-5621", "92.412", "24", "pcs", "2,217.89"])
    assert _key(got) == [("AB-100", 2.0, "9.446", "18.89"), ("465272", 24.0, "25.418", "610.03"),
                         ("CM-5621", 24.0, "92.412", "2217.89")]


def test_text_centred_above_the_first_row_is_no_second_line_of_the_headings() -> None:
    # the first row's description wraps over three lines, centred on its numbers: its first line stands just
    # below the headings, opens a column no heading stands over and names no role, so it is the row's text
    head = [_pline(60, (40, "No."), (90, "Designation"), _right(400, "Qty"), (405, "Unit"), _right(480, "Price"),
                   _right(540, "Amount")),
            _pline(66, _right(480, "net"), _right(540, "net"))]
    lines = [*head,
             _pline(82, (90, "Mechanical seal for oil pump, shaft")),
             _pline(87, (40, "MS0050"), _right(400, "3"), (405, "pce"), _right(480, "97,40"), _right(540, "292,20")),
             _pline(92, (90, "50 mm")),
             _pline(108, (40, "OF0012"), (90, "Oil filter element 12 µm"), _right(400, "4"), (405, "pce"),
                    _right(480, "15,25"), _right(540, "61,00")),
             _pline(124, (90, "Mechanical seal for oil pump, shaft")),
             _pline(129, (40, "MS0032"), _right(400, "1"), (405, "pce"), _right(480, "80,10"), _right(540, "80,10")),
             _pline(134, (90, "32 mm")),
             _pline(150, (300, "Total net"), _right(540, "433,30"))]
    items = _pdf_items(*lines)
    assert _key(items) == [("MS0050", 3.0, "97.40", "292.20"), ("OF0012", 4.0, "15.25", "61.00"),
                           ("MS0032", 1.0, "80.10", "80.10")]
    assert items[0]["description"] == "Mechanical seal for oil pump, shaft 50 mm"


def test_code_and_description_on_two_lines_of_one_cell_under_a_joint_heading() -> None:
    # "Part Number / Description": one cell holds the code on its first line and the text below it
    items = _ruled_items(["Line", "Part Number / Description", "Quantity", "UOM", "Unit Price", "Amount"],
                         ["1", "QX.204\nGuide roller, 20 mm", "40", "EA", "3.10", "124.00"],
                         ["2", "2271-40\nBelt tensioner assembly", "2", "EA", "61.50", "123.00"])
    assert _key(items) == [("QX.204", 40.0, "3.10", "124.00"), ("2271-40", 2.0, "61.50", "123.00")]
    assert [i["description"] for i in items] == ["Guide roller, 20 mm", "Belt tensioner assembly"]


def test_order_lines_typed_in_chinese_with_full_width_commas_and_labelled_codes() -> None:
    # a Hong Kong buyer's mail: "貨號 X：text，10 pcs，單價 USD p，金額 USD a" (Traditional script, full-width
    # punctuation between the parts)
    body = ["訂單編號：HK-77", "",
            "1) 貨號 RX-12：Relay module 12 V，20 pcs，單價 USD 4.35，金額 USD 87.00",
            "2) 货号 RX-24：Relay module 24 V，5 pcs，单价 USD 4.80，金额 USD 24.00", "",
            "總金額：USD 111.00"]
    items = _doc_lines(*body)
    assert _key(items) == [("RX-12", 20.0, "4.35", "87.00"), ("RX-24", 5.0, "4.80", "24.00")]
    assert items[0]["description"] == "Relay module 12 V"


def test_generic_item_headings_come_from_the_vocabulary_alone_or_joined() -> None:
    columns = list(labels("columns"))
    words = base_vocab()["item_text"]["generic"]
    assert all(_generic_heading(w.upper(), columns) for w in words)
    assert _generic_heading("Product / Service:", columns) and _generic_heading("Artikel und Leistung", columns)
    assert not _generic_heading("Unit Price", columns) and not _generic_heading("Product Code", columns)


def test_quantity_before_a_times_sign_wins_over_a_size_closing_the_text() -> None:
    # "2 x ... 2m @ p = a": the "2m" closing the description fits the sum as well, but the number the times sign
    # follows is the quantity, and the description keeps its size
    items = _doc_lines("Order 88", "", "2 x 31.420.77 Hydraulic hose 1/2\" 2m @ 1,872.42 = 3,744.84",
                       "3 x HX-12 Hose clamp 12mm @ 4.00 = 12.00", "", "Total: 3,756.84 EUR")
    assert _key(items) == [("31.420.77", 2.0, "1872.42", "3744.84"), ("HX-12", 3.0, "4.00", "12.00")]
    assert items[0]["description"] == "Hydraulic hose 1/2\" 2m" and items[0]["unit"] is None


def test_sentence_order_lines_with_the_currency_after_the_per_unit_word() -> None:
    # "523.70 je Stk USD", "2,349.22/pc USD": the currency closes the price after its per-unit word
    items = _doc_lines("Order 12", "", "- 250 pcs PB-7702 Safety gloves EN388, 523.70 je Stk USD, total 130,925.00 USD",
                       "- 1,200 pcs 48.120.05 Copper cable 3x2.5 mm², 2.20/pc USD, total 2,640.00 USD", "",
                       "Total: 133,565.00 USD")
    assert _key(items) == [("PB-7702", 250.0, "523.70", "130925.00"), ("48.120.05", 1200.0, "2.20", "2640.00")]


def test_label_matching_by_first_letter_agrees_with_the_whole_alternation() -> None:
    # match_start tries only the labels that can start with the text's first letter: on label-like texts in
    # any case, after a symbol, after a number marker and in other scripts it finds what the whole alternation finds
    for group in ("columns", "fields", "numbers", "doc_types"):
        labs = labels(group)
        texts = [t for lab in labs[::3] for t in (lab.text, lab.text.upper(), f"({lab.text}", f"n° {lab.text}: 7",
                                                  f"- {lab.text.title()} x", f"{lab.text}s", lab.text[1:])]
        texts += ["", "#", "№ 12", "Ünit price", "ſku", "İtem no", "单价", "單價", "  qty", "Ｑｔｙ", "_total"]
        for text in texts:
            want = _combined(labs).match(text) if text else None
            got = match_start(labs, text)
            assert (got is None) == (want is None or want.lastgroup is None), (group, text)
            if got:
                assert want is not None and got[0] is labs[int(want.lastgroup[1:])] and got[1].end() == want.end()
                # matched label by label, a leading symbol is skipped rather than consumed: the match starts after it
                assert got[1].start() == want.start() or (want.start(), got[1].start()) == (0, 1) and \
                    not text[0].isalnum(), (group, text)


def test_space_between_thousands_of_an_amount_sticking_out_left_of_its_heading() -> None:
    # "1 416,00 €" right-aligned under "Montant": the "1" stands clear of every heading, one space from "416,00"
    head = _pline(60, (50, "Description"), (300, "Quantité"), (380, "Prix unitaire"), (500, "Montant"))
    rows = [_pline(75, (50, "[GM-35] Garniture mécanique"), _right(340, "6,00 U"), _right(447, "236,00"),
                   _right(545, "1 416,00 €")),
            _pline(90, (50, "[RL-12] Roulement 22212 E"), _right(340, "2,00 U"), _right(447, "148,00"),
                   _right(545, "296,00 €"))]
    assert _key(_pdf_items(head, *rows)) == [("GM-35", 6.0, "236.00", "1416.00"), ("RL-12", 2.0, "148.00", "296.00")]


def test_codes_stacked_over_the_text_under_an_item_and_description_heading() -> None:
    # "Item / Description": the code on the cell's first line; letters and three digits ("KX100") could be a
    # size on its own, but the column's other codes ("KX040", leading zero) show what the first lines are
    items = _ruled_items(["Line", "Item / Description", "Qty", "Unit", "Unit price", "Line amount"],
                         ["10", "KX040\nValve seat, bore 40 mm", "4", "pcs", "12.50", "50.00"],
                         ["20", "KX100\nValve seat, bore 100 mm", "2", "pcs", "30.00", "60.00"],
                         ["30", "BR012\nBracket, 12 mm", "10", "pcs", "1.10", "11.00"])
    assert _key(items) == [("KX040", 4.0, "12.50", "50.00"), ("KX100", 2.0, "30.00", "60.00"),
                           ("BR012", 10.0, "1.10", "11.00")]
    assert items[1]["description"] == "Valve seat, bore 100 mm"


def test_codes_stacked_over_the_text_on_the_next_page_under_the_repeated_heading() -> None:
    # page 2 repeats the heading over a single row: its column reads as on page 1
    head = ["Line", "Item / Description", "Qty", "Unit", "Unit price", "Line amount"]
    page1 = Table([head, ["10", "KX040\nValve seat, bore 40 mm", "4", "pcs", "12.50", "50.00"],
                   ["20", "BR012\nBracket, 12 mm", "10", "pcs", "1.10", "11.00"]], {"page": 1})
    page2 = Table([head, ["30", "KX100\nValve seat, bore 100 mm", "2", "pcs", "30.00", "60.00"],
                   ["", "Contract value EUR", "", "", "", "121.00"]], {"page": 2})
    content = Content(lines=[TextLine("SALES CONTRACT", {"page": 1}), TextLine("Contract no.: 31", {"page": 1}),
                             TextLine("Total: 121.00 EUR", {"page": 2})], tables=[page1, page2])
    assert [i[0] for i in _key(_items(content))] == ["KX040", "BR012", "KX100"]


def test_sizes_on_the_first_line_of_a_description_cell_are_no_codes() -> None:
    items = _ruled_items(["Pos.", "Description", "Qty", "Unit price", "Amount"],
                         ["1", "DN25\nBall valve, brass", "4", "12.50", "50.00"],
                         ["2", "DN40\nBall valve, brass", "2", "30.00", "60.00"])
    assert _key(items) == [(None, 4.0, "12.50", "50.00"), (None, 2.0, "30.00", "60.00")]
    assert items[0]["description"].startswith("DN25")


def test_erp_item_numbers_beside_the_material_over_its_short_text_are_positions() -> None:
    # SAP-style: "00010" under "Item", the material number under "Material / Short text" with the short text on
    # the line below it and the price basis ("per 1 EA") under the price
    head = _pline(60, (40, "Item"), (90, "Material / Short text"), (330, "Quantity"), (380, "Unit"),
                  (420, "Net Price"), (500, "Net Value"))
    rows = [_pline(75, (40, "00010"), (90, "QP-0220"), _right(370, "20"), (380, "EA"), _right(465, "35.20"),
                   _right(545, "704.00")),
            _pline(86, (90, "Roller segment, hard-faced"), (420, "per 1 EA")),
            _pline(101, (40, "00020"), (90, "QP-0310"), _right(370, "3"), (380, "EA"), _right(465, "10.00"),
                   _right(545, "30.00")),
            _pline(112, (90, "Fan motor 3 kW"), (420, "per 1 EA"))]
    items = _pdf_items(head, *rows)
    assert _key(items) == [("QP-0220", 20.0, "35.20", "704.00"), ("QP-0310", 3.0, "10.00", "30.00")]
    assert [i["description"] for i in items] == ["Roller segment, hard-faced", "Fan motor 3 kW"]


def test_codes_of_one_shape_before_a_dash_under_different_letters() -> None:
    # "KE552 – text": letters and three digits could each be a size, but a column of one shape under different
    # letters is a code system (sizes repeat theirs: "DN100", "DN150")
    items = _ruled_items(["Pos.", "Description", "Qty", "Unit price", "Amount"],
                         ["1", "KE552 – Ball bearing 6204", "4", "12.50", "50.00"],
                         ["2", "TC486 – Gear motor 24 V", "2", "30.00", "60.00"])
    assert _key(items) == [("KE552", 4.0, "12.50", "50.00"), ("TC486", 2.0, "30.00", "60.00")]
    assert items[1]["description"] == "Gear motor 24 V"


def test_typed_order_lines_whose_codes_are_letters_and_three_digits() -> None:
    # "BR234" alone could be a size like "DN250"; every line carries one of the same shape under other letters
    items = _doc_lines("Purchase Order", "PO # 88", "",
                       "- Ceramic mug 350 ml (FZ720): 24 pcs x 8.50/pc = 204.00",
                       "- Ball valve DN25 (ZL289): 10 pc x 2.10/pc = 21.00", "", "Total (USD): 225.00")
    assert _key(items) == [("FZ720", 24.0, "8.50", "204.00"), ("ZL289", 10.0, "2.10", "21.00")]
    assert items[1]["description"] == "Ball valve DN25"
    sizes = _doc_lines("Purchase Order", "PO # 89", "", "- Ball valve DN250: 4 pcs x 8.50/pc = 34.00",
                       "- Ball valve DN300: 1 pc x 9.00/pc = 9.00", "", "Total (USD): 43.00")
    assert [i["sku"] for i in sizes] == [None, None]


def test_an_amount_in_cents_touching_the_code_of_the_next_column_stays_an_amount() -> None:
    # the code column last, right of a right-aligned amount: a short amount ends one space before the code
    head = _pline(60, (50, "Description"), (300, "Qty"), (360, "Unit Price"), (450, "Amount"), (520, "Item"))
    rows = [_pline(75, (50, "Pressure gauge"), _right(320, "1"), _right(420, "236.86"), _right(517.5, "236.86"),
                   (520, "HZ-256")),
            _pline(90, (50, "Ball valve"), _right(320, "12"), _right(420, "1,526.50"), _right(517.5, "18,318.00"),
                   (520, "SR-105"))]
    assert _key(_pdf_items(head, *rows)) == [("HZ-256", 1.0, "236.86", "236.86"),
                                             ("SR-105", 12.0, "1526.50", "18318.00")]


def test_the_suppliers_code_labelled_under_the_text_wins_over_the_buyers_part_number() -> None:
    # an ERP purchase order: the buyer's own part number in the code column, the supplier's printed under the
    # description ("Lief.-Teilenr.: ..."), and a release line ("Abruf 1 · Liefertermin ... · Menge ...") under
    # each row that is no row of its own
    head = _pline(60, (50, "Pos."), (80, "Teilenummer"), (160, "Beschreibung"), (380, "Menge"), (420, "ME"),
                  (450, "Preis"), (520, "Betrag"))
    rows = [_pline(75, _right(60, "1"), (80, "ZQ-41007"), (160, "Spannrolle 40 mm"), _right(405, "6"), (420, "Stk"),
                   _right(490, "12,40"), _right(560, "74,40")),
            _pline(84, (160, "Lief.-Teilenr.: SR-040")),
            _pline(93, (80, "Abruf 1 · Liefertermin 03.03.2031 · Menge 6 Stk · Lager 2")),
            _pline(108, _right(60, "2"), (80, "ZQ-41019"), (160, "Keilriemen SPZ 1250"), _right(405, "10"),
                   (420, "Stk"), _right(490, "8,15"), _right(560, "81,50")),
            _pline(117, (160, "Lief.-Teilenr.: KR-1250")),
            _pline(126, (80, "Abruf 1 · Liefertermin 03.03.2031 · Menge 10 Stk · Lager 2")),
            _pline(145, (380, "Bestellwert gesamt"), _right(560, "155,90"))]
    items = _pdf_items(head, *rows)
    assert _key(items) == [("SR-040", 6.0, "12.40", "74.40"), ("KR-1250", 10.0, "8.15", "81.50")]
    assert items[0]["description"] == "Spannrolle 40 mm"
    # in a ruled table, in other languages, in brackets inside the text; a code column that already holds the
    # supplier's code keeps it
    table = Table([["Item", "Description", "Qty", "Unit Price", "Amount"],
                   ["B-7781", "Guide rail 2 m (Vendor item no. GR-2000)", "4", "31.00", "124.00"],
                   ["B-7790", "Palier à semelle\nRéf. fournisseur : PS-207", "2", "15.50", "31.00"],
                   ["B-7795", "阀门 供應商料號：VX-100", "1", "9.00", "9.00"],
                   ["CH-90", "Chain 1/2\" Supplier part no. CH-90", "3", "5.00", "15.00"]], {"page": 1})
    content = Content(lines=[TextLine("PURCHASE ORDER", {"page": 1}), TextLine("PO No.: 9001", {"page": 1})],
                      tables=[table])
    items = _items(content)
    assert [i["sku"] for i in items] == ["GR-2000", "PS-207", "VX-100", "CH-90"]
    assert [i["description"] for i in items] == ["Guide rail 2 m", "Palier à semelle", "阀门", "Chain 1/2\""]


def test_a_survey_reports_damage_counts_are_no_order_lines() -> None:
    # a cargo surveyor lists the damaged parts: "Part No. | Description | Qty shipped | Qty damaged | Nature of
    # damage", no prices: a report's list, not items (with prices, e.g. a claim's credit lines, it stays a table)
    table = Table([["Part No.", "Description", "Qty shipped", "Qty damaged", "Nature of damage"],
                   ["MX/101", "Gear pump", "6", "2", "housing cracked"],
                   ["MX/207", "Filter element", "40", "5", "crushed, wet"]], {"page": 1})
    lines = [TextLine("SURVEY REPORT", {"page": 1}), TextLine("Report No.: SV-12", {"page": 1}),
             TextLine("Purchase order: PO-3311", {"page": 1})]
    doc = extract_document(Content(lines=lines, tables=[table]), Ctx(limits=Limits(isolate=False)), source="test")
    assert doc is None or doc.to_json()["line_items"] == []
    head = _pline(60, (50, "Part No."), (120, "Description"), (300, "Qty shipped"), (370, "Qty damaged"),
                  (440, "Nature of damage"))
    row = _pline(75, (50, "MX/101"), (120, "Gear pump"), _right(340, "6"), _right(410, "2"), (440, "cracked"))
    assert _pdf_items(head, row) == []
    priced = Table([["Part No.", "Description", "Qty damaged", "Unit Price", "Amount"],
                    ["MX/101", "Gear pump", "2", "80.00", "160.00"]], {"page": 1})
    content = Content(lines=[TextLine("CLAIM", {"page": 1}), TextLine("Claim No.: CL-5", {"page": 1})],
                      tables=[priced])
    assert _key(_items(content)) == [("MX/101", 2.0, "80.00", "160.00")]


def test_order_lines_of_an_html_mail_body_numbered_and_with_short_codes() -> None:
    # html2text escapes a numbered line as Markdown would read it ("1\. SV-300 ..."); a code of letters, a
    # hyphen and one digit ("UP-6") is a code, a size closing the text ("UCP206") is not taken for it; a
    # supplier's code labelled in a typed line wins over a leading buyer's number
    from parsers.formats.text import parse_html

    html = ("<div>Order no. KX-PO-55<br><br>"
            "1. QV-300\u3000Solenoid valve 5/2-way, series 300\u300012 PCS × US$ 48.55 = US$ 582.60<br>"
            "2. QP-6\u3000Pillow block bearing UCP206\u300010 PCS × US$ 13.83 = US$ 138.30<br>"
            "- 88-1401 Tension roller, Vendor item QT-40, 5 pcs x 3.00 = 15.00<br><br>"
            "Total: US$ 735.90</div>").encode()
    content = parse_html(html, Ctx(limits=Limits(isolate=False)))
    items = _items(content)
    assert _key(items) == [("QV-300", 12.0, "48.55", "582.60"), ("QP-6", 10.0, "13.83", "138.30"),
                           ("QT-40", 5.0, "3.00", "15.00")]
    assert items[1]["description"] == "Pillow block bearing UCP206"
    # typed as plain text, the ideographic space is kept: the gap between the code and the text
    items = _doc_lines("Order no. KX-PO-56", "", "1. QP7\u3000Pillow block bearing UCP207\u30005 PCS × US$ 15.64 = US$ 78.20",
                       "2. QV8\u3000Solenoid valve series 100\u30002 PCS × US$ 37.35 = US$ 74.70", "", "Total: US$ 152.90")
    assert _key(items) == [("QP7", 5.0, "15.64", "78.20"), ("QV8", 2.0, "37.35", "74.70")]
    assert items[0]["description"] == "Pillow block bearing UCP207"


def test_a_heading_of_no_known_role_centred_around_the_header_line_keeps_its_column() -> None:
    # a web invoice centres "Delivery" / "Date" on the one-line headings: its half above and its half below
    # stand over one column of their own, so the dates under it are no part of the quantity beside it
    lines = [_pline(55, (453, "Delivery")),
             _pline(60, (143, "Description"), (290, "Discount"), (348, "Price"), (406, "Qty"), (505, "Amount EUR")),
             _pline(63, (460, "Date")),
             _pline(80, (52, "QD-2741"), (315, "0%"), _right(382, "968.93"), _right(436, "2"), (444, "2031-04-30"),
                    _right(559, "1,937.86")),
             _pline(88, (52, "Copper cable 3x2.5 mm²")),
             _pline(108, (52, "QM-5315"), (315, "0%"), _right(382, "209.72"), _right(436, "250"), (444, "2031-04-30"),
                    _right(559, "52,430.00")),
             _pline(116, (52, "Ceramic mug 350 ml")),
             _pline(140, (452, "Net Amount"), _right(557, "54,367.86"))]
    items = _pdf_items(*lines)
    assert _key(items) == [("QD-2741", 2.0, "968.93", "1937.86"), ("QM-5315", 250.0, "209.72", "52430.00")]
    assert items[1]["description"] == "Ceramic mug 350 ml"


def test_two_heading_rows_of_a_padded_grid_and_a_currency_wrapped_under_the_amount() -> None:
    # an ERP grid prints its headings in two padded rows a full line apart ("Short" / "Text", "Net" / "Price"),
    # each word flush with the heading below it; a long amount wraps its currency onto the next line
    lines = [_pline(270, (40, "#"), (129, "Short"), (217, "PO"), (306, "Order"), (395, "Net"), (483, "Net")),
             _pline(292, (129, "Text"), (217, "Quantity"), (306, "Unit"), (395, "Price"), (483, "Order Value")),
             _pline(314, (40, "10"), (129, "QH-6665"), (217, "5"), (306, "pc"), (395, "905.35 EUR"),
                    (483, "4,526.75 EUR")),
             _pline(326, (129, "Silicone sealant")),
             _pline(348, (40, "20"), (129, "QJ-3496"), (217, "1,000"), (306, "pc"), (395, "1,511.97 EUR"),
                    (483, "1,511,970.00")),
             _pline(360, (129, "Safety gloves"), (483, "EUR")),
             _pline(372, (129, "EN388")),
             _pline(394, (400, "Net Total: 1,516,496.75 EUR"))]
    items = _pdf_items(*lines)
    assert _key(items) == [("QH-6665", 5.0, "905.35", "4526.75"), ("QJ-3496", 1000.0, "1511.97", "1511970.00")]
    assert items[1]["description"] == "Safety gloves EN388"
    # an address line a row above the headings, not flush with them, is no first heading row: the table reads
    # as without it
    address = [_pline(270, (60, "Price"), (250, "Springfield"), (420, "IL")), *lines[1:]]
    assert _key(_pdf_items(*address)) == _key(_pdf_items(*lines[1:]))


def test_a_ruled_row_with_a_labelled_code_line_is_no_header_when_it_has_prices() -> None:
    # a long ruled table goes on over the next page without its headings; a row there reads "PVC ball valve /
    # Part No. QG-7558 | 10 | pcs | 68.87 EUR | €688.70": its label and unit word look like headings, but a
    # heading row carries no prices, so the row stays an item of the table above
    page1 = Table([["Description", "Quantity", "Unit", "Rate", "Amount"],
                   ["Aluminium profile\nSKU: 836448", "24", "ea", "€980.61", "23,534.64 EUR"],
                   ["Pressure gauge\nItem code: 596866", "2", "pc", "€198.35", "396.70 EUR"]], {"page": 1})
    page2 = Table([["PVC ball valve DN25\nPart No. QG-7558", "10", "pcs", "68.87 EUR", "€688.70"],
                   ["Gear motor 24V\nSKU: 322226", "2", "ea", "1,802.22 EUR", "€3,604.44"]], {"page": 2})
    content = Content(lines=[TextLine("PURCHASE ORDER", {"page": 1}), TextLine("PO Number: A-77", {"page": 1})],
                      tables=[page1, page2])
    assert _key(_items(content)) == [("836448", 24.0, "980.61", "23534.64"), ("596866", 2.0, "198.35", "396.70"),
                                     ("QG-7558", 10.0, "68.87", "688.70"), ("322226", 2.0, "1802.22", "3604.44")]


def test_two_row_items_with_the_code_under_item_and_the_text_across_the_row_below() -> None:
    # an ERP print's two-row lines: "Ln | Item | U/M | Qty | Unit Price | Extension" over the code and the numbers,
    # the description on the row below, under the code and running on under the unit and quantity headings
    head = _pline(60, (50, "Ln"), (80, "Item"), (180, "U/M"), (280, "Qty"), (380, "Unit Price"), (500, "Extension"))
    rows = [_pline(76, (50, "1"), (80, "QH.210"), (180, "EA"), _right(296, "4"), _right(420, "16.50"),
                   _right(550, "66.00")),
            _pline(87, (80, "Hydraulic hose assembly with pressed fittings, length 1,5 m")),
            _pline(104, (50, "2"), (80, "VB-7"), (180, "EA"), _right(296, "12"), _right(420, "8.25"),
                   _right(550, "99.00")),
            _pline(115, (80, "Ball valve")),
            _pline(140, (380, "Sales Amount"), _right(550, "165.00"))]
    # a glyph kerned over the one before it: the PDF reader cuts "QH.210" in two overlapping words
    w = rows[0].words or []
    k = next(n for n, x in enumerate(w) if x[2] == "QH.210")
    rows[0].words = [*w[:k], (w[k][0], w[k][0] + 12, "QH"), (w[k][0] + 10, w[k][1], ".210"), *w[k + 1:]]
    items = _pdf_items(head, *rows)
    assert _key(items) == [("QH.210", 4.0, "16.50", "66.00"), ("VB-7", 12.0, "8.25", "99.00")]
    assert [i["description"] for i in items] == ["Hydraulic hose assembly with pressed fittings, length 1,5 m",
                                                 "Ball valve"]
    # a short name under "Item" with a note below it is no code: the name stays the text
    rows = [_pline(76, (50, "1"), (80, "Pump"), (180, "EA"), _right(296, "4"), _right(420, "16.50"),
                   _right(550, "66.00")),
            _pline(87, (80, "delivered with the mounting kit and the operating manual")),
            _pline(104, (50, "2"), (80, "Valve"), (180, "EA"), _right(296, "12"), _right(420, "8.25"),
                   _right(550, "99.00")),
            _pline(115, (80, "spare part for the pump above, as drawing")),
            _pline(140, (380, "Sales Amount"), _right(550, "165.00"))]
    items = _pdf_items(head, *rows)
    assert [(i.get("sku"), i["description"], i["amount"]) for i in items] == [(None, "Pump", "66.00"),
                                                                               (None, "Valve", "99.00")]


def test_a_receiving_inspection_with_wrapped_count_headings_has_no_order_lines() -> None:
    # "Qty" / "received", "Qty" / "accepted", "Qty" / "rejected": the first heading line alone reads like an
    # item table's "Qty", the whole headings are a receiving report's counts without money
    head1 = _pline(60, (50, "PO"), (80, "Part No."), (150, "Description"), (320, "Qty"), (380, "Qty"),
                   (440, "Qty"), (480, "Reason for"))
    head2 = _pline(70, (50, "line"), (320, "received"), (380, "accepted"), (440, "rejected"), (480, "rejection"))
    rows = [_pline(86, (50, "3"), (80, "QG-025"), (150, "Pressure gauge 0-25 bar"), _right(340, "6"),
                   _right(400, "4"), _right(460, "2"), (480, "wrong range")),
            _pline(102, (50, "4"), (80, "QF-030"), (150, "Filter element"), _right(340, "60"), _right(400, "40"),
                   _right(460, "20"), (480, "wrong length"))]
    assert _pdf_items(head1, head2, *rows) == []
    for lang_heads in (["Part No.", "Description", "Qty received", "Qty accepted", "Remarks"],
                       ["Référence", "Désignation", "Qté reçue", "Qté acceptée", "Remarques"],
                       ["Código", "Descripción", "Cantidad recibida", "Cantidad aceptada", "Observaciones"],
                       ["Art.-Nr.", "Bezeichnung", "Liefermenge", "Angenommene Menge", "Bemerkung"],
                       ["料号", "品名", "到货数量", "合格数量", "备注"]):
        table = Table([lang_heads, ["QG-025", "Pressure gauge", "6", "4", "range"],
                       ["QF-030", "Filter element", "60", "60", ""]], {"page": 1})
        lines = [TextLine("INSPECTION REPORT", {"page": 1}), TextLine("Report No.: IR-12", {"page": 1})]
        doc = extract_document(Content(lines=lines, tables=[table]), Ctx(limits=Limits(isolate=False)),
                               source="test")
        assert doc is None or doc.to_json()["line_items"] == [], lang_heads


def test_an_aql_sampling_reports_parts_list_has_no_order_lines() -> None:
    # "Lot qty | Sample | Defects found | Accept / Reject": an incoming inspection's sampling counts, no money
    for heads in (["Part no.", "Description", "Lot qty", "Sample", "Defects found", "Accept / Reject"],
                  ["Référence", "Désignation", "Qté lot", "Échantillon", "Défauts constatés", "Décision"],
                  ["Código", "Descripción", "Cantidad lote", "Muestra", "Defectos encontrados", "Decisión"]):
        table = Table([heads, ["QG-025", "Pressure gauge", "6", "2", "1", "REJECT"],
                       ["QF-030", "Filter element", "60", "8", "0", "ACCEPT"]], {"page": 1})
        lines = [TextLine("INCOMING INSPECTION REPORT", {"page": 1}), TextLine("Report No.: IR-12", {"page": 1})]
        doc = extract_document(Content(lines=lines, tables=[table]), Ctx(limits=Limits(isolate=False)),
                               source="test")
        assert doc is None or doc.to_json()["line_items"] == [], heads


def test_a_chinese_erp_purchase_orders_stock_item_columns() -> None:
    # Yonyou/Kingdee print "存货编码 | 存货名称 | 主计量 | 数量 | 原币单价 | 原币金额 | 税额 | 价税合计": the stock item's code
    # and name, its unit, and the price and amount in the order's currency (the tax-inclusive sum after them)
    head = _pline(60, (50, "行号"), (80, "存货编码"), (150, "存货名称"), (300, "主计量"), (340, "数量"),
                  (380, "原币单价"), (440, "原币金额"), (500, "税额"), (540, "价税合计"))
    rows = [_pline(76, (50, "1"), (80, "QG-025"), (150, "Pressure gauge"), (300, "PCS"), _right(360, "8"),
                   _right(420, "205.64"), _right(480, "1,645.12"), _right(530, "0.00"), _right(590, "1,645.12")),
            _pline(92, (50, "2"), (80, "QF-030"), (150, "Filter element"), (300, "PCS"), _right(360, "10"),
                   _right(420, "37.93"), _right(480, "379.30"), _right(530, "0.00"), _right(590, "379.30"))]
    items = _pdf_items(head, *rows)
    assert [(i.get("sku"), i["description"], i["quantity"], i["unit"], i["unit_price"], i["amount"])
            for i in items] == [("QG-025", "Pressure gauge", 8.0, "PCS", "205.64", "1645.12"),
                                ("QF-030", "Filter element", 10.0, "PCS", "37.93", "379.30")]


def test_typed_order_lines_between_full_width_bars_with_labelled_prices() -> None:
    # a Chinese mail's order lines: full-width bars between the cells, the price and the amount named in their
    # cells ("單價 US$ 96.00｜金額 US$ 960.00", traditional script)
    items = _doc_lines("訂單號碼：QX-PO-7", "",
                       "1） QF060-N｜Fan motor 60 W, 230 V｜10 PCS｜單價 US$ 96.00｜金額 US$ 960.00",
                       "2） QV025-N｜Motorised valve DN25｜6 PCS｜单价 US$ 174.20｜金额 US$ 1,045.20", "",
                       "合計：US$ 2,005.20")
    assert _key(items) == [("QF060-N", 10.0, "96.00", "960.00"), ("QV025-N", 6.0, "174.20", "1045.20")]
    assert items[0]["description"] == "Fan motor 60 W, 230 V"


def test_order_lines_typed_between_spaced_slashes_in_an_html_mail() -> None:
    # "n. code / text / qty unit / 单价 CUR p / 金额 CUR a" in an HTML body: the spaced slashes part the cells
    # (a price's "/ 金额" is no per-unit word), a slash inside the text stays in the description
    from parsers import parse_body

    html = ("<div>订单如下：<br><br>订单号：ZX-PO-7<br>币种：USD<br><br>"
            "1. QZ-AB0007 / Spindle bearing, type 7 / 6 PCS / 单价 USD 12.50 / 金额 USD 75.00<br>"
            "2. QZ-CD0120 / Drive belt / rubber, 120 cm / 10 PCS / 单价 USD 3.10 / 金额 USD 31.00<br><br>"
            "总金额：USD 106.00<br></div>")
    doc = parse_body(None, html, limits=Limits(isolate=False)).documents[0].to_json()
    assert doc["doc_type"] == "purchase_order"
    items = doc["line_items"]
    assert _key(items) == [("QZ-AB0007", 6.0, "12.50", "75.00"), ("QZ-CD0120", 10.0, "3.10", "31.00")]
    assert items[0]["description"] == "Spindle bearing, type 7" and items[0]["unit"] == "PCS"
    # fewer than four cells are no row: "2 pcs / 4.00 / 8.00" closing a sentence is no order line
    from parsers.extract.lineitems import items_from_equation_lines

    note = TextLine("Packing: cartons / labels, 2 pcs / 4.00 / 8.00", {"line": 1})
    assert items_from_equation_lines([note], None)[0] == []


def test_a_surveys_findings_ordered_found_and_shortfall_make_no_order_lines() -> None:
    # a surveyor's findings by part number: what was ordered (or invoiced), what was found (sound), the shortfall;
    # no money, so a report's list and no order lines, in en/de/fr/es/zh, ruled or read by word position
    for lang_heads in (["Part No.", "Description", "Qty ordered", "Qty found", "Shortfall"],
                       ["Part No.", "Description", "Qty invoiced", "Qty sound", "Remarks"],
                       ["Art.-Nr.", "Bezeichnung", "Bestellmenge", "Vorgefundene Menge", "Fehlmenge"],
                       ["Référence", "Désignation", "Qté commandée", "Qté constatée", "Qté manquante"],
                       ["Código", "Descripción", "Cantidad pedida", "Cantidad encontrada", "Faltante"],
                       ["料号", "品名", "订购数量", "实收数量", "短缺数量"]):
        table = Table([lang_heads, ["QG-025", "Pressure gauge", "6", "4", "2"],
                       ["QF-030", "Filter element", "60", "57", "3"]], {"page": 1})
        lines = [TextLine("CERTIFICATE OF INSPECTION", {"page": 1}), TextLine("Certificate No.: CI-12", {"page": 1}),
                 TextLine("Purchase order: PO-3311", {"page": 1})]
        doc = extract_document(Content(lines=lines, tables=[table]), Ctx(limits=Limits(isolate=False)),
                               source="test")
        assert doc is None or doc.to_json()["line_items"] == [], lang_heads
    head = _pline(60, (50, "Part No."), (120, "Description"), (300, "Qty invoiced"), (370, "Qty sound"),
                  (440, "Remarks"))
    row = _pline(75, (50, "QG-025"), (120, "Pressure gauge"), _right(340, "8"), _right(410, "6"), (440, "dented"))
    assert _pdf_items(head, row) == []
    # with prices (a claim's lines for the shortfall) it stays an item table
    priced = Table([["Part No.", "Description", "Shortfall", "Unit Price", "Amount"],
                    ["QG-025", "Pressure gauge", "2", "40.00", "80.00"]], {"page": 1})
    content = Content(lines=[TextLine("CLAIM", {"page": 1}), TextLine("Claim No.: CL-5", {"page": 1})],
                      tables=[priced])
    assert _key(_items(content)) == [("QG-025", 2.0, "40.00", "80.00")]


def test_a_declared_body_order_counts_in_its_own_mail_and_a_forward_not_in_a_replys_quote() -> None:
    # the buyer's mail declares itself the order; our reply quotes it (Gmail "On ... wrote:" and "> " lines, or
    # Outlook's "From: / Sent:" block): no body order of its own. A forward passes the order on: it counts
    from parsers import parse_body

    order = ["Hello Anna,", "", "please treat this mail as our order:", "",
             "- QZ-100 | Spindle bearing | 4 pcs x 12.50 = 50.00 EUR",
             "- QZ-200 | Drive belt | 2 pcs x 8.00 = 16.00 EUR", "", "Total: 66.00 EUR", "Delivery FCA Malmö"]
    ours = ["Dear Per,", "", "thank you, we confirm your order and will send the pro forma invoice.", "", "Anna", ""]
    gmail = "\n".join([*ours, "On Mon, 4 Dec 2028 at 10:08, Per <per@buyer.example> wrote:", *[f"> {x}" for x in order]])
    outlook = "\n".join([*ours, "From: Per <per@buyer.example>", "Sent: Monday, 4 December 2028 10:08",
                         "Subject: Quotation Q-17", "", *order])

    def docs(body: str, subject: str | None) -> list[tuple[str, int]]:
        found = parse_body(body, None, limits=Limits(isolate=False), subject=subject).documents
        return [(d.doc_type, len(d.line_items)) for d in found]

    assert docs("\n".join(order), "Quotation Q-17") == [("purchase_order", 2)]
    for body in (gmail, outlook):
        assert docs(body, "Re: Quotation Q-17") == []
        assert docs(body, "AW: Quotation Q-17") == []
        assert docs(body, "Fwd: Quotation Q-17") == [("purchase_order", 2)]
    # the buyer's own order typed above a quote in a reply ("回复：") is its own
    reply = "\n".join([*order, "", "On Mon, 4 Dec 2028 at 9:00, Anna <anna@seller.example> wrote:",
                       "> we can offer 4 % on all items."])
    assert docs(reply, "回复：Quotation Q-17") == [("purchase_order", 2)]


def test_a_bare_article_heading_beside_an_article_number_heading_is_the_name() -> None:
    # "Nr. | Artikel | Artikelnummer | ...": "Artikel" alone may head the code, but beside a heading that says
    # number ("-nummer", "No.", "code") it holds the article's name, the numbered column the code
    items = _ruled_items(["Nr.", "Artikel", "Artikelnummer", "Menge", "Einh.", "Preis", "Summe"],
                         ["1", "Zahnriemen 1200 mm", "ZR1200", "4", "Stk", "12,50", "50,00"],
                         ["2", "Spannrolle, verzinkt", "SR0040", "2", "Stk", "8,00", "16,00"])
    assert _key(items) == [("ZR1200", 4.0, "12.50", "50.00"), ("SR0040", 2.0, "8.00", "16.00")]
    assert items[0]["description"] == "Zahnriemen 1200 mm"
    items = _ruled_items(["Article", "Item code", "Qty", "Price", "Amount"],
                         ["Toothed belt", "TB-120", "4", "12.50", "50.00"])
    assert _key(items) == [("TB-120", 4.0, "12.50", "50.00")]
    # alone, "Artikel" still heads the code column beside a description
    items = _ruled_items(["Artikel", "Bezeichnung", "Menge", "Preis", "Summe"],
                         ["ZR1200", "Zahnriemen", "4", "12,50", "50,00"])
    assert _key(items) == [("ZR1200", 4.0, "12.50", "50.00")]


def test_the_item_code_on_its_own_line_under_the_text_of_each_row() -> None:
    # an accounting package's order ("Description of Goods" with our part number in italics under each text):
    # the code closing every row's text cell is the code column, read by word position or from ruled cells
    head = _pline(60, (50, "Sl No."), (90, "Description of Goods"), _right(380, "Quantity"), _right(440, "Rate"),
                  (450, "per"), _right(540, "Amount"))
    rows = [_pline(75, _right(70, "1"), (90, "Drum knife, 600 mm"), _right(380, "4 Nos"), _right(440, "62.10"),
                   (450, "Nos"), _right(540, "248.40")),
            _pline(87, (90, "QX-DK600")),
            _pline(100, _right(70, "2"), (90, "Gearbox, ratio 25:1"), _right(380, "6 Nos"), _right(440, "1,633.00"),
                   (450, "Nos"), _right(540, "9,798.00")),
            _pline(112, (90, "QX-GB025")),
            _pline(130, (300, "Total"), _right(540, "10,046.40"))]
    items = _pdf_items(head, *rows)
    assert _key(items) == [("QX-DK600", 4.0, "62.10", "248.40"), ("QX-GB025", 6.0, "1633.00", "9798.00")]
    assert items[1]["description"] == "Gearbox, ratio 25:1"
    items = _ruled_items(["Sl No.", "Description of Goods", "Quantity", "Rate", "Amount"],
                         ["1", "Drum knife, 600 mm\nQX-DK600", "4", "62.10", "248.40"],
                         ["2", "Gearbox, ratio 25:1\nQX-GB025", "6", "1,633.00", "9,798.00"])
    assert [i["sku"] for i in items] == ["QX-DK600", "QX-GB025"]
    # a text wrapped onto a second line is no code: sizes and words stay in the description
    items = _ruled_items(["Sl No.", "Description of Goods", "Quantity", "Rate", "Amount"],
                         ["1", "Hydraulic hose\n2 m", "4", "6.00", "24.00"],
                         ["2", "Hose clamp, stainless\nM8x40", "10", "0.50", "5.00"])
    assert [i["sku"] for i in items] == [None, None]


def test_a_reference_before_a_dash_opening_the_label_with_a_glyph_kerned_over_the_hyphen() -> None:
    # a French ERP prints the reference in bold before the label ("CY-1000 - Cylindre ..."): the PDF reader cuts
    # "CY" / "-1000" where the bold "Y" overhangs the hyphen; letters, a hyphen and one digit ("CA-5") are a code
    # before the spaced dash too
    head = _pline(60, (50, "Désignation"), _right(380, "TVA"), _right(440, "P.U. HT"), _right(480, "Qté"),
                  (490, "Unité"), _right(580, "Total HT"))
    first = _pline(75, (50, "CY -1000 - Cylindre cannelé, longueur 1000 mm"), _right(380, "0%"),
                   _right(440, "2 472,50"), _right(480, "2"), (490, "u."), _right(580, "4 945,00"))
    words = list(first.words or [])
    # the "-1000" word starts half a point inside the "CY" word, as the PDF reports a kerned glyph
    k = next(i for i, w in enumerate(words) if w[2] == "-1000")
    words[k] = (words[k - 1][1] - 1.0, words[k][1], words[k][2])
    first = TextLine(first.text, first.loc, first.xs, words)
    second = _pline(90, (50, "CA-5 - Capteur de niveau, câble 5 m"), _right(380, "0%"), _right(440, "148,35"),
                    _right(480, "4"), (490, "u."), _right(580, "593,40"))
    items = _pdf_items(head, first, second)
    assert _key(items) == [("CY-1000", 2.0, "2472.50", "4945.00"), ("CA-5", 4.0, "148.35", "593.40")]
    assert items[1]["description"] == "Capteur de niveau, câble 5 m"


def test_a_goods_received_discrepancy_report_by_part_makes_no_order_lines() -> None:
    # the buyer's stores count what arrived against the order: "Qty on PO | Received in good order | Damaged",
    # no money; also in de/fr/es/zh
    for heads in (["Part No.", "Description", "Qty on PO", "Received in good order", "Damaged", "Nature of damage"],
                  ["Art.-Nr.", "Bezeichnung", "Bestellmenge", "Einwandfrei erhalten", "Beschädigt", "Schaden"],
                  ["Référence", "Désignation", "Qté commandée", "Reçu en bon état", "Endommagé", "Nature"],
                  ["Código", "Descripción", "Cantidad pedida", "Recibido en buen estado", "Dañado", "Daño"],
                  ["料号", "品名", "订购数量", "完好收货", "损坏", "备注"]):
        table = Table([heads, ["QD-600", "Drum knife", "4", "3", "1", "edge chipped"],
                       ["QB-005", "Hydraulic hose", "5", "4", "1", "hose cut"]], {"page": 1})
        lines = [TextLine("GOODS RECEIVED - DISCREPANCY REPORT", {"page": 1}),
                 TextLine("Report No.: DR-14", {"page": 1}), TextLine("Purchase Order No.: PO-88", {"page": 1})]
        doc = extract_document(Content(lines=lines, tables=[table]), Ctx(limits=Limits(isolate=False)),
                               source="test")
        assert doc is None or doc.to_json()["line_items"] == [], heads


def test_typed_order_columns_with_a_price_heading_naming_its_currency() -> None:
    # "Precio unit. USD" is one heading (the price in dollars), not "Precio" and a unit column; a row typed with
    # single spaces between quantity, unit and price ("2 pza 75,40") still splits there
    items = _doc_lines("ORDEN DE COMPRA N° OC-77", "",
                       "Código\tDescripción\tCantidad\tPrecio unit. USD\tImporte USD",
                       "QM/012\tMartillo de caña, 12 kg\t2 pza\t59,80\t119,60",
                       "QE/016  Empaquetadura de grafito, rollo 5 m      3 pza 75,40   226,20", "",
                       "Total orden: USD 345,80")
    assert _key(items) == [("QM/012", 2.0, "59.80", "119.60"), ("QE/016", 3.0, "75.40", "226.20")]
    assert items[1]["unit"] == "pza"


def test_order_lines_numbered_with_the_chinese_enumeration_comma() -> None:
    # "1、code，text，数量 10 PCS，单价 USD 24.70，金额 USD 247.00": the "、" after the number is the list's, so
    # the code opens the line
    items = _doc_lines("订单编号：QH-PO-31", "",
                       "1、QHDR-0001，Wire drawing die, bore 1 mm，数量 10 PCS，单价 USD 24.70，金额 USD 247.00",
                       "2、QHCT-0630，Capstan tyre, Ø630 mm，数量 4 PCS，单价 USD 182.78，金额 USD 731.12", "",
                       "合计：USD 978.12")
    assert _key(items) == [("QHDR-0001", 10.0, "24.70", "247.00"), ("QHCT-0630", 4.0, "182.78", "731.12")]
    assert items[0]["description"] == "Wire drawing die, bore 1 mm"


def test_inventory_id_is_the_code_and_line_nbr_the_position() -> None:
    # an ERP's "Line Nbr. | Inventory ID | Line Description": the code column is the stock item's key, the line
    # number only the position, and "Line Description" one heading (its first word is no "Line" position column)
    head = _pline(60, (50, "Line Nbr."), (95, "Inventory ID"), (155, "Line Description"), (400, "Qty."),
                  (420, "UOM"), (455, "Unit Price"), (510, "Ext. Price"))
    rows = [_pline(75, _right(72, "1"), (95, "KV-0150"), (155, "Ring seal, 24 mm"), _right(412, "40"),
                   (420, "PCS"), _right(490, "18.46"), _right(547, "738.40")),
            _pline(90, _right(72, "2"), (95, "KV-0075"), (155, "Clearer for frame"), _right(412, "20"),
                   (420, "PCS"), _right(490, "7.36"), _right(547, "147.20")),
            _pline(110, (330, "Detail Total"), _right(547, "885.60"))]
    items = _pdf_items(head, *rows)
    assert _key(items) == [("KV-0150", 40.0, "18.46", "738.40"), ("KV-0075", 20.0, "7.36", "147.20")]
    assert [i["description"] for i in items] == ["Ring seal, 24 mm", "Clearer for frame"]


def test_two_line_headings_centred_on_the_header_line_keep_their_own_columns() -> None:
    # an ERP print centres "Stock" / "Code" and "Order" / "Qty" on the one-line headings: half above, half
    # below the header line. Read as a heading wrapped below, "Qty" joined the date heading beside it, and the
    # quantity column took the due dates; read whole, each two-line heading is a column of its own
    lines = [_pline(55, (90, "Stock"), _right(560, "Order")),
             _pline(62, (40, "Line"), (170, "Description"), (430, "Due Date"), (570, "UOM"), _right(660, "Price"),
                    _right(740, "Value")),
             _pline(69, (90, "Code"), _right(560, "Qty")),
             _pline(85, (40, "0001"), (90, "KV-25"), (170, "Ball valve DN25"), (430, "14/03/2031"),
                    _right(560, "12"), (570, "EA"), _right(660, "41.20"), _right(740, "494.40")),
             _pline(99, (40, "0002"), (90, "GS-100"), (170, "Flange gasket PN16"), (430, "14/03/2031"),
                    _right(560, "150"), (570, "EA"), _right(660, "1.85"), _right(740, "277.50")),
             _pline(120, (480, "Total Order Value EUR"), _right(740, "771.90"))]
    items = _pdf_items(*lines)
    assert _key(items) == [("KV-25", 12.0, "41.20", "494.40"), ("GS-100", 150.0, "1.85", "277.50")]
    assert items[1]["description"] == "Flange gasket PN16"


def test_money_wrapped_under_its_currency_in_a_narrow_cell_joins_the_row_above() -> None:
    # a web ERP print writes "USD 1,117.80" in narrow price and amount cells: a long number wraps onto the next
    # line and leaves only the currency on the item row; short ones stay whole. "UdM" and "Tarifa" are the
    # Spanish screens' unit and rate headings
    lines = [_pline(60, (40, "No."), (70, "Código"), (160, "Descripción"), _right(420, "Cantidad"), (430, "UdM"),
                    _right(560, "Tarifa"), _right(660, "Importe")),
             _pline(75, (40, "1"), (70, "QB-160"), (160, "Casquillo de goma 160 mm"), _right(420, "3"), (430, "UND"),
                    _right(560, "USD"), _right(660, "USD")),
             _pline(86, _right(560, "1,212.40"), _right(660, "3,637.20")),
             _pline(101, (40, "2"), (70, "QZ-010"), (160, "Ánodo de zinc 10 kg"), _right(420, "5"), (430, "UND"),
                    _right(560, "USD 41.10"), _right(660, "USD 205.50")),
             _pline(116, (40, "3"), (70, "QV-080"), (160, "Válvula de mariposa DN80"), _right(420, "2"),
                    (430, "UND"), _right(560, "USD"), _right(660, "USD 604.00")),
             _pline(127, _right(560, "302.00")),
             _pline(150, (420, "Total neto"), _right(660, "USD 4,446.70"))]
    items = _pdf_items(*lines)
    assert _key(items) == [("QB-160", 3.0, "1212.40", "3637.20"), ("QZ-010", 5.0, "41.10", "205.50"),
                           ("QV-080", 2.0, "302.00", "604.00")]
    assert [i["unit"] for i in items] == ["UND"] * 3


def test_item_number_captioned_in_danish_under_the_description_is_the_code() -> None:
    # a Danish ERP order prints the item number under the text in the description cell ("Varenr. …"), the
    # first column holding only positions in tens
    table = Table([["Pos.", "Beskrivelse / Description", "Antal / Qty", "Enhed / Unit", "Pris / Price",
                    "Beløb / Amount"],
                   ["10", "Brake pad set, 120 mm\nVarenr. QB-0120", "6", "stk.", "88.50", "531.00"],
                   ["20", "Cooling fan, 200 mm\nVarenummer: QF200", "2", "stk.", "310.00", "620.00"],
                   ["", "", "", "", "Subtotal", "1,151.00"]], {"page": 1})
    content = Content(lines=[TextLine("Indkøbsordre / Purchase order 77", {"page": 1}),
                             TextLine("Total DKK: 1,151.00", {"page": 1})], tables=[table])
    items = _items(content)
    assert _key(items) == [("QB-0120", 6.0, "88.50", "531.00"), ("QF200", 2.0, "310.00", "620.00")]
    assert [i["description"] for i in items] == ["Brake pad set, 120 mm", "Cooling fan, 200 mm"]


def test_zero_padded_or_dotted_positions_under_an_item_heading_yield_to_the_labelled_code() -> None:
    # an ERP order numbers its lines "0010" or "1.1" under a generic "Item" heading and labels the real code
    # inside the description: the labelled code is the item's, the position is none
    for first, second in (("0010", "0020"), ("1.1", "1.2")):
        table = Table([["Item", "Description", "Qty", "Unit Price", "Amount"],
                       [first, "Hex bolt M8\nItem code: QB-100", "50", "0.76", "38.00"],
                       [second, "Washer 8 mm\nArt.-Nr. QW-8", "100", "0.05", "5.00"],
                       ["", "", "", "Subtotal", "43.00"]], {"page": 1})
        content = Content(lines=[TextLine("PURCHASE ORDER 12", {"page": 1}), TextLine("Total: 43.00", {"page": 1})],
                          tables=[table])
        items = _items(content)
        assert _key(items) == [("QB-100", 50.0, "0.76", "38.00"), ("QW-8", 100.0, "0.05", "5.00")]
        assert [i["description"] for i in items] == ["Hex bolt M8", "Washer 8 mm"]
    # a four-digit number without a leading zero is a code of its own
    table = Table([["Item", "Description", "Qty", "Unit Price", "Amount"],
                   ["4711", "Hex bolt M8\nItem code: QB-100", "50", "0.76", "38.00"]], {"page": 1})
    content = Content(lines=[TextLine("PURCHASE ORDER 12", {"page": 1})], tables=[table])
    assert _key(_items(content)) == [("4711", 50.0, "0.76", "38.00")]


def test_an_order_table_pasted_into_an_html_mail_with_tabs_or_nbsp_runs_keeps_its_columns() -> None:
    # a table copied from a spreadsheet into an HTML mail keeps tabs (or runs of &nbsp;) between its cells;
    # HTML rendering collapses them to one space, so the conversion keeps them as tabs and the rows split
    from parsers import parse_body
    from parsers.formats.text import html_to_text

    orders = {
        "zh": ("采购订单号：QX-PO-31<br>日期：2029-05-02<br><br>", "序号{s}货号{s}品名{s}数量{s}单价(USD){s}金额(USD)",
               "合计：USD 134.00"),
        "de": ("Bestellung Nr. QX-PO-32<br>Datum: 02.05.2029<br><br>", "Pos.{s}Art.-Nr.{s}Bezeichnung{s}Menge{s}"
               "Einzelpreis (USD){s}Gesamtpreis (USD)", "Summe: USD 134.00"),
        "fr": ("Bon de commande n° QX-PO-33<br>Date : 02/05/2029<br><br>", "Pos.{s}Référence{s}Désignation{s}"
               "Quantité{s}Prix unitaire (USD){s}Montant (USD)", "Total : USD 134.00"),
        "es": ("Pedido n.º QX-PO-34<br>Fecha: 02/05/2029<br><br>", "Pos.{s}Código{s}Descripción{s}Cantidad{s}"
               "Precio unitario (USD){s}Importe (USD)", "Total: USD 134.00"),
    }
    rows = ["1{s}QM-2040{s}Pump impeller, high-chrome, 6 in.{s}2 PCS{s}45.00{s}90.00",
            "2{s}QB-0030{s}Liner bolt M30 with nut{s}8 PCS{s}5.50{s}44.00"]
    for lang, (head, heading, total) in orders.items():
        for gap in ("\t", "&nbsp;&nbsp;&nbsp;", " \t "):
            html = ("<div dir=\"ltr\">" + head + "<br>".join(r.format(s=gap) for r in [heading, *rows])
                    + f"<br><br>{total}<br></div>")
            docs = parse_body(None, html, limits=Limits(isolate=False)).documents
            assert [d.doc_type for d in docs] == ["purchase_order"], (lang, gap)
            items = docs[0].to_json()["line_items"]
            assert _key(items) == [("QM-2040", 2.0, "45.00", "90.00"), ("QB-0030", 8.0, "5.50", "44.00")], (lang, gap)
            assert items[0]["description"] == "Pump impeller, high-chrome, 6 in.", (lang, gap)
    # Outlook types a tab as a span of non-breaking spaces
    outlook = ("<p class=MsoNormal>Pos<span style='mso-tab-count:1'>&nbsp;&nbsp; </span>Code"
               "<span style='mso-tab-count:2'>\xa0\xa0\xa0\xa0 </span>Qty</p>")
    assert html_to_text(outlook, Limits()) == "Pos\tCode\tQty"
    # one non-breaking space or a tab between tags is no cell gap
    assert html_to_text("<p>Dear&nbsp;Mr Wang,</p>\t<p>ok <span>&nbsp;</span>x</p>", Limits()) == \
        "Dear Mr Wang,\n\nok  x"


def test_an_order_typed_in_a_mail_body_as_semicolon_separated_values() -> None:
    # a spreadsheet range saved as CSV and pasted into a mail: the header's semicolons split its rows too,
    # a comma inside a description or a decimal comma does not
    items = _doc_lines("Bestellung Nr. QK-88 vom 03.04.2031", "",
                       "Pos.; Art.-Nr.; Bezeichnung; Menge; Preis EUR; Betrag EUR",
                       "1; QZ7; Kolbenpumpe, Hubvolumen 7 cm³; 3 Stk.; 212,50; 637,50",
                       "2; QV140; Rückschlagventil, bis 140 bar; 12 Stk.; 18,00; 216,00", "",
                       "Summe netto: 853,50 EUR")
    assert _key(items) == [("QZ7", 3.0, "212.50", "637.50"), ("QV140", 12.0, "18.00", "216.00")]
    assert items[0]["description"] == "Kolbenpumpe, Hubvolumen 7 cm³"


def test_an_order_line_whose_numbers_are_on_the_line_under_its_code_and_text() -> None:
    # a bulleted item names code and text, the indented line under it "qty unit × price = amount"; an
    # introduction ending in a colon is no item text
    items = _doc_lines("Bon de commande n° QB-31-7", "", "Voici le détail :",
                       "  2 pce × 10,00 USD = 20,00 USD",
                       "- QR-305 – Rouleau presseur, Ø305 mm",
                       "  1 pce × 1 310,00 USD = 1 310,00 USD",
                       "- QS-12 – Tamis vibrant, maille 12",
                       "  6 pce × 92,40 USD = 554,40 USD", "", "Montant total : 1 864,40 USD")
    assert _key(items) == [(None, 2.0, "10.00", "20.00"), ("QR-305", 1.0, "1310.00", "1310.00"),
                           ("QS-12", 6.0, "92.40", "554.40")]
    assert items[1]["description"] == "Rouleau presseur, Ø305 mm"


def test_a_code_of_two_letter_groups_and_one_digit_leads_an_order_line() -> None:
    # "QL-QR2": letters, a hyphen, letters and one digit is a code, as "QL-GL42" beside it is (an html mail
    # collapsed the gaps between the parts to single spaces)
    items = _doc_lines("订单号：QL-PO-31-7", "",
                       "1. QL-GL42 Liner bolt M42 数量：10 PCS 单价：USD 15.00 金额：USD 150.00",
                       "2. QL-QR2 Rake wear shoe, type 2 数量：4 PCS 单价：USD 50.00 金额：USD 200.00", "",
                       "订单总额：USD 350.00")
    assert _key(items) == [("QL-GL42", 10.0, "15.00", "150.00"), ("QL-QR2", 4.0, "50.00", "200.00")]
    assert items[1]["description"] == "Rake wear shoe, type 2"


def _body_items(*texts: str) -> list[dict[str, Any]]:
    from parsers import parse_body

    docs = parse_body("\n".join(texts) + "\n", None, limits=Limits(isolate=False)).documents
    assert docs
    return docs[0].to_json()["line_items"]


def test_order_lines_typed_in_a_mail_body_as_labelled_values() -> None:
    # "Item: … / Qty: … / Price: …" on one line or one caption a line, a block per item; an amount written
    # must be quantity x price (the third block's is not: no item), one not written is that product
    items = _body_items("Purchase order QP-31-9", "",
                        "Qty: 10 / Item: QB-12 Widget / Unit price: EUR 12.50 / Amount: EUR 125.00",
                        "", "Item: QB-14 Gadget", "Qty: 5 pcs", "Unit price: EUR 3.00", "",
                        "Item: QB-16 Sprocket", "Qty: 2 pcs", "Unit price: EUR 7.00", "Amount: EUR 15.00", "",
                        "Total: EUR 140.00")
    assert _key(items) == [("QB-12", 10.0, "12.50", "125.00"), ("QB-14", 5.0, "3.00", "15.00")]
    assert items[1]["description"] == "Gadget" and items[1]["unit"] == "pcs"


def test_order_lines_typed_in_a_mail_body_without_their_amounts() -> None:
    # "10 x code text @ price", "10 pcs code text à price €", "code text - 4 pcs at EUR price each": the
    # amount is quantity x price; a sentence with a date or a sum in its text is none
    items = _body_items("Purchase order QP-31-10", "",
                        "- 10 x QB-12 Widget @ 12.50", "- 4 Stk. QB-14 Zahnrad à 3,25 €",
                        "- QB-16 Sprocket - 2 pcs at EUR 7.00 each", "", "Total: EUR 152.00")
    assert _key(items) == [("QB-12", 10.0, "12.50", "125.00"), ("QB-14", 4.0, "3.25", "13.00"),
                           ("QB-16", 2.0, "7.00", "14.00")]


def test_order_lines_typed_as_semicolon_separated_values_or_priced_in_yuan() -> None:
    # a header-less line of semicolon-separated cells; "元" after a price is its currency, as "€" is
    items = _body_items("采购订单 QP-31-11", "",
                        "QB-12; Widget; 10 pcs; 12.50; 125.00",
                        "1、QB-14 Gadget，数量 5 个，单价 3.00 元，金额 15.00 元", "", "合计：140.00")
    assert _key(items) == [("QB-12", 10.0, "12.50", "125.00"), ("QB-14", 5.0, "3.00", "15.00")]


def test_labelled_order_values_in_german_and_chinese_captions() -> None:
    # the captions are the column headings of the vocabulary ("Artikel-Nr.", "Menge", "物料编码", "数量", "单价")
    items = _body_items("Bestellung Nr. QP-31-12", "", "Artikel-Nr.: QB-12", "Bezeichnung: Ritzel", "Menge: 10 Stk.",
                        "Einzelpreis: 12,50 €", "", "Gesamt: 125,00 €")
    assert _key(items) == [("QB-12", 10.0, "12.50", "125.00")] and items[0]["description"] == "Ritzel"
    items = _body_items("采购订单号：QP-31-13", "", "物料编码：QB-14", "品名：齿轮", "数量：5 个", "单价：3.00",
                        "金额：15.00", "", "合计：15.00")
    assert _key(items) == [("QB-14", 5.0, "3.00", "15.00")] and items[0]["description"] == "齿轮"


def test_order_lines_with_the_text_first_and_the_numbers_captioned_or_one_space_apart() -> None:
    # "text, qty: 10, price: …", "text – qty 10 – unit price USD … – total USD …", and columns whose gaps an
    # html mail collapsed to one space, read only when quantity x price = amount (the last line's is not)
    items = _body_items("Purchase order QP-31-14", "",
                        "QB-12 Widget, qty: 10, price: 12.50 EUR",
                        "1) QB-14 Gadget – qty 5 – unit price EUR 3.00 – total EUR 15.00", "", "Total: EUR 140.00")
    assert _key(items) == [("QB-12", 10.0, "12.50", "125.00"), ("QB-14", 5.0, "3.00", "15.00")]
    assert items[0]["description"] == "Widget"
    items = _body_items("Purchase order QP-31-15", "", "QB-16 Sprocket 10 pcs 12.50 125.00",
                        "QB-18 Chain 5 pcs 3.00 15.00", "QB-20 Idler 2 pcs 3.00 7.00", "", "Total: 140.00")
    assert _key(items) == [("QB-16", 10.0, "12.50", "125.00"), ("QB-18", 5.0, "3.00", "15.00")]


def test_an_order_line_with_its_price_after_the_text_and_no_sign_before_it() -> None:
    # "10 x code – text – price each = amount": the price is the money closing the part after the times sign
    items = _doc_lines("Purchase order QP-31-16", "", "10 x QB-12 – Widget – EUR 12.50 = EUR 125.00",
                       "3 x QB-14 Gear 2,50 € each = 7,50 €", "", "Total: EUR 132.50")
    assert _key(items) == [("QB-12", 10.0, "12.50", "125.00"), ("QB-14", 3.0, "2.50", "7.50")]
    assert [i["description"] for i in items] == ["Widget", "Gear"]


def test_a_quality_notifications_claimed_counts_are_no_order_lines() -> None:
    # "Liefermenge | Reklamiert | Fehlerart": the parts a quality notification claims, counted, no prices
    table = Table([["Pos.", "Material", "Kurztext", "Liefermenge", "Reklamiert", "Fehlerart", "Befund"],
                   ["0001", "KW-160", "Dichtung Ø160", "10", "4", "Maßabweichung", "außer Toleranz"],
                   ["0002", "KW-25", "Wegeventil NG25", "6", "2", "Funktionsfehler", "schaltet nicht"]], {"page": 1})
    lines = [TextLine("Qualitätsmeldung", {"page": 1}), TextLine("Meldung   QM-310077", {"page": 1}),
             TextLine("Bestellung   HT-PO-31-0412", {"page": 1})]
    doc = extract_document(Content(lines=lines, tables=[table]), Ctx(limits=Limits(isolate=False)), source="test")
    assert doc is None or doc.to_json()["line_items"] == []
    head = _pline(60, (50, "Pos."), (80, "Material"), (130, "Kurztext"), (250, "Liefermenge"),
                  (320, "Reklamiert"), (390, "Fehlerart"))
    row = _pline(75, (50, "0001"), (80, "KW-160"), (130, "Dichtung"), _right(300, "10"), _right(370, "4"),
                 (390, "Maßabweichung"))
    assert _pdf_items(head, row) == []


def test_short_codes_before_a_colon_in_typed_order_lines() -> None:
    # "AB12 : text – 6 u à 2,50 €, soit 15,00 €": short letters-and-digits tokens could each be a size ("M8"); each
    # opening its line before a colon, distinct, under several letter groups, they are the codes
    items = _body_items("Bon de commande n° BC-77 du 3 mars 2031", "",
                        "KX12 : Galet tendeur, Ø12 mm – 6 u à 2,50 €, soit 15,00 €",
                        "RT4 : Ressort de rappel, n° 4 – 2 u à 3,00 €, soit 6,00 €", "",
                        "Total de la commande : 21,00 EUR")
    assert _key(items) == [("KX12", 6.0, "2.50", "15.00"), ("RT4", 2.0, "3.00", "6.00")]
    assert items[0]["description"] == "Galet tendeur, Ø12 mm"
    # sizes repeat their letters: no codes
    sizes = _body_items("Bon de commande n° BC-78 du 3 mars 2031", "",
                        "M8 : Vis à tête hexagonale – 6 u à 2,50 €, soit 15,00 €",
                        "M10 : Vis à tête hexagonale – 2 u à 3,00 €, soit 6,00 €", "",
                        "Total de la commande : 21,00 EUR")
    assert [i["sku"] for i in sizes] == [None, None]


def test_a_po_total_closes_a_typed_order() -> None:
    from parsers import parse_body

    body = ("please accept this e-mail as our purchase order.\n\nPURCHASE ORDER ZQ-31-7\nDate: 24/02/2031\n\n"
            "1) P/N ZQ-5 – Ball screw, lead 5 mm; qty 4 pc @ USD 148.00 = USD 592.00\n"
            "2) P/N ZQ-80 – Guide pad; qty 4 pc @ USD 423.80 = USD 1,695.20\n\nPO total: USD 2,287.20\n")
    doc = parse_body(body, None, limits=Limits(isolate=False)).documents[0]
    assert (str(doc.subtotal), str(doc.total)) == ("2287.20", "2287.20")


def test_the_order_value_typed_under_a_mail_orders_lines_is_its_total() -> None:
    # "Order value: EUR 2,010.00" under the lines of an order typed in a mail (no tax on it): the total, and,
    # the lines adding up to it, the subtotal too
    from parsers import parse_body

    for caption in ("Order value", "Valeur de la commande", "Valor del pedido", "PO value"):
        text = "\n".join(["Please take this mail as our order.", "", "Order no.: QP-31-12", "",
                          "Part no. | Description | Qty | Unit price | Amount",
                          "QB-12 | Widget, bronze | 3 pc | EUR 170.00 | EUR 510.00",
                          "QB-14 | Gadget, steel | 10 pc | EUR 150.00 | EUR 1,500.00", "",
                          f"{caption}: EUR 2,010.00", "Delivery: DAP Valletta", ""])
        docs = parse_body(text, None, limits=Limits(isolate=False)).documents
        assert docs, caption
        doc = docs[0].to_json()
        assert (doc["total"], doc["subtotal"]) == ("2010.00", "2010.00"), (caption, doc["total"], doc["subtotal"])


def test_an_order_typed_in_a_mail_under_its_bare_title_number_and_date() -> None:
    # "ORDER QP-31-12 – 03.02.2031" heading lines typed "3 pcs  QB-12  Widget  @ EUR 170.00  = EUR 510.00": the
    # bare title with its number (and a date set apart by a dash or "of") opens the order; the dash is no number
    from parsers import parse_body

    for title in ("ORDER QP-31-12 – 03.02.2031", "Order QP-31-12 of 03.02.2031", "BESTELLUNG QP-31-12 – 03.02.2031",
                  "COMMANDE QP-31-12 – 03.02.2031", "PEDIDO QP-31-12 – 03.02.2031", "订单 QP-31-12 – 03.02.2031"):
        text = "\n".join(["Hello Anna,", "", "the prices are fine, so here is the order in the mail:", "", title, "",
                          "3 pcs  QB-12  Widget, bronze  @ EUR 170.00  = EUR 510.00",
                          "10 pcs  QB-14  Gadget, steel  @ EUR 150.00  = EUR 1,500.00", "",
                          "Total EUR 2,010.00", "Delivery: DAP Valletta", "Payment: 30 days net", "", "Regards,", "Mia"])
        docs = parse_body(text, None, limits=Limits(isolate=False)).documents
        assert docs, title
        doc = docs[0]
        assert (doc.doc_type, doc.number, str(doc.date), str(doc.total)) == \
            ("purchase_order", "QP-31-12", "2031-02-03", "2010.00"), title
        assert [(i.sku, i.quantity, str(i.amount)) for i in doc.line_items] == \
            [("QB-12", 3.0, "510.00"), ("QB-14", 10.0, "1500.00")], title


def test_short_letter_codes_over_the_text_under_a_joint_code_heading() -> None:
    # "Part Number / Description" over "RBWT360" / "Roller seal, Ø360 mm": letters and a short number read alone
    # like a size ("DN250"), but a whole column of distinct tokens each over a line of words is a code column
    items = _ruled_items(["Line", "Part Number / Description", "Delivery Date", "Quantity", "UOM", "Unit Price",
                          "Amount"],
                         ["1", "RBWT360\nRoller seal, Ø360 mm", "22 Apr 2031", "20", "EA", "42.00", "840.00"],
                         ["2", "RBQ40\nJaw insert, width 40 mm", "22 Apr 2031", "4", "EA", "6.50", "26.00"],
                         ["3", "RBHF25\nReturn filter, 25 micron", "22 Apr 2031", "2", "EA", "9.00", "18.00"])
    assert _key(items) == [("RBWT360", 20.0, "42.00", "840.00"), ("RBQ40", 4.0, "6.50", "26.00"),
                           ("RBHF25", 2.0, "9.00", "18.00")]
    assert [i["description"] for i in items] == ["Roller seal, Ø360 mm", "Jaw insert, width 40 mm",
                                                 "Return filter, 25 micron"]


def test_sizes_over_the_text_under_a_joint_code_heading_stay_whole() -> None:
    # the same heading over sizes of one kind ("DN25", "DN50" over a text): no code system, the cell stays whole
    items = _ruled_items(["Line", "Part Number / Description", "Quantity", "Unit Price", "Amount"],
                         ["1", "DN25\nFlange gasket", "4", "2.00", "8.00"],
                         ["2", "DN50\nFlange gasket", "2", "3.00", "6.00"])
    assert [i["sku"] for i in items] == ["DN25 Flange gasket", "DN50 Flange gasket"]


def test_codes_with_several_letter_groups_and_one_digit_under_the_text() -> None:
    # "Item & Description" with the code on a second line under the text: "ABR-GT-3" has one digit, but letter
    # groups joined by hyphens before it make a code, not a measure
    items = _ruled_items(["#", "Item & Description", "Qty", "Rate", "Amount"],
                         ["1", "Rotary hook for sewing machine, type 3\nABR-GT-3", "4", "49.92", "199.68"],
                         ["2", "Circular blade, Ø100 mm\nABR-CC-100", "12", "28.52", "342.24"])
    assert _key(items) == [("ABR-GT-3", 4.0, "49.92", "199.68"), ("ABR-CC-100", 12.0, "28.52", "342.24")]
    assert items[0]["description"] == "Rotary hook for sewing machine, type 3"


def test_codes_closing_the_text_in_brackets_after_a_dash_or_a_gap() -> None:
    # "Text (CODE)", "Text – CODE", "Text  CODE": a code closing every coded row's text is the code; a one-line
    # service row without one has none
    for a, b in (("Hex bolt M8x40 (AB-1001)", "Washer 8 mm (BC-2002)"),
                 ("Hex bolt M8x40 – AB-1001", "Washer 8 mm – BC-2002"),
                 ("Hex bolt M8x40  AB-1001", "Washer 8 mm  BC-2002")):
        items = _ruled_items(["Pos", "Description", "Qty", "Unit price", "Amount"],
                             ["1", a, "2", "5.00", "10.00"], ["2", "Installation service", "1", "80.00", "80.00"],
                             ["3", b, "4", "0.50", "2.00"])
        assert [(i["sku"], i["description"]) for i in items] == [
            ("AB-1001", "Hex bolt M8x40"), (None, "Installation service"), ("BC-2002", "Washer 8 mm")], a


def test_code_opening_the_text_before_a_wide_gap() -> None:
    # "AB-1001  Hex bolt" (code and text in one cell, two spaces apart, as spreadsheet exports print them)
    items = _ruled_items(["Pos", "Description", "Qty", "Unit price", "Amount"],
                         ["1", "AB-1001  Hex bolt M8x40", "2", "5.00", "10.00"],
                         ["2", "BC-2002  Washer 8 mm", "4", "0.50", "2.00"])
    assert [(i["sku"], i["description"]) for i in items] == [("AB-1001", "Hex bolt M8x40"),
                                                            ("BC-2002", "Washer 8 mm")]


def test_sizes_colours_and_notes_closing_the_text_are_no_codes() -> None:
    # a second line or a bracket that holds a size, a standard, a colour or a note stays part of the text
    for a, b in (("Hex bolt, zinc plated\nM8x40", "Washer\nM10"), ("Office chair\nColour: black", "Desk\nincl. kit"),
                 ("Cabinet steel\nRAL 7035", "Cabinet steel\nRAL 9005"), ("Gloves (EN388)", "Gloves (EN374)"),
                 ("Lamp (IP65)", "Lamp (IP44)"), ("Cable - 3x2.5", "Cable - 5x1.5"),
                 ("Hex bolt (AB-1001)", "Washer (M10)")):
        items = _ruled_items(["Pos", "Description", "Qty", "Unit price", "Amount"],
                             ["1", a, "2", "5.00", "10.00"], ["2", b, "4", "0.50", "2.00"])
        assert [i["sku"] for i in items] == [None, None], a
        assert [i["description"] for i in items] == [" ".join(a.split()), " ".join(b.split())]


def test_material_and_article_code_captions_under_the_text() -> None:
    # "Mat.-Nr." (German ERP prints), "Code article", "Codice articolo", "物料编码", "品番" on a line under the text
    for cap in ("Mat.-Nr.", "Code article", "Codice articolo", "Cod. art.", "物料编码", "品番"):
        items = _ruled_items(["Pos", "Description", "Qty", "Unit price", "Amount"],
                             ["1", f"Hex bolt M8x40\n{cap} 4711-20", "2", "5.00", "10.00"])
        assert [(i["sku"], i["description"]) for i in items] == [("4711-20", "Hex bolt M8x40")], cap


def test_short_letter_codes_on_a_line_of_their_own_under_wrapped_texts() -> None:
    # "Description / item code" with the code under the text, which wraps: "FX16", "OR2" read alone like sizes,
    # but a column of distinct tokens under three letter prefixes, each on its own line under every text, is a code
    items = _ruled_items(["No.", "Description / item code", "Quantity", "Unit", "Price", "Value"],
                         ["1", "Filling valve complete for bottle filler,\ntype 16\nFX16", "10", "pc", "18.00",
                          "180.00"],
                         ["2", "Capping head, screw cap Ø28\nmm\nCH28", "6", "pc", "29.00", "174.00"],
                         ["3", "O-ring set EPDM\nOR2", "10", "pc", "1.00", "10.00"])
    assert [(i["sku"], i["description"]) for i in items] == [
        ("FX16", "Filling valve complete for bottle filler, type 16"), ("CH28", "Capping head, screw cap Ø28 mm"),
        ("OR2", "O-ring set EPDM")]


def test_sizes_under_texts_of_one_letter_prefix_stay_in_the_text() -> None:
    # sizes under the texts repeat their few letters ("DN25", "DN40", "M8"): no code system, the texts stay whole
    items = _ruled_items(["No.", "Description", "Quantity", "Price", "Value"],
                         ["1", "Flange gasket\nDN25", "4", "2.00", "8.00"], ["2", "Flange gasket\nDN40", "2", "3.00", "6.00"],
                         ["3", "Hex bolt\nM8", "2", "1.00", "2.00"])
    assert [i["sku"] for i in items] == [None, None, None]


def test_a_times_sign_glued_before_the_quantity_of_a_typed_order_line() -> None:
    # "AB-5  Seal kit, size 5  x8 pcs @ EUR 12.50 = EUR 100.00": the "x" glued to the quantity after a gap marks it
    # as the quantity; a size written with a times sign ("5x8") is no quantity
    from parsers.extract.lineitems import items_from_equation_lines

    lines = [TextLine("1) AB-5  Seal kit, size 5  x8 pcs @ EUR 12.50 = EUR 100.00", {"line": 1}),
             TextLine("2) CD-40  Gauge, 0-40 bar  ×2 pcs @ EUR 3.00 = EUR 6.00", {"line": 2}),
             TextLine("3) EF-7  Plate 5x8 pcs @ EUR 1.00 = EUR 5.00", {"line": 3})]
    items, _ev = items_from_equation_lines(lines, None)
    assert [(i.sku, i.description, i.quantity, i.unit, str(i.amount)) for i in items] == [
        ("AB-5", "Seal kit, size 5", 8.0, "pcs", "100.00"), ("CD-40", "Gauge, 0-40 bar", 2.0, "pcs", "6.00")]


def test_generic_item_heading_over_row_numbers_beside_an_unknown_text_heading() -> None:
    # "ITEM | DETAILS" (cloud accounting prints): the generic "Item" heads the rows' numbers, the unknown heading
    # the text with the item code on a line of its own under it, captioned or not; the lines under the items must
    # join that text column, not fall under a column of no role
    head = _pline(60, (50, "ITEM"), (80, "DETAILS"), _right(400, "QUANTITY"), (405, "UNIT"), _right(480, "RATE"),
                  _right(560, "SUBTOTAL"))
    rows = [_pline(75, (52, "1"), (80, "Hydraulic seal kit, bore 160 mm"), _right(400, "8"), (405, "EA"),
                   _right(480, "241.80"), _right(560, "1,934.40")),
            _pline(86, (80, "Item code: PHM-HC160")),
            _pline(100, (52, "2"), (80, "Idler roller, conveyor"), _right(400, "6"), (405, "EA"),
                   _right(480, "83.85"), _right(560, "503.10")),
            _pline(111, (80, "Item code: DH-GV-80")),
            _pline(125, (52, "3"), (80, "Brake pad set, axle 1"), _right(400, "4"), (405, "EA"),
                   _right(480, "412.00"), _right(560, "1,648.00")),
            _pline(136, (80, "Item code: XP-EW60")),
            _pline(155, (405, "Total"), _right(560, "4,085.50"))]
    items = _pdf_items(head, *rows)
    assert [(i["sku"], i["description"], i["quantity"]) for i in items] == [
        ("PHM-HC160", "Hydraulic seal kit, bore 160 mm", 8.0), ("DH-GV-80", "Idler roller, conveyor", 6.0),
        ("XP-EW60", "Brake pad set, axle 1", 4.0)]
    # uncaptioned codes under the texts read the same; sizes and notes under them stay in the text
    for unders, skus in ((["NPO-PT8", "TF-CP6", "HCM-PV130"], ["NPO-PT8", "TF-CP6", "HCM-PV130"]),
                         (["DN25", "DN40", "DN50"], [None, None, None]),
                         (["ISO 9001", "colour: RAL 5015 blue", "see drawing 12"], [None, None, None])):
        lines = [head]
        for n, (row, under) in enumerate(zip(rows[0:6:2], unders, strict=True)):
            lines += [row, _pline(86 + 25 * n, (80, under))]
        items = _pdf_items(*lines, rows[-1])
        assert [i["sku"] for i in items] == skus, unders
        assert [i["quantity"] for i in items] == [8.0, 6.0, 4.0]
    # a generic heading over real codes beside the unknown text heading is the code column, as before
    coded = [_pline(75 + 25 * n, (50, code), (80, text), _right(400, "1"), (405, "EA"), _right(480, "2.00"),
                    _right(560, "2.00"))
             for n, (code, text) in enumerate((("A1", "Seal kit"), ("A2", "Idler roller"), ("A3", "Brake pad")))]
    assert [i["sku"] for i in _pdf_items(head, *coded)] == ["A1", "A2", "A3"]


def test_row_numbers_under_a_generic_heading_in_ruled_tables() -> None:
    # ruled cells: "Item | Details" over row numbers and the text, the code captioned under it
    items = _ruled_items(["Item", "Details", "Quantity", "Rate", "Subtotal"],
                         ["1", "Hydraulic seal kit\nItem code: PHM-HC160", "8", "241.80", "1,934.40"],
                         ["2", "Idler roller\nItem code: PHM-IF152", "6", "83.85", "503.10"])
    assert [(i["sku"], i["description"]) for i in items] == [("PHM-HC160", "Hydraulic seal kit"),
                                                             ("PHM-IF152", "Idler roller")]
    # "Item | Description" over row numbers: an uncaptioned code on a line of its own under the text is the code
    items = _ruled_items(["Item", "Description", "Quantity", "Rate", "Subtotal"],
                         ["1", "Hydraulic seal kit\nDH-GV-80", "8", "241.80", "1,934.40"],
                         ["2", "Idler roller\nDH-SL-5", "6", "83.85", "503.10"],
                         ["3", "Brake pad set\nDH-CB-80", "4", "412.00", "1,648.00"])
    assert [(i["sku"], i["description"]) for i in items] == [
        ("DH-GV-80", "Hydraulic seal kit"), ("DH-SL-5", "Idler roller"), ("DH-CB-80", "Brake pad set")]
    # ... but sizes under the texts are no codes: the texts stay whole
    items = _ruled_items(["Item", "Description", "Quantity", "Rate", "Subtotal"],
                         ["1", "Flange gasket\nDN25", "8", "241.80", "1,934.40"],
                         ["2", "Flange gasket\nDN40", "6", "83.85", "503.10"],
                         ["3", "Flange gasket\nDN50", "4", "412.00", "1,648.00"])
    assert [i["description"] for i in items] == ["Flange gasket DN25", "Flange gasket DN40", "Flange gasket DN50"]


def _packing_rows(*rows: tuple[str, str, str]) -> list[TextLine]:
    """A packing list whose quantity and unit share one cell under a joint 'Qty / UOM' heading: the number
    right-aligned against the slash, the unit left-aligned after it ("72 each", " 4 each")."""
    head = [_pline(10, (50, "PACKING LIST")), _pline(25, (50, "Packing list No.: PL-4711")),
            _pline(60, (50, "Product code"), (150, "Product"), (420, "Qty / UOM"), (500, "Box"))]
    return head + [_pline(75 + 15 * k, (50, code), (150, text), *([_right(440, qty.split()[0])] if " " in qty else []),
                          (445, qty.split()[-1]), (505, "1"))
                   for k, (code, text, qty) in enumerate(rows)]


def test_a_short_quantity_slid_under_the_unit_of_a_joint_qty_uom_heading() -> None:
    # "4 each" right-aligned like "72 each": the "4" starts past the end of "Qty" and falls under "UOM" with
    # its unit; the number inside the description ("1200 mm long") is no quantity
    lines = _packing_rows(("AB-1200", "Brush roller, 1200 mm long", "4 each"),
                          ("AB-0065", "Nozzle, flat fan 65 deg", "72 each"),
                          ("AB-0010", "Load cell, 10 kg", "5 each"))
    items = _items(Content(lines=lines))
    assert [(i["sku"], i["quantity"], i.get("unit")) for i in items] == [
        ("AB-1200", 4.0, "each"), ("AB-0065", 72.0, "each"), ("AB-0010", 5.0, "each")]
    assert items[0]["description"] == "Brush roller, 1200 mm long"


def test_a_unit_cell_without_a_number_gives_no_quantity() -> None:
    # negative: under "Qty / UOM" a row with only a unit word (no number) is no item; a filled quantity
    # cell keeps its own number
    lines = _packing_rows(("AB-0065", "Nozzle, flat fan 65 deg", "72 each"), ("AB-0099", "Spare nozzle", "each"))
    items = _items(Content(lines=lines))
    assert [(i["sku"], i["quantity"]) for i in items] == [("AB-0065", 72.0)]


def test_a_filled_quantity_keeps_its_number_beside_a_unit_of_a_measure() -> None:
    # negative: "3" under "Qty" and "10 m" (a coil of ten metres) under "Unit": the quantity stays 3
    table = Table([["Code", "Description", "Qty", "Unit", "Unit price", "Amount"],
                   ["CB-10", "Cable coil", "3", "10 m", "12.00", "36.00"]], {"page": 1})
    content = Content(lines=[TextLine("INVOICE", {"page": 1}), TextLine("Invoice No.: 9", {"page": 1})], tables=[table])
    items = _items(content)
    assert [(i["sku"], i["quantity"], i.get("unit")) for i in items] == [("CB-10", 3.0, "10 m")]


def test_total_and_tax_rows_captioned_in_two_languages_end_the_items():
    # "Ukupno / Summe", "PDV / MwSt. (Einfuhr)": a bilingual order's summary rows inside the item table, the
    # first language unknown to the vocabulary, the second a total or a tax caption
    table = Table([["Rb.", "Ident", "Bezeichnung", "Menge", "ME", "Preis EUR", "Wert EUR"],
                   ["1", "SL-0075", "Strahlschaufel", "8", "Stk.", "73,60", "588,80"],
                   ["2", "SL-0020", "Zentrierbolzen", "5", "Stk.", "12,40", "62,00"],
                   ["", "", "PDV / MwSt. (Einfuhr)", "", "", "", "0,00"],
                   ["", "", "Ukupno / Summe", "", "", "", "650,80"],
                   ["", "", "Dostava / Fracht", "", "", "", "25,00"]], {"page": 1})
    content = Content(lines=[TextLine("BESTELLUNG", {"page": 1}), TextLine("Nr.: 9", {"page": 1})], tables=[table])
    assert _key(_items(content)) == [("SL-0075", 8.0, "73.60", "588.80"), ("SL-0020", 5.0, "12.40", "62.00")]


def test_a_slash_in_an_item_text_is_no_caption_in_two_languages():
    # negative: "Tank / Vat liner" (a vat, not VAT) is an item whose text holds a slash: its row opens with its
    # position and code, no caption
    table = Table([["Pos.", "Art.-Nr.", "Bezeichnung", "Menge", "Preis", "Betrag"],
                   ["1", "FL-10", "Tank / Vat liner", "2", "5,00", "10,00"],
                   ["2", "FL-20", "Dichtung", "1", "3,00", "3,00"]], {"page": 1})
    content = Content(lines=[TextLine("BESTELLUNG", {"page": 1}), TextLine("Nr.: 9", {"page": 1})], tables=[table])
    assert _key(_items(content)) == [("FL-10", 2.0, "5.00", "10.00"), ("FL-20", 1.0, "3.00", "3.00")]


def _voucher(*rows: list[str]) -> list[dict[str, Any]]:
    return _ruled_items(["Sl\nNo.", "Description of Goods", "Due on", "Quantity", "Rate", "per", "Amount"], *rows)


def test_a_voucher_rows_cells_each_holding_n_stacked_lines_are_n_items() -> None:
    # an accounting package's voucher print draws no rules between its items: the PDF gives one table row whose
    # cells each hold one line per item (the description two lines per item: its text and the part number)
    items = _voucher(["1\n2\n3", "Roller segment, 6 TPI\nPart No. RS/6\nFan impeller, 900 mm\nPart No. FI/900\n"
                      "Chain slat, 76 mm\nPart No. CS/76", "21 May 2036\n21 May 2036\n21 May 2036",
                      "2 Nos\n5 Nos\n8 Nos", "318.00\n343.20\n16.64", "Nos\nNos\nNos", "636.00\n1,716.00\n133.12"],
                     ["", "Total", "", "15 Nos", "", "", "2,485.12"])
    assert _key(items) == [("RS/6", 2.0, "318.00", "636.00"), ("FI/900", 5.0, "343.20", "1716.00"),
                           ("CS/76", 8.0, "16.64", "133.12")]


def test_a_description_wrapped_beside_one_quantity_stays_one_item() -> None:
    # negatives: a text on two lines beside one quantity; a quantity cell's second line that is no number;
    # stacked numbers whose text does not wrap evenly (three lines beside two quantities) are not split
    one = _voucher(["1", "Roller segment, 6 TPI,\nhard chrome", "21 May 2036", "2 Nos", "318.00", "Nos", "636.00"])
    assert _key(one) == [(None, 2.0, "318.00", "636.00")]
    noted = _voucher(["1", "Roller segment\nPart No. RS/6", "21 May 2036", "2 Nos\n(1 box)", "318.00\n",
                      "Nos", "636.00"])
    assert len(noted) <= 1
    uneven = _voucher(["1\n2", "Roller segment, 6 TPI,\nhard chrome\nFan impeller", "21 May 2036\n21 May 2036",
                       "2 Nos\n5 Nos", "318.00\n343.20", "Nos\nNos", "636.00\n1,716.00"])
    assert len(uneven) <= 1


def test_item_codes_under_no_heading_of_a_packing_list_with_a_footer_read_as_a_row() -> None:
    # a cloud ERP's packing list: "No. | Description | Quantity | Unit of Measure | Package No." with item codes
    # under "No.", no prices; the page footer ("Company No. ...") falls under the columns and is no item, so
    # it does not keep the column from being the code column; positions under "No." stay positions
    head = _pline(60, (40, "No."), (110, "Description"), _right(400, "Quantity"), (405, "Unit of Measure"),
                  (500, "Package No."))
    rows = [("AB-DP005", "Pellet die, 5 mm", "1", "1"), ("AB-CM003", "Hammer mill screen, 3 mm", "4", "1"),
            ("AB-MM008", "Mill hammer, 8 mm", "120", "2")]
    lines = [_pline(10, (50, "PACKING LIST")), _pline(25, (50, "No. SHP-00951")), head]
    lines += [_pline(80 + 12 * n, (40, c), (110, t), _right(400, q), (405, "unid."), (500, p))
              for n, (c, t, q, p) in enumerate(rows)]
    footer = _pline(200, (40, "Company No. 04417321 · registered in England · 12 Dockside Road, Southampton"
                              " SO14 3AB · +44 23 8063 1170"))
    items = _items(Content(lines=[*lines, footer]))
    assert [(i.get("sku"), i.get("quantity")) for i in items] == [("AB-DP005", 1.0), ("AB-CM003", 4.0),
                                                                  ("AB-MM008", 120.0)]
    numbered = [_pline(10, (50, "PACKING LIST")), _pline(25, (50, "No. SHP-00951")), head]
    numbered += [_pline(80 + 12 * n, (40, str(n + 1)), (110, t), _right(400, q), (405, "unid."), (500, p))
                 for n, (_, t, q, p) in enumerate(rows)]
    items = _items(Content(lines=[*numbered, footer]))
    assert [(i.get("sku"), i.get("quantity")) for i in items] == [(None, 1.0), (None, 4.0), (None, 120.0)]
