"""Regular expressions compiled when first used: a question uses about half of the question patterns, and
compiling all of them at import cost every `gxkg ask` process a tenth of a second."""

from __future__ import annotations

import re

# what a use reaches for: set on the instance once compiled, so later uses go straight to the compiled pattern
_FORWARDED = ("search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split", "groupindex", "groups",
              "flags", "scanner")


class LazyPattern:
    """A re.Pattern in all but its type; `.pattern` is there without compiling, for patterns built from others."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self._flags = pattern, flags

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(_caseless_han(self.pattern) if self._flags & re.I else self.pattern, self._flags)
        for n in _FORWARDED:
            setattr(self, n, getattr(compiled, n))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags})"


# a character class of Han characters (with digits, spaces, punctuation), with no Latin letter of its own; an
# escape outside a class is matched first, so that \[ is never read as opening one
_MEMBER = r"(?:\\u[0-9a-fA-F]{4}|\\[dsDS]|[^\]\\A-Za-z\[])"
_HAN = r"(?:\\u(?:[3-9][0-9a-fA-F]{3}|2[e-fE-F][0-9a-fA-F]{2})|[\u2e80-\u9fff])"
_HAN_CLASS = re.compile(rf"\\.|(\[\^?{_MEMBER}*?{_HAN}-{_MEMBER}*\])")


def _caseless_han(pattern: str) -> str:
    """The pattern with each class of Han characters matched case-sensitively: they have no case, and under re.I
    re folds every character of a range (20,000 for 一-鿿), which made compiling the question patterns cost 5 ms a
    range."""
    return _HAN_CLASS.sub(lambda m: f"(?-i:{m[1]})" if m[1] else m[0], pattern)


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 (re.compile's name, as a drop-in)
    """re.compile, deferred until the pattern is first used."""
    return LazyPattern(pattern, flags)
