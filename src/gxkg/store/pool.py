"""A pool of query worker processes for the server: each opens the store read-only under a memory cap
and runs one query at a time; one that runs past its deadline, or whose client goes away, is killed
and replaced. When every worker is busy a request is refused at once (Busy -> 503)."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading

from ..errors import Busy, QueryError, QueryMemoryError, QueryTimeout
from .terms import from_plain, to_plain


def _worker_main(conn, path: str, prefixes: dict, memory_mb: int | None, output_prefixes: dict | None = None) -> None:
    """A worker's life: open the store, answer jobs until the pipe closes."""
    from .embedded import EmbeddedStore
    from .limits import _as_error, _child_setup

    _child_setup(memory_mb)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    from .sparql import check_dataset, expand_slash_curies, query_form

    store = EmbeddedStore.open_read_only(path, prefixes=prefixes, output_prefixes=output_prefixes)
    graphs = store.named_graphs()
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        query, bindings, fmt, graph_fmt, base_iri, max_rows, max_bytes, dataset = job
        try:
            # the checks scan the whole text: here they run under the time limit, killable with the query
            query = expand_slash_curies(query, prefixes)
            form = query_form(query)
            check_dataset(query, graphs)
            b = {k: from_plain(v) for k, v in (bindings or {}).items()}
            ans = store.execute(query, b, form, fmt, graph_fmt, base_iri, max_rows, dataset=dataset, max_bytes=max_bytes)
            conn.send(("ok", ans))
        except MemoryError:
            os._exit(134)
        except Exception as e:  # noqa: BLE001 - every failure crosses back as one line
            conn.send(("err", _as_error(e)))


class Worker:
    def __init__(self, ctx, path, prefixes, memory_mb, output_prefixes=None):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, str(path), prefixes, memory_mb, output_prefixes),
                                daemon=True)
        self.proc.start()
        child.close()

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.join(5)
        except (OSError, ValueError, AssertionError):
            pass
        self.conn.close()


class WorkerPool:
    def __init__(self, path, prefixes: dict, size: int = 10, memory_mb: int | None = 1024,
                 output_prefixes: dict | None = None):
        # forkserver: workers fork from a clean single-threaded process, not from the threaded server
        self.ctx = multiprocessing.get_context("forkserver")
        self.ctx.set_forkserver_preload(["pyoxigraph", "gxkg.store.embedded", "gxkg.store.pool"])
        self.path, self.prefixes, self.memory_mb, self.size = path, prefixes, memory_mb, size
        self.output_prefixes = output_prefixes
        self.idle: list[Worker] = []
        self.lock = threading.Lock()
        self.busy = 0
        for _ in range(size):
            self.idle.append(self._new())

    def _new(self) -> Worker:
        return Worker(self.ctx, self.path, self.prefixes, self.memory_mb, self.output_prefixes)

    def _replace(self, w: Worker) -> None:
        """Kill a worker and start another in its place (in a thread: starting takes a few tens of ms)."""
        def work():
            w.kill()
            fresh = self._new()
            with self.lock:
                self.idle.append(fresh)
                self.busy -= 1
        threading.Thread(target=work, daemon=True).start()

    def stats(self) -> dict:
        with self.lock:
            return {"size": self.size, "idle": len(self.idle), "busy": self.busy}

    async def run(self, job: tuple, timeout: float | None, disconnected=None):
        """Run one job; QueryTimeout at the deadline, Busy when no worker is free, CancelledError passes through."""
        with self.lock:
            if not self.idle:
                raise Busy(f"all {self.size} query workers are busy; try again shortly")
            w = self.idle.pop()
            self.busy += 1
        query, bindings, *rest = job
        plain = {k: to_plain(v) for k, v in (bindings or {}).items()}
        loop = asyncio.get_running_loop()
        done = loop.create_future()
        fd = w.conn.fileno()
        loop.add_reader(fd, lambda: done.done() or done.set_result(True))
        watcher = asyncio.ensure_future(_watch(disconnected)) if disconnected else None
        ok = False
        try:
            try:
                w.conn.send((query, plain, *rest))
            except OSError:
                raise QueryError("query failed: the query worker could not start (is --memory too small?)") from None
            waiters = {done} | ({watcher} if watcher else set())
            finished, _ = await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
            if done not in finished:
                if watcher in finished:
                    raise QueryError("the client went away; its query was stopped")
                raise QueryTimeout(f"query stopped at the {timeout:g} s time limit")
            try:
                kind, value = w.conn.recv()
            except (EOFError, OSError):
                w.proc.join(1)
                code = w.proc.exitcode
                raise QueryMemoryError(f"query stopped: it needed more than the {self.memory_mb} MB memory limit"
                                       if code is None or code < 0 or code == 134 else
                                       f"query failed: the query process ended (status {code})") from None
            ok = True
            if kind == "err":
                raise value
            return value
        finally:
            loop.remove_reader(fd)
            if watcher:
                watcher.cancel()
            if ok:
                with self.lock:
                    self.idle.append(w)
                    self.busy -= 1
            else:
                self._replace(w)

    def close(self) -> None:
        with self.lock:
            workers, self.idle = self.idle, []
        for w in workers:
            w.kill()


async def _watch(disconnected) -> None:
    while not await disconnected():
        await asyncio.sleep(0.2)
