"""The rendered page in headless Chromium (Debian's package, driven by Playwright), opened from disk.

Real mouse clicks, double-clicks and hovers on node and edge positions; no request may leave the page.
"""

import shutil

import pytest

from conftest import DATA, FIXTURES, gxr

from chromium import ARGS, CHROMIUM, sync_api  # skips this module where chromium is missing

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def render_to(tmp_path, name, *args, data=None):
    from click.testing import CliRunner

    from gxkg.cli import main
    out = tmp_path / name
    pre = ["--data", str(data)] if data else []
    r = CliRunner().invoke(main, [*pre, "render", "-o", str(out), *args])
    assert r.exit_code == 0, r.output
    return out


class Page:
    """A page opened from disk that records every request, console error and dialog."""

    def __init__(self, browser, path, bypass_csp=True):
        self.ctx = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=bypass_csp)
        self.requests, self.errors, self.dialogs = [], [], []
        self.ctx.route("**/*", self._route)
        self.page = self.ctx.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-stable=true]", state="attached", timeout=60000)

    def _route(self, route):
        url = route.request.url
        if url.startswith("file:") or url.startswith("data:"):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def js(self, expr, arg=None):
        return self.page.evaluate(expr, arg)

    def node_id(self, iri):
        return self.js("iri => window.gxkg.data.nodes.find(n => n.iri === iri).id", iri)

    def visible_ids(self):
        return set(self.js("window.gxkg.network.body.nodeIndices.slice()"))

    def point(self, node_id):
        """Page coordinates of a node's centre."""
        return self.js("""id => { const n = window.gxkg.network; const p = n.getPositions([id])[id];
                          const d = n.canvasToDOM(p); const r = document.getElementById('network').getBoundingClientRect();
                          return [r.left + d.x, r.top + d.y]; }""", node_id)

    def focus(self, node_id):
        self.js("id => window.gxkg.network.focus(id, {scale: 1.2, animation: false})", node_id)
        self.page.wait_for_timeout(50)

    def close(self):
        self.ctx.close()


@pytest.fixture(scope="module")
def full_page(browser, tmp_path_factory):
    path = render_to(tmp_path_factory.mktemp("page"), "full.html")
    p = Page(browser, path)
    yield p
    p.close()


def test_all_nodes_drawn_and_no_requests(full_page, kg):
    """The whole graph is drawn with counties grouped under their 14 prefectures (a group opens on demand)."""
    drawn = full_page.visible_ids()
    groups = full_page.js("() => [...window.gxkg.groups.entries()].map(([k, v]) => [k, v.length])")
    assert len(groups) == 14 and sum(n for _, n in groups) == 111
    assert len([i for i in drawn if isinstance(i, int)]) + 111 == len(kg.entities)
    assert "grouped" in full_page.page.text_content("#edge-info") or "分为" in full_page.page.text_content("#edge-info")
    assert full_page.js("window.gxkg.edges.length") == len(kg.relations)
    assert full_page.requests == []
    assert full_page.errors == []


@pytest.mark.parametrize("query, iri", [
    ("Liuzhou snail rice noodles", "product/liuzhou-luosifen"), ("廣西", "place/450000"), ("南寧", "place/450100"),
    ("柳州螺螄粉", "product/liuzhou-luosifen"), ("13th five-year plan", "policy/guangxi-ecommerce-13th-five-year-plan"),
    ("Guangxi Commerce Department", "org/guangxi-commerce-department"), ("mango", "product/baise-mango"),
])
def test_page_search_matches_like_the_cli(full_page, kg, query, iri):
    """What `gxkg search` finds first, the page's search finds first."""
    assert kg.search(query)[0].iri == gxr(iri)
    first = full_page.js(f"() => {{ const s = document.getElementById('search'); s.value = {query!r};"
                         "s.dispatchEvent(new Event('input')); const b = document.querySelector('#results button');"
                         "return b ? b.textContent : null; }")
    assert first and first.startswith(kg.label(gxr(iri)))


