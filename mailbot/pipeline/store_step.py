"""Pipeline step "store": attachments and the HTML body into the content-addressed store, body text on the row."""
from __future__ import annotations

from mailbot.pipeline.context import MessageContext
from mailbot.store.models import Attachment


class StoreStep:
    name = "store"
    description = "write every attachment to the blob store and record it; keep the body text"

    def process(self, ctx: MessageContext) -> None:
        parsed, msg = ctx.parsed, ctx.message
        if parsed is None:
            return
        if parsed.html is not None:
            _, html_path = ctx.app.blobs.put(parsed.html.encode("utf-8", "replace"), ".html")
            msg.body_html_path = str(html_path)
        msg.body_text = parsed.text
        for part in parsed.attachments:
            # Stored whatever its size or type: a file too big to parse is still kept for a human.
            sha, path = ctx.app.blobs.put(part.data)
            row = Attachment(message_pk=msg.id, filename=part.filename, declared_type=part.content_type,  # type: ignore[arg-type]
                             size=len(part.data), sha256=sha, path=str(path))
            ctx.session.add(row)
            ctx.attachments.append((row, part))
        ctx.session.flush()


class RecordStep:
    name = "record"
    description = "note in the event log that processing finished, with what was found"

    def process(self, ctx: MessageContext) -> None:
        from mailbot.store.models import Event

        msg = ctx.message
        ctx.session.add(Event(type="message.processed", mailbox=msg.mailbox, message_pk=msg.id,
                              case_id=msg.case_id,
                              detail={"kind": msg.kind, "stage": msg.stage, "attachments": len(ctx.attachments),
                                      "documents": len(ctx.parsed_documents)}))


STEPS = [StoreStep(), RecordStep()]
