"""`gxkg ask`: questions in Chinese and English with exact answers, and honest refusals (gxkg.ask)."""

import json

import pytest

from conftest import gxr
from gxkg.ask import ask
from gxkg.cli import main

# (question, expected answer labels in order-insensitive form)
QUESTIONS = [
    # figures
    ("柳州螺蛳粉2017年销售额是多少？", {"柳州螺蛳粉 年销售额: 突破 3000000000 元 (30亿元)"}),
    ("What were the annual sales of Liuzhou snail rice noodles in 2017?",
     {"Liuzhou river-snail rice noodles annual sales: exceeding (broke through) 3000000000 yuan (CNY) (30亿元)"}),
    ("广西2017年电子商务交易额是多少？", {"广西壮族自治区 电子商务交易额: 705600000000 元 (7056亿元)"}),
    ("What is the e-commerce transaction volume of Guangxi in 2017?",
     {"Guangxi Zhuang Autonomous Region e-commerce transaction volume: 705600000000 yuan (CNY) (7056亿元)"}),
    ("广西2013年电子商务交易额是多少？", {"广西壮族自治区 电子商务交易额: 126600000000 元 (1266亿元)"}),
    ("百色芒果2017年销售额是多少？", {"百色芒果 年销售额: 突破 3800000000 元 (38亿)"}),
    ("How much were the 2017 annual sales of Baise mango?",
     {"Baise mango annual sales: exceeding (broke through) 3800000000 yuan (CNY) (38亿)"}),
    ("南宁香蕉2017年销售额是多少？", {"南宁香蕉 年销售额: 突破 8000000000 元 (80亿)"}),
    ("融安金桔采用模式后售价是多少？", {"融安金桔 采用模式后售价: 40 元/斤 (40元/斤)"}),
    ("汉塘村村民年收入是多少？", {"汉塘村 村民年收入: 100000–200000 元 (十几万)"}),
    # where
    ("汉塘村在哪个县？", {"灵山县"}),
    ("Which county is Hantang Village in?", {"Lingshan County"}),
    ("融安县在哪个市？", {"柳州市"}),
    ("Which city is Rong'an County in?", {"Liuzhou"}),
    ("凭祥在哪个市？", {"崇左市"}),
    # when
    ("中国-东盟信息港电子商务论坛什么时候举办？", {"2018-09-13"}),
    ("When is the China-ASEAN Information Harbor E-commerce Forum?", {"2018-09-13"}),
    # who
    ("中国-东盟信息港电子商务论坛由谁主办？", {"广西壮族自治区人民政府"}),
    ("Who hosted the China-ASEAN Information Harbor E-commerce Forum?", {"People's Government of Guangxi Zhuang Autonomous Region"}),
    ("中国-东盟信息港电子商务论坛由谁承办？", {"广西壮族自治区商务厅"}),
    ("Who organised the China-ASEAN Information Harbor E-commerce Forum?",
     {"Department of Commerce of Guangxi Zhuang Autonomous Region"}),
    ("广西电子商务发展“十三五”规划由谁发布？", set()),  # the article does not say who issued it: no answer
    # relations
    ("桂林米粉的上游产业有哪些？", {"竹笋种植", "豆角种植", "螺蛳养殖"}),
    ("What are the upstream industries of Guilin rice noodles?", {"bamboo-shoot growing", "cowpea (long bean) growing", "river-snail farming"}),
    ("柳州螺蛳粉产自哪里？", {"柳州市"}),
    ("Where does Baise mango come from?", {"Baise"}),
    ("哪些产品产自柳州？", {"柳州螺蛳粉", "融安金桔"}),
    ("Which products come from Nanning?", {"Nanning banana", "Nanning laoyou noodles", "Hengxian jasmine tea"}),
    ("哪些平台在广西开展农村电商业务？", {"阿里巴巴", "京东", "乐村淘", "赶街"}),
    ("Which platforms operate rural e-commerce in Guangxi?", {"Alibaba", "JD.com", "Lecuntao", "Ganjie"}),
    ("哪些企业落户广西？", {"阿里巴巴一达通", "浙江聚贸", "德国思爱普（SAP）", "中国-东盟信息港"}),
    ("Which enterprises came to develop in Guangxi?", {"JD.com", "DHgate", "Google", "Vipshop", "Zhijian Yuntu"}),
    ("凤山县采用了什么模式？", {"“万寿谷核桃鸡产业+电商+贫困户”联动"}),
    ("中国-东盟信息港电子商务论坛的主题是什么？", {"电商产业新融合·数字商务新发展"}),
    # how many
    ("广西有多少个县？", {"111"}),
    ("How many counties does Guangxi have?", {"111"}),
    ("柳州市有多少个县？", {"10"}),
    # relation between two entities
    ("百色芒果和百色市有什么关系？", {"百色芒果 —产自→ 百色市"}),
    ("How are Baise mango and Baise related?", {"Baise mango —originates from→ Baise"}),
    # the same kinds of question about other entities, phrased otherwise
    ("融安县采用了什么模式？", {"“电商+农民合作社+贫困户”模式"}),
    ("What model did Rong'an County adopt?", {'"E-commerce + farmers\' cooperative + poor households" model'}),
    ("南宁老友粉的上游产业有哪些？", {"竹笋种植", "豆角种植", "螺蛳养殖"}),
    ("What are the downstream industries of Liuzhou snail rice noodles?", {"online e-commerce"}),
    ("百色芒果产自哪里？", {"百色市"}),
    ("Where does Liubao tea come from?", {"Wuzhou"}),
    ("哪些产品产自南宁？", {"横县茉莉花茶", "南宁香蕉", "南宁老友粉"}),
    ("Which products come from Liuzhou?", {"Liuzhou river-snail rice noodles", "Rong'an kumquat"}),
    ("东兴在哪个市？", {"防城港市"}),
    ("Which city is Dongxing in?", {"Fangchenggang"}),
    ("灵山县在哪个市？", {"钦州市"}),
    ("百色市有多少个县？", {"12"}),
    ("How many counties does Liuzhou have?", {"10"}),
    ("广西有多少个地级市？", {"14"}),
    ("How many prefectures does Guangxi have?", {"14"}),
    ("2017年广西跨境电商交易额是多少？", {"广西壮族自治区 跨境电商交易额: 42500000000 元 (425亿元)"}),
    ("What was Guangxi's cross-border e-commerce transaction volume in 2017?",
     {"Guangxi Zhuang Autonomous Region cross-border e-commerce transaction volume: 42500000000 yuan (CNY) (425亿元)"}),
    ("广西个人网店数量是多少？", {"广西壮族自治区 个人网店数量: 54935 个 (54935家)"}),
    ("融安金桔采用模式前售价是多少？", {"融安金桔 采用模式前售价: 2 元/斤 (2元/斤)"}),
    ("What was the price of Rong'an kumquat before the model?", {"Rong'an kumquat price before the model: 2 yuan per jin (2元/斤)"}),
    ("中国-东盟信息港电子商务论坛在哪里举办？", {"南宁市", "广西壮族自治区"}),
    # the remaining competency questions of the saved queries, each phrased in both languages
    ("哪些县采用了电商扶贫模式？", {"融安县: “电商+农民合作社+贫困户”模式", "凤山县: “万寿谷核桃鸡产业+电商+贫困户”联动"}),
    ("Which counties adopted a poverty-alleviation model?",
     {"Rong'an County: \"E-commerce + farmers' cooperative + poor households\" model",
      "Fengshan County: \"Wanshougu walnut-chicken industry + e-commerce + poor households\" linkage"}),
    ("自治区人民政府办公厅发布了哪些政策？", {"自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见",
                                  "自治区人民政府办公厅关于印发“互联网+流通”行动计划实施方案的通知"}),
    ("What policies did the General Office of the Guangxi regional government issue?",
     {"Implementation opinions of the regional government's general office on sound and fast development of cross-border e-commerce",
      "Notice of the regional government's general office issuing the implementation plan of the \"Internet + circulation\" action plan"}),
    ("桂茶包括哪些茶？", {"百色凌云茶", "防城港金花茶", "横县茉莉花茶", "梧州六堡茶"}),
    ("Which teas belong to the Guangxi tea industry?", {"Baise Lingyun tea", "Fangchenggang golden camellia tea",
                                                       "Hengxian jasmine tea", "Wuzhou Liubao tea"}),
    ("哪些城市设立了跨境电商综合试验区？", {"南宁市", "北京市"}),
    ("Which cities have cross-border e-commerce comprehensive pilot zones?", {"Nanning", "Beijing"}),
    ("南宁跨境商品直购体验中心的商品来自哪里？", {"东盟", "欧美", "澳洲"}),
    ("Where do the goods of the Nanning cross-border goods direct-purchase experience centre come from?",
     {"ASEAN", "Europe and America", "Australia"}),
    ("截至2018年7月广西累计建成了多少服务站点？", {"广西壮族自治区 农村电商服务站点数（累计）: 3101 个 (3101个)"}),
    ("How many rural e-commerce service stations had Guangxi built by July 2018?",
     {"Guangxi Zhuang Autonomous Region rural e-commerce service stations built (cumulative): 3101 count (3101个)"}),
    ("钦州保税港区国际商品直销中心的业务拓展到哪里？", {"江西省", "四川省", "湖南省"}),
]


