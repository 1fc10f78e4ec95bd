"""`gxkg validate`: SHACL shapes, SPARQL *-violation.rq checks, provenance, and derived-figure checks.

The files are parsed once by Oxigraph's Rust parser. The SPARQL checks, provenance and cross-source checks
run as queries on an in-memory Oxigraph store of those files (the engine every other command uses), so
they grow with the graph, not faster. SHACL runs in pyshacl node by node: each focus node's result is
cached under a digest of everything its shapes can read (its own triples, the types of the nodes it points
to, the class hierarchy and the shapes), so after one source changes only that source's nodes are
validated again.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path

from .errors import GraphParseError
from .kg import cache_dir, data_dir, default_files, graph_iri
from .namespaces import GXO, PREFIX_MAP, RDF, RDFS, curie
from .numbers import read_number
from .vocab import shapes_turtle, vocabulary

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
CACHE_FORMAT = "1"


def _ox_parse(path: Path) -> list:
    """The triples of one Turtle file as Oxigraph terms, exactly as written (datatypes are not normalised,
    as a store would); a syntax error becomes a one-line GraphParseError naming file and line."""
    import pyoxigraph as ox

    path = Path(path)
    if not path.is_file():
        raise GraphParseError(f"{path}: no such file")
    try:
        with open(path, "rb") as fh:
            return list(ox.parse(fh, format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri()))
    except SyntaxError as e:
        msg = re.sub(r"^Parser error at line \d+ column \d+: ", "", str(e.msg or e))
        col = f", column {e.offset}" if e.offset else ""
        raise GraphParseError(f"{path}:{e.lineno}: Turtle syntax error{col}: {msg}") from None
    except (OSError, ValueError) as e:
        raise GraphParseError(f"{path}: cannot read: {e}") from None


def _to_rdflib(t, scope: str = ""):
    """One Oxigraph term as an rdflib term (pyshacl's input)."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(f"f{scope}{t.value}")
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        if t.datatype.value == _XSD_STRING:
            return Literal(t.value)
        return Literal(t.value, datatype=URIRef(t.datatype.value))
    raise GraphParseError(f"unsupported RDF term {t!r}")


def parse_file(g, path: Path) -> None:
    """Parse one Turtle file into the rdflib graph g (pyoxigraph's parser; its terms become rdflib terms)."""
    scope = hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:8]  # blank-node labels are per file
    conv = {}
    for t in _ox_parse(path):
        parts = []
        for x in (t.subject, t.predicate, t.object):
            r = conv.get(x)
            if r is None:
                r = conv[x] = _to_rdflib(x, scope)
            parts.append(r)
        g.add(tuple(parts))


class CheckGraph:
    """The files as parsed (for SHACL) and loaded into an in-memory Oxigraph store, one named graph per
    file, queried as their union (for the SPARQL checks)."""

    def __init__(self, files: list[Path]):
        import pyoxigraph as ox

        self.files = [Path(f) for f in files]
        self.store = ox.Store()
        self.triples: list = []
        for f in self.files:
            ts = _ox_parse(f)
            g = ox.NamedNode(graph_iri(f))
            self.store.extend(ox.Quad(t.subject, t.predicate, t.object, g) for t in ts)
            self.triples.extend(ts)
        self._labels: dict = {}

    @classmethod
    def from_store(cls, store) -> "CheckGraph":
        """What a store serves (embedded or an endpoint), one named graph per file as it holds them: checked
        as served, datatypes and all, not as the files say."""
        import pyoxigraph as ox

        self = cls([])
        quads = list(ox.parse(store.dump("nquads"), format=ox.RdfFormat.N_QUADS))
        self.store.extend(quads)
        self.triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
        self.files = sorted({q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}) or ["(default graph)"]
        return self

    def __len__(self) -> int:
        return len(self.store)

    def select(self, text: str, **bind) -> list[dict]:
        """Rows of a SELECT over the union of the files, each a dict of variable -> Oxigraph term."""
        import pyoxigraph as ox

        subs = {ox.Variable(k): (ox.NamedNode(v) if isinstance(v, str) else v) for k, v in bind.items()}
        res = self.store.query(text, prefixes=PREFIX_MAP, use_default_graph_as_union=True, substitutions=subs or None)
        names = [v.value for v in res.variables]
        return [{n: row[n] for n in names if row[n] is not None} for row in res]

    def label(self, iri, lang: str = "zh") -> str:
        iri = _value(iri)
        if iri not in self._labels:
            labels = {}
            for r in self.select("SELECT ?s ?l WHERE { ?s rdfs:label ?l }", s=iri):
                labels.setdefault(r["l"].language or "", r["l"].value)
            self._labels[iri] = labels
        labels = self._labels[iri]
        return labels.get(lang) or labels.get("zh") or labels.get("en") or curie(iri)


