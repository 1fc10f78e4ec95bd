"""Writes that cannot hurt (issue 15): decisions serialised under a lock, `-o` never replacing a device, FIFO or
symbolic link, atomic writes, drafts read as untrusted input, and accept/reject changing only their lines."""

import os
import resource
import shutil
import stat
import subprocess
import sys
import textwrap

import pytest
import yaml

from conftest import DATA, gxo, gxr
from gxkg.cli import main
from gxkg.errors import GxkgError
from gxkg.files import atomic_write, write_output
from gxkg.sources import draft as drafts

TEXT = "测试标题\nhttps://example.org/t\n----------\n柳州市鱼峰区白沙镇王眉村种豆角。柳州螺蛳粉销售收入超过45亿元。\n==========\n"
SEED = DATA / "sources" / "sina-gx-2018-08-20.yaml"


def cli(*args):
    """Run gxkg in a fresh process (as a user does); returns (exit code, stdout + stderr)."""
    r = subprocess.run([sys.executable, "-c", "from gxkg.cli import run; run()", *map(str, args)],
                       capture_output=True, text=True, timeout=300)
    return r.returncode, r.stdout + r.stderr


def run(runner, *args, code=0):
    r = runner.invoke(main, list(map(str, args)), catch_exceptions=False)
    assert r.exit_code == code, f"exit {r.exit_code}: {r.output}"
    return r.output


def small_draft(base, n=3, sid="t1"):
    """A draft with n proposed mentions over a short article, written as ingest writes drafts."""
    (base / "graph" / "sources").mkdir(parents=True, exist_ok=True)
    for name in ("guangxi_divisions.csv", "guangxi_divisions.README.md"):  # what build needs besides drafts
        shutil.copy(DATA / "graph" / "sources" / name, base / "graph" / "sources" / name)
    (base / "graph" / "sources" / f"{sid}.txt").write_text(TEXT, encoding="utf-8")
    start = TEXT.index("柳州市")
    quote = "柳州市鱼峰区白沙镇王眉村种豆角。"
    mentions = [{"id": f"m{i}", "text": "柳州市", "start": start, "end": start + 3,
                 "iri": gxr("place/450200"), "class": None, "quote": quote, "quote_start": start,
                 "status": "proposed", "candidates": [], "note": ""} for i in range(1, n + 1)]
    doc = {"format": drafts.FORMAT,
           "source": {"id": sid, "iri": gxr(f"source/{sid}"), "file": f"{sid}.txt", "kind": "NewsArticle",
                      "title": "测试标题", "title_en": None, "url": "https://example.org/t", "publisher": "测试",
                      "publisher_en": None, "date": "2019-10-10", "language": "zh-Hans"},
           "mentions": mentions, "indicators": [], "figures": [], "relations": []}
    path = drafts.draft_path(base, sid)
    drafts.save(path, doc)
    return path


