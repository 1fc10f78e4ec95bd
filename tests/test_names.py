"""The name index (gxkg.names): streamed from the store into SQLite, it holds what reading each entity on its own
gives, and its search answers from the n-gram full-text index."""

import re
import sqlite3
from pathlib import Path

from gxkg import names, text
from gxkg.vocab import vocabulary
from conftest import gxo

LOOKUP_CLASS_IRIS = vocabulary().name_classes()  # the classes whose names the index holds, from the ontology


def _dump(path):
    """Every table of a name index as sorted rows; the grams full-text index as its (gram, node) pairs."""
    con = sqlite3.connect(path)
    try:
        out = {t: sorted(con.execute(f"SELECT * FROM {t}")) for t in ("nodes", "names", "words", "meta", "charpy", "t2s")}
        con.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, grams, 'instance')")
        out["grams"] = sorted((bytes.fromhex(t).decode(), d) for t, d in con.execute("SELECT term, doc FROM temp.v"))
        out["order"] = list(con.execute("SELECT node, form, kind FROM names WHERE kind != 'code' ORDER BY node, rowid"))
        return out
    finally:
        con.close()


def _expected(store):
    """The index's rows worked out entity by entity in plain Python (what the SQL build must equal)."""
    from gxkg.namespaces import curie, expand

    lookup = " ".join(f"<{c}>" for c in LOOKUP_CLASS_IRIS)
    iris = sorted({r["e"].value for r in store.select(f"SELECT ?e WHERE {{ VALUES ?c {{ {lookup} }} ?e a ?c FILTER(isIRI(?e)) }}")})
    nodes, rows, grams, words, order = [], [], set(), set(), []
    for i, e in enumerate(iris, 1):
        types = sorted({r["t"].value for r in store.select(f"SELECT ?t WHERE {{ <{e}> a ?t }}")})
        lits = [(r["p"].value, r["n"]) for r in store.select(f"SELECT ?p ?n WHERE {{ <{e}> ?p ?n FILTER(isLiteral(?n)) }}")]
        label = {lang: min((n.value for p, n in lits if p.endswith("#label") and n.language == lang), default=None)
                 for lang in ("zh", "en")}
        nodes.append((i, e, label["zh"], label["en"], " ".join(types)))
        props = {expand(p) for p in names.NAME_PROPS}
        forms = set()
        for name in sorted({n.value for p, n in lits if p in props}):
            rows.append((text.normalize(name), i, name, "name"))
            order.append((i, name, "name"))
            forms.add(text.normalize(name))
            for rest in _short(name):  # 广西钦州保税港区 is also 钦州保税港区; 东盟信息港电商论坛
                rows.append((text.normalize(rest), i, rest, "name"))
                order.append((i, rest, "name"))
            if text.has_cjk(name):
                rows.append((text.pinyin(name), i, text.pinyin(name), "pinyin"))
                order.append((i, text.pinyin(name), "pinyin"))
                forms.add(text.pinyin(name))
            else:
                words.update((w, i) for w in text.words(name))
                m = re.match(r"^([A-Z][a-z']+)xian County$", name)  # Rongxian County is also Rong County (容县)
                if m:
                    rows.append((text.normalize(f"{m.group(1)} County"), i, f"{m.group(1)} County", "name"))
                    order.append((i, f"{m.group(1)} County", "name"))
                    forms.add(text.normalize(f"{m.group(1)} County"))
        codes = {n.value for p, n in lits if p in {expand(c) for c in names.CODE_PROPS}} | {curie(e)}
        rows += [(text.normalize(c), i, c, "code") for c in codes]
        grams.update((g, i) for f in forms for g in names.grams(f))
    return {"nodes": sorted(nodes), "names": sorted(rows), "words": sorted(words), "grams": sorted(grams), "order": order}


def _short(name: str) -> list[str]:
    """The short forms of a name, worked out one by one: 电商 for 电子商务, 东盟 for 中国-东盟, less 广西 or 中国-东盟."""
    forms = {name}
    for long_, short in (("电子商务", "电商"), ("中国-东盟", "东盟"), ("中国—东盟", "东盟"), ("综合试验区", "综试区")):
        forms |= {f.replace(long_, short) for f in list(forms) if long_ in f}
    for f in list(forms):
        scope = "广西壮族自治区" if f.startswith("广西壮族自治区") else "广西" if f.startswith("广西") else ""
        rest = f[len(scope):] if scope else ""
        if len(rest) >= 4 and text.has_cjk(rest[0]):
            forms.add(rest)
    for f in list(forms):  # a document's title less its issuer: 关于… to the end, when it ends as titles do
        at = f.find("关于")
        if at > 0 and len(f) - at >= 8 and f.endswith(("意见", "通知", "批复", "规划", "方案", "计划", "决定", "办法", "条例", "规定", "函")):
            forms.add(f[at:])
    for f in list(forms):  # a title that begins 关于, less it: 加快电子商务发展的若干意见
        if f.startswith("关于") and len(f) >= 10 and f.endswith(("意见", "通知", "批复", "规划", "方案", "计划", "决定", "办法", "条例", "规定", "函")):
            forms.add(f[2:])
    for f in list(forms):  # less the partners it begins with: 中小企业贸易促进平台
        for p in ("中国-东盟", "中国—东盟"):
            if f.startswith(p) and len(f) - len(p) >= 6:
                forms.add(f[len(p):])
    return sorted(f for f in forms - {name} if len(f) >= 4)


