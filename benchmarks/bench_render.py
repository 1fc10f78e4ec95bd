"""Render speed and in-browser speed of the network view (issue: HTML view).

    .venv/bin/python benchmarks/bench_render.py [--nodes 5000 --edges 20000]
    .venv/bin/python benchmarks/bench_render.py --around-data DIR [--cache DIR]   (neighbourhood views only)

1. `gxkg render` of a synthetic graph (default 5,000 entities, 20,000 relations with evidence) as a
   whole process, and of the shipped graph.
2. In headless Chromium (Debian's package): time until the shipped graph's layout is stable, and
   until the synthetic page is interactive (layout stable, physics off, a search answers).
3. With --around-data DIR (a graph from benchmarks/scale.py): `gxkg render --around 百色市 --depth 2` on it
   after a hub is added (every copy of 百色市 located in the shipped one, so its neighbourhood holds thousands
   of entities), at the default node limit and at 4x it: wall time, peak memory, page size, nodes drawn and
   the "N more" the page states. The target: at most 5 s.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLASSES = ["County", "Product", "Platform", "Event", "Policy", "Program", "Industry", "Facility"]
RELATIONS = ["locatedIn", "originatesFrom", "settledIn", "heldIn", "supports", "promotes", "partOf", "builds"]


def synthetic(base: Path, n_nodes: int, n_edges: int, seed: int = 7, evidence: bool = True) -> None:
    """A data dir with the real ontology and a random graph (each edge reified with evidence unless told not)."""
    rnd = random.Random(seed)
    (base / "ontology").mkdir(parents=True)
    (base / "graph").mkdir()
    shutil.copy(ROOT / "ontology" / "gxkg.ttl", base / "ontology" / "gxkg.ttl")
    shutil.copy(ROOT / "ontology" / "shapes.ttl", base / "ontology" / "shapes.ttl")
    R = "https://w3id.org/gxkg/resource/syn/"
    O = "https://w3id.org/gxkg/ontology#"
    RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    lines = [f'<{R}src> a <http://www.w3.org/ns/prov#Entity> ; <{O}sourceFile> "none.txt" .',
             f'<{R}ev> a <{O}Evidence> ; <{O}quote> "synthetic sentence"@en ; <http://purl.org/dc/terms/source> <{R}src> .']
    for i in range(n_nodes):
        lines.append(f'<{R}n{i}> a <{O}{CLASSES[i % len(CLASSES)]}> ; '
                     f'<http://www.w3.org/2000/01/rdf-schema#label> "节点{i}"@zh , "node {i}"@en .')
    seen = set()
    while len(seen) < n_edges:
        a, b = rnd.randrange(n_nodes), rnd.randrange(n_nodes)
        if a == b:
            continue
        p = RELATIONS[rnd.randrange(len(RELATIONS))]
        if (a, p, b) in seen:
            continue
        seen.add((a, p, b))
        k = len(seen)
        lines.append(f"<{R}n{a}> <{O}{p}> <{R}n{b}> .")
        if evidence:
            lines.append(f"<{R}s{k}> a <{RDF}Statement> ; <{RDF}subject> <{R}n{a}> ; <{RDF}predicate> <{O}{p}> ; "
                         f"<{RDF}object> <{R}n{b}> ; <http://www.w3.org/ns/prov#wasDerivedFrom> <{R}ev> .")
    (base / "graph" / "synthetic.ttl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def render(data: Path | None, out: Path, env) -> float:
    cmd = [sys.executable, "-m", "gxkg.cli"] + (["--data", str(data)] if data else []) + ["render", "-o", str(out), "--force"]
    t = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - t


def shipped_parts(env) -> dict[str, float]:
    """In-process times of the shipped graph's page (store warm): the whole page, and the county map in it."""
    code = ("import time, json\n"
            "from gxkg.kg import KnowledgeGraph\nfrom gxkg.render import render_html\nfrom gxkg.mapview import map_data\n"
            "kg = KnowledgeGraph.open(quiet=True)\nt = time.perf_counter(); render_html(kg); a = time.perf_counter() - t\n"
            "t = time.perf_counter(); map_data(kg, {}, 'zh'); b = time.perf_counter() - t\n"
            "print(json.dumps({'render_html': a, 'map_data (again, caches warm)': b}))")
    import json

    out = subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout)


def browser_times(pages: dict[str, Path]) -> dict[str, tuple[float, float]]:
    from playwright.sync_api import sync_playwright

    out = {}
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                    "--disable-component-update", "--no-first-run", "--disable-sync"])
        for name, path in pages.items():
            page = b.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True).new_page()
            t = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_selector("body[data-stable=true]", state="attached", timeout=300000)
            page.fill("#search", "1")  # any search answers once the page is interactive
            page.wait_for_selector("#results div", timeout=60000)
            wall = time.perf_counter() - t
            out[name] = (wall, page.evaluate("window.gxkg.stableMs") / 1000)
            page.context.close()
        b.close()
    return out


