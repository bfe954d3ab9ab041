"""`ProjectionsDep`: the process's projection cache, made in the app's lifespan."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from app.projection.service import Projections


async def get_projections(request: Request) -> Projections:
    projections: Projections = request.app.state.projections
    return projections


ProjectionsDep = Annotated[Projections, Depends(get_projections)]