def _value(term) -> str:
    return term.value if hasattr(term, "value") else str(term)


@dataclass
class Violation:
    check: str
    node: str
    message: str


@dataclass
class Report:
    violations: list[Violation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    conflicts: list[dict] = field(default_factory=list)
    deprecated: list[dict] = field(default_factory=list)  # facts kept in their drafts, out of the graph: information

    @property
    def ok(self) -> bool:
        return not self.violations


def parse_stated(text: str, vocab=None) -> list[Decimal]:
    """The numbers a stated figure denotes, in base units, read by gxkg.numbers (the reader ingest uses):
    '1.6亿元' -> [160000000]; '16～40岁' -> [16, 40]; '十几万' -> [100000, 200000] (a range); '第三' -> [3]."""
    n = read_number(text, vocab)
    return n.values() if n is not None else []


# ------------------------------------------------------------------------------------------------ SHACL
def _nt(t) -> str:
    """A term in N-Triples form for digests; blank nodes (random labels per parse) as one placeholder."""
    import pyoxigraph as ox

    return "_:b" if isinstance(t, ox.BlankNode) else str(t)


def node_digests(triples: list, shapes_text: str) -> tuple[dict, dict, list, dict]:
    """(digest per subject, triples per subject, class-hierarchy triples).

    A node's SHACL result can depend only on its own triples, the rdf:type of the nodes its triples point
    to (sh:class), the class hierarchy (targets and sh:class through rdfs:subClassOf) and the shapes: the
    shapes in ontology/shapes.ttl use nothing else (no sh:node, sh:sparql or inverse paths). The digest
    covers exactly that, so an unchanged digest means an unchanged result."""
    from importlib.metadata import version  # not pyshacl.__version__: importing pyshacl costs 2 s

    by_subject: dict = defaultdict(set)
    types: dict = defaultdict(set)
    hierarchy = []
    for t in triples:
        by_subject[t.subject].add(t)
        p = t.predicate.value
        if p == RDF.type:
            types[t.subject].add(t)
        elif p == RDFS.subClassOf:
            hierarchy.append(t)
    glob = hashlib.sha256(f"{CACHE_FORMAT} pyshacl {version('pyshacl')}\n{shapes_text}\n".encode())
    for line in sorted(f"{_nt(t.subject)} {_nt(t.object)}" for t in hierarchy):
        glob.update(line.encode() + b"\n")
    g = glob.hexdigest()
    digests = {s: _node_digest(g, ts, types) for s, ts in by_subject.items()}
    return digests, by_subject, hierarchy, types


def _node_digest(g: str, ts: set, types: dict) -> str:
    """The digest of one node: the global digest g, its triples and the types of the nodes they point to."""
    h = hashlib.sha256(g.encode())
    lines = {f"{_nt(t.subject)} {_nt(t.predicate)} {_nt(t.object)}" for t in ts}
    for t in ts:
        for ty in types.get(t.object, ()):
            lines.add(f"{_nt(t.object)} a {_nt(ty.object)}")
    for line in sorted(lines):
        h.update(line.encode() + b"\n")
    return h.hexdigest()


class ShaclCache:
    """Validation results by node digest in a SQLite file beside the stores; none when the cache dir is not writable."""

    def __init__(self, path: Path | None):
        self.db = None
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=10)
            self.db.execute("CREATE TABLE IF NOT EXISTS result (digest TEXT PRIMARY KEY, violations TEXT, used INTEGER)")
        except (OSError, sqlite3.Error):
            self.db = None

    def get(self, digests: list[str]) -> dict[str, list]:
        if self.db is None or not digests:
            return {}
        out = {}
        try:
            for i in range(0, len(digests), 500):
                chunk = digests[i:i + 500]
                q = f"SELECT digest, violations FROM result WHERE digest IN ({','.join('?' * len(chunk))})"
                out.update((d, json.loads(v)) for d, v in self.db.execute(q, chunk))
        except (sqlite3.Error, ValueError):
            return {}
        return out

    def put(self, results: dict[str, list], keep: set[str]) -> None:
        """Store new results; drop results no node of this graph uses once they outnumber the live ones."""
        if self.db is None:
            return
        try:
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO result VALUES (?, ?, 0)",
                                    [(d, json.dumps(v, ensure_ascii=False)) for d, v in results.items()])
                total = self.db.execute("SELECT COUNT(*) FROM result").fetchone()[0]
                if total > 4 * max(len(keep), 1000):
                    self.db.execute("CREATE TEMP TABLE IF NOT EXISTS live (digest TEXT PRIMARY KEY)")
                    self.db.execute("DELETE FROM live")
                    self.db.executemany("INSERT OR IGNORE INTO live VALUES (?)", [(d,) for d in keep])
                    self.db.execute("DELETE FROM result WHERE digest NOT IN (SELECT digest FROM live)")
        except sqlite3.Error:
            pass

    def close(self):
        if self.db is not None:
            self.db.close()


