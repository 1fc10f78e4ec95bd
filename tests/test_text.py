"""Name normalisation and matching (gxkg.text)."""

import pytest

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
    exact, _ = score("百色芒果", names, forms)
    py, _ = score("baise mangguo", names, forms)
    prefix, _ = score("百色", names, forms)
    sub, _ = score("芒果", names, forms)
    fuzzy, _ = score("百色芒", ["百色芒果"], forms)
    assert exact == 1.0 and 0.9 < py < 1.0
    assert exact > prefix > sub > 0
    assert fuzzy > 0
    assert score("zzz", names, forms)[0] == 0


def test_homophone_is_a_suggestion_not_a_match():
    s, matched = score("凭详", ["凭祥市", "凭祥"], [pinyin("凭祥市"), pinyin("凭祥")])
    assert s == 0.8 and matched == "pingxiang"
