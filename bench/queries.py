"""Query benchmark: p50/p95/p99 of paths, timeline, network (ego, depth 2) and country
profile on a synthetic graph with realistic skew (≈200 states, a few hubs, 10 years), each
through HTTP and, in the same run, the same Cypher through the raw driver (the floor). Prints a
table, writes `bench/results/queries.json`.
Run: `.venv/bin/python bench/queries.py [--events N] [--reuse]` (default 100,000;
`--events 1000000` for the budget run; `--reuse` keeps the graph an earlier run loaded).

Filters are sampled per request as users vary them (`--variants`): `fixed` (none: the default
view, which caches answer), `as_of` (a random day per request, as a date slider sends) and
`window` (a random `since`/`until`). Inputs are random hub and ordinary countries and pairs.
Each sample times both sides on the same input, back to back in alternating order.
`first_dated` is the first dated answer of a fresh API process (it reads the event table), and
`after_write` the first answers after a write (the projection or the event table catches up:
it reads again only the changed ties): the cold cases.

Budgets at 1M events (issue 14): paths, timeline, network and profile p95 ≤ 25 ms with any
`as_of`.

Paths and the network are answered from a projection the service keeps (app/projection). Their
driver side is Cypher that answers the question in the database: for paths one `SHORTEST`
statement (bench/cypher/find_paths.cypher), for the network a read of the ego network's ties
before any event is checked (bench/cypher/ego_ties.cypher, a lower bound).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

import httpx
from neo4j import GraphDatabase, RoutingControl

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import cypher  # noqa: E402
from app.core.db import connect  # noqa: E402
from app.dyads.service import cells_decide, pair_dyads  # noqa: E402
from app.events.schemas import EventCreate  # noqa: E402
from app.events.service import create_events  # noqa: E402
from app.filters import FAR_PAST, TieFilter  # noqa: E402
from app.vocabulary import GOLDSTEIN  # noqa: E402
from bench.common import (  # noqa: E402
    HUBS,
    KEY,
    graph_events,
    neo4j_server,
    percentiles,
    serve,
    settings,
    states,
    synthetic_events,
    write,
)

BUDGETS = {"paths": 25.0, "timeline": 25.0, "network": 25.0, "profile": 25.0}
REFERENCE_PATHS = (Path(__file__).parent / "cypher" / "find_paths.cypher").read_text()
REFERENCE_EGO = (Path(__file__).parent / "cypher" / "ego_ties.cypher").read_text()
REFERENCE_DATED_TIMELINE = (
    Path(__file__).parent / "cypher" / "dyad_timeline_from_events.cypher"
).read_text()
"""A dated timeline counted from the pair's events in the database (the service counts them in
its event table)."""


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
    """The first answers after a write (one event): the projection, or for a dated filter the
    event table, catches up (it reads again only the changed ties)."""
    headers = {"Authorization": f"Bearer {KEY}"}
    asks = {
        "paths": ("/v1/paths", {}),
        "paths_as_of": ("/v1/paths", {"as_of": "2021-06-30"}),
        "network": ("/v1/network", {}),
    }
    samples: dict[str, list[float]] = {name: [] for name in asks}
    for i, (a, b) in enumerate(pairs[:20]):
        for name, (path, params) in asks.items():
            event = {**next(synthetic_events(1, seed=1000 + i)), "actor": a, "target": b}
            http.post("/v1/events", json={"events": [event]}, headers=headers).raise_for_status()
            if path == "/v1/paths":
                params = {**params, "from": a, "to": b}
            started = time.perf_counter()
            http.get(path, params=params).raise_for_status()
            samples[name].append(time.perf_counter() - started)
    return {name: percentiles(values) for name, values in samples.items()}


FIRST_DAY = date(2016, 1, 1)
DAYS = 3653
"""The synthetic graph's ten years."""
VARIANTS = ("fixed", "as_of", "window")


def draw_filters(rng: random.Random, variant: str) -> dict[str, str]:
    """Query-string filters as users vary them: none (`fixed`, the default view), a random
    `as_of` day (a date slider, a new day on every request), a random `since`/`until` window."""
    if variant == "fixed":
        return {}
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    if variant == "as_of":
        return {"as_of": day.isoformat()}
    return {
        "since": day.isoformat(),
        "until": (day + timedelta(days=rng.randrange(30, 1500))).isoformat(),
    }


def as_filter(params: dict[str, str]) -> TieFilter:
    """The `TieFilter` the service makes of those query-string filters."""
    day = {k: date.fromisoformat(v) for k, v in params.items()}
    return TieFilter(since=day.get("since"), until=day.get("until"), as_of=day.get("as_of"))


