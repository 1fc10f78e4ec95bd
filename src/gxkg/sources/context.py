"""What a sentence leaves to its article: datelines and bylines (not content), the places and companies that
全县, 该县, 全市, 我市, 全区, 我国 or 该公司 point back to, periods relative to the publication date (今年, 去年,
上半年, 前三季度, 目前), and traditional characters read as simplified ones (offsets kept)."""

from __future__ import annotations

import re
from functools import lru_cache

SP = r"[ \t\u3000\xa0]*"
# datelines (新华社南宁6月12日电, 中新网桂林10月15日电), reporter brackets, 本报讯, bylines on their own line
DATELINE = re.compile(
    rf"(?:新华社|中新社|中新网|人民网|新华网|央视网|中国新闻网|本报|[\u4e00-\u9fff]{{2,6}}网)[\u4e00-\u9fff]{{0,6}}"
    rf"(?:\d{{1,2}}{SP}月{SP}\d{{1,2}}{SP}日|\d{{1,2}}日)?电")
REPORTER = re.compile(r"[（(](?:[^（）()\n]{0,12})?(?:记者|通讯员|实习生|见习记者|特约记者)[^（）()\n]{0,60}[）)]")
BYLINE_LINE = re.compile(r"(?m)^[ \t\u3000]*(?:[\u4e00-\u9fff]{2,10}?(?:日报|晚报|电视台|广播电视台|新闻网|报))?"
                         r"(?:记者|通讯员)[^\n]{0,60}$")
PUBLISHER = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:日报社|日报|晚报|电视台|广播电视台|新闻网|报社|新华社|中新社|中新网)")
LEAD = re.compile(r"本报讯|本报[\u4e00-\u9fff]{0,4}讯")


