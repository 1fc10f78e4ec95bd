"""`gxkg serve`: a read-only SPARQL 1.1 Protocol endpoint and linked-data pages (Starlette on uvicorn).

Starlette gives routing and responses on the ASGI standard; uvicorn is the well-kept ASGI server
with graceful shutdown on SIGINT/SIGTERM, an access log and multi-process workers. Queries run in
a thread pool, each under a cooperative deadline (gxkg.deadline), so a runaway query is stopped at
the limit while other requests keep being answered.
"""

from __future__ import annotations

import os
import re
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import quote, urlencode

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from .errors import GxkgError, NotFound, QueryError, QueryTimeout
from .kg import KnowledgeGraph
from .namespaces import GXO, GXR, ONTOLOGY_IRI, PREFIXES, SD, curie
from .output import script_json
from .queries import check_query, get_saved, run_query, saved_queries
from .results import GRAPH_TYPES, SELECT_TYPES, serialize_graph, serialize_select

GRAPH_IRI = "https://w3id.org/gxkg/graph"
HTML = "text/html"
FORMAT_ALIASES = {
    "json": "application/sparql-results+json", "srj": "application/sparql-results+json",
    "xml": "application/sparql-results+xml", "srx": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values",
    "turtle": "text/turtle", "ttl": "text/turtle", "nt": "application/n-triples", "ntriples": "application/n-triples",
    "jsonld": "application/ld+json", "json-ld": "application/ld+json", "rdfxml": "application/rdf+xml",
    "html": HTML,
}
SELECT_MEDIA = {v: k for k, v in SELECT_TYPES.items()} | {"application/json": "json"}
GRAPH_MEDIA = {mime: key for key, (_, mime) in GRAPH_TYPES.items()} | {"application/json": "jsonld"}


class Settings:
    """Server settings; read from GXKG_SERVE_* environment variables so uvicorn workers share them."""

    def __init__(self, timeout: float = 10.0, max_rows: int = 10000, cors: str | None = None, data: str | None = None):
        self.timeout, self.max_rows, self.cors, self.data = timeout, max_rows, cors, data

    @classmethod
    def from_env(cls) -> "Settings":
        e = os.environ
        return cls(float(e.get("GXKG_SERVE_TIMEOUT", 10)), int(e.get("GXKG_SERVE_MAX_ROWS", 10000)),
                   e.get("GXKG_SERVE_CORS") or None, e.get("GXKG_DATA") or None)

    def to_env(self) -> dict[str, str]:
        env = {"GXKG_SERVE_TIMEOUT": str(self.timeout), "GXKG_SERVE_MAX_ROWS": str(self.max_rows)}
        if self.cors:
            env["GXKG_SERVE_CORS"] = self.cors
        if self.data:
            env["GXKG_DATA"] = self.data
        return env


