"""Following the news, measured end to end on loopback: a feed item's alert arriving at a
webhook, alerts delivered per second, and what 100 followed feeds cost the server.

The API runs as `entente serve` (one worker, its follower on) against the benchmark's own Neo4j;
a site served here plays the news outlet (feeds, article pages) and the webhook receivers.
Prints a table, writes `bench/results/follow.json`.
Run: `.venv/bin/python bench/follow.py [--alerts N] [--feeds N] [--minutes M]`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import httpx
import orjson
import uvicorn
from fastapi import FastAPI, Request, Response

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.extraction import country_name  # noqa: E402
from bench.common import KEY, neo4j_server, percentiles, serve_process, states, write  # noqa: E402

AUTH = {"Authorization": f"Bearer {KEY}"}
SITE_BASE = ""
"""The site's base URL, set once it is served."""
SENTENCE = "{a} sent troops to {b} on Monday, the defence ministry of {a_name} said."


@dataclass
class Site:
    """The outlet and the receivers: what it serves, and when each alert arrived."""

    feeds: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)
    arrived: dict[str, float] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    feed_requests: int = 0


def site_app(site: Site) -> FastAPI:
    app = FastAPI()

    @app.post("/hook/{name}")
    async def hook(name: str, request: Request) -> Response:
        body = orjson.loads(await request.body())
        site.arrived.setdefault(body["id"], time.perf_counter())
        site.kinds[body["id"]] = f"{name}:{body['kind']}"
        return Response(status_code=204)

    @app.get("/feed/{name}.xml")
    async def feed(name: str) -> Response:
        site.feed_requests += 1
        items = "".join(
            f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
            f"<pubDate>{format_datetime(datetime.now(UTC))}</pubDate></item>"
            for link, title in site.feeds.get(name, [])
        )
        xml = f'<?xml version="1.0"?><rss version="2.0"><channel><title>{name}</title>{items}'
        return Response(xml + "</channel></rss>", media_type="application/rss+xml")

    @app.get("/story/{slug}")
    async def story(slug: str) -> Response:
        text = site.pages.get(slug)
        if text is None:
            return Response(status_code=404)
        html = (
            f"<html><head><title>{slug}</title></head><body><nav>Home World Sport</nav>"
            f"<article><h1>{slug}</h1><p>{text}</p></article><footer>Herald</footer></body></html>"
        )
        return Response(html, media_type="text/html")

    return app


