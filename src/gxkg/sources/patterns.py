"""Relation patterns for ingest: small named units, each registered with the relation it states and an
example that a test runs (tests/test_ingest_patterns.py). A pattern reads one sentence with its mentions
and yields (subject, object) pairs; `read_relations` runs every pattern and proposes each triple once per
article, with the first sentence that states it and the pattern's name in the note.

Adding a relation type: declare the property in ontology/gxkg.ttl with the words articles use for it
(gxo:articleWord) and register one pattern here; patterns read their verbs from the ontology (`said`), so
a new wording for a relation is one line of the ontology.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product as pairs
from typing import Callable, Iterator

from .context import CHINA

GXO = "https://w3id.org/gxkg/ontology#"
PLACES = ("Province", "Prefecture", "County", "Township", "Village", "StatisticalZone", "Region", "Place")
ADMIN = ("Province", "Prefecture", "County", "Township", "Village", "StatisticalZone")
HOLDERS = PLACES + ("Product", "Organization")
OFFICE_END = ("局", "厅", "政府", "委员会", "办公室")


def is_office(sp) -> bool:
    """Whether a mention is a government office (…局, …厅, …政府): it reports its place's figures, builds for its
    place, and neither sells nor exports."""
    return sp.cls == "Organization" and sp.text.endswith(OFFICE_END)


@dataclass
class Sentence:
    """One sentence as a pattern sees it: the (simplified) text, its offset in the file, its mentions that
    have an IRI (anaphors like 该县 included, resolved), and article-wide facts (reference rows)."""
    text: str
    off: int
    spans: list
    full: str = ""
    reference: dict = field(default_factory=dict)

    def rel(self, sp) -> int:
        return sp.start - self.off

    def end(self, sp) -> int:
        return sp.end - self.off

    def of(self, *classes) -> list:
        return [sp for sp in self.spans if sp.cls in classes]

    def between(self, a, b) -> str:
        return self.text[self.end(a):self.rel(b)]


@dataclass(frozen=True)
class Pattern:
    name: str
    predicate: str
    example: tuple  # (sentence, subject text, object text)
    find: Callable[[Sentence], Iterator[tuple]]


PATTERNS: dict[str, Pattern] = {}


def relation_pattern(name: str, predicate: str, example: tuple):
    """Register a pattern: `name` goes in each proposal's note, `predicate` is a gxo property local name,
    `example` is (a sentence, the subject's text, the object's text) that the pattern must find."""
    def register(fn):
        PATTERNS[name] = Pattern(name, predicate, example, fn)
        return fn
    return register


@lru_cache(maxsize=None)
def said(predicate: str) -> str:
    """The words articles use for `predicate` (its gxo:articleWord in the ontology) as a regex alternation,
    longest first (负责运营 before 运营)."""
    from ..vocab import vocabulary

    words = sorted(vocabulary().properties[predicate].article_words, key=len, reverse=True)
    if not words:
        raise ValueError(f"gxo:{predicate} has no gxo:articleWord: a pattern cannot read it")
    return "(?:" + "|".join(map(re.escape, words)) + ")"


COUNTED = re.compile(r"^\s*[\d一二两三四五六七八九十几百千万.]+\s*[个座家所处条]")


def _listed(s: Sentence, first, classes, max_gap: int = 2) -> list:
    """`first` and the mentions of `classes` listed right after it with 、/和/及/与 (淘宝、拼多多和抖音)."""
    out, cur = [first], first
    for sp in s.spans:
        if sp.start <= cur.start or sp.cls not in classes:
            continue
        gap = COUNTED.sub("", s.between(cur, sp))  # 建成县级中心1个、村级服务点68个
        if re.fullmatch(r"[、和及与以及，,]{1,2}", gap) and len(gap) <= max_gap:
            out.append(sp)
            cur = sp
        elif sp.start >= cur.end:
            break
    return out


def _listed_before(s: Sentence, last, classes) -> list:
    """`last` and the mentions of `classes` listed right before it (巴马香猪、都安山羊、大化七百弄鸡)."""
    out, cur = [last], last
    for sp in sorted(s.spans, key=lambda x: -x.start):
        if sp.end > cur.start or sp.cls not in classes:
            continue
        if re.fullmatch(r"[、和及与]|以及", s.between(sp, cur)):
            out.append(sp)
            cur = sp
        else:
            break
    return out


def _subject_before(s: Sentence, at: int, classes=("Product", "Organization"), stop=r"[。；;]") -> object | None:
    """The nearest mention of `classes` before offset `at` (sentence-relative) with no stop between."""
    for sp in sorted(s.spans, key=lambda x: -x.start):
        if s.end(sp) <= at and sp.cls in classes and not re.search(stop, s.text[s.end(sp):at]):
            return sp
    return None


# ------------------------------------------------------------------ places
@relation_pattern("a place written right after the place it lies in", "locatedIn",
                  ("柳州市鱼峰区白沙镇王眉村种豆角。", "王眉村", "白沙镇"))
def chain(s: Sentence):
    for a, b in zip(s.spans, s.spans[1:]):
        if a.end != b.start or a.cls not in ADMIN or b.cls not in ADMIN or a.anaphor or b.anaphor:
            continue
        if (b.new and b.cls in ("Village", "Township")) or _within(b, a):
            yield b, a


LEVEL = {"Province": 2, "Prefecture": 4, "County": 6, "Township": 9, "Village": 12}


def _within(b, a) -> bool:
    """b lies directly in a by their division codes (恭城瑶族自治县莲花镇, 贺州市富川): one level down."""
    la, lb = LEVEL.get(a.cls), LEVEL.get(b.cls)
    if not (a.code and b.code and la and lb) or lb <= la:
        return False
    up = [n for n in LEVEL.values() if la <= n < lb]
    return b.code.startswith(a.code[:la]) and max(up) == la


@relation_pattern("X位于Y", "locatedIn", ("柳州螺蛳粉产业园位于鱼峰区，占地500亩。", "柳州螺蛳粉产业园", "鱼峰区"))
def located(s: Sentence):
    for a in s.spans:
        m = re.match(said("locatedIn"), s.text[s.end(a):s.end(a) + 4])
        if m:
            after = [p for p in s.of(*ADMIN) if 0 <= s.rel(p) - s.end(a) - len(m.group(0)) <= 6]
            if after:
                yield a, after[0]


BUILD_ADVERB = "规划|计划|投资|启动|开工|正在|已经|已|将|还"  # 在黎塘镇规划建设米粉产业园


@relation_pattern("在P建设F / 位于P的F (a facility's place)", "locatedIn",
                  ("北海市在侨港镇建成海产品冷链物流中心。", "海产品冷链物流中心", "侨港镇"))
def built_in(s: Sentence):
    for m in re.finditer(rf"(?:在|位于|^|[，。；])((?:[^，。；在]{{2,12}}?))(?:{BUILD_ADVERB})?(?:{said('builds')}|设立|建立|新建|的)",
                         s.text):
        place = _ending_at(s, m.end(1), ADMIN)
        facility = _starting_at(s, m.end(), ("Facility",))
        if place is not None and facility is not None and _outermost(s, place) == _starting_at(s, m.start(1), ADMIN):
            yield facility, place


@relation_pattern("a facility whose name begins with its place", "locatedIn",
                  ("鱼峰区柳州螺蛳粉产业核心示范区投产。", "鱼峰区柳州螺蛳粉产业核心示范区", "鱼峰区"))
def facility_place(s: Sentence):
    places = s.of(*ADMIN)
    for a in s.spans:
        if a.new and a.cls == "Facility":
            head = next((p for p in places if p.end == a.start), None)
            target = head or s.reference.get("facility_place", {}).get(a.iri)
            if target is not None:
                yield a, target


@relation_pattern("X落户Y (settled in a place)", "settledIn",
                  ("广西京东电子商务产业园落户南宁市。", "广西京东电子商务产业园", "南宁市"))
def settled(s: Sentence):
    for a in s.of("Organization", "Platform", "Facility", "Program"):
        m = re.match(rf"(?:正式|成功|已)?{said('settledIn')}(?:于|在)?", s.text[s.end(a):s.end(a) + 6])
        if m:
            after = [p for p in s.of(*ADMIN) if 0 <= s.rel(p) - s.end(a) - m.end() <= 8]
            if after:
                yield a, after[-1] if s.between(after[0], after[-1]) == "" else after[0]


@relation_pattern("X实施/推进/启动…工程Y (a programme in a place)", "implements",
                  ("田东县实施电子商务进农村综合示范工程。", "田东县", "电子商务进农村综合示范工程"))
def implements(s: Sentence):
    for prog in s.of("Program"):
        pre = s.text[max(0, s.rel(prog) - 10):s.rel(prog)]
        if not re.search(rf"{said('implements')}[^，。；]{{0,6}}$", pre):
            continue
        holder = next((sp for sp in reversed(s.spans) if sp.end <= prog.start and sp.cls in ADMIN
                       and not re.search(r"[。；]", s.between(sp, prog)) and s.text[s.rel(sp) - 1:s.rel(sp)] != "在"), None)
        if holder is not None:
            yield holder, prog


# ------------------------------------------------------------------ products
@relation_pattern("a product named after its place", "originatesFrom", ("灵川枇杷陆续上市。", "灵川枇杷", "灵川"))
def product_place(s: Sentence):
    for a in s.spans:
        if a.new and a.cls == "Product" and getattr(a, "place", None) is not None and a.place.iri:
            yield a, a.place


@relation_pattern("a product's county from the reference list", "originatesFrom",
                  ("恭城月柿今年又获丰收。", "恭城月柿", "恭城瑶族自治县"))
def product_county(s: Sentence):
    counties = s.reference.get("product_place", {})
    for a in s.of("Product"):
        place = counties.get(a.iri)
        if place is not None:
            yield a, place


@relation_pattern("X产自Y (a product from a place)", "originatesFrom", ("这批百色芒果产自田东县。", "百色芒果", "田东县"))
def product_from(s: Sentence):
    for m in re.finditer(said("originatesFrom"), s.text):
        product = next((sp for sp in s.of("Product") if 0 <= m.start() - s.end(sp) <= 2), None)
        place = next((sp for sp in s.of(*PLACES) if 0 <= s.rel(sp) - m.end() <= 1), None)
        if product is not None and place is not None:
            for q in _place_list(s, place):
                yield product, q


@relation_pattern("X…主要分布在P、Q等 (where a product is grown)", "originatesFrom",
                  ("全市芒果种植面积达137万亩，主要分布在右江区、田阳区等地。", "芒果", "田阳区"))
def grown_in(s: Sentence):
    for m in re.finditer(r"(?:主要|集中)?(?:分布在|分布于|种植在|种植于|集中在|集中于)|主产区(?:在|为|是|位于)|主产于|主要产于|主产地(?:在|为)",
                         s.text):
        product = _subject_before(s, m.start(), ("Product",))
        first = next((sp for sp in s.of(*PLACES) if 0 <= s.rel(sp) - m.end() <= 1), None)
        if product is not None and first is not None:
            for q in _place_list(s, first):
                yield product, q


@relation_pattern("P盛产/出产X (a place that produces a product)", "originatesFrom",
                  ("该县党江镇、沙田镇一带盛产海鸭蛋、沙虫干等海产品。", "海鸭蛋", "沙田镇"))
def produces(s: Sentence):
    yield from _place_verb_product(s, r"(?:一带|等地)?(?:盛产|出产|主产|特产)(?:的)?", PLACES)


def _place_verb_product(s: Sentence, verb: str, places):
    """The products listed after a verb of producing and the places listed before it (P盛产X, P种植的X)."""
    for m in re.finditer(verb, s.text):
        place, product = _ending_at(s, m.start(), places), _starting_at(s, m.end(), ("Product",))
        if place is not None and product is not None:
            yield from pairs(_listed(s, product, ("Product",)), _listed_before(s, place, places))


@relation_pattern("P种植的X (what a place grows, farms or makes)", "originatesFrom",
                  ("阳朔县、荔浦市种植的砂糖橘即将上市。", "砂糖橘", "阳朔县"))
def grown_by(s: Sentence):
    yield from _place_verb_product(s, r"(?:一带|等地)?(?:种植|栽培|养殖|生产|出产)的", ADMIN)


@relation_pattern("P是X的原产地/主产区 (a product's home)", "originatesFrom",
                  ("罗香乡、长垌乡是金秀瑶药的主要种植区。", "金秀瑶药", "长垌乡"))
def home_of(s: Sentence):
    for m in re.finditer(r"是([^，。；是]{2,14}?)的(?:原产地|主产区|主要产区|主产地|主要种植区|重要产区|核心产区)", s.text):
        place, product = _ending_at(s, m.start(), PLACES), _starting_at(s, m.start(1), ("Product",))
        if place is not None and product is not None and s.end(product) == m.end(1):
            yield from pairs([product], _listed_before(s, place, PLACES))


@relation_pattern("P的X、Y (a place's products)", "originatesFrom",
                  ("百色市田东县的芒果、香蕉通过电商销往全国。", "香蕉", "田东县"))
def place_products(s: Sentence):
    for place in s.of(*ADMIN):
        product = _starting_at(s, s.end(place) + 1, ("Product",)) if s.text[s.end(place):s.end(place) + 1] == "的" else None
        if product is not None and not product.text.startswith(place.text):
            yield from pairs(_listed(s, product, ("Product",)), [place])


@relation_pattern("在P，X… (the products of a scene set in a place)", "originatesFrom",
                  ("在隆林德峨镇，一批批隆林黑猪腊肉、山茶油通过直播走出大山。", "山茶油", "德峨镇"))
def scene_products(s: Sentence):
    for m in re.finditer(r"(?:^|[，。；])在", s.text):
        place = _starting_at(s, m.end(), ADMIN)
        if place is None:
            continue
        inner = _innermost(s, place)
        lead = re.match(r"[，,](?:一批批|一箱箱|一车车|一件件|大量|许多|不少)?“?", s.text[s.end(inner):])
        product = _starting_at(s, s.end(inner) + lead.end(), ("Product",)) if lead else None
        if product is not None:
            yield from pairs(_listed(s, product, ("Product",)), [inner])


def _ending_at(s: Sentence, at: int, classes):
    return next((sp for sp in s.of(*classes) if s.end(sp) == at), None)


def _starting_at(s: Sentence, at: int, classes):
    return next((sp for sp in s.of(*classes) if s.rel(sp) == at), None)


def _innermost(s: Sentence, place):
    """The last of the places written one right after another from `place` (防城港市上思县 -> 上思县)."""
    inner = {sp.start: sp for sp in s.of(*ADMIN)}
    while place.end in inner:
        place = inner[place.end]
    return place


def _place_list(s: Sentence, first) -> list:
    """The places listed from `first`, each the innermost of the places written one inside the other
    (产自防城港市上思县和百色市德保县: 上思县, 德保县)."""
    out, cur = [], first
    while cur is not None:
        cur = _innermost(s, cur)
        out.append(cur)
        cur = next((sp for sp in s.of(*PLACES) if sp.start > cur.start
                    and re.fullmatch(r"[、和及与]|以及", s.text[s.end(cur):s.rel(sp)])), None)
    return out


# ------------------------------------------------------------------ platforms and markets
SALE_VIA = r"(?:在|通过|借助|依托|借力|利用|入驻|登陆|上架|进驻|联合|携手)"


@relation_pattern("X在/通过/入驻…平台Y (sold on a platform)", "soldOn",
                  ("恭城月柿在淘宝、拼多多等平台热销。", "恭城月柿", "拼多多"))
def sold_on(s: Sentence):
    for p in s.of("Platform"):
        if _listed_before(s, p, ("Platform",))[1:]:
            continue  # listed after another platform: handled with the first
        listed = _listed(s, p, ("Platform",))
        tail = s.text[s.end(listed[-1]):s.end(listed[-1]) + 24]
        yield from _seller_before(s, p, listed, tail)
        yield from _product_after(s, p, listed, tail)


# the rest of a list after its first item, names the reader does not know included (、茉莉花盆栽、茉莉花香水等产品)
LIST_REST = re.compile(r"^(?:[、和及][^，。；、等]{1,10})*等?(?:产品|特产|农产品|商品|土特产)?")


def _seller(s: Sentence, at: int):
    """(who sells on the platform at `at`, the words between): the nearest product or firm before it, but a
    clause that begins with 产品 (…公司目前日产螺蛳粉约30万袋，产品通过淘宝…) speaks of the firm's products: the firm."""
    head = _subject_before(s, at)
    clause = s.text[max(s.text.rfind(ch, 0, at) for ch in "，,") + 1:at]
    firm = _subject_before(s, at, ("Organization",)) if re.match(r"(?:其|公司|该公司)?产品", clause) else None
    if head is None or firm is None or head.cls == "Organization":
        return head, LIST_REST.sub("", s.text[s.end(head):at]) if head is not None else ""
    return firm, clause


