"""MILITARY_AID rules: aid nouns and training."""

from __future__ import annotations

from app.extraction import lexicon
from app.extraction.clauses import View
from app.extraction.rules.common import AID, PASSIVE, RECEIVE, Candidate, codes, directed
from app.vocabulary import TieType

_TRAIN = lexicon.word(lexicon.TRAIN)


def read_aid(view: View) -> list[Candidate]:
    """Aid nouns with no supply verb of their own: "US military aid to Ukraine"."""
    out: list[Candidate] = []
    text = view.text
    for noun in AID.finditer(text):
        lo, hi = view.clause(noun.start())
        if RECEIVE.search(text, lo, noun.start()):
            continue
        donors = view.subject(noun.start(), lo)
        after = view.after(noun.end(), hi)
        recipients = [m for m in after if view.prep(m) in {"to", "for"} or view.beneficiary(m)][:1]
        out += directed(
            TieType.MILITARY_AID, codes(donors), codes(recipients), noun.span(), rule="aid.noun"
        )
    for verb in _TRAIN.finditer(text):
        lo, hi = view.clause(verb.start())
        trainees = [m for m in view.after(verb.end(), hi) if view.trainees(m)][:1]
        trainers = view.subject(verb.start(), lo)
        if not trainees and PASSIVE.search(text, max(lo, verb.start() - 20), verb.start()):
            # "Russian personnel had been trained in Iran", "pilots were trained by Denmark"
            trainees = [m for m in view.before(verb.start(), lo) if view.trainees(m)][-1:]
            trainers = [m for m in view.after(verb.end(), hi) if view.prep(m) in {"in", "by"}][:1]
            trainers = view.group_after(trainers[0], hi) if trainers else []
        if not trainees:
            continue
        out += directed(
            TieType.MILITARY_AID, codes(trainers), codes(trainees), verb.span(), rule="aid.training"
        )
    return out
