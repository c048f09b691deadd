"""The built-in rules: small named checks whose words, patterns and weights come from rules/classify.toml."""
from __future__ import annotations

import dataclasses
import re
from typing import Literal

from pydantic import Field

from mailbot.classify.model import STAGES, Facts, Hit
from mailbot.classify.rules import Rule, Strict
from mailbot.classify.text import fold, has_cjk, is_reply_subject
from mailbot.classify.vocab import Match

Mode = Literal["hard", "soft", "none"]


class RuleDataError(ValueError):
    """A rule's data is wrong in a way the schema cannot see (bad regex); carries where it is."""

    def __init__(self, message: str, where: tuple, hint: str | None = None) -> None:
        super().__init__(message)
        self.where = where
        self.hint = hint


def _compile(patterns: list[str], key: str) -> list[re.Pattern[str]]:
    out = []
    for i, pat in enumerate(patterns):
        try:
            out.append(re.compile(pat, re.I))
        except re.error as exc:
            raise RuleDataError(f"bad regular expression {pat!r}: {exc}", (key, i), pat[:20]) from None
    return out


def _auto_hit(rule: Rule, mode: str, detail: str, reason: str) -> Hit:
    return Hit(rule.name, detail, auto=None if mode == "none" else mode, suppress=reason)


# ---- mail that is not from a person: auto stage and/or no automatic reply ---------------------------------

class MailLoop(Rule):
    name = "mail-loop"
    description = "our own loop-breaker header (X-Mailbot-Loop): the mail came from a mailbot"
    order = 1

    class Config(Strict):
        enabled: bool = True
        mode: Mode = "hard"
        headers: list[str] = Field(default_factory=lambda: ["X-Mailbot-Loop"])

    def check(self, facts: Facts) -> Hit | None:
        for h in self.config.headers:
            if facts.header(h):
                return _auto_hit(self, self.config.mode, f"header {h}: {facts.header(h)}", "mail loop")
        return None


class BounceReport(Rule):
    name = "bounce-report"
    description = "a delivery status notification (multipart/report, delivery-status part, bounce subject)"
    order = 2

    class Config(Strict):
        enabled: bool = True
        mode: Mode = "hard"
        headers: list[str] = Field(default_factory=lambda: ["X-Failed-Recipients"])
        subject_patterns: list[str] = Field(default_factory=list)

    def __init__(self, config: Config, ruleset) -> None:  # type: ignore[no-untyped-def]
        super().__init__(config, ruleset)
        self.subjects = _compile(config.subject_patterns, "subject_patterns")

    def check(self, facts: Facts) -> Hit | None:
        if facts.content_type == "multipart/report" or facts.delivery_status:
            return _auto_hit(self, self.config.mode, f"content type {facts.content_type} with a delivery report",
                             "bounce")
        for h in self.config.headers:
            if facts.header(h):
                return _auto_hit(self, self.config.mode, f"header {h}", "bounce")
        for rx in self.subjects:
            if rx.search(facts.subject):
                return _auto_hit(self, self.config.mode, f"bounce subject {facts.subject[:80]!r}", "bounce")
        return None


class NullSender(Rule):
    name = "null-sender"
    description = "null return path (<>) or a mailer-daemon/postmaster sender"
    order = 3

    class Config(Strict):
        enabled: bool = True
        mode: Mode = "hard"
        local_parts: list[str] = Field(default_factory=lambda: ["mailer-daemon", "postmaster"])

    def check(self, facts: Facts) -> Hit | None:
        if facts.return_path == "":
            return _auto_hit(self, self.config.mode, "Return-Path is <> (null sender)", "null sender")
        local = (facts.from_addr or "").split("@")[0].lower()
        if local and local in {p.lower() for p in self.config.local_parts}:
            return _auto_hit(self, self.config.mode, f"sender {facts.from_addr}", "mailer-daemon sender")
        return None


class SpamFlag(Rule):
    name = "spam-flag"
    description = "the spam filter flagged the message (X-Spam-Flag: YES)"
    order = 4

    class Config(Strict):
        enabled: bool = True
        mode: Mode = "hard"
        headers: dict[str, str] = Field(default_factory=lambda: {"X-Spam-Flag": "^yes"})

    def __init__(self, config: Config, ruleset) -> None:  # type: ignore[no-untyped-def]
        super().__init__(config, ruleset)
        self.checks = [(h, _compile([p], f"headers.{h}")[0]) for h, p in config.headers.items()]

    def check(self, facts: Facts) -> Hit | None:
        for h, rx in self.checks:
            value = facts.header(h)
            if value and rx.search(value.strip()):
                return _auto_hit(self, self.config.mode, f"header {h}: {value.strip()[:60]}", "spam")
        return None


