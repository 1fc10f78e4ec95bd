"""networkx analyses on the mini fixture (exact) and the shipped graph (gxkg.analysis)."""

from conftest import gxo, gxr
from gxkg import analysis


def test_network_has_entities_as_nodes_and_relations_as_edges(mini):
    g = analysis.to_networkx(mini, "en")
    assert set(g.nodes) == {gxr(f"test/{x}") for x in ("prov", "city", "county", "county2", "fruit", "model", "island")}
    assert g.number_of_edges() == 6
    assert g.nodes[gxr("test/county")]["label"] == "Bing County"
    assert g.edges[gxr("test/county"), gxr("test/city"), gxo("locatedIn")]["relation"] == "gxo:locatedIn"


def test_centrality_ranks_the_hub_first(mini):
    # 乙市 lies between 甲省, 丁县 and the rest; 丙县 sits on a triangle with its product and model
    top = analysis.centrality(mini, top=2)
    assert [r["label"] for r in top] == ["乙市", "丙县"]
    assert [r["degree"] for r in top] == [3, 3]
    assert top[0]["betweenness"] > top[1]["betweenness"]


def test_components_and_bridges(mini):
    comps = analysis.components(mini)
    assert [c["size"] for c in comps] == [6, 1]
    bridges = analysis.bridges(mini, top=10)
    # county-model-fruit is a triangle; the three locatedIn edges are the bridges
    assert {(b["source"]["label"], b["target"]["label"]) for b in bridges} == {("乙市", "甲省"), ("丙县", "乙市"), ("丁县", "乙市")}
    assert bridges[0] == {"source": {"iri": gxr("test/county"), "label": "丙县"},
                          "relation": {"iri": "gxo:locatedIn", "label": "位于"},
                          "target": {"iri": gxr("test/city"), "label": "乙市"}, "cut_off": 3}


def test_communities_cover_connected_nodes(mini):
    comms = analysis.communities(mini)
    members = {m["iri"] for c in comms for m in c["members"]}
    assert gxr("test/island") not in members
    assert len(members) == 6


def test_shipped_graph_is_one_network_around_guangxi(kg):
    top = analysis.centrality(kg, top=1)
    assert top[0]["iri"] == gxr("place/450000")
    comps = analysis.components(kg, top=5)
    # every entity is linked to the rest, except the designation whose 47 counties the article never names
    assert [c["size"] for c in comps] == [len(kg.entities) - 1, 1]
    assert comps[1]["members"][0]["label"] == "国家电子商务进农村综合示范县"


def test_bridge_sides_equal_removing_each_bridge():
    """The linear DFS count of what a bridge cuts off agrees with removing it and counting, on random graphs."""
    import networkx as nx

    for seed in range(25):
        g = nx.gnm_random_graph(60, 70, seed=seed)
        sides = analysis.bridge_sides(g)
        assert {frozenset(e) for e in sides} == {frozenset(e) for e in nx.bridges(g)}
        for (a, b), small in sides.items():
            h = g.copy()
            h.remove_edge(a, b)
            assert small == min(len(nx.node_connected_component(h, a)), len(nx.node_connected_component(h, b)))


def test_large_graphs_are_estimated_and_say_so(kg, monkeypatch):
    """Past the size limit, betweenness is sampled and communities found by Louvain, and a note says so."""
    monkeypatch.setattr(analysis, "SAMPLE_ABOVE", 50)
    notes = []
    top = analysis.centrality(kg, top=1, notes=notes)
    assert top[0]["iri"] == gxr("place/450000")
    assert notes and "sampled sources" in notes[0]
    notes.clear()
    comms = analysis.communities(kg, notes=notes)
    assert notes and "Louvain" in notes[0]
    assert sum(c["size"] for c in comms) > 100
