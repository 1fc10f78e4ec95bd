"""Text from the graph or an article never drives the terminal: control characters, escape sequences and
bidirectional overrides print escaped in tables, entity pages, search, ingest summaries and errors, while
JSON keeps the same data and CSV keeps it byte for byte (issue 15, finding 10)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from gxkg.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
EVIL = "恶意\x1b]0;pwned\x07县\u202eabc\u2066"
RAW = ("\x1b", "\x07", "\u202e", "\u2066")


@pytest.fixture(scope="module")
def evil_data(tmp_path_factory):
    """The mini data set plus a county whose label carries an OSC title sequence and bidi controls."""
    d = tmp_path_factory.mktemp("evil")
    shutil.copytree(FIXTURES / "minidata" / "ontology", d / "ontology")
    shutil.copytree(FIXTURES / "minidata" / "graph", d / "graph")
    (d / "graph" / "evil.ttl").write_text(
        '@prefix gxo: <https://w3id.org/gxkg/ontology#> .\n'
        '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
        '<https://w3id.org/gxkg/resource/test/evil> a gxo:County ;\n'
        '    rdfs:label "恶意\\u001B]0;pwned\\u0007县\\u202Eabc\\u2066"@zh , "Evil\\u001B[2J County"@en ;\n'
        '    gxo:locatedIn <https://w3id.org/gxkg/resource/test/city> .\n', encoding="utf-8")
    return d


def run(runner, data, *args):
    return runner.invoke(main, ["--data", str(data), *args])


def assert_escaped(text: str) -> None:
    for ch in RAW:
        assert ch not in text, f"{ch!r} reached the terminal raw: {text!r}"


@pytest.mark.parametrize("args", [["search", "恶意"], ["list", "--type", "County"], ["show", "gxr:test/evil"],
                                  ["--lang", "en", "show", "gxr:test/evil"], ["neighbors", "gxr:test/city"]])
def test_table_output_escapes_controls(runner, evil_data, args):
    res = run(runner, evil_data, *args)
    assert res.exit_code == 0, res.output
    assert_escaped(res.output)
    assert "\x1b[2J" not in res.output
    if "en" not in args:
        assert "\\u001b]0;pwned\\u0007县\\u202eabc\\u2066" in res.output  # visible, not dropped


def test_error_messages_escape_controls(runner, evil_data):
    res = run(runner, evil_data, "show", "恶意\x1b]0;x\x07县zzz")
    assert res.exit_code != 0
    assert_escaped(res.output)
    assert res.output.startswith("Error:")


def test_json_keeps_the_data_and_csv_keeps_the_bytes(runner, evil_data):
    res = run(runner, evil_data, "--format", "json", "search", "恶意")
    assert res.exit_code == 0, res.output
    assert_escaped(res.output)
    assert json.loads(res.output)[0]["label"] == EVIL
    res = run(runner, evil_data, "--format", "csv", "search", "恶意")
    assert res.exit_code == 0, res.output
    rows = list(csv.reader(io.StringIO(res.output)))
    assert rows[1][0] == EVIL  # CSV is data: written as it is


def test_csv_on_a_real_terminal_is_escaped_and_into_a_pipe_is_data(evil_data):
    """CSV keeps its bytes where it is data (a pipe, a file); printed on a terminal (a pseudo-terminal here, as
    a user's shell) the terminal would read them: escaped like every other format."""
    import os
    import pty
    import subprocess
    import sys

    cmd = [sys.executable, "-m", "gxkg.cli", "--data", str(evil_data), "--format", "csv", "search", "恶意"]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    piped = subprocess.run(cmd, capture_output=True, env=env, timeout=120)
    assert piped.returncode == 0 and EVIL in piped.stdout.decode("utf-8")
    leader, follower = pty.openpty()
    proc = subprocess.run(cmd, stdout=follower, stderr=subprocess.DEVNULL, env=env, timeout=120)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal's other end has closed
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    text = seen.decode("utf-8")
    assert proc.returncode == 0 and "恶意" in text
    assert_escaped(text)
    assert "\\u001b]0;pwned\\u0007县" in text


def test_ingest_messages_escape_controls(runner, data_copy, tmp_path):
    """An article whose file name carries an OSC sequence and a bidi override: the summary and the error
    name it escaped."""
    art = tmp_path / "a\x1b]0;pwned\x07\u202e.txt"
    art.write_text("标题\x1b]0;pwned\x07\u202e\nhttps://example.org/a\n-----\n丙县橙子销往全国。\n=====\n", encoding="utf-8")
    res = run(runner, data_copy, "ingest", str(art), "--date", "2020-01-01", "--publisher", "p", "--id", "evil")
    assert res.exit_code == 0, res.output
    assert_escaped(res.output)
    art.write_bytes(b"\xff\xfe not utf-8")
    res = run(runner, data_copy, "ingest", str(art), "--date", "2020-01-01", "--publisher", "p", "--id", "evil2")
    assert res.exit_code == 2
    assert_escaped(res.output)
    assert "a\\u001b]0;pwned\\u0007\\u202e.txt: not UTF-8 text" in res.output


def test_escape_is_the_same_data_in_json():
    from gxkg.output import escape, to_json

    s = "a\x00b\x1b[0m\x85\x9b\u202e\u2028\tc\nd"
    assert json.loads(to_json(s)) == s
    assert json.loads(escape(json.dumps(s, ensure_ascii=False))) == s
    assert escape("tab\tand\nnewline") == "tab\tand\nnewline"


@pytest.fixture(scope="module")
def backslash_data(tmp_path_factory):
    """The mini data set plus two counties: one whose label holds a real ESC, one whose label holds the six
    characters backslash, u, 0, 0, 1, b: text that looks like the guard's escape of an ESC."""
    d = tmp_path_factory.mktemp("backslash")
    shutil.copytree(FIXTURES / "minidata" / "ontology", d / "ontology")
    shutil.copytree(FIXTURES / "minidata" / "graph", d / "graph")
    (d / "graph" / "backslash.ttl").write_text(
        '@prefix gxo: <https://w3id.org/gxkg/ontology#> .\n'
        '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
        '<https://w3id.org/gxkg/resource/test/esc> a gxo:County ; rdfs:label "真\\u001B县"@zh ;\n'
        '    gxo:locatedIn <https://w3id.org/gxkg/resource/test/city> .\n'
        '<https://w3id.org/gxkg/resource/test/lit> a gxo:County ; rdfs:label "字\\\\u001b县"@zh ;\n'
        '    gxo:locatedIn <https://w3id.org/gxkg/resource/test/city> .\n', encoding="utf-8")
    return d


@pytest.mark.parametrize("args", [["list", "--type", "County"], ["neighbors", "gxr:test/city"], ["search", "县"]])
def test_plain_output_never_shows_a_backslash_as_an_escaped_control(runner, backslash_data, args):
    """In a plain table a label's own backslash is written twice, so `\\u001b` is only ever the guard's
    escape of a real ESC, and text that merely looks like it reads `\\\\u001b`."""
    res = run(runner, backslash_data, *args)
    assert res.exit_code == 0, res.output
    assert_escaped(res.output)
    assert "真\\u001b县" in res.output and "字\\\\u001b县" in res.output
    assert "字\\u001b县" not in res.output


def test_entity_pages_and_answers_double_a_label_backslash(runner, backslash_data):
    res = run(runner, backslash_data, "show", "gxr:test/lit")
    assert res.exit_code == 0, res.output
    assert res.output.splitlines()[0] == "字\\\\u001b县"
    res = run(runner, backslash_data, "show", "gxr:test/esc")
    assert res.output.splitlines()[0] == "真\\u001b县"
    res = run(runner, backslash_data, "--format", "json", "show", "gxr:test/lit")
    assert json.loads(res.output)["labels"]["zh"] == "字\\u001b县"  # JSON keeps the data: one backslash
    res = run(runner, backslash_data, "path", "gxr:test/lit", "gxr:test/esc")
    assert res.exit_code == 0, res.output
    assert "字\\\\u001b县" in res.output and "真\\u001b县" in res.output
    res = run(runner, backslash_data, "ask", "乙市有哪些县？")
    assert res.exit_code == 0, res.output
    assert "字\\\\u001b县" in res.output.splitlines() and "真\\u001b县" in res.output.splitlines()
