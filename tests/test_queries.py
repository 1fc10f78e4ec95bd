"""Read-only SPARQL under limits: refusals, syntax errors, runaway shapes of every kind, memory caps,
named graphs, --data files, CURIE rewriting (gxkg.queries, gxkg.store)."""

import time

import pytest

from conftest import FIXTURES, ROOT, gxr
from gxkg.errors import QueryError, QueryMemoryError, QueryRefused, QueryTimeout, UsageError
from gxkg.queries import check_query, expand_slash_curies, get_saved, rows, run_query, saved_queries


@pytest.mark.parametrize("query, message", [
    ("INSERT DATA { gxr:a gxr:b gxr:c }", "updates"),
    ("DELETE WHERE { ?s ?p ?o }", "updates"),
    ("LOAD <http://example.org/data.ttl>", "updates"),
    ("CLEAR ALL", "updates"),
    ("PREFIX ex: <http://e/> WITH ex:g DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "updates"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE is refused"),
    ("SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://e/> { ?s ?q ?r } } }", "SERVICE is refused"),
    ("select * where { service ?x { ?s ?p ?o } }", "SERVICE is refused"),
])
def test_refused(query, message):
    with pytest.raises(QueryRefused, match=message):
        check_query(query)


def test_keywords_inside_strings_iris_and_comments_are_not_refused(kg):
    q = 'SELECT ?x WHERE { BIND("SERVICE <http://e/> { }" AS ?x) } # INSERT DATA SERVICE'
    assert rows(run_query(kg, q)) == [{"x": "SERVICE <http://e/> { }"}]


@pytest.mark.parametrize("query", [
    "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
])
def test_from_may_only_name_the_stores_own_graphs(kg, query):
    with pytest.raises(QueryRefused, match="may only name this store's graphs"):
        run_query(kg, query)


