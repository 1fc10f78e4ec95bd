"""Ingest on articles in real regional news style (issue 17): the names news uses, datelines and bylines,
figures' subjects from 全县/我市/该公司, periods from the publication date, reference lists, traditional
script, tables as sources and reprints. The development articles are checked against their expected output."""

import csv
import json
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import DATA, FIXTURES, gxo, gxr
from gxkg.cli import main
from gxkg.sources import context, reference
from gxkg.sources.article import parse_article
from gxkg.sources.evaluate import score
from gxkg.sources.ingest import make_draft

DEV = FIXTURES / "articles" / "dev"
TABLES = FIXTURES / "tables"


def draft(kg, text, date="2021-11-20"):
    return make_draft(DATA, kg, parse_article(text), "t", "t", date, "p", None)


def mentions(doc):
    return {m["text"]: (m.get("iri") or m.get("proposed_iri")) for m in doc["mentions"]}


def run(runner, *args, code=0):
    r = runner.invoke(main, list(args), catch_exceptions=False)
    assert r.exit_code == code, f"exit {r.exit_code}: {r.output}"
    return r


@pytest.fixture
def data(tmp_path):
    for d in ("ontology", "graph", "sources"):
        shutil.copytree(DATA / d, tmp_path / d)
    return tmp_path


# ------------------------------------------------------------------ names
def test_autonomous_counties_by_their_short_names(kg):
    doc = draft(kg, "恭城月柿丰收，恭城县和都安、隆林、富川、罗城、环江、融水、龙胜、巴马、大化、金秀、三江的电商都在发展。\n")
    m = mentions(doc)
    assert m["恭城县"] == gxr("place/450332") and m["都安"] == gxr("place/451228") and m["隆林"] == gxr("place/451031")
    assert m["富川"] == gxr("place/451123") and m["罗城"] == gxr("place/451225") and m["环江"] == gxr("place/451226")
    assert m["融水"] == gxr("place/450225") and m["龙胜"] == gxr("place/450328") and m["巴马"] == gxr("place/451227")
    assert m["大化"] == gxr("place/451229") and m["金秀"] == gxr("place/451324") and m["三江"] == gxr("place/450226")
    town = draft(kg, "恭城瑶族自治县恭城镇的果农在直播。\n")
    assert mentions(town)["恭城镇"] == gxr("place/450332100")


def test_common_word_township_names_need_their_suffix(kg):
    doc = draft(kg, "新华社记者报道，长三角和珠三角的客商看好电商资源，祝大家平安、太平，城关的店也开了。\n")
    linked = {m["text"] for m in doc["mentions"] if m.get("iri")}
    assert not linked & {"新华", "三角", "资源", "平安", "太平", "城关"}
    doc = draft(kg, "恭城瑶族自治县平安镇和资源县都有网店。\n")
    m = mentions(doc)
    assert m["平安镇"] == gxr("place/450332105") and m["资源县"] == gxr("place/450329")


def test_datelines_and_bylines_are_not_content(kg):
    text = ("广西日报记者 覃丽 通讯员 韦强\n新华社南宁6月12日电（记者 王浩）柳州螺蛳粉销往东盟。\n"
            "中新网桂林10月15日电 荔浦芋上市。\n")
    m = mentions(draft(kg, text))
    assert "广西" not in m and "南宁" not in m and "桂林" not in m and "广西日报" not in m
    assert m["柳州螺蛳粉"] == gxr("product/liuzhou-luosifen") and m["荔浦芋"] == gxr("product/lipu-taro")


def test_platforms_products_and_markets_from_the_reference_lists(kg):
    doc = draft(kg, "巴马香猪在淘宝、拼多多和抖音热销，还销往东盟和美国。\n")
    by = {m["text"]: m for m in doc["mentions"]}
    assert by["淘宝"]["proposed_iri"] == gxr("org/taobao") and by["淘宝"]["class"] == gxo("Platform")
    assert by["淘宝"]["label"] == {"zh": "淘宝", "en": "Taobao"} and "platforms.csv" in by["淘宝"]["note"]
    assert by["巴马香猪"]["class"] == gxo("Product") and by["美国"]["proposed_iri"] == gxr("place/united-states")
    rels = {(r["subject"], r["predicate"].split("#")[1], r["object"]) for r in doc["relations"]}
    pig = gxr("product/bama-miniature-pig")
    assert {(pig, "soldOn", gxr("org/taobao")), (pig, "soldOn", gxr("org/pinduoduo")), (pig, "soldOn", gxr("org/douyin")),
            (pig, "exportedTo", gxr("place/asean")), (pig, "exportedTo", gxr("place/united-states")),  # abroad
            (pig, "originatesFrom", gxr("place/451227"))} <= rels


