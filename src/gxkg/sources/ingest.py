"""`gxkg ingest`: an article in, a draft of sourced facts out, for a reviewer to accept or reject.

Mentions of known entities are linked through a dictionary of every name the graph holds plus the whole
division reference data (every township too), matched with Aho-Corasick (pyahocorasick); a name shared
by several places is resolved from the places around it, or keeps its candidates. New entity candidates
come from the shapes names take (《title》, …协会, …产业园, a village after its township). Figures are
read with their unit, qualifier and period (gxkg.sources.figures). Relations come only from patterns a
sentence states outright. Every item carries its verbatim sentence and offsets.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..errors import UsageError
from ..files import atomic_write
from ..vocab import ontology_path, vocabulary
from . import draft as drafts
from .article import Article, read_article
from . import context, reference
from .figures import GXO, find_figures
from .english import SUGGESTED, English, known_english
from .patterns import Sentence, is_office, read_relations as run_patterns

GXR = "https://w3id.org/gxkg/resource/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LEVEL_CLASS = {"province": "Province", "prefecture": "Prefecture", "county": "County", "district": "County",
               "county-level city": "County", "town": "Township", "township": "Township", "subdistrict": "Township"}
# short names of counties that are common words: linked only with 县/区 or beside their prefecture
COMMON_WORD_PLACES = {"资源", "江南", "城中", "港口", "象山", "七星", "兴业", "长洲", "青秀", "海城", "合山", "新华",
                      "平安", "和平", "太平", "城关", "三角", "万秀", "八步", "平桂", "金城江", "右江"}
STOP = set("，。、；：？！,.;:?!“”‘’\"'《》（）()「」『』【】 \n\t与和及由在的了是为将对向从把被给跟并且等据称也都已而或其该此这那个")
VERBS = ["规划建设", "建设", "规划", "打造", "成立", "创办", "举办", "开展", "推进", "签订", "组织", "编制", "开设", "设立",
         "建成", "提出", "认定", "评定", "发布", "出台", "印发", "进入", "入驻", "来到", "依托", "通过", "加快", "推动",
         "实施", "启动", "完成", "新建", "扩建", "培育", "引进", "迎来", "成为", "位于", "打响", "支持", "扶持", "销往",
         "入选", "获评", "共建", "携手", "参加", "办好", "举行", "持续", "获批", "荣获", "被评为", "被列为", "列为", "评为",
         "运往", "发往", "送往", "获得", "获", "建有", "委托", "交由", "授权"]
SUFFIX_CLASS = [
    ("联合会", "Organization"), ("协会", "Organization"), ("学会", "Organization"), ("商会", "Organization"),
    ("合作社", "Organization"), ("集团", "Organization"), ("公司", "Organization"), ("委员会", "Organization"),
    ("办公室", "Organization"), ("银行", "Organization"), ("研究院", "Organization"), ("厂", "Organization"),
    ("局", "Organization"), ("厅", "Organization"), ("人民政府", "Organization"), ("政府", "Organization"),
    ("产业园", "Facility"), ("示范区", "Facility"), ("基地", "Facility"), ("园区", "Facility"), ("中心", "Facility"),
    ("博览会", "Event"), ("推介会", "Event"), ("交易会", "Event"), ("展销会", "Event"), ("峰会", "Event"),
    ("论坛", "Event"), ("大赛", "Event"), ("对接会", "Event"), ("洽谈会", "Event"), ("招商会", "Event"), ("年货节", "Event"), ("电商节", "Event"), ("购物节", "Event"), ("文化节", "Event"),
    ("工程", "Program"),
    ("签约仪式", "Event"), ("发布会", "Event"), ("签约会", "Event"), ("大会", "Event"), ("展会", "Event"), ("嘉年华", "Event"),
    ("活动", "Event"), ("节", "Event"), ("产地仓", "Facility"), ("服务站", "Facility"), ("直播间", "Facility"),
    ("专业市场", "Facility"), ("批发市场", "Facility"), ("交易市场", "Facility"), ("物流园", "Facility"),
    ("口岸", "Facility"), ("贸易区", "Facility"), ("保税区", "Facility"), ("直播季", "Event"), ("消费季", "Event"),
    ("销售季", "Event"), ("购物季", "Event"), ("采摘季", "Event"),
    ("交流会", "Event"), ("订货会", "Event"), ("采购会", "Event"), ("展览会", "Event"),
]
# event names ending in 节 or 活动 or 大会 need something of a name: a year or 第N届 first, or a name inside
NAMED_ONLY = {"节", "活动", "大会", "直播间"}
NOT_EVENT_END = ("春节", "中秋节", "国庆节", "端午节", "元宵节", "环节", "季节", "细节", "关节", "调节", "章节", "过节", "佳节",
                 "节日节", "情人节", "劳动节", "清明节", "重阳节")
LEADING_YEAR = re.compile(r"^(?:(?:19|20)\d{2}年?|第[一二三四五六七八九十百\d]{1,4}届)")
CLASS_PREFIX = {"Product": "product", "Organization": "org", "Platform": "org", "Policy": "policy", "Event": "event",
                "Program": "program", "Facility": "facility", "Village": "place", "Township": "place", "Place": "place",
                "Industry": "industry", "Designation": "designation", "BusinessModel": "model"}
CLASS_EN = {"Organization": "", "Facility": "", "Event": "", "Program": "", "Platform": "", "Policy": "",
            "Village": " Village", "Township": " Town"}
# product words: a place name followed by one of these names a product from that place (百色芒果, 容县沙田柚)
PRODUCT_WORDS = reference.product_words()
DESIGNATION_WORDS = ["淘宝村", "淘宝镇", "示范县", "示范村", "示范镇", "特色小镇", "地理标志保护产品", "地理标志产品", "名特优新农产品", "地理标志", "示范基地"]
COMPOUND_AFTER = set("店厂业行馆站网")
PRODUCT_COMPOUND = COMPOUND_AFTER | set("园企农商场")
# modifiers that make no name of their own (电商平台, 服务中心): not proposed as entities
GENERIC = {"电商", "电子商务", "网络", "网上", "线上", "线下", "服务", "交易", "物流", "产业", "种植", "生产", "加工", "销售",
           "综合", "公共", "信息", "管理", "运营", "创业", "孵化", "培训", "展示", "体验", "数据", "营销", "直播", "该", "这个",
           "本次", "此次", "这次", "本届", "该次", "上述"}  # 米粉店: 米粉 is not a mention there
PRODUCT_WORDS_LONGEST_FIRST = sorted(PRODUCT_WORDS, key=len, reverse=True)
PLACE_CLASSES = ("Province", "Prefecture", "County", "Township", "Village", "StatisticalZone", "Region", "Place")
SPEAKER = re.compile(r"^(介绍|表示|指出|称|说|透露|公布|发布)")
PROJECTION = re.compile(r"提出|计划|目标|力争|预计|规划|争取|将要|努力实现")
INDICATOR_TRIM_END = ["预计", "保守估计", "已经", "超过", "达到", "突破", "不少于", "将近", "接近", "大约", "共计", "累计", "已",
                      "增加到", "增长到", "提高到", "提升到", "增至", "升至", "可达", "能达到",
                      "稳定在", "保持在", "维持在", "控制在", "降到", "降至", "从", "将",
                      "超", "达", "约", "为", "有", "近", "逾", "都", "是", "了", "的", "可", "就", "“", "「", "『"]
INDICATOR_TRIM_START = ["”", "」", "』", "力争实现", "力争", "努力实现", "实现", "已", "还为", "还", "并", "也", "另", "其中", "据介绍", "据统计", "另外", "此外", "同时", "全年", "共有", "共", "的", "预计", "现场",
                        "今年以来", "今年", "去年", "上半年", "前三季度", "目前", "当前"]
SPLITTERS = ["开有", "共有", "拥有", "覆盖", "开设", "建成", "建设", "聚集了", "聚集", "卖出", "带动", "培训", "开展", "举办",
             "开办"]


@dataclass
class Span:
    text: str
    start: int
    end: int
    iri: str | None = None              # a known entity or a division place
    cls: str | None = None              # class local name
    candidates: list = field(default_factory=list)
    new: bool = False
    label_en: str | None = None
    code: str | None = None             # division code, for places
    place: "Span | None" = None         # for a product named after its place
    ref: object = None                  # the reference row (platforms, products, markets) it names
    anaphor: bool = False               # 全县, 该公司: points back to `iri`; used by figures and relations
    same_as: "Span | None" = None       # a product's common word (芋头) naming the article's named product (荔浦芋)
    of_county: "Span | None" = None     # 县商务局, 县级电商公共服务中心: the county's own, named by its level


# ----------------------------------------------------------------------------------- the dictionary
def _place_iri(code: str, level: str) -> str:
    if level in ("province", "prefecture", "county", "district", "county-level city"):
        return f"{GXR}place/{code[:6]}"
    if level.startswith("village") or level.startswith("community"):
        return f"{GXR}place/{code}"
    return f"{GXR}place/{code[:9]}"


class Lexicon:
    """Every name of every known entity and division place -> candidates (iri, class, code)."""

    def __init__(self, base: Path, kg):
        from .build import divisions

        self.base = Path(base)
        self._english = None

        self.names: dict[str, dict[str, tuple]] = {}
        self.bare: dict[str, dict[str, tuple]] = {}  # short forms linked only beside their county
        self.rows = {r["code"]: r for r in divisions(base)}
        self.code_of_iri: dict[str, str] = {}
        self._add_divisions()
        con = kg.names.con
        rows = con.execute("SELECT nodes.iri, names.form, nodes.types FROM names JOIN nodes ON nodes.id = names.node "
                           "WHERE names.kind = 'name'").fetchall()
        self.known = {iri for iri, _, _ in rows}
        self._add_graph_names(rows)
        self.indicators = {form: iri for iri, form, types in rows if "#Indicator" in types}
        self.ref = {}  # reference rows (platforms, products, markets) by IRI
        self._add_reference()

    def _add_divisions(self) -> None:
        """Every division place of the reference data, by its full and short names."""
        for code, r in self.rows.items():
            level = r["level"]
            cls = LEVEL_CLASS.get(level, "Village" if level.startswith("village") else "StatisticalZone")
            iri = _place_iri(code, level)
            self.code_of_iri[iri] = code
            zh = r["name_zh"]
            self.add_place(zh, iri, cls, code)
            if zh.startswith("广西") and len(zh) > 4 and "zone" in level:
                self.add(zh[2:], iri, cls, code)

    def _add_graph_names(self, rows: list) -> None:
        """The names the graph holds (rows of iri, form, types), but indicators and places' common-word short forms."""
        for iri, form, types in rows:
            if "#Indicator" in types:
                continue
            if iri in self.code_of_iri and (form in self.bare or form in COMMON_WORD_PLACES):
                continue  # a place's short form that is a common word: only as written in add_place
            cls = _class_of(types)
            if _usable(form):
                self.add(form, iri, cls, self.code_of_iri.get(iri))

    def _add_reference(self) -> None:
        """The reference rows (platforms, products, markets), by every name not already another entity's."""
        for e in reference.entries():
            self.ref[e.iri] = e
            for form in e.names:
                if form not in self.names or e.iri in self.names[form]:
                    self.add(form, e.iri, e.cls, None)

    def english(self, text: str, cls: str | None) -> str:
        """A suggested English label for a new name (gxkg.sources.english), with the names the data knows."""
        if self._english is None:
            self._english = English(known_english(str(self.base)))
        return self._english.suggest(text, cls)

    def add_place(self, zh: str, iri: str, cls: str, code: str) -> None:
        """A division's names: the full name always; the short forms of a township or village, and of the
        few counties whose short name is a common word (资源, 江南, 城中), only when written beside their
        county (`bare`); an autonomous county also by its usual short names (恭城瑶族自治县: 恭城, 恭城县)."""
        from .build import short_names

        forms = short_names(zh) | ({zh[:-2]} if zh.endswith("村委会") else set())
        for f in forms:
            if len(f) < 2 or f.endswith("村委"):
                continue
            ends = ("村",) if cls == "Village" else ("镇", "乡", "村", "街道")  # 三镇 of 三镇村 is no town's name
            if f != zh and (cls in ("Township", "Village") or f in COMMON_WORD_PLACES) and not f.endswith(ends):
                self.bare.setdefault(f, {})[iri] = (cls, code)
            else:
                self.add(f, iri, cls, code)

    def add(self, form: str, iri: str, cls: str | None, code: str | None) -> None:
        """A name, and where it joins Chinese words with a hyphen (中国-东盟信息港) the same name with the dashes
        Chinese text uses (中国—东盟, 中国－东盟, 中国–东盟)."""
        for variant in _dash_variants(form):
            self.names.setdefault(variant, {})[iri] = (cls, code)

    def forms_of(self, iri: str) -> list[str]:
        """Every name the lexicon holds for an IRI."""
        return self._forms_of.get(iri, [])

    @cached_property
    def _forms_of(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for form, cands in self.names.items():
            for iri in cands:
                out.setdefault(iri, []).append(form)
        return out

    def short_forms(self, iri: str) -> list[str]:
        """The short names a township or village is known by only beside its county (古辣 of 古辣镇)."""
        return self._short_forms_of.get(iri, [])

    @cached_property
    def _short_forms_of(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for form, cands in self.bare.items():
            for iri in cands:
                out.setdefault(iri, []).append(form)
        return out

    def automaton(self):
        import ahocorasick

        A = ahocorasick.Automaton()
        for form in set(self.names) | set(self.bare):
            A.add_word(form, form)
        A.make_automaton()
        return A

    def ancestors(self, code: str | None) -> list[str]:
        out = []
        while code and code in self.rows:
            out.append(code)
            code = self.rows[code]["parent_code"]
        return out


def _dash_variants(form: str) -> list[str]:
    if "-" not in form or not re.search(r"[\u4e00-\u9fff]-[\u4e00-\u9fff]", form):
        return [form]
    return [form] + [form.replace("-", d) for d in "—－–"]


def _class_of(types: str) -> str | None:
    order = ["Village", "Township", "County", "Prefecture", "Province", "Product", "Industry", "Platform",
             "Organization", "PovertyAlleviationModel", "TradeModel", "BusinessModel", "Policy", "Event", "Program",
             "Facility", "Topic", "Designation", "Region", "StatisticalZone", "Place"]
    local = {t.split("#")[-1] for t in types.split()}
    return next((c for c in order if c in local), None)


def _usable(form: str) -> bool:
    if any("\u3400" <= ch <= "\u9fff" for ch in form):
        return len(form) >= 2
    return len(form) >= 3 and form.isascii()


# ----------------------------------------------------------------------------------- finding spans
class Ranges:
    """Character ranges (a, b), asked whether one holds a position: by bisection over the starts and the
    running maximum of the ends, so a long article with many ranges costs linear time."""

    def __init__(self, ranges):
        self.ranges = sorted(ranges)
        self.starts = [a for a, _ in self.ranges]
        self.reach, top = [], float("-inf")
        for _, b in self.ranges:
            top = max(top, b)
            self.reach.append(top)

    def holds(self, s: int) -> bool:
        """Whether a range has a <= s < b (context.inside for a non-empty span starting at s)."""
        i = bisect.bisect_right(self.starts, s)
        return i > 0 and self.reach[i - 1] > s

    def overlaps(self, s: int, e: int) -> bool:
        """Whether a range has a < e and s < b."""
        i = bisect.bisect_left(self.starts, e)
        return i > 0 and self.reach[i - 1] > s

    def __bool__(self):
        return bool(self.ranges)


def known_spans(text: str, start: int, end: int, lex: Lexicon, skip: list | None = None) -> list[Span]:
    """Leftmost-longest, non-overlapping dictionary matches in text[start:end], none inside a dateline or
    byline (`skip`); a township's bare short name (平安, 新华, 三角) only right after its county."""
    out, last_end = [], -1
    for s, _, e, form in _dictionary_matches(text, start, end, lex, skip):
        if s < last_end:
            continue
        cands = lex.names.get(form)
        if cands is None:  # a bare short form: only right after a place it lies in (恭城平安), or in a list of towns
            cands = _bare_candidates(out, s, form, lex) or _listed_town(text, e, form, out, lex)
            if not cands:
                continue
        form, e = _group_word_off(form, e, cands, lex)
        out.append(_known_span(form, s, e, cands))
        last_end = e
    return out


def _group_word_off(form: str, e: int, cands: dict, lex: Lexicon) -> tuple[str, int]:
    """东盟国家, 欧美地区: the name is 东盟, 欧美 (the same place by its own name); 国家 and 地区 are common words."""
    core = form[:-2]
    if form.endswith(("国家", "地区")) and len(core) >= 2 and lex.names.get(core, {}).keys() == cands.keys():
        return core, e - 2
    return form, e


def _dictionary_matches(text: str, start: int, end: int, lex: Lexicon, skip) -> list[tuple]:
    """Every dictionary match in text[start:end] as (start, -length, end, form), sorted: not an ASCII name
    inside a longer word, a two-character name starting a compound, or one inside `skip`."""
    found = []
    for last, form in lex.automaton().iter(text[start:end]):
        s = start + last - len(form) + 1
        e = start + last + 1
        if form.isascii() and (_ascii_word(text, s - 1) or _ascii_word(text, e)):  # 平台Lazada、: a name
            continue
        if len(form) == 2 and e < len(text) and text[e] in COMPOUND_AFTER and not _platform_shop(text, e, form, lex):
            continue
        if skip and _inside(skip, s, e):
            continue
        found.append((s, -(e - s), e, form))
    found.sort()
    return found


def _platform_shop(text: str, e: int, form: str, lex: Lexicon) -> bool:
    """淘宝店, 京东店: a shop on the platform names the platform (百色店 names no place)."""
    return text[e] == "店" and any(cls == "Platform" for cls, _ in (lex.names.get(form) or {}).values())


def _ascii_word(text: str, i: int) -> bool:
    """Whether text[i] is a Latin letter or digit (a Chinese character beside a Latin name ends no word)."""
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()


# the rest of a list of towns by their short names (坛洛、金陵、双定三镇; 白沙、金宝、高田、福利等乡镇)
TOWN_LIST_REST = re.compile(r"(?:[、和及][\u4e00-\u9fff]{2,3})*(?:等)?(?:[一二三四五六七八九十两]个?)?(?:乡镇|镇|乡)")


def _listed_town(text: str, e: int, form: str, out: list[Span], lex: Lexicon) -> dict:
    """The one township of that short name in a county or city the article named before, when the name is an item
    of a list that says its items are towns."""
    if not TOWN_LIST_REST.match(text, e):
        return {}
    named = {sp.code for sp in out if sp.code and sp.cls in ("County", "Prefecture")}
    found = {iri: v for iri, v in lex.bare[form].items() if _town_in(v, named, lex)}
    return found if len(found) == 1 else {}


def _town_in(cand: tuple, named: set, lex: Lexicon) -> bool:
    return cand[0] == "Township" and bool(named & set(lex.ancestors(cand[1])))


def _bare_candidates(out: list[Span], s: int, form: str, lex: Lexicon) -> dict:
    """The places a bare short form at s names: those lying in the place matched right before it."""
    prev = out[-1] if out and out[-1].end == s else None
    return {iri: v for iri, v in lex.bare[form].items()
            if prev is not None and prev.code and prev.code in lex.ancestors(v[1])}


def _known_span(form: str, s: int, e: int, cands: dict) -> Span:
    """The span of a match: linked when it has one candidate, else holding them all (sorted by IRI)."""
    sp = Span(form, s, e)
    if len(cands) == 1:
        (iri, (cls, code)), = cands.items()
        sp.iri, sp.cls, sp.code = iri, cls, code
    else:
        sp.candidates = [(iri, cls, code) for iri, (cls, code) in sorted(cands.items())]
    return sp


def candidate_spans(text: str, start: int, end: int, known: list[Span], lex: Lexicon) -> list[Span]:
    """New entity candidates from the shapes of names; the longest candidate wins, and a known name equal to
    a candidate is the known entity."""
    body = text[start:end]
    out = _quoted_candidates(body, start) + _suffix_candidates(body, start, known, lex) \
        + _products_after_places(text, known, lex) + _products_after_short_names(text, start, end, known, lex) \
        + _designations(body, start) + _villages_after_places(text, known, lex) \
        + _bare_products(body, start) + _listed_products(body, start) + _county_level_names(body, start, known)
    out.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept, last_end = [], -1
    for c in out:
        if c.start < last_end:
            continue
        kept.append(c)
        last_end = c.end
    exact = {(k.start, k.end) for k in known}
    return [c for c in kept if (c.start, c.end) not in exact and c.text not in lex.names]


# a county's office or facility named by its level alone (由县商务局承办, 建成县级电商公共服务中心); not the many
# points of a level below it (村级服务点, 乡镇服务站), which are counted, not named
LEVEL_NAME = re.compile(r"(?:(?<=[^\u4e00-\u9fff])|(?<=[有和及与的在由了成设立造建起等、]))"
                        r"(?:县级|县(?![城域里委级]))[\u4e00-\u9fff]{0,12}?(?:中心|服务站点|服务站|服务点|产业园|局)")


def _county_level_names(body: str, start: int, known: list[Span]) -> list[Span]:
    """The offices and facilities of the county the article speaks of, named by their level (县商务局, 县级电商公共
    服务中心): each is that county's (its IRI and label carry the county's name); none without a county."""
    counties = [k for k in known if k.cls == "County" and k.iri]
    out = []
    for m in LEVEL_NAME.finditer(body):
        at = start + m.start()
        county = _county_before(counties, at)
        if county is not None and not FRAGMENT.search(m.group(0)):
            cls = "Organization" if m.group(0).endswith("局") else "Facility"
            out.append(Span(m.group(0), at, start + m.end(), cls=cls, new=True, of_county=county))
    return out


def _county_before(counties: list[Span], at: int) -> Span | None:
    """The last county named before `at`, else the article's first."""
    return next((k for k in reversed(counties) if k.end <= at), None) or next(iter(counties), None)


def _quoted_candidates(body: str, start: int) -> list[Span]:
    """《policies》, “business models”模式, and “programmes”行动 or “events”活动."""
    out = []
    for m in re.finditer(r"《([^《》\n]{2,60})》", body):
        out.append(Span(m.group(1), start + m.start(1), start + m.end(1), cls="Policy", new=True))
    for m in re.finditer(r"“([^“”\n]{2,24})”(?=(?:利益联结|联农带农|发展|产销|合作|经营|扶贫|帮扶)?模式)", body):  # “电商+合作社+农户”模式
        out.append(Span(m.group(1), start + m.start(1), start + m.end(1), cls="BusinessModel", new=True))
    for m in re.finditer(r"“([^“”\n，。]{2,16})”(?:系列|主题)?(活动|行动|工程|计划|大赛|直播|购物节|电商节)", body):  # “桂品出乡”活动
        cls = "Program" if m.group(2) in ("行动", "工程", "计划") else "Event"
        out.append(Span(m.group(1), start + m.start(1), start + m.end(1), cls=cls, new=True))
    return out


def _suffix_candidates(body: str, start: int, known: list[Span], lex: Lexicon) -> list[Span]:
    """Names ending in a class's suffix (产业园, 公司, 节 ...): back from the suffix to a stop character."""
    known_sorted = sorted(known, key=lambda k: k.start)
    known_starts = [k.start for k in known_sorted]
    out = []
    for suffix, cls in SUFFIX_CLASS:
        for m in re.finditer(re.escape(suffix), body):
            e = m.end()
            s = _back_to_stop(body, m.start(), e)
            i = bisect.bisect_left(known_starts, start + s) - 1  # the known name that may hold position s
            if i >= 0 and known_sorted[i].start < start + s < known_sorted[i].end:
                s = known_sorted[i].start - start  # 都安山羊产业园: no name starts inside a place's name (都)
            if cls == "Event":
                s = _event_start(body, s, suffix)
                e = _event_end(body, e)
            name = _without_leading_verbs(body[s:e], len(suffix) + 2)
            if _suffix_name_ok(name, suffix, cls, lex):
                out.append(Span(name, start + e - len(name), start + e, cls=cls, new=True))
    return out


def _back_to_stop(body: str, s: int, e: int, longest: int = 24, digits: bool = True) -> int:
    """Back from s to a stop character or a verb (or a digit, unless `digits`), a name ending at e being at most
    `longest` characters."""
    while s > 0 and _goes_on(body, s) and e - s < longest and not any(body.endswith(v, 0, s) for v in VERBS) \
            and (digits or not body[s - 1].isdigit()):
        s -= 1
    return s


# words with a stop character inside (产销对接活动, 在线): a name goes on through them
STOP_INSIDE = ("对接", "在线", "等级")


def _goes_on(body: str, s: int) -> bool:
    """Whether a name that starts at s may start one character earlier."""
    return body[s - 1] not in STOP or body[s - 1:s + 1] in STOP_INSIDE


EVENT_YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}[ \u3000]*年?[ \u3000]*$")
EVENT_INNER = re.compile(r"(?:（[\u4e00-\u9fff]{1,6}）|“[^“”\s]{1,10}”)$")  # 中国（广西）—, “百色芒果”
EVENT_PARTIES = re.compile(r"([\u4e00-\u9fff]{2,16})与$")


EVENT_JOINED = re.compile(r"暨[^，。；、\s]{2,16}?(?:节|周|月|季|活动|大会|推介会|博览会|对接会|大赛)")


def _event_end(body: str, e: int) -> int:
    """Where an event's name ends: past a second name joined with 暨 (…开采节暨电商直播周)."""
    m = EVENT_JOINED.match(body, e)
    return m.end() if m else e


def _event_start(body: str, s: int, suffix: str) -> int:
    """Where an event's name begins, past what stops other names: a year written with spaces (2023 年河池市…大赛),
    a bracketed part (第五届中国（广西）—东盟…大赛) and, for a signing, the parties (梧州市人民政府与京东集团…签约仪式)."""
    while suffix not in NAMED_ONLY:  # “桂品出乡”活动: the quoted words are the name
        inner = EVENT_INNER.search(body, 0, s)
        if not inner:
            break
        s = inner.start()
        while s > 0 and _goes_on(body, s) and not any(body.endswith(v, 0, s) for v in VERBS):
            s -= 1
    m = EVENT_PARTIES.search(body, 0, s)
    if suffix.startswith("签约") and m and not re.search(r"举行|举办|召开", body[s:s + 30].split(suffix)[0]):
        s = m.start(1)
    y = EVENT_YEAR_BEFORE.search(body, 0, s)
    return y.start() if y else s


def _without_leading_verbs(name: str, keep: int) -> str:
    """The name without the verbs it starts with, keeping at least `keep` characters."""
    changed = True
    while changed:
        changed = False
        for v in VERBS:
            if name.startswith(v) and len(name) - len(v) >= keep:
                name, changed = name[len(v):], True
    return name


# bodies whose proper name is a place and a common word (贺州市电子商务协会), unlike a firm's (柳州市电商公司)
NAMED_BY_PLACE = ("协会", "商会", "联合会", "学会", "研究院")


def _suffix_name_ok(name: str, suffix: str, cls: str, lex: Lexicon) -> bool:
    """Whether a suffix's name is a name: long enough, no digits, not generic, named where the suffix needs a
    name (NAMED_ONLY), not a place and a common noun (柳州市电商公司)."""
    lead = LEADING_YEAR.match(name) if cls == "Event" else None
    rest = name[lead.end():] if lead else name
    if len(rest) < len(suffix) + 2 or any(ch.isdigit() for ch in rest) or rest[:-len(suffix)] in GENERIC:
        return False
    if suffix in NAMED_ONLY and not (lead or "“" in name or _names_inside(name, lex)) or name.endswith(NOT_EVENT_END):
        return False
    return (cls == "Facility" or suffix in NAMED_BY_PLACE or not _place_and_generic(rest[:-len(suffix)], lex)) \
        and not COMMON_HEAD.match(rest) and not FRAGMENT.search(rest)  # 临桂区电子商务产业园 is a park's name


# words a name never holds: the sentence's own (记者走进小董镇一家麻通加工厂, 首批签约蕉农合作社, 坛洛镇一处香蕉)
FRAGMENT = re.compile(r"一[家处个座批片间]|记者|走进|来到|首批|第[一二三]批")
# a name that begins with a level or a determiner is a common noun (县级电商公共服务中心, 村级服务站, 一家合作社,
# 当地合作社, 我们厂) or carries words of the sentence (目前全市原材料基地)
COMMON_HEAD = re.compile(r"(?:我们|咱们|他们|你们|我家|自家|这家|那家|国家级|自治区级|省级|县级|村级|乡级|镇级|市级|区级|乡镇|县|村|当地|一家|一个|多家|各|该|本|目前|全市|全县|全区|今年|去年|前年|近年|当年|明年)")


def _products_after_places(text: str, known: list[Span], lex: Lexicon) -> list[Span]:
    """A product named after its place (容县沙田柚): the place's name, then a product word."""
    out = []
    for sp in known:
        if (sp.cls in PLACE_CLASSES or any(c[1] in PLACE_CLASSES for c in sp.candidates)) and sp.iri != context.CHINA:
            c = _product_after_place(text, sp, lex)  # 中国月柿, 全国荔枝: China names no local product
            if c is not None:
                out.append(c)
    return out


def _products_after_short_names(text: str, start: int, end: int, known: list[Span], lex: Lexicon) -> list[Span]:
    """A product named with the short name of a town the article names (古辣镇 … 古辣香米)."""
    out = []
    for sp in known:
        for form in lex.short_forms(sp.iri) if sp.cls == "Township" else ():
            for m in re.finditer(re.escape(form), text[start:end]):
                c = _product_after_place(text, Span(form, start + m.start(), start + m.end(), iri=sp.iri, cls=sp.cls), lex)
                if c is not None:
                    c.place = sp
                    out.append(c)
    return out


# a product word of two or more characters, longest first, not inside a longer word of its kind (山茶油)
BARE_PRODUCT = re.compile("|".join(re.escape(w) for w in PRODUCT_WORDS_LONGEST_FIRST if len(w) >= 2))


def _bare_products(body: str, start: int) -> list[Span]:
    """A product named by its common word alone (沙田柚, 八角, 海鸭蛋): a new product, unless a longer name
    holds it (容县沙田柚, 百色芒果 win)."""
    return [Span(m.group(0), start + m.start(), start + m.end(), cls="Product", new=True, same_as=BARE)
            for m in BARE_PRODUCT.finditer(body)]


BARE = Span("", 0, 0)  # the mark of a product's common word until it is resolved

# a list of things said to be products (瑶浴药包、瑶药保健酒等产品; 芒果、八渡笋等更多农产品)
LISTED_PRODUCTS = re.compile(r"((?:[\u4e00-\u9fff]{1,12}、){0,8}[\u4e00-\u9fff]{1,12}?(?:[和及][\u4e00-\u9fff]{2,8})?)"
                             r"等(?:[\u4e00-\u9fff]{0,3}?)(?:农特产品|农产品|土特产|特产|产品|商品|食品)")
LIST_ITEM_SPLIT = re.compile(r"、|(?<=[\u4e00-\u9fff]{2})[和及](?=[\u4e00-\u9fff]{2,8}$)")
# words after which a list's first item begins (通过淘宝、抖音销售瑶浴药包等产品)
ITEM_LEAD = sorted(VERBS + ["销售", "推介", "推广", "出售", "带货", "主打", "包括", "生产", "加工", "种植", "发展", "直播",
                            "展示", "展销", "采购", "收购", "购买", "品尝", "帮助", "助力", "还有", "以及", "将", "把", "让",
                            "卖", "有", "等", "的", "从", "向", "到", "对"], key=len, reverse=True)
NOT_A_PRODUCT = re.compile(r"[各多全些该本其这那]|一[处片批家个]|(?:公司|企业|合作社|基地|平台|店|馆|中心|商家|市|县|区|镇|乡|村|省|国|人)$")


def _listed_products(body: str, start: int) -> list[Span]:
    """The items of a list said to be products (瑶浴药包、瑶药保健酒等产品), the first item cut after the verb or
    word before it; an item that is a place, a firm or a quantity word ends the list."""
    out = []
    for m in LISTED_PRODUCTS.finditer(body):
        for at, item in reversed(_list_items(m.group(1), m.start(1))):
            cut = max((item.rfind(v) + len(v) for v in ITEM_LEAD if v in item), default=0)
            if not _product_item(item[cut:]):
                break
            out.append(Span(item[cut:], start + at + cut, start + at + len(item), cls="Product", new=True))
            if cut:
                break
    return out


def _list_items(text: str, at: int) -> list[tuple[int, str]]:
    """(offset, item) for each item of a list (A、B和C)."""
    items = []
    for item in LIST_ITEM_SPLIT.split(text):
        items.append((at, item))
        at += len(item) + 1
    return items


def _product_item(name: str) -> bool:
    return 2 <= len(name) <= 8 and name not in GENERIC and not NOT_A_PRODUCT.search(name) and not COMMON_HEAD.match(name)


def _bare_words_as_named(spans: list[Span], lex: "Lexicon | None" = None) -> None:
    """A product's common word names the article's one product whose name ends with it (芋头 is 荔浦芋 where the
    article names 荔浦芋; 芒果 is 百色芒果); with none, or two (北流荔枝 and 灵山荔枝), it is a product of its own."""
    named = [sp for sp in spans if sp.cls == "Product" and sp.iri and sp.same_as is None]
    for sp in spans:
        if sp.same_as is BARE:
            _name_as(sp, _the_one_named(sp.text, named, lex))


def _name_as(sp: Span, named: Span | None) -> None:
    sp.same_as = named
    if named is not None:
        sp.iri, sp.new, sp.ref, sp.label_en = named.iri, named.new, named.ref, named.label_en


def _the_one_named(word: str, named: list[Span], lex: "Lexicon | None" = None) -> Span | None:
    """The one named product whose name ends with the word (or its stem: 芋头 -> 芋), else None."""
    stem = word[:-1] if word[-1] in "头子儿" else word
    found = {p.iri: p for p in named if p.text != word and p.text.endswith(stem)}
    if len(found) > 1 and lex is not None:  # 荔浦衣架 beside 竹衣架 and 植绒衣架: the one named after its place
        found = {i: p for i, p in found.items() if _is_place_name(p.text[:p.text.rfind(stem)], lex)}
    return next(iter(found.values())) if len(found) == 1 else None


# each product word, longest first, with up to three characters before it (灵川 + 枇杷, 隆林 + 黑猪 + 腊肉)
PRODUCT_AFTER_PLACE = [re.compile(r"([\u4e00-\u9fff]{0,3}?)" + re.escape(w)) for w in PRODUCT_WORDS_LONGEST_FIRST]


def _product_after_place(text: str, sp: Span, lex: Lexicon) -> Span | None:
    """The new product the first product word after a place names with it (at most three characters between,
    none a stop or a verb), unless the name is known."""
    if len(sp.text) >= 3 and sp.text.endswith(("县", "区", "市")) and sp.cls in ("County", "Prefecture"):
        return None  # 武鸣区沃柑种植面积, 阳朔县金桔: the district's oranges (a product is named 武鸣沃柑, 容县沙田柚)
    tail = text[sp.end:sp.end + 8]
    for pattern in PRODUCT_AFTER_PLACE:
        m = pattern.match(tail)
        if m and tail[m.end():m.end() + 1] in PRODUCT_COMPOUND:
            continue  # 昭平县茶园, 荔浦芋农: a place's tea garden or farmers, not a product
        if m and not re.search(r"[的和与、，。在是有]", m.group(1)) and not FRAGMENT.search(m.group(1)) \
                and not any(v in m.group(1) for v in VERBS + ["举办"]):  # 坛洛镇一处香蕉分拣场: no product's name
            name = sp.text + m.group(0)
            if name in lex.names:
                return None
            c = Span(name, sp.start, sp.end + len(m.group(0)), cls="Product", new=True)
            c.place = sp
            return c
    return None


def _designations(body: str, start: int) -> list[Span]:
    """Designations (淘宝村, 示范县): the word and the few characters that qualify it."""
    out = []
    for w in DESIGNATION_WORDS:
        for m in re.finditer(re.escape(w), body):
            s = _back_to_stop(body, m.start(), m.end(), longest=16, digits=False)
            name = _without_leading_verbs(body[s:m.end()], len(w))
            if name != w or s == m.start():  # 依托示范县: the bare word after a verb names no designation
                out.append(Span(name, start + m.end() - len(name), start + m.end(), cls="Designation", new=True))
    return out + _titles(body, start)


def _titles(body: str, start: int) -> list[Span]:
    return [Span(m.group(1), start + m.start(1), start + m.end(1), cls="Designation", new=True) for m in TITLE.finditer(body)]


# an honorary title (“中国月柿之乡”, 世界瑶都, 长寿之乡): in quotes, or after a stop character
TITLE = re.compile(r"(?:(?<=[“「])|(?<=[的是为有，。、]))((?:中国|世界|全国|广西|全区)?(?:(?![的是])[\u4e00-\u9fff]){1,5}?(?:之乡|之都|瑶都|之城|之源|名城))(?=[”」]|[，。；的])")


def _villages_after_places(text: str, known: list[Span], lex: Lexicon) -> list[Span]:
    """A village or township right after the place it lies in (柳州市鱼峰区白沙镇王眉村)."""
    out = []
    for sp in known:
        if sp.cls in ("Township", "County") or (sp.candidates and any(c[1] == "Township" for c in sp.candidates)):
            m = _village_name_after(text, sp, lex)
            if m:
                out.append(Span(m.group(0), sp.end, sp.end + len(m.group(0)),
                                cls="Village" if m.group(2) == "村" else "Township", new=True, place=sp))
    return out


def _village_name_after(text: str, sp: Span, lex: Lexicon):
    """The match of a new …村, …镇 or …乡 name right after a place (not a village committee, nor 农村, 乡村 …)."""
    m = re.match(r"([\u4e00-\u9fff]{1,4}?)(村|镇|乡)(?![\u4e00-\u9fff]*[委会])", text[sp.end:sp.end + 6])
    if m and (m.group(0) not in lex.names) and not any(ch in STOP for ch in m.group(1)) \
            and not re.fullmatch(r"[一二三四五六七八九十两几数多各个]+", m.group(1)) \
            and not any(m.group(1).startswith(w) for w in ("广西", "农村", "乡村", "城乡")):
        return m
    return None


def _place_and_generic(head: str, lex: Lexicon) -> bool:
    """Whether `head` is a place's name followed by a generic word (柳州市电商, 全县网络) or nothing else."""
    for n in range(min(len(head), 9), 1, -1):
        cands = lex.names.get(head[:n])
        if cands and any(c[0] in PLACE_CLASSES for c in cands.values()):
            return head[n:] in GENERIC
    return False


def _names_inside(name: str, lex: Lexicon) -> bool:
    """Whether a known name of at least three characters (a place, a product) is part of `name`."""
    return any(name[i:j] in lex.names for i in range(len(name)) for j in range(i + 3, min(len(name), i + 10) + 1))


def merge_spans(known: list[Span], new: list[Span]) -> list[Span]:
    """Known mentions inside a new candidate (白沙 in 白沙酸厂) give way to it; others stay.

    Both lists hold non-overlapping spans, so the one span that can contain a given span is the last one
    starting at or before it (found by bisection: linear time in the article's length)."""
    def container(spans: list[Span], starts: list[int], sp: Span) -> Span | None:
        i = bisect.bisect_right(starts, sp.start) - 1
        return spans[i] if i >= 0 and spans[i].end >= sp.end else None

    new_sorted = sorted(new, key=lambda s: s.start)
    new_starts = [n.start for n in new_sorted]
    out = []
    for k in known:
        n = container(new_sorted, new_starts, k)
        if n is None or (n.end - n.start) <= (k.end - k.start):
            out.append(k)
    kept = sorted(out, key=lambda s: s.start)
    kept_starts = [k.start for k in kept]
    out += [n for n in new if container(kept, kept_starts, n) is None]
    return sorted(out, key=lambda s: s.start)


def spans_in(spans: list[Span], starts: list[int], off: int, length: int) -> list[Span]:
    """The spans (sorted by start; starts their start offsets) that start within [off, off + length)."""
    return spans[bisect.bisect_left(starts, off):bisect.bisect_left(starts, off + length)]


def _inside(skip, s: int, e: int) -> bool:
    """context.inside for a Ranges (by bisection) or a plain list of ranges."""
    return skip.holds(s) if isinstance(skip, Ranges) else context.inside(skip, s, e)


# disambiguation weighs the places named within this many characters, at most this many on each side
NEAR_CHARS, NEAR_PLACES = 5000, 200


def disambiguate(spans: list[Span], lex: Lexicon, sentences: list[tuple[int, str]]) -> None:
    """A name shared by several places: the candidate under the places the article names (nearest first,
    within NEAR_CHARS characters, so a long article costs linear time)."""
    sure = sorted(((sp.start, set(lex.ancestors(sp.code))) for sp in spans if sp.iri and sp.code), key=lambda x: x[0])
    positions = [pos for pos, _ in sure]
    for sp in spans:
        if sp.iri or not sp.candidates:
            continue
        lo = max(bisect.bisect_left(positions, sp.start - NEAR_CHARS), bisect.bisect_left(positions, sp.start) - NEAR_PLACES)
        hi = min(bisect.bisect_right(positions, sp.start + NEAR_CHARS), bisect.bisect_right(positions, sp.start) + NEAR_PLACES)
        scores = sorted(((_candidate_score(sp, code, lex, sure[lo:hi]), iri, cls, code) for iri, cls, code in sp.candidates),
                        reverse=True)
        if scores and scores[0][0] > 0 and (len(scores) == 1 or scores[0][0] > 1.5 * scores[1][0]):
            _, sp.iri, sp.cls, sp.code = scores[0]


def _candidate_score(sp: Span, code: str, lex: Lexicon, near: list[tuple[int, set]]) -> float:
    """How much the places named near sp lie over or under a candidate place: deeper and nearer weighs more."""
    anc = set(lex.ancestors(code)[1:])
    score = 0.0
    for pos, codes in near:
        if anc & codes:
            depth = max(len(c.rstrip("0")) for c in anc & codes)
            score += depth / (1 + abs(pos - sp.start) / 50)
    return score


# ----------------------------------------------------------------------------------- IRIs and labels
def slug(text: str) -> str:
    from pypinyin import Style, lazy_pinyin

    words = lazy_pinyin(text, style=Style.NORMAL, errors=lambda s: [c for c in s if c.isalnum()])
    s = re.sub(r"-+", "-", "-".join(w.lower() for w in words if w and w.isalnum())).strip("-")
    if len(s) > 60:
        s = s[:61].rsplit("-", 1)[0]
    return s or hashlib.sha1(text.encode()).hexdigest()[:8]


def english(text: str, cls: str) -> str:
    from pypinyin import Style, lazy_pinyin

    words = [w.capitalize() for w in lazy_pinyin(text, style=Style.NORMAL) if w.strip()]
    return " ".join(words) + CLASS_EN.get(cls, "")


# ----------------------------------------------------------------------------------- the draft
def ingest(base: Path, kg, file: Path, title: str | None, date: str | None, publisher: str | None,
           url: str | None = None, source_id: str | None = None, force: bool = False, copy_of: str | None = None,
           new_source: bool = False) -> tuple[Path, dict, str]:
    """Read the article, write (or update) sources/<id>.yaml; returns (path, draft, what happened). A text that
    repeats a source already held is refused unless added as a copy of it (`copy_of`) or `new_source`."""
    from . import reprints

    base = Path(base)
    article = read_article(file)
    sid = source_id or re.sub(r"[^a-z0-9._-]+", "-", Path(file).stem.lower()).strip("-")
    path = drafts.draft_path(base, sid)
    if copy_of:
        p, doc = reprints.add_copy(base, copy_of, article.text, Path(file).name, url or article.url, publisher, date,
                                   title or article.title)
        return p, doc, f"added as another copy of source {copy_of}"
    if not new_source and not force and not path.exists() and Path(file).suffix.lower() != ".csv":
        _refuse_a_reprint(base, article, sid)
    old, notes = None, []
    if path.exists() and not force:  # a re-reading: the reviewed metadata is the draft's, not the command's
        old = drafts.load(path)
        (title, date, publisher, url), notes = _reviewed_metadata(old["source"], title, date, publisher, url)
    title, url = _checked_metadata(article, title, date, publisher, url)
    text_file = _text_file(base, sid, old, article, force)
    doc = _read(base, kg, Path(file), article, sid, title, date, publisher, url)
    drafts.assign_ids(doc)  # each item's id from its content and place: the same on every reading
    doc["source"]["file"] = text_file.name
    doc, state = _write_draft(path, doc, text_file, article.text, force, notes)
    return path, doc, state


def _text_file(base: Path, sid: str, old: dict | None, article: Article, force: bool) -> Path:
    """Where the source's text is kept (the draft's file on a re-reading); an error if it holds another text."""
    text_file = base / "graph" / "sources" / (old["source"]["file"] if old else f"{sid}.txt")
    if text_file.exists() and text_file.read_text(encoding="utf-8") != article.text and not force:
        raise UsageError(f"source {sid} already holds a different text ({text_file}); use --id for a new source "
                         f"or --force to replace it and its draft")
    return text_file


def _refuse_a_reprint(base: Path, article: Article, sid: str) -> None:
    """A one-line error when the text is the same story as a source already held (gxkg.sources.reprints)."""
    from . import reprints

    held = reprints.same_story(base, article.text, skip=sid)
    if held:
        raise UsageError(f"this text is the same story as source {held[0]} ({held[1]:.0%} of its words): add it as "
                         f"another copy with --copy-of {held[0]}, or give --new-source to ingest it as a source of its own")


def _read(base: Path, kg, file: Path, article: Article, sid: str, title, date, publisher, url) -> dict:
    """The draft of an article, or of a .csv file, an official list or a table of figures: one item per row."""
    if file.suffix.lower() == ".csv":
        from .table import make_table_draft

        return make_table_draft(Lexicon(base, kg), article.text, sid, title, date, publisher, url)
    return make_draft(base, kg, article, sid, title, date, publisher, url)


def _reviewed_metadata(S: dict, title, date, publisher, url) -> tuple[tuple, list[str]]:
    """(title, date, publisher, url) of a re-read source: the draft's where it has them, with a note for each
    different one given."""
    notes = []
    for key, given in (("title", title), ("date", date), ("publisher", publisher), ("url", url)):
        if given and S.get(key) and str(S[key]) != given:
            notes.append(f"kept the draft's {key} {str(S[key])[:60]!r}, not {given[:60]!r} (edit the draft to change it)")
    return (S.get("title") or title, str(S.get("date") or "") or date, S.get("publisher") or publisher,
            S.get("url") or url), notes


def _checked_metadata(article: Article, title, date, publisher, url) -> tuple[str, str | None]:
    """(title, url) of the source, the article's where none is given; a one-line error for what is missing or wrong."""
    if date and not drafts.is_date(date):
        raise UsageError(f"--date takes a real calendar date YYYY-MM-DD, not {date!r}")
    title = title or article.title
    if not title:
        raise UsageError("the article has no title line: give --title")
    if not date:
        raise UsageError("give --date YYYY-MM-DD (the article's publication date)")
    if not publisher:
        raise UsageError("give --publisher (who published the article)")
    if url and not drafts.IRI.fullmatch(url):
        raise UsageError(f"--url takes an http(s) URL, not {url[:80]!r}")
    if not url and article.url and not drafts.IRI.fullmatch(article.url):
        raise UsageError(f"the article's URL line is not an http(s) URL: {article.url[:80]!r}; fix it or give --url")
    return title, url or article.url


def _write_draft(path: Path, doc: dict, text_file: Path, text: str, force: bool, notes: list[str]) -> tuple[dict, str]:
    """Save the draft and the source text under the draft's lock (a concurrent accept or reject waits: no
    decision is lost); a re-reading merges into the draft's own text, so comments and decisions stay."""
    with drafts.locked(path):
        state = "created"
        merging = path.exists() and not force
        if not merging:
            state = "replaced (--force)" if path.exists() else "created"
            drafts.check(doc, path)  # a draft that cannot be saved stops here, before the text is copied
        text_file.parent.mkdir(parents=True, exist_ok=True)
        if not text_file.exists() or text_file.read_text(encoding="utf-8") != text:
            atomic_write(text_file, text)
        if merging:
            doc = drafts.merge_into(path, doc)
            state = "updated (reviewer decisions kept)" + "".join(f"; {n}" for n in notes)
        else:
            drafts.save(path, doc)
    return doc, state


def make_draft(base: Path, kg, article: Article, sid: str, title: str, date: str, publisher: str,
               url: str | None) -> dict:
    """The draft of one article. Traditional characters are read as simplified ones (one for one, so every
    offset holds) and every text, quote and statedAs is then taken from the file as written."""
    lex = Lexicon(base, kg)
    original = article.text
    text = context.simplified(original)
    article = Article(text, article.body_start, article.body_end, article.title, article.url)
    sentences = article.sentences()
    skip = Ranges(context.skipped_ranges(text, article.body_start, article.body_end))
    spans = _article_spans(text, article, lex, skip, sentences)
    _places_elsewhere(text, spans, lex)
    _name_new_entities(spans, lex)
    _bare_words_as_named(spans, lex)
    spans = _with_firms_short_names(text, article, spans, lex)
    mentions = _mention_items(spans, sentences)
    back = anaphors(text, sentences, spans, lex, skip)
    resolved = sorted(spans + back, key=lambda x: x.start)
    figures, indicators = read_figures(article, sentences, resolved, lex, sid, date,
                                       vocabulary(ontology_path(base)))
    relations = read_relations(text, sentences, resolved, lex)
    for i, r in enumerate(relations, 1):
        r["id"] = f"r{i}"
    mentions += _entities_only_pointed_to(back, mentions, figures + relations, lex, sentences)
    if original != text:
        _quote_as_written(original, mentions, figures + relations)
    return {"format": drafts.FORMAT,
            "source": {"id": sid, "iri": f"{GXR}source/{sid}", "file": f"{sid}.txt", "kind": "NewsArticle",
                       "title": title, "title_en": None, "url": url, "publisher": publisher, "publisher_en": None,
                       "date": date, "language": "zh-Hant" if original != text else "zh-Hans"},
            "mentions": mentions, "indicators": indicators, "figures": figures, "relations": relations}


FIRM_END = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司)$")


