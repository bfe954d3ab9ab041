"""A pair's counts and scores per period from the event table (`app.projection.table`).

The month cells answer a timeline only when every filter is decided per month and status. A
dated filter set (`as_of`, `since`/`until` inside a month, a confidence floor) used to read the
pair's events from Neo4j, thousands for a busy pair and each slider stop a new read; the event
table every process keeps already holds what the rule needs (type, date, validity, status,
confidence, weight), so those periods are a few array operations on the pair's events.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from app.filters import TieFilter
from app.projection.model import TYPES
from app.projection.table import EventTable

MONTHS = {"month": 1, "quarter": 3, "year": 12}
"""Months per period of each interval."""
SPAN = 1 << 20
"""Wider than the months between 1800 and 2100 (±1,572 from 1970): one key per type and period."""


def period_rows(
    table: EventTable, dyads: list[str], unit: str, filters: TieFilter
) -> list[dict[str, Any]]:
    """Per type: its periods (ISO start dates, in order) with events and score, and its first
    date, over the events that pass (what `get_dyad_timeline_cells` reads from month cells)."""
    ties = np.array(sorted(table.ids[d] for d in dyads if d in table.ids), np.int64)
    if not len(ties):
        return []
    which = table.select(filters, ties).passing
    events = table.events
    kind = table.kind[events.tie[which]].astype(np.int64)
    day = events.day[which].astype("datetime64[D]")
    month = day.astype("datetime64[M]").astype(np.int64)
    month -= month % MONTHS[unit]  # months since 1970-01: quarters and years start on 0
    keys, group = np.unique(kind * SPAN + month + SPAN // 2, return_inverse=True)
    counts = np.bincount(group, minlength=len(keys))
    scores = np.bincount(group, weights=events.weight[which], minlength=len(keys))
    first = np.full(len(keys), np.iinfo(np.int64).max)
    np.minimum.at(first, group, day.astype(np.int64))
    starts = (keys % SPAN - SPAN // 2).astype("datetime64[M]").astype("datetime64[D]")
    rows = []
    for k in np.unique(keys // SPAN).tolist():
        at = np.flatnonzero(keys // SPAN == k)  # keys are sorted: this type's periods in order
        rows.append(
            {
                "type": TYPES[k],
                "periods": [str(d) for d in starts[at]],
                "events": counts[at].tolist(),
                "scores": scores[at].tolist(),
                "first_on": str(first[at].min().astype("datetime64[D]")),
            }
        )
    return rows
