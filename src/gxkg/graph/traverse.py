"""Neighbourhoods and paths over the entity network: pure breadth-first functions over an adjacency
function, and the graph's methods that feed them one query per layer."""

from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterable

from .common import Edge

# nodes -> {node: [(relation, other node, "out" or "in"), ...]}: one call per breadth-first layer
Adjacency = Callable[[Iterable[str]], dict]


def breadth_first(adjacent_many: Adjacency, start: str, depth: int = 1, direction: str = "both", relations=None,
                  keep: Callable[[str], bool] | None = None, limit: int | None = None) -> list[tuple]:
    """Every edge that reaches a node first seen at depth d (1..depth), as (node, relation, other, direction, d).

    A neighbour linked by two relations appears once per relation; a node is never revisited at a greater
    depth. `direction` ("out", "in" or "both") and `relations` choose the edges walked; `keep(other)` chooses
    the edges reported (a node it leaves out is still walked through); at most `limit` edges.

    >>> edges = {"a": [("p", "b", "out")], "b": [("p", "a", "in"), ("q", "c", "out")], "c": [("q", "b", "in")]}
    >>> adj = lambda nodes: {n: edges[n] for n in nodes}
    >>> breadth_first(adj, "a", depth=2)
    [('a', 'p', 'b', 'out', 1), ('b', 'q', 'c', 'out', 2)]
    >>> breadth_first(adj, "c", depth=2, relations={"q"})
    [('c', 'q', 'b', 'in', 1)]
    >>> breadth_first(adj, "a", depth=2, keep=lambda n: n == "c")
    [('b', 'q', 'c', 'out', 2)]
    """
    rels = {str(r) for r in relations} if relations else None
    seen, frontier, out = {start}, [start], []
    for d in range(1, depth + 1):
        if not frontier:
            break
        layer: dict[str, None] = {}
        for node, p, other, dirn in _steps(adjacent_many(frontier), frontier, direction, rels, seen):
            layer[other] = None
            if keep is None or keep(other):
                out.append((node, p, other, dirn, d))
                if limit and len(out) >= limit:
                    return out
        seen.update(layer)
        frontier = list(layer)
    return out


def _steps(adj: dict, frontier: list, direction: str, rels: set | None, seen: set):
    """The edges from the frontier to nodes not seen yet, in the direction and of the relations asked."""
    for node in frontier:
        for p, other, dirn in adj.get(node, []):
            if (direction == "both" or dirn == direction) and (not rels or p in rels) and other not in seen:
                yield node, p, other, dirn


def shortest_paths(adjacent_many: Adjacency, a: str, b: str, max_length: int = 6, all_paths: bool = False,
                   exclude=()) -> list[list]:
    """The shortest path from a to b over edges in either direction (every one, up to 100, with all_paths).

    A path is [node, (relation, direction), node, ...], each direction as the edge is stated; relations in
    `exclude` are not walked; [] when b is more than max_length steps away.

    >>> edges = {"a": [("p", "b", "out")], "b": [("p", "a", "in"), ("q", "c", "in")], "c": [("q", "b", "out")]}
    >>> adj = lambda nodes: {n: edges[n] for n in nodes}
    >>> shortest_paths(adj, "a", "c")
    [['a', ('p', 'out'), 'b', ('q', 'in'), 'c']]
    >>> shortest_paths(adj, "a", "c", max_length=1), shortest_paths(adj, "a", "c", exclude={"q"})
    ([], [])
    """
    exclude = {str(r) for r in exclude}
    if a == b:
        return [[a]]
    dist, preds = _layers(adjacent_many, a, b, max_length, exclude)
    if b not in dist:
        return []
    results: list[list] = []

    def walk(node, tail):
        if node == a:
            results.append([a, *tail])
            return
        for prev, p, dirn in preds[node]:
            if not all_paths and results:
                return
            walk(prev, [(p, dirn), node, *tail])
            if len(results) >= 100:
                return

    walk(b, [])
    return results


def _layers(adjacent_many: Adjacency, a: str, b: str, max_length: int, exclude: set) -> tuple[dict, dict]:
    """Breadth-first from a until b is reached: each node's distance, and its predecessors on shortest paths."""
    dist = {a: 0}
    preds: dict[str, list] = defaultdict(list)
    frontier = [a]
    while frontier and b not in dist:
        frontier = [n for n in frontier if dist[n] < max_length]
        if not frontier:
            break
        frontier = _next_layer(adjacent_many(frontier), frontier, dist, preds, exclude)
    return dist, preds


