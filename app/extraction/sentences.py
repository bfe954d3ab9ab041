"""Split a document into sentences with their character offsets, without a model.

A full stop ends a sentence unless it closes a known abbreviation ("U.S.", "Gen.", "Jan.") or an
initial; evidence offsets must point into the original text, so nothing is rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extraction import lexicon

_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z])")
_ABBREVIATIONS = lexicon.words(
    """mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt sen rep gov pres st jr sr no
    vs etc inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u
    a.m p.m approx est dept fig mt ft"""
)
# After "U.S." these words start a new sentence rather than continue a name.
_SENTENCE_STARTERS = lexicon.words(
    "The A An It He She They We This That These Those In On At But And Its Their"
)
_LAST_TOKEN = re.compile(r"([\w.]+)\.$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence and where it sits in the document."""

    text: str
    start: int
    end: int


def _is_abbreviation(text: str, stop: int, next_word: str) -> bool:
    token = _LAST_TOKEN.search(text, max(0, stop - 12), stop + 1)
    if token is None:
        return False
    word = token.group(1).lower()
    if len(word) == 1 and word.isalpha():
        return True
    if word in _ABBREVIATIONS:
        return not (word in {"u.s", "u.k", "u.n", "e.u"} and next_word in _SENTENCE_STARTERS)
    return False


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order, trimmed of surrounding whitespace."""
    out: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        stop = match.start()
        if text[stop : stop + 1] == ".":
            next_word = text[match.end() :].lstrip().split(" ", 1)[0]
            if _is_abbreviation(text, stop, next_word.strip("\"'“‘([")):
                continue
        _append(out, text, start, match.end())
        start = match.end()
    _append(out, text, start, len(text))
    return out


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    begin = start + lead
    out.append(Sentence(stripped, begin, begin + len(stripped)))
