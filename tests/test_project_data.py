"""The suite's own data does not depend on the sources a user has added (issue 18, item 5): conftest.DATA is a
copy of the data git tracks, with the generated graph files built from the tracked sources."""

import shutil
import subprocess
import sys

import pytest

from conftest import DATA, FIXTURES, ROOT, project_data, tracked_data

pytestmark = pytest.mark.skipif(shutil.which("git") is None or tracked_data(ROOT) is None,
                                reason="needs git and a git checkout")


def tree(d):
    return {str(p.relative_to(d)): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file() and not p.name.startswith(".")}


def gxkg(*args):
    r = subprocess.run([sys.executable, "-m", "gxkg.cli", *map(str, args)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    return r.stdout


def test_a_source_added_as_the_readme_says_stays_out_of_the_suites_data(tmp_path):
    """A clone of the project; a user adds a source as the README says (ingest, accept --all, build): the clone's
    working tree now has a draft, a text and a graph file more, and graph/places.ttl changed; the data the suite
    takes from that clone is the same, byte for byte, as before the source was added."""
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True, timeout=300)
    before, built = project_data(clone, tmp_path / "before")
    assert built.returncode == 0, built.stderr
    article = FIXTURES / "samples" / "2019-liuzhou-luosifen-villages.txt"
    gxkg("--data", clone, "ingest", article, "--date", "2019-10-09", "--publisher", "柳州日报")
    gxkg("--data", clone, "accept", article.stem, "--all")
    assert f"written\tgraph/{article.stem}.ttl" in gxkg("--data", clone, "build")
    status = subprocess.run(["git", "-C", str(clone), "status", "--porcelain"], capture_output=True, text=True).stdout
    assert " M graph/places.ttl" in status and f"?? sources/{article.stem}.yaml" in status, status
    after, built = project_data(clone, tmp_path / "after")
    assert built.returncode == 0, built.stderr
    assert tree(after) == tree(before)
    assert not (after / "sources" / f"{article.stem}.yaml").exists()


def test_commands_the_tests_run_read_the_suites_data():
    """GXKG_DATA points at the copy: a command run without --data reads it, not the working tree."""
    import os

    from gxkg.kg import data_dir

    assert os.environ["GXKG_DATA"] == str(DATA) and data_dir() == DATA and DATA != ROOT
    assert {f"sources/{p.name}" for p in (DATA / "sources").glob("*.yaml")} == \
        {f for f in tracked_data(ROOT) if f.startswith("sources/") and f.endswith(".yaml")}


def test_an_option_given_outranks_another_sources_variable(runner):
    """GXKG_DATA in the environment (as the suite sets it) gives way to --endpoint or --store typed on the
    command line; two typed on the command line are still refused."""
    from gxkg.cli import main

    r = runner.invoke(main, ["--endpoint", "http://127.0.0.1:9/sparql", "search", "柳州"])
    assert "at most one of" not in r.output and r.exit_code == 1, r.output  # it tried the endpoint
    r = runner.invoke(main, ["--data", str(DATA), "--endpoint", "http://127.0.0.1:9/sparql", "search", "柳州"])
    assert r.exit_code == 2 and "give at most one of --data, --endpoint and --store" in r.output
