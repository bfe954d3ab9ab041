"""`InForce` (what an `as_of` day finds of each tie, from running aggregates) and the table's
pair graph that dated paths search, against the rule applied event by event: random events and
days, no database."""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest

from app.filters import DEFAULT_STATUSES, TieFilter
from app.projection.in_force import running
from app.projection.model import STATUSES, TYPES, Actors, Projection
from app.projection.service import Projections
from app.projection.table import (
    NONE_AFTER,
    NONE_BEFORE,
    Events,
    EventTable,
    InForceTies,
    Read,
    Selected,
    days,
)
from app.vocabulary import GOLDSTEIN, EventStatus, TieType

CODES = [f"C{i:02d}" for i in range(14)] + ["ORGA", "ORGB"]


@dataclass(frozen=True)
class Case:
    """A random graph: `durative` of the events have a validity, `ending` of those an end;
    `levels` distinct confidences (few: ties between events are common)."""

    ties: int
    events: int
    durative: float
    ending: float
    levels: int
    first_year: int = 2000
    years: int = 10


CASES = {
    "no durative events": Case(ties=60, events=600, durative=0.0, ending=0.0, levels=5),
    "durative, none ends": Case(ties=60, events=600, durative=0.5, ending=0.0, levels=7),
    "durative, all end": Case(ties=40, events=400, durative=1.0, ending=1.0, levels=4),
    "mixed, many confidences": Case(ties=80, events=900, durative=0.3, ending=0.5, levels=1000),
    "one tie, many events": Case(ties=1, events=200, durative=0.4, ending=0.5, levels=6),
    "before 1970": Case(ties=30, events=300, durative=0.5, ending=0.5, levels=5, first_year=1900),
    "no events": Case(ties=0, events=0, durative=0.0, ending=0.0, levels=1),
}


def table_of(case: Case, seed: int) -> EventTable:
    """An event table of random ties (distinct type, source, target) and events."""
    rng = np.random.default_rng(seed)
    actors = Actors()
    actors.add({c: {"name": c, "organization": c.startswith("ORG")} for c in CODES})
    keys: set[tuple[int, int, int]] = set()
    while len(keys) < case.ties:
        a, b = rng.choice(len(CODES), 2, replace=False)
        keys.add((int(rng.integers(len(TYPES))), int(a), int(b)))
    columns = np.array(sorted(keys), np.int64).reshape(-1, 3).T
    kind, source, target = columns[0], columns[1], columns[2]
    n, first = case.events, days(date(case.first_year, 1, 1))
    tie = rng.integers(max(case.ties, 1), size=n).astype(np.int32)
    day = (first + rng.integers(365 * case.years, size=n)).astype(np.int32)
    durative = rng.random(n) < case.durative
    ending = durative & (rng.random(n) < case.ending)
    start = np.where(durative, day + rng.integers(0, 60, size=n), NONE_BEFORE).astype(np.int32)
    end = np.where(ending, start + rng.integers(0, 900, size=n), NONE_AFTER).astype(np.int32)
    status = rng.integers(len(STATUSES), size=n).astype(np.int8)
    confidence = rng.integers(1, case.levels + 1, size=n) / case.levels
    goldstein = np.array([GOLDSTEIN[TieType(t)] for t in TYPES])
    kinds = kind[tie] if case.ties else np.zeros(0, np.int64)
    events = Events(
        tie=tie,
        day=day,
        start=start,
        end=end,
        status=status,
        kind_status=(kinds * len(STATUSES) + status).astype(np.int8),
        confidence=confidence,
        weight=np.where(status == STATUSES.index("denied"), 0.0, goldstein[kinds] * confidence),
    )
    dyads = [f"{TYPES[k]}|{CODES[a]}|{CODES[b]}" for k, a, b in sorted(keys)]
    codes = [CODES[i] for i in source.tolist()], [CODES[i] for i in target.tolist()]
    return EventTable.of(actors, Read(dyads, *codes, kind.tolist(), events))


def expected(table: EventTable, filters: TieFilter) -> dict[int, dict[str, Any]]:
    """Per tie id, what its passing events say: the rule of `app.filters`, event by event."""
    assert filters.as_of is not None
    on, e = days(filters.as_of), table.events
    statuses = {STATUSES.index(s.value) for s in filters.statuses}
    types = {TYPES.index(t.value) for t in filters.types}
    found: dict[int, list[int]] = {}
    for i in range(len(e.tie)):
        tie = int(e.tie[i])
        counted = int(e.status[i]) in statuses and int(table.kind[tie]) in types
        if counted and e.day[i] <= on and e.start[i] <= on <= e.end[i]:
            found.setdefault(tie, []).append(i)
    return {
        tie: {
            "events": len(at),
            "first": min(int(e.day[i]) for i in at),
            "last": max(int(e.day[i]) for i in at),
            "status": min(int(e.status[i]) for i in at),
            "confidence": max(float(e.confidence[i]) for i in at),
            "score": sum(float(e.weight[i]) for i in at),
        }
        for tie, at in sorted(found.items())
    }


