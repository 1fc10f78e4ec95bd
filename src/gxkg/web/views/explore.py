"""The network and map view (/explore), around an entity or of the whole graph: `gxkg render`'s page
(network.html, a self-contained document that other pages also embed in an iframe)."""

from __future__ import annotations

from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ...errors import Busy, GxkgError, NotFound
from ..negotiate import page_lang
from ..security import error


async def view(request: Request) -> Response:
    site = request.app.state.site
    around = request.query_params.get("around")
    if request.query_params.get("lang", "zh") not in ("zh", "en"):
        return error(400, "lang is zh or en")
    lang = page_lang(request)
    if around is not None and len(around) > 200:
        return error(400, "name too long")
    most = 16 * site.settings.node_limit
    try:
        depth = int(request.query_params.get("depth", "1"))
        limit = int(request.query_params.get("limit", site.settings.node_limit))
    except ValueError:
        return error(400, "depth and limit are whole numbers")
    if not 1 <= limit <= most:
        return error(400, f"limit is from 1 to {most}")
    try:
        async with site.lanes["explore"].slot():  # drawn in threads, a few at a time; more wait their turn
            html = await run_in_threadpool(page, site, around, depth, lang, limit)
    except Busy as e:
        return error(503, str(e), {"Retry-After": "1"})
    except NotFound as e:
        return error(404, str(e))
    except GxkgError as e:
        return error(400, str(e))
    return site.html(html)


def page(site, around: str | None, depth: int, lang: str, limit: int | None = None) -> str:
    """The page around the entity that `around` names (depth 1 to 5, at most `limit` nodes), cached per server."""
    focus = str(site.kg.resolve(around, lang=lang)) if around else None
    return site.memo("explore.page", lambda *args: render(site, *args), 0.25)(
        focus, max(1, min(depth, 5)), lang, limit or site.settings.node_limit)


def render(site, focus: str | None, depth: int, lang: str, limit: int) -> str:
    from ...namespaces import curie
    from ...render import render_html

    more = f"/explore?{urlencode({'around': curie(focus), 'depth': depth, 'lang': lang, 'limit': limit * 2})}" \
        if focus and limit * 2 <= 16 * site.settings.node_limit else None
    return render_html(site.kg, lang=lang, around=focus, depth=depth, server=True, nav=site.env.globals["nav"],
                       limit=limit, more_link=more)
