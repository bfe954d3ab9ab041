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
"""

from __future__ import annotations

import random
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

    def take(self, which: Ints | NDArray[np.bool_]) -> Rows:
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
    def take(self, which: Ints | NDArray[np.bool_]) -> Rows: ...


def _iso(days: Ints) -> list[str | None]:
    text = days.astype("datetime64[D]").astype(str).tolist()
    return [None if d == NO_DAY else t for d, t in zip(days.tolist(), text, strict=True)]


class Projection:
    """Qualifying ties (`Rows` in answer order), their pairs and the pair graph."""

    def __init__(self, rows: Ties, actors: Actors) -> None:
        """`rows` must be in answer order (`Rows.ordered`)."""
        self.rows = rows
        self.actors = actors
        rank = actors.rank
        ends = np.stack((rank[rows.source], rank[rows.target]))
        low, high = ends.min(axis=0), ends.max(axis=0)
        pair_keys, self.pair_of = np.unique(low * len(rank) + high, return_inverse=True)
        count = len(pair_keys)
        best = np.full(count, -np.inf)
        np.maximum.at(best, self.pair_of, rows.confidence)
        self.representative = np.full(count, len(rows), np.int64)
        strongest = np.flatnonzero(rows.confidence == best[self.pair_of])
        np.minimum.at(self.representative, self.pair_of[strongest], strongest)
        order = np.argsort(rank)  # ids by code
        present = np.zeros(len(rank), np.bool_)
        present[rows.source] = present[rows.target] = True
        self.vertex_ids = order[present[order]]
        self.vertex = np.full(len(rank), -1, np.int64)
        self.vertex[self.vertex_ids] = np.arange(len(self.vertex_ids))
        self.codes = [actors.codes[i] for i in self.vertex_ids.tolist()]
        self.index = {code: i for i, code in enumerate(self.codes)}
        lead = self.representative
        self.pairs = igraph.Graph(
            n=len(self.codes),
            edges=np.stack(
                (self.vertex[rows.source[lead]], self.vertex[rows.target[lead]])
            ).T.tolist(),
        )
        self.pairs.vs["code"] = self.codes
        self.pairs.vs["organization"] = [actors.organization[i] for i in self.vertex_ids.tolist()]
        self.pairs.es["tie"] = range(count)
        self.pairs.es["cost"] = (HOP - rows.confidence[lead]).tolist()

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
            "first_on": _iso(rows.first),
            "last_on": _iso(rows.last),
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
        i = self.actors.ids.get(code)
        if i is None:
            return []
        return self.take(np.flatnonzero((self.rows.source == i) | (self.rows.target == i)))

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
            lead = self.representative[[graph.es[e]["tie"] for e in edges]]
            paths.append((codes, self.take(lead)))
        return paths

    def patched(self, dyads: Ints, rows: Rows) -> Projection:
        """This projection with the ties of `dyads` (`Rows.dyads` numbers) replaced by `rows`
        (those that qualify now)."""
        assert isinstance(self.rows, Rows), "only projections read from tie facts are patched"
        kept = self.rows.take(~np.isin(self.rows.dyads(), dyads))
        return Projection(Rows.concat([kept, rows]).ordered(self.actors), self.actors)
