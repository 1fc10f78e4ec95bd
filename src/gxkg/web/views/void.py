"""The dataset's VoID and DCAT description (/void and /.well-known/void, RFC 5785 as VoID asks), naming this
server's SPARQL endpoint and reconciliation service; in any RDF format by content negotiation."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from ..negotiate import DOCUMENT_OFFER, GRAPH_MEDIA, negotiate, not_acceptable


async def view(request: Request) -> Response:
    site = request.app.state.site
    offered = DOCUMENT_OFFER
    mime = negotiate(request, offered)
    if mime is None:
        return not_acceptable(offered)
    describe = site.memo("void.describe", lambda root, fmt: rdf(site.kg, root, fmt), 0.05)
    return Response(await site.lookup(describe, str(request.base_url), GRAPH_MEDIA[mime]),
                    media_type=mime + "; charset=utf-8")


def rdf(kg, root: str, fmt: str) -> bytes:
    from ... import dataset

    return dataset.serialize(dataset.void_description(kg, root), fmt)
