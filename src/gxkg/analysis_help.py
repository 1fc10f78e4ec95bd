"""One-line meaning of each network measure; kept apart so `gxkg analyze --help` needs no networkx."""

MEASURES = {
    "centrality": "degree and betweenness centrality: who is linked to most, and who lies on most shortest paths",
    "communities": "groups of entities more tightly linked to each other than to the rest (greedy modularity)",
    "bridges": "edges whose removal splits the network; cut_off is how many entities that edge alone connects",
    "components": "connected parts of the network, with their size and best-connected members",
}
