"""Countries in the graph and what ties each one has."""

from __future__ import annotations

import asyncio

from app.core.db import Graph
from app.countries import repository
from app.countries.schemas import CountryList, CountryRead, CountrySummary, Membership, Partner
from app.events.service import to_event
from app.extraction import ORGANIZATIONS, country_name
from app.filters import TieFilter
from app.projection.service import Projections
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


async def get_country(graph: Graph, *, code: str, filters: TieFilter) -> CountryRead:
    """A state's (or alliance's) partners by tie type, memberships and latest events."""
    # Four independent reads: run them side by side (a hub's partners and events take the most).
    node, rows, memberships, events = await asyncio.gather(
        repository.get_country(graph, code=code),
        repository.list_country_partners(graph, code=code, filters=filters),
        repository.list_country_memberships(graph, code=code),
        repository.list_country_events(graph, code=code, limit=LAST_EVENTS, filters=filters),
    )
    partners: dict[TieType, list[Partner]] = {}
    for row in rows:
        partners.setdefault(TieType(row["type"]), []).append(
            Partner(code=row["partner"], **{k: v for k, v in row.items() if k != "partner"})
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
