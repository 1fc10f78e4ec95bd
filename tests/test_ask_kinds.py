"""`gxkg ask` on the kinds of question people ask beyond the templates (issue 20): counts of any class with
conditions, places ranked, figures worked out from stated ones, sources of claims and facts, comparisons of two
figures, renamed places, yes/no between places, misspelt question words; and a question that runs past its
time limit stops itself (the server cannot kill its thread). Phrasings are the project's own, not a held-out
set's."""

import threading
import time

import pytest

from gxkg.ask import AskTimeout, ask

L = lambda *xs: ("labels", set(xs))  # noqa: E731
F = lambda x: ("first", x)  # noqa: E731
H = lambda *xs: ("has", set(xs))  # noqa: E731  the answers' labels hold each text
R = lambda: ("refused", None)  # noqa: E731

COUNTS = [
    ("南宁市下辖多少个县级行政区？", L("12")),
    ("How many county-level divisions does Baise have?", L("12")),
    ("广西共有几个县级市？", L("10")),
    ("How many county-level cities does Guangxi have?", L("10")),
    ("百色有几个自治县？", L("1")),
    ("How many autonomous counties does Hechi have?", L("5")),
    ("柳州市有多少个市辖区？", L("5")),
    ("How many urban districts are under Guilin?", L("6")),
    ("图谱中有多少个政策文件？", L("7")),
    ("How many events does the knowledge graph hold?", L("10")),
    ("有多少个电商平台？", L("9")),
    ("How many facilities are in the graph?", L("3")),
    ("广西有多少个地级行政区？", L("14")),
    ("How many prefecture-level cities are there in Guangxi?", L("14")),
    ("梧州有几个县级行政区？其中市辖区几个？", L("县级行政区: 7", "市辖区: 3")),
    ("How many products come from places within Baise?", L("2")),
    ("广西本身有多少项数据？", L("23")),
    ("How many figures are there about Guangxi as a whole?", L("23")),
    ("广西有多少个国家电子商务进农村综合示范县？", H("47")),
    ("2017年有销售额的那几样特产，哪样卖得最多？排第二的是哪样？", H("南宁香蕉", "百色芒果")),  # the first and the second
    ("全区一共几个瑶族自治县？", L("6")),
    ("河池有几个区？", L("2")),  # 区: the districts (by the end of their names)
    ("全区有多少个县级行政区？", L("111")),  # 全区 is Guangxi, never a class word  # the autonomous counties of one people
    ("List the Yao autonomous counties under Hechi.",
     L("Bama Yao Autonomous County", "Dahua Yao Autonomous County", "Du'an Yao Autonomous County")),
]

RANKED = [
    ("广西最南端的县级行政区是哪个？", F("银海区")),
    ("Which county-level division of Guangxi lies furthest east?", F("Babu District")),
    ("哪个地级市下辖的县级行政区最多？", F("桂林市: 17")),
    ("Which prefecture has the most county-level divisions?", F("Guilin: 17")),
    ("哪些地级市的县级行政区最少？", L("北海市: 4", "防城港市: 4", "钦州市: 4")),
    ("Which prefecture has the most products?", F("Nanning: 3")),
    # the places named, ranked by what they hold
    ("桂林跟河池比，哪个下辖的县级行政区多？", F("桂林市: 17")),
    ("Which has fewer county-level divisions, Guilin or Hechi?", F("Hechi: 11")),
]

