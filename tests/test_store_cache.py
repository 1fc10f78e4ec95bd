"""The store cache (issue 15, findings 4 and 10): a store in use is never pruned, a damaged cache is rebuilt
with a one-line note, and an unwritable cache (a read-only home) falls back to a private temporary one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
MINIDATA = FIXTURES / "minidata"
CLEAN_ENV = {k: v for k, v in os.environ.items() if k not in ("GXKG_CACHE_DIR", "XDG_CACHE_HOME", "GXKG_DATA", "GXKG_STORE")}


def gxkg(*args, cache: Path | None = None, env: dict | None = None, timeout: float = 300):
    e = dict(CLEAN_ENV, **(env or {}))
    if cache is not None:
        e["GXKG_CACHE_DIR"] = str(cache)
    return subprocess.run([sys.executable, "-m", "gxkg.cli", *args], capture_output=True, text=True, env=e,
                          timeout=timeout)


def other_content(tmp: Path, i: int) -> Path:
    """A tiny data directory whose content differs from every other one (so it gets its own store)."""
    d = tmp / f"other{i}"
    (d / "ontology").mkdir(parents=True)
    (d / "graph").mkdir()
    (d / "ontology" / "gxkg.ttl").write_text(
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        f"<https://w3id.org/gxkg/ontology#C{i}> rdfs:label \"类{i}\"@zh .\n", encoding="utf-8")
    return d


def stores(cache: Path) -> list[Path]:
    return [p for p in (cache / "stores").iterdir() if (p / "gxkg-store.json").is_file()]


def test_a_store_in_use_survives_builds_of_other_content(tmp_path, monkeypatch):
    """A process (the server) has a store open; seven builds of other content by other processes prune
    the cache but never that store, which still answers."""
    from gxkg.kg import KnowledgeGraph

    cache = tmp_path / "cache"
    monkeypatch.setenv("GXKG_CACHE_DIR", str(cache))
    kg = KnowledgeGraph.open(data=MINIDATA, quiet=True)
    opened = Path(kg.store.path)
    for i in range(7):
        r = gxkg("--data", str(other_content(tmp_path, i)), "--format", "json", "list", cache=cache)
        assert r.returncode == 0, r.stderr
    assert opened.is_dir() and (opened / "gxkg-store.json").is_file()
    assert [h.label for h in kg.search("丙县", limit=1)] == ["丙县"]
    assert kg.store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"].value != "0"
    assert len(stores(cache)) <= 7  # pruning still works for stores nobody uses (6 kept + the one in use)
    assert opened in stores(cache)


def test_a_store_in_use_is_not_rebuilt_over(tmp_path, monkeypatch):
    from gxkg.kg import KnowledgeGraph

    monkeypatch.setenv("GXKG_CACHE_DIR", str(tmp_path / "cache"))
    kg = KnowledgeGraph.open(data=MINIDATA, quiet=True)
    r = gxkg("--data", str(MINIDATA), "store", "build", cache=tmp_path / "cache")
    assert r.returncode != 0 and "in use" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert [h.label for h in kg.search("丙县", limit=1)] == ["丙县"]


@pytest.fixture(scope="module")
def built_cache(tmp_path_factory):
    """A cache holding the mini data set's store, built once; each test damages a copy."""
    cache = tmp_path_factory.mktemp("pristine") / "cache"
    r = gxkg("--data", str(MINIDATA), "search", "丙县", cache=cache)
    assert r.returncode == 0, r.stderr
    return cache


def _first(store: Path, pattern: str) -> Path:
    return sorted(store.glob(pattern), key=lambda p: p.stat().st_size)[-1]


