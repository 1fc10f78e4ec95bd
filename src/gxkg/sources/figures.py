"""Figures in text: a number as people write it (730亿元, 1.2万家, 一万余户, 5万家以上, 13.4%) in base units,
with its unit (read from the ontology), qualifier and the period around it (2019年, 1-7月, 截至2019年上半年, 同比).
The number itself is read by gxkg.numbers, the same reader `gxkg validate` uses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..numbers import SP, scan

GXO = "https://w3id.org/gxkg/ontology#"
# what follows a number that makes it a date, a duration or part of a code, not a figure
NOT_A_FIGURE = re.compile(rf"{SP}(?:[年月日号时点]|个(?:多|半)?(?:月|小时|星期)|[-/.]\d)")


@dataclass
class Figure:
    value: Decimal | None
    unit: str           # local name of a gxo:Unit the ontology declares
    stated: str
    start: int          # offset of the stated text in the sentence
    qualifier: str | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    extras: dict = field(default_factory=dict)


def _unit_at(rest: str, vocab) -> tuple[str, str] | None:
    """The unit written at the start of `rest` (after optional spaces): (text as written, unit local name)."""
    lead = len(rest) - len(rest.lstrip(" \t\u3000\xa0"))
    body = rest[lead:]
    for form, local in vocab.unit_forms():
        if body.startswith(form):
            after = body[len(form):len(form) + 1]
            if form[-1].isascii() and form[-1].isalpha() and after.isascii() and after.isalpha():
                continue  # 5t but not 5the; kg but not kgs
            return rest[:lead + len(form)], local
    return None


def _suffix_qualifier(tail: str, vocab) -> tuple[str | None, str]:
    for word, q in vocab.qualifier_words("after"):
        if tail.startswith(word):
            return q, word
    return None, ""


def find_figures(sentence: str, vocab=None) -> list[Figure]:
    """Every number with a unit in the sentence, in base units (gxkg.numbers reads the number; the unit comes
    from the written forms of `vocab`, the shipped ontology's by default). Years, dates, durations and
    ordinals (第四届) are not figures."""
    from ..vocab import vocabulary

    vocab = vocab or vocabulary()
    out = []
    for n in scan(sentence, vocab):
        rest = sentence[n.end:]
        if n.unit:                                    # 百分之六十, 三成, 翻一番
            written, local = "", n.unit
        else:
            if NOT_A_FIGURE.match(rest) and not re.search(r"[万亿萬億]", n.text):
                continue
            found = _unit_at(rest, vocab)
            if found is None:
                continue
            written, local = found
        if n.ordinal:
            if local not in ("Person", "Rank"):
                continue                              # 第四届: an ordinal, not a figure
            local = "Rank"                            # 第三名
        if local == "Percent" and re.search(r"[万亿萬億]", n.text):
            continue
        stated_end = n.end + len(written)
        qualifier = n.qualifier
        q, word = _suffix_qualifier(sentence[stated_end:], vocab)
        if q:                                         # 5万家以上, 2亿元左右: the word after the unit decides
            qualifier = q
            stated_end += len(word)
        out.append(Figure(n.value, local, sentence[n.start:stated_end], n.start, qualifier, n.low, n.high))
    return out


YEAR = re.compile(rf"(?<!\d)((?:19|20)\d{{2}}){SP}年")
MONTH_RANGE = re.compile(rf"((?:19|20)\d{{2}}){SP}年{SP}(\d{{1,2}}){SP}[-—–至到~～]{SP}(\d{{1,2}}){SP}月")
AS_OF = re.compile(rf"截至{SP}((?:19|20)\d{{2}}){SP}年(?:{SP}(\d{{1,2}}){SP}月|{SP}(上半年)|(底|末))?")
DATE = re.compile(rf"((?:19|20)\d{{2}}){SP}年{SP}(\d{{1,2}}){SP}月{SP}(\d{{1,2}}){SP}[日号]")


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
