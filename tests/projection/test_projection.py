"""Paths and networks answer from a projection cached per filter set: it must follow every
change of the graph, and rank paths exactly over all candidates."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from tests.conftest import AUTH, ev

# FRA reaches DEU through twelve middlemen; the three strongest chains are the answer.
CONFIDENCE = {
    "AUT": 0.5, "BEL": 0.9, "CHE": 0.55, "DNK": 0.6, "ESP": 0.85, "GRC": 0.65,
    "IRL": 0.7, "ITA": 0.52, "LUX": 0.8, "NLD": 0.58, "NOR": 0.75, "PRT": 0.62,
}  # fmt: skip
MIDDLEMEN = list(CONFIDENCE)
CHAINS = [
    event
    for code, confidence in CONFIDENCE.items()
    for event in (
        ev("VISIT", "FRA", code, "2024-03-01", confidence=confidence),
        ev("VISIT", code, "DEU", "2024-03-02", confidence=confidence),
    )
]


@pytest.fixture(scope="module")
def chains(client: TestClient) -> TestClient:
    response = client.post("/v1/events", json={"events": CHAINS}, headers=AUTH)
    assert response.status_code == 201, response.text
    return client


def middles(client: TestClient, **params: Any) -> list[str]:
    params = {"from": "FRA", "to": "DEU", **params}
    body = client.get("/v1/paths", params=params).json()
    return [path["nodes"][1]["code"] for path in body["paths"]]


def pairs(client: TestClient) -> set[frozenset[str]]:
    edges = client.get("/v1/network").json()["edges"]
    return {frozenset((e["source"], e["target"])) for e in edges}


def test_paths_rank_every_candidate_by_total_confidence(chains: TestClient) -> None:
    ranked = sorted(MIDDLEMEN, key=lambda code: -CONFIDENCE[code])
    assert middles(chains, k=3) == ranked[:3]
    assert middles(chains, k=10) == ranked[:10]


def test_a_write_shows_at_once_and_a_deletion_too(chains: TestClient) -> None:
    assert middles(chains, k=1) == ["BEL"]
    assert {"FRA", "DEU"} not in pairs(chains)
    direct = chains.post(
        "/v1/documents",
        json={"text": "France and Germany held joint naval exercises on 3 March 2024.",
              "source": "desk-direct"},
        headers=AUTH,
    )  # fmt: skip
    assert direct.status_code == 201, direct.text
    assert direct.json()["events"], "the sentence gives a tie"
    assert middles(chains, k=1) == ["DEU"]  # the direct tie is the one-hop path
    assert {"FRA", "DEU"} in pairs(chains)
    assert chains.delete(f"/v1/documents/{direct.json()['id']}", headers=AUTH).status_code == 204
    assert middles(chains, k=1) == ["BEL"]
    assert {"FRA", "DEU"} not in pairs(chains)


def test_ties_written_around_the_service_are_seen(chains: TestClient, driver: Driver) -> None:
    """An operator's own Cypher does not touch the version, but it changes the tie count."""
    assert {"ESP", "ITA"} not in pairs(chains)
    driver.execute_query(
        "MATCH (a:Actor {code: 'ESP'}), (b:Actor {code: 'ITA'}) "
        "CREATE (a)-[:TIE {dyad: 'VISIT|ESP|ITA', type: 'VISIT', first_on: date('2024-01-01'), "
        "last_on: date('2024-01-01'), events: 1, status: 'reported', confidence: 0.7, "
        "score: 1.0, n_reported: 1}]->(b)"
    )
    assert {"ESP", "ITA"} in pairs(chains)
