"""Loading, name resolution, labels, neighbourhoods and paths (gxkg.kg)."""

import pytest

from conftest import DATA, FIXTURES, gxo, gxr
from gxkg.errors import Ambiguous, GraphParseError, NotFound, UsageError
from gxkg.kg import KnowledgeGraph


@pytest.mark.parametrize("name, expected", [
    ("融安县", "place/450224"),
    ("融安", "place/450224"),                # short form of the official name
    ("Rong'an County", "place/450224"),      # English label
    ("rongan", "place/450224"),              # pinyin, no apostrophe
    ("gxr:place/450224", "place/450224"),    # CURIE
    ("https://w3id.org/gxkg/resource/place/450224", "place/450224"),
    ("450224", "place/450224"),              # GB/T 2260 code
    ("横县", "place/450181"),                # the article's name for today's 横州市
    ("450127", "place/450181"),              # 横县's old code
    ("汉塘村", "place/450721115208"),
    ("百色芒果", "product/baise-mango"),
    ("baise mangguo", "product/baise-mango"),
    ("bǎisè mángguǒ", "product/baise-mango"),  # tones
    ("Baise mango", "product/baise-mango"),
    ("螺蛳粉", "product/liuzhou-luosifen"),   # alternative name
    ("金桔", "product/rongan-kumquat"),
    ("阿里巴巴", "org/alibaba"),
    ("SAP", "org/sap"),
    ("ASEAN", "place/asean"),
    ("桂茶", "industry/guangxi-tea"),
    ("中国-东盟信息港电子商务论坛", "event/china-asean-info-port-ecommerce-forum-2018"),
    ("中国东盟信息港电子商务论坛", "event/china-asean-info-port-ecommerce-forum-2018"),
    ("广西", "place/450000"),
])
def test_resolve(kg, name, expected):
    assert kg.resolve(name) == gxr(expected)


def test_unknown_name_suggests_near_matches(kg):
    with pytest.raises(NotFound) as e:
        kg.resolve("凭详市")
    assert e.value.exit_code == 2
    assert "凭祥市" in [label for label, _ in e.value.suggestions]
    assert "did you mean" in str(e.value)


def test_nonsense_name_has_no_traceback_and_no_suggestions(kg):
    with pytest.raises(NotFound) as e:
        kg.resolve("zzzzqqqq")
    assert e.value.suggestions == []


def test_ambiguous_name_lists_candidates(mini):
    # 丙 is an alt name of 丙县; 丙县橙子 contains it, but exact wins
    assert mini.resolve("丙") == gxr("test/county")
    with pytest.raises(Ambiguous) as e:
        mini.resolve("边城")  # an alternative name of two counties
    assert {c[0] for c in e.value.candidates} == {"丙县", "丁县"}
    assert e.value.exit_code == 2


def test_weak_match_is_not_guessed(mini):
    with pytest.raises(NotFound) as e:
        mini.resolve("县")  # a substring of several names: suggest, never pick
    assert {"丙县", "丁县"} <= {label for label, _ in e.value.suggestions}


def test_type_filter_in_resolution(kg):
    assert kg.resolve("百色", types=[gxo("Prefecture")]) == gxr("place/451000")


def test_labels_in_both_languages(kg):
    e = gxr("place/450224")
    assert kg.label(e, "zh") == "融安县"
    assert kg.label(e, "en") == "Rong'an County"
    assert kg.labels(e) == {"zh": "融安县", "en": "Rong'an County"}


def test_label_falls_back_to_curie(kg):
    assert kg.label("https://example.org/nothing") == "https://example.org/nothing"
    assert kg.label(gxr("nothing/here")) == "gxr:nothing/here"


@pytest.mark.parametrize("name, expected", [
    ("County", "County"), ("counties", "County"), ("gxo:County", "County"), ("县级行政区", "County"),
    ("platforms", "Platform"), ("产品", "Product"), ("policy document", "Policy"),
])
def test_resolve_class(kg, name, expected):
    assert kg.resolve_class(name) == gxo(expected)


def test_unknown_class_lists_known(kg):
    with pytest.raises(UsageError, match="known classes: .*County"):
        kg.resolve_class("planet")


def test_resolve_relation(kg):
    assert kg.resolve_relation("locatedIn") == gxo("locatedIn")
    assert kg.resolve_relation("位于") == gxo("locatedIn")
    assert kg.resolve_relation("originates from") == gxo("originatesFrom")
    with pytest.raises(UsageError, match="unknown relation"):
        kg.resolve_relation("eats")


def test_entities_and_relations_counts(kg):
    assert len([e for e in kg.entities if kg.is_a(e, gxo("County"))]) == 111
    assert len([e for e in kg.entities if kg.is_a(e, gxo("Prefecture"))]) == 14
    # rdf:type is never an edge, literals never nodes
    assert all(p != "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" for _, p, _ in kg.relations)


