"""Export as RDF or as a network file that Gephi and Cytoscape open directly."""

from __future__ import annotations

import io
import os
from pathlib import Path

from .errors import GxkgError, OutputExists
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


def write_new(path: Path, data: bytes | str, force: bool = False) -> None:
    """Write a file, refusing to replace an existing one unless force; the write is atomic."""
    if path.exists() and not force:
        raise OutputExists(f"{path} exists; use --force to overwrite it")
    if path.parent and not path.parent.exists():
        raise GxkgError(f"directory {path.parent} does not exist")
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    os.replace(tmp, path)
