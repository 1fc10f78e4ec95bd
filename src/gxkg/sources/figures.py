"""Figures in text: a number as people write it (730亿元, 1.2万家, 一万余户, 5万家以上, 13.4%) in base units,
with its unit (read from the ontology), qualifier and the period around it (2019年, 1-7月, 截至2019年上半年).
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
    return _unit_ranges(sentence, out)


RANGE_JOIN = re.compile(rf"{SP}(?:至|到|~|～|-|—|–){SP}")


def _unit_ranges(sentence: str, figures: list[Figure]) -> list[Figure]:
    """3元至5元: two figures of one unit joined by 至 are one range, as 3至5元 is."""
    out: list[Figure] = []
    for f in figures:
        if out and _range_ends(sentence, out[-1], f):
            a = out[-1]
            out[-1] = Figure(None, f.unit, sentence[a.start:f.start + len(f.stated)], a.start, f.qualifier or a.qualifier,
                             a.value, f.value)
        else:
            out.append(f)
    return out


def _range_ends(sentence: str, a: Figure, b: Figure) -> bool:
    plain = a.low is None is b.low and None not in (a.value, b.value)
    return plain and a.unit == b.unit and bool(RANGE_JOIN.fullmatch(sentence, a.start + len(a.stated), b.start))


def period_for(sentence: str, at: int, published: str | None = None) -> dict:
    """The period of a figure at offset `at`: the nearest period expression before it (gxkg.sources.context
    reads them, relative ones such as 今年 against the publication date)."""
    from .context import period_before

    return period_before(sentence, at, published)[0]
