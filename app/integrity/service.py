"""The integrity checker: recompute from the mentions everything the write path derives, and
list where the graph disagrees.

Events keep a status, confidence, counts and dates derived from their mentions; ties, month
cells and event-derived memberships are sums over events. The write path keeps them in step
incrementally (and under locks, so concurrent writers cannot lose an update); this module does
the whole sum again, read-only, with the same pure rules (`app.ingestion`), so a test, an
operator after an incident, or CI on a production copy can prove nothing drifted.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.core.db import Graph
from app.ingestion.certainty import (
    OPEN_END,
    EventFacts,
    EventSummary,
    add_events,
    derive_event,
    summarize_tie,
)
from app.ingestion.months import cell_rows
from app.ingestion.service import derived_props, membership_of, mention_facts, tie_properties
from app.integrity import repository
from app.vocabulary import GOLDSTEIN, TieType

PAGE = 500
"""Dyads read per round trip: bounds memory on a large graph."""
SHOWN = 1_000
"""Disagreements kept in a report (the count goes on)."""


@dataclass(frozen=True)
class Disagreement:
    """One stored value that differs from what the events say."""

    kind: str
    """event, tie, cell, membership or mention."""
    key: str
    field: str
    stored: Any
    expected: Any

    def __str__(self) -> str:
        return (
            f"{self.kind} {self.key}: {self.field} is {self.stored!r}, expected {self.expected!r}"
        )


@dataclass
class CheckReport:
    """What was checked and what disagreed."""

    events: int = 0
    mentions: int = 0
    ties: int = 0
    cells: int = 0
    memberships: int = 0
    found: int = 0
    disagreements: list[Disagreement] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return self.found == 0

    def add(self, found: Iterable[Disagreement]) -> None:
        for item in found:
            self.found += 1
            if len(self.disagreements) < SHOWN:
                self.disagreements.append(item)


async def check(graph: Graph, page: int = PAGE) -> CheckReport:
    """Recompute every event, tie, month cell and event-derived membership; read-only."""
    report = CheckReport()
    duplicates = await repository.list_duplicate_mentions(graph, limit=SHOWN)
    report.add(Disagreement("mention", d["key"], "copies", d["copies"], 1) for d in duplicates)
    held = await repository.list_dyads(graph)
    expected_members: dict[tuple[str, str], tuple[date, date | None]] = {}
    async for dyad, events, tie, cells in _dyads(graph, sorted(held), page):
        report.events += len(events)
        report.mentions += sum(len(e["mentions"]) for e in events)
        report.ties += tie is not None
        report.cells += len(cells)
        derived = [(e, _derive(e)) for e in events]
        report.add(d for e, facts in derived for d in _event_disagreements(e, facts))
        summaries = [_summary(dyad, facts) for _, facts in derived if facts is not None]
        expected = _expected_tie(dyad, summaries)
        report.add(_compare("tie", dyad, tie, expected))
        report.add(_cell_disagreements(dyad, summaries, cells))
        membership = membership_of(dyad)
        if membership and expected and expected["valid_from"]:
            end = expected["valid_to"][-1]
            expected_members[membership] = (
                expected["valid_from"][0],
                None if end == OPEN_END else end,
            )
    stored_members = {
        (m["actor"], m["organization"]): (m["valid_from"], m["valid_to"])
        for m in await repository.list_memberships(graph)
    }
    report.memberships = len(stored_members)
    for pair in sorted(expected_members.keys() | stored_members.keys()):
        stored, wanted = stored_members.get(pair), expected_members.get(pair)
        if stored != wanted:
            report.add([Disagreement("membership", "→".join(pair), "interval", stored, wanted)])
    return report


async def _dyads(
    graph: Graph, dyads: list[str], page: int
) -> AsyncIterator[tuple[str, list[dict[str, Any]], dict[str, Any] | None, list[dict[str, Any]]]]:
    """Each dyad with its events, its tie and its month cells, a page of dyads at a time."""
    for start in range(0, len(dyads), page):
        keys = dyads[start : start + page]
        events: dict[str, list[dict[str, Any]]] = {}
        for row in await repository.list_dyad_events(graph, keys=keys):
            events.setdefault(row["key"], []).append(
                {"event": row["event"], "mentions": row["mentions"]}
            )
        cells: dict[str, list[dict[str, Any]]] = {}
        for row in await repository.list_dyad_months(graph, keys=keys):
            cells.setdefault(row["key"], []).append(row["cell"])
        ties = await repository.get_ties(graph, keys=keys)
        for dyad in keys:
            yield dyad, events.get(dyad, []), ties.get(dyad), cells.get(dyad, [])


def _derive(row: dict[str, Any]) -> EventFacts | None:
    """The event as its mentions say it is (None: it has no mention left)."""
    event, mentions = row["event"], row["mentions"]
    if not mentions:
        return None
    durative = TieType(event["type"]).durative
    return derive_event(
        event["actor"], event["target"], durative, [mention_facts(m) for m in mentions]
    )


def _event_disagreements(row: dict[str, Any], facts: EventFacts | None) -> list[Disagreement]:
    event = row["event"]
    if facts is None:
        return [Disagreement("event", event["id"], "mentions", 0, "at least one")]
    return list(_compare("event", event["id"], event, derived_props(facts)))


def _summary(dyad: str, facts: EventFacts) -> EventSummary:
    weight = GOLDSTEIN[TieType(dyad.split("|")[0])]
    return EventSummary(
        facts.occurred_on,
        facts.status,
        facts.confidence,
        weight,
        facts.valid_from,
        facts.valid_to,
    )


def _expected_tie(dyad: str, summaries: list[EventSummary]) -> dict[str, Any] | None:
    if not summaries:
        return None
    tie_type = TieType(dyad.split("|")[0])
    props = tie_properties(tie_type, summarize_tie(tie_type, add_events(None, summaries)))
    props["valid_from"] = props["valid_from"] or []
    props["valid_to"] = props["valid_to"] or []
    return props


def _cell_disagreements(
    dyad: str, summaries: list[EventSummary], stored: list[dict[str, Any]]
) -> list[Disagreement]:
    facts = (
        (dyad, s.occurred_on, s.status.value, 1, s.confidence, s.occurred_on) for s in summaries
    )
    expected = {row["key"]: row for row in cell_rows(facts)}
    held = {cell["key"]: cell for cell in stored}
    found: list[Disagreement] = []
    for key in sorted(expected.keys() | held.keys()):
        found += _compare("cell", key, held.get(key), expected.get(key))
    return found


def _compare(
    kind: str, key: str, stored: dict[str, Any] | None, expected: dict[str, Any] | None
) -> list[Disagreement]:
    """The fields of `expected` that `stored` lacks or holds otherwise (floats as rounded)."""
    if stored is None or expected is None:
        if stored is expected:
            return []
        return [Disagreement(kind, key, "exists", stored is not None, expected is not None)]
    found = []
    for name, wanted in expected.items():
        held = stored.get(name)
        if kind == "tie" and name in ("valid_from", "valid_to"):
            held = held or []
        if not _same(held, wanted):
            found.append(Disagreement(kind, key, name, held, wanted))
    return found


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float | int) and isinstance(b, float | int) and not isinstance(a, bool):
        # Scores and confidences are stored rounded to 4 places, sums in another order.
        return math.isclose(a, b, rel_tol=1e-6, abs_tol=2e-4)
    return bool(a == b)
