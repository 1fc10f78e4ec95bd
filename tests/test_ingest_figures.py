"""Figures as an analyst records them (issue 17): the place a figure is about with the product its words
name as a narrower indicator, the subject and product carried along a sentence, stocks stated as of the
publication date, periods up to a day (截至6月20日) or in a month (6月中旬), sales through a channel, targets."""

from conftest import DATA, gxo, gxr
from gxkg.sources.article import parse_article
from gxkg.sources.ingest import make_draft


def draft(kg, text, date="2021-07-10"):
    return make_draft(DATA, kg, parse_article(text), "t", "t", date, "p", None)


def figs(doc):
    return {f["statedAs"]: f for f in doc["figures"]}


def test_a_place_figure_of_a_product_gets_a_narrower_indicator(kg):
    doc = draft(kg, "钦州市是水果大市。去年，全市荔枝种植面积达60万亩，鲜果产量约30万吨，产值达45亿元。\n")
    f = figs(doc)
    assert f["60万亩"]["about"] == gxr("place/450700") and f["60万亩"]["indicator_text"] == "荔枝种植面积"
    ind = {i["iri"]: i for i in doc["indicators"]}
    narrower = ind[f["60万亩"]["indicator"]]
    assert narrower["broader"] == gxr("indicator/planting-area") and gxr("indicator/planting-area") in ind
    # the product is carried to the flows of the same sentence, as is the place
    assert f["30万吨"]["about"] == gxr("place/450700") and f["30万吨"]["indicator_text"] == "荔枝鲜果产量"
    assert f["45亿元"]["indicator_text"] == "荔枝产值" and f["45亿元"]["period"] == {"year": "2020"}


def test_stocks_are_stated_as_of_the_publication_date(kg):
    doc = draft(kg, "钦州市电商发展很快。今年上半年，全市网络零售额达30亿元；全市网店数量2.1万家。\n全市电商企业达500家。\n")
    f = figs(doc)
    assert f["30亿元"]["period"] == {"start": "2021-01", "end": "2021-06"}
    assert f["2.1万家"]["period"] == {"as_of": "2021-07"} and f["500家"]["period"] == {"as_of": "2021-07"}


def test_up_to_a_day_and_in_a_month(kg):
    doc = draft(kg, "今年以来，灵山县荔枝热销。截至7月5日，全县通过电商渠道销售荔枝2.6万吨。7月上旬，该县举办荔枝节，签约金额1.1亿元。\n")
    f = figs(doc)
    assert f["2.6万吨"]["period"] == {"start": "2021-01", "end": "2021-07", "as_of": "2021-07-05"}
    assert f["2.6万吨"]["indicator_text"] == "荔枝电商渠道销量" and f["2.6万吨"]["about"] == gxr("place/450721")
    assert f["1.1亿元"]["period"] == {"start": "2021-07", "end": "2021-07"}


def test_a_target_is_projected_and_the_city_is_the_one_written_about(kg):
    doc = draft(kg, "去年，横县撤县设市，改为县级横州市，由南宁市代管。全市网络零售额达50亿元。"
                    "横州市力争到2025年实现网络零售额突破100亿元的目标。\n")
    f = figs(doc)
    assert f["50亿元"]["about"] == gxr("place/450181")
    assert f["100亿元"]["qualifier"] == gxo("Projected")


def test_a_count_is_named_by_what_it_counts(kg):
    """320多家跨境电商企业: the count of cross-border e-commerce firms, not of the words before the number (来自广东、
    湖南等地 made 来自广东、湖南等地数量); a trailing verb (增加到, 可) is no part of an indicator's name."""
    doc = draft(kg, "东兴市跨境电商发展迅速。目前，全市共有320多家跨境电商企业，吸引来自广东、湖南等地的80多名主播参赛。"
                    "全市电商企业数量已增加到500家。\n")
    f = figs(doc)
    assert f["320多家"]["indicator_text"] == "跨境电商企业数量", f["320多家"]
    assert f["80多名"]["indicator_text"] == "参赛主播数", f["80多名"]
    labels = {i["label"]["zh"] for i in doc["indicators"]}
    assert {"跨境电商企业数量", "参赛主播数"} <= labels and not any(lb.endswith(("增加到", "增加到数量")) for lb in labels), labels


