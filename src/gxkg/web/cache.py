"""Bounded caches the server keeps: answers of the read-only store, and which IRIs are in the graph."""

from __future__ import annotations

from ..bounded import BoundedCache


def AnswerCache(max_bytes: int = 64 << 20) -> BoundedCache:
    """Answers of the read-only store, kept by a digest of query, values, dataset and format (never the
    query text itself): max_bytes at most, no answer over 1 MB."""
    return BoundedCache(max_bytes, lambda key, answer: 200 + len(key) + len(answer.body), max_item=1 << 20)


def KnownCache(max_bytes: int = 4 << 20) -> BoundedCache:
    """Whether an IRI is in the graph: max_bytes of answers at most, none for an IRI over 300 characters."""
    return BoundedCache(max_bytes, lambda iri, _: 100 + len(iri.encode("utf-8", "surrogatepass")), 400)


def PageCache(max_bytes: int) -> BoundedCache:
    """Rendered pages and documents (text or bytes) by their arguments."""
    return BoundedCache(max_bytes, lambda args, page: 200 + sum(len(str(a)) for a in args) + len(page))
