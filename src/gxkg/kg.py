"""Loading the ontology and graph, resolving names, and reading entities, facts, figures and evidence.

`KnowledgeGraph` is the one loading API that the CLI, the renderer, the server and the tests share.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from . import text as textmod
from .errors import Ambiguous, GraphParseError, NotFound, UsageError
from .namespaces import ENTITY_CLASSES, GXO, SCHEMA, curie, expand

LANGS = ("zh", "en")


def data_dir() -> Path:
    """Where ontology/ and graph/ live: $GXKG_DATA, the installed wheel's _data, or the source tree."""
    env = os.environ.get("GXKG_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    if (here / "_data" / "graph").is_dir():
        return here / "_data"
    return here.parents[1]


def default_files(base: Path | None = None) -> list[Path]:
    base = base or data_dir()
    return [base / "ontology" / "gxkg.ttl", *sorted((base / "graph").glob("*.ttl"))]


def parse_file(g: Graph, path: Path) -> None:
    """Parse one Turtle file into g; a syntax error becomes a one-line GraphParseError naming file and line.

    pyoxigraph's Rust parser reads the file (several times faster than rdflib's, which matters for
    large graphs); its terms become rdflib terms. rdflib's own parser is the fallback.
    """
    path = Path(path)
    if not path.is_file():
        raise GraphParseError(f"{path}: no such file")
    try:
        import pyoxigraph
    except ImportError:  # pragma: no cover - pyoxigraph is a dependency; keep working without it
        pyoxigraph = None
    if pyoxigraph is not None:
        _parse_oxigraph(g, path, pyoxigraph)
        return
    try:
        g.parse(path, format="turtle")
    except Exception as e:  # rdflib raises BadSyntax and a few others
        line = _error_line(e)
        msg = str(getattr(e, "_why", None) or e).strip().splitlines()[0]
        where = f"{path}:{line}" if line else str(path)
        raise GraphParseError(f"{where}: Turtle syntax error: {msg}") from None


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _parse_oxigraph(g: Graph, path: Path, ox) -> None:
    scope = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:8]  # blank-node labels are per file
    terms: dict = {}

    def conv(t):
        r = terms.get(t)
        if r is None:
            if isinstance(t, ox.NamedNode):
                r = URIRef(t.value)
            elif isinstance(t, ox.BlankNode):
                r = BNode(f"f{scope}{t.value}")
            elif isinstance(t, ox.Literal):
                if t.language:
                    r = Literal(t.value, lang=t.language)
                elif t.datatype.value == _XSD_STRING:
                    r = Literal(t.value)
                else:
                    r = Literal(t.value, datatype=URIRef(t.datatype.value))
            else:
                raise GraphParseError(f"{path}: unsupported RDF term {t!r}")
            terms[t] = r
        return r

    try:
        with open(path, "rb") as fh:
            triples = list(ox.parse(fh, format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri()))
    except SyntaxError as e:
        msg = re.sub(r"^Parser error at line \d+ column \d+: ", "", str(e.msg or e))
        col = f", column {e.offset}" if e.offset else ""
        raise GraphParseError(f"{path}:{e.lineno}: Turtle syntax error{col}: {msg}") from None
    except (OSError, ValueError) as e:
        raise GraphParseError(f"{path}: cannot read: {e}") from None
    g.addN((conv(t.subject), conv(t.predicate), conv(t.object), g) for t in triples)


def cache_dir() -> Path | None:
    """Where parsed graphs are cached: $GXKG_CACHE_DIR, else $XDG_CACHE_HOME/gxkg or ~/.cache/gxkg; None if disabled."""
    if os.environ.get("GXKG_NO_CACHE"):
        return None
    if os.environ.get("GXKG_CACHE_DIR"):
        return Path(os.environ["GXKG_CACHE_DIR"])
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "gxkg"


