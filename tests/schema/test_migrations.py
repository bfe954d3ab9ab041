"""Schema migrations: applied in order, once, recorded in the graph."""

from __future__ import annotations

import asyncio

from neo4j import Driver

from app.core.db import Graph, open_driver
from app.schema import service
from tests.conftest import Neo4jUnderTest


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
