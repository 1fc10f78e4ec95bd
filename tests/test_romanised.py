"""Older romanisations read as pinyin: each syllable's possible pinyin spellings, for the name index to choose."""

from gxkg.romanised import readings


def test_postal_and_wade_giles_names_give_their_pinyin():
    assert "guangxi" in readings("Kwangsi")
    assert "guilin" in readings("Kweilin")
    assert "liuzhou" in readings("Liuchow")
    assert "wuzhou" in readings("wuchow")
    assert "huanjiang" in readings("Huan-chiang")
    assert "qinghai" in readings("Ch'ing-hai")
    assert readings("Hsinhua") == {"xinhua"}


def test_words_that_are_no_syllables_give_nothing():
    for w in ("exporter", "snacks", "through", "malaysian", "Thinking", "e-commerce", ""):
        assert readings(w) == set(), w


def test_one_syllable_is_not_read():
    assert readings("chin") == set()  # a single syllable would read too many English words as names
