"""What a projection is read from: the graph's version and changes, the qualifying ties, their
actors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.db import Graph
from app.filters import TieFilter
from app.vocabulary import GOLDSTEIN


@dataclass(frozen=True)
class Version:
    """Changes whenever a write transaction commits (`token`, `seq`) or ties appear otherwise
    (`ties`, the TIE count)."""

    token: str | None
    seq: int | None
    ties: int


@dataclass(frozen=True)
class Change:
    """One write transaction: the ties it wrote or deleted (None: not known), and the TIE count
    after it."""

    seq: int
    dyads: list[str] | None
    ties: int


async def get_version(graph: Graph) -> Version:
    (record,) = await graph.read("meta/get_graph_version")
    return Version(record["token"], record["seq"], record["ties"])


async def list_changes(graph: Graph, *, after: int, upto: int) -> list[Change]:
    """The kept changes with `after < seq <= upto`, oldest first."""
    records = await graph.read("meta/list_graph_changes", after=after, upto=upto)
    return [Change(r["seq"], r["dyads"], r["ties"]) for r in records]


async def list_ties(
    graph: Graph, *, filters: TieFilter, dyads: list[str] | None = None
) -> dict[str, list[Any]]:
    """Every qualifying tie (or those of `dyads`) as parallel columns (dates as ISO strings),
    from the ties' per-status facts for the statuses asked (undated filters only)."""
    (record,) = await graph.read(
        "projection/list_ties", **filters.params(), dyads=dyads, weights=GOLDSTEIN
    )
    return record.data()


async def list_tie_keys(graph: Graph, *, dyads: list[str] | None) -> dict[str, list[Any]]:
    """Dyad, source, target and type of every tie (or those of `dyads` that exist)."""
    (record,) = await graph.read("projection/list_tie_keys", dyads=dyads)
    return record.data()


async def list_tie_events(graph: Graph, *, dyads: list[str]) -> dict[str, list[Any]]:
    """What each event of these ties is filtered by, as parallel columns."""
    (record,) = await graph.read("projection/list_tie_events", dyads=dyads)
    return record.data()


async def list_actor_dyads(graph: Graph, *, code: str) -> list[str]:
    """The dyad keys of every tie of one actor."""
    (record,) = await graph.read("projection/list_actor_dyads", code=code)
    dyads: list[str] = record["dyads"]
    return dyads


async def list_actors(graph: Graph, *, codes: list[str]) -> dict[str, dict[str, Any]]:
    """Name and kind of each actor."""
    records = await graph.read("projection/list_actors", codes=codes)
    return {r["code"]: r.data() for r in records}
