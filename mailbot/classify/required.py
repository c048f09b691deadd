"""Required documents: what a deal of a kind needs, and which of them a set of documents provides."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from mailbot.classify.rules import DocumentPolicy, RuleSet
from mailbot.classify.text import fold


@dataclass
class Requirement:
    required: list[str] | None  # None: the kind has no requirement
    present: list[str] = field(default_factory=list)
    missing: list[str] | None = None
    notes: list[str] = field(default_factory=list)


def message_requirement(ruleset: RuleSet, kind: str, stage: str, partner_domain: str | None,
                        documents: list[dict[str, Any]]) -> Requirement:
    """What one message of this kind and stage lacks (None when its kind/stage has no requirement)."""
    req = ruleset.requirement(kind, partner_domain)
    if req is None or (req.message_stages is not None and stage not in req.message_stages):
        return Requirement(None)
    return evaluate(req.required, ruleset, documents)


def case_requirement(ruleset: RuleSet, kind: str, stages_reached: list[str], partner_domain: str | None,
                     documents: list[dict[str, Any]]) -> Requirement:
    """What a deal still lacks, over every document of every message in it."""
    for req_kind in ruleset.required.kind:
        req = ruleset.requirement(req_kind, partner_domain)
        if req is None:
            continue
        applies = (req_kind == kind) if req.case_stages is None else any(
            s in req.case_stages for s in stages_reached)
        if applies:
            return evaluate(req.required, ruleset, documents)
    return Requirement(None)


def evaluate(required: list[str], ruleset: RuleSet, documents: list[dict[str, Any]]) -> Requirement:
    """Check `documents` (every document of a message, or of every message of a deal) against a list."""
    result = Requirement(required, missing=[])
    for doc_type in required:
        policy = ruleset.required.document.get(doc_type) or DocumentPolicy()
        accepted = {doc_type, *policy.also_accept}
        candidates = [d for d in documents if d.get("doc_type") in accepted
                      and ("body" if d.get("source") == "body" else "attachment") in policy.sources]
        if policy.signed == "required":
            unsigned = [d for d in candidates if d.get("signed") is False]
            candidates = [d for d in candidates if d.get("signed") is not False]
            if not candidates and unsigned:
                result.notes.append(f"{doc_type} present but not signed: does not count")
            elif candidates and all(d.get("signed") is None for d in candidates):
                result.notes.append(f"{doc_type} present, but whether it is signed could not be verified")
        if candidates:
            result.present.append(doc_type)
            if all(d.get("inferred_from") for d in candidates):
                result.notes.append(f"{doc_type} assumed from the file name {candidates[0].get('source')!r} "
                                    "(no document could be read from it)")
        else:
            result.missing.append(doc_type)  # type: ignore[union-attr]
    return result


def documents_from_filenames(ruleset: RuleSet, filenames: list[str | None],
                             documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Stand-in documents for attachments the parsers got nothing out of, typed by their file name.

    "PO_4711.xlsx" in an unknown layout still shows that the partner sent a purchase order. A stand-in
    never says a contract is signed (signed stays unknown), and files that did yield a typed document are skipped.
    """
    if not ruleset.filename_hints:
        return []
    # a file counts as read when it yielded a typed document ("other" means the parsers could not tell)
    read = {d.get("source") for d in documents if d.get("doc_type") not in (None, "other")}
    out: list[dict[str, Any]] = []
    for name in filenames:
        if not name or name in read:
            continue
        folded = re.sub(r"[_.\-+]+", " ", fold(name))
        for doc_type, rx in ruleset.filename_hints:
            if rx.search(folded):
                out.append({"doc_type": doc_type, "source": name, "signed": None, "number": None,
                            "order_number": None, "inferred_from": "file name"})
                break
    return out
