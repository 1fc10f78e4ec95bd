"""Name normalisation and matching: Chinese, English, pinyin with or without tones and spaces."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PUNCT = re.compile(r"[\s\"'“”‘’《》「」『』()（）\[\]【】·•・\-—–_,，、.。:：;；!！?？/]+")


CJK = re.compile("[\u3400-\u9fff]")
_LATIN = re.compile(r"[a-z]")
_TONE_NUMBER = re.compile(r"(?<=[a-z])[1-5]")


def has_cjk(s: str) -> bool:
    return CJK.search(s) is not None


def strip_tones(s: str) -> str:
    """'bǎisè' -> 'baise'; ü stays as v in pinyin input practice, so map it to 'v' and 'u'."""
    if s.isascii():
        return s
    s = s.replace("ü", "v").replace("Ü", "V")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


@lru_cache(maxsize=20000)
def normalize(s: str) -> str:
    """Case-folded, width-folded, tone-free, with spaces and punctuation removed."""
    s = unicodedata.normalize("NFKC", s).casefold()
    if not has_cjk(s):
        s = strip_tones(s)
        if _LATIN.search(s):
            s = _TONE_NUMBER.sub("", s)  # tone numbers: bai3se4
    return _PUNCT.sub("", s)


def blurred(py: str) -> str:
    """Pinyin with the sounds many speakers merge made one: zh, ch, sh as z, c, s (螺狮 luoshi, 螺蛳 luosi)."""
    return re.sub(r"([zcs])h", r"\1", py)


@lru_cache(maxsize=20000)
def pinyin(s: str) -> str:
    """Toneless pinyin of a Chinese string, normalised (百色芒果 -> baisemangguo)."""
    from pypinyin import Style, lazy_pinyin  # imported only when a name needs it

    return normalize("".join(lazy_pinyin(s, style=Style.NORMAL, v_to_u=False)))


def plural(s: str) -> str:
    if s.endswith("y"):
        return s[:-1] + "ies"
    if s.endswith(("s", "x", "ch", "sh")):
        return s + "es"
    return s + "s"


STOPWORDS = {"of", "the", "and", "for", "in", "a", "an", "on", "to", "de", "e"}


def words(s: str) -> list[str]:
    """Latin words of a name, lower-case and singular ('Liuzhou river-snail rice noodles' ->
    liuzhou river snail rice noodle), without stop words."""
    folded = _POSSESSIVE.sub("", strip_tones(unicodedata.normalize("NFKC", s).casefold()))  # Hantang's
    return [singular(w) for w in _WORD.findall(folded) if w not in STOPWORDS]


_POSSESSIVE = re.compile(r"['’]s\b")
_WORD = re.compile(r"[a-z0-9]+")


# (ending, how many letters to drop, what to add), the first that applies; only words of more than 3 letters
SINGULAR = [("ies", 3, "y"), ("ses", 2, ""), ("xes", 2, ""), ("hes", 2, ""), ("ss", 0, ""), ("s", 1, "")]


def singular(w: str) -> str:
    """An English word's singular by its ending (cities -> city, boxes -> box, noodles -> noodle, grass stays)."""
    if len(w) <= 3 or w[-1] != "s":  # every ending below ends in s
        return w
    ending = next((e for e in SINGULAR if w.endswith(e[0])), None)
    return w[:len(w) - ending[1]] + ending[2] if ending else w


def word_match(qw: str, nw: str) -> bool:
    """A query word matches a name's word that it is, or begins (Guang for Guangxi); a longer query word only a
    word of five letters or more that it ends within two letters (Rongshui is no Rong of Rong'an)."""
    if qw == nw or len(qw) >= 4 and len(nw) >= 4 and nw.startswith(qw):
        return True
    return len(nw) >= 5 and qw.startswith(nw) and len(qw) - len(nw) <= 2


