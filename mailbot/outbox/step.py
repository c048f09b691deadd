"""Pipeline step "reply": decide the automatic answer to a message and enqueue it in the same transaction."""
from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlmodel import select

from mailbot.app import App
from mailbot.outbox.bounces import looks_like_bounce, match_bounce
from mailbot.outbox.queue import (
    LIVE_STATES,
    base_context,
    claim_reference,
    domain_of,
    enqueue,
    language_for,
    order_facts,
    policy_of,
    recipient_of,
    record_suppressed,
)
from mailbot.outbox.suppression import Incoming, machine_reason
from mailbot.pipeline.context import MessageContext
from mailbot.store.models import Case, Document, Outbox

log = logging.getLogger(__name__)


def missing_key(missing: list[str] | None) -> str:
    return ",".join(sorted(set(missing or [])))


def incoming_of(app: App, ctx: MessageContext) -> Incoming:
    msg, parsed = ctx.message, ctx.parsed
    return Incoming(
        headers=msg.headers or {},
        from_addr=msg.from_addr,
        return_path=msg.return_path,
        content_type=parsed.content_type if parsed is not None else "text/plain",
        subject=msg.subject,
        has_delivery_status=parsed is not None and parsed.delivery_status is not None,
        own_addresses=frozenset(app.settings.own_addresses),
        own_domain=app.settings.company.domain,
    )


def _case_of(ctx: MessageContext) -> Case | None:
    if ctx.case is not None:
        return ctx.case
    if ctx.message.case_id is not None:
        return ctx.session.get(Case, ctx.message.case_id)
    return None


def _requests_of(ctx: MessageContext, case: Case) -> list[Outbox]:
    return list(ctx.session.exec(select(Outbox).where(
        Outbox.case_id == case.id, Outbox.template == "request_documents",
        Outbox.status.in_(LIVE_STATES))).all())  # type: ignore[attr-defined]


def _doc_types_of_message(ctx: MessageContext) -> list[str]:
    rows = ctx.session.exec(select(Document.doc_type).where(Document.message_pk == ctx.message.id)).all()
    return sorted(set(rows))


class ReplyStep:
    """Acknowledge, ask for missing documents, confirm completeness, or record why nothing was sent."""

    name = "reply"
    description = "enqueue the automatic reply (acknowledgement, document request, completion notice) or record its suppression"

    def process(self, ctx: MessageContext) -> None:
        app, session, msg = ctx.app, ctx.session, ctx.message
        now = datetime.now(UTC)
        case = _case_of(ctx)
        policy = policy_of(app)
        kind = msg.kind or (ctx.classification or {}).get("kind")

        # Bounces of our own mails first: they mark the outbound row failed, and are never answered.
        if ctx.parsed is not None and looks_like_bounce(ctx.parsed):
            matched = match_bounce(session, message=msg, parsed=ctx.parsed, raw=ctx.raw,
                                   own_domain=app.settings.company.domain, now=now)
            ctx.notes["bounced_outbox"] = [r.id for r in matched]

        # Reprocessing (`mailbot retry`) must not answer twice, even if linking now picks another case.
        if session.exec(select(Outbox.id).where(Outbox.reply_to_message_pk == msg.id)).first() is not None:
            ctx.notes["reply"] = "already answered or recorded"
            return

        # Two independent opinions: the classifier's Message.autoreply and our own header rules.
        reason = machine_reason(incoming_of(app, ctx))
        if reason is None and msg.autoreply is False:
            reason = msg.autoreply_suppressed_reason or "classifier decided: no automatic reply"
        to = recipient_of(msg)
        if reason is None and to and to.lower() in app.settings.own_addresses:
            reason = f"reply address is our own ({to})"
        if reason is not None:
            template = policy.ack_template(kind, domain_of(msg.from_addr))
            record_suppressed(app, session, message=msg, case=case, reason=reason, template=template, now=now)
            ctx.notes["reply"] = f"suppressed: {reason}"
            return
        if not to:
            return

        domain = domain_of(to)
        language = language_for(app, case=case, message=msg, domain=domain)
        order = order_facts(session, case=case, message=msg)
        ctx_vars = base_context(app, language=language, partner_name=msg.from_name or (case.partner_name if case else None),
                                original_subject=msg.subject, order=order)
        order_label = policy.subject_label("order", language)
        # A claim, enquiry or quote in an order's case is answered as such; the document logic is for the
        # order's own mails (the order, the partner's replies bringing documents, unclassified follow-ups).
        is_order_case = (case is not None and (case.kind == "order" or kind == "order")
                         and kind not in ("claim", "enquiry", "quote"))

        # An order whose case lacks documents: one request (instead of the acknowledgement), and a new
        # one only if documents are missing that no earlier request named.
        if is_order_case and case is not None and not case.complete and case.missing_documents:
            if not policy.request_documents:
                ctx.notes["reply"] = "documents missing; requests disabled in replies.toml"
                return
            asked: set[str] = set()
            for earlier in _requests_of(ctx, case):
                asked |= set((earlier.dedupe_key or "").rsplit(":", 1)[-1].split(","))
            if asked and set(case.missing_documents) <= asked:
                # Partial delivery: the partner already has our list; the reminders carry the shorter one.
                ctx.notes["reply"] = f"still missing {missing_key(case.missing_documents)}; already requested"
                return
            ctx_vars["missing"] = [policy.document_name(d, language) for d in sorted(set(case.missing_documents))]
            row = enqueue(app, session, template="request_documents", to=[to], context=ctx_vars, case=case,
                          reply_to=msg, number=order["number"], number_label=order_label, now=now,
                          dedupe_key=f"request_documents:case:{case.id}:{missing_key(case.missing_documents)}")
            ctx.notes["reply"] = f"request_documents -> outbox {row.id}" if row else "request already sent"
            return

        # The documents we asked for have arrived: the completion notice, once per case.
        if is_order_case and case is not None and case.complete and _requests_of(ctx, case):
            if policy.completion_notice:
                brought = _doc_types_of_message(ctx)
                ctx_vars["received"] = [policy.document_name(d, language) for d in brought if d != "other"]
                row = enqueue(app, session, template="complete", to=[to], context=ctx_vars, case=case,
                              reply_to=msg, number=order["number"], number_label=order_label, now=now,
                              dedupe_key=f"complete:case:{case.id}")
                ctx.notes["reply"] = f"complete -> outbox {row.id}" if row else "completion notice already sent"
            return

        template = policy.ack_template(kind, domain)
        if template is None:
            ctx.notes["reply"] = f"no acknowledgement for kind {kind!r}"
            return
        number, label = order["number"], order_label
        if kind == "claim":
            ctx_vars["claim_reference"] = claim_reference(session, case)
            number, label = ctx_vars["claim_reference"], policy.subject_label("claim", language)
        elif kind == "quote":
            ctx_vars["quote_number"] = next((d.number for _, d in ctx.parsed_documents
                                             if d.doc_type == "quotation" and d.number), None)
            number = None
        elif kind != "order":
            number = None
        # Once per case and template (a follow-up in the same deal is not acknowledged again); a
        # message without a case is acknowledged once per message.
        scope = f"case:{case.id}" if case is not None else f"message:{msg.id}"
        row = enqueue(app, session, template=template, to=[to], context=ctx_vars, case=case, reply_to=msg,
                      number=number, number_label=label, now=now, dedupe_key=f"{template}:{scope}")
        ctx.notes["reply"] = f"{template} -> outbox {row.id}" if row else f"{template} already sent"


STEPS = [ReplyStep()]
