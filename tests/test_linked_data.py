"""A dataset others can link to: the ontology in an OWL 2 reasoner, validate --store, VoID/DCAT, Data Cube,
and the linked-data responses of `gxkg serve`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import DATA, gxo, gxr


# ------------------------------------------------------------------------------ OWL 2 (HermiT)
def shipped_files() -> list[Path]:
    return [DATA / "ontology" / "gxkg.ttl"] + sorted((DATA / "graph").glob("*.ttl"))


def hermit(tmp_path: Path, files: list[Path], extra: str = "") -> tuple[bool, str]:
    """(consistent, HermiT's message) for the triples of the files plus `extra` N-Triples, through owlready2,
    which ships HermiT and runs it on this machine's Java."""
    import pyoxigraph as ox

    owlready2 = pytest.importorskip("owlready2")
    if shutil.which("java") is None:
        pytest.skip("no java: HermiT needs a Java runtime (scripts/test.sh installs default-jre-headless)")
    triples = []
    for f in files:
        triples += list(ox.parse(path=str(f), format=ox.RdfFormat.TURTLE))
    nt = tmp_path / "all.nt"
    nt.write_bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) + extra.encode("utf-8"))
    world = owlready2.World()
    onto = world.get_ontology(nt.as_uri()).load(format="ntriples")
    try:
        with onto:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError as e:
        return False, str(e)
    return True, ""


@pytest.mark.slow
def test_ontology_and_shipped_graph_are_consistent_in_hermit(tmp_path):
    """HermiT reads the ontology and every graph file (time values are annotation properties: xsd:gYear and
    xsd:date are outside the OWL 2 datatype map) and finds them consistent."""
    ok, why = hermit(tmp_path, shipped_files())
    assert ok, why


@pytest.mark.slow
def test_a_county_that_is_a_product_is_inconsistent(tmp_path):
    """The disjointness axioms: a resource typed both County and Product cannot exist."""
    both = f"<{gxr('place/450332')}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{gxo('Product')}> .\n"
    ok, _ = hermit(tmp_path, shipped_files(), both)
    assert not ok


def test_disjoint_classes_have_no_common_member_in_the_shipped_graph(kg):
    """The same axioms checked by SPARQL on the built store (cheap, and without Java)."""
    rows = kg.store.select("""SELECT ?e ?a ?b WHERE {
        ?d a owl:AllDisjointClasses ; owl:members/rdf:rest*/rdf:first ?a, ?b . FILTER(STR(?a) < STR(?b))
        ?e a/rdfs:subClassOf* ?a . ?e a/rdfs:subClassOf* ?b }""")
    assert rows == []
    members = kg.store.select("SELECT (COUNT(*) AS ?n) WHERE { ?d a owl:AllDisjointClasses ; owl:members/rdf:rest*/rdf:first ?c }")
    assert int(members[0]["n"].value) >= 20


# ------------------------------------------------------------------------------ validate --store
def test_validate_store_checks_what_is_served_not_the_files(tmp_path, data_copy, runner):
    """A store built from data that was later fixed on disk: validate (the files) passes, validate --store
    reports the store's violations; the store of the fixed files passes too."""
    from gxkg.cli import main

    bad = data_copy / "graph" / "zz-bad.ttl"
    bad.write_text("<https://w3id.org/gxkg/resource/place/999999> a <https://w3id.org/gxkg/ontology#County> .\n",
                   encoding="utf-8")
    store = tmp_path / "store"
    r = runner.invoke(main, ["--data", str(data_copy), "store", "build", "--output", str(store)])
    assert r.exit_code == 0, r.output
    bad.unlink()
    files = runner.invoke(main, ["--data", str(data_copy), "validate"])
    assert files.exit_code == 0, files.output
    served = runner.invoke(main, ["--store", str(store), "validate"])
    assert served.exit_code == 1, served.output
    assert "graphs served by the store" in served.output and "place/999999" in served.output
    flag = runner.invoke(main, ["--data", str(data_copy), "validate", "--store"])
    assert flag.exit_code == 0 and "graphs served by the store" in flag.output, flag.output


