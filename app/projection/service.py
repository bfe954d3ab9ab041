"""The graph of qualifying ties for one filter set, held in memory until the graph changes.

Paths, networks and the country list are questions about the whole country graph; walking it
in Cypher visits every tie of the dense hubs on each request. Instead Neo4j decides once which
ties qualify (`projection/list_ties`, the exact filter used everywhere) and the result, a few
hundred actors and their ties, is kept here per filter set with the graph's version, which
every write transaction changes (`Graph.in_write_transaction`). A request then costs one small
read to check the version. After writes, the projection catches up by reading again only the
ties those writes named (`GraphChange`, the last `CHANGES_KEPT`); it is read whole when a change
is no longer kept, did not name its ties, or the TIE count says ties were written some other
way.

Requests running side by side share their version reads (`VersionReads`), and answers that
cost more to make than to keep (country profiles, timelines) are kept with the version they
were made at (`Answers`). A profile under a filter set whose projection is not held (a date
slider's new `as_of`) reads only its own country's ties.

Each pair of actors is one edge of the pair graph. Its representative tie is the qualifying tie
with the highest confidence (then the smallest dyad key), so paths differ by the actors they
pass through; its weight for communities is the summed score of its ties (at least 0.1, so a
pair linked only by denied events still links).
"""

from __future__ import annotations

import asyncio
import random
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import igraph
import orjson

from app.core.db import Graph
from app.core.http import weak_etag
from app.filters import TieFilter
from app.projection import repository
from app.projection.repository import Version

MIN_WEIGHT = 0.1
SEED = 7
HOP = 1000.0
"""Path weight of one hop, above any total confidence: fewer hops always rank first."""
CACHED = 16
ANSWER_BYTES = 64 * 1024 * 1024
"""Serialised answers kept per process (country profiles, timelines)."""
CATCH_UP_LIMIT = 20_000
"""Above this many changed ties, reading the whole projection costs less."""

Tie = dict[str, Any]
Pair = tuple[str, str]
"""Two actor codes, the smaller first."""


def _dyad(tie: Tie) -> str:
    return f"{tie['type']}|{tie['source']}|{tie['target']}"


def _pair(tie: Tie) -> Pair:
    a, b = tie["source"], tie["target"]
    return (a, b) if a < b else (b, a)


def _rank(tie: Tie) -> tuple[float, str]:
    """Highest confidence first, then the smallest dyad key."""
    return -tie["confidence"], _dyad(tie)


def _edge(group: dict[str, Tie]) -> tuple[Tie, float]:
    """A pair's representative tie and its weight for communities (summed in dyad order, so
    every process gets the same communities)."""
    best = min(group.values(), key=_rank)
    return best, sum(max(group[k]["score"] or 0.0, MIN_WEIGHT) for k in sorted(group))


