"""Countries in the graph and what ties each one has."""

from __future__ import annotations

import asyncio
from typing import Any

import pydantic_core

from app.core.db import Graph
from app.countries import repository
from app.countries.schemas import CountryList, CountryRead, CountrySummary, Membership, Partner
from app.events.service import to_event
from app.extraction import ORGANIZATIONS, country_name
from app.filters import TieFilter
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
    and over, and a hub's profile (thousands of partners) costs far more to make than to keep."""

    async def make(version: Version) -> bytes:
        profile = await get_country(graph, projections, code=code, filters=filters, version=version)
        return pydantic_core.to_json(profile)

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
    # Independent reads: run them side by side.
    projection, node, memberships, events = await asyncio.gather(
        projections.around(graph, filters, code, version),
        repository.get_country(graph, code=code),
        repository.list_country_memberships(graph, code=code),
        repository.list_country_events(graph, code=code, limit=LAST_EVENTS, filters=filters),
    )
    partners: dict[TieType, list[Partner]] = {}
    ties = sorted(
        projection.ties_of(code), key=lambda t: (t["type"], -t["events"], _other(t, code))
    )
    for tie in ties:
        tie_type, other = TieType(tie["type"]), _other(tie, code)
        direction = "out" if tie["source"] == code else "in"
        partners.setdefault(tie_type, []).append(
            Partner(
                code=other,
                name=projection.node(other)["name"],
                direction=direction if tie_type.directed else "both",
                **{k: tie[k] for k in ("events", "first_on", "last_on", "status", "confidence")},
            )
        )
    organization = node["organization"] if node else code in ORGANIZATIONS
    return CountryRead(
        code=code,
        name=node["name"] if node else country_name(code),
        kind="organization" if organization else "country",
        partners=partners,
        memberships=[Membership.model_validate(m) for m in memberships],
        events=[to_event(e, None) for e in events],
    )


def _other(tie: dict[str, Any], code: str) -> str:
    return str(tie["target"] if tie["source"] == code else tie["source"])
