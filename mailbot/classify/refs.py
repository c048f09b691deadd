"""Business numbers (PO, quotation, contract, invoice, claim) in subject, body and documents."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from mailbot.classify.rules import RuleSet
from mailbot.classify.text import simplified

# The doc_type of a document tells what its own number is.
_DOC_REF_TYPE = {"purchase_order": "po", "commercial_invoice": "invoice", "proforma_invoice": "invoice",
                 "quotation": "quote", "contract": "contract", "claim": "claim", "enquiry": "enquiry"}


UNLABELLED = "code"  # the type of a number found by its shape alone, with no label or type prefix
# Types that say only that it is a number ("Your ref: ..."): a label or type prefix found for it as well wins.
_GENERIC = {UNLABELLED, "reference"}
_YEAR = re.compile(r"(19|20)\d\d")
_GLUED_YEAR = re.compile(r"[A-Z]{1,4}(\d{2}|\d{4})")
_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
# The rest of a number wrapped at its separator onto the next line ("quoting QU-32-" / "0946."): the line break
# is one space in the squashed texts, and a separator glued to the number never ends a number.
_WRAPPED_REST = re.compile(r"[-/_]?\s{1,3}(\d[A-Za-z0-9]{0,11}(?:[-/_][A-Za-z0-9]{1,12}){0,3})(?![\w\-/])")


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


# A code-like token of upper-case letter/digit groups joined by - / _ ("K-2030-00412", "XS-TR-KE-30-11",
# "DV/2030/04/117"): bounded groups taken whole (atomic), so hostile runs of codes cannot make it backtrack.
_SHAPED = re.compile(r"(?<![\w\-/.])((?>[A-Z][A-Z0-9]{0,7}(?:[-/_][A-Z0-9]{1,10}){1,6}))(?![\w\-/])")
# Upper-case groups glued before a labelled number: "INV-" in "INV-ZT-4471" when the label "inv" took "ZT-4471".
_GLUED_HEAD = re.compile(r"(?:(?<![\w\-/.])[A-Z][A-Z0-9]{0,5}[-/_]){1,3}$")


def year_shaped(token: str, years: Iterable[int]) -> bool:
    """Whether a code carries an issue year as one of its groups followed by a running number.

    Numbering schemes of quotations, orders, contracts and invoices put the year in the number
    ("K-2030-00412", "OC-2030-00881", "ZB-LAG-30-0071", "DV/2030/04/117"); article codes rarely do
    ("TK-BR-04412", "VB-ADP-00210"). Only this mail's year and its neighbours count, so "DN-50-100" is no
    number in 2030.
    """
    groups = re.split(r"[-/_]", token)
    if len(groups) < 2 or not groups[0][:1].isalpha():
        return False
    long_years = {str(y) for y in years}
    short_years = {str(y)[2:] for y in years}
    # The year glued to the type letters ("SI28-02031", "Q28-0702", "INV2030-00412"): letters, the year, then
    # a running number of at least three digits.
    glued = _GLUED_YEAR.fullmatch(groups[0])
    if glued and glued.group(1) in long_years | short_years:
        rest = groups[1:]
        if all(r.isdigit() for r in rest) and len(rest[-1]) >= 3:
            return True
    if len(groups) < 3:
        return False
    for i, g in enumerate(groups[1:-1], start=1):
        if g in long_years or g in short_years:
            rest = groups[i + 1:]
            if rest and all(r.isdigit() for r in rest) and len(rest[-1]) >= 2:
                return True
    return False


def _unwrapped(text: str, value: str, end: int) -> str:
    """The number whole when it was wrapped after a separator ("QU-32-" + "0946"), else as matched."""
    if not (value.endswith(("-", "/", "_")) or text[end:end + 1] in ("-", "/", "_")):
        return value
    rest = _WRAPPED_REST.match(text, end)
    if rest is None or not re.search(r"\d", value):
        return value
    sep = value[-1] if value.endswith(("-", "/", "_")) else text[end]
    return value.rstrip("-/_") + sep + rest.group(1)


def find_references(ruleset: RuleSet, texts: list[str], documents: list[dict[str, Any]], *,
                    shaped_in: int = 0, years: Iterable[int] = ()) -> list[tuple[str, str]]:
    """[(normalised number, type)] in order of appearance: documents first (exact), then text.

    Numbers are taken after a label ("PO No. 4711", "Bestellung BE-2026-0412") or by a type prefix
    ("INV-20417"); in the first `shaped_in` texts (subject and body: not attachments, whose tables hold article
    codes) also an unlabelled code that carries one of `years` ("thanks for K-2030-00412"), typed "code".
    """
    found: dict[str, str] = {}
    cfg = ruleset.references
    years = {int(y) for y in years}

    def add(value: str | None, rtype: str) -> None:
        if not value:
            return
        ref = normalise_ref(str(value))
        if len(ref) < cfg.min_length or len(ref) > cfg.max_length or not any(ch.isdigit() for ch in ref):
            return
        if _DATE.fullmatch(ref) or _YEAR.fullmatch(ref):  # "contract 2026-03-01" names a date, not a number
            return
        if found.get(ref) in _GENERIC and rtype not in _GENERIC:
            # Named more precisely too ("thanks for Q-7 ... our quotation Q-7", "our ref. MX-INV-4"): that says what.
            found[ref] = rtype
            return
        # "PO-4711" and "4711" are one number: keep the form seen first
        if any(v in found for v in link_variants(ref)) or any(ref in link_variants(f) for f in found):
            return
        found.setdefault(ref, rtype)

    for doc in documents:
        add(doc.get("number"), _DOC_REF_TYPE.get(doc.get("doc_type") or "", doc.get("doc_type") or "other"))
        add(doc.get("order_number"), "po")
        # the invoice a packing list or transport document names (the parser reads it on no invoice)
        add(doc.get("invoice_reference"), "invoice")
    for index, text in enumerate(texts):
        if not text:
            continue
        # Hong Kong and Taiwan write the labels in Traditional characters (報價, 訂單, 發票): one character for
        # one, so every position and every number stays as written.
        text = simplified(text[:50000])
        hits: list[tuple[int, str, str]] = []
        for rtype, rx in ruleset.reference_patterns:
            for m in rx.finditer(text):
                start, value = m.start(1), m.group(1)
                # A label glued to its number by a dash is the number's own head: "INV-ZT-4471" is one
                # number, not the label "INV" and a number "ZT-4471" (nor "OC" and "2030-00881").
                head = _GLUED_HEAD.search(text, max(0, start - 24), start)
                if head is not None and start > 0 and text[start - 1] in "-/_":
                    start, value = head.start(), head.group(0) + value
                hits.append((start, _unwrapped(text, value, m.end(1)), rtype))
        if index < shaped_in and years:
            for m in _SHAPED.finditer(text):
                if year_shaped(m.group(1), years):
                    # Type "code": no label says what it is, so it links only within its partner's deals (another
                    # customer may print the same code; see cases.linker.find_case_by_references).
                    hits.append((m.start(1), m.group(1), UNLABELLED))
        for _, value, rtype in sorted(hits, key=lambda h: (h[0], -len(h[1]))):
            add(value, rtype)
    return list(found.items())
