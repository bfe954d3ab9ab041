"""A whole graph computed in Python with the write path's own rules, written as the CSV files
that Neo4j's offline importer reads.

The write path decides, per batch inside a transaction, which event each new mention joins,
each event's status and confidence, and each tie's and month cell's totals. Here the same pure
functions (`app.ingestion`) run over every batch in turn, with the events held in memory
instead of read back: a batch's mentions join the events that earlier batches left (dated as
derived after those batches), so the graph equals the one the same batches posted to the API
in the same order would build. What can be written at once (documents, mentions) streams to
disk; events, ties, month cells and memberships are written at the end.
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from app.extraction import ORGANIZATIONS, country_name
from app.ingestion.certainty import (
    OPEN_END,
    EventFacts,
    EventSummary,
    MentionFacts,
    add_events,
    derive_event,
    summarize_tie,
)
from app.ingestion.merging import EventMatcher, EventSlot, merged_windows, search_windows
from app.ingestion.models import DocumentIn, MembershipIn, MentionIn
from app.ingestion.months import cell_rows
from app.ingestion.service import (
    IngestReport,
    OrganizationIn,
    document_row,
    event_row,
    membership_of,
    mention_facts_of,
    mention_row,
    tie_properties,
)
from app.schema.service import FILLS, migrations
from app.vocabulary import GOLDSTEIN, EventStatus, TieType

ARRAY = ";"
"""neo4j-admin's array delimiter."""


@dataclass
class Event:
    """An event being built: its slot (dated as last derived) and its mentions' facts."""

    slot: EventSlot
    first: MentionIn
    facts: list[MentionFacts] = field(default_factory=list)
    derived: EventFacts | None = None
    """As derived from `facts` (None: facts were added since)."""


class Table:
    """One CSV file for the importer: a typed header, rows written as they come."""

    def __init__(self, path: Path, columns: dict[str, str], stack: ExitStack) -> None:
        """`columns`: property name → importer field (`name`, `name:date`, `:START_ID(Event)`)."""
        self.path = path
        self.columns = list(columns)
        self._known = frozenset(columns)
        self._file: TextIO = stack.enter_context(path.open("w", newline="", encoding="utf-8"))
        self._writer = csv.writer(self._file)
        self._writer.writerow(columns.values())
        self.multiline = False

    def write(self, values: dict[str, Any]) -> None:
        if not self._known.issuperset(values):  # a property without a column would be lost
            unknown = sorted(set(values) - self._known)
            raise ValueError(f"{self.path.name}: no column for {unknown}")
        row = [_cell(values.get(c)) for c in self.columns]
        if not self.multiline:
            text = "".join(row)
            self.multiline = "\n" in text or "\r" in text
        self._writer.writerow(row)


