"""Place names in older romanisations (Wade-Giles, Chinese postal) read as the pinyin they stand for:
Kwangsi is Guangxi, Kweilin is Guilin, Liuchow is Liuzhou, Huan-chiang is Huanjiang.

Each syllable is an initial and a final; each of those has the pinyin spellings it may stand for (Wade-Giles
writes ch for zh, ch, j and q, k for g and k, hs for x; the postal system kw for gu, ow for ou). A word gives
every pinyin spelling its syllables may stand for; which of them names something is for the name index to say.
"""

from __future__ import annotations

import re
from functools import lru_cache

# initial -> the pinyin initials it may stand for (longest first when parsing)
INITIALS = {
    "tz": ("z", "c"), "ts": ("z", "c", "j", "q"), "ch": ("zh", "ch", "j", "q"), "hs": ("x",), "sh": ("sh",),
    "sz": ("s",), "kw": ("gu", "ku"), "zh": ("zh",),
    "k": ("g", "k"), "p": ("b", "p"), "t": ("d", "t"), "j": ("r", "j"), "s": ("s", "x"),
    "b": ("b",), "c": ("c",), "d": ("d",), "f": ("f",), "g": ("g",), "h": ("h",), "l": ("l",), "m": ("m",),
    "n": ("n",), "q": ("q",), "r": ("r",), "w": ("w",), "x": ("x",), "y": ("y",), "z": ("z",), "": ("",),
}
# final -> the pinyin finals it may stand for
FINALS = {
    "iung": ("iong",), "iong": ("iong",), "iang": ("iang",), "uang": ("uang",), "ung": ("ong",), "ong": ("ong",),
    "ang": ("ang",), "eng": ("eng",), "ing": ("ing",), "iao": ("iao",), "ieh": ("ie",), "ien": ("ian",),
    "ian": ("ian",), "uan": ("uan",), "uai": ("uai",), "uei": ("ui",), "ueh": ("ue",), "erh": ("er",),
    "ow": ("ou",), "ou": ("ou",), "ao": ("ao",), "ai": ("ai",), "ei": ("ei",), "an": ("an",), "en": ("en",),
    "in": ("in",), "un": ("un",), "ui": ("ui",), "iu": ("iu",), "ia": ("ia",), "ua": ("ua",), "uo": ("uo",),
    "ie": ("ie",), "ue": ("ue",), "ih": ("i",), "eh": ("e",), "a": ("a",), "e": ("e",), "i": ("i",),
    "o": ("o", "e", "uo"), "u": ("u",),
}
MAX_READINGS = 4000
_INIT = sorted(INITIALS, key=len, reverse=True)
_FIN = sorted(FINALS, key=len, reverse=True)


# postal names spelt from Cantonese, which no syllable table gives (Pakhoi is Beihai, Yamchow is Qinzhou)
CANTONESE_POSTAL = {"pakhoi": "beihai", "yamchow": "qinzhou", "tunghing": "dongxing", "pingnam": "pingnan",
                    "wingon": "rongan", "kwaiping": "guiping", "bose": "baise"}


def readings(word: str) -> set[str]:
    """Every pinyin spelling (lower case, syllables run together) of two syllables or more that `word` may
    stand for as an older romanisation; a hyphen in the word divides syllables, an apostrophe marks
    aspiration."""
    if word.lower() in CANTONESE_POSTAL:
        return {CANTONESE_POSTAL[word.lower()]}
    combined = _combined(_runs(word))
    if combined is None or combined[1] < 2:
        return set()
    return {_tidy(r) for r in combined[0]}


def _runs(word: str) -> list[str]:
    """The word's runs of letters between hyphens, without apostrophes; none when it has other characters."""
    parts = [p for p in re.split(r"[-\s]+", word.lower().replace("’", "").replace("'", "")) if p]
    return parts if all(p.isascii() and p.isalpha() for p in parts) else []


def _combined(parts: list[str]) -> tuple[set[str], int] | None:
    """Every reading of the runs one after another, and the fewest syllables they make; None when a run has no
    reading or the readings are too many to try."""
    out, syllables = {""}, 0
    for p in parts:
        options = _part_readings(p)
        if not options:
            return None
        syllables += min(n for _, n in options)
        out = {a + b for a in out for b, _ in options}
        if len(out) > MAX_READINGS:
            return None
    return (out, syllables) if parts else None


@lru_cache(maxsize=4096)
def _part_readings(part: str) -> frozenset:
    """(pinyin, number of syllables) for each way of reading a run of letters as syllables."""
    if not part:
        return frozenset({("", 0)})
    out = set()
    for ini in (i for i in _INIT if part.startswith(i)):
        out |= _after_initial(ini, part[len(ini):])
        if len(out) > MAX_READINGS:
            return frozenset()
    return frozenset(out)


def _after_initial(ini: str, rest: str) -> set:
    """The readings of a syllable starting with the initial ini, each final that may follow, and the rest."""
    out = set()
    for fin in (f for f in _FIN if rest.startswith(f)):
        tails = _part_readings(rest[len(fin):])
        out |= {(i + f + t, n + 1) for i in INITIALS[ini] for f in FINALS[fin] for t, n in tails}
    return out


def _tidy(r: str) -> str:
    """Pinyin's own spelling of what the syllables give (guei -> gui, guen -> gun)."""
    return r.replace("uei", "ui").replace("uen", "un").replace("iou", "iu")
