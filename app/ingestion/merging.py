"""Which event a new mention belongs to: same type and actors, and dates that agree.

Dates agree when they fall in the same period at the coarser of the two precisions: the same day
for two day-precise dates, the same month when one is only known to the month, the same year
for a year. A date of unknown precision (the publication date stood in) agrees with anything
within `UNKNOWN_WINDOW` days. Among several agreeing events the one with the nearest date, then
the finest precision, wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.ingestion.models import MentionIn, digest
from app.vocabulary import Precision

UNKNOWN_WINDOW = 7
_RANK = {Precision.DAY: 0, Precision.MONTH: 1, Precision.YEAR: 2, Precision.UNKNOWN: 3}


@dataclass(slots=True)
class EventSlot:
    """An event a mention can join: one already in the graph or one made in this batch."""

    id: str
    dyad: str
    occurred_on: date
    precision: Precision
    new: bool = False


def dates_agree(a: date, pa: Precision, b: date, pb: Precision) -> bool:
    """Whether two dated mentions can be the same happening."""
    if Precision.UNKNOWN in (pa, pb):
        return abs((a - b).days) <= UNKNOWN_WINDOW
    coarser = pa if _RANK[pa] >= _RANK[pb] else pb
    if coarser is Precision.DAY:
        return a == b
    if coarser is Precision.MONTH:
        return (a.year, a.month) == (b.year, b.month)
    return a.year == b.year


def search_windows(mention: MentionIn) -> list[tuple[date, date]]:
    """The date ranges where an event this (canonical) mention can join may sit.

    Events known to the month or year are dated on the period's first day, so they are found
    at two points; day-precise and unknown dates within the period (or `UNKNOWN_WINDOW` days)."""
    day, slack = mention.occurred_on, timedelta(days=UNKNOWN_WINDOW)
    month_start, year_start = day.replace(day=1), day.replace(month=1, day=1)
    if mention.precision is Precision.YEAR:
        return [(year_start - slack, date(day.year, 12, 31) + slack)]
    if mention.precision is Precision.MONTH:
        month_end = next_month(month_start) - timedelta(days=1)
        return [(month_start - slack, month_end + slack), (year_start, year_start)]
    windows = [(day - slack, day + slack)]
    if mention.precision is Precision.DAY:
        windows += [(month_start, month_start), (year_start, year_start)]
    return windows


def next_month(start: date) -> date:
    """The first day of the month after `start`'s."""
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


def merged_windows(windows: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """Overlapping ranges joined, so each stretch is read once."""
    out: list[tuple[date, date]] = []
    for low, high in sorted(windows):
        if out and low <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], high))
        else:
            out.append((low, high))
    return out


def new_event_id(mention: MentionIn) -> str:
    """Deterministic, so two writers creating the same event converge on one node."""
    return "ev-" + digest(mention.dyad, mention.occurred_on, mention.precision)


class EventMatcher:
    """Assigns mentions to events, creating slots for those that match nothing."""

    def __init__(self, existing: list[EventSlot]) -> None:
        self._by_dyad: dict[str, list[EventSlot]] = {}
        for slot in existing:
            self._by_dyad.setdefault(slot.dyad, []).append(slot)

    def assign(self, mention: MentionIn) -> EventSlot:
        """The event this mention joins (a new slot when none agrees)."""
        slots = self._by_dyad.setdefault(mention.dyad, [])
        agreeing = [
            s
            for s in slots
            if dates_agree(s.occurred_on, s.precision, mention.occurred_on, mention.precision)
        ]
        if agreeing:
            return min(
                agreeing,
                key=lambda s: (abs((s.occurred_on - mention.occurred_on).days), _RANK[s.precision]),
            )
        slot = EventSlot(
            new_event_id(mention), mention.dyad, mention.occurred_on, mention.precision, new=True
        )
        slots.append(slot)
        return slot
