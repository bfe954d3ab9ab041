"""The in-memory graph of qualifying ties: columns of numbers, not a dict per tie.

A date slider asks a new filter set on every request, so a projection is made far more often
than it is kept; with tens of thousands of ties, making a dict per tie (and sorting them) cost
more than the question. Ties are rows of parallel arrays (`Rows`) whose actors are ids in one
registry per process (`Actors`); pairs, the pair graph and its weights are computed over whole
columns, and a tie becomes a dict only when an answer shows it.

Each pair of actors is one edge of the pair graph. Its representative tie is the qualifying tie
with the highest confidence (then the first by source, target and type), so paths differ by the
actors they pass through; its weight for communities is the summed score of its ties (at least
0.1, so a pair linked only by denied events still links).

A projection makes its pairs and pair graph only when an answer needs them. A dated one (a new
`as_of` per request) does not make a pair graph to find paths: it searches the graph of every
pair of the event table (`PairGraph`, made once per table), each edge weighed for its own ties.
"""

from __future__ import annotations

import random
import warnings
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import cached_property
from typing import Any, Protocol

import igraph
import numpy as np
import orjson
from numpy.typing import NDArray

from app.core.http import weak_etag
from app.vocabulary import EventStatus, TieType

MIN_WEIGHT = 0.1
SEED = 7
HOP = 1000.0
"""Path weight of one hop, above any total confidence: fewer hops always rank first."""
TYPES = tuple(sorted(t.value for t in TieType))
"""Tie types in the order ties sort by; a row's `kind` is an index into it."""
STATUSES = tuple(s.value for s in EventStatus)
"""Statuses strongest first; a row's `status` is an index into it, so the least is the best."""
NO_DAY = np.iinfo(np.int64).min
"""A date that is not known (a tie written by hand without one)."""

DYAD_WIDTH = 1 << 20
"""Actor ids stay below this in dyad numbers."""

Tie = dict[str, Any]
Ints = NDArray[np.int64]
Floats = NDArray[np.float64]


class Actors:
    """Every actor a projection has named, by an id that never changes in this process; ranks
    follow the codes' order, so sorting by rank sorts by code."""

    def __init__(self) -> None:
        self.codes: list[str] = []
        self.ids: dict[str, int] = {}
        self.names: list[str | None] = []
        self.organization: list[bool] = []
        self._rank: Ints = np.zeros(0, np.int64)

    def add(self, actors: dict[str, dict[str, Any]]) -> None:
        """Register (or rename) actors given as `{code: {"name", "organization"}}`."""
        for code, actor in actors.items():
            if code in self.ids:
                self.names[self.ids[code]] = actor.get("name")
                continue
            self.ids[code] = len(self.codes)
            self.codes.append(code)
            self.names.append(actor.get("name"))
            self.organization.append(bool(actor.get("organization")))

    def missing(self, codes: set[str]) -> list[str]:
        return sorted(codes - self.ids.keys())

    def id_array(self, codes: list[str]) -> Ints:
        return np.array([self.ids[c] for c in codes], np.int64)

    @property
    def rank(self) -> Ints:
        """Per id, its position among all codes sorted."""
        if len(self._rank) != len(self.codes):
            rank = np.empty(len(self.codes), np.int64)
            rank[np.argsort(np.array(self.codes, dtype=object), kind="stable")] = np.arange(
                len(self.codes)
            )
            self._rank = rank
        return self._rank

    def node(self, code: str) -> dict[str, Any]:
        """An actor as answers show it."""
        i = self.ids.get(code)
        organization = i is not None and self.organization[i]
        name = self.names[i] if i is not None else None
        return {"code": code, "name": name, "kind": "organization" if organization else "country"}


@dataclass(frozen=True)
class Rows:
    """Ties as parallel columns: actor ids, type and status indexes, dates as days since
    1970-01-01, what the events that qualify say."""

    source: Ints
    target: Ints
    kind: Ints
    first: Ints
    last: Ints
    events: Ints
    status: Ints
    confidence: Floats
    score: Floats

    def __len__(self) -> int:
        return len(self.source)

    def take(self, which: Ints | NDArray[np.bool_], *, score: bool = True) -> Rows:  # noqa: ARG002
        """These rows (their score is kept either way: it costs nothing here)."""
        return Rows(*(getattr(self, f.name)[which] for f in fields(self)))

    @classmethod
    def concat(cls, parts: list[Rows]) -> Rows:
        return cls(*(np.concatenate([getattr(p, f.name) for p in parts]) for f in fields(cls)))

    @classmethod
    def empty(cls) -> Rows:
        ints, floats = np.zeros(0, np.int64), np.zeros(0, np.float64)
        return cls(ints, ints, ints, ints, ints, ints, ints, floats, floats)

    def ordered(self, actors: Actors) -> Rows:
        """These rows by source code, target code and type: the order answers list ties in."""
        rank = actors.rank
        return self.take(np.lexsort((self.kind, rank[self.target], rank[self.source])))

    def dyads(self) -> Ints:
        """Each row's `dyad_number`."""
        return np.asarray(dyad_number(self.kind, self.source, self.target), np.int64)