# ------------------------------------------------------------------------------ content negotiation
def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges of an Accept header, best first (q, then specificity, then order)."""
    if not header:
        return [("*/*", 1.0)]
    out = []
    for i, part in enumerate(header.split(",")):
        bits = [b.strip() for b in part.split(";")]
        mime, q = bits[0].lower(), 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        if mime:
            out.append((mime, q, -mime.count("*"), -i))
    out.sort(key=lambda x: (x[1], x[2], x[3]), reverse=True)
    return [(m, q) for m, q, _, _ in out if q > 0]


def negotiate(request: Request, offered: list[str]) -> str | None:
    """The offered media type that best fits the `format` parameter or the Accept header; None -> 406."""
    fmt = request.query_params.get("format") or request.query_params.get("output")
    if fmt:
        mime = FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
        return mime if mime in offered else None
    for mime, _ in parse_accept(request.headers.get("accept")):
        if mime in offered:
            return mime
        if mime == "*/*":
            return offered[0]
        if mime.endswith("/*"):
            hit = next((o for o in offered if o.startswith(mime[:-1])), None)
            if hit:
                return hit
    return None


def not_acceptable(offered: list[str]) -> Response:
    return PlainTextResponse("406 Not Acceptable: this resource is available as " + ", ".join(offered) + "\n", 406)


def error(status: int, message: str) -> Response:
    return PlainTextResponse(f"{status} {message}\n", status)


# ------------------------------------------------------------------------------ the application
def create_app(settings: Settings | None = None, kg: KnowledgeGraph | None = None) -> Starlette:
    settings = settings or Settings.from_env()
    kg = kg or KnowledgeGraph.load(base=Path(settings.data) if settings.data else None)
    kg.entities, kg.relations, kg._name_index, kg._statement_evidence, kg._labels  # warm the indexes once
    pages = Pages(kg, settings)

    async def sparql(request: Request) -> Response:
        if request.method == "POST":
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            body = await request.body()
            if ctype == "application/sparql-update":
                return error(400, "updates are refused: this endpoint is read-only (no SPARQL Update operation)")
            if ctype == "application/x-www-form-urlencoded":
                from urllib.parse import parse_qs
                form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
                if "update" in form:
                    return error(400, "updates are refused: this endpoint is read-only (no SPARQL Update operation)")
                query = (form.get("query") or [None])[0]
                dg, ng = form.get("default-graph-uri", []), form.get("named-graph-uri", [])
            elif ctype == "application/sparql-query":
                query = body.decode("utf-8", "replace")
                dg = request.query_params.getlist("default-graph-uri")
                ng = request.query_params.getlist("named-graph-uri")
            else:
                return error(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded")
        else:
            if "update" in request.query_params:
                return error(400, "updates are refused: this endpoint is read-only (no SPARQL Update operation)")
            query = request.query_params.get("query")
            dg = request.query_params.getlist("default-graph-uri")
            ng = request.query_params.getlist("named-graph-uri")
            if query is None:
                return pages.service_description(request)
        if not query or not query.strip():
            return error(400, "empty query")
        bad = [g for g in dg if g != GRAPH_IRI] + list(ng)
        if bad:
            return error(400, f"unknown graph {bad[0]}: this endpoint has one default graph <{GRAPH_IRI}> "
                              "and no named graphs, and never loads graphs from URLs or files")
        return await execute(request, query)

    async def execute(request: Request, query: str, bindings: dict | None = None) -> Response:
        try:
            q = check_query(query)
        except QueryError as e:
            return error(400, str(e))
        kind = q.algebra.name
        if kind in ("SelectQuery", "AskQuery"):
            offered = list(SELECT_TYPES.values()) + ["application/json", HTML]
        else:
            offered = [mime for _, mime in GRAPH_TYPES.values()] + ["application/json"]
        mime = negotiate(request, offered)
        if mime is None:
            return not_acceptable(offered)
        try:
            res = await run_in_threadpool(run_query, kg.graph, query, bindings, settings.timeout)
        except QueryTimeout as e:
            return error(503, f"query timed out: {e}")
        except QueryError as e:
            return error(400, str(e))
        headers = {}
        if res.type == "SELECT" and len(res.bindings) > settings.max_rows:
            headers["X-GXKG-Truncated"] = f"results capped at {settings.max_rows} rows"
            res.bindings = res.bindings[:settings.max_rows]
        headers["X-GXKG-Row-Limit"] = str(settings.max_rows)
        if mime == HTML:
            return pages.results_page(request, query, res, headers)
        if res.type in ("SELECT", "ASK"):
            fmt = SELECT_MEDIA[mime]
            return Response(serialize_select(res, fmt), media_type=SELECT_TYPES[fmt] + "; charset=utf-8", headers=headers)
        fmt = GRAPH_MEDIA[mime]
        return Response(serialize_graph(res.graph, fmt), media_type=GRAPH_TYPES[fmt][1] + "; charset=utf-8", headers=headers)

    async def saved(request: Request) -> Response:
        name = request.path_params["name"]
        try:
            sq = get_saved(name)
            values = {k: v for k, v in request.query_params.items() if k not in ("format", "output")}
            bindings = await run_in_threadpool(sq.bindings, kg, values)
        except GxkgError as e:
            return error(404 if "no saved query" in str(e) else 400, str(e))
        return await execute(request, sq.text, bindings)

    async def resource(request: Request) -> Response:
        path = request.path_params["path"]
        iri = URIRef(str(GXR) + path)
        if (iri, None, None) not in kg.graph and (None, None, iri) not in kg.graph:
            hits = kg.search(path.rsplit("/", 1)[-1], limit=3)
            hint = "; did you mean " + ", ".join(curie(h.iri) for h in hits) + "?" if hits else ""
            return error(404, f"no resource <{iri}> in the graph{hint}")
        offered = [HTML] + [mime for _, mime in GRAPH_TYPES.values()]
        mime = negotiate(request, offered)
        if mime is None:
            return not_acceptable(offered)
        if mime == HTML:
            return HTMLResponse(pages.entity_page(iri), headers=pages.csp)
        fmt = GRAPH_MEDIA[mime]
        return Response(serialize_graph(describe(kg, iri), fmt), media_type=mime + "; charset=utf-8")

    async def ontology(request: Request) -> Response:
        offered = [HTML] + [mime for _, mime in GRAPH_TYPES.values()]
        mime = negotiate(request, offered)
        if mime is None:
            return not_acceptable(offered)
        if mime == HTML:
            return HTMLResponse(pages.ontology_page(), headers=pages.csp)
        return Response(serialize_graph(pages.ontology_graph, GRAPH_MEDIA[mime]), media_type=mime + "; charset=utf-8")

    async def explore(request: Request) -> Response:
        around = request.query_params.get("around")
        lang = request.query_params.get("lang", "zh")
        if lang not in ("zh", "en"):
            return error(400, "lang is zh or en")
        try:
            depth = int(request.query_params.get("depth", "1"))
            html = await run_in_threadpool(pages.explore_page, around, depth, lang)
        except ValueError:
            return error(400, "depth is a whole number")
        except NotFound as e:
            return error(404, str(e))
        except GxkgError as e:
            return error(400, str(e))
        return HTMLResponse(html, headers=pages.csp)

    async def home(request: Request) -> Response:
        return HTMLResponse(pages.query_page(), headers=pages.csp)

    async def search(request: Request) -> Response:
        q = request.query_params.get("q", "")
        hits = kg.search(q, limit=int(request.query_params.get("limit", "10"))) if q.strip() else []
        return JSONResponse([{"iri": h.iri, "label": h.label, "types": h.types, "score": h.score,
                              "page": page_path(h.iri)} for h in hits])

    async def favicon(request: Request) -> Response:
        return Response(status_code=204)

    routes = [
        Route("/", home),
        Route("/favicon.ico", favicon),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/queries/{name}", saved),
        Route("/resource/{path:path}", resource),
        Route("/ontology", ontology),
        Route("/explore", explore),
        Route("/search", search),
    ]
    middleware = []
    if settings.cors:
        middleware.append(Middleware(CORSMiddleware, allow_origins=[settings.cors], allow_methods=["GET", "POST"],
                                     allow_headers=["Accept", "Content-Type"]))
    app = Starlette(routes=routes, middleware=middleware)
    app.state.kg = kg
    app.state.settings = settings
    return app


def app_from_env() -> Starlette:
    """uvicorn factory for multi-worker serving (settings come from the environment)."""
    return create_app(Settings.from_env())


def page_path(iri: str) -> str | None:
    iri = str(iri)
    if iri.startswith(str(GXR)):
        return "/resource/" + quote(iri[len(str(GXR)):], safe="/")
    if iri.startswith(str(GXO)) or iri == ONTOLOGY_IRI:
        return "/ontology#" + iri.split("#")[-1]
    return None


def describe(kg: KnowledgeGraph, iri: URIRef) -> Graph:
    """What the graph says about a resource: its triples, the statements and evidence behind them,
    and the labels of the resources it links to."""
    g = kg.graph
    out = Graph()
    for p, ns in PREFIXES.items():
        out.bind(p, ns, override=True, replace=True)
    linked = set()
    for p, o in g.predicate_objects(iri):
        out.add((iri, p, o))
        if isinstance(o, (URIRef, BNode)):
            linked.add(o)
    for s, p in g.subject_predicates(iri):
        if (s, RDF.type, RDF.Statement) in g:
            continue
        out.add((s, p, iri))
        linked.add(s)
    for st in set(g.subjects(RDF.subject, iri)) | set(g.subjects(RDF.object, iri)):
        for p, o in g.predicate_objects(st):
            out.add((st, p, o))
            if p == URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"):
                linked.add(o)
    for x in linked:
        for lab in g.objects(x, RDFS.label):
            out.add((x, RDFS.label, lab))
        for p, o in g.predicate_objects(x):
            if p == GXO.quote:
                out.add((x, p, o))
    return out


class Pages:
    """HTML pages; every piece of graph text goes through Jinja2 autoescaping."""

    csp = {"Content-Security-Policy": "default-src 'self'; script-src 'self' 'unsafe-inline'; "
                                      "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; "
                                      "base-uri 'none'; form-action 'self'",
           "X-Content-Type-Options": "nosniff"}

    def __init__(self, kg: KnowledgeGraph, settings: Settings):
        from jinja2 import Environment, select_autoescape

        self.kg, self.settings = kg, settings
        self.env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
        self.env.filters["page"] = page_path
        self.env.filters["curie"] = curie
        self.env.globals["label"] = kg.label
        self._explore = lru_cache(maxsize=64)(self._explore_uncached)

    def template(self, name: str):
        return self.env.from_string(resources.files("gxkg.templates").joinpath(name).read_text(encoding="utf-8"))

    @cached_property
    def ontology_graph(self) -> Graph:
        from .kg import data_dir, parse_file

        g = Graph()
        base = Path(self.settings.data) if self.settings.data else data_dir()
        parse_file(g, base / "ontology" / "gxkg.ttl")
        return g

    def service_description(self, request: Request) -> Response:
        offered = [mime for _, mime in GRAPH_TYPES.values()] + [HTML]
        mime = negotiate(request, offered)
        if mime is None:
            return not_acceptable(offered)
        if mime == HTML:
            return RedirectResponse("/", 303)
        g = Graph()
        g.bind("sd", SD)
        svc = BNode()
        endpoint = URIRef(str(request.url_for("sparql")))
        g.add((svc, RDF.type, SD.Service))
        g.add((svc, SD.endpoint, endpoint))
        g.add((svc, SD.supportedLanguage, SD.SPARQL11Query))
        for mime_type in list(SELECT_TYPES.values()) + [m for _, m in GRAPH_TYPES.values()]:
            g.add((svc, SD.resultFormat, Literal(mime_type)))
        ds, dg = BNode(), URIRef(GRAPH_IRI)
        g.add((svc, SD.defaultDataset, ds))
        g.add((ds, RDF.type, SD.Dataset))
        g.add((ds, SD.defaultGraph, dg))
        g.add((dg, RDF.type, SD.Graph))
        g.add((dg, URIRef("http://rdfs.org/ns/void#triples"), Literal(len(self.kg.graph))))
        g.add((svc, RDFS.comment, Literal("Read-only SPARQL 1.1 Query endpoint of the Guangxi e-commerce knowledge graph. "
                                          "No SPARQL Update, SERVICE, LOAD or FROM of URLs or files; every query has a "
                                          f"{self.settings.timeout:g} s time limit and at most {self.settings.max_rows} rows.", lang="en")))
        return Response(serialize_graph(g, GRAPH_MEDIA[mime]), media_type=mime + "; charset=utf-8")

    def query_page(self) -> str:
        examples = []
        for q in saved_queries().values():
            try:
                text = example_text(self.kg, q)
            except GxkgError:
                continue
            examples.append({"name": q.name, "description": q.description, "text": text})
        return self.template("query.html").render(examples=examples, examples_json=script_json(examples),
                                                  prefixes=PREFIXES, timeout=self.settings.timeout,
                                                  max_rows=self.settings.max_rows)

    def results_page(self, request: Request, query: str, res, headers: dict) -> Response:
        from .views import result_table

        if res.type == "ASK":
            headers_, rows = ["ASK"], [["true" if res.askAnswer else "false"]]
            links = [[None]]
        else:
            headers_, rows = result_table(self.kg, res, "zh")
            links = [[page_path(b.get(v)) if isinstance(b.get(v), URIRef) else None for v in res.vars] for b in res.bindings]
        q = urlencode({"query": query})
        html = self.template("results.html").render(query=query, headers=headers_, rows=list(zip(rows, links)),
                                                    csv_link=f"/sparql?{q}&format=csv", json_link=f"/sparql?{q}&format=json",
                                                    truncated=headers.get("X-GXKG-Truncated"))
        return HTMLResponse(html, headers={**self.csp, **headers})

    def entity_page(self, iri: URIRef) -> str:
        from .views import entity_record

        kg = self.kg
        rec = entity_record(kg, iri, "zh")
        neighbors = [{"iri": str(o), "label": kg.label(o), "rel": kg.label(p), "dir": d, "page": page_path(o)}
                     for p, o, d in sorted(kg.adjacent(iri), key=lambda x: (x[2], str(x[0]), str(x[1])))]
        is_entity = iri in kg.entities
        return self.template("entity.html").render(rec=rec, neighbors=neighbors, is_entity=is_entity,
                                                   explore=f"/explore?{urlencode({'around': curie(iri)})}")

    def ontology_page(self) -> str:
        from rdflib.namespace import OWL

        g = self.kg.graph
        terms = {"classes": [], "object": [], "datatype": [], "units": [], "qualifiers": []}
        for key, kind in (("classes", OWL.Class), ("object", OWL.ObjectProperty), ("datatype", OWL.DatatypeProperty),
                          ("units", GXO.Unit), ("qualifiers", GXO.Qualifier)):
            for t in sorted(s for s in g.subjects(RDF.type, kind) if str(s).startswith(str(GXO))):
                terms[key].append({
                    "id": str(t).split("#")[1], "iri": str(t), "zh": self.kg.label(t, "zh"), "en": self.kg.label(t, "en"),
                    "comment": str(g.value(t, RDFS.comment) or ""),
                    "super": [curie(o) for o in g.objects(t, RDFS.subClassOf)] + [curie(o) for o in g.objects(t, RDFS.subPropertyOf)],
                    "domain": curie(g.value(t, RDFS.domain)) if g.value(t, RDFS.domain) else "",
                    "range": curie(g.value(t, RDFS.range)) if g.value(t, RDFS.range) else "",
                })
        from rdflib.namespace import DCTERMS
        onto = URIRef(ONTOLOGY_IRI)
        meta = {"version": str(g.value(onto, OWL.versionInfo) or ""), "license": str(g.value(onto, DCTERMS.license) or ""),
                "created": str(g.value(onto, DCTERMS.created) or "")}
        return self.template("ontology.html").render(terms=terms, meta=meta)

    def explore_page(self, around: str | None, depth: int, lang: str) -> str:
        focus = str(self.kg.resolve(around)) if around else None
        return self._explore(focus, max(1, min(depth, 5)), lang)

    def _explore_uncached(self, focus: str | None, depth: int, lang: str) -> str:
        from .render import render_html

        return render_html(self.kg, lang=lang, around=URIRef(focus) if focus else None, depth=depth)


def example_text(kg: KnowledgeGraph, sq) -> str:
    """A saved query as standalone SPARQL: parameter defaults become a VALUES block at the top of WHERE."""
    text = "\n".join(line for line in sq.text.splitlines() if not line.startswith("# param:"))
    values = []
    for p in sq.params:
        if not p.default:
            continue
        from .queries import convert_param

        term = convert_param(kg, p, p.default)
        values.append(f"  VALUES ?{p.name} {{ {term.n3()} }}  # {p.help}")
    if values:
        m = re.search(r"WHERE\s*\{", text, re.I)
        if m:
            text = text[:m.end()] + "\n" + "\n".join(values) + text[m.end():]
    return text


def serve(host: str, port: int, settings: Settings, workers: int = 1, log_level: str = "info") -> None:
    """Run uvicorn: graceful shutdown on Ctrl-C/SIGTERM, one access-log line per request."""
    import uvicorn

    os.environ.update(settings.to_env())
    if workers > 1:
        uvicorn.run("gxkg.server:app_from_env", factory=True, host=host, port=port, workers=workers,
                    log_level=log_level, access_log=True, timeout_graceful_shutdown=5)
    else:
        uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level, access_log=True,
                    timeout_graceful_shutdown=5)