def _seller_before(s: Sentence, p, listed: list, tail: str):
    """恭城月柿在淘宝、拼多多等平台热销: the product or firm before the platforms, each listed one."""
    head, gap = _seller(s, s.rel(p))  # 横州茉莉花茶、茉莉花盆栽等产品通过…: the gap without the list's rest
    if head is None:
        return
    via = re.search(SALE_VIA + r"[^，。；]{0,6}$", gap) and len(gap) <= 16
    if via and _sells_after(tail):
        for h in _listed_before(s, head, (head.cls,)):
            for q in listed:
                yield h, q


def _sells_after(tail: str) -> bool:
    """The words after a list of platforms put things on them (…等平台热销, 开设店铺), past one last item the reader
    does not know (淘宝、抖音、得物开设店铺)."""
    sells = re.compile(rf"(?:等)?(?:电商)?(?:平台)?(?:上|的|{said('soldOn')}|旗舰店|店铺|网店|网络零售额|销售额|线上|[，,]?{said('soldTo')})")
    cuts = [0] + ([1 + k for k in (2, 3, 4)] if tail[:1] in "、和及" else [])
    return any(sells.match(tail, cut) for cut in cuts if not re.search(r"[，。；、等]", tail[1:cut]))


SELL_AFTER = re.compile(r"(?:等)?(?:电商)?(?:平台)?(?:上)?(?:直播)?(?:销售|卖|售卖|推销|带货)|(?:等)?(?:电商)?(?:平台)?[，,]?"
                        r"(?:推动|推进|助力|帮助|让|使)")


