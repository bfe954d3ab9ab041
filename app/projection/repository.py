"""What a projection is read from: the graph's version, the qualifying ties, their actors."""

from __future__ import annotations

from typing import Any

from app.core.db import Graph
from app.filters import TieFilter


async def get_version(graph: Graph) -> tuple[str | None, int]:
    """A value that changes whenever a write transaction commits (or ties appear otherwise)."""
    (record,) = await graph.read("meta/get_graph_version")
    return record["token"], record["ties"]


async def list_ties(graph: Graph, *, filters: TieFilter) -> list[dict[str, Any]]:
    """Every qualifying tie, as flat rows (dates as ISO strings)."""
    records = await graph.read("projection/list_ties", **filters.params())
    columns = records[0].data()
    return [dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True)]


async def list_actors(graph: Graph, *, codes: list[str]) -> dict[str, dict[str, Any]]:
    """Name and kind of each actor."""
    records = await graph.read("projection/list_actors", codes=codes)
    return {r["code"]: r.data() for r in records}
