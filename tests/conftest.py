"""Shared fixtures: the project's own data (DATA, a copy of what git tracks), its store built once per
session (in a temporary cache), a CLI runner, and data-copy helpers.

The suite never reads the working tree's ontology/, graph/ and sources/ directly: a user who adds sources as
the README says (ingest, accept, build) adds drafts, texts and graph files and changes graph/places.ttl and
graph/derived.ttl there. DATA holds the files git tracks in those folders (as they are in the working tree,
so a developer's uncommitted change is tested), with the generated graph files built again from them;
GXKG_DATA points every command the tests run (in process or not) at it."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SHARED = ROOT.parent / "shared"
DATA_DIRS = ("ontology", "graph", "sources")


def tracked_data(root: Path) -> list[str] | None:
    """The project's own data files (under DATA_DIRS) as git tracks them; None outside a git checkout."""
    try:
        r = subprocess.run(["git", "-C", str(root), "ls-files", "-z", "--", *DATA_DIRS], capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    files = [f for f in r.stdout.decode("utf-8").split("\0") if f]
    return files if r.returncode == 0 and files else None


def project_data(root: Path, dest: Path) -> tuple[Path, subprocess.CompletedProcess]:
    """Copy the project's own data from the checkout at root into dest: the files git tracks under DATA_DIRS
    (the whole folders outside a git checkout), then `gxkg build` there, so the generated graph files are
    what the tracked sources build, whatever a user's own build wrote. Returns (dest, the build's result)."""
    files = tracked_data(root)
    if files is None:
        for d in DATA_DIRS:
            if (root / d).is_dir():
                shutil.copytree(root / d, dest / d, ignore=shutil.ignore_patterns(".*"))
    for rel in files or []:
        if (root / rel).is_file():  # a tracked file deleted in the working tree stays deleted
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / rel, dest / rel)
    env = {k: v for k, v in os.environ.items() if k != "GXKG_DATA"}
    built = subprocess.run([sys.executable, "-m", "gxkg.cli", "--data", str(dest), "build"], capture_output=True,
                           text=True, timeout=600, env=env)
    return dest, built


DATA, DATA_BUILD = project_data(ROOT, Path(tempfile.mkdtemp(prefix="gxkg-test-data-")))
atexit.register(shutil.rmtree, DATA, True)
os.environ["GXKG_DATA"] = str(DATA)  # commands the tests run without --data read the suite's data


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

    return KnowledgeGraph.open(data=DATA, quiet=True)


@pytest.fixture(scope="session")
def mini():
    """A six-entity fixture graph over the real ontology."""
    from gxkg.kg import KnowledgeGraph

    return KnowledgeGraph.open(files=[DATA / "ontology" / "gxkg.ttl", FIXTURES / "mini" / "mini.ttl"], quiet=True)


@pytest.fixture
def data_copy(tmp_path):
    """A writable copy of the suite's data (ontology/, graph/, sources/) to break on purpose."""
    for d in DATA_DIRS:
        shutil.copytree(DATA / d, tmp_path / d)
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


# Another user's triples, put beside gxkg's graphs on the test endpoints: they must never reach an answer.
OTHERS = ("<https://example.org/other/s> <http://www.w3.org/2000/01/rdf-schema#label> \"百色\"@zh .\n"
          "<https://example.org/other/s> a <https://w3id.org/gxkg/ontology#City> .\n")


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
        import httpx

        for target in ("default", "graph=https://example.org/other"):  # another user's triples on the endpoint
            httpx.post(f"http://127.0.0.1:{port}/store?{target}", content=OTHERS.encode(),
                       headers={"Content-Type": "text/turtle"}, timeout=60).raise_for_status()
    finally:
        rw.terminate()
        rw.wait(10)
    ro = start_oxigraph("serve-read-only", loc, port)
    yield f"http://127.0.0.1:{port}/query"
    ro.terminate()
    ro.wait(10)


VIRTUOSO_SKIP = ("Virtuoso open source (`virtuoso-t`, Debian's virtuoso-opensource-7-bin) is not installed: "
                 "scripts/test.sh installs it where apt can")


def start_virtuoso(folder: Path) -> tuple:
    """`virtuoso-t` in the foreground with its own data folder and ini on loopback ports; (process, http port)."""
    import shutil
    import subprocess
    import time

    import httpx

    exe = shutil.which("virtuoso-t")
    if exe is None:
        pytest.skip(VIRTUOSO_SKIP)
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(f"""[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
ServerThreads = 10
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CaseMode = 2
DirsAllowed = {folder}
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
ServerThreads = 10
MaxClientConnections = 10
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
""", encoding="utf-8")
    proc = subprocess.Popen([exe, "-f", "-c", str(ini)], cwd=folder, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180  # a new database takes ~30 s to initialise
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{http_port}/sparql", params={"query": "ASK {}"}, timeout=2).raise_for_status()
            return proc, http_port
        except (httpx.TransportError, httpx.HTTPStatusError):
            if proc.poll() is not None:
                log = folder / "virtuoso.log"
                raise RuntimeError("virtuoso-t stopped: " + (log.read_text()[-2000:] if log.exists() else "no log"))
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError("virtuoso-t did not start within 180 s")


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """Virtuoso open source with the shipped graph pushed by `gxkg store push` (Digest authentication, one
    named graph per file), and another user's triples in another graph and in the default graph: the
    endpoint URL (/sparql, as the README says). Skips only where virtuoso-t is not installed."""
    import subprocess
    import sys

    import httpx

    folder = tmp_path_factory.mktemp("virtuoso")
    proc, port = start_virtuoso(folder)
    try:
        env = {**os.environ, "GXKG_ENDPOINT_USER": "dba", "GXKG_ENDPOINT_PASSWORD": "dba"}
        subprocess.run([sys.executable, "-m", "gxkg.cli", "store", "push",
                        f"http://127.0.0.1:{port}/sparql-graph-crud-auth"], check=True, capture_output=True, env=env)
        others = OTHERS
        for target in ("graph=https://example.org/other", "graph=https://w3id.org/other-project/graph/places"):
            httpx.post(f"http://127.0.0.1:{port}/sparql-graph-crud-auth?{target}", content=others.encode(),
                       headers={"Content-Type": "text/turtle"}, auth=httpx.DigestAuth("dba", "dba"),
                       timeout=60).raise_for_status()
        yield f"http://127.0.0.1:{port}/sparql"
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(params=["embedded", "remote", "virtuoso"])
def backend(request, kg):
    """Global options that choose the backend: none (the embedded store, built once by `kg`), --endpoint of an
    Oxigraph server, or --endpoint of Virtuoso open source."""
    if request.param == "remote":
        return ["--endpoint", request.getfixturevalue("endpoint")]
    if request.param == "virtuoso":
        return ["--endpoint", request.getfixturevalue("virtuoso")]
    return []
