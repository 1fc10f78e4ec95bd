"""SPARQL results in the standard formats, shared by the CLI and the server."""

from __future__ import annotations

from rdflib import BNode, Literal, URIRef

SELECT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_TYPES = {
    "turtle": ("turtle", "text/turtle"),
    "nt": ("nt", "application/n-triples"),
    "jsonld": ("json-ld", "application/ld+json"),
    "xml": ("xml", "application/rdf+xml"),
}


def _tsv_term(t) -> str:
    """A term as SPARQL 1.1 TSV writes it: Turtle syntax, tabs and newlines escaped."""
    if t is None:
        return ""
    if isinstance(t, (URIRef, BNode, Literal)):
        s = t.n3()
    else:
        s = str(t)
    return s.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def serialize_select(res, fmt: str) -> bytes:
    """SELECT/ASK results as json, xml, csv (SPARQL 1.1 formats) or tsv."""
    if fmt == "tsv":
        if res.type == "ASK":
            return ("true" if res.askAnswer else "false").encode() + b"\n"
        lines = ["\t".join(f"?{v}" for v in res.vars)]
        lines += ["\t".join(_tsv_term(b.get(v)) for v in res.vars) for b in res.bindings]
        return ("\n".join(lines) + "\n").encode("utf-8")
    if fmt == "csv" and res.type == "ASK":
        return ("_askResult\r\n" + ("true" if res.askAnswer else "false") + "\r\n").encode()
    out = res.serialize(format=fmt)
    return out if isinstance(out, bytes) else out.encode("utf-8")


def serialize_graph(graph, fmt: str) -> bytes:
    from .namespaces import PREFIXES

    for p, ns in PREFIXES.items():
        graph.bind(p, ns, override=True, replace=True)
    out = graph.serialize(format=GRAPH_TYPES[fmt][0], encoding="utf-8")
    return out if isinstance(out, bytes) else out.encode("utf-8")
