"""What every event says that a filter decides by, held in memory as columns.

A dated filter (`as_of`, `since`, `until`, a confidence floor) cannot be answered from a tie's
totals: which ties qualify, and what their events then say, depends on each event. Reading the
events from Neo4j for every new filter set cost a projection read per request, and a date
slider sends a new `as_of` with each one. So each process keeps, per event, its tie, date,
validity, status, confidence and weight (`Events`, grouped by tie), and a filter set becomes a
few array operations over them (`EventTable.select`): the same rule as the Cypher the events
are counted by elsewhere, applied in memory. A filter set dated by `as_of` alone, what a date
slider sends, is read without a pass over the events (`EventTable.qualifying`, by
`app.projection.in_force`). The table follows the graph as projections do:
after writes it reads again only the ties they named.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from functools import cached_property
from typing import Any

import numpy as np
from numpy.typing import NDArray

from app.core.db import Graph
from app.filters import FAR_FUTURE, TieFilter
from app.projection import repository
from app.projection.in_force import NEVER_ENDS, Facts, InForce, search_key
from app.projection.model import STATUSES, TYPES, Actors, Floats, Ints, PairGraph, Rows
from app.vocabulary import EventStatus

EPOCH = date(1970, 1, 1)
NONE_BEFORE = -(2**31)
"""`valid_from` of an event that is not durative: in force at any date after it happened."""
NONE_AFTER = NEVER_ENDS
"""`valid_to` of an event still in force."""
READ_BATCH = 20_000
"""The most ties whose events one query reads."""
READ_EVENTS = 200_000
"""About the most events one query reads (≈ 1 s): at 10M events, 20,000 busy ties hold more
than a query can read within the read time limit."""
DENIED = STATUSES.index(EventStatus.DENIED.value)

IN_FORCE_KEPT = 4
"""Status sets whose `InForce` a table keeps (each ≈ 20 bytes an event)."""

Small = NDArray[np.int8]
Days = NDArray[np.int32]


def days(day: date) -> int:
    return (day - EPOCH).days


@dataclass(frozen=True)
class Events:
    """Events as columns, grouped by tie: `tie` ids ascending."""

    tie: Days
    day: Days
    start: Days
    end: Days
    status: Small
    kind_status: Small
    """`kind × len(STATUSES) + status`: type and status allowed are one lookup."""
    confidence: Floats
    weight: Floats
    """Goldstein weight × confidence; 0 for a denied event (it adds nothing to a score)."""

    def take(self, which: Ints | NDArray[np.bool_]) -> Events:
        return Events(*(getattr(self, f.name)[which] for f in fields(self)))

    @classmethod
    def concat(cls, parts: list[Events]) -> Events:
        return cls(*(np.concatenate([getattr(p, f.name) for p in parts]) for f in fields(cls)))

    @property
    def in_force_from(self) -> Days:
        """The first day an `as_of` finds the event: when it happened or, for a durative one,
        when it took effect if that is later."""
        return np.maximum(self.day, self.start)

    def by_tie(self) -> Events:
        """These events by tie, then by the first day they are in force (what `InForce`
        needs)."""
        return self.take(np.argsort(search_key(self.tie, self.in_force_from), kind="stable"))


@dataclass(frozen=True)
class Read:
    """Ties and their events as read: `events.tie` indexes `dyads`."""

    dyads: list[str]
    source: list[str]
    target: list[str]
    kind: list[int]
    events: Events


async def read(graph: Graph, dyads: list[str] | None) -> Read:
    """The ties (all, or those of `dyads` that exist) and every event of theirs, the events in
    batches of at most `READ_BATCH` ties and about `READ_EVENTS` events."""
    ties = await repository.list_tie_keys(graph, dyads=dyads)
    found: list[str] = ties["dyad"]
    kind = [TYPES.index(t) for t in ties["type"]]
    parts = [_events(None, offset=0, kinds=kind)]
    for at, end in batches(ties["events"]):
        columns = await repository.list_tie_events(graph, dyads=found[at:end])
        parts.append(_events(columns, offset=at, kinds=kind))
    return Read(found, ties["source"], ties["target"], kind, Events.concat(parts))


def batches(counts: list[int]) -> list[tuple[int, int]]:
    """Consecutive ranges of ties, each of at most `READ_BATCH` ties and, unless one tie holds
    more, at most `READ_EVENTS` events."""
    out: list[tuple[int, int]] = []
    at = held = 0
    for i, count in enumerate(counts):
        if i > at and (held + count > READ_EVENTS or i - at >= READ_BATCH):
            out.append((at, i))
            at, held = i, 0
        held += count
    if at < len(counts):
        out.append((at, len(counts)))
    return out


def _events(columns: dict[str, list[object]] | None, *, offset: int, kinds: list[int]) -> Events:
    columns = columns or {
        k: [] for k in ("tie", "day", "valid_from", "valid_to", "status", "confidence", "goldstein")
    }
    tie = np.array(columns["tie"], np.int32) + offset
    status = np.array([STATUSES.index(str(s)) for s in columns["status"]], np.int8)
    kind = np.array(kinds, np.int8)[tie] if len(tie) else np.zeros(0, np.int8)
    confidence = np.array(columns["confidence"], np.float64)
    weight = np.array(columns["goldstein"], np.float64) * confidence
    start, end = _days(columns["valid_from"]), _days(columns["valid_to"])
    durative = start != NOT_A_DAY
    return Events(
        tie=tie,
        day=_days(columns["day"]).astype(np.int32),
        start=np.where(durative, start, NONE_BEFORE).astype(np.int32),
        end=np.where(durative & (end != NOT_A_DAY), end, NONE_AFTER).astype(np.int32),
        status=status,
        kind_status=(kind * len(STATUSES) + status).astype(np.int8),
        confidence=confidence,
        weight=np.where(status == DENIED, 0.0, weight),
    )


NOT_A_DAY = np.iinfo(np.int64).min
"""What an empty date string parses to (numpy's NaT)."""


def _days(iso: list[Any]) -> NDArray[np.int64]:
    """ISO dates ('' for none: `NOT_A_DAY`) as days since 1970-01-01."""
    return np.array(iso, "datetime64[D]").astype(np.int64)


class EventTable:
    """Every tie (ids in answer order: source, target, type) and every event of theirs."""

    def __init__(
        self, actors: Actors, dyads: list[str], source: Ints, target: Ints, kind: Ints,
        events: Events, *, ids: dict[str, int] | None = None,
    ) -> None:  # fmt: skip
        """`events.tie` indexes `dyads`; ties are put in answer order here (`ids`: they are in
        it already, with these ids: a table patched without new ties keeps its order)."""
        self.actors = actors
        tie = events.tie
        if ids is None:
            rank = actors.rank
            order = np.lexsort((kind, rank[target], rank[source]))
            new_id = np.empty(len(order), np.int32)
            new_id[order] = np.arange(len(order), dtype=np.int32)
            dyads = [dyads[i] for i in order.tolist()]
            ids = {dyad: i for i, dyad in enumerate(dyads)}
            source, target, kind, tie = source[order], target[order], kind[order], new_id[tie]
        self.dyads, self.ids = dyads, ids
        self.source, self.target, self.kind = source, target, kind
        self.events = Events(tie, *(getattr(events, f.name) for f in fields(events)[1:]))
        self.events = self.events.by_tie()
        self.bounds = np.searchsorted(self.events.tie, np.arange(len(dyads) + 1))
        self._in_force: dict[frozenset[EventStatus], InForce] = {}

    @classmethod
    def of(cls, actors: Actors, found: Read) -> EventTable:
        return cls(
            actors,
            found.dyads,
            actors.id_array(found.source),
            actors.id_array(found.target),
            np.array(found.kind, np.int64),
            found.events,
        )

    def patched(self, dyads: set[str], found: Read) -> EventTable:
        """This table with the events of `dyads` replaced by those read again (`found`)."""
        known = np.array([self.ids[d] for d in dyads if d in self.ids], np.int64)
        drop = np.zeros(len(self.dyads), np.bool_)
        drop[known] = True
        kept = self.events.take(~drop[self.events.tie])
        new = [d for d in found.dyads if d not in self.ids]
        added = {d: len(self.dyads) + n for n, d in enumerate(new)}
        position = np.array([self.ids.get(d, added.get(d, -1)) for d in found.dyads], np.int32)
        at = {d: i for i, d in enumerate(found.dyads)}
        extra = [at[d] for d in new]
        again = found.events
        again = Events(position[again.tie], *(getattr(again, f.name) for f in fields(again)[1:]))
        return EventTable(
            self.actors,
            self.dyads + new if new else self.dyads,
            np.concatenate([self.source, self.actors.id_array([found.source[i] for i in extra])]),
            np.concatenate([self.target, self.actors.id_array([found.target[i] for i in extra])]),
            np.concatenate([self.kind, np.array([found.kind[i] for i in extra], np.int64)]),
            Events.concat([kept, again]),
            ids=None if new else self.ids,  # no new tie: the order holds
        )

    def ties_of(self, code: str) -> Ints:
        """The ids of one actor's ties."""
        i = self.actors.ids.get(code)
        if i is None:
            return np.zeros(0, np.int64)
        return np.flatnonzero((self.source == i) | (self.target == i))

    def in_force(self, statuses: tuple[EventStatus, ...]) -> InForce:
        """What an `as_of` finds of each tie's events of these statuses (made on first use,
        maybe in a thread: the table's other readers only `get` from `_in_force`)."""
        key = frozenset(statuses)
        held = self._in_force.get(key)
        if held is None:
            events, asked = self.events, np.zeros(len(STATUSES), np.bool_)
            asked[[STATUSES.index(s.value) for s in key]] = True
            counted = asked[events.status]
            facts = Facts(events.day, events.status, events.confidence)
            held = InForce(
                len(self.dyads), events.tie, events.in_force_from, events.end, facts, counted
            )
            self._in_force[key] = held
            while len(self._in_force) > IN_FORCE_KEPT:  # the first made go first
                self._in_force.pop(next(iter(self._in_force)), None)
        return held

    def held_in_force(self, statuses: tuple[EventStatus, ...]) -> InForce | None:
        """`in_force` if it was made already."""
        return self._in_force.get(frozenset(statuses))

    def prepare(self, statuses: tuple[EventStatus, ...]) -> None:
        """Make what `as_of` questions of these statuses read, ahead of the first one."""
        self.in_force(statuses)
        _ = self.pair_graph  # made now, then kept

    @cached_property
    def pair_graph(self) -> PairGraph:
        """The pairs of every tie here and their graph (made on first use)."""
        return PairGraph(self.actors, self.source, self.target)

    def qualifying(self, filters: TieFilter, ties: Ints | None = None) -> Selected | InForceTies:
        """The ties (all, or those of `ties`) with an event that passes the filters: by
        `InForce` when only `as_of` dates them, else event by event (`select`)."""
        if not filters.as_of_only:
            return self.select(filters, ties)
        assert filters.as_of is not None
        in_force, day = self.in_force(filters.statuses), days(filters.as_of)
        confidence = in_force.confidence(day, ties)
        ids = np.arange(len(self.dyads), dtype=np.int64) if ties is None else ties
        found = confidence > -np.inf
        if len(filters.types) < len(TYPES):
            kinds = np.zeros(len(TYPES), np.bool_)
            kinds[[TYPES.index(t.value) for t in filters.types]] = True
            found &= kinds[self.kind[ids]]
        which = np.flatnonzero(found)
        return InForceTies(self, filters, ids[which], confidence[which])

    def select(self, filters: TieFilter, ties: Ints | None = None) -> Selected:
        """The ties (all, or those of `ties`) with an event that passes the filters, and what
        those events say: the rule of `app.filters`, in answer order."""
        events, index = self.events, None
        if ties is not None:  # only these ties' events are looked at
            starts, sizes = self.bounds[ties], self.bounds[ties + 1] - self.bounds[ties]
            index = np.repeat(starts - np.cumsum(sizes) + sizes, sizes) + np.arange(sizes.sum())

        def column(name: str) -> Any:
            values = getattr(events, name)
            return values if index is None else values[index]

        allowed = np.zeros(len(TYPES) * len(STATUSES), np.bool_)
        for t in filters.types:
            for s in filters.statuses:
                allowed[TYPES.index(t.value) * len(STATUSES) + STATUSES.index(s.value)] = True
        passing = allowed[column("kind_status")]
        if filters.since is not None:
            passing &= column("day") >= days(filters.since)
        if filters.last_day < FAR_FUTURE:
            passing &= column("day") <= days(filters.last_day)
        if filters.min_confidence > 0:
            passing &= column("confidence") >= filters.min_confidence
        if filters.as_of is not None:
            as_of = days(filters.as_of)
            passing &= (column("start") <= as_of) & (column("end") >= as_of)
        which = np.flatnonzero(passing)
        if index is not None:
            which = index[which]
        tie = events.tie[which]
        starts = np.flatnonzero(np.concatenate(([True], tie[1:] != tie[:-1])))
        return Selected(self, events, which, starts[: len(which)])


class Selected:
    """The ties that qualify (in answer order) and the events that make them, for a projection:
    what it needs of every tie (ends, type, confidence, event count) is computed at once; the
    dates and status only for the ties an answer shows (`take`), and the score when asked."""

    def __init__(self, table: EventTable, events: Events, which: Ints, starts: Ints) -> None:
        """`which`: the passing events (indexes into `events`), `starts`: where each tie's
        begin among them."""
        self._events, self._which, self._starts = events, which, starts
        self._ends = np.append(starts[1:], len(which)).astype(np.int64)
        self.ids = ids = events.tie[which[starts]].astype(np.int64)
        """Each tie's id in the table."""
        self.source, self.target, self.kind = table.source[ids], table.target[ids], table.kind[ids]
        self.events = self._ends - starts
        self.confidence = self._reduce(np.maximum, "confidence", which, starts).astype(np.float64)

    def __len__(self) -> int:
        return len(self._starts)

    @property
    def passing(self) -> Ints:
        """The events that pass: indexes into the table's events, tie after tie."""
        return self._which

    def _reduce(self, ufunc: np.ufunc, name: str, which: Ints, starts: Ints) -> Any:
        if not len(starts):
            return np.zeros(0, getattr(self._events, name).dtype)
        return ufunc.reduceat(getattr(self._events, name)[which], starts)

    @cached_property
    def score(self) -> Floats:
        return np.asarray(self._reduce(np.add, "weight", self._which, self._starts), np.float64)

    def take(self, which: Ints | NDArray[np.bool_], *, score: bool = True) -> Rows:
        """Those ties with everything their events say (`score`: NaN unless asked)."""
        rows = np.arange(len(self))[which]
        starts, sizes = self._starts[rows], self.events[rows]
        # The passing events of those ties, tie after tie; where each tie's begin among them.
        at = np.cumsum(sizes) - sizes
        events = self._which[np.repeat(starts - at, sizes) + np.arange(sizes.sum())]
        return Rows(
            source=self.source[rows],
            target=self.target[rows],
            kind=self.kind[rows],
            first=self._reduce(np.minimum, "day", events, at).astype(np.int64),
            last=self._reduce(np.maximum, "day", events, at).astype(np.int64),
            events=sizes,
            status=self._reduce(np.minimum, "status", events, at).astype(np.int64),
            confidence=self.confidence[rows],
            score=(
                self._reduce(np.add, "weight", events, at).astype(np.float64)
                if score
                else np.full(len(rows), np.nan)
            ),
        )


class InForceTies:
    """The ties an `as_of` finds (`EventTable.qualifying`), as a projection reads them: their
    confidence at once; event counts, dates and status when asked (`InForce.summary`); the
    score summed from their events (`select`), only for the ties an answer shows."""

    def __init__(
        self, table: EventTable, filters: TieFilter, ids: Ints, confidence: Floats
    ) -> None:
        """`ids`: the table's ties, in answer order."""
        assert filters.as_of is not None
        self._table, self._filters, self.ids = table, filters, ids
        self._in_force, self._day = table.in_force(filters.statuses), days(filters.as_of)
        self.source, self.target = table.source[ids], table.target[ids]
        self.kind = table.kind[ids]
        self.confidence = confidence

    def __len__(self) -> int:
        return len(self.ids)

    @cached_property
    def events(self) -> Ints:
        return self._in_force.summary(self._day, self.ids).events

    @cached_property
    def score(self) -> Floats:
        return self._table.select(self._filters, self.ids).score

    def take(self, which: Ints | NDArray[np.bool_], *, score: bool = True) -> Rows:
        """Those ties with everything their events say, in the order given (`score`: NaN
        unless asked)."""
        ids = self.ids[which]
        summary = self._in_force.summary(self._day, ids)
        scores = np.full(len(ids), np.nan)
        if score and len(ids):
            unique, back = np.unique(ids, return_inverse=True)
            scores = self._table.select(self._filters, unique).score[back]
        return Rows(
            source=self._table.source[ids],
            target=self._table.target[ids],
            kind=self._table.kind[ids],
            first=summary.first,
            last=summary.last,
            events=summary.events,
            status=summary.status,
            confidence=summary.confidence,
            score=scores,
        )
