"""Phrase vocabularies (per stage and language, with weights) and matching them against folded text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mailbot.classify.text import fold, has_cjk


@dataclass(frozen=True)
class Phrase:
    """One vocabulary entry; `text` is what ops wrote, `pattern` what is searched in folded text."""

    stage: str
    lang: str
    text: str
    weight: float
    pattern: re.Pattern[str]
    length: int  # longer phrases are matched first and hide the shorter ones inside them
    needle: str | None = None  # a literal phrase's text: a cheap substring test before the regex


# Phrases are immutable and the same rule files are loaded again and again (each `mailbot classify`
# run in one process, each reload after ops edit a file): compiling some 3,000 patterns is most of a load.
@lru_cache(maxsize=16384)
def compile_phrase(stage: str, lang: str, text: str, weight: float) -> Phrase:
    """'re:...' is a regular expression over folded text; anything else a literal phrase.

    Literal phrases match on word boundaries (Latin scripts) or anywhere (CJK has no spaces), and any
    run of whitespace in the text matches one space in the phrase. Raises re.error for a bad regex.
    """
    if text.startswith("re:"):
        return Phrase(stage, lang, text, weight, re.compile(text[3:]), len(text) - 3)
    folded = fold(text).strip()
    body = r"\s+".join(re.escape(part) for part in folded.split())
    pattern = re.compile(body) if has_cjk(folded) else re.compile(rf"(?<!\w){body}(?!\w)")
    return Phrase(stage, lang, text, weight, pattern, len(folded), needle=" ".join(folded.split()))


@dataclass
class Match:
    phrase: Phrase
    found: str
    start: int = -1  # where in the matched text (-1: unknown)


class Vocabulary:
    """All phrases of all stages; `match(text)` finds each at most once, longest first.

    `negators` ("no", "without", "ohne", "sans", "sin", "没有", ...) right before a phrase cancel it:
    "arrived without transport damage" reports a receipt, not a claim.
    """

    def __init__(self, phrases: list[Phrase], negators: list[str] | None = None) -> None:
        self.phrases = sorted(phrases, key=lambda p: -p.length)
        words = sorted({" ".join(fold(n).split()) for n in negators or [] if n.strip()}, key=len, reverse=True)
        latin = [re.escape(w) for w in words if not has_cjk(w)]
        cjk = [re.escape(w) for w in words if has_cjk(w)]
        parts = []
        if latin:
            # the negator, then at most two words ("ohne jegliche Transportschäden", "no visible damage")
            parts.append(rf"(?<!\w)(?:{'|'.join(latin)})(?: \w+){{0,2}} $")
        if cjk:
            parts.append(rf"(?:{'|'.join(cjk)})\s?$")
        self._negated = re.compile("|".join(parts)) if parts else None

    def _negated_at(self, text: str, start: int) -> bool:
        return self._negated is not None and self._negated.search(text[max(0, start - 40):start]) is not None

    def match(self, folded_text: str, stages: set[str] | None = None) -> list[Match]:
        """Phrases found in `folded_text` (folded, whitespace squashed), each once, longest first."""
        if not folded_text:
            return []
        text = folded_text
        found: list[Match] = []
        for phrase in self.phrases:
            if stages is not None and phrase.stage not in stages:
                continue
            if phrase.needle is not None and phrase.needle not in text:
                continue  # zones have single spaces (squashed), so a literal is a plain substring
            m = next((mm for mm in phrase.pattern.finditer(text)
                      if mm.end() > mm.start() and not self._negated_at(text, mm.start())), None)
            if m is None:
                # Blank negated occurrences too: "no damage" must not count as the shorter "damage".
                text = phrase.pattern.sub(lambda mm: " " * len(mm.group(0)), text)
                continue
            found.append(Match(phrase, m.group(0), m.start()))
            # Blank out every occurrence so "quotation" does not also fire inside "request for quotation".
            text = phrase.pattern.sub(lambda mm: " " * len(mm.group(0)), text)
        return found
