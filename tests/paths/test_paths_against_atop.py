"""Paths and timelines on the real ATOP alliances, checked against an independent computation:
networkx shortest paths over the alliances in force on a date, computed from the CSV."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta
from typing import Any

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from tests.atop_reference import MEMBERS, allied_intervals, allied_on
from tests.conftest import Neo4jUnderTest
from tests.imports.test_atop import entente


@pytest.fixture(scope="module")
def atop(neo4j: Neo4jUnderTest, client: TestClient) -> TestClient:
    if not MEMBERS.exists():
        pytest.skip(f"{MEMBERS} is absent: the shared ATOP data is needed")
    entente(neo4j, "import", "atop", str(MEMBERS))
    return client


def test_paths_agree_with_networkx_on_random_pairs_and_dates(atop: TestClient) -> None:
    reference = allied_intervals()
    rng = random.Random(20261124)
    checked = Counter[str]()
    for _ in range(40):
        day = date(1900, 1, 1) + timedelta(
            days=rng.randrange((date(2016, 12, 31) - date(1900, 1, 1)).days)
        )
        allied = nx.Graph(list(allied_on(reference, day)))
        nodes = sorted(allied.nodes)
        for _ in range(5):
            a, b = rng.sample(nodes, 2)
            try:
                expected: int | None = nx.shortest_path_length(allied, a, b)
            except nx.NetworkXNoPath:
                expected = None
            if expected is not None and expected > 6:
                expected = None
            params: dict[str, Any] = {
                "from": a,
                "to": b,
                "types": "ALLIANCE",
                "as_of": day.isoformat(),
                "max_hops": 6,
                "k": 3,
                "via_organizations": "false",
            }
            body = atop.get("/v1/paths", params=params).json()
            if expected is None:
                assert body["paths"] == [], (a, b, day)
                checked["unconnected"] += 1
                continue
            assert body["paths"][0]["length"] == expected, (a, b, day)
            for path in body["paths"]:
                codes = [n["code"] for n in path["nodes"]]
                assert codes[0] == a and codes[-1] == b and len(set(codes)) == len(codes)
                assert all(allied.has_edge(x, y) for x, y in zip(codes, codes[1:], strict=False))
                assert path["length"] >= expected
            checked["connected"] += 1
    assert checked["connected"] >= 100 and checked["unconnected"] >= 10, checked  # fmt: skip


def test_timelines_count_the_loaded_events(atop: TestClient) -> None:
    reference = allied_intervals()
    busiest = sorted(reference, key=lambda pair: -len(reference[pair]))[:12]
    for a, b in busiest:
        events = atop.get(
            "/v1/events",
            params={"country": a, "counterpart": b, "type": "ALLIANCE", "limit": 500},
        ).json()["items"]
        per_year = Counter(e["occurred_on"][:4] for e in events)
        body = atop.get(
            f"/v1/dyads/{a}/{b}/timeline", params={"types": "ALLIANCE", "interval": "year"}
        ).json()
        counted = {p["period"]: p["total"] for p in body["series"] if p["total"]}
        assert counted == dict(per_year), (a, b)
        first = min(e["occurred_on"] for e in events)
        assert body["first_on"]["ALLIANCE"] == first
