"""Bounded load test of `gxkg serve` against `oxigraph serve-read-only` on the same graph (loopback only),
both servers measured back to back in one run.

    .venv/bin/python benchmarks/bench_server.py [--requests 5000 --concurrency 32] [--data DIR] [--cache DIR]

The mix (the same sequence to both servers): 40% entity pages (gxkg: GET /resource/... as HTML; oxigraph: the
SPARQL that reads that entity's statements), 20% saved queries (gxkg: GET /queries/NAME; oxigraph: the same
query text with its defaults), 30% trivial user SPARQL (the same text to both /sparql and /query) and 10%
questions (gxkg: GET /ask?q=...&format=json; oxigraph: the SPARQL that question became). --data DIR runs it on
another graph (benchmarks/scale.py makes one of a million triples; --cache DIR keeps its built store between
runs). Reports requests per second, p50/p99 latency, refusals (503) and other errors per server, and the memory
(RSS) of each server's whole process tree at rest (before) and after the load.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEPARATOR = "\n#-- next query\n"  # an /ask's queries, sent to oxigraph in turn


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.args}")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


def questions() -> list[str]:
    """One example question of each intent (what `gxkg ask` is documented to answer)."""
    from gxkg.ask import INTENTS

    return [qs[0] for i in INTENTS for qs in i.examples.values()]


def workload(n: int, data: Path | None, seed: int = 1) -> list[tuple[str, str]]:
    """n requests as (gxkg path, equivalent SPARQL for oxigraph)."""
    from urllib.parse import quote, urlencode

    from gxkg.ask import ask
    from gxkg.kg import KnowledgeGraph
    from gxkg.namespaces import GXR, sparql_prologue
    from gxkg.queries import expand_slash_curies, saved_queries
    from gxkg.web.views.home import example_text

    kg = KnowledgeGraph.open(data=data, quiet=True)
    prologue = sparql_prologue()
    saved = [(f"/queries/{q.name}", prologue + expand_slash_curies(example_text(kg, q))) for q in saved_queries().values()]
    asked = []
    for q in questions():
        a = ask(kg, q)
        runs = [prologue + expand_slash_curies(part) for part in (a.sparql or "").split("\n\n") if "WHERE" in part]
        if runs:  # oxigraph runs every query the question became, one after the other, as one request
            asked.append(("/ask?" + urlencode({"q": q, "format": "json"}), SEPARATOR.join(runs)))
    ents = [e for e in kg.entities if e.startswith(str(GXR))]
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        x = rnd.random()
        e = rnd.choice(ents)
        lookup = f"SELECT ?p ?o WHERE {{ <{e}> ?p ?o }}"
        if x < 0.4:
            out.append(("/resource/" + quote(e[len(str(GXR)):], safe="/"), lookup))
        elif x < 0.6:
            out.append(rnd.choice(saved))
        elif x < 0.9:
            out.append(("/sparql?" + urlencode({"query": lookup}), lookup))
        else:
            out.append(rnd.choice(asked))
    return out


def tree_rss_mb(pid: int) -> float:
    """RSS of a process and every process it started (the server's query workers and their helpers)."""
    from gxkg.web.site import memory

    return memory(pid)["rss_mb"]


async def load(base: str, queries: list[tuple[str, str]], concurrency: int, sparql: str | None = None) -> dict:
    """Send the mix; sparql=None sends gxkg paths, else the SPARQL text to that endpoint."""
    lat, errors, refused = [], 0, 0
    refused_by: dict[str, int] = {}  # 503s by the kind of request (the gxkg path's first part)
    it = iter(queries)
    lock = asyncio.Lock()

    async def client():
        nonlocal errors, refused
        async with httpx.AsyncClient(timeout=30) as c:
            while True:
                async with lock:
                    q = next(it, None)
                if q is None:
                    return
                t = time.perf_counter()
                try:
                    if sparql is None:
                        accept = "text/html" if q[0].startswith("/resource/") else "application/sparql-results+json"
                        r = await c.get(base + q[0], headers={"Accept": accept})
                    else:
                        for text in q[1].split(SEPARATOR):
                            r = await c.post(sparql, content=text.encode("utf-8"),
                                             headers={"Content-Type": "application/sparql-query",
                                                      "Accept": "application/sparql-results+json"})
                            if r.status_code != 200:
                                break
                    if r.status_code == 503:
                        refused += 1
                        kind = q[0].split("?")[0].split("/")[1]
                        refused_by[kind] = refused_by.get(kind, 0) + 1
                    elif r.status_code not in (200, 422):  # 422: a question understood but not answered
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                lat.append(time.perf_counter() - t)

    t0 = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    wall = time.perf_counter() - t0
    lat.sort()
    return {"requests": len(lat), "rps": len(lat) / wall, "p50_ms": statistics.median(lat) * 1000,
            "p99_ms": lat[int(len(lat) * 0.99) - 1] * 1000, "errors": errors, "refused": refused, "wall_s": wall,
            "refused_by": refused_by}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=5000)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--workers", type=int, default=1, help="gxkg serve --workers")
    ap.add_argument("--data", type=Path, help="a data directory (ontology/ and graph/) instead of the shipped graph")
    ap.add_argument("--cache", type=Path, help="GXKG_CACHE_DIR for gxkg serve (keeps a large graph's built store)")
    ap.add_argument("--serve-args", default="", help="more options for gxkg serve, e.g. '--query-workers 2'")
    args = ap.parse_args()
    queries = workload(args.requests, args.data)
    tmp = Path(tempfile.mkdtemp(prefix="gxkg-serve-bench-"))
    procs = []
    results = {}
    try:
        port = free_port()
        data = ["--data", str(args.data)] if args.data else []
        gx = subprocess.Popen([sys.executable, "-m", "gxkg.cli", *data, "serve", "--port", str(port),
                               "--workers", str(args.workers), *args.serve_args.split()],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
                              env=dict(os.environ, GXKG_CACHE_DIR=str(args.cache or tmp / "cache")))
        procs.append(gx)
        wait_up(f"http://127.0.0.1:{port}/void", gx, timeout=600)
        time.sleep(1)
        before = tree_rss_mb(gx.pid)
        results["gxkg serve"] = asyncio.run(load(f"http://127.0.0.1:{port}", queries, args.concurrency))
        results["gxkg serve"].update(rss_before=before, rss_after=tree_rss_mb(gx.pid))
        gx.terminate()
        gx.wait(timeout=30)

        oxi = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
        if not os.path.exists(oxi):
            print("oxigraph CLI not installed (pip install oxigraph): skipping the comparison")
        else:
            base = args.data or ROOT
            files = [base / "ontology" / "gxkg.ttl", *sorted((base / "graph").glob("*.ttl"))]
            subprocess.run([oxi, "load", "--location", str(tmp / "oxi"), "--file", *map(str, files)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            oport = free_port()
            ox = subprocess.Popen([oxi, "serve-read-only", "--location", str(tmp / "oxi"), "--bind", f"127.0.0.1:{oport}",
                                   "--timeout-s", "10"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            procs.append(ox)
            wait_up(f"http://127.0.0.1:{oport}/query?query=ASK%7B%7D", ox)
            before = tree_rss_mb(ox.pid)
            results["oxigraph serve-read-only"] = asyncio.run(load("", queries, args.concurrency,
                                                                  sparql=f"http://127.0.0.1:{oport}/query"))
            results["oxigraph serve-read-only"].update(rss_before=before, rss_after=tree_rss_mb(ox.pid))
    finally:
        for p in procs:
            if p.poll() is None:
                p.terminate()
                p.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{args.requests} requests, {args.concurrency} concurrent clients, 40% entity pages / 20% saved queries / "
          f"30% trivial SPARQL / 10% /ask, graph: {args.data or 'shipped'} {args.serve_args}")
    print(f"{'server':26} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'503':>5} {'errors':>7} {'RSS MB at rest→after':>22}")
    for name, r in results.items():
        print(f"{name:26} {r['rps']:8.1f} {r['p50_ms']:8.1f} {r['p99_ms']:8.1f} {r['refused']:5d} {r['errors']:7d} "
              f"{r['rss_before']:10.0f} → {r['rss_after']:.0f}"
              + (f"   503 by kind: {r['refused_by']}" if r["refused_by"] and name == "gxkg serve" else ""))
    if len(results) == 2:
        a, b = results["gxkg serve"], results["oxigraph serve-read-only"]
        print(f"throughput ratio gxkg/oxigraph: {a['rps'] / b['rps']:.3f}; p50 ratio: {a['p50_ms'] / b['p50_ms']:.1f}x")


if __name__ == "__main__":
    main()
