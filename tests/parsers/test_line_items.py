"""Line items on text/structure fixtures (not corpus files): header wording, column order, positions, totals."""
from __future__ import annotations

from typing import Any

from parsers import Limits
from parsers.content import Content, Ctx, Table, TextLine
from parsers.extract.document import extract_document


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
