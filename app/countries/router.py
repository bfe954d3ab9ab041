"""`/v1/countries`: who is in the graph, and one country's profile."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import Response

from app.core.deps import GraphDep, ReaderDep
from app.countries import service
from app.countries.schemas import CountryList, CountryRead
from app.filters import TieFilter, known_code, tie_filter
from app.projection.deps import ProjectionsDep

router = APIRouter(prefix="/v1/countries", tags=["countries"], dependencies=[ReaderDep])
Filters = Annotated[TieFilter, Depends(tie_filter)]


@router.get("")
async def list_countries(
    graph: GraphDep, projections: ProjectionsDep, filters: Filters
) -> CountryList:
    """Every state in the graph with its number of partners, ties and events."""
    return await service.list_countries(graph, projections, filters=filters)


@router.get(
    "/{code}",
    response_model=CountryRead,
    responses={404: {"description": "Not a known country or organization."}},
)
async def get_country(
    code: str, graph: GraphDep, projections: ProjectionsDep, filters: Filters
) -> Response:
    """Partners by tie type (counts, first and last dates), memberships, the latest events."""
    answer = await service.get_country_json(
        graph, projections, code=known_code(code, "code"), filters=filters
    )
    return Response(answer.body, media_type="application/json", headers={"ETag": answer.etag})
