"""Cooperation over time: per-period counts and scores for a pair, and the pairs that change.

The score of a period is Σ weight(type) × confidence over its events that are not denied
(weights: the Goldstein values in `app.vocabulary.GOLDSTEIN`). Totals come from the pair's
month cells (`app.ingestion.months`) when the filters allow, else from its events in the event
table every process keeps (`app.dyads.periods`). The trend
compares the summed score of the last `TREND_PERIODS` periods with the `TREND_PERIODS` before
them: `change` is the difference, `relative` the change over the earlier score (null when that
was 0), and `direction` its sign ("flat" when there was no change).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from typing import Any

import orjson

from app.core.db import Graph
from app.core.errors import InvalidInput
from app.dyads import repository
from app.dyads.periods import MONTHS, period_rows
from app.dyads.schemas import Interval, PairChange, TrendRead, TrendsRead
from app.filters import TieFilter
from app.ingestion.models import dyad_key
from app.projection.repository import Version
from app.projection.service import Answer, Projections
from app.vocabulary import TieType

TREND_PERIODS = 3
TIMELINE_EVENTS = 50
MAX_PERIODS = 1200
"""The most periods a timeline or trends answer spans: a century of months. Years never reach it
within the dates taken (1800-2100); quarters only over all three centuries."""


def period_start(day: date, interval: Interval) -> date:
    """The first day of the period holding `day`."""
    months = MONTHS[interval]
    return date(day.year, (day.month - 1) // months * months + 1, 1)


def next_period(start: date, interval: Interval) -> date:
    month = start.month - 1 + MONTHS[interval]
    return date(start.year + month // 12, month % 12 + 1, 1)


def period_label(start: date, interval: Interval) -> str:
    if interval == "year":
        return str(start.year)
    if interval == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return f"{start.year}-{start.month:02d}"


def period_count(first: date, last: date, interval: Interval) -> int:
    """How many periods run from the one holding `first` to the one holding `last`."""
    months = (last.year - first.year) * 12 + last.month - first.month
    start_offset = (first.month - 1) % MONTHS[interval]
    return max(0, (months + start_offset) // MONTHS[interval] + 1)


def periods(first: date, last: date, interval: Interval, field: str = "interval") -> list[date]:
    """Every period start from the one holding `first` to the one holding `last`; 422 naming
    `field` past `MAX_PERIODS`, before any is built."""
    count = period_count(first, last, interval)
    if count > MAX_PERIODS:
        raise InvalidInput(
            f"{count} {interval} periods from {first} to {last}; the limit is {MAX_PERIODS} "
            "periods: narrow since/until or take a longer interval",
            field=field,
        )
    out = []
    current = period_start(first, interval)
    while current <= last:
        out.append(current)
        current = next_period(current, interval)
    return out


def pair_dyads(a: str, b: str, types: tuple[TieType, ...]) -> list[str]:
    """The dyad keys of every tie between a and b, in either direction."""
    keys = {dyad_key(t, a, b) for t in types} | {dyad_key(t, b, a) for t in types}
    return sorted(keys)


def trend(scores: list[float]) -> TrendRead:
    """The last periods' score against the periods before them."""
    recent = sum(scores[-TREND_PERIODS:])
    previous = sum(scores[-2 * TREND_PERIODS : -TREND_PERIODS])
    change = round(recent - previous, 4)
    return TrendRead(
        periods=TREND_PERIODS,
        recent=round(recent, 4),
        previous=round(previous, 4),
        change=change,
        relative=round(change / previous, 4) if previous else None,
        direction="up" if change > 0 else "down" if change < 0 else "flat",
    )


def cells_decide(filters: TieFilter) -> bool:
    """Whether the month cells answer exactly (every filter is decided per month and status),
    so that the pair's events need not be read."""
    month_end = filters.until is None or (filters.until + timedelta(days=1)).day == 1
    month_start = filters.since is None or filters.since.day == 1
    return filters.min_confidence == 0 and filters.as_of is None and month_start and month_end


async def timeline_json(
    graph: Graph,
    projections: Projections,
    *,
    a: str,
    b: str,
    interval: Interval,
    filters: TieFilter,
) -> Answer:
    """`timeline` as JSON, kept until the graph changes."""

    async def make(version: Version) -> bytes:
        result = await timeline(
            graph, projections, a=a, b=b, interval=interval, filters=filters, version=version
        )
        return orjson.dumps(result)

    return await projections.answer(graph, ("timeline", a, b, interval, filters), make)


