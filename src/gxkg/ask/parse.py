"""A question, parsed once: its language, the names it uses (with the corrections made to read them),
years, relation, indicator, class and cue words, and the words it has that none of these explain.

Names are found first (the same index and matching as `gxkg search`); lexicon words are matched only
outside name spans, so a word inside a name ("goods" in a centre's name) is never read as a relation.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field, replace
import itertools
from functools import lru_cache

from .. import lazyre
from ..numbers import BIG, DIGITS, SMALL
from . import lexicon as lx

GUANGXI = "https://w3id.org/gxkg/resource/place/450000"
PLACE, TOPIC = "https://w3id.org/gxkg/ontology#Place", "https://w3id.org/gxkg/ontology#Topic"
MASK = "\u3007"  # what a recognised span becomes in the masked text


@dataclass
class Name:
    text: str
    iri: str
    start: int
    end: int
    read_as: str | None = None  # the name as the index has it, when the question's spelling was corrected


@dataclass
class Question:
    raw: str
    text: str
    lang: str
    names: list[Name] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    relations: list[str] = field(default_factory=list)  # gxo local names, in question order
    indicators: list[str] = field(default_factory=list)  # indicator IRIs (named or by their words)
    classes: list[str] = field(default_factory=list)  # gxo class local names
    kinds: list[tuple[str, str]] = field(default_factory=list)  # (word, class) of each class word, in question order
    cues: set = field(default_factory=set)
    unknown: list[str] = field(default_factory=list)  # words nothing explains
    held_instead: dict = field(default_factory=dict)  # an unknown name -> what the graph holds instead, said (兴宁区)
    top: int | None = None
    nth: int | None = None  # the place in a ranking asked (排第二, second-highest): that one alone
    words: dict = field(default_factory=dict)  # what matched each relation / indicator / cue
    soft: set = field(default_factory=set)  # indicators read from a topic's name: used only when a figure is asked
    corrected: list[tuple[str, str]] = field(default_factory=list)  # (as written, as read) for misspelt question words
    at: dict = field(default_factory=dict)  # where each relation, indicator, class or cue was first named
    quoted: str = ""  # a claim quoted to ask where it comes from (“…”这句话出自哪里): material, not question words
    excluded: list = field(default_factory=list)  # name endings of kinds left out (不算区, not districts)
    units: list = field(default_factory=list)  # units a figure is asked in (公顷, per kilogram): gxo local names
    given_units: list = field(default_factory=list)  # units of the numbers the question gives (30亿美元, 100亩)
    name_has: str = ""  # characters the names of the things asked hold (名字里带“山”的县, with 林 in the name)
    name_rules: list = field(default_factory=list)  # (property, "starts"/"ends", text): pinyin starting Long, codes ending 81
    besides: list = field(default_factory=list)  # IRIs of things named to be left out of a list (除了广西, besides Nanning)
    phrases: list = field(default_factory=list)  # words a source calls the things asked (电商品牌活动): in their sentence
    besides_owned: list = field(default_factory=list)  # those written as the owner of what is left out (国务院的批复)
    bounds: list = field(default_factory=list)  # (coordinate, above, degrees) a place must meet: south of 22°N
    bounds_said: list = field(default_factory=list)  # the bounds as written (blanked in text): 北纬25度以南
    described: list = field(default_factory=list)  # topics a class word is qualified by (cross-border e-commerce platforms)
    examples: list = field(default_factory=list)  # IRIs of things given as examples of those counted (“壮族三月三”电商节之类)
    described_out: list = field(default_factory=list)  # topics of a kind left out (besides the cross-border platforms)

    def outside_names(self) -> str:
        """The question's text in lower case with its names blanked ("county" in "Rongshui county" asks nothing)."""
        return _mask(self.text, self.names).lower()


def question_language(q: str) -> str:
    """The language of the question's own words: a claim quoted to ask about it does not count, nor do names glossed
    in brackets (the lecturer team (电子商务讲师团): an English question)."""
    return language(_unglossed(_quoted_claim(q)[0].replace(MASK, " ")))


def _unglossed(text: str) -> str:
    """The text without what it says in brackets (a name's gloss in the other language), unless nothing is left."""
    outside = re.sub(r"[（(][^()（）]*[)）]", " ", text)
    return outside if re.search(r"[A-Za-z]{2,}|[\u3400-\u9fff]", outside) else text


def language(q: str) -> str:
    """zh when the question has at least as many Chinese characters as English words (河池 in an English
    question keeps it English)."""
    cjk = len(re.findall(r"[\u3400-\u9fff]", q))
    latin = len(re.findall(r"[A-Za-z]{2,}", q))
    return "zh" if cjk and cjk >= latin else "en"


# English abbreviations people write, as the words they stand for
ABBREVIATIONS = {"cnty": "county", "incl.": "including", "incl": "including", "govt": "government", "gov't": "government", "dept": "department", "intl": "international",
                 "int'l": "international", "sqm": "square metres", "sq m": "square metres", "thx": "", "thanks": "",
                 "pls": "please", "plz": "please", "no.": "number", "approx.": "approximately",
                 "avg.": "average", "avg": "average", "thru": "through", "w/o": "without", "yr": "year", "yrs": "years",
                 "mln": "million", "govt.": "government", "cbec": "cross-border e-commerce", "fyp": "Five-Year Plan",
                 "e-comm": "e-commerce", "bout": "about", "abt": "about", "ecomm": "e-commerce", "e-com": "e-commerce", "ppl": "people", "bc": "because",
                 "b/c": "because", "lol": "", "u": "you", "r": "are", "thnx": "", "tks": "", "km": "kilometres",
                 "kilometer": "kilometres", "kilometers": "kilometres", "jul": "July", "w/": "with", "wheres": "where is",
                 "whats": "what is", "whos": "who is", "hows": "how is", "gx": "Guangxi", "top-selling": "top selling",
                 "best-selling": "best selling", "bestselling": "best selling"}
ABBREVIATED = lazyre.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(k) for k in sorted(ABBREVIATIONS, key=len, reverse=True))
                         + r")(?![A-Za-z])", re.I)


CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")


def _ethnic_words() -> tuple[str, str]:
    from ..sources.english import ETHNIC

    return "|".join(v.lower() for v in ETHNIC.values()), "|".join(ETHNIC)


# two peoples sharing one "autonomous counties": each people's kind (Miao or Dong autonomous counties)
_PEOPLE_EN, _PEOPLE_ZH = _ethnic_words()
SHARED_HEAD = lazyre.compile(rf"\b({_PEOPLE_EN})\s*(or|and|&|/|,)\s*(?:the\s+)?({_PEOPLE_EN})\s+(autonom\w*\s+count(?:y|ies))\b", re.I)
SHARED_HEAD_ZH = lazyre.compile(rf"({_PEOPLE_ZH})([、和或及与/])({_PEOPLE_ZH})自治县")


# Cantonese question words as Mandarin writes them (边度 where, 边啲 which, 嘢 thing, 嘅 的, 喺 在): Guangxi's neighbours
# and Hong Kong ask in them; after traditional characters are read as simplified
CANTONESE = (("系边度", "是哪里"), ("边度", "哪里"), ("边个", "哪个"), ("边啲", "哪些"), ("边几个", "哪几个"), ("边篇", "哪篇"),
             ("边间", "哪家"), ("边份", "哪份"), ("几时", "什么时候"), ("乜嘢", "什么"), ("咩", "什么"), ("呢句", "这句"),
             ("呢个", "这个"), ("呢篇", "这篇"), ("呢啲", "这些"), ("唔系", "不是"), ("嘢", "东西"), ("嘅", "的"), ("喺度", "在"),
             ("喺", "在"), ("啲", "些"), ("冇", "没有"), ("佢哋", "他们"), ("佢", "它"))


def _mandarin(q: str) -> str:
    """A question in Cantonese characters read with the Mandarin words (only when a Cantonese-only character is in it)."""
    if not re.search("[嘅嘢喺啲咩冇佢]|边度|边个|边篇|边几", q):
        return q
    for yue, man in CANTONESE:
        q = q.replace(yue, man)
    return q


# rough guesses offered to choose between (是两千出头还是三千出头): the figure asked, the guesses no condition
ROUGH = r"[\d一二两三四五六七八九十百千万]+(?:出头|左右|来个|多)"
ROUGH_GUESSES_ZH = lazyre.compile(rf"(?:是)?{ROUGH}(?:还是{ROUGH})+[？?，,]?")


STILL_ZH = lazyre.compile(r"还是(?=[^？?。，,]*吗\s*[？?]?\s*$)")


MULTIPLES = {"double": 2, "triple": 3, "treble": 3, "quadruple": 4, "quintuple": 5, "sextuple": 6}
MULTIPLIED = lazyre.compile(r"\b(more than |over |at least |nearly |almost )?(double|triple|treble|quadruple|quintuple|sextuple)[ds]?\b"
                            r"(?![\s-]+(?:the|its|their|that|of|digits?|figures?)\b)", re.I)  # doubled, but never "double the 2013 figure", double digits


CITY_DISTRICTS = lazyre.compile(r"([\u4e00-\u9fff]{2,3}市)(?<!的市)辖区(?!范围|内|里|以内|之内|当中|中|面积)")  # 崇左市辖区: its districts (辖区范围: its area)


# a thing's owner or place in brackets after it (直购体验中心（南宁）, 办公厅（自治区人民政府的）): said before it, as a name says it
OWNER_IN_BRACKETS = lazyre.compile(r"((?:(?![的是在和与及了把将])[\u4e00-\u9fff]){2,10})[（(]([\u4e00-\u9fff-]{2,12}?)(的?)[）)]")


# a place and a thing with 的 (那个) between them (南宁的香蕉, 信息港那个电商论坛): read as the one name they make, when the graph has it
PLACE_DE_THING = lazyre.compile(r"([\u4e00-\u9fff]{2,4})(?:的|那个|这个)(?=([\u4e00-\u9fff]{1,4}))")


def _qualifier_first(kg, m) -> str:
    """香蕉（南宁）, 贸易促进平台（中国-东盟中小企业）: the words in brackets written before the words they qualify, when
    the two make a name the graph has (南宁香蕉); a name's own (办公厅（自治区人民政府的）) before all of them."""
    left, right = m[1], m[2] + m[3]
    i = next((i for i in range(len(left) - 1) if kg.names.exact(right + left[i:])), None)
    if i is None:
        return right + left if kg.names.exact(m[2]) else m[0]
    return left[:i] + right + left[i:]


# a product said only by its figure (2017年销售额突破38亿的那个产品，…), a clause after it asking of it: the words up to the kind
THING_BY_FIGURE = lazyre.compile(r"(?:(?:19|20)\d\d年)?[^，,。？?的\d]{0,10}?(?P<n>\d+(?:\.\d+)?)\s*(?P<u>亿|万)?元?的(?:那个|这个|那款|那种|那样)"
                                 r"(?:产品|特产|东西|商品)(?=[，,]\s*\S)")
# a facility said only by its figure (开了30多家体验店的那个直销中心): the one thing with a figure of that number
FACILITY_BY_FIGURE = lazyre.compile(r"(?:那个|这个)?(?:开了|开设了?|有|入驻了?)?(?P<n>\d+(?:\.\d+)?)(?P<u>万)?(?:多|余)?(?:家|个)[\u4e00-\u9fff]{1,6}?的"
                                    r"(?:那个|这个|那家|这家)?[\u4e00-\u9fff]{0,6}?(?:直销中心|体验中心|中心|设施)")


def _thing_by_its_figure(kg, m, lang: str = "zh") -> str:
    """The name of the one thing with a figure of the number given, else the words as written."""
    from . import _lit_decimal
    from .intents import query

    value = float(m["n"]) * FIGURE_MULTIPLIERS.get((m["u"] or "").lower(), 1)
    things = {r["s"].value for r in kg.store.select(query("figure_values"), {"n": _lit_decimal(value)})}
    return kg.label(things.pop(), lang) if len(things) == 1 else m[0]


FIGURE_MULTIPLIERS = {"亿": 1e8, "万": 1e4, "billion": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6}
# the same in English (the product whose 2017 sales topped 3.8 billion yuan): that product's name
EN_THING_BY_FIGURE = lazyre.compile(r"\bthe (?:product|item|specialty|speciality|thing|one) (?:whose|with) (?:(?:19|20)\d\d )?(?:annual )?sales "
                                    r"(?:topped|exceeded|broke through|passed|reached|hit|of|over|above) (?:RMB ?|¥ ?|CNY ?)?"
                                    r"(?P<n>\d+(?:\.\d+)?) ?(?P<u>billion|million|bn|m)\b(?: yuan| RMB)?", re.I)


PERCENT_GIVEN = lazyre.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*%")
PERCENTS_SET_AGAINST = lazyre.compile(r"哪个|哪一个|哪项|哪一项|谁|更|\b(?:which|larger|higher|bigger|faster|greater|more|less|lower|smaller)\b", re.I)


def _figures_by_percent(kg, q: str) -> str:
    """28.8%和13.4%哪个更高: two or more percents set against each other, each the value of one figure only, read as
    those figures' indicators (跨境电商交易额同比增长); else the question as written."""
    found = list(PERCENT_GIVEN.finditer(q))
    if len(found) < 2 or not PERCENTS_SET_AGAINST.search(q):
        return q
    lang = "zh" if re.search(r"[\u4e00-\u9fff]", q) else "en"
    inds = [_one_indicator_of(kg, float(m[1])) for m in found]
    if None in inds:
        return q
    for m, ind in reversed(list(zip(found, inds))):
        q = q[:m.start()] + kg.label(ind, lang) + q[m.end():]
    return q


def _one_indicator_of(kg, value: float) -> str | None:
    """The indicator of the figures whose value is the one given, when they are all of one indicator."""
    from . import _lit_decimal
    from .intents import query

    inds = {r["i"].value for r in kg.store.select(query("figure_values"), {"n": _lit_decimal(value)})}
    return inds.pop() if len(inds) == 1 else None


def _de_joined(kg, m) -> str:
    """The words before a 的 (那个) without it, when they end in a name (any words, before 那个) and with the words
    after it make a name the graph has, else as written (南宁的市长: 南宁市 is 南宁 itself, the 的 kept)."""
    left, right = m[1], m[2]
    for i in range(len(left) - 1):
        for j in range(len(right), 0, -1):
            joined = kg.names.exact(left[i:] + right[:j])
            if (m[0].endswith("个") or kg.names.exact(left[i:])) and joined and joined != kg.names.exact(left[i:]):
                return left
    return m[0]


def normal(q: str, kg) -> str:
    """Width-folded, traditional characters as simplified ones (the whole question, not only names)."""
    q = unicodedata.normalize("NFKC", q).strip().translate(CORNER_QUOTES)  # 「十三五」 as the names write it: “十三五”
    q = _mandarin(kg.names.simplified(q))  # first: every wording below is written in simplified Mandarin
    q = CITY_DISTRICTS.sub(lambda m: m[1] + "的市辖区" if kg.names.exact(m[1]) else m[0], q)  # 崇左市辖区有几个
    q = OWNER_IN_BRACKETS.sub(lambda m: _qualifier_first(kg, m), q)  # 办公厅（自治区人民政府的）, 螺蛳粉（柳州）
    q = PLACE_DE_THING.sub(lambda m: _de_joined(kg, m), q)  # 南宁的香蕉: the product the graph names 南宁香蕉
    q = THING_BY_FIGURE.sub(lambda m: _thing_by_its_figure(kg, m), q)  # 2017年销售额突破38亿的那个产品: 百色芒果
    q = FACILITY_BY_FIGURE.sub(lambda m: _thing_by_its_figure(kg, m), q)  # 开了30多家体验店的那个直销中心
    q = EN_THING_BY_FIGURE.sub(lambda m: _thing_by_its_figure(kg, m, "en"), q)  # the product whose sales topped 3.8 billion
    q = _figures_by_percent(kg, q)  # 28.8%和13.4%哪个更高: the two rates of those values
    q = re.sub(r"\b(county|prefecture|township|village|provincial)\s+level\b", r"\1-level", q, flags=re.I)  # county level city
    q = re.sub(r"(?<=[A-Za-z])[-–—](?=\s)", " -", q)  # pingxiang city- where is it: a dash, never the name's
    q = re.sub(r"\b(?:by|at|as of) the end of\b", "by", q, flags=re.I)  # by the end of July 2018: by July 2018
    q = re.sub(r"\b(?:all|throughout) (?:of )?(?=(?:19|20)\d\d\b)", "the whole of ", q, flags=re.I)  # all of 2018
    q = re.sub(r"\b(?:the )?NBS[ -]?(?:20\d\d)?(?: edition)?(?= division data\b)|\b(?<=the )20\d\d(?= division data\b)", "", q, flags=re.I)  # per the NBS 2023 division data
    q = re.sub(r"\b(?:tied\s+(?:for|at)\s+)?(?:the\s+)?(?:last|bottom)\s+place\b", "least", q, flags=re.I)  # tied for last place
    q = re.sub(r"\b(?:tied\s+(?:for|at)\s+)?(?:the\s+)?first\s+place\b", "most", q, flags=re.I)
    q = re.sub(r"\binformations\b", "information", q, flags=re.I)  # what informations: as non-native English writes it
    q = re.sub(r"^\s*(?:[A-Za-z]+\s+){0,2}check\s*:\s*", "", q, flags=re.I)  # Caption check: a preamble, no condition
    q = SHARED_HEAD.sub(lambda m: f"{m[1]} {m[4]} {m[2]} {m[3]} {m[4]}", q)  # Miao or Dong autonomous counties
    q = SHARED_HEAD_ZH.sub(r"\1自治县\2\3自治县", q)  # 苗族或侗族自治县: each people's kind
    q = re.sub(r"\b(prefecture-level|prefectural|city) government\b", "prefecture-level city", q, flags=re.I)  # reports to
    q = re.sub(r"\bunder the management of\b", "under the administration of", q, flags=re.I)
    q = re.sub(r"\bweb site\b", "website", q, flags=re.I)
    q = re.sub(r"\b(?:the\s+)?countryside\b", "rural", q, flags=re.I)  # countryside e-commerce: rural
    q = re.sub(r"\b(lump(?:s|ed)?|group(?:s|ed)?)\s+together\b", r"\1", q, flags=re.I)  # lumps together: no sum
    q = re.sub(r"\b(file|source|article|report|record|dataset|data set|document|table|row)(s?)\s+(?:documents|documented|records|recorded)\b",
               r"\1\2 says", q, flags=re.I)  # what file documents the renaming: a verb, no policy documents
    q = re.sub(r"\bonline (?:commerce|trade)\b", "e-commerce", q, flags=re.I)  # cross-border online trade
    q = re.sub(r"\bdirect[- ]buy\b", "direct-purchase", q, flags=re.I)
    q = re.sub(r"\b(how (?:fast|quickly|much)\s+(?:did|has|have|does|do)\s+.{3,80}?)\s+expand(?:ed)?\b", r"\1 grow", q,
               flags=re.I)  # how fast did cross-border e-commerce expand: grow (never its business reaching places)
    q = re.sub(r"\b([A-Za-z]+)-nationality\b", r"\1", q, flags=re.I)  # Yao-nationality autonomous counties
    q = re.sub(r"\b(longitude|latitude)-wise\b", r"by \1", q, flags=re.I)
    q = re.sub(r"\bdiji\s*shi\b", "prefecture-level city", q, flags=re.I)  # which diji shi: pinyin of 地级市
    q = MULTIPLIED.sub(lambda m: f"grow {m[1] or 'at least '}{MULTIPLES[m[2].lower()]} times", q)  # more than quintuple: grow more than 5 times
    q = re.sub(r",?\s*(?:according to|going by|based on|judging by|by) (?:the|their|its) (?:coordinates|latitudes?|longitudes?|lat/long|map)\b",
               "", q, flags=re.I)  # southernmost according to the coordinates: what any such answer rests on
    q = re.sub(r"\bthe shi\b", "the city", q, flags=re.I)  # what's the shi above it: pinyin of 市
    q = re.sub(r"(?<=贸易|电商|产业|企业|基地|农户)加(?=[\u4e00-\u9fff]{2})", "+", q)  # 互市贸易加跨境电商: the model's +
    q = re.sub(r"\b(?:China|the country)['’]s\s+(?=western\s+provinces\b)", "", q, flags=re.I)  # China's western provinces
    q = re.sub(r"(?<=[A-Za-z])\s+(?:vs\.?|versus)\s+(?=[A-Z])", " and ", q)  # Xiangzhou County vs Xiangshan District: the two
    q = re.sub(r"(?:的)?(?:数据|数字)(?:一共|总共|共)?有(几|多少)(?:条|项|个)", r"有\1条数据", q)  # 关于产品的数据有几条: the figures counted
    q = re.sub(r"(\d{1,2}\s*月)(?:底|末|份)", r"\1", q)  # 到2018年7月底: by July 2018
    q = ROUGH_GUESSES_ZH.sub("", q)  # 是两千出头还是三千出头？具体多少: the figure, whichever it is
    q = STILL_ZH.sub("是", q) if q.count("还是") == 1 else q  # 现在的代码还是450331吗: still, no choice of two
    q = re.sub(r"(?:\bthe\s+)?(\d[\d,.]*[\s-]*(?:trillion|billion|million|thousand|亿|万)?[\s-]*(?:yuan|rmb|cny|元|%|percent)?)\s+(?:mark|threshold|barrier)\b",
               r"\1", q, flags=re.I)  # broke through the 3 billion yuan mark
    q = re.sub(r"\bthe old (?=[A-Z])", "", q)  # the old Hengxian: the place by its old name
    q = re.sub(r"\bput (\S+(?: \S+)?) on the list of\b", r"named \1 among", q, flags=re.I)  # the reply that put Nanning on the list
    q = re.sub(r"\b(the two|both)(?: stated)? (?:totals|levels|volumes|figures)\b", r"\1 stated figures", q, flags=re.I)  # from the two stated totals
    q = re.sub(r",?\s*(?:per|according to|based on|going by|in) (?:your|the graph's|the project's) (?:sources|data|records|graph)\s*([?？.]?)\s*$",
               r"\1", q, flags=re.I)  # …, per your sources?: what every answer rests on, no source asked
    q = re.sub(r"\bof the (two|three|four) (?:border |frontier )?(?:crossings|cities|towns|counties|places|ports)\b", r"of the \1", q,
               flags=re.I)  # which of the two border crossings sits further south, A or B
    q = re.sub(r"(\b(?:'s|the|of|all)\s+)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\s+"
               r"(?=(?:prefecture|prefectures|prefecture-level|cities|counties|districts|county-level)\b|地级市|设区市)", r"\1", q, flags=re.I)  # Guangxi's fourteen
    q = re.sub(r"[（(]\s*(?:含|包括|包含)\s*[\d一二两三四五六七八九十]+\s*个?\s*(?:在内)?\s*[)）]", "", q)  # 两个以上（含两个）: 以上 holds it
    for pattern, written in EVERYDAY_SUB:
        q = pattern.sub(_everyday, q) if written.search(q) else q  # 准不准, quintupled
    q = re.sub(r"\bcross-border (?=(?:platforms?|companies|company|enterprises?|centres?|stores?|shops?|facilities|facility)\b)",
               "cross-border e-commerce ", q, flags=re.I)  # cross-border platforms: of cross-border e-commerce, no volume asked
    q = re.sub(r"\b(named|called) after\b", r"\1 for", q, flags=re.I)  # the jasmine tea named after Hengxian: no after
    q = OR_MORE.sub(lambda m: ("at least " if m.group("way").lower() in ("more", "above", "over", "higher", "bigger", "larger", "greater")
                               else "at most ")
                    + m.group("n"), q)  # 150,000 jobs or more: at least 150,000 jobs
    q = re.sub(r"^\s*where (?:does it say|is it (?:said|stated|written)|did you (?:read|get|find))(?: that)?\b", "Which source says", q,
               flags=re.I)  # Where does it say that the centre's business reached Jiangxi?
    q = re.sub(r",?\s*and (?:in what|in which) (?:words|wording)\s*[?？]?\s*$", "? Quote it.", q, flags=re.I)
    q = INFO_FROM.sub(lambda m: f"Which source says {m.group('claim')}?", q)  # where does the information that … come from
    q = FIGURE_FROM.sub(lambda m: f"Which source gives {m.group('figure')}?", q)  # where does the 13.4% growth … come from
    q = INFO_ON.sub(lambda m: f"Which sources does the graph cite for {m.group('topic')}?", q)
    q = KIND_GLOSS.sub(_kind_glossed, q)  # counties (xian)
    q = re.sub(r"\bcount(?:y|ies)\s*[(（]\s*(?:xian|县)\b[^)）]{0,120}[)）]", _counties_glossed, q, flags=re.I)
    q = re.sub(r"\b(?:only|just) (?:the )?count(?:y|ies)\b(?=\s*[,，;；]\s*not\b)", "only plain counties", q, flags=re.I)  # only county, not …
    q = LEVEL_GLOSS_ZH.sub("", q)  # 县级单位（县、县级市、区）: the kinds the class word already holds
    q = re.sub(r"(?<=[\u4e00-\u9fff])为何(?=[？?。，,；;]|$)", "是什么", q)  # 原名为何: what, not why
    q = re.sub(r"^\s*(?:(?:fact-check(?: request)?[.:]\s*)?(?:(?:some )?(?:reports|media|news reports|sources|people|articles)|someone|"
               r"(?:a|an|one|the|my|our) (?:[\w'’-]+ ){0,2}?(?:columnist|reporter|journalist|blogger|writer|article|report|post|website|commentator|"
               r"friend|colleague|draft|source|newsletter|speech|paper|brochure|presentation|slide|memo|email|client|boss|director|manager|"
               r"partner|blog|magazine|press release|textbook|briefing|deck|note|story|piece|item|headline|feature)"
               r"(?: (?:I'm|I am|we're|we are) (?:checking|reading|editing|reviewing|fact-checking))?) (?:say|said|says|claim|claimed|claims|write|writes|wrote|"
               r"argue|argues|argued|state|states|stated)(?: that)?|claim:)\s*[:,]?\s*", "", q,
               flags=re.I)  # Reports say the forum is held in Guilin. Is that correct?: the claim is checked
    q = re.sub(r"[.。]?\s*\bverify(?: (?:it|this|that))?\s*[.?!]?\s*$", ", right?", q, flags=re.I)
    q = re.sub(r"\bcent(?:er|re)s?\b", lambda m: "centres" if m.group(0).lower().endswith("s") else "centre", q, flags=re.I)
    q = re.sub(r"\bin western china\b", "among western provinces", q, flags=re.I)  # ranked second in western China
    q = re.sub(r"\s*\b(?:near|on|by|at) the (?:vietnam(?:ese)?|sino-vietnamese|china-vietnam) border\b", "", q, flags=re.I)
    q = re.sub(r"\b(?:e-commerce )?promotion and (?:skills )?training\b", "training", q, flags=re.I)  # benefited from …
    q = re.sub(r"\b(?:set|scheduled|slated|planned) for\b", "held on", q, flags=re.I)  # is the forum set for 13 September
    q = re.sub(r",?\s+or not\s*([?？])?\s*$", r", right?", q, flags=re.I)  # SAP is settled in Guangxi or not?
    q = re.sub(r"\b(farthest|furthest|further|farther) to the (north|south|east|west)\b", r"\1 \2", q, flags=re.I)
    q = ABBREVIATED.sub(lambda m: ABBREVIATIONS[m.group(0).lower()], q)  # govt, intl, sqm, thx
    q = re.sub(r"[两三四五六七八九十几]大(?=[\u3400-\u9fff]{2})", "", q)  # 三大议题: the topics (the graph says how many)
    q = HALF.sub(lambda m: m.group(1) + " 50%", q)  # below half, 超过一半: 50%
    q = re.sub(r"\bback in (?=(?:19|20)\d{2}\b)", "in ", q, flags=re.I)  # back in 2013: in 2013
    q = re.sub(r"^[据據](?:估算|估计|統計|统计)[，,]?\s*", "", q)  # 据估算，…: as the source estimates, no working back
    q = TENTHS.sub(lambda m: f"{m.group(1)}{'一二三四五六七八九'.index(m.group(2).replace('两', '二')) * 10 + 10}%", q)  # 超过三成: 30%
    q = WORDS_NUMBER.sub(_words_number, q)  # fifty-five thousand: 55000
    q = BOUND_WORD_NUMBER.sub(lambda m: f"{m.group(1)} {SMALL_EN.index(m.group(2).lower())}", q)  # more than ten: 10
    return q


# a bound said after its number (150,000 jobs or more, 10 or fewer)
OR_MORE = lazyre.compile(r"(?P<n>\b\d[\d,.]*(?:\s*(?:%|percent|billion|million|thousand|yuan|万|亿))?(?:\s+[A-Za-z-]+){0,2}?)\s+or\s+"
                     r"(?P<way>more|above|over|higher|bigger|larger|greater|less|fewer|below|under|lower|smaller)\b(?!\s+than)", re.I)
# the thanks a sign-off begins with: after it, to the end, come only names, titles and organisations (no question)
THANKS = (r"(?:many thanks|much appreciated|tq(?:vm)?|thx|tks|ty|thanks(?: a lot| so much| in advance| again)?|"
          r"thank you(?: very much| so much| in advance| kindly)?(?: and (?:best |kind |warm )?regards)?)")
# a figure said after "how far apart …": the gap between two figures, not the distance between two places
FIGURE_AFTER = (r"[^?？]*\b(?:sales|turnover|volume|revenue|figures?|numbers?|value|transactions?|exports?|imports?|prices?|"
                r"output|totals?|counts?|shares?|growth)\b")
# everyday wordings, as the words the lexicon has (pattern, replacement); each pattern matches its own text only
# an estimate asked (据此估一下, 推算): the table reads what is to be estimated after it, and _estimate_asked asks it
ESTIMATE_LEAD = r"(?:据此|由此|以此|照这个|按这个|照此|按此)?"  # by this (据此, 照这个): what was given before it
ESTIMATE = ESTIMATE_LEAD + r"(?:估一下|估算一下|估算|推算一下|推算|倒推一下|倒推|反推|算一下|算算|估计一下)"
EVERYDAY = (
    (r"^\s*(?:good (?:day|morning|afternoon|evening)|hello|hi|hey|greetings|dear (?:sir or madam|sir ?/ ?madam|sir|madam|all)|你好|您好|大家好)(?:\s+there)?\s*"
     r"[!！,，.。]\s*", ""),  # Good day! May I know …
    (r"^\s*(?:hi|hello|hey|dear)\s+(?:team|all|there|folks|everyone|colleagues|sir|madam|friends)\s*[,!.]?\s*", ""),  # Hi team,
    ("|".join(f"{c}没{c}" for c in "来去办搞开做用建落上"), lambda t: "有没有" + t[0]),  # 谷歌来没来广西发展: whether it came (进没进 is its own, below)
    (r"^\s*(?:please\s+)?name\s+(?=(?:every|all|each|the|any)\s+(?:\w+\s+){0,2}?(?:products?|counties|cities|prefectures|events|policies|platforms|companies|firms|models|programmes|programs|topics|industries)\b)",
     "List "),  # Name every product from Baise: the list asked, not a name
    (r"(?:出|产)(?:啥|什么|哪些)(?:好东西|东西|好货|宝贝|土货|好物)", "有哪些特产"),  # 百色出啥好东西: its products
    (r"\b(?:e-?commerce\s+)?transaction\s+totals\b", lambda t: t[:-len("totals")] + "volume"),  # e-commerce transaction totals for 2013
    (r"\b(?:volume|sales|turnover)\s+(?:figures|numbers|stats|statistics)\b", lambda t: t.split()[0]),  # transaction volume figures for 2013
    (r"\btheme\s+(?:line|slogan|phrase|statement|tagline)\b", "theme"),  # the official theme line of the forum
    (r"(?:(?<=另一个)|(?<=的))边境(?=城市|县城|县|市)", ""),  # …的另一个边境城市: the city described, its being on the border already said (崇左那个边境城市: a claim)
    (r"(?:村里的|送货的)(?=物流|快递|配送)", ""), (r"(?<=卖)额(?=凑)|(?<=^卖)额", "的销售额"), (r"凑(?:一块儿|一块|一起|到一起|在一起|一堆)", "加起来"),
    (r"(?:跟|和|与)([^，,。？?]{1,16}?)沾边的?", lambda t: re.sub(r"沾边的?$", "相关的", t)),  # 跟“一带一路”沾边的信息
    (r"\b(?:what|which|the|its|a|under) headline\b(?! (?:products?|figures?|numbers?|items?|goods|specialt))", lambda t: t.split()[0] + " title"), (r"\bran (?:that|the|this) (?:story|piece|report|article)\b", "reported it"),
    (r"(?<=网店|店铺)(?:数量|数)?占全国(?:的)?(?:比重|比例|份额|占比)(?=[^？?]{0,24}(?:和|跟|与|同|还是|，|,)[^？?]{0,16}占)", "占全国店铺数比重"),  # 网店占全国的比重，跟…占…的比重: two shares
    (r"(?<=占)(?:外贸)?进出口(?:总额)?(?:的)?(?:比重|比例|份额|占比)(?=[^？?]{0,6}(?:哪个|谁|哪一个))", "进出口总额比重"),
    (r"(?<=[\u4e00-\u9fff])(?:这条|那条|这个|那个)(?=产业链)", ""), (r"(?<=产业链)(?:讲|说)的是(?:什么|啥)", "是什么"),  # 广西米粉这条产业链讲的是什么
    (r"\bhow many (?:people|persons|individuals|farmers|villagers|trainees)(?: (?:were|have been|had been|got|received|took|underwent|attended))? "
     r"(?:rural )?(?:e-?commerce )?(?:trained|training)\b", "how much rural e-commerce training was"),  # how many people were trained: the person-times
    (r"培训了?多少人(?!次)", "培训了多少人次"),
    (r"(?<=多)(?:卖|赚|挣|销售|售出)?了?几成", lambda t: t[:-2] + "百分之几"),  # 南宁香蕉比百色芒果多卖几成: the percent more
    (r"\bwhere (?:does|did) (?:the |this |your )?(?:knowledge )?(?:graph|database|data ?set|kg|tool) (?:get|take|find|obtain) (?!its\b|their\b|information\b|data\b|info\b)\S.{0,60}? from\b",
     lambda t: re.sub(r"(?i)^where (?:does|did) .*? (?:get|take|find|obtain) (.*) from$", r"where does \1 come from", t)),  # the figure's source, not every source of the graph
    (r"(?<=超过|多于|高于|不到|少于|不足|低于|大于|突破|达到|至少)[一二两三四五六七八九]?[十百千](?:[零一二两三四五六七八九十百千])*(?![万亿])",
     lambda t: _cn_whole_number(t)),  # 到场人数有没有超过一千: the bound in digits (1000), read as one
    (r"^\s*(?:(?:the|their|give me the|i need the)\s+)?names?\s*[,:]?\s*(?:please\s*[,:]?\s*)?of\s+(?=(?:every|all|each|the)\b)", "List "),  # Names, please, of every ASEAN company …: the list asked
    (r"^\s*(?=(?:every|all(?: the)?)\s+(?!in\b|told\b|right\b|along\b)[A-Za-z])", "List "),  # Every ASEAN company the platform worked with?: the list
    # latent wrong answer: up, said of a percent or of a year before (how much % up, percent up vs 2016), is the growth, never the volume
    (r"(?:(?<=%)|(?<=\bpercent)|(?<=\bper cent))\s*up\b", " growth"),
    (r"\bhow (?:much|far) up(?=\s+(?:on|vs\.?|versus|over|from|against|compared|year-on-year|yoy)\b)", "how much growth"),
    (r"\b(?:was |were |is |been )?up (?=(?:by )?[\d.]+\s*(?:%|percent|per cent))", "grew "),  # the 42.5 billion was up 28.8%: a rise
    (r"(?<=\w )(?:holding|bearing|carrying|holding onto) (?=(?:the|a|an) (?:[\w-]+ ){1,6}?(?:designation|title|status|label|badge)\b)", "with "),  # counties holding the demo-county designation
    (r"^\s*(?:two|three|four|five|six|both|these|the following)\s+(?:[\w-]+\s+){0,3}?(?:brands|products|items|goods|specialties|names|things|places)\s*[,:—–-]+\s*", ""),  # Three farm-and-food brands, 2017 turnover each: A, B, C
    (r"(?:这|那|以下|下面)?(?:两|三|四|五|六|几)(?:个|款|种|样)(?:农产品|品牌|产品|特产|名牌|土特产)(?=[^：:？?]{0,20}[：:])", ""),  # 这三个品牌2017年各卖了多少：A、B、C
    (r"^\s*[\u4e00-\u9fff]{1,8}?(?:打听|想问|问一下|问问|想了解|想知道|请教)\s*[：:，,]\s*", ""),  # 茶商打听：… (who asks, not what)
    (r"(?<=[\u4e00-\u9fff])(?<![的了])(?:这|那)(?:款|种|样)(?:黑茶|绿茶|红茶|白茶|花茶|茶叶|水果|果子|米粉)(?=出自|产自|来自|是|在|的|属于|归)", ""),  # 六堡这款黑茶出自哪个市
    (r"(?<=产地)(?:被)?(?:标注|标明|注明|标记|写)(?:为|成|的是|是)", "是"),  # 产地标注为南宁的特产
    (r"\b(?:business|retail|trade|commercial|operating) format\b", "business model"),  # follows what business format
    (r"(?:(?<=\bbeen )|(?<=\bbe ))(?:recogni[sz]ed|designated|certified|accredited|selected|confirmed|rated|listed) as(?= (?:an? |the )?(?:[\w-]+ ){0,5}?(?:villages?|count(?:y|ies)|zones?|cit(?:y|ies)|towns?|bases?)\b)",
     "named"),  # Has Hantang Village been recognised as a Taobao village?
    (r"^\s*(?:i(?:'ve| have)? )?(?:heard|was told|hear)(?: (?:that|somewhere that|somewhere))?\s+(?=(?-i:[A-Z]))", ""),  # Heard Nanning got pilot-zone status — true?
    # round 182's wrong answers: a second sentence asking whether the first is on record (有统计吗) adds nothing asked: never
    # a yes or no of its own; who asked beside another relation (the operator running it) asks the organisation alone
    (r"(?<=[？?。.，,])\s*(?:有|有没有|是否有)(?:官方)?(?:统计|数据|记录|数字|准确数字|具体数字|确切数字)(?:吗|么|没有|没)?\s*[？?]?\s*$", ""),
    (r"\s*[—–-]+\s*(?:any|got any|have you got any|do you have (?:a|any))\s+(?:data|figures?|numbers?|stats|statistics|record|company names?|names?)(?: on (?:that|it|this))?\s*\?*\s*$", "?"),
    # round 182's refusals: everyday wording
    (r"\bheadline (?=(?:numbers?|figures?|stats|statistics|data|metrics)\b)", ""), (r"\bsign(?:ed|s)? (?:it |this |that |them )?off(?: on)?\b", "issued"),
    (r"主打(?:的)?(?:是)?(?=什么|哪些|啥|哪种|哪款|哪个)", "涉及"), (r"进口(?:的)?(?:货品|货物|货|东西)(?!源)", "商品"),
    (r"\bunder (?=(?:what|which) (?:theme|slogan|banner|motto)\b)", "with "), (r"\bbeing (?:run|staged|organi[sz]ed)\b", "held"),
    (r"\s*\bin a nutshell\b", ""), (r"\bwhat(?:'?s| is) the (?:deal|story|scoop|lowdown) (?:with|on|about)\b", "what is known about"),
    (r"^\s*(?:wat|wht|whta|waht)\b", "What"), (r"(?<=['\"’”])\s*[—–]+\s*the [^—–?]{3,40}?\s*[—–]+\s*", " "),  # 'Dunhuang wang' — the cross-border B2B site — come to Guangxi
    (r"^\s*(?:[A-Za-z-]+\s+){1,3}here\s*[,:—–-]+\s*(?:(?:profiling|covering|researching|writing (?:up|about))\s+(?=[A-Z]))?", ""),  # Journalist here, profiling …
    (r"\b(?:product|goods)[- ](?:range|assortment|line-?up)\b", "SKU"),  # its size, tenant and product-range numbers
    (r"^\s*(?:in|under|for|within|across) the (?:national )?rural (?:e-?commerce )?(?:demo|demonstration)(?: county| counties)? (?:work|programme|program|drive|effort|scheme|push|project|campaign)\s*[,:—–-]\s*",
     "In rural e-commerce, "),  # Under the rural demo programme, what's the tally of …
    (r"(?:估算|估计|统计)下来(?=[^，,。？?]{0,3}(?:带|有|是|达|共))", ""),  # 广西这边估算下来带了多少人就业 (推算下来: an estimate asked)
    (r"[,，]\s*plus\s+(?=(?:the|its|their|a|an|how|what|which|when|where|who)\b)", ", and "),  # X in 2013 and 2017, plus the average growth: one more part, no sum
    (r"(?<=\w)\s+(?:that |which )?the (?:article|piece|story|source|report) (?:gives|states|cites|reports|quotes|mentions|says|lists)\b(?=\s*[.?!,]|\s*$)", ""),
    (r"\bfold(?:s|ed|ing)? into\b", "include in"),
    (r"\b(?:does|did) the (?:article|piece|story|source|report|text) (?=(?:fold|include|put|group|place|file)\b)", "does the graph "),  # what it mentions stays the article's
    (r"平均(?:一个|一家|一位)", "平均每个"), (r"(?:出|发|下)的文(?=\s*[？?。]|\s*$)", "发布的"),
    (r"(?:把)?业务(?:铺|扩|延伸|拓)(?:到|展到)了?(?:外面|外地|省外|区外)?", "业务拓展到"),  # 把业务铺到了外面几个省
    (r"(?<=[\u4e00-\u9fff]{2})(?:那家|这家|那个|这个)(?:卖|做|搞|开|经营)[^，,。？?]{1,8}?的(?=[\u4e00-\u9fff]{2,6}(?:中心|平台|基地|市场|馆|园))", ""),  # 钦州保税港那家卖进口商品的直销中心
    (r"哪一?级(?:的)?(?:政府|部门|机关)", "谁"),  # 是哪一级政府出的文: the body that issued it says its level
    # a figure bound said with 比 (比30亿多, 比1亿少): the bound on the things listed, never a ranking of them
    (r"比\s*\d+(?:\.\d+)?\s*(?:(?:万亿|亿|千万|百万|万|千)(?:元|美元|人次|人|个|家|户)?|元|美元|人次|人|个|家|户)\s*(?:还)?(?:要)?(?:多|高|大|少|低|小)(?![\u4e00-\u9fff]{0,3}(?:多少|几))",
     lambda t: ("超过" if t[-1] in "多高大" else "低于") + re.sub(r"^比\s*|\s*(?:还)?(?:要)?[多高大少低小]$", "", t)),
    (r"\b(?:beat|beats|outsold|outsell|outsells|outstripped|outpaced|eclipsed)\s+(?=(?:RMB|CNY|¥|US\$|\$)?\s*\d)", "exceeded "),  # products that beat 3 billion yuan: a bound
    (r"(?<=[,，])\s*(?:with |including )?(?:the )?[^,，?]{3,60}? (?:among them|included|one of them|being one)\s*(?=[,，])",
     lambda t: " like the " + re.sub(r"^\s*(?:with |including )?(?:the )?|\s+(?:among them|included|one of them|being one)\s*$", "", t)),  # events, the Sanyuesan festival among them,: an example
    (r"[,，]\s*(?=(?:are|is) there\s*\?*\s*$)", " "),  # How many events, like the festival, are there?
    (r"\s*\((?:[\w.]+-(?:type|like|style)|like [\w. -]{2,30}?|e\.g\.[^)]{1,40}?|such as [^)]{1,40}?)(?: [\w-]+){0,2}\)", ""),  # firms that entered Guangxi (JD-type companies)
    (r"超出(?=多少|了多少)", "超了"),  # 超过400亿了吗？超出多少: by how much
    # round 183's refusals: everyday wording
    (r"^\s*put (?=.{3,80}? next to )", "Compare "), (r"\bnext to\b", "with"), (r"\s*\bso (?:i|we|you) can (?:see|compare|show|gauge)\b[^?.]*", ""),
    (r"(?<=\bof )the country(?:'s total)?\b", "the national total"), (r"\b(?:listed |named |mentioned )?alongside\b", "like"),
    (r"^\s*(?:agenda|quick|fact|sanity|reality) check(?: for(?= the\b| our\b| my\b))?\s*[:—–-]?\s*", ""),
    (r"牵头(?=主办|组织|承办|发起)", ""), (r"\bhandles? the (?:actual |day-to-day |hands-on |practical )?organi[sz]ing\b", "organises"),
    (r"(?:(?<=\bpolicy )|(?<=\bdocument )|(?<=\bplan ))covers\b", "is about"),
    (r"\b(?:certified|officially recognised|officially recognized|official|designated|accredited) (?=(?:an? )?(?:Taobao village|demonstration|demo)\b)", ""),
    (r"\brun (?=(?:its|the|a|that|this) (?:piece|story|article|report)\b)", "published "), (r"\bwhich government (?=department|body|agency|office)", "which "),
    (r"货品(?=SKU|sku|数)", "商品"),
    (r"\b(?:gave|gives|cited|quoted) (?=the [\d,.]+\b)", "reported "), (r"\bavailable (?=per\b)", ""),
    (r"(?:啥|什么)背景", "有哪些信息"), (r"^\s*[\w -]{2,20}? scan\s*[:：]\s*", ""),
    (r"二零([一二三四五六七八九零〇]{2})年", lambda t: "20" + "".join("0123456789"["零一二三四五六七八九".index(c) if c != "〇" else 0] for c in t[2:4]) + "年"),
    (r"嘅", "的"), (r"係", "是"), (r"幾多|几多", "多少"), (r"邕城|邕州", "南宁"),
    # round 184's refusals: everyday wording
    (r"排老几", "排第几"), (r"硬(?=指标)", ""), (r"(?:那|这)套(?=技能|培训)", ""), (r"\bministry-level\b", "national"),
    (r"\bsolo (?=(?:web|online|e-?)?[ -]?(?:stores?|shops?)\b)", "individual "), (r"\b(?:web|online)[- ]?(?:store|shop)[- ]?(?:owners|keepers|operators)\b", "online shops"),
    (r"(?:(?<=e-commerce )|(?<=ecommerce ))(?:setup|set-up|arrangement|scheme)\b", "model"), (r"\b(?:settled|relocated) into\b", "settled in"),
    (r"[,，]?\s*(?:going|judging) by (?:the|your) (?:graph|data|database|records?|kg)\b", ""), (r"老字号(?:”|\")?(?=大集)", "老字号电商"),
    (r"(?<!ASEAN )\binfo(?:rmation)?[\s-]harbou?r\b(?![\s-]+(?:e-?com\w*[\s-]+)?(?:forum|summit|conference))", "China-ASEAN Information Harbor"),  # the Information Harbor, no forum
    (r"\brice noodles in Guangxi\b", "Guangxi rice noodles"), (r"\bput (?:in)?to (?:practice|action|effect|place|motion)\b", "implemented"),
    (r"\b(up|down)stream (?:farming |agricultural |agri-?(?:culture)? |primary )?(?:sectors?|industry|industries|businesses|activities|trades)\b",
     lambda t: t.split("stream")[0] + "stream industries"),
    (r"(?:明确)?是?为[^，,。？?]{2,20}?服务的", lambda t: "是关于" + re.sub(r"^(?:明确)?是?为|服务的$", "", t) + "的"),  # 哪几份是为农村电商服务的
    (r"是[\u4e00-\u9fff]{0,4}哪个(?:县|市|区|镇|乡|村)出的", lambda t: "产自" + t[1:-2]),  # 凌云茶是百色哪个县出的
    (r"\b(?:model|mode|form|type) of (?:operation|operations|business)\b", "business model"),
    (r"\b(?:aim|aims|aimed|intend|intends|intended|seek|seeks|sought) to (?=[a-z])", ""),  # what did the forum aim to promote
    (r"\b(?:break|broke|broken|crack|cracked|top|topped|pass|passed|cross|crossed|clear|cleared) (?:the )?[\d.,]+\s*(?:bn|billion|million|mn|m)?[- ]?(?:yuan|rmb)?[- ]mark\b",
     lambda t: "exceed " + re.sub(r"^\w+ (?:the )?|[- ]mark$", "", t).replace("-", " ")),  # break the 40bn-yuan mark
    (r"\b(?:break|broke|broken|crack|cracked|cross|crossed|clear|cleared)(?: through)? (?=(?:the )?(?:RMB|CNY|¥)?\s*\d)", "exceed "),  # crack 50 billion yuan
    (r"^(?!\s*(?:is|are|was|were|did|does|do|has|have|had)\b)[^—–?]{3,80}?\s*[—–]\s*(?:over|above|beyond|past|more than|at least|under|below|less than)\s+(?=[\d.¥$]|(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred)\b)[^?—–]{1,30}?\s*(?:yet|already|now)?\s*\?\s*$",
     lambda t: _dash_bound(t)),  # Rural e-com penetration in Guangxi — beyond seventy per cent yet?
    (r"\bbeyond(?= (?:[\d.]+|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred)\b)", "above"),
    (r"有(?:啥|什么)瓜葛(?:没|没有|吗)?", "有什么关系"), (r"说(?:它|他|她|它们)(?=跟|和|与|同)", ""),
    (r"(?:(?<=article's )|(?<=piece's )|(?<=story's )|(?<=source's ))headline\b|\bheadline(?= of (?:the|that|this|its) (?:article|piece|story|source|report)\b)", "title"), (r"\bfrom cheap to (?:pricey|expensive|dear)\b", "in price"),
    (r"\bwhat must (?:the |its |their )?[^?]{3,60}? have been\b", lambda t: "what was " + re.sub(r"^what must | have been$", "", t)),
    (r"\s*[—–-]*\s*\bwork (?:it|that|this) out\b", ""), (r"\bup to(?: down)? in\b", "doing in"),
    (r"(?:这|那)(?:种|类|样的)(?:外企|外资企业|洋企业)", ""), (r"\bbase (?:that|this|it|these|those) on\b", "use"),
    (r"^\s*back[- ]?(?:calculate|compute|work out)(?: (?:it )?for me)?\s*[:：,，]\s*", ""),
    (r"\b(?:made up of|made of|composed of|consists? of|comprises?)\b", "include"), (r"(?<!national )(?<!nationwide )\bstore count\b", "number of stores"),
    (r"(?<=[.!。])\s*(?:what|how much|how many) (?:were|are|was|is) (?:they|those|these|them|it)\s*\?\s*$", ""),  # I need the 2017 sales for A, B and C. What were they?
    (r"(?<=\w )(?:two|three|four|five|six|several|these|the following) (?:[\w-]+ ){0,2}?(?:specialties|specialities|products|brands|items|goods)\s*[-—–:]+\s*", ""),
    # round 185's wrong answers: 来源地区 is where goods come from, never the source; a share worked from (compute the
    # total from the value and its share) is the whole's; 给电商保驾护航 supports e-commerce
    (r"(?:的商品)?(?:SKU|sku)?(?:覆盖|涵盖)了?(?=(?:哪些|哪几个)(?:来源|货源)?(?:地区|地方|国家))",
     lambda t: "的商品来自" if t.startswith("的商品") else "来自"),
    (r"(?:(?<=哪些)|(?<=哪几个))(?:来源|货源)(?=地区|地方|国家)", ""), (r"(?:为|给|替)(?:电商|电子商务)(?:发展)?保驾护航的", "支持电子商务发展的"),
    (r"(?:(?<=e-commerce development)|(?<=ecommerce development)) in Guangxi\b", ""),  # the topic is Guangxi's own
    (r"\blead (?:all |the )?(?:other )?western provinces\b", "rank first among western provinces"), (r"在边境(?=搞|做|发展|开展|建)", ""),
    # round 185's refusals: everyday wording
    (r"\bprops? up\b|\bpropped up\b", "drives"), (r"\b(?:yoy|y/y|year-on-year|year over year) (?:change|rise|increase|movement)\b", "year-on-year growth"),
    (r"\blecturer-led (?:courses|training|sessions|classes)\b", "lecturer group training"),
    (r"\b(direct[- ]sales?|direct[- ]purchase) (?:outfit|hall|shop|store|outlet|place|venue)\b", lambda t: t.rsplit(" ", 1)[0] + " centre"),
    (r"\bwhich agency\b", "who"), (r"\bretail model\b", "business model"), (r"\s+(?:trio|duo|pair|threesome|quartet)\b", ""),
    (r"\b(?:made|make|got onto|got on|are on|were on) the (?:national )?list of\b", lambda t: "are national" if "national" in t else "are"),
    (r"把“[^”]{2,30}”(?:这套|这种|那套|这个)?(?:打法|做法|路子|模式)?(?:做起来|搞起来|干起来|推起来|用起来)了", lambda t: "采用了" + t[1:t.index("”") + 1] + "模式"),
    (r"(?:的)?(?:资格|名额|名头)(?=\s*[？?]|\s*吗|\s*$)", ""), (r"^\s*i(?:'m| am) (?:citing|quoting|using|referencing)\b", "For"),
    (r"\bsitting (?=(?:at|on|in|as) (?:a|an|the) )", "being "), (r"\bnew price to (?:the )?old(?: one| price)?\b", "price after to the price before"),
    (r"\s*(?:the )?(?:article|source) (?:plus|and|\+) (?:the )?(?:sentence|quote)(?:,? please)?\.?\s*$", ""),
    (r"^\s*give me (?:a|the) (?:rundown|run-down|overview|summary|profile) (?:of|on)\b", "What is known about"), (r"用的是哪(?:个|一)版本", "来源是什么"),
    (r"^\s*(?-i:[A-Z])[\w'-]+(?: and (?-i:[A-Z])[\w'-]+)? (?:build|built|run|runs|set up|operate|operates|host|hosts|hosted)\b[^;?]{3,120};\s*(?=(?:which|what|where|who|how)\b)",
     lambda t: re.split(r" (?:build|built|run|runs|set up|operate|operates|host|hosts|hosted)\b", t.strip(), maxsplit=1)[0] + ": "),  # X and Y build a platform; which cities are these two under
    # round 188's wrong answers: a description after a name, ending the question (Who founded Lecuntao, the rural
    # e-commerce platform?), names it, never a relation asked
    (r"(?<=[A-Za-z'’]),\s*the (?:[\w-]+ ){0,4}?(?:platform|company|firm|village|county|centre|center|forum|festival|plan|programme|program|project|city|town)\s*(?=\?\s*$)", ""),
    # round 187's wrong answers: a claim after a dash (Hantang, the Taobao village — Lingyun County, correct?) is what is
    # checked: the description before it is dropped, never the claim
    (r"(?<=[A-Za-z'’])\s*,\s*the [^,?.—–]{3,40}?\s*(?=[—–]\s*[^—–?]{3,40}[,，]?\s*(?:correct|right|true|yes or no)\s*\?)", " "),
    (r"[，,]\s*(?:请)?(?:列一下|列出|列列|列个|给出|说一下)(?:它们的|其|这些)?(?:标题|名称|题目|名字)", "有哪些"),  # …的电商政策，列一下标题: the list
    # round 186's wrong answers: a department that ran an event organised it (ran: published, only of a piece); a title
    # won (拿到了什么名号) is a designation, never a figure
    (r"\b(?:which|what) (?:government )?(?:department|body|agency|organi[sz]ation|office|bureau|unit|authority) (?:ran|runs|run)\b",
     lambda t: re.sub(r"\s(?:ran|runs|run)$", " organised", t)),
    (r"拿到了?(?:什么|啥|哪个)(?:名号|称号|名头|头衔|荣誉)", "获得了什么称号"),
    (r"靠(?:卖|种|做)(?!什么|啥|哪)[\u4e00-\u9fff]{1,6}?(?=拿到|获得|成为|成了|得到)", ""),  # 汉塘村靠卖果苗获得了什么称号: the means, nothing asked
    (r"\btallies\b", "figures"),
    # round 186's refusals: everyday wording
    (r"(?:(?<=co-op )|(?<=coop )|(?<=cooperative ))(?:setup|set-up|arrangement|scheme)\b", "model"), (r"主力(?:人群)?(?:大多|大都|多半|多)是?", "主要是"),
    (r"(?:(?<=sector )|(?<=e-commerce ))supports(?=,|\s+direct|\s*\?)", "drives"), (r"(?:(?<=几个)|(?<=多少个))省外", "省"), (r"\benterd\b", "entered"),
    (r"(?:(?<=sectors )|(?<=industries )|(?<=businesses ))(?:benefit|benefited|benefiting) from\b", "are driven by"), (r"\bwhere in the world\b", "where"), (r"\bimported SKUs\b", "imported goods"),
    (r"\boriginate(?=\s*\?)", "come from"), (r"\bthe graph puts under\b", "in"), (r"\b(?:it grows|they grow|is grown|are grown) in\b", "comes from"),
    (r"\banswers to (?=which|what)", "is under "), (r"建(?=线下|线上)", "建设"), (r"提高了(?=百分之多少|多少)", "增长了"), (r"\bin relation to\b", "and"),
    (r"\bhezuoshe\b", "cooperative"), (r"\bbiggest-first\b", "biggest first"), (r"\bimports?/exports?\b", "imports and exports"), (r"排位", "排名"),
    (r"^\s*(?:our|my) [\w -]{2,30}? is (?:compiling|preparing|putting together|drafting|writing) [^:?]{2,40}:\s*", ""),
    (r"\bpromotional (?=events\b|activities\b|campaigns\b)", "promo "), (r"\bcredit (?:Guangxi|it|them) with holding\b", "list"),
    (r"\bwho (?:published|wrote|ran|put out) the (?:article|piece|story|report) (?:saying|that says|that said|claiming|reporting|stating)\b", "Which article says"),
    (r"[,，]\s*(?:incl\.?|including) (?-i:[A-Z])[\w'-]+(?=\s*[—–?]|\s*$)", ""), (r"\bnational (?=(?:body|authority|agency)\b)", ""),
    (r"(?<=南宁)蕉", "香蕉"), (r"(?<=百色)芒(?!果)", "芒果"),
    (r"归(?:在|到|入|于)(?!哪|什么|啥)(?=[^？?，,]{1,12}?(?:这一类|这类|那一类|一类|类别|品类))", "属于"), (r"(?<=[\u4e00-\u9fff])(?:这一类|这类|那一类)(?=[吗？?]|$)", "这一品类"), (r"哪俩", "哪两种"), (r"(?:(?<=这条路)|(?<=路子)|(?<=模式))(?:以后|之后)(?=[，,][^？?]*前后)", ""),  # 走了…这条路以后，价格前后各是多少
    # round 187's refusals: everyday wording
    (r"\bjob[- ]creation(?: estimate| figure| number| count)?\b", "jobs created"), (r"(?:(?<=import-export)|(?<=trade)|(?<=foreign-trade)) pie\b", ""),
    (r"\b(?:courses|classes|sessions)\b(?=[^?]{0,40}\b(?:attendance|person-times|trainees)\b)", "training"), (r"\battendance\b", "person-times"),
    (r"(?<=数字和)[^，,。？?]{2,12}?一起报(?:一下)?$|(?<=数字)一起报(?:一下)?$", lambda t: t.replace("一起报一下", "是多少").replace("一起报", "是多少")), (r"\bthe old (?:number|price|one|figure) and the new one\b", "the price before and after"),
    (r"\band its sister (?:promo |promotional )?(?:campaigns|events)\b", "and the other brand events"),
    (r"\bleading (?=(?:e-?commerce )?(?:firms|companies|enterprises|players)\b[^?]{0,30}?\b(?:that|which|who)\b)", ""), (r"\bshowed up in\b", "came to"),
    (r"\bstretch(?:es|ed)? into\b", "expanded into"), (r"\bgreen[- ]?light(?:ing|ed|s)?\b", "approving"), (r"的招牌(?=\s*[？?]|\s*$)", "的特产"),
    (r"香蕉(?=芒果)", "香蕉、"), (r"芒果(?=螺蛳粉)", "芒果、"), (r"\bgain(?=,| and\b|\s*\?)", "rise"), (r"\b(?:total )?import-export trade\b", lambda t: "total imports and exports" if t.lower().startswith("total") else "imports and exports"),
    (r"(?:(?<=China)|(?<=country)|(?<=nation)) as a whole\b", ""),  # for China as a whole: the whole a share is of (Guangxi as a whole: itself) (r"^\s*(?:my|our) (?:thesis|dissertation|paper|report|article|story|piece|chapter|project|assignment|homework|briefing|brief) needs\b", "What is"),
    (r"[.!]\s*(?:ballpark|roughly|approx(?:imately)?|rough(?:ly)?|estimate)\s*\?\s*$", "?"), (r"^\s*(?-i:[A-Z])[\w' -]{1,30}?'s footprint in\b", lambda t: "What is known about " + t.strip()[:-len("'s footprint in")] + " in"),
    # session 80's probes: everyday wording (who the asker is, said before the question; 落袋, 挺香, 落款; champion; why famous)
    (r"^\s*as (?:an?|the|one|someone) (?:[\w'’-]+ ){0,4}?(?:exporter|importer|trader|researcher|journalist|reporter|analyst|student|official|"
     r"economist|consultant|investor|buyer|seller|merchant|entrepreneur|businessman|businesswoman|teacher|farmer|partner|policymaker|"
     r"policy-maker|officer|editor|academic|scholar|outsider|newcomer|visitor|planner|lecturer|professor|observer)s?\b"
     r"(?: (?:on|of|in|for|from|at|with|working on|studying|covering|looking at|interested in|focused on|focusing on) [^,?]{1,50}?)?\s*,\s*", ""),
    (r"^\s*作为(?:一名|一个|一位|一家)?[^，,。？?]{1,20}?(?:商|者|员|人|生|家|师|官|方|记者|企业|机构)\s*[，,]\s*(?:我|我们)?(?:想|希望|要)?(?:了解|知道|问|请教)?(?:一下)?\s*", ""),
    (r"(?:(?<=多少钱)|(?<=多少))落袋(?:为安)?", ""), (r"(?:现在)?卖得(?:挺|很|特别|贼|老|可|蛮)(?:香|火|好|俏|火爆|红火)(?:吧|啊|呀)?\s*[，,]\s*", ""),
    (r"的落款(?=是)", "的出处"),
    (r"\b(was|is) the (?:sales |top-selling |best-selling |revenue )?champion\b", lambda t: ("had" if t.lower().startswith("was") else "has") + " the highest sales"),
    (r"^\s*why (?:is|are|was|were) (?=[^?]{2,60}? (?:so )?(?:famous|well[- ]known|renowned|celebrated|notable)\s*\?\s*$)", "What is "),
    (r"(?<=\S) (?:so )?(?:famous|well[- ]known|renowned|celebrated|notable)(?=\s*\?\s*$)", " famous for"),
    (r"^\s*(?:was|is|were|are) it (?:the )?[^?,]{2,50}?,? or (?:the )?[^?,]{2,50}?,? (?:that|which|who) [^?]{3,80}\?\s*$",
     lambda t: _cleft_choice(t)),  # Was it bananas or mangoes that sold more in 2017?: which of the two
    (r"(?:哪个|哪一个|哪样|哪种)(?:在)?(?:19|20)\d{2}年(?=[^，,。？?]{0,4}(?:更|最))", lambda t: re.sub(r"^(\D+?)在?(\d{4}年)$", r"\2\1", t)),  # 哪个2017年更能卖: the year first
    (r"(?:卖得)?(更|最)(?:畅销|火爆|火|红火|抢手)", lambda t: "卖得" + ("更" if "更" in t else "最") + "多"),
    (r"\b(?:could|can|would) you (?:please )?remind me\b", "tell me"), (r"\bremind me\b", "tell me"),
    (r"^\s*what(?:'s| is) the (?:takeaway|story|deal|lowdown|scoop) (?:on|with|about)\b", "What is known about"),
    (r"^\s*what(?:'s| is| are) (?:the|that|this) ([^?]{3,40}?) (?:thing|business|story|deal)\b", lambda t: "What is known about the " + re.sub(r"^\s*what(?:'s| is| are) (?:the|that|this) | (?:thing|business|story|deal)$", "", t, flags=re.I)),
    (r"^\s*(?:the|that|this) (?:tea|kumquats?|mangoes|mangos?|bananas?|seedlings|rice noodles|noodles|walnut chicken|chicken|fruit) (?:from|of|grown in|made in) (?-i:[A-Z])[\w'’]+(?=\s*[—–,:]|\s+-\s)",
     lambda t: re.sub(r"^\s*\w+ (.+?) (?:from|of|grown in|made in) (\S+)$", r"\2 \1", t)),  # The tea from Lingyun — which prefecture: Lingyun tea
    (r"\b(?:are|were) (?:named|cited|listed|mentioned) in the (?:article|piece|report|story|source)\b", "does the article mention"),  # which counties are named in the article
    # round 189's wrong answers: a name asked in another language around the name (how do you say X in Chinese); a
    # village labelled as what kind of village (its designation, never its division level); a clause saying what the
    # article has (文章有2013和2017年的…，那…) is context, never a source asked
    (r"\bhow (?:do|would|should|does|can|could) (?:you|one|i|we) (?:say|write|render|put|call) [^?]{2,60}? in (?:chinese|english)\b",
     lambda t: re.sub(r"(?i)^how \w+ \w+ \w+ (.+?) in (chinese|english)$", lambda m: f"what is the {m.group(2)} name of {m.group(1)}", t)),
    (r"(?:,|\band)\s+(?:its|the) (?:chinese|english)(?=\s*\?\s*$)", lambda t: t + " name"),
    (r"\b(?:got|get|gets|was|were|is|are|been) (?:labell?ed|branded|dubbed|designated|titled|tagged|crowned) (?:as )?(?:what|which) (?:kind|sort|type) of (?:village|county|town|city|place)\b",
     "has what designation"),
    (r"^\s*(?:文章|报道|原文)(?:里|中)?(?:有|给了|给出了|提到了|说了)[^，,。？?]{2,40}?[，,]\s*(?:那|那么)?",
     lambda t: re.sub(r"^\s*\S{2}(?:里|中)?(?:有|给了|给出了|提到了|说了)(?:(?:19|20)\d{2}年?(?:和|、|与|跟|及|至|到)?)*的?|(?<=[，,])\s*(?:那么|那)$", "", t)),
    (r"\bvietnamese (?:border |frontier )?(?:crossings|crossing points|border gates|gates|ports of entry|checkpoints|cities|towns)\b", "Vietnamese crossings"),  # none the graph names
    # round 189's refusals: everyday wording
    (r"\bwritten as in (?=chinese|english)", "in "), (r"\b(?:would|will) (?:i|we|you) be (?:covering|visiting|passing through|riding through)\b", "are there"),
    (r"(?<=中文名|英文名)叫(?:什么|啥)", "是什么"), (r"\b(?:what's|what is|and) the (?:margin|gap)(?= of victory\b|\s*\?|\s*$)", "what is the difference"),
    (r"^\s*(?:tell me )?what(?:'s| is) (?:held|stored|recorded|on file) (?:on|about|for)\b", "What is known about"),
    (r"(?<=model) did ([\w'’ -]{2,30}?) (?:build|set up|develop|create|pioneer|come up with|roll out|launch)\b", lambda t: re.sub(r"\s\S+(?: up| out| up with)?$", " adopt", t)),
    (r"(?<=[\u4e00-\u9fff])在[\u4e00-\u9fff]{2,8}(?:上|方面)(?=做了什么|干了什么|做了哪些|有什么作为)", ""),
    (r"\b(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?= (?:percent|per cent|%))",
     lambda t: str(["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"].index(t.lower()) + 10
                   if t.lower() in ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
                   else (["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].index(t.lower()) + 2) * 10)),
    (r"有份(?:吗|么|没有|不)", "在其中吗"), (r"(?:(?<=哪些)|(?<=哪几个)|(?<=几个))外省(?=份?\s*[？?]?\s*$)", "省"), (r"资讯港", "信息港"),
    (r"养活了?(?:多少|几)(?:个)?人(?:的饭碗)?", "带动就业多少人"),
    (r"\bstrings? together (?:a series of|a string of|a run of)\b", "lists"), (r"\bhow many are named in that (?:series|string|list|run)\b", "how many are there"),
    (r"\bthe (?:piece|article|report|story) (?:calling|that calls|that called|which calls|describing|that describes)\b", "the article that says"),
    (r"^\s*consumption-driven growth\s*:\s*", ""),
    (r"^\s*[\w -]{3,30}? (?:supply chain|industry chain|value chain)(?: in guangxi)?\s*:\s*what (?:farming |agricultural )?(?:sectors|industries|businesses) (?:sit|are|lie) (?:up|down)stream of it\b",
     lambda t: re.sub(r"(?is)^\s*(.+?) (?:supply|industry|value) chain.*?\b(up|down)stream of it$", r"\1: what are its \2stream industries", t)),
    (r"(?:文中|文章里|报道里|文章中|报道中)?(?:那|这)?[两三四五六](?:样|种|个|大)(?:特产|产品|东西)[（(]([^）)]{2,30})[）)]", lambda t: re.sub(r"^.*?[（(]|[）)]$", "", t)),  # 那三样特产（香蕉、芒果、螺蛳粉）: the three named
    (r"\b(?:gdp|economic) growth\b", "economic growth"), (r"\bthe sina (?:report|article|piece|story) (?:gives|puts|says|has)(?: (?:is|was))?\b", "what is"),
    (r"(?:生意|买卖)(?:做到了?|做了|达到了?)(?:多大|多少)的?(?:规模|体量|盘子)", "销售额是多少"),
    (r"\b(?:up |out |down )?in ((?-i:[A-Z])[\w'’]+?)(?:'s|’s) (?:mountains|hills|villages|countryside|valleys)\b", lambda t: "in " + re.sub(r"^(?:\w+ )?in |(?:'s|’s) \w+$", "", t)),
    (r"\b(?:once|after|when) (?:they|farmers|growers|villagers) (?:went|got|moved|came) online (?:through|via|with) (?:the )?(?:farmers' )?(?:co-?ops?|cooperatives?)\b", "after the cooperative model"),
    (r"^[^，,。？?]{4,40}?[，,]\s*[\u4e00-\u9fff]{2,6}?(?:也)?(?:在其中|在里面|在里头|在列|在名单上|在名单里)(?:吗|么|没有)?(?=\s*[？?]?\s*$)",
     lambda t: re.sub(r"^(.+?)[，,]\s*(\S+?)也?(?:在其中|在里面|在里头|在列|在名单上|在名单里)(?:吗|么|没有)?$", r"\1里有\2吗", t)),  # 那批22个城市，南宁在其中吗
    (r"^\s*who (?:is|are) (?:(?-i:[A-Z])[\w’-]{1,20}(?: (?-i:[A-Z])[\w’-]{1,20}){0,2}|[\u4e00-\u9fff]{2,12})\s*\?\s*$", lambda t: "What is known about " + re.sub(r"(?i)^\s*who \w+ ", "", t)),  # Who is DHgate?
    # a thing and a year, nothing else asked (Baise mango 2017 — number?, 螺蛳粉17年？): the figures of that year
    (r"(?<=年)的(?:数据|数字)(?:有哪些|是什么|有什么)", "有哪些数据"),
    (r"^\s*[\u4e00-\u9fff]{2,12}?(?:(?:19|20)?\d{2})年(?:的数据|的数字|数据)?\s*[？?]\s*$", lambda t: re.sub(r"(?<!\d)(\d{2})年", r"20\1年", re.sub(r"(?:的数据|的数字|数据)?\s*[？?]\s*$", "有哪些数据？", t.strip()))),
    (r"^\s*(?!(?:which|what|how|who|whom|whose|when|where|why|is|are|was|were|did|does|do|has|have|had|can|could|will|would|should|list|name|tell|give|show|find|compare|rank)\b)"
     r"(?![^?]*\b(?:in|on|by|during|since|until|before|after|from|through|to|of|for|between|and|vs|versus|jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|h1|h2|q[1-4]|"
     r"sales|takings|revenue|turnover|volume|value|price|prices|income|growth|share|retail|exports?|imports?|trade|shops|stations|outlets|area|jobs|output|earnings|receipts)\b)"
     r"(?-i:[A-Z])[\w'’ -]{2,40}?,?\s+(?:19|20)\d{2}\s*(?:[—–-]+\s*)?(?:(?:the |any )?(?:numbers?|figures?|stats|data))?\s*\?\s*$",
     lambda t: re.sub(r"(?is)^\s*(.+?),?\s+((?:19|20)\d{2})\b.*$", r"What figures are there for \1 in \2?", t)),
    (r"^\s*(?:any |the |some )?(?:key |main |headline )?(?:stats|statistics|figures|numbers|data) (?:on|about|for)\b", "What figures are there for"),  # Stats on X please
    # round 190's wrong answers: 获批设立 (approved to set up) is the setting up, never a designation won; a name asked
    # in another language said around it (whats X in english, X: how's that written in English?, 对应的中文是啥); 文章里
    # 是哪儿产的 asks where, never the article; 有啥资料 asks what is known
    (r"获批(?=设立|建设|建立|开展)", ""), (r"[，,]\s*(?:文章|报道|原文)(?:里|中)?(?:点名|点到|提到|列出|列举)了?(?:哪些|哪几个)(?=\s*[？?]?\s*$)", "有哪些"),
    (r"^\s*what(?:'s|s| is) (?![^?]*\b(?:title|headline|sentence|quote|article|evidence|source|name|text|wording|translation|passage|report|piece|theme|slogan)s?\b)[^?]{1,40}? in (?:english|chinese)\s*[.?]?\s*$", lambda t: re.sub(r"(?i)^\s*what(?:'s|s| is) (.+?) in (english|chinese)\s*[.?]?\s*$", r"What is the \2 name of \1?", t)),
    (r"^[^:：?？]{1,40}?\s*[:：]\s*how(?:'s| is| do you write| do you say) (?:that|it|this)(?: (?:written|said|spelled|spelt|called|rendered))? in (?:english|chinese)\s*\??\s*$",
     lambda t: re.sub(r"(?is)^(.+?)\s*[:：]\s*how.*\bin (english|chinese)\s*\??\s*$", r"What is the \2 name of \1?", t)),
    (r"(?:对应的|的)?(?:中文|汉语|中文名)(?:是|叫)(?:啥|什么)(?=\s*[？?]?\s*$)", "的中文名是什么"), (r"(?:对应的|的)?(?:英文|英语)(?:是|叫)(?:啥|什么)(?=\s*[？?]?\s*$)", "的英文名是什么"),
    (r"(?:文章|报道|原文)(?:里|中)(?:说)?(?:是)?(?=(?:哪儿|哪里|在哪|什么地方)(?:产|出产|生产|出))", ""), (r"有(?:啥|什么|哪些)资料", "有哪些信息"),
    # round 190's refusals: everyday wording
    (r"\s*\b(?:for|in) (?:my|our|a|the) (?:[\w-]+ ){0,2}?(?:brief|briefing|memo|deck|slide deck|slides|presentation|newsletter)\b", ""),
    (r"^\s*(?:slide|deck|slide deck|report|memo|chart|brief)s? (?:number|figure|stat|data|numbers|figures|stats) needed\s*[:：]\s*", ""),
    (r"([一二两三四五六七八九])成出头(?:\s*[（(]\s*约?\s*(\d+(?:\.\d+)?\s*%)\s*[）)])?", lambda t: (re.search(r"\d+(?:\.\d+)?\s*%", t) or re.search(r"^.成", t)).group(0)),
    (r"\bwestern china (?:league table|ranking|rankings|table|league)\b", "rank among western provinces"), (r"\bwhat position did (?=\w+ (?:take|hold|have)\b)", "what rank did "),
    (r"\b(?:experience|experiance|exhibition|display|showroom) hall\b", "experience centre"), (r"\bsq\.? ?(?:metres|meters|m)\b", "square metres"),
    (r"^\s*(?:our|my) [\w -]{2,40}? (?:is|are) (?:scouting|looking for|seeking|exploring|researching|studying|vetting)[^.?!]{0,60}[.!]\s*", ""),
    (r"\bbrief me on\b", "what is known about"), (r"[,，]?\s*\bwhatever you (?:have|hold|got)\s*(?=[.?]?\s*$)", ""),
    (r"有没有入选(?:了)?(?:那|这)?[^？?，,]{2,30}?(?=[？?]|$)", lambda t: "是不是在" + re.sub(r"^有没有入选了?(?:那|这)?", "", t) + "里"),
    (r"\b(?:credits|credited|cites|cited) (?:with|for) safeguarding (?:e-?commerce|its e-?commerce growth|e-?commerce growth)(?: on the policy side)?", "supports e-commerce development"),
    (r"\bgovernment (?=(?:documents|papers|policy documents)\b)", "policy "), (r"^\s*count for me\b", "How many are"),
    (r"^\s*backing out\b(?! from)", "Working back from"),
    (r"\s*[(（](?:besides|other than|excluding|apart from|not counting) (?:home|guangxi|its home(?: province)?)[)）]", ""), (r"\bits reach (?:now )?extends to\b", "its business reaches"),
    (r"\bcounty-level breakdown\b", "county-level divisions"), (r"[,，]?\s*names of each (?:unit|one|division)\b", " names"),
    (r"^(?:我)?(?:要|想|需要|得)在[^，,]{0,10}?(?:脚注|注释|参考文献|引用|尾注)(?:里|中)?(?:注明|标注|写明|注出|引用)", ""),
    (r"网零", "网络零售额"), (r"的起点\s*[（(]\s*((?:19|20)\d{2})\s*[）)]", lambda t: re.sub(r"\D", "", t) + "年"), (r"\becon\b", "economic"),
    (r"\bhow (?:is|are) (?![^?]*\b(?:title|headline|sentence|quote|article|evidence|source|text|wording|passage|theme|slogan)s?\b)[^?]{1,40}? (?:rendered|written|spelled|spelt|said|called|translated) in (?:english|chinese)\b",
     lambda t: re.sub(r"(?i)^how \w+ (.+?) \w+ in (english|chinese)$", r"what is the \2 name of \1", t)),
    (r"\s*\bin this (?:graph|database|dataset|kg)\b", ""), (r"垫底", "最低"), (r"(?<!网络)(?<!网上)(?<![售网])零售额", "网络零售额"),
    (r"\b(?:have |has |had )?put down roots in\b", "settled in"), (r"\bpoverty[- ]relief\b", "poverty alleviation"), (r"(?<=[A-Za-z]) brand(?=\s*[:：,?])", ""),
    (r"\bis one of the (?:border |frontier )?(?:cities|counties|towns|places)(?: (?:in|named in|mentioned in) the (?:piece|article|report|story))?\s*[—–]+\s*", ", "),
    (r"组建", "成立"), (r"\bpromotional (?=e-commerce (?:brand )?(?:events|activities|campaigns)\b)", ""), (r"\s*\bin the opening (?:anecdote|paragraph|story|lines)\b", ""),
    (r"有名有姓的", "的"),
    (r"^[^:：?]{2,60}?\s*[:：]\s*(?:its |the )?(?:prefecture-level city|prefecture|city|county|county-level unit|province) of origin\s*\??\s*$",
     lambda t: re.sub(r"(?is)^(.+?)(?: brand)?\s*[:：]\s*(?:its |the )?(.+?) of origin\s*\??\s*$", r"Which \2 does \1 come from?", t)),  # X: prefecture-level city of origin?
    (r"\bwhere (?:can|could|do|might) (?:i|we|one|you) (?:read|find|see|access|get) (?:the )?(?:original |full |source )?(?:report|article|piece|story|text)(?: online| on the web)?\b", "What is the URL of the article"),
    (r"\bwhich (?:paragraph|passage|part of the (?:article|piece|report)) (?=mentions|names|says|talks about)", "which sentence "),
    # round 191's wrong answers: English for X (its English name); papers backing e-commerce (those that support its
    # development, never every policy)
    (r"^\s*(?:the )?(english|chinese|pinyin)(?: name| word| term)? (?:for|of) [^?]{1,40}?\s*\??\s*$", lambda t: re.sub(r"(?is)^\s*(?:the )?(english|chinese|pinyin)(?: name| word| term)? (?:for|of) (.+?)\s*\??\s*$", r"What is the \1 name of \2?", t)),
    (r"\b(?:backing|supporting|underpinning|safeguarding|propping up|that back|that backed) (?:e-?commerce|online commerce)(?: development| growth)?\b(?! (?:in|of) )", "that support e-commerce development"),
    (r"\brattles? off (?:a (?:series|list|string) of)?", "lists"), (r"\bhow many are there in that (?:list|series)\b", "how many are there"),
    (r"\b(?:go|went|sell|sold|fetch|fetched) for per jin originally\b|\boriginally (?:go|went|sell|sold) for per jin\b", "price per jin before the model"),
    (r"[，,]\s*(?:该|这个|那个)?(?:县|区|县城)(?:所在|所属)的?(?:地级市|城市|市)(?:是哪(?:个|一个|座)?|是什么)(?=\s*[？?]?\s*$)", "，在哪个地级市"),  # …的扶贫模式，县所在的地级市是哪个
    (r"(?<=[?？])\s*(?-i:[A-Z])[\w'’ -]{1,30}? and (?:who|what|which) else\s*\?\s*$", ""),  # …? OneTouch and who else?: the list holds it
    # round 191's refusals: everyday wording
    (r"^\s*(?:a |an )?[\w -]{2,30}? here\s*[:：—–]\s*", ""), (r"(?<=[\u4e00-\u9fff]) cluster\b", " industry"),
    (r"\bmade (\w+) (?:their|its) (?:base|home)\b", lambda t: "settled in " + t.split()[1]),
    (r"^\s*(?:my|our) [\w -]{2,30}? (?:works?|deals?|partners?|cooperates?) with [^;.?]{2,40}[;.]\s*", ""),
    (r"^\s*i (?:run|own|manage|work at|work for|operate) [^;.?]{2,60}[;.]\s*", ""), (r"\bif you lump\b", "if you add up"), (r"\b(?:lump|lumped) (?=(?:the|their|all)\b)", "add up "),
    (r"以([\u4e00-\u9fff]{2,12}?)(?:的)?名义(?:发|印发|出台|发布)的", lambda t: re.sub(r"^以(.+?)的?名义.*$", r"\1发的", t)),
    (r"\bprice gain\b", "price rise"), (r"\bGuangxi['’]s capital(?: city)?\b|\bthe capital (?:city )?of Guangxi\b|广西首府", "Nanning"),
    (r"区外(?=哪|几)", ""), (r"哪个厅负责(?=承办|主办|组织)", "哪个单位"), (r"(?:的)?成绩单\s*(?=[：:])", ""),
    (r"做农村(?:生意|买卖)", "开展农村电商业务"), (r"^\s*quick (?:\w+ )?check\s*[—–:-]+\s*", ""), (r"\bprefecture-level municipalities\b", "prefecture-level cities"),
    (r"\b(?:courses|classes|sessions) delivered\b", "training"), (r"^\s*[\w -]{2,40}? impact\s*[:：]\s*", ""),
    (r"^(?!.*[，,])([^：:？?]{2,20}?)[：:]\s*([^、？?]{1,8}(?:、[^、？?]{1,8}){1,4})\s*[？?]\s*$", lambda t: re.sub(r"^(.+?)[：:]\s*(.+?)\s*[？?]\s*$", r"\1的\2分别是多少？", t)),  # 广西个人网店：数量、全国占比、西部排名？
    (r"\b(?:which|what) year (?:did|was it that|were) [^?]{3,60}? (?:exceed|exceeded|top|topped|pass|passed|surpass|surpassed|break|broke|cross|crossed)\b(?= (?:the )?[\d¥$])",
     lambda t: re.sub(r"\s\S+$", " reach", t)),  # which year did X exceed 3 billion: the year of that figure, no bound checked
    (r"(?:来|到|跑到|跑来)([\u4e00-\u9fff]{2,6}?)(?:干嘛|干什么|做什么|干啥|做啥|搞什么|搞啥)(?:了|的|来了)?(?=\s*[？?]?\s*$)", lambda t: "在" + re.sub(r"^(?:跑到|跑来|来|到)|(?:干嘛|干什么|做什么|干啥|做啥|搞什么|搞啥)(?:了|的|来了)?$", "", t) + "做了什么"),  # 谷歌来广西干嘛了
    # round 192's wrong answers: a description set off by commas after a name (Dongxing, one of the border cities trying
    # the border-trade model, …) says what it is, never a second place; the e-commerce policy documents the article
    # lists (列举出台的电商政策文件) are those that support e-commerce development, never every policy or those with an issuer
    (r"(?<=[A-Za-z'’]),\s*one of the (?:border |frontier )?(?:cities|counties|towns|places|platforms|companies)\b[^,?]{0,60},\s*", " "),
    (r"(?:列举|列出|提到|点名)(?:的|了)?(?:出台的?)?(?:电商|电子商务)政策文件", lambda t: t[:2] + "的支持电子商务发展的政策文件"),
    # round 192's refusals: everyday wording
    (r"(?<=哪个县)[，,]\s*(?:这个|该|那个)县(?:又|再)?(?:归|属于|隶属于?|在)(?=哪个(?:地级市|市))", "和"),  # 出自哪个县，这个县又归哪个市: both levels
    (r"\b(?:the )?(?:yoy|year-on-year) growth of the latter\b", "its year-on-year growth"), (r"\bprefecture-tier\b", "prefecture-level"),
    (r"(?:哪个|什么)(?:部门|单位|机构)负责(?=承办|主办|组织|举办)", "哪个单位"),
    (r"\bwhat (chinese|english) name does the (?:article|piece|source|report|story) use for\b", lambda t: f"what is the {t.split()[1]} name of"),
    (r"\bacted as (?:the )?(?=主办|host|organi[sz]er|main host)", "was the "),
    # round 181's wrong answers: a facility's status (up and running, operating) is not held; the prefecture above, asked
    # after a clause naming a thing (凌云县出的那款茶，上级地级市是哪个) is where the thing is
    (r"\b(?:already |now |currently )?(?:up and running|operational|in service|open for business)\b", "in operation"),
    (r"(?:(?<=centre )|(?<=center )|(?<=platform )|(?<=facility )|(?<=station )|(?<=hub ))(?:already |now |currently )?(?:operating|running|open)(?=\s*(?:yet|already|now)?\s*\?*\s*$)",
     "in operation"),
    (r"\bwho(?:'s| is| are| was| were) (?:running|operating|managing)\b", lambda t: t[:3] + " " + {"running": "runs", "operating": "operates", "managing": "manages"}[t.split()[-1]]),  # who is running the Qinzhou centre: who runs it, never its model
    (r"[，,]\s*(?:它的|其)?(?:上级|上一级)(?:地级市|城市|市)是哪(?:个|一个|座)?(?=\s*[？?]?\s*$)", "，在哪个地级市"),
    # round 181's refusals: everyday wording
    (r"\b(?:does|did|do) the legwork\b(?: \(承办\))? for\b", "organises"), (r"\b(?:having|have|has) landed\b(?= \(落户\)| in\b)", lambda t: t.replace("landed", "settled")),
    (r"\byou file under\b", "in"), (r"销冠", "销售额最高"), (r"保底(?:是)?", "至少"), (r"哪个数(?=大|小|多|少)", "哪个"),
    (r"\btops the other\b", "is higher"), (r"^\s*growth race\s*:\s*", ""), (r"^\s*i'?m an? [\w -]{2,30}?\s*[—–:-]+\s*", ""),
    (r"(?:你们|图谱|你)?掌握(?:了)?(?:些|哪些)?(?:什么|啥)(?:信息|情况)?", "有哪些信息"),
    (r"\bpull together (?:whatever|everything|all)(?: you hold| you have| that is known| is known)? on\b", "what is known about"),
    # round 180's refusals: everyday wording
    (r"\bemployment footprint\b", "jobs"), (r"\bpulled (?:up|out)\b", "lifted"), (r"\b(?:supposedly|reportedly|apparently|allegedly)\s+", ""),
    (r"^\s*(?:i\s+)?need both (?:endpoints|ends|years|figures|numbers)(?: of the (?:series|range|period|run|span))?\s*[:,—–-]\s*", ""), (r"\bslogan\s*(?:/|or|and)\s*theme\b|\btheme\s*(?:/|or|and)\s*slogan\b|\bslogan\b", "theme"),
    (r"\s*\((?:and\s+)?not (?:the|its|their) [^)]{1,40}\)", ""),  # (not the government itself): the one named is asked, no condition
    (r"\bclear(?:ed)?\b(?=\s+(?:the\s+)?(?:\d|RMB|CNY|¥|US\$|\$))", "exceed"), (r"\borgani[sz]ing (?:unit|body|department)\b", "organiser"),
    (r"\brun(?= ['\"“‘])", "published"), (r"\b(?:were|was|are|is) (?:extracted|drawn) from\b", "come from"),
    (r"\b(?:got|made it|get|gets) onto\b", "is on"), (r"\bshowed the (?:stronger|faster|higher|bigger)\b", "had the higher"),
    (r"拔得头筹|拔头筹|夺得头筹|夺魁", "最高"), (r"总盘子|大盘子", "总额"),
    (r"(?:图谱|数据|库)(?:里|中)被(?:算作|当作|归为|列为|划为)", ""), (r"(?:(?<=主办方)|(?<=主办单位))跟(?=承办)", "和"),
    (r"\blocalities\b", "places"), (r"(?<=of )(?:which|what) (?:trade|business|commercial|retail) model\b", lambda t: t.split()[0] + " model"),
    (r"\bdebated\b", "discussed"), (r"\bdebates?\b(?= (?:at|in|during)\b)", "discussions"),  # topics debated at the forum
    (r"\b[A-Za-z]+-[A-Za-z-]+-plus-[A-Za-z-]+\b", lambda t: " + ".join(re.sub(r"-(?!border|commerce)", " ", p) for p in t.split("-plus-"))),  # border-trade-plus-cross-border-e-commerce
    (r"\b(?:is|are) (?:an? )?(?:instance|example|case|form) of (?=(?:which|what) (?:[\w-]+ ){0,2}?model\b)", "implements "),  # an instance of which trade model
    (r"\b(?:is|are) (?:known|famous|noted|showcased|celebrated|renowned|recogni[sz]ed|featured) for (?:what|which) (?:kinds? of |sorts? of |types? of )?"
     r"(?:produce|products?|goods|specialt(?:y|ies))\b", "has which products"),  # Guigang is showcased for what kind of produce
    (r"(?:图谱|数据|库)?(?:里|中)?(?:标明|标注|注明|标记为?)(?=产地|出产|来自)", ""),  # 图谱里标明产地是南宁市的产品
    (r"^\s*backing out from\b", "Working back from"),  # Backing out from the +28.8% YoY (first: backing alone is supporting)
    (r"\bpull(?:s|ed)? along in Guangxi\b", "drive"),  # which upstream sectors does the rice-noodle boom pull along in Guangxi (first: pull along alone is drives)
    (r"(?:来|入|进)桂(?:落户|落地|安家)", "落户广西"),  # 来桂落地的平台: those that settled, never those that came to develop (first: 来桂 alone is 入桂)
    (r"^\s*(?:(?:an?|the)\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:partner|buyer|investor|exporter|importer|delegation|delegate|trader|official|"
     r"reporter|journalist|analyst|researcher|student|historian|economist|scholar|academic|consultant|planner|professor|teacher|"
     r"officer|banker|entrepreneur|editor|writer)s?\s+here\s*[.,:;!—–-]+\s*", ""),  # ASEAN partner here.: who asks, no name asked of
    (r"(?:^|(?<=[,.!])|(?<=[,.!] ))\s*(?:I )?hope (?:you(?:'re| are) (?:well|doing well|all well)|this (?:email |message )?finds you well)\s*[.!,]?\s*", " "),
    (rf"(?:[.!?]|\n|[,;]\s*(?={THANKS}))\s*(?:{THANKS}|(?:with )?(?:best|kind|warm|warmest) (?:regards|wishes)|best|regards|cheers|"
     r"sincerely(?: yours)?|yours (?:sincerely|faithfully|truly)|respectfully)\s*[,!.]?(?:[ \t]*[^\n?？]{0,80})?(?:\n[^\n?？]{0,80}){0,5}\s*$",
     lambda w: w[0] if w[0] in ".!?" else "?"),  # Many thanks, Anh; Best regards,\nTran Thi Hoa\nDeputy Director, …
    (r"^\s*(?:sorry|apologies|forgive me)[^,?]{0,60},\s*(?:but\s+)?", ""),  # Sorry if this is a silly question, but
    (r"^\s*(?:I'm|I am|I was|we're|we are|we were) told(?: that)?\s+", ""),  # I'm told Bama is under Baise.
    (r"[.,]?\s*correct me if I'm wrong\s*[.!]?\s*$", ", right?"),
    (r"^\s*is it (?:correct|right|true|accurate|fair) to say(?: that)?\s+", "Is it true that "),
    (r"^\s*is it (?:accurate|correct|right|factual|the case) that\s+", "Is it true that "),
    (r"\bwho ran\b", "who hosted and organised"),
    (r"\be-?commerce transactions?\b(?! volume)", "e-commerce transaction volume"),  # the e-commerce transaction of guangxi
    (r"^\s*(?:can|could)(?: you)? (?:share|send|give|provide)(?: me| us)?(?: (?:a|the))? list of\b", "List"),
    (r"\ba certain\b", "a"), (r"\bsome (?=(?:county|city|zone|place|district|town|prefecture|area|company|platform|model)\b)", "a "),  # a riddle's unnamed link
    (r"\s*[.!?;,-]\s*(?:where (?:does|did) (?:this|that|the) (?:information|info|claim|fact|statement) come from|"
     r"(?:this|that|the) (?:information|info|claim|fact|statement) (?:comes? )?from where)\s*\??", ". Which source says that?"),  # X belongs to Y - this information come from where?
    (r"\s*,\s*the one (?:on|at|by|near) (?:the )?border\s*(?=[-–—,.?]|$)", " "),  # pingxiang city, the one on border - where is it
    (r"\bwalk me through\b", "tell me"), (r"\bbreak down\b", "show"), (r"\bpin down\b", "tell"),
    (r"\btops? the (?:list|ranking|table) (?:for|of)\b", "has the most"),  # which prefecture tops the list for …
    (r",?\s*or is (?:that|it|this) (?:just |only )?(?:an? )?(?:rumou?r|hearsay|myth|fake news|false|made up|hype|talk|marketing|propaganda)\s*[?？]*\s*$",
     ", right?"),
    (r"\b(?:got|have|has|had|set up|opened|established) an? (?:base|presence|office|branch|operations?|hq|headquarters) in\b",
     "settled in"),  # has SAP got a base in Guangxi
    (r"\bestablished (?:themselves|itself)(?= in\b)", "settled"),
    (r"\bwhen (?:did|was) (?:it|the article|the piece|the story) (?:run|printed|come out|appear)\b", "when was it published"),
    (r"[.。]?\s*(?:I mean )?the one in Guangxi,? not [^.?!]*[.?!]?\s*$", ""),
    (r",?\s*not the (?:one|city|county|place|town) in (?!Guangxi)[A-Z][a-z]+(?= *[?.!]?\s*$)", ""),  # Heshan, …, not the one in Guangdong?  # …? The one in Guangxi, not the one in Guangdong.
    (r"(?<=[A-Za-z'’])\s*,\s*the (?:border|frontier|coastal|mountain) (?:city|town|county|district|port)\s*(?:,|(?=\s*[?.!]?\s*$))", ","),  # Pingxiang, the border city,
    (r"\bborder crossings\b", "border cities"),
    (r"(?<=[A-Za-z'’])\s*,\s*the [^,?.—–]{3,40}? (?:place|town|county|city|capital)\s*,", ","),  # Hengxian, the jasmine tea place, on a map
    (r"想先了解", "想了解"), (r"座标", "坐标"), (r"\bcounty-level areas?\b", "county-level divisions"),
    (r"\s*\bor (?:only|just) one\b", ""),  # does JD both … and …? or only one: both asked
    (r"\bwhat (?:data|record|records|information) is (?:that|this|it) based on\b", "what is the source of that"),
    (r"\bwhich record(?:s)?(?: exactly)?\b", "which source"),  # Tengxian sits under Wuzhou - what data is that based on?
    (r"[？?，,]\s*(?:真的假的|是真的吗|是不是真的|真的吗|对不对|属实吗|是否属实)[？?]?\s*$", "吗？"),  # 谷歌也来广西发展了？真的假的？
    (r"\b(?:using|with|from|taking) the article['’]s\s+", ""),  # the article's 2017 volume: its figure
    (r"^\s*if I (?:may|might|could) ask,?\s*", ""), (r"\s*\bon (?:the )?air\b", ""),
    (r"(?<=['’\"]) line\b", " statement"),  # read the 'about 120,000 jobs' line on air: the statement
    (r"^(?:哎|唉|嗨|诶|哈喽|嘿)[，,！!\s]*(?:问下|问一下)?[，,]?", ""), (r"里头", "里"), (r"平均下来[，,]?", ""),
    (r"^(?:有)?(?:一)?(?:篇|个|份|条)?(?:稿子|报道|文章|材料|新闻|帖子|消息|资料)(?:里|上|中)?(?:写|说|称|提到)(?:着|了|道)?\s*[:：，,]?\s*(?=[“\"]?[\u4e00-\u9fff\d])(?![了着道]?(?:哪|什么|几|多少|啥))(?![了着道]?[^，,。：:“\"]{0,12}?(?:哪些|哪几|哪个|几个|多少)[^，,。]{0,6}[？?]?\s*$)",
     ""),  # 有篇稿子写“…”，这个说法站得住吗: the claim is checked
    (r"卖的货", "的商品"), (r"(?:原来|原先|过去|早先)(?=只?(?:卖|售))", "以前"), (r"(?:都是)?从哪些?(?:地方|地区|国家)来的", "来自哪里"),
    (r"卖得(?:更|比较)?好", "卖得多"),  # 哪个卖得好
    (r"\bb4\b", "before"),  # price b4 and after
    (r"\bhw\s+(?=many\b|much\b)", "how "),  # hw many demo county guangxi got
    (r"\b(does|do|did) the (?:knowledge )?graph store\b", r"\1 the graph give"),  # what longitude does the graph store for X
    (r"\b(?:administrative\s+)?(?:division|area|region)\s+(?=codes?\b)", ""),  # Rong'an County's division code: no division of it
    (r"所在(?:的)?(镇|乡|县|市|区|省)(?:叫什么名字|叫什么|是哪个|是哪里|名字是什么|是什么)?(?=\s*[？?。！!]|\s*$)",
     lambda w: "在哪个" + w.lstrip("所在的")[:1]),  # 淘宝村所在镇叫什么名字: which town it lies in
    (r"有(?:啥|什么)([\u4e00-\u9fff]{0,8}?)吗(?=\s*[？?]|\s*$)", lambda w: "有哪些" + w[2:-1]),  # 还有啥出名的产品吗: which
    (r"(?:什么时候|哪年哪月|哪一年|哪个月)(?:发布|印发|出台|下发|发出|颁布)", lambda w: w[:-2] + "发"),  # 国务院那份批复什么时候发布的: its date, no issuer asked
    (r"啥时候|什么时候|何时", "什么时候"), (r"(?<=什么时候)开(?:始|幕)?(?=[？?。！!]|$)", "举办"),  # 论坛啥时候开
    (r"改叫(?:啥|什么)", "改叫什么"),
    (r"^兹(?:需|因|为|就)?(?:要)?(?:核对|核实|了解|查询|查证)?", ""),
    (r"二者(?:数量|谁)?孰多|孰多", "哪个多"), (r"孰高", "哪个高"), (r"孰大", "哪个大"),
    (r"的?统计数据", "数据"), (r"请?汇总(?:一下)?", ""), (r"现辖", "下辖"), (r"代管", "管辖"),
    (r"[，,。]?\s*(?:听说|据说)?(?:很|挺|非常|特别|超)(?:大|多|厉害|火|有名|牛)的?(?=[，,。？?！!]|$)", ""),  # 面积很大，到底…; 听说挺厉害的
    (r"(?:这个说法|这话|这个数)?有(?:没有)?(?:依据|根据|出处)吗", "对不对"), (r"[，,]\s*以便[^。？?！!]*[。.]?\s*$", ""),  # 兹需核对…；…，以便填报年度统计表。
    (r"^拟(?:开展|进行|做|撰写|编写|研究|开发|筹备)[^，,。？?]{0,30}[，,]\s*", ""),  # 拟开展北部湾县域比较研究，请列出…
    (r"我区(?![^《》“”]*[》”])", "广西"),  # official writing: the autonomous region's own
    (r"(?:在|据|按照?)?(?:你们|你|咱们|贵方)(?:这儿|这里|这边)?的?(?:资料|数据库|数据|知识库|库|记录|系统)(?:里面|里|中|当中)",
     "图谱里"),  # 凤山县在你们的资料里跟哪些东西有关系: the graph, never a source asked for
    (r"(?:基本|大致|整体|总体|大概)情况", "情况"), (r"[，,]\s*(?:包括|包含|并?附上?|连同)(?:相关|有关)?的?(?:数据|数字)(?=[。.？?]?\s*$)", ""),  # 请介绍…的基本情况，包括相关数据
    (r"没写错吧|没说错吧|没搞错吧|没弄错吧|没错吧", "对不对"),
    (r"[，,。]?\s*请?按(?:关系)?类型分(?:别|类)?列出[。.]?", ""),
    (r"(?:直接)?陈述(?=的|吗|了)", "直接写"),
    (r"原文里(?:到底|究竟)?是(?=百分之|多少|几)", "是"),
    (r"自(?:冶|制|治|至|值|智|志)(?=县|区)", "自治"),
    (r"(生意|业务)(?:都|已经|已|也)+(?=做到|拓展到|卖到|开拓到)", r"\1"),  # 生意都做到了哪些省  # 龙胜各族自冶县: the typo of 自治 every input method offers
    (r"靠(?:卖|种|做|产|养|销售)(?=[\u4e00-\u9fff]{1,8}?(?:出了名|出名|闻名|有名|发家|致富|火))", "以"),  # 靠卖果苗出了名的淘宝村: a description
    (r"(?:^|(?<=[？?。.，,！!]))\s*具体到([镇乡县区市])(?:[和、及跟与]([镇乡县区市]))?(?:一级)?[。.]?",
     lambda w: "，在" + "".join(f"哪个{c}" for c in re.findall(r"(?<=到)[镇乡县区市]|(?<=[和、及跟与])[镇乡县区市]", w))),  # 具体到镇和县
    (r"\bdoing (?=(?:the |this |that )?['\"“‘])", "adopting "),  # border cities doing the '…' model
    (r"\bpoverty[- ]relief\b", "poverty alleviation"),
    (r"\b[A-Z][a-z]+-wide\b", lambda w: "across " + w[:-5]),  # Guangxi-wide: across Guangxi
    (r"\bcounty-level-cit(?:y|ies)\b", lambda w: w.replace("level-cit", "level cit")),  # county-level-city status
    (r"\b(?:the |in )?top (?:spot|place|position)\b|\bnumber one\b", "first"),  # was it the top spot, number one: first
    (r"\b(?:was|is|were|are|came|comes|finished|placed|sat|sits)\s+(?:in\s+)?(?:second|third|fourth|fifth)(?:\s+place)?\b",
     lambda w: "ranked " + re.search(r"(?i)second|third|fourth|fifth", w).group(0)),  # was second in sales
    (r"\brural business\b", "rural e-commerce"),
    (r"展开(?:研讨|讨论|探讨|交流)", "讨论"),
    (r"\bdirectly (?:and|or|&|and/or) indirectly\b", "directly and indirectly"),
    (r"\bcounties proper\b", "plain counties"),
    (r"[，,。！!\s]*(?:谢谢|多谢|感谢|麻烦了|辛苦了)[！!。.～~]*$", ""),  # …后来卖多少钱一斤？谢谢！
    (r"请告知|告知一下|告知", ""),  # 拟统计…，请告知共有几个
    (r"金橘", "金桔"),  # the variant character of the names' 金桔
    (r"^拟(?:统计|了解|核实|查询|引用|汇总)", ""),
    (r"(?<=[\u4e00-\u9fff])那边(?=[种产卖出])", ""),  # 汉塘村那边种果苗, 河池那边产的吧
    (r"打算(?=[\u4e00-\u9fff])", ""),  # 论坛打算围绕哪几大议题
    (r"是哪个(地级市|市|县|区|城市|地区)(?:下辖|管辖|所辖|管|辖|下面|底下)的(?:县级市|县级单位|县|区|市|镇|乡|村|地方)(?=\s*[？?]?\s*$)",
     r"属于哪个\1"),  # 浦北县是哪个地级市下辖的县？: the level it is under (the question ends there)
    (r"只看(?=[\u4e00-\u9fff])", "只算"),
    (r"准不准|站得住吗|站得住脚吗|靠不靠谱|靠谱吗|是否准确|准确吗|准不准确|准确不准确|对得上吗|对不对得上", "对不对"),
    (r"(?:这句话|这个说法|这种说法|这话|这个数)(?=\s*(?:对吗|对不对|对么|属实吗|没错吧|准确吗|是否准确|准不准|靠谱吗|对得上吗|站得住吗|站得住脚吗))", ""),
    (r"^听(?:同事|朋友|别人|人家|领导|客户|有人|人)?(?:讲|说)(?:过)?[，,:：]?", ""),  # 听同事讲，…这个说法对不对
    (r"\b(?:krub|khrap|kho[bp] khun(?: krub| ka| khrap)?|sawasdee(?: krub| ka)?|sawatdee|sabaidee|khop jai(?: lai lai)?|sour s'?dei|"
     r"suostei|lah|leh|lor|terima kasih|xin ch[aà]o|salamat(?: po)?|halo(?: kak)?|mingalaba)\b[.!,]?\s*", ""),
    (r"\s+ạ(?=\s*[?.!]|$)", ""), (r"\b(?:hi|hello|good (?:day|morning|afternoon|evening)) po\b[!,.]?\s*", ""),
    (r"\bask (?:ko )?lang\b,?\s*", ""),  # Filipino English: just asking
    (r"^\s*(?:boss|sir|madam|ma'?am|bro|sis|teacher|admin|friend|anh|chị|kak|abang|ate|kuya)\s*[,!:]\s*", ""),  # Boss, … : who is addressed
    (r"\b(?:may|can|could|might) (?:I|we) (?:ask|know|check|enquire|inquire)(?: you)?(?: about)?\b,?\s*", ""),  # May I ask how much …
    (r"(?:^|(?<=[,.!]\s))(?:you )?(?:can|could) help(?: me| us)?(?: to)? (?:check|find out|find|see|look up)\b,?\s*", ""),  # can help check which …
    (r"\bitu di mana(?: ya)?\b", "where is it"), (r"^\s*excuse me\b[,!.]?\s*", ""),
    (r"(?:^|(?<=[,.!]\s)|(?<=\n))\s*for (?:a|an|my|our) [^,.?!\n]{3,60}?,?\s+(?:I|we)(?:'m| am|'re| are) (?:compiling|collecting|gathering|preparing|drafting|putting together)\b[^.?!]*[.!]\s+",
     ""),  # for a review I am compiling …: what the asker gathers, never the thing asked about (I'm looking at the forum)
    (r"\bonline selling\b", "online sale"),
    (r"^\s*(?:I|we) (?:read|heard|saw)(?: somewhere)?(?: that)?\s+(?!(?:the|an?|this|that|your) (?:[\w-]+ )?(?:article|report|piece|story|post|news)\b)",
     ""),  # I read the State Council approve …
    (r"^\s*(?:we're|we are|I'm|I am) fact-checking (?:a|an|the) [\w-]+ (?:that|which) (?:says|claims|states)(?: that)?\s*", ""),
    (r"[.?!]\s+(?:planning|working on|writing|preparing|putting together|drafting) [^.?!]*[.!]?\s*$", "?"),  # … in km? Planning a truck route
    (r"\b(?:list )?all (?:its|their) relations\b", "what it is related to"), (r"\bits relations\b", "what it is related to"),
    (r"\b(?:that )?(?:your|the) (?:graph|database|kg|knowledge graph) (?:covers|holds|has|contains|includes|records)\b", ""),
    (r"\breal (?=count(?:y|ies)\b)", ""),
    (r"\b(?:the )?(?:home|birthplace|cradle) of\b", "the place of origin of"),  # the home of Guangxi's jasmine tea
    (r"\bnews (?:report|article|story|item|piece)\b", "article"),
    (r"\b(?:the )?source (?:record|row|entry|document) showing(?: that)?\b", "the source that says"),
    (r"\b(?:does|did) the (?:article|report|source|piece|story) say\s+(?=came|come|settled|set|opened|built|adopted|hosted)", ""),
    (r"\b(?:a )?floor or (?:an? )?(?:exact|precise|hard)(?: figure| number| count)?\b", "exact or approximate"),  # is it a floor or an exact figure
    (r"\b(?:an? )?estimate or (?:an? )?(?:hard|exact|firm|precise) (?:count|number|figure)\b", "exact or approximate"),
    (r"\b(?:is|was) (?:it|that|this|the figure|the number) (?:just )?an? (?:estimate|approximation|estimated figure|rough figure)\b(?!\s+or\b)",
     "is it exact or approximate"),
    (r"\bthis is (?:correct|right|true) or not\b", "is that correct"),
    (r"\b(?:a figure )?the (?:article|source|report) states or (?:one )?(?:the graph|you|the tool) (?:computed|calculated|derived|worked out)\b",
     "stated or derived"),
    (r"\bsettled? down\b", lambda w: w.split()[0]),
    (r"^\s*(?:a )?quick (?:check|question|one)(?: before I (?:file|publish|submit|print|send))?\s*[:,.-]\s*", ""),
    (r"\b(?:does|do) (?:that|this|it|the claim) (?:match|agree with|square with|tally with) (?:the graph|the source|your data|the data|"
     r"the records?|what you have)\b", "is that correct"),
    (r"[.?]?\s*give me the (?:full|whole|complete|entire) (?:set|list)\s*[.!]?", ""),
    (r"\s*\bin the countryside\b", ""),
    (r"\badministered\b(?=\s*[?？]?\s*$)", "located"),  # under which city is Beiliu administered
    (r"\b(?:is|was) (?:that|this|the) (?:share|figure|number|rate|value|fact) (?:derived|inferred)\b", "is that derived"),
    (r"\bsummari[sz]e\b", "tell me"), (r"\bwhat(?:'s| is) the (?:deal|story) with\b", "what is known about"),
    (r"\b(it|they|this|that) (?:is|are) coming(?= from|\s*[?？])", lambda w: w.split()[0] + " comes"),
    (r"\bsupposed to\s+", ""),
    (r"\bfrom (?:which|what) (?:place|city|county|region|area|province) (?:is )?(?:it|this|that|they) (?:is |are )?coming\b", "where does it come from"),
    (r"\ba derived fact\b,?", "derived"), (r"\b(?:the article|the source|it) states directly\b", "stated directly"),
    (r",?\s*(?:together )?with (?:their|the) names\b", ""),
    (r"\b(?:at what|what) price (?:per (?:jin|kg|kilogram)\s+)?(?:the |were the |did the )?(?:farmers|growers|villagers) (?:were |are )?sell(?:ing)?\b",
     lambda w: w.split(" farmers")[0].split(" growers")[0].split(" villagers")[0].replace(" the", "").replace(" were", "").replace(" did", "")
     + " was it sold"),
    (r"\bcoop\b", "cooperative"),
    (r"\bmost (?:north|south|east|west)(?:ern|erly)?\b", lambda w: "furthest " + re.sub(r"(?:ern|erly)$", "", w.split()[-1])),
    (r"\b(?:make|makes|made) how much\b", "earn how much"),
    (r"\b(?:people|ppl|persons|villagers|farmers|households|those|ones|companies|firms|families) who\b", lambda w: w[:-3] + "that"),  # hantang village ppl … make how much a yr
    (r"\bhow much (?:do|does|did) [^?]{1,60}? make\b(?! of| from| up)", lambda w: w[:-4] + "earn"),
    (r"(?<!running )(?<!cumulative )\btotals\b", "figures"),  # using the cumulative July 2018 totals
    (r"^\s*(?:using|with|going by|based on) (?=the [^,?]{0,60}(?:figures|totals|numbers|data)\s*,)", ""),
    (r"\b(?:over )?which (?:years|period) does (?:it|this|that) (?:run|span|cover)(?: over)?\b", "for which period"),
    (r"(?<=\w),\s*the one (?:with|that has|that holds|having|where)\b[^,:;?]*", ""),  # Wuli town, the one with the Taobao village: where
    (r"\bhow many ((?:[\w-]+ )?)(platform|county|city|district|product|event|company|enterprise|town|village|policy|model|province|"
     r"prefecture|facility|organisation|organization)(?=\s+(?:in|are|is|was|were|does|do|did|has|have|had|of|under|there|actually|settle|"
     r"settled|came|come|exist|belong|adopt|adopted|use|used|held|hold)\b|\s*[?,.!]|$)", lambda w: re.sub(r"(y)$|(?<!y)$", lambda e: "ies" if e.group(1) else "s", w, count=1)),
    (r"\bin the (?:[A-Z][\w-]*|original|news) (?:piece|article|report|story|coverage)\b", ""),  # the one … in the Sina piece
    (r"\b(?:China|the PRC)['’]s (?=State Council\b)", ""),  # China's State Council: the one the graph holds, no nation asked
    (r"乡村(?!振兴)(?!做(?:农村)?电商)", "农村"),  # 广西乡村那边的电商: rural, as 农村 (乡村做电商: the business, below)
    (r"\b(?:in )?the whole of (?=Guangxi\b)", "in "),  # westernmost county in the whole of Guangxi: in Guangxi
    (r"\bwhere (?:does|do|did) (?=.{2,80}? (?:show up|shows up|appear|appears|turn up|feature|come up) in (?:this|the|your) (?:knowledge )?(?:graph|kg|data)\b)",
     "what is known about "),  # where does the State Council show up in this graph: what the graph holds of it
    (r"\s(?:show up|shows up|appear|appears|turn up|feature|come up) in (?:this|the|your) (?:knowledge )?(?:graph|kg|data)\b(?:,? and (?:linked|connected|tied) to what)?", ""),
    (r"在(?:这个|该|这张)?(?:知识)?图谱(?:里|中|里面)出现(?:是)?(?:因为什么|为什么|的原因是什么|是什么原因)", "是怎么回事"),  # 北京在这个图谱里出现是因为什么
    (r"\b(?:the first |in the first )?(?:seven|7) months (?:into|of) (?=(?:19|20)\d\d\b)", "January to July "),  # seven months into 2018
    (r"\b(?:entered|came to|come to|comes to|moved into|moved to)\s+[A-Z][\w']*\s+to\s+(?:grow|expand|develop)(?:\s+there|\s+(?:their|its)\s+business(?:es)?)?\b",
     lambda w: re.sub(r"\s+to\s+(?:grow|expand|develop).*$", "", w)),  # entered Guangxi to grow there: came to develop in it
    (r"\b(?:according to|per|going by|based on) (?:the|that|this) (?:\d{4}\s+)?(?:[A-Z][\w-]*\s+)*(?:piece|article|report|story|coverage)\b",
     lambda w: re.sub(r"\s+(?:the|that|this)\s.*$", " the article", w)),  # according to the 2018 Sina report: the article given, no year or source asked
    (r"\b(?:supports?|backs?) the (?:edge|triple|fact|link|statement|claim)\s+(?=['\"“‘])", "supports "),
    (r"\bwhich (?:row|line|entry|record) (?:of|in) (?=(?:the )?(?:administrative )?(?:divisions? )?(?:reference|division) (?:data|table|list|dataset|file)\b)", "which source, "),  # which row of the reference data
    (r"\b(?:the )?(?:administrative )?(?:divisions? )?reference (?:data|table|list|dataset|file)\b", "the division data"),
    (r"\bapakah\b", "is it true that"),  # Malay's question word: whether
    (r"\bover (?=\d(?![\d,]*\s*(?:years|months|days)\b)(?!\d{3}\b))", "more than "),  # over 70%, over 200 companies: not over 2013-2017
    (r"[.,;]?\s*(?:an? )?(?:estimated?|approximate|rough) (?:number|figure|value)?\s*(?:also|is|would be)?\s*(?:can|ok|okay|fine|acceptable)\s*[.!]?",
     ""),  # Estimate number also can.
    (r"\bsanity[- ]check\b\s*:?\s*", ""),  # Growth-rate sanity check: …: a reason for asking
    (r"\bcross-border trad(?:e|ing) platforms?\b", "cross-border e-commerce platforms"), (r"\bhang off\b", "are linked to"),
    (r"^\s*put (?=.{1,100}?\bside by side\b)", "Compare "), (r"\s*\bside by side\b", ""),  # put A and B side by side
    (r"^\s*in plain (?:words|english|terms)\s*,?\s*", ""),
    (r"(?<=[\u4e00-\u9fff])加上(?=[\u4e00-\u9fff])", "和"),  # 芒果加上螺蛳粉: and
    (r"\bplace names\b", "places"), (r"\bnames of (?:the )?places\b", "places"),  # the pinyin of place names: of places
    (r"\bwhat (?:role|part) does .{2,80}? play (?:for|in)\b",
     lambda w: re.sub(r"(?i)^what (?:role|part) does (.+?) play (?:for|in)$", r"how is \1 related to", w)),  # what role does X play for Y
    (r"\bpersonal online (?=stores?\b|shops?\b)", "individual online "), (r"\bknowledge base\b", "knowledge graph"),
    (r"(?<=\d)-(?:trillion|billion|million|thousand)-yuan\b", lambda w: " " + w[1:].replace("-", " ")),  # 1-trillion-yuan: 1 trillion yuan
    (r"^\s*(?:i'?m |i am |we'?re |we are )?(?:writing|preparing|compiling|putting together|drafting|mapping|scoping|researching) (?:an?|my|our|the)?\s* [\w\s'-]{0,40}?"
     r"\b(?:report|story|piece|article|column|brief|briefing|thesis|paper|memo|annex|list|options)\b[^,:.—–-]{0,30}\s*[:,.—–-]\s*", ""),  # Writing a school report on …: why it is asked
    (r"^\s*(?:tracing|checking|double-checking|verifying|confirming|researching|looking into)\b[^:?]{0,40}:\s*", ""),  # Tracing the legal basis: …
    (r"(?<=\w)\s*[-–—:]\s*(?:size|area|tenants|merchants|range|goods|products|origins?)(?:\s*,\s*(?:and\s+)?(?:size|area|tenants|merchants|"
     r"range|goods|products|origins?))+\s*\.?\s*$", "."),  # Brief me on the centre - size, tenants, range.: what is known of it
    (r"^\s*(?:fact-check\s+)?for (?:an?|my|our|the) [\w\s'-]{0,40}?\b(?:briefing|brief|report|memo|article|story|column|piece|presentation|thesis|"
     r"citation list|annex|newsroom|desk|readers|audience|client|slide|deck)\s*[:,—–-]\s*", ""),  # For a Malaysian trade briefing: …: why it is asked
    (r"\bhow many job\b", "how many jobs"), (r"\bdirect (?:and|&|or|and/or|plus) (?:indirect|spillover|knock-on)\b", "directly and indirectly"),
    (r"[\"“”]((?:over|more than|above|about|around|nearly|almost|under|below|at least|less than)?\s*\d[\d,.]*\s*"
     r"(?:%|percent|per cent|billion|million|thousand|yuan|亿元|万元|亿|万|元)?(?:\s*yuan)?)[\"“”]", lambda w: re.sub(r"^over\s+", "more than ", w.strip("\"“”"))),  # is "over 70%"
    (r"\bah(?=\s*[?!.,])", ""),  # where exactly it is ah?
    (r"\bmore (north|south|east|west)(?:ern|erly)?\b", lambda w: "further " + re.sub(r"(?:ern|erly)$", "", w.split()[-1])),
    (r"\b(?:does|do|can|will) (?:the|your|this) (?:source|sources|graph|data|article|record|records) (?:back|bear) (?:that|this|it) (?:up|out)\b",
     "is that correct"),
    (r"原文句子|原句子", "原文"),
    (r"按(?:文章|原文|报道|稿子)(?:给的|给出的|里的|中的|说的)", "按"),
    (r"\bbefore (?:it|this|the (?:piece|story|article|draft)) goes to (?:print|press)\s*[:,]?\s*", ""),
    (r"\bpersonal online shops\b", "individual online shops"),
    (r"\b(?:famously|stinky|smelly|delicious|tasty|beloved)\s+", ""),  # those famously stinky snail rice noodles
    (r"\bmore than (?:doubled|tripled|quadrupled|quintupled)\b",
     lambda w: "more than {} times".format({"doubled": 2, "tripled": 3, "quadrupled": 4, "quintupled": 5}[w.split()[-1].lower()])),
    (r"\b(?:does|did) (?:that|this|it|the claim) (?:hold up|stand up|check out)\b", "is that correct"),
    (r"\bmost far(?:thest)? to the (?:north|south|east|west)\b", lambda w: "furthest " + w.split()[-1]),
    (r",\s*as a whole(?: category| group| class)?(?=\s*[.?!]?\s*$)", ""),
    (r"\badministered (?:from|by|under)(?=\s+[A-Z])", "under"),  # the counties administered from Hechi, Lingshan administered from Qinzhou
    (r"\btakings\b", "sales"), (r"(?<=销售)(?:成绩|业绩)", "额"),  # Bai-se mango takings, 2017; 螺蛳粉的销售成绩
    (r"上头(?=是|在|归|的|哪)", "上级"),  # 靖西这个县级市，上头是哪个市
    (r"(?<=讨论|研讨)的?重点", "的"),  # 论坛讨论重点是哪三块: its topics
    (r"\bsponsor(?=s?\b)", "host"), (r"\bsponsored\b", "hosted"),  # the sponsor (主办) of the forum: its host
    (r"(?<=e-commerce) value\b", " trade value"),  # 2017 cross-border online trade value (online trade: e-commerce)
    (r"\s*\((?:no|without|with(?: an?)?|minus) (?:apostrophe|hyphen|space|tone marks?|accents?|diacritics)\)", ""),  # Rongan (no apostrophe)
    (r"\bpushes\b", "promotes"), (r"\bpushed\b(?! forward)(?! (?:its|their) business)", "promoted"),  # who pushes the corridor
    (r"县级(?:行政)?区划(?:单位)?", "县级行政区"),  # 哪个县级区划更多: the county-level divisions
    (r"\b(districts|counties|cities) combined\b", lambda w: w.split()[0]),  # districts, counties and county-level cities combined: all of them
    (r"\bcounty cities\b", "county-level cities"), (r"\b(?:city|prefecture)-level (?:areas?|units?|divisions?)\b", lambda w: "prefectures" if w.endswith("s") else "prefecture"),
    (r"\bpilot (?=count(?:y|ies)\b)", "demonstration "),  # 47 rural e-commerce pilot counties: the demonstration counties
    (r"^\s*(?:the|that) (?:[\w-]+ ){0,3}?(?:town|county|city|place|area|district) (?:formerly|previously|once) (?:known as|called|named)\s+(?=[A-Z][\w']+\s*[:,—–-])",
     ""),  # The jasmine-tea town formerly known as Hengxian: which prefecture…: the place by its old name, read as it is now
    (r"农村(?:铺开|铺设|铺|布局|搞|做|开展)(?:电商|电子商务)业务|(?<![没不])(?:铺开|铺设|铺|布局|搞|做)农村(?:电商|电子商务)业务", "开展农村电商业务"),  # 在广西农村铺电商业务: the rural e-commerce business carried out
    (r"\b(?:centre|center|store|shops?|showroom) (?:for|of|selling) imported (?:goods|products)\b",
     lambda w: w.split()[0].replace("showroom", "experience centre")),  # the showroom for imported goods: which one, no origins asked
    (r"\bshowrooms?\b", lambda w: "experience centres" if w.lower().endswith("s") else "experience centre"),  # the direct-purchase showroom
    (r"进账|入账", "收入"),  # 17年靠卖果苗进账多少
    (r"^(?:记者|编辑|笔者|本人|我)?(?:想)?(?:问一下|问下|请问)[:：，,]\s*", ""),  # 记者问一下：…
    (r"(?:是)?(?:销售|销量|卖货)冠军", "卖得最多"),  # 17年哪个是销售冠军
    (r"(?<=哪些)区和县|(?<=哪些)县和区", "区、县"),  # 贺州下面都有哪些区和县: the county-level divisions
    (r"\bregistered (?=in\b)", ""), (r"\be-?tail\b", "online retail"),  # personal web stores registered in Guangxi; rural e-tail sales
    (r"属于哪(?:种|类|一种|一类)业态(?:模式)?", "采用哪种模式"), (r"业态(?=模式)", ""),  # 直购体验中心属于哪种业态模式
    (r"\bpaste\b", "quote"), (r"(?:麻烦|请)?(?:贴|发|给)(?:出来|一下)(?=[。？?！!]?\s*$)", "是什么"),  # paste the exact wording; 原句麻烦贴出来
    (r"哪份材料|哪个材料|什么材料", "哪份资料"),  # 更名的依据是哪份材料
    (r"\bmonetary (?:figure|value|amount)\b", "figure in yuan"),  # the largest monetary figure
    (r"\b(?:comes?|came) (?:in )?last\b", "is the least"),  # which one comes last
    (r"\blecturers?['’]? (?:team|corps|squad|pool)\b", "lecturer group"),  # the e-commerce lecturer team: 电子商务讲师团
    (r"(?:下到|进入|深入|走进|到|在)?广西农村(?:去|来)?开展了?(?:电商|电子商务)?业务", "在广西开展农村电商业务"),  # 下到广西农村去开展业务
    (r"(?:在)?广西农村(?:那块|那边|这块|市场)?有(?:没有)?(?:布局|业务)(?:没有|吗)?", "在广西开展农村电商业务吗"),  # 在广西农村那块有布局没有
    (r"(?<=[\u4e00-\u9fff])这家(?=在)", ""),  # 京东这家在广西…
    (r"\bumbrella(?: brand| label| category| group| name)?\b", "industry"),  # the 'Guicha' umbrella brand: the group the teas belong to
    (r"(?<=[.?!])\s*(?:I|we) (?:want|need|would like) (?:all|every one|each one) of them\s*[.!]?\s*$", ""),  # … include? I want all of them.
    (r"阿里(?=之外|以外|在|和|与|跟|、|的|，|,|有|是|也|还|做|开展|集团|[？?。]|$)", "阿里巴巴"),  # 阿里之外: Alibaba's short name (never 阿里云, 阿里地区)
    (r"^\s*(?:follow|trace|chase) (?:the|this) (?:link|chain|thread|trail|links)\s*[:,—–-]\s*", ""),  # Follow the link: …: a lead, no URL asked
    (r"\b(?:put|puts|putting) out\b", "issued"), (r"\bpolicy papers?\b", lambda w: "policy documents" if w.endswith("s") else "policy document"),
    (r"\b(?:rolling|rolled|rolls|roll) out\b", "operating"), (r"\bvillage-level (?:business|e-commerce)\b", "rural e-commerce"),  # rolling out village-level business
    (r"少数民族(?=自治县)", ""),  # 河池境内的少数民族自治县: every autonomous county is of a people
    (r"(?<=[(（])\s*skip(?:ping)?\b", "not"),  # (skip counties): not counting them
    (r"\b(?:anti-poverty|poverty[- ]alleviation) e-commerce\b", "e-commerce poverty alleviation"), (r"\banti-poverty\b", "poverty alleviation"), (r"\bcounty-tier\b", "county-level"), (r"\blat\b(?=\s+values?\b|\s+figures?\b)", "latitude"),
    (r"排(?:在)?头名的是哪(?:个|一个|种|样)", "最高的是哪个"),  # 销售额排头名的是哪个: the highest, no rank checked
    (r"排头名|排头一名|排在头名|排名头名", "头名"), (r"排头(?![名一])", "第一"),  # 在西部是不是排头名: the first place
    (r"\bfall(?:s|en)? short of\b|\bfell short of\b", "below"),  # did the coverage fall short of 50%
    (r"原文引文|引文|引述原文", "原文"),  # 请给出原文引文
    (r"\bprovenance\b", "source"), (r"\bgeographic(?:al)?\s+(?=coordinates\b)", ""),
    (r"\bwhat background is there on\b|\b(?:any|some) background on\b", "what is known about"),
    (r"^\s*(?:I|we) (?:run|own|manage|work (?:at|for|in)|am with|are with|represent) [^.?!]{2,60}[.!]\s+", ""),  # I run a small firm in Jakarta. Brief me on …
    (r"^(?:我们|我|本人|我司)(?:是|在)做[^，,。]{1,12}的[，,]\s*", ""), (r"的底细", "的情况"),  # 我们是做进口商品分销的，想了解…的底细
    (r"\bwhich (?:three |two |four )?subjects\b", lambda w: w.replace("subjects", "topics")), (r"\s+(?:were|was) slated\b", ""),  # which three subjects were slated
    (r"^\s*(?:(?:a|the|our|my)\s+)?(?:journalist|reporter|editor|researcher|analyst|desk)s?\s+(?:checking|verifying|confirming|double-checking)(?:\s+facts)?\s+(?:on|about)\b",
     "About"),  # Journalist checking facts on Nanning's forum: which topics
    (r"\bwhose jurisdiction (?:includes|contains|covers|has)\b", "which has"),
    (r"\s*,\s*please(?=\s*[.?!]?\s*$)", ""),  # Guilin: count of urban districts only, please
    (r"(?:辖区内|辖区里|管辖范围内)的?(?=(?:区县|县区|县级单位)(?:[（(][^）)]{0,8}[）)])?(?:请?(?:逐一|一一|全部|都)?列出来?)?[。？?]?$)", "的"),
    (r"辖区内(?:的)?|辖区里(?:的)?|管辖范围内(?:的)?", "下辖的"),  # 柳州辖区内的县级单位，全部列出来
    (r"\s*[(（]\s*(?:urban\s+)?(?:districts?|counties|county-level cities|cities|towns)(?:\s*(?:[+,/&]|and|or)\s*(?:urban\s+)?(?:districts?|counties|county-level cities|cities|towns))+\s*[)）]",
     ""),  # county-level units under it (districts + counties + cities): what county-level units are
    (r"\b(?:goods|products) outlet\b", lambda w: w.split()[0] + " direct-sales centre"),  # the bonded zone's international goods outlet
    (r"(?:全部|都|一一|统统)列出来?", "列出来"),  # 柳州辖区内的县级单位，全部列出来
    (r"一把手|负责人|领导人|厅长|局长|主任|董事长|总经理|\b(?:head|director|chief|boss|ceo|chairman|leader)\b(?= of\b)", lambda w: "负责人" if re.search(r"[\u4e00-\u9fff]", w) else "head"),  # 商务厅现在的一把手是哪位: a person the graph does not hold
    (r"上市(?=的|公司|企业|电商)", "挂牌"),  # 多少家上市的电商企业: listed on a stock market, no city
    (r"[（(]\s*(?:含|包括|包含|连同)(?![^)）]*[县市区镇乡村])[^)）\d]{1,20}?\s*[)）]", ""),  # 政策类的文件（含国务院的）: all of them, the ones named too
    (r"(?:下辖|辖|管辖|下面|下属)的?\s*[“\"‘]市[”\"’]", "下辖的县级市"),  # 百色市辖的“市”（不是区也不是县）: its county-level cities
    (r"全国(?:的)?(?:店铺|网店)(?:数)?(?=(?:大约|大概|一共|总共|总数)?(?:有|是)?多少)", "全国网店"),  # 那全国店铺大约有多少家: the whole worked back
    (r"打出(?:的|了)", ""), (r"(?:把)?落脚点?放在了?|落脚在", "落户在"),  # 打出的主题口号; 把落脚点放在了广西
    (r"\bclock(?:ed|s)? up\b", "make"), (r"\bat (?:the|a) (?:quicker|faster|higher) pace\b", "faster"),
    (r"^\s*scan (?:every|all|each)\b", "Of every"), (r"^(?:做|在做)?[\u4e00-\u9fff]{1,6}梳理[：:，,]\s*", ""),  # 做政策梳理：…
    (r"\bdiscussion (?=topics)", ""), (r"\bdiscussion (?:themes?|subjects?)\b", "topics"),  # the topics discussed, not the one theme
    (r"\bimport(?:-goods| goods)? (?:direct[- ](?:buy|purchase) )?experience hall\b", "direct-purchase experience centre"),
    (r"\bgrouped (?:as|inside|under|into|in|with)\b", "part of"), (r"\b(?:smallest|biggest|largest|top) earner\b", lambda w: w.split()[0] + " sales"),
    (r"\bprice (?:boost|jump|hike)\b", "price rise"), (r"\bactive in\b(?= \w+ rural| rural)", "operating in"),
    (r"\s*\bon file\b", ""), (r"往上数", ""), (r"\bauthored\b", "issued"), (r"\bmanaged to\s+", ""),
    (r"(?<=[^村]村)民说(?:自己)?", "村民"), (r"(?:养|种|产)出来的", "产的"), (r"跨境那块", "跨境电商"),
    (r"(?:撤县(?:设|建|改)[区市])?(?:之前|以前|原来|过去)(?:用|使用)(?:过)?的(?=(?:区划)?(?:代码|编码|编号))", "以前的"),  # 以前用的代码: the old one
    (r"京东商城", "京东"), (r"\bAli\b(?!baba)", "Alibaba"),
    (r"\b(?:German|Germany['’]s)\s+(?:software\s+|tech\s+|IT\s+)?(?:giant|firm|company|maker|vendor|group)\s+(?=SAP\b)", ""),
    (r"\bgood lecturer (?:competition|contest)\b", "best lecturer contest"), (r"^\s*profile\b", "Tell me about"),
    (r"^\s*background (?:brief(?:ing)?|info(?:rmation)?)?\s*(?:wanted|needed|please)?\s*on\b", "What is known about"),
    (r"(?:搞|用|采用)的那套(?:扶贫)?(?:打法|路子|办法|做法)[，,]?\s*(?:正式)?(?:叫法|名称|名字)?是什么模式", "采用的是什么模式"),
    (r"(?<=代码)(?:是|为)?几号", "是多少"),  # 区划代码是几号: the number, no day
    (r"\bwhat level did\b(?=.{3,80}\b(?:hit|reach|reached|get to)\b)", "how much did"),  # what level did the turnover hit in 2017
    (r"\bthe (?:(?:19|20)\d\d )?batch of\b", "the"), (r"\bcit(?:y|ies) of prefecture[- ]level\b", "prefecture-level cities"),
    (r"^\s*(?:[A-Za-z]+\s+){0,2}check\b[^:?]{1,40}:\s*", ""),  # Latitude check from your stored coordinates: …
    (r"(?:谁|哪个|哪一个|哪样)占上风", "哪个多"),  # 数量上谁占上风
    (r"\s*[(（](?:(?:Yao|Zhuang|Miao|Dong|Maonan|Mulao|Jing|Hui|Yi|Shui|Gelao)(?:\s*,\s*|\s+and\s+|\s+or\s+)){1,6}(?:Yao|Zhuang|Miao|Dong|Maonan|Mulao|Jing|Hui|Yi|Shui|Gelao)(?:\s*,?\s*etc\.?)?[)）]",
     ""),  # 自治县 (Yao, Maonan, Mulao etc.): the peoples of the kind, as examples
    (r"^\s*for (?:a|an|my|our) [\w\s'-]{0,40}?\b(?:report|study|briefing|memo|story|piece|slide|map|project)\b[^:?]{1,30}:\s*", ""),  # For a minority-areas report I need to know: …
    (r"\bout-?trade[sd]?\b", "exceed"),
    (r"进出口(?!总额)(?=(?:大约|大概|一共|总共)?(?:是|有)?多少)", "进出口总额"),  # 那么全区进出口大概是多少亿: the whole worked back
    (r"里(?:面|头|边)?收(?:录)?(?:了|进)?(?=几|多少|哪些|哪几)", "里有"),  # 桂茶产业里面收了几种茶
    (r"\bwhich (?:brand|label|name)\b(?= (?:came|comes|come|was|is|did|does|sold|sells|had|has)\b)", "which"),  # which brand came out ahead
    (r"\bcontrast\b(?=\s+(?:(?:19|20)\d\d|the|its|their)\b)", "compare"),  # contrast 2013 with 2017
    (r"\s*(?:are|is|were) (?:spread|distributed) (?:unevenly|very unevenly|across [\w\s]{1,20}?)\s*[—–,;:-]+\s*", " — "),
    (r"\bhas the (?:biggest|largest|greatest) (?:cluster|concentration|share|number|count) of them\b", "has the most"),
    (r"\bwhich (prefecture(?:-level city)?|city|county|province)\s+(?:governs|administers|oversees|runs) (it|them|that|this)\b",
     lambda t: re.sub(r"(?i)^which (\S+)\s+\w+ (\w+)$", r"which \1 is \2 in", t)),  # which prefecture governs it
    (r"\b(?:rise|rose|risen|grow|grew|grown|jump|jumped|increase|increased|climb|climbed)\s+(?:under|after|with) the (?:new |cooperative |e-commerce )?"
     r"model\b(?=\s*[?？.]?\s*$)", lambda t: t.split()[0]),  # prices rose under the new model
    (r"去除以", "除以"), (r"(店铺|网店|企业|商家|站点|网点|商户|村)总量", lambda t: t[:-2] + "总数"),
    (r"(?<=[.?!？。])\s*(?:just|only|simply|please give|give me)\s+(?:me\s+)?(?:the\s+)?(?:number|count|names?|list|figures?|total)"
     r"(?:\s*(?:and|,|&)\s*(?:the\s+)?(?:number|count|names?|list|figures?|total))*(?:,?\s*please)?\s*[.!]?\s*$", ""),  # … ? Just the number and names.
    (r"\bspell out\b(?= (?:each|every|all|the|its|which|what)\b)", "list"),  # spell out each edge: list, no pinyin asked
    (r"\b(?:each|every|all(?: the)?) (?:links?|edges?)\b(?! (?:to|of) the (?:article|source|page|report))", "each connection"),
    (r"^\s*([A-Z][\w'-]+(?: (?:County|City|District))?) (?:sits|lies|is located|is situated|is) (?:right )?(?:on|near|by|along|at) (?:the )?"
     r"[\w\s-]{1,30}? border\s*[—–:;-]+\s*", lambda t: re.match(r"\s*(\S+(?: (?:County|City|District))?)", t).group(1) + ": "),
    (r"\b(?:line|passage|sentence|wording)\s+(?:(?:where|in which)\s+the\s+(?:article|report|source|story)\s+(?:announces|says|states|reports|mentions|notes)|"
     r"(?:stating|saying|announcing|reporting|claiming|listing|naming|describing|(?:that|which)\s+(?:says|states|reports|mentions|lists|names)))\b",
     lambda t: t.split()[0] + " about"),
    (r"['’]s inclusion (?:among|in|on)\b", " among"),  # Nanning's inclusion among the pilot-zone cities
    (r"\b(?:hit|reach|reached|get to|got to|attain|attained)\s+what\s+(?:level|figure|mark|size|scale)\b", "reached how much"),  # training reached what level
    (r"\bhow big a contribution did\b", "how much did"), (r"\bmake to (?:regional |the region's |guangxi's )?(?:gdp|economic) growth\b", "contribute to economic growth"),
    (r"\bover what (?:time )?(?:window|span|stretch|time ?frame)\b", "over what period"), (r"\bwhat (?:time )?window\b", "what period"),
    (r"\bleague table\b", "ranking"), (r"\btally\b(?= (?:the|all|only|up|every)\b)", "count"),
    (r"(?<=sina guangxi )(?:feature|piece|story|write-up|report)\b", "article"),
    (r"这张图(?=里|上|中)", "图谱"),
    (r"\bHantang(?:['’]s| Village['’]s)?\s+(?:(?:19|20)\d\d\s+)?(?:fruit[- ])?(?:seedlings?|saplings?)\b(?! (?:village|county))",
     lambda t: "Hantang fruit seedlings" + "".join(" " + y for y in re.findall(r"(?:19|20)\d\d", t))),
    (r"\b(?:the )?(?:provincial|regional) capital,?\s+(?=Nanning\b)", ""),  # the provincial capital Nanning
    (r"被?(?:划进|划入|归入|纳入|归进)(?:了)?(?=[\u4e00-\u9fff])", "属于"),  # 六堡茶被划进桂茶产业没有
    (r"[，,]\s*请?(?:逐一|一一|分别|逐个)?(?:写出|列出|写下|列一下)(?:来)?\s*[。.]?\s*$", "？"),  # …，请逐一写出。
    (r"^[^，,。？?]{0,6}口径(?:下|上|来看|而言|来说)[，,]\s*", ""),  # 外贸口径下，…
    (r"\bwhat (six-digit |6-digit |12-digit |)code goes (?:next to|beside|with|against)\b", lambda t: "what is the " + t.split()[1] + " code of"
     if t.split()[1] != "code" else "what is the code of"),
    (r"引用了?(?:什么|哪些|哪份|哪个)(?:资料|材料|来源|文件|数据)(?:做|作为?|当)证据", "的出处是什么"),
    (r"(?:在图(?:上|里|中)|在图谱(?:上|里|中))?连出去的", "相连的"),
    (r"^\s*[A-Za-z-]+ (?:project|note|query|request|task)\s*:\s*", ""),  # Mapping project: …
    (r"\b(?:pull up|fetch|get|give me|show me|look up) the (?:stored |recorded )?(?:lat/long|lat-long|lat/lon|latitude/longitude|latitude and longitude)"
     r"(?: pairs?| values?| coordinates)? (?:for|of)\b", "what are the coordinates of"),
    (r"主题口号|口号主题", "主题"),
    (r"^\s*add\s+[^?]{3,80}?\s+to\s+[^?]{3,80}?(?:\s*[—–:-]+\s*what(?:'s| is)? (?:the )?total)?\s*\??\s*$",
     lambda t: re.sub(r"(?is)^\s*add\s+(.*?)\s+to\s+(.*?)(?:\s*[—–:-]+\s*what(?:'s| is)? (?:the )?total)?\s*\??\s*$", r"What is the sum of \1 and \2?", t)),
    (r"\bmember (?=(?:tea|teas|products?|counties|cities|items|things|villages)\b)", ""),  # count of member tea products
    (r"\b(?:business |e-commerce |e-com business )?trainees\b", "training"),
    (r"\bcan (?:shoppers|customers|buyers|visitors|consumers) (?:find|buy|get|see|choose from)\b", "are there"),
    (r"(?:支撑|支持|推动|促进|扶持)(?:广西|全区)?(?:电商|电子商务)发展的(?=政策|文件)", "支持电子商务发展的"),  # 支撑广西电商发展的政策文件
    (r"\bexperience hall\b", "experience centre"), (r"支撑(?=[“\"「\u4e00-\u9fff])", "支持"), (r"\bsettled-in\b", "settled"),
    (r"\bprecision (?=poverty)", "targeted "),
    (r"\bdoes each [a-z]+ account for\b", lambda t: "per " + t.split()[2]),  # how many SKUs does each merchant account for
    (r"\bcompound (?:annual )?(?:growth )?rate\b", "average annual growth rate"), (r"\s+(?:imply|implies)(?=\s*[?？]?\s*$)", ""),
    (r"\bon what (?:textual |documentary )?basis\b", "according to which source"),
    (r"\b(?:its|the graph's|the) main (?:news )?source\b", "the article"),
    (r"\bas of what (?:date|day|month|time|point)\b", "as of when"),  # as of what date was that tally
    (r"\b(?:(?:the )?\d+-cit(?:y|ies) )?pilot[- ]zones? (?:approval document|approval|reply|document|decision|approval reply)\b", "pilot zones reply"),
    (r"往上(?:两|二)级", "的上级"), (r"人民币(?:数额|数字|数据|数值)", "金额"), (r"人民币(?=金额|数)", ""),  # 汉塘村往上两级; 人民币金额
    (r"(?:的)?名次(?:如何|怎样|怎么样|是多少|是第几|排第几)", "排名第几"),
    (r"[,，]?\s*(?:but\s+)?not (?:the|a|just the|just a|only the) (?:count|number|total|figure)\b\s*(?=[:：,，;—–-])", ""),  # names, not the count:
    (r"(?:业内|大家|人们|平时|通常|一般)?常说的", ""), (r"牵头(?:组建|成立|设立)|(?<!重)组建", "成立"),  # 业内常说的; 谁牵头组建的
    (r"(上游|下游)(?:种养|环节|链条)", lambda t: t[:2]),  # 米粉的上游种养和下游环节
    (r"^除了(?:行政)?隶属(?:关系)?[，,]\s*", ""), (r"\b(?:the )?grand total of\b", "the number of"), (r"\bgrand total\b", "total"),
    (r"\b(?:the|this) (?:article|piece|report|story) (?:lists|mentions|names|notes|describes|puts a number on|gives a (?:number|figure) for)\s+", ""),
    (r"(?:在)?(?:全国)?叫得上名字的", "全国知名的"),
    (r"\ba (?:batch|bunch|handful|string|series) of\b", "the"),
    (r"\bdrives (?:regional |economic |the region's )?growth\b", "contributes to economic growth"), (r"\bregional growth\b", "economic growth"),
    (r"起步阶段的?", ""), (r"\bsales lines\b", "sales"), (r"\bwhich (?:one )?leads\b", "which is larger"),
    (r"\bcomes? out on top\b", "is the largest"), (r"(?:数量)?垫底", "最少"),
    (r"\bNanning-(?:hosted|held|based)\b", "Nanning"),
    (r"管的是哪几年|管哪几年|覆盖(?:的是)?哪几年|是哪几年的", "起止年份"), (r"那份(?=三年)", ""),
    (r"\btextual evidence\b", "source"), (r"(?<=[元亿万])大关", ""),
    (r"\b(?:does|did|do) (it|they|this|that) clear\b(?= (?:the )?\d)", lambda t: t.split()[0] + " " + t.split()[1] + " exceed"),
    (r"平均到每个", "每个"), (r"复合(?:年均)?增长(?:率)?", "年均增长率"),
    (r"产品类(?:的)?实体|产品类(?=(?:在|有|一共|总共|共))", "产品"),  # 产品类实体有多少个: the products, not a group's
    (r"能(?:不能)?给(?:我)?(?:个|一份|份|一个)?名单吗", "名单有哪些"),  # 能给个名单吗: a list asked, no yes or no
    (r"凭(?:的)?是?什么(?:数据|资料|材料|依据)?|凭什么(?:数据|资料)?", "出处是什么"),  # 这个说法凭的是什么数据
    (r"(?:排|排名|排行|位列|位居)(?:在)?老[大二三四五六七八九]", lambda t: t[:t.index("老")] + "第" + ("一" if t[-1] == "大" else t[-1])),  # 在西部排老二: 第二
    (r"(?:咱们|我们|咱|俺们)(?=广西)", ""),  # 咱们广西: Guangxi, no asker's preamble
    (r"\bwhose (?:main )?(?:service|services|business) (?:target|targets|focus|object|market)s? (?:is|are)\b|\bwhose (?:target|customers|clients|users) (?:is|are)\b", "that serves"),
    (r"(?:主要)?服务(?:的)?(?:对象|目标|群体)(?:是|为)(?=[\u4e00-\u9fff])", "服务"),  # 服务对象是东盟的平台: the platform that serves ASEAN
    (r"龙头(?=企业|电商|平台|公司)", "领军"), (r"(?:电商|电子商务)?龙头(?=有哪些|是哪些|是谁|名单)", "领军企业"),  # 电商龙头企业: the leading ones
    (r"\b(?:e-commerce |industry |sector )?(?:leaders|heavyweights|big names|giants)\b", "leading e-commerce enterprises"),
    (r"\bper annum\b|\ba year on average\b", "per year"), (r"拳头(?=产品)", ""), (r"(?<=[额量])冠军|(?<=[额量])(?:的)?第一名", "最高的"),
    (r"招牌(?=农产品|产品|特产)", ""), (r"(?:具体)?(?:落|设|建)在哪个(?:园区|片区|港区|区域)", "位于哪里"),
    (r"(?:连着|连接着?|关联着?|挂着)(?:哪些|什么)节点", "直接相连的有哪些"),
    (r"\bneighbou?rs\s+in\s+the\s+(?:knowledge\s+)?graph\b", "connections in the graph"),
    (r"(?:进没进|有没有进入?|是否进入?)[\u4e00-\u9fff]{0,6}?农村(?!电商|电子商务)",  # 乐村淘进没进广西农村: does rural e-commerce there
     lambda t: re.sub(r"^(?:进没进|有没有进入?|是否进入?)(.*)农村$", r"有没有在\1做农村电商", t)),
    (r",?\s*\b(?:esp\.?|especially|particularly|in particular)\s+(?:in\s+)?(?:the\s+)?poor(?:er)?\s+(?:areas|regions|counties|villages)\b", ""),
    (r"\bbeyond(?= (?-i:[A-Z]))", "besides"), (r"\bwhich (?:parts|corners|regions) of the (?:world|globe)\b", "where"),
    (r"\bRMB\s*(?=\d)", ""), (r"(?<=\d)\s*bn\b(?!\s*(?:yuan|usd|dollars|rmb))", " billion yuan"),
    (r"(?<=累计)建起来|建起来", "建设"), (r"(?<=[\u4e00-\u9fff])配套(?:的)?(?=物流|快递|服务)", ""),
    (r"(?<!\d)(?:19|20)\d\d\s*[-–—~]\s*\d\d(?![\d-])",  # 2013-17: 2013 to 2017 (never 2018-07, a month)
     lambda t: t[:4] + "-" + t[:2] + t[-2:] if int(t[-2:]) > max(12, int(t[2:4])) else t),
    (r"\brears?\b|\brearing\b", "produces"), (r"\bweakest\b", "lowest"), (r"\bstrongest\b", "highest"),
    (r"\b(?:were|are|was|is) (?:the )?[\w-]+(?: [\w-]+){0,4}? outnumbering (?:the )?[\w-]+(?: [\w-]+){0,4}?(?= in\b|\s*[?？]|$)",  # were stations outnumbering outlets
     lambda t: re.sub(r"(?i)^(\w+) (.+?) outnumbering (.+)$", r"\1 there more \2 than \3", t)),
    (r"(?<=价格)差别|(?<=[额量数])差别", "差距"), (r"(?<=[价格额量数])翻(?:成|到|为)(?=原来|之前|以前)", "是"),
    (r"\bby what (?:multiple|factor)\b", "how many times"), (r"\b(?:online-sale |sale |listed )?items\b", "products"),
    (r"网销(?!单品|产品|农产品|品)", "电商"), (r"\bestablish(?:ed)? (?:itself|themselves)\b", "settle"),
    (r"\bNo\.?\s*[1-3]\b(?=\s+(?:in|among|of)\b)", lambda t: {"1": "first", "2": "second", "3": "third"}[t[-1]]),
    (r"\bin the (?:west|western region)\b", "among western provinces"),
    (r"\bpull(?:s|ed|ing)? along\b", "drives"), (r"落地(?=广西|[\u4e00-\u9fff]{0,4}的)", "落户"),
    (r"\bexpand(?:ed|s)?\b(?=[^?]*\b(?:between|from|since|over)\b)", "grow"),
    (r"(?:这个|这一|该)(?:机构|单位|部门|产品|地方|城市|企业|平台|活动|政策|文件|设施)?节点(?![，,]?\s*(?:的)?上下游)(?:的)?", ""), (r"关联了?哪些东西|关联着哪些东西|(?:的)?关联关系(?=有哪些|是什么|都有)", lambda t: "的关联" if t.endswith("关系") else "有哪些关联"),
    (r"(?:跟|和|与)谁有连边|(?:有)?哪些连边|连边(?:有哪些|都有哪些|是什么)", "直接相连的有哪些"),
    (r"\b(?:show|list|give)(?: me)? (?:every|all|each) edges? (?:touching|around|of)\b|\bwhat nodes (?:link|connect) to\b|"
     r"\bwhich (?:graph |other )?(?:entities|nodes) point to (?:it|them)(?: or from (?:it|them))?\b", lambda t: "what is connected to" + (" it" if " it" in t else "")),
    (r"(?:都)?有哪些品种|包括哪些品种|的品种有哪些", "包括哪些"), (r"\bsectors\b", "industries"), (r"\bphysically\b", ""),
    (r"延伸(?=到)", "拓展"), (r"(?:(?<=到)|(?<=到了))省外(?=哪些|哪几)", ""), (r"\bin which region\b", "where"),
    (r"\bwhat location does the (?:graph|kg|knowledge graph|dataset) give for\b", "where is"),
    (r"\b(?:did|does) (?:it|its [\w-]+(?: [\w-]+)?) peak\b", lambda t: t.replace("peak", "reach its highest")),
    (r"\breach(?:ed)? its (?:highest|peak)\b|\bpeak(?:ed)?\b", "was highest"),
    (r"拿(?:了)?(?:第一|头名|冠军|榜首)|夺(?:得)?(?:冠|第一)|(?<!个数)(?<!数量)(?<!金额)居首", "排名第一"), (r"拿(?:了)?第([二三四五])", lambda t: "排名第" + t[-1]),
    (r"\b(?:does|do|did|is|was) [\w'-]+(?: [\w'-]+){0,3}? (?:rank|ranked|place|placed) (?:in )?(?:first|second|third|top)\b(?! (?:three|two|five|ten|\d))",
     lambda t: re.sub(r"(?i)^\w+ (.+?) (?:rank|ranked|place|placed) (?:in )?(\w+)$", r"is \1 \2", t).replace(" top", " first")),  # is Guangxi first
    (r"\b(?:ranks?|ranked|placed?|finished) (?:in )?(?:first|top|number one|no\.\s?1)\b(?! (?:three|two|five|ten|\d))", "is the highest"),
    (r"属于哪(?:个|一个|一|种)(?=品类|类别|种类|大类|类)", "属于什么"),  # 属于哪个品类: its category, not where it is
    (r"办公厅\s*[（(]\s*(?:自治区|广西)?(?:人民)?政府的?\s*[)）]|(?<![\u4e00-\u9fff])区政府办公厅|(?<!自治区人民)(?<!自治)(?:自治区|广西)(?:人民)?政府办公厅",
     "自治区人民政府办公厅"),  # 办公厅（自治区政府的）, 区政府办公厅: the General Office, not the government
    (r"\b(?:the )?(?:host|venue) city (?:of|for)\b", "which city hosted"), (r"\bissuer and (?:month|date|year) of issue\b", "who issued it and when"),
    (r"\s*[（(](?:the )?(?:home|birthplace|origin) of [^)）]{2,40}[)）]|\s*[（(](?:the |a )?(?:border|frontier|coastal|port) (?:city|town|county)(?:,\s*[A-Za-z ]{2,20})?[)）]", ""),
    (r"[（(][^)）]{1,12}的(?:产地|故乡|家乡)[)）]", ""),
    (r"来广西[（(]入桂[)）]发展|[（(]入桂[)）]", lambda t: "入桂发展" if t.startswith("来") else ""),
    (r"\b(?:show me |list )?(?:its |their |the )?(?:neighbou?rs|edges)(?: in (?:the |this )?(?:kg|knowledge graph|graph))?(?=\s*(?:[?？.]|$|[-—–]\s*list))",
     "connections"),
    (r"(?<=\w) node(?=\s*:)", ""), (r"(?:有哪些|有什么)相关(?:信息|资料|内容)", "的数据有哪些"), (r"\bGermany's\s+(?=SAP\b)", ""),
    (r"(?<=[”\"])(?:这种|这一|这个)新模式", "新模式"), (r"\babsolute gain\b|\bgain\b(?= in\b)", "increase"),
    (r"\b(?:http|web|internet) address\b", "URL"),
    (r"[\u4e00-\u9fff]{1,6}之乡(?=[\u4e00-\u9fff]{1,4}[县市区镇乡村]|[\u4e00-\u9fff]{2,4}[，,、])|[（(][\u4e00-\u9fff]{1,6}之乡[)）]", ""),  # 金桔之乡融安县: an epithet, no condition
    (r"(?:上面|上头|上级)?管它的(?=地级市|市)", "所属的"), (r"\b(?:which|what) nodes hang off\b", "what is connected to"),
    (r"土特产", "特产"), (r"\bquoted (?:source )?line\b", "source sentence"), (r"\bsupporting (?=that\b)", ""),
    (r"是哪个(?:县|市|镇|乡|区)的(?:村子|村庄|村|镇子|地方)", lambda t: "在哪个" + t[3]),  # 汉塘村是哪个县的村子: where it is
    (r"\bweb retail\b", "online retail"), (r"\s*\((?:the )?[\w'-]+ brand\)", ""), (r"建好的?(?=物流|服务|站点|网点)", "建成的"),
    (r"(?:入选了?|名列)(?=[\u4e00-\u9fff]{0,12}综合试验区)", "实施了"),
    (r"\bfalls? under(?= (?:the |which |what )?(?:[\w' -]{2,40}? )?(?:category|class|group|family|umbrella|type)\b)", "belong to"),  # a category's members, not where
    (r"^\s*(?:which|what) (?:category|type) (?:does|do|did) [^?]{2,60}? (?:belong to|fall under|fall into|come under)\s*[?？]?\s*$",  # its category
     lambda t: re.sub(r"(?i)^\s*\w+ \w+ \w+ (.+?) (?:belong to|fall under|fall into|come under)\s*[?？]?\s*$", r"What category is \1?", t)),
    (r"^\s*[^?]{2,60}? (?:belongs? to|falls? under|falls? into|comes? under) (?:which|what) (?:category|type)\s*[?？]?\s*$",
     lambda t: re.sub(r"(?i)^\s*(.+?) (?:belongs? to|falls? under|falls? into|comes? under) \w+ \w+\s*[?？]?\s*$", r"What category is \1?", t)),
    (r"设区的?市", "地级市"),  # 由哪个设区市管: the prefecture-level city above it
    (r"(?<!\bare mentioned)(?<!\bwere mentioned)(?<!\bare named)(?<!\bwere named)(?<!\bare listed)(?<!\bwere listed)\s+in the (?:piece|article|report|story|text)(?=\s*(?:[—–-]\s|[?？,，]|$))", ""),  # noodles listed … in the piece — which ones
    (r"(?<=[\u4e00-\u9fff]{2})(?:减去|减掉|减|minus)(?=\s*[\u4e00-\u9fff]{2,10}\s*[：:，,][^？?]*(?:相差|差额|差距|差多少|差几|差了))", "和"),  # 香蕉减芒果：…相差几个亿: the two compared
    (r"\bhow far apart (?:were|are|was|is) (?:the two|they|these two|those two|both)(?: in| on| by)?\b(?=" + FIGURE_AFTER + ")",
     "what was the difference between the two in"),
    (r"\bhow far apart (?:were|are|was|is)\b(?=" + FIGURE_AFTER + ")", "what was the difference between"),  # in sales, not in km
    (r"哪一(?=[个家座位种条项份年])", "哪"),  # 由哪一个地级市管辖: which one, as 哪个
    (r"\b(?:is|are) there (?:a|an|any) [\w' -]{2,30}? on record for\b",  # a host city on record for X: X's host city
     lambda t: re.sub(r"(?i)^(?:is|are) there (?:a|an|any) (.+?) on record for$", r"what is the \1 of", t)),
    (r"\b(?:a|an|the) (?:\d{4}|\d{1,2}(?:st|nd|rd|th)) edition of (?:the )?", lambda t: "the " + t.split()[1] + " "),  # an event's edition, no source's
    (r"(?:^|(?<=[里中上，,]))属于(?=[\u4e00-\u9fff]{2,8}(?:品类|类别|门类)的[^？?]{0,8}(?:几种|几类|几个|多少种|多少个))", ""),  # 属于X品类的米粉有几种: X's members
    (r"^(?:[A-Za-z][\w'-]*\s+){0,3}(?:here|asking|note|question|query|request|enquiry|inquiry)\s*(?:[-—–:,]|\s-)\s*", ""),  # Journalist here - …: who asks
    (r"\s*(?:does|did|do) the (?:sina )?(?:piece|article|report|story) (?:report|say|give|state|quote|mention)(?=\s+for\b)", ""),
    (r"冲破", "突破"), (r"\bmerchandise\b", "goods"), (r"\bselenium[- ]enriched\b", "selenium-rich"),
    (r"\b(?:people's )?jobs (?:are |were )?tied(?:,? directly or indirectly,)? to\b", "jobs driven by"),
    (r"\bin the country\b(?=[^?]*\b(?:shops?|stores?|share|slice|percentage|proportion)\b)", "in China"),
    (r"\bnational[- ]brand (?=platforms?\b)", ""), (r"工程项目", "工程"), (r"本土(?=电商|企业|平台|开发)", ""),
    (r"\bwhich city (?:do|should|would|will|can) (?:we|i|they) (?:fly|travel|go|head) (?:to|into)\b", "which city is it held in"),
    (r"\battributed to(?=\s*[?？]?\s*$)", "from"),
    (r"[（(](?:边境|口岸|沿边|沿海|边境口岸|边贸)(?:口岸)?(?:城市|小城|重镇|县城|市|县|镇)?[)）]", ""),
    (r"(?:这个)?(?:节点|实体)?周边(?:都)?有(?:哪些|什么|啥)(?:关联实体|关联|上下游和品类关系|关系|节点|实体)?", "直接相连的有哪些"),
    (r"沾边的(?:东西|事物|实体|节点)?(?:都)?有(?:啥|哪些|什么)", "直接相连的有哪些"),
    (r"(?:谁|哪个|哪一个|哪家)(?:更)?占优", "谁更多"),
    (r"\b(?:put|set|place|lay) .{3,80}? next to .{3,80}?(?=\s*(?:[-—–,;:]\s*)?(?:which|what|who)\b)",
     lambda t: re.sub(r"(?i)^(?:put|set|place|lay) (.+?) next to (.+)$", lambda m: f"compare {m.group(1)} with {m.group(2)}", t)),
    (r"\b(?:trails|trailed)(?: at the bottom)?\b|\b(?:comes last|came last|is at the bottom|was at the bottom)\b", "is lowest"), (r"\bslowest(?= growth)", "lowest"),
    (r"^(?:我记得|我印象中|印象中|我听说|听说|据说)[，,]?(?=[^？?]*[，,]\s*(?:对不对|对吗|是吗|是不是|没错吧|对吧)\s*[？?]?\s*$)", ""),
    (r"\s*(?:->|→|=>|—>)\s*(?=(?:its|the|their)\b)", ": "), (r"新闻的?网址(?:是多少)?|网址是多少", lambda t: ("新闻的网址" if t.startswith("新闻") else "网址") + ("是什么" if t.endswith("多少") else "")),
    (r"边境(?:口岸)?城市(?=[\u4e00-\u9fff]{2}[、和与及])", ""), (r"\bgrowth percentages?\b", "growth rate"),
    (r"\s+in the (?:dataset|data ?set|database|data)(?=\s*[?？]?\s*$)", ""),
    (r"(?<=是)(?:哪个时期|哪一时期|哪段时间|哪个时间段|哪一?期)", "哪年"),
    (r"\b(?:among|of) the (?:two|three|four|five|six|seven|eight|nine|ten) (?=[\w' -]{2,30}?,)", lambda t: t.split()[0] + " the "),
    (r"\bplatforms (?:(?:reported|said|listed|described) as )?(?:having )?set up (?:shop )?in\b", "platforms settled in"),
    (r"\b(?:is|are|was|were) (?:e-commerce|it|the sector|the industry) credited with\b", "does e-commerce drive"),
    (r"(?<=电商)(?:龙头|领军|头部)(?=企业)", ""), (r"(?:进入|来到?|到|进军)广西发展", "入桂发展"), (r"被(?:写成|写作|描述为|说成|称为)(?=[“\"])", ""),
    (r"\bsited\b", "located"), (r"\b(?:pointing|points|point) (?:at|to)\b", "connected to"),
    (r"\bpractis(?:e|es|ed|ing)\b", lambda t: {"e": "adopt", "es": "adopts", "ed": "adopted", "ing": "adopting"}[t.lower()[7:]]),
    (r"\bcity-level government\b", "prefecture"), (r"\bsits? under\b", "is in"),
    (r"\s*(?:[—–:,]|\s-)\s*(?:as an?\s+|in\s+)?(?:percent|per cent|percentage|%)(?=\s*[?？.]*\s*$)", ", as a percentage"),
    (r"\b(?:sits?|sitting|sat|lies|lie|lying|located|positioned|placed)\s+(?=(?:further\s+|farther\s+)?(?:up|down)-?stream\b)", ""),
    (r"\b(?:which|what) (?:graph |kg )?(?:relations|relationships|links|edges) (?:involve|include|touch|concern)\b", "what is connected to"),
    (r"\s*,?\s*\band where do (?:they|these|those|the (?:links|edges)) (?:point|lead|go)(?: to)?(?=\s*[?？.]?\s*$)", ""),
    (r"\bthe regional (?=department of commerce\b|commerce department\b)", "the Guangxi "),
    (r"\bknown far and wide as\b", "known as"),
    (r"(?:那个|这个)?(?:卖|种|做|产)[\u4e00-\u9fff]{1,6}(?:出名|闻名|有名)的(?=[\u4e00-\u9fff]{2,6}(?:村|县|镇|市))", ""),
    (r"(?<=[\w)）]) node(?=\s*(?:[—–-]|[.?？。]?\s*$)|,? and where do\b)", ""),
    (r"\b(?:types|kinds|sorts|varieties|products|teas|noodles|members|ones|items|things)(?:\s*\([^)]{2,40}\))? (?:are |were |is )?(?:classed|grouped|filed|counted|lumped|"
     r"categori[sz]ed|classified)(?: together)? under\b(?!\s+(?:which|what|whose)\b)", lambda t: t.split()[0] + " listed under"),  # types classed under X: X's members
    (r"(?:政策|规划|通知|意见|批复)文件(?:的)?(?:名称|名字|标题|全称)", lambda t: t[:2] + "文件"),  # 政策文件名称: the documents, no source's file name
    (r"(?<=[茶粉果桔橘蕉米鸡笋苗])出自(?=(?:哪里|哪儿|何处|什么地方|哪个地方)[？?]?\s*$)", "产自"),  # 金花茶出自哪里: where it comes from
    (r"(?:主办|承办|发布|运营)(?:方|单位|机构|部门)(?:和|与|跟|同)(?:主办|承办|发布|运营)(?:方|单位|机构|部门)(?=[^？?]*(?:同一|一样|相同|是一家))",
     lambda t: re.sub(r"(?:方|单位|机构|部门)", "", t)),  # 主办方和承办方是同一个单位吗: the two roles compared, no one role read as a name
    (r"\b(?:language|script)(?:\s*(?:/|or|and)\s*(?:script|language))? (?:code|tag)s?\b", "language"), (r"(?:语言|语种)(?:代码|编码|标签)", "语言"),
    (r"(?:的)?原产(?=县|市|村|镇|地级市)", "产地"),  # 凌云茶原产县的上级市: the origin county, then one level up
    (r"(?:这条|这个|该|这些)(?:数据|数字|说法|消息)(?:是)?(?:什么时候|何时|哪天|哪一天)(?:发布|公布|发表|报道)的?", "这条数据的发布日期是"),
    (r"(?<![个座])边境(?:口岸)?(?:城市|小城|口岸城市)(?=[\u4e00-\u9fff]{2})|这个边境(?:口岸)?(?:城市|市|小城)(?=[，,])", ""),
    (r"(?<!直接)(?:有关|相关|相连|挂钩)的(?:节点|实体|东西)(?:都)?(?:列一下|列出来|有哪些|有什么)", "直接相连的有哪些"),
    (r"^按(?:年份|年度|年)(?:来)?看[，,]?", ""), (r"\btea (?:group|cluster|family|sector)\b", "tea industry"),
    (r"\b(?:one|two|three|four|five|six|seven|eight|nine) in (?:ten|10)\b",
     lambda t: str(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"].index(t.split()[0].lower()) + 1) + "0%"),
    (r"['‘\"“]?\bentered Guangxi(?: to develop| for development)?\b['’\"”]?", "came to develop in Guangxi"), (r"贴出|贴一下|贴上", "给出"),
    (r"(?<=\w) boom\b", ""),
    (r"\s*\bthe (?:article|piece|report|source) (?:praises|highlights|touts|lauds|singles out)\b", ""),
    (r"搞[\u4e00-\u9fff]{1,8}?扶贫的(?=[\u4e00-\u9fff]{2,4}(?:县|市|，|,|行政|归|属|是|在))", ""),
    (r"在?哪(?:个|一个|一)?年度", "在哪年"), (r"\bprefectural(?:[- ]level)? city\b", "prefecture"),
    (r"[\u4e00-\u9fff]{2,8}[（(](?:中国[-—–]?东盟|中国|东盟|广西)[)）]",  # 信息港（中国-东盟）: the name with its qualifier in front
     lambda t: re.sub(r"^(.+?)[（(](.+?)[)）]$", lambda m: m.group(2) + m.group(1), t)),
    (r"\bemployment effect\b", "jobs created"), (r"\s*\((?:headcount |rough |ballpark )?estimates?\)", ""),
    (r"\bwhat (?:[\w-]+ ){0,4}(?:percentage|percent|share|figure|number|amount|rate|total|count)\b[^?]*?\s(?:does|did|do) the (?:sina )?"
     r"(?:piece|article|report|story) (?:report|say|give|state|quote|mention)(?=\s*[?？]\s*$)",
     lambda t: re.sub(r"(?i)\s(?:does|did|do) the (?:sina )?(?:piece|article|report|story) \w+$", "", t)),
    (r"(?:国家层面|国家级)(?=[“\"]?[\u4e00-\u9fff])", "国家"), (r"授牌的", "的"),
    (r"\b(?:gui-?cha|guicha)(?: tea)? (?:cluster|group|family|sector)\b", "Guicha industry"),
    (r"招进来了?|招进了?|招来了?|招商引进了?", "入驻了"), (r"\s*\((?:e\.g\.,?\s*)?[\w' -]{2,30}? etc\.?\)", ""),
    (r"\brelocated (?:in)?to\b", "settled in"),
    (r"\b(?:the )?walnut[- ]fed chicken(?: brand)?(?: (?:from )?Wanshougu(?: valley)?)?|\bWanshougu(?: valley)? walnut[- ]fed chicken\b", "Wanshougu walnut chicken"),
    (r"\b(?:its |the )?(?:prefecture(?:-level)?|city|county)[- ]parent\b", "which prefecture is it in"), (r"^(?:the )?border (?:town|city|port) (?=(?-i:[A-Z]))", ""),
    (r"(?:有)?哪些关联关系|关联关系有哪些|有什么关联(?=[？?]?\s*$)", "直接相连的有哪些"),
    (r"\bhub\b", "centre"), (r"\bhead-to-head\b", "compared"), (r"\bwho wins\b", "which is larger"),
    (r"\bofficially recogni[sz]ed as\b", "is"), (r"\bexpansion factor\b|\bgrowth multiple\b", "how many times"), (r"中间差了?多少", "相差多少"),
    (r"\bshowroom\b", "experience centre"), (r"(?<=promotion )portal\b", "platform"), (r"跨境平台", "跨境电商平台"),
    (r"\b(?:what|which) parts? of the world\b", "where"),
    (r"\bwalnut[- ]chicken(?: brand)?(?: from)? Wanshougu(?: valley)?\b", "Wanshougu walnut chicken"),
    (r"\b(?:is|are) (?:farmed|grown|raised|reared|bred) where\b", "comes from where"),
    (r"\b(?:parcel )?delivery (?:network )?(?:depots?|outlets?)\b", "logistics delivery outlets"),
    (r"\b(?:(?:rural|village) )?(?:e-commerce )?service points?\b", "rural e-commerce service stations"),
    (r"\bpercentage growth (?:figures?|numbers?|rates?)\b", "growth rate"),
    (r"(?:乡村|农村)做(?:农村)?电商(?:业务)?", "开展农村电商业务"), (r"下沉到(?=[\u4e00-\u9fff]{2})", "在"),
    (r"名字报一下|报一下名字|报个名", "列一下"), (r"(?<=全国)大平台|(?<=全国性)大平台", "知名电商平台"),
    (r"\s*[—–:-]+\s*(?:names?|list(?: them)?|which ones)(?:,? please)?\s*[?？]?\s*$", "?"),  # platforms that settled in X — names?: which ones
    (r"(?<![相落还])差了?(?=多少|几)", "相差"),
    (r"\b(?:two|three|four|five|2|3|4|5) (?:discussion )?(?:themes|subjects)\b", lambda t: t.split()[0] + " topics"),
    (r"(?<=\w) log (?=over|in|during|for)\b", " have "), (r"\bkeeps? busy\b", "employs"),
    (r"\b(?:total )?import[- ]export(?: value| volume| total)?\b", "total imports and exports"),
    (r"(?<!最终)消费这块", "最终消费"), (r"(?:GDP|gdp)增长", "经济增长"), (r"贡献了(?=几成|多少)", "贡献率是"),
    (r"\bsales-wise\b", "in sales"), (r"\b(?:as )?making up\b", "in"),
    (r"\bSoutheast Asian (?:businesses|companies|firms|enterprises)\b", "ASEAN enterprises"), (r"\blocally[- ]built\s+", ""),
    (r"(?:(?<=port )|(?<=goods )|(?<=Qinzhou )|(?<=Qinzhou's ))outlet\b", "direct-sales centre"),
    (r"\b(?:big-name |major |national )?online marketplaces\b", "platforms"), (r"把落脚点放(?:到|在)了?", "落户"),
    (r"\s*the (?:article|piece|report|source) (?:names|lists|mentions)(?=\s*[?？]?\s*$)", ""),
    (r"\s*\((?:jinhua|jin hua)\)", ""), (r"\bgolden-camellia\b", "golden camellia"), (r"\borigin place\b", "origin"),
    (r"(?<=[\u4e00-\u9fff])致富(?=的)", ""), (r"\bexperiments? (?:being )?(?:run|carried out|tried)\b", "adopted"),
    (r"[\u4e00-\u9fff]{2,4}关所在的(?=[\u4e00-\u9fff]{2,4}[市县])", ""),
    (r"按(?:照)?20\d\d年?版?的?(?:行政)?区划(?:数据)?[，,]?", ""),
    (r"\s*\((?:a |the )?(?:tourist|tourism|scenic|famous|mountain|karst)[\w -]{0,20}\)", ""),
    (r"指向[“\"]?[^“”\"的]{1,20}?[”\"]?的关系有哪些", lambda t: "和" + t[2:-6] + "直接相连的有哪些"),
    (r"直接相连的节点(?=都?(?:有哪些|有啥|有什么|是哪些|列))", "直接相连的"),
    (r"(?<=[\u4e00-\u9fff])这?(?:两|三|四|五)(?:种|个|样|家)(?:里|中|当中|之中)", "中"),
    (r"进了?广西农村市场", "在广西开展农村电商业务"), (r"\brunner-up\b", "second"),
    (r"\b(?:the )?(?:(?-i:[A-Z])\w+ )?(?:software|tech|e-commerce|internet|retail) giant\s+", ""), (r"\brecorded as having\s+", ""),
    (r"\bpioneered\b", "adopted"), (r"\bhushi[- ]trade\b", "border trade + cross-border e-commerce"),
    (r"\bsource text\b", "source"), (r"\bequall?ed\b", "was"),
    (r"是哪(?:个|一个)?(?:地级)?市(?:代管|管辖|下辖|管)的(?:县级市|县|区|自治县)", "由哪个地级市管辖"),  # 横州市是哪个市代管的县级市: its city
    (r"\bx-border\b", "cross-border"), (r"\be-comm\b", "e-commerce"), (r"\bprior (?:yr|year)\b", "previous year"),
    (r"\braised above the poverty line\b", "lifted out of poverty"), (r"(?<=业务)扩展到", "拓展到"), (r"(?<=几个)外省", "省"),
    (r"\b(?:(?-i:[A-Z])\w+)-origin products\b", lambda t: "products from " + t.split("-")[0]),
    (r"\btakes? place\b", "is held"), (r"的?连接关系(?:都)?(?:列一下|有哪些|列出来)", "直接相连的有哪些"),
    (r"\bpublish\b", "published"), (r"\b(?:simplified|traditional) or (?:simplified|traditional) Chinese\b", "which language"),
    (r"\bcorpus (?:text|file|article)\b", "article"), (r"\bin what place\b", "where"), (r"扩大(?:到|为|成)了?(?:原来的)?几倍", "是原来的几倍"), (r"原先", "原来"),
    (r"^(?:according to|per|based on) (?:your|the|this) (?:data|dataset|data set|records?|database)[,，]?\s*", ""),  # the graph's own scope, no source
    (r"[，,]\s*(?:图谱|知识图谱|你们|数据库|数据)?(?:里|中)?(?:有没有|有)(?:这个|相关的?|这方面的?)?(?:统计|数据|记录)吗?\s*[？?]?\s*$", "？"),  # …有几个，图谱有统计吗: the count asked
    (r"\s*[-—–]+\s*just the (?:number|figure)(?:,? (?:pls|please))?(?:,? no essay)?\s*$", ""), (r"(?<!offline experience )(?<=experience )store\b(?! model)", "centre"),
    (r"\bsustains?\b", "drive"), (r"\bnoodle brands\b", "noodles"), (r"\bcame into Guangxi to develop\b", "came to develop in Guangxi"),
    (r"(?:电商)?打法", "模式"), (r"直消", "直销"), (r"\bputting up\b", "building"), (r"\bhandles (?:that area|it)\b", "governs it"),
    (r"\b(?:what|which) (?:county|city|prefecture|town|village|place) grows (?:it|them)\b",
     lambda t: re.sub(r"(?i)^(\w+) (\w+) grows (\w+)$", lambda m: f"{m.group(1)} {m.group(2)} {'do they' if m.group(3).lower() == 'them' else 'does it'} come from", t)),
    (r"\bsteepest\b", "largest"), (r"(?<=[店点品])数超过", "数量超过"),
    (r"出自(?=[\u4e00-\u9fff]{2,6}[县市区镇村](?:[，,。？?！!\s吗呢]|$))", "产自"),  # 凌云茶出自凌云县: its origin, no source
    (r"(?<=\w), where [^,—–?]{5,80}?\s*[—–]+\s*(?=its\b|what\b|which\b)", ": "),  # Rong'an, where kumquats jumped … — its prefecture
    (r"^[^，,？?]{2,20}?(?:产自|出自|来自|位于)(?![\u4e00-\u9fff]{0,3}哪)[\u4e00-\u9fff]{2,6}[县市区][，,]\s*这个(?:县|市|区)",  # 凌云茶出自凌云县，这个县…: the county named
     lambda t: re.sub(r"^.*?(?:产自|出自|来自|位于)([\u4e00-\u9fff]{2,6}[县市区])[，,]\s*这个(?:县|市|区)$", lambda m: m.group(1), t)),
    (r"\b(?:its |the |a )?(?:parent|broader|wider|higher-level|umbrella|larger) (?:product )?(?:category|class|group|grouping|family)\b(?!\s*[,，(（])", "category"),  # Guilin mifen's parent category: the broader product
    (r"(?:归在|归入|归于|归属于?)(?:什么|哪个|哪一个|哪)(?:大类|上级品类|品类|类别)", "属于哪类"), (r"的(?:上级|上一级|所属)品类", "属于哪类"),
    (r"\b(?:that|this|the said) parent\b(?! (?:city|prefecture|county|municipality|region|company|firm|group))", "it"),  # … → what does that parent drive: the category just found
    (r"^(?:what|which) are the [^?,]{3,40}? (?:varieties|sub-?types|kinds|types|sorts)(?=\s*\??\s*$)",  # the Guangxi rice noodle varieties: what it includes
     lambda t: "what does the " + re.sub(r"(?i)^\w+ are the (.+?) \S+$", r"\1", t) + " include"),
    (r"\becommerce (?=turnover|sales|revenue)", "e-commerce "),  # Guangxi ecommerce turnover: all e-commerce, no product's sales
    (r"(?<![\d/.-])20\d\d-[01]\d-[0-3]\d(?![\d-])", lambda t: f"{t[:4]}年{int(t[5:7])}月{int(t[8:10])}日"),  # the 2018-09-13 forum: a date
    (r"(?<![\d/.-])20\d\d-[01]\d-[0-3]\d(?=[\u4e00-\u9fff])", lambda t: f"{t[:4]}年{int(t[5:7])}月{int(t[8:10])}日"),  # 2018-09-13的论坛
    (r"\bweb retail\b", "online retail"), (r"\bup how much\b", "how much growth"), (r"\bprior (?:yr|year)\b", "previous year"),
    (r"(?<=direct-purchase )hall\b", "centre"), (r"\bnationally approved as (?:rural )?e-commerce\b", "approved as national e-commerce"),
    (r"(?<=e-commerce )showcases?\b", "demonstration counties"),
    (r"\bmoved (?:in)?to Guangxi to develop\b", "came to develop in Guangxi"),
    (r"\bmoved in to develop(?: business)? in\b|\bmoved (?:in)?to\b(?= Guangxi)", "came to develop in"),
    (r"\b(?:relocated|landed)(?: or (?:relocated|moved|landed))? (?:in|to|into)\b", "settled in"),
    (r"\bhome city(?= (?:sits|is|lies) (?:under|in) which| is under)", "place of origin"),  # the tea's home city sits under which prefecture
    (r"\bbears? (?=the [^?]{3,60} as (?:its )?issuer)", "have "),
    (r"\b(leading )?internet (?=companies|firms|players)", lambda t: ("leading " if t.lower().startswith("leading") else "") + "e-commerce "),
    (r"\b(?:rural )?(?:delivery|logistics)(?:/| or | and )(?:delivery|logistics) (?:sites|points|outlets|stations)\b", "logistics delivery outlets"),
    (r"(?:各自|分别)?(?:被点名|被提到|被提及|被列举)?的(?:特色|主打|代表性?的?)?(?:产品|特产|农产品)(?:分别|各自)?是(?:什么|啥|哪些|哪个)", "各有哪些产品"),  # 河池的特色产品是什么
    (r"(?<=[\u4e00-\u9fff]{2})各自被点名的", "各自的"), (r"带起来的", "带动的"), (r"获准设(?:立)?", "设立"),
    (r"(?:在|据)(?:文章|原文|报道|这篇文章)(?:里|中)(?=是多少|有多少|为多少|是几)", ""),  # 贡献率在文章里是多少: the figure, no source
    (r"(?:开|落|设|建)在(?:什么|哪个|哪一个|哪)(?:园区|片区|港区|区域)里?", "位于哪里"),
    (r"\b(?:the )?seven-month \((?=jan)", "the ("), (r"\b(?:including|incl\.?|counting) (?:direct and )?indirect(?: jobs| employment| ones)?\b", "direct and indirect"),
    (r"\bdemo counties\b", "demonstration counties"), (r"\b(?:for )?bringing e-commerce to (?:the countryside|rural(?: areas)?)\b", ""),
    (r"\bon MOFCOM'?s list of\b", "approved as national"), (r"\bSoutheast Asian (?=enterprises|firms|companies|businesses)", "ASEAN "),
    (r"\buse (?:its|the platform's|their) services\b", "are served"), (r"\bcomponents of\b", "members of"),
    (r"^product range (?=at|of|in)", ""), (r"\bgolden kumquats?\b", "kumquats"),
    (r"\blinks or roles\b", "links"), (r"^bottom of the [^:?]{3,40}:\s*", ""), (r"\bapart from\b", "besides"),
    (r"\b(?:on the table|up) for (?:debate|discussion)\b", "discussed"), (r"\borganised around how many themes(?: for discussion)?", "had how many topics"),
    (r"(?<=sentence )(?:proving|showing|confirming|stating)\b", "saying"),
    (r"(?:(?<=centre)|(?<=center)|(?<=hall)) for imported goods\b", ""),
    (r"\b(?:does|did) e-commerce (?:reach|cover) (?:more than|over) \d+(?:\.\d+)? ?(?:percent|%) of (?:rural Guangxi|Guangxi's (?:countryside|rural(?: areas)?|villages))",
     lambda t: "does Guangxi's rural e-commerce coverage exceed " + re.search(r"\d+(?:\.\d+)?", t).group(0) + " percent"),
    (r"\s*\b(?:sold|selling|priced|going) (?:at|for) \d+(?:\.\d+)? (?:yuan )?(?:a|per|each) jin\b(?=\s*[—–:,]|\s+come from)", ""),  # kumquats sold at 40 a jin — which place
    (r"\b(?:is|are) the [^?]{3,60}? made (?:up )?of(?=\s*\?|\s*$)", lambda t: re.sub(r"(?i)\bsector\b", "industry", re.sub(r"(?i)^(?:is|are) (the .+?) made (?:up )?of$", r"make up \1", t))),
    (r"\btea (?:varieties|kinds|types|sorts)\b", "teas"),
    (r"(?<=figure|number|amount) reported (?=for\b)", " "),  # the rural online retail figure reported for Guangxi: the figure
    (r"\bcompanies from ASEAN\b|\bASEAN-based (?:companies|firms)\b", "ASEAN enterprises"), (r"\bsmall-business\b", "SME"),
    (r",?\s*(?:per|according to) (?:this|the) (?:source|article|report|story|piece)\s*(?=[?？]\s*$|$)", ""),  # the figure, per this source: no source asked
    (r"\bapproval letter\b", "reply"), (r"\bbottom seller\b", "lowest sales"), (r"\s*\bunder the (?-i:[A-Z])[\w']+ model\b", ""),
    (r"\bwhat does the graph tie to\b", "what is connected to"), (r"\bgrown its business\b", "expanded its business"),
    (r"\b(?:the|those|these) (?:two|three|four|five|six|seven|eight|nine|ten) (?=policy|documents|papers)", "the "),
    (r"\barea/zone\b|\bzone/area\b", "area"), (r"^(?:journalist|reporter|editor)(?: here)?(?: fact-check)?\s*[—–:-]+\s*", ""),
    (r"^[^:：?—–]{3,40}? here\s*[:：—–]+\s*", ""), (r"\bunderpins?\b", "support"), (r"\bgovernment policy papers\b", "policy documents"),
    (r"^(?:跑|做|搞)[\u4e00-\u9fff]{1,6}的[，,]\s*(?:问下|问一下|请问|想问)?", ""), (r"[，,]\s*它(?:的)?场地(?=有多大|多大)", "，面积"),
    (r"^(?:please |can you |could you )?add up\b(?= (?:the|all|these|those)\b)", "total"),  # add up the sales …: a total, no check
    (r"往回推算?|往前推算?|倒推|回推|反推(?:一下)?|反算(?:一下)?|倒算(?:一下)?|回算", "推算"),  # 按28.8%的增速往回推: the earlier level worked out
    (r"\bafter (?:an? )?\+(?=\d+(?:\.\d+)?\s*%)", "after growing "),  # hit 42.5bn after +28.8%: its growth
    (r"(?:人均|平均)?每家(?=面积|占地|能分到|分到)", "平均每个商家"),  # 超400家商家，人均每家面积: area per merchant (家 counts merchants)
    (r"(?<=[\u4e00-\u9fff])那边(?=靠|做|搞)", ""), (r"\btrade value\b", "transaction volume"), (r"(?:带来|带动|创造)的岗位", "带动就业人数"),
    (r"[（(]含间接[）)]", "（直接和间接）"), (r"\b(?:regional )?economic expansion\b", "economic growth"),
    (r"\b(?:safeguard|underpin|back|promote|foster)(?:s|ing)? e-commerce (?:growth|development)\b", "support e-commerce development"),
    (r"\bpersonal (?:e-?shops|online shops|web shops|net shops)\b", "individual online shops"), (r"电商龙头(?:公司|企业)?", "电商企业"), (r"[、，,]?\s*被(?:报道|文章|原文)(?:列名|点名|提到|提及)的", "的"),
    (r"(?:广西|全区)?为(?:电商|电子商务)发展出台(?:过|了)?的?", "支持电子商务发展的"), (r"\b(?:experimenting|experiment|experiments) with\b|\bpiloting\b|\btrialling\b", "adopting"),
    (r"\bdebate\b", "discuss"), (r"开会(?:的)?(?:地点|地方)", "举办地点"), (r"\s*\((?:the [\w' -]{2,30} one|not the [\w' -]{2,30} one)\)", ""),
    (r"\bgolden-flower camellia\b", "golden camellia"), (r"凌云白毫(?:茶)?", "凌云茶"), (r"\s*\((?:old|formerly|former|once|ex-)\s*[\w']+\)", ""),
    (r"涉及(?:哪些|什么)关系", "有哪些关系"), (r"\bevidence line\b", "evidence sentence"), (r"^what text supports\b", "which sentence supports"),
    (r"有没有入选(?=[^？?]{2,30}$)", "是不是"), (r"(?:是否|有没有)?入选了?(?=[^？?]{2,30}[吗么])", "是"),
    (r"^(biggest|largest|highest|smallest|lowest) (?=(?:RMB|yuan|percentage) (?:figure|value|number))", lambda t: f"What is the {t.strip().lower()} "),
    (r"\bRMB (?=figure|value|number|amount)", "yuan "), (r"\byuan-denominated (?:value|figure|number|amount)s?\b", "figure in yuan"),
    (r"(?<=(?:figure|number|amount|values)) stored anywhere in\b|(?<=value) stored anywhere in\b", " in"), (r"\banywhere in (?=your data|the graph|the data)", "in "),
    (r"\btops the rest\b", "is the highest"), (r"百分比指标", "百分比数据"),
    (r"\b(?<=cross-border )share of (?:foreign |total )?trade\b", "share of imports and exports"),
    (r"\bslice of\b", "share of"), (r"(?:拉动|带动)作用", "带动"), (r"\bregional GDP growth\b", "Guangxi's economic growth"),
    (r"\s*\(the ones named (?:alongside|with|beside) [^)]{2,30}\)", ""), (r"货源(?:覆盖|来自|来源于)", "商品来自"),
    (r"\bbonded-zone outlet\b", "Bonded Port Area international goods direct-sales centre"), (r"\binland provinces\b", "provinces"),
    (r"[（(]不是[^）)]{2,10}本身[）)]", ""), (r"\b(?<=and )day of the\b", "date of the"), (r"\b(\d+)-odd\b", lambda t: "more than " + t.split("-")[0]),
    (r"\s*\bsold online\b(?=\s*[—–:,])", ""), (r"上头管(?:它|着它|这里)的?(?:是)?", "上级是"), (r"\bbeneath\b", "under"),
    (r"边贸重镇", ""), (r"挂靠(?=哪)", "属于"), (r"设区的市", "地级市"), (r"(?:有几条边|有哪些边)(?![境疆界缘贸民])", "有哪些关系"),
    (r"\b(?:every |all )?nodes? attached to\b", "what is connected to"), (r"\s*\bwhose sales the article quantifies\b", ""),
    (r"\bpercent-valued\b", "percentage"), (r"\bnumerically (?=largest|smallest|highest|lowest)", ""), (r"\s*\bbuild-out\b", ""),
    (r"\be-commerce reach in (?:the )?(?:countryside|rural(?: areas)?)\b", "rural e-commerce coverage"), (r"\bco-?ops\b", "cooperatives"),
    (r"\b(?:verbatim )?(?:Chinese )?line on\b", "sentence on"), (r"\bnet (?=increase|growth|change|gain)", ""),
    (r"(?<=% )of trade\b", "of imports and exports"), (r"算出来(?=是多少)", ""),
    (r"(?:平均)?(?:一家|每家)(?:商户|商家)摊(?:到)?多少面积", "平均每个商家的面积是多少"),
    (r"\bChina's (?:total )?shop count\b", "all shops in China"), (r"\bhow many such\b", "how many"), (r"(?:(?<=办公厅)|(?<=本身[）)]))出的", "发布的"),
    (r"[，,]?\s*各(?:自)?指向(?:什么|哪里|哪些)", ""), (r"\b(?:neighbou?rs|links) of the node\b", "what is connected to"),
    (r"(?<=[\u4e00-\u9fff]{2})那边的(?=[\u4e00-\u9fff])", ""), (r"[，,]\s*(?:文章|原文|报道)(?:里|中)?给的数(?:字)?是多少", "是多少"),
    (r"^for an? [\w -]{2,20}? I need\b", "what is"), (r"\s*\(the [\w' -]{2,30} (?:city|county|town|village) under [\w']+\)", ""),
    (r"\bagenda themes\b", "topics"), (r"\b(?:were|are) lined up for discussion\b", "were discussed"), (r"来桂布局", "入桂发展"),
    (r"头部(?:公司|企业)", "企业"), (r"营造(?:了)?(?:浓厚的)?(?:电商)?促销氛围的(?:那)?(?:一)?(?:系列|几个)?", ""),
    (r"\b(?:are |is )?credited with boosting\b", "drive"), (r"(?<=保税港区)里那个直销中心", "国际商品直销中心"),
    (r"\bwhich county is its home\b", "which county does it come from"), (r"\bconstructing\b", "building"),
    (r"\s*\((?:old|formerly|former|once|ex-)\s*[^()]{2,40}\)", ""), (r"\bexpanded (?:more quickly|faster)\b", "grew faster"),
    (r"^[\w-]+ check:\s*", ""), (r"\s*\bof the trio\b", ""), (r"^(?:quick )?fact[- ]check(?: for [^:]{2,40})?:\s*", ""),
    (r"\bran the (?:source )?story\b", "published the article"), (r"\bthe line of text that\b", "the sentence that"),
    (r"\bmultiplied by (?:roughly |about )?what\b", "grew by how many times"), (r"\bcross-border trade\b(?= account)", "cross-border e-commerce"),
    (r"^(?:[\w-]+ ){0,2}(?:analyst|buyer|importer|exporter|researcher)(?: here| asking)?\s*[:：—–-]+\s*", ""), (r"复合年(?:均)?增长率", "年均增长率"),
    (r"^[^—–:?]{3,30}\betc\.?\s*[—–:-]+\s*", ""),
    (r"占了?几个百分点", "占百分之几"),
    (r"^how far had e-commerce (?:penetrated|reached) Guangxi's (?:countryside|rural)", "What was Guangxi's rural e-commerce coverage"),
    (r"\bname the producing (county|city|prefecture|place)\b", lambda t: "which " + t.split()[-1] + " does it come from"),
    (r",\s*the one (?:that|which|with) [^?]{3,50}(?=\?)", ""),
    (r"\bpenetrated\b", "reached"), (r"\b(?:training )?sessions-per-person\b", "training person-times"),
    (r"\bcoming into Guangxi to develop\b", "that came to develop in Guangxi"),
    (r"\b(?:backing|underpinning|supporting) Guangxi(?:'s)? e-commerce\b", "supporting e-commerce development"),
    (r"产地覆盖(?:了)?", "商品来自"), (r"\b(?-i:[A-Z])\w+-brand (?=tea|rice noodles|mango|banana)", lambda t: t.split("-")[0] + " "),
    (r"\bsaplings?\b", "seedlings"), (r"\bprefectural\b", "prefecture"), (r"代为管理", "管辖"), (r"\bborder port city\b", "border city"),
    (r"跟图谱里哪些节点有边", "有哪些关系"), (r"谁的数量占上风|谁占上风", "哪个多"),
    (r"^smallest figure expressed in percent(?: that the graph stores)?", "What is the smallest percentage figure in the graph"),
    (r"四十(?=块|元)", "40"), (r"\bsource line\b|\bthe line in the source\b", "source sentence"), (r"(?<=coverage )tops\b", "exceeds"),

    (r"\bcompounded at what rate(?: each year| per year| a year| annually)?", "grew at what average annual rate"),
    (r"^(?:employment|economic) impact:\s*", ""), (r"\b(?:the )?2018 seven-month\b", "the January-July 2018"),
    (r"\bSKU origins at\b", "where the goods come from at"), (r"\s*\((?:办公厅|商务厅|国务院|人民政府)\)", ""),
    (r"\bspecial customs zone\b", "area"), (r"\s*\([\w' -]{3,30} country\)", ""), (r"\s*\bon the Vietnamese (?:frontier|border)\b", ""),
    (r"\bwhat role does .{3,60}? play in (?:your|the|this) graph\b", lambda t: "what is connected to " + re.sub(r"(?i)^what role does (.+?) play in .*$", r"\1", t)),
    (r"\b(?:what )?relations ?/ ?linked items\b", "what is connected"), (r"\bany relations in (?:this|the|your) (?:KG|graph)\b", "what is connected to it"),
    (r"\bmunicipality\b(?=, correct|\?|,)", "city"), (r"标题叫什么", "标题是什么"),
    (r"(?<=[一二三四五六七八九十两几])样(?=产品|农特产品|特产|农产品)", "种"), (r"(?<=网店)数看(?=[，,])", "数"),

    (r"(?<=文章|原文|报道)点了(?:哪几家|哪些|哪几个|几家|几个)的名", lambda t: ("有" if "几" in t[2:4] and "哪" not in t else "点名了") + t[2:-2]),  # 文章点了哪几家的名: the ones the article names
    (r"[，,]\s*能(?:给出|列出|说出|提供|报出)(?:它们|他们|这些企业|这些|其)?的?名字吗", "，都叫什么名字"),
    (r"^[^;；?]{3,40}? is an? [^;；?]{3,40}[;；]\s*(?=its\b|what\b|which\b)", lambda t: re.sub(r"(?i)^(.+?) is an? .*$", r"\1: ", t)),
    (r"在(?:文章|原文|报道|这篇文章)(?:里|中)(?=以|是(?!怎么|如何|怎样)|有|被|算)", ""),
    (r"\bspeeding up\b", "accelerating"), (r"^(?:hosting|organi[sz]ing|host|organi[sz]er)s? vs\.? (?:hosting|organi[sz]ing|host|organi[sz]er)s?:\s*", ""),
    (r"\bold per-jin price\b|\bold price per jin\b", "price before the model"),
    (r"\b(?:did|does) (?:it|the (?:story|article|report|piece)) go online\b", "was it published"), (r"\bavailable\s*(?=[—–-]{1,2}|$|\?)", ""),  # the experience centre for imported goods: its name, no question
    # round 159's refusals: everyday words (从业者做的培训, 村民说自己, 茶叶品牌, 叫什么 after a count, 行政隶属, 周边连着,
    # 头7个月, 苗木, 那座城; setup kicked in, attributed to, escorting, X-origin products, which place produces it, shi,
    # prefecture-wise, edges touching it, signature product, active in, filed as, bricks-and-mortar, does it feed, work out)
    (r"给[\u4e00-\u9fff]{2,8}?从业(?:者|人员)(?:做|开展|搞|办|组织)的", lambda t: re.sub(r"^给|从业(?:者|人员)(?:做|开展|搞|办|组织)的$", "", t)),
    (r"(?<=村民|农民|农户)说(?:自己)?", ""), (r"(?:(?<=茶叶)|(?<=茶))品牌(?!活动)", ""),
    (r"(?<=[？?，,])\s*(?:都|分别)?叫(?:什么|啥)(?:名字)?(?=[？?]?\s*$)", "分别是哪些"),
    (r"行政(?=隶属|归属)", ""), (r"周边(?=连|相连|都连)", ""), (r"苗木", "果苗"), (r"(?<=那|这|该)座城(?!市)", "座城市"),
    (r"(?:19|20)\d\d年(?:的)?(?:前|头)(?:7|七)个月", lambda t: t[:4] + "年1-7月"),
    (r"\bonce the [\w+ &/-]{0,40}?(?:setup|set-up|model|arrangement|scheme|approach) (?:kicked in|took hold|took off|started|began|was adopted|came in)\b", "after the model"),
    (r"\b(?:is|are|was|were) (?:attributed|attributable|credited) to\b", "is created by"),
    (r"\b(?:named as |described as |cast as )?escort(?:ing|s|ed)?\b", "supporting"),
    (r"\b[a-z]+-(?:origin|sourced|grown|made) (?:products?|goods|specialties|specialities|teas?)\b",
     lambda t: f"{t.split(' ', 1)[1]} from {t.split('-')[0]}"),
    (r"\bjasmine-flower\b", "jasmine"),
    (r"\b(?:which|what) (?:place|county|city|town|prefecture|area|region) (?:produces|grows|makes) (?:it|them|this|that)\b",
     lambda t: re.sub(r" (?:produces|grows|makes) (\w+)$", r" is \1 from", t)),
    (r"\bwhich shi\b", "which city"),
    (r",?\s*\b(?:prefecture|county|city|province)-wise,?\s*(?:belongs?|falls?|sits?|lies?) where\b",
     lambda t: " belongs to which " + re.search(r"(\w+)-wise", t).group(1)),
    (r"\b(?:touching|touches|touch|involving) (?=it\b|them\b)", "of "), (r"\bedges\b", "links"), (r"(?:(?<=\bwhat )|(?<=\bwhich )|(?<=\bany )|(?<=\bone )|(?<=\ban ))edge\b", "links"),
    (r"\bsignature (?=products?\b|dish(?:es)?\b|items?\b|goods\b)", ""), (r"\bactive in\b", "operating in"),
    (r"\bfiled as (?=an? )", ""), (r"\bbricks?[- ]and[- ]mortar\b", "offline"), (r"\bmonitoring (?=cent(?:er|re)s?\b)", "supervision "),
    (r"\b(?:does|do) (?:it|they|that|this) feed\b", lambda t: t[:-4] + "drive"),
    (r"\s*\b(?:feeding|behind|underlying|powering) (?:this|the) (?:graph|data|dataset|kg)\b", ""),
    (r"^\s*(?:work|back|figure) out\b", "compute"),
    (r"^\s*(?:quick|fast|simple|short) (?:check|question|one)\s*[—–:-]+\s*", ""),
    (r"\b(?:(?:(?:give|show|get) me|provide|i need|i want|please give|quote(?: me)?|cite(?: me)?)(?: verbatim| word[- ]for[- ]word| exactly)?)?\s*the (?:verbatim |exact |original |word-for-word )?(?:sentence|passage|line|wording|text)"
     r"(?: of the (?:article|report|story))? (?:that reports|that gives|that states|that says|supporting|backing|behind|that supports|where(?!\s+(?:the|this) (?:article|report|story|source|text)\b)|in which|reporting|stating|giving|that dates|dating)\b(?:\s*(?:it is|is) reported)?",
     lambda t: (" " if t[:1].isspace() else "") + "quote the sentence reporting"),
    # round 160's refusals: everyday words (forming, 谁胜出, 招牌货, counties/districts/county-level cities, least
    # subdivided, using the figures, cross-border trade, foreign trade, 哪一类, its relations, dump, 连出去的边, go online,
    # established a presence, names only, 来桂, branded promotion events, governed from, out-earn, plus each one's)
    (r"\b(?:forming|that form|that make up|making up|composing|that compose)\b(?= the\b)", "in"),
    (r"(?<=相同的|同样的|一样的)另(?:一|外一?)(?:家|个|座|处)(?=设施|平台|企业|公司|机构|中心|城市)", ""),
    (r"(?<=模式)(?:里|中|里面|当中)(?:的|涉及的|用到的)(?=产品|特产|农产品)", "涉及的"),
    (r"(?:数值上)?谁(?:胜出|赢了|更胜一筹)", "哪个更大"), (r"招牌(?:货|产品|菜|单品)", "产品"),
    (r"\bcount(?:y|ies)\s*/\s*districts?\s*/\s*county-level cit(?:y|ies)\b|\bcounty-tier units\b", "county-level divisions"),
    (r"\bleast subdivided\b(?=[^?]*\bfewest\b)", ""), (r"\bleast subdivided\b", "with the fewest county-level divisions"),
    (r"\busing (?=(?:the )?(?:[\d.,]+|roughly |about |around ))", "from "),
    (r"\bcross-border trade\b", "cross-border e-commerce"),
    (r"哪一类(?=[^，,。？?]{0,10}(?:更|最))", "哪个"), (r"\b(?:its|their) (?:graph )?relations\b", "its links"), (r"\bdump\b", "list"),
    (r"(?:连出去|连出|伸出|引出)的边(?:有哪些|都有哪些|是哪些)", "有哪些关系"),
    (r"\b(?:did|does) (?:the (?:source )?(?:article|report|story)|it) go online\b", lambda t: "was " + t.split(" ", 1)[1].rsplit(" go online", 1)[0] + " published"),
    (r"\bestablished (?:a )?presence\b", "settled"), (r"\s*[,;]?\s*names only\s*(?=[.?？]?\s*$)", ""), (r"来桂", "入桂"),
    # round 161's wrong answers: the level that oversees a place is the one above it; 哪个部门提供的 asks a provider
    (r"\b(?:prefecture|city|county|province|one|body|authority) (?:that|which) (?:oversees|governs|runs|manages|controls|is in charge of)\b",
     lambda t: " ".join(t.split()[:2]) + " administers"),
    (r"\b(?:which|what) (?:town|township|county|district|city|prefecture) and (?=(?:county|district|city|prefecture|province)\b)",
     lambda t: t + t.split()[0].lower() + " "),
    # round 161's refusals: X-driven employment, backing, 点了几家的名, regions that supply the goods at X, 地级市 in an
    # English question, reported sales, share of China's shops, pull upstream, 一根米粉串起产业链, 种植养殖, a line
    # supporting a claim, written in English or Chinese, a base worked back
    (r"\b(?:e-commerce|ecommerce|online commerce|internet)-driven (?:employment|jobs)\b", lambda t: t.rsplit(" ", 1)[1] + " driven by " + t.split("-driven")[0].lower()),
    (r"\b(?:backing|underpinning)\b", "supporting"), (r"点(?:了|出)?几(?=家|个|种|项|份|条)", "有几"), (r"(?<=[家个种项份条])的?名(?=[？?。，,]|$)", ""),
    (r"\b(?:which|what) (?:source )?(?:regions|places|countries|areas|origins) (?:supply|provide|stock) (?:the )?(?:[\d,+]+\s*)?(?:skus|goods|products|items) (?:at|of|in|for) [^?]+",
     lambda t: "Which regions do the goods of " + re.split(r" (?:at|of|in|for) ", t, maxsplit=1)[1] + " come from"),
    (r"(?<=\bwhich )地级市|(?<=\bwhat )地级市", "prefecture"), (r"\s*[(（]地级市[)）]", ""),
    (r"\b(?:reported|recorded|stated) (?=annual\b|sales\b|figures?\b|values?\b)", ""),
    (r"\bshare of China['’]s (?:online )?shops\b", "share of all shops in China"),
    (r"\bpulls?\b(?=[\w\s-]{0,40}\bupstream\b)", "drive"), (r"一根米粉串起(?:了)?(?:整个|一条|一个|整条)?产业链", "广西米粉"),
    (r"种植养殖|养殖种植|种养", "产业"),
    (r"\b(?:is|was) the [\w ]{0,20}?(?:piece|article|story|report) (?:written )?in (?:English|Chinese) or (?:English|Chinese)\b", "what language is the article written in"),
    (r"\bbase(?= from\b)", "value"),
    # round 162's wrong answers (goods sourced from somewhere: _goods_sourced)
    (r"\bwhich parts of the world\b", "which regions"),
    (r"\s*,?\s*\b(?:according to|per|as per|based on) (?:the |your |this )?(?:data|graph|kg|knowledge graph|database|dataset)\b", ""),
    (r"\b(?:taking|that takes|which takes|that took|which took) place (?=in\b)", "held "),
    # round 162's refusals: graph neighbourhood, nodes next to X, 周围挂着, out-sold, at the prefecture tier, 点了几份名
    (r"\b(?:graph |node )?neighbou?rhood\b", "neighbours"),
    (r"\b(?:which|what) (?:nodes|entities|things) (?:sit|are|lie|lies|sits) (?:next to|beside|adjacent to|around|near)\b", "what is connected to"),
    (r"周围(?=挂|连|有|都|相连)", ""), (r"\bwho out-?sold whom\b", "which had larger sales"),
    (r"\bout-?s(?:old|ells?)\b", "had larger sales than"),
    (r"\s*at the (?:prefecture|county|province|provincial)(?:-level)? (?:tier|level)\b", ""),
    (r"\b(?:has |have |had )?worked with\b", "served"), (r"(?<=trade) plus (?=cross-border)", " + "),
    (r"\b(?:expanding|expanded|expand|expands) into Guangxi\b", "came to develop in Guangxi"),

    (r"(?<=[市县区])上面(?:那个|的那个|的)(?=地级市|城市|市)", "的上级"),
    (r"\s*[—–-]+\s*(?=[\w.'’ ]{2,30}? and (?:who|what|which) else\s*[?？]?\s*$)", " besides "),
    (r"\s+and (?:who|what|which) else(?=\s*[?？]?\s*$)", ""),
    (r"\bshop (?:total|count|number)\b", lambda t: t.split()[1] + " of shops"),
    (r"\bGuangxi(?: Zhuang Autonomous Region)?(?:['’]s)? (?:people['’]s |regional )government\b", "Guangxi regional government"),
    (r"\beither\s+(?=[\w'’ -]{2,80}\bor\b)", ""), (r"\bwhose (?:issuing body|issuer|issuing authority|issuing organ) (?:is|was|were)\b", "issued by"),
    (r"\b(?:or|and) its general office\b", lambda t: t.split()[0] + " the General Office of the People's Government of Guangxi Zhuang Autonomous Region"),
    (r"\bpercent(?:age)? (?:indicators?|metrics?|measures?|stats|statistics)\b", lambda t: t.split()[0] + " figures"),
    (r"\b(?:held|stored|recorded|kept) (?=for (?:guangxi|the region)\b)", ""),
    (r"\b(?:counted|classed|grouped|filed) within\b", "part of"),
    (r"\bpromotion (?=events\b|activities\b|campaigns\b)", "promo "), (r"\bgoverned from\b", "under"),
    (r"\bout-?earn(?:ed|s)?\b", "have larger sales than"), (r"\bplus each(?= one'?s?\b)", "and each"),
    # round 164's refusals: things that together form a group, a purpose clause, the forum called an event, landed
    # where, most numerous, how a price differed before and after, 推出来, put out, foreign trade (imports+exports)
    (r"(?:(?<=that )|(?<=which )|(?<=teas )|(?<=products )|(?<=noodles )|(?<=ones ))(?:together )?(?:form|constitute|comprise|compose)\b",
     "make up"),
    (r"\s*\bto (?:build|create|foster|generate|drum up|stir up) (?:an? |the )?(?:e-commerce )?(?:promotion(?:al)? |shopping |sales |festive )?"
     r"(?:atmosphere|buzz|mood|climate|ambience|vibe)\b", ""),
    (r"(?:(?<=Harbor )|(?<=Harbour )|(?<=Port ))e-commerce (?:event|conference|summit|meeting|gathering)\b", "E-commerce Forum"),
    (r"\blanded (?=where\b)", "settled in "), (r"\bmost numerous\b", "most"),
    (r"\bdiffer(?=\s+(?:before|from before)\b)", "change"),
    (r"^[^，,。？?]{4,40}?(?:能|可以|能不能|可不可以)[按从][^，,。？?]{2,30}?推(?:算|出来)(?:出来)?(?:吗|么|嘛)?[？?，,]\s*(?:大概|大约|约)?(?:是)?多少",
     lambda t: re.sub(r"^(.+?)(?:能|可以|能不能|可不可以)[按从](.+?)推(?:算|出来).*$", r"按\2推算，\1大概多少", t)),
    (r"(?:能|可以|可不可以|能不能)?从(?=[^，,。？?]{0,20}推出来)", "按"), (r"推出来", "推算"),
    (r"\b(?:put|puts|putting) out\b", "issued"),
    (r"\bforeign trade\s*\(\s*imports?\s*(?:\+|and|&)\s*exports?\s*\)", "total imports and exports"),
    # round 165's wrong answer: what else comes from the place a thing comes from, said as a clause about the place
    (r"^\s*[\w'’ -]{3,60}? (?:comes?|came|is|are) from an? (?:prefecture|county|city|town|village|place|region)(?:\s*[;,]\s*|"
     r" (?:that|which) (?:also )?(?:produces?|grows?|makes?|yields?) )(?:what else|which other products|what other products)"
     r"(?: (?:comes?|come) from (?:it|there|that \w+))?",
     lambda t: re.sub(r"^\s*(.+?) (?:comes?|came|is|are) from an? (\w+).*$", r"What other products come from the \2 that \1 come from", t)),
    # round 165's refusals: 搭起, fetch under a model, SKU range, 县数, themes of discussion, 为营造…氛围, (as opposed to
    # …), sold under a model, 边境口岸, tie in, how each is linked, 胜出, which group, 三种特产, tallies, came into X for
    # development, 原始网页URL, what did X come to
    (r"除以[^，,。？?]{2,14}?的?[，,]?\s*(?:得|等于|结果是|是)(?:多少倍|几倍)",
     lambda t: "是" + re.sub(r"^除以(.+?)的?[，,]?\s*(?:得|等于|结果是|是)(?:多少倍|几倍)$", r"\1", t) + "的多少倍"),
    (r"(?<=[，,])\s*(?:文章|文中|原文|报道)(?:里|中)?(?:点名|点到|点了名|点出)的?(?=有|是|叫)", ""),
    (r"\b(?:the )?(?:top|number one|no\.? ?1|leading) western (?:province|region)s? (?:for|in)\b", "first among western provinces in"),
    (r"^\s*(?:from )?(?:what|which) year does (?:the graph['’]s |the |its )?(?:series|run|time series) of (?=.{3,80}?(?:figures?|data)\b)",
     "What is the earliest "),
    (r"(?:(?<=figures)|(?<=figure)|(?<=data)) start(?: from)?(?:\s*,?\s*and at what (?:level|value|amount|figure))?(?=\s*[?？]?\s*$)", ""),
    (r"(?<=[\u4e00-\u9fff])又(?=是(?:哪|什么|谁|多少|几))", ""),
    (r"是(?:哪个|哪家|什么|哪一家)(?:媒体|网站|报社|新闻网站|平台)(?:发布|发表|刊发|刊登|登|发)(?:出来)?的", "是哪家媒体的"),
    (r"\bnational (?=(?:online |web |internet |individual )(?:shop|store)s? (?:count|total|number)\b)", "nationwide "),
    (r"^[^，,。？?]{2,24}?是(?:由)?(?:某个|某一个|一个|某|哪个)[\u4e00-\u9fff]{1,6}?[\u4e00-\u9fff]{2}的[，,。]\s*(?:这个|该|那个|此)",
     lambda t: _lead_made_a_phrase(t)),
    # round 163's refusals still open: spellings of names and kinds (ecommerce, e-business, infoport, experience hall,
    # personal web stores, small & medium business trade platform, mutual market trade), asides (quoted in the piece,
    # mentioned in the opening, or somewhere else, home of …), and everyday wordings
    (r"\becommerce\b|\be-business\b|\bebusiness\b", "e-commerce"), (r"\binfo-?port\b|\binfo port\b", "Information Harbor"),
    (r"\b(?:shopping |direct-purchase |direct purchase )?experience hall\b", "experience centre"), (r"\bhall['’]s\b", "centre's"),
    (r"(?:直购)?体验馆(?:场地)?", "直购体验中心"),
    (r"\b(?:personal|private|individual) (?:web|online|internet|e-) ?(?:stores|shops)\b", "individual online shops"),
    (r"(?<=of the )nationwide (?:store|shop) (?:count|total|number)\b", "all shops in China"),
    (r"\bproduct range\s*\(\s*SKU (?:total|count|number)\s*\)", "number of SKUs"),
    (r"\bsmall\s*(?:&|and)\s*medium(?:[- ]sized)? (?:business|enterprise)(?:es|s)? trade (?:promotion )?platform\b", "SME Trade Promotion Platform"),
    (r"\bSoutheast Asian (?=enterprises|companies|firms|businesses)", "ASEAN "),
    (r"\bmutual[- ]market trade\b", "border trade"), (r"\bselenium-rich (?:goods|products|produce|foods?)\b", "Guigang selenium-rich products"),
    (r"\s*\b(?:quoted|interviewed|cited) in the (?:piece|article|report|story)\b", ""),
    (r"\s*\bmentioned in the (?:opening|intro|introduction|lead|first paragraph)\b", ""),
    (r"\s+or (?:somewhere|someplace|anywhere) else\b", ""), (r"\s*,\s*home (?:of|to) [\w'’ -]{2,40}(?=\s*[?？]\s*$)", ""),
    (r"\b(?:in )?which city would (?:I|we|you|one) find\b", "in which city is"),
    (r"(?:(?<=Harbor )|(?<=Harbour ))project\b", ""),
    (r"\bwhat in the (?:knowledge )?graph (?:references|mentions|points to|links to|refers to)\b", "what is connected to"),
    (r"\bmap out the (?:relationships|relations|links|connections) (?:around|of)\b", "what is connected to"),
    (r"\bthe top (?:count|figure|number|total|tally) belongs to which\b", "which is the most"),
    (r"到([一两二三四五六七八九])成以上", lambda t: "超过" + t[1] + "成"), (r"综合示范的县", "综合示范县"),
    (r"^\s*做[\u4e00-\u9fff]{1,8}的(?:问下|问一下|想问下|想问一下)[，,]?", ""), (r"(?<=一共)算(?=几|多少)", "有"),
    (r"^[\u4e00-\u9fff]{2,8}想知道[：:，,]", ""), (r"借助[\u4e00-\u9fff、和与及]{2,14}?(?=落地|落户|入桂|进入)", ""),
    (r"(?<=信息港)那个(?=电子商务论坛|电商论坛)", ""),
    (r"\b(?:varieties|kinds|types|sorts) (?:does|did) the (?:piece|article|report|story) (?:talk about|mention|cover|list|name)\b",
     lambda t: t.split()[0] + " are there"),
    (r"\bcited as backing\b|\bcited as supporting\b", "supporting"),
    (r"(?<=supporting )Guangxi['’]s e-commerce growth\b", "e-commerce development"),
    (r"\b(?:send|give|show) me the (?:link|url|URL) (?:to|of|for) the original (?:article|source|report|story)\b", "what is the link to the source"),
    (r"\b(?:which|what) noodles?\b(?= (?:is|are|was|were|comes?|came)\b)", "which rice noodles"),
    (r"\bhow much (?:had|have|has|did) ([\w'’]+) (?:villages and (?:the )?rural|rural areas|rural|villages)(?: areas)? (?:sold|sell) online(?: in total)?",
     lambda t: "what were " + t.split()[3] + " cumulative rural online sales"),
    # round 166's wrong answers: whether a count is held, said after the count asked, is no yes-or-no question; the
    # whole 盘子 of imports and exports is their total
    (r"[，,]\s*(?:有没有|有)?(?:(?:官方|权威|具体)?(?:统计|统计数|统计数字|统计数据|数据|准确数字|具体数字))(?:吗|么|没有)?\s*[？?]?\s*$", "？"),
    (r"(?<=进出口)(?:的)?总?(?:盘子|体量|规模)(?:大约|大概|约)?(?:有)?(?:多大|多少)", "总额大约多少"),
    # round 166's refusals
    (r"[（(]\s*不是[^（）()]{2,20}[)）]", ""), (r"\bslice of\b", "share of"),
    (r"\bChina['’]s total (?:store|shop) count\b", "all shops in China"), (r"(?<=有)好大", "多大"),
    (r"^\s*how high is\b", "what is"), (r"\s*\bper the (?:Sina |Sina Guangxi )?(?:piece|article|report|story)\b", ""),
    (r"\b(?:online[- ]retail|e-commerce|online) scene\b", "e-commerce"), (r"网上零售(?:交易)?(?:规模|额)", "网络零售交易额"),
    (r"(?<=[县村])帽子", "称号"), (r"县份", "县"), (r"(?:农村)?物流配送点", "物流配送网点"),
    (r"\b(?:groomed|developed|cultivated|nurtured|fostered) for (?:web|online|internet) sales?\b", "developed for online sale"),
    (r"\b(?:agricultural|farm) SKUs\b", "agricultural products"), (r"^\s*tally of\b", "number of"),
    (r"迄今(?:为止)?", ""),
    (r"\s*\bline-?up\b\s*:?", ":"), (r"\broll[- ]call of\b", "list"),
    (r"(?<=tea) leaves\b", ""), (r"\s*,?\s*\bgeographically\b", ""), (r"\s*\bfattened on walnuts\b", ""),
    (r"\s*\((?:the|a|an) [^()]{3,50}\)", ""),
    (r"\b(?:edges|links|connections|nodes) (?:touching|attached to|linked to|connected to|around)\b", "what is connected to"),
    (r"\bwhich nodes touch (?=it\b|them\b)", "what is connected to "),
    (r"周边(?=关联|相连|连接|的节点|节点|实体)", ""),
    (r"\banything in the (?:kg|graph|knowledge graph) (?:linking|linked|connected|pointing) to\b", "what is connected to"),
    (r"\bcourier (?=delivery)", ""), (r"^\s*head[- ]to[- ]head\b\s*[,:]?", "compare"),
    (r"[，,]?\s*比(?:比|一比|较一下)?大小", "，哪个大"), (r"\blecturer[- ]team\b", "lecturer group"),
    (r"\be-trade\b", "e-commerce"), (r"(?<=sales) tally\b", ""),
    (r"(?:达到)?(?:了)?(?:图谱记录里的|图谱里的|记录里的|记录中的)?峰值(?!出现在)", "最高"),
    (r"\brural counts\b", "rural figures"),
    (r"\b(?:biggest|largest|highest) percent(?:age)? (?:value|figure|number) anywhere in the (?:Sina |Sina Guangxi )?(?:story|article|piece|report)\b",
     "which percentage figure is the largest"),
    (r"三大(?:特色)?(?=产品|特产)", ""), (r"\bearliest and smallest\b|\bsmallest and earliest\b", "smallest"),
    (r"\bcrossed\b", "exceeded"), (r"(?<!这)两(?:座|个)边城(?!市)", "城市"), (r"上级地市", "上级市"),
    (r"(?:(?<=城市)|(?<=边城))[，,]\s*(?:它们的)?上级(?:地)?市(?:又)?(?:分别|各自)(?:是|为)(?:哪个|哪些|哪座|什么)?", "分别属于哪个地级市"),
    (r"(?<=[市县区])(?:的)?上级(?:地)?市(?:又)?(?:分别|各自)(?:是|为)(?:哪个|哪些|哪座|哪儿|什么|谁)?", "分别属于哪个地级市"),
    (r"(?<=[、和与及][\u4e00-\u9fff]{2}[市县区])(?:的)?上级(?:地)?市(?:又)?(?:是|为)(?:哪个|哪些|哪座|哪儿|什么|谁)", "分别属于哪个地级市"),
    (r"(?:(?<=edges )|(?<=links )|(?<=nodes ))(?:touching|attached to|around|linked to)\b", "of"),
    (r"\s*\bin the (?:kg|knowledge graph)\b", ""), (r"(?<=电商)成交额|(?<=电子商务)成交额", "交易额"),
    (r"\boriginates?\b(?=\s*[?？]?\s*$)", "come from"), (r"\bsnail-noodles?\b", "snail noodles"),
    (r"(?:报|报道|写|记)的是(?=几|多少)", "是"),
    (r"\b(?<=these )(?:three|two|four) rural e-commerce (?:tallies|figures|counts|numbers)\b", lambda t: t.split()[0] + " figures"),
    (r"\bonline farm product(?:s| lines)\b|\bonline farm product line\b", "online-sale farm products"),
    # round 162's refusals still open
    (r"^\s*in the opening (?:quote|paragraph|lines?|sentence)\s*,?\s*", ""), (r"\b(?:boast|brag)s? (?:about|of)\b", "have"),
    (r"(?:(?<=seedling )|(?<=seedlings ))(?:sellers|growers|farmers|vendors)\b", "villagers"),
    (r"为电商保驾护航的", "支持电子商务发展的"), (r"(?:一共|总共)?点了几(?:份|个)名|点名了几(?:份|个)", "一共有几份"),
    (r"\b(?:that |which )?the (?:article|piece|report) groups (?:as|under)\b", "that make up"),
    (r"^\s*as an? [\w -]{3,30}?,? I need\b", "list"), (r"\s*[—–-]+\s*titles?,? please\b", ""),
    (r"\bthe General Office['’]s own (?:e-commerce )?(?:policy )?(?:papers|documents)\b",
     "the policy documents issued by the General Office of the Guangxi government"),
    (r"(?<![境两])边城(?!市)", "城市"), (r"(?<=\d{4}) divided by (?=(?:the )?\d{4}\b)", " compared with "),
    (r"(?:(?<=volume)|(?<=volumes)|(?<=sales)|(?<=value)|(?<=figure)|(?<=total)|(?<=turnover)) divided by (?=(?:the |that of )?(?:19|20)\d{2}\b)",
     " compared with "),  # 2017 e-commerce volume divided by 2013 volume
    (r"^\s*为了?(?:提升|提高|扩大|打响|推广|增强)[^，,。？?]{2,20}[，,]", ""), (r"[，,。]?\s*请逐(?:个|一|条)(?:写出|列出|列举)(?:来)?", ""),
    (r"^\s*location check\s*:\s*", ""),
    (r"\bin which (?:zone|area) does ([\w'’ -]{3,80}?) operate\b", lambda t: "in which zone is " + re.sub(r"^in which (?:zone|area) does | operate$", "", t, flags=re.I)),
    (r"\binfo harbor\b|\binfo harbour(?= project\b)", "Information Harbor"), (r"\bimports?\s*\+\s*exports?\b", "imports and exports"), (r"\be-com\b", "e-commerce"),
    (r"^\s*rural e-commerce build-?out\b", ""),
    (r"\bwhich (?:[\w'’-]+ ){0,3}indicator (?:had|has|shows?) the (?:biggest|largest|highest) (?:value|number|figure)\b", "which figure is the largest"),
    (r"\bwas (?=\w+ granted one of\b)", "is "), (r"(?<=\w) granted one of\b", " one of"),
    (r"\bwhich (?:outlet|media outlet|publication|newspaper|site|website|news site) (?:put out|published|reported|ran|carried)\b", "which source reported"),
    (r"(?<=电商给广西)创造了?(?=多少)|(?<=电子商务给广西)创造了?(?=多少)", "带动了"), (r"\bdelivery points\b", "delivery outlets"),
    (r"\bChina['’]s (?:store|shop) total\b", "all shops in China"), (r"\bthe (?:article|piece|report) names how many\b", "how many"),
    (r"(?:(?<=个数)|(?<=数量)|(?<=金额))居首", "最多"), (r"\bbuilt under Guangxi(?:['’]s)? rural e-commerce\b", "built in Guangxi"),
    (r"^\s*(?:文章|文中|原文)里?(?=举办过的)", ""), (r"^\s*contrast\b", "compare"),
    (r"(?<=\d亿的那个)淘宝村|(?<=\d亿元的那个)淘宝村|(?<=\d万元的那个)淘宝村", "村"),
    (r"全国(?:的)?(?:店铺|网店)(?:总数|总量|数量)(?:约|大约|大概)?(?:有|是)?多少家?", "全国大约有多少家网店"),
    # round 169's wrong answers: the names of things of a kind asked (全部名称给我), a foreign city no source names,
    # a national shop count backed out from its part and share
    (r"[（(][^（）()]{2,20}之类[)）]", ""),
    (r"[，,]\s*(?:把)?(?:全部|所有)(?:的)?名(?:称|字)(?:都)?(?:给我|列出来|列一下|告诉我|写出来)", "有哪些"),
    (r"\bthe national (?:shop|store) count (?=from\b)", "the nationwide shop total "),
    # round 170's wrong answers: what the piece classifies as a group (its members, no source asked); which one is
    # number one among things with a figure (the highest, never all of them)
    (r"\b(?:does|did) the (?:piece|article|report|story|source) (?:classify|class|count|list|group|categori[sz]e) as\b", "make up"),
    (r"\bwhich one is (?:number one|no\.? ?1|number 1|the top one|top)\b", "which is the highest"),
    # round 168's refusals
    (r"\bexpand(?=\s+in\s+20\d\d\s+(?:versus|vs\.?|compared with|over|against)\s+20\d\d)", "grow"),
    (r"[，,]\s*有(?:个|没有)?(?:估算|估计|大概)(?:的)?(?:数|数字)?(?:吗|么)?", ""), (r"老早(?:以前|之前)?", "以前"),
    (r"(?:在地头)?收购价(?:格)?", "价格"),
    (r"\bwhat proportion of rural (\w+) does e-commerce reach\b", lambda t: "what is " + t.split()[4] + "'s rural e-commerce coverage"),
    (r"(?<![一二三四五六七八九十\d])([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})[号日]", lambda t: _cn_date(t)),
    (r"几大(?=议题|主题|话题)", "几个"), (r"\btop the western region in\b", "rank first among western provinces in"),
    (r"\bpersonal online-store numbers\b", "individual online shops"),
    (r"百分之([一二三四五六七八九十]{1,3})(?![十百千万\d])", lambda t: str(_cn_number(t[3:])) + "%"),
    (r"有哪些连线|的连线有哪些", "有哪些关系"), (r"哪一期(?=数值|的?数|最)", "哪一年"),
    (r"(?<=网上零售)成交了?(?:多少钱|多少)|(?<=网络零售)成交了?(?:多少钱|多少)", "交易额是多少"),
    (r"哪(?:样|个|种)卖(?:的钱|得|的)(?:更)?多", "哪个销售额更高"),
    (r"(?:(?<=多少)|(?<=多少钱))([，,])\s*(?:它的|其|那)?(?:增幅|增速|涨幅)(?:是|有)?多少(?=[？?]?\s*$)", lambda t: t[0] + "同比增长多少"),
    (r"(?:(?<=上游)|(?<=下游))([^，,。？?]{0,12}?)(?:养殖种植|种植养殖|种养|养殖|种植)?行业(?=[？?]?\s*$)", lambda t: re.sub(
        r"(?:养殖种植|种植养殖|种养|养殖|种植)?行业$", "", t)),
    # round 167's refusals
    (r"(?:文章|文中|原文|报道)(?:里|中)(?=(?:支持|扶持|为电商|为电子商务|出现的|列出的))", ""), (r"做到了?(?=多少)", "是"),
    (r"\bstock range (?=at\b|of\b)", "number of SKUs "),
    (r",?\s*(?:roughly,?\s*)?from ASEAN, Europe(?: and America)?,? (?:and )?Australia\b", ""),
    (r"(?<=年龄)(?:区间|段|层)", ""),
    (r"^(?:[^，,。？?]{2,24}[、和])+[^，,。？?]{2,24}?这一?(?:系列|批|类)(?=[^，,。？?]{2,12}(?:一共|总共|有几|有多少|有哪些))",
     lambda t: "像" + re.sub(r"这一?(?:系列|批|类)$", "", t) + "这样的"),
    (r"(?<=信息港)的?那场(?=电子商务论坛|电商论坛)", ""), (r"放在(?=哪个城市|哪座城市|哪里|哪儿)", "在"),
    (r"\blocality\b", "place"), (r"^\s*搞[^，,。？?]{2,12}?扶贫(?:的)?那个", ""), (r"上面管它的(?:是)?", "属于"),
    (r"\s*,\s*home (?:of|to) [\w'’ -]{2,40}(?=\s*:)", ""),
    (r"在图谱(?:中|里)出现在哪些关系(?:里|中)", "有哪些关系"), (r"\bwhich nodes link to (?=it\b|them\b)", "what is connected to "),
    (r"排(?:在)?最后(?:一名|一位)?", "最低"), (r"(?<=stations, )outlets\b", "delivery outlets"),
    (r"\s*[—–-]+\s*what is it and what does it measure\b", ""), (r"(?<=percentage) value\b", " figure"),
    (r"\b(?:biggest|largest|highest) percent(?:age)? (?:value|figure|number) anywhere in the (?:graph|kg|knowledge graph)\b",
     "which percentage figure is the largest"),
    (r"\b(?:one|two|three|four|five|six|seven|eight|nine)-tenths\b",
     lambda t: str(10 * ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"].index(t.split("-")[0].lower()) + 10) + "%"),
    (r"\bvillage-level (?:\(rural\) )?e-commerce(?: operations)?\b", "rural e-commerce"),
    (r"\bmoved in to (?:grow|develop|expand) (?:their|its) business in\b", "came to develop in"),
    (r"\bbig-name e-commerce players\b", "leading e-commerce enterprises"),
    (r"\b(?:types|kinds|varieties|brands) count as\b", lambda t: t.split()[0] + " make up"),
    (r"^\s*(?:国务院)?(?:那|这)?批22个(?:综试区|试验区|综合试验区|跨境电商综合试验区)?城市[，,]\s*[\u4e00-\u9fff]{2,4}(?:算不算|是不是|在不在)(?:其中)?(?:一个|之一)?",
     lambda t: re.sub(r"^.*?[，,]\s*([\u4e00-\u9fff]{2,4}?)(?:算不算|是不是|在不在).*$", r"\1是不是在国务院批复的22个城市里", t)),
    (r"哪个年份|哪一个年份|哪个年头", "哪一年"), (r"^\s*add up\b", "what is the sum of"),
    (r"(?<!\bare)(?<!\bwere)(?<!\bare )(?<!\bwere )\s*\b(?:named|mentioned|cited|listed) in the (?:article|piece|report|story|source)(?=\s*[.?？。]?\s*$)", ""),  # (which counties are mentioned in it: the article's)
    (r"差值", "差额"), (r"\breverse[- ]engineer(?:ed|ing)?\b", "work back"),
    (r"搭起来?了?(?=多少|几)", "建了"), (r"\bgoing back from\b", "working back from"), (r"[，,]?\s*(?:请)?(?:给我|帮我)?列(?:个|一个|张|一张|份|一份)(?:清单|单子|表|名单)(?:出来)?", "有哪些"),
    (r"\b(?:do|does|did) ([\w'’ -]{3,40}?) fetch under\b", lambda t: "of " + re.sub(r"^\w+\s+|\s+fetch under$", "", t) + " after"),
    (r"\bhow (?:large|big|wide|extensive|broad) is the SKU (?:range|count|tally|assortment)(?: (?:carried|stocked|offered|held) (?=at\b|in\b))?",
     "how many SKUs are there "),
    (r"\bSKU (?:range|count|tally|assortment)(?: (?:carried|stocked|offered|held) (?=at\b|in\b))?", "number of SKUs "),
    (r"称号的(?=县数|市数|村数)", "称号的"), (r"(?<=称号的)(?:县|市|村)数(?=[？?。]|$)", lambda t: t[0] + "有多少个"),
    (r"\b(?:themes?|topics?) (?:of|for) discussion\b|\bdiscussion (?:themes?|topics?)\b", "topics"),
    (r"(?:为了?|用来|用于)营造(?:了)?(?:浓厚的)?(?:电商)?(?:促销)?(?:氛围|气氛)(?:而)?(?:搞|举办|开展|组织)?(?:的)?(?:那)?(?:一)?(?:系列|几个)?", ""),
    (r"\s*\(as opposed to [^()]{3,60}\)", ""),
    (r"\s*\b(?:sold|marketed|sold online) under [\w'’ -]{2,40}? model\b", ""),
    (r"边境(?:口岸|城市|重镇|小城)(?=[\u4e00-\u9fff]{2,4}(?:市|县|[，,的]))", ""),
    (r"\bhow (?:does|do) (?:it|this|that|they) tie in(?: to| with)?(?: the graph| the kg| the knowledge graph)?\b", "what is connected to it"),
    (r"\s*\band how (?:each|each one|they) (?:is|are) (?:linked|connected|related|joined)\b", ""),
    (r"胜出|占上风|更胜一筹", "更高"),
    (r"\bwhich group is (?=bigger|larger|greater|smaller)", "which is "),
    (r"(?<=提到的)[两三四五六]种(?=广西特产|特产|产品)", ""),
    (r"\b(?<=e-commerce )tallies\b|\btallies(?= to\b)", "figures"),
    (r"\bcame (?:into|to) ([\w'’ -]{2,30}?) for development\b", lambda t: "came to develop in " + re.sub(r"^came (?:into|to) | for development$", "", t)),
    (r"(?:原始|原文)?网页(?:的)?(?:URL|url|网址|链接|地址)|原始(?:URL|url|网址|链接)", "出处链接"),
    (r"\bwhat did ([\w'’ -]{3,60}?) come to(?=\s*(?:[?？,，;；]|$))", lambda t: "what was " + re.sub(r"^what did | come to$", "", t, flags=re.I)),
    # round 170's refusals: the pilot zones named short (the pilot-zone list, one of the pilot zones)
    (r"\b(?:cross-border (?:e-commerce )?)?pilot[- ]zones? (?:city |cities )?list\b", "list of pilot-zone cities"),
    (r"\b(?<!comprehensive )(?:cross-border (?:e-commerce )?)?pilot[- ]zones?\b(?![- ](?:cities|city|reply|approval|document|decision|list))",
     "cross-border e-commerce comprehensive pilot zones"),
    (r"\b(?:which|what) tea\b(?! (?:industry|sector|chain|group))|\bwhich tea\b(?=\?|$)", lambda t: t + "s"),  # which tea comes from X
    (r"\bthe (?:county|prefecture|city|town|village|place) (?=(?:running|operating|implementing|carrying out|practi[cs]ing)\b)",
     lambda t: t + "that "),  # the county running the model: the county that runs it
    (r"(?<=\bthat )(?:running|operating|implementing|carrying out|practi[cs]ing)\b(?=[^?]{0,80}\b(?:model|scheme|programme|program|project|pilot)s?\b)",
     lambda t: {"running": "runs", "operating": "operates", "implementing": "implements", "carrying out": "carries out"}.get(t.lower(), "runs")),
    (r"(?<=farmers['’] )co-?op\b", "cooperative"), (r"(?<=households)['’]? (?:scheme|approach|formula)\b", " model"),
    (r"(?<=: )(?:the )?(?:producing|growing|source) (?=(?:county|prefecture|city)\b)", ""),  # lingyun tea: producing county?
    (r"有没有(?:进入|进|入选|入围|列入|上)(?=[^，。？?]{0,24}名单)", "在不在"), (r"在(?:你们|图谱|你)的?分类(?:体系)?(?:里|中|上)", ""),
    (r"边民互市(?:贸易)?(?:加|\+|＋)", "互市贸易+"), (r"(?<=[\u4e00-\u9fff])干的是", "做的是"),
    # round 171's wrong answer: a trailing "in this dataset" bounds the question, it asks for no source
    (r",?\s*\b(?:in|within|according to) (?:this|the|your) (?:dataset|data set|database|data)(?=\s*[?？.!]*\s*$)", ""),
    # round 171's refusals: everyday words (创造的就业, regional economy, village-level, promotions, 区外, feeding into,
    # treats as, regional entity, convene, 富硒类, 上一级行政区, 今天归, bonded zone, pull up … edges, 周边 … 关系)
    (r"创造(?:了|的)?(?=[^，。？?]{0,4}就业)", "带动的"), (r"(?<=就业)岗位", ""),
    (r"\b(?:the )?growth of the regional economy\b|\bregional economic growth\b|\bthe region['’]s economic growth\b", "economic growth"),
    (r"\bvillage-level (?=online retail|online sales|e-commerce)", "rural "),
    (r"\b(?:rattles off|reels off|runs through|lists off) (?:a (?:string|list|series|run) of )?", "lists "),
    (r"\b(?:branded )?online[- ]shopping promotions\b|\bbranded promotions\b", "branded promo events"),
    (r"区外(?=省份|的省|省)", ""), (r"\bfeeding into\b|\bfeeding\b(?= (?:it|them|the)\b)", "in"),
    (r"\b(?:that )?the (?:graph|dataset|kg|data) (?:treats|counts|classes|classifies|records|lists) as\b", "that is"),
    (r"\bthe regional entity (?=['‘\"]?Guangxi)", ""), (r"\s*\b(?:according to|per|from|by) (?:its|the) graph (?:edges|connections)\b", ""),
    (r"\bdoes (?=[^?]{3,80}\bconvene\b)", "is "), (r"\bconvene\b(?=\s*[?？]?\s*$)", "held"), (r"\bconven(?:es|ed)\b", "held"),
    (r"富硒类", "富硒"), (r"挂在哪个(?=城市|市|县|地方)", "来自哪个"), (r"(?<=哪个)(?:城市|市|县)名下", "城市"),
    (r"的?上一?级行政区(?=是哪|在哪|是什么|叫什么)", "的上级"), (r"(?<=[\u4e00-\u9fff])今天(?=归|属于|隶属)", ""), (r"(?<=[\u4e00-\u9fff])归(?=哪座|哪个|哪一个)", "属于"),
    (r"(?<=Qinzhou )bonded (?:port )?zone\b", "Bonded Port Area"),
    (r"\bpull up (?:all |every )?(?:the )?graph edges around (?:the )?", "show all relations of the "), (r"(?<=\S) node\b(?=\s*[.?]?\s*$)", ""),
    (r"(?:(?:这个|的)?节点)?周边都?挂着?(?:什么|哪些)关系", "有哪些关系"), (r"[（(]直接(?:和|与|加|及)间接(?:合计|加总|总计|一起|相加)?[）)]", ""),
    (r"(?<=那篇)(?:讲|说|写|谈|报道)[^，。？?]{1,24}?的(?=稿子|文章|报道)", ""), (r"见报(?=日期|时间|的日期)", "发布"),
    (r"季军", "第三"), (r"亚军", "第二"), (r"(?<=是不是|是否是|算不算)冠军", "第一"),
    (r"\btop[- ]sell(?:er|ing product|ing item)\b", "highest sales"), (r"\bwhat metric(?: and what (?:rate|value|figure|number))?\b", "what does it measure"),
    (r"(?<=[、，(（])网点(?=[、，)）])", "物流网点"), (r"\breference years?\b", "year"), (r"(?<=cumulative )(?:counts|tallies)\b", "figures"),
    (r"国务院(?:批准|批复|同意)的(?=\d+个[^，。？?]{0,12}(?:综试区|试验区)[^，。？?]{0,6}名单)", ""),
    (r"\b(?:count|treat|class|classify|regard|see) [\w'’ -]{2,40}? as (?:a |an )?(?:component|constituent|member|part|piece) of\b",
     lambda t: re.sub(r"(?i)^\w+ ([\w'’ -]+?) as (?:a |an )?\w+ of$", r"say \1 is part of", t)),
    (r"\baussie\b", "Australian"), (r"(?<=Taobao village) (?:label|tag|badge|status)\b|(?<=Taobao-village) (?:label|tag|badge|status)\b", " title"),
    (r"\bweb[- ]shops?\b", "online shop"), (r"\b(?:pulled|lifted) from\b", "taken from"),
    (r"(?<!平均)(?:平摊到|均摊到|分摊到)", "平均摊到"), (r"(?<=[，,])每站(?=多少|合|能分|分到|平均)", "每个站点"),
    (r"[（(](?:含|包括|包含|连同)县级市[）)](?=请?(?:逐一|一一|全部|都)?列出)", ""), (r"[，,]\s*(?=和[\u4e00-\u9fff])", ""), (r"[，,]\s*两者(?:比较|相比|比)?(?=哪边|哪个|谁)", ""),
    (r"(?<=哪)边(?=大|多|高|更)", "个"), (r"(?:凡是)?标了(?=\d{4}年)", "有"),
    (r"[，,]?\s*排(?:到|在)?(?:最后一名|最后一位|最后|末位|倒数第一)的?(?:是谁|是哪个|是哪一个|是什么|是(?=[?？]|$))", "最低的是哪个"),
    (r"\b(?:were|was|got|have been|has been) (?:attracted|lured|drawn|enticed|brought) to (?:locate |settle |set up |come |move )?(?:in |to |into )?",
     "settled in "),
    (r"(?<=就业)人口", "人数"), (r"受益的人数", "受益人数"),
    (r"\b(?:have|has|carry|carries|stock|stocks|sell|sells|offer|offers) (?:any )?(?:Australian|Aussie|European|American|ASEAN) (?:products|goods|items|merchandise)\b",
     lambda t: "offer products from " + re.sub(r"^\w+ (?:any )?(\w+) \w+$", r"\1", t)),  # does the centre have Australian products
    (r"\bslices?\b(?= of\b)", "share"), (r"(?:(?<=share of )|(?<=slice of ))all (?:Chinese|China['’]s|national|the country['’]s|the nation['’]s) (?:online )?(?:stores|shops)\b", "national shops"),
    (r"\bas an? (?:cross-border )?pilot[- ]zone city\b", "among the pilot-zone cities"),
    (r"^\s*[A-Z][a-z]+ got (?:on|onto) (?:the )?(?:\d+-city )?(?:(?:cross-border )?pilot[- ]zones? (?:city |cities )?list|list of pilot[- ]zone cities) "
     r"(?:through|by|via|with) whose (?:approval|reply|document|decision)",
     lambda t: re.sub(r"(?s)^\s*([A-Z][a-z]+) .*$", r"Who issued the approval that lists \1 among the pilot-zone cities", t)),
    (r"^\s*whose (?:approval|reply|document|decision) put [A-Z][a-z]+ (?:on|onto) (?:the )?(?:\d+-city )?"
     r"(?:(?:cross-border )?pilot[- ]zones? (?:city |cities )?list|list of pilot[- ]zone cities)",
     lambda t: re.sub(r"(?is)^\s*whose \w+ put ([A-Z][a-z]+) .*$", r"Who issued the approval that lists \1 among the pilot-zone cities", t)),
    (r"\s*=\s*(?=(?:a |an )?\d+(?:\.\d+)?\s*%)", " being "),  # if 54,935 shops = 0.8% of China's total
    (r"\bwhat(?:['’]s| is| was| would be) the (?:national|nationwide|china-wide|whole country['’]s) (?:(?:online[- ])?(?:shop|store) (?:count|total|number)|"
     r"(?:count|total|number) of (?:online )?(?:shops|stores))\b(?=[^?]*\d\s*%)",
     "compute the nationwide shop total"),
    (r"\bbecoming\b(?= (?:a|an|the) )", "being"),
    (r"(?<=%)[^?]{0,60}?\bwhat(?:['’]s| is| was| would be) the (?:national|nationwide) (?:(?:online[- ])?(?:shop|store) (?:count|total|number)|"
     r"(?:count|total|number) of (?:online )?(?:shops|stores))\b",
     lambda t: re.sub(r"(?i)\bwhat(?:['’]s| is| was| would be) the .*$", "compute the nationwide shop total", t)),  # 0.8% …, what's the national count
    # round 169's refusals: everyday words (size check:, young entrepreneurs, attributed to, incl. indirect, 乡村电商,
    # 覆盖面, private storefronts, component teas, 办会, 富硒的那类, X's relations, 榜首, seller, western-China ranking,
    # 是非题, counts as one kind of, act as 承办)
    (r"^(?![^:]*\b(?:growth|rate|share|percent|price|sales|volume|figure|number|count|total)\b)\s*[\w' -]{2,40}?\bcheck\s*:\s*", ""), (r"\byoung (?:online |e-commerce )?(?=entrepreneurs\b)", "e-commerce "),
    (r"\battributed to\b", "driven by"), (r",?\s*\bincl(?:\.|uding|udes?)? (?:the )?indirect(?: ones| jobs)?\b", ""),
    (r"乡村电商", "农村电商"), (r"(?<=电商)覆盖面(?:有多广|多广|多大)?", "覆盖率"),
    (r"\b(?:private|personal) online (?:storefronts|shops|stores)\b|\bprivate online storefront\b", "individual online shops"),
    (r"(?:(?<=storefronts)|(?<=shops)|(?<=stores)) registered (?:to|in)\b", " in"), (r"\bcomponent (?=teas?\b|products?\b|members?\b)", ""),
    (r"办会", "举办"), (r"富硒的?(?:那类|那种|这类)?产品", "富硒产品"),
    (r"\b(?:[A-Z][\w'’-]+ ){0,4}[A-Z][\w'’-]+['’]s (?:relations|connections|links|edges)\b(?! (?:with|to|between|among)\b)",
     lambda t: "relations of " + re.sub(r"['’]s \w+$", "", t)),
    (r"\s*\bin the knowledge graph\b(?=\s*[.?]?\s*$)", ""), (r"榜首", "最高"),
    (r"\b(?:smallest|largest|biggest|top|lowest|highest|best|worst) (?:(?:19|20)\d\d )?seller\b", lambda t: re.sub(r"seller$", "sales", t)),
    (r"\bwestern[- ]China (?:ranking|rank)\b", "rank among western provinces"), (r"(?:问个|问一个|一道)?是非题[：:]\s*", ""),
    (r"\bcounts? as (?:one |a |an )?(?:kind|type|sort) of\b", "is a kind of"), (r"\bact(?:s|ed)? as 承办 (?:for|of)\b", "organise"),
    (r"(?:(?:19|20)\d\d年)?(?:那|这)届(?:的)?[，,]?\s*(?=举办|办会|主办|承办)", "的"),
    (r"(?:(?<=论坛)|(?<=峰会)|(?<=大会)|(?<=博览会))[，,]\s*(?=举办城市|举办地|办会城市|举办的城市)", "的"),
    (r"[，,]?\s*(?:文章|原文|报道|稿子)(?:里|中)?给(?:出)?的(?=百分比|数字|数据|比例|数值)", "的"),
    (r"^\s*(?:the )?(?:prefecture|city|county) administering\b", lambda t: "Which " + t.split()[-2].lower() + " administers"),
    # round 168's refusals: everyday words (a role played in the economy, delegates debate, turned into, 批准22城,
    # higher price before or after the model)
    (r"\bhow (?:big|large|much) (?:a |of a )?role(?: \((?:percent|%)\))? did [\w ]{3,30}? (?:play|have) in (?:driving )?",
     lambda t: re.sub(r"(?i)^.*? did ([\w ]+?) (?:play|have) in (?:driving )?$", r"what contribution did \1 make to ", t)),
    (r"\b(?:the )?region['’]s economic expansion\b|\beconomic expansion\b", "economic growth"),
    (r"\bsubjects\b(?= (?:will|do|did|are|were|would) (?:delegates|participants|attendees|speakers)\b)", "topics"),
    (r"\b(?:will|do|did|would) (?:delegates|participants|attendees|speakers) (?:debate|discuss|talk about|cover)\b", "will be discussed"),
    (r"\bthat turned into\b|\bthat became\b(?= (?:a|an) )", "that is"), (r"批准(?=\d+城|\d+个城市)", "同意"),
    (r"\b(?:higher|lower) price,? (?:before or after|after or before) (?:the )?[\w' +-]{0,40}?model\b",
     lambda t: "highest price" if t.lower().startswith("higher") else "lowest price"),
    # round 167's refusals: everyday words (the year of a one-off event, 两个比例, filename, Hantang's seedlings)
    (r"[，,]\s*(?:19|20)\d\d年(?:是)?(?=放在|在哪|在什么|于哪|哪个城市|哪座城市)", "，"), (r"(?:两个|这两个)(?:比例|比率|百分比)(?=谁|哪个)", ""),
    (r"\bfile ?(?:names?)? behind the graph['’]s (?=article|source|report)", "file of the "),
    (r"(?:(?<=yuan )|(?<=Hantang['’]s )|(?<=Hantang )|(?<=Hantang village['’]s ))seedlings?\b", "fruit seedling"),
    (r"(?:位于|坐落在|坐落于|地处)(?=哪个城市|哪座城市|哪个市|哪个地级市|广西哪座城市|广西哪个城市)", "在"), (r"保税片区", "保税港区"), (r"(?:具体)?落(?:在|于)(?=[\u4e00-\u9fff]{0,4}哪)", "位于"),
    # round 165's refusals: the pilot-zone list said another way
    (r"(?:国务院)?(?:同意|批准|批复)设立(?:跨境电商综合试验区|跨境电子商务综合试验区|综试区|跨境电商综试区)的\d+个城市之?(?:中|里|内)",
     lambda t: re.sub(r"^.*?(\d+)个城市.*$", r"\1个跨境电商综合试验区城市中", t)),
    (r"^\s*[A-Z][a-z]+ (?:got |was |is |has been )?(?:listed|named|included) as an? (?:cross-border )?pilot[- ]zone city in (?:some|an|the|which) "
     r"(?:approval document|approval|reply|document)",
     lambda t: re.sub(r"(?s)^\s*([A-Z][a-z]+) .*$", r"The approval that lists \1 among the pilot-zone cities", t)),
    # growth rates said short, set against each other: the indicators' own names
    (r"\baverage annual (?:e-commerce |ecommerce )?growth(?: rate)?\b(?! of\b)(?=[^?]*\b(?:or|vs\.?|versus|than)\b)",
     "average annual growth of e-commerce transaction volume"),
    (r"\bcross-border e-commerce (?:yoy|y-o-y|year-on-year) growth(?: rate)?\b", "cross-border e-commerce transaction volume, year-on-year growth"),
    (r"\bonline retail (?:yoy|y-o-y|year-on-year) growth(?: rate)?\b", "online retail sales, year-on-year growth"),
    # round 172's wrong answer: what lies under what prefecture asks the prefecture above, never what lies below
    (r"\b(?:is|are|was|were|lies|lie|sits|sit|falls|fall)? ?(?:administered by|governed by|under|run by|overseen by|controlled by) what"
     r"(?= (?:prefecture|city|county|province|district|municipality)\b)",
     lambda t: re.sub(r"(?i)(?:administered by|governed by|under|run by|overseen by|controlled by) what$", "under which", t)),
    # round 172's refusals: everyday words
    (r"(?:那块|这块)(?=占)", ""), (r"(?:外贸)?进出口盘子|外贸盘子", "进出口总额"), (r"(?<=进出口总额)的?几成", "的比重是多少"),
    (r"(?:20)?18年(?:之前|以前|前)的?那一年", "2017年"),
    (r"\bby the (?:article|report|piece|source)['’]s account,?\s*", ""), (r"\s*\((?:percentage|share) of [^)]{0,40}\)", ""),
    (r"\bcoverage level\b", "coverage"), (r"\bcompound yearly\b", "compound annual"),
    (r",?\s*what (?:%|percent(?:age)?) did the (?:article|report|piece|source) give\b", ""),
    (r"\b(?:separate )?government (?=polic(?:y|ies) (?:documents|papers))", ""), (r"^\s*tally for me\s*:\s*", ""),
    (r"\b(?:big )?themes/agenda items\b|\bagenda items\b|\bbig themes\b", "topics"),
    (r"^\s*apart from guangxi(?: itself)?,\s*", ""), (r"\bpushed (?:its|their) business\b", "expanded"), (r"(?<=into which )other (?=provinces)", ""),
    (r"[，,]?\s*逐条说", ""), (r"(?:电商)?节庆、促销类品牌活动|促销类品牌活动", "品牌活动"), (r"(?<=品牌活动)的全名", ""),
    (r"\bfrontier (?=cit|town|count)", "border "), (r"\bmutual[- ]market trade\b", "border trade"),
    (r"\bwhere are (?:delegates|participants|attendees|guests) (?:supposed|expected|due|meant) to (?:gather|meet|convene) for\b", "where is"),
    (r"^\s*locate (?=[^?]{3,80} for me on the map)", "where is "), (r"\s*for me on the map\b", ""), (r"\s*\(which (?:port )?zone\)", ""),
    (r"-style\b(?= cross-border| offline)", ""), (r"\bmunicipal-level city\b", "prefecture-level city"),
    (r"归(哪个|哪座)(?=地级市|市|县)", lambda t: "属于" + t[1:]), (r"(?<=地级市)管(?:辖|理)(?=[？?]?$)", ""),
    (r"\bState Council of (?:the )?(?:PRC|People['’]s Republic of China|China)\b", "State Council"),
    (r"(?:这个)?节点?周围(?:都)?(?:连着|挂着)(?:谁|什么|哪些)", "有哪些关系"),
    (r"这个(?:机构|组织|单位|部门)[，,]?\s*", ""), (r"[，,]?\s*(?:和|跟|与)(?:图谱里)?(?:别的|其他|其它)节点有(?:啥|什么|哪些)(?:连线|关系|联系)", "有哪些关系"),
    (r"[，,]?\s*(?:图谱里)?它?的相邻节点(?:是什么|有哪些|是哪些)", "有哪些关系"),
    (r"\bwhich nodes are (?:hooked|linked|connected|attached|tied) to it\b", "which relations does it have"),
    (r"(?<=level) next to (?=the (?:19|20)\d\d\b)", " compared with "), (r",?\s*how do they stack up\b", ""),
    (r"三大特色农产品里|三大特产里|三大特色产品里", ""), (r"营收", "销售额"),
    (r"\s*according to the (?:sales )?(?:numbers|figures|data) (?:stored|held|recorded)\b", ""), (r"\bslowest\b", "lowest"),
    (r"(?:所有)?以?人民币计价的(?:数|数字|数据)(?:里头|里面|里|中)?", "金额中"),
    (r"[，,]?\s*在图谱收录的几个(?:时期|时段)里[，,]?\s*", ""), (r"哪(?:个|一个)?(?:时期|时段)(?=[\u4e00-\u9fff]{0,4}(?:最|更))", "哪一年"),
    (r"(?<!\w)% metrics\b|\bpercentage metrics\b|\bpercent metrics\b", "percentage figures"),
    (r"(?<=[\u4e00-\u9fff])连着(?:谁|什么|哪些)(?=[?？]?$)", "有哪些关系"), (r"是不是榜上有名|有没有榜上有名|榜上有名吗", "在不在名单里"), (r"\btops the (?:chart|list|table)\b", "is the highest"),
    (r"这家德企[，,]?\s*", ""), (r"文中说它", ""), (r"进驻(?=广西|了)", "落户"),
    (r"\bpulls? (?:which|what) [\w ]{1,30}? along\b", lambda t: "drives " + re.sub(r"^pulls? (.+?) along$", r"\1", t)),
    (r"\bsibling (?=teas?|products?|members?)", "other "), (r"中间这段", ""), (r"多出来几千几百亿", "增加了多少"), (r"[，,]?\s*算个差值", ""),
    (r"(?<=% of )(?:Guangxi['’]s |Guangxi )?(?:foreign |total )?trade\b", "Guangxi's imports and exports"), (r"\boverall trade\b", "total imports and exports"),
    (r"\bpersonal-shop figure\b", "individual online shops"), (r"\bstore total\b", "shop total"),
    (r"\bSKUs-per-merchant ratio\b", "SKUs per merchant"), (r"(?<=sales) divided by (?=[\w' -]{2,40}? sales\b)", " compared with "),
    (r"(?:国务院)?(?:那份|的|批的)?\d+(?:城|个)(?:跨境电商)?综试区(?:批复|名单)[，,]\s*[\u4e00-\u9fff]{2,4}?(?:是不是榜上有名|在不在名单里|有份吗|在名单里吗|有没有份)",
     lambda t: re.sub(r"^.*?(\d+)(?:城|个).*?[，,]\s*([\u4e00-\u9fff]{2,4}?)(?:是不是榜上有名|在不在名单里|有份吗|在名单里吗|有没有份)$",
                      r"\2在不在\1个跨境电商综试区城市名单里", t)),
    # round 173's wrong answers: a document's own date of issue (never the source's); the whole from a part and its
    # share said with 跨境 alone; a record year; a breakdown the graph does not hold
    (r"(?:(?<=批复)|(?<=文件)|(?<=政策)|(?<=意见)|(?<=通知)|(?<=方案))[，,]\s*(?:图谱(?:里|中)?记(?:录)?的)?发布(?:时间|日期)是?(?:什么时候|哪天|哪一天|何时|几时)",
     "是什么时候发布的"),
    (r"跨境(?=\d)", "跨境电商"), (r"(?<=那)(?:广西)?(?:\d\d年|(?:19|20)\d\d年)?进出口总额(?:估计|大概|大约)?(?:有多少|是多少|多大|多少)", "进出口总额大约多少"),
    (r"(?<=占)进出口总额(?=\d)", "进出口"),
    (r"^\s*Guangxi['’]s record (?:e-commerce |ecommerce )?year\b", "Which year had Guangxi's highest e-commerce transaction volume"),
    (r"\brecord (?:e-commerce |ecommerce )?year\b", "year with the highest e-commerce transaction volume"),
    # round 173's refusals: everyday words
    (r"网购零售额", "网络零售额"), (r"\bbrought work to\b", "created jobs for"), (r"\s*\(incl(?:\.|uding)? (?:the )?indirect(?: ones| jobs)?\)", ""),
    (r"\bonline retail generated through (?:Guangxi['’]s )?rural e-commerce (?:programme|program|drive|push)\b", "rural online retail sales"),
    (r"\bover the (?:19|20)\d\d[-–](?:19|20)\d\d (?:stretch|period|span|window)\b",
     lambda t: re.sub(r"^over the (\d{4})[-–](\d{4}) \w+$", r"from \1 to \2", t)),
    (r"\bcross-border online trade\b", "cross-border e-commerce"), (r"带旺了?", "带动了"), (r"(?<=上游)的养殖和种植", "产业"),
    (r"会址定?在", "举办地在"), (r"\bis (?:its|their) home\b(?!\s+(?:county|city|prefecture|town|village|province|district)\b)", "is it from"), (r",?\s*the friendship[- ]pass border city\b", ""),
    (r"[:：]?\s*掰扯一下[:：]?", ""), (r"两个水果的(?=销售额)", ""),
    (r"\bput (?=[^?]{3,80} side by side\b)", "compare "), (r"\s*side by side\b", ""),
    (r"[-–—]\s*who wins\b", "- which is larger"),
    (r"(?:国务院)?(?:批的)?(?:跨境)?综试区[，,]\s*[\u4e00-\u9fff]{2,4}?(?:有没有份|有份吗)",
     lambda t: re.sub(r"^.*[，,]\s*([\u4e00-\u9fff]{2,4}?)(?:有没有份|有份吗)$", r"\1是不是综试区城市", t)),
    (r"破八成", "超过80%"), (r"\bhushi[- ]trade\b", "border trade"), (r"出处句子", "出处原句"), (r"\bwent online\b", "was published"),
    (r"农村电商(?:这块|这一块|方面|领域)(?:有没有|有)业务(?:吗)?", "开展农村电商业务吗"),
    # round 174's wrong answer: which prefecture a county is 下辖 of asks the prefecture above
    (r"是哪个(?=(?:地级)?市的下辖(?:县|区|县级市))", "属于哪个"), (r"(?<=市)的下辖(?:县|区|县级市)(?=[？?]?$)", ""),
    (r"\badministered from(?=\s*[?？]?\s*$)", "located"),  # what prefecture city is it administered from?
    (r"\b(?:list )?(?:every|all|each) (?:node|nodes|entity|entities) (?:adjacent|next) to\b", "what is connected to"),
    (r"(?:文章|原文|报道)(?:开头|开篇|一开始|第一段)(?:所)?(?:说|提到|讲|写|介绍)(?:到)?的(?=[\u3400-\u9fff])", ""),  # 文章开头说的汉塘村 (never 报道里提到的县: those the report names)
    (r"\b(?:what|which things?) (?:hangs?|hung) (?:off|from)\b", "what is connected to"),  # what hangs off the Guicha tea industry node
    (r"[（(][\u3400-\u9fff]{1,8}(?:品牌|牌)[)）]", ""),  # 核桃鸡（万寿谷品牌）: the brand said beside the name, no part asked
    (r"(?<=[A-Za-z)])\s+combo(?=\s*[:,?]|\s+(?:model|scheme)\b)", ""),  # Border trade + CBEC combo: is Dongxing doing it?
    (r"\b(?:the )?(?:media )?(?:outlet|publication|media house|news outlet) (?:behind|that ran|that published|that carried)\b", "publisher of"),
    (r"'s (?:personal |individual )?online (?:shops|stores) (?:exceed(?:ed)?|top(?:ped)?|pass(?:ed)?|reach(?:ed)?|(?:(?:were|was|are) )?(?:more|less|over|under|above|below)(?: than)?) [\d.]+ ?%(?: of (?:the national total|China's total|the national count|all shops in China|the country's total|China's shops|the national figure))?",
     lambda t: "'s share of all shops in China " + re.sub(r"(?i)^.*?online (?:shops|stores) (.*?[\d.]+ ?%).*$", r"\1", t)),  # shops more than 1% of China's total: the share
    (r"^\s*(?:please )?(?:derive|calculate|compute|work out|figure out)\s+(?!how\b|what\b|which\b|whether\b|if\b|by\b|from\b)(?=\S)", "What is "),  # Derive GX's 2017 total foreign trade from …
    (r"^(?:我|我们)?(?:想找|想查|想找一下|想查一下|要找|在找)(?=[\u4e00-\u9fff\d])", ""),  # 想找…排第一的县，是哪个: what is sought, asked
    (r"^\s*(?!(?:the|a|an|this|that|these|those|which|what|one)\b)[A-Z][\w'’-]*(?: [A-Z]?[\w'’-]+){0,4}? (?:that|which|whose) [^:?;]{3,80}?:\s*(?=\S)",
     lambda t: re.sub(r"(?i)\s+(?:that|which|whose)\s.*$", ": ", t.strip())),  # Kumquats that jumped from 2 to 40 yuan/jin: what's their county …: its name
    (r"\b(?:which|what) (?:place|county|city|town|prefecture|area|region|district|village) (?:produces|grows|yields)\b",
     lambda t: re.sub(r" \w+$", " makes", t)),  # which county produces Lingyun tea: where it is from
    (r"(?<=广西)村里(?=的)", "农村"),  # 广西村里的物流配送网点
    (r"\bupper[- ]level (?=prefecture|city|administrative|division)", ""),  # upper-level prefecture
    (r",?\s*(?:per|according to|going by|based on|in|from) (?:the )?NBS(?: \d{4})?(?: data| division data| codes| records)?(?=\s*[?？.]?\s*$)", ""),  # per the NBS data
    (r"\bdocs\b(?= (?:put out|issued|released|published|by|from|of)\b)", "documents"), (r"\bput out by\b", "issued by"),
    (r"^\s*pit (?=.{3,80}? against\b)", "Compare "), (r"(?<=\d)-?ish\b", ""),  # Pit the 2013 total against …; 3101-ish
    (r"(?<=\d) against (?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|the|\d))", " with "),
    (r"[?？]\s*(?:a |the )?(?:province|region|city|prefecture|county|country)(?:\s*/\s*[a-z]+)?(?:[- ]level)? (?:is|would be) (?:fine|ok|okay|enough)\.?\s*$", "?"),
    (r"\s*[(（][^()（）]{1,40}?(?: and (?:the )?others| etc\.?|等)[)）]", ""),  # (luosifen and the others): examples, no part asked
    (r"\b(?:are |is )?(?:counted|listed|classed|classified|grouped|filed) as (?:parts?|members?) of\b", "are part of"),
    (r"带起来(?:了)?", "带动了"), (r"哪(?:几)?(?:块|个)?区域", "哪些地方"), (r"(?:牵出|牵扯出|引出|连出)了?(?=哪些关系|什么关系)", "有"),
    (r"[，,]\s*(?:文章|原文|报道|图谱)(?:里|中)?(?:写了|列了|列出了|提到了?|说了|记了|给了)(?=哪)", "有"),  # …的货源地，文章里写了哪几块区域
    (r"\bsub-?types\b", "members"),  # upstream, downstream, subtypes
    (r"\bASEAN (?:client|customer|partner) (?:companies|enterprises|firms|businesses)\b|\bASEAN (?:clients|customers)\b", "ASEAN enterprises served"),
    (r"\s*(?:that was |which was )?(?:developed|built|set up|created|launched) by (?:a |the )?(?:Guangxi[- ](?:based )?|local |home-grown )+(?:local )?(?:enterprises?|firms?|companies|company|businesses)\b", ""),
    (r"(?:坐落|位于|落在|建在|设在|开在)(?:在|于)?(?:什么|哪个|哪一个)(?:园区|片区|港区|开发区|保税区)", "位于哪里"),  # 坐落在什么园区
    (r"坐落(?:在|于)?(?=哪|什么地方)", "位于"),
    (r"(?<=[\u4e00-\u9fff])\d+(?:\.\d+)?(?:亿|万)元?(?=(?:、|和|与|及|这)[^？?]*?(?:一共|总共|合计|加起来|总和|之和|总计))", ""),  # 香蕉80亿、芒果38亿…一共: the parts summed, each one's figure said
    (r"这(?:仨|三个|三样|三种|几个|几样|俩|两个|两样)(?=(?:19|20)\d\d|一共|总共|合计|加起来)", ""), (r"(?<=年)(?:一共|总共|合计|加起来)多少钱", "一共卖了多少钱"),
    (r"\bwhich (?:one )?belongs to (?:what|which)(?: indicator| metric)?,? and ", ""),  # 53.3% … vs 28.8% … — which belongs to what, and which is higher
    (r"(?<!上游)(?<!下游)(?:带动|拉动|带活|带旺)了?(?=(?:哪些|几个|多少个|什么)(?:相关)?(?:产业|行业))", "的上下游有"),  # 广西米粉带动了几个产业: upstream and downstream, never the chain it is part of
    (r"\b(?:which|what|how many) industries (?:does|do|did|has|have) .{3,60}? (?:drive|drove|driven|boost|boosted|pull along|pulled along|lift|lifted|spur|spurred)\b",
     lambda t: re.sub(r"(?i)^(which|what|how many) industries (?:does|do|did|has|have) (.+?) \w+(?: along)?$", r"\1 upstream and downstream industries does \2 have", t)),
    (r"\b(?:that|which) (?:produces|produced|produce)\b", "that grows"),  # the prefecture that produces Baise mango (produces is no typo here)
    (r"^\s*(?:the |guangxi['’]s )?(lowest|weakest|worst|smallest|highest|strongest|best|peak|biggest|largest) (?:e-commerce |ecommerce )(?:transaction |trading )?(?:volume |value )?year\b",
     lambda t: "Which year had the " + ("lowest" if re.search(r"(?i)lowest|weakest|worst|smallest", t) else "highest") + " e-commerce transaction volume"),
    (r"\bdoes (?:its|their) (?:market )?(?:reach|coverage|business) (?:include|cover|extend to)\b", "does it reach"),  # does its reach include Guangdong
    (r",?\s*or (?:only|just|merely) (?:other|the other|different|some other) (?:provinces|places|markets|regions|cities|countries)\b", ""),
    (r"除以[\u4e00-\u9fff]{2,14}?(?:销售额|交易额|额|数)(?:是|等于|得)?(?:多少|几)",
     lambda t: "是" + re.sub(r"^除以(.+?)(?:是|等于|得)?(?:多少|几)$", r"\1", t) + "的几倍"),  # A销售额除以B销售额是多少: A over B
    (r"\b(?:the )?(?:sibling|other) (?:teas|products|noodles|members|items) of [A-Z][\w'’ -]{2,40}? in (?:its|their) (?:industry|group|category|family)\b",
     lambda t: re.sub(r"(?i)^(the )?(?:sibling|other) (\w+) of (.+?) in (?:its|their) (\w+)$", r"\1other \2 in \3's \4", t)),  # the other teas of Lingyun tea in its industry
    # round 176's refusals: everyday wording
    (r"电商进农村的(?:业务)?培训", "农村电商培训"), (r"(?<=电商)大厂", "企业"), (r"被(?:写成|说成|列为|列成|称为)(?=入桂|落户)", ""),
    (r"^\s*(?:trade |our |the )?(?:delegation|mission|team|desk|trip|visit|logistics|sourcing|buyers?'?) (?:prep|logistics|planning|notes?|brief|question|check)\s*[—–:-]+\s*", ""),
    (r"\b(?:sat|stood) (?:around|at|about|near)(?: what (?:level|figure|value|number|mark))?\b", lambda t: "was about what" if t.endswith(("level", "figure", "value", "number", "mark")) else "was about"), (r"\bnet retail\b", "online retail"), (r"\s(?:had|has|have) (?:chalked|racked|notched|clocked) up\b|\s(?:chalked|racked|notched|clocked) up\b", " reached"),
    (r"\bO2O experience (?=stores|shops)", "offline experience "), (r"\b(?:are )?(?:already )?trading (?=in\b|at\b)", "are "),
    (r"\bmoved (?:its|their) (?:base|bases|operations|headquarters|hq) (?:to|into)\b", "settled in"),
    (r"(?<!Guangxi )\b(?:the )?rice-noodle (?:boom|industry|sector|trade)\b(?! chain)", "Guangxi rice noodles"),
    (r"都?建了些(?:啥|什么)", "建设了什么"), (r"[，,]\s*这个[\u4e00-\u9fff]{1,4}说的是(?:广西)?(?:哪个地方|哪里|哪儿)", "产自哪里"),
    (r",\s*home of [^—–:?-]{3,40}?(?=\s*[—–:-])", ""), (r"归谁代管", "归哪个地级市管"), (r"(?:有|的)(?:连线|挂钩)(?=[？?。]|$)", "有关联"),
    (r"[，,]?\s*说全(?:一点|点|些)", ""), (r"\s+or done\b", ""),
    (r"\benter(?:ed|s)? Guangxi for development\b", "come to develop in Guangxi"),
    (r"(?<=到没到)[一二三四五六七八九]成|(?<=有没有)[一二三四五六七八九]成", lambda t: str("一二三四五六七八九".index(t[0]) + 1) + "0%"),
    (r"(?<=\d)\s+(?=亿|万)", ""), (r"\bdct(?::| )?language tag\b", "language"),
    (r"\bwhere exactly is (?:that|it|this) (?:produced|grown|made)\b", "where is it from"),
    (r"\bmoli\s*\(jasmine\)|\bmoli(?:hua| hua)?\b(?= tea)", "jasmine"),  # Hengxian's moli (jasmine) tea
    (r"\b(?:does|do) (?:the )?(?:KG|graph|dataset|data) (?:file|list|class|classify|put|group) under\b", "are members of"),
    (r"\bout-of-(?:region|province)\b", "other"), (r"\bare served by (?=(?:that|the|this) [\w' -]{0,50}?(?:centre|center|hub)\b)", "are reached by "),
    (r"^\s*(?:[A-Z][\w'’ -]{2,30}?,\s*){1,4}[A-Z][\w'’ -]{2,30}?\s*(?:\.\.\.|…)\s*", ""),  # Liuzhou luosifen, Guilin mifen... how many …: examples said first
    (r"\bentrepreneurs (?:driving|behind|powering|fuell?ing) (?:Guangxi|GX)['’]s (?:online business|e-commerce|ecommerce|online retail|online) boom\b",
     "e-commerce entrepreneurs in Guangxi"),
    (r"\s+quoted (?=in (?:the|this|that) (?:Sina|article|story|piece|report|source))", " "), (r"峰值出现在哪(?:一)?年", "哪年最高"),
    (r"\bonline agri(?:cultural)? (?:SKUs|products|listings|items)\b|\bagri (?:SKUs|products|listings)\b", "agricultural products"),
    (r"(?<=\bits \d{4} )turnover\b", "level"),  # its 2017 e-commerce turnover compare with its 2013 turnover
    (r"(?:是不是|是否)排第[一二三四五六七八九十\d]+(?=[？?]?\s*$)", lambda t: "的排名是" + t[t.index("第"):] + "吗"),  # 在西部省份是不是排第一
    (r"\b(?:what|which (?:documents?|policies|papers|files))(?: else)? (?:did|has|have|does) (?!(?:the )?(?:Sina|新浪|news|media|press|outlet|paper|site|portal|website)\b)[^?,]{2,60}? (?:publish(?:ed)?|put out|release[d]?|print(?:ed)?)\b",
     lambda t: re.sub(r"(?i)\s(?:publish|put out|release|print)(ed|d)?$", lambda m: " issued" if m[1] else " issue", t)),  # What did the General Office publish: its documents, never the article
    (r"^[^，,。？?]{2,24}?占[^，,。？?]{1,12}?(?:约|大约|近)?\d+(?:\.\d+)?\s*%(?:[、，,]\s*(?:金额|规模|交易额)?(?:约|达|为)?\d+(?:\.\d+)?\s*(?:亿元?|万元?|元))?"
     r"[，,]\s*(?=" + ESTIMATE_LEAD + r"(?:估|推算|算))|^用[^，,。？?]{0,24}(?:比例|占比|比重)[^，,。？?]{0,6}[，,]\s*(?=估|推算|算)", ""),  # 跨境电商占进出口约11%，…: the share given
    (ESTIMATE + r"[，,]?\s*(?:(?!多少|几)[\u4e00-\u9fff\d]){2,30}?\s*[？?。]?\s*$",
     lambda t: _estimate_asked(t)),  # 据此估一下广西17年外贸进出口规模: what it is
    (r"(?<=链接|网址|地址)(?:是多少|是啥|是几)", "是什么"),  # 原始链接是多少: the address, never a count
    # round 177's refusals: everyday wording
    (r"\bimport direct[- ]purchase (?:showroom|hall|store|shop)\b", "direct-purchase experience centre"), (r"\bpre-(?:cooperative|co-op|model|scheme)\b", "before the model"),
    (r"\bwhat goes in the (?:cell|box|field|column|row)\b", "what is it"), (r"\bsmall (?:&|and) medium(?:-sized)? enterprises? (?=trade)", "SME "), (r"\bpromo(?= platform)", "promotion"),
    (r"(?<=在广西)农村(?=铺开|开展)", ""), (r"铺开(?=农村电商)", "开展"), (r"被(?:说成|写成|称作|称为)是(?=“?(?:入桂|落户))", ""),
    (r"\b(?:have |has )?moved (?:to|into) Guangxi\b", "settled in Guangxi"), (r"\bplatforms for cross-border (?:trade|e-commerce)\b", "cross-border e-commerce platforms"),
    (r"\bthat the (?:KG|graph) (?:files|lists|classes|classifies) as a (?:type|kind) of\b", "that is a kind of"), (r"\b(?:guangxi )?(?:mifen|rice[- ]noodle) variet(?:y|ies)\b", "kind of Guangxi rice noodles"),
    (r"\bmeets in (?=which|what)", "is held in "), (r"\bthe leaves (?:are|come) from\b", "it is from"), (r"(?<=[a-z])-brand (?=tea\b|products?\b)", " "),
    (r"\bbottom of the (?:three|two|four|list|pack)\b", "lowest"), (r"^\s*aggregate\b", "Sum"), (r"\s+into one (?:number|figure|total)\b", ""),
    (r"(?<=销售额)更好|(?<=卖得)更好", "更高"), (r"涨幅大(?=\s*[？?]|\s*$)", "涨幅更大"), (r"\s+q(?:uo|ou)ted for\b", " for"),
    (r"\btop(?:ped)? the western[- ]province ranking\b", "rank first among western provinces"), (r",?\s*\by/n\b", ", yes or no"),
    (r"\s+-\s+classified under\b", " is a kind of"),
    # round 178's wrong answers: January to December of a year is the whole year; the graph's origin link is no source
    (r"\b(?:an? )?(?:January|Jan)\.?(?:[- ]to[- ]|\s*[-–—]\s*|\s+through\s+)(?:December|Dec)\.?\s+(?=(?:19|20)\d\d\b)", "the whole of "),
    (r",?\s*(?:per|according to|going by|based on) the (?:graph|KG|data)['’]s (?:origin|location|place|home) (?:link|edge|relation|field)\b|"
     r"['’]s (?:origin|location|place|home) (?:link|edge|relation|field)\b", ""),
    (r"(?<=[?？])\s*(?:and )?(?:what|how much) is it\s*[?？]?\s*$", ""),  # Do you have a … total? What is it?: one question
    # a node's upstream and downstream in graph words are its edges both ways, not the industries so named
    (r"节点[，,]?\s*(?:的)?上下游(?:都|分别|各自|各)?(?:连着|连接着?|相连的?是?|有)(?:些)?(?:什么|哪些)(?:节点)?", "节点，直接相连的有哪些"),
    (r"\b(?:the )?upstream and downstream (?:nodes|neighbou?rs|links|connections|edges) (?:of|around)\b", "the nodes connected to"),
)


def _estimate_asked(t: str) -> str:
    """估一下广西17年外贸进出口规模: the thing to estimate, asked (its size as the total, trade as foreign trade)."""
    body = re.sub("^" + ESTIMATE + r"[，,]?\s*(.+?)(?:约为|约是|大约是|大概是|大概为|约有|约|(?:大概|大约)?多大)?\s*[？?。]?\s*$", r"\1", t)
    body = re.sub(r"规模|总盘子|盘子", "总额", body)
    return (body if "外贸" in body else body.replace("进出口", "外贸进出口")) + "是多少？"


def _lead_made_a_phrase(t: str) -> str:
    """南向通道是某个论坛推动的，这个论坛的…: the thing known by what it did, said as one phrase (推动南向通道的那个论坛的…);
    as written when the kind is not said again after the comma."""
    m = re.match(r"^(.+?)是(?:由)?(?:某个|某一个|一个|某|哪个)([\u4e00-\u9fff]{1,6}?)([\u4e00-\u9fff]{2})的[，,。]\s*(?:这个|该|那个|此)$", t)
    return f"{m[3]}{m[1]}的那个" if m else t


def _cn_number(t: str) -> int:
    """一 to 九十九 written in Chinese numerals, as a number."""
    d = {c: i for i, c in enumerate("零一二三四五六七八九")}
    if "十" not in t:
        return d.get(t, 0)
    tens, _, ones = t.partition("十")
    return d.get(tens, 1) * 10 + d.get(ones, 0)


def _dash_bound(t: str) -> str:
    """Rural e-com penetration in Guangxi — beyond seventy per cent yet?: the bound asked of the thing before the dash."""
    head, bound = re.split(r"\s*[—–]\s*", t, maxsplit=1)
    bound = re.sub(r"^(?:beyond|past)\b", "above", re.sub(r"^under\b", "below", re.sub(r"\s*(?:yet|already|now)?\s*\?\s*$", "", bound)))
    return f"Is {head.strip()} {bound}?"


def _cn_whole_number(t: str) -> str:
    """一千, 两千五百: the number in digits."""
    from ..numbers import scan

    return next((str(int(x.value)) for x in scan(t) if x.value is not None and x.value == int(x.value)), t)


def _cn_date(t: str) -> str:
    """九月十三号: 9月13日."""
    month, _, day = t[:-1].partition("月")
    return f"{_cn_number(month)}月{_cn_number(day)}日"


def _script(pattern: str) -> str:
    """The script of the text a pattern matches: "han" (Han characters, no Latin letter of its own), "latin", or
    "both" (a greeting: hello or 你好)."""
    own = re.sub(r"\\u[0-9a-fA-F]{4}|\\[a-zA-Z]|\(\?P<\w+>|\(\?P=\w+\)|\(\?[a-zA-Z-]+[:)]", "", pattern)
    latin = re.search(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]", own)
    han = re.search(r"[\u3000-\u9fff\uff00-\uffef]", own) or re.search(r"\\u[34][0-9a-fA-F]{3}", pattern)
    return "both" if latin and han else "han" if han else "latin"


# the everyday wordings in patterns by script, each compiled only for a question that has its script: Chinese
# wordings need no case folding, which made one pattern of all of them cost 50 ms a question to compile
EVERYDAY_SUB = tuple((lazyre.compile("|".join(f"(?P<e{i}>{k})" for i, (k, _) in enumerate(EVERYDAY) if _script(k) == script),
                                     0 if script == "han" else re.I), written)
                     for script, written in (("both", re.compile(r"")), ("han", re.compile(r"[\u3400-\u9fff]")),
                                             ("latin", re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"))))


def _cleft_choice(text: str) -> str:
    """'Was it A or B that sold more?' -> 'Which sold more, A or B?': the choice of two asked as which."""
    m = re.match(r"\s*\w+ it (.+?),? or (.+?),? (?:that|which|who) (.+?)\?\s*$", text, re.I)
    return f"Which {m.group(3)}, {m.group(1)} or {m.group(2)}?" if m else text


def _everyday(m) -> str:
    """The lexicon's wording for one everyday wording matched."""
    v = EVERYDAY[int(m.lastgroup[1:])][1]
    return v(m.group(0)) if callable(v) else v
# where a stated thing comes from, asked of the information (Where does the information that … come from?)
INFO_FROM = lazyre.compile(r"^\s*where (?:does|did) (?:the|this|that) (?:information|info|claim|statement|fact|news) (?:that )?"
                       r"(?P<claim>.+?) comes? from\s*[?？]?\s*$", re.I)
# where a figure given by its number comes from (Where does the 13.4% growth in online retail sales come from?)
FIGURE_FROM = lazyre.compile(r"^\s*where (?:does|did|do) (?P<figure>(?:the|this|that|these|those) (?![^?]*\b(?:that|which|who)\s)[^?]*?\d[^?]*?|[^?]*?\b(?:coordinates|code|codes|"
                         r"figures|numbers|data|pinyin|latitudes?|longitudes?)(?:\s+(?:of|for|on)\s+(?:the\s+)?(?:counties|places|districts|"
                         r"prefectures|towns|cities|townships|divisions)(?:'s)?)?)(?:\s+(?:in|of)\s+(?:your|the|this)\s+(?:graph|data|dataset|"
                         r"database|kg|knowledge graph))?\s+(?:originally\s+|actually\s+|really\s+)?comes? from\s*[?？]", re.I)
# where the graph's information on a thing comes from (Where does the graph get its information on X from?)
INFO_ON = lazyre.compile(r"^\s*where (?:does|did) (?:the graph|it|the kg|the knowledge graph) get (?:its|the|this) (?:information|info|data) "
                     r"(?:on|about|for) (?P<topic>.+?) from\s*[?？]?\s*$", re.I)
# a kind word glossed in brackets by its pinyin or Chinese (counties (xian), districts (区), towns (zhen))
KIND_GLOSS = lazyre.compile(r"\b(count(?:y|ies)|districts?|cit(?:y|ies)|towns?|townships?|villages?|prefectures?)\s*[(（]\s*"
                        r"(xian|县|qu|区|shiqu|市区|shixiaqu|市辖区|shi|市|zhen|镇|xiang|乡|cun|村|diqu|地区|diji ?shi|地级市)\s*[)）]", re.I)


def _counties_glossed(m) -> str:
    """counties (xian, autonomous counties included; districts … not counted): the plain counties."""
    return "plain counties"


def _kind_glossed(m) -> str:
    """counties (xian): the plain counties; any other kind glossed is the kind word alone."""
    if m.group(1).lower().startswith("count") and m.group(2).lower() in ("xian", "县"):
        return "plain counties"
    return m.group(1)


# a small number in words after a bound (more than ten, at least three, fewer than five): in digits
SMALL_EN = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            "seventeen eighteen nineteen twenty").split()
BOUND_WORD_NUMBER = lazyre.compile(r"\b(more than|over|at least|fewer than|less than|under|at most|no more than|exactly)\s+("
                               + "|".join(SMALL_EN) + r")\b", re.I)
_LEVEL_KIND_ZH = r"(?:县级市|市辖区|自治县|县|区|旗|市|乡|镇|街道)"
# a class word glossed in brackets by the kinds it holds (县级单位（县、县级市、区）): the gloss adds nothing to count
LEVEL_GLOSS_ZH = lazyre.compile(rf"(?<=单位|区划|政区)\s*[（(]\s*{_LEVEL_KIND_ZH}(?:\s*[、,，/和及]\s*{_LEVEL_KIND_ZH})+\s*(?:等)?\s*[)）]")
TENS_EN = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
SCALES_EN = {"hundred": 100, "thousand": 1000, "million": 10 ** 6, "billion": 10 ** 9}
_NUMBER_WORD = "|".join(SMALL_EN + list(TENS_EN) + list(SCALES_EN))
# fifty-five thousand, ten thousand, one hundred and twenty: English numbers past twenty, written out
WORDS_NUMBER = lazyre.compile(rf"\b(?:{_NUMBER_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_NUMBER_WORD}))*\b", re.I)


def _words_number(m: re.Match) -> str:
    """The digits of an English number written out (fifty-five thousand: 55000); a run with neither a tens word
    nor a scale word (one, two, ten: read where they are asked), one that starts with a scale word and one
    inside quotation marks (a name) stay."""
    words = re.split(r"[\s-]+(?:and\s+)?", m.group(0).lower())
    quoted = len(re.findall(r"[\"“”]", m.string[:m.start()])) % 2  # "Ten Thousand Longevity Valley": a name
    if quoted or words[0] in SCALES_EN or not any(w in SCALES_EN or w in TENS_EN for w in words):
        return m.group(0)
    total = current = 0
    for w in words:
        if w in SCALES_EN and SCALES_EN[w] == 100:
            current *= 100
        elif w in SCALES_EN:
            total, current = total + current * SCALES_EN[w], 0
        else:
            current += SMALL_EN.index(w) if w in SMALL_EN else 10 * (TENS_EN.index(w) + 2)
    return str(total + current)


# half as a bound (below half, more than half, 超过一半, 不到一半)
HALF = lazyre.compile(r"(\b(?:below|under|above|over|more than|less than|at least)|超过|不到|不足|低于|高于|过)\s*(?:a |one )?(?:half|一半)(?![a-z])", re.I)
# a share said in tenths after a bound (超过三成, 不到两成): 30%, 20%
TENTHS = lazyre.compile(r"(超过了?|超出了?|超了?|达到了?|达|不到|不足|接近|将近|近|逾|过了?|低于|高于|突破了?|约|有没有|是不是|占)([一两二三四五六七八九])成(?![立功本员为])")


def _lexicon_entries():
    """(lang index, kind order, order, kind, key, word) of every lexicon word: relations, indicators, cues, classes."""
    out = []
    for i, lg in ((0, "zh"), (1, "en")):
        classes = [(cls, ((w,), ()) if lg == "zh" else ((), (w,))) for w, cls in lx.CLASS_WORDS[lg].items()]
        tables = [("rel", lx.relations().items()), ("ind", lx.INDICATOR_WORDS.items()), ("cue", lx.CUES.items()),
                  ("cls", classes), ("unit", lx.units().items())]
        for rank, (kind, items) in enumerate(tables):
            for key, words in items:
                out += [(i, rank, len(out), kind, key, w) for w in words[i] if w]
    return out


_LEXICON: dict = {}


def _lexicon_automaton():
    """One Aho-Corasick automaton over every lexicon word, lower case (built once per vocabulary)."""
    import ahocorasick

    key = id(lx.relations())
    if key not in _LEXICON:
        A = ahocorasick.Automaton()
        for entry in _lexicon_entries():
            w = entry[5].lower()
            A.add_word(w, A.get(w, ()) + (entry,))
        A.make_automaton()
        _LEXICON.clear()
        _LEXICON[key] = A
    return _LEXICON[key]


def _bounded(low: str, s: int, e: int) -> bool:
    """The match is a whole English word (or phrase): no letter, digit or hyphen on either side."""
    return not (s > 0 and re.match(r"[a-z0-9-]", low[s - 1]) or e < len(low) and re.match(r"[a-z0-9-]", low[e]))


def _lexicon_hits(masked: str, lang: str):
    """Every lexicon word found in the masked text: (start, end, kind, key, word); a Chinese word anywhere in
    Chinese text, an English word (or a Latin word of the Chinese lists) on word boundaries in Latin text."""
    low = masked.lower()
    has = (bool(re.search(r"[\u3400-\u9fff]", masked)), bool(re.search(r"[A-Za-z]", masked)))
    found = []
    for end, entries in _lexicon_automaton().iter(low):
        for i, rank, order, kind, key, w in entries:
            s, e = end - len(w) + 1, end + 1
            cjk = i == 0 and re.search(r"[\u3400-\u9fff]", w)
            if has[i] and (cjk or _bounded(low, s, e)) and not _misread(low, s, e, kind, w):
                found.append(((i, rank, order, s), (s, e, kind, key, w)))
    return [h for _, h in sorted(found)]


def _misread(low: str, s: int, e: int, kind: str, w: str) -> bool:
    """村 of 农村 or 乡村 (广西农村建了多少网点): the countryside, a qualifier of what is counted, never villages asked;
    "up by" before a date (notched up by July 2018): a time, not a rise."""
    if kind == "cls" and w in ("村", "个称号", "个指标"):  # 农村, 这个称号: no kind asked
        return low[s - 1:s] in ("农", "乡", "这", "那") and s > 0
    if kind == "cue" and w.endswith(" come from"):  # which products in your data come from Nanning: where they come from
        return bool(MASK_AFTER.match(low, e))
    return w == "up by" and bool(DATE_AFTER.match(low, e)) or low[e:e + 1] == MISREAD_BEFORE.get(w)


MISREAD_BEFORE = {"下属": "于"}  # 列一下属于…: 一下 then 属于, no 下属
MASK_AFTER = lazyre.compile(r"\s+" + re.escape(MASK))  # a name right after the words


DATE_AFTER = lazyre.compile(r"\s+(?:the\s+end\s+of\s+)?(?:(?:19|20)\d\d\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|then|now|mid)")


CONJUNCTIONS = str.maketrans("和及", "与与")


def _names_zh(kg, text: str) -> list[Name]:
    """The Chinese names of the text, longest first; a name written with another word for "and" (电子商务和物流协同发展
    for 电子商务与物流协同发展) is found as well: the text is probed again with each such word read as 与."""
    found = []
    for probe in dict.fromkeys((text, text.translate(CONJUNCTIONS))):
        for end, (form, iris) in kg.names.names_in(probe):  # index probes for the text's spans, not every name
            if len(iris) == 1:
                found.append(Name(text[end - len(form) + 1:end + 1], iris[0], end - len(form) + 1, end + 1))
    return _no_overlaps(found + _names_across_quotes(kg, text))


def _names_across_quotes(kg, text: str) -> list[Name]:
    """“三月三”电商节: a name written with quotation marks inside it (三月三电商节), found with the marks left out."""
    kept = [i for i, ch in enumerate(text) if ch not in "“”「」"]
    if len(kept) == len(text):
        return []
    probe = "".join(text[i] for i in kept)
    return [_name_in_text(text, kept[end - len(form) + 1], kept[end] + 1, iris[0])
            for end, (form, iris) in kg.names.names_in(probe) if len(iris) == 1 and _spans_a_mark(kept, end, form)]


def _name_in_text(text: str, start: int, end: int, iri: str) -> Name:
    return Name(text[start:end], iri, start, end)


def _spans_a_mark(kept: list[int], end: int, form: str) -> bool:
    """The name found runs over a quotation mark left out (found only so)."""
    return kept[end] - kept[end - len(form) + 1] >= len(form)


def _class_words_not_names(names: list[Name]) -> list[Name]:
    """A class word that is also a short name of a thing named in full elsewhere (广西米粉…几种米粉) is the class
    word: the lexicon reads it."""
    full = {n.iri for n in names if not _a_class_word(n.text)}
    return [n for n in names if not _the_class_word(n, full)]


def _the_class_word(n: Name, full: set) -> bool:
    return _a_class_word(n.text) and (n.iri in full or _plural(n.text))


def _plural(text: str) -> bool:
    """An English class word in the plural (Miao autonomous counties) asks for a kind, even where one thing has it."""
    return bool(re.search(r"[a-z]s$", text)) and not CJK.search(text)


def _a_class_word(text: str) -> bool:
    return any(text.lower() in ws for ws in lx.CLASS_WORDS.values())


def _dedupe(names: list[Name]) -> list[Name]:
    """One mention of each entity: the longest (a centre named in full and again by one of its words)."""
    best: dict[str, Name] = {}
    for n in names:
        if n.iri not in best or (n.end - n.start) > (best[n.iri].end - best[n.iri].start):
            best[n.iri] = n
    return sorted(best.values(), key=lambda n: n.start)


# one place named by its old and its new name, with a word of becoming between them (横县变成了横州市)
BECAME = lazyre.compile(r"^\s*(?:county|city|district|town)?\s*(?:什么时候|何时|哪年|哪一年|是哪年|是什么时候|in which year|when)?\s*"
                    r"(?P<w>became|becomes|become|becoming|turned into|was turned into|changed (?:its name )?(?:in)?to|was upgraded to|"
                    r"upgraded to|is now|now|变成了?|成了|成为了?|升格为|升级为|撤县设)\s*$", re.I)


# one place's old and new names said to be the same (横县是不是就是现在的横州市, is Hengxian the same place as Hengzhou)
SAME_PLACE = lazyre.compile(r"^[”\"」』']?\s*[，,]?\s*(?P<w>(?:是不是|是否|是)?(?:就是|即)(?:现在的|如今的|今天的|后来的)?|"
                        r"(?:is|was)\s+(?:the\s+)?same\s+(?:place\s+)?as|(?:is|was)\s+now\s+(?:called|known\s+as)|is\s+today'?s)"
                        r"\s*[“\"「『']?$", re.I)


def _article_said_it(q: Question) -> None:
    """文章里的“横县”是不是就是现在的横州市: the article is where the old name was read, no source asked."""
    if q.words.get("source") in ("文章", "文章里", "原文", "文中") and re.search(r"是不是|是否|吗", q.text):
        q.cues.discard("source")


def _became_its_other_name(q: Question, names: list[Name]) -> set[str]:
    """Hengxian county became Hengzhou city: the place's two names with becoming between them ask of its change
    of name (the cue a question with renamed has); the words of becoming, understood."""
    for a, b in zip(names, names[1:]):
        between = q.text[a.end:b.start]
        m = (BECAME.match(between) or SAME_PLACE.match(between)) if a.iri == b.iri and a.text != b.text else None
        if m and "rename" not in q.cues:
            q.cues.add("rename")
            q.words["rename"] = m.group("w")
            _article_said_it(q)
            return set(re.findall(r"[a-z]+|[\u4e00-\u9fff]+", m.group("w").lower()))
    return set()


def _titled_names(kg, text: str) -> list[Name]:
    """A document cited in 《》 by part of its title (《“互联网+流通”行动计划实施方案》 for the general office's notice
    印发 it): the one entity whose name holds the words, found by search."""
    out = []
    for m in re.finditer(r"《([^《》]{4,80})》", text):
        hits = kg.names.search(m.group(1), limit=2)
        if hits and hits[0]["how"] == "substring" and (len(hits) == 1 or hits[0]["score"] - hits[1]["score"] >= 0.1):
            out.append(Name(m.group(0), hits[0]["iri"], m.start(), m.end(), kg.label(hits[0]["iri"], "zh")))
    return out


QUOTED_NAME = lazyre.compile(r"(?<![A-Za-z])['‘\"“]([^'‘’\"“”]{6,200})['’\"”](?![A-Za-z])")


def _quoted_names(kg, text: str) -> list[Name]:
    """A name in quotation marks that is one entity's name whole ('Party flag leads, …: I speak for my hometown'),
    its commas and colons and question words included."""
    out = []
    for m in list(QUOTED_NAME.finditer(text)) + list(QUOTED_LONG.finditer(text)):  # farmers' inside the quotes too
        iris = kg.names.exact(m.group(1).strip())
        if len(iris) == 1:
            out.append(Name(m.group(0), iris[0], m.start(), m.end()))
        elif not iris and _quoted_part(kg, m.group(1).strip()):
            iri = _quoted_part(kg, m.group(1).strip())
            out.append(Name(m.group(0), iri, m.start(), m.end(), kg.label(iri, "zh")))
    return out


def _quoted_part(kg, quoted: str) -> str | None:
    """A quotation of three words or more (four characters) that words of one entity's name hold, and no other's
    as well: 'I speak for my hometown' for the campaign 'Party flag leads, …: I speak for my hometown'."""
    if len(quoted.split()) < 3 and len(CJK.findall(quoted)) < 4:
        return None
    hits = kg.names.search(quoted, limit=2)
    return hits[0]["iri"] if hits and _words_clearly_first(hits) else None


def _words_clearly_first(hits: list[dict]) -> bool:
    """The first hit matches by words or as part of a name, surely, and 0.1 above the next."""
    top = hits[0]
    return top["how"] in ("words", "substring", "shortened") and top["score"] >= 0.85 and \
        (len(hits) == 1 or top["score"] - hits[1]["score"] >= 0.1)  # “电商+合作社+贫困户”: a word of the name left out


QUOTED_LONG = lazyre.compile(r"(?<![A-Za-z])['‘\"“](.{6,200})['’\"”](?![A-Za-z])")


def _no_overlaps(found: list[Name]) -> list[Name]:
    found.sort(key=lambda n: (-(n.end - n.start), n.start))
    out: list[Name] = []
    for n in found:
        if all(n.end <= o.start or n.start >= o.end for o in out):
            out.append(n)
    return sorted(out, key=lambda n: n.start)


def _confident(kg, span: str, floor: float = 0.7) -> str | None:
    """The one entity that search ranks first for span, clearly above the next, else None."""
    hits = kg.names.search(span, limit=3)
    hits = [h for h in hits if "https://w3id.org/gxkg/ontology#Indicator" not in h["types"]]
    if not hits or hits[0]["score"] < floor:
        return None
    if hits[0]["how"] in ("prefix", "substring") and len(span) < 0.55 * len(hits[0]["matched"]):
        return None  # 广西电商 is not 广西电商好讲师大赛: most of a name, or none
    if len(hits) > 1 and hits[1]["score"] > hits[0]["score"] - 0.05:
        return None
    return None if _a_word_misheard(hits[0], span) else hits[0]["iri"]


def _a_word_misheard(hit: dict, span: str) -> bool:
    """分行业: 行业 (hangye) is a word, not 兴业 (xingye) misheard."""
    return hit["how"] == "homophone" and span in _words_read_otherwise()


@lru_cache(maxsize=1)
def _words_read_otherwise() -> frozenset:
    """The words pypinyin's phrase list holds (47,000 words read other than character by character: 行业, 银行),
    read from its file without importing pypinyin itself (0.3 s): a homophone of a name that is one of them is
    that word."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("pypinyin")
    path = os.path.join(os.path.dirname(spec.origin), "phrases_dict.py") if spec and spec.origin else ""
    if not os.path.exists(path):
        return frozenset()
    loaded = importlib.util.spec_from_file_location("_gxkg_pypinyin_phrases", path)
    module = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(module)
    return frozenset(module.phrases_dict)


@lru_cache(maxsize=1)
def _name_skip() -> frozenset:
    """English words a searched name never starts or ends with: fillers, cue and class words, one-word
    relation words and the verbs of relations and figures."""
    return frozenset(lx.EN_FILLER | _en_words(lx.CUES) | set(lx.CLASS_WORDS["en"]) | lx.EN_VERBS
                     | {x for ws in lx.relations().values() for x in ws[1] if " " not in x})


def _names_en(kg, text: str) -> list[Name]:
    """The English names of the question, longest first from left to right."""
    words = list(re.finditer(r"[A-Za-z0-9][A-Za-z0-9'’.&-]*", text))
    lw = [re.sub(r"['’]s$", "", w.group(0).lower().strip("?.,'’")) for w in words]
    found: list[Name] = []
    known = kg.names.known_words({v for w in lw for v in _word_variants(w)})  # one probe for every word
    i = 0
    while i < len(words):
        skip = _name_skip() - {lw[i]} if _proper_noun_at(text, words, i) else _name_skip()
        got = None if _no_name_starts(lw, i) else _name_giving_way(kg, text, words, lw, i, (skip, known))
        if got:
            found.append(got)
        i = next((k for k in range(i, len(words)) if words[k].start() >= got.end), len(words)) if got else i + 1
    return found


ARTICLES = frozenset({"the", "a", "an"})


def _no_name_starts(lw: list[str], i: int) -> bool:
    """No name begins with word i: a year, a number, or an article before more words (The Nanning experience
    centre)."""
    return bool(YEAR.fullmatch(lw[i])) or lw[i].isdigit() or lw[i] in ARTICLES and i + 1 < len(lw)


def _proper_noun_at(text: str, words, i: int) -> bool:
    """Word i is capitalised in the middle of a sentence (the 2018 Information Harbor forum): a name may start
    with it though it is a question word too."""
    w = words[i].group(0)
    return w[:1].isupper() and not w.isupper() and i > 0 and not re.search(r"[.?!:]\s*$", text[:words[i].start()])


def _name_giving_way(kg, text: str, words, lw: list[str], i: int, skip_known) -> Name | None:
    """The name from word i, ending before a name named exactly that starts within it and runs on past its end
    (Guangxi's e-commerce lecturer group: the group named exactly, not the contest found by search)."""
    got = _name_at(kg, text, words, lw, i, skip_known)
    later = _exact_name_past(kg, text, words, lw, i, got, skip_known) if got else None
    return got if later is None else _name_at(kg, text, words, lw, i, skip_known, most=later)


def _exact_name_past(kg, text: str, words, lw: list[str], i: int, got: Name, skip_known) -> int | None:
    """A name found by search from word i gives way to one that starts within it and is named exactly by words
    that run on past its end: the word where that one starts, else None."""
    if _exact_or_singular(kg, got.text):
        return None
    inside = (k for k in range(i + 1, len(words)) if words[k].start() < got.end)
    return next((k for k in inside if _exact_past(kg, _name_at(kg, text, words, lw, k, skip_known), got)), None)


def _exact_past(kg, other: Name | None, got: Name) -> bool:
    """other is named exactly, ends past got and holds most of got's words (e-commerce lecturer | group: never the
    last words of a long title, targeted poverty alleviation | through e-commerce)."""
    return bool(other) and other.end > got.end and 2 * (got.end - other.start) >= got.end - got.start \
        and bool(_exact_or_singular(kg, other.text))


def _name_at(kg, text: str, words, lw: list[str], i: int, skip_known, most: int | None = None) -> Name | None:
    """The longest run of up to 14 words from word i (ending before word `most`) that names one entity: exactly, or by a confident search
    (a name found by search may not start or end with a question word: "develop in Guangxi"). A run of words
    is searched only when it begins and ends with a word some name has (or a class word): a name found by its
    words does, at one end at least (the search of every run cost seconds on ten million triples)."""
    skip, known = skip_known
    titled = _titled_run(words, i)
    for j in range(min(_sentence_end(text, words, i, i + 14), most or len(words)), i, -1):
        span = re.sub(r"['’]s$", "", text[words[i].start():words[j - 1].end()]).rstrip("?.,!")
        hits = _exact_or_singular(kg, span) if j - i > 1 or lw[i] not in skip else []
        searched = j - i == 1 or _worth_searching(lw[i], lw[j - 1], known)
        whole = j == titled  # the whole run of capitalised words, not each part of it: a search each
        iri, read = (hits[0], None) if len(hits) == 1 else _run_searched(kg, span, lw[i:j], skip, whole) if searched else (None, None)
        if iri:
            return Name(span, iri, words[i].start(), words[i].start() + len(span), kg.label(iri, "en") if read else None)
    return None


def _sentence_end(text: str, words, i: int, most: int) -> int:
    """The end of the run of words from word i that stays within one sentence (a name never runs across "district.
    Gangnan"), at most `most` words."""
    for k in range(i + 1, min(len(words), most)):
        if re.search(r"[.?!;:]", text[words[k - 1].end() - 1:words[k].start()]):
            return k
    return min(len(words), most)


def _worth_searching(first: str, last: str, known: set[str]) -> bool:
    """A run that begins or ends with a word some name has, or ends with a class word."""
    return _name_word(first, known) or _name_word(last, known) or last in CLASS_WORDS_EN


def _name_word(w: str, known: set[str]) -> bool:
    """A word some name has (one of its letter runs: e-commerce, Rong'an; or the word less an ending:
    villagers, village), or a number."""
    return bool(_word_variants(w) & known) or any(ch.isdigit() for ch in w)


def _word_variants(w: str) -> set[str]:
    """The word's letter runs, each also less an ending of up to three letters (villagers: village)."""
    return {p[:len(p) - k] for p in re.findall(r"[a-z]+", w) for k in range(4) if len(p) - k >= 4 or k == 0}


def _exact_or_singular(kg, span: str) -> list[str]:
    """The entities named exactly by span, or by span with its last word singular (Rongan kumquats, Baise
    mangoes)."""
    hits = kg.names.exact(span)
    if hits or not re.search(r"[a-z]s$", span):
        return hits
    return kg.names.exact(span[:-1]) or (kg.names.exact(span[:-2]) if span.endswith("es") else [])


def _titled_run(words, i: int) -> int:
    """The end of the run of capitalised words that starts at word i (Qinzhou Bonded Port Area), or 0 when
    word i does not start one of two words or more."""
    if i and words[i - 1].group(0)[:1].isupper() and words[i - 1].group(0).lower() not in ARTICLES \
            or not words[i].group(0)[:1].isupper():
        return 0
    j = i
    while j < len(words) and words[j].group(0)[:1].isupper():
        j += 1
    return j if j - i > 1 else 0


def _run_searched(kg, span: str, run: list[str], skip, titled: bool = False) -> tuple[str | None, str | None]:
    """The entity a run of words names by search (a run ending in a class word: one whose name ends so)."""
    found = _searched_name(kg, span, len(run)) if _searchable(span, run, skip, titled) else (None, None)
    if found[0]:
        return found
    if _class_word_ends(span, run, skip):
        return _searched_name(kg, span, len(run), ends_with=run[-1])
    return None, None


def _searchable(span: str, run: list[str], skip, titled: bool = False) -> bool:
    """A run of words that may be searched as one name: no joining word, no question word at either end, and
    a word the lexicon does not know (a run of question words alone is a name only if it is one exactly)."""
    joined = any(w in JOINING for w in run) or "," in span
    if joined or not titled and (run[0] in skip or run[-1] in skip) or not (len(span) > 3 or len(run) > 1):
        return False
    return any(w not in _en_vocabulary() for w in run)


def _class_word_ends(span: str, run: list[str], skip) -> bool:
    """A run of words ending in a class word (Rongshui county, snail noodles) that may be searched as a name:
    the run without it could be."""
    inner = span.rsplit(" ", 1)[0]
    return len(run) > 1 and run[-1] in CLASS_WORDS_EN and run[0] not in skip and "," not in inner and \
        not any(w in JOINING for w in run) and (any(w not in _en_vocabulary() for w in run[:-1]) or len(run) >= 3)


JOINING = ("and", "or", "vs", "versus", "than", "a", "an", "is", "was")
CLASS_WORDS_EN = frozenset(w for w in lx.CLASS_WORDS["en"] if " " not in w) | {"model", "models"}  # a border trade model


def _words_floor(span: str, top: dict, n_words: int, ends_with: str | None) -> float:
    """How well every word of the run must match: most of the name, or several words of it when the run
    begins or ends as the name does (bonded port goods centre), or a run ending in the name's class word."""
    if ends_with:
        return 0.88
    return 0.89 if n_words >= 3 and _same_ends(span, top["matched"]) else 0.92


def _same_ends(span: str, name: str) -> bool:
    """The run begins as the name begins or ends as it ends (Qinzhou bonded port goods centre; not "rural
    e-commerce in Guangxi" for a plan whose name has those words in another order)."""
    from ..text import words

    a, b = words(span), words(name)
    return bool(a and b) and (a[0] == b[0] or a[-1] == b[-1])


def _clear_first(kg, span: str) -> dict | None:
    """The entity (not an indicator) search ranks clearly first for span."""
    s = [h for h in kg.names.search(span, limit=3) if "https://w3id.org/gxkg/ontology#Indicator" not in h["types"]]
    if s and (len(s) == 1 or s[1]["score"] < s[0]["score"] - 0.04):
        return s[0]
    return s[0] if len(s) > 1 and _fewer_words_left(span, s[0], s[1]) else None


def _fewer_words_left(span: str, a: dict, b: dict) -> bool:
    """Every word of the run is in a's name, which has fewer words besides than b's (Qinzhou Bonded Port Area:
    the port area, not the goods centre in it)."""
    from ..text import words

    run = set(words(span))
    left_a, left_b = (set(words(h.get("matched") or "")) - run for h in (a, b))
    return run <= set(words(a.get("matched") or "")) and len(left_a) < len(left_b)


def _searched_name(kg, span: str, n_words: int, ends_with: str | None = None) -> tuple[str | None, str | None]:
    """(IRI, the name form matched when it is a near miss) when search ranks one entity clearly first: by name
    or pinyin; by words, most of the name, and a one-word name only as a proper noun (not "logistics"); or a
    near miss of one word of five letters or more. A run ending in a class word names a thing whose name ends
    in that word too (Rongshui county: Rongshui Miao Autonomous County; not "Liuzhou products")."""
    top = _clear_first(kg, span)
    if not top or ends_with and not (_has_word(top.get("matched", ""), ends_with) or _of_class_word(kg, top["iri"], ends_with)):
        return None, None
    if _named_or_worded(span, top, n_words, ends_with) or _last_proper_word(kg, span, top, n_words):
        return top["iri"], None
    if top["how"] in ("near", "homophone", "prefix") and top["score"] >= 0.7 and n_words == 1 and len(span) >= 5:
        return top["iri"], top["matched"]
    return None, None


def _of_class_word(kg, iri: str, word: str) -> bool:
    """The thing is of the class the word names (the O2O offline experience store model: a business model)."""
    cls = lx.CLASS_WORDS["en"].get(word.lower()) or lx.CLASS_WORDS["en"].get(word.lower().rstrip("s"))
    return bool(cls) and kg.is_a(iri, "https://w3id.org/gxkg/ontology#" + cls)


def _has_word(name: str, word: str) -> bool:
    """The class word is a word of the name (county of Rongshui Miao Autonomous County, plan of "… action plan
    for …"; not products of Liuzhou river-snail rice noodles)."""
    w = word.lower().rstrip("s")
    return any(x.rstrip("s") == w for x in re.findall(r"[a-z]+", name.lower()))


def _last_proper_word(kg, span: str, top: dict, n_words: int) -> bool:
    """Jumore, OneTouch: one capitalised word that is the last word of the one name search ranks first (Zhejiang
    Jumore, Alibaba OneTouch), a word no name writes in lower case: the name by its own short form."""
    return n_words == 1 and len(span) >= 6 and span[:1].isupper() and _last_word_of(span, top) and \
        not kg.names.known_words({span.lower()}, common=True)  # never Road (of Belt and Road) in "Digital Silk Road"


def _last_word_of(span: str, top: dict) -> bool:
    """The run is the last word of the name search matched by its words, closely enough."""
    last = re.findall(r"[A-Za-z][A-Za-z'’-]*", top.get("matched") or "")[-1:]
    return top["how"] == "words" and top["score"] >= 0.85 and [span.lower()] == [w.lower() for w in last]


def _named_or_worded(span: str, top: dict, n_words: int, ends_with: str | None) -> bool:
    """Search's first hit names the run: by name or pinyin, or by every word of it (a one-word run only as a
    proper noun)."""
    if top["how"] in ("exact", "pinyin"):
        return top["score"] >= 0.86
    return top["how"] == "words" and top["score"] >= _words_floor(span, top, n_words, ends_with) and \
        (n_words > 1 or span[:1].isupper())


CJK = lazyre.compile(r"[\u3400-\u9fff]")
# a yes/no question asked as "X not X" (算不算, 属不属于) or ending in its negative (搞农村电商不？ 去了没有？)
A_NOT_A = lazyre.compile(r"([\u4e00-\u9fff])[不没]\1|(?:不|没|没有)\s*[？?]?\s*$")
TOP = lazyre.compile(r"(?:前|top\s*)(\d+|两|三|四|五|十|(?:two|three|four|five|ten)\b)", re.I)
# the last N: 后三名, 倒数三个, 最低的两个, the bottom two, the two lowest, which two … had the lowest (Guangxi's 14
# prefectures, all 14: the whole set, no N asked)
TOP_OF_WAY = lazyre.compile(r"最(?P<way>高|低|多|少|大|小)的(?P<n>\d+|两|三|四|五|十)\s*(?:个|家|种|项|名|款|座|样)|"
                            r"(?P<last>后|倒数)(?P<n2>\d+|两|三|四|五|十)\s*(?:个|名|位)|"
                            r"\bbottom\s+(?P<n3>\d+|two|three|four|five|ten)\b|"
                            r"(?<!'s )(?<!’s )(?<!\ball )\b(?P<n4>two|three|four|five|ten|\d+)\s+(?:[a-z]+\s+){0,2}?(?:(?:had|have|has|with)\s+)?(?:the\s+)?"
                            r"(?P<way2>highest|lowest|largest|smallest|biggest|most|least|fewest)\b", re.I)
SIDE_N = lazyre.compile(r"(?<!'s )(?<!’s )\b(?P<n>two|three|four|five|ten|\d+)\s+(?:[a-z-]+\s+){0,3}?(?:north|south|east|west)ernmost\b|"
                        r"\b(?:north|south|east|west)ernmost\s+(?P<n2>two|three|four|five|ten|\d+)\b|"
                        r"\b(?:which|the|name|list)\s+(?P<n3>two|three|four|five|ten)\s+[a-z-]+\b"
                        r"(?=.*\b(?:(?:furthest|farthest|most)\s+(?:north|south|east|west)|(?:north|south|east|west)ernmost)\b)", re.I)


def _all_in_order(q: Question, text: str) -> bool:
    """From north to south, 从北到南: every place ranked from the side said first (rank them: an order, no rank figure)."""
    m = ALL_IN_ORDER.search(text)
    if not m:
        return False
    way = ORDER_WAY[(m.group("a") or m.group("b")).lower()]
    q.cues.add(way)
    q.words.setdefault(way, m.group(0))
    q.top = 500
    q.indicators = [i for i in q.indicators if q.words.get(i.rsplit("/", 1)[-1], "").lower() not in RANK_WORDS]
    return True


# every place in order from one side (from north to south, 从北到南排): the first side is the direction ranked
ALL_IN_ORDER = lazyre.compile(r"\bfrom\s+(?P<a>north|south|east|west)(?:ernmost)?\s+to\s+(?:north|south|east|west)\b|"
                              r"(?:从|由)(?P<b>北|南|东|西)(?:边|面)?(?:到|向|往)(?:北|南|东|西)", re.I)
RANK_WORDS = {"rank", "ranking", "排名", "排", "排列"}
ORDER_WAY = {"north": "north", "south": "south", "east": "east", "west": "west", "北": "north", "南": "south", "东": "east", "西": "west"}
WHICH_N = lazyre.compile(r"哪(\d+|两|三|四|五|十)\s*(?:个|家|种|项|名|款|座|样|位)")
TOP_WORDS = {"两": 2, "三": 3, "四": 4, "五": 5, "十": 10, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
LOW_WAYS = ("低", "少", "小", "lowest", "smallest", "least", "fewest")


def _top_asked(q: Question, text: str) -> None:
    """How many of a ranking are asked (前三, the top two, 最低的两个, 后三名) and from which end; all of them in order
    (from north to south, 从北到南)."""
    if _all_in_order(q, text):
        return
    n = _top_count(text)
    if n:
        q.top = n
        return
    m = TOP_OF_WAY.search(text)
    if m:
        q.top = _count_of(next(g for g in (m.group(k) for k in ("n", "n2", "n3", "n4")) if g))
        way = "least" if _from_the_bottom(m) else "most"
        q.cues.add(way)
        q.words.setdefault(way, m.group(0))


def _top_count(text: str) -> int | None:
    """前三, the top two, 哪三个…最多, the three westernmost: how many of a ranking are asked, the end being its own."""
    m = TOP.search(text)
    if m:
        return _count_of(m.group(1))
    m = WHICH_N.search(text)
    if m and "最" in text:  # 哪三个地级市的县最多
        return _count_of(m.group(1))
    m = SIDE_N.search(text)  # the three westernmost counties, westernmost three: a ranking by a side, its first three
    return _count_of(next(g for g in m.groups() if g)) if m else None


def _from_the_bottom(m) -> bool:
    return bool(m.group("last") or m.group("n3")) or (m.group("way") or m.group("way2") or "").lower() in LOW_WAYS


def _count_of(n: str) -> int:
    return TOP_WORDS.get(n.lower()) or int(n)


EXAMPLES = lazyre.compile(r"(?:比如说|比如|例如|譬如|\bsuch as\b|\be\.g\.|\bfor example\b|\bfor instance\b)[^？?。!！；;]*"
                      r"|像[^，,。？?！!；;]{1,20}?(?:这种|这样的|这类|之类的?|那样的)", re.I)


def _level_said(text: str) -> str:
    """级别是“县”的单位: the places of that kind (县), as the division data names their level; a bare 区 in a list of
    kinds, the districts; 那场 before an event's name, nothing."""
    text = BARE_DISTRICT.sub("市辖区", text)  # 下面的区、县、县级市: 区 in a list of kinds is the districts
    text = EVENT_THAT.sub("", text)  # 那场信息港电商论坛: the forum, named
    text = LEVEL_NOTE.sub("", text)  # 金花茶产地（地级市）辖下的县级市: the level of the place before, no kind asked
    text = WHOLE_REGION_KIND.sub("全区的", text)  # 全区县级单位: the region's county-level units, never 区县
    text = THE_REGION_EN.sub("Guangxi", text)  # the (autonomous) region: the one region the graph is about
    text = LEVEL_IS_EN.sub("counties (only counties)", text)  # units that carry the plain 'county' level
    text = SUBPLACES_COUNTED_EN.sub("", text)  # …, counting products from their counties: what a place holds already
    return LEVEL_IS.sub(lambda m: m.group("k") + ("（只算县）" if m.group("k") == "县" else ""), text)


THE_REGION_EN = lazyre.compile(r"\bthe (?:whole |entire )?(?:autonomous )?region\b(?!al)", re.I)
WHOLE_REGION_KIND = lazyre.compile(r"全区(?=县级|县区|区县|县和|县、|乡镇|地级)")
LEVEL_NOTE = lazyre.compile(r"[（(]\s*(?:地级市|地级|县级市|县级|自治县|prefecture(?:-level)?(?: city)?|county(?:-level)?(?: city)?)\s*[)）]", re.I)
EVENT_THAT = lazyre.compile(r"(?:那|这|该)(?:场|次|届)(?=[\u4e00-\u9fff]{2})")
BARE_DISTRICT = lazyre.compile(r"(?<=[的、和及与面下])区(?=[、和及与比]\s*(?:县|市辖区|县级市|自治县))|(?<=[、和及与比])区(?=[，,。？?的]|加|一共|都|各|分别|多|少|$)")


LEVEL_IS = lazyre.compile(r"(?:行政)?(?:级别|层级)(?:是|为|属于|标为|记为)\s*[“\"「『']?(?P<k>县级市|自治县|市辖区|地级市|县|区|镇|乡)[”\"」』']?"
                          r"的(?:县级单位|县级行政区|单位|地方)?")  # a modifier (级别是“县”的单位), never a yes or no (级别是县级市吗)


SUBPLACES_COUNTED_EN = lazyre.compile(
    r",?\s*(?:even\s+)?(?:when\s+)?(?:counting|including|taking in)\s+(?:the\s+)?(?:products?|things|ones|those|facilities)?\s*"
    r"(?:from|in|of)\s+(?:their|its)\s+(?:counties|districts|villages|towns|county-level units)"
    r"(?:\s*(?:,|and|or)\s*(?:counties|districts|villages|towns))*(?=\s*[?.,]|\s*$)", re.I)
UNITS_EN = r"(?:(?:county-level )?(?:units?|divisions?|administrative divisions?|places|entities|areas)\s+)"
COUNTY_QUOTED = r"['\"‘“]county['\"’”]"
LEVEL_IS_EN = lazyre.compile(
    UNITS_EN + r"?(?:that |which )?(?:carry|carries|have|has|hold|holds|bear|bears|with|at|of|on) (?:the )?(?:plain |bare |simple |pure )?"
    + COUNTY_QUOTED + r" (?:level|status|designation|label)\b|" + UNITS_EN + r"?(?:that |which )?(?:whose|with|having|have|has|carry|carries|bear|bears|hold|holds) (?:the |a )?(?:administrative |division )?"
    r"level (?:is |of |= ?|as |set to )?" + COUNTY_QUOTED, re.I)


def _article_titled(kg, text: str) -> str:
    """《广西电商新跨越》这篇报道, the article on Guangxi's e-commerce leap: an article named by its title, or by a
    part of it (five characters of the Chinese title; two of the English title's words after "article on"), is
    the article (这篇文章, the article), which the article's citation answers of."""
    for _, title in kg.article_titles():
        text = _title_zh(text, title) if CJK.search(title) else _title_en(text, title)
    return text


def _title_zh(text: str, title: str) -> str:
    part = _longest_part(text, re.sub(r"\s+", "", title))
    if len(part) < 5:
        return text
    m = re.search(r"(?:[这那该]篇)?(?:讲|关于|介绍|题为|标题为|名为|叫做?)?[《“\"]?" + r"\s*".join(map(re.escape, part)) + r"[^》”\"，,。？?]{0,12}?[》”\"]?"
                  r"(?:的|这篇|那篇|一文)?(?P<word>文章|报道|新闻|稿子)?", text)
    return text[:m.start()] + ("这篇" if m.group("word") else "这篇文章") + text[m.end() - len(m.group("word") or ""):]


def _longest_part(text: str, plain: str) -> str:
    """The longest run of the text (spaces aside) that is part of `plain`."""
    squeezed, best = re.sub(r"\s+", "", text), ""
    for i in range(len(squeezed)):
        j = i + len(best) + 1
        while j <= len(squeezed) and squeezed[i:j] in plain:
            best, j = squeezed[i:j], j + 1
    return best


def _title_en(text: str, title: str) -> str:
    whole = re.search(r"[\"“]?" + re.escape(title) + r"[\"”]?", text, re.I)
    if whole:
        return text[:whole.start()] + "the article" + text[whole.end():]
    words = set(_plain_words(title))
    for m in TITLED_EN.finditer(text):
        taken = list(itertools.takewhile(lambda w: w in words or w in TITLE_LINKS, _plain_words(m.group("words"))))
        if len(set(taken) - TITLE_LINKS) >= 2:
            end = m.start("words") + _span_of_words(m.group("words"), len(taken))
            return text[:m.start()] + "the " + m.group("kind") + text[end:]
    return text


def _plain_words(text: str) -> list[str]:
    """The words of the text in lower case, without a possessive 's."""
    return [re.sub(r"['’]s$", "", w) for w in re.findall(r"[a-z][\w'’-]*", text.lower())]


# the article on/about/titled …: the words after it may be the title's
TITLED_EN = lazyre.compile(r"\b(?:the\s+)?(?P<kind>article|report|story|piece|news item)\s+(?:on|about|titled|called|headlined|entitled)\s+"
                           r"[\"“]?(?P<words>[A-Za-z][\w'’ ,-]*)", re.I)
TITLE_LINKS = {"the", "a", "an", "of", "and", "in", "its"}


def _span_of_words(text: str, n: int) -> int:
    """The length of text's first n words (with what lies between them)."""
    ms = list(re.finditer(r"[A-Za-z][\w'’-]*", text))
    return ms[n - 1].end() if n else 0


def _examples_blanked(text: str) -> str:
    """Examples the asker gives of what they want (比如下辖的地方、当地特产之类的; such as …) are no conditions:
    blanked, when the question has words before them."""
    return EXAMPLES.sub(lambda m: " " * len(m.group(0)) if text[:m.start()].strip() and not _example_of_a_kind(text, m) else m.group(0),
                        text)


def _example_of_a_kind(text: str, m) -> bool:
    """events such as the Zhuang Sanyuesan festival, 像…这样的活动: an example of the kind of things asked, right after
    or before its class word, is kept (the things named with it are those asked)."""
    before = re.search(r"([A-Za-z]+|[\u4e00-\u9fff]{1,4})[\s,，（(]*$", text[:m.start()])
    after = text[m.end():].lstrip()[:6] if m.group(0).startswith("像") else ""  # 像…这样的电商活动: a word or two first
    return bool(before) and before.group(1).lower() in {**lx.CLASS_WORDS["en"], **lx.CLASS_WORDS["zh"]} or \
        any(w in after for w in lx.CLASS_WORDS["zh"])


def parse(kg, raw: str) -> Question:
    """The question read once: names, years, relations, indicators, classes, cues and the words nothing explains."""
    text = _level_said(_article_titled(kg, _examples_blanked(normal(raw, kg))))
    lang = language(_unglossed(text))
    text, quoted = _quoted_claim(text)
    text, bounds, bounds_said = _coordinate_bounds(text)
    text = _shared_head_written(_spaced_syllables(kg, _hyphens_of_name_words(kg, text)))
    text, older = _romanised_names(kg, text)
    text, corrected = _typos_en(kg, text)
    relative = _relative_years(text)
    if _years(text):  # compare with last year: what was it in 2017? (the year before the one asked, not today's)
        relative = [(w, y) for w, y in relative if not _compared_with(text, w)]
    relative += _year_before_given(text)
    corrected = older + corrected + relative
    q = Question(raw, text, lang, corrected=corrected, quoted=quoted, years=_years(text) + [y for _, y in relative], bounds=bounds,
                 bounds_said=bounds_said)
    if bounds:
        q.cues.add("coordinate")
    names, soft = _names_and_topics(kg, text, lang)
    names = _class_words_not_names(names)
    names = _guangxi_of_the_name(kg, names)
    names = [_own_words_after(kg, text, _kind_of_the_name(kg, text, n)) for n in names]
    names = _not_named_for(kg, text, _no_overlaps(names + _the_only_one(kg, text, names) + _the_only_one_zh(kg, text, names)
                                                  + _place_and_kind_zh(kg, text, names)
                                                  + _english_tails(kg, text, names)
                                                  + _place_of_its_product(kg, text, names)))
    names = _not_in_preamble(text, _not_in_postscript(text, names))
    bodies = _bodies_described(text, names)  # a Guangxi government body: a kind of body not understood, no name
    described = _places_describing(kg, text, names) + _topics_of_documents(kg, text, names) + bodies
    aside = [n.text.lower() for n in names if _set_aside(text, n) or n in described and n not in bodies]
    text = q.text = _place_before_blanked(kg, text, names)
    names = [n for n in _not_the_one_meant(text, names) if n not in described]
    names, masked, hits = _words_around(kg, _blank_preamble(text, names), lang, names)
    names = _places_in_a_row(kg, text, names)
    hits = [_appositive_or(kg, text, names, h) for h in hits]
    q.names, q.soft = _dedupe(names + _guangxi_in_relation_words(names, hits)), soft
    q.years = _years_not_of_names(kg, text, q.names, q.years)
    _each_year_of_span(q)
    _plan_period(kg, q)
    q.indicators.extend(sorted(soft))
    for hit in sorted(hits + _words_inside(masked, lang, hits)):
        _take_word(q, *hit)
    became = _became_its_other_name(q, names)
    _indicators_named(kg, q, lang)
    _narrower_said(kg, q)
    _belongs_to_a_kind(q)
    _category_is_the_whole(q)
    _listed_not_ranked(q)
    _wholes_and_data_named(q)
    _relations_that_fit(kg, q)
    _glossed_relation(q)
    _part_of_a_kind(q)
    _members_of_the_named(q)
    _kind_of_thing_asked(kg, q)
    _price_not_sales(q)
    _before_renaming(q)
    _size_of_a_figure(q)
    _qualified_indicators(q)
    _narrower_indicators(q)
    _what_kind_listed(q)
    _or_between_kinds(q)  # before the kinds left out are taken away (not districts or county-level cities)
    _kinds_left_out(q)
    _kinds_also(q)
    _plain_kind_said_again(q)
    _kinds_totalled(q)
    _figures_totalled(q)
    _those_not_counted(q)
    _percentage_of_growth(q)
    _grown_where(q)
    _growth_contributed(q)
    _exact_or_not(q)
    _which_of_two(q)
    _land_taken(q)
    _negation_asked(q)
    _denied_or_only(q)
    _range_asked(q)
    _relations_included(q)
    _national_asked(q)
    _at_least_is_a_bound(q)
    _rank_or_guess(q)
    _confirm_asks_for(q)
    _which_one_ranked(q)
    _nth_ranked(q)
    _nth_of_a_side(q)
    _kind_word_after_name(kg, q)
    _approved_for_a_programme(kg, q)
    _the_one_named(kg, q)
    _most_specific_kinds(kg, q)
    _names_left_out(q)
    _others_than_named(kg, q)
    _the_others_en(q)
    _examples_given(kg, q)
    _source_phrases(q)
    _policy_as_basis(q)
    _kinds_as_examples(q)
    _premise_then_question(q)
    _names_included(q)
    _origin_not_source(q)
    _article_as_scope(q)
    _units_of_numbers(q)
    _unit_not_a_body(q)
    _rank_direction(q)
    _place_above_asked(q)
    _as_of_when(q)
    _backing_document(q)
    _time_not_place(q)
    _rates_of_levels(q)
    _compare_or_yes_no(q, text)
    _terse_kind_asked(kg, q)
    _difference_asked(q)
    _estimate_as_figure(q)
    _national_rank(q)
    _city_that_hosts(q)
    _topics_supported(q)
    _old_code_said(q)
    _verb_of_a_code(q)
    _guangxi_kind_where(q)
    _asked_to_give(q)
    _figure_come_from(q)
    _comes_from_where(q)
    _share_made_up(q)
    _places_made_up(kg, q)
    _which_few(q)
    _name_of_a_kind(q)
    _link_to_asks_relations(q)
    _date_not_place(q)
    _link_between(q)
    _provenance_of_a_claim(q)
    _terse_level(kg, q)
    _levels_of_several(kg, q)
    _kind_of_the_names(q)
    _places_within_said(q)
    _describing_clause(q)
    _topic_as_kind(kg, q)
    _total_of_a_kind(q)
    _has_a_date(q)
    _people_counted(q)
    _whole_list_asked(q)
    _several_among(q)
    _number_meant_en(q)
    _both_asked(q)
    _relation_end_word(q)
    _own_date(kg, q)
    if any(re.search(r"哪里|哪儿|什么地方|\bwhere\b", q.words.get(r, ""), re.I) for r in q.relations):
        q.cues.add("where")  # 在哪里举办: a relation word that asks where
    _top_asked(q, text)
    q.unknown = _unknown(text, A_NOT_A.sub(lambda m: MASK * len(m.group(0)), masked), hits)
    q.unknown = [w for w in q.unknown if w not in {n.text for n in q.names}  # a misspelt name written twice
                 and not any(w.lower() in a for a in aside)]  # Not Fengshan, I mean …: the name set aside
    q.unknown = _not_name_glosses(kg, q)
    q.unknown = _pinyin_glosses(kg, q)
    q.unknown = [w for w in _plural_of_words_used(q) if w.lower() not in became]
    q.unknown = [w for w in q.unknown if not (q.nth and w.lower() in q.words.get("most", q.words.get("least", "")).lower())]
    q.unknown = [w for w in q.unknown if not _described(kg, q, w)]
    q.unknown = [w for w in q.unknown if not _in_a_sentence_of_context(q, w)]
    q.unknown = [w for w in q.unknown if not _word_read_elsewhere(q, w.lower())]  # 名字里带龙: the characters asked
    _class_said_as_type(q)
    _unknown_kind_listed(q)
    _narrowed_by_qualifier(q)
    _written_form_asked(q)
    _cumulative_kind(q)
    q.unknown = [w for w in q.unknown if not (q.excluded and w.lower() in ("neither", "nor", "普通", "ordinary", "regular", "plain"))]  # neither
    # districts nor …, 不算自治县的普通县 (the ordinary ones: those left when the others are left out): read
    _outside_asked(q)
    _two_kinds_per_group(q)
    _same_many_asked(q)
    _gap_judged(q)
    _earliest_figure(q)
    _ranked_first(q)
    _stated_rank_checked(q)
    _place_data_made(q)
    _administered_by_which(q)
    _total_said_to_exist(q)
    _more_of_two(q)
    _ratio_of_a_share(q)
    _bound_not_compared(q)
    _any_people(q)
    _goods_sourced(q)
    _fact_as_reported(q)
    _since_renamed(q)
    _indicator_inside_a_cue(q)
    _whole_with_its_parts(q)
    _policies_of_a_place(q)
    _suffix_swapped(kg, q, text, hits)
    _places_elsewhere(kg, q, text)
    _run_on_into_digits(q, text)
    q.unknown += _codes_not_named(q, text) + _ranked_among_a_group(q) + [n.text for n in bodies if n.text not in q.unknown]
    _names_made_unknown(q, [(n, "") for n in q.names if _in_another_province(kg, text, n)])
    _another_ordinal(kg, q)
    _park_named(q)
    _old_name_asked(kg, q)
    _code_given(q, text)
    _which_one_said(q)
    _came_to_develop(q)
    _besides_unread(q)
    _side_of_another(q)
    _numbers_offered(q)
    _sellers_described(q)
    _file_asked(q)
    _source_of_a_renaming(q)
    _kind_of_the_one_described(kg, q)
    _figure_describes_name(kg, q)
    _described_kind_left_out(q)
    _in_which_division(q)
    _years_after(q)
    _data_based_on(q)
    _bound_of_a_list(q)
    _national_total_of_shops(q)
    return q


GENERIC_NATIONAL = ("of the national total", "share of the national total", "全国占比")


def _national_total_of_shops(q: Question) -> None:
    """Guangxi's e-commerce volume as a percent of the national total: the national total is the shops' only when
    the shops are asked; of another figure the graph states no national share."""
    ind = "https://w3id.org/gxkg/resource/indicator/"
    share, shops = ind + "share-of-national-shops", ind + "individual-online-shops"
    said = q.words.get("share-of-national-shops", "").lower()
    if share in q.indicators and shops not in q.indicators and said in GENERIC_NATIONAL and len(q.indicators) > 1:
        q.indicators.remove(share)
        q.words.pop("share-of-national-shops")


# a bound word right before a number (above 8 billion yuan, more than 3,000): the things past it, nothing compared
BOUND_BEFORE_NUMBER = lazyre.compile(r"\b(?:above|over|more than|higher than|greater than|exceeding|in excess of|below|under|less than|lower than|"
                                     r"at least|at most)\s+(?:about\s+|around\s+|roughly\s+)?[\d.,]+", re.I)


def _bound_of_a_list(q: Question) -> None:
    """Which products had 2017 sales above 8 billion yuan: those whose figure is past the number (a bound on a list
    or count of a kind), never a ranking of them all."""
    cue = _cue_of_bound(q, BOUND_BEFORE_NUMBER.search(q.text))
    if cue and q.cues & {"list", "count"} and q.kinds and q.indicators:
        q.cues.discard(cue)
        q.words.pop(cue)


def _cue_of_bound(q: Question, m: re.Match | None) -> str | None:
    """The comparing cue whose word begins the bound matched (above, below), if any."""
    said = m.group(0).lower() if m else None
    return next((c for c in ("compare", "less") if said and c in q.cues and said.startswith(q.words.get(c, "").lower())), None)


def _data_based_on(q: Question) -> None:
    """What dataset are the graph's codes based on: with nothing named, "based on" asks where the data comes from,
    never what a model is based on."""
    based = [r for r in q.relations if q.words.get(r, "").lower() in ("based on", "is based on", "are based on")]
    if based and not q.names:
        q.relations = [r for r in q.relations if r not in based]
        q.cues.add("source")


LATER_THAN = lazyre.compile(r"\b(?:after|later than|beyond|post)[\s-]+(?P<en>(?:19|20)\d\d)\b|(?P<zh>(?:19|20)\d\d)\s*年?\s*(?:以后|之后|往后)")


def _years_after(q: Question) -> None:
    """After 2018, 2018年以后: the years after it up to this one (none before), each asked: a figure of none of
    them is said to be missing, never the figure of 2018 given instead."""
    import datetime

    m = LATER_THAN.search(q.text)
    y = _year_of(m)
    if y in q.years:
        later = [str(k) for k in range(int(y) + 1, datetime.date.today().year + 1)] or [str(int(y) + 1)]
        q.years = [x for x in q.years if x != y] + later
        q.corrected.append((m.group(0).strip(), "–".join(dict.fromkeys([later[0], later[-1]]))))


def _year_of(m) -> str | None:
    """The year a LATER_THAN match names."""
    return (m.group("en") or m.group("zh")) if m else None


IN_WHICH_DIVISION = lazyre.compile(r"(?:在|位于|地处|处于)[^，,。？?]{0,12}?(?:哪个|哪一个|哪一|什么)(?:区|县|镇|乡)(?![^，,。？?]*(?:有|是|举办|落户))")


def _lies_in_asked(q: Question) -> bool:
    """在钦州哪个区, 位于钦州的哪个区: the division something lies in, by no relation but lying in."""
    return IN_WHICH_DIVISION.search(q.text) is not None and set(q.relations) <= {"locatedIn"}


def _in_which_division(q: Question) -> None:
    """钦州保税港区在钦州哪个区: where a named thing lies (the district of that city), not a list of districts."""
    if len(q.names) >= 2 and _lies_in_asked(q) and q.words.get("list"):
        q.cues.discard("list")
        q.cues.add("where")
        q.words["where"] = q.words.pop("list")


def _class_marks(excluded: list) -> list[str]:
    """The classes among the marks of kinds left out."""
    return [e for e in excluded if e.startswith("class:")]


def _described_kind_left_out(q: Question) -> None:
    """Besides the cross-border platforms: only the platforms a clause of their sentence calls cross-border are left
    out, not every platform (JD, a platform that came to develop, stays) nor everything tied to the topic."""
    classes, topics = _class_marks(q.excluded), [b for b in q.besides if "/topic/" in b]
    if len(classes) != 1 or not topics:
        return
    q.described_out = [classes[0][6:]] + topics
    q.excluded.remove(classes[0])
    q.besides = [b for b in q.besides if b not in topics]


def _cumulative_kind(q: Question) -> None:
    """How many indicators are cumulative (累计) totals: figures or indicators said to be running totals are the
    kind of figure asked (never every indicator counted)."""
    if {"Indicator", "Observation"} & set(q.classes) and CUMULATIVE.search(q.text):
        q.cues.add("kind_cumulative")


CUMULATIVE = lazyre.compile(r"\bcumulative\b|\brunning totals?\b|累计", re.I)


def _written_form_asked(q: Question) -> None:
    """How do you write 覃塘区 in pinyin: the verb of a written form asked is the asking, nothing of its own."""
    if q.cues & {"pinyin", "chinese_name"}:
        q.unknown = [w for w in q.unknown if w.lower() not in ("write", "writes", "wrote", "type", "say", "pronounce", "写作", "写成", "拼作", "拼成", "拼写")]


BESIDES_ANYWHERE = lazyre.compile(r"(?:除了|除去|除开|除掉|刨去|刨除|\bbesides\b|\bapart from\b|\baside from\b|\bother than\b|\bexcept\b|\boutside(?: of)?\b)"
                                  r"(?!\s*(?:它|其|这|那|\bit\b|\bthat\b|\bthis\b|\bthem\b|\bthose\b))", re.I)  # 除了它: read back


def _besides_unread(q: Question) -> None:
    """除了支持“电子商务发展”，还支持…: a word that leaves something out, when nothing left out was read (no name, no
    kind), is a condition not understood: never dropped in silence."""
    m = BESIDES_ANYWHERE.search(q.text)
    if m and not (q.besides or q.excluded or "outside" in q.cues):
        q.unknown.append(m.group(0))


WHICH_ONE = lazyre.compile(r"^\s*(?:就是|也就是|我说的是|我指的是|指的是|\bI mean\b|\bthat is\b|\bthe one\b)", re.I)


def _which_one_said(q: Question) -> None:
    """凤山县跟啥有关系？就是卖核桃鸡那个凤山: a last sentence that says which one is meant, naming it again, asks
    nothing: the other names in it describe the one (its words are no condition)."""
    last = _last_sentence_saying_which(q)
    if last is not None:
        _nothing_asked_after(q, last.start(), last.group(0))


def _nothing_asked_after(q: Question, at: int, words: str) -> None:
    """The names, words, figures and relations said from `at` on are taken back (卖 there asks no sales)."""
    said = {k for k, a in q.at.items() if isinstance(a, int) and a >= at}
    q.names = [n for n in q.names if n.start < at]
    q.unknown = [w for w in q.unknown if w not in words]
    q.indicators = [i for i in q.indicators if i not in said]
    q.relations = [r for r in q.relations if r not in said]


def _last_sentence_saying_which(q: Question):
    """The last sentence, when it opens with 就是 (I mean) and names again a thing named before (凤山 of 凤山县)."""
    sentences = list(SENTENCE.finditer(q.text))
    last = sentences[-1] if len(sentences) > 1 and WHICH_ONE.match(sentences[-1].group(0)) else None
    named_again = last is not None and any(re.sub("[县市区镇乡村]$", "", n.text) in last.group(0)
                                           for n in q.names if n.start < last.start())
    return last if named_again else None


SENTENCE = lazyre.compile(r"[^.?!。？！；;]+[.?!。？！；;]*")
ASKING = lazyre.compile(r"哪|什么|啥|几|多少|谁|吗|是否|\b(?:what|which|who|whom|where|when|how)\b|"
                        r"^\s*(?:is|are|was|were|do|does|did|can|could|has|have)\b", re.I)


def _in_a_sentence_of_context(q: Question, w: str) -> bool:
    """planning a truck route. Hechi or Baise, which is further north? / …? investor is asking: a sentence with no
    name, no word the question's reading took and no question word says why one asks; its words ask nothing."""
    m = _sentence_of(q.text, q.text.lower().find(w.lower()))
    if m is None or len(m.group(0)) == len(q.text.strip()) or ASKING.search(m.group(0)):
        return False
    return not any(m.start() <= a < m.end() for a in _places_taken(q))


def _places_taken(q: Question) -> list[int]:
    """Where each name and each word the reading took begins."""
    return [n.start for n in q.names] + [a for a in q.at.values() if isinstance(a, int)]


def _sentence_of(text: str, at: int):
    """The sentence of the text (a match of SENTENCE) that holds position `at`, or None."""
    return next((m for m in SENTENCE.finditer(text) if m.start() <= at < m.end()), None)


def _describes_names_before(kg, q: Question, w: str) -> bool:
    """凭祥、东兴这些边境城市: a describing word right after things named (not Guangxi) says what those things are;
    elsewhere (广西有哪些边境城市, 崇左市有哪些边境县) it would be a condition the graph cannot check: not understood."""
    at = q.text.lower().find(w.lower())
    before = [n for n in q.names if n.end <= at and n.iri != GUANGXI]
    if w.lower() in lx.DESCRIBING and _describes_name_after(q, at + len(w)):
        return True  # the border city Pingxiang: the word, then the name it describes
    return w.lower() in lx.DESCRIBING and bool(before) and bool(DESCRIBED_GAP.fullmatch(q.text[before[-1].end:at])) and \
        not _that_one_within(kg, q.text[before[-1].end:at], before[-1])


def _described(kg, q: Question, w: str) -> bool:
    """Word w describes a thing named (凭祥、东兴这些边境城市; Dongxing, the border city on the frontier —)."""
    return _describes_names_before(kg, q, w) or _in_a_described_aside(q, w)


def _in_a_described_aside(q: Question, w: str) -> bool:
    """Dongxing, the border city on the Vietnam frontier — …: an aside after a name that describes it (a describing
    word in it, no other name) says what the thing is; its other words are no condition either."""
    return any(w.lower() in d for d in _described_asides(q))


def _described_asides(q: Question) -> list[str]:
    asides = (DESCRIBED_ASIDE.match(q.text, n.end) for n in q.names)
    return [m.group("d").lower() for m in asides if m and _aside_describes(q, m)]


def _aside_describes(q: Question, m) -> bool:
    """The aside holds a describing word and no name."""
    return not any(m.start() < o.start < m.end() for o in q.names) and bool(DESCRIBING_WORD.search(m.group("d")) or
                                                                           PLACE_KIND_SAID.search(m.group("d")))


PLACE_KIND_SAID = lazyre.compile(r"\b(?:county|city|town|district|village|prefecture|township)\b|县城|小城|小镇", re.I)  # the Yao county up in …
DESCRIBING_WORD = lazyre.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, lx.DESCRIBING)) + r")(?![a-z])", re.I)
DESCRIBED_ASIDE = lazyre.compile(r"\s*[,，]\s*(?:(?:the|a|an)\s+|这个|这座|那个|一个)(?P<d>[^,，—–:：;；?？()（）]{1,60}?)\s*(?:—|–|--|:|：|,|，)",
                                 re.I)


def _describes_name_after(q: Question, end: int) -> bool:
    """The border city Pingxiang, 边境城市凭祥: a describing word right before a name (the city word with it)."""
    gap = DESCRIBED_BEFORE.match(q.text, end)
    return bool(gap) and any(n.start == gap.end() for n in q.names if n.iri != GUANGXI)


DESCRIBED_BEFORE = lazyre.compile(r"(?:\s*(?:cities|city|county|counties|towns?)|城市|县城|县)?\s*(?:of\s+)?")


def _that_one_within(kg, gap: str, name) -> bool:
    """崇左那个边境城市: "that" one thing, described, after a prefecture is a place within it, not the prefecture."""
    return bool(re.search(r"那(?!些)", gap)) and kg.is_a(name.iri, "https://w3id.org/gxkg/ontology#Prefecture")


# what may stand between the things named and the word describing them (凭祥、东兴这些边境城市; Pingxiang and Dongxing,
# which border city); 崇左市有哪些边境县 asks for a kind: never a description
DESCRIBED_GAP = lazyre.compile(r"(?:[\s、，,”\"」』和与及的这那些两几个座家模式]|\b(?:the|which|these|those|two|both|as)\b)*", re.I)


def _glossed_relation(q: Question) -> None:
    """that set up shop in Guangxi ('入桂发展'): a relation word quoted in brackets says which relation the words
    before it mean; the one those words read as alone is not asked."""
    g = next((r for r in q.relations if GLOSS_BEFORE.search(q.text[:q.at.get(r, 0)])), None)
    if g:
        q.relations = [r for r in q.relations if r == g or not 0 <= q.at[g] - q.at.get(r, -99) <= 60]


GLOSS_BEFORE = lazyre.compile(r"[(（]\s*['\"‘“「]?\s*$")


def _relations_that_fit(kg, q: Question) -> None:
    """A word two relations share read as the one that fits the names (does the centre follow the O2O model: a
    facility implements a model; a county adopts one), or the kind asked (梧州六堡茶属于什么产业: part of an
    industry; 桂林米粉属于广西米粉吗: a kind of a product)."""
    for i, r in enumerate(q.relations if (len(q.names) >= 2 or q.classes) and not q.indicators else []):
        other = _other_that_fits(kg, q, r, q.words.get(r))
        if other:
            q.relations[i] = other
            q.words[other] = q.words[r]


WHAT_TYPE = lazyre.compile(r"\bwhat (?:type|sort) of (?:entity|thing|node|object|record)\b|\bhow is (?:it|\S+) typed\b|"
                           r"\bwhich (?:type|kind|class) of (?:entity|thing|node)\b|什么类型的实体|哪类实体|什么类型的节点", re.I)


def _kind_of_thing_asked(kg, q: Question) -> None:
    """What kind of entity is SAP, 赶街是什么类型的: a thing the category relation does not fit (no product) asked
    for its kind: what it is (its class), never a category it is said to be in; What exactly is X: no exact value."""
    if WHAT_EXACTLY.search(q.text):
        q.cues.discard("exact_value")
    prop = kg.vocabulary.properties.get("category")
    if "category" in q.relations and len(q.names) == 1 and not _of_classes(kg, q.names[0].iri, getattr(prop, "domains", ())):
        q.relations.remove("category")
        q.cues |= {"about", "what_kind"}
    if len(q.names) == 1 and WHAT_TYPE.search(q.text):  # what type of entity is SAP: what it is
        q.cues |= {"about", "what_kind"}
    if "what_kind" in q.cues:  # 属于什么类型的实体: what it is, no part of anything
        q.relations = [r for r in q.relations if not (r == "partOf" and q.words.get(r) == "属于")]
    _kind_of_a_place(kg, q)


def _file_asked(q: Question) -> None:
    """参考数据对应的源文件叫什么, what file is the data loaded from: the file a source was read from, no document
    (文件) listed."""
    m = FILE_OF_SOURCE.search(q.text)
    if m:
        q.cues = (q.cues - {"list", "about"}) | {"source"}
        q.words["source"] = m.group(0)
        q.kinds = [(w, c) for w, c in q.kinds if w.lower() not in m.group(0).lower()]
        q.classes = [c for c in q.classes if any(c == k for _, k in q.kinds)]
        q.unknown = [w for w in q.unknown if w.lower() not in ("file", "loaded", "load", "read")]


FILE_OF_SOURCE = lazyre.compile(r"源文件|文件名|\bfile ?names?\b|\bsource files?\b|\b(?:what|which) (?:data )?file\b", re.I)


def _sellers_described(q: Question) -> None:
    """汉塘村卖果苗的村民一年挣多少, villagers who sell seedlings earn: the selling says who the people are; the figure
    asked is the other one (their income), never the sales."""
    m = SELLERS.search(q.text)
    said = [i for i in q.indicators if q.at.get(i, -1) in range(m.start(), m.end())] if m else []
    q.indicators = [i for i in q.indicators if i not in said] if len(q.indicators) > len(said) else q.indicators


SELLERS = lazyre.compile(r"(?:卖|销售|经营|种)[^，,。？?的]{0,6}的(?:村民|农民|农户|果农|桔农|人|商家|店主|卖家)|"
                         r"\b(?:villagers|farmers|people|sellers|growers|households) (?:who|that) (?:sell|sold|grow|grew)\b", re.I)


def _numbers_offered(q: Question) -> None:
    """是1.6亿还是16亿, about 5,000 or about 50,000: two numbers offered for one figure, no two things compared."""
    m = NUMBERS_OFFERED.search(q.text)
    if m and q.words.get("compare", "").lower() in m.group(0).lower():
        q.cues = (q.cues - {"compare"}) | {"offered"}
        q.words["offered"] = q.words.pop("compare")


NUMBERS_OFFERED = lazyre.compile(r"\d[^，,。？?]*?(?:还是|或者|或是|\bor\b)\s*(?:about |around |roughly |大约|约)?\d", re.I)


def _side_of_another(q: Question) -> None:
    """Is Lingyun north or south of Fengshan, 凌云县在凤山县的北边还是南边: which side of the second place the first
    lies on, by their coordinates (the first side said is the direction ranked; no yes or no)."""
    m = SIDE_OR_PLACE.search(q.text) if len(q.names) == 2 else None
    if m is None:
        return
    first = SIDE_WORDS[(m.group(1) or m.group(2)).lower()]
    q.cues = (q.cues - {"yesno", "compare", "north", "south", "east", "west"}) | {first, "side_of"}
    q.words[first], q.words["side_of"] = m.group(0), m.group(0)
    q.unknown = [w for w in q.unknown if w.lower() not in m.group(0).lower()]


SIDE_OR_PLACE = lazyre.compile(r"\b(north|south|east|west)\s+or\s+(?:north|south|east|west)\s+of\b|"
                               r"(?:的|以)?(北|南|东|西)(?:边|面|部|侧)?\s*还是\s*(?:在\s*)?(?:的|以)?(?:北|南|东|西)(?:边|面|部|侧)?", re.I)
SIDE_WORDS = {"north": "north", "south": "south", "east": "east", "west": "west", "北": "north", "南": "south", "东": "east", "西": "west"}


def _verb_of_a_code(q: Question) -> None:
    """荔浦之前用的是哪个代码: a verb of using (用的是, used) before a code or a name's form asks nothing of its own,
    never a model adopted."""
    said = _form_words(q)
    for r in [r for r in q.relations if USING.fullmatch(q.words.get(r, ""))]:
        after = q.text[q.text.find(q.words[r]) + len(q.words[r]):][:8]
        if any(w in after or q.words[r] in w for w in said):  # 用的是哪个代码; code did Lipu use before
            q.relations.remove(r)
            q.words.pop(r)


def _form_words(q: Question) -> set[str]:
    """The words that ask for a code or a name's form (代码, pinyin)."""
    return {q.words.get(c, "") for c in q.cues & {"code", "old_code", "full_code", "pinyin", "english_name", "chinese_name"}} - {""}


USING = lazyre.compile(r"用的是|用的|用了|使用|采用的是|用|\bused\b|\buses\b|\buse\b", re.I)


def _kind_of_a_place(kg, q: Question) -> None:
    """东兴市是什么类型, what type of place is Dongxing: a place's kind is its level."""
    if "what_kind" in q.cues and len(q.names) == 1 and kg.is_a(q.names[0].iri, "https://w3id.org/gxkg/ontology#Place"):
        q.cues = (q.cues - {"about", "what_kind"}) | {"level"}


WHAT_EXACTLY = lazyre.compile(r"\bwhat(?:'s|’s)\s+exactly\b|\bwhat\s+(?:(?:is|are)\s+exactly|exactly\s+(?:is|are))\b", re.I)


def _part_of_a_kind(q: Question) -> None:
    """Liubao tea is part of which industry: part of a thing of a kind that is no place (a group), never where it lies."""
    word = q.words.get("where", "")
    if word.lower().startswith("part of") and q.classes and not set(q.classes) & (PLACE_CLASSES | {"Place"}) and "partOf" not in q.relations:
        q.cues.discard("where")
        q.words.pop("where")
        q.relations.append("partOf")
        q.words["partOf"] = word
        q.cues.add("list")


# what is part of Guangxi rice noodles, which noodles are included in it: what is asked comes before the relation
# word and the name after it, so a member of the group named is asked
MEMBERS_ASKED_EN = lazyre.compile(r"^\s*(?:what|which)\b[^?,]{0,40}?\b(?:is|are)\s+(?:a\s+|all\s+)?(?:part|parts|members?|included|grouped|"
                                  r"counted|classed|classified|lumped|listed)\s+(?:of|in|as|under|among|within)\s+(?:the\s+)?[\"'‘“]?\s*$", re.I)


def _members_of_the_named(q: Question) -> None:
    """What is part of Guangxi rice noodles: the group's members (what it includes), never what the group is part of."""
    rels = [r for r in q.relations if r in ("partOf", "category")]
    if not rels or not _members_asked(q):
        return
    q.words["hasMember"] = q.words.get(rels[0], "")
    for r in rels:
        q.relations.remove(r)
        q.words.pop(r, None)
        if r in q.at:
            q.at.setdefault("hasMember", q.at.pop(r))
    q.relations.append("hasMember")


def _members_asked(q: Question) -> bool:
    """What is asked comes before part of (included in) and the first name after it."""
    return bool(q.names) and MEMBERS_ASKED_EN.search(q.text[:q.names[0].start]) is not None


def _other_that_fits(kg, q: Question, r: str, w: str | None) -> str | None:
    """The one other relation of the word w that fits, when r does not, or else the one that names the same verb
    of other ends (implements a programme; a centre implements a model: implementsModel)."""
    if not w or _fits(kg, q, r):
        return None
    other = [p for p, (zh, en) in lx.relations().items() if p != r and w in zh + en and _fits(kg, q, p)]
    other = other or _same_verb_fits(kg, q, r)
    return other[0] if len(other) == 1 and other[0] not in q.relations else None


def _same_verb_fits(kg, q: Question, r: str) -> list[str]:
    """The relations that name r's verb for other ends and fit (a centre implements a model: implementsModel)."""
    return [p for p in lx.relations() if p != r and p.startswith(r) and _fits(kg, q, p)]


def _fits(kg, q: Question, p: str) -> bool:
    """Relation p fits the question: a name in its domain and another name (or, with one name, the kind asked)
    in its range, where p declares them."""
    prop = kg.vocabulary.properties.get(p)
    domains, ranges = getattr(prop, "domains", ()), getattr(prop, "ranges", ())
    if p in lx.INVERSE_ENDS:  # what a group includes: a product or industry, and its kinds or parts
        domains = ranges = tuple(PLACE.removesuffix("Place") + c for c in lx.INVERSE_ENDS[p])
    return any(_of_classes(kg, a.iri, domains) and _range_fits(kg, q, a, ranges) for a in q.names)


def _of_classes(kg, iri: str, classes) -> bool:
    return not classes or any(kg.is_a(iri, c) for c in classes)


def _range_fits(kg, q: Question, a: Name, ranges) -> bool:
    """Another name is in the range, or, with no other name, the kind asked is (or none is asked)."""
    others = [b for b in q.names if b.iri != a.iri]
    if others:
        return any(_of_classes(kg, b.iri, ranges) for b in others)
    kinds = {PLACE.removesuffix("Place") + c for c in q.classes}
    return not ranges or not kinds or bool(kinds & set(ranges))


def _plural_of_words_used(q: Question) -> list[str]:
    """"the two stated volumes": a plural of a word the question's figure or relation words already use."""
    used = {w for phrase in q.words.values() for w in re.findall(r"[a-z]+", str(phrase).lower())}
    return [w for w in q.unknown if not (w.endswith("s") and w[:-1] in used)]


def _came_to_develop(q: Question) -> None:
    """唯品会来广西发展了吗: coming to a place to develop there is the relation 入桂发展 (cameToDevelopIn)."""
    if any(re.match(r"\s*(?:来|去)?发展", q.text[n.end:]) and re.search(r"[来到进]\s*$", q.text[:n.start]) for n in q.names):
        q.unknown = [w for w in q.unknown if w != "发展"]
        q.relations += [] if "cameToDevelopIn" in q.relations else ["cameToDevelopIn"]
        q.words.setdefault("cameToDevelopIn", "发展")


# words that say what a thing named beside them is (the O2O store model, the topic of cross-border e-commerce,
# 电子商务发展这个主题): read for nothing else when the thing is of that class
APPOSITIVE = {**{w: c for w, c in lx.CLASS_WORDS["en"].items()}, **{w: c for w, c in lx.CLASS_WORDS["zh"].items()},
              "model": "BusinessModel", "models": "BusinessModel", "topic": "Topic", "主题": "Topic", "话题": "Topic", "议题": "Topic",
              "theme": "Topic", "issue": "Topic"}
APPOSED_AFTER = lazyre.compile(r"[”」』\"》']?\s*(?:这个|这一|这项|这类|这种|那个|那一|那座|那家|那种|,?\s*as an?)?\s*$", re.I)  # name, then the word
APPOSED_BEFORE = lazyre.compile(r"^\s*(?:of(?: the)?\s+)?[“「『\"《']?$")  # the word, then (of) the name


def _appositive_or(kg, text: str, names: list[Name], h):
    """The lexicon hit, or a word of no meaning when it only says what a name beside it is."""
    cls = APPOSITIVE.get(h[4].lower()) if h[2] in ("rel", "cls") else None
    if not cls:
        return h
    if any(_beside(text, n, h) and kg.is_a(n.iri, "https://w3id.org/gxkg/ontology#" + cls) for n in names):
        return (h[0], h[1], "cue", "noise", h[4])
    before = next((n for n in names if _demonstrated_by(kg, text, names, n, h[0])), None)
    return (before.end, h[1], "cue", "noise", text[before.end:h[1]]) if before else h  # 这座口岸城市: all of it


def _demonstrated_by(kg, text: str, names: list[Name], n: Name, at: int) -> bool:
    """凭祥这座口岸城市: the words between the name and the class word point back at the name (这座), and say no
    other thing within it."""
    between = text[n.end:at] if n.end <= at else None
    return between is not None and bool(DEMONSTRATED.match(between)) and not (
        THAT_DESCRIBED.match(between) and _that_one_within(kg, between, n)) and not _several_of_one(text, names, n, at)


def _several_of_one(text: str, names: list[Name], n: Name, at: int) -> bool:
    """河池那几个自治县: several things after one name (no list of names before it) are things within it, never
    what that one thing is."""
    return SEVERAL_WITHIN.match(text[n.end:at].strip()) is not None and not any(
        m.end <= n.start and re.fullmatch(r"\s*[、,，和与及]\s*", text[m.end:n.start]) for m in names)


SEVERAL_WITHIN = lazyre.compile(r"^[这那](?:些|[几两三四五六七八九十]+[个家座种])")  # 河池那几个自治县: those within one place


# 崇左那个边境城市: "that border city" over in the place named, described, is another thing than the place
THAT_DESCRIBED = lazyre.compile(r"^\s*[,，]?\s*那(?:[一两三四五六七八九十几]|\d+)?[座个家所位][\u4e00-\u9fff]+$")
# 凭祥这座边境城市: the name, then 这座 and what it is called here, whatever its class
DEMONSTRATED = lazyre.compile(r"^\s*[,，]?\s*(?:这|那)(?:[一两三四五六七八九十几]|\d+)?(?:座|个|家|所|位)(?:(?![有哪是的在几多啥么])[\u4e00-\u9fff]){0,4}$")


def _beside(text: str, n: Name, h) -> bool:
    """The word is right after the name (…模式, “…”这个主题) or right before it (the topic of …)."""
    if n.end <= h[0]:  # does the graph record Pingxiang as a county-level city: the kind asked, no apposition
        gap = APPOSED_AFTER.match(text[n.end:h[0]])
        return bool(gap) and not (re.search(r"\bas\b", gap.group(0), re.I) and YESNO_CLAUSE.match(text))
    return n.start >= h[1] and bool(APPOSED_BEFORE.match(text[h[1]:n.start]))


YESNO_CLAUSE = lazyre.compile(r"^(?:[^?]*?(?:[,:;]|[.!](?=\s)|\s[-–—])\s+)?(?:" + "|".join(w.strip() for w in lx.EN_YESNO_START) + r")\s", re.I)
WH = lazyre.compile(r"\b(?:which|what|how|where|whereabouts|who|whom|whose|when|why)\b", re.I)


def _yes_no_en(text: str) -> bool:
    """An English yes/no question: it begins with is/does/did…, or a clause does after a lead that asks nothing
    (According to the article, did Google come to Guangxi?)."""
    m = YESNO_CLAUSE.match(text)
    return bool(m) and not WH.search(text[:m.end()]) and not a_request(text) and not WH_AT_END.search(text) or _statement_asked_en(text)


# the question ends asking which (…, is administered by which city?): a wh-question after all
WH_AT_END = lazyre.compile(r"\b(?:by|in|under|of|to|from|with)\s+(?:which|what)\s+[\w-]+(?:\s+[\w-]+)?\s*\?\s*$", re.I)


def a_request(text: str) -> bool:
    """Can you please tell me how much …: a request for the thing; Can you tell me if …: still yes or no."""
    return bool(REQUEST_EN.match(text)) and not re.search(r"\b(?:if|whether)\b", text, re.I)


# a request put as a question (Can you please tell me …, Could you list …): it asks for the thing, not yes or no
REQUEST_EN = lazyre.compile(r"(?:[^?]*?(?:[,:;]|[.!](?=\s)|\s[-–—])\s+)?(?:can|could|would|will) (?:you|u) (?:please |kindly |pls )?"
                     r"(?:tell|give|show|list|let|share|provide|find|send|explain|check|look up|name|say|help)\b", re.I)


# a statement asked with a question mark (dongxing uses the border trade model?): a verb said, not last
STATEMENT_VERB = lazyre.compile(r"(?<![-‐])(?<!\bthe )\b(?:is|are|was|were|uses?|used|adopts?|adopted|has|have|had|belongs?|lies|sits|hosts?|hosted|produces?|grows?|"
                            r"sells?|sold|comes?|came|borders|includes?|contains?|runs?|ran|applies|applied)\b(?=\s+\S)", re.I)  # cross-border: no verb


def _statement_asked_en(text: str) -> bool:
    """A statement with a question mark and no question word asks whether it is true."""
    last = re.split(r"(?<=[.!?])\s+", text.strip())[-1]
    return last.endswith("?") and not WH.search(last) and not YESNO_CLAUSE.match(last) and bool(STATEMENT_VERB.search(last)) \
        and not OBJECT_GAP.search(last)


# a noun asked with the clause after it (Service stations Guangxi had built by July 2018?, Jobs e-commerce has created
# in Guangxi?): its verb has no object, and the question asks for the thing, not whether it is true
OBJECT_GAP = lazyre.compile(r"\b(?:has|had|have)(?:\s+(?:\w+ed|built|made|sold|grown|won|brought|drawn|done|seen|got|gotten|taken|driven))?"
                            r"\s+(?:in|by|at|so far|to date|until|since|through|as of|over)\b|\b(?:has|had|have)(?:\s+\w+ed)?\s*\?\s*$|"
                            r"\b(?:sits|lies|is|falls|belongs) (?:in|under|within|to)\s*[.?]*\s*$|"  # the prefecture it sits in?
                            r"\b(?:comes?|came|originates?|is|are|was|were) from\s*[.?]*\s*$", re.I)  # the county it comes from?


def _guangxi_in_relation_words(names: list[Name], hits) -> list[Name]:
    """Guangxi, when a relation's words name it (入桂发展, came to Guangxi to develop): it is named."""
    if any(n.iri == GUANGXI for n in names):
        return []
    return [Name(h[4], GUANGXI, h[0], h[1]) for h in hits if h[2] == "rel" and re.search(r"guangxi|广西|入桂", h[4], re.I)][:1]


def _pinyin_glosses(kg, q: Question) -> list[str]:
    """The words nothing explains, less those written in pinyin for a Chinese question word (districts
    (shixiaqu): 市辖区; organised (chengban): 承办), which are read as that word."""
    out = []
    for w in q.unknown:
        hit = _gloss(kg, w)
        if hit:
            at = q.text.lower().find(w.lower())
            _take_word(q, at, at + len(w), hit[0], hit[1], hit[2])
        else:
            out.append(w)
    return out


def _gloss(kg, w: str):
    return _zh_word_for_pinyin(kg).get(w.lower()) if w.isascii() and len(w) >= 5 else None


_PINYIN_WORDS: dict = {}


def _zh_word_for_pinyin(kg) -> dict:
    """toneless pinyin -> (kind, key, word) of the Chinese lexicon words of two characters or more, when one
    word alone has that pinyin (read once per process)."""
    if not _PINYIN_WORDS:
        seen: dict = {}
        words = _zh_words()
        for (_, kind, key, w), py in zip(words, kg.names.pinyin_many([w for *_, w in words])):
            seen.setdefault(py.replace(" ", ""), set()).add((kind, key, w))
        _PINYIN_WORDS.update({py: next(iter(v)) for py, v in seen.items() if _one_meaning(v)})
    return _PINYIN_WORDS


def _one_meaning(entries: set) -> bool:
    return len({(k, x) for k, x, _ in entries}) == 1


def _zh_words() -> list[tuple]:
    """(lang, kind, key, word) of the Chinese relation, indicator and class words of two characters or more."""
    return [(i, kind, key, w) for i, _, _, kind, key, w in _lexicon_entries()
            if i == 0 and kind != "cue" and len(w) >= 2 and CJK.search(w)]


def _glossed_by_a_name(q: Question, w: str) -> bool:
    """the 'Southward Channel' (南向通道): English words right before a name in brackets are its gloss."""
    ats = [m.start() for m in re.finditer(rf"\b{re.escape(w)}\b", q.text, re.I)] if w.isascii() else []
    return any(GLOSS_GAP.fullmatch(q.text[a + len(w):n.start]) for a in ats for n in q.names if a < n.start)


GLOSS_GAP = lazyre.compile(r"[A-Za-z'’\s-]{0,40}?['’\"”]?\s*[（(]\s*")


def _not_name_glosses(kg, q: Question) -> list[str]:
    """The words nothing explains, less those that only repeat a word of a name the question uses (Liuzhou
    luosifen (the snail noodle thing): snail and noodle are words of its English name, river-snail rice noodles)."""
    iris = [n.iri for n in q.names] + q.indicators  # jobs created, directly and indirectly: the indicator's words
    said = _label_word_stems(kg, iris)
    zh = "".join(kg.label(i, "zh") or "" for i in iris)  # 保税港区那个国际商品直销中心: the centre's own words
    return [w for w in q.unknown if not (w.isascii() and _number_forms(w.lower()) & said or
                                         len(w) >= 2 and w in zh and not _says_of_name_before(kg, q, w)) and not _glossed_by_a_name(q, w)]


def _says_of_name_before(kg, q: Question, w: str) -> bool:
    """A word right after a name whose own label lacks it says something of that name (中心有澳洲商品吗: 商品 of
    澳洲, Australian goods), even when another name's label holds it: no repeat of that other name."""
    ats = {m.start() for m in re.finditer(re.escape(w), q.text)}
    return any(w not in (kg.label(n.iri, "zh") or "") for n in q.names if _ends_before(q.text, n, ats))


def _ends_before(text: str, n, ats: set[int]) -> bool:
    """The name ends right before one of the places (or before 的 right before it)."""
    return n.end in ats or n.end + 1 in ats and text[n.end] == "的"


def _label_word_stems(kg, iris: list[str]) -> set[str]:
    """The English words of these things' English labels, lower case, singular and plural (targets repeats no
    word of "targeted poverty alleviation": another word of the question, not a gloss)."""
    return {s for i in iris for w in re.findall(r"[A-Za-z]+", kg.label(i, "en") or "") for s in _number_forms(w.lower())}


def _number_forms(w: str) -> set[str]:
    """The word, and its singular when it is a plural (noodles: noodle; cities: city)."""
    return {w} | ({w[:-3] + "y"} if w.endswith("ies") else {w[:-1], w[:-2]} if w.endswith("s") else set())


def _percentage_of_growth(q: Question) -> None:
    """By what percentage did it grow, 增长了百分之几: the growth rate asked, not a share."""
    if "growth" in q.cues and "share" in q.cues and q.words.get("share") in ("percentage", "percent of", "百分之几", "百分之多少", "百分比"):
        q.cues.discard("share")


def _grown_where(q: Question) -> None:
    """Where are they grown: where a thing comes from, not its growth; villagers who grow seedlings: what they do."""
    if "growth" in q.cues and q.words.get("growth", "").lower() in ("grown", "grow", "grows") and \
            ("where" in q.cues or GROWERS.search(q.text)):
        q.cues.discard("growth")


def _growth_contributed(q: Question) -> None:
    """Final consumption's contribution rate to Guangxi growth, 对广西经济增长的贡献率: the growth a contribution is
    to, no growth asked of the figure."""
    if "growth" in q.cues and CONTRIBUTED_TO.search(q.text):
        q.cues.discard("growth")


CONTRIBUTED_TO = lazyre.compile(r"\bcontribut\w*\b[^?.!]{0,60}?\bto\s+(?:\S+\s+){0,3}?(?:growth|expansion)\b|"
                                r"对[^，,。？?]{0,10}?增长[^，,。？?]{0,3}?贡献", re.I)


GROWERS = lazyre.compile(r"\b(?:who|that|which|people|ppl|farmers|villagers|households)\s+grows?\b", re.I)


ASKED_AMOUNT = lazyre.compile(r"(?:多少|几)(?:个|十|百|千|万|亿)*\s*$|\bhow many\s+(?:thousand|million|billion|hundred)\s*(?:US\s*)?$", re.I)


AS_OF_WHEN = lazyre.compile(r"\bas of when\b|\bup to when\b|\bthrough when\b|截至什么时候|截止到什么时候|截至何时|截至哪天|截至哪个时间|截止何时", re.I)


def _as_of_when(q: Question) -> None:
    """As of when are the totals reported: the date the figures are as of (截至2018-07), not the article's date."""
    if AS_OF_WHEN.search(q.text) and q.indicators:
        q.cues.discard("source")
        q.words.pop("source", None)
        q.cues.add("when")


def _backing_document(q: Question) -> None:
    """Which document backs Internet + circulation: a policy that supports it, never the source of a claim."""
    word = q.words.get("source", "")
    if word.lower() in ("backs", "back", "backed by", "backing") and "Policy" in q.classes:
        q.cues.discard("source")
        q.words["supports"] = q.words.pop("source")
        q.relations.append("supports")


def _rates_of_levels(q: Question) -> None:
    """Compare two growth rates: cross-border e-commerce vs online retail: the growth indicators of the figures
    named, never the figures themselves."""
    from .intents import GROWTH_OF

    if "kind_rate" in q.cues and q.indicators and all(i in GROWTH_OF for i in q.indicators) and not _rate_given(q):
        q.indicators = [GROWTH_OF[i] for i in q.indicators]
        q.soft = {GROWTH_OF.get(i, i) for i in q.soft}
        q.cues.discard("kind_rate")
        q.cues.add("growth")


def _rate_given(q: Question) -> bool:
    """按28.8%的增速倒推: a rate given to work a level out with."""
    return bool(re.search(r"\d\s*[%％]|百分之", q.text)) or "derive" in q.cues


def _time_not_place(q: Question) -> None:
    """是在哪一年召开的: 在哪 of a time word asks when, not where."""
    if "when" in q.cues and q.words.get("where") == "在哪" and re.search(r"在哪(?:一)?(?:年|个月|月|天|日)", q.text):
        q.cues.discard("where")
        q.words.pop("where")


# the place of a level just above a name (the town directly above Hantang Village)
ABOVE_NAME = lazyre.compile(r"\b(?:is\s+)?(?:directly\s+|immediately\s+|right\s+|one level\s+)?(?:above|over)\s+(?:the\s+)?$", re.I)


ABOVE_IT = lazyre.compile(r"\b(?:prefecture|county|city|town|township)(?:-level city)?\s+(?:directly\s+|immediately\s+|right\s+)?(?:above|over)\s+"
                          r"(?:it|that|them|this one|that one)\b", re.I)


def _place_above_asked(q: Question) -> None:
    """What is the town above Hantang Village: where the place lies, at the level said, no comparison."""
    above = [n for n in q.names if ABOVE_NAME.search(q.text[:n.start])] or ABOVE_IT.findall(q.text)
    if len(above) == 1 and q.words.get("compare", "").lower() in ("above", "over") and _a_place_asked(q):
        q.cues.discard("compare")
        q.cues.add("where")
        q.words.setdefault("where", q.words.pop("compare"))
        q.words.pop("compare", None)


def _a_place_asked(q: Question) -> bool:
    """A place is asked (a level's word, or where), and no figure."""
    return (any(c in PLACE_CLASSES for _, c in q.kinds) or "where" in q.cues) and not q.indicators


# an order said from one end to the other (from highest to lowest, 从低到高): the first end comes first
FROM_TO = lazyre.compile(r"(?:\bfrom\s+(?:the\s+)?)?\b(?P<en>highest|largest|biggest|most|lowest|smallest|least|fewest)\s+(?:to|down to|up to)\s+"
                         r"(?:the\s+)?(?:highest|largest|biggest|most|lowest|smallest|least|fewest)\b|"
                         r"从(?P<zh>高|大|多|低|小|少)到(?:高|大|多|低|小|少)|(?P<desc>降序|\bdescending\b)|(?P<asc>升序|\bascending\b)", re.I)


def _rank_direction(q: Question) -> None:
    """Rank them from highest to lowest: the largest first (the most asked, never the least); from lowest to
    highest: the smallest first."""
    m = FROM_TO.search(q.text)
    if not m:
        return
    low = _low_first(m)
    q.cues.discard("most" if low else "least")
    q.cues.add("least" if low else "most")
    q.words["least" if low else "most"] = m.group(0)


LOW_ENDS = ("lowest", "smallest", "least", "fewest", "低", "小", "少")


def _low_first(m) -> bool:
    """The order said starts at the low end (from lowest, 从低, ascending)."""
    return bool(m.group("asc")) or (m.group("en") or m.group("zh") or "").lower() in LOW_ENDS


FIGURES_UNIT = lazyre.compile(r"(?:的|做|为|作|当)单位|单位(?:是什么|是啥|用的?是?什么|为何)")


def _unit_not_a_body(q: Question) -> None:
    """销售额的单位是什么, 用万元做单位: 单位 of a figure is its unit, not a body that did something (who)."""
    if q.words.get("who") == "单位" and q.indicators and FIGURES_UNIT.search(q.text):
        q.cues.discard("who")
        q.words.pop("who")
        q.at.pop("who", None)


def _units_of_numbers(q: Question) -> None:
    """A unit written right after a number (8000平米, 8,000 square metres) is the number's, not a unit asked."""
    for u in list(q.units):
        before = q.text[:q.at.get(u, 0)]
        if re.search(r"(?:[\d０-９一二三四五六七八九十百千万亿两]|\b(?:thousand|million|billion|trillion|hundred))\s*(?:US\s*)?$", before, re.I) \
                and not ASKED_AMOUNT.search(before):  # 折合多少亿美元: the unit asked, after 多少亿
            q.units.remove(u)
            q.given_units.append(u)
    if not q.units:
        q.cues.discard("unit")


# the article as where things are mentioned (文章里还提到了哪些省市, which events does the article list)
ARTICLE_SCOPE = lazyre.compile(r"(?:文章|报道|文中|原文|稿子|新闻)(?:里|中|里面|当中)(?:那|这|的|有?(?=哪|几|多少))|"
                           r"(?:文章|报道|文中|原文|稿子|新闻)(?:里|中|里面|当中)?(?:数下来|数一数|数了数|算下来|统计下来|加起来|一共|总共)|"
                           r"(?:文章|报道|文中|原文|稿子|新闻)(?:里|中|里面|当中|上)?(?:还|都|一共|总共|共|又)?"
                           r"(?:提到|提及|说到|讲到|写到|列举|列出|列了|点名|点了|点到|举了|举出|举的|出现|介绍|给出|给了|报了|讲|说|写道|称)|"
                           r"(?:文章|报道|文中|原文)(?:里|中)(?=(?:19|20)\d\d年|[^，,。？?]{0,12}最)|(?:文章|报道|文中|原文)(?:里|中)?有(?=几|多少|哪)|"
                           r"\b(?:the|this|that) (?:article|report|story|piece)\s+(?:also\s+)?(?:mention|name|list|cite|lump|group|class|put|include|say|report|state|"
                           r"describe|discuss|cover|feature|introduce|highlight|present|profile)s?\b|"
                           r"\b(?:mentioned|named|listed) in the (?:article|report|story)\b|\bthe (?:article|report|story)['’]s\b|"
                           r"\b[a-z]+ in the (?:article|report|story)\b", re.I)  # the products in the article, the tea in the article


def _article_as_scope(q: Question) -> None:
    """文章里列举的电商品牌活动有几个: the article is where the things counted or listed are mentioned (the graph
    holds what it says), not a source asked for."""
    asks_other = q.cues & {"count", "list", "most", "least", "where"}
    if "source" in q.cues and asks_other and ARTICLE_SCOPE.search(q.text) and (q.kinds or article_word_only(q)):
        q.cues.discard("source")
    _article_names_the_thing(q)
    _article_published(q)


def _source_of_a_renaming(q: Question) -> None:
    """What file documents the renaming of Hengxian: the source of the place's change of name (its evidence), not
    of the place."""
    word = next((w for w, c in q.kinds if c == "NameChange"), None)
    if word and "source" in q.cues and q.names:
        q.kinds = [(w, c) for w, c in q.kinds if c != "NameChange"]
        q.classes = [c for c in q.classes if c != "NameChange"]
        q.cues.add("rename")
        q.words["rename"] = q.words.pop("NameChange", word)


def _article_published(q: Question) -> None:
    """这篇文章是哪天发布的, who published the article: the article's own publishing (its date, its publisher),
    which its citation says; never a policy's issuer."""
    if "source" in q.cues and article_word_only(q) and not q.names and "issuedBy" in q.relations:
        q.relations.remove("issuedBy")
        q.words.pop("issuedBy", None)


def _article_names_the_thing(q: Question) -> None:
    """The article's jasmine tea: the thing as the article names it, no source asked."""
    if "source" in q.cues and article_word_only(q) and ARTICLE_OWNS.search(q.text):
        q.cues.discard("source")


ARTICLE_OWNS = lazyre.compile(r"\bthe (?:article|report|story)'s\b(?!\s+(?:own\s+)?(?:title|headline|url|link|web|date|publisher|publication|author|source|address|"
                              r"wording|sentence|quote|original|english|chinese|name))|(?:文章|报道|原文|文中)(?:里|中)?(?:的|提到的|说的)(?!.*(?:哪|什么|谁|何时|日期|时间|发布|发表|出处|来源|作者|网址|链接|标题|题目))", re.I)


def article_word_only(q: Question) -> bool:
    """The only source word is the article's name for itself (文章里那一串活动…几个; the products mentioned in the article)."""
    return q.words.get("source", "").lower() in {"文章", "报道", "文中", "原文", "新闻", "article", "report", "story"}


BESIDES_BEFORE = lazyre.compile(r"(?:除了|除去|除开|除掉|(?<![排删切清])除(?=\s*$)|刨去|刨除|(?<!算)不算|不含|不包括|不包含|不计|\bbesides|\bother than|\bapart from|\bexcept(?: for)?|\bexcluding|\baside from|\b(?:provinces|prefectures|cities|counties|districts|regions|places|countries)\s+outside(?:\s+of)?|"
                            r"\b(?:have|are|is|lie|lies|located|found)\s+outside(?:\s+of)?|^\s*outside(?:\s+of)?)\s*(?:the\s+)?$", re.I)
BESIDES_AFTER = lazyre.compile(r"^\s*(?:除外|以外|之外|外(?=[，,、\s]|$)|(?:也|都)?(?:不算|不计|不要算|不用算)(?=[，,。；;？?\s]|$))")


def _names_left_out(q: Question) -> None:
    """Besides Guangxi, which provinces …, 除了南宁还有哪些地级市: a name left out of a list of a class is no
    condition; the list is the class's members less it. With no class word it stays a name, and is left out."""
    prev, names = None, list(q.names)
    before = _listed_before_left_out(q.text, names)
    for i, n in enumerate(names):
        if n in before or _left_out_name(q.text, n, prev) or _listed_by_comma(q.text, names[i - 1:i + 2], prev):
            prev = n
            q.besides.append(n.iri)
            if _owner_of_a_kind(q, n):  # 除了国务院的批复: what it issued is left out, not itself
                q.besides_owned.append(n.iri)
            if not q.kinds:  # 除了南宁还有哪里: still a name, and no answer may hold it
                continue
            q.names.remove(n)
            _named_again(q, n)
            _words_of_leaving_out(q, n)
            if re.match(r"\s*(?:itself|本身)", q.text[n.end:], re.I):
                q.cues.discard("exact")  # apart from Guangxi itself: the name left out, no place itself asked


def _words_of_leaving_out(q: Question, n) -> None:
    """不包括北流市: the words that leave the name out are no negation of the question and no relation (包括)."""
    m = BESIDES_BEFORE.search(q.text[:n.start])
    said = m.group(0) if m else ""
    for part in [p for p in ("negation", *q.relations) if q.words.get(p) and q.words[p] in said]:
        q.cues.discard(part)
        q.words.pop(part)
        if part in q.relations:
            q.relations.remove(part)


def _named_again(q: Question, n) -> None:
    """Besides Rongan, which counties are in the same prefecture as Rongan: the name said again later is a
    name there (the place it lies in is asked), only its first mention is left out."""
    at = q.text.find(n.text, n.end)
    if at > 0 and not BESIDES_BEFORE.search(q.text[:at]):
        q.names.append(replace(n, start=at, end=at + len(n.text)))
        q.names.sort(key=lambda m: m.start)


OTHERS = lazyre.compile(r"另外|其他|其它|其余|(?<![类区分特级性识辨告派])别的|\bother\b|\belse\b", re.I)


def _others_than_named(kg, q: Question) -> None:
    """金花茶属于哪个产业？这个产业里另外还有几种茶: things of a kind asked as others, after a name of that kind: the
    thing named is none of them (it stays named: what it belongs to is asked too)."""
    m = OTHERS.search(q.text) if q.lang == "zh" else None  # what other document did it issue: the chain's own reading
    after = _kinds_after(q, m.end()) if m else []
    for n in q.names if after else ():
        if n.end <= m.start() and n.iri not in q.besides and any(kg.is_a(n.iri, GXO_NS + c) for c in after):
            q.besides.append(n.iri)


def _the_others_en(q: Question) -> None:
    """… names Beijing and Nanning: which were the other 20 (the rest)? the things named before are none of those
    asked."""
    m = OTHERS_EN.search(q.text) if q.lang == "en" else None
    start = _listed_from(q.text, m)
    for n in q.names if m else ():
        if start <= n.start and n.end <= m.start() and n.iri not in q.besides:
            q.besides.append(n.iri)


def _listed_from(text: str, m) -> int:
    """Where the things left out may be named: anywhere before 'the other 20'; in the sentence of 'A, B and who else'."""
    if not m or not m.group("listed"):
        return 0
    return max((i + 1 for i, c in enumerate(text[:m.start()]) if c in "?？.!。;；"), default=0)


OTHERS_EN = lazyre.compile(r"\b(?:which|what|who|name)\s+(?:were|are|was|is\s+)?\s*the\s+(?:other|remaining)\s+(?:\d+|ones?)\b|"
                           r"\b(?:which|what|who)\s+(?:were|are)\s+the\s+(?:others|rest)\b|"
                           r"(?P<listed>(?:,|\band)\s+(?:who|what|which)(?:\s+\w+)?\s+else\b|(?:,|\band)\s+(?:who|what|which)\s+others\b)", re.I)


def _kinds_after(q: Question, at: int) -> list[str]:
    """The classes of the kinds said after a point, no places (the other place using that model: not left out)."""
    return [c for w, c in q.kinds if q.text.find(w, at) >= 0 and c not in PLACE_CLASSES | {"Place"}]


GXO_NS = "https://w3id.org/gxkg/ontology#"


def _owner_of_a_kind(q: Question, n) -> bool:
    """国务院的批复: the name is written as the owner of a thing of a kind the question lists."""
    after = q.text[n.end:].lstrip()
    return after.startswith("的") and any(after[1:].lstrip().startswith(w) for w, _ in q.kinds)


# a thing given as an example of those counted or listed (“壮族三月三”电商节之类, such as the Zhuang Sanyuesan festival)
EXAMPLE_AFTER = lazyre.compile(r"^\s*[”\"']?\s*(?:之类|一类|这类|(?:这种|那种|这些|那些)(?![^，,。？?]*(?:不用算|不算|除外|以外|不要|不计|不包括))|这样的|那样的|等等|等)")
EXAMPLE_BEFORE = lazyre.compile(r"(?:像|比如|例如|诸如|譬如|\bsuch as|\blike|\be\.g\.,?|\bfor example|\bfor instance)\s*(?:the\s+)?[“\"']?\s*$", re.I)


RANK = "https://w3id.org/gxkg/resource/indicator/rank-among-western-provinces"


# the shares whose name holds the whole they are of (进出口总额 in 跨境电商交易额占进出口总额比重), and that part's indicator
SHARE_PARTS = {"https://w3id.org/gxkg/resource/indicator/cross-border-share-of-foreign-trade":
               "https://w3id.org/gxkg/resource/indicator/cross-border-ecommerce-transaction-volume",
               "https://w3id.org/gxkg/resource/indicator/share-of-national-shops":
               "https://w3id.org/gxkg/resource/indicator/individual-online-shops"}


# a share of all of Guangxi's e-commerce (% of all Guangxi e-commerce, 占全区电商的百分之几): the whole is the e-commerce
# transaction volume, never the imports and exports a stated share is of
ECOMMERCE_WHOLE = lazyre.compile(r"(?:%|\b(?:share|percent(?:age)?|proportion|fraction|part))\s+of\s+(?:all\s+|total\s+|the\s+whole\s+of\s+|overall\s+|the\s+(?:19|20)\d\d\s+)?"
                                 r"(?:guangxi(?:'s)?\s+|the\s+region(?:'s)?\s+)?(?:total\s+|overall\s+|all\s+)?(?P<w>e-?commerce)\b(?!\s+(?:transaction|volume|sales))|"
                                 r"占[^，,。？?跨]{0,10}?(?<!跨境)(?<!农村)(?P<z>电商|电子商务)(?!交易|销售|零售|[的]?(?:交易|销售)额)", re.I)


# the divisions reference dataset named (区划数据, 那套参考数据, the reference data): its edition and date are a source's
DATASET_NAMED = lazyre.compile(r"\b(?:data ?set|reference data|division data)\b|数据集|参考数据|区划数据", re.I)


def _wholes_and_data_named(q: Question) -> None:
    """What the figure words name: a share's whole (进出口总额, all of Guangxi's e-commerce), or the reference data."""
    _whole_of_a_share(q)
    _ecommerce_whole(q)
    _dataset_cut_off(q)
    if "source_language" in q.cues:  # 原文是什么语言写的: the source is asked, for its language
        q.cues.add("source")
        q.words.setdefault("source", q.words["source_language"])


def _dataset_cut_off(q: Question) -> None:
    """区划数据截止日期是: the date the reference data is as of (its source), not the running totals of a date."""
    if "kind_cumulative" in q.cues and re.search(r"日期|\bdate\b", q.words["kind_cumulative"], re.I) and DATASET_NAMED.search(q.text):
        q.cues.discard("kind_cumulative")
        q.cues.add("source")
        q.words["source"] = q.words.pop("kind_cumulative")
    elif "when" in q.cues and DATASET_NAMED.search(q.text) and not q.names and re.search(r"截止|截至|\bcut-?off\b|\bas of\b", q.text, re.I):
        q.cues.discard("when")  # 区划数据截止到哪一天: the date the data is as of, its source's
        q.cues.add("source")
        q.words["source"] = q.words.pop("when", "")


def _ecommerce_whole(q: Question) -> None:
    """Cross-border as a % of all Guangxi e-commerce: the whole named is the e-commerce transaction volume."""
    m = ECOMMERCE_WHOLE.search(q.text) if "share" in q.cues else None
    key = IND + "ecommerce-transaction-volume"
    if m and key not in q.indicators:
        q.indicators.append(key)
        q.at.setdefault(key, m.start("w") if m.group("w") else m.start("z"))


def _whole_of_a_share(q: Question) -> None:
    """2017年广西进出口总额约为多少: the word names the whole a share is of, not the share; the graph does not state the
    whole, so it is worked out when asked to be (测算, 推算: the part and the share), else it is what the answer cannot use."""
    for share, part in SHARE_PARTS.items():
        word = q.words.get(share.rsplit("/", 1)[-1], "")
        if share in q.indicators and _whole_asked_after(q.text, word) and re.search(r"测算|推算|算出|估算", q.text):
            q.cues.add("whole")  # 据…约占进出口总额11%测算，当年进出口总额约为多少: the share given, the whole asked
            q.indicators[:0] = [part] if part not in q.indicators else []
            continue
        if not word or share not in q.indicators or "share" in q.cues or re.search(r"占|比重|比例|份额|share|percent|proportion", word, re.I) \
                or _percent_of(q.text, word):
            continue  # no word: a topic's figures read from its name (跨境电子商务这个议题), none of them asked
        if q.cues & {"derive", "whole"} or re.search(r"测算|推算|算出|倒推|估算|\b(?:work|worked|working) (?:it )?out\b|\bcalculat", q.text, re.I):
            q.indicators.insert(0, part)
            q.cues.add("whole")
        else:
            q.indicators.remove(share)
            q.cues.add("unstated")
            q.words["unstated"] = word


def _percent_of(text: str, word: str) -> bool:
    """about 11% of Guangxi's imports and exports: the share is said with the whole it is of, no whole asked (unless
    the whole is named again: what were the imports and exports)."""
    return text.lower().count(word.lower()) == 1 and re.search(rf"\d(?:\.\d+)?\s*(?:%|percent|per cent)\s+of\s+(?:[\w'’]+\s+){{0,3}}?{re.escape(word)}", text, re.I) is not None


def _whole_asked_after(text: str, word: str) -> bool:
    """The clause that asks (多少, what) names the whole and no share."""
    asking = [c for c in re.split(r"[，,。；;]", text) if re.search(r"多少|几|\bwhat\b|\bhow much\b", c, re.I)]
    return bool(word) and bool(asking) and word in asking[-1] and not re.search(r"占|比重|比例|\bshare\b", asking[-1], re.I)


# the relation that 属于 / belongs to asks when the kind asked is no place (六堡茶属于哪个产业: the industry it is part of)
BELONGS_TO_KIND = {"Industry": "partOf", "Product": "category"}


def _belongs_to_a_kind(q: Question) -> None:
    """六堡茶属于哪个产业: 属于哪个 asks where only of places; of an industry it asks what the thing is part of."""
    said = q.words.get("where", "")
    rel = _kind_belonged_to(q, said)
    if rel and "where" in q.cues and re.match(r"属于|归属|归|belongs? to", said, re.I):  # 属于哪个产业、产自哪个市: both
        q.cues.discard("where")
        q.relations.append(rel)
        q.words[rel] = q.words.pop("where")


def _category_is_the_whole(q: Question) -> None:
    """Which broader product group is Guilin rice noodles part of: part of a category asked is the category (广西米粉),
    not the industry chain two steps up."""
    if "category" in q.relations and "partOf" in q.relations and _one_step_up(q.text.lower(), q.words.get("category", ""), q.words.get("partOf", "")):
        q.relations.remove("partOf")
        q.words.pop("partOf", None)


def _one_step_up(text: str, category: str, part: str) -> bool:
    """Part of (属于) said of the category in the same clause, with no second step (and that category is part of …)."""
    at, to = text.find(category.lower()), text.find(part.lower())
    between = text[min(at, to):max(at, to)] if at >= 0 and to >= 0 else ","
    return bool(re.match(r"part of|belongs? to|属于|归", part, re.I)) and not re.search(r"[,，;；]|\b(?:and|that|this|its?)\b|[这那它该其再]", between)


def _policy_as_basis(q: Question) -> None:
    """南宁获批综试区，依据是哪份文件: the basis asked is a document of the graph (a policy), never the article."""
    if q.words.get("source") in ("依据", "根据", "依据的") and "Policy" in q.classes:
        q.cues.discard("source")


def _source_phrases(q: Question) -> None:
    """电商品牌活动, brand campaigns: kinds said as the source says them, kept to filter the things by their sentence."""
    q.phrases = list(dict.fromkeys(lx.SOURCE_PHRASES[w.lower()] for w, _ in q.kinds if w.lower() in lx.SOURCE_PHRASES))


def _kind_belonged_to(q: Question, said: str) -> str | None:
    """The relation to a kind asked (产业: partOf), when no other relation is asked or the kind's word follows 属于."""
    after = q.text[q.text.find(said) + len(said):].lstrip().lower() if said else ""
    return next((BELONGS_TO_KIND[c] for w, c in q.kinds if c in BELONGS_TO_KIND and (not q.relations or after.startswith(w.lower()))), None)


def _listed_not_ranked(q: Question) -> None:
    """南宁名列跨境电商综合试验区: 名列 before a name is being listed among, no place in a ranking (名列第三)."""
    if RANK in q.indicators and q.words.get(RANK.rsplit("/", 1)[-1]) == "名列" and not re.search(r"名列(?:第|前|\d)", q.text):
        q.indicators.remove(RANK)


def _examples_given(kg, q: Question) -> None:
    """文章列举的那一串活动（“壮族三月三”电商节之类）有几个: a thing of the kind counted, given as an example, is
    no condition; the things counted are those its source names with it, in the same sentence."""
    if not (q.kinds and q.cues & {"count", "list"}):
        return
    for n in _listed_with_examples(q, [n for n in q.names if _given_as_example(kg, q, n)]):
        q.names.remove(n)
        q.examples.append(n.iri)
    for n in [n for n in q.names if _owner_of_an_example(q, n)]:
        q.names.remove(n)  # models like Fengshan's: Fengshan's one is an example, Fengshan no condition


# the kinds named are examples, not a limit (products, models, whatever you have; 产品、模式什么的都行)
ANY_KIND = lazyre.compile(r"whatever (?:you have|there is|you've got)|anything (?:else|at all)|什么的都|之类的都|都行|都可以", re.I)


def _kinds_as_examples(q: Question) -> None:
    """What one thing is related to, its kinds given only as examples: every relation of it is asked, none of
    the kinds nor the relations their words name is a condition."""
    if not _kinds_only_examples(q):
        return
    said = {w for w, _ in q.kinds}
    q.relations = [r for r in q.relations if q.words.get(r) not in said]
    q.kinds, q.classes = [], []
    q.cues.discard("list")


# a member said to be counted too (the state council one included, 包括国务院那份在内): no condition of the count
INCLUDED_AFTER = lazyre.compile(r"^\s*(?:one\s+|那份|那个|的)?\s*(?:included|too|as well|在内|也算|也算上|也包括在内)", re.I)
INCLUDED_BEFORE = lazyre.compile(r"(?:\bincluding|包括|连同)\s*(?:the\s+)?$", re.I)


def _names_included(q: Question) -> None:
    """How many policy documents in total, the State Council one included: all of the kind are counted."""
    if not (q.kinds and q.cues & {"count", "list"}):
        return
    for n in list(q.names):
        m = INCLUDED_AFTER.match(q.text[n.end:]) or INCLUDED_BEFORE.search(q.text[:n.start])
        if m:
            q.names.remove(n)
            q.words["included"] = m.group(0).strip()  # understood: the word that says so


# 凤山核桃鸡模式带动一万多户 那融安合作社模式带动了多少户: a figure stated, then 那 and the question about another thing
THEN_ASK = lazyre.compile(r"[\s，,。；;]那么?(?![坡些个里边年天时])")
STATED_NUMBER = lazyre.compile(r"\d|[一二两三四五六七八九十百千万亿]+[多余]?(?:户|人|家|个|元|吨|亩|万|亿)")


def _premise_then_question(q: Question) -> None:
    """A clause that states a figure of one thing, then 那 and a question about another: the first thing is what
    the asker already knows, not what is asked."""
    m = THEN_ASK.search(q.text)
    if not m or not STATED_NUMBER.search(q.text[:m.start()]) or not any(n.start >= m.end() for n in q.names):
        return
    q.names = [n for n in q.names if n.start >= m.end()]


ORIGIN_OR_SOURCE = lazyre.compile(r"where(?:'s| is) (?:it|this|that) from", re.I)


def _origin_not_source(q: Question) -> None:
    """Hechi longevity food - where's it from?: of a thing, where it comes from; "where is it from" asks for a
    source only of a figure, a number or a quoted claim."""
    if ORIGIN_OR_SOURCE.fullmatch(q.words.get("source", "")) and not (q.indicators or re.search(r"\d|[“\"]", q.text)):
        q.cues.discard("source")
        q.cues.add("where")
        q.words["where"] = q.words.pop("source")
        q.words.setdefault("originatesFrom", q.words["where"])
        if "originatesFrom" not in q.relations:
            q.relations.append("originatesFrom")


def _kinds_only_examples(q: Question) -> bool:
    return len(q.names) == 1 and "about" in q.cues and bool(q.kinds) and bool(ANY_KIND.search(q.text))


def _owner_of_an_example(q: Question, n: Name) -> bool:
    """Like Fengshan's, 像凤山县的那种: the name owns the thing given as an example of the kind counted."""
    return bool(EXAMPLE_BEFORE.search(q.text[:n.start]) and re.match(r"\s*(?:['’]s\b|的(?:那种|那个|这种|这个|那样|这样))", q.text[n.end:]))


def _listed_with_examples(q: Question, examples: list[Name]) -> list[Name]:
    """阿里、京东这种平台: a name listed (、, 和) just before an example is one too."""
    for a, b in zip(q.names[-2::-1], q.names[:0:-1]):
        if b in examples and a not in examples and _listed_next(q.text[a.end:b.start]):
            examples.append(a)
    return examples


def _listed_next(between: str) -> bool:
    """Only a list's joining word (、, 和, and) stands between two names."""
    return re.fullmatch(r"\s*(?:和|、|与|及|,|，|and|or)\s*", between, re.I) is not None


def _given_as_example(kg, q: Question, n: Name) -> bool:
    example = EXAMPLE_AFTER.match(q.text[n.end:]) or EXAMPLE_BEFORE.search(q.text[:n.start])
    return bool(example) and any(kg.is_a(n.iri, "https://w3id.org/gxkg/ontology#" + c) for _, c in q.kinds)


def _left_out_name(text: str, n: Name, prev: Name | None) -> bool:
    """除了南宁, besides Nanning, 南宁除外; or the next of a list left out (除了阿里巴巴和京东)."""
    listed = prev is not None and re.fullmatch(r"\s*(?:和|、|与|及|以及|and|or)\s*(?:the\s+)?", text[prev.end:n.start], re.I)
    return bool(BESIDES_BEFORE.search(text[:n.start]) or BESIDES_AFTER.match(text[n.end:]) or listed)


def _listed_before_left_out(text: str, names: list) -> list:
    """钦南区、钦北区以外: the names listed before the last one left out by 以外 (外, 不算) are left out with it."""
    out: list = []
    for a, b in zip(names[-2::-1], names[:0:-1]):
        if (b in out or BESIDES_AFTER.match(text[b.end:])) and re.fullmatch(r"\s*(?:和|、|与|及|以及)\s*", text[a.end:b.start]):
            out.append(a)
    return out


def _listed_by_comma(text: str, run: list[Name], prev: Name | None) -> bool:
    """Apart from Tengxian, Mengshan and Cangwu: a name after the one left out and a comma, when a list of names
    goes on after it with and (never 除了南宁，柳州有哪些县: the comma ends what is left out)."""
    if prev is None or len(run) < 3 or run[0] is not prev:
        return False
    comma = re.fullmatch(r"\s*[,，]\s*", text[prev.end:run[1].start])
    return bool(comma) and re.fullmatch(r"\s*,?\s*(?:和|与|及|以及|、|and|or|[,，])\s*(?:the\s+)?", text[run[1].end:run[2].start], re.I) is not None


def _the_one_named(kg, q: Question) -> None:
    """I'm mapping Guilin: how many districts does the city contain; what were the product's sales: a kind word said
    with the (this, that) of the one thing named of that kind is that thing, no kind asked."""
    gxo = "https://w3id.org/gxkg/ontology#"
    for w, c in list(q.kinds):
        said = re.search(rf"\b(?:the|this|that)\s+{re.escape(w)}(?:'s)?\b", q.text, re.I) and not _plural(w)
        named = [n for n in q.names if kg.is_a(n.iri, gxo + c)]
        if said and len(named) == 1 and _more_asked(q):
            q.kinds.remove((w, c))
            q.classes = [k for k in q.classes if any(k == kc for _, kc in q.kinds)]
            q.words.pop(c, None)


def _more_asked(q: Question) -> bool:
    """Something besides the kind is asked: another kind, or a figure or relation listed."""
    return len(q.kinds) > 1 or "list" in q.cues and bool(q.indicators or q.relations)


def _most_specific_kinds(kg, q: Question) -> None:
    """which places are county-level cities: a class word whose class is above another's asked (Place above County)
    says less; the narrower one is asked."""
    gxo = "https://w3id.org/gxkg/ontology#"
    if not _one_set_said_twice(q):
        return  # the places running X: which prefectures…: two sets
    above = {a.removeprefix(gxo) for _, c in q.kinds for a in kg.vocabulary.ancestors(gxo + c)[1:]}
    if any(c not in above for _, c in q.kinds):
        q.kinds = [(w, c) for w, c in q.kinds if c not in above]
        q.classes = [c for c in q.classes if c not in above]


def _one_set_said_twice(q: Question) -> bool:
    """Two class words joined by 是 / are in one clause (哪些地方是县级市, which places are county-level cities)."""
    words = "|".join(re.escape(w) for w, _ in q.kinds)
    return bool(words) and re.search(rf"(?:{words})[^,，:：;；.。?？]*?(?:是|\bare\b|\bis\b|\bhold(?:s|ing)?\b|\bha(?:ve|s|ving)\b)[^,，:：;；.。?？]*?(?:{words})",
                                     q.text, re.I) is not None and _status_if_held(q.text)


def _status_if_held(text: str) -> bool:
    """Places that hold (have) county-level city status: holding a kind said as a status is being of it (never
    holding things of it: prefectures that hold districts)."""
    return not re.search(r"\bhold(?:s|ing)?\b|\bha(?:ve|s|ving)\b", text, re.I) or re.search(r"\bstatus\b", text, re.I) is not None


def _negation_asked(q: Question) -> None:
    """没有 at the end of a question (过500亿了没有) or after 有 (有没有) asks yes or no, not a condition of absence."""
    if q.words.get("negation") == "没有" and not re.search(r"(?<!有)没有(?!\s*[？?]?\s*$)", q.text):
        q.cues.discard("negation")
    if _negation_of_a_kind(q):
        q.cues.discard("negation")  # counties that are not autonomous counties: a kind left out, already


# 不是产自南宁, 产自南宁以外 (without 除): a relation denied or a place left out, which no query here computes;
# 只有/唯一/only: a claim that nothing else has it, which a fact found does not confirm
NOT_RELATED = lazyre.compile(r"(?<![是属])(?:不是|并非|并不是|不)(?=产自|来自|出自|产于|位于|属于|隶属|在[\u4e00-\u9fff]{1,10}(?:举办|开展|落户))"
                             r"|(?:以外|之外)(?=的|[？?，,。]|$)")
# 不支持, 不是…发布的, 产地不在, 非南宁产, 未采用: a negation of what follows (not an adverb: 不少, 不断, 非常, 未来; not
# a bound: 不超过, 不低于; not the speaker's: 不知道, 不太懂; not the source's hedge: 据不完全统计)
NEGATED = lazyre.compile(r"(?<![而想说看找记搞弄分听读查差])(?:不是|并非|并不是|并不|不|非|未|没)"
                         r"(?!少|断|同|足|到|仅|只|止|过|错|常|但|用|太|好|然|管|论|如|久|完全统计|超过|低于|高于|多于|小于|大于|知道|懂|"
                         r"清楚|确定|要|会|妨|一样|算|了解|明白|来|搞|弄|想|听|记|看|印象|注意|留意|查)(?=[\u4e00-\u9fff])(?![^，,。？?]{0,12}(?:的时候|之前|以前))")
# 线上销售额, 线下活动: a channel no figure or kind asked is stated for (the banana's sales are all its sales)
CHANNEL_ASKED = lazyre.compile(r"(线上|线下|网上|网下)(?=销售|销量|交易|零售|收入|营业|活动|订单|卖得|卖了|售出|的销)|"
                               r"\b(online|offline)(?= (?:sales|turnover|revenue|orders)\b)|(?<=\bsold )(online|offline)\b|(?<=\bsells )(online|offline)\b", re.I)
# 第一批, 首批, the first batch: an order of designation the graph does not record
BATCH_ASKED = lazyre.compile(r"第[一二三四五六七八九十\d]+批|首批|\b(?:first|second|third|earliest|\d+(?:st|nd|rd|th)) (?:batch|round)\b", re.I)
ONLY_A_COUNT = lazyre.compile(r"\s*(?:\d+|[一二两三四五六七八九十]+)\s*个")
ONLY_ASKED = lazyre.compile(r"只有|仅有|唯一|独有|\b(?:the only|only one|sole|solely|exclusively)\b", re.I)  # not "only counties"


def _denied_or_only(q: Question) -> None:
    """A relation denied (不是产自南宁, 不支持, is not), a place left out without 除 (产自南宁以外), only one said to have it
    (只有京东…吗, the only platform), a batch (第一批), a channel (线上销售额): cues an answer must use, so no intent
    answers the plain question instead."""
    m = NOT_RELATED.search(q.text) or NEGATED.search(_negations_aside(q.text)) or _not_en(q)
    if m and not q.excluded and not _left_out_said(q, m):
        _cue(q, "negation", m.group(0))
    _exclusive_said(q)
    _cue(q, "batch", (BATCH_ASKED.search(q.text) or [None])[0])
    _channel_said(q)


def _exclusive_said(q: Question) -> None:
    """只有京东…吗, the only platform: a claim that none else has it (恰好只有一个县级市: exactly one, no such claim)."""
    only = ONLY_ASKED.search(q.text)
    exact = only and ONLY_A_COUNT.match(q.text, only.end()) and re.search(r"(?:恰好|正好|刚好)\s*$", q.text[:only.start()])
    _cue(q, "exclusive", only[0] if only and not exact else None)


def _channel_said(q: Question) -> None:
    """线上销售额: a channel of sales asked, unless the words are an indicator's own."""
    m = CHANNEL_ASKED.search(q.text)
    said = m and next(g for g in m.groups() if g)
    if said and not any(said.lower() in q.words.get(i.rsplit("/", 1)[-1], "").lower() for i in q.indicators):
        _cue(q, "channel", said)


def _left_out_said(q: Question, m) -> bool:
    """以外 that leaves names out (除了南宁以外; 钦南区、钦北区以外，…), no relation denied."""
    return m.group(0) in ("以外", "之外") and ("除" in q.text or _run_left_out(q, m.start()) or _provinces_besides_guangxi(q, m.start()))


def _provinces_besides_guangxi(q: Question, at: int) -> bool:
    """广西以外的省级单位: Guangxi left out of the provinces, no relation denied."""
    return any(n.iri == GUANGXI and n.end == at for n in q.names) and any(c == "Province" for _, c in q.kinds)


def _run_left_out(q: Question, at: int) -> bool:
    """钦南区、钦北区以外，钦州市还有…: names alone in their clause before 以外 are left out, no relation denied (产自南宁以外)."""
    run = [n for n in q.names if n.end <= at]
    end = at
    while run and re.fullmatch(r"\s*(?:和|、|与|及|以及)?\s*", q.text[run[-1].end:end]):
        end = run.pop().start
    return end < at and re.search(r"(?:^|[，,。；;？?])\s*$", q.text[:end]) is not None


RANGE_JOIN = lazyre.compile(r"^\s*(?:元|%|yuan)?\s*(?:到|至|和|与|-|—|–|~|～|and|to)\s*$", re.I)
RANGE_END = lazyre.compile(r"^\s*(?:元|%|yuan)?\s*(?:之间|中间|以内|范围内?)", re.I)
RANGE_START = lazyre.compile(r"\bbetween\s*$", re.I)


def range_said(text: str) -> tuple[float, float] | None:
    """在5000亿到8000亿之间, between 500 and 800 billion: the two numbers a figure is asked to lie between."""
    from ..numbers import scan

    found = list(scan(text))
    span = next((n for n in found if n.value is None and n.low is not None and RANGE_END.match(text[n.end:])
                 and not (YEAR_LIKE.fullmatch(str(n.low)) and YEAR_LIKE.fullmatch(str(n.high)))), None)  # over 2013-2017: years
    if span:  # 30到50亿之间: read as one span
        return float(span.low), float(span.high)
    nums = [n for n in found if n.value is not None and not YEAR_LIKE.fullmatch(str(n.value))]
    return next((_range_of(text, a, b) for a, b in zip(nums, nums[1:]) if _joined_as_range(text, a, b)), None)


YEAR_LIKE = lazyre.compile(r"(?:19|20)\d\d")


def _joined_as_range(text: str, a, b) -> bool:
    return RANGE_JOIN.match(text[a.end:b.start]) is not None and \
        (RANGE_END.match(text[b.end:]) is not None or RANGE_START.search(text[:a.start]) is not None)


def _range_of(text: str, a, b) -> tuple[float, float]:
    high = float(b.value) * _english_scale(text[b.end:])
    return tuple(sorted((_scaled_as(a, b, high), high)))


EN_SCALES = {"trillion": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "thousand": 1e3}


def _english_scale(rest: str) -> float:
    m = re.match(r"\s*(trillion|billion|bn|million|thousand)\b", rest, re.I)
    return EN_SCALES[m.group(1).lower()] if m else 1.0


def _scaled_as(a, b, high: float) -> float:
    """500 and 800 billion, 30到50亿: a bare first number takes the scale the second's words give it."""
    bare = re.fullmatch(r"[\d,.]+", a.text.strip()) is not None
    digits = re.match(r"[\d.]+", b.text.replace(",", ""))
    scale = high / float(digits.group(0)) if bare and digits and float(digits.group(0)) else 1.0
    return float(a.value) * scale


NATIONAL = lazyre.compile(r"中国|全国|我国|\bChina(?:'s)?\b|\bnational total\b|\bnationwide\b|\bacross the country\b", re.I)


def _national_asked(q: Question) -> None:
    """中国2017年个人网店数量, online shops in China: the country is the subject asked, a cue a figure answer must use
    (only a figure said of the country, Guangxi's share of its shops, does); never Guangxi's figure in its place."""
    m = next((m for m in NATIONAL.finditer(q.text) if not any(n.start <= m.start() < n.end for n in q.names)), None)
    if m and q.indicators:  # not 中国 in a name (中国-东盟信息港)
        _cue(q, "national", m.group(0))


RELATION_INCLUDED = lazyre.compile(r"^\s*(?:的)?(?:也|都|一起|一并)?(?:算上|算进去|算在内|包括在内|包括进来|包括|算)|^\s*(?:too|as well|included)\b",
                                   re.I)


def _relations_included(q: Question) -> None:
    """跟啥有关系？上下游都算上: relations said to be included too, in a question of everything related, are no
    restriction: the answer is every relation, those among them."""
    if not q.cues & {"about", "relation"}:
        return
    kept = [r for r in q.relations if not _relation_included(q, r)]
    if kept != q.relations:
        q.relations = kept
        q.cues.add("about")


def _relation_included(q: Question, r: str) -> bool:
    at, word = q.at.get(r), q.words.get(r, "")
    return at is not None and RELATION_INCLUDED.match(q.text[at + len(word):]) is not None


def _range_asked(q: Question) -> None:
    """A range a figure must lie in: a cue the answer must use (only figures checked against both ends do)."""
    if range_said(q.text):
        q.cues.add("range")


# is not, was not, but not: a claim or a condition negated (never "or not", "not only", "if not", "not stated")
NOT_EN = lazyre.compile(r"(?<!\bor )(?<!\bif )(?<!\bwhether )\bnot\b(?!\s+(?:only|just|yet|stated|recorded|listed|known|given|sure)\b)",
                        re.I)
def _not_en(q: Question):
    """An English "not" that negates a claim or condition; not one before a kind left out (districts, not counties)
    or a count's words (not counting, not including), which other readings take."""
    text = CORRECTION_EN.sub("", q.text)
    kinds = tuple(w.lower() for w, _ in q.kinds)
    return next((m for m in NOT_EN.finditer(text) if not _kind_or_count_after(text[m.end():].lower(), kinds)), None)


KIND_LEFT_OUT = lazyre.compile(r"^\s*(?:the\s+|any\s+)?(?:counting|including|count\b|include\b|count(?:y|ies)|districts?|cities|city|"
                               r"prefectures?|towns?|townships?|villages?|county-level)", re.I)


def _kind_or_count_after(rest: str, kinds: tuple) -> bool:
    rest = re.sub(r"^\s*(?:the\s+|any\s+)?", "", rest)
    return KIND_LEFT_OUT.match(rest) is not None or bool(kinds) and rest.startswith(kinds)


CORRECTION_EN = lazyre.compile(r"^\s*not\s+[^,.;]{1,40}[,;.]\s*(?=i mean|i meant|rather|but)", re.I)  # Not Fengshan, I mean …
CORRECTION = lazyre.compile(r"^\s*不是[^，,。？?]{1,10}[，,]")  # 不是融水，我说的是融安县: the name corrected


def _negations_aside(text: str) -> str:
    """The question with what negates nothing asked blanked: 是不是, 有没有, and a correction of a name first."""
    text = A_NOT_A.sub(lambda x: MASK * len(x.group(0)), text)
    return CORRECTION.sub(lambda x: MASK * len(x.group(0)), text)


def _cue(q: Question, cue: str, word: str | None) -> None:
    """The cue asked, with the word that asks it (the first word kept)."""
    if word:
        q.cues.add(cue)
        q.words.setdefault(cue, word)


def _negation_of_a_kind(q: Question) -> bool:
    """The negation word says a kind left out (that are not autonomous counties)."""
    neg = q.words.get("negation", "").lower()
    return bool(q.excluded and neg and re.search(rf"{re.escape(neg)}\s+(?:\w+\s+)?(?:{KIND_WORDS_EN})", q.text.lower()))


KIND_WORDS_EN = "autonomous count|count|district|cit|prefecture|town|village"

def _land_taken(q: Question) -> None:
    """占地 (covers an area) is no share (占比): 占 only asks a share when it is not 占地."""
    if q.words.get("share") == "占" and "占地" in q.text and q.text.count("占") == q.text.count("占地"):
        q.cues.discard("share")


def _which_of_two(q: Question) -> None:
    """How many times A's sales were B's: two things set against each other, not a growth; these two percentages,
    which is higher: a comparison of the percentages, not a share."""
    if q.words.get("growth", "").lower() in ("times", "how many times", "倍", "几倍") and len(q.names) >= 2:
        q.cues.add("compare")
    if "compare" in q.cues and len(q.indicators) >= 2 and q.words.get("share") in ("百分比", "percentages", "percentage"):
        q.cues.discard("share")
    if _either_listed(q):
        q.cues.discard("compare")  # which county-level cities are under Chongzuo or Fangchenggang: those of either


def _kinds_totalled(q: Question) -> None:
    """桂林市下面的县和区一共有几个: kinds joined, counted together, one total asked (一共 of one kind is no more than
    a count)."""
    if len({w for w, _ in q.kinds}) >= 2 and "count" in q.cues and KINDS_TOTAL.search(q.text) and _kinds_joined_by_and(q):
        q.cues.add("total")


def _those_not_counted(q: Question) -> None:
    """河池那几个自治县是哪些: 那几个 points at those things, no count asked."""
    if re.search(r"[那这]" + re.escape(q.words.get("count", "-")), q.text) and q.words["count"].startswith("几"):
        q.cues.discard("count")


def _figures_totalled(q: Question) -> None:
    """Bananas, mangoes, snail noodles: total their 2017 sales: "total" said as a verb (or the total of) of one
    figure of several things asks their sum, never each figure alone."""
    if len(q.names) >= 2 and q.indicators and TOTAL_VERB.search(q.text):
        q.cues.add("total")
        q.words.setdefault("total", TOTAL_VERB.search(q.text).group(0))


TOTAL_VERB = lazyre.compile(r"\btotal(?:l?ed|l?ing)?\s+(?:up\s+)?(?:their|them|these|those|the)\b|\b(?:the|a)\s+total\s+of\s+(?:the|their)\b|"
                            r"\bsum\s+(?:up\s+)?(?:their|them|these|those)\b|"
                            r"^\W*(?:(?:what|how much)(?:'s|\s+is|\s+was|\s+were)\s+(?:the\s+)?)?total\b"  # Total 2017 sales of A and B?
                            r"(?!\s+(?:e-?commerce|online|retail|transaction|trade|import|export|foreign|volume|value))", re.I)


KINDS_TOTAL = lazyre.compile(r"一共|总共|共计|合计|总计|\bin total\b|\baltogether\b|\bcombined\b|\ball told\b", re.I)


def _either_listed(q: Question) -> bool:
    """Things of a kind listed under A or B, with nothing more or less asked: of either, no comparison."""
    return q.words.get("compare", "").lower() == "or" and "list" in q.cues and bool(q.kinds) and not (q.indicators or MORE_SAID.search(q.text))


MORE_SAID = lazyre.compile(r"\b(?:more|most|fewer|fewest|less|least|larger|largest|bigger|biggest|higher|highest)\b", re.I)


def _exact_or_not(q: Question) -> None:
    """Is the figure exact or approximate (原文给的是确数还是约数): the figure with its qualifier is the answer, not
    a yes or no, a comparison of two things, or the source."""
    if "exactness" in q.cues:
        q.cues -= {"yesno", "compare", "source"}


STILL = lazyre.compile(r"(?:现在|目前|如今)?还是(?:个|一个)?(?:县|市|区|镇|乡|村|县级市|自治县)(?:吗|么|嘛|不是|吧)")
def _terse_kind_asked(kg, q: Question) -> None:
    """GX CBEC pilot zone city?: a few words ending in a class word, with nothing that asks, asks which ones are
    related to the thing named (a programme, a product); places alone (Qinzhou villages?) ask nothing clear."""
    m = re.search(r"([A-Za-z]+)\s*\?\s*$", q.text)
    if m and not q.cues & ASKING_CUES and not WH.search(q.text) and len(q.text.split()) <= 10 and \
            any(w.lower() == m.group(1).lower() for w, _ in q.kinds) and any(not kg.is_a(n.iri, PLACE) for n in q.names):
        q.cues.add("list")


# how far apart two figures are (差几个百分点, 相差多少, the gap between): a comparison, never a count
DIFFERENCE_ASKED = lazyre.compile(r"(?:相差|差了?|差距(?:有|是|为)?)(?P<count>几个|多少个?)?(?:百分点|个百分点)|相差多少|差距(?:有)?多大|"
                                  r"\b(?:gap|difference)\s+between\b|\bby (?:what|how (?:big|wide|large) (?:a|of a)) margin\b", re.I)


def _difference_asked(q: Question) -> None:
    """2018年网络零售增速和2017年跨境电商增速差几个百分点: two figures compared by their difference (its 几个 asks
    no count)."""
    m = DIFFERENCE_ASKED.search(q.text)
    if m and len(q.indicators) + len(q.names) >= 2:
        q.cues.add("compare")
        q.words.setdefault("compare", m.group(0))
        if m.group("count") and m.group("count") in q.words.get("count", ""):
            q.cues.discard("count")


def _national_rank(q: Question) -> None:
    """Its national ranking, 全国排第几: the graph's rank is among the western provinces, no national one (never given
    in its place)."""
    m = NATIONAL_SAID.search(q.text)
    if m and any(i.endswith("/rank-among-western-provinces") for i in q.indicators) and not WESTERN_SAID.search(q.text):
        _cue(q, "national", m.group(0))


NATIONAL_SAID = lazyre.compile(r"\bnational(?:ly)?\b|\bnationwide\b|\b(?:in|across|among all of) china\b|全国", re.I)
WESTERN_SAID = lazyre.compile(r"\bwest(?:ern)?\b|西部", re.I)


def _city_that_hosts(q: Question) -> None:
    """Which city hosts the forum, 哪个城市承办论坛: a place that hosts an event is where it is held (a place
    organises nothing in the graph's terms)."""
    hosting = [r for r in q.relations if r in HOSTING]
    if hosting and _places_only_asked(q):
        q.words["heldIn"] = q.words.pop(hosting[0], None)
        q.relations = ["heldIn"] + [r for r in q.relations if r not in HOSTING | {"heldIn"}]


def _topics_supported(q: Question) -> None:
    """它支持哪些主题, which topics does it support: the topics are what it supports, no theme or topic of its own."""
    said = [r for r in ("theme", "topic") if r in q.relations and q.words.get(r, "").lower() in TOPIC_NOUNS]
    if "supports" in q.relations and said and len(q.relations) == 2:
        q.relations.remove(said[0])
        word = q.words.pop(said[0], "")
        q.words["noise"] = word
        if q.cues & {"count", "list"}:  # how many topics do the policies support: the topics are counted
            q.kinds.insert(0, (word, "Topic"))
            q.classes.insert(0, "Topic")


def _old_code_said(q: Question) -> None:
    """What code did Pingguo have before, which unit once used code 450331: the code before a change."""
    m = OLD_CODE_SAID.search(q.text)
    if m and q.cues & {"code", "full_code"}:  # the statistical code it carried before: the former code
        q.cues = (q.cues - {"code", "full_code"}) | {"old_code"}
        q.words["old_code"] = m.group(0)
        q.indicators = [i for i in q.indicators if not i.endswith("-before-model")]  # before: a time, no price before a model


OLD_CODE_SAID = lazyre.compile(r"\bcode\b[^?？]{0,40}?\b(?:before|previously|formerly|earlier|prior)\b|"
                               r"\b(?:once|previously|formerly|used to)\s+(?:used?|had|have|carried|carry|bore|bear)\s+(?:the\s+)?(?:division\s+)?code\b", re.I)


TOPIC_NOUNS = {"主题", "话题", "议题", "方面", "topics", "topic", "themes", "theme", "areas", "issues"}


HOSTING = {"hostedBy", "organizedBy"}


def _places_only_asked(q: Question) -> bool:
    return bool(q.kinds) and all(c in PLACE_CLASSES | {"Place"} for _, c in q.kinds)


def _another_ordinal(kg, q: Question) -> None:
    """Guangxi's 14th Five-Year e-commerce plan: an ordinal right before a name whose own names hold another one
    (13th Five-Year) is another thing than the one named: not understood, never read as the name."""
    for n in q.names:
        m = ORDINAL_BEFORE.search(q.text[:n.start])
        if m and int(m.group(1)) not in _ordinals_of(kg, n.iri, int(m.group(1))):
            q.unknown.append(m.group(0).strip())


def _old_name_asked(kg, q: Question) -> None:
    """产地还写的是横县吗, is it still called Hengxian: how a place is written, said by its old name: the graph
    writes the new one, and no yes is given for the old (the old name is said not to be the name held)."""
    if not NAMING_ASKED.search(q.text) or "yesno" not in q.cues or "rename" in q.cues:
        return
    q.unknown += [n.text for n in q.names if _said_by_old_name(kg, n)]


def _said_by_old_name(kg, n: Name) -> bool:
    """The name is written as the place's old name (横县, Hengxian)."""
    from ..store.terms import iri as node
    from ..text import normalize
    from .intents import query

    olds = [str(r["old"].value) for r in kg.store.select(query("renamed"), {"e": node(n.iri)}) if r.get("old")]
    return n.text in olds or normalize(n.text) in {kg.names.pinyin(o) for o in olds}


NAMING_ASKED = lazyre.compile(r"写的是|写成|写作|记为|记成|记的是|记作|叫做?|称为|名字是|\b(?:called|named|written|recorded as|listed as|spelt|spelled)\b", re.I)


def _ordinals_of(kg, iri: str, said: int) -> set[int]:
    """The ordinals of a thing's English name (13th Five-Year: 13); the one said when the name has none."""
    return {int(x) for x in ORDINAL_IN_NAME.findall(kg.label(iri, "en") or "")} or {said}


ORDINAL_BEFORE = lazyre.compile(r"\b(\d{1,2})(?:st|nd|rd|th)[\s-]*$", re.I)
ORDINAL_IN_NAME = lazyre.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.I)


# the estimate of jobs, what's the estimate: the figure the source estimated (据估算), never a figure worked back
ESTIMATE_NOUN = lazyre.compile(r"\b(?:the|an|that|its|their|official)\s+(?:\w+\s+)?estimates?\b|\bestimates?\s+(?:of|for)\b|\bestimated\b", re.I)


def _estimate_as_figure(q: Question) -> None:
    """E-commerce employment in Guangxi: what's the estimate? The stated figure (an estimate), not one derived."""
    if q.words.get("derive", "").lower() in ("estimate", "estimated") and q.indicators and ESTIMATE_NOUN.search(q.text):
        q.cues.discard("derive")
        q.cues.add("noise")


# which Guangxi prefecture is X in: where X lies, the level asked said with Guangxi (never a list of prefectures)
GUANGXI_KIND_WHERE = lazyre.compile(r"\b(?:which|what)\s+guangxi(?:'s)?\s+(?P<level>prefecture(?:-level city)?|city|county|district|"
                                    r"town(?:ship)?)\s+(?:is|was|does|do)\b[^?]*\b(?:in|under|belong to|belongs to|part of)\s*\??\s*$", re.I)


def _guangxi_kind_where(q: Question) -> None:
    """Which Guangxi prefecture is Jiangzhou District in: where the other place lies, at the level said."""
    m = GUANGXI_KIND_WHERE.search(q.text)
    if m and len(q.names) == 2:
        q.cues.discard("list")
        q.cues.add("where")
        q.words["where"] = "which " + m.group("level")


# the cues that already say what a question asks
ASKING_CUES = frozenset({"yesno", "list", "count", "most", "least", "compare", "where", "when", "who", "source", "share",
                         "growth", "code", "rename", "about"})


def _compare_or_yes_no(q: Question, text: str) -> None:
    """Which of two is more (哪个下面的…多), still a county (还是县吗: no comparison), yes or no (not A or B)."""
    if WHICH_MORE.search(text) or re.search(r"\bout(?:sell|sold|sells|earn|earned|grew|grow|paced)\b", text, re.I):
        q.cues.add("compare")  # outsold: a comparison of sales
    _exceeds_another(q)
    _name_has_asked(q)
    _name_rules_asked(q)
    _kind_counts_compared(q)
    _home_asked(q)
    _first_in_time_asked(q)
    _autonomous_included(q)
    _article_time_asked(q)
    _which_has_more_of(q, text)
    either = _renamed_or_not(q)  # kept or changed: neither yes nor no
    if STILL.search(text) or either:
        q.cues.discard("compare")
    if either:
        q.cues.discard("yesno")
    text = REQUEST.sub("", text)  # 能不能告诉我…: a request, not a yes or no
    if _asks_yes_or_no(text) and not _alternatives(q) and not either:
        q.cues.add("yesno")


def _renamed_or_not(q: Question) -> bool:
    """横县这个名字还在用吗，还是已经撤县设市了: one place's old name kept or changed, a renaming asked, no two things
    compared."""
    return "rename" in q.cues and len({n.iri for n in q.names}) == 1 and q.words.get("compare") == "还是"


NAME_HAS = lazyre.compile(r"(?:名字|名称|县名|地名|名)(?:里|中|当中|里面)?(?:都)?(?:带有|含有|包含|带|有|含)(?:个|一个)?\s*(?:[“\"「『‘'](?P<q>[\u4e00-\u9fff]{1,6}?)[”\"」』’']|(?P<zh>[\u4e00-\u9fff]{1,3}?))(?:这?[一两二三]个字|[二三]字|字)?(?=[的吗？?，,。\s]|$)|"
                      r"\b(?:have|has|with|contain|contains|containing)\s+(?:the\s+)?(?:character\s+)?[“\"']?(?P<en>[\u4e00-\u9fff]{1,3})[”\"']?\s+in\s+(?:the|their|its)\s+(?:chinese\s+)?names?|"
                      r"\bnames?\s+(?:that\s+)?(?:contain|contains|containing|with|include|includes|including|hold|holds|holding|carry|carries|carrying)\s+(?:the\s+)?(?:character\s+)?[“\"']?(?P<en2>[\u4e00-\u9fff]{1,3})[”\"']?|"
                      r"\bcharacter\s+[“\"']?(?P<en3>[\u4e00-\u9fff]{1,3})[”\"']?\s+(?:appears?|occurs?|shows? up|is found|turns? up)\b|"
                      r"(?:名字|名称)(?:为|是|叫|叫做)\s*[“\"「『‘'](?P<zh2>[\u4e00-\u9fff]{1,3})[”\"」』’']|"  # 只算名称为“县”的: quoted
                      r"(?:带|带有|含有|含)\s*[“\"「『‘']?(?P<zh3>[\u4e00-\u9fff]{1,6}?)[”\"」』’']?\s*(?:字样|字眼)", re.I)  # 带“自治县”字样的


# the country or home a company is from (SAP是哪个国家的, 聚贸是哪里的企业, which country is SAP from): no relation
# of the graph says it (落户 is where it settled, not where it is from)
HOME_ASKED = lazyre.compile(r"是(?:哪个国家|哪一个国家|哪国|哪一国|什么国家)|是(?:哪里|哪儿|哪)的(?:企业|公司|平台|品牌)|总部(?:在|设在)|"
                            r"\b(?:which|what) country\b|\bnationality\b|\bheadquarter(?:s|ed)?\b|\bbased in which\b", re.I)


# the article's publication as a time (横州市在文章发表时叫什么, 改名是在文章发表之后多久): no source asked
ARTICLE_TIME = lazyre.compile(r"(?:文章|报道|原文|这篇文章|新闻)(?:发表|发布|刊发|刊登|见报|登出)(?:的)?(?:时|时候|之时|当时|之后|以后|后|之前|以前|前|那年|那天|了吗|多久)|"
                              r"\b(?:when|after|before|by the time) the (?:[\w-]+\s+){0,3}?(?:article|report|story) (?:was|came out|appeared|ran)", re.I)


def _article_time_asked(q: Question) -> None:
    """The article's publication as a point in time: a cue no answer uses (the tool does not reason over it), and no
    question of the source."""
    m = ARTICLE_TIME.search(q.text) if "days" not in q.cues else None  # 文章发布后多少天: the days between, counted
    if m:
        q.cues.discard("source")
        _cue(q, "article_time", m.group(0))


AUTONOMOUS_INCLUDED = lazyre.compile(r"(?:含|包括|包含|连同|加上)自治县|县和自治县(?:一共|总共|合计|共|加起来)")


def _autonomous_included(q: Question) -> None:
    """县（含自治县）, 县和自治县一共多少个: the autonomous counties are counted among the counties, no kind of their own."""
    if AUTONOMOUS_INCLUDED.search(q.text) and any(w == "县" for w, _ in q.kinds):
        q.kinds = [(w, c) for w, c in q.kinds if w != "自治县"]


# which came first in time (批复和论坛哪个在先, the first village to be named a Taobao village): an order of dates,
# which no answer reasons over yet
FIRST_IN_TIME = lazyre.compile(r"哪个在先|哪个在前|哪个先|哪个更早|哪个时间更早|哪个日期更早|谁更早|谁早|哪个早|谁先|谁在先|先后顺序|首个|首家|第一个被|第一个成为|第一个获|最早被|最早成为|最早获|最先被|最先成为|"
                               r"第一次|首次|头一次|首度|\bfor the first time\b|\bfirst time\b|"
                               r"\bfirst (?:crossed|cross|exceeded|exceed|passed|pass|topped|top|broke|break|surpassed|surpass|reached|reach|hit|went over|go over)\b|"
                               r"\bwhich came first\b|\bwhich (?:was|is|happened|came) (?:earlier|first)\b|"
                               r"\bbefore or after\b|\bafter or before\b|之前还是之后|之后还是之前|以前还是以后|以后还是以前|前还是后|"
                               r"\bthe first (?:one |place |village |county |city )?to (?:be|become|get|win|receive|earn|join)\b|"
                               r"\b(?:settled|arrived|came|moved|landed|set up|joined|opened|started|launched)\b[^?,.]{0,40}?\bfirst\b"
                               r"(?! (?:half|quarter|seven|six|five|four|three|two|months?|year|in|by|for|among|on)\b)|"
                               r"\bfirst to (?:settle|arrive|come|move|set up|open|start|launch)\b|最(?:先|早)(?:落户|入驻|来|进|入桂|来桂)|"
                               r"第一(?:个|家|座|批)(?![\u4e00-\u9fff]{0,6}(?:是哪|是什么|叫什么))|"
                               r"\b(?:the|its|their|guangxi['’]s|china['’]s|the region['’]s) (?:very )?first (?=(?:[\w-]+ ){0,2}(?:villages?|count(?:y|ies)|"
                               r"cit(?:y|ies)|towns?|platforms?|compan(?:y|ies)|firms?|events?|forums?|polic(?:y|ies)|products?)\b)", re.I)


def _first_in_time_asked(q: Question) -> None:
    """批复和论坛哪个在先: a cue no answer uses, so never a list of the two kinds."""
    m = FIRST_IN_TIME.search(q.text)
    if m:
        _cue(q, "first_in_time", m.group(0))
        q.indicators = [i for i in q.indicators if q.words.get(i.rsplit("/", 1)[-1], "\x00").lower() not in m.group(0).lower()]  # 之前还是之后: no price
    m = CONTENTS_FROM.search(q.text)
    if m:  # 哪些内容出自《…说明》: what a source gave the graph, which no answer lists yet (never the sources of a name in it)
        _cue(q, "contents_from", m.group(0))


CONTENTS_FROM = lazyre.compile(r"(?:哪些|什么)(?:内容|信息|数据|事实|东西)[^？?，,]{0,6}(?:出自|来自|取自|源自|引自)|"
                               r"\bwhat (?:does|did) the graph (?:take|draw|get|use) from\b|"
                               r"\bwhat (?:content|facts|information|data) (?:comes?|came|is|are|was|were) (?:taken )?from\b", re.I)


def _home_asked(q: Question) -> None:
    """The country or home a company is from: a cue no answer uses (none says it), so never where it settled."""
    m = HOME_ASKED.search(q.text)
    if m:
        _cue(q, "home", m.group(0))


def _name_has_asked(q: Question) -> None:
    """名字里带“山”的县有哪些, counties with 林 in the name: the characters their names hold, a condition."""
    m = NAME_HAS.search(q.text) if q.kinds else None
    if m:
        q.name_has = next(g for g in m.groups() if g)
        outside = [k for k in q.kinds if _said_outside(q.text, k[0], m)]  # 名字里带“瑶族自治县”的县: 县 is counted
        q.kinds = outside or q.kinds
        _cue(q, "name_has", m.group(0))
        _no_person_named(q, m.group(0))
        _taken_by_name_has(q, m.group(0))


def _taken_by_name_has(q: Question, said: str) -> None:
    """The words of 名字里带“山” are no unknown word nor relation (names that include 山)."""
    q.unknown = [w for w in q.unknown if not (w in said or q.name_has in w)]
    q.relations = [r for r in q.relations if not _said_in_name_has(q.words.get(r, ""), said)]


GENERIC_LISTED = lazyre.compile(r"记录|信息|数据|内容|事实|东西|资料|情况|关系|联系|说法|事情|事项|方面|特点|作用|来源|依据")
LIST_TAIL = lazyre.compile(r"(?:都有|还有|有)哪些(?P<w>[\u4e00-\u9fff]{2,4}?)(?:呢)?[？?。]?$")


def _unknown_kind_listed(q: Question) -> None:
    """讲师团里都有哪些讲师: the things listed are named by a word no kind, relation, figure or name explains: unknown."""
    m = LIST_TAIL.search(q.text)
    if not m or any(n.start <= m.start("w") < n.end for n in q.names):
        return
    if _no_word_explains(q, m.group("w")):
        q.unknown.append(m.group("w"))


def _no_word_explains(q: Question, w: str) -> bool:
    """No word taken, unknown word or generic word (记录, 信息) is w."""
    return w not in " ".join(q.words.values()) and w not in q.unknown and not GENERIC_LISTED.match(w)


def _class_said_as_type(q: Question) -> None:
    """“称号”类条目, typed as facilities (设施), entities of the type 地区 (region): a class named by its own label as a
    type is the kind listed or counted, the label's gloss in brackets with it."""
    for m in _type_said().finditer(q.text):
        label = next(g for g in m.groups() if g)
        local = _class_of_label(label)
        if local:
            _take_type(q, local, label)
            span = _with_gloss(q.text, m).lower()
            q.unknown = [w for w in q.unknown if w.lower() not in span]


def _with_gloss(text: str, m) -> str:
    """The words matched and a gloss in brackets right after them (设施 (facility))."""
    gloss = TYPE_GLOSS.match(text, m.end())
    return m.group(0) + (gloss.group(0) if gloss else "")


def _take_type(q: Question, local: str, label: str) -> None:
    if local not in q.classes:
        _take_class(q, local, label)
        q.words.setdefault(local, label)


TYPE_GLOSS = lazyre.compile(r"\s*[（(][^）)]{1,30}[）)]")


def _class_of_label(label: str) -> str | None:
    """The entity class whose zh or en label (or its English plural) is the word."""
    from ..vocab import vocabulary

    low = label.lower()
    for local, t in vocabulary().entity_classes.items():
        for lab in t.label.values():
            lab = lab.lower()
            if low in (lab, lab + "s", lab[:-1] + "ies" if lab.endswith("y") else lab + "es"):
                return local
    return None


@functools.lru_cache(maxsize=1)
def _type_said():
    """The pattern of a class label said as a type (its own label, quoted or after type/类型, or before 类)."""
    from ..vocab import vocabulary

    zh, en = (sorted({t.label[lang] for t in vocabulary().entity_classes.values() if t.label.get(lang)}, key=len, reverse=True)
              for lang in ("zh", "en"))
    z = "|".join(map(re.escape, zh))
    e = "|".join(rf"{re.escape(w)}(?:s|es)?" if not w.endswith("y") else rf"{re.escape(w[:-1])}(?:y|ies)" for w in en)
    return re.compile(rf"[“\"「『‘']({z})[”\"」』’']\s*(?:这一?类|一类|类型|类)|(?:类型|类别)(?:为|是)\s*[“\"「『]?({z})|({z})类(?:条目|实体|节点|事物|对象)|"
                      rf"\btyped as\s+(?:an?\s+)?[“\"']?({e}|{z})\b|\b(?:of\s+)?(?:the\s+)?(?:type|class)\s+[“\"']?({e}|{z})(?![\w-])", re.I)


def _kinds_alone(q: Question) -> bool:
    """Two kinds or more and nothing else: no name, figure or relation."""
    return len({c for _, c in q.kinds}) >= 2 and not (q.names or q.indicators or q.relations)


KIND_WHICH = lazyre.compile(r"哪类|哪一类|哪种|哪一种|哪个|\bwhich (?:kind|type|class|one|group)\b", re.I)
MORE_OR = lazyre.compile(r"(?:多|少)还是[^？?，,]{1,12}(?:多|少)|\b(?:more|fewer)\b[^?]{1,40}\bor (?:more|fewer)\b", re.I)  # 活动多还是政策多


def _kind_counts_compared(q: Question) -> None:
    """图谱里活动和政策，哪类更多: two kinds compared, no name or figure: their counts are compared."""
    if q.cues & {"compare", "less"} and _kinds_alone(q) and (KIND_WHICH.search(q.text) or MORE_OR.search(q.text)):
        q.cues |= {"count", "compare"}
        q.cues.discard("list")
        q.words.setdefault("count", q.words.get("compare", q.words.get("less", "")))
        q.words.setdefault("compare", q.words["count"])


# how the pinyin or the code of the things asked begins or ends (拼音以“Long”开头, codes ending in 81): each
# pattern with the property it tests and how (its value in group v)
Q_OPEN, Q_CLOSE = "[“\"「'‘]?", "[”\"」'’]?"
ZH_CODE = r"(?:区划代码|代码|编码|编号)(?:都|是|为)?"
NAME_RULES = [
    (lazyre.compile(rf"拼音(?:都|是|为)?(?:以|用)\s*{Q_OPEN}(?P<v>[A-Za-z']{{1,12}}){Q_CLOSE}\s*(?:开头|打头|起头)"), "pinyin", "starts"),
    (lazyre.compile(r"\b(?:pinyin|romani[sz]ed names?|romani[sz]ations?)\s+(?:that\s+)?(?:starts?|starting|begins?|beginning|opens?|opening)\s+"
                    rf"with\s+{Q_OPEN}(?P<v>[A-Za-z']{{1,12}})\b{Q_CLOSE}", re.I), "pinyin", "starts"),
    (lazyre.compile(rf"{ZH_CODE}(?:以|用)\s*{Q_OPEN}(?P<v>\d{{1,6}}){Q_CLOSE}\s*(?:开头|打头)"), "gbCode", "starts"),
    (lazyre.compile(rf"{ZH_CODE}(?:以|用)\s*{Q_OPEN}(?P<v>\d{{1,6}}){Q_CLOSE}\s*(?:结尾|收尾|结束)"), "gbCode", "ends"),
    (lazyre.compile(r"(?:区划代码|代码|编码)(?:的)?(?:末尾|末两位|最后两位|后两位|最后两个数字?|尾数|结尾)(?:是|为)\s*(?P<v>\d{1,6})"), "gbCode", "ends"),
    (lazyre.compile(r"\bcodes?\s+(?:that\s+)?(?:starts?|starting|begins?|beginning)\s+(?:in|with)\s+(?P<v>\d{1,6})\b", re.I), "gbCode", "starts"),
    (lazyre.compile(r"\bcodes?\s+(?:that\s+)?(?:ends?|ending)\s+(?:in|with)\s+(?P<v>\d{1,6})\b", re.I), "gbCode", "ends"),
]
RULE_WORDS = lazyre.compile(r"code|代码|编码|编号|拼音|pinyin|romani", re.I)


def _name_rules_asked(q: Question) -> None:
    """Counties whose pinyin starts with Long, codes ending in 81: conditions on the pinyin or code of those asked."""
    for rx, prop, how in NAME_RULES if q.kinds else ():
        for m in rx.finditer(q.text):
            q.name_rules.append((prop, how, m.group("v")))
            _name_rule_said(q, m.group(0), ("code", "full_code") if prop == "gbCode" else ("pinyin",))


def _name_rule_said(q: Question, said: str, cues: tuple) -> None:
    """The words of a name rule ask nothing else: no code or pinyin of their own, no relation, none unknown."""
    _cue(q, "name_has", said)
    q.unknown = [w for w in q.unknown if w.lower() not in said.lower()]
    q.cues -= {c for c in cues if c in q.cues and RULE_WORDS.search(q.words.get(c, ""))}
    q.relations = [r for r in q.relations if not _said_in_name_has(q.words.get(r, ""), said)]


def _said_in_name_has(word: str, span: str) -> bool:
    """A relation's word that is part of the name condition (names that include 山; in how many names does 川 appear)."""
    return word.lower() in span.lower() or word.lower() in ("name", "names", "名字", "名称")


def _said_outside(text: str, w: str, m) -> bool:
    """The word stands somewhere in the text outside the span of match m."""
    return any(not (m.start() <= x.start() < m.end()) for x in re.finditer(re.escape(w), text)) if w else False


BODY_AFTER = lazyre.compile(r"\s*(?:bod(?:y|ies)|agenc(?:y|ies)|departments?|organs?|institutions?|authorit(?:y|ies)|部门|机构|机关)\b", re.I)
ANY_BEFORE = lazyre.compile(r"(?:\b(?:a|an|any|some|one|other)\s+|任何|某个|某|哪些|其他)$", re.I)


def _bodies_described(text: str, names: list) -> list:
    """a Guangxi government body, 广西政府部门: the name describes a kind of body, it does not name one (never the
    government alone)."""
    return [n for n in names if BODY_AFTER.match(text, n.end) and ANY_BEFORE.search(text[:n.start])]


def _no_person_named(q: Question, said: str) -> None:
    """川 in their names: a condition on the names of places, no people's names asked."""
    if q.words.get("unstated", "\x00").lower() in said.lower():
        q.cues.discard("unstated")


def _exceeds_another(q: Question) -> None:
    """柳州螺蛳粉销售额是否超过了百色芒果, 物流配送网点多于服务站点吗: a bound word before a name or a figure's
    words, not a number, compares the two (the way and the words used)."""
    starts = {n.start for n in q.names} | {a for k, a in q.at.items() if "/indicator/" in k}
    m = next((m for m in EXCEEDS.finditer(q.text) if _next_word_at(q.text, m.end()) in starts), None)
    if m:
        q.cues.update({"compare", "less"} if m.group(0).lower() in lx.BELOW else {"compare"})
        q.words.setdefault("compare", m.group(0))
        q.at.setdefault("compare", m.start())


def _word_read_elsewhere(q: Question, w: str) -> bool:
    """A word left over that is read after all: the characters a name is asked to hold (名字里带龙), or the bound
    word that compares two figures."""
    return w in q.words.get("name_has", "").lower() or w == _bound_compared(q)


def _bound_compared(q: Question) -> str:
    """The bound word that compares two figures (是否高于…网络零售额): a word read, not unknown."""
    return q.words.get("compare", "\0").lower() if "compare" in q.cues else "\0"


def _next_word_at(text: str, at: int) -> int:
    """Where the next word begins: after 了 (超过了百色芒果) and a time the figure is of (高于2018年前7个月网络零售额)."""
    at = at + 1 if text[at:at + 1] == "了" else at
    m = TIME_LEAD.match(text, at)
    return m.end() if m else at


# a time before a figure's words (2018年前7个月的, 2017年全年, the 2017): what the figure is follows it
TIME_LEAD = lazyre.compile(r"(?:(?:19|20)\d\d年?(?:前[一二三四五六七八九十\d]{1,2}个?月|[一二三四五六七八九十\d]{1,2}[-—~至到][一二三四五六七八九十\d]{1,2}月|"
                           r"上半年|下半年|全年)?的?|(?:the\s+)?(?:19|20)\d\d\s+)", re.I)


EXCEEDS = lazyre.compile("|".join(sorted((re.escape(w) for w in lx.ABOVE + lx.BELOW if len(w) > 1), key=len, reverse=True)),
                         re.I)
MORE_OF = lazyre.compile(r"哪(?:个|一个)(县|区|村|镇|市辖区|县级市|自治县|县级单位|县级行政区|产品)(?:更)?(?:多|少)")  # 哪个市辖区多: counted


def _which_has_more_of(q: Question, text: str) -> None:
    """来宾和崇左哪个县多: which of the places named has more counties (the kind counted), not which county."""
    m = MORE_OF.search(text) if len(q.names) >= 2 else None
    if m and m[1] in LEVEL_OF_WORD:  # a kind word of its own (哪个市辖区多: the class word already read)
        q.cues.discard("where")
        q.kinds.append((m[1], LEVEL_OF_WORD[m[1]]))
        q.classes.append(q.kinds[-1][1])


def _asks_yes_or_no(text: str) -> bool:
    """An English yes/no question, X不X, 是…吧, a statement asked back, or a question ending in 吗 (是北京发的吗: 吗
    inside a relation's word still asks yes or no)."""
    return bool(_yes_no_en(text) or A_NOT_A.search(text) or CONFIRMING.search(text) or _statement_asked(text)
                or re.search(r"吗\s*[？?]?\s*$", text) or SAME_ASKED.search(text))


# a bare question whether places share one (luchuan, bobai, xingye - same prefecture?)
SAME_ASKED = lazyre.compile(r"(?:^|[-–—:,;]\s*|\s)(?:all\s+)?(?:in\s+)?(?:the\s+)?same\s+(?:prefecture(?:-level city)?|city|county)\s*\?", re.I)


def _statement_asked(text: str) -> bool:
    """A statement of what has happened asked back (业务已经做到四川去了？): yes or no, when no word asks anything."""
    return bool(re.search(r"了\s*[？?]\s*$", text)) and not re.search(r"多少|几|哪|什么|啥|谁|怎么|如何|怎样|吗|呢|是否|有没有|是不是", text)


REQUEST = lazyre.compile(r"(?:能不能|可不可以|可以不可以|能否)(?=\s*(?:告诉|说|帮|给|列|查|讲|介绍|麻烦|请))")


# a statement put for confirmation (永福县是县吧？): yes or no
CONFIRMING = lazyre.compile(r"是[^，,。；;？?吧]{1,24}吧\s*[？?]?\s*$")


# 哪个下面的县级行政区多一些: which one has more, the words between
WHICH_MORE = lazyre.compile(r"(?:哪个|哪一个|谁)[^，,。；;？?最]{0,14}?(?:更)?(?:多|少|大|小|高|低)(?:一些|一点|些)?\s*(?:[？?，,]|$)")


def _kind_of_the_one_described(kg, q: Question) -> None:
    """汉塘村是个什么样的村子: the kind word is what the one thing described is, no list of things of that kind."""
    if "about" in q.cues and len(q.names) == 1 and q.kinds and all(kg.is_a(q.names[0].iri, GXO_NS + c) for _, c in q.kinds):
        q.kinds, q.classes = [], []
        q.cues.discard("list")


# a figure said right before a name, its clause ending in 的 (原本2元一斤的金桔, 开了30多家线下店的…中心)
DESCRIBED_BY_NUMBER = lazyre.compile(r"(?P<span>[^，,。；;？?：:\s]*?\d[^，,。；;？?：:]*?的)\s*$")


def _figure_describes_name(kg, q: Question) -> None:
    """原本2元一斤的金桔产自哪个县, the kumquats that jumped from 2 to 40 yuan a jin — where are they from: a figure the
    graph states of the thing named, said right before its name or in a clause right after it, tells which thing is
    meant when something else is asked of it (where it is from): its indicator words, years and cue words ask nothing."""
    if not _other_than_figures_asked(q):
        return
    for n in q.names:
        span = _span_describing(q.text, n)
        inds = _indicators_within(q, *span) if span else []
        if inds and _states_number(kg, n.iri, q.text[span[0]:span[1]]):
            _indicators_dropped(q, inds, q.text[span[0]:span[1]])


# a figure said right after a name in a relative clause (the kumquats that jumped from 2 to 40 yuan a jin —)
DESCRIBED_AFTER = lazyre.compile(r"\s+(?:that|which|whose)\s+(?P<span>[^—–:;?？，,]*?\d[^—–:;?？，,]*?)(?=\s*(?:[—–:;?？，,]|$))", re.I)


def _span_describing(text: str, n) -> tuple[int, int] | None:
    """Where a figure is said of the name: a clause ending in 的 right before it, or a relative clause right after."""
    m = DESCRIBED_BY_NUMBER.search(text[:n.start])
    if m:
        return m.start("span"), m.end("span")
    m = DESCRIBED_AFTER.match(text, n.end)
    return (m.start("span"), m.end("span")) if m else None


def _other_than_figures_asked(q: Question) -> bool:
    """Figures are named and something else is asked too (a relation, where, when, who)."""
    return bool(q.indicators) and bool(q.relations or q.cues & {"where", "when", "who"})


def _indicators_within(q: Question, start: int, end: int) -> list[str]:
    """The indicators named between start and end."""
    return [i for i in q.indicators if start <= q.at.get(i, -1) < end]


def _indicators_dropped(q: Question, inds: list[str], said: str) -> None:
    """The indicators no longer asked, with their words and the unknown words of what said them."""
    keys = {i.rsplit("/", 1)[-1] for i in inds}
    q.indicators = [i for i in q.indicators if i not in inds]
    q.words = {k: w for k, w in q.words.items() if k not in keys}
    q.unknown = [w for w in q.unknown if w not in said]
    q.years = [y for y in q.years if y not in said]  # 2017年卖了38亿的芒果: the year says which figure, no year asked
    q.cues -= {c for c in ("growth", "compare", "less") if c in q.words and q.words[c] in said}  # that jumped from 2 to 40


def _states_number(kg, e: str, text: str) -> bool:
    """A number the text writes is one the graph states of e (2元一斤: 2元/斤), as written."""
    from ..store.terms import iri as node
    from .intents import NUMBER_WRITTEN, _stated_with, query

    given = [(m.group(1).replace(",", ""), (m.group(2) or "")[:1], bool(m.group(3))) for m in NUMBER_WRITTEN.finditer(text)]
    return any(_stated_with(r["stated"].value, g) for r in kg.store.select(query("stated_of"), {"e": node(e)}) for g in given)


def _park_named(q: Question) -> None:
    """柳州螺蛳粉产业园在哪里: a park or zone of a thing is another thing (no 产业 asked of the product), which the
    graph does not record unless a name holds it."""
    m = PARK.search(q.text)
    if m and not any(n.start <= m.start() < n.end for n in q.names) and m.group(0) not in q.unknown:
        q.unknown.append(m.group(0))


PARK = lazyre.compile(r"产业园区?|工业园区?|物流园区?|科技园|创业园|孵化园|\bindustrial park\b|\bindustry park\b|\blogistics park\b", re.I)


def _places_in_a_row(kg, text: str, names: list[Name]) -> list[Name]:
    """灵山县武利镇的汉塘村: places written in a row, each lying in the one before, are one place (the last) told by
    where it lies; the places before it are no names of the question."""
    from ..store.terms import iri as node
    from .intents import query

    def inside(a: Name, b: Name) -> bool:
        return a.iri != b.iri and kg.is_a(a.iri, PLACE) and kg.is_a(b.iri, PLACE) and \
            bool(kg.store.select(query("lies_within"), {"a": node(a.iri), "b": node(b.iri)}))

    pairs = list(zip(names, names[1:]))
    outer = {a.iri for a, b in pairs if _place_then_thing(text[a.end:b.start]) and (inside(b, a) or _named_after(kg, b, a))}  # 灵山县武利镇
    outer |= {b.iri for a, b in pairs if text[a.end:b.start].strip() == "," and text[b.start:b.start + 1].isascii()
              and not IN_A_LIST.search(text[:a.start]) and inside(a, b)}  # Wuli Town, Lingshan (苍梧县，梧州还有…: a new clause)
    return [n for n in names if n.iri not in outer]


# what joins a place to a thing in it said right after (灵山县的汉塘村, 梧州那个六堡茶)
PLACE_THEN_THING = ("", "的", "那个", "的那个", "这个", "的这个", "那款", "的那款", "那种", "的那种")


def _place_then_thing(between: str) -> bool:
    """What joins a place to a thing in it (梧州那个六堡茶, Qinzhou's imported-goods centre: a few words of the
    thing's own)."""
    return between in PLACE_THEN_THING or re.fullmatch(r"['’]s (?:[a-z][\w-]* ){0,3}", between, re.I) is not None


def _named_after(kg, b: Name, a: Name) -> bool:
    """梧州的六堡茶: a thing whose own name begins with the place said before it (梧州六堡茶): the place says which."""
    return kg.is_a(a.iri, PLACE) and len(a.text) >= 2 and a.iri != b.iri and _label_begins_with(kg, b.iri, a.text)


def _label_begins_with(kg, iri: str, text: str) -> bool:
    """The thing's Chinese label begins with the text (梧州六堡茶: 梧州), or its English one with it as a word."""
    return (kg.label(iri, "zh") or "").startswith(text) or (kg.label(iri, "en") or "").lower().startswith(text.lower() + " ")


IN_A_LIST = lazyre.compile(r"(?:,|\band|\bor|\bbesides|\bexcept|\bexcluding|\bthan|\bfrom|\bapart from|\bother than)\s*$", re.I)


def _not_inside_a_province(text: str, names: list) -> list:
    """广东兴宁市: no name begins inside the name of one of China's provinces the question writes (东兴 of 广东兴宁):
    the province's name is read first, as a reader does."""
    spans = [(m.start(), m.end()) for m in lx.PROVINCES_ZH.finditer(text)]
    return [n for n in names if not any(s < n.start < e for s, e in spans)]


def _ranked_among_a_group(q: Question) -> list[str]:
    """三大特产中哪个最低: a ranking within a group a source names by its number (三大特产, the three big
    specialties), which the graph does not hold as a group: not understood, never a ranking of every one."""
    if not q.cues & {"most", "least", "compare"}:
        return []
    kinds = "|".join(re.escape(w) for w, _ in q.kinds)
    m = re.search(rf"(?:[一二三四五六七八九十两几]|\d+)大(?:{kinds})|\b(?:two|three|four|five|six|\d+)\s+(?:big|biggest|"
                  rf"major|main|great|key|leading|top)\s+(?:{kinds})", q.raw, re.I) if kinds else None
    return [m.group(0)] if m else []


def _people_counted(q: Question) -> None:
    """凤山模式带动了多少人脱贫, how many poor people: people asked (the unit 人), so a figure in households (户) is
    no answer to it, never given as one."""
    m = PEOPLE_COUNTED.search(q.text)
    if m and "Person" not in q.units and (q.indicators or "count" in q.cues):
        _take_unit(q, "Person", m.group(0))


PEOPLE_COUNTED = lazyre.compile(r"(?:多少|几)(?:个|名|位)?人(?![次均口]|网店|网商|店铺|卖家|商户)|\bhow\s+many\s+(?:\w+\s+){0,2}?"
                                r"(?:people|persons|residents|villagers|individuals)\b", re.I)


# 河池的几个自治县里，哪个…: "the several … among which" names where the question looks, it counts nothing
SEVERAL_AMONG = lazyre.compile(r"几(?:个|家|所|座|种)[^，,。？?；;]{1,10}(?:里|中|当中|之中|里面|里头)(?:[，,\s]|$)")


# which guangxi number in the article is 4220: which figure a number is, with words between
NUMBER_MEANT_EN = lazyre.compile(r"\b(?:which|what)\b(?:\s+[\w'-]+){0,4}?\s+(?:number|figure|statistic|stat|indicator)s?\b[^?]{0,40}?"
                                 r"\b(?:is|was|equals?|says|reads)\s+(?:about\s+|around\s+|roughly\s+)?\d|(?<![\w.])\d(?:[\d.,]*\d)?[\"”']?\s+what\b", re.I)  # never a number ending a clause (42.5bn in 2017, what was …)


# 有个数字1826，说的是广西农村电商的什么: a number given, then what it says of something
NUMBER_MEANT_ZH = lazyre.compile(r"\d[^，,。？?]*[，,]?\s*(?:说的是|指的是|讲的是|是指|指)[^，,。？?]{0,14}?(?:什么|啥|哪个|哪项)")


def _number_meant_en(q: Question) -> None:
    """Which figure a number given is; a question with no number (“综试区”指的是什么) asks what a thing is."""
    said = NUMBER_MEANT_EN if q.lang == "en" else NUMBER_MEANT_ZH
    if said.search(q.text):
        q.cues.add("number_meant")
    if not NUMBER_GIVEN.search(q.raw):
        q.cues.discard("number_meant")


NUMBER_GIVEN = lazyre.compile(r"\d|[一二三四五六七八九十百千万亿两]{1,}(?:个|家|人|元|亿|万)")


SEVERAL_WORDS = ("几个", "几家", "几所", "几座", "几种")


OUTSIDE = lazyre.compile(r"\boutside\b|(?<![除])(?:以外|之外)", re.I)


SAME_MANY = lazyre.compile(r"一样多|同样多|相等|一样|\bas many\b|\bequal\b|\bsame number\b", re.I)


def _two_kinds_per_group(q: Question) -> None:
    """哪些地级市的市辖区和县一样多, prefectures with more counties than districts, of the prefectures with a Yao
    autonomous county the one with most county-level units: two kinds of member set against each other, or one
    kind picking the groups and another counted, per group; no reading answers it whole, so it is refused
    (never one kind counted for the other)."""
    words = {w.lower() for w, c in q.kinds if c == "County" and w}
    one_set = _county_words_joined(q) and not SAME_MANY.search(q.text)  # the fewest districts and counties: one set
    if len(words) >= 2 and _per_prefecture_compared(q) and not one_set:
        q.unknown.append(sorted(words)[-1])


def _county_words_joined(q: Question) -> bool:
    """The county-level kind words follow each other joined by and (districts and counties, 县和区): one set."""
    low = q.text.lower()
    ats = sorted((low.find(w.lower()), w) for w, c in q.kinds if c == "County" and w)
    return len(ats) >= 2 and ats[0][0] >= 0 and all(
        AND_GAP.fullmatch(low[a + len(w):b]) for (a, w), (b, _) in zip(ats, ats[1:]))


def _same_many_asked(q: Question) -> None:
    """钦州和北海的县级单位一样多吗, do Qinzhou and Beihai have the same number of counties: two places' members
    compared for a tie, a yes or no."""
    m = SAME_MANY.search(q.text) if len(q.names) == 2 and q.kinds and not q.indicators else None
    if m and "yesno" in q.cues and "compare" not in q.cues:
        q.cues.add("compare")
        q.words["compare"], q.at["compare"] = m.group(0), m.start()


def _gap_judged(q: Question) -> None:
    """差得多吗, is the gap big: how big a gap is, a judgement no figure states, is answered by the two figures and the
    gap worked out, never a yes or no."""
    m = GAP_JUDGED.search(q.text) if len(q.names) >= 2 or len(q.indicators) >= 2 else None
    if m and "yesno" in q.cues:
        q.cues = (q.cues - {"yesno"}) | {"compare"}
        q.words.setdefault("compare", m.group(0))
        q.at.setdefault("compare", m.start())


GAP_JUDGED = lazyre.compile(r"差(?:得|的)?(?:很)?多吗|差距(?:很|挺)?大吗|相差(?:很|挺)?大吗|差别(?:很|挺)?大吗|悬殊吗|"
                            r"\b(?:a|much of a)\s+(?:big|large|huge|wide)?\s*(?:gap|difference)\b|\bfar apart\b", re.I)


def _earliest_figure(q: Question) -> None:
    """最早 / earliest asks the first figure of an indicator's series; of things in time (which came first, 最早成为)
    or with no indicator it is read as before."""
    if "earliest" in q.cues and (not q.indicators or q.cues & {"first_in_time", "time_order"}):
        q.cues.discard("earliest")


def _ranked_first(q: Question) -> None:
    """Ranking the prefectures by …, who comes first: the one at the top of that ranking (most), no person asked."""
    m = RANKED_FIRST.search(q.text) if RANKING.search(q.text) else None
    if m and (not q.cues & {"most", "least"} or q.words.get("most", "\0") in m.group(0)):  # 谁排第一: 排第一 taken as most
        q.cues = (q.cues - {"who"}) | {"most"}
        q.words["most"], q.at["most"] = m.group(0), m.start()
        q.unknown = [w for w in q.unknown if w.lower() not in m.group(0).lower()]
        q.indicators = [i for i in q.indicators if not RANKING.fullmatch(q.words.get(i.rsplit("/", 1)[-1], ""))]  # no rank figure


def _stated_rank_checked(q: Question) -> None:
    """广西的个人网店数量在西部省份里排第一吗: first asked yes or no of a place's stated rank is the rank checked
    (no, third), never the most of a ranking."""
    word = q.words.get("most", "")
    if "yesno" in q.cues and word and "第" in word and RANK in q.indicators:
        q.cues.discard("most")
        q.words.pop("most", None)


RANKING = lazyre.compile(r"\brank(?:ing|ings|ed|s)?\b|排名|排序|排一下", re.I)
RANKED_FIRST = lazyre.compile(r"\b(?:who|which(?: one)?|what)\s+(?:comes?|came|is|ends? up|sits?|lands?)\s+(?:out\s+)?(?:first|on top|at the top)\b|"
                              r"谁排(?:第一|最前|在最前面)|哪个排(?:第一|最前|在最前面)", re.I)


def _place_data_made(q: Question) -> None:
    """经纬度是从哪儿来的, 拼音是拿什么生成的: where the graph's coordinates, codes or pinyin come from, naming no
    place, asks their source (never where some thing lies)."""
    m = DATA_MADE.search(q.text) if not q.names and q.cues & {"geo", "code", "pinyin", "full_code", "old_code"} else None
    if m:
        q.cues = (q.cues - {"where", "how"}) | {"source"}
        q.words["source"], q.at["source"] = m.group(0), m.start()
        q.unknown = [w for w in q.unknown if w not in m.group(0)]


DATA_MADE = lazyre.compile(r"(?:从)?(?:哪里|哪儿|哪|何处)(?:弄|搞|找|拿|得)?来的|怎么(?:弄|搞|得)?来的|(?:拿|用|靠|根据)什么(?:生成|算|做|弄)(?:出来)?的|"
                           r"怎么(?:生成|算出来|做出来|得出)的|\bhow (?:were|was|are|is) (?:they|it|the \w+) (?:made|generated|produced|derived|computed)\b",
                           re.I)


def _administered_by_which(q: Question) -> None:
    """Which city is it administered by?: the place above it (where), not the places under one (within)."""
    word = q.words.get("within", "")
    if "within" in q.cues and word.lower().endswith(" by") and re.search(rf"{re.escape(word)}\s*[?？.]*\s*$", q.text, re.I) and \
            re.search(r"\b(?:which|what)\b", q.text, re.I):
        q.cues = (q.cues - {"within"}) | {"where"}
        q.words["where"], q.at["where"] = word, q.at.get("within", 0)


def _total_said_to_exist(q: Question) -> None:
    """有几个淘宝村，有没有官方总数: whether a total is stated is the count asked again (answered, or said not to be
    stated), never a yes from the things the graph holds."""
    if "count" in q.cues and "yesno" in q.cues and (TOTAL_EXISTS.search(q.text) or _tag_with_no_claim(q.text)):
        q.cues.discard("yesno")


def _tag_with_no_claim(text: str) -> bool:
    """广西有几个淘宝村？对吗: a "right?" after a count asked, no number said, confirms nothing: the count is asked."""
    m = CONFIRM_TAG.search(text)
    return m is not None and not re.search(r"\d|[一二两三四五六七八九十百千万]+[个家人]", text[:m.start()])


CONFIRM_TAG = lazyre.compile(r"[？?。.!！，,]\s*(?:对吗|对不对|是吗|是不是|是真的吗|真的吗|没错吧|right|is that right|correct|true)\s*[？?]?\s*$", re.I)


TOTAL_EXISTS = lazyre.compile(r"(?:有没有|是否有|有无)(?:个|一个)?(?:官方|权威|正式)?(?:的)?(?:总数|统计|数字|数据|总量)|"
                              r"(?:图谱|数据库|库|你们|你)(?:里|中|这里|那里)?(?:有|有没有)(?:这个|这项)?(?:数据|数字|统计|记录)?(?:吗|么|没有)|"
                              r"有(?:官方|具体|确切|准确)?(?:的)?(?:统计|数据|数字|记录|总数)(?:吗|么|没有)|"
                              r"\b(?:is there|are there|do you have|does the graph have) (?:an? )?(?:official |published )?(?:total|count|figure)\b",
                              re.I)


def _ratio_of_a_share(q: Question) -> None:
    """Online retail as a share of the total, what's the ratio: the ratio asked is the share, no comparison."""
    if "share" in q.cues and q.words.get("compare", "").lower() in ("ratio", "the ratio", "比例", "比值"):
        q.cues.discard("compare")


def _bound_not_compared(q: Question) -> None:
    """Which products exceeded 3 billion yuan in sales: a verb of passing right before a number is a bound on the
    things listed (as above, 超过), no comparison of them; beside a second year or name it still compares."""
    word = q.words.get("compare", "")
    if "list" in q.cues and word.lower() in lx.ABOVE and BOUND_AFTER.match(q.text, q.text.lower().find(word.lower()) + len(word)):
        q.cues.discard("compare")


BOUND_AFTER = lazyre.compile(r"\s*(?:RMB|CNY|¥|US\$|\$)?\s*\d", re.I)


def _more_of_two(q: Question) -> None:
    """服务站点比网点多出了多少: of two things or figures, how many more one is than the other (a difference), not a
    rise over time."""
    if q.words.get("growth") == "多出了多少" and (len(q.indicators) >= 2 or len(q.names) >= 2):
        q.cues = (q.cues - {"growth"}) | {"compare"}
        q.words["compare"] = q.words.pop("growth")


def _any_people(q: Question) -> None:
    """autonomous counties of any ethnicity, 不分民族: every autonomous county, no people asked."""
    m = ANY_PEOPLE.search(q.text)
    if m:
        q.cues -= {"ethnic"} | {k for k, w in q.words.items() if w and w in m.group(0)}  # 不分: no negation
        q.unknown = [w for w in q.unknown if w.lower() not in m.group(0).lower()]


ANY_PEOPLE = lazyre.compile(r"\b(?:of\s+)?(?:any|all|every|whatever)\s+(?:ethnicity|ethnicities|ethnic groups?|nationalit(?:y|ies)|"
                            r"minorit(?:y|ies)|peoples?)\b|不分民族|不论哪个民族|各个民族的|各民族的", re.I)


def _goods_sourced(q: Question) -> None:
    """Where are the products stocked at the centre sourced from: where the goods come from, no source of a claim."""
    if _goods_said_sourced(q):
        q.cues.discard("source")
        q.relations = [*q.relations, "productsFrom"]
        q.words["productsFrom"] = q.words.pop("source")
        _drop_class(q, "Product")


def _goods_said_sourced(q: Question) -> bool:
    """Products, goods or SKUs said to be sourced from somewhere."""
    goods = any(c == "Product" for _, c in q.kinds) or GOODS.search(q.text) is not None
    return "source" in q.cues and q.words.get("source", "").lower().startswith("sourced") and goods


GOODS = lazyre.compile(r"\b(?:goods|skus?|items|merchandise|commodities|wares|imports)\b", re.I)


def _drop_class(q: Question, cls: str) -> None:
    """The class and its kind words taken out of the question (the products sourced: the goods, no Product asked)."""
    q.kinds = [(w, c) for w, c in q.kinds if c != cls]
    q.classes = [c for c in q.classes if c != cls]


def _fact_as_reported(q: Question) -> None:
    """Was Google one of the firms the report says came to Guangxi: whether the fact the report states holds, a yes
    or no (the graph holds what its sources state), not which source it is."""
    if {"yesno", "source"} <= q.cues and q.relations and AS_REPORTED.search(q.text):
        q.cues.discard("source")


AS_REPORTED = lazyre.compile(r"\b(?:the|that|this) (?:report|article|source|story|piece|news item)s? (?:says?|said|claims?|states?|mentions?|lists?)\b|"
                             r"(?:文章|报道|原文|新闻)(?:里|中)?(?:说|提到|列出|写)的", re.I)


def _since_renamed(q: Question) -> None:
    """荔浦撤县设市后，归哪个地级市管: a renaming said as the time after which something else is asked asks nothing of
    its own (the place as it is now is the one named)."""
    if "rename" in q.cues and RENAMED_SINCE.search(q.text) and q.cues & {"where", "within", "count", "list", "code"}:
        q.cues.discard("rename")


RENAMED_SINCE = lazyre.compile(r"(?:撤县设市|撤县改市|撤县设区|撤县改区|撤县建市|改名|更名)(?:之|以)?后|\b(?:after|since) (?:it was |being )?(?:renamed|upgraded)\b", re.I)


def _indicator_inside_a_cue(q: Question) -> None:
    """差距多大: an indicator's word (多大: floor area) ending a longer cue word (the size of a gap) is no figure asked."""
    cue_spans = [(q.at[c], q.at[c] + len(q.words[c])) for c in q.cues if isinstance(q.at.get(c), int) and GAP_WORD.match(q.words.get(c, ""))]
    q.indicators = [i for i in q.indicators if not _inside_span(q, i, cue_spans)]


GAP_WORD = lazyre.compile(r"差距|相差|差别")  # 差距多大: the gap's size (比以前 keeps 以前: the price before)


def _inside_span(q: Question, ind: str, spans: list[tuple[int, int]]) -> bool:
    at, word = q.at.get(ind), q.words.get(ind.rsplit("/", 1)[-1], "")
    return isinstance(at, int) and bool(word) and any(s < at and at + len(word) == e for s, e in spans)  # 差距多大: at the cue's end (卖得更多 keeps 卖)


def _whole_with_its_parts(q: Question) -> None:
    """Guilin's county-level units — districts, counties and the one county-level city combined: the parts said
    with the whole they make up are the whole, counted once (never 17 + 6 + 1)."""
    _itself_and_its_parts(q)
    whole = [(w, c) for w, c in q.kinds if w.lower() in COUNTY_LEVEL_WORDS]
    if whole and _parts_said(q):
        q.kinds = whole[:1] + [(w, c) for w, c in q.kinds if c != "County"]


def _itself_and_its_parts(q: Question) -> None:
    """Counting both Baise itself and the counties under it, 百色本身和下辖各县: the place with its parts is the whole
    place, never only what lies right in it."""
    if q.words.get("exact", "").lower() in ("itself", "本身") and ITSELF_AND.search(q.text):
        q.cues.discard("exact")
        q.words["noise"] = q.words.pop("exact")


ITSELF_AND = lazyre.compile(r"\bitself\s*,?\s+(?:and|plus|together with|along with)\b|本身(?:和|以及|及|加上|连同|与)", re.I)


def _parts_said(q: Question) -> bool:
    return "total" in q.cues and len({w for w, c in q.kinds if c == "County"}) > 1


COUNTY_LEVEL_WORDS = {"county-level units", "county-level unit", "county-level divisions", "county-level division",
                      "county-level administrative units", "county-level administrative divisions", "县级单位", "县级行政区",
                      "县级行政单位", "县级区划", "县级行政区划"}


def _policies_of_a_place(q: Question) -> None:
    """How many Guangxi policy documents: policies of a place are those its bodies issued, which the graph does not
    tie to the place (never the policies that name a city within it): not understood, so refused."""
    m = next((PLACE_POLICY.match(q.text, n.end) for n in q.names if "/place/" in n.iri and not q.relations
              and PLACE_POLICY.match(q.text, n.end)), None)
    if m:
        q.unknown.append(m.group(0).strip())


PLACE_POLICY = lazyre.compile(r"(?:['’]s)?\s+(?:regional\s+|local\s+|government\s+)?(?:e-commerce\s+)?polic(?:y|ies)\b|的?(?:电商)?政策(?:文件)?", re.I)


def _per_prefecture_compared(q: Question) -> bool:
    """Prefectures are asked of and compared (most, more than, as many as), no place named but Guangxi."""
    compared = q.cues & {"compare", "most", "least"} or SAME_MANY.search(q.text)
    return bool(compared) and "Prefecture" in {c for _, c in q.kinds} and all(n.iri == GUANGXI for n in q.names)


def _outside_asked(q: Question) -> None:
    """Is Dongxing outside Guangxi: whether a thing lies outside a place, no relation the graph states; never
    answered by where it lies (a yes that should be no). Gongcheng is Guilin's only autonomous county, right: that
    nothing else is so is no relation either (never a yes or no of another question)."""
    found = _outside_or_only(q) if "yesno" in q.cues else None
    if found:
        q.unknown.append(found.group(0))


def _outside_or_only(q: Question):
    return ONLY_ONE.search(q.text) or (None if q.besides else OUTSIDE.search(q.text))


ONLY_ONE = lazyre.compile(r"\bonly\b|\bsole\b|唯一|仅有的|独一", re.I)


def _several_among(q: Question) -> None:
    if q.cues - {"count"} and q.words.get("count") in SEVERAL_WORDS and SEVERAL_AMONG.search(q.text):
        q.cues.discard("count")
        q.words.pop("count", None)


def _whole_list_asked(q: Question) -> None:
    """就是全部…吗, 就这三家吗, are these all the platforms: whether a list is complete, which a source's list
    seldom says (it ends with 等): a part no intent answers yet, so the question is refused, never yes or no."""
    m = WHOLE_LIST.search(q.text)
    if m:
        q.cues.add("complete")
        q.words["complete"], q.at["complete"] = m.group(0), m.start()


WHOLE_LIST = lazyre.compile(
    r"就是全部|是全部的?|是不是全部|全都在这|就这(?:[一二两三四五六七八九十几\d]+)?(?:家|个|项|种|些|几家|几个)(?:吗|么|嘛|\?|？)"
    r"|一共就(?:[一二两三四五六七八九十几\d]+)(?:家|个|项|种)(?:吗|么|嘛)|只有这(?:些|几家|几个)(?:吗|么|嘛)"
    r"|\b(?:are|were|is)\s+(?:these|those|they|.{0,80}?)\s+(?:all|the\s+only)\s+(?:the\s+)?(?:\w+\s+){0,3}?"
    r"(?:platforms|companies|ones|firms|counties|places|products|events|policies)\b|\bis that all\b|\bthe complete list\b", re.I)


def _both_asked(q: Question) -> None:
    """既开展农村电商又入桂发展的企业是哪家: which things of a kind do both, a list with every relation a condition,
    never who does each."""
    if "who" in q.cues and q.kinds and len(q.relations) >= 2 and BOTH.search(q.text):
        q.cues.discard("who")
        q.cues.add("list")
        q.words["list"], q.at["list"] = q.words.pop("who", ""), q.at.pop("who", -1)


BOTH = lazyre.compile(r"既.+?又|又.+?又|同时.*?也|\bboth\b.+?\band\b", re.I)


def _has_a_date(q: Question) -> None:
    """有发布日期的政策有几个, which policies have an issue date: the things counted or listed are those the graph
    gives a date (the condition "dated"), never a question of when, of a source or of an issuer."""
    m = HAS_A_DATE.search(q.text)
    if not m or not q.classes or not q.cues & {"count", "list"}:
        return
    inside = [k for k, a in q.at.items() if isinstance(a, int) and m.start() <= a < m.end()]
    q.cues.difference_update(inside)
    q.relations = [r for r in q.relations if r not in inside]
    _take_back(q, inside)
    q.cues.add("dated")
    q.words["dated"], q.at["dated"] = m.group(0), m.start()


def _take_back(q: Question, keys) -> None:
    """The words and places of these parts, as if never read."""
    for k in keys:
        q.words.pop(k, None)
        q.at.pop(k, None)


def _relation_end_word(q: Question) -> None:
    """有发布机关的政策有几个: a class word right after a relation word (发布机关, the issuing body) and before 的 and
    another class word names the relation's other end, not what is counted or listed (the policies)."""
    if not q.cues & {"count", "list"} or len(q.kinds) < 2:
        return
    ends = {_word_end(q, r) for r in q.relations}
    for w, c in [k for k in q.kinds if q.at.get(k[1]) in ends and _of_a_kind_after(q, *k)]:
        q.kinds.remove((w, c))
        q.classes = [x for x in q.classes if x != c]
        _take_back(q, [c])


def _word_end(q: Question, key: str) -> int | None:
    at = q.at.get(key)
    return at + len(q.words.get(key, "")) if isinstance(at, int) else None


def _of_a_kind_after(q: Question, w: str, c: str) -> bool:
    """The class word is followed by 的 and another class word (机关的政策)."""
    rest = q.text[q.at[c] + len(w):]
    return rest.startswith("的") and any(rest[1:].startswith(w2) for w2, c2 in q.kinds if c2 != c)


def _own_date(kg, q: Question) -> None:
    """批复的发布日期: the date of issue of a thing named right before it that is issued or held (a policy, an
    event), asked as when, never the article's date; 这篇文章的发布时间 stays a question of the source."""
    at = q.at.get("source", -1)
    before = next((n for n in q.names if n.end <= at and DATE_OF.fullmatch(q.text[n.end:at])), None)
    if before is None or not OWN_DATE_WORD.fullmatch(q.words.get("source", "")) or not _dated_kind(kg, before.iri):
        return
    q.cues.discard("source")
    q.cues.add("when")
    q.words["when"], q.at["when"] = q.words.pop("source"), q.at.pop("source")


def _dated_kind(kg, iri: str) -> bool:
    """A thing of a kind the graph dates: a policy (issued), an event (held)."""
    return any(kg.is_a(iri, "https://w3id.org/gxkg/ontology#" + c) for c in ("Policy", "Event"))


DATE_OF = lazyre.compile(r"\s*(?:在图谱里|图谱里|在图谱中|图谱中)?\s*(?:所?记录|记载|写)?\s*的?\s*")
OWN_DATE_WORD = lazyre.compile(r"(?:发布|发表)(?:日期|时间)")


HAS_A_DATE = lazyre.compile(
    r"(?:有|带|写明了?|注明了?|标明了?|载明了?|记载了?|记录了?)(?:发布|颁布|印发|出台|举办|举行|召开|开幕)?(?:的)?(?:日期|时间|年月)(?=的|\s*[？?。！!]|\s*$)"
    r"|\b(?:have|has|having|with|carry|carries|give|gives|state|states)\s+(?:an?\s+|its\s+|their\s+)?"
    r"(?:(?:issue|issuing|publication|release|start|opening)\s+)?dates?\b", re.I)


def _total_of_a_kind(q: Question) -> None:
    """Total county-level divisions under Hechi: a total of things of a class is their count."""
    m = re.search(r"\btotal\s+(?:number\s+of\s+)?(?=\S)", q.text, re.I)
    if m and any(q.text[m.end():].lower().startswith(w.lower()) for w, _ in q.kinds) or \
            q.words.get("per", "").lower().startswith("average number"):  # the average number of X per Y: counted
        q.cues.add("count")


def _topic_as_kind(kg, q: Question) -> None:
    """A topic's name right before a class word (cross-border e-commerce platforms, 跨境电商平台) says what kind of
    thing is meant, as the source calls them: no thing the answer must be related to; right before a figure's
    words (rural e-commerce training) it is part of the figure's name."""
    q.relations = [r for r in q.relations if not _word_of_no_relation(q, r)]
    for n in [n for n in q.names if kg.is_a(n.iri, TOPIC)]:
        if _figure_named_at(q, n.end):  # rural e-commerce training: the topic's words are the figure's
            q.names.remove(n)
        elif (_kind_word_after(q, n.end) or _aspect_said(q, n)) and not (_object_of_a_relation(q, n.start) and not _compound_kind(q, n)):
            _topic_describes(q, n)


def _topic_describes(q: Question, n) -> None:
    """The topic says what kind of thing is meant: no name of the question, nor are its figures asked."""
    q.names.remove(n)
    q.described.append(n.iri)
    q.indicators = [i for i in q.indicators if i not in q.soft]
    q.cues.add("described")
    q.words.setdefault("described", n.text)


ASPECT_BEFORE = lazyre.compile(r"(?:\bin terms of|\bwhen it comes to|\bin the (?:area|field) of|\bas regards|\bregarding|\bon the)\s+(?:the\s+)?$", re.I)
ASPECT_AFTER = lazyre.compile(r"^\s*(?:方面|领域)|^\s+(?:front|side)\b", re.I)


def _aspect_said(q: Question, n) -> bool:
    """东兴在跨境电商方面建设了哪些平台, on the cross-border e-commerce front: the field the things are of, said as the
    source says it (their sentences name it), not a thing they must be related to; only beside another name."""
    framed = ASPECT_AFTER.search(q.text[n.end:]) and (q.text[:n.start].endswith("在") or not CJK.search(n.text)) or \
        ASPECT_BEFORE.search(q.text[:n.start]) and not q.text[:n.start].lower().rstrip().endswith("on the")
    return bool(framed) and len(q.names) > 1


def _object_of_a_relation(q: Question, at: int) -> bool:
    """支持跨境电商的政策: a relation word right before the topic makes it what the things relate to."""
    return any(q.at.get(r, -9) + len(q.words.get(r, "")) in (at, at - 1) for r in q.relations)


def _compound_kind(q: Question, n) -> bool:
    """落户的跨境电商平台: a Chinese topic written together with the class word after it is one word for a kind,
    even right after a relation word."""
    return bool(CJK.search(n.text)) and any(q.text[n.end:].startswith(w) for w, _ in q.kinds)


def _kind_word_after(q: Question, at: int) -> bool:
    after = q.text[at:].lstrip(" 的").lower()
    return any(after.startswith(w.lower()) for w, _ in q.kinds)


NARROWS_A_FIGURE = ("exportedTo",)  # export sales are not the sales: a condition the figure's name must hold


def _word_of_no_relation(q: Question, r: str) -> bool:
    """A relation's word that is part of a figure's name (rural e-commerce | training) or says what a name is."""
    at = q.at.get(r, -99)
    figure = r not in NARROWS_A_FIGURE and _figure_named_at(q, at + len(q.words.get(r, "")))
    return figure or _says_what_a_name_is(q, at)


def _says_what_a_name_is(q: Question, at: int) -> bool:
    """A relation's word right after a name and 这个 (“示范县”这个称号，掌握了哪些信息) says what the name is, when what
    is known of it is asked: no relation asked."""
    return "about" in q.cues and any(re.fullmatch(r"[”」』\"》']?\s*(?:这个|这一|这项|这种)\s*", q.text[n.end:at])
                                     for n in q.names if n.end <= at)


def _figure_named_at(q: Question, at: int) -> bool:
    """An indicator the question names right after this place in the text (rural e-commerce | training)."""
    return any(0 <= q.at.get(i, -9) - at <= 2 for i in hard_indicators(q))


def hard_indicators(q: Question) -> list[str]:
    """The indicators the question names other than by a topic's name (跨境电商 as a topic, not a figure)."""
    return [i for i in q.indicators if i not in q.soft]


def _terse_level(kg, q: Question) -> None:
    """Liunan District prefecture-level city: one place and a level of place, nothing else asked: where it lies."""
    if q.cues or q.relations or q.indicators or len(q.names) != 1 or not q.kinds:
        return
    if kg.is_a(q.names[0].iri, PLACE) and all(c in PLACE_CLASSES for _, c in q.kinds):
        q.cues.add("list" if _finer_than(kg, q.names[0].iri, {c for _, c in q.kinds}) else "where")


LEVEL_ORDER = ("Village", "Township", "County", "Prefecture", "Province")  # the levels of place, finer first


def _finer_than(kg, place: str, classes: set) -> bool:
    """Counties of Qinzhou: every level said is finer than the place's own and one the division data lists whole
    (counties, prefectures; not villages); the places under it are asked."""
    own = [i for i, c in enumerate(LEVEL_ORDER) if kg.is_a(place, PLACE.replace("Place", c))] + [-1]
    return classes <= {"County", "Prefecture"} and max(LEVEL_ORDER.index(c) for c in classes) < own[0]


APPOSED_KIND = lazyre.compile(r"^(?:、)?(?:等|这些|这几个|这两个|那些|那几个|那两个|这几家|这两家|这类)[\u4e00-\u9fff]{0,3}$")


def _kind_of_the_names(q: Question) -> None:
    """凭祥、东兴这些边境城市都建了什么: a class word right after the names says what they are; nothing is asked of it
    (after one name, 河池那几个自治县, they are the things within it)."""
    last = max(q.names, key=lambda n: n.end, default=None)
    end = last.end if last else len(q.text)
    _drop_kinds(q, {cls for _, cls in q.kinds if APPOSED_KIND.match(q.text[end:q.at.get(cls, -1)])
                    and not (last and _several_of_one(q.text, q.names, last, q.at.get(cls, -1)))})


def _drop_kinds(q: Question, classes: set) -> None:
    """The class words of these classes ask nothing: out of the kinds and classes asked."""
    q.kinds = [k for k in q.kinds if k[1] not in classes]
    q.classes = [c for c in q.classes if c not in classes]


def _places_within_said(q: Question) -> None:
    """产地在河池市或其下辖县区的产品: the places under the named one (下辖县区) widen where, the class asked is the
    other one (产品)."""
    at, word = q.at.get("within"), q.words.get("within", "")
    after = [c for _, c in q.kinds if c in PLACE_CLASSES and at is not None and q.at.get(c, -1) == at + len(word)]
    if after and any(c not in PLACE_CLASSES for _, c in q.kinds):
        _drop_kinds(q, set(after))


DESCRIBING = lazyre.compile(r"^\s*,?\s*(?:that|which)\b(?P<rest>[^?]*)\??\s*$", re.I)


def _describing_clause(q: Question) -> None:
    """Who operates the centre that the border cities are building: a clause ending the question after its last
    name describes that thing; its relation is no part asked, when another relation is."""
    end = max((n.end for n in q.names), default=len(q.text)) if len(q.relations) > 1 else len(q.text)
    if DESCRIBING.match(q.text[end:]):
        q.relations = [r for r in q.relations if q.at.get(r, -1) < end] or q.relations
    _relative_clause_relations(q)


def _relative_clause_relations(q: Question) -> None:
    """汉塘村那些在网上卖果苗的村民，一年收入多少: a relation said in a clause closed by 的 before the figure asked
    describes who the figure is of; it is no part asked."""
    if not q.indicators or q.soft >= set(q.indicators):
        return
    first = min(q.at.get(i.rsplit("/", 1)[-1], len(q.text)) for i in q.indicators)
    q.relations = [r for r in q.relations if not _in_relative_clause(q, r, first)]


def _in_relative_clause(q: Question, r: str, before: int) -> bool:
    at, word = q.at.get(r, -1), q.words.get(r, "")
    return 0 <= at < before and re.match(r"[^，,。？?；;]{0,6}的", q.text[at + len(word):]) is not None


def _levels_of_several(kg, q: Question) -> None:
    """Which prefectures are Dongxing and Pingxiang in: where each of a few places lies, not a list to filter."""
    if len([n for n in q.names if kg.is_a(n.iri, PLACE)]) > 1 and \
            re.search(r"\b(?:which|what) (?:prefectures|prefecture-level cities|cities|counties)\b.*\b(?:in|under|belong to)\s*[?？]?$", q.text, re.I):
        q.cues.add("where")
        q.cues.discard("list")


PLACE_CLASSES = {"County", "Prefecture", "Township", "Village", "Province"}  # the levels of place


def _places_made_up(kg, q: Question) -> None:
    """What districts make up Hezhou, 贺州由哪些区组成: the places within a place, not a group's members."""
    if "hasMember" in q.relations and set(q.classes) & PLACE_CLASSES and _all_places(kg, q):
        q.relations.remove("hasMember")
        q.cues.add("within")


def _all_places(kg, q: Question) -> bool:
    """The question names places only (at least one)."""
    return bool(q.names) and all(kg.is_a(n.iri, PLACE) for n in q.names)


def _which_few(q: Question) -> None:
    """是哪几个 asks which, not how many (几个 inside 哪几个), unless a number is asked elsewhere too."""
    if "count" in q.cues and re.search(r"哪几", q.text) and not re.search(r"(?<!哪)几|多少", q.text):
        q.cues.discard("count")
        if "total" not in q.words:
            q.cues.discard("total")  # 一共管着哪几个区县和县级市: the kinds listed together, no count to total


def _link_between(q: Question) -> None:
    """What links Baise mango and Guangxi: two names joined by and ask the path between them (what links Sichuan to
    Guangxi's e-commerce asks what Sichuan is related to)."""
    if len(q.names) >= 2 and re.search(r"\bwhat (?:links|connects)\b", q.text, re.I) and \
            re.fullmatch(r"\s*(?:and|&)\s*(?:the\s+)?", q.text[q.names[0].end:q.names[1].start], re.I):
        q.cues.add("relation")


def _date_not_place(q: Question) -> None:
    """Held in which date (on which day): a date asked, not a place."""
    if "when" in q.cues and re.search(r"\b(?:in|on|at) which (?:date|day|month|year|time)\b", q.text, re.I):
        q.cues.discard("where")


def _link_to_asks_relations(q: Question) -> None:
    """What does the graph link JD to: link as a verb asks what the thing is related to, not a source's link."""
    if q.words.get("source", "").lower() == "link" and re.search(r"\blink(?:s|ed)?\s+\S.{0,40}?\s+to\b", q.text, re.I):
        q.cues.discard("source")
        q.cues.add("about")


def _name_of_a_kind(q: Question) -> None:
    """梧州市下辖的县级市叫什么, …的新模式，名字叫什么: 叫什么 right after a class word asks the names of those
    things (which), not a rename."""
    after_kind = any(re.search(re.escape(w) + r"[，,]?(?:的)?(?:名字|名称)?(?:都|分别|各)?叫什么(?:名字)?", q.text) for w, _ in q.kinds)
    if q.words.get("rename") == "叫什么" and after_kind:
        q.cues.discard("rename")
        q.cues.add("list")


def _provenance_of_a_claim(q: Question) -> None:
    """南宁香蕉产自广西，这是原文写的还是推断的: a claim of two things asked stated or derived is checked as yes or
    no (its answer says how it is known), never answered as the source of one of them."""
    if "provenance" in q.cues and len(q.names) >= 2 and not q.cues & {"list", "count", "where", "who", "when"}:
        q.cues.add("yesno")
        q.cues.discard("source")


def _english_tails(kg, text: str, names: list[Name]) -> list[Name]:
    """mango for Baise mango, banana for Nanning banana: an English word (or its plural) that ends the name of
    exactly one product, outside the names found and no question word."""
    taken = {i for n in names for i in range(n.start, n.end)}
    found = [(m, _product_ending_in_word(kg, m.group(0))) for m in re.finditer(r"[A-Za-z]{4,}", text) if m.start() not in taken]
    return [Name(m.group(0), iri, m.start(), m.end(), kg.label(iri, "en")) for m, iri in found
            if iri and _not_qualified_otherwise(kg, text[:m.start()], iri)]


# the words that may stand before a product's last word without saying which thing it is (the mangoes, our bananas)
BARE_BEFORE = frozenset({"the", "a", "an", "its", "their", "our", "your", "my", "his", "her", "these", "those", "this", "that",
                         "of", "for", "and", "or", "about", "on", "in", "do", "does", "did", "are", "is", "were", "was",
                         "where", "what", "which", "how", "many", "much", "more", "most", "any", "some", "whose", "with"})


def _not_qualified_otherwise(kg, before: str, iri: str) -> bool:
    """The word before the product's last word is a bare one or a word of a name (the mangoes, Guangxi's mangoes):
    "specialty foods" or "frozen mangoes" speak of other things than the one product so named."""
    prev = re.search(r"([A-Za-z][A-Za-z-]*)(?:['’]s?)?\s*$", before)
    word = prev.group(1).lower() if prev else None
    return word is None or word in BARE_BEFORE or word in (kg.label(iri, "en") or "").lower().split() or \
        bool(kg.names.known_words({word}))


def _product_ending_in_word(kg, written: str) -> str | None:
    """The one product whose English name ends in the word (mangoes: Baise mango), none for a question word."""
    low = written.lower()
    word = re.sub(r"(?:oes|es|s)$", lambda e: "o" if e.group(0) == "oes" else "", low)
    if {low, word} & _en_lexicon_words():
        return None
    return _one_of(kg, word, PRODUCT, lambda label: label.lower().endswith(" " + word))


def _one_of(kg, word: str, cls: str, fits, lang: str = "en") -> str | None:
    """The one thing of class cls that search finds for word and whose name in lang fits, else None."""
    found = {h["iri"] for h in kg.names.search(word, limit=20) if cls in h["types"] and fits(kg.label(h["iri"], lang) or "")}
    return found.pop() if len(found) == 1 else None


DATE_WORD = lazyre.compile(r"\d{1,4}(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                           r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?", re.I)
THE_KIND = lazyre.compile(r"\bthe (?P<pre>(?:(?!the\b)[\w-]+ ){0,3}?)(forum|summit|festival|fair|contest|conference|expo|reply)\b"
                      r"(?! (?:on(?! (?:\d|the \d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|of|about|for)\b)", re.I)  # the forum on 13 Sept


def _the_only_one(kg, text: str, names: list[Name]) -> list[Name]:
    """The forum (the reply, the summit): a kind word with "the" names the one thing of that kind whose name has the
    word, when the graph holds exactly one (two forums: none)."""
    out = []
    for m in THE_KIND.finditer(text):
        word, pre = m.group(2).lower(), [w for w in m.group("pre").split() if not DATE_WORD.fullmatch(w)]  # the 13 September 2018 forum
        cls = "https://w3id.org/gxkg/ontology#" + lx.CLASS_WORDS["en"].get(word, "")
        iri = _one_of(kg, word, cls, lambda label: re.search(rf"\b{word}\b", label, re.I) is not None and
                      all(w.lower() in label.lower() for w in pre))  # the 22 cities reply: words of its own name
        if iri and not any(n.start <= m.start(2) < n.end for n in names):
            start = m.start("pre") if pre else m.start(2)
            out.append(Name(text[start:m.end(2)], iri, start, m.end(2), kg.label(iri, "en")))
    return out


# 论坛什么时候开, 那个峰会在哪办 (never 批复, which names 22 cities the graph holds 2 of): a kind word first, or after 那个/这个/该, names the one thing of the kind
EVENT_VERBS = "主办|承办|举办|召开|参加|出席|参与"  # what is done to an event named after it (主办了…论坛)
DONE_TO_EVENT = f"(?:{EVENT_VERBS})[了过]?"
THE_KIND_ZH = lazyre.compile(f"(?:^|(?<=[那这该：:，,。！!；;和与跟及、的年月号日])|(?<=[那这][个场])|(?<={EVENT_VERBS})[了过]?)"
                             r"((?:(?![和与跟及的])[\u4e00-\u9fff]){0,8}?)(论坛|峰会|大赛|推介会|批复(?=[^？?]*(?:几个|多少)))")  # 批复批了几个城市: its stated 22


def _the_only_one_zh(kg, text: str, names: list[Name]) -> list[Name]:
    """论坛 (峰会, 大赛) at the start of a question or of a clause (想确认三件事：论坛主题…), after 那个 or after a verb
    done to it (主办了…论坛): the one thing of
    that kind whose Chinese name ends in it; with words of its name before (那个信息港电商论坛), the one search finds
    for them."""
    out = []
    for m in THE_KIND_ZH.finditer(text):
        words = _after_a_place(_own_words_zh(m.group(1)), m.start(1), names)
        iri = _kind_named_zh(kg, words, m.group(2))
        start = m.end(0) - len(words + m.group(2))
        if iri and not any(n.start <= start < n.end for n in names) and _day_fits(kg, iri, text[max(0, start - 14):start]):
            out.append(Name(text[start:m.end(0)], iri, start, m.end(0), kg.label(iri, "zh")))
    return out


def _day_fits(kg, iri: str, before: str) -> bool:
    """10月1日的论坛: a day said before the kind word must be one of the thing's dates (else it is another forum)."""
    m = re.search(r"(\d{1,2})月(\d{1,2})[日号]", before)
    return not m or f"-{int(m.group(1)):02d}-{int(m.group(2)):02d}" in _dates_of(kg, iri)


# a facility's kind word right after a place's name (钦州中心, 南宁的中心), not asking how many or which (钦州有几个中心)
KIND_AFTER_PLACE_ZH = lazyre.compile(r"的?(中心)(?!\s*(?:有|共有|一共有)?(?:哪些|哪几|几个|几家|多少个|多少家))")


def _place_and_kind_zh(kg, text: str, names: list[Name]) -> list[Name]:
    """钦州中心: a place's name and a kind word name the one thing of that kind whose Chinese name begins with the
    place's name and ends with the word (钦州保税港区国际商品直销中心), when the graph holds exactly one."""
    out = []
    for n in names:
        m = KIND_AFTER_PLACE_ZH.match(text, n.end)
        cls = "https://w3id.org/gxkg/ontology#" + lx.CLASS_WORDS["zh"].get(m.group(1), "") if m else ""
        iri = _one_of(kg, n.text + m.group(1), cls, lambda label: label.startswith(n.text) and label.endswith(m.group(1)),
                      "zh") if m else None
        if iri:
            out.append(Name(text[n.start:m.end(1)], iri, n.start, m.end(1), kg.label(iri, "zh")))
    return out


def _after_a_place(words: str, at: int, names: list[Name]) -> str:
    """南宁那场电商论坛: the words after a place named at their start (where it was held, not its name)."""
    place = next((n for n in names if _place_starting(n, at, words)), None)
    return words[len(place.text):] if place else words


def _place_starting(n: Name, at: int, words: str) -> bool:
    """A place named at `at`, the start of words that go on after it."""
    return n.start == at and "/resource/place/" in n.iri and len(words) > len(n.text) and words.startswith(n.text)


def _own_words_zh(words: str) -> str:
    """The words of the name before its kind word: after 那个 / 这个 / 该 (说那个论坛: none) or a verb done to it (主办了)."""
    return re.split(r"那个|这个|该|那|这|的|" + DONE_TO_EVENT, words)[-1].lstrip("个场")


def _kind_named_zh(kg, words: str, kind: str) -> str | None:
    cls = "https://w3id.org/gxkg/ontology#" + lx.CLASS_WORDS["zh"].get(kind, "Event")  # 论坛, 峰会, 大赛, 推介会: events
    if not words:
        return _one_of(kg, kind, cls, lambda label: label.endswith(kind), "zh")
    said = (words + kind).replace("电商", "电子商务")  # 电商论坛: the short form of the name's 电子商务
    hits = [h for h in kg.names.search(said, limit=3) if cls in h["types"] and h["score"] >= 0.75]
    return hits[0]["iri"] if len(hits) == 1 else None  # the kind word anchors it: part of one such name


KIND_OF = lazyre.compile(r"\bthe ([a-z]+) of (?:the )?$", re.I)


def _kind_of_the_name(kg, text: str, n: Name) -> Name:
    """The forum of China-ASEAN Information Harbor: a kind word before "of" and a name that, said together, name
    one thing of that kind (the Information Harbor E-commerce Forum), not the name alone."""
    m = KIND_OF.search(text[:n.start])
    cls = lx.CLASS_WORDS["en"].get(m.group(1).lower()) if m else None
    iri = _confident(kg, f"{n.text} {m.group(1)}", 0.8) if cls else None
    if not iri or iri == n.iri or f"https://w3id.org/gxkg/ontology#{cls}" not in kg.types(iri):
        return n
    return Name(text[m.start(1):n.end], iri, m.start(1), n.end, kg.label(iri, "en"))


# a place called after the product it is known for (the snail noodle city, the mango county)
PRODUCT_PLACE = lazyre.compile(r"\bthe ((?:[a-z]+[ -]){0,3}[a-z]+) (city|county|town|capital)\b", re.I)


def _place_of_its_product(kg, text: str, names: list[Name]) -> list[Name]:
    """The snail noodle city: the one place the one product those words name comes from, said as read."""
    out = []
    for m in PRODUCT_PLACE.finditer(text):
        places = [] if any(n.start < m.end() and m.start() < n.end for n in names) else _origins(kg, _product_named(kg, m.group(1)))
        if len(places) == 1:
            out.append(Name(m.group(0), places[0], m.start(), m.end(), kg.label(places[0], "en")))
    return out


def _product_named(kg, words: str) -> str | None:
    """The one product search finds clearly first for the words, else None."""
    found = _confident(kg, words, 0.85)
    return found if found and "https://w3id.org/gxkg/ontology#Product" in kg.types(found) else None


def _origins(kg, iri: str | None) -> list[str]:
    """The places a product comes from (none for no product)."""
    from ..store.terms import iri as node
    from .intents import query

    return [] if not iri else [r["p"].value for r in kg.store.select(query("origins"), {"x": node(iri)})]


NAMED_FOR = lazyre.compile(r"\b(?:named|called|titled) for\s*$", re.I)


def _not_named_for(kg, text: str, names: list[Name]) -> list[Name]:
    """The jasmine tea named after Hengxian: the place a thing is named for, when its name holds it, only says
    which thing is meant."""
    out: list[Name] = []
    for n in names:
        prev = out[-1] if out else None
        if not (prev and NAMED_FOR.search(text[prev.end:n.start]) and n.text.lower() in (kg.label(prev.iri, "en") or "").lower()):
            out.append(n)
    return out


# words after a name that describe it by its own label's words (platform between China and ASEAN)
OWN_WORDS_AFTER = lazyre.compile(r"\s+(?:between|of|for|linking|connecting)\s+(?:the\s+)?([A-Za-z]+)\s+(?:and|&)\s+(?:the\s+)?([A-Za-z]+)\b")


def _own_words_after(kg, text: str, n: Name) -> Name:
    """That SME trade promotion platform between China and ASEAN: a name said in part, then the rest of its own
    name's words after it, is one mention of it (China and ASEAN ask nothing of their own)."""
    words = set(re.findall(r"[a-z]+", (kg.label(n.iri, "en") or "").lower())) - set(n.text.lower().split())
    m = OWN_WORDS_AFTER.match(text, n.end) or NEXT_OWN_WORD.match(text, n.end)  # …centre for international goods: "goods"
    return Name(text[n.start:m.end()], n.iri, n.start, m.end(), n.read_as) if m and {w.lower() for w in m.groups() if w} <= words else n


NEXT_OWN_WORD = lazyre.compile(r"\s+([A-Za-z]{4,})\b")


def _guangxi_of_the_name(kg, names: list[Name]) -> list[Name]:
    """广西桂茶: Guangxi written right before a name whose own name begins with it (广西桂茶产业) is part of that
    name, not a second thing asked about."""
    out: list[Name] = []
    for n in names:
        if out and _begins_with_guangxi(kg, out[-1], n):
            out[-1] = Name(out[-1].text + n.text, n.iri, out[-1].start, n.end, n.read_as)
        else:
            out.append(n)
    return out


def _begins_with_guangxi(kg, prev: Name, n: Name) -> bool:
    return prev.iri == GUANGXI and prev.end == n.start and (kg.label(n.iri, "zh") or "").startswith(prev.text)


def _share_made_up(q: Question) -> None:
    """What share of all trade did cross-border e-commerce make up: a share, not what a group is made of."""
    if q.cues & {"share", "whole"} and "hasMember" in q.relations and re.search(r"\bmake up\b|\bmakes up\b|\bmade up\b", q.text, re.I):
        q.relations.remove("hasMember")
        if q.cues & {"yesno", "fraction"} or re.search(r"\bmade? up (?:more|less|over|under|at least|at most|about|around|\d)", q.text, re.I):
            q.cues.add("share")  # did it make up more than a fifth of the total: its share against a bound


def _comes_from_where(q: Question) -> None:
    """出自广西什么地方, 出自哪里 of a thing: where it comes from, not a source."""
    if re.search(r"出自\s*(?:广西)?\s*(?:什么地方|哪个地方|哪个县|哪个市|哪个地级市)|出自广西\s*(?:哪里|哪儿)", q.text):
        q.cues.discard("source")
        q.cues.add("where")
        q.relations += [] if "originatesFrom" in q.relations else ["originatesFrom"]


def _figure_come_from(q: Question) -> None:
    """Where does the estimate of 120,000 jobs come from: a figure comes from its source, not from a place."""
    if "originatesFrom" in q.relations and (not q.names and q.indicators or DATA_COME_FROM.search(q.text)) and \
            not PLACES_COME_FROM.search(q.text):  # 那1826个单品来自哪些县: where the things are from, no source
        q.cues.add("source")
        q.cues.discard("where")
        q.relations.remove("originatesFrom")  # where does the data on Lingyun County come from: not Lingyun's goods


PLACES_COME_FROM = lazyre.compile(r"(?:来自|从)\s*(?:哪些|哪个|哪几个|哪一个|什么)\s*(?:县|市|地方|地区|省|国家|村|镇|区)|"
                                  r"\bcomes?\s+from\s+(?:which|what)\s+(?:count|cit|place|region|province|village|town|district|prefecture)",
                                  re.I)
# the data on a thing asked where it comes from: its source (the data on Lingyun County, 凌云县的数据来自哪里)
DATA_COME_FROM = lazyre.compile(r"\b(?:data|figures?|numbers?|statistics|stats|facts|info|information|details|records?)\s+"
                                r"(?:on|about|for|of|regarding)\b.*\bcomes?\s+from\b|(?:数据|数字|资料|信息|情况)(?:都|是|又)?(?:来自|从)",
                                re.I)


def _alternatives(q: Question) -> bool:
    """Does A or B have more …, 是A还是B多: which of two names, not yes or no."""
    if "compare" in q.cues and EITHER_WAY.search(q.words.get("compare", "")):
        return True  # was A higher or lower than B: which way, never yes or no
    if "compare" not in q.cues or len(q.names) < 2:
        return False
    a, b = q.names[0], q.names[1]
    return bool(re.fullmatch(r"\s*(?:or|还是|或者|或)\s*", q.text[a.end:b.start], re.I))


EITHER_WAY = lazyre.compile(r"\b(?:higher|larger|bigger|more|greater|faster)\s+or\s+(?:lower|smaller|less|fewer|slower)\b|"
                            r"\b(?:lower|smaller|less|fewer|slower)\s+or\s+(?:higher|larger|bigger|more|greater|faster)\b|"
                            r"高还是低|低还是高|多还是少|少还是多|大还是小|小还是大|快还是慢|慢还是快", re.I)


def _or_between_kinds(q: Question) -> None:
    """programmes or projects: two class words joined by "or" (or "and") name what is asked, not a comparison."""
    joined = _kinds_joined(q)
    if joined == "or" and q.words.get("compare") == "or":
        q.cues.discard("compare")  # which county or district sits furthest south: the kind asked
    if joined and (joined != "or" or "compare" not in q.cues):
        _one_class_either(q)  # programmes and projects: one class
    _models_either(q)


MODEL_EITHER = lazyre.compile(r"\b[a-z][\w-]*\s+(?:or|and/or|and)\s+(?=(?:trade|poverty[- ]alleviation|business)\s+models?\b)|"
                              r"[\u4e00-\u9fff]{2,4}(?:或|或者|和|及)(?=(?:贸易|扶贫|电商扶贫)模式)", re.I)


def _models_either(q: Question) -> None:
    """an e-commerce or trade model, 电商或贸易模式: a narrow kind of model joined to another word is any model."""
    if not (set(NARROW_MODELS) & set(q.classes) and MODEL_EITHER.search(q.text)):
        return
    if q.words.get("compare", "").lower() in ("or", "或", "或者"):  # e-commerce or trade model: no comparison
        q.cues.discard("compare")
    q.kinds = [(w, NARROW_MODELS.get(c, c)) for w, c in q.kinds]
    q.classes = list(dict.fromkeys(NARROW_MODELS.get(c, c) for c in q.classes))


NARROW_MODELS = {"TradeModel": "BusinessModel", "PovertyAlleviationModel": "BusinessModel"}  # either: any model


def _kinds_joined(q: Question) -> str | None:
    """The word joining two class words (or, and), if two are joined."""
    kinds = "|".join(re.escape(w) for w in sorted({w for w, _ in q.kinds} | set(lx.CLASS_WORDS["en"]), key=len, reverse=True))
    m = re.search(rf"\b(?:{kinds})\s+(or|and|&)\s+(?:the\s+|any\s+|a\s+)?(?:{kinds})\b", q.text, re.I) if q.kinds else None
    return m.group(1).lower() if m else None


GIVE_ME = lazyre.compile(r"^\s*(?:please\s+|kindly\s+|can you\s+|could you\s+)?(?:give|show|tell|send|get|find)(?: me| us)?\b", re.I)


def _which_one_ranked(q: Question) -> None:
    """哪一个的位置最靠西: "which one's" before a superlative asks which is first, no comparison of two."""
    if q.words.get("compare") in ("哪个的", "哪一个的", "谁的") and q.cues & {"most", "least", "west", "east", "north", "south"}:
        q.cues.discard("compare")
        q.words["list"] = q.words.pop("compare")


# a place in a ranking by a figure (销售额排第二, 第二高, second-highest, ranked third): that one of the ranking
NTH_ZH = lazyre.compile(r"(?:排(?:名|在)?|位列|位居|名列)?第(?P<n>[二三四五六七八九十]|\d{1,2})(?:(?P<way>高|大|多|低|小|少)|名|位)?")
NTH_EN = lazyre.compile(r"\b(?P<n>second|third|fourth|fifth|2nd|3rd|4th|5th)[- ]?(?P<way>highest|largest|biggest|greatest|most|best|"
                        r"lowest|smallest|least|fewest)\b|\b(?:ranked|ranks|ranking|came|placed|comes)\s+(?P<n2>second|third|fourth|fifth)\b",
                        re.I)
NTH_WORDS = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "second": 2, "third": 3,
             "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}


def _nth_of_a_side(q: Question) -> None:
    """The second westernmost county, 最西边的县排第二的: the second of the places ranked by a side."""
    if q.nth or not q.cues & {"north", "south", "east", "west"}:
        return
    m = SIDE_NTH.search(q.text) or NTH_ZH.search(q.text)
    if m:
        q.nth = NTH_WORDS.get(m.group("n").lower()) or int(m.group("n"))


SIDE_NTH = lazyre.compile(r"\b(?P<n>second|third|fourth|fifth|2nd|3rd|4th|5th)[- ]?(?:most\s+)?(?:north|south|east|west)(?:ernmost|erly|\b)", re.I)


def _nth_ranked(q: Question) -> None:
    """销售额排第二的是哪个, the second-highest sales: the second of the things ranked by the figure asked (a stated
    rank, 广西排第几, is a figure of its own and is left alone)."""
    _ranked_by_the_figure(q)
    m = _nth_said(q) if _a_ranking(q) else None
    if not m:
        return
    n = (m.group("n") or m.group("n2")).lower()
    if q.cues & {"most", "least"} and not _way_within(q, m):  # 哪样卖得最多？排第二的是哪样: the first and the second
        q.top = NTH_WORDS.get(n) or int(n)
        return
    q.nth = NTH_WORDS.get(n) or int(n)
    least = (m.group("way") or "").lower() in ("低", "小", "少", "lowest", "smallest", "least", "fewest")
    q.cues.add("least" if least else "most")
    q.words["least" if least else "most"] = m.group(0)  # its words understood


# the level of place asked for (哪个市, which county), finer first
LEVELS_ASKED = (("Township", ("哪个镇", "哪个乡", "哪个街道", "which town", "what town", "which township", "what township", "which zone", "what zone")),
                ("County", ("哪个县", "哪个区", "which county", "what county", "which district", "what district")),
                ("Prefecture", ("哪个市", "which city", "which prefecture", "哪个地级市", "what city", "what prefecture", "哪座城市", "哪座城",
                                "prefecture that administers", "prefecture which administers")),
                ("Province", ("哪个省", "which province", "what province")))


def levels_asked(text: str) -> list[tuple[str, str]]:
    """(level, word) of each level of place the text asks for (哪个市, which county), in the order of LEVELS_ASKED;
    哪个市辖区 asks a district, not a city."""
    low = level_text(text)
    return [(cls, w) for cls, ws in LEVELS_ASKED for w in ws if _level_word_in(w, low)]


def _level_word_in(w: str, low: str) -> bool:
    """哪个县 anywhere; which county as words of their own (not of which county-level cities)."""
    return w in low if CJK.search(w) else re.search(re.escape(w) + ("(?!-level)" * w.endswith("county")), low) is not None


def level_text(text: str) -> str:
    """The text in lower case, 哪个市辖区 (which district) read as 哪个区: its 市 is no city asked."""
    return re.sub(r"哪(一?)个市辖区", r"哪\1个区", text.lower())


def _a_ranking(q: Question) -> bool:
    """Things ranked by a figure asked, or places by how many they hold; never a stated rank (广西排第几)."""
    return bool(q.indicators or _members_ranked(q)) and not any(i.endswith("rank-among-western-provinces") for i in q.indicators)


def _nth_said(q: Question):
    """The words of a place in a ranking (排第三, second-highest); not 第二届, 第二季度."""
    return next((m for m in (NTH_ZH if q.lang == "zh" else NTH_EN).finditer(q.text)
                 if q.lang == "en" or m.group("way") or m.group(0).startswith(("排", "位", "名"))), None)


def _members_ranked(q: Question) -> bool:
    """县级行政区数量排第三的地级市: places ranked by how many of a class they hold (two kinds, one of them a place)."""
    low = q.text.lower()
    levels = [cls for cls, _ in levels_asked(low)][:1]
    return len(q.kinds) + len(levels) >= 2 and any(c in PLACE_CLASSES for c in [c for _, c in q.kinds] + levels)


def _way_within(q: Question, m) -> bool:
    """The word of most or least is part of the place asked (second largest), not a question of its own."""
    return any(m.start() <= q.at.get(c, -1) < m.end() for c in ("most", "least"))


def _ranked_by_the_figure(q: Question) -> None:
    """Which product ranked third by sales: ranked by the sales, not Guangxi's stated rank among provinces."""
    ranks = [i for i in q.indicators if i.endswith("rank-among-western-provinces")]
    if ranks and len(q.indicators) > 1 and q.classes and all(n.iri == GUANGXI for n in q.names):
        for i in ranks:
            q.indicators.remove(i)
            q.words.pop(i.rsplit("/", 1)[-1], None)


# could you confirm the city under which X falls / the 2017 sales of Y: a thing asked for, not a claim to check
CONFIRM_THE = lazyre.compile(r"\b(?:can|could|would) you (?:please )?confirm (?:for me )?(?:the|its|their)\b(?P<rest>.*)", re.I)
CLAIM_VERB = lazyre.compile(r"\b(?:is|are|was|were|has|have|had|does|did)\b", re.I)


def _confirm_asks_for(q: Question) -> None:
    """Could you confirm the prefecture-level city under which Tiandeng County falls?: what is to be confirmed is
    a thing (the city, the figure), asked of with which or stated with no verb of its own: no yes/no question."""
    m = CONFIRM_THE.search(q.text)
    if m and "yesno" in q.cues and "confirm" in q.words.get("yesno", "").lower() and \
            (re.search(r"\b(?:which|what|where|whom)\b", m.group("rest"), re.I) or not CLAIM_VERB.search(m.group("rest"))):
        q.cues.discard("yesno")
        q.words["noise"] = q.words.pop("yesno")


def _asked_to_give(q: Question) -> None:
    """Give me the county-level cities under Baise: a kind of thing asked for with no question word lists them."""
    if q.kinds and GIVE_ME.match(q.text) and not q.cues & {"list", "count", "most", "least", "compare", "yesno", "where", "when", "who"}:
        q.cues.add("list")


def _one_class_either(q: Question) -> None:
    """county or district: two words of one class joined by or ask the class, with neither word's name filter."""
    classes = {c for _, c in q.kinds}
    if len(classes) == 1 and not NOT_BEFORE.search(q.text.lower()) and not _narrow_kinds(q) and not _kinds_joined_by_and(q):
        q.kinds = [("", classes.pop())]  # not the district …: left out; counties and districts: each counted


def _kinds_joined_by_and(q: Question) -> bool:
    """Two kind words joined by and (counties and districts, 县和区): both asked, each its own kind."""
    low = q.text.lower()
    ats = sorted((low.find(w.lower()), w) for w in [w for w, _ in q.kinds if w][:2])
    return len(ats) == 2 and ats[0][0] >= 0 and AND_GAP.fullmatch(low[ats[0][0] + len(ats[0][1]):ats[1][0]]) is not None


AND_GAP = lazyre.compile(r"\s*(?:,\s*)?(?:and|&|和|与|及|、)\s*")


def _narrow_kinds(q: Question) -> bool:
    """Every kind joined is a narrow one (Yao or Zhuang autonomous counties), or what they are said of: those only."""
    return len(q.kinds) > 1 and all(w.lower() in lx.CLASS_NAME_END or kind_said_to_be(q.text, w) for w, _ in q.kinds)


def kind_said_to_be(text: str, word: str) -> bool:
    """The broad class word is what the others are said of (which counties are Miao or Dong autonomous counties)."""
    return bool(word) and re.search(rf"{re.escape(word)}\s*(?:\b(?:are|is|were|r)\b(?!\s+{WHERE_AFTER_BE})|是|为|属于)", text, re.I) is not None


# after are/is, words saying where the things lie, not what they are (which districts and counties are in Liuzhou)
WHERE_AFTER_BE = r"(?:in|inside|within|under|located|situated|based|part|found|from|of|there|listed|administered|governed|placed|near)\b"


NOT_BEFORE = lazyre.compile(r"(?:\bnot\b|\bneither\b|\brather than\b|\binstead of\b|而不是|而非|\bas opposed to\b|\bexcluding\b|\bleaving\b|\bleave\b|\bignor(?:e|ing)\b|\bdisregard(?:ing)?\b|\bexcept(?: for)?\b|\bother than\b|\bbesides\b|\bwithout\b|不算|不含|不包括|(?<!是)不是(?=[^，,。；;？?）)]{0,4}?[县区市])|"
                        r"除了|除去|除开|不要|不用|去掉|排除|剔除)(?P<span>[^，,。；;？?）)(（]*)")  # (i.e. districts): what is kept
NOT_AFTER = lazyre.compile(r"(?P<span>[^，,。；;？?（(]*?)(?:不要算|不用算|不算|除外|不计|不包括在内|不用|不要|去掉|去除|扣掉|扣除|刨掉|拿掉|剔除)")


def _kinds_left_out(q: Question) -> None:
    """Kinds the question leaves out (区不算, 不算区和县级市, not counties, not districts): not counted or
    listed, and their name endings excluded from what is."""
    low = q.text.lower()
    spans = [_span_through_list(q, low, m).split("的")[0] for m in NOT_BEFORE.finditer(low)] + [m.group("span") for m in NOT_AFTER.finditer(low)]
    _kind_of_the_cue(q, spans)
    for span in spans:
        span = _unlisted_kinds_out(q, span)
        out = _kinds_in(q.kinds, span)
        if len(out) < len(q.kinds):  # something must be left to count
            q.kinds = [k for k in q.kinds if k not in out]
            q.excluded += _left_out_marks(q, out, span)
            _kind_words_kept(q, out)
    _no_absence_asked(q)


def _kind_words_kept(q: Question, out: list) -> None:
    """Not counting its districts, how many county-level units: a class's word is the kind kept (county-level
    units), never the one left out."""
    for w, c in out:
        kept = next((k for k, kc in q.kinds if kc == c), None)
        if kept and q.words.get(c) == w:
            q.words[c] = kept


NEXT_IN_LIST = lazyre.compile(r"[，,、]\s*(?:and\s+|or\s+|和|及|与)?(?P<seg>[^，,。；;？?）)]*)")


def _span_through_list(q: Question, low: str, m) -> str:
    """leaving out autonomous counties, districts and county-level cities: what is left out runs on past a comma
    while each next part begins with a kind word."""
    from .lexicon import CLASS_NAME_END

    words = sorted({w.lower() for w, _ in q.kinds if w} | set(CLASS_NAME_END), key=len, reverse=True)
    span, at = ASKED_ON.split(m.group("span"), 1)[0], m.end()  # 不算区有几个县级单位: the question goes on after 区
    while (n := NEXT_IN_LIST.match(low, at)) and any(n.group("seg").strip().startswith(w) for w in words) \
            and not SEG_ASKS.search(n.group("seg")):  # 不算市辖区，县和县级市一共多少个: the part after the comma is asked
        span, at = span + " " + n.group("seg"), n.end()
    return span


ASKED_ON = lazyre.compile(r"(?:还)?(?:有|共有|一共有)?(?:几|多少|哪)")
SEG_ASKS = lazyre.compile(r"几|多少|哪|\bhow\b|\bwhat\b|\bwhich\b", re.I)


def _kind_of_the_cue(q: Question, spans: list[str]) -> None:
    """Which county is furthest east, not counting districts or county-level cities: the kind a cue's words
    name (which county) is the kind asked, the others are left out of it."""
    kind = _kind_words_in(q.words.get("where", "")) if spans else None
    if kind and kind not in q.kinds and kind[1] in {c for _, c in q.kinds}:
        q.kinds.insert(0, kind)


def _kind_words_in(said: str) -> tuple[str, str] | None:
    """The longest English class word in a cue's words (which county: county), or None."""
    found = [(w, c) for w, c in lx.CLASS_WORDS["en"].items() if re.search(rf"\b{re.escape(w)}\b", said, re.I)]
    return max(found, key=lambda x: len(x[0])) if found else None


PLAIN_KINDS = ("plain counties", "ordinary counties", "plain county", "ordinary county")


def _plain_kind_said_again(q: Question) -> None:
    """how many county? Only county, not the district: the kind said again as plain counties is the one counted;
    桂林市的县级单位里，县有几个: the kind said as where to look gives way to the kind counted in it."""
    plain = None if _per_prefecture_compared(q) else next((k for k in q.kinds if k[0].lower() in PLAIN_KINDS), None)
    q.kinds = [k for k in q.kinds if not plain or k == plain or k[1] != plain[1] or k[0].lower() in lx.CLASS_NAME_END]  # as many plain counties as districts: both
    _scope_kind_dropped(q)


def _scope_kind_dropped(q: Question) -> None:
    """桂林市的县级单位里，县有几个: the kind said as where to look gives way to the kind counted in it (never the whole
    of a share: 县级行政区里，自治县占百分之几)."""
    scope = next((k for k in q.kinds if _said_as_where(q.text, k[0])), None)
    later = [k for k in q.kinds if scope and k[1] == scope[1] and k[0] != scope[0]]
    if later and "share" not in q.cues:
        q.kinds = [k for k in q.kinds if k != scope]
        q.words[scope[1]] = later[0][0]


SCOPE_AFTER = lazyre.compile(r"^(?:里|中|当中|之中|里面|里头)")


def _said_as_where(text: str, word: str) -> bool:
    """The word is followed by 里 (县级单位里): where to look."""
    return bool(word) and SCOPE_AFTER.search(text[text.find(word) + len(word):]) is not None


def _no_absence_asked(q: Question) -> None:
    """不含区和县级市: kinds left out, no absence asked."""
    if q.excluded and q.words.get("negation") in ("不含", "不包含"):
        q.cues.discard("negation")


def _left_out_marks(q: Question, out: list[tuple[str, str]], span: str) -> list[str]:
    """What a kind left out excludes: the name ending of its word (区, 市), else its class when no kind counted
    is of it; a bare 区 (不算区) too."""
    from .lexicon import CLASS_NAME_END

    kept, ends = {c for _, c in q.kinds}, {**CLASS_NAME_END, "县": "县", "counties": "县", "county": "县"}  # 县级单位里不算县: …县 (自治县 too) out
    marks = [ends.get(w) or ("市" if c == "Prefecture" and "County" in kept else "class:" + c)
             for w, c in out if w in ends or c not in kept]  # counties, not cities: not 荔浦市
    return marks + (["区"] if re.search(r"(?:^|[和与及、])区", span.strip()) else [])


ALSO = lazyre.compile(r"^(?:也|都)(?:要)?(?:算上|算进去|算|包括)|^(?:算上|包括在内)|^(?:included|too|as well|counted)\b")


# the kinds said before 都算上 (把市辖区、县和县级市都算上): each counted too, as part of the kind counted
ALSO_LIST = lazyre.compile(r"(?P<span>[^，,。？?；;（(几多]*?)(?:也|都)(?:要)?(?:算上|算进去|算|包括)")


def _said_also(low: str, w: str) -> bool:
    """The word is followed by 也算上 / included."""
    return ALSO.match(low[low.find(w.lower()) + len(w):].lstrip()) is not None


def _listed_as_included(low: str) -> set[str]:
    """The words listed before 都算上 (把市辖区、县和县级市都算上: 市辖区, 县, 县级市)."""
    return {p.strip() for m in ALSO_LIST.finditer(low) for p in re.split(r"[、和及与]|以及", m.group("span").split("把")[-1])}


def _kinds_also(q: Question) -> None:
    """A kind said to be counted too (自治县也算上, 把市辖区、县和县级市都算上) is part of another kind of its class,
    not a count of its own."""
    low = q.text.lower()
    listed = _listed_as_included(low)
    also = [(w, c) for w, c in q.kinds if _said_also(low, w) or w.lower() in listed]
    kept = [k for k in q.kinds if k not in also]
    q.kinds = kept + [k for k in also if k[1] not in {c for _, c in kept}] if kept else q.kinds


def _unlisted_kinds_out(q: Question, span: str) -> str:
    """A kind left out that is no kind counted (凭祥那种县级市就不用算了, with 县 counted): its name ending excluded,
    and its word taken out of the span (县级市 is not also 县)."""
    from .lexicon import CLASS_NAME_END

    for w, end in sorted({**CLASS_NAME_END, "县": "县"}.items(), key=lambda x: -len(x[0])):  # 不算县: …县 (自治县 too) out
        if CJK.search(w) and w in span and w not in {k for k, _ in q.kinds}:
            q.excluded.append(end)
            span = span.replace(w, " ")
    return span


def _kinds_in(kinds: list[tuple[str, str]], span: str) -> list[tuple[str, str]]:
    """The class words in span, longest first (县级市 is not also 县)."""
    out = []
    for w, c in sorted(kinds, key=lambda k: -len(k[0])):
        if w.lower() in span:
            out.append((w, c))
            span = span.replace(w.lower(), " ")
    return out


# who is asking and why, before the question (我在写一份调研报告，想确认一下：…, I'm putting together a briefing - …)
ASKER = (r"(?:\bbooking\b|我|我们|咱们|做[\u4e00-\u9fff]{1,6}生意|问一下|请教一下|打听一下|写稿|\bplanning\b|\btrip\b|想对比|想比较|想了解|想核实|想确认|想查证|核实一下|确认一下|想(?!知道|问|请|在)(?=[\u4e00-\u9fff])|粉丝|家人们|直播间|局里|(?<![政级办营施文属管])单位|公司|评估|考察|拍摄|节目|栏目|采访|稿子|论文|报告|调研|毕业设计|毕设|作业|课题|老师|材料|汇报|放进|写进|行程|引用|做[\u4e00-\u9fff]{1,6}用|\bI'm\b|\bI am\b|\bI need\b|\bI want\b|\bwe're\b|\bwe are\b|"
         r"\bwe\b|\bour\b|\bmy\b|(?-i:\bus\b)|(?:^|(?<=[.!?]\s))I\s+(?!mean\b)[a-z]|\bI (?:keep|kept|have|had|saw|see|heard|hear|read|was|work|run|manage|study|write|teach)\b|\bfor (?:a|an|my|our)\b|\bneed\b|\bthesis\b|\bbriefing\b|\bwriting\b|\bI'd\b|\bI would\b|"
         r"\bitinerary\b|\bfield[- ]trip\b|\bmemo\b|\bslides?\b)")
# where a preamble may end: a colon or a dash, a sentence's end, a comma before the question (…，请问…)
LEAD_END = lazyre.compile(r"[：:]|\s[-—–]+\s|[。！!；;]|\.\s|[，,]")
# the words that ask: a lead that has one is the question itself
ASKS = lazyre.compile(r"多少|(?<![早前这近好])几|哪|什么|啥|吗|谁|怎么|如何|是否|有没有|是不是|名单|列出|列一下|[？?]|\b(?:how|what|which|who|whom|whose|when|"
                  r"where|why|whether(?!\s+to\b)|list|name|tell|give|show|number of)\b", re.I)  # weighing whether to join: no question
# who is asking and why, after the question (…？我需要引用, …? We are looking at sourcing farm goods.)
POSTSCRIPT = lazyre.compile(rf"(?:[？?。.!！,，]|\s[-—–]+)\s*(?P<ps>[^？?。]*?{ASKER}[^？?]*?)[。.!！]?\s*$", re.I)


def _blank_preamble(text: str, names: list[Name]) -> str:
    """The text with a preamble or postscript that asks nothing blanked but for the names in it."""
    spans = (_claim_span(text, names) or _context_sentence_zh(text, names) or _restated_lead(text, names) or _asker_spans(text)
             or _context_lead(text, names) or _lead_named_again(text, names)) + _epithets(text, names)
    masked = _mask(text, names)
    spans = [(a, b) for a, b in spans if not _one_unknown_word(masked[a:b])]
    if not spans:
        return text
    keep = {i for n in names for i in range(n.start, n.end)}
    return "".join(" " if any(a <= i < b for a, b in spans) and i not in keep else ch for i, ch in enumerate(text))


# what a thing is called or known for, said beside its name: a description, no condition of the question
# (“长寿之乡”巴马, 被称为“世界长寿之乡”的巴马; Longsheng, the place with the famous rice terraces: …)
EPITHET_ZH = lazyre.compile(r"(?:被(?:称为|誉为|叫做|叫作)|号称|素有|有)?“(?P<e>[^“”]{2,12})”(?:之称|的?美誉)?的?$")
EPITHET_EN = lazyre.compile(r"\s*,\s*(?P<e>(?:the|a|an|famous|known|home|once|long)\b[^,:;?]{2,60}?)\s*(?=[,:;]\s*\S)", re.I)


# what kind of place a name is, said before it (the border city of Dongxing, the coastal city of Beihai)
KIND_BEFORE_EN = lazyre.compile(r"\b(the (?:border|frontier|coastal|port|mountain|riverside) (?:city|town|county|port) of)\s+$", re.I)


def _epithets(text: str, names: list[Name]) -> list[tuple[int, int]]:
    """Descriptions of a named thing beside its name that name nothing else and hold no number, relation or
    figure word: blanked (they say what it is known for, not what is asked)."""
    out = [m.span(1) for n in names for m in [KIND_BEFORE_EN.search(text, 0, n.start)] if m]
    for n in names:
        zh, en = EPITHET_ZH.search(text, 0, n.start), EPITHET_EN.match(text, n.end)
        for m, span in ((zh, (zh.start(), n.start) if zh else None), (en, en.span("e") if en else None)):
            if m and _only_describes(m.group("e"), span, names):
                out.append(span)
    return out


def _only_describes(words: str, span: tuple[int, int], names: list[Name]) -> bool:
    return not any(span[0] <= n.start < span[1] for n in names) and _only_context(words)


# a name set aside for another (Not Rong'an, I mean Long'an; 不是融安，我说的是隆安)
NOT_MEANT_BEFORE = lazyre.compile(r"(?:^|[.。!！?？;；]\s*)(?:not|不是|并非)\s*$", re.I)
NOT_MEANT_AFTER = lazyre.compile(r"^\s*[,，;；.。]?\s*(?:I mean|I meant|I'm asking about|rather|but|我说的是|我指的是|我问的是|而是|是)", re.I)


def _not_the_one_meant(text: str, names: list[Name]) -> list[Name]:
    """Not Rong'an, I mean Long'an: the name set aside is no name of the question (the question corrects it), when
    another name follows."""
    out = [n for n in names if not _set_aside(text, n)]
    return out or names


def _set_aside(text: str, n: Name) -> bool:
    return bool(NOT_MEANT_BEFORE.search(text[:n.start]) and NOT_MEANT_AFTER.match(text[n.end:]))


def _context_lead(text: str, names: list[Name]) -> list[tuple[int, int]]:
    """下周要去清秀区拜访客户，清秀区属于哪个市: a first clause that asks nothing and holds no number or question
    word, naming what the question names again or refers back to (这个区), is context: blanked but for its names."""
    whole = _context_sentence_zh(text, names)
    if whole:
        return whole
    m = re.search(r"[，,。；;：:]", text)
    if not m or not (0 < m.start() <= 40) or not _lead_asks_nothing(text[:m.start()], text[m.end():]):
        return _context_sentence(text, names)
    again = _said_again(text, m.start(), m.end(), names)
    return [(0, m.end())] if again or REFERS_BACK.search(text[m.end():]) else []


def _context_sentence_zh(text: str, names: list[Name]) -> list[tuple[int, int]]:
    """我们是泰国一家食品进口商，考虑在南宁跨境商品直购体验中心设专柜。请问该中心…: a first sentence that asks
    nothing, which the question after it refers back to (该中心) or names again: context, blanked but for its names."""
    m = _zh_lead_end(text)
    if not m or not _context_only(_mask(text, names)[:m.start()], text[m.end():]):
        return []
    return [(0, m.end())] if REFERS_BACK.search(text[m.end():]) or _said_again(text, m.start(), m.end(), names) else []


def _restated_lead(text: str, names: list[Name]) -> list[tuple[int, int]]:
    """新浪广西8月的报道提到了前七个月网络零售交易额的增速。请问，2018年1至7月广西网络零售交易额同比增长了百分之几: a first
    sentence that asks nothing and whose names, years and figure and relation words the question after it says
    again: a lead-in, blanked whole (the question stands alone)."""
    m = _zh_lead_end(text)
    if not m or ASKS.search(text[:m.start()]) or not ASKS.search(text[m.end():]):
        return []
    lead, rest = text[:m.start()], text[m.end():]
    return [(0, m.end())] if _said_again(text, m.start(), m.end(), names) and _restates(lead, rest) else []


def _restates(lead: str, rest: str) -> bool:
    """Every figure or relation word and every year of the lead is in the rest."""
    words = _relation_keys(lead)
    return bool(words) and words <= _relation_keys(rest) and set(YEAR.findall(lead)) <= set(YEAR.findall(rest))


# a year: four digits standing alone, not part of a longer number nor a count of things (超过2000个: no year)
YEAR = lazyre.compile(r"(?<!\d)(?<!\d[.,])(?:19|20)\d\d(?![\d])(?!\s*(?:个|家|多个|余个|人|元|万|亿|户|项|条|名|份|件|平方|平米|"
                      r"yuan|people|persons|households|stores|shops|stations|outlets|billion|million)(?![\u4e00-\u9fff]*年))", re.I)


def _relation_keys(text: str) -> set[str]:
    return {h[3] for h in _lexicon_hits(text, language(text)) if h[2] in ("rel", "ind")}


def _zh_lead_end(text: str):
    """The end of a Chinese first sentence of at most 80 characters, or None."""
    m = re.search(r"[。！!]", text)
    return m if m and 0 < m.start() <= 80 and CJK.search(text[:m.start()]) else None


def _context_only(lead: str, rest: str) -> bool:
    """The lead asks nothing, or is the asker saying who they are (我们是越南一家水果贸易公司，想…: the class words
    describe the asker), and states no relation or figure."""
    about_asker = re.match(r"\s*(?:我们|我|本公司|我司|敝司)", lead) and not (ASKS.search(lead) or re.search(r"\d", lead))
    return bool(_lead_asks_nothing(lead, rest) or about_asker and ASKS.search(rest)) and not _states_a_relation(lead)


def _context_sentence(text: str, names: list[Name]) -> list[tuple[int, int]]:
    """Old maps label a border town as Lungchow. Which prefecture does it come under today?: a first sentence
    that asks nothing, holds no number and names one thing, which the question refers back to and names nothing
    else: context, blanked but for its name."""
    m = re.search(r"[.!]\s+(?=[A-Z])", text)
    if not m or not _lead_is_context(text[:m.start()], text[m.end():]):
        return []
    inside = [n for n in names if n.end <= m.start()]
    later = [n for n in names if n.start >= m.end()]
    rest = text[m.end():]
    return [(0, m.end())] if len(inside) == 1 and not later and _refers_back(rest) and ASKS.search(rest) \
        and not _many_of_one(text[:m.start()], rest) else []


def _many_of_one(lead: str, rest: str) -> bool:
    """Hechi has several autonomous counties. Name them all: "them" after one name is the many things the lead
    counts in it (several, many, five …), never the one thing: the lead is part of the question."""
    return bool(re.search(r"\b(?:they|them|their)\b", rest, re.I)) and \
        bool(re.search(r"\b(?:several|many|some|a few|few|two|three|four|five|six|seven|eight|nine|ten|\d+)\s", lead, re.I))


def _lead_is_context(lead: str, rest: str) -> bool:
    return _only_context(lead) or _where_asked_back(rest)


def _refers_back(rest: str) -> bool:
    return bool(PRONOUN.search(rest)) or _where_asked_back(rest)


def _where_asked_back(rest: str) -> bool:
    """Which prefecture is that in today: a place asked of what the sentence before named (never how much was it in 2017)."""
    return bool(WHERE_BACK.search(rest) and PLACE_ASKED.search(rest))


PLACE_ASKED = lazyre.compile(r"\bwhere\b|\b(?:which|what) (?:prefecture|city|county|province|district|town|township|place|region)\b", re.I)


# where the one thing of the sentence before lies, asked back (Which prefecture is that in today?): whatever that
# sentence says of it, only the place is asked
WHERE_BACK = lazyre.compile(r"\b(?:is|was) (?:it|that|this|that place|this place) (?:in|under|located)\b|\bdoes (?:it|that|this) (?:belong|lie|come under)\b",
                        re.I)


def _only_context(lead: str) -> bool:
    """A sentence that asks nothing and holds no number, relation or figure word."""
    return not (ASKS.search(lead) or re.search(r"\d", lead) or _states_a_relation(lead))


def _states_a_relation(lead: str) -> bool:
    """The sentence has a relation or figure word (runs on a store model): it says something the question uses."""
    return any(h[2] in ("rel", "ind") for h in _lexicon_hits(lead, language(lead)))


def _lead_asks_nothing(lead: str, rest: str) -> bool:
    """No question word, number or lexicon word in the lead; a question after it."""
    return not (ASKS.search(lead) or re.search(r"\d", lead) or _asks_something(lead)) and bool(ASKS.search(rest))


def _said_again(text: str, stop: int, after: int, names: list[Name]) -> bool:
    """Every name of the lead is named again after it; with no name found there, three characters of it are."""
    inside = [n for n in names if n.end <= stop]
    later = {o.iri for o in names if o.start >= after}
    if inside:
        return all(n.text in text[after:] or n.iri in later for n in inside)
    return any(x in text[after:] for x in re.findall(r"(?=([\u3400-\u9fff]{3}))", text[:stop]))


def _not_in_postscript(text: str, names: list[Name]) -> list[Name]:
    """The names but those in a postscript about the asker (… - I'm plotting Guilin's districts on a map): what
    they are doing, not what they ask about; kept when the question names nothing else."""
    p = POSTSCRIPT.search(text)
    if not p or not text[:p.start("ps")].strip():
        return names
    kept = [n for n in names if n.start < p.start("ps")]
    return kept or names


PRONOUN = lazyre.compile(r"它|其|\b(?:it|its|they|them|their|this one|that one)\b", re.I)


TOPIC_LEAD = lazyre.compile(r"\s*[\u3400-\u9fff]{2,14}?(?:这家|这个|这座|那家|那个)(?:公司|企业|平台|中心|县|区|市|镇|村|产品|模式)\s*")
# a question after a lead that only asks whether the graph holds what the lead names (…, do you have it?)
HAVE_IT = lazyre.compile(r"\s*(?:(?:do|does|would|can|could|will) (?:you|the graph|gxkg|it|the kg|the tool)(?: happen to)? "
                         r"(?:have|hold|know|record|list|give|provide|find|share)(?: (?:it|that|this|them|one|those|these|any|"
                         r"the (?:figure|number|data|count|answer)))?(?: (?:on record|in the graph|anywhere))?|any (?:data|figures?|luck)|"
                         r"有吗|有没有|有没|能查到吗|查得到吗|有这个数据吗|有数据吗|图谱里有吗|能给吗|有记录吗|"
                         r"(?:它|那)?是(?:哪个|哪一个|哪些|哪家|哪几个|哪几家)(?:呢|啊|呀)?)\s*[?？.。!！]*\s*", re.I)  # 想找…的县，是哪个？
# a lead that is two names and nothing more, and the words after it that refer back to the pair
PAIR_LEAD = lazyre.compile(r"\s*(?:[\u3400-\u9fff]{2,12}|[A-Za-z][\w' -]{1,30}?)\s*(?:和|与|跟|同|及|对|vs\.?|versus|and|&)\s*"
                           r"(?:[\u3400-\u9fff]{2,12}|[A-Za-z][\w' -]{1,30}?)\s*", re.I)
BOTH_BACK = lazyre.compile(r"两者|二者|两家|两个|两地|两种|俩|\b(?:both|the two|the pair|each|they|them|their)\b", re.I)
REFERS_BACK = lazyre.compile(PRONOUN.pattern + r"|他们|她们|这(?:个|家|座|条|项|种|一)(?:县|区|市|镇|村|公司|企业|平台|中心|产品|模式|地方)|"
                         r"该(?:县|区|市|镇|村|公司|企业|平台|中心|产品|模式|文件|论坛|活动)|"
                         r"那边|那里|那儿|当地|\bthere\b|\b(?:the|this|that) (?:city|county|prefecture|district|town|village|place|company|platform|centre|center|product|model)\b", re.I)


# a lead that states a claim to check (I read that …, I heard that …): the question's matter, no preamble
CLAIM_LEAD = lazyre.compile(r"\bI (?:(?:read|saw)(?: somewhere| online| in the news| in a report)? that|heard|hear|was told)\b|"
                        r"\b(?:my|our|the) (?:draft|notes?|memo|story|copy|slides?|deck|brief|script) (?:says?|said|claims?|states?|has it)\b|"
                        r"\b(?:a|my|our) (?:colleague|editor|boss|client|friend) (?:says|said|thinks|claims|insists|told me)\b|"
                        r"(?:有人|朋友|别人|同事|他们|人家)?(?:(?:跟|和|对|给)我们?(?:说|讲)|告诉我们?说?)|我们?(?:听说|听人说|看到有人说)", re.I)


# a first sentence that reports a claim (有说法称金花茶产自崇左。…; Some sites say …. …)
CLAIM_SENTENCE = lazyre.compile(r"^\s*(?:有说法称|有说法说|有说法|据说|有人说|听说|有报道称|网上说|网上有人说|(?:A|Some|Several|Many)\b[^.?!。]{0,60}?"
                            r"\b(?:says?|claims?|puts?|lists?|reports?|states?)\b)[^。？?!！.]*[。；;.!！]\s*", re.I)


def _claim_span(text: str, names: list[Name]) -> list[tuple[int, int]]:
    """A first sentence reporting a claim whose names were set aside: blanked whole."""
    m = CLAIM_SENTENCE.match(text)
    return [(0, m.end())] if m and not any(n.start < m.end() for n in names) else []


def _claim_set_aside(text: str, names: list[Name]) -> list[Name]:
    """有说法称金花茶产自崇左。防城港金花茶的产地到底在哪: a first sentence reporting a claim, when the question after
    it names what it asks about: the claim's names are no part of the question (崇左 is not asked about)."""
    end = _claim_end(text, names)
    return [n for n in names if n.start >= end] if end else names


def _claim_end(text: str, names: list[Name]) -> int:
    """Where a first sentence reporting a claim ends, when the question after it asks and names its own thing
    without referring back; 0 otherwise."""
    m = CLAIM_SENTENCE.match(text)
    rest = text[m.end():] if m else ""
    own = m is not None and any(n.start >= m.end() for n in names)
    return m.end() if own and ASKS.search(rest) and not REFERS_BACK.search(rest) else 0


def _not_in_preamble(text: str, names: list[Name]) -> list[Name]:
    """The names but those in a lead about the asker (Our chamber follows CBEC flows. What was …): kept when the
    question after it names nothing (We study Baise mango. What were its sales?)."""
    names = _context_names_set_aside(text, _claim_set_aside(text, names))
    end = _preamble_end(text)
    if not end or not re.search(ASKER, text[:end], re.I) or REFERS_BACK.search(text[end:]):
        return names  # Fangchenggang golden camellia tea: which part …: the topic; 想去产地考察，它出自哪里: what it names
    return [n for n in names if n.start >= end] or names


def _context_names_set_aside(text: str, names: list[Name]) -> list[Name]:
    """融安搞的“电商+农民合作社+贫困户”那个模式，融安归哪个地级市: a first clause that asks nothing, whose name the
    question after it names again without referring back, is context: its other names (the model) are no part of
    the question."""
    m = _context_clause(text, names)
    if not m:
        return names
    later = {n.iri for n in names if n.start >= m.end()}
    return [n for n in names if n.end > m.start() or n.iri in later]


def _context_clause(text: str, names: list[Name]) -> re.Match | None:
    """The comma ending a first clause that asks nothing and holds no number, when the question after it asks
    without referring back and names again a name of the clause."""
    m = re.search(r"[，,；;]", text)
    if not m or not _bare_lead_then_question(text[:m.start()], text[m.end():], 90 if m[0] in "；;" else 40):
        return None
    return m if _a_name_again(names, m.start(), m.end()) else None


def _a_name_again(names: list[Name], stop: int, after: int) -> bool:
    """A name before stop is named again after after."""
    later = {n.iri for n in names if n.start >= after}
    return any(n.iri in later for n in names if n.end <= stop)


def _bare_lead_then_question(lead: str, rest: str, most: int = 40) -> bool:
    """A short lead with no question word or number, then a question that does not refer back to it (a lead ended
    by a semicolon may be longer: it is a sentence of its own)."""
    bare = len(lead) <= most and not ASKS.search(lead) and not re.search(r"\d", lead)
    return bare and bool(ASKS.search(rest)) and not REFERS_BACK.search(rest)


def _lead_named_again(text: str, names: list[Name]) -> list[tuple[int, int]]:
    """The context clause (融安搞的…那个模式，融安归哪个地级市) blanked but for the names the question names again."""
    m = _context_clause(text, names)
    return [(0, m.end())] if m else []


def _asker_spans(text: str) -> list[tuple[int, int]]:
    """Where the preamble and the postscript are, when the question has more than them."""
    end, p = _preamble_end(text), POSTSCRIPT.search(text)
    end = _topic_after_asking(text, None if end and _lead_is_asked(text[:end].rstrip("，,：: "), text[end:]) else end)
    p = p if p and not _the_question_itself(text, end, p) else None
    return ([(0, end)] if end else []) + ([(p.start("ps"), len(text))] if p and text[:p.start("ps")].strip() else [])


def _lead_is_asked(lead: str, rest: str) -> bool:
    """The lead is part of what is asked, not a preamble: it says what the question is about (至简云途这家公司，图谱里
    有它什么信息), it is what is asked (Our NGO wants the household count of X - do you have it?), or it names the
    two the question then compares (香蕉和芒果：两者相差几个亿)."""
    topic = REFERS_BACK.search(rest) and TOPIC_LEAD.fullmatch(lead)
    return bool(topic or HAVE_IT.fullmatch(rest) or PAIR_LEAD.fullmatch(lead) and BOTH_BACK.search(rest))


def _the_question_itself(text: str, end: int | None, p) -> bool:
    """I am a student. I want to know what products come from Baise.: after the lead, a "postscript" that asks
    where nothing before it does is the question."""
    return bool(ASKS.search(p.group("ps"))) and not ASKS.search(text[end or 0:p.start("ps")])


# words after which a lead names the question's topic (想了解一下南宁那个体验中心，里面…)
TOPIC_NEXT = lazyre.compile(r"(?:想了解一下|想了解|了解一下|想问一下|想问问|想咨询一下|咨询一下)")


def _topic_after_asking(text: str, end: int | None) -> int | None:
    """A lead that ends naming the topic (…想了解一下南宁那个跨境商品直购体验中心，): only the words before the topic
    are blanked, so that the topic's name is read whole."""
    last = list(TOPIC_NEXT.finditer(text, 0, end or 0))[-1:]
    rest = text[last[0].end():end].strip("，,：: ") if last else ""
    return last[0].end() if TOPIC_THING.fullmatch(rest) and not re.search(ASKER, rest, re.I) else end


# a thing named by its description (南宁那个跨境商品直购体验中心): words ending in a kind of thing
TOPIC_THING = lazyre.compile(r"[\u4e00-\u9fff]{2,}?(?:那个|这个|那家|这家|那座)?[\u4e00-\u9fff]*(?:公司|企业|平台|中心|县|区|市|镇|村|模式)")


def _preamble_end(text: str) -> int | None:
    """Where a lead that asks nothing ends, when the question follows it: who is asking and why (我们公司想进驻…，
    We are an exporter. …), or any lead before a colon that names no figure, relation or cue (写材料要用：…)."""
    end = None
    for m in LEAD_END.finditer(text, 0, 160):
        lead, rest = text[:m.start()], text[m.end():]
        if ASKS.search(lead) or CLAIM_LEAD.search(lead):
            break  # the question has begun
        clause = text[end or 0:m.start()]  # this clause of the lead is about the asker, or goes on about it
        if _matter_then_bare_ask(clause, rest):
            break
        if _asks_more(rest) and _lead_clause(clause, lead, m.group(0), end is not None):
            end = m.end()
    return end


def _lead_clause(clause: str, lead: str, mark: str, going_on: bool) -> bool:
    """The clause is about the asker (or goes on about it), or the lead before a colon asks nothing."""
    about_asker = re.search(ASKER, clause, re.I) or going_on and not _asks_something(clause)
    return bool(about_asker or mark in "：:" and not _asks_something(lead) and not _names_unknown_thing(lead))


def _names_unknown_thing(lead: str) -> bool:
    """Meituan in Guangxi: …: a lead before a colon naming a thing in pinyin that is no word of the lexicon, or
    one that is only such a word, is the question's topic (a name the graph may lack), not a preamble to blank."""
    from ..romanised import readings

    vocab = _en_vocabulary()
    return any(readings(w.lower()) for w in TITLE_WORD.findall(lead) if w.lower() not in vocab) or _one_unknown_word(lead)


def _one_unknown_word(lead: str) -> bool:
    """Shopee in Guangxi, Lazada, Guangxi (the names blanked): a lead that is one capitalised word the lexicon lacks
    and words that link it to names names a thing the graph may lack."""
    rest = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", lead) if w.lower() not in LEAD_LINKS]
    return len(rest) == 1 and bool(TITLE_WORD.fullmatch(rest[0])) and rest[0].lower() not in _en_vocabulary()


TITLE_WORD = lazyre.compile(r"\b[A-Z][a-z]{3,}\b")
LEAD_LINKS = {"in", "and", "of", "about", "on", "at", "for", "the", "with", "re", "regarding", "vs", "versus"}


# a courtesy after the question (…, please?; …，谢谢！): no question of its own
COURTESY = lazyre.compile(r"\b(?:please|pls|plz|thanks|thank you|thx|cheers)\b|请|谢谢|多谢|[\W_]", re.I)


def _asks_more(rest: str) -> bool:
    """What follows a lead asks, and is more than a courtesy (I need Baise mango sales in 2017, please?)."""
    return bool(ASKS.search(rest)) and len(COURTESY.sub("", rest)) >= 2


def _matter_then_bare_ask(clause: str, rest: str) -> bool:
    """需引用截至2018年7月全区累计建成的农村电商服务站点数量。请问图谱中记录的数值是多少: a clause with a number and a
    figure or relation word, then a question that names nothing of its own: the clause is what is asked."""
    return bool(re.search(r"\d", clause)) and _states_a_relation(clause) and not _states_a_relation(rest) \
        and not re.search(r"[\u3400-\u9fff]{2,}(?:市|县|区|镇|乡|村)", rest) and not REFERS_BACK.search(rest)  # Can I keep it?


def _asks_something(lead: str) -> bool:
    """The lead holds a relation, figure, class or cue word (销售额方面：… is part of the question)."""
    return any(h[2] != "cue" or h[3] != "noise" for h in _lexicon_hits(lead, language(lead)))


def _rank_or_guess(q: Question) -> None:
    """名列第几 asks a rank, not a count; 应该在浦北县境内吧 a guess to confirm (yes or no); most of (a quantity) is
    no superlative; China's western provinces is a ranking's scope, not the national whole."""
    _quantity_and_scope(q, q.text.lower())
    if "count" in q.cues and "第几" in q.text and not re.search(r"(?<!第)几|多少", q.text):
        q.cues.discard("count")
    if re.search(r"吧\s*[？?]?\s*$", q.text):
        q.cues.add("yesno")


def _quantity_and_scope(q: Question, low: str) -> None:
    """Most of (a quantity) is no superlative; China's western provinces is a ranking's scope, not the whole."""
    if q.words.get("most") == "most" and re.search(r"\bmost of\b", low) and low.count("most") == 1:
        q.cues.discard("most")
    if "whole" in q.cues and re.search(r"china'?s?\s+western|全国.{0,3}西部", low):
        q.cues.discard("whole")
    _rank_not_place(q, low)
    _which_level_listed(q)
    _which_level_does(q)
    _mean_inside_words(q)
    _person_asked(q)
    _aside_renamed(q)


WHICH_LEVEL = lazyre.compile(r"^(?:which|what)\s+(prefecture|city|county|district)|^哪(?:个|些)(地级市|市|县|区)$", re.I)
LEVEL_OF_WORD = {"prefecture": "Prefecture", "city": "Prefecture", "county": "County", "district": "County",
                 "地级市": "Prefecture", "市": "Prefecture", "县": "County", "区": "County", "村": "Village", "镇": "Township"}


def _which_level_listed(q: Question) -> None:
    """Which prefecture cities lie north of 24.5°N: with no place named and a line of latitude or longitude set,
    "which prefecture" asks for the places of that level on its side (a list), not where something is."""
    m = WHICH_LEVEL.match(q.words.get("where", "")) if "where" in q.cues and q.bounds and not q.names else None
    word = (m[1] or m[2]) if m else ""
    if m:
        q.cues = (q.cues - {"where"}) | {"list"}
        q.kinds += [] if LEVEL_OF_WORD[word.lower()] in q.classes else [(word, LEVEL_OF_WORD[word.lower()])]
        q.classes = list(dict.fromkeys(q.classes + [LEVEL_OF_WORD[word.lower()]]))


def _mean_inside_words(q: Question) -> None:
    """average annual growth, 平均增长: "average" inside an indicator's words asks no average of figures."""
    said = q.words.get("mean", "").lower()
    if said and any(said in w.lower() for k, w in q.words.items() if k not in ("mean", "per", "monthly")):
        q.cues.discard("mean")


WHERE_RELATIONS = {"locatedIn", "partOf"}
AUX_NEXT = lazyre.compile(r"\s+(?:does|did|do|is|are|was|were|has|have|had)\b", re.I)  # which county does it come from: its place


def _which_level_does(q: Question) -> None:
    """河池哪个县采用了模式, Which county in Hechi adopted a model: "which county" before the relation's word is who
    does it (a list of counties), not where something lies."""
    m = WHICH_LEVEL.match(q.words.get("where", "")) if "where" in q.cues and q.names else None
    if m and _done_after(q):
        word = m[1] or m[2]
        q.cues = (q.cues - {"where"}) | {"list"}
        q.words["list"] = q.words.pop("where")
        q.kinds.insert(0, (word, LEVEL_OF_WORD[word.lower()]))
        q.classes = list(dict.fromkeys([LEVEL_OF_WORD[word.lower()]] + q.classes))


def _done_after(q: Question) -> bool:
    """A relation other than lying in is written after the "which county" words, as what it does (not "which
    county does it come from")."""
    rels = [r for r in q.relations if r not in WHERE_RELATIONS and q.at.get(r, -1) > q.at.get("where", 1 << 30)]
    return bool(rels) and not AUX_NEXT.match(q.text[q.at["where"] + len(q.words["where"]):])


def _aside_renamed(q: Question) -> None:
    """横州（以前叫横县）跟哪些东西有联系: an old name said in brackets tells which place is meant; no rename is asked."""
    word = q.words.get("rename", "")
    if "rename" in q.cues and word and re.search(r"[（(][^）)]*" + re.escape(word) + r"[^）)]*[）)]", q.text):
        q.cues.discard("rename")


PERSON_NAMED = lazyre.compile(r"(?:村民|农民|老板|负责人|那个人|这个人|那位|这位)[^。？?]{0,5}(?:叫什么名字|叫什么|名字|是谁)|"
                          r"\b(?:name of (?:the|that|this) (?:villager|farmer|person|man|woman|official)|who (?:is|was) (?:the|that) "
                          r"(?:villager|farmer|person))\b", re.I)


def _person_asked(q: Question) -> None:
    """那个村民叫什么名字: a person's name is asked; the graph holds no people (refused, not a figure of theirs)."""
    if PERSON_NAMED.search(q.text):
        q.cues.add("unstated")
        q.words.setdefault("unstated", PERSON_NAMED.search(q.text).group(0))


def _rank_not_place(q: Question, low: str) -> None:
    """Where did Guangxi rank: a rank asked, not a place."""
    if re.search(r"\bwhere (?:did|does|do|was|is|would) [^?]{0,40}?\b(?:rank|ranked|stand|stands)\b", low):
        q.cues.discard("where")


def _at_least_is_a_bound(q: Question) -> None:
    """At least 12, at most five: a bound on a number, not the least or the most asked."""
    low = q.text.lower()
    for cue, word in (("least", "at least"), ("most", "at most")):
        if cue in q.cues and word in low and not re.search(rf"(?<!at )\b{cue}\b", low):
            q.cues.discard(cue)


def _approved_for_a_programme(kg, q: Question) -> None:
    """获批…试验区的城市, approved for the pilot zones: a place approved for a programme is one that implements it (a
    designation is a title, a programme is carried out)."""
    if "hasDesignation" in q.relations and any(kg.is_a(n.iri, "https://w3id.org/gxkg/ontology#Program") for n in q.names) and \
            any(kg.is_a(n.iri, "https://w3id.org/gxkg/ontology#Place") for n in q.names):
        q.relations = ["implements" if r == "hasDesignation" else r for r in q.relations]
        q.words["implements"] = q.words.pop("hasDesignation")


def _kind_word_after_name(kg, q: Question) -> None:
    """The 'national … county' designation: a relation word right after a name of the relation's range class
    says what the thing is (a designation), not a relation asked of it."""
    from ..vocab import vocabulary

    v = vocabulary()
    if "who" in q.cues:
        return  # 谁获得了淘宝村称号: who holds it is asked
    for r in list(q.relations):
        term = v.relations.get(r)
        rng = v.terms.get(term.range) if term and term.range else None
        if rng and _the_class_after_a_name(kg, q, r, rng):
            q.relations.remove(r)


def _the_class_after_a_name(kg, q: Question, r: str, rng) -> bool:
    """Relation r's word is its range class's label and follows a name of that class ('…' designation)."""
    at = q.at.get(r, -1)
    return q.words.get(r, "").lower() in {x.lower() for x in rng.label.values()} and \
        any(re.fullmatch(r"[\s'\"’”」』》]*", q.text[n.end:at]) and kg.is_a(n.iri, rng.iri) for n in q.names)


def _what_kind_listed(q: Question) -> None:
    """"what products", 什么产品, 啥平台: the members of a class are asked, as with which / 哪些."""
    low = q.text.lower()
    for w, _ in q.kinds:
        w = re.escape(w.lower())
        if re.search(rf"\bwhat\s+(?:(?:kinds?|sorts?|types?) of\s+)?{WHAT_MODIFIERS}{w}\b|(?:什么|啥)(?:样的)?{w}", low):
            if _place_it_is_in(q, low, w):
                continue
            q.cues.add("list")
            q.words.setdefault("list", "what")


# what big-name e-commerce companies: a word or two describing the kind between "what" and it (never "what share of")
WHAT_MODIFIERS = r"(?:(?!(?:of|is|are|was|were|do|does|did|has|have|had|the|a|an|in|on|for|other|another|else)\b)[\w'-]+\s+){0,2}?"


def _place_it_is_in(q: Question, low: str, w: str) -> bool:
    """What prefecture-level city is Fengshan in: the place a thing lies in (where), not a list of the class."""
    if not re.search(rf"\b(?:what|which)\s+{w}\b.*\b(?:in|under|part of|belong to)\s*[?？.]?\s*$", low) or \
            not any(c in PLACE_KINDS for c in q.classes):
        return False
    q.cues.add("where")
    q.words.setdefault("where", "in")
    return True


PLACE_KINDS = ("Province", "Prefecture", "County", "Township", "Village")


PRICE_WORDS = ("per jin", "a jin", "一斤", "每斤", "单价", "售价", "卖价", "价格", "price")


def _before_renaming(q: Question) -> None:
    """改名之前的旧代码, before it was renamed; 横县后来是不是改成了横州市: the time of a name or code, never the price
    before or after the model."""
    for local, words in (("price-before-model", ("之前", "以前", "原来", "过去", "before")),
                         ("price-after-model", ("后来", "之后", "以后", "现在", "after", "now"))):
        _time_word_not_a_price(q, local, words)
    _old_code_of_renamed(q)


def _size_of_a_figure(q: Question) -> None:
    """How big was online retail relative to all e-commerce, in percentage terms: the share of a figure named, never a
    floor area."""
    area = "https://w3id.org/gxkg/resource/indicator/floor-area"
    if area in q.indicators and len(q.indicators) > 1 and "share" in q.cues and q.words.get("floor-area", "").lower() in ("how big", "多大", "how large", "large is"):
        q.indicators.remove(area)
        q.words.pop("floor-area")


def _time_word_not_a_price(q: Question, local: str, words: tuple) -> None:
    iri = "https://w3id.org/gxkg/resource/indicator/" + local
    if iri in q.indicators and (q.cues & {"rename", "old_code"} or not PRICE_TALK.search(q.text)) and \
            q.words.get(local, "").lower() in words:  # 原来的横县: a former name, no price
        q.indicators.remove(iri)
        q.words.pop(local)


def _old_code_of_renamed(q: Question) -> None:
    """Its code before it was renamed (改名前的代码): the old code."""
    if {"code", "rename"} <= q.cues and RENAMED_BEFORE.search(q.text):
        q.cues.discard("code")
        q.cues.add("old_code")
        q.words["old_code"] = q.words.pop("code")


PRICE_TALK = lazyre.compile(r"钱|卖|价|元|\b(?:price|prices|priced|cost|costs|sell|sells|sold|yuan)\b", re.I)
RENAMED_BEFORE = lazyre.compile(r"(?:改名|更名|撤县设市|设市)(?:之|以)?前|\bbefore (?:it was |the )?(?:renam|chang)", re.I)


def _price_not_sales(q: Question) -> None:
    """A price asked (per jin, 每斤) makes 卖 / sell for the price, not the sales: 每斤多卖多少钱 is about the
    price, and "sell for ... per jin" too."""
    ind = "https://w3id.org/gxkg/resource/indicator/"
    if ind + "annual-sales" not in q.indicators or not _price_said(q):
        return
    q.indicators.remove(ind + "annual-sales")
    if not any(i.startswith(ind + "price-") for i in q.indicators):  # 每公斤卖多少钱: a price in another unit of mass
        q.indicators += [ind + "price-after-model", ind + "price-before-model"]


def _price_said(q: Question) -> bool:
    """A unit of price by weight asked (每公斤), or a price word with a price indicator named."""
    prices = any(i.endswith(("price-after-model", "price-before-model")) for i in q.indicators)
    return bool(set(q.units) & lx.price_units()) or prices and any(w in q.text.lower() for w in PRICE_WORDS) or \
        bool(PER_PIECE.search(q.text)) or bool(PRICE_SAID.search(q.text))


PRICE_SAID = lazyre.compile(r"卖价|售价|单价|价格|\bselling price\b|\bprice\b", re.I)  # 融安金桔卖价: the price, never the sales


# 每株卖多少钱, how much does a seedling sell for apiece: a price of one piece, never the sales
PER_PIECE = lazyre.compile(r"(?:每|一)(?:株|棵|个|只|件|盒|箱|袋|瓶|包|份|颗|根|把|串)(?:卖|售价|多少钱|价格|要)|"
                           r"\b(?:per|a|each|one)\s+(?:seedling|plant|tree|piece|box|bag|bottle|pack|item|unit)\b|\bapiece\b", re.I)



def _qualified_indicators(q: Question) -> None:
    """农村电商累计实现网络零售额: the rural figure, its qualifier (农村, rural) said shortly before the words of
    the figure it qualifies (网络零售额): another indicator's word is the qualifier and this one's word."""
    ind = "https://w3id.org/gxkg/resource/indicator/"
    for i, iri in enumerate(q.indicators):
        key = iri[len(ind):]
        said = q.words.get(key, "").lower()
        other = _qualified(q, key, said) if said else None
        if other:
            q.indicators[i] = ind + other
            q.words.setdefault(other, said)
            q.at.setdefault(ind + other, q.at.get(iri, 0))


BOTH_ASKED = lazyre.compile(r"和|与|跟|及|以及|分别|各|对比|相比|比较|\b(?:and|versus|vs|respectively|each|compared?)\b", re.I)


def _narrower_indicators(q: Question) -> None:
    """跨境电商一共成交了多少钱: the cross-border volume, not also the volume of all e-commerce its words hold;
    both are kept when the question joins or compares two figures (跨境电商和电商交易额)."""
    ind = "https://w3id.org/gxkg/resource/indicator/"
    if BOTH_ASKED.search(q.text) or q.cues & {"compare", "less", "share", "growth", "most", "least", "per", "total"}:
        return
    for narrow, wide in lx.NARROWER.items():
        if ind + narrow in q.indicators and ind + wide in q.indicators:
            q.indicators.remove(ind + wide)
            q.soft.discard(ind + narrow)  # the topic's figure (cross-border e-commerce) asked by the words (turnover)


def _narrowed_by_qualifier(q: Question) -> None:
    """Online retail that rural Guangxi generated: a word nothing else explains that only the narrower figure's
    words hold (rural online retail) asks that figure, not the wider one."""
    ind = "https://w3id.org/gxkg/resource/indicator/"
    for narrow, wide in lx.NARROWER.items():
        said = [w for w in q.unknown if _own_word(w, narrow, wide)] if ind + wide in q.indicators and ind + narrow not in q.indicators else []
        if said and "share" in q.cues:  # 跨境那425亿在7056亿电商总盘子里占多大比例: the narrower's share of the wider
            _narrower_beside(q, ind + narrow, ind + wide, said)
        elif said:
            q.indicators[q.indicators.index(ind + wide)] = ind + narrow
            q.at[ind + narrow] = q.at.get(ind + wide, 0)
            q.words[narrow] = q.words.pop(wide, said[0])
            q.unknown = [w for w in q.unknown if w not in said]


def _own_word(w: str, narrow: str, wide: str) -> bool:
    """w is a word of the narrower indicator's words (a whole English word, or part of a Chinese one) and of none of
    the wider one's."""
    def holds(key):
        zh, en = lx.INDICATOR_WORDS.get(key, ((), ()))
        return any(w in x for x in zh) if CJK.search(w) else w.lower() in {t for x in en for t in x.lower().split()}
    return len(w) >= 2 and holds(narrow) and not holds(wide)


def _narrower_beside(q: Question, narrow: str, wide: str, said: list[str]) -> None:
    """The narrower figure asked beside the wider one (its share of it), by the word only it holds."""
    q.indicators.insert(q.indicators.index(wide), narrow)
    q.words[narrow.rsplit("/", 1)[-1]] = said[0]
    q.at[narrow] = q.text.lower().find(said[0].lower())
    q.unknown = [w for w in q.unknown if w not in said]


def _qualified(q: Question, key: str, said: str) -> str | None:
    """The indicator whose word is a qualifier said within a few characters before `said` and `said` itself."""
    ind = "https://w3id.org/gxkg/resource/indicator/"
    at = q.at.get(ind + key, 0)
    before = q.text.lower()[max(0, at - 12):at]
    return next((o for o in _qualifying(said) if ind + o not in q.indicators and o != key and _qualifies(before, _qualifier(said, o))
                 and (ind + o not in SHARE_PARTS or SHARE_SAID.search(q.text))), None)  # 全国…店铺: not the share


def _qualifies(before: str, qualifier: str) -> bool:
    """The qualifier is said just before, with no number or clause between (跨境那425亿，在7056亿电商总盘子里: 跨境
    has its own amount; the whole after it is all e-commerce)."""
    at = before.rfind(qualifier) if qualifier else -1
    return at >= 0 and not re.search(r"[\d，,。；;]", before[at + len(qualifier):])


# the thing another is said to be like (和东兴采用同一种模式的城市, the same model as Dongxing): never among the others
LIKE_ONE = lazyre.compile(r"(?:和|与|跟|同)(?P<zh>[^，,。？?]{2,24}?)(?:采用|采取|使用|用|实施|搞)?(?:了)?(?:同一|相同|一样)|"
                         r"\bsame [\w -]{2,30}? as (?:the )?(?P<en>[\w' -]{2,40})", re.I)


def named_as_like(q: Question, text: str) -> set[str]:
    """The things named as the one others are like (和东兴采用同一种模式的城市: 东兴), in `text`."""
    m = LIKE_ONE.search(text)
    said = (m.group("zh") or m.group("en") or "").lower() if m else ""
    return {n.iri for n in q.names if said and n.text.lower() in said}


SHARE_SAID = lazyre.compile(r"占|比重|比例|份额|百分之|\bshare\b|\bpercent|\bproportion", re.I)


def _qualifying(said: str) -> list[str]:
    """The indicators one of whose words is a longer word ending in `said` (农村网络零售额 for 网络零售额)."""
    return [o for o, ws in lx.INDICATOR_WORDS.items() if any(w.lower().endswith(said) and len(w) > len(said)
                                                          for w in ws[0] + ws[1])]


def _qualifier(said: str, other: str) -> str:
    """The word before `said` in the shortest of `other`'s words that end in it (农村, rural)."""
    ws = sorted((w.lower() for w in sum(lx.INDICATOR_WORDS[other], ()) if w.lower().endswith(said) and len(w) > len(said)), key=len)
    return ws[0][: -len(said)].strip()


def _names_and_topics(kg, text: str, lang: str) -> tuple[list[Name], set]:
    """The names (Chinese anywhere, English in the Latin parts) less those inside a longer lexicon word (交易额
    is not a place 交易), and the figures named by a topic's words (跨境电商: the topic, and its figure if one
    is asked)."""
    names = _no_overlaps(_names_zh(kg, text) + _titled_names(kg, text) + _coded_names(kg, text))
    if re.search(r"[A-Za-z]{2,}", text):
        names = _no_overlaps(names + _names_en(kg, _mask(text, names)) + _quoted_names(kg, text))
    elif "“" in text:
        names = _no_overlaps(names + _quoted_names(kg, text))  # “电商+合作社+贫困户”: the model, a word of it left out
    hits = _no_figure_verbs(text, _lexicon_hits(text, lang))
    names = [n for n in names if not any(_inside_longer((n.start, n.end), h) for h in hits)
             and not _done_as_relation(kg, text, n, hits)]
    names = [_of_the_kind_after(kg, text, n, hits) for n in names]
    return _with_area_word(kg, text, names), _topic_figures(kg, names, hits)


# a division code of a Guangxi place written in the question (区划代码450803, code 450803000000)
DIVISION_CODE = lazyre.compile(r"(?<![\d.,])45\d{4}(?:\d{6})?(?!\d|[.,]\d)(?!\s*(?:元|块|人|户|个|家|万|亿|千|百|%|％|斤|件|次|平方|亩|公顷|公里|"
                           r"yuan|rmb|cny|people|persons|households|jin|km|square|hectares))", re.I)


def _coded_names(kg, text: str) -> list[Name]:
    """A place written as its division code (6 digits, or the 12 of the statistics code): the place with that
    code, read as its name."""
    from ..store.terms import lit

    out = []
    for m in DIVISION_CODE.finditer(text):
        rows = kg.store.select("SELECT DISTINCT ?p WHERE { { ?p gxo:gbCode ?c } UNION { ?p gxo:divisionCode ?c } UNION { ?p gxo:nameChange/gxo:oldCode ?c } UNION { ?p gxo:formerCode ?c } }",
                               {"c": lit(m.group(0))})
        if len(rows) == 1:
            iri = rows[0]["p"].value
            out.append(Name(m.group(0), iri, m.start(), m.end(), kg.label(iri, "zh")))
    return out


BETWEEN_NAME_AND_KIND = lazyre.compile(r"(?:电商|电子商务)?")


def _of_the_kind_after(kg, text: str, n: Name, hits) -> Name:
    """A name with a class word after it that its thing is not of (万寿谷核桃鸡联动模式, 中国-东盟信息港电商论坛):
    the one thing of that class whose name holds the name (the walnut-chicken linkage model, the Information
    Harbor forum), else the name as found."""
    cls = _kind_after(kg, text, n, hits)
    if not cls:
        return n
    wanted = {cls} | kg._class_closure({cls})
    found = {x["iri"] for x in kg.names.search(n.text, classes=wanted, limit=10) if n.text in (kg.label(x["iri"], "zh") or "")}
    if len(found) != 1:
        return n
    iri, end = found.pop(), _kind_word_end(text, n, hits)
    return Name(text[n.start:end], iri, n.start, end, kg.label(iri, "zh"))


def _kind_hit(text: str, n: Name, hits):
    """The Chinese class word right after the name (电商 between them allowed)."""
    return next((h for h in hits if h[2] == "cls" and h[0] >= n.end and CJK.search(h[4]) and
                 BETWEEN_NAME_AND_KIND.fullmatch(text[n.end:h[0]])), None)


def _kind_after(kg, text: str, n: Name, hits) -> str | None:
    """The class of that word, when the named thing is neither of it nor a place (南宁平台: Nanning's
    platforms, not one named so)."""
    h = _kind_hit(text, n, hits)
    cls = "https://w3id.org/gxkg/ontology#" + h[3] if h else None
    return cls if cls and not kg.is_a(n.iri, cls) and not kg.is_a(n.iri, PLACE) else None


def _kind_word_end(text: str, n: Name, hits) -> int:
    return _kind_hit(text, n, hits)[1]


DOING = lazyre.compile(r"(?:做|搞|开展|从事|经营|发展|干)了?$")


def _done_as_relation(kg, text: str, n: Name, hits) -> bool:
    """A topic's name that is a relation's word, after a verb of doing (在广西做农村电商: runs rural e-commerce
    in Guangxi, the relation; not the topic's figures)."""
    return bool(DOING.search(text[:n.start])) and any(h[2] == "rel" and (h[0], h[1]) == (n.start, n.end) for h in hits) \
        and kg.is_a(n.iri, TOPIC)


# a place named as an area (the Nanning area, 钦州地区, 百色一带): the place, not a floor area asked
AREA_WORD = lazyre.compile(r"\s*(?:area|region|areas|regions|地区|一带|片区|周边)(?![A-Za-z])", re.I)


def _with_area_word(kg, text: str, names: list[Name]) -> list[Name]:
    out = []
    for n in names:
        m = AREA_WORD.match(text, n.end)
        if m and kg.is_a(n.iri, PLACE):
            n = Name(text[n.start:m.end()], n.iri, n.start, m.end(), n.read_as)
        out.append(n)
    return out


def _topic_figures(kg, names: list[Name], hits) -> set:
    """The indicators whose words lie inside a topic's name (跨境电商); for a topic named without such words
    (crossborder ecommerce growth), the indicators whose own names hold the topic's name: its figures."""
    topics = [n for n in names if TOPIC in kg.types(n.iri)]
    inside = _indicators_inside(hits, topics)
    if inside or not topics or any(h[2] == "ind" for h in hits):  # a figure named by its own words: that one
        return inside
    return _topic_own_figures(kg, topics)


def _indicators_inside(hits, names: list[Name]) -> set:
    """The indicators whose words lie inside one of the names."""
    return {"https://w3id.org/gxkg/resource/indicator/" + h[3] for h in hits
            if h[2] == "ind" and any(n.start <= h[0] and h[1] <= n.end for n in names)}


def _topic_own_figures(kg, topics: list[Name]) -> set:
    """The indicators whose names hold a topic's name (跨境电商交易额 of 跨境电商), found through the name index:
    a probe per name, not a read of every indicator."""
    forms = [f for n in topics for f in _topic_forms(kg, n.iri)]
    indicator = "https://w3id.org/gxkg/ontology#Indicator"
    found = {h["iri"] for f in forms for h in kg.names.search(f, classes={indicator}, limit=50)}
    return {i for i in found if any(f in v for f in forms for v in _topic_forms(kg, i, 0))}


def _topic_forms(kg, iri: str, shortest: int = 4) -> list[str]:
    """The thing's names in lower case, of `shortest` characters or more."""
    return [f.lower() for f in list(kg.labels(iri).values()) + kg.alt_labels(iri) if len(f) >= shortest]


def _words_around(kg, text: str, lang: str, names: list[Name]):
    """The lexicon words outside the names; Chinese runs no word explains are tried as misspelt names."""
    masked = _mask(text, names)
    hits = _longest(_no_figure_verbs(text, _lexicon_hits(masked, lang)))
    if CJK.search(text):
        names = _stitched_names(kg, text, names, hits, _residue(masked, hits, "zh"))
        masked_names = _mask(text, names)
        names = _misspelt_names(kg, text, names, _residue(masked_names, hits, "zh") + _lone_before_place(masked_names)
                                + _pair_before_place(masked_names))
        names = _stitched_names(kg, text, names, hits, _residue(_mask(text, names), hits, "zh"))
        names = _not_inside_a_province(text, names)
        masked = _mask(text, names)
        hits = _longest(_no_figure_verbs(text, _lexicon_hits(masked, lang)))
    return names, masked, hits


def _words_inside(masked: str, lang: str, hits) -> list:
    """A cue inside an indicator's words still asks (share in "share of all shops"); an indicator inside a
    cue's words is still the figure (卖 in 卖得多, sold in "sold more"); nothing inside a word of no meaning
    (最 of 最终消费)."""
    every = _lexicon_hits(masked, lang)
    noise = [o for o in every if o[2] == "cue" and o[3] == "noise"]
    return [h for h in every if h not in hits and not any(_within(h, o) and o != h for o in noise) and _asks_inside(h, hits)
            and not _growth_contributed_to(masked, h)]


def _growth_contributed_to(masked: str, h) -> bool:
    """contribution to growth, contribution rate to Guangxi's growth, 对广西经济增长的贡献: the growth the figure is a
    contribution to, no growth asked of it."""
    if h[3] != "growth" or not re.search(r"contribut|贡献", masked, re.I):
        return h[3] == "growth" and re.search(r"\bto\s*$", masked[:h[0]], re.I) is not None
    return re.search(r"\bto\s+(?:\S+\s+){0,2}$|对[^，,。？?]{0,10}$", masked[:h[0]], re.I) is not None


def _within(h, o) -> bool:
    return o[0] <= h[0] and h[1] <= o[1]


def _asks_inside(h, hits) -> bool:
    """A cue inside an indicator's words, or an indicator inside a comparing cue's; the whole a share is of inside
    the share's words (share of the national total) asks no whole."""
    if h[2] == "cue":
        return h[3] not in ("whole", "national") and any(o[2] == "ind" and _within(h, o) and not _rise_counted(h, o) for o in hits)
    return h[2] == "ind" and any(o[2] == "cue" and o[3] in ("compare", "less", "most", "least") and _within(h, o) for o in hits)


def _rise_counted(h, o) -> bool:
    """Households whose incomes rose: the rise is what the figure counts (households lifted), no growth asked."""
    return h[3] == "growth" and o[3] in lx.RISE_COUNTED


DIVISION_ENDS = "市县区镇乡"
# a division's ending said -> the endings of the other divisions a label may have (in English only a county said of a
# district, or the other way: a county-level city is often called a county)
OTHER_ENDS = {"市": "县区镇乡", "县": "市区镇乡", "区": "市县镇乡", "镇": "市县区乡", "乡": "市县区镇", "道": "市县区镇乡",
              "county": "区", "district": "县市"}  # 北海道: a place of its own (Hokkaido), never 北海市


def _suffix_swapped(kg, q: Question, text: str, hits) -> None:
    """兴宁市, 象山县, 钟山区, Xiangshan County: a place's short name (兴宁 of 兴宁区) written with another division's
    ending names another place (a city of Guangdong, a county of Zhejiang) the graph does not hold: unknown, said
    with the one it holds, never taken for that place."""
    from .messages import msg

    swapped = _swapped_names(kg, q.names, text, _in_long_hits(hits))
    q.held_instead.update({n.text + end: msg("held_instead", q.lang, name=kg.label(n.iri, q.lang)) for n, end in swapped})
    _names_made_unknown(q, swapped)


def _places_elsewhere(kg, q: Question, text: str) -> None:
    """屏南县, 榆林, 萍乡: a name written that is a division of another province (China's division table) is that
    place, which the graph does not hold: never read as the Guangxi place whose name sounds alike (平南县, 玉林市);
    it is unknown, said with the place it is (福建省宁德市屏南县) and the Guangxi one the graph holds."""
    from ..sources.reference import places_elsewhere

    misread = [n for n in q.names if (n.read_as or _spelt_otherwise(kg, n) or _written_on_elsewhere(kg, text, n))
               and not text[:n.start].endswith(("广西", "广西壮族自治区"))]
    found = [(n, p) for n, p in ((n, _elsewhere_as_written(text, n, places_elsewhere())) for n in misread) if p]
    _names_made_unknown(q, [(n, "") for n, _ in found])
    for n, places in found:
        q.held_instead[n.text] = _said_elsewhere(q, places, kg.label(n.iri, q.lang))
    _unknown_elsewhere(q)


def _written_on_elsewhere(kg, text: str, n: Name) -> bool:
    """兴安盟: a short name (兴安) written on into a division ending that makes another province's place, not the
    Guangxi one's own name (兴安县)."""
    from ..sources.reference import places_elsewhere

    end = _division_end_after(text, n)
    # the index probe first: the table of other provinces is read only when the graph holds no place so named
    return bool(end) and not kg.names.exact(n.text + end) and n.text + end in places_elsewhere()


ELSEWHERE_ENDS = "县市区盟旗州"  # the endings a short name may be written on into


def _division_end_after(text: str, n: Name) -> str:
    """The division ending written right after a name (阿里地区: 地区; 兴安盟: 盟), "" for none."""
    if text.startswith("地区", n.end):
        return "地区"
    end = text[n.end:n.end + 1]
    return end if end and end in ELSEWHERE_ENDS else ""


def _spelt_otherwise(kg, n: Name) -> bool:
    """An English name found one letter away (Pinggu District for Pinggui District): not one of its names as written."""
    return n.text.isascii() and n.iri not in kg.names.exact(n.text) + kg.names.exact(EN_DIVISION_END.sub("", n.text.lower()))


def _unknown_elsewhere(q: Question) -> None:
    """义乌, Kunming: a word nothing explains that names a place of another province is said to lie there (the
    table is read only when some word is left unexplained: 40 ms a process)."""
    from ..sources.reference import places_elsewhere

    for w in (w for w in q.unknown if w not in q.held_instead):
        found = places_elsewhere().get(w) if CJK.search(w) else _place_elsewhere_en(w)
        if found:
            q.held_instead[w] = _said_elsewhere(q, found, None)


def _elsewhere_as_written(text: str, n: Name, places: dict) -> tuple | None:
    """The places of another province named as the name is written (with the division ending after it, if any);
    in English by its pinyin (Zhanjiang, Longchuan County)."""
    if n.text.isascii():
        return places.get(re.sub(r"[^a-z]", "", EN_DIVISION_END.sub("", n.text.lower())))
    end = _division_end_after(text, n)
    return (places.get(n.text + end) if end else None) or places.get(n.text)


def _place_elsewhere_en(w: str) -> tuple | None:
    """The places of another province a capitalised English word is the pinyin of (Zhanjiang, Longchuan)."""
    from ..sources.reference import places_elsewhere

    return places_elsewhere().get(w.lower()) if w[:1].isupper() and w.isalpha() else None


EN_DIVISION_END = lazyre.compile(r"\s+(?:county|city|district|prefecture|town|township)$")


def _said_elsewhere(q: Question, places: tuple, held: str | None) -> str:
    """（福建省宁德市屏南县，不在广西；图谱中有平南县）"""
    from .messages import msg

    where = msg("sep", q.lang).join(places[:3])
    return msg("elsewhere", q.lang, place=where, held=msg("elsewhere_held", q.lang, name=held) if held else "")


def _in_another_province(kg, text: str, n) -> bool:
    """Pingxiang, Jiangxi; 江西萍乡市: a place said to lie in another province than Guangxi, by that province's
    name right before or after it, is another place than the Guangxi place of its name."""
    if not kg.is_a(n.iri, PLACE) or kg.is_a(n.iri, GXO_NS + "Province"):
        return False  # Jiangxi, Sichuan: provinces listed, neither lies in the other
    before, after = text[max(0, n.start - 6):n.start], text[n.end:n.end + 20]
    zh = re.search(rf"(?:{lx.PROVINCES_ZH.pattern})省?的?$", before)
    en = re.match(r"\s*(?:,|\(|\bin\b)\s*(?:the\s+)?([a-z]+)(?:\s+province)?\b", after, re.I)
    other = (zh and not zh.group(0).startswith("广西")) or \
        (en and en.group(1).lower() in lx.PROVINCES_EN and en.group(1).lower() != "guangxi")
    return bool(other)


def _code_given(q: Question, text: str) -> None:
    """区划代码450803对应的地方: a code written after the code word names a place; no code is asked of it."""
    if "code" in q.cues and any(m.start() >= q.at.get("code", len(text)) for m in DIVISION_CODE.finditer(text)):
        q.cues.discard("code")


def _codes_not_named(q: Question, text: str) -> list[str]:
    """The division codes written that no name of the graph covers (an old code, another province's)."""
    named = {i for n in q.names for i in range(n.start, n.end)}
    return [m.group(0) for m in DIVISION_CODE.finditer(text) if m.start() not in named]


# digits a Chinese name runs on into that are no year and count nothing (阿里巴巴1688, 京东618: another name)
DIGITS_RUN_ON = lazyre.compile(r"(?!(?:19|20)\d\d(?!\d))\d+(?![年月日号个万亿元千百%.．\d\-~～至到—–/、,，家户人件吨斤亩单场次期株头只条名位项座所台辆套盒袋箱包米平倍成克多余])")


def _run_on_into_digits(q: Question, text: str) -> None:
    """阿里巴巴1688: a name with digits run on to it, no year or count, names another thing (a platform of
    its own), which the graph does not hold: unknown, never the name it begins with."""
    _names_made_unknown(q, [(n, d) for n, d in ((n, _digits_after(text, n)) for n in q.names) if d])


def _names_made_unknown(q: Question, found: list[tuple[Name, str]]) -> None:
    """Each name found to be part of another name (with the text that follows it) taken out of the names and
    reported unknown, as written."""
    q.unknown += [n.text + more for n, more in found]
    q.names = [n for n in q.names if all(n is not m for m, _ in found)]


def _digits_after(text: str, n: Name) -> str:
    """The digits run on to a name, none when a space, a unit or anything else comes first; in English, three or
    more digits after a space that are no year and count nothing (Alibaba 1688)."""
    m = DIGITS_RUN_ON.match(text, n.end) or (NUMBER_NAMED_EN.match(text, n.end) if n.text.isascii() else None)
    return m.group(0) if m else ""


NUMBER_NAMED_EN = lazyre.compile(r"\s(?!(?:19|20)\d\d\b)\d{3,}\b(?![.,]\d)(?!\s*(?:%|percent|yuan|rmb|cny|usd|dollars|"
                                 r"million|billion|thousand|[a-z]+s\b))", re.I)


def _in_long_hits(hits) -> set[int]:
    """The places in the text of lexicon words of two characters or more (百色县级市: 县 begins a class word)."""
    return {i for s, e, *_ in hits if e - s > 1 for i in range(s, e)}


def _swapped_names(kg, names: list[Name], text: str, taken: set[int]) -> list[tuple[Name, str]]:
    """Each name said with another division's ending than its label's, with that ending as written."""
    said = ((n, _ending_after(text, n.end)) for n in names if n.end not in taken)
    return [(n, end) for n, end in said if _other_ending(kg.label(n.iri, "zh") or "", n.text, end)]


def _ending_after(text: str, at: int) -> str:
    """The character after a Chinese name, or the English word after a name, as written; none when a level
    follows it (Guangxi county-level divisions, 广西县级市: a kind within the place, not a place's ending)."""
    m = re.match(r"\s+[A-Za-z]+|.", text[at:])
    return m.group(0) if m and not LEVEL_AFTER.match(text, at + len(m.group(0))) else ""


LEVEL_AFTER = lazyre.compile(r"[-\s]?level\b|级", re.I)


def _other_ending(label: str, said: str, end: str) -> bool:
    """The name said without an ending, then a division's ending that is not its label's own (a province's 自治区
    is no district's ending: 广西县 are Guangxi's counties)."""
    own = label[-1:] if not label.endswith("自治区") else ""
    return (own or "#") in OTHER_ENDS.get(end.strip().lower(), "") and said[-1:] not in DIVISION_ENDS


def _unknown(text: str, masked: str, hits) -> list[str]:
    """The words nothing explains (Chinese, and English words of three letters or more that are no filler)."""
    words = _residue(masked, hits, "zh") + _residue(masked, hits, "en") if CJK.search(text) else _residue(masked, hits, "en")
    words = [_as_written(text, masked, w) for w in words if not _bound_numeral(text, w)]  # 超过三千五百: a bound
    return list(dict.fromkeys(w for w in words if CJK.search(w) or len(w) >= 3 and
                              not all(part in lx.EN_FILLER for part in w.lower().split("-") if part)))


def _as_written(text: str, masked: str, w: str) -> str:
    """A word with masked names in it (〇〇〇〇干) as the question writes it (百色芒果干)."""
    at = masked.find(w) if MASK in w else -1
    return text[at:at + len(w)] if at >= 0 else w


ZH_NUMERAL = lazyre.compile(rf"[{''.join(DIGITS)}{''.join(SMALL)}{''.join(BIG)}]+[多余]?")


def _bound_numeral(text: str, w: str) -> bool:
    """A number in Chinese numerals right after a bound word (超过三千五百): the threshold ask sets a figure against."""
    at = text.find(w)
    if at < 0 or not ZH_NUMERAL.fullmatch(w):
        return False
    after = text[at + len(w):]
    scaled = re.match(r"[多余]?[亿万]", after) is not None  # 涨了五千多亿: an amount said, no word
    counted = re.match(r"[多余]?[个家人元户名项种件笔]", after) is not None  # 培育了两千多个: a number of things
    return scaled or counted or text[:at].rstrip().endswith(lx.ZH_BOUND)


QUOTE = lazyre.compile(r"[“\"「『]([^”\"」』]{4,})[”\"」』]")


# a side of a line of latitude or longitude (south of 22°N, east of 110°E, 北纬22度以南, 东经110度以东)
BOUND_EN = lazyre.compile(r"\b(north|south|east|west)\s+of\s+(?:the\s+)?(\d+(?:\.\d+)?)\s*(?:°|degrees?|deg\.?)?\s*"
                      r"(?:north|south|east|west|[NE]\b)?(?:\s+(?:latitude|longitude|parallel|meridian))?", re.I)
BOUND_ZH = lazyre.compile(r"(北纬|东经)\s*(\d+(?:\.\d+)?)\s*(?:度|°)\s*(?:线)?\s*(?:以|之)?(南|北|东|西)(?:边|面|侧)?")
# which side of one line a place lies on (north or south of 22°N, 北纬22度以北还是以南): the first side taken as the bound
SIDE_OR_EN = lazyre.compile(r"\b(north|south|east|west)\s+or\s+(?:north|south|east|west)\s+of\s+(?:the\s+)?(\d+(?:\.\d+)?)\s*"
                            r"(?:°|degrees?|deg\.?)?\s*(?:north|south|east|west|[NE]\b)?(?:\s+(?:latitude|longitude|parallel|meridian))?", re.I)
SIDE_OR_ZH = lazyre.compile(r"(北纬|东经)\s*(\d+(?:\.\d+)?)\s*(?:度|°)\s*(?:线)?\s*的?\s*(?:以|之)?(南|北|东|西)(?:边|面|侧)?\s*"
                            r"(?:还是|或者|或是|或)\s*(?:在\s*)?(?:以|之)?(?:南|北|东|西)(?:边|面|侧)?")
SIDE_OR = lazyre.compile(r"还是|或|\bor\b", re.I)
SIDES = {"north": ("lat", True), "south": ("lat", False), "east": ("long", True), "west": ("long", False),
         "北": ("lat", True), "南": ("lat", False), "东": ("long", True), "西": ("long", False)}


def _coordinate_bounds(text: str) -> tuple[str, list[tuple[str, bool, float]], list[str]]:
    """The sides of lines of latitude or longitude a place must lie on, the text with them blanked (the degrees
    are no year or figure), and the bounds as written."""
    bounds, said = [], []
    text = TROPIC.sub(_tropic_as_degrees, text)  # 北回归线: 23°26′N

    def take(m, side: str, degrees: str) -> str:
        bounds.append((*SIDES[side.lower()], float(degrees)))
        said.append(m.group(0))
        return " " * len(m.group(0))
    text = BETWEEN_EN.sub(lambda m: _between(m, take) if m.group("c1") or m.group("u1") or m.group("u2") else m.group(0), text)
    text = BETWEEN_ZH.sub(lambda m: _between(m, take), text)
    text = SIDE_OR_EN.sub(lambda m: take(m, m.group(1), m.group(2)), text)  # north or south of 22°N: one line, a side asked
    text = SIDE_OR_ZH.sub(lambda m: take(m, m.group(3), m.group(2)), text)
    text = BOUND_EN.sub(lambda m: take(m, m.group(1), m.group(2)), text)
    text = BOUND_ZH.sub(lambda m: take(m, m.group(3), m.group(2)), text)
    text = BOUND_BY_LEVEL.sub(lambda m: take(m, _side_of_level(m), m.group("deg")), text)
    return text, bounds, said


# the Tropic of Cancer (北回归线) as the line of latitude it is, 23°26′N, or the degrees the question gives with it
TROPIC = lazyre.compile(r"(?P<en>\bthe\s+tropic\s+of\s+cancer\b)\s*(?:[(（]\s*(?P<deg>\d+(?:\.\d+)?)\s*°?\s*N?\s*[)）])?|"
                        r"北回归线(?:[(（]\s*(?:北纬)?\s*(?P<deg2>\d+(?:\.\d+)?)\s*(?:度|°)?\s*N?\s*[)）])?", re.I)


def _tropic_as_degrees(m) -> str:
    deg = m.group("deg") or m.group("deg2") or "23.44"
    return f"{deg}°N" if m.group("en") else f"北纬{deg}度"


# between two lines of latitude or longitude (between 23°N and 24°N, 北纬23度到24度之间): north of one, south of the other
BETWEEN_EN = lazyre.compile(r"\bbetween\s+(?:(?P<c1>latitudes?|longitudes?)\s+)?(?P<a>\d+(?:\.\d+)?)\s*(?P<u1>°\s*[NE]?|degrees?(?:\s+(?:north|east))?|[NE]\b)?"
                        r"\s+and\s+(?P<b>\d+(?:\.\d+)?)\s*(?P<u2>°\s*[NE]?|degrees?(?:\s+(?:north|east))?|[NE]\b)?", re.I)
BETWEEN_ZH = lazyre.compile(r"(?P<c1>北纬|东经)\s*(?P<a>\d+(?:\.\d+)?)\s*(?:度|°)?\s*(?:到|至|和|与|-|~)\s*(?:北纬|东经)?\s*(?P<b>\d+(?:\.\d+)?)\s*(?:度|°)\s*(?:之间)?")


def _between(m, take) -> str:
    """Both sides of a band between two lines: north (east) of the lower, south (west) of the higher."""
    east = bool(re.search(r"东经|longitude|east", m.group(0), re.I) or re.search(r"\d\s*°?\s*E\b", m.group(0)))
    lo, hi = sorted((m.group("a"), m.group("b")), key=float)
    take(m, "east" if east else "north", lo)
    bounds_text = take(m, "west" if east else "south", hi)
    return bounds_text


# a latitude or longitude above or below a number (纬度高于北纬24.5度, latitude above 24.5 degrees)
BOUND_BY_LEVEL = lazyre.compile(r"(?P<coord>纬度|经度|\blatitudes?|\blongitudes?)\s*(?:of\s+)?(?P<way>高于|大于|超过|低于|小于|不到|above|over|"
                                r"greater than|higher than|more than|below|under|less than|lower than)\s*(?:北纬|东经)?\s*"
                                r"(?P<deg>\d+(?:\.\d+)?)\s*(?:度|°|degrees?)?\s*(?:[NE]\b)?", re.I)


def _side_of_level(m) -> str:
    """The side a latitude (longitude) above or below a number lies on: north or south (east or west)."""
    low = m.group("way").lower() in lx.BELOW + ("lower than",)
    lat = m.group("coord").lower().startswith(("纬", "lat"))
    return ("south" if low else "north") if lat else ("west" if low else "east")


def _hyphens_of_name_words(kg, text: str) -> str:
    """A hyphenated word that no name has but whose parts are name words (border-trade model: the "Border trade
    + …" model) read as its words."""
    joined = {m.group(0).lower() for m in HYPHENED.finditer(text)}
    if not joined:
        return text
    split = _split_hyphens(kg, joined)
    read = {**{w: "" for w in _syllables_of_a_name_word(kg, joined - split)}, **{w: " " for w in split}}
    return HYPHENED.sub(lambda m: m.group(0).replace("-", read.get(m.group(0).lower(), "-")), text)


JOINED_BEFORE = lazyre.compile(r"\b([A-Za-z-]+)\s+(and|or|&)\s+(?=[A-Za-z])")


def _shared_head_written(text: str) -> str:
    """ordinary and autonomous counties: two kinds sharing their last word, the first written whole (ordinary counties
    and autonomous counties), so that neither kind is lost."""
    for m in reversed(list(JOINED_BEFORE.finditer(text))):
        kind = _kind_of_words_at(text[m.end():].lower())
        whole = f"{m.group(1)} {kind.rpartition(' ')[2]}"
        if whole.lower() in lx.CLASS_WORDS["en"]:
            text = text[:m.start()] + f"{whole} {m.group(2)} " + text[m.end():]
    return text


def _kind_of_words_at(rest: str) -> str:
    """The longest English class word of two words or more that the text opens with, or ''."""
    return next((w for w in sorted(lx.CLASS_WORDS["en"], key=len, reverse=True)
                 if " " in w and rest.startswith(w) and not rest[len(w):len(w) + 1].isalpha()), "")


SPACED = lazyre.compile(r"(?<![A-Za-z'’-])([A-Za-z]{2,6}) ([A-Za-z]{2,6})(?![A-Za-z'’-])")


def _spaced_syllables(kg, text: str) -> str:
    """Two syllables written apart that together are one name word no lexicon word splits (Liu Bao tea: Liubao
    tea, Feng Shan: Fengshan)."""
    pairs = {(m.group(1).lower(), m.group(2).lower()) for m in SPACED.finditer(text)}
    fit = _joinable(kg, pairs) if pairs else set()
    return SPACED.sub(lambda m: _joined(m, fit), text) if fit else text


def _joinable(kg, pairs: set) -> set:
    """The pairs of words that are no words alone but one name word together."""
    known = kg.names.known_words({p for pair in pairs for p in pair}) | _en_vocabulary()
    joined = kg.names.known_words({a + b for a, b in pairs})
    return {(a, b) for a, b in pairs if not {a, b} & known and (a + b in joined or _romanised_word(kg, a + b))}


def _romanised_word(kg, w: str) -> bool:
    """w spells one name word in an older romanisation (Liu Pao: Liupao, read as Liubao)."""
    from ..romanised import readings

    return len(_known_readings(kg, readings(w))) == 1


def _joined(m, fit: set) -> str:
    a, b = m.group(1), m.group(2)
    return a + b.lower() if (a.lower(), b.lower()) in fit else m.group(0)


def _syllables_of_a_name_word(kg, hyphened: set[str]) -> set[str]:
    """The hyphenated words (lower case) written in syllables of one name word (Ling-yun tea: Lingyun tea; not
    e-commerce, whose parts are no syllables)."""
    syllables = {w for w in hyphened if all(2 <= len(p) <= 6 for p in w.split("-"))}
    known = kg.names.known_words(syllables | {w.replace("-", "") for w in syllables})
    return {w for w in syllables - known - _hyphened_words() if w.replace("-", "") in known}


HYPHENED = lazyre.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b")


def _split_hyphens(kg, joined: set[str]) -> set[str]:
    """The hyphenated words (lower case) that neither a name nor the lexicon has, whose parts names have."""
    known = kg.names.known_words(joined | {p for w in joined for p in w.split("-")})
    spaced = _en_lexicon_phrases()  # service-stations: the lexicon's "service stations"
    return {w for w in joined - known - _hyphened_words() if all(p in known for p in w.split("-"))
            or {w.replace("-", " "), w.replace("-", " ").rstrip("s"), w.replace("-", " ") + "s"} & spaced}


# the source named as what holds the figure asked, not asked for (what is the exact number the source gives)
SOURCE_GIVES = ("the source gives", "the source says", "the source states", "the source has", "according to the source",
                "in the source")


def _quoted_claim(text: str) -> tuple[str, str]:
    """A long quotation asked about as a claim (where does it come from): the text with the quotation masked,
    and the quotation."""
    m = QUOTE.search(text)
    if not m or _no_claim_quoted(text, m):
        return text, ""
    rest = (text[:m.start()] + " " + text[m.end():]).lower()
    asides = lx.CUES["noise"][0] + lx.CUES["noise"][1] + lx.CUES["provenance"][0] + SOURCE_GIVES  # 原文写的还是推断的: no source
    for w in sorted(asides, key=len, reverse=True):
        rest = rest.replace(w, " ")  # 文章里说的是多少个: the article as context, no source asked
    if not _source_asked_of(rest) or _claim_checked(rest):
        return text, ""
    return text[:m.start()] + MASK * (m.end() - m.start()) + text[m.end():], m.group(1)


def _no_claim_quoted(text: str, m) -> bool:
    """"about 120,000 jobs": words, no claim; “壮族三月三”电商节: a short quotation that runs on into a name's words is a
    name's."""
    quoted, after = m.group(1), text[m.end():]
    if not CJK.search(quoted):
        return len(quoted.split()) < 5
    return len(quoted) <= 8 and bool(re.match(r"[\u4e00-\u9fff]", after)) and not re.match(r"[这那的是在出从来为说被]", after)


# where a claim was seen (我看到一句话：“…”对不对？): context, not a source asked, when only a verdict is asked
CLAIM_SEEN = ("这句话", "一句话", "句话", "这个说法", "说法", "文章", "报道", "新闻", "消息", "媒体", "稿子", "材料")
VERDICT = lazyre.compile(r"对不对|对吗|对么|准确吗|是否准确|属实|没错吧|对吧")


def _source_asked_of(rest: str) -> bool:
    """A source word outside the quotation (English words whole: link, not linked)."""
    return any(w in rest for w in lx.CUES["source"][0]) or any(re.search(rf"\b{re.escape(w)}\b", rest) for w in lx.CUES["source"][1])


def _claim_checked(rest: str) -> bool:
    """The quotation is a claim to check: a verdict is asked, and the only source words say where it was seen."""
    if not VERDICT.search(rest):
        return False
    for w in sorted(CLAIM_SEEN, key=len, reverse=True):
        rest = rest.replace(w, " ")
    return not any(w in rest for w in lx.CUES["source"][0])


# 17年 for 2017 (as people write it), never a span of years (近10年, 这12年来, 10年间)
SHORT_YEAR = lazyre.compile(r"(?<![\d.近这去几])([12]\d)年(?![来间内前后多左以])")


# a year said relative to today (去年, last year): read against today's date, never the source's
RELATIVE_YEARS = ((lazyre.compile(r"前年|\bthe year before last\b", re.I), -2), (lazyre.compile(r"(?<!前)去年|\blast year\b", re.I), -1),
                  (lazyre.compile(r"今年|\bthis year\b", re.I), 0), (lazyre.compile(r"明年|\bnext year\b", re.I), 1))


COMPARED_WITH = lazyre.compile(r"(?:compar\w*|versus|vs\.?|than|against)\s+(?:with\s+|to\s+)?(?:the\s+)?$|(?:比|跟|和|与|同)$", re.I)


def _compared_with(text: str, words: str) -> bool:
    """A relative year said as what a figure is compared with (compare with last year, 比去年): relative to the year asked."""
    at = text.find(words)
    return at > 0 and bool(COMPARED_WITH.search(text[:at]))


def _relative_years(text: str) -> list[tuple[str, str]]:
    """(the words, the year they mean today): 去年 asked in 2026 is 2025, whatever year a source calls last year."""
    import datetime

    today = datetime.date.today().year
    return [(m.group(0), str(today + shift)) for pattern, shift in RELATIVE_YEARS for m in pattern.finditer(text)
            if not re.match(r"的|'s\b|’s\b", text[m.end():]) and not text[:m.start()].endswith("据说")  # 今年的论坛: which one
            and not _inside_quotes(text, m.start()) and not DATED_AFTER.match(text, m.end())][:2]  # 文章里说的“今年8月”: the source's year, not today's


# 今年前七个月（2018年1-7月）: the relative words glossed by the year they mean, in brackets right after them
DATED_AFTER = lazyre.compile(r"[^（(，,。？?]{0,12}[（(][^）)]{0,12}?(?:19|20)\d\d")
YEAR_BEFORE = lazyre.compile(r"前一年|上一年|头一年|上年同期|去年同期|上一年同期|\bthe (?:year before|previous year|prior year|preceding year)\b|"
                             r"\bthe same (?:period|months) (?:a year (?:earlier|before)|of the (?:year before|previous year|prior year))\b|"
                             r"\ba year (?:earlier|before)\b", re.I)


def _year_before_given(text: str) -> list[tuple[str, str]]:
    """已知2017年……那么前一年: the year before the one year the question gives (2016); never the base a growth is
    over (grow over the year before, 比前一年)."""
    given, m = _years(text), YEAR_BEFORE.search(text)
    return [(m.group(0), str(int(given[0]) - 1))] if m and len(given) == 1 and not _growth_base(text[:m.start()]) else []


def _growth_base(before: str) -> bool:
    """grow over the year before, 比前一年: the year is the base a growth is over."""
    return re.search(r"(?:\b(?:over|than|from|on|versus|vs\.?|compared (?:with|to))|比|较|与|跟|同)\s*$", before, re.I) is not None


def _inside_quotes(text: str, at: int) -> bool:
    """The position lies inside a quotation (“…”, '…', 「…」): words the question quotes from a source."""
    before = text[:at]
    return any(before.count(o) > before.count(c) for o, c in (("“", "”"), ("「", "」"), ("‘", "’"))) or before.count("'") % 2 == 1 or \
        before.count('"') % 2 == 1


def _years(text: str) -> list[str]:
    """The years asked, not those inside a title (《…三年行动计划（2018-2020）》)."""
    titled = re.sub(r"《[^》]*》", lambda m: "#" * len(m.group(0)), text)
    return list(dict.fromkeys(YEAR.findall(titled) + ["20" + y for y in SHORT_YEAR.findall(titled)]))


EACH_YEAR = lazyre.compile(r"每年|每一年|历年|逐年|各年|\b(?:each|every) year\b|\byear by year\b|\bannually\b", re.I)
YEAR_SPAN = lazyre.compile(r"((?:19|20)\d\d)\s*年?\s*(?:到|至|—|–|-|~|～|\bto\b|\bthrough\b|\buntil\b)\s*((?:19|20)\d\d)", re.I)
# 十三五期间: the years of a five-year plan (the 13th: 2016-2020), a period, not the plan's document
PLAN_PERIOD = lazyre.compile(r"(十[一二三四五])五(?!规划)\s*(?:期间|时期|以来|这几年|那几年|阶段)")
PLAN_FIRST_YEAR = {"十一": 2006, "十二": 2011, "十三": 2016, "十四": 2021, "十五": 2026}


def _each_year_of_span(q: Question) -> None:
    """2013年至2017年每年: every year of the span is asked, so a year the graph lacks is said, not passed over."""
    m = YEAR_SPAN.search(q.text) if EACH_YEAR.search(q.text) else None
    if m and int(m.group(1)) < int(m.group(2)) <= int(m.group(1)) + 20:
        q.years = [str(y) for y in range(int(m.group(1)), int(m.group(2)) + 1)]


def _plan_period(kg, q: Question) -> None:
    """十三五期间: the plan's five years are the years asked; the plan named for them is no subject."""
    m = PLAN_PERIOD.search(q.text)
    if not m:
        return
    first = PLAN_FIRST_YEAR[m.group(1)]
    q.years = [str(y) for y in range(first, first + 5)]
    q.names = [n for n in q.names if not (n.start >= m.start() - 1 and n.end <= m.end() + 1)]


def _years_not_of_names(kg, text: str, names: list[Name], years: list[str]) -> list[str]:
    """The years asked, less a year that only says which thing a name is (the 2018 forum, 2018年的信息港论坛:
    the forum dated 2018): a year right before a name whose own date falls in it."""
    return [y for y in years if not _year_of_names(kg, list(re.finditer(rf"(?<!\d){y}(?!\d)\s*年?{MONTH_DAY_THAT}", text)), names, y)
            and not _held_then(kg, text, names, y) and not _year_after_name(kg, text, names, y) and not _article_year(kg, text, y)
            and not _label_years_after(kg, text, names, y) and not _label_years_before(kg, text, names, y)]


def _label_years_before(kg, text: str, names: list[Name], y: str) -> bool:
    """2018到2020年那份电商精准扶贫三年行动计划: years right before a name whose own label holds them say which it is."""
    return any(re.search(rf"(?<!\d){y}{YEARS_THEN_THAT}$", text[:n.start]) and
               y in f"{kg.label(n.iri, 'zh') or ''} {kg.label(n.iri, 'en') or ''}" for n in names)


# what may follow a year and come before the name it says (2018到2020年那份, 2018-2020 的)
YEARS_THEN_THAT = r"[\d\s年到至\-–—~～]*(?:的|[那这][份个项部场届])?\s*"


def _label_years_after(kg, text: str, names: list[Name], y: str) -> bool:
    """电商精准扶贫三年行动计划（2018-2020）: the years in brackets right after a name are its own name's."""
    return any(re.match(rf"\s*[（(][^）)]*{y}", text[n.end:]) and y in (kg.label(n.iri, "zh") or "") for n in names)


# what may lie between a year and the name it dates (2018年9月那场论坛, 2018年的论坛): a month, a day, 的 or 那场
MONTH_DAY_THAT = r"\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]\s*)?)?(?:的|[\u4e00-\u9fff]{2,4}?(?=[那这][场个届次]))?(?:的|[那这][场个届次])?\s*"


def _article_year(kg, text: str, y: str) -> bool:
    """The 2018 Sina piece: the year a source the graph holds came out (the 2021 article: no source of that year,
    a condition kept, and refused)."""
    from .intents import query

    return re.search(rf"(?<!\d){y}{ARTICLE_OF_YEAR}", text, re.I) is not None and any(
        str(r["d"].value).startswith(y) for r in kg.store.select(query("source_dates")))


# the 2018 Sina piece, 2018年的新浪报道: the year the article came out, no year of the figure asked
ARTICLE_OF_YEAR = (r"\s*(?:年\s*的?\s*)?(?:(?:新浪广西|新浪|sina(?: guangxi)?)\s*)?"
                   r"(?:article|piece|report|story|news item|coverage|文章|报道|新闻|稿子)")


def _year_after_name(kg, text: str, names: list[Name], y: str) -> bool:
    """the China-ASEAN forum 2018, the forum on 13 Sept 2018: a year right after a name (on its day) whose own date falls
    in it says which thing it is."""
    return any(re.match(ON_DAY + rf"\(?{y}\)?(?!\d)", text[n.end:], re.I) and y in _dates_of(kg, n.iri) for n in names)


ON_DAY = (r"\s*(?:(?:on|in)\s+(?:the\s+)?(?:(?:autumn|fall|spring|summer|winter|early|late|mid)[\s-]+(?:of\s+)?)?"
          r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?")  # on 13 Sept, in autumn


# what lies between an event's name and the date it is said to have been held (the forum held in Nanning in September 2018)
HELD_THEN = lazyre.compile(r"^[^.?!。？！]{0,40}?\b(?:held|hosted|staged|organi[sz]ed|took place|taking place|opened)\b[^.?!。？！]{0,30}?"
                       r"\b(?:in|on)\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?$")


def _held_then(kg, text: str, names: list[Name], y: str) -> bool:
    """The year only says when a named event was held, and its date falls in that year: no condition."""
    return any(HELD_THEN.match(text[n.end:m.start()]) and y in _dates_of(kg, n.iri)
               and kg.is_a(n.iri, "https://w3id.org/gxkg/ontology#Event")
               for m in re.finditer(rf"(?<!\d){y}(?!\d)", text) for n in names if n.end <= m.start())


def _year_of_names(kg, at: list, names: list[Name], y: str) -> bool:
    """The year is inside a name wherever written (the 2018-2020 action plan), or dates the name after it."""
    if at and all(any(n.start <= m.start() < n.end for n in names) for m in at):
        return True
    return any(y in _dates_of(kg, n.iri) for n in names for m in at if n.start == m.end())


# what lies between a thing's name and a place that says where it is held or lies (the forum held in Nanning)
HELD_IN = lazyre.compile(r"^\s*,?\s*(?:(?:that was |which was |that is |which is |to be )?(?:held|hosted|staged|located|based|sited) )?in\s+$|"
                         r"^\s+(?:from|grown in|made in|produced in)\s+$", re.I)  # bananas from Nanning: where they come from


def _places_describing(kg, text: str, names: list[Name]) -> list[Name]:
    """The e-commerce forum held in Nanning, who organised it: a place right after "held in" that the graph says the
    thing before it is held or lies in only says which thing is meant; it is no name of the question."""
    from ..store.terms import iri as node
    from .intents import query

    held = [b for a, b in zip(names, names[1:]) if HELD_IN.match(text[a.end:b.start]) and WH.search(text) and not YESNO_CLAUSE.match(text)
            and kg.store.select(query("held_or_located"), {"a": node(a.iri), "b": node(b.iri)})]
    return held + [a for a, _ in _places_before(kg, text, names)]


def _topics_of_documents(kg, text: str, names: list[Name]) -> list[Name]:
    """Which body issued the implementation plan notice for 'Internet + circulation'?: what a document named right
    before it, at the end of the question, is stated to be about only says which document is meant; no name asked."""
    from ..store.terms import iri as node

    return [b for a, b in zip(names, names[1:]) if "/resource/policy/" in a.iri and DOCUMENT_FOR.fullmatch(text[a.end:b.start])
            and re.fullmatch(r"[\s'’\"”?？.。]*", text[b.end:]) and kg.store.ask("ASK { ?a ?p ?b }", {"a": node(a.iri), "b": node(b.iri)})]


DOCUMENT_FOR = lazyre.compile(r"\s+(?:for|on|about|regarding|concerning|covering|approving|setting up|(?:that|which) (?:approved|approves|set up|sets up|"
                              r"established|establishes|created|creates))\s+(?:the\s+)?(?:\d+\s+)?", re.I)  # the reply that approved the 22 pilot zones


def _places_before(kg, text: str, names: list[Name]) -> list[tuple[Name, Name]]:
    """(place, thing) of a place said right before a thing the graph says is held or lies in it (南宁那场电商论坛)."""
    from ..store.terms import iri as node
    from .intents import query

    ordered = sorted(names, key=lambda n: n.start)
    return [(a, b) for a, b in zip(ordered, ordered[1:]) if _between_place_and_thing(kg, text[a.end:b.start], b) and "/resource/place/" in a.iri
            and "/resource/place/" not in b.iri and kg.store.select(query("held_or_located"), {"a": node(b.iri), "b": node(a.iri)})]


def _between_place_and_thing(kg, gap: str, b: Name) -> bool:
    """Nothing but 的 between the place and the thing, or words of the thing's own English name the match left out
    (the Nanning information-harbor forum: information is of the forum's name)."""
    if PLACE_BEFORE.fullmatch(gap):
        return True
    label = (kg.label(b.iri, "en") or "").lower()
    return NAME_WORDS_GAP.fullmatch(gap) is not None and all(re.search(rf"\b{re.escape(w.lower())}\b", label) for w in re.findall(r"[A-Za-z]+", gap))


NAME_WORDS_GAP = lazyre.compile(r"[\s-]*[A-Za-z][\sA-Za-z-]*")  # latin words only, one at least


def _place_before_blanked(kg, text: str, names: list[Name]) -> str:
    """南宁那场电商论坛的主办方是谁: the place only says which forum is meant; blanked, the rest asks only of the forum."""
    spans = [(a.start, b.start) for a, b in _places_before(kg, text, names)]
    return "".join(" " if any(x <= i < y for x, y in spans) else ch for i, ch in enumerate(text))


# a place said right before a thing held or lying in it (南宁那场电商论坛, 南宁的电商论坛): which one is meant
PLACE_BEFORE = lazyre.compile(r"\s*(?:的)?\s*")


def _dates_of(kg, iri: str) -> str:
    """The dates the graph gives a thing (its start, issue or change date), joined."""
    from ..store.terms import iri as node
    from .intents import query

    return " ".join(str(r["d"].value) for r in kg.store.select(query("dates"), {"e": node(iri)}))


# a number next, maybe after a word that bounds it (卖到40元, served more than 200 enterprises)
FIGURE_NEXT = lazyre.compile(r"\s*[过了]?\s*(?:每斤|一斤|每公斤|一公斤|每千克)?\s*(?:超过|近|约|达|more than|over|about|around|nearly|almost|some|at least)?\s*\d", re.I)


def _no_figure_verbs(text: str, hits):
    """Lexicon hits without a relation word that is followed by a figure (卖到40元一斤 is a price, not a market),
    nor a 么 that ends 什么 or 怎么 (not a yes/no question)."""
    def figure_after(h):
        return h[2] == "rel" and FIGURE_NEXT.match(text, h[1])

    def not_yesno(h):
        return h[2] == "cue" and h[3] == "yesno" and h[4] == "么" and h[0] > 0 and text[h[0] - 1] in "什怎那这多要"

    def zone_area(h):  # a bonded port area, a pilot area: a kind of place, no floor area
        return h[2] == "ind" and h[4].lower() == "area" and re.search(r"\b(?:port|pilot|trade|zone|bonded)\s+$", text[:h[0]], re.I)

    def made_not_sold(h):  # who make the forum, which platform make rural e-commerce: no sales asked
        return h[2] == "ind" and h[4].lower() in ("make", "makes", "made") and not re.search(r"\bhow (?:much|many)\b", text, re.I)
    def instruction(h):  # Using the 2013 and 2017 volumes, what…: how to work it out, no relation asked
        return h[2] == "rel" and text[h[0]:h[1]] in ("Using", "Use") and not text[:h[0]].strip()
    return [(h[0], h[1], "cue", "noise", h[4]) if instruction(h) else h for h in hits
            if not (figure_after(h) or not_yesno(h) or zone_area(h) or made_not_sold(h))]


def _en_words(table: dict) -> set[str]:
    """The single English words of a lexicon table's phrases."""
    return {w for ws in table.values() for x in ws[1] for w in x.split()}


@lru_cache(maxsize=1)
def _en_lexicon_phrases() -> frozenset:
    """Every English phrase of the lexicon's cue, indicator and relation tables, lower case."""
    return frozenset(x.lower() for table in (lx.CUES, lx.INDICATOR_WORDS, lx.relations()) for ws in table.values() for x in ws[1])


@lru_cache(maxsize=1)
def _en_lexicon_words() -> frozenset:
    """Every English word of the lexicon's phrases, as written (county-level, year-on-year)."""
    words = set(lx.EN_FILLER) | _en_words(lx.CUES) | _en_words(lx.INDICATOR_WORDS) | _en_words(lx.relations())
    words |= _en_words(lx.units())
    return frozenset(words | {w for x in lx.CLASS_WORDS["en"] for w in x.split()})


@lru_cache(maxsize=1)
def _hyphened_words() -> frozenset:
    """The lexicon's hyphenated English words: never split into their parts."""
    return frozenset(w for w in _en_lexicon_words() if "-" in w)


@lru_cache(maxsize=1)
def _en_vocabulary() -> frozenset:
    """Every single English word the lexicon knows (what a misspelt question word is read as)."""
    return frozenset(w for w in _en_lexicon_words() if w.isalpha())


def _stems(w: str) -> set[str]:
    """The word and what it is an inflection of (originates, originated, covers)."""
    ends = {"s": 1, "es": 2, "ed": 2, "d": 1, "ing": 3}
    return {w, IRREGULAR.get(w, w)} | {w[:-n] for e, n in ends.items() if w.endswith(e)}


# the past forms that endings do not give (led by the Party flag: the campaign whose name says Party flag leads)
IRREGULAR = {"led": "lead", "held": "hold", "grew": "grow", "grown": "grow", "sold": "sell", "made": "make", "ran": "run",
             "built": "build", "won": "win", "brought": "bring", "drove": "drive", "driven": "drive", "spoke": "speak", "spoken": "speak"}


def _romanised_names(kg, text: str) -> tuple[str, list[tuple[str, str]]]:
    """Names written in an older romanisation (Kwangsi, Kweilin's, liuchow, Huan-chiang) read as the one name
    word of the index their syllables spell in pinyin (Guangxi, Guilin, Liuzhou, Huanjiang)."""
    from ..romanised import readings

    vocab, fixed = _en_vocabulary(), []
    for m in reversed(list(re.finditer(r"(?<![A-Za-z'’-])[A-Za-z]+(?:[-'’][A-Za-z]+)*", text))):
        w = re.sub(r"['’]s$", "", m.group(0))
        if _known_as_written(kg, w, vocab):
            continue
        found = _known_readings(kg, readings(w))
        if len(found) == 1:
            read = found.pop().capitalize()
            fixed.append((w, read))
            text = text[:m.start()] + read + text[m.start() + len(w):]
    return text, fixed[::-1]


def _known_as_written(kg, w: str, vocab) -> bool:
    """A short word, a question word, or a word (or part) that names have as written: no older spelling."""
    parts = {p.lower() for p in re.split(r"[-'’]", w)}
    return len(w) < 4 or bool(parts & vocab) or bool(kg.names.known_words(parts | {re.sub(r"[-'’]", "", w.lower())}))


def _known_readings(kg, spellings: set[str]) -> set[str]:
    """The spellings that are words of names in the index."""
    xs = sorted(spellings)
    return {w for i in range(0, len(xs), 500) for w in kg.names.known_words(xs[i:i + 500])}


def _typos_en(kg, text: str) -> tuple[str, list[tuple[str, str]]]:
    """English question words written with a typo (Countty, demonstation) read as the lexicon word they are
    closest to, when one is clearly close and the word is no name the index knows; a word of a name written
    with one letter wrong, missing, extra or swapped (noodels, bananna, Gaungxi) read as that word when it is
    the only one so close."""
    vocab = _en_vocabulary()
    fixed = []
    for m in reversed(list(re.finditer(r"(?<![A-Za-z'’])[A-Za-z][A-Za-z'’]*", text))):  # selinium-rich: each part
        w = m.group(0)
        close = _plural_misspelt(w.lower(), vocab) or _typo_read_as(kg, w, vocab, text[m.end():], text[:m.start()]) or \
            _name_word_synonym(kg, w, text[m.end():], text[:m.start()])  # companys; bonded port zone
        if close:
            close = close.capitalize() if w[0].isupper() else close
            fixed += [] if close.lower() in _inflections(w.lower()) else [(w, close)]  # station as stations: no note
            text = text[:m.start()] + close + text[m.end():]
    return text, fixed[::-1]


# English words one letter away from a lexicon word that are words of their own, never read as it
# (countries is no typo of counties: which ASEAN countries … asks what the graph does not hold)
NO_TYPO = frozenset({"supplies", "supplied", "supply", "countries", "country", "counters", "nation", "nations", "member", "members", "continent", "continents",
                     "cities", "citizen", "citizens", "costs", "courts", "tropic", "tropics", "trace", "traced", "traces", "tracing",
                     "later", "latter", "alias", "aliases", "point", "points", "evenly", "differ", "differs", "directly",
                     "enter", "enters", "entered", "entering", "countryside", "scale", "scales", "scaled", "instance", "instances", "xiang"})


def _inflections(w: str) -> set[str]:
    """The plural and verb forms of a word (import: imports, imported)."""
    return {w + e for e in ("s", "es", "ed", "d", "ing")}


def _typo_read_as(kg, w: str, vocab, after: str, before: str = "") -> str | None:
    """The word w is a misspelling of, or None (a short word, an inflection of a known word, a name's word)."""
    stems = _stems(w.lower())  # originates: an inflection, not a typo
    if len(w) < 5 or not w.isalpha() or stems & (vocab | NO_TYPO) or kg.names.known_words(stems):  # foods: a name's food
        return None
    if w[0].isupper() and _place_elsewhere_en(w):  # Longchuan (龙川县, Guangdong) is no typo of Lingchuan
        return None
    close = _closest_of(w.lower(), _closest_lexicon_word(w.lower(), _typo_targets()),
                        _closest_name_word(kg, w.lower(), w[0].isupper(), after, before))
    return close if close and close[0].lower() == w[0].lower() else None  # a first letter is seldom mistyped: enter, center


def _plural_misspelt(w: str, vocab) -> str | None:
    """A plural of a -y word written with -ys (companys, citys): the -ies plural, when the lexicon has it."""
    m = re.fullmatch(r"([a-z]{2,}[^aeiou])ys", w)
    right = m[1] + "ies" if m else ""
    return right if right in vocab and w not in vocab else None


@lru_cache(maxsize=1)
def _typo_targets() -> frozenset:
    """The lexicon words a misspelt word may be read as: not the short light words (short is no typo of sort)."""
    return frozenset(w for w in _en_vocabulary() if w not in lx.EN_FILLER or len(w) >= 6)


def _closest_lexicon_word(w: str, vocab) -> str | None:
    """The lexicon word clearly closest to w: two neighbouring letters swapped (articel: article), or a close
    spelling of about its length."""
    import difflib

    swapped = next((x for x in _swaps(w) if x in vocab), None)
    if swapped:
        return swapped
    close = difflib.get_close_matches(w, vocab, n=1, cutoff=0.86)
    return close[0] if close and abs(len(close[0]) - len(w)) <= 1 else None


def _closest_of(w: str, word: str | None, name_word: str | None) -> str | None:
    """The lexicon's word, unless a name's word is one edit from w and the lexicon's is not (Commmerce: the
    Commerce of a name, not ecommerce)."""
    if word and name_word and _one_edit(w, name_word) and not _one_edit(w, word):
        return name_word
    return word or name_word


def _closest_name_word(kg, w: str, capital: bool, rest: str, before: str = "") -> str | None:
    """The one word of a name one edit away (a proper noun only for a word written with a capital: single is not
    Pingle), else, for a word in lower case, a word of a name that with the words around it is that name exactly
    (guillin rice noodles: Guilin rice noodles, not Guilin and some noodles; info harbour e-commerce forum)."""
    if w in lx.PROVINCES_EN:
        return None  # Hubei: a province, never Pubei
    near = sorted(c for c in kg.names.one_edit_candidates(w) if _one_edit(w, c))
    one = set(near) if capital else kg.names.known_words(set(near), common=True)
    if len(one) == 1:
        return one.pop()
    return next((c for c in near[:3] if _names_it_around(kg, c, rest, before)), None)


def _names_it_around(kg, c: str, rest: str, before: str) -> bool:
    """Word c with some of the words before and after it is a name (info harbor e-commerce forum)."""
    after, ahead = re.findall(r"[A-Za-z][A-Za-z'’-]*", rest)[:4], re.findall(r"[A-Za-z][A-Za-z-]*(?=['’]s\b|\b)", before)[-3:]
    return any(_names_it(kg, [*ahead[len(ahead) - j:], c, *after[:k]]) for j in range(len(ahead) + 1) for k in range(len(after), 0, -1))


def _name_word_synonym(kg, w: str, after: str, before: str) -> str | None:
    """A name's word said with another word of the same sense (bonded port zone: Bonded Port Area; info harbor), read
    as the name's word only where, with the words around it, that makes a name."""
    alt = lx.NAME_WORD_SYNONYMS.get(re.sub(r"['’]s$", "", w.lower()))  # the bonded zone's centre: zone
    ahead = re.findall(r"[A-Za-z][A-Za-z-]*(?=['’]s\b|\b)", before)[-2:]
    return alt if alt and (_names_it_around(kg, alt, after, before) or len(ahead) == 2 and _in_a_name(kg, [*ahead, alt])) else None


def _in_a_name(kg, words: list[str]) -> bool:
    """The words, in this order, are part of a name search finds well (bonded port area: Guangxi Qinzhou Bonded Port Area)."""
    span = " ".join(words).lower()
    return any(h["score"] >= 0.9 and span in h["matched"].lower() for h in kg.names.search(span, limit=3))


def _names_it(kg, words: list[str]) -> bool:
    """The words are a name exactly, or, three or more, one that search finds clearly (info harbor e-commerce forum)."""
    span = " ".join(words)
    return bool(_exact_or_singular(kg, span) or len(words) >= 3 and _confident(kg, span, 0.9))


def _swaps(w: str) -> list[str]:
    """w with two neighbouring letters swapped, in each place."""
    return [w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(len(w) - 1) if w[i] != w[i + 1]]


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter changed, added or removed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return _changed_or_swapped(a, b)
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _changed_or_swapped(a: str, b: str) -> bool:
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


DEMONSTRATIVE = lazyre.compile(r"那个|这个|那家|这家|那|这|的")


def _stitched_names(kg, text: str, names: list[Name], hits, rest: list[str]) -> list[Name]:
    """A name written in parts around words nothing explains (钦州保税港区那个国际商品直销中心: 钦州, 保税港区,
    国际商品直销 and the class word 中心) read as the one entity the joined parts name."""
    class_at = {h[0]: h[1] for h in hits if h[2] == "cls"}
    for n in list(names):
        end = _parts_end(text, n.end, rest, class_at)
        found = _joined_name(kg, text, n, end) if end else None
        names = _in_place_of_overlapped(names, found)
    return _no_overlaps(names)


def _in_place_of_overlapped(names: list[Name], found: Name | None) -> list[Name]:
    if found is None:
        return names
    return [m for m in names if m.end <= found.start or m.start >= found.end] + [found]


def _parts_end(text: str, j: int, rest: list[str], class_at: dict) -> int | None:
    """Where the parts after a name end: unexplained runs, demonstratives between, a class word after a run
    (None when no unexplained run follows)."""
    end, parts = None, False
    while j < len(text):
        d = DEMONSTRATIVE.match(text, j)
        run = next((r for r in rest if text.startswith(r, j)), None)
        if run:
            j = end = j + len(run)
            parts = True
        elif j in class_at and parts:
            j = end = class_at[j]
        elif d:
            j = d.end()
        else:
            break
    return end if parts else None


def _joined_name(kg, text: str, n: Name, end: int) -> Name | None:
    """The entity the span from n to end names once its demonstratives are taken out, when one clearly does."""
    joined = DEMONSTRATIVE.sub("", text[n.start:end])
    hits = kg.names.exact(joined)
    iri = hits[0] if len(hits) == 1 else _confident(kg, joined, 0.7 if len(joined) >= 6 else 0.85)
    if not iri or iri == n.iri:
        return None
    label = kg.label(iri, "zh")
    return Name(text[n.start:end], iri, n.start, end, None if joined == label else label)


NOT_NAME_CHARS = set("各每全该本此其多几哪个的些两三十百一这那是在和与及或省市县区镇村乡")


def _lone_before_place(masked: str) -> list[str]:
    """A single character before a place ending (腾县 for 藤县: 县 read as a class word, 腾 left alone): tried as a
    misspelt name with its ending."""
    return [m[1] for m in re.finditer(r"(?<![\u3400-\u9fff])([\u3400-\u9fff])(?=[县区市镇村])", masked) if m[1] not in NOT_NAME_CHARS]


def _pair_before_place(masked: str) -> list[str]:
    """Two characters before a place ending (来滨市 for 来宾市: 来 read as a word, 滨 left alone), neither a word's
    that asks or points: tried as a misspelt name with its ending."""
    return [m[1] for m in re.finditer(r"([\u3400-\u9fff]{2})(?=[县区市])", masked)
            if not set(m[1]) & NOT_NAME_CHARS and not re.search(r"什么|多少|属于|位于|哪里|这个|那个|下辖|管辖", m[1])]


def _misspelt_names(kg, text: str, names: list[Name], rest: list[str]) -> list[Name]:
    """The names found, with the Chinese runs no word explains read as names written with a typo or a homophone;
    a run right after a name may make one misspelt name with it (融安 + 金橘)."""
    for run in (w for w in rest if re.search(r"[\u3400-\u9fff]", w)):
        at = text.find(run)
        fixed = _after_name(kg, text, names, run, at) or _before_name(kg, text, names, run, at) or \
            _with_class_word(kg, text, run, at) or _tail_of_one(kg, run, at) or _fuzzy_zh(kg, text, run) or \
            _with_filler_chars(kg, text, names, run, at)
        if fixed:
            names.append(fixed)
    return _no_overlaps(names)


PRODUCT = "https://w3id.org/gxkg/ontology#Product"


def _tail_of_one(kg, run: str, at: int) -> Name | None:
    """芒果 for 百色芒果, 香蕉 for 南宁香蕉: a product's name without its place, when exactly one product's name ends
    in it (米粉 ends several: none)."""
    if at < 0 or len(run) < 2:
        return None
    iri = _one_of(kg, run, PRODUCT, lambda label: label.endswith(run), "zh")
    return Name(run, iri, at, at + len(run), kg.label(iri, "zh")) if iri else None


def _with_filler_chars(kg, text: str, names: list[Name], run: str, at: int) -> Name | None:
    """A misspelt name with a character that is also a filler word at its end (维品会 for 唯品会, 至简云途 for
    至简云图: 会 and 至 were taken for words of their own): the run with one or two Chinese characters beside it,
    outside the names found, read as one name when search ranks one entity clearly first."""
    for s, e in _spans_beside(text, names, run, at):
        iri = _confident(kg, text[s:e], 0.75)
        if iri:
            label = kg.label(iri, "zh")
            return Name(text[s:e], iri, s, e, None if text[s:e] == label else label)
    return None


def _spans_beside(text: str, names: list[Name], run: str, at: int) -> list[tuple[int, int]]:
    """The run with one or two Chinese characters before or after it, outside the names found."""
    taken = {i for n in names for i in range(n.start, n.end)}
    spans = [(at - a, at + len(run) + b) for a, b in ((1, 1), (1, 0), (0, 1), (2, 0), (0, 2))] if at >= 0 else []
    return [(s, e) for s, e in spans if 0 <= s and e <= len(text) and re.fullmatch(r"[\u3400-\u9fff]+", text[s:e])
            and not taken & set(range(s, e))]


def _after_name(kg, text: str, names: list[Name], run: str, at: int) -> Name | None:
    """A run right after a name that makes one misspelt name with it (融安 + 金橘), another thing than the name
    alone; the name it joins is taken out."""
    before = next((n for n in names if n.end <= at and (n.end == at or re.fullmatch(LINKER, text[n.end:at]))), None)
    if before is None:
        return None
    cw = _class_word_at(text, at + len(run)) or ""
    for tail in dict.fromkeys((cw, "")):  # 钦州保税港区那个直销中心
        fixed = _confident(kg, before.text + run + tail, 0.75)
        if fixed and fixed != before.iri:
            names.remove(before)
            end = at + len(run) + len(tail)
            return Name(text[before.start:end], fixed, before.start, end, kg.label(fixed, "zh"))
    return None


def _class_word_at(text: str, at: int) -> str | None:
    """The longest Chinese class word at that place of the text (中心, 茶)."""
    return next((w for w in sorted(lx.CLASS_WORDS["zh"], key=len, reverse=True) if text.startswith(w, at)), None)


# the words between a name and the rest of a longer name written apart (钦州保税港区那个直销中心)
LINKER = r"\s*(?:那个|那家|那座|的那个|的那家|的)?\s*"


def _before_name(kg, text: str, names: list[Name], run: str, at: int) -> Name | None:
    """A run right before a name that makes one misspelt name with it (柳洲 + 螺蛳粉: 柳州螺蛳粉, not 柳州 and the
    noodles); the name it joins is taken out."""
    after = next((n for n in names if n.start == at + len(run)), None) if at >= 0 else None
    whole = _fuzzy_zh(kg, text, run + after.text, whole_only=True) if after else None
    if whole:
        names.remove(after)
    return whole


def _with_class_word(kg, text: str, run: str, at: int) -> Name | None:
    """A misspelt name ending in a class word (六保茶 for 六堡茶: 茶 is read as a class word first)."""
    cw = _class_word_at(text, at + len(run))
    return _fuzzy_zh(kg, text, run + cw, whole_only=True) if cw and at >= 0 else None


def _take_word(q: Question, s: int, e: int, kind: str, key: str, w: str) -> None:
    """What one lexicon word says about the question: a relation, an indicator, a class or a cue."""
    TAKE.get(kind, _take_nothing)(q, key, w)
    q.words.setdefault(key, w)
    q.at.setdefault(key if kind != "ind" else IND + key, s)


IND = "https://w3id.org/gxkg/resource/indicator/"


def _take_relation(q: Question, key: str, w: str) -> None:
    if key not in q.relations:
        q.relations.append(key)


def _take_indicator(q: Question, key: str, w: str) -> None:
    q.soft.discard(IND + key)  # named by its own words: asked, whatever a topic's name also brought
    if IND + key not in q.indicators:
        q.indicators.append(IND + key)


def _take_class(q: Question, key: str, w: str) -> None:
    q.kinds.append((w, key))
    if key not in q.classes:
        q.classes.append(key)


def _take_cue(q: Question, key: str, w: str) -> None:
    if key != "noise":  # words that hold a cue word but ask nothing
        q.cues.add(key)


def _take_unit(q: Question, key: str, w: str) -> None:
    if key not in q.units:
        q.units.append(key)
        q.cues.add("unit")
        q.words.setdefault("unit", w)


def _take_nothing(q: Question, key: str, w: str) -> None:
    return None


TAKE = {"rel": _take_relation, "ind": _take_indicator, "cls": _take_class, "cue": _take_cue, "unit": _take_unit}


def _narrower_said(kg, q: Question) -> None:
    """cumulative online retail, 农村网络零售额: an indicator said right after the word its rural variant adds (rural,
    cumulative) is that variant (rural online retail, cumulative, 59亿元), never the whole region's figure of a period."""
    for k, ind in enumerate(q.indicators):
        head, _, tail = ind.rpartition("/")
        narrow, word = f"{head}/rural-{tail}", q.words.get(tail, "")
        if word and narrow not in q.indicators and kg.types(narrow) and \
                re.search(rf"(?:\brural|\bcumulative|农村|累计)\s*(?:e-?commerce\s+|电商)?{re.escape(word)}", q.text, re.I):
            q.indicators[k] = narrow
            q.words[narrow.rpartition("/")[2]] = word


def _indicators_named(kg, q: Question, lang: str) -> None:
    """Indicators named by their own names (an indicator is an entity of the index too) move from the names
    to the indicators, with the cues in their names ("share")."""
    for n in list(q.names):
        if "https://w3id.org/gxkg/ontology#Indicator" in kg.types(n.iri):
            q.names.remove(n)
            for h in _lexicon_hits(n.text, lang):
                if h[2] == "cue":
                    q.cues.add(h[3])
                    q.words.setdefault(h[3], h[4])
            q.at.setdefault(n.iri, n.start)
            q.soft.discard(n.iri)  # named in full: asked
            if n.iri not in q.indicators:
                q.indicators.insert(0, n.iri)


def _mask(text: str, names: list[Name]) -> str:
    out = list(text)
    for n in names:
        for i in range(n.start, n.end):
            out[i] = MASK
    return "".join(out)


def _inside_longer(h, o) -> bool:
    return o[0] <= h[0] and h[1] <= o[1] and (o[1] - o[0]) > (h[1] - h[0])


def _other_relation_across(h, o) -> bool:
    """Another relation's word overlapping this one; a word that names two relations at once (上下游) is both."""
    return h[2] == "rel" and o[2] == "rel" and o[3] != h[3] and o[0] < h[1] and h[0] < o[1] and \
        not ((o[0], o[1]) == (h[0], h[1]) and h[4].lower() in lx.BOTH_RELATIONS)


def _cut_class_word(h, hits) -> bool:
    """A cue whose last characters begin a longer class word (哪个县 in 哪个县级市: which county-level city,
    not where in a county)."""
    return h[2] == "cue" and any(o[2] == "cls" and h[0] < o[0] < h[1] < o[1] and _is_class_word(h[4][o[0] - h[0]:])
                                 for o in hits)


def _is_class_word(tail: str) -> bool:
    """The cue's tail begins with a class word of its own (县 of 哪个县级; not 些 of 哪些 before 些区)."""
    return any(tail.startswith(w) for w in lx.CLASS_WORDS["zh"]) if CJK.search(tail) else \
        any(tail.lower().startswith(w) for w in lx.CLASS_WORDS["en"])


def _longest(hits):
    """Lexicon hits without one inside a longer one (交易额 inside 电子商务交易额), nor a relation word
    overlapping a longer relation word (来自哪 across 商品来自哪里), nor a cue across a relation word kept (under
    which after filed under), nor a cue cut across a class word."""
    out = []
    hits = [h for h in hits if not _cut_class_word(h, hits)]
    for h in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0])):
        if not any(_inside_longer(h, o) or _other_relation_across(h, o) or _cue_across_relation(h, o) for o in out):
            out.append(h)
    return out


def _cue_across_relation(h, o) -> bool:
    """A question word sharing words with a longer or earlier relation word (under which after filed under: the
    category asked, not where): the relation word has them."""
    return h[2] == "cue" and o[2] == "rel" and o[0] < h[1] and h[0] < o[1]


def _residue(masked: str, hits, lang: str) -> list[str]:
    """The words of the question that no name, lexicon word or filler explains."""
    chars = list(masked)
    for s, e, *_ in hits:
        for i in range(s, e):
            chars[i] = " "
    blanked = "".join(chars)
    rest = re.sub(r"\d+(\.\d+)?", " ", blanked.replace(MASK, " "))
    if lang != "zh":
        return _residue_en(rest)
    return _residue_zh(rest) + _name_with_a_char(blanked) + _filler_char_names(masked, hits) + \
        _unknown_doers(masked, hits)


# one character between a name and its relation word that is no name's: an adverb or a verb (京东曾入桂发展, 京东做农村电商)
NOT_A_NAME_END = "之曾会可并均皆亦仍便正刚早再终做搞开办建卖来去进入到有"


def _unknown_doers(masked: str, hits) -> list[str]:
    """Who does what a relation word says when no name covers it: 阿里云落户广西了吗, 阿里云在广西开展… (the
    question's first words, two or more, not all fillers), 京东方入桂发展了吗 (the first name and one more
    character that is no filler): a name the graph does not hold, as written, never the graph name it begins with."""
    text = _hits_marked(masked, hits)
    out = []
    for m in re.finditer(rf"([\u3400-\u9fff]+)(?={MASK}*{REL_HIT})", text):  # 阿里云在广西开展…
        before = text[m.start() - 1] if m.start() else ""
        word = _name_and_a_char(masked, text, m.start(), m.group(1)) if before == MASK else \
            _first_words(m.group(1)) if not before or before in "。？！?!" else None  # never a clause's (，除了它还有)
        out += [word] if word else []
    return out


def _name_and_a_char(masked: str, text: str, at: int, run: str) -> str | None:
    """京东方: the question's first name with the one character after it, when that is no filler, adverb or verb."""
    start = at
    while start and text[start - 1] == MASK:
        start -= 1
    lead = re.search(rf"(^|[^{HIT}{REL_HIT}{MASK}\u3400-\u9fff])([\u3400-\u9fff]*)$", text[:start])
    first = lead is not None and all(_filler_cover(lead.group(2)))  # the question's first name (请问京东方)
    one = len(run) == 1 and run not in {*lx.ZH_FILLER, *NOT_A_NAME_END, *PARTICLES}
    return masked[start:at + 1] if first and one else None


def _first_words(run: str) -> str | None:
    """阿里云: the words before the relation word, when two characters or more of them are no filler word's."""
    word = _without_particles(run)
    covered = sum(1 for c in _filler_cover(word) if c >= 2)  # 图谱里: a filler's
    return word if len(word) - covered >= 2 and any(c not in lx.ZH_FILLER for c in word) else None


def _name_with_a_char(blanked: str) -> list[str]:
    """A character that makes a noun of another thing, right after a name (百色芒果干, 螺蛳粉厂, 防城巷下面): not the name,
    reported as the name's place (〇〇〇〇干) with that character; the caller's text shows it whole."""
    return [m.group(0) for m in re.finditer(rf"{MASK}+([\u4e00-\u9fff])(?:(?![\u4e00-\u9fff])|(?=[的是在有])|(?<=[巷街路桥港湾岛])(?=[下里]))", blanked)
            if m.group(1) in lx.THING_SUFFIXES]


def _residue_zh(rest: str) -> list[str]:
    """The Chinese words left, fillers (请问, 的) taken out: two characters or more; or a run of three or more
    that fillers explain all but one character of (拼多多: 多 is a filler, 拼 is not), as written."""
    rest = re.sub(r"[^\u3400-\u9fff]+", " ", rest)
    runs = rest.split()
    for w in sorted(lx.ZH_FILLER, key=len, reverse=True):
        rest = rest.replace(w, " ")
    return [w for w in rest.split() if len(w) >= 2] + [r for r in map(_without_particles, runs)
                                                       if _one_unexplained(r) or _affiliation(r)]


def _filler_char_names(masked: str, hits) -> list[str]:
    """日本, 上海, 中山, 月球: a character no filler explains, alone, after a one-character filler that begins many
    names (日 of 日期, 上 of 以上) where a name can start (the question's start, after 在/到/和, 日 after a
    word): the two, a name the graph does not hold. Never 9月开的, 省份中排第三 (a date, a place word after a noun)."""
    text = _hits_marked(masked, hits)
    return [w for m in re.finditer(r"[\u3400-\u9fff]+", text)
            for w in _names_in_run(m.group(0), text[m.start() - 1] if m.start() else "")]


def _hits_marked(masked: str, hits) -> str:
    """The masked text with each lexicon hit's characters marked (relation words apart from the rest)."""
    marked = list(masked)
    for s, e, *rest in hits:
        marked[s:e] = [REL_HIT if rest and rest[0] == "rel" else HIT] * (e - s)
    return "".join(marked)


def _names_in_run(run: str, before: str) -> list[str]:
    """The unknown two-character names of one run of Chinese (日本, 华为), `before` being what precedes it."""
    covered = _filler_cover(run) + [1]  # the run's end is as a filler after it
    return [run[i - 1:i + 1] for i in range(1, len(run)) if _alone_after_a_name_filler(run, covered, i) and
            _name_can_start(run[i - 1], run[i - 2] if i >= 2 else before)] + \
        [run[i:i + 2] for i in range(len(run) - 1) if _alone_before_wei(run, covered, i) and
         _name_can_start("", run[i - 1] if i else before)]  # 华为入桂发展了吗


def _alone_before_wei(run: str, covered: list[int], i: int) -> bool:
    """Character i is no filler's and the next is 为 alone (华为): a name ending in 为, as few words do."""
    return run[i + 1] == "为" and (covered[i], covered[i + 1]) == (0, 1)


def _alone_after_a_name_filler(run: str, covered: list[int], i: int) -> bool:
    """Character i is no filler's, the next one is, and the one before is a one-character filler of NAME_FILLERS."""
    return not covered[i] and covered[i + 1] and covered[i - 1] == 1 and run[i - 1] in NAME_FILLERS


HIT, REL_HIT = "\x01", "\x02"
NAME_FILLERS = "上下中日月"  # fillers that begin many names (上海, 日本, 中山, 月球); never 过, 了, 里 (批复里点了)


def _name_can_start(first: str, before: str) -> bool:
    """A name can start at `first` after `before` (the question's start, punctuation, a preposition; 日 after a
    word: 服务日本企业), never after a number (9月) or a name."""
    if before in (HIT, REL_HIT):  # 服务日本企业; after a relation word any (产自上海, 拓展到中山), never 省份中排
        return first == "日" or before == REL_HIT
    return before in "在到自于和与跟及对往向从去" or not (before.isalnum() or before == MASK or "\u3400" <= before <= "\u9fff")


def _filler_cover(run: str) -> list[int]:
    """The length of the filler word covering each character of a run (0: none), longest fillers first."""
    covered = [0] * len(run)
    for w in sorted(lx.ZH_FILLER, key=len, reverse=True):
        for m in re.finditer(re.escape(w), run):
            if not any(covered[m.start():m.end()]):
                covered[m.start():m.end()] = [len(w)] * len(w)
    return covered


PARTICLES = "在是的了吗和与及跟对把被由从到给让呢啊吧"


def _without_particles(run: str) -> str:
    return run.strip(PARTICLES)


def _affiliation(run: str) -> bool:
    """阿里系, 腾讯系: a group of companies named by its head and 系, which the graph does not record; one word, as
    written, never dropped because a filler (里) splits it."""
    return re.fullmatch(r"[\u4e00-\u9fff]{2,3}系", run) is not None and any(c not in lx.ZH_FILLER for c in run[:-1])


def _one_unexplained(run: str) -> bool:
    """A run of three characters or more with exactly one that no filler explains, beside a filler doubled (拼多多):
    a brand's name, which a question's own words do not make."""
    left = run
    for w in sorted(lx.ZH_FILLER, key=len, reverse=True):
        left = left.replace(w, "")
    return len(run) >= 3 and len(left) == 1 and re.search(rf"{left}(.)\1|(.)\2{left}", run) is not None


def _residue_en(rest: str) -> list[str]:
    """The English words left that are no filler (nor a filler's possessive): three letters or more."""
    words = [w.rstrip("'’") for w in re.findall(r"[a-z][a-z'’-]*", re.sub(r"\brural\s+areas?\b", "rural", rest.lower()))]
    return [w for w in words if w not in lx.EN_FILLER and len(w) >= 3 and re.sub(r"['’]s$", "", w) not in lx.EN_FILLER]


def _fuzzy_zh(kg, text: str, run: str, whole_only: bool = False) -> Name | None:
    """A name written with a typo or a homophone (流州 for 柳州, 螺丝粉 for 螺蛳粉): the whole run, or its
    longest part, when search ranks one entity clearly first."""
    for size in range(len(run), 1 if not whole_only else len(run) - 1, -1):
        for i in range(0, len(run) - size + 1):
            span = run[i:i + size]
            iri = _confident(kg, span, 0.7 if size == len(run) else 0.8) if not DOCUMENTS_DESCRIBED.search(span) else None
            start = text.find(span) if iri else -1
            if start >= 0 and not _other_level_after(text, start + len(span), kg.label(iri, "zh")):
                label = kg.label(iri, "zh")
                end = _with_level_char(text, start + len(span), label)
                return Name(text[start:end], iri, start, end, None if text[start:end] == label else label)
    return None


# documents described by who issued them (…办公厅发布的政策): a description, never a title misspelt
DOCUMENTS_DESCRIBED = lazyre.compile(r"(?:发布|发|出台|印发|下发|发文|颁布|制定)的(?:电商)?(?:政策|文件|规划|意见|通知|计划|批复)")


def _other_level_after(text: str, end: int, label: str) -> bool:
    """淘宝镇 read as 淘宝村: the name read ends in one level character and the question puts another right after the
    words (镇 for 村), so another thing is meant."""
    levels = "村镇乡县区市"
    return label[-1:] in levels and text[end:end + 1] in levels and text[end:end + 1] != label[-1]


def _with_level_char(text: str, end: int, label: str) -> int:
    """A misspelt name read without the level character after it (龙墟 | 区 of 龙墟区, read as 龙圩区): the name ends
    after it, when the name read ends in that character."""
    nxt = text[end:end + 1]
    return end + 1 if nxt and nxt in "区县市镇乡村" and label.endswith(nxt) else end
