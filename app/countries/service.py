"""Countries in the graph and what ties each one has."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import numpy as np
import orjson

from app.core.db import Graph
from app.countries import repository
from app.countries.schemas import CountryList, CountryRead, CountrySummary, Membership, Partner
from app.events.service import to_event
from app.extraction import ORGANIZATIONS, country_name
from app.filters import TieFilter
from app.projection.model import STATUSES, TYPES, Projection, iso_dates
from app.projection.repository import Version
from app.projection.service import Answer, Projections
from app.vocabulary import TieType

LAST_EVENTS = 20
NO_TIES = {"partners": 0, "ties": 0, "events": 0}


async def list_countries(
    graph: Graph, projections: Projections, *, filters: TieFilter
) -> CountryList:
    """Every state in the graph, with its partners, ties and events under the filters: counted
    from the projection the network is drawn from, so both always agree."""
    projection = await projections.get(graph, filters)
    totals = projection.totals
    return CountryList(
        items=[
            CountrySummary(**row, **totals.get(row["code"], NO_TIES))
            for row in await repository.list_countries(graph)
        ]
    )


async def get_country_json(
    graph: Graph, projections: Projections, *, code: str, filters: TieFilter
) -> Answer:
    """`get_country` as JSON, kept until the graph changes: dashboards ask the same hubs over
    and over, and a hub's profile (thousands of partners) costs far more to make than to keep.
    Partners go to JSON as plain data: a model per partner cost more than the rest of the
    answer (a date slider asks a new profile on every request)."""

    async def make(version: Version) -> bytes:
        profile = await _profile(graph, projections, code=code, filters=filters, version=version)
        body = profile.head.model_dump(mode="json")
        body["partners"] = profile.partners
        return orjson.dumps(body)

    return await projections.answer(graph, ("country", code, filters), make)


async def get_country(
    graph: Graph,
    projections: Projections,
    *,
    code: str,
    filters: TieFilter,
    version: Version | None = None,
) -> CountryRead:
    """A state's (or alliance's) partners by tie type, memberships and latest events. Partners
    are its ties as the projection the network is drawn from has them, so both always agree
    (at `version` when the caller has read it already)."""
    profile = await _profile(graph, projections, code=code, filters=filters, version=version)
    return profile.head.model_copy(
        update={
            "partners": {
                TieType(kind): [Partner.model_validate(p) for p in partners]
                for kind, partners in profile.partners.items()
            }
        }
    )


@dataclass(frozen=True)
class Profile:
    """A profile whose partners are still plain data (`partners`), the rest as its model."""

    head: CountryRead
    partners: dict[str, list[dict[str, Any]]]


async def _profile(
    graph: Graph,
    projections: Projections,
    *,
    code: str,
    filters: TieFilter,
    version: Version | None,
) -> Profile:
    version = version or await projections.versions.current(graph)
    # Independent reads: run them side by side. The country and its memberships do not depend
    # on the filters: read once per graph version (a date slider asks the same country anew).
    projection, (node, memberships), events = await asyncio.gather(
        projections.around(graph, filters, code, version),
        projections.kept.get(("country", code), version, lambda: _country(graph, code)),
        repository.list_country_events(graph, code=code, limit=LAST_EVENTS, filters=filters),
    )
    organization = node["organization"] if node else code in ORGANIZATIONS
    head = CountryRead(
        code=code,
        name=node["name"] if node else country_name(code),
        kind="organization" if organization else "country",
        partners={},
        memberships=memberships,
        events=[to_event(e, None) for e in events],
    )
    return Profile(head, partners_of(projection, code))


async def _country(graph: Graph, code: str) -> tuple[dict[str, Any] | None, list[Membership]]:
    """The country (None: not in the graph) and its memberships."""
    node, memberships = await asyncio.gather(
        repository.get_country(graph, code=code),
        repository.list_country_memberships(graph, code=code),
    )
    return node, [Membership.model_validate(m) for m in memberships]


DIRECTED = np.array([TieType(t).directed for t in TYPES], np.bool_)
"""Per type index, whether its ties have a direction."""
PARTNER_FIELDS = tuple(Partner.model_fields)
"""`Partner`'s fields, in its order."""


def partners_of(projection: Projection, code: str) -> dict[str, list[dict[str, Any]]]:
    """`code`'s ties as partners (the fields of `Partner`) by type: within a type, most events
    first, then by the partner's code."""
    rows = projection.rows.take(projection.rows_of(code), score=False)  # not shown
    actors = projection.actors
    i = actors.ids.get(code, -1)
    other = np.where(rows.source == i, rows.target, rows.source)
    order = np.lexsort((actors.rank[other], -rows.events, rows.kind))
    rows, other = rows.take(order), other[order]
    direction = np.where(rows.source == i, OUT, IN)
    direction[~DIRECTED[rows.kind]] = BOTH
    columns = (
        np.array(actors.codes, object)[other].tolist(),
        np.array(actors.names, object)[other].tolist(),
        DIRECTIONS[direction].tolist(),
        rows.events.tolist(),
        iso_dates(rows.first),
        iso_dates(rows.last),
        STATUS_NAMES[rows.status].tolist(),
        rows.confidence.tolist(),
    )
    bounds = np.searchsorted(rows.kind, np.arange(len(TYPES) + 1)).tolist()
    return {
        TYPES[kind]: [
            dict(zip(PARTNER_FIELDS, values, strict=True))
            for values in zip(*(c[start:end] for c in columns), strict=True)
        ]
        for kind, (start, end) in enumerate(zip(bounds, bounds[1:], strict=False))
        if end > start
    }


DIRECTIONS = np.array(["out", "in", "both"], object)
OUT, IN, BOTH = range(3)
STATUS_NAMES = np.array(STATUSES, object)
