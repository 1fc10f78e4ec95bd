"""A lazily compiled pattern answers as re's own does, and costs nothing until used."""

import re

from gxkg import lazyre


def test_a_lazy_pattern_matches_as_the_compiled_one():
    lazy, eager = lazyre.compile(r"(?P<n>\d+)\s*万", re.I), re.compile(r"(?P<n>\d+)\s*万", re.I)
    text = "网络零售额达 12 万元，增长 3 万"
    assert lazy.search(text)["n"] == eager.search(text)["n"] == "12"
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.sub("N", text) == eager.sub("N", text)
    assert lazy.groupindex == eager.groupindex and lazy.flags == eager.flags


def test_nothing_is_compiled_until_first_use():
    bad = lazyre.compile(r"(unclosed")
    assert bad.pattern == "(unclosed"  # read by patterns built from others, without compiling
    try:
        bad.search("x")
    except re.error:
        pass
    else:
        raise AssertionError("an invalid pattern must fail when used")


def test_the_question_patterns_are_not_compiled_at_import():
    import importlib

    parse = importlib.import_module("gxkg.ask.parse")

    assert isinstance(parse.YEAR, lazyre.LazyPattern)
    assert parse.YEAR.findall("2013年和2017年") == ["2013", "2017"]
