"""What every view reads: the graph, the settings, the page templates and the server's shared state."""

from __future__ import annotations

import asyncio
import os
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse

from ..kg import KnowledgeGraph
from ..namespaces import GXO, GXR, ONTOLOGY_IRI, OUTPUT_PREFIXES, PREFIX_MAP, curie
from ..bounded import BoundedCache, memoize
from .cache import AnswerCache, KnownCache, PageCache
from .security import CSP
from .settings import Settings


def page_path(iri: str) -> str | None:
    """The path of an IRI's page on this server (None for IRIs outside the graph's namespaces)."""
    iri = str(iri)
    if iri.startswith(str(GXR)):
        return "/resource/" + quote(iri[len(str(GXR)):], safe="/")
    if iri.startswith(str(GXO)) or iri == ONTOLOGY_IRI:
        return "/ontology#" + iri.split("#")[-1]
    return None


class Site:
    """One server's graph, settings, templates and caches, handed to every view as `request.app.state.site`.

    Templates come from the gxkg.templates package; every page template extends base.html, whose navigation
    lists the registered pages that have a `nav` label. All graph text goes through Jinja2 autoescaping."""

    def __init__(self, kg: KnowledgeGraph, settings: Settings, nav: list[tuple[str, str]]):
        from jinja2 import Environment, PackageLoader, select_autoescape

        self.kg, self.settings = kg, settings
        self.env = Environment(loader=PackageLoader("gxkg", "templates"),
                               autoescape=select_autoescape(default=True, default_for_string=True))
        self.env.filters["page"] = page_path
        self.env.filters["curie"] = curie
        self.env.globals["label"] = kg.label
        self.env.globals["nav"] = [{"path": path, "label": label} for path, label in nav]
        from ..store.pool import Lane

        budget = settings.cache_bytes  # a quarter for answers, a quarter for pages, half for labels and types
        self.answers = AnswerCache(budget // 4)
        self.known = KnownCache(max(1 << 16, budget // 16))
        self.page_bytes = budget // 4
        kg_caches = [v for v in vars(kg).values() if isinstance(v, BoundedCache)]
        for c in kg_caches:
            c.limit(budget // 2 // max(1, len(kg_caches)))
        self.graphs = kg.store.named_graphs()
        self.pool = self.lookups = None
        self._state: dict = {}
        lane = dict(queue=settings.queue, wait=settings.queue_wait)
        if kg.store.kind == "embedded" and getattr(kg.store, "path", None):
            from ..store.pool import WorkerPool

            pool = dict(memory_mb=settings.memory_mb, output_prefixes=OUTPUT_PREFIXES, idle_exit=settings.idle_exit, **lane)
            self.pool = WorkerPool(kg.store.path, PREFIX_MAP, size=settings.query_workers, name="SPARQL worker", **pool)
            self.lookups = WorkerPool(kg.store.path, PREFIX_MAP, size=settings.lookup_workers, name="saved-query worker",
                                      **pool)
        # the lanes of work done in this process's threads: questions, neighbourhood views, and queries answered
        # by a remote endpoint; each its own, so no kind waits behind another
        self.lookup_threads = asyncio.Semaphore(4)
        self.lanes = {"ask": Lane("question", settings.ask_workers, **lane),
                      "explore": Lane("network view", 2, **lane),
                      "sparql": Lane("SPARQL", settings.query_workers, **lane),
                      "saved": Lane("saved-query", settings.lookup_workers, **lane)}

    async def lookup(self, fn, *args):
        """fn(*args) for a page: a cached answer at once, else in one of a few threads (work done under the
        GIL goes no faster in more threads, and a few served in turn keep waits even; nothing is refused)."""
        cache = getattr(fn, "cache", None)
        if cache is not None:
            hit = cache.get(args)
            if hit is not None:
                return hit
        async with self.lookup_threads:
            return await run_in_threadpool(fn, *args)

    def render(self, template: str, **context) -> str:
        """A page template rendered (templates are compiled once per server)."""
        return self.env.get_template(template).render(**context)

    def html(self, body: str, status: int = 200, headers: dict | None = None) -> HTMLResponse:
        """An HTML page with the security headers every page gets."""
        return HTMLResponse(body, status_code=status, headers={**CSP, **(headers or {})})

    def once(self, key: str, make):
        """A view's own per-server object (a cache, a semaphore), made on first use."""
        if key not in self._state:
            self._state[key] = make()
        return self._state[key]

    async def shared(self, kind: str, key, start, request=None):
        """start(waiting) (a coroutine) run once for every request of the same `kind` and `key` while it runs:
        the others wait for that run instead of each taking a worker or a slot for the same work. `waiting` lists
        the requests still waiting for it (a run may stop when all have left); a client that leaves never
        cancels the others' answer."""
        running = self.once(f"{kind}.running", dict)
        if key not in running:
            waiting: list = []
            job = asyncio.ensure_future(start(waiting))
            running[key] = (job, waiting)
            job.add_done_callback(lambda t: (running.pop(key, None), t.cancelled() or t.exception()))  # read: none left
        job, waiting = running[key]
        if request is None:
            return await asyncio.shield(job)
        waiting.append(request)
        try:
            return await asyncio.shield(job)
        finally:
            waiting.remove(request)

    def memo(self, key: str, fn, share: float = 1.0):
        """`fn` with a per-server least-recently-used cache of its pages, bounded in bytes (`share` of the pages'
        part of --cache-mb)."""
        return self.once(key, lambda: memoize(fn, PageCache(int(self.page_bytes * share))))

    def caches(self) -> dict:
        """Each bounded cache's entries and bytes."""
        out = {"answers": self.answers.stats(), "known": self.known.stats()}
        out.update({k: v.cache.stats() for k, v in self._state.items() if hasattr(v, "cache")})
        out.update({k: v.stats() for k, v in self._state.items() if isinstance(v, BoundedCache)})
        out.update({k.strip("_"): v.stats() for k, v in vars(self.kg).items() if isinstance(v, BoundedCache)})
        return out

    def status(self) -> dict:
        """What /status reports: the graph's size, the server's processes and memory, its lanes and caches."""
        pools = {"sparql": self.pool, "saved": self.lookups}
        return {"triples": self.kg.store.triple_count(), "memory": memory(),
                "workers": {k: p.stats() for k, p in pools.items() if p is not None},
                "lanes": {k: lane.stats() for k, lane in self.lanes.items() if pools.get(k) is None},
                "caches": self.caches()}

    def close(self) -> None:
        for p in (self.pool, self.lookups):
            if p is not None:
                p.close()


def rss_mb(pid: int) -> float:
    """A process's resident memory in MB (0 where /proc cannot tell)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def memory(pid: int | None = None) -> dict:
    """The resident memory of a server process and every process it started (its query workers and the helpers
    Python's multiprocessing starts beside them: the fork server and the resource tracker)."""
    pid = pid or os.getpid()
    each = {p: rss_mb(p) for p in [pid, *sorted(_children(pid))]}
    return {"processes": len([p for p in each if each[p]]), "rss_mb": round(sum(each.values()), 1),
            "server_rss_mb": round(each[pid], 1)}


def _children(pid: int) -> set[int]:
    """Every process descended from pid (read from /proc; empty where there is none)."""
    parent: dict[int, int] = {}
    try:
        names = os.listdir("/proc")
    except OSError:
        return set()
    for n in names:
        if n.isdigit():
            try:
                with open(f"/proc/{n}/stat") as f:
                    parent[int(n)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    out, todo = set(), [pid]
    while todo:
        p = todo.pop()
        for c, pp in parent.items():
            if pp == p and c not in out:
                out.add(c)
                todo.append(c)
    return out
