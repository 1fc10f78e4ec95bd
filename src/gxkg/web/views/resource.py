"""An entity's page (/resource/...): its record, neighbours and network (entity.html), or its description as RDF."""

from __future__ import annotations

from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ...namespaces import GXR, OUTPUT_PREFIXES, curie
from ..negotiate import DOCUMENT_OFFER, GRAPH_MEDIA, HTML, negotiate, not_acceptable, page_lang
from ..security import error, iri_error
from ..site import page_path


async def view(request: Request) -> Response:
    site = request.app.state.site
    path = request.path_params["path"]
    iri = str(GXR) + path
    why = iri_error(iri)
    if why:
        return error(400, f"not a resource IRI: {why}")
    offered = [HTML] + DOCUMENT_OFFER
    mime = negotiate(request, offered)
    if mime is None:
        return not_acceptable(offered)
    found = site.known.get(iri)
    if found is None:
        found = await site.lookup(site.kg.exists, iri)
        site.known.put(iri, found)
    if not found:
        hint = await run_in_threadpool(did_you_mean, site.kg, path.rsplit("/", 1)[-1])
        return error(404, f"no resource <{iri}> in the graph{hint}")
    if mime == HTML:
        lang = page_lang(request)
        page = site.memo("resource.page", lambda iri, lang: render(site, iri, lang), 0.5)
        return site.html(await site.lookup(page, iri, lang), headers={"Content-Language": lang, "Vary": "Accept-Language"})
    describe = site.memo("resource.describe", lambda iri, fmt: rdf(site.kg, iri, fmt), 0.2)
    return Response(await site.lookup(describe, iri, GRAPH_MEDIA[mime]), media_type=mime + "; charset=utf-8")


def did_you_mean(kg, text: str) -> str:
    """'; did you mean a, b?' naming the closest entities, or ''."""
    hits = kg.search(text[:100], limit=3)
    return "; did you mean " + ", ".join(curie(h.iri) for h in hits) + "?" if hits else ""


def rdf(kg, iri: str, fmt: str) -> bytes:
    """The entity's description serialised in fmt (turtle and TriG with the graph's prefixes)."""
    from ...export import serialize_triples

    return serialize_triples(kg.describe(iri), fmt, OUTPUT_PREFIXES)


def render(site, iri: str, lang: str = "zh") -> str:
    from ...views import entity_record

    kg = site.kg
    rec = entity_record(kg, iri, lang)
    adj = kg.adjacent(iri)
    kg.prefetch([o for _, o, _ in adj] + [p for p, _, _ in adj])
    neighbors = [{"iri": o, "label": kg.label(o, lang), "rel": kg.label(p, lang), "dir": d, "page": page_path(o)}
                 for p, o, d in sorted(adj, key=lambda x: (x[2], x[0], x[1]))]
    other = "zh" if lang == "en" else "en"
    return site.render(
        "entity.html", rec=rec, neighbors=neighbors, is_entity=kg.is_entity(iri), lang=lang,
        title=rec["labels"].get(lang) or rec["labels"].get(other) or rec["curie"], subtitle=rec["labels"].get(other, ""),
        other_link=f"?lang={other}", explore=f"/explore?{urlencode({'around': curie(iri), 'lang': lang})}")
