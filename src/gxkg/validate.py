"""`gxkg validate`: SHACL shapes, SPARQL *-violation.rq checks, provenance, and derived-figure checks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from pathlib import Path

import hashlib

from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from .errors import GraphParseError
from .kg import data_dir, default_files
from .namespaces import GXO_NS, curie, sparql_prologue

GXO = Namespace(GXO_NS)

CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
MULTIPLIERS = {"亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000)}


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


def _error_line(e: Exception) -> int | None:
    """1-based line of a BadSyntax error. Its own `lines` count drifts on multi-byte text, so count in the
    decoded text up to the error's character index."""
    buf, i = getattr(e, "_str", None), getattr(e, "_i", None)
    if isinstance(buf, bytes) and isinstance(i, int):
        return buf.decode("utf-8", "replace")[:i].count("\n") + 1
    lines = getattr(e, "lines", None)
    return lines + 1 if isinstance(lines, int) else None


class FileGraph:
    """The files as one rdflib graph, for pyshacl and the checks (validation reads the files, not the store)."""

    def __init__(self, files: list[Path]):
        self.graph = Graph()
        for f in files:
            parse_file(self.graph, f)

    def label(self, iri, lang: str = "zh") -> str:
        labels = {o.language: str(o) for o in self.graph.objects(URIRef(str(iri)), RDFS.label) if isinstance(o, Literal)}
        return labels.get(lang) or labels.get("zh") or labels.get("en") or curie(str(iri))


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

    @property
    def ok(self) -> bool:
        return not self.violations


def parse_stated(text: str) -> list[Decimal]:
    """The numbers a stated figure denotes, in base units: '1.6亿元' -> [160000000]; '16～40岁' -> [16, 40];
    '十几万' -> [100000, 200000] (a range: at least ten, under twenty)."""
    out = []
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s*([亿万千]?)", text):
        out.append(Decimal(m.group(1)) * MULTIPLIERS.get(m.group(2), 1))
    if not out:
        m = re.search(r"([一二两三四五六七八九]?)十几([亿万千]?)", text)
        if m:
            tens = CN_DIGITS.get(m.group(1), 1) * 10
            mult = MULTIPLIERS.get(m.group(2), 1)
            return [Decimal(tens) * mult, Decimal(tens + 10) * mult]
        ms = re.finditer(r"([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)(?:几|余|多)?([亿万千]?)", text)
        m = next((m for m in ms if any(m.group(i) for i in (1, 2, 3))), None)
        if m:
            tens = CN_DIGITS.get(m.group(1), 1 if m.group(2) else 0) * (10 if m.group(2) else 1)
            n = tens + (CN_DIGITS.get(m.group(3), 0) if m.group(2) else 0)
            if not m.group(2):
                n = CN_DIGITS.get(m.group(1) or m.group(3), 0)
            out.append(Decimal(n) * MULTIPLIERS.get(m.group(4), 1))
    return out


def run_shacl(kg: FileGraph, shapes_path: Path) -> list[Violation]:
    from pyshacl import validate as shacl_validate

    shapes = Graph()
    parse_file(shapes, shapes_path)
    conforms, results, _ = shacl_validate(kg.graph, shacl_graph=shapes, inference="none", advanced=True)
    if conforms:
        return []
    SH = "http://www.w3.org/ns/shacl#"
    out = []
    for r in results.subjects(RDF.type, URIRef(SH + "ValidationResult")):
        focus = results.value(r, URIRef(SH + "focusNode"))
        path = results.value(r, URIRef(SH + "resultPath"))
        msg = results.value(r, URIRef(SH + "resultMessage"))
        where = f" {curie(path)}" if isinstance(path, URIRef) else ""
        out.append(Violation("shacl", curie(focus), f"{where.strip() + ': ' if where else ''}{msg}"))
    out.sort(key=lambda v: (v.node, v.message))
    return out


def violation_queries() -> list[tuple[str, str]]:
    """(name, text) of every packaged *-violation.rq check."""
    pkg = resources.files("gxkg.checks")
    return sorted((p.name, p.read_text(encoding="utf-8")) for p in pkg.iterdir() if p.name.endswith("-violation.rq"))


def run_checks(kg: FileGraph) -> list[Violation]:
    out = []
    for name, text in violation_queries():
        for row in kg.graph.query(sparql_prologue() + text):
            d = row.asdict()
            node = d.pop("node", None)
            detail = ", ".join(f"{k}={curie(v)}" for k, v in sorted(d.items()))
            out.append(Violation(name.removesuffix(".rq"), curie(node) if node is not None else "?", detail))
    return out


