"""The server's limits and guards, against real servers on loopback ports: runaway queries in killable
workers, capacity, abandoned requests, memory and body caps, Host and Origin checks, protocol details."""

import concurrent.futures
import time

import httpx
import pytest

from conftest import gxr
from test_server import Server

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def runaway(i: int) -> str:
    """A runaway query of its own (the same text asked again while it runs shares that run)."""
    return f"{RUNAWAY}\n# runaway {i}"
SIMPLE = "ASK { gxr:place/450224 gxo:locatedIn gxr:place/450200 }"
JSON = {"Accept": "application/sparql-results+json"}


@pytest.fixture(scope="module")
def nine(tmp_path_factory):
    s = Server("--timeout", "10", "--query-workers", "9", "--queue-wait", "1", cache=tmp_path_factory.mktemp("cache"))
    yield s
    s.stop()


def get(server, query, timeout=30, **kw):
    return httpx.get(server.base + "/sparql", params={"query": query}, headers=JSON, timeout=timeout, **kw)


def test_simple_query_answers_while_eight_runaways_run_then_capacity_then_recovery(nine):
    with concurrent.futures.ThreadPoolExecutor(12) as pool:
        slow = [pool.submit(get, nine, runaway(i)) for i in range(8)]
        time.sleep(0.8)
        r = get(nine, SIMPLE)
        assert r.status_code == 200 and r.json()["boolean"] is True
        assert not any(f.done() for f in slow)  # answered while the runaways still ran (no timing asserted)
        ninth = pool.submit(get, nine, runaway(8))
        busy = None
        for code in range(450225, 450265):  # queries not answered before (no cache), until all nine are taken
            time.sleep(0.1)
            busy = get(nine, f"ASK {{ gxr:place/{code} gxo:locatedIn gxr:place/450200 }}")
            if busy.status_code != 200 or all(f.done() for f in slow + [ninth]):
                break
        # refused once its wait in the queue is over, while the nine run
        assert busy.status_code == 503 and "busy" in busy.text and busy.headers["retry-after"] == "1"
        results = [f.result() for f in slow + [ninth]]
    assert all(r.status_code == 503 and "time limit" in r.text for r in results)
    assert get(nine, SIMPLE).status_code == 200  # killed workers are replaced when a query needs one


def test_abandoned_requests_free_their_workers(tmp_path):
    s = Server("--timeout", "30", "--query-workers", "2", cache=tmp_path)
    try:
        for i in range(2):
            with pytest.raises(httpx.ReadTimeout):
                get(s, runaway(i), timeout=0.5)
        time.sleep(1.5)  # well inside the 30 s limit: only the disconnects can have freed the workers
        r = get(s, SIMPLE, timeout=5)
        assert r.status_code == 200
    finally:
        s.stop()


