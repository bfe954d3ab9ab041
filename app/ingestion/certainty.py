"""How an event's status and confidence follow from its mentions, and a tie's from its events.

Event status (DESIGN.md §1), from the mentions of every document:
    disputed   some source denies it, and some source asserts or alleges it
    denied     every mention denies it
    confirmed  two or more independent sources assert it, or one of the two parties does
    reported   one source asserts it
    alleged    it is only alleged

Event confidence, in 0–1: each independent source lends support equal to its strongest
mention's confidence (halved when it only alleges; a party's own assertion counts at least
`PARTY_WEIGHT`), supports combine as independent evidence (noisy-or: 1 − Π(1 − s)), and
denials, combined the same way into d, scale the result by (1 − d/2). It grows with
independent sources and falls with hedging and denial.

A tie (one per pair and type) keeps: first and last event dates, the number of events and of
events per status (and per status the first and last dates, the highest confidence and the sum
of confidence, so answers filtered by status need no event), the
strongest status, the highest confidence, a cooperation score
Σ weight(type) × confidence over its events that are not denied (weights:
`app.vocabulary.GOLDSTEIN`, kept on each event as `goldstein`), and
for durative types the merged validity intervals of its events.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from app.vocabulary import (
    STATUS_STRENGTH,
    EventStatus,
    MentionStatus,
    Precision,
    TieType,
)

ALLEGED_WEIGHT = 0.5
PARTY_WEIGHT = 0.9
CONFIDENCE_RULE = (
    "each independent source lends support equal to its strongest mention's confidence, "
    f"multiplied by {ALLEGED_WEIGHT} when it only alleges and at least {PARTY_WEIGHT} for a "
    "party's own assertion; supports combine as independent evidence, 1 − Π(1 − s); denials "
    "combine the same way into d and scale the result by (1 − d/2). More independent sources "
    "raise it; hedging and denial lower it."
)
"""`derive_event`'s confidence rule in words, for the people and models reading answers."""
OPEN_END = date(9999, 12, 31)
"""Stands for "still in force" in a tie's list of validity ends (Neo4j lists hold no nulls)."""

_PRECISION_RANK = {Precision.DAY: 0, Precision.MONTH: 1, Precision.YEAR: 2, Precision.UNKNOWN: 3}


@dataclass(frozen=True, slots=True)
class MentionFacts:
    """What the derivation needs to know of one stored mention."""

    status: MentionStatus
    source_key: str
    attributed_to: str | None
    confidence: float
    occurred_on: date
    precision: Precision
    reported_on: date | None
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True, slots=True)
class EventFacts:
    """An event's derived properties."""

    status: EventStatus
    confidence: float
    sources: int
    mentions: int
    occurred_on: date
    precision: Precision
    valid_from: date | None
    valid_to: date | None
    first_reported: date | None
    last_reported: date | None


def derive_event(actor: str, target: str, durative: bool, facts: list[MentionFacts]) -> EventFacts:
    """The status, confidence, date and validity of an event from all its mentions."""
    support: dict[str, float] = {}
    denial: dict[str, float] = {}
    asserting: set[str] = set()
    party_asserted = False
    for m in facts:
        if m.status is MentionStatus.DENIED:
            denial[m.source_key] = max(denial.get(m.source_key, 0.0), m.confidence)
            continue
        weight = m.confidence
        if m.status is MentionStatus.ASSERTED:
            asserting.add(m.source_key)
            if m.attributed_to in (actor, target):
                party_asserted = True
                weight = max(weight, PARTY_WEIGHT)
        else:
            weight *= ALLEGED_WEIGHT
        support[m.source_key] = max(support.get(m.source_key, 0.0), weight)

    if denial and support:
        status = EventStatus.DISPUTED
    elif denial:
        status = EventStatus.DENIED
    elif len(asserting) >= 2 or party_asserted:
        status = EventStatus.CONFIRMED
    elif asserting:
        status = EventStatus.REPORTED
    else:
        status = EventStatus.ALLEGED
    confidence = (1 - math.prod(1 - s for s in support.values())) * (
        1 - (1 - math.prod(1 - d for d in denial.values())) / 2
    )

    # The date is the most precise one given, the earliest among equals.
    best = min(facts, key=lambda m: (_PRECISION_RANK[m.precision], m.occurred_on))
    valid_from = valid_to = None
    if durative:
        valid_from = min(m.valid_from or m.occurred_on for m in facts)
        ends = [m.valid_to for m in facts]
        valid_to = None if any(end is None for end in ends) else max(e for e in ends if e)
    reported = [m.reported_on for m in facts if m.reported_on]
    return EventFacts(
        status=status,
        confidence=round(confidence, 4),
        sources=len(support.keys() | denial.keys()),
        mentions=len(facts),
        occurred_on=best.occurred_on,
        precision=best.precision,
        valid_from=valid_from,
        valid_to=valid_to,
        first_reported=min(reported, default=None),
        last_reported=max(reported, default=None),
    )


@dataclass(frozen=True, slots=True)
class DyadTotals:
    """What a tie sums up over the events of one (pair, type)."""

    first_on: date
    last_on: date
    by_status: dict[str, int]
    confidence: float
    score: float
    intervals: list[tuple[date, date]]
    extremes: dict[str, StatusExtremes]
    """Per status with events: their first and last dates, highest confidence and confidence sum."""


