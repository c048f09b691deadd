"""Standalone XML: e-invoices/e-orders (CII, UBL, Order-X, FatturaPA) read exactly; other XML as text."""
from __future__ import annotations

from parsers.content import Content, Ctx, TextLine
from parsers.structured import StructuredError, document_from_xml, parse_xml


def parse(data: bytes, ctx: Ctx) -> Content:
    content = Content()
    try:
        root = parse_xml(data, ctx.limits.max_xml_depth)
    except StructuredError as exc:
        content.errors.append(f"xml: {exc}")
        content.failed = True
        return content
    text = " ".join(t.strip() for t in root.itertext() if t.strip())[: ctx.limits.max_text_chars]
    content.plain_text = text
    if ctx.use_structured:
        try:
            doc = document_from_xml(data, max_depth=ctx.limits.max_xml_depth)
        except StructuredError as exc:
            content.errors.append(f"xml: {exc}")
            doc = None
        if doc is not None:
            content.structured.append(doc)
            return content
    content.lines = [TextLine(t.strip(), {"line": i + 1}) for i, t in enumerate(root.itertext()) if t.strip()][:20000]
    return content
