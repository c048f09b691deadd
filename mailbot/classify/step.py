"""Pipeline step "classify": kind, stage, reasons, references and missing documents onto the Message row."""
from __future__ import annotations

from sqlmodel import Session, col, select

from mailbot.classify.engine import classify_message, mail_years, squash
from mailbot.classify.model import CaseContext
from mailbot.classify.refs import UNLABELLED, find_references
from mailbot.pipeline.context import MessageContext
from mailbot.store.models import Case, Message, Outbox


def thread_ids(parsed) -> list[str]:  # type: ignore[no-untyped-def]
    """Message-IDs this mail answers, nearest first (In-Reply-To, then References from the end)."""
    ids: list[str] = []
    if parsed is None:
        return ids
    for mid in [parsed.in_reply_to, *reversed(parsed.references or [])]:
        if mid and mid not in ids:
            ids.append(mid)
    return ids


def _variants(ids: list[str]) -> list[str]:
    # Message-IDs are stored with angle brackets, but be lenient with rows written without them.
    out: list[str] = []
    for mid in ids:
        bare = mid.strip().strip("<>")
        out += [f"<{bare}>", bare]
    return out


def find_thread_case(session: Session, parsed, exclude_pk: int | None = None) -> Case | None:  # type: ignore[no-untyped-def]
    """The case of the nearest earlier message of this thread: a partner's mail or one of our outbox mails."""
    ids = thread_ids(parsed)
    if not ids:
        return None
    wanted = _variants(ids)
    found: dict[str, int] = {}
    for mid, case_id in session.exec(select(Message.message_id, Message.case_id).where(
            col(Message.message_id).in_(wanted), col(Message.case_id).is_not(None),
            Message.id != (exclude_pk or -1))):
        found.setdefault(str(mid).strip("<>"), case_id)  # type: ignore[arg-type]
    for mid, case_id in session.exec(select(Outbox.message_id, Outbox.case_id).where(
            col(Outbox.message_id).in_(wanted), col(Outbox.case_id).is_not(None))):
        found.setdefault(str(mid).strip("<>"), case_id)  # type: ignore[arg-type]
    for mid in ids:
        case_id = found.get(mid.strip().strip("<>"))
        if case_id is not None:
            return session.get(Case, case_id)
    return None


def number_case(ctx: MessageContext, parsed, documents: list[dict]) -> Case | None:  # type: ignore[no-untyped-def,type-arg]
    """The deal this message's business numbers lead to (same rules as the link step), or None."""
    from mailbot.cases.linker import find_case_by_known_numbers, find_case_by_references, partner_of

    body = (ctx.message.body_text or parsed.text or "")[:200000]
    refs = find_references(ctx.app.rules, [squash(parsed.subject or ""), squash(body)], documents, shaped_in=2,
                           years=mail_years(parsed))
    own = (ctx.app.settings.company.domain or "").lower() or None
    partner, _, _ = partner_of(ctx.message, parsed, own)
    unlabelled = {r for r, t in refs if t == UNLABELLED}
    found = find_case_by_references(ctx.session, [r for r, _ in refs], partner, unlabelled) if refs else None
    # As the link step does: a number the partner's deal already carries counts even without a label.
    return found or find_case_by_known_numbers(ctx.session, f"{parsed.subject or ''}\n{body}", partner)


class ClassifyStep:
    name = "classify"
    description = "decide kind and stage with the rules in rules/*.toml; record reasons, references, missing documents"

    def process(self, ctx: MessageContext) -> None:
        from parsers.mime import ParsedEmail

        settings = ctx.app.settings
        msg = ctx.message
        parsed = ctx.parsed or ParsedEmail()
        case = find_thread_case(ctx.session, parsed, exclude_pk=msg.id)
        if msg.case_id is not None:  # reprocessing: the deal it is already in is its context
            case = ctx.session.get(Case, msg.case_id) or case
        documents = [row.data or doc.to_json() for doc, row in ctx.parsed_documents]
        via = "thread"
        if case is not None:
            ctx.notes["thread_case_id"] = case.id
        else:
            # Not a reply in a thread: the deal its business numbers point to (as the link step will find it)
            # is still the context its stage is read in. Not a thread link, so link decides on its own.
            case, via = number_case(ctx, parsed, documents), "number"
        context = None
        if case is not None:
            context = CaseContext(case_id=case.id, stage=case.stage, kind=case.kind, partner=case.partner,
                                  missing_documents=case.missing_documents, via=via)
        result = classify_message(parsed, documents, ctx.texts, ctx.app.rules, context,
                                  body_text=msg.body_text, own_addresses=settings.own_addresses,
                                  company_domain=settings.company.domain)
        msg.kind = result.kind
        msg.stage = result.stage
        msg.confidence = result.confidence
        msg.reasons = result.reasons
        msg.autoreply = result.autoreply
        msg.autoreply_suppressed_reason = result.autoreply_suppressed_reason
        msg.references_found = result.references
        msg.missing_documents = result.missing_documents
        if result.language and not msg.language:
            msg.language = result.language
        ctx.classification = result.to_json()
        ctx.notes["classification"] = result  # the link step reads reference types and present documents
        ctx.session.add(msg)


STEPS = [ClassifyStep()]
