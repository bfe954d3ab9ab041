"""Paths between two countries over ties."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from app.events.schemas import EventRead
from app.vocabulary import EventStatus, TieType


class NodeRead(BaseModel):
    code: str
    name: str | None = None
    kind: Literal["country", "organization"]


class TieRead(BaseModel):
    """One tie (a pair and a type), summarised over its events."""

    source: str
    target: str
    type: TieType
    first_on: date
    last_on: date
    events: int
    status: EventStatus
    confidence: float
    score: float | None = None


class PathRead(BaseModel):
    length: int
    nodes: list[NodeRead]
    ties: list[TieRead]


class PathsRead(BaseModel):
    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "from": "PRK",
                    "to": "BLR",
                    "paths": [
                        {
                            "length": 2,
                            "nodes": [
                                {"code": "PRK", "name": "North Korea", "kind": "country"},
                                {"code": "RUS", "name": "Russia", "kind": "country"},
                                {"code": "BLR", "name": "Belarus", "kind": "country"},
                            ],
                            "ties": [
                                {"source": "PRK", "target": "RUS", "type": "ALLIANCE",
                                 "first_on": "2024-06-19", "last_on": "2024-06-19", "events": 1,
                                 "status": "confirmed", "confidence": 0.95},
                                {"source": "BLR", "target": "RUS", "type": "JOINT_EXERCISE",
                                 "first_on": "2021-09-10", "last_on": "2022-02-10", "events": 2,
                                 "status": "reported", "confidence": 0.8},
                            ],
                        }
                    ],
                }
            ]
        },
        "populate_by_name": True,
    }  # fmt: skip

    from_: str = Field(alias="from")
    to: str
    paths: list[PathRead]


class TieEvidence(TieRead):
    """A tie with the events behind it and the sentences that report them."""

    evidence: list[EventRead]


class PathExplained(BaseModel):
    length: int
    nodes: list[NodeRead]
    ties: list[TieEvidence]
