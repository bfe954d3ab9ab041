"""What requests may carry: dates from 1800-01-01 to 2100-12-31 as ISO strings on every route
that takes one, numbers that are numbers, timelines of at most 1,200 periods, and only the query
parameters an operation declares."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import AUTH, ev

OUTSIDE = ["0001-01-01", "1799-12-31", "2101-01-01", "9999-12-25"]
NOT_ISO = ["0", "20240101", "1700000000", "2024-02-30", "2024-01-01T00:00:00", "yesterday"]
INSIDE = ["1800-01-01", "2024-02-29", "2100-12-31"]

QUERY_ROUTES: list[tuple[str, dict[str, str], list[str], set[int]]] = [
    ("/v1/events", {}, ["since", "until"], {200}),
    ("/v1/network", {}, ["since", "until", "as_of"], {200}),
    ("/v1/countries", {}, ["since", "until", "as_of"], {200}),
    ("/v1/countries/RUS", {}, ["since", "until", "as_of"], {200}),
    ("/v1/paths", {"from": "PRK", "to": "RUS"}, ["since", "until", "as_of"], {200}),
    ("/v1/paths/explain", {"from": "PRK", "to": "RUS"}, ["since", "until", "as_of"], {200, 404}),
    ("/v1/dyads/PRK/RUS/timeline", {"interval": "year"}, ["since", "until", "as_of"], {200}),
    ("/v1/trends", {}, ["since", "until", "as_of"], {200}),
]
"""Every GET that takes dates: its required parameters, its date parameters, and what an
in-range date may answer (an explanation of a path is 404 when the dates leave no path)."""


def query_cases() -> list[Any]:
    cases = []
    for path, base, names, ok in QUERY_ROUTES:
        for name in names:
            for day in OUTSIDE + NOT_ISO:
                cases.append(
                    pytest.param(path, {**base, name: day}, name, None, id=f"{path}-{name}-{day}")
                )
            for day in INSIDE:
                cases.append(
                    pytest.param(path, {**base, name: day}, name, ok, id=f"{path}-{name}-{day}")
                )
    return cases


@pytest.mark.parametrize(("path", "params", "name", "ok"), query_cases())
def test_query_dates_are_iso_and_in_range(
    sample_graph: TestClient, path: str, params: dict[str, str], name: str, ok: set[int] | None
) -> None:
    response = sample_graph.get(path, params=params)
    if ok is not None:
        assert response.status_code in ok, response.text
        return
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert [e["field"] for e in response.json()["errors"]] == [name]


def event_with(**fields: Any) -> dict[str, Any]:
    return {**ev("VISIT", "SWE", "NOR", "2024-03-01"), **fields}


BODY_CASES = [
    *[("occurred_on", day) for day in OUTSIDE + NOT_ISO],
    *[("valid_from", day) for day in OUTSIDE + NOT_ISO],
    *[("valid_to", day) for day in OUTSIDE + NOT_ISO],
    ("occurred_on", 0),
    ("occurred_on", 20240101),
    ("valid_to", 1700000000),
    ("confidence", False),
    ("confidence", True),
    ("confidence", "0.5"),
    ("confidence", 1.5),
]


@pytest.mark.parametrize(("field", "value"), BODY_CASES, ids=lambda v: repr(v))
def test_event_fields_are_strict(sample_graph: TestClient, field: str, value: Any) -> None:
    body = {"events": [event_with(**{field: value})]}
    response = sample_graph.post("/v1/events", json=body, headers=AUTH)
    assert response.status_code == 422, response.text
    assert [e["field"] for e in response.json()["errors"]] == [f"events[0].{field}"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("occurred_on", "1800-01-01"), ("occurred_on", "2100-12-31"), ("confidence", 1)],
    ids=lambda v: repr(v),
)
def test_edge_values_are_taken(sample_graph: TestClient, field: str, value: Any) -> None:
    body = {"events": [event_with(**{field: value}, source=f"desk-edge-{field}-{value}")]}
    response = sample_graph.post("/v1/events", json=body, headers=AUTH)
    assert response.status_code == 201, response.text


@pytest.mark.parametrize("value", [*OUTSIDE, *NOT_ISO, 0, 20240101], ids=lambda v: repr(v))
@pytest.mark.parametrize("batch", [False, True], ids=["single", "batch"])
def test_published_on_is_strict(sample_graph: TestClient, value: Any, batch: bool) -> None:
    document = {"text": "Sweden and Norway held joint drills.", "published_on": value}
    if batch:
        response = sample_graph.post(
            "/v1/documents:batch", json={"documents": [document]}, headers=AUTH
        )
        field = "documents[0].published_on"
    else:
        response = sample_graph.post("/v1/documents", json=document, headers=AUTH)
        field = "published_on"
    assert response.status_code == 422, response.text
    assert [e["field"] for e in response.json()["errors"]] == [field]


@pytest.mark.parametrize(
    ("text", "published_on"),
    [
        ("Swedish and Norwegian troops will hold joint drills next week.", "2100-12-31"),
        ("Swedish and Norwegian troops held joint drills last month.", "1800-01-01"),
        ("Swedish and Norwegian troops held joint drills on 9999-12-24.", "2024-05-01"),
    ],
)
def test_articles_at_the_edges_resolve_within_the_range(
    sample_graph: TestClient, text: str, published_on: str
) -> None:
    body = {"text": text, "published_on": published_on}
    response = sample_graph.post("/v1/documents", json=body, headers=AUTH)
    assert response.status_code == 201, response.text
    for event in response.json()["events"]:
        assert "1800-01-01" <= event["occurred_on"] <= "2100-12-31"


def test_a_pair_with_events_at_both_edges_has_a_timeline(sample_graph: TestClient) -> None:
    edges = [ev("VISIT", "EST", "LVA", "1800-01-01"), ev("VISIT", "EST", "LVA", "2100-12-31")]
    posted = sample_graph.post("/v1/events", json={"events": edges}, headers=AUTH)
    assert posted.status_code == 201, posted.text
    years = sample_graph.get("/v1/dyads/EST/LVA/timeline", params={"interval": "year"})
    assert years.status_code == 200, years.text
    assert len(years.json()["series"]) == 301
    months = sample_graph.get("/v1/dyads/EST/LVA/timeline", params={"interval": "month"})
    assert months.status_code == 422
    assert "3612 month periods" in months.json()["detail"]
    assert "the limit is 1200" in months.json()["detail"]
    assert months.json()["errors"][0]["field"] == "interval"
    assert sample_graph.get("/v1/events", params={"country": "EST"}).status_code == 200


TIMELINE = "/v1/dyads/PRK/RUS/timeline"


def span(since: str, until: str | None = None, **more: str) -> dict[str, str]:
    return {"since": since, **({"until": until} if until else {}), **more}


@pytest.mark.parametrize(
    ("path", "params", "status", "field"),
    [
        (TIMELINE, span("1900-01-01", "1999-12-31"), 200, None),  # 1,200 months
        (TIMELINE, span("1900-01-01", "2000-01-01"), 422, "interval"),
        (TIMELINE, span("1800-01-01", interval="quarter"), 200, None),
        (TIMELINE, span("1800-01-01", "2100-12-31", interval="quarter"), 422, "interval"),
        ("/v1/trends", span("1900-01-01", "2000-01-01", window="month"), 422, "window"),
        ("/v1/trends", span("1800-01-01", "2100-12-31", window="year"), 200, None),
    ],
)
def test_timelines_are_bounded_in_periods(
    sample_graph: TestClient, path: str, params: dict[str, str], status: int, field: str | None
) -> None:
    response = sample_graph.get(path, params=params)
    assert response.status_code == status, response.text
    if field:
        assert response.json()["errors"][0]["field"] == field
        assert "1200" in response.json()["detail"]


@pytest.mark.parametrize(
    ("method", "path", "params", "unknown"),
    [
        ("GET", "/v1/paths", {"from": "PRK", "to": "RUS", "max_hop": "1"}, ["max_hop"]),
        ("GET", "/v1/network", {"format": "csv", "fromat": "json", "x": "1"}, ["fromat", "x"]),
        ("GET", "/v1/events", {"countries": "PRK"}, ["countries"]),
        ("GET", "/v1/dyads/PRK/RUS/timeline", {"a": "PRK"}, ["a"]),
        ("GET", "/v1/countries/RUS", {"code": "RUS"}, ["code"]),
        ("GET", "/healthz", {"verbose": "1"}, ["verbose"]),
        ("DELETE", "/v1/documents/doc-nope", {"force": "1"}, ["force"]),
        ("POST", "/v1/events", {"dry_run": "true"}, ["dry_run"]),
    ],
)
def test_unknown_query_parameters_are_named(
    sample_graph: TestClient, method: str, path: str, params: dict[str, str], unknown: list[str]
) -> None:
    response = sample_graph.request(method, path, params=params, headers=AUTH)
    assert response.status_code == 422, response.text
    assert [e["field"] for e in response.json()["errors"]] == unknown


@pytest.mark.parametrize(
    "path",
    [
        "/embed/network?types=ALLIANCE&since=2020-01-01&theme=dark&height=300",
        "/embed/timeline?a=PRK&b=RUS&interval=year&legend=off",
        "/embed/path?from=PRK&to=USA&max_hops=3&title=Chains",
        "/?theme=dark",
    ],
)
def test_pages_take_the_query_string_their_scripts_pass_on(
    sample_graph: TestClient, path: str
) -> None:
    assert sample_graph.get(path).status_code == 200


def test_declared_parameters_still_pass(sample_graph: TestClient) -> None:
    params = {"from": "PRK", "to": "RUS", "max_hops": "3", "k": "2", "types": "ALLIANCE"}
    assert sample_graph.get("/v1/paths", params=params).status_code == 200
    assert sample_graph.get("/v1/events", params={"include": "mentions"}).status_code == 200
