"""`gxkg ingest` as a whole process: an article of about 2,000 characters (target: under 2 s), and with
--bytes, long articles made by repeating the sample articles (time must grow linearly with length).

    .venv/bin/python benchmarks/bench_ingest.py [--runs 5]
    .venv/bin/python benchmarks/bench_ingest.py --bytes 1000000 2000000 [--runs 1]

The short article is the two sample articles in tests/fixtures/samples/ joined (about 1,500 characters)
plus the 2018 article's first paragraphs, so it has places, products, figures and documents to find.
A long article repeats the bodies of the two samples until it reaches the given size in UTF-8 bytes.
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

ROOT = Path(__file__).resolve().parents[1]


def sample_bodies() -> list[str]:
    """The bodies of the sample articles (without title, URL and rules)."""
    bodies = []
    for f in sorted((ROOT / "tests" / "fixtures" / "samples").glob("*.txt")):
        lines = f.read_text(encoding="utf-8").split("\n")
        bodies.append("\n".join(lines[3:-2]))
    return bodies


def long_article(n_bytes: int) -> str:
    """An article in the corpus layout whose file is about n_bytes of UTF-8: the sample bodies repeated."""
    head = f"长文基准\nhttps://example.org/bench-long\n{'-' * 40}\n"
    tail = f"\n{'=' * 40}\n"
    unit = "\n".join(sample_bodies()) + "\n"
    budget = n_bytes - len((head + tail).encode())
    reps, rest = divmod(budget, len(unit.encode()))
    body = unit * reps + unit.encode()[:rest].decode("utf-8", "ignore")
    return head + body.rstrip("\n") + tail


def _child_cpu() -> float:
    """User + system CPU seconds of the finished child processes (wall time varies with the machine's load)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=None, help="Runs per article (default 5; 1 with --bytes).")
    ap.add_argument("--bytes", type=int, nargs="*", metavar="N", help="Long articles of these sizes in bytes.")
    args = ap.parse_args()
    runs = args.runs or (1 if args.bytes else 5)
    tmp = Path(tempfile.mkdtemp(prefix="gxkg-ingest-"))
    try:
        for d in ("ontology", "graph", "sources"):
            shutil.copytree(ROOT / d, tmp / d)
        if args.bytes:
            articles = []
            for n in args.bytes:
                path = tmp / f"bench-long-{n}.txt"
                path.write_text(long_article(n), encoding="utf-8")
                articles.append(path)
        else:
            art = (ROOT / "graph" / "sources" / "000_344fe5bdacb1ee74.txt").read_text(encoding="utf-8").split("\n")[3:12]
            body = "\n".join(sample_bodies() + art)[:2000]
            path = tmp / "bench-article.txt"
            path.write_text(f"基准文章\nhttps://example.org/bench\n{'-' * 40}\n{body}\n{'=' * 40}\n", encoding="utf-8")
            articles = [path]
        env = dict(os.environ, GXKG_CACHE_DIR=str(tmp / "cache"))
        if args.bytes:  # long articles pass the size limit; the short one runs under the default limit
            env["GXKG_INGEST_MAX_BYTES"] = str(max(args.bytes) + 1)

        def cmd(article):
            return [sys.executable, "-m", "gxkg.cli", "--data", str(tmp), "ingest", str(article), "--date", "2020-01-01",
                    "--publisher", "bench", "--force"]

        subprocess.run([sys.executable, "-m", "gxkg.cli", "--data", str(tmp), "search", "柳州"], env=env, check=True,
                       capture_output=True)  # builds the store once
        for article in articles:
            size = article.stat().st_size
            chars = len(article.read_text(encoding="utf-8"))
            times, cpu = [], []
            for _ in range(runs):
                t = time.perf_counter()
                c = _child_cpu()
                done = subprocess.run(cmd(article), env=env, capture_output=True, text=True)
                if done.returncode:
                    sys.exit(f"ingest failed (exit {done.returncode}): {done.stderr.strip()[-300:]}")
                times.append(time.perf_counter() - t)
                cpu.append(_child_cpu() - c)
            print(f"gxkg ingest, {chars}-character article ({size} bytes), whole process: median "
                  f"{statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f}, {runs} runs); "
                  f"CPU time median {statistics.median(cpu):.2f} s", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
