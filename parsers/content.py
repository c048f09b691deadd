"""Format-neutral intermediate content that every format parser produces."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parsers.model import Document, Limits


class BudgetExceeded(BaseException):
    """Raised inside a parse when its time budget is used up (cooperative check).

    A BaseException, like asyncio.CancelledError: format parsers catch `Exception` to record damaged
    pages and go on, but running out of time must stop the whole parse."""


class LimitExceeded(Exception):
    """Raised when input exceeds a configured limit (size, entries, depth); message is user-facing."""


@dataclass
class TextLine:
    """One visible line of text and where it was read (page/sheet/line)."""

    text: str
    loc: dict[str, Any] = field(default_factory=dict)
    # page x position of each column segment (PDF layout only): a value below its label is found by
    # position, since the text of a line starts wherever its first word stands
    xs: list[float] | None = None
    # (x0, x1, text) of each word (PDF layout only): table cells are aligned to header cells by position
    words: list[tuple[float, float, str]] | None = None


@dataclass
class Table:
    """A table: rows of cell strings, with where it came from."""

    rows: list[list[str]]
    loc: dict[str, Any] = field(default_factory=dict)


@dataclass
class Child:
    """An embedded file (zip entry, mail attachment, PDF attachment) to parse recursively."""

    name: str
    data: bytes


@dataclass
class Content:
    """What a format parser extracted from the bytes, before any business interpretation."""

    lines: list[TextLine] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    structured: list[Document] = field(default_factory=list)
    children: list[Child] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # fatal: nothing usable could be read (e.g. encrypted); non-fatal errors make the result "partial"
    failed: bool = False
    skipped: bool = False
    signed: bool | None = None
    # set when a table was found that continues across pages (pdf): tables are merged by the extractor
    meta: dict[str, Any] = field(default_factory=dict)
    # full plain text when it comes from a faster extractor than the one that made `lines`
    plain_text: str | None = None

    def text(self) -> str:
        if self.plain_text is not None:
            return self.plain_text
        return "\n".join(line.text for line in self.lines)


@dataclass
class Ctx:
    """Per-parse settings and state passed down to format parsers (no globals)."""

    limits: Limits
    filename: str | None = None
    depth: int = 0
    use_structured: bool = True
    rules: dict[str, Any] = field(default_factory=dict)
    rules_dir: Path | None = None
    sender_domain: str | None = None
    deadline: float = 0.0

    def check_time(self) -> None:
        """Cooperative budget check for pure-python loops (the child-process kill is the hard stop)."""
        if self.deadline and time.monotonic() > self.deadline:
            raise BudgetExceeded(f"time budget {self.limits.time_budget_seconds:g} s exceeded")

    def child(self, filename: str) -> Ctx:
        return Ctx(limits=self.limits, filename=filename, depth=self.depth + 1,
                   use_structured=self.use_structured, rules=self.rules, rules_dir=self.rules_dir,
                   sender_domain=self.sender_domain, deadline=self.deadline)
