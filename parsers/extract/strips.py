"""A row of values under a row of captions, run together by the PDF text, split again at the captions' x."""
from __future__ import annotations

import re

from parsers.content import TextLine

# how far (pt) a value's first word may stand from its caption's left edge: cells of one table column
# start at the same x
ALIGN = 4.0
SEG_RE = re.compile(r"\s{2,}|\t")


def _caption_row(line: TextLine) -> bool:
    """Three or more short caption cells, no digits ("Date | Customer PO | Invoice | Incoterms | Transport")."""
    if not line.xs or len(line.xs) < 3:
        return False
    cells = [c for c in SEG_RE.split(line.text) if c.strip()]
    return len(cells) == len(line.xs) and all(len(c) <= 30 and not re.search(r"\d", c) for c in cells)


def split_value_strips(lines: list[TextLine]) -> list[TextLine]:
    """Values of a reference strip whose cells the text run merged ("DAP Pärnu Blue Line Haulage" under
    "Incoterms | Transport") are cut where a word starts at the x of a caption above; every cell must then start
    under a caption (left-aligned columns), else the line stays as it is."""
    out = list(lines)
    for i in range(len(lines) - 1):
        cap, val = lines[i], lines[i + 1]
        if not _caption_row(cap) or not val.words or not val.xs or len(val.xs) >= len(cap.xs or []) or \
                not re.search(r"\d", val.text):
            continue
        xs = cap.xs or []
        if not all(any(abs(v - x) <= ALIGN for x in xs) for v in val.xs):
            continue  # a cell of its own not under a caption (a right-aligned amount): no strip of columns
        cells: list[list[tuple[float, float, str]]] = []
        col = -1
        for word in val.words:
            at = next((n for n, x in enumerate(xs) if abs(word[0] - x) <= ALIGN), None)
            if at is not None and at > col:
                cells.append([word])
                col = at
            elif cells:
                cells[-1].append(word)
            else:
                cells = []
                break
        if len(cells) <= len(val.xs) or len(cells) > len(xs):
            continue
        texts = [" ".join(w[2] for w in cell) for cell in cells]
        out[i + 1] = TextLine("   ".join(texts), val.loc, [cell[0][0] for cell in cells],
                              [w for cell in cells for w in cell])
    return out
