"""The MCP server (the official SDK's low-level `Server`): tools and resources over any
transport, the same rules as the HTTP API for keys, limits and errors.

The low-level server is used rather than `MCPServer` so that arguments keep the API's names
(`from` is a Python keyword) and a failed call reads exactly as the API's problem detail does.
Errors a caller can fix or wait out are tool errors (`isError`), their text the problem+json
`detail`, their structured content the problem's fields; an unknown tool or resource is a
protocol error.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from importlib.metadata import version
from typing import Any

import orjson
from mcp.server import Server, ServerRequestContext
from mcp.server.stdio import stdio_server
from mcp.shared.exceptions import MCPError
from mcp.types import (
    INVALID_PARAMS,
    CallToolRequestParams,
    CallToolResult,
    ListResourcesResult,
    ListToolsResult,
    PaginatedRequestParams,
    ReadResourceRequestParams,
    ReadResourceResult,
    Resource,
    TextContent,
    TextResourceContents,
)
from neo4j.exceptions import DriverError, Neo4jError
from pydantic import BaseModel, ValidationError
from starlette.requests import Request

from app.core.config import Settings
from app.core.db import Graph, TimeLimits, open_driver, resolve_connection
from app.core.errors import EntenteError, InvalidInput, Unauthorized, driver_problem
from app.core.security import ApiKeys
from app.mcp.resources import BY_URI, RESOURCES
from app.mcp.tools import BY_NAME, INPUT_SCHEMAS, LISTINGS, Backend
from app.projection.service import Projections
from app.schema import service as schema_service

log = logging.getLogger("entente")
VERSION = version("entente")
Lifespan = Callable[[Server[Backend]], AbstractAsyncContextManager[Backend]]

INSTRUCTIONS = """\
Entente is a knowledge graph of military ties between states (official visits, troop \
deployments, arms transfers, military aid, alliances, defence cooperation, joint exercises), \
read from news articles and event datasets. Every tie rests on events, and every event on the \
sentences of the documents that report it.
- Tools take ISO 3166-1 alpha-3 codes (PRK, USA) or alliance codes (NATO): turn names, \
demonyms, capitals and leaders into codes with resolve_country first.
- Each event has a status: confirmed, reported, alleged, disputed or denied. Say it when you \
state a claim, and cite its mentions (sentence, document title, URL, publication date).
- Graph questions take the same filters: types, statuses (default: all but denied), since, \
until, as_of (the graph as it stood on a date), min_confidence.
- Read entente://vocabulary/tie-types and entente://vocabulary/statuses for what the types \
and statuses mean."""


def build_server(lifespan: Lifespan) -> Server[Backend]:
    """The server with every tool and resource; `lifespan` yields the `Backend` its calls use."""
    return Server(
        "entente",
        version=VERSION,
        title="Entente",
        description="Military ties between states, with the evidence behind each claim.",
        instructions=INSTRUCTIONS,
        lifespan=lifespan,
        get_tool_input_schema=INPUT_SCHEMAS.get,
        on_list_tools=_list_tools,
        on_call_tool=_call_tool,
        on_list_resources=_list_resources,
        on_read_resource=_read_resource,
    )


async def _list_tools(
    _ctx: ServerRequestContext[Backend], _params: PaginatedRequestParams | None
) -> ListToolsResult:
    return ListToolsResult(tools=LISTINGS)


async def _call_tool(
    ctx: ServerRequestContext[Backend], params: CallToolRequestParams
) -> CallToolResult:
    tool = BY_NAME.get(params.name)
    if tool is None:
        raise MCPError(INVALID_PARAMS, f"unknown tool {params.name!r}")
    backend = ctx.lifespan_context
    try:
        authorize(backend, ctx.request, writes=tool.writes)
        answer = await tool.run(backend, parse(tool.arguments, params.arguments or {}))
    except EntenteError as error:
        return failure(error.status, error.title, error.detail, error.errors)
    except (Neo4jError, DriverError, TimeoutError) as error:
        status, title, detail, _ = driver_problem(error)
        if status == 500:
            log.error("driver error in MCP tool %s", tool.name, exc_info=error)
        return failure(status, title, detail)
    data = answer.model_dump(mode="json", by_alias=True)
    text = orjson.dumps(data).decode()
    return CallToolResult(content=[TextContent(text=text)], structured_content=data)


async def _list_resources(
    ctx: ServerRequestContext[Backend], _params: PaginatedRequestParams | None
) -> ListResourcesResult:
    authorize(ctx.lifespan_context, ctx.request, writes=False, raising=True)
    return ListResourcesResult(
        resources=[
            Resource(
                uri=r.uri,
                name=r.name,
                title=r.title,
                description=r.description,
                mime_type=r.mime_type,
                size=len(r.text.encode()),
            )
            for r in RESOURCES
        ]
    )


async def _read_resource(
    ctx: ServerRequestContext[Backend], params: ReadResourceRequestParams
) -> ReadResourceResult:
    authorize(ctx.lifespan_context, ctx.request, writes=False, raising=True)
    resource = BY_URI.get(str(params.uri))
    if resource is None:
        raise MCPError(INVALID_PARAMS, f"unknown resource {params.uri!s}", {"uri": str(params.uri)})
    contents = TextResourceContents(
        uri=resource.uri, mime_type=resource.mime_type, text=resource.text
    )
    return ReadResourceResult(contents=[contents])


def authorize(backend: Backend, request: Any, *, writes: bool, raising: bool = False) -> None:
    """Writes need an API key, and reads too when `ENTENTE_READ_REQUIRES_KEY` says so: over
    HTTP the request's `Authorization: Bearer` header, as for the API; over stdio the key in
    `ENTENTE_MCP_API_KEY`. `raising` turns a refusal into a protocol error (for resources,
    which have no error result)."""
    if not writes and not backend.settings.read_requires_key:
        return
    try:
        if backend.transport == "http":
            header = request.headers.get("authorization") if isinstance(request, Request) else None
            backend.api_keys.check(header)
            return
        key = backend.settings.mcp_api_key
        if key is None:
            raise Unauthorized("set ENTENTE_MCP_API_KEY to one of ENTENTE_API_KEYS")
        backend.api_keys.check(f"Bearer {key.get_secret_value()}")
    except Unauthorized as error:
        if raising:
            raise MCPError(INVALID_PARAMS, error.detail) from error
        raise


def parse(model: type[BaseModel], arguments: dict[str, Any]) -> BaseModel:
    """Validate a call's arguments; `InvalidInput` naming every wrong one, worded as the
    API's 422 details are (`field: message`)."""
    names = {field.alias or name for name, field in model.model_fields.items()}
    unknown = sorted(set(arguments) - names)
    if unknown:
        takes = ", ".join(sorted(names))
        message = f"unknown argument; this tool takes: {takes}"
        raise InvalidInput(
            f"unknown argument(s) {', '.join(unknown)}; this tool takes: {takes}",
            errors=[{"field": name, "message": message} for name in unknown],
        )
    try:
        return model.model_validate(arguments)
    except ValidationError as error:
        errors = [{"field": field_name(e["loc"]), "message": e["msg"]} for e in error.errors()]
        detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
        raise InvalidInput(detail, errors=errors) from error