def run_provenance(kg: FileGraph, sources_dir: Path) -> list[Violation]:
    """Every quote is verbatim in its source file (at its offset); every figure's statedAs is in its quote."""
    g = kg.graph
    out = []
    texts: dict[URIRef, str | None] = {}
    for ev in sorted(g.subjects(RDF.type, GXO.Evidence)):
        quote = g.value(ev, GXO.quote)
        src = g.value(ev, DCTERMS.source)
        if quote is None or src is None:
            continue  # SHACL reports the missing parts
        if src not in texts:
            fname = g.value(src, GXO.sourceFile)
            path = sources_dir / str(fname) if fname else None
            texts[src] = path.read_text(encoding="utf-8") if path and path.is_file() else None
            if texts[src] is None:
                out.append(Violation("provenance", curie(src), f"source file {fname} not found under {sources_dir}"))
        text = texts[src]
        if text is None:
            continue
        if str(quote) not in text:
            out.append(Violation("provenance", curie(ev), f"quote is not a verbatim substring of {curie(src)}: {str(quote)[:40]!r}"))
            continue
        off = g.value(ev, GXO.startOffset)
        if off is not None and text[int(off):int(off) + len(quote)] != str(quote):
            out.append(Violation("provenance", curie(ev), f"quote is not at its gxo:startOffset {off}"))
    for ob in sorted(g.subjects(RDF.type, GXO.Observation)):
        stated = g.value(ob, GXO.statedAs)
        if stated is None:
            continue
        quotes = [str(g.value(ev, GXO.quote)) for ev in g.objects(ob, PROV.wasDerivedFrom)]
        if not any(str(stated) in q for q in quotes):
            out.append(Violation("provenance", curie(ob), f"statedAs {str(stated)!r} does not occur in its evidence quote"))
        numbers = parse_stated(str(stated))
        value, lo, hi = (g.value(ob, p) for p in (GXO.value, GXO.minValue, GXO.maxValue))
        expected = [Decimal(str(v)) for v in (value, lo, hi) if v is not None]
        if numbers and expected and sorted(numbers) != sorted(expected):
            out.append(Violation("provenance", curie(ob), f"value {', '.join(map(str, expected))} does not match statedAs {str(stated)!r} ({', '.join(map(str, numbers))})"))
    return out


def _period_key(g, ob) -> tuple:
    return tuple(str(g.value(ob, p) or "") for p in (GXO.year, GXO.periodStart, GXO.periodEnd, GXO.asOf, GXO.date))


def _source_of(g, ob):
    ev = next(iter(g.objects(ob, PROV.wasDerivedFrom)), None)
    return g.value(ev, DCTERMS.source) if ev is not None else None


def cross_source_checks(kg: FileGraph) -> tuple[list[dict], list[dict]]:
    """Figures from several sources: (conflicts, growth checks).

    A conflict is the same indicator of the same entity for the same period stated with values that differ
    by more than rounding (0.5%). A growth check recomputes a stated growth rate (an indicator that is
    gxo:growthOf another, with gxo:comparedTo) from the two figures it relates, whichever sources state them."""
    g = kg.graph
    groups: dict[tuple, list] = {}
    values = {}
    for ob in g.subjects(RDF.type, GXO.Observation):
        v = g.value(ob, GXO.value)
        if v is None:
            continue
        key = (g.value(ob, GXO.about), g.value(ob, GXO.indicator), _period_key(g, ob))
        groups.setdefault(key, []).append(ob)
        values[ob] = Decimal(str(v))
    conflicts = []
    for (about, ind, period), obs in groups.items():
        srcs = {_source_of(g, o) for o in obs}
        if len(srcs) < 2:
            continue
        vals = sorted(values[o] for o in obs)
        if vals[0] != vals[-1] and abs(vals[-1] - vals[0]) > abs(vals[-1]) * Decimal("0.005"):
            conflicts.append({"about": kg.label(about, "en"), "indicator": kg.label(ind, "en"),
                              "period": "/".join(p for p in period if p) or "unstated",
                              "values": [{"value": float(values[o]), "stated": str(g.value(o, GXO.statedAs)),
                                          "source": kg.label(_source_of(g, o), "en")} for o in sorted(obs)]})
    growth = []
    for ob in g.subjects(RDF.type, GXO.Observation):
        ind = g.value(ob, GXO.indicator)
        base = g.value(ind, GXO.growthOf) if ind is not None else None
        then = g.value(ob, GXO.comparedTo)
        year = g.value(ob, GXO.year)
        if base is None or then is None or year is None or ob not in values:
            continue
        about = g.value(ob, GXO.about)
        find = lambda y: next((o for o in groups.get((about, base, (str(y), "", "", "", "")), []) if o in values), None)  # noqa: E731
        now, before = find(year), find(then)
        row = {"observation": str(ob), "label": kg.label(ob, "en"), "stated": float(values[ob]), "recomputed": None}
        if now is not None and before is not None and values[before] != 0:
            rate = (values[now] / values[before] - 1) * 100
            row.update(recomputed=round(float(rate), 2), difference=round(float(values[ob] - rate), 2),
                       note=f"({values[now]} [{kg.label(_source_of(g, now), 'en')}] / {values[before]} "
                            f"[{kg.label(_source_of(g, before), 'en')}]) - 1")
        else:
            row["note"] = f"not recomputable: the graph lacks the {year} or {then} figure it compares"
        growth.append(row)
    return conflicts, growth


