"""Per-engine time ratios: the read commands of tests/test_engine_comparison.py on the embedded store, an
`oxigraph serve-read-only` endpoint and Virtuoso open source, each loaded by `gxkg store push`.

    .venv/bin/python benchmarks/bench_engines.py [--runs 3]

Each command runs in process (click's runner, as the tests run it), `--runs` times per backend; a command's
ratio is its median time on an engine over its median on the embedded store. Prints each command's times and
the median ratio per engine. The servers are started on loopback ports with their own data folders (the
tests' own start-up code) and stopped at the end.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import conftest  # noqa: E402  (the tests' start-up of the engines)
from test_engine_comparison import COMMANDS  # noqa: E402


def oxigraph(folder: Path) -> tuple[str, list]:
    port = conftest.free_port()
    rw = conftest.start_oxigraph("serve", folder, port)
    try:
        subprocess.run([sys.executable, "-m", "gxkg.cli", "store", "push", f"http://127.0.0.1:{port}/store"],
                       check=True, capture_output=True)
    finally:
        rw.terminate()
        rw.wait(10)
    ro = conftest.start_oxigraph("serve-read-only", folder, port)
    return f"http://127.0.0.1:{port}/query", [ro]


def virtuoso(folder: Path) -> tuple[str, list]:
    proc, port = conftest.start_virtuoso(folder)
    env = {**os.environ, "GXKG_ENDPOINT_USER": "dba", "GXKG_ENDPOINT_PASSWORD": "dba"}
    subprocess.run([sys.executable, "-m", "gxkg.cli", "store", "push", f"http://127.0.0.1:{port}/sparql-graph-crud-auth"],
                   check=True, capture_output=True, env=env)
    return f"http://127.0.0.1:{port}/sparql", [proc]


def timed(runner, main, args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        runner.invoke(main, args)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    opts = ap.parse_args()
    from click.testing import CliRunner

    from gxkg.cli import main as cli

    runner = CliRunner()
    procs = []
    with tempfile.TemporaryDirectory(prefix="gxkg-bench-engines-") as tmp:
        os.environ["GXKG_CACHE_DIR"] = str(Path(tmp) / "cache")
        try:
            engines = {}
            for name, start in (("oxigraph", oxigraph), ("virtuoso", virtuoso)):
                (Path(tmp) / name).mkdir()
                url, ps = start(Path(tmp) / name)
                engines[name], procs = url, procs + ps
            runner.invoke(cli, ["stats"])  # the embedded store is built before timing
            ratios = {name: [] for name in engines}
            print(f"{'command':58} {'embedded':>9} " + " ".join(f"{n:>9}" for n in engines))
            for args in COMMANDS:
                base = timed(runner, cli, args, opts.runs)
                row = []
                for name, url in engines.items():
                    t = timed(runner, cli, ["--endpoint", url, *args], opts.runs)
                    ratios[name].append(t / base)
                    row.append(t)
                label = " ".join(args)[:58]
                print(f"{label:58} {base:9.3f} " + " ".join(f"{t:9.3f}" for t in row))
            for name, rs in ratios.items():
                print(f"{name}: median {statistics.median(rs):.2f}x the embedded time over {len(rs)} commands "
                      f"(quartiles {statistics.quantiles(rs, n=4)[0]:.2f}x-{statistics.quantiles(rs, n=4)[2]:.2f}x)")
        finally:
            for p in procs:
                p.terminate()
                try:
                    p.wait(30)
                except subprocess.TimeoutExpired:
                    p.kill()


if __name__ == "__main__":
    main()
