"""Every tool over stdio and over HTTP, each answer compared with the HTTP API's answer to the
same question on the same graph, and every event in it checked for its citable evidence."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from mcp.types import CallToolResult

from app.mcp.resources import tie_types
from app.vocabulary import MEANING, EventStatus, TieType
from tests.conftest import AUTH, Neo4jUnderTest
from tests.mcp.conftest import Live, Session, http_server, open_session, stdio_server, text

TOOLS = {
    "resolve_country",
    "find_paths",
    "explain_path",
    "dyad_timeline",
    "country_profile",
    "search_events",
    "network_around",
    "add_document",
}


@dataclass(frozen=True)
class Question:
    """One question asked of a tool and of the HTTP API."""

    tool: str
    arguments: dict[str, Any]
    path: str
    params: dict[str, Any] = field(default_factory=dict)
    added: str | None = None
    """What the tool adds to the API's answer (evidence, mentions), left out to compare."""


QUESTIONS = [
    Question(
        "find_paths",
        {"from": "PRK", "to": "USA", "k": 3},
        "/v1/paths",
        {"from": "PRK", "to": "USA", "k": 3},
        added="evidence",
    ),
    Question(
        "find_paths",
        {"from": "fin", "to": "USA", "types": ["ALLIANCE"], "as_of": "2023-06-01"},
        "/v1/paths",
        {"from": "fin", "to": "USA", "types": "ALLIANCE", "as_of": "2023-06-01"},
        added="evidence",
    ),
    Question(
        "explain_path",
        {"from": "PRK", "to": "USA", "path": 0, "max_hops": 5},
        "/v1/paths/explain",
        {"from": "PRK", "to": "USA", "path": 0, "max_hops": 5},
    ),
    Question(
        "dyad_timeline",
        {"a": "RUS", "b": "PRK", "interval": "quarter"},
        "/v1/dyads/RUS/PRK/timeline",
        {"interval": "quarter"},
        added="mentions",
    ),
    Question(
        "dyad_timeline",
        {"a": "IRN", "b": "RUS", "statuses": ["alleged", "disputed", "denied"]},
        "/v1/dyads/IRN/RUS/timeline",
        {"statuses": "alleged,disputed,denied"},
        added="mentions",
    ),
    Question("country_profile", {"code": "RUS"}, "/v1/countries/RUS", added="mentions"),
    Question(
        "country_profile",
        {"code": "USA", "as_of": "2000-01-01"},
        "/v1/countries/USA",
        {"as_of": "2000-01-01"},
        added="mentions",
    ),
    Question(
        "search_events",
        {"country": "prk", "type": "TROOP_DEPLOYMENT"},
        "/v1/events",
        {"country": "prk", "type": "TROOP_DEPLOYMENT", "include": "mentions", "limit": 20},
    ),
    Question(
        "search_events",
        {"country": "RUS", "limit": 3, "since": "2022-01-01"},
        "/v1/events",
        {"country": "RUS", "limit": 3, "since": "2022-01-01", "include": "mentions"},
    ),
    Question(
        "network_around",
        {"country": "RUS", "depth": 2},
        "/v1/network",
        {"country": "RUS", "depth": 2},
        added="evidence",
    ),
]

FAILURES = [
    Question("find_paths", {"from": "XXX", "to": "USA"}, "/v1/paths", {"from": "XXX", "to": "USA"}),
    Question("find_paths", {"from": "PRK"}, "/v1/paths", {"from": "PRK"}),
    Question(
        "find_paths",
        {"from": "PRK", "to": "USA", "k": 11},
        "/v1/paths",
        {"from": "PRK", "to": "USA", "k": 11},
    ),
    Question(
        "explain_path",
        {"from": "PRK", "to": "USA", "path": 9},
        "/v1/paths/explain",
        {"from": "PRK", "to": "USA", "path": 9},
    ),
    Question("dyad_timeline", {"a": "RUS", "b": "rus"}, "/v1/dyads/RUS/rus/timeline"),
    Question(
        "dyad_timeline",
        {"a": "RUS", "b": "PRK", "since": "1700-01-01"},
        "/v1/dyads/RUS/PRK/timeline",
        {"since": "1700-01-01"},
    ),
    Question(
        "dyad_timeline",
        {"a": "RUS", "b": "PRK", "since": "2024-01-01", "until": "2023-01-01"},
        "/v1/dyads/RUS/PRK/timeline",
        {"since": "2024-01-01", "until": "2023-01-01"},
    ),
    Question("country_profile", {"code": "ATLANTIS"}, "/v1/countries/ATLANTIS"),
    Question("search_events", {"country": "XXX"}, "/v1/events", {"country": "XXX"}),
    Question("search_events", {"cursor": "not-ours"}, "/v1/events", {"cursor": "not-ours"}),
    Question(
        "network_around",
        {"country": "RUS", "depth": 5},
        "/v1/network",
        {"country": "RUS", "depth": 5},
    ),
]


