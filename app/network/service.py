"""The network of qualifying ties, whole or around one country, with communities.

Degree is the number of distinct partners; communities are the Louvain communities of the
projected pair graph (`app.projection`), computed on the ego network when one is asked for.
The answer is built as plain data, since it may hold tens of thousands of ties.
"""

from __future__ import annotations

from app.core.db import Graph
from app.filters import TieFilter
from app.projection.model import Projection
from app.projection.service import Projections


async def network(
    graph: Graph,
    projections: Projections,
    *,
    filters: TieFilter,
    country: str | None = None,
    depth: int = 1,
) -> Projection:
    """The qualifying ties (whole, or around `country`); its `nodes` carry degree and
    community."""
    projection = await projections.get(graph, filters)
    return projection if country is None else projection.around(country, depth)


def to_graphml(network: Projection) -> str:
    """The network as GraphML (for Gephi, yEd, igraph)."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for n in network.nodes:
        g.add_node(n["code"], **{k: v for k, v in n.items() if v is not None})
    for e in network.ties:
        data = {k: v for k, v in e.items() if k not in ("source", "target") and v is not None}
        g.add_edge(e["source"], e["target"], **data)
    return "\n".join(nx.generate_graphml(g))
