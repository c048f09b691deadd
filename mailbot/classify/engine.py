"""The one classification core shared by `classify_eml` and the pipeline step: facts -> rules -> verdict."""
from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from mailbot.classify.model import STAGES, CaseContext, Classification, Facts, Hit
from mailbot.classify.refs import find_references
from mailbot.classify.required import (
    documents_from_filenames,
    effective_documents,
    mark_sent_by_us,
    message_requirement,
    quoted_body_document,
)
from mailbot.classify.rules import RuleSet
from mailbot.classify.text import (
    fold,
    has_cjk,
    is_forward_subject,
    is_reply_subject,
    split_quoted,
    strip_subject_prefixes,
    web_links,
)

if TYPE_CHECKING:
    from parsers.mime import ParsedEmail

_MAX_ATTACHMENT_TEXT = 60000
_MAX_BODY = 200000
_MAX_SUBJECT = 1000
_WS = re.compile(r"\s+")
# A "From: Name <addr>" line of a forwarded or quoted mail (the address is checked by the internal-mail rule).
_FOREIGN_FROM = re.compile(r"^[ \t]*\*?(from|von|de|发件人|寄件者)[ \t]*\*?[ \t]*[:：][^\n@]{0,200}?"
                           r"([\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})", re.I | re.M)


def html_to_text(html: str) -> str:
    """Crude but safe: enough visible text of an HTML-only body to look for phrases."""
    html = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>", " ", html[:500000])
    html = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>", "\n", html)
    text = re.sub(r"<[^>]*>", " ", html)
    import html as _html

    return _html.unescape(text)


def squash(text: str) -> str:
    """Whitespace runs become one space: phrases span line breaks, and regexes never crawl long blank runs."""
    return _WS.sub(" ", text)


def _domain(addr: str | None) -> str | None:
    return addr.rsplit("@", 1)[1].lower().strip(">") if addr and "@" in addr else None


def build_facts(parsed: ParsedEmail, documents: list[dict[str, Any]], attachment_texts: Iterable[str], *,
                body_text: str | None = None, own_addresses: Iterable[str] = (),
                company_domain: str | None = None, case: CaseContext | None = None) -> Facts:
    """Everything the rules read, computed once: folded zones, headers, documents, context."""
    body = body_text if body_text is not None else (parsed.text or "")
    if not body.strip() and parsed.html:
        body = html_to_text(parsed.html)
    # The rules read the start of long texts only (limits keep hostile mail from costing minutes).
    if is_forward_subject(parsed.subject or ""):
        # A forward passes someone's mail on: what sits below the separator is the business of this mail.
        fresh, quoted = body[:_MAX_BODY], ""
    else:
        fresh, quoted = split_quoted(body[:_MAX_BODY])
    attach = "\n".join(t for t in attachment_texts if t)[:_MAX_ATTACHMENT_TEXT]
    subject = squash(parsed.subject or "")[:_MAX_SUBJECT]
    return Facts(
        subject=subject,
        subject_core=strip_subject_prefixes(subject),
        fresh=squash(fold(fresh)),
        quoted=squash(fold(quoted)),
        attachment_text=squash(fold(attach)),
        filenames=[fold(a.filename) for a in parsed.attachments if a.filename],
        raw_filenames=[a.filename for a in parsed.attachments
                       if a.filename and not a.content_type.startswith(("message/", "image/"))],
        headers={k.lower(): str(v) for k, v in (parsed.headers or {}).items() if v is not None},
        from_addr=(parsed.from_addr or None),
        from_domain=_domain(parsed.from_addr),
        return_path=parsed.return_path,
        content_type=(parsed.content_type or "text/plain").lower(),
        delivery_status=parsed.delivery_status,
        documents=list(documents),
        own_addresses=frozenset(a.lower() for a in own_addresses),
        company_domain=company_domain.lower() if company_domain else None,
        case=case,
        recipients=[a.lower() for a in [*(parsed.to or []), *(parsed.cc or [])] if a],
        quoted_senders=[m.group(2).lower() for m in _FOREIGN_FROM.finditer(body[:_MAX_BODY])][:20],
        attached_mail=any(a.content_type == "message/rfc822" for a in parsed.attachments),
        reply_to=(str(getattr(parsed, "reply_to", None) or "").strip().lower() or None),
        answers=[m for m in [getattr(parsed, "in_reply_to", None), *(getattr(parsed, "references", None) or [])] if m],
        links=web_links(fresh, parsed.html),
    )


