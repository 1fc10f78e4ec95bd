"""The network and map view (/explore), around an entity or of the whole graph: `gxkg render`'s page
(network.html, a self-contained document that other pages also embed in an iframe)."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ...errors import GxkgError, NotFound
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
    try:
        depth = int(request.query_params.get("depth", "1"))
        html = await run_in_threadpool(page, site, around, depth, lang)
    except ValueError:
        return error(400, "depth is a whole number")
    except NotFound as e:
        return error(404, str(e))
    except GxkgError as e:
        return error(400, str(e))
    return site.html(html)


def page(site, around: str | None, depth: int, lang: str) -> str:
    """The page around the entity that `around` names (depth 1 to 5), cached per server."""
    focus = str(site.kg.resolve(around, lang=lang)) if around else None
    return site.memo("explore.page", lambda focus, depth, lang: render(site, focus, depth, lang), 0.25)(
        focus, max(1, min(depth, 5)), lang)


def render(site, focus: str | None, depth: int, lang: str) -> str:
    from ...render import render_html

    return render_html(site.kg, lang=lang, around=focus, depth=depth, server=True, nav=site.env.globals["nav"])
