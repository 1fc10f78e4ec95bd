"""Where the server's work waits and runs. A Lane admits a few jobs at once and queues a bounded number more
for a moment (503 only when its queue is full or a job's wait is over); a WorkerPool runs queries in worker
processes behind its own Lane: each opens the store read-only under a memory cap and runs one query at a time;
one that runs past its deadline, or whose client goes away, is killed. Workers start when a query needs one
and stop after a while idle, so a server at rest holds no query processes."""

from __future__ import annotations

import asyncio
import collections
import multiprocessing
import os
import signal
import time
from contextlib import asynccontextmanager

from ..errors import Busy, QueryError, QueryMemoryError, QueryTimeout
from .terms import from_plain, to_plain


class Lane:
    """At most `slots` jobs at once; up to `queue` more wait, in order, at most `wait` seconds each for a slot;
    past either bound a job is refused with Busy (the server answers 503 with Retry-After). One event loop's."""

    def __init__(self, name: str, slots: int, queue: int = 64, wait: float = 5.0):
        self.name, self.slots, self.queue, self.wait = name, max(1, slots), queue, wait
        self.running = 0
        self.waiters: collections.deque = collections.deque()
        self.refused = 0

    async def enter(self) -> None:
        """Take a slot, waiting in the queue if need be; Busy if the queue is full or the wait runs out."""
        if self.running < self.slots and not self.waiters:
            self.running += 1
            return
        if len(self.waiters) >= self.queue:
            self.refused += 1
            raise Busy(f"all {self.slots} {self.name} slots are busy and {len(self.waiters)} requests wait; "
                       "try again shortly")
        loop = asyncio.get_running_loop()
        turn = loop.create_future()
        self.waiters.append(turn)
        late = Busy(f"all {self.slots} {self.name} slots stayed busy for {self.wait:g} s; try again shortly")
        timer = loop.call_later(self.wait, lambda: turn.done() or turn.set_exception(late))
        try:
            await turn  # a cancelled caller cancels its turn at once, so leave() never hands it a slot
        except Busy:
            self.refused += 1
            raise
        except BaseException:
            if turn.done() and not turn.cancelled() and turn.exception() is None:
                self.leave()  # handed a slot just as the caller was cancelled: pass it on
            raise
        finally:
            timer.cancel()
            if turn in self.waiters:
                self.waiters.remove(turn)

    def leave(self) -> None:
        """Give the slot to the first job still waiting, else free it."""
        while self.waiters:
            turn = self.waiters.popleft()
            if not turn.done():
                turn.set_result(None)
                return
        self.running -= 1

    @asynccontextmanager
    async def slot(self):
        await self.enter()
        try:
            yield
        finally:
            self.leave()

    def stats(self) -> dict:
        return {"slots": self.slots, "running": self.running, "waiting": len(self.waiters), "queue": self.queue,
                "wait_s": self.wait, "refused": self.refused}


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
        self.last = time.monotonic()

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.join(5)
        except (OSError, ValueError, AssertionError):
            pass
        self.conn.close()


