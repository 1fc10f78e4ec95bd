"""The review page's web app (Starlette): loopback only, Host and Origin checked by the endpoint's own guards,
and a per-session token. A page is opened with ?token= (the URL `gxkg review` prints, as Jupyter does), which
sets a same-site cookie for the session's other pages; every write must carry the token in the X-Review-Token
header (the page holds it), compared in constant time. Writes touch only the drafts under sources/, each
through the draft module's in-place, locked edits."""

from __future__ import annotations

import hmac
import threading
import json
from pathlib import Path
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from ..errors import GxkgError
from ..web.negotiate import page_lang
from ..web.security import CSP, BodyTooLarge, OriginGuard, error, read_body
from ..web.settings import LOOPBACK
from ..sources import draft as drafts
from . import views

COOKIE = "gxkg_review"
MAX_BODY = 256_000


class Review:
    """One review session over a project directory: its token, templates and cached names."""

    def __init__(self, base: Path, token: str):
        from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape

        self.base, self.token = Path(base), token
        # the review pages extend the project's page skeleton (gxkg/templates/base.html)
        self.env = Environment(loader=ChoiceLoader([PackageLoader("gxkg.review", "templates"),
                                                    PackageLoader("gxkg", "templates")]),
                               autoescape=select_autoescape(default=True, default_for_string=True))
        self.env.globals["nav"] = []  # this server has only the review pages (its toolbar links them)
        self._refusals: dict = {}
        self._shapes: dict = {}
        self._lock = threading.Lock()

    def names(self) -> views.Names:
        return views.names_for(self.base)

    def load(self, sid: str) -> tuple[Path, dict]:
        path = drafts.draft_path(self.base, sid)
        if not path.is_file():
            raise LookupError(f"no source {sid!r} in {drafts.sources_dir(self.base)}")
        return path, drafts.load(path)

    def refusals(self, sid: str, doc: dict):
        key = (sid, views.drafts_stamp(self.base))
        if key not in self._refusals:
            self._refusals = {key: views.refusals(self.base, sid, doc)}
        return self._refusals[key]

    def shapes(self, sid: str, doc: dict):
        """views.shape_problems, computed once per state of the drafts (one at a time: it validates a graph)."""
        with self._lock:
            key = (sid, views.drafts_stamp(self.base))
            if key not in self._shapes:
                self._shapes = {key: views.shape_problems(self.base, sid, doc)}
            return self._shapes[key]

    def render(self, name: str, **ctx) -> HTMLResponse:
        html = self.env.get_template(name).render(**ctx)
        return HTMLResponse(html, headers=CSP)


def _authorised_get(request: Request, token: str) -> bool:
    given = request.query_params.get("token") or request.cookies.get(COOKIE) or ""
    return hmac.compare_digest(given.encode(), token.encode())


def _authorised_write(request: Request, token: str) -> bool:
    return hmac.compare_digest((request.headers.get("x-review-token") or "").encode(), token.encode())


