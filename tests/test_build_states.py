"""No review state breaks the graph (issue 18, item 2) and a build is all or nothing (issue 15, item 10): build
refuses an item it cannot build with the item's id and one line, exits non-zero and writes nothing; a build
stopped between files leaves files that validate reports."""

import shutil
from pathlib import Path

import pytest

from conftest import DATA, gxo, gxr
from gxkg.cli import main
from gxkg.sources import build as gbuild
from gxkg.sources import draft as drafts

TEXT = ("测试标题\nhttps://example.org/t\n----------\n"
        "柳州市鱼峰区白沙镇王眉村种豆角。柳州螺蛳粉测试销售额超过45亿元。白沙镇的村民种了豆角。\n==========\n")
BAISHA = [gxr(f"place/{c}") for c in ("450203102", "450126104", "450721101", "451024104", "450222105")]


def sentence(text_of):
    start = TEXT.index(text_of)
    begin = TEXT.rfind("。", 0, start) + 1
    if begin == 0:
        begin = TEXT.index("----------\n") + 11
    end = TEXT.index("。", start) + 1
    return begin, TEXT[begin:end]


def mention(mid, text, status="proposed", **kw):
    s = TEXT.index(text)
    qs, q = sentence(text)
    return {"id": mid, "text": text, "start": s, "end": s + len(text), "iri": None, "class": None, "quote": q,
            "quote_start": qs, "status": status, "candidates": [], "note": "", **kw}


@pytest.fixture
def data(tmp_path):
    return make_data(tmp_path)


def make_data(tmp_path):
    """A copy of the project's data with a draft t1 holding one item of each review state."""
    for d in ("ontology", "graph", "sources"):
        shutil.copytree(DATA / d, tmp_path / d)
    (tmp_path / "graph" / "sources" / "t1.txt").write_text(TEXT, encoding="utf-8")
    qs, q = sentence("王眉村")
    fs, fq = sentence("45亿元")
    doc = {"format": drafts.FORMAT,
           "source": {"id": "t1", "iri": gxr("source/t1"), "file": "t1.txt", "kind": "NewsArticle", "title": "测试标题",
                      "url": "https://example.org/t", "publisher": "测试", "date": "2019-10-10", "language": "zh-Hans"},
           "mentions": [
               mention("m1", "柳州市", "accepted", iri=gxr("place/450200")),
               mention("m2", "王眉村", "accepted", **{"class": gxo("Village"), "proposed_iri": gxr("place/wangmei-test"),
                                                   "label": {"zh": "王眉村", "en": "Wangmei Village"}, "alt": []}),
               {**mention("m3", "白沙镇的村民"), "text": "白沙镇", "end": TEXT.index("白沙镇的村民") + 3,
                "candidates": BAISHA, "note": "ambiguous: 5 places share this name"},
           ],
           "indicators": [{"id": "i1", "iri": gxr("indicator/test-sales"), "label": {"zh": "测试销售额", "en": "test sales"},
                           "status": "proposed", "note": ""}],
           "figures": [{"id": "f1", "iri": gxr("observation/t1-f1"), "about": gxr("product/liuzhou-luosifen"),
                        "indicator": gxr("indicator/test-sales"), "value": "4500000000", "unit": gxo("CNY"),
                        "qualifier": gxo("MoreThan"), "period": {"year": "2019"}, "statedAs": "45亿元",
                        "stated_start": TEXT.index("45亿元"), "quote": fq, "start": fs, "status": "proposed", "note": ""}],
           "relations": [
               {"id": "r1", "subject": gxr("place/wangmei-test"), "predicate": gxo("locatedIn"),
                "object": gxr("place/450203102"), "quote": q, "quote_start": qs, "status": "accepted", "note": ""},
               {"id": "r2", "subject": gxr("place/wangmei-test"), "predicate": gxo("hasDesignation"),
                "object": gxr("place/450200"), "quote": q, "quote_start": qs, "status": "proposed", "note": ""},
               {"id": "r3", "subject": gxr("place/450200"), "predicate": "https://schema.org/startDate",
                "object": {"value": "2019-13-45", "datatype": "http://www.w3.org/2001/XMLSchema#date"}, "quote": q,
                "quote_start": qs, "status": "proposed", "note": ""},
               {"id": "r4", "subject": gxr("place/wangmei-test"), "predicate": gxo("hasDesignation"),
                "object": gxr("designation/taobao-village"), "quote": q, "quote_start": qs, "status": "proposed", "note": ""},
           ],
           "translations": [{"id": "t1", "quote": q, "quote_start": qs, "en": "Wangmei Village grows cowpeas.",
                             "status": "proposed", "note": ""}]}
    drafts.save(drafts.draft_path(tmp_path, "t1"), doc)
    return tmp_path


