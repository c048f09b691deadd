"""Lure rules: a business document offered only behind a web link, a change of bank details from a stranger."""
from __future__ import annotations

from pydantic import Field

from mailbot.classify.builtin import SpamContent
from mailbot.classify.model import Facts, Hit
from mailbot.classify.text import link_host, same_site


def _same_site(a: str, b: str) -> bool:
    """Whether two hosts belong to one site ("www.acme.test" and "portal.acme.test" do)."""
    return same_site(a.removeprefix("www."), b.removeprefix("www."))


class DocumentLure(SpamContent):
    name = "document-lure"
    description = ("a purchase order, invoice or payment 'waiting on a portal' behind a web link, nothing attached, "
                   "from a sender no deal knows, with a sign-in prompt, urgency or a link whose text hides its target")
    order = 4
    wording = "a document offered behind a link:"
    reason = "phishing"

    class Config(SpamContent.Config):
        # The mail links somewhere from its own words (or an anchor) and attaches no business document: a partner
        # sends its order or invoice as a file; a lure only points at one. Added to the phrase score.
        link_without_attachment: float = Field(default=0.0, ge=0)
        # An anchor whose visible text names another site than the one it leads to ("https://portal.acme.test"
        # shown, another host behind it): nobody disguises a link to a real document.
        link_text_mismatch: float = Field(default=0.0, ge=0)

    def check(self, facts: Facts) -> Hit | None:
        # Mail of a deal (its thread or its numbers lead there), our own mail, and mail that carries its document
        # as a file are what they say: a real order from a new partner with its PO attached stays an order.
        if facts.case is not None or facts.is_ours(facts.from_addr) or not facts.links:
            return None
        if any(d.get("source") != "body" and d.get("doc_type") not in (None, "other") for d in facts.documents):
            return None
        return super().check(facts)

    def signs(self, facts: Facts) -> list[tuple[float, str]]:
        out = []
        if self.config.link_without_attachment:
            out.append((self.config.link_without_attachment, "a web link and no document attached"))
        if self.config.link_text_mismatch:
            for shown, target in facts.links:
                seen, real = link_host(shown), link_host(target)
                if seen and real and not _same_site(seen, real):
                    out.append((self.config.link_text_mismatch, f"a link showing {seen} leads to {real}"))
                    break
        return out


class BankDetailsChange(SpamContent):
    name = "bank-details-change"
    description = ("a change of bank details announced ('our bank account has changed, pay the next invoices to ...') "
                   "by a sender no deal knows, or whose replies go to another domain: invoice fraud")
    order = 4
    wording = "a change of bank details announced:"
    reason = "fraud"

    def check(self, facts: Facts) -> Hit | None:
        # A partner of a running deal may really move its account; its mail threads into the deal and answers go
        # back to its own domain. The fraud comes from a sender no deal knows, or diverts the replies elsewhere.
        if facts.is_ours(facts.from_addr):
            return None
        if facts.case is not None and not _reply_elsewhere(facts):
            return None
        return super().check(facts)


def _reply_elsewhere(facts: Facts) -> bool:
    """Whether Reply-To names another site than the sender's own."""
    if not facts.reply_to or "@" not in facts.reply_to or not facts.from_domain:
        return False
    return not _same_site(facts.reply_to.rsplit("@", 1)[1].strip(">"), facts.from_domain)
