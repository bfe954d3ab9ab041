"""Which chains of ties connect two countries.

Paths are shortest by hops; among paths of one length, those with the higher total tie
confidence come first. Each hop shows one tie per pair (the qualifying tie with the highest
confidence), so the k paths returned differ by the countries they pass through. Neo4j's
`SHORTEST 10` gives the candidates, so at most 10 paths of a length are ranked.
"""

from __future__ import annotations

from typing import Any

from app.core.db import Graph
from app.core.errors import NotFound
from app.events.service import to_event
from app.filters import TieFilter
from app.paths import repository
from app.paths.schemas import NodeRead, PathExplained, PathRead, PathsRead, TieEvidence, TieRead

EVIDENCE_PER_TIE = 20
MENTIONS_PER_EVENT = 5


def _node(n: dict[str, Any]) -> NodeRead:
    return NodeRead(
        code=n["code"], name=n.get("name"), kind="organization" if n["organization"] else "country"
    )


async def find_paths(
    graph: Graph,
    *,
    source: str,
    target: str,
    max_hops: int,
    k: int,
    via_organizations: bool,
    filters: TieFilter,
) -> PathsRead:
    """Up to `k` shortest distinct paths from `source` to `target`."""
    found = await repository.find_paths(
        graph,
        source=source,
        target=target,
        max_hops=max_hops,
        via_organizations=via_organizations,
        filters=filters,
    )
    best: dict[tuple[str, ...], PathRead] = {}
    for nodes, ties in found:
        codes = tuple(n["code"] for n in nodes)
        if len(set(codes)) != len(codes):
            continue  # a walk that comes back to a country is no path
        path = PathRead(
            length=len(ties),
            nodes=[_node(n) for n in nodes],
            ties=[TieRead.model_validate(t) for t in ties],
        )
        if codes not in best or _total(path) > _total(best[codes]):
            best[codes] = path
    ranked = sorted(best.values(), key=lambda p: (p.length, -_total(p)))
    return PathsRead(**{"from": source, "to": target, "paths": ranked[:k]})


def _total(path: PathRead) -> float:
    return sum(t.confidence for t in path.ties)


async def explain_path(
    graph: Graph,
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
    dyads = [_dyad(t) for t in path.ties]
    evidence = await repository.list_tie_evidence(
        graph,
        dyads=dyads,
        per_tie=EVIDENCE_PER_TIE,
        per_event=MENTIONS_PER_EVENT,
        filters=filters,
    )
    ties = [
        TieEvidence(
            **tie.model_dump(),
            evidence=[to_event(e["event"], e["mentions"]) for e in evidence.get(dyad, [])],
        )
        for tie, dyad in zip(path.ties, dyads, strict=True)
    ]
    return PathExplained(length=path.length, nodes=path.nodes, ties=ties)


def _dyad(tie: TieRead) -> str:
    return f"{tie.type}|{tie.source}|{tie.target}"
