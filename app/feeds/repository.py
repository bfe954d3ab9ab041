"""Feed queries."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.core.db import Graph, native


async def merge_feed(graph: Graph, *, props: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    records = await graph.write("feeds/merge_feed", props=props)
    return native(dict(records[0]["feed"])), bool(records[0]["created"])


async def list_feeds(graph: Graph) -> list[dict[str, Any]]:
    return [native(dict(r["feed"])) for r in await graph.read("feeds/list_feeds")]


async def get_feed(graph: Graph, *, id: str) -> dict[str, Any] | None:
    records = await graph.read("feeds/get_feed", id=id)
    return native(dict(records[0]["feed"])) if records else None


async def list_due_feeds(graph: Graph, *, now: datetime, limit: int) -> list[dict[str, Any]]:
    records = await graph.read("feeds/list_due_feeds", now=now, limit=limit)
    return [native(dict(r["feed"])) for r in records]


async def delete_feed(graph: Graph, *, id: str) -> bool:
    return bool(await graph.write("feeds/delete_feed", id=id))


async def update_feed(
    graph: Graph, *, id: str, props: dict[str, Any], documents: int
) -> dict[str, Any] | None:
    records = await graph.write("feeds/update_feed", id=id, props=props, documents=documents)
    return native(dict(records[0]["feed"])) if records else None


async def find_feed_items(graph: Graph, *, keys: list[str]) -> dict[str, tuple[bool, int]]:
    """key → (done, attempts) of the items seen before."""
    records = await graph.read("feeds/find_feed_items", keys=keys)
    return {r["key"]: (bool(r["done"]), int(r["attempts"])) for r in records}


async def merge_feed_items(graph: Graph, *, rows: list[dict[str, Any]]) -> None:
    await graph.write("feeds/merge_feed_items", rows=rows)
