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
) -> list[dict[str, Any]]:
    """Every qualifying tie (or those of `dyads`), as flat rows (dates as ISO strings), with what
    the events that pass the filters say: from the ties' per-status facts, or when dates or a
    confidence floor are set, from the events."""
    name = "list_ties_from_events" if filters.needs_events else "list_ties"
    records = await graph.read(
        f"projection/{name}", **filters.params(), dyads=dyads, weights=GOLDSTEIN
    )
    columns = records[0].data()
    return [dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True)]


async def list_actor_dyads(graph: Graph, *, code: str) -> list[str]:
    """The dyad keys of every tie of one actor."""
    (record,) = await graph.read("projection/list_actor_dyads", code=code)
    dyads: list[str] = record["dyads"]
    return dyads


async def list_actors(graph: Graph, *, codes: list[str]) -> dict[str, dict[str, Any]]:
    """Name and kind of each actor."""
    records = await graph.read("projection/list_actors", codes=codes)
    return {r["code"]: r.data() for r in records}
