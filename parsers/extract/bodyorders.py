"""Order lines typed in a mail body without a table or a sum: labelled values ("Qty: 10 / Item: …") and "10 x … @ 12.50"."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from parsers.content import TextLine
from parsers.extract.lineitems import (
    _BULLET,
    _FULL_WIDTH,
    _MD_LIST_ESCAPE,
    _POSITION,
    _PRICE_TOKEN,
    _SEPS,
    _close,
    _money,
    _order_line_code,
    _qty,
    _real_code,
    _role_of,
    is_total_row,
)
from parsers.extract.vocab import Label
from parsers.model import LineItem

# "Caption: value"; the caption short and free of digits ("Qty", "Unit price", "Art.-Nr.", "单价")
_LABELLED = re.compile(r"\s*(?P<cap>[^\W\d][^\d:]{0,28}?)\s*:\s*(?P<value>\S.*?)\s*$")
# "Caption value" inside a line of several parts, the value a number or money ("qty 10", "unit price USD 12.50")
_CAPTIONED_NUMBER = re.compile(r"\s*(?P<cap>[^\W\d][^\d:]{0,28}?)\s+(?P<value>(?:[A-Z]{3}\s?|[$€£¥])?\d.*?)\s*$")
# the parts of one line holding a whole labelled item: " / ", " | ", "; ", " – ", or ", " before the next caption
# (also a gap of two spaces or more not after a colon: "型号：XK-300  数量：50台  单价：¥1,280.00"; and ", " before
# a caption with its number: "Air filter FLT-220, qty 5, unit price EUR 23.40")
_PARTS = re.compile(r"\s+/\s+|\s*\|\s*|;\s+|\t|\s+[–—]\s+|(?<![:：])\s{2,}|,\s+(?=[^\W\d][^\d:,]{0,28}:)|"
                    r",\s+(?=[^\W\d][^\d:,]{0,28}?\s(?:[A-Z]{3}\s?|[$€£¥])?\d[\d.,']*(?:\s?[^\W\d_]{1,6}\.?)?(?:,|$))")
_ROLES = ("sku", "description", "quantity", "unit", "unit_price", "amount")


def _labelled(text: str, columns: list[Label], loose: bool = False) -> tuple[str, str] | None:
    """(role, value) of "Qty: 10 pcs", the caption being a column heading of the vocabulary; `loose`, also
    of "qty 10" (a part of a line of several)."""
    m = _LABELLED.fullmatch(text) or (_CAPTIONED_NUMBER.fullmatch(text) if loose else None)
    if m is None:
        return None
    role = _role_of(m["cap"], columns)
    return (role[0], m["value"]) if role and role[0] in _ROLES else None


def _item(values: dict[str, str], decimal_hint: str | None) -> LineItem | None:
    """The item of one block of labelled values: a quantity, a price and a code or text; an amount written
    must be quantity x price, one not written is that product."""
    if "quantity" not in values or "unit_price" not in values or not ({"sku", "description"} & set(values)):
        return None
    qty, unit = _qty(values["quantity"], decimal_hint)
    price = _money(values["unit_price"], decimal_hint)
    if qty is None or price is None or qty <= 0:
        return None
    q = Decimal(str(qty))
    if "amount" in values:
        amount = _money(values["amount"], decimal_hint)
        if amount is None or not _close(q, price, amount):
            return None
    else:
        amount = (q * price).quantize(Decimal("0.01"))
    sku, desc = values.get("sku"), values.get("description")
    if sku and not desc and " " in sku:
        sku, desc = _order_line_code(sku)  # "Item: AB-12 Widget": the code and the text in one value
    elif desc and not sku:
        sku, desc = _order_line_code(desc)
    return LineItem(sku=sku or None, description=desc or None, quantity=qty,
                    unit=(values.get("unit") or unit or "").rstrip(".") or None, unit_price=price, amount=amount)


def _blocks(lines: list[TextLine], columns: list[Label], total_labels: list[Label]
            ) -> list[tuple[TextLine, dict[str, str]]]:
    """The labelled value blocks: each line holding several captions is one; runs of lines holding one each
    make one block until a blank or unlabelled line, a caption the block already has (the next item) or the
    order's total ("Total: EUR 140.00" right under the last item is no amount of it)."""
    out: list[tuple[TextLine, dict[str, str]]] = []
    run: dict[str, str] = {}
    start: TextLine | None = None
    for line in lines:
        text = _BULLET.sub("", _MD_LIST_ESCAPE.sub(r"\1", line.text).translate(_FULL_WIDTH), count=1).strip()
        parts = [p for p in _PARTS.split(text) if p.strip()] if text else []
        found = [f for f in (_labelled(p, columns, loose=len(parts) >= 3) for p in parts) if f]
        if len(parts) >= 3 and len(found) == len(parts):
            out.append((line, dict(reversed(found))))
            found = []
        elif len(parts) >= 3 and len(found) == len(parts) - 1 and _labelled(parts[0], columns, True) is None and \
                "description" not in dict(found) and re.search(r"[^\W\d_]{2}", parts[0]):
            # "AB-12 Widget, qty: 10, price: 12.50 EUR": the item's text first, its numbers labelled after it
            out.append((line, {"description": parts[0], **dict(reversed(found))}))
            found = []
        one = _labelled(text, columns) if (len(parts) <= 1 or len(found) == 1) and \
            not is_total_row(text, total_labels) else None
        if one is None or one[0] in run:
            if run and start is not None:
                out.append((start, run))
            run, start = {}, None
        if one is not None:
            run.setdefault(one[0], one[1])
            start = start or line
    if run and start is not None:
        out.append((start, run))
    return out


