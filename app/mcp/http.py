"""The MCP server on the API at `/mcp` (streamable HTTP), sharing the app's driver, projection
cache, settings and keys.

Stateless and answered as JSON: each POST is a whole exchange, so any worker or host behind a
load balancer can take any call, as for the rest of the API. The SDK's session manager runs
inside the app's lifespan (`McpEndpoint.running`), after the driver is open and before it
closes; until then, and after, `/mcp` answers 503.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from mcp.server import Server
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from app.core.errors import problem
from app.mcp.server import build_server
from app.mcp.tools import Backend

PATH = "/mcp"


class McpEndpoint:
    """The ASGI endpoint at `/mcp`, and the session manager behind it while the app runs."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.manager: StreamableHTTPSessionManager | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.manager is None:
            response = problem(503, "Service unavailable", "the MCP server is not running", PATH)
            await response(scope, receive, send)
            return
        await self.manager.handle_request(scope, receive, send)

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """Serve `/mcp` for as long as the block runs (a manager runs once: a new one each
        time the app starts)."""
        state = self.app.state

        @asynccontextmanager
        async def lifespan(_: Server[Backend]) -> AsyncIterator[Backend]:
            yield Backend(state.graph, state.projections, state.settings, state.api_keys, "http")

        manager = StreamableHTTPSessionManager(
            app=build_server(lifespan),
            json_response=True,
            stateless=True,
            max_request_body_size=state.settings.max_body_bytes,
        )
        async with manager.run():
            self.manager = manager
            try:
                yield
            finally:
                self.manager = None


def install_mcp(app: FastAPI) -> McpEndpoint:
    """Route `/mcp` to the MCP server; the app's lifespan runs `endpoint.running()`."""
    endpoint = McpEndpoint(app)
    app.router.routes.append(Route(PATH, endpoint, include_in_schema=False))
    return endpoint
