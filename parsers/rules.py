"""Optional per-partner parsing overrides from rules/partners/<domain>.toml."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from mailbot.errors import RulesError

_ALLOWED_KEYS = {"date_order", "decimal_separator", "default_currency", "labels", "doc_type"}
_DOMAIN_RE = re.compile(r"^[a-z0-9.-]+$")


def load_partner_rules(rules_dir: Path | None, sender_domain: str | None) -> dict[str, Any]:
    """Return the overrides for a sender domain ({} when there is no file); broken files raise RulesError."""
    if not rules_dir or not sender_domain:
        return {}
    domain = sender_domain.strip().lower()
    if not _DOMAIN_RE.match(domain) or ".." in domain:
        return {}  # never let a hostile domain walk the file system
    base = Path(rules_dir)
    path = base / "partners" / f"{domain}.toml"
    if not path.exists():
        path = base / f"{domain}.toml"  # rules_dir may point at rules/partners itself
        if not path.exists():
            return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RulesError(str(exc), file=str(path)) from exc
    unknown = set(data) - _ALLOWED_KEYS
    if unknown:
        raise RulesError(f"unknown keys {sorted(unknown)}", file=str(path))
    if data.get("date_order") not in (None, "DMY", "MDY", "YMD"):
        raise RulesError("date_order must be DMY, MDY or YMD", file=str(path))
    if data.get("decimal_separator") not in (None, ",", "."):
        raise RulesError("decimal_separator must be ',' or '.'", file=str(path))
    labels = data.get("labels", {})
    if not isinstance(labels, dict) or not all(isinstance(v, list) for v in labels.values()):
        raise RulesError("[labels] must map field names to lists of strings", file=str(path))
    return data
