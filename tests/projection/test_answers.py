"""Answers kept per graph version (profiles, timelines) and version reads shared by concurrent
requests: both must follow every acknowledged write, in this process or another."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.core.db import Graph, open_driver
from app.core.http import weak_etag
from app.filters import TieFilter
from app.main import create_app
from app.projection import repository
from app.projection.repository import Version
from app.projection.service import Answer, Answers, Kept, Projections, VersionReads
from tests.conftest import AUTH, Neo4jUnderTest, ev, settings_for

EVENTS = [
    ev("VISIT", "FRA", "DEU", "2024-03-01"),
    ev("ALLIANCE", "FRA", "BEL", "2020-01-01", valid_to="2022-12-31"),
    ev("JOINT_EXERCISE", "FRA", "ITA", "2023-05-05"),
]


@pytest.fixture(scope="module")
def graph_with_events(client: TestClient) -> TestClient:
    response = client.post("/v1/events", json={"events": EVENTS}, headers=AUTH)
    assert response.status_code == 201, response.text
    return client


@pytest.fixture(scope="module")
def other_process(neo4j: Neo4jUnderTest, graph_with_events: TestClient) -> Iterator[TestClient]:
    """A second app on the same graph, as a second `serve` worker would be."""
    with TestClient(create_app(settings_for(neo4j))) as other:
        yield other


def partners(client: TestClient, code: str, **params: str) -> set[tuple[str, str]]:
    body = client.get(f"/v1/countries/{code}", params=params).json()
    return {(kind, p["code"]) for kind, ps in body["partners"].items() for p in ps}


def visits(client: TestClient, **params: str) -> int:
    body = client.get("/v1/dyads/FRA/DEU/timeline", params=params).json()
    return sum(p["counts"]["VISIT"] for p in body["series"])


def test_a_write_in_another_process_shows_at_once(
    graph_with_events: TestClient, other_process: TestClient
) -> None:
    """A profile and a timeline already answered (so kept) change with the next write, made
    through another app: the graph version is read for every request, never assumed."""
    reader = graph_with_events
    for params in ({}, {"as_of": "2024-12-31"}):
        assert ("VISIT", "ESP") not in partners(reader, "FRA", **params)
        assert visits(reader, **params) == 1
    new = [ev("VISIT", "FRA", "ESP", "2024-04-01"), ev("VISIT", "DEU", "FRA", "2024-04-02")]
    response = other_process.post("/v1/events", json={"events": new}, headers=AUTH)
    assert response.status_code == 201, response.text
    for params in ({}, {"as_of": "2024-12-31"}):
        assert ("VISIT", "ESP") in partners(reader, "FRA", **params)
        assert visits(reader, **params) == 2
    # A date before the new events still leaves them out.
    assert ("VISIT", "ESP") not in partners(reader, "FRA", as_of="2024-03-15")
    assert visits(reader, as_of="2024-03-15") == 1


FILTERS = [TieFilter(as_of=date(2021, 6, 1)), TieFilter(as_of=date(2023, 6, 1)), TieFilter()]


@pytest.mark.parametrize("filters", FILTERS, ids=["alliance-in-force", "alliance-ended", "all"])
def test_one_actors_ties_read_alone_are_the_projections(
    graph_with_events: TestClient, neo4j: Neo4jUnderTest, filters: TieFilter
) -> None:
    """A profile asked under a filter set whose projection is not held reads only its own
    ties: they must be the ones the whole projection holds."""

    async def compare() -> None:
        async with open_driver(neo4j.connection) as driver:
            graph = Graph(driver, neo4j.connection.database)
            whole = await Projections().get(graph, filters)
            for code in ("FRA", "DEU", "BEL", "ESP", "BRA"):
                alone = await Projections().around(graph, filters, code)
                assert _sorted(alone.ties_of(code)) == _sorted(whole.ties_of(code)), code
                for tie in alone.ties_of(code):
                    for end in (tie["source"], tie["target"]):
                        assert alone.node(end) == whole.node(end)

    asyncio.run(compare())


def _sorted(ties: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(ties, key=lambda t: (t["source"], t["target"], t["type"]))


def test_concurrent_requests_share_version_reads(
    graph_with_events: TestClient, neo4j: Neo4jUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fifty requests at once cost at most two reads; a request after them reads again."""
    reads: list[int] = []
    real = repository.get_version

    async def counted(graph: Graph) -> Version:
        reads.append(1)
        return await real(graph)

    monkeypatch.setattr(repository, "get_version", counted)

    async def run() -> tuple[list[Version], Version]:
        async with open_driver(neo4j.connection) as driver:
            graph = Graph(driver, neo4j.connection.database)
            versions = VersionReads()
            burst = await asyncio.gather(*(versions.current(graph) for _ in range(50)))
            return burst, await versions.current(graph)

    burst, later = asyncio.run(run())
    assert len(set(burst)) == 1 and later == burst[0]
    assert 1 <= len(reads) - 1 <= 2


def test_answers_are_dropped_past_their_budget_and_never_served_for_another_version() -> None:
    v1, v2 = Version("a", 1, 10), Version("b", 2, 10)
    five, three = Answer.of(b"12345"), Answer.of(b"123")
    answers = Answers(budget=10)
    answers.put("x", v1, five)
    answers.put("y", v1, five)
    assert answers.get("x", v1) == five
    assert answers.get("x", v2) is None
    answers.put("z", v1, three)  # over budget: the least recently used ("y") goes
    assert answers.get("y", v1) is None
    assert answers.get("x", v1) == five and answers.get("z", v1) == three
    assert five.etag == weak_etag(b"12345") != three.etag


def test_kept_values_are_read_once_per_version_and_dropped_past_their_size() -> None:
    reads: list[str] = []

    async def read(value: str) -> str:
        reads.append(value)
        return value

    async def run() -> None:
        kept = Kept(size=2)
        one, two = Version("t", 1, 5), Version("t", 2, 5)
        assert await kept.get("a", one, lambda: read("a1")) == "a1"
        assert await kept.get("a", one, lambda: read("a1 again")) == "a1"  # held
        assert await kept.get("a", two, lambda: read("a2")) == "a2"  # the graph changed
        await kept.get("b", two, lambda: read("b2"))
        await kept.get("c", two, lambda: read("c2"))  # "a" was the least recently used
        assert await kept.get("a", two, lambda: read("a2 again")) == "a2 again"

    asyncio.run(run())
    assert reads == ["a1", "a2", "b2", "c2", "a2 again"]
