"""`gxkg serve`: a read-only SPARQL 1.1 Protocol endpoint and linked-data pages (Starlette on uvicorn).

Starlette gives routing and responses on the ASGI standard; uvicorn is the well-kept ASGI server with
graceful shutdown, an access log and multi-process workers. Anyone's SPARQL runs in a pool of worker
processes (gxkg.store.pool) that are killed at the time limit and capped in memory, so no query shape
escapes the limits; the pages' own lookups run in threads over the server's read-only store.
Requests for other Host names and cross-origin requests are refused unless configured.
"""

from __future__ import annotations

import asyncio
import os
import re
from collections import OrderedDict
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, quote, urlencode

import h11
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from uvicorn.protocols.http.h11_impl import H11Protocol

from .errors import Busy, GxkgError, NotFound, QueryError, QueryMemoryError, QueryRefused, QueryTimeout
from .store.limits import DEFAULT_TIMEOUT
from .kg import KnowledgeGraph
from .namespaces import GXO, GXR, ONTOLOGY_IRI, OUTPUT_PREFIXES, PREFIX_MAP, RDF, RDFS, SD, curie
from .output import script_json
from .queries import expand_slash_curies, get_saved, saved_queries
from .store.base import GRAPH_MEDIA as GRAPH_TYPES_BY_KEY, RESULTS_MEDIA as SELECT_TYPES, Answer, Limits
from .store.limits import MAX_QUESTION_CHARS
from .store.sparql import MAX_QUERY_CHARS

GRAPH_IRI = "https://w3id.org/gxkg/graph"
HTML = "text/html"
RESULT_ALIASES = {"json": "json", "srj": "json", "application/sparql-results+json": "json", "application/json": "json",
                  "xml": "xml", "srx": "xml", "application/sparql-results+xml": "xml",
                  "csv": "csv", "text/csv": "csv", "tsv": "tsv", "text/tab-separated-values": "tsv", "html": "html"}
GRAPH_ALIASES = {"turtle": "turtle", "ttl": "turtle", "text/turtle": "turtle", "nt": "nt", "ntriples": "nt",
                 "n-triples": "nt", "application/n-triples": "nt", "jsonld": "jsonld", "json-ld": "jsonld",
                 "application/ld+json": "jsonld", "json": "jsonld", "xml": "xml", "rdfxml": "xml", "rdf": "xml",
                 "application/rdf+xml": "xml", "html": "html"}
GRAPH_OFFER = {k: v for k, v in GRAPH_TYPES_BY_KEY.items() if k in ("turtle", "nt", "jsonld", "xml")}
SELECT_MEDIA = {v: k for k, v in SELECT_TYPES.items()} | {"application/json": "json"}
GRAPH_MEDIA = {v: k for k, v in GRAPH_OFFER.items()} | {"application/json": "jsonld"}
W3C_FORMATS = {"json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
               "tsv": "SPARQL_Results_TSV", "turtle": "Turtle", "nt": "N-Triples", "jsonld": "JSON-LD", "xml_rdf": "RDF_XML"}
LOOPBACK = ["127.0.0.1", "localhost", "::1", "[::1]"]


SETTINGS_ENV = "GXKG_SERVE_SETTINGS"  # internal: how `serve --workers N` hands its options to its workers


