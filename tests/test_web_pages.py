"""The server's pages share one skeleton (issue 16, item 5): every page template extends base.html, which
holds the navigation once, and a new page is one view module, one template and one line in the registry."""

import re
from importlib import resources

import pytest

TEMPLATES = resources.files("gxkg.templates")
REVIEW_TEMPLATES = resources.files("gxkg.review") / "templates"


def template_text(name: str) -> str:
    return TEMPLATES.joinpath(name).read_text(encoding="utf-8")


def page_templates() -> list[str]:
    return sorted(p.name for p in TEMPLATES.iterdir() if p.name.endswith(".html") and p.name != "base.html")


def parent_of(env, name: str) -> str | None:
    """The template `name` extends (parsed by Jinja2, not searched for as text), or None."""
    from jinja2 import nodes

    source = env.loader.get_source(env, name)[0]
    extends = list(env.parse(source).find_all(nodes.Extends))
    return extends[0].template.value if extends else None


def test_every_template_extends_base_html():
    """Every template of the project (the server's pages, the review pages, `gxkg render`'s offline page) is
    base.html or extends it, directly or through a layout that does."""
    from jinja2 import ChoiceLoader, Environment, PackageLoader

    env = Environment(loader=ChoiceLoader([PackageLoader("gxkg.review", "templates"), PackageLoader("gxkg", "templates")]))
    names = [p.name for folder in (TEMPLATES, REVIEW_TEMPLATES) for p in folder.iterdir() if p.name.endswith(".html")]
    assert {"network.html", "ask.html", "review.html", "layout.html"} <= set(names)
    for name in names:
        chain = [name]
        while chain[-1] != "base.html":
            parent = parent_of(env, chain[-1])
            assert parent is not None and parent not in chain, f"{name} does not extend base.html: {chain}"
            chain.append(parent)


def test_the_navigation_is_in_base_html_once_and_every_page_template_extends_it():
    assert len(re.findall(r"<nav\b", template_text("base.html"))) == 1
    pages = page_templates()
    assert {"ask.html", "entity.html", "network.html", "ontology.html", "query.html", "results.html"} <= set(pages)
    for name in pages:
        text = template_text(name)
        assert text.startswith('{% extends "base.html" %}'), name
        assert "<nav" not in text and "<html" not in text and "<body" not in text, name


def test_the_offline_page_has_no_site_links_and_the_served_one_has_the_navigation(kg):
    """`gxkg render`'s file works offline: no link that needs the server; /explore's header shows the site's pages."""
    from gxkg.render import render_html

    offline = render_html(kg, around=kg.resolve("融安"))
    served = render_html(kg, around=kg.resolve("融安"), server=True, nav=[{"path": "/ontology", "label": "本体"}])
    assert "<nav" not in offline and 'href="/' not in offline
    assert nav_of(served) == ["/ontology"] and served.index("<header>") < served.index("<nav") < served.index("</header>")


def test_every_template_a_view_renders_is_a_page_template_or_the_standalone_one():
    from pathlib import Path

    import gxkg.web.views as views

    used = set()
    for f in Path(views.__file__).parent.glob("*.py"):
        used |= set(re.findall(r'"(\w+\.html)"', f.read_text(encoding="utf-8")))
    assert used and used <= set(page_templates()), used - set(page_templates())


@pytest.fixture(scope="module")
def tiny_app(mini):
    """The registered pages plus one new page: a view, a template extending the base, one route line."""
    from starlette.responses import HTMLResponse
    from starlette.testclient import TestClient

    from gxkg.web.app import create_app
    from gxkg.web.routes import ROUTES, Page
    from gxkg.web.settings import Settings

    async def tiny(request):
        site = request.app.state.site
        template = site.env.from_string('{% extends "base.html" %}{% block title %}Tiny{% endblock %}'
                                        '{% block content %}<p id="tiny">{{ label(iri) }}</p>{% endblock %}')
        return HTMLResponse(template.render(iri="https://w3id.org/gxkg/resource/test/county"))

    app = create_app(Settings(query_workers=1), kg=mini, routes=[*ROUTES, Page("/tiny", tiny, nav="小 / Tiny")])
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield c


def nav_of(html: str) -> list[str]:
    navs = re.findall(r"<nav\b.*?</nav>", html, re.S)
    assert len(navs) == 1, html[:500]
    return re.findall(r'href="([^"]+)"', navs[0])


def test_a_new_page_registered_with_one_line_gets_the_base_navigation(tiny_app):
    r = tiny_app.get("/tiny")
    assert r.status_code == 200 and '<p id="tiny">丙县</p>' in r.text and "<title>Tiny · gxkg</title>" in r.text
    assert nav_of(r.text) == ["/", "/explore", "/ontology", "/tiny"]


@pytest.mark.parametrize("path, params", [("/", {}), ("/ontology", {}), ("/resource/test/county", {}), ("/explore", {}),
                                          ("/sparql", {"query": "SELECT ?s WHERE { ?s a gxo:County }", "format": "html"}),
                                          ("/ask", {"q": "丙县在哪里？"})])
def test_every_page_shows_the_one_navigation_with_the_registered_pages(tiny_app, path, params):
    r = tiny_app.get(path, params=params)
    assert r.status_code in (200, 422) and r.headers["content-type"].startswith("text/html"), (r.status_code, r.text[:300])
    assert nav_of(r.text) == ["/", "/explore", "/ontology", "/tiny"]
    assert r.headers["x-content-type-options"] == "nosniff" and "frame-ancestors 'self'" in r.headers["content-security-policy"]