def skipped_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character ranges of the body that are not content: datelines, bylines, reporter brackets and the
    names of publishers (广西日报 is no mention of 广西)."""
    body = text[start:end]
    out = []
    for rx in (DATELINE, REPORTER, BYLINE_LINE, PUBLISHER, LEAD):
        for m in rx.finditer(body):
            out.append((start + m.start(), start + m.end()))
    return sorted(out)


def inside(ranges: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in ranges) or any(a <= s < b for a, b in ranges)


# ------------------------------------------------------------------ traditional script
@lru_cache(maxsize=1)
def _t2s() -> dict:
    from ..names import traditional_pairs

    return str.maketrans(dict(traditional_pairs()))


def simplified(text: str) -> str:
    """Traditional characters as simplified ones, one character for one (so offsets stay valid)."""
    return text.translate(_t2s())


# ------------------------------------------------------------------ anaphora
# words that point to the entity the article is about at that level; the value is the classes to look for
ANAPHORA = [
    ("全自治区", ("Province",)), ("全区", ("Province",)), ("全国", ("China",)), ("我国", ("China",)),
    ("全县", ("County",)), ("该县", ("County",)), ("本县", ("County",)), ("我县", ("County",)), ("县里", ("County",)),
    ("全市", ("Prefecture", "County")), ("该市", ("Prefecture", "County")), ("我市", ("Prefecture", "County")),
    ("本市", ("Prefecture", "County")),
    ("全乡", ("Township",)), ("全镇", ("Township",)), ("该镇", ("Township",)), ("该乡", ("Township",)),
    ("全村", ("Village",)), ("该村", ("Village",)),
    ("该公司", ("Company",)), ("公司", ("Company",)), ("该企业", ("Company",)), ("该合作社", ("Company",)),
    ("本次活动", ("Event",)), ("此次活动", ("Event",)), ("该活动", ("Event",)), ("活动", ("Event",)),
    ("大会", ("Event",)), ("会上", ("Event",)), ("现场", ("Event",)), ("本届", ("Event",)),
] + [(det + noun, ("Named", noun)) for noun in ("市场", "基地", "中心", "园区", "产业园", "博览会", "合作社")
     for det in ("该", "这个", "")]
# bare nouns that point back only as a clause's subject (公司今年…), not inside a phrase (电商公司)
SUBJECT_ONLY = {"公司", "活动", "大会", "现场", "会上", "市场", "基地", "中心", "园区", "产业园", "博览会", "合作社"}
ANAPHOR = re.compile("|".join(re.escape(w) for w, _ in ANAPHORA))
KINDS = dict(ANAPHORA)
GUANGXI = "https://w3id.org/gxkg/resource/place/450000"
CHINA = "https://w3id.org/gxkg/resource/place/china"
COMPANY_END = ("公司", "集团", "合作社", "企业", "厂")


def anaphor_target(word: str, before: list, cls_of, text: str = "", at: int = 0) -> tuple[str, str] | None:
    """(iri, class) that the anaphor `word` points to, from the spans before it (nearest first):
    全县 -> the county last named, 全市 -> the city, 全区 -> Guangxi, 我国 -> China, 该公司 -> the company,
    (该)市场 / 基地 / 中心 -> the thing last named with that noun (玉林中药材专业市场 … 市场现有经营户…)."""
    kinds = KINDS[word]
    if kinds[0] == "Named":
        return _named_before(kinds[1], before)
    if kinds == ("Province",):
        return _district_or_guangxi(before, cls_of, text, at)
    if kinds == ("China",):
        return CHINA, "Region"
    for sp in reversed(before):
        cls = cls_of(sp)
        if kinds == ("Company",):
            if cls in ("Organization",) and sp.text.endswith(COMPANY_END):
                return sp.iri, cls
        elif cls in kinds:
            if word.endswith("市") and cls == "County" and not sp.text.endswith("市"):
                continue  # 全市 is a city: a county-level city (荔浦市), never a county
            return sp.iri, cls
    return None


DISTRICT_REACH = 200  # characters: 全区 means a district only while the article is on it


def _district_or_guangxi(before: list, cls_of, text: str, at: int) -> tuple[str, str]:
    """全区 is the district (a county-level 区) the article is on: one named earlier in its sentence (平桂区是…主产区，
    全区…), or named more than once and last within a paragraph or so, with no mention of Guangxi since; otherwise
    Guangxi (自治区). A district named once in passing (在玉林市玉州区建有基地) is not what the article is on."""
    d = next((sp for sp in _since_guangxi(before, at) if cls_of(sp) == "County" and re.search(r"(?<!自治)区$", sp.text)), None)
    if d is not None and (not re.search(r"[。！？!?\n]", text[d.end:at]) or sum(sp.iri == d.iri for sp in reversed(before)) > 1):
        return d.iri, "County"
    return GUANGXI, "Province"


def _since_guangxi(before: list, at: int):
    """The mentions before `at`, nearest first, within DISTRICT_REACH and after the last mention of Guangxi."""
    for sp in reversed(before):
        if at - sp.end > DISTRICT_REACH or sp.iri == GUANGXI:
            return
        yield sp


def _named_before(noun: str, before: list) -> tuple[str, str] | None:
    """(iri, class) of the nearest name before that ends with `noun` (基地 -> 玉林中药材香料直播电商基地)."""
    return next(((sp.iri, sp.cls) for sp in reversed(before) if sp.text.endswith(noun) and not sp.anaphor
                 and len(sp.text) > len(noun)), None)


# ------------------------------------------------------------------ periods relative to the publication date
YEAR = r"(?:19|20)\d{2}"
RELATIVE = [
    # (pattern, function of (match, year, month) -> period, wording for the note)
    (re.compile(r"今年以来|年初以来|今年来"), lambda m, y, mo: {"start": f"{y}-01", "end": f"{y}-{mo:02d}"}),
    (re.compile(r"去年以来"), lambda m, y, mo: {"start": f"{y - 1}-01", "end": f"{y}-{mo:02d}"}),
    (re.compile(rf"(今年|去年|前年)?{SP}前三季度"), lambda m, y, mo: _part(m, y, "01", "09")),
    (re.compile(rf"(今年|去年|前年)?{SP}上半年"), lambda m, y, mo: _part(m, y, "01", "06")),
    (re.compile(rf"(今年|去年|前年)?{SP}下半年"), lambda m, y, mo: _part(m, y, "07", "12")),
    (re.compile(rf"(今年|去年|前年)?{SP}(?:第一季度|一季度)"), lambda m, y, mo: _part(m, y, "01", "03")),
    (re.compile(rf"(今年|去年|前年)?{SP}(\d{{1,2}}){SP}[-—–至到~～]{SP}(\d{{1,2}}){SP}月"),
     lambda m, y, mo: {"start": f"{_rel(m.group(1), y)}-{int(m.group(2)):02d}", "end": f"{_rel(m.group(1), y)}-{int(m.group(3)):02d}"}),
    (re.compile(rf"(今年|去年|前年)?{SP}前(\d{{1,2}}|[一二三四五六七八九十]{{1,2}})个?月"),
     lambda m, y, mo: {"start": f"{_rel(m.group(1), y)}-01", "end": f"{_rel(m.group(1), y)}-{_cn_month(m.group(2)):02d}"}),
    (re.compile(rf"(?:截至|截止|到){SP}(\d{{1,2}}){SP}月{SP}(\d{{1,2}}){SP}日"),   # 截至6月20日: this year up to that day
     lambda m, y, mo: {"start": f"{_of_month(m, y, mo)}-01", "end": f"{_of_month(m, y, mo)}-{int(m.group(1)):02d}",
                       "as_of": f"{_of_month(m, y, mo)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"}),
    (re.compile(rf"(?:截至|截止|到){SP}(今年|去年)?{SP}(\d{{1,2}}){SP}月(?:{SP}底|{SP}末)?(?!{SP}\d)"),  # 截至今年4月底
     lambda m, y, mo: {"as_of": f"{_rel(m.group(1), y) if m.group(1) else _of_month(m, y, mo, 2)}-{int(m.group(2)):02d}",
                       "cumulative": True}),
    (re.compile(rf"(今年|去年|前年){SP}(\d{{1,2}}){SP}月{SP}(\d{{1,2}}){SP}日"),  # 今年4月18日
     lambda m, y, mo: {"date": f"{_rel(m.group(1), y)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"}),
    (re.compile(rf"(今年|去年|前年){SP}(\d{{1,2}}){SP}月(?:上旬|中旬|下旬|初|底|末|份)?(?!{SP}\d)"),  # 今年4月
     lambda m, y, mo: {"start": f"{_rel(m.group(1), y)}-{int(m.group(2)):02d}", "end": f"{_rel(m.group(1), y)}-{int(m.group(2)):02d}"}),
    (re.compile(r"截至目前|截止目前|目前|当前|现已|至今|如今|近年来|近几年来?|近些年来?|多年来|这些年来?|这几年来?"),
     lambda m, y, mo: {"as_of": f"{y}-{mo:02d}", "cumulative": True}),
    (re.compile(rf"(?<![\d年])(\d{{1,2}}){SP}月{SP}(\d{{1,2}}){SP}日"),
     lambda m, y, mo: {"date": f"{_of_month(m, y, mo)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"}),
    (re.compile(rf"(?<![\d月 \t\u3000\xa0])(\d{{1,2}}){SP}日(?=[在至起，])"), lambda m, y, mo: _day(int(m.group(1)), y, mo)),
    (re.compile(rf"(?<![\d年至到~～\-—–])(\d{{1,2}}){SP}月(?:上旬|中旬|下旬|初|底|末|份)?(?!{SP}\d)"),
     lambda m, y, mo: {"start": f"{_of_month(m, y, mo)}-{int(m.group(1)):02d}",
                       "end": f"{_of_month(m, y, mo)}-{int(m.group(1)):02d}"}),  # 6月中旬
    (re.compile(r"今年|当年|本年"), lambda m, y, mo: {"year": str(y)}),
    (re.compile(r"去年|上一年"), lambda m, y, mo: {"year": str(y - 1)}),
    (re.compile(r"前年"), lambda m, y, mo: {"year": str(y - 2)}),
]
ABSOLUTE = [
    (re.compile(rf"截至{SP}({YEAR}){SP}年{SP}(?:(\d{{1,2}}){SP}月(?:{SP}底|{SP}末)?|(上半年)|(底|末))?"),
     lambda m: {"as_of": f"{m.group(1)}-{int(m.group(2)) if m.group(2) else 6 if m.group(3) else 12:02d}", "cumulative": True}),
    (re.compile(rf"({YEAR}){SP}年{SP}(\d{{1,2}}){SP}月{SP}(\d{{1,2}}){SP}日"),
     lambda m: {"date": f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"}),
    (re.compile(rf"({YEAR}){SP}年{SP}(\d{{1,2}}){SP}[-—–至到~～]{SP}(\d{{1,2}}){SP}月"),
     lambda m: {"start": f"{m.group(1)}-{int(m.group(2)):02d}", "end": f"{m.group(1)}-{int(m.group(3)):02d}"}),
    (re.compile(rf"({YEAR}){SP}年{SP}(?:前三季度)"), lambda m: {"start": f"{m.group(1)}-01", "end": f"{m.group(1)}-09"}),
    (re.compile(rf"({YEAR}){SP}年{SP}(?:上半年)"), lambda m: {"start": f"{m.group(1)}-01", "end": f"{m.group(1)}-06"}),
    (re.compile(rf"({YEAR}){SP}年{SP}(\d{{1,2}}){SP}月(?![\d{SP}]*日)"),
     lambda m: {"start": f"{m.group(1)}-{int(m.group(2)):02d}", "end": f"{m.group(1)}-{int(m.group(2)):02d}"}),
    (re.compile(rf"(?<!\d)({YEAR}){SP}年(?!{SP}\d)"), lambda m: {"year": m.group(1)}),
]
CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


def _rel(word: str | None, y: int) -> int:
    return {"去年": y - 1, "前年": y - 2}.get(word or "", y)


# what is still to come after a month (7月将举办, 11月拟开幕): that month is ahead of the publication date
AHEAD = re.compile(r"[^，,。；;！？]{0,8}?(?:将|拟|计划|预计|即将|有望|准备|打算)")


def _of_month(m, y: int, mo: int, group: int = 1) -> int:
    """The year of a month written without one (7月 in an article of January 2025): the publication year, or the
    year before when the month is later than the publication's, unless the sentence says it is still to come."""
    month = int(m.group(group))
    return y - 1 if month > mo and not AHEAD.match(m.string, m.end()) else y


