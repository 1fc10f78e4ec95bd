"""The one Chinese-number reader (gxkg.numbers): the forms real articles use, read alike by ingest's figures
and by `gxkg validate`, and the whole ingest -> accept -> build -> validate path agreeing on them."""

import json
import shutil
from decimal import Decimal

import pytest

from conftest import DATA, FIXTURES, gxo
from gxkg.cli import main
from gxkg.numbers import cn_number, read_number, scan
from gxkg.sources.figures import find_figures, period_for
from gxkg.validate import parse_stated

D = Decimal

# sentence, stated as the figure reads, value, (low, high) for a vague amount, unit, qualifier
FORMS = [
    ("项目总投资一百二十万元。", "一百二十万元", "1200000", None, "CNY", None),
    ("全县共有电商企业两百家。", "两百家", "200", None, "Count", None),
    ("全国网上零售额达10.40万亿元。", "10.40万亿元", "10400000000000", None, "CNY", None),
    ("全县电商销售额6000多万元，", "6000多万元", "60000000", None, "CNY", "MoreThan"),
    ("每箱卖到一百多元。", "一百多元", "100", None, "CNY", "MoreThan"),
    ("线上销售占比达百分之六十。", "百分之六十", "60", None, "Percent", None),
    ("销售额1.5亿元。", "1.5亿元", "150000000", None, "CNY", None),
    ("网销农产品占三成。", "三成", "30", None, "Percent", None),
    ("村民每年收入都有十几万元！", "十几万元", None, ("100000", "200000"), "CNY", None),
    ("一斤只卖几十元。", "几十元", None, ("10", "100"), "CNY", None),
    ("收购价12元/公斤。", "12元/公斤", "12", None, "CNYPerKg", None),
    ("全市网店达16.57 万家。", "16.57 万家", "165700", None, "Count", None),
    ("快递业务量比上年翻一番。", "翻一番", "2", None, "Times", None),
    ("交易额1,234.5万元。", "1,234.5万元", "12345000", None, "CNY", None),
    ("带动就业两千三百万人。", "两千三百万人", "23000000", None, "Person", None),
    ("亩产提高零点五吨。", "零点五吨", "0.5", None, "Tonne", None),
    ("年产量3.2万吨。", "3.2万吨", "32000", None, "Tonne", None),
    ("开有近5000家门店；", "5000家", "5000", None, "Count", "Nearly"),
    ("网上店铺超1.2万家。", "1.2万家", "12000", None, "Count", "MoreThan"),
    ("吸引逾千人观看。", "逾千人", "1000", None, "Person", "MoreThan"),
    ("每天上千人次参观。", "上千人次", "1000", None, "PersonTime", "AtLeast"),
    ("培育电商企业数百家。", "数百家", None, ("100", "1000"), "Count", None),
    ("全年米粉营业收入达到730亿元。", "730亿元", "73000000000", None, "CNY", None),
    ("带动一万余户贫困户增收脱贫", "一万余户", "10000", None, "Household", "MoreThan"),
    ("共有米粉店5万家以上，", "5万家以上", "50000", None, "Count", "AtLeast"),
    ("同比增长13.4%。", "13.4%", "13.4", None, "Percent", None),
    ("占比70 %。", "70 %", "70", None, "Percent", None),
    ("种植面积增加3000多亩，", "3000多亩", "3000", None, "Mu", "MoreThan"),
    ("销售额分别突破80亿元", "80亿元", "8000000000", None, "CNY", "Exceeds"),
    ("营业额保守估计约2亿元，", "2亿元", "200000000", None, "CNY", "Approximately"),
    ("年产量预计50万吨", "50万吨", "500000", None, "Tonne", "Projected"),
    ("每天卖出4万袋以上", "4万袋以上", "40000", None, "Bag", "AtLeast"),
    ("原本只卖2元/斤的金桔", "2元/斤", "2", None, "CNYPerJin", None),
    ("出口额达3.6亿美元。", "3.6亿美元", "360000000", None, "USD", None),
    ("种植面积达1.2万hm²。", "1.2万hm²", "12000", None, "Hectare", None),
    ("日销售螺蛳粉20万包。", "20万包", "200000", None, "Pack", None),
    ("价格是去年的3倍。", "3倍", "3", None, "Times", None),
    ("收购柚子500公斤。", "500公斤", "500", None, "Kilogram", None),
    ("16～40岁青年是主力。", "16～40岁", None, ("16", "40"), "YearOfAge", None),
    ("占比提高2个百分点。", "2个百分点", "2", None, "PercentagePoint", None),
    ("三万五千名学员参训。", "三万五千名", "35000", None, "Person", None),
    ("直播带货三万五单。", "三万五单", "35000", None, "Piece", None),
    ("一千零五户脱贫。", "一千零五户", "1005", None, "Household", None),
    ("电商平台十二个。", "十二个", "12", None, "Count", None),
    ("全县网店5万多个。", "5万多个", "50000", None, "Count", "MoreThan"),
    ("成交额约2亿元左右。", "2亿元左右", "200000000", None, "CNY", "Approximately"),
    ("不到100元。", "100元", "100", None, "CNY", "LessThan"),
    ("全年新增几百万元。", "几百万元", None, ("1000000", "10000000"), "CNY", None),
    ("网店达二十几家。", "二十几家", None, ("20", "30"), "Count", None),
    ("全区排名第三名。", "第三名", "3", None, "Rank", None),
    ("年销量１２００万袋。", "１２００万袋", "12000000", None, "Bag", None),
    ("全县贫困户千余户。", "千余户", "1000", None, "Household", "MoreThan"),
    ("网店總數達兩萬家。", "兩萬家", "20000", None, "Count", None),
    ("面積近百平方米", "近百平方米", "100", None, "SquareMetre", "Nearly"),
    ("今年卖了两个亿元的货。", "两个亿元", "200000000", None, "CNY", None),  # the spoken 两个亿
    ("销售额1.5个亿元。", "1.5个亿元", "150000000", None, "CNY", None),
]


