"""Builders for classify unit tests: hand-made ParsedEmail objects and document dicts (no parsing)."""
from __future__ import annotations

from typing import Any

from parsers.mime import MimeAttachment, ParsedEmail


def email(subject: str = "", text: str = "", *, sender: str = "buyer@acme.example", headers: dict[str, str] | None = None,
          content_type: str = "text/plain", return_path: str | None = None, delivery_status: str | None = None,
          filenames: tuple[str, ...] = (), html: str | None = None) -> ParsedEmail:
    return ParsedEmail(message_id="<t1@acme.example>", from_addr=sender, subject=subject, text=text, html=html,
                       headers=dict(headers or {}), content_type=content_type, return_path=return_path,
                       delivery_status=delivery_status,
                       attachments=[MimeAttachment(f, "application/pdf", b"") for f in filenames])


def doc(doc_type: str, number: str | None = None, *, source: str = "file.pdf", signed: bool | None = None,
        order_number: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"doc_type": doc_type, "number": number, "order_number": order_number, "source": source,
            "signed": signed, **extra}
