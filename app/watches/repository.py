"""Watch queries."""

from __future__ import annotations

from typing import Any

from app.core.db import Graph, native


async def create_watch(graph: Graph, *, props: dict[str, Any]) -> dict[str, Any]:
    records = await graph.write("watches/create_watch", props=props)
    return native(dict(records[0]["watch"]))  # type: ignore[no-any-return]


async def list_watches(graph: Graph) -> list[dict[str, Any]]:
    return [native(dict(r["watch"])) for r in await graph.read("watches/list_watches")]


async def get_watch(graph: Graph, *, id: str) -> dict[str, Any] | None:
    records = await graph.read("watches/get_watch", id=id)
    return native(dict(records[0]["watch"])) if records else None


async def delete_watch(graph: Graph, *, id: str) -> bool:
    return bool(await graph.write("watches/delete_watch", id=id))
