"""`gxkg ingest` of an article of about 2,000 characters, as a whole process (target: under 2 s).

    .venv/bin/python benchmarks/bench_ingest.py [--runs 5]

The article is the two sample articles in tests/fixtures/samples/ joined (about 1,500 characters) plus
the 2018 article's first paragraphs, so it has places, products, figures and documents to find.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="gxkg-ingest-"))
    try:
        for d in ("ontology", "graph", "sources"):
            shutil.copytree(ROOT / d, tmp / d)
        bodies = []
        for f in sorted((ROOT / "tests" / "fixtures" / "samples").glob("*.txt")):
            lines = f.read_text(encoding="utf-8").split("\n")
            bodies.append("\n".join(lines[3:-2]))
        art = (ROOT / "graph" / "sources" / "000_344fe5bdacb1ee74.txt").read_text(encoding="utf-8").split("\n")[3:12]
        body = "\n".join(bodies + art)[:2000]
        article = tmp / "bench-article.txt"
        article.write_text(f"基准文章\nhttps://example.org/bench\n{'-' * 40}\n{body}\n{'=' * 40}\n", encoding="utf-8")
        env = dict(os.environ, GXKG_CACHE_DIR=str(tmp / "cache"))
        cmd = [sys.executable, "-m", "gxkg.cli", "--data", str(tmp), "ingest", str(article), "--date", "2020-01-01",
               "--publisher", "bench", "--force"]
        subprocess.run(cmd, env=env, check=True, capture_output=True)  # builds the store once
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - t)
        print(f"gxkg ingest, {len(body)}-character article, whole process: median {statistics.median(times):.2f} s "
              f"(min {min(times):.2f}, max {max(times):.2f}, {args.runs} runs)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