def _product_after(s: Sentence, p, listed: list, tail: str):
    """通过抖音直播卖柿饼 / 依托天猫、京东等平台，推动荔浦芋销往…: the product after the platforms."""
    m = SELL_AFTER.match(tail)
    if not (m and re.search(SALE_VIA + "$", s.text[max(0, s.rel(p) - 4):s.rel(p)])):
        return
    after = next((sp for sp in s.of("Product") if 0 <= s.rel(sp) - s.end(listed[-1]) - m.end() <= 2), None)
    if after is not None and (m.group(0)[-1] in "售卖销货" or re.match(r"[^，。；]{0,8}(?:销|卖|上行|走俏|热销)",
                                                                     s.text[s.end(after):])):
        for q in listed:
            yield after, q


# a clause with no subject of its own that puts the sentence's subject on platforms: …，通过京东、拼多多等平台发往北京;
# …，并在抖音开展常态化直播; …，去年又入驻京东、拼多多; 公司开起了淘宝店
CLAUSE_VIA = re.compile(r"(?:今年|去年|前年|目前|现在|近年来|此外)?(?:公司|该公司|企业|合作社|我们|他们)?(?:又|还|也|并|同时|再|先后|陆续)?"
                        r"(?:(?P<enter>入驻|进驻|登陆|上架)|(?:在|通过|借助|依托|利用)|开(?:起了|了|设了|设|通了|通)?)")