def filter_sets(seed: int, case: Case) -> list[TieFilter]:
    """Random days across the case's years (and a little before and after), with the default
    statuses, random status sets and random type sets."""
    rng = random.Random(seed)
    first = date(case.first_year, 1, 1) - timedelta(days=100)
    sets = []
    for i in range(12):
        day = first + timedelta(days=rng.randrange(365 * case.years + 200))
        statuses = DEFAULT_STATUSES
        if i % 3 == 1:
            statuses = tuple(rng.sample(list(EventStatus), rng.randint(1, len(EventStatus))))
        types = tuple(TieType)
        if i % 4 == 2:
            types = tuple(rng.sample(list(TieType), rng.randint(1, 3)))
        sets.append(TieFilter(as_of=day, statuses=statuses, types=types))
    return sets


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_in_force_says_what_the_events_in_force_say(case: Case) -> None:
    for seed in range(3):
        table = table_of(case, seed)
        for filters in filter_sets(seed, case):
            want = expected(table, filters)
            ties = table.qualifying(filters)
            assert filters.as_of_only and ties.ids.tolist() == list(want), filters
            rows = ties.take(np.arange(len(ties)))
            got = {
                int(tie): {
                    "events": int(rows.events[n]),
                    "first": int(rows.first[n]),
                    "last": int(rows.last[n]),
                    "status": int(rows.status[n]),
                    "confidence": float(rows.confidence[n]),
                    "score": pytest.approx(want[int(tie)]["score"]),
                }
                for n, tie in enumerate(ties.ids.tolist())
            }
            assert got == want, filters
            assert ties.confidence.tolist() == [w["confidence"] for w in want.values()]
            assert ties.events.tolist() == [w["events"] for w in want.values()]


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_some_ties_in_any_order_read_as_all_do(case: Case) -> None:
    """A profile asks one actor's ties; a path's ties come in path order."""
    table = table_of(case, seed=11)
    rng = np.random.default_rng(11)
    for filters in filter_sets(11, case):
        want = expected(table, filters)
        asked = rng.permutation(len(table.dyads))[: len(table.dyads) // 2].astype(np.int64)
        ties = table.qualifying(filters, asked)
        assert ties.ids.tolist() == [t for t in asked.tolist() if t in want], filters
        rows = ties.take(np.arange(len(ties))[::-1])
        assert rows.first.tolist() == [want[t]["first"] for t in ties.ids.tolist()[::-1]]
        assert rows.score.tolist() == pytest.approx([want[t]["score"] for t in ties.ids[::-1]])


def test_other_dated_filters_are_decided_event_by_event() -> None:
    table = table_of(CASES["mixed, many confidences"], seed=2)
    as_of = date(2004, 6, 1)
    for filters in (
        TieFilter(as_of=as_of, since=date(2003, 1, 1)),
        TieFilter(as_of=as_of, until=date(2004, 1, 1)),
        TieFilter(as_of=as_of, min_confidence=0.5),
    ):
        assert not filters.as_of_only
        assert type(table.qualifying(filters)).__name__ == "Selected"
    assert TieFilter(as_of=as_of, until=as_of).as_of_only


RUNNING = {
    "highest floats": ([0, 0, 0, 1, 1, 2], [0.5, 0.2, 0.9, 0.1, 0.3, 0.7], True),
    "lowest floats": ([0, 0, 0, 1, 1, 2], [0.5, 0.2, 0.9, 0.1, 0.3, 0.7], False),
    "highest days": ([0, 0, 1, 1, 1], [-5000, 12, 3, -2, 7], True),
    "lowest days": ([0, 0, 1, 1, 1], [-5000, 12, 3, -2, 7], False),
    "one group": ([4, 4, 4, 4], [3, 1, 2, 0], False),
    "lowest statuses": ([0, 1, 1, 3, 3, 3], [4, 2, 3, 1, 0, 4], False),
}


@pytest.mark.parametrize(("group", "values", "highest"), RUNNING.values(), ids=RUNNING.keys())
def test_running_aggregates_restart_with_each_group(
    group: list[int], values: list[float], highest: bool
) -> None:
    pick = max if highest else min
    pairs = list(zip(group, values, strict=True))
    want = [pick(v for g, v in pairs[: i + 1] if g == group[i]) for i in range(len(values))]
    array = np.array(values, np.float64 if isinstance(values[0], float) else np.int32)
    got = running(np.array(group, np.int64), array, highest=highest)
    assert got.tolist() == want and got.dtype == array.dtype


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_dated_paths_on_the_table_pair_graph_are_those_of_the_projection_alone(
    case: Case,
) -> None:
    """Searching the table's pair graph weighed for a projection finds the paths that the
    projection's own pair graph gives (confidences are distinct: no ties in rank)."""
    table = table_of(Case(**{**case.__dict__, "levels": 10**9}), seed=5)
    rng = random.Random(5)
    for filters in filter_sets(5, case):
        ties = table.qualifying(filters)
        within = Projection(ties, table.actors, within=(table.pair_graph, ties.ids))
        alone = Projection(ties.take(np.arange(len(ties))), table.actors)
        for _ in range(6):
            a, b = rng.sample(CODES, 2)
            for via in (True, False):
                ask: dict[str, Any] = {"k": 3, "max_hops": 4, "via_organizations": via}
                assert within.shortest_paths(a, b, **ask) == alone.shortest_paths(a, b, **ask)


def test_a_new_table_answers_event_by_event_until_in_force_is_made_in_a_thread() -> None:
    table = table_of(CASES["mixed, many confidences"], seed=3)
    projections = Projections()
    filters = TieFilter(as_of=date(2004, 6, 1))

    async def run() -> None:
        first = projections.qualifying(table, filters)
        assert isinstance(first, Selected) and table.held_in_force(filters.statuses) is None
        assert projections.qualifying(table, filters).ids.tolist() == first.ids.tolist()
        assert len(projections.making) == 1  # one thread, however many asked
        await asyncio.gather(*projections.making.values())
        later = projections.qualifying(table, filters)
        assert isinstance(later, InForceTies)
        assert later.ids.tolist() == first.ids.tolist()
        assert later.events.tolist() == first.events.tolist()
        assert later.confidence.tolist() == first.confidence.tolist()

    asyncio.run(run())


def read_of(table: EventTable, dyads: list[str], events: Events) -> Read:
    """`dyads` of `table` and `events` (of theirs, `tie` an index into `dyads`) as read."""
    ids = [table.ids[d] for d in dyads]
    codes = table.actors.codes
    return Read(
        dyads,
        [codes[table.source[i]] for i in ids],
        [codes[table.target[i]] for i in ids],
        [int(table.kind[i]) for i in ids],
        events,
    )


@pytest.mark.parametrize("new_tie", [False, True], ids=["same ties", "a new tie"])
def test_a_patched_table_is_the_table_read_whole(new_tie: bool) -> None:
    """After a write the table reads again only the ties it named (here: half their events
    deleted, the rest half as confident; maybe a new tie); with no new tie it keeps its order
    and ids."""
    table = table_of(CASES["mixed, many confidences"], seed=4)
    changed = [table.dyads[3], table.dyads[17]]
    events = table.events
    named = np.isin(events.tie, [table.ids[d] for d in changed])
    kept = events.take(named & (np.arange(len(events.tie)) % 2 == 0))
    kept = replace(kept, confidence=kept.confidence * 0.5, weight=kept.weight * 0.5)
    position = {table.ids[d]: n for n, d in enumerate(changed)}
    again = replace(kept, tie=np.array([position[t] for t in kept.tie.tolist()], np.int32))
    found = read_of(table, changed, again)
    whole = read_of(table, table.dyads, Events.concat([events.take(~named), kept]))
    if new_tie:
        first = again.take(np.arange(1))
        found = Read(
            [*found.dyads, "VISIT|C00|ORGB"], [*found.source, "C00"], [*found.target, "ORGB"],
            [*found.kind, TYPES.index("VISIT")],
            Events.concat([found.events, replace(first, tie=first.tie * 0 + len(changed))]),
        )  # fmt: skip
        whole = Read(
            [*whole.dyads, "VISIT|C00|ORGB"], [*whole.source, "C00"], [*whole.target, "ORGB"],
            [*whole.kind, TYPES.index("VISIT")],
            Events.concat([whole.events, replace(first, tie=first.tie * 0 + len(table.dyads))]),
        )  # fmt: skip
    patched = table.patched(set(changed), found)
    fresh = EventTable.of(table.actors, whole)
    assert patched.dyads == fresh.dyads and patched.ids == fresh.ids
    for name in ("source", "target", "kind", "bounds"):
        assert np.array_equal(getattr(patched, name), getattr(fresh, name)), name
    for name in ("tie", "day", "start", "end", "status", "confidence", "weight"):
        assert np.array_equal(getattr(patched.events, name), getattr(fresh.events, name)), name
    assert (patched.ids is table.ids) is not new_tie
