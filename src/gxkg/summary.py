"""Counts that describe a whole graph (entities per class, relations per property, figures, evidence per
source), computed once with aggregate queries when a store is built and kept beside it, so `stats` and
`list` cost the same on ten million triples as on the shipped graph."""

from __future__ import annotations

import json
import os
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
    save(store_dir, compute(kg))


def save(store_dir: Path, data: dict) -> None:
    path = Path(store_dir) / SUMMARY_FILE
    tmp = path.with_name(f".{SUMMARY_FILE}.{os.getpid()}")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def from_staging(con, vocabulary) -> dict:
    """compute()'s counts, less the triples, from the rows the name index build stages from the files
    (gxkg.names: raw_types, raw_blank_types, raw_edges, raw_sources in SQLite): the same definitions as the
    summary queries, for a store being built, where those queries cost minutes at ten million triples."""
    ents = sorted(t.iri for t in vocabulary.entity_classes.values())
    marks = ",".join("?" * len(ents))
    con.execute(f"CREATE TEMP TABLE ents AS SELECT DISTINCT iri FROM raw_types WHERE t IN ({marks})", ents)
    con.execute("CREATE UNIQUE INDEX temp.ents_iri ON ents(iri)")
    typed = "SELECT iri AS x, t FROM raw_types UNION ALL SELECT node, t FROM raw_blank_types"
    kinds = [str(k) for k in KINDS]
    return {
        "classes": dict(con.execute("SELECT t, COUNT(DISTINCT iri) FROM raw_types WHERE iri IN ents GROUP BY t")),
        "relations": dict(con.execute("SELECT p, COUNT(*) FROM (SELECT DISTINCT s, p, o FROM raw_edges "
                                      "WHERE s IN ents AND o IN ents) GROUP BY p")),
        "entities": con.execute("SELECT COUNT(*) FROM ents").fetchone()[0],
        "kinds": dict(con.execute(f"SELECT t, COUNT(DISTINCT x) FROM ({typed}) WHERE t IN ({','.join('?' * len(kinds))}) "
                                  "GROUP BY t", kinds)),
        "sources": dict(con.execute(f"SELECT src, COUNT(DISTINCT ev) FROM raw_sources WHERE ev IN "
                                    f"(SELECT x FROM ({typed}) WHERE t = ?) GROUP BY src", (str(GXO.Evidence),))),
    }


def add_triples(store_dir: Path, triples: int) -> None:
    """The loaded store's triple count, added to the summary the files gave."""
    save(store_dir, {**json.loads((Path(store_dir) / SUMMARY_FILE).read_text(encoding="utf-8")), "triples": triples})


def read(store_dir: Path | None) -> dict | None:
    """The summary kept beside a store, or None (a remote store, an older store, a damaged file)."""
    if store_dir is None:
        return None
    try:
        data = json.loads((Path(store_dir) / SUMMARY_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and {"classes", "relations", "entities", "kinds", "sources"} <= data.keys() else None
