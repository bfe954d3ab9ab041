"""DEFENCE_COOPERATION rules: cooperation agreements, pacts and talks short of an alliance."""

from __future__ import annotations

from app.extraction import lexicon
from app.extraction.clauses import View
from app.extraction.rules.common import Candidate, negated_np, pairs, participants
from app.vocabulary import TieType

_COOPERATION = lexicon.word(lexicon.COOPERATION)


def read_cooperation(view: View) -> list[Candidate]:
    out: list[Candidate] = []
    for noun in _COOPERATION.finditer(view.text):
        if negated_np(view, noun.start()) or any(
            m.is_org and m.start < noun.end() and noun.start() < m.end for m in view.mentions
        ):
            continue
        codes = participants(view, noun.start(), noun.end())
        out += pairs(TieType.DEFENCE_COOPERATION, codes, noun.span(), rule="cooperation.noun")
    return out