@pytest.mark.parametrize("query", ["baise mangguo", "百色芒果", "Baise mango"])
def test_search_centres_and_highlights(full_page, query):
    pg = full_page.page
    pg.fill("#search", query)
    pg.keyboard.press("Enter")
    mango = full_page.node_id(gxr("product/baise-mango"))
    assert full_page.js("window.gxkg.network.getSelectedNodes()") == [mango]
    assert pg.text_content("#panel h2") == "百色芒果"
    # centred: the node sits in the middle of the canvas
    x, y = full_page.point(mango)
    box = pg.locator("#network").bounding_box()
    assert abs(x - (box["x"] + box["width"] / 2)) < 5 and abs(y - (box["y"] + box["height"] / 2)) < 5


def test_click_fills_panel_with_figures_evidence_and_chart(full_page):
    pg = full_page.page
    gx = full_page.node_id(gxr("place/450000"))
    full_page.focus(gx)
    x, y = full_page.point(gx)
    pg.mouse.click(x, y)
    assert pg.text_content("#panel h2") == "广西壮族自治区"
    figures = pg.text_content("#panel table.figures")
    for text in ("1266亿元", "7056亿元", "4220亿元", "53.3%", "截至2018-07（累计）", "超过"):
        assert text in figures
    # e-commerce volume: 2013 and 2017 are bars; 2018 1-7月 is a separate, labelled mark, not a third bar
    assert pg.locator("#panel .chart svg rect.full").count() == 2
    assert pg.locator("#panel .chart svg circle.partial").count() == 1
    chart_text = pg.text_content("#panel .chart")
    assert "1266亿元" in chart_text and "7056亿元" in chart_text and "4220亿元" in chart_text and "部分时段" in chart_text
    tip = pg.text_content("#panel .chart svg rect.full title")
    assert "126600000000" in tip and "广西电商新跨越" in tip  # the exact base value and the source on hover
    links = pg.locator("#panel blockquote a")
    assert links.first.get_attribute("href") == "http://gx.sina.com.cn/news/dianshang/2018-08-20/detail-ihhxaafy9585433.shtml"
    assert "广西电子商务交易额从2013年的1266亿元增长到2017年的7056亿元" in pg.text_content("#panel")
    assert pg.locator("#panel ul.neighbors li").count() > 10


def test_neighbour_link_moves_the_panel(full_page):
    pg = full_page.page
    full_page.js("id => window.gxkg.reveal(id)", full_page.node_id(gxr("product/liuzhou-luosifen")))
    pg.locator("#panel ul.neighbors button", has_text="广西米粉").click()
    assert pg.text_content("#panel h2") == "广西米粉"


def test_class_filter_hides_that_class(full_page, kg):
    pg = full_page.page
    full_page.js("() => window.gxkg.ungroupAll()")
    before = len(full_page.visible_ids())
    pg.locator('#filters input[data-cls="County"]').uncheck()
    after = full_page.visible_ids()
    counties = set(full_page.js("window.gxkg.data.nodes.filter(n => n.cls === 'County').map(n => n.id)"))
    assert len(counties) == 111
    assert before - len(after) == 111 and not (after & counties)
    pg.locator('#filters input[data-cls="County"]').check()
    assert len(full_page.visible_ids()) == before


def test_physics_stops_once_stable(full_page):
    assert full_page.js("window.gxkg.network.physics.options.enabled") is False
    assert full_page.js("window.gxkg.stableMs") > 0


@pytest.fixture
def around_page(browser, tmp_path):
    p = Page(browser, render_to(tmp_path, "around.html", "--around", "融安"))
    yield p
    p.close()


def test_double_click_expands_and_collapses_and_reset(around_page):
    p = around_page
    start = p.visible_ids()
    assert len(start) == 4
    liuzhou = p.node_id(gxr("place/450200"))
    p.focus(liuzhou)
    x, y = p.point(liuzhou)
    p.page.mouse.dblclick(x, y)
    grown = p.visible_ids()
    assert start < grown and p.node_id(gxr("product/liuzhou-luosifen")) in grown
    assert p.node_id(gxr("place/450000")) in grown
    p.focus(liuzhou)
    x, y = p.point(liuzhou)
    p.page.mouse.dblclick(x, y)
    assert p.visible_ids() == start
    fits = p.js("() => window.gxkg.fits")
    p.focus(liuzhou)  # the view refits after expand and collapse, so find the node again
    x, y = p.point(liuzhou)
    p.page.mouse.dblclick(x, y)
    assert p.visible_ids() > start
    assert p.js("() => window.gxkg.fits") > fits  # refitted after the expansion
    p.page.click("#reset")
    assert p.visible_ids() == start