class Settings:
    """Server settings: made from `gxkg serve`'s options (never from stray environment variables); uvicorn's
    worker processes receive the whole set, so any --workers count serves alike."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT, max_rows: int = 10000, cors: str | None = None, data: str | None = None,
                 endpoint: str | None = None, store_dir: str | None = None, memory_mb: int = 1024,
                 query_workers: int = 10, max_body: int = 1_000_000, allow_hosts: str = "",
                 max_result: int = 32_000_000, ask_workers: int = 2, max_connections: int = 500,
                 client_timeout: float = 10.0):
        self.timeout, self.max_rows, self.cors, self.data = timeout, max_rows, cors, data
        self.endpoint, self.store_dir, self.memory_mb = endpoint, store_dir, memory_mb
        self.query_workers, self.max_body, self.allow_hosts = query_workers, max_body, allow_hosts
        self.max_result, self.ask_workers = max_result, ask_workers
        self.max_connections, self.client_timeout = max_connections, client_timeout

    def to_json(self) -> str:
        import json

        return json.dumps(vars(self))

    @classmethod
    def from_json(cls, text: str) -> "Settings":
        import json

        return cls(**json.loads(text))

    def hosts(self) -> list[str]:
        return LOOPBACK + [h for h in self.allow_hosts.split(",") if h]

    def origins(self) -> list[str]:
        """The origins --cors allows ('*': any)."""
        return [o.strip() for o in (self.cors or "").split(",") if o.strip()]


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
        key = GRAPH_ALIASES.get(fmt.lower()) or RESULT_ALIASES.get(fmt.lower())
        mime = {**GRAPH_OFFER, **SELECT_TYPES, "html": HTML}.get(key or "", fmt.lower())
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


def page_lang(request: Request) -> str:
    """zh or en: the `lang` parameter, else the first of them the Accept-Language header prefers, else zh."""
    lang = request.query_params.get("lang")
    if lang in ("zh", "en"):
        return lang
    for tag, _ in parse_accept(request.headers.get("accept-language")):
        if tag.startswith("en"):
            return "en"
        if tag.startswith("zh"):
            return "zh"
    return "zh"


def error(status: int, message: str, headers: dict | None = None) -> Response:
    """A one-line plain-text error body."""
    line = " ".join(str(message).split())
    return PlainTextResponse(f"{status} {line}\n", status, headers=headers)


# ------------------------------------------------------------------------------ guards
class OriginGuard:
    """Refuses cross-origin requests (a foreign Origin header, or a cross-site non-navigation fetch) unless
    --cors names that origin: a web page the user visits cannot drive the local endpoint."""

    def __init__(self, app, allowed: list[str]):
        self.app, self.allowed = app, allowed

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            origin = headers.get("origin")
            host = headers.get("host", "")
            own = {f"http://{host}", f"https://{host}"}
            anyone = "*" in self.allowed
            bad = origin and origin != "null" and origin not in own and origin not in self.allowed and not anyone
            bad = bad or origin == "null" and scope["method"] != "GET" and not anyone
            if not bad and headers.get("sec-fetch-site") == "cross-site" and headers.get("sec-fetch-mode") != "navigate" \
                    and not self.allowed:
                bad = True
            if bad:
                await PlainTextResponse("403 cross-origin requests are refused (start the server with --cors ORIGIN to allow one)\n",
                                        403)(scope, receive, send)
                return
        await self.app(scope, receive, send)


async def read_body(request: Request, cap: int) -> bytes:
    """The request body, refused (413) past cap bytes, whether or not it declares its length."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise BodyTooLarge()
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > cap:
            raise BodyTooLarge()
    return bytes(body)


class BodyTooLarge(Exception):
    pass


TEXT_CHARSETS = {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "ascii", "iso8859-1", "iso8859-15", "cp1252",
                 "gb2312", "gbk", "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr"}


def charset_of(content_type: str) -> str | None:
    """The request body's character set (UTF-8 when none is named); None for one that is not a text encoding
    this endpoint reads (idna, rot13, base64 ... are codecs, not charsets)."""
    import codecs

    m = re.search(r"charset=\"?([\w.:-]{1,40})", content_type or "", re.I)
    if not m:
        return "utf-8"
    try:
        name = codecs.lookup(m.group(1)).name
    except LookupError:
        return None
    return name if name in TEXT_CHARSETS else None


class BoundedCache:
    """A least-recently-used map bounded in bytes and in count; an entry over max_item bytes is not kept."""

    def __init__(self, size, max_bytes: int = 64 << 20, max_item: int = 1 << 20, max_items: int = 20000):
        self.items: OrderedDict = OrderedDict()
        self.sizeof = size
        self.size, self.max_bytes, self.max_item, self.max_items = 0, max_bytes, max_item, max_items

    def get(self, key):
        hit = self.items.get(key)
        if hit is not None:
            self.items.move_to_end(key)
        return hit

    def put(self, key, value) -> None:
        n = self.sizeof(key, value)
        if n > self.max_item or key in self.items:
            return
        self.items[key] = value
        self.size += n
        while (self.size > self.max_bytes or len(self.items) > self.max_items) and self.items:
            self.size -= self.sizeof(*self.items.popitem(last=False))


def AnswerCache() -> BoundedCache:
    """Answers of the read-only store, kept by a digest of query, values, dataset and format (never the
    query text itself): 64 MB at most, no answer over 1 MB."""
    return BoundedCache(lambda key, answer: len(key) + len(answer.body))


def iri_error(iri: str) -> str | None:
    """Why `iri` is no IRI (a character IRIs do not allow, a bad %-escape, over 2,000 characters), or None."""
    import pyoxigraph as ox

    if len(iri) > 2000:
        return "IRI over 2,000 characters"
    try:
        ox.NamedNode(iri)
    except (ValueError, UnicodeError) as e:
        return str(e)
    return None


