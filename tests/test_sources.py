"""Growth: ingest an article into a reviewed draft, accept or reject, build, validate (gxkg.sources)."""

import json
import re
import shutil
from decimal import Decimal

import pytest
import yaml

from conftest import DATA, FIXTURES, gxo, gxr
from gxkg.cli import main
from gxkg.sources import draft as drafts
from gxkg.sources.article import parse_article
from gxkg.sources.figures import find_figures, period_for

SAMPLES = FIXTURES / "samples"
S2016 = SAMPLES / "2016-guangxi-rice-noodles.txt"
S2019 = SAMPLES / "2019-liuzhou-luosifen-villages.txt"


def run(runner, *args, code=0):
    r = runner.invoke(main, list(args), catch_exceptions=False)
    assert r.exit_code == code, f"exit {r.exit_code}: {r.output}"
    return r


def ingest_json(runner, data, path, *extra):
    r = run(runner, "--data", str(data), "ingest", str(path), "--date", "2019-10-10", "--publisher", "示例", "-f", "json", *extra)
    return json.loads(r.stdout[r.stdout.index("{"):])


# ------------------------------------------------------------------ reading text
def test_article_layout_and_bare_body():
    a = parse_article(S2019.read_text(encoding="utf-8"))
    assert a.title == "螺蛳粉走红带旺原料种植 柳州鱼峰区村民订单种豆角" and a.url.startswith("https://example.org/")
    assert a.body.startswith("2019年10月9日") and "=====" not in a.body
    sents = a.sentences()
    assert all(a.text[o:o + len(s)] == s for o, s in sents) and len(sents) == 9
    bare = parse_article("柳州市出台政策。鱼峰区种豆角。\n")
    assert bare.title is None and [s for _, s in bare.sentences()] == ["柳州市出台政策。", "鱼峰区种豆角。"]


@pytest.mark.parametrize("sentence, stated, value, unit, qualifier", [
    ("全年米粉营业收入达到730亿元。", "730亿元", "73000000000", "CNY", None),
    ("网上店铺已经超过1.2万家，", "1.2万家", "12000", "Count", "MoreThan"),
    ("带动一万余户贫困户增收脱贫", "一万余户", "10000", "Household", "MoreThan"),
    ("共有米粉店5万家以上，", "5万家以上", "50000", "Count", "AtLeast"),
    ("同比增长13.4%。", "13.4%", "13.4", "Percent", None),
    ("开有近5000家门店；", "5000家", "5000", "Count", "Nearly"),
    ("种植面积增加3000多亩，", "3000多亩", "3000", "Mu", "MoreThan"),
    ("销售额分别突破80亿元", "80亿元", "8000000000", "CNY", "Exceeds"),
    ("营业额保守估计约2亿元，", "2亿元", "200000000", "CNY", "Approximately"),
    ("年产量预计50万吨", "50万吨", "500000", "Tonne", "Projected"),
    ("发出快递3.5万件", "3.5万件", "35000", "Piece", None),
    ("每天卖出4万袋以上", "4万袋以上", "40000", "Bag", "AtLeast"),
    ("原本只卖2元/斤的金桔", "2元/斤", "2", "CNYPerJin", None),
])
def test_figures_in_base_units_with_unit_and_qualifier(sentence, stated, value, unit, qualifier):
    (f,) = [x for x in find_figures(sentence) if x.stated == stated]
    assert (f.value, f.unit, f.qualifier) == (Decimal(value), unit, qualifier)


def test_years_and_dates_are_not_figures():
    assert find_figures("2019年10月9日，2018-2020年，1-7月") == []


@pytest.mark.parametrize("sentence, at, period", [
    ("2017年汉塘村果苗年销售额达1.6亿元", "1.6亿元", {"year": "2017"}),
    ("2018年1-7月，广西电子商务交易额达4220亿元", "4220亿元", {"start": "2018-01", "end": "2018-07"}),
    ("截至2019年上半年，鱼峰区豆角种植面积增加3000多亩", "3000多亩", {"as_of": "2019-06", "cumulative": True}),
    ("截至2018年7月，累计建成服务站点3101个", "3101个", {"as_of": "2018-07", "cumulative": True}),
    ("2019年10月9日，卖出100万袋", "100万袋", {"date": "2019-10-09"}),
    ("柳州螺蛳粉的网上店铺超过1.2万家", "1.2万家", {}),
])
def test_periods(sentence, at, period):
    assert period_for(sentence, sentence.index(at)) == period


