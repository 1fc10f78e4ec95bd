"""networkx analyses of the entity network: entities are nodes, relations between entities are edges.

Literals (names, figures, dates) are node attributes, not nodes; rdf:type is not an edge.
"""

from __future__ import annotations

import networkx as nx

from .kg import KnowledgeGraph
from .namespaces import curie



SAMPLE_ABOVE = 5000  # past this many nodes, the estimates below replace the exact measures
EDGE_VISITS = 5_000_000  # betweenness sources are chosen so that k * edges stays about this (bounded time)


def to_networkx(kg: KnowledgeGraph, lang: str = "zh", exclude: set | None = None) -> nx.MultiDiGraph:
    """The entity network with labels, class, coordinates and relation labels as attributes; one edge per
    relation (parallel relations stay parallel edges); `exclude` leaves relations out."""
    g = nx.MultiDiGraph()
    coords = kg.coordinates()
    kg.prefetch_types(kg.entities)
    kg.prefetch(kg.entities + sorted({p for _, p, _ in kg.relations}))
    for e in kg.entities:
        labels = kg.labels(e)
        attrs = dict(label=kg.label(e, lang), label_zh=labels.get("zh", ""), label_en=labels.get("en", ""),
                     type=curie(kg.types(e)[0]) if kg.types(e) else "", kind=kg.kind(e, lang))
        if e in coords:
            attrs["lat"], attrs["long"] = coords[e]
        g.add_node(str(e), **attrs)
    derived = kg.derived_edges
    for s, p, o in kg.relations:
        if exclude and p in exclude:
            continue
        g.add_edge(str(s), str(o), key=str(p), relation=curie(p), label=kg.label(p, lang),
                   derived=bool(derived.get((s, p, o))))
    return g


def centrality(kg: KnowledgeGraph, top: int = 10, lang: str = "zh", exclude: set | None = None,
               notes: list | None = None) -> list[dict]:
    g = nx.Graph(to_networkx(kg, lang, exclude))
    deg = nx.degree_centrality(g)
    # Exact betweenness is O(nm); on a large graph it is estimated from k sampled sources (seeded), with k
    # chosen so that the work stays bounded, and the output says so.
    k = None
    if g.number_of_nodes() > SAMPLE_ABOVE:
        k = max(20, min(500, EDGE_VISITS // max(g.number_of_edges(), 1), g.number_of_nodes()))
        _note(notes, f"betweenness estimated from {k} sampled sources of {g.number_of_nodes()} nodes (seeded)")
    btw = nx.betweenness_centrality(g, k=k, seed=0 if k else None)
    ranked = sorted(g.nodes, key=lambda n: (-btw[n], -deg[n], n))[:top]
    return [{"iri": n, "label": g.nodes[n]["label"], "degree": g.degree(n), "degree_centrality": round(deg[n], 4),
             "betweenness": round(btw[n], 4)} for n in ranked]


def communities(kg: KnowledgeGraph, top: int = 10, lang: str = "zh", exclude: set | None = None,
                notes: list | None = None) -> list[dict]:
    g = nx.Graph(to_networkx(kg, lang, exclude))
    g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    if g.number_of_nodes() > SAMPLE_ABOVE:
        # Greedy modularity is quadratic in practice; Louvain (seeded) is near-linear.
        _note(notes, f"communities by the Louvain method (seeded) on {g.number_of_nodes()} nodes, not greedy modularity")
        comms = nx.community.louvain_communities(g, seed=0)
    else:
        comms = nx.community.greedy_modularity_communities(g)
    out = []
    for i, c in enumerate(sorted(comms, key=lambda c: (-len(c), min(c)))[:top], 1):
        members = sorted(c, key=lambda n: (-g.degree(n), n))
        out.append({"community": i, "size": len(c),
                    "members": [{"iri": n, "label": g.nodes[n]["label"]} for n in members]})
    return out


def bridge_sides(g: nx.Graph) -> dict[tuple, int]:
    """For every bridge (a, b) of g, the size of the smaller part its removal cuts off.

    Every bridge is an edge of any depth-first tree, so one DFS per component gives each side's size as
    a subtree size: linear time, where copying the graph per bridge was quadratic.

    >>> bridge_sides(nx.path_graph(4))
    {(0, 1): 1, (1, 2): 2, (2, 3): 1}
    """
    out = {}
    bridges = {frozenset(e) for e in nx.bridges(g)}
    if not bridges:
        return out
    for comp in nx.connected_components(g):
        root = min(comp, key=str)
        parent = {root: None}
        order = [root]
        for a, b in nx.dfs_edges(g, root):
            parent[b] = a
            order.append(b)
        size = dict.fromkeys(order, 1)
        for n in reversed(order[1:]):
            size[parent[n]] += size[n]
        for n in order[1:]:
            if frozenset((parent[n], n)) in bridges:
                out[(parent[n], n)] = min(size[n], len(comp) - size[n])
    return out


def bridges(kg: KnowledgeGraph, top: int = 10, lang: str = "zh", exclude: set | None = None,
            notes: list | None = None) -> list[dict]:
    full = to_networkx(kg, lang, exclude)
    g = nx.Graph(full)
    out = []
    for (a, b), small in bridge_sides(g).items():
        data = full.get_edge_data(a, b) or full.get_edge_data(b, a)
        rel = next(iter(data.values()))
        src, dst = (a, b) if full.has_edge(a, b) else (b, a)
        out.append({"source": {"iri": src, "label": g.nodes[src]["label"]},
                    "relation": {"iri": rel["relation"], "label": rel["label"]},
                    "target": {"iri": dst, "label": g.nodes[dst]["label"]},
                    "cut_off": small})
    out.sort(key=lambda r: (-r["cut_off"], r["source"]["iri"], r["target"]["iri"]))
    return out[:top]


def components(kg: KnowledgeGraph, top: int = 10, lang: str = "zh", exclude: set | None = None,
               notes: list | None = None) -> list[dict]:
    g = nx.Graph(to_networkx(kg, lang, exclude))
    comps = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))
    out = []
    for i, c in enumerate(comps[:top], 1):
        members = sorted(c, key=lambda n: (-g.degree(n), n))
        out.append({"component": i, "size": len(c),
                    "members": [{"iri": n, "label": g.nodes[n]["label"]} for n in members[:10]]})
    return out


def _note(notes: list | None, text: str) -> None:
    if notes is not None:
        notes.append(text)


def run(kg: KnowledgeGraph, measure: str, top: int = 10, lang: str = "zh", exclude: set | None = None,
        notes: list | None = None) -> list[dict]:
    """One measure's rows; `notes` collects what was estimated rather than computed exactly."""
    return {"centrality": centrality, "communities": communities, "bridges": bridges,
            "components": components}[measure](kg, top=top, lang=lang, exclude=exclude, notes=notes)
