"""The integrity checker finds every kind of drift between derived values and the events, and
`entente check` exits 1 on it (0 on a graph the API wrote)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from tests.conftest import (
    AUTH,
    SAMPLE_EVENTS,
    Neo4jUnderTest,
    assert_consistent,
    integrity,
    wipe,
)

ARTICLE = (
    "MOSCOW, March 3 (Reuters) - North Korea has sent artillery shells to Russia, "
    "U.S. officials said on Tuesday. Pyongyang denied sending any weapons."
)


@pytest.fixture
def fresh(client: TestClient, clean_graph: Driver) -> Driver:
    """The sample events and one article, written through the API on an empty graph."""
    wipe(clean_graph)
    response = client.post("/v1/events", json={"events": SAMPLE_EVENTS}, headers=AUTH)
    assert response.status_code == 201, response.text
    response = client.post(
        "/v1/documents", json={"text": ARTICLE, "published_on": "2024-03-05"}, headers=AUTH
    )
    assert response.status_code == 201, response.text
    return clean_graph


def test_a_graph_written_by_the_api_agrees_with_its_events(
    fresh: Driver, neo4j: Neo4jUnderTest
) -> None:
    report = assert_consistent(neo4j)
    counts, _, _ = fresh.execute_query(
        "MATCH (e:Event) WITH count(e) AS events "
        "MATCH ()-[t:TIE]->() WITH events, count(t) AS ties "
        "MATCH (m:DyadMonth) RETURN events, ties, count(m) AS cells"
    )
    assert (report.events, report.ties, report.cells) == (
        counts[0]["events"],
        counts[0]["ties"],
        counts[0]["cells"],
    )
    assert report.memberships == 2  # FIN and USA in NATO, from ALLIANCE events


CORRUPTIONS = [
    # (what drifted, Cypher that makes it drift, the disagreement the checker must name)
    ("a tie counts one event too many",
     "MATCH ()-[t:TIE {dyad: 'VISIT|RUS|PRK'}]->() SET t.events = t.events + 1",
     ("tie", "VISIT|RUS|PRK", "events")),
    ("a tie's score lost an update",
     "MATCH ()-[t:TIE {dyad: 'VISIT|RUS|PRK'}]->() SET t.score = t.score / 2",
     ("tie", "VISIT|RUS|PRK", "score")),
    ("a tie's per-status counter",
     "MATCH ()-[t:TIE {dyad: 'ARMS_TRANSFER|IRN|RUS'}]->() SET t.n_disputed = 0",
     ("tie", "ARMS_TRANSFER|IRN|RUS", "n_disputed")),
    ("an event's status no longer follows its mentions",
     "MATCH (e:Event {dyad: 'ARMS_TRANSFER|IRN|RUS'}) SET e.status = 'alleged'",
     ("event", None, "status")),
    ("an event's mention count",
     "MATCH (e:Event {dyad: 'VISIT|RUS|PRK'}) SET e.mentions = e.mentions + 1",
     ("event", None, "mentions")),
    ("an event's source count",
     "MATCH (e:Event {dyad: 'ARMS_TRANSFER|IRN|RUS'}) SET e.sources = 1",
     ("event", None, "sources")),
    ("an event's confidence",
     "MATCH (e:Event {dyad: 'ALLIANCE|PRK|RUS'}) SET e.confidence = 0.1",
     ("event", None, "confidence")),
    ("a month cell counts an event twice",
     "MATCH (m:DyadMonth {dyad: 'VISIT|RUS|PRK'}) SET m.n_reported = m.n_reported + 1",
     ("cell", None, "n_reported")),
    ("a month cell is missing",
     "MATCH (m:DyadMonth {dyad: 'JOINT_EXERCISE|CHN|RUS'}) WITH m LIMIT 1 DELETE m",
     ("cell", None, "exists")),
    ("a mention stored twice",
     "MATCH (e:Event {dyad: 'VISIT|RUS|PRK'})-[m:REPORTED_IN]->(d) WITH e, m, d LIMIT 1 "
     "CREATE (e)-[c:REPORTED_IN]->(d) SET c = properties(m)",
     ("mention", None, "copies")),
    ("a tie left behind when its events went",
     "MATCH (e:Event {dyad: 'DEFENCE_COOPERATION|JPN|KOR'}) DETACH DELETE e",
     ("tie", "DEFENCE_COOPERATION|JPN|KOR", "exists")),
    ("an event with no mention left",
     "MATCH (:Event {dyad: 'DEFENCE_COOPERATION|JPN|KOR'})-[m:REPORTED_IN]->() DELETE m",
     ("event", None, "mentions")),
    ("a membership derived from events lost",
     "MATCH (:Country {code: 'FIN'})-[r:MEMBER_OF]->() DELETE r",
     ("membership", "FIN→NATO", "interval")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("corruption", "expected"),
    [(c[1], c[2]) for c in CORRUPTIONS],
    ids=[c[0] for c in CORRUPTIONS],
)
def test_the_checker_names_what_drifted(
    fresh: Driver, neo4j: Neo4jUnderTest, corruption: str, expected: tuple[str, str | None, str]
) -> None:
    fresh.execute_query(corruption)
    report = integrity(neo4j)
    kind, key, field = expected
    assert not report.clean
    assert any(
        d.kind == kind and d.field == field and (key is None or d.key == key)
        for d in report.disagreements
    ), report.disagreements


def _entente_check(neo4j: Neo4jUnderTest) -> subprocess.CompletedProcess[str]:
    c = neo4j.connection
    env = {**os.environ, "NEO4J_URI": c.uri, "NEO4J_USER": c.user, "NEO4J_PASSWORD": c.password}
    return subprocess.run(
        [sys.executable, "-m", "app", "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_entente_check_exits_0_on_a_clean_graph_and_1_naming_the_drift(
    fresh: Driver, neo4j: Neo4jUnderTest
) -> None:
    clean = _entente_check(neo4j)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "all agree" in clean.stdout
    fresh.execute_query("MATCH ()-[t:TIE {dyad: 'VISIT|RUS|PRK'}]->() SET t.events = 7")
    drifted = _entente_check(neo4j)
    assert drifted.returncode == 1
    assert "tie VISIT|RUS|PRK: events is 7, expected 2" in drifted.stdout
    assert "1 disagreement(s)" in drifted.stdout