class SpamContent(Rule):
    name = "spam-content"
    description = "scam / spam wording (lottery win, processing fee, next of kin) when no spam filter flagged it"
    order = 4
    wording = "spam wording"  # how the hit's detail names what was found; subclasses word their own
    reason = "spam"  # why no automatic reply goes out

    class Config(Strict):
        enabled: bool = True
        mode: Mode = "hard"
        threshold: float = 4.0  # sum of phrase weights needed; one stray "congratulations" is not spam
        phrases: dict[str, float] = Field(default_factory=dict)
        # Mass phishing addresses the mailbox by name in the subject ("orders@example.com: 1 document
        # pending"); people write about the business, not about our address. Added to the phrase score.
        recipient_in_subject: float = Field(default=0.0, ge=0)
        # Answers are to go to another domain than the sender's (a notification "from" a service whose
        # replies reach a free-mail box). Added to the phrase score, never enough alone.
        reply_to_elsewhere: float = Field(default=0.0, ge=0)
        # A recipient's domain named in the subject ("Page 1 on Google for example.com?"): marketing written
        # about our website, not about a deal. Added to the phrase score, never enough alone.
        recipient_domain_in_subject: float = Field(default=0.0, ge=0)
        # A "Re:" subject that answers nothing (no In-Reply-To/References, no quoted mail, no deal): cold mail
        # dressed as a reply to get opened. Added to the phrase score, never enough alone: a partner's first
        # mail may carry a stray "Re:", it never carries spam wording as well.
        fake_reply: float = Field(default=0.0, ge=0)

    def __init__(self, config: Config, ruleset) -> None:  # type: ignore[no-untyped-def]
        from mailbot.classify.vocab import Vocabulary, compile_phrase

        super().__init__(config, ruleset)
        phrases = []
        for text, weight in config.phrases.items():
            try:
                phrases.append(compile_phrase("claim", "any", text, weight))
            except re.error as exc:
                raise RuleDataError(f"bad regular expression: {exc}", ("phrases", text)) from None
        self.vocab = Vocabulary(phrases)

    def check(self, facts: Facts) -> Hit | None:
        if not self.vocab.phrases:
            return None
        matches = self.vocab.match(fold(facts.subject_core) + " \n " + facts.fresh[:20000])
        total = sum(m.phrase.weight for m in matches)
        subject = facts.subject.lower()
        named = next((r for r in facts.recipients if r and r in subject), None)
        if named and self.config.recipient_in_subject:
            total += self.config.recipient_in_subject
        domain = None
        if self.config.recipient_domain_in_subject and not named:
            domains = {r.rsplit("@", 1)[1].strip(">") for r in facts.recipients if "@" in r}
            domain = next((d for d in sorted(domains) if "." in d
                           and re.search(rf"(?<![\w.-]){re.escape(d)}(?![\w-])", subject)), None)
            if domain:
                total += self.config.recipient_domain_in_subject
        fake = bool(self.config.fake_reply and is_reply_subject(facts.subject) and not facts.answers
                    and not facts.quoted.strip() and facts.case is None)
        if fake:
            total += self.config.fake_reply
        elsewhere = None
        if self.config.reply_to_elsewhere and (elsewhere := facts.reply_to_elsewhere()):
            total += self.config.reply_to_elsewhere
        signs = self.signs(facts)
        total += sum(weight for weight, _ in signs)
        if total < self.config.threshold or not matches:
            return None
        words = ", ".join(f"\u201c{m.found.strip()}\u201d" for m in matches[:5])
        if named and self.config.recipient_in_subject:
            words += f"; our address {named} in the subject"
        if domain:
            words += f"; our domain {domain} in the subject"
        if fake:
            words += "; a reply subject that answers no mail"
        if elsewhere:
            words += f"; replies go to another domain ({elsewhere})"
        for _, note in signs:
            words += f"; {note}"
        return _auto_hit(self, self.config.mode, f"{self.wording} {words} (score {total:.1f})", self.reason)

    def signs(self, facts: Facts) -> list[tuple[float, str]]:
        """Further signs of a subclass (weight, what was seen), added to the phrase score."""
        return []


class BulkFooter(SpamContent):
    name = "bulk-footer"
    description = ("newsletter footer wording (unsubscribe, view in browser) on mail sent without list headers, "
                   "unless the mail carries a business document or belongs to a deal")
    order = 4
    wording = "newsletter footer"
    reason = "newsletter"

    def check(self, facts: Facts) -> Hit | None:
        # Partners' order and invoice systems put the same footer under real business mail: a document found in
        # the mail, or a thread/number that ties it to a deal, outweighs the footer (an order must never be
        # filed as automatic mail).
        if facts.case is not None or any(d.get("doc_type") not in (None, "other") for d in facts.documents):
            return None
        return super().check(facts)


class AutoSubmitted(Rule):
    name = "auto-submitted"
    description = "RFC 3834 Auto-Submitted header other than 'no'"
    order = 5

    class Config(Strict):
        enabled: bool = True
        hard_values: list[str] = Field(default_factory=lambda: ["auto-replied"])
        mode_other: Mode = "soft"  # auto-generated: a system sent it (could still be an ERP purchase order)

    def check(self, facts: Facts) -> Hit | None:
        value = (facts.header("Auto-Submitted") or "").strip().lower()
        if not value or value.split(";")[0].strip() == "no":
            return None
        token = value.split(";")[0].strip()
        mode = "hard" if token in self.config.hard_values else self.config.mode_other
        return _auto_hit(self, mode, f"Auto-Submitted: {value[:60]}", f"auto-submitted ({token})")


class AutoreplySubject(Rule):
    name = "autoreply-subject"
    description = "out-of-office / automatic reply (subject pattern or X-Autoreply/X-Autorespond header)"
    order = 6

    class Config(Strict):
        enabled: bool = True
        mode: Mode = "hard"
        headers: list[str] = Field(default_factory=lambda: ["X-Autoreply", "X-Autorespond"])
        subject_patterns: list[str] = Field(default_factory=list)

    def __init__(self, config: Config, ruleset) -> None:  # type: ignore[no-untyped-def]
        super().__init__(config, ruleset)
        self.subjects = _compile(config.subject_patterns, "subject_patterns")

    def check(self, facts: Facts) -> Hit | None:
        for h in self.config.headers:
            if facts.header(h):
                return _auto_hit(self, self.config.mode, f"header {h}: {facts.header(h)}", "auto-reply")
        folded = fold(facts.subject)
        for rx in self.subjects:
            if rx.search(folded):
                return _auto_hit(self, self.config.mode, f"auto-reply subject {facts.subject[:80]!r}", "auto-reply")
        return None