def test_neighbors_mini(mini):
    county = gxr("test/county")
    got = {(str(e.other), str(e.relation), e.direction, e.depth) for e in mini.neighbors(county)}
    assert got == {
        (gxr("test/city"), gxo("locatedIn"), "out", 1),
        (gxr("test/model"), gxo("adoptsModel"), "out", 1),
        (gxr("test/fruit"), gxo("originatesFrom"), "in", 1),
    }
    two = {(str(e.other), e.depth) for e in mini.neighbors(county, depth=2)}
    assert (gxr("test/prov"), 2) in two and (gxr("test/county2"), 2) in two
    outs = {str(e.other) for e in mini.neighbors(county, direction="out")}
    assert outs == {gxr("test/city"), gxr("test/model")}
    only = {str(e.other) for e in mini.neighbors(county, depth=3, relations=[gxo("locatedIn")])}
    assert only == {gxr("test/city"), gxr("test/prov"), gxr("test/county2")}
    typed = {str(e.other) for e in mini.neighbors(county, depth=2, types=[gxo("Place")])}
    assert typed == {gxr("test/city"), gxr("test/prov"), gxr("test/county2")}
    assert len(mini.neighbors(county, depth=2, limit=2)) == 2


def test_paths_mini(mini):
    p = mini.paths(gxr("test/fruit"), gxr("test/county2"))
    assert len(p) == 1
    assert [str(x) if not isinstance(x, tuple) else (str(x[0]), x[1]) for x in p[0]] == [
        gxr("test/fruit"), (gxo("originatesFrom"), "out"), gxr("test/county"), (gxo("locatedIn"), "out"),
        gxr("test/city"), (gxo("locatedIn"), "in"), gxr("test/county2")]
    assert mini.paths(gxr("test/fruit"), gxr("test/island")) == []
    assert mini.paths(gxr("test/fruit"), gxr("test/county2"), max_length=2) == []


def test_all_shortest_paths(mini):
    # model -> county is one step both ways; fruit -> model has two shortest paths? no: one via county, one direct
    p = mini.paths(gxr("test/model"), gxr("test/city"), all_paths=True)
    assert len(p) == 1 and len(p[0]) == 5


def test_path_on_shipped_graph(kg):
    p = kg.paths(kg.resolve("融安"), kg.resolve("广西"))
    assert [kg.label(x) for x in p[0] if not isinstance(x, tuple)] == ["融安县", "柳州市", "广西壮族自治区"]


def test_edge_evidence_is_the_stating_sentence(kg):
    ev = kg.edge_evidence(gxr("place/451223"), gxo("adoptsModel"), gxr("model/fengshan-walnut-chicken-ecommerce-households"))
    assert len(ev) == 1
    assert ev[0]["quote"].startswith("凤山通过“万寿谷核桃鸡产业+电商+贫困户”联动")
    assert ev[0]["source"]["url"] == "http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml"


def test_every_relation_is_stated_or_derived_by_a_named_rule(kg):
    missing = [(s, p, o) for s, p, o in kg.relations if not kg.edge_evidence(s, p, o) and not kg.derivation(s, p, o)]
    assert missing == []
    derived = {(s, p, o): kg.derivation(s, p, o, "en")["label"] for s, p, o in kg.relations if kg.derivation(s, p, o)}
    up = gxo("upstreamIndustry")
    # stated for the group (一根米粉串起一条产业链) and never passed on to its members (issue 20: 6 of the 12 were false)
    assert kg.edge_evidence(gxr("product/guangxi-rice-noodles"), up, gxr("industry/river-snail-farming"))
    for member in ("liuzhou-luosifen", "guilin-rice-noodles", "nanning-laoyou-noodles"):
        assert (gxr(f"product/{member}"), up, gxr("industry/river-snail-farming")) not in kg.relations
    assert set(derived.values()) == {"held in a city, held in its province", "held where the report is about"}
    forum = gxr("event/china-asean-info-port-ecommerce-forum-2018")
    assert kg.edge_evidence(forum, gxo("heldIn"), gxr("place/450100"))
    assert derived[(forum, gxo("heldIn"), gxr("place/450000"))] == "held in a city, held in its province"
    assert derived[(gxr("event/sanyuesan-ecommerce-festival"), gxo("heldIn"), gxr("place/450000"))] == "held where the report is about"
    # the Belt and Road: Guangxi lies at a node of it; the article does not say Guangxi implements it
    assert (gxr("place/450000"), gxo("implements"), gxr("program/belt-and-road")) not in kg.relations
    assert (gxr("place/450000"), gxo("liesAtNodeOf"), gxr("program/belt-and-road")) in kg.relations