def with_hub(src: Path, dest: Path) -> Path:
    """src's data dir (linked, not copied) plus hub.ttl: each copy gxr:cK/place/451000 of 百色市 (from
    benchmarks/scale.py) located in the shipped 百色市, so the latter's depth-2 neighbourhood is every copy's."""
    (dest / "graph").mkdir(parents=True, exist_ok=True)
    if not (dest / "ontology").exists():
        (dest / "ontology").symlink_to((src / "ontology").resolve())
    for f in (src / "graph").glob("*.ttl"):
        if not (dest / "graph" / f.name).exists():
            (dest / "graph" / f.name).symlink_to(f.resolve())
    copies = sorted({int(line.split("/c", 1)[1].split("/", 1)[0]) for line in _head(src / "graph" / "replicas.ttl")})
    n = max(copies) if copies else 0
    R, O = "https://w3id.org/gxkg/resource/", "https://w3id.org/gxkg/ontology#"
    hub = "".join(f"<{R}c{k}/place/451000> <{O}locatedIn> <{R}place/451000> .\n" for k in range(1, n + 1))
    (dest / "graph" / "hub.ttl").write_text(hub, encoding="utf-8")
    return dest


def _head(path: Path, lines: int = 200_000):
    """The copy numbers seen in the last lines of the replicas file (the highest copy is written last)."""
    import collections

    with open(path, encoding="utf-8") as f:
        return [x for x in collections.deque(f, maxlen=lines) if "/resource/c" in x]


def around(data: Path, limit: int, env) -> dict:
    """`gxkg render --around 百色市 --depth 2 --node-limit N` as a whole process: wall and CPU s (on a shared machine
    the CPU time is the fairer figure), peak MB, page MB, nodes, the page's "more" text."""
    import json
    import re
    import resource

    out = Path(env["GXKG_CACHE_DIR"]).parent / f"around-{limit}.html"
    cmd = [sys.executable, "-m", "gxkg.cli", "--data", str(data), "render", "--around", "百色市", "--depth", "2",
           "--node-limit", str(limit), "-o", str(out), "--force"]
    t, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    run = subprocess.run(["/usr/bin/time", "-f", "peak %M", *cmd], check=True, env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True, cwd=ROOT)
    wall, after = time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    html = out.read_text(encoding="utf-8")
    data_json = re.search(r'<script type="application/json" id="gxkg-data">(.*?)</script>', html, re.S).group(1)
    more = re.search(r'<span id="more">(.*?)</span>', html)
    peak = int(re.findall(r"peak (\d+)", run.stderr)[-1]) / 1024  # GNU time's maximum resident set, KB
    return {"wall_s": wall, "cpu_s": cpu, "peak_mb": peak,
            "page_mb": len(html.encode()) / 1e6, "nodes": len(json.loads(data_json)["nodes"]),
            "more": re.sub(r"<[^>]+>", "", more.group(1)) if more else ""}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--around-data", type=Path, help="a graph from benchmarks/scale.py: time neighbourhood views on it")
    ap.add_argument("--cache", type=Path, help="GXKG_CACHE_DIR (keeps the large graph's store between runs)")
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges", type=int, default=20000)
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--no-evidence", action="store_true", help="edges without reified statements (a third of the triples)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="gxkg-render-bench-"))
    env = dict(os.environ, GXKG_CACHE_DIR=str(args.cache or tmp / "cache"))
    if args.around_data:
        from gxkg.render import NODE_LIMIT

        data = with_hub(args.around_data, Path(str(args.around_data).rstrip("/") + "-hub"))
        around(data, NODE_LIMIT, env)  # builds the store once
        for limit in (NODE_LIMIT, 4 * NODE_LIMIT):
            r = around(data, limit, env)
            print(f"render --around 百色市 --depth 2 --node-limit {limit} on {data}: {r['wall_s']:.2f} s wall, {r['cpu_s']:.2f} s CPU, "
                  f"peak {r['peak_mb']:.0f} MB, page {r['page_mb']:.2f} MB, {r['nodes']} nodes; "
                  f"page says: {r['more']}")
        shutil.rmtree(tmp, ignore_errors=True)
        return
    try:
        synthetic(tmp / "syn", args.nodes, args.edges, evidence=not args.no_evidence)
        shipped_s = render(None, tmp / "shipped.html", env)
        shipped_warm = render(None, tmp / "shipped.html", env)
        in_process = shipped_parts(env)
        syn_cold = render(tmp / "syn", tmp / "synthetic.html", env)
        syn_warm = render(tmp / "syn", tmp / "synthetic.html", env)
        print(f"gxkg render, shipped graph (cold: builds the store): {shipped_s:6.2f} s")
        print(f"gxkg render, shipped graph (warm, whole process):    {shipped_warm:6.2f} s  (target: under 2 s)")
        print("in process, shipped graph: " + ", ".join(f"{k} {v:.3f} s" for k, v in in_process.items()))
        kind = "without" if args.no_evidence else "with"
        print(f"gxkg render, synthetic {args.nodes} nodes / {args.edges} edges {kind} edge evidence (cold): "
              f"{syn_cold:6.2f} s  (parses Turtle)")
        print(f"gxkg render, synthetic (parsed-graph cache warm):   {syn_warm:6.2f} s")
        print(f"page sizes: shipped {(tmp / 'shipped.html').stat().st_size / 1e6:.2f} MB, "
              f"synthetic {(tmp / 'synthetic.html').stat().st_size / 1e6:.2f} MB")
        if not args.no_browser:
            for name, (wall, stable) in browser_times({"shipped": tmp / "shipped.html",
                                                       "synthetic": tmp / "synthetic.html"}).items():
                print(f"headless Chromium, {name:9}: layout stable after {stable:6.2f} s (in page), "
                      f"interactive (search answers) after {wall:6.2f} s (wall, incl. load)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
