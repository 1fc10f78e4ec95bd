"""The relations real articles state (sold on a platform, sold or exported to a market, an agreement) are
usable everywhere: ingest proposes them from a fixture article, and once accepted and built, ask (zh and en),
show, neighbors, the network page, the server's pages and validate all name them from the ontology."""

import json
import re
import shutil

import pytest

from conftest import DATA, FIXTURES, gxo, gxr
from gxkg.cli import main

ARTICLE = FIXTURES / "articles" / "relations" / "2021-gongcheng-persimmon.txt"
PERSIMMON, TARO, GONGCHENG = gxr("product/gongcheng-persimmon"), gxr("product/lipu-taro"), gxr("place/450332")
PARK, OPERATOR = gxr("facility/tian-dong-xian-mang-guo-dian-shang-chan-ye-yuan"), gxr("org/guang-xi-tian-dong-gong-xiao-dian-zi-shang-wu-you-xian-gong")
STATED = {(PERSIMMON, "soldOn", gxr("org/taobao")), (PERSIMMON, "soldOn", gxr("org/pinduoduo")),
          (PERSIMMON, "soldTo", gxr("place/yangtze-river-delta")), (TARO, "exportedTo", gxr("place/vietnam")),
          (GONGCHENG, "agreementWith", gxr("org/jd")), (PARK, "operatedBy", OPERATOR)}
RELATIONS = sorted({p for _, p, _ in STATED})


