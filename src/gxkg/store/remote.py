"""The remote backend: any SPARQL 1.1 Protocol endpoint (QLever, Virtuoso, GraphDB, Neptune, Oxigraph...).

Values reach the endpoint as serialised terms joined to the query (the protocol has no pre-binding). Every
request is bounded: a wall-clock deadline for the whole exchange, a cap on the (decompressed) bytes of the
answer, no redirect to another origin, every non-2xx an error, credentials never printed. Graphs are loaded
with the Graph Store HTTP Protocol.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import threading
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from ..errors import GxkgError, QueryError, QueryMemoryError, QueryRefused, QueryTimeout
from .base import RESULTS_MEDIA, Answer, Limits, Store, check_formats
from .sparql import check_dataset, query_form

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


class Credentials:
    """Credentials for an endpoint: a bearer token, or a user and password answered by the scheme the server's
    401 challenge names (Digest or Basic; GXKG_ENDPOINT_AUTH forces one). Never printed: see `secrets`."""

    def __init__(self, user: str | None = None, password: str | None = None, token: str | None = None,
                 scheme: str | None = None, origin: str = ""):
        self.user, self.password, self.token, self.scheme, self.origin = user, password, token, scheme, origin
        self.secrets = [x for x in (password, token) if x]

    def __repr__(self) -> str:
        kind = "bearer token" if self.token else f"user {self.user!r}"
        return f"<credentials: {kind} from {self.origin}>"

    def httpx_auth(self):
        import base64

        import httpx

        creds = self

        class _Auth(httpx.Auth):
            def __init__(self):
                self.digest = httpx.DigestAuth(creds.user or "", creds.password or "") if creds.user else None
                self.scheme = creds.scheme

            def basic(self, request):
                raw = f"{creds.user}:{creds.password or ''}".encode()
                request.headers["Authorization"] = "Basic " + base64.b64encode(raw).decode()
                return request

            def auth_flow(self, request):
                if creds.token:
                    request.headers["Authorization"] = f"Bearer {creds.token}"
                    yield request
                    return
                if self.scheme == "digest":
                    yield from self.digest.auth_flow(request)
                    return
                if self.scheme == "basic":
                    yield self.basic(request)
                    return
                response = yield request
                if response.status_code != 401:
                    return
                kind = response.headers.get("www-authenticate", "").split(" ", 1)[0].lower()
                if kind == "digest":
                    self.scheme = "digest"
                    yield from self.digest.auth_flow(request)
                elif kind == "basic":
                    self.scheme = "basic"
                    yield self.basic(request)

        return _Auth()


def credentials(url: str) -> tuple[str, Credentials | None]:
    """The URL without its userinfo, and the credentials for it: GXKG_ENDPOINT_TOKEN (bearer), else
    GXKG_ENDPOINT_USER and GXKG_ENDPOINT_PASSWORD, else the URL's user:password, else ~/.netrc (or $NETRC)."""
    from urllib.parse import unquote, urlunsplit

    u = urlsplit(url)
    bare = urlunsplit((u.scheme, u.hostname + (f":{u.port}" if u.port else "") if u.hostname else u.netloc,
                       u.path, u.query, u.fragment)) if "@" in u.netloc else url
    scheme = os.environ.get("GXKG_ENDPOINT_AUTH", "").strip().lower() or None
    if scheme not in (None, "basic", "digest"):
        raise GxkgError(f"GXKG_ENDPOINT_AUTH takes basic or digest, not {scheme!r}")
    if os.environ.get("GXKG_ENDPOINT_TOKEN"):
        return bare, Credentials(token=os.environ["GXKG_ENDPOINT_TOKEN"], origin="GXKG_ENDPOINT_TOKEN")
    if os.environ.get("GXKG_ENDPOINT_USER"):
        return bare, Credentials(os.environ["GXKG_ENDPOINT_USER"], os.environ.get("GXKG_ENDPOINT_PASSWORD", ""),
                                 scheme=scheme, origin="GXKG_ENDPOINT_USER")
    if u.username:
        return bare, Credentials(unquote(u.username), unquote(u.password or ""), scheme=scheme, origin="the URL")
    import netrc

    path = os.environ.get("NETRC") or os.path.expanduser("~/.netrc")
    if u.hostname and os.path.isfile(path):
        try:
            found = netrc.netrc(path).authenticators(u.hostname)
        except (netrc.NetrcParseError, OSError) as e:
            raise GxkgError(f"cannot read {path}: {getattr(e, 'msg', e)}") from None
        if found and found[0]:
            return bare, Credentials(found[0], found[2] or "", scheme=scheme, origin=path)
    return bare, None


