"""Derivation rules are CONSTRUCT queries, one construct-*.rq file each beside the *-violation.rq checks (the
ODK convention): each names its gxo:DerivationRule, says why it is sound, and derives its own example; the
build runs them and the shipped graph's derived facts are what they make."""

import re
import shutil

import pytest

from conftest import DATA
from gxkg.checks import rules
from gxkg.namespaces import PREFIX_MAP
from gxkg.vocab import GXO, vocabulary

RULES = {r.file: r for r in rules()}
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
GXR = PREFIX_MAP["gxr"]


def turtle(lines: str) -> str:
    """An example's lines as Turtle: the project's prefixes, gxr: names (which hold '/') written in full."""
    head = "".join(f"@prefix {k}: <{v}> .\n" for k, v in PREFIX_MAP.items() if k != "gxr")
    return head + re.sub(r"\bgxr:([\w/-]+)", lambda m: f"<{GXR}{m.group(1)}>", lines)


def run(rule, lines: str):
    import pyoxigraph as ox

    store = ox.Store()
    store.load(turtle(lines), format=ox.RdfFormat.TURTLE)
    return list(store.query(rule.text, prefixes=PREFIX_MAP))


def test_every_documented_rule_has_a_file_and_every_file_a_documented_rule():
    assert sorted(RULES) == ["construct-held-in-province.rq", "construct-held-where-the-report-is-about.rq"]
    assert {r.rule for r in RULES.values()} == set(vocabulary().rules)
    for r in RULES.values():
        term = vocabulary().rules[r.rule]
        assert term.label.get("zh") and term.label.get("en") and term.definition.get("zh") and term.definition.get("en")
        assert "Sound" in r.text and r.example_input and r.example_output, r.file


@pytest.mark.parametrize("name", sorted(RULES))
def test_each_rule_derives_its_example(name):
    """The example's output is exactly the facts the rule derives, each reified as derived by the rule from
    premises that are statements of the input's facts (their IRIs as the build makes them)."""
    import pyoxigraph as ox
    from rdflib import URIRef

    from gxkg.sources.build import stmt_iri

    rule = RULES[name]
    got = run(rule, rule.example_input)
    facts = {(t.subject.value, t.predicate.value, t.object.value) for t in got if not t.subject.value.startswith(GXR + "statement/")}
    want = ox.Store()
    want.load(turtle(rule.example_output), format=ox.RdfFormat.TURTLE)
    assert facts == {(q.subject.value, q.predicate.value, q.object.value) for q in want}
    given = ox.Store()
    given.load(turtle(rule.example_input), format=ox.RdfFormat.TURTLE)
    stated = {str(stmt_iri(URIRef(q.subject.value), URIRef(q.predicate.value), URIRef(q.object.value))) for q in given
              if isinstance(q.object, ox.NamedNode)}
    for s, p, o in facts:
        st = str(stmt_iri(URIRef(s), URIRef(p), URIRef(o)))
        about = {(t.predicate.value, t.object.value) for t in got if t.subject.value == st}
        assert (GXO + "derivedBy", GXO + rule.rule) in about and (RDF + "subject", s) in about
        premises = {v for k, v in about if k == GXO + "premise"}
        assert premises and premises <= stated, (premises, stated)


def test_the_province_rule_names_every_link_of_the_chain():
    rule = RULES["construct-held-in-province.rq"]
    got = run(rule, "gxr:event/e gxo:heldIn gxr:place/v .\ngxr:place/v gxo:locatedIn gxr:place/t .\n"
                    "gxr:place/t gxo:locatedIn gxr:place/c .\ngxr:place/c gxo:locatedIn gxr:place/450000 .\n"
                    "gxr:place/450000 a gxo:Province ; gxo:locatedIn gxr:place/china .\n")
    assert {(t.subject.value, t.object.value) for t in got if t.predicate.value == GXO + "heldIn"} == \
        {(GXR + "event/e", GXR + "place/450000")}
    assert len([t for t in got if t.predicate.value == GXO + "premise"]) == 4  # heldIn and three links, not china


def test_the_report_rule_keeps_the_first_mention_as_evidence_and_never_overrides_a_stated_place():
    rule = RULES["construct-held-where-the-report-is-about.rq"]
    got = run(rule, rule.example_input)
    ev = {t.object.value for t in got if t.predicate.value == "http://www.w3.org/ns/prov#wasDerivedFrom"}
    assert ev == {GXR + "evidence/report/12"}
    assert not [t for t in got if t.subject.value == GXR + "event/summit"]


def test_the_build_derives_the_shipped_derived_facts(tmp_path):
    """The shipped graph/derived.ttl (made before the rules were CONSTRUCT files) is what the rules make."""
    from gxkg.sources.build import build

    for d in ("ontology", "graph", "sources"):
        shutil.copytree(DATA / d, tmp_path / d)
    (tmp_path / "graph" / "derived.ttl").unlink()
    build(tmp_path)
    assert (tmp_path / "graph" / "derived.ttl").read_bytes() == (DATA / "graph" / "derived.ttl").read_bytes()
