"""Line items from ruled tables (pdf/xlsx/docx) and from whitespace-aligned text lines."""
from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache
from typing import Any

from parsers.content import Table, TextLine
from parsers.extract.numbers import parse_amount
from parsers.extract.vocab import TRADITIONAL, Label, base_vocab, labels, match_start
from parsers.model import LineItem

NUMERIC_ROLES = ("quantity", "unit_price", "amount")
# any letters as the unit ("Stück", "uds", "个", "m²"), not only ASCII
_QTY_UNIT = re.compile(r"^\s*([-\d.,'\u00a0 ]*\d)\s*((?:[^\W\d_]|[.²³])(?:[^\W\d_]|[.²³/]){0,9})?\s*$")
# currency codes and signs, including the dollar prefixes of other dollars ("A$", "NZ$", "HK$", "R$") and
# the written signs of rupee, franc, zloty, crowns and yuan ("12.50 元"): the amount is the number next to them; Canadian French writes
# the country after the sign ("1 253,16 $ CA")
_MONEY_CLEAN = re.compile(r"\$\s?[A-Z]{2}\b|[A-Z]{0,3}\$|[A-Z]{3}|[€£¥￥₹₩₽₺₪฿₫₱元]|RMB|\bRs\.?|\bFr\.|zł|\bkr\.?", re.I)
# columns: 2+ spaces (plain-text mail tables), a tab, or a pipe (HTML tables rendered by html2text)
SPLIT_RE = re.compile(r"\s{2,}|\t|\s*\|\s*")


def _role_of(cell: str, columns: list[Label]) -> tuple[str, int] | None:
    # narrow columns wrap header words ("Descriptio\nn"): try with and without the line breaks
    for low in dict.fromkeys((" ".join(cell.lower().split()), "".join(cell.lower().split("\n")).strip())):
        if not low or len(low) > 60:
            continue
        found = match_start(columns, low)
        # the header cell must essentially be the label (plus unit/currency decorations)
        if found and len(low) - len(found[0].text) <= 14:
            return found[0].field, found[0].rank
        # a longer heading made only of one role's labels: bilingual "商品名称 Product Description"
        if found and len(low) <= 60 and pure_role(low, columns) == found[0].field:
            return found[0].field, found[0].rank
    # a bilingual heading stacked or slashed ("Miktar\nQty", "Birim Fiyat / Unit Price"): the part in a
    # language the vocabulary knows names the column, when no known part says otherwise
    parts = [p for p in re.split(r"\n|\s+/\s+", cell or "") if p.strip()]
    if len(parts) >= 2:
        found_parts = [r for r in (_role_of(p, columns) for p in parts) if r]
        if found_parts and len({r[0] for r in found_parts}) == 1:
            return found_parts[0]
        # "物料名称 / 规格型号" over "Description": a heading naming its column's text in two parts (name and
        # specification) over its translation; each line read whole agrees on the role
        stacked = [p for p in (cell or "").split("\n") if p.strip()]
        by_line = [_role_of(p, columns) for p in stacked] if len(stacked) >= 2 else []
        if by_line and all(by_line) and len({r[0] for r in by_line if r}) == 1:
            return by_line[0]
    return None


def split_header(cells: list[str], columns: list[Label]) -> list[str]:
    """Split header cells that hold two column names ("Cantidad Precio unitario") into two cells."""
    out: list[str] = []
    for cell in cells:
        words = cell.split()
        done = False
        # a label of the whole cell reaching past a split point ("Precio unit. USD" is "precio unit." and its
        # currency, not "Precio" and a unit column) is not cut there
        whole = match_start(columns, " ".join(words).lower())
        whole_end = whole[1].end() if whole else 0
        if len(words) >= 2 and (_role_of(cell, columns) is None or len(cell) > 12):
            for k in range(1, len(words)):
                left, right = " ".join(words[:k]), " ".join(words[k:])
                if len(left) < whole_end:
                    continue
                lr, rr = _role_of(left, columns), _role_of(right, columns)
                if lr and rr and lr[0] != rr[0] and match_start(columns, left.lower()) and \
                        len(left) - len(match_start(columns, left.lower())[0].text) <= 3:
                    out.extend([left, right])
                    done = True
                    break
        if not done:
            out.append(cell)
    return out


def _role_of_half(cell: str, columns: list[Label]) -> str | None:
    """The role of the words at the end or the start of a heading of 2-6 words without digits, when those
    words alone are a pure heading and the rest holds no label at all."""
    words = cell.split()
    if not 2 <= len(words) <= 6 or re.search(r"\d", cell):
        return None
    found: set[str] = set()
    for k in range(1, len(words)):
        for known, rest in ((words[k:], words[:k]), (words[:k], words[k:])):
            role = pure_role(" ".join(known), columns)
            if role and not any(match_start(columns, " ".join(rest[j:]).lower()) for j in range(len(rest))):
                found.add(role)
    return found.pop() if len(found) == 1 else None


_BARE_NUMBER = re.compile(r"[-+(]?\d[\d.,'\u00a0 ]*%?\)?")
_LABELLED_VALUE = re.compile(r"[^\W\d][^\d:：]{0,30}[:：]\s*\S*\d")


def header_roles(cells: list[str], columns: list[Label]) -> dict[int, str] | None:
    """Map column index -> role when the row looks like a line-item header, else None."""
    if any(_LABELLED_VALUE.match(" ".join(part.split())) for c in cells for part in (c or "").split("\n")):
        # "SKU: VK50-101 ... pcs" under an item, also on a line of its own in the description cell ("Hose 2m" /
        # "SKU: 465272"): a labelled value, not a heading (headings carry no values)
        return None
    if sum(1 for c in cells if c and (_BARE_NUMBER.fullmatch(c.strip()) or _CENTS.search(c))) >= 2:
        # an item row whose words happen to be labels ("pcs", "SKU: ...", "Part No. CG-7558") has its prices
        # too, bare or with their currency ("68.87 EUR", "€688.70")
        return None
    roles: dict[int, str] = {}
    generic: list[int] = []
    found_roles = [_role_of(cell or "", columns) for cell in cells]
    supplier = [i for i, cell in enumerate(cells) if _supplier_heading(cell or "")]
    if len(supplier) == 1:
        # "Store Code | Supplier Part No. | Description": the buyer's stock code beside the supplier's part number;
        # the supplier's is the code its goods are known and shipped by, whichever column comes first
        roles[supplier[0]] = "sku"
    # "Artikel | Artikelnummer": a bare name heading that also reads as a code ("Artikel", "Article") beside a
    # heading that says number or code holds the article's name; the numbered heading is the code
    numbered_code = any(r and r[0] == "sku" and not _generic_heading(c or "", columns)
                        for c, r in zip(cells, found_roles, strict=True))
    for i, cell in enumerate(cells):
        r = found_roles[i]
        if i in roles:
            continue
        if (r is None or r[0] == "description" or r[0] == "sku" and numbered_code) and \
                _generic_heading(cell or "", columns):
            generic.append(i)  # "Item", "Artikel", "Material": decided once the other headings are known
            continue
        if r and r[0] not in roles.values():
            roles[i] = r[0]
        elif r and r[0] == "amount" and "unit_price" not in roles.values():
            # "Price ... Total": a second money column after the first price means amount
            roles[i] = "amount"
    for i, cell in enumerate(cells):
        # a bilingual heading on one line, its other half in a language the vocabulary lacks ("Idadi Qty",
        # "Jumlah Quantity"): the known words at its start or end name it, for a role no other heading has
        if i in roles or i in generic:
            continue
        half = _role_of_half(cell or "", columns)
        if half and half not in roles.values():
            roles[i] = half
    for n, i in enumerate(generic):
        # "Item | Description": next to a real description heading the generic column holds the item code
        # (or, when there is a code column too, the position); alone it is the description. Of two generic
        # columns ("Item | Item | Description") the first is the position
        taken = set(roles.values())
        if n < len(generic) - 1:
            roles[i] = "pos"
            continue
        roles[i] = "description" if "description" not in taken else "sku" if "sku" not in taken else "pos"
    roles = dict(sorted(roles.items()))
    found = set(roles.values())
    if _report_counts(found):
        return None
    if "inspected" in found and "quantity" not in found:
        # priced rejects (a claim's or a credit note's lines): the count rejected is the lines' quantity
        roles = {i: "quantity" if ro == "inspected" else ro for i, ro in roles.items()}
        found = set(roles.values())
    numeric = found & set(NUMERIC_ROLES)
    if len(found) >= 2 and numeric and (found & {"description", "sku"} or len(numeric) >= 2):
        return roles
    return None


def _report_counts(found: set[str]) -> bool:
    """"Qty shipped | Qty damaged": the counts of a survey, an inspection or a claim without money are a report's
    list of parts, not order lines (the quantity beside them is what was shipped or checked)."""
    return "inspected" in found and not found & {"unit_price", "amount"}


def _counts_heading(cells: list[str], columns: list[Label]) -> bool:
    """Headings naming a report's counts and no money (see `_report_counts`)."""
    found = {r[0] for r in (_role_of(c, columns) for c in cells if c) if r}
    return _report_counts(found)


def _supplier_heading(cell: str) -> bool:
    """A column heading naming the supplier's own code ("Supplier Part No.", "Réf. fournisseur", "供应商料号")."""
    low = " ".join(cell.lower().split()).rstrip(" .:：#")
    m = _supplier_code_re().pattern.split("(?P<code>")[0]
    return bool(low) and len(low) <= 40 and re.fullmatch(rf"{m}\s*(?:[(\[][^)\]]*[)\]])?", low, re.I) is not None


def _generic_heading(cell: str, columns: list[Label]) -> bool:
    """"Item", "Activity", "Product/Service" - also as one half of a stacked bilingual heading ("Nama Barang" over
    "Artículo") whose other half names nothing the vocabulary knows."""
    if _generic_item().fullmatch(" ".join(cell.lower().split())):
        return True
    parts = [" ".join(p.lower().split()) for p in cell.split("\n") if p.strip()]
    if len(parts) == 2 and parts[0].endswith(" /") and _generic_item().fullmatch(parts[0][:-2]):
        # "Item /" over "Pos.": a two-language caption wrapped at its slash, the translation naming the position
        return (r := _role_of(parts[1], columns)) is None or r[0] in ("description", "pos")
    roles = [_role_of(p, columns) for p in parts]
    return len(parts) >= 2 and any(_generic_item().fullmatch(p) for p in parts) and all(
        r is None or r[0] == "description" for r in roles)


def _code_label_rx(label: str) -> str:
    """A caption of labels.toml [item_text] code_label as a pattern: inner dots optional, spaces and hyphens
    loose ("art.-nr" reads "Art.-Nr.", "Art. Nr", "Artnr"), a final dot required ("ref." is no "Ref"); Chinese
    in both scripts and without word boundaries."""
    if re.search(r"[\u3000-\u9fff]", label):
        return f"(?:{re.escape(label)}|{re.escape(label.translate(TRADITIONAL))})"
    out = ""
    for n, ch in enumerate(label):
        if ch == "." and n < len(label) - 1:
            out += r"\.?"
        elif ch == " ":
            out += r"\s*"
        elif ch == "-":
            out += r"\s*-?\s*"
        else:
            out += re.escape(ch)
    return rf"\b{out}" + (r"\b\.?" if re.match(r"\w", label[-1]) else "")


@lru_cache(maxsize=1)
def _sku_in_text() -> re.Pattern[str]:
    """A caption of the item code inside a text ("Bolt M8 Art.-Nr.: 4711", "Varenr. QB-0120") and the code."""
    caps = sorted(base_vocab()["item_text"]["code_label"], key=len, reverse=True)
    return re.compile(rf"(?i)(?:{'|'.join(_code_label_rx(c) for c in caps)})"
                      r"\s*[:：#.]?\s*([A-Z0-9][A-Z0-9\-/._]*\d[A-Z0-9\-/._]*)")


@lru_cache(maxsize=1)
def _generic_item() -> re.Pattern[str]:
    """A generic item heading (labels.toml [item_text] generic), alone or two joined ("Product/Service")."""
    vocab = base_vocab()["item_text"]
    word = "(?:" + "|".join(re.escape(w) for w in sorted(vocab["generic"], key=len, reverse=True)) + ")"
    joiner = "(?:" + "|".join(re.escape(w) for w in sorted(vocab["generic_joiners"], key=len, reverse=True)) + ")"
    return re.compile(rf"{word}(?:\s*{joiner}\s*{word})?\s*[.:]?")


@lru_cache(maxsize=1)
def _supplier_code_re() -> re.Pattern[str]:
    """A label naming the supplier's own code (labels.toml [item_text] supplier_code) and the code after it;
    Chinese labels in both scripts and without word boundaries."""
    alts = []
    for w in sorted(base_vocab()["item_text"]["supplier_code"], key=len, reverse=True):
        esc = re.escape(w).replace(r"\ ", r"\s*")
        if re.search(r"[\u3000-\u9fff]", w):
            alts.append(f"(?:{esc}|{re.escape(w.translate(TRADITIONAL))})")
        else:
            alts.append(rf"(?<![^\W\d_]){esc}")
    return re.compile(rf"(?:{'|'.join(alts)})\.?\s*[:：#]?\s*(?P<code>[^\W_][\w\-/.]*\d[\w\-/.]*|\d[\w\-/.]*)", re.I)


def _supplier_code(text: str) -> tuple[str, str] | None:
    """(the supplier's code, the text without the label and code) when the text labels the supplier's own code
    ("Lief.-Teilenr.: RM-500", "Réf. fournisseur AB-12"): on a buyer's order the code column may hold the
    buyer's part number, and the supplier's code is the one the supplier needs."""
    m = _supplier_code_re().search(text or "")
    if m is None or len(code := m["code"].strip("._-/")) < 2:
        return None
    rest = re.sub(r"[(\[]\s*[)\]]", " ", f"{text[:m.start()]} {text[m.end():]}")  # "Bearing (Vendor item X)"
    return code, re.sub(r"\s+([,;])", r"\1", " ".join(rest.split())).strip(_SEPS)


# the unit in brackets after the quantity ("30 (EA)", "12 [pcs]"), as e-procurement portals print it
_BRACKET_UNIT = re.compile(r"\s*[(\[]\s*((?:[^\W\d_]|[.²³])(?:[^\W\d_]|[.²³/]){0,9})\s*[)\]]\s*$")


# "× 4" / "x 12": a web shop's order print sets a multiplication sign before the quantity (price × qty = total)
_TIMES_QTY = re.compile(r"^\s*[×✕xX]\s*(?=\d)")


def _qty(cell: str, decimal_hint: str | None) -> tuple[float | None, str | None]:
    m = _QTY_UNIT.match(_BRACKET_UNIT.sub(r" \1", _TIMES_QTY.sub("", cell or "")))
    if not m:
        return None, None
    v = parse_amount(m.group(1), decimal_hint)
    return (float(v) if v is not None else None), (m.group(2) or None)


_PER_UNIT = re.compile(r"\s*(?:/\s*[^\W\d_]+\.?|per\s+[^\W\d_]+\.?|each|ea\.?|je\s+[^\W\d_]+\.?|/\s*\d*\s*[^\W\d_]+"
                       r"|(?<=\s)(?:je|per|pro)\.?)$", re.I)  # "je" alone: "Stk" wrapped onto the cell's next line