# ------------------------------------------------------------------ ingest
@pytest.fixture
def data(tmp_path):
    for d in ("ontology", "graph", "sources"):
        shutil.copytree(DATA / d, tmp_path / d)
    return tmp_path


def test_ingest_2019_sample_links_disambiguates_and_proposes(runner, data):
    doc = ingest_json(runner, data, S2019)
    assert set(doc) >= {"source", "mentions", "figures", "relations"}
    by_text = {m["text"]: m for m in doc["mentions"]}
    # 白沙镇: five places share the name; 鱼峰区 and 柳州市 around it choose 450203102
    assert by_text["白沙镇"]["iri"] == gxr("place/450203102") and by_text["白沙镇"]["candidates"] == []
    assert by_text["鱼峰区"]["iri"] == gxr("place/450203")
    assert by_text["柳州螺蛳粉"]["iri"] == gxr("product/liuzhou-luosifen")
    wm = by_text["王眉村"]
    assert wm["iri"] is None and wm["class"] == gxo("Village") and wm["proposed_iri"].startswith(gxr("place/"))
    assert by_text["柳州市螺蛳粉协会"]["class"] == gxo("Organization")
    assert by_text["促进柳州螺蛳粉产业发展的实施方案"]["class"] == gxo("Policy")
    for m in doc["mentions"]:
        assert doc and m["status"] == "proposed"
        src = (data / "graph" / "sources" / doc["source"]["file"]).read_text(encoding="utf-8")
        assert src[m["start"]:m["end"]] == m["text"] and src[m["quote_start"]:].startswith(m["quote"])
    figs = {f["statedAs"]: f for f in doc["figures"]}
    f = figs["45亿元"]
    assert (f["about"], f["value"], f["unit"], f["qualifier"]) == (
        gxr("product/liuzhou-luosifen"), "4500000000", gxo("CNY"), gxo("MoreThan"))
    assert figs["3000多亩"]["period"] == {"as_of": "2019-06", "cumulative": True} and figs["3000多亩"]["unit"] == gxo("Mu")
    assert figs["100万袋"]["qualifier"] == gxo("Approximately") and figs["100万袋"]["unit"] == gxo("Bag")
    rels = {(r["subject"], r["predicate"], r["object"]) for r in doc["relations"]}
    assert (wm["proposed_iri"], gxo("locatedIn"), gxr("place/450203102")) in rels
    for r in doc["relations"]:
        assert all(r[k].startswith("https://") for k in ("subject", "predicate", "object")) and r["quote"]


def test_an_ambiguous_name_keeps_its_candidates(runner, data, tmp_path):
    art = tmp_path / "bare.txt"
    art.write_text("白沙镇的村民今年种了豆角。\n", encoding="utf-8")
    doc = ingest_json(runner, data, art, "--title", "白沙镇")
    m = next(m for m in doc["mentions"] if m["text"] == "白沙镇")
    assert m["iri"] is None and len(m["candidates"]) == 5 and gxr("place/450203102") in m["candidates"]


def test_review_rebuild_and_validate_two_new_sources(runner, data):
    """The issue's done-when: ingest, accept --all, build, validate with 0 violations, and 柳州螺蛳粉's
    figures come from two sources."""
    for path in (S2016, S2019):
        run(runner, "--data", str(data), "ingest", str(path), "--date", "2019-10-10", "--publisher", "示例")
        run(runner, "--data", str(data), "accept", path.stem, "--all")
    out = run(runner, "--data", str(data), "build").output
    assert "written\tgraph/2019-liuzhou-luosifen-villages.ttl" in out
    report = run(runner, "--data", str(data), "validate").output
    assert "0 violations." in report
    show = json.loads(run(runner, "--data", str(data), "show", "柳州螺蛳粉", "-f", "json").stdout)
    sources = {o["source"]["title"] for o in show["observations"]}
    assert {"广西电商新跨越 经济增长新引擎", "螺蛳粉走红带旺原料种植 柳州鱼峰区村民订单种豆角"} <= sources
    table = run(runner, "--data", str(data), "show", "柳州螺蛳粉").output
    assert "45亿元" in table and "30亿元" in table and "螺蛳粉走红带旺原料种植" in table
    # the village the article names is in the graph now, under its township, with the base that lies in it
    # (王眉村的豆角基地)
    nb = json.loads(run(runner, "--data", str(data), "neighbors", "王眉村", "-f", "json").stdout)
    assert sorted(n["label"] for n in nb["neighbors"]) == ["白沙镇", "豆角基地"]
    listing = json.loads(run(runner, "--data", str(data), "sources", "-f", "json").stdout)
    counts = {s["id"]: (s["accepted"], s["proposed"]) for s in listing}
    shipped = yaml.safe_load((DATA / "sources" / "sina-gx-2018-08-20.yaml").read_text(encoding="utf-8"))
    n = sum(len(shipped[k]) for k in ("mentions", "indicators", "figures", "relations", "translations"))
    assert counts["sina-gx-2018-08-20"] == (n, 0) and counts["2019-liuzhou-luosifen-villages"][1] == 0