def test_index_equals_the_rows_worked_out_entity_by_entity(kg, tmp_path):
    """The streamed, SQL-joined build holds exactly what reading each entity on its own gives: nodes with
    their classes and first zh/en label, names, pinyin, codes, words, n-grams, and names in (node, name) order
    (the order search scores them in)."""
    built = _dump(names.build_index(tmp_path / "n.sqlite", kg.store, LOOKUP_CLASS_IRIS))
    expected = _expected(kg.store)
    for table, rows in expected.items():
        assert built[table] == rows, table
    longest = max(len(r[2]) for r in expected["names"] if r[3] == "name")
    assert built["meta"] == sorted([("nodes", str(len(expected["nodes"]))), ("longest", str(longest))])
    assert len(built["nodes"]) > 200 and any(r[2] == "柳州螺蛳粉" for r in built["names"])


def test_index_is_the_same_from_any_store_of_the_same_triples(kg, tmp_path):
    """The embedded store streams its rows; any other backend hands them over as a list: the same index."""
    from gxkg.store.base import Store

    class Listing:  # a backend without streaming: the base class's stream over select
        stream = Store.stream

        def select(self, query):
            return kg.store.select(query)

    a = _dump(names.build_index(tmp_path / "a.sqlite", kg.store, LOOKUP_CLASS_IRIS))
    b = _dump(names.build_index(tmp_path / "b.sqlite", Listing(), LOOKUP_CLASS_IRIS))
    assert a == b


def test_index_from_the_files_is_the_index_from_their_store(kg, tmp_path):
    """The build reads the index from the files while the store loads them: the same rows as from the store,
    with the lookup classes taken from the ontology file (a class the ontology adds is indexed too)."""
    from gxkg.kg import default_files
    from gxkg.store.build import _format

    files = [(Path(f), _format(f), Path(f).resolve().as_uri()) for f in default_files()]
    a = _dump(names.build_index(tmp_path / "a.sqlite", kg.store, LOOKUP_CLASS_IRIS))
    b = _dump(names.build_index_from_files(tmp_path / "b.sqlite", files))
    assert a == b and len(b["nodes"]) > 200
    extra = tmp_path / "extra.ttl"
    extra.write_text("""@prefix gxo: <https://w3id.org/gxkg/ontology#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    gxo:Cooperative a owl:Class ; rdfs:isDefinedBy <https://w3id.org/gxkg/ontology> ; rdfs:label "合作社"@zh .
    <https://w3id.org/gxkg/resource/coop/x> a gxo:Cooperative ; rdfs:label "某合作社"@zh .""", encoding="utf-8")
    c = _dump(names.build_index_from_files(tmp_path / "c.sqlite", files + [(extra, _format(extra), extra.as_uri())]))
    assert [r[1] for r in c["nodes"] if r[2] == "某合作社"] == ["https://w3id.org/gxkg/resource/coop/x"]


def test_index_worked_out_in_two_processes_is_the_one_worked_out_in_one(kg, tmp_path, monkeypatch):
    """Names are worked out in two worker processes when there is more than one chunk of them (a large
    graph): the same rows, in the same order, as in one process."""
    one = _dump(names.build_index(tmp_path / "one.sqlite", kg.store, LOOKUP_CLASS_IRIS))
    monkeypatch.setattr(names, "CHUNK", 50)
    calls = []
    real = names._mapped
    monkeypatch.setattr(names, "_mapped", lambda fn, chunks: calls.append(1) or real(fn, list(chunks)))
    two = _dump(names.build_index(tmp_path / "two.sqlite", kg.store, LOOKUP_CLASS_IRIS))
    assert calls and two == one
    import sqlite3
    order = lambda p: list(sqlite3.connect(p).execute("SELECT key, node, form, kind FROM names ORDER BY rowid"))
    assert order(tmp_path / "two.sqlite") == order(tmp_path / "one.sqlite")