CLAUSE_SELLS = re.compile(rf"(?:等)?(?:电商)?(?:平台)?(?:上)?(?:[^，。；]{{0,6}}直播|店|网店|旗舰店|店铺|{said('soldOn')}|[，,]?{said('soldTo')})")


@relation_pattern("…，通过/在/入驻P平台… (a clause on platforms with the sentence's subject)", "soldOn",
                  ("大新县苦韵茶业有限公司在天猫开设旗舰店，并在抖音开展常态化直播。", "大新县苦韵茶业有限公司", "抖音"))
def sold_on_in_clause(s: Sentence):
    for p in s.of("Platform"):
        if _listed_before(s, p, ("Platform",))[1:]:
            continue
        listed = _listed(s, p, ("Platform",))
        start = max(s.text.rfind(ch, 0, s.rel(p)) for ch in "，,") + 1
        head = _first_clause_subject(s, start) if _sells_in_clause(s, start, p, listed) else None
        for q in listed if head is not None else ():
            yield head, q


def _sells_in_clause(s: Sentence, start: int, p, listed: list) -> bool:
    """The clause from `start` (not the first) puts things on the platforms: 入驻P, or 通过/在P … and a selling word."""
    m = CLAUSE_VIA.fullmatch(s.text, start, s.rel(p)) if start > 0 else None
    return m is not None and bool(m.group("enter") or CLAUSE_SELLS.match(s.text, s.end(listed[-1])))


