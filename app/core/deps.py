"""Typed dependencies for routes: `GraphDep`, `SettingsDep`, `WriterDep`."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from app.core.config import Settings
from app.core.db import Graph


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_graph(request: Request) -> Graph:
    graph: Graph = request.app.state.graph
    return graph


SettingsDep = Annotated[Settings, Depends(get_settings)]
GraphDep = Annotated[Graph, Depends(get_graph)]
