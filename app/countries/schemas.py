"""Countries: the list with counts, and one country's profile."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel

from app.events.schemas import EventRead
from app.vocabulary import EventStatus, TieType


class CountrySummary(BaseModel):
    code: str
    name: str | None = None
    partners: int
    ties: int
    events: int


class CountryList(BaseModel):
    items: list[CountrySummary]


class Partner(BaseModel):
    code: str
    name: str | None = None
    direction: Literal["out", "in", "both"]
    events: int
    first_on: date
    last_on: date
    status: EventStatus
    confidence: float


class Membership(BaseModel):
    organization: str
    name: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    source: str | None = None


class CountryRead(BaseModel):
    code: str
    name: str | None = None
    kind: Literal["country", "organization"]
    partners: dict[TieType, list[Partner]]
    memberships: list[Membership]
    events: list[EventRead]