def test_accept_reject_and_reingest_keep_decisions(runner, data):
    doc = ingest_json(runner, data, S2019)
    sid = doc["source"]["id"]
    f45 = next(f["id"] for f in doc["figures"] if f["statedAs"] == "45亿元")
    m1, m2 = doc["mentions"][0]["id"], doc["mentions"][1]["id"]
    run(runner, "--data", str(data), "accept", sid, f45, m1)
    run(runner, "--data", str(data), "reject", sid, m2)
    r = run(runner, "--data", str(data), "reject", sid, "m999", code=2)
    assert "no item 'm999'" in r.output
    r = run(runner, "--data", str(data), "accept", "nope", "--all", code=1)
    assert "no source 'nope'" in r.output
    again = ingest_json(runner, data, S2019)
    status = {it["id"]: it["status"] for sec in ("mentions", "figures") for it in again[sec]}
    assert status[f45] == "accepted" and status[m1] == "accepted" and status[m2] == "rejected"
    # the built graph is untouched until build
    assert not (data / "graph" / f"{sid}.ttl").exists()
    # another text under the same id is refused without --force
    other = data / "other.txt"
    other.write_text("鱼峰区种豆角。\n", encoding="utf-8")
    r = run(runner, "--data", str(data), "ingest", str(other), "--id", sid, "--title", "t", "--date", "2019-10-10",
            "--publisher", "p", code=2)
    assert "--force" in r.output
    path = data / "sources" / f"{sid}.yaml"
    kept = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert any(m["status"] == "rejected" for m in kept["mentions"])


# ------------------------------------------------------------------ stable ids (issue 18, item 3)
def decisions(doc):
    return {it["id"]: (sec, it["status"], it.get("note")) for sec in ("mentions", "indicators", "figures", "relations")
            for it in doc[sec]}


def test_ids_come_from_content_and_place(runner, data, tmp_path):
    """Ids are short (m-3f2a), unique, and the same on another reading of the same text in another copy."""
    doc = ingest_json(runner, data, S2019)
    ids = list(decisions(doc))
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"[mifr]-[0-9a-f]{4,}(-\d+)?", i) for i in ids), ids
    other = tmp_path / "other"
    for d in ("ontology", "graph", "sources"):
        shutil.copytree(DATA / d, other / d)
    assert list(decisions(ingest_json(runner, other, S2019))) == ids


def test_reingest_of_a_reviewed_source_changes_no_id_and_no_decision(runner, data):
    """Accept, reject with a reason, edit a label and the metadata, comment; ingest again: the file is the same
    byte for byte (ids, statuses, notes, edits, comments, reviewed date and publisher), nothing rejected comes back."""
    doc = ingest_json(runner, data, S2019)
    sid = doc["source"]["id"]
    ids = decisions(doc)
    new = next(m for m in doc["mentions"] if m.get("proposed_iri"))
    figs, rels = doc["figures"], doc["relations"]
    run(runner, "--data", str(data), "accept", sid, figs[0]["id"], rels[0]["id"], new["id"])
    run(runner, "--data", str(data), "reject", sid, figs[1]["id"], rels[1]["id"])
    path = data / "sources" / f"{sid}.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("date: '2019-10-10'", "date: '2019-10-09'  # checked against the paper")
    text = text.replace("publisher: 示例", "publisher: 柳州日报")
    text = text.replace(f"- id: {rels[1]['id']}\n", f"# reviewer: not stated by the article\n- id: {rels[1]['id']}\n")
    at = text.index(f"- id: {new['id']}\n")
    at = text.index("  en: ", at)
    text = text[:at] + "  en: A Reviewed Label" + text[text.index("\n", at):]
    at = text.index(f"- id: {rels[1]['id']}\n")
    at = text.index("  note: ", at)
    text = text[:at] + "  note: wrong in the source" + text[text.index("\n", at):]
    path.write_text(text, encoding="utf-8")
    reviewed = path.read_bytes()

    r = run(runner, "--data", str(data), "ingest", str(S2019), "--date", "2019-10-10", "--publisher", "示例")
    assert "reviewer decisions kept" in r.output and "kept the draft's date '2019-10-09'" in r.output
    assert path.read_bytes() == reviewed
    again = drafts.load(path)
    assert list(decisions(again)) == list(ids)
    assert again["source"]["date"] == "2019-10-09" and again["source"]["publisher"] == "柳州日报"
    assert decisions(again)[rels[1]["id"]] == ("relations", "rejected", "wrong in the source")
    assert next(m for m in again["mentions"] if m["id"] == new["id"])["label"]["en"] == "A Reviewed Label"