def _first_clause_subject(s: Sentence, before: int) -> object | None:
    """The product or firm the sentence's first clause names last (the sentence's subject: 蕉满园公司的香蕉 -> 香蕉;
    a speaker's firm when the clause only says who speaks, X公司负责人说), when it is before `before`."""
    first = min((s.text.find(ch) for ch in "，," if ch in s.text), default=len(s.text))
    heads = [sp for sp in s.spans if sp.cls in ("Product", "Organization") and s.end(sp) <= min(first, before)
             and s.text[s.end(sp):s.end(sp) + 1] != "的" and not is_office(sp)]
    return heads[-1] if heads else None


@relation_pattern("在P平台上/直播间…卖X (the platform first, then the products)", "soldOn",
                  ("选手们在抖音、快手直播间推介恭城月柿、荔浦芋等特色产品。", "荔浦芋", "快手"))
def sold_on_first(s: Sentence):
    for p in s.of("Platform"):
        if s.text[max(0, s.rel(p) - 2):s.rel(p)][-1:] not in ("在", "从") or _listed_before(s, p, ("Platform",))[1:]:
            continue
        listed = _listed(s, p, ("Platform",))
        end = s.end(listed[-1])
        region = _to_clause_end(s.text, end)
        if not re.match(r"(?:等)?(?:电商)?(?:平台)?(?:上|直播间|直播|开设|开通|开了|开店)", region) \
                or not re.search(said("soldOn"), region):  # 在天猫、京东等平台开设的六堡茶网店
            continue
        for product in s.of("Product"):
            if end <= s.rel(product) < end + len(region):
                for q in listed:
                    yield product, q


@relation_pattern("P平台为X开设专区 (a platform opens a section for a product)", "soldOn",
                  ("拼多多、京东等平台也为富川脐橙开设了助农专区。", "富川脐橙", "京东"))
def section_for(s: Sentence):
    for p in s.of("Platform"):
        if _listed_before(s, p, ("Platform",))[1:]:
            continue
        listed = _listed(s, p, ("Platform",))
        m = re.match(r"(?:等)?(?:电商)?(?:平台)?(?:也|还|都|均|纷纷|专门)?(?:为|给)", s.text[s.end(listed[-1]):])
        product = _starting_at(s, s.end(listed[-1]) + m.end(), ("Product",)) if m else None
        if product is not None and re.match(r"[^，。；]{0,4}(?:开设|开通|上线|推出|设立|搭建)", s.text[s.end(product):]):
            yield from pairs(_listed(s, product, ("Product",)), listed)


def _to_clause_end(text: str, end: int) -> str:
    """The text from `end` to the next 。 or ；."""
    stop = re.search(r"[。；;]", text[end:])
    return text[end:end + stop.start()] if stop else text[end:]


@relation_pattern("X销往/远销Y (sold to a market)", "soldTo",
                  ("百色芒果销往长三角和珠三角。", "百色芒果", "珠三角"))
def sold_to(s: Sentence):
    abroad = s.reference.get("abroad", ())
    for m in re.finditer(said("soldTo"), s.text):  # 销往全国 says nothing of where: no market
        yield from ((a, b) for a, b in _markets(s, m) if b.iri not in abroad and b.iri != CHINA)


@relation_pattern("X销往Y abroad (sold to a foreign market is exported)", "exportedTo",
                  ("六堡茶销往马来西亚、新加坡等国。", "六堡茶", "新加坡"))
def sold_abroad(s: Sentence):
    abroad = s.reference.get("abroad", ())
    for m in re.finditer(said("soldTo"), s.text):
        yield from ((a, b) for a, b in _markets(s, m) if b.iri in abroad)


@relation_pattern("X出口到Y (exported to a market)", "exportedTo",
                  ("广西螺霸王食品有限公司出口到越南的订单增多。", "广西螺霸王食品有限公司", "越南"))
def exported_to(s: Sentence):
    for m in re.finditer(said("exportedTo"), s.text):
        yield from _markets(s, m)


def _markets(s: Sentence, m):
    """The products or firms before the verb (沃柑、茉莉花茶等产品…销往) and each market after it."""
    first = next((p for p in s.of(*PLACES) if 0 <= s.rel(p) - m.end() <= 3), None)
    if first is None:
        return
    subject = _subject_before(s, m.start()) or _products_word(s, m.start())
    if subject is None or is_office(subject):
        return
    for h in _listed_before(s, subject, (subject.cls,)):
        for q in _market_list(s, first):
            yield h, q


# between two parts of a list of markets: 越南、印度等国，以及中东和欧美
MARKETS_GO_ON = re.compile(r"等(?:国|国家|地|地区|城市)?[，,]?(?:以及|还有|和|及)")


def _products_word(s: Sentence, at: int):
    """产品出口到… / 产品远销…: the product the sentence before spoke of, when the clause begins with 产品."""
    clause = s.text[max([s.text.rfind(ch, 0, at) for ch in "，,；;"]) + 1:at]
    last = s.reference.get("last_product") or []
    return last[-1] if last and re.match(r"(?:其|该|这些|这批)?产品", clause) else None