def snapshot(base):
    return {p.name: p.read_bytes() for p in sorted((base / "graph").iterdir()) if p.is_file() and p.name != ".build.lock"}


def refused(runner, data, *decisions):
    """Apply the decisions (status, ids...), then build: exit 1, one line, no traceback, nothing written."""
    for status, *ids in decisions:
        drafts.set_statuses(drafts.draft_path(data, "t1"), ids, status)
    before = snapshot(data)
    r = runner.invoke(main, ["--data", str(data), "build"], catch_exceptions=False)
    assert r.exit_code == 1, r.output
    assert len(r.output.strip().splitlines()) == 1 and "Traceback" not in r.output and "internal error" not in r.output
    assert snapshot(data) == before
    return r.output


def test_the_fixture_builds(runner, data):
    r = runner.invoke(main, ["--data", str(data), "build"], catch_exceptions=False)
    assert r.exit_code == 0 and "written\tgraph/t1.ttl" in r.output, r.output


def test_an_accepted_ambiguous_name_without_a_choice(runner, data):
    out = refused(runner, data, ("accepted", "m3"))
    assert "item m3 (白沙镇): accepted, but the name is ambiguous: set its iri to one of its 5 candidates" in out


def test_a_figure_whose_new_indicator_is_not_accepted(runner, data):
    out = refused(runner, data, ("accepted", "f1"))
    assert "item f1: its indicator" in out and "is item i1 of t1, which is proposed, not accepted" in out
    out = refused(runner, data, ("rejected", "i1"))
    assert "item f1" in out and "which is rejected" in out


def test_a_relation_whose_object_has_the_wrong_class(runner, data):
    out = refused(runner, data, ("accepted", "r2"))
    assert "item r2: hasDesignation needs a Designation as its object" in out and "Prefecture" in out


def test_rejecting_an_entity_that_accepted_relations_need(runner, data):
    out = refused(runner, data, ("rejected", "m2"))
    assert "item r1: its subject" in out and "is item m2 of t1, which is rejected" in out


def test_a_literal_its_datatype_cannot_hold(runner, data):
    out = refused(runner, data, ("accepted", "r3"))
    assert "item r3: '2019-13-45' is not a valid date" in out


def test_a_relation_to_a_property_the_ontology_lacks(runner, data):
    path = drafts.draft_path(data, "t1")
    path.write_text(path.read_text(encoding="utf-8").replace("#hasDesignation", "#hasDesignatoin"), encoding="utf-8")
    out = refused(runner, data, ("accepted", "r2"))
    assert "item r2" in out and "hasDesignatoin is not a property of the ontology" in out


