"""Query benchmark: p50/p95/p99 of paths, timeline, network and country profile on a synthetic
graph with realistic skew (≈200 states, a few hubs, 10 years), each through HTTP and, in the
same run, the same Cypher through the raw driver (the floor). Prints a table, writes
`bench/results/queries.json`. Run: `.venv/bin/python bench/queries.py [--events N]`
(default 100,000; `--events 1000000` for the budget run).

Budgets at 1M events (issue 5): paths and timeline p95 ≤ 25 ms, network p95 ≤ 150 ms, and for
every query the HTTP p50 at most 1.5× the raw-driver p50. Each sample times both sides on the
same input, back to back in alternating order.

Paths and the network are answered from a projection the service keeps per filter set and
brings up to date after writes (app/projection). Their driver side is the Cypher that answers
the same question in the database: for paths one `SHORTEST` statement
(bench/cypher/find_paths.cypher), for the network the query the projection is read with.
`after_write` times the first answer after a write, which catches the projection up (it reads
again only the changed ties).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

import httpx
from neo4j import GraphDatabase, RoutingControl

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import cypher  # noqa: E402
from app.core.db import connect  # noqa: E402
from app.dyads.service import pair_dyads  # noqa: E402
from app.events.schemas import EventCreate  # noqa: E402
from app.events.service import create_events  # noqa: E402
from app.filters import FAR_FUTURE, FAR_PAST, TieFilter  # noqa: E402
from app.vocabulary import GOLDSTEIN  # noqa: E402
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

BUDGETS = {"paths": 25.0, "timeline": 25.0, "network": 150.0}
REFERENCE_PATHS = (Path(__file__).parent / "cypher" / "find_paths.cypher").read_text()


async def load(connection: Any, count: int) -> float:
    """Events per second loaded through the ingestion service (the API's own write path)."""
    config = settings(connection)
    events = synthetic_events(count, seed=7)
    started = time.perf_counter()
    async with connect(config) as graph:
        while batch := list(islice(events, 10_000)):
            await create_events(graph, config, [EventCreate.model_validate(e) for e in batch])
    return count / (time.perf_counter() - started)


def measure(
    draw: Callable[[], Any],
    sides: dict[str, Callable[[Any], Any]],
    repeat: int,
) -> dict[str, dict[str, float]]:
    """Percentiles per side. Each sample draws one input and times every side on it back to
    back, in alternating order, so that no side meets a colder cache than the other."""
    samples: dict[str, list[float]] = {name: [] for name in sides}
    order = list(sides)
    for _ in range(repeat):
        item = draw()
        for name in order:
            started = time.perf_counter()
            sides[name](item)
            samples[name].append(time.perf_counter() - started)
        order.reverse()
    return {name: percentiles(values) for name, values in samples.items()}


def after_write(http: httpx.Client, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """The first paths and network answers after a write (one event): the projection catches
    up."""
    headers = {"Authorization": f"Bearer {KEY}"}
    samples: dict[str, list[float]] = {"paths": [], "network": []}
    for i, (a, b) in enumerate(pairs[:20]):
        for name, params in (("paths", {"from": a, "to": b}), ("network", {})):
            event = {**next(synthetic_events(1, seed=1000 + i)), "actor": a, "target": b}
            http.post("/v1/events", json={"events": [event]}, headers=headers).raise_for_status()
            started = time.perf_counter()
            http.get(f"/v1/{name}", params=params).raise_for_status()
            samples[name].append(time.perf_counter() - started)
    return {name: percentiles(values) for name, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument(
        "--only", default="paths,timeline,network,profile", help="Comma list of queries to time."
    )
    args = parser.parse_args()
    rng = random.Random(3)
    codes = states()
    filters = TieFilter().params()
    figures: dict[str, Any] = {"events": args.events, "repeat": args.repeat}
    with neo4j_server("queries") as connection:
        figures["load_events_per_s"] = round(asyncio.run(load(connection, args.events)))
        pairs = [(rng.choice(HUBS + codes[:40]), rng.choice(codes)) for _ in range(args.repeat)]
        pairs = [(a, b) for a, b in pairs if a != b]
        auth = (connection.user, connection.password)
        with (
            serve(connection) as base,
            httpx.Client(base_url=base, timeout=60) as http,
            GraphDatabase.driver(
                connection.uri, auth=auth, notifications_min_severity="OFF"
            ) as driver,
        ):

            def run_query(query: str, **params: Any) -> None:
                driver.execute_query(query, params, database_="neo4j", routing_=RoutingControl.READ)

            def raw(name: str, **params: Any) -> None:
                run_query(cypher.load(name), **params)

            def cycle(items: list[Any]) -> Callable[[], Any]:
                state = {"i": 0}

                def next_item() -> Any:
                    state["i"] += 1
                    return items[state["i"] % len(items)]

                return next_item

            def paths_raw(pair: tuple[str, str]) -> None:
                params = {**filters, "from": pair[0], "to": pair[1]}
                run_query(REFERENCE_PATHS, **params, max_hops=4, via_organizations=True)

            def timeline_raw(pair: tuple[str, str]) -> None:
                dyads = pair_dyads(*pair, TieFilter().types)
                raw(
                    "dyads/get_dyad_timeline_cells",
                    **filters,
                    dyads=dyads,
                    unit="month",
                    first_month=FAR_PAST,
                    last_month=FAR_FUTURE,
                    weights=GOLDSTEIN,
                )
                raw("dyads/list_dyad_events", **filters, dyads=dyads, limit=50)

            def profile_raw(code: str) -> None:
                # Partners come from the projection: its version read is the Cypher they cost.
                raw("meta/get_graph_version")
                raw("countries/get_country", code=code)
                raw("countries/list_country_memberships", code=code)
                raw("countries/list_country_events", **filters, code=code, limit=20)

            Work = tuple[Callable[[], Any], Callable[[Any], Any], Callable[[Any], Any], int]
            work: dict[str, Work] = {
                "paths": (
                    cycle(pairs),
                    lambda pair: http.get("/v1/paths", params={"from": pair[0], "to": pair[1]}),
                    paths_raw,
                    args.repeat,
                ),
                "timeline": (
                    cycle(pairs),
                    lambda pair: http.get("/v1/dyads/{}/{}/timeline".format(*pair)),
                    timeline_raw,
                    args.repeat,
                ),
                "network": (
                    lambda: None,
                    lambda _: http.get("/v1/network"),
                    lambda _: raw("projection/list_ties", **filters, dyads=None, weights=GOLDSTEIN),
                    max(20, args.repeat // 5),
                ),
                "profile": (
                    cycle([a for a, _ in pairs]),
                    lambda code: http.get(f"/v1/countries/{code}"),
                    profile_raw,
                    max(20, args.repeat // 2),
                ),
            }
            print(f"{'query':<10}{'side':<6}{'p50':>9}{'p95':>9}{'p99':>9}  ms")  # noqa: T201
            chosen = {name: work[name] for name in args.only.split(",")}
            for name, (draw, over_http, over_driver, repeat) in chosen.items():
                sides = {"http": over_http, "driver": over_driver}
                measure(draw, sides, 5)  # warm plans and caches
                result: dict[str, Any] = measure(draw, sides, repeat)
                result["http_over_driver_p50"] = round(
                    result["http"]["p50_ms"] / max(result["driver"]["p50_ms"], 0.01), 2
                )
                figures[name] = result
                for side in ("http", "driver"):
                    r = result[side]
                    print(f"{name:<10}{side:<6}{r['p50_ms']:>9}{r['p95_ms']:>9}{r['p99_ms']:>9}")  # noqa: T201
            figures["after_write"] = after_write(http, pairs)
            for name, r in figures["after_write"].items():
                print(f"{name:<10}{'cold':<6}{r['p50_ms']:>9}{r['p95_ms']:>9}{r['p99_ms']:>9}")  # noqa: T201
    timed = [name for name in BUDGETS if name in figures]
    measured = [name for name in ("paths", "timeline", "network", "profile") if name in figures]
    checks = {
        f"{n}_p95_ms<={BUDGETS[n]}": figures[n]["http"]["p95_ms"] <= BUDGETS[n] for n in timed
    }
    checks.update(
        {f"{n}_http_p50<=1.5x_driver": figures[n]["http_over_driver_p50"] <= 1.5 for n in measured}
    )
    figures["checks"] = checks
    figures["within_budget"] = all(checks.values())
    print(checks)  # noqa: T201
    write("queries", figures)


if __name__ == "__main__":
    main()