def _with_firms_short_names(text: str, article: Article, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A firm named again by its short name (梧州市鸳江食品有限公司 … 鸳江食品): a mention of the same firm."""
    body = text[article.body_start:article.body_end]
    taken = Ranges([(sp.start, sp.end) for sp in spans])
    out = list(spans)
    for sp, core in _firm_cores(spans, lex):
        for m in re.finditer(re.escape(core), body):
            at = article.body_start + m.start()
            if not taken.overlaps(at, at + len(core)):
                out.append(Span(core, at, at + len(core), iri=sp.iri, cls="Organization", new=sp.new,
                                label_en=sp.label_en, same_as=sp))
    return sorted(out, key=lambda x: x.start)


def _firm_cores(spans: list[Span], lex: Lexicon) -> list[tuple[Span, str]]:
    """(firm, its short name) for each firm the article names with a legal ending."""
    firms = [sp for sp in spans if sp.cls == "Organization" and sp.iri and FIRM_END.search(sp.text)]
    return [(sp, core) for sp in firms for core in [_firm_core(sp.text, lex)] if len(core) >= 3]


def _firm_core(name: str, lex: Lexicon) -> str:
    """A firm's name without its legal ending and the places it starts with (广西名山食品有限公司 -> 名山食品)."""
    core = FIRM_END.sub("", name)
    while True:
        lead = next((n for n in range(min(6, len(core) - 2), 1, -1) if _is_place(core[:n], lex)), 0)
        if not lead:
            return "" if core in GENERIC else core
        core = core[lead:]


def _is_place(form: str, lex: Lexicon) -> bool:
    return any(c[0] in PLACE_CLASSES for c in lex.names.get(form, {}).values())


def _entities_only_pointed_to(back: list[Span], mentions: list[dict], items: list[dict], lex: Lexicon, sentences) -> list[dict]:
    """A mention for each reference entity the graph lacks that a figure or relation names only through an
    anaphor (去年我国农村网络零售额…: China), so that accepting the item brings the entity with it."""
    have = {m.get("iri") or m.get("proposed_iri") for m in mentions}
    used = {x for it in items for x in (it.get("about"), it.get("subject"), it.get("object")) if isinstance(x, str)}
    out = []
    for sp in back:
        entry = lex.ref.get(sp.iri)
        if entry is not None and sp.iri in used - have and sp.iri not in lex.known:
            have.add(sp.iri)
            out.append(Span(sp.text, sp.start, sp.end, iri=sp.iri, cls=sp.cls, new=True, ref=entry, label_en=entry.name_en))
    items = _mention_items(out, sentences)
    for i, it in enumerate(items, len(mentions) + 1):
        it["id"] = f"m{i}"
    return items


def _article_spans(text: str, article: Article, lex: Lexicon, skip, sentences) -> list[Span]:
    """Known names and new candidates of the body (none in a dateline or byline), shared names resolved."""
    known = known_spans(text, article.body_start, article.body_end, lex, skip)
    new = [c for c in candidate_spans(text, article.body_start, article.body_end, known, lex)
           if not _inside(skip, c.start, c.end)]
    spans = merge_spans(known, new)
    disambiguate(spans, lex, sentences)
    return spans


def _places_elsewhere(text: str, spans: list[Span], lex: Lexicon) -> None:
    """A known product's short name (金桔 of 融安金桔) in an article that never names the product's place (融安) is
    that kind of product from somewhere else (阳朔金桔): a new product of its own, not the known one."""
    for sp in spans:
        if sp.cls == "Product" and sp.iri in lex.known and not sp.new and _its_place_unnamed(text, sp, lex):
            sp.iri, sp.new, sp.candidates = None, True, []


def _its_place_unnamed(text: str, sp: Span, lex: Lexicon) -> bool:
    """The product's longer names are its place's name and this short one, and the article names none of the places."""
    places = [f[:-len(sp.text)] for f in lex.forms_of(sp.iri) if f.endswith(sp.text) and f != sp.text]
    places = [p for p in places if _is_place_name(p, lex)]
    return bool(places) and not any(p in text for p in places)


def _is_place_name(p: str, lex: Lexicon) -> bool:
    """A county's or a town's name: a city's signature product (柳州螺蛳粉) is what its short name means in Guangxi
    news; a county's fruit (融安金桔) is grown in many other counties too."""
    return len(p) >= 2 and any(cls in ("County", "Township", "Village") for cls, _ in (lex.names.get(p) or {}).values())


def _name_new_entities(spans: list[Span], lex: Lexicon) -> None:
    """An IRI and an English label for each new name (a reference row's own, else made from the name); the
    same name again is the same entity."""
    taken = set(lex.known) | set(lex.code_of_iri)
    named: dict[tuple, str] = {}
    for sp in spans:
        entry = lex.ref.get(sp.iri) if sp.iri else None
        if entry is not None and sp.iri not in lex.known:  # a reference row the graph does not hold yet
            sp.new, sp.ref, sp.label_en = True, entry, entry.name_en
        elif sp.of_county is not None and _county_own(sp) in lex.names:  # 县商务局 is 阳朔县商务局, known
            sp.iri, sp.new = next(iter(lex.names[_county_own(sp)])), False
        elif sp.new:
            sp.iri = named.get(_new_key(sp)) or _fresh_iri(sp, taken)
            named[_new_key(sp)] = sp.iri
            sp.label_en = lex.english(_county_own(sp), sp.cls)


def _county_own(sp: Span) -> str:
    """A name as its own: 县商务局 of 阳朔县 is 阳朔县商务局, 县级电商公共服务中心 阳朔县县级电商公共服务中心."""
    if sp.of_county is None:
        return sp.text
    county = sp.of_county.text
    return county + sp.text[1:] if _county_word_again(county, sp.text) else county + sp.text


def _county_word_again(county: str, name: str) -> bool:
    """德保县 + 县商务局: the 县 is said once (德保县商务局), but not in 县级 (德保县县级…中心)."""
    return county.endswith("县") and name.startswith("县") and not name.startswith("县级")


def _fresh_iri(sp: Span, taken: set) -> str:
    """A new IRI for a new name, unused so far (a village's carries its township's code: namesakes stay apart)."""
    prefix = CLASS_PREFIX.get(sp.cls, "entity")
    iri = f"{GXR}{prefix}/{slug(_county_own(sp))}"
    if sp.cls in ("Village", "Township") and sp.place is not None and sp.place.code:
        iri = f"{GXR}place/{sp.place.code[:9]}-{slug(sp.text)}"
    n = 2
    while iri in taken:
        iri, n = f"{GXR}{prefix}/{slug(sp.text)}-{n}", n + 1
    taken.add(iri)
    return iri


def _mention_items(spans: list[Span], sentences) -> list[dict]:
    """One mention item per name and target, with its sentence."""
    mentions, seen = [], set()
    offsets = [off for off, _ in sentences]
    for sp in spans:
        if (sp.text, sp.iri) in seen:
            continue
        seen.add((sp.text, sp.iri))
        off, quote = _sentence_of(sentences, sp.start, offsets)
        item = {"id": f"m{len(mentions) + 1}", "text": sp.text, "start": sp.start, "end": sp.end,
                "iri": None if sp.new or not sp.iri else sp.iri,
                "class": f"{GXO}{sp.cls}" if sp.cls else None, "quote": quote, "quote_start": off,
                "status": "proposed", "candidates": [c[0] for c in sp.candidates] if not sp.iri else [], "note": ""}
        item.update(_mention_extra(sp))
        mentions.append(item)
    return mentions


def _mention_extra(sp: Span) -> dict:
    """What a mention adds for a reference row, a new name or a name several places share."""
    if sp.same_as is not None and sp.new:
        return _same_as_extra(sp)
    if sp.ref is not None:
        return {"proposed_iri": sp.iri, "label": {"zh": sp.ref.name, "en": sp.ref.name_en},
                "alt": [n for n in sp.ref.names if n != sp.ref.name],
                "note": f"from the reference list {sp.ref.file} (source: {sp.ref.source}); the graph does not hold it yet"}
    if sp.new:
        return {"proposed_iri": sp.iri, "label": {"zh": _county_own(sp), "en": sp.label_en},
                "alt": [sp.text] if sp.of_county is not None else [],
                "note": f"new entity: check the class and the IRI; {SUGGESTED}"}
    if sp.candidates and not sp.iri:
        return {"note": f"ambiguous: {len(sp.candidates)} places share this name; set iri to one of the candidates"}
    return {}


def _same_as_extra(sp: Span) -> dict:
    """A product's common word as another name of the article's named new product (芋头 for 荔浦芋)."""
    return {"proposed_iri": sp.iri, "label": {"zh": sp.same_as.text, "en": sp.label_en}, "alt": [sp.text],
            "note": f"new entity: the same {'firm' if sp.cls == 'Organization' else 'product'} as {sp.same_as.text} in this article; {SUGGESTED}"}


def _quote_as_written(original: str, mentions: list[dict], items: list[dict]) -> None:
    """Texts, quotes and statedAs as the file writes them (traditional characters), by their offsets."""
    for it in mentions:
        it["text"] = original[it["start"]:it["end"]]
    for it in mentions + items:
        qs = it.get("quote_start", it.get("start"))
        it["quote"] = original[qs:qs + len(it["quote"])]
        if "statedAs" in it:
            it["statedAs"] = original[it["stated_start"]:it["stated_start"] + len(it["statedAs"])]


def _new_key(sp: Span) -> tuple:
    """What makes two new names one entity: the name and class, and for a place the township it is in."""
    code = sp.place.code if sp.cls in ("Village", "Township") and sp.place is not None else None
    return _county_own(sp), sp.cls, (code or "")[:9]


def anaphors(text: str, sentences, spans: list[Span], lex: Lexicon, skip) -> list[Span]:
    """全县, 该县, 全市, 我市, 全区, 该公司, 大会 …: spans that point back to what the article named before
    (the county, the city, Guangxi, the company, the event); not mentions of their own."""
    out: list[Span] = []
    taken = Ranges((sp.start, sp.end) for sp in spans)
    ends, pool = _anaphor_pool(spans, lex)
    for m in context.ANAPHOR.finditer(text):
        s, e = m.span()
        if not _may_point_back(text, m, skip, taken):
            continue
        before = _Back(pool, bisect.bisect_right(ends, s))
        target = context.anaphor_target(m.group(0), before, lambda sp: None if text[sp.start - 1:sp.start] in AGENT_BEFORE else sp.cls,
                                        text, s)
        if target:
            out.append(Span(m.group(0), s, e, iri=target[0], cls=target[1], anaphor=True))
    return out


def _anaphor_pool(spans: list[Span], lex: Lexicon) -> tuple[list[int], list[Span]]:
    """What an anaphor may point back to, sorted by end (mentions first, then the places their names begin
    with): (their ends, them)."""
    pool = [(sp.end, 0, i, sp) for i, sp in enumerate(spans) if sp.iri]
    pool += [(p.end, 1, i, p) for i, sp in enumerate(spans) if sp.iri for p in _places_in_name(sp, lex)]
    pool.sort(key=lambda x: x[:3])
    return [x[0] for x in pool], [x[3] for x in pool]


def _may_point_back(text: str, m, skip, taken: Ranges) -> bool:
    """Whether an anaphor's match stands on its own: not in a dateline or byline, nor inside a mention, nor a
    common noun that is not a clause's subject."""
    s, e = m.span()
    if _inside(skip, s, e) or taken.overlaps(s, e):
        return False
    if m.group(0) in context.SUBJECT_ONLY and s > 0 and text[s - 1] not in "，。；：！？\n“":
        return False  # 电商公司, 直播活动: a common noun; only a clause's subject (公司今年…) points back
    return True


AGENT_BEFORE = set("由被向经")  # 由南宁市代管: the city named there is an agent, not what the article is about


class _Back:
    """The first n items of a list, read backwards from the nth (nearest first), at most BACK of them: what
    an anaphor looks back over, without copying the article's mentions for each one."""

    BACK = 500

    def __init__(self, items: list, n: int):
        self.items, self.n = items, n

    def __reversed__(self):
        return (self.items[j] for j in range(self.n - 1, max(self.n - self.BACK, 0) - 1, -1))


def _places_in_name(sp: Span, lex: Lexicon) -> list[Span]:
    """The place a name begins with (柳州市商务局 -> 柳州市), as a span ending where the name ends."""
    if sp.cls in PLACE_CLASSES or sp.anaphor:
        return []
    for n in range(min(len(sp.text) - 1, 8), 1, -1):
        cands = lex.names.get(sp.text[:n])
        if cands and len(cands) == 1:
            (iri, (cls, code)), = cands.items()
            if cls in ("Province", "Prefecture", "County"):
                return [Span(sp.text[:n], sp.start, sp.end, iri=iri, cls=cls, code=code)]
    return []


def _sentence_of(sentences, pos: int, offsets: list[int] | None = None) -> tuple[int, str]:
    """The sentence holding pos (sentences sorted and disjoint; offsets their offsets), else the last one."""
    if offsets is None:
        offsets = [off for off, _ in sentences]
    i = bisect.bisect_right(offsets, pos) - 1
    if i >= 0 and pos < sentences[i][0] + len(sentences[i][1]):
        return sentences[i]
    return sentences[-1] if sentences else (0, "")


# ----------------------------------------------------------------------------------- figures
GROWTH_WORDS = re.compile(r"(同比增长|同比下降|同比增加|比上年增长|比上年下降|较上年增长|较上年下降|比去年增长|较去年增长|"
                          r"比去年同期增长|较去年同期增长|增长|增加|下降)(?:了|约|达到|达|为)?$")
SOURCE_OF = re.compile(r"^(?:获悉|了解到|得知)")
# a topic or a designation describes the figure (跨境电商企业320多家, 示范县带动3000多名农民), never has it
NEVER_SUBJECT = ("Topic", "Designation")
# a facility counted right after its name (建成县级电商公共服务中心1个、村级服务站68个) is what is counted
COUNT_RIGHT_AFTER = re.compile(r"\s*(?:\d|[一二两三四五六七八九十几][个座家所处])")


def _counted_there(s: str, off: int, sp: Span) -> bool:
    return sp.cls in ("Facility", "Program") and bool(COUNT_RIGHT_AFTER.match(s, sp.end - off))


# an office that reports a place's figures (据百色市商务局统计，…): the figure is the place's
NOT_SUBJECT_AFTER = re.compile(r"(?:销往|远销|卖到|出口到|出口至|出口|来自|走进|运往|通过|依托|借助)[^，。；]*$")


def growth_kind(sentence: str, start: int) -> str | None:
    """'yoy' for 同比增长 X%, 'prev' for 比上年/较上年/比去年增长 X%, 'plain' for 增长 X%, else None."""
    m = GROWTH_WORDS.search(sentence[:start].rstrip())
    if not m:
        return None
    w = m.group(1)
    return "yoy" if w.startswith("同比") or "同期" in w else "plain" if w in ("增长", "增加", "下降") else "prev"


def read_figures(article: Article, sentences, spans: list[Span], lex: Lexicon, sid: str, published: str | None = None,
                 vocab=None):
    """Every figure with what it is about (anaphors resolved), its indicator (a scheme concept when its
    wording is known, else a new one with a clean name), its period (relative words read against the
    publication date, said in the note) and, for a growth rate, the figure it grows."""
    reader = _FigureReader(lex, sid, published, vocab)
    starts = [sp.start for sp in spans]
    last_para, para, counted = None, 0, article.body_start  # newlines before the sentence, counted as we go
    for off, s in sentences:
        para += article.text.count("\n", counted, off)
        counted = off
        if para != last_para:
            reader.carried, last_para = None, para
        reader.sentence(off, s, [sp for sp in spans_in(spans, starts, off, len(s)) if sp.iri])
    return reader.figures, reader.indicators


def _after_last(f, about: Span, label: str, last: _Last) -> tuple[Span, str, str]:
    """(about, indicator words, product) of a figure after a level one in its sentence: a product named
    alone is still the place's before it; the product named before carries to a known wording of the same subject."""
    product = _product_named(label, about)
    if last.about.cls in PLACE_CLASSES and about.cls == "Product" and last.about.iri != about.iri:
        product, about = about.text, last.about  # …，六堡茶产业综合产值达128亿元: still the city's, of the product
        label = about_text_product(product, label)
    elif last.product and about.iri == last.about.iri and not _says_product(label, last.product) \
            and reference.concept_match(label) and not _is_stock(f, label):
        product, label = last.product, last.product + label  # 今年芒果产量预计达90万吨，产值约50亿元
    return about, label, product


# 线上销售额达420万元，是去年同期的2倍多: the figure before as a multiple of itself a year before (同比倍数)
MULTIPLE_OF_LAST = re.compile(r"[，,]\s*(?:已|已经)?是(?:去年|上年)(?:同期)?的?$")
SHARE_OF = re.compile(r"\s*(?P<part>[^，。；占]{2,10}?)?(?:已|约|均)?占了?(?P<whole>[^，。；比]{1,14}?)的?(?:比重|比例)?"
                      r"(?:首次|已经|约|已|均|达到?|超过|为|提高到|提升到|升至)*$")


def _share_of_last(s: str, f, last: "_Last | None") -> str | None:
    """网络销售额约1.4亿元，占黄腊李销售总额的三成: the share the figure before makes up of a whole, named as the figure
    before's share of the whole, when a clause of its own begins with 占; or by the clause's own words when it names
    the part (；网络销售额占香蕉销售总额的比重约为18%: 网络销售额占香蕉销售总额比重)."""
    if last is None or f.unit != "Percent":
        return None
    left, _ = _clause_bounds(s, f.start)
    m = SHARE_OF.match(s[left:f.start])
    if not m:
        return None
    return f"{m.group('part') or last.label}占{m.group('whole')}比重"


@dataclass
class _Last:
    """The sentence's last level figure: what it is about, its indicator and the product its words named."""
    about: Span
    iri: str
    label: str
    product: str = ""


# an event held (举行, 开幕), and a figure said of what happened at it (仪式上, 活动现场, 当天)
EVENT_HELD = re.compile(r"举行|举办|开幕|召开|启动|开锣|拉开帷幕")
AT_THE_EVENT = re.compile(r"(?:启动|开幕|签约)?仪式上|开幕式上|活动(?:上|中|期间|现场)|现场|当天|会上|大会上")


class _FigureReader:
    """Reads the figures of an article sentence by sentence, carrying the period of the paragraph and, in a
    sentence, the subject and product of the figure before (全市六堡茶茶园面积达21万亩，干毛茶产量约2.1万吨)."""

    def __init__(self, lex: Lexicon, sid: str, published: str | None, vocab):
        self.lex, self.sid, self.published, self.vocab = lex, sid, published, vocab
        self.per_weight = _per_weight(vocab or vocabulary())
        self.figures, self.indicators, self.by_label = [], [], {}
        self.carried = None
        self.event_day = None  # the day an event the article reports was held (11月23日上午，…启动仪式在回龙镇举行)

    def sentence(self, off: int, s: str, sent_spans: list[Span]) -> None:
        prev_end, last = 0, None
        found = context.periods_in(s, self.published, [(sp.start - off, sp.end - off) for sp in sent_spans if not sp.anaphor])
        self._event_held(s, found)
        for f in find_figures(s, self.vocab):
            if _not_a_figure(s, f):
                continue
            f.unit = _price_unit(s, f, self.per_weight)
            read = self._what(s, off, f, sent_spans, prev_end, last)
            prev_end = f.start + len(f.stated)
            if read is None:
                continue
            about, label, growth, growth_of, product = read
            ind_iri, label = _indicator(label, f.unit, growth_of, growth, self.lex, self.indicators, self.by_label,
                                        about.text)
            if not growth_of and f.unit != "Percent":
                last = _Last(about, ind_iri, label, product)
            self._add(off, s, f, about, ind_iri, label, growth, found)
        kept = [x for x in found if not context.dates_an_event(s, x[1])]  # 2017年被列为…: dates no later sentence
        if found:
            self.carried = (kept[-1][2], kept[-1][3]) if kept else None

    def _what(self, s: str, off: int, f, sent_spans, prev_end: int, last: "_Last | None"):
        """(about, indicator words, growth kind, the indicator grown, the product named) or None."""
        growth = growth_kind(s, f.start) if f.unit == "Percent" else None
        if growth and last is not None:
            # 528亿元，同比增长13.4%: the growth of the figure just before it
            return last.about, last.label + GROWTH_LABEL.get(growth, "增长"), growth, last.iri, ""
        if (share := _share_of_last(s, f, last)) is not None:
            return last.about, share, None, None, last.product
        if last is not None and f.unit == "Times" and MULTIPLE_OF_LAST.search(s, 0, f.start):
            return last.about, f"{last.label}同比倍数", None, None, last.product
        about = _event_joined(s, off, f, sent_spans) or _about(s, off, f.start, sent_spans)
        if about is None:
            return None
        about = _product_place(s, off, f, _office_place(about, self.lex), sent_spans)
        made, about = about, _output_object(s, off, f, _model_led(s, off, f, about, sent_spans), sent_spans)
        label = _indicator_text(s, off, f, about, prev_end)
        if not label:
            return None
        about, label, product = _after_last(f, about, label, last) if last is not None else \
            (about, label, _product_named(label, about))
        product = product or _product_said(label, made, about, sent_spans)
        if not product and (topic := _sentence_product(s, off, f, about, label, sent_spans)):
            product, label = topic, topic + label  # 苦丁茶主要分布在…，全县种植面积6.3万亩: its planting area
        return about, label, growth, None, product

    def _period(self, s: str, f, label: str, growth, found) -> tuple[dict, str]:
        stock = _is_stock(f, label)
        if stock:  # 今年上半年，零售额达…；全市网店数量1.35万家: the period ends at the semicolon
            part = max(s.rfind(ch, 0, f.start) for ch in "；;") + 1
            found = [x for x in found if x[0] >= part]
        period, words = context.period_before(s, f.start, self.published, None, found=found)
        if not period:
            period, words = self._unstated(s, f, stock)
        if stock and period.get("as_of") and period.get("start"):
            period = {"as_of": period["as_of"][:7]}  # 截至6月20日 a stock is counted that day
        _compare(period, growth)
        return period, words

    def _event_held(self, s: str, found) -> None:
        """The first day an event is said to be held on (11月23日上午，…启动仪式在回龙镇举行)."""
        if self.event_day is None and EVENT_HELD.search(s):
            self.event_day = next((p for _, _, p, _ in found if p.get("date")), None)

    def _unstated(self, s: str, f, stock: bool) -> tuple[dict, str]:
        """A figure's period its sentence does not state: the event's day for what happened at it (启动仪式上，…签下
        …订单), else the paragraph's period carried (not for a stock)."""
        m = AT_THE_EVENT.search(s, 0, f.start) if self.event_day else None
        if m:
            return dict(self.event_day), m.group(0)
        return (dict(self.carried[0]), self.carried[1]) if self.carried and not stock else ({}, "")

    def _add(self, off: int, s: str, f, about: Span, ind_iri: str, label: str, growth, found) -> None:
        period, words = self._period(s, f, label, growth, found)
        key = hashlib.sha1(f"{about.iri}|{ind_iri}|{f.stated}|{off + f.start}".encode()).hexdigest()[:8]
        notes = []
        if about.anaphor:
            notes.append(f"about: {about.text} read as the {about.cls.lower()} named before")
        if words and not re.search(r"(?:19|20)\d{2}", words):
            notes.append(f"period: {words} read against the publication date {self.published}")
        elif not period and self.published:  # news states the current figure: as of the day it was published
            period = {"as_of": self.published[:7]}
            notes.append(f"period: none stated; read as of the publication date {self.published}")
        qualifier = _qualifier(s, f)
        self.figures.append({
            "id": f"f{len(self.figures) + 1}", "iri": f"{GXR}observation/{self.sid}/{key}", "about": about.iri,
            "about_text": about.text, "indicator": ind_iri, "indicator_text": label,
            "value": None if f.low is not None else str(f.value),
            "min": str(f.low) if f.low is not None else None, "max": str(f.high) if f.high is not None else None,
            "unit": f"{GXO}{f.unit}", "qualifier": f"{GXO}{qualifier}" if qualifier else None,
            "period": period, "statedAs": f.stated, "stated_start": off + f.start,
            "quote": s, "start": off, "status": "proposed", "note": "; ".join(notes)})


def _price_unit(s: str, f, per_weight: list) -> str:
    """Yuan said per jin or per kilogram before the number in its clause (每斤能卖到十几元, 一公斤卖20元) is a price
    in the ontology's unit of yuan per that weight (per_weight: _per_weight's pairs)."""
    if f.unit != "CNY":
        return f.unit
    left, _ = _clause_bounds(s, f.start)
    return next((u for said, u in per_weight if said.search(s, left, f.start)), f.unit)


def _per_weight(vocab) -> list[tuple[re.Pattern, str]]:
    """(每斤 / 一斤 as a pattern, unit) for each price-per-mass unit's written forms (元/斤 names 斤), longest first."""
    pairs = {(form.split("/", 1)[1], u.local) for u in vocab.units.values() if (u.quantity or "").endswith("PricePerMass")
             for form in (u.notation, *u.forms) if form and form.startswith("元/")}
    return [(re.compile(f"(?:每|一){re.escape(w)}"), u) for w, u in sorted(pairs, key=lambda p: -len(p[0]))]


def _compare(period: dict, growth) -> None:
    """A growth rate's period is compared to the year before (or, year on year, the same months a year before)."""
    if growth in ("yoy", "prev") and period.get("year"):
        period["compared_to"] = str(int(period["year"]) - 1)
    elif growth == "yoy" and period.get("start"):
        y = int(period["start"][:4]) - 1
        period["compared_to"] = f"{y}{period['start'][4:]} to {y}{period['end'][4:]}"


GROWTH_LABEL = {"yoy": "同比增长", "prev": "比上年增长"}
# figures of what a place or firm has at a time (area, shops, firms, stations, jobs), not of what it did in a period
STOCK_WORDS = ("带动", "面积", "网店", "企业", "站点", "服务点", "服务站", "服务中心", "就业", "合作社", "产业园")
STOCK_UNIT = re.compile(r"(?:家|个|座|所|亩|公顷)(?:以上|左右)?$")
TARGET_AFTER = re.compile(r"^[^，。；]{0,6}的?(?:目标|任务)")


def _is_stock(f, label: str) -> bool:
    """A stock (全县网店数量达2100余家) is stated as of a time: a period carried from an earlier sentence is
    not its period."""
    return f.unit in ("Mu", "Hectare") or bool(STOCK_UNIT.search(f.stated)) or any(w in label for w in STOCK_WORDS)


def _qualifier(s: str, f) -> str | None:
    """The figure's qualifier; a projection or target (预计, 力争, …的目标) wins over 超过 or 约."""
    left, _ = _clause_bounds(s, f.start)
    if PROJECTION.search(s[left:f.start]) or TARGET_AFTER.match(s[f.start + len(f.stated):]) \
            or (f.qualifier is None and PROJECTION.search(s[:f.start])):
        return "Projected"
    return f.qualifier


def _product_named(label: str, about: Span) -> str:
    """The product word an indicator's words begin with (六堡茶 in 六堡茶网络零售额), when a place is the subject."""
    if about.cls not in PLACE_CLASSES:
        return ""
    return next((w for w in PRODUCT_WORDS_LONGEST_FIRST if label.startswith(w)), "")


def _sentence_product(s: str, off: int, f, about: Span, label: str, spans: list[Span]) -> str:
    """The one product a sentence speaks of before a place's figure in the scheme's words (龙眼方面，全县种植面积达
    18万亩: the longan's planting area); none when the words are not the scheme's or two products are named."""
    if about.cls not in PLACE_CLASSES or not reference.concept_match(label) or not SCHEME_OF_PRODUCT.search(label):
        return ""
    named = {sp.iri: sp.text for sp in spans if sp.cls == "Product" and sp.end - off <= f.start}
    return next(iter(named.values())) if len(named) == 1 else ""


# the scheme's words for what a place has of a product
SCHEME_OF_PRODUCT = re.compile(r"^(?:种植面积|面积|产量|年产量|总产量|产值|综合产值|总产值|鲜果产量)$")


def _product_said(label: str, made: Span, about: Span, spans: list[Span]) -> str:
    """The product a place's figure is of when no product word begins its words: the object made or sold
    (年产麻通约3000吨), or a product the sentence names that its words begin with (麻通年产量)."""
    if made is not about:
        return made.text
    if about.cls not in PLACE_CLASSES:
        return ""
    return max((sp.text for sp in spans if sp.cls == "Product" and label.startswith(sp.text)), key=len, default="")


def about_text_product(product: str, label: str) -> str:
    """六堡茶 + 产业综合产值, unless the words already name it."""
    return label if _says_product(label, product) else product + label


def _says_product(label: str, product: str) -> bool:
    """The words name the product, or a form of it (茉莉鲜花产量 of 茉莉花: its first two characters)."""
    return product in label or len(product) >= 2 and label.startswith(product[:2])


RELATIVE_WORDS = re.compile(r"今年以来|今年|去年|前年|上半年|下半年|前三季度|一季度|目前|当前|截至目前|"
                            r"前\d{1,2}个?月|\d{1,2}\s*[-—–至到~～]\s*\d{1,2}\s*月")
SPEECH = re.compile(r"“[^“”]{6,}”")


def _not_a_figure(s: str, f) -> bool:
    """一袋, 一个缩影, 一家: the numeral one with a classifier is an article, not a figure; nor is a number in
    quoted speech (“几十元一担也难卖”)."""
    if any(m.start() < f.start < m.end() for m in SPEECH.finditer(s)):
        return True
    return f.stated.startswith("一") and f.value is not None and f.value == 1 and f.low is None


def _indicator(label: str, unit: str, growth_of, growth, lex: Lexicon, indicators: list, ind_by_label: dict,
               about: str = ""):
    """The indicator IRI for the words read: the graph's or the scheme's concept for a known wording (its label
    then replaces the words); a narrower new indicator when words name what is measured before the wording
    (月柿种植面积: the planting area of persimmons, broader 种植面积) other than the figure's subject itself; else a
    new indicator with a clean name, proposed once per article."""
    found = None if growth_of else reference.concept_match(label)
    if found is not None:
        concept, what = found
        what = what.strip(" 的之")
        if len(what) < 2 or _names_subject(what, about):
            return _scheme_indicator(concept, lex, indicators, ind_by_label)
        return _narrower_indicator(label, unit, what, concept, lex, indicators, ind_by_label)
    if not growth_of:
        label = _clean_indicator(label, unit)
    iri = lex.indicators.get(label) or ind_by_label.get(label)
    if iri is not None:
        return iri, label
    item = _growth_item(label, growth_of, growth, indicators) if growth_of else \
        {"iri": f"{GXR}indicator/{slug(label)}", "label": {"zh": label, "en": english(label, "")},
         "note": "new indicator: not in the indicator scheme; check the label and its English"}
    return _propose_indicator(item, label, lex, indicators, ind_by_label)


# 年产龟苓膏 is the yearly output of 龟苓膏: named as the scheme words it (龟苓膏年产量)
YEARLY_OUTPUT = re.compile(r"年产(?:各类|各种)?([\u4e00-\u9fff]{2,8})$")


def _names_subject(what: str, about: str) -> bool:
    """Whether the words before an indicator's wording only name the figure's subject again (麻通 of 麻通产值
    when the figure is about 麻通): the scheme's concept then, not a narrower one."""
    about = context.simplified(about)
    return bool(about) and (about.endswith(what) or what.endswith(about))


def _propose_indicator(item: dict, label: str, lex: Lexicon, indicators: list, ind_by_label: dict):
    """Add a new indicator to the draft once (none the graph holds), with an id and the status proposed."""
    iri = item["iri"]
    if iri in lex.known or iri in ind_by_label.values():
        return iri, label
    ind_by_label[label] = iri
    indicators.append({"id": f"i{len(indicators) + 1}", **item, "status": "proposed"})
    return iri, label


def _scheme_indicator(concept, lex: Lexicon, indicators: list, ind_by_label: dict):
    item = {"iri": concept.iri, "label": dict(concept.label), "note": "from the indicator scheme (reference/indicators.ttl)"}
    return _propose_indicator(item, concept.label["zh"], lex, indicators, ind_by_label)


def _narrower_indicator(label: str, unit: str, what: str, concept, lex: Lexicon, indicators: list, ind_by_label: dict):
    """月柿种植面积: a new indicator narrower than the scheme's 种植面积, named as the article words it, so each
    product's series stays apart and still rolls up to the scheme concept."""
    label = _clean_indicator(label.strip(" 的之"), unit)
    iri = lex.indicators.get(label) or ind_by_label.get(label)
    if iri is not None:
        return iri, label
    _scheme_indicator(concept, lex, indicators, ind_by_label)  # the broader concept is in the graph too
    item = {"iri": f"{GXR}indicator/{slug(label)}", "label": {"zh": label, "en": f"{concept.label['en']}, {english(what, '')}"},
            "broader": concept.iri, "note": f"narrower than {concept.label['zh']} in the indicator scheme: check the label and its English"}
    return _propose_indicator(item, label, lex, indicators, ind_by_label)


def _growth_item(label: str, growth_of: str, growth, indicators: list) -> dict:
    """A growth indicator of `growth_of` (同比增长 or over the previous year)."""
    en = {"yoy": "year-on-year growth", "prev": "growth over the previous year"}.get(growth, "growth")
    base = next((i["label"]["en"] for i in indicators if i["iri"] == growth_of), None) or growth_of.rsplit("/", 1)[-1]
    return {"iri": growth_of + ("-yoy-growth" if growth == "yoy" else "-growth"), "label": {"zh": label, "en": f"{base}, {en}"},
            "growth_of": growth_of, "note": "growth indicator: check the label"}


# verbs and determiners an indicator's name does not begin with (建成…服务站, 各类电商经营主体, 将力争到…总产值)
INDICATOR_LEADS = ("累计建成", "建成", "新建", "成立", "组织开展", "开展", "各类", "各种", "将", "力争", "到")


NOT_INDICATOR_WORDS = re.compile(r"今年以来|今年|去年|前年|上半年|下半年|前三季度|目前|当前|全年|累计|其中|共有|现有|拥有|已有")


def _clean_indicator(label: str, unit: str) -> str:
    """A clean name for an unknown wording: no period or place words, and a count named as one (企业 -> 企业数量)."""
    label = NOT_INDICATOR_WORDS.sub("", label).strip(" 的共有达")
    while (lead := next((w for w in INDICATOR_LEADS if label.startswith(w) and len(label) - len(w) >= 2), None)):
        label = label[len(lead):]  # 建成镇级电商服务站: what is counted is the stations
    if unit in COUNT_UNITS and not re.search(r"(数|量|额|率|次|规模)$", label):
        label += "数量"
    elif _of_area(unit) and not re.search(r"(面积|规模)$", label):
        label += "面积"  # 占地 40亩: the area it takes up
    return label


def _of_area(unit: str) -> bool:
    """The unit measures an area (its quantity kind in the ontology): 亩, 公顷, 平方米."""
    from ..vocab import vocabulary

    term = vocabulary().units.get(unit)
    return str(getattr(term, "quantity", None) or "").endswith("/Area")


def _clause_bounds(s: str, at: int) -> tuple[int, int]:
    left = max(s.rfind(ch, 0, at) for ch in "，,；;。：:") + 1
    rights = [i for i in (s.find(ch, at) for ch in "，,；;。") if i != -1]
    return left, min(rights) if rights else len(s)


def _about(s: str, off: int, at: int, spans: list[Span]) -> Span | None:
    """What a figure is about: the first mention in its clause before it, else the sentence's first mention
    that is not its speaker (广西商务厅介绍…)."""
    left, _ = _clause_bounds(s, at)
    before = [sp for sp in spans if sp.start - off < at and not SOURCE_OF.match(s[sp.end - off:])
              and sp.cls not in NEVER_SUBJECT and not _counted_there(s, off, sp) and sp.of_county is None
              and not NOT_SUBJECT_AFTER.search(s[left:sp.start - off])]  # 销往美国: a market, not the subject
    in_clause = [sp for sp in before if sp.start - off >= left
                 and not ((sp.cls in PLACE_CLASSES or sp.cls == "Platform") and "在" in s[left:sp.start - off])]  # 在北京…: a location
    if in_clause:
        return _place_chain_end(in_clause)  # 该市荔浦芋电商销售额: the city's, the product then names the indicator
    return _sentence_subject(s, off, at, before)


def _place_chain_end(spans: list[Span]) -> Span:
    """The first mention, or the last place of a chain written without a break (钦州市小董镇: the town)."""
    first = spans[0]
    for sp in spans[1:]:
        if not (first.cls in PLACE_CLASSES and sp.cls in PLACE_CLASSES and sp.start == first.end):
            break
        first = sp
    return first


JOINED_AFTER = re.compile(r"[^，。；]{0,10}?(?:报名参赛|参赛|参会|参展|到会|参加|报名)")
JOINED_BEFORE = re.compile(r"吸引(?:了)?(?:来自)?[^，。；]{0,20}$")


def _event_joined(s: str, off: int, f, spans: list[Span]) -> Span | None:
    """Who or how many came to an event (216 名主播报名参赛; 吸引了80多家采购商) is a figure about the event the
    sentence names before it."""
    if f.unit not in COUNT_UNITS or not (JOINED_AFTER.match(s, f.start + len(f.stated)) or JOINED_BEFORE.search(s, 0, f.start)):
        return None
    return next((sp for sp in reversed(spans) if sp.cls == "Event" and sp.end - off <= f.start), None)


def _sentence_subject(s: str, off: int, at: int, before: list[Span]) -> Span | None:
    """What a figure whose clause names nothing is about: the last thing the sentence says was built or set up,
    else the first mention that is not a speaker, after the last semicolon before the figure if there is one
    (…；去年10月，基地建成投用，已入驻直播团队86个: the base's), else in the whole sentence."""
    part = max(s.rfind(ch, 0, at) for ch in "；;") + 1
    after = [sp for sp in before if sp.start - off >= part]
    return next((sp for sp in reversed(after) if CREATED.search(s, 0, sp.start - off)), None) \
        or _first_not_speaker(s, off, after) or _first_not_speaker(s, off, before)


def _first_not_speaker(s: str, off: int, spans: list[Span]) -> Span | None:
    return next((sp for sp in spans if not _speaker(s, off, sp)), None)


# a thing the sentence says was built or set up is what its next clauses without a subject describe
# (北海市在侨港镇建成海产品冷链物流中心，冷库库容达2万吨)
CREATED = re.compile(r"(?:建成|建设|新建|成立|设立|打造|开设|开通|创办|组建|落成)了?$")


# what a place has of a product (沃柑种植面积, 沙田柚网店), written between the product and the figure
PLACE_MEASURE = re.compile(r"[^，。；\d]{0,6}?(?:种植面积|面积|产量|总产值|产值|网店|店铺)")


def _product_place(s: str, off: int, f, about: Span, spans: list[Span]) -> Span:
    """The place, not a new product, is what an area, output, value or shop count is about (武鸣区沃柑种植面积:
    武鸣区's, of 沃柑; 在钦州市浦北县，百香果种植面积…: 浦北县's): the product's own place, else the last
    place the sentence names before it."""
    if about.cls != "Product" or not about.new or not PLACE_MEASURE.match(s, about.end - off, f.start):
        return about
    own = getattr(about, "place", None)
    return own if own is not None and own.iri else _last_place_before(about, spans) or about


# a product right after a verb of output or sale, then the figure (年产麻通约3000吨): the product is what was made
OUTPUT_VERB_BEFORE = re.compile(r"(?:年产|年销|年销售|生产|产出|出口|销售|卖出|售出|收购|加工)了?(?:各类|各种)?$")
QUALIFIER_ONLY = re.compile(r"[约近超过达逾共计总余多左右了\s]*")


def _output_object(s: str, off: int, f, about: Span, spans: list[Span]) -> Span:
    """The subject, not the product, of a figure of what was made or sold (全镇…，年产麻通约3000吨: the town's
    yearly output, of 麻通): the product is the verb's object, the subject the one before it."""
    if about.cls != "Product" or not _made_then_figure(s, off, f, about):
        return about
    return _about(s, off, about.start - off, [sp for sp in spans if sp is not about]) or about


def _made_then_figure(s: str, off: int, f, product: Span) -> bool:
    """年产 before the product in the figure's clause, and only qualifier words between it and the figure."""
    left, _ = _clause_bounds(s, f.start)
    return bool(OUTPUT_VERB_BEFORE.search(s, left, product.start - off)) \
        and bool(QUALIFIER_ONLY.fullmatch(s, product.end - off, f.start))


# households a model reached: …推行“电商+合作社+蕉农”模式，由合作社统一品种…，已带动1800多户蕉农…
LED_BY = re.compile(r"带动了?(?:周边|当地)?(?:约|近|超过|超|逾|共)?$")
MODEL_CLASSES = ("BusinessModel", "PovertyAlleviationModel", "TradeModel")


def _model_led(s: str, off: int, f, about: Span, spans: list[Span]) -> Span:
    """A count of those 带动 (reached) is the model's when the model is the last thing the sentence names before
    it and no figure comes between; otherwise the subject found."""
    if not LED_BY.search(s, 0, f.start):
        return about
    return _last_named_model(s, off, f, spans) or about


def _last_named_model(s: str, off: int, f, spans: list[Span]) -> Span | None:
    before = [sp for sp in spans if sp.end - off <= f.start]
    if before and before[-1].cls in MODEL_CLASSES and not re.search(r"\d", s[before[-1].end - off:f.start]):
        return before[-1]
    return None


def _last_place_before(about: Span, spans: list[Span]) -> Span | None:
    places = [sp for sp in spans if sp.cls in PLACE_CLASSES[:6] and sp.end <= about.start and sp.iri]
    return places[-1] if places else None


def _office_place(about: Span, lex: Lexicon) -> Span:
    """The place an office reports for (百色市商务局 -> 百色市), else the subject as it is."""
    if is_office(about):
        return next(iter(_places_in_name(about, lex)), about)
    return about


def _speaker(s: str, off: int, sp: Span) -> bool:
    """Whether a mention is who speaks (广西商务厅介绍…, …表示), not what the sentence's figure is about."""
    return bool(SPEAKER.match(s[sp.end - off:])) or sp.cls in ("Organization",) and "介绍" in s[sp.end - off:sp.end - off + 12]


SOLD_THROUGH = re.compile(r"通过([^，。；]{1,16}?)(?:直播)?(?:销售|卖出|售出|销出)(?!额)(.*)$")
ONLINE = re.compile(r"渠道|平台|电商|网|直播|淘宝|天猫|京东|拼多多|抖音|快手|微信|微店|小程序|跨境")


def _sold_through(head: str, unit: str) -> str | None:
    """通过电商渠道销售荔枝3.5万吨 -> 荔枝电商渠道销量; 通过京东、天猫等平台销售芋头 -> 芋头网络销量; 八渡笋通过电商销售
    -> 八渡笋网络销量 (what is sold named before 通过 when not after the verb)."""
    m = SOLD_THROUGH.search(head) if unit != "Percent" else None  # 通过电商渠道实现的销售额占比: a share, not sold
    if not m or not ONLINE.search(m.group(1)):
        return None
    what = _sold_what(m.group(2).strip(" 的") or head[:m.start()])
    channel = "电商渠道" if m.group(1).endswith("渠道") else "网络"
    return what + channel + ("销售额" if unit == "CNY" else "销量")


def _sold_what(what: str) -> str:
    """What is sold, without period words, 等产品 or the verbs' endings (瑶浴药包等产品 -> 瑶浴药包)."""
    what = re.sub(r"等(?:产品|农产品|商品)?$", "", NOT_INDICATOR_WORDS.sub("", what).strip(" 的，、"))
    for w in INDICATOR_TRIM_END:
        what = what.removesuffix(w)
    return what


COUNT_UNITS = ("Count", "Household", "Person", "PersonTime", "Piece")
# what is counted, written right after a count (320多家跨境电商企业, 300多名主播参赛), up to the verb or the clause's end
COUNTED_AFTER = re.compile(r"“?([\u4e00-\u9fff]{2,8}?)”?(?=参赛|报名|参与|参加|入驻|从事|开展|进入|增收|脱贫|通过|实现|进行|种植|养殖|稳定|"
                           r"加入|注册|开设|开通|建设|建成|建立|设立|成立|培育|组织|举办|销售|卖出|发出|到会|参展|参会|"
                           r"签订|使用|加盟|落户|获|在|和|与|及|等|[，,。；;、：:）)\s]|$)")


def _counted_after(s: str, f) -> str:
    """The thing a count counts when the article writes it after the number: 320多家跨境电商企业 -> 跨境电商企业."""
    if f.unit not in COUNT_UNITS:
        return ""
    m = COUNTED_AFTER.match(s[f.start + len(f.stated):])
    word = m.group(1) if m else ""
    return "" if not word or re.match(r"(?:以上|左右|多|余|的)", word) else word


def _indicator_text(s: str, off: int, f, about: Span, prev_end: int) -> str:
    counted = _counted_after(s, f)
    if counted:
        return _count_named(s, f, counted)  # a count is named by what it counts (跨境电商企业 -> 跨境电商企业数量)
    head = _indicator_head(s, off, f, about, prev_end)
    sold = _sold_through(head, f.unit) or _sold_amount(head, f.unit)
    if sold:
        return sold
    head = RELATIVE_WORDS.sub("", _after_splitters(s, f, head))
    head = INNER_ADVERB.sub("", _trim_indicator(head)).replace("的", "")  # 电商产业园已入驻企业, 从事电商的商户
    head = _trim_indicator(re.sub(r"(19|20)\d{2}年(\d{1,2}[-—–至到~～]?\d{0,2}月)?", "", head).strip(" 的"))  # 成本从2020年的
    if len(head) < 2:
        noun = re.match(r"[^\W\d_共有的是和与、]{1,4}", s[f.start + len(f.stated):])
        head = (head + noun.group(0)) if noun else head
    if len(head) < 2 or len(head) > 12 or re.search(r"\d", head) or DURATION_FIRST.match(head) \
            or not NOT_INDICATOR_WORDS.sub("", head).strip(" 的共有达约"):
        return ""  # no clear indicator (两个小时卖出: how fast, not what; 其中约四成: of what?): better no figure
    head = _price_named(head) if f.unit.startswith("CNYPer") else _share_named(head) if f.unit == "Percent" else head
    return YEARLY_OUTPUT.sub(r"\1年产量", context.ANAPHOR.sub("", head)) if YEARLY_OUTPUT.search(head) else head


def _price_named(head: str) -> str:
    """A price's words less the weight the unit says (收购价每斤3元), and a verb of selling named as the price it
    sells at (每斤能卖到十几元: 售价)."""
    head = PER_WEIGHT.sub("", head) or head
    return SOLD_AT.sub("售价", head)


def _share_named(head: str) -> str:
    """茉莉花茶产量占全国的80%, 线上销售额已占总销售额的45%: a share named as one (…占全国比重)."""
    return head.replace("已占", "占") + "比重" if "占" in head and not head.endswith(SHARE_ENDINGS) else head


SOLD_AT = re.compile(r"(?:能|可以|可)?(?:卖到|卖出|卖|售)$")  # 每斤能卖到十几元: the price it sells at
SHARE_ENDINGS = ("比重", "占比", "比例", "份额")
SOLD_VERB = re.compile(r"^[^，。；]*?(?:卖出了?|卖了|售出了?|卖掉了?|网上卖)([^，。；]*)$")


def _sold_amount(head: str, unit: str) -> str | None:
    """卖出金桔1.8万多斤 -> 金桔销量; 去年网上卖了3万多斤 -> 网上销量; 卖了5万多元 -> 销售额: what a verb of selling
    sold, as the amount (or, in yuan, the takings) it sold; None without one, or when a stretch of time and no object
    (两个小时卖出2000多单: how fast, nothing says what)."""
    m = SOLD_VERB.match(head) if unit not in NOT_SOLD_UNITS and not unit.startswith("CNYPer") else None
    what = _sold_object(m.group(1)) if m else ""
    if not m or (DURATION_FIRST.match(head.strip()) and not what):
        return None
    return what + ("网上" if "网上卖" in head else "") + ("销售额" if unit == "CNY" else "销量")


NOT_SOLD_UNITS = ("Percent", "Times")


def _sold_object(words: str) -> str:
    """What was sold, after the verb (who sold it, 一位果农, is no part of the name): two characters or more."""
    what = _sold_what(words)
    return what if len(what) >= 2 else ""


PER_WEIGHT = re.compile(r"(?:每|一)(?:斤|公斤|千克)")


# a count of whom an action reached: 带动1800多户蕉农 counts the households helped, 培训果农主播 those trained
COUNT_VERB_BEFORE = re.compile(r"(带动|培训|培育|吸引|帮助|组织)了?(?:周边|当地)?(?:约|近|超过|超|逾|共)?$")
COUNT_GAIN = ("增收致富", "增收", "脱贫致富", "脱贫", "就业")


def _count_named(s: str, f, counted: str) -> str:
    """What a count counts, with the verb that reached them before it (带动蕉农户数, 带动茶农增收户数, 培训电商人才数)
    or that they did after it in the clause (80多名主播和130多家珠宝商户参加: 参加主播数): the bare noun (蕉农) would
    mix the households helped or the hosts who came with all of them."""
    rest = s[s.find(counted, f.start + len(f.stated)) + len(counted):]
    m = COUNT_VERB_BEFORE.search(s, 0, f.start)
    if m:
        gain = next((w for w in COUNT_GAIN if rest.startswith(w)), "")
        unit_word = "数" if counted.endswith("户") else {"Household": "户数", "PersonTime": "人次"}.get(f.unit, "数")
        return m.group(1) + counted + gain + unit_word  # 带动农户数, not 农户户数
    joined = COUNT_JOINED.match(rest)
    return joined.group(1) + counted + "数" if joined else counted


COUNT_JOINED = re.compile(r"[^，,。；;]{0,16}?(报名|参赛|参加|参与|参展|参会)")


INNER_ADVERB = re.compile(r"(?<=[\u4e00-\u9fff])(?:已经|已|还|也|都)(?=入驻|聚集|建成|开设|达到|拥有|有|开通|注册)|^从事")
DURATION_FIRST = re.compile(r"^[一二两三四五六七八九十几半\d]+个?(?:多)?(?:小时|分钟|天|周|星期|个月)")


def _indicator_head(s: str, off: int, f, about: Span, prev_end: int) -> str:
    """The words between the figure's subject (or its clause's start, or the figure before) and the figure."""
    left, _ = _clause_bounds(s, f.start)
    left = max(left, prev_end)
    head = s[left:f.start]
    rel_about_end = about.end - off
    if left <= about.start - off < f.start:
        head = s[rel_about_end:f.start]
    return re.sub(r"^[、，,；;：:\s的之]+", "", head)


def _after_splitters(s: str, f, head: str) -> str:
    """The words after the last verb that splits off what is counted (带动, …), unless that leaves too little."""
    whole = head
    for sp in SPLITTERS:
        rest = head[head.rfind(sp) + len(sp):] if sp in head else ""
        if len(rest.strip("近约超逾多达了")) >= 2 and not _splitter_named(head[head.rfind(sp):].strip("了约达超近"), sp):
            head = rest  # 带动3000多名农民: the people; 带动就业: the scheme's words; 培训班: a noun, no verb
    if len(head.strip("近约超逾多达了")) < 2 and not re.match(r"[^\W\d_共有的是和与、]", s[f.start + len(f.stated):]):
        head = whole  # 每天卖出4万袋: the verb phrase is the indicator
    return head


def _splitter_named(tail: str, sp: str) -> bool:
    """Whether the verb is part of a scheme indicator's wording (带动就业), not only before one (建设电商服务站点)."""
    whole = reference.concept_match(tail)
    rest = reference.concept_match(tail[len(sp):]) if whole else None
    return bool(whole) and not (rest and rest[0] == whole[0])


def _trim_indicator(head: str) -> str:
    """The words without blanks, the endings and the openings that are not the indicator's, until none is left."""
    changed = True
    while changed:
        changed = False
        if head.strip(" \t\u3000") != head:
            head, changed = head.strip(" \t\u3000"), True
        for w in INDICATOR_TRIM_END:
            if head.endswith(w):
                head, changed = head[:-len(w)], True
        for w in INDICATOR_TRIM_START:
            if head.startswith(w) and len(head) > len(w):
                head, changed = head[len(w):], True
    return head


# ----------------------------------------------------------------------------------- relations
class _Place:
    """A place a reference row names (a product's county), as a pattern's object."""

    def __init__(self, iri: str, text: str = ""):
        self.iri, self.text, self.cls = iri, text, "County"


def read_relations(text: str, sentences, spans: list[Span], lex: Lexicon | None = None) -> list[dict]:
    """Relations a sentence states outright, by the registered patterns (gxkg.sources.patterns), each
    triple once per article with the pattern named in its note."""
    places_by_name = _places_by_name(spans)
    product_place = _product_places(lex) if lex is not None else {}
    facility_place = _facility_places(spans, lex) if lex is not None else {}
    out, last_event, last_product = [], [], []
    starts = [sp.start for sp in spans]
    for off, sent in sentences:
        ss = [sp for sp in spans_in(spans, starts, off, len(sent)) if sp.iri]
        ref = {"places_by_name": places_by_name, "product_place": product_place, "last_event": last_event,
               "last_product": last_product, "facility_place": facility_place, "abroad": reference.abroad()}
        out.append(Sentence(sent, off, ss, text, ref))
        last_event = [sp for sp in ss if sp.cls == "Event"][-1:] or last_event
        last_product = [sp for sp in ss if sp.cls == "Product"][-1:]  # the sentence before's only
    return run_patterns(out)


def _places_by_name(spans: list[Span]) -> dict[str, Span]:
    """The first linked mention of each county, city or township the article names, by its name."""
    places_by_name: dict[str, Span] = {}
    for sp in spans:
        if sp.iri and not sp.anaphor and sp.cls in ("County", "Prefecture", "Township"):
            places_by_name.setdefault(sp.text, sp)
    return places_by_name


def _product_places(lex: Lexicon) -> dict:
    """The place of each reference row that has one (a product's county), by the row's IRI."""
    return {iri: _Place(f"{GXR}place/{e.place_code}") for iri, e in lex.ref.items() if e.place_code}


def _facility_places(spans: list[Span], lex: Lexicon) -> dict:
    """The place a new facility's name begins with (柳州市螺蛳粉产业园 -> 柳州市), by the facility's IRI."""
    facility_place = {}
    for sp in spans:
        if sp.new and sp.cls == "Facility":
            named = _places_in_name(sp, lex)
            if named:
                facility_place[sp.iri] = named[0]
    return facility_place


def as_json(doc: dict) -> dict:
    """The draft in the documented JSON contract (full IRIs; extra fields kept)."""
    return {"source": doc["source"], "mentions": doc.get("mentions") or [], "figures": doc.get("figures") or [],
            "relations": doc.get("relations") or [], "indicators": doc.get("indicators") or []}