def _part(m, y: int, a: str, b: str) -> dict:
    yy = _rel(m.group(1), y)
    return {"start": f"{yy}-{a}", "end": f"{yy}-{b}"}


def _day(d: int, y: int, mo: int) -> dict:
    """14日 in an article of the month: that day of the publication month."""
    return {"date": f"{y}-{mo:02d}-{d:02d}"}


def _cn_month(s: str) -> int:
    return int(s) if s.isdigit() else CN_MONTH.get(s, 12)


def periods_in(sentence: str, published: str | None, names=()) -> list[tuple[int, int, dict, str]]:
    """(start, end, period, words) of every period expression in the sentence, absolute ones (2019年,
    截至2019年6月) and, given the publication date YYYY-MM-DD, relative ones (今年 -> its year); none inside
    a name (`names`: sentence offsets of mentions, as 2022年河池市农产品产销对接会)."""
    found = []
    for rx, f in ABSOLUTE:
        for m in rx.finditer(sentence):
            found.append((m.start(), m.end(), f(m), m.group(0)))
    if published:
        y, mo = int(published[:4]), int(published[5:7])
        for rx, f in RELATIVE:
            for m in rx.finditer(sentence):
                found.append((m.start(), m.end(), f(m, y, mo), m.group(0)))
    found = [x for x in found if not _compared_with(sentence, x[0], x[1])]
    # the longest expression at a place wins (截至2019年上半年 over the 2019年 inside it)
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out, last = [], -1
    for s, e, p, w in found:
        if any(a <= s < b for a, b in names):
            continue
        if s >= last:
            out.append((s, e, p, w))
            last = e
    return out


