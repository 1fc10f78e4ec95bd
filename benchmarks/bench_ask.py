"""Whole-process time of `gxkg ask`, as a user runs it: a fresh process per question, the store built
first (as a user's first command builds it). Issue 20 asks for a median of at most 0.6 s.

    .venv/bin/python benchmarks/bench_ask.py [--runs 3]

Questions of every kind in both languages (one of each intent's registered examples, and refusals);
prints the median, the slowest and the median of a bare `gxkg --help` for comparison (the process start).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GXKG = str(Path(sys.executable).with_name("gxkg"))


CPU: list[float] = []
# As on a user's machine, Python keeps its bytecode cache: a sandbox that sets PYTHONDONTWRITEBYTECODE would
# otherwise compile every module from source in every process (0.1-0.2 s of each run).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(args: list[str]) -> float:
    """Wall time of one process; its CPU time (user + system) goes to CPU, for a loaded machine."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([GXKG, *args], cwd=ROOT, capture_output=True, check=False, env=ENV)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    runs = ap.parse_args().runs
    from gxkg.ask import INTENTS

    questions = [qs[0] for i in INTENTS for qs in i.examples.values()] + ["越南和广西之间的贸易额是多少？",
                                                                         "What is the capital of France?"]
    import compileall

    import gxkg

    compileall.compile_dir(Path(gxkg.__file__).parent, quiet=1)  # the bytecode pip writes on install
    timed(["ask", questions[0]])  # the store and the name index, once
    CPU.clear()
    times = {q: [timed(["ask", q]) for _ in range(runs)] for q in questions}
    cpu = statistics.median(CPU)
    meds = {q: statistics.median(ts) for q, ts in times.items()}
    base = statistics.median(timed(["--help"]) for _ in range(runs))
    overall = statistics.median(t for ts in times.values() for t in ts)
    slow = max(meds, key=meds.get)
    print(f"gxkg ask, {len(questions)} questions x {runs} runs: median {overall:.3f} s "
          f"(slowest question {meds[slow]:.3f} s: {slow}); CPU time median {cpu:.3f} s; gxkg --help {base:.3f} s")


if __name__ == "__main__":
    main()