def test_hover_edge_shows_relation_and_sentence(around_page):
    p = around_page
    ra, lz = p.node_id(gxr("place/450224")), p.node_id(gxr("place/450200"))
    x, y = p.js("""([a, b]) => { const n = window.gxkg.network;
        const id = window.gxkg.data.edges.findIndex(e => e.from === a && e.to === b);
        const c = n.body.edges[id].edgeType.getPoint(0.5); const d = n.canvasToDOM(c);
        const r = document.getElementById('network').getBoundingClientRect(); return [r.left + d.x, r.top + d.y]; }""", [ra, lz])
    p.page.mouse.move(5, 5)
    p.page.mouse.move(x, y, steps=5)
    p.page.wait_for_function("document.getElementById('edge-info').textContent.length > 0", timeout=5000)
    info = p.page.text_content("#edge-info")
    assert "融安县 —位于→ 柳州市" in info and "450224000000,融安县,county" in info


def test_hostile_labels_run_nothing(browser, tmp_path):
    path = render_to(tmp_path, "xss.html", "--title", "<img src=q onerror=alert(0)>", data=FIXTURES / "xss")
    p = Page(browser, path)
    try:
        evil = p.node_id(gxr("test/evil"))
        p.js("id => window.gxkg.reveal(id)", evil)
        p.page.fill("#search", "<img")
        p.page.wait_for_timeout(100)
        assert p.page.text_content("#panel h2") == "<img src=x onerror=alert(1)>"
        assert "<script>alert(4)</script> 引文" in p.page.text_content("#panel")
        assert p.page.locator("#panel img, #panel script, #results img").count() == 0
        assert p.page.locator("#panel a[href^='javascript']").count() == 0
        assert p.page.title() == "<img src=q onerror=alert(0)>"
        p.page.mouse.move(10, 10)
        assert p.dialogs == [] and p.errors == [] and p.requests == []
    finally:
        p.close()


def test_page_works_under_its_content_security_policy(browser, tmp_path):
    """Without bypassing the page's CSP: it still draws, and nothing is blocked or fetched."""
    p = Page(browser, render_to(tmp_path, "csp.html"), bypass_csp=False)
    try:
        assert p.page.get_attribute("body", "data-stable") == "true"
        p.page.fill("#search", "liuzhou luosifen")
        p.page.keyboard.press("Enter")
        assert p.page.text_content("#panel h2") == "柳州螺蛳粉"
        assert p.errors == [] and p.requests == []
    finally:
        p.close()


def test_query_page_runs_an_example_and_labels_results(browser, tmp_path):
    from test_server import Server

    s = Server(cache=tmp_path)
    ctx = browser.new_context(viewport={"width": 1200, "height": 900}, bypass_csp=True)
    try:
        page = ctx.new_page()
        errors = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(s.base + "/")
        page.select_option("#examples", label="rural-ecommerce-platforms")
        assert "VALUES ?place" in page.input_value("#query")
        assert page.locator("#hl span.kw").count() > 0  # highlighted
        page.click("#run")
        page.wait_for_function("document.querySelector('#out table a') && "
                               "document.querySelector('#out table a').textContent.includes('(gxr:')", timeout=10000)
        cells = page.locator("#out table a").all_text_contents()
        assert "阿里巴巴 (gxr:org/alibaba)" in cells
        assert page.locator("#out table a").first.get_attribute("href").startswith("/resource/org/")
        assert "format=csv" in page.get_attribute("#csv", "href")
        page.fill("#query", "SELECT * WHERE { ?s ?p }")
        page.click("#run")
        page.wait_for_selector("#out .err")
        assert "syntax error" in page.text_content("#out .err")
        assert [e for e in errors if "400" not in e] == []
    finally:
        ctx.close()
        s.stop()



def test_legend_counts_say_what_is_visible(around_page):
    p = around_page
    counts = p.js("""() => Object.fromEntries([...document.querySelectorAll('#filters [data-count]')]
                     .map(s => [s.dataset.count, s.textContent]))""")
    # 融安's neighbourhood carries 10 counties (the depth-2 ring, hidden) and shows 融安 itself
    assert counts["County"] == "县级行政区 (1/10)" and counts["Prefecture"] == "地级行政区 (1/1)"


