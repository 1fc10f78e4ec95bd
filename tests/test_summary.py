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


def test_summary_computed_here_when_its_child_fails(tmp_path, monkeypatch):
    """The build computes the counts in a child process; if that child dies, the build computes them itself."""
    import subprocess
    import sys

    from gxkg import summary
    from gxkg.kg import KnowledgeGraph, build_store, default_files

    monkeypatch.setattr(summary, "start", lambda d: subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"]))
    build_store(default_files(), tmp_path / "store", quiet=True)
    kept = json.loads((tmp_path / "store" / SUMMARY_FILE).read_text(encoding="utf-8"))
    assert kept == compute(KnowledgeGraph.open(store_dir=tmp_path / "store")) and kept["entities"] == 214


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
