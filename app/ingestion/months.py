"""Month cells: per dyad and month, its events summed by status (`DyadMonth` nodes).

They are kept in the same transaction as the ties, so a timeline reads at most a few hundred
cells instead of every event of a busy pair. A cell holds per status the number of events
(`n_<status>`), the sum of their confidence (`c_<status>`: a period's score is the type's
Goldstein weight times the sum over statuses other than denied) and the first date
(`f_<status>`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from app.vocabulary import EventStatus

Cell = dict[str, Any]
_KEYS = {str(s): (f"n_{s}", f"c_{s}", f"f_{s}") for s in EventStatus}


def cell_rows(facts: Iterable[tuple[str, date, str, int, float, date]]) -> list[Cell]:
    """Rows for `merge_dyad_months` from (dyad, day, status, events, confidence sum, first date)
    facts, summed per dyad and month."""
    cells: dict[tuple[str, date], Cell] = {}
    for dyad, day, status, events, confidence, first in facts:
        month = day.replace(day=1)
        cell = cells.get((dyad, month))
        if cell is None:
            cell = cells[(dyad, month)] = _empty(dyad, month)
        n, c, f = _KEYS[status]
        cell[n] += events
        cell[c] += confidence
        held = cell[f]
        cell[f] = first if held is None or first < held else held
    return list(cells.values())


_EMPTY: Cell = {
    **{f"n_{status}": 0 for status in EventStatus},
    **{f"c_{status}": 0.0 for status in EventStatus},
    **{f"f_{status}": None for status in EventStatus},
}


def _empty(dyad: str, month: date) -> Cell:
    return {"key": f"{dyad}|{month.year:04d}-{month.month:02d}", "dyad": dyad, "month": month,
            **_EMPTY}  # fmt: skip
