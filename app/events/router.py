"""`/v1/events`: structured events in, events with their evidence out."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from app.core.deps import GraphDep, ReaderDep, SettingsDep, WriterDep
from app.core.inputs import InputDate
from app.events import service
from app.events.schemas import ActorCode, EventBatch, EventPage, IngestResult
from app.vocabulary import EventStatus, TieType

router = APIRouter(prefix="/v1/events", tags=["events"])


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_events(
    body: EventBatch, graph: GraphDep, settings: SettingsDep, _: WriterDep
) -> IngestResult:
    """Store up to 10,000 structured events in one transaction (idempotent)."""
    return await service.create_events(graph, settings, body.events)


@router.get("", dependencies=[ReaderDep])
async def list_events(
    graph: GraphDep,
    country: Annotated[ActorCode | None, Query(description="Either party, e.g. PRK")] = None,
    counterpart: Annotated[ActorCode | None, Query(description="The other party")] = None,
    type: TieType | None = None,
    status: EventStatus | None = None,
    since: InputDate | None = None,
    until: InputDate | None = None,
    min_confidence: Annotated[float, Query(ge=0, le=1)] = 0.0,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    include: Annotated[str | None, Query(pattern="^mentions$")] = None,
) -> EventPage:
    """Events newest first; `include=mentions` adds each mention's document and sentence."""
    return await service.list_events(
        graph,
        country=country,
        counterpart=counterpart,
        type=type,
        status=status,
        since=since,
        until=until,
        min_confidence=min_confidence,
        cursor=cursor,
        limit=limit,
        with_mentions=include == "mentions",
    )
