"""Schema migrations: applied in order, once, recorded in the graph."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi.testclient import TestClient
from neo4j import Driver

from app.core.db import Graph, open_driver
from app.schema import service
from tests.conftest import AUTH, SAMPLE_EVENTS, Neo4jUnderTest, ev


def migrate_once(neo4j: Neo4jUnderTest) -> list[str]:
    async def run() -> list[str]:
        async with open_driver(neo4j.connection) as driver:
            return [m.name for m in await service.migrate(Graph(driver, "neo4j"))]

    return asyncio.run(run())


def test_files_are_numbered_without_gaps() -> None:
    versions = [m.version for m in service.migrations()]
    assert versions == list(range(1, len(versions) + 1))


def test_migrate_is_idempotent_and_records_the_version(
    neo4j: Neo4jUnderTest, clean_graph: Driver
) -> None:
    migrate_once(neo4j)
    assert migrate_once(neo4j) == []
    records, _, _ = clean_graph.execute_query("MATCH (m:Migration) RETURN max(m.version) AS v")
    assert records[0]["v"] == service.latest_version()


def test_constraints_and_indexes_exist(neo4j: Neo4jUnderTest, clean_graph: Driver) -> None:
    migrate_once(neo4j)
    constraints, _, _ = clean_graph.execute_query("SHOW CONSTRAINTS YIELD name RETURN name")
    indexes, _, _ = clean_graph.execute_query("SHOW INDEXES YIELD name RETURN name")
    names = {r["name"] for r in constraints} | {r["name"] for r in indexes}
    for expected in ("country_code", "document_sha256", "event_id", "tie_type"):
        assert expected in names


def test_a_lost_schema_is_applied_again(neo4j: Neo4jUnderTest, clean_graph: Driver) -> None:
    migrate_once(neo4j)
    clean_graph.execute_query("DROP CONSTRAINT country_code")
    clean_graph.execute_query("MATCH (m:Migration) WHERE m.version >= 2 DELETE m")
    assert "002_country_code" in migrate_once(neo4j)
    constraints, _, _ = clean_graph.execute_query("SHOW CONSTRAINTS YIELD name RETURN name")
    assert "country_code" in {r["name"] for r in constraints}


def derived_state(driver: Driver) -> dict[str, dict[str, Any]]:
    """Every tie's and month cell's properties (floats rounded: sums may add in another order)."""
    records, _, _ = driver.execute_query(
        "MATCH ()-[t:TIE]->() RETURN t.dyad AS key, properties(t) AS props "
        "UNION ALL MATCH (m:DyadMonth) RETURN m.key AS key, properties(m) AS props"
    )
    return {
        r["key"]: {k: round(v, 9) if isinstance(v, float) else v for k, v in r["props"].items()}
        for r in records
    }


def test_backfills_rebuild_what_writes_keep(
    neo4j: Neo4jUnderTest, client: TestClient, driver: Driver
) -> None:
    """A graph written before month cells (018) and per-status tie facts (019, 020) existed gets
    the same ones its writes would have kept."""
    events = [
        *SAMPLE_EVENTS,
        ev("VISIT", "RUS", "PRK", "2024-12-02", status="alleged", confidence=0.4),
        ev("VISIT", "RUS", "PRK", "2024-12-20", status="alleged", confidence=0.7),
    ]
    assert client.post("/v1/events", json={"events": events}, headers=AUTH).status_code == 201
    written = derived_state(driver)
    assert written["VISIT|RUS|PRK"]["c_alleged"] == 0.55  # alleging lends half: 0.2 + 0.35
    per_status = [
        f"t.{fact}_{s}"
        for fact in ("first_on", "last_on", "confidence", "c")
        for s in ("confirmed", "reported", "alleged", "disputed", "denied")
    ]
    driver.execute_query("MATCH (m:DyadMonth) DETACH DELETE m")
    driver.execute_query(f"MATCH ()-[t:TIE]->() REMOVE {', '.join(per_status)}")
    driver.execute_query("MATCH (m:Migration) WHERE m.version >= 18 DELETE m")
    assert derived_state(driver) != written
    assert migrate_once(neo4j)[0] == "018_dyad_months_from_events"
    assert derived_state(driver) == written
