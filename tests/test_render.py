"""`gxkg render` output without a browser: one offline file, escaped text, pyvis model (gxkg.render)."""

import json
import re

import pytest

from conftest import FIXTURES, gxr
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
