"""`classify_eml`: what mailbot makes of one raw message, with no mailbox or database."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from mailbot.classify.engine import classify_message
from mailbot.classify.rules import RuleSet, load_ruleset


def _domain(addr: str | None) -> str | None:
    return addr.rsplit("@", 1)[1].lower() if addr and "@" in addr else None


def classify_eml(raw: bytes, *, rules: RuleSet | Path | str | None = None, limits: Any = None,
                 own_addresses: Iterable[str] = (), company_domain: str | None = None) -> dict[str, Any]:
    """The classification.schema.json object for a raw RFC 5322 message (attachments parsed in isolation)."""
    from mailbot.config import default_data_dir
    from parsers import Limits, parse_body, parse_bytes
    from parsers.mime import parse_message

    ruleset = rules if isinstance(rules, RuleSet) else load_ruleset(Path(rules) if rules else default_data_dir("rules"))
    limits = limits or Limits()
    parsed = parse_message(raw)
    domain = _domain(parsed.from_addr)
    rules_dir = ruleset.path
    documents: list[dict[str, Any]] = []
    texts: list[str] = []
    body_text = parsed.text
    # Same order as the pipeline's parse step: attachments first, then the body.
    for part in parsed.attachments:
        result = parse_bytes(part.data, part.filename, limits=limits, rules_dir=rules_dir, sender_domain=domain)
        if result.text:
            texts.append(result.text)
        documents += [d.to_json() for d in result.documents]
    if parsed.text or parsed.html:
        result = parse_body(parsed.text, parsed.html, limits=limits, rules_dir=rules_dir, sender_domain=domain,
                            subject=parsed.subject)
        if not (parsed.text or "").strip() and result.text:
            body_text = result.text
        documents += [d.to_json() for d in result.documents]
    return classify_message(parsed, documents, texts, ruleset, body_text=body_text, own_addresses=own_addresses,
                            company_domain=company_domain).to_json()