def test_observations_of_kumquat(kg):
    obs = kg.observations(gxr("product/rongan-kumquat"), "en")
    got = {(o["indicator"]["label"], o["value"], o["unit"]["iri"], o["stated_as"]) for o in obs}
    assert got == {("price before the model", "2", gxo("CNYPerJin"), "2元/斤"),
                   ("price after the model", "40", gxo("CNYPerJin"), "40元/斤")}


def test_parse_error_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b \"unterminated .\n", encoding="utf-8")
    with pytest.raises(GraphParseError, match=r"bad\.ttl:\d+: Turtle syntax error"):
        KnowledgeGraph.open(files=[bad], quiet=True)


def test_an_invalid_iri_stops_the_build_though_the_store_loads_leniently(tmp_path, monkeypatch):
    """The store's bulk load skips its IRI checks (for speed); the child that reads the names parses strictly,
    so an IRI with a space still stops the build with one line (file, line, column) and leaves no store."""
    monkeypatch.setenv("GXKG_CACHE_DIR", str(tmp_path / "cache"))
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix gxr: <https://w3id.org/gxkg/resource/> .\n"
                   "gxr:a <https://w3id.org/gxkg/ontology#produces> <http://ex ample/b> .\n", encoding="utf-8")
    with pytest.raises(GraphParseError) as e:
        KnowledgeGraph.open(files=[DATA / "ontology" / "gxkg.ttl", bad], quiet=True)
    assert str(e.value) == "%s:2: Turtle syntax error, column 49: Invalid IRI code point ' '" % bad
    assert not any((tmp_path / "cache" / "stores").glob("*/gxkg-store.json"))


def test_store_is_reused_and_rebuilt_when_content_changes(tmp_path, monkeypatch):
    """The store is keyed by the files' content: the same bytes reuse it, an edit that keeps size and
    mtime still rebuilds it, and there is no pickle to plant."""
    import os

    monkeypatch.setenv("GXKG_CACHE_DIR", str(tmp_path / "cache"))
    mini = tmp_path / "mini.ttl"
    mini.write_bytes((FIXTURES / "mini" / "mini.ttl").read_bytes())
    files = [DATA / "ontology" / "gxkg.ttl", mini]
    a = KnowledgeGraph.open(files=files, quiet=True)
    stores = list((tmp_path / "cache" / "stores").iterdir())
    assert len(stores) == 1 and not list((tmp_path / "cache").rglob("*.pickle"))
    b = KnowledgeGraph.open(files=files, quiet=True)
    assert b.store.path == a.store.path
    st = mini.stat()
    text = mini.read_text(encoding="utf-8")
    assert "丙" in text and "戊" not in text
    mini.write_text(text.replace("丙", "戊", 1), encoding="utf-8")  # same size in UTF-8
    os.utime(mini, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert mini.stat().st_size == st.st_size and mini.stat().st_mtime_ns == st.st_mtime_ns
    c = KnowledgeGraph.open(files=files, quiet=True)
    assert c.store.path != a.store.path
    assert c.resolve("戊县") == gxr("test/county")


def test_digest_memo_sees_an_edit_that_keeps_size_and_mtime(tmp_path, monkeypatch):
    """The digest memo is keyed by ctime too (set by every write, never settable), like git's index."""
    import json
    import os

    from gxkg.store import build

    monkeypatch.setattr(build, "RACY_SECONDS", -1.0)  # memoise at once (files here are seconds old)
    f = tmp_path / "a.ttl"
    f.write_text("<http://e/a> <http://e/b> \"甲\" .\n", encoding="utf-8")
    memo = tmp_path / "digests.json"
    first = build.content_hash([f], memo)
    assert json.loads(memo.read_text())[str(f.resolve())][5]
    assert build.content_hash([f], memo) == first
    st = f.stat()
    f.write_text("<http://e/a> <http://e/b> \"乙\" .\n", encoding="utf-8")
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert build.content_hash([f], memo) != first


@pytest.mark.parametrize("name, expected", [
    ("芒果", "product/baise-mango"), ("mango", "product/baise-mango"), ("Liubao tea", "product/wuzhou-liubao-tea"),
    ("13th five-year plan", "policy/guangxi-ecommerce-13th-five-year-plan"),
    ("Guangxi Commerce Department", "org/guangxi-commerce-department"),
    ("Liuzhou snail rice noodles", "product/liuzhou-luosifen"),
    ("廣西", "place/450000"), ("南寧", "place/450100"), ("柳州螺螄粉", "product/liuzhou-luosifen"), ("憑祥", "place/451481"),
])
def test_confident_search_hits_and_traditional_characters_resolve(kg, name, expected):
    assert kg.resolve(name) == gxr(expected)


@pytest.mark.parametrize("name", ["越南", "Vietnam"])
def test_junk_is_neither_taken_nor_suggested(kg, name):
    with pytest.raises(NotFound) as e:
        kg.resolve(name)
    assert e.value.suggestions == []
    assert kg.search(name) == []
