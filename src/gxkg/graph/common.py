"""What the graph API's modules share: vocabulary IRIs, the packaged lookups, search hits and edges."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LANGS = ("zh", "en")
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
GRAPH_BASE = "https://w3id.org/gxkg/graph/"
CONFIDENT = {"exact", "prefix", "substring", "words", "pinyin"}
HIDDEN = {RDF_TYPE, RDFS_LABEL, SKOS + "altLabel", SKOS + "hiddenLabel", PROV_DERIVED}


@lru_cache(maxsize=None)
def lookup(name: str) -> str:
    """The text of one of the packaged lookups/*.rq queries (read beside this module: importlib.resources
    costs a lookup several milliseconds of imports)."""
    return (Path(__file__).parents[1] / "lookups" / f"{name}.rq").read_text(encoding="utf-8")


@dataclass
class Match:
    """A search hit: an entity and how well the query matched it (1.0 is an exact label)."""

    iri: str
    label: str
    types: list[str]
    score: float
    matched: str = ""
    how: str = ""  # exact, prefix, substring, words, pinyin, homophone, near


@dataclass
class Edge:
    """One relation between two entities, seen from `source`: direction 'out' means source -> other."""

    source: str
    relation: str
    other: str
    direction: str
    depth: int = 1
    evidence: list[dict] = field(default_factory=list)
    rule: str | None = None  # the gxo:DerivationRule of a derived edge; None when a source states it


def _v(t):
    return None if t is None else t.value
