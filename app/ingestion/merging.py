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


def search_window(mentions: list[MentionIn]) -> tuple[date, date]:
    """The date range that holds every event any of these mentions could join."""
    low = min(m.occurred_on for m in mentions)
    high = max(m.occurred_on for m in mentions)
    slack = timedelta(days=UNKNOWN_WINDOW)
    return date(low.year, 1, 1) - slack, date(high.year, 12, 31) + slack


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
