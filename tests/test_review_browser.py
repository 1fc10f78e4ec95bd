"""The review page in headless Chromium (Debian's package, driven by Playwright): a fixture article reviewed
from the first view to the built graph using only the page, with every click, key press and selection
counted; then `gxkg show` sees exactly the reviewed facts with their source and sentence."""

import json
import shutil
import threading
import time

import pytest

from conftest import DATA, FIXTURES, free_port

from chromium import ARGS, CHROMIUM, sync_api  # skips this module where chromium is missing

pytestmark = pytest.mark.browser
ARTICLE = FIXTURES / "review" / "2021-guangxi-livestream-contest.txt"
SID = "contest"
GXR = "https://w3id.org/gxkg/resource/"
TOKEN = "browser-test-token"


@pytest.fixture
def project(tmp_path, runner):
    """A copy of the project without the user's sources; the fixture article's draft made by `gxkg ingest`."""
    from gxkg.cli import main

    for d in ("ontology", "graph"):
        shutil.copytree(DATA / d, tmp_path / d)
    for p in (tmp_path / "graph").glob("*.ttl"):
        if p.name != "places.ttl":
            p.unlink()
    (tmp_path / "sources").mkdir()
    r = runner.invoke(main, ["--data", str(tmp_path), "ingest", str(ARTICLE), "--date", "2021-11-22",
                             "--publisher", "广西日报", "--id", SID])
    assert r.exit_code == 0, r.output
    return tmp_path


@pytest.fixture
def server(project):
    """`gxkg review`'s app on a free loopback port (uvicorn in a thread)."""
    import uvicorn

    from gxkg.review.app import create_app, url

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(project, TOKEN), host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield url(port, TOKEN, SID, "zh")
    srv.should_exit = True
    th.join(10)


class Counted:
    """The page, with every action a person takes counted: a click, a key press, a text selection, an option
    chosen or a field typed (one each)."""

    def __init__(self, page):
        self.page, self.actions, self.log = page, 0, []

    def _count(self, what):
        self.actions += 1
        self.log.append(what)

    def key(self, key):
        self._count(f"key {key}")
        self.page.keyboard.press(key)

    def click(self, selector):
        self._count(f"click {selector}")
        self.page.click(selector)

    def type_into(self, selector, text):
        self._count(f"type {text}")
        self.page.fill(selector, text)

    def choose(self, selector, value):
        self._count(f"choose {value}")
        self.page.select_option(selector, value)

    def select_text(self, text):
        """Drag the mouse over the words in the article (one selection)."""
        self._count(f"select {text}")
        box = self.page.evaluate("""t => { const a = document.getElementById('article');
            const w = document.createTreeWalker(a, NodeFilter.SHOW_TEXT); let n;
            while ((n = w.nextNode())) { const i = n.data.indexOf(t); if (i >= 0) {
              const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + t.length);
              const b = r.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; } } return null; }""", text)
        assert box, text
        y = (box[1] + box[3]) / 2
        self.page.mouse.move(box[0] + 1, y)
        self.page.mouse.down()
        self.page.mouse.move(box[2] - 1, y, steps=5)
        self.page.mouse.up()


def current(page) -> str:
    return page.get_attribute("#queue li.cur", "data-id")


def current_title(page) -> str:
    return page.text_content("#queue li.cur").split("(")[0].split(" ", 1)[1].strip()


def wait_ready(page):
    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=60000)