# ------------------------------------------------------------------------------ the application
def create_app(settings: Settings | None = None, kg: KnowledgeGraph | None = None) -> Starlette:
    settings = settings or Settings()
    kg = kg or KnowledgeGraph.open(data=Path(settings.data) if settings.data else None, endpoint=settings.endpoint,
                                   store_dir=Path(settings.store_dir) if settings.store_dir else None, quiet=True)
    kg.names, kg._ontology  # open the name index and read the vocabulary once
    pages = Pages(kg, settings)
    cache = AnswerCache()
    graphs = kg.store.named_graphs()
    pool = None
    remote_slots = asyncio.Semaphore(settings.query_workers)
    if kg.store.kind == "embedded" and getattr(kg.store, "path", None):
        from .store.pool import WorkerPool

        pool = WorkerPool(kg.store.path, PREFIX_MAP, size=settings.query_workers, memory_mb=settings.memory_mb,
                          output_prefixes=OUTPUT_PREFIXES)

    async def sparql(request: Request) -> Response:
        params = request.query_params
        if request.method == "POST":
            ctype_full = request.headers.get("content-type", "")
            ctype = ctype_full.split(";")[0].strip().lower()
            try:
                body = await asyncio.wait_for(read_body(request, settings.max_body), settings.client_timeout)
            except BodyTooLarge:
                return error(413, f"request body over {settings.max_body} bytes")
            except asyncio.TimeoutError:
                return error(408, f"the request body did not arrive within {settings.client_timeout:g} s")
            charset = charset_of(ctype_full)
            if charset is None:
                return error(415, "unsupported charset: send the request body as UTF-8")
            text = body.decode(charset, "replace")
            if ctype == "application/sparql-update":
                return error(400, "updates are refused: this endpoint is read-only (no SPARQL Update operation)")
            if ctype == "application/x-www-form-urlencoded":
                form = parse_qs(text, keep_blank_values=True)
                if "update" in form:
                    return error(400, "updates are refused: this endpoint is read-only (no SPARQL Update operation)")
                queries = form.get("query", []) + params.getlist("query")
                dg = form.get("default-graph-uri", []) + params.getlist("default-graph-uri")
                ng = form.get("named-graph-uri", []) + params.getlist("named-graph-uri")
            elif ctype == "application/sparql-query":
                queries = [text] + params.getlist("query")
                dg, ng = params.getlist("default-graph-uri"), params.getlist("named-graph-uri")
            else:
                return error(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded")
        else:
            if "update" in params:
                return error(400, "updates are refused: this endpoint is read-only (no SPARQL Update operation)")
            if len(str(request.url.query)) > settings.max_body:
                return error(414, f"query string over {settings.max_body} bytes")
            queries = params.getlist("query")
            dg, ng = params.getlist("default-graph-uri"), params.getlist("named-graph-uri")
            if not queries:
                return pages.service_description(request)
        if not queries:
            return error(400, "no `query` in the request")
        if len(queries) > 1:
            return error(400, "more than one query in the request: send exactly one `query`")
        query = queries[0]
        if not query.strip():
            return error(400, "empty query")
        bad = [g for g in dg if g != GRAPH_IRI and g not in graphs] + [g for g in ng if g not in graphs]
        if bad:
            return error(400, f"unknown graph {bad[0]}: this endpoint's default graph is <{GRAPH_IRI}> (the union of its "
                              f"named graphs {', '.join(graphs) or 'none'}); it never loads graphs from URLs or files")
        dataset = None
        if [g for g in dg if g != GRAPH_IRI] or ng:
            dataset = ([g for g in dg if g != GRAPH_IRI], list(ng))
        return await execute(request, query, None, dataset)

    def choose(request: Request, form: str) -> tuple[str | None, list[str]]:
        """The result media type: `format`/`output` where they fit the query form, else the Accept header."""
        if form in ("SELECT", "ASK"):
            offered, aliases = list(SELECT_TYPES.values()) + ["application/json", HTML], RESULT_ALIASES
            by_key = dict(SELECT_TYPES, html=HTML)
        else:
            offered, aliases = list(GRAPH_OFFER.values()) + ["application/json", HTML], GRAPH_ALIASES
            by_key = dict(GRAPH_OFFER, html=HTML)
        for name in ("format", "output"):
            vals = request.query_params.getlist(name)
            if len(vals) == 1 and aliases.get(vals[0].strip().lower()) in by_key:
                return by_key[aliases[vals[0].strip().lower()]], offered
            if vals:
                break
        explicit = request.query_params.get("format") or request.query_params.get("output")
        if explicit and explicit.lower() in RESULT_ALIASES and explicit.lower() not in GRAPH_ALIASES:
            return None, offered  # a results format asked of a graph query (or vice versa)
        if explicit and explicit.lower() in GRAPH_ALIASES and explicit.lower() not in RESULT_ALIASES and form in ("SELECT", "ASK"):
            return None, offered
        return negotiate(request, offered), offered

    async def run_answer(query: str, bindings, fmt, graph_fmt, base_iri, dataset, request) -> Answer:
        """The answer from the cache or a killable worker. The query's checks (its form, refusals, FROM,
        slash CURIEs) run in the worker too, so nothing that grows with the query runs in this process."""
        import hashlib

        key = hashlib.sha256(repr((query, sorted((k, str(v)) for k, v in (bindings or {}).items()), fmt,
                                   graph_fmt, base_iri, dataset)).encode("utf-8", "surrogatepass")).digest()
        hit = cache.get(key)
        if hit is not None:
            return hit
        if pool is not None:
            ans = await pool.run((query, bindings, fmt, graph_fmt, base_iri, settings.max_rows, settings.max_result,
                                  dataset), settings.timeout, request.is_disconnected)
        else:
            if remote_slots.locked():
                raise Busy(f"all {settings.query_workers} query slots are busy; try again shortly")
            async with remote_slots:
                ans = await run_in_threadpool(lambda: kg.store.run(
                    expand_slash_curies(query), bindings=bindings, fmt=fmt, graph_fmt=graph_fmt, base_iri=base_iri,
                    dataset=dataset, limits=Limits(settings.timeout, settings.memory_mb, settings.max_rows)))
            if len(ans.body) > settings.max_result:
                raise QueryRefused(f"the answer is over the {settings.max_result:,}-byte limit; narrow the query or add LIMIT")
        cache.put(key, ans)
        return ans

    async def execute(request: Request, query: str, bindings: dict | None = None, dataset=None) -> Response:
        if len(query) > MAX_QUERY_CHARS:
            return error(413, f"query text over {MAX_QUERY_CHARS:,} characters")
        sel, sel_offered = choose(request, "SELECT")
        graph, graph_offered = choose(request, "CONSTRUCT")
        if sel is None and graph is None:
            return not_acceptable(sel_offered + [m for m in graph_offered if m not in sel_offered])
        fmt = SELECT_MEDIA[sel] if sel not in (None, HTML) else "json"
        graph_fmt = GRAPH_MEDIA[graph] if graph not in (None, HTML) else "turtle"
        base_iri = str(request.url_for("sparql"))
        try:
            ans = await run_answer(query, bindings, fmt, graph_fmt, base_iri, dataset, request)
        except Busy as e:
            return error(503, str(e), {"Retry-After": "1"})
        except QueryTimeout as e:
            return error(503, f"query timed out: {e}")
        except QueryMemoryError as e:
            return error(503, str(e))
        except QueryRefused as e:
            return error(400, str(e))
        except QueryError as e:
            if "client went away" in str(e):
                return error(499, str(e))
            if "query process ended" in str(e) or "could not start" in str(e):
                return error(503, str(e))
            return error(400, str(e))
        mime = sel if ans.form in ("SELECT", "ASK") else graph
        if mime is None:
            return not_acceptable(sel_offered if ans.form in ("SELECT", "ASK") else graph_offered)
        headers = {"X-GXKG-Row-Limit": str(settings.max_rows)}
        if ans.truncated:
            headers["X-GXKG-Truncated"] = f"results capped at {settings.max_rows} rows or {settings.max_result:,} bytes"
        if mime == HTML:
            return await run_in_threadpool(pages.results_page, request, query, ans, headers, page_lang(request))
        return Response(ans.body, media_type=ans.media_type + "; charset=utf-8", headers=headers)

    async def saved(request: Request) -> Response:
        name = request.path_params["name"]
        try:
            sq = get_saved(name)
            values = {k: v for k, v in request.query_params.items() if k not in ("format", "output")}
            bindings = await run_in_threadpool(sq.bindings, kg, values)
        except GxkgError as e:
            return error(404 if "no saved query" in str(e) else 400, str(e))
        return await execute(request, sq.text, bindings)

    async def list_saved(request: Request) -> Response:
        qs = [{"name": q.name, "description": q.description, "url": f"/queries/{q.name}",
               "params": [{"name": p.name, "kind": p.kind, "default": p.default, "help": p.help} for p in q.params]}
              for q in saved_queries().values()]
        return JSONResponse(qs)

    # whether an IRI is in the graph: 4 MB of answers at most, none for an IRI over 300 characters
    known = BoundedCache(lambda iri, _: 100 + len(iri.encode("utf-8", "surrogatepass")), 4 << 20, 400, 100_000)

    async def resource(request: Request) -> Response:
        path = request.path_params["path"]
        iri = str(GXR) + path
        why = iri_error(iri)
        if why:
            return error(400, f"not a resource IRI: {why}")
        offered = [HTML] + list(GRAPH_OFFER.values())
        mime = negotiate(request, offered)
        if mime is None:
            return not_acceptable(offered)
        found = known.get(iri)
        if found is None:
            found = await run_in_threadpool(kg.exists, iri)
            known.put(iri, found)
        if not found:
            hint = await run_in_threadpool(pages.did_you_mean, path.rsplit("/", 1)[-1])
            return error(404, f"no resource <{iri}> in the graph{hint}")
        if mime == HTML:
            return HTMLResponse(await run_in_threadpool(pages.entity_page, iri, page_lang(request)),
                                headers={**pages.csp, "Content-Language": page_lang(request), "Vary": "Accept-Language"})
        body = await run_in_threadpool(pages.describe, iri, GRAPH_MEDIA[mime])
        return Response(body, media_type=mime + "; charset=utf-8")

    async def ontology(request: Request) -> Response:
        offered = [HTML] + list(GRAPH_OFFER.values())
        mime = negotiate(request, offered)
        if mime is None:
            return not_acceptable(offered)
        if mime == HTML:
            return HTMLResponse(await run_in_threadpool(pages.ontology_page), headers=pages.csp)
        return Response(await run_in_threadpool(pages.ontology_rdf, GRAPH_MEDIA[mime]), media_type=mime + "; charset=utf-8")

    async def explore(request: Request) -> Response:
        around = request.query_params.get("around")
        if request.query_params.get("lang", "zh") not in ("zh", "en"):
            return error(400, "lang is zh or en")
        lang = page_lang(request)
        if around is not None and len(around) > 200:
            return error(400, "name too long")
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
        q = request.query_params.get("q", "")[:200]
        try:
            limit = max(1, min(int(request.query_params.get("limit", "10")), 100))
        except ValueError:
            return error(400, "limit is a whole number")
        hits = await run_in_threadpool(kg.search, q, None, limit) if q.strip() else []
        return JSONResponse([{"iri": h.iri, "label": h.label, "types": h.types, "score": h.score,
                              "page": page_path(h.iri)} for h in hits])

    ask_slots = asyncio.Semaphore(settings.ask_workers)

    async def ask_route(request: Request) -> Response:
        from .ask import ask as run_ask

        q = request.query_params.get("q", "")
        if not q.strip():
            return error(400, "ask a question with ?q=")
        if len(q) > MAX_QUESTION_CHARS:
            return error(400, f"question over {MAX_QUESTION_CHARS} characters: ask a shorter one")
        fmt = (request.query_params.get("format") or "").strip().lower()
        if fmt:
            mime = {"json": "application/json", "application/json": "application/json", "html": HTML}.get(fmt)
            if mime is None:
                return not_acceptable([HTML, "application/json"])
        else:
            accept = request.headers.get("accept", "")
            mime = "application/json" if "json" in accept and "html" not in accept else HTML
        # Questions run in threads, which cannot be stopped: a few at a time (no queue), each holding its
        # slot until it ends; a client waits at most --timeout for its answer.
        if ask_slots.locked():
            return error(503, f"all {settings.ask_workers} question slots are busy; try again shortly", {"Retry-After": "1"})
        await ask_slots.acquire()
        task = asyncio.ensure_future(run_in_threadpool(run_ask, kg, q))
        task.add_done_callback(lambda _: ask_slots.release())
        try:
            a = await asyncio.wait_for(asyncio.shield(task), settings.timeout)
        except asyncio.TimeoutError:
            return error(503, f"the question took longer than {settings.timeout:g} s; ask a shorter one")
        if mime == "application/json":
            return JSONResponse(a.as_json())
        around = next((x["iri"] for x in a.answers if x.get("iri") and x["iri"].startswith(str(GXR))), None) or \
            (a.entities[0]["iri"] if a.entities else None)
        html = await run_in_threadpool(pages.ask_page, a, curie(around) if around else None)
        return HTMLResponse(html, status_code=200 if a.answers else 422, headers=pages.csp)

    async def favicon(request: Request) -> Response:
        return Response(status_code=204)

    routes = [
        Route("/", home),
        Route("/favicon.ico", favicon),
        Route("/sparql", sparql, methods=["GET", "POST"], name="sparql"),
        Route("/queries", list_saved),
        Route("/queries/{name}", saved),
        Route("/resource/{path:path}", resource),
        Route("/ontology", ontology),
        Route("/explore", explore),
        Route("/search", search),
        Route("/ask", ask_route),
    ]
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=settings.hosts()),
                  Middleware(OriginGuard, allowed=settings.origins())]
    if settings.origins():
        middleware.append(Middleware(CORSMiddleware, allow_origins=settings.origins(), allow_methods=["GET", "POST"],
                                     allow_headers=["Accept", "Content-Type"], expose_headers=["X-GXKG-Truncated",
                                                                                               "X-GXKG-Row-Limit"]))

    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(app):
        yield
        if pool is not None:
            pool.close()

    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.kg = kg
    app.state.settings = settings
    app.state.pool = pool
    app.state.known = known
    return app


