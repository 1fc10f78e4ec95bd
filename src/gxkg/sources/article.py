"""Reading an article: the corpus layout (title line, URL line, a rule of dashes, the body, a closing rule of
'=') or a bare body; its sentences with their character offsets in the file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError

SENTENCE = re.compile(r"[^。！？!?\n]+(?:[。！？!?]+[”’」』）)]?|(?=\n)|$)")


@dataclass
class Article:
    text: str
    body_start: int
    body_end: int
    title: str | None = None
    url: str | None = None

    @property
    def body(self) -> str:
        return self.text[self.body_start:self.body_end]

    def sentences(self) -> list[tuple[int, str]]:
        """(offset in the file, sentence) for every sentence of the body, leading blanks trimmed."""
        out = []
        for m in SENTENCE.finditer(self.body):
            raw = m.group(0)
            s = raw.strip()
            if s:
                out.append((self.body_start + m.start() + (len(raw) - len(raw.lstrip())), s))
        return out

    def sentence_at(self, offset: int) -> tuple[int, str]:
        """The sentence that contains the character at offset."""
        for off, s in self.sentences():
            if off <= offset < off + len(s):
                return off, s
        raise UsageError(f"offset {offset} is outside the article body")


def read_article(path: Path) -> Article:
    """An article file as UTF-8 text; a one-line error for anything else."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not UTF-8 text (save the article as UTF-8)") from None
    except OSError as e:
        raise UsageError(f"{path}: cannot read: {e}") from None
    if "\x00" in text:
        raise UsageError(f"{path}: a binary file, not a plain-text article")
    return parse_article(text)


def parse_article(text: str) -> Article:
    lines = text.split("\n")
    if len(lines) >= 4 and re.fullmatch(r"-{3,}\s*", lines[2]) and re.match(r"https?://\S+\s*$", lines[1].strip() or "x"):
        start = len(lines[0]) + len(lines[1]) + len(lines[2]) + 3
        m = re.search(r"\n={3,}\s*$", text)
        end = m.start() if m else len(text)
        return Article(text, start, end, lines[0].strip() or None, lines[1].strip() or None)
    if not text.strip():
        raise UsageError("the article is empty")
    return Article(text, 0, len(text.rstrip()))