class PrecedenceBulk(Rule):
    name = "precedence-bulk"
    description = "Precedence: bulk / list / junk / auto_reply"
    order = 7

    class Config(Strict):
        enabled: bool = True
        values: dict[str, Mode] = Field(default_factory=lambda: {
            "bulk": "soft", "list": "soft", "junk": "hard", "auto_reply": "hard"})

    def check(self, facts: Facts) -> Hit | None:
        value = (facts.header("Precedence") or "").strip().lower()
        if value in self.config.values:
            return _auto_hit(self, self.config.values[value], f"Precedence: {value}", f"precedence {value}")
        return None


class MailingList(Rule):
    name = "mailing-list"
    description = "mailing list or newsletter headers (List-Id, List-Unsubscribe, Feedback-ID)"
    order = 8

    class Config(Strict):
        enabled: bool = True
        mode: Mode = "soft"
        headers: list[str] = Field(default_factory=lambda: ["List-Id", "List-Unsubscribe", "List-Post", "Feedback-ID"])

    def check(self, facts: Facts) -> Hit | None:
        present = [h for h in self.config.headers if facts.header(h)]
        if present:
            return _auto_hit(self, self.config.mode, "header " + ", ".join(present), "mailing list / newsletter")
        return None


class AutoResponseSuppress(Rule):
    name = "auto-response-suppress"
    description = "X-Auto-Response-Suppress: the sender asks for no automatic replies (Exchange system mail)"
    order = 9

    class Config(Strict):
        enabled: bool = True
        mode: Mode = "soft"

    def check(self, facts: Facts) -> Hit | None:
        value = facts.header("X-Auto-Response-Suppress")
        if value and value.strip():
            return _auto_hit(self, self.config.mode, f"X-Auto-Response-Suppress: {value.strip()[:40]}",
                             "X-Auto-Response-Suppress")
        return None


class NoReplySender(Rule):
    name = "no-reply-sender"
    description = "a no-reply sender address: nobody reads answers to it"
    order = 10

    class Config(Strict):
        enabled: bool = True
        mode: Mode = "soft"
        patterns: list[str] = Field(default_factory=lambda: [r"^(no-?reply|do-?not-?reply|notifications?)\b"])

    def __init__(self, config: Config, ruleset) -> None:  # type: ignore[no-untyped-def]
        super().__init__(config, ruleset)
        self.rx = _compile(config.patterns, "patterns")

    def check(self, facts: Facts) -> Hit | None:
        local = (facts.from_addr or "").split("@")[0].lower()
        if local and any(rx.search(local) for rx in self.rx):
            return _auto_hit(self, self.config.mode, f"sender {facts.from_addr}", "no-reply sender")
        return None


class OwnMail(Rule):
    name = "own-mail"
    description = "the message comes from one of our own addresses or our company domain"
    order = 11

    class Config(Strict):
        enabled: bool = True
        mode: Mode = "none"  # classify it normally, but never answer ourselves

    def check(self, facts: Facts) -> Hit | None:
        addr = (facts.from_addr or "").lower()
        if not addr:
            return None
        if addr in facts.own_addresses:
            return _auto_hit(self, self.config.mode, f"sender {addr} is one of our addresses", "own mail")
        dom = facts.from_domain or ""
        if facts.company_domain and (dom == facts.company_domain.lower()
                                     or dom.endswith("." + facts.company_domain.lower())):
            return _auto_hit(self, self.config.mode, f"sender domain {dom} is ours", "own mail")
        return None


class InternalMail(Rule):
    name = "internal-mail"
    description = "mail among colleagues (our sender, only our recipients, nothing forwarded): no stage of a deal"
    order = 12

    class Config(Strict):
        enabled: bool = True
        stage: Literal["unknown", "auto"] = "unknown"

    def check(self, facts: Facts) -> Hit | None:
        if not facts.is_ours(facts.from_addr) or not facts.recipients:
            return None
        if not all(facts.is_ours(r) for r in facts.recipients):
            return None  # written to a partner (a copy reached our mailbox): a real step of the deal
        outside = [a for a in facts.quoted_senders if not facts.is_ours(a)]
        in_thread = facts.case is not None and facts.case.via == "thread"
        if facts.attached_mail or outside or in_thread:
            # A colleague forwarding a customer's mail, or a note answering a deal's mail. A note that merely
            # names a deal's number stays a note among colleagues.
            return None
        return Hit(self.name, f"from {facts.from_addr} to {', '.join(facts.recipients)[:80]} only",
                   force_stage=self.config.stage, suppress="own mail")


# ---- business evidence: phrases, documents, the deal, the partner -----------------------------------------

def _describe(matches: list[Match], weight: float) -> tuple[str, dict[str, float], dict[str, float]]:
    votes: dict[str, float] = {}
    langs: dict[str, float] = {}
    parts = []
    for m in matches:
        score = m.phrase.weight * weight
        votes[m.phrase.stage] = votes.get(m.phrase.stage, 0.0) + score
        if m.phrase.lang != "any":
            langs[m.phrase.lang] = langs.get(m.phrase.lang, 0.0) + abs(score)
        shown = m.phrase.text if not m.phrase.text.startswith("re:") else m.found.strip()
        parts.append(f"\u201c{shown}\u201d ({m.phrase.lang}) \u2192 {m.phrase.stage} {score:+.1f}")
    return "; ".join(parts), votes, langs


def _one_language_votes(matches: list[Match], labels: list[Match], weight: float,
                        label_weight: float) -> dict[str, float]:
    """Votes per stage from the strongest language only (phrases of no language add to each)."""
    per: dict[str, dict[str, float]] = {}
    for m in matches:
        score = m.phrase.weight * weight * (label_weight if m in labels else 1.0)
        table = per.setdefault(m.phrase.stage, {})
        table[m.phrase.lang] = table.get(m.phrase.lang, 0.0) + score
    out: dict[str, float] = {}
    for stage, by_lang in per.items():
        shared = by_lang.pop("any", 0.0)
        out[stage] = shared + max(by_lang.values(), default=0.0)
    return out


