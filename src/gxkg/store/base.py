"""The one interface every read goes through: trusted lookups, and user queries under limits.

Two backends implement it: `EmbeddedStore` (pyoxigraph on disk, or in memory for --data files) and
`RemoteStore` (any SPARQL 1.1 Protocol endpoint). Neither knows any gxkg vocabulary.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from ..errors import QueryError
from .limits import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT

RESULTS_MEDIA = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values",
}
GRAPH_MEDIA = {
    "turtle": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json",
    "xml": "application/rdf+xml", "trig": "application/trig", "nquads": "application/n-quads",
}


@dataclass
class Answer:
    """A user query's answer, serialised: its form, the bytes, their media type, and whether rows were capped."""

    form: str
    body: bytes
    fmt: str
    truncated: bool = False
    rows_count: int | None = None

    @property
    def media_type(self) -> str:
        return (GRAPH_MEDIA if self.form in ("CONSTRUCT", "DESCRIBE") else RESULTS_MEDIA)[self.fmt]

    def solutions(self):
        """(variables, rows of pyoxigraph terms) of a SELECT answer serialised as JSON."""
        import pyoxigraph as ox

        res = ox.parse_query_results(self.body, format=ox.QueryResultsFormat.JSON)
        if isinstance(res, ox.QueryBoolean):
            return ["ASK"], [[ox.Literal("true" if bool(res) else "false")]]
        names = [v.value for v in res.variables]
        return names, [[sol[n] for n in names] for sol in res]

    def boolean(self) -> bool:
        import json

        return bool(json.loads(self.body)["boolean"])


@dataclass
class Limits:
    timeout: float | None = DEFAULT_TIMEOUT
    memory_mb: int | None = DEFAULT_MEMORY_MB
    max_rows: int | None = None


class Store(ABC):
    """Abstract store. select/ask/construct are for gxkg's own queries; `run` is for anyone's query."""

    kind = "abstract"
    location = ""

    @abstractmethod
    def select(self, query: str, bindings: dict | None = None) -> list[dict]:
        """See the class docstring."""

    @abstractmethod
    def ask(self, query: str, bindings: dict | None = None) -> bool:
        """See the class docstring."""

    @abstractmethod
    def construct(self, query: str, bindings: dict | None = None) -> list:
        """See the class docstring."""

    @abstractmethod
    def run(self, query: str, *, bindings: dict | None = None, limits: Limits | None = None, fmt: str = "json",
            graph_fmt: str = "turtle", base_iri: str | None = None, dataset: tuple | None = None) -> Answer:
        """See the class docstring."""

    def stream(self, query: str, variables: tuple[str, ...]):
        """The rows of a SELECT as tuples of terms in the order of `variables` (None where unbound): one at a
        time where the backend can (the embedded store), so a caller reading a whole graph holds one row."""
        for row in self.select(query):
            yield tuple(row.get(v) for v in variables)

    def named_graphs(self) -> list[str]:
        return []

    def triple_count(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(rows[0]["n"].value) if rows else 0

    @abstractmethod
    def dump(self, fmt: str, prefixes: dict | None = None) -> bytes:
        """See the class docstring."""

    def close(self) -> None:
        pass


def check_formats(form: str, fmt: str, graph_fmt: str) -> None:
    if form in ("CONSTRUCT", "DESCRIBE"):
        if graph_fmt not in GRAPH_MEDIA:
            raise QueryError(f"unknown graph format {graph_fmt!r}")
    elif fmt not in RESULTS_MEDIA:
        raise QueryError(f"unknown results format {fmt!r}")
