"""Path queries."""

from __future__ import annotations

from typing import Any

from app.core.db import Graph, native
from app.filters import TieFilter


async def list_tie_evidence(
    graph: Graph, *, dyads: list[str], per_tie: int, per_event: int, filters: TieFilter
) -> dict[str, list[dict[str, Any]]]:
    """Per dyad, its latest qualifying events with their mentions."""
    records = await graph.read(
        "paths/list_tie_evidence",
        **filters.params(),
        dyads=dyads,
        per_tie=per_tie,
        per_event=per_event,
    )
    return {r["dyad"]: native(r["events"]) for r in records}