# A business number right after a phrase: "order no. 1000", "Bestellung BE-2026-0412", "commande n° 77812",
# "PO#4711", a long bare number ("Bestellung 4500012399"); not a quantity ("we order 1000 pcs") or an amount.
_AFTER_LABEL = re.compile(
    r"[\s:#.\-]{0,4}(?:"
    r"(?:no|nr|n°|nº|num|number|numero|nummer|ref)(?![a-z])\.?[\s:#.\-]{0,4}(?=[\w\-/.]{0,40}\d)[a-z0-9][\w\-/.]{2,40}"
    r"|#\s{0,2}\d[\w\-/.]{0,40}"
    r"|[a-z]{1,6}[-/_]?\d[\w\-/.]{1,40}"
    # a company code or a type ahead of the digits: "HY-PO-260417", "BC-SLEM-28-093", "OC-2029-0047"
    r"|[a-z]{1,6}(?:[-/_][a-z]{1,8}){1,2}[-/_]?\d[\w\-/.]{1,40}"
    r"|\d{1,12}[-/_]\d[\w\-/]{0,40}"
    r"|\d{1,12}[-/_](?=[\w\-/]{0,40}\d)[a-z][\w\-/]{0,40}"
    r"|\d{5,20}(?![.,]\d))")


_NUMBER_END = re.compile(r"\d{3}$")  # a match that ends in a number of three or more digits


def _only_as_label(m: Match, text: str, number_patterns: bool = False) -> bool:
    """Whether every occurrence of this phrase in `text` is directly followed by a business number."""
    hits = list(m.phrase.pattern.finditer(text))
    if m.phrase.text.startswith("re:"):
        # Regular expressions describe their own context, unless asked to treat a pattern whose every match is a
        # business number itself ("PO 4711", "O.C. 2029-0047") as a label: quoting it names the deal.
        return number_patterns and bool(hits) and all(_NUMBER_END.search(h.group()) for h in hits)
    return bool(hits) and all(_AFTER_LABEL.match(text, h.end()) for h in hits)


_CLAUSE_ENDS = (". ", "! ", "? ", "; ", "\u3002", "\uff01", "\uff1b")
_SENTENCE_ENDS = (". ", "! ", "? ", "\u3002", "\uff01", "\uff1f")
_FINAL_MARKS = (".", "!", "?", "\u3002", "\uff01", "\uff1f")
# Folding turns a Chinese "？" or "！" into "?" or "!", and Chinese puts no space after it: such a mark right
# before a Chinese character still ends the sentence ("请问采购单 X 何时出货？我们的保养排在五月").
_CJK_CLAUSE_MARK = re.compile(r"[!?;](?=[\u3400-\u9fff])")
_CJK_SENTENCE_MARK = re.compile(r"[!?](?=[\u3400-\u9fff])")


def _word_rx(words: list[str], *, whole: bool = True) -> re.Pattern[str] | None:
    """One pattern for a list of words or phrases (folded; whole words unless Chinese; `whole` off: a Latin word
    may run on, "arriv" matching "arrival")."""
    folded = sorted({" ".join(fold(w).split()) for w in words if w.strip()}, key=len, reverse=True)
    latin = [re.escape(w) for w in folded if not has_cjk(w)]
    cjk = [re.escape(w) for w in folded if has_cjk(w)]
    end = r"(?!\w)" if whole else ""
    parts = ([rf"(?<!\w)(?:{'|'.join(latin)}){end}"] if latin else []) + ([f"(?:{'|'.join(cjk)})"] if cjk else [])
    return re.compile("|".join(parts)) if parts else None


