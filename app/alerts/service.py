"""Alerts as the API shows them: paged, streamed, and as an Atom feed per watch."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import orjson
from feedgen.feed import FeedGenerator

from app.alerts import bell, repository
from app.core.db import Graph
from app.core.errors import InvalidInput
from app.watches.schemas import AlertPage, AlertRead, Delivery

STREAM_TICK = 1.0
"""Seconds between a stream's looks for alerts other processes recorded."""


def to_alert(props: dict[str, Any]) -> AlertRead:
    payload = orjson.loads(props["payload"])
    return AlertRead(
        id=props["id"],
        seq=props["seq"],
        watch=props["watch"],
        created_at=props["created_at"],
        delivery=Delivery(
            state=props["delivery"],
            attempts=props["attempts"],
            log=[orjson.loads(line) for line in props.get("log") or []],
        ),
        **payload,
    )


def webhook_body(props: dict[str, Any]) -> bytes:
    """The JSON a webhook receives (and its signature covers, byte for byte)."""
    alert = to_alert(props)
    return orjson.dumps(alert.model_dump(mode="json", exclude={"seq", "delivery"}))


def parse_cursor(cursor: str | None, field: str = "cursor") -> int | None:
    if cursor is None:
        return None
    if not cursor.isdigit() or len(cursor) > 18:
        raise InvalidInput("not a cursor this API returned", field=field)
    return int(cursor)


async def list_alerts(
    graph: Graph, *, watch: str | None, cursor: str | None, limit: int
) -> AlertPage:
    """Newest first; `next` continues below the last one shown."""
    before = parse_cursor(cursor)
    rows = await repository.list_alerts(
        graph, watch=watch, before=before, after=None, limit=limit + 1
    )
    items = [to_alert(r) for r in rows[:limit]]
    more = len(rows) > limit
    return AlertPage(items=items, next=str(items[-1].seq) if more and items else None)


async def latest_seq(graph: Graph) -> int:
    return await repository.get_latest_seq(graph)


async def stream(
    graph: Graph, *, watch: str | None, after: int, seconds: float, batch: int = 100
) -> AsyncIterator[AlertRead]:
    """Alerts as they are recorded, oldest first from just after `after`, for `seconds` or
    until the client goes."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while loop.time() < deadline:
        rung = bell.bell()
        rows = await repository.list_alerts(
            graph, watch=watch, before=None, after=after, limit=batch
        )
        for row in rows:
            alert = to_alert(row)
            after = alert.seq
            yield alert
        if len(rows) < batch:
            await bell.wait(rung, max(0.0, min(STREAM_TICK, deadline - loop.time())))
        else:
            await asyncio.sleep(0)


def atom(watch: dict[str, Any], alerts: list[AlertRead], self_url: str) -> bytes:
    """A watch's latest alerts as an Atom feed, for any feed reader."""
    feed = FeedGenerator()
    feed.id(f"urn:entente:watch:{watch['id']}")
    feed.title(f"Entente: {watch['name']}")
    feed.link(href=self_url, rel="self")
    feed.updated(alerts[0].created_at if alerts else watch["created_at"])
    for alert in reversed(alerts):  # feedgen puts the last added first
        entry = feed.add_entry()
        entry.id(f"urn:entente:alert:{alert.id}")
        entry.title(headline(alert))
        entry.updated(alert.created_at)
        evidence = alert.evidence
        if evidence and evidence.url:
            entry.link(href=evidence.url)
        entry.content((evidence.sentence if evidence else None) or headline(alert), type="text")
    xml: bytes = feed.atom_str(pretty=True)
    return xml


def headline(alert: AlertRead) -> str:
    """One line: `VISIT RUS → PRK (2024-11-29): alleged → confirmed`."""
    e = alert.event
    when = f" ({e.occurred_on})" if e.occurred_on else ""
    status = (
        f"{alert.old_status} → {alert.new_status}" if alert.old_status else str(alert.new_status)
    )
    kind = {"new_event": "new event", "new_tie": "new tie", "status_change": "status"}
    return f"{e.type} {e.actor} → {e.target}{when}: {kind[alert.kind]} {status}"
