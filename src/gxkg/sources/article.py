"""Reading an article: the corpus layout (title line, URL line, a rule of dashes, the body, a closing rule of
'=') or a bare body; its sentences with their character offsets in the file.

An article is read with bounds: only a regular file, at most MAX_BYTES (GXKG_INGEST_MAX_BYTES to change it),
UTF-8 text; a FIFO, a device or a huge file gets a one-line error instead of a hang or a full memory."""

from __future__ import annotations

import bisect
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError

SENTENCE = re.compile(r"[^。！？!?\n]+(?:[。！？!?]+[”’」』）)]?|(?=\n)|$)")
# A "sentence" longer than this (a text without full stops) is cut at a clause mark, so every quote and
# the work done per sentence stay bounded.
MAX_SENTENCE = 1000
CLAUSE = re.compile(r"[，,；;：:、 　]")
MAX_BYTES = 2 * 1024 * 1024
MAX_BYTES_ENV = "GXKG_INGEST_MAX_BYTES"


@dataclass
class Article:
    text: str
    body_start: int
    body_end: int
    title: str | None = None
    url: str | None = None
    _sentences: list | None = field(default=None, repr=False, compare=False)

    @property
    def body(self) -> str:
        return self.text[self.body_start:self.body_end]

    def sentences(self) -> list[tuple[int, str]]:
        """(offset in the file, sentence) for every sentence of the body, leading blanks trimmed; a sentence
        over MAX_SENTENCE characters comes in pieces cut at clause marks."""
        if self._sentences is None:
            out = []
            for m in SENTENCE.finditer(self.text, self.body_start, self.body_end):
                raw = m.group(0)
                s = raw.strip()
                if s:
                    out += _pieces(m.start() + (len(raw) - len(raw.lstrip())), s)
            self._sentences = out
        return list(self._sentences)

    def sentence_at(self, offset: int) -> tuple[int, str]:
        """The sentence that contains the character at offset."""
        sents = self.sentences()
        i = bisect.bisect_right([off for off, _ in sents], offset) - 1
        if i >= 0 and offset < sents[i][0] + len(sents[i][1]):
            return sents[i]
        raise UsageError(f"offset {offset} is outside the article body")


def _pieces(off: int, s: str) -> list[tuple[int, str]]:
    """s (at off) in pieces of at most MAX_SENTENCE characters, each ending at a clause mark where one is."""
    if len(s) <= MAX_SENTENCE:
        return [(off, s)]
    out, i = [], 0
    while len(s) - i > MAX_SENTENCE:
        cut = max((m.end() for m in CLAUSE.finditer(s, i + MAX_SENTENCE // 2, i + MAX_SENTENCE)), default=i + MAX_SENTENCE)
        piece = s[i:cut]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((off + i + lead, piece.strip()))
        i = cut
    piece = s[i:]
    if piece.strip():
        out.append((off + i + len(piece) - len(piece.lstrip()), piece.strip()))
    return out


def max_bytes() -> int:
    """The size limit of an article in bytes: GXKG_INGEST_MAX_BYTES, else MAX_BYTES."""
    env = os.environ.get(MAX_BYTES_ENV)
    if env:
        try:
            n = int(env)
        except ValueError:
            raise UsageError(f"{MAX_BYTES_ENV}={env!r} is not a number of bytes") from None
        if n > 0:
            return n
        raise UsageError(f"{MAX_BYTES_ENV}={env!r} is not a positive number of bytes")
    return MAX_BYTES


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def read_article(path: Path) -> Article:
    """An article file as UTF-8 text; a one-line error for anything else (not a regular file, over the size
    limit, not UTF-8, binary). The file is opened without blocking (a FIFO with no writer) and checked by
    its open descriptor, so it cannot be swapped for a device between the check and the read."""
    path = Path(path)
    limit = max_bytes()
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: a directory, not an article file") from None
    except OSError as e:
        raise UsageError(f"{path}: cannot read: {e.strerror or e}") from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise UsageError(f"{path}: a directory, not an article file")
        if not stat.S_ISREG(st.st_mode):
            raise UsageError(f"{path}: not a regular file (a pipe, device or socket); save the article to a file first")
        if st.st_size > limit:
            raise UsageError(f"{path}: {_size(st.st_size)} is over the {_size(limit)} limit for an article "
                             f"(set {MAX_BYTES_ENV} to raise it)")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1)
    except OSError as e:
        raise UsageError(f"{path}: cannot read: {e.strerror or e}") from None
    finally:
        os.close(fd)
    if len(data) > limit:  # the file grew while being read
        raise UsageError(f"{path}: over the {_size(limit)} limit for an article (set {MAX_BYTES_ENV} to raise it)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not UTF-8 text (save the article as UTF-8)") from None
    if "\x00" in text:
        raise UsageError(f"{path}: a binary file, not a plain-text article")
    return parse_article(text)


def parse_article(text: str) -> Article:
    lines = text.split("\n", 3)
    if len(lines) >= 4 and re.fullmatch(r"-{3,}\s*", lines[2]) and re.match(r"https?://\S+\s*$", lines[1].strip() or "x"):
        start = len(lines[0]) + len(lines[1]) + len(lines[2]) + 3
        return Article(text, start, _closing_rule(text, start), lines[0].strip() or None, lines[1].strip() or None)
    if not text.strip():
        raise UsageError("the article is empty")
    return Article(text, 0, len(text.rstrip()))


def _closing_rule(text: str, start: int) -> int:
    """Where the closing rule of '=' (the last line, blanks after it allowed) begins, else the end of text."""
    end = len(text.rstrip())
    nl = text.rfind("\n", max(start - 1, 0), end)
    if nl >= 0 and end - nl - 1 >= 3 and text[nl + 1:end] == "=" * (end - nl - 1):
        return nl
    return len(text)
