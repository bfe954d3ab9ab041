"""Watches (a saved filter and what to be told of) and the alerts they receive."""

from __future__ import annotations

import datetime as dt
from datetime import date, datetime
from typing import Any, Literal

from pydantic import AnyHttpUrl, BaseModel, ConfigDict, Field

from app.alerts.model import AlertKind
from app.events.schemas import ActorCode
from app.vocabulary import EventStatus, TieType


class WatchCreate(BaseModel):
    """What to watch: one country (anything it takes part in) or a pair, optionally only some
    tie types and statuses at least as certain as `min_status`, and which changes to hear of."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "name": "Russia and North Korea",
                    "countries": ["RUS", "PRK"],
                    "types": ["TROOP_DEPLOYMENT", "ARMS_TRANSFER"],
                    "min_status": "alleged",
                    "on": ["new_event", "new_tie", "status_change"],
                    "webhook_url": "https://hooks.example/entente",
                    "secret": "a-shared-secret-for-signatures",
                }
            ]
        },
    )

    name: str = Field(min_length=1, max_length=200, pattern=r"\S")
    countries: list[ActorCode] = Field(
        min_length=1,
        max_length=2,
        description="One code (anything it takes part in) or a pair.",
        json_schema_extra={"uniqueItems": True},  # two different codes (checked by the service)
    )
    types: list[TieType] | None = Field(None, min_length=1, description="Default: every type.")
    min_status: EventStatus | None = Field(
        None,
        description="Only changes to a status at least this certain "
        "(denied < disputed < alleged < reported < confirmed).",
    )
    on: list[AlertKind] = Field(min_length=1, description="Which changes make an alert.")
    webhook_url: AnyHttpUrl | None = Field(
        None, description="Alerts are POSTed here as JSON, retried with back-off."
    )
    secret: str | None = Field(
        None,
        min_length=8,
        max_length=200,
        description="Signs each webhook body: X-Entente-Signature: sha256=<hex HMAC-SHA256>.",
    )


class WatchRead(BaseModel):
    id: str
    name: str
    countries: list[str]
    types: list[TieType] | None = None
    min_status: EventStatus | None = None
    on: list[AlertKind]
    webhook_url: str | None = None
    signed: bool = Field(description="Whether webhook bodies are signed (the secret is not shown).")
    created_at: datetime


class WatchList(BaseModel):
    items: list[WatchRead]


class AlertEvent(BaseModel):
    id: str
    type: TieType
    actor: str
    target: str
    status: EventStatus
    occurred_on: date | None = None
    confidence: float | None = None


class AlertEvidence(BaseModel):
    sentence: str | None = None
    document: str
    url: str | None = None
    date: dt.date | None = None


class Delivery(BaseModel):
    """A webhook's delivery: none (the watch has no webhook), pending (retried with back-off),
    delivered, failed (out of attempts) or dropped (its watch was deleted)."""

    state: Literal["none", "pending", "delivered", "failed", "dropped"]
    attempts: int
    log: list[dict[str, Any]] = Field(description="Each attempt: at, status or error.")


class AlertRead(BaseModel):
    """What changed, for which watch, and the sentence that changed it."""

    id: str
    seq: int = Field(description="Alerts are numbered in the order they were recorded.")
    watch: str
    kind: AlertKind
    event: AlertEvent
    old_status: EventStatus | None = None
    new_status: EventStatus
    evidence: AlertEvidence | None = None
    created_at: datetime
    delivery: Delivery


class AlertPage(BaseModel):
    items: list[AlertRead]
    next: str | None = Field(None, description="Cursor of the next (older) page; null: the end.")
