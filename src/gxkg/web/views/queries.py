"""The saved queries: their list as JSON (/queries) and each one run with values from the URL (/queries/NAME)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ...errors import GxkgError
from ...queries import get_saved, saved_queries
from ..security import error
from .sparql import execute


async def listing(request: Request) -> Response:
    return JSONResponse([{"name": q.name, "description": q.description, "url": f"/queries/{q.name}",
                          "params": [{"name": p.name, "kind": p.kind, "default": p.default, "help": p.help}
                                     for p in q.params]}
                         for q in saved_queries().values()])


async def view(request: Request) -> Response:
    name = request.path_params["name"]
    try:
        sq = get_saved(name)
        values = {k: v for k, v in request.query_params.items() if k not in ("format", "output")}
        bindings = await request.app.state.site.lookup(sq.bindings, request.app.state.site.kg, values)
    except GxkgError as e:
        return error(404 if "no saved query" in str(e) else 400, str(e))
    return await execute(request, sq.text, bindings, saved=True)