def test_every_domain_and_range_is_a_class_or_a_union_of_classes():
    """Two rdfs:domain statements mean both classes at once (an intersection), so a property used on places
    or products names their union; the build's class check reads the union's members (through gxkg.vocab)."""
    from rdflib import Graph
    from rdflib.namespace import OWL, RDFS

    from gxkg.vocab import vocabulary

    onto = Graph().parse(DATA / "ontology" / "gxkg.ttl")
    terms = vocabulary(DATA / "ontology" / "gxkg.ttl").terms
    for bound, field in ((RDFS.domain, "domains"), (RDFS.range, "ranges")):
        seen = {}
        for p, c in onto.subject_objects(bound):
            assert p not in seen, f"{p} has two {bound}s: give their union"
            seen[p] = c
            assert getattr(terms[str(p)], field), f"{p} {bound} {c}"
    assert terms[gxo("hasDesignation")].domains == (gxo("Place"), gxo("Product"))
    assert (None, OWL.unionOf, None) in onto


# ------------------------------------------------------------------------------ VoID/DCAT and Data Cube
def export_graph(runner, *args):
    import pyoxigraph as ox

    from gxkg.cli import main

    r = runner.invoke(main, ["export", "-f", "nt", *args])
    assert r.exit_code == 0, r.output
    store = ox.Store()
    store.load(r.stdout_bytes, format=ox.RdfFormat.N_TRIPLES)
    return store, r


def test_void_describes_the_dataset(runner, kg):
    from gxkg import __version__

    g, _ = export_graph(runner, "--void", "--service", "https://gxkg.example.org/")
    P = ("PREFIX void: <http://rdfs.org/ns/void#> PREFIX dct: <http://purl.org/dc/terms/> "
         "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX owl: <http://www.w3.org/2002/07/owl#> ")
    row = list(g.query(P + """SELECT * WHERE { <https://w3id.org/gxkg/dataset> a void:Dataset, dcat:Dataset ;
        void:triples ?t ; void:entities ?e ; void:distinctSubjects ?s ; dct:license ?lic ; dcat:version ?v ;
        void:sparqlEndpoint ?ep }"""))
    assert len(row) == 1
    r = row[0]
    assert int(r["t"].value) == kg.store.triple_count() and int(r["s"].value) > int(r["e"].value) > 200
    assert r["lic"].value == "https://creativecommons.org/licenses/by/4.0/" and r["v"].value == __version__
    assert r["ep"].value == "https://gxkg.example.org/sparql"
    sources = {x["s"].value for x in g.query(P + "SELECT ?s WHERE { <https://w3id.org/gxkg/dataset> dct:source ?s }")}
    assert {gxr("source/sina-gx-2018-08-20"), gxr("source/guangxi-divisions")} <= sources
    examples = [x["x"].value for x in g.query(P + "SELECT ?x WHERE { ?d void:exampleResource ?x }")]
    assert gxr("place/450332") in examples and all(kg.exists(x) for x in examples)
    counties = list(g.query(P + f"SELECT ?n WHERE {{ ?d void:classPartition [ void:class <{gxo('County')}> ; void:entities ?n ] }}"))
    assert int(counties[0]["n"].value) == 111
    subsets = {x["g"].value: int(x["n"].value) for x in g.query(P + "SELECT ?g ?n WHERE { ?d void:subset ?g . ?g void:triples ?n }")}
    assert set(subsets) == set(kg.store.named_graphs()) and sum(subsets.values()) == kg.store.triple_count()


