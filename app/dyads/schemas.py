"""How cooperation between two countries develops, and which pairs change most."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from app.events.schemas import EventRead
from app.vocabulary import TieType

Interval = Literal["month", "quarter", "year"]


class PeriodRead(BaseModel):
    period: str = Field(description="2024-06, 2024-Q2 or 2024")
    start: date
    counts: dict[TieType, int]
    total: int
    score: float


class TrendRead(BaseModel):
    """The score over the last `periods` periods against the `periods` before them."""

    periods: int
    recent: float
    previous: float
    change: float
    relative: float | None
    direction: Literal["up", "down", "flat"]


class TimelineRead(BaseModel):
    a: str
    b: str
    interval: Interval
    series: list[PeriodRead]
    first_on: dict[TieType, date]
    trend: TrendRead
    events: list[EventRead]


class PairChange(BaseModel):
    a: str
    b: str
    before_period: str
    after_period: str
    before: float
    after: float
    change: float


class TrendsRead(BaseModel):
    window: Interval
    since: date
    until: date
    growing: list[PairChange]
    shrinking: list[PairChange]
