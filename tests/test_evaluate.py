"""The scorer of ingest (gxkg.sources.evaluate) counts a right proposal as right: periods compared by the months
they cover, growth figures by the indicator they grow, counts named 数 or 数量 alike."""

from gxkg.sources.evaluate import canonical_period, score

GXR = "https://w3id.org/gxkg/resource/"
GXO = "https://w3id.org/gxkg/ontology#"


def test_periods_compare_by_their_months():
    assert canonical_period({"year": "2020"}) == canonical_period({"start": "2020-01", "end": "2020-12"})
    assert canonical_period({"date": "2020-05-31"}) == canonical_period({"start": "2020-05", "end": "2020-05", "day": "2020-05-31"})
    assert canonical_period({"as_of": "2020-11", "cumulative": True}) == canonical_period({"start": "2020-11", "end": "2020-11", "as_of": True})
    assert canonical_period({"year": "2020", "compared_to": "2019"}) == canonical_period({"year": "2020"})
    assert canonical_period({"as_of": "2020-11"}) != canonical_period({"start": "2020-11", "end": "2020-11"})
    assert canonical_period({"year": "2020"}) != canonical_period({"start": "2020-01", "end": "2020-09"})


def _doc(indicator, text, period, indicators=()):
    fig = {"statedAs": "27.4%", "value": "27.4", "unit": GXO + "Percent", "about": GXR + "place/450000",
           "about_text": "广西", "indicator": GXR + indicator, "indicator_text": text, "period": period, "qualifier": None}
    return {"mentions": [{"text": "广西", "iri": GXR + "place/450000"}], "figures": [fig], "relations": [],
            "indicators": list(indicators)}


def test_a_growth_figure_on_an_indicator_the_graph_held_scores_by_the_indicator_it_grows():
    exp = {"mentions": [], "figures": [{"stated": "27.4%", "value": "27.4", "unit": "Percent", "about": "place/450000",
                                        "growth_of": "cross-border-ecommerce-transaction-volume", "indicator": "x",
                                        "period": {"start": "2023-01", "end": "2023-05"}, "qualifier": None}]}
    doc = _doc("indicator/cross-border-ecommerce-yoy-growth", "跨境电商交易额同比增长", {"start": "2023-01", "end": "2023-05"})
    assert score(doc, exp)["figures"].right == 1
    doc = _doc("indicator/online-retail-sales-yoy-growth", "网络零售交易额同比增长", {"start": "2023-01", "end": "2023-05"})
    assert score(doc, exp)["figures"].right == 0


def test_new_count_indicators_named_with_shu_or_shuliang_are_one():
    exp = {"mentions": [], "figures": [{"stated": "27.4%", "value": "27.4", "unit": "Percent", "about": "place/450000",
                                        "indicator": "new:入驻企业数", "period": {}, "qualifier": None}]}
    ind = {"iri": GXR + "indicator/x", "label": {"zh": "入驻企业数量"}}
    assert score(_doc("indicator/x", "入驻企业数量", {}, [ind]), exp)["figures"].right == 1
    ind = {"iri": GXR + "indicator/x", "label": {"zh": "入驻企业"}}
    assert score(_doc("indicator/x", "入驻企业", {}, [ind]), exp)["figures"].right == 0


def test_a_new_entity_of_a_narrower_class_is_right():
    exp = {"mentions": [{"text": "美国", "class": "Place"}, {"text": "淘宝", "class": "Platform"}]}
    doc = {"mentions": [{"text": "美国", "iri": None, "proposed_iri": GXR + "place/united-states", "class": GXO + "Region"},
                        {"text": "淘宝", "iri": None, "proposed_iri": GXR + "org/taobao", "class": GXO + "Organization"}],
           "figures": [], "relations": []}
    ms = score(doc, exp)["mentions"]
    assert ms.right == 1 and ms.wrong == [f"淘宝 -> {GXR}org/taobao"]


def test_a_word_never_linked_in_its_context_may_be_linked_elsewhere():
    never = [{"text": "南宁", "context": "南宁日报讯（记者 黄思敏）"}]
    quote = "南宁日报讯（记者 黄思敏）今年以来，南宁依托试验区发展跨境电商。"
    elsewhere = {"text": "南宁", "iri": GXR + "place/450100", "start": 100 + quote.index("依托") - 2, "quote": quote, "quote_start": 100}
    byline = dict(elsewhere, start=100)
    assert score({"mentions": [elsewhere]}, {"never": never})["mentions"].wrong == [f"南宁 -> {GXR}place/450100"]
    assert "never linked, but was: 南宁" in score({"mentions": [byline]}, {"never": never})["mentions"].wrong
    assert "never linked, but was: 南宁" in score({"mentions": [elsewhere]}, {"never": ["南宁"]})["mentions"].wrong


def test_a_quoted_name_and_a_quoted_models_name_with_moshi_are_the_name():
    doc = {"mentions": [{"text": "电商+合作社+农户", "proposed_iri": GXR + "model/m", "class": GXO + "BusinessModel"},
                        {"text": "田东县", "iri": GXR + "place/451022"},
                        {"text": "中国芒果之乡", "proposed_iri": GXR + "designation/d", "class": GXO + "Designation"}],
           "figures": [], "relations": [{"subject": GXR + "place/451022", "predicate": GXO + "adoptsModel",
                                         "object": GXR + "model/m"}]}
    exp = {"mentions": [{"text": "“电商+合作社+农户”模式", "class": "BusinessModel"}, {"text": "田东县", "iri": "place/451022"},
                        {"text": "“中国芒果之乡”", "class": "Designation"}],
           "relations": [["田东县", "adoptsModel", "“电商+合作社+农户”模式"]]}
    res = score(doc, exp)
    assert (res["mentions"].right, res["mentions"].expected) == (3, 3), res["mentions"]
    assert res["relations"].right == 1, res["relations"]


def test_an_expected_name_that_is_the_subject_and_a_scheme_wording_means_the_scheme_concept():
    exp = {"mentions": [], "figures": [{"stated": "27.4%", "value": "27.4", "unit": "Percent", "about": "place/450000",
                                        "indicator": "new:广西产值", "period": {}, "qualifier": None}]}
    ind = {"iri": GXR + "indicator/output-value", "label": {"zh": "产值"}}
    assert score(_doc("indicator/output-value", "产值", {}, [ind]), exp)["figures"].right == 1
    exp["figures"][0]["indicator"] = "new:广西年产量"  # the subject and another concept's wording
    assert score(_doc("indicator/output-value", "产值", {}, [ind]), exp)["figures"].right == 0
    exp["figures"][0]["indicator"] = "new:芒果产值"  # a product's, not the subject's
    assert score(_doc("indicator/output-value", "产值", {}, [ind]), exp)["figures"].right == 0


def test_a_note_in_brackets_after_an_expected_name_is_not_the_name():
    exp = {"mentions": [], "figures": [{"stated": "27.4%", "value": "27.4", "unit": "Percent", "about": "place/450000",
                                        "indicator": "new:售价（每盒）", "period": {}, "qualifier": None}]}
    ind = {"iri": GXR + "indicator/x", "label": {"zh": "售价"}}
    assert score(_doc("indicator/x", "售价", {}, [ind]), exp)["figures"].right == 1
