"""Parse amounts (1,234.56 / 1.234,56 / 1 234,56 / 1'234.56) and dates in many notations."""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

CURRENCY_SYMBOLS = {
    "€": "EUR", "$": "USD", "US$": "USD", "£": "GBP", "¥": "CNY", "RMB": "CNY", "CN¥": "CNY", "￥": "CNY",
    "元": "CNY", "CHF": "CHF", "Fr.": "CHF", "HK$": "HKD", "A$": "AUD", "C$": "CAD", "₹": "INR", "₩": "KRW",
    "R$": "BRL", "zł": "PLN", "Kč": "CZK", "kr": "SEK",
    # dollars of other countries and currencies named in Chinese ("美元" before the bare "元")
    "CA$": "CAD", "$ CA": "CAD", "$CA": "CAD", "AU$": "AUD", "NZ$": "NZD", "S$": "SGD", "MX$": "MXN",
    "美元": "USD", "欧元": "EUR", "歐元": "EUR", "英镑": "GBP", "日元": "JPY", "港币": "HKD", "港元": "HKD",
    "人民币": "CNY", "人民幣": "CNY", "新台币": "TWD", "新台幣": "TWD",
}
# a currency named in words next to an amount ("1.234,56 Euro", "in US dollars"); not searched in a whole
# text, where "Euro pallet" is a pallet
CURRENCY_WORDS = [(re.compile(r"(?i)(?<![^\W\d_])(?:euros?)(?![^\W\d_])"), "EUR"),
                  (re.compile(r"(?i)\bu\.?s\.?\s*dollars?\b"), "USD"),
                  (re.compile(r"(?i)\bpounds?\s+sterling\b"), "GBP"),
                  (re.compile(r"(?i)\bswiss\s+francs?\b"), "CHF"),
                  (re.compile(r"(?i)\b(?:renminbi|yuan)\b"), "CNY")]
# a number with optional thousands groups (',', '.', ' ', NBSP, "'", thin space) and decimals
AMOUNT_RE = re.compile(
    r"(?<![\w.,])[-−–]?\(?(?:\d{1,3}(?:[,.'\u00a0\u202f ]\d{3})+|\d+)(?:[.,]\d{1,4})?\)?(?![\w])")
