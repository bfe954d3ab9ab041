"""The tie network: countries (and alliance organizations) and the ties between them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from app.paths.schemas import TieRead


class NetworkNode(BaseModel):
    code: str
    name: str | None = None
    kind: Literal["country", "organization"]
    degree: int
    community: int


class NetworkRead(BaseModel):
    nodes: list[NetworkNode]
    edges: list[TieRead]
