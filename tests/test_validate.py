"""`gxkg validate` on the shipped graph and on broken copies of it (gxkg.validate)."""

import re
from decimal import Decimal

import pytest

from conftest import DATA
from gxkg.errors import GraphParseError
from gxkg.validate import derived_figures, parse_stated, validate


@pytest.fixture(scope="module")
def shipped():
    return validate(base=DATA)


def test_shipped_graph_has_no_violations(shipped):
    report, _ = shipped
    assert report.violations == []
    assert report.counts["check_queries"] >= 7


def test_derived_growth_is_recomputed_not_changed(shipped):
    _, kg = shipped
    rows = {r["derivation"]: r for r in derived_figures(kg) if r["recomputed"] is not None}
    cagr = rows["gxo:CompoundAnnualGrowth"]
    assert cagr["stated"] == 53.3
    assert cagr["recomputed"] == pytest.approx(53.65, abs=0.01)  # (7056/1266)^(1/4) - 1
    assert cagr["difference"] == pytest.approx(-0.35, abs=0.01)


def test_shares_without_total_are_reported_as_not_recomputable(shipped):
    _, kg = shipped
    shares = [r for r in derived_figures(kg) if r["derivation"] == "gxo:ShareOfTotal"]
    assert len(shares) == 2 and all("not recomputable" in r["note"] for r in shares)


@pytest.mark.parametrize("text, numbers", [
    ("1.6亿元", ["160000000"]), ("1266亿元", ["126600000000"]), ("20万人次", ["200000"]),
    ("十几万", ["100000", "200000"]), ("一万余户", ["10000"]), ("第三", ["3"]), ("16～40岁", ["16", "40"]),
    ("70 %", ["70"]), ("5万多个", ["50000"]), ("2元/斤", ["2"]),
])
def test_parse_stated(text, numbers):
    assert parse_stated(text) == [Decimal(n) for n in numbers]


