"""Never reply to machines: small header rules, checked here again although classification already did."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

# Defence in depth: the classifier sets Message.autoreply, but a reply loop is expensive enough that
# the module which actually sends mail looks at the headers itself. Each rule is tiny and pure
# (Mailman style) and returns a human-readable reason, which is stored on the suppressed Outbox row.


@dataclass(frozen=True)
class Incoming:
    """What the rules look at: a few headers of the partner's message and who we are."""

    headers: Mapping[str, str]
    from_addr: str | None
    return_path: str | None = None  # "" = the null reverse path "<>" of a bounce; None = no header
    content_type: str = "text/plain"
    subject: str | None = None
    has_delivery_status: bool = False
    own_addresses: frozenset[str] = field(default_factory=frozenset)
    own_domain: str | None = None


def _header(msg: Incoming, name: str) -> str | None:
    lname = name.lower()
    for key, value in msg.headers.items():
        if key.lower() == lname:
            return value
    return None


def _auto_submitted(msg: Incoming) -> str | None:
    value = _header(msg, "Auto-Submitted")
    if value is not None and value.strip().split(";")[0].strip().lower() not in ("", "no"):
        return f"Auto-Submitted: {value.strip()}"
    return None


def _precedence(msg: Incoming) -> str | None:
    value = (_header(msg, "Precedence") or "").strip().lower()
    return f"Precedence: {value}" if value in ("bulk", "list", "junk", "auto_reply") else None


def _mailing_list(msg: Incoming) -> str | None:
    for name in ("List-Id", "List-Unsubscribe", "List-Post"):
        if _header(msg, name):
            return f"mailing list ({name} header)"
    return None


def _suppress_header(msg: Incoming) -> str | None:
    value = _header(msg, "X-Auto-Response-Suppress")
    if value and any(t in value.lower() for t in ("all", "oof", "autoreply")):
        return f"X-Auto-Response-Suppress: {value.strip()}"
    for name in ("X-Autoreply", "X-Autorespond"):
        if _header(msg, name):
            return f"auto-reply ({name} header)"
    return None


def _loop(msg: Incoming) -> str | None:
    value = _header(msg, "X-Mailbot-Loop")
    return f"mail loop (X-Mailbot-Loop: {value.strip()})" if value else None


def _bounce(msg: Incoming) -> str | None:
    if msg.return_path == "":
        return "bounce (null return path)"
    if msg.content_type.lower() == "multipart/report" or msg.has_delivery_status:
        return "delivery or read report (multipart/report)"
    if _header(msg, "X-Failed-Recipients"):
        return "bounce (X-Failed-Recipients header)"
    return None


_MACHINE_LOCAL = re.compile(
    r"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|noreply-.*|bounces?(\+.*)?|mail-?daemon)$")


def _machine_sender(msg: Incoming) -> str | None:
    if not msg.from_addr or "@" not in msg.from_addr:
        return "no usable sender address"
    local = msg.from_addr.rsplit("@", 1)[0].lower()
    return f"machine sender ({msg.from_addr})" if _MACHINE_LOCAL.match(local) else None


def _own(msg: Incoming) -> str | None:
    addr = (msg.from_addr or "").lower()
    if addr in msg.own_addresses:
        return f"our own address ({addr})"
    domain = addr.rsplit("@", 1)[-1] if "@" in addr else ""
    own = (msg.own_domain or "").lower()
    if own and (domain == own or domain.endswith("." + own)):
        return f"our own domain ({domain})"
    return None


def _spam(msg: Incoming) -> str | None:
    value = (_header(msg, "X-Spam-Flag") or "").strip().lower()
    return "spam (X-Spam-Flag: YES)" if value == "yes" else None


# Out-of-office replies from clients that set none of the headers above still say so in the subject.
_OOO_SUBJECT = re.compile(
    r"^\s*(automatic reply|auto[- ]?reply|autoreply|out of (the )?office|abwesenheitsnotiz|"
    r"automatische antwort|abwesend|réponse automatique|absence|respuesta automática|fuera de la oficina)\b",
    re.IGNORECASE)


def _ooo_subject(msg: Incoming) -> str | None:
    return f"out-of-office subject ({msg.subject!r})" if msg.subject and _OOO_SUBJECT.match(msg.subject) else None


RULES: tuple[tuple[str, Callable[[Incoming], str | None]], ...] = (
    ("own-address", _own),
    ("loop-header", _loop),
    ("bounce", _bounce),
    ("auto-submitted", _auto_submitted),
    ("precedence", _precedence),
    ("mailing-list", _mailing_list),
    ("auto-response-suppress", _suppress_header),
    ("machine-sender", _machine_sender),
    ("spam", _spam),
    ("out-of-office-subject", _ooo_subject),
)


def machine_reason(msg: Incoming) -> str | None:
    """Why this message must get no automatic reply, or None if a human may be answered."""
    for _name, rule in RULES:
        reason = rule(msg)
        if reason:
            return reason
    return None