def test_map_marks_places_and_links_both_ways(full_page):
    """Every county-level unit is an area on the (schematic) map; selecting and clicking link both ways."""
    p = full_page
    p.js("() => window.gxkg.setView('map')")
    assert p.js("() => document.querySelectorAll('#map polygon.area[data-iri]').length") == 111
    assert p.js("() => document.querySelectorAll('#map path.borders').length") == 1
    assert "示意" in p.page.text_content("#map-title") and "不是真实边界" in p.page.text_content("#map-note")
    # selecting a product in the network highlights its place on the map
    mango = p.node_id(gxr("product/baise-mango"))
    p.js(f"() => window.gxkg.reveal({mango})")
    assert gxr("place/451000") in p.page.get_attribute("#map", "data-highlighted").split()
    # clicking an area selects it in the network and opens its panel
    p.page.click(f'#map polygon[data-iri="{gxr("place/450224")}"]', force=True)
    assert p.page.text_content("#panel h2") == "融安县"
    assert p.js("() => window.gxkg.network.getSelectedNodes()") == [p.node_id(gxr("place/450224"))]
    p.js("() => window.gxkg.setView('network')")


def test_chinese_labels_render_as_glyphs_not_boxes(browser, tmp_path):
    """With no CJK font every Chinese character is the same box: two different characters drawn in the
    page's font must differ."""
    page = Page(browser, render_to(tmp_path, "glyphs.html", "--around", "融安"))
    try:
        same = page.js("""() => {
            const font = getComputedStyle(document.body).fontFamily;
            const draw = ch => { const c = document.createElement('canvas'); c.width = c.height = 40;
                const g = c.getContext('2d'); g.font = '32px ' + font; g.fillText(ch, 2, 32);
                return Array.from(g.getImageData(0, 0, 40, 40).data).join(','); };
            return [draw('广') === draw('西'), draw('广') === draw(String.fromCodePoint(0x10FFFD))]; }""")
        assert same == [False, False]
    finally:
        page.close()


def test_phone_width_puts_the_panel_in_a_drawer(browser, tmp_path):
    out = render_to(tmp_path, "phone.html", "--around", "融安")
    ctx = browser.new_context(viewport={"width": 390, "height": 844})
    pg = ctx.new_page()
    try:
        pg.goto(out.as_uri())
        pg.wait_for_selector("body[data-stable=true]", state="attached", timeout=60000)
        net = pg.eval_on_selector("#network", "e => e.getBoundingClientRect().width")
        assert net >= 380  # the network takes the whole width
        assert pg.eval_on_selector("#legend", "e => getComputedStyle(e).display") == "none"
        before = pg.evaluate("() => document.body.dataset.drawer || ''")
        pg.click("#drawer-toggle")
        after = pg.evaluate("() => document.body.dataset.drawer || ''")
        assert {before, after} == {"", "open"}
        if after != "open":
            pg.click("#drawer-toggle")
        pg.wait_for_timeout(300)  # the drawer slides up
        top = pg.eval_on_selector("#panel", "e => e.getBoundingClientRect().top")
        assert top < 844 * 0.7
        pg.screenshot(path=str(tmp_path / "phone.png"))
    finally:
        ctx.close()


def test_year_control_and_render_year_give_the_same_cut(browser, kg, tmp_path):
    """2017: the 2018 forum and the documents issued later are hidden; 广西's 2017 figures stay, its
    2013 and 2018 ones go; undated entities stay visible and say so."""
    forum = gxr("event/china-asean-info-port-ecommerce-forum-2018")
    reply = gxr("policy/state-council-22-cities-cbec-pilot-zones-reply")
    full = Page(browser, render_to(tmp_path, "all.html"))
    cut = Page(browser, render_to(tmp_path, "y2017.html", "--year", "2017"))
    try:
        assert full.node_id(forum) in full.visible_ids() and full.node_id(reply) in full.visible_ids()
        full.page.select_option("#time", "2017")
        by_control = full.visible_ids()
        assert full.node_id(forum) not in by_control and full.node_id(reply) not in by_control
        assert full.node_id(gxr("product/baise-mango")) in by_control  # undated: stays
        assert cut.visible_ids() == by_control  # the file gives the same cut
        gx = cut.node_id(gxr("place/450000"))
        cut.js(f"() => window.gxkg.reveal({gx})")
        figures = cut.page.text_content("#panel table.figures")
        assert "7056亿元" in figures and "1266亿元" not in figures and "4220亿元" not in figures
        assert "no date" in cut.page.text_content("#panel .time-note") or "无日期" in cut.page.text_content("#panel .time-note")
        full.page.select_option("#time", "")
        assert full.node_id(forum) in full.visible_ids()
    finally:
        full.close()
        cut.close()