def ok(result: CallToolResult) -> dict[str, Any]:
    """The structured answer of a successful call (and its text is the same JSON)."""
    said = text(result)
    assert not result.is_error, said
    assert isinstance(result.structured_content, dict)
    assert json.loads(said) == result.structured_content
    return result.structured_content


def without(value: Any, key: str | None) -> Any:
    """`value` with every entry named `key` left out, at any depth."""
    if isinstance(value, dict):
        return {k: without(v, key) for k, v in value.items() if k != key}
    if isinstance(value, list):
        return [without(v, key) for v in value]
    return value


def events_in(value: Any) -> list[dict[str, Any]]:
    """Every event an answer holds, wherever it is."""
    if isinstance(value, list):
        return [e for v in value for e in events_in(v)]
    if not isinstance(value, dict):
        return []
    found = [value] if {"id", "actor", "target", "mentions"} <= value.keys() else []
    return found + [e for v in value.values() for e in events_in(v)]


def assert_cited(live: Live, events: list[dict[str, Any]]) -> None:
    """Each event is the API's event, with mentions that are the API's mentions of it, each
    with the sentence and status to cite."""
    assert events, "an answer without events cites nothing"
    pairs = {(e["actor"], e["target"], e["type"]) for e in events}
    known: dict[str, dict[str, Any]] = {}
    for actor, target, kind in pairs:
        params = {"country": actor, "counterpart": target, "type": kind}
        page = live.get("/v1/events", {**params, "include": "mentions", "limit": 500}).json()
        known.update({e["id"]: e for e in page["items"]})
    for event in events:
        api = known[event["id"]]
        assert without(event, "mentions") == without(api, "mentions")
        assert event["mentions"], f"event {event['id']} has no evidence"
        for mention in event["mentions"]:
            assert mention in api["mentions"]
            assert mention["evidence"]["sentence"] and mention["status"]


def test_lists_every_tool_with_schemas(assistant: Session) -> None:
    tools = assistant.run(lambda client: client.list_tools()).tools
    assert {t.name for t in tools} == TOOLS
    for tool in tools:
        assert tool.description and len(tool.description) > 80, tool.name
        assert tool.input_schema["type"] == "object"
        assert tool.output_schema is not None and tool.output_schema["type"] == "object"
        assert tool.annotations is not None
        assert tool.annotations.read_only_hint is (tool.name != "add_document")
    by_name = {t.name: t for t in tools}
    assert list(by_name["find_paths"].input_schema["properties"])[:2] == ["from", "to"]
    assert by_name["find_paths"].input_schema["required"] == ["from", "to"]


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: f"{q.tool}-{q.arguments}")
def test_answers_as_the_api_does_with_evidence(
    assistant: Session, live: Live, question: Question
) -> None:
    got = ok(assistant.call(question.tool, question.arguments))
    response = live.get(question.path, question.params)
    assert response.status_code == 200, response.text
    expected = response.json()
    assert {k: without(got[k], question.added) for k in expected} == without(
        expected, question.added
    )
    assert_cited(live, events_in(got))


@pytest.mark.parametrize("question", FAILURES, ids=lambda q: f"{q.tool}-{q.arguments}")
def test_fails_as_the_api_does(assistant: Session, live: Live, question: Question) -> None:
    """A tool error whose text is the API's problem detail for the same question."""
    result = assistant.call(question.tool, question.arguments)
    problem = live.get(question.path, question.params).json()
    assert result.is_error
    assert text(result) == problem["detail"]
    assert result.structured_content is not None
    assert result.structured_content["status"] == problem["status"]
    assert result.structured_content["title"] == problem["title"]


def test_unknown_arguments_are_named(assistant: Session) -> None:
    result = assistant.call("find_paths", {"from": "PRK", "to": "USA", "max_hop": 2})
    assert result.is_error
    assert text(result).startswith("unknown argument(s) max_hop; this tool takes: ")
    assert "max_hops" in text(result)


