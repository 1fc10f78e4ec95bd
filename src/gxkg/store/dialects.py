"""What differs between SPARQL engines, as data: one `Dialect` per engine, chosen with --dialect or detected.

Each states the engine's default-graph semantics, whether it takes the protocol's dataset parameters, where
its Graph Store Protocol service lives and what authentication that usually needs, the formats to ask for,
the shape of its errors, how it labels blank nodes, and the query shapes it gets wrong (with the form to use
instead). The remote backend reads these fields; it knows no engine by name.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..errors import GxkgError


BOOLEAN = b"http://www.w3.org/2001/XMLSchema#boolean"


@dataclass(frozen=True)
class Dialect:
    name: str
    title: str
    # "own": the default graph is a graph of its own; "union-all": the union of every graph, the engine's
    # system graphs included (gxkg must name its graphs); "union": the union of the data's graphs
    default_graph: str = "own"
    dataset_params: bool = True  # honours default-graph-uri / named-graph-uri (SPARQL 1.1 Protocol)
    query_path: str = "/sparql"
    graph_store_path: str = "/data"  # Graph Store HTTP Protocol service, relative to the server root
    graph_store_auth: str = "none"  # what its writable graph store usually asks: none, basic, digest
    graph_accept: str = "application/n-triples"  # CONSTRUCT/DESCRIBE: what to ask for (answers parse by Content-Type)
    error_shape: str = "text"  # text | json (an object with the message under `exception`) | virtuoso
    bnode_prefix: str = ""  # a prefix its blank-node labels carry that no RDF syntax allows ("nodeID://")
    values_then_path: bool = True  # False: a VALUES block before a property path gives wrong rows; bind by BIND
    booleans_as_integers: bool = False  # xsd:boolean comes back as "1"/"0" (stored) or 1/0 integers (computed)
    server: str = ""  # regex on the HTTP Server header that identifies it
    url: str = ""  # regex on the endpoint URL that identifies it
    avoid: tuple[str, ...] = field(default_factory=tuple)  # query shapes it gets wrong, in words

    def bind(self, text: str, bindings: dict) -> str:
        """The query with each binding joined at the top of its WHERE group as serialised terms (never pasted
        text): a VALUES block, or BIND(term AS ?var) where VALUES before a property path goes wrong."""
        from .sparql import bind_values, where_brace

        if not bindings or self.values_then_path:
            return bind_values(text, bindings or {})
        for var in bindings:
            if not re.fullmatch(r"\w+", var):
                raise GxkgError(f"bad variable name {var!r}")
        at = where_brace(text)
        block = " ".join(f"BIND({v} AS ?{k})" for k, v in bindings.items())
        return text[:at] + " " + block + " " + text[at:]

    def fix_results(self, body: bytes) -> bytes:
        """SPARQL JSON results with the engine's blank-node labels made valid labels, and stored booleans in
        their canonical form ("1"^^xsd:boolean is "true")."""
        if self.booleans_as_integers:
            for one, word in ((b"1", b"true"), (b"0", b"false")):
                body = re.sub(rb'("datatype"\s*:\s*"' + re.escape(BOOLEAN) + rb'"\s*,\s*"value"\s*:\s*")' + one + rb'"',
                              rb"\1" + word + rb'"', body)
                body = re.sub(rb'("value"\s*:\s*")' + one + rb'("\s*,\s*"datatype"\s*:\s*"' + re.escape(BOOLEAN) + rb'")',
                              rb"\1" + word + rb"\2", body)
        if self.bnode_prefix:
            body = re.sub(rb'("type"\s*:\s*"bnode"\s*,\s*"value"\s*:\s*")' + re.escape(self.bnode_prefix.encode()),
                          rb"\1", body)
            body = re.sub(rb'("value"\s*:\s*")' + re.escape(self.bnode_prefix.encode()) + rb'([^"]*"\s*,\s*"type"\s*:\s*"bnode")',
                          rb"\1\2", body)
        return body

    def fix_graph(self, body: bytes) -> bytes:
        """N-Triples/Turtle with the engine's blank-node labels made valid (_:nodeID://b1 -> _:b1), stored
        booleans canonical."""
        if self.booleans_as_integers:
            for one, word in ((b"1", b"true"), (b"0", b"false")):
                body = body.replace(b'"' + one + b'"^^<' + BOOLEAN + b">", b'"' + word + b'"^^<' + BOOLEAN + b">")
        if self.bnode_prefix:
            body = body.replace(b"_:" + self.bnode_prefix.encode(), b"_:")
        return body

    def error_message(self, text: str) -> str:
        """The one line that says what went wrong, from an error answer of this engine."""
        text = (text or "").strip()
        if self.error_shape == "json" or text.startswith("{"):
            try:
                doc = json.loads(text)
                if isinstance(doc, dict):
                    text = str(doc.get("exception") or doc.get("message") or doc.get("error") or text)
            except ValueError:
                pass
        if self.error_shape == "virtuoso":  # "Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error at ..."
            text = re.sub(r"^Virtuoso \w+ Error \w+:\s*", "", text)
        lines = [x for x in text.splitlines() if x.strip()]
        return lines[0][:300] if lines else "(no message)"

    def syntax_error(self, message: str) -> tuple[int, int | None, str] | None:
        """(line, column or None, rest) when the message reports a syntax error at a position."""
        m = re.match(r"(?:Parser )?error at (\d+):(\d+)(.*)", message, re.I)  # Oxigraph
        if m:
            return int(m.group(1)), int(m.group(2)), m.group(3)
        m = re.match(r"SPARQL compiler, line (\d+): (.*)", message)  # Virtuoso
        if m:
            return int(m.group(1)), None, ": " + re.sub(r"^syntax error ", "", m.group(2))
        m = re.search(r"line (\d+), column (\d+)[.:]?\s*(.*)", message)  # Jena / RDF4J / GraphDB
        if m and re.search(r"(?i)pars|syntax|encountered|malformed", message):
            return int(m.group(1)), int(m.group(2)), ": " + message
        return None


GENERIC = Dialect("generic", "any SPARQL 1.1 Protocol endpoint")
DIALECTS = {d.name: d for d in [
    GENERIC,
    Dialect("oxigraph", "Oxigraph server", query_path="/query", graph_store_path="/store", server=r"^Oxigraph\b"),
    Dialect("virtuoso", "OpenLink Virtuoso", default_graph="union-all", graph_store_path="/sparql-graph-crud-auth",
            graph_store_auth="digest", error_shape="virtuoso", bnode_prefix="nodeID://", values_then_path=False,
            booleans_as_integers=True, server=r"^Virtuoso\b",
            avoid=("VALUES before a property path (?e gxo:locatedIn+ ?p) returns every path: values are bound "
                   "with BIND",
                   "OPTIONAL { ?a gxo:locatedIn+ ?b } drops the rows it should keep unbound: write "
                   "OPTIONAL { ?a gxo:locatedIn ?n . ?n gxo:locatedIn* ?b } (gxkg's saved queries do)",
                   "booleans in results come back as 1/0 integers",
                   "its default graph holds its own system graphs: gxkg names its graphs")),
    Dialect("qlever", "QLever", default_graph="union", dataset_params=False, graph_store_path="",
            graph_accept="text/turtle", error_shape="json", server=r"(?i)qlever",
            avoid=("CONSTRUCT answers come as Turtle whatever is asked: parsed by Content-Type",
                   "no dataset parameters: the endpoint's default graph is read")),
    Dialect("fuseki", "Apache Jena Fuseki", graph_store_path="/data", graph_store_auth="basic",
            server=r"(?i)fuseki", url=r"/[^/]+/(?:sparql|query)$"),
    Dialect("graphdb", "Ontotext GraphDB", default_graph="union", query_path="/repositories/REPO",
            graph_store_path="/repositories/REPO/rdf-graphs/service", graph_store_auth="basic",
            server=r"(?i)graphdb", url=r"/repositories/[^/]+$"),
]}


def get(name: str) -> Dialect:
    try:
        return DIALECTS[name.lower()]
    except KeyError:
        raise GxkgError(f"unknown SPARQL dialect {name!r} (known: {', '.join(DIALECTS)})") from None


def detect(server_header: str, url: str) -> Dialect:
    """The engine behind an endpoint, from its Server header, else its URL; generic when neither says."""
    for d in DIALECTS.values():
        if d.server and server_header and re.search(d.server, server_header):
            return d
    for d in DIALECTS.values():
        if d.url and re.search(d.url, urlsplit(url).path):
            return d
    return GENERIC