def _cache_key(files: list[Path]) -> str | None:
    import hashlib

    import rdflib

    from . import __version__

    h = hashlib.sha256(f"{__version__}|{rdflib.__version__}".encode())
    for f in files:
        try:
            st = f.stat()
        except OSError:
            return None  # let the parser report the missing file
        h.update(f"|{f.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode())
    return h.hexdigest()[:32]


def _cache_load(files: list[Path]) -> tuple[Graph, dict[str, int]] | None:
    """(graph, triples added per file) cached for exactly these files, or None."""
    import pickle

    d, key = cache_dir(), _cache_key(files)
    if d is None or key is None:
        return None
    try:
        with open(d / f"graph-{key}.pickle", "rb") as fh:
            hit = pickle.load(fh)
    except Exception:  # missing, stale format or unreadable: parse instead
        return None
    return hit if isinstance(hit, tuple) and len(hit) == 2 else None


def _cache_store(files: list[Path], value: tuple[Graph, dict[str, int]]) -> None:
    """Best effort: a read-only or missing home just means no cache."""
    import pickle

    d, key = cache_dir(), _cache_key(files)
    if d is None or key is None:
        return
    try:
        d.mkdir(parents=True, exist_ok=True)
        for old in sorted(d.glob("graph-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[4:]:
            old.unlink(missing_ok=True)  # keep the few most recent graphs (e.g. shipped + a fixture)
        tmp = d / f".graph-{key}.{os.getpid()}.tmp"
        tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, d / f"graph-{key}.pickle")
    except OSError:
        pass


def _error_line(e: Exception) -> int | None:
    """1-based line of a BadSyntax error. Its own `lines` count drifts on multi-byte text, so count in the
    decoded text up to the error's character index."""
    buf, i = getattr(e, "_str", None), getattr(e, "_i", None)
    if isinstance(buf, bytes) and isinstance(i, int):
        return buf.decode("utf-8", "replace")[:i].count("\n") + 1
    lines = getattr(e, "lines", None)
    return lines + 1 if isinstance(lines, int) else None


@dataclass
class Match:
    """A search hit: an entity and how well the query matched it (1.0 is an exact label)."""

    iri: str
    label: str
    types: list[str]
    score: float
    matched: str = ""


@dataclass
class Edge:
    """One relation between two entities, seen from `source`: direction 'out' means source -> other."""

    source: URIRef
    relation: URIRef
    other: URIRef
    direction: str
    depth: int = 1
    evidence: list[dict] = field(default_factory=list)


class KnowledgeGraph:
    """The ontology plus the instance graph, with name resolution and bilingual labels."""

    def __init__(self, graph: Graph, files: list[Path] | None = None, file_triples: dict[str, int] | None = None):
        self.graph = graph
        self.files = files or []
        self.file_triples = file_triples or {}  # file name -> triples it added, recorded while parsing

    @classmethod
    def load(cls, files: list[Path] | None = None, base: Path | None = None, cache: bool = True) -> "KnowledgeGraph":
        """Parse the ontology and graph files (or reuse the parsed graph cached for exactly these files)."""
        files = [Path(f) for f in (files or default_files(base))]
        hit = _cache_load(files) if cache else None
        if hit is None:
            from .deadline import TimedMemory
            from .namespaces import PREFIXES

            g = Graph(store=TimedMemory())
            for p, ns in PREFIXES.items():
                g.bind(p, ns)
            counts = {}
            for f in files:
                before = len(g)
                parse_file(g, f)
                counts[f.name] = len(g) - before
            hit = (g, counts)
            if cache:
                _cache_store(files, hit)
        return cls(hit[0], files, hit[1])

    # ------------------------------------------------------------------ classes and labels
    @cached_property
    def entity_classes(self) -> set[URIRef]:
        return {GXO[c] for c in ENTITY_CLASSES}

    @cached_property
    def entities(self) -> set[URIRef]:
        """Everything a user looks up and the network draws: instances of the entity classes."""
        out = set()
        for cls in self.entity_classes:
            out.update(s for s in self.graph.subjects(RDF.type, cls) if isinstance(s, URIRef))
        return out

    @cached_property
    def lookup_nodes(self) -> set[URIRef]:
        """What names resolve to: the entities plus the indicators figures are measured by."""
        return self.entities | {s for s in self.graph.subjects(RDF.type, GXO.Indicator) if isinstance(s, URIRef)}

    @cached_property
    def _superclasses(self) -> dict[URIRef, set[URIRef]]:
        sup = defaultdict(set)
        for s, o in self.graph.subject_objects(RDFS.subClassOf):
            sup[s].add(o)
        closed = {}
        for c in list(sup):
            seen, stack = set(), [c]
            while stack:
                for o in sup.get(stack.pop(), ()):
                    if o not in seen:
                        seen.add(o)
                        stack.append(o)
            closed[c] = seen
        return closed

    def superclasses(self, cls: URIRef) -> set[URIRef]:
        return self._superclasses.get(cls, set())

    @cached_property
    def _out(self) -> dict[URIRef, dict[URIRef, list]]:
        """subject -> predicate -> objects for every lookup node: one pass instead of a lookup per question."""
        out: dict = {}
        for s in self.lookup_nodes:
            po = out[s] = defaultdict(list)
            for p, o in self.graph.predicate_objects(s):
                po[p].append(o)
        return out

    def _objects(self, iri, p) -> list:
        iri = URIRef(iri)
        if iri in self.lookup_nodes:
            return list(self._out.get(iri, {}).get(p, ()))
        return list(self.graph.objects(iri, p))

    def types(self, iri) -> list[URIRef]:
        return sorted(self._objects(iri, RDF.type))

    def is_a(self, iri, cls: URIRef) -> bool:
        return any(t == cls or cls in self.superclasses(t) for t in self.graph.objects(URIRef(iri), RDF.type))

    def kind(self, iri, lang: str = "en") -> str:
        """Label of the most specific class of an entity (e.g. 'County-level division')."""
        types = [t for t in self.types(iri) if str(t).startswith(str(GXO))] or self.types(iri)
        if not types:
            return ""
        types.sort(key=lambda t: -len(self.superclasses(t)))
        return self.label(types[0], lang)

    def label(self, iri, lang: str = "zh") -> str:
        """rdfs:label in lang, else in the other language, else the CURIE."""
        iri = URIRef(iri)
        labels = self._labels.get(iri)
        if labels:
            return labels.get(lang) or labels.get("zh") or labels.get("en") or next(iter(labels.values()))
        return curie(iri)

    def labels(self, iri) -> dict[str, str]:
        return {k: v for k, v in self._labels.get(URIRef(iri), {}).items() if k in LANGS}

    @cached_property
    def _labels(self) -> dict[URIRef, dict[str, str]]:
        out: dict[URIRef, dict[str, str]] = defaultdict(dict)
        for s, o in self.graph.subject_objects(RDFS.label):
            if isinstance(o, Literal):
                out[s].setdefault(o.language or "", str(o))
        return out

    def alt_labels(self, iri) -> list[str]:
        return sorted(str(o) for o in self._objects(iri, SKOS.altLabel))

    # ------------------------------------------------------------------ names
    @cached_property
    def _name_index(self) -> dict[str, set[URIRef]]:
        """Normalised exact names (labels, alternative names, pinyin, codes, CURIE) -> entities."""
        idx: dict[str, set[URIRef]] = defaultdict(set)
        for e in self.lookup_nodes:
            for p in (RDFS.label, SKOS.altLabel, SKOS.hiddenLabel, GXO.pinyin, GXO.divisionCode, GXO.gbCode):
                for o in self.graph.objects(e, p):
                    idx[textmod.normalize(str(o))].add(e)
            idx[textmod.normalize(curie(e))].add(e)
        return idx

    def names_of(self, iri) -> list[str]:
        """Every name form of an entity, for search and for the page's search box."""
        names = [str(o) for p in (RDFS.label, SKOS.altLabel, GXO.pinyin) for o in self._objects(iri, p)]
        return sorted(set(names))

    def resolve(self, name: str, types: list[URIRef] | None = None) -> URIRef:
        """The one entity `name` denotes: IRI, CURIE, exact label/alt name/pinyin/code, or a confident match."""
        name = name.strip()
        if not name:
            raise UsageError("empty name")
        iri = expand(name) or (name if name.startswith(("http://", "https://")) else None)
        if iri and URIRef(iri) in self.lookup_nodes:
            return URIRef(iri)
        if iri and (URIRef(iri), None, None) in self.graph:
            return URIRef(iri)
        exact = self._filter(self._name_index.get(textmod.normalize(name), set()), types)
        if len(exact) == 1:
            return next(iter(exact))
        if len(exact) > 1:
            raise Ambiguous(name, [(self.label(e), self.kind(e), curie(e)) for e in sorted(exact)])
        hits = self.search(name, types=types, limit=8)
        if hits and hits[0].score >= 0.85 and (len(hits) == 1 or hits[1].score < hits[0].score - 0.05):
            return URIRef(hits[0].iri)
        if hits and hits[0].score >= 0.85:
            top = [h for h in hits if h.score >= hits[0].score - 0.05]
            raise Ambiguous(name, [(h.label, self.kind(h.iri), curie(h.iri)) for h in top])
        raise NotFound(name, [(h.label, self.kind(h.iri)) for h in hits[:5]])

    def _filter(self, iris, types):
        if not types:
            return set(iris)
        return {e for e in iris if any(self.is_a(e, t) for t in types)}

    def search(self, query: str, types: list[URIRef] | None = None, limit: int = 10, lang: str = "zh") -> list[Match]:
        """Entities ranked by how well a name form matches: exact, pinyin, prefix, substring, near miss."""
        candidates = self._filter(self.lookup_nodes, types)
        scored = []
        for e in candidates:
            best, matched = textmod.score(query, self.names_of(e), self._pinyin_forms(e))
            if best > 0:
                scored.append(Match(str(e), self.label(e, lang), [str(t) for t in self.types(e)], round(best, 3), matched))
        scored.sort(key=lambda m: (-m.score, len(m.label), m.iri))
        if scored:  # near misses far below the best hit are noise
            floor = max(0.4, scored[0].score * 0.5)
            scored = [m for m in scored if m.score >= floor]
        return scored[:limit]

    def _pinyin_forms(self, e) -> list[str]:
        return [textmod.pinyin(n) for n in self.names_of(e) if textmod.has_cjk(n)]

    def resolve_class(self, name: str) -> URIRef:
        """A class by local name, CURIE, zh/en label or English plural ('counties')."""
        key = textmod.normalize(name)
        classes = {s for s in self.graph.subjects(RDF.type, OWL.Class) if isinstance(s, URIRef)}
        for c in classes:
            forms = {textmod.normalize(curie(c)), textmod.normalize(str(c).split("#")[-1]), textmod.normalize(str(c))}
            forms |= {textmod.normalize(str(o)) for o in self.graph.objects(c, RDFS.label)}
            forms |= {textmod.plural(f) for f in list(forms)}
            if key in forms:
                return c
        names = sorted(str(c).split("#")[-1] for c in classes if str(c).startswith(str(GXO)))
        raise UsageError(f"unknown class {name!r}; known classes: {', '.join(names)}")

    def resolve_relation(self, name: str) -> URIRef:
        """A property by local name, CURIE, IRI or zh/en label."""
        key = textmod.normalize(name)
        props = {s for t in (OWL.ObjectProperty, OWL.DatatypeProperty) for s in self.graph.subjects(RDF.type, t)}
        for p in props:
            forms = {textmod.normalize(curie(p)), textmod.normalize(str(p).split("#")[-1]), textmod.normalize(str(p))}
            forms |= {textmod.normalize(str(o)) for o in self.graph.objects(p, RDFS.label)}
            if key in forms:
                return p
        iri = expand(name) or name
        if (None, URIRef(iri), None) in self.graph:
            return URIRef(iri)
        names = sorted(str(p).split("#")[-1] for p in props if str(p).startswith(str(GXO)) and p in self.relation_properties)
        raise UsageError(f"unknown relation {name!r}; relations between entities: {', '.join(names)}")

    # ------------------------------------------------------------------ relations and evidence
    @cached_property
    def relation_properties(self) -> set[URIRef]:
        return {p for _, p, _ in self.relations}

    @cached_property
    def relations(self) -> list[tuple[URIRef, URIRef, URIRef]]:
        """Every (s, p, o) between two entities: the edges of the entity network."""
        ents = self.entities
        out = [(s, p, o) for s in ents for p, objs in self._out[s].items() if p != RDF.type
               for o in objs if o in ents]
        return sorted(out)

    @cached_property
    def _adjacency(self) -> dict[URIRef, list[tuple[URIRef, URIRef, str]]]:
        adj = defaultdict(list)
        for s, p, o in self.relations:
            adj[s].append((p, o, "out"))
            adj[o].append((p, s, "in"))
        return adj

    def adjacent(self, iri) -> list[tuple[URIRef, URIRef, str]]:
        return self._adjacency.get(URIRef(iri), [])

    @cached_property
    def _statement_evidence(self) -> dict[tuple, list[URIRef]]:
        g = self.graph
        subj = dict(g.subject_objects(RDF.subject))
        pred = dict(g.subject_objects(RDF.predicate))
        obj = dict(g.subject_objects(RDF.object))
        out = defaultdict(list)
        for st, ev in g.subject_objects(PROV.wasDerivedFrom):
            if st in subj:
                out[(subj[st], pred.get(st), obj.get(st))].append(ev)
        for evs in out.values():
            evs.sort()
        return out

    def edge_evidence(self, s, p, o) -> list[dict]:
        """The quotes that state the triple s p o (via its reified rdf:Statement)."""
        return [self.evidence_dict(ev) for ev in self.edge_evidence_iris(s, p, o)]

    def edge_evidence_iris(self, s, p, o) -> list[URIRef]:
        key = (URIRef(s), URIRef(p), o if isinstance(o, Literal) else URIRef(o))
        return self._statement_evidence.get(key, [])

    def evidence_dict(self, ev) -> dict:
        """Quote, offset and source of one gxo:Evidence (cached: many edges share a sentence)."""
        return dict(self.evidence_record(ev))

    def evidence_record(self, ev) -> dict:
        """The cached (shared, do not modify) evidence dict of evidence_dict."""
        hit = self._evidence_cache.get(ev)
        if hit is None:
            hit = self._evidence_cache[ev] = self._evidence_dict(ev)
        return hit

    @cached_property
    def _evidence_cache(self) -> dict:
        return {}

    def _evidence_dict(self, ev) -> dict:
        g = self.graph
        src = g.value(ev, DCTERMS.source)
        return {
            "iri": str(ev),
            "quote": str(g.value(ev, GXO.quote) or ""),
            "offset": int(g.value(ev, GXO.startOffset)) if g.value(ev, GXO.startOffset) is not None else None,
            "source": {
                "iri": str(src) if src else None,
                "title": self.label(src) if src else None,
                "url": str(g.value(src, SCHEMA.url)) if src and g.value(src, SCHEMA.url) else None,
                "file": str(g.value(src, GXO.sourceFile)) if src and g.value(src, GXO.sourceFile) else None,
            },
        }

    def entity_evidence(self, iri) -> list[dict]:
        return [self.evidence_dict(ev) for ev in self.entity_evidence_iris(iri)]

    def entity_evidence_iris(self, iri) -> list[URIRef]:
        return sorted(self._objects(iri, PROV.wasDerivedFrom))

    # ------------------------------------------------------------------ facts and figures
    HIDDEN = {RDF.type, RDFS.label, SKOS.altLabel, SKOS.hiddenLabel, PROV.wasDerivedFrom}

    def facts(self, iri, lang: str = "zh") -> list[dict]:
        """Every statement about an entity, out and in, except labels, types and bookkeeping."""
        e = URIRef(iri)
        g = self.graph
        out = []
        for p, o in sorted(g.predicate_objects(e)):
            if p in self.HIDDEN:
                continue
            out.append(self._fact(e, p, o, "out", lang))
        for s, p in sorted(g.subject_predicates(e)):
            if p in self.HIDDEN or s not in self.entities:
                continue
            out.append(self._fact(s, p, e, "in", lang, other=s))
        return out

    def literal_facts(self, iri, lang: str = "zh") -> list[tuple[str, str]]:
        """(relation label, value) of an entity's literal-valued facts, without evidence: cheap, for pages."""
        po = self._out.get(URIRef(iri), {}) if URIRef(iri) in self.lookup_nodes else None
        pairs = ((p, o) for p, os in po.items() for o in os) if po is not None else self.graph.predicate_objects(URIRef(iri))
        return [(self.label(p, lang), str(o)) for p, o in sorted(pairs)
                if isinstance(o, Literal) and p not in self.HIDDEN]

    def _fact(self, s, p, o, direction, lang, other=None):
        other = o if other is None else other
        fact = {"relation": {"iri": str(p), "label": self.label(p, lang)}, "direction": direction}
        if isinstance(other, Literal):
            fact["value"] = str(other)
            if other.datatype:
                fact["datatype"] = str(other.datatype)
            if other.language:
                fact["lang"] = other.language
        else:
            fact["iri"] = str(other)
            fact["label"] = self.label(other, lang)
        fact["evidence"] = self.edge_evidence(s, p, o)
        return fact

    def observations(self, iri, lang: str = "zh") -> list[dict]:
        """The figures stated about an entity, each with indicator, value, unit, period and quote."""
        obs = self._observations_of.get(URIRef(iri), ())
        if not obs and (URIRef(iri), RDF.type, GXO.Indicator) in self.graph:
            obs = list(self.graph.subjects(GXO.indicator, URIRef(iri)))  # an indicator: its figures
        rows = [self.observation(ob, lang) for ob in obs]
        rows.sort(key=lambda r: (r["indicator"]["label"], r["period"]["sort"], r["iri"]))
        return rows

    @cached_property
    def _observations_of(self) -> dict[URIRef, list[URIRef]]:
        out = defaultdict(list)
        for ob, about in self.graph.subject_objects(GXO.about):
            out[about].append(ob)
        return out

    def observation(self, ob, lang: str = "zh") -> dict:
        g = self.graph
        ob = URIRef(ob)

        def lit(p):
            v = g.value(ob, p)
            return None if v is None else str(v)

        unit = g.value(ob, GXO.unit)
        qual = g.value(ob, GXO.qualifier)
        ind = g.value(ob, GXO.indicator)
        period = {k: lit(p) for k, p in (("year", GXO.year), ("start", GXO.periodStart), ("end", GXO.periodEnd),
                                          ("as_of", GXO.asOf), ("date", GXO.date))}
        period = {k: v for k, v in period.items() if v}
        if lit(GXO.cumulative) == "true":
            period["cumulative"] = True
        period["text"] = period_text(period, lang)
        period["sort"] = period.get("year") or period.get("start") or period.get("as_of") or period.get("date") or ""
        return {
            "iri": str(ob),
            "about": {"iri": str(g.value(ob, GXO.about)), "label": self.label(g.value(ob, GXO.about), lang)},
            "indicator": {"iri": str(ind), "label": self.label(ind, lang)},
            "value": _num(lit(GXO.value)),
            "min": _num(lit(GXO.minValue)),
            "max": _num(lit(GXO.maxValue)),
            "unit": {"iri": str(unit), "label": self.label(unit, lang),
                     "symbol": str(g.value(unit, SKOS.notation) or "")} if unit else None,
            "qualifier": {"iri": str(qual), "label": self.label(qual, lang)} if qual else None,
            "stated_as": lit(GXO.statedAs),
            "period": period,
            "computed_from": [str(o) for o in g.objects(ob, GXO.computedFrom)],
            "derivation": str(g.value(ob, GXO.derivation)) if g.value(ob, GXO.derivation) else None,
            "evidence": self.entity_evidence(ob),
        }

    # ------------------------------------------------------------------ neighbourhoods and paths
    def neighbors(self, iri, depth: int = 1, direction: str = "both", relations=None, types=None,
                  limit: int | None = None, with_evidence: bool = False) -> list[Edge]:
        """Breadth-first neighbourhood: every edge that reaches a node first seen at depth d (1..depth).

        A neighbour linked by two relations (京东 operates rural e-commerce in, and settled in, 广西)
        appears once per relation; a node is never revisited at a greater depth.
        """
        start = URIRef(iri)
        seen = {start}
        frontier = [start]
        out: list[Edge] = []
        for d in range(1, depth + 1):
            layer: dict[URIRef, None] = {}
            for node in frontier:
                for p, other, dirn in sorted(self.adjacent(node)):
                    if direction != "both" and dirn != direction:
                        continue
                    if relations and p not in relations:
                        continue
                    if other in seen:
                        continue
                    layer[other] = None
                    if types and not any(self.is_a(other, t) for t in types):
                        continue
                    s, o = (node, other) if dirn == "out" else (other, node)
                    ev = self.edge_evidence(s, p, o) if with_evidence else []
                    out.append(Edge(node, p, other, dirn, d, ev))
                    if limit and len(out) >= limit:
                        return out
            seen.update(layer)
            frontier = list(layer)
        return out

    def paths(self, a, b, max_length: int = 6, all_paths: bool = False) -> list[list]:
        """Shortest relationship path(s) from a to b over edges in either direction.

        A path is [node, (relation, direction), node, ...]; direction is as the edge is stated.
        """
        a, b = URIRef(a), URIRef(b)
        if a == b:
            return [[a]]
        # BFS keeping every predecessor at the shortest distance, so --all can list each shortest path.
        dist = {a: 0}
        preds: dict[URIRef, list] = defaultdict(list)
        frontier = [a]
        while frontier and b not in dist:
            nxt = []
            for node in frontier:
                if dist[node] >= max_length:
                    continue
                for p, other, dirn in sorted(self.adjacent(node)):
                    if other not in dist:
                        dist[other] = dist[node] + 1
                        nxt.append(other)
                    if dist[other] == dist[node] + 1:
                        preds[other].append((node, p, dirn))
            frontier = nxt
        if b not in dist:
            return []
        results = []

        def walk(node, tail):
            if node == a:
                results.append([a, *tail])
                return
            for prev, p, dirn in preds[node]:
                if not all_paths and results:
                    return
                walk(prev, [(p, dirn), node, *tail])
                if len(results) >= 100:
                    return

        walk(b, [])
        return results


def period_text(period: dict, lang: str = "zh") -> str:
    if "as_of" in period:
        return f"截至{period['as_of']}（累计）" if lang == "zh" else f"cumulative, as of {period['as_of']}"
    if "start" in period:
        return f"{period['start']}至{period['end']}" if lang == "zh" else f"{period['start']} to {period['end']}"
    if "year" in period:
        return f"{period['year']}年" if lang == "zh" else period["year"]
    if "date" in period:
        return period["date"]
    return ""


def format_value(ob: dict, lang: str = "zh") -> str:
    """'> 8000000000 元' style: qualifier, value (or range) and unit symbol."""
    sym = (ob["unit"] or {}).get("symbol", "") if lang == "zh" else (ob["unit"] or {}).get("label", "")
    if ob["value"] is not None:
        v = _plain_decimal(ob["value"])
    else:
        v = f"{_plain_decimal(ob['min'])}–{_plain_decimal(ob['max'])}"
    q = (ob["qualifier"] or {}).get("label", "")
    return " ".join(x for x in (q, v, sym) if x)


def _num(v: str | None) -> str | None:
    return None if v is None else _plain_decimal(v)


def _plain_decimal(v: str) -> str:
    s = str(v)
    if re.fullmatch(r"-?\d+\.0+", s):
        s = s.split(".")[0]
    return s
