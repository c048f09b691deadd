"""Caption cells of a header grid: a cell that only names a field, its value in the next cell or the one below."""
from __future__ import annotations

import re
from collections.abc import Iterable

from parsers.content import Table
from parsers.extract.numbers import find_dates
from parsers.extract.vocab import Label

# a code with a digit and nothing else in the cell ("4500018733", "CMD-2027-0188")
CODE_CELL_RE = re.compile(r"[A-Z0-9][A-Z0-9\-/._]*\d[A-Z0-9\-/._]*")

Row = list[tuple[int, str]]


def code_cell(cell: str) -> str | None:
    """The code a cell holds when it is nothing else: no date, no amount ("7,058.00"), no words."""
    text = cell.strip()
    if not CODE_CELL_RE.fullmatch(text):
        return None
    if re.fullmatch(r"[\d.,/\-]+", text) and not text.isdigit():
        return None  # an amount or a numeric date
    found = find_dates(text)
    if found and len(found[0].snippet.strip(" ._-/")) >= len(text) - 1:
        return None
    return text[:60]


def caption_cell_value(rows: Iterable[Row], captions: set[str]) -> tuple[int, str] | None:
    """(line index, code) of the first cell that is wholly a caption, followed by a code cell on its line.

    "Vendor | Purchase Order | 4500018733", "Bestellung | CMD-2027-0188": a header grid sets its caption in a
    cell of its own (no colon, no number marker) and the value in the next one; a caption word that also
    opens sentences or titles ("Bestellung", "Order") counts only there."""
    for i, row in enumerate(rows):
        for j in range(len(row) - 1):
            low = " ".join(row[j][1].lower().strip(" :：").split())
            if low in captions and (code := code_cell(row[j + 1][1])):
                return i, code
    return None


# a cell that stands for "no value" in an ERP print ("–", "-", "n/a")
EMPTY_CELL_RE = re.compile(r"(?i)[\s\-–—/.]*|n/?a")


def _flat(cell: str | None) -> str:
    return " ".join((cell or "").split())


def _caption_field(cell: str, labs: tuple[Label, ...]) -> str | None:
    """The field a cell names when the cell holds a caption and nothing else ("Payment Terms", "Customer Ref. No.")."""
    low = cell.lower().rstrip(" :：")
    for lab in labs:
        m = lab.pattern.match(low)
        if m and m.end() == len(low):
            return lab.field
    return None


def strip_values(tables: Iterable[Table], labs: tuple[Label, ...]) -> dict[str, str]:
    """field -> value of the first caption row over a value row ("Customer Ref. No. | Payment Terms" over
    "BC-RW-30-044 | Virement 30 jours date de facture").

    The text lines of such a strip lose its columns when the values are wider than their captions (a value runs
    on into the next cell, a caption drifts over another value); a table the reader found keeps each cell. The
    upper row must name two fields or more and the lower one none: a row of values, not a second caption row."""
    out: dict[str, str] = {}
    for table in tables:
        for up, down in zip(table.rows, table.rows[1:], strict=False):
            if len(up) != len(down) or len(up) < 3:
                continue
            fields = [_caption_field(_flat(c), labs) if _flat(c) else None for c in up]
            if sum(f is not None for f in fields) < 2 or any(_caption_field(_flat(c), labs) for c in down if _flat(c)):
                continue
            for field, cell in zip(fields, down, strict=True):
                value = _flat(cell)
                if field and field not in out and not EMPTY_CELL_RE.fullmatch(value):
                    out[field] = value
    return out
