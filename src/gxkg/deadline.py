"""Cooperative time limits for SPARQL: a Memory store whose lookups stop a query past its deadline.

rdflib evaluates a query by calling the store's `triples` over and over; checking a per-thread
deadline there stops a runaway query (a cartesian product, say) in the thread that runs it,
without abandoning threads or killing processes.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager

from rdflib.plugins.stores.memory import Memory

_local = threading.local()


class DeadlineExceeded(Exception):
    """Raised inside query evaluation when the running thread's deadline has passed."""


def _check():
    d = getattr(_local, "deadline", None)
    if d is not None and time.monotonic() > d:
        raise DeadlineExceeded()


class TimedMemory(Memory):
    """rdflib's Memory store, checking the current thread's deadline on every lookup (when one is set)."""

    def triples(self, triple_pattern, context=None):
        if getattr(_local, "deadline", None) is None:
            return super().triples(triple_pattern, context)
        return self._timed(triple_pattern, context)

    def _timed(self, triple_pattern, context):
        _check()
        for i, item in enumerate(super().triples(triple_pattern, context)):
            if i & 255 == 255:
                _check()
            yield item


@contextmanager
def deadline(seconds: float | None):
    """Within this block, lookups in a TimedMemory store raise DeadlineExceeded after `seconds`."""
    old = getattr(_local, "deadline", None)
    _local.deadline = None if seconds is None else time.monotonic() + seconds
    try:
        yield
    finally:
        _local.deadline = old