def mail_years(parsed: ParsedEmail) -> tuple[int, ...]:
    """The years a business number written in this mail may carry: its date's, the one before and after."""
    when = parsed.date or datetime.now(UTC)
    return (when.year - 1, when.year, when.year + 1)


def _language(hits: list[Hit], facts: Facts) -> str | None:
    langs: dict[str, float] = {}
    for h in hits:
        for lang, w in h.languages.items():
            langs[lang] = langs.get(lang, 0.0) + w
    if langs:
        return max(langs.items(), key=lambda kv: kv[1])[0]
    header = (facts.header("Content-Language") or "").strip().lower()
    if re.match(r"^[a-z]{2}\b", header):
        return header[:2]
    if has_cjk(facts.subject + facts.fresh[:2000]):
        return "zh"
    return None


# Rules whose votes say nothing about what this mail's own words do: the thread's topic, the quoted earlier mail,
# the sender's side and the deal's stage.
_THREAD_RULES = frozenset({"subject-phrases", "quoted-phrases", "direction", "case-context"})


def _silent_own_reply(facts: Facts, hits: list[Hit]) -> bool:
    """Our own reply whose new words vote for no stage (its stage comes from the thread alone)."""
    if not (facts.is_ours(facts.from_addr) and is_reply_subject(facts.subject)):
        return False
    return not any(v > 0 for h in hits if h.rule not in _THREAD_RULES for v in h.votes.values())


