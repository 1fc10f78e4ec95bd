"""The traversal functions are pure (issue 16, item 6): breadth-first neighbourhoods and shortest paths over
any adjacency function, with their docstring examples run here; KnowledgeGraph feeds them from the store."""

import doctest

from gxkg.graph import traverse
from gxkg.graph.traverse import breadth_first, shortest_paths

# a — b — c — d in a line, and a second relation from b to c
EDGES = {"a": [("p", "b", "out")], "b": [("p", "a", "in"), ("q", "c", "out"), ("r", "c", "out")],
         "c": [("q", "b", "in"), ("r", "b", "in"), ("s", "d", "out")], "d": [("s", "c", "in")]}


def adjacency(calls):
    def adj(nodes):
        nodes = list(nodes)
        calls.append(sorted(nodes))
        return {n: EDGES[n] for n in nodes}
    return adj


def test_the_docstring_examples_hold():
    result = doctest.testmod(traverse)
    assert result.attempted >= 5 and result.failed == 0


def test_breadth_first_asks_once_per_layer_and_reports_each_relation():
    calls = []
    got = breadth_first(adjacency(calls), "a", depth=3)
    assert got == [("a", "p", "b", "out", 1), ("b", "q", "c", "out", 2), ("b", "r", "c", "out", 2), ("c", "s", "d", "out", 3)]
    assert calls == [["a"], ["b"], ["c"]]


def test_breadth_first_direction_and_limit():
    assert breadth_first(adjacency([]), "d", depth=3, direction="out") == []
    assert [e[2] for e in breadth_first(adjacency([]), "d", depth=3, direction="in")] == ["c", "b", "b", "a"]
    assert len(breadth_first(adjacency([]), "a", depth=3, limit=2)) == 2


def test_shortest_paths_one_or_all_and_excluded_relations():
    one = shortest_paths(adjacency([]), "a", "d")
    assert len(one) == 1 and one[0][0] == "a" and one[0][-1] == "d" and len(one[0]) == 7
    every = shortest_paths(adjacency([]), "a", "d", all_paths=True)
    assert sorted(p[3][0] for p in every) == ["q", "r"]
    assert [p[3][0] for p in shortest_paths(adjacency([]), "a", "d", all_paths=True, exclude={"q"})] == ["r"]
    assert shortest_paths(adjacency([]), "a", "d", max_length=2) == []
    assert shortest_paths(adjacency([]), "a", "a") == [["a"]]


def test_knowledge_graph_neighbors_and_paths_use_them(mini):
    t = "https://w3id.org/gxkg/resource/test/"
    assert [(x.other, x.depth) for x in mini.neighbors(t + "prov", depth=2)] == [(t + "city", 1), (t + "county", 2),
                                                                                 (t + "county2", 2)]
    assert mini.describe_path(mini.paths(t + "prov", t + "model")[0]) == "甲省 ←位于— 乙市 ←位于— 丙县 —采用模式→ 电商+合作社"
