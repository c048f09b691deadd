"""What the classifier rules look at (Facts), what they return (Hit) and what comes out (Classification)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mailbot.classify.text import same_site

STAGES = ("enquiry", "quote", "negotiation", "contract", "order", "payment", "production", "shipping",
          "receipt", "claim")
ALL_STAGES = (*STAGES, "auto", "unknown")
KINDS = ("enquiry", "quote", "order", "claim", "other")


@dataclass
class CaseContext:
    """The deal a message threads into (if any): lets a bare "we accept" move a quote on."""

    case_id: int | None
    stage: str
    kind: str
    partner: str | None = None
    missing_documents: list[str] | None = None
    # "thread": the message answers a mail of the deal; "number": only its business numbers point there
    via: str = "thread"


@dataclass
class Facts:
    """Everything about one message the rules may read; built once, never changed by a rule."""

    subject: str  # as sent
    subject_core: str  # folded, Re:/Fwd: prefixes removed
    fresh: str  # folded body text the sender wrote now
    quoted: str  # folded quoted earlier mail
    attachment_text: str  # folded visible text of the attachments
    filenames: list[str]  # folded attachment file names
    headers: dict[str, str]  # lower-case header name -> value
    from_addr: str | None
    from_domain: str | None
    return_path: str | None  # "" is the null sender <>
    content_type: str
    delivery_status: str | None
    documents: list[dict[str, Any]]  # parsers' Document.to_json() of body + attachments
    own_addresses: frozenset[str] = frozenset()
    company_domain: str | None = None
    case: CaseContext | None = None
    recipients: list[str] = field(default_factory=list)  # To + Cc, lower case
    raw_filenames: list[str] = field(default_factory=list)  # attachment file names as sent (documents' source)
    quoted_senders: list[str] = field(default_factory=list)  # "From:" addresses of forwarded/quoted mail in the body
    attached_mail: bool = False  # a message/rfc822 part (a forward "as attachment")
    reply_to: str | None = None  # the Reply-To address, lower case
    # Message-IDs this mail answers (In-Reply-To, References): a "Re:" subject without any is no real reply
    answers: list[str] = field(default_factory=list)
    # Web links: (visible text, target) of the HTML anchors, and the bare http(s) addresses of the sender's own
    # text (text and target the same)
    links: list[tuple[str, str]] = field(default_factory=list)

    def is_ours(self, addr: str | None) -> bool:
        """One of our addresses, or an address in our company domain (or a subdomain of it)."""
        addr = (addr or "").lower().strip()
        if not addr:
            return False
        if addr in self.own_addresses:
            return True
        dom = addr.rsplit("@", 1)[-1]
        cd = self.company_domain
        return bool(cd and (dom == cd or dom.endswith("." + cd)))

    def reply_to_elsewhere(self) -> str | None:
        """The Reply-To domain when it is not the sender's own (nor a parent or subdomain of it)."""
        if not self.reply_to or "@" not in self.reply_to or not self.from_domain:
            return None
        dom = self.reply_to.rsplit("@", 1)[1].strip(">")
        return None if same_site(dom, self.from_domain) else dom

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass
class Hit:
    """One rule that fired: why (detail) and what it votes for."""

    rule: str
    detail: str
    votes: dict[str, float] = field(default_factory=dict)  # stage -> score
    auto: str | None = None  # "hard" (always stage auto) | "soft" (auto unless strong business evidence)
    force_stage: str | None = None  # e.g. "unknown" for internal mail: no business stage whatever it says
    suppress: str | None = None  # why no automatic reply may be sent
    languages: dict[str, float] = field(default_factory=dict)  # language -> weight of its phrases
    # (stage, factor): the latest step the attached documents show; it wins over an earlier top stage when
    # its own score is at least factor x the top score (document-types only)
    floor: tuple[str, float] | None = None
    # stages that yield to the floor whatever their score: a contract is paperwork that may follow the order
    # (a framework agreement signed after the PO), an invoice is only ever written once the order is placed
    floor_over: tuple[str, ...] = ()
    # stage -> stage: what a stage means coming from this sender (direction only): a customer does not quote,
    # the seller does not enquire
    remap: dict[str, str] = field(default_factory=dict)


@dataclass
class Classification:
    """The verdict on one message; `to_json()` is classification.schema.json."""

    message_id: str | None
    kind: str
    stage: str
    confidence: float
    reasons: list[dict[str, str]]
    documents: list[dict[str, Any]]
    missing_documents: list[str] | None
    autoreply: bool
    autoreply_suppressed_reason: str | None
    references: list[str]
    reference_types: dict[str, str] = field(default_factory=dict)
    language: str | None = None
    scores: dict[str, float] = field(default_factory=dict)
    present_documents: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "message_id": self.message_id,
            "kind": self.kind,
            "stage": self.stage,
            "confidence": self.confidence,
            "reasons": list(self.reasons),
            "documents": list(self.documents),
            "missing_documents": None if self.missing_documents is None else list(self.missing_documents),
            "autoreply": self.autoreply,
            "references": list(self.references),
            # extensions (the schema allows extra properties): why no reply, language guess
            "autoreply_suppressed_reason": self.autoreply_suppressed_reason,
            "language": self.language,
        }
