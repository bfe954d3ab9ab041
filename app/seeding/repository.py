"""Counts for the seeding summary."""

from __future__ import annotations

from app.core.db import Graph


async def get_graph_counts(graph: Graph) -> dict[str, int]:
    """How many documents, events, ties and countries the graph holds."""
    records = await graph.read("seeding/get_graph_counts")
    return {key: int(records[0][key]) for key in ("documents", "events", "ties", "countries")}
