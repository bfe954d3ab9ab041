"""The tools an assistant sees: name, description written for a model to choose by, argument
and answer models, and the service call behind each (the MCP side's router)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

from mcp.types import Tool, ToolAnnotations
from pydantic import BaseModel

from app.core.config import Settings
from app.core.db import Graph
from app.core.security import ApiKeys
from app.countries.schemas import CountryRead
from app.documents.schemas import DocumentCreate
from app.dyads.schemas import TimelineRead
from app.events.schemas import EventPage
from app.mcp import service
from app.mcp.schemas import (
    CountryArguments,
    DocumentAdded,
    EventArguments,
    ExplainArguments,
    FilterArguments,
    NetworkArguments,
    NetworkAround,
    PathArguments,
    PathsFound,
    Resolution,
    ResolveArguments,
    TimelineArguments,
)
from app.paths.schemas import PathExplained
from app.projection.service import Projections

Transport = Literal["stdio", "http"]


@dataclass(frozen=True)
class Backend:
    """What every tool call needs: the process's graph, projection cache, settings and keys,
    and the transport the call came by (which decides where its API key is read)."""

    graph: Graph
    projections: Projections
    settings: Settings
    api_keys: ApiKeys
    transport: Transport


@dataclass(frozen=True)
class ToolSpec:
    """One tool: what the model reads, what it sends and gets back, and what answers it."""

    name: str
    title: str
    description: str
    arguments: type[BaseModel]
    answer: type[BaseModel]
    run: Callable[[Backend, Any], Awaitable[BaseModel]]
    writes: bool = False

    def listing(self) -> Tool:
        """The tool as `tools/list` shows it, with JSON schemas of its arguments and answer."""
        schema = self.arguments.model_json_schema(by_alias=True)
        # The tool's own arguments first, the filters every graph question shares after them.
        shared = set(FilterArguments.model_fields)
        schema["properties"] = dict(
            sorted(schema["properties"].items(), key=lambda item: item[0] in shared)
        )
        return Tool(
            name=self.name,
            title=self.title,
            description=self.description,
            input_schema=schema,
            output_schema=self.answer.model_json_schema(by_alias=True, mode="serialization"),
            annotations=ToolAnnotations(
                title=self.title,
                read_only_hint=not self.writes,
                destructive_hint=False,
                idempotent_hint=True,
                open_world_hint=False,
            ),
        )


EVIDENCE = (
    " Every event carries its status (confirmed, reported, alleged, disputed, denied), "
    "confidence and mentions: the sentence, document title, URL and publication date that "
    "report it, and who it is attributed to. Cite those; say when a claim is only alleged or "
    "disputed."
)


async def _find_paths(backend: Backend, args: PathArguments) -> PathsFound:
    return await service.find_paths(backend.graph, backend.projections, args)


async def _explain_path(backend: Backend, args: ExplainArguments) -> PathExplained:
    return await service.explain_path(backend.graph, backend.projections, args)


async def _dyad_timeline(backend: Backend, args: TimelineArguments) -> TimelineRead:
    return await service.dyad_timeline(backend.graph, backend.projections, args)


async def _country_profile(backend: Backend, args: CountryArguments) -> CountryRead:
    return await service.country_profile(backend.graph, backend.projections, args)


async def _search_events(backend: Backend, args: EventArguments) -> EventPage:
    return await service.search_events(backend.graph, args)


async def _network_around(backend: Backend, args: NetworkArguments) -> NetworkAround:
    return await service.network_around(backend.graph, backend.projections, args)


async def _resolve_country(_: Backend, args: ResolveArguments) -> Resolution:
    return service.resolve_country(args.name)


async def _add_document(backend: Backend, args: DocumentCreate) -> DocumentAdded:
    return await service.add_document(backend.graph, backend.settings, args)


TOOLS = [
    ToolSpec(
        name="resolve_country",
        title="Resolve a country name",
        description="Turn a name as text gives it into the codes the other tools take: country "
        "names and abbreviations ('North Korea', 'DPRK'), demonyms ('North Korean'), capitals "
        "and seats of government standing for their state ('Pyongyang', 'the Kremlin'), "
        "leaders and ministers ('Kim Jong Un', with their terms) and alliances ('NATO'). "
        "Call it first whenever the user names a country rather than giving its code.",
        arguments=ResolveArguments,
        answer=Resolution,
        run=_resolve_country,
    ),
    ToolSpec(
        name="find_paths",
        title="Find paths between two countries",
        description="Which chains of military ties (alliances, troop deployments, arms "
        "transfers, military aid, defence cooperation, joint exercises, official visits) "
        "connect two states or alliances, shortest first, then most confident. Use it for "
        "'how is X connected to Y', 'is X allied to Y through anyone'. Each tie on a path "
        "comes with its latest event and the sentences reporting it; explain_path gives the "
        "full evidence of one path." + EVIDENCE,
        arguments=PathArguments,
        answer=PathsFound,
        run=_find_paths,
    ),
    ToolSpec(
        name="explain_path",
        title="Explain one path",
        description="The evidence behind one path of find_paths (same arguments, plus `path`, "
        "its index): for each tie, its latest events (up to 20) with up to 5 sentences each. "
        "Use it to back a path with sources before stating it." + EVIDENCE,
        arguments=ExplainArguments,
        answer=PathExplained,
        run=_explain_path,
    ),
    ToolSpec(
        name="dyad_timeline",
        title="Timeline of a pair",
        description="How military cooperation between two states developed over time: per "
        "month, quarter or year, the number of events of each tie type and a cooperation "
        "score (zeros included), the date each type first appeared, a trend (the last 3 "
        "periods against the 3 before), and the pair's latest 50 events with their sources. "
        "Use it for 'how have X–Y ties evolved', 'when did X start sending arms to Y'." + EVIDENCE,
        arguments=TimelineArguments,
        answer=TimelineRead,
        run=_dyad_timeline,
    ),
    ToolSpec(
        name="country_profile",
        title="Country profile",
        description="A state's (or alliance's) military partners by tie type, with the "
        "direction of each tie (out: it acts, in: it receives, both: undirected), event "
        "counts, first and last dates, status and confidence; its alliance memberships with "
        "dates; and its latest 20 events with their sources. Use `as_of` for who its partners "
        "were on a date." + EVIDENCE,
        arguments=CountryArguments,
        answer=CountryRead,
        run=_country_profile,
    ),
    ToolSpec(
        name="search_events",
        title="Search events",
        description="Events (claims of one tie happening) newest first, each with every "
        "mention: filter by a country, the counterpart, a tie type, a status and dates. Use it "
        "to check a specific claim ('are North Korean troops in Russia?'): the status says "
        "whether it is confirmed, only alleged, disputed or denied. Page with `cursor`." + EVIDENCE,
        arguments=EventArguments,
        answer=EventPage,
        run=_search_events,
    ),
    ToolSpec(
        name="network_around",
        title="Network around a country",
        description="The ties around a state up to `depth` ties away: every state or alliance "
        "reached, with its degree and community (a group of states tied more to each other "
        "than to the rest), and every tie between them; the state's own ties come with their "
        "latest event and sources (explain_path or dyad_timeline cite the others). Use it for "
        "'who are X's partners and their partners', blocs and clusters." + EVIDENCE,
        arguments=NetworkArguments,
        answer=NetworkAround,
        run=_network_around,
    ),
    ToolSpec(
        name="add_document",
        title="Add a news article",
        description="Read a news article and store the military ties it reports, each with its "
        "sentence and certainty; answers with the events extracted. Needs an API key. Give "
        "its `text` (with `url` and `title` kept as the source's metadata), or only its `url` "
        "to have the page fetched and its story, title, date and outlet read (public "
        "addresses only). `published_on` resolves 'on Friday' or 'last month'. The same text "
        "or URL again writes nothing (`created`: false).",
        arguments=DocumentCreate,
        answer=DocumentAdded,
        run=_add_document,
        writes=True,
    ),
]
BY_NAME = {tool.name: tool for tool in TOOLS}
LISTINGS = [tool.listing() for tool in TOOLS]
"""Built once: the schemas are fixed, and a 2026-era HTTP call has its arguments checked against
its tool's input schema before it runs."""
INPUT_SCHEMAS = {listing.name: listing.input_schema for listing in LISTINGS}