COMPARED_BEFORE = re.compile(r"(?:比|较|与|同|跟|相比于?|相较于?|高于|低于)$")
COMPARED_AFTER = re.compile(r"同期|相比|相较")


def _compared_with(sentence: str, start: int, end: int) -> bool:
    """A period a figure is compared with (比去年增长, 是去年同期的2倍, 较2016年提高) is not the figure's period."""
    return bool(COMPARED_BEFORE.search(sentence, max(0, start - 3), start) or COMPARED_AFTER.match(sentence, end))


PROJECTED_BEFORE = re.compile(r"(?:预计|计划|力争|有望|将)[^，,；;。]*$")


def _projected_elsewhere(sentence: str, start: int, at: int) -> bool:
    """A period inside a projection's clause (预计今年产量可达12万吨) dates that projection only, not the figures
    in the clauses after it (，全县种植户超过2.1万户)."""
    if not re.search(r"[，,；;]", sentence[start:at]):
        return False
    return bool(PROJECTED_BEFORE.search(sentence, max(sentence.rfind("，", 0, start), sentence.rfind("；", 0, start), 0), start))


# an event its period dates (2017年被列为国家电子商务进农村综合示范县): that date is the event's, not the figures after it
EVENT_DATED = re.compile(r"[^，,；;。\d]{0,12}?(?:被列为|被评为|被确定为|被认定为|获评|获批|入选|荣获|成立|挂牌|揭牌|开业|投产|投入使用)")


def dates_an_event(sentence: str, end: int) -> bool:
    """The period ending at `end` dates an event its clause goes on to name (…年被列为, 获批, 成立)."""
    return bool(EVENT_DATED.match(simplified(sentence), end))


def _event_elsewhere(sentence: str, end: int, at: int) -> bool:
    """A period that dates an event in its own clause (2017年被列为…示范县，建成服务站11个): not the date of the figures
    in the clauses after it."""
    return bool(re.search(r"[，,；;]", sentence[end:at])) and dates_an_event(sentence, end)


def period_before(sentence: str, at: int, published: str | None, carried: tuple[dict, str] | None = None,
                  names=(), found=None):
    """The period of a figure at `at`: the nearest period expression before it in the sentence (`found`:
    periods_in's answer, when already read), else the one carried from earlier in the paragraph; returns
    (period, the words read)."""
    best = None
    for s, e, p, w in (periods_in(sentence, published, names) if found is None else found):
        if e <= at + 1 and not _projected_elsewhere(sentence, s, at) and not _event_elsewhere(sentence, e, at):
            best = (p, w)
    if best is None:
        if carried:
            return dict(carried[0]), carried[1]
        return {}, ""
    return dict(best[0]), best[1]
