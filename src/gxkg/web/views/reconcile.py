"""The reconciliation service at /reconcile (W3C Reconciliation Service API v0.2, as OpenRefine speaks it):
the manifest (GET without `queries`), query batches (`queries` as a GET parameter or a POSTed form field),
suggest for entities, types and properties, and HTML previews; the logic is gxkg.reconcile."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ...errors import UsageError
from ..security import CSP, BodyTooLarge, charset_of, error, read_body

# An embeddable snippet for the client's <iframe> (400 x 140), not a page of the site: no navigation.
PREVIEW = """<!DOCTYPE html><html lang="{{ lang }}"><head><meta charset="utf-8"><title>{{ p.zh or p.en }}</title>
<style>body{font:13px "Noto Sans CJK SC",sans-serif;margin:6px}h1{font-size:15px;margin:0 0 4px}p{margin:2px 0}
.m{color:#666}</style></head><body><h1><a href="{{ page }}" target="_blank">{{ p.zh or p.en }}</a></h1>
{% if p.zh and p.en %}<p>{{ p.en }}</p>{% endif %}<p class="m">{{ p.kind }}{% if p.parent %} · {{ p.parent }}{% endif %}</p>
{% if p.alt %}<p class="m">{{ p.alt | join("、") }}</p>{% endif %}{% if p.codes %}<p class="m">{{ p.codes | join(" · ") }}</p>{% endif %}
<p class="m">{{ p.iri }}</p></body></html>"""


def reconciler(request: Request):
    from ...reconcile import Reconciler

    site = request.app.state.site
    lang = request.query_params.get("lang")
    lang = lang if lang in ("zh", "en") else "zh"
    return site.once(f"reconcile.{lang}", lambda: Reconciler(site.kg, lang))


async def view(request: Request) -> Response:
    """The manifest, or the answers to a batch of queries."""
    site = request.app.state.site
    queries = request.query_params.getlist("queries")
    if request.method == "POST":
        ctype = request.headers.get("content-type", "")
        try:
            body = await read_body(request, site.settings.max_body)
        except BodyTooLarge:
            return error(413, f"request body over {site.settings.max_body} bytes")
        charset = charset_of(ctype)
        if charset is None:
            return error(415, "unsupported charset: send the request body as UTF-8")
        if ctype.split(";")[0].strip().lower() != "application/x-www-form-urlencoded":
            return error(415, "POST the queries as a form (application/x-www-form-urlencoded) field `queries`")
        queries += parse_qs(body.decode(charset, "replace"), keep_blank_values=True).get("queries", [])
    rec = reconciler(request)
    if not queries:
        return JSONResponse(rec.manifest(str(request.base_url)))
    if len(queries) > 1:
        return error(400, "more than one `queries` field: send one JSON object of queries")
    try:
        batch = json.loads(queries[0])
    except ValueError as e:
        return error(400, f"`queries` is not JSON: {e}")
    try:
        return JSONResponse(await run_in_threadpool(rec.reconcile_batch, batch))
    except UsageError as e:
        return error(413 if "in one batch" in str(e) else 400, str(e))


def _cursor(request: Request) -> int:
    try:
        return max(0, min(int(request.query_params.get("cursor", "0")), 1000))
    except ValueError:
        raise UsageError("cursor is a whole number") from None


async def suggest(request: Request) -> Response:
    """Suggestions for /reconcile/suggest/entity, /type or /property (`prefix`, optional `cursor`, and `type`
    for entities)."""
    rec = reconciler(request)
    kind = request.path_params["kind"]
    prefix = request.query_params.get("prefix", "")[:200]
    try:
        cursor = _cursor(request)
        if kind == "entity":
            types = request.query_params.getlist("type") or None
            out = await run_in_threadpool(rec.suggest_entity, prefix, cursor, types) if prefix.strip() else {"result": []}
        elif kind == "type":
            out = await run_in_threadpool(rec.suggest_type, prefix, cursor)
        elif kind == "property":
            out = rec.suggest_property(prefix, cursor)
        else:
            return error(404, f"no suggest service for {kind!r}: entity, type or property")
    except UsageError as e:
        return error(400, str(e))
    return JSONResponse(out)


async def preview(request: Request) -> Response:
    """An entity's preview for the client's iframe; framed by this server and the origins --cors allows."""
    from ..site import page_path

    site = request.app.state.site
    ident = request.query_params.get("id", "").strip()[:500]
    if not ident:
        return error(400, "give the entity with ?id=")
    rec = reconciler(request)
    p = await run_in_threadpool(rec.preview, ident)
    if p is None:
        return error(404, f"no entity {ident!r} in the graph")
    template = site.once("reconcile.preview", lambda: site.env.from_string(PREVIEW))
    origins = site.settings.origins()
    frame = "*" if "*" in origins else " ".join(["'self'", *origins])
    csp = CSP["Content-Security-Policy"].replace("frame-ancestors 'self'", f"frame-ancestors {frame}")
    return site.html(template.render(p=p, lang=rec.lang, page=page_path(p["iri"])),
                     headers={"Content-Security-Policy": csp})
