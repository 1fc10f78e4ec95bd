"""Namespaces and prefixes the project predeclares everywhere (CLI, SPARQL, server)."""

from rdflib import Namespace
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

GXO = Namespace("https://w3id.org/gxkg/ontology#")
GXR = Namespace("https://w3id.org/gxkg/resource/")
SCHEMA = Namespace("https://schema.org/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
SH = Namespace("http://www.w3.org/ns/shacl#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
ONTOLOGY_IRI = "https://w3id.org/gxkg/ontology"

PREFIXES = {
    "gxo": GXO, "gxr": GXR, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS,
    "prov": PROV, "dct": DCTERMS, "dcat": DCAT, "schema": SCHEMA, "geo": GEO,
}

# Classes whose instances are nodes of the entity network; everything else (observations,
# evidence, statements, indicators, units) is an attribute or bookkeeping.
ENTITY_CLASSES = [
    "Place", "Province", "Prefecture", "County", "Township", "StatisticalZone", "Village", "Region",
    "Product", "Industry", "Organization", "Platform", "BusinessModel", "PovertyAlleviationModel",
    "TradeModel", "Policy", "Event", "Program", "Facility", "Topic", "Designation",
]


def curie(iri: str) -> str:
    """Shortest prefixed form of an IRI, or the IRI itself."""
    iri = str(iri)
    best = None
    for p, ns in PREFIXES.items():
        if iri.startswith(str(ns)):
            local = iri[len(str(ns)):]
            if best is None or len(local) < len(best[1]):
                best = (p, local)
    return f"{best[0]}:{best[1]}" if best else iri


def expand(text: str) -> str | None:
    """A CURIE with a known prefix as a full IRI, else None."""
    if ":" in text and not text.startswith("http"):
        p, local = text.split(":", 1)
        if p in PREFIXES:
            return str(PREFIXES[p]) + local
    return None


def sparql_prologue() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
