"""The shipped sources and the graph built from them (`gxkg build`)."""

import subprocess
import sys

import pytest

from conftest import DATA, DATA_BUILD, ROOT, SHARED, tracked_data


def test_generated_graph_is_up_to_date():
    """The graph files git tracks are what the tracked sources build. The suite's data (conftest.DATA) holds
    the tracked files with the generated ones built again; each must equal the working tree's file, or, where
    a user's own build changed it (a source they added names a new township), the file as last committed."""
    assert DATA_BUILD.returncode == 0, DATA_BUILD.stdout + DATA_BUILD.stderr
    tracked = {f for f in tracked_data(ROOT) or [] if f.startswith("graph/") and f.endswith(".ttl") and "/" not in f[6:]}
    built = {f"graph/{p.name}" for p in (DATA / "graph").glob("*.ttl")}
    assert built == tracked or not tracked, f"built but not tracked: {built - tracked}; tracked but not built: {tracked - built}"
    for rel in sorted(built):
        text = (DATA / rel).read_bytes()
        here = (ROOT / rel).read_bytes() if (ROOT / rel).is_file() else None
        if text != here:
            committed = subprocess.run(["git", "-C", str(ROOT), "show", f"HEAD:{rel}"], capture_output=True).stdout
            assert text == committed, f"{rel} is not what the sources build: run `gxkg build` and commit graph/"


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared is not beside this checkout")
def test_article_is_byte_identical_to_the_corpus():
    shipped = (DATA / "graph" / "sources" / "000_344fe5bdacb1ee74.txt").read_bytes()
    assert shipped == (SHARED / "corpus" / "000_344fe5bdacb1ee74.txt").read_bytes()


@pytest.mark.skipif(not (SHARED / "data").is_dir(), reason="../shared is not beside this checkout")
def test_division_data_is_the_reference_data():
    assert (DATA / "graph" / "sources" / "guangxi_divisions.csv").read_bytes() == \
        (SHARED / "data" / "guangxi_divisions.csv").read_bytes()


def objects(kg, s, p):
    """The values of s p ?o in the store (IRIs and literals as text)."""
    from gxkg.store.terms import iri
    return sorted(r["o"].value for r in kg.store.select("SELECT ?o WHERE { ?s ?p ?o }", {"s": iri(s), "p": iri(p)}))


def value(kg, s, p):
    got = objects(kg, s, p)
    return got[0] if got else None


def test_article_metadata(kg):
    from gxkg.namespaces import DCT, GXR, SCHEMA
    a = GXR["source/sina-gx-2018-08-20"]
    assert value(kg, a, SCHEMA.url) == "http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml"
    assert value(kg, a, DCT.issued) == "2018-08-20"
    assert set(objects(kg, a, DCT.title)) >= {"广西电商新跨越 经济增长新引擎"}
    assert set(objects(kg, a, DCT.publisher)) >= {"新浪广西"}


def test_rename_is_history_on_one_place(kg):
    from gxkg.namespaces import GXO, GXR
    hx = GXR["place/450181"]
    changes = objects(kg, hx, GXO.nameChange)
    assert len(changes) == 1
    assert value(kg, changes[0], GXO.oldName) == "横县"
    assert value(kg, changes[0], GXO.date) == "2021-02-03"
    assert not kg.exists(GXR["place/450127"])  # no second place for the old name


def test_a_former_code_in_the_source_column_is_on_its_place(kg):
    from gxkg.namespaces import GXO, GXR
    assert objects(kg, GXR["place/451203"], GXO.formerCode) == ["451281"]  # 宜州区, cpca0.5.5(old code 451281)
    assert objects(kg, GXR["place/451003"], GXO.formerCode) == ["451021"]  # 田阳区
    assert objects(kg, GXR["place/450721"], GXO.formerCode) == []  # 灵山县: no change recorded


def test_reference_places_carry_code_coordinates_pinyin(kg):
    from gxkg.namespaces import GEO, GXO, GXR
    ls = GXR["place/450721"]
    assert value(kg, ls, GXO.gbCode) == "450721"
    assert value(kg, ls, GXO.divisionCode) == "450721000000"
    assert float(value(kg, ls, GEO.lat)) == pytest.approx(22.416536)
    assert value(kg, ls, GXO.pinyin) == "Lingshan"
    chain = [kg.label(x) for x in kg.paths(kg.resolve("汉塘村"), kg.resolve("广西"))[0] if not isinstance(x, tuple)]
    assert chain == ["汉塘村", "武利镇", "灵山县", "钦州市", "广西壮族自治区"]


def test_autonomous_counties_are_named_as_people_write_them():
    """恭城瑶族自治县 is written 恭城 or 恭城县 (never 恭城瑶族), Gongcheng in English: the graph's labels, ingest
    and reconciliation share the one rule."""
    from gxkg.reconcile import short_forms
    from gxkg.sources.build import place_pinyin, short_names

    assert short_names("恭城瑶族自治县") == {"恭城瑶族自治县", "恭城", "恭城县"}
    assert short_names("隆林各族自治县") == {"隆林各族自治县", "隆林", "隆林县"}
    assert short_names("横县") == {"横县"}
    assert short_names("八渡瑶族乡") == {"八渡瑶族乡", "八渡", "八渡乡"}  # nobody writes 八渡瑶族
    assert short_names("足别瑶族苗族乡") == {"足别瑶族苗族乡", "足别", "足别乡"}
    assert short_forms("罗城仫佬族自治县") == {"罗城", "罗城县"}
    assert place_pinyin("Longlin Various Nationalities Autonomous County") == "Longlin"
    assert place_pinyin("Huanjiang Maonan Autonomous County") == "Huanjiang"
    assert place_pinyin("Hengzhou (county-level city)") == "Hengzhou"
    ttl = (ROOT / "graph" / "places.ttl").read_text(encoding="utf-8")
    assert '"恭城县"@zh' in ttl and '"恭城瑶族"@zh' not in ttl and 'gxo:pinyin "Gongcheng" .' in ttl


def test_built_turtle_keeps_every_triple_exactly():
    """The built files' writer (Oxigraph's, sorted): the same triples read back, a decimal stays a decimal,
    a quote's tab and line break stay inside its literal, one blank line between subjects."""
    from decimal import Decimal

    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import XSD

    from gxkg.sources.build import new_graph, turtle

    g = new_graph()
    a, b = URIRef("https://w3id.org/gxkg/resource/observation/a"), URIRef("https://w3id.org/gxkg/resource/x/b")
    g.add((a, URIRef("https://w3id.org/gxkg/ontology#value"), Literal(Decimal("3800000000"))))
    g.add((a, URIRef("https://w3id.org/gxkg/ontology#quote"), Literal("一行\t二\n<三>", lang="zh")))
    g.add((b, URIRef("https://w3id.org/gxkg/ontology#when"), Literal("2018-09-13", datatype=XSD.date)))
    text = turtle(g)
    back = Graph().parse(data=text, format="turtle")
    same = lambda graph: {(s, p, o.toPython() if o.datatype else o) for s, p, o in graph}  # noqa: E731
    assert len(back) == 3 and same(back) == same(g)
    value = next(back.objects(a, URIRef("https://w3id.org/gxkg/ontology#value")))
    assert value.datatype == XSD.decimal and value.toPython() == Decimal("3800000000")
    assert "3800000000.0" in text and "gxo:value" in text and "@prefix gxr" not in text
    assert "\n\n<https://w3id.org/gxkg/resource/x/b>" in text
    assert turtle(g) == text
