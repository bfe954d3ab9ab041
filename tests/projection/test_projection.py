"""Paths and networks answer from a projection cached per filter set: it must follow every
change of the graph, and rank paths exactly over all candidates."""

from __future__ import annotations

import asyncio
import warnings
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.core.db import CHANGES_KEPT, Graph, open_driver
from app.filters import TieFilter
from app.projection import repository
from app.projection.model import Actors, Projection
from app.projection.repository import Version
from app.projection.service import Projections, catch_up, changed_dyads, project, read_table
from app.projection.table import EventTable
from app.vocabulary import EventStatus
from tests.conftest import AUTH, Neo4jUnderTest, ev

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


FILTERS = [TieFilter(), TieFilter(statuses=(EventStatus.DISPUTED, EventStatus.DENIED))]
"""Undated: read from the ties' facts."""
DATED = [
    TieFilter(since=date(2024, 3, 2)),
    TieFilter(as_of=date(2024, 3, 4)),
    TieFilter(as_of=date(2024, 3, 1), statuses=tuple(EventStatus)),
    TieFilter(until=date(2024, 3, 4), min_confidence=0.6),
]
"""Dated: decided in memory from the event table."""


async def held(neo4j: Neo4jUnderTest) -> tuple[Version, list[Projection], EventTable]:
    async with open_driver(neo4j.connection) as driver:
        graph = Graph(driver, neo4j.connection.database)
        version = await repository.get_version(graph)
        projections = [await project(graph, f, Actors()) for f in FILTERS]
        actors = Actors()
        return version, projections, EventTable.of(actors, await read_table(graph, actors, None))


def test_catching_up_after_writes_equals_projecting_again(
    chains: TestClient, neo4j: Neo4jUnderTest
) -> None:
    """New ties, a tie whose event a denial disputes, a new country, a deleted document: the
    projection and the event table that read only the changed ties are the ones read whole."""
    since, projections, events = asyncio.run(held(neo4j))
    writes = [
        ev("ALLIANCE", "FRA", "ESP", "2024-03-04"),
        ev("VISIT", "FRA", "BEL", "2024-03-01", status="denied", source="desk-deny"),
        ev("VISIT", "FRA", "ISL", "2024-03-05"),
    ]
    for event in writes:
        response = chains.post("/v1/events", json={"events": [event]}, headers=AUTH)
        assert response.status_code == 201, response.text
    document = chains.post(
        "/v1/documents",
        json={"text": "Italy and Austria held joint exercises on 3 March 2024.", "source": "d"},
        headers=AUTH,
    )
    assert document.status_code == 201, document.text
    assert chains.delete(f"/v1/documents/{document.json()['id']}", headers=AUTH).status_code == 204

    async def compare() -> None:
        async with open_driver(neo4j.connection) as driver:
            graph = Graph(driver, neo4j.connection.database)
            now = await repository.get_version(graph)
            assert now.seq == (since.seq or 0) + len(writes) + 2
            for filters, projection in zip(FILTERS, projections, strict=True):
                caught = await catch_up(graph, filters, projection, since, now)
                fresh = await project(graph, filters, Actors())
                assert caught is not None, filters
                assert caught.ties == fresh.ties, filters
                assert caught.nodes == fresh.nodes, filters
                assert caught.ties != projection.ties, filters  # the writes changed each
            dyads = await changed_dyads(graph, since, now)
            assert dyads, "the writes named their ties"
            patched = events.patched(dyads, await read_table(graph, events.actors, sorted(dyads)))
            actors = Actors()
            whole = EventTable.of(actors, await read_table(graph, actors, None))
            for filters in DATED:
                caught, fresh = (Projection(t.select(filters), t.actors) for t in (patched, whole))
                before = Projection(events.select(filters), events.actors)
                assert caught.ties == fresh.ties, filters
                assert caught.nodes == fresh.nodes, filters
                assert caught.ties != before.ties, filters
            # Older than the changes kept: it cannot catch up, and is read whole.
            old = Version(since.token, (now.seq or 0) - CHANGES_KEPT - 1, since.ties)
            assert await catch_up(graph, FILTERS[0], projections[0], old, now) is None
            assert await changed_dyads(graph, old, now) is None

    asyncio.run(compare())


def test_shutdown_stops_the_reads_still_running(chains: TestClient, neo4j: Neo4jUnderTest) -> None:
    """A process that stops while its start-up read of the event table runs: the read is shared
    (a caller that gives up does not stop it), so cancelling the warm-up alone let it go on with
    a closed driver. `close` stops it before the driver closes."""

    async def stop_while_reading() -> list[str]:
        driver = open_driver(neo4j.connection)
        projections = Projections()
        warming = asyncio.create_task(projections.warm(Graph(driver, neo4j.connection.database)))
        while not projections._tables:  # the table's read has begun
            await asyncio.sleep(0.001)
        reads = list(projections._tables.values())
        warming.cancel()
        await asyncio.gather(warming, return_exceptions=True)
        await projections.close()
        await driver.close()
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            await asyncio.sleep(0.5)  # a read left running would use the closed driver now
        assert all(read.cancelled() for read in reads)
        return [str(warning.message) for warning in seen]

    assert asyncio.run(stop_while_reading()) == []
