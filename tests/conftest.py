"""One real Neo4j for the whole run (started by the same code as `entente neo4j start`),
a clean graph for every test module, and an HTTP client on the real app."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver, GraphDatabase
from pydantic import SecretStr

from app.core.config import Settings
from app.core.db import Graph, open_driver
from app.integrity.service import CheckReport, check
from app.main import create_app
from app.neo4j_local import Connection, LocalNeo4j, free_port
from app.schema import service as schema

SHARED = Path(__file__).resolve().parents[2] / "shared"
WRITE_KEY = "test-writer-key-0123456789"
AUTH = {"Authorization": f"Bearer {WRITE_KEY}"}


@dataclass
class Neo4jUnderTest:
    """The run's server, with the handles tests need to inspect or restart it."""

    server: LocalNeo4j
    connection: Connection
    port: int


@pytest.fixture(scope="session")
def neo4j(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jUnderTest]:
    home = tmp_path_factory.mktemp("neo4j")
    server = LocalNeo4j(home, heap="1g", pagecache="1g")
    port = free_port()
    connection = server.start(port)
    migrate(connection)
    try:
        yield Neo4jUnderTest(server, connection, port)
    finally:
        server.stop()


def migrate(connection: Connection) -> None:
    """Apply the schema, as `entente migrate` does."""

    async def run() -> None:
        async with open_driver(connection) as driver:
            await schema.migrate(Graph(driver, connection.database))

    asyncio.run(run())


@pytest.fixture(scope="session")
def driver(neo4j: Neo4jUnderTest) -> Iterator[Driver]:
    """A plain driver for tests to look at the graph directly."""
    c = neo4j.connection
    with GraphDatabase.driver(
        c.uri, auth=(c.user, c.password), notifications_min_severity="OFF"
    ) as plain:
        yield plain


def settings_for(neo4j: Neo4jUnderTest, **overrides: object) -> Settings:
    """Settings that point the app at the run's server."""
    c = neo4j.connection
    values: dict[str, object] = {
        "environment": "test",
        "neo4j_uri": c.uri,
        "neo4j_user": c.user,
        "neo4j_password": SecretStr(c.password),
        "api_keys": [SecretStr(WRITE_KEY)],
        "follow": False,  # tests that follow feeds turn it on, or turn the follower themselves
    }
    values.update(overrides)
    return Settings.model_validate(values)


