"""The SPARQL 1.1 Protocol endpoint (/sparql): anyone's query in a killable worker, its answer in the
negotiated format, as an HTML table (results.html), or the service description when no query is given."""

from __future__ import annotations

import asyncio
import functools
import hashlib
from urllib.parse import parse_qs, urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ...errors import Busy, QueryError, QueryMemoryError, QueryRefused, QueryTimeout
from ...namespaces import RDF, RDFS, SD
from ...queries import expand_slash_curies
from ...store.base import Answer, Limits
from ...store.sparql import MAX_QUERY_CHARS
from ..negotiate import GRAPH_MEDIA, GRAPH_OFFER, HTML, SELECT_MEDIA, choose, negotiate, not_acceptable, page_lang
from ..security import BodyTooLarge, charset_of, error, read_body
from ..site import page_path

GRAPH_IRI = "https://w3id.org/gxkg/graph"
W3C_FORMATS = {"json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
               "tsv": "SPARQL_Results_TSV", "turtle": "Turtle", "nt": "N-Triples", "jsonld": "JSON-LD", "xml_rdf": "RDF_XML"}
READ_ONLY = "updates are refused: this endpoint is read-only (no SPARQL Update operation)"


async def view(request: Request) -> Response:
    site = request.app.state.site
    if request.method == "POST":
        got = await read_post(request, site.settings)
    else:
        got = read_get(request, site.settings)
    if isinstance(got, Response):
        return got
    if got is None:
        return service_description(request, site)
    queries, dg, ng = got
    refused = _one_query(queries) or _unknown_graph(dg, ng, site.graphs)
    if refused:
        return error(400, refused)
    return await execute(request, queries[0], None, _dataset(dg, ng))


def _dataset(dg: list[str], ng: list[str]) -> tuple[list, list] | None:
    """(default graphs, named graphs) a request names beyond the endpoint's own default graph, or None."""
    if [g for g in dg if g != GRAPH_IRI] or ng:
        return [g for g in dg if g != GRAPH_IRI], list(ng)
    return None


def _one_query(queries: list[str]) -> str | None:
    """Why a request's queries are not exactly one non-empty query, or None."""
    if not queries:
        return "no `query` in the request"
    if len(queries) > 1:
        return "more than one query in the request: send exactly one `query`"
    return None if queries[0].strip() else "empty query"


def _unknown_graph(dg: list[str], ng: list[str], graphs: list[str]) -> str | None:
    """Why a default or named graph asked for is not one this endpoint serves (it never loads graphs), or None."""
    bad = [g for g in dg if g != GRAPH_IRI and g not in graphs] + [g for g in ng if g not in graphs]
    if not bad:
        return None
    return (f"unknown graph {bad[0]}: this endpoint's default graph is <{GRAPH_IRI}> (the union of its "
            f"named graphs {', '.join(graphs) or 'none'}); it never loads graphs from URLs or files")


def read_get(request: Request, settings):
    """(queries, default graphs, named graphs) of a GET; None when it asks for no query; a Response refusing it."""
    params = request.query_params
    if "update" in params:
        return error(400, READ_ONLY)
    if len(str(request.url.query)) > settings.max_body:
        return error(414, f"query string over {settings.max_body} bytes")
    queries = params.getlist("query")
    if not queries:
        return None
    return queries, params.getlist("default-graph-uri"), params.getlist("named-graph-uri")


async def read_post(request: Request, settings):
    """(queries, default graphs, named graphs) of a POST (a query or a form body), or a Response refusing it."""
    params = request.query_params
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
    return _post_queries(ctype, body.decode(charset, "replace"), params)


