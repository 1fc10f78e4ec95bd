"""gxkg on real SPARQL engines started by the tests (conftest: `oxigraph serve` from PyPI and Virtuoso open
source from Debian), loaded by `gxkg store push` with one named graph per file, beside another user's triples:
the same answers as the embedded store, the other user's triples never in them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pyoxigraph as ox
import pytest

from conftest import DATA, gxr
from gxkg.cli import main

GRAPHS = ["https://w3id.org/gxkg/graph/" + n for n in ("derived", "gxkg", "places", "sina-gx-2018-08-20")]


def run(runner, *args, code=0):
    r = runner.invoke(main, list(args), catch_exceptions=False)
    assert r.exit_code == code, f"exit {r.exit_code}: {r.output}"
    return r.output


@pytest.fixture(params=["oxigraph", "virtuoso"])
def engine(request, kg):
    """The --endpoint of each engine (oxigraph: the session's `endpoint`)."""
    return request.getfixturevalue("endpoint" if request.param == "oxigraph" else "virtuoso")


# Commands whose answers must be identical on every backend (JSON compared as data, text as text).
SAME = [
    ["search", "百色", "-f", "json"],
    ["show", "百色市", "-f", "json"],
    ["show", "融安县", "--lang", "en"],
    ["neighbors", "百色市", "-f", "json"],
    ["path", "融安县", "广西壮族自治区", "-f", "json"],
    ["stats", "-f", "json"],
    ["list", "-f", "json"],
    ["figures", "-f", "csv"],
    ["query", "place-ancestors", "-p", "place=融安县", "-f", "json"],
    ["ask", "融安县在哪个市？"],
    ["ask", "Which prefecture is Rong'an County in?"],
    ["ask", "Which products come from Nanning?"],  # the places in Nanning bound inline, sentences looked up after
    ["ask", "螺蛳粉跟哪些地方有关联？"],
    ["sparql", "-f", "csv", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"],
    ["sparql", "-f", "csv", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"],
    ["sparql", "-f", "csv", "SELECT ?c WHERE { ?c a gxo:Prefecture } ORDER BY ?c"],
    ["sparql", "-f", "csv", "SELECT ?s WHERE { ?s rdfs:label \"百色\"@zh } ORDER BY ?s"],
]


def _same(a: str, b: str) -> bool:
    try:
        return json.loads(a) == json.loads(b)
    except ValueError:
        return a == b


@pytest.mark.parametrize("args", SAME, ids=[" ".join(a[:2]) for a in SAME])
def test_answers_are_identical_on_every_engine(runner, engine, args):
    embedded = run(runner, *args)
    remote = run(runner, "--endpoint", engine, *args)
    assert _same(embedded, remote), f"{args}:\n--- embedded\n{embedded[:1500]}\n--- {engine}\n{remote[:1500]}"


def test_push_wrote_one_named_graph_per_file(runner, engine):
    info = json.loads(run(runner, "--endpoint", engine, "store", "info", "-f", "json"))
    local = json.loads(run(runner, "store", "info", "-f", "json"))
    assert sorted(g["graph"] for g in info["graphs"]) == GRAPHS
    assert {g["graph"]: g["triples"] for g in info["graphs"]} == {g["graph"]: g["triples"] for g in local["graphs"]}
    assert info["triples"] == local["triples"]


def test_other_users_triples_never_appear(runner, engine):
    """The endpoints hold <https://example.org/other/s> labelled 百色, a gxo:City, in another graph (and
    Oxigraph's default graph too): no answer may show it."""
    for args in (["search", "百色", "-f", "json"], ["sparql", "-f", "json", "SELECT * WHERE { ?s ?p ?o }"],
                 ["sparql", "-f", "json", "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"], ["export", "-f", "nquads"]):
        assert "example.org/other" not in run(runner, "--endpoint", engine, *args), args


def test_named_graphs_survive_export_and_graph_queries(runner, engine):
    def per_graph(text):
        quads = list(ox.parse(text.encode(), format=ox.RdfFormat.N_QUADS))
        return {g: sum(1 for q in quads if q.graph_name.value == g) for g in {q.graph_name.value for q in quads}}

    local = per_graph(run(runner, "export", "-f", "nquads"))
    assert per_graph(run(runner, "--endpoint", engine, "export", "-f", "nquads")) == local and sorted(local) == GRAPHS
    rows = run(runner, "--endpoint", engine, "sparql", "-f", "csv",
               f"SELECT ?p WHERE {{ GRAPH <{GRAPHS[2]}> {{ <{gxr('place/450224')}> gxo:locatedIn ?p }} }}")
    assert gxr("place/450200") in rows


def test_a_graph_option_reads_only_that_graph(runner, engine):
    out = run(runner, "--endpoint", engine, "--graph", GRAPHS[1], "sparql", "-f", "csv",
              "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    local = json.loads(run(runner, "store", "info", "-f", "json"))
    assert out.split()[-1] == str(next(g["triples"] for g in local["graphs"] if g["graph"] == GRAPHS[1]))
    out = run(runner, "--endpoint", engine, "sparql", "-f", "csv",
              "SELECT (COUNT(*) AS ?n) FROM <https://example.org/other> WHERE { ?s ?p ?o }", code=2)
    assert "may only name this store's graphs" in out


def test_engines_are_detected(runner, endpoint, virtuoso):
    assert json.loads(run(runner, "--endpoint", endpoint, "store", "info", "-f", "json"))["dialect"] == "oxigraph"
    assert json.loads(run(runner, "--endpoint", virtuoso, "store", "info", "-f", "json"))["dialect"] == "virtuoso"


def test_virtuoso_values_before_a_path_are_bound_safely(runner, virtuoso):
    """Virtuoso answers `VALUES ?e {…} ?e gxo:locatedIn+ ?p . ?p a ?c` with every place: gxkg binds by BIND."""
    q = "SELECT ?place WHERE { ?e gxo:locatedIn+ ?place . ?place a gxo:Prefecture }"
    from gxkg.store.remote import RemoteStore

    for dialect, right in (("virtuoso", True), ("generic", False)):
        st = RemoteStore(virtuoso, prefixes={"gxo": "https://w3id.org/gxkg/ontology#"}, dialect=dialect)
        rows = st.select(q, {"e": ox.NamedNode(gxr("place/450224"))})
        st.close()
        assert ([r["place"].value for r in rows] == [gxr("place/450200")]) is right, (dialect, len(rows))


def test_virtuoso_push_needs_and_takes_digest_credentials(runner, virtuoso, tmp_path):
    gsp = virtuoso.replace("/sparql", "/sparql-graph-crud-auth")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GXKG_ENDPOINT_")}
    env.update(GXKG_CACHE_DIR=str(tmp_path), HOME=str(tmp_path), NETRC=str(tmp_path / "netrc"))
    # --replace: the graphs are already there (the fixture pushed them), and adding them again (POST) would add
    # a second copy of every blank node (the ontology's owl:unionOf lists), which later tests would then see
    cmd = [sys.executable, "-m", "gxkg.cli", "store", "push", "--replace", gsp]
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert p.returncode == 1 and "401" in p.stderr and "GXKG_ENDPOINT_USER" in p.stderr
    p = subprocess.run(cmd, capture_output=True, text=True, env={**env, "GXKG_ENDPOINT_USER": "dba",
                                                                   "GXKG_ENDPOINT_PASSWORD": "not-the-password"})
    assert p.returncode == 1 and "401" in p.stderr and "not-the-password" not in p.stderr + p.stdout
    (tmp_path / "netrc").write_text("machine 127.0.0.1 login dba password dba\n")
    os.chmod(tmp_path / "netrc", 0o600)
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert p.returncode == 0 and p.stdout.count("\t20") == 4, p.stderr
    assert "dba" not in p.stdout + p.stderr


def test_credentials_bearer_basic_and_netrc_reach_the_server(tmp_path, monkeypatch):
    """Against a loopback server that records the Authorization header: a bearer token from
    GXKG_ENDPOINT_TOKEN, Basic after a Basic challenge, and ~/.netrc; none of them printed."""
    from test_remote_hostile import ONE_ROW, hostile, send

    seen = []

    def guarded(h, body):
        seen.append(h.headers.get("Authorization"))
        if not h.headers.get("Authorization"):
            send(h, 401, b"who are you", "text/plain", [("WWW-Authenticate", 'Basic realm="x"')])
        else:
            send(h, body=ONE_ROW)

    from gxkg.store.remote import RemoteStore

    for k in ("GXKG_ENDPOINT_TOKEN", "GXKG_ENDPOINT_USER", "GXKG_ENDPOINT_PASSWORD", "GXKG_ENDPOINT_AUTH"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("NETRC", str(tmp_path / "netrc"))
    with hostile(guarded) as (base, _):
        monkeypatch.setenv("GXKG_ENDPOINT_TOKEN", "tok-123")
        st = RemoteStore(base + "/sparql", graphs=["https://w3id.org/gxkg/graph/x"], dialect="generic")
        assert st.select("SELECT ?n WHERE { ?s ?p ?n }")[0]["n"].value == "9876543"
        assert seen[-1] == "Bearer tok-123" and "tok-123" not in repr(st.credentials)
        monkeypatch.delenv("GXKG_ENDPOINT_TOKEN")
        (tmp_path / "netrc").write_text("machine 127.0.0.1 login ann password pw-456\n")
        seen.clear()
        st = RemoteStore(base + "/sparql", graphs=["https://w3id.org/gxkg/graph/x"], dialect="generic")
        st.select("SELECT ?n WHERE { ?s ?p ?n }")
        import base64

        assert seen == [None, "Basic " + base64.b64encode(b"ann:pw-456").decode()]
        assert "pw-456" not in repr(st.credentials) and "ann" in repr(st.credentials)


def test_bad_dialect_and_graph_without_endpoint_are_usage_errors(runner):
    assert "--endpoint only" in run(runner, "--graph", GRAPHS[0], "show", "百色", code=2)
    assert "is not one of" in run(runner, "--endpoint", "http://127.0.0.1:1/sparql", "--dialect", "nope",
                                   "show", "百色", code=2)


def test_errors_of_each_dialect_are_one_line():
    from gxkg.store.dialects import DIALECTS, detect

    assert DIALECTS["qlever"].error_message('{"exception": "Invalid SPARQL query: token x", "query": "x"}') == \
        "Invalid SPARQL query: token x"
    v = DIALECTS["virtuoso"]
    msg = v.error_message("Virtuoso 37000 Error SP030: SPARQL compiler, line 3: syntax error at 'x' before '}'\n\nSPARQL query:\n...")
    assert v.syntax_error(msg) == (3, None, ": at 'x' before '}'")
    assert v.fix_results(b'{"type": "bnode", "value": "nodeID://b1001"}') == b'{"type": "bnode", "value": "b1001"}'
    xb = "http://www.w3.org/2001/XMLSchema#boolean"
    assert v.fix_results(f'{{"type": "typed-literal", "datatype": "{xb}", "value": "1" }}'.encode()) == \
        f'{{"type": "typed-literal", "datatype": "{xb}", "value": "true" }}'.encode()
    assert v.fix_graph(f'<a:s> <a:p> "0"^^<{xb}> .'.encode()) == f'<a:s> <a:p> "false"^^<{xb}> .'.encode()
    assert detect("Virtuoso/07.20.3229 (Linux) x86_64-pc-linux-gnu", "http://h/sparql").name == "virtuoso"
    assert detect("Oxigraph/0.5.13", "http://h/query").name == "oxigraph"
    assert detect("", "http://h:7200/repositories/gx").name == "graphdb"
    assert detect("", "http://h/sparql").name == "generic"


DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"


def _decimals_by_value(ds):
    """The dataset with xsd:decimal literals in one lexical form per value: stores write decimals canonically
    (11.0 is kept as 11, the same value); every other term must come back exactly as written."""
    from decimal import Decimal

    def norm(t):
        if isinstance(t, ox.Literal) and t.datatype.value == DECIMAL:
            v = Decimal(t.value).normalize()
            return ox.Literal(format(v, "f"), datatype=t.datatype)
        return t

    return ox.Dataset(ox.Quad(q.subject, q.predicate, norm(q.object), q.graph_name) for q in ds)


def _files_dataset():
    """ontology/gxkg.ttl and graph/*.ttl as written, each file in its named graph."""
    from gxkg.kg import default_files, graph_iri

    ds = ox.Dataset()
    for f in default_files():
        for t in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE):
            ds.add(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(graph_iri(f))))
    return ds


@pytest.mark.parametrize("which", ["embedded", "oxigraph", "virtuoso"])
def test_exports_are_the_files_as_written(runner, request, tmp_path, which):
    """Every store gives back the built files: offsets keep their datatype (Oxigraph's store turned
    xsd:nonNegativeInteger into xsd:integer, so the embedded store and Oxigraph differed from the files and
    broke the project's own shapes)."""
    opts = [] if which == "embedded" else ["--endpoint", request.getfixturevalue(
        "endpoint" if which == "oxigraph" else "virtuoso")]
    run(runner, *opts, "export", "-f", "nquads", "-o", str(tmp_path / "out.nq"))
    got = _decimals_by_value(ox.Dataset(ox.parse(path=str(tmp_path / "out.nq"), format=ox.RdfFormat.N_QUADS)))
    want = _decimals_by_value(_files_dataset())
    for d in (got, want):
        d.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    assert len(got) == len(want) > 5000
    assert got == want, sorted(str(q) for q in want if q not in got)[:5]


def test_the_export_conforms_to_the_shapes(runner, tmp_path):
    import pyshacl
    from rdflib import Graph

    run(runner, "export", "-f", "turtle", "-o", str(tmp_path / "out.ttl"))
    data = Graph().parse(tmp_path / "out.ttl", format="turtle")
    from gxkg.vocab import shapes_turtle

    shapes = Graph().parse(DATA / "ontology" / "shapes.ttl", format="turtle").parse(data=shapes_turtle(), format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    assert conforms, text[:2000]
