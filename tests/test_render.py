"""`gxkg render` output without a browser: one offline file, escaped text, pyvis model (gxkg.render)."""

import json
import re

import pytest

from conftest import DATA, FIXTURES, gxr
from gxkg.cli import main
from gxkg.render import build_network, page_data, render_html


def page_json(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="gxkg-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def html(kg):
    return render_html(kg, lang="zh")


def test_page_is_self_contained(html):
    # no external scripts, styles, fonts or images: everything inline
    assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)=', html)
    assert "vis-network" in html and "cdn" not in html.lower().split("vis-network")[0]
    assert 'http-equiv="Content-Security-Policy"' in html and "connect-src 'none'" in html


def test_page_carries_every_entity_and_edge(kg, html):
    data = page_json(html)
    assert len(data["nodes"]) == len(kg.entities) == len(data["vis"]["nodes"])
    assert len(data["edges"]) == len(kg.relations)
    assert all(e["ev"] or e["rule"] for e in data["edges"])  # every edge can show its sentence, or its rule


def test_search_forms_include_pinyin_and_alt_names(html):
    data = page_json(html)
    mango = next(n for n in data["nodes"] if n["iri"] == gxr("product/baise-mango"))
    assert {"百色芒果", "baisemangguo", "baisemango"} <= set(mango["names"])
    heng = next(n for n in data["nodes"] if n["iri"] == gxr("place/450181"))
    assert "横县" in heng["names"]


def test_side_panel_data_for_guangxi(kg):
    data = page_data(kg, "en")
    gx = next(n for n in data["nodes"] if n["iri"] == gxr("place/450000"))
    figs = [f for f in data["details"][gx["id"]]["figures"] if f["ind"] == "e-commerce transaction volume"]
    assert [(f["sort"], f["stated"]) for f in sorted(figs, key=lambda f: f["sort"])] == [
        ("2013", "1266亿元"), ("2017", "7056亿元"), ("2018-01", "4220亿元")]


def test_around_writes_only_the_neighbourhood(kg):
    """--around carries the neighbourhood to depth+1 (the outer ring hidden, for expansion), nothing else."""
    data = page_data(kg, "zh", around=kg.resolve("融安"), depth=1)
    labels = {data["nodes"][i]["label"] for i in data["initial"]}
    assert labels == {"融安县", "柳州市", "融安金桔", "“电商+农民合作社+贫困户”模式"}
    ring = {x.other for x in kg.neighbors(kg.resolve("融安"), depth=2)} | {kg.resolve("融安")}
    assert {n["iri"] for n in data["nodes"]} == ring and len(ring) < len(kg.entities)
    shown = {(data["nodes"][e["from"]]["label"], data["nodes"][e["to"]]["label"]) for e in data["edges"]
             if e["from"] in data["initial"] and e["to"] in data["initial"]}
    assert shown == {("融安县", "柳州市"), ("融安金桔", "融安县"), ("融安县", "“电商+农民合作社+贫困户”模式"),
                     ("“电商+农民合作社+贫困户”模式", "融安金桔")}
    net = build_network(data)
    assert sum(not n["hidden"] for n in net.nodes) == 4


def test_type_filter(kg):
    data = page_data(kg, "zh", types=["https://w3id.org/gxkg/ontology#Product"])
    assert len(data["nodes"]) == 15 and {x["cls"] for x in data["legend"]} == {"Product"}


def test_hostile_text_is_escaped():
    from gxkg.kg import KnowledgeGraph
    kg = KnowledgeGraph.open(data=FIXTURES / "xss", quiet=True)
    html = render_html(kg, lang="zh", title="<script>alert(9)</script>")
    assert "<img src=x" not in html and "<script>alert" not in html
    assert "&lt;script&gt;alert(9)&lt;/script&gt;" in html
    data = page_json(html)
    evil = next(n for n in data["nodes"] if n["iri"] == gxr("test/evil"))
    assert evil["label"] == "<img src=x onerror=alert(1)>"  # kept as text, shown with textContent
    assert data["sources"][0]["url"] == ""  # a javascript: URL is never a link


