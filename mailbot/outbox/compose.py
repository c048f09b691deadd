"""Render outbound mail from Jinja2 templates and build RFC 5322 bytes with threading and anti-loop headers."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid, parseaddr
from pathlib import Path
from typing import Any

import jinja2

from mailbot.config import Settings
from mailbot.errors import MailbotError


class TemplateError(MailbotError):
    """A template is missing or uses a variable that was not given (StrictUndefined)."""


@dataclass(frozen=True)
class Rendered:
    """One template rendered: the text part, the HTML part and the subject line it suggests."""

    text: str
    html: str
    subject: str
    language: str


class Templates:
    """Jinja2 templates of outbox_templates/, with per-language overrides in <lang>/ subfolders."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        # Autoescape for HTML only: partner-supplied strings (names, subjects, numbers) are hostile
        # input. StrictUndefined makes a forgotten variable an error instead of an empty hole in a mail.
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(self.root)),
            autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2"), default=False),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )

    def _pick(self, name: str, part: str, language: str) -> str:
        lang = _norm_lang(language)
        candidates = ([f"{lang}/{name}.{part}.j2"] if lang else []) + [f"{name}.{part}.j2"]
        for candidate in candidates:
            if (self.root / candidate).is_file():
                return candidate
        raise TemplateError(f"no template {name}.{part}.j2 in {self.root}")

    def language_of(self, name: str, language: str) -> str:
        """The language the mail will actually be written in (the override's, or the base's 'en')."""
        lang = _norm_lang(language)
        return lang if lang and (self.root / lang / f"{name}.txt.j2").is_file() else "en"

    def render(self, name: str, language: str, context: dict[str, Any]) -> Rendered:
        try:
            text = self.env.get_template(self._pick(name, "txt", language)).render(context)
            html = self.env.get_template(self._pick(name, "html", language)).render(context)
            subject_tpl = self._pick(name, "subject", language)
            subject = self.env.get_template(subject_tpl).render(context)
        except jinja2.TemplateError as exc:
            raise TemplateError(f"template {name!r} ({language}): {type(exc).__name__}: {exc}") from exc
        return Rendered(text=text, html=html, subject=" ".join(subject.split()),
                        language=self.language_of(name, language))


def _norm_lang(value: str | None) -> str:
    """'de-DE, en;q=0.8' -> 'de'; anything odd -> ''."""
    if not value:
        return ""
    first = value.split(",")[0].split(";")[0].strip().lower()
    first = first.replace("_", "-").split("-")[0]
    return first if re.fullmatch(r"[a-z]{2,3}", first) else ""


def pick_language(*candidates: str | None, default: str) -> str:
    """The first usable language code among partner hints (case, message, Content-Language), else the default."""
    for value in candidates:
        lang = _norm_lang(value)
        if lang:
            return lang
    return _norm_lang(default) or "en"


_RE_PREFIX = re.compile(r"^\s*((re|aw|antw|sv|vs|r|rif|ref|réf|tr|fw|fwd|wg)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)


def reply_subject(partner_subject: str | None, *, number: str | None, label: str, fallback: str) -> str:
    """'Re: ' once in front of the partner's subject, plus the order/claim number when it is not there yet."""
    base = _RE_PREFIX.sub("", partner_subject or "").strip()
    if not base:
        base = fallback
    if number and _compact(number) not in _compact(base):
        base = f"{base} ({label} {number})"
    return f"Re: {base}"


def _compact(value: str) -> str:
    return re.sub(r"[\s\-_/.]", "", value).upper()


def thread_headers(partner_message_id: str | None, partner_references: str | None) -> tuple[str | None, str | None]:
    """In-Reply-To and References for a reply (RFC 5322 §3.6.4): their References plus their Message-ID."""
    refs = re.findall(r"<[^<>\s]+>", partner_references or "")
    if partner_message_id and partner_message_id not in refs:
        refs.append(partner_message_id)
    # Long threads: keep the first (thread root) and the most recent ones so the header stays sane.
    if len(refs) > 20:
        refs = refs[:1] + refs[-19:]
    return partner_message_id, (" ".join(refs) or None)


def new_message_id(settings: Settings) -> str:
    return make_msgid(idstring="mailbot", domain=settings.company.domain)


def build_mime(settings: Settings, *, to: list[str], subject: str, rendered: Rendered, message_id: str,
               in_reply_to: str | None, references: str | None, auto_submitted: str = "auto-replied",
               now: datetime | None = None) -> bytes:
    """The complete RFC 5322 message: text and HTML alternatives, threading and anti-loop headers."""
    msg = EmailMessage()
    name, addr = parseaddr(settings.smtp.from_)
    msg["From"] = formataddr((name or settings.company.name, addr))
    msg["To"] = ", ".join(to)
    if settings.company.reply_to:
        msg["Reply-To"] = settings.company.reply_to
    msg["Subject"] = subject
    when = now or datetime.now(UTC)
    msg["Date"] = format_datetime(when if when.tzinfo else when.replace(tzinfo=UTC))
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    # RFC 3834: automatic mail says so, so that well-behaved responders never answer it; Exchange
    # honours X-Auto-Response-Suppress; our own loop header lets a second mailbot recognise us.
    msg["Auto-Submitted"] = auto_submitted
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Mailbot-Loop"] = settings.company.domain
    msg.set_content(rendered.text)
    msg.add_alternative(rendered.html, subtype="html")
    # After set_content: it drops Content-* headers set before it.
    msg["Content-Language"] = rendered.language
    return msg.as_bytes()