# ------------------------------------------------------------------ 1. concurrent decisions
def test_24_concurrent_accepts_keep_every_decision(tmp_path):
    path = small_draft(tmp_path, n=24)
    procs = [subprocess.Popen([sys.executable, "-c", "from gxkg.cli import run; run()", "--data", str(tmp_path),
                               "accept", "t1", f"m{i}"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
             for i in range(1, 25)]
    outs = [p.communicate(timeout=600)[0].decode() for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    doc = drafts.load(path)
    assert sorted(m["id"] for m in doc["mentions"] if m["status"] == "accepted") == sorted(f"m{i}" for i in range(1, 25))


def test_a_second_writer_waits_then_gets_one_line(tmp_path, runner, monkeypatch):
    path = small_draft(tmp_path)
    monkeypatch.setattr(drafts, "LOCK_WAIT", 0.3)
    with drafts.locked(path):
        out = run(runner, "--data", tmp_path, "accept", "t1", "m1", code=1)
    assert "being changed by another gxkg process" in out and len(out.strip().splitlines()) == 1
    assert drafts.load(path)["mentions"][0]["status"] == "proposed"
    run(runner, "--data", tmp_path, "accept", "t1", "m1")  # the lock is free again
    assert drafts.load(path)["mentions"][0]["status"] == "accepted"


# ------------------------------------------------------------------ 2. -o never replaces special files
def test_output_writes_through_a_symlink_and_keeps_it(tmp_path):
    real = tmp_path / "real.ttl"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.ttl"
    link.symlink_to(real)
    with pytest.raises(GxkgError, match="exists; use --force"):
        write_output(link, "new")
    write_output(link, "new", force=True)
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_output_refuses_a_dangling_symlink(tmp_path):
    link = tmp_path / "link.ttl"
    link.symlink_to(tmp_path / "missing.ttl")
    for force in (False, True):
        with pytest.raises(GxkgError, match="does not exist; not writing through it"):
            write_output(link, "x", force=force)
    assert link.is_symlink() and not (tmp_path / "missing.ttl").exists()


def test_output_writes_into_a_fifo_and_dev_null_never_replaces_them(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(GxkgError, match="no process is reading"):
        write_output(fifo, "x", force=True)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    import time

    for _ in range(200):  # until cat has the FIFO open
        try:
            write_output(fifo, "through the pipe", force=True)
            break
        except GxkgError:
            time.sleep(0.02)
    assert reader.communicate(timeout=30)[0] == b"through the pipe"
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    write_output("/dev/null", b"x" * 1000)  # no --force needed for a device
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)
    if os.path.exists("/dev/full"):
        with pytest.raises(GxkgError, match="No space left"):
            write_output("/dev/full", b"x", force=True)
        assert stat.S_ISCHR(os.lstat("/dev/full").st_mode)


def test_output_to_dev_stdout_writes_into_the_stream_as_opened(tmp_path):
    """`-o /dev/stdout` appends to a file the shell opened with >>, and never replaces that file."""
    log = tmp_path / "log.txt"
    log.write_text("first\n", encoding="utf-8")
    with open(log, "a") as fh:
        r = subprocess.run([sys.executable, "-c", "from gxkg.files import write_output; "
                            "write_output('/dev/stdout', 'second\\n', force=True)"], stdout=fh, timeout=120)
    assert r.returncode == 0 and log.read_text(encoding="utf-8") == "first\nsecond\n"


def test_export_and_render_commands_keep_special_files(tmp_path, runner):
    link = tmp_path / "dangling.html"
    link.symlink_to(tmp_path / "nowhere.html")
    out = run(runner, "render", "-o", link, "--force", code=1)
    assert "does not exist" in out and link.is_symlink()
    out = run(runner, "export", "-f", "nt", "-o", link, "--force", code=1)
    assert "does not exist" in out and link.is_symlink()
    out = run(runner, "export", "-f", "nt", "-o", "/dev/null")
    assert "wrote /dev/null" in out and stat.S_ISCHR(os.lstat("/dev/null").st_mode)
    real = tmp_path / "page.html"
    real.write_text("mine", encoding="utf-8")
    ln = tmp_path / "page-link.html"
    ln.symlink_to(real)
    run(runner, "export", "-f", "nt", "-o", ln, code=1)
    assert real.read_text(encoding="utf-8") == "mine"


# ------------------------------------------------------------------ 3. atomic writes
def test_a_failed_write_leaves_the_old_file_whole(tmp_path):
    """A write that fails half-way (here: a file-size limit, as a full disk) keeps the old content."""
    target = tmp_path / "article.txt"
    target.write_text("the old text, whole", encoding="utf-8")
    code = textwrap.dedent(f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        from gxkg.files import atomic_write
        from gxkg.errors import GxkgError
        try:
            atomic_write(__import__("pathlib").Path({str(target)!r}), "新" * 100000)
        except GxkgError as e:
            print(e); sys.exit(1)
    """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "the file is unchanged" in r.stdout, r.stdout + r.stderr
    assert target.read_text(encoding="utf-8") == "the old text, whole"
    assert [p.name for p in tmp_path.iterdir()] == ["article.txt"]  # no temporary file left


def test_ingest_force_on_a_full_disk_keeps_the_stored_text(tmp_path):
    """`ingest --force` of a longer text, with the disk full: the stored article text is not truncated."""
    for d in ("ontology", "graph", "sources"):
        shutil.copytree(DATA / d, tmp_path / d)
    art = tmp_path / "a.txt"
    art.write_text("柳州螺蛳粉销售收入超过45亿元。\n", encoding="utf-8")
    code, out = cli("--data", tmp_path, "ingest", art, "--title", "t", "--date", "2019-10-10", "--publisher", "p")
    assert code == 0, out
    stored = tmp_path / "graph" / "sources" / "a.txt"
    before = stored.read_text(encoding="utf-8")
    art.write_text("柳州螺蛳粉销售收入超过45亿元。" * 2000 + "\n", encoding="utf-8")
    limited = textwrap.dedent(f"""
        import resource, signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (20000, 20000))
        from gxkg.cli import run; run()
    """)
    r = subprocess.run([sys.executable, "-c", limited, "--data", str(tmp_path), "ingest", str(art), "--title", "t",
                        "--date", "2019-10-10", "--publisher", "p", "--force"], capture_output=True, text=True, timeout=300)
    assert r.returncode != 0 and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert stored.read_text(encoding="utf-8") == before


# ------------------------------------------------------------------ 4. drafts are untrusted input
def test_billion_laughs_is_refused_without_memory(tmp_path):
    path = small_draft(tmp_path)
    lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev = chr(ord("a") + i - 1)
        lol.append(f"{chr(ord('a') + i)}: &{chr(ord('a') + i)} [{','.join(['*' + prev] * 9)}]")
    text = path.read_text(encoding="utf-8") + "\n".join(lol) + "\n"
    path.write_text(text, encoding="utf-8")
    assert len("\n".join(lol)) < 1300
    code = textwrap.dedent(f"""
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))  # before the fix: MemoryError or worse
        from gxkg.cli import run; run()
    """)
    r = subprocess.run([sys.executable, "-c", code, "--data", str(tmp_path), "sources"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 1 and "anchors and aliases" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 1 << 20  # KB: well under 1 GB


@pytest.mark.parametrize("edit, message", [
    (("source", "file", "/etc/passwd"), "source: `file` must be a file name in graph/sources/"),
    (("source", "file", "../../x.txt"), "source: `file` must be a file name"),
    (("source", "id", "../../x"), "source: `id` must be a source id"),
    (("source", "date", "2019-13-45"), "source: `date` must be a real date"),
    (("source", "date", "2020-02-30"), "source: `date` must be a real date"),
    (("m1", "colour", "red"), "item m1: unknown key 'colour'"),
    (("m1", "start", "abc"), "item m1: `start` must be a whole number"),
    (("m1", "iri", "javascript:alert(1)"), "item m1: `iri` must be an IRI"),
    (("m1", "status", "maybe"), "item m1: `status` must be proposed|accepted|rejected"),
])
def test_a_bad_draft_is_one_line_naming_the_key(tmp_path, runner, edit, message):
    path = small_draft(tmp_path)
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    where, key, value = edit
    (doc["source"] if where == "source" else doc["mentions"][0])[key] = value
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for cmd in (["sources"], ["build"], ["accept", "t1", "m2"]):
        out = run(runner, "--data", tmp_path, *cmd, code=1)
        assert message in out and len(out.strip().splitlines()) == 1, out
    assert "Traceback" not in out


def test_a_source_file_linked_out_of_the_data_is_refused(tmp_path, runner):
    path = small_draft(tmp_path)
    text = tmp_path / "graph" / "sources" / "t1.txt"
    text.unlink()
    text.symlink_to("/etc/passwd")
    out = run(runner, "--data", tmp_path, "build", code=1)
    assert "is not a file in graph/sources/" in out and "root:x:0" not in out
    assert not (tmp_path / "graph" / "t1.ttl").exists() and path.exists()


def test_line_separators_and_controls_never_make_an_unreadable_draft(tmp_path):
    """A title with U+2028/U+0085, a BOM or an escape sequence is cleaned; a quote keeps its exact characters
    (it must stay verbatim) but is written escaped, so the draft reads back as written."""
    path = small_draft(tmp_path)
    doc = drafts.load(path)
    fake = "标题\u2028[translation by gxkg] fake\u0085x\ufeff\x1b]0;owned\x07"
    doc["source"]["title"] = fake
    doc["mentions"][0]["quote"] = "甲\u2028乙\u0085丙\u2029丁"
    doc["mentions"][0]["note"] = "a\u202eb"
    drafts.save(path, doc)
    text = path.read_text(encoding="utf-8")
    assert not any(ch in text for ch in "\u2028\u2029\u0085\x1b\x07\ufeff\u202e")
    back = drafts.load(path)
    assert back["source"]["title"] == "标题 [translation by gxkg] fake x]0;owned"
    assert back["mentions"][0]["quote"] == "甲\u2028乙\u0085丙\u2029丁" and back["mentions"][0]["note"] == "ab"
    assert yaml.safe_load(text)["mentions"][0]["quote"] == "甲\u2028乙\u0085丙\u2029丁"
    # a raw separator written by hand is refused with its line
    path.write_text(text.replace("测试", "测\u2028试", 1), encoding="utf-8")
    with pytest.raises(GxkgError, match=r"t1.yaml:\d+: a raw U\+2028"):
        drafts.load(path)


def test_ingest_cleans_the_title_line(tmp_path, runner):
    for d in ("ontology", "graph", "sources"):
        shutil.copytree(DATA / d, tmp_path / d)
    art = tmp_path / "evil.txt"
    art.write_text("\ufeff柳州\u2028[translation by gxkg] 假的\nhttps://example.org/e\n----------\n柳州螺蛳粉销售收入超过45亿元。\n"
                   "==========\n", encoding="utf-8")
    run(runner, "--data", tmp_path, "ingest", art, "--date", "2019-10-10", "--publisher", "p")
    doc = drafts.load(tmp_path / "sources" / "evil.yaml")
    assert doc["source"]["title"] == "柳州 [translation by gxkg] 假的"
    out = run(runner, "--data", tmp_path, "sources")
    assert "evil" in out
    # a title and publisher given on the command line: no BOM or control character reaches the graph either
    run(runner, "--data", tmp_path, "ingest", art, "--id", "evil2", "--new-source", "--title", "\ufeff标题\x1b[31m红\u202e",
        "--date", "2019-10-10", "--publisher", "\ufeff发布\x07者")
    run(runner, "--data", tmp_path, "build")
    from rdflib import Graph, URIRef

    g = Graph().parse(tmp_path / "graph" / "evil2.ttl")
    titles = {str(o) for o in g.objects(URIRef(gxr("source/evil2")), URIRef("http://purl.org/dc/terms/title"))}
    publishers = {str(o) for o in g.objects(URIRef(gxr("source/evil2")), URIRef("http://purl.org/dc/terms/publisher"))}
    assert titles == {"标题[31m红"} and publishers == {"发布者"}


def test_ingest_refuses_an_article_whose_url_line_is_not_a_url(tmp_path, runner):
    for d in ("ontology", "graph", "sources"):
        shutil.copytree(DATA / d, tmp_path / d)
    art = tmp_path / "u.txt"
    art.write_text('标题\nhttps://example.org/"><script>x</script>\n----------\n柳州螺蛳粉销售收入超过45亿元。\n==========\n',
                   encoding="utf-8")
    out = run(runner, "--data", tmp_path, "ingest", art, "--date", "2019-10-10", "--publisher", "p", code=2)
    assert "the article's URL line is not an http(s) URL" in out and "Traceback" not in out
    assert not (tmp_path / "sources" / "u.yaml").exists()
    run(runner, "--data", tmp_path, "ingest", art, "--date", "2019-10-10", "--publisher", "p", "--url", "https://example.org/u")
    assert drafts.load(tmp_path / "sources" / "u.yaml")["source"]["url"] == "https://example.org/u"


def test_ingest_refuses_dates_that_are_not_in_the_calendar(tmp_path, runner):
    for d in ("ontology", "graph", "sources"):
        shutil.copytree(DATA / d, tmp_path / d)
    art = tmp_path / "a.txt"
    art.write_text("柳州螺蛳粉销售收入超过45亿元。\n", encoding="utf-8")
    for bad in ("2020-02-30", "2019-13-45", "2019-00-10"):
        out = run(runner, "--data", tmp_path, "ingest", art, "--title", "t", "--date", bad, "--publisher", "p", code=2)
        errors = [line for line in out.splitlines() if line.startswith("Error")]
        assert len(errors) == 1 and "real calendar date" in errors[0] and "Traceback" not in out
    out = run(runner, "--data", tmp_path, "ingest", art, "--title", "t", "--date", "2020-02-29", "--publisher", "p",
              "--url", "javascript:alert(1)", code=2)
    assert "--url takes an http(s) URL" in out
    assert not (tmp_path / "sources" / "a.yaml").exists()
    run(runner, "--data", tmp_path, "ingest", art, "--title", "t", "--date", "2020-02-29", "--publisher", "p")


# ------------------------------------------------------------------ 5. round trip
def test_the_seed_source_round_trips_byte_for_byte(tmp_path):
    (tmp_path / "sources").mkdir()
    path = tmp_path / "sources" / SEED.name
    shutil.copy(SEED, path)
    original = SEED.read_bytes()
    changed, _ = drafts.set_statuses(path, ["m1", "f1", "r1"], "accepted")  # already accepted: nothing to do
    assert path.read_bytes() == original
    drafts.set_statuses(path, ["m5"], "rejected")
    after = path.read_text(encoding="utf-8").splitlines()
    diff = [(a, b) for a, b in zip(original.decode("utf-8").splitlines(), after) if a != b]
    assert diff == [("  status: accepted", "  status: rejected")] and len(after) == original.count(b"\n")
    drafts.set_statuses(path, ["m5"], "accepted")
    assert path.read_bytes() == original


def test_accept_keeps_a_reviewers_comments_and_changes_only_status_lines(tmp_path, runner):
    path = small_draft(tmp_path, n=3)
    text = path.read_text(encoding="utf-8")
    text = text.replace("- id: m2\n", "# reviewer: 柳州市 here is the city, checked against the map\n- id: m2\n")
    text = text.replace("  note: ''\n", "  note: \"kept in double quotes\"   # why\n", 1)
    text = text.replace("  status: proposed\n", "  status: 'proposed'\n", 1)
    path.write_text(text, encoding="utf-8")
    run(runner, "--data", tmp_path, "accept", "t1", "m1", "m3")
    after = path.read_text(encoding="utf-8")
    diff = [(a, b) for a, b in zip(text.splitlines(), after.splitlines()) if a != b]
    assert diff == [("  status: 'proposed'", "  status: accepted"), ("  status: proposed", "  status: accepted")]
    assert len(after.splitlines()) == len(text.splitlines())
    assert "# reviewer: 柳州市 here is the city" in after and '"kept in double quotes"   # why' in after


def test_reject_warns_about_accepted_items_that_need_the_entity(tmp_path, runner):
    path = small_draft(tmp_path, n=1)
    doc = drafts.load(path)
    start = TEXT.index("王眉村")
    doc["mentions"].append({"id": "m2", "text": "王眉村", "start": start, "end": start + 3, "iri": None,
                            "class": gxo("Village"), "quote": doc["mentions"][0]["quote"],
                            "quote_start": doc["mentions"][0]["quote_start"], "status": "accepted",
                            "candidates": [], "note": "", "proposed_iri": gxr("place/wangmei"),
                            "label": {"zh": "王眉村", "en": "Wangmei Village"}, "alt": []})
    doc["relations"].append({"id": "r1", "subject": gxr("place/wangmei"), "predicate": gxo("locatedIn"),
                             "object": gxr("place/450203102"), "quote": doc["mentions"][0]["quote"],
                             "quote_start": doc["mentions"][0]["quote_start"], "status": "accepted", "note": ""})
    drafts.save(path, doc)
    out = run(runner, "--data", tmp_path, "reject", "t1", "m2")
    assert "accepted r1 need m2" in out
