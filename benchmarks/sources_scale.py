"""A project of N sources in the shipped graph's shape, for the validate and build benchmarks.

    .venv/bin/python benchmarks/sources_scale.py OUT_DIR [--sources 200] [--drafts]

The shipped source's graph file is cut into 20 parts by subject (about 220 triples each, the size of a
short article's graph); copy K of part J becomes graph/src-K-J.ttl with every non-place gxr: IRI moved
under gxr:cK/ and every name suffixed " K". Places of the division data stay shared, as real sources share them, and quotes
still point at the shipped article text, so every check has real work to do.

With --drafts the project holds N reviewed drafts instead (for `gxkg build` and `gxkg sources`): copies
of the shipped draft, each under its own source id, reading the same article text. With --articles the
copies are of short articles' drafts (the test fixtures' sample articles, ingested and every proposal
accepted except ambiguous names: about 150 triples each, a news article's size, where the shipped draft is
a long feature of 1,695).
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


def make_drafts(out: Path, sources: int = 200, articles: bool = False) -> Path:
    """A project of `sources` drafts: the shipped draft (or, with articles, the short articles' drafts in
    turn) under ids <id>-c0001 ... (graph/ as shipped)."""
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    for d in ("ontology", "graph"):
        shutil.copytree(ROOT / d, out / d)
    (out / "sources").mkdir()
    seeds = _article_drafts(out.with_name(out.name + "-seeds")) if articles else sorted((ROOT / "sources").glob("*.yaml"))[:1]
    texts = [(seed.stem, seed.read_text(encoding="utf-8")) for seed in seeds]
    for n in range(1, sources + 1):
        stem, text = texts[n % len(texts)]
        sid = f"{stem}-c{n:04d}"
        copy = text.replace(stem, sid).replace(f"file: {sid}.txt", f"file: {stem}.txt")  # all read one text
        (out / "sources" / f"{sid}.yaml").write_text(copy, encoding="utf-8")
    if articles:  # the shipped draft too: the articles' drafts name entities it introduces
        shutil.copytree(seeds[0].parents[1] / "graph" / "sources", out / "graph" / "sources", dirs_exist_ok=True)
        for f in (ROOT / "sources").glob("*.yaml"):
            shutil.copy(f, out / "sources" / f.name)
    return out


def _article_drafts(work: Path) -> list[Path]:
    """The test fixtures' sample articles ingested into a scratch project, every proposal accepted but names
    left ambiguous (a build refuses those until a person chooses): reviewed drafts of news-article size."""
    import subprocess

    import yaml

    gxkg = [str(Path(sys.executable).parent / "gxkg"), "--data", str(work)]
    shutil.rmtree(work, ignore_errors=True)
    for d in ("ontology", "graph"):
        shutil.copytree(ROOT / d, work / d)
    (work / "sources").mkdir()
    for f in sorted((ROOT / "tests" / "fixtures" / "samples").glob("*.txt")):
        subprocess.run([*gxkg, "ingest", str(f), "--date", "2019-06-01", "--publisher", "fixture"], check=True,
                       capture_output=True)
    drafts = sorted((work / "sources").glob("*.yaml"))
    for d in drafts:
        subprocess.run([*gxkg, "accept", d.stem, "--all"], check=True, capture_output=True)
        doc = yaml.safe_load(d.read_text(encoding="utf-8"))
        vague = [m["id"] for m in doc.get("mentions") or [] if not m.get("iri") and len(m.get("candidates") or []) > 1]
        if vague:
            subprocess.run([*gxkg, "reject", d.stem, *vague], check=True, capture_output=True)
    return drafts


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--sources", type=int, default=200)
    ap.add_argument("--drafts", action="store_true")
    ap.add_argument("--articles", action="store_true", help="with --drafts: copies of short articles' drafts")
    a = ap.parse_args()
    print(make_drafts(Path(a.out), a.sources, a.articles) if a.drafts else make(Path(a.out), a.sources))