def field_name(location: tuple[int | str, ...]) -> str:
    """('documents', 3, 'type') → 'documents[3].type', as the API names a field."""
    name = ""
    for part in location:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or "arguments"


def failure(
    status: int, title: str, detail: str, errors: list[dict[str, str]] | None = None
) -> CallToolResult:
    """A tool error: the text is the API's problem detail, the structured content its fields."""
    problem: dict[str, Any] = {"status": status, "title": title, "detail": detail}
    if errors:
        problem["errors"] = errors
    return CallToolResult(
        content=[TextContent(text=detail)], structured_content=problem, is_error=True
    )


async def serve_stdio(settings: Settings) -> None:
    """`entente mcp`: one client on stdin/stdout, the process's own driver and projections."""

    @asynccontextmanager
    async def lifespan(_: Server[Backend]) -> AsyncIterator[Backend]:
        connection = resolve_connection(settings)
        async with open_driver(connection) as driver:
            limits = TimeLimits(settings.read_timeout, settings.write_timeout)
            graph = Graph(driver, connection.database, limits)
            try:
                await schema_service.migrate(graph)
            except (DriverError, Neo4jError, OSError) as error:
                log.warning("schema not applied at start-up: %s", error)
            yield Backend(graph, Projections(), settings, ApiKeys(settings.api_keys), "stdio")

    server = build_server(lifespan)
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())
