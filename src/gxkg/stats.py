"""Counts that describe the graph: entities per class, relations per property, figures, evidence, sources.

Read from the summary kept beside the store (gxkg.summary), so the cost does not grow with the graph."""

from __future__ import annotations

from .kg import KnowledgeGraph
from .namespaces import GXO, RDF, curie

SOURCES_SHOWN = 20  # the most-cited sources listed; `gxkg sources` lists them all


def stats(kg: KnowledgeGraph, lang: str = "zh") -> dict:
    s = kg.summary
    per_class, per_rel, kinds = s["classes"], s["relations"], s["kinds"]
    per_source = sorted(s["sources"].items(), key=lambda x: (-x[1], x[0]))
    shown = per_source[:SOURCES_SHOWN]
    kg.prefetch(list(per_class) + list(per_rel) + [src for src, _ in shown])
    meta = getattr(kg.store, "meta", {}) or {}
    return {
        "classes": [{"iri": c, "curie": curie(c), "label": kg.label(c, lang), "count": n}
                    for c, n in sorted(per_class.items(), key=lambda x: (-x[1], x[0]))],
        "relations": [{"iri": p, "curie": curie(p), "label": kg.label(p, lang), "count": n}
                      for p, n in sorted(per_rel.items(), key=lambda x: (-x[1], x[0]))],
        "totals": {
            "triples": s.get("triples") or kg.store.triple_count(),
            "entities": s["entities"],
            "relations": sum(per_rel.values()),
            "observations": kinds.get(GXO.Observation, 0),
            "indicators": kinds.get(GXO.Indicator, 0),
            "evidence": kinds.get(GXO.Evidence, 0),
            "statements": kinds.get(RDF.Statement, 0),
            "sources": len(per_source),
        },
        "files": {f["name"]: f["triples"] for f in meta.get("files", [])},
        "sources": [{"iri": src, "curie": curie(src), "title": kg.label(src, lang), "evidence": n} for src, n in shown],
        "sources_not_listed": len(per_source) - len(shown),
    }