def app_from_env() -> Starlette:
    """uvicorn factory for multi-worker serving: the settings `serve` handed over, whole."""
    return create_app(Settings.from_json(os.environ[SETTINGS_ENV]))


def page_path(iri: str) -> str | None:
    iri = str(iri)
    if iri.startswith(str(GXR)):
        return "/resource/" + quote(iri[len(str(GXR)):], safe="/")
    if iri.startswith(str(GXO)) or iri == ONTOLOGY_IRI:
        return "/ontology#" + iri.split("#")[-1]
    return None


class Pages:
    """HTML pages and RDF documents; every piece of graph text goes through Jinja2 autoescaping."""

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
        self.entity_page = lru_cache(maxsize=2048)(self._entity_page)
        self.describe = lru_cache(maxsize=2048)(self._describe)
        self._query_page = None
        self._templates: dict = {}

    def template(self, name: str):
        """A compiled template (compiled once per server)."""
        hit = self._templates.get(name)
        if hit is None:
            hit = self._templates[name] = self.env.from_string(
                resources.files("gxkg.templates").joinpath(name).read_text(encoding="utf-8"))
        return hit

    def _describe(self, iri: str, fmt: str) -> bytes:
        import pyoxigraph as ox

        from .store.embedded import RDF as RDF_FORMATS

        kw = {"prefixes": OUTPUT_PREFIXES} if fmt == "turtle" else {}
        return ox.serialize(self.kg.describe(iri), format=RDF_FORMATS[fmt], **kw)

    def ontology_rdf(self, fmt: str) -> bytes:
        import pyoxigraph as ox

        from .kg import lookup
        from .store.embedded import RDF as RDF_FORMATS

        triples = self.kg.store.construct(lookup("ontology-graph"))
        kw = {"prefixes": OUTPUT_PREFIXES} if fmt == "turtle" else {}
        return ox.serialize(triples, format=RDF_FORMATS[fmt], **kw)

    def did_you_mean(self, text: str) -> str:
        hits = self.kg.search(text[:100], limit=3)
        return "; did you mean " + ", ".join(curie(h.iri) for h in hits) + "?" if hits else ""

    def service_description(self, request: Request) -> Response:
        import pyoxigraph as ox

        offered = list(GRAPH_OFFER.values()) + [HTML]
        mime = negotiate(request, offered)
        if mime is None:
            return not_acceptable(offered)
        if mime == HTML:
            return RedirectResponse("/", 303)
        N, L, B = ox.NamedNode, ox.Literal, ox.BlankNode
        sd = str(SD)
        svc, ds, dg = B(), B(), N(GRAPH_IRI)
        t = [ox.Triple(svc, N(RDF.type), N(sd + "Service")),
             ox.Triple(svc, N(sd + "endpoint"), N(str(request.url_for("sparql")))),
             ox.Triple(svc, N(sd + "supportedLanguage"), N(sd + "SPARQL11Query")),
             ox.Triple(svc, N(sd + "defaultDataset"), ds),
             ox.Triple(ds, N(RDF.type), N(sd + "Dataset")),
             ox.Triple(ds, N(sd + "defaultGraph"), dg),
             ox.Triple(dg, N(RDF.type), N(sd + "Graph")),
             ox.Triple(dg, N("http://rdfs.org/ns/void#triples"), L(str(self.kg.store.triple_count()),
                                                                    datatype=N("http://www.w3.org/2001/XMLSchema#integer"))),
             ox.Triple(svc, N(RDFS.comment), L(
                 "Read-only SPARQL 1.1 Query endpoint of the Guangxi e-commerce knowledge graph. No SPARQL Update, "
                 "SERVICE, LOAD or FROM of URLs or files; each query runs in a worker process that is stopped at "
                 f"{self.settings.timeout:g} s or {self.settings.memory_mb} MB, and returns at most "
                 f"{self.settings.max_rows} rows.", language="en"))]
        for key in ("json", "xml", "csv", "tsv", "turtle", "nt", "jsonld", "xml_rdf"):
            t.append(ox.Triple(svc, N(sd + "resultFormat"), N("http://www.w3.org/ns/formats/" + W3C_FORMATS[key])))
        for g in self.kg.store.named_graphs():
            ng = B()
            t += [ox.Triple(ds, N(sd + "namedGraph"), ng), ox.Triple(ng, N(sd + "name"), N(g))]
        from .store.embedded import RDF as RDF_FORMATS

        fmt = GRAPH_MEDIA[mime]
        kw = {"prefixes": {"sd": sd, "rdfs": str(RDFS)}} if fmt == "turtle" else {}
        return Response(ox.serialize(t, format=RDF_FORMATS[fmt], **kw), media_type=mime + "; charset=utf-8")

    def query_page(self) -> str:
        if self._query_page is None:
            examples = []
            for q in saved_queries().values():
                try:
                    text = example_text(self.kg, q)
                except GxkgError:
                    continue
                examples.append({"name": q.name, "description": q.description, "text": text})
            self._query_page = self.template("query.html").render(
                examples=examples, examples_json=script_json(examples), prefixes=PREFIX_MAP,
                timeout=self.settings.timeout, max_rows=self.settings.max_rows)
        return self._query_page

    def results_page(self, request: Request, query: str, ans: Answer, headers: dict, lang: str = "zh") -> Response:
        import pyoxigraph as ox

        from .views import result_table

        if ans.form == "ASK":
            headers_, rows = ["ASK"], [["true" if ans.boolean() else "false"]]
            links = [[None]]
        elif ans.form == "SELECT":
            headers_, rows = result_table(self.kg, ans, lang)
            _, table = ans.solutions()
            links = [[page_path(t.value) if isinstance(t, ox.NamedNode) else None for t in r] for r in table]
        else:
            headers_, rows, links = ["turtle"], [[ans.body.decode("utf-8")]], [[None]]
        q = urlencode({"query": query})
        html = self.template("results.html").render(query=query, headers=headers_, rows=list(zip(rows, links)),
                                                    csv_link=f"/sparql?{q}&format=csv", json_link=f"/sparql?{q}&format=json",
                                                    truncated=headers.get("X-GXKG-Truncated"))
        return HTMLResponse(html, headers={**self.csp, **headers})

    def _entity_page(self, iri: str, lang: str = "zh") -> str:
        from .views import entity_record

        kg = self.kg
        rec = entity_record(kg, iri, lang)
        adj = kg.adjacent(iri)
        kg.prefetch([o for _, o, _ in adj] + [p for p, _, _ in adj])
        neighbors = [{"iri": o, "label": kg.label(o, lang), "rel": kg.label(p, lang), "dir": d, "page": page_path(o)}
                     for p, o, d in sorted(adj, key=lambda x: (x[2], x[0], x[1]))]
        other = "zh" if lang == "en" else "en"
        return self.template("entity.html").render(
            rec=rec, neighbors=neighbors, is_entity=kg.is_entity(iri), lang=lang,
            title=rec["labels"].get(lang) or rec["labels"].get(other) or rec["curie"], subtitle=rec["labels"].get(other, ""),
            other_link=f"?lang={other}", explore=f"/explore?{urlencode({'around': curie(iri), 'lang': lang})}")

    def ontology_page(self) -> str:
        from .kg import lookup

        kinds = {str(GXO) + "Unit": "units", str(GXO) + "Qualifier": "qualifiers",
                 "http://www.w3.org/2002/07/owl#Class": "classes", "http://www.w3.org/2002/07/owl#ObjectProperty": "object",
                 "http://www.w3.org/2002/07/owl#DatatypeProperty": "datatype",
                 "http://www.w3.org/2002/07/owl#AnnotationProperty": "datatype"}
        found: dict = {}
        for r in self.kg.store.select(lookup("ontology-page")):
            t = r["t"].value
            key = (kinds[r["kind"].value], t)
            d = found.setdefault(key, {"id": t.split("#")[1], "iri": t, "zh": "", "en": "", "comment": "", "super": set(),
                                       "domain": set(), "range": set()})
            if "label" in r and r["label"].language in ("zh", "en"):
                d[r["label"].language] = d[r["label"].language] or r["label"].value
            if "comment" in r:
                d["comment"] = d["comment"] or r["comment"].value
            if "super" in r:
                d["super"].add(curie(r["super"].value))
            for end in ("domain", "range"):
                if end in r:
                    d[end].add(curie(r[end].value))
        terms = {"classes": [], "object": [], "datatype": [], "units": [], "qualifiers": []}
        for (k, t), d in sorted(found.items()):
            d["super"] = sorted(d["super"])
            d["domain"], d["range"] = (" or ".join(sorted(d[end])) for end in ("domain", "range"))
            terms[k].append(d)
        head = self.kg.store.select(lookup("ontology-header"))
        h = head[0] if head else {}
        meta = {"version": h["version"].value if "version" in h else "", "license": h["license"].value if "license" in h else "",
                "created": h["created"].value if "created" in h else ""}
        return self.template("ontology.html").render(terms=terms, meta=meta)

    def ask_page(self, a, around: str | None) -> str:
        from urllib.parse import quote as q

        self.env.filters.setdefault("urlencode", lambda v: q(str(v), safe=""))
        return self.template("ask.html").render(a=a.as_json(), lang=a.language, around=around)

    def explore_page(self, around: str | None, depth: int, lang: str) -> str:
        focus = str(self.kg.resolve(around, lang=lang)) if around else None
        return self._explore(focus, max(1, min(depth, 5)), lang)

    def _explore_uncached(self, focus: str | None, depth: int, lang: str) -> str:
        from .render import render_html

        return render_html(self.kg, lang=lang, around=focus, depth=depth, server=True)


