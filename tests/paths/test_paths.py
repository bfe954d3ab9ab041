"""Paths over the sample graph: lengths, filters, organizations, evidence, formats."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from fastapi.testclient import TestClient


def paths(client: TestClient, source: str, target: str, **params: Any) -> list[list[str]]:
    response = client.get("/v1/paths", params={"from": source, "to": target, **params})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["from"], body["to"]) == (source.upper(), target.upper())
    for path in body["paths"]:
        assert path["length"] == len(path["ties"]) == len(path["nodes"]) - 1
        codes = [n["code"] for n in path["nodes"]]
        for hop, tie in zip(zip(codes, codes[1:], strict=False), path["ties"], strict=True):
            assert {tie["source"], tie["target"]} == set(hop)
    return [[n["code"] for n in p["nodes"]] for p in body["paths"]]


CASES: list[tuple[str, str, str, dict[str, Any], list[list[str]]]] = [
    ("direct", "PRK", "RUS", {"k": 1}, [["PRK", "RUS"]]),
    ("codes-any-case", "prk", "rus", {"k": 1}, [["PRK", "RUS"]]),
    ("bridge-through-india", "PRK", "USA", {"k": 1}, [["PRK", "RUS", "IND", "USA"]]),
    ("too-far-for-max-hops", "PRK", "KOR", {"max_hops": 3}, []),
    ("alliances-only-no-chain", "PRK", "USA", {"types": "ALLIANCE"}, []),
    ("alliance-chain", "JPN", "KOR", {"types": "ALLIANCE", "via_organizations": "false"},
     [["JPN", "USA", "KOR"]]),
    ("k-shortest-distinct", "JPN", "KOR", {"k": 2}, [["JPN", "KOR"], ["JPN", "USA", "KOR"]]),
    ("as-of-before-the-treaty", "PRK", "RUS", {"types": "ALLIANCE", "as_of": "2024-01-01"}, []),
    ("as-of-after-the-treaty", "PRK", "RUS", {"types": "ALLIANCE", "as_of": "2024-07-01"},
     [["PRK", "RUS"]]),
    ("as-of-keeps-earlier-visits", "PRK", "RUS", {"as_of": "2024-01-01", "k": 1},
     [["PRK", "RUS"]]),
    ("until-excludes-later", "PRK", "RUS", {"until": "2023-01-01"}, []),
    ("since-excludes-earlier", "IND", "USA", {"since": "2024-01-01"}, []),
    ("via-nato", "FIN", "USA", {"types": "ALLIANCE"}, [["FIN", "NATO", "USA"]]),
    ("not-via-organizations", "FIN", "USA", {"via_organizations": "false"}, []),
    ("disputed-counts-by-default", "IRN", "RUS", {}, [["IRN", "RUS"]]),
    ("disputed-filtered-out", "IRN", "RUS", {"statuses": "confirmed,reported"}, []),
    ("denied-only-is-no-tie", "CHN", "RUS", {"types": "ARMS_TRANSFER"}, []),
    ("denied-when-asked", "CHN", "RUS", {"types": "ARMS_TRANSFER", "statuses": "denied"},
     [["CHN", "RUS"]]),
    ("min-confidence", "PRK", "RUS", {"min_confidence": 0.99}, []),
    ("country-not-in-graph", "BRA", "RUS", {}, []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "target", "params", "expected"),
    [(s, t, p, e) for _, s, t, p, e in CASES],
    ids=[name for name, *_ in CASES],
)
def test_paths(
    sample_graph: TestClient, source: str, target: str, params: dict[str, Any], expected: Any
) -> None:
    assert paths(sample_graph, source, target, **params) == expected


def test_shortest_first_then_higher_confidence(sample_graph: TestClient) -> None:
    body = sample_graph.get("/v1/paths", params={"from": "PRK", "to": "RUS", "k": 3}).json()
    lengths = [p["length"] for p in body["paths"]]
    assert lengths == sorted(lengths)
    # One tie per hop, the strongest: the party-confirmed alliance.
    assert body["paths"][0]["ties"][0]["type"] == "ALLIANCE"
    assert body["paths"][0]["ties"][0]["status"] == "confirmed"


@pytest.mark.parametrize(
    ("params", "status", "field"),
    [
        ({"from": "XXX", "to": "RUS"}, 404, "from"),
        ({"from": "PRK", "to": "Atlantis"}, 404, "to"),
        ({"from": "PRK", "to": "RUS", "types": "WAR"}, 422, "types"),
        ({"from": "PRK", "to": "RUS", "statuses": "probable"}, 422, "statuses"),
        ({"from": "PRK", "to": "RUS", "k": 11}, 422, "k"),
        ({"from": "PRK", "to": "RUS", "max_hops": 7}, 422, "max_hops"),
        ({"from": "PRK", "to": "RUS", "as_of": "June"}, 422, "as_of"),
        ({"from": "PRK", "to": "RUS", "since": "2024-01-02", "until": "2024-01-01"}, 422, "until"),
        ({"to": "RUS"}, 422, "from"),
    ],
    ids=[
        "unknown-from",
        "unknown-to",
        "bad-type",
        "bad-status",
        "k-too-big",
        "too-many-hops",
        "bad-date",
        "until-before-since",
        "missing-from",
    ],
)
def test_bad_parameters(
    sample_graph: TestClient, params: dict[str, Any], status: int, field: str
) -> None:
    response = sample_graph.get("/v1/paths", params=params)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    assert field in [e["field"] for e in response.json()["errors"]]


def test_explain_expands_each_tie_to_its_sentences(sample_graph: TestClient) -> None:
    response = sample_graph.get("/v1/paths/explain", params={"from": "PRK", "to": "USA", "path": 0})
    assert response.status_code == 200, response.text
    body = response.json()
    assert [n["code"] for n in body["nodes"]] == ["PRK", "RUS", "IND", "USA"]
    first = body["ties"][0]
    assert first["type"] == "ALLIANCE"
    (event,) = first["evidence"]
    (mention,) = event["mentions"]
    assert mention["evidence"]["sentence"] == (
        "Kim Jong Un and Vladimir Putin signed a mutual defence treaty."
    )
    assert mention["url"].startswith("https://news.example/alliance/")
    assert all(tie["evidence"] for tie in body["ties"])
    missing = sample_graph.get("/v1/paths/explain", params={"from": "PRK", "to": "USA", "path": 5})
    assert missing.status_code == 404


def test_csv_and_cytoscape(sample_graph: TestClient) -> None:
    params: dict[str, str | int] = {"from": "PRK", "to": "USA", "k": 1}
    table = sample_graph.get("/v1/paths", params={**params, "format": "csv"})
    assert table.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert [(r["source"], r["target"]) for r in rows] == [
        ("PRK", "RUS"),
        ("IND", "RUS"),
        ("IND", "USA"),
    ]
    elements = sample_graph.get("/v1/paths", params={**params, "format": "cytoscape"}).json()
    ids = {n["data"]["id"] for n in elements["elements"]["nodes"]}
    assert ids == {"PRK", "RUS", "IND", "USA"}
    assert all(
        {e["data"]["source"], e["data"]["target"]} <= ids for e in elements["elements"]["edges"]
    )