def _next_layer(adj: dict, frontier: list, dist: dict, preds: dict, exclude: set) -> list:
    """The nodes first reached from the frontier (their distance set in dist); every edge that reaches a node
    one step further than its predecessor is recorded in preds."""
    nxt = []
    for node in frontier:
        for p, other, dirn in adj.get(node, []):
            if p in exclude:
                continue
            if other not in dist:
                dist[other] = dist[node] + 1
                nxt.append(other)
            if dist[other] == dist[node] + 1:
                preds[other].append((node, p, dirn))
    return nxt


class Traversal:
    """The graph's neighbourhoods and paths (a part of KnowledgeGraph): the pure functions above, fed from the
    store one query per layer, with labels, rules and evidence fetched for what they return."""

    def adjacent_many(self, nodes) -> dict[str, list[tuple[str, str, str]]]:
        """For each node, its (relation, other entity, direction) edges: one query for a whole BFS layer."""
        from ..store.terms import iri as node

        out: dict[str, list] = defaultdict(list)
        nodes = sorted({str(n) for n in nodes})
        for i in range(0, len(nodes), 200):
            vals = {"n": [node(n) for n in nodes[i:i + 200]]}
            for r in self.select("adjacent", values=vals, among=self._entity_values()):
                out[r["n"].value].append((r["p"].value, r["o"].value, r["dir"].value))
        for v in out.values():
            v.sort()
        return out

    def adjacent(self, iri) -> list[tuple[str, str, str]]:
        return self.adjacent_many([iri]).get(str(iri), [])

    def relations_among(self, nodes) -> list[tuple[str, str, str]]:
        """The relations between the given entities (both ends among them), from one query per 200 nodes."""
        nodes = set(map(str, nodes))
        out = set()
        for n, edges in self.adjacent_many(nodes).items():
            for p, o, d in edges:
                if o in nodes:
                    out.add((n, p, o) if d == "out" else (o, p, n))
        return sorted(out)

    def neighbors(self, iri, depth: int = 1, direction: str = "both", relations=None, types=None,
                  limit: int | None = None, with_evidence: bool = False) -> list[Edge]:
        """Breadth-first neighbourhood (see breadth_first): every edge that reaches a node first seen at depth d.

        A neighbour linked by two relations (京东 operates rural e-commerce in, and settled in, 广西)
        appears once per relation; a node is never revisited at a greater depth. One query per layer.
        """
        keep = (lambda other: any(self.is_a(other, t) for t in types)) if types else None
        out = [Edge(*e) for e in breadth_first(self.adjacent_many, str(iri), depth, direction, relations, keep, limit)]
        self.prefetch({x.other for x in out} | {x.relation for x in out})
        for x in out:
            self._annotate_edge(x, with_evidence)
        return out

    def _annotate_edge(self, x: Edge, with_evidence: bool) -> None:
        """An edge's derivation rule (None when a source states it) and, if asked, its evidence."""
        s, o = (x.source, x.other) if x.direction == "out" else (x.other, x.source)
        x.rule = self.statement_rules(s).get((s, x.relation, o))
        if with_evidence:
            x.evidence = self.edge_evidence(s, x.relation, o)

    def paths(self, a, b, max_length: int = 6, all_paths: bool = False, exclude=()) -> list[list]:
        """Shortest relationship path(s) from a to b over edges in either direction, one query per layer.

        A path is [node, (relation, direction), node, ...]; direction is as the edge is stated. Relations in
        `exclude` (e.g. locatedIn, to leave out administrative links) are not walked.
        """
        results = shortest_paths(self.adjacent_many, str(a), str(b), max_length, all_paths, exclude)
        self.prefetch({x for p in results for x in p if isinstance(x, str)} | {x[0] for p in results for x in p if isinstance(x, tuple)})
        return results

    def describe_path(self, path: list, lang: str = "zh") -> str:
        """A path from `paths` told in words: 百色芒果 —产自→ 百色市."""
        out = []
        for x in path:
            if isinstance(x, tuple):
                rel = self.label(x[0], lang)
                out.append(f"—{rel}→" if x[1] == "out" else f"←{rel}—")
            else:
                out.append(self.label(x, lang))
        return " ".join(out)