def test_figures_of_things_named_by_kind_prices_per_weight_and_spaced_thousands(kg):
    doc = draft(kg, "记者走进位于玉林市玉州区的玉林中药材专业市场。据统计，市场现有经营户 5 600 余户，日均发货量超过 3 000 吨。"
                    "北海市在侨港镇建成海产品冷链物流中心，冷库库容达2万吨。荔浦芋每斤能卖到十几元。\n")
    f = figs(doc)
    market = next(m["proposed_iri"] for m in doc["mentions"] if m["text"] == "玉林中药材专业市场")
    assert f["5 600 余户"]["about"] == market and f["5 600 余户"]["value"] == "5600" and f["5 600 余户"]["qualifier"] == gxo("MoreThan")
    assert f["3 000 吨"]["qualifier"] == gxo("MoreThan")
    centre = next(m["proposed_iri"] for m in doc["mentions"] if m["text"] == "海产品冷链物流中心")
    assert f["2万吨"]["about"] == centre  # the clause names nothing: the thing the sentence says was built
    assert f["十几元"]["unit"] == gxo("CNYPerJin")


def test_who_came_to_an_event_is_a_figure_about_the_event(kg):
    doc = draft(kg, "2023 年河池市县域电商直播大赛在金城江区开幕，来自巴马、都安等县的216 名主播报名参赛。"
                    "2021年容县沙田柚电商文化节吸引了80多家采购商，全县网店达1200多家。\n")
    f = figs(doc)
    ev = {m["text"]: m.get("iri") or m.get("proposed_iri") for m in doc["mentions"]}
    assert f["216 名"]["about"] == ev["2023 年河池市县域电商直播大赛"], f["216 名"]["about_text"]
    assert f["80多家"]["about"] == ev["2021年容县沙田柚电商文化节"], f["80多家"]["about_text"]
    assert f["1200多家"]["about"] != ev["2021年容县沙田柚电商文化节"]


def test_a_count_is_named_by_what_it_counts_without_the_verbs_and_adverbs_around_it(kg):
    doc = draft(kg, "容县在全县15个乡镇建设电商服务站点216个，容县电商产业园已入驻企业68家，"
                    "全县培育了几十家电商企业和几千名“新农人”。\n", date="2021-10-01")
    f = figs(doc)
    assert f["15个"]["indicator_text"].startswith("乡镇"), f["15个"]["indicator_text"]
    assert f["216个"]["indicator_text"].startswith("电商服务站点"), f["216个"]["indicator_text"]
    park = next(m for m in doc["mentions"] if m["text"] == "容县电商产业园")  # the park by its place's name
    assert f["68家"]["about"] == park["proposed_iri"] and f["68家"]["indicator_text"] == "入驻企业数量"
    assert f["几千名"]["indicator_text"].startswith("新农人"), f["几千名"]["indicator_text"]


def test_an_area_output_or_shop_count_of_a_new_product_is_its_places(kg):
    doc = draft(kg, "在钦州市浦北县，百香果种植面积超过5万亩。目前，武鸣区沃柑种植面积约45万亩，去年产量达120万吨。"
                    "容县在淘宝、京东等平台开设沙田柚网店1200多家。昭平县茶园面积18万多亩。\n", date="2021-10-01")
    f = figs(doc)
    assert (f["5万亩"]["about_text"], f["5万亩"]["indicator_text"]) == ("浦北县", "百香果种植面积")
    assert (f["45万亩"]["about_text"], f["45万亩"]["indicator_text"]) == ("武鸣区", "沃柑种植面积")
    assert f["120万吨"]["about_text"] == "武鸣区" and f["1200多家"]["about_text"] == "容县"
    assert f["18万多亩"]["about_text"] == "昭平县"
    assert "昭平县茶" not in {m["text"] for m in doc["mentions"]}  # 茶园 is the county's tea garden, no product