class _PhraseRule(Rule):
    zone_label = ""

    class Config(Strict):
        enabled: bool = True
        weight: float = 1.0  # multiplies every phrase weight found in this part of the message
        max_chars: int = 20000  # only the start of a long text is scanned
        # Cap on what this part may add to one stage (quoted mail is context, not a new message).
        max_vote: float | None = Field(default=None, gt=0)
        # A phrase used as the label of a business number ("Payment for order 4711", "Vertrag zu Bestellung
        # 4711") names the deal, it does not say what this mail does: its weight is multiplied by this.
        reference_label_weight: float = Field(default=1.0, ge=0)
        # ... except the label of a number that exists only once the step is done: a tracking or B/L number
        # ("número de seguimiento NWR56170761GB") reports the shipment, it names no earlier deal.
        label_proves: list[str] = Field(default_factory=list)
        # ... and a pattern that matches a business number ("PO 4711") counts as such a label too.
        label_number_patterns: bool = False
        # stage -> stage: wording of a step in a sentence that only plans it ("pickup by the forwarder expected
        # on Monday", "the parcel leaves next week") votes for the step the deal is still in.
        planned: dict[str, str] = Field(default_factory=dict)
        planned_words: list[str] = Field(default_factory=list)  # "expected", "voraussichtlich", "prévu", "预计"
        # A planned word next to one of these words dates the arrival of goods already sent ("shipped today,
        # expected to arrive on Thursday", "arrivée prévue à Dakar", "预计周四到达"): it plans no step.
        arrival_words: list[str] = Field(default_factory=list)
        # A question about the step ("wann ist die Ware zur Abholung bereit?", "when will it ship?", "¿cuándo
        # sale el pedido?", "什么时候发货？") asks after it: a sentence ending in a question mark that holds one of
        # these words plans the step as much as "expected" does.
        asked_words: list[str] = Field(default_factory=list)
        # stage -> stage: wording of a step in the buyer's question about it ("la commande est-elle déjà
        # expédiée ?", "ist die Bestellung schon verschickt?") names a step already taken: the deal is further on.
        asked: dict[str, str] = Field(default_factory=dict)
        # stage -> stage: wording of a step in a sentence that puts its verdict off ("two cases are broken; our
        # stores team is preparing a report", "a surveyor has been called", "details follow") or makes light of
        # it ("one carton dented, contents fine") reports what the step before found: the claim follows.
        deferred: dict[str, str] = Field(default_factory=dict)
        deferred_words: list[str] = Field(default_factory=list)
        # Wording of these stages after a payment condition in the same sentence ("payable against the copy of
        # the B/L", "zahlbar gegen Vorlage der Versanddokumente", "payable contre remise du connaissement") names
        # the document that releases the money, not a shipment made: it votes for nothing.
        condition_stages: list[str] = Field(default_factory=list)
        condition_words: list[str] = Field(default_factory=list)
        # Per stage only the strongest language counts: a bilingual subject ("询价：液压泵 / RFQ hydraulic pumps",
        # "Bestellung / Order 4711") says the same thing twice, it is not twice the evidence.
        one_language: bool = False

    def __init__(self, config: Config, ruleset) -> None:  # type: ignore[no-untyped-def]
        super().__init__(config, ruleset)
        for frm, to in config.planned.items():
            for stage in (frm, to):
                if stage not in STAGES:
                    raise RuleDataError(f"unknown stage {stage!r}", ("planned", frm))
        self.planned_rx = _word_rx(config.planned_words)
        self.arrival_rx = _word_rx(config.arrival_words, whole=False)
        for frm, to in config.deferred.items():
            for stage in (frm, to):
                if stage not in STAGES:
                    raise RuleDataError(f"unknown stage {stage!r}", ("deferred", frm))
        for frm, to in config.asked.items():
            for stage in (frm, to):
                if stage not in STAGES:
                    raise RuleDataError(f"unknown stage {stage!r}", ("asked", frm))
        self.asked_rx = _word_rx(config.asked_words)
        self.deferred_rx = _word_rx(config.deferred_words)
        for stage in config.condition_stages:
            if stage not in STAGES:
                raise RuleDataError(f"unknown stage {stage!r}", ("condition_stages",))
        self.condition_rx = _word_rx(config.condition_words)

    @staticmethod
    def _sentence(m: Match, text: str, clauses: bool = True) -> tuple[int, int]:
        """Start and end of the sentence (or clause after a semicolon, unless `clauses` is off) holding this match."""
        marks = _CLAUSE_ENDS if clauses else _SENTENCE_ENDS
        cjk = _CJK_CLAUSE_MARK if clauses else _CJK_SENTENCE_MARK
        head = text[max(0, m.start - 300):m.start]
        cut = max([head.rfind(ch) for ch in marks] + [k.start() for k in cjk.finditer(head)], default=-1)
        start = m.start - len(head) + cut + 1 if cut >= 0 else max(0, m.start - 300)
        tail = text[m.start:m.start + 300]
        ends = [i for i in (tail.find(ch) for ch in marks) if i >= 0]
        ends += [k.start() for k in cjk.finditer(tail)][:1]
        if not ends and tail.rstrip()[-1:] in _FINAL_MARKS:
            ends = [len(tail.rstrip()) - 1]  # the text's last sentence ends without a space after its mark
        return start, m.start + (min(ends) if ends else len(tail))

    def _asked(self, m: Match, text: str) -> bool:
        """Whether this match sits in a question about the step ("when will the goods be ready for pickup?")."""
        if self.asked_rx is None:
            return False
        start, end = self._sentence(m, text, clauses=False)
        if text[end:end + 1] not in ("?", "\uff1f") or self.asked_rx.search(text, start, end) is None:
            return False
        # "when will the container arrive?" asks after goods on their way: the shipment is made
        return self.arrival_rx is None or self.arrival_rx.search(text, start, end) is None

    def _deferred(self, m: Match, text: str) -> bool:
        """Whether the sentence holding this match puts the step off or makes light of it (see Config.deferred)."""
        if self.deferred_rx is None or m.phrase.stage not in self.config.deferred or m.start < 0:
            return False
        start, end = self._sentence(m, text, clauses=False)
        return self.deferred_rx.search(text, start, end) is not None

    def _conditioned(self, m: Match, text: str) -> bool:
        """Whether a payment condition earlier in this match's sentence names it ("payable against the B/L")."""
        if self.condition_rx is None or m.phrase.stage not in self.config.condition_stages or m.start < 0:
            return False
        start, _ = self._sentence(m, text)
        return self.condition_rx.search(text, start, m.start) is not None

    def _planned(self, m: Match, text: str) -> bool:
        """Whether the sentence holding this match plans the step rather than reports it."""
        if self.planned_rx is None or m.phrase.stage not in self.config.planned or m.start < 0:
            return False
        if self._asked(m, text):
            return True
        start, end = self._sentence(m, text)
        for word in self.planned_rx.finditer(text, start, end):
            near = text[max(start, word.start() - 25):min(end, word.end() + 25)]
            if self.arrival_rx is not None and self.arrival_rx.search(near):
                continue  # an arrival date of goods on their way, not a plan
            return True
        return False

    def zone(self, facts: Facts) -> str:  # pragma: no cover - interface
        raise NotImplementedError

    def weight(self, facts: Facts) -> tuple[float, str]:
        return self.config.weight, ""

    def check(self, facts: Facts) -> Hit | None:
        weight, note = self.weight(facts)
        text = self.zone(facts)[: self.config.max_chars]
        matches = self.ruleset.vocabulary.match(text)
        if not matches or weight == 0:
            return None
        conditioned = [m for m in matches if self._conditioned(m, text)]
        if conditioned:
            matches = [m for m in matches if m not in conditioned]
            note += " (" + ", ".join(f"\u201c{m.found.strip()}\u201d only a payment condition"
                                     for m in conditioned[:3]) + ")"
            if not matches:
                return Hit(self.name, f"{self.zone_label}: nothing{note}")
        planned = [m for m in matches if self._planned(m, text)]
        if planned:
            matches = [m for m in matches if m not in planned] + [
                Match(dataclasses.replace(m.phrase, stage=self.config.planned[m.phrase.stage]), m.found, m.start)
                for m in planned]
            note += " (" + ", ".join(f"\u201c{m.found.strip()}\u201d only planned" for m in planned[:3]) + ")"
        # Only the buyer asks after its own order; our "when may we expect your order?" still waits for it.
        asked = [] if facts.is_ours(facts.from_addr) else [
            m for m in matches if m.phrase.stage in self.config.asked and m.start >= 0 and self._asked(m, text)]
        if asked:
            matches = [m for m in matches if m not in asked] + [
                Match(dataclasses.replace(m.phrase, stage=self.config.asked[m.phrase.stage]), m.found, m.start)
                for m in asked]
            note += " (" + ", ".join(f"\u201c{m.found.strip()}\u201d asked after, already taken"
                                     for m in asked[:3]) + ")"
        # Only the buyer takes goods in: our answer to a damage report ("we will revert with the report") is the claim's.
        deferred = [] if facts.is_ours(facts.from_addr) else [m for m in matches if self._deferred(m, text)]
        if deferred:
            matches = [m for m in matches if m not in deferred] + [
                Match(dataclasses.replace(m.phrase, stage=self.config.deferred[m.phrase.stage]), m.found, m.start)
                for m in deferred]
            note += " (" + ", ".join(f"\u201c{m.found.strip()}\u201d only a finding, its verdict follows"
                                     for m in deferred[:3]) + ")"
        label_weight = self.config.reference_label_weight
        labels = [m for m in matches if label_weight != 1.0 and m.phrase.stage not in self.config.label_proves
                  and _only_as_label(m, text, self.config.label_number_patterns)]
        detail, votes, langs = _describe([m for m in matches if m not in labels], weight)
        if labels:
            ldetail, lvotes, llangs = _describe(labels, weight * label_weight)
            detail = "; ".join(p for p in (detail, f"as a number's label: {ldetail}") if p)
            for key, value in lvotes.items():
                votes[key] = votes.get(key, 0.0) + value
            for key, value in llangs.items():
                langs[key] = langs.get(key, 0.0) + value
        if self.config.one_language:
            strongest = _one_language_votes(matches, labels, weight, label_weight)
            if strongest != votes:
                votes = strongest
                note += " (one language per stage: the same words in two languages count once)"
        cap = self.config.max_vote
        if cap is not None and any(v > cap for v in votes.values()):
            votes = {k: min(v, cap) for k, v in votes.items()}
            note += f" (capped at {cap:+.1f} per stage)"
        return Hit(self.name, f"{self.zone_label}: {detail}{note}", votes=votes, languages=langs)


