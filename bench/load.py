"""Load benchmark: read throughput under concurrency, and writes that are never lost.

Starts the benchmark's own Neo4j, loads a hub-heavy synthetic graph (`--events`, default
200,000 events over ≈200 states and 10 years, through the service's own write path), starts
`python -m app serve --workers N` on a free loopback port, warms it up (`--warmup` seconds of
every route and variant: Neo4j's JIT compiler needs tens of thousands of queries before a query
costs what it costs in a long-running server, ≈ 0.4 ms instead of 2–4 ms of its CPU), then for 1,
8 and 32 concurrent clients (asyncio + aiohttp, one keep-alive connection each: the load
generator shares the machine's cores, and httpx costs ≈ 1.5 ms of CPU a request against
aiohttp's ≈ 0.2 ms, which would cap what is measured) runs `--seconds` on each of paths,
country profile, month timeline and network, three times: `hub` (one hub's profile, one hub
pair's timeline, over and over: the issue's probe), `warm` (the default view or one of a few
slider stops, so caches hold the answers) and `cold` (a new random `as_of` day per request, as
a date slider sends). Inputs vary as users vary them: hub and ordinary countries, pairs of them.
Then a mixed run, 80 % of those reads and 20 % writes (`POST /v1/events` batches and
`POST /v1/documents`), after which every acknowledged write is read back.

Per run: requests/s, p50/p95/p99 latency, errors by status (`exception` for transport errors
and timeouts) and the RSS of the API's processes (parent and workers, from /proc) at start and
end. Prints a table, writes `bench/results/load.json`.
Run: `.venv/bin/python bench/load.py [--events N] [--workers N] [--seconds S] [--reuse]`.

Targets (issue 13): at 8 clients on the issue's probe (`hub`), country profile ≥ 250 req/s and
month timeline ≥ 500 req/s; no errors at 32 clients; every acknowledged write found.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.ingestion.models import digest, dyad_key  # noqa: E402
from app.vocabulary import TieType  # noqa: E402
from bench.common import (  # noqa: E402
    HUBS,
    KEY,
    graph_events,
    neo4j_server,
    percentiles,
    serve_process,
    states,
    synthetic_events,
    write,
)
from bench.ingest import documents  # noqa: E402
from bench.queries import load  # noqa: E402

ROUTES = ("paths", "profile", "timeline", "network")
FIRST_DAY = date(2016, 1, 1)
DAYS = 3653
SLIDER_STOPS = [date(year, 12, 31) for year in range(2016, 2026, 3)]
"""The few `as_of` values of the warm runs (with the default view: no `as_of`)."""
WRITE_SHARE = 0.2
EVENTS_PER_WRITE = 20
TARGETS = {"profile": 250.0, "timeline": 500.0}
TARGET_CLIENTS = 8


@dataclass
class Run:
    """What one timed run saw."""

    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)


@dataclass
class Written:
    """Acknowledged writes, to read back afterwards."""

    documents: list[str] = field(default_factory=list)
    events: dict[str, list[str]] = field(default_factory=dict)
    """Per structured document id: the dyad key of each event sent (an event sent may merge
    with one already stored, which keeps its own date and direction)."""


class Inputs:
    """Requests as users vary them: hubs and ordinary countries, and as_of from a slider."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        codes = states()
        self.countries = HUBS + codes[: 40 + len(HUBS)]
        self.partners = codes[:120]

    def as_of(self, variant: str) -> dict[str, str]:
        if variant == "hub":
            return {}
        if variant == "cold":
            return {"as_of": (FIRST_DAY + timedelta(days=self.rng.randrange(DAYS))).isoformat()}
        stop = self.rng.choice([None, *SLIDER_STOPS])
        return {} if stop is None else {"as_of": stop.isoformat()}

    def pair(self, variant: str) -> tuple[str, str]:
        if variant == "hub":
            return HUBS[0], HUBS[1]
        a = self.rng.choice(self.countries)
        b = self.rng.choice(self.partners)
        while b == a:
            b = self.rng.choice(self.partners)
        return a, b

    def read(self, route: str, variant: str) -> tuple[str, dict[str, str]]:
        """The path and query of one read."""
        params = self.as_of(variant)
        if route == "paths":
            a, b = self.pair(variant)
            return "/v1/paths", {"from": a, "to": b, **params}
        if route == "profile":
            code = HUBS[0] if variant == "hub" else self.rng.choice(self.countries)
            return f"/v1/countries/{code}", params
        if route == "timeline":
            a, b = self.pair(variant)
            return f"/v1/dyads/{a}/{b}/timeline", {"interval": "month", **params}
        return "/v1/network", params


def rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants (uvicorn's workers), in KiB."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo.extend(children.get(current, []))
        try:
            status = Path(f"/proc/{current}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total


async def timed(
    run: Run, http: aiohttp.ClientSession, method: str, path: str, **options: Any
) -> bytes | None:
    """One request, timed and counted; the body when it succeeded."""
    started = time.perf_counter()
    try:
        async with http.request(method, path, **options) as response:
            body = await response.read()
    except (aiohttp.ClientError, TimeoutError) as error:
        run.errors[f"exception:{type(error).__name__}"] += 1
        return None
    run.latencies.append(time.perf_counter() - started)
    if response.status >= 300:
        run.errors[str(response.status)] += 1
        return None
    return body


async def timed_get(
    http: aiohttp.ClientSession, run: Run, path: str, params: dict[str, str]
) -> None:
    await timed(run, http, "GET", path, params=params)


async def timed_write(
    http: aiohttp.ClientSession, run: Run, written: Written, rng: random.Random, docs: list[Any]
) -> None:
    """One write: a batch of structured events, or an article (half each)."""
    n = rng.randrange(10**12)
    body: dict[str, Any]
    if rng.random() < 0.5:
        source, url = f"load-{n}", f"https://load.example/{n}"
        events = [
            {**e, "source": source, "url": url}
            for e in synthetic_events(EVENTS_PER_WRITE, seed=n, years=10)
        ]
        path, body = "/v1/events", {"events": events}
    else:
        doc = rng.choice(docs)
        path, body = "/v1/documents", {**doc, "text": f"{doc['text']} (Load edition {n}.)"}
    headers = {"Authorization": f"Bearer {KEY}"}
    answer = await timed(run, http, "POST", path, json=body, headers=headers)
    if answer is None:
        return
    if path == "/v1/events":
        doc_id = "src-" + digest(source, url)
        written.events[doc_id] = [
            dyad_key(TieType(e["type"]), e["actor"], e["target"]) for e in events
        ]
    else:
        written.documents.append(json.loads(answer)["id"])


async def drive(
    base: str,
    clients: int,
    seconds: float,
    step: Callable[[aiohttp.ClientSession, Run, random.Random], Any],
    seed: int,
) -> tuple[Run, float]:
    """`clients` loops, each on its own keep-alive connection, calling `step` until time is up."""
    run = Run()

    async def client(i: int) -> None:
        rng = random.Random(seed * 1000 + i)
        async with session(base, aiohttp.TCPConnector(limit=1)) as http:
            while time.perf_counter() < deadline:
                await step(http, run, rng)

    started = time.perf_counter()
    deadline = started + seconds
    await asyncio.gather(*(client(i) for i in range(clients)))
    return run, time.perf_counter() - started


def session(base: str, connector: aiohttp.TCPConnector | None = None) -> aiohttp.ClientSession:
    return aiohttp.ClientSession(base, connector=connector, timeout=aiohttp.ClientTimeout(total=60))


def summary(run: Run, elapsed: float, pid: int, rss_start: int) -> dict[str, Any]:
    latencies = run.latencies if len(run.latencies) > 1 else [*run.latencies, 0.0, 0.0]
    return {
        "requests": len(run.latencies)
        + sum(v for k, v in run.errors.items() if k.startswith("exception")),
        "rps": round(len(run.latencies) / elapsed, 1),
        **percentiles(latencies),
        "errors": dict(run.errors),
        "rss_start_mib": round(rss_start / 1024, 1),
        "rss_end_mib": round(rss_kib(pid) / 1024, 1),
    }


async def read_back(base: str, written: Written) -> dict[str, int]:
    """Every acknowledged write, looked up: articles by id, event batches by their document."""
    found = {"documents": 0, "event_batches": 0, "events": 0, "events_found": 0}
    async with session(base) as http:
        for doc_id in written.documents:
            async with http.get(f"/v1/documents/{doc_id}") as response:
                found["documents"] += response.status == 200
        for doc_id, sent in written.events.items():
            found["events"] += len(sent)
            async with http.get(f"/v1/documents/{doc_id}") as response:
                if response.status != 200:
                    continue
                stored = await response.json()
            have = {dyad_key(TieType(e["type"]), e["actor"], e["target"]) for e in stored["events"]}
            hits = sum(1 for e in sent if e in have)
            found["events_found"] += hits
            found["event_batches"] += hits == len(sent)
    return found


def line(name: str, result: dict[str, Any]) -> str:
    errors = ",".join(f"{k}:{v}" for k, v in result["errors"].items()) or "0"
    return (
        f"{name:<22}{result['rps']:>9}{result['p50_ms']:>9}{result['p95_ms']:>9}"
        f"{result['p99_ms']:>9}{result['rss_start_mib']:>9}{result['rss_end_mib']:>9}  {errors}"
    )


async def bench(base: str, pid: int, args: argparse.Namespace) -> dict[str, Any]:
    runs: dict[str, Any] = {}
    inputs = Inputs(11)
    print(  # noqa: T201
        f"{'run':<22}{'req/s':>9}{'p50':>9}{'p95':>9}{'p99':>9}{'rss0':>9}{'rss1':>9}  errors"
    )
    routes = [r for r in ROUTES if r in args.only.split(",")]
    if args.warmup:

        async def warm(http: aiohttp.ClientSession, run: Run, rng: random.Random) -> None:
            route = rng.choice(routes)
            await timed_get(http, run, *inputs.read(route, rng.choice(("hub", "warm", "cold"))))

        run, _ = await drive(base, TARGET_CLIENTS, args.warmup, warm, seed=1)
        print(f"warm-up: {len(run.latencies)} requests in {args.warmup:.0f} s")  # noqa: T201
    for route in routes:
        for variant in args.variants.split(","):
            for clients in args.clients:

                async def step(
                    http: aiohttp.ClientSession,
                    run: Run,
                    _: random.Random,
                    route: str = route,
                    variant: str = variant,
                ) -> None:
                    await timed_get(http, run, *inputs.read(route, variant))

                await drive(base, 2, 1.0, step, seed=0)  # plans and connections warm
                rss_start = rss_kib(pid)
                run, elapsed = await drive(base, clients, args.seconds, step, seed=clients)
                name = f"{route}/{variant}/{clients}"
                runs[name] = summary(run, elapsed, pid, rss_start)
                print(line(name, runs[name]))  # noqa: T201
    if args.mixed_clients:
        docs = documents()
        written = Written()

        async def mixed(http: aiohttp.ClientSession, run: Run, rng: random.Random) -> None:
            if rng.random() < WRITE_SHARE:
                await timed_write(http, run, written, rng, docs)
            else:
                route = rng.choice(ROUTES)
                variant = "cold" if rng.random() < 0.5 else "warm"
                await timed_get(http, run, *inputs.read(route, variant))

        rss_start = rss_kib(pid)
        run, elapsed = await drive(base, args.mixed_clients, args.seconds, mixed, seed=99)
        name = f"mixed/{args.mixed_clients}"
        runs[name] = summary(run, elapsed, pid, rss_start)
        found = await read_back(base, written)
        runs[name]["acknowledged"] = {
            "documents": len(written.documents),
            "event_batches": len(written.events),
            "events": found["events"],
        }
        runs[name]["found"] = {k: found[k] for k in ("documents", "event_batches")} | {
            "events": found["events_found"]
        }
        print(line(name, runs[name]))  # noqa: T201
        print(f"acknowledged {runs[name]['acknowledged']}, found {runs[name]['found']}")  # noqa: T201
    return runs


def checks(runs: dict[str, Any], clients: list[int]) -> dict[str, bool]:
    """The issue's targets, for the runs that were made."""
    out: dict[str, bool] = {}
    for route, target in TARGETS.items():
        name = f"{route}/hub/{TARGET_CLIENTS}"  # the probe; the other variants are figures
        if name in runs:
            out[f"{name}>={target}req/s"] = runs[name]["rps"] >= target
    top = max(clients)
    for name, result in runs.items():
        if name.endswith(f"/{top}") and not name.startswith("mixed"):
            out[f"{name}:no_errors"] = not result["errors"]
    for name, result in runs.items():
        if name.startswith("mixed"):
            out[f"{name}:no_errors"] = not result["errors"]
            out[f"{name}:acknowledged=found"] = result["acknowledged"] == result["found"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=200_000, help="Size of the graph.")
    parser.add_argument("--workers", type=int, default=2, help="`entente serve --workers`.")
    parser.add_argument("--seconds", type=float, default=20.0, help="Length of each run.")
    parser.add_argument(
        "--clients", type=lambda s: [int(c) for c in s.split(",")], default=[1, 8, 32]
    )
    parser.add_argument("--only", default=",".join(ROUTES), help="Comma list of routes.")
    parser.add_argument(
        "--variants", default="hub,warm,cold", help="Comma list of hub, warm and cold."
    )
    parser.add_argument(
        "--warmup", type=float, default=60.0, help="Seconds of every route before measuring."
    )
    parser.add_argument("--mixed-clients", type=int, default=8, help="0: no mixed run.")
    parser.add_argument(
        "--reuse", action="store_true", help="Keep the graph an earlier run loaded (no reload)."
    )
    parser.add_argument("--out", default="load", help="Name of the JSON in bench/results/.")
    args = parser.parse_args()
    figures: dict[str, Any] = {
        "events": args.events,
        "workers": args.workers,
        "seconds": args.seconds,
        "clients": args.clients,
        "warmup_seconds": args.warmup,
    }
    with neo4j_server("load", fresh=not args.reuse) as connection:
        held = asyncio.run(graph_events(connection))
        if held == 0:
            started = time.perf_counter()
            figures["load_events_per_s"] = round(asyncio.run(load(connection, args.events)))
            figures["load_seconds"] = round(time.perf_counter() - started, 1)
        else:
            figures["events"] = held
        print(f"graph: {figures['events']} events; serving with {args.workers} workers")  # noqa: T201
        with serve_process(connection, args.workers) as (base, pid):
            figures["runs"] = asyncio.run(bench(base, pid, args))
    figures["checks"] = checks(figures["runs"], args.clients)
    figures["within_target"] = all(figures["checks"].values())
    print(figures["checks"])  # noqa: T201
    write(args.out, figures)


if __name__ == "__main__":
    main()