QB = "PREFIX qb: <http://purl.org/linked-data/cube#> "
# Integrity constraints of the Data Cube vocabulary (W3C Recommendation, section 11.1) that need no
# normalisation pass; each ASK is true when the constraint is violated.
INTEGRITY = {
    "IC-1 unique data set": """ASK { { ?obs a qb:Observation FILTER NOT EXISTS { ?obs qb:dataSet ?ds } }
        UNION { ?obs a qb:Observation ; qb:dataSet ?d1, ?d2 FILTER(?d1 != ?d2) } }""",
    "IC-2 unique DSD": """ASK { { ?ds a qb:DataSet FILTER NOT EXISTS { ?ds qb:structure ?dsd } }
        UNION { ?ds a qb:DataSet ; qb:structure ?a, ?b FILTER(?a != ?b) } }""",
    "IC-3 DSD includes a measure": """ASK { ?dsd a qb:DataStructureDefinition
        FILTER NOT EXISTS { ?dsd qb:component/qb:measure [] } }""",
    "IC-4 dimensions have a range": """ASK { ?dim a qb:DimensionProperty FILTER NOT EXISTS { ?dim rdfs:range [] } }""",
    "IC-11 all dimensions present": """ASK { ?obs qb:dataSet/qb:structure/qb:component/qb:dimension ?dim
        FILTER NOT EXISTS { ?obs ?dim [] } }""",
    "IC-12 no duplicate observations": """ASK { ?o1 qb:dataSet ?ds . ?o2 qb:dataSet ?ds FILTER(?o1 != ?o2)
        FILTER NOT EXISTS { ?ds qb:structure/qb:component/qb:dimension ?dim . ?o1 ?dim ?v1 . ?o2 ?dim ?v2 FILTER(?v1 != ?v2) } }""",
    "IC-14 all measures present": """ASK { ?obs qb:dataSet/qb:structure/qb:component/qb:measure ?m
        FILTER NOT EXISTS { ?obs ?m [] } }""",
    "required attribute present": """ASK { ?obs qb:dataSet/qb:structure/qb:component ?c . ?c qb:attribute ?a ;
        qb:componentRequired true FILTER NOT EXISTS { ?obs ?a [] } }""",
}


def violated(store) -> list[str]:
    return [name for name, q in INTEGRITY.items()
            if store.query(QB + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + q)]