@pytest.mark.parametrize("question, expected", QUESTIONS)
def test_questions_have_exact_answers(kg, question, expected):
    a = ask(kg, question)
    assert {x["label"] for x in a.answers} == expected, (a.understood, a.entities)
    if expected:
        assert a.sparql and (a.evidence or "how many" in a.understood or "relation" in a.understood or "where" in a.understood)


@pytest.mark.parametrize("question", ["越南的电商交易额是多少？", "What is the weather in Vietnam?", "你好", "asdf qwer",
                                      "谁发明了电子商务？", "What is the capital of France?"])
def test_questions_it_cannot_answer_are_refused_honestly(runner, question):
    r = runner.invoke(main, ["ask", question])
    assert r.exit_code != 0 and "Traceback" not in r.output
    assert "cannot answer" in r.output or "无法回答" in r.output
    assert "gxkg search" in r.output


def test_json_contract_and_show_query(runner):
    r = runner.invoke(main, ["ask", "柳州螺蛳粉2017年销售额是多少？", "-f", "json"])
    data = json.loads(r.stdout)
    assert set(data) >= {"question", "language", "entities", "sparql", "answers", "evidence"}
    assert data["language"] == "zh" and data["entities"][0]["iri"] == gxr("product/liuzhou-luosifen")
    (a,) = data["answers"]
    assert a["value"] == "3000000000" and a["unit"].endswith("#CNY") and a["period"] == "2017年"
    assert "VALUES ?e" in data["sparql"] and gxr("product/liuzhou-luosifen") in data["sparql"]
    shown = runner.invoke(main, ["ask", "--show-query", "Which county is Hantang Village in?"]).output
    assert "SELECT" in shown and "Lingshan County" in shown
