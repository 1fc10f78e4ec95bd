"""Writing files so that nothing a user has is lost: every write goes to a temporary file beside the target
and replaces it in one step (a full disk or a kill leaves the old file whole), and a file named on the
command line (`-o`) is never replaced when it is a device, a FIFO or a symbolic link."""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from .errors import GxkgError, OutputExists


def atomic_write(path: Path, data: bytes | str, mode: int | None = None) -> None:
    """Write data to path through a temporary file in the same directory and os.replace; on any failure the
    temporary file is removed and the old file stays as it was. The new file keeps the old one's mode."""
    path = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "xb") as fh:  # x: never follow a symlink someone left at the temporary name
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is None and path.exists():
            mode = stat.S_IMODE(path.stat().st_mode)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as e:
        try:
            tmp.unlink()
        except OSError:
            pass
        if isinstance(e, OSError):
            raise GxkgError(f"cannot write {path}: {e.strerror or e}; the file is unchanged") from None
        raise


STREAMS = ("/dev/stdout", "/dev/stderr", "/dev/fd/", "/proc/")  # an open stream, whatever it is: write into it


def _own_fd(path: str) -> int | None:
    """The file descriptor of this process that /dev/stdout, /dev/stderr or /dev/fd/N names."""
    import re

    m = re.fullmatch(r"/dev/std(out|err)|/(?:dev|proc/self)/fd/(\d+)", path)
    if not m:
        return None
    return (1 if m.group(1) == "out" else 2) if m.group(1) else int(m.group(2))


# what a file that is not a regular file is, in the order it is asked
SPECIAL_KINDS = ((stat.S_ISCHR, "device"), (stat.S_ISFIFO, "fifo"), (stat.S_ISBLK, "a block device"),
                 (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory"))


def _special(st: os.stat_result) -> str | None:
    return next((kind for test, kind in SPECIAL_KINDS if test(st.st_mode)), None)


def _new_file(path: Path) -> Path:
    """A path that names no file yet: refused when it is a dangling link or its directory does not exist."""
    if path.is_symlink():
        raise GxkgError(f"{path} is a symbolic link to {os.readlink(path)}, which does not exist; "
                        f"not writing through it") from None
    if not path.parent.is_dir():
        raise GxkgError(f"directory {path.parent} does not exist") from None
    return path


def check_output(path: Path, force: bool = False) -> Path:
    """Where a write to the user-named path goes, checked before any work: the path itself, the file a
    symbolic link points to, or (for a device or FIFO, /dev/stdout too) the link itself, written through.
    Refuses, with one line, a dangling link, a block device, a socket, a directory, and an existing regular
    file without force. A character device or FIFO is written into (no force needed), never replaced."""
    path = Path(path)
    try:
        st = os.stat(path)  # follows links, /proc's magic links too
    except FileNotFoundError:
        return _new_file(path)
    except OSError as e:
        raise GxkgError(f"cannot write {path}: {e.strerror}") from None
    kind = _special(st)
    if kind in ("device", "fifo") or str(path).startswith(STREAMS):
        return path
    if kind:
        raise GxkgError(f"{path} is {kind}; not writing to it")
    if not force:
        raise OutputExists(f"{path} exists; use --force to overwrite it")
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def write_output(path: Path, data: bytes | str, force: bool = False) -> Path:
    """Write a user-named output file: a regular file atomically (replacing an existing one only with force,
    and through a symbolic link to it, which stays a link); a character device or FIFO by writing into it,
    never replacing it. Returns the file written."""
    target = check_output(path, force)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    own = _own_fd(str(target))
    try:
        kind = _special(os.stat(target)) if os.path.exists(target) else None
        if kind is None and own is None:
            atomic_write(target, raw)
            return target
        # one of our own streams: write to it as the shell opened it (appending, at its offset);
        # a FIFO without a reader would block for ever: open without blocking, then write normally
        fd = os.dup(own) if own is not None else os.open(target, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as e:
        if getattr(e, "errno", None) == 6:  # ENXIO: a FIFO nobody reads
            raise GxkgError(f"{path} is a FIFO that no process is reading; not writing to it") from None
        raise GxkgError(f"cannot write {path}: {e.strerror or e}") from None
    try:
        _write_into(fd, raw, own is not None)
    except OSError as e:
        raise GxkgError(f"cannot write {path}: {e.strerror or e}") from None
    finally:
        os.close(fd)
    return target


def _write_into(fd: int, raw: bytes, own: bool) -> None:
    """Write all of raw into an open stream: one of our own (after what Python buffered for it), or a device
    or FIFO opened without blocking, made blocking again to write."""
    if not own:
        os.set_blocking(fd, True)
    else:
        import sys

        for stream in (sys.stdout, sys.stderr):
            stream.flush()
    view = memoryview(raw)
    while view:
        n = os.write(fd, view)
        view = view[n:]
