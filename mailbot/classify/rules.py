"""The rule set: rule classes discovered by name, their data from rules/*.toml, validated at start-up."""
from __future__ import annotations

import importlib
import inspect
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from mailbot.classify.model import ALL_STAGES, KINDS, STAGES, Facts, Hit
from mailbot.classify.tomlfile import fail, read_toml
from mailbot.classify.vocab import Phrase, Vocabulary, compile_phrase
from mailbot.errors import RulesError

# Modules whose Rule subclasses are the available rules (Mailman-style discovery; names must be unique).
RULE_MODULES = ("mailbot.classify.builtin", "mailbot.classify.lure")

# The files of rules/ that this package reads; others there (partners/, replies.toml) belong to other areas.
CLASSIFY_FILE = "classify.toml"
VOCABULARY_FILE = "vocabulary.toml"
REFERENCES_FILE = "references.toml"
REQUIRED_FILE = "required_documents.toml"

DOC_TYPES = ("purchase_order", "commercial_invoice", "proforma_invoice", "quotation", "contract", "packing_list",
             "bill_of_lading", "inspection_report", "payment_advice", "shipping_notice", "enquiry", "claim", "other")


class Strict(BaseModel):
    # A typo in a rule file is an error naming the key, never a silently ignored setting.
    model_config = ConfigDict(extra="forbid", frozen=True)


class NoConfig(Strict):
    pass


