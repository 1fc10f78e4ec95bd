"""A question in Chinese or English (/ask?q=): its answer with evidence, the SPARQL it became and the answer's
subgraph (ask.html), or the answer as JSON."""

from __future__ import annotations

import asyncio

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ...bounded import BoundedCache
from ...errors import Busy
from ...namespaces import GXR, curie
from ...store.limits import MAX_QUESTION_CHARS
from ..negotiate import HTML, not_acceptable
from ..security import error


def answer_media(request: Request) -> str | None:
    """application/json or text/html: `format`, else the Accept header; None for a format neither is."""
    fmt = (request.query_params.get("format") or "").strip().lower()
    if fmt:
        return {"json": "application/json", "application/json": "application/json", "html": HTML}.get(fmt)
    accept = request.headers.get("accept", "")
    return "application/json" if "json" in accept and "html" not in accept else HTML


async def view(request: Request) -> Response:
    site = request.app.state.site
    q = request.query_params.get("q", "")
    if not q.strip():
        return error(400, "ask a question with ?q=")
    if len(q) > MAX_QUESTION_CHARS:
        return error(400, f"question over {MAX_QUESTION_CHARS} characters: ask a shorter one")
    mime = answer_media(request)
    if mime is None:
        return not_acceptable([HTML, "application/json"])
    # the graph is read-only: an answer, once given, is kept (bounded in bytes) and given again at once
    answers = site.once("ask.answers", lambda: BoundedCache(site.page_bytes // 4,
                                                            lambda key, v: 200 + 3 * len(key[0]) + len(v[1])))
    hit = answers.get((q, mime))
    if hit is None:
        hit = await site.shared("ask", (q, mime), lambda _: answer(site, q, mime))  # once while it runs
        if isinstance(hit, Response):
            return Response(hit.body, hit.status_code, headers=dict(hit.headers))  # each request its own copy
        answers[(q, mime)] = hit
    status, body = hit
    return Response(body, status, media_type=mime) if mime == "application/json" else site.html(body, status=status)


async def answer(site, q: str, mime: str):
    """(status, body) of a question's answer, or a Response refusing it (busy, or past the time limit)."""
    from ...ask import AskTimeout, ask as run_ask

    settings = site.settings
    # Questions run in threads, which cannot be killed: a few at a time, more waiting in their own lane's queue
    # (503 when it is full or the wait is over); each holds its slot until it ends; a question past --timeout
    # stops itself at its next query (AskTimeout), and a client waits at most --timeout for its answer.
    lane = site.lanes["ask"]
    try:
        await lane.enter()
    except Busy as e:
        return error(503, str(e), {"Retry-After": "1"})
    task = asyncio.ensure_future(run_in_threadpool(run_ask, site.kg, q, timeout=settings.timeout))
    task.add_done_callback(lambda t: (lane.leave(), t.cancelled() or t.exception()))  # a late AskTimeout: read
    try:
        a = await asyncio.wait_for(asyncio.shield(task), settings.timeout)
    except (asyncio.TimeoutError, AskTimeout):
        return error(503, f"the question took longer than {settings.timeout:g} s; ask a shorter one")
    if mime == "application/json":
        return 200, JSONResponse(a.as_json()).body
    around = _around(a)
    html = await run_in_threadpool(site.render, "ask.html", a=a.as_json(), lang=a.language,
                                   around=curie(around) if around else None)
    return (200 if a.answers else 422), html


def _around(a) -> str | None:
    """The entity the answer page's network is drawn around: the first answer that is an entity of the graph,
    else the first entity the question names."""
    return next((x["iri"] for x in a.answers if x.get("iri") and x["iri"].startswith(str(GXR))), None) or \
        (a.entities[0]["iri"] if a.entities else None)