@contextlib.contextmanager
def serve_site(site: Site) -> Iterator[str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(site_app(site), log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its children so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = sum(int(fields[i]) for i in (11, 12, 13, 14))
    return ticks / os.sysconf("SC_CLK_TCK")


async def wait_for(predicate: Any, timeout: float) -> bool:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.005)
    return False


async def item_to_alert(api: httpx.AsyncClient, site: Site, rounds: int) -> dict[str, Any]:
    """A new item appears in a feed and the feed is polled (`:poll`, as a push or the schedule
    would): seconds until the webhook receives the item's alert."""
    codes = states()
    watch = await api.post("/v1/watches", headers=AUTH, json={
        "name": "latency", "countries": ["FRA"], "on": ["new_event"],
        "webhook_url": f"{SITE_BASE}/hook/latency"})  # fmt: skip
    watch.raise_for_status()
    feed = await api.post("/v1/feeds", headers=AUTH, json={"url": f"{SITE_BASE}/feed/latency.xml"})
    feed.raise_for_status()
    feed_id = feed.json()["id"]
    samples = []
    for n in range(rounds):
        target = codes[20 + n % 150]
        slug = f"latency-{n}"
        site.pages[slug] = SENTENCE.format(a="France", b=country_name(target), a_name="France")
        site.feeds.setdefault("latency", []).insert(0, (f"{SITE_BASE}/story/{slug}", slug))
        before = set(site.arrived)
        start = time.perf_counter()
        poll = await api.post(f"/v1/feeds/{feed_id}:poll", headers=AUTH)
        poll.raise_for_status()
        got = await wait_for(lambda known=before: set(site.arrived) - known, 30)
        if got:
            new = min(site.arrived[i] for i in set(site.arrived) - before)
            samples.append(new - start)
    return {"rounds": rounds, **percentiles(samples)}


async def delivery_rate(
    api: httpx.AsyncClient, site: Site, count: int, receivers: int
) -> dict[str, Any]:
    """`count` new events set off alerts for `receivers` watches (each its own webhook): alerts
    delivered per second, from the write's answer to the last arrival."""
    codes = states()
    watched = codes[:receivers]
    for n, code in enumerate(watched):
        hook = f"{SITE_BASE}/hook/rate-{receivers}-{n}"
        body = {"name": f"rate-{n}", "countries": [code], "on": ["new_event"], "webhook_url": hook}
        (await api.post("/v1/watches", headers=AUTH, json=body)).raise_for_status()
    events = []
    first = date(1900, 1, 1)
    for n in range(count):
        # Each a new event: 30 days after the one before, so none merges with another.
        events.append(
            {
                "type": "VISIT",
                "actor": watched[n % receivers],
                "target": codes[30 + n % 150],
                "occurred_on": (first + timedelta(days=30 * n)).isoformat(),
                "status": "asserted",
                "source": f"rate-{receivers}-{n}",
            }
        )
    before = len(site.arrived)
    start = time.perf_counter()
    (
        await api.post("/v1/events", headers=AUTH, json={"events": events}, timeout=120)
    ).raise_for_status()
    written = time.perf_counter()
    if not await wait_for(lambda: len(site.arrived) - before >= count, 300):
        raise RuntimeError(f"only {len(site.arrived) - before} of {count} alerts arrived")
    done = max(site.arrived.values())
    delivered = len(site.arrived) - before
    return {
        "alerts": delivered,
        "receivers": receivers,
        "write_s": round(written - start, 3),
        "delivery_s": round(done - written, 3),
        "alerts_per_s": round(delivered / (done - written), 1),
    }


async def poller_overhead(
    api: httpx.AsyncClient, site: Site, pid: int, feeds: int, minutes: float
) -> dict[str, Any]:
    """CPU the server spends with `feeds` feeds due every minute (each 10 items, read at the
    first poll), against the same time with none."""
    idle_start = cpu_seconds(pid)
    await asyncio.sleep(minutes * 60)
    idle = cpu_seconds(pid) - idle_start
    codes = states()
    for n in range(feeds):
        name = f"f{n}"
        site.feeds[name] = []
        for i in range(10):
            slug = f"feed-{n}-{i}"
            site.pages[slug] = SENTENCE.format(
                a="Germany", b=country_name(codes[20 + (n * 10 + i) % 150]), a_name="Germany"
            )
            site.feeds[name].append((f"{SITE_BASE}/story/{slug}", slug))
        body = {"url": f"{SITE_BASE}/feed/{name}.xml", "interval_s": 60}
        (await api.post("/v1/feeds", headers=AUTH, json=body)).raise_for_status()
    # The first poll of each feed reads its items; after that, polls find nothing new.
    await asyncio.sleep(90)
    requests_start, busy_start = site.feed_requests, cpu_seconds(pid)
    await asyncio.sleep(minutes * 60)
    busy = cpu_seconds(pid) - busy_start
    polls = site.feed_requests - requests_start
    return {
        "feeds": feeds,
        "minutes": minutes,
        "polls": polls,
        "cpu_s_idle": round(idle, 2),
        "cpu_s_with_feeds": round(busy, 2),
        "cpu_ms_per_poll": round((busy - idle) / max(polls, 1) * 1000, 2),
        "cpu_share_of_one_core": round((busy - idle) / (minutes * 60), 4),
    }


async def run(base: str, pid: int, site: Site, args: argparse.Namespace) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=base, timeout=60) as api:
        figures: dict[str, Any] = {}
        figures["item_to_alert"] = await item_to_alert(api, site, args.rounds)
        figures["delivery_1_receiver"] = await delivery_rate(api, site, args.alerts, 1)
        figures["delivery_8_receivers"] = await delivery_rate(api, site, args.alerts, 8)
        figures["poller_100_feeds"] = await poller_overhead(
            api, site, pid, args.feeds, args.minutes
        )
        return figures


def main() -> None:
    global SITE_BASE
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--alerts", type=int, default=2000)
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--minutes", type=float, default=2.0)
    args = parser.parse_args()
    site = Site()
    with serve_site(site) as site_url, neo4j_server("follow") as connection:
        SITE_BASE = site_url
        os.environ["ENTENTE_FETCH_ALLOW_HOSTS"] = "127.0.0.1"
        with serve_process(connection) as (base, pid):
            figures = asyncio.run(run(base, pid, site, args))
    for name, values in figures.items():
        print(f"{name:24} " + "  ".join(f"{k} {v}" for k, v in values.items()))  # noqa: T201
    write("follow", figures)


if __name__ == "__main__":
    main()
