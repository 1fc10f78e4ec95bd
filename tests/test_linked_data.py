"""A dataset others can link to: the ontology in an OWL 2 reasoner, validate --store, VoID/DCAT, Data Cube,
and the linked-data responses of `gxkg serve`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ROOT, gxo, gxr


# ------------------------------------------------------------------------------ OWL 2 (HermiT)
def shipped_files() -> list[Path]:
    return [ROOT / "ontology" / "gxkg.ttl"] + sorted((ROOT / "graph").glob("*.ttl"))


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
    or products names their union; the build's class check reads the union's members."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import OWL, RDFS

    from gxkg.sources.build import union_members

    onto = Graph().parse(ROOT / "ontology" / "gxkg.ttl")
    for bound in (RDFS.domain, RDFS.range):
        seen = {}
        for p, c in onto.subject_objects(bound):
            assert p not in seen, f"{p} has two {bound}s: give their union"
            seen[p] = c
            assert union_members(onto, c), f"{p} {bound} {c}"
    has = URIRef(gxo("hasDesignation"))
    assert union_members(onto, onto.value(has, RDFS.domain)) == [URIRef(gxo("Place")), URIRef(gxo("Product"))]
    assert (None, OWL.unionOf, None) in onto