class RemoteStore(Store):
    """A SPARQL endpoint, read as gxkg's named graphs only: the graphs given (--graph), else those under
    gxkg's graph namespace found on the endpoint; their union is the default graph, as in the embedded store.
    Triples other users keep on the same endpoint never enter an answer."""

    kind = "remote"

    def __init__(self, endpoint: str, prefixes: dict | None = None, timeout: float = 60.0,
                 output_prefixes: dict | None = None, dialect: str | None = None, graphs: list[str] | None = None,
                 graph_base: str | None = None):
        if not endpoint.startswith(("http://", "https://")):
            raise GxkgError(f"--endpoint takes an http(s) URL, not {redact(endpoint)!r}")
        self.location = redact(endpoint)
        self.endpoint, self.credentials = credentials(endpoint)
        secrets = secrets_of(endpoint) + (self.credentials.secrets if self.credentials else [])
        self.http = Http(self.credentials.httpx_auth() if self.credentials else None, secrets=secrets)
        self.prefixes = {k: str(v) for k, v in (prefixes or {}).items()}
        self.output_prefixes = output_prefixes if output_prefixes is not None else self.prefixes
        self.timeout = timeout
        from . import dialects

        self._dialect = dialects.get(dialect) if dialect else None
        self._graphs = list(graphs) if graphs else None
        self._meta = None
        self.graph_base = graph_base or "https://w3id.org/gxkg/graph/"
        self._prologue_len = len(self._prologue(""))

    # ------------------------------------------------------------------ engine and dataset
    def _probe(self, timeout: float | None = None) -> None:
        """One request that finds gxkg's graphs (unless given) and the engine (unless given)."""
        from . import dialects

        q = ("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "
             + json.dumps(self.graph_base) + ")) }")
        r = self.http.request("POST", self.endpoint, data={"query": q},
                              headers={"Accept": RESULTS_MEDIA["json"]}, timeout=timeout or self.timeout,
                              what="the SPARQL endpoint")
        if self._dialect is None:
            self._dialect = dialects.detect(r.headers.get("server", ""), self.endpoint)
        if self._graphs is not None:
            return
        found = []
        if 200 <= r.status_code < 300:
            res = self._parse_results(r.content)
            if "g" in [v.value for v in res.variables]:
                found = sorted(sol["g"].value for sol in res if sol["g"] is not None)
        elif r.status_code not in (400, 404, 405, 501):
            self._check(r)
        if not found and self._dialect.default_graph == "union-all":
            raise GxkgError(f"no gxkg graphs (<{self.graph_base}…>) on {self.location}, whose default graph is "
                            f"the union of every graph it holds: load them with `gxkg store push`, or name the "
                            f"graphs to read with --graph IRI")
        self._graphs = found  # none: the endpoint's default graph, as a plain bulk load leaves it

    @property
    def dialect(self):
        if self._dialect is None:
            self._probe()
        return self._dialect

    def named_graphs(self, timeout: float | None = None) -> list[str]:
        if self._graphs is None or self._dialect is None:
            self._probe(timeout)
        return list(self._graphs)

    def _dataset_params(self, query: str, dataset: tuple | None) -> dict:
        """default-graph-uri / named-graph-uri: gxkg's graphs, or those the request chose; none when the
        query names its own dataset (FROM), checked against gxkg's graphs first."""
        from .sparql import dataset_clauses

        graphs = self.named_graphs()
        if dataset and (dataset[0] or dataset[1]):
            return {"default-graph-uri": list(dataset[0]), "named-graph-uri": list(dataset[1])}
        if any(dataset_clauses(query)):
            check_dataset(query, graphs)
            return {}
        if not graphs or not self.dialect.dataset_params:
            return {}
        return {"default-graph-uri": graphs, "named-graph-uri": graphs}

    # ------------------------------------------------------------------ requests
    def _prologue(self, query: str) -> str:
        """The predeclared prefixes, all on the query's first line, so error positions keep their line."""
        return "".join(f"PREFIX {p}: <{ns}> " for p, ns in self.prefixes.items()) + query

    def _check(self, r: Reply) -> Reply:
        """The reply if 2xx; else the engine's error as one line (a syntax error with the user's position)."""
        if 200 <= r.status_code < 300:
            return r
        d = self._dialect
        from . import dialects

        msg = self.http.redact((d or dialects.GENERIC).error_message(r.text))
        if r.status_code == 503:
            raise QueryTimeout(f"the endpoint refused or stopped the query: {msg}")
        if 400 <= r.status_code < 500:
            pos = (d or dialects.GENERIC).syntax_error(msg)
            if pos:  # the prologue stands before the user's first line: report the user's column
                line, col, rest = pos
                if col is not None and line == 1:
                    col = max(1, col - self._prologue_len)
                at = f"{line}:{col}" if col is not None else f"{line}"
                raise QueryRefused(f"SPARQL syntax error at {at}{rest}")
            raise QueryRefused(f"the endpoint refused the query ({r.status_code}): {msg}")
        raise QueryError(f"the endpoint failed ({r.status_code}): {msg}")

    def _post(self, query: str, accept: str, timeout: float | None = None, dataset: tuple | None = None) -> Reply:
        data = {"query": query, **self._dataset_params(query, dataset)}
        r = self.http.request("POST", self.endpoint, data=data, headers={"Accept": accept},
                              timeout=timeout if timeout is not None else self.timeout, what="the SPARQL endpoint")
        return self._check(r)

    def _text(self, query: str, bindings: dict | None) -> str:
        return self._prologue(self.dialect.bind(query, bindings or {}))

    def _parse_results(self, body: bytes):
        import pyoxigraph as ox

        if self._dialect is not None:
            body = self._dialect.fix_results(body)
        try:
            return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError) as e:
            raise QueryError(f"the endpoint's answer is not SPARQL JSON results: {_first_line(str(e))}") from None

    def _parse_graph(self, r: Reply) -> list:
        """Triples of a CONSTRUCT/DESCRIBE answer, in whichever RDF syntax its Content-Type names."""
        import pyoxigraph as ox

        mime = r.headers.get("content-type", "").split(";")[0].strip().lower()
        fmt = ox.RdfFormat.from_media_type(mime) if mime else None
        fmt = fmt or ox.RdfFormat.N_TRIPLES
        try:
            return list(ox.parse(self.dialect.fix_graph(r.content), format=fmt))
        except (SyntaxError, ValueError) as e:
            raise QueryError(f"the endpoint's answer is not {fmt.name}: {_first_line(str(e))}") from None

    def _results(self, query: str, bindings: dict | None):
        text = self._text(query, bindings)
        return self._parse_results(self._post(text, RESULTS_MEDIA["json"]).content)

    def select(self, query: str, bindings: dict | None = None) -> list[dict]:
        res = self._results(query, bindings)
        names = [v.value for v in res.variables]
        return [{n: sol[n] for n in names if sol[n] is not None} for sol in res]

    def ask(self, query: str, bindings: dict | None = None) -> bool:
        return bool(self._results(query, bindings))

    def construct(self, query: str, bindings: dict | None = None) -> list:
        return self._parse_graph(self._post(self._text(query, bindings), self.dialect.graph_accept))

    def run(self, query: str, *, bindings: dict | None = None, limits: Limits | None = None, fmt: str = "json",
            graph_fmt: str = "turtle", base_iri: str | None = None, dataset: tuple | None = None) -> Answer:
        limits = limits or Limits()
        form = query_form(query)
        check_formats(form, fmt, graph_fmt)
        check_dataset(query, self.named_graphs(limits.timeout))
        text = self._text(query, bindings)
        if base_iri and base_iri.startswith(("http://", "https://")) and not re.search(r"[<>\s]", base_iri):
            text = f"BASE <{base_iri}> " + text  # never a file: IRI: a local path is not the endpoint's business
        import pyoxigraph as ox

        if form in ("CONSTRUCT", "DESCRIBE"):
            r = self._post(text, self.dialect.graph_accept, limits.timeout, dataset)
            triples = self._parse_graph(r)
            from .embedded import RDF

            kw = {"prefixes": self.output_prefixes} if graph_fmt in ("turtle", "trig") else {}
            return Answer(form, ox.serialize(triples, format=RDF[graph_fmt], **kw), graph_fmt)
        r = self._post(text, RESULTS_MEDIA["json"], limits.timeout, dataset)
        from .embedded import serialize

        return serialize(self._parse_results(r.content), form, fmt, graph_fmt, limits.max_rows, self.output_prefixes)

    def triple_count(self) -> int:
        graphs = self.named_graphs()
        if not graphs:
            return super().triple_count()
        rows = self.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return sum(int(r["n"].value) for r in rows)

    @property
    def meta(self) -> dict:
        """{"files": [{name, graph, triples}]}: gxkg's graphs there, each named as the Turtle file it was pushed
        from (`store push` names a file's graph after the file), as an embedded store's metadata lists them."""
        if self._meta is None:
            files = []
            if self.named_graphs():
                rows = self.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
                for r in sorted(rows, key=lambda r: r["g"].value):
                    g = r["g"].value
                    name = g[len(self.graph_base):] + ".ttl" if g.startswith(self.graph_base) else g
                    files.append({"name": name, "graph": g, "triples": int(r["n"].value)})
            self._meta = {"files": files}
        return self._meta

    def close(self) -> None:
        self.http.close()

    def dump(self, fmt: str, prefixes: dict | None = None) -> bytes:
        """Everything gxkg reads there; TriG and N-Quads keep each named graph."""
        import pyoxigraph as ox
        from .embedded import RDF

        if fmt in ("trig", "nquads") and self.named_graphs():
            rows = self.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
            quads = [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows]
            kw = {"prefixes": prefixes} if fmt == "trig" and prefixes else {}
            return ox.serialize(quads, format=RDF[fmt], **kw)
        triples = self.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        if fmt in ("trig", "nquads"):  # no named graphs to keep: the default graph's triples
            fmt = "turtle" if fmt == "trig" else "nt"
        kw = {"prefixes": prefixes} if fmt == "turtle" and prefixes else {}
        return ox.serialize(sorted(set(triples), key=str), format=RDF[fmt], **kw)


