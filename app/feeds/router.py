"""`/v1/feeds`: RSS and Atom feeds whose new items become documents."""

from __future__ import annotations

from fastapi import APIRouter, Response, status

from app.core.deps import GraphDep, ReaderDep, SettingsDep, WriterDep
from app.feeds import service
from app.feeds.schemas import FeedCreate, FeedList, FeedRead, PollResult

router = APIRouter(prefix="/v1/feeds", tags=["feeds"])
NO_FEED: dict[int | str, dict[str, str]] = {404: {"description": "No feed with this id."}}
FEED_LINKS = {
    name: {"operationId": operation, "parameters": {"feed_id": "$response.body#/id"}}
    for name, operation in [("GetFeed", "get_feed"), ("DeleteFeed", "delete_feed")]
}


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    responses={
        201: {
            "description": "Added; polled at once, then every `interval_s`.",
            "links": FEED_LINKS,
        },
        200: {"description": "This URL was added before.", "model": FeedRead, "links": FEED_LINKS},
        502: {},
    },
)
async def create_feed(
    body: FeedCreate, response: Response, graph: GraphDep, settings: SettingsDep, _: WriterDep
) -> FeedRead:
    """Follow a feed: the follower polls it (conditional GET) and reads each new item's page."""
    feed, created = await service.add_feed(graph, settings, body)
    if not created:
        response.status_code = status.HTTP_200_OK
    return feed


@router.get("", dependencies=[ReaderDep])
async def list_feeds(graph: GraphDep) -> FeedList:
    """Every feed, with how its last poll went."""
    return FeedList(items=await service.list_feeds(graph))


@router.get("/{feed_id}", dependencies=[ReaderDep], responses=NO_FEED)
async def get_feed(feed_id: str, graph: GraphDep) -> FeedRead:
    return FeedRead(**await service.get_feed(graph, feed_id))


@router.delete("/{feed_id}", status_code=status.HTTP_204_NO_CONTENT, responses=NO_FEED)
async def delete_feed(feed_id: str, graph: GraphDep, _: WriterDep) -> None:
    """Stop following it; the documents its items became stay."""
    await service.delete_feed(graph, feed_id)


@router.post("/{feed_id}:poll", responses=NO_FEED)
async def poll_feed(
    feed_id: str, graph: GraphDep, settings: SettingsDep, _: WriterDep
) -> PollResult:
    """Poll now, whatever the schedule. A feed that cannot be read answers 200 all the same,
    with `status: error` and the reason (it is retried later with back-off)."""
    return await service.poll_now(graph, settings, feed_id)
