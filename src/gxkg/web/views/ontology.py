"""The ontology's page (/ontology): its classes, properties, units and qualifiers (ontology.html), or its RDF."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ...namespaces import GXO, OUTPUT_PREFIXES, curie
from ..negotiate import DOCUMENT_OFFER, GRAPH_MEDIA, HTML, negotiate, not_acceptable

OWL = "http://www.w3.org/2002/07/owl#"
KINDS = {str(GXO) + "Unit": "units", str(GXO) + "Qualifier": "qualifiers", OWL + "Class": "classes",
         OWL + "ObjectProperty": "object", OWL + "DatatypeProperty": "datatype", OWL + "AnnotationProperty": "datatype"}


async def view(request: Request) -> Response:
    site = request.app.state.site
    offered = [HTML] + DOCUMENT_OFFER
    mime = negotiate(request, offered)
    if mime is None:
        return not_acceptable(offered)
    if mime == HTML:
        return site.html(await run_in_threadpool(render, site))
    return Response(await run_in_threadpool(rdf, site.kg, GRAPH_MEDIA[mime]), media_type=mime + "; charset=utf-8")


def rdf(kg, fmt: str) -> bytes:
    from ...export import serialize_triples
    from ...kg import lookup

    return serialize_triples(kg.store.construct(lookup("ontology-graph")), fmt, OUTPUT_PREFIXES)


def terms(kg) -> dict[str, list[dict]]:
    """The ontology's terms by kind, each with its labels, comment, super-terms, domain and range."""
    from ...kg import lookup

    found: dict = {}
    for r in kg.store.select(lookup("ontology-page")):
        t = r["t"].value
        d = found.setdefault((KINDS[r["kind"].value], t), {"id": t.split("#")[1], "iri": t, "zh": "", "en": "",
                                                            "comment": "", "super": set(), "domain": set(), "range": set()})
        if "label" in r and r["label"].language in ("zh", "en"):
            d[r["label"].language] = d[r["label"].language] or r["label"].value
        if "comment" in r:
            d["comment"] = d["comment"] or r["comment"].value
        if "super" in r:
            d["super"].add(curie(r["super"].value))
        for end in ("domain", "range"):
            if end in r:
                d[end].add(curie(r[end].value))
    out: dict = {"classes": [], "object": [], "datatype": [], "units": [], "qualifiers": []}
    for (k, t), d in sorted(found.items()):
        d["super"] = sorted(d["super"])
        d["domain"], d["range"] = (" or ".join(sorted(d[end])) for end in ("domain", "range"))
        out[k].append(d)
    return out


def render(site) -> str:
    from ...kg import lookup

    head = site.kg.store.select(lookup("ontology-header"))
    h = head[0] if head else {}
    meta = {key: h[key].value if key in h else "" for key in ("version", "license", "created")}
    return site.render("ontology.html", terms=terms(site.kg), meta=meta)
