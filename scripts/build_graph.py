"""Build graph/*.ttl from the shipped sources: the division data set and the curated article facts.

    python scripts/build_graph.py            # (re)write graph/*.ttl
    python scripts/build_graph.py --check    # exit 1 if graph/*.ttl differ from what would be built

Reference places come from graph/sources/guangxi_divisions.csv (each place's evidence is its CSV row,
verbatim); everything else from scripts/article_facts.py, whose key phrases are expanded to the
article sentence that contains them. Every edge is reified as an rdf:Statement carrying
prov:wasDerivedFrom, so the sentence or row behind any edge can be shown.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from decimal import Decimal
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, SKOS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import article_facts as A  # noqa: E402

GXO = Namespace("https://w3id.org/gxkg/ontology#")
GXR = Namespace("https://w3id.org/gxkg/resource/")
SCHEMA = Namespace("https://schema.org/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
SOURCES = ROOT / "graph" / "sources"
CSV_FILE = "guangxi_divisions.csv"
CSV_README = "guangxi_divisions.README.md"

LEVEL_CLASS = {
    "province": "Province", "prefecture": "Prefecture", "county": "County", "district": "County",
    "county-level city": "County", "town": "Township", "township": "Township", "subdistrict": "Township",
    "village (村委会)": "Village",
}
# Below county level only the places the article needs: 武利镇 > 汉塘村, and 广西钦州保税港区.
EXTRA_CODES = {"450721115000", "450721115208", "450702403000"}
# Rename history, as the data set's README states it.
RENAMES = [dict(code="450181000000", old_name="横县", old_code="450127", new_name="横州市", date="2021-02-03",
                q="横县 (450127) became 横州市 (450181) on 2021-02-03")]
SUFFIXES_EN = (" (county-level city)", " County", " District", " Town", " Township", " Subdistrict", " Village")


def new_graph() -> Graph:
    g = Graph()
    for p, ns in (("gxo", GXO), ("gxr", GXR), ("schema", SCHEMA), ("geo", GEO), ("prov", PROV),
                  ("dct", DCTERMS), ("skos", SKOS), ("dcat", DCAT), ("owl", OWL)):
        g.bind(p, ns)
    return g


def is_zh(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def lang_literal(text: str) -> Literal:
    return Literal(text, lang="zh" if is_zh(text) else "en")


def stmt_iri(s, p, o) -> URIRef:
    h = hashlib.sha1(f"{s}|{p}|{o.n3() if isinstance(o, Literal) else o}".encode()).hexdigest()[:16]
    return GXR[f"statement/{h}"]


class Builder:
    """Accumulates triples per output file, with evidence and reified statements."""

    def __init__(self):
        self.files = {name: new_graph() for name in ("sources", "places", "entities", "relations", "observations", "evidence")}
        self.article = (SOURCES / A.SOURCE_FILE).read_text(encoding="utf-8")
        self.sentences = self._sentences(self.article)
        self.csv_text = (SOURCES / CSV_FILE).read_text(encoding="utf-8")
        self.readme_text = (SOURCES / CSV_README).read_text(encoding="utf-8")
        self.article_src = GXR[A.SOURCE["key"]]
        self.dataset_src = GXR["source/guangxi-divisions"]
        self.readme_src = GXR["source/guangxi-divisions-readme"]

    @staticmethod
    def _sentences(text: str) -> list[tuple[int, str]]:
        """Sentences of the article body with their character offsets in the file."""
        lines = text.split("\n")
        body_start = len("\n".join(lines[:3])) + 1
        body_end = text.index("\n=====")
        out = []
        for m in re.finditer(r"[^。！？\n]+(?:[。！？]+”?|(?=\n))", text[body_start:body_end]):
            s = m.group(0).strip()
            if s:
                out.append((body_start + m.start() + (len(m.group(0)) - len(m.group(0).lstrip())), s))
        return out

    def evidence(self, phrase: str) -> URIRef:
        hits = [(off, s) for off, s in self.sentences if phrase in s]
        if len(hits) != 1:
            raise SystemExit(f"phrase {phrase!r} found in {len(hits)} sentences; it must name exactly one")
        off, sentence = hits[0]
        assert self.article[off:off + len(sentence)] == sentence
        return self._evidence_node(self.article_src, "sina-gx-2018-08-20", off, sentence, "zh")

    def row_evidence(self, line: str, src: URIRef, slug: str, text: str, lang: str | None = None) -> URIRef:
        off = text.index(line)
        return self._evidence_node(src, slug, off, line, lang)

    def _evidence_node(self, src, slug, off, quote, lang) -> URIRef:
        g = self.files["evidence"] if src == self.article_src else self.files["places"]
        ev = GXR[f"evidence/{slug}/{off}"]
        g.add((ev, RDF.type, GXO.Evidence))
        g.add((ev, GXO.quote, Literal(quote, lang=lang)))
        g.add((ev, GXO.startOffset, Literal(off, datatype=XSD.nonNegativeInteger)))
        g.add((ev, DCTERMS.source, src))
        return ev

    def edge(self, file: str, s, p, o, ev: URIRef):
        """Add the triple s p o to `file` and its reified statement with evidence to the same file."""
        g = self.files[file]
        g.add((s, p, o))
        st = stmt_iri(s, p, o)
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, o))
        g.add((st, PROV.wasDerivedFrom, ev))

    # --------------------------------------------------------------------------------- sources
    def build_sources(self):
        g = self.files["sources"]
        a, S = self.article_src, A.SOURCE
        g.add((a, RDF.type, SCHEMA.NewsArticle))
        g.add((a, RDF.type, PROV.Entity))
        g.add((a, DCTERMS.title, Literal(S["title"], lang="zh")))
        g.add((a, DCTERMS.title, Literal(S["title_en"], lang="en")))
        g.add((a, RDFS.label, Literal(S["title"], lang="zh")))
        g.add((a, RDFS.label, Literal(S["title_en"], lang="en")))
        g.add((a, SCHEMA.url, Literal(S["url"], datatype=XSD.anyURI)))
        g.add((a, DCTERMS.issued, Literal(S["issued"], datatype=XSD.date)))
        g.add((a, DCTERMS.publisher, Literal(S["publisher"], lang="zh")))
        g.add((a, DCTERMS.publisher, Literal(S["publisher_en"], lang="en")))
        g.add((a, DCTERMS.language, Literal(S["language"])))
        g.add((a, GXO.sourceFile, Literal(A.SOURCE_FILE)))
        d = self.dataset_src
        g.add((d, RDF.type, DCAT.Dataset))
        g.add((d, RDF.type, PROV.Entity))
        g.add((d, DCTERMS.title, Literal("广西行政区划参考数据", lang="zh")))
        g.add((d, DCTERMS.title, Literal("Guangxi administrative divisions (reference data)", lang="en")))
        g.add((d, RDFS.label, Literal("广西行政区划参考数据", lang="zh")))
        g.add((d, RDFS.label, Literal("Guangxi administrative divisions (reference data)", lang="en")))
        g.add((d, SCHEMA.version, Literal("NBS 2023 edition (cut-off 2023-06-30)")))
        g.add((d, DCTERMS.description, Literal(
            "Statistical division codes of the National Bureau of Statistics (2023 edition); coordinates from "
            "the cpca package (about 2016, approximate); pinyin from AreaCity or pypinyin. See "
            "graph/sources/guangxi_divisions.README.md.", lang="en")))
        g.add((d, GXO.sourceFile, Literal(CSV_FILE)))
        r = self.readme_src
        g.add((r, RDF.type, PROV.Entity))
        g.add((r, RDFS.label, Literal("广西行政区划参考数据说明", lang="zh")))
        g.add((r, RDFS.label, Literal("README of the Guangxi divisions reference data", lang="en")))
        g.add((r, DCTERMS.title, Literal("README of the Guangxi divisions reference data", lang="en")))
        g.add((r, DCTERMS.isPartOf, d))
        g.add((r, GXO.sourceFile, Literal(CSV_README)))

    # --------------------------------------------------------------------------------- places
    def build_places(self):
        g = self.files["places"]
        rows = list(csv.DictReader(self.csv_text.splitlines()))
        lines = {line.split(",", 1)[0]: line for line in self.csv_text.splitlines()[1:]}
        by_code = {r["code"]: r for r in rows}
        wanted = {c for c, r in by_code.items() if r["level"] in ("province", "prefecture", "county", "district", "county-level city")}
        for code in EXTRA_CODES:
            while code:
                wanted.add(code)
                code = by_code[code]["parent_code"]
        for code in sorted(wanted):
            r = by_code[code]
            iri = place_iri(code, r["level"])
            ev = self.row_evidence(lines[code], self.dataset_src, "guangxi-divisions", self.csv_text)
            cls = LEVEL_CLASS.get(r["level"], "StatisticalZone" if "zone" in r["level"] else None)
            g.add((iri, RDF.type, GXO[cls]))
            zh = r["name_zh"]
            label_zh = zh[:-2] if zh.endswith("村委会") else zh
            g.add((iri, RDFS.label, Literal(label_zh, lang="zh")))
            g.add((iri, RDFS.label, Literal(r["name_en_or_pinyin"], lang="en")))
            for alt in short_names(zh) - {label_zh}:
                g.add((iri, SKOS.altLabel, Literal(alt, lang="zh")))
            pinyin = r["name_en_or_pinyin"]
            for suf in SUFFIXES_EN:
                pinyin = pinyin.removesuffix(suf)
            g.add((iri, GXO.pinyin, Literal(pinyin)))
            g.add((iri, GXO.divisionCode, Literal(code)))
            if cls in ("Province", "Prefecture", "County"):
                g.add((iri, GXO.gbCode, Literal(code[:6])))
            g.add((iri, GXO.divisionLevel, Literal(r["level"])))
            if r["lat"]:
                g.add((iri, GEO.lat, Literal(Decimal(r["lat"]), datatype=XSD.decimal)))
                g.add((iri, GEO.long, Literal(Decimal(r["lon"]), datatype=XSD.decimal)))
            g.add((iri, PROV.wasDerivedFrom, ev))
            if r["parent_code"]:
                self.edge("places", iri, GXO.locatedIn, place_iri(r["parent_code"], by_code[r["parent_code"]]["level"]), ev)
        for rn in RENAMES:
            iri = place_iri(rn["code"], by_code[rn["code"]]["level"])
            line = next(l for l in self.readme_text.splitlines() if rn["q"] in l)
            ev = self.row_evidence(line, self.readme_src, "guangxi-divisions-readme", self.readme_text)
            nc = GXR[f"place/{rn['code'][:6]}/name-change/{rn['date']}"]
            g.add((iri, SKOS.altLabel, Literal(rn["old_name"], lang="zh")))
            g.add((iri, SKOS.hiddenLabel, Literal(rn["old_code"])))
            g.add((nc, RDF.type, GXO.NameChange))
            g.add((nc, RDFS.label, Literal(f"{rn['old_name']}更名为{rn['new_name']}", lang="zh")))
            g.add((nc, RDFS.label, Literal(f"{rn['old_name']} renamed {rn['new_name']}", lang="en")))
            g.add((nc, GXO.oldName, Literal(rn["old_name"], lang="zh")))
            g.add((nc, GXO.oldCode, Literal(rn["old_code"])))
            g.add((nc, GXO.newName, Literal(rn["new_name"], lang="zh")))
            g.add((nc, GXO.date, Literal(rn["date"], datatype=XSD.date)))
            g.add((nc, PROV.wasDerivedFrom, ev))
            self.edge("places", iri, GXO.nameChange, nc, ev)

    # --------------------------------------------------------------------------------- article
    def build_article(self):
        ge, go = self.files["entities"], self.files["observations"]
        for key, phrase in A.MENTIONS:
            self.files["evidence"].add((GXR[key], PROV.wasDerivedFrom, self.evidence(phrase)))
        for key, cls, zh, en, alts, phrase in A.ENTITIES:
            iri = GXR[key]
            ge.add((iri, RDF.type, GXO[cls]))
            ge.add((iri, RDFS.label, Literal(zh, lang="zh")))
            ge.add((iri, RDFS.label, Literal(en, lang="en")))
            for alt in alts:
                ge.add((iri, SKOS.altLabel, lang_literal(alt)))
            ge.add((iri, PROV.wasDerivedFrom, self.evidence(phrase)))
        for key, prop, value, dt, phrase in A.LITERALS:
            pfx, local = prop.split(":")
            p = {"schema": SCHEMA, "gxo": GXO, "dct": DCTERMS}[pfx][local]
            if dt == "zh":
                lit = Literal(value, lang="zh")
            elif dt:
                lit = Literal(value, datatype=XSD[dt.split(":")[1]])
            else:
                lit = Literal(value)
            self.edge("relations", GXR[key], p, lit, self.evidence(phrase))
        for s, p, o, phrase in A.RELATIONS:
            self.edge("relations", GXR[s], GXO[p], GXR[o], self.evidence(phrase))
        for key, zh, en in A.INDICATORS:
            ind = GXR[key]
            go.add((ind, RDF.type, GXO.Indicator))
            go.add((ind, RDFS.label, Literal(zh, lang="zh")))
            go.add((ind, RDFS.label, Literal(en, lang="en")))
        labels = {k: (zh, en) for k, _, zh, en, _, _ in A.ENTITIES}
        ind_labels = {k: (zh, en) for k, zh, en in A.INDICATORS}
        for ob in A.OBS:
            self.observation(go, ob, labels, ind_labels)

    def observation(self, g: Graph, ob: dict, labels, ind_labels):
        iri = GXR[f"observation/{ob['key']}"]
        ind_key = f"indicator/{ob['indicator']}"
        g.add((iri, RDF.type, GXO.Observation))
        g.add((iri, GXO.about, GXR[ob["about"]]))
        g.add((iri, GXO.indicator, GXR[ind_key]))
        g.add((iri, GXO.unit, GXO[ob["unit"]]))
        for field, prop in (("value", GXO.value), ("min", GXO.minValue), ("max", GXO.maxValue)):
            if field in ob:
                g.add((iri, prop, Literal(Decimal(ob[field]), datatype=XSD.decimal)))
        g.add((iri, GXO.statedAs, Literal(ob["stated"], lang="zh")))
        if "qualifier" in ob:
            g.add((iri, GXO.qualifier, GXO[ob["qualifier"]]))
        period_zh = period_en = ""
        if "year" in ob:
            g.add((iri, GXO.year, Literal(ob["year"], datatype=XSD.gYear)))
            period_zh, period_en = f"{ob['year']}年", ob["year"]
        if "start" in ob:
            for field, prop in (("start", GXO.periodStart), ("end", GXO.periodEnd)):
                v = ob[field]
                g.add((iri, prop, Literal(v, datatype=XSD.gYearMonth if "-" in v else XSD.gYear)))
            period_zh, period_en = f"{ob['start']}至{ob['end']}", f"{ob['start']} to {ob['end']}"
        if "as_of" in ob:
            g.add((iri, GXO.asOf, Literal(ob["as_of"], datatype=XSD.gYearMonth)))
            g.add((iri, GXO.cumulative, Literal(True)))
            period_zh, period_en = f"截至{ob['as_of']}", f"as of {ob['as_of']}"
        for k in ob.get("computed_from", []):
            g.add((iri, GXO.computedFrom, GXR[f"observation/{k}"]))
        if "derivation" in ob:
            g.add((iri, GXO.derivation, GXO[ob["derivation"]]))
        about = labels.get(ob["about"]) or self.place_labels()[ob["about"]]
        ind = ind_labels[ind_key]
        g.add((iri, RDFS.label, Literal(f"{about[0]}{ind[0]} {period_zh}".strip(), lang="zh")))
        g.add((iri, RDFS.label, Literal(f"{about[1]}: {ind[1]} {period_en}".strip(), lang="en")))
        g.add((iri, PROV.wasDerivedFrom, self.evidence(ob["q"])))
        if ob["stated"] not in str(self.evidence_text(ob["q"])):
            raise SystemExit(f"observation {ob['key']}: {ob['stated']!r} not in its sentence")

    def evidence_text(self, phrase: str) -> str:
        return next(s for _, s in self.sentences if phrase in s)

    def place_labels(self) -> dict:
        g = self.files["places"]
        out = {}
        for s in set(g.subjects(RDF.type, None)):
            zh = next((str(o) for o in g.objects(s, RDFS.label) if o.language == "zh"), None)
            en = next((str(o) for o in g.objects(s, RDFS.label) if o.language == "en"), None)
            out[str(s).removeprefix(str(GXR))] = (zh, en)
        return out

    def write(self, check: bool) -> int:
        stale = 0
        for name, g in self.files.items():
            path = ROOT / "graph" / f"{name}.ttl"
            header = ("# GENERATED by scripts/build_graph.py from graph/sources/ and scripts/article_facts.py; "
                      "do not edit by hand.\n")
            text = header + g.serialize(format="turtle")
            if check:
                if not path.exists() or path.read_text(encoding="utf-8") != text:
                    print(f"stale: {path.relative_to(ROOT)}")
                    stale += 1
            else:
                path.write_text(text, encoding="utf-8")
                print(f"wrote {path.relative_to(ROOT)}: {len(g)} triples")
        return 1 if stale else 0


def place_iri(code: str, level: str) -> URIRef:
    if level in ("province", "prefecture", "county", "district", "county-level city"):
        return GXR[f"place/{code[:6]}"]
    if level.startswith("village") or level.startswith("community"):
        return GXR[f"place/{code}"]
    return GXR[f"place/{code[:9]}"]


def short_names(zh: str) -> set[str]:
    """The name and its common short forms: 融安县 -> 融安, 汉塘村委会 -> 汉塘村, 汉塘; 广西壮族自治区 -> 广西."""
    names = {zh}
    if zh.endswith("村委会"):
        names |= {zh[:-2], zh[:-3]}
    elif zh == "广西壮族自治区":
        names.add("广西")
    elif zh.endswith("自治县"):
        names.add(zh[:-3])
    elif len(zh) > 2 and zh[-1] in "市县区镇乡":
        names.add(zh[:-1])
    return names


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report files that differ from a fresh build")
    args = ap.parse_args(argv)
    b = Builder()
    b.build_sources()
    b.build_places()
    b.build_article()
    return b.write(args.check)


if __name__ == "__main__":
    sys.exit(main())
