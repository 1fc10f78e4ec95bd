"""The page registry: one line per page. A new page is a module in views/ with `view(request)`, a template that
extends base.html, and one line here; a `nav` label lists it in the navigation every page shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .views import ask, explore, home, ontology, queries, reconcile, resource, search, sparql, status, void


@dataclass(frozen=True)
class Page:
    """A route: its path (Starlette syntax), its async view, the methods it answers, an optional route name
    (for url_for) and an optional navigation label."""

    path: str
    view: Callable
    methods: tuple[str, ...] = ("GET",)
    name: str | None = None
    nav: str | None = None


ROUTES = [
    Page("/", home.view, nav="SPARQL"),
    Page("/favicon.ico", home.favicon),
    Page("/sparql", sparql.view, methods=("GET", "POST"), name="sparql"),
    Page("/queries", queries.listing),
    Page("/queries/{name}", queries.view),
    Page("/resource/{path:path}", resource.view),
    Page("/explore", explore.view, nav="网络图 / Explore"),
    Page("/ontology", ontology.view, nav="本体 / Ontology"),
    Page("/search", search.view),
    Page("/ask", ask.view),
    Page("/void", void.view),
    Page("/status", status.view),
    Page("/.well-known/void", void.view),
    Page("/reconcile", reconcile.view, methods=("GET", "POST")),
    Page("/reconcile/suggest/{kind}", reconcile.suggest),
    Page("/reconcile/preview", reconcile.preview),
]