class WorkerPool:
    """Up to `size` query worker processes behind a Lane named `name` (its queue and wait as given). A worker
    starts when a query finds none idle, is killed when its query overruns or its client leaves, and stops
    after `idle_exit` seconds unused."""

    def __init__(self, path, prefixes: dict, size: int = 4, memory_mb: int | None = 1024,
                 output_prefixes: dict | None = None, name: str = "query worker", queue: int = 64,
                 wait: float = 5.0, idle_exit: float = 60.0):
        self.path, self.prefixes, self.memory_mb, self.size = path, prefixes, memory_mb, size
        self.output_prefixes = output_prefixes
        self.lane = Lane(name, size, queue, wait)
        self.idle: list[Worker] = []  # the most recently used last
        self.workers: set[Worker] = set()  # every live worker, idle or busy
        self.started = 0
        self.idle_exit = idle_exit
        self._reaper: asyncio.Task | None = None

    def _new(self) -> Worker:
        # forkserver: workers fork from a clean single-threaded process, not from the threaded server; it
        # starts with the first worker, so a server that never runs a query never starts it
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["pyoxigraph", "gxkg.store.embedded", "gxkg.store.pool"])
        return Worker(ctx, self.path, self.prefixes, self.memory_mb, self.output_prefixes)

    async def _take(self) -> Worker:
        """An idle worker, else a new one (the Lane holds the count to `size`)."""
        if self.idle:
            return self.idle.pop()
        loop = asyncio.get_running_loop()
        if self._reaper is None:
            self._reaper = loop.create_task(self._reap())
        starting = loop.run_in_executor(None, self._new)  # a few tens of ms: not on the event loop
        self.started += 1
        try:
            w = await asyncio.shield(starting)
        except asyncio.CancelledError:
            starting.add_done_callback(lambda f: f.cancelled() or f.exception() or self._keep(f.result()))
            raise
        self.workers.add(w)
        return w

    def _keep(self, w: Worker) -> None:
        w.last = time.monotonic()
        self.workers.add(w)
        self.idle.append(w)

    def _discard(self, w: Worker) -> None:
        self.workers.discard(w)
        try:
            asyncio.get_running_loop().run_in_executor(None, w.kill)
        except RuntimeError:
            w.kill()

    async def _reap(self) -> None:
        """Stop workers idle for more than idle_exit seconds (memory at rest stays that of one process)."""
        while True:
            await asyncio.sleep(max(0.2, self.idle_exit / 4))
            now = time.monotonic()
            for w in [w for w in self.idle if now - w.last > self.idle_exit]:
                self.idle.remove(w)
                self._discard(w)

    def stats(self) -> dict:
        return {**self.lane.stats(), "processes": len(self.workers), "idle": len(self.idle), "started": self.started}

    def pids(self) -> list[int]:
        return [w.proc.pid for w in list(self.workers) if w.proc.pid]

    async def run(self, job: tuple, timeout: float | None, disconnected=None):
        """Run one job, waiting in the Lane's queue for a worker if all are busy; QueryTimeout at the deadline,
        Busy when the queue is full or the wait is over; CancelledError passes through."""
        async with self.lane.slot():
            w = await self._take()
            return await self._run_on(w, job, timeout, disconnected)

    async def _run_on(self, w: Worker, job: tuple, timeout: float | None, disconnected):
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
            await _answered(done, watcher, timeout)
            kind, value = self._receive(w)
            ok = True
            if kind == "err":
                raise value
            return value
        finally:
            loop.remove_reader(fd)
            if watcher:
                watcher.cancel()
            if ok:
                self._keep(w)
            else:
                self._discard(w)

    def _receive(self, w: Worker) -> tuple:
        """The worker's (kind, value) answer; a worker that died instead is a QueryMemoryError saying why."""
        try:
            return w.conn.recv()
        except (EOFError, OSError):
            w.proc.join(1)
            code = w.proc.exitcode
            raise QueryMemoryError(f"query stopped: it needed more than the {self.memory_mb} MB memory limit"
                                   if code is None or code < 0 or code == 134 else
                                   f"query failed: the query process ended (status {code})") from None

    def close(self) -> None:
        if self._reaper is not None:
            self._reaper.cancel()
        workers, self.idle, self.workers = list(self.workers), [], set()
        for w in workers:
            w.kill()


async def _answered(done, watcher, timeout: float | None) -> None:
    """Wait until the worker has answered; QueryError when the client went away first (watcher), QueryTimeout
    at the time limit."""
    waiters = {done} | ({watcher} if watcher else set())
    finished, _ = await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    if done not in finished:
        if watcher in finished:
            raise QueryError("the client went away; its query was stopped")
        raise QueryTimeout(f"query stopped at the {timeout:g} s time limit")


async def _watch(disconnected) -> None:
    while not await disconnected():
        await asyncio.sleep(0.2)
