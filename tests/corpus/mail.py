"""Build RFC 5322 messages in the styles of common mail clients (Outlook, Gmail, Apple Mail, HTML-only)."""
from __future__ import annotations

import datetime as dt
import html
import textwrap
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

# CRLF on disk: the files are RFC 5322 messages as an MTA would store/deliver them.
POLICY = policy.default.clone(linesep="\r\n")

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "zh": ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}

# Outlook's quoted-header block, per UI language: From, Sent, To, Subject.
OUTLOOK_HDR = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "zh": ("发件人", "发送时间", "收件人", "主题"),
}
REPLY_PREFIX = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "zh": "回复: "}
FORWARD_PREFIX = {"en": "Fwd: ", "de": "WG: ", "fr": "TR : ", "es": "RV: ", "zh": "转发: "}


@dataclass
class Sent:
    """What a later reply needs to quote from an earlier message."""

    from_: str
    to: str
    date: dt.datetime
    subject: str
    text: str
    message_id: str
    references: list[str] = field(default_factory=list)


def long_date(d: dt.datetime, lang: str) -> str:
    wd = WEEKDAYS[lang][d.weekday()]
    hm = d.strftime("%H:%M")
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日 {wd} {hm}"
    if lang == "en":
        return f"{wd}, {MONTHS['en'][d.month - 1]} {d.day}, {d.year} {d.strftime('%I:%M %p')}"
    return f"{wd}, {d.day}. {MONTHS[lang][d.month - 1]} {d.year} {hm}" if lang == "de" else \
        f"{wd} {d.day} {MONTHS[lang][d.month - 1]} {d.year} {hm}"


def quote_intro(style: str, lang: str, prev: Sent) -> str:
    """The 'On ... wrote:' line of Gmail and Apple Mail."""
    d = prev.date
    if style == "apple":
        if lang == "de":
            return f"Am {d.day}.{d.month:02d}.{d.year} um {d:%H:%M} schrieb {prev.from_}:"
        if lang == "fr":
            return f"Le {d.day} {MONTHS['fr'][d.month - 1]} {d.year} à {d:%H:%M}, {prev.from_} a écrit :"
        return f"On {d.day} {MONTHS['en'][d.month - 1][:3]} {d.year}, at {d:%H:%M}, {prev.from_} wrote:"
    if lang == "es":
        return f"El {WEEKDAYS['es'][d.weekday()][:3]}, {d.day} {MONTHS['es'][d.month - 1][:3]} {d.year} a las {d:%H:%M}, {prev.from_} escribió:"
    if lang == "zh":
        return f"{prev.from_} 于{d.year}年{d.month}月{d.day}日{WEEKDAYS['zh'][d.weekday()]} {d:%H:%M}写道："
    if lang == "de":
        return f"Am {d.day}. {MONTHS['de'][d.month - 1]} {d.year} um {d:%H:%M} schrieb {prev.from_}:"
    if lang == "fr":
        return f"Le {d.day} {MONTHS['fr'][d.month - 1]} {d.year} à {d:%H:%M}, {prev.from_} a écrit :"
    return f"On {WEEKDAYS['en'][d.weekday()][:3]}, {MONTHS['en'][d.month - 1][:3]} {d.day}, {d.year} at {d.strftime('%I:%M %p')} {prev.from_} wrote:"


def _paras_html(text: str, cls: str | None = None) -> str:
    attr = f' class="{cls}"' if cls else ""
    out = []
    for line in text.split("\n"):
        out.append(f"<p{attr}>{html.escape(line) if line else '&nbsp;'}</p>" if cls else
                   (f"{html.escape(line)}<br>" if line else "<br>"))
    return "\n".join(out)


