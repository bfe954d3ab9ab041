"""The MCP server as assistants meet it: `entente mcp` started as a subprocess and spoken to over
stdio, and `/mcp` on the app served by uvicorn on a loopback port, each through the SDK's own
client; the HTTP API on the same server answers the same questions for comparison."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
import httpx2
import pytest
from fastapi.testclient import TestClient
from mcp import Client, StdioServerParameters
from mcp.types import CallToolResult, TextContent, TextResourceContents

from app.main import create_app
from tests.conftest import AUTH, WRITE_KEY, Neo4jUnderTest, settings_for
from tests.served import in_thread

T = TypeVar("T")
ARTICLE = {
    "text": "North Korea has sent thousands of troops to Russia, South Korea's spy agency said "
    "on Friday.",
    "title": "Seoul: North Korean troops in Russia",
    "url": "https://news.example/prk-troops-russia",
    "source": "Example Desk",
    "published_on": "2024-10-18",
}
"""One article read by the extractor, so that some evidence has a title, a rule and a trigger."""


@dataclass
class Live:
    """The app on a real socket: its HTTP API and, at /mcp, its MCP server."""

    url: str

    def get(self, path: str, params: dict[str, Any] | None = None, **kwargs: Any) -> httpx.Response:
        return httpx.get(self.url + path, params=params, timeout=30, **kwargs)


@pytest.fixture(scope="module")
def mcp_graph(sample_graph: TestClient) -> TestClient:
    """The sample graph plus one article, all written through the HTTP API."""
    response = sample_graph.post("/v1/documents", json=ARTICLE, headers=AUTH)
    assert response.status_code == 201, response.text
    assert response.json()["events"], "the article should yield a tie"
    return sample_graph


def serve_app(neo4j: Neo4jUnderTest, **overrides: object) -> Iterator[Live]:
    """Serve `create_app` with uvicorn on a loopback port until the generator is closed."""
    with in_thread(create_app(settings_for(neo4j, **overrides))) as url:
        yield Live(url)


@pytest.fixture(scope="module")
def live(neo4j: Neo4jUnderTest, mcp_graph: TestClient) -> Iterator[Live]:
    yield from serve_app(neo4j)


class Session:
    """An SDK client session held open in a thread of its own, so that synchronous tests can
    make many calls on one connection (one `entente mcp` process for a whole module)."""

    def __init__(self, target: Any, label: str, mode: str = "auto") -> None:
        self.label = label
        """The transport, for tests that need a different text on each."""
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._opened: Future[Client] = Future()
        self._closing: asyncio.Event | None = None
        self._held = asyncio.run_coroutine_threadsafe(self._hold(target, mode), self._loop)
        self.client = self._opened.result(timeout=120)

    async def _hold(self, target: Any, mode: str) -> None:
        self._closing = asyncio.Event()
        try:
            async with Client(target, cache=None, mode=mode) as client:
                self._opened.set_result(client)
                await self._closing.wait()
        except BaseException as error:
            if not self._opened.done():
                self._opened.set_exception(error)
            raise

    def run(self, work: Callable[[Client], Coroutine[Any, Any, T]]) -> T:
        """Run `work` on the open session and wait for its result."""
        return asyncio.run_coroutine_threadsafe(work(self.client), self._loop).result(timeout=120)

    def call(self, name: str, arguments: dict[str, Any]) -> CallToolResult:
        """`tools/call`, as an assistant makes it."""
        return self.run(lambda client: client.call_tool(name, arguments))

    def read(self, uri: str) -> str:
        """`resources/read`: the resource's text."""
        result = self.run(lambda client: client.read_resource(uri))
        contents = result.contents[0]
        assert isinstance(contents, TextResourceContents)
        return contents.text

    def close(self) -> None:
        assert self._closing is not None
        self._loop.call_soon_threadsafe(self._closing.set)
        self._held.result(timeout=60)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()


def stdio_server(neo4j: Neo4jUnderTest, **env: str) -> StdioServerParameters:
    """`entente mcp` with the run's Neo4j and API keys (and `env` on top)."""
    c = neo4j.connection
    return StdioServerParameters(
        command=sys.executable,
        args=["-m", "app", "mcp"],
        env={
            "PATH": os.environ.get("PATH", ""),
            "NEO4J_URI": c.uri,
            "NEO4J_USER": c.user,
            "NEO4J_PASSWORD": c.password,
            "ENTENTE_ENVIRONMENT": "test",
            "ENTENTE_API_KEYS": WRITE_KEY,
            **env,
        },
    )


def http_server(live: Live, key: str | None = WRITE_KEY) -> Any:
    """The streamable HTTP transport to `/mcp`, with the API's bearer header when given one."""
    from mcp.client.streamable_http import streamable_http_client

    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return streamable_http_client(
        live.url + "/mcp", http_client=httpx2.AsyncClient(headers=headers, timeout=60)
    )


def text(result: CallToolResult) -> str:
    """The text of a call's one content block: the answer as JSON, or the error's detail."""
    block = result.content[0]
    assert isinstance(block, TextContent)
    return block.text


@contextmanager
def open_session(target: Any, label: str, mode: str = "auto") -> Iterator[Session]:
    """A session for the block, closed (and its `entente mcp` ended) however the block ends.
    `mode`: the SDK's client speaks the 2026-07-28 protocol where it can ("auto"); "legacy"
    makes it speak the 2025 handshake of the clients deployed today."""
    session = Session(target, label, mode)
    try:
        yield session
    finally:
        session.close()


@pytest.fixture(scope="module", params=["stdio", "http"])
def assistant(
    request: pytest.FixtureRequest, neo4j: Neo4jUnderTest, live: Live
) -> Iterator[Session]:
    """A session with the key for writes: over stdio (`ENTENTE_MCP_API_KEY`) and over HTTP
    (the `Authorization` header); every test using it runs on both."""
    if request.param == "stdio":
        target, label = stdio_server(neo4j, ENTENTE_MCP_API_KEY=WRITE_KEY), "stdio"
    else:
        target, label = http_server(live), "http"
    with open_session(target, label) as session:
        yield session
