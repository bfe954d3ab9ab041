"""Watches: saved filters whose matching changes become alerts (recorded by the write that
made the change, `app/alerts`)."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Any

import httpx

from app.alerts.model import STATUS_RANK
from app.core.config import Settings
from app.core.db import Graph
from app.core.errors import InvalidInput, NotFound
from app.fetch.client import Policy, address_of
from app.watches import repository
from app.watches.schemas import WatchCreate, WatchRead


def to_watch(props: dict[str, Any]) -> WatchRead:
    return WatchRead(**props, signed=props.get("secret") is not None)


async def create_watch(graph: Graph, settings: Settings, body: WatchCreate) -> WatchRead:
    """Store the watch; a webhook must be an address the fetch policy allows (422)."""
    if len(set(body.countries)) != len(body.countries):
        raise InvalidInput("a pair needs two different codes", field="countries")
    hook = str(body.webhook_url) if body.webhook_url else None
    if hook:
        await address_of(httpx.URL(hook), Policy.of(settings), "webhook_url")
    props = {
        "id": "watch-" + secrets.token_hex(6),
        "name": body.name,
        "countries": body.countries,
        "types": [t.value for t in body.types] if body.types else None,
        "min_status": body.min_status.value if body.min_status else None,
        "min_rank": STATUS_RANK[body.min_status] if body.min_status else None,
        "on": sorted({kind.value for kind in body.on}),
        "webhook_url": hook,
        "secret": body.secret,
        "created_at": datetime.now(UTC),
    }
    return to_watch(await repository.create_watch(graph, props=props))


async def list_watches(graph: Graph) -> list[WatchRead]:
    return [to_watch(w) for w in await repository.list_watches(graph)]


async def get_watch(graph: Graph, watch_id: str) -> dict[str, Any]:
    found = await repository.get_watch(graph, id=watch_id)
    if found is None:
        raise NotFound(f"no watch {watch_id!r}", field="id")
    return found


async def delete_watch(graph: Graph, watch_id: str) -> None:
    if not await repository.delete_watch(graph, id=watch_id):
        raise NotFound(f"no watch {watch_id!r}", field="id")
