"""A map bounded in bytes: the caches a long-running server keeps (answers, pages, labels, types) evict their
least recently used entries past a byte budget instead of growing with every distinct page asked for."""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from collections.abc import MutableMapping


def footprint(x) -> int:
    """Approximate bytes an object holds: sys.getsizeof over nested dicts, lists, tuples and sets, plus the text
    of objects that carry it in `.value` (pyoxigraph terms keep their strings outside Python's heap)."""
    n = sys.getsizeof(x)
    if isinstance(x, dict):
        n += sum(footprint(k) + footprint(v) for k, v in x.items())
    elif isinstance(x, (list, tuple, set, frozenset)):
        n += sum(footprint(v) for v in x)
    elif not isinstance(x, (str, bytes, int, float, bool)) and isinstance(getattr(x, "value", None), str):
        n += sys.getsizeof(x.value)
    return n


class BoundedCache(MutableMapping):
    """A least-recently-used map within max_bytes (and max_items); an entry over max_item bytes is not kept.
    Each entry is sized once, when it is stored (by `sizeof(key, value)`, else `footprint`), so store values
    complete, not to be filled in afterwards. Safe to share between threads."""

    def __init__(self, max_bytes: int = 64 << 20, sizeof=None, max_item: int | None = None,
                 max_items: int = 1_000_000):
        self.items: OrderedDict = OrderedDict()
        self.sizes: dict = {}
        self.sizeof = sizeof or (lambda k, v: footprint(k) + footprint(v))
        self.size, self.max_bytes, self.max_items = 0, max_bytes, max_items
        self.max_item = max_bytes // 4 if max_item is None else max_item
        self.evicted = 0
        self.lock = threading.Lock()

    def get(self, key, default=None):
        with self.lock:
            hit = self.items.get(key, _MISSING)
            if hit is _MISSING:
                return default
            self.items.move_to_end(key)
            return hit

    def __getitem__(self, key):
        hit = self.get(key, _MISSING)
        if hit is _MISSING:
            raise KeyError(key)
        return hit

    def __setitem__(self, key, value) -> None:
        n = self.sizeof(key, value)
        with self.lock:
            if key in self.items:
                self.size -= self.sizes.pop(key)
                del self.items[key]
            if n > self.max_item:
                return
            self.items[key] = value
            self.sizes[key] = n
            self.size += n
            self._evict()

    put = __setitem__

    def _evict(self) -> None:
        while (self.size > self.max_bytes or len(self.items) > self.max_items) and self.items:
            old, _ = self.items.popitem(last=False)
            self.size -= self.sizes.pop(old)
            self.evicted += 1

    def limit(self, max_bytes: int) -> None:
        """A new byte bound (entries over it evicted now); entries over a quarter of it are no longer kept."""
        with self.lock:
            self.max_bytes, self.max_item = max_bytes, max_bytes // 4
            self._evict()

    def __delitem__(self, key) -> None:
        with self.lock:
            del self.items[key]
            self.size -= self.sizes.pop(key)

    def __contains__(self, key) -> bool:
        return key in self.items

    def __iter__(self):
        with self.lock:
            return iter(list(self.items))

    def __len__(self) -> int:
        return len(self.items)

    def clear(self) -> None:
        with self.lock:
            self.items.clear()
            self.sizes.clear()
            self.size = 0

    def stats(self) -> dict:
        return {"entries": len(self.items), "bytes": self.size, "max_bytes": self.max_bytes, "evicted": self.evicted}


_MISSING = object()


def memoize(fn, cache: BoundedCache):
    """fn(*args) kept in `cache` by its arguments (an answer over the cache's item limit is not kept)."""
    def call(*args):
        hit = cache.get(args, _MISSING)
        if hit is _MISSING:
            hit = fn(*args)
            cache[args] = hit
        return hit
    call.cache = cache
    return call