def test_render_as_of(browser, tmp_path):
    page = Page(browser, render_to(tmp_path, "asof.html", "--as-of", "2018-08-31"))
    try:
        forum = page.node_id(gxr("event/china-asean-info-port-ecommerce-forum-2018"))
        reply = page.node_id(gxr("policy/state-council-22-cities-cbec-pilot-zones-reply"))
        visible = page.visible_ids()
        assert forum not in visible and reply in visible  # the forum is on 2018-09-13; the reply came out in 2018-08
    finally:
        page.close()


@pytest.mark.parametrize("around", ["凭祥", "百色市", "广西"])
def test_neighbourhood_labels_do_not_overlap_at_the_first_view(browser, tmp_path, around):
    page = Page(browser, render_to(tmp_path, f"hood-{around}.html", "--around", around))
    try:
        assert page.js("() => window.gxkg.overlaps()") == 0
        # fitted: every visible node is inside the canvas
        inside = page.js("""() => { const n = window.gxkg.network, box = document.getElementById('network').getBoundingClientRect();
            return Object.values(n.getPositions()).every(p => { const d = n.canvasToDOM(p);
              return d.x >= 0 && d.y >= 0 && d.x <= box.width && d.y <= box.height; }); }""")
        assert inside
    finally:
        page.close()


def test_map_lists_only_layers_with_two_places(full_page):
    """The shipped graph's province-only indicators are not offered (one value cannot colour a map); the model
    two border cities adopted is, and colours exactly those two areas."""
    pg = full_page.page
    full_page.js("() => window.gxkg.setView('map')")
    options = pg.eval_on_selector_all("#map-layer option", "os => os.map(o => o.value)")
    assert options[0] == "" and all(not o.startswith("indicator:") for o in options)
    key = "model:" + gxr("model/border-trade-cross-border-ecommerce")
    pg.select_option("#map-layer", key)
    coloured = pg.eval_on_selector_all("#map polygon[data-value]", "cs => cs.map(c => c.dataset.iri).sort()")
    assert coloured == [gxr("place/450681"), gxr("place/451481")]
    assert "互市贸易" in pg.text_content("#map-legend")
    pg.select_option("#map-layer", "")
    assert pg.locator("#map polygon[data-value]").count() == 0
    full_page.js("() => window.gxkg.setView('network')")


def test_phone_size_search_map_and_year(browser, tmp_path):
    """At 390 px: the page's search opens the drawer on the details (not the map) without covering the
    selected node; the map view and the year control work."""
    out = render_to(tmp_path, "phone-full.html")
    ctx = browser.new_context(viewport={"width": 390, "height": 844})
    pg = ctx.new_page()
    try:
        pg.goto(out.as_uri())
        pg.wait_for_selector("body[data-stable=true]", state="attached", timeout=60000)
        pg.fill("#search", "mango")
        pg.keyboard.press("Enter")
        assert pg.text_content("#panel h2") == "百色芒果" and pg.evaluate("() => document.body.dataset.drawer") == "open"
        pg.wait_for_timeout(300)  # the drawer slides up
        first = pg.evaluate("() => document.querySelector('#panel-body').firstElementChild.tagName")
        assert first == "H2" and pg.locator("#panel #map").count() == 0  # details first, no map in the drawer
        mango = pg.evaluate(f"() => window.gxkg.data.nodes.find(n => n.iri === '{gxr('product/baise-mango')}').id")
        y = pg.evaluate("""id => { const n = window.gxkg.network; const d = n.canvasToDOM(n.getPositions([id])[id]);
                           return document.getElementById('network').getBoundingClientRect().top + d.y; }""", mango)
        top = pg.eval_on_selector("#panel", "e => e.getBoundingClientRect().top")
        assert 0 < y < top - 10  # the selected node is above the drawer
        pg.click("#tab-map")
        assert gxr("place/451000") in pg.get_attribute("#map", "data-highlighted").split()
        assert pg.locator("#map polygon.area").count() == 111
        assert pg.eval_on_selector("#map svg", "e => e.getBoundingClientRect().width") >= 370
        pg.select_option("#time", "2017")
        assert pg.evaluate("() => document.body.dataset.time") == "2017-2017"
    finally:
        ctx.close()


