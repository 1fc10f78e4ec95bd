"""The home page: the SPARQL query editor with the saved queries as examples (query.html)."""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.responses import Response

from ...errors import GxkgError
from ...namespaces import PREFIX_MAP
from ...output import script_json
from ...queries import convert_param, saved_queries


def example_text(kg, sq) -> str:
    """A saved query as standalone SPARQL: parameter defaults become a VALUES block at the top of WHERE."""
    text = "\n".join(line for line in sq.text.splitlines() if not line.startswith("# param:"))
    values = [f"  VALUES ?{p.name} {{ {convert_param(kg, p, p.default)} }}  # {p.help}" for p in sq.params if p.default]
    if values:
        m = re.search(r"WHERE\s*\{", text, re.I)
        if m:
            text = text[:m.end()] + "\n" + "\n".join(values) + text[m.end():]
    return text


def render(site) -> str:
    """The page (the same for every request: rendered once per server)."""
    examples = []
    for q in saved_queries().values():
        try:
            text = example_text(site.kg, q)
        except GxkgError:
            continue
        examples.append({"name": q.name, "description": q.description, "text": text})
    return site.render("query.html", examples=examples, examples_json=script_json(examples), prefixes=PREFIX_MAP,
                       timeout=site.settings.timeout, max_rows=site.settings.max_rows)


async def view(request: Request) -> Response:
    site = request.app.state.site
    return site.html(site.once("home.page", lambda: render(site)))


async def favicon(request: Request) -> Response:
    return Response(status_code=204)
