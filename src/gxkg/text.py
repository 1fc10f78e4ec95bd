"""Name normalisation and matching: Chinese, English, pinyin with or without tones and spaces."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PUNCT = re.compile(r"[\s\"'“”‘’《》「」『』()（）\[\]【】·•・\-—–_,，、.。:：;；!！?？/]+")


def has_cjk(s: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in s)


def strip_tones(s: str) -> str:
    """'bǎisè' -> 'baise'; ü stays as v in pinyin input practice, so map it to 'v' and 'u'."""
    s = s.replace("ü", "v").replace("Ü", "V")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


@lru_cache(maxsize=20000)
def normalize(s: str) -> str:
    """Case-folded, width-folded, tone-free, with spaces and punctuation removed."""
    s = unicodedata.normalize("NFKC", s).casefold()
    if not has_cjk(s):
        s = strip_tones(s)
        if re.search(r"[a-z]", s):
            s = re.sub(r"(?<=[a-z])[1-5]", "", s)  # tone numbers: bai3se4
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


def score(query: str, names: list[str], pinyin_forms: list[str], query_pinyin: str | None = None) -> tuple[float, str]:
    """How well query matches any of an entity's names (0..1) and the name that matched.

    query_pinyin is the query's pinyin when the caller has it (from the name index); else it is computed."""
    q = normalize(query)
    if not q:
        return 0.0, ""
    q_is_latin = not has_cjk(q)
    best, matched = 0.0, ""

    def consider(val, name):
        nonlocal best, matched
        if val > best:
            best, matched = val, name

    forms = [(normalize(n), n, 1.0) for n in names]
    if q_is_latin:
        forms += [(p, p, 0.97) for p in pinyin_forms]
    else:
        # A homophone typed with the wrong characters (凭详 for 凭祥): a suggestion, never a silent match.
        qp = query_pinyin or pinyin(query)
        for p in pinyin_forms:
            if p == qp:
                consider(0.8, p)
    for form, name, weight in forms:
        if not form:
            continue
        if form == q:
            consider(1.0 * weight, name)
        elif form.startswith(q):
            consider((0.75 + 0.2 * len(q) / len(form)) * weight, name)
        elif q in form:
            consider((0.6 + 0.25 * len(q) / len(form)) * weight, name)
        elif len(q) >= 2:
            import difflib

            r = difflib.SequenceMatcher(None, q, form).ratio()
            if r >= 0.5:
                consider(r * 0.8 * weight, name)
    return best, matched
