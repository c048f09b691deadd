"""Required documents: what a deal of a kind needs, and which of them a set of documents provides."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mailbot.classify.rules import DocumentPolicy, RuleSet


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
        else:
            result.missing.append(doc_type)  # type: ignore[union-attr]
    return result
