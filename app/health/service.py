"""Readiness: Neo4j answers and its schema is the one this code expects."""

from __future__ import annotations

import logging

from neo4j.exceptions import AuthError, DriverError, Neo4jError

from app.core.db import Graph
from app.core.errors import Unavailable
from app.health.schemas import Readiness
from app.schema import repository as schema_repository
from app.schema import service as schema_service

log = logging.getLogger("entente")


async def readiness(graph: Graph) -> Readiness:
    """Raise `Unavailable` unless the database answers with the current schema."""
    try:
        await schema_repository.ping(graph)
        version = await schema_service.current_version(graph)
    except AuthError as error:
        raise Unavailable("Neo4j refused the credentials (check NEO4J_USER/PASSWORD)") from error
    except (DriverError, Neo4jError, OSError) as error:
        # The driver's message names the server's address: logged, not answered.
        log.warning("readiness: Neo4j is not reachable: %s", error)
        raise Unavailable("Neo4j is not reachable") from error
    latest = schema_service.latest_version()
    if version < latest:
        # Neo4j was down when the app started: apply the schema now rather than stay unready.
        try:
            await schema_service.migrate(graph)
        except (DriverError, Neo4jError) as error:
            log.warning("readiness: schema not applied: %s", error)
            raise Unavailable(f"schema is at version {version}, needs {latest}") from error
        version = latest
    return Readiness(status="ready", neo4j="up", schema_version=version)
