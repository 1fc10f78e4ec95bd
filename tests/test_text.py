"""Name normalisation and matching (gxkg.text)."""

import pytest

from gxkg import text
from gxkg.text import normalize, pinyin, score


@pytest.mark.parametrize("raw, norm", [
    ("Rong'an County", "ronganCounty".casefold()),
    ("bǎisè mángguǒ", "baisemangguo"),
    ("bai3se4 mang2guo3", "baisemangguo"),
    ("“电商+农民合作社+贫困户”模式", "电商+农民合作社+贫困户模式"),
    ("中国－东盟信息港", "中国东盟信息港"),  # full-width hyphen folds away
    ("ＳＡＰ", "sap"),
])
def test_normalize(raw, norm):
    assert normalize(raw) == norm


def test_pinyin():
    assert pinyin("百色芒果") == "baisemangguo"
    assert pinyin("凭祥市") == "pingxiangshi"


def test_score_orders_exact_prefix_substring_fuzzy():
    names = ["百色芒果", "Baise mango"]
    forms = [pinyin(n) for n in names if n == "百色芒果"]
    exact, _, how_exact = score("百色芒果", names, forms)
    py, _, how_py = score("baise mangguo", names, forms)
    prefix, _, _ = score("百色", names, forms)
    sub, _, how_sub = score("芒果", names, forms)
    fuzzy, _, _ = score("百色芒", ["百色芒果"], forms)
    assert exact == 1.0 and 0.9 < py < 1.0 and (how_exact, how_py, how_sub) == ("exact", "pinyin", "substring")
    assert exact > prefix > sub > 0
    assert fuzzy > 0
    assert score("zzz", names, forms)[0] == 0


@pytest.mark.parametrize("query, names, how", [
    ("Liuzhou snail rice noodles", ["Liuzhou river-snail rice noodles"], "words"),
    ("13th five-year plan", ["Guangxi e-commerce development plan for the 13th Five-Year period"], "words"),
    ("Guangxi Commerce Department", ["Department of Commerce of Guangxi Zhuang Autonomous Region"], "words"),
    ("mangoes", ["Baise mango"], "words"),
])
def test_english_names_match_by_words(query, names, how):
    assert score(query, names, [])[2] == how


def test_junk_is_not_a_match():
    """越南 shares one character of two with 湖南 and 南宁: that is no match."""
    assert score("越南", ["湖南", "湖南省"], [])[0] == 0
    assert score("越南", ["南宁", "南宁市"], [])[0] == 0
    assert score("Vietnam", ["Hunan", "Nanning"], ["hunan", "nanning"])[0] == 0


def test_homophone_of_a_names_own_romanisation():
    """龙墟 for 龙圩: 圩 is xu in the place's own romanisation (Longxu), wei in the dictionary's first reading."""
    s, matched, how = score("龙墟", ["龙圩区", "龙圩", "Longxu District", "Longxu"], ["longweiqu", "longwei"])
    assert (s, matched, how) == (0.8, "longxu", "homophone")
    assert score("龙墟", ["龙州县", "Longzhou County"], ["longzhouxian"])[0] < 0.8


def test_homophone_is_a_suggestion_not_a_match():
    s, matched, how = score("凭详", ["凭祥市", "凭祥"], [pinyin("凭祥市"), pinyin("凭祥")])
    assert s == 0.8 and matched == "pingxiang" and how == "homophone"


def test_a_near_miss_is_difflibs_ratio_at_or_over_the_floor():
    """_near checks difflib's two upper bounds before building its matcher: the same answer as difflib's."""
    import difflib

    pairs = [("柳州螺丝粉", "柳州螺蛳粉"), ("越南", "湖南"), ("liuzhou", "liuzhoushi"), ("guangxi", "guangxizhuang"),
             ("abc", "xyzabcxyz"), ("南宁市", "南宁"), ("ab", "ba"), ("pingxiang", "pingxiangshi")]
    for q, form in pairs:
        for floor in (0.6, 0.7):
            r = difflib.SequenceMatcher(None, q, form).ratio()
            assert text._near(q, form, floor) == (r if r >= floor else None), (q, form, floor)