class SubjectPhrases(_PhraseRule):
    name = "subject-phrases"
    description = "business phrases in the subject (reply/forward prefixes removed)"
    zone_label = "subject"
    order = 20

    class Config(_PhraseRule.Config):
        # In a reply ("Re:", "AW:", "回复:") the subject is the thread's first topic, often old news.
        reply_weight: float = 0.5

    def zone(self, facts: Facts) -> str:
        return fold(facts.subject_core)

    def weight(self, facts: Facts) -> tuple[float, str]:
        if is_reply_subject(facts.subject):
            return self.config.reply_weight, " (reply subject: the thread's first topic, down-weighted)"
        return self.config.weight, ""


class BodyPhrases(_PhraseRule):
    name = "body-phrases"
    description = "business phrases in what the sender wrote (quoted earlier mail removed)"
    zone_label = "body"
    order = 21

    def zone(self, facts: Facts) -> str:
        return facts.fresh


class QuotedPhrases(_PhraseRule):
    name = "quoted-phrases"
    description = "business phrases in quoted earlier mail (down-weighted: it repeats old news)"
    zone_label = "quoted text"
    order = 22

    def zone(self, facts: Facts) -> str:
        return facts.quoted


class AttachmentText(_PhraseRule):
    name = "attachment-text"
    description = "business phrases in the visible text of the attachments"
    zone_label = "attachment text"
    order = 23

    def zone(self, facts: Facts) -> str:
        return facts.attachment_text


class AttachmentFilenames(_PhraseRule):
    name = "attachment-filenames"
    description = "business words in attachment file names (PO_4711.pdf, signed_contract.pdf)"
    zone_label = "file names"
    order = 24

    def zone(self, facts: Facts) -> str:
        # "PO_4711-signed.pdf" -> "po 4711 signed pdf" so word boundaries work
        return " | ".join(" ".join(re.sub(r"[_.\-+]+", " ", name).split()) for name in facts.filenames)


