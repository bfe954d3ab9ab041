"""Typed dependencies for routes: `GraphDep`, `SettingsDep`, `WriterDep`, `ReaderDep`, and
`reject_unknown_query`, which every operation of the API runs.

Dependencies that do no I/O are `async def` all the same: FastAPI runs a plain `def` in a worker
thread, a hop that cost more than the work on every request."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import Depends, Header, Request
from starlette.routing import compile_path

from app.core.config import Settings
from app.core.db import Graph
from app.core.errors import InvalidInput
from app.core.security import ApiKeys

Operation = tuple[re.Pattern[str], str, frozenset[str]]
"""An OpenAPI operation: its path as a regex, its method, the query parameters it declares."""


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_graph(request: Request) -> Graph:
    graph: Graph = request.app.state.graph
    return graph


async def require_writer(
    request: Request, authorization: Annotated[str | None, Header(include_in_schema=False)] = None
) -> None:
    """Writes need a valid API key."""
    keys: ApiKeys = request.app.state.api_keys
    keys.check(authorization)


async def require_reader(
    request: Request, authorization: Annotated[str | None, Header(include_in_schema=False)] = None
) -> None:
    """Reads are open unless `ENTENTE_READ_REQUIRES_KEY` closes them."""
    settings: Settings = request.app.state.settings
    if settings.read_requires_key:
        keys: ApiKeys = request.app.state.api_keys
        keys.check(authorization)


def declared_operations(openapi: dict[str, Any]) -> list[Operation]:
    """Every operation of the OpenAPI document with the query parameters it declares."""
    return [
        (
            compile_path(template)[0],
            method.upper(),
            frozenset(p["name"] for p in op.get("parameters", []) if p.get("in") == "query"),
        )
        for template, operations in openapi.get("paths", {}).items()
        for method, op in operations.items()
        if isinstance(op, dict)
    ]


async def reject_unknown_query(request: Request) -> None:
    """422 naming the query parameters the operation does not declare (`max_hop` for
    `max_hops`), which would otherwise be ignored without a word. The declared ones are read from
    the OpenAPI document, the contract; pages outside it (the embeds, which pass their query
    string on to their scripts) take any."""
    state = request.app.state
    if getattr(state, "operations", None) is None:
        state.operations = declared_operations(request.app.openapi())
    path, method = request.url.path, request.method.upper()
    method = "GET" if method == "HEAD" else method
    for pattern, operation_method, declared in state.operations:
        if operation_method == method and pattern.match(path):
            unknown = sorted(set(request.query_params.keys()) - declared)
            if unknown:
                takes = ", ".join(sorted(declared)) or "none"
                message = f"unknown query parameter; this operation takes: {takes}"
                raise InvalidInput(
                    f"unknown query parameter(s) {', '.join(unknown)}; "
                    f"this operation takes: {takes}",
                    errors=[{"field": name, "message": message} for name in unknown],
                )
            return


SettingsDep = Annotated[Settings, Depends(get_settings)]
GraphDep = Annotated[Graph, Depends(get_graph)]
WriterDep = Annotated[None, Depends(require_writer)]
ReaderDep = Depends(require_reader)