def wipe(driver: Driver) -> None:
    """Delete every node but the schema bookkeeping, so each module starts from an empty graph."""
    with driver.session() as session:
        session.run(
            "MATCH (n) WHERE NOT n:Migration "
            "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()


@pytest.fixture(scope="module")
def clean_graph(driver: Driver) -> Driver:
    wipe(driver)
    return driver


@pytest.fixture(scope="module")
def client(neo4j: Neo4jUnderTest, clean_graph: Driver) -> Iterator[TestClient]:
    """The real app on the run's Neo4j, with an empty graph for this module."""
    with TestClient(create_app(settings_for(neo4j))) as test_client:
        yield test_client


def graph_state(driver: Driver) -> list[str]:
    """Every node and relationship with its properties, sorted: equal states are equal lists.
    (Bookkeeping is left out: migrations, writers' locks, and the version and change every
    write records.)"""
    records, _, _ = driver.execute_query(
        "MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion AND NOT n:GraphChange "
        "AND NOT n:Lock "
        "OPTIONAL MATCH (n)-[r]->(m) "
        "RETURN labels(n) AS labels, properties(n) AS props, "
        "collect([type(r), properties(r), m.code, m.id]) AS out"
    )
    return sorted(
        repr((sorted(r["labels"]), r["props"], sorted(map(repr, r["out"])))) for r in records
    )


def ev(
    kind: str, actor: str, target: str, day: str, status: str = "asserted", **extra: Any
) -> dict[str, Any]:
    """A structured event for the sample graph (one source per event unless told)."""
    return {
        "type": kind,
        "actor": actor,
        "target": target,
        "occurred_on": day,
        "status": status,
        "source": extra.pop("source", f"desk-{kind}-{actor}-{target}-{day}"),
        "url": f"https://news.example/{kind.lower()}/{actor}-{target}/{day}",
        "evidence": extra.pop("evidence", f"{actor} and {target}: {kind} on {day}."),
        **extra,
    }


SAMPLE_EVENTS = [
    ev("ALLIANCE", "PRK", "RUS", "2024-06-19", attributed_to="RUS", confidence=0.9,
       evidence="Kim Jong Un and Vladimir Putin signed a mutual defence treaty."),
    ev("VISIT", "RUS", "PRK", "2023-07-26"),
    ev("VISIT", "RUS", "PRK", "2024-11-29"),
    ev("TROOP_DEPLOYMENT", "PRK", "RUS", "2024-10-18", status="alleged", location="RUS"),
    ev("JOINT_EXERCISE", "CHN", "RUS", "2023-07-20"),
    ev("JOINT_EXERCISE", "RUS", "CHN", "2024-07-25"),
    ev("DEFENCE_COOPERATION", "RUS", "IND", "2021-12-06"),
    ev("DEFENCE_COOPERATION", "USA", "IND", "2023-06-22"),
    ev("ALLIANCE", "USA", "JPN", "1960-01-19"),
    ev("ALLIANCE", "USA", "KOR", "1953-10-01"),
    ev("DEFENCE_COOPERATION", "JPN", "KOR", "2023-08-18"),
    ev("ARMS_TRANSFER", "IRN", "RUS", "2022-10-18", status="alleged", source="desk-a"),
    ev("ARMS_TRANSFER", "IRN", "RUS", "2022-10-18", status="denied", source="desk-b",
       attributed_to="IRN"),
    ev("ARMS_TRANSFER", "CHN", "RUS", "2023-03-20", status="denied", attributed_to="CHN"),
    ev("ALLIANCE", "FIN", "NATO", "2023-04-04"),
    ev("ALLIANCE", "USA", "NATO", "1949-08-24"),
]  # fmt: skip
"""A small hand-made graph: two clusters (Russia's, America's) bridged by India."""

SYMMETRIC = {"ALLIANCE", "DEFENCE_COOPERATION", "JOINT_EXERCISE"}
STATUS_ORDER = ["confirmed", "reported", "alleged", "disputed", "denied"]
_DAYS = random.Random(14)
FILTER_SETS = [
    {},
    {"until": "2022-12-31"},
    {"since": "2023-07-21", "until": "2024-07-25"},
    {"min_confidence": "0.8"},
    {"statuses": "alleged,denied"},
    {"statuses": "denied"},
    {"types": "VISIT,ALLIANCE", "since": "2000-01-01"},
    *(
        {"as_of": (date(1950, 1, 1) + timedelta(days=_DAYS.randrange(27_000))).isoformat()}
        for _ in range(4)
    ),
    {"as_of": "2024-06-19", "statuses": "alleged,denied,reported"},
    {"as_of": "2023-12-31", "since": "2023-01-01", "min_confidence": "0.5"},
]
"""Filter sets that answers are checked against the events for (`events_passing`); as_of
dates drawn at random (seeded) across the sample graph's seventy years."""


def events_passing(client: TestClient, params: dict[str, str]) -> list[dict[str, Any]]:
    """The graph's events that pass the filters in `params`, decided here in Python from
    `GET /v1/events`: the reference that graph answers must agree with."""
    events: list[dict[str, Any]] = client.get("/v1/events", params={"limit": 500}).json()["items"]
    statuses = params.get("statuses", ",".join(STATUS_ORDER[:-1])).split(",")
    types = params.get("types")
    as_of = params.get("as_of")
    return [
        e
        for e in events
        if e["status"] in statuses
        and (types is None or e["type"] in types.split(","))
        and params.get("since", "0000") <= e["occurred_on"] <= params.get("until", "9999")
        and e["confidence"] >= float(params.get("min_confidence", 0))
        and (
            as_of is None
            or e["occurred_on"] <= as_of
            and (e["valid_from"] is None or e["valid_from"] <= as_of <= (e["valid_to"] or as_of))
        )
    ]


def tie_key(kind: str, source: str, target: str) -> tuple[str, str, str]:
    """A tie's identity: symmetric types do not have a direction."""
    if kind in SYMMETRIC:
        source, target = sorted((source, target))
    return kind, source, target


@pytest.fixture(scope="module")
def sample_graph(client: TestClient) -> TestClient:
    """The client, on a graph holding `SAMPLE_EVENTS` only."""
    response = client.post("/v1/events", json={"events": SAMPLE_EVENTS}, headers=AUTH)
    assert response.status_code == 201, response.text
    return client


def integrity(neo4j: Neo4jUnderTest) -> CheckReport:
    """`entente check` in process: every derived value recomputed from the mentions."""

    async def run() -> CheckReport:
        async with open_driver(neo4j.connection) as driver:
            return await check(Graph(driver, neo4j.connection.database))

    return asyncio.run(run())


def assert_consistent(neo4j: Neo4jUnderTest) -> CheckReport:
    """Fail with the first disagreements when anything derived differs from the events."""
    report = integrity(neo4j)
    assert report.clean, "\n".join(map(str, report.disagreements[:20]))
    return report