def test_a_build_stopped_between_files_is_reported(runner, data, monkeypatch):
    """Kill a build after it replaced one file: the manifest, written first, names the files that did not
    change, and validate reports them."""
    r = runner.invoke(main, ["--data", str(data), "build"], catch_exceptions=False)
    assert r.exit_code == 0 and gbuild.stale_files(data) == []
    drafts.set_statuses(drafts.draft_path(data, "t1"), ["r1"], "rejected")  # changes places.ttl and t1.ttl
    real_replace, calls = gbuild.os.replace, []

    def killed(src, dst):
        if str(dst).endswith(".ttl") and not Path(dst).name.startswith("."):
            calls.append(dst)
        if len(calls) == 2:
            raise KeyboardInterrupt  # as kill: the process stops here
        real_replace(src, dst)

    monkeypatch.setattr(gbuild.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        gbuild.build(data)
    monkeypatch.setattr(gbuild.os, "replace", real_replace)
    stale = gbuild.stale_files(data)
    assert "graph/t1.ttl" in dict(stale) and all("stopped half-way" in why for _, why in stale)
    r = runner.invoke(main, ["--data", str(data), "build", "--check"], catch_exceptions=False)
    assert r.exit_code == 1 and "stale\tgraph/.build-incomplete" in r.output
    assert not list((data / "graph").glob(".*.tmp"))  # no temporary file left behind

    from gxkg import validate as v

    monkeypatch.setattr(v, "run_shacl", lambda *a: ([], {"nodes": 0, "validated": 0, "cached": 0}))  # the heavy checks are not what this test is about
    monkeypatch.setattr(v, "run_checks", lambda *a: [])
    report, _ = v.validate(base=data)
    assert {x.node for x in report.violations if x.check == "build"} == {name for name, _ in stale}
    r = runner.invoke(main, ["--data", str(data), "build"], catch_exceptions=False)
    assert r.exit_code == 0 and gbuild.stale_files(data) == []


# ------------------------------------------------------------------ translations are reviewed items (issue 15)
def english_of(data):
    from rdflib import Graph, URIRef

    g = Graph().parse(data / "graph" / "t1.ttl")
    return {str(o) for o in g.objects(None, URIRef(gxo("translation")))}


def test_a_translation_reaches_the_graph_only_when_accepted(runner, data):
    """A proposed (unreviewed) translation is not built; accepting it by id builds it; rejecting it takes it out."""
    run = lambda *a: runner.invoke(main, ["--data", str(data), *a], catch_exceptions=False)  # noqa: E731
    assert run("build").exit_code == 0
    assert "Wangmei Village grows cowpeas." not in english_of(data)
    r = run("accept", "t1", "t1")
    assert r.exit_code == 0 and "accepted 1 item(s)" in r.output
    assert drafts.load(drafts.draft_path(data, "t1"))["translations"][0]["status"] == "accepted"
    assert run("build").exit_code == 0
    assert "Wangmei Village grows cowpeas." in english_of(data)
    assert run("reject", "t1", "t1").exit_code == 0
    assert run("build").exit_code == 0
    assert "Wangmei Village grows cowpeas." not in english_of(data)


def test_accept_all_takes_translations_and_sources_counts_them(runner, data):
    drafts.set_statuses(drafts.draft_path(data, "t1"), None, "rejected")  # every proposed item rejected, t1 too
    doc = drafts.load(drafts.draft_path(data, "t1"))
    assert doc["translations"][0]["status"] == "rejected"
    assert drafts.counts(doc)["proposed"] == 0


def test_a_translation_checked_like_other_items(runner, data):
    """The loader wants an id and a status, unique ids and a verbatim quote at build (with the item's id)."""
    path = drafts.draft_path(data, "t1")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("- id: t1\n  quote:", "- quote:"), encoding="utf-8")
    r = runner.invoke(main, ["--data", str(data), "build"], catch_exceptions=False)
    assert r.exit_code == 1 and len(r.output.strip().splitlines()) == 1
    assert "translations #1: `id` is missing" in r.output and "status: accepted" in r.output
    path.write_text(text.replace("- id: t1\n  quote:", "- id: m1\n  quote:"), encoding="utf-8")
    r = runner.invoke(main, ["--data", str(data), "build"], catch_exceptions=False)
    assert r.exit_code == 1 and "item m1: the id is used by two items" in r.output
    path.write_text(text, encoding="utf-8")
    doc = drafts.load(path)
    wrong = doc["translations"][0]["quote_start"] + 1
    path.write_text(text.replace(f"quote_start: {wrong - 1}\n  en:", f"quote_start: {wrong}\n  en:"), encoding="utf-8")
    out = refused(runner, data, ("accepted", "t1"))
    assert "item t1: its quote is not verbatim" in out


# ------------------------------------------------------------------ ranks instead of deletion (issue 18, item 4)
def cli(runner, data, *args, code=0):
    r = runner.invoke(main, ["--data", str(data), *args], catch_exceptions=False)
    assert r.exit_code == code, r.output
    return r.output


def cli_json(runner, data, *args):
    import json

    r = runner.invoke(main, ["--data", str(data), *args, "-f", "json"], catch_exceptions=False)
    return json.loads(r.stdout)


def designations(runner, data):
    rec = cli_json(runner, data, "show", gxr("place/wangmei-test"))
    return [f["iri"] for f in rec["facts"] if "hasDesignation" in str(f["relation"])]


