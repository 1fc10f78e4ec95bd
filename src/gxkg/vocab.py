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
QUDT = "http://qudt.org/schema/qudt/"

KINDS = {OWL + "Class": "class", OWL + "ObjectProperty": "property", OWL + "DatatypeProperty": "property",
         OWL + "AnnotationProperty": "property",
         GXO + "Unit": "unit", GXO + "Qualifier": "qualifier", GXO + "DerivationRule": "rule",
         OWL + "NamedIndividual": "individual"}
# classes of records about facts (figures, evidence, units, rules), not entities: a property to or from one
# is no relation between entities
RECORDS = {GXO + c for c in ("Observation", "Indicator", "Unit", "Qualifier", "NameChange", "DerivationRule", "Evidence")} \
    | {RDF + "Statement"}
DEFAULT_STYLE = ("#999999", "dot")  # how a class the ontology gives no display colour or shape is drawn


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
    colour: str | None = None
    shape: str | None = None
    supers: tuple = ()
    types: tuple = ()
    quantity: str | None = None  # a unit's QUDT quantity kind: units of one kind convert
    multiplier: float | None = None  # a unit's qudt:conversionMultiplier to its kind's base unit

    @property
    def local(self) -> str:
        return self.iri.removeprefix(GXO)

    @property
    def is_relation(self) -> bool:
        """An object property between entities (not to or from a figure, evidence, unit or rule record)."""
        return self.object_property and not (set(self.domains) | set(self.ranges)) & RECORDS


class Vocabulary:
    """The ontology's terms by kind; `has(local)` says whether the ontology defines a term of that local name;
    `labels` holds the labels the ontology gives any IRI (its own terms and the terms it reuses: dct:issued ...)."""

    def __init__(self, terms: dict[str, Term], labels: dict[str, dict] | None = None):
        self.terms = terms
        self.labels = labels or {}
        by = lambda k: {t.local: t for t in terms.values() if t.kind == k}  # noqa: E731
        self.classes, self.properties = by("class"), by("property")
        self.units, self.qualifiers, self.rules = by("unit"), by("qualifier"), by("rule")
        self.relations = {k: t for k, t in self.properties.items() if t.is_relation}

    @property
    def indicators(self) -> dict:
        """IRI -> concept of the indicator scheme (src/gxkg/reference/indicators.ttl, read by gxkg.sources.reference)."""
        from .sources.reference import indicator_scheme

        return {c.iri: c for c in indicator_scheme()}

    @property
    def entity_classes(self) -> dict[str, Term]:
        """The classes whose instances are nodes of the entity network: every class but the records about facts."""
        return {k: t for k, t in self.classes.items() if t.iri not in RECORDS}

    def name_classes(self) -> list[str]:
        """The classes whose instances the name index holds: the entity classes and the indicators."""
        return [t.iri for t in self.entity_classes.values()] + [GXO + "Indicator"]

    def style(self, local: str) -> tuple[str, str]:
        """(colour, vis shape) a class is drawn with: its own gxo:displayColour and gxo:displayShape, else its
        nearest superclass's, else grey dots; so a class added to the ontology is drawn with no code change."""
        terms = [self.terms[c] for c in self.ancestors(GXO + local) if c in self.terms]
        return (next((t.colour for t in terms if t.colour), DEFAULT_STYLE[0]),
                next((t.shape for t in terms if t.shape), DEFAULT_STYLE[1]))

    def ancestors(self, *classes: str) -> list[str]:
        """The classes and all their superclasses (rdfs:subClassOf, any namespace), nearest first."""
        out, todo = [], list(classes)
        while todo:
            c = todo.pop(0)
            if c not in out:
                out.append(c)
                todo += self.terms[c].supers if c in self.terms else ()
        return out

    def has(self, local: str) -> bool:
        return GXO + local in self.terms

    def unit_forms(self) -> list[tuple[str, str]]:
        """(written form, unit local name), longest form first, so 元/公斤 wins over 元 and 个百分点 over 个."""
        pairs = {(f, u.local) for u in self.units.values() for f in (u.notation, *u.forms) if f}
        return sorted(pairs, key=lambda p: (-len(p[0]), p))

    def unit_words(self, lang: str) -> dict[str, tuple]:
        """Unit local name -> the words that ask for a figure in that unit (公顷, per kilogram), from the ontology."""
        return _asked(self.units, lang)

    def converted(self, value: float, unit: str, to: str) -> float | None:
        """value in unit (a local name) in unit `to`, when both have one quantity kind and a multiplier; else None."""
        a, b = self.units.get(unit), self.units.get(to)
        kinds = {getattr(t, "quantity", None) for t in (a, b)}
        return None if len(kinds) != 1 or None in kinds else value * a.multiplier / b.multiplier

    def question_words(self, lang: str) -> dict[str, tuple]:
        """Property local name -> the words that ask for it in questions in `lang`, as the ontology lists them."""
        return _asked(self.properties, lang)

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


def _asked(terms: dict[str, Term], lang: str) -> dict[str, tuple]:
    """Local name -> the gxo:questionWord of each term that has some in lang."""
    return {t.local: t.questions[lang] for t in terms.values() if t.questions.get(lang)}


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

    with open(path, "rb") as fh:
        return from_triples(ox.parse(fh, format=ox.RdfFormat.TURTLE, base_iri=Path(path).as_uri()))


