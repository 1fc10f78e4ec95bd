"""`gxkg validate` as a project grows: cold, unchanged, and after one source changed.

    .venv/bin/python benchmarks/bench_validate.py [--sources 200 1000]

Each project is made by benchmarks/sources_scale.py (parts of the shipped source, relabelled). Every run
is a whole process with its own cache folder; times are wall and CPU seconds (user + system), memory
the peak RSS. The shipped
graph (1 source) is the baseline each row is compared with.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from sources_scale import make  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GXKG = str(Path(sys.executable).parent / "gxkg")


def run(data: Path, cache: Path) -> tuple[float, float, float]:
    """(wall s, peak RSS MB, CPU s: user + system of the process and its children)."""
    env = dict(os.environ, GXKG_CACHE_DIR=str(cache))
    t = time.perf_counter()
    p = subprocess.Popen([GXKG, "--data", str(data), "validate"], env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    dt = time.perf_counter() - t
    if status != 0:
        raise RuntimeError(f"validate of {data} failed: {p.stderr.read().decode()}")
    return dt, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def touch_one(data: Path) -> None:
    """Change one source's graph file: one entity's English name."""
    f = sorted((data / "graph").glob("src-*.ttl"))[0]
    text = f.read_text(encoding="utf-8")
    i = text.index('"@en')
    f.write_text(text[:i] + " (changed)" + text[i:], encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sources", type=int, nargs="+", default=[200, 1000])
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base = run(ROOT, tmp / "c0")
        print(f"{'project':<14} {'cold: wall, CPU, peak':>24} {'unchanged':>24} {'one changed':>24}")
        print(f"{'shipped (1)':<14} {base[0]:>7.1f} s {base[2]:>6.1f} s {base[1]:>4.0f} MB")
        for n in a.sources:
            data = make(tmp / f"p{n}", n)
            cache = tmp / f"c{n}"
            cold = run(data, cache)
            warm = run(data, cache)
            touch_one(data)
            one = run(data, cache)
            print(f"{f'{n} sources':<14} " + " ".join(f"{t:>7.1f} s {c:>6.1f} s {m:>4.0f} MB" for t, m, c in (cold, warm, one))
                  + f"   cold {cold[0] / base[0]:.1f}x shipped", flush=True)


if __name__ == "__main__":
    main()