def test_name_pinyin_equals_the_pinyin_of_the_whole_name(kg):
    rows = kg.store.select("SELECT DISTINCT ?n WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?n }")
    labels = [r["n"].value for r in rows] + ["柳州螺蛳粉 12", "Liuzhou 螺蛳粉3号", "（广西）2018年"]
    for name in labels:
        assert names.name_pinyin(name) == text.pinyin(name), name


def test_index_of_a_small_graph_with_every_kind_of_name(tmp_path):
    """Two Chinese labels (the smallest is the node's), an alternative name equal to a label (one row), an
    English name's words, a division code, and a node of no lookup class (left out)."""
    import pyoxigraph as ox

    from gxkg.store.embedded import EmbeddedStore

    ttl = """@prefix gxo: <https://w3id.org/gxkg/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix gxr: <https://w3id.org/gxkg/resource/> .
    gxr:b a gxo:County ; rdfs:label "乙县"@zh, "甲县"@zh, "Jia County"@en ; skos:altLabel "甲县"@zh ; gxo:divisionCode "450101" .
    gxr:a a gxo:Product, gxo:Thing ; rdfs:label "Golden Mangoes"@en .
    gxr:x a gxo:Evidence ; rdfs:label "不是实体"@zh ."""
    st = ox.Store()
    st.load(ttl.encode(), format=ox.RdfFormat.TURTLE)
    from gxkg.namespaces import PREFIX_MAP

    d = _dump(names.build_index(tmp_path / "s.sqlite", EmbeddedStore(st, prefixes=PREFIX_MAP, union=False), LOOKUP_CLASS_IRIS))
    a, b = "https://w3id.org/gxkg/resource/a", "https://w3id.org/gxkg/resource/b"
    assert d["nodes"] == [(1, a, None, "Golden Mangoes", "https://w3id.org/gxkg/ontology#Product https://w3id.org/gxkg/ontology#Thing"),
                          (2, b, "乙县", "Jia County", "https://w3id.org/gxkg/ontology#County")]  # 乙 U+4E59 < 甲
    assert [r for r in d["names"] if r[1] == 2 and r[3] == "name"] == \
        [("jiacounty", 2, "Jia County", "name"), ("乙县", 2, "乙县", "name"), ("甲县", 2, "甲县", "name")]
    assert {r[2] for r in d["names"] if r[3] == "code"} == {"450101", "gxr:a", "gxr:b"}
    assert d["words"] == [("county", 2), ("golden", 1), ("jia", 2), ("mangoe", 1)]  # words() singular: -s off
    assert ("甲县", 2) in d["grams"] and ("jiaxian"[:2], 2) in d["grams"] and not any(n == 3 for _, n in d["grams"])
    assert names.NameIndex(tmp_path / "s.sqlite").search("甲县")[0]["iri"] == b


def test_names_in_a_text_are_what_an_automaton_over_every_name_finds(kg):
    """ask reads the names a question holds by probing the index for the question's spans: the same (end,
    form, IRIs) as an Aho-Corasick automaton over every Chinese name of the index (what it built before, at a
    cost growing with the graph)."""
    import re

    import ahocorasick

    con = kg.names.con
    A = ahocorasick.Automaton()
    for iri, form in con.execute("SELECT nodes.iri, names.form FROM names JOIN nodes ON nodes.id = names.node "
                                 "WHERE names.kind = 'name'"):
        if len(form) >= 2 and re.search(r"[\u3400-\u9fff]", form):
            prev = A.get(form, None)
            A.add_word(form, (form, sorted({iri} | (set(prev[1]) if prev else set()))))
    A.make_automaton()
    forms = [r[0] for r in con.execute("SELECT form FROM names WHERE kind = 'name' ORDER BY form")]
    texts = ["柳州螺蛳粉2017年销售额是多少？", "百色市和河池市哪个县更多", "融安金桔在阿里巴巴上卖吗", "广西电商新跨越 经济增长新引擎",
             "".join(forms[::7])[:600], "没有名字", "Liubao tea 六堡茶"]
    for text in texts:
        assert sorted(kg.names.names_in(text)) == sorted(A.iter(text)), text
    assert any(f == "柳州螺蛳粉" for _, (f, _) in kg.names.names_in(texts[0]))