def test_memory_cap_stops_a_query_with_its_own_message(tmp_path):
    # the time limit is a hang guard far above the seconds the query needs to reach 300 MB: the answer must
    # name the memory limit, not time. Predicates are always IRIs: STR of a blank node (the ontology's
    # owl:unionOf lists) is an error that ends a GROUP_CONCAT early, and memory would never grow.
    s = Server("--timeout", "180", "--memory", "300", "--query-workers", "2", cache=tmp_path)
    try:
        q = ("SELECT (GROUP_CONCAT(CONCAT(STR(?b), STR(?e), STR(?h)); separator=' ') AS ?x) "
             "WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
        r = get(s, q, timeout=240)
        assert r.status_code == 503 and "memory limit" in r.text, r.text
        assert get(s, SIMPLE).status_code == 200
    finally:
        s.stop()


def test_body_cap(nine):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 2_000_000
    r = httpx.post(nine.base + "/sparql", content=big.encode(), headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413


def test_host_header_is_checked(nine):
    assert httpx.get(nine.base + "/sparql", params={"query": SIMPLE}, headers={"Host": "evil.example"}).status_code == 400
    ok = httpx.get(nine.base + "/sparql", params={"query": SIMPLE}, headers={**JSON, "Host": f"localhost:{nine.port}"})
    assert ok.status_code == 200


def test_cross_origin_requests_are_refused(nine):
    r = httpx.post(nine.base + "/sparql", data={"query": SIMPLE}, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403 and "cross-origin" in r.text
    r = httpx.get(nine.base + "/sparql", params={"query": SIMPLE}, headers={"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "cors"})
    assert r.status_code == 403
    same = httpx.post(nine.base + "/sparql", data={"query": SIMPLE}, headers={**JSON, "Origin": nine.base})
    assert same.status_code == 200


def test_cors_origin_is_allowed_when_configured(tmp_path):
    s = Server("--cors", "https://app.example", "--query-workers", "1", cache=tmp_path)
    try:
        r = httpx.post(s.base + "/sparql", data={"query": SIMPLE}, headers={**JSON, "Origin": "https://app.example"})
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "https://app.example"
        assert httpx.post(s.base + "/sparql", data={"query": SIMPLE}, headers={"Origin": "http://evil.example"}).status_code == 403
    finally:
        s.stop()


@pytest.mark.parametrize("query, check", [
    ("SELECT ?p WHERE { ?p gxo:operatesRuralEcommerceIn gxr:place/450000 }", lambda r: len(r.getElementsByTagName("result")) == 4),
    ("ASK { ?s ?p ?o }", lambda r: r.getElementsByTagName("boolean")[0].firstChild.data == "true"),
    ("CONSTRUCT { ?s a gxo:Province } WHERE { ?s a gxo:Province }", lambda g: len(g) == 5),
    ("DESCRIBE gxr:org/jd", lambda g: len(g) > 0),
])
def test_sparqlwrapper_defaults_work_for_every_form(nine, query, check):
    from SPARQLWrapper import SPARQLWrapper

    w = SPARQLWrapper(nine.base + "/sparql")
    w.setQuery(query)
    assert check(w.query().convert())


def test_request_charset_is_honoured(nine):
    q = 'SELECT ?x WHERE { BIND("café" AS ?x) }'
    r = httpx.post(nine.base + "/sparql", content=q.encode("iso-8859-1"),
                   headers={**JSON, "Content-Type": "application/sparql-query; charset=ISO-8859-1"})
    assert r.json()["results"]["bindings"][0]["x"]["value"] == "café"


def test_graph_and_named_graph_protocol_parameters(nine):
    r = get(nine, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    graphs = [b["g"]["value"] for b in r.json()["results"]["bindings"]]
    assert "https://w3id.org/gxkg/graph/places" in graphs and len(graphs) == 4
    r = httpx.get(nine.base + "/sparql", headers=JSON, params={
        "query": "SELECT (COUNT(*) AS ?n) WHERE { ?s a gxo:County }", "default-graph-uri": "https://w3id.org/gxkg/graph/places"})
    assert r.json()["results"]["bindings"][0]["n"]["value"] == "111"
    r = httpx.get(nine.base + "/sparql", headers=JSON, params={
        "query": "SELECT (COUNT(*) AS ?n) WHERE { ?s a gxo:County }", "default-graph-uri": "https://w3id.org/gxkg/graph/sina-gx-2018-08-20"})
    assert r.json()["results"]["bindings"][0]["n"]["value"] == "0"


def test_engine_errors_are_500_with_one_line(nine):
    # an error raised while evaluating, not the client's syntax: a one-line 500 body
    r = get(nine, "SELECT * WHERE { BIND(xsd:integer('x') AS ?x) }")
    assert r.status_code in (200, 500)  # unbound per the spec; never a traceback
    assert "Traceback" not in r.text


def test_saved_queries_are_listed(nine):
    qs = httpx.get(nine.base + "/queries").json()
    assert {"products-from-place", "event-details"} <= {q["name"] for q in qs}
    assert all(q["description"] and q["url"].startswith("/queries/") for q in qs)


def test_search_is_bounded(nine):
    r = httpx.get(nine.base + "/search", params={"q": "百色" * 500, "limit": "100000"})
    assert r.status_code == 200
    assert httpx.get(nine.base + "/search", params={"q": "baise mangguo"}).json()[0]["iri"] == gxr("product/baise-mango")


def test_service_description_names_formats_and_graphs(nine):
    import pyoxigraph as ox

    r = httpx.get(nine.base + "/sparql", headers={"Accept": "application/n-triples"})
    triples = list(ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES))
    sd = "http://www.w3.org/ns/sparql-service-description#"
    formats = {t.object.value for t in triples if t.predicate.value == sd + "resultFormat"}
    assert "http://www.w3.org/ns/formats/SPARQL_Results_JSON" in formats and "http://www.w3.org/ns/formats/Turtle" in formats
    names = {t.object.value for t in triples if t.predicate.value == sd + "name"}
    assert "https://w3id.org/gxkg/graph/sina-gx-2018-08-20" in names


def test_trig_export_names_graphs_with_iris(runner):
    from gxkg.cli import main

    r = runner.invoke(main, ["export", "-f", "trig"])
    ds = ox_dataset(r.stdout_bytes if hasattr(r, "stdout_bytes") else r.output.encode())
    assert {"https://w3id.org/gxkg/graph/places", "https://w3id.org/gxkg/graph/sina-gx-2018-08-20"} <= ds
    assert all(g.startswith("https://w3id.org/gxkg/graph/") for g in ds)


def ox_dataset(data: bytes) -> set[str]:
    import pyoxigraph as ox

    return {q.graph_name.value for q in ox.parse(data, format=ox.RdfFormat.TRIG) if isinstance(q.graph_name, ox.NamedNode)}


def test_entity_pages_in_english(nine):
    en = httpx.get(nine.base + "/resource/place/451481", params={"lang": "en"})
    assert en.status_code == 200 and '<html lang="en">' in en.text and "<h1>Pingxiang" in en.text
    assert "Translation by gxkg" in en.text and "Border cities such as Pingxiang and Dongxing" in en.text
    assert "Guangxi e-commerce&#39;s new leap" in en.text  # the source's English title
    accept = httpx.get(nine.base + "/resource/place/451481", headers={"Accept-Language": "en-GB,en;q=0.9,zh;q=0.5"})
    assert '<html lang="en">' in accept.text and accept.headers["content-language"] == "en"
    zh = httpx.get(nine.base + "/resource/place/451481")
    assert '<html lang="zh">' in zh.text and "<h1>凭祥市" in zh.text and "Translation by gxkg" not in zh.text
    forum = httpx.get(nine.base + "/resource/event/china-asean-info-port-ecommerce-forum-2018", params={"lang": "en"})
    assert "derived" in forum.text and "New integration of the e-commerce industry" in forum.text
    ex = httpx.get(nine.base + "/explore", params={"around": "凭祥", "lang": "en"}, timeout=60)
    assert ex.status_code == 200 and '"lang":"en"' in ex.text


def test_search_endpoint_matches_like_the_cli(nine):
    def top(q):
        hits = httpx.get(nine.base + "/search", params={"q": q}).json()
        return hits[0]["iri"] if hits else None
    assert top("廣西") == gxr("place/450000")
    assert top("Liuzhou snail rice noodles") == gxr("product/liuzhou-luosifen")
    assert top("越南") is None and top("Vietnam") is None


def test_questions_over_http(nine):
    r = httpx.get(nine.base + "/ask", params={"q": "柳州螺蛳粉2017年销售额是多少？"}, headers={"Accept": "application/json"})
    data = r.json()
    assert r.status_code == 200 and data["answers"][0]["value"] == "3000000000" and "VALUES ?e" in data["sparql"]
    page = httpx.get(nine.base + "/ask", params={"q": "Which county is Hantang Village in?"})
    assert page.status_code == 200 and "Lingshan County" in page.text and 'id="sparql"' in page.text
    assert 'href="/?query=' in page.text and 'id="subgraph"' in page.text and "/explore?around=" in page.text
    no = httpx.get(nine.base + "/ask", params={"q": "What is the capital of France?"})
    assert no.status_code == 422 and "Cannot answer" in no.text
    assert 'action="/ask"' in httpx.get(nine.base + "/").text
    ex = httpx.get(nine.base + "/explore", params={"around": "融安"}, timeout=60).text
    assert 'action="/ask"' in ex and "form-action 'self'" in ex
    assert httpx.get(nine.base + "/ask").status_code == 400