@pytest.mark.parametrize("sentence, stated, value, rng, unit, qualifier", FORMS, ids=[f[1] for f in FORMS])
def test_ingest_and_validate_read_each_form_alike(sentence, stated, value, rng, unit, qualifier):
    figs = [f for f in find_figures(sentence) if f.stated == stated]
    assert len(figs) == 1, [(f.stated, f.value) for f in find_figures(sentence)]
    (f,) = figs
    low, high = (D(x) for x in rng) if rng else (None, None)
    assert (f.value, f.low, f.high, f.unit, f.qualifier) == (D(value) if value else None, low, high, unit, qualifier)
    # validate reads the stated text with the same reader and gets the same numbers
    assert parse_stated(stated) == ([D(value)] if value else [low, high])


def test_enough_forms():
    assert len(FORMS) >= 40


@pytest.mark.parametrize("sentence", [
    "灵山县第四届荔枝文化节开幕。",          # an ordinal, not a figure
    "2019年10月9日，2018-2020年，1-7月",      # dates and periods
    "2023 年5 月31 日，记者来到这里。",        # dates with PDF spaces
    "这是一个缩影，一袋一袋装好。",            # 一个, 一袋: articles, not amounts
    "历时一个半月，3个月后完成。",            # durations
    "百色芒果和千家万户，成千上万的人。",      # 百, 千, 万 in words
    "“十三五”期间，唯一一家企业。",
    "电话0771-5588123。",
])
def test_non_figures(sentence):
    assert find_figures(sentence) == []


def test_vague_amounts_are_ranges_never_ten():
    for s in ("几十元", "十几万", "数百家", "几万人"):
        n = read_number(s)
        assert n.value is None and n.low < n.high, s
    assert read_number("几十元").values() == [D(10), D(100)]