def _shacl_data(pending: list, by_subject: dict, hierarchy: list, types: dict):
    """An rdflib graph of what the pending nodes' results depend on: the class hierarchy, their triples and the
    types of the nodes they point to."""
    from rdflib import Graph

    data = Graph()
    conv: dict = {}

    def rd(x):
        r = conv.get(x)
        if r is None:
            r = conv[x] = _to_rdflib(x)
        return r

    for t in hierarchy:
        data.add((rd(t.subject), rd(t.predicate), rd(t.object)))
    for s in pending:
        for t in by_subject[s]:
            data.add((rd(t.subject), rd(t.predicate), rd(t.object)))
            for ty in types.get(t.object, ()):
                data.add((rd(ty.subject), rd(ty.predicate), rd(ty.object)))
    return data


def _messages(results) -> dict:
    """Focus node -> its messages ("path: message") from pyshacl's results graph."""
    from rdflib import URIRef

    per_node: dict = defaultdict(list)
    sh = "http://www.w3.org/ns/shacl#"
    for r in results.subjects(URIRef(RDF.type), URIRef(sh + "ValidationResult")):
        node = results.value(r, URIRef(sh + "focusNode"))
        path = results.value(r, URIRef(sh + "resultPath"))
        msg = results.value(r, URIRef(sh + "resultMessage"))
        where = f"{curie(path)}: " if isinstance(path, URIRef) else ""
        per_node[str(node)].append(f"{where}{msg}")  # kept by run_shacl only for pending nodes
    return per_node


