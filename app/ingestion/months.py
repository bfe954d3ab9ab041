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


def cell_rows(facts: Iterable[tuple[str, date, str, int, float, date]]) -> list[Cell]:
    """Rows for `merge_dyad_months` from (dyad, day, status, events, confidence sum, first date)
    facts, summed per dyad and month."""
    cells: dict[tuple[str, date], Cell] = {}
    for dyad, day, status, events, confidence, first in facts:
        month = day.replace(day=1)
        cell = cells.get((dyad, month))
        if cell is None:
            cell = cells[(dyad, month)] = _empty(dyad, month)
        cell[f"n_{status}"] += events
        cell[f"c_{status}"] += confidence
        held = cell[f"f_{status}"]
        cell[f"f_{status}"] = first if held is None or first < held else held
    return list(cells.values())


def _empty(dyad: str, month: date) -> Cell:
    cell: Cell = {"key": f"{dyad}|{month:%Y-%m}", "dyad": dyad, "month": month}
    for status in EventStatus:
        cell.update({f"n_{status}": 0, f"c_{status}": 0.0, f"f_{status}": None})
    return cell
