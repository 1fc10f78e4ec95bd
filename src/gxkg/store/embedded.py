"""The embedded backend: a pyoxigraph store, on disk (opened read-only) or in memory (for --data files)."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from ..errors import QueryError, QueryRefused
from .base import Answer, Limits, Store, check_formats
from .sparql import bind_values, check_dataset, dataset_clauses, query_form

RESULTS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
           "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
RDF = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
       "xml": ox.RdfFormat.RDF_XML, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}


class EmbeddedStore(Store):
    """pyoxigraph. On disk, every file is a named graph and queries see their union as the default graph."""

    kind = "embedded"

    def __init__(self, store: ox.Store, *, path: Path | None = None, prefixes: dict | None = None,
                 union: bool = True, meta: dict | None = None, output_prefixes: dict | None = None):
        self.ox = store
        self.output_prefixes = output_prefixes if output_prefixes is not None else prefixes
        self.path = path
        self.location = str(path) if path else "memory"
        self.prefixes = {k: str(v) for k, v in (prefixes or {}).items()}
        self.union = union
        self.meta = meta or {}

    @classmethod
    def open_read_only(cls, path: Path, prefixes: dict | None = None, output_prefixes: dict | None = None) -> "EmbeddedStore":
        meta_file = Path(path) / "gxkg-store.json"
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
        try:
            st = ox.Store.read_only(str(path))
        except OSError as e:
            raise QueryError(f"cannot open the store at {path}: {e}") from None
        return cls(st, path=Path(path), prefixes=prefixes, meta=meta, output_prefixes=output_prefixes)

    def _query(self, query: str, bindings: dict | None = None, base_iri: str | None = None, store=None,
               dataset: tuple | None = None):
        # Values join the query as a VALUES block of serialised terms at the top of its WHERE group, exactly
        # as they reach a remote endpoint, so both backends answer alike (pyoxigraph's substitutions
        # would only bind projected variables).
        kw = self._graphs(query, dataset)
        return (store or self.ox).query(bind_values(query, bindings or {}), base_iri=base_iri, prefixes=self.prefixes, **kw)

    def _graphs(self, query: str, dataset: tuple | None) -> dict:
        """The graphs a query reads, as pyoxigraph's keywords: the union of the files' graphs, unless the query's
        own FROM / FROM NAMED or the dataset asked (default graphs, named graphs) choose among them."""
        kw = {"use_default_graph_as_union": self.union}
        if self.union and any(dataset_clauses(query)):
            kw = {}  # the query's own FROM / FROM NAMED choose among the named graphs
        if dataset and (dataset[0] or dataset[1]):
            default, named = dataset
            if default:
                kw = {"default_graph": [ox.NamedNode(g) for g in default]}
            if named:
                kw["named_graphs"] = [ox.NamedNode(g) for g in named]
        return kw

    def select(self, query: str, bindings: dict | None = None) -> list[dict]:
        res = self._query(query, bindings)
        names = [v.value for v in res.variables]
        out = []
        for sol in res:
            row = {}
            for n in names:
                t = sol[n]
                if t is not None:
                    row[n] = t
            out.append(row)
        return out

    def stream(self, query: str, variables: tuple[str, ...]):
        for sol in self._query(query):
            yield tuple(sol[v] for v in variables)

    def ask(self, query: str, bindings: dict | None = None) -> bool:
        return bool(self._query(query, bindings))

    def construct(self, query: str, bindings: dict | None = None) -> list:
        return list(self._query(query, bindings))

    def run(self, query: str, *, bindings: dict | None = None, limits: Limits | None = None, fmt: str = "json",
            graph_fmt: str = "turtle", base_iri: str | None = None, dataset: tuple | None = None) -> Answer:
        """Anyone's query: checked, then run in a killable child process under the time and memory limits."""
        limits = limits or Limits()
        form = query_form(query)
        check_formats(form, fmt, graph_fmt)
        check_dataset(query, self.named_graphs())
        from .limits import run_forked

        args = (self, query, bindings, form, fmt, graph_fmt, base_iri, limits.max_rows, None, dataset)
        return run_forked(_execute_in_child, args, limits.timeout, limits.memory_mb)

    def execute(self, query, bindings, form, fmt, graph_fmt, base_iri, max_rows, store=None, dataset=None,
                max_bytes=None) -> Answer:
        """Run and serialise a query in this process (the caller provides the limits)."""
        try:
            res = self._query(query, bindings, base_iri, store, dataset)
        except SyntaxError as e:
            raise QueryRefused(f"SPARQL syntax error {_position(str(e))}") from None
        except (OSError, ValueError, RuntimeError) as e:
            raise QueryError(f"query failed: {e}") from None
        return serialize(res, form, fmt, graph_fmt, max_rows, self.output_prefixes, max_bytes)

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def dump(self, fmt: str, prefixes: dict | None = None) -> bytes:
        if fmt in ("trig", "nquads"):
            return self.ox.dump(format=RDF[fmt], prefixes=prefixes) if fmt == "trig" else self.ox.dump(format=RDF[fmt])
        quads = self.ox.quads_for_pattern(None, None, None, None)
        triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str) if self.union else \
            [ox.Triple(q.subject, q.predicate, q.object) for q in self.ox.quads_for_pattern(None, None, None, ox.DefaultGraph())]
        kw = {"prefixes": prefixes} if fmt in ("turtle", "trig") and prefixes else {}
        return ox.serialize(triples, format=RDF[fmt], **kw)

    def close(self) -> None:
        self.ox = None  # pyoxigraph closes the database when its last reference goes

    def triple_count(self) -> int:
        if self.union:
            return len(self.ox)  # quads: each triple is in exactly one file's graph
        return super().triple_count()