def run_shacl(kg: CheckGraph, shapes_path: Path, cache: Path | None = None, made: str = "") -> tuple[list[Violation], dict]:
    """SHACL violations of every node, validating in pyshacl only the nodes whose digest is not cached.
    `made` is Turtle of further shapes (those made from the ontology's domains and ranges).
    Returns the violations and how many nodes were validated and how many came from the cache."""
    shapes_text = Path(shapes_path).read_text(encoding="utf-8") + "\n" + made
    digests, by_subject, hierarchy, types = node_digests(kg.triples, shapes_text)
    store = ShaclCache(cache)
    try:
        known = store.get(sorted(set(digests.values())))
        pending = [s for s, d in digests.items() if d not in known]
        fresh: dict[str, list] = {}
        if pending:  # pyshacl and rdflib (2 s to import) only when a node needs validating
            from pyshacl import validate as shacl_validate
            from rdflib import Graph

            shapes = Graph()
            parse_file(shapes, shapes_path)
            if made:
                shapes.parse(data=made, format="turtle")
            data = _shacl_data(pending, by_subject, hierarchy, types)
            # Not pyshacl's focus_nodes: it drops the value nodes of qualified shapes (every label check
            # then fails). The nodes pointed to carry only their types here, so their own results are
            # partial and are ignored: only the pending nodes' results are kept.
            conforms, results, _ = shacl_validate(data, shacl_graph=shapes, inference="none", advanced=True)
            per_node = _messages(results) if not conforms else {}
            for s in pending:
                fresh[digests[s]] = sorted(set(per_node.get(_value(s), [])))
            store.put(fresh, set(digests.values()))
        results_by_digest = {**known, **fresh}
    finally:
        store.close()
    out = [Violation("shacl", curie(_value(s)), m) for s, d in digests.items() for m in results_by_digest.get(d, [])]
    out.sort(key=lambda v: (v.node, v.message))
    return out, {"nodes": len(digests), "validated": len(pending), "cached": len(digests) - len(pending)}


# ------------------------------------------------------------------------------------------------ SPARQL checks
def violation_queries() -> list[tuple[str, str]]:
    """(name, text) of every packaged *-violation.rq check."""
    pkg = resources.files("gxkg.checks")
    return sorted((p.name, p.read_text(encoding="utf-8")) for p in pkg.iterdir() if p.name.endswith("-violation.rq"))


def _show(term) -> str:
    import pyoxigraph as ox

    return curie(term.value) if isinstance(term, ox.NamedNode) else _value(term)


def run_checks(kg: CheckGraph) -> list[Violation]:
    out = []
    for name, text in violation_queries():
        for d in kg.select(text):
            node = d.pop("node", None)
            detail = ", ".join(f"{k}={_show(v)}" for k, v in sorted(d.items()))
            out.append(Violation(name.removesuffix(".rq"), _show(node) if node is not None else "?", detail))
    return out


# ------------------------------------------------------------------------------------------------ provenance
_EVIDENCE = """SELECT ?ev ?quote ?src ?file ?off WHERE {
  ?ev a gxo:Evidence ; gxo:quote ?quote ; dct:source ?src .
  OPTIONAL { ?src gxo:sourceFile ?file } OPTIONAL { ?ev gxo:startOffset ?off }
} ORDER BY ?ev"""
_STATED = """SELECT ?ob ?stated ?value ?lo ?hi (GROUP_CONCAT(?quote; separator="\\u0000") AS ?quotes) WHERE {
  ?ob a gxo:Observation ; gxo:statedAs ?stated .
  OPTIONAL { ?ob prov:wasDerivedFrom/gxo:quote ?quote }
  OPTIONAL { ?ob gxo:value ?value } OPTIONAL { ?ob gxo:minValue ?lo } OPTIONAL { ?ob gxo:maxValue ?hi }
} GROUP BY ?ob ?stated ?value ?lo ?hi ORDER BY ?ob"""


def _source_text(sources_dir: Path, fname: str) -> str | None:
    """A source's text, read only from inside the sources folder (a path that leaves it is never read)."""
    root = Path(sources_dir).resolve()
    path = (root / fname).resolve()
    if root not in path.parents or not path.is_file():
        return None
    return path.read_text(encoding="utf-8")


def run_provenance(kg: CheckGraph, sources_dir: Path, vocab=None) -> list[Violation]:
    """Every quote is verbatim in its source file (at its offset); every figure's statedAs is in its quote."""
    out = []
    texts: dict[str, str | None] = {}
    for r in kg.select(_EVIDENCE):
        src = _value(r["src"])
        if src not in texts:
            fname = r["file"].value if "file" in r else None
            texts[src] = _source_text(sources_dir, fname) if fname else None
            if texts[src] is None:
                out.append(Violation("provenance", curie(src), f"source file {fname} not found under {sources_dir}"))
        if texts[src] is not None:
            out += _quote_problems(r, texts[src])
    for r in kg.select(_STATED):
        out += _stated_problems(r, vocab)
    return out


