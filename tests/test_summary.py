"""Whole-graph counts kept beside the store (gxkg.summary), stats and `list` pages read from them."""

import json
from collections import Counter
from pathlib import Path

from click.testing import CliRunner

from gxkg.cli import main
from gxkg.summary import SUMMARY_FILE, compute


def test_summary_beside_the_store_equals_the_counts_entity_by_entity(kg):
    kept = json.loads((Path(kg.store.path) / SUMMARY_FILE).read_text(encoding="utf-8"))
    assert kept == compute(kg)
    assert kept["entities"] == len(kg.entities) == 214
    assert kept["relations"] == dict(Counter(p for _, p, _ in kg.relations))
    assert kept["classes"] == dict(Counter(t for e in kg.entities for t in kg.types(e)))
    assert kept["classes"]["https://w3id.org/gxkg/ontology#County"] == 111


def test_summary_read_from_the_files_equals_the_counts_of_their_store(tmp_path):
    """The build counts from the files, in the child that reads the name index: the same counts as the
    summary queries give on the loaded store, with blank nodes, a triple in two files, an entity of two
    classes, links to things that are not entities and evidence both named and blank."""
    from gxkg.kg import KnowledgeGraph, build_store, default_files

    head = """@prefix gxo: <https://w3id.org/gxkg/ontology#> . @prefix gxr: <https://w3id.org/gxkg/resource/> .
    @prefix dct: <http://purl.org/dc/terms/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    """
    a, b = tmp_path / "a.ttl", tmp_path / "b.ttl"
    a.write_text(head + """gxr:x a gxo:County, gxo:Place ; rdfs:label "甲县"@zh ; gxo:produces gxr:y .
    gxr:y a gxo:Product ; gxo:originatesFrom gxr:x ; dct:source gxr:src1 .
    gxr:ev1 a gxo:Evidence ; dct:source gxr:src1 . _:e2 a gxo:Evidence ; dct:source gxr:src1 .
    _:o a gxo:Observation ; gxo:observedEntity gxr:x . gxr:x gxo:seeAlso gxr:nothing .""", encoding="utf-8")
    b.write_text(head + """gxr:x gxo:produces gxr:y . gxr:z a gxo:Platform ; gxo:sells gxr:y .
    _:e2 a gxo:Evidence ; dct:source gxr:src2 . gxr:y <http://www.w3.org/ns/prov#wasDerivedFrom> gxr:x .""", encoding="utf-8")
    files = [f for f in default_files() if f.name == "gxkg.ttl"] + [a, b]
    build_store(files, tmp_path / "store", quiet=True)
    kept = json.loads((tmp_path / "store" / SUMMARY_FILE).read_text(encoding="utf-8"))
    assert kept == compute(KnowledgeGraph.open(store_dir=tmp_path / "store"))
    assert kept["entities"] == 3 and kept["kinds"]["https://w3id.org/gxkg/ontology#Evidence"] == 3
    assert kept["sources"] == {"https://w3id.org/gxkg/resource/src1": 2, "https://w3id.org/gxkg/resource/src2": 1}
    assert "http://www.w3.org/ns/prov#wasDerivedFrom" not in kept["relations"]  # where a fact comes from: no relation
    assert "https://w3id.org/gxkg/ontology#produces" in kept["relations"]


def test_stats_and_class_list_read_the_summary_not_the_graph(tmp_path):
    """A store's kept counts are what stats and `list` print (they never walk the entities)."""
    runner = CliRunner()
    store = tmp_path / "store"
    assert runner.invoke(main, ["store", "build", "--output", str(store)]).exit_code == 0
    path = store / SUMMARY_FILE
    s = json.loads(path.read_text(encoding="utf-8"))
    s["classes"]["https://w3id.org/gxkg/ontology#County"] = 4242
    s["entities"] = 4343
    path.write_text(json.dumps(s), encoding="utf-8")
    out = runner.invoke(main, ["--store", str(store), "stats", "-f", "json"]).output
    assert json.loads(out)["totals"]["entities"] == 4343
    classes = json.loads(runner.invoke(main, ["--store", str(store), "list", "-f", "json"]).output)
    assert next(c["count"] for c in classes if c["curie"] == "gxo:County") == 4242
    path.write_text("{broken", encoding="utf-8")  # a damaged summary: counted again from the store
    assert json.loads(runner.invoke(main, ["--store", str(store), "stats", "-f", "json"]).output)["totals"]["entities"] == 214


def test_list_pages_cover_the_class_in_name_order():
    runner = CliRunner()
    whole = json.loads(runner.invoke(main, ["list", "--type", "County", "--limit", "0", "-f", "json"]).output)
    assert len(whole) == 111
    pages = []
    for offset in range(0, 111, 40):
        r = runner.invoke(main, ["list", "--type", "County", "--limit", "40", "--offset", str(offset), "-f", "json"])
        assert r.exit_code == 0
        pages += json.loads(r.stdout)
    assert [p["iri"] for p in pages] == [w["iri"] for w in whole]
    assert [w["label"] for w in whole] == sorted(w["label"] for w in whole)
    first = runner.invoke(main, ["list", "--type", "County"])
    assert first.output.rstrip().endswith("1-100 of 111; the next page: --offset 100")
    last = runner.invoke(main, ["list", "--type", "County", "--offset", "100"]).output
    assert "101-111 of 111" in last and "next page" not in last


def test_name_index_built_here_when_its_child_fails(tmp_path, monkeypatch):
    """The build reads the name index from the files in a child process while the store loads; if that child
    dies, the build reads it from the loaded store itself: the same index, and the summary is written either way."""
    import sqlite3
    import subprocess
    import sys

    from gxkg import names
    from gxkg.kg import KnowledgeGraph, build_store, default_files

    def rows(store):
        con = sqlite3.connect(store / names.INDEX_FILE)
        return {t: sorted(con.execute(f"SELECT * FROM {t}")) for t in ("nodes", "names", "words", "listing", "gram_df")}

    build_store(default_files(), tmp_path / "child", quiet=True)
    monkeypatch.setattr(names, "start", lambda files, path: subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"]))
    build_store(default_files(), tmp_path / "here", quiet=True)
    assert rows(tmp_path / "here") == rows(tmp_path / "child") and len(rows(tmp_path / "here")["nodes"]) > 200
    kept = json.loads((tmp_path / "here" / SUMMARY_FILE).read_text(encoding="utf-8"))
    assert kept == compute(KnowledgeGraph.open(store_dir=tmp_path / "here")) and kept["entities"] == 214


def test_stats_lists_the_most_cited_sources_and_counts_the_rest(monkeypatch):
    """With many sources, stats lists the most-cited ones and says how many more `gxkg sources` lists."""
    from gxkg import stats

    runner = CliRunner()
    whole = json.loads(runner.invoke(main, ["stats", "-f", "json"]).output)
    assert whole["sources_not_listed"] == 0 and whole["totals"]["sources"] == len(whole["sources"]) >= 3
    monkeypatch.setattr(stats, "SOURCES_SHOWN", 1)
    one = json.loads(runner.invoke(main, ["stats", "-f", "json"]).output)
    top = max(whole["sources"], key=lambda s: s["evidence"])
    assert one["sources"] == [top] and one["sources_not_listed"] == len(whole["sources"]) - 1
    table = runner.invoke(main, ["stats"]).output
    assert f"… {len(whole['sources']) - 1} more (gxkg sources lists them all)" in table
