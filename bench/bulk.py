"""Bulk load benchmark: `entente load` of a synthetic JSON Lines file end to end (file to a
served graph with the schema applied), then paths and timelines on it with a random `as_of`
per request over HTTP.

The file (`--events`, default 1,000,000; the benchmark's hub-heavy synthetic events: ≈200
states, 10 years, one source URL per event) is written first and kept
(`.entente/bench/bulk/events-N.jsonl`); the load runs `python -m app load` in its own process
into `.entente/bench/bulk/home` and its printed phases are kept. Prints the figures, writes
`bench/results/bulk.json` (`--out NAME` for another name).
Run: `.venv/bin/python bench/bulk.py [--events N] [--repeat N] [--reuse]` (`--reuse`: probe the
graph an earlier run loaded, without loading it again).

Targets (issue 14): ≥ 50,000 events/s end to end at 1M events; at 10M, paths and timeline
p95 ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.paths import STATE_DIR  # noqa: E402
from app.neo4j_local import LocalNeo4j, free_port  # noqa: E402
from bench.common import HUBS, percentiles, serve, states, synthetic_events, write  # noqa: E402

FOLDER = STATE_DIR / "bench" / "bulk"
FIRST_DAY, DAYS = date(2016, 1, 1), 3653


def events_file(count: int) -> Path:
    """The synthetic events as JSON Lines, written once per size."""
    path = FOLDER / f"events-{count}.jsonl"
    if not path.exists():
        FOLDER.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        with partial.open("w") as out:
            for event in synthetic_events(count, seed=7):
                out.write(json.dumps(event) + "\n")
        partial.rename(path)
    return path


def probe(base: str, repeat: int) -> dict[str, Any]:
    """Paths and month timelines, a random pair and `as_of` day per request."""
    rng = random.Random(5)
    codes = states()
    samples: dict[str, list[float]] = {"paths": [], "timeline": []}
    with httpx.Client(base_url=base, timeout=120) as http:
        # The first dated answer waits for the event table (minutes at 10M events).
        first = http.get(
            "/v1/paths", params={"from": "USA", "to": "FRA", "as_of": "2020-01-01"}, timeout=1800
        )
        first.raise_for_status()
        for _ in range(repeat):
            a, b = rng.choice(HUBS + codes[:40]), rng.choice(codes)
            if a == b:
                continue
            as_of = (FIRST_DAY + timedelta(days=rng.randrange(DAYS))).isoformat()
            for name, path, params in (
                ("paths", "/v1/paths", {"from": a, "to": b, "as_of": as_of}),
                ("timeline", f"/v1/dyads/{a}/{b}/timeline", {"as_of": as_of}),
            ):
                started = time.perf_counter()
                http.get(path, params=params).raise_for_status()
                samples[name].append(time.perf_counter() - started)
    return {name: percentiles(values) for name, values in samples.items()}


def load(count: int, server: LocalNeo4j) -> dict[str, Any]:
    """`entente load` of the synthetic file into the server's home, timed end to end."""
    source = events_file(count)
    command = [sys.executable, "-m", "app", "load", str(source), "--home", str(server.home)]
    command += ["--port", str(free_port()), "--replace"]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    print(result.stdout)  # noqa: T201
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    return {
        "file_bytes": source.stat().st_size,
        "seconds": round(seconds, 1),
        "events_per_s": round(count / seconds),
        "printed": result.stdout.strip().splitlines(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--out", default="bulk", help="Name of the JSON in bench/results/.")
    parser.add_argument("--reuse", action="store_true", help="Probe the graph loaded before.")
    args = parser.parse_args()
    home = FOLDER / "home"
    server = LocalNeo4j(home)
    figures: dict[str, Any] = {"events": args.events}
    if not args.reuse:
        figures |= load(args.events, server)
    connection = server.start()  # running after a load; started again when reused
    figures["store_bytes"] = sum(
        f.stat().st_size for f in server.database_dir.rglob("*") if f.is_file()
    )
    try:
        with serve(connection) as base:
            figures["as_of_probe"] = probe(base, args.repeat)
    finally:
        server.stop()
    figures["checks"] = {
        **({"events_per_s>=50000": figures["events_per_s"] >= 50_000} if not args.reuse else {}),
        **{f"{name}_p95_ms<=50": r["p95_ms"] <= 50 for name, r in figures["as_of_probe"].items()},
    }
    print(json.dumps({k: v for k, v in figures.items() if k != "printed"}, indent=2))  # noqa: T201
    write(args.out, figures)


if __name__ == "__main__":
    main()