def dyad_number(kind: Any, source: Any, target: Any) -> Any:
    """A number only the same type, source and target share (of ids, or of id arrays)."""
    return (kind * DYAD_WIDTH + source) * DYAD_WIDTH + target


class Ties(Protocol):
    """What a projection reads of its ties at once; the rest (`Rows.first`, `last`, `status`)
    only through `take`, for the ties an answer shows."""

    @property
    def source(self) -> Ints: ...
    @property
    def target(self) -> Ints: ...
    @property
    def kind(self) -> Ints: ...
    @property
    def events(self) -> Ints: ...
    @property
    def confidence(self) -> Floats: ...
    @property
    def score(self) -> Floats: ...
    def __len__(self) -> int: ...
    def take(self, which: Ints | NDArray[np.bool_], *, score: bool = True) -> Rows:
        """Those rows whole; without `score` their score may be left NaN (not summed)."""
        ...


def iso_dates(days: Ints) -> list[str | None]:
    """Days since 1970-01-01 as ISO dates (None: `NO_DAY`); each day is formatted once per
    process (a hub's profile shows thousands)."""
    listed = days.tolist()
    missing = [d for d in set(listed) - _ISO.keys() if d != NO_DAY]
    if missing:
        text = np.array(missing, "datetime64[D]").astype(str).tolist()
        _ISO.update(zip(missing, text, strict=True))
    return [_ISO.get(d) for d in listed]


_ISO: dict[int, str] = {}
"""ISO dates by day, as `iso_dates` formatted them."""


class PairGraph:
    """The pairs that a table's ties join and their graph over the actors, made once per
    table: a dated projection of some of those ties only weighs its edges (an absent pair
    weighs infinity, which igraph's path search takes as no edge) instead of building a graph
    per request."""

    def __init__(self, actors: Actors, source: Ints, target: Ints) -> None:
        """`source`, `target`: the actor ids of every tie of the table."""
        rank = actors.rank
        self.pair_of, ends = pair_numbers(rank, source, target)
        order = np.argsort(rank)  # ids by code
        present = np.zeros(len(rank), np.bool_)
        present[source] = present[target] = True
        vertex_ids = order[present[order]]
        vertex = np.full(len(rank), -1, np.int64)
        vertex[vertex_ids] = np.arange(len(vertex_ids))
        self.vertex = vertex
        self.edges = vertex[ends]
        """Per pair (an edge of `graph`), its two vertices."""
        self.graph = igraph.Graph(n=len(vertex_ids), edges=self.edges.T.tolist())
        self.graph.vs["code"] = [actors.codes[i] for i in vertex_ids.tolist()]
        organization = [actors.organization[i] for i in vertex_ids.tolist()]
        self.vertex_organization = np.array(organization, np.bool_)
        self.organization = np.asarray(self.vertex_organization[self.edges].any(axis=0), np.bool_)
        """Per pair, whether an organization is one of its two actors."""


def pair_numbers(rank: Ints, source: Ints, target: Ints) -> tuple[Ints, Ints]:
    """Per tie its pair (numbered by the pair's codes), and per pair its two actor ids (those
    of its first tie, as source and target)."""
    ends = np.stack((rank[source], rank[target]))
    low, high = ends.min(axis=0), ends.max(axis=0)
    keys, pair_of = np.unique(low * len(rank) + high, return_inverse=True)
    first = np.full(len(keys), len(source), np.int64)
    np.minimum.at(first, pair_of, np.arange(len(source)))
    return pair_of.astype(np.int64), np.stack((source[first], target[first]))


@dataclass(frozen=True)
class Pairs:
    """A projection's pairs: per row its pair, per pair its representative row, and the
    actors with a tie (ids, by code)."""

    pair_of: Ints
    representative: Ints
    vertex_ids: Ints


def representatives(pair_of: Ints, count: int, confidence: Floats) -> tuple[Floats, Ints]:
    """Per pair (of `count`), the highest confidence of its rows (-inf: none) and the first
    row that has it (`len(pair_of)`: none)."""
    best = np.full(count, -np.inf)
    np.maximum.at(best, pair_of, confidence)
    representative = np.full(count, len(pair_of), np.int64)
    strongest = np.flatnonzero(confidence == best[pair_of])
    np.minimum.at(representative, pair_of[strongest], strongest)
    return best, representative