class Rule:
    """A named, side-effect-free check of one message's facts; its data comes from [rule.<name>]."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    Config: ClassVar[type[Strict]] = NoConfig
    order: ClassVar[int] = 100  # position in the reasons list (automatic-mail checks first, then evidence)

    def __init__(self, config: Strict, ruleset: RuleSet) -> None:
        self.config = config
        self.ruleset = ruleset

    def check(self, facts: Facts) -> Hit | None:  # pragma: no cover - interface
        raise NotImplementedError


def discover_rules(modules: tuple[str, ...] = RULE_MODULES) -> dict[str, type[Rule]]:
    """Every Rule subclass defined in `modules`, by name; a duplicate name is a start-up error."""
    found: dict[str, type[Rule]] = {}
    for module_name in modules:
        module = importlib.import_module(module_name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if not issubclass(obj, Rule) or obj is Rule or obj.__module__ != module.__name__ or not obj.name:
                continue
            if obj.name in found and found[obj.name] is not obj:
                raise RulesError(f"duplicate rule name {obj.name!r} ({found[obj.name].__name__} and "
                                 f"{obj.__name__} in {module_name})")
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", obj.name):
                raise RulesError(f"rule name {obj.name!r} is not kebab-case")
            found[obj.name] = obj
    return found


# ---- classify.toml -------------------------------------------------------------------------------------

class DecisionConfig(Strict):
    min_score: float = Field(default=2.0, ge=0)  # a stage needs this much evidence, else "unknown"
    # The same for a mail that answers an earlier one (reply subject, quoted text, or a thread of a deal): a
    # step of a running conversation needs less evidence than a mail out of the blue. None: min_score.
    min_score_in_thread: float | None = Field(default=None, ge=0)
    # Document evidence this strong beats a *soft* auto signal (e.g. an ERP that sends POs as auto-generated).
    soft_auto_document_override: float = Field(default=4.0, ge=0)
    confidence_scale: float = Field(default=6.0, gt=0)  # score at which confidence approaches 1
    stage_to_kind: dict[str, str] = Field(default_factory=lambda: {
        "enquiry": "enquiry", "quote": "quote", "negotiation": "quote", "contract": "order", "order": "order",
        "payment": "order", "production": "order", "shipping": "order", "receipt": "order", "claim": "claim",
        "auto": "other", "unknown": "other"})
    autoreply_kinds: list[str] = Field(default_factory=lambda: ["enquiry", "quote", "order", "claim"])
    # stage -> score from which it wins unless another stage has more than `precedence_factor` times as much:
    # a complaint usually also says the goods arrived, and the complaint is what matters.
    precedence: dict[str, float] = Field(default_factory=dict)
    precedence_factor: float = Field(default=2.0, ge=1.0)
    # Our own reply whose new words name no step (its stage comes only from the reply subject, the quoted mail
    # and the sender's side) is read from our side even without a question: in an enquiry's thread ("RE:
    # Preisanfrage ...": "3 % on all items is possible") it is our answer, the quote step, never an enquiry.
    silent_own_reply_answers: bool = False


class PartnerConfig(Strict):
    note: str | None = None
    votes: dict[str, float] = Field(default_factory=dict)  # stage -> extra score for every mail of this partner
    autoreply: bool | None = None  # false: never acknowledge this partner's mail automatically


class ClassifyFile(Strict):
    decision: DecisionConfig = Field(default_factory=DecisionConfig)
    rule: dict[str, dict[str, Any]] = Field(default_factory=dict)
    partner: dict[str, PartnerConfig] = Field(default_factory=dict)


# ---- references.toml -----------------------------------------------------------------------------------

class ReferencesFile(Strict):
    min_length: int = Field(default=4, ge=1)
    max_length: int = Field(default=32, ge=2)
    min_bare_digits: int = Field(default=5, ge=1)  # a bare number right after "order"/"invoice" needs this many digits
    markers: list[str] = Field(default_factory=list)  # "no", "nr", "#", "n°" between label and number
    labels_direct: dict[str, list[str]] = Field(default_factory=dict)  # type -> labels a number may follow directly
    labels_marked: dict[str, list[str]] = Field(default_factory=dict)  # type -> labels that need a marker
    prefixes: dict[str, list[str]] = Field(default_factory=dict)  # type -> "PO" in PO-2024-001
    patterns: dict[str, list[str]] = Field(default_factory=dict)  # type -> extra regexes with one group


# ---- required_documents.toml ---------------------------------------------------------------------------

class KindRequirement(Strict):
    required: list[str] = Field(default_factory=list)
    # A single message is checked only at these stages (None: at every stage of the kind).
    message_stages: list[str] | None = None
    # A deal is checked once it has reached one of these stages, and stays checked (e.g. in a later claim);
    # None: whenever the deal's kind is this kind.
    case_stages: list[str] | None = None
    # A deal holding one of these documents is checked too, whatever stage its messages were read as: a
    # purchase order sent together with the signed contract has placed the order.
    case_documents: list[str] = Field(default_factory=list)


class DocumentPolicy(Strict):
    # "required": a document with signed == false does not count; signed unknown counts but is noted.
    signed: str = Field(default="ignore", pattern="^(required|ignore)$")
    sources: list[str] = Field(default_factory=lambda: ["attachment", "body"])
    also_accept: list[str] = Field(default_factory=list)  # other doc_types that satisfy this one
    # A document typed into the mail body counts only with line items: "we look forward to your commercial
    # invoice" is a sentence about a document, not one.
    body_needs_lines: bool = True
    # "unsigned": a copy attached to our own outgoing mail is our draft sent for the partner's signature, so
    # it never completes the requirement, whatever signature-like words its text holds ("to be signed by both
    # parties"); the partner's signed copy coming back does. "as_read": our copies count like any other.
    sent_by_us: str = Field(default="as_read", pattern="^(as_read|unsigned)$")
    # A credit note (a commercial_invoice the parsers flag credit_note: true) reduces what the buyer owes; it is
    # not the invoice of the goods, so by default it does not count.
    credit_notes_count: bool = False


class RequiredFile(Strict):
    kind: dict[str, KindRequirement] = Field(default_factory=dict)
    document: dict[str, DocumentPolicy] = Field(default_factory=dict)
    partner: dict[str, dict[str, KindRequirement]] = Field(default_factory=dict)
    # doc_type -> regexes over the folded file name; used only for an attachment from which no document at
    # all could be read (an unknown layout), so a PO the parser could not read still counts as sent.
    filename_hints: dict[str, list[str]] = Field(default_factory=dict)
    # A doc type the parsers only guessed (confidence below this: a label found in the text, not the document's
    # title) yields to the type its file name states ("PurchaseOrder_4711.pdf" read as a quotation because it
    # prints "Vendor Quote No."); 0 turns this off.
    filename_beats_confidence_below: float = Field(default=0.7, ge=0, le=1)


@dataclass
class RuleSet:
    """Everything the classifier needs, loaded and validated once."""

    path: Path
    decision: DecisionConfig
    vocabulary: Vocabulary
    references: ReferencesFile
    required: RequiredFile
    partners: dict[str, PartnerConfig]
    rules: list[Rule] = field(default_factory=list)
    reference_patterns: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    filename_hints: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)

    def partner(self, domain: str | None) -> PartnerConfig | None:
        """The override block of a sender domain (also matches its subdomains)."""
        if not domain:
            return None
        domain = domain.lower()
        for key, cfg in self.partners.items():
            key = key.lower()
            if domain == key or domain.endswith("." + key):
                return cfg
        return None

    def requirement(self, kind: str, domain: str | None) -> KindRequirement | None:
        """What a deal of this kind needs (a partner block replaces the list); None: no requirement."""
        base = self.required.kind.get(kind)
        if domain:
            domain = domain.lower()
            for key, kinds in self.required.partner.items():
                key = key.lower()
                if (domain == key or domain.endswith("." + key)) and kind in kinds:
                    own = kinds[kind]
                    return KindRequirement(
                        required=list(own.required),
                        message_stages=own.message_stages if own.message_stages is not None else (
                            base.message_stages if base else None),
                        case_stages=own.case_stages if own.case_stages is not None else (
                            base.case_stages if base else None),
                        case_documents=own.case_documents or (base.case_documents if base else []))
        return base

    def required_for(self, kind: str, domain: str | None) -> list[str] | None:
        """Doc types a deal of this kind needs (partner block first); None when the kind has no requirement."""
        req = self.requirement(kind, domain)
        return list(req.required) if req is not None else None


def _validate(model: type[Strict], data: dict[str, Any], path: Path, text: str,
              prefix: tuple[Any, ...] = ()) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(p for p in err["loc"] if p not in ("[key]",))
        raise fail(path, text, (*prefix, *loc), err["msg"]) from None


def _check_stage(name: str, path: Path, text: str, where: tuple[Any, ...], allowed: tuple[str, ...] = STAGES) -> None:
    if name not in allowed:
        raise fail(path, text, where, f"unknown stage {name!r} (known: {', '.join(allowed)})")


def _load_vocabulary(path: Path) -> Vocabulary:
    data, text = read_toml(path)
    phrases: list[Phrase] = []
    extra = set(data) - {"phrases", "negation"}
    if extra:
        key = sorted(extra)[0]
        raise fail(path, text, (key,), "unknown key (expected [phrases.<stage>.<language>] tables and [negation])")
    negation = data.get("negation") or {}
    if not isinstance(negation, dict) or set(negation) - {"words"} or not all(
            isinstance(w, str) for w in negation.get("words", [])):
        raise fail(path, text, ("negation",), 'expected words = ["no", "without", ...]')
    for stage, langs in (data.get("phrases") or {}).items():
        _check_stage(stage, path, text, ("phrases", stage))
        if not isinstance(langs, dict):
            raise fail(path, text, ("phrases", stage), "must be a table of languages")
        for lang, entries in langs.items():
            if not isinstance(entries, dict):
                raise fail(path, text, ("phrases", stage, lang), "must be a table of \"phrase\" = weight")
            for phrase, weight in entries.items():
                where = ("phrases", stage, lang, phrase)
                if isinstance(weight, bool) or not isinstance(weight, int | float):
                    raise fail(path, text, where, f"weight must be a number, not {type(weight).__name__}")
                if not phrase.strip() or phrase == "re:":
                    raise fail(path, text, where, "empty phrase")
                try:
                    phrases.append(compile_phrase(stage, lang, phrase, float(weight)))
                except re.error as exc:
                    raise fail(path, text, where, f"bad regular expression: {exc}") from None
    return Vocabulary(phrases, negation.get("words", []))


def _reference_patterns(cfg: ReferencesFile, path: Path, text: str) -> list[tuple[str, re.Pattern[str]]]:
    # A number: starts alphanumeric, contains a digit, may carry - / . _ inside (PO-2024/17, 4500012345).
    # Every quantifier is bounded: hostile mail has 100 kB runs of letters that would make nested or
    # open-ended repetition backtrack for minutes.
    ident = (rf"([a-z0-9](?=[a-z0-9\-/._]{{0,{cfg.max_length}}}\d)"
             rf"[a-z0-9\-/._]{{{max(cfg.min_length - 1, 0)},{cfg.max_length}}})")
    markers = "|".join(re.escape(m) for m in sorted(cfg.markers, key=len, reverse=True)) or "no"
    out: list[tuple[str, re.Pattern[str]]] = []

    def words(labels: list[str], inflected: bool = False) -> str:
        # Latin labels start on a word boundary, and not inside a code ("HY-PO-260417" holds no label "PO": the
        # whole code is the number); Chinese has no word boundaries ("销售合同NC-1" holds the label "合同").
        # `inflected`: a label word may carry a genitive or plural ending before a code-like number ("Ihres
        # Angebots Q-7", "des Auftrags BE-12", "quotes QT-5"); never short labels ("Pos 10-20" is no "PO").
        def one(lab: str) -> str:
            if any("\u4e00" <= ch <= "\u9fff" for ch in lab):
                return r"\s+".join(re.escape(w) for w in lab.lower().split())
            body = r"\s+".join(re.escape(w) for w in lab.lower().split())
            if inflected and len(lab) >= 4 and lab[-1].isalpha():
                body += "(?:e?s)?"
            return r"(?<!\w)(?<!\w[-/._])" + body
        return "|".join(one(lab) for lab in sorted(labels, key=len, reverse=True))

    sep = r"[\s:#.\-：]{0,6}"
    # A code-like number (letters and digits, or digit groups joined by - / _: Q-2026-0314, NW-INV-260410,
    # HX20260315, 2026/117, 4711-BE-26-0388; not 12500.00, an amount) may follow any label directly; a bare integer needs a marker ("order no. 1000"),
    # so "order 1000 pcs" is no reference.
    n = cfg.max_length
    code = (rf"((?=[a-z0-9\-/._]{{{cfg.min_length},{n}}})"
            rf"[a-z][a-z\-/._]{{0,{n}}}\d[a-z0-9\-/._]{{0,{n}}}|\d{{1,{n}}}[-/_]\d[\d\-/_]{{0,{n}}}[a-z0-9]{{0,{n}}}"
            # digit groups with a letter group between them: 4711-BE-26-0388 (not "3-way": a digit follows)
            rf"|\d{{1,{n}}}[-/_](?=[a-z0-9\-/_]{{0,{n}}}\d)[a-z0-9][a-z0-9\-/_]{{0,{n}}})")
    for rtype, labels in cfg.labels_marked.items():
        if labels:
            out.append((rtype, re.compile(rf"(?:{words(labels)}){sep}(?:{markers}){sep}{ident}", re.I)))
            out.append((rtype, re.compile(rf"(?:{words(labels, inflected=True)}){sep}{code}", re.I)))
            # A long bare number right after the label ("Order 55012") is a reference; a quantity ("order
            # 1000 pcs") is shorter, and an amount ("12500.00") has decimals.
            out.append((rtype, re.compile(rf"(?:{words(labels)}){sep}(\d{{{cfg.min_bare_digits},{n}}})(?![\d.,]\d)",
                                          re.I)))
    for rtype, labels in cfg.labels_direct.items():
        if labels:
            out.append((rtype, re.compile(rf"(?:{words(labels)}){sep}(?:(?:{markers}){sep})?{ident}", re.I)))
            out.append((rtype, re.compile(rf"(?:{words(labels)}){sep}{code}", re.I)))
    for rtype, prefixes in cfg.prefixes.items():
        if prefixes:
            alt = "|".join(re.escape(p) for p in prefixes)
            # "PO#4711": the "#" is a marker, not part of the number (the label patterns take "4711")
            out.append((rtype, re.compile(rf"(?<![\w-])((?:{alt})[-_/]?\d[a-z0-9\-/]{{0,{cfg.max_length}}})", re.I)))
            # A company code may lead the typed prefix ("HY-PO-260417", "NW-INV-260410"): then at least three
            # digits follow, so an article code such as "VB-PO-1" stays out.
            out.append((rtype, re.compile(rf"(?<![\w-])((?:[a-z0-9]{{1,6}}[-_/]){{1,2}}(?:{alt})[-_/]?\d{{3}}"
                                          rf"[a-z0-9\-/]{{0,{cfg.max_length}}})", re.I)))
    for rtype, patterns in cfg.patterns.items():
        for i, pat in enumerate(patterns):
            try:
                rx = re.compile(pat, re.I)
            except re.error as exc:
                raise fail(path, text, ("patterns", rtype, i), f"bad regular expression: {exc}", pat[:20]) from None
            if rx.groups != 1:
                raise fail(path, text, ("patterns", rtype, i), "a pattern needs exactly one (group): the number",
                           pat[:20])
            out.append((rtype, rx))
    return out


def load_ruleset(path: Path | str) -> RuleSet:
    """Load rules/classify.toml, vocabulary.toml, references.toml, required_documents.toml; fail loudly."""
    root = Path(path)
    if not root.is_dir():
        raise RulesError(f"rules directory {root} does not exist")
    files = {name: root / name for name in (CLASSIFY_FILE, VOCABULARY_FILE, REFERENCES_FILE, REQUIRED_FILE)}
    for name, file in files.items():
        if not file.is_file():
            raise RulesError(f"missing rule file {name} in {root}", file=str(file))

    cpath = files[CLASSIFY_FILE]
    cdata, ctext = read_toml(cpath)
    classify = _validate(ClassifyFile, cdata, cpath, ctext)
    for stage, kind in classify.decision.stage_to_kind.items():
        _check_stage(stage, cpath, ctext, ("decision", "stage_to_kind", stage), ALL_STAGES)
        if kind not in KINDS:
            raise fail(cpath, ctext, ("decision", "stage_to_kind", stage), f"unknown kind {kind!r}")
    for stage in classify.decision.precedence:
        _check_stage(stage, cpath, ctext, ("decision", "precedence", stage))
    for kind in classify.decision.autoreply_kinds:
        if kind not in KINDS:
            raise fail(cpath, ctext, ("decision", "autoreply_kinds"), f"unknown kind {kind!r}", kind)
    for domain, pcfg in classify.partner.items():
        for stage in pcfg.votes:
            _check_stage(stage, cpath, ctext, ("partner", domain, "votes", stage))

    rpath = files[REFERENCES_FILE]
    rdata, rtext = read_toml(rpath)
    references = _validate(ReferencesFile, rdata, rpath, rtext)

    qpath = files[REQUIRED_FILE]
    qdata, qtext = read_toml(qpath)
    required = _validate(RequiredFile, qdata, qpath, qtext)
    for kind, req in required.kind.items():
        if kind not in KINDS:
            raise fail(qpath, qtext, ("kind", kind), f"unknown kind {kind!r}")
        for dt in req.required:
            if dt not in DOC_TYPES:
                raise fail(qpath, qtext, ("kind", kind, "required"), f"unknown document type {dt!r}", dt)
        for dt in req.case_documents:
            if dt not in DOC_TYPES:
                raise fail(qpath, qtext, ("kind", kind, "case_documents"), f"unknown document type {dt!r}", dt)
        for key in ("message_stages", "case_stages"):
            for stage in getattr(req, key) or []:
                if stage not in STAGES:
                    raise fail(qpath, qtext, ("kind", kind, key), f"unknown stage {stage!r}", stage)
    for dt, pol in required.document.items():
        if dt not in DOC_TYPES:
            raise fail(qpath, qtext, ("document", dt), f"unknown document type {dt!r}")
        for s in pol.sources:
            if s not in ("attachment", "body"):
                raise fail(qpath, qtext, ("document", dt, "sources"), f"unknown source {s!r}", s)
    for domain, kinds in required.partner.items():
        for kind, req in kinds.items():
            if kind not in KINDS:
                raise fail(qpath, qtext, ("partner", domain, kind), f"unknown kind {kind!r}")
            for dt in req.required:
                if dt not in DOC_TYPES:
                    raise fail(qpath, qtext, ("partner", domain, kind, "required"),
                               f"unknown document type {dt!r}", dt)

    hints: list[tuple[str, re.Pattern[str]]] = []
    for dt, patterns in required.filename_hints.items():
        if dt not in DOC_TYPES:
            raise fail(qpath, qtext, ("filename_hints", dt), f"unknown document type {dt!r}")
        for i, pat in enumerate(patterns):
            try:
                hints.append((dt, re.compile(pat)))
            except re.error as exc:
                raise fail(qpath, qtext, ("filename_hints", dt, i), f"bad regular expression: {exc}", pat[:20]) from None
    ruleset = RuleSet(path=root, decision=classify.decision, vocabulary=_load_vocabulary(files[VOCABULARY_FILE]),
                      references=references, required=required, partners=dict(classify.partner),
                      filename_hints=hints)
    ruleset.reference_patterns = _reference_patterns(references, rpath, rtext)

    available = discover_rules()
    for name in classify.rule:
        if name not in available:
            raise fail(cpath, ctext, ("rule", name), f"unknown rule {name!r} (known: {', '.join(sorted(available))})")
    for name, cls in available.items():
        section = classify.rule.get(name, {})
        config = _validate(cls.Config, section, cpath, ctext, ("rule", name))
        if getattr(config, "enabled", True) is False:
            continue
        try:
            ruleset.rules.append(cls(config, ruleset))
        except ValueError as exc:  # a rule's own check of its data (e.g. a bad regex)
            hint = getattr(exc, "hint", None)
            raise fail(cpath, ctext, ("rule", name, *getattr(exc, "where", ())), str(exc), hint) from None
    ruleset.rules.sort(key=lambda r: (r.order, r.name))
    return ruleset
