"""The README's figures and example output are checked against the code, so they cannot drift; the version
and the default time limit are each written once."""

import json
import re
from importlib.metadata import version

import pytest

from conftest import DATA, ROOT
from gxkg import __version__
from gxkg.cli import main
from gxkg.store.limits import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def stats():
    from click.testing import CliRunner

    r = CliRunner().invoke(main, ["stats", "-f", "json"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout[r.stdout.index("{"):])


def test_readme_graph_figures_are_gxkg_stats(stats):
    m = re.search(r"The graph holds (\d+) entities \(Guangxi, its (\d+) prefecture-level cities and (\d+) county-level units"
                  r".*?(\d+) relations\s+between them, (\d+) figures and (\d+) evidence quotes", README, re.S)
    assert m, "the README's sentence of graph figures moved: update this test"
    per_class = {c["curie"]: c["count"] for c in stats["classes"]}
    t = stats["totals"]
    stated = tuple(int(x) for x in m.groups())
    assert stated == (t["entities"], per_class["gxo:Prefecture"], per_class["gxo:County"], t["relations"],
                      t["observations"], t["evidence"])


def test_readme_validate_example_is_the_report():
    """The `$ gxkg validate` example's counts and notes are what validation reports on the shipped graph."""
    from gxkg.validate import validate

    report, _ = validate(base=DATA)
    block = README.split("$ gxkg validate\n", 1)[1].split("```", 1)[0]
    c = report.counts
    # no count of triples: it includes the ontology's, which every new term (a relation, a unit) changes
    assert block.splitlines()[0] == (f"Validated … triples: {c['evidence']} evidence quotes, "
                                     f"{c['check_queries']} check queries.")
    notes = block.split("recomputed for comparison):\n", 1)[1].split("\n0 violations.", 1)[0]
    assert [n.strip() for n in notes.splitlines()] == report.notes
    assert report.ok and block.rstrip().endswith("0 violations.")


def test_version_is_written_once():
    assert version("gxkg") == __version__
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject and not re.search(r'^version\s*=', pyproject, re.M)
    literal = [p for p in (ROOT / "src").rglob("*.py") if __version__ in p.read_text(encoding="utf-8")]
    assert [p.name for p in literal] == ["__init__.py"]


def test_default_time_limit_is_declared_once(runner):
    """The CLI's --timeout defaults and the README come from the declaration in gxkg.settings (which
    gxkg.store.limits reads); no other literal default."""
    for cmd in ("sparql", "serve"):
        out = runner.invoke(main, [cmd, "--help"]).output
        m = re.search(r"--timeout [A-Z]+ .*?\[default: ([\d.]+)\]", re.sub(r"\s+", " ", out))
        assert m and float(m.group(1)) == DEFAULT_TIMEOUT, cmd
    assert f"(`--timeout`, default {DEFAULT_TIMEOUT:g} s)" in README
    assert f"(`--memory`, default {DEFAULT_MEMORY_MB} MB)" in README
    v = re.escape(f"{DEFAULT_TIMEOUT:g}") + r"(?:\.0)?\b"
    declared = re.compile(rf"(?<![\w])timeout\s*:\s*float[^=]*=\s*{v}|\"--timeout\".*default={v}|DEFAULT_TIMEOUT\s*=")
    where = [f"{p.relative_to(ROOT)}:{i}" for p in (ROOT / "src").rglob("*.py") if p.name != "limits.py"
             for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if declared.search(line)]
    assert where == []
