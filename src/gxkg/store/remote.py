"""The remote backend: any SPARQL 1.1 Protocol endpoint (QLever, Virtuoso, GraphDB, Neptune, Oxigraph...).

Values reach the endpoint as serialised terms joined to the query (the protocol has no pre-binding). Every
request is bounded: a wall-clock deadline for the whole exchange, a cap on the (decompressed) bytes of the
answer, no redirect to another origin, every non-2xx an error, credentials never printed. Graphs are loaded
with the Graph Store HTTP Protocol.
"""

from __future__ import annotations

import asyncio
import os
import re
import threading
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from ..errors import GxkgError, QueryError, QueryMemoryError, QueryRefused, QueryTimeout
from .base import GRAPH_MEDIA, RESULTS_MEDIA, Answer, Limits, Store, check_formats
from .sparql import bind_values, check_dataset, query_form

MAX_MB = 256  # default cap on an answer's size; GXKG_ENDPOINT_MAX_MB changes it


def max_bytes() -> int:
    """The cap on one answer's decompressed bytes (GXKG_ENDPOINT_MAX_MB, default 256 MB)."""
    raw = os.environ.get("GXKG_ENDPOINT_MAX_MB", "")
    try:
        mb = float(raw) if raw else MAX_MB
    except ValueError:
        raise GxkgError(f"GXKG_ENDPOINT_MAX_MB must be a number of megabytes, not {raw!r}") from None
    if not 0 < mb <= 1 << 20:
        raise GxkgError(f"GXKG_ENDPOINT_MAX_MB must be from 0 to 1048576, not {raw!r}")
    return int(mb * 1024 * 1024)


_SECRET_QUERY = re.compile(r"(?i)([?&;](?:access_token|api[_-]?key|apikey|token|password|passwd|pwd|secret|key)=)[^&#\s'\"]*")


def redact(text: str, secrets=()) -> str:
    """Text with URL passwords (user:secret@), secret query parameters (token=...) and each of `secrets`
    (however an endpoint echoes them) replaced by ***."""
    text = re.sub(r"(?i)(\b[a-z][a-z0-9+.-]*://[^/\s@:'\"]*):[^/\s@'\"]*@", r"\1:***@", str(text))
    text = _SECRET_QUERY.sub(r"\1***", text)
    for s in secrets:
        if s and len(s) >= 3:
            text = text.replace(s, "***")
    return text


def secrets_of(url: str) -> list[str]:
    """The password and secret query values written in a URL (to be kept out of every message)."""
    from urllib.parse import parse_qsl, unquote

    u = urlsplit(url)
    out = [unquote(u.password)] if u.password else []
    out += [v for k, v in parse_qsl(u.query) if _SECRET_QUERY.search(f"?{k}=")]
    return out


def _origin(url: str) -> tuple:
    u = urlsplit(url)
    return u.scheme.lower(), (u.hostname or "").lower(), u.port or {"http": 80, "https": 443}.get(u.scheme.lower())


class _Loop:
    """One asyncio event loop per process, in a daemon thread: requests run there under asyncio's deadline,
    which cancels (and closes) a connection at once, whatever it is doing."""

    _lock = threading.Lock()
    _state: tuple | None = None  # (pid, loop)

    @classmethod
    def get(cls) -> asyncio.AbstractEventLoop:
        with cls._lock:
            if cls._state is None or cls._state[0] != os.getpid():  # a forked child needs its own thread
                loop = asyncio.new_event_loop()
                threading.Thread(target=loop.run_forever, name="gxkg-http", daemon=True).start()
                cls._state = (os.getpid(), loop)
            return cls._state[1]


class Reply:
    """A complete answer: status, headers and the (decompressed, capped) body."""

    def __init__(self, status: int, headers, body: bytes, url: str):
        self.status_code, self.headers, self.content, self.url = status, headers, body, url

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")


