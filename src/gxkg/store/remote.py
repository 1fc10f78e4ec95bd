"""The remote backend: any SPARQL 1.1 Protocol endpoint (QLever, Virtuoso, GraphDB, Neptune, Oxigraph...).

The endpoint holds the graph in its default graph, as a plain bulk load leaves it. Values reach it as a
VALUES block of serialised terms (the protocol has no pre-binding); the time limit is the HTTP timeout,
and the endpoint's own limits apply as well. Graphs are loaded with the Graph Store HTTP Protocol.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import GxkgError, QueryError, QueryRefused, QueryTimeout
from .base import GRAPH_MEDIA, RESULTS_MEDIA, Answer, Limits, Store, check_formats
from .sparql import bind_values, check_dataset, query_form


class RemoteStore(Store):
    kind = "remote"

    def __init__(self, endpoint: str, prefixes: dict | None = None, timeout: float = 60.0, output_prefixes: dict | None = None):
        if not endpoint.startswith(("http://", "https://")):
            raise GxkgError(f"--endpoint takes an http(s) URL, not {endpoint!r}")
        self.endpoint = self.location = endpoint
        self.prefixes = {k: str(v) for k, v in (prefixes or {}).items()}
        self.output_prefixes = output_prefixes if output_prefixes is not None else self.prefixes
        self.timeout = timeout
        self._client = None
        self._prologue_len = len(self._prologue(""))

    @property
    def client(self):
        if self._client is None:
            import httpx

            self._client = httpx.Client(timeout=self.timeout, follow_redirects=True,
                                        headers={"User-Agent": "gxkg (SPARQL 1.1 Protocol client)"})
        return self._client

    def _prologue(self, query: str) -> str:
        """The predeclared prefixes, all on the query's first line, so error positions keep their line."""
        return "".join(f"PREFIX {p}: <{ns}> " for p, ns in self.prefixes.items()) + query

    def _post(self, query: str, accept: str, timeout: float | None = None):
        import httpx

        try:
            r = self.client.post(self.endpoint, data={"query": query}, headers={"Accept": accept},
                                 timeout=timeout if timeout is not None else self.timeout)
        except httpx.TimeoutException:
            raise QueryTimeout(f"the endpoint did not answer within {timeout or self.timeout:g} s") from None
        except httpx.HTTPError as e:
            raise GxkgError(f"cannot reach the SPARQL endpoint {self.endpoint}: {e}") from None
        if r.status_code == 503:
            raise QueryTimeout(f"the endpoint refused or stopped the query: {_first_line(r.text)}")
        if 400 <= r.status_code < 500:
            msg = _first_line(r.text)
            m = re.match(r"(?:Parser )?error at (\d+):(\d+)(.*)", msg, re.I)
            if m:  # the prologue stands before the user's first line: report the user's column
                line, col = int(m.group(1)), int(m.group(2))
                if line == 1:
                    col = max(1, col - self._prologue_len)
                raise QueryRefused(f"SPARQL syntax error at {line}:{col}{m.group(3)}")
            raise QueryRefused(f"the endpoint refused the query ({r.status_code}): {msg}")
        if r.status_code >= 500:
            raise QueryError(f"the endpoint failed ({r.status_code}): {_first_line(r.text)}")
        return r

    def _results(self, query: str, bindings: dict | None):
        import pyoxigraph as ox

        r = self._post(self._prologue(bind_values(query, bindings or {})), RESULTS_MEDIA["json"])
        return ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON)

    def select(self, query: str, bindings: dict | None = None) -> list[dict]:
        res = self._results(query, bindings)
        names = [v.value for v in res.variables]
        return [{n: sol[n] for n in names if sol[n] is not None} for sol in res]

    def ask(self, query: str, bindings: dict | None = None) -> bool:
        return bool(self._results(query, bindings))

    def construct(self, query: str, bindings: dict | None = None) -> list:
        import pyoxigraph as ox

        r = self._post(self._prologue(bind_values(query, bindings or {})), GRAPH_MEDIA["nt"])
        return list(ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES))

    def run(self, query: str, *, bindings: dict | None = None, limits: Limits | None = None, fmt: str = "json",
            graph_fmt: str = "turtle", base_iri: str | None = None, dataset: tuple | None = None) -> Answer:
        limits = limits or Limits()
        form = query_form(query)
        check_formats(form, fmt, graph_fmt)
        check_dataset(query, [])
        text = self._prologue(bind_values(query, bindings or {}))
        if base_iri and "<" not in base_iri and ">" not in base_iri:
            text = f"BASE <{base_iri}> " + text
        if form in ("CONSTRUCT", "DESCRIBE"):
            r = self._post(text, GRAPH_MEDIA["nt"], limits.timeout)
            if graph_fmt == "nt":
                return Answer(form, r.content, "nt")
            import pyoxigraph as ox
            from .embedded import RDF

            triples = ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES)
            kw = {"prefixes": self.output_prefixes} if graph_fmt in ("turtle", "trig") else {}
            return Answer(form, ox.serialize(triples, format=RDF[graph_fmt], **kw), graph_fmt)
        r = self._post(text, RESULTS_MEDIA["json"], limits.timeout)
        import pyoxigraph as ox
        from .embedded import serialize

        res = ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON)
        return serialize(res, form, fmt, graph_fmt, limits.max_rows, self.output_prefixes)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def dump(self, fmt: str, prefixes: dict | None = None) -> bytes:
        import pyoxigraph as ox
        from .embedded import RDF

        triples = self.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        if fmt == "trig":
            fmt = "turtle"  # the endpoint's default graph has no names to keep
        kw = {"prefixes": prefixes} if fmt == "turtle" and prefixes else {}
        return ox.serialize(triples, format=RDF[fmt], **kw)


def push(gsp_url: str, files: list[Path], replace: bool = False, timeout: float = 300.0) -> list[tuple[str, int]]:
    """Load files into the default graph of a Graph Store HTTP Protocol endpoint (POST adds; PUT replaces)."""
    import httpx

    sep = "&" if "?" in gsp_url else "?"
    target = f"{gsp_url}{sep}default"
    out = []
    with httpx.Client(timeout=timeout) as client:
        for i, f in enumerate(files):
            method = "PUT" if replace and i == 0 else "POST"
            mime = "text/turtle" if Path(f).suffix == ".ttl" else "application/n-triples"
            try:
                with open(f, "rb") as fh:
                    r = client.request(method, target, content=fh.read(), headers={"Content-Type": mime})
            except httpx.HTTPError as e:
                raise GxkgError(f"cannot reach the graph store {gsp_url}: {e}") from None
            if r.status_code >= 400:
                raise GxkgError(f"the graph store answered {r.status_code} for {Path(f).name}: {_first_line(r.text)}")
            out.append((Path(f).name, r.status_code))
    return out


def _first_line(text: str) -> str:
    line = (text or "").strip().splitlines()
    return line[0][:300] if line else "(no message)"
