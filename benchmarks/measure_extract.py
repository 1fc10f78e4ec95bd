"""Precision and recall of `gxkg ingest` on articles with a hand-recorded expectation (issue 17).

    .venv/bin/python benchmarks/measure_extract.py tests/fixtures/articles/setaside/*.txt [-v]

Each ARTICLE.txt needs ARTICLE.expected.yaml beside it (date, publisher, the expected mentions, figures and
relations; format in gxkg.sources.evaluate). Every article is ingested alone into a fresh copy of the
shipped data, as `gxkg ingest` does, and scored: mentions (linked or proposed right), figures (every field
right: value, unit, about, indicator, period, qualifier), relations.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from gxkg.sources.evaluate import score  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("articles", nargs="+", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="list the misses and wrong proposals")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="gxkg-measure-"))
    totals = {}
    try:
        for d in ("ontology", "graph", "sources"):
            shutil.copytree(ROOT / d, tmp / d)
        env = dict(os.environ, GXKG_CACHE_DIR=str(tmp / "cache"))
        print(f"{'article':40} {'mentions':28} {'figures':28} {'relations':28}")
        for art in args.articles:
            exp = yaml.safe_load(art.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
            cmd = [sys.executable, "-m", "gxkg.cli", "--data", str(tmp), "ingest", str(art), "--date", exp["date"],
                   "--publisher", exp["publisher"], "--id", "measured", "--force", "-f", "json"]
            out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
            doc = json.loads(out[out.index("{"):])
            res = score(doc, exp)
            print(f"{art.stem[:40]:40} " + " ".join(f"{str(res[k]):28}" for k in ("mentions", "figures", "relations")))
            for k, sc in res.items():
                t = totals.setdefault(k, [0, 0, 0])
                t[0] += sc.right
                t[1] += sc.proposed
                t[2] += sc.expected
                if args.verbose:
                    for m in sc.misses:
                        print(f"    {k} missed: {m}")
                    for w in sc.wrong:
                        print(f"    {k} wrong:  {w}")
        print(f"{'all':40} " + " ".join(
            f"{f'P {r}/{p} ({r / max(p, 1):.0%}) R {r}/{e} ({r / max(e, 1):.0%})':28}"
            for r, p, e in (totals[k] for k in ("mentions", "figures", "relations"))))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