class Http:
    """Bounded HTTP for one endpoint: deadline, byte cap, same-origin redirects only, credentials by `auth`."""

    def __init__(self, auth=None, cap: int | None = None, secrets=()):
        self.auth, self.cap, self.secrets = auth, cap if cap is not None else max_bytes(), list(secrets)
        self._client, self._pid = None, None

    def redact(self, text: str) -> str:
        return redact(text, self.secrets)

    def _get_client(self):
        import httpx

        if self._client is None or self._pid != os.getpid():
            self._client = httpx.AsyncClient(headers={"User-Agent": "gxkg (SPARQL 1.1 Protocol client)",
                                                      "Accept-Encoding": "gzip, deflate"},
                                             follow_redirects=False, trust_env=False)
            self._pid = os.getpid()
        return self._client

    def request(self, method: str, url: str, *, timeout: float, what: str, content: bytes | None = None,
                data: dict | None = None, headers: dict | None = None) -> Reply:
        """Send and read the whole answer within `timeout` seconds of wall-clock time; errors are one line."""
        import httpx

        loop = _Loop.get()
        fut = asyncio.run_coroutine_threadsafe(
            asyncio.wait_for(self._exchange(method, url, content, data, headers or {}, timeout), timeout), loop)
        try:
            return fut.result()
        except (asyncio.TimeoutError, TimeoutError, httpx.TimeoutException):
            raise QueryTimeout(f"{what} did not answer within {timeout:g} s") from None
        except httpx.HTTPError as e:
            raise GxkgError(f"cannot reach {what} {self.redact(url)}: {self.redact(str(e)) or type(e).__name__}") from None
        except OSError as e:
            raise GxkgError(f"cannot reach {what} {self.redact(url)}: {self.redact(str(e))}") from None
        except KeyboardInterrupt:
            fut.cancel()
            raise

    async def _exchange(self, method, url, content, data, headers, timeout) -> Reply:
        client = self._get_client()
        for _ in range(4):
            req = client.build_request(method, url, content=content, data=data, headers=headers, timeout=timeout)
            resp = await client.send(req, auth=self.auth, stream=True, follow_redirects=False)
            try:
                if resp.is_redirect:
                    target = urljoin(url, resp.headers.get("location", ""))
                    if _origin(target) != _origin(url) or resp.status_code not in (307, 308):
                        raise GxkgError(
                            f"{self.redact(url)} redirects ({resp.status_code}) to {self.redact(target)}; gxkg follows no "
                            f"redirect to another host or one that would change the request: give that URL instead "
                            f"if you trust it")
                    url = target
                    continue
                return Reply(resp.status_code, resp.headers, await self._read(resp), url)
            finally:
                await resp.aclose()
        raise GxkgError(f"{self.redact(url)} redirects too many times")

    async def _read(self, resp) -> bytes:
        """The body, decompressed, stopping as soon as it exceeds the cap (a gzip bomb stops at the cap too)."""
        import zlib

        cap = self.cap
        too_big = QueryMemoryError(f"the endpoint's answer is larger than {cap / 1048576:g} MB "
                                   f"(GXKG_ENDPOINT_MAX_MB sets the cap)")
        length = resp.headers.get("content-length", "")
        enc = resp.headers.get("content-encoding", "identity").strip().lower()
        if length.isdigit() and int(length) > cap and enc in ("", "identity"):
            raise too_big
        if enc in ("gzip", "x-gzip", "deflate"):
            dec = zlib.decompressobj(47)  # gzip or zlib header, detected
        elif enc in ("", "identity"):
            dec = None
        else:
            raise QueryError(f"the endpoint answered in an encoding gxkg does not read ({enc})")
        parts, total = [], 0
        async for raw in resp.aiter_raw():
            if dec is None:
                chunk = raw
            else:
                try:
                    chunk = dec.decompress(raw, cap - total + 1)
                except zlib.error as e:
                    raise QueryError(f"the endpoint's compressed answer is damaged: {e}") from None
            total += len(chunk)
            if total > cap:
                raise too_big
            parts.append(chunk)
        return b"".join(parts)

    def close(self) -> None:
        if self._client is not None and self._pid == os.getpid():
            try:
                asyncio.run_coroutine_threadsafe(self._client.aclose(), _Loop.get()).result(5)
            except Exception:  # closing is best effort: the process may be ending
                pass
        self._client = None