@dataclass(frozen=True, slots=True)
class StatusExtremes:
    """The first and last dates, the highest confidence and the sum of confidence of a tie's
    events of one status, so a filter on statuses is answered from the tie alone."""

    first_on: date
    last_on: date
    confidence: float
    confidence_sum: float

    def add(self, other: StatusExtremes) -> StatusExtremes:
        return StatusExtremes(
            min(self.first_on, other.first_on),
            max(self.last_on, other.last_on),
            max(self.confidence, other.confidence),
            self.confidence_sum + other.confidence_sum,
        )


@dataclass(frozen=True, slots=True)
class TieFacts:
    """A tie's derived properties (see the module docstring)."""

    first_on: date
    last_on: date
    events: int
    status: EventStatus
    confidence: float
    score: float
    by_status: dict[str, int]
    extremes: dict[str, StatusExtremes]
    valid_from: list[date]
    valid_to: list[date]


@dataclass(frozen=True, slots=True)
class EventSummary:
    """What a tie needs to know of a new event."""

    occurred_on: date
    status: EventStatus
    confidence: float
    weight: float
    valid_from: date | None
    valid_to: date | None


def add_events(totals: DyadTotals | None, events: list[EventSummary]) -> DyadTotals:
    """The totals of a dyad after new events join it (no event it had has changed)."""
    by_status = dict(totals.by_status) if totals else {}
    for e in events:
        by_status[e.status.value] = by_status.get(e.status.value, 0) + 1
    dates = [e.occurred_on for e in events]
    score = sum(e.weight * e.confidence for e in events if e.status is not EventStatus.DENIED)
    intervals = [(e.valid_from, e.valid_to or OPEN_END) for e in events if e.valid_from]
    extremes = dict(totals.extremes) if totals else {}
    for e in events:
        day, confidence = e.occurred_on, e.confidence
        _widen(extremes, e.status.value, StatusExtremes(day, day, confidence, confidence))
    return DyadTotals(
        first_on=min([*dates, *([totals.first_on] if totals else [])]),
        last_on=max([*dates, *([totals.last_on] if totals else [])]),
        by_status=by_status,
        confidence=max([e.confidence for e in events] + ([totals.confidence] if totals else [])),
        score=(totals.score if totals else 0.0) + score,
        intervals=(totals.intervals if totals else []) + intervals,
        extremes=extremes,
    )


@dataclass(frozen=True, slots=True)
class CellFacts:
    """The events of one dyad, month and status, summed (`get_dyad_cells`)."""

    month: date
    status: str
    events: int
    confidence_sum: float
    first_on: date
    last_on: date
    confidence: float
    intervals: list[tuple[date, date]]


def sum_cells(cells: list[CellFacts], weight: float) -> DyadTotals:
    """A dyad's totals from all its cells (each event is in exactly one); `weight` is its type's
    Goldstein weight."""
    by_status: dict[str, int] = {}
    extremes: dict[str, StatusExtremes] = {}
    score = 0.0
    intervals: list[tuple[date, date]] = []
    for c in cells:
        by_status[c.status] = by_status.get(c.status, 0) + c.events
        _widen(
            extremes,
            c.status,
            StatusExtremes(c.first_on, c.last_on, c.confidence, c.confidence_sum),
        )
        if c.status != EventStatus.DENIED:
            score += weight * c.confidence_sum
        intervals += c.intervals
    return DyadTotals(
        first_on=min(c.first_on for c in cells),
        last_on=max(c.last_on for c in cells),
        by_status=by_status,
        confidence=max(c.confidence for c in cells),
        score=score,
        intervals=intervals,
        extremes=extremes,
    )


def _widen(extremes: dict[str, StatusExtremes], status: str, new: StatusExtremes) -> None:
    held = extremes.get(status)
    extremes[status] = held.add(new) if held else new


def summarize_tie(tie_type: TieType, totals: DyadTotals) -> TieFacts:
    """The tie over the totals of its (non-empty) events."""
    present = [EventStatus(s) for s, n in totals.by_status.items() if n > 0]
    froms, tos = merge_intervals(totals.intervals) if tie_type.durative else ([], [])
    return TieFacts(
        first_on=totals.first_on,
        last_on=totals.last_on,
        events=sum(totals.by_status.values()),
        status=max(present, key=STATUS_STRENGTH.__getitem__),
        confidence=totals.confidence,
        score=round(totals.score, 4),
        by_status={s.value: totals.by_status.get(s.value, 0) for s in EventStatus},
        extremes=totals.extremes,
        valid_from=froms,
        valid_to=tos,
    )


def merge_intervals(intervals: list[tuple[date, date]]) -> tuple[list[date], list[date]]:
    """Overlapping or touching [from, to] intervals merged, as parallel sorted lists."""
    froms: list[date] = []
    tos: list[date] = []
    for start, end in sorted(intervals):
        if froms and start <= tos[-1]:
            tos[-1] = max(tos[-1], end)
        else:
            froms.append(start)
            tos.append(end)
    return froms, tos
