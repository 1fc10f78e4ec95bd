"""Name search as JSON (/search?q=): the entities whose names best match, with their pages."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ..security import error
from ..site import page_path


async def view(request: Request) -> Response:
    site = request.app.state.site
    q = request.query_params.get("q", "")[:200]
    try:
        limit = max(1, min(int(request.query_params.get("limit", "10")), 100))
    except ValueError:
        return error(400, "limit is a whole number")
    hits = await site.lookup(site.kg.search, q, None, limit) if q.strip() else []
    return JSONResponse([{"iri": h.iri, "label": h.label, "types": h.types, "score": h.score,
                          "page": page_path(h.iri)} for h in hits])
