"""Counts that describe a whole graph (entities per class, relations per property, figures, evidence per
source), computed once with aggregate queries when a store is built and kept beside it, so `stats` and
`list` cost the same on ten million triples as on the shipped graph."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from .namespaces import GXO, RDF

SUMMARY_FILE = "summary.json"
KINDS = [GXO.Observation, GXO.Indicator, GXO.Evidence, RDF.Statement]


def compute(kg) -> dict:
    """The summary from aggregate queries on kg's store (one query per kind of count)."""
    from .store.terms import iri

    ents = kg._entity_values()
    classes = {r["t"].value: int(r["n"].value) for r in kg.select("summary-classes", among=ents)}
    rels = {r["p"].value: int(r["n"].value)
            for r in kg.select("summary-relations", among={**kg._entity_values("c"), **kg._entity_values("d")})}
    entities = kg.select("summary-entities", among=ents)
    kinds = {r["k"].value: int(r["n"].value) for r in kg.select("counts", values={"k": [iri(k) for k in KINDS]})}
    sources = {r["src"].value: int(r["n"].value) for r in kg.select("evidence-per-source")}
    return {"classes": classes, "relations": rels, "entities": int(entities[0]["n"].value) if entities else 0,
            "kinds": kinds, "sources": sources, "triples": kg.store.triple_count()}


def write(store_dir: Path, kg) -> None:
    """Compute the summary and write it beside a freshly built store (atomically)."""
    path = Path(store_dir) / SUMMARY_FILE
    tmp = path.with_name(f".{SUMMARY_FILE}.{os.getpid()}")
    tmp.write_text(json.dumps(compute(kg), ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def start(store_dir: Path):
    """Compute and write the summary of the (closed, complete) store at store_dir in a child process, which
    reads it read-only while the caller builds the name index: the build uses a second core."""
    import subprocess

    return subprocess.Popen([sys.executable, "-m", "gxkg.summary", str(store_dir)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def finish(child, store_dir: Path, kg) -> None:
    """Wait for start's child; if it failed (killed, out of memory), compute the summary here instead."""
    child.wait()
    if child.returncode != 0 or read(store_dir) is None:
        write(store_dir, kg)


def read(store_dir: Path | None) -> dict | None:
    """The summary kept beside a store, or None (a remote store, an older store, a damaged file)."""
    if store_dir is None:
        return None
    try:
        data = json.loads((Path(store_dir) / SUMMARY_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and {"classes", "relations", "entities", "kinds", "sources"} <= data.keys() else None


if __name__ == "__main__":  # summary.start's child: python -m gxkg.summary STORE_DIR
    import pyoxigraph as ox

    from .kg import KnowledgeGraph
    from .namespaces import PREFIX_MAP
    from .store.embedded import EmbeddedStore

    write(Path(sys.argv[1]), KnowledgeGraph(EmbeddedStore(ox.Store.read_only(sys.argv[1]), prefixes=PREFIX_MAP)))