DAMAGE = {
    "sst deleted": lambda s, c: _first(s, "*.sst").unlink(),
    "sst cut short": lambda s, c: os.truncate(_first(s, "*.sst"), 100),
    "CURRENT deleted": lambda s, c: (s / "CURRENT").unlink(),
    "MANIFEST emptied": lambda s, c: os.truncate(_first(s, "MANIFEST-*"), 0),
    "name index deleted": lambda s, c: (s / "names.sqlite").unlink(),
    "name index cut short": lambda s, c: os.truncate(s / "names.sqlite", 1000),
    "name index garbage": lambda s, c: (s / "names.sqlite").write_bytes(b"garbage" * 100),
    "metadata garbage": lambda s, c: (s / "gxkg-store.json").write_text("{not json", encoding="utf-8"),
    "metadata deleted": lambda s, c: (s / "gxkg-store.json").unlink(),
    "half deleted": lambda s, c: [p.unlink() for p in list(s.iterdir())[::2]],
    "emptied": lambda s, c: [p.unlink() for p in list(s.iterdir())],
    "memo garbage": lambda s, c: (c / "digests.json").write_text('{"' + str((MINIDATA / "ontology" / "gxkg.ttl").resolve())
                                                                  + '": 5, "x": [1]}', encoding="utf-8"),
    "memo not json": lambda s, c: (c / "digests.json").write_text("[1", encoding="utf-8"),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_a_damaged_cache_is_rebuilt_with_a_note(built_cache, tmp_path, kind):
    cache = tmp_path / "cache"
    shutil.copytree(built_cache, cache)
    (store,) = stores(cache)
    DAMAGE[kind](store, cache)
    r = gxkg("--data", str(MINIDATA), "search", "丙县", cache=cache)
    assert r.returncode == 0, r.stderr
    assert "丙县" in r.stdout
    assert "internal error" not in r.stderr and "Traceback" not in r.stderr
    if not kind.startswith("memo"):
        notes = [line for line in r.stderr.splitlines() if " is damaged (" in line]
        assert len(notes) == 1 and "rebuilding" in notes[0]
    r = gxkg("--data", str(MINIDATA), "search", "丙县", cache=cache)  # and it stays repaired
    assert r.returncode == 0 and " is damaged (" not in r.stderr and "building" not in r.stderr


def test_a_read_only_home_falls_back_to_a_temporary_cache(tmp_path):
    """HOME where nothing can be created (under a regular file: root-proof) and no GXKG_CACHE_DIR: the
    command works from a private temporary cache and a one-line note names GXKG_CACHE_DIR."""
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {"HOME": str(blocker / "home"), "TMPDIR": str(tmp)}
    r = gxkg("--data", str(MINIDATA), "search", "丙县", env=env)
    assert r.returncode == 0, r.stderr
    assert "丙县" in r.stdout
    assert "internal error" not in r.stderr and "Traceback" not in r.stderr
    notes = [line for line in r.stderr.splitlines() if "GXKG_CACHE_DIR" in line]
    assert len(notes) == 1 and "cannot write the store cache" in notes[0]
    fallback = tmp / f"gxkg-cache-{os.getuid()}"
    assert stores(fallback) and (fallback.stat().st_mode & 0o077) == 0
    r = gxkg("--data", str(MINIDATA), "search", "丙县", env=env)  # the temporary cache is reused
    assert r.returncode == 0 and "building" not in r.stderr


def test_an_unwritable_cache_dir_falls_back_too(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    r = gxkg("--data", str(MINIDATA), "search", "丙县", env={"GXKG_CACHE_DIR": str(blocker / "cache"), "TMPDIR": str(tmp)})
    assert r.returncode == 0 and "丙县" in r.stdout, r.stderr
    assert "GXKG_CACHE_DIR" in r.stderr and "internal error" not in r.stderr


def test_a_temporary_cache_of_another_user_is_not_trusted(tmp_path):
    """<tmp>/gxkg-cache-<uid> that is open to others (someone could have planted a store) is not used."""
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    tmp = tmp_path / "tmp"
    planted = tmp / f"gxkg-cache-{os.getuid()}"
    planted.mkdir(parents=True)
    planted.chmod(0o777)
    r = gxkg("--data", str(MINIDATA), "search", "丙县", env={"HOME": str(blocker / "home"), "TMPDIR": str(tmp)})
    assert r.returncode == 0, r.stderr
    assert not (planted / "stores").exists()


def test_a_store_built_elsewhere_names_a_missing_file_in_one_line(tmp_path):
    """The files are hashed beside the load, but a missing one is still said at once, before anything is built."""
    from gxkg.errors import GraphParseError
    from gxkg.kg import build_store

    with pytest.raises(GraphParseError, match="gone.ttl: no such file"):
        build_store([MINIDATA / "ontology" / "gxkg.ttl", tmp_path / "gone.ttl"], tmp_path / "st")
    assert not (tmp_path / "st").exists()