async def timeline(
    graph: Graph,
    projections: Projections,
    *,
    a: str,
    b: str,
    interval: Interval,
    filters: TieFilter,
    version: Version | None = None,
) -> dict[str, Any]:
    """Counts per type and score per period, with every period in range present: a
    `TimelineRead`, built as plain data (hundreds of periods) and serialised once. `version`:
    the graph's, when the caller read it for this request."""
    if a == b:
        raise InvalidInput("a and b must be two different countries", field="b")
    dyads = pair_dyads(a, b, filters.types)
    latest = repository.list_dyad_events(graph, dyads=dyads, limit=TIMELINE_EVENTS, filters=filters)
    # Independent reads: run them side by side.
    if cells_decide(filters):
        rows, events = await asyncio.gather(
            repository.get_dyad_timeline_cells(graph, dyads=dyads, unit=interval, filters=filters),
            latest,
        )
    else:
        version = version or await projections.versions.current(graph)
        table, events = await asyncio.gather(projections.table(graph, version), latest)
        rows = period_rows(table, dyads, interval, filters)
    first_on: dict[str, str] = {}
    cells: dict[date, dict[str, Any]] = {}
    for row in rows:
        first_on[row["type"]] = row["first_on"]
        for period, count, score in zip(row["periods"], row["events"], row["scores"], strict=True):
            cell = cells.setdefault(date.fromisoformat(period), {"counts": {}, "score": 0.0})
            cell["counts"][row["type"]] = count
            cell["score"] += score
    if cells or filters.since:
        first = filters.since or min(cells)
        last = filters.until or filters.as_of or (max(cells) if cells else first)
        starts = periods(first, last, interval)
    else:
        starts = []
    types = [t.value for t in filters.types]
    series = []
    empty: dict[str, Any] = {"counts": {}, "score": 0.0}
    for start in starts:
        cell = cells.get(start, empty)
        counts = {t: cell["counts"].get(t, 0) for t in types}
        series.append(
            {
                "period": period_label(start, interval),
                "start": start,
                "counts": counts,
                "total": sum(counts.values()),
                "score": round(cell["score"], 4),
            }
        )
    return {
        "a": a,
        "b": b,
        "interval": interval,
        "series": series,
        "first_on": dict(sorted(first_on.items())),
        "trend": trend([p["score"] for p in series]).model_dump(),
        "events": [{**e, "mentions": None} for e in events],
    }


async def trends(graph: Graph, *, window: Interval, filters: TieFilter, limit: int) -> TrendsRead:
    """The pairs whose score rose or fell most from one window to the next."""
    until = filters.until or filters.as_of or datetime.now(UTC).date()
    since = filters.since or date(until.year - 2, until.month, 1)
    scoped = TieFilter(
        types=filters.types,
        statuses=filters.statuses,
        since=since,
        until=until,
        min_confidence=filters.min_confidence,
    )
    rows = await repository.get_pair_scores(graph, unit=window, filters=scoped)
    starts = periods(since, until, window, field="window")
    by_pair: dict[tuple[str, str], dict[date, float]] = {}
    for row in rows:
        by_pair.setdefault((row["a"], row["b"]), {})[row["period"]] = row["score"]
    rises: list[PairChange] = []
    falls: list[PairChange] = []
    for (a, b), scores in by_pair.items():
        series = [scores.get(start, 0.0) for start in starts]
        changes = [
            PairChange(
                a=a,
                b=b,
                before_period=period_label(starts[i - 1], window),
                after_period=period_label(starts[i], window),
                before=round(series[i - 1], 4),
                after=round(series[i], 4),
                change=round(series[i] - series[i - 1], 4),
            )
            for i in range(1, len(series))
        ]
        if changes:
            rise = max(changes, key=lambda c: c.change)
            fall = min(changes, key=lambda c: c.change)
            if rise.change > 0:
                rises.append(rise)
            if fall.change < 0:
                falls.append(fall)
    rises.sort(key=lambda c: (-c.change, c.a, c.b))
    falls.sort(key=lambda c: (c.change, c.a, c.b))
    return TrendsRead(
        window=window, since=since, until=until, growing=rises[:limit], shrinking=falls[:limit]
    )