def test_cli_render_writes_and_refuses_to_overwrite(runner, tmp_path):
    out = tmp_path / "view.html"
    r = runner.invoke(main, ["render", "-o", str(out), "--around", "百色", "--lang", "en"])
    assert r.exit_code == 0, r.output
    assert r.output.strip() == str(out.resolve())
    data = page_json(out.read_text(encoding="utf-8"))
    assert data["lang"] == "en" and data["focus"] is not None
    out.write_text("mine", encoding="utf-8")
    r = runner.invoke(main, ["render", "-o", str(out)])
    assert r.exit_code == 1 and "--force" in r.output and out.read_text(encoding="utf-8") == "mine"
    r = runner.invoke(main, ["render", "-o", str(out), "--force"])
    assert r.exit_code == 0 and out.read_text(encoding="utf-8") != "mine"
    r = runner.invoke(main, ["render", "-o", str(tmp_path / "x.html"), "--around", "火星"])
    assert r.exit_code == 2 and "no entity named" in r.output


@pytest.mark.parametrize("args, message", [(["--year", "20x"], "YYYY"), (["--year", "2018-2016"], "YYYY"),
                                           (["--as-of", "August"], "YYYY-MM-DD"),
                                           (["--year", "2017", "--as-of", "2018-01-01"], "not both")])
def test_render_time_options_are_checked(runner, tmp_path, args, message):
    r = runner.invoke(main, ["render", "-o", str(tmp_path / "x.html"), *args])
    assert r.exit_code == 2 and message in r.output and "Traceback" not in r.output


# ------------------------------------------------------------------ the county map (gxkg.mapview)
def test_clip_keeps_one_side_and_tags_the_new_edge():
    from gxkg.mapview import area, clip

    square = [(0, 0), (2, 0), (2, 2), (0, 2)]
    poly, tags = clip(square, ["s", "e", "n", "w"], 1, 0, 1, "cut")  # keep x <= 1
    assert sorted(poly) == [(0, 0), (0, 2), (1.0, 0.0), (1.0, 2.0)] and area(poly) == 2
    assert tags.count("cut") == 1 and set(tags) == {"s", "n", "w", "cut"}


def test_voronoi_cells_tile_the_boundary_and_hold_their_seed():
    import random

    from gxkg.mapview import area, buffered_hull, centroid, voronoi_cells

    rnd = random.Random(4)
    seeds = [(rnd.uniform(0, 100), rnd.uniform(0, 80)) for _ in range(60)]
    boundary = buffered_hull(seeds, 5)
    cells = voronoi_cells(seeds, boundary)
    assert abs(sum(area(p) for p, _ in cells) - area(boundary)) < 1e-6 * area(boundary)
    for i, (poly, tags) in enumerate(cells):
        cx, cy = centroid(poly)
        d = [(cx - x) ** 2 + (cy - y) ** 2 for x, y in seeds]
        assert d.index(min(d)) == i  # a convex cell's centroid is nearest its own seed
        for j in tags:  # an edge tagged j is shared with seed j's cell
            assert j is None or i in cells[j][1]


def test_map_draws_every_county_as_an_area(kg):
    from gxkg.mapview import area

    m = page_data(kg, "zh")["map"]
    assert m["schematic"] is True
    assert len(m["areas"]) == 111 and all(len(a["poly"]) >= 3 and area(a["poly"]) > 0 for a in m["areas"])
    assert len(m["prefectures"]) == 14 and sum(p["counties"] for p in m["prefectures"]) == 111
    assert m["borders"].count("M") > 50
    rongan = next(a for a in m["areas"] if a["iri"] == gxr("place/450224"))
    assert rongan["label"] == "融安县" and rongan["pref"] == gxr("place/450200") and rongan["id"] is not None


def test_map_layers_need_two_places(kg):
    """The shipped graph's indicators are all about the province as a whole: none is a map layer."""
    layers = page_data(kg, "zh")["map"]["layers"]
    assert [x["key"] for x in layers] == ["model:" + gxr("model/border-trade-cross-border-ecommerce"),
                                          "model:" + gxr("model/cross-border-o2o-store")]
    border = layers[0]
    assert sorted(v["area"] for v in border["values"]) == [gxr("place/450681"), gxr("place/451481")]
    assert all(v["source"] == "广西电商新跨越 经济增长新引擎" and v["reported"] == "2018-08-20" for v in border["values"])
    o2o = layers[1]  # facilities that run the model count for the place they are in, and say so
    assert {v["via"] for v in o2o["values"]} == {"南宁跨境商品直购体验中心", "钦州保税港区国际商品直销中心"}


