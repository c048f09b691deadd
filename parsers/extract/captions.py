"""Caption cells of a header grid: a cell that only names a field, its value alone in the next cell."""
from __future__ import annotations

import re
from collections.abc import Iterable

from parsers.extract.numbers import find_dates

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
