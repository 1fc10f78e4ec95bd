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
    for d in ("ontology", "graph", "sources"):
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


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str | None:
    import shutil
    import sys

    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def start_oxigraph(mode: str, location: Path, port: int):
    """`oxigraph serve` or `serve-read-only` on a loopback port; returns the process once it answers."""
    import subprocess
    import time

    import httpx

    proc = subprocess.Popen([oxigraph_binary(), mode, "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/query", params={"query": "ASK {}"}, timeout=1)
            return proc
        except httpx.TransportError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode())
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("oxigraph did not start")


@pytest.fixture(scope="session")
def endpoint(tmp_path_factory):
    """The shipped graph in an `oxigraph serve-read-only` endpoint (loaded by `gxkg store push` through the
    Graph Store Protocol into a read-write server first): the remote backend the CLI suite also runs on."""
    import subprocess
    import sys

    if oxigraph_binary() is None:
        pytest.skip("the oxigraph server (PyPI package `oxigraph`) is not installed")
    loc = tmp_path_factory.mktemp("oxigraph")
    port = free_port()
    rw = start_oxigraph("serve", loc, port)
    try:
        subprocess.run([sys.executable, "-m", "gxkg.cli", "store", "push", f"http://127.0.0.1:{port}/store"],
                       check=True, capture_output=True)
    finally:
        rw.terminate()
        rw.wait(10)
    ro = start_oxigraph("serve-read-only", loc, port)
    yield f"http://127.0.0.1:{port}/query"
    ro.terminate()
    ro.wait(10)


@pytest.fixture(params=["embedded", "remote"])
def backend(request, kg):
    """Global options that choose the backend: none (the embedded store, built once by `kg`) or --endpoint."""
    if request.param == "remote":
        return ["--endpoint", request.getfixturevalue("endpoint")]
    return []
