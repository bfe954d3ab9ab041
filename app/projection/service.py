"""The graph of qualifying ties for each filter set, held in memory until the graph changes.

Paths, networks and the country list are questions about the whole country graph; walking it
in Cypher visits every tie of the dense hubs on each request. Instead the qualifying ties are
held here (`app.projection.model`) per filter set with the graph's version, which every write
transaction changes (`Graph.in_write_transaction`). A request then costs one small read to
check the version.

Undated filter sets are read from the ties' per-status facts (`projection/list_ties`). Dated
ones (`as_of`, `since`, `until`, a confidence floor), which a date slider changes on every
request, are decided in memory from the event table (`app.projection.table`), one per process.
After writes, both catch up by reading again only the ties those writes named (`GraphChange`,
the last `CHANGES_KEPT`); they are read whole when a change is no longer kept, did not name its
ties, or the TIE count says ties were written some other way.

Requests running side by side share their version reads (`VersionReads`), and answers that
cost more to make than to keep (country profiles, timelines) are kept with the version they
were made at (`Answers`).
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
from neo4j.exceptions import DriverError, Neo4jError

from app.core.db import Graph
from app.core.errors import Unavailable
from app.core.http import weak_etag
from app.filters import DEFAULT_STATUSES, TieFilter
from app.projection import repository, table
from app.projection.in_force import InForce
from app.projection.model import STATUSES, TYPES, Actors, Ints, Projection, Rows, dyad_number
from app.projection.repository import Version
from app.projection.table import EventTable, InForceTies, Selected
from app.vocabulary import EventStatus

log = logging.getLogger("entente")
K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
CACHED = 16
ANSWER_BYTES = 64 * 1024 * 1024
"""Serialised answers kept per process (country profiles, timelines)."""
KEPT = 1024
"""Values read from the graph kept per process (what a profile shows besides its ties)."""
CATCH_UP_LIMIT = 20_000
"""Above this many changed ties, reading them all costs less."""


async def register(graph: Graph, actors: Actors, codes: set[str]) -> None:
    """Read the name and kind of actors not yet known."""
    missing = actors.missing(codes)
    if missing:
        actors.add(await repository.list_actors(graph, codes=missing))


async def tie_rows(graph: Graph, actors: Actors, columns: dict[str, list[Any]]) -> Rows:
    """`list_ties` columns as rows in answer order."""
    await register(graph, actors, set(columns["source"]) | set(columns["target"]))
    return Rows(
        source=actors.id_array(columns["source"]),
        target=actors.id_array(columns["target"]),
        kind=np.array([TYPES.index(t) for t in columns["type"]], np.int64),
        first=np.array(columns["first_on"], "datetime64[D]").astype(np.int64),
        last=np.array(columns["last_on"], "datetime64[D]").astype(np.int64),
        events=np.array(columns["events"], np.int64),
        status=np.array([STATUSES.index(s) for s in columns["status"]], np.int64),
        confidence=np.array(columns["confidence"], np.float64),
        score=np.array(columns["score"], np.float64),
    ).ordered(actors)


def dyad_numbers(actors: Actors, dyads: set[str]) -> Ints:
    """The `dyad_number`s of dyad keys whose actors are known (no row has the others)."""
    numbers = []
    for dyad in dyads:
        kind, a, b = dyad.split("|")
        if a in actors.ids and b in actors.ids and kind in TYPES:
            numbers.append(dyad_number(TYPES.index(kind), actors.ids[a], actors.ids[b]))
    return np.array(numbers, np.int64)


async def project(graph: Graph, filters: TieFilter, actors: Actors) -> Projection:
    """Read the qualifying ties of an undated filter set and their actors."""
    columns = await repository.list_ties(graph, filters=filters)
    return Projection(await tie_rows(graph, actors, columns), actors)


async def changed_dyads(graph: Graph, since: Version, now: Version) -> set[str] | None:
    """The ties the writes after `since` up to `now` named; None when they cannot say (see the
    module docstring)."""
    if since.seq is None or now.seq is None or now.seq <= since.seq:
        return None
    changes = await repository.list_changes(graph, after=since.seq, upto=now.seq)
    if [c.seq for c in changes] != list(range(since.seq + 1, now.seq + 1)):
        return None
    if changes[-1].ties != now.ties or any(c.dyads is None for c in changes):
        return None
    dyads = {d for c in changes for d in c.dyads or ()}
    return dyads if len(dyads) <= CATCH_UP_LIMIT else None


async def catch_up(
    graph: Graph, filters: TieFilter, held: Projection, since: Version, now: Version
) -> Projection | None:
    """`held`, made at `since`, brought to `now` by reading again the ties that the writes in
    between named; None when they cannot say."""
    dyads = await changed_dyads(graph, since, now)
    if dyads is None:
        return None
    rows = Rows.empty()
    if dyads:
        columns = await repository.list_ties(graph, filters=filters, dyads=sorted(dyads))
        rows = await tie_rows(graph, held.actors, columns)
    return held.patched(dyad_numbers(held.actors, dyads), rows)


async def read_table(graph: Graph, actors: Actors, dyads: list[str] | None) -> table.Read:
    found = await table.read(graph, dyads)
    await register(graph, actors, set(found.source) | set(found.target))
    return found


class VersionReads:
    """The graph's version for requests that run side by side: one read answers every request
    that arrived before it began, so a burst of requests costs one round trip, and no request
    is answered from a read that began before it arrived (a write acknowledged by then, in any
    process, is always seen)."""

    def __init__(self) -> None:
        self._waiting: asyncio.Future[Version] | None = None
        self.reader: asyncio.Task[None] | None = None
        """The read running, if any (`Projections.close` stops it)."""

    async def current(self, graph: Graph) -> Version:
        """The version as read by a read that began after this call."""
        if self._waiting is None:
            self._waiting = asyncio.get_running_loop().create_future()
        waiting = self._waiting
        if self.reader is None or self.reader.done():
            self.reader = asyncio.create_task(self._read(graph))
        return await asyncio.shield(waiting)

    async def _read(self, graph: Graph) -> None:
        """Read for the waiting requests; those that arrive meanwhile wait for the next read."""
        while (batch := self._waiting) is not None:
            self._waiting = None
            try:
                batch.set_result(await repository.get_version(graph))
            except asyncio.CancelledError:
                batch.cancel()
                raise
            except Exception as error:  # every waiter gets the driver's error
                batch.set_exception(error)


@dataclass(frozen=True)
class Answer:
    """A serialised answer and its ETag, hashed once rather than on every request."""

    body: bytes
    etag: str

    @classmethod
    def of(cls, body: bytes) -> Answer:
        return cls(body, weak_etag(body))


class Answers:
    """Serialised answers with the graph version they were made at; the least recently used
    are dropped past `budget` bytes."""

    def __init__(self, budget: int = ANSWER_BYTES) -> None:
        self._held: OrderedDict[Hashable, tuple[Version, Answer]] = OrderedDict()
        self._budget = budget
        self._bytes = 0

    def get(self, key: Hashable, version: Version) -> Answer | None:
        held = self._held.get(key)
        if held is None or held[0] != version:
            return None
        self._held.move_to_end(key)
        return held[1]

    def put(self, key: Hashable, version: Version, answer: Answer) -> None:
        old = self._held.pop(key, None)
        if old is not None:
            self._bytes -= len(old[1].body)
        self._held[key] = (version, answer)
        self._bytes += len(answer.body)
        while self._bytes > self._budget and self._held:
            _, (_, dropped) = self._held.popitem(last=False)
            self._bytes -= len(dropped.body)


class Kept:
    """Values read from the graph, with the version they were read at; the least recently
    used are dropped past `size`."""

    def __init__(self, size: int = KEPT) -> None:
        self._held: OrderedDict[Hashable, tuple[Version, Any]] = OrderedDict()
        self._size = size

    async def get(self, key: Hashable, version: Version, read: Callable[[], Awaitable[V]]) -> V:
        """The value under `key` at `version`, read by `read()` (after `version` was read)
        when not held."""
        held = self._held.get(key)
        if held is not None and held[0] == version:
            self._held.move_to_end(key)
            value: V = held[1]
            return value
        value = await read()
        self._held[key] = (version, value)
        self._held.move_to_end(key)
        while len(self._held) > self._size:
            self._held.popitem(last=False)
        return value


class Projections:
    """The projection of each recently asked filter set and the event table, brought up to the
    graph's version, and answers made from the graph, kept until it changes."""

    def __init__(self, size: int = CACHED) -> None:
        self.actors = Actors()
        self._cache: OrderedDict[TieFilter, tuple[Projection, Version]] = OrderedDict()
        self._size = size
        self._building: dict[tuple[TieFilter, Version], asyncio.Future[Projection]] = {}
        self._table: tuple[EventTable, Version] | None = None
        self._tables: dict[Version, asyncio.Future[EventTable]] = {}
        self.making: dict[tuple[int, frozenset[EventStatus]], asyncio.Task[InForce]] = {}
        """`InForce`s being made in a thread (`qualifying`)."""
        self.versions = VersionReads()
        self.answers = Answers()
        self.kept = Kept()

    async def get(
        self, graph: Graph, filters: TieFilter, version: Version | None = None
    ) -> Projection:
        """The projection for these filters at the graph's current version (`version`, when
        the caller read it for this request)."""
        version = version or await self.versions.current(graph)
        held = self._cache.get(filters)
        if held is not None and held[1] == version:
            self._cache.move_to_end(filters)
            return held[0]
        # Concurrent misses for one filter set and version read once; other filter sets do
        # not wait for this one.
        return await _shared(
            self._building, (filters, version), lambda: self._build(graph, filters, held, version)
        )

    async def _build(
        self,
        graph: Graph,
        filters: TieFilter,
        held: tuple[Projection, Version] | None,
        version: Version,
    ) -> Projection:
        if filters.needs_events:
            events = await self.table(graph, version)
            ties = self.qualifying(events, filters)
            projection = Projection(ties, self.actors, within=(events.pair_graph, ties.ids))
        else:
            found = await catch_up(graph, filters, *held, version) if held else None
            projection = found or await project(graph, filters, self.actors)
        self._cache[filters] = (projection, version)
        self._cache.move_to_end(filters)
        while len(self._cache) > self._size:
            self._cache.popitem(last=False)
        return projection

    def qualifying(
        self, events: EventTable, filters: TieFilter, ties: Ints | None = None
    ) -> Selected | InForceTies:
        """`events.qualifying`; but while the table has no `InForce` for the statuses asked
        (after each write the table is new), the events are checked one by one and it is made
        in a thread: the answer is the same either way, and making it (≈ 0.1-0.2 s at 1M events)
        is not added to a request's time."""
        if filters.as_of_only and events.held_in_force(filters.statuses) is None:
            key = (id(events), frozenset(filters.statuses))
            if key not in self.making:
                self.making[key] = task = asyncio.create_task(
                    asyncio.to_thread(events.in_force, filters.statuses)
                )
                task.add_done_callback(lambda _: self.making.pop(key, None))
            return events.select(filters, ties)
        return events.qualifying(filters, ties)

    async def table(self, graph: Graph, version: Version) -> EventTable:
        """The event table at `version`: the one held, brought up to it."""
        held = self._table
        if held is not None and held[1] == version:
            return held[0]
        return await _shared(self._tables, version, lambda: self._read(graph, held, version))

    async def _read(
        self, graph: Graph, held: tuple[EventTable, Version] | None, version: Version
    ) -> EventTable:
        dyads = await changed_dyads(graph, held[1], version) if held else None
        if held is not None and dyads is not None:
            found = await read_table(graph, self.actors, sorted(dyads))
            events = held[0].patched(dyads, found)
        else:
            events = EventTable.of(self.actors, await read_table(graph, self.actors, None))
        self._table = (events, version)
        return events

    async def close(self) -> None:
        """Stop the reads and builds still running, before the driver closes: a shared read
        outlives the caller that gave up on it (`_shared`), so cancelling the start-up warm-up
        alone left the event table's read to run on a closed driver."""
        pending: list[asyncio.Future[Any]] = [
            *self._building.values(),
            *self._tables.values(),
            *self.making.values(),
        ]
        if self.versions.reader is not None:
            pending.append(self.versions.reader)
        for future in pending:
            future.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    async def warm(self, graph: Graph) -> None:
        """Read the event table ahead of the first dated question (at start-up), and make what
        a date slider's questions read of it (`as_of` with the default statuses); a failure is
        only logged: that question reads it again."""
        try:
            events = await self.table(graph, await self.versions.current(graph))
        except (DriverError, Neo4jError, OSError, Unavailable) as error:
            log.warning("event table not read at start-up: %s", error)
            return
        await asyncio.to_thread(events.prepare, DEFAULT_STATUSES)

    async def around(
        self, graph: Graph, filters: TieFilter, code: str, version: Version | None = None
    ) -> Projection:
        """A projection that holds every tie of `code`: the filter set's own when it is held;
        else only `code`'s ties (from the event table, or for an undated filter set read
        alone: reading the whole graph for one country's partners cost seconds on a hub)."""
        if filters in self._cache:
            return await self.get(graph, filters, version)
        if filters.needs_events:
            events = await self.table(graph, version or await self.versions.current(graph))
            return Projection(self.qualifying(events, filters, events.ties_of(code)), self.actors)
        dyads = await repository.list_actor_dyads(graph, code=code)
        rows = Rows.empty()
        if dyads:
            columns = await repository.list_ties(graph, filters=filters, dyads=dyads)
            rows = await tie_rows(graph, self.actors, columns)
        return Projection(rows, self.actors)

    async def answer(
        self, graph: Graph, key: Hashable, make: Callable[[Version], Awaitable[bytes]]
    ) -> Answer:
        """The answer under `key` at the graph's current version, made by `make(version)` when
        not held. `make` reads after the version was read, so what it stores is never older
        than that."""
        version = await self.versions.current(graph)
        answer = self.answers.get(key, version)
        if answer is None:
            answer = Answer.of(await make(version))
            self.answers.put(key, version, answer)
        return answer


async def _shared(
    running: dict[K, asyncio.Future[V]], key: K, start: Callable[[], Coroutine[Any, Any, V]]
) -> V:
    """The result of `start()` for `key`, started once for every caller that asks while it
    runs; a caller that gives up does not stop it for the others."""
    future = running.get(key)
    if future is None:
        future = asyncio.ensure_future(start())
        running[key] = future
        future.add_done_callback(lambda _: running.pop(key, None))
    return await asyncio.shield(future)