def test_reingest_adds_new_proposals_and_drops_stale_ones_in_place(runner, data):
    """An item the new reading adds is appended with the id its content gives; an undecided proposal it no
    longer makes goes; decided items it no longer makes stay; old-style ids (m1) are kept by content."""
    doc = ingest_json(runner, data, S2019)
    sid = doc["source"]["id"]
    path = data / "sources" / f"{sid}.yaml"
    last = doc["relations"][-1]
    text = path.read_text(encoding="utf-8")
    cut = text.index(f"- id: {last['id']}\n")
    text = text[:cut] + text[text.index("translations:"):]  # as if an older reading missed it
    first = doc["mentions"][0]
    stale = (f"- id: m90\n  text: 旧\n  start: 1\n  end: 2\n  iri: null\n  class: null\n  quote: x\n"
             f"  quote_start: 0\n  status: proposed\n  candidates: []\n  note: ''\n# a comment that stays\n")
    decided = stale.replace("m90", "m91").replace("proposed", "rejected").replace("# a comment that stays\n", "")
    text = text.replace("indicators:\n", stale + decided + "indicators:\n", 1)
    text = text.replace(f"- id: {first['id']}\n", "- id: m1\n", 1)  # an id from before stable ids
    path.write_text(text, encoding="utf-8")
    run(runner, "--data", str(data), "accept", sid, "m1")
    run(runner, "--data", str(data), "ingest", str(S2019), "--date", "2019-10-10", "--publisher", "示例")
    after = path.read_text(encoding="utf-8")
    again = drafts.load(path)
    assert "m90" not in decisions(again) and decisions(again)["m91"][1] == "rejected" and "# a comment that stays" in after
    assert decisions(again)["m1"][1] == "accepted" and first["id"] not in decisions(again)
    assert again["relations"][-1] == last and after.endswith("translations: []\n")


def test_reingest_refuses_in_one_line_what_it_cannot_merge_in_place(runner, data):
    doc = ingest_json(runner, data, S2019)
    path = data / "sources" / f"{doc['source']['id']}.yaml"
    flow = yaml.safe_load(path.read_text(encoding="utf-8"))
    flow["mentions"] = flow["mentions"][1:]
    text = yaml.safe_dump(flow, allow_unicode=True, sort_keys=False, default_flow_style=True, width=100000)
    path.write_text(text, encoding="utf-8")
    r = run(runner, "--data", str(data), "ingest", str(S2019), "--date", "2019-10-10", "--publisher", "示例", code=1)
    assert "cannot merge the new reading into the draft in place" in r.output and "--force" in r.output
    assert len(r.output.strip().splitlines()) == 1 and path.read_text(encoding="utf-8") == text


def test_bad_input_is_one_line(runner, data, tmp_path):
    b = tmp_path / "bin.txt"
    b.write_bytes(b"\xff\xfe\x00\x01")
    r = run(runner, "--data", str(data), "ingest", str(b), "--title", "t", "--date", "2019-01-01", "--publisher", "p", code=2)
    assert "UTF-8" in r.output and "Traceback" not in r.output
    r = run(runner, "--data", str(data), "ingest", str(S2019), "--date", "October", "--publisher", "p", code=2)
    assert "YYYY-MM-DD" in r.output
    r = run(runner, "--data", str(data), "ingest", str(tmp_path / "none.txt"), "--date", "2019-01-01", "--publisher", "p", code=2)
    assert "no such file" in r.output


