"""Records shared by the CLI, the HTML view and the server: an entity's full record, result tables."""

from __future__ import annotations

from rdflib import Literal, URIRef

from rdflib.namespace import XSD

from .kg import KnowledgeGraph, _plain_decimal, format_value
from .namespaces import curie


def entity_record(kg: KnowledgeGraph, iri, lang: str = "zh") -> dict:
    """Everything `show` prints: labels, types, facts in and out, figures, evidence."""
    e = URIRef(iri)
    types = kg.types(e)
    obs = kg.observations(e, lang)
    for o in obs:
        o["display"] = format_value(o, lang)
    return {
        "iri": str(e),
        "curie": curie(e),
        "labels": kg.labels(e),
        "alt_labels": kg.alt_labels(e),
        "types": [str(t) for t in types],
        "type_curies": [curie(t) for t in types],
        "type_labels": [kg.label(t, lang) for t in types],
        "facts": kg.facts(e, lang),
        "observations": obs,
        "evidence": kg.entity_evidence(e),
    }


def result_table(kg: KnowledgeGraph, res, lang: str = "zh") -> tuple[list[str], list[list[str]]]:
    """SELECT results with IRIs shown as 'label (curie)' and literals as their text."""
    headers = [str(v) for v in res.vars]
    rows = []
    for b in res.bindings:
        row = []
        for v in res.vars:
            t = b.get(v)
            if t is None:
                row.append("")
            elif isinstance(t, URIRef):
                lab = kg.label(t, lang)
                cu = curie(t)
                row.append(lab if lab == cu else f"{lab} ({cu})")
            elif isinstance(t, Literal) and t.datatype == XSD.decimal:
                row.append(_plain_decimal(str(t)))
            else:
                row.append(str(t))
        rows.append(row)
    return headers, rows
