"""`gxkg validate`: SHACL shapes, SPARQL *-violation.rq checks, provenance, and derived-figure checks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from pathlib import Path

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV

from .kg import KnowledgeGraph, data_dir, parse_file
from .namespaces import GXO, curie, sparql_prologue

CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
MULTIPLIERS = {"亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000)}


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

    @property
    def ok(self) -> bool:
        return not self.violations


def parse_stated(text: str) -> list[Decimal]:
    """The numbers a stated figure denotes, in base units: '1.6亿元' -> [160000000]; '16～40岁' -> [16, 40]."""
    out = []
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s*([亿万千]?)", text):
        out.append(Decimal(m.group(1)) * MULTIPLIERS.get(m.group(2), 1))
    if not out:
        ms = re.finditer(r"([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)(?:几|余|多)?([亿万千]?)", text)
        m = next((m for m in ms if any(m.group(i) for i in (1, 2, 3))), None)
        if m:
            tens = CN_DIGITS.get(m.group(1), 1 if m.group(2) else 0) * (10 if m.group(2) else 1)
            n = tens + (CN_DIGITS.get(m.group(3), 0) if m.group(2) else 0)
            if not m.group(2):
                n = CN_DIGITS.get(m.group(1) or m.group(3), 0)
            out.append(Decimal(n) * MULTIPLIERS.get(m.group(4), 1))
    return out


def run_shacl(kg: KnowledgeGraph, shapes_path: Path) -> list[Violation]:
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


def run_checks(kg: KnowledgeGraph) -> list[Violation]:
    out = []
    for name, text in violation_queries():
        for row in kg.graph.query(sparql_prologue() + text):
            d = row.asdict()
            node = d.pop("node", None)
            detail = ", ".join(f"{k}={curie(v)}" for k, v in sorted(d.items()))
            out.append(Violation(name.removesuffix(".rq"), curie(node) if node is not None else "?", detail))
    return out


def run_provenance(kg: KnowledgeGraph, sources_dir: Path) -> list[Violation]:
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


def derived_figures(kg: KnowledgeGraph) -> list[dict]:
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


def validate(files: list[Path] | None = None, base: Path | None = None) -> tuple[Report, KnowledgeGraph]:
    base = base or data_dir()
    kg = KnowledgeGraph.load(files=files, base=base, cache=False)
    report = Report()
    report.counts["triples"] = len(kg.graph)
    shacl = run_shacl(kg, base / "ontology" / "shapes.ttl")
    checks = run_checks(kg)
    prov = run_provenance(kg, base / "graph" / "sources")
    report.violations = shacl + checks + prov
    report.counts.update({"shacl": len(shacl), "checks": len(checks), "provenance": len(prov),
                          "check_queries": len(violation_queries()),
                          "evidence": len(set(kg.graph.subjects(RDF.type, GXO.Evidence)))})
    for d in derived_figures(kg):
        if d["recomputed"] is not None:
            report.notes.append(f"{d['label']}: stated {d['stated']}%, recomputed {d['recomputed']}% "
                                f"({d['note']}), difference {d['difference']:+} percentage points")
        else:
            report.notes.append(f"{d['label']}: stated {d['stated']}%, {d['note']}")
    return report, kg
