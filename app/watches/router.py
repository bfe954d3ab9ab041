"""`/v1/watches` and `/v1/alerts`: what to be told of, and what was told."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request, Response, status
from fastapi.sse import EventSourceResponse, ServerSentEvent

from app.alerts import service as alerts
from app.core.deps import GraphDep, ReaderDep, SettingsDep, WriterDep
from app.watches import service
from app.watches.schemas import AlertPage, WatchCreate, WatchList, WatchRead

router = APIRouter(tags=["watches"])
NO_WATCH: dict[int | str, dict[str, str]] = {404: {"description": "No watch with this id."}}
ATOM = "application/atom+xml"
WatchQuery = Annotated[str | None, Query(description="Only this watch's alerts.")]


@router.post(
    "/v1/watches",
    status_code=status.HTTP_201_CREATED,
    responses={
        201: {
            "links": {
                name: {"operationId": operation, "parameters": {"watch_id": "$response.body#/id"}}
                for name, operation in [("GetWatch", "get_watch"), ("DeleteWatch", "delete_watch")]
            }
        },
        502: {},
    },
)
async def create_watch(
    body: WatchCreate, graph: GraphDep, settings: SettingsDep, _: WriterDep
) -> WatchRead:
    """Save a watch: each change it matches is recorded as an alert by the write that made it,
    and POSTed to `webhook_url` (signed with `secret`) when one is given."""
    return await service.create_watch(graph, settings, body)


@router.get("/v1/watches", dependencies=[ReaderDep])
async def list_watches(graph: GraphDep) -> WatchList:
    return WatchList(items=await service.list_watches(graph))


@router.get("/v1/watches/{watch_id}", dependencies=[ReaderDep], responses=NO_WATCH)
async def get_watch(watch_id: str, graph: GraphDep) -> WatchRead:
    return service.to_watch(await service.get_watch(graph, watch_id))


@router.delete("/v1/watches/{watch_id}", status_code=status.HTTP_204_NO_CONTENT, responses=NO_WATCH)
async def delete_watch(watch_id: str, graph: GraphDep, _: WriterDep) -> None:
    """Stop watching; its alerts stay readable, pending webhook deliveries are dropped."""
    await service.delete_watch(graph, watch_id)


@router.get(
    "/v1/watches/{watch_id}/alerts.atom",
    dependencies=[ReaderDep],
    response_class=Response,
    responses={
        200: {"content": {ATOM: {"schema": {"type": "string"}}}, "description": "Atom 1.0."},
        **NO_WATCH,
    },
)
async def watch_feed(watch_id: str, request: Request, graph: GraphDep) -> Response:
    """The watch's latest 50 alerts as an Atom feed, to follow in any feed reader."""
    watch = await service.get_watch(graph, watch_id)
    page = await alerts.list_alerts(graph, watch=watch_id, cursor=None, limit=50)
    body = alerts.atom(watch, page.items, str(request.url))
    return Response(body, media_type=ATOM)


@router.get("/v1/alerts", dependencies=[ReaderDep])
async def list_alerts(
    graph: GraphDep,
    watch: WatchQuery = None,
    cursor: Annotated[str | None, Query(description="`next` of the page before.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> AlertPage:
    """Alerts, newest first, with each webhook delivery's log."""
    return await alerts.list_alerts(graph, watch=watch, cursor=cursor, limit=limit)


SEQ = r"^\d{1,18}$"


async def latest_alert(graph: GraphDep) -> int:
    """The latest alert's number, read before the stream's answer starts: "from now" is when
    the client connected, not when the stream first looks (a write in between is not missed)."""
    return await alerts.latest_seq(graph)


@router.get("/v1/alerts/stream", dependencies=[ReaderDep], response_class=EventSourceResponse)
async def stream_alerts(
    graph: GraphDep,
    settings: SettingsDep,
    now: Annotated[int, Depends(latest_alert)],
    watch: WatchQuery = None,
    after: Annotated[
        str | None,
        Query(pattern=SEQ, description="Start after this alert's `seq` (default: from now)."),
    ] = None,
    last_event_id: Annotated[
        str, Header(pattern=SEQ, description="Sent by a reconnecting EventSource.")
    ] = "",
) -> AsyncIterator[ServerSentEvent]:
    """Server-Sent Events, one `alert` event per alert as it is recorded, its `id` the alert's
    `seq`. A stream ends after ENTENTE_STREAM_SECONDS; a reconnecting client's `Last-Event-ID`
    resumes where it left off."""
    resume = last_event_id or after
    start = int(resume) if resume else now
    stream = alerts.stream(graph, watch=watch, after=start, seconds=settings.stream_seconds)
    async for alert in stream:
        yield ServerSentEvent(data=alert, event="alert", id=str(alert.seq))