def _market_list(s: Sentence, first) -> list:
    """The markets listed from `first`: 越南、泰国等东盟国家 (the group after 等 too), 东盟的马来西亚、泰国 (a region's
    members), 越南、印度等国，以及中东和欧美地区 (a list that goes on)."""
    out = _listed(s, first, PLACES, max_gap=2)
    while True:
        nxt = next((p for p in s.of(*PLACES) if p.start >= out[-1].end), None)
        gap = s.between(out[-1], nxt) if nxt is not None else "-"
        if gap == "等":
            return out + [nxt]
        if not _markets_go_on(gap, out[-1]):
            return out
        out += _listed(s, nxt, PLACES, max_gap=2)


def _markets_go_on(gap: str, last) -> bool:
    return bool(MARKETS_GO_ON.fullmatch(gap)) or gap == "的" and last.cls == "Region"


# ------------------------------------------------------------------ events
@relation_pattern("由X主办", "hostedBy", ("百色芒果博览会由百色市人民政府主办。", "百色芒果博览会", "百色市人民政府"))
def hosted(s: Sentence):
    yield from _event_by(s, said("hostedBy"))


@relation_pattern("X承办", "organizedBy", ("百色芒果博览会由百色市商务局承办。", "百色芒果博览会", "百色市商务局"))
def organised(s: Sentence):
    yield from _event_by(s, said("organizedBy"))


def _event_by(s: Sentence, words: str):
    events = s.of("Event") or s.reference.get("last_event", [])
    if not events:
        return
    for m in re.finditer(words, s.text):
        pre = _agents_before(s, m.start())
        if pre:
            first = _listed_before(s, pre[-1], AGENTS)[-1]  # 容县商务局、自良镇人民政府承办: each of them
            ev = next((e for e in reversed(events) if e.start < first.start), events[0])
            for agent in _listed(s, first, AGENTS):
                yield ev, agent


AGENTS = ("Organization", "Province", "Prefecture", "Facility")


def _agents_before(s: Sentence, at: int) -> list:
    """The organisations (or a government's province or city) ending at most two characters before `at`."""
    return [sp for sp in s.spans if s.end(sp) <= at and sp.cls in AGENTS and at - s.end(sp) <= 2]


@relation_pattern("X举办Y / Y在X举行", "heldIn", ("2020年7月，田东县举办芒果产销对接会。", "芒果产销对接会", "田东县"))
def held_in(s: Sentence):
    places = s.of(*PLACES)  # 在上海市举行: a place outside Guangxi too
    for m in re.finditer(said("heldIn"), s.text):
        ev = next((sp for sp in s.of("Event") if 0 <= s.rel(sp) - m.end() <= 2), None)
        pl = [sp for sp in places if 0 <= m.start() - s.end(sp) <= 1]
        if ev is None and pl:  # Y在X举行, Y在容县自良镇开幕
            ev = _event_held_at(s, _outermost(s, pl[-1]))
        if ev is not None and pl:
            yield ev, pl[-1]


def _outermost(s: Sentence, place):
    """The first of the places written one right after another up to `place` (容县自良镇 -> 容县)."""
    before = {sp.end: sp for sp in s.of(*ADMIN)}
    while place.start in before:
        place = before[place.start]
    return place


def _event_held_at(s: Sentence, place) -> object | None:
    """The event written before 在 and the place it is held in (Y在X举行, Y将在X举行)."""
    return next((sp for sp in s.of("Event") if s.end(sp) <= s.rel(place)
                 and HELD_GAP.fullmatch(s.between(sp, place))), None)


# between an event and where it is held: 在, 7日在, 将于 9 月在, 正式在
HELD_GAP = re.compile(r"(?:将于|于|将)?\s*(?:\d{1,2}\s*月)?\s*(?:\d{1,2}\s*日)?\s*(?:将|正式|再次|也)?在")


# ------------------------------------------------------------------ organisations and places
@relation_pattern("X发布/出台/印发/制定《Y》", "issuedBy",
                  ("广西商务厅印发《广西农村电子商务三年行动计划》。", "广西农村电子商务三年行动计划", "广西商务厅"))
def issued(s: Sentence):
    for m in re.finditer(rf"{said('issuedBy')}了?(?:的)?《", s.text):
        doc = next((sp for sp in s.of("Policy") if s.rel(sp) == m.end()), None)
        pre = [sp for sp in s.of("Organization") if s.end(sp) <= m.start() and m.start() - s.end(sp) <= 6]
        if doc is not None and pre:  # a place "issuing" means its government: left to the reviewer
            yield doc, pre[-1]


@relation_pattern("X与Y签约/签订/签署…协议 (agreement)", "agreementWith",
                  ("广西螺霸王食品有限公司与京东签署战略合作协议。", "广西螺霸王食品有限公司", "京东"))
def agreement(s: Sentence):
    parties = ("Organization", "Platform", "Prefecture", "County", "Township", "Province")
    for m in re.finditer(rf"(?:与|和|同)([^，。；]{{1,30}}?)(?:正式|现场|成功)?(?:{said('agreementWith')}|签下)"
                         r"(?:了)?(?:[^，。；]{0,12}(?:协议|合作|合同|备忘录|关系|订单))?", s.text):
        b = _owned_by(s, _party_at(s, m.start() + 1, parties), parties)
        a = _party_before(s, m.start(), parties) or _clause_subject(s, m.start(), parties)
        if a is not None and b is not None and _an_agreement(m.group(0)):
            for other in _listed(s, b, parties):  # 与拼多多、京东等平台开展合作: each of them
                yield a, other
    yield from _hand_in_hand(s, parties)