def example_text(kg: KnowledgeGraph, sq) -> str:
    """A saved query as standalone SPARQL: parameter defaults become a VALUES block at the top of WHERE."""
    text = "\n".join(line for line in sq.text.splitlines() if not line.startswith("# param:"))
    values = []
    for p in sq.params:
        if not p.default:
            continue
        from .queries import convert_param

        term = convert_param(kg, p, p.default)
        values.append(f"  VALUES ?{p.name} {{ {term} }}  # {p.help}")
    if values:
        m = re.search(r"WHERE\s*\{", text, re.I)
        if m:
            text = text[:m.end()] + "\n" + "\n".join(values) + text[m.end():]
    return text


class GuardedH11(H11Protocol):
    """uvicorn's h11 protocol with two guards it lacks: a request's head must arrive within the client
    timeout (silent and slow clients are dropped), and past max_connections the oldest connection still
    waiting for its request is closed (the new one when none waits), so idle sockets lock no one out."""

    waiting: OrderedDict = OrderedDict()  # this process's connections that have not sent a request head
    limits: tuple[int, float] | None = None

    @classmethod
    def _limits(cls) -> tuple[int, float]:
        if cls.limits is None:
            s = Settings.from_json(os.environ[SETTINGS_ENV]) if os.environ.get(SETTINGS_ENV) else Settings()
            cls.limits = (s.max_connections, s.client_timeout)
        return cls.limits

    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        self._timer = None
        if len(self.connections) > self._limits()[0]:
            victim = next(iter(self.waiting), None)
            if victim is None:
                self._drop()
                return
            victim._drop()
        self._wait()

    def _wait(self) -> None:
        if self not in self.waiting:
            self.waiting[self] = None
            self._timer = self.loop.call_later(self._limits()[1], self._drop)

    def _arrived(self) -> None:
        if self.waiting.pop(self, False) is None and self._timer is not None:
            self._timer.cancel()

    def _drop(self) -> None:
        self._arrived()
        if not self.transport.is_closing():
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._arrived()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
            self._wait()  # kept alive: the next request's head has the same time to arrive

    def connection_lost(self, exc) -> None:
        self._arrived()
        super().connection_lost(exc)


def raise_file_limit() -> int:
    """Raise this process's open-file limit to its hard limit (connections and store files need descriptors)."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        return hard
    except (ValueError, OSError):
        return soft


def serve(host: str, port: int, settings: Settings, workers: int = 1, log_level: str = "info") -> None:
    """Run uvicorn: graceful shutdown on Ctrl-C/SIGTERM, one access-log line per request, slow clients
    dropped and connections capped (GuardedH11). Every worker gets exactly these settings."""
    import uvicorn

    files = raise_file_limit()
    if settings.max_connections > files - 100 * workers:
        settings.max_connections = max(10, files - 100 * workers)
    os.environ[SETTINGS_ENV] = settings.to_json()
    common = dict(host=host, port=port, log_level=log_level, access_log=True, timeout_graceful_shutdown=5,
                  http=GuardedH11, timeout_keep_alive=5, timeout_worker_healthcheck=60)
    if workers > 1:
        uvicorn.run("gxkg.server:app_from_env", factory=True, workers=workers, **common)
    else:
        uvicorn.run(create_app(settings), **common)