class DocumentTypes(Rule):
    name = "document-types"
    description = "the business documents found in attachments and body (a purchase order is strong evidence)"
    order = 30

    class Config(Strict):
        enabled: bool = True
        votes: dict[str, dict[str, float]] = Field(default_factory=dict)  # doc_type -> stage -> score
        unsigned_contract: dict[str, float] = Field(default_factory=dict)  # a contract with signed == false
        max_per_type: int = Field(default=1, ge=1)  # ten invoices are not ten times the evidence
        # Documents read out of the mail body are guesses from running text: they count less than files.
        body_weight: float = Field(default=0.5, ge=0)
        # Types never typed into a mail body (a contract is a document to sign): a body "document" of such a
        # type is running text about it ("the contract follows separately") and casts no vote.
        not_from_body: list[str] = Field(default_factory=list)
        # An attached (not body) document whose vote reaches this shows how far the deal has come: the latest
        # such stage wins over an earlier top stage that has at most 1/floor_factor times its score.
        defining_score: float | None = Field(default=None, gt=0)
        floor_factor: float = Field(default=0.5, ge=0, le=1)
        # doc_type -> the stage an attached one proves the deal has reached, whatever its vote (an invoice is
        # written for a placed order).
        shows: dict[str, str] = Field(default_factory=dict)
        # doc_type -> the stage it proves once the order is named: its own order number, or a purchase-order
        # number in the mail ("thank you for PO 4711, attached our pro-forma"); a pro-forma without one may as
        # well be the offer for an advance payment.
        shows_with_order: dict[str, str] = Field(default_factory=dict)
        # Stages that yield to that proven stage whatever their score: contract paperwork may follow the order
        # (a framework agreement sent with the invoice), the invoice still shows the order was placed.
        floor_over: list[str] = Field(default_factory=list)

    def __init__(self, config: Config, ruleset) -> None:  # type: ignore[no-untyped-def]
        super().__init__(config, ruleset)
        for dt, votes in config.votes.items():
            for stage in votes:
                if stage not in STAGES:
                    raise RuleDataError(f"unknown stage {stage!r}", ("votes", dt, stage))
        for stage in config.unsigned_contract:
            if stage not in STAGES:
                raise RuleDataError(f"unknown stage {stage!r}", ("unsigned_contract", stage))
        for key, table in (("shows", config.shows), ("shows_with_order", config.shows_with_order)):
            for dt, stage in table.items():
                if stage not in STAGES:
                    raise RuleDataError(f"unknown stage {stage!r}", (key, dt))
        for stage in config.floor_over:
            if stage not in STAGES:
                raise RuleDataError(f"unknown stage {stage!r}", ("floor_over", stage))

    def _names_order(self, facts: Facts) -> bool:
        """Whether the mail names a purchase-order number (subject, its own text or the mail it answers)."""
        from mailbot.classify.refs import find_references

        texts = [facts.subject, facts.fresh[:20000], facts.quoted[:20000]]
        return any(rtype == "po" for _, rtype in find_references(self.ruleset, texts, []))

    def check(self, facts: Facts) -> Hit | None:
        votes: dict[str, float] = {}
        parts: list[str] = []
        seen: dict[str, int] = {}
        floor: str | None = None
        names_order: bool | None = None  # computed once, when a pro-forma asks for it
        proven: set[str] = set()  # stages a document proves (see `shows`)
        for doc in facts.documents:
            dt = doc.get("doc_type") or "other"
            if doc.get("source") == "body" and (dt in self.config.not_from_body or not doc.get("number")
                                                and not doc.get("line_items")):
                # A body "document" with no number of its own and no line is running text that mentions a
                # document ("the goods of order 4711 arrived", "order 4711 is in final assembly"), not one
                # typed into the mail.
                continue
            seen[dt] = seen.get(dt, 0) + 1
            if seen[dt] > self.config.max_per_type:
                continue
            table = self.config.votes.get(dt, {})
            if dt == "contract" and doc.get("signed") is False and self.config.unsigned_contract:
                table = self.config.unsigned_contract
            if not table:
                continue
            factor = self.config.body_weight if doc.get("source") == "body" else 1.0
            table = {stage: score * factor for stage, score in table.items()}
            for stage, score in table.items():
                votes[stage] = votes.get(stage, 0.0) + score
            number = doc.get("number") or doc.get("order_number")
            signed = "" if dt != "contract" else {True: ", signed", False: ", NOT signed", None: ", signature unknown"}[
                doc.get("signed")]
            named = ", typed by its file name" if doc.get("type_from") else ""
            best = max(table.items(), key=lambda kv: kv[1])
            if self.config.defining_score is not None and factor == 1.0 and best[1] >= self.config.defining_score \
                    and best[0] in STAGES and (floor is None or STAGES.index(best[0]) > STAGES.index(floor)):
                floor = best[0]
            shown = self.config.shows.get(dt) if factor == 1.0 else None
            if factor == 1.0 and not shown and dt in self.config.shows_with_order:
                if names_order is None and not doc.get("order_number"):
                    names_order = self._names_order(facts)
                if doc.get("order_number") or names_order:
                    shown = self.config.shows_with_order[dt]
            if shown:
                proven.add(shown)
                if floor is None or STAGES.index(shown) > STAGES.index(floor):
                    floor = shown
            proves = f", shows stage {shown}" if shown else ""
            parts.append(f"{dt}{' ' + str(number) if number else ''} ({doc.get('source')}{signed}{named}) "
                         f"\u2192 {best[0]} {best[1]:+.1f}{proves}")
        if not votes:
            return None
        return Hit(self.name, "; ".join(parts), votes=votes,
                   floor=(floor, self.config.floor_factor) if floor else None,
                   floor_over=tuple(self.config.floor_over) if floor in proven else ())


class InspectionClaim(Rule):
    name = "inspection-claim"
    description = "an inspection report together with claim/complaint words is a claim"
    order = 31

    class Config(Strict):
        enabled: bool = True
        bonus: float = 4.0

    def check(self, facts: Facts) -> Hit | None:
        if not any(d.get("doc_type") == "inspection_report" for d in facts.documents):
            return None
        zone = " \n ".join((fold(facts.subject_core), facts.fresh, facts.attachment_text[:20000]))
        matches = self.ruleset.vocabulary.match(zone, {"claim"})
        if not matches:
            return None
        words = ", ".join(f"\u201c{m.found.strip()}\u201d" for m in matches[:3])
        return Hit(self.name, f"inspection report with claim words {words} \u2192 claim {self.config.bonus:+.1f}",
                   votes={"claim": self.config.bonus})