COMPUTED = [
    ("如果按28.8%的增速倒推，广西2016年跨境电商交易额约为多少？", H("32996894410")),
    ("Work back Guangxi's 2016 cross-border e-commerce volume from its 28.8% year-on-year growth.", H("32996894410")),
    ("根据13.4%的同比增速，推算2017年1-7月广西网络零售交易额", H("46560846561")),
    ("广西网店占全国0.8%，据此全国约有多少网店？", H("6866875")),
    ("Going by Guangxi's 0.8% share, roughly how many online shops were there nationwide in 2017?", H("6866875")),
    ("融安金桔涨价的百分比是多少？", H("1,900%")),
    ("Check the stated average annual growth of Guangxi's e-commerce volume between 2013 and 2017.",
     H("53.65% a year on average")),
    ("2018年1-7月广西电子商务交易额是多少？网络零售交易额同比增长多少？", H("13.4")),
    # several figures added up: lower bounds (突破) make a lower bound
    ("南宁香蕉、百色芒果、柳州螺蛳粉2017年的销售额合计多少？", F("合计至少 14800000000 元")),
    ("What were Nanning banana and Baise mango sales in 2017 added together?", F("combined: at least 11800000000 yuan (CNY)")),
    ("南宁香蕉和融安金桔2017年销售额加起来是多少？", R()),  # 融安金桔 has no sales figure: no sum
    # one figure per unit of another, of the same period; bounds make it approximate
    ("南宁跨境商品直购体验中心，平均每家商家对应多少SKU？", F("商品SKU数 ÷ 入驻商家数：约 125 个")),
    ("How many SKUs per merchant does the Nanning cross-border direct-purchase experience centre carry?",
     F("product SKUs ÷ merchants on site: about 125 count")),
    ("截至2018年7月，平均每个农村电商服务站点对应多少网络零售额？", H("1902612")),  # the rural running total (农村 said before)
    ("What was the price per jin of Rong'an kumquats after the model?", H("40 yuan per jin")),  # per jin: one figure
]

SOURCES = [
    ("“物流配送网点2228个”这句话出自哪篇文章？", H("新浪广西")),
    ("Which article is the claim \"2018年9月13日，中国-东盟信息港电子商务论坛将在南宁举行\" from?", H("Sina Guangxi")),
    ("图谱里的行政区划数据来源是什么？哪一版？", H("国家统计局2023年版（截至2023-06-30）")),
    ("Which source is the division data from?", H("Guangxi administrative divisions (reference data)")),
    ("中国-东盟信息港电子商务论坛在南宁举行的依据是什么？", H("新浪广西")),
    ("Who published the article this graph is built from, and when?", H("2018-08-20")),
    ("“广西的香蕉销量全国第一”这句话出自哪里？", R()),
    # the words around a claim must be in the sentence quoted: 探索 is, 种植芒果 is not
    ("凭祥和东兴探索“互市贸易+跨境电商”模式这句，原文出自哪里？", H("新浪广西")),
    ("凭祥、东兴种植芒果的说法出自哪？", R()),
    ("“一湾连十国”这个说法是哪篇文章讲的？", H("新浪广西")),  # a short quotation is a claim too
    ("Where does the graph get the fact that Heng County was renamed?", H("README of the Guangxi divisions reference data")),
    ("图谱凭什么说融安县属于柳州市？", H("国家统计局2023年版（截至2023-06-30）")),
    ("Give me the source sentence for the estimate of jobs e-commerce created in Guangxi.", H("Sina Guangxi")),
]

OTHERS = [
    ("2017年广西跨境电商交易额比2018年1-7月网络零售交易额高吗？", H("否")),
    ("Was Guangxi's cumulative rural online retail smaller than its 2017 cross-border e-commerce volume?", H("yes")),
    ("融安县是河池市的吗？", F("否: 融安县 —位于→ 柳州市")),
    ("Is Lingshan County in Baise?", F("no: Lingshan County —located in→ Qinzhou")),
    ("凤山县属于河池市吗？", F("是: 凤山县 —位于→ 河池市")),
    ("横县现在叫什么名字？", F("横州市")),
    ("What is Heng County called now, and which prefecture is it in?", L("Hengzhou (county-level city)", "Nanning")),
    ("Which prefecture is Fengshan Countty in?", L("Hechi")),
    ("How many demonstation counties does Guangxi have?", H("47")),
    ("凭祥和东兴各建设了哪些平台或设施？", L("线上边民互市综合管理信息平台", "线下跨境电商监管中心")),
    ("凤山那个核桃鸡模式带动了多少贫困户？", H("10000")),
    ("What is Baise mango connected to?", H("originates from: Baise")),
    ("和柳州螺蛳粉相关的有哪些？", H("产自: 柳州市")),
    ("Which poverty-alleviation model involves a product that comes from Liuzhou?",
     L("\"E-commerce + farmers' cooperative + poor households\" model")),
    ("哪个扶贫模式涉及的产品来自百色？", R()),  # none does: never the model of another place
    ("The county whose model involves Wanshougu walnut chicken lies in which prefecture?", L("Hechi")),
    ("In which city is the village that holds the Taobao village title?", L("Qinzhou")),
    ("凤山那个百色芒果模式带动了多少户？", R()),
    ("Which counties are national rural e-commerce demonstration counties? List them.", R()),
]

