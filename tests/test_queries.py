"""Read-only SPARQL: refusals, syntax errors with positions, time limit, CURIE rewriting (gxkg.queries)."""

import time

import pytest

from gxkg.errors import QueryError, QueryTimeout, UsageError
from gxkg.queries import check_query, expand_slash_curies, get_saved, rows, run_query, saved_queries


@pytest.mark.parametrize("query, message", [
    ("INSERT DATA { gxr:a gxr:b gxr:c }", "updates"),
    ("DELETE WHERE { ?s ?p ?o }", "updates"),
    ("LOAD <http://example.org/data.ttl>", "updates"),
    ("CLEAR ALL", "updates"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE is refused"),
    ("SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://e/> { ?s ?q ?r } } }", "SERVICE is refused"),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "FROM / FROM NAMED are refused"),
    ("SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM / FROM NAMED are refused"),
])
def test_refused(query, message):
    with pytest.raises(QueryError, match=message):
        check_query(query)


def test_syntax_error_has_line_and_column():
    with pytest.raises(QueryError) as e:
        check_query("SELECT ?s\nWHERE { ?s ?p }")
    assert "line 2, column" in str(e.value)


def test_slash_curies_become_iris_outside_strings_and_comments():
    text, _ = expand_slash_curies('SELECT * { gxr:org/jd ?p "gxr:org/jd" } # gxr:a/b\n')
    assert text == 'SELECT * { <https://w3id.org/gxkg/resource/org/jd> ?p "gxr:org/jd" } # gxr:a/b\n'
    text, _ = expand_slash_curies("ASK { gxr:org/jd a gxo:Platform.}")
    assert text == "ASK { <https://w3id.org/gxkg/resource/org/jd> a gxo:Platform.}"
    # a property path is not a name
    assert expand_slash_curies("SELECT * { ?e dct:source/a schema:NewsArticle }")[0] == "SELECT * { ?e dct:source/a schema:NewsArticle }"


def test_property_paths_still_work(kg):
    r = run_query(kg.graph, "SELECT ?ev WHERE { gxr:place/450224 prov:wasDerivedFrom ?ev . ?ev dct:source/a schema:NewsArticle }")
    assert len(rows(r)) == 1


def test_select_ask_construct(kg):
    r = run_query(kg.graph, "SELECT ?p WHERE { ?p gxo:operatesRuralEcommerceIn gxr:place/450000 } ORDER BY ?p")
    assert [str(x["p"]).rsplit("/", 1)[1] for x in rows(r)] == ["alibaba", "ganjie", "jd", "lecuntao"]
    assert run_query(kg.graph, "ASK { gxr:place/450224 gxo:locatedIn gxr:place/450200 }").askAnswer is True
    g = run_query(kg.graph, "CONSTRUCT { ?s gxo:locatedIn ?o } WHERE { ?s gxo:locatedIn ?o }").graph
    assert len(g) == 130


def test_runaway_query_is_stopped(kg):
    t = time.monotonic()
    with pytest.raises(QueryTimeout):
        run_query(kg.graph, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=0.5)
    assert time.monotonic() - t < 3


def test_saved_queries_have_descriptions():
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