# ------------------------------------------------------------------ issue 22: pictures an analyst can read
def test_whole_graph_labels_are_readable_and_never_overlap(full_page):
    """At the whole-graph zoom the most connected nodes carry labels of at least 11 px that never overlap; zooming
    in shows more; the "most connected" list beside the view leads with 广西."""
    p = full_page
    p.js("() => { window.gxkg.network.unselectAll(); document.getElementById('reset').click(); }")
    p.page.wait_for_timeout(100)
    labels = p.js("() => window.gxkg.labels")
    assert len(labels) >= 20
    assert min(b["px"] for b in labels) >= 11 and p.js("() => window.gxkg.overlaps()") == 0
    assert "广西壮族自治区" in [b["text"] for b in labels]
    before = len(labels)
    gx = p.node_id(gxr("place/450000"))
    p.js(f"() => window.gxkg.network.moveTo({{position: window.gxkg.network.getPositions([{gx}])[{gx}], scale: window.gxkg.network.getScale() * 3, animation: false}})")
    p.page.wait_for_timeout(100)
    zoomed = p.js("() => window.gxkg.labels")
    assert p.js("() => window.gxkg.overlaps()") == 0 and min(b["px"] for b in zoomed) >= 11
    near = {b["text"] for b in zoomed} - {b["text"] for b in labels}
    assert near  # zooming in makes room for labels the whole view had no room for
    top = p.page.locator("#top-list li").all_text_contents()
    assert len(top) == 10 and top[0].startswith("广西壮族自治区")
    p.page.locator("#top-list button").nth(1).click()
    assert p.page.text_content("#panel h2") == top[1].rsplit(" (", 1)[0]
    assert before > 0


def test_switch_hides_administrative_links(full_page):
    p = full_page
    rongan = p.node_id(gxr("place/450224"))
    p.js(f"() => window.gxkg.reveal({rongan})")
    assert "位于" in p.page.text_content("#panel ul.neighbors")
    p.page.check("#no-admin")
    try:
        hidden = p.js("() => window.gxkg.edges.get().filter(e => e.hidden).length")
        assert hidden == p.js("() => window.gxkg.data.edges.filter(e => e.p === 'gxo:locatedIn').length") > 100
        text = p.page.text_content("#panel ul.neighbors")
        assert "位于" not in text and "融安金桔" in text
    finally:
        p.page.uncheck("#no-admin")
    assert p.js("() => window.gxkg.edges.get().filter(e => e.hidden).length") == 0


def test_year_keeps_undated_figures_apart(full_page):
    """With 2013 chosen, 广西's figures that state no date (47 demonstration counties, 70% coverage, 12万 jobs) are
    not listed as 2013's: they stay in their own "date not stated" table."""
    p = full_page
    p.page.select_option("#time", "2013")
    try:
        p.js(f"() => window.gxkg.reveal({p.node_id(gxr('place/450000'))})")
        dated = p.page.text_content("#panel table.figures")
        undated = p.page.text_content("#panel table.figures-undated")
        assert "1266亿元" in dated and "7056亿元" not in dated
        for text in ("47个", "70", "12万"):
            assert text not in dated and text in undated
        assert "未注明日期" in p.page.text_content("#panel")
    finally:
        p.page.select_option("#time", "")
    assert p.page.locator("#panel table.figures-undated").count() == 0


def test_map_names_and_legend(full_page):
    p = full_page
    p.js("() => window.gxkg.setView('map')")
    p.page.select_option("#map-layer", "")
    try:
        names = p.page.locator("#map text").all_text_contents()
        assert len(names) == 14 and "柳州市" in names  # prefecture names at the whole-map zoom
        assert float(p.page.get_attribute("#map", "data-font-px")) >= 11
        p.page.click("#map-zoom-in")
        p.page.click("#map-zoom-in")
        names = p.page.locator("#map text").all_text_contents()
        assert len(names) > 14 and any(n.endswith("县") for n in names)  # county names once zoomed in
        assert float(p.page.get_attribute("#map", "data-font-px")) >= 11
        boxes = p.js("() => [...document.querySelectorAll('#map text')].map(t => { const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })")
        assert not any(a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1
                       for i, a in enumerate(boxes) for b in boxes[i + 1:])
        assert "县级行政区" in p.page.text_content("#map-legend")
        hover = p.page.get_attribute(f'#map polygon[data-iri="{gxr("place/450224")}"]', "data-iri")
        assert hover and "融安县 · 柳州市" == p.js(f"() => document.querySelector('#map polygon[data-iri=\"{gxr('place/450224')}\"] title').textContent")
    finally:
        p.js("() => { window.gxkg.mapZoom(1); window.gxkg.setView('network'); }")