def _money(cell: str, decimal_hint: str | None) -> Decimal | None:
    # "12.50/pc", "3,20 je Stk", "4.10 each": the price, not a text
    # (per-unit words first: the currency cleaner would eat "Stk"/"eac" as if they were currency codes)
    s = _MONEY_CLEAN.sub("", _PER_UNIT.sub("", (cell or "").strip())).strip()
    v = parse_amount(s, decimal_hint) if s else None
    if v is not None and v.as_tuple().exponent < -2:  # type: ignore[operator]
        # "0.1250" (a sheet's number made unambiguous, or a print with 4 decimals) is 0.125; cents stay
        v = max(v.normalize(), v.quantize(Decimal("0.01")), key=lambda d: -d.as_tuple().exponent)  # type: ignore[operator]
    return v


def _counted_item(row: list[str], roles: dict[int, str], decimal_hint: str | None) -> bool:
    """A row that starts with a totals word but is an item ("Total station TS-16", 2 pcs, 4,100.00): a quantity
    and a price or amount. A totals row whose one number stands under the quantity heading (totals printed
    left of the amount column) is no item."""
    def has(role: str, read: Any) -> bool:
        return any(i < len(row) and read(row[i]) for i, ro in roles.items() if ro == role)

    qty = has("quantity", lambda c: _qty(c, decimal_hint)[0] is not None)
    if not qty:
        return False
    if "unit_price" not in roles.values() and "amount" not in roles.values():
        return True  # a packing list: the quantity is all there is
    return has("unit_price", lambda c: _money(c, decimal_hint) is not None) or \
        has("amount", lambda c: _money(c, decimal_hint) is not None)


# a caption in two languages, the first a word the vocabulary may not know: "Ukupno / Summe", "PDV / MwSt."
_FIRST_LANGUAGE = re.compile(r"^[^\W\d_][^\W\d_.]{0,15}\.?\s*/\s*(?=[^\W\d_])")


def _caption_halves(low: str) -> list[str]:
    """The text, and when it opens with a one-word caption and a slash, the text after the slash too."""
    m = _FIRST_LANGUAGE.match(low)
    return [low, low[m.end():]] if m else [low]


def is_total_row(text: str, total_labels: list[Label]) -> bool:
    low = text.lower().strip()
    return any(match_start(total_labels, half) is not None for half in _caption_halves(low))


_HYPHEN_WRAP = re.compile(r"(?<=\w)-[ \t]*\n\s*(?=\w)")


def _settle_reading(data: dict[str, Any], raw: dict[str, str]) -> None:
    """"55.987" is 55987 in a decimal-comma document, unless the cell comes from a spreadsheet printed in
    another locale: when quantity x price = amount fails, the one reading of the ambiguous quantity/price
    cells that makes it hold wins."""
    q, p, a = data.get("quantity"), data.get("unit_price"), data.get("amount")
    if q is None or p is None or a is None or _close(Decimal(str(q)), p, a):
        return
    qs = {v for v in (_qty(raw["quantity"], h)[0] for h in (".", ",")) if v is not None}
    ps = {v for v in (_money(raw["unit_price"], h) for h in (".", ",")) if v is not None}
    fits = [(x, y) for x in qs for y in ps if _close(Decimal(str(x)), y, a)]
    if len(fits) > 1:
        # "1,200 x 32.087" and "1.2 x 32087" both fit: quantities are counted in whole units far more often
        fits = [f for f in fits if float(f[0]).is_integer()] or fits
    if len(fits) > 1:
        # "1.000 x 26.235" = 1000 x 26.235 or 1 x 26235: the quantity as the document writes numbers, the
        # price (the cell a spreadsheet prints with three decimals) re-read
        fits = [f for f in fits if f[0] == data["quantity"]]
    if len(fits) == 1:
        data["quantity"], data["unit_price"] = fits[0]


_PCT = re.compile(r"\s*[-+]?\d+(?:[.,]\d+)?\s*%")


def _no_rate(cell: str) -> str:
    # a tax/discount rate right-aligned into the neighbouring column ("100 Stk 19 %"): no part of the number
    rest = _PCT.sub("", cell).strip()
    return rest or cell


# the item code leading a description cell: "[GM010-01T] Gearbox" (web shop and ERP prints), a code on the cell's
# first line with the text below it, or "GM010-01T – Gearbox"; a code has a digit and is no measure ("M8", "25 mm")
_BRACKET_CODE = re.compile(r"\[\s*([^\W_][\w\-/.]*\d[\w\-/.]*|[^\W_]*\d[\w\-/.]*)\s*\]\s*(.*)", re.S)
_LINE_CODE = re.compile(r"([^\W_][\w\-/.]{3,})[ \t]*\n\s*(\S.*)", re.S)
_DASH_CODE = re.compile(r"([^\W_][\w\-/.]{3,})\s+[–—-]\s+(\S.*)", re.S)


# capitals, a hyphen and one digit, maybe more letter groups between ("UP-6", "MBR-HS-6", "TCP-GT-3"): a code, since a
# measure puts no hyphen between its letters and its number
_HYPHENED_ONE_DIGIT = re.compile(r"[A-Z]{2,}(?:-[A-Z]{1,4})*-[A-Z]{0,4}\d")


def _leading_code(cell: str) -> tuple[str, str] | None:
    text = _HYPHEN_WRAP.sub("-", cell.strip())
    m = _BRACKET_CODE.fullmatch(text)
    if m and len(m[1]) <= 40:
        return m[1], m[2]
    for rx in (_LINE_CODE, _DASH_CODE):
        m = rx.fullmatch(text)
        # letters and digits both ("GM010-01T"), or a long digit code ("4711-0815"): not "DN25" nor a year;
        # before a spaced dash also letters, a hyphen and one digit ("CA-5 - Sensor": a measure has no hyphen)
        # (over the text on a line of its own also capitals, hyphens and one digit: "MBR-HS-6", "UP-6")
        if m and len(m[1]) <= 40 and _is_code(m[1]) and (sum(ch.isdigit() for ch in m[1]) >= 2 or (
                rx is _DASH_CODE and re.fullmatch(r"[^\W\d_]{2,}-\d", m[1])) or (
                rx is _LINE_CODE and _HYPHENED_ONE_DIGIT.fullmatch(m[1]))) and \
                re.search(r"[^\W\d_]", m[2]) and not re.fullmatch(r"[^\W\d_]+\d{1,3}", m[1]):
            return m[1], m[2]
    return None


# an ERP position number: short, zero-padded ("0010", "00020") or a sub-position ("1.1", "10.2.1")
_POSITION_SHAPED = re.compile(r"\d{1,3}|0\d{2,5}|\d{1,3}(?:\.\d{1,3})+")
_NUMBER_THEN_UNIT = re.compile(r"(\d[\d.,]*)\s+([^\W\d_]{1,10}\.?)")


def item_from_cells(cells: list[str], roles: dict[int, str], decimal_hint: str | None) -> LineItem | None:
    data: dict[str, Any] = {}
    raw: dict[str, str] = {}
    for i, role in roles.items():
        cell = (cells[i] if i < len(cells) else "").strip()
        if cell and role in NUMERIC_ROLES:
            cell = _no_rate(cell)
        if not cell:
            continue
        raw[role] = cell
        if role == "quantity":
            q, unit = _qty(cell, decimal_hint)
            if q is None:
                return None  # a text in the quantity column: not an item row
            data["quantity"] = q
            if unit and "unit" not in data:
                data["unit"] = unit
        elif role in ("unit_price", "amount"):
            v = _money(cell, decimal_hint)
            if v is None:
                return None
            data[role] = v
        elif role == "unit":
            data["unit"] = cell[:20]
        else:
            # a code broken at its hyphen by a narrow cell ("XA-" / "6020") is one word again
            data[role] = " ".join(_HYPHEN_WRAP.sub("-", cell).split())[:300]
    if "unit_price" not in data and "unit_price" not in roles.values() and data.get("amount") is not None and \
            data.get("quantity") and re.fullmatch(r"(?:[A-Z]{3}\s?|[$€£¥])?\d[\d.,']*[.,]\d{2,3}", raw.get("unit", "")) and \
            (price := _money(raw["unit"], decimal_hint)) is not None and \
            _close(Decimal(str(data["quantity"])), price, data["amount"]):
        # "Qty | Unit | Ext" (American shorthand): the "Unit" column holds prices, quantity x it = the amount
        data["unit_price"] = price
        data.pop("unit", None)
    _settle_reading(data, raw)
    for role in ("description", "sku"):
        labelled = _supplier_code(raw.get(role, ""))
        if labelled:
            # the buyer's part number in the code column, the supplier's labelled under the text
            data["sku"] = labelled[0]
            if role == "description":
                data["description"] = labelled[1][:300] or None
            break
    if data.get("sku") and not data.get("description") and "\n" in raw.get("sku", ""):
        # one cell under a joint heading ("Part Number / Description"): the code on its first line, the text below
        code = _leading_code(raw["sku"])
        if code:
            data["sku"], data["description"] = code[0], " ".join(code[1].split())[:300] or None
    if not data.get("sku") and raw.get("description"):
        code = _leading_code(raw["description"])
        if code:
            data["sku"], data["description"] = code[0], " ".join(code[1].split())[:300] or None
    if data.get("sku") and _POSITION_SHAPED.fullmatch(data["sku"]) and data.get("description") and \
            _sku_in_text().search(data["description"]):
        del data["sku"]  # "Item" over position numbers, the code labelled in the description ("Item code: 4711")
    if not data.get("sku") and data.get("description"):
        # no code column: "Bolt M8 Art.-Nr.: 4711" / "Item code: AB-1" inside the description cell
        m = _sku_in_text().search(data["description"])
        if m:
            data["sku"] = m.group(1).strip("._-/")
            # "SKU: AB-12" on a line of its own below the text: the code, not part of the description
            rest = [ln for ln in raw["description"].splitlines() if not _sku_in_text().fullmatch(ln.strip())]
            if rest and len(rest) < len(raw["description"].splitlines()):
                data["description"] = " ".join(" ".join(rest).split())[:300]
    if not (data.get("description") or data.get("sku")):
        return None
    if not data.get("description") and _PCT.fullmatch(data["sku"]):
        return None  # "21 %" under a code heading: a row of a tax breakdown ("Rate | Net | Tax | Gross")
    if not any(k in data for k in NUMERIC_ROLES):
        return None
    return LineItem(**data)


def items_from_tables(tables: list[Table], columns: list[Label], total_labels: list[Label],
                      decimal_hint: str | None) -> tuple[list[LineItem], dict[str, Any] | None]:
    """Find header rows anywhere in a table (a sheet has its header far down), read item rows until a total
    row; a headerless table with the same width as the last item table continues it (next page)."""
    blocks: list[tuple[dict[int, str], list[list[str]]]] = []
    evidence = None
    roles: dict[int, str] | None = None
    width = 0
    dormant: tuple[dict[int, str], Any] | None = None  # ended by a page subtotal; may go on next page
    for table in tables:
        continuing = roles is not None and bool(table.rows) and len(table.rows[0]) == width
        if not continuing:
            roles = None
        if roles is None and dormant is not None and table.rows and len(table.rows[0]) == width and \
                table.loc.get("page", 0) > dormant[1] and any(
                _consistent_row(r, dormant[0], decimal_hint) for r in table.rows[:3]):
            roles, dormant = dormant[0], None
            blocks.append((roles, []))
        skip = -1
        for r, row in enumerate(table.rows):
            if r == skip:
                continue
            found = header_roles(row, columns) if len(row) >= 2 else None
            prev = table.rows[r - 1] if r > 0 else None
            if found and r - 1 != skip and prev and len(prev) == len(row) and sum(1 for c in prev if c) >= 2 and \
                    not any(re.search(r"\d", c) for c in prev):
                # the second row of a two-row heading ("Short" / "Text", "HS" / "Code") reads as a header by
                # itself ("Code", "Price"): the first row's words belong to it
                joined_row = [f"{a}\n{b}" if a and b else a or b for a, b in zip(prev, row, strict=True)]
                both = header_roles(joined_row, columns)
                if both and _weight(both) > _weight(found):
                    found, row = both, joined_row
            if found:
                nxt = table.rows[r + 1] if r + 1 < len(table.rows) else None
                if nxt and len(nxt) == len(row) and any(nxt) and not any(re.search(r"\d", c) for c in nxt):
                    # a heading over two rows ("Unit" / "Price"): the cells joined, if they read as well
                    joined_row = [f"{a}\n{b}" if a and b else a or b for a, b in zip(row, nxt, strict=True)]
                    both = header_roles(joined_row, columns)
                    if both and _weight(both) >= _weight(found):
                        found, skip, row = both, r + 1, joined_row
                roles, width = found, len(row)
                blocks.append((roles, []))
                evidence = evidence or {**table.loc, "snippet": " | ".join(c for c in row if c)[:120]}
                continue
            if roles is None:
                continue
            joined = " ".join(c for c in row if c)
            if (is_total_row(joined, total_labels) or _totals_caption_beside(row, roles, total_labels)) and \
                    not _counted_item(row, roles, decimal_hint):
                dormant = (roles, table.loc.get("page", 0)) if table.loc.get("page") else None
                roles = None  # the table ended; another header may follow further down
                continue
            blocks[-1][1].extend(_stacked_rows(row, roles, decimal_hint))
    blocks = [_merged_text_rows(roles, rows, decimal_hint) for roles, rows in blocks]
    # ruled cells are unambiguous: a row with one number (a freight line with only its amount) is an item
    items = items_from_blocks(blocks, decimal_hint, min_numbers=1)
    return items, (evidence if items else None)


def _totals_caption_beside(row: list[str], roles: dict[int, str], total_labels: list[Label]) -> bool:
    """"Remarks | Based on … | Total Before Discount | 14272.3": a sheet's footer puts a totals caption in a cell
    of its own right of the remarks, the amount in a cell after it; the row is no item and ends the table (a
    totals word in the description column is an item's text)."""
    for k, cell in enumerate(row):
        if k == 0 or not cell or roles.get(k) == "description" or re.search(r"\d", cell) or len(cell) > 40:
            continue
        if is_total_row(cell, total_labels) and any(re.search(r"\d", c) for c in row[k + 1:]):
            return True
    return False


