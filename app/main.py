"""The FastAPI application factory: one driver per process, opened in the lifespan."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from neo4j.exceptions import DriverError, Neo4jError

from app.apidocs.router import router as apidocs_router
from app.core.config import Settings
from app.core.db import Graph, TimeLimits, open_driver, resolve_connection
from app.core.deps import reject_unknown_query
from app.core.errors import install_error_handlers
from app.core.http import install_http
from app.core.openapi import install_openapi
from app.core.security import ApiKeys
from app.countries.router import router as countries_router
from app.documents.router import router as documents_router
from app.dyads.router import router as dyads_router
from app.embeds.router import router as embeds_router
from app.events.router import router as events_router
from app.feeds.router import router as feeds_router
from app.follow.follower import Follower
from app.health.router import router as health_router
from app.imports.router import router as imports_router
from app.mcp.http import install_mcp
from app.metrics.router import install_metrics
from app.metrics.router import router as metrics_router
from app.network.router import router as network_router
from app.paths.router import router as paths_router
from app.projection.service import Projections
from app.schema import service as schema_service
from app.watches.router import router as watches_router

log = logging.getLogger("entente")


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app for these settings (from the environment when not given)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        connection = resolve_connection(settings)
        driver = open_driver(connection)
        app.state.graph = Graph(
            driver,
            connection.database,
            TimeLimits(settings.read_timeout, settings.write_timeout),
        )
        app.state.projections = projections = Projections()
        warming = None
        try:
            await schema_service.migrate(app.state.graph)
            # Read the event table now, so the first dated question does not wait for it.
            warming = asyncio.create_task(projections.warm(app.state.graph))
        except (DriverError, Neo4jError, OSError) as error:
            # Serve anyway: /readyz reports 503 until Neo4j is back and `entente migrate` ran.
            log.warning("schema not applied at start-up: %s", error)
        # What start-up made (modules, the extraction gazetteer) lives as long as the process:
        # frozen, the full collections that requests set off do not walk it (≈ 50 ms each).
        gc.freeze()
        # Feeds and webhooks: every process runs a follower; the one holding the lease works.
        following = (
            asyncio.create_task(Follower(app.state.graph, settings).run())
            if settings.follow
            else None
        )
        try:
            async with app.state.mcp.running():
                yield
        finally:
            # Both end, and the reads they or requests set off, before the driver closes (the
            # follower gives its lease up on the way).
            tasks = [task for task in (warming, following) if task]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await projections.close()
            await driver.close()

    app = FastAPI(
        title="Entente",
        summary="A knowledge graph of military ties between states, with evidence and certainty.",
        version="0.1.0",
        lifespan=lifespan,
        openapi_url=None,  # served by app.apidocs, under the read-access setting
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(reject_unknown_query)],
        # Operation ids are the route functions' names: `get_document`, as links refer to them.
        generate_unique_id_function=lambda route: route.name,
    )
    app.state.settings = settings
    app.state.api_keys = ApiKeys(settings.api_keys)
    install_error_handlers(app)
    install_http(app, settings)
    install_metrics(app)
    install_openapi(app, settings)
    app.include_router(health_router)
    app.include_router(metrics_router)
    app.include_router(apidocs_router)
    app.include_router(documents_router)
    app.include_router(events_router)
    app.include_router(paths_router)
    app.include_router(dyads_router)
    app.include_router(network_router)
    app.include_router(countries_router)
    app.include_router(imports_router)
    app.include_router(feeds_router)
    app.include_router(watches_router)
    app.include_router(embeds_router)
    app.state.mcp = install_mcp(app)
    return app
