"""Line items on text/structure fixtures (not corpus files): header wording, column order, positions, totals."""
from __future__ import annotations

from typing import Any

from parsers import Limits
from parsers.content import Content, Ctx, Table, TextLine
from parsers.extract.document import extract_document
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
