"""The network query."""

from __future__ import annotations

from typing import Any

from app.core.db import Graph, native
from app.filters import TieFilter


async def get_network(graph: Graph, *, filters: TieFilter) -> list[dict[str, Any]]:
    """Every qualifying tie with its two ends."""
    records = await graph.read("network/get_network", **filters.params())
    return [native(r.data()) for r in records]
