"""The competency questions, answered by the saved queries over the shipped graph, with exact rows."""

import pytest

from gxkg.queries import rows, run_saved


def labelled(kg, name, params=None, lang="zh"):
    """Rows of a saved query with IRIs replaced by their labels (decimals as plain numbers)."""
    from gxkg.views import result_table
    res = run_saved(kg, name, params or {})
    _, table = result_table(kg, res, lang)
    return [tuple(cell.split(" (gx")[0] for cell in row) for row in table]


def test_cq1_poverty_alleviation_models(kg):
    assert labelled(kg, "poverty-alleviation-models") == [
        ("融安县", "“电商+农民合作社+贫困户”模式", "融安金桔", "", "", ""),
        ("凤山县", "“万寿谷核桃鸡产业+电商+贫困户”联动", "万寿谷核桃鸡", "10000", "一万余户", ""),
    ]
    assert labelled(kg, "poverty-alleviation-models", {"county": "凤山"})[0][0] == "凤山县"


def test_cq2_products_within_liuzhou(kg):
    assert labelled(kg, "products-from-place") == [("柳州螺蛳粉", "柳州市", ""), ("融安金桔", "融安县", "")]
    assert labelled(kg, "products-from-place", {"place": "钦州市"}) == [("汉塘村果苗", "汉塘村", "")]
    got = {r[0] for r in labelled(kg, "products-from-place", {"place": "南宁"})}
    assert got == {"南宁香蕉", "南宁老友粉", "横县茉莉花茶"}


def test_cq3_volumes_and_growth(kg):
    r = rows(run_saved(kg, "ecommerce-volume-growth"))
    assert len(r) == 1
    row = {k: float(v) if k.endswith(("value", "growth")) else str(v) for k, v in r[0].items()}
    assert row.pop("computed").endswith("#CompoundAnnualGrowth")  # the source's own arithmetic, marked
    assert row == {"start_year": "2013", "start_value": 126600000000.0, "end_year": "2017",
                   "end_value": 705600000000.0, "stated_growth": 53.3}
    recomputed = ((row["end_value"] / row["start_value"]) ** (1 / 4) - 1) * 100
    assert recomputed == pytest.approx(53.65, abs=0.01)
    assert abs(recomputed - row["stated_growth"]) < 0.5  # agrees to within half a point, not exactly


def test_cq4_rural_platforms(kg):
    assert sorted(r[0] for r in labelled(kg, "rural-ecommerce-platforms")) == sorted(["阿里巴巴", "京东", "乐村淘", "赶街"])


def test_cq5_policies_of_regional_government(kg):
    assert labelled(kg, "policies-by-issuer") == [
        ("自治区人民政府关于加快电子商务发展的若干意见", "广西壮族自治区人民政府", ""),
        ("自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见", "自治区人民政府办公厅", ""),
        ("自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知", "自治区人民政府办公厅", ""),
    ]
    assert labelled(kg, "policies-by-issuer", {"issuer_name": "国务院"}) == [
        ("关于同意在北京等22个城市设立跨境电子商务综合试验区的批复", "国务院", "")]


def test_cq6_forum(kg):
    rows = labelled(kg, "event-details")
    # one row per topic, in the order of the topics' IRIs (the same on every engine)
    assert [r[-1] for r in rows] == ["跨境电子商务", "电子商务与物流协同发展", "农村电商发展"]
    for date, place, place_derived, host, org, theme, _ in rows:
        assert place_derived == ""  # 南宁 is stated; 广西 (derived from it) is not the place shown
        assert (date, place, host, org, theme) == ("2018-09-13", "南宁市", "广西壮族自治区人民政府", "广西壮族自治区商务厅",
                                                   "电商产业新融合·数字商务新发展")


def test_cq7_upstream_of_luosifen(kg):
    # stated of the group 广西米粉 the product belongs to, and shown as the group's
    assert set(labelled(kg, "upstream-industries")) == {
        ("螺蛳养殖", "upstream", "广西米粉", ""), ("竹笋种植", "upstream", "广西米粉", ""),
        ("豆角种植", "upstream", "广西米粉", ""), ("网络电商", "downstream", "广西米粉", "")}


def test_cq8_counties_and_their_prefectures(kg):
    assert set(labelled(kg, "article-counties")) == {
        ("灵山县", "钦州市", ""), ("凤山县", "河池市", ""), ("融安县", "柳州市", ""), ("凭祥市", "崇左市", ""),
        ("东兴市", "防城港市", ""), ("凌云县", "百色市", ""), ("横州市", "南宁市", "")}


def test_cq9_kumquat_price(kg):
    assert labelled(kg, "price-before-after") == [("before", "2", "元/斤", "2元/斤", ""), ("after", "40", "元/斤", "40元/斤", "")]


