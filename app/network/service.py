"""The network of qualifying ties, whole or around one country, with communities.

Communities are Louvain (multilevel) communities, computed with igraph on the graph where each
pair of actors is one edge weighted by the summed score of its ties (at least 0.1, so a tie
of denied events still links); the random order igraph uses is seeded, so answers are stable.
They are numbered by size, largest first. Degree is the number of distinct partners.
The answer is built as plain data, since it may hold tens of thousands of ties.
"""

from __future__ import annotations

import random
from collections import deque
from typing import Any

import igraph

from app.core.db import Graph
from app.filters import TieFilter
from app.network import repository

SEED = 7
MIN_WEIGHT = 0.1


async def network(
    graph: Graph, *, filters: TieFilter, country: str | None = None, depth: int = 1
) -> dict[str, Any]:
    """`{"nodes": [...], "edges": [...]}` with degree and community per node."""
    edges = await repository.get_network(graph, filters=filters)
    partners: dict[str, dict[str, float]] = {}
    for e in edges:
        weight = max(e["score"] or 0.0, MIN_WEIGHT)
        for a, b in ((e["source"], e["target"]), (e["target"], e["source"])):
            side = partners.setdefault(a, {})
            side[b] = side.get(b, 0.0) + weight
    if country is not None:
        keep = _within(partners, country, depth)
        partners = {
            a: {b: w for b, w in ps.items() if b in keep} for a, ps in partners.items() if a in keep
        }
        edges = [e for e in edges if e["source"] in keep and e["target"] in keep]
    codes = sorted(partners)
    community = _communities(codes, partners)
    actors = await repository.list_actors(graph, codes=codes) if codes else {}
    nodes = [
        {
            "code": code,
            "name": actors.get(code, {}).get("name"),
            "kind": "organization" if actors.get(code, {}).get("organization") else "country",
            "degree": len(partners[code]),
            "community": community[code],
        }
        for code in codes
    ]
    edges.sort(key=lambda e: (e["source"], e["target"], e["type"]))
    return {"nodes": nodes, "edges": edges}  # fmt: skip


def _within(partners: dict[str, dict[str, float]], start: str, depth: int) -> set[str]:
    """The actors at most `depth` hops from `start`."""
    if start not in partners:
        return set()
    seen = {start: 0}
    queue = deque([start])
    while queue:
        here = queue.popleft()
        if seen[here] == depth:
            continue
        for there in partners[here]:
            if there not in seen:
                seen[there] = seen[here] + 1
                queue.append(there)
    return set(seen)


def _communities(codes: list[str], partners: dict[str, dict[str, float]]) -> dict[str, int]:
    index = {code: i for i, code in enumerate(codes)}
    pairs = [(index[a], index[b], w) for a in codes for b, w in partners[a].items() if a < b]
    g = igraph.Graph(n=len(codes), edges=[(a, b) for a, b, _ in pairs])
    igraph.set_random_number_generator(random.Random(SEED))
    clusters = g.community_multilevel(weights=[w for _, _, w in pairs]) if pairs else []
    groups = sorted((sorted(codes[i] for i in c) for c in clusters), key=lambda c: (-len(c), c))
    return {code: n for n, members in enumerate(groups) for code in members}


def to_graphml(result: dict[str, Any]) -> str:
    """The network as GraphML (for Gephi, yEd, igraph)."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for n in result["nodes"]:
        g.add_node(n["code"], **{k: v for k, v in n.items() if v is not None})
    for e in result["edges"]:
        data = {k: v for k, v in e.items() if k not in ("source", "target") and v is not None}
        g.add_edge(e["source"], e["target"], **data)
    return "\n".join(nx.generate_graphml(g))
