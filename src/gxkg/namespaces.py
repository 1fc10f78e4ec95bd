"""Namespaces and prefixes the project predeclares everywhere (CLI, SPARQL, server); plain strings, no rdflib."""

from __future__ import annotations


class NS:
    """A namespace IRI: NS('http://x#')['a'] and NS('http://x#').a are 'http://x#a'; str() is the namespace."""

    def __init__(self, base: str):
        self._base = base

    def __str__(self) -> str:
        return self._base

    def __repr__(self) -> str:
        return f"NS({self._base!r})"

    def __getitem__(self, local: str) -> str:
        return self._base + local

    def __getattr__(self, local: str) -> str:
        if local.startswith("_"):
            raise AttributeError(local)
        return self._base + local


GXO_NS = "https://w3id.org/gxkg/ontology#"
GXO = NS(GXO_NS)
GXR = NS("https://w3id.org/gxkg/resource/")
SCHEMA = NS("https://schema.org/")
GEO = NS("http://www.w3.org/2003/01/geo/wgs84_pos#")
SH = NS("http://www.w3.org/ns/shacl#")
SD = NS("http://www.w3.org/ns/sparql-service-description#")
RDF = NS("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = NS("http://www.w3.org/2000/01/rdf-schema#")
OWL = NS("http://www.w3.org/2002/07/owl#")
XSD = NS("http://www.w3.org/2001/XMLSchema#")
SKOS = NS("http://www.w3.org/2004/02/skos/core#")
PROV = NS("http://www.w3.org/ns/prov#")
DCT = NS("http://purl.org/dc/terms/")
DCAT = NS("http://www.w3.org/ns/dcat#")
ONTOLOGY_IRI = "https://w3id.org/gxkg/ontology"
GRAPH_BASE = "https://w3id.org/gxkg/graph/"

PREFIXES = {
    "gxo": GXO, "gxr": GXR, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS,
    "prov": PROV, "dct": DCT, "dcat": DCAT, "schema": SCHEMA, "geo": GEO,
}
PREFIX_MAP = {k: str(v) for k, v in PREFIXES.items()}
# For Turtle and TriG output: gxr: names hold '/', which Turtle must escape (gxr:place\/450224), so
# instance IRIs are written in full instead.
OUTPUT_PREFIXES = {k: v for k, v in PREFIX_MAP.items() if k != "gxr"}

def curie(iri: str) -> str:
    """Shortest prefixed form of an IRI, or the IRI itself."""
    iri = str(iri)
    best = None
    for p, ns in PREFIX_MAP.items():
        if iri.startswith(ns):
            local = iri[len(ns):]
            if best is None or len(local) < len(best[1]):
                best = (p, local)
    return f"{best[0]}:{best[1]}" if best else iri


def expand(text: str) -> str | None:
    """A CURIE with a known prefix as a full IRI, else None."""
    if ":" in text and not text.startswith("http"):
        p, local = text.split(":", 1)
        if p in PREFIX_MAP:
            return PREFIX_MAP[p] + local
    return None


def sparql_prologue() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIX_MAP.items())
