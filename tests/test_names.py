"""The name index (gxkg.names): built in batches, it holds the same rows whatever the batch size."""

import sqlite3

from gxkg import names, text
from gxkg.kg import LOOKUP_CLASS_IRIS


def _dump(path):
    con = sqlite3.connect(path)
    try:
        return {t: sorted(con.execute(f"SELECT * FROM {t}")) for t in ("nodes", "names", "grams", "words", "meta")}
    finally:
        con.close()


def test_batches_give_the_same_index(kg, tmp_path, monkeypatch):
    whole = names.build_index(tmp_path / "whole.sqlite", kg.store, LOOKUP_CLASS_IRIS)
    monkeypatch.setattr(names, "BATCH", 7)
    small = names.build_index(tmp_path / "small.sqlite", kg.store, LOOKUP_CLASS_IRIS)
    a, b = _dump(whole), _dump(small)
    assert a == b
    assert len(a["nodes"]) > 200 and any(r[2] == "柳州螺蛳粉" for r in a["names"])


def test_name_pinyin_equals_the_pinyin_of_the_whole_name(kg):
    rows = kg.store.select("SELECT DISTINCT ?n WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?n }")
    labels = [r["n"].value for r in rows] + ["柳州螺蛳粉 12", "Liuzhou 螺蛳粉3号", "（广西）2018年"]
    for name in labels:
        assert names.name_pinyin(name) == text.pinyin(name), name
