"""Dyad timeline and pair-score queries."""

from __future__ import annotations

from typing import Any

from app.core.db import Graph, native
from app.filters import TieFilter


async def get_dyad_timeline(
    graph: Graph, *, dyads: list[str], unit: str, filters: TieFilter
) -> list[dict[str, Any]]:
    """Per type and period: events, score and first date."""
    records = await graph.read(
        "dyads/get_dyad_timeline", **filters.params(), dyads=dyads, unit=unit
    )
    return [native(r.data()) for r in records]


async def list_dyad_events(
    graph: Graph, *, dyads: list[str], limit: int, filters: TieFilter
) -> list[dict[str, Any]]:
    """The latest events between the pair."""
    records = await graph.read(
        "dyads/list_dyad_events", **filters.params(), dyads=dyads, limit=limit
    )
    return [native(r["event"]) for r in records]


async def get_pair_scores(graph: Graph, *, unit: str, filters: TieFilter) -> list[dict[str, Any]]:
    """Per unordered pair and period, the cooperation score."""
    records = await graph.read("dyads/get_pair_scores", **filters.params(), unit=unit)
    return [native(r.data()) for r in records]
