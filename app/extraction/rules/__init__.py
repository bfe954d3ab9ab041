"""Triggers per tie type and who plays which role around them, one module per trigger family.

Each family scans a sentence for its triggers and returns candidates: (type, actor, target,
location), the trigger's span (which `certainty` reads for hedges and negation) and the name of
the rule that read it. Roles come from `clauses.View`: the subject group before a trigger, the
preposition before each mention after it, and the nouns owned by a mention ("North Korean troops").
"""

from __future__ import annotations

from collections.abc import Callable

from app.extraction.clauses import View
from app.extraction.rules.aid import read_aid
from app.extraction.rules.alliances import read_alliances
from app.extraction.rules.common import Candidate
from app.extraction.rules.cooperation import read_cooperation
from app.extraction.rules.deployments import read_deployments
from app.extraction.rules.exercises import read_exercises
from app.extraction.rules.transfers import read_transfers
from app.extraction.rules.visits import read_visits
from app.vocabulary import UNDIRECTED, TieType

FAMILIES: tuple[Callable[[View], list[Candidate]], ...] = (
    read_visits,
    read_deployments,
    read_transfers,
    read_aid,
    read_alliances,
    read_cooperation,
    read_exercises,
)

__all__ = ["FAMILIES", "Candidate", "find_candidates"]


def find_candidates(view: View) -> list[Candidate]:
    """Every candidate tie in a sentence, one per (type, actor, target), first trigger kept."""
    seen: dict[tuple[TieType, str, str], Candidate] = {}
    for family in FAMILIES:
        for cand in family(view):
            actor, target = cand.actor, cand.target
            if cand.type in UNDIRECTED:
                actor, target = sorted((actor, target))
            seen.setdefault((cand.type, actor, target), cand)
    alliances = {
        frozenset((c.actor, c.target)) for c in seen.values() if c.type is TieType.ALLIANCE
    }
    return [
        c
        for c in seen.values()
        if not (
            c.type is TieType.DEFENCE_COOPERATION and frozenset((c.actor, c.target)) in alliances
        )
    ]
