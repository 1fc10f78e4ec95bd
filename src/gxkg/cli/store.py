"""`gxkg store`: build the store, see what it holds, push it to a SPARQL server."""

from __future__ import annotations

from pathlib import Path

import click

from .base import emit, main, output_options, settings


@main.group()
def store():
    """The store under every command: build it, see what it holds, load it into a SPARQL server."""


@store.command("build")
@click.option("--output", "-o", type=click.Path(file_okay=False), help="Build into this directory (default: the cache).")
@click.option("--force", is_flag=True, help="Rebuild an existing store directory.")
@click.pass_obj
def store_build(obj, output, force):
    """Build the embedded store (each file a named graph, plus the name index) from ontology/ and graph/."""
    from ..kg import build_store, cache_dir, default_files
    from ..store.build import content_hash

    files = default_files(Path(obj.data) if obj.data else None)
    digest = None if output else content_hash(files)  # a store built elsewhere hashes its files beside the load
    dest = Path(output) if output else cache_dir() / "stores" / digest[:24]
    meta = build_store(files, dest, force=force or not output, quiet=True, digest=digest)
    click.echo(f"{dest}\t{meta['triples']} triples\t{len(meta['files'])} graphs\t{meta['seconds']} s")


@store.command("info")
@output_options(["table", "json"])
@click.pass_obj
def store_info(obj, lang, fmt):
    """Which store the commands read, its named graphs and their sizes (for an endpoint: its engine too).
    Passwords and tokens in an endpoint's URL are shown as ***."""
    lang, fmt = settings(obj, lang, fmt)
    st = obj.kg.store
    meta = getattr(st, "meta", {}) or {}
    graphs = meta.get("files") or [{"graph": g} for g in st.named_graphs()]
    data = {"backend": st.kind, "location": st.location, "triples": st.triple_count(),
            "graphs": graphs, "built": meta.get("built"), "hash": meta.get("hash")}
    rows = [["backend", st.kind], ["location", st.location]]
    if st.kind == "remote":
        data["dialect"] = st.dialect.name
        data["credentials"] = repr(st.credentials) if st.credentials else None
        rows += [["dialect", f"{st.dialect.name} ({st.dialect.title})"]]
        if st.credentials:
            rows += [["credentials", data["credentials"]]]
        if not graphs:
            rows += [["graph", "(the endpoint's default graph: no gxkg graphs found)"]]
    rows += [["triples", data["triples"]]]
    rows += [["graph", f"{g['graph']} ({g.get('triples', '?')} triples{', ' + g['name'] if g.get('name') else ''})"]
             for g in data["graphs"]]
    emit(fmt, ["key", "value"], rows, data)


@store.command("push")
@click.argument("gsp_url", metavar="GRAPH-STORE-URL")
@click.option("--replace", is_flag=True, help="Replace each of gxkg's graphs there (HTTP PUT) instead of adding to it.")
@click.pass_obj
def store_push(obj, gsp_url, replace):
    """Load ontology/ and graph/ into a SPARQL server, each file into its own named graph (SPARQL 1.1 Graph
    Store HTTP Protocol, ?graph=IRI); other graphs there are left alone. Then run commands with --endpoint:
    they read the union of these graphs only.

    \b
    Oxigraph: http://HOST:7878/store            (then --endpoint http://HOST:7878/query)
    Virtuoso: http://HOST:8890/sparql-graph-crud-auth   (then --endpoint http://HOST:8890/sparql)
    Fuseki:   http://HOST:3030/DATASET/data     (then --endpoint http://HOST:3030/DATASET/sparql)
    Credentials (Basic or Digest, as the server asks; or a bearer token): GXKG_ENDPOINT_USER and
    GXKG_ENDPOINT_PASSWORD, GXKG_ENDPOINT_TOKEN, user:password in the URL, or ~/.netrc. Never printed."""
    from ..kg import default_files, graph_iri
    from ..store.remote import push

    files = default_files(Path(obj.data) if obj.data else None)
    for name, graph, status in push(gsp_url, files, graph_iri, replace=replace):
        click.echo(f"{name}\t<{graph}>\t{status}")
