"""Eight clients writing at the same moment over real HTTP: nothing stored twice, nothing lost,
every derived count, status and cell equal to what the events say (`entente check`)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import httpx
from neo4j import Driver

from tests.concurrency.conftest import CLIENTS, at_once
from tests.conftest import Neo4jUnderTest, assert_consistent, wipe
from tests.served import Served

PAIRS = [("RUS", "PRK"), ("CHN", "RUS"), ("USA", "JPN"), ("IRN", "RUS"), ("USA", "KOR")]
TYPES = ["VISIT", "ARMS_TRANSFER", "JOINT_EXERCISE", "TROOP_DEPLOYMENT", "ALLIANCE"]
STATUSES = ["asserted", "asserted", "alleged", "denied"]
OK = {200, 201, 204, 404}


def pool(size: int, seed: int, sources: int = 60) -> list[dict[str, Any]]:
    """Events crowded on a few hot dyads and dates, from a few sources: writers collide on the
    same documents, events (merging), ties and month cells."""
    rng = random.Random(seed)
    events = []
    for i in range(size):
        actor, target = rng.choice(PAIRS)
        source = rng.randrange(sources)
        events.append(
            {
                "type": rng.choice(TYPES),
                "actor": actor,
                "target": target,
                "occurred_on": str(date(2024, 1, 1) + timedelta(days=rng.randrange(90))),
                "status": rng.choice(STATUSES),
                "confidence": round(rng.uniform(0.3, 1.0), 2),
                "source": f"Desk {source}",
                "url": f"https://wire.example/{source}",
                "evidence": f"Claim {i} of desk {source}.",
            }
        )
    return events


def post_events(served: Served, batch: list[dict[str, Any]]) -> httpx.Response:
    with served.client() as client:
        return client.post("/v1/events", json={"events": batch})


def stored(driver: Driver) -> tuple[int, int]:
    """(mentions stored, distinct mention keys)."""
    records, _, _ = driver.execute_query(
        "MATCH ()-[m:REPORTED_IN]->() RETURN count(m) AS n, count(DISTINCT m.key) AS keys"
    )
    return records[0]["n"], records[0]["keys"]


def test_identical_batches_at_once_store_each_claim_once(
    served: Served, clean_graph: Driver, neo4j: Neo4jUnderTest
) -> None:
    wipe(clean_graph)
    batch = pool(600, seed=1)
    responses = at_once([lambda: post_events(served, batch)] * CLIENTS)
    assert [r.status_code for r in responses] == [201] * CLIENTS, [r.text for r in responses]
    new = [r.json()["mentions_new"] for r in responses]
    mentions, keys = stored(clean_graph)
    assert mentions == keys == sum(new)
    assert sorted(new)[:-1] == [0] * (CLIENTS - 1)  # one writer stored them; the rest knew them
    assert_consistent(neo4j)


def test_overlapping_batches_from_eight_clients_lose_nothing(
    served: Served, clean_graph: Driver, neo4j: Neo4jUnderTest
) -> None:
    wipe(clean_graph)
    shared = pool(1_500, seed=2)
    rng = random.Random(3)
    rounds = [[rng.sample(shared, 250) for _ in range(CLIENTS)] for _ in range(4)]
    acknowledged = 0
    for batches in rounds:
        responses = at_once([lambda b=b: post_events(served, b) for b in batches])  # type: ignore[misc]
        assert all(r.status_code == 201 for r in responses), [r.text for r in responses]
        acknowledged += sum(r.json()["mentions_new"] for r in responses)
    mentions, keys = stored(clean_graph)
    assert mentions == keys == acknowledged
    with served.client() as client:  # each claim sent again is known, none new
        again = client.post("/v1/events", json={"events": [e for b in rounds[0] for e in b]})
    assert again.json()["mentions_new"] == 0
    assert_consistent(neo4j)


ARTICLE = (
    "PYONGYANG, Nov 30 - Russian Defence Minister Andrei Belousov visited Pyongyang on "
    "29 November 2024. North Korea sent troops to Russia in October 2024, South Korean "
    "officials said."
)


def test_the_same_document_from_eight_clients_is_created_once(
    served: Served, clean_graph: Driver, neo4j: Neo4jUnderTest
) -> None:
    wipe(clean_graph)

    def post() -> httpx.Response:
        with served.client() as client:
            return client.post(
                "/v1/documents", json={"text": ARTICLE, "published_on": "2024-11-30"}
            )

    responses = at_once([post] * CLIENTS)
    assert sorted(r.status_code for r in responses) == [200] * (CLIENTS - 1) + [201]
    assert len({r.json()["id"] for r in responses}) == 1
    records, _, _ = clean_graph.execute_query(
        "MATCH (d:Document) OPTIONAL MATCH (d)<-[m:REPORTED_IN]-() "
        "RETURN count(DISTINCT d) AS documents, count(m) AS mentions"
    )
    assert records[0]["documents"] == 1
    assert records[0]["mentions"] == len(responses[0].json()["events"]) == 2
    assert_consistent(neo4j)


def articles() -> list[str]:
    """Short articles on the same hot pairs, each a different text (a different document)."""
    texts = []
    for day in range(1, 11):
        texts.append(
            f"Russia and China held joint naval exercises in the Sea of Japan on {day} May "
            f"2024. Russian Defence Minister Andrei Belousov visited Pyongyang on {day} "
            "June 2024."
        )
    return texts


def test_documents_events_and_deletions_mixed_leave_the_graph_consistent(
    served: Served, clean_graph: Driver, neo4j: Neo4jUnderTest
) -> None:
    wipe(clean_graph)
    texts = articles()
    events = pool(800, seed=4, sources=20)
    statuses: list[int] = []

    def writer(seed: int) -> list[int]:
        rng = random.Random(seed)
        codes = []
        with served.client() as client:
            for _ in range(6):
                roll = rng.random()
                if roll < 0.4:
                    text = rng.choice(texts)
                    r = client.post(
                        "/v1/documents", json={"text": text, "published_on": "2024-07-01"}
                    )
                elif roll < 0.7:
                    r = client.post("/v1/events", json={"events": rng.sample(events, 120)})
                else:
                    params: dict[str, str | int] = {"limit": 50, "include": "mentions"}
                    found = client.get("/v1/events", params=params).json()["items"]
                    docs = [m["document_id"] for e in found for m in e["mentions"]]
                    doc = rng.choice(docs) if docs else "doc-none"
                    r = client.delete(f"/v1/documents/{doc}")
                codes.append(r.status_code)
        return codes

    for codes in at_once([lambda s=s: writer(s) for s in range(CLIENTS)]):  # type: ignore[misc]
        statuses += codes
    assert set(statuses) <= OK, statuses
    mentions, keys = stored(clean_graph)
    assert mentions == keys
    assert_consistent(neo4j)