def decide(facts: Facts, ruleset: RuleSet) -> tuple[str, str, float, list[dict[str, str]], str | None,
                                                    list[Hit], dict[str, float]]:
    """Run every rule, then the decision table: hard auto > soft auto (unless documents outweigh) > scores."""
    hits = [h for h in (rule.check(facts) for rule in ruleset.rules) if h is not None]
    dec = ruleset.decision
    scores: dict[str, float] = {}
    for h in hits:
        for stage, score in h.votes.items():
            scores[stage] = scores.get(stage, 0.0) + score
    doc_hit = next((h for h in hits if h.rule == "document-types"), None)
    doc_best = max(doc_hit.votes.values(), default=0.0) if doc_hit else 0.0
    hard = [h for h in hits if h.auto == "hard"]
    soft = [h for h in hits if h.auto == "soft"]
    reasons = [{"rule": h.rule, "detail": h.detail} for h in hits]
    suppress = next((h.suppress for h in hits if h.suppress), None)
    ranked = sorted(((s, STAGES.index(st), st) for st, s in scores.items() if s > 0), reverse=True)
    precedence_note = ""
    for stage, threshold in dec.precedence.items():
        score = scores.get(stage, 0.0)
        if ranked and ranked[0][2] != stage and score >= threshold and ranked[0][0] <= dec.precedence_factor * score:
            precedence_note = f" ({stage} takes precedence over {ranked[0][2]} {ranked[0][0]:.1f})"
            ranked = sorted(ranked, key=lambda r: r[2] != stage)  # stable: the rest keep their order
            break
    floor = doc_hit.floor if doc_hit else None
    if not precedence_note and floor and ranked and floor[0] in STAGES and ranked[0][2] in STAGES \
            and STAGES.index(ranked[0][2]) < STAGES.index(floor[0]) and scores.get(floor[0], 0.0) > 0 \
            and (scores.get(floor[0], 0.0) >= floor[1] * ranked[0][0] or ranked[0][2] in (doc_hit.floor_over if doc_hit else ())):
        # A mail that brings the purchase order with the signed contract places the order: the attached
        # documents show how far the deal has come, whatever the words around an earlier step add up to.
        precedence_note = f" (its documents show stage {floor[0]}: it comes after {ranked[0][2]} {ranked[0][0]:.1f})"
        ranked = sorted(ranked, key=lambda r: r[2] != floor[0])

    in_thread = bool(is_reply_subject(facts.subject) or facts.quoted.strip()
                     or (facts.case is not None and facts.case.via == "thread"))
    minimum = dec.min_score_in_thread if in_thread and dec.min_score_in_thread is not None else dec.min_score
    forced = next((h for h in hits if h.force_stage), None)
    if forced is not None and not hard:
        stage = forced.force_stage or "unknown"
        confidence = 0.8
        reasons.append({"rule": "decision", "detail": f"{forced.rule} \u2192 stage {stage}"})
    elif hard or (soft and doc_best < dec.soft_auto_document_override):
        stage = "auto"
        confidence = 0.97 if hard else min(0.95, 0.8 + 0.05 * (len(soft) - 1))
        why = "hard" if hard else "soft"
        reasons.append({"rule": "decision", "detail": f"{why} automatic-mail signal \u2192 stage auto, kind other"})
    elif ranked and max(r[0] for r in ranked) >= minimum:  # the mail has evidence enough (a floor may lead)
        top, _, stage = ranked[0]
        second = ranked[1][0] if len(ranked) > 1 else 0.0
        remapping = next((h for h in hits if stage in h.remap), None)
        means = None
        if remapping is not None:
            target = remapping.remap[stage]
            # Only when the mail asks (a question about a quotation: "¿nos podría cotizar ...?", "Können Sie uns
            # ein Angebot machen?") or carries wording of the other step beyond the side's own nudge: a mail
            # that only offers ("please find attached our quotation") says what it is, whoever sends it.
            asks = any(q in facts.fresh or q in facts.subject for q in ("?", "\uff1f"))
            # ... or when it is our own reply whose new words name no step: the enquiry it carries is the thread's
            # (the subject, the quoted mail), and our answer in an enquiry's thread is no enquiry of ours.
            silent = dec.silent_own_reply_answers and _silent_own_reply(facts, hits)
            if asks or silent or scores.get(target, 0.0) > remapping.votes.get(target, 0.0):
                means = target
        if means:
            # Wording of both ends of the question/offer pair ("Cotización ..." over "¿nos podría cotizar?"):
            # the sender's side says which end this mail is. A customer writing about a quotation asks for one
            # (or discusses it), our answer gives one.
            precedence_note += f"; from this sender's side that is the {means} step"
            read, stage = stage, means
        else:
            read = stage
        # Confidence is about the sorting bucket: an order that also mentions its contract is no less an order.
        kind_of = dec.stage_to_kind
        rival = max((s for s, _, st in ranked[1:] if kind_of.get(st) != kind_of.get(stage)), default=0.0)
        strength = 1.0 - math.exp(-top / dec.confidence_scale)
        confidence = strength * (0.55 + 0.35 * max(0.0, top - rival) / top + 0.10 * max(0.0, top - second) / top)
        runner = f" over {ranked[1][2]} {second:.1f}" if len(ranked) > 1 else ""
        note = " (document evidence outweighs the soft automatic-mail signal)" if soft else ""
        reasons.append({"rule": "decision",
                        "detail": f"stage {read} with score {top:.1f}{runner}{precedence_note}{note}"})
    else:
        stage = "unknown"
        top = ranked[0][0] if ranked else 0.0
        confidence = 0.5 - 0.3 * min(top / minimum, 1.0) if minimum else 0.5
        reasons.append({"rule": "decision", "detail": f"no stage reached the minimum score {minimum:.1f}"
                        + (f" (best: {ranked[0][2]} {top:.1f})" if ranked else " (no business signal)")})
    kind = dec.stage_to_kind.get(stage, "other")
    return kind, stage, round(max(0.0, min(1.0, confidence)), 3), reasons, suppress, hits, scores


