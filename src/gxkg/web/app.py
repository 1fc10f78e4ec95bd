"""The application: settings -> the graph and its Site -> middleware (Host, Origin, CORS) -> the registered pages.

Anyone's SPARQL runs in a pool of worker processes (gxkg.store.pool) that are killed at the time limit and
capped in memory, so no query shape escapes the limits; the saved queries have a pool of their own; the pages'
own lookups run in threads over the server's read-only store. Work beyond the workers waits in a bounded queue
(gxkg.store.pool.Lane) and is refused (503) only past it; /status reports the processes, memory and queues. Requests for other Host names and cross-origin requests are refused unless configured.
"""

from __future__ import annotations

import logging
import os
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Route

from ..kg import KnowledgeGraph
from .negotiate import VaryAccept
from .routes import ROUTES, Page
from .security import OriginGuard
from .settings import SETTINGS_ENV, Settings
from .site import Site, memory


def create_app(settings: Settings | None = None, kg: KnowledgeGraph | None = None,
               routes: list[Page] | None = None) -> Starlette:
    """The Starlette application serving `routes` (the registered pages unless given) over `kg` (opened from
    the settings unless given)."""
    settings = settings or Settings()
    routes = ROUTES if routes is None else routes
    kg = kg or KnowledgeGraph.open(data=Path(settings.data) if settings.data else None, endpoint=settings.endpoint,
                                   store_dir=Path(settings.store_dir) if settings.store_dir else None, quiet=True)
    kg.names, kg._ontology  # open the name index and read the vocabulary once
    site = Site(kg, settings, nav=[(p.path, p.nav) for p in routes if p.nav])
    middleware = [Middleware(VaryAccept),
                  Middleware(TrustedHostMiddleware, allowed_hosts=settings.hosts()),
                  Middleware(OriginGuard, allowed=settings.origins())]
    if settings.origins():
        middleware.append(Middleware(CORSMiddleware, allow_origins=settings.origins(), allow_methods=["GET", "POST"],
                                     allow_headers=["Accept", "Content-Type"],
                                     expose_headers=["X-GXKG-Truncated", "X-GXKG-Row-Limit"]))

    @asynccontextmanager
    async def lifespan(app):
        m = memory()
        logging.getLogger("uvicorn.error").info(
            "gxkg ready: %s triples; memory at rest %.0f MB in %d process(es) (query workers start when needed; "
            "see /status)", f"{kg.store.triple_count():,}", m["rss_mb"], m["processes"])
        yield
        site.close()

    app = Starlette(routes=[Route(p.path, p.view, methods=list(p.methods), name=p.name) for p in routes],
                    middleware=middleware, lifespan=lifespan)
    app.state.site = site
    app.state.kg, app.state.settings, app.state.pool, app.state.known = kg, settings, site.pool, site.known
    return app


def app_from_env() -> Starlette:
    """uvicorn factory for multi-worker serving: the settings `serve` handed over, whole."""
    return create_app(Settings.from_json(os.environ[SETTINGS_ENV]))