def _article(tmp_path, name, body):
    p = tmp_path / f"{name}.txt"
    p.write_text(f"{name}\nhttps://example.org/{name}\n{'-' * 20}\n{body}\n{'=' * 20}\n", encoding="utf-8")
    return p


def test_conflicts_and_growth_across_sources(runner, data, tmp_path):
    a = _article(tmp_path, "a2019", "2019年，柳州螺蛳粉销售收入达到65.2亿元。")
    b = _article(tmp_path, "b2020", "2020年，柳州螺蛳粉销售收入达到110亿元，比上年增长68.80%。")
    c = _article(tmp_path, "c2019", "2019年，柳州螺蛳粉销售收入达到60亿元。")
    for p in (a, b, c):
        run(runner, "--data", str(data), "ingest", str(p), "--date", "2021-01-10", "--publisher", "测试")
        run(runner, "--data", str(data), "accept", p.stem, "--all")
    run(runner, "--data", str(data), "build")
    rep = json.loads(run(runner, "--data", str(data), "validate", "-f", "json").stdout)
    assert rep["ok"] is True
    growth = [n for n in rep["notes"] if "68.8%" in n]
    assert growth and "recomputed 68.71%" in growth[0] or "recomputed 83.33%" in growth[0]
    (conflict,) = rep["conflicts"]
    assert conflict["period"] == "2019" and {v["stated"] for v in conflict["values"]} == {"65.2亿元", "60亿元"}


def test_shipped_facts_live_in_the_reviewed_format():
    doc = yaml.safe_load((DATA / "sources" / "sina-gx-2018-08-20.yaml").read_text(encoding="utf-8"))
    text = (DATA / "graph" / "sources" / doc["source"]["file"]).read_text(encoding="utf-8")
    n = 0
    for sec in ("mentions", "figures", "relations"):
        for it in doc[sec]:
            assert it["status"] == "accepted"
            off = it.get("quote_start", it.get("start"))
            assert text[off:off + len(it["quote"])] == it["quote"]
            n += 1
    assert n == 103 + 37 + 100


def test_an_unseen_article(runner, data):
    """An article written for the tests (not one of the samples): events, organisers, a township chain,
    a designation, figures with projections, units of weight and pieces."""
    doc = ingest_json(runner, data, FIXTURES / "articles" / "2020-baise-mango-test.txt")
    by_text = {m["text"]: m for m in doc["mentions"]}
    assert by_text["百色芒果"]["iri"] == gxr("product/baise-mango")
    assert by_text["田东县"]["iri"] == gxr("place/451022") and by_text["祥周镇"]["iri"] == gxr("place/451022101")
    assert by_text["芒果产销对接会"]["class"] == gxo("Event")
    assert by_text["百色市人民政府"]["class"] == gxo("Organization")
    assert by_text["百色芒果产业发展三年行动方案"]["class"] == gxo("Policy")
    event = by_text["芒果产销对接会"]["proposed_iri"]
    rels = {(r["subject"], r["predicate"].split("#")[1], r["object"]) for r in doc["relations"]}
    assert (event, "hostedBy", by_text["百色市人民政府"]["proposed_iri"]) in rels
    assert (event, "organizedBy", by_text["百色市商务局"]["proposed_iri"]) in rels
    assert (event, "heldIn", gxr("place/451022")) in rels
    village = by_text["坡圩村"]["proposed_iri"]
    assert (village, "locatedIn", gxr("place/451003101")) in rels
    assert (village, "hasDesignation", gxr("designation/taobao-village")) in rels
    figs = {f["statedAs"]: f for f in doc["figures"]}
    assert figs["85万吨"]["qualifier"] == gxo("Projected") and figs["85万吨"]["unit"] == gxo("Tonne")
    assert figs["85万吨"]["about"] == gxr("product/baise-mango") and figs["85万吨"]["period"] == {"year": "2020"}
    assert figs["130万亩"]["value"] == "1300000" and figs["130万亩"]["qualifier"] == gxo("Approximately")
    assert figs["3.5万件"]["unit"] == gxo("Piece") and figs["3.5万件"]["about"] == gxr("place/451022")
    # precision: no relation without its pattern, no product made of a verb (田东县举办芒果)
    assert all(r["note"].startswith("pattern:") for r in doc["relations"])
    assert not any("举办" in m["text"] for m in doc["mentions"])
