"""Counts that describe the graph: entities per class, relations per property, figures, evidence, sources."""

from __future__ import annotations

from collections import Counter

from rdflib import RDF
from rdflib.namespace import DCTERMS

from .kg import KnowledgeGraph
from .namespaces import GXO, curie


def stats(kg: KnowledgeGraph, lang: str = "zh") -> dict:
    g = kg.graph
    per_class = Counter()
    for e in kg.entities:
        for t in kg.types(e):
            per_class[t] += 1
    per_rel = Counter(p for _, p, _ in kg.relations)
    evidence = set(g.subjects(RDF.type, GXO.Evidence))
    per_source = Counter(g.value(ev, DCTERMS.source) for ev in evidence)
    return {
        "classes": [{"iri": str(c), "curie": curie(c), "label": kg.label(c, lang), "count": n}
                    for c, n in sorted(per_class.items(), key=lambda x: (-x[1], str(x[0])))],
        "relations": [{"iri": str(p), "curie": curie(p), "label": kg.label(p, lang), "count": n}
                      for p, n in sorted(per_rel.items(), key=lambda x: (-x[1], str(x[0])))],
        "totals": {
            "triples": len(g),
            "entities": len(kg.entities),
            "relations": len(kg.relations),
            "observations": len(set(g.subjects(RDF.type, GXO.Observation))),
            "indicators": len(set(g.subjects(RDF.type, GXO.Indicator))),
            "evidence": len(evidence),
            "statements": len(set(g.subjects(RDF.type, RDF.Statement))),
        },
        "files": dict(kg.file_triples),
        "sources": [{"iri": str(s), "curie": curie(s), "title": kg.label(s, lang), "evidence": n}
                    for s, n in sorted(per_source.items(), key=lambda x: str(x[0]))],
    }