def test_cq10_cumulative_as_of_july_2018(kg):
    got = {(r[1], r[2], r[4]) for r in labelled(kg, "cumulative-figures")}
    assert got == {("农村电商服务站点数（累计）", "3101", "3101个"), ("物流配送网点数（累计）", "2228", "2228个"),
                   ("农村电商业务培训（累计）", "200000", "20万人次"), ("农村网络零售额（累计）", "5900000000", "59亿元"),
                   ("培育农产品网销单品数（累计）", "1826", "1826个")}
    assert labelled(kg, "cumulative-figures", {"asof": "2017-12"}) == []


def test_teas_of_guicha(kg):
    assert set(labelled(kg, "industry-members")) == {
        ("梧州六堡茶", "梧州市", ""), ("百色凌云茶", "凌云县", ""), ("横县茉莉花茶", "横州市", ""), ("防城港金花茶", "防城港市", "")}


def test_approval_cities(kg):
    assert labelled(kg, "approval-cities") == [("南宁市", "国务院", "2018-08", ""), ("北京市", "国务院", "2018-08", "")]


def test_cross_border_facilities(kg):
    got = labelled(kg, "cross-border-facilities")
    nanning = {r[3] for r in got if r[0] == "南宁跨境商品直购体验中心"}
    qinzhou = {r[4] for r in got if r[0] == "钦州保税港区国际商品直销中心"}
    assert nanning == {"东盟", "欧美", "澳洲"}
    assert qinzhou == {"江西省", "四川省", "湖南省"}
    assert {r[1] for r in got if r[0] == "钦州保税港区国际商品直销中心"} == {"广西钦州保税港区"}


def test_organisations_that_entered_guangxi(kg):
    """落户 (settled) is not 入桂发展 (came to develop): two relations, each from its own sentence."""
    assert set(labelled(kg, "organizations-in-guangxi")) == {
        ("阿里巴巴一达通", "落户", "true", ""), ("浙江聚贸", "落户", "true", ""), ("德国思爱普（SAP）", "落户", "true", ""),
        ("京东", "入桂发展", "true", ""), ("敦煌", "入桂发展", "false", ""), ("谷歌", "入桂发展", "false", ""),
        ("唯品会", "入桂发展", "false", ""), ("至简云图", "入桂发展", "false", "")}


def test_place_ancestors(kg):
    assert [r[0] for r in labelled(kg, "place-ancestors")] == ["武利镇", "灵山县", "钦州市", "广西壮族自治区"]


def test_figures_by_indicator(kg):
    got = {(r[1] or r[2], r[4], r[7]) for r in labelled(kg, "figures-by-indicator")}
    assert got == {("2013", "126600000000", "1266亿元"), ("2017", "705600000000", "7056亿元"),
                   ("2018-01", "422000000000", "4220亿元")}


def test_entity_figures_of_guangxi(kg):
    got = labelled(kg, "entity-figures")
    assert len(got) == 23
    assert ("最终消费对经济增长贡献率", "50", "", "", "百分比", "约", "", "", "", "", "50%", "") in got
    # a figure the source computed says so (年均增长 = compound annual growth)
    assert [r[-1] for r in got if r[0] == "电子商务交易额年均增长率"] == ["年均增长"]


def test_evidence_for_fengshan(kg):
    quotes = {r[0] for r in labelled(kg, "evidence", {"entity": "凤山县"})}
    assert any(q.startswith("凤山通过“万寿谷核桃鸡产业+电商+贫困户”联动") for q in quotes)
    assert any(q.startswith("451223000000,凤山县,county") for q in quotes)


def test_every_saved_query_is_tested():
    import re
    from pathlib import Path
    from gxkg.queries import saved_queries
    text = Path(__file__).read_text(encoding="utf-8")
    tested = set(re.findall(r'labelled\(kg, "([a-z0-9-]+)"', text)) | set(re.findall(r'run_saved\(kg, "([a-z0-9-]+)"', text))
    assert set(saved_queries()) <= tested


def test_every_saved_query_marks_derived_or_computed_rows():
    """Issue 20: `query upstream-industries` showed facts derived by a rule without saying so. Every saved
    query that returns facts carries the rule (derived) or the source's arithmetic (computed), or says why
    none can be derived."""
    import re
    from importlib.resources import files

    for f in sorted(files("gxkg.saved").iterdir()):
        if not f.name.endswith(".rq"):
            continue
        text = f.read_text(encoding="utf-8")
        select = re.search(r"SELECT(.*?)WHERE", text, re.S).group(1)
        marked = re.search(r"\?(\w*derived|computed)\b", select)
        assert marked or "derived fact" in text or "no rule derives" in text, f.name