def _quote_problems(r: dict, text: str) -> list[Violation]:
    """A quote that is not in its source's text, or not at its gxo:startOffset."""
    ev, quote, src = _value(r["ev"]), r["quote"].value, _value(r["src"])
    if quote not in text:
        return [Violation("provenance", curie(ev), f"quote is not a verbatim substring of {curie(src)}: {quote[:40]!r}")]
    off = int(r["off"].value) if "off" in r else None
    if off is not None and text[off:off + len(quote)] != quote:
        return [Violation("provenance", curie(ev), f"quote is not at its gxo:startOffset {off}")]
    return []


def _stated_problems(r: dict, vocab) -> list[Violation]:
    """A figure's statedAs that is in none of its quotes, or whose number is not its value (or range)."""
    ob, stated = _value(r["ob"]), r["stated"].value
    quotes = r["quotes"].value.split("\u0000") if "quotes" in r and r["quotes"].value else []
    out = []
    if not any(stated in q for q in quotes):
        out.append(Violation("provenance", curie(ob), f"statedAs {stated!r} does not occur in its evidence quote"))
    numbers = parse_stated(stated, vocab)
    expected = [_decimal(r[k]) for k in ("value", "lo", "hi") if k in r]
    if numbers and expected and sorted(numbers) != sorted(expected):
        out.append(Violation("provenance", curie(ob), f"value {', '.join(map(str, expected))} does not match statedAs {stated!r} ({', '.join(map(str, numbers))})"))
    return out


def _decimal(term) -> Decimal:
    try:
        return Decimal(term.value)
    except InvalidOperation:
        return Decimal("NaN")


# ------------------------------------------------------------------------------------------------ figures
_FIGURES = """SELECT ?ob ?about ?ind ?value ?stated ?year ?ps ?pe ?asOf ?date ?src ?growthOf ?then WHERE {
  ?ob a gxo:Observation ; gxo:value ?value .
  OPTIONAL { ?ob gxo:about ?about } OPTIONAL { ?ob gxo:indicator ?ind } OPTIONAL { ?ob gxo:statedAs ?stated }
  OPTIONAL { ?ob gxo:year ?year } OPTIONAL { ?ob gxo:periodStart ?ps } OPTIONAL { ?ob gxo:periodEnd ?pe }
  OPTIONAL { ?ob gxo:asOf ?asOf } OPTIONAL { ?ob gxo:date ?date }
  OPTIONAL { ?ob prov:wasDerivedFrom/dct:source ?src }
  OPTIONAL { ?ind gxo:growthOf ?growthOf } OPTIONAL { ?ob gxo:comparedTo ?then }
}"""


def cross_source_checks(kg: CheckGraph) -> tuple[list[dict], list[dict]]:
    """Figures from several sources: (conflicts, growth checks).

    A conflict is the same indicator of the same entity for the same period stated with values that differ
    by more than rounding (0.5%). A growth check recomputes a stated growth rate (an indicator that is
    gxo:growthOf another, with gxo:comparedTo) from the two figures it relates, whichever sources state them."""
    rows = _figure_rows(kg)
    groups: dict[tuple, list] = defaultdict(list)
    for ob, r in rows.items():
        period = tuple(r.get(k, "") for k in ("year", "ps", "pe", "asOf", "date"))
        groups[(r.get("about"), r.get("ind"), period)].append(ob)
    conflicts = [c for key, obs in groups.items() for c in _conflict(kg, rows, key, obs)]
    growth = [_growth_check(kg, rows, groups, ob, r) for ob, r in sorted(rows.items())
              if r.get("growthOf") is not None and r.get("then") is not None and r.get("year") is not None]
    return conflicts, growth


