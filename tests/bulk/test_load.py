"""`entente load`: the same events loaded offline and posted through the API make one graph.

The events are structured events with the cases that make the write path work (the same event
from two sources, a denial, a month-precise date joining a day-precise one, a durative alliance
that ends, a membership of NATO, a place, the same claim twice, a line break in the evidence,
a broken line), then the real GDELT export and ATOP files from ../shared. Both graphs are asked
the same questions through the API and must answer alike; the loaded one must pass
`entente check`.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.core.db import Graph, open_driver
from app.imports import service as imports
from app.main import create_app
from app.neo4j_local import LocalNeo4j, free_port
from tests.atop_reference import ALLIANCES, MEMBERS
from tests.conftest import AUTH, Neo4jUnderTest, ev, integrity, settings_for

GDELT = Path(__file__).parents[2].parent / "shared" / "data" / "gdelt" / "20191024143000.export.CSV"
EVENTS = [
    ev("VISIT", "FRA", "DEU", "2024-03-01", source="desk-a"),
    ev("VISIT", "FRA", "DEU", "2024-03-01", source="desk-b"),  # corroborated: confirmed
    ev("VISIT", "FRA", "DEU", "2024-03-01", source="desk-a"),  # the same claim again
    ev("ARMS_TRANSFER", "RUS", "IRN", "2023-05-02", status="alleged", source="desk-a"),
    ev("ARMS_TRANSFER", "RUS", "IRN", "2023-05-02", status="denied", source="desk-c",
       attributed_to="RUS"),  # disputed
    {**ev("JOINT_EXERCISE", "IND", "USA", "2022-11-01", source="desk-d"), "precision": "month"},
    ev("JOINT_EXERCISE", "USA", "IND", "2022-11-15", source="desk-e"),
    ev("ALLIANCE", "FRA", "ESP", "2001-01-01", valid_to="2010-06-30", source="desk-f"),
    ev("ALLIANCE", "FIN", "NATO", "2023-04-04", source="desk-g"),
    ev("TROOP_DEPLOYMENT", "GBR", "EST", "2017-03-18", location="EST", source="desk-h",
       evidence="British troops arrived in Tapa.\nThey will stay."),
    ev("MILITARY_AID", "USA", "UKR", "2022-04-21", confidence=0.95, source="desk-i"),
    ev("DEFENCE_COOPERATION", "JPN", "AUS", "2023-01-06", status="alleged", source="desk-j"),
]  # fmt: skip
FILTERS = [{}, {"as_of": "2009-01-01"}, {"as_of": "2023-06-01", "statuses": "disputed,alleged"},
           {"since": "2019-10-01", "until": "2023-12-31"}, {"types": "ALLIANCE"}]  # fmt: skip
PAIRS = [("FRA", "DEU"), ("RUS", "IRN"), ("IND", "USA"), ("FRA", "ESP"), ("USA", "GBR")]
COUNTRIES = ["FRA", "USA", "RUS", "NATO", "IND", "GBR", "ESP"]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    for path in (GDELT, MEMBERS, ALLIANCES):
        if not path.exists():
            pytest.skip(f"{path} is absent: the shared GDELT and ATOP data are needed")
    folder = tmp_path_factory.mktemp("load")
    events = folder / "events.jsonl"
    lines = [json.dumps(e) for e in EVENTS]
    lines.insert(3, '{"type": "VISIT", "actor": "FRA"}')  # broken: reported, skipped
    events.write_text("\n".join(lines) + "\n")
    return [events, GDELT, MEMBERS, ALLIANCES]


@pytest.fixture(scope="module")
def posted(client: TestClient, neo4j: Neo4jUnderTest, files: list[Path]) -> TestClient:
    """The same files through the API and the imports, in the same order."""
    response = client.post("/v1/events", json={"events": EVENTS}, headers=AUTH)
    assert response.status_code == 201, response.text

    async def rest() -> None:
        async with open_driver(neo4j.connection) as driver:
            sink = imports.into(Graph(driver, neo4j.connection.database))
            with imports.open_text(GDELT) as lines:
                await imports.import_gdelt(sink, lines)
            members, alliances = imports.read_csv(MEMBERS), imports.read_csv(ALLIANCES)
            await imports.import_atop(sink, members, alliances)

    asyncio.run(rest())
    return client


def entente(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env={**clean, **env},
        check=False,
        timeout=600,
    )


@pytest.fixture(scope="module")
def loaded(
    files: list[Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[TestClient, str]]:
    """A client of the loaded graph, and what the load printed."""
    home = tmp_path_factory.mktemp("loaded")
    server = LocalNeo4j(home)
    port = free_port()
    try:
        result = entente("load", *map(str, files), "--home", str(home), "--port", str(port))
        assert result.returncode == 0, result.stderr + result.stdout
        connection = server.connection()
        assert connection is not None
        under = Neo4jUnderTest(server, connection, port)
        report = integrity(under)
        assert report.clean, "\n".join(map(str, report.disagreements[:20]))
        with TestClient(create_app(settings_for(under))) as client:
            yield client, result.stdout
    finally:
        server.stop()


def rounded(value: Any) -> Any:
    """Floats to 9 places: sums of the same numbers in another order differ in the last bit."""
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, list):
        return [rounded(v) for v in value]
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    return value


def answers(client: TestClient) -> dict[str, Any]:
    asked: dict[str, Any] = {}
    for f in FILTERS:
        key = json.dumps(f)
        asked[f"network {key}"] = client.get("/v1/network", params=f).json()
        asked[f"countries {key}"] = client.get("/v1/countries", params=f).json()
        for code in COUNTRIES:
            asked[f"{code} {key}"] = client.get(f"/v1/countries/{code}", params=f).json()
        for a, b in PAIRS:
            params = {"from": a, "to": b, "k": "3", **f}
            asked[f"paths {a} {b} {key}"] = client.get("/v1/paths", params=params).json()
            params = {"interval": "year", **f}
            timeline = client.get(f"/v1/dyads/{a}/{b}/timeline", params=params)
            asked[f"timeline {a} {b} {key}"] = timeline.json()
    page = client.get("/v1/events", params={"limit": 500, "include": "mentions"}).json()
    asked["events"] = page["items"]
    out: dict[str, Any] = rounded(asked)
    return out


def test_the_loaded_graph_answers_as_the_posted_one(
    posted: TestClient, loaded: tuple[TestClient, str]
) -> None:
    expected, found = answers(posted), answers(loaded[0])
    assert expected.keys() == found.keys()
    for key in expected:
        assert found[key] == expected[key], key
    assert any(e["status"] == "disputed" for e in found["events"])
    network = found["network {}"]
    assert len(network["edges"]) > 1000, "ATOP and GDELT were loaded too"


def test_the_load_reports_each_file(loaded: tuple[TestClient, str]) -> None:
    report = loaded[1]
    assert "events: 13 rows read, 12 kept, 1 bad" in report
    assert "bad row at line 4" in report
    assert "gdelt:" in report and "atop: 2398 rows read" in report
    assert "events/s" in report


def test_a_remote_database_is_not_loaded_but_its_import_files_can_be_written(
    files: list[Path], tmp_path: Path
) -> None:
    refused = entente("load", str(files[0]), NEO4J_URI="bolt://db.example:7687")
    assert refused.returncode == 1
    assert "runs where the database lives" in refused.stderr
    emitted = entente("load", str(files[0]), "--emit", str(tmp_path / "out"),
                      NEO4J_URI="bolt://db.example:7687")  # fmt: skip
    assert emitted.returncode == 0, emitted.stderr
    assert "neo4j-admin database import full neo4j" in emitted.stdout
    events = (tmp_path / "out" / "events.csv").read_text().splitlines()
    assert events[0].startswith("id:ID(Event),type,dyad")
    assert len(events) == 1 + 8  # twelve lines, eight events: four join others


def test_a_home_that_holds_a_database_is_kept_unless_replaced(
    files: list[Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    home = tmp_path_factory.mktemp("kept")
    (LocalNeo4j(home).database_dir).mkdir(parents=True)
    refused = entente("load", str(files[0]), "--home", str(home))
    assert refused.returncode == 1
    assert "--replace" in refused.stderr
