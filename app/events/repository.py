"""Event queries of the read side."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.core.db import Graph, native


async def list_events(
    graph: Graph,
    *,
    country: str | None,
    counterpart: str | None,
    type: str | None,
    status: str | None,
    since: date | None,
    until: date | None,
    min_confidence: float,
    after: tuple[date, str] | None,
    limit: int,
    with_mentions: bool,
) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Events newest first, after the keyset position `after`."""
    records = await graph.read(
        "events/list_events",
        country=country,
        counterpart=counterpart,
        type=type,
        status=status,
        since=since,
        until=until,
        min_confidence=min_confidence,
        after_date=after[0] if after else None,
        after_id=after[1] if after else None,
        limit=limit,
        with_mentions=with_mentions,
    )
    return [(native(r["event"]), native(r["mentions"])) for r in records]


async def list_event_mentions(
    graph: Graph, *, ids: list[str], per_event: int
) -> dict[str, list[dict[str, Any]]]:
    """Per event id, its newest mentions with their documents."""
    records = await graph.read("events/list_event_mentions", ids=ids, per_event=per_event)
    return {r["id"]: native(r["mentions"]) for r in records}
