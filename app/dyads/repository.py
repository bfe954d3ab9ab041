"""Dyad timeline and pair-score queries."""

from __future__ import annotations

from typing import Any

from app.core.db import Graph, native
from app.filters import FAR_PAST, TieFilter
from app.vocabulary import GOLDSTEIN


async def get_dyad_timeline_cells(
    graph: Graph, *, dyads: list[str], unit: str, filters: TieFilter
) -> list[dict[str, Any]]:
    """Per type: its periods (ISO start dates) with events and score, and its first date, from
    the pair's month cells."""
    records = await graph.read(
        "dyads/get_dyad_timeline_cells",
        **filters.params(),
        dyads=dyads,
        unit=unit,
        first_month=filters.since or FAR_PAST,
        last_month=filters.last_day,
        weights=GOLDSTEIN,  # StrEnum keys are sent as their names
    )
    return [dict(zip(r.keys(), r.values(), strict=True)) for r in records]


async def list_dyad_events(
    graph: Graph, *, dyads: list[str], limit: int, filters: TieFilter
) -> list[dict[str, Any]]:
    """The latest events between the pair (dates as ISO strings)."""
    records = await graph.read(
        "dyads/list_dyad_events", **filters.params(), dyads=dyads, limit=limit
    )
    events: list[dict[str, Any]] = records[0]["events"]
    return events


async def get_pair_scores(graph: Graph, *, unit: str, filters: TieFilter) -> list[dict[str, Any]]:
    """Per unordered pair and period, the cooperation score."""
    records = await graph.read("dyads/get_pair_scores", **filters.params(), unit=unit)
    return [native(r.data()) for r in records]
