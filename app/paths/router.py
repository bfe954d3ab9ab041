"""`/v1/paths`: chains of ties between two countries, and the evidence behind one."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from app.core.deps import GraphDep, ReaderDep
from app.core.formats import CytoscapeRead, csv_response, cytoscape, json_response, other_formats
from app.filters import TieFilter, known_code, tie_filter
from app.paths import service
from app.paths.schemas import PathExplained, PathsRead
from app.projection.deps import ProjectionsDep

router = APIRouter(prefix="/v1/paths", tags=["paths"], dependencies=[ReaderDep])

FromQuery = Annotated[str, Query(alias="from", description="ISO alpha-3 code, e.g. PRK.")]
ToQuery = Annotated[str, Query(description="ISO alpha-3 code, e.g. USA.")]
HopsQuery = Annotated[int, Query(ge=1, le=6, description="Longest path considered.")]
KQuery = Annotated[int, Query(ge=1, le=10, description="How many paths.")]
ViaQuery = Annotated[bool, Query(description="Let alliance organizations link their members.")]
Filters = Annotated[TieFilter, Depends(tie_filter)]
UNKNOWN_CODE: dict[int | str, dict[str, str]] = {
    404: {"description": "`from` or `to` is not a known country or organization."}
}


@router.get(
    "",
    response_model=PathsRead | CytoscapeRead,
    responses={**other_formats("text/csv"), **UNKNOWN_CODE},
)
async def find_paths(
    graph: GraphDep,
    projections: ProjectionsDep,
    filters: Filters,
    source: FromQuery,
    to: ToQuery,
    max_hops: HopsQuery = 4,
    k: KQuery = 3,
    via_organizations: ViaQuery = True,
    format: Annotated[Literal["json", "cytoscape", "csv"], Query()] = "json",
) -> Any:
    """Up to `k` shortest paths (by hops, then higher total confidence) over qualifying ties."""
    paths = await service.find_paths(
        graph,
        projections,
        source=known_code(source, "from"),
        target=known_code(to, "to"),
        max_hops=max_hops,
        k=k,
        via_organizations=via_organizations,
        filters=filters,
    )
    if format == "csv":
        rows = [
            {"path": i, "hop": h, **tie.model_dump(mode="json")}
            for i, path in enumerate(paths.paths)
            for h, tie in enumerate(path.ties)
        ]
        columns = ["path", "hop", "source", "target", "type", "first_on", "last_on", "events"]
        return csv_response([*columns, "status", "confidence"], rows, "paths")
    if format == "cytoscape":
        nodes = {n.code: n.model_dump() for p in paths.paths for n in p.nodes}
        edges = {
            (t.source, t.target, t.type): t.model_dump(mode="json")
            for p in paths.paths
            for t in p.ties
        }
        return cytoscape(nodes.values(), edges.values())
    return json_response(paths)


@router.get(
    "/explain",
    response_model=PathExplained,
    responses={404: {"description": "An unknown code, or no path with that index."}},
)
async def explain_path(
    graph: GraphDep,
    projections: ProjectionsDep,
    filters: Filters,
    source: FromQuery,
    to: ToQuery,
    max_hops: HopsQuery = 4,
    k: KQuery = 3,
    via_organizations: ViaQuery = True,
    path: Annotated[int, Query(ge=0, le=9, description="Which path of the list.")] = 0,
) -> PathExplained:
    """A path with each tie's events and the sentences, titles and links that report them."""
    return await service.explain_path(
        graph,
        projections,
        source=known_code(source, "from"),
        target=known_code(to, "to"),
        max_hops=max_hops,
        k=k,
        via_organizations=via_organizations,
        filters=filters,
        index=path,
    )
