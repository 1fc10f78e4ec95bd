"""Relation patterns are a registry (gxkg.sources.patterns): every pattern's own example, run through the
real ingest (the shipped graph and division data), proposes the relation it is registered for; a triple
stated in several sentences is proposed once; every predicate is a property the ontology declares."""

import pytest

from conftest import DATA, ROOT, gxr
from gxkg.sources.article import parse_article
from gxkg.sources.ingest import make_draft
from gxkg.sources.patterns import PATTERNS


def draft(kg, text, date="2021-11-20"):
    return make_draft(DATA, kg, parse_article(text), "t", "t", date, "p", None)


def labelled(doc):
    """(subject text, predicate local name, object text) for every proposed relation."""
    name = {}
    for m in doc["mentions"]:
        name.setdefault(m.get("iri") or m.get("proposed_iri"), m["text"])
    return {(name.get(r["subject"], r["subject"]), r["predicate"].split("#")[1], name.get(r["object"], r["object"]))
            for r in doc["relations"]}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_each_pattern_finds_its_example(kg, name):
    p = PATTERNS[name]
    sentence, subj, obj = p.example
    doc = draft(kg, sentence + "\n")
    rels = labelled(doc)
    places = {m.get("iri") or m.get("proposed_iri"): m["text"] for m in doc["mentions"]}
    found = {(s, pr, o) for s, pr, o in rels if pr == p.predicate}
    assert any(s == subj and (o == obj or o.endswith(obj) or obj in places.values() and o == obj) for s, pr, o in found) \
        or (subj, p.predicate, obj) in _with_place_labels(kg, found), (name, rels)
    assert any(r["note"] == f"pattern: {name}" for r in doc["relations"]), (name, [r["note"] for r in doc["relations"]])


def _with_place_labels(kg, found):
    out = set()
    for s, p, o in found:
        if o.startswith("https://"):
            hit = kg.names.con.execute("SELECT names.form FROM names JOIN nodes ON nodes.id = names.node "
                                       "WHERE nodes.iri = ?", (o,)).fetchall()
            out |= {(s, p, f) for (f,) in hit}
        out.add((s, p, o))
    return out


def test_predicates_are_declared_in_the_ontology():
    ttl = (DATA / "ontology" / "gxkg.ttl").read_text(encoding="utf-8")
    for p in PATTERNS.values():
        assert f"gxo:{p.predicate} a owl:ObjectProperty" in ttl, p.predicate


def test_a_relation_stated_twice_is_proposed_once(kg):
    text = "恭城月柿销往东盟。\n今年，恭城月柿继续销往东盟。\n"
    doc = draft(kg, text)
    sold = [r for r in doc["relations"] if r["predicate"].endswith("#exportedTo")]  # sold abroad: exported
    assert len(sold) == 1 and sold[0]["quote"] == "恭城月柿销往东盟。"


