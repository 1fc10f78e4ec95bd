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
GXO_SHAPES = "https://w3id.org/gxkg/shapes#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"

KINDS = {OWL + "Class": "class", OWL + "ObjectProperty": "property", OWL + "DatatypeProperty": "property",
         OWL + "AnnotationProperty": "property",
         GXO + "Unit": "unit", GXO + "Qualifier": "qualifier", GXO + "DerivationRule": "rule",
         OWL + "NamedIndividual": "individual"}
# classes of records about facts (figures, evidence, units, rules), not entities: a property to or from one
# is no relation between entities
RECORDS = {GXO + c for c in ("Observation", "Indicator", "Unit", "Qualifier", "NameChange", "DerivationRule", "Evidence")} \
    | {RDF + "Statement"}


@dataclass(frozen=True)
class Term:
    """One term the ontology defines: its kind, labels and definitions by language, and for a property its
    domains and ranges (two values: either class) and the words people use for it in questions (by language)
    and in articles; for a unit its notation and written forms; for a qualifier the words written before
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
    domains: tuple = ()
    ranges: tuple = ()
    questions: dict = field(default_factory=dict)
    article_words: tuple = ()
    object_property: bool = False

    @property
    def local(self) -> str:
        return self.iri.removeprefix(GXO)

    @property
    def is_relation(self) -> bool:
        """An object property between entities (not to or from a figure, evidence, unit or rule record)."""
        return self.object_property and not (set(self.domains) | set(self.ranges)) & RECORDS


class Vocabulary:
    """The ontology's terms by kind; `has(local)` says whether the ontology defines a term of that local name."""

    def __init__(self, terms: dict[str, Term]):
        self.terms = terms
        by = lambda k: {t.local: t for t in terms.values() if t.kind == k}  # noqa: E731
        self.classes, self.properties = by("class"), by("property")
        self.units, self.qualifiers, self.rules = by("unit"), by("qualifier"), by("rule")
        self.relations = {k: t for k, t in self.properties.items() if t.is_relation}

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

    def question_words(self, lang: str) -> dict[str, tuple]:
        """Property local name -> the words that ask for it in questions in `lang`, as the ontology lists them."""
        return {t.local: t.questions[lang] for t in self.properties.values() if t.questions.get(lang)}

    def unnamed_relations(self) -> list[tuple[str, str, str]]:
        """(relation, 'label' or 'question words', language) for each relation between entities that lacks a
        display label or question words in zh or en: what ask, show and the pages could not name."""
        return [(t.local, what, lang) for t in sorted(self.relations.values(), key=lambda t: t.local)
                for what, d in (("label", t.label), ("question words", t.questions)) for lang in ("zh", "en")
                if not d.get(lang)]

    def label(self, iri: str, lang: str) -> str:
        """A term's display label in `lang` (its local name when it has none)."""
        t = self.terms.get(iri)
        return (t.label.get(lang) if t else None) or iri.rsplit("#", 1)[-1]

    def qualifier_words(self, where: str) -> list[tuple[str, str]]:
        """(word, qualifier local name) written 'before' or 'after' a figure, longest first."""
        pairs = {(w, q.local) for q in self.qualifiers.values() for w in getattr(q, where)}
        return sorted(pairs, key=lambda p: (-len(p[0]), p))


def shapes_turtle(v: Vocabulary | None = None) -> str:
    """SHACL shapes made from the ontology's rdfs:domain and rdfs:range of every object property (two values:
    either class), so `gxkg validate` checks a new relation with no shape written by hand; ontology/shapes.ttl
    keeps only what the ontology cannot say (counts, levels, patterns)."""
    v = v or vocabulary()

    def short(iri):
        return "gxo:" + iri.removeprefix(GXO) if iri.startswith(GXO) else "rdf:" + iri.removeprefix(RDF) \
            if iri.startswith(RDF) else iri

    def classes(iris):
        return " ".join(f"[ sh:class <{c}> ]" for c in iris)

    def text(s):
        return s.replace("\\", "\\\\").replace('"', '\\"')

    out = ["@prefix sh: <http://www.w3.org/ns/shacl#> .", ""]
    for t in sorted(v.properties.values(), key=lambda t: t.local):
        if not t.object_property:
            continue
        name = f"gxo:{t.local}"
        if t.ranges:
            want = " or ".join(map(short, t.ranges))
            why = " ".join(v.terms[c].definition.get("en", "") for c in t.ranges if c in v.terms)
            out.append(f"<{GXO_SHAPES}range-{t.local}> a sh:NodeShape ; sh:targetSubjectsOf <{t.iri}> ;\n"
                       f"    sh:property [ sh:path <{t.iri}> ; sh:or ( {classes(t.ranges)} ) ;\n"
                       f'        sh:message "the object of {name} must be a {text(want)} (its rdfs:range): {text(why)}" ] .')
        if t.domains:
            want = " or ".join(map(short, t.domains))
            out.append(f"<{GXO_SHAPES}domain-{t.local}> a sh:NodeShape ; sh:targetSubjectsOf <{t.iri}> ;\n"
                       f"    sh:or ( {classes(t.domains)} ) ;\n"
                       f'    sh:message "the subject of {name} must be a {text(want)} (its rdfs:domain)" .')
    return "\n".join(out) + "\n"


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
    nodes: dict = {}  # blank nodes (the lists of a union) by term
    with open(path, "rb") as fh:
        for t in ox.parse(fh, format=ox.RdfFormat.TURTLE, base_iri=Path(path).as_uri()):
            if not isinstance(t.subject, ox.NamedNode):
                nodes.setdefault(t.subject, {})[t.predicate.value] = t.object
                continue
            props.setdefault(t.subject.value, {}).setdefault(t.predicate.value, []).append(t.object)

    def classes(o) -> tuple:
        """A named class, or the members of a blank node's owl:unionOf list (rdfs:domain [ owl:unionOf (A B) ])."""
        if isinstance(o, ox.NamedNode):
            return (o.value,)
        out, cell = [], nodes.get(o, {}).get(OWL + "unionOf")
        while cell is not None and cell in nodes:
            out.append(nodes[cell][RDF + "first"].value)
            cell = nodes[cell].get(RDF + "rest")
        return tuple(out)

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
        iris = lambda pred: tuple(c for o in p.get(pred, []) for c in classes(o))  # noqa: E731
        asked: dict[str, tuple] = {}
        for o in p.get(GXO + "questionWord", []):  # in the file's order
            asked[o.language or ""] = asked.get(o.language or "", ()) + (o.value,)
        terms[iri] = Term(iri, kind, lang(RDFS + "label"), lang(RDFS + "comment"), next(iter(iris(RDFS + "domain")), None),
                          next(iter(iris(RDFS + "range")), None), first(SKOS + "notation"),
                          words(GXO + "writtenForm") + words(SKOS + "altLabel"),
                          words(GXO + "wordBefore"), words(GXO + "wordAfter"),
                          iris(RDFS + "domain"), iris(RDFS + "range"), asked,
                          tuple(o.value for o in p.get(GXO + "articleWord", [])),
                          OWL + "ObjectProperty" in {o.value for o in p.get(RDF + "type", [])})
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
