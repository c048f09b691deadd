"""Pipeline step "link": put the message into its deal (case) and update the deal's stage and documents."""
from __future__ import annotations

from mailbot.cases.linker import link_message
from mailbot.classify.model import Classification
from mailbot.classify.step import find_thread_case
from mailbot.pipeline.context import MessageContext
from mailbot.store.db import serialize
from mailbot.store.models import Case


class LinkStep:
    name = "link"
    description = "link the message into a case by thread, business number or a new case; advance the stage"

    def process(self, ctx: MessageContext) -> None:
        result = ctx.notes.get("classification")
        if not isinstance(result, Classification):
            # "link" without "classify" before it: nothing to link on (the pipeline config decides that).
            return
        # Finding a deal and opening a new one must not interleave with another message doing the same
        # (the PO and its invoice arriving at once in two mailboxes would open two deals).
        serialize(ctx.session, "link")
        thread_case = None
        if ctx.notes.get("thread_case_id") is not None:
            thread_case = ctx.session.get(Case, ctx.notes["thread_case_id"])
        elif ctx.parsed is not None:
            # Looked up again now that we hold the lock: the mail this one answers may just have committed.
            thread_case = find_thread_case(ctx.session, ctx.parsed, exclude_pk=ctx.message.id)
        case, how = link_message(ctx.session, ctx.app.rules, ctx.message, result, thread_case=thread_case,
                                 own_domain=(ctx.app.settings.company.domain or "").lower() or None,
                                 parsed=ctx.parsed)
        ctx.case = case
        ctx.notes["linked_by"] = how


STEPS = [LinkStep()]
