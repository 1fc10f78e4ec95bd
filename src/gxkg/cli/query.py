"""SPARQL: `gxkg sparql` (any read-only query), `gxkg queries` and `gxkg query` (the saved ones)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import GxkgError
from ..settings import QUERY_LIMITS, options
from .base import echo_csv, emit, main, output_options, settings


SPARQL_FORMATS = ["table", "json", "csv", "tsv", "xml", "turtle", "nt", "jsonld", "trig"]


@main.command()
@click.argument("query")
@click.option("--data", "data_files", multiple=True, type=click.Path(exists=True),
              help="Query these RDF files (Turtle, N-Triples, RDF/XML, TriG, ...) instead of the graph; repeatable. "
                   "A directory holding ontology/ and graph/ is taken as a gxkg data directory.")
@options(QUERY_LIMITS)
@click.option("--base", metavar="IRI", help="Base IRI for relative IRIs (default: the query file, else the working directory).")
@output_options(SPARQL_FORMATS)
@click.pass_obj
def sparql(obj, query, data_files, timeout, memory_mb, base, lang, fmt):
    """Run a read-only SPARQL query given as text, a file, or - for standard input.

    Prefixes gxo, gxr, rdf, rdfs, owl, xsd, skos, prov, dct, dcat, schema, geo are predeclared.
    json/xml/csv/tsv are the standard SPARQL 1.1 results formats; turtle/nt/jsonld/xml for CONSTRUCT and DESCRIBE.
    Every query stops at the time and memory limits; Ctrl-C stops it at once.
    """
    from ..queries import run_query

    lang, fmt = settings(obj, lang, fmt)
    text, source = read_query_arg(query)
    kg = _data_kg(data_files) if data_files else obj.kg
    base = base or (source.resolve().as_uri() if source else Path.cwd().resolve().as_uri() + "/")
    answer = run_query(kg, text, timeout=timeout, memory_mb=memory_mb, base_iri=base, **answer_formats(fmt))
    print_answer(kg, answer, fmt, lang)


def _data_kg(paths):
    """A KnowledgeGraph over --data files (an in-memory store) or over a data directory."""
    from ..kg import KnowledgeGraph

    dirs = [Path(p) for p in paths if Path(p).is_dir()]
    if dirs:
        if len(paths) > 1 or not (dirs[0] / "graph").is_dir():
            raise GxkgError("--data takes RDF files, or one directory holding ontology/ and graph/")
        return KnowledgeGraph.open(data=dirs[0], quiet=True)
    from ..namespaces import OUTPUT_PREFIXES, PREFIX_MAP
    from ..store.embedded import memory_store

    return KnowledgeGraph(memory_store([Path(p) for p in paths], PREFIX_MAP, OUTPUT_PREFIXES))


def answer_formats(fmt: str) -> dict:
    """What to ask the engine for: results in fmt (table: JSON to lay out), graphs in fmt (table: Turtle)."""
    results = fmt if fmt in ("json", "xml", "csv", "tsv") else "json"
    graph = {"table": "turtle", "json": "jsonld"}.get(fmt, fmt)
    return {"fmt": results, "graph_fmt": graph if graph in ("turtle", "nt", "jsonld", "xml", "trig") else "turtle"}


def read_query_arg(query: str) -> tuple[str, Path | None]:
    """'-' is standard input; an existing file (or a name ending .rq/.sparql) is read; anything else is the query."""
    if query == "-":
        return sys.stdin.read(), None
    if len(query) < 4096 and "\n" not in query and "{" not in query:
        p = Path(query)
        if p.is_file():
            try:
                return p.read_text(encoding="utf-8"), p
            except (OSError, UnicodeDecodeError) as e:
                raise GxkgError(f"cannot read query file {query}: {e}") from None
        if p.suffix in (".rq", ".sparql"):
            raise GxkgError(f"query file {query} not found")
    return query, None


def print_answer(kg, answer, fmt, lang):
    """An answer in the asked format; `table` lays SELECT rows out with labels beside IRIs."""
    if answer.form in ("CONSTRUCT", "DESCRIBE"):
        if fmt in ("csv", "tsv"):
            raise GxkgError(f"--format {fmt} is for SELECT/ASK results; use turtle, nt, jsonld or xml")
        click.echo(answer.body.decode("utf-8").rstrip("\n"))
        return
    if fmt in ("turtle", "nt", "jsonld", "trig"):
        raise GxkgError(f"--format {fmt} is for CONSTRUCT/DESCRIBE results; use table, json, xml, csv or tsv")
    if fmt != "table":
        text = answer.body.decode("utf-8").rstrip("\r\n")
        echo_csv(text) if fmt == "csv" else click.echo(text)
        return
    if answer.form == "ASK":
        click.echo("true" if answer.boolean() else "false")
        return
    from ..views import result_table

    headers, rows = result_table(kg, answer, lang)
    emit("table", headers, rows, None)


@main.command("queries")
@output_options()
@click.pass_obj
def list_queries(obj, lang, fmt):
    """The saved queries, each with a one-line description and its parameters."""
    from ..queries import saved_queries

    lang, fmt = settings(obj, lang, fmt)
    qs = saved_queries()
    data = [{"name": q.name, "description": q.description,
             "params": [{"name": p.name, "kind": p.kind, "default": p.default, "help": p.help} for p in q.params]}
            for q in qs.values()]
    rows = [[q.name, " ".join(f"{p.name}={p.default or '*'}" for p in q.params), q.description] for q in qs.values()]
    for d, q in zip(data, qs.values()):
        for pd, p in zip(d["params"], q.params):
            pd["class"] = p.cls
    emit(fmt, ["name", "params", "description"], rows, data)


@main.command("query")
@click.argument("name")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="Set a parameter; repeatable.")
@click.option("--show", is_flag=True, help="Print the query's SPARQL instead of running it.")
@options(QUERY_LIMITS)
@output_options(["table", "json", "csv", "tsv", "xml"])
@click.pass_obj
def run_saved_query(obj, name, params, show, timeout, memory_mb, lang, fmt):
    """Run a saved query by name, with --param KEY=VALUE (names in zh or en resolve to entities)."""
    from ..queries import get_saved, run_query

    lang, fmt = settings(obj, lang, fmt)
    sq = get_saved(name)
    if show:
        click.echo(sq.text.rstrip("\n"))
        return
    values = _param_values(params)
    kg = obj.kg
    labelled = fmt in ("csv", "json") and sq.text.lstrip().upper().find("SELECT") != -1
    answer = run_query(kg, sq.text, sq.bindings(kg, values), timeout=timeout, memory_mb=memory_mb,
                       **answer_formats("json" if labelled else fmt))
    if labelled and answer.form == "SELECT":
        _labelled_answer(kg, answer, fmt, lang)
        return
    print_answer(kg, answer, fmt, lang)


def _param_values(params) -> dict[str, str]:
    """The --param KEY=VALUE options as {key: value}, each stripped."""
    values = {}
    for p in params:
        if "=" not in p:
            raise click.BadParameter(f"{p!r} is not KEY=VALUE", param_hint="--param")
        k, v = p.split("=", 1)
        values[k.strip()] = v.strip()
    return values


def _labelled_answer(kg, answer, fmt, lang):
    """A saved query's rows with each IRI's label beside it: a `<var>_label` column in CSV; in the SPARQL
    JSON results, a "label" member on each IRI binding (readers of the standard format ignore it)."""
    import pyoxigraph as ox

    names, table_ = answer.solutions()
    kg.prefetch({t.value for row in table_ for t in row if isinstance(t, ox.NamedNode)})
    if fmt == "json":
        _labelled_json(kg, answer, lang)
        return
    _labelled_csv(kg, names, table_, lang)


def _labelled_json(kg, answer, lang) -> None:
    """The SPARQL JSON results with a "label" member on each IRI binding."""
    import json as _json

    from ..output import to_json

    doc = _json.loads(answer.body)
    for v in (v for b in doc["results"]["bindings"] for v in b.values() if v.get("type") == "uri"):
        v["label"] = kg.label(v["value"], lang)
    click.echo(to_json(doc))


def _labelled_csv(kg, names: list[str], table_, lang) -> None:
    """The rows as CSV, a `<var>_label` column after each variable that holds IRIs."""
    import pyoxigraph as ox

    from ..output import to_csv

    uri_vars = {n for i, n in enumerate(names) if any(isinstance(r[i], ox.NamedNode) for r in table_)}
    headers = [h for n in names for h in ([n, f"{n}_label"] if n in uri_vars else [n])]
    echo_csv(to_csv(headers, [_labelled_row(kg, names, r, uri_vars, lang) for r in table_]))


def _labelled_row(kg, names: list[str], r, uri_vars: set, lang: str) -> list[str]:
    """One CSV row: each value, and after each variable that holds IRIs, the label of this row's IRI."""
    import pyoxigraph as ox

    row = []
    for n, t in zip(names, r):
        row.append("" if t is None else t.value)
        if n in uri_vars:
            row.append(kg.label(t.value, lang) if isinstance(t, ox.NamedNode) else "")
    return row