def classify_facts(facts: Facts, ruleset: RuleSet, *, message_id: str | None = None,
                   reference_texts: Iterable[str] = (), years: Iterable[int] = ()) -> Classification:
    parsed_documents = facts.documents
    # Stages, references and required documents read the documents with the type that counts (a guessed type
    # yields to the file name's); the classification reports them as the parsers read them.
    facts = dataclasses.replace(facts, documents=effective_documents(ruleset, facts.documents))
    kind, stage, confidence, reasons, suppress, hits, scores = decide(facts, ruleset)
    stand_ins = documents_from_filenames(ruleset, facts.raw_filenames, facts.documents)
    held = facts.documents + stand_ins
    if facts.is_ours(facts.from_addr):
        held = mark_sent_by_us(held)  # our own copies (a contract draft) wait for the partner's signature
    req = message_requirement(ruleset, kind, stage, facts.from_domain, held)
    if req.required is not None:
        detail = (f"{kind} needs {', '.join(req.required) or 'nothing'}; this message has "
                  f"{', '.join(req.present) or 'none of them'}")
        if req.missing:
            detail += f"; missing {', '.join(req.missing)}"
        for note in req.notes:
            detail += f"; {note}"
        reasons.append({"rule": "required-documents", "detail": detail})
    autoreply = kind in ruleset.decision.autoreply_kinds and suppress is None
    if suppress is None and not autoreply:
        suppress = f"no acknowledgement for kind {kind}"
    # Unlabelled codes carrying the mail's year count in subject and body only (the first two texts).
    refs = find_references(ruleset, list(reference_texts), facts.documents, shaped_in=2, years=years)
    return Classification(
        message_id=message_id, kind=kind, stage=stage, confidence=confidence, reasons=reasons,
        documents=parsed_documents, missing_documents=req.missing, autoreply=autoreply,
        autoreply_suppressed_reason=None if autoreply else suppress,
        references=[r for r, _ in refs], reference_types=dict(refs), language=_language(hits, facts),
        scores=scores, present_documents=req.present)


def classify_message(parsed: ParsedEmail, documents: list[dict[str, Any]], texts: Iterable[str],
                     ruleset: RuleSet, case_context: CaseContext | None = None, *,
                     body_text: str | None = None, own_addresses: Iterable[str] = (),
                     company_domain: str | None = None) -> Classification:
    """Classify one parsed message. `texts` are the attachments' visible texts (a copy of the body is ignored)."""
    body = body_text if body_text is not None else (parsed.text or "")
    if not body.strip() and parsed.html:
        body = html_to_text(parsed.html)
    body_key = squash(body).strip()
    attachment_texts = [t for t in texts if t and squash(t).strip() != body_key]
    # The quoted earlier mail's order is not this mail's document (for stages and required documents).
    evidence = [d for d in documents if not quoted_body_document(d, body, parsed.subject)]
    facts = build_facts(parsed, evidence, attachment_texts, body_text=body, own_addresses=own_addresses,
                        company_domain=company_domain, case=case_context)
    # Attachments' own text is searched too: a layout the parsers do not know still prints "PO No. 4711"
    # (only labelled numbers are taken there, as in the body).
    result = classify_facts(facts, ruleset, message_id=parsed.message_id, years=mail_years(parsed),
                            reference_texts=[squash(parsed.subject or ""), squash(body[:200000]),
                                             *(squash(t[:_MAX_ATTACHMENT_TEXT]) for t in attachment_texts)])
    result.documents = list(documents)  # reported as the parsers read them, quoted ones included
    return result
