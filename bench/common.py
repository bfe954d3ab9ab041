"""What the benchmarks share: their own Neo4j, the app served over real HTTP, synthetic
events with a realistic skew, and percentile tables written as JSON."""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
from pydantic import SecretStr

from app.core.config import Settings
from app.core.db import Graph, connect, open_driver
from app.core.paths import STATE_DIR
from app.extraction import country_name
from app.neo4j_local import Connection, LocalNeo4j, free_port
from app.schema import service as schema

RESULTS = Path(__file__).parent / "results"
KEY = "bench-key-0123456789abcdef"
HUBS = ["USA", "RUS", "CHN", "GBR", "FRA", "DEU", "IND", "TUR", "ISR", "UKR", "JPN", "KOR"]
TYPE_WEIGHTS = {
    "VISIT": 40,
    "DEFENCE_COOPERATION": 20,
    "JOINT_EXERCISE": 12,
    "ARMS_TRANSFER": 10,
    "MILITARY_AID": 10,
    "TROOP_DEPLOYMENT": 5,
    "ALLIANCE": 3,
}
STATUS_WEIGHTS = {"asserted": 70, "alleged": 20, "denied": 10}


def states() -> list[str]:
    """About 200 states, hubs first."""
    import pycountry

    codes = [c.alpha_3 for c in pycountry.countries if country_name(c.alpha_3)]
    return HUBS + sorted(set(codes) - set(HUBS))


def synthetic_events(count: int, seed: int = 1, years: int = 10) -> Iterator[dict[str, Any]]:
    """Structured events in the API's shape: a few hubs take most ties (Zipf-like)."""
    rng = random.Random(seed)
    codes = states()
    weights = [1 / (rank + 1) ** 1.1 for rank in range(len(codes))]
    types, type_w = list(TYPE_WEIGHTS), list(TYPE_WEIGHTS.values())
    statuses, status_w = list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values())
    start = date(2016, 1, 1)
    for i in range(count):
        a, b = rng.choices(codes, weights, k=2)
        while b == a:
            b = rng.choices(codes, weights)[0]
        kind = rng.choices(types, type_w)[0]
        day = start + timedelta(days=rng.randrange(365 * years))
        event: dict[str, Any] = {
            "type": kind,
            "actor": a,
            "target": b,
            "occurred_on": day.isoformat(),
            "status": rng.choices(statuses, status_w)[0],
            "confidence": round(rng.uniform(0.5, 0.95), 2),
            "source": f"outlet-{rng.randrange(60)}",
            "url": f"https://outlet{rng.randrange(60)}.example/{i}",
        }
        if kind in ("ALLIANCE", "TROOP_DEPLOYMENT") and rng.random() < 0.3:
            event["valid_to"] = (day + timedelta(days=rng.randrange(30, 2000))).isoformat()
        yield event


@contextmanager
def neo4j_server(name: str, *, fresh: bool = True) -> Iterator[Connection]:
    """A Neo4j of the benchmark's own (the same code as `entente neo4j start`): emptied first
    unless `fresh` is False (a graph loaded by an earlier run is kept)."""
    server = LocalNeo4j(STATE_DIR / "bench" / name)
    server.stop()
    data = server.home / "data"
    if fresh and data.exists():
        import shutil

        shutil.rmtree(data)
        server.connection_file.unlink(missing_ok=True)
    connection = server.start(free_port())

    async def migrate() -> None:
        async with open_driver(connection) as driver:
            await schema.migrate(Graph(driver, connection.database))

    asyncio.run(migrate())
    try:
        yield connection
    finally:
        server.stop()


async def graph_events(connection: Connection) -> int:
    """How many events the benchmark's graph holds (0: load it)."""
    async with connect(settings(connection)) as graph:
        (record,) = await graph.read("seeding/get_graph_counts")
        return int(record["events"])


def settings(connection: Connection) -> Settings:
    return Settings.model_validate(
        {
            "neo4j_uri": connection.uri,
            "neo4j_user": connection.user,
            "neo4j_password": SecretStr(connection.password),
            "api_keys": [SecretStr(KEY)],
        }
    )


@contextmanager
def serve(connection: Connection, workers: int = 1) -> Iterator[str]:
    """`entente serve` in its own process on a free loopback port; yields its base URL."""
    with serve_process(connection, workers) as (base, _):
        yield base


@contextmanager
def serve_process(connection: Connection, workers: int = 1) -> Iterator[tuple[str, int]]:
    """`entente serve` in its own process on a free loopback port; yields its base URL and the
    process id (its workers are that process's children)."""
    port = free_port()
    env = {**os.environ, **dict(line.split("=", 1) for line in connection.env_lines())}
    env["ENTENTE_API_KEYS"] = KEY
    command = [sys.executable, "-m", "app", "serve", "--port", str(port), "--workers", str(workers)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/readyz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("the API did not become ready")
            time.sleep(0.2)
        yield base, process.pid
    finally:
        process.terminate()
        process.wait(30)


def percentiles(samples: list[float]) -> dict[str, float]:
    """p50, p95, p99 and mean, in milliseconds."""
    ordered = sorted(samples)
    q = statistics.quantiles(ordered, n=100, method="inclusive")
    return {
        "p50_ms": round(q[49] * 1000, 2),
        "p95_ms": round(q[94] * 1000, 2),
        "p99_ms": round(q[98] * 1000, 2),
        "mean_ms": round(statistics.fmean(ordered) * 1000, 2),
        "n": len(ordered),
    }


def write(name: str, figures: dict[str, Any]) -> Path:
    """Write the figures to bench/results/<name>.json and say where."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(figures, indent=2, default=str) + "\n")
    print(f"wrote {path}")  # noqa: T201
    return path


PRECISION_WEIGHTS = {"day": 80, "month": 14, "year": 4, "unknown": 2}


def uniform_events(count: int, seed: int = 1, years: int = 10) -> Iterator[dict[str, Any]]:
    """Structured events spread evenly over every pair of states (many dyads per batch, one
    source URL each), varied the way users' own datasets vary: dates known to the day, month or
    year, hedged and denied claims, attributions, evidence sentences, locations and end dates."""
    rng = random.Random(seed)
    codes = states()
    types = list(TYPE_WEIGHTS)
    statuses, status_w = list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values())
    precisions, precision_w = list(PRECISION_WEIGHTS), list(PRECISION_WEIGHTS.values())
    start = date(2016, 1, 1)
    for i in range(count):
        a, b = rng.sample(codes, 2)
        kind = rng.choice(types)
        day = start + timedelta(days=rng.randrange(365 * years))
        event: dict[str, Any] = {
            "type": kind,
            "actor": a,
            "target": b,
            "occurred_on": day.isoformat(),
            "precision": rng.choices(precisions, precision_w)[0],
            "status": rng.choices(statuses, status_w)[0],
            "confidence": round(rng.uniform(0.4, 0.95), 2),
            "source": f"outlet-{rng.randrange(200)}",
            "url": f"https://outlet{rng.randrange(200)}.example/{seed}/{i}",
        }
        if rng.random() < 0.2:
            event["attributed_to"] = rng.choice([a, b, "other"])
        if rng.random() < 0.3:
            event["evidence"] = f"Officials of {a} and {b} met on {day:%d %B %Y} (item {i})."
        if kind == "TROOP_DEPLOYMENT" and rng.random() < 0.5:
            event["location"] = b
        if kind in ("ALLIANCE", "TROOP_DEPLOYMENT") and rng.random() < 0.3:
            event["valid_to"] = (day + timedelta(days=rng.randrange(30, 2000))).isoformat()
        yield event
