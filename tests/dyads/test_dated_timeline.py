"""Timelines under dated filters (`as_of`, since/until inside a month, a confidence floor) are
counted from the event table each process keeps, not the month cells: they must say exactly
what the events that pass say, period by period, for every interval."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.vocabulary import GOLDSTEIN, TieType
from tests.conftest import AUTH, ev, events_passing

PAIRS = [("FRA", "DEU"), ("IND", "RUS"), ("JPN", "USA")]
FIRST = date(2015, 1, 1)


def random_events(seed: int, count: int) -> list[dict[str, Any]]:
    """Events of every type between three pairs over five years, durative ones with and without
    an end, some ending before others begin; some told again by a second source or denied by
    one, so every derived status occurs."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        a, b = rng.choice(PAIRS)
        if rng.random() < 0.5:
            a, b = b, a
        kind = rng.choice(list(TieType))
        day = FIRST + timedelta(days=rng.randrange(5 * 365))
        extra: dict[str, Any] = {"confidence": rng.choice([0.3, 0.55, 0.8, 1.0])}
        if kind in (TieType.ALLIANCE, TieType.TROOP_DEPLOYMENT) and rng.random() < 0.6:
            extra["valid_to"] = (day + timedelta(days=rng.randrange(30, 900))).isoformat()
        status = rng.choice(["asserted", "asserted", "alleged", "denied"])
        out.append(ev(kind.value, a, b, day.isoformat(), status, source=f"desk-{i}", **extra))
        again = rng.random()
        if again < 0.4:
            status = "denied" if again < 0.1 else "asserted"
            out.append(ev(kind.value, a, b, day.isoformat(), status, source=f"wire-{i}", **extra))
    return out


def label(day: str, interval: str) -> str:
    if interval == "year":
        return day[:4]
    if interval == "quarter":
        return f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3 + 1}"
    return day[:7]


def as_of_days(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [(FIRST + timedelta(days=rng.randrange(6 * 365))).isoformat() for _ in range(count)]


FILTER_SETS: list[dict[str, str]] = [
    *({"as_of": day} for day in as_of_days(3, 5)),
    {"as_of": "2018-06-30", "statuses": "confirmed,reported,alleged,disputed,denied"},
    {"as_of": "2019-02-14", "types": "ALLIANCE,TROOP_DEPLOYMENT"},
    {"as_of": "2018-09-09", "until": "2017-12-31"},
    {"since": "2016-03-17", "until": "2018-11-04"},
    {"since": "2017-05-02"},
    {"min_confidence": "0.6"},
    {"min_confidence": "0.5", "as_of": "2017-08-08", "statuses": "disputed,denied"},
]


@pytest.fixture(scope="module")
def graph(client: TestClient) -> TestClient:
    response = client.post("/v1/events", json={"events": random_events(1, 320)}, headers=AUTH)
    assert response.status_code == 201, response.text
    return client


@pytest.mark.parametrize("interval", ["month", "quarter", "year"])
@pytest.mark.parametrize(
    "params", FILTER_SETS, ids=lambda p: ",".join(f"{k}={v}" for k, v in p.items())
)
@pytest.mark.parametrize("pair", PAIRS, ids="-".join)
def test_dated_timeline_counts_what_the_events_say(
    graph: TestClient, pair: tuple[str, str], params: dict[str, str], interval: str
) -> None:
    a, b = pair
    passing = [e for e in events_passing(graph, params) if {e["actor"], e["target"]} == {a, b}]
    counts: dict[str, dict[str, int]] = {}
    scores: dict[str, float] = {}
    first_on: dict[str, str] = {}
    for e in passing:
        period = label(e["occurred_on"], interval)
        counts.setdefault(period, {})[e["type"]] = counts.get(period, {}).get(e["type"], 0) + 1
        weight = 0.0 if e["status"] == "denied" else GOLDSTEIN[TieType(e["type"])]
        scores[period] = scores.get(period, 0.0) + weight * e["confidence"]
        first_on[e["type"]] = min(first_on.get(e["type"], e["occurred_on"]), e["occurred_on"])

    response = graph.get(f"/v1/dyads/{a}/{b}/timeline", params={**params, "interval": interval})
    assert response.status_code == 200, response.text
    body = response.json()
    shown = {p["period"]: {t: n for t, n in p["counts"].items() if n} for p in body["series"]}
    assert {p: c for p, c in shown.items() if c} == counts
    assert {p["period"]: p["score"] for p in body["series"] if p["total"]} == pytest.approx(
        scores,
        abs=1e-4,  # the answer rounds each period's score to 4 places
    )
    assert body["first_on"] == dict(sorted(first_on.items()))
