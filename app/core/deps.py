"""Typed dependencies for routes: `GraphDep`, `SettingsDep`, `WriterDep`, `ReaderDep`.

Dependencies that do no I/O are `async def` all the same: FastAPI runs a plain `def` in a worker
thread, a hop that cost more than the work on every request."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request

from app.core.config import Settings
from app.core.db import Graph
from app.core.security import ApiKeys


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


SettingsDep = Annotated[Settings, Depends(get_settings)]
GraphDep = Annotated[Graph, Depends(get_graph)]
WriterDep = Annotated[None, Depends(require_writer)]
ReaderDep = Depends(require_reader)
