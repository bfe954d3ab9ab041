"""What a projection is read from: the graph's version, the qualifying ties, their actors."""

from __future__ import annotations

from typing import Any

from app.core.db import Graph
from app.filters import TieFilter
from app.vocabulary import GOLDSTEIN


async def get_version(graph: Graph) -> tuple[str | None, int]:
    """A value that changes whenever a write transaction commits (or ties appear otherwise)."""
    (record,) = await graph.read("meta/get_graph_version")
    return record["token"], record["ties"]


async def list_ties(graph: Graph, *, filters: TieFilter) -> list[dict[str, Any]]:
    """Every qualifying tie, as flat rows (dates as ISO strings), with what the events that pass
    the filters say: from the ties' per-status facts, or when dates or a confidence floor are
    set, from the events."""
    if filters.needs_events:
        records = await graph.read("projection/list_ties_from_events", **filters.params())
    else:
        weights = {t.value: w for t, w in GOLDSTEIN.items()}
        records = await graph.read("projection/list_ties", **filters.params(), weights=weights)
    columns = records[0].data()
    return [dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True)]


async def list_actors(graph: Graph, *, codes: list[str]) -> dict[str, dict[str, Any]]:
    """Name and kind of each actor."""
    records = await graph.read("projection/list_actors", codes=codes)
    return {r["code"]: r.data() for r in records}
