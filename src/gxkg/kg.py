"""The domain API over a store: name resolution, labels, entity records, facts, figures, evidence,
neighbourhoods and paths. The CLI, the renderer, the server and the tests all read through it.

Every read is a SPARQL query (saved in lookups/*.rq) against the store, or a probe of the name index
built with it, so a lookup costs about the same on a million triples as on the shipped graph.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from .errors import Ambiguous, NotFound, UsageError
from .namespaces import ENTITY_CLASSES, GXO_NS, PREFIX_MAP, curie, expand
from . import text as textmod

LANGS = ("zh", "en")
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
GRAPH_BASE = "https://w3id.org/gxkg/graph/"
ENTITY_CLASS_IRIS = [GXO_NS + c for c in ENTITY_CLASSES]
LOOKUP_CLASS_IRIS = ENTITY_CLASS_IRIS + [GXO_NS + "Indicator"]
CONFIDENT = {"exact", "prefix", "substring", "words", "pinyin"}
HIDDEN = {RDF_TYPE, RDFS_LABEL, SKOS + "altLabel", SKOS + "hiddenLabel", PROV_DERIVED}


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
    base = Path(base) if base else data_dir()
    return [base / "ontology" / "gxkg.ttl", *sorted((base / "graph").glob("*.ttl"))]


def cache_dir() -> Path:
    """Where built stores live: $GXKG_CACHE_DIR, else $XDG_CACHE_HOME/gxkg or ~/.cache/gxkg."""
    if os.environ.get("GXKG_CACHE_DIR"):
        return Path(os.environ["GXKG_CACHE_DIR"])
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "gxkg"


def graph_iri(path: Path) -> str:
    """The named graph of one file: ontology/gxkg.ttl -> .../graph/gxkg, graph/relations.ttl -> .../graph/relations."""
    return GRAPH_BASE + Path(path).stem


def build_names(store_dir: Path, ox_store) -> None:
    """What a freshly built store carries beside it: the name index and the graph's summary counts."""
    from . import summary
    from .names import INDEX_FILE, build_index
    from .store.embedded import EmbeddedStore

    store = EmbeddedStore(ox_store, prefixes=PREFIX_MAP)
    build_index(Path(store_dir) / INDEX_FILE, store, LOOKUP_CLASS_IRIS)
    summary.write(store_dir, KnowledgeGraph(store))


def build_store(files: list[Path], dest: Path, force: bool = False, quiet: bool = False) -> dict:
    from .store.build import build

    return build(files, dest, graph_iri, after=build_names, quiet=quiet, force=force)


@lru_cache(maxsize=None)
def lookup(name: str) -> str:
    """The text of one of the packaged lookups/*.rq queries (read beside this module: importlib.resources
    costs a lookup several milliseconds of imports)."""
    return (Path(__file__).parent / "lookups" / f"{name}.rq").read_text(encoding="utf-8")


@dataclass
class Match:
    """A search hit: an entity and how well the query matched it (1.0 is an exact label)."""

    iri: str
    label: str
    types: list[str]
    score: float
    matched: str = ""
    how: str = ""  # exact, prefix, substring, words, pinyin, homophone, near


@dataclass
class Edge:
    """One relation between two entities, seen from `source`: direction 'out' means source -> other."""

    source: str
    relation: str
    other: str
    direction: str
    depth: int = 1
    evidence: list[dict] = field(default_factory=list)
    rule: str | None = None  # the gxo:DerivationRule of a derived edge; None when a source states it


def _v(t):
    return None if t is None else t.value