def items_from_labelled_lines(lines: list[TextLine], columns: list[Label], total_labels: list[Label],
                              decimal_hint: str | None) -> tuple[list[LineItem], dict[str, Any] | None]:
    """Order lines typed as labelled values ("Item: AB-12 Widget" / "Qty: 10 pcs" / "Price: EUR 12.50") or
    as "[-] 10 x AB-12 Widget @ 12.50" without the amount (quantity x price is then the amount), or as columns
    one space apart "AB-12 Widget 10 pcs 12.50 125.00" (an HTML mail collapsed the gaps)."""
    items: list[LineItem] = []
    evidence = None
    for line, values in _blocks(lines, columns, total_labels):
        item = _item(values, decimal_hint)
        if item is not None:
            items.append(item)
            evidence = evidence or {**line.loc, "snippet": line.text[:120]}
    if items:
        return items, evidence
    for line in lines:
        text = _BULLET.sub("", _MD_LIST_ESCAPE.sub(r"\1", line.text).translate(_FULL_WIDTH), count=1).strip()
        text = _POSITION.sub("", text)  # "Pos. 1  200 Stk …", "Item 2: …"
        code, text = _code_in_brackets(text)
        reading = _priced(text) or _spaced(text) or _equated(text)
        if reading is None or is_total_row(reading[0], total_labels):
            continue
        item = _item({"description": reading[0], "quantity": reading[1], "unit_price": reading[2]}
                     | ({"amount": reading[3]} if len(reading) > 3 else {}) | ({"sku": code} if code else {}),
                     decimal_hint)
        if item is not None:
            items.append(item)
            evidence = evidence or {**line.loc, "snippet": line.text[:120]}
    return items, evidence


# "10 x AB-12 Widget @ 12.50", "10 pcs AB-12 Widget à 12,50 €", "AB-12 Widget - 10 pcs @ EUR 12.50 each": the
# quantity leading with a times sign or a unit, or closing the text; the price after "@", "à", "at", "je", "zu je"
_AT = r"\s(?:@|à|at|je|zu je|a|per|x|×)\s"
_LEAD = re.compile(rf"(?P<qty>\d[\d.,'\u00a0]*)\s*(?:(?P<unit>[^\W\d_]{{1,6}}\.?)\s+|\s*[x×*]\s+)(?P<text>.+?){_AT}"
                   r"(?P<price>.+)")
_TRAIL = re.compile(rf"(?P<text>.+?)(?:\s*[,:;–—-]\s*|\s+)(?P<qty>\d[\d.,'\u00a0]*)\s*(?P<unit>[^\W\d_]{{1,6}}\.?)?"
                    rf"{_AT}(?P<price>.+)")
# the same with the price after the LAST "x"/"a"/"at" of the line: a size in the text ("Stretch film 23 my x 500 mm
# @ 6.50", "Klebeband 50 mm x 66 m zu je 2,35 €") holds the first one; a unit word of up to ten letters
# ("cartons", "unidades", "Kartons")
_LEAD_LAST = re.compile(rf"(?P<qty>\d[\d.,'\u00a0]*)\s*(?:(?P<unit>[^\W\d_]{{1,10}}\.?)\s+|\s*[x×*]\s+)"
                        rf"(?P<text>.+){_AT}(?P<price>.+)")
_TRAIL_LAST = re.compile(rf"(?P<text>.+?)(?:\s*[,:;–—-]\s*|\s+)(?P<qty>\d[\d.,'\u00a0]*)\s*"
                         rf"(?P<unit>[^\W\d_]{{1,10}}\.?)?(?:{_AT}|,\s+)(?P<price>(?:(?!{_AT}).)+)")
# the price's unit closing a typed line: "each", "cada una", "c/u", "le carton", "la pièce", "per roll", "pro Stück"
_PRICE_PER = re.compile(r"\s+(?:c/u|c\.u\.|cada\s+un[oa]|each|ea\.?|l'unité|(?:le|la|per|pro|por)\s+[^\W\d_]{2,12}\.?)"
                        r"\s*$", re.I)


