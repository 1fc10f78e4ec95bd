"""Counts that describe the graph: entities per class, relations per property, figures, evidence, sources."""

from __future__ import annotations

from collections import Counter

from .kg import KnowledgeGraph
from .namespaces import GXO, RDF, curie


def stats(kg: KnowledgeGraph, lang: str = "zh") -> dict:
    from .store.terms import iri

    per_class = Counter()
    for e in kg.entities:
        for t in kg.types(e):
            per_class[t] += 1
    per_rel = Counter(p for _, p, _ in kg.relations)
    kinds = [GXO.Observation, GXO.Indicator, GXO.Evidence, RDF.Statement]
    counts = {r["k"].value: int(r["n"].value) for r in kg.select("counts", values={"k": [iri(k) for k in kinds]})}
    per_source = {r["src"].value: int(r["n"].value) for r in kg.select("evidence-per-source")}
    kg.prefetch(list(per_class) + list(per_rel) + list(per_source))
    meta = getattr(kg.store, "meta", {}) or {}
    return {
        "classes": [{"iri": c, "curie": curie(c), "label": kg.label(c, lang), "count": n}
                    for c, n in sorted(per_class.items(), key=lambda x: (-x[1], x[0]))],
        "relations": [{"iri": p, "curie": curie(p), "label": kg.label(p, lang), "count": n}
                      for p, n in sorted(per_rel.items(), key=lambda x: (-x[1], x[0]))],
        "totals": {
            "triples": kg.store.triple_count(),
            "entities": len(kg.entities),
            "relations": len(kg.relations),
            "observations": counts.get(GXO.Observation, 0),
            "indicators": counts.get(GXO.Indicator, 0),
            "evidence": counts.get(GXO.Evidence, 0),
            "statements": counts.get(RDF.Statement, 0),
        },
        "files": {f["name"]: f["triples"] for f in meta.get("files", [])},
        "sources": [{"iri": s, "curie": curie(s), "title": kg.label(s, lang), "evidence": n}
                    for s, n in sorted(per_source.items())],
    }