@pytest.fixture(scope="module")
def county_kg(tmp_path_factory):
    """The shipped graph plus two made-up reports giving a designation and an indicator for several counties."""
    import shutil

    from conftest import ROOT
    from gxkg.kg import KnowledgeGraph

    d = tmp_path_factory.mktemp("countyfacts")
    for sub in ("ontology", "graph", "sources"):
        shutil.copytree(DATA / sub, d / sub)
    shutil.copy(FIXTURES / "countyfacts" / "county-facts.ttl", d / "graph")
    return KnowledgeGraph.open(data=d, quiet=True), d


def test_map_layers_by_designation_and_indicator(county_kg):
    kg, _ = county_kg
    layers = {x["key"]: x for x in page_data(kg, "zh")["map"]["layers"]}
    des = layers["designation:" + gxr("designation/national-rural-ecommerce-demonstration-county")]
    assert sorted(v["area"] for v in des["values"]) == [gxr("place/450224"), gxr("place/451022"), gxr("place/451481")]
    ind = layers["indicator:" + gxr("indicator/test-county-online-retail")]
    got = sorted((v["area"][-6:], v["num"], v["period"], v["source"]) for v in ind["values"])
    assert got == [("450224", 4e8, "2017年", "县域电商测试报告乙"), ("450224", 5e8, "2018年", "县域电商测试报告甲"),
                   ("450681", 8e8, "", "县域电商测试报告甲"), ("451022", 3e8, "2019年", "县域电商测试报告甲"),
                   ("451481", 1.2e9, "2018年", "县域电商测试报告甲")]


def test_shading_keeps_undated_values_apart_under_a_year(county_kg):
    from gxkg.mapview import NO_DATE, shade

    kg, _ = county_kg
    layer = next(x for x in page_data(kg, "zh")["map"]["layers"] if x["kind"] == "indicator")
    fill, legend = shade(layer, {"from": 2018, "to": 2018})
    assert fill[gxr("place/450681")] == NO_DATE  # 东兴: no year stated, so not shown as 2018's
    assert gxr("place/451022") not in fill  # 田东: 2019 only
    assert fill[gxr("place/451481")] != fill[gxr("place/450224")]  # 12亿 and 5亿 in different steps
    assert legend[-1] == (NO_DATE, "date not stated")
    fill_all, legend_all = shade(layer, None)
    assert NO_DATE not in fill_all.values() and len(fill_all) == 4


def test_map_svg_written_by_the_project(county_kg, runner, tmp_path):
    """Without a browser, `render --view map --svg` writes the map itself: areas, colours, legend, caption."""
    import xml.etree.ElementTree as ET

    kg, d = county_kg
    from gxkg.render import map_picture, resolve_layer
    key = resolve_layer(kg, "zh", "县域网络零售额")
    svg = map_picture(kg, "zh", key, {"from": 2018, "to": 2018}, None).decode()
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert len(root.findall(f"{ns}polygon[@class='area']")) == 111
    texts = [t.text for t in root.iter(f"{ns}text")]
    assert "时间: 2018" in texts and "date not stated" in texts and any("县域电商测试报告甲" in t for t in texts)
    assert any("示意" in t for t in texts)
    with pytest.raises(Exception, match="no map layer matches"):
        resolve_layer(kg, "zh", "火星")


def test_path_can_leave_out_administrative_links(runner):
    r = runner.invoke(main, ["path", "融安金桔", "阿里巴巴", "-f", "json"])
    assert r.exit_code == 0 and "locatedIn" in r.output
    r = runner.invoke(main, ["path", "融安金桔", "阿里巴巴", "--exclude-relation", "locatedIn"])
    assert r.exit_code == 1 and "without 位于" in r.output and "Traceback" not in r.output
    r = runner.invoke(main, ["path", "凭祥", "东兴", "--exclude-relation", "locatedIn", "-f", "json"])
    assert r.exit_code == 0, r.output
    paths = json.loads(r.output)["paths"]
    rels = [x["relation"]["iri"] for p in paths for x in p if "relation" in x]
    assert rels and "https://w3id.org/gxkg/ontology#locatedIn" not in rels
    r = runner.invoke(main, ["path", "凭祥", "东兴", "-x", "nosuch"])
    assert r.exit_code == 2 and "unknown relation" in r.output


