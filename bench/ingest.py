"""Ingestion benchmark: events/s through `POST /v1/events` on two workloads, each beside a naive
baseline in the same run (one transaction per event with per-event MERGE, through the raw
driver), then documents/s through `POST /v1/documents`. Prints a table, writes
`bench/results/ingest.json`. Run: `.venv/bin/python bench/ingest.py [--events N] [--rounds R]`.

- `uniform`: events spread evenly over every pair of states and type (many dyads per batch),
  one source URL each, varied precision, status, attribution, evidence, location, end date.
- `skewed`: a few hubs take most events (Zipf-like), so batches share dyads and events merge.

Each round posts `--events` of each workload in batches of `--batch` (5,000), then the naive
baseline writes `--naive` events of the same workload; the graph grows from round to round.
The best round counts (the machine is shared and its speed varies).

Budget (issue 14): ≥ 4,000 events/s on the uniform workload and ≥ 5× the naive baseline.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import httpx
from neo4j import GraphDatabase, ManagedTransaction

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.extraction import extract  # noqa: E402
from app.ingestion.models import dyad_key  # noqa: E402
from app.vocabulary import TieType  # noqa: E402
from bench.common import (  # noqa: E402
    KEY,
    neo4j_server,
    serve,
    synthetic_events,
    uniform_events,
    write,
)

WORKLOADS: dict[str, Callable[..., Iterator[dict[str, Any]]]] = {
    "uniform": uniform_events,
    "skewed": synthetic_events,
}
BUDGET_EVENTS_PER_S = 4_000
BUDGET_RATIO = 5
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
# The obvious first version: every event in its own transaction, every node MERGEd on its own.
NAIVE = """
MERGE (a:Actor {code: $actor}) ON CREATE SET a:Country
MERGE (b:Actor {code: $target}) ON CREATE SET b:Country
MERGE (d:Document {id: $document}) ON CREATE SET d.source = $source, d.url = $url
MERGE (e:Event {id: $id})
  ON CREATE SET e.type = $type, e.dyad = $dyad, e.occurred_on = date($day),
                e.status = $status, e.confidence = $confidence
MERGE (e)-[:ACTOR]->(a)
MERGE (e)-[:TARGET]->(b)
MERGE (e)-[m:REPORTED_IN {key: $id}]->(d)
MERGE (a)-[t:TIE {dyad: $dyad}]->(b)
  ON CREATE SET t.events = 0, t.first_on = date($day), t.last_on = date($day)
SET t.events = t.events + 1
"""


def _write_one(tx: ManagedTransaction, params: dict[str, Any]) -> None:
    tx.run(NAIVE, params).consume()


def naive(
    uri: str, auth: tuple[str, str], events: list[dict[str, Any]], tag: str = "naive"
) -> float:
    """Events per second written the naive way."""
    with GraphDatabase.driver(uri, auth=auth) as driver, driver.session() as session:
        started = time.perf_counter()
        for i, e in enumerate(events):
            params = {
                **e,
                "id": f"{tag}-{i}",
                "day": e["occurred_on"],
                "dyad": "naive|" + dyad_key(TieType(e["type"]), e["actor"], e["target"]),
                "document": f"{tag}-" + e["url"],
            }
            session.execute_write(_write_one, params)
        return len(events) / (time.perf_counter() - started)


def documents() -> list[dict[str, Any]]:
    """News-style documents from the project's own seeds, three variants each."""
    docs = []
    for round_ in range(3):
        for path in sorted(SEEDS.glob("*.md")):
            _, front, body = path.read_text().split("---", 2)
            day = next(
                line.split(":", 1)[1].strip()
                for line in front.splitlines()
                if "published_on" in line
            )
            docs.append(
                {
                    "text": f"{body.strip()} (Edition {round_}.)",
                    "published_on": day,
                    "source": f"desk-{round_}",
                }
            )
    return docs  # fmt: skip


def post_events(http: httpx.Client, events: Iterator[dict[str, Any]], batch: int) -> float:
    """Events per second through the API, `batch` events a request."""
    started = time.perf_counter()
    sent = 0
    while chunk := list(islice(events, batch)):
        http.post("/v1/events", json={"events": chunk}).raise_for_status()
        sent += len(chunk)
    return sent / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=50_000, help="per workload and round")
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--naive", type=int, default=2_000, help="per workload and round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    headers = {"Authorization": f"Bearer {KEY}"}
    figures: dict[str, Any] = {"events": args.events, "batch": args.batch, "rounds": args.rounds}
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in WORKLOADS}
    with neo4j_server("ingest") as connection, serve(connection) as base:
        auth = (connection.user, connection.password)
        with httpx.Client(base_url=base, headers=headers, timeout=600) as http:
            # Warm-up: plans cached, countries created.
            for make in WORKLOADS.values():
                http.post("/v1/events", json={"events": list(make(2_000, seed=99))})
            for round_ in range(args.rounds):
                for name, make in WORKLOADS.items():
                    seed = 1 + round_
                    api = post_events(http, make(args.events, seed=seed), args.batch)
                    sample = list(make(args.naive, seed=1_000 + seed))
                    base_rate = naive(connection.uri, auth, sample, f"naive-{name}-{round_}")
                    run: dict[str, float] = {
                        "api": round(api),
                        "naive": round(base_rate),
                        "ratio": round(api / base_rate, 2),
                    }
                    runs[name].append(run)
                    print(f"round {round_} {name:>8}: {run}")  # noqa: T201

            docs = documents()
            started = time.perf_counter()
            for doc in docs[:100]:
                http.post("/v1/documents", json=doc).raise_for_status()
            doc_rate = 100 / (time.perf_counter() - started)
            started = time.perf_counter()
            http.post("/v1/documents:batch", json={"documents": docs[100:]}).raise_for_status()
            batch_rate = len(docs[100:]) / (time.perf_counter() - started)
            # The naive side reads the same kind of text, then writes event by event.
            started = time.perf_counter()
            extracted = [
                {"type": e.type.value, "actor": e.actor, "target": e.target,
                 "occurred_on": e.occurred_on.isoformat(), "status": e.status.value,
                 "confidence": e.confidence, "source": d["source"], "url": f"doc-{i}"}
                for i, d in enumerate(docs[:60])
                for e in extract(d["text"])
            ]  # fmt: skip
            naive(connection.uri, auth, extracted)
            naive_docs = 60 / (time.perf_counter() - started)
    for name, rounds in runs.items():
        best = max(rounds, key=lambda r: r["api"])
        figures[name] = {
            "api_events_per_s": best["api"],
            "naive_events_per_s": best["naive"],
            "ratio": best["ratio"],
            "rounds": rounds,
        }
    uniform = figures["uniform"]
    figures.update(
        {
            "api_documents_per_s": round(doc_rate, 1),
            "api_batch_documents_per_s": round(batch_rate, 1),
            "naive_documents_per_s": round(naive_docs, 1),
            "documents_ratio": round(doc_rate / naive_docs, 2),
            "batch_documents_ratio": round(batch_rate / naive_docs, 2),
            "documents": len(docs),
            "budget_events_per_s": BUDGET_EVENTS_PER_S,
            "budget_ratio": BUDGET_RATIO,
            "within_budget": uniform["api_events_per_s"] >= BUDGET_EVENTS_PER_S
            and uniform["ratio"] >= BUDGET_RATIO,
        }
    )
    for key, value in figures.items():
        print(f"{key:>24}: {value}")  # noqa: T201
    write("ingest", figures)
    if not figures["within_budget"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
