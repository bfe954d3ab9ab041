"""Feeds: RSS and Atom polled with conditional GET; each new item's page becomes a document, as
if its URL had been posted (`documents.service.fetch_article`)."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import UTC, date, datetime, timedelta
from typing import Any

import feedparser
import httpx

from app.core.config import Settings
from app.core.db import Graph
from app.core.errors import EntenteError, InvalidInput, NotFound
from app.documents import service as documents
from app.feeds import repository
from app.feeds.schemas import FeedCreate, FeedRead, ItemResult, PollResult
from app.fetch.client import FetchFailed, Policy, address_of, request
from app.vocabulary import EARLIEST_DATE, LATEST_DATE

ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
ITEMS_PER_POLL = 50
"""New items read per poll at most (the rest wait for the next poll), so one flooded feed cannot
hold the follower."""
ITEM_ATTEMPTS = 3
"""An item whose page fails this many polls in a row is given up (recorded with its error)."""
MAX_BACKOFF = timedelta(hours=6)


def feed_id(url: str) -> str:
    return "feed-" + hashlib.sha256(url.encode()).hexdigest()[:16]


def now_utc() -> datetime:
    return datetime.now(UTC)


async def add_feed(
    graph: Graph, settings: Settings, body: FeedCreate, now: datetime | None = None
) -> tuple[FeedRead, bool]:
    """Store the feed (due at once); (feed, whether it was new). A URL the fetch policy
    refuses is 422."""
    url = str(body.url)
    await address_of(httpx.URL(url), Policy.of(settings), "url")
    now = now or now_utc()
    props = {
        "id": feed_id(url),
        "url": url,
        "interval_s": body.interval_s,
        "created_at": now,
        "next_poll_at": now,
    }
    feed, created = await repository.merge_feed(graph, props=props)
    return FeedRead(**feed), created


async def list_feeds(graph: Graph) -> list[FeedRead]:
    return [FeedRead(**f) for f in await repository.list_feeds(graph)]


async def get_feed(graph: Graph, id: str) -> dict[str, Any]:
    found = await repository.get_feed(graph, id=id)
    if found is None:
        raise NotFound(f"no feed {id!r}", field="id")
    return found


async def delete_feed(graph: Graph, id: str) -> None:
    if not await repository.delete_feed(graph, id=id):
        raise NotFound(f"no feed {id!r}", field="id")


async def poll_due(
    graph: Graph, settings: Settings, now: datetime, limit: int = 20, parallel: int = 4
) -> list[PollResult]:
    """Poll the feeds due by `now`, a few at a time; one feed's failure never stops another."""
    due = await repository.list_due_feeds(graph, now=now, limit=limit)
    gate = asyncio.Semaphore(parallel)

    async def one(feed: dict[str, Any]) -> PollResult:
        async with gate:
            return await poll(graph, settings, feed, now)

    return list(await asyncio.gather(*(one(feed) for feed in due)))


async def poll_now(graph: Graph, settings: Settings, id: str) -> PollResult:
    return await poll(graph, settings, await get_feed(graph, id), now_utc())


async def poll(graph: Graph, settings: Settings, feed: dict[str, Any], now: datetime) -> PollResult:
    """Fetch the feed (conditional GET), read its new items, and record how it went."""
    headers = {"Accept": ACCEPT}
    if feed.get("etag"):
        headers["If-None-Match"] = feed["etag"]
    if feed.get("last_modified"):
        headers["If-Modified-Since"] = feed["last_modified"]
    interval = timedelta(seconds=feed["interval_s"])
    items: list[ItemResult] = []
    try:
        answer = await request("GET", feed["url"], Policy.of(settings), headers=headers)
        if answer.status == 304:
            state = {"last_status": "not_modified", "items_new": 0}
        elif answer.status >= 400:
            raise FetchFailed(f"the feed answered {answer.status}", field="url")
        else:
            parsed = await asyncio.to_thread(feedparser.parse, answer.content)
            if not parsed.version:
                raise InvalidInput("the answer is not an RSS or Atom feed", field="url")
            items = await read_items(graph, settings, feed, parsed.entries, now)
            state = {
                "last_status": "ok",
                "items_seen": len(parsed.entries),
                "items_new": len(items),
                "etag": answer.headers.get("etag"),
                "last_modified": answer.headers.get("last-modified"),
            }
        state |= {"last_error": None, "failures": 0, "next_poll_at": now + interval}
    except EntenteError as error:
        failures = int(feed.get("failures") or 0) + 1
        wait = min(interval * 2**failures, max(interval, MAX_BACKOFF))
        state = {
            "last_status": "error",
            "last_error": error.detail,
            "failures": failures,
            "next_poll_at": now + wait,
        }
    state["last_poll_at"] = now
    made = sum(1 for item in items if item.result == "created")
    stored = await repository.update_feed(graph, id=feed["id"], props=state, documents=made)
    result = FeedRead(**(stored or {**feed, **state}))
    return PollResult(
        feed=result, status=state["last_status"], error=state.get("last_error"), items=items
    )


async def read_items(
    graph: Graph,
    settings: Settings,
    feed: dict[str, Any],
    entries: list[Any],
    now: datetime,
) -> list[ItemResult]:
    """Each item not read before becomes a document (oldest first); an item whose page fails
    is tried again at the next poll, up to `ITEM_ATTEMPTS` times."""
    keyed: dict[str, Any] = {}
    for entry in reversed(entries):  # feeds list the newest first
        link = entry.get("link")
        if not link:
            continue
        ident = entry.get("id") or link
        keyed.setdefault(hashlib.sha256(f"{feed['id']}|{ident}".encode()).hexdigest(), entry)
    seen = await repository.find_feed_items(graph, keys=list(keyed))
    fresh = []
    for key, entry in keyed.items():
        done, attempts = seen.get(key, (False, 0))
        if not done:
            fresh.append((key, entry, attempts))
    results, rows = [], []
    for key, entry, attempts in fresh[:ITEMS_PER_POLL]:
        link = str(entry.get("link"))
        try:
            document, created = await read_item(graph, settings, link, _entry_date(entry))
            results.append(
                ItemResult(url=link, document=document, result="created" if created else "existing")
            )
            rows.append({"key": key, "feed": feed["id"], "url": link, "document": document,
                         "done": True, "error": None, "at": now})  # fmt: skip
        except EntenteError as error:
            given_up = attempts + 1 >= ITEM_ATTEMPTS
            results.append(ItemResult(url=link, result="error", error=error.detail))
            rows.append({"key": key, "feed": feed["id"], "url": link, "document": None,
                         "done": given_up, "error": error.detail, "at": now})  # fmt: skip
    if rows:
        await repository.merge_feed_items(graph, rows=rows)
    return results


async def read_item(
    graph: Graph, settings: Settings, url: str, published: date | None
) -> tuple[str, bool]:
    """The item's page stored as a document: (its id, whether it is new). The feed's date for
    the item stands in for a page that gives none."""
    found = await documents.fetch_article(graph, settings, url)
    if isinstance(found, str):
        return found, False
    if found.published_on is None and published is not None:
        found = found.model_copy(update={"published_on": published})
    result = await documents.create_documents(graph, settings, [found])
    item = result.items[0]
    return item.id, item.result == "created"


def _entry_date(entry: Any) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    day = date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return day if EARLIEST_DATE <= day <= LATEST_DATE else None
