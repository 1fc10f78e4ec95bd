"""What every view reads: the graph, the settings, the page templates and the server's shared state."""

from __future__ import annotations

import asyncio
from functools import lru_cache
from urllib.parse import quote

from starlette.responses import HTMLResponse

from ..kg import KnowledgeGraph
from ..namespaces import GXO, GXR, ONTOLOGY_IRI, OUTPUT_PREFIXES, PREFIX_MAP, curie
from .cache import AnswerCache, KnownCache
from .security import CSP
from .settings import Settings


def page_path(iri: str) -> str | None:
    """The path of an IRI's page on this server (None for IRIs outside the graph's namespaces)."""
    iri = str(iri)
    if iri.startswith(str(GXR)):
        return "/resource/" + quote(iri[len(str(GXR)):], safe="/")
    if iri.startswith(str(GXO)) or iri == ONTOLOGY_IRI:
        return "/ontology#" + iri.split("#")[-1]
    return None


class Site:
    """One server's graph, settings, templates and caches, handed to every view as `request.app.state.site`.

    Templates come from the gxkg.templates package; every page template extends base.html, whose navigation
    lists the registered pages that have a `nav` label. All graph text goes through Jinja2 autoescaping."""

    def __init__(self, kg: KnowledgeGraph, settings: Settings, nav: list[tuple[str, str]]):
        from jinja2 import Environment, PackageLoader, select_autoescape

        self.kg, self.settings = kg, settings
        self.env = Environment(loader=PackageLoader("gxkg", "templates"),
                               autoescape=select_autoescape(default=True, default_for_string=True))
        self.env.filters["page"] = page_path
        self.env.filters["curie"] = curie
        self.env.globals["label"] = kg.label
        self.env.globals["nav"] = [{"path": path, "label": label} for path, label in nav]
        self.answers = AnswerCache()
        self.known = KnownCache()
        self.graphs = kg.store.named_graphs()
        self.pool = None
        self._state: dict = {}
        if kg.store.kind == "embedded" and getattr(kg.store, "path", None):
            from ..store.pool import WorkerPool

            self.pool = WorkerPool(kg.store.path, PREFIX_MAP, size=settings.query_workers, memory_mb=settings.memory_mb,
                                   output_prefixes=OUTPUT_PREFIXES)
        self.query_slots = asyncio.Semaphore(settings.query_workers)  # for stores answered in threads

    def render(self, template: str, **context) -> str:
        """A page template rendered (templates are compiled once per server)."""
        return self.env.get_template(template).render(**context)

    def html(self, body: str, status: int = 200, headers: dict | None = None) -> HTMLResponse:
        """An HTML page with the security headers every page gets."""
        return HTMLResponse(body, status_code=status, headers={**CSP, **(headers or {})})

    def once(self, key: str, make):
        """A view's own per-server object (a cache, a semaphore), made on first use."""
        if key not in self._state:
            self._state[key] = make()
        return self._state[key]

    def memo(self, key: str, fn, maxsize: int):
        """`fn` with a per-server least-recently-used cache of maxsize calls."""
        return self.once(key, lambda: lru_cache(maxsize=maxsize)(fn))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
