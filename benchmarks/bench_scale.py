"""Every command on the shipped graph and on a graph of N triples in its shape, in one run, with the build
compared to `oxigraph load` on the same files.

    .venv/bin/python benchmarks/bench_scale.py [--triples 10000000] [--runs 3] [--dir /tmp/gxkg-scale]

Makes the large graph with benchmarks/scale.py under --dir (never in the repository; reused if it is there
with the same size), loads it with the `oxigraph` command (pip's oxigraph, the same engine), builds gxkg's
store from it, then runs each command as a whole process on both graphs (median of --runs). Every figure
is wall seconds, CPU seconds (user + system, the process and its children) and peak memory (the largest
RSS of the process or any child). The machine may be shared: CPU time is the steadier figure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from scale import make  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = {
    "ask 柳州螺蛳粉2017年销售额是多少": ["ask", "柳州螺蛳粉2017年销售额是多少？"],
    "ask Which products come from Nanning": ["ask", "Which products come from Nanning?"],
    "list --type Event (page 1)": ["list", "--type", "Event"],
    "list (classes)": ["list"],
    "stats": ["stats"],
    "search 芒果": ["search", "芒果"],
    "search liuzhou luosifen": ["search", "liuzhou", "luosifen"],
    "show 柳州螺蛳粉": ["show", "柳州螺蛳粉"],
    "neighbors 百色市": ["neighbors", "百色市"],
    "path 融安金桔 阿里巴巴": ["path", "融安金桔", "阿里巴巴"],
}


def run(cmd: list[str], env: dict | None = None) -> tuple[float, float, float]:
    """(wall s, CPU s of the process and its children, peak RSS MB) of one whole process."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t
    if status != 0:
        raise RuntimeError(f"{cmd} failed: {p.stderr.read().decode()[-2000:]}")
    return dt, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def median(runs: list[tuple]) -> tuple[float, float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs), max(r[2] for r in runs)


def fmt(r) -> str:
    return f"{r[0]:7.2f} {r[1]:7.2f} {r[2]:6.0f}"


def graph(d: Path, triples: int) -> Path:
    stamp = d / "triples"
    if stamp.is_file() and stamp.read_text() == str(triples):
        return d
    t = time.perf_counter()
    make(d, triples)
    stamp.write_text(str(triples))
    print(f"made {d}: {time.perf_counter() - t:.0f} s, "
          f"{sum(f.stat().st_size for f in (d / 'graph').glob('*.ttl')) / 1e6:.0f} MB of Turtle", flush=True)
    return d


def scaled_project(triples: int, where: str) -> tuple[Path, Path, dict, list[str]]:
    """(work folder, the large graph's project, the environment with its cache, the gxkg command) for a
    benchmark on a graph of `triples` made under `where`."""
    work = Path(where)
    work.mkdir(parents=True, exist_ok=True)
    big = graph(work / f"g{triples}", triples)
    return work, big, dict(os.environ, GXKG_CACHE_DIR=str(work / "cache")), [sys.executable, "-m", "gxkg.cli"]


def oxigraph_loads(work: Path, files: list[str]) -> tuple[tuple, tuple]:
    """`oxigraph load` of the files into the default graph (one command, files in parallel), and into one
    named graph per file as gxkg's store holds them (one command per file, times summed, peak the largest)."""
    cli = str(Path(sys.executable).parent / "oxigraph")
    shutil.rmtree(work / "oxigraph", ignore_errors=True)
    default = run([cli, "load", "--location", str(work / "oxigraph"), "--file", *files])
    shutil.rmtree(work / "oxigraph", ignore_errors=True)
    each = [run([cli, "load", "--location", str(work / "oxigraph"), "--file", f, "--graph", f"https://w3id.org/gxkg/graph/{Path(f).stem}"])
            for f in files]
    shutil.rmtree(work / "oxigraph", ignore_errors=True)
    return default, (sum(r[0] for r in each), sum(r[1] for r in each), max(r[2] for r in each))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--triples", type=int, default=10_000_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dir", default="/tmp/gxkg-scale")
    ap.add_argument("--build-only", action="store_true", help="time the build against the baselines, no commands")
    args = ap.parse_args()
    work, big, env, gx = scaled_project(args.triples, args.dir)
    files = [str(big / "ontology" / "gxkg.ttl"), *map(str, sorted((big / "graph").glob("*.ttl")))]

    ox_load, ox_graphs = oxigraph_loads(work, files)
    shutil.rmtree(work / "store", ignore_errors=True)
    build = run(gx + ["--data", str(big), "store", "build", "--output", str(work / "store")], env)
    meta = json.loads((work / "store" / "gxkg-store.json").read_text(encoding="utf-8"))
    print(f"\n{'build, ' + str(meta['triples']) + ' triples':34} {'wall s':>7} {'CPU s':>7} {'MB':>6}")
    print(f"{'oxigraph load (default graph)':34} {fmt(ox_load)}")
    print(f"{'oxigraph load (a graph per file)':34} {fmt(ox_graphs)}")
    print(f"{'gxkg store build':34} {fmt(build)}   {build[0] / ox_load[0]:.2f}x / {build[0] / ox_graphs[0]:.2f}x wall, "
          f"{build[1] / ox_load[1]:.2f}x / {build[1] / ox_graphs[1]:.2f}x CPU")
    if args.build_only:
        return

    run(gx + ["store", "build"], env)
    big_store = ["--store", str(work / "store")]  # the store just built: not built a second time in the cache
    print(f"\n{'command (whole process)':34} {'shipped: wall s  CPU s     MB':>29} {'large: wall s  CPU s     MB':>29} {'wall x':>7}")
    for name, cmd in COMMANDS.items():
        small = median([run(gx + cmd, env) for _ in range(args.runs)])
        large = median([run(gx + big_store + cmd, env) for _ in range(args.runs)])
        print(f"{name:34} {' ' * 8}{fmt(small)} {' ' * 8}{fmt(large)} {large[0] / small[0]:7.2f}", flush=True)


if __name__ == "__main__":
    main()