EVERYDAY = [
    ("百色芒果和柳州螺蛳粉哪个卖得多？", F("百色芒果")),
    ("2017年南宁香蕉跟柳州螺蛳粉比，谁的销售额高，高出多少？", H("南宁香蕉", "= 5000000000 元", "差额仅为约数")),
    ("Which sold more in 2017, Nanning bananas or Baise mangoes, and by how much?", H("Nanning banana", "= 4200000000")),
    ("How much more per jin did Rong'an kumquats sell for after the model than before?", H("40 − 2 = 38 yuan per jin")),
    ("融安金桔采用模式以后，每斤比以前多卖多少钱？", H("40 − 2 = 38 元/斤")),
    ("Which sold more in 2017, Nanning bananas or Baise mangoes?", F("Nanning banana")),
    ("How much did the price of Rong'an kumquats go up?", H("rose by 38")),
    ("京东在广西做什么？", H("入桂发展")),
    ("Which county does Rong'an kumquat come from, and which prefecture is that in?", L("Rong'an County", "Liuzhou")),
    ("融安金桔产自哪个县？属于哪个市？", L("融安县", "柳州市")),
    ("What were Guangxi's 2018 online retail sales and how fast did they grow?", H("13.4", "528亿元")),
    ("Which county in Hechi is furthest south?", L("Dahua Yao Autonomous County")),
    # the class asked for, not the place that conditions it (the products, never the counties)
    ("百色市和它下辖的县都有哪些特产？", L("百色凌云茶", "百色芒果")),
    ("Which products come from Baise prefecture, including its counties?", L("Baise Lingyun tea", "Baise mango")),
    ("和跨境电商有关的政策文件有哪些？", L("关于同意在北京等22个城市设立跨境电子商务综合试验区的批复",
                                "自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见")),
    ("图谱里有哪些跨境电商相关的设施？", R()),  # no facility is tied to the topic: never its policies instead
    ("凤山县有什么可说的？", H("位于: 河池市")),
    # months in English are read as 月 is: the year selects and every figure shows its period
    ("What were Guangxi's online retail sales in January-July 2018?", H("52800000000")),
    # a topic named without a figure's words: its own figures, never another topic's
    ("How much did cross-border e-commerce grow year on year in 2017?", H("28.8")),
    ("跨境电商2017年同比增长多少？", H("28.8")),
    # one figure in two periods, which is larger (not its growth rate)
    ("广西2013年和2017年的电子商务交易额，哪一年更高？", F("2017年")),
    ("Was Guangxi's e-commerce volume bigger in 2013 or in 2017, which one?", F("2017")),
    # two places by the graph's coordinates; a yes/no comparison says yes or no first
    ("融安和三江，哪个更靠北？", F("三江侗族自治县")),
    ("Is Rong'an further south than Sanjiang?", F("yes: Rong'an County")),
    ("柳州螺蛳粉2017年的销售额比百色芒果高吗？", F("否: 百色芒果")),
    ("By how much did Nanning banana's 2017 sales exceed Liuzhou luosifen's?", H("Nanning banana", "= 5000000000")),
    ("By July 2018 had Guangxi built more logistics delivery outlets or rural e-commerce service stations?",
     F("logistics delivery outlets built (cumulative) 2228个 < rural e-commerce service stations built (cumulative) 3101个")),
]

