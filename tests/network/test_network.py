"""The network over the sample graph: nodes, degrees, communities, ego networks, formats."""

from __future__ import annotations

import csv
import io
from typing import Any

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from app.vocabulary import GOLDSTEIN, TieType
from tests.conftest import FILTER_SETS, STATUS_ORDER, events_passing, tie_key


def network(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/v1/network", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_nodes_edges_and_degrees(sample_graph: TestClient) -> None:
    body = network(sample_graph)
    nodes = {n["code"]: n for n in body["nodes"]}
    # CHN's only arms-transfer tie is denied, so CHN–RUS stands on the exercises alone.
    assert set(nodes) == {"PRK", "RUS", "CHN", "IND", "USA", "JPN", "KOR", "IRN", "FIN", "NATO"}
    partners: dict[str, set[str]] = {}
    for edge in body["edges"]:
        partners.setdefault(edge["source"], set()).add(edge["target"])
        partners.setdefault(edge["target"], set()).add(edge["source"])
    assert all(nodes[c]["degree"] == len(p) for c, p in partners.items())
    assert nodes["NATO"]["kind"] == "organization"
    assert not any(e["type"] == "ARMS_TRANSFER" and e["source"] == "CHN" for e in body["edges"])


@pytest.mark.parametrize("params", FILTER_SETS)
def test_edges_say_what_the_events_that_pass_say(
    sample_graph: TestClient, params: dict[str, str]
) -> None:
    """Each edge's counts, dates, status, confidence and score come from the filtered events."""
    by_tie: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for e in events_passing(sample_graph, params):
        by_tie.setdefault(tie_key(e["type"], e["actor"], e["target"]), []).append(e)
    edges = {
        tie_key(t["type"], t["source"], t["target"]): t
        for t in network(sample_graph, **params)["edges"]
    }
    assert set(edges) == set(by_tie)
    for key, events in by_tie.items():
        edge, dates = edges[key], [e["occurred_on"] for e in events]
        assert (edge["events"], edge["first_on"], edge["last_on"]) == (
            len(events),
            min(dates),
            max(dates),
        )
        assert edge["status"] == min((e["status"] for e in events), key=STATUS_ORDER.index)
        assert edge["confidence"] == max(e["confidence"] for e in events)
        score = sum(
            GOLDSTEIN[TieType(e["type"])] * e["confidence"]
            for e in events
            if e["status"] != "denied"
        )
        assert edge["score"] == pytest.approx(score), key


def test_communities_group_the_two_clusters(sample_graph: TestClient) -> None:
    community = {n["code"]: n["community"] for n in network(sample_graph)["nodes"]}
    assert community["PRK"] == community["RUS"] == community["CHN"]
    assert community["JPN"] == community["KOR"] == community["USA"]
    assert community["PRK"] != community["JPN"]


def test_ego_network_by_depth(sample_graph: TestClient) -> None:
    one = {n["code"] for n in network(sample_graph, country="prk", depth=1)["nodes"]}
    assert one == {"PRK", "RUS"}
    two = network(sample_graph, country="PRK", depth=2)
    assert {n["code"] for n in two["nodes"]} == {"PRK", "RUS", "CHN", "IND", "IRN"}
    assert all(
        {e["source"], e["target"]} <= {"PRK", "RUS", "CHN", "IND", "IRN"} for e in two["edges"]
    )
    assert network(sample_graph, country="BRA")["nodes"] == []


def test_filters_apply(sample_graph: TestClient) -> None:
    alliances = network(sample_graph, types="ALLIANCE", as_of="2000-01-01")
    pairs = {tuple(sorted((e["source"], e["target"]))) for e in alliances["edges"]}
    assert pairs == {("JPN", "USA"), ("KOR", "USA"), ("NATO", "USA")}


def test_formats(sample_graph: TestClient) -> None:
    body = network(sample_graph)
    table = sample_graph.get("/v1/network", params={"format": "csv"})
    assert len(list(csv.DictReader(io.StringIO(table.text)))) == len(body["edges"])
    elements = sample_graph.get("/v1/network", params={"format": "cytoscape"}).json()["elements"]
    assert len(elements["nodes"]) == len(body["nodes"])
    assert len(elements["edges"]) == len(body["edges"])
    graphml = sample_graph.get("/v1/network", params={"format": "graphml"})
    assert graphml.headers["content-type"].startswith("application/graphml+xml")
    parsed = nx.read_graphml(io.BytesIO(graphml.content))
    assert parsed.number_of_nodes() == len(body["nodes"])
    assert parsed.number_of_edges() == len(body["edges"])
    assert sample_graph.get("/v1/network", params={"format": "xml"}).status_code == 422
