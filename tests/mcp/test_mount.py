"""`/mcp` lives and dies with the app's lifespan, and maps Neo4j's failures as the API does."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.core.config import Settings
from app.main import create_app
from app.neo4j_local import free_port

HEADERS = {"Accept": "application/json, text/event-stream", "MCP-Protocol-Version": "2025-06-18"}


def rpc(client: TestClient, method: str, params: dict[str, Any]) -> dict[str, Any]:
    """One JSON-RPC exchange with `/mcp`, as a stateless client makes it."""
    message = {"jsonrpc": "2.0", "id": 1, "method": method, "params": params}
    response = client.post("/mcp", json=message, headers=HEADERS)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def unreachable() -> Settings:
    """Settings naming a Neo4j that is not there (a free port nobody listens on)."""
    return Settings(
        environment="test",
        neo4j_uri=f"bolt://127.0.0.1:{free_port()}",
        neo4j_password=SecretStr("unused"),
    )


def test_serves_only_while_the_app_runs_and_again_after_a_restart() -> None:
    app = create_app(unreachable())
    for _ in range(2):  # a session manager runs once: each start makes a new one
        with TestClient(app) as client:
            tools = rpc(client, "tools/list", {})["result"]["tools"]
            assert "find_paths" in {t["name"] for t in tools}
    stopped = TestClient(app).post("/mcp", json={}, headers=HEADERS)
    assert stopped.status_code == 503
    assert stopped.json()["detail"] == "the MCP server is not running"


def test_neo4j_out_of_reach_is_the_apis_503_detail() -> None:
    with TestClient(create_app(unreachable())) as client:
        api = client.get("/v1/countries/RUS")
        result = rpc(
            client, "tools/call", {"name": "country_profile", "arguments": {"code": "RUS"}}
        )
    assert api.status_code == 503
    assert result["result"]["isError"] is True
    assert result["result"]["content"][0]["text"] == api.json()["detail"]
    assert result["result"]["structuredContent"]["status"] == 503


def test_an_unknown_tool_is_a_protocol_error() -> None:
    with TestClient(create_app(unreachable())) as client:
        answer = rpc(client, "tools/call", {"name": "drop_graph", "arguments": {}})
    assert answer["error"]["message"] == "unknown tool 'drop_graph'"
