"""Bounded caches the server keeps: answers of the read-only store, and which IRIs are in the graph."""

from __future__ import annotations

from collections import OrderedDict


class BoundedCache:
    """A least-recently-used map bounded in bytes and in count; an entry over max_item bytes is not kept."""

    def __init__(self, size, max_bytes: int = 64 << 20, max_item: int = 1 << 20, max_items: int = 20000):
        self.items: OrderedDict = OrderedDict()
        self.sizeof = size
        self.size, self.max_bytes, self.max_item, self.max_items = 0, max_bytes, max_item, max_items

    def get(self, key):
        hit = self.items.get(key)
        if hit is not None:
            self.items.move_to_end(key)
        return hit

    def put(self, key, value) -> None:
        n = self.sizeof(key, value)
        if n > self.max_item or key in self.items:
            return
        self.items[key] = value
        self.size += n
        while (self.size > self.max_bytes or len(self.items) > self.max_items) and self.items:
            self.size -= self.sizeof(*self.items.popitem(last=False))


def AnswerCache() -> BoundedCache:
    """Answers of the read-only store, kept by a digest of query, values, dataset and format (never the
    query text itself): 64 MB at most, no answer over 1 MB."""
    return BoundedCache(lambda key, answer: len(key) + len(answer.body))


def KnownCache() -> BoundedCache:
    """Whether an IRI is in the graph: 4 MB of answers at most, none for an IRI over 300 characters."""
    return BoundedCache(lambda iri, _: 100 + len(iri.encode("utf-8", "surrogatepass")), 4 << 20, 400, 100_000)