def derived_figures(kg: FileGraph) -> list[dict]:
    """Recompute each derived figure from the figures it is computed from; report, never change, the difference."""
    g = kg.graph
    out = []
    for ob in sorted(g.subjects(GXO.derivation, None)):
        how = g.value(ob, GXO.derivation)
        stated = Decimal(str(g.value(ob, GXO.value)))
        inputs = sorted(g.objects(ob, GXO.computedFrom), key=lambda o: str(g.value(o, GXO.year) or ""))
        row = {"observation": str(ob), "label": kg.label(ob, "en"), "derivation": curie(how), "stated": float(stated),
               "recomputed": None, "difference": None, "note": ""}
        if how == GXO.CompoundAnnualGrowth and len(inputs) == 2:
            first, last = (Decimal(str(g.value(o, GXO.value))) for o in inputs)
            years = int(str(g.value(inputs[1], GXO.year))) - int(str(g.value(inputs[0], GXO.year)))
            rate = (float(last / first) ** (1 / years) - 1) * 100
            row.update(recomputed=round(rate, 2), difference=round(float(stated) - rate, 2),
                       note=f"({last}/{first})^(1/{years}) - 1 over {years} years")
        elif how == GXO.ShareOfTotal:
            row["note"] = "not recomputable: the source states the part but not the total"
        out.append(row)
    return out


def validate(files: list[Path] | None = None, base: Path | None = None) -> tuple[Report, FileGraph]:
    base = Path(base) if base else data_dir()
    kg = FileGraph(files or default_files(base))
    report = Report()
    report.counts["triples"] = len(kg.graph)
    shacl = run_shacl(kg, base / "ontology" / "shapes.ttl")
    checks = run_checks(kg)
    prov = run_provenance(kg, base / "graph" / "sources")
    report.violations = shacl + checks + prov
    if files is None:  # graph files a build interrupted half-way left behind
        from .sources.build import stale_files

        report.violations += [Violation("build", name, f"{why}: run `gxkg build`") for name, why in stale_files(base)]
    report.counts.update({"shacl": len(shacl), "checks": len(checks), "provenance": len(prov),
                          "check_queries": len(violation_queries()),
                          "evidence": len(set(kg.graph.subjects(RDF.type, GXO.Evidence)))})
    for d in derived_figures(kg):
        if d["recomputed"] is not None:
            report.notes.append(f"{d['label']}: stated {d['stated']}%, recomputed {d['recomputed']}% "
                                f"({d['note']}), difference {d['difference']:+} percentage points")
        else:
            report.notes.append(f"{d['label']}: stated {d['stated']}%, {d['note']}")
    conflicts, growth = cross_source_checks(kg)
    for gr in growth:
        if gr["recomputed"] is not None:
            report.notes.append(f"{gr['label']}: stated {gr['stated']}%, recomputed {gr['recomputed']}% {gr['note']}, "
                                f"difference {gr['difference']:+} percentage points")
        else:
            report.notes.append(f"{gr['label']}: stated {gr['stated']}%, {gr['note']}")
    report.conflicts = conflicts
    for c in conflicts:
        vals = "; ".join(f"{v['stated']} ({v['source']})" for v in c["values"])
        report.notes.append(f"conflict between sources: {c['about']}, {c['indicator']}, {c['period']}: {vals}")
    return report, kg
