"""The network of qualifying ties, whole or around one country, with communities.

Communities are Louvain communities (networkx, fixed seed so answers are stable) of the
country graph where each pair is one edge weighted by the summed score of its ties. They are
numbered by size, largest first. Degree is the number of distinct partners.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from app.core.db import Graph
from app.filters import TieFilter
from app.network import repository
from app.network.schemas import NetworkNode, NetworkRead
from app.paths.schemas import TieRead

SEED = 7


async def network(
    graph: Graph, *, filters: TieFilter, country: str | None = None, depth: int = 1
) -> NetworkRead:
    """Nodes with degree and community, and the ties between them."""
    rows = await repository.get_network(graph, filters=filters)
    pairs = nx.Graph()
    info: dict[str, dict[str, Any]] = {}
    for row in rows:
        a, b = row["source"], row["target"]
        info[a["code"]], info[b["code"]] = a, b
        weight = max(row["tie"]["score"] or 0.0, 0.1)
        if pairs.has_edge(a["code"], b["code"]):
            pairs[a["code"]][b["code"]]["weight"] += weight
        else:
            pairs.add_edge(a["code"], b["code"], weight=weight)
    if country is not None:
        keep = (
            set(nx.single_source_shortest_path_length(pairs, country, cutoff=depth))
            if country in pairs
            else set()
        )
        pairs = pairs.subgraph(keep).copy()
        rows = [r for r in rows if r["source"]["code"] in keep and r["target"]["code"] in keep]
    communities = sorted(
        nx.community.louvain_communities(pairs, weight="weight", seed=SEED),
        key=lambda c: (-len(c), min(c)),
    )
    community = {code: i for i, members in enumerate(communities) for code in members}
    nodes = [
        NetworkNode(
            code=code,
            name=info[code].get("name"),
            kind="organization" if info[code]["organization"] else "country",
            degree=pairs.degree(code),
            community=community[code],
        )
        for code in sorted(pairs.nodes)
    ]
    edges = [
        TieRead(source=r["source"]["code"], target=r["target"]["code"], **r["tie"]) for r in rows
    ]
    edges.sort(key=lambda t: (t.source, t.target, t.type))
    return NetworkRead(nodes=nodes, edges=edges)


def to_graphml(result: NetworkRead) -> str:
    """The network as GraphML (for Gephi, yEd, igraph)."""
    g = nx.MultiDiGraph()
    for n in result.nodes:
        g.add_node(n.code, **{k: v for k, v in n.model_dump(mode="json").items() if v is not None})
    for e in result.edges:
        data = e.model_dump(mode="json", exclude={"source", "target"})
        g.add_edge(e.source, e.target, **{k: v for k, v in data.items() if v is not None})
    return "\n".join(nx.generate_graphml(g))
