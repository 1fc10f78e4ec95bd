"""Content negotiation: the media type a response is sent in (`format`/`output` parameter, else the Accept
header) and the page language (`lang`, else Accept-Language). A request that negotiated is marked, and its
response gets `Vary: Accept` (VaryAccept), so caches keep each representation apart."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from ..store.base import GRAPH_MEDIA as GRAPH_TYPES_BY_KEY, RESULTS_MEDIA as SELECT_TYPES

HTML = "text/html"
RESULT_ALIASES = {"json": "json", "srj": "json", "application/sparql-results+json": "json", "application/json": "json",
                  "xml": "xml", "srx": "xml", "application/sparql-results+xml": "xml",
                  "csv": "csv", "text/csv": "csv", "tsv": "tsv", "text/tab-separated-values": "tsv", "html": "html"}
GRAPH_ALIASES = {"turtle": "turtle", "ttl": "turtle", "text/turtle": "turtle", "nt": "nt", "ntriples": "nt",
                 "n-triples": "nt", "application/n-triples": "nt", "jsonld": "jsonld", "json-ld": "jsonld",
                 "application/ld+json": "jsonld", "json": "jsonld", "xml": "xml", "rdfxml": "xml", "rdf": "xml",
                 "application/rdf+xml": "xml", "trig": "trig", "application/trig": "trig", "nq": "nquads",
                 "nquads": "nquads", "n-quads": "nquads", "application/n-quads": "nquads", "html": "html"}
GRAPH_OFFER = {k: v for k, v in GRAPH_TYPES_BY_KEY.items() if k in ("turtle", "nt", "jsonld", "xml")}
SELECT_MEDIA = {v: k for k, v in SELECT_TYPES.items()} | {"application/json": "json"}
GRAPH_MEDIA = {v: k for k, v in GRAPH_TYPES_BY_KEY.items()} | {"application/json": "jsonld"}
# a description of resources (an entity, the ontology, the dataset): the graph formats and TriG/N-Quads, in
# which the description is the default graph
DOCUMENT_OFFER = list(GRAPH_TYPES_BY_KEY.values())


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
    request.state.negotiated = True
    fmt = (request.query_params.get("format") or request.query_params.get("output") or "").lower()
    if fmt:  # a name means the graph format where one is offered (xml: RDF/XML), else the results format
        graph = GRAPH_TYPES_BY_KEY.get(GRAPH_ALIASES.get(fmt, ""), HTML if fmt == "html" else None)
        results = SELECT_TYPES.get(RESULT_ALIASES.get(fmt, ""))
        return next((m for m in (graph, results, fmt) if m in offered), None)
    return by_accept(request, offered)


def by_accept(request: Request, offered: list[str]) -> str | None:
    """The offered media type the Accept header prefers (no header: the first offered); None -> 406."""
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


def format_names(request: Request) -> list[str]:
    """The format names a request gives, in order: `format`, `output` and `results` parameters, each possibly
    repeated or a comma list (SPARQLWrapper sends all three, twice, with a name and a media type)."""
    return [name.strip().lower() for param in ("format", "output", "results")
            for value in request.query_params.getlist(param) for name in value.split(",") if name.strip()]


def choose(request: Request, form: str) -> tuple[str | None, list[str]]:
    """The media type of a query's answer: the first format name that fits the query form, else the Accept
    header (a name that does not fit, such as turtle for a SELECT, is passed over, as clients send one name
    whatever the form)."""
    request.state.negotiated = True
    if form in ("SELECT", "ASK"):
        offered, aliases, by_key = list(SELECT_TYPES.values()) + ["application/json", HTML], RESULT_ALIASES, dict(SELECT_TYPES, html=HTML)
    else:
        offered, aliases, by_key = list(GRAPH_OFFER.values()) + ["application/json", HTML], GRAPH_ALIASES, dict(GRAPH_OFFER, html=HTML)
    named = next((by_key[aliases[n]] for n in format_names(request) if aliases.get(n) in by_key), None)
    return named or by_accept(request, offered), offered


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


class VaryAccept:
    """Adds Accept to the Vary header of every response whose representation was negotiated (negotiate() and
    choose() mark the request), whatever else it varies on."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_vary(message):
            if message["type"] == "http.response.start" and scope.get("state", {}).get("negotiated"):
                from starlette.datastructures import MutableHeaders

                headers = MutableHeaders(scope=message)
                vary = [v.strip() for v in headers.get("vary", "").split(",") if v.strip()]
                if "accept" not in {v.lower() for v in vary}:
                    headers["Vary"] = ", ".join(vary + ["Accept"])
            await send(message)

        await self.app(scope, receive, send_with_vary)