def _stacked_rows(row: list[str], roles: dict[int, str], decimal_hint: str | None) -> list[list[str]]:
    """A PDF table whose item rows are drawn without rules between them comes out as ONE row whose cells each
    hold N stacked lines (an accounting package's voucher print): N quantities, N prices or amounts, N of every
    other cell (a text column may wrap each item onto the same k lines: k*N) -> N rows. A text wrapped beside
    one quantity (N = 1), lines that are not all numbers, or cells of other line counts keep the row."""
    lines = [[ln for ln in c.splitlines() if ln.strip()] for c in row]
    q = next((j for j, ro in roles.items() if ro == "quantity" and j < len(row)), None)
    if q is None:
        return [row]
    n = len(lines[q])
    if n < 2 or any(_qty(ln, decimal_hint)[0] is None for ln in lines[q]):
        return [row]
    money = [j for j, ro in roles.items() if ro in ("unit_price", "amount") and j < len(row) and lines[j]]
    if not money or any(len(lines[j]) != n or any(_money(ln, decimal_hint) is None for ln in lines[j])
                        for j in money):
        return [row]
    for j, cell in enumerate(lines):
        if cell and len(cell) != n and not (roles.get(j) in _TEXT_ROLES and len(cell) % n == 0):
            return [row]
    out: list[list[str]] = []
    for i in range(n):
        out.append(["\n".join(cell[i * (len(cell) // n):(i + 1) * (len(cell) // n)]) if cell else ""
                    for cell in lines])
    return out


def _merged_text_rows(roles: dict[int, str], rows: list[list[str]], decimal_hint: str | None
                      ) -> tuple[dict[int, str], list[list[str]]]:
    """Two-row items in a ruled table (docx, xlsx): the item's row holds its code in the text column and the
    numbers, the row below one text in a cell merged across the row (one cell filled, starting at or left of
    the code). Read as in a PDF (`_text_rows_under_codes`): the code column and the text below decided on the
    whole table; any other row leaves the table as it was."""
    items: list[list[str]] = []
    under: dict[int, tuple[int, str, list[str]]] = {}
    for row in rows:
        filled = [j for j, c in enumerate(row) if c.strip()]
        if _is_item_row(row, roles, decimal_hint):
            items.append(row)
            continue
        if not items or len(filled) != 1 or not re.search(r"[^\W\d_]{3}", row[filled[0]]):
            return roles, rows
        last = items[-1]
        k = next((j for j, ro in sorted(roles.items()) if ro in _TEXT_ROLES and j < len(last) and last[j].strip()),
                 None)
        if k is None or filled[0] > k:
            return roles, rows
        under.setdefault(id(last), (k, last[k], []))[2].append(" ".join(row[filled[0]].split()))
    if not under:
        return roles, rows
    new_roles, new_rows = _text_rows_under_codes(roles, items, under)
    return (new_roles, new_rows) if new_rows is not items else (roles, rows)


def _segments(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for part in SPLIT_RE.split(text):
        idx = text.find(part, pos)
        if part.strip():
            out.append((idx, part.strip()))
        pos = idx + len(part)
    return out


def _semicolon_cells(text: str) -> list[str]:
    """The cells of a line typed or pasted as semicolon-separated values ("Pos.; Art.-Nr.; Menge; Preis")."""
    return [c.strip() for c in text.split(";")] if text.count(";") >= 2 else []


def items_from_lines(lines: list[TextLine], columns: list[Label], total_labels: list[Label],
                     decimal_hint: str | None) -> tuple[list[LineItem], dict[str, Any] | None]:
    """Whitespace-aligned tables: a header line names the columns; item lines follow (across pages). A header
    whose cells are separated by semicolons (a spreadsheet range saved or typed as CSV into a mail) makes its
    rows split at the semicolons too."""
    if any(line.words for line in lines):
        # PDF layout: word positions align cells with their headings better than whitespace does
        found = items_from_positioned_lines(lines, columns, total_labels, decimal_hint)
        if found[0]:
            return found
    items: list[LineItem] = []
    evidence = None
    roles: list[str] | None = None
    semicolons = False
    misses = 0
    for n, line in enumerate(lines):
        segs = _segments(line.text)
        cells = [s for _, s in segs]
        if semicolons and roles is not None and len(semi := _semicolon_cells(line.text)) == len(roles):
            cells = semi
        found = None
        if len(cells) >= 2:
            found = header_roles(cells, columns)
        if (semi := _semicolon_cells(line.text)) and len(semi) > len(cells) and \
                (by_semi := header_roles(semi, columns)) and len(by_semi) >= 3 and len(by_semi) > len(found or {}):
            found, cells, semicolons = by_semi, semi, True
        elif found:
            semicolons = False
        if found and not semicolons:
            split = split_header(cells, columns)
            if len(split) != len(cells):
                found_split = header_roles(split, columns)
                if found_split and (not found or len(found_split) > len(found)):
                    found, cells = found_split, split
        if found and line.words and n + 1 < len(lines) and _is_continuation(lines[n + 1], line) and \
                _counts_heading([c[2] for c in header_cells([line.words, lines[n + 1].words or []], columns)],
                                columns):
            roles = None  # "Qty" / "received", "Qty" / "rejected": a report's counts (see _positioned_header)
            continue
        if found:
            roles = [found.get(i, "description" if i == 0 else "other") for i in range(len(cells))]
            evidence = evidence or {**line.loc, "snippet": line.text[:120]}
            misses = 0
            continue
        if roles is None:
            continue
        if is_total_row(line.text, total_labels):
            roles = None  # table ended; a later header (next page) starts it again
            continue
        if items and cells and re.match(r"[/(,;:+]|[a-zäöüß]", cells[0]):
            misses += 1
            continue  # "/V2A   Basismenge: 1 Stk": the wrapped rest of the previous row, not a new item
        item = _item_from_segments(cells, roles, decimal_hint)
        if item:
            items.append(item)
            misses = 0
        else:
            misses += 1
            if misses > 6:
                roles = None
    return items, evidence


def greedy_header(words: list[str], columns: list[Label]) -> list[str] | None:
    """Roles of a header whose columns are separated by single spaces ("Item No Description Qty ...")."""
    roles: list[str] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + 4), i, -1):
            phrase = " ".join(words[i:j]).lower()
            found = match_start(columns, phrase)
            if found and found[1].end() >= len(phrase) - 1:
                roles.append(found[0].field)
                i = j
                break
        else:
            return None
    if len(set(roles)) != len(roles) or len(roles) < 3 or not set(roles) & set(NUMERIC_ROLES) or \
            _report_counts(set(roles)):
        return None
    return roles


def item_from_tokens(tokens: list[str], roles: list[str], decimal_hint: str | None) -> LineItem | None:
    """Consume numeric columns from the right, then split the rest into sku/description by header order."""
    rest = list(tokens)
    cells: dict[str, str] = {}
    for role in reversed(roles):
        if role in ("sku", "description"):
            break
        if not rest:
            return None
        tok = rest.pop()
        if role in NUMERIC_ROLES and not re.fullmatch(r"[-(]?[\d.,']+\)?", _MONEY_CLEAN.sub("", tok)):
            return None
        cells[role] = tok
    text_roles = [r for r in roles if r in ("sku", "description")]
    if not rest:
        return None
    if text_roles == ["sku", "description"] and len(rest) > 1:
        cells["sku"], cells["description"] = rest[0], " ".join(rest[1:])
    elif text_roles == ["description", "sku"] and len(rest) > 1:
        cells["description"], cells["sku"] = " ".join(rest[:-1]), rest[-1]
    else:
        cells[text_roles[0] if text_roles else "description"] = " ".join(rest)
    order = list(cells)
    return item_from_cells([cells[r] for r in order], dict(enumerate(order)), decimal_hint)


def items_from_token_lines(lines: list[TextLine], columns: list[Label], total_labels: list[Label],
                           decimal_hint: str | None) -> tuple[list[LineItem], dict[str, Any] | None]:
    """Fallback for tables whose spacing was collapsed (HTML mail): tokens instead of columns."""
    items: list[LineItem] = []
    evidence = None
    roles: list[str] | None = None
    for line in lines:
        words = line.text.split()
        if not words:
            continue
        found = greedy_header(words, columns) if len(words) <= 14 else None
        if found:
            roles, evidence = found, evidence or {**line.loc, "snippet": line.text[:120]}
            continue
        if roles is None:
            continue
        if is_total_row(line.text, total_labels):
            roles = None
            continue
        item = item_from_tokens(words, roles, decimal_hint)
        if item:
            items.append(item)
    if not items:
        return items_from_equation_lines(lines, decimal_hint, total_labels)
    return items, evidence


# an order typed in a mail body without a table: "- AB-100 | Bearing 6208 | 4 pcs x 4,95 € = 19,80 €"
# ("x", "×", "@", "à", Spanish "a", "at", "je", or "10x" glued between quantity and price); quantity x price =
# amount is checked, so a line that only looks like this ("3 x 5 = 16") is no item
_TIMES = re.compile(r"\s(?:[x×@*]|à|a|at|je)\s|×|(?<=\d)[xX](?=\s)")
# the quantity (and unit) just before the multiplication sign; matched on a short tail of the text only
# ("… size 5  x8 pcs @ 184.60": a times sign glued before the quantity after a gap marks it as one)
_QTY_TAIL = re.compile(r"(?:^|[\s|:,;–]|(?<![^\W_])-|(?<=\s)(?P<times>[x×]))(?P<qty>\d[\d.,'\u00a0]*(?: \d{3})*)\s*(?P<unit>[^\W\d_]{1,10}\.?)?\s*$")
# ("1、" / "1．": the enumeration comma and full-width point of Chinese lists need no space after them)
_BULLET = re.compile(r"^\s*(?:[-*•·–]\s*|\d{1,3}(?:[.)]\s+|[、．]\s*))")


def _equation(text: str) -> list[dict[str, str]]:
    """The readings of "text qty unit x price = amount", split at the one "=" and the last times sign (no
    backtracking regex over the whole line: bodies can hold very long lines): the quantity just before the
    times sign, then the quantity leading the line ("10 x AB-1 Motor 24V @ 5.00": "24V" is no quantity)."""
    if len(text) > 400 or text.count("=") != 1:
        return []
    left, amount = text.split("=")
    times = list(_TIMES.finditer(left))
    if not times:
        return []
    # the last times sign with a number after it: "5 Stk x 58,241 je Stk" ("je Stk" is the price's unit)
    sign = next((t for t in reversed(times) if re.search(r"\d", left[t.end():])), times[-1])
    head, price = left[:sign.start()], left[sign.end():]
    if not re.search(r"\d", price) or not re.search(r"\d", amount):
        return []
    if bare := _BARE_QTY.fullmatch(_BULLET.sub("", head, count=1)):
        # "10 x AB-12 – Widget – 12.50 each = 125.00": the text between the times sign and the price
        last = [m for m in _PRICE_TOKEN.finditer(price) if not price[m.end():].strip()]
        if last and re.search(r"[^\W\d_]{2}", text := price[:last[-1].start()]):
            return [{"text": text.strip(_SEPS), "qty": bare["qty"], "unit": bare["unit"] or "",
                     "price": last[-1].group(0), "amount": amount}]
        # only the numbers ("  4 pcs × 12,50 € = 50,00 €"): the item's code and text are on the line above
        return [{"text": "", "qty": bare["qty"], "unit": bare["unit"] or "", "price": price, "amount": amount}]
    out = []
    tail = head[-40:]
    m = _QTY_TAIL.search(tail)
    if m:
        rest = _BULLET.sub("", head[:len(head) - len(tail) + m.start("times" if m["times"] else "qty")])
        if re.search(r"[^\W\d_]", rest):
            out.append({"text": rest, "qty": m["qty"], "unit": m["unit"] or "", "price": price, "amount": amount})
    # the quantity first: "10 x AB-1234 Hex bolt @ 0.45 = 4.50", "- 10 pcs Bolt M8 à 0,45 € = 4,50 €"
    lead = _QTY_LEAD.match(_BULLET.sub("", head, count=1))
    if lead and re.search(r"[^\W\d_]", lead["text"]):
        reading = {"text": lead["text"], "qty": lead["qty"], "unit": lead["unit"] or "", "price": price,
                   "amount": amount}
        # a times sign right after the leading number names it the quantity: a size closing the text ("2 x
        # Hose 1/2\" 2m @ 9.00 = 18.00") is no second candidate, even when its number would fit the sum too
        out.insert(0 if lead["times"] else len(out), reading)
    return out


_BARE_QTY = re.compile(r"\s*(?P<qty>\d[\d.,'\u00a0]*)\s*(?P<unit>[^\W\d_]{1,6}\.?)?\s*")
_QTY_LEAD = re.compile(r"\s*(?P<qty>\d[\d.,'\u00a0]*)\s*(?P<unit>(?![x×]\s)[^\W\d_]{1,6}\.?(?=\s))?\s*(?:(?P<times>[x×*])\s+|\s)"
                       r"\s*(?P<text>\S.*)$", re.S)
# code and text of an order line: "AB-100 Bearing", "AB-100: Bearing", "réf. AB-100 – Bearing", "Bearing (AB-100)",
# "Bearing – AB-100"
_CODE_LAST = re.compile(r"(?P<text>.*?[^\W\d_].*?)\s*(?:[(\[]\s*(?P<a>\S+?)\s*[)\]]|\s[–—-]\s+(?P<b>\S+))\s*$", re.S)
_SEPS = " |:;,–—-/"


def _order_line_code(text: str, real: Callable[[str], bool] | None = None) -> tuple[str | None, str]:
    """(item code, description) of the text of a typed order line: the code labelled anywhere ("Art.-Nr.",
    "réf.", "SKU"), or an item code (letters and digits, no measure like "M8" or "300mm") leading or closing it."""
    real = real or _real_code
    text = _POSITION.sub("", " ".join(text.split())).strip(_SEPS)
    m = _sku_in_text().search(text)
    if m and len(code := m[1].strip("._-/")) >= 3:
        # labelled: any code ("SKU 88123"); the text around the label is the description
        rest = re.sub(r"\s+([,;])", r"\1", f"{text[:m.start()].strip(_SEPS)} {text[m.end():].strip(_SEPS)}")
        return code, re.sub(r"\s+([,;])", r"\1", " ".join(rest.split())).strip(_SEPS)
    parts = [p.strip() for p in re.split(r"\s*\|\s*|\s+[–—]\s+|\s+-\s+|:\s+", text) if p.strip(_SEPS)]
    if len(parts) > 1 and real(parts[0].strip(_SEPS)):
        return parts[0].strip(_SEPS), " ".join(parts[1:]).strip(_SEPS)
    first, _, after = text.partition(" ")
    if after and real(first.strip(_SEPS)) and re.search(r"[^\W\d_]{2}", after):
        return first.strip(_SEPS), after.strip(_SEPS)
    last = _CODE_LAST.fullmatch(text)
    if last and real(code := (last["a"] or last["b"] or "").strip(_SEPS)):
        return code, last["text"].strip(_SEPS)
    head, _, end = text.rpartition(" ")
    if head and real(end) and re.search(r"\d", end) and re.search(r"[^\W\d_]", end) and \
            re.search(r"[^\W\d_]{2}", head):
        return end, head.strip(_SEPS)  # "Motor 2kW MR002-03K": letters and digits closing the text
    return None, text


_POSITION = re.compile(r"^(?:pos(?:ition)?\.?|item|line|ligne|línea|zeile|#)\s*\d{1,3}\s*[:.)–-]?\s+", re.I)


def _real_code(token: str) -> bool:
    """An item code, not a measure or size ("M8", "300mm", "6x40", "Ø20", "1/2\""); a long number ("560660",
    "12.345.67") is a code; so are letters, a hyphen and one digit ("UP-6", "PX-5", with letters before the digit
    "TL-TR2", or more letter groups before it "TCP-GT-3"): a measure puts no hyphen between its letters and its
    number."""
    if bool(token) and len(token) <= 16 and re.fullmatch(r"[^\W\d_]{2,}(?:-[^\W\d_]{1,4})*-[^\W\d_]{0,4}\d", token):
        return True
    return bool(token) and len(token) <= 40 and _is_code(token) and sum(ch.isdigit() for ch in token) >= 2 and \
        not (re.search(r"[^\W\d_]", token) and re.fullmatch(r"[^\W\d_]{0,2}\d+(?:[.,x×/]\d+)*[^\W\d_]{0,3}\.?",
                                                             token))


_CODE = re.compile(r"(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9\-/._]{2,}")


# a price or amount in running text: decimals, maybe a currency and a per-unit word ("EUR 0.45/pc", "4,50 €")
_PRICE_TOKEN = re.compile(r"(?P<pre>\b[A-Z]{3}\s?|[$€£¥])?(\d{1,3}(?:[.,'\u00a0 ]\d{3})*[.,]\d{2,3})"
                          r"(?P<post>\s?(?:[A-Z]{3}\b|[€$£¥元]))?"
                          r"(?:\s?(?:/\s?[^\W\d_]{1,6}\.?|each|je\s[^\W\d_]{1,6}\.?)(?P<last>\s(?:[A-Z]{3}\b|[€$£¥]))?)?"
                          r"(?!\w|[.,]\d)")
_QTY_WORD = re.compile(r"(?<![\w.,\-/])(\d{1,7}(?:[.,]\d{1,3})?)\s?([^\W\d_]{1,8}\.?)(?=[\s,;]|$)")


@lru_cache(maxsize=1)
def _fillers() -> re.Pattern[str]:
    """The words between the numbers of a typed order line (labels.toml [item_text] filler), longest first;
    Chinese ones in both scripts and without word boundaries."""
    words = sorted(base_vocab()["item_text"]["filler"], key=len, reverse=True)
    alts = [re.escape(w) if not re.search(r"[\u3000-\u9fff]", w) else
            f"(?:{re.escape(w)}|{re.escape(w.translate(TRADITIONAL))})" for w in words]
    return re.compile("|".join(a if a.startswith("(?:") else rf"\b{a}\b" for a in alts), re.I)


def _without_last(m: re.Match[str]) -> str:
    """A price token without a currency that follows its per-unit word ("1.20/pc USD" reads as "1.20/pc")."""
    return m.group(0)[:m.start("last") - m.start()] if m["last"] else m.group(0)


def _sentence(text: str) -> list[dict[str, str]]:
    """The readings of an order line written as a sentence, without "x" or "=": "10 pcs AB-1234 Hex bolt M8,
    EUR 0.45/pc, total EUR 4.50", "Pos 1: 10 Stück Schraube M8 zu je 0,45 EUR, gesamt 4,50 EUR": the amount is
    the last price-like number, the unit price the one before it, the quantity a number with a unit word
    before the price. Read only when quantity x price = amount; prices need their decimals and currency."""
    if len(text) > 400:
        return []
    # money has its currency beside it ("120,50 kg" is a weight)
    # (or after the per-unit word: "2,349.22/pc USD", "523.70 je Stk USD")
    prices = [m for m in _PRICE_TOKEN.finditer(text) if m["pre"] or m["post"] or m["last"]]
    if len(prices) < 2:
        return []
    price, amount = prices[-2], prices[-1]
    out = []
    for q in _QTY_WORD.finditer(text[:price.start()]):
        before = _BULLET.sub("", text[:q.start()], count=1)
        rest = f"{before} {text[q.end():price.start()]}"
        # the words between the numbers ("zu je", "total", "gesamt") are no description
        rest = _fillers().sub(" ", rest)
        # the commas that stood around those words: "Bolt M8, , " is "Bolt M8"
        rest = re.sub(r"(?:\s*[,;])+\s*$", "", re.sub(r"\s*([,;])(?:\s*[,;])+", r"\1", rest))
        if re.search(r"[^\W\d_]{2}", rest):
            out.append({"text": rest, "qty": q[1], "unit": q[2], "price": _without_last(price),
                        "amount": amount.group(0)})
    return out


def _aligned(text: str) -> dict[str, str] | None:
    """The parts of a header-less line of columns "[pos] code  text  qty [unit]  price  amount" (two spaces, a
    tab, a pipe or a semicolon between the cells), read from the right."""
    if len(text) > 400:
        return None
    cells = [c.strip() for c in SPLIT_RE.split(_BULLET.sub("", text)) if c and c.strip()]
    if len(cells) < 4 and text.count(";") >= 3:
        cells = [c.strip() for c in _BULLET.sub("", text).split(";") if c.strip()]  # "AB-1; Bolt; 10; 0.45; 4.50"
    if len(cells) < 4:
        return None
    # a cell may name its number ("單價 US$ 96.00 | 金額 US$ 960.00"): the words are no part of the money
    amount, price = (_fillers().sub(" ", c).strip() or c for c in (cells[-1], cells[-2]))
    rest = cells[:-2]
    unit = ""
    if re.fullmatch(r"[^\W\d_]{1,8}\.?", rest[-1]):
        unit = rest.pop()  # "10 | pcs | 0.45 | 4.50"
    if len(rest) < 2 or not re.fullmatch(r"\d[\d.,'\u00a0]*(?:\s*[^\W\d_]{1,8}\.?)?", rest[-1]):
        return None
    qty_cell = rest.pop()
    q = re.match(r"(\d[\d.,'\u00a0]*)\s*(.*)", qty_cell)
    if not q:
        return None
    if rest and re.fullmatch(r"\d{1,3}[.)]?", rest[0]):
        rest.pop(0)  # the position number
    if not rest or not re.search(r"[^\W\d_]{2}", " ".join(rest)):
        return None
    return {"text": " | ".join(rest), "qty": q[1], "unit": unit or q[2], "price": price, "amount": amount}


def _slashed(text: str) -> dict[str, str] | None:
    """A line whose cells are typed between spaced slashes ("1. AB-100 / Bearing 6208 / 6 PCS / 单价 USD 16.12 /
    金额 USD 96.72"): four or more of them make it a line of columns; a slash inside a description ("M8 / zinc")
    then only splits the text, which is read as one."""
    if text.count(" / ") < 3:
        return None
    return _aligned(text.replace(" / ", " | "))


def _equation_reading(readings: list[dict[str, str]], decimal_hint: str | None
                      ) -> tuple[dict[str, str], Decimal, Decimal, Decimal] | None:
    """The first reading whose quantity x price = amount; the numbers as the document writes them first, then
    the other way ("1,000 x 93.144 = 93,144.00" in a document whose other numbers use the decimal comma)."""
    for hint in dict.fromkeys((decimal_hint, ".", ",")):
        for m in readings:
            qty = parse_amount(m["qty"].strip(), hint)
            price, amount = _money(m["price"], hint), _money(m["amount"], hint)
            if qty is not None and price is not None and amount is not None and _close(qty, price, amount):
                return m, qty, price, amount
    return None


# the ideographic space CJK typists put between the parts of a line is a gap between cells, as two spaces are, and
# the full-width bar a pipe
_FULL_WIDTH = str.maketrans({"，": ", ", "：": ": ", "；": "; ", "（": " (", "）": ") ", "\u3000": "  ", "｜": " | "})
# html2text escapes what Markdown would read as a list ("1\\. AB-100 ...", "\\- AB-100 ..."): the plain text
_MD_LIST_ESCAPE = re.compile(r"^(\s*(?:\d{1,3})?)\\(?=[.)+-]\s)")


def items_from_equation_lines(lines: list[TextLine], decimal_hint: str | None,
                              total_labels: list[Label] | None = None
                              ) -> tuple[list[LineItem], dict[str, Any] | None]:
    """Header-less order lines "code | text | qty unit x price = amount" or in columns "code  text  qty  price
    amount", each checked by its arithmetic."""
    items: list[LineItem] = []
    evidence = None
    above = ""  # the text of the line before, when it was no item: the heading of a two-line item
    for line in lines:
        # Chinese and Japanese mail types full-width commas and colons between the parts of a line
        text = _MD_LIST_ESCAPE.sub(r"\1", line.text).translate(_FULL_WIDTH)
        found = _equation_reading(_equation(text) or [r for r in [_aligned(text) or _slashed(text)] if r],
                                  decimal_hint) or _equation_reading(_sentence(text), decimal_hint)
        if found is None:
            above = text.strip() if re.search(r"[^\W\d_]{2}", text) and not text.rstrip().endswith(":") else ""
            continue
        m, qty, price, amount = found
        if not m["text"] and above:
            # "- AB-100 – Bearing 6208" over "  4 pcs × 4,95 € = 19,80 €": the line above names the item
            m = {**m, "text": _BULLET.sub("", above)}
        above = ""
        if total_labels and is_total_row(_BULLET.sub("", m["text"]), total_labels):
            continue
        labelled = _supplier_code(_BULLET.sub("", m["text"]))
        parts = [p.strip() for p in re.split(r"\s*\|\s*|\t|\s{2,}", (labelled[1] if labelled else m["text"]).strip(
            " |:;,–-")) if p.strip()]
        sku = None
        if parts and _CODE.fullmatch(parts[0]) and len(parts) > 1:
            sku = parts.pop(0)
        elif parts:
            sku, desc = _order_line_code(" | ".join(parts))
            parts = [desc] if sku else parts
        if labelled:
            sku = labelled[0]  # the supplier's code named as such; a leading code beside it is the buyer's
        items.append(LineItem(sku=sku, description=" ".join(parts) or None, quantity=float(qty),
                              unit=m["unit"].rstrip(".") or None, unit_price=price, amount=amount))
        evidence = evidence or {**line.loc, "snippet": line.text[:120]}
    _shaped_codes(items)
    return items, evidence


def _shaped_codes(items: list[LineItem]) -> None:
    """Codes of letters and three digits ("BR234", "(FZ720)") read each as a possible size, so no line takes
    them; when every line without a code has one in the same place and together they are one code system
    (one shape, different letters), they are the codes."""
    bare = [it for it in items if not it.sku and it.description]
    if len(bare) < 2 or len(bare) < len(items) / 2:
        return
    if _colon_codes(bare):
        return
    found = [_order_line_code(it.description or "", lambda t: bool(re.fullmatch(r"[^\W\d_]+\d{3,}", t)))
             for it in bare]
    codes = [c for c, _ in found]
    if not all(codes) or len(set(codes)) != len(codes) or not _code_shaped([c for c in codes if c]):
        return
    for it, (code, desc) in zip(bare, found, strict=True):
        it.sku, it.description = code, desc or None


# "CE32 : Cylindre d'étirage …": a short token of letters then digits opening the line, a colon after it
_COLON_CODE = re.compile(r"(?P<code>[^\W\d_]{1,4}\d{1,4})\s*:\s+(?P<text>.*[^\W\d_]{2}.*)")


def _colon_codes(bare: list[LineItem]) -> bool:
    """Short codes of letters and digits ("CE32", "CU6"), each opening its line before a colon, read each as a
    possible size ("M8"): when every line without a code opens so, with distinct tokens under two letter groups
    or more (sizes repeat their letters: "M8", "M10"), they are the codes. Sets them; whether it did."""
    found = [_COLON_CODE.fullmatch(it.description or "") for it in bare]
    if not all(found):
        return False
    codes = [m["code"] for m in found if m]
    if len(set(codes)) != len(codes) or len({c.rstrip("0123456789").upper() for c in codes}) < 2:
        return False
    for it, m in zip(bare, found, strict=True):
        if m:
            it.sku, it.description = m["code"], m["text"].strip(_SEPS) or None
    return True


# a quantity with its unit and the price after it, one space apart ("2 pza 75,40"): two cells typed too close
_QTY_UNIT_PRICE = re.compile(r"(\d[\d.,']*\s*[^\W\d_]{1,8}\.?)\s+(\d[\d.,']*[.,]\d{2})")


def _split_qty_price(cell: str) -> tuple[str, ...]:
    m = _QTY_UNIT_PRICE.fullmatch(cell.strip())
    return m.groups() if m else (cell,)


def _item_from_segments(cells: list[str], roles: list[str], decimal_hint: str | None) -> LineItem | None:
    if len(cells) < 2:
        return None
    if len(cells) < len(roles) and "quantity" in roles and "unit_price" in roles:
        # (not "2 500,00": a space inside a number is a thousands separator, only a unit word splits cells)
        cells = [part for c in cells for part in _split_qty_price(c)]
    if len(cells) == len(roles):
        return item_from_cells(cells, dict(enumerate(roles)), decimal_hint)
    # fewer/more cells than header columns: numbers are right-aligned, so map from the right
    numeric_roles = [r for r in roles if r in NUMERIC_ROLES or r == "unit"]
    text_roles = [r for r in roles if r in ("sku", "description")]
    tail: list[str] = []
    rest = list(cells)
    # a tax-rate cell ("19 %") between the numbers is no quantity/price/amount: skip it
    limit = len(numeric_roles) + (1 if "amount" not in numeric_roles else 0)
    while rest and len(tail) < limit and re.search(r"\d", rest[-1]) and not re.search(
            r"[A-Za-z]{4,}", rest[-1]):
        cell = rest.pop()
        if "%" not in cell:
            tail.insert(0, cell)
    if not tail or not rest:
        return None
    if len(tail) > len(numeric_roles):
        # one number more than the recognised numeric headings: the line amount, whose heading was not
        # recognised (wrapped over two lines, "Positions-|betrag"), stands rightmost
        numeric_roles = [*numeric_roles, "amount"]
    mapping = dict(zip(range(len(tail)), numeric_roles[-len(tail):], strict=False))
    if len(rest) < len(text_roles) or not text_roles:
        text_roles = ["description"]
    cells2 = rest[: len(text_roles)]
    if len(rest) > len(cells2):
        cells2[-1] = " ".join(rest[len(cells2) - 1:])
    all_cells = cells2 + tail
    all_roles = dict(enumerate(text_roles)) | {
        len(cells2) + k: r for k, r in mapping.items()}
    return item_from_cells(all_cells, all_roles, decimal_hint)


# ---- PDF tables read by word position -------------------------------------------------------------------
# A PDF line's text only separates columns where the gap is wide; a right-aligned position number next to a
# left-aligned item code ("1 AL-100"), or bilingual headings that overflow their cell ("Unit单价"), are glued.
# With each word's page position, body words are put under the header cell they stand beneath.

_DECOR = re.compile(r"\([^)]{0,16}\)|\[[^\]]{0,16}\]|\b(?:eur|usd|gbp|cny|rmb|chf|jpy|mxn|cad|aud|ht|ttc|net|netto)\b"
                    r"|[^\w]|_", re.I)
_COL_GAP = 4.5  # points: a word space is ~2.5 pt at 9-10 pt; more than this starts a new header cell
_CONT_GAP = 26.0  # points: a header wrapped in its cell continues on the next line(s) within this distance


def pure_role(text: str, columns: list[Label]) -> str | None:
    """The role of a heading that is nothing but labels of one role ("单价 Unit Price", "货号 Item No.",
    "Qty (pcs)"), decorations (brackets, currency codes, punctuation) aside; None otherwise."""
    low = " ".join(text.lower().split())
    role: str | None = None
    for _ in range(6):
        low = low.lstrip(" .:#/-–()[]%")
        if not low:
            break
        found = match_start(columns, low)
        if not found or found[1].end() == 0:
            break
        if role and found[0].field != role:
            return None
        role = found[0].field
        low = low[found[1].end():]
    if role is None or _DECOR.sub("", low).strip():
        return None
    return role


def _split_pure(words: list[str], columns: list[Label]) -> list[tuple[int, int, bool]]:
    """Consecutive word runs, each a pure heading (True) or unrecognised words (False): fewest
    unrecognised words first, then fewest runs."""
    n = len(words)
    best: list[tuple[tuple[int, int], list[tuple[int, int, bool]]] | None] = [None] * (n + 1)
    best[0] = ((0, 0), [])
    for j in range(1, n + 1):
        for i in range(max(0, j - 6), j):
            prev = best[i]
            if prev is None:
                continue
            pure = bool(pure_role(" ".join(words[i:j]), columns))
            cost = (prev[0][0] + (0 if pure else j - i), prev[0][1] + 1)
            cur = best[j]
            if cur is None or cost < cur[0]:
                best[j] = (cost, [*prev[1], (i, j, pure)])
    done = best[n]
    return done[1] if done else []


Cell = tuple[float, float, str]


def header_cells(word_lines: list[list[Cell]], columns: list[Label], new_columns: bool = True,
                 base: int = 0) -> list[Cell]:
    """Header cells: the base line's words grouped by column gaps, the words of the other lines (wrapped
    continuation lines, the first words of headings centred vertically) added to the group they stand over or
    under; a group that is several headings glued together ("单位 Unit单价 Unit Price金额 Amount") split into
    them. With `new_columns`, another line's word under no base-line group starts a column of its own
    (headings centred vertically: the two-line ones begin a line higher)."""
    groups: list[list[list[Cell]]] = []  # group -> its words per header line
    for w in sorted(word_lines[base]):
        if groups and w[0] - groups[-1][base][-1][1] <= _COL_GAP:
            groups[-1][base].append(w)
        else:
            groups.append([[] for _ in range(base)] + [[w]])
    for n, words in enumerate(word_lines):
        if n == base:
            continue
        spans = [(min(x[0] for ln in g for x in ln), max(x[1] for ln in g for x in ln), "") for g in groups]
        fresh: list[list[Cell]] | None = None  # the new column the previous word of this line started
        # a word one space beside a group continues it ("Item" / "Item No."); one far from all starts a column.
        # Above the base line, the first word of a centred two-line heading stands over its second word; a word
        # a column gap beside a heading ("Precio" right of "Unidad") is a heading of its own
        reach = -_COL_GAP if n < base else -2 * _COL_GAP
        prev_end: float | None = None
        for w in sorted(words):
            # "Price /" over "Preis   per": a word a column gap after the previous word of its line, under no
            # heading, is a heading of its own, not the wrapped rest of the heading beside it
            apart = prev_end is not None and w[0] - prev_end > _COL_GAP and \
                not any(min(w[1], sp[1]) - max(w[0], sp[0]) > 0 for sp in spans)
            prev_end = w[1]
            if new_columns and (apart or not any(min(w[1], sp[1]) - max(w[0], sp[0]) > reach for sp in spans)):
                if fresh is not None and w[0] - fresh[-1][1] <= _COL_GAP:
                    fresh.append(w)
                else:
                    fresh = [w]
                    groups.append([[] for _ in range(n)] + [fresh])
                continue
            fresh = None
            g = groups[_column_of(w, spans)]
            while len(g) <= n:
                g.append([])
            g[n].append(w)
    groups.sort(key=lambda g: min(x[0] for ln in g for x in ln))
    cells: list[Cell] = []
    for g in groups:
        flat = [w for ln in g for w in ln]
        texts = [w[2] for w in flat]
        runs = _split_pure(texts, columns) if len(flat) > 1 else []
        pure_roles = {pure_role(" ".join(texts[i:j]), columns) for i, j, pure in runs if pure}
        # (runs on top of each other are one heading in two lines, "Item /" over "Pos.", no glued headings)
        if sum(1 for run in runs if run[2]) >= 2 and len(pure_roles) >= 2 and \
                not _stacked_runs(flat, [n for n, ln in enumerate(g) for _ in ln], runs):
            # two or more headings glued: each its own cell (unrecognised words between them too); words of
            # one role only are one heading ("Item & Description", "Product / Produkt")
            cells.extend((min(w[0] for w in flat[i:j]), max(w[1] for w in flat[i:j]), " ".join(texts[i:j]))
                         for i, j, _pure in runs)
        else:
            # wrapped lines joined by a line break: "Canti" + "dad" is also tried as one word
            cells.append((min(w[0] for w in flat), max(w[1] for w in flat),
                          "\n".join(" ".join(w[2] for w in ln) for ln in g if ln)))
    return cells


def _stacked_runs(flat: list[Cell], line_of: list[int], runs: list[tuple[int, int, bool]]) -> bool:
    """A word of one run of a heading's words stands over or under a word of another run on another header line:
    the runs are a caption and its translation below it ("Item /" over "Pos."), not headings glued side by side."""
    run_of = [k for k, (i, j, _pure) in enumerate(runs) for _ in range(i, j)]
    return any(run_of[m] != run_of[n] and line_of[m] != line_of[n] and
               min(flat[m][1], flat[n][1]) - max(flat[m][0], flat[n][0]) > 0
               for m in range(len(flat)) for n in range(m + 1, len(flat)))


def _column_of(word: Cell, cells: list[Cell]) -> int:
    # the header cell the word overlaps most; else the last cell starting left of the word's centre (a
    # right-aligned number under a left-aligned heading stands right of its heading, never left of it)
    best, best_ov = -1, 0.0
    for k, c in enumerate(cells):
        ov = min(word[1], c[1]) - max(word[0], c[0])
        if ov > best_ov:
            best, best_ov = k, ov
    if best >= 0:
        return best
    centre = (word[0] + word[1]) / 2
    k = 0
    for i, c in enumerate(cells):
        if c[0] <= centre:
            k = i
    return k


def _is_continuation(line: TextLine, prev: TextLine) -> bool:
    if not line.words or line.loc.get("page") != prev.loc.get("page"):
        return False
    top, ptop = line.loc.get("top"), prev.loc.get("top")
    if top is None or ptop is None or not 0 < top - ptop <= _CONT_GAP:
        return False
    return not any(re.search(r"\d", w[2]) for w in line.words)


def _weight(roles: dict[int, str]) -> int:
    return sum(1 for ro in roles.values() if ro != "pos")


def _positioned_header(lines: list[TextLine], i: int, columns: list[Label]) -> tuple[list[Cell], dict[int, str], int] | None:
    """(cells, roles, lines used) when line i starts a line-item header (maybe wrapped over 2-3 lines)."""
    words = lines[i].words
    if not words or len(words) > 40:
        return None
    if _sku_in_text().match(lines[i].text.strip()):
        # "SKU HSE-IN10 · Unit: PCS": a code caption with its code opens an item's detail line, no heading
        return None
    best: tuple[list[Cell], dict[int, str], int] | None = None
    word_lines = [words]
    while True:
        cells = header_cells(word_lines, columns)
        roles = header_roles([c[2] for c in cells], columns) if len(cells) >= 2 else None
        if best is not None and roles is None and _counts_heading([c[2] for c in cells], columns):
            # "Qty" / "rejected" wrapped in the heading: read whole, a report's counts ("Qty received | Qty
            # accepted | Qty rejected") without money, so the first line's "Qty" names no ordered quantity
            return None
        # as many roles with the next line's words added: the heading was wrapped ("货号 Product / Code")
        # (a generic heading left over on the first line would only count as the position column)
        # (a next line that names no new role but opens a column no heading stands over is the table's first
        # row of text, centred in a taller row: "Désignation" over "Garniture mécanique pour pompe ...")
        if roles and (best is None or _weight(roles) > _weight(best[1]) or
                      _weight(roles) == _weight(best[1]) and len(cells) <= len(best[0])):
            best = (cells, roles, len(word_lines))
        k = i + len(word_lines)
        # the first line must be a header by itself: an address line above a header is no wrapped heading
        if best is None or len(word_lines) >= 3 or k >= len(lines) or not _is_continuation(lines[k], lines[k - 1]):
            return _with_line_above(lines, i, best, columns)
        word_lines.append(lines[k].words or [])


def _aligned_over(words: list[Cell], cells: list[Cell]) -> bool:
    """The words of a line a row above the header line are the first row of a two-row heading (a grid's
    heading rows, each padded to a full line): each of its phrases starts or ends flush with a heading below
    (or stands over none, a column of its own), and at least two do."""
    phrases: list[list[Cell]] = []
    for w in sorted(words):
        if phrases and w[0] - phrases[-1][-1][1] <= _COL_GAP:
            phrases[-1].append(w)
        else:
            phrases.append([w])
    flush = 0
    for ph in phrases:
        x0, x1 = ph[0][0], ph[-1][1]
        if any(abs(x0 - c[0]) <= 3 or abs(x1 - c[1]) <= 3 for c in cells):
            flush += 1
        elif any(min(x1, c[1]) - max(x0, c[0]) > 0 for c in cells):
            return False
    return flush >= 2


def _with_line_above(lines: list[TextLine], i: int, best: tuple[list[Cell], dict[int, str], int] | None,
                     columns: list[Label]) -> tuple[list[Cell], dict[int, str], int] | None:
    """Web and ERP prints centre headings vertically in their row: a two-line heading ("Unit" / "Price",
    "Amount" / "EUR") starts half a line above the one-line headings, so its first words stand on a line of
    their own just above the header line. Those words are added when the headings then read better."""
    if best is None or i == 0:
        return best
    above, line = lines[i - 1], lines[i]
    top, atop = line.loc.get("top"), above.loc.get("top")
    if not above.words or above.loc.get("page") != line.loc.get("page") or top is None or atop is None or \
            any(re.search(r"\d", w[2]) for w in above.words) or \
            not (0 < top - atop <= 10 or 0 < top - atop <= _CONT_GAP and _aligned_over(above.words, best[0])):
        return best
    word_lines = [above.words] + [ln.words or [] for ln in lines[i:i + best[2]]]
    # the header line's own headings are the columns; the words above only join (or add) to them
    cells = header_cells(word_lines, columns, new_columns=True, base=1)
    roles = header_roles([c[2] for c in cells], columns) if len(cells) >= 2 else None
    if roles and _weight(roles) > _weight(best[1]):
        return cells, roles, best[2]
    if roles and best[2] > 1 and _weight(roles) == _weight(best[1]) and len(cells) > len(best[0]):
        # two-line headings centred on the header line ("Stock" / "Code", "Order" / "Qty") read as wrapped
        # below it glued their second words to a neighbour ("Due Date" + "Qty"): read whole, each its column
        return cells, roles, best[2]
    k = i + best[2]
    if roles and k < len(lines) and _is_continuation(lines[k], lines[k - 1]):
        # a heading of no known role centred on the header line, half above and half below it ("Delivery" /
        # "Date"): its column stays, so its values ("2025-04-30") stand under it and not in a neighbour's cell
        below = lines[k].words or []
        around = header_cells([*word_lines, below], columns, new_columns=True, base=1)
        roles = header_roles([c[2] for c in around], columns) if len(around) >= 2 else None
        new = [c for c in around if not any(min(c[1], b[1]) - max(c[0], b[0]) > 0 for b in best[0])]
        if roles and _weight(roles) == _weight(best[1]) and new and all(
                any(min(c[1], w[1]) - max(c[0], w[0]) > 0 for w in ws) for c in new for ws in (above.words, below)):
            return around, roles, best[2] + 1
    return best


def _phrase_columns(words: list[Cell], cells: list[Cell]) -> dict[int, int]:
    """Word index -> column for phrases (words one space apart) that stand under one heading only and whose
    other words stand under none: a left-aligned text under a heading centred over a wide column starts left
    of the heading, and is that column's text all the same."""
    fixed: dict[int, int] = {}
    start = 0
    for j in range(1, len(words) + 1):
        if j < len(words) and words[j][0] - words[j - 1][1] <= _COL_GAP:
            continue
        phrase = list(range(start, j))
        start = j
        if any("%" in words[n][2] for n in phrase):
            continue  # a rate run into the next column ("10 Stk 0 % VAT"): the cells' own rules split it
        # a position number glued to the code or text after it keeps its own column
        # (positions are short: a long number opening the text is its item code, "807679 – Pressure gauge")
        while phrase and words[phrase[0]][2].isdigit() and len(words[phrase[0]][2]) <= 4:
            phrase.pop(0)
        if len(phrase) < 2:
            continue
        hit: dict[int, float] = {}
        loose = []
        for n in phrase:
            w = words[n]
            ovs = [min(w[1], c[1]) - max(w[0], c[0]) for c in cells]
            over = [k for k, ov in enumerate(ovs) if ov > 0]
            for k in over:
                hit[k] = hit.get(k, 0.0) + ovs[k]
            if not over:
                loose.append(n)
        # a price with its unit ("1,399.06 je Stk") right-aligned under a narrower heading is one cell too; a
        # number glued to the number of the next column ("1,200 9098.65.40", narrow sheet cells) is not
        # (a phrase with words, "807679 – Pressure gauge 0-10 bar", is a code and its text, not glued numbers)
        numbers = any(_bare_number(words[n][2]) for n in loose) and not any(
            re.search(r"[^\W\d_]", words[n][2]) for n in phrase)
        if len(phrase) == 2 and loose == phrase[:1] and _CENTS.fullmatch(words[phrase[0]][2]) and \
                _is_code(words[phrase[1]][2]):
            continue  # an amount in cents touching the code of the next column ("236.86HZ256"): no code and text
        if len(hit) == 1 and loose and not (numbers and any(
                _bare_number(words[n][2]) for n in phrase if n not in loose)):
            k = next(iter(hit))
            fixed.update({n: k for n in phrase})
    return fixed


_CENTS = re.compile(r"[-(]?\d{1,3}(?:[,.'\u00a0]\d{3})*[.,]\d{2}\)?")


def _bare_number(word: str) -> bool:
    return bool(re.search(r"\d", word)) and not re.search(r"[^\W\d_]", word)


_LEAD_GROUP = re.compile(r"[-−+(]?\d{1,3}")
_THOUSANDS_GROUP = re.compile(r"\d{3}(?:[.,]\d{1,4})?\)?")


def _split_thousands(words: list[Cell], cells: list[Cell], fixed: dict[int, int]) -> None:
    """"1 416,00" (a space between the thousands) right-aligned under a narrower heading: its first group
    stands left of that heading, clear of every heading, one word space from the rest of its number. It goes
    with the rest, not into the column to its left ("236,00 1" would read 236.001)."""
    for n in range(len(words) - 2, -1, -1):
        w, nxt = words[n], words[n + 1]
        if not _LEAD_GROUP.fullmatch(w[2]) or not _THOUSANDS_GROUP.fullmatch(nxt[2]) or \
                nxt[0] - w[1] > _COL_GAP or (n > 0 and w[0] - words[n - 1][1] <= _COL_GAP):
            continue
        if any(min(w[1], c[1]) - max(w[0], c[0]) > 0 for c in cells):
            continue  # under a heading of its own (a quantity "1" beside a price): its own cell
        fixed[n] = fixed.get(n + 1, _column_of(nxt, cells))


def _row_cells(line: TextLine, cells: list[Cell]) -> list[str]:
    out: list[list[str]] = [[] for _ in cells]
    prev: tuple[Cell, int] | None = None
    words = sorted(line.words or [])
    fixed = _phrase_columns(words, cells)
    _split_thousands(words, cells, fixed)
    for n, w in enumerate(words):
        k = fixed[n] if n in fixed else _column_of(w, cells)
        if prev and k == prev[1] and out[k] and w[0] < prev[0][1] - 0.5:
            # a glyph kerned over the one before it ("P" / ".019" of "ZP.019"): the PDF reader cut one word there
            out[k][-1] += w[2]
            prev = (w, k)
            continue
        if n in fixed:
            out[k].append(w[2])
            prev = (w, k)
            continue
        if prev and k != prev[1] and w[0] - prev[0][1] <= _COL_GAP:
            # one word space after a word of another column, standing mostly left of this column's heading:
            # the same cell's text, run (or clipped) past the heading's edge
            c = cells[k]
            if min(w[1], c[1]) - max(w[0], c[0]) < 0.5 * (w[1] - w[0]) and (w[0] + w[1]) / 2 < c[0]:
                k = prev[1]
        out[k].append(w[2])
        prev = (w, k)
    return [" ".join(p) for p in out]


# the quantity a price is for, printed under the price ("per 1 EA", "pro 100 ST", "je 1 Stk"): no number of the row
_PRICE_BASIS = re.compile(r"(?i)(?:per|pro|je|/)\s*\d+\s*[^\W\d_]{1,8}\.?")


def _number(cell: str, decimal_hint: str | None) -> Decimal | None:
    if cell and _PRICE_BASIS.fullmatch(cell.strip()):
        return None
    if cell and "%" in cell:
        cell = _no_rate(cell)
    if not cell or "%" in cell:
        return None
    v = _money(cell, decimal_hint)
    if v is None:
        q, _unit = _qty(cell, decimal_hint)
        v = Decimal(str(q)) if q is not None else None
    return v


def _close(q: Decimal, p: Decimal, a: Decimal) -> bool:
    # rounding of the line amount to cents, plus half a percent for prices printed with fewer decimals
    return a > 0 and abs(q * p - a) <= max(Decimal("0.011"), abs(a) * Decimal("0.005"))


def settle_numeric_roles(rows: list[list[str]], roles: dict[int, str], decimal_hint: str | None) -> dict[int, str]:
    """Check the numeric columns against quantity x unit price = amount and reassign them when another
    assignment explains clearly more rows than the headings do (unrecognised or misread headings)."""
    data = [r for r in rows if sum(1 for c in r if _number(c, decimal_hint) is not None) >= 3]
    if not data:
        return roles
    width = max(len(r) for r in data)
    cand = []
    for k in range(width):
        vals = [_number(r[k], decimal_hint) if k < len(r) else None for r in data]
        role = roles.get(k)
        numeric = sum(v is not None for v in vals)
        # an unrecognised heading over numbers, or a "unit" heading over nothing but numbers ("Unit Pr." read
        # as the unit column) may be one of the three
        if role in NUMERIC_ROLES or (role in (None, "other") and numeric >= 0.8 * len(data)) or (
                role == "unit" and numeric == len(data)):
            cand.append((k, vals))
    if len(cand) < 3:
        return roles

    def hits(q: int, p: int, a: int) -> int:
        vq, vp, va = dict(cand)[q], dict(cand)[p], dict(cand)[a]
        return sum(1 for x, y, z in zip(vq, vp, va, strict=True)
                   if x is not None and y is not None and z is not None and _close(x, y, z))

    inv = {ro: k for k, ro in roles.items()}
    current = hits(inv["quantity"], inv["unit_price"], inv["amount"]) if all(
        inv.get(ro) in dict(cand) for ro in NUMERIC_ROLES) else 0
    if current == len(data):
        return roles
    best, best_key = None, (current, 1)
    keys = [k for k, _v in cand]
    for a in keys:
        others = [k for k in keys if k != a]
        for q in others:
            for p in others:
                if p == q:
                    continue
                h = hits(q, p, a)
                if h < max(2, 0.8 * len(data)) and not (len(data) == 1 and h == 1):
                    continue
                # quantity x price is symmetric: the quantity is the column of whole numbers
                whole_q = sum(1 for v in dict(cand)[q] if v is not None and v == v.to_integral_value())
                whole_p = sum(1 for v in dict(cand)[p] if v is not None and v == v.to_integral_value())
                key = (h, 1 + (whole_q > whole_p) + (inv.get("quantity") == q and inv.get("unit_price") == p))
                if key > best_key:
                    best, best_key = (q, p, a), key
    if best is None or best_key[0] <= current:
        return roles
    q, p, a = best
    out = {k: ro for k, ro in roles.items() if k not in (q, p, a) and ro not in NUMERIC_ROLES}
    # a column that the headings called quantity/price/amount but the numbers did not stays out
    out.update({q: "quantity", p: "unit_price", a: "amount"})
    return dict(sorted(out.items()))


def _min_numbers(roles: dict[int, str]) -> int:
    return min(2, sum(1 for ro in roles.values() if ro in NUMERIC_ROLES))


def _not_item_labels() -> tuple[Label, ...]:
    return labels("table_rows")


def _amount_continues(prev: list[str], row: list[str], roles: dict[int, str], decimal_hint: str | None) -> bool:
    """A row broken over two lines: the second line brings only the line amount the first one lacked, and it
    fits quantity x price (so it is no line of its own)."""
    inv = {ro: k for k, ro in roles.items()}
    if "amount" not in inv or any(row[inv[ro]] for ro in ("quantity", "unit_price") if ro in inv):
        return False
    a = _number(row[inv["amount"]], decimal_hint)
    if a is None or prev[inv["amount"]] or "quantity" not in inv or "unit_price" not in inv:
        return False
    q, p = _qty(prev[inv["quantity"]], decimal_hint)[0], _money(prev[inv["unit_price"]], decimal_hint)
    return q is not None and p is not None and _close(Decimal(str(q)), p, a)


_CURRENCY_ONLY = re.compile(r"[A-Z]{3}|[€$£¥]")


def _money_wrapped(row: list[str], roles: dict[int, str], line: TextLine, last: tuple[list[str], Any, Any],
                   decimal_hint: str | None) -> dict[int, str]:
    """Price and amount cells too narrow for "USD 1,117.80": the item row shows only the currency and the
    number wraps onto the line right below, which holds nothing else. The cells the row above gets (currency
    and number joined) when then quantity x price = amount."""
    prev, top = last[0], line.loc.get("top")
    if line.loc.get("page") != last[1] or top is None or last[2] is None or not 0 < top - last[2] <= 16 or \
            not all(ro in roles.values() for ro in NUMERIC_ROLES) or len(prev) < len(row):
        return {}
    money = {k: f"{prev[k].strip()} {row[k].strip()}".strip() for k, ro in roles.items()
             if ro in ("unit_price", "amount") and row[k].strip()}
    if not money or any(c.strip() for k, c in enumerate(row) if k not in money) or any(
            prev[k].strip() and not _CURRENCY_ONLY.fullmatch(prev[k].strip()) or
            _number(row[k], decimal_hint) is None for k in money):
        return {}
    joined = [money.get(k, c) for k, c in enumerate(prev)]
    return money if _consistent_row(joined, roles, decimal_hint) else {}


_ITEM_CODE = re.compile(r"(?=\S*\d)(?=\S*[^\W\d_])[^\W_][\w\-/.]*")


def _is_code(text: str) -> bool:
    """An item code: letters and digits ("GM010-01T"), or a long number ("560660", "12.345.67") - not a
    position ("10", "00020") nor a quantity."""
    if _ITEM_CODE.fullmatch(text):
        return True
    digits = sum(ch.isdigit() for ch in text)
    return bool(re.fullmatch(r"\d[\d\-/.]*\d", text)) and (digits >= 6 or (digits >= 5 and not text.isdigit()))


def _codes_under_number_heading(roles: dict[int, str], rows: list[list[str]]) -> dict[int, str]:
    """"No." / "N°" heads the position in some prints and the item number in others (ERP order prints):
    with no code column, a position column holding codes (letters and digits, "GM010-01T") is the code. A word
    without a digit there ("Company No. ..." of a footer read as a row) opens no item (see `items_from_blocks`)
    and does not count."""
    if "sku" in roles.values():
        return roles
    for k, ro in roles.items():
        if ro != "pos":
            continue
        vals = [" ".join(r[k].split()) for r in rows if k < len(r) and re.search(r"\d", r[k])]
        if len(vals) >= max(1, len(rows) // 2) and all(_is_code(v) for v in vals):
            return {**roles, k: "sku"}
    return roles


def _codes_in_unnamed_column(roles: dict[int, str], rows: list[list[str]]) -> dict[int, str]:
    """A heading in a language the vocabulary lacks ("Malzeme Kodu", "Mã hàng") over a column of distinct item
    codes ("VK50-101"): with no code column named, that column is the code."""
    if "sku" in roles.values() or not rows:
        return roles
    width = max(len(r) for r in rows)
    for k in range(width):
        if k in roles:
            continue
        vals = [" ".join(r[k].split()) for r in rows if k < len(r) and r[k].strip()]
        # long numbers ("560660", "12.345.67") count as codes beside letter-and-digit ones; a column of
        # numbers alone may be tariff numbers or dates, so at least one value must hold letters - unless the
        # column opens the row's text, standing right before the description (item numbers lead a row, tariff
        # numbers and dates follow the text)
        if len(vals) >= max(1, (len(rows) + 1) // 2) and len(set(vals)) == len(vals) and all(
                _is_code(v) and len(v) <= 40 and not re.fullmatch(r"[^\W\d_]+\d{1,3}", v) for v in vals) and (
                any(_ITEM_CODE.fullmatch(v) for v in vals) or (
                    roles.get(k + 1) == "description" and not any(_DATE_SHAPED.fullmatch(v) for v in vals)
                    and not any(ro in _TEXT_ROLES for j, ro in roles.items() if j < k))):
            return dict(sorted({**roles, k: "sku"}.items()))
    return roles


_DATE_SHAPED = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_SHORT_CODE = re.compile(r"[^\W_][\w\-/.]{0,23}")


def _codes_left_of_text(roles: dict[int, str], rows: list[list[str]]) -> dict[int, str]:
    """Two headings that both read as the text ("Activity | Description", "Particulars | Details"): the first is
    taken for the description and the second left unnamed. When the first column holds one short code a row
    (letters, digits, "-", "/"; distinct per row) and the unnamed column right of it the text, the first is the
    item code and the second the description."""
    if "sku" in roles.values() or not rows:
        return roles
    k = next((j for j, ro in roles.items() if ro == "description"), None)
    if k is None or k + 1 in roles:
        return roles
    codes = [" ".join(r[k].split()) for r in rows if k < len(r) and r[k].strip()]
    texts = [" ".join(r[k + 1].split()) for r in rows if k + 1 < len(r) and r[k + 1].strip()]
    if _numbered_rows(codes) and _text_column(texts, len(codes)):
        # the rows' numbers (1, 2, 3) under the generic heading ("Item | Details"): the position
        return dict(sorted({**roles, k: "pos", k + 1: "description"}.items()))
    if len(codes) < max(1, (len(rows) + 1) // 2) or len(set(codes)) != len(codes) or not all(
            _SHORT_CODE.fullmatch(v) and re.search(r"\d", v) and (_is_code(v) or re.search(r"[^\W\d_]", v))
            for v in codes):
        return roles
    if not _text_column(texts, len(codes)):
        return roles
    return dict(sorted({**roles, k: "sku", k + 1: "description"}.items()))


def _numbered_rows(values: list[str]) -> bool:
    """The rows counted in a column of their own: 1, 2, 3 (or "0010", "0020"), two rows at least, rising, every
    one position-shaped - an item number column would not count its rows one by one."""
    return len(values) >= 2 and _positions(values) and all(_POSITION_SHAPED.fullmatch(v) for v in values)


def _text_column(texts: list[str], rows: int) -> bool:
    """A column of text: words in (nearly) every one of `rows` rows, not numbers."""
    return len(texts) >= rows and sum(1 for v in texts if re.search(r"[^\W\d_]{3}", v)) >= 0.8 * len(texts)


def items_from_blocks(blocks: list[tuple[dict[int, str], list[list[str]]]],
                      decimal_hint: str | None, min_numbers: int = 2) -> list[LineItem]:
    """Items of table blocks (one header's roles, its body rows), numeric columns checked first; a row needs
    `min_numbers` numbers (fewer when its header has fewer numeric columns)."""
    items: list[LineItem] = []
    stacked: dict[int, str] | None = None  # the header whose text column stacked the codes over the text
    for roles, rows in blocks:
        settled = settle_numeric_roles(rows, roles, decimal_hint)
        found = set(settled.values())
        if items and not ("unit_price" in found or {"quantity", "amount"} <= found):
            # after an item table, a table without a price (nor quantity and amount) is a summary (tax
            # breakdown, allowances and charges, payment schedule) or a packing/component list, not more items
            continue
        need = min(min_numbers, _min_numbers(settled))
        settled = _codes_left_of_text(_codes_in_unnamed_column(_codes_under_number_heading(settled, rows), rows),
                                      rows)
        # a header repeated on the next page over a row or two: its column reads as on the page before
        pre = settled
        settled, rows = _codes_stacked_in_text(pre, rows, pre == stacked)
        if settled is not pre:
            stacked = pre
        settled, rows = _codes_under_text(settled, rows)
        settled, rows = _text_under_codes(settled, rows)
        pos_cols = [k for k, ro in settled.items() if ro == "pos"]
        desc_cols = [k for k, ro in settled.items() if ro == "description"]
        sku_cols = [k for k, ro in settled.items() if ro == "sku"]
        kept: list[list[str]] = []
        for row in rows:
            row = [*row, *[""] * (max(settled, default=0) + 1 - len(row))]
            first = next((c for c in row if c.strip()), "")
            if any(match_start(_not_item_labels(), half) for half in _caption_halves(" ".join(first.lower().split()))):
                continue  # "Umsatzsteuer (S) 198,00 19 % 37,62", "Übertrag 1.234,50", "PDV / MwSt.": no item
            if any(row[k] and not re.search(r"\d", row[k]) for k in pos_cols):
                continue  # a word in the position column ("Umsatzsteuer (S)"): a summary row, not an item
            if desc_cols and sku_cols and not any(row[k] for k in desc_cols) and not any(
                    re.search(r"\d", row[k]) for k in sku_cols):
                continue  # no description and a "code" without a digit ("innergemeinschaftliche"): prose
            if kept and _amount_continues(kept[-1], row, settled, decimal_hint):
                kept[-1][next(k for k, ro in settled.items() if ro == "amount")] = row[
                    next(k for k, ro in settled.items() if ro == "amount")]
                continue
            kept.append(list(row))
        _words_past_code(kept, settled)
        _quantity_under_unit(kept, settled)
        block: list[LineItem] = []
        for row in kept:
            filled = sum(1 for i, ro in settled.items() if ro in NUMERIC_ROLES and i < len(row) and row[i].strip())
            if filled < need:
                continue
            item = item_from_cells(row, settled, decimal_hint)
            if item and not _sums_rows_above(item, block):
                block.append(item)
        items.extend(block)
    return items


def _quantity_under_unit(rows: list[list[str]], roles: dict[int, str]) -> None:
    """"Qty / UOM" over "72 each" and "4 each", the quantity and its unit one right-aligned cell: a short
    quantity starts past the end of "Qty" and slides under "UOM" with its unit, the quantity cell left empty.
    The number goes back to the quantity column (only a number and a unit word under the unit heading)."""
    q = next((k for k, ro in roles.items() if ro == "quantity"), None)
    u = next((k for k, ro in roles.items() if ro == "unit"), None)
    if q is None or u is None:
        return
    for row in rows:
        if q < len(row) and u < len(row) and not row[q].strip() and (m := _NUMBER_THEN_UNIT.fullmatch(row[u].strip())):
            row[q], row[u] = m.group(1), m.group(2)


# a measure, not a code, when alone on a cell's first line: "DN25", "M8", "PN100" (no leading zero: "DZ080" is a code)
_MEASURE_LIKE = re.compile(r"[^\W\d_]{1,2}[1-9]\d{0,2}")


def _code_shaped(tokens: list[str]) -> bool:
    """Tokens of one shape, letters then three digits or more, under different letters ("KE552", "TC486"):
    a code system; sizes repeat their letters ("DN100", "DN150") and mostly have fewer digits."""
    shapes = [re.fullmatch(r"([^\W\d_]+)(\d+)", t) for t in tokens]
    return all(shapes) and len({(len(m[1]), len(m[2])) for m in shapes if m}) == 1 and all(
        len(m[2]) >= 3 for m in shapes if m) and len({m[1].upper() for m in shapes if m}) >= 2


def _positions(values: list[str]) -> bool:
    """ERP item numbers ("00010", "00020" or 1, 2, 3): digits only, rising row by row."""
    nums = [int(v) for v in values if re.fullmatch(r"\d{1,6}", v)]
    return len(nums) == len(values) >= 2 and all(a < b for a, b in zip(nums, nums[1:], strict=False))


def _opening_code(cell: str) -> tuple[str, str]:
    """The token a text cell opens with and the rest: the cell's first line when it is one token ("DZ080" over
    the text), the token before a dash ("DZ080 – text") or a gap wider than a word space ("DZ080  text"), else the
    first line."""
    text = _HYPHEN_WRAP.sub("-", cell.strip())
    m = _DASH_CODE.fullmatch(text) if "\n" not in text.split(" ", 1)[0] else None
    m = m or re.fullmatch(r"([^\s]+)[ \t\u00a0]{2,}(\S.*)", text, re.S)
    if m:
        return m[1], m[2]
    first, _, rest = text.partition("\n")
    return first.strip(), rest


def _codes_stacked_in_text(roles: dict[int, str], rows: list[list[str]],
                           seen: bool = False) -> tuple[dict[int, str], list[list[str]]]:
    """ERP prints stack the item code on the first line of the text cell and the text below it ("Item /
    Description", "Material / Short text"), or open the text with it ("DZ080 – text"). When every row's text cell
    opens with a code of its own (a single token of letters and digits, distinct row by row, one at least beyond
    doubt a code and not a measure like "DN25"), the codes become a code column of their own; a code column
    beside it that only counts the rows ("00010", "00020") is the position. Decided on the whole column: "DZ100" alone could be a size. `seen`: the
    same header stacked its codes on the page before (the column's first line is then a code in one row too)."""
    desc = next((k for k, ro in roles.items() if ro == "description"), None)
    sku = next((k for k, ro in roles.items() if ro == "sku"), None)
    # the rows with a number under a numeric heading: notes and wrapped lines between them have no say
    items = [n for n, r in enumerate(rows) if any(k < len(r) and r[k].strip() and re.search(r"\d", r[k])
                                                  for k, ro in roles.items() if ro in NUMERIC_ROLES)]
    if desc is None or len(items) < (1 if seen else 2):
        return roles, rows
    cells = [(rows[n][desc] if desc < len(rows[n]) else "").strip() for n in items]
    if not all(cells):
        return roles, rows
    skus = [" ".join(rows[n][sku].split()) for n in items if sku is not None and sku < len(rows[n])
            and rows[n][sku].strip()]
    if sku is not None and not (len(skus) == len(items) and (_positions(skus) or seen and all(
            re.fullmatch(r"\d{1,6}", v) for v in skus))):
        return roles, rows  # a code column of its own: the text's first line is no code
    split = [_opening_code(c) for c in cells]
    firsts = [f for f, _ in split]
    if len(set(firsts)) != len(firsts) or not all(
            len(f) <= 40 and _ITEM_CODE.fullmatch(f) and sum(ch.isdigit() for ch in f) >= 2 for f in firsts) or \
            all(_MEASURE_LIKE.fullmatch(f) for f in firsts) and not (seen or _code_shaped(firsts)):
        return roles, rows
    # the text below the codes; a column of codes alone only where a position column names the rows
    if not all(re.search(r"[^\W\d_]{2}", rest) for _, rest in split) and sku is None:
        return roles, rows
    new = max(max(roles) + 1, max(len(r) for r in rows))
    out = [[*r, *[""] * (new + 1 - len(r))] for r in rows]
    for n, (first, rest) in zip(items, split, strict=True):
        out[n][desc], out[n][new] = rest.strip(), first.strip()
    moved = {**roles, new: "sku"}
    if sku is not None:
        moved[sku] = "pos"
    return dict(sorted(moved.items())), out


# a code closing a one-line text: "Hex bolt M8 (AB-100)", "Hex bolt M8 [AB-100]", "Hex bolt M8 – AB-100", or after a
# wider gap than a word space ("Hex bolt M8  AB-100")
_CLOSING_CODE = re.compile(r"(?P<text>.*?[^\W\d_].*?)(?:\s*[(\[]\s*(?P<a>[^\s()\[\]]+)\s*[)\]]|\s+[–—-]\s+(?P<b>\S+)"
                           r"|\s{2,}(?P<c>\S+))\s*$", re.S)


def _closing_code(cell: str) -> tuple[str, str] | None:
    """(text, code candidate) of a text cell that closes with a token of its own: on a line below the text, in
    brackets, after a dash or a wide gap; None when the cell has no such token (one line of words)."""
    text, _, last = cell.strip().rpartition("\n")
    if text.strip():
        return text.strip(), " ".join(last.split()).strip("()[]")
    m = _CLOSING_CODE.fullmatch(cell.strip())
    return (m["text"].strip(_SEPS), (m["a"] or m["b"] or m["c"]).strip()) if m else None


def _short_codes_below(cells: list[str], codes: list[str]) -> bool:
    """Short letter-and-number codes ("FV16", "OR2", shaped like a size "DN25") on a line of their own under the
    text of every item row, three rows at least, under three letter prefixes at least: a code system (sizes
    repeat their few letters, "DN25", "DN40", "M8", and sit inside the text rather than under it)."""
    if len(codes) < 3 or not all("\n" in c.strip() for c in cells):
        return False
    shapes = [re.fullmatch(r"([^\W\d_]{1,4})(\d{1,4})", c) for c in codes]
    return all(shapes) and len({m[1].upper() for m in shapes if m}) >= 3


def _codes_under_text(roles: dict[int, str], rows: list[list[str]]) -> tuple[dict[int, str], list[list[str]]]:
    """Accounting prints (Tally, Zoho) set the item code on a line of its own under the text in the description
    cell ("Decorticator drum knife" / "NCL-DC600"); others close the text with it in brackets or after a dash
    ("Drum knife (NCL-DC600)", "Drum knife – NCL-DC600"). With no code column, when the item rows' texts close
    with one token that is an item code (letters and digits or a long number, no measure; distinct row by row, one
    at least with letters) after a line of words, those tokens are a code column. A row of one line without such a
    token (a freight or service line) has no code; any other closing token that is no code (a size, a colour, a
    note) keeps the texts whole. Decided on the whole column: one wrapped word under a text is no code."""
    desc = next((k for k, ro in roles.items() if ro == "description"), None)
    items = [n for n, r in enumerate(rows) if any(k < len(r) and r[k].strip() and re.search(r"\d", r[k])
                                                  for k, ro in roles.items() if ro in NUMERIC_ROLES)]
    sku = next((k for k, ro in roles.items() if ro == "sku"), None)
    if desc is None or sku is not None and not _numbered_rows(
            [" ".join(rows[n][sku].split()) if sku < len(rows[n]) else "" for n in items]):
        return roles, rows
    # ("Item | Description" over the rows' numbers, 1, 2, 3: no code column, the numbers are the position)
    found = {n: _closing_code(rows[n][desc] if desc < len(rows[n]) else "") for n in items}
    split = {n: f for n, f in found.items() if f is not None}
    codes = [code for _, code in split.values()]
    if not split or not all(text and re.search(r"[^\W\d_]{3}", text) for text, _ in split.values()) or \
            len(set(codes)) != len(codes) or not (all(_real_code(c) for c in codes) or _short_codes_below(
                [rows[n][desc] for n in items], codes)) or \
            not any(re.search(r"[^\W\d_]", c) for c in codes):
        # (long numbers, "560660", are codes beside letter-and-digit ones; numbers alone may be a wrapped figure)
        return roles, rows
    if len(split) < len(items) and len(split) < 2:
        return roles, rows  # rows without a code beside one with it: a code system needs two rows at least
    if len(items) == 1 and not re.fullmatch(r"[^\W\d_]+[-/][\w\-/.]*\d{2,}[\w\-/.]*", codes[0]):
        return roles, rows  # one row: only a code beyond doubt ("NCL-DC600"), not a wrapped word ("Typ2")
    new = max(max(roles) + 1, max(len(r) for r in rows))
    out = [[*r, *[""] * (new + 1 - len(r))] for r in rows]
    for n, (text, code) in split.items():
        out[n][desc], out[n][new] = text, code
    if sku is not None:
        roles = {**roles, sku: "pos"}
    return dict(sorted({**roles, new: "sku"}.items())), out


def _text_under_codes(roles: dict[int, str], rows: list[list[str]]) -> tuple[dict[int, str], list[list[str]]]:
    """One cell under a joint heading read as the code ("Part Number / Description", "Item / Description"): the
    code on its first line, the text below it. When every item row's code cell holds one token that is an item
    code (distinct row by row, not all measure-like as "DN25") over a line of words, and no description column
    has text, the lines below the codes are a description column. Decided on the whole column: "GXPU40" alone
    could be a size."""
    sku = next((k for k, ro in roles.items() if ro == "sku"), None)
    if sku is None:
        return roles, rows
    desc = next((k for k, ro in roles.items() if ro == "description"), None)
    items = [n for n, r in enumerate(rows) if any(k < len(r) and r[k].strip() and re.search(r"\d", r[k])
                                                  for k, ro in roles.items() if ro in NUMERIC_ROLES)]
    if not items or desc is not None and any(desc < len(rows[n]) and rows[n][desc].strip() for n in items):
        return roles, rows
    split = [_HYPHEN_WRAP.sub("-", (rows[n][sku] if sku < len(rows[n]) else "").strip()).partition("\n")
             for n in items]
    firsts = [f.strip() for f, _, _ in split]
    if len(set(firsts)) != len(firsts) or not all(
            len(f) <= 40 and _is_code(f) and re.search(r"[^\W\d_]{2}", rest) for f, (_, _, rest) in zip(
                firsts, split, strict=True)) or \
            all(_MEASURE_LIKE.fullmatch(f) for f in firsts) and not _code_shaped(firsts):
        return roles, rows
    if desc is None:
        desc = max(max(roles) + 1, max(len(r) for r in rows))
    out = [[*r, *[""] * (desc + 1 - len(r))] for r in rows]
    for n, first, (_, _, rest) in zip(items, firsts, split, strict=True):
        out[n][sku], out[n][desc] = first, rest.strip()
    return dict(sorted({**roles, desc: "description"}.items())), out


def _words_past_code(rows: list[list[str]], roles: dict[int, str]) -> None:
    """A code column of one token a row, beside the description to its right: words that spilled into a code
    cell ("RC250-103 Résistance", text starting left of its heading) open that row's description."""
    sku = next((k for k, ro in roles.items() if ro == "sku"), None)
    if sku is None or roles.get(sku + 1) != "description":
        return
    cells = [r[sku].split() for r in rows if sku < len(r) and r[sku].strip()]
    if len(cells) < 3 or sum(1 for c in cells if len(c) == 1 and _is_code(c[0])) < 2 * len(cells) / 3:
        return
    for r in rows:
        words = r[sku].split() if sku + 1 < len(r) else []
        if len(words) >= 2 and _is_code(words[0]) and not re.search(r"\d", words[1]):
            r[sku], r[sku + 1] = words[0], f"{' '.join(words[1:])} {r[sku + 1]}".strip()


def _sums_rows_above(item: LineItem, above: list[LineItem]) -> bool:
    """A totals row in any wording ("TỔNG CỘNG", "Toplam", "TOTAL" in the description column): no unit price,
    its amount the sum of the amounts above it and its quantity, if any, the sum of their quantities."""
    if item.unit_price is not None or item.amount is None or len(above) < 2 or any(
            it.amount is None for it in above):
        return False
    if sum((it.amount for it in above), Decimal(0)) != item.amount:
        return False
    return item.quantity is None or all(it.quantity is not None for it in above) and abs(
        sum(it.quantity or 0.0 for it in above) - item.quantity) < 1e-6


def items_from_positioned_lines(lines: list[TextLine], columns: list[Label], total_labels: list[Label],
                                decimal_hint: str | None) -> tuple[list[LineItem], dict[str, Any] | None]:
    """PDF tables without rules: a header line names the columns, body words go under the header cell they
    stand beneath; a repeated header (next page) restarts the columns, a totals row ends the table."""
    blocks: list[tuple[dict[int, str], list[list[str]]]] = []
    evidence = None
    cells: list[Cell] | None = None
    roles: dict[int, str] = {}
    # a table ended by a page subtotal ("Zwischensumme") may go on on the next page without its header
    dormant: tuple[list[Cell], Any] | None = None
    last: tuple[list[str], Any, Any] | None = None  # the last item row, its page and top
    pending: tuple[list[str], Any, Any] | None = None  # text standing above the numbers of the next row
    # item row (id) -> the text column, its cell before any text was joined to it, the text lines below the row
    under: dict[int, tuple[int, str, list[str]]] = {}
    misses = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        found = _positioned_header(lines, i, columns) if line.words else None
        if found:
            cells, roles, used = found
            body = _body_lines(lines, i + used, total_labels)
            cells = _widen_to_body(cells, body)
            roles = _text_column_named(cells, roles, body, decimal_hint)
            blocks.append((roles, []))
            evidence = evidence or {**line.loc, "snippet": line.text[:120]}
            misses, dormant, last = 0, None, None
            i += used
            continue
        i += 1
        if not line.words:
            continue
        if cells is None and dormant is not None and line.loc.get("page", 0) > dormant[1]:
            row = _row_cells(line, dormant[0])
            if _consistent_row(row, roles, decimal_hint):
                cells, dormant, misses = dormant[0], None, 0
        if cells is None:
            continue
        row = _row_cells(line, cells)
        if is_total_row(line.text, total_labels) and not _counted_item(row, roles, decimal_hint):
            dormant = (cells, line.loc.get("page", 0)) if blocks and blocks[-1][1] else None
            cells = None  # the table ended; another header may follow further down
            continue
        if blocks and blocks[-1][1] and i < len(lines) and _caption_strip(line, lines[i]):
            # "Carrier | Tracking Reference | Packages | Weight" over "DHL Express | 6727… | 3 | 129.2 kg": the
            # captions of another box of the form under the items, its values on the next line, end the table
            cells, dormant = None, None
            continue
        if pending is not None:
            row = _with_text_above(row, roles, line, pending, decimal_hint)
            pending = None
        if last is not None and (money := _money_wrapped(row, roles, line, last, decimal_hint)):
            for k, cell in money.items():
                last[0][k] = cell
            last = (last[0], line.loc.get("page"), line.loc.get("top"))
            continue
        below = _text_below(row, roles, line, cells, last, decimal_hint) if last is not None else None
        if below is not None and last is not None and not (
                i < len(lines) and _text_of_next_row(row, roles, line, lines[i], cells, last, decimal_hint)):
            # a line of text under an item row, maybe running across the columns: the second row of a two-row
            # item, kept aside with the cell it opens under as it was (the table decides what it is)
            k, text = below
            under.setdefault(id(last[0]), (k, last[0][k], []))[2].append(text)
            if _continues_text(row, roles, line, last):
                for j, ro in roles.items():
                    if ro == "description" and row[j]:
                        last[0][j] = f"{last[0][j]}\n{row[j]}".strip()
            last = (last[0], line.loc.get("page"), line.loc.get("top"))
            continue
        if _is_item_row(row, roles, decimal_hint):
            blocks[-1][1].append(row)
            misses, last = 0, (row, line.loc.get("page"), line.loc.get("top"))
        elif i < len(lines) and _text_of_next_row(row, roles, line, lines[i], cells, last, decimal_hint):
            # a cell centred vertically in a taller row: its first text line stands above the row's numbers
            pending = (row, line.loc.get("page"), line.loc.get("top"))
        elif last is not None and _continues_text(row, roles, line, last):
            # a description wrapped in its cell ("Bolt M8" / "Art.-Nr.: 4711"): joined to the row above it
            for k, ro in roles.items():
                if ro == "description" and row[k]:
                    last[0][k] = f"{last[0][k]}\n{row[k]}".strip()
            last = (last[0], line.loc.get("page"), line.loc.get("top"))
        else:
            misses += 1
            # item blocks of e-invoice prints carry up to a dozen detail lines (GTIN, gross price, packing);
            # an item row needs numbers under the numeric headings, so a long run only stops the table later
            if misses > 15:
                cells = None
    blocks = [_labelled_codes_under_text(*_text_rows_under_codes(roles, rows, under), under) for roles, rows in blocks]
    items = items_from_blocks(blocks, decimal_hint)
    return items, (evidence if items else None)


def _caption_strip(line: TextLine, nxt: TextLine) -> bool:
    """A line of three or more short captions without a digit (each capitalised, at most three words), the next
    line holding as many cells, digits among them: a strip of captions over their values, no item or text."""
    caps = [c for _, c in _segments(line.text)]
    vals = [c for _, c in _segments(nxt.text)]
    return (len(caps) >= 3 and len(vals) == len(caps) and not re.search(r"\d", line.text)
            and all(c[:1].isupper() and len(c.split()) <= 3 and not c.endswith((".", ",", ";")) for c in caps)
            and sum(bool(re.search(r"\d", v)) for v in vals) >= 2)


def _text_column_named(cells: list[Cell], roles: dict[int, str], body: list[TextLine], decimal_hint: str | None
                       ) -> dict[int, str]:
    """Two text headings, the first generic ("Item | Details", "Item | Particulars") and the second unknown: the
    first was taken for the description, so the lines of text under the items (a wrapped text, the item code on
    a line of its own) would fall under a column of no role and be lost. Decided on the body's item rows before
    they are read, as for ruled tables (`_codes_left_of_text`): the rows' numbers or codes there and the text
    right of them make the second column the description."""
    k = next((j for j, ro in roles.items() if ro == "description"), None)
    if k is None or k + 1 in roles or k + 1 >= len(cells):
        return roles
    rows = [_row_cells(line, cells) for line in body]
    items = [r for r in rows if any(r[j].strip() and _number(r[j], decimal_hint) is not None
                                    for j, ro in roles.items() if ro in NUMERIC_ROLES and j < len(r))]
    return _codes_left_of_text(roles, items) if len(items) >= 2 else roles


def _phrase(words: list[Cell]) -> str:
    out = ""
    prev: Cell | None = None
    for w in words:
        out += w[2] if prev is not None and w[0] < prev[1] - 0.5 or not out else f" {w[2]}"
        prev = w
    return out


def _text_below(row: list[str], roles: dict[int, str], line: TextLine, cells: list[Cell],
                last: tuple[list[str], Any, Any], decimal_hint: str | None) -> tuple[int, str] | None:
    """(text column, text) of a line right below an item row that is one phrase (word spaces only) opening under
    a text heading, maybe running on under the columns to its right, without the numbers of an item."""
    top = line.loc.get("top")
    if line.loc.get("page") != last[1] or top is None or last[2] is None or not 0 < top - last[2] <= 16:
        return None
    words = sorted(line.words or [])
    if not words or any(b[0] - a[1] > _COL_GAP for a, b in zip(words, words[1:], strict=False)):
        return None
    k = _column_of(words[0], cells)
    if roles.get(k) not in _TEXT_ROLES or not re.search(r"[^\W\d_]{3}", line.text):
        return None
    numbers = sum(1 for j, ro in roles.items() if ro in NUMERIC_ROLES and j < len(row) and row[j]
                  and _number(row[j], decimal_hint) is not None)
    if numbers >= _min_numbers(roles):
        return None
    return k, _phrase(words)


def _text_rows_under_codes(roles: dict[int, str], rows: list[list[str]], under: dict[int, tuple[int, str, list[str]]]
                           ) -> tuple[dict[int, str], list[list[str]]]:
    """Two-row items: the first row holds one code under the text heading ("Item", no code column of its own) and
    the numbers, a row of text below it runs across the columns. When every item has such a text row, opening
    in the same column, and each holds one distinct code there, that column is the code and the rows below are
    the description. Decided on the whole table: one short name over a note is no code."""
    if not rows or any(id(r) not in under for r in rows):
        return roles, rows
    cols = {under[id(r)][0] for r in rows}
    if len(cols) != 1:
        return roles, rows
    k = cols.pop()
    codes = [" ".join(under[id(r)][1].split()) for r in rows]
    if len(set(codes)) != len(codes) or not all(_is_code(c) for c in codes):
        return roles, rows
    if roles.get(k) == "sku" and "description" in roles.values() or \
            roles.get(k) == "description" and "sku" in roles.values():
        return roles, rows
    new = max(max(roles) + 1, max(len(r) for r in rows))
    out = []
    for r, code in zip(rows, codes, strict=True):
        row = [*r, *[""] * (new + 1 - len(r))]
        row[k], row[new] = code, " ".join(under[id(r)][2])
        out.append(row)
    return dict(sorted({**roles, k: "sku", new: "description"}.items())), out


def _labelled_codes_under_text(roles: dict[int, str], rows: list[list[str]],
                               under: dict[int, tuple[int, str, list[str]]]) -> tuple[dict[int, str], list[list[str]]]:
    """A web shop's item cell: the title, and below it in small type the code behind its caption ("SKU SD-520 ·
    Einheit: Stk"). Under a heading read as the code ("Artikel", "Article") that holds the titles (words, no
    code), every row's line below opening with a code caption and its code: the column is the description and
    the labelled code the sku. Decided on the whole table."""
    sku = next((k for k, ro in roles.items() if ro == "sku"), None)
    if sku is None or "description" in roles.values() or not rows or any(id(r) not in under for r in rows):
        return roles, rows
    found = [_sku_in_text().match(" ".join(" ".join(under[id(r)][2]).split())) for r in rows]
    if not all(found) or any(under[id(r)][0] != sku or _is_code(r[sku].strip()) or len(r[sku].split()) < 2
                             for r in rows):
        return roles, rows
    new = max(max(roles) + 1, max(len(r) for r in rows))
    out = []
    for r, m in zip(rows, found, strict=True):
        row = [*r, *[""] * (new + 1 - len(r))]
        row[new] = m.group(1).strip("._-/") if m else ""
        out.append(row)
    return dict(sorted({**roles, sku: "description", new: "sku"}.items())), out


_TEXT_ROLES = ("sku", "description")


def _text_of_next_row(row: list[str], roles: dict[int, str], line: TextLine, nxt: TextLine, cells: list[Cell],
                      last: tuple[list[str], Any, Any] | None, decimal_hint: str | None) -> bool:
    """A line of text cells only, right above a line with the numbers of an item whose text cells are empty
    there, and nearer to it than to the item row above: the two are one row whose cells are centred."""
    used = {roles.get(k) for k, c in enumerate(row) if c}
    top, ntop = line.loc.get("top"), nxt.loc.get("top")
    if not used or not used <= set(_TEXT_ROLES) or not nxt.words or nxt.loc.get("page") != line.loc.get("page") or \
            top is None or ntop is None or not 0 < ntop - top <= 12:
        return False
    if last is not None and last[1] == line.loc.get("page") and last[2] is not None and top - last[2] <= ntop - top:
        return False
    below = _row_cells(nxt, cells)
    if any(below[k] for k, c in enumerate(row) if c):
        return False
    return any(below[k] and _number(below[k], decimal_hint) is not None for k, ro in roles.items()
               if ro in NUMERIC_ROLES)


def _with_text_above(row: list[str], roles: dict[int, str], line: TextLine, pending: tuple[list[str], Any, Any],
                     decimal_hint: str | None) -> list[str]:
    """The numbers row of a centred row takes the text cells of the line above it."""
    top = line.loc.get("top")
    if pending[1] != line.loc.get("page") or top is None or pending[2] is None or not 0 < top - pending[2] <= 12:
        return row
    out = list(row)
    for k, ro in roles.items():
        if ro in _TEXT_ROLES and k < len(out) and not out[k] and pending[0][k]:
            out[k] = pending[0][k]
    return out


def _body_lines(lines: list[TextLine], start: int, total_labels: list[Label]) -> list[TextLine]:
    """The lines of a table body below its header: to its totals row, the end of the page or a wide gap."""
    out: list[TextLine] = []
    for line in lines[start:start + 80]:
        if not line.words:
            continue
        prev = out[-1] if out else lines[start - 1]
        top, ptop = line.loc.get("top"), prev.loc.get("top")
        if line.loc.get("page") != prev.loc.get("page") or top is None or ptop is None or top - ptop > 60 or \
                is_total_row(line.text, total_labels):
            break
        out.append(line)
    return out


def _widen_to_body(cells: list[Cell], body: list[TextLine]) -> list[Cell]:
    """Headings narrower than their column and aligned otherwise than its cells (right-aligned or centred
    headings over left-aligned text): the body's words stand clear of every heading. Columns are the bands of
    the page that header and body words cover, split by the gaps that run down the whole table; a band
    with body words only, next to a band with a heading only, is that heading's column."""
    if len(body) < 1 or len(cells) < 2:
        return cells
    spans: list[tuple[float, float, int]] = [(c[0], c[1], 1) for c in cells]  # (x0, x1, heading/body/unsure)
    for line in body:
        words = sorted(line.words or [])
        start = 0
        for j in range(1, len(words) + 1):
            # a position number glued to the code after it ("1 HY-2210") is a column of its own
            if j == len(words) or words[j][0] - words[j - 1][1] > _COL_GAP or (
                    j == start + 1 and words[start][2].isdigit() and not words[j][2].isdigit()
                    and not words[j][2].startswith("%")):
                # numbers one space apart may be two columns' cells touching ("1,200 9098.65.40"): unsure
                numbers = sum(1 for w in words[start:j] if not re.search(r"[^\W\d_]", w[2]))
                spans.append((words[start][0], words[j - 1][1], 3 if numbers >= 2 else 2))
                start = j
    bands: list[list[float]] = []  # x0, x1, headings, body phrases, unsure phrases
    for x0, x1, kind in sorted(spans):
        if bands and x0 <= bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], x1)
        else:
            bands.append([x0, x1, 0, 0, 0])
        bands[-1][1 + kind] += 1
    widened = list(cells)
    for band in bands:
        if band[2] == 1 and band[3] and not band[4]:
            # one heading over words that reach past it (a heading centred over a wide column of left-aligned
            # text): the column is as wide as its words
            k = next(n for n, c in enumerate(widened) if band[0] <= c[0] and c[1] <= band[1])
            widened[k] = (band[0], band[1], widened[k][2])
    def body_only(b: int) -> bool:
        return 0 <= b < len(bands) and not bands[b][2] and bands[b][3] > 0 and not bands[b][4]

    def is_text(b: int) -> bool:
        band = bands[b]
        words = [w for line in body for w in line.words or [] if band[0] <= w[0] and w[1] <= band[1]]
        return sum(1 for w in words if re.search(r"[^\W\d_]", w[2])) > len(words) / 2

    # text stands left of its right-aligned or centred heading, numbers right of a left-aligned one: a body
    # band between two lone headings, or a lone heading between two body bands, goes by that
    claims: dict[int, list[int]] = {}  # body band -> lone headings beside it
    for h, band in enumerate(bands):
        if band[2:] != [1, 0, 0]:
            continue
        sides = [b for b in (h - 1, h + 1) if body_only(b)]
        if len(sides) == 2:
            sides = [h - 1] if is_text(h - 1) and not is_text(h + 1) else [h + 1] if not is_text(h + 1) or \
                not is_text(h - 1) else []
        for b in sides:
            claims.setdefault(b, []).append(h)
    for b, heads in claims.items():
        if len(heads) == 2:
            heads = [max(heads)] if is_text(b) else [min(heads)]
        owner = bands[heads[0]]
        k = next(n for n, c in enumerate(widened) if owner[0] <= c[0] and c[1] <= owner[1])
        c = widened[k]
        widened[k] = (min(c[0], bands[b][0]), max(c[1], bands[b][1]), c[2])
    return widened


def _continues_text(row: list[str], roles: dict[int, str], line: TextLine, last: tuple[list[str], Any, Any]) -> bool:
    """The line right below an item row has words under the description heading only."""
    top = line.loc.get("top")
    if line.loc.get("page") != last[1] or top is None or last[2] is None or not 0 < top - last[2] <= 16:
        return False
    # a unit word printed under the quantity of the row above ("SKU: AB-12 ... pcs") belongs to that row too
    # so does the quantity its price is for ("per 1 EA") under the price, and the currency a long amount
    # wrapped onto the next line in a narrow cell ("1,511,970.00" / "EUR")
    used = {roles.get(k) for k, c in enumerate(row) if c and not (
        roles.get(k) in ("quantity", "unit") and re.fullmatch(r"[^\W\d_]{1,8}\.?", c.strip())) and not (
        roles.get(k) in ("unit_price", "amount") and (_PRICE_BASIS.fullmatch(c.strip()) or re.fullmatch(
            r"[A-Z]{3}|[€$£¥]", c.strip())))}
    return "description" in used and used <= {"description"}


def _consistent_row(row: list[str], roles: dict[int, str], decimal_hint: str | None) -> bool:
    """An item row beyond doubt: a code or description, and quantity x price = amount."""
    inv = {ro: k for k, ro in roles.items()}
    row = [*row, *[""] * (max(roles, default=0) + 1 - len(row))]
    if not all(ro in inv and row[inv[ro]] for ro in NUMERIC_ROLES) or not any(
            row[inv[ro]] for ro in ("sku", "description") if ro in inv):
        return False
    q = _qty(_no_rate(row[inv["quantity"]]), decimal_hint)[0]
    p, a = _money(row[inv["unit_price"]], decimal_hint), _money(row[inv["amount"]], decimal_hint)
    return q is not None and p is not None and a is not None and _close(Decimal(str(q)), p, a)


def _is_item_row(row: list[str], roles: dict[int, str], decimal_hint: str | None) -> bool:
    return sum(1 for k, c in enumerate(row) if c and _number(c, decimal_hint) is not None
               and roles.get(k) not in ("sku", "description", "pos")) >= 1 and any(
        row[k] for k, ro in roles.items() if ro in ("sku", "description"))


def _full_and_consistent(item: LineItem) -> bool:
    return item.quantity is not None and item.unit_price is not None and item.amount is not None and \
        _close(Decimal(str(item.quantity)), item.unit_price, item.amount)


def lines_complete_table(table_items: list[LineItem], line_items: list[LineItem]) -> bool:
    """True when the text lines' items replace the ruled table's: there is none, or they are its items plus more
    rows beyond doubt.

    A ruled-table finder sees only some rows of a zebra-striped table (the shaded ones); the text lines
    under the same header then hold every row. Extra rows must each be quantity x price = amount, so a
    summary row the text pass took for an item ("Neto 31.290,86") never replaces a good table."""
    if not table_items:
        return bool(line_items)  # no ruled table: the text lines are all there is
    if len(line_items) <= len(table_items):
        return False
    seen = [(it.sku, it.amount) for it in line_items]
    if any((it.sku, it.amount) not in seen for it in table_items):
        return False
    table_keys = {(it.sku, it.amount) for it in table_items}
    return all(_full_and_consistent(it) for it in line_items if (it.sku, it.amount) not in table_keys)
