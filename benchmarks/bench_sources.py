"""`gxkg sources` and `gxkg build` as the number of reviewed drafts grows.

    .venv/bin/python benchmarks/bench_sources.py [--sources 200 1000] [--no-build] [--articles]

Each project is made by benchmarks/sources_scale.py --drafts (copies of the shipped draft under their own
ids; with --articles, copies of short news articles' drafts, the shipped draft beside them). `sources` runs cold (its index empty), unchanged, and after one draft changed; `build` runs once.
Every run is a whole process with its own cache folder: wall and CPU seconds (user + system), peak RSS.
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
from sources_scale import make_drafts  # noqa: E402

GXKG = str(Path(sys.executable).parent / "gxkg")


def run(data: Path, cache: Path, *cmd: str) -> tuple[float, float, float]:
    env = dict(os.environ, GXKG_CACHE_DIR=str(cache))
    t = time.perf_counter()
    p = subprocess.Popen([GXKG, "--data", str(data), *cmd], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    if status != 0:
        raise RuntimeError(f"{cmd} on {data} failed: {p.stderr.read().decode()[-2000:]}")
    return time.perf_counter() - t, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sources", type=int, nargs="+", default=[200, 1000])
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--articles", action="store_true", help="drafts of news-article size, not the long shipped one")
    a = ap.parse_args()
    show = lambda r: f"{r[0]:7.1f} s {r[1]:6.1f} s {r[2]:4.0f} MB"  # noqa: E731
    print(f"{'drafts':<8} {'sources cold: wall, CPU, peak':>29} {'unchanged':>24} {'one changed':>24} {'build':>24}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in a.sources:
            data, cache = make_drafts(Path(tmp) / f"d{n}", n, a.articles), Path(tmp) / f"c{n}"
            time.sleep(2.1)  # past the racy window: the index keeps what it reads
            cold, warm = run(data, cache, "sources"), run(data, cache, "sources")
            one = sorted((data / "sources").glob("*.yaml"))[0]
            one.write_text(one.read_text(encoding="utf-8").replace("status: accepted", "status: rejected", 1), encoding="utf-8")
            changed = run(data, cache, "sources")
            built = "" if a.no_build else show(run(data, cache, "build"))
            print(f"{n:<8} {show(cold):>29} {show(warm):>24} {show(changed):>24} {built:>24}", flush=True)


if __name__ == "__main__":
    main()