def test_a_deprecated_fact_stays_in_its_draft_and_leaves_the_graph(runner, data):
    """deprecate: the item keeps its place with status deprecated, its reason, what supersedes it and the note
    (only those lines change); build leaves it out; show does not show it; validate reports it as information;
    accepting it again takes the reason away."""
    cli(runner, data, "accept", "t1", "r4")
    cli(runner, data, "build")
    assert designations(runner, data) == [gxr("designation/taobao-village")]
    path = drafts.draft_path(data, "t1")
    before = path.read_text(encoding="utf-8")
    out = cli(runner, data, "deprecate", "t1", "r4", "--reason", "superseded", "--by", gxr("designation/other"),
              "--note", "the title was withdrawn in 2020")
    assert "deprecated r4 of t1 (superseded)" in out
    after = path.read_text(encoding="utf-8")
    diff = [(a, b) for a, b in zip(before.splitlines(), after.splitlines()) if a != b]
    assert diff[0] == ("  status: accepted", "  status: deprecated")
    at = after.index("- id: r4")
    assert after[at:].split("\n")[6:10] == ["  status: deprecated", "  reason: superseded",
                                           f"  superseded_by: {gxr('designation/other')}", "  note: the title was withdrawn in 2020"]
    assert len(after.splitlines()) == len(before.splitlines()) + 2  # the reason and what supersedes it
    r4 = next(r for r in drafts.load(path)["relations"] if r["id"] == "r4")
    assert (r4["status"], r4["reason"]) == ("deprecated", "superseded")
    assert "written\tgraph/t1.ttl" in cli(runner, data, "build")
    ttl = (data / "graph" / "t1.ttl").read_text(encoding="utf-8")
    assert "hasDesignation" not in ttl and designations(runner, data) == []
    rep = cli_json(runner, data, "validate")
    assert rep["ok"] is True
    assert [(d["source"], d["id"], d["reason"], d["superseded_by"]) for d in rep["deprecated"]] == [
        ("t1", "r4", "superseded", gxr("designation/other"))]
    text = cli(runner, data, "validate")
    assert "Deprecated (kept in their sources, out of the graph):" in text and "0 violations." in text
    assert "t1 r4 (wangmei-test hasDesignation taobao-village): superseded by" in text
    listing = cli_json(runner, data, "sources")
    assert next(s for s in listing if s["id"] == "t1")["deprecated"] == 1
    cli(runner, data, "accept", "t1", "r4")  # a change of mind: accepted again, without the reason
    again = path.read_text(encoding="utf-8")
    assert "reason:" not in again and "superseded_by:" not in again and "the title was withdrawn" in again
    cli(runner, data, "build")
    assert designations(runner, data) == [gxr("designation/taobao-village")]


def test_only_an_accepted_fact_is_deprecated_and_with_a_known_reason(runner, data):
    path = drafts.draft_path(data, "t1")
    before = path.read_bytes()
    out = cli(runner, data, "deprecate", "t1", "r2", "--reason", "superseded", code=2)
    assert "item r2 is proposed, not accepted" in out and len(out.strip().splitlines()) == 1
    out = cli(runner, data, "deprecate", "t1", "r1", "--reason", "outdated", code=2)
    assert "outdated" in out and "Traceback" not in out
    out = cli(runner, data, "deprecate", "t1", "r9", "--reason", "superseded", code=2)
    assert "no item 'r9'" in out
    out = cli(runner, data, "deprecate", "t1", "r1", "--reason", "superseded", "--by", "javascript:x", code=2)
    assert "--by takes an item id" in out
    assert path.read_bytes() == before
    # a deprecated item written by hand without its reason is refused, one line naming it
    path.write_text(before.decode("utf-8").replace("- id: r1\n", "- id: r1\n  status: deprecated\n", 1)
                    .replace("  status: accepted\n  note: ''\n- id: r2", "  note: ''\n- id: r2", 1), encoding="utf-8")
    out = cli(runner, data, "build", code=1)
    assert "item r1: deprecated without a `reason` (superseded or wrong-in-source)" in out


def test_deprecating_an_entity_that_accepted_facts_need(runner, data):
    out = cli(runner, data, "deprecate", "t1", "m2", "--reason", "wrong-in-source")
    assert "accepted r1 need m2" in out
    out = refused(runner, data)
    assert "item r1: its subject" in out and "is item m2 of t1, which is deprecated, not accepted" in out
