"""Records shared by the CLI, the HTML view and the server: an entity's full record, result tables."""

from __future__ import annotations

from .kg import KnowledgeGraph, _plain_decimal, format_value
from .namespaces import XSD, curie


def entity_record(kg: KnowledgeGraph, iri, lang: str = "zh") -> dict:
    """Everything `show` prints: labels, types, facts in and out, figures, evidence."""
    e = str(iri)
    types = kg.types(e)
    kg.prefetch([e, *types])
    obs = kg.observations(e, lang)
    for o in obs:
        o["display"] = format_value(o, lang)
    return {
        "iri": e,
        "curie": curie(e),
        "labels": kg.labels(e),
        "alt_labels": kg.alt_labels(e),
        "types": types,
        "type_curies": [curie(t) for t in types],
        "type_labels": [kg.label(t, lang) for t in types],
        "facts": kg.facts(e, lang),
        "observations": obs,
        "evidence": kg.entity_evidence(e),
    }


def result_table(kg: KnowledgeGraph, answer, lang: str = "zh") -> tuple[list[str], list[list[str]]]:
    """A SELECT answer with IRIs shown as 'label (curie)' and literals as their text."""
    import pyoxigraph as ox

    headers, table = answer.solutions()
    kg.prefetch({t.value for row in table for t in row if isinstance(t, ox.NamedNode)})
    rows = []
    for r in table:
        row = []
        for t in r:
            if t is None:
                row.append("")
            elif isinstance(t, ox.NamedNode):
                lab = kg.label(t.value, lang)
                cu = curie(t.value)
                row.append(lab if lab == cu else f"{lab} ({cu})")
            elif isinstance(t, ox.Literal) and t.datatype.value == XSD.decimal:
                row.append(_plain_decimal(t.value))
            elif isinstance(t, ox.Triple):  # an RDF 1.2 triple term has no single value
                row.append(f"<<( {t} )>>")
            else:
                row.append(t.value)
        rows.append(row)
    return headers, rows