def create_app(base: Path, token: str, source: str | None = None) -> Starlette:
    """The review app over the project at base (sources/, graph/, ontology/); token guards every request."""
    rv = Review(base, token)

    def guard_get(request: Request) -> Response | None:
        if not _authorised_get(request, token):
            return error(403, "open the URL `gxkg review` printed: it carries this session's token")
        return None

    def with_cookie(request: Request, resp: Response) -> Response:
        if request.query_params.get("token"):
            resp.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/")
        return resp

    async def loaded(sid: str, work):
        """(draft, names, work(draft, names)) with the work in a thread, or the one-line error response:
        404 for an unknown source, 400 for a draft that cannot be read."""
        try:
            _, doc = rv.load(sid)
            names = rv.names()
            return doc, names, await run_in_threadpool(work, doc, names)
        except LookupError as e:
            return error(404, str(e))
        except GxkgError as e:
            return error(400, str(e))

    async def index(request: Request) -> Response:
        if (bad := guard_get(request)) is not None:
            return bad
        lang = page_lang(request)
        rows = []
        for path, doc in await run_in_threadpool(drafts.all_drafts, rv.base):
            rows.append((doc["source"]["id"], doc["source"].get("title") or "", drafts.counts(doc)))
        return with_cookie(request, rv.render("index.html", t=views.T[lang], lang=lang, rows=rows, other=_other(lang)))

    async def page(request: Request) -> Response:
        if (bad := guard_get(request)) is not None:
            return bad
        lang = page_lang(request)
        sid = request.path_params["sid"]
        got = await loaded(sid, lambda doc, names: (views.article_of(rv.base, doc), rv.refusals(sid, doc)))
        if isinstance(got, Response):
            return got
        doc, names, (article, (refused, other)) = got
        rows = views.queue(doc, refused, {}, names, lang)
        t = views.T[lang]
        cands = {r["id"]: [(c, names.label(c, lang), names.parents(c, lang)) for c in r["item"].get("candidates") or []]
                 for r in rows if r["sec"] == "mentions"}
        suggest = {r["id"]: names.suggest_en(r["item"].get("text") or (r["item"].get("label") or {}).get("zh") or "",
                                             r["item"].get("class"))
                   for r in rows if r["sec"] == "mentions" and r["item"].get("proposed_iri")}
        ctx = dict(t=t, lang=lang, other=_other(lang), sid=sid, doc=doc, rows=rows, segments=views.segments(article.text, doc),
                   counts=t["counts"].format(**drafts.counts(doc)), token=token, cands=cands, suggest=suggest,
                   label=lambda x: names.label(x, lang), other_refusal=other,
                   entities=views.entity_choices(doc, names, lang), indicators=views.indicator_choices(doc, names, lang),
                   classes=[(c, names.label(c, lang)) for c in names.classes],
                   properties=[(p, names.label(p, lang)) for p in names.properties],
                   units=[(u, names.label(u, lang)) for u in names.units],
                   qualifiers=[(q, names.label(q, lang)) for q in names.qualifiers],
                   start_at=request.query_params.get("at") or "")
        return with_cookie(request, rv.render("review.html", **ctx))

    async def preview(request: Request) -> Response:
        if (bad := guard_get(request)) is not None:
            return bad
        lang = page_lang(request)
        sid = request.path_params["sid"]
        got = await loaded(sid, lambda doc, names: views.preview(rv.base, sid, doc, names, lang))
        if isinstance(got, Response):
            return got
        doc, names, out = got
        return with_cookie(request, rv.render("preview.html", t=views.T[lang], lang=lang, other=_other(lang), sid=sid,
                                              p=out, token=token, doc=doc))

    async def suggest(request: Request) -> Response:
        """An English label for words of the text (what the add form shows, marked as needing a look)."""
        if (bad := guard_get(request)) is not None:
            return bad
        text, cls = request.query_params.get("text", "")[:200], request.query_params.get("class") or None
        if not text.strip():
            return error(400, "give the words: ?text=...")
        names = await run_in_threadpool(rv.names)
        return JSONResponse({"text": text, "en": names.suggest_en(text.strip(), cls), "known": text.strip() in names.by_name})

    async def checks(request: Request) -> Response:
        """The shape and check violations each item would bring (what the queue then puts before the plain
        proposals), validated in the background after the page is shown."""
        if (bad := guard_get(request)) is not None:
            return bad
        lang = page_lang(request)
        sid = request.path_params["sid"]
        try:
            _, doc = rv.load(sid)
            found = await run_in_threadpool(rv.shapes, sid, doc)
        except LookupError as e:
            return error(404, str(e))
        except GxkgError as e:
            return error(400, str(e))
        t = views.T[lang]
        return JSONResponse({"items": {iid: [f"{t['shape']}: {m}" for m in msgs] for iid, msgs in found.items()}})

    async def write(request: Request) -> Response:
        if not _authorised_write(request, token):
            return error(403, "a write needs this session's token in the X-Review-Token header")
        try:
            body = json.loads(await read_body(request, MAX_BODY) or b"{}")
        except BodyTooLarge:
            return error(413, f"request body larger than {MAX_BODY} bytes")
        except (ValueError, UnicodeDecodeError):
            return error(400, "the body must be JSON")
        if not isinstance(body, dict):
            return error(400, "the body must be a JSON object")
        action = request.path_params["action"]
        sid = request.path_params.get("sid")
        try:
            result = await run_in_threadpool(_do, rv, action, sid, body)
        except LookupError as e:
            return error(404, str(e))
        except GxkgError as e:  # UsageError included: bad input is one line
            return error(400, str(e))
        return JSONResponse({"ok": True, **result})

    async def favicon(request: Request) -> Response:
        return Response(status_code=204)

    routes = [Route("/", index), Route("/favicon.ico", favicon), Route("/suggest", suggest), Route("/s/{sid}", page), Route("/s/{sid}/preview", preview),
              Route("/s/{sid}/checks", checks),
              Route("/s/{sid}/{action}", write, methods=["POST"]), Route("/{action:str}", write, methods=["POST"])]
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=LOOPBACK), Middleware(OriginGuard, allowed=[])]
    app = Starlette(routes=routes, middleware=middleware)
    app.state.review = rv
    app.state.source = source
    return app


def _other(lang: str) -> str:
    return "en" if lang == "zh" else "zh"