def push(gsp_url: str, files: list[Path], graph_of, replace: bool = False, timeout: float = 300.0) -> list[tuple[str, str, int]]:
    """Load each file into its own named graph (`?graph=IRI`) of a Graph Store HTTP Protocol service: POST
    adds to the graph, PUT (replace) replaces that graph only. Only a 2xx counts as loaded; anything else,
    a redirect too, stops with a one-line error. Returns (file name, graph IRI, status) per file."""
    from urllib.parse import quote

    if not gsp_url.startswith(("http://", "https://")):
        raise GxkgError(f"the graph store URL must be http(s), not {redact(gsp_url)!r}")
    url, creds = credentials(gsp_url)
    http = Http(creds.httpx_auth() if creds else None, cap=1 << 20,
                secrets=secrets_of(gsp_url) + (creds.secrets if creds else []))
    sep = "&" if "?" in url else "?"
    out = []
    try:
        for f in files:
            graph = graph_of(f)
            mime = "text/turtle" if Path(f).suffix == ".ttl" else "application/n-triples"
            r = http.request("PUT" if replace else "POST", f"{url}{sep}graph={quote(graph, safe='')}",
                             content=Path(f).read_bytes(), headers={"Content-Type": mime},
                             timeout=timeout, what="the graph store")
            if not 200 <= r.status_code < 300:
                hint = " (give credentials: GXKG_ENDPOINT_USER and GXKG_ENDPOINT_PASSWORD, or ~/.netrc)" \
                    if r.status_code == 401 and creds is None else ""
                raise GxkgError(f"the graph store answered {r.status_code} for {Path(f).name}: "
                                f"{http.redact(_first_line(r.text))}{hint}")
            out.append((Path(f).name, graph, r.status_code))
    finally:
        http.close()
    return out


def _first_line(text: str) -> str:
    line = (text or "").strip().splitlines()
    return line[0][:300] if line else "(no message)"