@pytest.mark.parametrize(
    ("name", "code", "matched_as"),
    [
        ("Kim Jong Un", "PRK", "leader"),
        ("North Korean", "PRK", "demonym"),
        ("the Kremlin", "RUS", "seat"),
        ("DPRK", "PRK", "name"),
        ("usa", "USA", "code"),
        ("NATO", "NATO", "code"),
        ("Collective Security Treaty Organization", "CSTO", "organization"),
    ],
)
def test_resolves_names_to_the_codes_the_api_takes(
    assistant: Session, live: Live, name: str, code: str, matched_as: str
) -> None:
    got = ok(assistant.call("resolve_country", {"name": name}))
    match = got["matches"][0]
    assert (match["code"], match["matched_as"]) == (code, matched_as)
    profile = live.get(f"/v1/countries/{match['code']}").json()
    assert (match["name"], match["kind"]) == (profile["name"], profile["kind"])


def test_resolves_nothing_from_an_unknown_name(assistant: Session) -> None:
    assert ok(assistant.call("resolve_country", {"name": "Atlantis"}))["matches"] == []


def test_adds_a_document_as_the_api_does(assistant: Session, live: Live) -> None:
    """Stored with its events (a new text per transport), then the same text writes nothing."""
    text = (
        "Russian Defence Minister Andrei Belousov arrived in Pyongyang on Friday, "
        f"{assistant.label} reported."
    )
    body = {"text": text, "title": "Belousov in Pyongyang", "published_on": "2024-11-29"}
    first = ok(assistant.call("add_document", body))
    assert first["created"] is True
    assert [(e["type"], e["actor"], e["target"]) for e in first["events"]] == [
        ("VISIT", "RUS", "PRK")
    ]
    stored = live.get(f"/v1/documents/{first['id']}").json()
    assert without(first, "created") == stored
    again = ok(assistant.call("add_document", body))
    assert (again["created"], again["id"]) == (False, first["id"])
    params = {"country": "RUS", "counterpart": "PRK", "type": "VISIT", "include": "mentions"}
    visits = {e["id"]: e for e in live.get("/v1/events", params).json()["items"]}
    mentions = visits[first["events"][0]["id"]]["mentions"]
    assert first["id"] in {m["document_id"] for m in mentions}


def test_refuses_a_document_too_long(assistant: Session, live: Live) -> None:
    body = {"text": "x" * 200_001}
    result = assistant.call("add_document", body)
    problem = httpx_post(live, "/v1/documents", body)
    assert result.is_error
    assert text(result) == problem["detail"]


def httpx_post(live: Live, path: str, body: dict[str, Any]) -> dict[str, Any]:
    answer: dict[str, Any] = httpx.post(live.url + path, json=body, headers=AUTH, timeout=30).json()
    return answer


def test_resources_are_written_from_the_code(assistant: Session) -> None:
    listed = assistant.run(lambda client: client.list_resources()).resources
    uris = {str(r.uri) for r in listed}
    assert uris == {
        "entente://vocabulary/tie-types",
        "entente://vocabulary/statuses",
        "entente://rules/filters",
    }
    vocabulary = json.loads(assistant.read("entente://vocabulary/tie-types"))
    assert vocabulary == tie_types()
    assert {t["type"]: t["meaning"] for t in vocabulary["tie_types"]} == {
        t.value: MEANING[t] for t in TieType
    }
    statuses = json.loads(assistant.read("entente://vocabulary/statuses"))
    assert [s["status"] for s in statuses["event_statuses"]] == [s.value for s in EventStatus]


@pytest.mark.parametrize("transport", ["stdio", "http"])
def test_clients_of_the_2025_protocol(neo4j: Neo4jUnderTest, live: Live, transport: str) -> None:
    """Clients deployed today open with the 2025 handshake: the same tools, answers and errors."""
    target = stdio_server(neo4j) if transport == "stdio" else http_server(live)
    with open_session(target, transport, mode="legacy") as session:
        assert session.client.protocol_version.startswith("2025-")
        tools = session.run(lambda client: client.list_tools()).tools
        assert {t.name for t in tools} == TOOLS
        question = QUESTIONS[0]
        got = ok(session.call(question.tool, question.arguments))
        expected = live.get(question.path, question.params).json()
        assert without(got, "evidence") == without(expected, "evidence")
        failure = FAILURES[0]
        result = session.call(failure.tool, failure.arguments)
        assert result.is_error
        assert text(result) == live.get(failure.path, failure.params).json()["detail"]


def test_network_cites_the_centres_own_ties(assistant: Session) -> None:
    edges = ok(assistant.call("network_around", {"country": "RUS", "depth": 2}))["edges"]
    own = [e for e in edges if "RUS" in (e["source"], e["target"])]
    assert own and all(e["evidence"] for e in own)
    others = [e for e in edges if e not in own]
    assert others and not any(e["evidence"] for e in others)
