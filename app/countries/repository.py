"""Country queries."""

from __future__ import annotations

from typing import Any

from app.core.db import Graph, native
from app.filters import TieFilter


async def list_countries(graph: Graph) -> list[dict[str, Any]]:
    records = await graph.read("countries/list_countries")
    return [r.data() for r in records]


async def get_country(graph: Graph, *, code: str) -> dict[str, Any] | None:
    records = await graph.read("countries/get_country", code=code)
    return records[0].data() if records else None


async def list_country_memberships(graph: Graph, *, code: str) -> list[dict[str, Any]]:
    records = await graph.read("countries/list_country_memberships", code=code)
    return [native(r.data()) for r in records]


async def list_country_events(
    graph: Graph, *, code: str, limit: int, filters: TieFilter
) -> list[dict[str, Any]]:
    records = await graph.read(
        "countries/list_country_events", **filters.params(), code=code, limit=limit
    )
    return [native(r["event"]) for r in records]
