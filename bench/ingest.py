"""Ingestion benchmark: documents/s through `POST /v1/documents` and events/s through
`POST /v1/events` in batches, each beside a naive baseline in the same run (one transaction
per event with per-event MERGE, through the raw driver). Prints a table, writes
`bench/results/ingest.json`. Run: `.venv/bin/python bench/ingest.py [--events N]`.

Budget (issue 4): ≥ 10,000 events/s through the API, ≥ 10× the naive baseline.
"""

from __future__ import annotations

import argparse
import sys
import time
from itertools import islice
from pathlib import Path
from typing import Any

import httpx
from neo4j import GraphDatabase, ManagedTransaction

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.extraction import extract  # noqa: E402
from app.ingestion.models import dyad_key  # noqa: E402
from app.vocabulary import TieType  # noqa: E402
from bench.common import KEY, neo4j_server, serve, synthetic_events, write  # noqa: E402

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


def naive(uri: str, auth: tuple[str, str], events: list[dict[str, Any]]) -> float:
    """Events per second written the naive way."""
    with GraphDatabase.driver(uri, auth=auth) as driver, driver.session() as session:
        started = time.perf_counter()
        for i, e in enumerate(events):
            params = {
                **e,
                "id": f"naive-{i}",
                "day": e["occurred_on"],
                "dyad": "naive|" + dyad_key(TieType(e["type"]), e["actor"], e["target"]),
                "document": "naive-" + e["url"],
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument("--naive", type=int, default=2_000)
    args = parser.parse_args()
    headers = {"Authorization": f"Bearer {KEY}"}
    figures: dict[str, Any] = {"events": args.events, "batch": args.batch}
    with neo4j_server("ingest") as connection, serve(connection) as base:
        auth = (connection.user, connection.password)
        with httpx.Client(base_url=base, headers=headers, timeout=600) as http:
            # Warm-up: plans cached, countries created.
            http.post("/v1/events", json={"events": list(synthetic_events(2_000, seed=99))})

            events = synthetic_events(args.events, seed=1)
            started = time.perf_counter()
            sent = 0
            while batch := list(islice(events, args.batch)):
                response = http.post("/v1/events", json={"events": batch})
                response.raise_for_status()
                sent += len(batch)
            api_rate = sent / (time.perf_counter() - started)
            naive_rate = naive(connection.uri, auth, list(synthetic_events(args.naive, seed=2)))

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
    figures.update(
        {
            "api_events_per_s": round(api_rate),
            "naive_events_per_s": round(naive_rate),
            "events_ratio": round(api_rate / naive_rate, 1),
            "api_documents_per_s": round(doc_rate, 1),
            "api_batch_documents_per_s": round(batch_rate, 1),
            "naive_documents_per_s": round(naive_docs, 1),
            "documents_ratio": round(doc_rate / naive_docs, 2),
            "batch_documents_ratio": round(batch_rate / naive_docs, 2),
            "documents": len(docs),
            "budget_events_per_s": 10_000,
            "budget_ratio": 10,
            "within_budget": api_rate >= 10_000 and api_rate / naive_rate >= 10,
        }
    )
    for key, value in figures.items():
        print(f"{key:>24}: {value}")  # noqa: T201
    write("ingest", figures)
    if not figures["within_budget"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
