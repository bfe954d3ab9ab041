"""Documents as users send them and as the API shows them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field, JsonValue

from app.core.inputs import InputDate
from app.events.schemas import EventRead

EXAMPLE: dict[str, JsonValue] = {
    "text": "Russian Defence Minister Andrei Belousov arrived in Pyongyang on "
    "Friday for talks with North Korean officials.",
    "title": "Belousov in Pyongyang",
    "url": "https://news.example/belousov-pyongyang",
    "source": "Example Desk",
    "published_on": "2024-11-29",
}


class DocumentCreate(BaseModel):
    """An article to read: its events are extracted and stored with it. Send its `text`, or
    only its `url` to have the page fetched and its main text, title, date and outlet taken."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "anyOf": [
                {"required": ["text"], "properties": {"text": {"type": "string"}}},
                {"required": ["url"], "properties": {"url": {"type": "string"}}},
            ],
            "examples": [EXAMPLE, {"url": EXAMPLE["url"]}],
        },
    )

    text: str | None = Field(
        None,
        min_length=1,
        description="The article's text; without it, `url` is fetched and read.",
        json_schema_extra={"pattern": r"\S"},  # not blank (checked by the service: 422)
    )
    title: str | None = Field(None, max_length=500)
    url: AnyHttpUrl | None = None
    source: str | None = Field(None, max_length=200, description="Outlet, for corroboration.")
    published_on: InputDate | None = Field(None, description="Resolves 'on Friday'; default today.")


class DocumentText(DocumentCreate):
    """An article with its text (a batch is not fetched)."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLE]})
    text: str = Field(min_length=1, json_schema_extra={"pattern": r"\S"})


class DocumentBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    documents: list[DocumentText] = Field(min_length=1)


class DocumentRead(BaseModel):
    """A stored document and the events it reports (each with this document's mentions)."""

    id: str
    kind: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_on: date | None = None
    ingested_at: datetime | None = None
    events: list[EventRead]


class BatchItem(BaseModel):
    index: int
    id: str
    result: Literal["created", "existing"]
    events: int


class BatchResult(BaseModel):
    items: list[BatchItem]
    created: int
    existing: int
