"""Export as RDF or as a network file that Gephi and Cytoscape open directly."""

from __future__ import annotations

import io
from pathlib import Path

from .errors import GxkgError
from .kg import KnowledgeGraph

RDF_FORMATS = ("turtle", "nt", "jsonld", "trig", "nquads", "xml")


def export(kg: KnowledgeGraph, fmt: str, lang: str = "zh") -> bytes:
    """RDF straight from the store (TriG and N-Quads keep the named graphs), or the entity network."""
    if fmt in RDF_FORMATS:
        from .namespaces import OUTPUT_PREFIXES

        return kg.store.dump(fmt, prefixes=OUTPUT_PREFIXES)
    import networkx as nx

    from .analysis import to_networkx

    g = to_networkx(kg, lang)  # a MultiDiGraph: two relations between the same entities are two edges
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(g, buf, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(g, buf, encoding="utf-8")
    else:
        raise GxkgError(f"unknown export format {fmt!r}")
    return buf.getvalue()


def serialize_triples(triples: list, fmt: str, prefixes: dict | None = None) -> bytes:
    """pyoxigraph triples in any of RDF_FORMATS; in TriG and N-Quads they are the default graph."""
    import pyoxigraph as ox

    from .store.embedded import RDF

    if fmt in ("trig", "nquads"):
        triples = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
    kw = {"prefixes": prefixes} if fmt in ("turtle", "trig") and prefixes else {}
    return ox.serialize(triples, format=RDF[fmt], **kw)


def write_new(path: Path, data: bytes | str, force: bool = False) -> Path:
    """Write a user-named output file (see gxkg.files.write_output: atomic, and never replacing a device,
    FIFO or symbolic link); refuses an existing regular file unless force."""
    from .files import write_output

    return write_output(Path(path), data, force)
