"""Pipeline step "parse": run the document parsers over every attachment and the body."""
from __future__ import annotations

import logging

from mailbot.pipeline.context import MessageContext
from mailbot.store.models import Document

log = logging.getLogger(__name__)


def _sender_domain(addr: str | None) -> str | None:
    return addr.rsplit("@", 1)[1].lower() if addr and "@" in addr else None


def _document_row(ctx: MessageContext, doc, attachment_id: int | None) -> Document:  # type: ignore[no-untyped-def]
    data = doc.to_json()
    confidences = [v for v in (data.get("confidence") or {}).values() if isinstance(v, (int, float))]
    return Document(message_pk=ctx.message.id, attachment_id=attachment_id, source=data["source"],  # type: ignore[arg-type]
                    doc_type=data["doc_type"], number=data.get("number"), order_number=data.get("order_number"),
                    data=data, extracted=data, structured_source=data.get("structured_source"),
                    min_confidence=min(confidences) if confidences else None)


class ParseStep:
    name = "parse"
    description = "extract business documents from attachments (PDF, Excel, Word, XML, ...) and the body"

    def process(self, ctx: MessageContext) -> None:
        from parsers import parse_body, parse_bytes

        settings = ctx.app.settings
        domain = _sender_domain(ctx.message.from_addr)
        rules_dir = settings.rules.path
        for row, part in ctx.attachments:
            if len(part.data) > settings.limits.max_attachment_bytes:
                row.parse_status = "skipped"
                row.parse_errors = [f"attachment is {len(part.data)} bytes, over the limit of "
                                    f"{settings.limits.max_attachment_bytes}; stored but not parsed"]
                continue
            result = parse_bytes(part.data, part.filename, limits=ctx.app.parse_limits,
                                 rules_dir=rules_dir, sender_domain=domain)
            row.detected_type = result.detected_type
            row.parse_status = result.status
            row.parse_errors = list(result.errors) or None
            if result.text:
                ctx.texts.append(result.text)
            for doc in result.documents:
                ctx.parsed_documents.append((doc, _document_row(ctx, doc, row.id)))
        parsed = ctx.parsed
        if parsed is not None and (parsed.text or parsed.html):
            # the subject tells a reply (whose quote is the partner's earlier mail) from a forward
            result = parse_body(parsed.text, parsed.html, limits=ctx.app.parse_limits,
                                rules_dir=rules_dir, sender_domain=domain, subject=parsed.subject)
            if result.text:
                ctx.texts.insert(0, result.text)
                if not ctx.message.body_text:
                    ctx.message.body_text = result.text
            for doc in result.documents:
                ctx.parsed_documents.append((doc, _document_row(ctx, doc, None)))
        for _, row in ctx.parsed_documents:
            ctx.session.add(row)
        ctx.session.flush()


STEPS = [ParseStep()]
