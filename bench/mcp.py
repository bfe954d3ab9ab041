"""MCP benchmark: p50/p95 of tool calls over streamable HTTP (`/mcp` on `entente serve`) and over
stdio (`entente mcp`), next to the HTTP API's endpoint for the same question, on a small
synthetic graph. Each sample draws one question and times every side on it back to back, in
alternating order. Prints a table, writes `bench/results/mcp.json`.
Run: `.venv/bin/python bench/mcp.py [--events N] [--repeat N]` (default 5,000 events, 200 calls).

What each side does: `search_events` and `/v1/events?include=mentions` run the same query, so
their gap is the protocol's cost; `resolve_country` touches no database (the protocol alone);
`find_paths` and `network_around` add each tie's latest event and sentences (one query more
than `/v1/paths` and `/v1/network`); `country_profile` and `dyad_timeline` add the sentences of
their listed events (one query more).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from itertools import islice
from pathlib import Path
from typing import Any

import httpx
import httpx2

# Run as a script, this file's folder comes first on the path, where its name hides the SDK's.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))

from mcp import Client, StdioServerParameters  # noqa: E402
from mcp.client.streamable_http import streamable_http_client  # noqa: E402

from app.core.db import connect  # noqa: E402
from app.events.schemas import EventCreate  # noqa: E402
from app.events.service import create_events  # noqa: E402
from bench.common import (  # noqa: E402
    HUBS,
    KEY,
    neo4j_server,
    percentiles,
    serve,
    settings,
    states,
    synthetic_events,
    write,
)

Question = tuple[dict[str, Any], str, dict[str, Any]]
"""A tool's arguments, and the API path and query that ask the same."""
Call = Callable[[Question], Awaitable[None]]


async def load(connection: Any, count: int) -> None:
    """The synthetic events, through the ingestion service (the API's own write path)."""
    config = settings(connection)
    events = synthetic_events(count, seed=11)
    async with connect(config) as graph:
        while batch := list(islice(events, 5_000)):
            await create_events(graph, config, [EventCreate.model_validate(e) for e in batch])


def questions(rng: random.Random, count: int) -> dict[str, list[Question]]:
    """Per tool, `count` questions: (tool arguments, API path, API query)."""
    codes = states()
    pairs = [(rng.choice(HUBS), rng.choice(HUBS + codes[:30])) for _ in range(count * 2)]
    pairs = [(a, b) for a, b in pairs if a != b][:count]
    hubs = [rng.choice(HUBS) for _ in range(count)]
    return {
        "resolve_country": [({"name": "North Korea"}, "/healthz", {})] * count,
        "search_events": [
            ({"country": a, "counterpart": b, "limit": 20}, "/v1/events", {
                "country": a, "counterpart": b, "limit": 20, "include": "mentions"})
            for a, b in pairs
        ],
        "find_paths": [
            ({"from": a, "to": b}, "/v1/paths", {"from": a, "to": b}) for a, b in pairs
        ],
        "dyad_timeline": [
            ({"a": a, "b": b, "interval": "quarter"}, f"/v1/dyads/{a}/{b}/timeline",
             {"interval": "quarter"})
            for a, b in pairs
        ],
        "country_profile": [({"code": c}, f"/v1/countries/{c}", {}) for c in hubs],
        "network_around": [
            ({"country": c, "depth": 1}, "/v1/network", {"country": c, "depth": 1})
            for c in hubs[: max(20, count // 5)]
        ],
    }  # fmt: skip


async def measure(
    tool: str,
    items: list[Question],
    http: httpx.AsyncClient,
    sessions: dict[str, Client],
) -> dict[str, dict[str, float]]:
    """Percentiles per side; every call is checked to have succeeded."""

    async def api(item: Question) -> None:
        (await http.get(item[1], params=item[2])).raise_for_status()

    def over(session: Client) -> Call:
        async def call(item: Question) -> None:
            result = await session.call_tool(tool, item[0])
            if result.is_error:
                raise RuntimeError(f"{tool} {item[0]}: {result.content}")

        return call

    sides: dict[str, Call] = {"http_api": api, **{f"mcp_{k}": over(s) for k, s in sessions.items()}}
    for item in items[:5]:  # warm plans, caches and each side's projections
        for side in sides.values():
            await side(item)
    samples: dict[str, list[float]] = {name: [] for name in sides}
    order = list(sides)
    for item in items:
        for name in order:
            started = time.perf_counter()
            await sides[name](item)
            samples[name].append(time.perf_counter() - started)
        order.reverse()
    return {name: percentiles(values) for name, values in samples.items()}


async def run(base: str, connection: Any, repeat: int) -> dict[str, Any]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        **dict(line.split("=", 1) for line in connection.env_lines()),
        "ENTENTE_API_KEYS": KEY,
    }
    stdio = StdioServerParameters(command=sys.executable, args=["-m", "app", "mcp"], env=env)
    figures: dict[str, Any] = {}
    async with AsyncExitStack() as stack:
        http = await stack.enter_async_context(httpx.AsyncClient(base_url=base, timeout=60))

        def to_mcp() -> Any:
            return streamable_http_client(base + "/mcp", http_client=httpx2.AsyncClient(timeout=60))

        # The SDK's client speaks the 2026-07-28 protocol where the server does; the clients
        # deployed today (2025-era handshake) are timed too.
        sessions = {
            "http": await stack.enter_async_context(Client(to_mcp(), cache=None)),
            "http_2025": await stack.enter_async_context(
                Client(to_mcp(), cache=None, mode="legacy")
            ),
            "stdio": await stack.enter_async_context(Client(stdio, cache=None)),
        }
        figures["protocols"] = {k: s.protocol_version for k, s in sessions.items()}
        header = f"{'tool':<17}{'side':<16}{'p50':>8}{'p95':>8}  ms"
        print(header)  # noqa: T201
        figures["tools"] = {}
        for tool, items in questions(random.Random(5), repeat).items():
            result = await measure(tool, items, http, sessions)
            figures["tools"][tool] = result
            for side, p in result.items():
                line = f"{tool:<17}{side:<16}{p['p50_ms']:>8.2f}{p['p95_ms']:>8.2f}"
                print(line)  # noqa: T201
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    with neo4j_server("mcp") as connection:
        asyncio.run(load(connection, args.events))
        with serve(connection) as base:
            figures = asyncio.run(run(base, connection, args.repeat))
    write(
        "mcp",
        {
            "events": args.events,
            "repeat": args.repeat,
            "note": "resolve_country's API side is /healthz (no API endpoint resolves names)",
            **figures,
        },
    )


if __name__ == "__main__":
    main()
