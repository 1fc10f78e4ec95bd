"""`gxkg analyze` on the shipped graph and on a graph of N triples in its shape, each measure a whole process.

    .venv/bin/python benchmarks/bench_analyze.py [--triples 1000000] [--dir /tmp/gxkg-scale]

The large graph is made by benchmarks/scale.py (reused under --dir when it is there with the same size) and
its store built once. Every figure is wall seconds, CPU seconds (user + system, the process and its children)
and peak memory; the issue's limit at 1M triples is 60 s and 1 GB per measure.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_scale import fmt, run, scaled_project  # noqa: E402

MEASURES = ("centrality", "communities", "bridges", "components")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--dir", default="/tmp/gxkg-scale")
    args = ap.parse_args()
    work, big, env, gx = scaled_project(args.triples, args.dir)
    store = work / f"store{args.triples}"
    if not (store / "gxkg-store.json").is_file():
        shutil.rmtree(store, ignore_errors=True)
        print(f"store build: {fmt(run(gx + ['--data', str(big), 'store', 'build', '--output', str(store)], env))}", flush=True)
    run(gx + ["store", "build"], env)
    print(f"{'analyze':14} {'shipped: wall s  CPU s     MB':>29} {'large: wall s  CPU s     MB':>29}")
    for m in MEASURES:
        small = run(gx + ["analyze", m], env)
        large = run(gx + ["--store", str(store), "analyze", m], env)
        print(f"{m:14} {' ' * 8}{fmt(small)} {' ' * 8}{fmt(large)}", flush=True)


if __name__ == "__main__":
    main()