def first_dated(base: str, code: str) -> dict[str, float]:
    """Seconds to the first dated answers of a fresh API process: its first `as_of` request
    reads the event table."""
    with httpx.Client(base_url=base, timeout=600) as http:
        started = time.perf_counter()
        http.get(f"/v1/countries/{code}", params={"as_of": "2020-06-30"}).raise_for_status()
        first = time.perf_counter() - started
        started = time.perf_counter()
        http.get(f"/v1/countries/{code}", params={"as_of": "2021-06-30"}).raise_for_status()
        return {
            "first_ms": round(first * 1000, 1),
            "second_ms": round((time.perf_counter() - started) * 1000, 1),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument(
        "--only", default="paths,timeline,network,profile", help="Comma list of queries to time."
    )
    parser.add_argument(
        "--variants", default=",".join(VARIANTS), help="Comma list of filter samplings."
    )
    parser.add_argument(
        "--reuse", action="store_true", help="Keep the graph an earlier run loaded (no reload)."
    )
    args = parser.parse_args()
    rng = random.Random(3)
    codes = states()
    figures: dict[str, Any] = {"events": args.events, "repeat": args.repeat}
    with neo4j_server("queries", fresh=not args.reuse) as connection:
        held = asyncio.run(graph_events(connection))
        if held == 0:
            figures["load_events_per_s"] = round(asyncio.run(load(connection, args.events)))
        else:
            figures["events"] = held
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
            figures["first_dated"] = first_dated(base, HUBS[0])

            def run_query(query: str, **params: Any) -> None:
                driver.execute_query(query, params, database_="neo4j", routing_=RoutingControl.READ)

            def raw(name: str, **params: Any) -> None:
                run_query(cypher.load(name), **params)

            def paths_raw(item: tuple[tuple[str, str], dict[str, str]]) -> None:
                (a, b), query = item
                params = {**as_filter(query).params(), "from": a, "to": b}
                run_query(REFERENCE_PATHS, **params, max_hops=4, via_organizations=True)

            def timeline_raw(item: tuple[tuple[str, str], dict[str, str]]) -> None:
                pair, query = item
                filters = as_filter(query)
                dyads = pair_dyads(*pair, filters.types)
                if cells_decide(filters):
                    raw(
                        "dyads/get_dyad_timeline_cells",
                        **filters.params(),
                        dyads=dyads,
                        unit="month",
                        first_month=filters.since or FAR_PAST,
                        last_month=filters.last_day,
                        weights=GOLDSTEIN,
                    )
                else:
                    run_query(
                        REFERENCE_DATED_TIMELINE, **filters.params(), dyads=dyads, unit="month"
                    )
                raw("dyads/list_dyad_events", **filters.params(), dyads=dyads, limit=50)

            def network_raw(item: tuple[str, dict[str, str]]) -> None:
                # The Cypher the answer costs in the database: the country's ego network
                # (depth 2) is every tie among the actors two hops away, read with the filters.
                code, query = item
                run_query(REFERENCE_EGO, **as_filter(query).params(), code=code)

            def profile_raw(item: tuple[str, dict[str, str]]) -> None:
                code, query = item
                filters = as_filter(query).params()
                # Partners come from the projection: its version read is the Cypher they cost.
                raw("meta/get_graph_version")
                raw("countries/get_country", code=code)
                raw("countries/list_country_memberships", code=code)
                raw("countries/list_country_events", **filters, code=code, limit=20)

            def draw(items: list[Any], variant: str) -> Callable[[], Any]:
                return lambda: (rng.choice(items), draw_filters(rng, variant))

            Work = tuple[list[Any], Callable[[Any], Any], Callable[[Any], Any], int]
            work: dict[str, Work] = {
                "paths": (
                    pairs,
                    lambda item: http.get(
                        "/v1/paths", params={"from": item[0][0], "to": item[0][1], **item[1]}
                    ),
                    paths_raw,
                    args.repeat,
                ),
                "timeline": (
                    pairs,
                    lambda item: http.get(
                        "/v1/dyads/{}/{}/timeline".format(*item[0]), params=item[1]
                    ),
                    timeline_raw,
                    args.repeat,
                ),
                "network": (
                    codes,
                    lambda item: http.get(
                        "/v1/network", params={"country": item[0], "depth": 2, **item[1]}
                    ),
                    network_raw,
                    max(20, args.repeat // 5),
                ),
                "profile": (
                    [a for a, _ in pairs],
                    lambda item: http.get(f"/v1/countries/{item[0]}", params=item[1]),
                    profile_raw,
                    max(20, args.repeat // 2),
                ),
            }
            print(f"{'query':<10}{'filters':<8}{'side':<6}{'p50':>9}{'p95':>9}{'p99':>9}  ms")  # noqa: T201
            chosen = {name: work[name] for name in args.only.split(",")}
            for name, (items, over_http, over_driver, repeat) in chosen.items():
                figures[name] = {}
                for variant in args.variants.split(","):
                    sides = {"http": over_http, "driver": over_driver}
                    measure(draw(items, variant), sides, 5)  # warm plans and caches
                    result: dict[str, Any] = measure(draw(items, variant), sides, repeat)
                    result["http_over_driver_p50"] = round(
                        result["http"]["p50_ms"] / max(result["driver"]["p50_ms"], 0.01), 2
                    )
                    figures[name][variant] = result
                    for side in ("http", "driver"):
                        r = result[side]
                        print(  # noqa: T201
                            f"{name:<10}{variant:<8}{side:<6}"
                            f"{r['p50_ms']:>9}{r['p95_ms']:>9}{r['p99_ms']:>9}"
                        )
            figures["after_write"] = after_write(http, pairs)
            for name, r in figures["after_write"].items():
                row = f"{r['p50_ms']:>9}{r['p95_ms']:>9}{r['p99_ms']:>9}"
                print(f"{name:<10}{'write':<8}{'http':<6}{row}")  # noqa: T201
    checks = {
        f"{name}/{variant}_p95_ms<={budget}": figures[name][variant]["http"]["p95_ms"] <= budget
        for name, budget in BUDGETS.items()
        if name in figures
        for variant in figures[name]
    }
    figures["checks"] = checks
    figures["within_budget"] = all(checks.values())
    print(checks)  # noqa: T201
    write("queries", figures)


if __name__ == "__main__":
    main()