def run(runner, data, *args):
    r = runner.invoke(main, ["--data", str(data), *args], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A copy of the shipped data with the fixture article ingested, every item accepted and built: (data dir, draft)."""
    from click.testing import CliRunner

    runner, data = CliRunner(), tmp_path_factory.mktemp("relations")
    for d in ("ontology", "graph", "sources"):
        shutil.copytree(DATA / d, data / d)
    out = run(runner, data, "-f", "json", "ingest", str(ARTICLE), "--title", "恭城月柿走俏线上市场", "--date", "2021-11-20",
              "--publisher", "测试")
    doc = json.loads(out[out.index("{"):])
    run(runner, data, "accept", ARTICLE.stem, "--all")
    run(runner, data, "build")
    return data, doc


@pytest.fixture(scope="module")
def kg(built):
    from gxkg.kg import KnowledgeGraph

    return KnowledgeGraph.open(data=built[0], quiet=True)


def test_ingest_proposes_each_relation_from_the_article(built):
    _, doc = built
    got = {(r["subject"], r["predicate"].rsplit("#", 1)[1], r["object"]) for r in doc["relations"]}
    assert STATED <= got
    notes = {r["predicate"].rsplit("#", 1)[1]: r["note"] for r in doc["relations"]}
    assert all(notes[p].startswith("pattern: ") for p in RELATIONS)


@pytest.mark.parametrize("question, lang, want", [
    ("恭城月柿在哪些平台销售？", "zh", {"淘宝", "拼多多"}),
    ("Which platforms is Gongcheng persimmon sold on?", "en", {"Taobao", "Pinduoduo"}),
    ("恭城月柿销往哪里？", "zh", {"长三角"}),
    ("Where is Gongcheng persimmon sold to?", "en", {"Yangtze River Delta"}),
    ("荔浦芋出口到哪些国家？", "zh", {"越南"}),
    ("Where is Lipu taro exported to?", "en", {"Viet Nam"}),
    ("恭城瑶族自治县与谁签约？", "zh", {"京东"}),
    ("Who signed an agreement with Gongcheng Yao Autonomous County?", "en", {"JD.com"}),
    ("田东县芒果电商产业园由谁运营？", "zh", {"广西田东供销电子商务有限公司"}),
    ("Which company operated Tian Dong Xian Mang Guo Dian Shang Chan Ye Yuan?", "en",
     {"Guangxi Tiandong Gongxiao E-commerce Co., Ltd."}),
])
def test_ask_answers_each_relation_in_zh_and_en(kg, question, lang, want):
    from gxkg.ask import ask

    a = ask(kg, question, lang=lang)
    assert {x["label"] for x in a.answers} == want, (a.unrecognised, a.notes)
    assert a.language == lang and not a.unrecognised


def test_show_lists_each_relation_with_its_label(built, runner):
    data, _ = built
    facts = []
    for e in (PERSIMMON, TARO, GONGCHENG, PARK):
        out = run(runner, data, "-f", "json", "--lang", "en", "show", e)
        facts += [(e, f["relation"]["iri"].rsplit("#", 1)[1], f.get("iri"), f["relation"]["label"])
                  for f in json.loads(out[out.index("{"):])["facts"] if f["direction"] == "out"]
    assert STATED <= {f[:3] for f in facts}
    assert {p: lab for _, p, _, lab in facts if p in RELATIONS} == {
        "soldOn": "sold on", "soldTo": "sold to", "exportedTo": "exported to", "agreementWith": "agreement with",
        "operatedBy": "operated by"}


def test_neighbors_walk_each_relation(built, runner):
    data, _ = built
    got = set()
    for e in (PERSIMMON, TARO, GONGCHENG, PARK):
        out = run(runner, data, "-f", "json", "--lang", "en", "neighbors", e)
        got |= {(e, r["relation"]["iri"].rsplit("#", 1)[1], r["iri"], r["relation"]["label"])
                for r in json.loads(out[out.index("{"):])["neighbors"] if r["direction"] == "out"}
    assert STATED <= {g[:3] for g in got}
    assert (GONGCHENG, "agreementWith", gxr("org/jd"), "agreement with") in got


def test_the_page_draws_each_relation_labelled_in_both_languages(kg):
    from gxkg.render import page_data

    data = page_data(kg, "zh")
    iri = {n["id"]: n["iri"] for n in data["nodes"]}
    edges = {(iri[e["from"]], e["p"].split(":", 1)[1], iri[e["to"]]): (e["rel"], e["rel_other"]) for e in data["edges"]}
    assert STATED <= set(edges)
    assert edges[(PERSIMMON, "soldOn", gxr("org/taobao"))] == ("销售平台", "sold on")
    assert edges[(GONGCHENG, "agreementWith", gxr("org/jd"))] == ("签约合作", "agreement with")
    assert edges[(PARK, "operatedBy", OPERATOR)] == ("运营方", "operated by")


def test_the_server_pages_show_each_relation(kg):
    from starlette.testclient import TestClient

    try:  # the server's home before and after it was split into gxkg.web
        from gxkg.web.app import Settings, create_app
    except ImportError:
        from gxkg.server import Settings, create_app

    with TestClient(create_app(Settings(query_workers=0), kg=kg), base_url="http://127.0.0.1") as c:
        page = c.get("/resource/product/gongcheng-persimmon?lang=en")
        assert page.status_code == 200 and all(w in page.text for w in ("sold on", "Taobao", "sold to", "Yangtze River Delta"))
        page = c.get("/resource/place/450332")
        assert page.status_code == 200 and "签约合作" in page.text and "京东" in page.text
        onto = c.get("/ontology?lang=en")
        assert all(f'id="{p}"' in onto.text for p in RELATIONS)


def test_the_built_graph_validates(built):
    from gxkg.validate import validate

    report, _ = validate(base=built[0], cache=False)
    assert report.violations == []


def test_a_wrong_class_object_or_subject_is_a_violation(built, tmp_path):
    """The domains and ranges of the ontology are checked with no shape written for these relations."""
    from gxkg.kg import default_files
    from gxkg.validate import validate

    data, _ = built
    bad = tmp_path / "bad.ttl"
    bad.write_text(f"<{PERSIMMON}> <{gxo('soldOn')}> <{GONGCHENG}> .\n"       # a county is no platform
                   f"<{TARO}> <{gxo('exportedTo')}> <{PERSIMMON}> .\n"        # a product is no market
                   f"<{gxr('org/jd')}> <{gxo('soldTo')}> <{gxr('place/asean')}> .\n"  # fine: an organisation's goods
                   f"<{gxr('place/asean')}> <{gxo('agreementWith')}> <{gxr('indicator/annual-sales')}> .\n"
                   f"<{PERSIMMON}> <{gxo('operatedBy')}> <{gxr('org/jd')}> .\n",  # a product is no facility
                   encoding="utf-8")
    report, _ = validate(files=[*default_files(data), bad], base=data, cache=False)
    got = sorted((v.node, re.search(r"gxo:\w+", v.message).group(0)) for v in report.violations if v.check == "shacl")
    assert got == [("gxr:place/asean", "gxo:agreementWith"),
                   ("gxr:product/gongcheng-persimmon", "gxo:operatedBy"),
                   ("gxr:product/gongcheng-persimmon", "gxo:soldOn"),
                   ("gxr:product/lipu-taro", "gxo:exportedTo")]
    msgs = " ".join(v.message for v in report.violations)
    assert "must be a gxo:Platform (its rdfs:range)" in msgs and "gxo:Organization or gxo:Place" in msgs
    assert "the subject of gxo:operatedBy must be a gxo:Facility or gxo:Program (its rdfs:domain)" in msgs
