"""Dyad timelines and trends over the sample graph."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.dyads.schemas import TimelineRead
from app.vocabulary import GOLDSTEIN, TieType


def timeline(client: TestClient, a: str, b: str, **params: Any) -> dict[str, Any]:
    response = client.get(f"/v1/dyads/{a}/{b}/timeline", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    TimelineRead.model_validate(body)  # the documented shape, although built as plain data
    return body


def test_every_month_is_present_with_counts_by_type(sample_graph: TestClient) -> None:
    body = timeline(sample_graph, "RUS", "PRK", interval="month")
    periods = [p["period"] for p in body["series"]]
    assert periods[0] == "2023-07" and periods[-1] == "2024-11"
    assert len(periods) == 17  # zeros included
    by_period = {p["period"]: p for p in body["series"]}
    assert by_period["2023-07"]["counts"]["VISIT"] == 1
    assert by_period["2024-06"]["counts"]["ALLIANCE"] == 1
    assert by_period["2024-10"]["counts"]["TROOP_DEPLOYMENT"] == 1
    assert by_period["2024-01"]["total"] == 0
    assert sum(p["total"] for p in body["series"]) == 4
    assert body["first_on"] == {
        "ALLIANCE": "2024-06-19",
        "TROOP_DEPLOYMENT": "2024-10-18",
        "VISIT": "2023-07-26",
    }


def test_scores_follow_the_documented_weights(sample_graph: TestClient) -> None:
    body = timeline(sample_graph, "PRK", "RUS", interval="year")
    events = sample_graph.get("/v1/events", params={"country": "PRK", "limit": 100}).json()
    expected: dict[str, float] = {}
    for e in events["items"]:
        year = e["occurred_on"][:4]
        expected[year] = expected.get(year, 0.0) + GOLDSTEIN[TieType(e["type"])] * e["confidence"]
    assert {p["period"]: p["score"] for p in body["series"]} == pytest.approx(expected)


def test_trend_compares_the_last_periods_with_the_ones_before(sample_graph: TestClient) -> None:
    body = timeline(sample_graph, "PRK", "RUS", interval="month")
    scores = [p["score"] for p in body["series"]]
    trend = body["trend"]
    assert trend["recent"] == pytest.approx(sum(scores[-3:]))
    assert trend["previous"] == pytest.approx(sum(scores[-6:-3]))
    assert trend["direction"] == ("up" if trend["change"] > 0 else "down")


def test_filters_narrow_the_timeline(sample_graph: TestClient) -> None:
    body = timeline(sample_graph, "PRK", "RUS", types="VISIT", interval="year")
    assert [p["counts"] for p in body["series"]] == [{"VISIT": 1}, {"VISIT": 1}]
    windowed = timeline(sample_graph, "PRK", "RUS", since="2024-01-01", until="2024-06-30")
    assert len(windowed["series"]) == 6
    assert sum(p["total"] for p in windowed["series"]) == 1
    assert timeline(sample_graph, "PRK", "RUS", statuses="confirmed")["events"][0]["type"] == (
        "ALLIANCE"
    )
    empty = timeline(sample_graph, "BRA", "ARG")
    assert (empty["series"], empty["events"], empty["trend"]["direction"]) == ([], [], "flat")


def test_events_are_listed_newest_first(sample_graph: TestClient) -> None:
    events = timeline(sample_graph, "PRK", "RUS")["events"]
    dates = [e["occurred_on"] for e in events]
    assert dates == sorted(dates, reverse=True) and len(dates) == 4


def test_csv(sample_graph: TestClient) -> None:
    response = sample_graph.get(
        "/v1/dyads/PRK/RUS/timeline", params={"interval": "quarter", "format": "csv"}
    )
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows[0]["period"] == "2023-Q3"
    assert sum(int(r["total"]) for r in rows) == 4


@pytest.mark.parametrize(
    ("path", "status", "field"),
    [
        ("/v1/dyads/XXX/RUS/timeline", 404, "a"),
        ("/v1/dyads/PRK/PRK/timeline", 422, "b"),
        ("/v1/dyads/PRK/RUS/timeline?interval=week", 422, "interval"),
    ],
    ids=["unknown-country", "same-country", "bad-interval"],
)
def test_bad_requests(sample_graph: TestClient, path: str, status: int, field: str) -> None:
    response = sample_graph.get(path)
    assert response.status_code == status
    assert field in [e["field"] for e in response.json()["errors"]]


def test_trends_rank_pairs_by_change_between_windows(sample_graph: TestClient) -> None:
    response = sample_graph.get(
        "/v1/trends", params={"since": "2024-01-01", "until": "2024-12-31", "window": "quarter"}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    rising = {(c["a"], c["b"]): c for c in body["growing"]}
    # The treaty (Q2) is the largest rise between PRK and RUS in 2024.
    assert rising[("PRK", "RUS")]["after_period"] == "2024-Q2"
    changes = [c["change"] for c in body["growing"]]
    assert changes == sorted(changes, reverse=True) and all(c > 0 for c in changes)
    assert all(c["change"] < 0 for c in body["shrinking"])