def test_no_indicator_without_a_name(kg):
    doc = draft(kg, "梧州市全市年产龟苓膏约25万吨，产值超过40亿元，其中约四成通过网络渠道销售。\n", date="2024-07-30")
    assert all(i["label"]["zh"] for i in doc["indicators"]), doc["indicators"]
    assert "四成" not in figs(doc)  # a share of what, the words do not say: no figure rather than a nameless one


def test_quanqu_is_the_district_the_article_is_on_else_guangxi(kg):
    doc = draft(kg, "平桂区是贺州马蹄的主产区，全区马蹄种植面积约5万亩。\n"
                    "据广西壮族自治区邮政管理局统计，去年全区农村地区收投快递量达18.6亿件。\n")
    assert figs(doc)["5万亩"]["about"] == gxr("place/451103")
    assert figs(doc)["18.6亿件"]["about"] == gxr("place/450000")  # Guangxi named since
    doc = draft(kg, "广西名山食品有限公司在玉林市玉州区仁东镇建有加工基地，牛巴年产量约800吨。\n"
                    "据了解，全区现有老字号企业207家。\n")
    assert figs(doc)["207家"]["about"] == gxr("place/450000")  # a district named once in passing


def test_counts_named_with_whom_they_reached_and_yearly_output_as_the_scheme_words_it(kg):
    doc = draft(kg, "坛洛镇推行“电商+合作社+蕉农”模式，已带动1800多户蕉农参与网络销售。大新县带动1.5万余户茶农增收。"
                    "钦州市小董镇年产麻通3000吨。\n")
    f = figs(doc)
    assert f["1800多户"]["indicator_text"] == "带动蕉农户数" and f["1.5万余户"]["indicator_text"] == "带动茶农增收户数"
    assert (f["3000吨"]["about"], f["3000吨"]["indicator_text"]) == (gxr("place/450703103"), "麻通年产量")
    ind = {i["iri"]: i for i in doc["indicators"]}[f["3000吨"]["indicator"]]
    assert ind["broader"].endswith("indicator/output")  # the scheme's 产量


def test_a_period_in_a_projection_dates_only_that_projection(kg):
    doc = draft(kg, "阳朔县是金桔之乡。目前，全县金桔种植面积约10万亩，预计今年产量可达12万吨，全县金桔种植户超过2.1万户。\n",
                date="2023-01-06")
    f = figs(doc)
    assert f["12万吨"]["period"] == {"year": "2023"}
    assert f["2.1万户"]["period"] == {"as_of": "2023-01", "cumulative": True}


def test_ranges_with_both_units_sessions_eggs_and_sales_through_any_online_channel(kg):
    doc = draft(kg, "阳朔县是金桔之乡。今年，阳朔县金桔产地收购价每斤3元至5元。\n"
                    "去年以来，恭城县累计开办电商培训班40期。合浦县海鸭蛋网络销量达3600万枚。\n"
                    "田林县八渡笋通过电商销售1.1万吨。金秀县去年通过淘宝销售瑶浴药包12万多包。\n", date="2021-11-20")
    f = figs(doc)
    assert (f["3元至5元"]["min"], f["3元至5元"]["max"], f["3元至5元"]["indicator_text"]) == ("3", "5", "金桔产地收购价")
    assert f["40期"]["indicator_text"] == "电商培训班数量" and f["40期"]["period"] == {"start": "2020-01", "end": "2021-11"}
    assert f["3600万枚"]["value"] == "36000000"
    assert f["1.1万吨"]["indicator_text"] == "八渡笋网络销量" and f["12万多包"]["indicator_text"] == "瑶浴药包网络销量"


