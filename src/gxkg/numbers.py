"""The one reader of numbers as Chinese text writes them (ingest's figures and `gxkg validate` both call it).

It reads Arabic (730, 1,234.5, 16.57 万 with the spaces PDF text leaves) and Chinese numerals (一百二十万, 两千三百万,
零点五, 三万五), multipliers (万, 亿, 万亿, the spoken 两个亿), percentages (百分之六十, 三成, 三分之一), doubling (翻一番), vague amounts as ranges
(十几万 is 100000-200000, 几十 is 10-100, 数百 is 100-1000: never a single value), 多/余 (more than the value),
ordinals (第四) and ranges (16～40). Qualifier words around a number (约, 近, 超过 ...) come from the ontology.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

SP = r"[ \t\u3000\xa0]*"  # PDF text puts spaces inside figures: "16.57 万", "5 月31 日"
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")  # one character for one: offsets stay

DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "三": 3, "叁": 3, "四": 4,
          "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8}
VAGUE = "几"  # 十几, 几十: a digit we do not know

_CN = "".join(DIGITS) + "".join(SMALL) + "".join(BIG) + VAGUE
# thousands grouped by commas (5,600) or, in PDF text, by single spaces (5 600 余户) when every group has three digits
ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.])\d{1,3}(?:[ \xa0\u2009]\d{3})+(?![\d.])|\d+(?:\.\d+)?"
_CN_NUM = rf"[{_CN}]+(?:点[{''.join(DIGITS)}]+)?"
NUMBER = re.compile(
    rf"(?P<ord>第{SP})?"
    rf"(?:百分之{SP}(?P<pct>{ARABIC}|{_CN_NUM})"
    rf"|(?P<den>{ARABIC}|[{''.join(DIGITS)}{''.join(SMALL)}]+){SP}分之{SP}(?P<num>{ARABIC}|[{''.join(DIGITS)}{''.join(SMALL)}]+)"
    rf"|翻了?{SP}(?P<fan>[一二两三四五\d]){SP}番"
    rf"|(?P<a>{ARABIC})(?:{SP}[～~\-—–至到]{SP}(?P<a2>{ARABIC}))?"
    rf"|(?P<c>{_CN_NUM}))"
    rf"(?:{SP}(?P<more>多|余))?(?:{SP}(?:个(?=[亿億]))?(?P<mult>[百千万萬亿億]{{1,2}}))?(?P<more2>多|余)?(?P<cheng>成(?!员|立|为|功|本|果|交))?")

# one-character words that make a bare 百/千/万 a number (上千, 数百, 逾千, 过万, 近百): (qualifier, vague)
BARE_PREFIX = {"上": ("AtLeast", False), "过": ("MoreThan", False), "数": (None, True)}


@dataclass(frozen=True)
class Number:
    """A number read from text: a value, or a range (low, high) for a vague amount; the qualifier its words
    imply (a gxo:Qualifier local name); the unit its own words imply (Percent for 百分之 and 成, Times for 翻番)."""
    text: str
    start: int
    end: int
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    qualifier: str | None = None
    ordinal: bool = False
    unit: str | None = None

    def values(self) -> list[Decimal]:
        """The numbers a figure with this reading stores: [value], or [low, high] for a range."""
        return [self.value] if self.value is not None else [self.low, self.high]


def plain(d: Decimal) -> Decimal:
    """1.20E+6 -> 1200000, 10.40 -> 10.4: the value as a graph stores it."""
    d = d.normalize()
    return d.quantize(Decimal(1)) if d == d.to_integral() else d


def _cn_int(s: str, vague: int = 0) -> int | None:
    """The integer a Chinese numeral writes (一百二十万 -> 1200000, 三万五 -> 35000, 十二 -> 12); 几 counts as
    `vague`. None for what is not a well-formed numeral (一一, 十三五)."""
    n = _Numeral(vague)
    for ch in s:
        step = n.digit if ch in DIGITS or ch == VAGUE else n.small if ch in SMALL else n.big
        if not step(ch):
            return None
    return n.value(s)


class _Numeral:
    """A Chinese numeral read one character at a time: each step returns False when the numeral is malformed."""

    def __init__(self, vague: int):
        self.vague = vague
        self.total = self.section = 0
        self.last = None        # the digit just written, not yet multiplied
        self.last_unit = 0      # the unit just written, for 一百二 (120) and 三万五 (35000)
        self.prev = ""          # kind of the previous character: d(igit), u(nit), z(ero)

    def digit(self, ch: str) -> bool:
        if self.prev == "d":
            return False                        # two digits in a row: 一一, 十三五
        d = self.vague if ch == VAGUE else DIGITS[ch]
        if d == 0:
            self.prev, self.last_unit = "z", 0
        else:
            self.last, self.prev = d, "d"
        return True

    def small(self, ch: str) -> bool:
        """十, 百, 千: multiply the digit before (one when none) into the section; units must fall (百十 is no numeral)."""
        unit = SMALL[ch]
        if self.prev == "u" and self.last_unit <= unit:
            return False
        self.section += (1 if self.last is None else self.last) * unit
        self.last, self.prev, self.last_unit = None, "u", unit
        return True

    def big(self, ch: str) -> bool:
        """万, 亿: the section so far times it (万 alone, after 上/数/逾, is one 万); 亿 multiplies all before it."""
        big = BIG[ch]
        if self.last is None and self.section == 0 and self.prev != "u" and self.total == 0:
            self.section = 1
        self.section += self.last or 0
        self.total = (self.total + self.section) * big if big > 10 ** 4 else self.total + self.section * big
        self.section, self.last, self.prev, self.last_unit = 0, None, "u", big
        return True

    def value(self, s: str) -> int:
        """The whole number; a last digit after a unit of 百 or more counts a tenth of it (一百二 is 120)."""
        if self.last is not None:
            if self.prev == "d" and self.last_unit >= 100 and s[-2] not in "零〇":
                self.last *= self.last_unit // 10
            self.section += self.last
        return self.total + self.section


def cn_number(s: str, vague: int = 0) -> Decimal | None:
    """A Chinese or Arabic numeral as written (一百二十 -> 120, 零点五 -> 0.5, 1,234.5 -> 1234.5), else None."""
    s = re.sub(r"[, \xa0\u2009]", "", s.translate(_FULLWIDTH))
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return Decimal(s)
    whole, _, frac = s.partition("点")
    if not whole or frac and not all(c in DIGITS for c in frac):
        return None
    n = _cn_int(whole, vague)
    if n is None:
        return None
    if len(whole) > 1 and all(c in DIGITS for c in whole):
        return None  # 二〇一九 (a year) or 七八 (an estimate): not an amount
    return Decimal(f"{n}.{''.join(str(DIGITS[c]) for c in frac)}") if frac else Decimal(n)


def _bare(c: str) -> bool:
    """百, 千, 万, 百万 ...: a magnitude with no digit, a number only with a word such as 上, 数, 逾 or 余."""
    return bool(c) and all(ch in SMALL or ch in BIG for ch in c)


def _multiplier(mult: str | None) -> int:
    m = 1
    for ch in mult or "":
        m *= SMALL.get(ch) or BIG[ch]
    return m


def _prefix_qualifier(head: str, vocab) -> tuple[str | None, str]:
    """The qualifier word that ends `head` (近, 超过, 约 ... from the ontology), longest first."""
    for word, q in vocab.qualifier_words("before"):
        if head.endswith(word):
            return q, word
    return None, ""


def _vague(c: str, prefixed: bool) -> tuple[Decimal, Decimal] | None:
    """十几 -> (10, 20), 几十 -> (10, 100), 数百 (prefixed) -> (100, 1000): at least the smallest reading and
    under the next order, never one value."""
    lo = cn_number(c, vague=1 if c.startswith(VAGUE) or prefixed else 0)
    hi = cn_number(c, vague=10) if VAGUE in c else (lo * 10 if lo is not None else None)
    return None if lo is None or hi is None else (lo, hi)


def _chinese(g: dict, head: str, mult: int, qualifier: str | None, vocab):
    """A Chinese numeral: (value, low, high, qualifier, the word before it that belongs to it) or None."""
    c = g["c"]
    if _no_figure(g):
        return None
    bare = _bare(c)
    word = next((w for w in BARE_PREFIX if head.endswith(w)), "") if bare else ""
    amount = _cn_amount(c, word, mult)
    if amount is None:
        return None
    if bare:
        said = _bare_words(head, word, qualifier, vocab)
        if said is None:
            return None
        qualifier, word = said
    return (*amount, qualifier, word)


def _no_figure(g: dict) -> bool:
    """几家 (no magnitude at all) and 一个, 一袋 (an article) are no figures."""
    c = g["c"]
    if c.startswith(VAGUE) and not re.search(f"[{''.join(SMALL)}{''.join(BIG)}]", c):
        return True
    return c in ("一", "壹") and not (g["mult"] or g["more"] or g["more2"] or g["ord"] or g["cheng"])


def _cn_amount(c: str, word: str, mult: int) -> tuple | None:
    """(value, low, high) of a Chinese numeral times mult: a range for a vague amount (十几, 数百), else a value;
    None when it is not a numeral."""
    if VAGUE in c or (word and BARE_PREFIX[word][1]):
        rng = _vague(c, bool(word))
        return None if rng is None else (None, rng[0] * mult, rng[1] * mult)
    value = cn_number(c)
    return None if value is None else (value * mult, None, None)


def _bare_words(head: str, word: str, qualifier: str | None, vocab) -> tuple | None:
    """A bare magnitude (百, 千, 万) is a number only after a word: (its qualifier, the word that belongs to it),
    or None (百色, 千家万户, 成千上万)."""
    if word:
        if head[:-len(word)].endswith("成千"):
            return None                              # 成千上万: an idiom, not a figure
        return qualifier or BARE_PREFIX[word][0], word
    q, before = _prefix_qualifier(head, vocab)
    if not (qualifier or q):
        return None
    return qualifier, "" if qualifier else before   # 逾千, 近百: the word is part of the number


def _read(m: re.Match, text: str, vocab) -> Number | None:
    """The Number one match of NUMBER writes, or None when the match is no number (百色, 一个, 十三五)."""
    g = m.groupdict()
    start, end = m.start(), m.end()
    if g["cheng"] and any(g[k] for k in ("pct", "fan", "mult", "more", "more2", "ord", "a2")):
        end -= 1                                     # 成 makes a share only of a plain number (三成, 7成)
        g["cheng"] = None
    head = text[:start]
    read = _amount(g, head, _multiplier(g["mult"]), "MoreThan" if (g["more"] or g["more2"]) else None, vocab)
    if read is None:
        return None
    value, low, high, qualifier, word, unit = read
    start -= len(word)
    if g["cheng"]:
        if value is None:
            return None
        value, unit = value * 10, "Percent"          # 三成: 30%
    if value is None and low is None:
        return None
    if qualifier is None and not g["ord"]:
        qualifier = _prefix_qualifier(head.rstrip(" \t\u3000\xa0"), vocab)[0]  # PDF text: 超过 3 000 吨
    return Number(text[start:end], start, end, _plain(value), _plain(low), _plain(high), qualifier, bool(g["ord"]), unit)


def _amount(g: dict, head: str, mult: int, qualifier: str | None, vocab) -> tuple | None:
    """(value, low, high, qualifier, the word before that belongs to it, unit) of a doubling (翻一番: twice), a
    percentage, an Arabic number or range (16～40岁, 5-10万元) or a Chinese numeral; None when it is no number."""
    if g["fan"]:
        return Decimal(2) ** (int(g["fan"]) if g["fan"].isdigit() else DIGITS[g["fan"]]), None, None, qualifier, "", "Times"
    if g["pct"]:
        return cn_number(g["pct"]), None, None, qualifier, "", "Percent"
    if g["den"]:  # 三分之一: a fraction, as a percentage (33.33%)
        return _fraction(g["num"], g["den"]), None, None, qualifier, "", "Percent"
    if g["a"]:
        value = cn_number(g["a"]) * mult
        if g["a2"]:
            return None, value, cn_number(g["a2"]) * mult, qualifier, "", None
        return value, None, None, qualifier, "", None
    read = _chinese(g, head, mult, qualifier, vocab)
    return None if read is None else (*read, None)


def _fraction(num: str, den: str) -> Decimal | None:
    """num/den as a percentage, to two places (三分之一: 33.33); None for a zero or malformed denominator."""
    n, d = cn_number(num), cn_number(den)
    return None if not n or not d else (n / d * 100).quantize(Decimal("0.01"))


def _plain(d: Decimal | None) -> Decimal | None:
    return plain(d) if d is not None else None


def scan(text: str, vocab=None):
    """Every number in `text`, left to right; qualifier words from `vocab` (default: the shipped ontology's)."""
    from .vocab import vocabulary

    vocab = vocab or vocabulary()
    norm = text.translate(_FULLWIDTH)
    for m in NUMBER.finditer(norm):
        n = _read(m, norm, vocab)
        if n is not None:
            yield Number(text[n.start:n.end], *[getattr(n, f) for f in
                         ("start", "end", "value", "low", "high", "qualifier", "ordinal", "unit")])


def read_number(stated: str, vocab=None) -> Number | None:
    """The number a stated figure writes ('1.6亿元', '十几万', '逾千人', '第三', '16～40岁'), or None."""
    return next(scan(stated, vocab), None)
