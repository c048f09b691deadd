"""Phrase vocabularies (per stage and language, with weights) and matching them against folded text."""
from __future__ import annotations

import re
from dataclasses import dataclass

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


class Vocabulary:
    """All phrases of all stages; `match(text)` finds each at most once, longest first."""

    def __init__(self, phrases: list[Phrase]) -> None:
        self.phrases = sorted(phrases, key=lambda p: -p.length)

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
            m = phrase.pattern.search(text)
            if m is None or m.end() == m.start():
                continue
            found.append(Match(phrase, m.group(0)))
            # Blank out every occurrence so "quotation" does not also fire inside "request for quotation".
            text = phrase.pattern.sub(lambda mm: " " * len(mm.group(0)), text)
        return found
