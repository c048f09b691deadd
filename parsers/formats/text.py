"""Plain text and HTML (converted to text safely: no scripts run, no URLs fetched)."""
from __future__ import annotations

import re

from parsers.content import Content, Ctx, TextLine
from parsers.model import Limits


def decode_text(data: bytes) -> str:
    """Decode bytes of unknown charset: BOM/UTF-8 first, then charset-normalizer, then latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    return str(best) if best is not None else data.decode("latin-1", "replace")


def text_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


# a gap between two words of the text (not between tags); a cell gap if it holds a tab or two non-breaking spaces
_GAP_RE = re.compile(r"(?<=[^\s>])(?:[\t \xa0]|&nbsp;)+(?=[^\s<])")
_TAB_MARK = "\ue000"


# Outlook types a tab as a span of non-breaking spaces ("<span style='mso-tab-count:1'>&nbsp;&nbsp; </span>")
_TAB_SPAN_RE = re.compile(r"<span>(?:[ \xa0]|&nbsp;)*(?:&nbsp;|\xa0)(?:[ \xa0]|&nbsp;)*(?:&nbsp;|\xa0)(?:[ \xa0]|&nbsp;)*</span>")


def _cell_gap(m: re.Match[str]) -> str:
    gap = m.group(0)
    return _TAB_MARK if "\t" in gap or gap.count("&nbsp;") + gap.count("\xa0") >= 2 else gap


def html_to_text(html: str, limits: Limits) -> str:
    """Sanitize with nh3 (drops script/style and event handlers), then render tables/paragraphs as text."""
    import html2text
    import nh3

    html = html[: limits.max_text_chars * 5]
    clean = nh3.clean(html, tags={"p", "br", "div", "span", "table", "thead", "tbody", "tr", "td", "th", "ul", "ol",
                                  "li", "h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "i", "em", "pre", "hr",
                                  "blockquote", "font", "center"},
                      attributes={}, url_schemes=set(), link_rel=None, clean_content_tags={"script", "style"})
    # html2text renders <td> cells with " | " which our column splitter understands
    conv = html2text.HTML2Text()
    conv.body_width = 0
    conv.ignore_links = True
    conv.ignore_images = True
    conv.ignore_emphasis = True
    conv.bypass_tables = False
    # a table pasted into a mail as text keeps its cells apart by tabs (or runs of &nbsp;) that HTML rendering
    # collapses to one space: kept as a tab, the row still splits into its columns
    clean = _GAP_RE.sub(_cell_gap, _TAB_SPAN_RE.sub(_TAB_MARK, clean))
    text = conv.handle(clean).replace(_TAB_MARK, "\t")
    text = re.sub(r"^\s*[-|: ]+\s*$", "", text, flags=re.M)  # markdown table separator rows
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _content_from_text(text: str, ctx: Ctx) -> Content:
    text = text[: ctx.limits.max_text_chars]
    return Content(lines=[TextLine(t, {"line": i + 1}) for i, t in enumerate(text_lines(text))])


def parse_text(data: bytes, ctx: Ctx) -> Content:
    return _content_from_text(decode_text(data), ctx)


def parse_html(data: bytes, ctx: Ctx) -> Content:
    return _content_from_text(html_to_text(decode_text(data), ctx.limits), ctx)