def _str(body: dict, key: str, required: bool = True) -> str | None:
    v = body.get(key)
    if v is None and not required:
        return None
    if not isinstance(v, str) or not v:
        raise GxkgError(f"`{key}` must be a non-empty string")
    return v


def _do(rv: Review, action: str, sid: str | None, body: dict) -> dict:
    """One write: decide (accept / reject with a reason), edit fields, choose a candidate (here or in every
    source), add a mention / figure / relation from a selection, or build the graph."""
    if action == "build" and sid is None:
        from ..sources.build import build

        rows = build(rv.base)
        return {"files": [[str(p.relative_to(rv.base)), n, state] for p, n, state in rows]}
    if sid is None:
        raise LookupError(f"no action {action!r}")
    path, doc = rv.load(sid)
    if action not in ACTIONS:
        raise LookupError(f"no action {action!r}")
    return ACTIONS[action](rv, sid, path, doc, body)


def _decide(rv: Review, sid: str, path: Path, doc: dict, body: dict) -> dict:
    """Accept, reject (the reason in its note; a name in every source on request) or deprecate one item."""
    iid, status = _str(body, "id"), _str(body, "status")
    if status not in drafts.STATUSES:
        raise GxkgError(f"`status` must be {', '.join(drafts.STATUSES)}")
    reason = body.get("reason") if isinstance(body.get("reason"), str) else ""
    name = None
    if status == "rejected" and body.get("everywhere"):  # checked before anything is written
        name = (_mention(doc, iid) or {}).get("text")
        if name is None:
            raise GxkgError(f"{iid} is not a mention: only a name is rejected in every source")
    doc = _write_status(path, doc, iid, status, reason)
    deps = drafts.dependents(doc, iid) if status == "rejected" else []
    also = []
    if name is not None:  # the same name, undecided, in every source
        why = f"rejected in review of {sid}" + (f": {reason.strip()}" if reason.strip() else "")
        also = _in_every_source(rv, path, iid, name, lambda it: it["status"] == "proposed",
                                lambda it: {"status": "rejected", "note": f"{it['note']}; {why}" if it.get("note") else why})
    t = views.T["en" if body.get("lang") == "en" else "zh"]
    return {"id": iid, "status": status, "needs_it": deps, "also": also, "status_word": t[status],
            "counts": t["counts"].format(**drafts.counts(doc)),
            "warning": f"{', '.join(deps)}: {t['needs_it']} {iid}" if deps else ""}


def _mention(doc: dict, iid: str) -> dict | None:
    """The mention of that id in a draft, or None (another kind of item, or none)."""
    return next((it for sec, it in drafts.items(doc) if it["id"] == iid and sec == "mentions"), None)


def _write_status(path: Path, doc: dict, iid: str, status: str, reason: str) -> dict:
    """Write one item's new status: a deprecation keeps its reason; a rejection with a reason adds it to the note."""
    if status == "deprecated":
        return drafts.deprecate(path, [iid], reason)[1]
    if status == "rejected" and reason.strip():
        old = (next((it for _, it in drafts.items(doc) if it["id"] == iid), None) or {}).get("note") or ""
        note = f"{old}; rejected: {reason.strip()}" if old else f"rejected: {reason.strip()}"
        return drafts.set_fields(path, iid, {"status": status, "note": note})
    return drafts.set_statuses(path, [iid], status)[1]


def _in_every_source(rv: Review, path: Path, iid: str, name: str, wanted, fields) -> list[str]:
    """Set fields(item) on every other mention of the same name, in any source, that wanted(item) accepts;
    the source:item ids changed."""
    also = []
    for p, d in drafts.all_drafts(rv.base):
        for it in d["mentions"]:
            if it["text"] == name and wanted(it) and (p != path or it["id"] != iid):
                drafts.set_fields(p, it["id"], fields(it))
                also.append(f"{d['source']['id']}:{it['id']}")
    return also


def _edit(rv: Review, sid: str, path: Path, doc: dict, body: dict) -> dict:
    """Change the fields of one item that a person may edit (never quotes or offsets)."""
    iid, changes = _str(body, "id"), body.get("changes")
    if not isinstance(changes, dict) or not changes:
        raise GxkgError("`changes` must be a mapping of field to value")
    allowed = {"label.en", "label.zh", "iri", "class", "note", "status", "proposed_iri", "about", "indicator",
               "value", "min", "max", "unit", "qualifier", "subject", "predicate", "object", "growth_of",
               "period.year", "period.as_of", "period.start", "period.end", "period.date", "en"}
    bad = [k for k in changes if k not in allowed]
    if bad:
        raise GxkgError(f"cannot edit {bad[0]!r} here (fields: {', '.join(sorted(allowed))}); quotes and offsets "
                        f"come from the text")
    changes = {k: (None if v == "" and k not in ("note",) else v) for k, v in changes.items()}
    drafts.set_fields(path, iid, changes)
    return {"id": iid}


