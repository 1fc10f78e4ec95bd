"""`gxkg serve` as a real process on a free loopback port, driven by real clients (gxkg.web).

SPARQLWrapper for every result format; httpx for content negotiation, errors, refusals,
the time limit and the pages.
"""

import concurrent.futures
import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from conftest import FIXTURES, gxr

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, *args, data=None, cache=None, env=None, preexec_fn=None):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        pre = ["--data", str(data)] if data else []
        env = dict(os.environ, **(env or {}))
        if cache:
            env["GXKG_CACHE_DIR"] = str(cache)
        import tempfile

        # the access log goes to a file: a pipe nobody reads would fill and stall the server
        self.logfile = tempfile.NamedTemporaryFile("w+", prefix="gxkg-serve-", suffix=".log", delete=False)
        self.proc = subprocess.Popen([sys.executable, "-m", "gxkg.cli", *pre, "serve", "--port", str(self.port), *args],
                                     stdout=self.logfile, stderr=subprocess.STDOUT, text=True, env=env,
                                     preexec_fn=preexec_fn)
        deadline = time.monotonic() + 180  # a loaded machine: two workers may take a minute to start
        while time.monotonic() < deadline:
            try:
                httpx.get(self.base + "/sparql", timeout=1)
                return
            except httpx.TransportError:
                if self.proc.poll() is not None:
                    raise RuntimeError(open(self.logfile.name, encoding="utf-8").read())
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def stop(self) -> str:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        with open(self.logfile.name, encoding="utf-8") as fh:
            out = fh.read()
        os.unlink(self.logfile.name)
        return out


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = Server("--timeout", "2", "--max-rows", "50", cache=tmp_path_factory.mktemp("cache"))
    yield s
    s.log = s.stop()


def wrapper(server, query, fmt):
    w = SPARQLWrapper.SPARQLWrapper(server.base + "/sparql")
    w.setQuery(query)
    w.setReturnFormat(fmt)
    w.setMethod(SPARQLWrapper.POST)
    return w.query().convert()


PLATFORMS = "SELECT ?p WHERE { ?p gxo:operatesRuralEcommerceIn gxr:place/450000 } ORDER BY ?p"
EXPECTED = [gxr("org/alibaba"), gxr("org/ganjie"), gxr("org/jd"), gxr("org/lecuntao")]


def test_sparqlwrapper_json(server):
    res = wrapper(server, PLATFORMS, SPARQLWrapper.JSON)
    assert [b["p"]["value"] for b in res["results"]["bindings"]] == EXPECTED


def test_sparqlwrapper_xml(server):
    doc = wrapper(server, PLATFORMS, SPARQLWrapper.XML)
    uris = [u.firstChild.data for u in doc.getElementsByTagName("uri")]
    assert uris == EXPECTED


def test_sparqlwrapper_csv_and_tsv(server):
    csv_text = wrapper(server, PLATFORMS, SPARQLWrapper.CSV).decode("utf-8")
    assert csv_text.splitlines() == ["p"] + EXPECTED
    tsv = wrapper(server, PLATFORMS, SPARQLWrapper.TSV).decode("utf-8")
    assert tsv.splitlines() == ["?p"] + [f"<{u}>" for u in EXPECTED]


def test_sparqlwrapper_ask_and_construct(server):
    assert wrapper(server, "ASK { gxr:place/450224 gxo:locatedIn gxr:place/450200 }", SPARQLWrapper.JSON)["boolean"] is True
    g = wrapper(server, "CONSTRUCT { ?s gxo:locatedIn ?o } WHERE { ?s gxo:locatedIn ?o . ?o a gxo:Province }",
                SPARQLWrapper.TURTLE)
    assert b"place/450100" in g
    g = wrapper(server, "DESCRIBE gxr:org/jd", SPARQLWrapper.JSONLD)
    assert len(g) > 0 and any(str(s) == gxr("org/jd") for s in g.subjects())


