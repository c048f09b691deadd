"""Credit notes: a commercial invoice whose title says it reduces what the buyer owes (labels.toml [credit_note])."""
from __future__ import annotations

import re

from parsers.extract.vocab import labels

# the cells of a title line: wide gaps between layout columns, a slash or bar between two languages
# ("Rechnung / Gutschrift", "CREDIT NOTE | AVOIR")
_CELL_SPLIT_RE = re.compile(r"\s{2,}|\s[/|]\s|\t")


def is_credit_note_title(title: str) -> bool:
    """Whether a cell of the document's title line starts with a credit-note title ("CREDIT NOTE No. CN-7").

    Only a cell's start counts: "issue a credit note" in a sentence names a document, it is not its title.
    """
    titles = labels("credit_note")
    for cell in _CELL_SPLIT_RE.split(title.strip()):
        cell = cell.strip(" :：#-–").lower()
        if cell and any(lab.pattern.match(cell) for lab in titles):
            return True
    return False
