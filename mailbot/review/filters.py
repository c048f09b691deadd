"""Jinja2 filters of the review pages: money, dates, confidence badges, evidence as hover text."""
from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from mailbot.review.service import LOW_CONFIDENCE


def money(value: Any, currency: Any = None) -> str:
    if value in (None, ""):
        return "—"
    return f"{value} {currency}" if currency else str(value)


def when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else "—"


def age(value: datetime | None, now: datetime | None = None) -> str:
    if not isinstance(value, datetime):
        return "—"
    from mailbot.store.models import utcnow

    if value.tzinfo is None:  # stored timestamps are aware UTC; tolerate a naive one as UTC
        value = value.replace(tzinfo=UTC)
    seconds = max(0, int(((now or utcnow()) - value).total_seconds()))
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} d"


def confidence_class(value: float | None) -> str:
    if value is None:
        return "conf-none"
    if value < LOW_CONFIDENCE:
        return "conf-low"
    return "conf-mid" if value < 0.95 else "conf-high"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


def evidence_text(value: Any) -> str:
    """Evidence (page/sheet/cell and snippet) as one line for a title attribute."""
    if value in (None, "", {}):
        return ""
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items() if v not in (None, ""))[:500]
    if isinstance(value, list):
        return " | ".join(evidence_text(v) for v in value)[:500]
    return str(value)[:500]


def show(value: Any) -> str:
    """Any stored value (audit old/new, document fields) as short readable text."""
    if value is None:
        return "—"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)[:300]
    return str(value)


def field_value(value: Any) -> str:
    """A value as an <input>'s content: empty for null."""
    return "" if value is None else str(value)


FILTERS = {"money": money, "when": when, "age": age, "confidence_class": confidence_class, "percent": percent,
           "evidence_text": evidence_text, "show": show, "field_value": field_value}