def _cell(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return str(value)
    if value is None:
        return ""
    if kind is float or kind is int:
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ARRAY.join(_cell(v) for v in value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _typed(name: str, value: Any) -> str:
    """The importer's field for a property, from a value it takes."""
    if isinstance(value, list):
        return _typed(name, value[0]) + "[]" if value else name
    kind = {bool: "boolean", int: "long", float: "double", datetime: "datetime", date: "date"}
    return f"{name}:{kind[type(value)]}" if type(value) in kind else name


STATUSES = [s.value for s in EventStatus]
_DATE, _DOUBLE, _LONG = ":date", ":double", ":long"
EVENT_COLUMNS = {
    "id": "id:ID(Event)",
    "type": "type",
    "dyad": "dyad",
    "actor": "actor",
    "target": "target",
    "location": "location",
    "cameo": "cameo",
    "goldstein": "goldstein:double",
    "status": "status",
    "confidence": "confidence:double",
    "sources": "sources:long",
    "mentions": "mentions:long",
    "occurred_on": "occurred_on:date",
    "precision": "precision",
    "valid_from": "valid_from:date",
    "valid_to": "valid_to:date",
    "first_reported": "first_reported:date",
    "last_reported": "last_reported:date",
    "created_at": "created_at:datetime",
}
TIE_COLUMNS = {
    "actor": ":START_ID(Actor)",
    "target": ":END_ID(Actor)",
    "dyad": "dyad",
    "type": "type",
    "first_on": "first_on:date",
    "last_on": "last_on:date",
    "events": "events:long",
    "status": "status",
    "confidence": "confidence:double",
    "score": "score:double",
    "valid_from": "valid_from:date[]",
    "valid_to": "valid_to:date[]",
    **{f"n_{s}": f"n_{s}:long" for s in STATUSES},
    **{f"first_on_{s}": f"first_on_{s}:date" for s in STATUSES},
    **{f"last_on_{s}": f"last_on_{s}:date" for s in STATUSES},
    **{f"confidence_{s}": f"confidence_{s}:double" for s in STATUSES},
    **{f"c_{s}": f"c_{s}:double" for s in STATUSES},
}
DOCUMENT_COLUMNS = {
    "id": "id:ID(Document)",
    "kind": "kind",
    "title": "title",
    "url": "url",
    "source": "source",
    "source_key": "source_key",
    "published_on": "published_on:date",
    "sha256": "sha256",
    "text": "text",
    "dataset": "dataset",
    "atop_id": "atop_id:long",
    "ingested_at": "ingested_at:datetime",
}
MENTION_COLUMNS = {
    "event": ":START_ID(Event)",
    "document": ":END_ID(Document)",
    "key": "key",
    "status": "status",
    "attributed_to": "attributed_to",
    "confidence": "confidence:double",
    "source_key": "source_key",
    "occurred_on": "occurred_on:date",
    "precision": "precision",
    "phase": "phase",
    "valid_from": "valid_from:date",
    "valid_to": "valid_to:date",
    "location": "location",
    "sentence": "sentence",
    "start": "start:long",
    "end": "end:long",
    "extractor": "extractor",
    "rule": "rule",
    "trigger_start": "trigger_start:long",
    "trigger_end": "trigger_end:long",
    "gdelt_event_id": "gdelt_event_id:long",
    "gdelt_num_sources": "gdelt_num_sources:long",
    "atop_id": "atop_id:long",
}
"""Every property the write path sets on documents and mentions (those of the imports too)."""
MONTH_COLUMNS = {
    "key": "key",
    "dyad": "dyad",
    "month": "month:date",
    **{f"n_{s}": f"n_{s}:long" for s in STATUSES},
    **{f"c_{s}": f"c_{s}:double" for s in STATUSES},
    **{f"f_{s}": f"f_{s}:date" for s in STATUSES},
}


@dataclass(frozen=True)
class Files:
    """The CSV files built, by what the importer makes of them."""

    nodes: list[tuple[str, Path]]
    """(labels separated by ":", file)."""
    relationships: list[tuple[str, Path]]
    """(relationship type, file)."""
    multiline: bool
    """Whether a field holds a line break (the importer must then read fields whole)."""


class GraphBuilder:
    """Takes batches as an import sink (`app.imports.service.Sink`), writes CSVs at `folder`."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self._stack = ExitStack()
        self.now = datetime.now(UTC)
        self._documents: Table | None = None
        self._mentions: Table | None = None
        self._document_ids: set[str] = set()
        self._mention_keys: set[str] = set()
        self._events: dict[str, Event] = {}
        self._slots: dict[str, dict[date, list[EventSlot]]] = {}
        """Per dyad, its events by date: where a batch looks for events to join."""
        self._countries: set[str] = set()
        self._organizations: dict[str, dict[str, Any]] = {}
        self._memberships: dict[tuple[str, str], dict[str, Any]] = {}
        self._locations: dict[tuple[str, str], None] = {}
        """(event, place) pairs in the order mentions named them."""

    async def __call__(
        self,
        documents: list[DocumentIn],
        organizations: list[OrganizationIn],
        memberships: list[MembershipIn],
    ) -> IngestReport:
        """One batch, as `ingestion.ingest` would write it."""
        report = IngestReport(documents=len(documents))
        for organization in organizations:
            held = self._organizations.setdefault(
                organization.code,
                {"name": organization.name, "kind": organization.kind, "props": {}},
            )
            held["props"].update(organization.properties)
        for m in memberships:
            self._countries.add(m.actor)
            self._memberships[(m.actor, m.organization)] = {
                "valid_from": m.valid_from,
                "valid_to": m.valid_to,
                "source": m.source,
            }
        fresh: list[tuple[DocumentIn, MentionIn, str]] = []
        for document in documents:
            self._document(document)
            for mention in (m.canonical() for m in document.mentions):
                key = document.mention_key(mention)
                if key in self._mention_keys:
                    report.mentions_known += 1
                else:
                    self._mention_keys.add(key)
                    fresh.append((document, mention, key))
        matcher = EventMatcher(self._candidates(m for _, m, _ in fresh))
        touched: dict[str, date | None] = {}
        """Events this batch joined, with the date they were filed under before (None: new)."""
        for document, mention, key in fresh:
            self._countries.update(c for c in (mention.actor, mention.target) if c)
            slot = matcher.assign(mention)
            event = self._events.get(slot.id)
            if event is None:
                event = self._events[slot.id] = Event(slot, mention)
                touched[slot.id] = None
                report.events_new += 1
            elif slot.id not in touched:
                touched[slot.id] = slot.occurred_on
                report.events_merged += 1
            event.facts.append(mention_facts_of(document, mention))
            event.derived = None
            row = mention_row(document, mention, key, slot.id)
            self._mention_table().write({"event": slot.id, "document": document.id, **row["props"]})
            if mention.location:
                self._countries.add(mention.location)
                self._locations.pop((slot.id, mention.location), None)
                self._locations[(slot.id, mention.location)] = None
            report.mentions_new += 1
        # Later batches find these events dated as derived now (as they would read them back).
        for event_id, filed in touched.items():
            slot = self._events[event_id].slot
            by_day = self._slots.setdefault(slot.dyad, {})
            if filed is not None:
                by_day[filed].remove(slot)
            derived = _derive(self._events[event_id])
            slot.occurred_on, slot.precision, slot.new = (
                derived.occurred_on,
                derived.precision,
                False,
            )
            by_day.setdefault(slot.occurred_on, []).append(slot)
        return report

    def _candidates(self, mentions: Iterable[MentionIn]) -> list[EventSlot]:
        """The events the mentions may join: those dated within their search windows, as the
        write path reads them (`find_candidate_events`); looking at every event of a busy
        dyad for each mention would cost its square."""
        windows: dict[str, list[tuple[date, date]]] = {}
        for mention in mentions:
            windows.setdefault(mention.dyad, []).extend(search_windows(mention))
        found = []
        for dyad, ranges in windows.items():
            by_day = self._slots.get(dyad)
            if not by_day:
                continue
            for low, high in merged_windows(ranges):
                if (high - low).days > len(by_day):
                    found += [s for day, ss in by_day.items() if low <= day <= high for s in ss]
                    continue
                day = low
                while day <= high:
                    found += by_day.get(day, ())
                    day += timedelta(days=1)
        return found

    def _document(self, document: DocumentIn) -> None:
        if document.id in self._document_ids:
            return
        self._document_ids.add(document.id)
        if self._documents is None:
            path = self.folder / "documents.csv"
            self._documents = Table(path, DOCUMENT_COLUMNS, self._stack)
        self._documents.write({**document_row(document)["props"], "ingested_at": self.now})

    def _mention_table(self) -> Table:
        if self._mentions is None:
            path = self.folder / "reported_in.csv"
            self._mentions = Table(path, MENTION_COLUMNS, self._stack)
        return self._mentions

    def _table(self, name: str, fixed: dict[str, str], sample: dict[str, Any]) -> Table:
        columns = {**fixed}
        for key, value in sample.items():
            if key not in columns:
                columns[key] = _typed(key, value)
        return Table(self.folder / f"{name}.csv", columns, self._stack)

    def finish(self) -> Files:
        """Write the events, ties, month cells, actors and memberships; close every file."""
        with self._stack:
            stack = self._stack
            events = Table(self.folder / "events.csv", EVENT_COLUMNS, stack)
            actor_rel = Table(self.folder / "actor.csv", _ends("Event", "Actor"), stack)
            target_rel = Table(self.folder / "target.csv", _ends("Event", "Actor"), stack)
            location_rel = Table(self.folder / "location.csv", _ends("Event", "Actor"), stack)
            by_dyad: dict[str, list[EventSummary]] = {}
            cells = []
            locations = dict(self._locations.keys())  # an event's place: the last one named
            for event_id, event in self._events.items():
                derived = _derive(event)
                row = event_row(event_id, event.first, derived)["props"]
                row.update(created_at=self.now, location=locations.get(event_id))
                events.write(row)
                actor_rel.write({"start": event_id, "end": event.first.actor})
                target_rel.write({"start": event_id, "end": event.first.target})
                dyad = event.first.dyad
                by_dyad.setdefault(dyad, []).append(
                    EventSummary(
                        derived.occurred_on, derived.status, derived.confidence,
                        GOLDSTEIN[event.first.type], derived.valid_from, derived.valid_to,
                    )
                )  # fmt: skip
                status = derived.status.value
                day = derived.occurred_on
                cells.append((dyad, day, status, 1, derived.confidence, day))
            for event_id, code in self._locations:
                location_rel.write({"start": event_id, "end": code})
            months = Table(self.folder / "dyad_months.csv", MONTH_COLUMNS, stack)
            for cell in cell_rows(cells):
                months.write(cell)
            ties = Table(self.folder / "ties.csv", TIE_COLUMNS, stack)
            for dyad, summaries in by_dyad.items():
                tie_type, actor, target = dyad.split("|")
                tie = summarize_tie(TieType(tie_type), add_events(None, summaries))
                props = tie_properties(TieType(tie_type), tie)
                ties.write({**props, "dyad": dyad, "actor": actor, "target": target})
                membership = membership_of(dyad)
                if membership and tie.valid_from:
                    end = tie.valid_to[-1]
                    self._memberships[membership] = {
                        "valid_from": tie.valid_from[0],
                        "valid_to": None if end == OPEN_END else end,
                        "source": "events",
                    }
            countries, organizations = self._actors(stack)
            members = Table(
                self.folder / "member_of.csv",
                {
                    "actor": ":START_ID(Actor)",
                    "organization": ":END_ID(Actor)",
                    "valid_from": "valid_from:date",
                    "valid_to": "valid_to:date",
                    "source": "source",
                },
                stack,
            )
            for (actor, organization), values in self._memberships.items():
                members.write({"actor": actor, "organization": organization, **values})
            system = self._system(stack)
            tables = [events, actor_rel, target_rel, location_rel, months, ties, members]
            tables += [t for t in (self._documents, self._mentions) if t is not None]
        nodes = [("Actor:Country", countries), ("Actor:Organization", organizations)]
        nodes += [("Event", events.path), ("DyadMonth", months.path)]
        nodes += system
        if self._documents is not None:
            nodes.append(("Document", self._documents.path))
        relationships = [
            ("ACTOR", actor_rel.path),
            ("TARGET", target_rel.path),
            ("LOCATION", location_rel.path),
            ("TIE", ties.path),
            ("MEMBER_OF", members.path),
        ]
        if self._mentions is not None:
            relationships.append(("REPORTED_IN", self._mentions.path))
        return Files(nodes, relationships, any(t.multiline for t in tables))

    def _actors(self, stack: ExitStack) -> tuple[Path, Path]:
        organizations = dict(self._organizations)
        codes = self._countries | {o for _, o in self._memberships}
        for code in sorted(codes):
            if code in ORGANIZATIONS and code not in organizations:
                organizations[code] = {"name": ORGANIZATIONS[code], "kind": "alliance", "props": {}}
        sample: dict[str, Any] = {}
        for held in organizations.values():
            for key, value in held["props"].items():
                sample.setdefault(key, value)
        fixed = {"code": "code:ID(Actor)", "name": "name", "kind": "kind"}
        table = self._table("organizations", fixed, sample)
        for code, held in organizations.items():
            table.write({**held["props"], "code": code, "name": held["name"], "kind": held["kind"]})
        countries = Table(self.folder / "countries.csv", {"code": "code:ID(Actor)", "name": "name"},
                          stack)  # fmt: skip
        for code in sorted(codes - organizations.keys()):
            countries.write({"code": code, "name": country_name(code) or code})
        return countries.path, table.path

    def _system(self, stack: ExitStack) -> list[tuple[str, Path]]:
        """The graph version (a new token) and the migrations whose values the load computed."""
        version = Table(
            self.folder / "graph_version.csv",
            {"id": "id", "token": "token", "seq": "seq:long", "changed_at": "changed_at:datetime"},
            stack,
        )
        version.write({"id": "graph", "token": str(uuid.uuid4()), "seq": 0, "changed_at": self.now})
        filled = Table(
            self.folder / "migrations.csv",
            {"version": "version:long", "name": "name", "applied_at": "applied_at:datetime"},
            stack,
        )
        for migration in migrations():
            if migration.version in FILLS:
                filled.write(
                    {"version": migration.version, "name": migration.name, "applied_at": self.now}
                )
        return [("GraphVersion", version.path), ("Migration", filled.path)]


def _ends(start: str, end: str) -> dict[str, str]:
    return {"start": f":START_ID({start})", "end": f":END_ID({end})"}


def _derive(event: Event) -> EventFacts:
    if event.derived is None:
        first = event.first
        event.derived = derive_event(first.actor, first.target, first.type.durative, event.facts)
    return event.derived


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of `size` items (the last may be shorter)."""
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