YES_NO = [  # yes/no between two names: stated, through a place, stated otherwise, or not among a stated group
    ("百色芒果属不属于桂茶产业？", F("无法确定：来源列举组成广西桂茶产业的有百色凌云茶、防城港金花茶、横县茉莉花茶、梧州六堡茶等"
                               "（带“等”字，不一定是全部），图谱没有记载百色芒果")),  # the source's list ends in 等: no "no"
    ("Is Hengxian jasmine tea part of the Guangxi tea industry?", F("yes: Hengxian jasmine tea —part of→ Guangxi tea (Guicha) industry")),
    ("柳州螺蛳粉算不算广西米粉？", F("是: 柳州螺蛳粉 —属于品类→ 广西米粉")),
    ("百色芒果是广西米粉吗？", H("无法确定：", "图谱没有记载百色芒果")),  # 柳州螺蛳粉、桂林米粉、南宁老友粉等: no "no"
    ("谷歌落户广西了吗？", F("无法证实（图谱没有这样记载，它记载的是：谷歌 —入桂发展→ 广西壮族自治区）")),  # a near relation: no denial
    ("浙江聚贸入桂发展了吗？", F("无法证实（图谱没有这样记载，它记载的是：浙江聚贸 —落户→ 广西壮族自治区）")),
    ("Did Vipshop settle in Guangxi?",
     F("not confirmed (the graph does not state this; it records: Vipshop —came to develop in→ Guangxi Zhuang Autonomous Region)")),
    ("赶街在广西开展农村电商业务不？", F("是: 赶街 —开展农村电商业务→ 广西壮族自治区")),
    ("融安县在不在柳州？", F("是: 融安县 —位于→ 柳州市")),
    ("Is Sanjiang Dong Autonomous County under Liuzhou?", F("yes: Sanjiang Dong Autonomous County —located in→ Liuzhou")),
    ("Is Sanjiang under Liuzhou?", F("yes: Sanjiang Dong Autonomous County —located in→ Liuzhou")),  # its short name
    ("恭城县在桂林吗？", F("是: 恭城瑶族自治县 —位于→ 桂林市")),
    ("Which prefecture is Bama in?", L("Hechi")),
    ("南宁香蕉是广西的吗？", F("是: 南宁香蕉 —产自→ 南宁市 —位于→ 广西壮族自治区")),
    ("Is Baise mango from Guangxi?", F("yes: Baise mango —originates from→ Baise —located in→ Guangxi Zhuang Autonomous Region")),
    ("百色芒果是柳州的吗？", F("否: 百色芒果 —产自→ 百色市")),
    # what a coarser place is stated does not answer for a finer one: 京东 came to develop in 广西, not said of 柳州
    ("京东在柳州吗？", R()),
    ("百色芒果产自凌云县吗？", R()),
    ("桂林米粉是南宁的吗？", F("否: 桂林米粉 —产自→ 桂林市")),
    # a place's products are never a closed list: 广西米粉 has no place of its own, and 柳州's products do not
    # answer for it
    ("广西米粉是柳州的吗？", R()),
    # the kind of the one thing named (a kind of place by the end of its name)
    ("荔浦是不是县级市？", F("是: 荔浦市 (县级行政区)")),
    ("三江是瑶族自治县吗？", F("否: 三江侗族自治县 (县级行政区)")),
    ("Is Lipu a county?", F("no: Lipu (county-level city) (County-level division)")),
    ("Is Fengshan a county?", F("yes: Fengshan County (County-level division)")),
    ("京东算电商平台吗？", F("是: 京东 (电商平台)")),
    ("Is Tianyang still a county?", F("no: Tianyang District (County-level division)")),
    ("梧州六堡茶算不算桂茶产业的一部分？", F("是: 梧州六堡茶 —组成→ 广西桂茶产业")),
    ("Which prefecture-level city is Rong'an County under?", L("Liuzhou")),
    ("Tell me about Ganjie in Guangxi.", H("Guangxi")),
]

ALL = COUNTS + RANKED + COMPUTED + SOURCES + OTHERS + EVERYDAY + YES_NO


def check(a, expected):
    kind, want = expected
    labels = [x["label"] for x in a.answers]
    why = (a.intent, a.entities, a.unrecognised, a.notes)
    if kind == "refused":
        assert not a.answers, (labels, why)
        return
    assert a.answers and a.sparql, why
    if kind == "labels":
        assert set(labels) == want, (labels, why)
    elif kind == "first":
        assert labels[0] == want, (labels, why)
    elif kind == "has":
        text = " ".join(labels + a.notes + [s.get("publisher") or "" for s in a.sources] +
                        [s.get("version") or s.get("title") or "" for s in a.sources] + [s.get("date") or "" for s in a.sources])
        assert all(w in text for w in want), (labels, why)