MONTHS = {
    # en
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    # de
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    # fr
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    # es
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # abbreviations ERP exports print ("21-abr-2025", "3 janv. 2026", "5 Mrz 2026", "12 ago 2025")
    "ene": 1, "abr": 4, "ago": 8, "dic": 12, "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12,
    "mrz": 3, "mär": 3, "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10, "fev": 2,
    # it / pt / nl month names
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12, "januari": 1, "februari": 2, "maart": 3,
    "mei": 5, "augustus": 8,
}
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
DATE_PATTERNS = [
    ("iso", re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")),
    ("cjk", re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")),
    ("dmy_name", re.compile(rf"(?<!\w)(\d{{1,2}})\.?\s*(?:de\s+)?({_MONTH_ALT})\.?,?\s*(?:de\s+)?(\d{{4}})(?!\d)", re.I)),
    ("mdy_name", re.compile(rf"(?<!\w)({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.I)),
    ("num", re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])")),
    # "14-Mar-2026", "14-MAR-26", "14/Mar/2026": ERP and Asian exports join day, month name and year
    ("dmy_joined", re.compile(rf"(?<![\w-])(\d{{1,2}})([-/])({_MONTH_ALT})\.?\2(\d{{4}}|\d{{2}})(?!\d)", re.I)),
]


@dataclass
class FoundDate:
    """A parsed date with how sure we are (ambiguous d/m order lowers confidence)."""

    value: dt.date
    confidence: float
    snippet: str
    note: str | None = None


# an amount grouped by spaces or apostrophes groups thousands: three digits after every separator ("17 015,00",
# "1'234.50"; a space may also stand before the decimal part)
SPACE_GROUPED_RE = re.compile(r"[^\u00a0\u202f ']*|\d{1,3}(?:[\u00a0\u202f ']\d{3})*(?:[\u00a0\u202f ']?[.,]\d*)?")


def parse_amount(text: str, decimal_hint: str | None = None) -> Decimal | None:
    """Turn one printed amount into a Decimal, or None if it is not a plain amount."""
    s = text.strip().replace("\u2212", "-").replace("–", "-")
    neg = s.startswith("-") or (s.startswith("(") and s.endswith(")"))
    s = s.strip("-() ")
    if not SPACE_GROUPED_RE.fullmatch(s):
        return None  # "284 1177 42": a registration or account number printed in groups, no thousands grouping
    s = re.sub(r"[\u00a0\u202f ']", "", s)
    if not re.fullmatch(r"\d[\d.,]*", s):
        return None
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec_sep = "." if s.rfind(".") > s.rfind(",") else ","
    elif dots or commas:
        sep = "." if dots else ","
        tail = s.rsplit(sep, 1)[1]
        if (dots + commas) > 1:
            dec_sep = "" if len(tail) == 3 else None  # "1.234.567" is grouping; "1.2.3" is nonsense
            if dec_sep is None:
                return None
        elif len(tail) == 3 and decimal_hint != sep and s.rsplit(sep, 1)[0] not in ("0", ""):
            # "1,234" / "1.234": thousands grouping unless the partner says this sep is decimal
            dec_sep = ""
        else:
            dec_sep = sep
    else:
        dec_sep = ""
    if dec_sep:
        other = "," if dec_sep == "." else "."
        s = s.replace(other, "").replace(dec_sep, ".")
    else:
        s = s.replace(",", "").replace(".", "")
    try:
        value = Decimal(s)
    except InvalidOperation:
        return None
    return -value if neg else value


DOT_DECIMAL_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d{1,4}(?![\d.,])|(?<![\d.,])\d+\.\d{2}(?![\d.,])")
COMMA_DECIMAL_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:[.\u00a0\u202f ]\d{3})+,\d{1,4}(?![\d.,])|(?<![\d.,])\d+,\d{2}(?![\d.,])")


def infer_decimal_separator(text: str) -> str | None:
    """The document's decimal separator, from amounts that can only be read one way ("1,234.50", "12,50").

    A document writes all its amounts alike, so this settles "0.125"/"12.345" (three decimals, a unit price)
    that alone would look like thousands grouping. None when the evidence is absent or mixed."""
    dot = len(DOT_DECIMAL_RE.findall(text))
    comma = len(COMMA_DECIMAL_RE.findall(text))
    if dot >= 2 and comma * 4 <= dot:
        return "."
    if comma >= 2 and dot * 4 <= comma:
        return ","
    return None


def find_amounts(text: str, decimal_hint: str | None = None) -> list[tuple[Decimal, str]]:
    """All amounts in a string, left to right, with the matched snippet."""
    out = []
    for m in AMOUNT_RE.finditer(text):
        v = parse_amount(m.group(0), decimal_hint)
        if v is not None:
            out.append((v, m.group(0)))
    return out


# ISO codes that are also units or words set in capitals ("5,916 KGS", "ALL ITEMS", "CUP", "TOP"): only a
# currency next to a currency label or an amount's own label, never the first code anywhere in a text
CODE_WORDS = ("KGS", "ALL", "CUP", "TOP", "MAD", "GEL", "BOB", "MOP", "PEN", "SOS", "TRY", "AMD", "LAK")


# a long run of digits glued to the code, with no decimal part, continues a reference ("BAM26061100318"),
# unlike an amount written right after its currency ("EUR4426,00", "USD1,200.00")
# ("CHE-123.456.789": the Swiss company UID, three dotted groups after the country's letters)
# ("BTN31PSR066170": letters, digits, letters again, digits: a bank's reference; an amount never takes letters inside)
REFERENCE_AFTER_RE = re.compile(r"\d{7,}(?![\d.,])|[-/]?\d+[-/][A-Z0-9]|-\d{3}\.\d{3}\.\d{3}(?![\d.,])|"
                                r"\d+[A-Z]+\d|"
                                # "BIF-TR-370218": a bank's reference led by its initials, a letter code between
                                r"[-/][A-Z]{1,5}[-/]\d")


PALLET_AFTER_RE = re.compile(r"(?i)[\s-]?(?:pal+ets?|pal+etten?|palettes?|paletas?|pallets?|pal\b|托盘)")


@functools.cache
def withdrawn_currencies() -> frozenset[str]:
    """ISO codes of currencies withdrawn everywhere before 2010 ("BRN" the Brazilian cruzado novo, "FRF"): a
    capitalised abbreviation that spells one ("BRN" a business registration number) names no money today."""
    from babel.core import get_global

    ended: dict[str, bool] = {}
    for uses in get_global("territory_currencies").values():
        for code, _start, end, _tender in uses:
            old = end is not None and end[0] < 2010
            ended[code] = ended.get(code, True) and old
    return frozenset(code for code, old in ended.items() if old)


def find_currency(text: str, *, anywhere: bool = False) -> str | None:
    """ISO code or symbol in a string -> ISO 4217 code (None if none); `anywhere`: the string is a whole text."""
    from parsers.validate import iso_currencies

    for m in re.finditer(r"(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])", text):
        if REFERENCE_AFTER_RE.match(text, m.end()):
            continue  # "BAM26061100318": a bank's or a document's reference that starts with letters
        if PALLET_AFTER_RE.match(text, m.end()):
            continue  # "13 EUR pallets", "EUR-Paletten": the Euro pallet, a packing unit
        if m.group(1) in iso_currencies() and m.group(1) not in ("FOB", "CIF", "VAT", "PCS", "SET", "TAX") and \
                m.group(1) not in withdrawn_currencies() and \
                not (anywhere and m.group(1) in CODE_WORDS):
            return m.group(1)
    for sym in sorted(CURRENCY_SYMBOLS, key=len, reverse=True):
        if sym in ("kr", "Fr.", "元"):
            if re.search(rf"(?<![A-Za-z]){re.escape(sym)}(?![A-Za-z])", text):
                return CURRENCY_SYMBOLS[sym]
            continue
        if sym in text:
            return CURRENCY_SYMBOLS[sym]
    if not anywhere:
        for pattern, code in CURRENCY_WORDS:
            if pattern.search(text):
                return code
    return None


def _year(y: str) -> int:
    n = int(y)
    return n + 2000 if n < 100 else n


def find_dates(text: str, order: str | None = None) -> list[FoundDate]:
    """All dates in a string. `order` ("DMY"/"MDY") resolves d/m ambiguity; otherwise DMY with lower confidence."""
    out: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in DATE_PATTERNS:
        for m in pat.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            try:
                note = None
                conf = 0.95
                if kind in ("iso", "cjk"):
                    d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                elif kind == "dmy_name":
                    d = dt.date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
                elif kind == "dmy_joined":
                    d = dt.date(_year(m.group(4)), MONTHS[m.group(3).lower()], int(m.group(1)))
                    if len(m.group(4)) == 2:
                        conf = 0.85
                elif kind == "mdy_name":
                    d = dt.date(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
                else:
                    a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), _year(m.group(4))
                    if sep == "." and order != "MDY":
                        d, conf = dt.date(y, b, a), 0.9  # dotted dates are day-first everywhere they are used
                    elif a > 12:
                        d = dt.date(y, b, a)
                    elif b > 12 or a == b:
                        d = dt.date(y, a, b)
                    elif order == "MDY":
                        d, conf, note = dt.date(y, a, b), 0.85, "ambiguous day/month: read as month-first (MDY hint)"
                    elif order == "DMY":
                        d, conf, note = dt.date(y, b, a), 0.85, "ambiguous day/month: read as day-first (DMY hint)"
                    else:
                        d, conf, note = dt.date(y, b, a), 0.5, "ambiguous day/month: assumed day-first"
                    if len(m.group(4)) == 2:
                        conf = min(conf, 0.7)
            except (ValueError, KeyError):
                continue
            taken.append((m.start(), m.end()))
            out.append(FoundDate(d, conf, m.group(0), note))
    out.sort(key=lambda f: text.find(f.snippet))
    return out


# the years a document's date can fall in: a date-shaped phrase centuries away ("Avenida 25 de Setembro 1822", a
# street named after a day; "founded 1887") names no document's date and must not outbid the real one
DOCUMENT_YEARS = range(1990, 2101)


def document_dates(text: str, order: str | None = None) -> list[FoundDate]:
    """The dates in a string that can date a document (its issue, due or delivery date): `find_dates` without
    the ones implausibly far from the present, which are no candidates at all."""
    return [fd for fd in find_dates(text, order) if fd.value.year in DOCUMENT_YEARS]


# IATA air waybill number: a 3-digit airline prefix and an 8-digit serial whose last digit is the first seven
# modulo 7 ("932-40317281", "176 1234 5675"); the check digit keeps other 11-digit numbers out
AWB_RE = re.compile(r"(?<![\d\-/.])(\d{3})[-\s]?(\d{4})\s?(\d{4})(?![\d\-/.])")


def find_awb_number(text: str) -> str | None:
    """The first air waybill number in `text` whose check digit holds, as "PPP-SSSSSSSS"."""
    for m in AWB_RE.finditer(text):
        serial = m.group(2) + m.group(3)
        if m.group(1) != "000" and int(serial[:7]) % 7 == int(serial[7]) and (
                "-" in m.group(0) or " " in m.group(0)):
            return f"{m.group(1)}-{serial}"
    return None