def test_reference_rows_each_have_a_source_and_a_real_county():
    codes = {r["code"][:6] for r in csv.DictReader(open(DATA / "graph" / "sources" / "guangxi_divisions.csv", encoding="utf-8"))}
    iris = [e.iri for e in reference.entries()]
    assert len(iris) == len(set(iris)) and len(iris) > 80
    for e in reference.entries():
        assert e.source.strip() and e.name and e.name_en, e
        if e.cls == "Product":
            assert e.place_code in codes, e
        if e.cls == "Platform":
            assert e.operator, e


# ------------------------------------------------------------------ figures
def test_subjects_from_anaphora_and_periods_from_the_publication_date(kg):
    text = ("恭城瑶族自治县是月柿之乡。今年，全县月柿种植面积达20万亩。\n"
            "柳州市商务局介绍，去年全市电子商务交易额达1280亿元，较上年增长20.4%。\n"
            "上半年，全区网络零售额达1000亿元。\n"
            "广西螺霸王食品有限公司今年以来发展很快。该公司前三季度线上销售额突破5亿元。\n")
    figs = {f["statedAs"]: f for f in draft(kg, text, "2021-11-20")["figures"]}
    f = figs["20万亩"]
    assert f["about"] == gxr("place/450332") and f["period"] == {"year": "2021"} and "全县" in f["note"]
    assert "publication date 2021-11-20" in f["note"]
    f = figs["1280亿元"]
    assert f["about"] == gxr("place/450200") and f["period"] == {"year": "2020"}
    g = figs["20.4%"]
    assert g["about"] == gxr("place/450200") and g["period"] == {"year": "2020", "compared_to": "2019"}
    assert figs["1000亿元"]["about"] == gxr("place/450000") and figs["1000亿元"]["period"] == {"start": "2021-01", "end": "2021-06"}
    f = figs["5亿元"]
    assert f["about_text"] == "该公司" and f["period"] == {"start": "2021-01", "end": "2021-09"}


@pytest.mark.parametrize("sentence, period", [
    ("今年以来，网店达100家", {"start": "2021-01", "end": "2021-11"}),
    ("目前，网店达100家", {"as_of": "2021-11", "cumulative": True}),
    ("截至目前，网店达100家", {"as_of": "2021-11", "cumulative": True}),
    ("去年上半年，网店达100家", {"start": "2020-01", "end": "2020-06"}),
    ("5 月31 日，签约金额达100亿元", {"date": "2021-05-31"}),
    ("2023 年，网店达100家", {"year": "2023"}),
    ("今年 1-5 月，网店达100家", {"start": "2021-01", "end": "2021-05"}),
    ("截至2019年6月底，网店达100家", {"as_of": "2019-06", "cumulative": True}),
    ("截至今年4月底，销售额累计达100万元", {"as_of": "2021-04", "cumulative": True}),
    ("今年4月，京东在坛洛镇设立基地，签约合作社100家", {"start": "2021-04", "end": "2021-04"}),
    ("去年10月18日，签约金额达100亿元", {"date": "2020-10-18"}),
    ("近年来，累计培训100人次", {"as_of": "2021-11", "cumulative": True}),
    ("今年前10个月，网络零售额是去年同期的100倍", {"start": "2021-01", "end": "2021-10"}),
    ("销售额比前年增长100万元", {}),
])
def test_relative_and_spaced_periods(sentence, period):
    assert context.period_before(sentence, sentence.index("100"), "2021-11-20")[0] == period


@pytest.mark.parametrize("sentence, period", [
    ("7月，拼多多项目落地，上架农产品100款", {"start": "2024-07", "end": "2024-07"}),  # July before a January article
    ("11月，电商节开幕，带动销售额100万元", {"start": "2024-11", "end": "2024-11"}),
    ("3月12日，签约金额达100亿元", {"date": "2024-03-12"}),
    ("截至11月底，网店达100家", {"as_of": "2024-11", "cumulative": True}),
    ("1月，网店达100家", {"start": "2025-01", "end": "2025-01"}),  # the publication's own month
    ("7月将举办电商节，预计销售100万元", {"start": "2025-07", "end": "2025-07"}),  # still to come
    ("今年7月，网店达100家", {"start": "2025-07", "end": "2025-07"}),  # the year said
])
def test_a_month_later_than_the_publication_month_is_of_the_year_before(sentence, period):
    assert context.period_before(sentence, sentence.index("100"), "2025-01-08")[0] == period


