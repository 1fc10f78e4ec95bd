"""Reprints: a text that is the same story as a source already held (the same or nearly the same words,
in simplified or traditional characters) is another copy of that source, not a new one."""

from __future__ import annotations

import re
from pathlib import Path

from . import draft as drafts
from .article import parse_article
from .context import simplified

SAME_STORY = 0.8  # share of the shorter text's 4-character shingles found in the other


def shingles(text: str) -> set[str]:
    """The 4-character runs of the body's letters (punctuation, spaces and script differences removed)."""
    body = re.sub(r"[^\w]", "", simplified(parse_article(text).body))
    return {body[i:i + 4] for i in range(max(len(body) - 3, 0))}


def same_story(base: Path, text: str, skip: str | None = None) -> tuple[str, float] | None:
    """(source id, overlap) of the held source whose text this one repeats, if any."""
    mine = shingles(text)
    if len(mine) < 20:
        return None
    best = None
    for path, doc in _drafts(base):
        sid = doc["source"]["id"]
        if sid == skip:
            continue
        f = base / "graph" / "sources" / (doc["source"].get("file") or f"{sid}.txt")
        try:
            theirs = shingles(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
        if not theirs:
            continue
        share = len(mine & theirs) / min(len(mine), len(theirs))
        if share >= SAME_STORY and (best is None or share > best[1]):
            best = (sid, share)
    return best


def _drafts(base: Path):
    d = drafts.sources_dir(base)
    for p in sorted(d.glob("*.yaml")) if d.is_dir() else []:
        try:
            yield p, drafts.load(p)
        except Exception:  # noqa: BLE001 - a broken draft is reported by the commands that read it
            continue


def add_copy(base: Path, of: str, text: str, file_name: str, url: str | None, publisher: str | None,
             date: str | None, title: str | None) -> tuple[Path, dict]:
    """Record `text` as another copy of source `of`: its words in graph/sources/, and where it was read
    (URL, publisher, date, title, script) in the source's `copies`."""
    from ..errors import UsageError
    from ..files import atomic_write

    path = drafts.draft_path(base, of)
    if not path.exists():
        raise UsageError(f"no source {of!r} to add a copy to")
    with drafts.locked(path):
        doc = drafts.load(path)
        copies = doc["source"].setdefault("copies", []) or []
        doc["source"]["copies"] = copies
        same = next((c for c in copies if c.get("url") == url and url), None)
        if same is None:
            name = f"{of}.copy-{len(copies) + 1}.txt"
            atomic_write(base / "graph" / "sources" / name, text)
            copies.append({"file": name, "url": url, "publisher": publisher, "date": date, "title": title,
                           "language": "zh-Hans" if simplified(text) == text else "zh-Hant",
                           "note": f"a copy of the same story, read from {file_name}"})
            drafts.save(path, doc)
    return path, doc
