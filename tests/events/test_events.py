"""Structured events: validation, merging, corroboration, ties, listing."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from app.main import create_app
from tests.conftest import AUTH, Neo4jUnderTest, graph_state, settings_for


def event(**overrides: Any) -> dict[str, Any]:
    base = {
        "type": "ARMS_TRANSFER",
        "actor": "irn",
        "target": "RUS",
        "occurred_on": "2022-10-18",
        "status": "alleged",
        "source": "Desk A",
        "confidence": 0.7,
    }
    return {**base, **overrides}


def send(client: TestClient, *events: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/v1/events", json={"events": list(events)}, headers=AUTH)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


def tie(driver: Driver, dyad: str) -> dict[str, Any]:
    records, _, _ = driver.execute_query(
        "MATCH (a)-[t:TIE {dyad: $dyad}]->(b) RETURN a.code AS a, b.code AS b, properties(t) AS t",
        dyad=dyad,
    )
    assert len(records) == 1
    return {"a": records[0]["a"], "b": records[0]["b"], **records[0]["t"]}


def test_mentions_merge_into_events_and_ties_follow(
    client: TestClient, clean_graph: Driver
) -> None:
    result = send(
        client,
        event(),
        event(source="Desk B", occurred_on="2022-10-01", precision="month", status="asserted"),
        event(occurred_on="2023-01-05"),
    )
    assert (result["events_new"], result["mentions_new"]) == (2, 3)
    t = tie(clean_graph, "ARMS_TRANSFER|IRN|RUS")
    assert (t["a"], t["b"], t["events"]) == ("IRN", "RUS", 2)
    assert str(t["first_on"]) == "2022-10-18" and str(t["last_on"]) == "2023-01-05"
    assert t["status"] == "reported"  # the October event: one asserting source

    page = client.get("/v1/events", params={"country": "IRN", "include": "mentions"}).json()
    newest, october = page["items"]
    assert newest["occurred_on"] == "2023-01-05" and newest["status"] == "alleged"
    assert october["precision"] == "day" and october["sources"] == 2
    assert {m["status"] for m in october["mentions"]} == {"alleged", "asserted"}


def test_the_same_events_again_change_nothing(client: TestClient, clean_graph: Driver) -> None:
    before = graph_state(clean_graph)
    result = send(client, event(), event(occurred_on="2023-01-05"))
    assert (result["mentions_new"], result["mentions_known"]) == (0, 2)
    assert graph_state(clean_graph) == before


def test_undirected_types_and_alliance_membership(client: TestClient, clean_graph: Driver) -> None:
    send(
        client,
        event(type="JOINT_EXERCISE", actor="RUS", target="CHN", status="asserted"),
        event(
            type="ALLIANCE", actor="FIN", target="NATO", occurred_on="2023-04-04",
            status="asserted", attributed_to="FIN",
        ),
    )  # fmt: skip
    assert tie(clean_graph, "JOINT_EXERCISE|CHN|RUS")["a"] == "CHN"
    alliance = tie(clean_graph, "ALLIANCE|FIN|NATO")
    assert alliance["status"] == "confirmed"
    assert [str(d) for d in alliance["valid_from"]] == ["2023-04-04"]
    records, _, _ = clean_graph.execute_query(
        "MATCH (:Country {code: 'FIN'})-[r:MEMBER_OF]->(o:Organization) "
        "RETURN o.code AS org, r.valid_from AS since, r.valid_to AS until"
    )
    assert [(r["org"], str(r["since"]), r["until"]) for r in records] == [
        ("NATO", "2023-04-04", None)
    ]


def test_a_member_whose_code_sorts_after_the_organization_is_a_member_too(
    client: TestClient, clean_graph: Driver
) -> None:
    # The undirected key orders codes (ALLIANCE|NATO|USA): the member is still USA.
    send(client, event(type="ALLIANCE", actor="USA", target="NATO", occurred_on="1949-08-24"))
    records, _, _ = clean_graph.execute_query(
        "MATCH (c:Country)-[r:MEMBER_OF]->(:Organization {code: 'NATO'}) "
        "RETURN c.code AS member, r.valid_from AS since"
    )
    members = {r["member"]: str(r["since"]) for r in records}
    assert members["USA"] == "1949-08-24"


def test_filters_and_cursor_pagination(client: TestClient) -> None:
    send(
        client,
        *[
            event(type="VISIT", actor="RUS", target="PRK", occurred_on=f"2024-0{m}-1{d}",
                  status="asserted", source=f"Desk {m}{d}")
            for m in range(1, 4)
            for d in range(0, 4)
        ],
    )  # fmt: skip
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"country": "PRK", "type": "VISIT", "limit": 5}
        if cursor:
            params["cursor"] = cursor
        page = client.get("/v1/events", params=params).json()
        seen += [e["occurred_on"] for e in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == 12 and seen == sorted(seen, reverse=True)
    window = client.get(
        "/v1/events", params={"type": "VISIT", "since": "2024-02-01", "until": "2024-02-28"}
    ).json()
    assert len(window["items"]) == 4
    assert client.get("/v1/events", params={"min_confidence": 0.99}).json()["items"] == []
    assert client.get("/v1/events", params={"status": "denied"}).json()["items"] == []


INVALID: list[tuple[str, dict[str, Any], str]] = [
    ("unknown type", event(type="INVASION"), "events[0].type"),
    ("unknown country", event(actor="XXX"), "events[0].actor"),
    ("bad date", event(occurred_on="2022-02-30"), "events[0].occurred_on"),
    ("bad status", event(status="rumoured"), "events[0].status"),
    ("confidence above 1", event(confidence=1.5), "events[0].confidence"),
    ("no source", {k: v for k, v in event().items() if k != "source"}, "events[0].source"),
    ("same state twice", event(target="IRN"), "events[0]"),
    ("validity reversed", event(valid_from="2024-01-01", valid_to="2023-01-01"), "events[0]"),
]


@pytest.mark.parametrize(
    ("body", "field"), [(b, f) for _, b, f in INVALID], ids=[n for n, _, _ in INVALID]
)
def test_invalid_events_are_named_and_nothing_is_written(
    client: TestClient, clean_graph: Driver, body: dict[str, Any], field: str
) -> None:
    before = graph_state(clean_graph)
    response = client.post("/v1/events", json={"events": [event(), body]}, headers=AUTH)
    assert response.status_code == 422
    assert field.replace("[0]", "[1]") in [e["field"] for e in response.json()["errors"]]
    assert graph_state(clean_graph) == before


def test_oversized_batch_is_refused(client: TestClient, clean_graph: Driver) -> None:
    before = graph_state(clean_graph)
    body = {"events": [event(occurred_on="2020-01-01")] * 10_001}
    response = client.post("/v1/events", json=body, headers=AUTH)
    assert response.status_code == 413
    assert response.json()["errors"][0]["field"] == "events"
    assert graph_state(clean_graph) == before


def test_bad_filters_are_422(client: TestClient) -> None:
    for params in [{"country": "XXX"}, {"type": "WAR"}, {"since": "yesterday"}, {"cursor": "@@"}]:
        response = client.get("/v1/events", params=params)
        assert response.status_code == 422, params
        assert response.json()["errors"][0]["field"] == next(iter(params))


def test_reads_can_be_closed(neo4j: Neo4jUnderTest) -> None:
    with TestClient(create_app(settings_for(neo4j, read_requires_key=True))) as closed:
        assert closed.get("/v1/events").status_code == 401
        assert closed.get("/v1/events", headers=AUTH).status_code == 200
