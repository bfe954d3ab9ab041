"""Timelines read month cells kept by the write path; they must always say what the events
say, through corroboration, disputes and deletions."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.ingestion.models import digest
from tests.conftest import AUTH, ev

EVENTS = [
    ev("VISIT", "RUS", "PRK", "2024-01-05", source="desk-a"),
    ev("VISIT", "RUS", "PRK", "2024-01-20", source="desk-b", confidence=0.6),
    ev("VISIT", "PRK", "RUS", "2024-03-02", status="alleged", source="desk-c"),
    ev("ARMS_TRANSFER", "PRK", "RUS", "2024-02-10", source="desk-d"),
    ev("TROOP_DEPLOYMENT", "PRK", "RUS", "2024-10-18", status="alleged", source="desk-e"),
    ev("TROOP_DEPLOYMENT", "PRK", "RUS", "2024-11-02", source="desk-e"),
    ev("JOINT_EXERCISE", "RUS", "PRK", "2023-12-31", source="desk-e"),
]
SECOND_SOURCE = ev("VISIT", "RUS", "PRK", "2024-01-05", source="desk-f")
DENIAL = ev("TROOP_DEPLOYMENT", "PRK", "RUS", "2024-10-18", status="denied",
            source="desk-g", attributed_to="PRK")  # fmt: skip
QUERIES: list[dict[str, Any]] = [
    {"interval": "month"},
    {"interval": "quarter"},
    {"interval": "year"},
    {"interval": "month", "since": "2024-02-01", "until": "2024-10-31"},
    {"interval": "quarter", "statuses": "confirmed,reported"},
    {"interval": "month", "statuses": "disputed", "types": "TROOP_DEPLOYMENT"},
]


def post(client: TestClient, events: list[dict[str, Any]]) -> None:
    response = client.post("/v1/events", json={"events": events}, headers=AUTH)
    assert response.status_code == 201, response.text


def answers(client: TestClient, params: dict[str, Any]) -> tuple[Any, Any]:
    """The timeline from month cells, and the same forced through the events (every event
    that is not denied has a confidence above zero, so the two must agree)."""
    path = "/v1/dyads/PRK/RUS/timeline"
    cells = client.get(path, params=params).json()
    events = client.get(path, params={**params, "min_confidence": 1e-9}).json()
    return cells, events


def assert_cells_agree(client: TestClient) -> None:
    for params in QUERIES:
        cells, events = answers(client, params)
        assert [(p["period"], p["counts"]) for p in cells["series"]] == [
            (p["period"], p["counts"]) for p in events["series"]
        ], params
        assert [p["score"] for p in cells["series"]] == pytest.approx(
            [p["score"] for p in events["series"]]
        )
        assert cells["first_on"] == events["first_on"], params


@pytest.fixture(scope="module")
def pair(client: TestClient) -> TestClient:
    post(client, EVENTS)
    return client


def test_cells_agree_with_the_events(pair: TestClient) -> None:
    assert_cells_agree(pair)
    january = pair.get("/v1/dyads/PRK/RUS/timeline", params={"until": "2024-01-31"}).json()
    assert january["series"][-1]["counts"]["VISIT"] == 2


def test_cells_follow_corroboration_disputes_and_deletion(pair: TestClient) -> None:
    post(pair, [SECOND_SOURCE, DENIAL])
    assert_cells_agree(pair)
    confirmed = pair.get(
        "/v1/dyads/PRK/RUS/timeline", params={"statuses": "confirmed", "interval": "year"}
    ).json()
    assert [p["counts"]["VISIT"] for p in confirmed["series"]] == [1]
    document = "src-" + digest(SECOND_SOURCE["source"], SECOND_SOURCE["url"])
    assert pair.delete(f"/v1/documents/{document}", headers=AUTH).status_code == 204
    assert_cells_agree(pair)
    confirmed = pair.get("/v1/dyads/PRK/RUS/timeline", params={"statuses": "confirmed"}).json()
    assert confirmed["series"] == []