def test_non_figures_are_not_proposed(kg):
    doc = draft(kg, "“一袋螺蛳粉，成了柳州对外开放的一个缩影。”柳州螺蛳粉第四届节庆办了一个半月。\n")
    assert doc["figures"] == []


# ------------------------------------------------------------------ traditional script
def test_a_traditional_article_reads_as_the_simplified_one_and_quotes_the_original(kg):
    simp = (DEV / "2020-lipu-taro.txt").read_text(encoding="utf-8")
    trad = (DEV / "2020-lipu-taro-traditional.txt").read_text(encoding="utf-8")
    a, b = draft(kg, simp, "2020-10-15"), draft(kg, trad, "2020-10-15")
    assert sorted(x.get("iri") or x.get("proposed_iri") for x in a["mentions"]) == \
        sorted(x.get("iri") or x.get("proposed_iri") for x in b["mentions"])
    assert {(r["subject"], r["predicate"], r["object"]) for r in a["relations"]} == \
        {(r["subject"], r["predicate"], r["object"]) for r in b["relations"]}
    for m in b["mentions"]:
        assert trad[m["start"]:m["end"]] == m["text"] and trad[m["quote_start"]:].startswith(m["quote"])
    assert any(m["text"] == "盒馬鮮生" for m in b["mentions"]) and b["source"]["language"] == "zh-Hant"


