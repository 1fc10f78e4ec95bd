"""Files -> store: each file loaded into its own named graph, keyed by a hash of the files' content.

A store is built once into the cache (or a directory the user names) and opened read-only afterwards.
It is rebuilt when the content of any file changes: the key is a SHA-256 of names and bytes, never mtime.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from pathlib import Path

from ..errors import GraphParseError, UsageError

FORMAT_VERSION = "1"
META = "gxkg-store.json"


def content_hash(files: list[Path]) -> str:
    """SHA-256 over the store format, pyoxigraph's version, and each file's name and bytes."""
    import pyoxigraph

    h = hashlib.sha256(f"gxkg-store {FORMAT_VERSION} pyoxigraph {pyoxigraph.__version__}\n".encode())
    for f in files:
        try:
            with open(f, "rb") as fh:
                h.update(f"\n{Path(f).name}\n".encode())
                h.update(hashlib.file_digest(fh, "sha256").digest())
        except FileNotFoundError:
            raise GraphParseError(f"{f}: no such file") from None
        except OSError as e:
            raise GraphParseError(f"{f}: cannot read: {e}") from None
    return h.hexdigest()


def is_store(path: Path) -> bool:
    return (Path(path) / META).is_file()


def build(files: list[Path], dest: Path, graph_iri, *, after=None, quiet: bool = False, force: bool = False,
          digest: str | None = None) -> dict:
    """Load files into a new store at dest (built aside, then moved into place); returns its metadata.

    graph_iri(path) names each file's graph; after(store_dir, pyoxigraph_store) adds what else the
    store carries (gxkg's name index). An existing dest is replaced only if it is a gxkg store and force.
    """
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
    digest = content_hash(files)
    root = Path(cache_root) / "stores"
    dest = root / digest[:24]
    if is_store(dest):
        return dest
    build(files, dest, graph_iri, after=after, quiet=quiet, digest=digest)
    stores = sorted((p for p in root.iterdir() if is_store(p)), key=lambda p: (p / META).stat().st_mtime, reverse=True)
    for old in stores[6:]:  # keep a few (the shipped graph, fixtures, a user's copies)
        shutil.rmtree(old, ignore_errors=True)
    return dest