class Projection:
    """Qualifying ties grouped by pair of actors, their actors and the pair graph."""

    def __init__(
        self,
        groups: dict[Pair, dict[str, Tie]],
        actors: dict[str, dict[str, Any]],
        edges: dict[Pair, tuple[Tie, float]] | None = None,
    ) -> None:
        """`groups`: per pair, its ties by dyad key; `edges`: `_edge` of each group, when known."""
        self.groups = groups
        self.actors = actors
        self.edges = edges if edges is not None else {p: _edge(g) for p, g in groups.items()}
        self.codes = sorted({code for pair in groups for code in pair})
        self.index = {code: i for i, code in enumerate(self.codes)}
        pairs = sorted(groups)
        self.pair_ties = [self.edges[p][0] for p in pairs]
        self.pair_weights = [self.edges[p][1] for p in pairs]
        self.pairs = igraph.Graph(
            n=len(self.codes), edges=[(self.index[a], self.index[b]) for a, b in pairs]
        )
        self.pairs.vs["code"] = self.codes
        self.pairs.vs["organization"] = [self.node(c)["kind"] == "organization" for c in self.codes]
        self.pairs.es["tie"] = range(len(pairs))
        self.pairs.es["cost"] = [HOP - t["confidence"] for t in self.pair_ties]

    @classmethod
    def of(cls, ties: list[Tie], actors: dict[str, dict[str, Any]]) -> Projection:
        """A projection of ties as `list_ties` reads them."""
        groups: dict[Pair, dict[str, Tie]] = {}
        for tie in ties:
            groups.setdefault(_pair(tie), {})[_dyad(tie)] = tie
        return cls(groups, actors)

    @cached_property
    def pairs_of(self) -> dict[str, list[Pair]]:
        """Per actor, the pairs it is in."""
        pairs: dict[str, list[Pair]] = {}
        for pair in self.groups:
            for code in pair:
                pairs.setdefault(code, []).append(pair)
        return pairs

    def ties_of(self, code: str) -> list[Tie]:
        """The ties of one actor."""
        return [t for pair in self.pairs_of.get(code, []) for t in self.groups[pair].values()]

    @cached_property
    def totals(self) -> dict[str, dict[str, int]]:
        """Per actor: its partners, ties and their events."""
        totals: dict[str, dict[str, int]] = {}
        for pair, group in self.groups.items():
            events = sum(t["events"] for t in group.values())
            for code in pair:
                held = totals.setdefault(code, {"partners": 0, "ties": 0, "events": 0})
                held["partners"] += 1
                held["ties"] += len(group)
                held["events"] += events
        return totals

    @cached_property
    def ties(self) -> list[Tie]:
        """Every tie, sorted by source, target and type."""
        every = [t for group in self.groups.values() for t in group.values()]
        return sorted(every, key=lambda t: (t["source"], t["target"], t["type"]))

    def patched(
        self, dyads: set[str], ties: list[Tie], actors: dict[str, dict[str, Any]]
    ) -> Projection:
        """This projection with the ties of `dyads` replaced by `ties` (those that qualify now);
        only the pairs they belong to are summed up again."""
        groups, edges = dict(self.groups), dict(self.edges)
        touched: set[Pair] = set()
        for dyad in dyads:
            _, a, b = dyad.split("|")
            pair = (a, b) if a < b else (b, a)
            if dyad in groups.get(pair, {}):
                groups[pair] = {k: t for k, t in groups[pair].items() if k != dyad}
                touched.add(pair)
        for tie in ties:
            pair = _pair(tie)
            groups[pair] = {**groups.get(pair, {}), _dyad(tie): tie}
            touched.add(pair)
        for pair in touched:
            if groups[pair]:
                edges[pair] = _edge(groups[pair])
            else:
                del groups[pair], edges[pair]
        return Projection(groups, {**self.actors, **actors}, edges)

    def node(self, code: str) -> dict[str, Any]:
        """An actor as answers show it."""
        actor = self.actors.get(code, {})
        kind = "organization" if actor.get("organization") else "country"
        return {"code": code, "name": actor.get("name"), "kind": kind}

    @cached_property
    def nodes(self) -> list[dict[str, Any]]:
        """Every actor with its degree (distinct partners) and community."""
        degrees = self.pairs.degree()
        return [
            {**self.node(code), "degree": degrees[i], "community": self.communities[i]}
            for i, code in enumerate(self.codes)
        ]

    @cached_property
    def network_json(self) -> bytes:
        """The network answer, serialised once: dumping tens of thousands of ties costs more
        than anything else in it."""
        return orjson.dumps({"nodes": self.nodes, "edges": self.ties})

    @cached_property
    def network_etag(self) -> str:
        return weak_etag(self.network_json)

    @cached_property
    def communities(self) -> list[int]:
        """Louvain (multilevel) communities, numbered by size, largest first; seeded, so stable."""
        if not self.pair_ties:
            return [0] * len(self.codes)
        igraph.set_random_number_generator(random.Random(SEED))
        clusters = self.pairs.community_multilevel(weights=self.pair_weights)
        groups = sorted(
            (sorted(self.codes[i] for i in c) for c in clusters), key=lambda c: (-len(c), c)
        )
        label = {code: n for n, members in enumerate(groups) for code in members}
        return [label[code] for code in self.codes]

    @cached_property
    def countries(self) -> igraph.Graph:
        """The pair graph without organizations."""
        return self.pairs.induced_subgraph(self.pairs.vs.select(organization=False))

    def around(self, code: str, depth: int) -> Projection:
        """The ties among the actors at most `depth` hops from `code`."""
        if code not in self.index:
            return Projection({}, {})
        keep = {self.codes[i] for i in self.pairs.neighborhood(self.index[code], order=depth)}
        groups = {p: g for p, g in self.groups.items() if p[0] in keep and p[1] in keep}
        return Projection(groups, self.actors, {p: self.edges[p] for p in groups})

    def shortest_paths(
        self, source: str, target: str, *, k: int, max_hops: int, via_organizations: bool
    ) -> list[tuple[list[str], list[Tie]]]:
        """Up to `k` paths by hops, then higher total confidence (Yen's algorithm in igraph)."""
        if source == target or source not in self.index or target not in self.index:
            return []
        ends = (self.index[source], self.index[target])
        graph = self.pairs
        if not via_organizations:  # organizations may only be where a path starts or ends
            organization = self.pairs.vs["organization"]
            graph = self.countries
            if any(organization[i] for i in ends):
                keep = [i for i, org in enumerate(organization) if not org or i in ends]
                graph = self.pairs.induced_subgraph(keep)
        at = {code: i for i, code in enumerate(graph.vs["code"])}
        found = graph.get_k_shortest_paths(
            at[source], to=at[target], k=k, weights="cost", output="epath"
        )
        paths = []
        for edges in found:
            if not edges or len(edges) > max_hops:
                continue
            codes = [source]
            for e in edges:
                a, b = (graph.vs[v]["code"] for v in graph.es[e].tuple)
                codes.append(b if a == codes[-1] else a)
            paths.append((codes, [self.pair_ties[graph.es[e]["tie"]] for e in edges]))
        return paths