class KnowledgeGraph:
    """The ontology plus the instance graph, read through a store, with bilingual labels and name resolution."""

    def __init__(self, store, names=None):
        self.store = store
        self._names = names
        self._label_cache: dict[str, dict[str, str]] = {}
        self._types_cache: dict[str, list[str]] = {}
        self._evidence_cache: dict[str, dict] = {}
        self._stmt_cache: dict[str, dict] = {}
        self._rule_cache: dict[str, dict] = {}
        self._out_cache: dict[str, list] = {}
        self._subject_stmt_cache: dict[str, dict] = {}
        self._obs_cache: dict[str, list] = {}

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, data: Path | None = None, endpoint: str | None = None, store_dir: Path | None = None,
             files: list[Path] | None = None, quiet: bool = False, remote: dict | None = None) -> "KnowledgeGraph":
        """The shipped graph, a data directory, a built store directory, or a SPARQL endpoint."""
        from .namespaces import OUTPUT_PREFIXES, PREFIX_MAP

        if endpoint:
            from .store.remote import RemoteStore

            return cls(RemoteStore(endpoint, prefixes=PREFIX_MAP, output_prefixes=OUTPUT_PREFIXES, graph_base=GRAPH_BASE,
                                   **(remote or {})))  # remote: dialect, graphs
        from .store.build import hold, is_store, open_cached
        from .store.embedded import EmbeddedStore

        def opener(path):
            return EmbeddedStore.open_read_only(Path(path), prefixes=PREFIX_MAP, output_prefixes=OUTPUT_PREFIXES)

        if store_dir is None:  # the cache's store for these files: built, held in use, rebuilt if damaged
            files = [Path(f) for f in (files or default_files(data))]
            return cls(open_cached(files, cache_dir(), graph_iri, opener, after=build_names, quiet=quiet))
        if not is_store(store_dir):
            raise UsageError(f"{store_dir} is not a gxkg store (build one with `gxkg store build --output DIR`)")
        hold(store_dir)  # a store in the cache opened by its path is in use too
        return cls(opener(store_dir))

    load = open  # the name earlier versions used

    @property
    def names(self):
        """The name index: beside an embedded store; for an endpoint, built from it once and cached."""
        if self._names is None:
            from .names import INDEX_FILE, NameIndex

            path = getattr(self.store, "path", None)
            if path is not None:
                self._names = NameIndex(Path(path) / INDEX_FILE)
            elif self.store.kind == "remote":
                self._names = NameIndex(self._remote_index())
            else:  # an in-memory store: build an index in a temporary file
                import tempfile

                from .names import build_index

                d = Path(tempfile.mkdtemp(prefix="gxkg-names-"))
                self._names = NameIndex(build_index(d / INDEX_FILE, self.store, LOOKUP_CLASS_IRIS))
        return self._names

    def _remote_index(self) -> Path:
        import hashlib

        from .names import INDEX_FILE, build_index

        from .store.build import writable_cache

        d = writable_cache(cache_dir()) / "remote" / hashlib.sha256(self.store.endpoint.encode()).hexdigest()[:24]
        fingerprint = str(int(self.store.select(lookup("label-count"))[0]["n"].value))
        stamp = d / "fingerprint"
        if not (d / INDEX_FILE).is_file() or not stamp.is_file() or stamp.read_text() != fingerprint:
            d.mkdir(parents=True, exist_ok=True)
            build_index(d / INDEX_FILE, self.store, LOOKUP_CLASS_IRIS)
            stamp.write_text(fingerprint)
        return d / INDEX_FILE

    # ------------------------------------------------------------------ querying helpers
    def select(self, name: str, bindings: dict | None = None, values: dict | None = None,
               among: dict | None = None, tail: str = "") -> list[dict]:
        """Run a packaged lookup: `bindings` bind single values; `values` a list of values for one variable
        (a VALUES block); `among` restricts variables to constant sets (FILTER IN: a second VALUES block
        makes Oxigraph join by scanning, which costs seconds on a million triples)."""
        from .store.sparql import in_filter, values_block, where_brace

        text = lookup(name)
        extra = [values_block(k, v) for k, v in (values or {}).items()]
        extra += [in_filter(k, v) for k, v in (among or {}).items()]
        if extra:
            at = where_brace(text)
            text = text[:at] + " " + " ".join(extra) + " " + text[at:]
        return self.store.select(text + tail, bindings)

    def _entity_values(self, var: str = "c") -> dict:
        """For `among`: var is one of the entity classes."""
        from .store.terms import iri

        return {var: [iri(c) for c in ENTITY_CLASS_IRIS]}

    # ------------------------------------------------------------------ ontology
    @cached_property
    def _ontology(self) -> dict:
        labels: dict[str, dict[str, str]] = defaultdict(dict)
        kinds: dict[str, set[str]] = defaultdict(set)
        sup: dict[str, set[str]] = defaultdict(set)
        for row in self.select("ontology-terms"):
            t = row["t"].value
            kinds[t].add(row["kind"].value)
            if "label" in row:
                labels[t].setdefault(row["label"].language or "", row["label"].value)
            if "super" in row:
                sup[t].add(row["super"].value)
        closed = {}
        for c in list(sup):
            seen, stack = set(), [c]
            while stack:
                for o in sup.get(stack.pop(), ()):
                    if o not in seen:
                        seen.add(o)
                        stack.append(o)
            closed[c] = seen
        for t, ls in labels.items():
            self._label_cache.setdefault(t, dict(ls))
        return {"kinds": kinds, "super": closed}

    @property
    def entity_classes(self) -> set[str]:
        return set(ENTITY_CLASS_IRIS)

    def superclasses(self, cls: str) -> set[str]:
        return self._ontology["super"].get(str(cls), set())

    def classes(self) -> list[str]:
        owl = "http://www.w3.org/2002/07/owl#Class"
        return sorted(t for t, k in self._ontology["kinds"].items() if owl in k)

    def properties(self) -> list[str]:
        owl = "http://www.w3.org/2002/07/owl#"
        return sorted(t for t, k in self._ontology["kinds"].items() if k & {owl + "ObjectProperty", owl + "DatatypeProperty",
                                                                       owl + "AnnotationProperty"})

    # ------------------------------------------------------------------ classes and labels
    def types(self, iri) -> list[str]:
        iri = str(iri)
        hit = self._types_cache.get(iri)
        if hit is None:
            from .store.terms import iri as node

            hit = self._types_cache[iri] = sorted(r["t"].value for r in self.select("types", {"s": node(iri)}))
        return hit

    def prefetch_types(self, iris) -> None:
        """Fetch the classes of many resources in one query per 400."""
        from .store.terms import iri as node

        todo = sorted({str(i) for i in iris if str(i) not in self._types_cache})
        for i in range(0, len(todo), 400):
            chunk = todo[i:i + 400]
            got: dict[str, set] = {c: set() for c in chunk}
            for r in self.select("types", values={"s": [node(c) for c in chunk]}):
                got[r["s"].value].add(r["t"].value)
            for c, ts in got.items():
                self._types_cache[c] = sorted(ts)

    def is_a(self, iri, cls) -> bool:
        cls = str(cls)
        return any(t == cls or cls in self.superclasses(t) for t in self.types(iri))

    def is_entity(self, iri) -> bool:
        return bool(set(self.types(iri)) & self.entity_classes)

    def kind(self, iri, lang: str = "en") -> str:
        """Label of the most specific class of a resource (e.g. 'County-level division')."""
        types = [t for t in self.types(iri) if t.startswith(GXO_NS)] or self.types(iri)
        if not types:
            return ""
        types.sort(key=lambda t: -len(self.superclasses(t)))
        return self.label(types[0], lang)

    def prefetch(self, iris) -> None:
        """Fetch the labels of many resources in one query."""
        from .store.terms import iri as node

        self._ontology  # ontology labels first
        todo = sorted({str(i) for i in iris if i is not None and str(i) not in self._label_cache
                       and not str(i).startswith("_:")})
        for i in range(0, len(todo), 400):
            chunk = todo[i:i + 400]
            for c in chunk:
                self._label_cache[c] = {}
            for row in self.select("labels", values={"s": [node(c) for c in chunk]}):
                d = self._label_cache[row["s"].value]
                lit, p = row["l"], row["p"].value
                if p == RDFS_LABEL:
                    d.setdefault(lit.language or "", lit.value)
                elif p == SKOS + "notation":
                    d.setdefault("#notation", lit.value)
                else:
                    d.setdefault("#names", [])
                    d["#names"].append(lit.value)
                    if p == SKOS + "altLabel":
                        d.setdefault("#alt", []).append(lit.value)

    def _labelset(self, iri) -> dict:
        iri = str(iri)
        if iri not in self._label_cache:
            self.prefetch([iri])
        return self._label_cache.get(iri, {})

    def label(self, iri, lang: str = "zh") -> str:
        """rdfs:label in lang, else in the other language, else the CURIE."""
        if iri is None:
            return ""
        labels = {k: v for k, v in self._labelset(iri).items() if not k.startswith("#")}
        if labels:
            return labels.get(lang) or labels.get("zh") or labels.get("en") or next(iter(labels.values()))
        return curie(str(iri))

    def labels(self, iri) -> dict[str, str]:
        return {k: v for k, v in self._labelset(iri).items() if k in LANGS}

    def notation(self, iri) -> str:
        return self._labelset(iri).get("#notation", "")

    def alt_labels(self, iri) -> list[str]:
        return sorted(set(self._labelset(iri).get("#alt", [])))

    def names_of(self, iri) -> list[str]:
        """Every name form of an entity: labels, alternative names and pinyin."""
        ls = self._labelset(iri)
        names = [v for k, v in ls.items() if not k.startswith("#")] + list(ls.get("#names", []))
        return sorted(set(names))

    # ------------------------------------------------------------------ names
    def resolve(self, name: str, types: list | None = None, lang: str = "zh") -> str:
        """The one entity `name` denotes: IRI, CURIE, exact label/alt name/pinyin/code, or a confident match.
        `lang` is the language of the suggestions when it denotes none or several (an argument, never state:
        one graph serves requests in both languages at once)."""
        name = name.strip()
        if not name:
            raise UsageError("empty name")
        iri = expand(name) or (name if name.startswith(("http://", "https://")) else None)
        if iri:
            if self.names.node(iri) or self.exists(iri):
                return iri
        exact = self._filter(self.names.exact(name), types)
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1:
            raise Ambiguous(name, [(self.label(e, lang), self.kind(e, lang), curie(e)) for e in exact])
        hits = self.search(name, types=types, limit=8, lang=lang)
        # one confident hit is taken (芒果, mango, Liubao tea); a homophone or near miss is only suggested
        sure = [h for h in hits if h.how in CONFIDENT and h.score >= 0.6]
        if sure and (len(sure) == 1 or sure[1].score < sure[0].score - 0.1):
            return sure[0].iri
        if sure and sure[0].score >= 0.85:
            top = [h for h in sure if h.score >= sure[0].score - 0.1]
            raise Ambiguous(name, [(h.label, self.kind(h.iri, lang), curie(h.iri)) for h in top])
        raise NotFound(name, [(h.label, self.kind(h.iri, lang)) for h in hits[:5]])

    def exists(self, iri: str) -> bool:
        from .store.terms import iri as node

        return self.store.ask(lookup("exists"), {"x": node(iri)})

    def _class_closure(self, types) -> set[str] | None:
        if not types:
            return None
        wanted = {str(t) for t in types}
        return {c for c in self._ontology["kinds"] if c in wanted or self.superclasses(c) & wanted}

    def _filter(self, iris, types):
        allowed = self._class_closure(types)
        if allowed is None:
            return list(iris)
        return [e for e in iris if allowed & set(self.types(e))]

    def search(self, query: str, types: list | None = None, limit: int = 10, lang: str = "zh") -> list[Match]:
        """Entities ranked by how well a name form matches: exact, pinyin, prefix, substring, near miss."""
        hits = self.names.search(query, classes=self._class_closure(types), limit=limit)
        out = []
        for h in hits:
            label = h.get(lang) or h.get("zh") or h.get("en") or curie(h["iri"])
            out.append(Match(h["iri"], label, h["types"], h["score"], h["matched"], h.get("how", "")))
        return out

    def resolve_class(self, name: str) -> str:
        """A class by local name, CURIE, zh/en label or English plural ('counties')."""
        key = textmod.normalize(name)
        for c in self.classes():
            forms = {textmod.normalize(curie(c)), textmod.normalize(c.split("#")[-1]), textmod.normalize(c)}
            forms |= {textmod.normalize(v) for v in self.labels(c).values()}
            forms |= {textmod.plural(f) for f in list(forms)}
            if key in forms:
                return c
        names = sorted(c.split("#")[-1] for c in self.classes() if c.startswith(GXO_NS))
        raise UsageError(f"unknown class {name!r}; known classes: {', '.join(names)}")

    def resolve_relation(self, name: str) -> str:
        """A property by local name, CURIE, IRI or zh/en label."""
        key = textmod.normalize(name)
        for p in self.properties():
            forms = {textmod.normalize(curie(p)), textmod.normalize(p.split("#")[-1]), textmod.normalize(p)}
            forms |= {textmod.normalize(v) for v in self.labels(p).values()}
            if key in forms:
                return p
        names = sorted(p.split("#")[-1] for p in self.properties() if p.startswith(GXO_NS)
                       and "ObjectProperty" in " ".join(self._ontology["kinds"][p]))
        raise UsageError(f"unknown relation {name!r}; relations between entities: {', '.join(names)}")

    # ------------------------------------------------------------------ whole-graph views (render, analysis, stats)
    @cached_property
    def entities(self) -> list[str]:
        """Every entity IRI (what the network draws), sorted."""
        return sorted({r["e"].value for r in self.select("entities", among=self._entity_values())})

    @cached_property
    def relations(self) -> list[tuple[str, str, str]]:
        """Every (s, p, o) between two entities: the edges of the entity network."""
        vals = {**self._entity_values("c"), **self._entity_values("d")}
        return sorted({(r["s"].value, r["p"].value, r["o"].value) for r in self.select("relations", among=vals)})

    def coordinates(self) -> dict[str, tuple[float, float]]:
        """IRI -> (lat, long) of every place that has coordinates."""
        return {r["e"].value: (float(r["lat"].value), float(r["long"].value)) for r in self.select("coordinates")}

    @cached_property
    def summary(self) -> dict:
        """Whole-graph counts: kept beside a built store, else computed by aggregate queries (gxkg.summary)."""
        from . import summary

        path = getattr(self.store, "path", None)
        return summary.read(path) or summary.compute(self)

    def class_counts(self) -> list[tuple[str, int]]:
        """Entity classes with how many entities have each (largest first)."""
        n = {c: k for c, k in self.summary["classes"].items() if c in self.entity_classes}
        self.prefetch(list(n))
        return sorted(n.items(), key=lambda x: (-x[1], x[0]))

    def instances_page(self, cls, lang: str = "zh", limit: int = 100, offset: int = 0) -> tuple[int, list[str]]:
        """(how many resources the class and its subclasses have, one page of them ordered by name): the
        page costs what it shows, not what the class holds."""
        import pyoxigraph as ox

        from .store.terms import iri as node

        among = {"c": [node(c) for c in sorted(self._class_closure([cls]))]}
        total = int(self.select("summary-entities", among=among)[0]["n"].value)
        page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit else f" OFFSET {int(offset)}"
        rows = self.select("instances-page", {"lang": ox.Literal(lang)}, among=among, tail=page)
        return total, [r["e"].value for r in rows]

    def instances(self, cls) -> list[str]:
        """The resources of a class or any of its subclasses (entities, indicators, ...), sorted."""
        from .store.terms import iri as node

        allowed = sorted(self._class_closure([cls]))
        rows = self.select("instances", among={"c": [node(c) for c in allowed]})
        return sorted({r["e"].value for r in rows})

    def close(self) -> None:
        """Let go of the store and the name index (a long-running caller opening many graphs needs this)."""
        if self._names is not None:
            self._names.close()
            self._names = None
        self.store.close()

    def figures(self, about=None, indicator: str | None = None, year: int | None = None, lang: str = "zh") -> list[dict]:
        """Tidy rows, one per figure, optionally about one entity, for indicators whose name contains text, in a year."""
        from .store.terms import iri as node

        rows = self.select("figures", {"about": node(str(about))} if about else None)
        self.prefetch({r[k].value for r in rows for k in ("about", "indicator", "unit", "qualifier", "source") if k in r})
        out, seen = [], set()
        if indicator:  # an indicator named exactly is that one; otherwise every indicator whose name contains the text
            exact = {r["indicator"].value for r in rows
                     if indicator.casefold() in {v.casefold() for v in self.labels(r["indicator"].value).values()}}
        for r in rows:
            if r["ob"].value in seen:
                continue
            seen.add(r["ob"].value)
            v = {k: (r[k].value if k in r else None) for k in r.keys() | {"value", "min", "max", "year", "start", "end",
                                                                           "asof", "date", "qualifier", "source", "quote"}}
            ind = v["indicator"]
            names = " ".join(self.labels(ind).values()).casefold()
            if indicator and (ind not in exact if exact else indicator.casefold() not in names):
                continue
            period = {k2: v[k] for k, k2 in (("year", "year"), ("start", "start"), ("end", "end"), ("asof", "as_of"),
                                             ("date", "date")) if v[k]}
            if year is not None and not any(str(x).startswith(str(year)) for x in period.values()):
                continue
            out.append({"iri": v["ob"], "entity": {"iri": v["about"], "label": self.label(v["about"], lang)},
                        "indicator": {"iri": ind, "label": self.label(ind, lang)},
                        "period": period_text(period, lang), "period_detail": period,
                        "value": _num(v["value"]), "min": _num(v["min"]), "max": _num(v["max"]),
                        "unit": {"iri": v["unit"], "label": self.label(v["unit"], lang), "symbol": self.notation(v["unit"])},
                        "qualifier": {"iri": v["qualifier"], "label": self.label(v["qualifier"], lang)} if v["qualifier"] else None,
                        "stated": v["stated"], "evidence": v["quote"] or "",
                        "source": {"iri": v["source"], "title": self.label(v["source"], lang)} if v["source"] else None})
        out.sort(key=lambda x: (x["entity"]["label"], x["indicator"]["label"], x["period"], x["iri"]))
        return out

    # ------------------------------------------------------------------ relations and evidence
    def adjacent_many(self, nodes) -> dict[str, list[tuple[str, str, str]]]:
        """For each node, its (relation, other entity, direction) edges: one query for a whole BFS layer."""
        from .store.terms import iri as node

        out: dict[str, list] = defaultdict(list)
        nodes = sorted({str(n) for n in nodes})
        for i in range(0, len(nodes), 200):
            vals = {"n": [node(n) for n in nodes[i:i + 200]]}
            for r in self.select("adjacent", values=vals, among=self._entity_values()):
                out[r["n"].value].append((r["p"].value, r["o"].value, r["dir"].value))
        for v in out.values():
            v.sort()
        return out

    def adjacent(self, iri) -> list[tuple[str, str, str]]:
        return self.adjacent_many([iri]).get(str(iri), [])

    def relations_among(self, nodes) -> list[tuple[str, str, str]]:
        """The relations between the given entities (both ends among them), from one query per 200 nodes."""
        nodes = set(map(str, nodes))
        out = set()
        for n, edges in self.adjacent_many(nodes).items():
            for p, o, d in edges:
                if o in nodes:
                    out.add((n, p, o) if d == "out" else (o, p, n))
        return sorted(out)

    def statement_evidence(self, iri) -> dict[tuple[str, str, str], list[str]]:
        """(s, p, o) -> evidence IRIs, for every reified statement with iri as subject or object (cached)."""
        from .store.terms import iri as node

        hit = self._stmt_cache.get(str(iri))
        if hit is not None:
            return hit
        out: dict[tuple, list[str]] = defaultdict(list)
        self._stmt_cache[str(iri)] = out
        for r in self.select("statement-evidence", {"x": node(str(iri))}):
            out[(r["s"].value, r["p"].value, r["o"].value)].append(r["ev"].value)
        for v in out.values():
            v.sort()
        return out

    def statement_rules(self, iri) -> dict[tuple[str, str, str], str]:
        """(s, p, o) -> the rule of each derived statement with iri as subject or object (cached)."""
        from .store.terms import iri as node

        hit = self._rule_cache.get(str(iri))
        if hit is None:
            hit = self._rule_cache[str(iri)] = {(r["s"].value, r["p"].value, r["o"].value): r["rule"].value
                                                for r in self.select("statement-derivations", {"x": node(str(iri))})}
        return hit

    @cached_property
    def derived_edges(self) -> dict[tuple[str, str, str], str]:
        """(s, p, o) -> rule, for every derived statement (for whole-graph views)."""
        return {(r["s"].value, r["p"].value, r["o"].value): r["rule"].value for r in self.select("derived-statements")}

    def derivation(self, s, p, o, lang: str = "zh") -> dict | None:
        """None for a stated fact; for a derived one its rule: {"iri", "label", "comment"}."""
        rule = self.statement_rules(s).get((str(s), str(p), str(o)))
        if rule is None:
            return None
        self.prefetch([rule])
        return {"iri": rule, "label": self.label(rule, lang), "comment": self.comment(rule, lang)}

    def comment(self, iri, lang: str = "zh") -> str:
        """rdfs:comment in lang, else in the other language, else any: the same choice from any store's row order."""
        from .store.terms import iri as node

        rows = self.store.select("SELECT ?c WHERE { ?s rdfs:comment ?c }", {"s": node(str(iri))})
        by_lang = {}
        for r in sorted(rows, key=lambda r: r["c"].value):
            by_lang.setdefault(r["c"].language or "", r["c"].value)
        return by_lang.get(lang) or by_lang.get("zh") or by_lang.get("en") or next(iter(by_lang.values()), "")

    def edge_evidence_iris(self, s, p, o) -> list[str]:
        by_subject = self._subject_stmt_cache.get(str(s))
        if by_subject is not None:
            return sorted(by_subject.get((str(s), str(p), str(o)), []))
        return self.statement_evidence(s).get((str(s), str(p), str(o)), [])

    def edge_evidence(self, s, p, o) -> list[dict]:
        return self.evidence_records(self.edge_evidence_iris(s, p, o))

    def evidence_records(self, evs) -> list[dict]:
        """Quote, offset and source of each evidence resource (cached: many edges share a sentence)."""
        from .store.terms import iri as node

        evs = [str(e) for e in evs]
        todo = sorted({e for e in evs if e not in self._evidence_cache})
        for i in range(0, len(todo), 400):
            rows = self.select("evidence", values={"ev": [node(e) for e in todo[i:i + 400]]})
            self.prefetch({r["src"].value for r in rows if "src" in r})
            for r in rows:
                src = _v(r.get("src"))
                self._evidence_cache[r["ev"].value] = {
                    "iri": r["ev"].value, "quote": r["quote"].value,
                    "translation": _v(r.get("translation")),
                    "offset": int(r["offset"].value) if "offset" in r else None,
                    "source": {"iri": src, "title": self.label(src) if src else None,
                               "title_en": self.label(src, "en") if src else None,
                               "url": _v(r.get("url")), "file": _v(r.get("file"))},
                }
        return [dict(self._evidence_cache[e]) for e in evs if e in self._evidence_cache]

    def evidence_record(self, ev) -> dict:
        recs = self.evidence_records([ev])
        return recs[0] if recs else {"iri": str(ev), "quote": "", "offset": None, "source": {}}

    def evidence_dict(self, ev) -> dict:
        return self.evidence_record(ev)

    def _out(self, iri) -> list[tuple[str, object]]:
        from .store.terms import iri as node

        hit = self._out_cache.get(str(iri))
        if hit is not None:
            return hit
        return [(r["p"].value, r["o"]) for r in self.select("out", {"s": node(str(iri))})]

    def prefetch_details(self, iris) -> None:
        """Statements and observations of many resources in a few queries (whole-graph pages draw thousands)."""
        from .store.terms import iri as node

        todo = sorted({str(i) for i in iris} - set(self._out_cache))
        for i in range(0, len(todo), 400):
            chunk = todo[i:i + 400]
            out: dict[str, list] = {c: [] for c in chunk}
            for r in self.select("out-many", values={"s": [node(c) for c in chunk]}):
                out[r["s"].value].append((r["p"].value, r["o"]))
            self._out_cache.update(out)
            obs: dict[str, list] = {c: [] for c in chunk}
            for r in self.select("observations-of-many", values={"e": [node(c) for c in chunk]}):
                obs[r["e"].value].append(r["ob"].value)
            self._obs_cache.update(obs)
            st: dict[str, dict] = {c: {} for c in chunk}
            for r in self.select("statement-evidence-many", values={"s": [node(c) for c in chunk]}):
                st[r["s"].value].setdefault((r["s"].value, r["p"].value, r["o"].value), []).append(r["ev"].value)
            self._subject_stmt_cache.update(st)

    def entity_evidence_iris(self, iri) -> list[str]:
        return sorted(o.value for p, o in self._out(iri) if p == PROV_DERIVED)

    def entity_evidence(self, iri) -> list[dict]:
        return self.evidence_records(self.entity_evidence_iris(iri))

    # ------------------------------------------------------------------ facts and figures
    def facts(self, iri, lang: str = "zh") -> list[dict]:
        """Every statement about an entity, out and in, except labels, types and bookkeeping."""
        import pyoxigraph as ox

        from .store.terms import iri as node

        e = str(iri)
        out_rows = sorted(((p, o) for p, o in self._out(e) if p not in HIDDEN), key=lambda x: (x[0], str(x[1])))
        in_rows = sorted((r["s"].value, r["p"].value) for r in
                         self.select("in-from-entities", {"o": node(e)}, among=self._entity_values())
                         if r["p"].value not in HIDDEN)
        ev = self.statement_evidence(e)
        self.prefetch([p for p, _ in out_rows] + [o.value for _, o in out_rows if isinstance(o, ox.NamedNode)]
                      + [s for s, _ in in_rows] + [p for _, p in in_rows])
        self.evidence_records([x for v in ev.values() for x in v])
        facts = []
        for p, o in out_rows:
            f = {"relation": {"iri": p, "label": self.label(p, lang)}, "direction": "out"}
            if isinstance(o, ox.Literal):
                f["value"] = o.value
                if o.language:
                    f["lang"] = o.language
                    tr = self.store.select("SELECT ?t WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; "
                                           "gxo:translation ?t }", {"s": node(e), "p": node(p), "o": o})
                    if tr:
                        f["translation"] = tr[0]["t"].value  # the project's English, not the source's words
                else:
                    f["datatype"] = o.datatype.value
            else:
                f["iri"] = o.value
                f["label"] = self.label(o.value, lang)
            f["evidence"] = self.evidence_records(ev.get((e, p, o.value), []))
            f["derived"] = self.derivation(e, p, o.value, lang) if isinstance(o, ox.NamedNode) else None
            facts.append(f)
        for s, p in in_rows:
            facts.append({"relation": {"iri": p, "label": self.label(p, lang)}, "direction": "in", "iri": s,
                          "label": self.label(s, lang), "evidence": self.evidence_records(ev.get((s, p, e), [])),
                          "derived": self.derivation(s, p, e, lang)})
        return facts

    def literal_facts(self, iri, lang: str = "zh") -> list[tuple[str, str]]:
        """(relation label, value) of an entity's literal-valued facts, without evidence: cheap, for pages."""
        import pyoxigraph as ox

        rows = sorted((p, o.value) for p, o in self._out(iri) if isinstance(o, ox.Literal) and p not in HIDDEN)
        return [(self.label(p, lang), v) for p, v in rows]

    def observations(self, iri, lang: str = "zh") -> list[dict]:
        """The figures stated about an entity (or measured by an indicator), with unit, period and quote."""
        from .store.terms import iri as node

        if str(iri) in self._obs_cache:
            obs = sorted(self._obs_cache[str(iri)])
        else:
            obs = sorted(r["ob"].value for r in self.select("observations-of", {"e": node(str(iri))}))
        rows = self.observations_by_iri(obs, lang)
        rows.sort(key=lambda r: (r["indicator"]["label"], r["period"]["sort"], r["iri"]))
        return rows

    def observations_by_iri(self, obs: list[str], lang: str = "zh") -> list[dict]:
        from .store.terms import iri as node

        props: dict[str, dict[str, list]] = {o: defaultdict(list) for o in obs}
        for i in range(0, len(obs), 200):
            for r in self.select("describe-values", values={"ob": [node(o) for o in obs[i:i + 200]]}):
                props[r["ob"].value][r["p"].value.split("#")[-1] if r["p"].value.startswith(GXO_NS) else r["p"].value].append(r["o"])
        linked = {t.value for d in props.values() for k in ("about", "indicator", "unit", "qualifier") for t in d.get(k, [])}
        self.prefetch(linked)
        evs = [t.value for d in props.values() for t in d.get(PROV_DERIVED, [])]
        self.evidence_records(evs)
        return [self._observation(o, props[o], lang) for o in obs]

    def observation(self, ob, lang: str = "zh") -> dict:
        return self.observations_by_iri([str(ob)], lang)[0]

    def _observation(self, ob: str, d: dict, lang: str) -> dict:
        def one(k):
            v = d.get(k)
            return v[0].value if v else None

        unit, qual, ind, about = one("unit"), one("qualifier"), one("indicator"), one("about")
        period = {k: one(p) for k, p in (("year", "year"), ("start", "periodStart"), ("end", "periodEnd"),
                                         ("as_of", "asOf"), ("date", "date"))}
        period = {k: v for k, v in period.items() if v}
        if one("cumulative") == "true":
            period["cumulative"] = True
        period["text"] = period_text(period, lang)
        period["sort"] = period.get("year") or period.get("start") or period.get("as_of") or period.get("date") or ""
        return {
            "iri": ob,
            "about": {"iri": about, "label": self.label(about, lang)},
            "indicator": {"iri": ind, "label": self.label(ind, lang)},
            "value": _num(one("value")),
            "min": _num(one("minValue")),
            "max": _num(one("maxValue")),
            "unit": {"iri": unit, "label": self.label(unit, lang), "symbol": self.notation(unit)} if unit else None,
            "qualifier": {"iri": qual, "label": self.label(qual, lang)} if qual else None,
            "stated_as": one("statedAs"),
            "period": period,
            "computed_from": sorted(t.value for t in d.get("computedFrom", [])),
            "derivation": one("derivation"),
            "evidence": (ev := self.evidence_records(sorted(t.value for t in d.get(PROV_DERIVED, [])))),
            "source": ({"iri": ev[0]["source"]["iri"], "title": ev[0]["source"]["title"]} if ev and ev[0].get("source")
                       else None),
        }

    # ------------------------------------------------------------------ neighbourhoods and paths
    def neighbors(self, iri, depth: int = 1, direction: str = "both", relations=None, types=None,
                  limit: int | None = None, with_evidence: bool = False) -> list[Edge]:
        """Breadth-first neighbourhood: every edge that reaches a node first seen at depth d (1..depth).

        A neighbour linked by two relations (京东 operates rural e-commerce in, and settled in, 广西)
        appears once per relation; a node is never revisited at a greater depth. One query per layer.
        """
        start = str(iri)
        rels = {str(r) for r in relations} if relations else None
        seen = {start}
        frontier = [start]
        out: list[Edge] = []
        for d in range(1, depth + 1):
            if not frontier:
                break
            adj = self.adjacent_many(frontier)
            layer: dict[str, None] = {}
            for node in frontier:
                for p, other, dirn in adj.get(node, []):
                    if direction != "both" and dirn != direction:
                        continue
                    if rels and p not in rels:
                        continue
                    if other in seen:
                        continue
                    layer[other] = None
                    if types and not any(self.is_a(other, t) for t in types):
                        continue
                    out.append(Edge(node, p, other, dirn, d))
                    if limit and len(out) >= limit:
                        break
                if limit and len(out) >= limit:
                    break
            seen.update(layer)
            frontier = list(layer)
            if limit and len(out) >= limit:
                break
        self.prefetch({x.other for x in out} | {x.relation for x in out})
        for x in out:
            s, o = (x.source, x.other) if x.direction == "out" else (x.other, x.source)
            x.rule = self.statement_rules(s).get((s, x.relation, o))
        if with_evidence:
            for x in out:
                s, o = (x.source, x.other) if x.direction == "out" else (x.other, x.source)
                x.evidence = self.edge_evidence(s, x.relation, o)
        return out

    def paths(self, a, b, max_length: int = 6, all_paths: bool = False, exclude=()) -> list[list]:
        """Shortest relationship path(s) from a to b over edges in either direction, one query per layer.

        A path is [node, (relation, direction), node, ...]; direction is as the edge is stated. Relations in
        `exclude` (e.g. locatedIn, to leave out administrative links) are not walked.
        """
        exclude = {str(r) for r in exclude}
        a, b = str(a), str(b)
        if a == b:
            return [[a]]
        dist = {a: 0}
        preds: dict[str, list] = defaultdict(list)
        frontier = [a]
        while frontier and b not in dist:
            frontier = [n for n in frontier if dist[n] < max_length]
            if not frontier:
                break
            adj = self.adjacent_many(frontier)
            nxt = []
            for node in frontier:
                for p, other, dirn in adj.get(node, []):
                    if p in exclude:
                        continue
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
        self.prefetch({x for p in results for x in p if isinstance(x, str)} | {x[0] for p in results for x in p if isinstance(x, tuple)})
        return results

    def describe_path(self, path: list, lang: str = "zh") -> str:
        """A path from `paths` told in words: 百色芒果 —产自→ 百色市."""
        out = []
        for x in path:
            if isinstance(x, tuple):
                rel = self.label(x[0], lang)
                out.append(f"—{rel}→" if x[1] == "out" else f"←{rel}—")
            else:
                out.append(self.label(x, lang))
        return " ".join(out)

    def describe(self, iri) -> list:
        """Triples (pyoxigraph) saying what the graph knows about a resource, for its RDF representations."""
        from .store.terms import iri as node

        return self.store.construct(lookup("describe"), {"x": node(str(iri))})


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
