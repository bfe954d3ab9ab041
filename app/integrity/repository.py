"""Read-only queries of the integrity checker (auto-commit reads; nothing is written)."""

from __future__ import annotations

from typing import Any

from app.core.db import Graph, native


async def list_dyads(graph: Graph) -> dict[str, set[str]]:
    """Every dyad key with what holds it: 'event', 'tie', 'cell'."""
    held: dict[str, set[str]] = {}
    for r in await graph.read("integrity/list_dyads"):
        held.setdefault(r["dyad"], set()).add(r["held"])
    return held


async def list_dyad_events(graph: Graph, *, keys: list[str]) -> list[dict[str, Any]]:
    """The events of these dyads, each with its stored properties and its mentions' facts."""
    return [native(r.data()) for r in await graph.read("integrity/list_dyad_events", keys=keys)]


async def list_dyad_months(graph: Graph, *, keys: list[str]) -> list[dict[str, Any]]:
    return [native(r.data()) for r in await graph.read("integrity/list_dyad_months", keys=keys)]


async def get_ties(graph: Graph, *, keys: list[str]) -> dict[str, dict[str, Any]]:
    return {r["key"]: native(r["tie"]) for r in await graph.read("ingestion/get_ties", keys=keys)}


async def list_memberships(graph: Graph) -> list[dict[str, Any]]:
    return [native(r.data()) for r in await graph.read("integrity/list_memberships")]


async def list_duplicate_mentions(graph: Graph, *, limit: int) -> list[dict[str, Any]]:
    records = await graph.read("integrity/list_duplicate_mentions", limit=limit)
    return [r.data() for r in records]