class CaseContextRule(Rule):
    name = "case-context"
    description = "the deal this reply belongs to: its stage, and phrases that move that stage on"
    order = 40

    class Config(Strict):
        enabled: bool = True
        weight: float = 1.0  # vote for the deal's current stage (a bare "thanks, see attached" stays in it)
        # deal stage -> next stage -> phrases ("we accept" in a deal at stage quote -> contract)
        transitions: dict[str, dict[str, dict[str, float]]] = Field(default_factory=dict)

    def __init__(self, config: Config, ruleset) -> None:  # type: ignore[no-untyped-def]
        from mailbot.classify.vocab import Vocabulary, compile_phrase

        super().__init__(config, ruleset)
        self.tables: dict[str, Vocabulary] = {}
        for frm, targets in config.transitions.items():
            if frm not in STAGES:
                raise RuleDataError(f"unknown stage {frm!r}", ("transitions", frm))
            phrases = []
            for to, entries in targets.items():
                if to not in STAGES:
                    raise RuleDataError(f"unknown stage {to!r}", ("transitions", frm, to))
                for text, weight in entries.items():
                    try:
                        phrases.append(compile_phrase(to, "any", text, weight))
                    except re.error as exc:
                        raise RuleDataError(f"bad regular expression: {exc}", ("transitions", frm, to, text)) from None
            self.tables[frm] = Vocabulary(phrases)

    def check(self, facts: Facts) -> Hit | None:
        case = facts.case
        if case is None or case.stage not in STAGES:
            return None
        votes = {case.stage: self.config.weight} if self.config.weight else {}
        how = "reply in deal" if case.via == "thread" else "its numbers lead to deal"
        parts = [f"{how} #{case.case_id} at stage {case.stage} \u2192 {case.stage} {self.config.weight:+.1f}"]
        table = self.tables.get(case.stage)
        if table is not None:
            for m in table.match(fold(facts.subject_core) + " \n " + facts.fresh):
                votes[m.phrase.stage] = votes.get(m.phrase.stage, 0.0) + m.phrase.weight
                parts.append(f"\u201c{m.found.strip()}\u201d moves {case.stage} \u2192 {m.phrase.stage} "
                             f"{m.phrase.weight:+.1f}")
        return Hit(self.name, "; ".join(parts), votes=votes)


class Direction(Rule):
    name = "direction"
    description = "who writes: we (the seller) quote, contract, produce and ship; partners enquire, order, pay, receive and claim"
    order = 45

    class Config(Strict):
        enabled: bool = True
        seller: dict[str, float] = Field(default_factory=dict)  # stage -> nudge for our own mail
        buyer: dict[str, float] = Field(default_factory=dict)  # stage -> nudge for a partner's mail
        # A step one side never takes, read as the step it means from that side: the seller does not enquire
        # (our answer to an enquiry is the quote); a customer does not quote (writing about a quotation it
        # asks for one, or, answering one, negotiates it).
        seller_means: dict[str, str] = Field(default_factory=dict)
        buyer_means: dict[str, str] = Field(default_factory=dict)
        buyer_means_in_thread: dict[str, str] = Field(default_factory=dict)

    def __init__(self, config: Config, ruleset) -> None:  # type: ignore[no-untyped-def]
        super().__init__(config, ruleset)
        for key, table in (("seller", config.seller), ("buyer", config.buyer)):
            for stage in table:
                if stage not in STAGES:
                    raise RuleDataError(f"unknown stage {stage!r}", (key, stage))
        for key, remap in (("seller_means", config.seller_means), ("buyer_means", config.buyer_means),
                           ("buyer_means_in_thread", config.buyer_means_in_thread)):
            for frm, to in remap.items():
                for stage in (frm, to):
                    if stage not in STAGES:
                        raise RuleDataError(f"unknown stage {stage!r}", (key, frm))

    def check(self, facts: Facts) -> Hit | None:
        if not facts.from_addr:
            return None
        ours = facts.is_ours(facts.from_addr)
        table = self.config.seller if ours else self.config.buyer
        if ours:
            remap = dict(self.config.seller_means)
        else:
            # Answering a quotation: the deal got past the enquiry (a reminder in a deal still at its enquiry
            # asks again for the quotation).
            in_thread = bool(is_reply_subject(facts.subject) or facts.quoted.strip()
                             or (facts.case is not None and facts.case.via == "thread"))
            in_thread = in_thread and not (facts.case is not None and facts.case.stage == "enquiry")
            remap = {**self.config.buyer_means, **(self.config.buyer_means_in_thread if in_thread else {})}
        if not table and not remap:
            return None
        who = "our own mail (seller)" if ours else "partner's mail (buyer)"
        return Hit(self.name, f"{who}: " + ", ".join(f"{st} {v:+.1f}" for st, v in table.items()), votes=dict(table),
                   remap=remap)


class PartnerOverride(Rule):
    name = "partner-override"
    description = "per-partner adjustments from [partner.\"domain\"] in classify.toml"
    order = 50

    def check(self, facts: Facts) -> Hit | None:
        cfg = self.ruleset.partner(facts.from_domain)
        if cfg is None:
            return None
        parts = [f"partner {facts.from_domain}" + (f" ({cfg.note})" if cfg.note else "")]
        parts += [f"{stage} {score:+.1f}" for stage, score in cfg.votes.items()]
        suppress = "partner gets no automatic replies" if cfg.autoreply is False else None
        if suppress:
            parts.append("no automatic replies")
        return Hit(self.name, ", ".join(parts), votes=dict(cfg.votes), suppress=suppress)