class RemoteStore(Store):
    kind = "remote"

    def __init__(self, endpoint: str, prefixes: dict | None = None, timeout: float = 60.0,
                 output_prefixes: dict | None = None, auth=None):
        if not endpoint.startswith(("http://", "https://")):
            raise GxkgError(f"--endpoint takes an http(s) URL, not {redact(endpoint)!r}")
        self.endpoint = endpoint
        self.location = redact(endpoint)
        self.prefixes = {k: str(v) for k, v in (prefixes or {}).items()}
        self.output_prefixes = output_prefixes if output_prefixes is not None else self.prefixes
        self.timeout = timeout
        self.http = Http(auth, secrets=secrets_of(endpoint) + list(getattr(auth, "secrets", [])))
        self._prologue_len = len(self._prologue(""))

    def _prologue(self, query: str) -> str:
        """The predeclared prefixes, all on the query's first line, so error positions keep their line."""
        return "".join(f"PREFIX {p}: <{ns}> " for p, ns in self.prefixes.items()) + query

    def _post(self, query: str, accept: str, timeout: float | None = None) -> Reply:
        timeout = timeout if timeout is not None else self.timeout
        r = self.http.request("POST", self.endpoint, data={"query": query}, headers={"Accept": accept},
                              timeout=timeout, what="the SPARQL endpoint")
        if 200 <= r.status_code < 300:
            return r
        msg = self.http.redact(_first_line(r.text))
        if r.status_code == 503:
            raise QueryTimeout(f"the endpoint refused or stopped the query: {msg}")
        if 400 <= r.status_code < 500:
            m = re.match(r"(?:Parser )?error at (\d+):(\d+)(.*)", msg, re.I)
            if m:  # the prologue stands before the user's first line: report the user's column
                line, col = int(m.group(1)), int(m.group(2))
                if line == 1:
                    col = max(1, col - self._prologue_len)
                raise QueryRefused(f"SPARQL syntax error at {line}:{col}{m.group(3)}")
            raise QueryRefused(f"the endpoint refused the query ({r.status_code}): {msg}")
        raise QueryError(f"the endpoint failed ({r.status_code}): {msg}")

    def _parse_results(self, body: bytes):
        import pyoxigraph as ox

        try:
            return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError) as e:
            raise QueryError(f"the endpoint's answer is not SPARQL JSON results: {_first_line(str(e))}") from None

    def _parse_graph(self, body: bytes):
        import pyoxigraph as ox

        try:
            return list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        except (SyntaxError, ValueError) as e:
            raise QueryError(f"the endpoint's answer is not N-Triples: {_first_line(str(e))}") from None

    def _results(self, query: str, bindings: dict | None):
        r = self._post(self._prologue(bind_values(query, bindings or {})), RESULTS_MEDIA["json"])
        return self._parse_results(r.content)

    def select(self, query: str, bindings: dict | None = None) -> list[dict]:
        res = self._results(query, bindings)
        names = [v.value for v in res.variables]
        return [{n: sol[n] for n in names if sol[n] is not None} for sol in res]

    def ask(self, query: str, bindings: dict | None = None) -> bool:
        return bool(self._results(query, bindings))

    def construct(self, query: str, bindings: dict | None = None) -> list:
        r = self._post(self._prologue(bind_values(query, bindings or {})), GRAPH_MEDIA["nt"])
        return self._parse_graph(r.content)

    def run(self, query: str, *, bindings: dict | None = None, limits: Limits | None = None, fmt: str = "json",
            graph_fmt: str = "turtle", base_iri: str | None = None, dataset: tuple | None = None) -> Answer:
        limits = limits or Limits()
        form = query_form(query)
        check_formats(form, fmt, graph_fmt)
        check_dataset(query, [])
        text = self._prologue(bind_values(query, bindings or {}))
        if base_iri and base_iri.startswith(("http://", "https://")) and not re.search(r"[<>\s]", base_iri):
            text = f"BASE <{base_iri}> " + text  # never a file: IRI: a local path is not the endpoint's business
        if form in ("CONSTRUCT", "DESCRIBE"):
            r = self._post(text, GRAPH_MEDIA["nt"], limits.timeout)
            triples = self._parse_graph(r.content)
            if graph_fmt == "nt":
                return Answer(form, r.content, "nt")
            import pyoxigraph as ox
            from .embedded import RDF

            kw = {"prefixes": self.output_prefixes} if graph_fmt in ("turtle", "trig") else {}
            return Answer(form, ox.serialize(triples, format=RDF[graph_fmt], **kw), graph_fmt)
        r = self._post(text, RESULTS_MEDIA["json"], limits.timeout)
        from .embedded import serialize

        return serialize(self._parse_results(r.content), form, fmt, graph_fmt, limits.max_rows, self.output_prefixes)

    def close(self) -> None:
        self.http.close()

    def dump(self, fmt: str, prefixes: dict | None = None) -> bytes:
        import pyoxigraph as ox
        from .embedded import RDF

        triples = self.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        if fmt == "trig":
            fmt = "turtle"  # the endpoint's default graph has no names to keep
        kw = {"prefixes": prefixes} if fmt == "turtle" and prefixes else {}
        return ox.serialize(triples, format=RDF[fmt], **kw)


def push(gsp_url: str, files: list[Path], replace: bool = False, timeout: float = 300.0, auth=None) -> list[tuple[str, int]]:
    """Load files into the default graph of a Graph Store HTTP Protocol endpoint (POST adds; PUT replaces).
    Only a 2xx answer counts as loaded; anything else (a redirect too) stops with a one-line error."""
    if not gsp_url.startswith(("http://", "https://")):
        raise GxkgError(f"the graph store URL must be http(s), not {redact(gsp_url)!r}")
    sep = "&" if "?" in gsp_url else "?"
    target = f"{gsp_url}{sep}default"
    http = Http(auth, cap=1 << 20, secrets=secrets_of(gsp_url) + list(getattr(auth, "secrets", [])))
    out = []
    try:
        for i, f in enumerate(files):
            method = "PUT" if replace and i == 0 else "POST"
            mime = "text/turtle" if Path(f).suffix == ".ttl" else "application/n-triples"
            r = http.request(method, target, content=Path(f).read_bytes(), headers={"Content-Type": mime},
                             timeout=timeout, what="the graph store")
            if not 200 <= r.status_code < 300:
                raise GxkgError(f"the graph store answered {r.status_code} for {Path(f).name}: "
                                f"{http.redact(_first_line(r.text))}")
            out.append((Path(f).name, r.status_code))
    finally:
        http.close()
    return out


def _first_line(text: str) -> str:
    line = (text or "").strip().splitlines()
    return line[0][:300] if line else "(no message)"
