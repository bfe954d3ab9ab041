"""`/healthz` (the process is alive) and `/readyz` (Neo4j answers, schema current)."""

from fastapi import APIRouter

from app.core.deps import GraphDep
from app.health import service
from app.health.schemas import Liveness, Readiness

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> Liveness:
    """The process is alive; says nothing about Neo4j."""
    return Liveness()


@router.get("/readyz", responses={503: {"description": "Neo4j down or schema not current"}})
async def readyz(graph: GraphDep) -> Readiness:
    """200 when Neo4j answers and the schema is current, else 503 problem+json."""
    return await service.readiness(graph)