def test_every_page_template_has_a_viewport_tag():
    from importlib import resources

    names = [p.name for p in resources.files("gxkg.templates").iterdir() if p.name.endswith(".html")]
    assert len(names) >= 6
    viewport = '<meta name="viewport" content="width=device-width, initial-scale=1">'
    base = resources.files("gxkg.templates").joinpath("base.html").read_text(encoding="utf-8")
    for n in names:
        text = resources.files("gxkg.templates").joinpath(n).read_text(encoding="utf-8")
        assert viewport in text or text.startswith('{% extends "base.html" %}') and viewport in base, n


def test_picture_options_are_checked(runner, tmp_path):
    r = runner.invoke(main, ["render", "--png", str(tmp_path / "a.png"), "--svg", str(tmp_path / "a.svg")])
    assert r.exit_code == 2 and "not both" in r.output
    r = runner.invoke(main, ["render", "--svg", str(tmp_path / "a.svg"), "--chart", "电子商务交易额"])
    assert r.exit_code == 2 and "--around" in r.output
    r = runner.invoke(main, ["render", "--svg", str(tmp_path / "a.svg"), "--view", "map", "--colour-by", "火星"])
    assert r.exit_code == 2 and "no map layer matches" in r.output and "互市贸易" in r.output


def test_render_reads_pinyin_from_the_name_index_not_pypinyin(tmp_path):
    """The page's search forms come from the index built with the store: rendering never imports pypinyin
    (0.6 s of the render's start), and the page still finds 柳州螺蛳粉 by its pinyin."""
    import subprocess
    import sys

    out = tmp_path / "page.html"
    code = ("import sys; from gxkg.cli import main; "
            f"main(['render', '-o', {str(out)!r}], standalone_mode=False); print('pypinyin' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "False"
    assert "liuzhouluosifen" in out.read_text(encoding="utf-8")


def test_a_class_added_to_the_ontology_is_drawn_with_its_colour_and_listed_in_the_legend(tmp_path):
    """No code names the classes: a class added to (a copy of) the ontology gets its display colour and shape, a
    subclass without them its superclass's, a class with neither grey dots; each a legend entry and its nodes."""
    from gxkg.kg import KnowledgeGraph

    (tmp_path / "ontology").mkdir()
    (tmp_path / "graph").mkdir()
    onto = (DATA / "ontology" / "gxkg.ttl").read_text(encoding="utf-8")
    defined = 'rdfs:isDefinedBy <https://w3id.org/gxkg/ontology> .\n'
    onto += ("\ngxo:Cooperative a owl:Class ; rdfs:subClassOf gxo:Organization ; rdfs:label \"合作社\"@zh , \"Cooperative\"@en ;\n"
             '    gxo:displayColour "#123456" ; gxo:displayShape "star" ; ' + defined +
             'gxo:Marketplace a owl:Class ; rdfs:subClassOf gxo:Platform ; rdfs:label "集市"@zh , "Marketplace"@en ; ' + defined +
             'gxo:Guild a owl:Class ; rdfs:label "行会"@zh , "Guild"@en ; ' + defined)
    (tmp_path / "ontology" / "gxkg.ttl").write_text(onto, encoding="utf-8")
    (tmp_path / "graph" / "g.ttl").write_text(
        "@prefix gxo: <https://w3id.org/gxkg/ontology#> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix ex: <https://w3id.org/gxkg/resource/test/> .\n"
        'ex:coop a gxo:Cooperative ; rdfs:label "丙县合作社"@zh , "Bing cooperative"@en ; gxo:locatedIn ex:county .\n'
        'ex:market a gxo:Marketplace ; rdfs:label "丙县集市"@zh .\nex:guild a gxo:Guild ; rdfs:label "丙县行会"@zh .\n'
        'ex:county a gxo:County ; rdfs:label "丙县"@zh .\n', encoding="utf-8")
    kg = KnowledgeGraph.open(data=tmp_path, quiet=True)
    data = page_data(kg, "en")
    legend = {x["cls"]: (x["label"], x["color"], x["shape"], x["count"]) for x in data["legend"]}
    assert legend == {"Cooperative": ("Cooperative", "#123456", "star", 1), "Marketplace": ("Marketplace", "#4472c4", "square", 1),
                      "Guild": ("Guild", "#999999", "dot", 1), "County": ("County-level division", "#5b9bd5", "dot", 1)}
    net = build_network(data)
    coop = next(n for n in data["nodes"] if n["label"] == "Bing cooperative")
    assert (net.nodes[coop["id"]]["color"], net.nodes[coop["id"]]["shape"]) == ("#123456", "star")
    assert len(data["edges"]) == 1  # the new class's entity is in the network, with its relation