def test_the_kinds_set_is_in_both_languages():
    zh = [q for q, _ in ALL if any("\u4e00" <= c <= "\u9fff" for c in q)]
    assert len(zh) >= 25 and len(ALL) - len(zh) >= 25


@pytest.mark.parametrize("question, expected", ALL, ids=[q[:40] for q, _ in ALL])
def test_kinds_have_exact_answers(kg, question, expected):
    check(ask(kg, question), expected)


def test_computed_answers_show_the_arithmetic(kg):
    a = ask(kg, "按28.8%的同比增速倒推，2016年广西跨境电商交易额是多少？")
    assert any(n == "计算所得：42,500,000,000 / (1 + 28.8%) = 32,996,894,410" for n in a.notes), a.notes
    assert {"42500000000", "28.8"} <= {x["value"] for x in a.answers}  # the stated figures it used
    a = ask(kg, "What was the compound annual growth rate of Guangxi's e-commerce volume in 2013-2017, and does the stated rate check out?")
    assert any("stated 53.3%, computed 53.65%" in n for n in a.notes), a.notes


def test_the_largest_of_many_figures_shows_the_first_in_order_and_says_how_many_there_are(kg, monkeypatch):
    """最大的 over every sum of money: the figures in order, only the first MAX_RANKED of them (the answer stays short
    on a large graph), with how many there were; places ranked by their members note only the first too."""
    from gxkg.ask import intents

    whole = ask(kg, "文章里提到的金额当中，最大的是哪一笔？")
    assert len(whole.answers) > 3 and not any("排在前面" in n for n in whole.notes)
    monkeypatch.setattr(intents, "MAX_RANKED", 3)
    a = ask(kg, "文章里提到的金额当中，最大的是哪一笔？")
    assert a.answers[:3] == whole.answers[:3] and len({x["value"] for x in a.answers}) == 3, a.answers
    assert f"只列出排在前面的3个（共{len({x['value'] for x in whole.answers})}个）" in a.notes, a.notes
    a = ask(kg, "Which prefecture has the most county-level divisions?")
    assert a.answers[0]["label"] == "Guilin: 17" and "only the first 3 of 14 in that order are shown" in a.notes, a.notes
    assert any(n == "computed: Guilin 17, Nanning 12, Baise 12" for n in a.notes), a.notes


def test_a_price_asked_in_another_unit_of_mass_is_converted_and_so_is_a_difference(kg):
    a = ask(kg, "融安金桔采用新模式后每公斤卖多少钱？")  # 卖多少钱 with 每公斤: the price, not the sales
    assert [x["value"] for x in a.answers][:1] == ["80"], a.answers
    a = ask(kg, "如果换算成按公斤计价，融安金桔采用新模式后的售价比之前每公斤高出多少元？")
    assert a.answers and any("38 × 2 = 76 元/公斤" in n for n in a.notes), a.notes
    a = ask(kg, "How much more per kilogram do Rong'an kumquats sell for now than before?")
    assert a.answers and any("76 yuan per kilogram" in n for n in a.notes), a.notes


def test_how_many_and_which_gives_the_list_and_its_count(kg):
    a = ask(kg, "How many teas does the graph put in the Guangxi tea (Guicha) industry, and which are they?")
    teas = "Baise Lingyun tea, Fangchenggang golden camellia tea, Hengxian jasmine tea, Wuzhou Liubao tea"
    assert [x["label"] for x in a.answers] == ["4"] and teas in a.notes, (a.answers, a.notes)


