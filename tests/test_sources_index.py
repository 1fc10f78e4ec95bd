"""`gxkg sources` reads its index (gxkg.sources.index): a draft is read again only when it changed."""

import json
import os
import shutil

from gxkg.cli import main
from gxkg.sources import draft as drafts


def _listed(runner, data):
    r = runner.invoke(main, ["--data", str(data), "sources", "-f", "json"])
    assert r.exit_code == 0, r.output
    return {s["id"]: s for s in json.loads(r.stdout)}


def test_sources_lists_from_the_index_and_reads_only_changed_drafts(runner, data_copy, monkeypatch, tmp_path):
    monkeypatch.setenv("GXKG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr("gxkg.store.build.RACY_SECONDS", -1.0)  # files just written are kept too (see the next test)
    src = data_copy / "sources"
    first = next(src.glob("*.yaml"))
    for k in range(3):
        shutil.copy(first, src / f"copy-{k}.yaml")
        text = (src / f"copy-{k}.yaml").read_text(encoding="utf-8")
        (src / f"copy-{k}.yaml").write_text(text.replace(f"id: {first.stem}", f"id: copy-{k}", 1), encoding="utf-8")
    direct = {d["source"]["id"]: {**drafts.counts(d), "title": d["source"].get("title")} for _, d in drafts.all_drafts(data_copy)}
    listed = _listed(runner, data_copy)
    assert {i: {k: s[k] for k in (*drafts.STATUSES, "title")} for i, s in listed.items()} == direct
    assert len(listed) == 4

    reads = []
    real = drafts.load
    monkeypatch.setattr(drafts, "load", lambda p: reads.append(p.name) or real(p))
    assert _listed(runner, data_copy) == listed and reads == []  # nothing changed: no draft read

    changed = src / "copy-1.yaml"
    doc = real(changed)
    item = next(it for _, it in drafts.items(doc) if it["status"] == "accepted")
    text = changed.read_text(encoding="utf-8")
    st = os.stat(changed)
    assert f"id: {item['id']}" in text
    # a review decision (accepted -> rejected) written back with the same size and mtime: ctime still tells
    at = text.index("status: accepted", text.index(f"id: {item['id']}"))
    changed.write_text(text[:at] + "status: rejected" + text[at + len("status: accepted"):], encoding="utf-8")
    os.utime(changed, ns=(st.st_atime_ns, st.st_mtime_ns))
    again = _listed(runner, data_copy)
    assert reads == ["copy-1.yaml"]
    assert again["copy-1"]["rejected"] == listed["copy-1"]["rejected"] + 1
    assert again["copy-1"]["accepted"] == listed["copy-1"]["accepted"] - 1
    assert {i: s for i, s in again.items() if i != "copy-1"} == {i: s for i, s in listed.items() if i != "copy-1"}

    (src / "copy-2.yaml").unlink()  # a deleted draft leaves the listing
    assert "copy-2" not in _listed(runner, data_copy)


def test_a_draft_written_within_the_racy_window_is_read_again(runner, data_copy, monkeypatch, tmp_path):
    """A file changed within 2 s of being read could change again in the same clock tick unseen: not kept."""
    monkeypatch.setenv("GXKG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr("gxkg.store.build.RACY_SECONDS", 3600.0)
    reads = []
    real = drafts.load
    monkeypatch.setattr(drafts, "load", lambda p: reads.append(p.name) or real(p))
    _listed(runner, data_copy)
    _listed(runner, data_copy)
    assert len(reads) == 2


def test_a_damaged_draft_is_reported_every_time(runner, data_copy, monkeypatch, tmp_path):
    monkeypatch.setenv("GXKG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr("gxkg.store.build.RACY_SECONDS", -1.0)
    bad = data_copy / "sources" / "bad.yaml"
    bad.write_text("source: [unclosed\n", encoding="utf-8")
    for _ in range(2):
        r = runner.invoke(main, ["--data", str(data_copy), "sources"])
        assert r.exit_code != 0 and "bad.yaml" in r.output and "Traceback" not in r.output