def of_store(store) -> Vocabulary:
    """The Vocabulary of the ontology a graph's store holds (what a KnowledgeGraph shows: its own ontology,
    also when opened from a built store or an endpoint)."""
    from .graph.common import lookup

    return from_triples(store.construct(lookup("ontology-vocabulary")))


BESIDE = {"ontology-vocabulary": "ontology.nt", "ontology-terms-triples": "ontology-terms.nt"}  # query -> file


def save_beside(store_dir: Path, store) -> None:
    """Write beside a freshly built store, in the store's order, the triples each ontology query matches in
    it (BESIDE), so a command opening the store reads its ontology from a few thousand triples instead of
    the store's indexes, whose cost grows with the graph."""
    import os

    import pyoxigraph as ox

    from .graph.common import lookup

    for query, name in BESIDE.items():
        path = Path(store_dir) / name
        tmp = path.with_name(f".{name}.{os.getpid()}")
        ox.serialize(dict.fromkeys(store.construct(lookup(query))), output=str(tmp), format=ox.RdfFormat.N_TRIPLES)
        os.replace(tmp, path)


def beside_triples(store_dir: Path | None, query: str) -> list | None:
    """The triples save_beside kept for query beside a built store, in order; None for an older store, an
    endpoint or a file that does not parse (the caller asks the store)."""
    path = Path(store_dir) / BESIDE[query] if store_dir is not None else None
    if path is None or not path.is_file():
        return None
    import pyoxigraph as ox

    try:
        return list(ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES))
    except (OSError, SyntaxError):
        return None


def from_triples(triples) -> Vocabulary:
    """The Vocabulary of the ontology's triples (pyoxigraph terms): every gxo: term rdfs:isDefinedBy it."""
    import pyoxigraph as ox

    props: dict[str, dict[str, list]] = {}
    nodes: dict = {}  # blank nodes (the lists of a union) by term
    for t in triples:
        if not isinstance(t.subject, ox.NamedNode):
            nodes.setdefault(t.subject, {})[t.predicate.value] = t.object
            continue
        props.setdefault(t.subject.value, {}).setdefault(t.predicate.value, []).append(t.object)
    labels = {iri: {getattr(o, "language", None) or "": o.value for o in p[RDFS + "label"] if isinstance(o, ox.Literal)}
              for iri, p in props.items() if RDFS + "label" in p}
    return Vocabulary({iri: _term(iri, p, _Union(nodes)) for iri, p in props.items()
                       if iri.startswith(GXO) and ONTOLOGY in {o.value for o in p.get(RDFS + "isDefinedBy", [])}}, labels)


class _Union:
    """Reads a class expression: a named class, or the members of a blank node's owl:unionOf list
    (rdfs:domain [ owl:unionOf (A B) ])."""

    def __init__(self, nodes: dict):
        self.nodes = nodes

    @staticmethod
    def is_blank(o) -> bool:
        import pyoxigraph as ox

        return isinstance(o, ox.BlankNode)

    def classes(self, o) -> tuple:
        if self.is_blank(o):
            out, cell = [], self.nodes.get(o, {}).get(OWL + "unionOf")
            while cell is not None and cell in self.nodes:
                out.append(self.nodes[cell][RDF + "first"].value)
                cell = self.nodes[cell].get(RDF + "rest")
            return tuple(out)
        return (o.value,)


def _kind(types: set) -> str:
    """A term's kind: unit, qualifier and rule before class and property (a unit is also an individual)."""
    kinds = [KINDS[t] for t in sorted(types) if t in KINDS]
    return next((k for k in ("unit", "qualifier", "rule", "class", "property") if k in kinds), kinds[0] if kinds else "other")


def _term(iri: str, p: dict, union: _Union) -> Term:
    """One Term from its predicates and objects."""
    def lang(pred):
        return {o.language: o.value for o in p.get(pred, []) if getattr(o, "language", None)}

    def words(pred):
        return tuple(sorted(o.value for o in p.get(pred, [])))

    def first(pred):
        return next((o.value for o in p.get(pred, [])), None)

    def iris(pred):
        return tuple(c for o in p.get(pred, []) for c in union.classes(o))

    asked: dict[str, tuple] = {}
    for o in p.get(GXO + "questionWord", []):  # in the file's order
        asked[o.language or ""] = asked.get(o.language or "", ()) + (o.value,)
    types = {o.value for o in p.get(RDF + "type", [])}
    domains, ranges = iris(RDFS + "domain"), iris(RDFS + "range")
    return Term(iri, _kind(types), lang(RDFS + "label"), lang(RDFS + "comment"), next(iter(domains), None),
                next(iter(ranges), None), first(SKOS + "notation"), words(GXO + "writtenForm") + words(SKOS + "altLabel"),
                words(GXO + "wordBefore"), words(GXO + "wordAfter"), domains, ranges, asked,
                tuple(o.value for o in p.get(GXO + "articleWord", [])), OWL + "ObjectProperty" in types,
                first(GXO + "displayColour"), first(GXO + "displayShape"),
                tuple(o.value for o in p.get(RDFS + "subClassOf", []) if not union.is_blank(o)), tuple(sorted(types)),
                first(QUDT + "hasQuantityKind"), _float(first(QUDT + "conversionMultiplier")))


def _float(v: str | None) -> float | None:
    return float(v) if v is not None else None


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
