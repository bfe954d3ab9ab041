"""The answers MCP tools give: the HTTP API's services, asked the same questions, with the
evidence an assistant needs to cite added to every tie and event they list.

No query of its own: paths, timelines, profiles, events and networks come from the services the
routers call, and evidence from the paths and events services.
"""

from __future__ import annotations

from app.core.config import Settings
from app.core.db import Graph
from app.countries import service as countries
from app.countries.schemas import CountryRead
from app.documents import service as documents
from app.documents.schemas import DocumentCreate
from app.dyads import service as dyads
from app.dyads.schemas import TimelineRead
from app.events import service as events
from app.events.schemas import EventPage
from app.extraction import country_name
from app.extraction.gazetteer import GAZETTEER, Entry, Kind
from app.filters import known_code
from app.mcp.schemas import (
    CountryArguments,
    CountryMatch,
    DocumentAdded,
    EventArguments,
    ExplainArguments,
    NetworkArguments,
    NetworkAround,
    PathArguments,
    PathsFound,
    Resolution,
    TimelineArguments,
)
from app.network import service as network
from app.network.schemas import NetworkNode
from app.paths import service as paths
from app.paths.schemas import PathExplained, TieEvidence, TieRead
from app.projection.service import Projections

MENTIONS_PER_EVENT = 3
"""Sentences cited for each event of a timeline or a country profile."""
EVENTS_PER_TIE = 1
"""Events cited for each tie of a path or a network: its latest."""
MENTIONS_PER_TIE_EVENT = 2
_MATCHED_AS = {
    Kind.NAME: "name",
    Kind.DEMONYM: "demonym",
    Kind.SEAT: "seat",
    Kind.LEADER: "leader",
    Kind.ORG: "organization",
}


async def find_paths(graph: Graph, projections: Projections, args: PathArguments) -> PathsFound:
    """`/v1/paths`' paths, each tie with its latest event and the sentences that report it."""
    filters = await args.tie_filter()
    found = await paths.find_paths(
        graph,
        projections,
        source=known_code(args.from_, "from"),
        target=known_code(args.to, "to"),
        max_hops=args.max_hops,
        k=args.k,
        via_organizations=args.via_organizations,
        filters=filters,
    )
    # One query for the ties of every path.
    cited = await paths.tie_evidence(
        graph,
        [tie for path in found.paths for tie in path.ties],
        per_tie=EVENTS_PER_TIE,
        per_event=MENTIONS_PER_TIE_EVENT,
        filters=filters,
    )
    explained = []
    for path in found.paths:
        ties, cited = cited[: len(path.ties)], cited[len(path.ties) :]
        explained.append(PathExplained(length=path.length, nodes=path.nodes, ties=ties))
    return PathsFound(**{"from": found.from_, "to": found.to, "paths": explained})


async def explain_path(
    graph: Graph, projections: Projections, args: ExplainArguments
) -> PathExplained:
    """`/v1/paths/explain`: one path with each tie's latest events and their sentences."""
    return await paths.explain_path(
        graph,
        projections,
        source=known_code(args.from_, "from"),
        target=known_code(args.to, "to"),
        max_hops=args.max_hops,
        k=args.k,
        via_organizations=args.via_organizations,
        filters=await args.tie_filter(),
        index=args.path,
    )


async def dyad_timeline(
    graph: Graph, projections: Projections, args: TimelineArguments
) -> TimelineRead:
    """`/v1/dyads/{a}/{b}/timeline`, its latest events with the sentences that report them."""
    answer = await dyads.timeline(
        graph,
        projections,
        a=known_code(args.a, "a"),
        b=known_code(args.b, "b"),
        interval=args.interval,
        filters=await args.tie_filter(),
    )
    timeline = TimelineRead.model_validate(answer)
    cited = await events.with_mentions(graph, timeline.events, per_event=MENTIONS_PER_EVENT)
    return timeline.model_copy(update={"events": cited})


async def country_profile(
    graph: Graph, projections: Projections, args: CountryArguments
) -> CountryRead:
    """`/v1/countries/{code}`, its latest events with the sentences that report them."""
    profile = await countries.get_country(
        graph, projections, code=known_code(args.code, "code"), filters=await args.tie_filter()
    )
    cited = await events.with_mentions(graph, profile.events, per_event=MENTIONS_PER_EVENT)
    return profile.model_copy(update={"events": cited})


async def search_events(graph: Graph, args: EventArguments) -> EventPage:
    """`/v1/events?include=mentions`: events newest first, each with every mention."""
    return await events.list_events(
        graph,
        country=args.country,
        counterpart=args.counterpart,
        type=args.type,
        status=args.status,
        since=args.since,
        until=args.until,
        min_confidence=args.min_confidence,
        cursor=args.cursor,
        limit=args.limit,
        with_mentions=True,
    )


async def network_around(
    graph: Graph, projections: Projections, args: NetworkArguments
) -> NetworkAround:
    """`/v1/network?country=…`, the centre's own ties each with its latest event and the
    sentences reporting it. Ties between its partners are listed without: around a hub they
    run to thousands, and explain_path or dyad_timeline cite any of them."""
    filters = await args.tie_filter()
    centre = known_code(args.country, "country")
    ego = await network.network(
        graph, projections, filters=filters, country=centre, depth=args.depth
    )
    ties = [TieRead.model_validate(tie) for tie in ego.ties]
    own = [tie for tie in ties if centre in (tie.source, tie.target)]
    cited = await paths.tie_evidence(
        graph, own, per_tie=EVENTS_PER_TIE, per_event=MENTIONS_PER_TIE_EVENT, filters=filters
    )
    evidence = {(t.type, t.source, t.target): t.evidence for t in cited}
    edges = [
        TieEvidence(
            **tie.model_dump(), evidence=evidence.get((tie.type, tie.source, tie.target), [])
        )
        for tie in ties
    ]
    return NetworkAround(
        country=centre,
        depth=args.depth,
        nodes=[NetworkNode.model_validate(node) for node in ego.nodes],
        edges=edges,
    )


def resolve_country(name: str) -> Resolution:
    """What a name may stand for, from the extractor's gazetteer."""
    typed = " ".join(name.split()).upper()
    matches = [_match(entry, typed) for entry in GAZETTEER.meanings(name)]
    return Resolution(name=name, matches=matches)


def _match(entry: Entry, typed: str) -> CountryMatch:
    organization = entry.code in GAZETTEER.organizations
    return CountryMatch(
        code=entry.code,
        name=country_name(entry.code),
        kind="organization" if organization else "country",
        matched_as="code" if typed == entry.code else _MATCHED_AS.get(entry.kind, "name"),
        valid_from=entry.valid_from,
        valid_to=entry.valid_to,
    )


async def add_document(graph: Graph, settings: Settings, body: DocumentCreate) -> DocumentAdded:
    """`POST /v1/documents`: read an article, store it with the ties it reports."""
    document, created = await documents.create_document(graph, settings, body)
    return DocumentAdded(**document.model_dump(), created=created)