def test_a_ratio_of_two_figures_and_a_growth_rate_asked_as_instructions(kg):
    a = ask(kg, "以截至2018年7月全区农村网络零售额累计值，除以同期累计培育的农产品网销单品数，平均每个单品对应多少元零售额？")
    assert any("5,900,000,000 / 1,826 = 3,231,106" in n for n in a.notes), (a.notes, a.unrecognised)
    a = ask(kg, "Using the 2013 and 2017 e-commerce transaction volumes in the graph, what compound annual growth rate do you obtain?")
    assert any("= 53.65%" in n for n in a.notes), (a.notes, a.unrecognised)
    a = ask(kg, "Roughly how far is it in a straight line from Nanning to the border city of Dongxing?")
    assert a.answers and a.answers[0]["label"].startswith("about 147 km"), (a.answers, a.unrecognised)


def test_how_many_times_a_smaller_figure_is_a_larger_one_is_worked_out_as_asked(kg):
    a = ask(kg, "柳州螺蛳粉的销售额是百色芒果的几倍？")
    assert any("3,000,000,000 / 3,800,000,000 = 0.79 倍" in n for n in a.notes), (a.notes, a.unrecognised)


def test_the_whole_of_a_share_is_worked_out_from_the_part_and_share_given(kg):
    a = ask(kg, "跨境425亿约占进出口总额11%，那广西17年进出口总额估计有多少")
    assert any(x["label"].startswith("进出口总额（推算）约 386363636364 元") for x in a.answers), (a.answers, a.unrecognised)


def test_a_count_keeps_every_kind_and_condition_in_its_query(kg):
    a = ask(kg, "广西有几个县级市？")
    assert 'STRENDS(STR(?zname), "市")' in a.sparql and "gxo:locatedIn+ ?n0" in a.sparql
    rows = kg.store.select(a.sparql.split("\n\n")[0])
    assert rows[0]["n"].value == "10"  # the shown query is the one that counted


def test_english_answers_name_the_chinese_source_and_name(kg):
    a = ask(kg, "Which county is Hantang Village in?")
    assert a.answers[0]["name_zh"] == "灵山县"
    a = ask(kg, "Which article reports Guangxi's 2017 cross-border e-commerce volume?")
    assert a.sources[0]["original_title"] == "广西电商新跨越 经济增长新引擎" and a.sources[0]["original_publisher"] == "新浪广西"


def test_a_misspelt_question_word_is_read_and_said(kg):
    a = ask(kg, "Which city is Lingyun Countty in?")
    assert [x["label"] for x in a.answers] == ["Baise"] and 'read "Countty" as "County"' in a.notes


def test_a_question_past_its_time_limit_stops_at_its_next_query(kg, monkeypatch):
    """The server cannot kill a thread: a question past --timeout must end itself, freeing its slot."""
    calls = []
    real = kg.store.select

    def slow(*args, **kw):
        calls.append(time.monotonic())
        time.sleep(0.3)
        return real(*args, **kw)

    monkeypatch.setattr(kg.store, "select", slow)
    question = "Which products come from Nanning, and what were Guangxi's online retail sales?"
    ask(kg, question)
    unbounded = len(calls)
    calls.clear()
    with pytest.raises(AskTimeout):
        ask(kg, question, timeout=0.5)
    assert len(calls) < unbounded  # stopped at the first query past the limit


def test_the_server_frees_a_question_slot_when_the_question_runs_past_the_limit(kg, monkeypatch):
    from starlette.testclient import TestClient

    from gxkg.web.app import create_app
    from gxkg.web.settings import Settings

    calls = []
    real = kg.store.select
    gate = threading.Event()

    def slow(*args, **kw):
        calls.append(1)
        if not gate.is_set():
            time.sleep(0.4)
        return real(*args, **kw)

    app = create_app(Settings(timeout=0.5, ask_workers=1), kg=kg)
    with TestClient(app, base_url="http://127.0.0.1") as c:
        monkeypatch.setattr(kg.store, "select", slow)
        r = c.get("/ask", params={"q": "What were the annual sales of Liuzhou snail rice noodles in 2017?"},
                  headers={"Accept": "application/json"})
        assert r.status_code == 503 and "longer than 0.5 s" in r.text
        for _ in range(50):  # hang guard: the stopped question frees its slot within a query or two
            time.sleep(0.1)
            n = len(calls)
            time.sleep(0.5)
            if len(calls) == n:
                break
        gate.set()
        assert len(calls) <= 4, len(calls)
        r = c.get("/ask", params={"q": "Which county is Hantang Village in?"}, headers={"Accept": "application/json"})
        assert r.status_code == 200 and r.json()["answers"][0]["label"] == "Lingshan County"