def _hand_in_hand(s: Sentence, parties):
    """贺州市电子商务协会牵手抖音电商，联合开展…: the party before 牵手/携手 and the one right after it."""
    for m in re.finditer(r"牵手|携手", s.text):
        a, b = _party_before(s, m.start(), parties), _party_at(s, m.end(), parties)
        if a is not None and b is not None:
            yield a, b


def _party_at(s: Sentence, at: int, parties):
    """The mention of a party that begins at sentence offset `at`."""
    return next((sp for sp in s.spans if sp.cls in parties and s.rel(sp) == at), None)


def _owned_by(s: Sentence, b, parties):
    """与阿里巴巴旗下的1688平台达成合作: the party is the one the owner's name introduces."""
    m = re.match(r"旗下的?", s.text[s.end(b):]) if b is not None else None
    return (_party_at(s, s.end(b) + m.end(), parties) if m else None) or b


def _party_before(s: Sentence, at: int, parties) -> object | None:
    """The party right before 与/和/同 at `at` (nothing but 则, 还, 也, 已 or 将 between)."""
    return next((sp for sp in sorted(s.spans, key=lambda x: -x.start) if sp.cls in parties
                 and s.end(sp) <= at and PARTY_GAP.fullmatch(s.text[s.end(sp):at])), None)


PARTY_GAP = re.compile(r"(?:则|还|也|已|将|又|分别|先后|已经|近年来|今年|去年|日前|近日)*")


def _clause_subject(s: Sentence, at: int, parties) -> object | None:
    """该公司在拼多多开设店铺，今年还与盒马签订了协议: a clause that begins with 与 has the sentence's subject."""
    lead = s.text[max(s.text.rfind(ch, 0, at) for ch in "，,") + 1:at]
    if lead == s.text[:at] or not PARTY_GAP.fullmatch(lead):
        return None
    return next((sp for sp in s.spans if sp.cls in parties and s.end(sp) <= at), None)


def _an_agreement(words: str) -> bool:
    """Whether the words signed are an agreement (…协议, …合作, …合同, …备忘录, …关系) or a signing (签约)."""
    return words.endswith(("协议", "合作", "合同", "备忘录", "关系", "订单")) or bool(re.search("签约", words))


@relation_pattern("X由Y运营 (operated by)", "operatedBy",
                  ("田东县芒果电商产业园由广西田东供销电子商务有限公司负责运营。", "田东县芒果电商产业园", "广西田东供销电子商务有限公司"))
def operated_by(s: Sentence):
    for b in s.of("Organization"):
        if not _runs_it(s, b):
            continue
        # the facility or programme before 由, in this clause or the one before (…基地在市场内建成投用，由X运营)
        a = _subject_before(s, s.rel(b) - 1, ("Facility", "Program"), stop=r"[。；;]|[，,][^，,]*[，,][^，,]*[，,]")
        if a is not None and not _named_between(s, a, s.rel(b)):
            yield a, b


def _runs_it(s: Sentence, b) -> bool:
    """由X(负责/承担日常)运营, 委托X运营/管理: the firm named runs what comes before."""
    before, after = s.text[:s.rel(b)], s.text[s.end(b):]
    if before.endswith("由"):
        return bool(re.match(rf"(?:承担|负责|全面负责)?(?:日常|具体|整体|统一)?{said('operatedBy')}", after))
    return before.endswith("委托") and bool(re.match(r"(?:负责)?(?:运营|管理|运营管理)", after))


def _named_between(s: Sentence, a, at: int) -> bool:
    """A firm or organisation named between the facility and 由 (…园区，引进X公司，由…): the facility is not
    what the clause after it speaks of."""
    return any(s.end(a) <= s.rel(sp) and s.end(sp) <= at - 1 for sp in s.of("Organization", "Platform"))


@relation_pattern("X是/成为/被评为…Y (a designation)", "hasDesignation",
                  ("田阳区那坡镇坡圩村是当地有名的淘宝村。", "坡圩村", "淘宝村"))
def designation(s: Sentence):
    for d in s.of("Designation"):
        if _listed_before(s, d, ("Designation",))[1:]:
            continue  # listed after another designation: handled with the first
        holder = next((sp for sp in reversed(s.spans) if sp.end <= d.start and sp.cls in HOLDERS
                       and re.fullmatch(rf"”?[，,]?(?:(?:19|20)\d{{2}}年)?(?:也|还|已|先后|已经|相继|均)?{said('hasDesignation')}[^，。；、\d]{{0,10}}",
                                        s.between(sp, d))), None)
        if holder is None:
            holder = _holder_after(s, d) or _place_title_of_subject(s, d)
        if holder is not None:  # 先后获评国家地理标志保护产品、全国名特优新农产品: each of them
            yield from pairs([holder], _listed(s, d, ("Designation",)))


PLACE_TITLE = re.compile(r"(?:之乡|之都|之城|之源|瑶都)[”」]?$")


def _place_title_of_subject(s: Sentence, d):
    """荔浦是…基地，被誉为“中国衣架之都”; 梧州…，素有“中国龟苓膏之都”的美誉: a place's title said of the place the
    sentence begins with, clauses later."""
    if not PLACE_TITLE.search(d.text) or not re.search(r"(?:誉为|称为|素有|享有|号称)[“「]?$", s.text[:s.rel(d)]):
        return None
    return _place_first(s)


