"""Figures in text: a number as people write it (730亿元, 1.2万家, 一万余户, 5万家以上, 13.4%) in base units,
with its unit, qualifier and the period around it (2019年, 1-7月, 截至2019年上半年, 同比)."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from decimal import Decimal

GXO = "https://w3id.org/gxkg/ontology#"
CN_NUM = "零〇一二两三四五六七八九十百千万亿"
MULT = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "千": Decimal(1000), "百": Decimal(100)}

# unit words (longest first) -> (unit local name, multiplier)
UNITS = [
    ("元/斤", "CNYPerJin"), ("元/公斤", "CNYPerKg"), ("平方米", "SquareMetre"), ("平米", "SquareMetre"),
    ("人次", "PersonTime"), ("元", "CNY"), ("%", "Percent"), ("％", "Percent"), ("家", "Count"), ("个", "Count"),
    ("户", "Household"), ("亩", "Mu"), ("吨", "Tonne"), ("袋", "Bag"), ("件", "Piece"), ("单", "Piece"),
    ("人", "Person"), ("名", "Person"), ("岁", "YearOfAge"), ("座", "Count"), ("款", "Count"), ("种", "Count"),
    ("所", "Count"), ("项", "Count"), ("条", "Count"),
]
KNOWN_UNITS = {"CNYPerJin", "SquareMetre", "PersonTime", "CNY", "Percent", "Count", "Household", "Mu", "Tonne", "Bag",
               "Piece", "Person", "YearOfAge"}
# qualifier words before / after the number
BEFORE = [("预计", "Projected"), ("将近", "Nearly"), ("接近", "Nearly"), ("近", "Nearly"), ("约", "Approximately"),
          ("大约", "Approximately"), ("突破", "Exceeds"), ("超过", "MoreThan"), ("超", "MoreThan"), ("逾", "MoreThan"),
          ("不少于", "AtLeast"), ("不低于", "AtLeast")]
AFTER_NUM = [("多", "MoreThan"), ("余", "MoreThan"), ("几", "MoreThan")]
AFTER_UNIT = [("以上", "AtLeast"), ("左右", "Approximately"), ("多", "MoreThan")]

NUMBER = re.compile(
    r"(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千]*)"
    r"(?P<more>多|余|几)?(?P<mult>[万亿千]{0,2})(?P<more2>多|余)?")


@dataclass
class Figure:
    value: Decimal | None
    unit: str
    stated: str
    start: int          # offset of the stated text in the sentence
    qualifier: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    extras: dict = field(default_factory=dict)


def cn_number(s: str) -> Decimal | None:
    """一万 -> 10000, 七百 -> 700, 十二 -> 12, 730 -> 730 (cn2an for the Chinese numerals)."""
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return Decimal(s)
    try:
        import cn2an

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            v = cn2an.cn2an(s, "smart")
        return Decimal(str(v))
    except Exception:  # noqa: BLE001 - not a number cn2an understands
        return None


def _plain(d: Decimal) -> Decimal:
    d = d.normalize()
    return d.quantize(Decimal(1)) if d == d.to_integral() else d


def find_figures(sentence: str) -> list[Figure]:
    """Every number with a unit in the sentence (years, dates and months are periods, not figures)."""
    out = []
    for m in NUMBER.finditer(sentence):
        num, more, mult, more2 = m.group("num"), m.group("more"), m.group("mult"), m.group("more2")
        end = m.end()
        rest = sentence[end:]
        if re.match(r"[年月日号]", rest) and not mult:
            continue  # 2019年, 10月, 9日: a date, not a figure
        if re.match(r"-\d", rest) or (m.start() > 0 and sentence[m.start() - 1] in "-～~—"):
            continue  # a range or a period like 1-7月 or 2018-2020
        unit = next(((w, u) for w, u in UNITS if rest.startswith(w)), None)
        if unit is None:
            continue
        base = cn_number(num)
        if base is None:
            continue
        if num in ("十",) and not more:
            pass
        value = base
        for ch in mult:
            value *= MULT[ch]
        word, local = unit
        stated_end = end + len(word)
        qualifier = None
        if more or more2:
            qualifier = "MoreThan"
        tail = sentence[stated_end:]
        for w, q in AFTER_UNIT:
            if tail.startswith(w):
                qualifier = q
                stated_end += len(w)
                break
        start = m.start()
        head = sentence[:start]
        for w, q in sorted(BEFORE, key=lambda x: -len(x[0])):
            if head.endswith(w):
                qualifier = qualifier or q
                break
        # 十几万 / 几十万: a range, at least 100,000 and under 200,000
        low = high = None
        if more == "几" and num.startswith("十"):
            low, high = value, value * 2
            qualifier = qualifier or "MoreThan"
        stated = sentence[start:stated_end]
        if local == "Percent" and mult:
            continue
        out.append(Figure(_plain(value), local, stated, start, qualifier, low, high))
    return out


YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
MONTH_RANGE = re.compile(r"((?:19|20)\d{2})年\s*(\d{1,2})[-—–至到~～](\d{1,2})月")
AS_OF = re.compile(r"截至((?:19|20)\d{2})年(?:(\d{1,2})月|(上半年)|(底|末))?")
DATE = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")


def period_for(sentence: str, at: int, default_year: str | None = None) -> dict:
    """The period a figure at offset `at` refers to: the nearest period expression before it in the sentence."""
    head = sentence[:at]
    best: tuple[int, dict] | None = None

    def consider(pos, period):
        nonlocal best
        if best is None or pos >= best[0]:
            best = (pos, period)

    # the expression that ends nearest before the figure wins (so 截至2019年上半年 beats the 2019年 inside it)
    for m in YEAR.finditer(head):
        consider(m.end(), {"year": m.group(1)})
    for m in MONTH_RANGE.finditer(head):
        y = m.group(1)
        consider(m.end(), {"start": f"{y}-{int(m.group(2)):02d}", "end": f"{y}-{int(m.group(3)):02d}"})
    for m in DATE.finditer(head):
        consider(m.end(), {"date": f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"})
    for m in AS_OF.finditer(head):
        y = m.group(1)
        month = int(m.group(2)) if m.group(2) else 6 if m.group(3) else 12
        consider(m.end() + 1, {"as_of": f"{y}-{month:02d}", "cumulative": True})
    if best is not None:
        return dict(best[1])
    return {"year": default_year} if default_year else {}


GROWTH = re.compile(r"(同比增长|同比下降|比上年增长|比上年下降|增长|下降)$")


def growth_context(sentence: str, start: int) -> str | None:
    """'yoy' for 同比增长 X%, 'prev' for 比上年增长 X%, 'plain' for 增长 X%, else None."""
    head = sentence[:start].rstrip("了约达到为")
    m = GROWTH.search(head)
    if not m:
        return None
    w = m.group(1)
    return "yoy" if w.startswith("同比") else "prev" if w.startswith("比上年") else "plain"
