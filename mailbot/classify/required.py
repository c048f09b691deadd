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
    held = {d.get("doc_type") for d in documents}
    for req_kind in ruleset.required.kind:
        req = ruleset.requirement(req_kind, partner_domain)
        if req is None:
            continue
        applies = (req_kind == kind) if req.case_stages is None else any(
            s in req.case_stages for s in stages_reached)
        # The documents themselves show the order was placed, even when a message's stage was misread.
        applies = applies or bool(held & set(req.case_documents))
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
                      and ("body" if d.get("source") == "body" else "attachment") in policy.sources
                      and not (d.get("source") == "body" and policy.body_needs_lines and not d.get("line_items"))]
        if not policy.credit_notes_count and any(d.get("credit_note") for d in candidates):
            candidates = [d for d in candidates if not d.get("credit_note")]
            if not candidates:
                result.notes.append(f"{doc_type}: only a credit note, which does not count")
        if policy.signed == "required":
            ours = policy.sent_by_us == "unsigned"

            def draft(d: dict[str, Any], ours: bool = ours) -> bool:
                return d.get("signed") is False or bool(ours and d.get("sent_by_us"))

            unsigned = [d for d in candidates if draft(d)]
            candidates = [d for d in candidates if not draft(d)]
            if not candidates and ours and any(d.get("sent_by_us") for d in unsigned):
                result.notes.append(f"{doc_type} sent by us for the partner's signature: does not count")
            elif not candidates and unsigned:
                result.notes.append(f"{doc_type} present but not signed: does not count")
            elif candidates and all(d.get("signed") is None for d in candidates):
                result.notes.append(f"{doc_type} present, but whether it is signed could not be verified")
        if candidates:
            result.present.append(doc_type)
            if all(d.get("inferred_from") for d in candidates):
                result.notes.append(f"{doc_type} assumed from the file name {candidates[0].get('source')!r} "
                                    "(no document could be read from it)")
            elif all(d.get("type_from") for d in candidates):
                result.notes.append(f"{doc_type} by the file name {candidates[0].get('source')!r} (the parsers "
                                    f"read it as {candidates[0].get('parsed_doc_type') or 'unknown'})")
        else:
            result.missing.append(doc_type)  # type: ignore[union-attr]
    return result


def mark_sent_by_us(documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Copies of the documents of one of our own outgoing mails, marked `sent_by_us` (see DocumentPolicy).

    One exception: a mail of ours that also carries the partner's own purchase order passes the deal's papers
    on (the set for the partner's bank, for a forwarder): a contract read as signed in it is the executed copy
    the partner returned, not a draft waiting for a signature. We never write the buyer's purchase order.
    """
    passes_on = any(d.get("doc_type") == "purchase_order" and d.get("source") != "body" for d in documents)
    return [d if (passes_on or _in_attached_mail(d)) and d.get("doc_type") == "contract" and d.get("signed") is True
            else {**d, "sent_by_us": True} for d in documents]


def _in_attached_mail(doc: dict[str, Any]) -> bool:
    """Whether the document came out of a mail attached to ours ("forwarded.eml/Contract.pdf").

    A colleague forwarding the partner's mail as an attachment passes the partner's papers on: a signed
    contract in it is the executed copy the partner sent, not our draft.
    """
    parts = str(doc.get("source") or "").replace("\\", "/").split("/")[:-1]
    return any(p.lower().endswith((".eml", ".msg")) for p in parts)


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def filename_words(name: str) -> str:
    """'fwd.eml/SupplyAgreement_NW-SA-26-031.pdf' -> 'supply agreement nw sa 26 031 pdf'.

    Only the last path part counts; camel case ("PurchaseOrder", "BonCommande") and _ . - + separate words.
    """
    base = _CAMEL.sub(" ", name.replace("\\", "/").rsplit("/", 1)[-1])
    return " ".join(re.sub(r"[_.\-+]+", " ", fold(base)).split())


def filename_type(ruleset: RuleSet, name: str | None) -> str | None:
    """The document type a file name states, by [filename_hints] (the first matching type wins)."""
    if not name:
        return None
    words = filename_words(name)
    return next((doc_type for doc_type, rx in ruleset.filename_hints if rx.search(words)), None)


def effective_documents(ruleset: RuleSet, documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The documents with the type that counts for stages and required documents.

    A type the parsers only guessed (no type, or a confidence below `filename_beats_confidence_below`) yields
    to the one the attachment's file name states: the sender named the file. A title the parsers read with
    confidence is kept whatever the file is called. Changed documents are copies marked `type_from`.
    """
    limit = ruleset.required.filename_beats_confidence_below
    out: list[dict[str, Any]] = []
    for doc in documents:
        source, dt = doc.get("source"), doc.get("doc_type")
        conf = (doc.get("confidence") or {}).get("doc_type") if isinstance(doc.get("confidence"), dict) else None
        guessed = dt in (None, "other") or (isinstance(conf, (int, float)) and conf < limit)
        if guessed and source and source != "body" and not doc.get("inferred_from"):
            named = filename_type(ruleset, str(source))
            if named and named != dt:
                doc = {**doc, "doc_type": named, "type_from": "file name", "parsed_doc_type": dt}
        out.append(doc)
    return out


def quoted_body_document(doc: dict[str, Any], body: str | None, subject: str | None = None) -> bool:
    """Whether a document read out of the mail body is the quoted earlier mail's (its lines stand only there).

    A reply quoting the partner's order typed in the mail ("Thanks for your order" above the quote) carries
    no order of its own; the order counts once, from the mail that brought it. A forward passes the mail on,
    so what it quotes is its business.
    """
    from mailbot.classify.text import is_forward_subject, split_quoted

    if doc.get("source") != "body" or not body or not doc.get("line_items") or is_forward_subject(subject or ""):
        return False
    fresh, quoted = split_quoted(body[:200_000])
    if not quoted.strip():
        return False
    fresh_f, quoted_f = " ".join(fold(fresh).split()), " ".join(fold(quoted).split())
    keys = [" ".join(fold(str(line.get(k) or "")).split()) for line in doc["line_items"][:20]
            for k in ("sku", "description")]
    keys = [k for k in keys if len(k) >= 4]
    return bool(keys) and not any(k in fresh_f for k in keys) and any(k in quoted_f for k in keys)


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
        doc_type = filename_type(ruleset, name)
        if doc_type:
            out.append({"doc_type": doc_type, "source": name, "signed": None, "number": None,
                        "order_number": None, "inferred_from": "file name"})
    return out
