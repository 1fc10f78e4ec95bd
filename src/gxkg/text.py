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
    out = []
    for w in re.findall(r"[a-z0-9]+", strip_tones(unicodedata.normalize("NFKC", s).casefold())):
        if w in STOPWORDS:
            continue
        if len(w) > 3 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("es") and w[-3] in "sxh":
            w = w[:-2]
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return out


def word_match(qw: str, nw: str) -> bool:
    return qw == nw or (len(qw) >= 4 and len(nw) >= 4 and (nw.startswith(qw) or qw.startswith(nw)))


def score(query: str, names: list[str], pinyin_forms: list[str], query_pinyin: str | None = None) -> tuple[float, str, str]:
    """How well query matches any of an entity's names: (0..1, the name that matched, how).

    How is exact, prefix, substring, words (every word of an English query is in the name), pinyin,
    homophone (凭详 for 凭祥: a suggestion, never a silent match) or near (a near miss).
    query_pinyin is the query's pinyin when the caller has it (from the name index); else it is computed."""
    q = normalize(query)
    if not q:
        return 0.0, "", ""
    q_is_latin = not has_cjk(q)
    best, matched, kind = 0.0, "", ""

    def consider(val, name, how):
        nonlocal best, matched, kind
        if val > best:
            best, matched, kind = val, name, how

    forms = [(normalize(n), n, 1.0) for n in names]
    if q_is_latin:
        forms += [(p, p, 0.97) for p in pinyin_forms]
        qws = words(query)
        if len(qws) >= 1:
            for n in names:
                if has_cjk(n):
                    continue
                nws = words(n)
                if not nws:
                    continue
                hit = sum(1 for w in qws if any(word_match(w, x) for x in nws))
                if hit == len(qws):
                    consider(0.86 + 0.1 * len(qws) / max(len(nws), len(qws)), n, "words")
    else:
        qp = query_pinyin or pinyin(query)
        for p in pinyin_forms:
            if p == qp:
                consider(0.8, p, "homophone")
    for form, name, weight in forms:
        if not form:
            continue
        how = "pinyin" if weight < 1 else None
        if form == q:
            consider(1.0 * weight, name, how or "exact")
        elif form.startswith(q):
            consider((0.75 + 0.2 * len(q) / len(form)) * weight, name, how or "prefix")
        elif q in form and (len(q) >= 2 or not q_is_latin):
            consider((0.6 + 0.25 * len(q) / len(form)) * weight, name, how or "substring")
        elif len(q) >= 2 and best < 0.8 * weight:  # a near miss cannot beat what is found already
            import difflib

            # a near miss must share most of the name: 越南 is not 湖南 or 南宁 (one character in two)
            floor = 0.7 if not q_is_latin or len(q) <= 5 else 0.6
            sm = difflib.SequenceMatcher(None, q, form)
            if sm.real_quick_ratio() >= floor and sm.quick_ratio() >= floor:
                r = sm.ratio()
                if r >= floor:
                    consider(r * 0.8 * weight, name, "near")
    return best, matched, kind
