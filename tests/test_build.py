"""The shipped sources and the graph built from them (`gxkg build`)."""

import subprocess
import sys

import pytest

from conftest import ROOT, SHARED


def test_generated_graph_is_up_to_date():
    r = subprocess.run([sys.executable, "-m", "gxkg.cli", "--data", str(ROOT), "build", "--check"],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared is not beside this checkout")
def test_article_is_byte_identical_to_the_corpus():
    shipped = (ROOT / "graph" / "sources" / "000_344fe5bdacb1ee74.txt").read_bytes()
    assert shipped == (SHARED / "corpus" / "000_344fe5bdacb1ee74.txt").read_bytes()


@pytest.mark.skipif(not (SHARED / "data").is_dir(), reason="../shared is not beside this checkout")
def test_division_data_is_the_reference_data():
    assert (ROOT / "graph" / "sources" / "guangxi_divisions.csv").read_bytes() == \
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


def test_reference_places_carry_code_coordinates_pinyin(kg):
    from gxkg.namespaces import GEO, GXO, GXR
    ls = GXR["place/450721"]
    assert value(kg, ls, GXO.gbCode) == "450721"
    assert value(kg, ls, GXO.divisionCode) == "450721000000"
    assert float(value(kg, ls, GEO.lat)) == pytest.approx(22.416536)
    assert value(kg, ls, GXO.pinyin) == "Lingshan"
    chain = [kg.label(x) for x in kg.paths(kg.resolve("汉塘村"), kg.resolve("广西"))[0] if not isinstance(x, tuple)]
    assert chain == ["汉塘村", "武利镇", "灵山县", "钦州市", "广西壮族自治区"]
