"""Triggers per tie type and who plays which role around them, one module per trigger family.

Each family scans a sentence for its triggers and returns candidates: (type, actor, target,
location), the trigger's span (which `certainty` reads for hedges and negation) and the name of
the rule that read it. Roles come from `clauses.View`: the subject group before a trigger, the
preposition before each mention after it, and the nouns owned by a mention ("North Korean troops").
"""

from __future__ import annotations

from collections.abc import Callable

from app.extraction.clauses import View
from app.extraction.gazetteer import GAZETTEER
from app.extraction.rules.aid import read_aid
from app.extraction.rules.alliances import read_alliances
from app.extraction.rules.common import Candidate
from app.extraction.rules.cooperation import basing_agreements, read_cooperation, visit_talks
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
    found = [cand for family in FAMILIES for cand in family(view)]
    for cand in [*found, *basing_agreements(view, found), *visit_talks(view, found)]:
        actor, target = cand.actor, cand.target
        if cand.type in UNDIRECTED:
            actor, target = sorted((actor, target))
        seen.setdefault((cand.type, actor, target), cand)
    alliances = {
        frozenset((c.actor, c.target))
        for c in seen.values()
        if c.type is TieType.ALLIANCE and c.rule not in _DESCRIBED_ALLIES
    }
    transfers = {
        frozenset((c.actor, c.target)) for c in seen.values() if c.type is TieType.ARMS_TRANSFER
    }
    members: dict[str, set[str]] = {}  # organisation -> states read as joining or leaving it
    for c in seen.values():
        if c.type is TieType.ALLIANCE and c.target in GAZETTEER.organizations:
            members.setdefault(c.target, set()).add(c.actor)
    return [c for c in seen.values() if not _subsumed(c, alliances, transfers, members)]


# Allies named in passing ("treaty allies since 1951", "the alliance"): an agreement the same
# sentence tells between them is still read as cooperation
_DESCRIBED_ALLIES = frozenset({"alliance.ally", "alliance.described", "alliance.the_alliance"})


def _subsumed(
    cand: Candidate,
    alliances: set[frozenset[str]],
    transfers: set[frozenset[str]],
    members: dict[str, set[str]],
) -> bool:
    """A weaker reading of a tie the sentence states more precisely: cooperation between allies,
    an "arms deal" that is a transfer, a "pact" between states that join one alliance."""
    pair = frozenset((cand.actor, cand.target))
    if cand.type is TieType.DEFENCE_COOPERATION:
        return pair in alliances or (pair in transfers and cand.rule == "cooperation.noun")
    if cand.type is TieType.ALLIANCE and cand.rule == "alliance.treaty":
        return any(pair <= group for group in members.values())
    return False
