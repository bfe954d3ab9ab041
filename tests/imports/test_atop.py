"""ATOP import through the command line on the real CSVs in ../shared."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from neo4j import Driver

from tests.atop_reference import ALLIANCES, MEMBERS, allied_intervals
from tests.conftest import Neo4jUnderTest, graph_state


def entente(neo4j: Neo4jUnderTest, *args: str) -> str:
    env = {**os.environ, **dict(line.split("=", 1) for line in neo4j.connection.env_lines())}
    result = subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def imported(neo4j: Neo4jUnderTest, clean_graph: Driver) -> str:
    if not MEMBERS.exists():
        pytest.skip(f"{MEMBERS} is absent: the shared ATOP data is needed")
    return entente(neo4j, "import", "atop", str(MEMBERS), str(ALLIANCES))


def test_report_counts_rows(imported: str) -> None:
    first = imported.strip().splitlines()[0]
    assert first.startswith("atop: 2398 rows read")
    assert "member without an ISO code" in imported  # historic states are counted, not fatal


def test_alliance_ties_are_exactly_the_co_members(imported: str, clean_graph: Driver) -> None:
    reference = allied_intervals()
    records, _, _ = clean_graph.execute_query(
        "MATCH (a:Country)-[t:TIE {type: 'ALLIANCE'}]->(b:Country) "
        "RETURN a.code AS a, b.code AS b, t.valid_from AS f, t.valid_to AS t"
    )
    graph = {(r["a"], r["b"]): list(zip(r["f"], r["t"], strict=True)) for r in records}
    assert set(graph) == set(reference)
    # The tie's merged intervals cover exactly the days the reference intervals cover.
    for pair in list(reference)[:300]:
        spans = sorted(reference[pair])
        merged: list[list[date]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        assert [(str(f), str(t)) for f, t in graph[pair]] == [
            (str(f), str(t)) for f, t in merged
        ], pair


def test_alliance_nodes_keep_obligations_and_members(imported: str, clean_graph: Driver) -> None:
    records, _, _ = clean_graph.execute_query(
        "MATCH (c:Country)-[r:MEMBER_OF]->(o:Organization {kind: 'atop'}) "
        "WHERE c.code IN ['USA', 'GBR'] AND o.defense = 1 "
        "RETURN DISTINCT o.code AS code, o.base AS base"
    )
    alliances = {r["code"]: r["base"] for r in records}
    assert alliances["ATOP3180"] == 3  # NATO's entry: defence pact with basing provisions
    doc, _, _ = clean_graph.execute_query(
        "MATCH (d:Document {id: 'atop-3180'}) RETURN d.source AS source, d.atop_id AS id"
    )
    assert (doc[0]["source"], doc[0]["id"]) == ("ATOP 4.01", 3180)


def test_reimport_and_dry_run_change_nothing(
    imported: str, neo4j: Neo4jUnderTest, clean_graph: Driver
) -> None:
    before = graph_state(clean_graph)
    again = entente(neo4j, "import", "atop", str(MEMBERS), str(ALLIANCES))
    assert "mentions new 0" in again and "events new 0" in again
    dry = entente(neo4j, "import", "atop", str(MEMBERS), "--dry-run")
    assert "dry run" in dry
    assert graph_state(clean_graph) == before