@pytest.fixture(scope="module")
def county_page(browser, tmp_path_factory):
    """The shipped graph plus tests/fixtures/countyfacts: a designation and an indicator for several counties."""
    from conftest import ROOT
    d = tmp_path_factory.mktemp("countydata")
    for sub in ("ontology", "graph", "sources"):
        shutil.copytree(DATA / sub, d / sub)
    shutil.copy(FIXTURES / "countyfacts" / "county-facts.ttl", d / "graph")
    p = Page(browser, render_to(d, "county.html", data=d))
    p.data = d
    yield p
    p.close()


def test_choropleth_by_designation_and_indicator(county_page):
    p = county_page
    pg = p.page
    p.js("() => window.gxkg.setView('map')")
    pg.select_option("#map-layer", "designation:" + gxr("designation/national-rural-ecommerce-demonstration-county"))
    coloured = pg.eval_on_selector_all("#map polygon[data-value]", "cs => cs.map(c => c.dataset.iri).sort()")
    assert coloured == [gxr("place/450224"), gxr("place/451022"), gxr("place/451481")]
    tip = p.js(f"() => document.querySelector('#map polygon[data-iri=\"{gxr('place/451022')}\"] title').textContent")
    assert "国家电子商务进农村综合示范县" in tip and "县域电商测试报告甲 (2019-06-01)" in tip
    pg.select_option("#map-layer", "indicator:" + gxr("indicator/test-county-online-retail"))
    fills = p.js("() => Object.fromEntries([...document.querySelectorAll('#map polygon[data-value]')].map(c => [c.dataset.iri.slice(-6), c.style.fill]))")
    assert set(fills) == {"450224", "451022", "451481", "450681"}
    assert len({fills["451481"], fills["451022"]}) == 2  # 12亿 and 3亿 in different steps
    legend = pg.text_content("#map-legend")
    assert "3亿" in legend and "12亿" in legend
    tip = p.js(f"() => document.querySelector('#map polygon[data-iri=\"{gxr('place/450224')}\"] title').textContent")
    assert "5亿元 · 2018年 · 来源：县域电商测试报告甲" in tip and "4亿元 · 2017年 · 来源：县域电商测试报告乙" in tip
    # under 2018: 东兴's undated value is shown apart, 田东's 2019 value not at all
    pg.select_option("#time", "2018")
    try:
        assert pg.get_attribute(f'#map polygon[data-iri="{gxr("place/450681")}"]', "data-undated") == "true"
        assert pg.get_attribute(f'#map polygon[data-iri="{gxr("place/451022")}"]', "data-value") is None
        assert "未注明日期" in pg.text_content("#map-legend")
    finally:
        pg.select_option("#time", "")
        p.js("() => window.gxkg.setView('network')")


def test_chart_across_sources_names_each_points_source(county_page):
    p = county_page
    p.js(f"() => window.gxkg.reveal({p.node_id(gxr('place/450224'))})")
    box = p.page.locator("#panel .chart").first
    assert "县域网络零售额" in box.text_content()
    assert box.locator("text.point-label").all_text_contents() == ["4亿元 [1]", "5亿元 [2]"]
    assert box.locator(".chart-sources li").all_text_contents() == ["县域电商测试报告乙", "县域电商测试报告甲"]


def _download(page, selector):
    with page.expect_download() as d:
        page.click(selector)
    return d.value


