"""A project of N sources in the shipped graph's shape, for the validate and build benchmarks.

    .venv/bin/python benchmarks/sources_scale.py OUT_DIR [--sources 200] [--drafts]

The shipped source's graph file is cut into 20 parts by subject (about 220 triples each, the size of a
short article's graph); copy K of part J becomes graph/src-K-J.ttl with every non-place gxr: IRI moved
under gxr:cK/ and every name suffixed " K". Places of the division data stay shared, as real sources share them, and quotes
still point at the shipped article text, so every check has real work to do.

With --drafts the project holds N reviewed drafts instead (for `gxkg build` and `gxkg sources`): copies
of the shipped draft, each under its own source id, reading the same article text.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).parent))
from scale import copy_triple  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GXR = "https://w3id.org/gxkg/resource/"
PARTS = 20
DIVISION = re.compile(r"place/\d+$")  # places of the division data, shared by every source


def make(out: Path, sources: int = 200) -> Path:
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    for d in ("ontology", "graph", "sources"):
        shutil.copytree(ROOT / d, out / d)
    seed = sorted((ROOT / "graph").glob("sina-*.ttl"))[0]
    by_subject = defaultdict(list)
    for t in ox.parse(path=str(seed), format=ox.RdfFormat.TURTLE):
        by_subject[t.subject.value].append(t)
    subjects = sorted(by_subject)
    parts = [subjects[j::PARTS] for j in range(PARTS)]

    def move(t, k):
        if isinstance(t, ox.NamedNode) and t.value.startswith(GXR) and not DIVISION.match(t.value, len(GXR)):
            return ox.NamedNode(f"{GXR}c{k}/{t.value[len(GXR):]}")
        return t

    for n in range(sources):
        k, j = divmod(n, PARTS)
        k += 1
        triples = [copy_triple(t, k, move) for s in parts[j] for t in by_subject[s]]
        ox.serialize(triples, output=str(out / "graph" / f"src-{k:03d}-{j:02d}.ttl"), format=ox.RdfFormat.TURTLE)
    return out


def make_drafts(out: Path, sources: int = 200) -> Path:
    """A project of `sources` drafts: the shipped draft under ids <id>-c0001 ... (graph/ as shipped)."""
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    for d in ("ontology", "graph"):
        shutil.copytree(ROOT / d, out / d)
    (out / "sources").mkdir()
    seed = sorted((ROOT / "sources").glob("*.yaml"))[0]
    text = seed.read_text(encoding="utf-8")
    for n in range(1, sources + 1):
        sid = f"{seed.stem}-c{n:04d}"
        (out / "sources" / f"{sid}.yaml").write_text(text.replace(seed.stem, sid), encoding="utf-8")
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--sources", type=int, default=200)
    ap.add_argument("--drafts", action="store_true")
    a = ap.parse_args()
    print((make_drafts if a.drafts else make)(Path(a.out), a.sources))
