"""A Neo4j Community server run by the project itself, from Maven Central jars, without Docker."""

from app.neo4j_local.provision import NEO4J_VERSION, LocalNeo4jError, provision
from app.neo4j_local.server import Connection, LocalNeo4j, Status, free_port

__all__ = [
    "NEO4J_VERSION",
    "Connection",
    "LocalNeo4j",
    "LocalNeo4jError",
    "Status",
    "free_port",
    "provision",
]
