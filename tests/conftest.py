"""Shared fixtures: the shipped graph's store built once per session (in a temporary cache), a CLI runner,
and data-copy helpers."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory):
    """Tests never touch the user's ~/.cache."""
    d = tmp_path_factory.mktemp("gxkg-cache")
    old = os.environ.get("GXKG_CACHE_DIR")
    os.environ["GXKG_CACHE_DIR"] = str(d)
    yield d
    if old is None:
        os.environ.pop("GXKG_CACHE_DIR", None)
    else:
        os.environ["GXKG_CACHE_DIR"] = old


@pytest.fixture(scope="session")
def kg():
    from gxkg.kg import KnowledgeGraph

    return KnowledgeGraph.open(data=ROOT, quiet=True)


@pytest.fixture(scope="session")
def mini():
    """A six-entity fixture graph over the real ontology."""
    from gxkg.kg import KnowledgeGraph

    return KnowledgeGraph.open(files=[ROOT / "ontology" / "gxkg.ttl", FIXTURES / "mini" / "mini.ttl"], quiet=True)


@pytest.fixture
def data_copy(tmp_path):
    """A writable copy of ontology/ and graph/ to break on purpose."""
    for d in ("ontology", "graph"):
        shutil.copytree(ROOT / d, tmp_path / d)
    return tmp_path


@pytest.fixture
def runner():
    from click.testing import CliRunner

    return CliRunner()


def gxr(path: str) -> str:
    return "https://w3id.org/gxkg/resource/" + path


def gxo(name: str) -> str:
    return "https://w3id.org/gxkg/ontology#" + name
