"""Approved orders as JSON records, and the same flattened to one row per line item for CSV and XLSX."""
from __future__ import annotations

import contextlib
import csv
import io
import json
import re
from typing import Any

from sqlmodel import Session, col, select

from mailbot.errors import ExportError
from mailbot.store.models import Case, Document
from parsers.model import shown_doc_type

FORMATS = ("csv", "xlsx", "json")
COLUMNS = ["case_id", "partner", "partner_name", "order_number", "document_number", "date", "delivery_date",
           "currency", "total", "incoterms", "payment_terms", "buyer", "seller", "review_status", "ops_status",
           "line_no", "sku", "description", "quantity", "unit", "unit_price", "amount",
           # added last, so readers of the older columns by position are not shifted
           "document_type"]
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def order_record(case: Case, documents: list[Document]) -> dict[str, Any]:
    """One approved case as the JSON an ERP gets: the reviewed PO (Document.data), never the raw parse."""
    # without a PO, a credit note (stored as a commercial_invoice) is the last document to stand for the order
    pos = [d for d in documents if d.doc_type == "purchase_order"] or \
        sorted(documents, key=lambda d: shown_doc_type({**(d.data or {}), "doc_type": d.doc_type}) != "credit_note")
    doc = pos[-1] if pos else None  # the newest PO: a revised order replaces the first one
    data = doc.data if doc else {}
    party = lambda p: (data.get(p) or {}).get("name") if isinstance(data.get(p), dict) else None  # noqa: E731
    return {
        "case_id": case.id, "partner": case.partner, "partner_name": case.partner_name,
        "order_number": case.order_number or data.get("number"), "document_id": doc.id if doc else None,
        "document_number": data.get("number"),
        "document_type": shown_doc_type({**data, "doc_type": doc.doc_type}) if doc else None,
        "date": data.get("date"), "delivery_date": data.get("delivery_date"),
        "currency": data.get("currency") or case.currency, "total": data.get("total") or case.total,
        "incoterms": data.get("incoterms"), "payment_terms": data.get("payment_terms"),
        "buyer": party("buyer"), "seller": party("seller"),
        "review_status": case.review_status, "ops_status": case.ops_status,
        "line_items": [ln for ln in (data.get("line_items") or []) if isinstance(ln, dict)],
    }


def approved_orders(session: Session, *, case_ids: list[int] | None = None) -> list[dict[str, Any]]:
    """Every approved case (or the given ones, if approved) as an order record, oldest first."""
    stmt = select(Case).where(Case.review_status == "approved")
    if case_ids is not None:
        stmt = stmt.where(col(Case.id).in_(case_ids))
    cases = list(session.exec(stmt.order_by(col(Case.id))).all())
    docs: dict[int, list[Document]] = {}
    if cases:
        for d in session.exec(select(Document).where(col(Document.case_id).in_([c.id for c in cases]))
                              .order_by(col(Document.created_at), col(Document.id))).all():
            docs.setdefault(d.case_id, []).append(d)  # type: ignore[arg-type]
    return [order_record(c, docs.get(c.id, [])) for c in cases]  # type: ignore[arg-type]


def flat_rows(orders: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per line item (the order's header repeated); an order without lines is one row."""
    rows = []
    for order in orders:
        head = {k: order.get(k) for k in COLUMNS if k in order}
        lines = order["line_items"] or [{}]
        for n, line in enumerate(lines, start=1):
            rows.append({**head, "line_no": n if line else None,
                         **{k: line.get(k) for k in ("sku", "description", "quantity", "unit", "unit_price", "amount")}})
    return rows


def _safe_cell(value: Any) -> Any:
    # Text from a partner's PDF can start with "=" and become a formula in Excel (CSV injection):
    # such cells get a leading apostrophe; plain numbers stay numbers.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") and not _NUMBER.match(value):
        return "'" + value
    return value


def to_csv(orders: list[dict[str, Any]]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for row in flat_rows(orders):
        writer.writerow({k: _safe_cell(v) for k, v in row.items()})
    # A BOM so Excel opens the UTF-8 file with the right encoding.
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_xlsx(orders: list[dict[str, Any]]) -> bytes:
    from decimal import Decimal, InvalidOperation

    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("orders")
    ws.append(COLUMNS)
    for row in flat_rows(orders):
        cells = []
        for key in COLUMNS:
            value = row.get(key)
            if key in ("total", "unit_price", "amount") and isinstance(value, str):
                with contextlib.suppress(InvalidOperation):
                    value = float(Decimal(value))  # a number cell, so the sheet can sum it
            cells.append(_safe_cell(value))
        ws.append(cells)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def to_json(orders: list[dict[str, Any]]) -> bytes:
    return json.dumps({"orders": orders}, ensure_ascii=False, indent=2).encode("utf-8")


def render(orders: list[dict[str, Any]], fmt: str) -> bytes:
    if fmt == "csv":
        return to_csv(orders)
    if fmt == "xlsx":
        return to_xlsx(orders)
    if fmt == "json":
        return to_json(orders)
    raise ExportError(f"unknown export format {fmt!r}: expected one of {', '.join(FORMATS)}")


MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}
