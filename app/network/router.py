"""`/v1/network`: the tie network as JSON, Cytoscape.js elements, CSV or GraphML."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from app.core.deps import GraphDep, ReaderDep
from app.core.formats import CytoscapeRead, Format, csv_response, cytoscape, other_formats
from app.filters import TieFilter, known_code, tie_filter
from app.network import service
from app.network.schemas import NetworkRead
from app.projection.deps import ProjectionsDep

router = APIRouter(prefix="/v1/network", tags=["network"], dependencies=[ReaderDep])


@router.get(
    "",
    response_model=NetworkRead | CytoscapeRead,
    responses={
        **other_formats("text/csv", "application/graphml+xml"),
        404: {"description": "`country` is not a known country or organization."},
    },
)
async def network(
    graph: GraphDep,
    projections: ProjectionsDep,
    filters: Annotated[TieFilter, Depends(tie_filter)],
    country: Annotated[str | None, Query(description="Centre of an ego network.")] = None,
    depth: Annotated[int, Query(ge=1, le=4, description="Hops around `country`.")] = 1,
    format: Format = Format.JSON,
) -> Any:
    """Nodes with degree and community, and every qualifying tie between them."""
    centre = known_code(country, "country") if country else None
    network = await service.network(
        graph, projections, filters=filters, country=centre, depth=depth
    )
    if format is Format.CSV:
        columns = ["source", "target", "type", "first_on", "last_on", "events", "status"]
        return csv_response([*columns, "confidence", "score"], network.ties, "network")
    if format is Format.CYTOSCAPE:
        return cytoscape(network.nodes, network.ties)
    if format is Format.GRAPHML:
        return Response(service.to_graphml(network), media_type="application/graphml+xml")
    return Response(
        network.network_json, media_type="application/json", headers={"ETag": network.network_etag}
    )