def _replace(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture anchor {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_missing_zh_label_is_caught(data_copy):
    _replace(data_copy / "graph" / "sina-gx-2018-08-20.ttl", '"Rong\'an kumquat"@en , "融安金桔"@zh ;', '"Rong\'an kumquat"@en ;')
    report, _ = validate(base=data_copy)
    hits = [v for v in report.violations if v.node == "gxr:product/rongan-kumquat"]
    assert hits and any("Chinese" in v.message for v in hits)


def test_quote_not_in_source_is_caught(data_copy):
    _replace(data_copy / "graph" / "sina-gx-2018-08-20.ttl", "南宁香蕉、百色芒果", "南宁香蕉、百色苹果")
    report, _ = validate(base=data_copy)
    prov = [v for v in report.violations if v.check == "provenance"]
    assert any("not a verbatim substring" in v.message and v.node.startswith("gxr:evidence/") for v in prov)


def test_unit_outside_the_set_is_caught(data_copy):
    _replace(data_copy / "graph" / "sina-gx-2018-08-20.ttl", "gxo:unit gxo:CNYPerJin", "gxo:unit gxo:Dollar")
    report, _ = validate(base=data_copy)
    assert any(v.check == "shacl" and "controlled set" in v.message for v in report.violations)


def test_value_that_disagrees_with_stated_text_is_caught(data_copy):
    _replace(data_copy / "graph" / "sina-gx-2018-08-20.ttl", "gxo:value 1826.0", "gxo:value 1862.0")
    report, _ = validate(base=data_copy)
    assert any(v.check == "provenance" and "does not match statedAs" in v.message for v in report.violations)


def test_edge_without_evidence_is_caught(data_copy):
    with open(data_copy / "graph" / "sina-gx-2018-08-20.ttl", "a", encoding="utf-8") as fh:
        fh.write("\n<https://w3id.org/gxkg/resource/org/google> "
                 "<https://w3id.org/gxkg/ontology#operatesRuralEcommerceIn> "
                 "<https://w3id.org/gxkg/resource/place/450000> .\n")
    report, _ = validate(base=data_copy)
    assert any(v.check == "edge-without-evidence-violation" and v.node == "gxr:org/google" for v in report.violations)


def test_skipped_level_is_caught(data_copy):
    # 汉塘村 placed straight into 灵山县, skipping 武利镇
    _replace(data_copy / "graph" / "places.ttl",
             "gxo:locatedIn <https://w3id.org/gxkg/resource/place/450721115> ;",
             "gxo:locatedIn <https://w3id.org/gxkg/resource/place/450721> ;")
    report, _ = validate(base=data_copy)
    assert any(v.node == "gxr:place/450721115208" for v in report.violations)


def test_turtle_syntax_error_names_file_and_line(data_copy):
    p = data_copy / "graph" / "sina-gx-2018-08-20.ttl"
    lines = p.read_text(encoding="utf-8").splitlines()
    at = lines.index("", 20)  # a blank line between two statements
    lines.insert(at, "@@@ not turtle @@@")
    p.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(GraphParseError) as e:
        validate(base=data_copy)
    m = re.search(r"sina-gx-2018-08-20\.ttl:(\d+): Turtle syntax error", str(e.value))
    assert m and int(m.group(1)) == at + 1


def test_independent_parsers_agree_on_every_file():
    """pyoxigraph (used at run time) and rdflib's own Turtle parser read the same triples."""
    from rdflib import BNode, Graph

    from gxkg.validate import parse_file
    for f in [DATA / "ontology" / "gxkg.ttl", DATA / "ontology" / "shapes.ttl", *sorted((DATA / "graph").glob("*.ttl"))]:
        ours, theirs = Graph(), Graph()
        parse_file(ours, f)
        theirs.parse(f, format="turtle")
        assert len(ours) == len(theirs), f.name
        strip = lambda g: {t for t in g if not any(isinstance(x, BNode) for x in t)}  # noqa: E731
        assert strip(ours) == strip(theirs), f.name


def test_derived_fact_without_its_premise_is_a_violation(data_copy):
    """A derived fact must name a documented rule and premises that are facts of the graph."""
    p = data_copy / "graph" / "derived.ttl"
    text = p.read_text(encoding="utf-8")
    broken = text.replace("gxo:derivedBy gxo:CityInProvinceRule", "gxo:derivedBy gxo:NoSuchRule", 1)
    assert broken != text
    p.write_text(broken, encoding="utf-8")
    report, _ = validate(base=data_copy)
    assert any(v.check == "derived-fact-violation" and "documented" in v.message for v in report.violations)


def test_shipped_derived_facts_pass(shipped):
    report, _ = shipped
    assert not [v for v in report.violations if v.check == "derived-fact-violation"]


def test_shacl_results_come_from_the_cache_until_a_node_changes(data_copy, tmp_path, monkeypatch):
    """Only the nodes whose data changed are validated again, and the answer equals a full validation."""
    monkeypatch.setenv("GXKG_CACHE_DIR", str(tmp_path / "cache"))
    first, _ = validate(base=data_copy)
    assert first.counts["shacl_validated"] == first.counts["shacl_nodes"] > 500
    again, _ = validate(base=data_copy)
    assert again.counts["shacl_validated"] == 0 and again.violations == []
    _replace(data_copy / "graph" / "sina-gx-2018-08-20.ttl", '"Rong\'an kumquat"@en , "融安金桔"@zh ;', '"Rong\'an kumquat"@en ;')
    third, _ = validate(base=data_copy)
    assert 0 < third.counts["shacl_validated"] <= 3
    assert any("Chinese" in v.message for v in third.violations if v.node == "gxr:product/rongan-kumquat")
    full, _ = validate(base=data_copy, cache=False)
    assert [v.__dict__ for v in full.violations] == [v.__dict__ for v in third.violations]


def test_a_changed_type_revalidates_the_nodes_that_point_to_it(data_copy, tmp_path, monkeypatch):
    """sh:class reads the type of the node pointed to: its change reaches the cached nodes that point to it."""
    monkeypatch.setenv("GXKG_CACHE_DIR", str(tmp_path / "cache"))
    assert validate(base=data_copy)[0].ok
    ev = ("<https://w3id.org/gxkg/resource/evidence/sina-gx-2018-08-20/0> dct:source "
          "<https://w3id.org/gxkg/resource/source/sina-gx-2018-08-20> ;\n    a gxo:Evidence ;")
    _replace(data_copy / "graph" / "sina-gx-2018-08-20.ttl", ev, ev.replace("gxo:Evidence", "gxo:Topic"))
    report, _ = validate(base=data_copy)
    assert any("Evidence" in v.message and v.check == "shacl" and v.node != "gxr:evidence/sina-gx-2018-08-20/0"
               for v in report.violations)


def test_source_file_outside_the_sources_folder_is_never_read(data_copy):
    _replace(data_copy / "graph" / "sina-gx-2018-08-20.ttl", 'gxo:sourceFile "000_344fe5bdacb1ee74.txt"',
             'gxo:sourceFile "../../../../../../etc/hostname"')
    report, _ = validate(base=data_copy)
    assert any(v.check == "provenance" and "not found under" in v.message for v in report.violations)
    assert not any("not a verbatim substring" in v.message for v in report.violations)


def test_checks_follow_standard_sparql_scoping():
    """The checks run on Oxigraph, whose FILTER scoping is the standard's (rdflib's is looser): each check
    finds its violation on a tiny graph under standard evaluation."""
    import pyoxigraph as ox

    from gxkg.namespaces import PREFIX_MAP
    from gxkg.validate import violation_queries

    data = """@prefix gxo: <https://w3id.org/gxkg/ontology#> .
    <http://x/st> gxo:derivedBy <http://x/NoRule> ; gxo:premise <http://x/p> ."""
    store = ox.Store()
    store.load(data.encode(), format=ox.RdfFormat.TURTLE)
    text = dict(violation_queries())["derived-fact-violation.rq"]
    problems = {r["problem"].value for r in store.query(text, prefixes=PREFIX_MAP)}
    assert any("documented" in p for p in problems) and any("premise" in p for p in problems)


def test_edge_whose_statement_has_no_source_or_rule_is_caught(data_copy):
    """A reified statement naming the edge is not enough: it must be stated from a source or derived by a rule
    (the check reads statements once, with MINUS, and must keep this meaning)."""
    with open(data_copy / "graph" / "sina-gx-2018-08-20.ttl", "a", encoding="utf-8") as fh:
        fh.write("\n<https://w3id.org/gxkg/resource/org/google> <https://w3id.org/gxkg/ontology#operatesRuralEcommerceIn> "
                 "<https://w3id.org/gxkg/resource/place/450000> .\n"
                 "<https://w3id.org/gxkg/resource/st/x> a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> ; "
                 "<http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <https://w3id.org/gxkg/resource/org/google> ; "
                 "<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <https://w3id.org/gxkg/ontology#operatesRuralEcommerceIn> ; "
                 "<http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <https://w3id.org/gxkg/resource/place/450000> .\n")
    report, _ = validate(base=data_copy)
    hits = [v for v in report.violations if v.check == "edge-without-evidence-violation"]
    assert [v.node for v in hits] == ["gxr:org/google"]


def test_an_unchanged_validate_does_not_load_pyshacl(data_copy, tmp_path):
    """Every node's SHACL result from the cache: pyshacl and its 2 s of imports are not needed."""
    import os
    import subprocess
    import sys

    code = ("import sys; from pathlib import Path; from gxkg.validate import validate; "
            f"r, _ = validate(base=Path({str(data_copy)!r})); print(r.counts['shacl_validated'], 'pyshacl' in sys.modules)")
    env = dict(os.environ, GXKG_CACHE_DIR=str(tmp_path / "cache"))
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=600) for _ in range(2)]
    first, second = (r.stdout.split() for r in runs)
    assert int(first[0]) > 500 and first[1] == "True"
    assert second == ["0", "False"]