def _priced(text: str) -> tuple[str, str, str] | None:
    """(text, quantity, price) of a typed order line with no amount; the price must be the line's last
    thing, written with its decimals ("12.50", "EUR 12.50/pc", "12,50 € each")."""
    if len(text) > 300 or "=" in text:
        return None
    per_unit = _PRICE_PER.search(text)
    if per_unit is not None:
        text = text[:per_unit.start()]
    for rx in (_LEAD, _TRAIL, _LEAD_LAST, _TRAIL_LAST):
        m = rx.fullmatch(text)
        if m is None:
            continue
        price = _PRICE_TOKEN.fullmatch(m["price"].strip())
        # ("zu je": the last "je" leaves "zu" closing the text)
        words = re.sub(r"\s+zu$", "", m["text"].strip(" ,;:–—-")).strip(" ,;:–—-")
        if price is None or not re.search(r"[^\W\d_]{2}", words) or re.search(r"\d[.,]\d{2}\b", words):
            continue
        # a price marked as one: its currency, "@", or an item code in the text ("5 boxes at 10.30" is a time)
        if not (price["pre"] or price["post"] or price["last"] or " @ " in text or per_unit is not None or
                any(_real_code(w.strip(_SEPS)) for w in words.split())):
            continue
        if m["unit"]:
            words = re.sub(r"^(?:de|of|d')\s*(?=[^\W\d_])", "", words, flags=re.I)  # "5 cajas de guantes"
        qty = f"{m['qty']} {m['unit'] or ''}".strip()
        return words, qty, m["price"].strip()
    return None


_MONEY_WORD = r"(?:[A-Z]{3}\s?|[$€£¥])?\d{1,3}(?:[,.'\u00a0]\d{3})*[.,]\d{2}(?:\s?(?:[A-Z]{3}|[€$£¥元]))?"
# "[code] text qty [unit] price amount", one space between the cells: the numbers close the line
_SPACED = re.compile(rf"(?P<text>.*?[^\W\d_].*?)\s+(?P<qty>\d[\d.,']*)(?:\s?(?P<unit>[^\W\d_]{{1,6}}\.?))?"
                     rf"\s+(?P<price>{_MONEY_WORD})\s+(?P<amount>{_MONEY_WORD})")


def _spaced(text: str) -> tuple[str, str, str, str] | None:
    """(text, quantity, price, amount) of a line of columns whose gaps collapsed to single spaces; read only
    when quantity x price = amount (checked by the caller)."""
    m = _SPACED.fullmatch(text) if len(text) <= 300 else None
    if m is None:
        return None
    return m["text"].strip(" ,;:–—-"), f"{m['qty']} {m['unit'] or ''}".strip(), m["price"], m["amount"]


# "(cod. HPACB-300)", "(réf. AB-12)", "(Art.-Nr. 4711)": the item's code in brackets inside a typed order line
_BRACKET_CODE = re.compile(r"\s*[(\[]\s*(?:cod|cód|código|codigo|codice|ref|réf|art|art\.-nr|item|sku|part|p/n)\.?"
                           r"\s*(?:no\.?|nr\.?|n[°º]\.?|#)?\s*[:.]?\s*(?P<code>[A-Z0-9][A-Z0-9\-/._]*\d[A-Z0-9\-/._]*)"
                           r"\s*[)\]]", re.I)
# a price marked as one for each unit: Spanish "c/u" (cada uno), "cada uno", "each", "ea.", French "l'unité", "pièce"
_PER_UNIT = re.compile(r"\s+(?:c/u|c\.u\.|cada\s+un[oa]|each|ea\.|pro\s+stück|l'unité|la\s+pièce|pièce)\s*$", re.I)


def _code_in_brackets(text: str) -> tuple[str | None, str]:
    """The code of "10 und. Molde ... (cod. HPAMP-012) a 1,180.00 c/u" and the line without it."""
    m = _BRACKET_CODE.search(text)
    if m is None or len(_BRACKET_CODE.findall(text)) > 1:
        return None, text
    return m["code"].strip("._-/"), f"{text[:m.start()]}{text[m.end():]}"


def _equated(text: str) -> tuple[str, str, str, str] | None:
    """(text, quantity, price, amount) of "10 und. Molde ... a 1,180.00 c/u = 1,180.00": a quantity, the text and
    the price after "a", "@", "at" (a per-unit word after it dropped), closed by "= amount"; the amount written
    marks the price as one (the caller checks quantity x price = amount)."""
    if len(text) > 300 or text.count("=") != 1:
        return None
    left, _, amount = text.partition("=")
    amount = amount.strip()
    if not re.fullmatch(_MONEY_WORD, amount):
        return None
    left = _PER_UNIT.sub("", left.rstrip())
    for rx in (_LEAD, _TRAIL):
        m = rx.fullmatch(left)
        if m is None or _PRICE_TOKEN.fullmatch(m["price"].strip()) is None:
            continue
        words = m["text"].strip(" ,;:–—-")
        if re.search(r"[^\W\d_]{2}", words) and not re.search(r"\d[.,]\d{2}\b", words):
            return words, f"{m['qty']} {m['unit'] or ''}".strip(), m["price"].strip(), amount
    return None