def test_spaced_dates_from_pdf_text_are_periods():
    s = "2023 年5 月31 日，全县网店达1.2 万家。"
    (f,) = find_figures(s)
    assert (f.stated, f.value) == ("1.2 万家", D(12000))
    assert period_for(s, f.start) == {"date": "2023-05-31"}
    assert period_for("2023 年全县网络零售额8亿元", 9) == {"year": "2023"}


@pytest.mark.parametrize("text, value", [
    ("一百二十", 120), ("两千三百万", 23000000), ("一亿两千万", 120000000), ("三万亿", 3 * 10 ** 12), ("一百二", 120),
    ("十", 10), ("零点五", D("0.5")), ("1,234.5", D("1234.5")), ("一千零五", 1005), ("壹佰", 100),
])
def test_cn_number(text, value):
    assert cn_number(text) == D(value)


@pytest.mark.parametrize("text", ["一一", "十三五", "二〇一九", "七八", "点五"])
def test_not_numerals(text):
    assert cn_number(text) is None


def test_scan_offsets_are_the_original_text():
    s = "达１２００万袋，超1.2万家"
    assert [(n.text, s[n.start:n.end]) for n in scan(s)] == [("１２００万", "１２００万"), ("1.2万", "1.2万")]


# ------------------------------------------------------------ the documented path on a fixture article
ARTICLE = FIXTURES / "numbers" / "2023-number-forms.txt"


@pytest.fixture
def data(tmp_path):
    for d in ("ontology", "graph", "sources"):
        shutil.copytree(DATA / d, tmp_path / d)
    return tmp_path


def test_ingest_accept_build_validate_agree_on_every_form(runner, data):
    def run(*args, code=0):
        r = runner.invoke(main, ["--data", str(data), *args], catch_exceptions=False)
        assert r.exit_code == code, r.output
        return r

    out = run("ingest", str(ARTICLE), "--date", "2023-06-01", "--publisher", "示例", "-f", "json").stdout
    doc = json.loads(out[out.index("{"):])
    stated = {f["statedAs"]: f for f in doc["figures"]}
    expected = {"一百二十万元": ("1200000", None), "两百家": ("200", None), "10.40万亿元": ("10400000000000", None),
                "6000多万元": ("60000000", gxo("MoreThan")), "一百多元": ("100", gxo("MoreThan")),
                "12元/公斤": ("12", None), "16.57 万家": ("165700", None), "逾千人": ("1000", gxo("MoreThan"))}
    for s, (value, q) in expected.items():
        assert (stated[s]["value"], stated[s]["qualifier"]) == (value, q), s
    assert stated["12元/公斤"]["unit"] == gxo("CNYPerKg")
    assert (stated["十几万元"]["min"], stated["十几万元"]["max"], stated["十几万元"]["value"]) == ("100000", "200000", None)
    assert (stated["几十元"]["min"], stated["几十元"]["max"]) == ("10", "100")
    assert not any(s.startswith("第") for s in stated)
    run("accept", doc["source"]["id"], "--all")
    run("build")
    report = run("validate").output
    assert "0 violations." in report, report


def test_ingest_reads_units_from_the_data_directorys_ontology(runner, data, tmp_path):
    """A unit form added to the ontology of --data is read by ingest there (no copy of the unit list)."""
    onto = data / "ontology" / "gxkg.ttl"
    text = onto.read_text(encoding="utf-8")
    onto.write_text(text.replace('gxo:writtenForm "元一斤" ,', 'gxo:writtenForm "元一斤" , "元/市斤" ,', 1), encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text("鱼峰区的豆角收购价为3元/市斤。\n", encoding="utf-8")
    r = runner.invoke(main, ["--data", str(data), "ingest", str(art), "--title", "收购价", "--date", "2023-06-01",
                             "--publisher", "示例", "-f", "json"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout[r.stdout.index("{"):])
    assert [(f["statedAs"], f["unit"]) for f in doc["figures"]] == [("3元/市斤", gxo("CNYPerJin"))]
