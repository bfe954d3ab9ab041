"""DEFENCE_COOPERATION rules: cooperation agreements, pacts and talks short of an alliance."""

from __future__ import annotations

from app.extraction import lexicon
from app.extraction.clauses import View
from app.extraction.rules.common import Candidate, codes, directed, negated_np, pairs, partners
from app.vocabulary import TieType

COOPERATION = (
    r"(?:military|defen[cs]e|security|defen[cs]e[- ]industrial|arms|military[- ]technical)"
    r"(?: and (?:security|defen[cs]e|military|defen[cs]e[- ]industr(?:y|ial)))? (?:cooperation|"
    r"co-operation|collaborations?|ties|relations|partnership|links|"
    r"agreements?|pact|deal|accord|treaty|framework|memorandum|MoU|roadmap|dialogue|"
    r"cooperation agreement|exchanges|contacts|consultations|talks)|reciprocal access agreement|"
    r"status of forces agreement|visiting forces agreement|"
    r"strategic partnership (?:treaty|agreement|pact|accord|charter|declaration)|"
    r"(?:training|military|defen[cs]e) relationship|"
    r"cooperat(?:e|ed|ing) (?:militarily|on defen[cs]e|on security|on military matters)|"
    r"defen[cs]e[- ]cooperation"
)


_COOPERATION = lexicon.lowered(COOPERATION)
# Every cooperation phrase holds one of these: a cheap test before the costly pattern.
_STEMS = (
    "militar",
    "defen",
    "secur",
    "arms",
    "strategic",
    "access",
    "forces",
    "cooperat",
    "training",
)


def read_cooperation(view: View) -> list[Candidate]:
    """Cooperation nouns and the parties around them."""
    out: list[Candidate] = []
    if not any(stem in view.lower for stem in _STEMS):
        return out
    for noun in view.finditer(_COOPERATION):
        if negated_np(view, noun.start()) or any(
            m.is_org and m.start < noun.end() and noun.start() < m.end for m in view.mentions
        ):
            continue
        core, others = partners(view, noun.start(), noun.end())
        # "Russia ended cooperation agreements with Germany, Poland and Norway": one agreement
        # per partner, none between the partners
        out += pairs(TieType.DEFENCE_COOPERATION, codes(core), noun.span(), rule="cooperation.noun")
        out += directed(
            TieType.DEFENCE_COOPERATION,
            codes(core),
            codes(others),
            noun.span(),
            rule="cooperation.noun",
        )
        if not core:
            out += pairs(
                TieType.DEFENCE_COOPERATION, codes(others), noun.span(), rule="cooperation.noun"
            )
    return out