def test_a_period_compared_with_is_not_the_figures_period(kg):
    doc = draft(kg, "昭平县茶叶电商发展很快。今年前5个月，该县茶叶网络销售额3000万元，是去年同期的3倍。"
                    "近几年来，昭平县累计培训电商人才1800多人次。\n", date="2022-06-15")
    f = figs(doc)
    assert f["3倍"]["period"] == {"start": "2022-01", "end": "2022-05"}  # not 去年: that is what it is compared with
    assert f["1800多人次"]["period"] == {"as_of": "2022-06", "cumulative": True}  # 近几年来: a running total to date


def test_a_product_made_or_sold_is_the_verbs_object_and_carries_to_the_next_figure(kg):
    doc = draft(kg, "钦州市小董镇是麻通之乡。目前，全镇年产麻通约3000吨，产值1.5亿元。\n", date="2021-12-20")
    f = figs(doc)
    assert (f["3000吨"]["about"], f["3000吨"]["indicator_text"]) == (gxr("place/450703103"), "麻通年产量")
    assert (f["1.5亿元"]["about"], f["1.5亿元"]["indicator_text"]) == (gxr("place/450703103"), "麻通产值")


def test_households_a_model_reached_are_the_models(kg):
    doc = draft(kg, "小董镇探索“电商+作坊+农户”模式，由作坊统一收购，带动周边500多户农户种植糯米。"
                    "西林县推行“电商+合作社”模式，全县成立合作社90家，带动8000户果农增收。\n", date="2021-12-20")
    f = figs(doc)
    models = {m["text"]: m.get("iri") or m.get("proposed_iri") for m in doc["mentions"]}
    assert f["500多户"]["about"] == models["电商+作坊+农户"] and f["500多户"]["indicator_text"] == "带动农户数"
    assert f["8000户"]["about"] == gxr("place/451030")  # the county's own clause comes between: its count


def test_words_that_only_say_how_a_figure_stands_are_not_its_indicator(kg):
    doc = draft(kg, "横州市茉莉花茶网店月销量稳定在8万单左右。\n", date="2021-12-20")
    assert figs(doc)["8万单左右"]["indicator_text"] == "茉莉花茶网店月销量"


def test_a_form_of_the_product_named_before_is_not_named_twice(kg):
    doc = draft(kg, "横州市茉莉花种植面积达13万亩，去年茉莉鲜花产量约10万吨。\n", date="2021-06-10")
    assert figs(doc)["10万吨"]["indicator_text"] == "茉莉鲜花产量"


def test_a_places_figure_in_the_schemes_words_is_of_the_one_product_the_sentence_speaks_of(kg):
    doc = draft(kg, "龙眼方面，平南县种植面积达18万亩。沙田柚和砂糖橘都丰收了，全县产量达30万吨。\n", date="2023-08-20")
    f = figs(doc)
    assert f["18万亩"]["indicator_text"] == "龙眼种植面积"
    assert f["30万吨"]["indicator_text"] == "产量"  # two products named: of neither


def test_what_happened_at_an_event_is_of_its_day_and_a_cost_from_a_year_is_named_without_from(kg):
    """11月23日…启动仪式在回龙镇举行; 启动仪式上，…签下订单，金额约2.3亿元: on the event's day, not as of the month; 成本从
    2020年的3.8元: 单件快递成本 of 2020; 日均处理包裹2.6万件: a count of parcels."""
    doc = draft(kg, "11月23日上午，钟山贡柑电商销售季启动仪式在回龙镇举行。\n启动仪式上，回龙镇签下5000吨贡柑采购订单，金额约2.3亿元。"
                    "全县网店数量达1420家。\n钟山县电商物流配送中心日均处理包裹2.6万件，单件快递成本从2020年的3.8元降至2.4元。\n",
                date="2022-11-25")
    f = figs(doc)
    assert f["2.3亿元"]["period"] == {"date": "2022-11-23"}, f["2.3亿元"]
    assert f["1420家"]["period"] == {"as_of": "2022-11"}  # no word of the event: as of the publication month
    assert f["3.8元"]["indicator_text"] == "单件快递成本" and f["3.8元"]["period"] == {"year": "2020"}
    assert f["2.6万件"]["indicator_text"] == "日均处理包裹数量"


