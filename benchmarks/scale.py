"""A graph of about N triples in the shipped graph's shape, for the scale benchmarks.

    .venv/bin/python benchmarks/scale.py OUT_DIR [--triples 1000000]

OUT_DIR gets ontology/ (the real one) and graph/ holding the shipped files plus `replicas.ttl`: copies
of every instance triple with each gxr: IRI moved under gxr:cK/ and each name suffixed " K", so the
shipped names still resolve to the shipped entities and every copy has the same degrees and paths.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
GXR = "https://w3id.org/gxkg/resource/"
NAMES = {"http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel",
         "https://w3id.org/gxkg/ontology#pinyin"}


def copy_triple(t, k: int, move):
    """Triple t as copy k: names suffixed " k", other terms through move(term, k)."""
    o = t.object
    if t.predicate.value in NAMES and isinstance(o, ox.Literal):
        o = ox.Literal(f"{o.value} {k}", language=o.language) if o.language else ox.Literal(f"{o.value} {k}")
    else:
        o = move(o, k)
    return ox.Triple(move(t.subject, k), t.predicate, o)


def make(out: Path, triples: int = 1_000_000) -> Path:
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(ROOT / "ontology", out / "ontology")
    shutil.copytree(ROOT / "graph", out / "graph")
    base = []
    for f in sorted((ROOT / "graph").glob("*.ttl")):
        base += list(ox.parse(path=str(f), format=ox.RdfFormat.TURTLE))
    onto = sum(1 for _ in ox.parse(path=str(ROOT / "ontology" / "gxkg.ttl"), format=ox.RdfFormat.TURTLE))
    copies = max(0, (triples - onto) // len(base) - 1)

    def move(t, k):
        if isinstance(t, ox.NamedNode) and t.value.startswith(GXR):
            return ox.NamedNode(f"{GXR}c{k}/{t.value[len(GXR):]}")
        if isinstance(t, ox.BlankNode):
            return ox.BlankNode(f"{t.value}c{k}")
        return t

    def gen():
        for k in range(1, copies + 1):
            for t in base:
                yield copy_triple(t, k, move)

    ox.serialize(gen(), output=str(out / "graph" / "replicas.ttl"), format=ox.RdfFormat.N_TRIPLES)
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--triples", type=int, default=1_000_000)
    a = ap.parse_args()
    print(make(Path(a.out), a.triples))
