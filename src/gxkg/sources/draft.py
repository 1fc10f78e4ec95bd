"""Drafts: one YAML file per source under `sources/`, the file a reviewer edits.

Each item (mention, indicator, figure, relation) has an `id`, a `status` (proposed, accepted, rejected)
and a `note`. `docs/sources.md` documents the format.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..errors import GxkgError, UsageError

SECTIONS = ("mentions", "indicators", "figures", "relations")
STATUSES = ("proposed", "accepted", "rejected")
FORMAT = "gxkg-source 1"


def sources_dir(base: Path) -> Path:
    return Path(base) / "sources"


def draft_path(base: Path, source_id: str) -> Path:
    if not re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,80}", source_id or ""):
        raise UsageError(f"source id {source_id!r}: use lower-case letters, digits, '.', '_' and '-'")
    return sources_dir(base) / f"{source_id}.yaml"


def load(path: Path) -> dict:
    import yaml

    try:
        doc = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"no draft {path}") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise GxkgError(f"{where}: YAML error: {getattr(e, 'problem', None) or e}") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("source"), dict):
        raise GxkgError(f"{path}: not a gxkg source draft (expected `format: {FORMAT}` and a `source:` block)")
    for sec in SECTIONS:
        doc.setdefault(sec, [])
        for item in doc[sec] or []:
            if item.get("status") not in STATUSES:
                raise GxkgError(f"{path}: item {item.get('id')} has status {item.get('status')!r}; use one of {', '.join(STATUSES)}")
    return doc


def save(path: Path, doc: dict) -> None:
    """Write atomically, with a header that says how to review."""
    import yaml

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    head = (f"# gxkg reviewed source: {doc['source'].get('title') or doc['source']['id']}\n"
            "# Review: set each item's status to accepted or rejected (or run `gxkg accept` / `gxkg reject`),\n"
            "# add a note if useful, then `gxkg build`. Quotes must stay verbatim. Format: docs/sources.md\n")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(head + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=160), encoding="utf-8")
    os.replace(tmp, path)


def all_drafts(base: Path) -> list[tuple[Path, dict]]:
    d = sources_dir(base)
    if not d.is_dir():
        return []
    return [(p, load(p)) for p in sorted(d.glob("*.yaml"))]


def items(doc: dict):
    for sec in SECTIONS:
        for item in doc.get(sec) or []:
            yield sec, item


def set_status(doc: dict, ids: list[str] | None, status: str) -> list[str]:
    """Set the status of the named items (or of every proposed item when ids is None); returns the ids changed."""
    known = {item["id"]: item for _, item in items(doc)}
    if ids is not None:
        missing = [i for i in ids if i not in known]
        if missing:
            import difflib

            close = difflib.get_close_matches(missing[0], list(known), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise UsageError(f"no item {missing[0]!r} in source {doc['source']['id']}{hint}")
        targets = [known[i] for i in ids]
    else:
        targets = [it for it in known.values() if it["status"] == "proposed"]
    for it in targets:
        it["status"] = status
    return [it["id"] for it in targets]


def counts(doc: dict) -> dict[str, int]:
    out = {s: 0 for s in STATUSES}
    for _, it in items(doc):
        out[it["status"]] += 1
    return out
