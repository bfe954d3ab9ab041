"""API keys over MCP: the bearer header over HTTP, `ENTENTE_MCP_API_KEY` over stdio, checked
against `ENTENTE_API_KEYS` for writes, and for reads when `ENTENTE_READ_REQUIRES_KEY` is set."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from mcp.shared.exceptions import MCPError

from tests.conftest import WRITE_KEY, Neo4jUnderTest
from tests.mcp.conftest import (
    Live,
    Session,
    http_server,
    open_session,
    serve_app,
    stdio_server,
    text,
)

ARTICLE = {"text": "Japan and the Philippines signed a defence pact in Manila on Monday."}
PATHS = {"from": "PRK", "to": "RUS"}


@pytest.fixture(scope="module")
def closed(neo4j: Neo4jUnderTest, mcp_graph: TestClient) -> Iterator[Live]:
    """The app with reads closed too (`ENTENTE_READ_REQUIRES_KEY=true`)."""
    yield from serve_app(neo4j, read_requires_key=True)


def detail(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    text: str = response.json()["detail"]
    return text


def refused(session: Session, tool: str, arguments: dict[str, Any]) -> str:
    result = session.call(tool, arguments)
    assert result.is_error
    assert result.structured_content is not None and result.structured_content["status"] == 401
    return text(result)


@pytest.mark.parametrize(
    ("key", "header"),
    [(None, None), ("not-a-key", "Bearer not-a-key")],
    ids=["no key", "wrong key"],
)
def test_http_writes_need_the_apis_bearer_key(
    live: Live, key: str | None, header: str | None
) -> None:
    headers = {"Authorization": header} if header else {}
    api = httpx.post(live.url + "/v1/documents", json=ARTICLE, headers=headers, timeout=30)
    with open_session(http_server(live, key), "http") as session:
        assert refused(session, "add_document", ARTICLE) == detail(api, 401)
        assert not session.call("find_paths", PATHS).is_error, "reads stay open"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "set ENTENTE_MCP_API_KEY to one of ENTENTE_API_KEYS"),
        ({"ENTENTE_MCP_API_KEY": "not-a-key"}, "the API key is not valid"),
    ],
    ids=["no key", "wrong key"],
)
def test_stdio_writes_need_a_key_in_the_environment(
    neo4j: Neo4jUnderTest, mcp_graph: TestClient, env: dict[str, str], message: str
) -> None:
    with open_session(stdio_server(neo4j, **env), "stdio") as session:
        assert refused(session, "add_document", ARTICLE) == message
        assert not session.call("find_paths", PATHS).is_error, "reads stay open"


def test_closed_reads_need_the_key_over_http(closed: Live) -> None:
    api = httpx.get(closed.url + "/v1/paths", params=PATHS, timeout=30)
    with open_session(http_server(closed, None), "http") as session:
        assert refused(session, "find_paths", PATHS) == detail(api, 401)
        assert refused(session, "resolve_country", {"name": "Russia"}) == detail(api, 401)
        with pytest.raises(MCPError, match="Authorization: Bearer"):
            session.read("entente://vocabulary/statuses")
    with open_session(http_server(closed, WRITE_KEY), "http") as session:
        answer = session.call("find_paths", PATHS)
        assert not answer.is_error
        expected = httpx.get(
            closed.url + "/v1/paths",
            params=PATHS,
            headers={"Authorization": f"Bearer {WRITE_KEY}"},
            timeout=30,
        ).json()
        assert answer.structured_content is not None
        assert len(answer.structured_content["paths"]) == len(expected["paths"]) > 0


def test_closed_reads_need_the_key_over_stdio(neo4j: Neo4jUnderTest, mcp_graph: TestClient) -> None:
    closed = {"ENTENTE_READ_REQUIRES_KEY": "true"}
    with open_session(stdio_server(neo4j, **closed), "stdio") as session:
        assert refused(session, "find_paths", PATHS) == (
            "set ENTENTE_MCP_API_KEY to one of ENTENTE_API_KEYS"
        )
    keyed = {**closed, "ENTENTE_MCP_API_KEY": WRITE_KEY}
    with open_session(stdio_server(neo4j, **keyed), "stdio") as session:
        assert not session.call("find_paths", PATHS).is_error
        assert "min_confidence" in session.read("entente://rules/filters")
