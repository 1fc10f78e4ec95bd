"""Whole-process timings of lookup commands against two bare scripts, in one run.

    .venv/bin/python benchmarks/bench_cli.py [--runs 15]

Each command runs as a fresh process, as a user would run it (the store is built first, as it is by a
user's first command). The baselines are bare scripts that parse the same files and look up the same
entity's statements: one with rdflib, one with pyoxigraph (parse into an in-memory store, one query).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from gxkg.output import pad
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = '''
import glob, rdflib
g = rdflib.Graph()
for f in ["ontology/gxkg.ttl", *sorted(glob.glob("graph/*.ttl"))]:
    g.parse(f, format="turtle")
e = rdflib.URIRef("https://w3id.org/gxkg/resource/place/451000")
n = sum(1 for _ in g.triples((e, None, None))) + sum(1 for _ in g.triples((None, None, e)))
print(n)
'''
BARE_OXIGRAPH = '''
import glob, pyoxigraph as ox
st = ox.Store()
for f in ["ontology/gxkg.ttl", *sorted(glob.glob("graph/*.ttl"))]:
    st.bulk_load(path=f, format=ox.RdfFormat.TURTLE)
e = "<https://w3id.org/gxkg/resource/place/451000>"
n = sum(1 for _ in st.query(f"SELECT * WHERE {{ {{ {e} ?p ?o }} UNION {{ ?s ?p {e} }} }}"))
print(n)
'''
LABEL_JOIN = ('SELECT ?sl ?p ?ol WHERE { ?p a owl:ObjectProperty . ?s ?p ?o . ?s rdfs:label ?sl FILTER(lang(?sl)="zh") '
              '?o rdfs:label ?ol FILTER(lang(?ol)="zh") }')
JOIN = ("SELECT ?county ?model ?product WHERE { ?county a gxo:County ; gxo:adoptsModel ?model . "
        "?model gxo:involvesProduct ?product . ?product gxo:originatesFrom ?place . ?place gxo:locatedIn* ?city }")


def timed(cmd: list[str], runs: int, env: dict) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        out.append(time.perf_counter() - t)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    py = sys.executable
    gxkg = [py, "-m", "gxkg.cli"]
    cache = tempfile.mkdtemp(prefix="gxkg-bench-")
    env = dict(os.environ, GXKG_CACHE_DIR=cache)
    subprocess.run(gxkg + ["store", "build"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    cases = {
        "baseline (rdflib parse + loop)": [py, "-c", BASELINE],
        "bare pyoxigraph (parse + query)": [py, "-c", BARE_OXIGRAPH],
        "gxkg neighbors 百色市": gxkg + ["neighbors", "百色市"],
        "gxkg show 柳州螺蛳粉": gxkg + ["show", "柳州螺蛳粉"],
        "gxkg search 芒果": gxkg + ["search", "芒果"],
        "gxkg search liuzhou luosifen": gxkg + ["search", "liuzhou", "luosifen"],
        "gxkg sparql <5-pattern join>": gxkg + ["sparql", JOIN],
        "gxkg sparql <4-pattern label join>": gxkg + ["sparql", LABEL_JOIN, "-f", "csv"],
    }
    results = {}
    for name, cmd in cases.items():
        results[name] = timed(cmd, args.runs, env)
    base = statistics.median(results["baseline (rdflib parse + loop)"])
    print(f"{'command':36} {'median':>8} {'min':>8} {'max':>8} {'vs baseline':>12}   ({args.runs} runs each)")
    for name, ts in results.items():
        med = statistics.median(ts)
        print(f"{pad(name, 36)} {med:8.3f} {min(ts):8.3f} {max(ts):8.3f} {med / base:11.2f}x")
    print("\nimport-time breakdown of `gxkg neighbors 百色市` (python -X importtime, cumulative µs, top 12):")
    r = subprocess.run(gxkg[:1] + ["-X", "importtime"] + gxkg[1:] + ["neighbors", "百色市"], cwd=ROOT, env=env,
                       capture_output=True, text=True)
    rows = []
    for line in r.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cum, name = line.split("|")
            try:
                rows.append((int(cum.strip()), name.rstrip()))
            except ValueError:
                pass
    for cum, name in sorted(rows, reverse=True)[:12]:
        print(f"  {cum:>8}  {name}")
    heavy = [m for m in ("networkx", "pyvis", "pyshacl", "pypinyin", "jinja2", "rdflib", "httpx")
             if any(n.strip() == m for _, n in rows)]
    print(f"heavy modules imported by a lookup: {heavy or 'none'}")
    shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
