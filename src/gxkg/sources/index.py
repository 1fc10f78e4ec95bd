"""What `gxkg sources` lists, without reading every draft: each draft's line (id, title, date, publisher, url and
its counts by status) is kept in the cache, keyed by the file's device, inode, size, mtime and ctime as git's
index keys files. Only drafts changed since (any write sets ctime) are read again; a draft changed within
RACY_SECONDS of being read is not kept (git's 'racy' rule), so an edit in the same second is never missed."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from . import draft as drafts

VERSION = 2


def listing(base: Path, skip_damaged: bool = False) -> list[tuple[Path, dict]]:
    """(path, line) for every draft in base's sources folder, in file-name order; a damaged draft raises as
    drafts.load does (it is never kept, so it is read, and reported, every time), or is left out."""
    from ..errors import GxkgError
    from ..store.build import RACY_SECONDS

    folder = drafts.sources_dir(base)
    if not folder.is_dir():
        return []
    index_file = _index_file(folder)
    index = _read(index_file)
    kept, out, changed = {}, [], False
    for path in sorted(folder.glob("*.yaml")):
        st = os.stat(path)
        key = [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]
        hit = index.get(path.name)
        if isinstance(hit, dict) and hit.get("key") == key and isinstance(hit.get("line"), dict):
            line = hit["line"]
        else:
            try:
                line = summarize(drafts.load(path))
            except GxkgError:
                if skip_damaged:
                    continue
                raise
            changed = True
        if time.time() - max(st.st_mtime_ns, st.st_ctime_ns) / 1e9 > RACY_SECONDS:
            kept[path.name] = {"key": key, "line": line}
        out.append((path, line))
    if changed or kept.keys() != index.keys():
        _write(index_file, kept)
    return out


def summarize(doc: dict) -> dict:
    """A draft's line in the listing: its source, counts by status and deprecated items (for validate)."""
    s = doc["source"]
    return {"id": s["id"], "title": s.get("title"), "date": str(s.get("date") or ""), "publisher": s.get("publisher"),
            "url": s.get("url"), "counts": drafts.counts(doc), "deprecated": deprecated(doc)}


def deprecated(doc: dict) -> list[dict]:
    """The draft's deprecated items, with why (information for validate, not a violation)."""
    out = []
    for sec, it in drafts.items(doc):
        if it["status"] == "deprecated":
            what = (it.get("statedAs") or it.get("text") or (it.get("label") or {}).get("zh") or it.get("en")
                    or " ".join(str(it.get(k, "")).rsplit("/", 1)[-1].rsplit("#", 1)[-1] for k in ("subject", "predicate", "object")))
            out.append({"source": doc["source"]["id"], "id": it["id"], "section": sec, "what": str(what)[:80],
                        "reason": it.get("reason"), "superseded_by": it.get("superseded_by"), "note": it.get("note") or ""})
    return out


def _index_file(folder: Path) -> Path:
    from ..kg import cache_dir
    from ..store.build import writable_cache

    where = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:24]
    return writable_cache(cache_dir()) / "sources" / f"{where}.json"


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data.get("drafts", {}) if isinstance(data, dict) and data.get("version") == VERSION else {}


def _write(path: Path, kept: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        tmp.write_text(json.dumps({"version": VERSION, "drafts": kept}, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache: every draft is read, as before
