"""Text helpers for the classifier: folding for matching, reply-quote splitting, subject prefixes."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

# Reply headers that start the quoted part of a reply, in the languages we see (folded, lower case).
_REPLY_HEADER_LINES = (
    re.compile(r"^on\b.{0,200}\bwrote:\s*$"),  # Gmail/Apple: "On Mon, 1 Jan 2024, X <x@y> wrote:"
    re.compile(r"^am\b.{0,200}\bschrieb.{0,80}:\s*$"),  # German Thunderbird/Gmail
    re.compile(r"^le\b.{0,200}\ba ecrit\s*:\s*$"),  # French (accents folded)
    re.compile(r"^el\b.{0,200}\bescribio\s*:\s*$"),  # Spanish
    re.compile(r"^-{2,}\s*(original message|urspr\w* nachricht|message d'origine|mensaje original)\s*-{2,}\s*$"),
    re.compile(r"^-{2,}\s*(forwarded message|weitergeleitete nachricht|message transfere|mensaje reenviado)\s*-{2,}\s*$"),
    re.compile(r"^_{10,}\s*$"),  # Outlook's separator line above "From: ... Sent: ..."
    re.compile(r"^-{5,}\s*(原始邮件|原邮件)\s*-{5,}\s*$"),
)
# Reply attributions that mail clients wrap over two or three lines ("Le 17 avril ... a écrit" / ":").
_ATTRIBUTION = re.compile(
    r"^(on|am|le|el|em|op|il)\b.{0,300}?\b(wrote|schrieb|a ecrit|escribio|escreveu|schreef|ha scritto)\b[^:\n]{0,40}:"
    r"|^.{0,200}(写道|寫道)\s*[:：]")
# Outlook-style header blocks: a From line followed within a few lines by Sent/Date.
_FROM_LINE = re.compile(r"^\*?(from|von|de|发件人|寄件者)\s*\*?\s*[:：]")
# Outlook writes "Envoyé le :" / "Enviado el:" in newer French and Spanish versions.
_SENT_LINE = re.compile(r"^\*?(sent|date|gesendet|datum|envoye( le)?|enviado( el)?|fecha|发送时间|时间|日期)\s*\*?\s*[:：]")

_SUBJECT_PREFIX = re.compile(
    r"^\s*((re|aw|wg|fw|fwd|tr|rv|enc|res|sv|vs|antw|ref|rif|回复|回覆|转发|轉寄|答复)\s*(\[\d+\])?\s*[:：]\s*)+", re.I)


@lru_cache(maxsize=1)
def _hant_table() -> dict[int, str]:
    """Traditional -> Simplified Chinese characters (Unihan's one-to-one simplified variants, a data file here),
    read on the first Chinese text rather than at import."""
    path = Path(__file__).with_name("hant_to_hans.txt")
    pairs = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {ord(p[0]): p[1] for p in pairs if len(p) == 2 and not p.startswith("#")}


# Hong Kong and Taiwan write 詢價, 訂單, 付款條件: folded to 询价, 订单, 付款条件 they meet the Simplified vocabulary.
_CJK = re.compile(r"[\u4e00-\u9fff]")


def simplified(text: str) -> str:
    """Traditional Chinese characters as their Simplified forms, one for one; any other text unchanged."""
    return text.translate(_hant_table()) if _CJK.search(text) else text


def fold(text: str) -> str:
    """Lower case, compatibility-normalised, accents removed: 'Mängelrüge' and 'MANGELRUGE' compare equal.

    Traditional Chinese characters become their Simplified forms ('訂單' and '订单' compare equal too).
    """
    text = unicodedata.normalize("NFKC", text).lower()
    text = simplified(text)
    decomposed = unicodedata.normalize("NFD", text)
    # Only combining marks go; Hangul/CJK stay intact because both sides are folded the same way.
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped.replace("ß", "ss"))


def strip_subject_prefixes(subject: str) -> str:
    """'Re: AW: Fwd: PO 123' -> 'PO 123' (reply/forward markers say nothing about the business)."""
    return _SUBJECT_PREFIX.sub("", subject or "").strip()


_REPLY_PREFIX = re.compile(r"^\s*(re|aw|antw|sv|vs|res|ref|rif|回复|回覆|答复)\s*(\[\d+\])?\s*[:：]", re.I)


# "RV:" is Spanish Outlook's forward (reenviado), "ENC:" Portuguese (encaminhado).
_FORWARD_PREFIX = re.compile(r"^\s*(fw|fwd|wg|tr|rv|enc|転送|转发|轉寄)\s*(\[\d+\])?\s*[:：]", re.I)


def is_forward_subject(subject: str) -> bool:
    """'Fwd: ...' / 'WG: ...' / 'TR: ...' / '转发: ...': the forwarded mail below is the content, not old news."""
    return bool(_FORWARD_PREFIX.match(subject or ""))


def is_reply_subject(subject: str) -> bool:
    """'Re: ...' / 'AW: ...' / '回复: ...' (a forward, 'Fwd:', is not: it passes the original topic on)."""
    return bool(_REPLY_PREFIX.match(subject or ""))


def split_quoted(body: str) -> tuple[str, str]:
    """Split a plain-text body into (what the sender wrote now, the quoted earlier mail).

    Everything from the first reply header ("On ... wrote:", "-----Original Message-----", an Outlook
    From:/Sent: block, "Von: ... Gesendet:", "De : ... Envoyé :", "发件人:") on, and every "> " line,
    is quoted: it repeats old words that would otherwise vote for an earlier stage of the deal.
    """
    lines = (body or "").splitlines()
    marked, cut = _quote_marks(lines)
    fresh = [line for i, line in enumerate(lines[:cut]) if i not in marked]
    quoted = [lines[i].lstrip().lstrip("> ") for i in sorted(marked)] + lines[cut:]
    return "\n".join(fresh).strip(), "\n".join(quoted).strip()


def quoted_lines(lines: list[str]) -> set[int]:
    """The indexes of the quoted lines of a body's lines (see `split_quoted`); the parsers use them to keep a
    quoted mail's declarations ("please treat this mail as our order") out of a reply's own text."""
    marked, cut = _quote_marks(lines)
    return marked | set(range(cut, len(lines)))


def _quote_marks(lines: list[str]) -> tuple[set[int], int]:
    """The "> " lines before the first reply header, and that header's index (the number of lines without one)."""
    marked: set[int] = set()
    for i, line in enumerate(lines):
        folded = fold(line.strip())
        if any(p.match(folded) for p in _REPLY_HEADER_LINES):
            return marked, i
        # An attribution wraps over consecutive lines only: "El importe ... fue abonado hoy." over a blank line
        # and "On Tue, ... wrote:" is the sender's sentence, then the header of the quote.
        wrapped = []
        for x in lines[i:i + 3]:
            if not x.strip():
                break
            wrapped.append(fold(x.strip()))
        if folded and _ATTRIBUTION.match(" ".join(wrapped)[:400]):
            return marked, i
        if _FROM_LINE.match(folded) and any(_SENT_LINE.match(fold(nxt.strip())) for nxt in lines[i + 1:i + 5]):
            return marked, i
        if line.lstrip().startswith(">"):
            marked.add(i)
    return marked, len(lines)


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


# Bounded patterns (hostile mail is long): a bare web address, the host of an address.
_URL = re.compile(r"\bhttps?://[^\s<>\"')\]]{1,2000}", re.I)
_HOST = re.compile(r"(?:https?://|\bwww\.)([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})", re.I)
_MAX_LINKS = 50


class _Anchors(HTMLParser):
    """The anchors of an HTML body as (visible text, href); the standard library's tolerant parser copes with
    broken and hostile markup that a pattern would misread."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._href = next((v for k, v in attrs if k == "href" and v), None)
            self._text = []

    def handle_data(self, data: str) -> None:
        if self._href is not None and sum(map(len, self._text)) < 500:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            if len(self.links) < _MAX_LINKS:
                self.links.append((" ".join("".join(self._text).split()), self._href.strip()[:2000]))
            self._href = None


def web_links(text: str, html: str | None) -> list[tuple[str, str]]:
    """(visible text, target) of the HTML anchors, then the bare http(s) addresses in `text` (at most 50)."""
    anchors = _Anchors()
    if html:
        anchors.feed(html[:500000])
        anchors.close()
    links = anchors.links[:_MAX_LINKS]
    for m in _URL.finditer(text[:200000]):
        if len(links) >= _MAX_LINKS:
            break
        url = m.group(0).rstrip(".,;:!?")  # the sentence's full stop is no part of the address
        links.append((url, url))
    return links


def same_site(a: str, b: str) -> bool:
    """Whether two domains are one site: equal, or one a subdomain of the other ("mail.acme.test", "acme.test")."""
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def link_host(text: str) -> str | None:
    """The host a web address names ("https://a.b.test/x" -> "a.b.test", "www.b.test" -> "www.b.test")."""
    m = _HOST.search(text or "")
    return m.group(1).lower().rstrip(".") if m else None