def test_figures_as_data_cube_observations_pass_the_integrity_constraints(runner, kg):
    import pyoxigraph as ox

    cube, r = export_graph(runner, "--cube")
    assert violated(cube) == []
    obs = {x["o"].value for x in cube.query(QB + "SELECT ?o WHERE { ?o a qb:Observation }")}
    # every figure with a value and a stated period is an observation, on its own IRI
    expected = {x["o"].value for x in kg.store.select(
        "SELECT ?o WHERE { ?o a gxo:Observation ; gxo:value ?v . FILTER EXISTS { ?o gxo:year|gxo:asOf|gxo:date|gxo:periodStart ?t } }")}
    assert obs == expected and len(obs) >= 20
    assert "without a stated period left out" in r.stderr
    mango = list(cube.query(QB + "PREFIX cube: <https://w3id.org/gxkg/cube#> SELECT ?p ?u WHERE { "
                            f"<{gxr('observation/baise-mango-sales-2017')}> cube:period ?p ; cube:unit ?u }}"))
    assert mango[0]["p"] == ox.Literal("2017", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear"))
    assert mango[0]["u"].value == gxo("CNY")
    # the checks can fail: an observation without its period, or a second one with the same dimensions
    one = ox.NamedNode(gxr("observation/baise-mango-sales-2017"))
    period = ox.NamedNode("https://w3id.org/gxkg/cube#period")
    for q in list(cube.quads_for_pattern(one, period, None)):
        cube.remove(q)
    assert violated(cube) == ["IC-11 all dimensions present"]
    cube.add(ox.Quad(one, period, ox.Literal("2017", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear"))))
    twin = ox.NamedNode(gxr("observation/twin"))
    for q in list(cube.quads_for_pattern(one, None, None)):
        cube.add(ox.Quad(twin, q.predicate, q.object))
    assert violated(cube) == ["IC-12 no duplicate observations"]


# ------------------------------------------------------------------------------ served: Vary, formats, VoID
@pytest.fixture(scope="module")
def client(kg):
    from starlette.testclient import TestClient

    from gxkg.web.app import create_app
    from gxkg.web.settings import Settings

    with TestClient(create_app(Settings(query_workers=1), kg=kg), base_url="http://127.0.0.1:8000") as c:
        yield c


@pytest.mark.parametrize("params, mime", [
    ({"format": "rdf"}, "application/rdf+xml"), ({"format": "xml"}, "application/rdf+xml"),
    ({"format": "ttl"}, "text/turtle"), ({"format": "nt"}, "application/n-triples"),
    ({"format": "jsonld"}, "application/ld+json"), ({"format": "trig"}, "application/trig"),
    ({"format": "nquads"}, "application/n-quads"),
])
def test_entity_iris_in_every_rdf_format(client, params, mime):
    import pyoxigraph as ox

    r = client.get("/resource/place/450332", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith(mime), r.text[:200]
    fmt = ox.RdfFormat.from_media_type(mime)
    terms = list(ox.parse(r.content, format=fmt))
    assert any(getattr(t, "subject", None) == ox.NamedNode(gxr("place/450332")) for t in terms)
    by_accept = client.get("/resource/place/450332", headers={"Accept": mime})
    assert by_accept.status_code == 200 and by_accept.content == r.content


@pytest.mark.parametrize("path, headers", [
    ("/resource/place/450332", {"Accept": "text/turtle"}), ("/resource/place/450332", {"Accept": "text/html"}),
    ("/resource/place/450332?format=nt", {}), ("/ontology", {"Accept": "text/turtle"}), ("/ontology", {}),
    ("/sparql?query=ASK%7B%7D", {"Accept": "application/sparql-results+json"}), ("/sparql", {}),
    ("/void", {}), ("/.well-known/void", {"Accept": "application/ld+json"}),
    ("/resource/place/450332", {"Accept": "image/png"}),  # a 406 depends on Accept too
])
def test_negotiated_answers_vary_on_accept(client, path, headers):
    r = client.get(path, headers=headers)
    assert "accept" in [v.strip().lower() for v in r.headers.get("vary", "").split(",")], (r.status_code, r.headers)


def test_html_pages_vary_on_accept_and_language(client):
    r = client.get("/resource/place/450332", headers={"Accept": "text/html"})
    vary = {v.strip().lower() for v in r.headers["vary"].split(",")}
    assert {"accept", "accept-language"} <= vary


def test_void_is_served_at_the_well_known_path(client, kg):
    import pyoxigraph as ox

    for path in ("/.well-known/void", "/void"):
        r = client.get(path, headers={"Accept": "text/turtle"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
        g = ox.Store()
        g.load(r.content, format=ox.RdfFormat.TURTLE)
        rows = list(g.query("SELECT ?ep ?t ?rec WHERE { <https://w3id.org/gxkg/dataset> "
                            "<http://rdfs.org/ns/void#sparqlEndpoint> ?ep ; <http://rdfs.org/ns/void#triples> ?t ; "
                            "<http://www.w3.org/ns/dcat#accessService>/<http://www.w3.org/ns/dcat#endpointURL> ?rec }"))
        assert rows and rows[0]["ep"].value == "http://127.0.0.1:8000/sparql"
        assert int(rows[0]["t"].value) == kg.store.triple_count()
        assert "http://127.0.0.1:8000/reconcile" in {r["rec"].value for r in rows}
    assert client.get("/void", params={"format": "rdf"}).headers["content-type"].startswith("application/rdf+xml")
    assert client.get("/void", headers={"Accept": "image/png"}).status_code == 406


@pytest.mark.parametrize("which", ["endpoint", "virtuoso"])
def test_validate_checks_what_each_engine_serves(runner, request, which):
    """The shipped graph pushed to Oxigraph and Virtuoso (beside another user's triples) conforms as served:
    `--endpoint URL validate` checks the engine's answers, datatypes and all."""
    from gxkg.cli import main

    url = request.getfixturevalue(which)
    r = runner.invoke(main, ["--endpoint", url, "validate"])
    assert r.exit_code == 0 and "graphs served by the endpoint" in r.output and "0 violations." in r.output, r.output
