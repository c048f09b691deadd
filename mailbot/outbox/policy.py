"""The reply policy from rules/replies.toml: acknowledgements, reminders, escalation, per-partner overrides."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mailbot.errors import RulesError

KINDS = ("enquiry", "quote", "order", "claim", "other")
_TOP_KEYS = {"acknowledge", "missing_documents", "document_names", "subject_labels", "partners"}
_MISSING_KEYS = {"request", "reminders", "escalate_after_days", "completion_notice"}
_PARTNER_KEYS = {"acknowledge", "reminders", "escalate_after_days", "language", "holidays_country",
                 "holidays_subdivision"}
_DEFAULT_ACK = {"enquiry": "ack_enquiry", "quote": "ack_quote", "order": "ack_order", "claim": "ack_claim"}


@dataclass(frozen=True)
class PartnerOverride:
    """What one partner domain does differently; None = use the default."""

    acknowledge: bool | None = None
    reminders: tuple[int, ...] | None = None
    escalate_after_days: int | None = None
    language: str | None = None
    # The partner's public holidays (`holidays` package codes): days they do not work do not count
    # towards their reminders either, on top of the company's own holidays.
    holidays_country: str | None = None
    holidays_subdivision: str | None = None


@dataclass(frozen=True)
class ReplyPolicy:
    """Validated contents of replies.toml."""

    acknowledge: dict[str, str | None] = field(default_factory=dict)
    request_documents: bool = True
    reminders: tuple[int, ...] = (2, 5)
    escalate_after_days: int = 7
    completion_notice: bool = True
    document_names: dict[str, dict[str, str]] = field(default_factory=dict)
    subject_labels: dict[str, dict[str, str]] = field(default_factory=dict)
    partners: dict[str, PartnerOverride] = field(default_factory=dict)

    def partner(self, domain: str | None) -> PartnerOverride:
        return self.partners.get((domain or "").lower(), PartnerOverride())

    def ack_template(self, kind: str | None, domain: str | None) -> str | None:
        if self.partner(domain).acknowledge is False:
            return None
        return self.acknowledge.get(kind or "other")

    def reminder_days(self, domain: str | None) -> tuple[int, ...]:
        override = self.partner(domain).reminders
        return self.reminders if override is None else override

    def escalation_days(self, domain: str | None) -> int:
        override = self.partner(domain).escalate_after_days
        return self.escalate_after_days if override is None else override

    def document_name(self, doc_type: str, language: str) -> str:
        """Human name of a document type in the language, falling back to English, then to the code."""
        for lang in (language, "en"):
            name = self.document_names.get(lang, {}).get(doc_type)
            if name:
                return name
        return doc_type.replace("_", " ")

    def subject_label(self, what: str, language: str) -> str:
        for lang in (language, "en"):
            label = self.subject_labels.get(lang, {}).get(what)
            if label:
                return label
        return what.capitalize()


def _days(value: Any, where: str, file: str) -> tuple[int, ...]:
    if not isinstance(value, list) or not all(isinstance(v, int) and v > 0 for v in value):
        raise RulesError(f"{where}: expected a list of positive whole working days, got {value!r}", file=file)
    if list(value) != sorted(set(value)):
        raise RulesError(f"{where}: reminder days must be increasing, got {value!r}", file=file)
    return tuple(value)


def _unknown(keys: set[str], allowed: set[str], where: str, file: str) -> None:
    extra = sorted(keys - allowed)
    if extra:
        raise RulesError(f"{where}: unknown key(s) {', '.join(extra)}", file=file)


def _str_table(value: Any, where: str, file: str) -> dict[str, dict[str, str]]:
    if not isinstance(value, dict):
        raise RulesError(f"{where}: expected a table of languages", file=file)
    out: dict[str, dict[str, str]] = {}
    for lang, names in value.items():
        if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
            raise RulesError(f"{where}.{lang}: expected key = \"text\" pairs", file=file)
        out[lang] = dict(names)
    return out


def policy_from_dict(data: dict[str, Any], *, file: str = "replies.toml") -> ReplyPolicy:
    """Validate the parsed TOML; a typo is a RulesError naming the key, never a silently ignored rule."""
    _unknown(set(data), _TOP_KEYS, "top level", file)
    ack_raw = data.get("acknowledge", _DEFAULT_ACK)
    if not isinstance(ack_raw, dict):
        raise RulesError("[acknowledge]: expected a table", file=file)
    _unknown(set(ack_raw), set(KINDS), "[acknowledge]", file)
    acknowledge: dict[str, str | None] = {}
    for kind in KINDS:
        value = ack_raw.get(kind, False)
        if value is False:
            acknowledge[kind] = None
        elif isinstance(value, str) and value:
            acknowledge[kind] = value
        else:
            raise RulesError(f"[acknowledge].{kind}: expected a template name or false, got {value!r}", file=file)
    missing = data.get("missing_documents", {})
    if not isinstance(missing, dict):
        raise RulesError("[missing_documents]: expected a table", file=file)
    _unknown(set(missing), _MISSING_KEYS, "[missing_documents]", file)
    escalate = missing.get("escalate_after_days", 7)
    if not isinstance(escalate, int) or escalate < 1:
        raise RulesError(f"[missing_documents].escalate_after_days: expected a positive integer, got {escalate!r}",
                         file=file)
    partners: dict[str, PartnerOverride] = {}
    for domain, raw in (data.get("partners") or {}).items():
        where = f"[partners.\"{domain}\"]"
        if not isinstance(raw, dict):
            raise RulesError(f"{where}: expected a table", file=file)
        _unknown(set(raw), _PARTNER_KEYS, where, file)
        esc = raw.get("escalate_after_days")
        if esc is not None and (not isinstance(esc, int) or esc < 1):
            raise RulesError(f"{where}.escalate_after_days: expected a positive integer", file=file)
        ack = raw.get("acknowledge")
        if ack is not None and not isinstance(ack, bool):
            raise RulesError(f"{where}.acknowledge: expected true or false", file=file)
        lang = raw.get("language")
        if lang is not None and not isinstance(lang, str):
            raise RulesError(f"{where}.language: expected a language code like \"de\"", file=file)
        country, subdiv = raw.get("holidays_country"), raw.get("holidays_subdivision")
        _check_holidays(country, subdiv, where, file)
        partners[domain.lower()] = PartnerOverride(
            acknowledge=ack, escalate_after_days=esc, language=lang,
            holidays_country=country, holidays_subdivision=subdiv,
            reminders=None if "reminders" not in raw else _days(raw["reminders"], f"{where}.reminders", file))
    return ReplyPolicy(
        acknowledge=acknowledge,
        request_documents=bool(missing.get("request", True)),
        reminders=_days(missing.get("reminders", [2, 5]), "[missing_documents].reminders", file),
        escalate_after_days=escalate,
        completion_notice=bool(missing.get("completion_notice", True)),
        document_names=_str_table(data.get("document_names", {}), "[document_names]", file),
        subject_labels=_str_table(data.get("subject_labels", {}), "[subject_labels]", file),
        partners=partners,
    )


def load_policy(rules_dir: Path) -> ReplyPolicy:
    """Read rules_dir/replies.toml; without the file, the built-in defaults apply."""
    path = Path(rules_dir) / "replies.toml"
    if not path.is_file():
        return policy_from_dict({}, file=str(path))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RulesError(str(exc), file=str(path)) from None
    return policy_from_dict(data, file=str(path))


def _check_holidays(country: Any, subdiv: Any, where: str, file: str) -> None:
    """A partner's holiday calendar must exist now, not fail at the first reminder run."""
    if country is None and subdiv is None:
        return
    if not isinstance(country, str) or not country.strip():
        raise RulesError(f"{where}.holidays_country: expected a country code like \"CN\"", file=file)
    if subdiv is not None and not isinstance(subdiv, str):
        raise RulesError(f"{where}.holidays_subdivision: expected a code like \"BY\"", file=file)
    import holidays

    try:
        holidays.country_holidays(country.strip(), subdiv=(subdiv or "").strip() or None)
    except (NotImplementedError, ValueError) as exc:  # the package's words: "Country XX not available"
        raise RulesError(f"{where}: holidays: {exc}", file=file) from None