def _figure_rows(kg: CheckGraph) -> dict[str, dict]:
    """Observation -> its values by column, one row per observation (a second evidence adds nothing here)."""
    rows: dict[str, dict] = {}
    for r in kg.select(_FIGURES):
        ob = _value(r["ob"])
        if ob in rows:
            continue
        rows[ob] = {k: _value(v) for k, v in r.items()}
        rows[ob]["value"] = _decimal(r["value"])
    return rows


def _conflict(kg: CheckGraph, rows: dict, key: tuple, obs: list) -> list[dict]:
    """[the conflict] when figures of one entity, indicator and period from two or more sources differ by more
    than rounding (0.5%), else []."""
    about, ind, period = key
    if len({rows[o].get("src") for o in obs}) < 2:
        return []
    vals = sorted(rows[o]["value"] for o in obs)
    if vals[0] == vals[-1] or abs(vals[-1] - vals[0]) <= abs(vals[-1]) * Decimal("0.005"):
        return []
    return [{"about": kg.label(about, "en"), "indicator": kg.label(ind, "en"),
             "period": "/".join(p for p in period if p) or "unstated",
             "values": [{"value": float(rows[o]["value"]), "stated": rows[o].get("stated", ""),
                         "source": kg.label(rows[o].get("src", ""), "en")} for o in sorted(obs)]}]


def _growth_check(kg: CheckGraph, rows: dict, groups: dict, ob: str, r: dict) -> dict:
    """A stated growth rate recomputed from the figures of the year and the year it is compared to, whichever
    sources state them; or why it cannot be."""
    base, then, year = r["growthOf"], r["then"], r["year"]
    find = lambda y: next(iter(groups.get((r.get("about"), base, (str(y), "", "", "", "")), [])), None)  # noqa: E731
    now, before = find(year), find(then)
    row = {"observation": ob, "label": kg.label(ob, "en"), "stated": float(r["value"]), "recomputed": None}
    if now is None or before is None or rows[before]["value"] == 0:
        row["note"] = f"not recomputable: the graph lacks the {year} or {then} figure it compares"
        return row
    rate = (rows[now]["value"] / rows[before]["value"] - 1) * 100
    row.update(recomputed=round(float(rate), 2), difference=round(float(r["value"] - rate), 2),
               note=f"({rows[now]['value']} [{kg.label(rows[now].get('src', ''), 'en')}] / {rows[before]['value']} "
                    f"[{kg.label(rows[before].get('src', ''), 'en')}]) - 1")
    return row


_DERIVED = """SELECT ?ob ?how ?value ?in ?inValue ?inYear WHERE {
  ?ob gxo:derivation ?how ; gxo:value ?value .
  OPTIONAL { ?ob gxo:computedFrom ?in . OPTIONAL { ?in gxo:value ?inValue } OPTIONAL { ?in gxo:year ?inYear } }
} ORDER BY ?ob"""


def derived_figures(kg: CheckGraph) -> list[dict]:
    """Recompute each derived figure from the figures it is computed from; report, never change, the difference."""
    found: dict[str, dict] = {}
    for r in kg.select(_DERIVED):
        ob = _value(r["ob"])
        d = found.setdefault(ob, {"how": _value(r["how"]), "value": _decimal(r["value"]), "inputs": {}})
        if "in" in r:
            d["inputs"][_value(r["in"])] = (r["inYear"].value if "inYear" in r else "",
                                            _decimal(r["inValue"]) if "inValue" in r else None)
    out = []
    for ob, d in sorted(found.items()):
        row = {"observation": ob, "label": kg.label(ob, "en"), "derivation": curie(d["how"]), "stated": float(d["value"]),
               "recomputed": None, "difference": None, "note": ""}
        _recompute(row, d)
        out.append(row)
    return out


