"""The remote backend against hostile endpoints: small HTTP servers on 127.0.0.1 that redirect elsewhere,
drip bytes, send huge or compressed-bomb answers, answer a push with 307, or fail with the URL's password."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import subprocess
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from gxkg.cli import main

ONE_ROW = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [
    {"n": {"type": "literal", "value": "9876543", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}).encode()


@contextlib.contextmanager
def hostile(respond):
    """An HTTP server on a loopback port; `respond(handler, body)` answers each request. Yields (base URL, log)
    where log lists (method, path, body) of every request received."""
    log = []

    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def handle_any(self):
            n = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(n) if n else b""
            log.append((self.command, self.path, body))
            try:
                respond(self, body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        do_GET = do_POST = do_PUT = handle_any

        def log_message(self, *a):
            pass

    class Quiet(ThreadingHTTPServer):
        def handle_error(self, request, client_address):
            pass  # a client that hangs up on a hostile answer is the point, not an error

    srv = Quiet(("127.0.0.1", 0), H)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}", log
    finally:
        srv.shutdown()
        srv.server_close()


def send(h, status=200, body=b"", ctype="application/sparql-results+json", extra=()):
    h.send_response(status)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(body)))
    for k, v in extra:
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(body)


def answer_rows(h, body):
    send(h, body=ONE_ROW)


def cli(*args, env=None):
    from click.testing import CliRunner

    r = CliRunner().invoke(main, list(args), catch_exceptions=False, env=env)
    return r.exit_code, r.output


def one_line_error(out: str) -> bool:
    lines = [x for x in out.strip().splitlines() if x.strip()]
    return len(lines) == 1 and lines[0].startswith("Error:") and "Traceback" not in out


def test_redirect_to_another_host_never_sends_the_query_there():
    with hostile(answer_rows) as (other, other_log):
        other_port = other.rsplit(":", 1)[1]
        for target in (f"{other}/sparql", f"http://localhost:{other_port}/sparql"):  # another port; another name

            def redirect(h, body, target=target):
                send(h, 307, b"", "text/plain", [("Location", target)])

            with hostile(redirect) as (base, log):
                code, out = cli("--endpoint", f"{base}/sparql", "sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
            assert code != 0 and "redirects (307)" in out and one_line_error(out), out
            assert len(log) == 1 and other_log == [], "the query reached the other host"
            assert "9876543" not in out


def test_same_origin_307_is_followed():
    def moved(h, body):
        if h.path == "/old":
            send(h, 307, b"", "text/plain", [("Location", "/new")])
        else:
            answer_rows(h, body)

    with hostile(moved) as (base, log):
        code, out = cli("--endpoint", f"{base}/old", "-f", "csv", "sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert code == 0 and out.splitlines()[-1].strip() == "9876543", out
    assert [p for _, p, _ in log][-2:] == ["/old", "/new"] and log[-2][2] == log[-1][2]


def test_a_permanent_redirect_is_an_error_not_an_answer():
    def moved(h, body):
        send(h, 301, b"moved", "text/plain", [("Location", "/elsewhere")])

    with hostile(moved) as (base, log):
        code, out = cli("--endpoint", f"{base}/q", "sparql", "ASK {}")
    assert code != 0 and "redirects (301)" in out and one_line_error(out) and len(log) == 1


def test_base_never_carries_the_working_directory():
    with hostile(answer_rows) as (base, log):
        code, out = cli("--endpoint", f"{base}/sparql", "sparql", "-f", "json", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p <rel> }")
    assert code == 0, out
    from urllib.parse import parse_qs

    sent = parse_qs(log[-1][2].decode())["query"][0]
    assert "file:" not in sent and str(Path.cwd()) not in sent and "BASE" not in sent


def drip(h, body):
    """Headers at once, then one byte of a valid answer every 0.3 s: each read is quick, the whole is not."""
    h.send_response(200)
    h.send_header("Content-Type", "application/sparql-results+json")
    h.send_header("Content-Length", str(len(ONE_ROW)))
    h.end_headers()
    for b in ONE_ROW:
        h.wfile.write(bytes([b]))
        h.wfile.flush()
        time.sleep(0.3)


def drip_headers(h, body):
    """The status line, then the headers one byte every 0.3 s."""
    h.wfile.write(b"HTTP/1.1 200 OK\r\n")
    for b in b"X-Slow: " + b"a" * 2000 + b"\r\n\r\n":
        h.wfile.write(bytes([b]))
        h.wfile.flush()
        time.sleep(0.3)


@pytest.mark.parametrize("respond", [drip, drip_headers], ids=["body", "headers"])
def test_a_dripping_endpoint_stops_at_the_timeout(tmp_path, respond):
    # hang guard only: before the fix the body took ~60 s and the headers ~10 min on a 1 s limit
    with hostile(respond) as (base, _):
        env = {**os.environ, "GXKG_CACHE_DIR": str(tmp_path)}
        p = subprocess.run([sys.executable, "-m", "gxkg.cli", "--endpoint", f"{base}/sparql", "sparql", "--timeout", "1",
                            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"], capture_output=True, text=True, env=env,
                           timeout=30)
    assert p.returncode == 2 and "did not answer within 1 s" in p.stderr and one_line_error(p.stderr), p.stderr


def huge(h, body):
    """A 40 MB answer with no Content-Length (close-delimited), as a runaway endpoint sends."""
    h.send_response(200)
    h.send_header("Content-Type", "application/sparql-results+json")
    h.send_header("Connection", "close")
    h.end_headers()
    chunk = b" " * (1 << 20)
    for _ in range(40):
        h.wfile.write(chunk)
    h.close_connection = True


def huge_declared(h, body):
    """A Content-Length of 1 GB: refused before a byte of it is read."""
    h.send_response(200)
    h.send_header("Content-Type", "application/sparql-results+json")
    h.send_header("Content-Length", str(1 << 30))
    h.end_headers()
    h.wfile.write(b" " * (1 << 16))
    h.close_connection = True


def _bomb() -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip container
    zeros = b"\0" * (1 << 20)
    return b"".join([c.compress(zeros) for _ in range(200)] + [c.flush()])  # 200 MB of zeros in ~200 KB


BOMB = None


def bomb(h, body):
    global BOMB
    BOMB = BOMB or _bomb()
    send(h, body=BOMB, extra=[("Content-Encoding", "gzip")])


@pytest.mark.parametrize("respond", [huge, huge_declared, bomb], ids=["huge", "declared", "gzip-bomb"])
def test_an_oversized_answer_stops_at_the_cap_with_one_line(respond):
    with hostile(respond) as (base, _):
        code, out = cli("--endpoint", f"{base}/sparql", "sparql", "SELECT * WHERE { ?s ?p ?o }",
                        env={"GXKG_ENDPOINT_MAX_MB": "4"})
    assert code == 2 and "larger than 4 MB" in out and one_line_error(out), out


def test_a_compressed_answer_within_the_cap_is_read():
    def gz(h, body):
        send(h, body=gzip.compress(ONE_ROW), extra=[("Content-Encoding", "gzip")])

    with hostile(gz) as (base, _):
        code, out = cli("--endpoint", f"{base}/sparql", "-f", "csv", "sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert code == 0 and out.splitlines()[-1].strip() == "9876543", out


def test_push_reports_a_307_as_a_failure():
    with hostile(lambda h, b: send(h, 204)) as (other, other_log):
        def redirect(h, body):
            send(h, 307, b"", "text/plain", [("Location", f"{other}/store?default")])

        with hostile(redirect) as (base, log):
            code, out = cli("store", "push", f"{base}/store")
    assert code != 0 and "redirects (307)" in out and one_line_error(out), out
    assert len(log) == 1 and other_log == []


def test_push_reports_any_non_2xx_as_a_failure():
    with hostile(lambda h, b: send(h, 302, b"", "text/plain", [("Location", "/store")])) as (base, log):
        code, out = cli("store", "push", f"{base}/store")
    assert code != 0 and one_line_error(out), out


def test_passwords_in_endpoint_urls_are_never_printed(tmp_path):
    def fail(h, body):
        send(h, 500, f"internal failure at {h.headers.get('Host')} for user:s3cret@x".encode(), "text/plain")

    with hostile(answer_rows) as (base, _):
        url = base.replace("http://", "http://gxkg:s3cret@") + "/sparql"
        code, out = cli("--endpoint", url, "store", "info", "-f", "json")
        assert code == 0, out
        assert "s3cret" not in out and json.loads(out)["location"] == url.replace("s3cret", "***")
    with hostile(fail) as (base, _):
        code, out = cli("--endpoint", base.replace("http://", "http://gxkg:s3cret@") + "/sparql?token=t0ken",
                        "sparql", "ASK {}")
        assert code != 0 and "s3cret" not in out and "t0ken" not in out and one_line_error(out), out
    from conftest import free_port

    code, out = cli("--endpoint", f"http://gxkg:s3cret@127.0.0.1:{free_port()}/sparql", "sparql", "ASK {}")
    assert code != 0 and "cannot reach" in out and "s3cret" not in out, out
    code, out = cli("store", "push", f"http://gxkg:s3cret@127.0.0.1:{free_port()}/store")
    assert code != 0 and "s3cret" not in out, out
