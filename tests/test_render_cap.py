"""A neighbourhood view is capped (issue 19): `gxkg render --around X --depth N` and /explore?around= draw at
most the node limit, read only what they draw, and say how many more there are with a way to draw them."""

import json
import re

import pytest

from gxkg.cli import main


def page_nodes(html: str) -> list[dict]:
    data = re.search(r'<script type="application/json" id="gxkg-data">(.*?)</script>', html, re.S).group(1)
    return json.loads(data)["nodes"]


def more_text(html: str) -> str:
    m = re.search(r'<span id="more">(.*?)</span>', html)
    return re.sub(r"<[^>]+>", "", m.group(1)) if m else ""


def test_render_around_draws_at_most_the_node_limit_and_says_how_many_more(runner, tmp_path):
    out = tmp_path / "capped.html"
    r = runner.invoke(main, ["render", "--around", "百色市", "--depth", "2", "--node-limit", "20", "-o", str(out)])
    assert r.exit_code == 0, r.output
    html = out.read_text(encoding="utf-8")
    nodes = page_nodes(html)
    more = more_text(html)
    assert len(nodes) == 20 and "百色市" in [n["label"] for n in nodes]
    m = re.match(r"另有 (\d+)\+? 个节点未画出（第 (\d) 层，上限 20） · 用 --node-limit 画出更多", more)
    assert m and int(m.group(1)) > 0, more
    whole = tmp_path / "whole.html"
    assert runner.invoke(main, ["render", "--around", "百色市", "--depth", "2", "-o", str(whole)]).exit_code == 0
    whole_html = whole.read_text(encoding="utf-8")
    assert more_text(whole_html) == "" and len(page_nodes(whole_html)) > 20  # the default limit holds it all


def test_the_english_page_says_it_in_english(runner, tmp_path):
    out = tmp_path / "en.html"
    r = runner.invoke(main, ["render", "--around", "百色市", "--depth", "2", "--node-limit", "10", "--lang", "en",
                             "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert re.match(r"\d+\+? more not drawn \(at depth \d; limit 10\) · --node-limit draws more",
                    more_text(out.read_text(encoding="utf-8")))


def test_the_node_limit_option_is_the_servers_setting():
    import click

    from gxkg.settings import NODE_LIMIT, SERVE
    from gxkg.web.settings import Settings

    opt = {p.name: p for p in main.commands["render"].params}["node_limit"]
    assert NODE_LIMIT in SERVE and NODE_LIMIT.flag in opt.opts
    assert opt.get_default(click.Context(main.commands["render"])) == NODE_LIMIT.default == Settings().node_limit


@pytest.fixture(scope="module")
def client(kg):
    from starlette.testclient import TestClient

    from gxkg.web.app import create_app
    from gxkg.web.settings import Settings

    with TestClient(create_app(Settings(node_limit=20), kg=kg), base_url="http://127.0.0.1") as c:
        yield c


def test_explore_is_capped_and_links_to_more(client):
    r = client.get("/explore", params={"around": "百色市", "depth": "2"})
    assert r.status_code == 200
    assert len(page_nodes(r.text)) == 20
    link = re.search(r'<span id="more">.*?<a href="([^"]+)"', r.text).group(1).replace("&amp;", "&")
    assert "limit=40" in link and "显示更多" in r.text
    more = client.get(link)
    assert more.status_code == 200 and len(page_nodes(more.text)) > 20


@pytest.mark.parametrize("limit", ["0", "x", "100000"])
def test_explore_refuses_a_bad_limit_in_one_line(client, limit):
    r = client.get("/explore", params={"around": "百色市", "limit": limit})
    assert r.status_code == 400 and len(r.text.strip().splitlines()) == 1 and "limit" in r.text
