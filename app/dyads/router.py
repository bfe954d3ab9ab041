"""`/v1/dyads/{a}/{b}/timeline` and `/v1/trends`: cooperation over time."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from app.core.deps import GraphDep, ReaderDep
from app.core.formats import csv_response, other_formats
from app.dyads import service
from app.dyads.schemas import Interval, TimelineRead, TrendsRead
from app.filters import TieFilter, known_code, tie_filter
from app.projection.deps import ProjectionsDep

router = APIRouter(prefix="/v1", tags=["timelines"], dependencies=[ReaderDep])
Filters = Annotated[TieFilter, Depends(tie_filter)]


@router.get(
    "/dyads/{a}/{b}/timeline",
    response_model=TimelineRead,
    responses={
        **other_formats("text/csv"),
        404: {"description": "`a` or `b` is not a known country or organization."},
    },
)
async def timeline(
    a: str,
    b: str,
    graph: GraphDep,
    projections: ProjectionsDep,
    filters: Filters,
    interval: Interval = "month",
    format: Annotated[Literal["json", "csv"], Query()] = "json",
) -> Any:
    """Counts per tie type and cooperation score per period, zeros included, with a trend."""
    a, b = known_code(a, "a"), known_code(b, "b")
    if format == "json":
        answer = await service.timeline_json(
            graph, projections, a=a, b=b, interval=interval, filters=filters
        )
        return Response(answer.body, media_type="application/json", headers={"ETag": answer.etag})
    result = await service.timeline(
        graph, projections, a=a, b=b, interval=interval, filters=filters
    )
    types = [t.value for t in filters.types]
    rows = [{**p, **p["counts"]} for p in result["series"]]
    return csv_response(["period", "start", *types, "total", "score"], rows, "timeline")


@router.get("/trends")
async def trends(
    graph: GraphDep,
    filters: Filters,
    window: Interval = "quarter",
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> TrendsRead:
    """Pairs whose cooperation grew or shrank most between consecutive windows."""
    return await service.trends(graph, window=window, filters=filters, limit=limit)
