"""Query timings that tests no longer assert (issue 16, item 8), as ratios within one run.

    .venv/bin/python benchmarks/bench_queries.py [--runs 5]

- the four-pattern label join, against a one-pattern lookup of the same store (both through run_query);
- each runaway shape of tests/test_queries.py, stopped at a 1 s limit: the time it took over the limit;
- a catastrophic regex under a 2 s limit, against the same limit.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_queries import RUNAWAYS  # noqa: E402

from gxkg.errors import QueryMemoryError, QueryTimeout  # noqa: E402
from gxkg.kg import KnowledgeGraph  # noqa: E402
from gxkg.queries import run_query  # noqa: E402

LABEL_JOIN = ('SELECT ?sl ?p ?ol WHERE { ?p a owl:ObjectProperty . ?s ?p ?o . ?s rdfs:label ?sl FILTER(lang(?sl)="zh") '
              '?o rdfs:label ?ol FILTER(lang(?ol)="zh") }')
ONE_PATTERN = "SELECT ?s WHERE { ?s a gxo:County }"
REGEX = 'SELECT ?s WHERE { VALUES ?s { "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!" } FILTER(REGEX(?s, "^(a+)+$")) }'


def seconds(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def stopped(kg, query: str, limit: float) -> float:
    t = time.perf_counter()
    try:
        run_query(kg, query, timeout=limit, memory_mb=1024)
    except (QueryTimeout, QueryMemoryError):
        pass
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    runs = ap.parse_args().runs
    kg = KnowledgeGraph.open(quiet=True)
    join = seconds(lambda: run_query(kg, LABEL_JOIN, timeout=60), runs)
    one = seconds(lambda: run_query(kg, ONE_PATTERN, timeout=60), runs)
    print(f"label join {join * 1000:.0f} ms, one pattern {one * 1000:.0f} ms: {join / one:.1f}x")
    for name, q in RUNAWAYS.items():
        took = stopped(kg, q, 1.0)
        print(f"runaway {name!r} stopped after {took:.2f} s at a 1 s limit: {took / 1.0:.2f}x the limit")
    took = seconds(lambda: run_query(kg, REGEX, timeout=2), runs)
    print(f"catastrophic regex {took * 1000:.0f} ms under a 2 s limit: {took / 2:.2f}x the limit")


if __name__ == "__main__":
    main()