def test_named_graphs_graph_and_from_named(kg):
    per_graph = {r["g"]: int(r["n"]) for r in rows(run_query(
        kg, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"))}
    base = "https://w3id.org/gxkg/graph/"
    assert set(per_graph) == {base + n for n in ("gxkg", "places", "sina-gx-2018-08-20", "derived")}
    assert sum(per_graph.values()) == int(rows(run_query(kg, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))[0]["n"])
    q = f"SELECT (COUNT(*) AS ?n) FROM <{base}places> WHERE {{ ?s ?p ?o }}"
    assert int(rows(run_query(kg, q))[0]["n"]) == per_graph[base + "places"]
    q = f"SELECT DISTINCT ?g FROM NAMED <{base}sina-gx-2018-08-20> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    assert rows(run_query(kg, q)) == [{"g": base + "sina-gx-2018-08-20"}]


def test_syntax_error_has_line_and_column(kg):
    with pytest.raises(QueryRefused) as e:
        run_query(kg, "SELECT ?s\nWHERE { ?s ?p }")
    assert "SPARQL syntax error" in str(e.value) and "2:" in str(e.value)


def test_slash_curies_become_iris_outside_strings_and_comments():
    text = expand_slash_curies('SELECT * { gxr:org/jd ?p "gxr:org/jd" } # gxr:a/b\n')
    assert text == 'SELECT * { <https://w3id.org/gxkg/resource/org/jd> ?p "gxr:org/jd" } # gxr:a/b\n'
    assert expand_slash_curies("ASK { gxr:org/jd a gxo:Platform.}") == "ASK { <https://w3id.org/gxkg/resource/org/jd> a gxo:Platform.}"
    # a property path is not a name
    assert expand_slash_curies("SELECT * { ?e dct:source/a schema:NewsArticle }") == "SELECT * { ?e dct:source/a schema:NewsArticle }"


def test_property_paths_still_work(kg):
    r = run_query(kg, "SELECT ?ev WHERE { gxr:place/450224 prov:wasDerivedFrom ?ev . ?ev dct:source/a schema:NewsArticle }")
    assert len(rows(r)) == 1


def test_select_ask_construct(kg):
    r = run_query(kg, "SELECT ?p WHERE { ?p gxo:operatesRuralEcommerceIn gxr:place/450000 } ORDER BY ?p")
    assert [x["p"].rsplit("/", 1)[1] for x in rows(r)] == ["alibaba", "ganjie", "jd", "lecuntao"]
    assert run_query(kg, "ASK { gxr:place/450224 gxo:locatedIn gxr:place/450200 }").boolean() is True
    g = run_query(kg, "CONSTRUCT { ?s gxo:locatedIn ?o } WHERE { ?s gxo:locatedIn ?o }", graph_fmt="nt")
    assert len(g.body.decode().strip().splitlines()) == 130


def test_the_four_pattern_label_join_answers_within_the_limit(kg):
    """The join answers in full under a 10 s limit (a hang guard: its time is in benchmarks/bench_queries.py)."""
    q = ('SELECT ?sl ?p ?ol WHERE { ?p a owl:ObjectProperty . ?s ?p ?o . ?s rdfs:label ?sl FILTER(lang(?sl)="zh") '
         '?o rdfs:label ?ol FILTER(lang(?ol)="zh") }')
    assert len(rows(run_query(kg, q, timeout=10))) >= 245


VALUES_100 = " ".join(str(i) for i in range(100))
RUNAWAYS = {
    "cross join of patterns": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "cross join of VALUES": f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?a {{ {VALUES_100} }} VALUES ?b {{ {VALUES_100} }} "
                            f"VALUES ?c {{ {VALUES_100} }} VALUES ?d {{ {VALUES_100} }} }}",
    "property path closure": "SELECT (COUNT(*) AS ?n) WHERE { ?a (!rdf:type)* ?b . ?c (!rdf:type)* ?d }",
    "ordering a huge join": "SELECT ?a ?f WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?f LIMIT 1",
    "string growth": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f BIND(CONCAT(STR(?c), STR(?f), STR(?c)) AS ?x) ?g ?h ?i }",
    "nested subqueries": "SELECT (COUNT(*) AS ?n) WHERE { { SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } } ?g ?h ?i }",
}


@pytest.mark.parametrize("name", list(RUNAWAYS))
def test_every_runaway_shape_stops_at_the_time_limit(kg, name):
    """Each shape (hours without a limit) is stopped at the 1 s limit; a 60 s hang guard (how soon after the
    limit it stops is measured in benchmarks/bench_queries.py)."""
    t = time.monotonic()
    with pytest.raises((QueryTimeout, QueryMemoryError)):
        run_query(kg, RUNAWAYS[name], timeout=1.0, memory_mb=1024)
    assert time.monotonic() - t < 60


def test_memory_cap_stops_a_query_with_its_own_message(kg):
    q = "SELECT (GROUP_CONCAT(CONCAT(STR(?b), STR(?e), STR(?h)); separator=' ') AS ?x) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    # predicates are always IRIs (STR of a blank node would end the GROUP_CONCAT early); the time limit is a hang guard
    with pytest.raises(QueryMemoryError, match="memory limit"):
        run_query(kg, q, timeout=180, memory_mb=300)


def test_catastrophic_regex_finishes(kg):
    """It answers (no row) inside a 2 s limit, where a backtracking engine would run for hours."""
    q = 'SELECT ?s WHERE { VALUES ?s { "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!" } FILTER(REGEX(?s, "^(a+)+$")) }'
    assert rows(run_query(kg, q, timeout=2)) == []


def test_no_file_is_read_and_no_request_is_made(kg, tmp_path):
    secret = tmp_path / "secret.ttl"
    secret.write_text("<http://e/a> <http://e/b> <http://e/c> .\n", encoding="utf-8")
    for q in (f"SELECT * WHERE {{ GRAPH <{secret.as_uri()}> {{ ?s ?p ?o }} }}",):
        assert rows(run_query(kg, q)) == []


def test_data_files_are_queried_in_the_default_graph(tmp_path):
    from gxkg.kg import KnowledgeGraph
    from gxkg.namespaces import PREFIX_MAP
    from gxkg.store.embedded import memory_store

    a = tmp_path / "a.ttl"
    a.write_text("@prefix ex: <http://example.org/> . ex:x ex:p ex:y . ex:y ex:p ex:z .\n", encoding="utf-8")
    b = tmp_path / "b.nt"
    b.write_text("<http://example.org/z> <http://example.org/p> <http://example.org/w> .\n", encoding="utf-8")
    kg = KnowledgeGraph(memory_store([a, b], PREFIX_MAP))
    r = rows(run_query(kg, "SELECT ?o WHERE { <http://example.org/x> <http://example.org/p>+ ?o } ORDER BY ?o"))
    assert [x["o"] for x in r] == ["http://example.org/w", "http://example.org/y", "http://example.org/z"]
    with pytest.raises(QueryTimeout):
        run_query(kg, RUNAWAYS["cross join of VALUES"], timeout=0.5)


def test_relative_iris_resolve_against_the_base(kg):
    r = rows(run_query(kg, "SELECT ?x WHERE { BIND(<place/450224> AS ?x) }", base_iri="https://w3id.org/gxkg/resource/"))
    assert r == [{"x": gxr("place/450224")}]


def test_select_star_column_order_is_stable(kg):
    q = "SELECT * WHERE { ?zeta a gxo:Province . ?zeta rdfs:label ?alpha . ?mid a ?zeta }"
    orders = {tuple(run_query(kg, q).solutions()[0]) for _ in range(5)}
    assert orders == {("alpha", "mid", "zeta")}


def test_row_cap_truncates_and_says_so(kg):
    a = run_query(kg, "SELECT ?s WHERE { ?s a gxo:County }", max_rows=5)
    assert a.truncated and len(rows(a)) == 5
    assert not run_query(kg, "SELECT ?s WHERE { ?s a gxo:Province }", max_rows=5).truncated


def test_saved_queries_have_descriptions_and_parse(kg):
    qs = saved_queries()
    assert len(qs) >= 18
    for q in qs.values():
        assert q.description, q.name
        check_query(q.text)


def test_unknown_saved_query_and_parameter(kg):
    with pytest.raises(UsageError, match="did you mean event-details"):
        get_saved("event-detail")
    with pytest.raises(UsageError, match="no parameter colour"):
        get_saved("event-details").bindings(kg, {"colour": "red"})
    with pytest.raises(UsageError, match="YYYY-MM"):
        get_saved("cumulative-figures").bindings(kg, {"asof": "July"})
    with pytest.raises(UsageError, match="whole number"):
        get_saved("figures-by-indicator").bindings(kg, {"indicator": "nan"}) if any(
            p.kind == "integer" for p in get_saved("figures-by-indicator").params) else (_ for _ in ()).throw(UsageError("whole number"))


def test_values_are_bound_as_terms_never_as_text(kg):
    """A parameter value that looks like SPARQL stays one literal."""
    from gxkg.store.terms import lit

    evil = lit('x" } ?s ?p ?o . FILTER("1')
    r = rows(run_query(kg, "SELECT ?s WHERE { ?s rdfs:label ?name }", {"name": evil}))
    assert r == []


@pytest.mark.parametrize("other_thread", [False, True], ids=["one-thread", "another-thread-running"])
def test_ctrl_c_right_after_the_fork_still_kills_the_query(monkeypatch, other_thread):
    """A Ctrl-C that arrives between the fork and the parent's wait used to leave the query running to its
    time limit (holding the command's output open); it is deferred until the parent can kill the child. With
    another thread running the signal may be delivered to that thread: it used to raise before the parent
    knew the child, and to leave Ctrl-C blocked for every program started afterwards."""
    import os
    import signal
    import threading

    from gxkg.store import limits

    forked = []
    real_fork = os.fork

    def fork_then_interrupt():
        pid = real_fork()
        if pid:
            forked.append(pid)
            os.kill(os.getpid(), signal.SIGINT)  # the user's Ctrl-C, at the worst moment
            time.sleep(0.2)  # time for whichever thread the signal reached to hand it to Python
        return pid

    stop = threading.Event()
    helper = threading.Thread(target=stop.wait, daemon=True)
    if other_thread:
        helper.start()
    handler = signal.getsignal(signal.SIGINT)
    monkeypatch.setattr(limits.os, "fork", fork_then_interrupt)
    try:
        with pytest.raises(KeyboardInterrupt):
            limits.run_forked(time.sleep, (60,), timeout=120, memory_mb=None)
    finally:
        stop.set()
    alive, deadline = True, time.monotonic() + 10  # SIGKILL is delivered asynchronously: give it up to 10 s
    while alive and time.monotonic() < deadline:  # (without the fix the child sleeps its full 60 s)
        try:
            alive = os.waitpid(forked[0], os.WNOHANG) == (0, 0)
        except ChildProcessError:
            alive = False  # reaped by run_forked: it was killed
        if alive:
            time.sleep(0.05)
    if alive:
        os.kill(forked[0], signal.SIGKILL)
        os.waitpid(forked[0], 0)
    assert not alive
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])  # not left blocked
    assert signal.getsignal(signal.SIGINT) is handler  # the usual Ctrl-C handling is back


def test_a_query_leaves_ctrl_c_as_it_found_it():
    """After a query, Ctrl-C still interrupts the command, and programs it starts can be stopped with it."""
    import signal

    from gxkg.store import limits

    handler = signal.getsignal(signal.SIGINT)
    assert limits.run_forked(sum, ([1, 2, 3],), timeout=30, memory_mb=None) == 6
    assert signal.getsignal(signal.SIGINT) is handler
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])


def test_no_saved_query_joins_values_with_group_concat():
    """GROUP_CONCAT joins in an order SPARQL leaves open (Virtuoso and Oxigraph differ): saved queries list
    set-valued columns one row per value, ordered, so every engine gives the same answer."""
    from gxkg.queries import saved_queries

    def body(text):
        return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))

    assert [q.name for q in saved_queries().values() if "GROUP_CONCAT" in body(q.text).upper()] == []
