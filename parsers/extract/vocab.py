"""Load label vocabularies (parsers/vocab/labels.toml) merged with partner overrides."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

VOCAB_FILE = Path(__file__).resolve().parent.parent / "vocab" / "labels.toml"
ORDERISH = ("order", "po ", "po#", "p.o", "po no", "po number", "bestell", "auftrag", "commande", "pedido", "订单",
            "采购")


@lru_cache(maxsize=1)
def base_vocab() -> dict[str, Any]:
    """The built-in vocabulary (read once; immutable use only)."""
    return tomllib.loads(VOCAB_FILE.read_text(encoding="utf-8"))


# eq=False: identity hashing; label sets are cache keys and hashing 600 regexes per lookup was the hot spot
@dataclass(frozen=True, eq=False)
class Label:
    """One label phrase and the field (or role/doc type) it stands for."""

    field: str
    text: str
    rank: int  # position in its list: earlier = more specific
    pattern: re.Pattern[str]


# "{no}" in a label: an optional number marker (No. / Nr. / N° / N.º / Nº / # / number / Nummer / número)
# "Invoice-No.", "Rech.-Nr.", "№": a hyphen may join label and marker; the Cyrillic numero sign is common in exports
# "Fattura n. 123", "ordine n. PO-88": Italian and Spanish write a bare "n." before the number
# "Narudžbenica br. 12", "Račun broj 7": Serbian, Croatian and Bosnian abbreviate "broj" (number) to "br." (the
# stop and a space required: "Order BR-7" keeps its number)
# "Núm. de OC", "Nro. de pedido": Spanish abbreviates "número" to "Núm." / "Nro." as well
NO_CORE = (r"[\s\-]*(?:n\.?\s*[°º]|№|no\b\.?|nr\b\.?|nro\b\.?|n[uú]m\b\.?|nbr\b\.?|number\b|nummer\b|"
           r"número\b|numéro\b|#|br\.(?=\s)|broj\b|n\.(?=\s*[\w#]))")
NO_MARKER = f"(?:{NO_CORE})?"

# "No facture", "N° d'expédition": the marker may come without a dot, the article elided
PRE_CORE = (r"(?:n\.?\s*[°º]|no\b\.?|nr\.|nro\b\.?|n[uú]m\b\.?|numéro|número|nummer)"
            r"\s*(?:de\s+la\s+|de\s+|du\s+|del\s+|des\s+|d['’]\s*)?")
PRE_MARKER = f"(?:{PRE_CORE})?"


# Simplified -> Traditional forms of the characters in the Chinese labels: Taiwan and Hong Kong print
# "採購單號" for "采购单号"; each label matches both scripts
TRADITIONAL = str.maketrans(
    "采购单号码订发价货条币额总计税卖买运检验报据项规数种编务户应实开银汇证书签约装质结认确销费赔诉询盘参凭业别细试达输预类对账电话联络为",
    "採購單號碼訂發價貨條幣額總計稅賣買運檢驗報據項規數種編務戶應實開銀匯證書簽約裝質結認確銷費賠訴詢盤參憑業別細試達輸預類對賬電話聯絡為")
# "conditions de paiement" / "conditions paiement", "fecha de pago" / "fecha pago": ERP captions drop the
# article-less "de"; a "de"/"du"/"del" between two words of a label is optional
OPTIONAL_DE_RE = re.compile(r"(?<=\w)\\s\*(de|du|del|des)\\s\*(?=\w)")


def _compile(text: str, colon_required: bool, marker_required: bool = False) -> re.Pattern[str]:
    marker = text.endswith("{no}")
    text = text.replace("{no}", "").strip()
    esc = re.escape(text).replace(r"\ ", r"\s*")
    esc = OPTIONAL_DE_RE.sub(lambda m: rf"\s*(?:{m.group(1)}\s+)?", esc)
    esc = "".join(f"[{ch}{ch.translate(TRADITIONAL)}]" if ch.translate(TRADITIONAL) != ch else ch for ch in esc)
    # CJK labels have no word boundaries; latin ones must not start/end inside a word
    cjk = bool(re.search(r"[\u3000-\u9fff]", text))
    lead = "" if cjk else r"(?<![^\W\d_])"
    trail = "" if cjk or not text[-1].isalnum() else r"(?![^\W\d_])"
    if marker and not cjk and text[-1].isalnum():
        trail += r"\.?"  # abbreviated label before the marker: "Inv. No.", "Doc. No.", "Rech.-Nr."
    tail = r"\s*(?:no\.?|nr\.?|n°|nº|#|number)?\s*[:：]" if colon_required else ""
    # "N° de commande", "Número de pedido": the marker may also stand before the label
    prefix = PRE_MARKER if marker and not cjk else ""
    if marker and marker_required and not cjk:
        # a bare title ("COMMERCIAL INVOICE") is no number label: it needs "No."/"N°"... or a colon
        body = f"(?:{PRE_CORE}{esc}{trail}{NO_MARKER}|{esc}{trail}(?:{NO_CORE}|(?=\\s*[:：])))"
        return re.compile(lead + body + tail, re.I)
    return re.compile(lead + prefix + esc + trail + (NO_MARKER if marker else "") + tail, re.I)


def labels(group: str, extra: dict[str, list[str]] | None = None) -> tuple[Label, ...]:
    """Labels of a vocab group, longest first; short bare labels ("no", "vat") need a colon after them."""
    key = tuple(sorted((k, tuple(v)) for k, v in (extra or {}).items()))
    return _labels(group, key)


@lru_cache(maxsize=64)
def _labels(group: str, extra_key: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[Label, ...]:
    data = base_vocab()[group]
    extra = {k: list(v) for k, v in extra_key}
    out: list[Label] = []
    for field in [*data, *(k for k in extra if k not in data)]:
        merged = list(extra.get(field, [])) + list(data.get(field, []))
        for rank, w in enumerate(merged):
            if group == "numbers" and field in extra and w in extra[field] and "{no}" not in w:
                w += " {no}"
            elif group == "numbers" and "{no}" not in w and re.fullmatch(r"[\u3000-\u9fff]+", w):
                w += " {no}"  # "订单编号 N.º", "发票号码 No.": a Chinese caption with its Latin translation's marker
            # bare "no"/"nr"/"n°" as a number label only counts with a colon after it
            out.append(Label(field, w.replace("{no}", "").strip().lower(), rank,
                             _compile(w, len(w) <= 3 and w.isascii() and group == "numbers",
                                      marker_required=group == "numbers")))
    out.sort(key=lambda lab: len(lab.text), reverse=True)
    return tuple(out)


@lru_cache(maxsize=256)
def _combined(labs: tuple[Label, ...]) -> re.Pattern[str]:
    # one alternation instead of one regex per label: the longest label is tried first
    return re.compile(r"^[\W_]?(?:" + "|".join(f"(?P<g{i}>{lab.pattern.pattern})" for i, lab in enumerate(labs)) + ")",
                      re.I)


_SYMBOL = re.compile(r"[\W_]")


def _plain(ch: str) -> bool:
    # characters whose case-insensitive equals are known here: ASCII, and the caseless CJK ideographs
    return ch < "\x80" or "\u3000" <= ch <= "\u9fff"


@lru_cache(maxsize=256)
def _first_chars(labs: tuple[Label, ...]) -> tuple[frozenset[str], ...]:
    """Per label, the plain characters its match can start with: its first letter in either case and script,
    and the "n" of a number marker written before it ("N° de commande")."""
    out = []
    for lab in labs:
        alts = {lab.text[:1], lab.text[:1].translate(TRADITIONAL)}
        cls = re.compile("[" + "".join(re.escape(a) for a in alts) + "]", re.I)
        chars = {chr(c) for c in range(128) if cls.fullmatch(chr(c))} | {a for a in alts if _plain(a)}
        if PRE_CORE in lab.pattern.pattern:
            chars |= {"n", "N"}
        out.append(frozenset(chars))
    return tuple(out)


def _starting_with(labs: tuple[Label, ...], ch: str, symbol: bool) -> re.Pattern[str] | None:
    # the alternation of only the labels that can start with `ch` (after the leading symbol), in their order
    alts = [f"(?P<g{i}>{lab.pattern.pattern})" for i, lab in _candidates(labs, ch)]
    if not alts:
        return None
    return re.compile(("^[\\W_]" if symbol else "^") + "(?:" + "|".join(alts) + ")", re.I)


@lru_cache(maxsize=4096)
def _candidates(labs: tuple[Label, ...], ch: str) -> tuple[tuple[int, Label], ...]:
    firsts = _first_chars(labs)
    return tuple((i, lab) for i, lab in enumerate(labs) if ch in firsts[i])


# Compiling an alternation costs ~1.5 ms; an isolated parse runs in a fresh child that would compile hundreds of
# them for one document (~0.7 s on top of a 0.15 s parse). So a (label set, letter) pair is first matched one
# label at a time with the patterns compiled with the vocabulary, and gets its alternation once it is used often.
_COMPILE_AFTER = 32
_by_start: dict[tuple[tuple[Label, ...], str, bool], int | re.Pattern[str] | None] = {}


def _match_by_start(labs: tuple[Label, ...], ch: str, symbol: bool, text: str) -> tuple[Label, re.Match[str]] | None:
    key = (labs, ch, symbol)
    entry = _by_start.get(key, 0)
    if isinstance(entry, int) and entry < _COMPILE_AFTER:
        if len(_by_start) > 50_000:  # partner vocabularies make new label sets; keep the table bounded
            _by_start.clear()
        _by_start[key] = entry + 1
        # the same answer as the alternation: its first alternative (in label order) that matches here
        pos = 1 if symbol else 0
        for _, lab in _candidates(labs, ch):
            if m := lab.pattern.match(text, pos):
                return lab, m
        return None
    if isinstance(entry, int):
        entry = _by_start[key] = _starting_with(labs, ch, symbol)
    if entry is None or not (m := entry.match(text)) or m.lastgroup is None:
        return None
    return labs[int(m.lastgroup[1:])], m


def warm() -> None:
    """Compile every built-in label set now, so children forked after this start with the patterns in place
    (each isolated parse otherwise compiles them again: ~0.25 s of regexes per child)."""
    for group in base_vocab():
        _first_chars(labels(group))


def match_start(labs: list[Label] | tuple[Label, ...], text: str) -> tuple[Label, re.Match[str]] | None:
    """The longest label at the start of `text` (one leading symbol allowed), with its match; the match ends
    where the label ends, and may start after the leading symbol."""
    tup = tuple(labs)
    if not tup or not text:
        return None
    # the whole alternation tries each of hundreds of labels at every call (the parse's hot spot): only the
    # labels that can start with the text's first letter are tried, the same way ("[\W_]?" first consumes a
    # leading symbol, then gives it back); letters with unusual case folding take the whole alternation
    symbol = bool(_SYMBOL.match(text[0]))
    if not _plain(text[0]) or symbol and len(text) > 1 and not _plain(text[1]):
        m = _combined(tup).match(text)
        if not m or m.lastgroup is None:
            return None
        return tup[int(m.lastgroup[1:])], m
    if symbol and len(text) > 1 and (found := _match_by_start(tup, text[1], True, text)):
        return found
    return _match_by_start(tup, text[0], False, text)


def whole_label(labs: list[Label] | tuple[Label, ...], text: str) -> bool:
    """True when `text` (lower case, trimmed) is one of the labels and nothing more: "invoice", "payment advice"."""
    found = match_start(labs, text)
    return found is not None and found[1].end() >= len(text)


def is_orderish(label: str) -> bool:
    low = label.lower() + " "
    return any(k in low for k in ORDERISH)
