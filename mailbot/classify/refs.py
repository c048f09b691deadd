"""Business numbers (PO, quotation, contract, invoice, claim) in subject, body and documents."""
from __future__ import annotations

import re
from typing import Any

from mailbot.classify.rules import RuleSet

# The doc_type of a document tells what its own number is.
_DOC_REF_TYPE = {"purchase_order": "po", "commercial_invoice": "invoice", "proforma_invoice": "invoice",
                 "quotation": "quote", "contract": "contract", "claim": "claim", "enquiry": "enquiry"}


_YEAR = re.compile(r"(19|20)\d\d")
_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")


def normalise_ref(value: str) -> str:
    """'po 4500-12. ' -> 'PO4500-12': upper case, no spaces, no trailing punctuation."""
    return re.sub(r"\s+", "", value).upper().strip(".-/_:#,;")


def link_variants(ref: str) -> set[str]:
    """Forms under which the same number may have been recorded ('PO-4711' and '4711')."""
    out = {ref}
    m = re.match(r"^(PO|P\.O\.|INV|QT|QUO|RFQ|CTR|CLM|RMA|NCR)[-_/#.]?(.*\d.*)$", ref)
    if m and len(m.group(2)) >= 4:
        out.add(m.group(2))
    return out


def find_references(ruleset: RuleSet, texts: list[str], documents: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """[(normalised number, type)] in order of appearance: documents first (exact), then text."""
    found: dict[str, str] = {}
    cfg = ruleset.references

    def add(value: str | None, rtype: str) -> None:
        if not value:
            return
        ref = normalise_ref(str(value))
        if len(ref) < cfg.min_length or len(ref) > cfg.max_length or not any(ch.isdigit() for ch in ref):
            return
        if _DATE.fullmatch(ref) or _YEAR.fullmatch(ref):  # "contract 2026-03-01" names a date, not a number
            return
        # "PO-4711" and "4711" are one number: keep the form seen first
        if any(v in found for v in link_variants(ref)) or any(ref in link_variants(f) for f in found):
            return
        found.setdefault(ref, rtype)

    for doc in documents:
        add(doc.get("number"), _DOC_REF_TYPE.get(doc.get("doc_type") or "", doc.get("doc_type") or "other"))
        add(doc.get("order_number"), "po")
    for text in texts:
        if not text:
            continue
        hits: list[tuple[int, str, str]] = []
        for rtype, rx in ruleset.reference_patterns:
            for m in rx.finditer(text[:50000]):
                hits.append((m.start(1), m.group(1), rtype))
        for _, value, rtype in sorted(hits):
            add(value, rtype)
    return list(found.items())
