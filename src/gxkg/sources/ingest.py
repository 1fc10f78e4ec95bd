"""`gxkg ingest`: an article in, a draft of sourced facts out, for a reviewer to accept or reject.

Mentions of known entities are linked through a dictionary of every name the graph holds plus the whole
division reference data (every township too), matched with Aho-Corasick (pyahocorasick); a name shared
by several places is resolved from the places around it, or keeps its candidates. New entity candidates
come from the shapes names take (《title》, …协会, …产业园, a village after its township). Figures are
read with their unit, qualifier and period (gxkg.sources.figures). Relations come only from patterns a
sentence states outright. Every item carries its verbatim sentence and offsets.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from ..files import atomic_write
from . import draft as drafts
from .article import Article, read_article
from .figures import GXO, find_figures, growth_context, period_for

GXR = "https://w3id.org/gxkg/resource/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LEVEL_CLASS = {"province": "Province", "prefecture": "Prefecture", "county": "County", "district": "County",
               "county-level city": "County", "town": "Township", "township": "Township", "subdistrict": "Township"}
# 全区 in a Guangxi text is the whole autonomous region.
REGION_ALIASES = ("全区", "全自治区")
STOP = set("，。、；：？！,.;:?!“”‘’\"'《》（）()「」『』【】 \n\t与和及由在的了是为将对向从把被给跟并且等据称也都已而或其该此这那个")
VERBS = ["规划建设", "建设", "规划", "打造", "成立", "创办", "举办", "开展", "推进", "签订", "组织", "编制", "开设", "设立",
         "建成", "提出", "认定", "评定", "发布", "出台", "印发", "进入", "入驻", "来到", "依托", "通过", "加快", "推动",
         "实施", "启动", "完成", "新建", "扩建", "培育", "引进", "迎来", "成为", "位于", "打响", "支持", "扶持", "销往",
         "入选", "获评"]
SUFFIX_CLASS = [
    ("联合会", "Organization"), ("协会", "Organization"), ("学会", "Organization"), ("商会", "Organization"),
    ("合作社", "Organization"), ("集团", "Organization"), ("公司", "Organization"), ("委员会", "Organization"),
    ("办公室", "Organization"), ("银行", "Organization"), ("研究院", "Organization"), ("厂", "Organization"),
    ("局", "Organization"), ("厅", "Organization"), ("人民政府", "Organization"), ("政府", "Organization"),
    ("产业园", "Facility"), ("示范区", "Facility"), ("基地", "Facility"), ("园区", "Facility"), ("中心", "Facility"),
    ("博览会", "Event"), ("推介会", "Event"), ("交易会", "Event"), ("展销会", "Event"), ("峰会", "Event"),
    ("论坛", "Event"), ("大赛", "Event"), ("对接会", "Event"), ("洽谈会", "Event"), ("招商会", "Event"), ("年货节", "Event"), ("电商节", "Event"), ("购物节", "Event"), ("文化节", "Event"),
    ("工程", "Program"), ("平台", "Platform"),
]
CLASS_PREFIX = {"Product": "product", "Organization": "org", "Platform": "org", "Policy": "policy", "Event": "event",
                "Program": "program", "Facility": "facility", "Village": "place", "Township": "place", "Place": "place",
                "Industry": "industry", "Designation": "designation", "BusinessModel": "model"}
CLASS_EN = {"Organization": "", "Facility": "", "Event": "", "Program": "", "Platform": "", "Policy": "",
            "Village": " Village", "Township": " Town"}
# product words: a place name followed by one of these names a product from that place (百色芒果, 容县沙田柚)
PRODUCT_WORDS = ["螺蛳粉", "米粉", "老友粉", "卷筒粉", "六堡茶", "茉莉花茶", "绿茶", "红茶", "白茶", "茶叶", "茶", "香蕉",
                 "芒果", "金桔", "沙田柚", "柚子", "柚", "沃柑", "砂糖橘", "柑橘", "橙", "荔枝", "龙眼", "百香果", "火龙果",
                 "葡萄", "猕猴桃", "罗汉果", "八角", "肉桂", "桂圆", "山茶油", "茶油", "蜂蜜", "核桃", "板栗", "香猪", "土鸡",
                 "麻鸭", "黑山羊", "大米", "香米", "红糖", "白糖", "蚕丝", "桑蚕茧", "牛奶", "水牛奶", "生蚝", "对虾", "海鸭蛋"]
DESIGNATION_WORDS = ["淘宝村", "淘宝镇", "示范县", "示范村", "示范镇", "特色小镇", "地理标志产品", "地理标志", "示范基地"]
COMPOUND_AFTER = set("店厂业行馆站网")
# modifiers that make no name of their own (电商平台, 服务中心): not proposed as entities
GENERIC = {"电商", "电子商务", "网络", "网上", "线上", "线下", "服务", "交易", "物流", "产业", "种植", "生产", "加工", "销售",
           "综合", "公共", "信息", "管理", "运营", "创业", "孵化", "培训", "展示", "体验", "数据", "营销", "直播", "该", "这个",
           "本次", "此次", "这次", "本届", "该次", "上述"}  # 米粉店: 米粉 is not a mention there
PLACE_CLASSES = ("Province", "Prefecture", "County", "Township", "Village", "StatisticalZone", "Region", "Place")
SPEAKER = re.compile(r"^(介绍|表示|指出|称|说|透露|公布|发布)")
PROJECTION = re.compile(r"提出|计划|目标|力争|预计|规划|争取|将要")
INDICATOR_TRIM_END = ["预计", "保守估计", "已经", "超过", "达到", "突破", "不少于", "将近", "接近", "大约", "共计", "累计", "已",
                      "超", "达", "约", "为", "有", "近", "逾", "都", "是", "了", "的"]
INDICATOR_TRIM_START = ["其中", "据介绍", "据统计", "另外", "此外", "同时", "全年", "共有", "共", "的"]
SPLITTERS = ["开有", "共有", "拥有", "覆盖", "开设", "建成", "卖出", "带动", "培训"]


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
        from .build import divisions, short_names

        self.names: dict[str, dict[str, tuple]] = {}
        self.rows = {r["code"]: r for r in divisions(base)}
        self.code_of_iri: dict[str, str] = {}
        for code, r in self.rows.items():
            level = r["level"]
            cls = LEVEL_CLASS.get(level, "Village" if level.startswith("village") else "StatisticalZone")
            iri = _place_iri(code, level)
            self.code_of_iri[iri] = code
            zh = r["name_zh"]
            forms = short_names(zh) | ({zh[:-2]} if zh.endswith("村委会") else set())
            if zh.startswith("广西") and len(zh) > 4 and "zone" in level:
                forms.add(zh[2:])
            for f in forms:
                if len(f) >= 2 and not f.endswith("村委"):
                    self.add(f, iri, cls, code)
        con = kg.names.con
        rows = con.execute("SELECT nodes.iri, names.form, nodes.types FROM names JOIN nodes ON nodes.id = names.node "
                           "WHERE names.kind = 'name'").fetchall()
        self.known = {iri for iri, _, _ in rows}
        for iri, form, types in rows:
            if "#Indicator" in types:
                continue
            cls = _class_of(types)
            if _usable(form):
                self.add(form, iri, cls, self.code_of_iri.get(iri))
        for alias in REGION_ALIASES:
            self.add(alias, f"{GXR}place/450000", "Province", "450000000000")
        self.indicators = {form: iri for iri, form, types in rows if "#Indicator" in types}

    def add(self, form: str, iri: str, cls: str | None, code: str | None) -> None:
        self.names.setdefault(form, {})[iri] = (cls, code)

    def automaton(self):
        import ahocorasick

        A = ahocorasick.Automaton()
        for form in self.names:
            A.add_word(form, form)
        A.make_automaton()
        return A

    def ancestors(self, code: str | None) -> list[str]:
        out = []
        while code and code in self.rows:
            out.append(code)
            code = self.rows[code]["parent_code"]
        return out


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
def known_spans(text: str, start: int, end: int, lex: Lexicon) -> list[Span]:
    """Leftmost-longest, non-overlapping dictionary matches in text[start:end]."""
    A = lex.automaton()
    found = []
    for last, form in A.iter(text[start:end]):
        s = start + last - len(form) + 1
        e = start + last + 1
        if form.isascii() and ((s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum())):
            continue
        if len(form) == 2 and e < len(text) and text[e] in COMPOUND_AFTER:
            continue
        found.append((s, -(e - s), e, form))
    found.sort()
    out, last_end = [], -1
    for s, _, e, form in found:
        if s < last_end:
            continue
        cands = lex.names[form]
        sp = Span(form, s, e)
        if len(cands) == 1:
            (iri, (cls, code)), = cands.items()
            sp.iri, sp.cls, sp.code = iri, cls, code
        else:
            sp.candidates = [(iri, cls, code) for iri, (cls, code) in sorted(cands.items())]
        out.append(sp)
        last_end = e
    return out


def candidate_spans(text: str, start: int, end: int, known: list[Span], lex: Lexicon) -> list[Span]:
    """New entity candidates from the shapes of names."""
    body = text[start:end]
    out: list[Span] = []
    for m in re.finditer(r"《([^《》\n]{2,60})》", body):
        out.append(Span(m.group(1), start + m.start(1), start + m.end(1), cls="Policy", new=True))
    for suffix, cls in SUFFIX_CLASS:
        for m in re.finditer(re.escape(suffix), body):
            e = m.end()
            s = m.start()
            while s > 0 and body[s - 1] not in STOP and e - s < 24 and not any(body[:s].endswith(v) for v in VERBS):
                s -= 1
            name = body[s:e]
            changed = True
            while changed:
                changed = False
                for v in VERBS:
                    if name.startswith(v) and len(name) - len(v) >= len(suffix) + 2:
                        name, changed = name[len(v):], True
            if len(name) < len(suffix) + 2 or any(ch.isdigit() for ch in name) or name[:-len(suffix)] in GENERIC:
                continue
            out.append(Span(name, start + e - len(name), start + e, cls=cls, new=True))
    # a product named after its place (容县沙田柚): the place's name, then a product word
    for sp in known:
        if sp.cls in PLACE_CLASSES or any(c[1] in PLACE_CLASSES for c in sp.candidates):
            tail = text[sp.end:sp.end + 8]
            for w in sorted(PRODUCT_WORDS, key=len, reverse=True):
                m = re.match(r"([\u4e00-\u9fff]{0,3}?)" + re.escape(w), tail)
                if m and not re.search(r"[的和与、，。在是有]", m.group(1)) and not any(v in m.group(1) for v in VERBS + ["举办"]):
                    name = sp.text + m.group(0)
                    if name not in lex.names:
                        c = Span(name, sp.start, sp.end + len(m.group(0)), cls="Product", new=True)
                        c.place = sp
                        out.append(c)
                    break
    # designations (淘宝村, 示范县): the word and the few characters that qualify it
    for w in DESIGNATION_WORDS:
        for m in re.finditer(re.escape(w), body):
            s = m.start()
            while s > 0 and body[s - 1] not in STOP and m.end() - s < 16 and not body[s - 1].isdigit():
                s -= 1
            name = body[s:m.end()]
            for v in VERBS:
                name = name[len(v):] if name.startswith(v) and len(name) > len(v) + len(w) else name
            out.append(Span(name, start + m.end() - len(name), start + m.end(), cls="Designation", new=True))
    # a village or township right after the place it lies in (柳州市鱼峰区白沙镇王眉村)
    for sp in known:
        if sp.cls in ("Township", "County") or (sp.candidates and any(c[1] == "Township" for c in sp.candidates)):
            m = re.match(r"([\u4e00-\u9fff]{1,4}?)(村|镇|乡)(?![\u4e00-\u9fff]*[委会])", text[sp.end:sp.end + 6])
            if m and (m.group(0) not in lex.names):
                out.append(Span(m.group(0), sp.end, sp.end + len(m.group(0)),
                                cls="Village" if m.group(2) == "村" else "Township", new=True))
    # the longest candidate wins; a known name equal to a candidate is the known entity
    out.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept, last_end = [], -1
    for c in out:
        if c.start < last_end:
            continue
        kept.append(c)
        last_end = c.end
    exact = {(k.start, k.end) for k in known}
    return [c for c in kept if (c.start, c.end) not in exact and c.text not in lex.names]


def merge_spans(known: list[Span], new: list[Span]) -> list[Span]:
    """Known mentions inside a new candidate (白沙 in 白沙酸厂) give way to it; others stay."""
    out = [k for k in known if not any(n.start <= k.start and k.end <= n.end and (n.end - n.start) > (k.end - k.start)
                                        for n in new)]
    out += [n for n in new if not any(k.start <= n.start and n.end <= k.end for k in out)]
    return sorted(out, key=lambda s: s.start)


def disambiguate(spans: list[Span], lex: Lexicon, sentences: list[tuple[int, str]]) -> None:
    """A name shared by several places: the candidate under the places the article names (nearest first)."""
    sure = [(sp.start, set(lex.ancestors(sp.code))) for sp in spans if sp.iri and sp.code]
    for sp in spans:
        if sp.iri or not sp.candidates:
            continue
        scores = []
        for iri, cls, code in sp.candidates:
            anc = set(lex.ancestors(code)[1:])
            score = 0.0
            for pos, codes in sure:
                if anc & codes:
                    depth = max(len(c.rstrip("0")) for c in anc & codes)
                    score += depth / (1 + abs(pos - sp.start) / 50)
            scores.append((score, iri, cls, code))
        scores.sort(reverse=True)
        if scores and scores[0][0] > 0 and (len(scores) == 1 or scores[0][0] > 1.5 * scores[1][0]):
            _, sp.iri, sp.cls, sp.code = scores[0]


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
           url: str | None = None, source_id: str | None = None, force: bool = False) -> tuple[Path, dict, str]:
    """Read the article, write (or update) sources/<id>.yaml; returns (path, draft, what happened)."""
    base = Path(base)
    article = read_article(file)
    sid = source_id or re.sub(r"[^a-z0-9._-]+", "-", Path(file).stem.lower()).strip("-")
    path = drafts.draft_path(base, sid)
    if date and not drafts.is_date(date):
        raise UsageError(f"--date takes a real calendar date YYYY-MM-DD, not {date!r}")
    title = title or article.title
    if not title:
        raise UsageError("the article has no title line: give --title")
    if not date:
        raise UsageError("give --date YYYY-MM-DD (the article's publication date)")
    if not publisher:
        raise UsageError("give --publisher (who published the article)")
    text_file = base / "graph" / "sources" / f"{sid}.txt"
    if text_file.exists() and text_file.read_text(encoding="utf-8") != article.text and not force:
        raise UsageError(f"source {sid} already holds a different text ({text_file}); use --id for a new source "
                         f"or --force to replace it and its draft")
    doc = make_draft(base, kg, article, sid, title, date, publisher, url or article.url)
    with drafts.locked(path):  # a concurrent accept or reject waits: no decision is lost
        state = "created"
        if path.exists() and not force:
            old = drafts.load(path)
            doc = merge(old, doc)
            state = "updated (reviewer decisions kept)"
        elif path.exists():
            state = "replaced (--force)"
        text_file.parent.mkdir(parents=True, exist_ok=True)
        if not text_file.exists() or text_file.read_text(encoding="utf-8") != article.text:
            atomic_write(text_file, article.text)
        drafts.save(path, doc)
    return path, doc, state


def make_draft(base: Path, kg, article: Article, sid: str, title: str, date: str, publisher: str,
               url: str | None) -> dict:
    lex = Lexicon(base, kg)
    text = article.text
    sentences = article.sentences()
    known = known_spans(text, article.body_start, article.body_end, lex)
    new = candidate_spans(text, article.body_start, article.body_end, known, lex)
    spans = merge_spans(known, new)
    disambiguate(spans, lex, sentences)
    taken = set(lex.known) | set(lex.code_of_iri)
    named: dict[tuple[str, str], str] = {}
    for sp in spans:
        if sp.new and (sp.text, sp.cls) in named:  # the same new name again: the same new entity
            sp.iri = named[(sp.text, sp.cls)]
            sp.label_en = english(sp.text, sp.cls)
        elif sp.new:
            prefix = CLASS_PREFIX.get(sp.cls, "entity")
            iri = f"{GXR}{prefix}/{slug(sp.text)}"
            n = 2
            while iri in taken:
                iri, n = f"{GXR}{prefix}/{slug(sp.text)}-{n}", n + 1
            sp.iri = iri
            taken.add(iri)
            named[(sp.text, sp.cls)] = iri
            sp.label_en = english(sp.text, sp.cls)
    mentions, seen = [], {}
    for sp in spans:
        off, quote = _sentence_of(sentences, sp.start)
        key = (sp.text, sp.iri if not sp.new else "new")
        if key in seen:
            continue
        item = {"id": f"m{len(mentions) + 1}", "text": sp.text, "start": sp.start, "end": sp.end,
                "iri": None if sp.new or not sp.iri else sp.iri,
                "class": f"{GXO}{sp.cls}" if sp.cls else None, "quote": quote, "quote_start": off,
                "status": "proposed", "candidates": [c[0] for c in sp.candidates] if not sp.iri else [], "note": ""}
        if sp.new:
            item["proposed_iri"] = sp.iri
            item["label"] = {"zh": sp.text, "en": sp.label_en}
            item["alt"] = []
            item["note"] = "new entity: check the class, the IRI and the English label (a transliteration)"
        elif sp.candidates and not sp.iri:
            item["note"] = f"ambiguous: {len(sp.candidates)} places share this name; set iri to one of the candidates"
        seen[key] = item
        mentions.append(item)
    figures, indicators = read_figures(article, sentences, spans, lex, sid)
    relations = read_relations(text, sentences, spans)
    for i, r in enumerate(relations, 1):
        r["id"] = f"r{i}"
    return {"format": drafts.FORMAT,
            "source": {"id": sid, "iri": f"{GXR}source/{sid}", "file": f"{sid}.txt", "kind": "NewsArticle",
                       "title": title, "title_en": None, "url": url, "publisher": publisher, "publisher_en": None,
                       "date": date, "language": "zh-Hans"},
            "mentions": mentions, "indicators": indicators, "figures": figures, "relations": relations}


def _sentence_of(sentences, pos: int) -> tuple[int, str]:
    for off, s in sentences:
        if off <= pos < off + len(s):
            return off, s
    return sentences[-1] if sentences else (0, "")


# ----------------------------------------------------------------------------------- figures
def read_figures(article: Article, sentences, spans: list[Span], lex: Lexicon, sid: str):
    figures, indicators, ind_by_label = [], [], {}
    for off, s in sentences:
        sent_spans = [sp for sp in spans if off <= sp.start < off + len(s) and sp.iri]
        prev_end = 0
        last = None  # (about, indicator iri, indicator label) of the sentence's last level figure
        for f in find_figures(s):
            growth = growth_context(s, f.start) if f.unit == "Percent" else None
            growth_of = None
            if growth and last is not None:
                # 528亿元，同比增长13.4%: the growth of the figure just before it
                about, growth_of, base_label = last
                label = base_label + {"yoy": "同比增长", "prev": "比上年增长"}.get(growth, "增长")
                prev_end = f.start + len(f.stated)
            else:
                about = _about(s, off, f.start, sent_spans)
                if about is None:
                    prev_end = f.start + len(f.stated)
                    continue
                label = _indicator_text(s, off, f, about, prev_end)
                prev_end = f.start + len(f.stated)
                if not label:
                    continue
            period = period_for(s, f.start)
            if growth == "yoy" and period.get("year"):
                period["compared_to"] = str(int(period["year"]) - 1)
            elif growth == "yoy" and period.get("start"):
                y = int(period["start"][:4]) - 1
                period["compared_to"] = f"{y}{period['start'][4:]} to {y}{period['end'][4:]}"
            elif growth == "prev" and period.get("year"):
                period["compared_to"] = str(int(period["year"]) - 1)
            ind_iri = lex.indicators.get(label)
            if ind_iri is None:
                ind_iri = ind_by_label.get(label)
            if ind_iri is None:
                ind_iri = f"{GXR}indicator/{slug(label)}"
                ind_by_label[label] = ind_iri
                item = {"id": f"i{len(indicators) + 1}", "iri": ind_iri,
                        "label": {"zh": label, "en": english(label, "")}, "status": "proposed",
                        "note": "new indicator: check the label and its English (a transliteration)"}
                if growth_of:
                    item["growth_of"] = growth_of
                indicators.append(item)
            if not growth_of and f.unit != "Percent":
                last = (about, ind_iri, label)
            qualifier = f.qualifier
            if qualifier is None and PROJECTION.search(s[:f.start]):
                qualifier = "Projected"
            key = hashlib.sha1(f"{about.iri}|{ind_iri}|{f.stated}|{off + f.start}".encode()).hexdigest()[:8]
            item = {"id": f"f{len(figures) + 1}", "iri": f"{GXR}observation/{sid}/{key}", "about": about.iri,
                    "about_text": about.text, "indicator": ind_iri, "indicator_text": label,
                    "value": None if f.low is not None else str(f.value),
                    "min": str(f.low) if f.low is not None else None, "max": str(f.high) if f.high is not None else None,
                    "unit": f"{GXO}{f.unit}", "qualifier": f"{GXO}{qualifier}" if qualifier else None,
                    "period": period, "statedAs": f.stated, "stated_start": off + f.start,
                    "quote": s, "start": off, "status": "proposed", "note": ""}
            figures.append(item)
    return figures, indicators


def _clause_bounds(s: str, at: int) -> tuple[int, int]:
    left = max(s.rfind(ch, 0, at) for ch in "，,；;。：:") + 1
    rights = [i for i in (s.find(ch, at) for ch in "，,；;。") if i != -1]
    return left, min(rights) if rights else len(s)


def _about(s: str, off: int, at: int, spans: list[Span]) -> Span | None:
    """What a figure is about: the first mention in its clause before it, else the sentence's first mention
    that is not its speaker (广西商务厅介绍…)."""
    left, _ = _clause_bounds(s, at)
    before = [sp for sp in spans if sp.start - off < at]
    in_clause = [sp for sp in before if sp.start - off >= left
                 and not (sp.cls in PLACE_CLASSES and "在" in s[left:sp.start - off])]  # 在北京…: a location
    if in_clause:
        return in_clause[0]
    for sp in before:
        if SPEAKER.match(s[sp.end - off:]) or sp.cls in ("Organization",) and "介绍" in s[sp.end - off:sp.end - off + 12]:
            continue
        return sp
    return None


def _indicator_text(s: str, off: int, f, about: Span, prev_end: int) -> str:
    left, _ = _clause_bounds(s, f.start)
    left = max(left, prev_end)
    head = s[left:f.start]
    rel_about_end = about.end - off
    if left <= about.start - off < f.start:
        head = s[rel_about_end:f.start]
    head = re.sub(r"^[、，,；;：:\s的之]+", "", head)
    whole = head
    for sp in SPLITTERS:
        if sp in head:
            head = head[head.rfind(sp) + len(sp):]
    if len(head.strip("近约超逾多达了")) < 2 and not re.match(r"[^\W\d_共有的是和与、]", s[f.start + len(f.stated):]):
        head = whole  # 每天卖出4万袋: the verb phrase is the indicator
    changed = True
    while changed:
        changed = False
        for w in INDICATOR_TRIM_END:
            if head.endswith(w):
                head, changed = head[:-len(w)], True
        for w in INDICATOR_TRIM_START:
            if head.startswith(w) and len(head) > len(w):
                head, changed = head[len(w):], True
    head = re.sub(r"(19|20)\d{2}年(\d{1,2}[-—–至到~～]?\d{0,2}月)?", "", head).strip(" 的")
    if len(head) < 2:
        noun = re.match(r"[^\W\d_共有的是和与、]{1,4}", s[f.start + len(f.stated):])
        head = (head + noun.group(0)) if noun else head
    if len(head) < 2 or len(head) > 12 or re.search(r"\d", head):
        return ""  # no clear indicator: better no figure than a wrong one
    return head


# ----------------------------------------------------------------------------------- relations
def read_relations(text: str, sentences, spans: list[Span]) -> list[dict]:
    """Relations a sentence states outright, each by a pattern named in its note."""
    out = []

    def rel(s_iri, pred, o_iri, off, sent, pattern):
        if s_iri and o_iri and s_iri != o_iri:
            key = (s_iri, pred, o_iri)
            if key not in {(r["subject"], r["predicate"], r["object"]) for r in out}:
                out.append({"id": "", "subject": s_iri, "predicate": GXO + pred, "object": o_iri, "quote": sent,
                            "quote_start": off, "status": "proposed", "note": f"pattern: {pattern}"})

    for off, sent in sentences:
        ss = [sp for sp in spans if off <= sp.start < off + len(sent) and sp.iri]
        places = [sp for sp in ss if sp.cls in ("Province", "Prefecture", "County", "Township", "Village", "StatisticalZone")]
        # 1. an administrative chain written out (鱼峰区白沙镇王眉村): a new place lies in the one before it
        for a, b in zip(ss, ss[1:]):
            if b.new and b.cls in ("Village", "Township") and a.end == b.start and a in places:
                rel(b.iri, "locatedIn", a.iri, off, sent, "a place written right after the place it lies in")
        # 1b. a new product named after its place (容县沙田柚): it comes from there
        for a in ss:
            if a.new and a.cls == "Product" and a.place is not None and a.place.iri:
                rel(a.iri, "originatesFrom", a.place.iri, off, sent, "a product named after its place")
        # 1c. X是/成为/被评为…Y (a designation): X holds the designation
        for d in (sp for sp in ss if sp.cls == "Designation"):
            holder = next((sp for sp in reversed(ss) if sp.end <= d.start and sp.cls in PLACE_CLASSES + ("Product", "Organization")
                           and re.fullmatch(r"(?:也)?(?:是|成为|成了|被评为|获评|入选|获评为|被认定为)[^，。；、\d]{0,10}",
                                            text[sp.end:d.start])), None)
            if holder is not None:
                rel(holder.iri, "hasDesignation", d.iri, off, sent, "X是/成为/被评为…Y")
        # 2. X位于Y
        for a in ss:
            m = re.match(r"(?:位于|坐落于|地处)", text[a.end:a.end + 3])
            if m:
                after = [p for p in places if p.start >= a.end + len(m.group(0)) and p.start - a.end <= 6]
                if after:
                    rel(a.iri, "locatedIn", after[0].iri, off, sent, "X位于Y")
        # 3. a new facility named after the place it is in (鱼峰区柳州螺蛳粉产业核心示范区)
        for a in ss:
            if a.new and a.cls == "Facility":
                inner = [p for p in places if p.start == a.start]
                head = next((p for p in places if p.end == a.start), None)
                target = head or (inner[0] if inner else None)
                if target is None:
                    for p in places:
                        if a.text.startswith(p.text) and p is not a:
                            target = p
                            break
                if target is None:
                    name_place = next((sp for sp in spans if sp.iri and sp.cls in ("County", "Prefecture", "Township")
                                       and a.text.startswith(sp.text)), None)
                    target = name_place
                if target is not None:
                    rel(a.iri, "locatedIn", target.iri, off, sent, "a facility whose name begins with its place")
        # 4. X发布/出台/印发/制定《Y》: Y issued by X (X: the nearest organisation or place before the verb)
        for m in re.finditer(r"(发布|出台|印发|制定)了?(?:的)?《", sent):
            doc = next((sp for sp in ss if sp.cls == "Policy" and sp.start - off == m.end()), None)
            if doc is None:
                continue
            pre = [sp for sp in ss if sp.end - off <= m.start() and sp.cls == "Organization"
                   and m.start() - (sp.end - off) <= 6]  # a place "issuing" means its government: left to the reviewer
            if pre:
                rel(doc.iri, "issuedBy", pre[-1].iri, off, sent, "X发布/出台/印发/制定《Y》")
        # 5. 由X主办 / X承办: the event in the sentence is hosted / organised by X
        events = [sp for sp in ss if sp.cls == "Event"]
        for pred, word in (("hostedBy", "主办"), ("organizedBy", "承办")):
            for m in re.finditer(word, sent):
                pre = [sp for sp in ss if sp.end - off <= m.start() and sp.cls in ("Organization", "Province", "Prefecture")
                       and m.start() - (sp.end - off) <= 2]
                if events and pre:
                    rel(events[0].iri, pred, pre[-1].iri, off, sent, f"由X{word}")
        # 5b. (在)X举办/举行/召开Y, or Y在X举行: the event is held in the place X
        for m in re.finditer(r"举办|举行|召开", sent):
            ev = next((sp for sp in ss if sp.cls == "Event" and 0 <= sp.start - off - m.end() <= 2), None)
            pl = [sp for sp in places if 0 <= m.start() - (sp.end - off) <= 1]
            if ev is None:  # Y在X举行
                ev = next((sp for sp in ss if sp.cls == "Event" and sp.end - off <= m.start()
                           and re.fullmatch(r"(?:将)?在", sent[sp.end - off:pl[-1].start - off] if pl else "x")), None)
            if ev is not None and pl:
                rel(ev.iri, "heldIn", pl[-1].iri, off, sent, "X举办Y / Y在X举行")
        # 6. X…建设Y (not 规划/计划建设): the sentence's first place or organisation builds the new facility Y
        for m in re.finditer(r"(?<!规划)(?<!计划)(?<!拟)建设", sent):
            target = next((sp for sp in ss if sp.start - off == m.end() and sp.new and sp.cls == "Facility"), None)
            subject = next((sp for sp in ss if sp.cls in ("Prefecture", "County", "Organization") and sp.start - off < m.start()), None)
            if target and subject and not re.search(r"[。；]", sent[subject.end - off:m.start()]):
                rel(subject.iri, "builds", target.iri, off, sent, "X…建设Y")
    return out


# ----------------------------------------------------------------------------------- re-ingesting
def _key(sec: str, it: dict) -> tuple:
    if sec == "mentions":
        return ("m", it["text"], it.get("iri") or it.get("proposed_iri"))
    if sec == "figures":
        return ("f", it["statedAs"], it.get("stated_start"))
    if sec == "relations":
        return ("r", it["subject"], it["predicate"], str(it["object"]), it.get("quote_start"))
    return ("i", it["iri"])


def merge(old: dict, new: dict) -> dict:
    """The new draft with the reviewer's decisions, notes and edits of matching items kept, and every
    item the reviewer decided (or added) that the new reading no longer finds."""
    old_items = {_key(sec, it): (sec, it) for sec, it in drafts.items(old)}
    used = set()
    for sec in drafts.SECTIONS:
        for i, it in enumerate(new.get(sec) or []):
            k = _key(sec, it)
            if k in old_items:
                used.add(k)
                prev = old_items[k][1]
                if prev.get("status") != "proposed" or prev.get("note"):
                    new[sec][i] = prev  # the reviewer's version, edits included
    for k, (sec, it) in old_items.items():
        if k not in used and it.get("status") != "proposed":
            new.setdefault(sec, []).append(it)
    for sec in drafts.SECTIONS:  # ids stay unique
        seen = set()
        for n, it in enumerate(new.get(sec) or [], 1):
            if it["id"] in seen:
                it["id"] = f"{it['id']}-{n}"
            seen.add(it["id"])
    new["source"] = {**new["source"], **{k: v for k, v in old["source"].items() if v and not new["source"].get(k)}}
    return new


def as_json(doc: dict) -> dict:
    """The draft in the documented JSON contract (full IRIs; extra fields kept)."""
    return {"source": doc["source"], "mentions": doc.get("mentions") or [], "figures": doc.get("figures") or [],
            "relations": doc.get("relations") or [], "indicators": doc.get("indicators") or []}
