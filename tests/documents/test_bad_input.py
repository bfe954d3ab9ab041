"""Bad input gets a 4xx problem+json naming the field, and changes nothing."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from tests.conftest import AUTH, graph_state

GOOD = "Russian Defence Minister Andrei Belousov arrived in Pyongyang on Friday."


@pytest.fixture(scope="module", autouse=True)
def some_data(client: TestClient) -> None:
    body = {"text": GOOD, "published_on": "2024-11-29", "source": "Desk"}
    assert client.post("/v1/documents", json=body, headers=AUTH).status_code == 201


BAD_REQUESTS: list[tuple[str, str, dict[str, Any], int, str]] = [
    ("/v1/documents", "empty text", {"text": ""}, 422, "text"),
    ("/v1/documents", "blank text", {"text": "   \n "}, 422, "text"),
    ("/v1/documents", "oversized text", {"text": "a" * 200_001}, 413, "text"),
    (
        "/v1/documents",
        "bad date",
        {"text": GOOD, "published_on": "2024-13-45"},
        422,
        "published_on",
    ),
    ("/v1/documents", "bad url", {"text": GOOD, "url": "not a url"}, 422, "url"),
    ("/v1/documents", "unknown field", {"text": GOOD, "lang": "en"}, 422, "lang"),
    ("/v1/documents:batch", "empty batch", {"documents": []}, 422, "documents"),
    (
        "/v1/documents:batch",
        "bad item stops the whole batch",
        {"documents": [{"text": "Chinese and Russian warships held drills."}, {"text": ""}]},
        422,
        "documents[1].text",
    ),
    (
        "/v1/documents:batch",
        "oversized batch",
        {"documents": [{"text": f"note {i}"} for i in range(1001)]},
        413,
        "documents",
    ),
]


@pytest.mark.parametrize(
    ("path", "body", "status", "field"),
    [(p, b, s, f) for p, _, b, s, f in BAD_REQUESTS],
    ids=[name for _, name, _, _, _ in BAD_REQUESTS],
)
def test_bad_body_is_named_and_writes_nothing(
    client: TestClient,
    clean_graph: Driver,
    path: str,
    body: dict[str, Any],
    status: int,
    field: str,
) -> None:
    before = graph_state(clean_graph)
    response = client.post(path, json=body, headers=AUTH)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == status
    assert field in [e["field"] for e in problem["errors"]]
    assert graph_state(clean_graph) == before


def test_malformed_json(client: TestClient, clean_graph: Driver) -> None:
    before = graph_state(clean_graph)
    response = client.post(
        "/v1/documents",
        content=b'{"text": "unterminated',
        headers={**AUTH, "Content-Type": "application/json"},
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "body"
    assert graph_state(clean_graph) == before


def test_wrong_content_type(client: TestClient) -> None:
    response = client.post(
        "/v1/documents", content=GOOD.encode(), headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert response.status_code == 415
    assert response.json()["errors"][0]["field"] == "Content-Type"


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong-key"}, {"Authorization": "Basic abc"}],
    ids=["no-key", "wrong-key", "wrong-scheme"],
)
def test_writes_need_a_valid_key(
    client: TestClient, clean_graph: Driver, headers: dict[str, str]
) -> None:
    before = graph_state(clean_graph)
    for method, path, body in [
        ("POST", "/v1/documents", {"text": "Chinese and Russian warships held joint drills."}),
        ("POST", "/v1/events", {"events": []}),
        ("DELETE", "/v1/documents/doc-x", None),
    ]:
        response = client.request(method, path, json=body, headers=headers)
        assert response.status_code == 401, (method, path)
        assert response.headers["www-authenticate"] == "Bearer"
    assert graph_state(clean_graph) == before


def test_reads_are_open_by_default(client: TestClient) -> None:
    assert client.get("/v1/events").status_code == 200
