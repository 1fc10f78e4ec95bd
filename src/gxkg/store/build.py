"""Files -> store: each file loaded into its own named graph, keyed by a hash of the files' content.

A store is built once into the cache (or a directory the user names) and opened read-only afterwards.
It is rebuilt when the content of any file changes: the key is a SHA-256 of names and bytes, never mtime.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from pathlib import Path

from ..errors import GraphParseError, UsageError

FORMAT_VERSION = "1"
META = "gxkg-store.json"


RACY_SECONDS = 2.0


def file_digest(path: Path, memo: dict | None = None) -> str:
    """SHA-256 of a file's bytes. With a memo, a digest is reused while the file's device, inode, size,
    mtime and ctime are all unchanged, as git's index does: any write or utime sets ctime to the current
    time, which no user can set back, so an edit that keeps size and mtime is still seen. A file
    changed within RACY_SECONDS of hashing is not memoised (git's 'racy' rule)."""
    try:
        st = os.stat(path)
        key = [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]
        hit = memo.get(str(Path(path).resolve())) if memo is not None else None
        if hit and hit[:5] == key:
            return hit[5]
        with open(path, "rb") as fh:
            digest = hashlib.file_digest(fh, "sha256").hexdigest()
    except FileNotFoundError:
        raise GraphParseError(f"{path}: no such file") from None
    except OSError as e:
        raise GraphParseError(f"{path}: cannot read: {e}") from None
    if memo is not None and time.time() - max(st.st_mtime_ns, st.st_ctime_ns) / 1e9 > RACY_SECONDS:
        memo[str(Path(path).resolve())] = key + [digest]
    return digest


def content_hash(files: list[Path], memo_file: Path | None = None) -> str:
    """SHA-256 over the store format, pyoxigraph's version, and each file's name and content digest."""
    import pyoxigraph

    memo = _read_memo(memo_file)
    before = dict(memo) if memo is not None else None
    h = hashlib.sha256(f"gxkg-store {FORMAT_VERSION} pyoxigraph {pyoxigraph.__version__}\n".encode())
    for f in files:
        h.update(f"\n{Path(f).name}\n{file_digest(Path(f), memo)}".encode())
    if memo is not None and memo != before:
        _write_memo(memo_file, memo)
    return h.hexdigest()


def _read_memo(memo_file: Path | None) -> dict | None:
    if memo_file is None:
        return None
    try:
        data = json.loads(Path(memo_file).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_memo(memo_file: Path, memo: dict) -> None:
    try:
        Path(memo_file).parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(memo_file).with_name(f".{Path(memo_file).name}.{os.getpid()}")
        tmp.write_text(json.dumps(dict(list(memo.items())[-200:])), encoding="utf-8")
        os.replace(tmp, memo_file)
    except OSError:
        pass  # a read-only cache just means hashing every time


def is_store(path: Path) -> bool:
    return (Path(path) / META).is_file()


def build(files: list[Path], dest: Path, graph_iri, *, after=None, quiet: bool = False, force: bool = False,
          digest: str | None = None) -> dict:
    """Load files into a new store at dest (built aside, then moved into place); returns its metadata.

    graph_iri(path) names each file's graph; after(store_dir, pyoxigraph_store) adds what else the
    store carries (gxkg's name index). An existing dest is replaced only if it is a gxkg store and force.
    """
    import shutil

    import pyoxigraph as ox

    dest = Path(dest)
    if dest.exists() and (not force or not is_store(dest)):
        if not is_store(dest):
            raise UsageError(f"{dest} exists and is not a gxkg store; choose another directory")
        raise UsageError(f"{dest} already holds a store; use --force to rebuild it")
    digest = digest or content_hash(files)
    tmp = dest.with_name(f".{dest.name}.building-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    if not quiet:
        print(f"gxkg: building the store from {len(files)} file(s) (once per change of the files)...", file=sys.stderr)
    st = ox.Store(str(tmp))
    meta = {"format": FORMAT_VERSION, "hash": digest, "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "pyoxigraph": ox.__version__, "files": []}
    try:
        for f in files:
            g = graph_iri(Path(f))
            before = len(st)
            try:
                st.bulk_load(path=str(f), format=_format(f), base_iri=Path(f).resolve().as_uri(), to_graph=ox.NamedNode(g))
            except SyntaxError as e:
                raise GraphParseError(_syntax_message(Path(f), e)) from None
            meta["files"].append({"name": Path(f).name, "path": str(Path(f).resolve()), "graph": g, "triples": len(st) - before})
        st.optimize()
        if after:
            after(tmp, st)
        meta["triples"] = len(st)
        meta["seconds"] = round(time.perf_counter() - t0, 3)
        st.flush()
        del st
        (tmp / META).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        if dest.exists() and force:
            shutil.rmtree(dest)
        try:
            os.replace(tmp, dest)
        except OSError:
            if not is_store(dest):
                raise
            shutil.rmtree(tmp, ignore_errors=True)  # another process built the same store first
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if not quiet:
        print(f"gxkg: store ready ({meta['triples']} triples, {meta['seconds']} s): {dest}", file=sys.stderr)
    return meta


def _format(f):
    import pyoxigraph as ox

    fmt = ox.RdfFormat.from_extension(Path(f).suffix.lstrip(".")) if Path(f).suffix else None
    return fmt or ox.RdfFormat.TURTLE


def _syntax_message(path: Path, e: SyntaxError) -> str:
    import re

    msg = re.sub(r"^Parser error at line \d+ column \d+: ", "", str(e.msg or e))
    col = f", column {e.offset}" if e.offset else ""
    where = f"{path}:{e.lineno}" if e.lineno else str(path)
    return f"{where}: Turtle syntax error{col}: {msg}"


def ensure(files: list[Path], cache_root: Path, graph_iri, *, after=None, quiet: bool = False) -> Path:
    """The cached store for exactly these files' content, built on first use; old stores are pruned."""
    digest = content_hash(files, Path(cache_root) / "digests.json")
    root = Path(cache_root) / "stores"
    dest = root / digest[:24]
    if is_store(dest):
        return dest
    build(files, dest, graph_iri, after=after, quiet=quiet, digest=digest)
    import shutil

    stores = sorted((p for p in root.iterdir() if is_store(p)), key=lambda p: (p / META).stat().st_mtime, reverse=True)
    for old in stores[6:]:  # keep a few (the shipped graph, fixtures, a user's copies)
        shutil.rmtree(old, ignore_errors=True)
    return dest
