"""Which chains of ties connect two countries.

Paths are shortest by hops; among paths of one length, those with the higher total tie
confidence come first. Each hop shows one tie per pair (the qualifying tie with the highest
confidence), so the k paths returned differ by the countries they pass through. They are found
on the projected pair graph (`app.projection`) by Yen's k-shortest-paths algorithm, so the
ranking is exact: no path of the same length with a higher total confidence is left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.db import Graph
from app.core.errors import NotFound
from app.events.service import to_event
from app.filters import TieFilter
from app.paths import repository
from app.paths.schemas import NodeRead, PathExplained, PathRead, PathsRead, TieEvidence, TieRead
from app.projection.service import Projections

EVIDENCE_PER_TIE = 20
MENTIONS_PER_EVENT = 5


async def find_paths(
    graph: Graph,
    projections: Projections,
    *,
    source: str,
    target: str,
    max_hops: int,
    k: int,
    via_organizations: bool,
    filters: TieFilter,
) -> PathsRead:
    """Up to `k` shortest distinct paths from `source` to `target`."""
    projection = await projections.get(graph, filters)
    found = projection.shortest_paths(
        source, target, k=k, max_hops=max_hops, via_organizations=via_organizations
    )
    paths = [
        PathRead(
            length=len(ties),
            nodes=[NodeRead(**projection.node(code)) for code in codes],
            ties=[TieRead.model_validate(t) for t in ties],
        )
        for codes, ties in found
    ]
    return PathsRead(**{"from": source, "to": target, "paths": paths})


async def explain_path(
    graph: Graph,
    projections: Projections,
    *,
    source: str,
    target: str,
    max_hops: int,
    k: int,
    via_organizations: bool,
    filters: TieFilter,
    index: int,
) -> PathExplained:
    """One of those paths with each tie's events and the sentences that report them."""
    paths = await find_paths(
        graph,
        projections,
        source=source,
        target=target,
        max_hops=max_hops,
        k=k,
        via_organizations=via_organizations,
        filters=filters,
    )
    if index >= len(paths.paths):
        raise NotFound(f"there are {len(paths.paths)} paths; no path {index}", field="path")
    path = paths.paths[index]
    ties = await tie_evidence(
        graph,
        path.ties,
        per_tie=EVIDENCE_PER_TIE,
        per_event=MENTIONS_PER_EVENT,
        filters=filters,
    )
    return PathExplained(length=path.length, nodes=path.nodes, ties=ties)


async def tie_evidence(
    graph: Graph,
    ties: Sequence[TieRead],
    *,
    per_tie: int,
    per_event: int,
    filters: TieFilter,
) -> list[TieEvidence]:
    """Each tie with its latest `per_tie` qualifying events and, for each, the `per_event`
    newest sentences that report it: what a reader needs to check or cite the tie."""
    dyads = [_dyad(t) for t in ties]
    evidence = await repository.list_tie_evidence(
        graph, dyads=sorted(set(dyads)), per_tie=per_tie, per_event=per_event, filters=filters
    )
    return [
        TieEvidence(
            **tie.model_dump(),
            evidence=[to_event(e["event"], e["mentions"]) for e in evidence.get(dyad, [])],
        )
        for tie, dyad in zip(ties, dyads, strict=True)
    ]


def _dyad(tie: TieRead) -> str:
    return f"{tie.type}|{tie.source}|{tie.target}"