def _post_queries(ctype: str, text: str, params):
    """(queries, default graphs, named graphs) of a POST's body of this content type with the URL's parameters,
    or a Response refusing it (an update, another content type)."""
    if ctype == "application/sparql-update":
        return error(400, READ_ONLY)
    if ctype == "application/x-www-form-urlencoded":
        form = parse_qs(text, keep_blank_values=True)
        if "update" in form:
            return error(400, READ_ONLY)
        return tuple(form.get(k, []) + params.getlist(k) for k in ("query", "default-graph-uri", "named-graph-uri"))
    if ctype == "application/sparql-query":
        return [text] + params.getlist("query"), params.getlist("default-graph-uri"), params.getlist("named-graph-uri")
    return error(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded")


async def run_answer(site, query: str, bindings, fmt, graph_fmt, base_iri, dataset, request, saved: bool = False) -> Answer:
    """The answer from the cache or a killable worker: saved queries in their own lane of workers, anyone's
    SPARQL in another, so the one never waits behind the other. The query's checks (its form, refusals, FROM,
    slash CURIEs) run in the worker too, so nothing that grows with the query runs in this process."""
    key = hashlib.sha256(repr((query, sorted((k, str(v)) for k, v in (bindings or {}).items()), fmt,
                               graph_fmt, base_iri, dataset)).encode("utf-8", "surrogatepass")).digest()
    hit = site.answers.get(key)
    if hit is not None:
        return hit
    # the same query asked again while it runs waits for that run: one worker for it, never one per request
    return await site.shared("sparql", key, lambda waiting: _computed(
        site, key, query, bindings, fmt, graph_fmt, base_iri, dataset, functools.partial(_all_gone, waiting), saved),
        request)


async def _all_gone(waiting: list) -> bool:
    """Whether every client waiting for a shared run has left (the run then stops)."""
    return all([await r.is_disconnected() for r in list(waiting)])


async def _computed(site, key: bytes, query: str, bindings, fmt, graph_fmt, base_iri, dataset, gone, saved: bool) -> Answer:
    """run_answer's work for one run: a worker of its lane, or a thread when the store is remote; kept in the cache."""
    settings = site.settings
    pool = site.lookups if saved else site.pool
    if pool is not None:
        ans = await pool.run((query, bindings, fmt, graph_fmt, base_iri, settings.max_rows, settings.max_result,
                              dataset), settings.timeout, gone)
    else:
        async with site.lanes["saved" if saved else "sparql"].slot():
            ans = await run_in_threadpool(lambda: site.kg.store.run(
                expand_slash_curies(query), bindings=bindings, fmt=fmt, graph_fmt=graph_fmt, base_iri=base_iri,
                dataset=dataset, limits=Limits(settings.timeout, settings.memory_mb, settings.max_rows)))
        if len(ans.body) > settings.max_result:
            raise QueryRefused(f"the answer is over the {settings.max_result:,}-byte limit; narrow the query or add LIMIT")
    site.answers.put(key, ans)
    return ans


def query_error(e: QueryError) -> Response:
    """The status a failed query gets: 503 when the server could not run it, 499 when the client left, else 400."""
    if isinstance(e, Busy):
        return error(503, str(e), {"Retry-After": "1"})
    if isinstance(e, QueryTimeout):
        return error(503, f"query timed out: {e}")
    if isinstance(e, QueryMemoryError):
        return error(503, str(e))
    if isinstance(e, QueryRefused):
        return error(400, str(e))
    if "client went away" in str(e):
        return error(499, str(e))
    if "query process ended" in str(e) or "could not start" in str(e):
        return error(503, str(e))
    return error(400, str(e))


async def execute(request: Request, query: str, bindings: dict | None = None, dataset=None,
                  saved: bool = False) -> Response:
    """Run a query (with values for its variables; `saved`: one of the saved queries) and answer in the media
    type the request asks for."""
    site = request.app.state.site
    settings = site.settings
    if len(query) > MAX_QUERY_CHARS:
        return error(413, f"query text over {MAX_QUERY_CHARS:,} characters")
    sel, sel_offered = choose(request, "SELECT")
    graph, graph_offered = choose(request, "CONSTRUCT")
    if sel is None and graph is None:
        return not_acceptable(sel_offered + [m for m in graph_offered if m not in sel_offered])
    fmt, graph_fmt = _formats(sel, graph)
    base_iri = str(request.url_for("sparql"))
    try:
        ans = await run_answer(site, query, bindings, fmt, graph_fmt, base_iri, dataset, request, saved)
    except (Busy, QueryError) as e:
        return query_error(e)
    mime = sel if ans.form in ("SELECT", "ASK") else graph
    if mime is None:
        return not_acceptable(sel_offered if ans.form in ("SELECT", "ASK") else graph_offered)
    headers = _answer_headers(ans, settings)
    if mime == HTML:
        return await run_in_threadpool(results_page, site, query, ans, headers, page_lang(request))
    return Response(ans.body, media_type=ans.media_type + "; charset=utf-8", headers=headers)


def _formats(sel: str | None, graph: str | None) -> tuple[str, str]:
    """(the store's result format, its graph format) for the media types negotiated (JSON and Turtle when
    none, or for an HTML page)."""
    fmt = SELECT_MEDIA[sel] if sel not in (None, HTML) else "json"
    return fmt, GRAPH_MEDIA[graph] if graph not in (None, HTML) else "turtle"


def _answer_headers(ans: Answer, settings) -> dict:
    """The headers every answer carries: the row limit, and whether the results were cut at it."""
    headers = {"X-GXKG-Row-Limit": str(settings.max_rows)}
    if ans.truncated:
        headers["X-GXKG-Truncated"] = f"results capped at {settings.max_rows} rows or {settings.max_result:,} bytes"
    return headers


def results_page(site, query: str, ans: Answer, headers: dict, lang: str = "zh") -> Response:
    """An answer as an HTML table whose IRIs link to their pages (results.html)."""
    import pyoxigraph as ox

    from ...views import result_table

    if ans.form == "ASK":
        headers_, rows = ["ASK"], [["true" if ans.boolean() else "false"]]
        links = [[None]]
    elif ans.form == "SELECT":
        headers_, rows = result_table(site.kg, ans, lang)
        _, table = ans.solutions()
        links = [[page_path(t.value) if isinstance(t, ox.NamedNode) else None for t in r] for r in table]
    else:
        headers_, rows, links = ["turtle"], [[ans.body.decode("utf-8")]], [[None]]
    q = urlencode({"query": query})
    html = site.render("results.html", query=query, headers=headers_, rows=list(zip(rows, links)), lang=lang,
                       csv_link=f"/sparql?{q}&format=csv", json_link=f"/sparql?{q}&format=json",
                       truncated=headers.get("X-GXKG-Truncated"))
    return site.html(html, headers=headers)


def service_description(request: Request, site) -> Response:
    """The SPARQL 1.1 Service Description of this endpoint (a GET without a query); HTML asks go home."""
    import pyoxigraph as ox
    from starlette.responses import RedirectResponse

    from ...store.embedded import RDF as RDF_FORMATS

    offered = list(GRAPH_OFFER.values()) + [HTML]
    mime = negotiate(request, offered)
    if mime is None:
        return not_acceptable(offered)
    if mime == HTML:
        return RedirectResponse("/", 303)
    settings = site.settings
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
         ox.Triple(dg, N("http://rdfs.org/ns/void#triples"), L(str(site.kg.store.triple_count()),
                                                                datatype=N("http://www.w3.org/2001/XMLSchema#integer"))),
         ox.Triple(svc, N(RDFS.comment), L(
             "Read-only SPARQL 1.1 Query endpoint of the Guangxi e-commerce knowledge graph. No SPARQL Update, "
             "SERVICE, LOAD or FROM of URLs or files; each query runs in a worker process that is stopped at "
             f"{settings.timeout:g} s or {settings.memory_mb} MB, and returns at most "
             f"{settings.max_rows} rows.", language="en"))]
    for key in ("json", "xml", "csv", "tsv", "turtle", "nt", "jsonld", "xml_rdf"):
        t.append(ox.Triple(svc, N(sd + "resultFormat"), N("http://www.w3.org/ns/formats/" + W3C_FORMATS[key])))
    for g in site.kg.store.named_graphs():
        ng = B()
        t += [ox.Triple(ds, N(sd + "namedGraph"), ng), ox.Triple(ng, N(sd + "name"), N(g))]
    fmt = GRAPH_MEDIA[mime]
    kw = {"prefixes": {"sd": sd, "rdfs": str(RDFS)}} if fmt == "turtle" else {}
    return Response(ox.serialize(t, format=RDF_FORMATS[fmt], **kw), media_type=mime + "; charset=utf-8")