async def project(graph: Graph, filters: TieFilter) -> Projection:
    """Read the qualifying ties and their actors."""
    ties = await repository.list_ties(graph, filters=filters)
    codes = sorted({t["source"] for t in ties} | {t["target"] for t in ties})
    actors = await repository.list_actors(graph, codes=codes) if codes else {}
    return Projection.of(ties, actors)


async def catch_up(
    graph: Graph, filters: TieFilter, held: Projection, since: Version, now: Version
) -> Projection | None:
    """`held`, made at `since`, brought to `now` by reading again the ties that the writes in
    between named; None when they cannot say (see the module docstring)."""
    if since.seq is None or now.seq is None or now.seq <= since.seq:
        return None
    changes = await repository.list_changes(graph, after=since.seq, upto=now.seq)
    if [c.seq for c in changes] != list(range(since.seq + 1, now.seq + 1)):
        return None
    if changes[-1].ties != now.ties or any(c.dyads is None for c in changes):
        return None
    dyads = {d for c in changes for d in c.dyads or ()}
    if len(dyads) > CATCH_UP_LIMIT:
        return None
    ties = await repository.list_ties(graph, filters=filters, dyads=sorted(dyads)) if dyads else []
    codes = {t["source"] for t in ties} | {t["target"] for t in ties}
    new = sorted(codes - held.actors.keys())
    actors = await repository.list_actors(graph, codes=new) if new else {}
    return held.patched(dyads, ties, actors)


class VersionReads:
    """The graph's version for requests that run side by side: one read answers every request
    that arrived before it began, so a burst of requests costs one round trip, and no request
    is answered from a read that began before it arrived (a write acknowledged by then, in any
    process, is always seen)."""

    def __init__(self) -> None:
        self._waiting: asyncio.Future[Version] | None = None
        self._reader: asyncio.Task[None] | None = None

    async def current(self, graph: Graph) -> Version:
        """The version as read by a read that began after this call."""
        if self._waiting is None:
            self._waiting = asyncio.get_running_loop().create_future()
        waiting = self._waiting
        if self._reader is None or self._reader.done():
            self._reader = asyncio.create_task(self._read(graph))
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


class Projections:
    """The projection of each recently asked filter set, brought up to the graph's version,
    and answers made from the graph, kept until it changes."""

    def __init__(self, size: int = CACHED) -> None:
        self._cache: OrderedDict[TieFilter, tuple[Projection, Version]] = OrderedDict()
        self._size = size
        self._building: dict[tuple[TieFilter, Version], asyncio.Future[Projection]] = {}
        self.versions = VersionReads()
        self.answers = Answers()

    async def get(self, graph: Graph, filters: TieFilter) -> Projection:
        """The projection for these filters at the graph's current version."""
        version = await self.versions.current(graph)
        held = self._cache.get(filters)
        if held is not None and held[1] == version:
            self._cache.move_to_end(filters)
            return held[0]
        # Concurrent misses for one filter set and version read once; other filter sets do
        # not wait for this one.
        key = (filters, version)
        building = self._building.get(key)
        if building is None:
            building = asyncio.ensure_future(self._build(graph, filters, held, version))
            self._building[key] = building
            building.add_done_callback(lambda _: self._building.pop(key, None))
        return await asyncio.shield(building)

    async def _build(
        self,
        graph: Graph,
        filters: TieFilter,
        held: tuple[Projection, Version] | None,
        version: Version,
    ) -> Projection:
        found = await catch_up(graph, filters, *held, version) if held else None
        projection = found or await project(graph, filters)
        self._cache[filters] = (projection, version)
        self._cache.move_to_end(filters)
        while len(self._cache) > self._size:
            self._cache.popitem(last=False)
        return projection

    async def around(self, graph: Graph, filters: TieFilter, code: str) -> Projection:
        """A projection that holds every tie of `code`: the filter set's own when it is held;
        else only `code`'s ties, read alone (a date slider asks a new filter set each time, and
        reading the whole graph for one country's partners cost seconds on a hub)."""
        if filters in self._cache:
            return await self.get(graph, filters)
        dyads = await repository.list_actor_dyads(graph, code=code)
        ties = await repository.list_ties(graph, filters=filters, dyads=dyads) if dyads else []
        codes = sorted({t["source"] for t in ties} | {t["target"] for t in ties})
        actors = await repository.list_actors(graph, codes=codes) if codes else {}
        return Projection.of(ties, actors)

    async def answer(
        self, graph: Graph, key: Hashable, make: Callable[[], Awaitable[bytes]]
    ) -> Answer:
        """The answer under `key` at the graph's current version, made by `make` when not held.
        `make` reads after the version was read, so what it stores is never older than that."""
        version = await self.versions.current(graph)
        answer = self.answers.get(key, version)
        if answer is None:
            answer = Answer.of(await make())
            self.answers.put(key, version, answer)
        return answer