def test_docs_name_the_command_that_lists_every_pattern():
    """The docs hold no copy of the pattern table (a new pattern touches no doc): they name the command
    that prints it from the registry, and the command prints every pattern with its example."""
    import subprocess
    import sys

    from gxkg.sources.patterns import markdown

    docs = (ROOT / "docs" / "sources.md").read_text(encoding="utf-8")
    assert "python -m gxkg.sources.patterns" in docs and "| pattern (the note of each proposal)" not in docs
    out = subprocess.run([sys.executable, "-m", "gxkg.sources.patterns"], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.stdout == markdown() and all(p.example[0] in out.stdout for p in PATTERNS.values())


def test_patterns_read_their_words_from_the_ontology(kg, monkeypatch):
    """A new wording of a relation is one gxo:articleWord in the ontology: no pattern changes."""
    from dataclasses import replace

    from gxkg.sources import patterns
    from gxkg.vocab import vocabulary

    v = vocabulary()
    assert all(v.properties[p.predicate].article_words for p in PATTERNS.values()), \
        [p.predicate for p in PATTERNS.values() if not v.properties[p.predicate].article_words]
    text = "2021年7月，芒果产销对接会在田东县揭幕。\n"
    assert not any(r["predicate"].endswith("#heldIn") for r in draft(kg, text)["relations"])
    held = v.properties["heldIn"]
    monkeypatch.setitem(v.properties, "heldIn", replace(held, article_words=held.article_words + ("揭幕",)))
    patterns.said.cache_clear()
    try:
        assert ("芒果产销对接会", "heldIn", "田东县") in labelled(draft(kg, text))
    finally:
        monkeypatch.undo()
        patterns.said.cache_clear()


def test_places_written_one_inside_the_other(kg):
    rels = labelled(draft(kg, "恭城瑶族自治县莲花镇的月柿熟了，桂林市灵川县的枇杷也上市了，桂林市莲花镇不在此列。\n"))
    assert ("莲花镇", "locatedIn", "恭城瑶族自治县") in rels and ("灵川县", "locatedIn", "桂林市") in rels
    assert not any(s == "莲花镇" and o == "桂林市" for s, _, o in rels)  # two levels apart: not a direct parent


def test_sold_abroad_is_exported_and_sold_at_home_is_sold_to(kg):
    rels = labelled(draft(kg, "百色芒果销往美国和长三角。\n"))
    assert ("百色芒果", "exportedTo", "美国") in rels and ("百色芒果", "soldTo", "长三角") in rels
    assert ("百色芒果", "soldTo", "美国") not in rels


def test_event_names_past_spaces_brackets_quotes_and_parties(kg):
    from conftest import gxo

    doc = draft(kg, "2022 年钦州市电商直播大赛开幕。第三届中国（广西）—东盟跨境电商论坛在南宁举行。"
                    "“钦州荔枝”直播带货大赛同时启动。钦州市人民政府与京东集团战略合作签约仪式在钦州举行。\n")
    events = {m["text"] for m in doc["mentions"] if m["class"] == gxo("Event")}
    assert {"2022 年钦州市电商直播大赛", "第三届中国（广西）—东盟跨境电商论坛", "“钦州荔枝”直播带货大赛",
            "钦州市人民政府与京东集团战略合作签约仪式"} <= events, events


def test_an_agreement_with_each_party_listed(kg):
    rels = labelled(draft(kg, "钦州市则与拼多多、京东等平台签订合作协议。\n"))
    assert ("钦州市", "agreementWith", "拼多多") in rels and ("钦州市", "agreementWith", "京东") in rels


def test_sold_on_after_a_list_of_products_and_by_the_firm_whose_products_they_are(kg):
    rels = labelled(draft(kg, "恭城月柿、柿饼等产品通过淘宝、拼多多等平台销往全国。\n"))
    assert ("恭城月柿", "soldOn", "淘宝") in rels and ("恭城月柿", "soldOn", "拼多多") in rels
    rels = labelled(draft(kg, "广西桂柿食品有限公司目前日产柿饼约3万袋，产品通过淘宝、京东等平台销往全国各地。\n"))
    assert ("广西桂柿食品有限公司", "soldOn", "京东") in rels, rels
    assert not any(p == "soldOn" and s != "广西桂柿食品有限公司" for s, p, _ in rels), rels


def test_a_product_from_the_innermost_of_places_written_one_inside_the_other(kg):
    rels = labelled(draft(kg, "其中八角主要产自防城港市上思县和百色市德保县。\n"))
    assert ("八角", "originatesFrom", "上思县") in rels and ("八角", "originatesFrom", "德保县") in rels, rels
    assert not any(o in ("防城港市", "百色市") for _, p, o in rels if p == "originatesFrom"), rels


def test_a_products_common_word_is_the_named_product_of_the_article(kg):
    doc = draft(kg, "全市荔浦芋种植面积约8万亩。不少芋农在快手上直播挖芋头，芋头卖得很好。北流荔枝和灵山荔枝都上市了，荔枝价格平稳。\n")
    by_text = {m["text"]: m for m in doc["mentions"]}
    taro, named = by_text["芋头"], by_text["荔浦芋"]
    assert taro["proposed_iri"] == named["proposed_iri"] and taro["label"]["zh"] == "荔浦芋" and "芋头" in taro["alt"]
    lychee = by_text["荔枝"]  # two named lychees: the common word stays a product of its own
    assert lychee["proposed_iri"] not in (by_text["北流荔枝"].get("proposed_iri"), by_text["灵山荔枝"].get("proposed_iri"))
    assert ("荔浦芋", "soldOn", "快手") in labelled(doc) or any(
        r["subject"] == named["proposed_iri"] and r["predicate"].endswith("soldOn") for r in doc["relations"])


def test_markets_the_group_after_deng_a_regions_members_and_a_list_that_goes_on(kg):
    rels = labelled(draft(kg, "富川脐橙还有一部分出口到越南、泰国等东盟国家。\n"))
    assert {("富川脐橙", "exportedTo", o) for o in ("越南", "泰国", "东盟")} <= rels, rels
    rels = labelled(draft(kg, "容县沙田柚还经钦州港销往东盟的马来西亚、泰国等国家。\n"))
    assert {("容县沙田柚", "exportedTo", o) for o in ("东盟", "马来西亚", "泰国")} <= rels, rels
    rels = labelled(draft(kg, "百色芒果销往越南、印度等国，以及中东和欧美地区。\n"))
    assert {("百色芒果", "exportedTo", o) for o in ("越南", "印度", "中东", "欧美")} <= rels, rels


def test_each_product_listed_before_the_verb_goes_to_each_market_and_the_whole_country_is_no_market(kg):
    rels = labelled(draft(kg, "南宁推动沃柑、茉莉花茶等特色产品通过跨境电商销往东盟，恭城月柿销往全国。\n"))
    assert ("沃柑", "exportedTo", "东盟") in rels and ("茉莉花茶", "exportedTo", "东盟") in rels, rels
    assert not any(s == "恭城月柿" and p == "soldTo" for s, p, _ in rels), rels


def test_a_place_that_produces_and_a_products_home(kg):
    rels = labelled(draft(kg, "合浦县党江镇、沙田镇一带盛产海鸭蛋、沙虫干等海产品。容县是沙田柚的原产地。\n"))
    assert {(p, "originatesFrom", t) for p in ("海鸭蛋", "沙虫干") for t in ("党江镇", "沙田镇")} <= rels, rels
    assert ("沙田柚", "originatesFrom", "容县") in rels, rels


def test_things_listed_as_products_are_proposed_as_products(kg):
    from conftest import gxo

    doc = draft(kg, "合作社通过淘宝、抖音销售瑶浴药包、瑶药保健酒等产品，带动各类企业、广西各地等产品展销。\n")
    products = {m["text"] for m in doc["mentions"] if m["class"] == gxo("Product")}
    assert {"瑶浴药包", "瑶药保健酒"} <= products, products
    assert not products & {"抖音销售瑶浴药包", "各类企业", "广西各地", "淘宝"}, products
    assert ("瑶浴药包", "soldOn", "抖音") in labelled(doc)


def test_events_held_in_the_innermost_place_and_every_organiser_listed(kg):
    rels = labelled(draft(kg, "10月24日，2021年容县沙田柚电商文化节在容县自良镇开幕。文化节由容县人民政府主办，"
                              "容县商务局、自良镇人民政府承办。\n"))
    assert ("2021年容县沙田柚电商文化节", "heldIn", "自良镇") in rels, rels
    assert ("2021年容县沙田柚电商文化节", "heldIn", "容县") not in rels, rels
    assert {("2021年容县沙田柚电商文化节", "organizedBy", o) for o in ("容县商务局", "自良镇人民政府")} <= rels, rels
    assert not any(p == "organizedBy" and o == "容县人民政府" for _, p, o in rels), rels


def test_a_designation_said_with_zuowei_agreements_with_fenbie_and_operators_after_a_comma(kg):
    rels = labelled(draft(kg, "作为国家电子商务进农村综合示范县，容县还与京东签订战略合作协议。"
                              "北海市商务局分别与京东、拼多多签订农产品上行合作协议。"
                              "容县在自良镇建设沙田柚产地仓，由广西容州果业供应链有限公司负责运营。\n"))
    assert ("容县", "hasDesignation", "国家电子商务进农村综合示范县") in rels, rels
    assert {("北海市商务局", "agreementWith", o) for o in ("京东", "拼多多")} <= rels, rels
    assert ("沙田柚产地仓", "operatedBy", "广西容州果业供应链有限公司") in rels, rels
    assert ("沙田柚产地仓", "locatedIn", "自良镇") in rels and ("容县", "builds", "沙田柚产地仓") in rels, rels


def test_honorary_titles_are_designations_of_the_place_that_holds_them(kg):
    rels = labelled(draft(kg, "恭城是“中国月柿之乡”。巴马瑶族自治县是全国闻名的长寿之乡。梧州素有「中国龟苓膏之都」的美誉。"
                              "在被誉为“中国荔枝之乡”的钦州市灵山县，荔枝熟了。\n"))
    assert {("恭城", "hasDesignation", "中国月柿之乡"), ("巴马瑶族自治县", "hasDesignation", "长寿之乡"),
            ("灵山县", "hasDesignation", "中国荔枝之乡"), ("梧州", "hasDesignation", "中国龟苓膏之都")} <= rels, rels
    assert not any(o == "中国荔枝之乡" and s != "灵山县" for s, _, o in rels), rels


def test_a_places_products_written_with_de(kg):
    rels = labelled(draft(kg, "百色市田东县的芒果、香蕉通过电商销往全国，田东县的电商企业超过百家。\n"))
    assert {("芒果", "originatesFrom", "田东县"), ("香蕉", "originatesFrom", "田东县")} <= rels, rels
    assert not any(o == "百色市" for s, p, o in rels if p == "originatesFrom"), rels


def test_latin_platform_names_beside_chinese_and_ports_as_facilities(kg):
    from conftest import gxo

    doc = draft(kg, "部分产品通过跨境电商平台Lazada、Shopee进入东南亚家庭。荔浦市与阿里巴巴国际站签署合作协议。"
                    "东兴市依托东兴口岸和边民互市贸易区发展跨境电商。\n")
    names = {m["text"]: m["class"] for m in doc["mentions"]}
    assert names.get("Lazada") == names.get("Shopee") == names.get("阿里巴巴国际站") == gxo("Platform"), names
    assert names.get("东兴口岸") == names.get("边民互市贸易区") == gxo("Facility"), names
    assert ("荔浦市", "agreementWith", "阿里巴巴国际站") in labelled(doc)


def test_designations_won_in_a_year_and_operators_of_a_facility_named_a_clause_before(kg):
    rels = labelled(draft(kg, "“容县沙田柚”已获国家地理标志保护产品称号。荔浦市2019年获批国家电子商务进农村综合示范县。"
                              "玉林中药材香料直播电商基地在市场内建成投用，由广西玉药网络科技有限公司运营。\n"))
    assert ("容县沙田柚", "hasDesignation", "国家地理标志保护产品") in rels, rels
    assert ("荔浦市", "hasDesignation", "国家电子商务进农村综合示范县") in rels, rels
    assert ("玉林中药材香料直播电商基地", "operatedBy", "广西玉药网络科技有限公司") in rels, rels


def test_shops_opened_on_platforms_for_a_product(kg):
    rels = labelled(draft(kg, "在天猫、京东等平台开设的六堡茶网店超过2000家。\n"))
    assert {("六堡茶", "soldOn", "天猫"), ("六堡茶", "soldOn", "京东")} <= rels, rels
    rels = labelled(draft(kg, "拼多多、京东等平台也为富川脐橙开设了助农专区，淘宝为商家提供培训。\n"))
    assert {("富川脐橙", "soldOn", "拼多多"), ("富川脐橙", "soldOn", "京东")} <= rels, rels
    assert not any(o == "淘宝" for _, _, o in rels), rels


def test_event_names_through_duijie_and_events_held_outside_guangxi(kg):
    rels = labelled(draft(kg, "6 月10 日，2023 年广西荔枝产销对接活动在北流市举行。"
                              "6 月11 日，广西钦州荔枝长三角产销对接暨“广西好物·寻味钦州”产品推介会在上海市举行。\n"))
    assert ("2023 年广西荔枝产销对接活动", "heldIn", "北流市") in rels, rels
    assert ("广西钦州荔枝长三角产销对接暨“广西好物·寻味钦州”产品推介会", "heldIn", "上海市") in rels, rels


def test_products_said_as_chanpin_a_designation_after_a_comma_and_a_month_before_where_an_event_is_held(kg):
    rels = labelled(draft(kg, "恭城月柿远近闻名。产品远销日本、韩国。武利镇汉塘村，是远近闻名的“淘宝村”。"
                              "第十一届中国（玉林）中医药博览会将于 9 月在玉林举办。\n"))
    assert {("恭城月柿", "exportedTo", "日本"), ("恭城月柿", "exportedTo", "韩国")} <= rels, rels
    assert ("汉塘村", "hasDesignation", "淘宝村") in rels, rels
    assert ("第十一届中国（玉林）中医药博览会", "heldIn", "玉林") in rels, rels
    rels = labelled(draft(kg, "恭城月柿远近闻名。全县还有不少外贸企业。产品远销日本。\n"))
    assert not any(p == "exportedTo" for _, p, _ in rels), rels  # 产品 two sentences on: not the persimmon


def test_products_of_a_scene_set_in_a_place_and_a_facility_of_a_place(kg):
    rels = labelled(draft(kg, "在凤山县，“万寿谷核桃鸡”通过电商平台卖到了北京、上海等大城市。企沙镇的金鲳鱼养殖基地年产金鲳鱼2万多吨。\n"))
    assert ("万寿谷核桃鸡", "originatesFrom", "凤山县") in rels, rels
    assert ("金鲳鱼养殖基地", "locatedIn", "企沙镇") in rels, rels


def test_a_government_office_sells_or_exports_nothing(kg):
    rels = labelled(draft(kg, "河池市商务局负责人表示，将让更多长寿好物走向全国、销往东盟。\n"))
    assert not any(p in ("exportedTo", "soldTo") for _, p, _ in rels), rels


def test_event_names_joined_with_ji_and_designations_listed(kg):
    rels = labelled(draft(kg, "5月12日，2021年大新苦丁茶开采节暨电商直播周在大新县龙门乡启动。"
                              "阳朔金桔先后获评国家地理标志保护产品、全国名特优新农产品。\n"))
    assert ("2021年大新苦丁茶开采节暨电商直播周", "heldIn", "龙门乡") in rels, rels
    assert {("阳朔金桔", "hasDesignation", d) for d in ("国家地理标志保护产品", "全国名特优新农产品")} <= rels, rels


def test_a_firm_operates_what_it_builds_and_an_office_builds_for_its_city(kg):
    rels = labelled(draft(kg, "广西名山食品有限公司在玉林市玉州区仁东镇建有肉牛屠宰加工基地。梧州市商务局在梧州建设龟苓膏跨境电商产业园。\n"))
    assert ("肉牛屠宰加工基地", "operatedBy", "广西名山食品有限公司") in rels, rels
    assert ("肉牛屠宰加工基地", "locatedIn", "仁东镇") in rels, rels
    assert ("梧州", "builds", "龟苓膏跨境电商产业园") in rels, rels
    assert not any(p == "builds" and s in ("广西名山食品有限公司", "梧州市商务局") for s, p, _ in rels), rels


def test_towns_listed_by_their_short_names_in_the_county_named(kg):
    from conftest import gxr

    doc = draft(kg, "阳朔县金桔种植面积约10万亩，主要分布在白沙、金宝、高田、福利等乡镇。\n")
    linked = {m["text"]: m["iri"] for m in doc["mentions"]}
    assert linked.get("白沙") == gxr("place/450321101") and linked.get("福利") is not None, linked
    doc = draft(kg, "南宁市西乡塘区香蕉主要集中在坛洛、金陵、双定三镇，白沙、金宝也种香蕉。\n")
    linked = {m["text"]: m["iri"] for m in doc["mentions"]}
    assert {"坛洛", "金陵", "双定"} <= set(linked) and "三镇" not in linked, linked
    assert "白沙" not in linked and "金宝" not in linked, linked  # no list of towns: a common word


def test_a_firm_named_again_by_its_short_name_is_the_same_firm(kg):
    doc = draft(kg, "梧州市鸳江食品有限公司位于倒水镇。鸳江食品负责人说，产品在天猫、京东热销。\n")
    firm = {m["text"]: m.get("iri") or m.get("proposed_iri") for m in doc["mentions"]}
    assert firm["鸳江食品"] == firm["梧州市鸳江食品有限公司"], firm


def test_a_product_named_with_a_towns_short_name(kg):
    rels = labelled(draft(kg, "宾阳县古辣镇是优质稻产区。古辣香米卖到了广州、深圳。\n"))
    assert ("古辣香米", "originatesFrom", "古辣镇") in rels and ("古辣香米", "soldTo", "广州") in rels, rels
    rels = labelled(draft(kg, "古辣香米卖到了广州。\n"))  # the town not named: 古辣 is no place here
    assert not any(p == "originatesFrom" for _, p, _ in rels), rels


def test_an_agreement_in_a_clause_that_begins_with_yu_is_the_sentences_subjects(kg):
    rels = labelled(draft(kg, "宾阳县稻香古辣米业有限公司年加工大米3万吨。该公司在拼多多开设店铺，今年还与盒马签订了供货协议。\n"))
    assert ("宾阳县稻香古辣米业有限公司", "agreementWith", "盒马") in rels, rels
    rels = labelled(draft(kg, "与京东签订协议后，恭城月柿销量大增。\n"))  # no subject before: none made up
    assert not any(p == "agreementWith" for _, p, _ in rels), rels


def test_a_districts_oranges_are_no_product_named_after_it_but_a_short_place_name_makes_one(kg):
    from conftest import gxo

    doc = draft(kg, "武鸣区沃柑种植面积约45万亩。容县沙田柚喜获丰收。\n")
    products = {m["text"] for m in doc["mentions"] if m["class"] == gxo("Product")}
    assert "武鸣区沃柑" not in products and "沃柑" in products and "容县沙田柚" in products, products


def test_a_county_products_short_name_is_that_product_only_where_the_article_names_the_county(kg):
    doc = draft(kg, "阳朔县白沙镇的金桔喜获丰收，金桔网络销售额约2.4亿元。\n")
    m = {x["text"]: x for x in doc["mentions"]}
    assert m["金桔"].get("iri") is None and m["金桔"]["proposed_iri"]  # 阳朔's kumquats, not 融安金桔
    doc = draft(kg, "融安县的金桔喜获丰收。\n")
    assert {x["text"]: x for x in doc["mentions"]}["金桔"]["iri"] == gxr("product/rongan-kumquat")


def test_a_clause_on_platforms_without_a_subject_has_the_sentences(kg):
    doc = draft(kg, "位于桃城镇的大新县苦韵茶业有限公司在天猫开设旗舰店，并在抖音开展常态化直播。"
                    "钦州市麻通王食品有限公司负责人说，前年公司开起了淘宝店，去年又入驻京东、拼多多。\n")
    got = {(s, o) for s, p, o in labelled(doc) if p == "soldOn"}
    assert {("大新县苦韵茶业有限公司", "天猫"), ("大新县苦韵茶业有限公司", "抖音")} <= got
    assert {("钦州市麻通王食品有限公司", p) for p in ("淘宝", "京东", "拼多多")} <= got  # the speaker's firm; 淘宝店 names 淘宝
    assert "前年公司" not in {m["text"] for m in doc["mentions"]}


def test_a_town_builds_a_facility_described_before_its_name(kg):
    doc = draft(kg, "去年，坛洛镇引进广西蕉满园供应链管理有限公司，建成占地1.2万平方米的香蕉产地仓。田东县新建芒果产地仓。\n")
    got = {(s, o) for s, p, o in labelled(doc) if p == "builds"}
    assert ("坛洛镇", "香蕉产地仓") in got and ("田东县", "芒果产地仓") in got


def test_an_operator_two_clauses_after_the_facility_but_not_past_a_firm_named_between(kg):
    rels = labelled(draft(kg, "去年，容县建成沙田柚产地仓，配套建设冷库，由广西容州果业供应链有限公司负责运营。\n"))
    assert ("沙田柚产地仓", "operatedBy", "广西容州果业供应链有限公司") in rels, rels
    rels = labelled(draft(kg, "容县建成沙田柚产地仓，引进广西容州果业供应链有限公司，由广西玉药网络科技有限公司负责运营。\n"))
    assert not any(p == "operatedBy" and s == "沙田柚产地仓" for s, p, _ in rels), rels


def test_a_facility_planned_or_set_up_in_a_town_lies_there_and_a_scene_names_no_product(kg):
    rels = labelled(draft(kg, "宾阳县在黎塘镇规划建设米粉产业园。京东在坛洛镇设立香蕉溯源直采基地。\n"))
    assert {("米粉产业园", "locatedIn", "黎塘镇"), ("香蕉溯源直采基地", "locatedIn", "坛洛镇")} <= rels, rels
    doc = draft(kg, "在南宁市西乡塘区坛洛镇一处香蕉分拣场，工人们正忙着装箱。\n")
    assert "坛洛镇一处香蕉" not in {m["text"] for m in doc["mentions"]}
    assert ("坛洛镇", "locatedIn", "西乡塘区") in labelled(doc)


def test_a_places_title_said_clauses_after_the_place_the_sentence_begins_with(kg):
    rels = labelled(draft(kg, "横州是全国最大的茉莉花生产基地，被誉为“中国茉莉之乡”。\n"))
    assert ("横州", "hasDesignation", "中国茉莉之乡") in rels, rels
    rels = labelled(draft(kg, "梧州是六堡茶的主产地之一，素有“中国六堡茶之都”的美誉。\n"))
    assert ("梧州", "hasDesignation", "中国六堡茶之都") in rels, rels
    rels = labelled(draft(kg, "记者来到横州，这里的茶园被誉为“中国茉莉之乡”。\n"))  # the place does not begin the sentence
    assert not any(p == "hasDesignation" for _, p, _ in rels), rels


def test_a_park_named_by_its_place_a_sales_season_and_operators_in_other_words(kg):
    rels = labelled(draft(kg, "位于临桂镇的临桂区电子商务产业园二期建成投用，由桂林临电数字科技有限公司负责运营。\n"))
    assert ("临桂区电子商务产业园", "operatedBy", "桂林临电数字科技有限公司") in rels, rels
    rels = labelled(draft(kg, "大新县在桃城镇建成县级电商物流配送中心，整合快递企业统一分拣，由广西大新通达供应链管理有限公司承担日常运营。\n"))
    assert ("县级电商物流配送中心", "operatedBy", "广西大新通达供应链管理有限公司") in rels, rels
    rels = labelled(draft(kg, "钟山县建成贡柑产地仓，委托广西钟灵电子商务有限公司运营。\n"))
    assert ("贡柑产地仓", "operatedBy", "广西钟灵电子商务有限公司") in rels, rels
    doc = draft(kg, "2022年钟山贡柑电商销售季启动仪式在回龙镇举行，活动由钟山县人民政府主办。\n")
    events = {m["text"] for m in doc["mentions"] if m["class"].endswith("Event")}
    assert "2022年钟山贡柑电商销售季" in events, events


def test_a_model_adopted_through_or_by_the_county_said_as_xianli(kg):
    rels = labelled(draft(kg, "钟山县是贡柑之乡。县里还推行“龙头企业+合作社+果农”模式，带动果农增收。\n"))
    assert ("钟山县", "adoptsModel", "龙头企业+合作社+果农") in rels, rels
    rels = labelled(draft(kg, "今年以来，阳朔县通过“电商+合作社+果农”模式培训电商人才。\n"))
    assert ("阳朔县", "adoptsModel", "电商+合作社+果农") in rels, rels
    rels = labelled(draft(kg, "覃塘区推行“茶企+合作社+茶农”利益联结模式。\n"))
    assert ("覃塘区", "adoptsModel", "茶企+合作社+茶农") in rels, rels


def test_agreements_by_order_by_the_owned_platform_and_by_a_handshake(kg):
    rels = labelled(draft(kg, "回龙镇与深圳市果源汇农产品有限公司签下5000吨贡柑采购订单。\n"))
    assert ("回龙镇", "agreementWith", "深圳市果源汇农产品有限公司") in rels, rels
    rels = labelled(draft(kg, "宁明县与阿里巴巴旗下的1688平台达成合作。\n"))
    assert ("宁明县", "agreementWith", "1688") in rels and ("宁明县", "agreementWith", "阿里巴巴") not in rels, rels
    rels = labelled(draft(kg, "贺州市电子商务协会牵手抖音电商，联合开展直播带货活动。\n"))
    assert ("贺州市电子商务协会", "agreementWith", "抖音电商") in rels, rels


def test_platforms_listed_with_one_the_reader_does_not_know_still_sell(kg):
    """该公司在淘宝、抖音、得物开设店铺: the firm is on 淘宝 and 抖音 though 得物 is no platform the reader knows."""
    rels = labelled(draft(kg, "北海市南康珠宝有限公司在淘宝、抖音、得物开设店铺，珍珠首饰销往深圳。\n"))
    assert {("北海市南康珠宝有限公司", "soldOn", "淘宝"), ("北海市南康珠宝有限公司", "soldOn", "抖音")} <= rels