def score(query: str, names: list[str], pinyin_forms: list[str], query_pinyin: str | None = None) -> tuple[float, str, str]:
    """How well query matches any of an entity's names: (0..1, the name that matched, how).

    How is exact, prefix, substring, words (every word of an English query is in the name), pinyin,
    homophone (凭详 for 凭祥: a suggestion, never a silent match) or near (a near miss).
    query_pinyin is the query's pinyin when the caller has it (from the name index); else it is computed."""
    q = normalize(query)
    if not q:
        return 0.0, "", ""
    latin = not has_cjk(q)
    forms = [(normalize(n), n, 1.0) for n in names]
    if latin:
        forms += [(p, p, 0.97) for p in pinyin_forms]
        found = _word_matches(query, names)
    else:
        qp = query_pinyin or pinyin(query)
        # the name's pinyin, or its own romanisation (龙墟 for 龙圩, Longxu: 圩 is xu in the place's name); a
        # near homophone a speaker who merges sh and s writes (螺狮粉 for 螺蛳粉) a little lower
        sounds = pinyin_forms + [f for f, n, _ in forms if not has_cjk(n)]
        found = [(0.8, p, "homophone") for p in sounds if p == qp] or \
            [(0.78, p, "homophone") for p in sounds if blurred(p) == blurred(qp)]
    best = max(found, key=lambda x: x[0], default=(0.0, "", ""))
    for form, name, weight in forms:
        hit = _form_match(q, form, weight, latin, best[0]) if form else None
        if hit is not None and hit[0] > best[0]:
            best = (hit[0], name, hit[1])
    return best


def _word_matches(query: str, names: list[str]) -> list[tuple[float, str, str]]:
    """(score, name, "words") for each Latin name that has every word of the query (first best kept by max)."""
    qws = words(query)
    out = []
    for n in names:
        nws = [] if has_cjk(n) or not qws else words(n)
        if nws and all(any(word_match(w, x) for x in nws) for w in qws):
            out.append((0.86 + 0.1 * len(qws) / max(len(nws), len(qws)), n, "words"))
    return out


def _form_match(q: str, form: str, weight: float, latin: bool, best: float) -> tuple[float, str] | None:
    """(score, how) of the normalised query against one normalised name form: exact, prefix, substring (a single
    Latin letter is no substring), else a near miss when it could beat `best`; pinyin forms (weight < 1) say pinyin."""
    how = "pinyin" if weight < 1 else None
    if form == q:
        return 1.0 * weight, how or "exact"
    if form.startswith(q):
        return (0.75 + 0.2 * len(q) / len(form)) * weight, how or "prefix"
    if q in form and (len(q) >= 2 or not latin):
        return (0.6 + 0.25 * len(q) / len(form)) * weight, how or "substring"
    if not latin and _shortened(q, form):
        return (0.7 + 0.2 * len(q) / len(form)) * weight, how or "shortened"
    if len(q) >= 2 and best < 0.8 * weight:  # a near miss cannot beat what is found already
        r = _near(q, form, 0.7 if not latin or len(q) <= 5 else 0.6)
        return (r * 0.8 * weight, "near") if r else None
    return None


def _shortened(q: str, form: str) -> bool:
    """A Chinese name written with words of its middle left out (钦州保税港区直销中心 for 钦州保税港区国际商品直销中心): the
    same first and last characters, four or more of them, in the name's order."""
    if len(q) < 4 or q[0] != form[0] or q[-1] != form[-1]:
        return False
    it = iter(form)
    return all(ch in it for ch in q)


def _near(q: str, form: str, floor: float) -> float | None:
    """The similarity ratio of two forms when it reaches floor: a near miss must share most of the name
    (越南 is not 湖南 or 南宁: one character in two)."""
    import difflib
    from collections import Counter

    # difflib's two upper bounds (real_quick_ratio, quick_ratio) first, without building its matcher
    total = len(q) + len(form)
    if 2 * min(len(q), len(form)) < floor * total or 2 * sum((Counter(q) & Counter(form)).values()) < floor * total:
        return None
    r = difflib.SequenceMatcher(None, q, form).ratio()
    return r if r >= floor else None