def _source(rv: Review, sid: str, path: Path, doc: dict, body: dict) -> dict:
    """Set the source's own fields (its English title, publisher ...) in place."""
    changes = body.get("changes")
    if not isinstance(changes, dict) or not changes or not all(isinstance(v, str) for v in changes.values()):
        raise GxkgError("`changes` must be a mapping of source field to text")
    drafts.set_source_fields(path, {k: (v.strip() or None) for k, v in changes.items()})
    return {"source": sid}


def _choose(rv: Review, sid: str, path: Path, doc: dict, body: dict) -> dict:
    """Choose one of a mention's candidates (and, with `everywhere`, for the same name in every source)."""
    iid, iri = _str(body, "id"), _str(body, "iri")
    item = _mention(doc, iid)
    if item is None:
        raise GxkgError(f"no mention {iid!r} in source {sid}")
    if iri not in (item.get("candidates") or []):
        raise GxkgError(f"{iri} is not one of the candidates of {iid}")
    drafts.set_fields(path, iid, {"iri": iri, "status": "accepted"})
    also = []
    if body.get("everywhere"):
        also = _in_every_source(rv, path, iid, item["text"], lambda it: not it.get("iri") and iri in (it.get("candidates") or []),
                                lambda it: {"iri": iri})
    return {"id": iid, "also": also}


def _add(rv: Review, sid: str, path: Path, doc: dict, body: dict) -> dict:
    """Add a mention, figure or relation from a selection of the article."""
    kind = _str(body, "kind")
    start, end, text = body.get("start"), body.get("end"), body.get("text")
    names = rv.names()
    article = views.article_of(rv.base, doc)
    if kind == "mention":
        label_en = body.get("label_en") if isinstance(body.get("label_en"), str) and body["label_en"].strip() else None
        item = views.new_mention(rv.base, doc, names, article, start, end, text, body.get("class") or None,
                                 label_en and label_en.strip())
        drafts.add_item(path, "mentions", item)
    elif kind == "figure":
        item = views.new_figure(doc, article, start, end, text, _str(body, "about"), _str(body, "indicator"))
        ind = views.indicator_item(doc, names, item["indicator"])
        if ind is not None and not any(i.get("iri") == item["indicator"] for i in doc["indicators"]):
            drafts.add_item(path, "indicators", ind)
        drafts.add_item(path, "figures", item)
    elif kind == "relation":
        item = views.new_relation(doc, article, start, end, text, _str(body, "subject"), _str(body, "predicate"),
                                  _str(body, "object"))
        drafts.add_item(path, "relations", item)
    else:
        raise GxkgError("`kind` must be mention, figure or relation")
    return {"id": item["id"], "item": item}


ACTIONS = {"decide": _decide, "edit": _edit, "source": _source, "choose": _choose, "add": _add}  # each write the page can make


def url(port: int, token: str, source: str | None, lang: str | None = None) -> str:
    q = {"token": token, **({"lang": lang} if lang else {})}
    return f"http://127.0.0.1:{port}/" + (f"s/{source}" if source else "") + "?" + urlencode(q)


def serve(base: Path, source: str | None, port: int, open_browser: bool, lang: str = "zh") -> None:
    """Serve the review app on 127.0.0.1 (a free port unless given), print the URL with the session's token,
    and open it in a browser when asked. Ctrl-C stops it."""
    import secrets
    import socket

    import click
    import uvicorn

    base = Path(base)
    if source:
        path = drafts.draft_path(base, source)
        if not path.is_file():
            have = sorted(p.stem for p in drafts.sources_dir(base).glob("*.yaml"))
            raise GxkgError(f"no source {source!r}; sources: {', '.join(have) or 'none (run `gxkg ingest` first)'}")
    token = secrets.token_urlsafe(32)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError as e:
        sock.close()
        raise GxkgError(f"cannot listen on 127.0.0.1:{port}: {e.strerror}") from None
    port = sock.getsockname()[1]
    link = url(port, token, source, lang if lang != "zh" else None)
    click.echo(f"gxkg review: open {link}\n(the link carries this session's token; Ctrl-C stops the page)")
    if open_browser:
        import webbrowser

        webbrowser.open(link)
    # a Ctrl-C stops the page within seconds even while a request is being answered
    server = uvicorn.Server(uvicorn.Config(create_app(base, token, source), log_level="warning",
                                           timeout_graceful_shutdown=5))
    server.run(sockets=[sock])