def _execute_in_child(store: EmbeddedStore, *args) -> Answer:
    """In the forked child: a disk store is opened anew (the parent's handle is not fork-safe)."""
    fresh = ox.Store.read_only(str(store.path)) if store.path else None
    *head, _, dataset = args
    return store.execute(*head, store=fresh, dataset=dataset)


def serialize(res, form: str, fmt: str, graph_fmt: str, max_rows: int | None, prefixes: dict | None = None,
              max_bytes: int | None = None) -> Answer:
    """A pyoxigraph result as bytes in the asked format; SELECT rows beyond max_rows or max_bytes are dropped
    and flagged; a graph answer over max_bytes is refused as soon as its serialisation passes the cap."""
    if isinstance(res, ox.QueryBoolean):
        return Answer("ASK", res.serialize(format=RESULTS[fmt]), fmt)
    if isinstance(res, ox.QueryTriples):
        kw = {"prefixes": prefixes} if graph_fmt in ("turtle", "trig") and prefixes else {}
        return Answer(form, _capped(lambda out: ox.serialize(res, output=out, format=RDF[graph_fmt], **kw), max_bytes),
                      graph_fmt)
    if not max_rows and not max_bytes:
        return Answer("SELECT", res.serialize(format=RESULTS[fmt]), fmt)
    names = [v.value for v in res.variables]
    # the document's frame counts too: the rows alone once came to 14 bytes under a cap the whole answer passed
    frame = len(json.dumps({"head": {"vars": names}, "results": {"bindings": []}}, ensure_ascii=False).encode("utf-8"))
    rows, truncated = _rows(res, names, max_rows, max_bytes, frame)
    doc = json.dumps({"head": {"vars": names}, "results": {"bindings": rows}}, ensure_ascii=False).encode("utf-8")
    body = doc if fmt == "json" else _capped(lambda out: ox.parse_query_results(
        doc, format=ox.QueryResultsFormat.JSON).serialize(output=out, format=RESULTS[fmt]), max_bytes)
    return Answer("SELECT", body, fmt, truncated, len(rows))


def _rows(res, names: list[str], max_rows: int | None, max_bytes: int | None, size: int) -> tuple[list[dict], bool]:
    """The solutions as SPARQL JSON rows, at most max_rows of them and (counting from size, the document's frame)
    at most max_bytes; and whether any were dropped."""
    from .terms import json_term

    rows = []
    for i, sol in enumerate(res):
        if max_rows and i >= max_rows:
            return rows, True
        row = {n: json_term(sol[n]) for n in names if sol[n] is not None}
        size += len(json.dumps(row, ensure_ascii=False).encode("utf-8")) + 2 if max_bytes else 0
        if max_bytes and size > max_bytes:
            return rows, True
        rows.append(row)
    return rows, False


class _TooLarge(Exception):
    pass


def _capped(write, max_bytes: int | None) -> bytes:
    """What write(output) writes, refused (QueryRefused) as soon as it passes max_bytes."""
    import io

    buf = io.BytesIO()

    class Out:
        def write(self, b) -> int:
            if max_bytes and buf.tell() + len(b) > max_bytes:
                raise _TooLarge()
            return buf.write(b)

        def flush(self) -> None:
            pass

    try:
        write(Out())
    except _TooLarge:
        raise QueryRefused(f"the answer is over the {max_bytes:,}-byte limit; narrow the query or add LIMIT") from None
    return buf.getvalue()


def memory_store(files: list[Path], base_prefixes: dict | None = None, output_prefixes: dict | None = None) -> EmbeddedStore:
    """The given RDF files in an in-memory store, all in the default graph (as `arq --data` does)."""
    st = ox.Store()
    for f in files:
        f = Path(f)
        fmt = ox.RdfFormat.from_extension(f.suffix.lstrip(".")) if f.suffix else None
        if fmt is None:
            raise QueryError(f"{f}: unknown RDF format (use .ttl, .nt, .nq, .trig, .rdf, .jsonld or .n3)")
        try:
            st.bulk_load(path=str(f), format=fmt, base_iri=f.resolve().as_uri())
        except SyntaxError as e:
            raise QueryError(f"{f}: syntax error: {e}") from None
        except OSError as e:
            raise QueryError(f"{f}: cannot read: {e}") from None
    return EmbeddedStore(st, prefixes=base_prefixes, union=False, output_prefixes=output_prefixes)


def _position(msg: str) -> str:
    """pyoxigraph's 'error at 2:9: expected ...' as 'at 2:9: expected ...'."""
    import re

    return re.sub(r"^(?:Parser )?error ", "", msg, flags=re.I)