# ------------------------------------------------------------------ the development articles
@pytest.mark.parametrize("article", sorted(DEV.glob("*.txt")), ids=lambda p: p.stem)
def test_development_articles_mentions_and_relations(kg, article):
    exp = yaml.safe_load(article.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    doc = draft(kg, article.read_text(encoding="utf-8"), exp["date"])
    res = score(doc, exp)
    assert res["mentions"].precision == 1 and res["mentions"].recall == 1, (res["mentions"].wrong, res["mentions"].misses)
    assert res["relations"].precision == 1 and res["relations"].recall == 1, (res["relations"].wrong, res["relations"].misses)


# ------------------------------------------------------------------ tables and reprints
def test_tables_as_sources_build_and_validate(runner, data):
    for name in ("demonstration-counties", "county-figures"):
        r = run(runner, "--data", str(data), "ingest", str(TABLES / f"{name}.csv"), "--title", name, "--date", "2022-01-31",
                "--publisher", "测试", "--url", "https://example.org/list", "-f", "json")
        doc = json.loads(r.stdout[r.stdout.index("{"):])
        text = (data / "graph" / "sources" / f"{name}.txt").read_text(encoding="utf-8")
        for it in doc["relations"] + doc["figures"]:
            off = it.get("quote_start", it.get("start"))
            assert text[off:off + len(it["quote"])] == it["quote"] and "\n" not in it["quote"]
        run(runner, "--data", str(data), "accept", name, "--all")
        if name == "demonstration-counties":
            rels = {(r["subject"], r["object"], r.get("year")) for r in doc["relations"]}
            assert (gxr("place/450332"), gxr("designation/national-rural-ecommerce-demonstration-county"), "2015") in rels
            town = next(m["proposed_iri"] for m in doc["mentions"] if m["text"] == "淘宝镇")
            assert (gxr("place/450203102"), town, "2020") in rels
            village = next(m for m in doc["mentions"] if m["text"] == "红岩村")
            assert village["proposed_iri"] == gxr("place/450332102-hong-yan-cun")
        else:
            figs = sorted((f["period"]["year"], f["value"]) for f in doc["figures"] if f["about"] == gxr("place/450332"))
            assert figs == [("2020", "360000000"), ("2021", "410000000")]
            assert {f["indicator"] for f in doc["figures"] if f["about"] == gxr("place/450332")} == {gxr("indicator/online-retail-sales")}
    run(runner, "--data", str(data), "build")
    assert "0 violations" in run(runner, "--data", str(data), "validate").output
    bad = data / "bad.csv"
    bad.write_text("name,year\n恭城,2020\n", encoding="utf-8")
    r = run(runner, "--data", str(data), "ingest", str(bad), "--title", "x", "--date", "2022-01-01", "--publisher", "p", code=2)
    assert "columns" in r.output and "Traceback" not in r.output


def test_a_reprint_is_offered_as_another_copy(runner, data):
    run(runner, "--data", str(data), "ingest", str(DEV / "2020-lipu-taro.txt"), "--date", "2020-10-15", "--publisher", "中新网")
    trad = DEV / "2020-lipu-taro-traditional.txt"
    r = run(runner, "--data", str(data), "ingest", str(trad), "--date", "2020-10-16", "--publisher", "某报", code=2)
    assert "same story as source 2020-lipu-taro" in r.output and "--copy-of 2020-lipu-taro" in r.output
    assert not (data / "sources" / "2020-lipu-taro-traditional.yaml").exists()
    r = run(runner, "--data", str(data), "ingest", str(trad), "--date", "2020-10-16", "--publisher", "某报",
            "--copy-of", "2020-lipu-taro")
    doc = yaml.safe_load((data / "sources" / "2020-lipu-taro.yaml").read_text(encoding="utf-8"))
    (copy,) = doc["source"]["copies"]
    assert copy["url"] == "https://example.org/dev/2020-lipu-taro-hk-reprint" and copy["language"] == "zh-Hant"
    assert (data / "graph" / "sources" / copy["file"]).read_text(encoding="utf-8") == trad.read_text(encoding="utf-8")
    run(runner, "--data", str(data), "ingest", str(trad), "--date", "2020-10-16", "--publisher", "某报", "--new-source")
    assert (data / "sources" / "2020-lipu-taro-traditional.yaml").exists()


def test_new_villages_that_share_a_name_stay_apart(kg):
    doc = draft(kg, "恭城瑶族自治县莲花镇东冲村和西岭镇东冲村都是电商示范村。\n")
    villages = [m for m in doc["mentions"] if m["text"] == "东冲村"]
    assert len(villages) == 2 and villages[0]["proposed_iri"] != villages[1]["proposed_iri"]
    assert villages[0]["proposed_iri"] == gxr("place/450332102-dong-chong-cun")


def test_quoted_event_and_programme_names(kg):
    doc = draft(kg, "巴马瑶族自治县开展“桂品出乡”活动，实施“数商兴农”工程。\n")
    by = {m["text"]: m for m in doc["mentions"]}
    assert by["桂品出乡"]["class"] == gxo("Event") and by["数商兴农"]["class"] == gxo("Program")
    rels = {(r["subject"], r["predicate"].split("#")[1], r["object"]) for r in doc["relations"]}
    assert (gxr("place/451227"), "implements", by["数商兴农"]["proposed_iri"]) in rels


def test_a_common_noun_is_no_anaphor(kg):
    doc = draft(kg, "广西螺霸王食品有限公司发展很快。柳州市电商公司达50家，公司今年线上销售额达2亿元。\n")
    company = next(m["proposed_iri"] for m in doc["mentions"] if m["text"] == "广西螺霸王食品有限公司")
    about = {f["statedAs"]: f["about"] for f in doc["figures"]}
    assert about["50家"] == gxr("place/450200") and about["2亿元"] == company


def test_common_nouns_and_china_name_no_new_entity(kg):
    doc = draft(kg, "全县建成县级电商公共服务中心1个、村级服务站80个，一家合作社和当地合作社也在发展。"
                    "中国月柿之乡恭城的月柿在跨境电商平台热销。\n")
    new = {m["text"] for m in doc["mentions"] if m.get("proposed_iri")}
    assert not new & {"村级服务站", "一家合作社", "当地合作社", "中国月柿", "跨境电商平台"}, new
    centre = next(m for m in doc["mentions"] if m["text"] == "县级电商公共服务中心")
    assert centre["label"]["zh"] == "恭城县级电商公共服务中心"  # the county's own, not a common noun any county shares


def test_new_names_get_an_english_suggestion_marked_for_a_look(kg):
    from gxkg.review.views import Names

    doc = draft(kg, "钦州市商务局举办2021钦州电商直播大赛。\n")
    by = {m["text"]: m for m in doc["mentions"] if m.get("proposed_iri")}
    assert by["钦州市商务局"]["label"]["en"] == "Qinzhou Commerce Bureau"
    assert by["2021钦州电商直播大赛"]["label"]["en"] == "2021 Qinzhou E-commerce Livestream Contest"
    assert all("English label is a suggestion" in m["note"] for m in by.values())
    assert Names(DATA).suggest_en("钦州市商务局", "Organization") == "Qinzhou Commerce Bureau"  # the review page's too


def test_names_joined_with_a_hyphen_are_found_written_with_any_dash(kg):
    from gxkg.sources.ingest import make_draft

    for dash in "—－-":
        doc = make_draft(DATA, kg, parse_article(f"中国{dash}东盟信息港建设加快推进。\n"), "t", "t", "2021-01-01", "p", None)
        assert [m["iri"] for m in doc["mentions"]] == [gxr("program/china-asean-information-harbor")], (dash, doc["mentions"])


def test_no_name_made_of_a_sentences_words(kg):
    doc = draft(kg, "记者走进小董镇一家麻通加工厂，看到工人正在包装。坛洛镇首批签约蕉农合作社12家。在坛洛镇一处香蕉分拣场，工人正忙着装箱。\n",
                "2023-01-06")
    said = {m["text"] for m in doc["mentions"]}
    assert not {"记者走进小董镇一家麻通加工厂", "首批签约蕉农合作社", "坛洛镇一处香蕉"} & said, said


def test_a_product_named_with_an_ethnic_townships_short_name(kg):
    doc = make_draft(DATA, kg, parse_article("田林县八渡瑶族乡山高林密。今年，八渡笋通过电商销往全国。\n"),
                     "t", "t", "2021-11-20", "p", None)
    m = {x["text"]: x for x in doc["mentions"]}
    assert "八渡笋" in m and m["八渡笋"]["class"].endswith("Product")
    rels = {(r["subject"], r["predicate"].split("#")[1], r["object"]) for r in doc["relations"]}
    assert (m["八渡笋"]["proposed_iri"], "originatesFrom", gxr("place/451029205")) in rels


def test_a_group_of_countries_is_named_without_its_common_word(kg):
    doc = make_draft(DATA, kg, parse_article("产品出口到越南、泰国等东盟国家和欧美地区。\n"), "t", "t", "2021-11-20", "p", None)
    m = {x["text"]: x.get("iri") for x in doc["mentions"]}
    assert m["东盟"] == gxr("place/asean") and m["欧美"] == gxr("place/europe-america")
    assert "东盟国家" not in m and "欧美地区" not in m


def test_a_countys_office_and_centre_named_by_their_level_are_that_countys(kg):
    doc = make_draft(DATA, kg, parse_article(
        "近年来，德保县建成县级电商公共服务中心1个、村级电商服务站点90个。活动由县商务局承办。\n"), "t", "t", "2022-05-20", "p", None)
    m = {x["text"]: x for x in doc["mentions"]}
    centre, office = m["县级电商公共服务中心"], m["县商务局"]
    assert centre["label"]["zh"] == "德保县县级电商公共服务中心" and "de-bao" in centre["proposed_iri"]
    assert office["label"]["zh"] == "德保县商务局" and office["class"].endswith("Organization")
    assert "村级电商服务站点" not in m  # ninety points are counted, not one named thing
    f = {x["statedAs"]: x for x in doc["figures"]}
    assert f["1个"]["about"] == f["90个"]["about"] == gxr("place/451024")  # the county's counts, not the centre's
    rels = {(r["subject"], r["predicate"].split("#")[1], r["object"]) for r in doc["relations"]}
    assert (gxr("place/451024"), "builds", centre["proposed_iri"]) in rels
    # with no county named, a level alone names nothing
    doc = make_draft(DATA, kg, parse_article("活动由县商务局承办。\n"), "t", "t", "2022-05-20", "p", None)
    assert not [x for x in doc["mentions"] if x["text"] == "县商务局"]


def test_product_words_come_from_the_reference_list_and_a_bare_word_is_the_places_product(kg):
    from gxkg.sources.reference import product_words

    assert {"椪柑", "桂皮", "衣架", "沙田柚"} <= set(product_words())
    doc = make_draft(DATA, kg, parse_article(
        "荔浦衣架远近闻名，竹衣架、植绒衣架种类齐全。今年，衣架通过亚马逊出口到美国。\n"), "t", "t", "2021-11-20", "p", None)
    iri = {m["text"]: m.get("iri") or m.get("proposed_iri") for m in doc["mentions"]}
    rels = {(r["subject"], r["predicate"].split("#")[1], r["object"]) for r in doc["relations"]}
    assert (iri["荔浦衣架"], "exportedTo", gxr("place/united-states")) in rels  # 衣架 is 荔浦衣架, the one named after its place
