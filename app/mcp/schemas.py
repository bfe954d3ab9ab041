"""What the MCP tools take and answer.

Arguments carry the HTTP API's names (`from`, `to`, `k`, `country`, …), bounds and date rules, so
one question has one meaning on both surfaces (a test compares them with the OpenAPI document).
Answers are the API's own models, with every event carrying the mentions an assistant cites:
sentence, document title, URL, publication date and status.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.core.inputs import Confidence, InputDate
from app.documents.schemas import DocumentRead
from app.dyads.schemas import Interval
from app.events.schemas import ActorCode
from app.filters import TieFilter, tie_filter
from app.network.schemas import NetworkNode
from app.paths.schemas import PathExplained, TieEvidence
from app.vocabulary import EventStatus, TieType

CODE = (
    "A state's ISO 3166-1 alpha-3 code (PRK, USA, TWN, PSE, XKX) or an alliance's code (NATO), "
    "any case. Turn names, demonyms, capitals and leaders into codes with resolve_country."
)


class Arguments(BaseModel):
    """Tool arguments: unknown names are refused, as unknown query parameters are over HTTP."""

    model_config = ConfigDict(extra="forbid")


class FilterArguments(Arguments):
    """The filters every graph question takes (docs/data-model.md, "Filters")."""

    types: list[TieType] | None = Field(
        None, description="Only ties and events of these types (default: every type)."
    )
    statuses: list[EventStatus] | None = Field(
        None,
        description="Only events with these statuses (default: every status but denied). "
        "Add 'denied' to see claims that were refuted.",
    )
    since: InputDate | None = Field(None, description="Only events on or after this date.")
    until: InputDate | None = Field(None, description="Only events on or before this date.")
    as_of: InputDate | None = Field(
        None,
        description="The graph as it stood on this date: what had happened by then and, for "
        "alliances and troop deployments, was still in force then.",
    )
    min_confidence: Confidence = Field(
        0.0, description="Only events whose confidence (0-1) is at least this."
    )

    async def tie_filter(self) -> TieFilter:
        """The `TieFilter` the HTTP API builds from the same values (and its checks)."""
        return await tie_filter(
            types=",".join(self.types) if self.types else None,
            statuses=",".join(self.statuses) if self.statuses else None,
            since=self.since,
            until=self.until,
            as_of=self.as_of,
            min_confidence=self.min_confidence,
        )


class PathArguments(FilterArguments):
    from_: str = Field(alias="from", description=f"Where the paths start. {CODE}")
    to: str = Field(description=f"Where the paths end. {CODE}")
    max_hops: int = Field(4, ge=1, le=6, description="The longest path considered, in ties.")
    k: int = Field(3, ge=1, le=10, description="How many paths, shortest first.")
    via_organizations: bool = Field(
        True, description="Let an alliance organization (NATO, CSTO) link its members."
    )


class ExplainArguments(PathArguments):
    path: int = Field(
        0, ge=0, le=9, description="Which path of find_paths' list (0 = the first, shortest)."
    )


class TimelineArguments(FilterArguments):
    a: str = Field(description=f"One state of the pair. {CODE}")
    b: str = Field(description=f"The other state of the pair. {CODE}")
    interval: Interval = Field("month", description="The length of each period of the series.")


class CountryArguments(FilterArguments):
    code: str = Field(description=CODE)


class EventArguments(Arguments):
    country: ActorCode | None = Field(None, description=f"Either party. {CODE}")
    counterpart: ActorCode | None = Field(
        None, description="The other party, with `country`: events between the two."
    )
    type: TieType | None = Field(None, description="Only events of this tie type.")
    status: EventStatus | None = Field(None, description="Only events with this status.")
    since: InputDate | None = Field(None, description="Only events on or after this date.")
    until: InputDate | None = Field(None, description="Only events on or before this date.")
    min_confidence: Confidence = Field(
        0.0, description="Only events whose confidence (0-1) is at least this."
    )
    limit: int = Field(20, ge=1, le=500, description="How many events, newest first.")
    cursor: str | None = Field(
        None, description="The `next_cursor` of a previous answer, for the events after it."
    )


class NetworkArguments(FilterArguments):
    country: str = Field(description=f"The centre of the network. {CODE}")
    depth: int = Field(1, ge=1, le=4, description="How many ties away from `country` to reach.")


class ResolveArguments(Arguments):
    name: str = Field(
        min_length=1,
        max_length=200,
        description="A name as text gives it: 'North Korea', 'DPRK', 'North Korean', "
        "'Pyongyang', 'the Kremlin', 'Kim Jong Un', 'NATO', or a code.",
    )


class PathsFound(BaseModel):
    """`GET /v1/paths`' answer, each tie with its latest event and the sentences reporting it."""

    model_config = ConfigDict(populate_by_name=True)

    from_: str = Field(alias="from")
    to: str
    paths: list[PathExplained]


class NetworkAround(BaseModel):
    """`GET /v1/network?country=…`'s answer, the centre's ties with their latest event and
    evidence."""

    country: str
    depth: int
    nodes: list[NetworkNode]
    edges: list[TieEvidence] = Field(
        description="Every tie between the nodes; those of `country` itself carry `evidence`."
    )


class CountryMatch(BaseModel):
    code: str
    name: str | None = None
    kind: Literal["country", "organization"]
    matched_as: Literal["code", "name", "demonym", "seat", "leader", "organization"] = Field(
        description="How the name stands for it: 'seat' is a capital or seat of government "
        "standing for its state; 'leader' a head of state or government, minister or official."
    )
    valid_from: date | None = Field(None, description="A leader's term: when it began.")
    valid_to: date | None = Field(None, description="A leader's term: when it ended (null: now).")


class Resolution(BaseModel):
    name: str
    matches: list[CountryMatch] = Field(description="Empty when nothing is known by the name.")


class DocumentAdded(DocumentRead):
    """`POST /v1/documents`' answer: the stored document and the events read from it."""

    created: bool = Field(
        description="False when the same text was stored before: nothing new was written."
    )