def _place_first(s: Sentence):
    """The place the sentence begins with (within its first few characters), if it begins with one."""
    first = min(s.spans, key=lambda sp: sp.start, default=None)
    return first if first is not None and first.cls in ADMIN and s.rel(first) <= 3 else None


def _holder_after(s: Sentence, d):
    """作为示范县，容县还… and 被誉为“中国荔枝之乡”的钦州市灵山县: the holder written after the designation."""
    before = s.text[max(0, s.rel(d) - 4):s.rel(d)]
    gap = re.match(r"”?[，,]" if before.endswith("作为") else r"”?的" if re.search(r"(?:誉为|称为|素有)“?$", before) else "$^",
                   s.text[s.end(d):])
    first = _starting_at(s, s.end(d) + gap.end(), HOLDERS) if gap else None
    return _innermost(s, first) if first is not None and first.cls in ADMIN else first


@relation_pattern("X…建设Y (builds a facility)", "builds",
                  ("田东县建设芒果电商产业园。", "田东县", "芒果电商产业园"))
def builds(s: Sentence):
    for subject, target in _built(s):
        if subject.cls != "Organization":
            yield subject, target
        elif is_office(subject):  # 梧州市商务局…建设: the city builds
            place = _office_place(s, subject)
            if place is not None:
                yield place, target


@relation_pattern("a firm builds its own facility (X公司在P建成F)", "operatedBy",
                  ("广西名山食品有限公司在玉州区建有肉牛屠宰加工基地。", "肉牛屠宰加工基地", "广西名山食品有限公司"))
def own_facility(s: Sentence):
    for subject, target in _built(s):
        if subject.cls == "Organization" and not is_office(subject):
            yield target, subject


def _built(s: Sentence):
    """(who, the new facility) for each 建设/建成/建有 the sentence says of a facility right after the verb."""
    for m in re.finditer(rf"(?<!规划)(?<!计划)(?<!拟){said('builds')}", s.text):
        target = next((sp for sp in s.of("Facility") if sp.new and _right_after(s, m.end(), sp)), None)
        subject = _builder(s, m.start())
        if target and subject and not re.search(r"[。；]", s.text[s.end(subject):m.start()]):
            yield from pairs([subject], _listed(s, target, ("Facility",)))  # 建成X和Y


def _right_after(s: Sentence, at: int, sp) -> bool:
    """The mention begins at `at`, or after words that describe it ending in 的 (建成占地1.2万平方米的香蕉产地仓)."""
    return s.rel(sp) == at or bool(re.fullmatch(r"[^，。；、]{1,14}的", s.text[at:s.rel(sp)]))


def _office_place(s: Sentence, office):
    """The place a government office is named after (梧州市商务局 -> 梧州市), as the article names it."""
    named = s.reference.get("places_by_name", {})
    return next((named[office.text[:n]] for n in range(len(office.text) - 1, 1, -1) if office.text[:n] in named), None)


def _builder(s: Sentence, at: int) -> object | None:
    """The sentence's first city, county or organisation before `at`: who builds."""
    return next((sp for sp in s.spans if sp.cls in ("Prefecture", "County", "Township", "Organization") and s.rel(sp) < at), None)


@relation_pattern("X推广/采用/探索…模式Y (a model adopted)", "adoptsModel",
                  ("田东县推广“电商+合作社+农户”模式。", "田东县", "电商+合作社+农户"))
def adopts(s: Sentence):
    for m in s.of("BusinessModel", "PovertyAlleviationModel", "TradeModel"):
        pre = s.text[max(0, s.rel(m) - 12):s.rel(m)]
        if not re.search(rf"(?:{said('adoptsModel')}|通过|依托|依靠|借助|采取)[^，。；]{{0,6}}$", pre):  # 通过“…”模式, 培训…
            continue
        holder = next((sp for sp in reversed(s.spans) if sp.end <= m.start and sp.cls in ("County", "Prefecture", "Township", "Village")
                       and not re.search(r"[。；]", s.between(sp, m))), None)
        if holder is not None:
            yield holder, m


def read_relations(sentences: list[Sentence]) -> list[dict]:
    """Every registered pattern over every sentence; each triple once per article (its first sentence)."""
    out, seen = [], set()
    for s in sentences:
        for pat in PATTERNS.values():
            for a, b in pat.find(s):
                if not (a.iri and b.iri) or a.iri == b.iri:
                    continue
                key = (a.iri, pat.predicate, b.iri)
                if key in seen:
                    continue
                seen.add(key)
                out.append({"id": "", "subject": a.iri, "predicate": GXO + pat.predicate, "object": b.iri,
                            "quote": s.text, "quote_start": s.off, "status": "proposed",
                            "note": f"pattern: {pat.name}"})
    return out


def markdown() -> str:
    """The table of registered patterns: `python -m gxkg.sources.patterns` prints it (docs/sources.md says so)."""
    rows = ["| pattern (the note of each proposal) | relation | example: sentence → subject, object |", "| --- | --- | --- |"]
    for p in PATTERNS.values():
        sentence, subj, obj = p.example
        rows.append(f"| {p.name} | `gxo:{p.predicate}` | {sentence} → {subj}, {obj} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":  # python -m gxkg.sources.patterns: the table of registered patterns
    print(markdown(), end="")