def test_review_an_article_from_first_view_to_built_graph(browser_ctx, server, project, runner):
    from gxkg.cli import main
    from gxkg.sources import draft as drafts

    page = browser_ctx.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    started = time.monotonic()
    page.goto(server)
    wait_ready(page)
    page.wait_for_selector("body[data-checked=true]", state="attached", timeout=120000)  # the shape checks
    p = Counted(page)
    per_item = {}

    def act(name, steps):
        before = p.actions
        steps()
        per_item[name] = p.actions - before

    def reloads(fn):
        """An action after which the page reloads (an edit, a choice, an added item): wait for the new page."""
        with page.expect_navigation(timeout=60000):
            fn()
        wait_ready(page)

    # 1. the ambiguous name comes first, its candidates with their parent places: choose 鱼峰区's 白沙镇
    assert current_title(page) == "白沙镇"
    assert "鱼峰区, 柳州市" in page.text_content(".detail:not([hidden]) .cands")
    act("choose 白沙镇", lambda: reloads(lambda: p.key("1")))

    # 2. the new event arrives with ingest's suggested English label, marked for a look; the reviewer types their
    # own, the page offers the suggestion back beside it, and they take it (u)
    assert current_title(page) == "广西农村电商直播大赛"
    assert "英文名需要检查" in page.text_content(".detail:not([hidden])")
    assert page.input_value(".detail:not([hidden]) input[name='label.en']") == "Guangxi Rural E-commerce Livestream Contest"

    def fix_label():
        p.key("e")
        p.type_into(".detail:not([hidden]) input[name='label.en']", "Guangxi Livestreaming Contest")
        reloads(lambda: p.key("Enter"))
    act("edit English label", fix_label)
    assert current_title(page) == "广西农村电商直播大赛"
    assert page.text_content(".detail:not([hidden]) .sugg") == "Guangxi Rural E-commerce Livestream Contest"
    act("use suggested label", lambda: reloads(lambda: p.key("u")))
    assert current_title(page) == "广西农村电商直播大赛"

    def accept():
        iid = current(page)
        p.key("a")
        page.wait_for_selector(f"#queue li[data-id='{iid}'].accepted", timeout=60000)

    def reject(reason_key):
        iid = current(page)
        p.key("r")
        p.key(reason_key)
        page.wait_for_selector(f"#queue li[data-id='{iid}'].rejected", timeout=60000)

    act("accept event", accept)
    # 3. each proposal in the queue's order: the department arrives with ingest's suggested English label and is
    # accepted; the indicator ingest names by what 300多名 counts and the verb after it (报名主播数) and the figure
    # itself are rejected with reasons (the reviewer wants contestants in the final, not sign-ups); everything else
    # is accepted
    while page.query_selector("#queue li.proposed"):
        title = current_title(page)
        if title == "广西壮族自治区商务厅":
            assert page.input_value(".detail:not([hidden]) input[name='label.en']") \
                == "Guangxi Zhuang Autonomous Region Department of Commerce"
            act("accept department", accept)
        elif title == "报名主播数":
            act("reject indicator", lambda: reject("1"))
        elif "300多名" in title:
            act("reject figure 300多名", lambda: reject("4"))
        else:
            act(f"accept {title}", accept)
    # 6. add the figure the reader missed: 2000多单 (orders) about 白沙镇, by selecting its words
    def add_figure():
        p.select_text("2000多单")
        p.key("f")
        assert page.input_value("#add [name=about]") == GXR + "place/450203102"  # the place named before it
        p.choose("#add [name=indicator]", GXR + "indicator/orders")
        reloads(lambda: p.click("#add button[type=submit]"))
    act("add figure 2000多单", add_figure)
    # 7. preview, then build
    with page.expect_navigation(timeout=120000):
        p.key("p")
    page.wait_for_selector("#facts", timeout=60000)
    preview_text = page.text_content("body")
    assert "Guangxi Rural E-commerce Livestream Contest" in preview_text and "2000多单" in preview_text
    assert page.text_content("#violations").strip() in ("无", "none")
    p.key("b")
    page.wait_for_selector("body[data-built=true]", state="attached", timeout=120000)
    elapsed = time.monotonic() - started
    assert errors == [], errors

    decisions = {k: v for k, v in per_item.items() if k.startswith(("accept", "reject", "choose"))}
    print(f"\nreview of the fixture article: {elapsed:.1f} s, {p.actions} actions in all; per item: "
          + json.dumps(per_item, ensure_ascii=False))
    assert all(v <= 2 for v in decisions.values()), decisions
    assert per_item["add figure 2000多单"] <= 6
    # 11 accepted: 柿饼 is proposed as a product of its own (a product's common word)
    assert len([k for k in decisions if k.startswith("accept")]) == 11 and len(decisions) == 14

    # the draft says what the page did
    doc = drafts.load(project / "sources" / f"{SID}.yaml")
    assert drafts.counts(doc)["proposed"] == 0
    fig = next(f for f in doc["figures"] if f["statedAs"] == "2000多单")
    assert (fig["value"], fig["unit"].rsplit("#")[-1], fig["qualifier"].rsplit("#")[-1]) == ("2000", "Piece", "MoreThan")
    assert fig["quote"] == "来自白沙镇的果农在直播间推介柿饼，两个小时卖出2000多单。"

    # `gxkg show` sees exactly those facts, each with its source and sentence
    def show(name):
        r = runner.invoke(main, ["--data", str(project), "show", name, "--format", "json"])
        assert r.exit_code == 0, r.output
        return json.loads(r.stdout)

    event = show("广西农村电商直播大赛")
    assert event["labels"]["en"] == "Guangxi Rural E-commerce Livestream Contest"
    assert {(f["relation"]["iri"].rsplit("#")[-1], f.get("label")) for f in event["facts"] if not f.get("derived")} \
        == {("hostedBy", "广西壮族自治区商务厅")}
    assert event["observations"] == []  # the rejected 300多名
    sentence = "2021年11月20日，广西农村电商直播大赛决赛在南宁市举行，大赛由广西壮族自治区商务厅主办。"
    assert [e["quote"] for e in event["evidence"]] == [sentence]
    assert all(e["source"]["title"] == "广西农村电商直播大赛决赛在南宁举行 白沙镇果农直播卖柿饼" for e in event["evidence"])

    town = show("https://w3id.org/gxkg/resource/place/450203102")
    obs = [(o["indicator"]["label"], o["stated_as"], (o.get("source") or {}).get("title")) for o in town["observations"]]
    assert obs == [("订单量", "2000多单", "广西农村电商直播大赛决赛在南宁举行 白沙镇果农直播卖柿饼")]
    assert "来自白沙镇的果农在直播间推介柿饼，两个小时卖出2000多单。" in [e["quote"] for e in town["evidence"]]

    persimmon = show("恭城月柿")
    assert {(f["relation"]["iri"].rsplit("#")[-1], f.get("label")) for f in persimmon["facts"] if not f.get("derived")} \
        == {("originatesFrom", "恭城瑶族自治县"), ("soldOn", "淘宝"), ("soldOn", "拼多多")}


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def browser_ctx(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    yield ctx
    ctx.close()


def test_hostile_article_text_runs_nothing_in_the_page(browser_ctx, project, runner):
    """Markup in an article (and so in its items' quotes and names) is shown as text: no script runs."""
    import uvicorn

    from gxkg.cli import main
    from gxkg.review.app import create_app, url

    hostile = project / "hostile.txt"
    hostile.write_text("标题<script>alert(1)</script>\nhttps://example.org/x\n" + "-" * 20 + "\n"
                       "2021年，<img src=x onerror=alert(2)>柳州市鱼峰区白沙镇的《<b onmouseover=alert(3)>方案</b>》卖出3000单。\n"
                       + "=" * 20 + "\n", encoding="utf-8")
    r = runner.invoke(main, ["--data", str(project), "ingest", str(hostile), "--date", "2021-11-22", "--publisher",
                             "<i>报</i>", "--id", "hostile"])
    assert r.exit_code == 0, r.output
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(project, TOKEN), host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    while not srv.started:
        time.sleep(0.05)
    try:
        page = browser_ctx.new_page()
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(url(port, TOKEN, "hostile", "en"))
        wait_ready(page)
        for _ in range(6):
            page.keyboard.press("j")
            page.mouse.move(300, 300)
        assert "<img src=x onerror=alert(2)>" in page.text_content("#article")
        assert page.query_selector("#article img") is None and page.query_selector("#article b") is None
        assert dialogs == []
    finally:
        srv.should_exit = True
        th.join(10)
