"""Alert queries: recorded inside write transactions, read by cursor, delivered by the
follower."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from neo4j import AsyncManagedTransaction

from app.alerts.model import Change, WatchFilter
from app.core.db import Graph, native, run


async def record(tx: AsyncManagedTransaction, changes: list[Change], now: datetime) -> int:
    """Record, in the caller's transaction, an alert per (change, matching watch). With no
    watch matching, one small read is all it costs."""
    if not changes:
        return 0
    watches = [
        WatchFilter(
            r["id"], tuple(r["countries"]), frozenset(r["types"]) if r["types"] else None,
            frozenset(r["on"]), int(r["min_rank"]), bool(r["hook"]),
        )
        for r in await run(tx, "alerts/list_watch_filters")
    ]  # fmt: skip
    alerts = [
        {"watch": w.id, "kind": c.kind.value, "payload": c.payload(), "hook": w.hook}
        for c in changes
        for w in watches
        if w.matches(c)
    ]
    if alerts:
        await run(tx, "alerts/create_alerts", alerts=alerts, now=now)
    return len(alerts)


async def list_alerts(
    graph: Graph, *, watch: str | None, before: int | None, after: int | None, limit: int
) -> list[dict[str, Any]]:
    """Alerts newest first below `before`, or oldest first above `after`."""
    records = await graph.read(
        "alerts/list_alerts", watch=watch, before=before, after=after, limit=limit
    )
    return [native(dict(r["alert"])) for r in records]


async def get_latest_seq(graph: Graph) -> int:
    records = await graph.read("alerts/get_latest_seq")
    return int(records[0]["seq"]) if records else 0


async def list_due_deliveries(graph: Graph, *, now: datetime, limit: int) -> list[dict[str, Any]]:
    """Pending webhook deliveries due by `now`, oldest first, with their watch's hook."""
    records = await graph.read("alerts/list_due_deliveries", now=now, limit=limit)
    return [native(dict(r)) for r in records]


async def update_deliveries(graph: Graph, *, rows: list[dict[str, Any]]) -> None:
    await graph.write("alerts/update_deliveries", rows=rows)