def _recompute(row: dict, d: dict) -> None:
    """A derived figure's row with its recomputed value and difference (a compound annual growth from its two
    inputs), or why it cannot be recomputed."""
    stated = d["value"]
    inputs = sorted(d["inputs"].values(), key=lambda v: v[0])
    if d["how"] == GXO.CompoundAnnualGrowth and len(inputs) == 2 and all(v is not None for _, v in inputs):
        (y0, first), (y1, last) = inputs
        years = int(y1) - int(y0)
        rate = (float(last / first) ** (1 / years) - 1) * 100
        row.update(recomputed=round(rate, 2), difference=round(float(stated) - rate, 2),
                   note=f"({last}/{first})^(1/{years}) - 1 over {years} years")
    elif d["how"] == GXO.ShareOfTotal:
        row["note"] = "not recomputable: the source states the part but not the total"


# ------------------------------------------------------------------------------------------------ all of it
def deprecated_items(base: Path) -> list[dict]:
    """The deprecated items of every draft under base (from the sources index: a draft is read only when it
    changed); a broken draft is build's and sources' to report."""
    from .sources.index import listing

    return [d for _, line in listing(base, skip_damaged=True) for d in line["deprecated"]]


def validate(files: list[Path] | None = None, base: Path | None = None, cache: bool = True,
             store=None) -> tuple[Report, CheckGraph]:
    """Every check on the files (the ontology and graph/*.ttl under base by default), or on what `store`
    serves (its quotes checked against base's sources). SHACL results are cached per node under the cache
    dir unless cache is False."""
    base = Path(base) if base else data_dir()
    kg = CheckGraph.from_store(store) if store is not None else CheckGraph(files or default_files(base))
    report = Report()
    report.counts["triples"] = len(kg)
    cache_file = cache_dir() / "validate" / "shacl.sqlite" if cache else None
    onto = base / "ontology" / "gxkg.ttl"  # this data's ontology: its domains and ranges, its number words
    vocab = vocabulary(onto) if onto.is_file() else None
    shacl, done = run_shacl(kg, base / "ontology" / "shapes.ttl", cache_file, shapes_turtle(vocab) if vocab else "")
    checks = run_checks(kg)
    prov = run_provenance(kg, base / "graph" / "sources", vocab)
    report.violations = shacl + checks + prov
    if files is None and store is None:  # graph files a build interrupted half-way left behind
        from .sources.build import stale_files

        report.violations += [Violation("build", name, f"{why}: run `gxkg build`") for name, why in stale_files(base)]
        report.deprecated = deprecated_items(base)
    report.counts.update({"shacl": len(shacl), "checks": len(checks), "provenance": len(prov),
                          "check_queries": len(violation_queries()), "files": len(kg.files),
                          "shacl_nodes": done["nodes"], "shacl_validated": done["validated"],
                          "shacl_cached": done["cached"],
                          "evidence": len(kg.select("SELECT DISTINCT ?e WHERE { ?e a gxo:Evidence }"))})
    conflicts, growth = cross_source_checks(kg)
    report.notes += [_derived_note(d) for d in derived_figures(kg)] + [_growth_note(g) for g in growth]
    report.conflicts = conflicts
    report.notes += [_conflict_note(c) for c in conflicts]
    return report, kg


def _conflict_note(c: dict) -> str:
    """A conflict between sources: the figure and each source's stated value."""
    vals = "; ".join(f"{v['stated']} ({v['source']})" for v in c["values"])
    return f"conflict between sources: {c['about']}, {c['indicator']}, {c['period']}: {vals}"


def _derived_note(d: dict) -> str:
    """A derived figure as stated and as recomputed (or why it cannot be)."""
    if d["recomputed"] is None:
        return f"{d['label']}: stated {d['stated']}%, {d['note']}"
    return (f"{d['label']}: stated {d['stated']}%, recomputed {d['recomputed']}% "
            f"({d['note']}), difference {d['difference']:+} percentage points")


def _growth_note(gr: dict) -> str:
    """A stated growth rate as stated and as recomputed from two figures (or why it cannot be)."""
    if gr["recomputed"] is None:
        return f"{gr['label']}: stated {gr['stated']}%, {gr['note']}"
    return (f"{gr['label']}: stated {gr['stated']}%, recomputed {gr['recomputed']}% {gr['note']}, "
            f"difference {gr['difference']:+} percentage points")
