"""One Vocabulary read from the ontology (ontology/gxkg.ttl): its classes, properties, units with their written
forms, qualifiers with the words that state them, derivation rules, each with labels and definitions in
Chinese and English; and (from gxkg.sources.reference) the indicator scheme. Ingest, validate and the checks read words from here, not from copies.

Parsed with pyoxigraph (no rdflib) and cached per file and modification time, so lookups stay cheap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

GXO = "https://w3id.org/gxkg/ontology#"
ONTOLOGY = "https://w3id.org/gxkg/ontology"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"

KINDS = {OWL + "Class": "class", OWL + "ObjectProperty": "property", OWL + "DatatypeProperty": "property",
         OWL + "AnnotationProperty": "property",
         GXO + "Unit": "unit", GXO + "Qualifier": "qualifier", GXO + "DerivationRule": "rule",
         OWL + "NamedIndividual": "individual"}


@dataclass(frozen=True)
class Term:
    """One term the ontology defines: its kind, labels and definitions by language, and for a property its
    domain and range; for a unit its notation and written forms; for a qualifier the words written before
    or after a number that state it."""
    iri: str
    kind: str
    label: dict = field(default_factory=dict)
    definition: dict = field(default_factory=dict)
    domain: str | None = None
    range: str | None = None
    notation: str | None = None
    forms: tuple = ()
    before: tuple = ()
    after: tuple = ()

    @property
    def local(self) -> str:
        return self.iri.removeprefix(GXO)


class Vocabulary:
    """The ontology's terms by kind; `has(local)` says whether the ontology defines a term of that local name."""

    def __init__(self, terms: dict[str, Term]):
        self.terms = terms
        by = lambda k: {t.local: t for t in terms.values() if t.kind == k}  # noqa: E731
        self.classes, self.properties = by("class"), by("property")
        self.units, self.qualifiers, self.rules = by("unit"), by("qualifier"), by("rule")

    @property
    def indicators(self) -> dict:
        """IRI -> concept of the indicator scheme (src/gxkg/reference/indicators.ttl, read by gxkg.sources.reference)."""
        from .sources.reference import indicator_scheme

        return {c.iri: c for c in indicator_scheme()}

    def has(self, local: str) -> bool:
        return GXO + local in self.terms

    def unit_forms(self) -> list[tuple[str, str]]:
        """(written form, unit local name), longest form first, so 元/公斤 wins over 元 and 个百分点 over 个."""
        pairs = {(f, u.local) for u in self.units.values() for f in (u.notation, *u.forms) if f}
        return sorted(pairs, key=lambda p: (-len(p[0]), p))

    def qualifier_words(self, where: str) -> list[tuple[str, str]]:
        """(word, qualifier local name) written 'before' or 'after' a figure, longest first."""
        pairs = {(w, q.local) for q in self.qualifiers.values() for w in getattr(q, where)}
        return sorted(pairs, key=lambda p: (-len(p[0]), p))


def ontology_path(base: Path | None = None) -> Path:
    from .kg import data_dir

    return Path(base or data_dir()) / "ontology" / "gxkg.ttl"


def vocabulary(path: Path | None = None) -> Vocabulary:
    """The Vocabulary of the ontology file (the shipped one by default), read once per file version."""
    p = Path(path) if path else ontology_path()
    st = p.stat()
    return _load(str(p.resolve()), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=4)
def _load(path: str, _mtime: int, _size: int) -> Vocabulary:
    import pyoxigraph as ox

    props: dict[str, dict[str, list]] = {}
    with open(path, "rb") as fh:
        for t in ox.parse(fh, format=ox.RdfFormat.TURTLE, base_iri=Path(path).as_uri()):
            if not isinstance(t.subject, ox.NamedNode):
                continue
            props.setdefault(t.subject.value, {}).setdefault(t.predicate.value, []).append(t.object)
    terms = {}
    for iri, p in props.items():
        if not iri.startswith(GXO) or ONTOLOGY not in {o.value for o in p.get(RDFS + "isDefinedBy", [])}:
            continue
        kinds = [KINDS[o.value] for o in p.get(RDF + "type", []) if o.value in KINDS]
        kind = next((k for k in ("unit", "qualifier", "rule", "class", "property") if k in kinds),
                    kinds[0] if kinds else "other")
        lang = lambda pred: {o.language: o.value for o in p.get(pred, []) if getattr(o, "language", None)}  # noqa: E731
        words = lambda pred: tuple(sorted(o.value for o in p.get(pred, [])))  # noqa: E731
        first = lambda pred: next((o.value for o in p.get(pred, [])), None)  # noqa: E731
        terms[iri] = Term(iri, kind, lang(RDFS + "label"), lang(RDFS + "comment"), first(RDFS + "domain"),
                          first(RDFS + "range"), first(SKOS + "notation"),
                          words(GXO + "writtenForm") + words(SKOS + "altLabel"),
                          words(GXO + "wordBefore"), words(GXO + "wordAfter"))
    return Vocabulary(terms)


def units_and_qualifiers_markdown(v: Vocabulary | None = None) -> str:
    """The tables of units and qualifiers in docs/sources.md, made from the ontology (a test keeps them equal)."""
    v = v or vocabulary()
    rows = ["| unit | label | written after a number |", "| --- | --- | --- |"]
    for u in sorted(v.units.values(), key=lambda t: t.local):
        forms = ", ".join(f for f in (u.notation, *u.forms) if f)
        rows.append(f"| `{'gxo:' + u.local}` | {u.label.get('zh', '')} / {u.label.get('en', '')} | {forms} |")
    rows += ["", "| qualifier | label | words before the number | words after the number or unit |",
             "| --- | --- | --- | --- |"]
    for q in sorted(v.qualifiers.values(), key=lambda t: t.local):
        rows.append(f"| `{'gxo:' + q.local}` | {q.label.get('zh', '')} / {q.label.get('en', '')} | "
                    f"{', '.join(q.before)} | {', '.join(q.after)} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":  # python -m gxkg.vocab: print the generated tables for docs/sources.md
    print(units_and_qualifiers_markdown(), end="")
