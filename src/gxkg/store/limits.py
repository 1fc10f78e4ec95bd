"""Time and memory limits that no query shape escapes: queries run in worker processes that are killed.

pyoxigraph cannot cancel a running query, so a query runs in a child process that opens the store
read-only under a data-size limit (RLIMIT_DATA); the parent waits until the deadline and then kills
it with SIGKILL. The CLI forks one child per query (`run_forked`); the server keeps a pool of such
workers (`WorkerPool`), replacing any that it kills.
"""

from __future__ import annotations

import os
import pickle
import resource
import select
import signal
import struct
import time

from ..errors import QueryError, QueryMemoryError, QueryTimeout
from ..settings import MEMORY, TIMEOUT

DEFAULT_TIMEOUT = TIMEOUT.default  # declared once, in gxkg.settings, for the CLI and the server alike
DEFAULT_MEMORY_MB = MEMORY.default
MAX_QUESTION_CHARS = 500  # `gxkg ask` and /ask refuse longer questions (answering grows with their length)


def limit_memory(mb: int | None) -> None:
    """Cap this process's data (heap and anonymous memory, RLIMIT_DATA); a query that needs more fails an
    allocation and the process ends. Unlike RLIMIT_AS it does not count the store's file mappings."""
    if mb:
        cap = int(mb) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))


def _child_setup(memory_mb: int | None) -> None:
    import faulthandler

    faulthandler.disable()  # a crash at the memory cap is reported by the parent, not dumped on the terminal
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; Ctrl-C reaches it and it kills us
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)  # an allocation failure prints a Rust backtrace: not for the user's terminal
    os.environ["RUST_BACKTRACE"] = "0"
    limit_memory(memory_mb)


def _send(fd: int, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(struct.pack("!Q", len(data)) + data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _died(status: int, memory_mb: int | None, timeout: float) -> Exception:
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS, signal.SIGKILL):
        return QueryMemoryError(f"query stopped: it needed more than the {memory_mb} MB memory limit")
    return QueryError(f"query failed: the query process ended unexpectedly (status {status})")


class _CtrlCDeferred:
    """A Ctrl-C that arrives between the fork and the parent's wait is recorded, not raised, and raised once
    the parent can kill the child (else the child ran on to its time limit, holding the caller's output).

    The handler is swapped rather than the signal blocked: a signal sent to the process may be delivered to
    any thread, and a blocked mask would be inherited by every program the caller later starts."""

    def __init__(self) -> None:
        self.previous = None
        self.pending = False
        import threading

        if threading.current_thread() is threading.main_thread():  # only the main thread sees KeyboardInterrupt
            previous = signal.getsignal(signal.SIGINT)
            if previous is not None:  # None: installed outside Python, left alone
                self.previous = signal.signal(signal.SIGINT, self._record)

    def _record(self, signum, frame) -> None:
        self.pending = True

    def release(self) -> None:
        """The usual handler back; a Ctrl-C recorded meanwhile is raised now, through it."""
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)
            self.previous = None
            if self.pending:
                self.pending = False
                signal.raise_signal(signal.SIGINT)


def run_forked(fn, args: tuple, timeout: float | None, memory_mb: int | None = DEFAULT_MEMORY_MB):
    """fn(*args) in a forked child under the limits; its return value (picklable) or its GxkgError.

    Ctrl-C in the parent kills the child at once and raises KeyboardInterrupt.
    """
    r, w = os.pipe()
    ctrl_c = _CtrlCDeferred()
    try:
        pid = os.fork()
    except BaseException:
        os.close(r)
        os.close(w)
        ctrl_c.release()
        raise
    if pid == 0:  # child
        _child(fn, args, r, w, memory_mb)
    os.close(w)
    buf = _read_child(r, pid, timeout, ctrl_c)
    os.close(r)
    _, status = os.waitpid(pid, 0)
    if len(buf) < 8:
        raise _died(status, memory_mb, timeout)
    kind, value = pickle.loads(bytes(buf[8:]))
    if kind == "err":
        raise value
    return value


def _child(fn, args: tuple, r: int, w: int, memory_mb: int | None) -> None:
    """The forked child: the limits set, Ctrl-C ignored (the parent kills it), fn(*args) or its error sent
    down the pipe; it never returns (status 134 when out of memory, 1 when even sending failed)."""
    code = 0
    try:
        os.close(r)
        _child_setup(memory_mb)
        try:
            _send(w, ("ok", fn(*args)))
        except MemoryError:
            os._exit(134)
        except Exception as e:  # noqa: BLE001 - every error crosses back as a one-line message
            _send(w, ("err", _as_error(e)))
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _read_child(r: int, pid: int, timeout: float | None, ctrl_c: _CtrlCDeferred) -> bytearray:
    """Everything the child writes until it closes the pipe; at the time limit, or on Ctrl-C (one deferred
    since the fork is raised here), the child is killed and the pipe closed."""
    deadline = None if timeout is None else time.monotonic() + timeout
    buf = bytearray()
    poller = select.poll()  # not select(): it fails for descriptors past 1024
    poller.register(r, select.POLLIN | select.POLLHUP | select.POLLERR)
    try:
        ctrl_c.release()
        while True:
            wait = None if deadline is None else deadline - time.monotonic()
            if wait is not None and wait <= 0:
                _kill(pid)
                raise QueryTimeout(f"query stopped at the {timeout:g} s time limit")
            ready = poller.poll(None if wait is None else max(1, int(wait * 1000)))
            if not ready:
                continue
            chunk = os.read(r, 1 << 20)
            if not chunk:
                break
            buf += chunk
    except BaseException:
        _kill(pid)
        os.close(r)
        raise
    finally:
        ctrl_c.release()  # whatever happened, the usual handler is back
    return buf


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def _as_error(e: Exception) -> Exception:
    from ..errors import GxkgError

    if isinstance(e, GxkgError):
        return e
    if isinstance(e, SyntaxError):
        from ..errors import QueryRefused

        return QueryRefused(f"SPARQL syntax error: {e.msg if hasattr(e, 'msg') and e.msg else e}")
    return QueryError(f"query failed: {type(e).__name__}: {e}")
