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


def _special(st: os.stat_result) -> str | None:
    m = st.st_mode
    if stat.S_ISCHR(m):
        return "device"
    if stat.S_ISFIFO(m):
        return "fifo"
    if stat.S_ISBLK(m):
        return "a block device"
    if stat.S_ISSOCK(m):
        return "a socket"
    if stat.S_ISDIR(m):
        return "a directory"
    return None


def check_output(path: Path, force: bool = False) -> Path:
    """Where a write to the user-named path goes, checked before any work: the path itself, or the file a
    symbolic link points to. Refuses, with one line, a dangling link, a block device, a socket, a directory,
    and an existing regular file without force. A character device or FIFO is written through (no force)."""
    path = Path(path)
    target = path
    if path.is_symlink():
        target = Path(os.path.realpath(path))
        if not target.exists():
            raise GxkgError(f"{path} is a symbolic link to {target}, which does not exist; not writing through it")
    try:
        st = target.stat()
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise GxkgError(f"directory {target.parent} does not exist") from None
        return target
    except OSError as e:
        raise GxkgError(f"cannot write {path}: {e.strerror}") from None
    kind = _special(st)
    if kind in ("device", "fifo"):
        return target
    if kind:
        raise GxkgError(f"{path} is {kind}; not writing to it")
    if not force:
        raise OutputExists(f"{path} exists; use --force to overwrite it")
    return target


def write_output(path: Path, data: bytes | str, force: bool = False) -> Path:
    """Write a user-named output file: a regular file atomically (replacing an existing one only with force,
    and through a symbolic link to it, which stays a link); a character device or FIFO by writing into it,
    never replacing it. Returns the file written."""
    target = check_output(path, force)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        kind = _special(target.stat()) if target.exists() else None
        if kind is None:
            atomic_write(target, raw)
            return target
        # a FIFO without a reader would block for ever: open without blocking, then write normally
        fd = os.open(target, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as e:
        if getattr(e, "errno", None) == 6:  # ENXIO: a FIFO nobody reads
            raise GxkgError(f"{path} is a FIFO that no process is reading; not writing to it") from None
        raise GxkgError(f"cannot write {path}: {e.strerror or e}") from None
    try:
        os.set_blocking(fd, True)
        view = memoryview(raw)
        while view:
            n = os.write(fd, view)
            view = view[n:]
    except OSError as e:
        raise GxkgError(f"cannot write {path}: {e.strerror or e}") from None
    finally:
        os.close(fd)
    return target
