"""Events and mentions as the API shows them, and structured events as users send them."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import (
    AfterValidator,
    AnyHttpUrl,
    BaseModel,
    ConfigDict,
    Field,
    WithJsonSchema,
    model_validator,
)

from app.core.inputs import Confidence, InputDate
from app.extraction import actor_codes, country_name
from app.vocabulary import OTHER_SOURCE, EventStatus, MentionStatus, Phase, Precision, TieType


def _known_actor(code: str) -> str:
    code = code.strip().upper()
    if country_name(code) is None:
        raise ValueError(f"unknown country or organization code {code!r} (ISO 3166 alpha-3)")
    return code


def _attribution(value: str | None) -> str | None:
    if value is None:
        return None
    if value.strip().lower() == OTHER_SOURCE:
        return OTHER_SOURCE
    return _known_actor(value)


ACTOR_CODE_SCHEMA = {
    "type": "string",
    "enum": actor_codes(),
    "description": "ISO 3166 alpha-3, or an alliance's code (NATO); any case.",
}
ActorCode = Annotated[str, AfterValidator(_known_actor), WithJsonSchema(ACTOR_CODE_SCHEMA)]
"""An ISO 3166 alpha-3 code (or an alliance's code such as NATO), any case."""
AttributionCode = Annotated[
    str,
    AfterValidator(_attribution),
    WithJsonSchema({**ACTOR_CODE_SCHEMA, "enum": [*actor_codes(), OTHER_SOURCE]}),
]
"""Who a claim is attributed to: a code, or `other` for anyone else."""


class Evidence(BaseModel):
    sentence: str | None = None
    start: int | None = None
    end: int | None = None


class Trigger(BaseModel):
    """The words that made the extractor read the tie, with their offsets in the document."""

    text: str
    start: int
    end: int


class MentionRead(BaseModel):
    """One document's claim about an event."""

    document_id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_on: date | None = None
    status: MentionStatus
    attributed_to: str | None = None
    confidence: float
    phase: Phase | None = None
    evidence: Evidence | None = None
    extractor: str | None = Field(
        None, description="What read the claim: `entente-rules/…`, `structured`, `gdelt`, `atop`."
    )
    rule: str | None = Field(
        None,
        description="The extractor's rule that read it "
        "(`visit.travel`, `transfer.receive` …): why this tie was found.",
    )
    trigger: Trigger | None = None


class EventRead(BaseModel):
    """An event: merged mentions of one happening, with its derived certainty."""

    id: str
    type: TieType
    actor: str
    target: str
    location: str | None = None
    occurred_on: date
    precision: Precision
    valid_from: date | None = None
    valid_to: date | None = None
    status: EventStatus
    confidence: float
    sources: int
    first_reported: date | None = None
    last_reported: date | None = None
    mentions: list[MentionRead] | None = None


class EventPage(BaseModel):
    items: list[EventRead]
    next_cursor: str | None = Field(None, description="Pass as `cursor` for the next page.")


class EventCreate(BaseModel):
    """A structured event from someone's own extraction or dataset."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "type": "ARMS_TRANSFER",
                    "actor": "IRN",
                    "target": "RUS",
                    "occurred_on": "2022-10-18",
                    "precision": "day",
                    "status": "alleged",
                    "confidence": 0.7,
                    "source": "Example Desk",
                    "url": "https://news.example/iran-drones",
                    "evidence": "Iran has supplied Russia with drones, US officials said.",
                }
            ]
        },
    )

    type: TieType
    actor: ActorCode
    target: ActorCode
    location: ActorCode | None = None
    occurred_on: InputDate
    precision: Precision = Precision.DAY
    valid_from: InputDate | None = None
    valid_to: InputDate | None = None
    status: MentionStatus
    attributed_to: AttributionCode | None = None
    confidence: Confidence = 0.8
    source: str = Field(min_length=1, max_length=200)
    url: AnyHttpUrl | None = None
    evidence: str | None = Field(None, max_length=5_000)

    @model_validator(mode="after")
    def _coherent(self) -> EventCreate:
        if self.actor == self.target:
            raise ValueError("actor and target must be different states")
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValueError("valid_to is before valid_from")
        return self


class EventBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    events: list[EventCreate] = Field(min_length=1)


class IngestResult(BaseModel):
    """What a write added to the graph."""

    received: int
    documents: int
    mentions_new: int
    mentions_known: int
    events_new: int
    events_merged: int
    ties: int
