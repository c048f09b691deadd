"""Data model of extracted business documents, parse results and parsing limits."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer

DocType = Literal[
    "purchase_order", "commercial_invoice", "proforma_invoice", "quotation", "contract", "packing_list",
    "bill_of_lading", "inspection_report", "payment_advice", "shipping_notice", "enquiry", "claim", "other",
]
Status = Literal["ok", "partial", "failed", "skipped"]


def shown_doc_type(data: dict[str, Any]) -> str:
    """The type people see for a document's JSON: 'credit_note' for a flagged commercial invoice, else doc_type."""
    doc_type = str(data.get("doc_type") or "other")
    return "credit_note" if doc_type == "commercial_invoice" and data.get("credit_note") is True else doc_type


def money_str(value: Decimal | None) -> str | None:
    """Render a Decimal as the schema wants it: '.' separator, no exponent, no thousands separators."""
    if value is None:
        return None
    # format 'f' avoids '1E+2'; keep at least two decimals so '12' reads as money ('12.00')
    if value == value.to_integral_value() or -value.as_tuple().exponent < 2:  # type: ignore[operator]
        value = value.quantize(Decimal("0.01"))
    return format(value, "f")


class Party(BaseModel):
    """A buyer or seller as printed on the document."""

    model_config = ConfigDict(validate_assignment=True)
    name: str | None = None
    address: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    vat_id: str | None = None
    email: str | None = None

    def is_empty(self) -> bool:
        return not any((self.name, self.address, self.country, self.vat_id, self.email))


class LineItem(BaseModel):
    """One position of an order/invoice table."""

    sku: str | None = None
    description: str | None = None
    quantity: float | None = None
    unit: str | None = None
    unit_price: Decimal | None = None
    amount: Decimal | None = None

    @field_serializer("unit_price", "amount")
    def _ser_money(self, v: Decimal | None) -> str | None:
        return money_str(v)


class Document(BaseModel):
    """One extracted business document; `to_json()` validates against document.schema.json."""

    model_config = ConfigDict(validate_assignment=True)
    source: str
    doc_type: DocType = "other"
    number: str | None = None
    order_number: str | None = None
    date: dt.date | None = None
    due_date: dt.date | None = None
    delivery_date: dt.date | None = None
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    subtotal: Decimal | None = None
    tax: Decimal | None = None
    total: Decimal | None = None
    buyer: Party | None = None
    seller: Party | None = None
    incoterms: str | None = None
    payment_terms: str | None = None
    tracking_numbers: list[str] = Field(default_factory=list)
    signed: bool | None = None
    line_items: list[LineItem] = Field(default_factory=list)
    confidence: dict[str, float] = Field(default_factory=dict)
    evidence: dict[str, Any] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    structured_source: str | None = None
    # Extension of document.schema.json (its document object allows extra properties; its doc_type enum has no
    # credit note): a commercial_invoice whose title or e-invoice type code says it is a credit note, the
    # seller's document reducing what the buyer owes. Emitted only when true, so consumers of the contract
    # see no new key on any other document.
    credit_note: bool = False
    # Extension too: the invoice a document that is no invoice names ("Invoice No." on a packing list or a bill of
    # lading), one more business number of its deal. Emitted only when read.
    invoice_reference: str | None = None

    @field_serializer("subtotal", "tax", "total")
    def _ser_money(self, v: Decimal | None) -> str | None:
        return money_str(v)

    def to_json(self) -> dict[str, Any]:
        """The document as a JSON-ready dict per document.schema.json."""
        data = self.model_dump(mode="json")
        if not data["credit_note"]:
            del data["credit_note"]
        if data["invoice_reference"] is None:
            del data["invoice_reference"]
        # the schema's party is "object or null": an all-empty party carries no information
        for key in ("buyer", "seller"):
            party = getattr(self, key)
            if party is not None and party.is_empty():
                data[key] = None
        return data


@dataclass
class Limits:
    """Resource limits for parsing one attachment; every value is configurable."""

    max_attachment_bytes: int = 25 * 1024 * 1024
    max_pages: int = 200
    max_decompressed_bytes: int = 200 * 1024 * 1024
    max_archive_entries: int = 1000
    max_xml_depth: int = 256
    max_nesting_depth: int = 5
    time_budget_seconds: float = 20.0
    max_text_chars: int = 200_000
    max_sheet_cells: int = 200_000
    max_memory_bytes: int = 1536 * 1024 * 1024  # address-space cap for the isolated child
    # parse in a child process that is killed on timeout (hard budget even if a C library loops)
    isolate: bool = True
    # "fork" (default): cheap, works from any caller; CPython re-initialises its own and logging's locks in
    # the child, and a child stuck on some other library's lock is still killed at the time budget.
    # "forkserver" never forks a threaded host but imports the caller's __main__, so scripts need an
    # `if __name__ == "__main__"` guard. "auto": forkserver when other threads run, else fork.
    isolate_method: str = "fork"
    # OCR (Tesseract) of scanned PDFs and images of documents; slow (seconds a page), so bounded.
    ocr: bool = True
    ocr_languages: str = "eng+deu+fra+spa+chi_sim"
    ocr_dpi: int = 300
    ocr_max_pages: int = 5
    ocr_min_image_pixels: int = 1_000_000  # smaller pictures are logos and signatures, not documents
    ocr_max_image_pixels: int = 60_000_000

    @classmethod
    def from_settings(cls, settings: Any) -> Limits:
        """Build from any object with same-named attributes (e.g. mailbot's LimitsSettings); extras ignored."""
        from dataclasses import fields

        kw = {f.name: getattr(settings, f.name) for f in fields(cls) if hasattr(settings, f.name)}
        return cls(**kw)


@dataclass
class ParseResult:
    """Everything parsing one file (or a mail body) produced."""

    documents: list[Document]
    detected_type: str
    text: str = ""
    errors: list[str] = field(default_factory=list)
    status: Status = "ok"

    def to_json(self, file: str) -> dict[str, Any]:
        """`mailbot parse --json` output: file, documents, detected_type, errors, status."""
        return {
            "file": file,
            "documents": [d.to_json() for d in self.documents],
            "detected_type": self.detected_type,
            "errors": list(self.errors),
            "status": self.status,
        }
