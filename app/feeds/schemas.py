"""Feeds as users add them and as the API shows them."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field


class FeedCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"url": "https://news.example/world/rss.xml", "interval_s": 900}]
        },
    )

    url: AnyHttpUrl = Field(description="An RSS or Atom feed.")
    interval_s: int = Field(900, ge=60, le=86_400, description="Seconds between polls.")


class FeedRead(BaseModel):
    """A feed and how its polls went."""

    id: str
    url: str
    interval_s: int
    created_at: datetime
    next_poll_at: datetime
    last_poll_at: datetime | None = None
    last_status: Literal["ok", "not_modified", "error"] | None = None
    last_error: str | None = None
    failures: int = Field(0, description="Polls failed in a row; each doubles the wait.")
    items_seen: int = Field(0, description="Items in the feed at the last poll.")
    items_new: int = Field(0, description="Items read for the first time at the last poll.")
    documents: int = Field(0, description="Documents its items became, in all.")


class FeedList(BaseModel):
    items: list[FeedRead]


class ItemResult(BaseModel):
    url: str
    document: str | None = None
    result: Literal["created", "existing", "error"]
    error: str | None = None


class PollResult(BaseModel):
    """What one poll found. A poll that failed is still a poll: `status` says so and the feed
    is retried later with back-off."""

    feed: FeedRead
    status: Literal["ok", "not_modified", "error"]
    error: str | None = None
    items: list[ItemResult] = Field(description="The items read for the first time.")
