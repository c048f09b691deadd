"""Validation warnings on an extracted document (arithmetic, codes, plausibility); never changes values."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from parsers.model import Document

INCOTERMS_2020 = ("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF")


@lru_cache(maxsize=1)
def iso_currencies() -> frozenset[str]:
    """ISO 4217 codes known to babel (cached: pure data, no state)."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _close(a: Decimal, b: Decimal) -> bool:
    # rounding tolerance: 2 cents or 0.1 %, whichever is larger (per-unit prices are often rounded)
    tol = max(Decimal("0.02"), abs(b) * Decimal("0.001"))
    return abs(a - b) <= tol


def validate_document(doc: Document, *, structured: bool = False, today: dt.date | None = None) -> list[str]:
    """Append warnings to doc.warnings (deduplicated) and return the new ones."""
    found: list[str] = []
    for i, item in enumerate(doc.line_items, 1):
        if item.quantity is not None and item.unit_price is not None and item.amount is not None:
            expected = Decimal(str(item.quantity)) * item.unit_price
            if not _close(expected, item.amount):
                q = f"{item.quantity:g}"
                found.append(f"line {i}: {q} x {item.unit_price} != {item.amount}")
    amounts = [it.amount for it in doc.line_items if it.amount is not None]
    line_total = None
    ev = doc.evidence.get("structured") if isinstance(doc.evidence, dict) else None
    if structured and isinstance(ev, dict) and ev.get("line_total"):
        line_total = Decimal(ev["line_total"])  # XML net line total (before header allowances/charges)
    elif not structured:
        line_total = doc.subtotal
    if amounts and len(amounts) == len(doc.line_items) and line_total is not None:
        s = sum(amounts, Decimal("0"))
        if not _close(s, line_total):
            found.append(f"sum of lines {s} != subtotal {line_total}")
    if doc.subtotal is not None and doc.tax is not None and doc.total is not None and \
            not _close(doc.subtotal + doc.tax, doc.total):
        found.append(f"total {doc.total} != subtotal {doc.subtotal} + tax {doc.tax}")
    if doc.currency and doc.currency not in iso_currencies():
        found.append(f"unknown currency code {doc.currency} (not ISO 4217)")
    if doc.incoterms:
        code = doc.incoterms.split()[0].upper()
        if code not in INCOTERMS_2020:
            found.append(f"incoterm {code} is not an Incoterms 2020 code")
    today = today or dt.date.today()
    for field in ("date", "due_date", "delivery_date"):
        value = getattr(doc, field)
        if value is None:
            continue
        if value.year < 2000:
            found.append(f"implausible {field} {value.isoformat()} (before 2000)")
        elif abs((value - today).days) > 731 and value > today:
            found.append(f"implausible {field} {value.isoformat()} (more than 2 years ahead)")
    if doc.doc_type == "commercial_invoice" and doc.total is not None and doc.total < 0:
        found.append(f"negative total {doc.total} on an invoice (credit note?)")
    new = [w for w in found if w not in doc.warnings]
    doc.warnings = [*doc.warnings, *new]
    return new