def test_ask_queries_read_only_the_classes_asked():
    """A class is bound with its subclasses (VALUES ?class), never reached by a path from every typed resource,
    and a figure's optional parts are one pattern each: what makes a question cost the same on 10M triples."""
    import re
    from pathlib import Path

    import gxkg

    root = Path(gxkg.__file__).parent
    for f in [*(root / "ask" / "queries").glob("*.rq"), root / "lookups" / "ask-figures.rq", root / "lookups" / "figures.rq"]:
        text = f.read_text(encoding="utf-8")
        assert "subClassOf" not in re.sub(r"#.*", "", text), f
        assert not re.search(r"OPTIONAL \{ \?ob gxo:\w+ \?\w+ ;", text), f


def test_a_date_asked_is_read_in_each_way_people_write_it():
    from gxkg.ask.intents import _asked_date

    assert _asked_date("是2018年9月13日举办的吗") == "2018-09-13"
    assert _asked_date("是不是2018年9月开的") == "2018-09"
    assert _asked_date("held on 13 September 2018?") == "2018-09-13"
    assert _asked_date("held on Sept 13, 2018?") == "2018-09-13"
    assert _asked_date("on 2018-09-13") == "2018-09-13"
    assert _asked_date("in 2018?") is None  # a year alone is no date: the year is a condition as any other


def test_every_member_of_a_large_class_is_listed_in_part_with_where_to_find_the_rest(kg):
    from gxkg.ask import ask
    from gxkg.ask.intents import MAX_LISTED

    a = ask(kg, "List every county.")
    assert len(a.answers) == MAX_LISTED
    assert any("gxkg list --type County" in n for n in a.notes)
    assert len(ask(kg, "List all policies.").answers) == 7  # a small class: all of it, no note


def test_a_list_asked_with_the_article_as_context_is_never_answered_with_the_article(kg):
    """文章里点到名的是哪几个城市: cities are asked; the article's title is no answer to it."""
    a = ask(kg, "国务院那份在22个城市设立跨境电商综试区的批复，文章里点到名的是哪几个城市？")
    assert not any("新浪广西" in x["label"] for x in a.answers), [x["label"] for x in a.answers]


def test_a_list_of_counties_that_holds_districts_says_so_and_names_the_counties(kg):
    a = ask(kg, "六堡茶产地下辖哪些县？")
    assert "按县级行政区列出（含市辖区、县级市）；其中县（含自治县）：苍梧县、蒙山县、藤县" in a.notes, a.notes
    en = ask(kg, "Which counties are under Wuzhou?")
    assert any(n.endswith("the counties among them (autonomous counties included): Cangwu County, Mengshan County, Tengxian County")
               for n in en.notes), en.notes
    only = ask(kg, "河池有哪些县采用了模式？")  # every one listed is a 县: nothing to say
    assert not any("县级行政区" in n for n in only.notes), only.notes


def test_an_english_name_is_said_to_be_made_not_official(kg):
    place = ask(kg, "融水苗族自治县的英文名是什么？")
    assert [a["label"] for a in place.answers] == ["Rongshui Miao Autonomous County"]
    assert "英文名称由区划数据按拼音加通名生成（County、District 等），不是官方译名" in place.notes, place.notes
    product = ask(kg, "柳州螺蛳粉的英文名是什么？")
    assert "英文名称是本项目的译名，来源没有给出英文名" in product.notes, product.notes