def test_a_page_of_a_class_is_the_sparql_order_from_the_index(kg):
    """`list --type` pages come from the index: the same IRIs in the same order as sorting every instance by its
    name in the language asked (else Chinese, else the IRI), for a class, a class with subclasses, and later pages."""
    for cls, lang in (("Product", "zh"), ("Product", "en"), ("Place", "zh"), ("Place", "en"), ("Organization", "en")):
        closure = kg._class_closure([gxo(cls)])
        rows = []
        for e in kg.instances(gxo(cls)):
            zh = kg.names.node(e)["zh"]
            en = kg.names.node(e)["en"]
            rows.append(((en or zh or e) if lang == "en" else (zh or e), e))
        expected = [e for _, e in sorted(rows)]
        total, first = kg.names.page(closure, lang, 25, 0)
        assert total == len(expected) and first == expected[:25]
        assert kg.names.page(closure, lang, 25, 25)[1] == expected[25:50]
        assert kg.names.page(closure, lang, 0, 0)[1] == expected


def test_name_words_and_their_one_edit_neighbours_are_in_the_index(kg):
    assert {"noodles", "banana"} <= kg.names.known_words(["noodles", "banana", "zzzz"], common=True)
    assert "zzzz" not in kg.names.known_words(["zzzz"])
    assert "noodles" in kg.names.one_edit_candidates("noodels")


def test_search_reads_the_rarest_n_grams_within_a_budget(kg, monkeypatch):
    """A query's n-grams are read rarest first within GRAM_BUDGET postings (always the rarest), so common
    n-grams cost nothing on a large graph; a near miss is still found through its rare n-grams."""
    con = kg.names.con
    gs = names.grams("liuzhouluosifen")
    df = {t: n for t, n in con.execute("SELECT token, n FROM gram_df")}
    known = sorted((df[names.gram_token(g)], names.gram_token(g)) for g in gs if names.gram_token(g) in df)
    assert kg.names._rare_grams(gs) == [t for _, t in known][:len(kg.names._rare_grams(gs))]
    monkeypatch.setattr(names, "GRAM_BUDGET", 0)
    assert kg.names._rare_grams(gs) == [known[0][1]]
    assert kg.search("柳州螺丝粉", limit=1)[0].label == "柳州螺蛳粉"


def test_a_name_is_found_without_the_region_it_begins_with(kg):
    """广西钦州保税港区 written as 钦州保税港区 (and 广西桂茶产业 as 桂茶产业) is that thing exactly; a short rest
    (广西米粉: 米粉, a class word) is not a name of its own."""
    assert kg.names.exact("钦州保税港区") == ["https://w3id.org/gxkg/resource/place/450702403"]
    assert kg.names.exact("桂茶产业") == kg.names.exact("广西桂茶产业") != []
    assert names._without_scope("广西米粉") is None and names._without_scope("广西壮族自治区商务厅") is None


def test_a_name_is_found_in_its_usual_short_form(kg):
    """中国-东盟信息港电子商务论坛 written as 东盟信息港电商论坛: 电商 for 电子商务, 中国- left out."""
    assert kg.names.exact("东盟信息港电商论坛") == kg.names.exact("中国-东盟信息港电子商务论坛") != []


def test_a_title_is_found_without_its_issuer_and_without_guanyu(kg):
    """自治区人民政府关于加快电子商务发展的若干意见 cited as 加快电子商务发展的若干意见 (or with 电商) is that document."""
    doc = "https://w3id.org/gxkg/resource/policy/accelerating-ecommerce-opinions"
    assert kg.names.exact("加快电子商务发展的若干意见") == kg.names.exact("加快电商发展的若干意见") == [doc]
    assert kg.names.exact("关于加快电子商务发展的若干意见") == [doc]


def test_a_search_scores_at_most_its_bound_of_candidates_the_likeliest_first(kg, monkeypatch):
    """Past MAX_SCORED candidates only the likeliest are scored (the same name, then one holding the query, then
    most shared letter pairs), so a search costs as much on a large graph as on a small one and still finds it."""
    ids = [1, 2, 3, 4, 5]
    forms = {1: (["钦州港"], []), 2: (["柳州市"], ["liuzhoushi"]), 3: (["柳州螺蛳粉产业园"], []),
             4: (["南宁"], []), 5: (["柳州螺蛳粉"], [])}
    monkeypatch.setattr(names, "MAX_SCORED", 2)
    assert names._likeliest("柳州螺蛳粉", ids, forms) == [3, 5]
    monkeypatch.setattr(names, "MAX_SCORED", 5)
    assert names._likeliest("柳州螺蛳粉", ids, forms) == ids
    monkeypatch.setattr(names, "MAX_SCORED", 3)
    assert kg.search("柳州螺蛳粉", limit=1)[0].label == "柳州螺蛳粉"
    assert kg.search("Liuzhou river snail rice noodles", limit=1)[0].label == "柳州螺蛳粉"