class Projection:
    """Qualifying ties (`Rows` in answer order), their pairs and the pair graph, each made
    when first asked: a path needs no per-actor totals, a profile no pair graph."""

    def __init__(
        self, rows: Ties, actors: Actors, within: tuple[PairGraph, Ints] | None = None
    ) -> None:
        """`rows` must be in answer order (`Rows.ordered`); `within`: the pair graph of a
        table these rows are ties of, and each row's tie id in it (paths then search that
        graph, weighed for these rows)."""
        self.rows = rows
        self.actors = actors
        self._within = within

    @cached_property
    def _pairs(self) -> Pairs:
        rows, rank = self.rows, self.actors.rank
        pair_of, _ = pair_numbers(rank, rows.source, rows.target)
        count = int(pair_of.max()) + 1 if len(pair_of) else 0
        _, representative = representatives(pair_of, count, rows.confidence)
        order = np.argsort(rank)  # ids by code
        present = np.zeros(len(rank), np.bool_)
        present[rows.source] = present[rows.target] = True
        return Pairs(pair_of, representative, order[present[order]])

    @property
    def pair_of(self) -> Ints:
        return self._pairs.pair_of

    @property
    def representative(self) -> Ints:
        return self._pairs.representative

    @property
    def vertex_ids(self) -> Ints:
        return self._pairs.vertex_ids

    @cached_property
    def vertex(self) -> Ints:
        vertex = np.full(len(self.actors.rank), -1, np.int64)
        vertex[self.vertex_ids] = np.arange(len(self.vertex_ids))
        return vertex

    @cached_property
    def codes(self) -> list[str]:
        return [self.actors.codes[i] for i in self.vertex_ids.tolist()]

    @cached_property
    def index(self) -> dict[str, int]:
        return {code: i for i, code in enumerate(self.codes)}

    @cached_property
    def pairs(self) -> igraph.Graph:
        """The pair graph: one edge per pair (its representative tie), in pair order."""
        rows, lead = self.rows, self.representative
        pairs = igraph.Graph(
            n=len(self.codes),
            edges=np.stack(
                (self.vertex[rows.source[lead]], self.vertex[rows.target[lead]])
            ).T.tolist(),
        )
        pairs.vs["code"] = self.codes
        pairs.vs["organization"] = [self.actors.organization[i] for i in self.vertex_ids.tolist()]
        pairs.es["tie"] = range(len(lead))
        pairs.es["cost"] = (HOP - rows.confidence[lead]).tolist()
        return pairs

    def tie(self, i: int) -> Tie:
        """Row `i` as answers show a tie."""
        return self.take(np.array([i], np.int64))[0]

    def take(self, which: Ints) -> list[Tie]:
        """Rows as answers show ties, in the order given."""
        rows, codes = self.rows.take(which), self.actors.codes
        columns = {
            "source": [codes[i] for i in rows.source.tolist()],
            "target": [codes[i] for i in rows.target.tolist()],
            "type": [TYPES[i] for i in rows.kind.tolist()],
            "first_on": iso_dates(rows.first),
            "last_on": iso_dates(rows.last),
            "events": rows.events.tolist(),
            "status": [STATUSES[i] for i in rows.status.tolist()],
            "confidence": rows.confidence.tolist(),
            "score": rows.score.tolist(),
        }
        return [
            dict(zip(columns, values, strict=True))
            for values in zip(*columns.values(), strict=True)
        ]

    @cached_property
    def ties(self) -> list[Tie]:
        """Every tie, sorted by source, target and type."""
        return self.take(np.arange(len(self.rows)))

    def ties_of(self, code: str) -> list[Tie]:
        """The ties of one actor."""
        return self.take(self.rows_of(code))

    def rows_of(self, code: str) -> Ints:
        """The rows of one actor's ties."""
        i = self.actors.ids.get(code)
        if i is None:
            return np.zeros(0, np.int64)
        return np.flatnonzero((self.rows.source == i) | (self.rows.target == i))

    @cached_property
    def totals(self) -> dict[str, dict[str, int]]:
        """Per actor: its partners, ties and their events."""
        size = len(self.actors.codes)
        rows, lead = self.rows, self.representative

        def count(source: Ints, target: Ints, weights: Ints | None = None) -> Ints:
            both = np.bincount(source, weights, size) + np.bincount(target, weights, size)
            return both.astype(np.int64)

        partners = count(rows.source[lead], rows.target[lead])
        ties, events = count(rows.source, rows.target), count(rows.source, rows.target, rows.events)
        return {
            self.actors.codes[i]: {
                "partners": int(partners[i]),
                "ties": int(ties[i]),
                "events": int(events[i]),
            }
            for i in self.vertex_ids.tolist()
        }

    def node(self, code: str) -> dict[str, Any]:
        """An actor as answers show it."""
        return self.actors.node(code)

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
    def weights(self) -> Floats:
        """Per pair, the summed score of its ties (each at least `MIN_WEIGHT`)."""
        score = np.maximum(self.rows.score, MIN_WEIGHT)
        weights = np.bincount(self.pair_of, weights=score, minlength=len(self.representative))
        return weights.astype(np.float64)

    @cached_property
    def communities(self) -> list[int]:
        """Louvain (multilevel) communities, numbered by size, largest first; seeded, so stable."""
        if not len(self.rows):
            return [0] * len(self.codes)
        igraph.set_random_number_generator(random.Random(SEED))
        clusters = self.pairs.community_multilevel(weights=self.weights.tolist())
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
            return Projection(Rows.empty(), self.actors)
        near = self.vertex_ids[self.pairs.neighborhood(self.index[code], order=depth)]
        keep = np.zeros(len(self.vertex), np.bool_)
        keep[near] = True
        rows = self.rows
        return Projection(rows.take(keep[rows.source] & keep[rows.target]), self.actors)

    def shortest_paths(
        self, source: str, target: str, *, k: int, max_hops: int, via_organizations: bool
    ) -> list[tuple[list[str], list[Tie]]]:
        """Up to `k` paths by hops, then higher total confidence (Yen's algorithm in igraph)."""
        if source == target or not (self.has(source) and self.has(target)):
            return []
        graph, found, lead = self._search(source, target, k, via_organizations)
        paths = []
        for edges in found:
            if not edges or len(edges) > max_hops:
                continue
            codes = [source]
            for e in edges:
                a, b = (graph.vs[v]["code"] for v in graph.es[e].tuple)
                codes.append(b if a == codes[-1] else a)
            paths.append((codes, self.take(lead(edges))))
        return paths

    def has(self, code: str) -> bool:
        """Whether `code` has a tie here."""
        i = self.actors.ids.get(code)
        return i is not None and bool(((self.rows.source == i) | (self.rows.target == i)).any())

    def _search(
        self, source: str, target: str, k: int, via_organizations: bool
    ) -> tuple[igraph.Graph, list[list[int]], Callable[[list[int]], Ints]]:
        """The graph searched, the paths found (as its edges), and the rows of edges."""
        if self._within is not None:
            return self._search_within(source, target, k, via_organizations)
        ends = (self.index[source], self.index[target])
        graph = self.pairs
        if not via_organizations:  # organizations may only be where a path starts or ends
            organization = self.pairs.vs["organization"]
            graph = self.countries
            if any(organization[i] for i in ends):
                keep = [i for i, org in enumerate(organization) if not org or i in ends]
                graph = self.pairs.induced_subgraph(keep)
        at = {code: i for i, code in enumerate(graph.vs["code"])}
        found = _k_shortest(graph, at[source], at[target], k, "cost")
        return graph, found, lambda edges: self.representative[[graph.es[e]["tie"] for e in edges]]

    def _search_within(
        self, source: str, target: str, k: int, via_organizations: bool
    ) -> tuple[igraph.Graph, list[list[int]], Callable[[list[int]], Ints]]:
        """The search on the table's pair graph, each pair weighed by its strongest row here."""
        assert self._within is not None
        pairs, ties = self._within
        count, confidence = len(pairs.organization), self.rows.confidence
        best, lead = representatives(pairs.pair_of[ties], count, confidence)
        cost = HOP - best  # infinite where no row: no edge
        ends = pairs.vertex[[self.actors.ids[source], self.actors.ids[target]]]
        if not via_organizations:  # organizations may only be where a path starts or ends
            barred = pairs.vertex_organization.copy()
            barred[ends] = False
            cost[barred[pairs.edges].any(axis=0)] = np.inf
        found = _k_shortest(pairs.graph, int(ends[0]), int(ends[1]), k, cost.tolist())
        return pairs.graph, found, lambda edges: lead[edges]

    def patched(self, dyads: Ints, rows: Rows) -> Projection:
        """This projection with the ties of `dyads` (`Rows.dyads` numbers) replaced by `rows`
        (those that qualify now)."""
        assert isinstance(self.rows, Rows), "only projections read from tie facts are patched"
        kept = self.rows.take(~np.isin(self.rows.dyads(), dyads))
        return Projection(Rows.concat([kept, rows]).ordered(self.actors), self.actors)


def _k_shortest(
    graph: igraph.Graph, source: int, target: int, k: int, cost: list[float] | str
) -> list[list[int]]:
    """Yen's `k` shortest paths as edge lists (`cost`: per edge, or the attribute); none when
    `target` cannot be reached (igraph warns then: an answer, not a fault)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        found: list[list[int]] = graph.get_k_shortest_paths(
            source, to=target, k=k, weights=cost, output="epath"
        )
    return found
