"""Health answers."""

from pydantic import BaseModel


class Liveness(BaseModel):
    status: str = "alive"


class Readiness(BaseModel):
    status: str
    neo4j: str
    schema_version: int
