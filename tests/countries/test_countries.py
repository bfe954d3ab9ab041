"""Countries: the list with counts and one country's profile."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import AUTH, FILTER_SETS, STATUS_ORDER, ev, events_passing, tie_key


def test_list_has_counts(sample_graph: TestClient) -> None:
    items = {c["code"]: c for c in sample_graph.get("/v1/countries").json()["items"]}
    assert "NATO" not in items  # organizations are not countries
    rus = items["RUS"]
    assert rus["name"] == "Russia"
    # PRK (alliance, visits, deployment), CHN (exercises), IND, IRN (disputed arms)
    assert rus["partners"] == 4
    assert rus["events"] == 8  # the denied Chinese transfer is left out by default
    assert items["FIN"]["partners"] == 1


@pytest.mark.parametrize("params", FILTER_SETS)
def test_list_counts_agree_with_the_events(
    sample_graph: TestClient, params: dict[str, str]
) -> None:
    """Partners, ties and events per country are what the events that pass the filters say."""
    partners: dict[str, set[str]] = defaultdict(set)
    ties: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    counts: Counter[str] = Counter()
    for e in events_passing(sample_graph, params):
        a, b = e["actor"], e["target"]
        tie = tie_key(e["type"], a, b)
        for code, other in ((a, b), (b, a)):
            partners[code].add(other)
            ties[code].add(tie)
            counts[code] += 1
    items = sample_graph.get("/v1/countries", params=params).json()["items"]
    assert items, "every state in the graph is listed, with or without ties"
    for item in items:
        code = item["code"]
        want = (len(partners[code]), len(ties[code]), counts[code])
        assert (item["partners"], item["ties"], item["events"]) == want, code


@pytest.mark.parametrize("params", FILTER_SETS)
def test_profile_partners_agree_with_the_events(
    sample_graph: TestClient, params: dict[str, str]
) -> None:
    """Each partner's counts, dates, status and confidence are what the events that pass the
    filters say."""
    for code in ("RUS", "USA", "NATO"):
        expected: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for e in events_passing(sample_graph, params):
            if code in (e["actor"], e["target"]):
                other = e["target"] if e["actor"] == code else e["actor"]
                expected[(e["type"], other)].append(e)
        body = sample_graph.get(f"/v1/countries/{code}", params=params).json()
        got = {(kind, p["code"]): p for kind, ps in body["partners"].items() for p in ps}
        assert set(got) == set(expected), code
        for key, events in expected.items():
            dates = sorted(e["occurred_on"] for e in events)
            want = (len(events), dates[0], dates[-1], max(e["confidence"] for e in events))
            partner = got[key]
            assert (partner["events"], partner["first_on"], partner["last_on"],
                    partner["confidence"]) == want, key  # fmt: skip
            assert partner["status"] == min((e["status"] for e in events), key=STATUS_ORDER.index)


def test_profile_partners_memberships_and_events(sample_graph: TestClient) -> None:
    response = sample_graph.get("/v1/countries/rus")
    assert response.status_code == 200
    body = response.json()
    assert (body["code"], body["name"], body["kind"]) == ("RUS", "Russia", "country")
    visits = {p["code"]: p for p in body["partners"]["VISIT"]}
    assert visits["PRK"]["direction"] == "out"
    assert visits["PRK"]["events"] == 2
    assert (visits["PRK"]["first_on"], visits["PRK"]["last_on"]) == ("2023-07-26", "2024-11-29")
    assert body["partners"]["TROOP_DEPLOYMENT"][0]["direction"] == "in"
    assert body["partners"]["ALLIANCE"][0]["direction"] == "both"
    assert "ARMS_TRANSFER" in body["partners"]  # Iran's, disputed
    assert all(p["code"] != "CHN" for p in body["partners"]["ARMS_TRANSFER"])
    dates = [e["occurred_on"] for e in body["events"]]
    assert dates == sorted(dates, reverse=True)


def test_membership_dates(sample_graph: TestClient) -> None:
    body = sample_graph.get("/v1/countries/FIN").json()
    assert [(m["organization"], m["valid_from"], m["valid_to"]) for m in body["memberships"]] == [
        ("NATO", "2023-04-04", None)
    ]


def test_filters_and_unknowns(sample_graph: TestClient) -> None:
    before = sample_graph.get("/v1/countries/RUS", params={"until": "2022-12-31"}).json()
    assert set(before["partners"]) == {"DEFENCE_COOPERATION", "ARMS_TRANSFER"}
    assert sample_graph.get("/v1/countries/XXX").status_code == 404
    absent = sample_graph.get("/v1/countries/BRA").json()
    assert (absent["name"], absent["partners"], absent["events"]) == ("Brazil", {}, [])


def test_partners_follow_the_statuses_asked_from_the_tie_alone(sample_graph: TestClient) -> None:
    """A denied visit before a reported one: each status keeps its own dates and confidence."""
    events = [
        ev("VISIT", "EGY", "GRC", "2020-01-01", status="denied", source="desk-x", confidence=0.4),
        ev("VISIT", "EGY", "GRC", "2021-05-05", source="desk-y", confidence=0.7),
    ]
    assert sample_graph.post("/v1/events", json={"events": events}, headers=AUTH).status_code == 201

    def visit(**params: Any) -> tuple[Any, ...]:
        body = sample_graph.get("/v1/countries/EGY", params=params).json()
        (grc,) = body["partners"]["VISIT"]
        return grc["events"], grc["first_on"], grc["last_on"], grc["confidence"]

    assert visit() == (1, "2021-05-05", "2021-05-05", 0.7)
    assert visit(statuses="denied") == (1, "2020-01-01", "2020-01-01", 0.0)
    assert visit(statuses="reported,denied") == (2, "2020-01-01", "2021-05-05", 0.7)
    # The same through the events (a confidence floor makes every event be read).
    assert visit(min_confidence=1e-9) == visit()
