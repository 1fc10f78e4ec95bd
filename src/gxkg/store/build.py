"""Files -> store: each file loaded into its own named graph, keyed by a hash of the files' content.

A store is built once into the cache (or a directory the user names) and opened read-only afterwards.
It is rebuilt when the content of any file changes: the key is a SHA-256 of names and bytes, never mtime.

The cache keeps the KEEP most recently used stores. A store in use is never deleted: every process that
opens one holds a shared lock on its lock file for as long as it lives, and pruning deletes only a store
whose exclusive lock it gets at once. A damaged store (a file missing or cut short, unreadable metadata or
name index) is rebuilt with a one-line note; an unwritable cache falls back to a private temporary one.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
import time
from pathlib import Path

from ..errors import GraphParseError, QueryError, UsageError

FORMAT_VERSION = "10"  # 2: the files written beside the store are listed in its metadata; 3: n-grams in a full-text index; 4: name words; 5: names less 广西; 6: 电商 for 电子商务; 7: 综试区; 8: titles less their issuer (关于…); 9: names less 中国-东盟 (中小企业贸易促进平台); 10: titles less 关于 (加快…的若干意见)
META = "gxkg-store.json"
LOCK = "gxkg-store.lock"
IN_USE = "the damaged store is in use by another process or cannot be deleted"
KEEP = 6  # stores kept in the cache (the shipped graph, fixtures, a user's copies), besides those in use
_held: dict[str, int] = {}  # store directory -> descriptor of its shared lock, for the life of the process


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
        if isinstance(hit, list) and len(hit) == 6 and hit[:5] == key and isinstance(hit[5], str):
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


def build(files: list[Path], dest: Path, graph_iri, *, beside=None, quiet: bool = False, force: bool = False,
          digest: str | None = None) -> dict:
    """Load files into a new store at dest (built aside, then moved into place); returns its metadata.

    graph_iri(path) names each file's graph; beside adds what else the store carries (gxkg's name index):
    beside.start(files, store_dir) before the load (work that reads the files, on the other core while the
    store loads) and beside.finish(store_dir, pyoxigraph_store, started, triples) after it. An existing dest is
    replaced only if it is a gxkg store and force."""
    import shutil

    import pyoxigraph as ox

    dest = Path(dest)
    _refuse_existing(dest, force)
    hashing = _HashAside(files) if digest is None else None  # only metadata here: read beside the load
    tmp = dest.with_name(f".{dest.name}.building-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    t0 = time.perf_counter()
    if not quiet:
        print(f"gxkg: building the store from {len(files)} file(s) (once per change of the files)...", file=sys.stderr)
    meta = {"format": FORMAT_VERSION, "hash": digest, "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "pyoxigraph": ox.__version__, "files": []}
    started = beside.start([(Path(f), _format(f), Path(f).resolve().as_uri()) for f in files], tmp) if beside else None
    try:
        st = ox.Store(str(tmp))
        meta["triples"] = _load(st, files, graph_iri, meta, lenient=beside is not None)
        st.flush()  # not compacted (optimize): a fifth of the build at ten million triples, for lookups that
        # gain a few milliseconds once the ontology is read from beside the store (gxkg.vocab.save_beside)
        del st  # closed: what follows reads it read-only, and may do so from more than one process at once
        if beside:
            beside.finish(tmp, ox.Store.read_only(str(tmp)), started, meta["triples"])
            meta["beside"] = {n: (tmp / n).stat().st_size for n in sorted(os.listdir(tmp)) if n.endswith(".sqlite")}
        meta["hash"] = hashing.result() if hashing else digest
        meta["seconds"] = round(time.perf_counter() - t0, 3)
        (tmp / META).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        _move_into_place(tmp, dest, force)
    except BaseException:
        if beside:
            beside.stop(started)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if not quiet:
        print(f"gxkg: store ready ({meta['triples']} triples, {meta['seconds']} s): {dest}", file=sys.stderr)
    return meta


class _HashAside:
    """content_hash(files) in a daemon thread (hashing releases the interpreter), read by result(); a missing
    file is said at once, as hashing first would, and a build that fails does not wait for the hash."""

    def __init__(self, files: list[Path]):
        import threading

        for f in files:
            if not Path(f).is_file():
                raise GraphParseError(f"{f}: no such file")
        self._out: list = []
        self._thread = threading.Thread(target=self._run, args=(files,), daemon=True)
        self._thread.start()

    def _run(self, files: list[Path]) -> None:
        try:
            self._out.append(content_hash(files))
        except Exception as e:  # a file removed since (GraphParseError): raised when the hash is read
            self._out.append(e)

    def result(self) -> str:
        self._thread.join()
        if isinstance(self._out[0], Exception):
            raise self._out[0]
        return self._out[0]




def _refuse_existing(dest: Path, force: bool) -> None:
    """An existing dest is refused unless it is a gxkg store and force is given."""
    if dest.exists() and (not force or not is_store(dest)):
        if not is_store(dest):
            raise UsageError(f"{dest} exists and is not a gxkg store; choose another directory")
        raise UsageError(f"{dest} already holds a store; use --force to rebuild it")


def _load(st, files: list[Path], graph_iri, meta: dict, lenient: bool = False) -> int:
    """Bulk-load each file into its named graph of st, listing it in meta with its triples; returns the store's
    triples. The smaller files go first, so counting what each added reads a large store once. A syntax
    error is one line with the file, line and column. lenient skips the loader's IRI checks: for a caller
    whose `beside` parses the same files strictly and raises what they find."""
    import pyoxigraph as ox

    listed, before = {}, 0
    for f in sorted(files, key=_size):
        try:
            st.bulk_load(path=str(f), format=_format(f), base_iri=Path(f).resolve().as_uri(),
                         to_graph=ox.NamedNode(graph_iri(Path(f))), lenient=lenient)
        except SyntaxError as e:
            raise GraphParseError(syntax_message(Path(f), e)) from None
        size = len(st)  # a scan of the store: once per file, the largest last
        listed[f], before = size - before, size
    meta["files"] += [{"name": Path(f).name, "path": str(Path(f).resolve()), "graph": graph_iri(Path(f)), "triples": listed[f]}
                      for f in files]
    return before


def _size(f) -> int:
    try:
        return Path(f).stat().st_size
    except OSError:
        return 0


def _move_into_place(tmp: Path, dest: Path, force: bool) -> None:
    """Rename the built store to dest, replacing (with force) the store there unless a process uses it; a
    store another process built first at dest is kept and this one dropped."""
    import shutil

    if dest.exists() and force:
        if not _remove_unused(dest):
            raise UsageError(f"{dest} is in use by a running gxkg (a server?); stop it first or build to another directory")
    try:
        os.replace(tmp, dest)
    except OSError:
        if not is_store(dest):
            raise
        shutil.rmtree(tmp, ignore_errors=True)  # another process built the same store first


def _format(f):
    import pyoxigraph as ox

    fmt = ox.RdfFormat.from_extension(Path(f).suffix.lstrip(".")) if Path(f).suffix else None
    return fmt or ox.RdfFormat.TURTLE


def syntax_message(path: Path, e: SyntaxError) -> str:
    import re

    msg = re.sub(r"^Parser error at line \d+ (?:column \d+|between columns \d+ and \d+): ", "", str(e.msg or e))
    col = f", column {e.offset}" if e.offset else ""
    where = f"{path}:{e.lineno}" if e.lineno else str(path)
    return f"{where}: Turtle syntax error{col}: {msg}"


def ensure(files: list[Path], cache_root: Path, graph_iri, *, beside=None, quiet: bool = False) -> Path:
    """The cached store for exactly these files' content, built on first use and held in use by this
    process; a damaged one is rebuilt, an unwritable cache replaced by a temporary one; old stores pruned."""
    root = Path(cache_root)
    digest = content_hash(files, root / "digests.json")
    for _ in range(3):
        dest = root / "stores" / digest[:24]
        if is_store(dest):
            problem = damage(dest, digest)
            if problem is None and hold(dest):
                return dest
            if problem is not None and not discard(dest, problem):
                root = fallback_root(root, IN_USE)
                continue
        if is_store(dest):
            continue
        if dest.exists() and not discard(dest, "its metadata is missing"):  # half deleted
            root = fallback_root(root, IN_USE)
            continue
        reason = _unwritable(root / "stores")
        if reason:
            root = fallback_root(root, reason)
            continue
        build(files, dest, graph_iri, beside=beside, quiet=quiet, digest=digest)
        if hold(dest):
            prune(root / "stores", dest)
            return dest
    raise UsageError(f"cannot build or keep a store in {root}: set GXKG_CACHE_DIR to a writable directory")


def open_cached(files: list[Path], cache_root: Path, graph_iri, opener, *, beside=None, quiet: bool = False):
    """opener(path) of the cached store for these files (ensure); a store the engine finds damaged when
    opening it (a file missing or cut short) is rebuilt once, with a one-line note."""
    path = ensure(files, cache_root, graph_iri, beside=beside, quiet=quiet)
    try:
        return opener(path)
    except (RuntimeError, OSError, ValueError, QueryError) as e:
        problem = str(e).splitlines()[0] if str(e) else type(e).__name__
    if not discard(path, problem):
        cache_root = fallback_root(Path(cache_root), IN_USE)
    return opener(ensure(files, cache_root, graph_iri, beside=beside, quiet=quiet))


def note(message: str) -> None:
    """A one-line note to the user on standard error (always shown: it says why a command is slower)."""
    print(f"gxkg: {message}", file=sys.stderr)


# ----------------------------------------------------------------------------------- stores in use
def hold(store_dir: Path) -> bool:
    """Mark store_dir in use by this process until it exits (a shared lock on its lock file); False if it
    was deleted meanwhile. Waits while a pruner deletes it, so a store is never opened half-deleted."""
    try:
        import fcntl
    except ImportError:  # no flock (Windows): nothing is marked, pruning still skips nothing it cannot delete
        return is_store(store_dir)
    key = str(Path(store_dir).resolve())
    if key in _held:
        return is_store(store_dir)
    lock = Path(store_dir) / LOCK
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    except OSError:
        try:
            fd = os.open(lock, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            return is_store(store_dir)  # a read-only store without a lock file: no gxkg can delete it either
    fcntl.flock(fd, fcntl.LOCK_SH)
    try:
        same = os.fstat(fd).st_ino == os.stat(lock).st_ino  # not the lock of a store deleted meanwhile
    except OSError:
        same = False
    if not same or not is_store(store_dir):
        os.close(fd)
        return False
    try:
        os.utime(lock)  # the time of last use, for pruning
    except OSError:
        pass
    _held[key] = fd
    return True


def _remove_unused(path: Path) -> bool:
    """Delete the store at path unless a process holds it (then False). It is renamed aside under an
    exclusive lock first, so a process about to open it finds it gone rather than half-deleted."""
    import shutil

    try:
        import fcntl
    except ImportError:
        fcntl = None
    fd = None
    if fcntl is not None:
        try:
            fd = os.open(Path(path) / LOCK, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
    aside = Path(path).with_name(f".{Path(path).name}.deleting-{os.getpid()}")
    try:
        os.rename(path, aside)
    except OSError:
        return False
    finally:
        if fd is not None:
            os.close(fd)
    shutil.rmtree(aside, ignore_errors=True)
    return True


def _last_used(p: Path) -> float:
    times = []
    for f in (p / LOCK, p / META):
        try:
            times.append(f.stat().st_mtime)
        except OSError:
            pass
    return max(times, default=0.0)


def prune(root: Path, current: Path) -> None:
    """Delete all but the KEEP most recently used stores in root, skipping every store in use, and what
    killed builds and deletions left behind."""
    import shutil

    try:
        entries = list(Path(root).iterdir())
    except OSError:
        return
    for p in entries:
        if _left_behind(p):
            shutil.rmtree(p, ignore_errors=True)
    stores = sorted((p for p in entries if p != current and is_store(p)), key=_last_used, reverse=True)
    for old in stores[KEEP - 1:]:
        _remove_unused(old)


def _left_behind(p: Path) -> bool:
    """Whether p is what a killed build or deletion left: .<name>.building-<pid> or .<name>.deleting-<pid> of
    a process that is gone."""
    head, _, pid = p.name.rpartition("-")
    return p.name.startswith(".") and head.endswith((".building", ".deleting")) and pid.isdigit() and not _alive(int(pid))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


# ----------------------------------------------------------------------------------- damage
def damage(path: Path, digest: str | None = None) -> str | None:
    """What is wrong with the store at path, found without opening it: its metadata unreadable or for other
    content, a file written beside it (the name index) missing, cut short or not what it should be."""
    try:
        meta = json.loads((Path(path) / META).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return f"its metadata is unreadable: {e}"
    if not isinstance(meta, dict) or (digest is not None and meta.get("hash") != digest):
        return "its metadata does not describe this content"
    beside = meta.get("beside") or {}
    if not isinstance(beside, dict):
        return "its metadata is damaged"
    for name, size in beside.items():
        problem = _beside_damage(Path(path) / str(name), name, size)
        if problem:
            return problem
    return None


def _beside_damage(f: Path, name: str, size) -> str | None:
    """What is wrong with a file written beside the store: missing, not the size its metadata says, or (the
    name index) not a whole SQLite database."""
    try:
        actual = f.stat().st_size
    except OSError:
        return f"{name} is missing"
    if actual != size:
        return f"{name} is {actual} bytes, not {size}"
    if name.endswith(".sqlite") and not _sqlite_whole(f):
        return f"{name} is not a whole SQLite database"
    return None


def _sqlite_whole(path: Path) -> bool:
    """The header of an SQLite file is valid and the file is as long as its header says."""
    try:
        with open(path, "rb") as fh:
            h = fh.read(100)
        size = os.stat(path).st_size
    except OSError:
        return False
    if len(h) < 100 or not h.startswith(b"SQLite format 3\x00"):
        return False
    page = int.from_bytes(h[16:18], "big")
    page = 65536 if page == 1 else page
    pages = int.from_bytes(h[28:32], "big")
    if h[92:96] != h[24:28] or pages == 0:  # the page count in the header is not current: size unknown
        return size % page == 0
    return size == page * pages


def discard(path: Path, problem: str) -> bool:
    """Delete a damaged store (a note says why); False if it cannot be deleted, or another process still
    has it open (it is never deleted under a process using it)."""
    note(f"the cached store {path} is damaged ({problem}); rebuilding it")
    fd = _held.pop(str(Path(path).resolve()), None)
    if fd is not None:
        os.close(fd)
    return _remove_unused(path)


# ----------------------------------------------------------------------------------- an unwritable cache
def _unwritable(d: Path) -> str | None:
    """Why no store can be built in d (None if one can)."""
    try:
        d.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        return e.strerror or str(e)
    if not os.access(d, os.W_OK | os.X_OK):
        return "not writable"
    return None


def fallback_root(root: Path, reason: str) -> Path:
    """A private temporary cache for when root cannot be written: <tmp>/gxkg-cache-<uid> if it is this
    user's own directory (mode 0700), else a fresh one removed at exit. A one-line note names the variable."""
    import tempfile

    base = Path(tempfile.gettempdir()) / f"gxkg-cache-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
    if Path(root) == base or Path(root).parent == base.parent and Path(root).name.startswith("gxkg-cache-"):
        raise UsageError(f"cannot write a store cache ({reason}): set GXKG_CACHE_DIR to a writable directory")
    base = _private_dir(base) or _temporary_cache(reason)
    note(f"cannot write the store cache {root} ({reason}); using {base} instead "
         f"(set GXKG_CACHE_DIR to a writable directory to keep stores)")
    return base


def _private_dir(base: Path) -> Path | None:
    """base, made if missing, when it is a directory of this user's that no one else can read; else None."""
    try:
        os.mkdir(base, 0o700)
    except FileExistsError:
        pass
    except OSError:
        return None
    st = os.lstat(base)
    if not (stat.S_ISDIR(st.st_mode) and (not hasattr(os, "getuid") or st.st_uid == os.getuid())
            and not st.st_mode & 0o077):
        return None
    return base


def _temporary_cache(reason: str) -> Path:
    """A fresh temporary directory, removed when the process exits."""
    import atexit
    import shutil
    import tempfile

    try:
        base = Path(tempfile.mkdtemp(prefix="gxkg-cache-"))
    except OSError as e:
        raise UsageError(f"cannot write a store cache ({reason}; no temporary directory either: {e.strerror}): "
                         f"set GXKG_CACHE_DIR to a writable directory") from None
    atexit.register(shutil.rmtree, base, True)
    return base


def writable_cache(root: Path) -> Path:
    """root if files can be written in it, else a private temporary directory (with a one-line note)."""
    reason = _unwritable(Path(root))
    return fallback_root(Path(root), reason) if reason else Path(root)