def test_export_buttons_write_png_and_svg_with_caption(county_page, tmp_path):
    import struct
    import xml.etree.ElementTree as ET

    p = county_page
    pg = p.page
    pg.wait_for_selector("body[data-stable=true]", state="attached", timeout=60000)
    pg.click("#reset")  # the whole graph: the export shows the view as it is on screen
    pg.select_option("#time", "2018")
    try:
        for view in ("network", "map"):
            p.js(f"() => window.gxkg.setView('{view}')")
            svg = _download(pg, "#export-svg")
            assert svg.suggested_filename == f"gxkg-{view}.svg"
            path = tmp_path / svg.suggested_filename
            svg.save_as(path)
            root = ET.parse(path).getroot()
            texts = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]
            assert "时间: 2018" in texts and any(t.startswith("来源:") for t in texts)
            if view == "network":
                marks = [x for x in root.iter() if x.get("class") == "node"]
                assert len(marks) > 50 and {m.tag.split("}")[1] for m in marks} >= {"circle", "rect", "polygon"}
                # the labels drawn on screen at export time, every one of them (which ones fit depends on the layout)
                on_screen = p.js("() => window.gxkg.labels.map(b => b.text)")
                assert len(on_screen) > 5 and set(on_screen) <= set(texts)
            else:
                assert len([x for x in root.iter("{http://www.w3.org/2000/svg}polygon") if x.get("class", "").split()[:1] == ["area"]]) == 111
                assert any("示意" in t for t in texts) and "柳州市" in texts
            png = _download(pg, "#export-png")
            data = (tmp_path / "x.png")
            png.save_as(data)
            raw = data.read_bytes()
            assert raw[:8] == b"\x89PNG\r\n\x1a\n"
            w, h = struct.unpack(">II", raw[16:24])
            assert w >= 800 and h >= 600
        pg.select_option("#time", "")  # both years: the chart has its two points
        p.js(f"() => window.gxkg.reveal({p.node_id(gxr('place/450224'))})")
        chart_svg = _download(pg, "#panel .chart .export-chart-svg")
        path = tmp_path / "chart.svg"
        chart_svg.save_as(path)
        texts = [t.text or "" for t in ET.parse(path).getroot().iter("{http://www.w3.org/2000/svg}text")]
        assert any("融安县 · 县域网络零售额" in t for t in texts) and any("[2] 县域电商测试报告甲" in t for t in texts)
    finally:
        pg.select_option("#time", "")
        p.js("() => window.gxkg.setView('network')")


def test_cli_pictures_through_headless_chromium(county_page, tmp_path):
    """`gxkg render --png/--svg` draw the page in headless Chromium and keep what its export button makes."""
    import xml.etree.ElementTree as ET

    from click.testing import CliRunner

    from gxkg.cli import main
    d = county_page.data
    r = CliRunner().invoke(main, ["--data", str(d), "render", "--svg", str(tmp_path / "m.svg"), "--view", "map",
                                  "--colour-by", "县域网络零售额", "--year", "2018"])
    assert r.exit_code == 0, r.output
    root = ET.parse(tmp_path / "m.svg").getroot()
    texts = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "时间: 2018" in texts and any("县域电商测试报告甲" in t for t in texts)
    filled = [x for x in root.iter("{http://www.w3.org/2000/svg}polygon") if x.get("class", "").startswith("area")
              and x.get("fill") not in ("#f4f6f8", None)]
    assert len(filled) == 3  # 融安 and 凭祥 by their 2018 values, 东兴 as "date not stated"
    r = CliRunner().invoke(main, ["--data", str(d), "render", "--png", str(tmp_path / "c.png"), "--around", "融安",
                                  "--chart", "县域网络零售额"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"
    r = CliRunner().invoke(main, ["--data", str(d), "render", "--png", str(tmp_path / "x.png"), "--around", "融安",
                                  "--chart", "火星"])
    assert r.exit_code == 1 and "no chart matches" in r.output


def test_every_server_page_fits_a_phone(browser, tmp_path):
    """Every page the server gives has a viewport tag, so a phone lays it out at its own width."""
    from test_server import Server

    s = Server(cache=tmp_path)
    ctx = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = ctx.new_page()
        for path in ("/", "/resource/place/450224", "/ontology", "/explore", "/ask?q=%E8%9E%8D%E5%AE%89%E5%8E%BF%E5%9C%A8%E5%93%AA",
                     "/sparql?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%202"):
            page.goto(s.base + path, wait_until="domcontentloaded")
            if "html" not in (page.evaluate("() => document.contentType") or ""):
                continue
            assert page.locator('meta[name="viewport"]').count() == 1, path
            assert page.evaluate("() => window.innerWidth") == 390, path
    finally:
        ctx.close()
        s.stop()