def test_get_and_post_forms(server):
    h = {"Accept": "application/sparql-results+json"}
    r1 = httpx.get(server.base + "/sparql", params={"query": PLATFORMS}, headers=h)
    r2 = httpx.post(server.base + "/sparql", data={"query": PLATFORMS}, headers=h)
    r3 = httpx.post(server.base + "/sparql", content=PLATFORMS.encode(), headers={**h, "Content-Type": "application/sparql-query"})
    assert r1.status_code == r2.status_code == r3.status_code == 200
    assert r1.json() == r2.json() == r3.json()
    assert r1.headers["content-type"].startswith("application/sparql-results+json")


@pytest.mark.parametrize("accept, ctype", [
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/html;q=0.5, application/sparql-results+json", "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("text/*", "text/csv"),
])
def test_select_content_negotiation(server, accept, ctype):
    r = httpx.get(server.base + "/sparql", params={"query": PLATFORMS}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(ctype)


def test_graph_content_negotiation_and_406(server):
    q = {"query": "CONSTRUCT { ?s a gxo:Province } WHERE { ?s a gxo:Province }"}
    for accept, ctype, marker in [("text/turtle", "text/turtle", "@prefix"), ("application/ld+json", "application/ld+json", "@id"),
                                  ("application/n-triples", "application/n-triples", "<https://w3id.org/gxkg/")]:
        r = httpx.get(server.base + "/sparql", params=q, headers={"Accept": accept})
        assert r.status_code == 200 and r.headers["content-type"].startswith(ctype) and marker in r.text
    r = httpx.get(server.base + "/sparql", params=q, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 406
    r = httpx.get(server.base + "/sparql", params={"query": PLATFORMS}, headers={"Accept": "image/png"})
    assert r.status_code == 406


def test_format_parameter_overrides_accept(server):
    r = httpx.get(server.base + "/sparql", params={"query": PLATFORMS, "format": "csv"}, headers={"Accept": "application/sparql-results+json"})
    assert r.headers["content-type"].startswith("text/csv")
    # a name that does not fit the query form is passed over: the Accept header decides
    r = httpx.get(server.base + "/sparql", params={"query": PLATFORMS, "format": "turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/sparql-results+json")
    r = httpx.get(server.base + "/sparql", params={"query": PLATFORMS, "format": "turtle"}, headers={"Accept": "image/png"})
    assert r.status_code == 406


FORMS = {"SELECT": (PLATFORMS, lambda out: "alibaba" in str(out.toxml() if hasattr(out, "toxml") else out)),
         "ASK": ("ASK { gxr:place/450224 gxo:locatedIn gxr:place/450200 }",
                 lambda out: "true" in str(out.toxml() if hasattr(out, "toxml") else out).lower()),
         "CONSTRUCT": ("CONSTRUCT { ?s a gxo:Province } WHERE { ?s a gxo:Province }", lambda out: "450000" in _text(out)),
         "DESCRIBE": ("DESCRIBE gxr:org/jd", lambda out: "org/jd" in _text(out))}


def _text(out) -> str:
    return out.serialize(format="nt") if hasattr(out, "serialize") else (out.decode() if isinstance(out, bytes) else str(out))


@pytest.mark.parametrize("form", list(FORMS))
@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv", "turtle", "n3", "rdf", "rdf+xml", "json-ld"])
def test_sparqlwrapper_defaults_work_for_every_form_and_format(server, form, fmt):
    """SPARQLWrapper's default GET sends format/output/results twice (a name and a media type) and the same
    name whatever the form; every form answers in every format it offers, never a 406."""
    import warnings

    w = SPARQLWrapper.SPARQLWrapper(server.base + "/sparql")
    query, check = FORMS[form]
    w.setQuery(query)
    w.setReturnFormat(fmt)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its own notes on names that do not fit the form
        assert check(w.query().convert())


def test_service_description(server):
    r = httpx.get(server.base + "/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    from rdflib import Graph, URIRef
    g = Graph().parse(data=r.text, format="turtle")
    SD = "http://www.w3.org/ns/sparql-service-description#"
    assert (None, URIRef(SD + "endpoint"), URIRef(server.base + "/sparql")) in g
    assert (None, URIRef(SD + "supportedLanguage"), URIRef(SD + "SPARQL11Query")) in g


@pytest.mark.parametrize("method, kwargs, status, message", [
    ("post", {"data": {"update": "INSERT DATA { <a:a> <a:b> <a:c> }"}}, 400, "read-only"),
    ("post", {"content": b"DELETE WHERE { ?s ?p ?o }", "headers": {"Content-Type": "application/sparql-update"}}, 400, "read-only"),
    ("get", {"params": {"query": "LOAD <http://example.org/x.ttl>"}}, 400, "read-only"),
    ("get", {"params": {"query": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"}}, 400, "SERVICE is refused"),
    ("get", {"params": {"query": "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"}}, 400, "may only name this store's graphs"),
    ("get", {"params": {"query": "SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }"}}, 400, "may only name this store's graphs"),
    ("get", {"params": {"query": "SELECT * WHERE { ?s ?p ?o }", "default-graph-uri": "http://example.org/g"}}, 400, "unknown graph"),
    ("get", {"params": {"query": "SELECT * WHERE { ?s ?p ?o }", "named-graph-uri": "file:///etc/passwd"}}, 400, "unknown graph"),
    ("get", {"params": {"query": "SELECT * WHERE { ?s ?p "}}, 400, "SPARQL syntax error at 1:"),
    ("get", {"params": [("query", "ASK {}"), ("query", "ASK {}")]}, 400, "more than one query"),
    ("post", {"data": {"query": ["ASK {}", "ASK {}"]}}, 400, "more than one query"),
    ("get", {"params": {"query": ""}}, 400, "empty query"),
])
def test_refusals_and_errors(server, method, kwargs, status, message):
    r = getattr(httpx, method)(server.base + "/sparql", **kwargs)
    assert r.status_code == status and message in r.text


def test_default_graph_uri_of_the_service_is_accepted(server):
    r = httpx.get(server.base + "/sparql", params={"query": "ASK { ?s ?p ?o }", "default-graph-uri": "https://w3id.org/gxkg/graph"},
                  headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.json()["boolean"] is True


def test_row_cap_is_reported(server):
    r = httpx.get(server.base + "/sparql", params={"query": "SELECT ?s WHERE { ?s a gxo:County }", "format": "json"})
    assert len(r.json()["results"]["bindings"]) == 50
    assert "50" in r.headers["x-gxkg-truncated"]


def test_runaway_query_is_stopped_while_others_are_served(server):
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with concurrent.futures.ThreadPoolExecutor(2) as pool:  # the 60 s client timeout is the hang guard
        slow = pool.submit(httpx.get, server.base + "/sparql", params={"query": runaway, "format": "json"}, timeout=60)
        time.sleep(0.3)
        fast = httpx.get(server.base + "/sparql", params={"query": PLATFORMS, "format": "json"}, timeout=10)
        answered_while_running = not slow.done()
        r = slow.result()
    assert fast.status_code == 200 and answered_while_running
    assert r.status_code == 503 and "timed out" in r.text  # stopped at the server's 2 s limit, not by the client


def test_saved_query_endpoint(server):
    r = httpx.get(server.base + "/queries/products-from-place", params={"place": "柳州市", "format": "json"})
    assert r.status_code == 200
    assert {b["product"]["value"] for b in r.json()["results"]["bindings"]} == {gxr("product/liuzhou-luosifen"), gxr("product/rongan-kumquat")}
    assert httpx.get(server.base + "/queries/nope").status_code == 404
    r = httpx.get(server.base + "/queries/products-from-place", params={"place": "火星"})
    assert r.status_code == 400 and "no entity named" in r.text


def test_resource_negotiation(server):
    url = server.base + "/resource/place/450224"
    html = httpx.get(url, headers={"Accept": "text/html"})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    for text in ("融安县", "Rong&#39;an County", "柳州市", "融安打造“电商+农民合作社+贫困户”模式", "/resource/place/450200", "/explore?around="):
        assert text in html.text
    ttl = httpx.get(url, headers={"Accept": "text/turtle"})
    from rdflib import Graph, URIRef
    g = Graph().parse(data=ttl.text, format="turtle")
    assert (URIRef(gxr("place/450224")), URIRef("https://w3id.org/gxkg/ontology#locatedIn"), URIRef(gxr("place/450200"))) in g
    jl = httpx.get(url, headers={"Accept": "application/ld+json"})
    assert jl.headers["content-type"].startswith("application/ld+json") and jl.json()
    nt = httpx.get(url, headers={"Accept": "application/n-triples"})
    assert nt.text.startswith("<") or "\n<" in nt.text
    assert httpx.get(url, headers={"Accept": "image/png"}).status_code == 406
    missing = httpx.get(server.base + "/resource/place/999999")
    assert missing.status_code == 404


def test_entity_page_shows_figures_and_evidence(server):
    r = httpx.get(server.base + "/resource/product/rongan-kumquat")
    assert "采用模式前售价" in r.text and "2元/斤" in r.text and "40元/斤" in r.text
    assert 'href="http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml"' in r.text


def test_ontology_pages(server):
    r = httpx.get(server.base + "/ontology")
    assert r.status_code == 200 and "gxo:County" in r.text and "县级行政区" in r.text and "County-level division" in r.text
    t = httpx.get(server.base + "/ontology", headers={"Accept": "text/turtle"})
    assert "owl:Ontology" in t.text


def test_query_and_explore_pages(server):
    home = httpx.get(server.base + "/")
    assert home.status_code == 200 and "products-from-place" in home.text and "VALUES ?place" in home.text
    assert "<script src=" not in home.text and "<link rel=\"stylesheet\"" not in home.text  # works offline
    ex = httpx.get(server.base + "/explore", params={"around": "融安"}, timeout=60)
    assert ex.status_code == 200 and "gxkg-data" in ex.text
    assert httpx.get(server.base + "/explore", params={"around": "火星"}, timeout=60).status_code == 404


def test_html_results_link_to_entity_pages(server):
    r = httpx.get(server.base + "/sparql", params={"query": PLATFORMS}, headers={"Accept": "text/html"})
    assert r.status_code == 200 and 'href="/resource/org/alibaba"' in r.text and "阿里巴巴" in r.text


def test_binds_loopback_only_by_default(server):
    out = subprocess.run(["hostname", "-I"], capture_output=True, text=True).stdout.split()
    others = [ip for ip in out if not ip.startswith("127.") and ":" not in ip]
    if not others:
        pytest.skip("this machine has no non-loopback IPv4 address to try")
    with pytest.raises(httpx.TransportError):
        httpx.get(f"http://{others[0]}:{server.port}/sparql", timeout=2)


def test_hostile_text_is_escaped_in_every_page(tmp_path):
    s = Server(data=FIXTURES / "xss", cache=tmp_path)
    try:
        page = httpx.get(s.base + "/resource/test/evil").text
        assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
        assert "<script>alert" not in page and 'href="javascript' not in page
        onto = httpx.get(s.base + "/ontology").text
        assert "<script>alert" not in onto
        res = httpx.get(s.base + "/sparql", params={"query": "SELECT ?l WHERE { ?s rdfs:label ?l }"}, headers={"Accept": "text/html"}).text
        assert "<img src=x" not in res and "&lt;/script&gt;&lt;script&gt;alert(2)" in res
        ex = httpx.get(s.base + "/explore", timeout=60).text
        assert "<img src=x" not in ex
    finally:
        s.stop()


def test_graceful_shutdown_and_access_log(tmp_path):
    s = Server(cache=tmp_path)
    httpx.get(s.base + "/sparql", params={"query": "ASK { ?s ?p ?o }"})
    log = s.stop()
    # uvicorn finishes its requests, then re-raises the SIGTERM it caught (exit status -15)
    assert s.proc.returncode in (0, -15)
    assert "Shutting down" in log and "Finished server process" in log
    assert '"GET /sparql?query=ASK' in log and "200 OK" in log
