"""Lookups on the shipped graph and on a graph of about a million triples in its shape, in one run.

    .venv/bin/python benchmarks/bench_scale.py [--triples 1000000] [--runs 7]

Makes the large graph with benchmarks/scale.py, times `gxkg store build` on it (cold), then runs each
lookup as a whole process on both graphs (median of --runs) with its peak memory (max RSS), and times
`render --around X --depth 2` and `analyze centrality` on the large graph.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from scale import make  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LOOKUPS = {
    "neighbors 百色市": ["neighbors", "百色市"],
    "show 柳州螺蛳粉": ["show", "柳州螺蛳粉"],
    "search 芒果": ["search", "芒果"],
    "search liuzhou luosifen": ["search", "liuzhou", "luosifen"],
    "path 融安金桔 阿里巴巴": ["path", "融安金桔", "阿里巴巴"],
    "neighbors 融安 --depth 2": ["neighbors", "融安", "--depth", "2"],
}


def run(cmd: list[str], env: dict) -> tuple[float, float]:
    """(seconds, max RSS in MB) of one whole process."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t
    if status != 0:
        raise RuntimeError(f"{cmd} failed: {p.stderr.read().decode()}")
    return dt, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="gxkg-scale-"))
    env = dict(os.environ, GXKG_CACHE_DIR=str(tmp / "cache"))
    gx = [sys.executable, "-m", "gxkg.cli"]
    try:
        t = time.perf_counter()
        big = make(tmp / "big", args.triples)
        print(f"made a graph in the shipped shape: {time.perf_counter() - t:.1f} s, "
              f"{sum(f.stat().st_size for f in (big / 'graph').glob('*.ttl')) / 1e6:.0f} MB of Turtle")
        build_s, build_rss = run(gx + ["--data", str(big), "store", "build"], env)
        info = subprocess.run(gx + ["--data", str(big), "store", "info", "-f", "json"], env=env, capture_output=True, text=True)
        import json
        triples = json.loads(info.stdout)["triples"]
        print(f"store build, {triples} triples: {build_s:.1f} s, max RSS {build_rss:.0f} MB")
        run(gx + ["store", "build"], env)
        run(gx + ["--data", str(big), "show", "百色"], env)  # the digest memo is written by a first lookup
        print(f"\n{'lookup (whole process)':28} {'shipped s':>10} {'1M s':>8} {'ratio':>6} {'shipped MB':>11} {'1M MB':>7}")
        for name, cmd in LOOKUPS.items():
            small = [run(gx + cmd, env) for _ in range(args.runs)]
            large = [run(gx + ["--data", str(big)] + cmd, env) for _ in range(args.runs)]
            s, l_ = statistics.median(x[0] for x in small), statistics.median(x[0] for x in large)
            print(f"{name:28} {s:10.3f} {l_:8.3f} {l_ / s:6.2f} {max(x[1] for x in small):11.0f} {max(x[1] for x in large):7.0f}")
        out = tmp / "around.html"
        dt, rss = run(gx + ["--data", str(big), "render", "--around", "百色市", "--depth", "2", "-o", str(out)], env)
        print(f"\nrender --around 百色市 --depth 2 on 1M: {dt:.2f} s, max RSS {rss:.0f} MB, page {out.stat().st_size / 1e6:.2f} MB")
        dt, rss = run(gx + ["--data", str(big), "analyze", "centrality", "-n", "5"], env)
        print(f"analyze centrality on 1M (sampled betweenness, k=500): {dt:.1f} s, max RSS {rss:.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