def test_a_list_by_a_place_binds_the_places_in_it_and_looks_each_sentence_up_after(kg):
    """Which products come from Nanning?: the places in Nanning are found first and bound, the class is checked on
    each product found, and each fact's sentence is looked up after (a cost of the answer, not of the graph)."""
    a = ask(kg, "Which products come from Nanning?")
    assert {x["label"] for x in a.answers} == {"Hengxian jasmine tea", "Nanning banana", "Nanning laoyou noodles"}
    assert any("Hengxian jasmine tea" in e for e in a.evidence) and any("Nanning bananas" in e for e in a.evidence)
    places, members, sentences = a.sparql.split("\n\n# ")
    assert "gxo:locatedIn+ ?n" in places and "place/450181" in members  # Hengzhou lies in Nanning: bound as ?o
    assert "FILTER EXISTS { ?x a ?class }" in members and "OPTIONAL" not in members
    assert "rdf:subject ?s" in sentences
    rows = kg.store.select("# " + members)
    assert {r["x"].value.rsplit("/", 1)[1] for r in rows} == {"hengxian-jasmine-tea", "nanning-banana", "nanning-laoyou-noodles"}


def test_a_list_of_anything_related_keeps_each_facts_sentence(kg):
    a = ask(kg, "螺蛳粉跟哪些地方有关联？")  # any relation: the relation found is projected, its sentence looked up after
    assert [x["label"] for x in a.answers] == ["柳州市"] and "SELECT DISTINCT ?x ?o ?p WHERE" in a.sparql
    assert any("柳州螺蛳粉2017年销售额" in e for e in a.evidence), a.evidence


@pytest.mark.parametrize("question, held", [
    ("425亿元这个数在原文里是怎么说的", "2017年广西跨境电商交易额达到425亿元"),
    ("7056亿元在原文里是怎么表述的？", "增长到2017年的7056亿元"),
    ("28.8%这个增速出自原文哪句话", "同比增长28.8%"),
    ("Where in the article does the figure 1826 appear?", "1,826"),
])
def test_a_number_asked_for_in_the_source_is_quoted_in_its_sentence(kg, question, held):
    a = ask(kg, question)
    assert a.answers and a.evidence and all(held in e for e in a.evidence), a.evidence


def test_a_number_no_source_holds_is_refused(kg):
    assert ask(kg, "9999亿元出自哪篇文章？").refused


def test_places_holding_more_than_n_counties_say_every_county_level_division_is_counted(kg):
    a = ask(kg, "Which prefectures have more than 10 counties?")
    assert [x["label"] for x in a.answers][:1] == ["4"], a.answers
    assert "counting every county-level division (districts and county-level cities too)" in a.notes, a.notes
    a = ask(kg, "哪些地级市的县级单位超过10个？")
    assert "按县级行政区计（含市辖区、县级市）" not in a.notes, a.notes


def test_the_whole_a_share_is_of_is_worked_back_when_the_share_is_given_in_the_question(kg):
    a = ask(kg, "个人网店占全国店铺数0.8%，那全国店铺大约有多少家？")
    assert "全国（推算）约 6866875 个" in [x["label"] for x in a.answers], a.answers
    assert any("54,935 / 0.8% = 6,866,875" in n for n in a.notes), a.notes


def test_kinds_added_count_a_thing_in_two_of_them_once(kg):
    a = ask(kg, "桂林下面区县加县级市合起来几个？")
    assert [x["label"] for x in a.answers][:1] == ["17"], a.answers
    assert "计算所得：17 + 1，重复的只算一次：17" in a.notes, a.notes


def test_the_total_trade_is_worked_back_from_the_cross_border_share(kg):
    a = ask(kg, "跨境电商425亿约占外贸11%，那么2017年全区进出口大概是多少亿？")
    assert any(x["label"].startswith("进出口总额（推算）约") for x in a.answers), a.answers


def test_numbers_given_from_one_to_another_are_each_checked_against_the_things_figures(kg):
    a = ask(kg, "广西电商交易额由1266亿涨到7056亿，净增量是多少")
    assert not any("不符" in n for n in a.notes), a.notes  # both are stated figures: no premise said false
    a = ask(kg, "卖到50块一斤的金桔是哪里产的")
    assert a.answers[0]["label"] == "融安县" and any("卖到50块一斤的金桔" in n and "40元/斤" in n for n in a.notes), a.notes


def test_the_language_of_a_source_is_the_one_it_records(kg):
    a = ask(kg, "源文章是什么语言的？")
    assert "语言：简体中文（zh-Hans）" in [x["label"] for x in a.answers], a.answers
    assert not a.unrecognised
