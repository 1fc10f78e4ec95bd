"""Guards every request passes: the Host and Origin it comes from, the size and charset of its body, the IRIs
it names; and the headers every page is sent with. Errors are one plain-text line."""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

# Sent with every HTML page: scripts and styles only inline or from this server; no framing by other sites.
CSP = {"Content-Security-Policy": "default-src 'self'; script-src 'self' 'unsafe-inline'; "
                                  "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; "
                                  "base-uri 'none'; form-action 'self'",
       "X-Content-Type-Options": "nosniff"}
TEXT_CHARSETS = {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "ascii", "iso8859-1", "iso8859-15", "cp1252",
                 "gb2312", "gbk", "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr"}


def error(status: int, message: str, headers: dict | None = None) -> Response:
    """A one-line plain-text error body."""
    line = " ".join(str(message).split())
    return PlainTextResponse(f"{status} {line}\n", status, headers=headers)


class OriginGuard:
    """Refuses cross-origin requests (a foreign Origin header, or a cross-site non-navigation fetch) unless
    --cors names that origin: a web page the user visits cannot drive the local endpoint."""

    def __init__(self, app, allowed: list[str]):
        self.app, self.allowed = app, allowed

    def refused(self, scope) -> bool:
        """Whether this request comes from an origin the server does not serve."""
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        origin = headers.get("origin")
        host = headers.get("host", "")
        own = {f"http://{host}", f"https://{host}"}
        anyone = "*" in self.allowed
        bad = origin and origin != "null" and origin not in own and origin not in self.allowed and not anyone
        bad = bad or origin == "null" and scope["method"] != "GET" and not anyone
        cross_site_fetch = headers.get("sec-fetch-site") == "cross-site" and headers.get("sec-fetch-mode") != "navigate"
        return bool(bad or cross_site_fetch and not self.allowed)

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and self.refused(scope):
            await PlainTextResponse("403 cross-origin requests are refused (start the server with --cors ORIGIN to allow one)\n",
                                    403)(scope, receive, send)
            return
        await self.app(scope, receive, send)


class BodyTooLarge(Exception):
    pass


async def read_body(request: Request, cap: int) -> bytes:
    """The request body, refused (413) past cap bytes, whether or not it declares its length."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise BodyTooLarge()
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > cap:
            raise BodyTooLarge()
    return bytes(body)


def charset_of(content_type: str) -> str | None:
    """The request body's character set (UTF-8 when none is named); None for one that is not a text encoding
    this endpoint reads (idna, rot13, base64 ... are codecs, not charsets)."""
    import codecs

    m = re.search(r"charset=\"?([\w.:-]{1,40})", content_type or "", re.I)
    if not m:
        return "utf-8"
    try:
        name = codecs.lookup(m.group(1)).name
    except LookupError:
        return None
    return name if name in TEXT_CHARSETS else None


def iri_error(iri: str) -> str | None:
    """Why `iri` is no IRI (a character IRIs do not allow, a bad %-escape, over 2,000 characters), or None."""
    import pyoxigraph as ox

    if len(iri) > 2000:
        return "IRI over 2,000 characters"
    try:
        ox.NamedNode(iri)
    except (ValueError, UnicodeError) as e:
        return str(e)
    return None