def bodies(style: str, lang: str, text: str, prev: Sent | None) -> tuple[str | None, str | None]:
    """(plain, html) bodies with the previous message quoted the way the client does it."""
    plain = text
    html_doc = None
    if style == "outlook":
        hdr = ""
        hdr_html = ""
        if prev:
            f, s, t, subj = OUTLOOK_HDR[lang]
            block = f"{f}: {prev.from_}\n{s}: {long_date(prev.date, lang)}\n{t}: {prev.to}\n{subj}: {prev.subject}"
            hdr = "\n\n________________________________\n" + block + "\n\n" + prev.text
            hdr_html = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                        + _paras_html(block, "MsoNormal") + "</div>\n" + _paras_html(prev.text, "MsoNormal"))
        plain = text + hdr
        html_doc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                    '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>'
                    '</head><body lang=EN-GB link="#0563C1"><div class=WordSection1>\n'
                    + _paras_html(text, "MsoNormal") + "\n" + hdr_html + "\n</div></body></html>")
    elif style in ("gmail", "html"):
        quoted = ""
        quoted_html = ""
        if prev:
            intro = quote_intro("gmail", lang, prev)
            quoted = "\n\n" + intro + "\n" + "\n".join("> " + ln if ln else ">" for ln in prev.text.split("\n"))
            quoted_html = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(intro)
                           + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                           + _paras_html(prev.text) + "</blockquote></div>")
        plain = text + quoted
        html_doc = '<div dir="ltr">' + _paras_html(text) + "</div><br>" + quoted_html
        if style == "html":
            plain = None
    elif style == "apple":
        quoted = ""
        quoted_html = ""
        if prev:
            intro = quote_intro("apple", lang, prev)
            quoted = "\n\n" + intro + "\n\n" + "\n".join("> " + ln if ln else ">" for ln in prev.text.split("\n"))
            quoted_html = ("<div><br><blockquote type=\"cite\"><div>" + html.escape(intro) + "</div><br>"
                           + _paras_html(prev.text) + "</blockquote></div>")
        plain = text + quoted
        html_doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                    '<body style="overflow-wrap: break-word;">' + _paras_html(text) + quoted_html + "</body></html>")
    else:  # plain
        if prev:
            plain = text + "\n\n" + quote_intro("gmail", lang, prev) + "\n" + "\n".join(
                "> " + ln for ln in prev.text.split("\n"))
    return plain, html_doc


def flowed(text: str) -> str:
    """format=flowed (RFC 3676): long lines soft-wrapped with a trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 72 or line.startswith(">"):
            out.append(line)
            continue
        parts = textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in parts[:-1])
        out.append(parts[-1])
    return "\n".join(out)


MAILERS = {"outlook": "Microsoft Outlook 16.0", "apple": "Apple Mail (2.3774.600.62)"}


def build(*, style: str, lang: str, from_: str, to: str, cc: str | None, subject: str, date: dt.datetime,
          message_id: str, text: str, prev: Sent | None = None, in_reply_to: str | None = None,
          references: list[str] | None = None,
          attachments: list[tuple[str, bytes, str]] = (),
          extra_headers: list[tuple[str, str]] = (), forwarded: EmailMessage | None = None) -> EmailMessage:
    """One message; attachments are (filename, bytes, mime type); forwarded is attached as message/rfc822."""
    msg = EmailMessage(policy=POLICY)
    msg["From"] = from_
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = " ".join(references or [in_reply_to])
    msg["MIME-Version"] = "1.0"
    if style in MAILERS:
        msg["X-Mailer"] = MAILERS[style]
    if style == "outlook":
        msg["Thread-Index"] = "AdrB" + message_id.strip("<>").split("@")[0][:20]
        msg["Content-Language"] = {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "zh": "zh-CN"}[lang]
    for k, v in extra_headers:
        msg[k] = v
    plain, html_doc = bodies(style, lang, text, prev)
    if plain is not None:
        if style == "apple":
            msg.set_content(flowed(plain), params={"format": "flowed", "delsp": "no"})
        else:
            msg.set_content(plain)
        if html_doc is not None:
            msg.add_alternative(html_doc, subtype="html")
    else:
        msg.set_content(html_doc, subtype="html")
    for filename, data, mime in attachments:
        maintype, subtype = mime.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    if forwarded is not None:
        msg.add_attachment(forwarded)
    return msg


def fix_boundaries(msg: EmailMessage, tag: str) -> None:
    """Give every multipart a deterministic boundary (the email package draws random ones)."""
    for i, part in enumerate(msg.walk()):
        # message/rfc822 and message/delivery-status count as multipart here but take no boundary.
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_Part_{tag}_{i}")


def to_bytes(msg: EmailMessage, tag: str) -> bytes:
    fix_boundaries(msg, tag)
    return msg.as_bytes(policy=POLICY)