def test_an_area_is_named_as_one(kg):
    """占地120亩: what the figure measures is an area (the unit's quantity kind), named so for review."""
    doc = draft(kg, "今年，灵山县新建一座荔枝冷链物流园，占地120亩。\n")
    f = figs(doc)
    assert f["120亩"]["unit"].endswith("Mu") and f["120亩"]["indicator_text"].endswith("面积"), f["120亩"]


def test_what_a_verb_of_selling_sold_its_price_and_a_share_of_the_figure_before(kg):
    """卖出金桔1.8万斤: 金桔销量; 网上卖了3万多斤: 网上销量; 每斤能卖到十几元: 售价; 线上销售额已占总销售额的45%: its
    share (比重); 网络销售额约1.4亿元，占…销售总额的三成: that figure's share; no stray quotation mark."""
    doc = draft(kg, "融安县举办金桔直播节，两个小时卖出金桔1.8万斤。\n融安县一位果农去年网上卖了3万多斤。\n"
                    "融安金桔每斤能卖到十几元。\n融安县线上销售额已占总销售额的45%左右。\n"
                    "融安县网络销售额约1.4亿元，占金桔销售总额的三成左右。\n融安县组织开展“金桔飘香”直播活动300余场。\n",
                date="2022-12-20")
    f = figs(doc)
    assert f["1.8万斤"]["indicator_text"] == "金桔销量"
    assert f["3万多斤"]["indicator_text"] == "网上销量"
    assert f["十几元"]["indicator_text"] == "售价"
    assert f["45%左右"]["indicator_text"] == "线上销售额占总销售额比重"
    assert f["三成左右"]["indicator_text"] == "线上销售额占金桔销售总额比重"
    assert f["300余场"]["indicator_text"] == "“金桔飘香”直播活动数量"


def test_a_year_that_dates_an_event_does_not_date_the_figures_after_it(kg):
    """2017年被列为…示范县，建成…服务站11个: the stations are counted as of publication, in that sentence and the next;
    a year that dates a figure still dates the one after it."""
    doc = draft(kg, "融安县2017年被列为国家电子商务进农村综合示范县，建成乡镇服务站11个、村级服务点90个。"
                    "县里还建成冷链集配中心，库容3000吨。\n融安县2020年网络零售额达5亿元，村级服务点120个。\n",
                date="2021-07-10")
    f = figs(doc)
    assert f["11个"]["period"] == {"as_of": "2021-07"} and f["3000吨"]["period"] == {"as_of": "2021-07"}
    assert f["120个"]["period"] == {"year": "2020"}


def test_a_multiple_of_a_year_before_is_the_figure_befores(kg):
    """线上销售额达420万元，是去年同期的2倍多: the online sales as a multiple of the same period a year before."""
    doc = draft(kg, "今年一季度，融安县线上销售额达420万元，是去年同期的2倍多。\n", date="2021-07-10")
    f = figs(doc)
    assert f["2倍多"]["indicator_text"] == "线上销售额同比倍数" and f["2倍多"]["about"] == f["420万元"]["about"]


def test_what_sold_in_a_stretch_of_time_is_no_figure_of_a_verb_of_selling(kg):
    """两个小时卖出2000多单 says how fast and not what was sold: no figure is proposed (两个小时卖出金桔1.8万斤 is 金桔销量)."""
    doc = draft(kg, "来自白沙镇的果农在直播间推介柿饼，两个小时卖出2000多单。\n", date="2021-11-22")
    assert "2000多单" not in figs(doc)
