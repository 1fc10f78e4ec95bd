"""How long hostile input holds the server and the CLI (issue 15, findings 1 and 6).

    .venv/bin/python benchmarks/bench_hostile.py [--timeout 5] [--skip-old]

Times, against a real `gxkg serve --timeout T` on a loopback port: one 60 KB request of the shape that made
the old query checks backtrack (a run of word characters), one ~1 MB request of that shape, and a /search
sent while forty 500-character questions are asked at once; then `gxkg sparql --timeout T` with the 60 KB
query. The bare query checks on 12 KB, 60 KB and 1 MB texts are timed in-process (with --skip-old the
old scanner is not timed; it needs minutes at 60 KB).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

# the scanner before issue 15 (for comparison only)
OLD_TOKENS = re.compile(
    r'("""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*)'
    r"|([?$][\w]+)"
    r"|([A-Za-z][\w-]*)?:((?:[\w-]|\\/|/|\.(?=[\w-]))*[\w-])?"
    r"|([A-Za-z_]+)"
    r"|(\{)")


def hostile(n: int) -> str:
    head = "SELECT * WHERE { ?s ?p ?o } "
    return head + "a1" * ((n - len(head)) // 2)


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def checks(skip_old: bool) -> None:
    from gxkg.namespaces import PREFIX_MAP
    from gxkg.store.sparql import check_dataset, expand_slash_curies, query_form

    for n in (12_000, 60_000, 1_000_000):
        q = hostile(n)

        def new():
            expand_slash_curies(q, PREFIX_MAP)
            try:
                query_form(q)
                check_dataset(q, [])
            except Exception:  # noqa: BLE001 - only the time matters here
                pass

        t, _ = timed(new)
        line = f"checks on {n:>9,} chars: {t:8.3f} s (three passes)"
        if not skip_old and n <= 12_000:
            t_old, _ = timed(lambda: sum(1 for _ in OLD_TOKENS.finditer(q)))
            line += f"; old scanner, one pass: {t_old:.3f} s"
        print(line)


def server(timeout: float) -> None:
    from test_server import Server

    s = Server("--timeout", str(timeout), cache=tempfile.mkdtemp())
    try:
        for n in (60_000, 999_000):
            t, r = timed(lambda: httpx.post(s.base + "/sparql", content=hostile(n).encode(), timeout=3600,
                                            headers={"Content-Type": "application/sparql-query"}))
            print(f"server, one {n:,}-byte request: {t:.2f} s -> {r.status_code} {r.text.strip()[:70]}")
        q = ("What were the sales of Liuzhou river-snail rice noodles in 2017? " * 8)[:500]
        with concurrent.futures.ThreadPoolExecutor(41) as pool:
            asks = [pool.submit(httpx.get, s.base + "/ask", params={"q": q}, timeout=600) for _ in range(40)]
            time.sleep(0.3)
            t, r = timed(lambda: httpx.get(s.base + "/search", params={"q": "柳州"}, timeout=600))
            texts = [f.result().text for f in asks]
        busy = sum("busy" in x for x in texts)
        late = sum("longer than" in x for x in texts)
        print(f"server, /search during 40 questions of 500 characters: {t:.2f} s -> {r.status_code}; "
              f"questions: {busy} refused busy, {late} past --timeout (503), {40 - busy - late} answered")
    finally:
        s.stop()


def cli(timeout: float) -> None:
    t, r = timed(lambda: subprocess.run([sys.executable, "-m", "gxkg.cli", "sparql", "--timeout", str(timeout),
                                         hostile(60_000)], capture_output=True, text=True, timeout=3600,
                                        env=dict(os.environ, GXKG_CACHE_DIR=tempfile.mkdtemp())))
    print(f"cli, gxkg sparql with a 60 KB query: {t:.2f} s (includes the store build) -> exit {r.returncode}: "
          f"{r.stderr.strip().splitlines()[-1][:70]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--timeout", type=float, default=5.0)
    ap.add_argument("--skip-old", action="store_true")
    a = ap.parse_args()
    checks(a.skip_old)
    server(a.timeout)
    cli(a.timeout)


if __name__ == "__main__":
    main()
