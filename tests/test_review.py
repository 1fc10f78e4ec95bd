"""`gxkg review`'s web app over a copy of the project: the token, the Host and Origin guards, escaping of
hostile article text, and each write kept to the draft's text in place (comments byte for byte)."""

import re
import shutil
import time

import pytest

from conftest import DATA, FIXTURES

ARTICLE = FIXTURES / "review" / "2021-guangxi-livestream-contest.txt"
TOKEN = "t0k-en_for-tests"
SID = "contest"
HOST = "http://127.0.0.1:8765"


@pytest.fixture
def project(tmp_path, runner):
    """A copy of the project without the user's sources, with the fixture article ingested (by `gxkg ingest`)
    and a comment of the reviewer's own in the draft."""
    from gxkg.cli import main

    for d in ("ontology", "graph"):
        shutil.copytree(DATA / d, tmp_path / d)
    for p in (tmp_path / "graph").glob("*.ttl"):
        if p.name not in ("places.ttl",):
            p.unlink()
    (tmp_path / "sources").mkdir()
    r = runner.invoke(main, ["--data", str(tmp_path), "ingest", str(ARTICLE), "--date", "2021-11-22",
                             "--publisher", "广西日报", "--id", SID])
    assert r.exit_code == 0, r.output
    path = tmp_path / "sources" / f"{SID}.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("mentions:\n", "# the reviewer's own comment\nmentions:  # kept\n", 1), encoding="utf-8")
    return tmp_path


def client(base, token=TOKEN):
    from starlette.testclient import TestClient

    from gxkg.review.app import create_app

    return TestClient(create_app(base, token), base_url=HOST)


def draft(base):
    return (base / "sources" / f"{SID}.yaml").read_text(encoding="utf-8")


def item(base, iid):
    from gxkg.sources import draft as drafts

    doc = drafts.load(base / "sources" / f"{SID}.yaml")
    return next(it for _, it in drafts.items(doc) if it["id"] == iid)


def find(base, sec, **match) -> str:
    """The id of the draft's item with these values (ids are stable hashes: m-3f2a)."""
    from gxkg.sources import draft as drafts

    doc = drafts.load(base / "sources" / f"{SID}.yaml")
    return next(it["id"] for it in doc[sec] if all(it.get(k) == v for k, v in match.items()))


def nanning(base):
    return find(base, "mentions", text="南宁市")


def f300(base):
    return find(base, "figures", statedAs="300多名")


def write(c, action, body, token=TOKEN, headers=None):
    return c.post(f"/s/{SID}/{action}", json=body, headers={**({"X-Review-Token": token} if token else {}), **(headers or {})})


def only_changed(before: str, after: str) -> list[str]:
    """The lines of after that before does not have (a draft edited in place changes only those)."""
    import difflib

    return [ln[2:] for ln in difflib.ndiff(before.splitlines(), after.splitlines()) if ln.startswith(("+ ", "- "))]


def test_the_page_needs_the_token_and_sets_a_cookie(project):
    c = client(project)
    r = c.get(f"/s/{SID}")
    assert r.status_code == 403 and r.text.count("\n") == 1 and "token" in r.text
    assert client(project).get(f"/s/{SID}?token=wrong").status_code == 403
    r = c.get(f"/s/{SID}?token={TOKEN}")
    assert r.status_code == 200 and "白沙镇" in r.text
    assert c.get(f"/s/{SID}").status_code == 200  # the cookie the first visit set
    assert TOKEN in r.text  # the page carries it for its writes


def test_a_write_without_the_token_is_refused_and_changes_nothing(project):
    c = client(project)
    before = draft(project)
    for token in (None, "wrong", TOKEN + "x"):
        r = write(c, "decide", {"id": nanning(project), "status": "accepted"}, token=token)
        assert r.status_code == 403 and r.text.count("\n") == 1
    c.get(f"/s/{SID}?token={TOKEN}")  # the cookie is not enough for a write
    r = write(c, "decide", {"id": nanning(project), "status": "accepted"}, token=None)
    assert r.status_code == 403
    assert c.post("/build", json={}).status_code == 403
    assert draft(project) == before


def test_foreign_host_and_origin_are_refused(project):
    from starlette.testclient import TestClient

    from gxkg.review.app import create_app

    app = create_app(project, TOKEN)
    evil = TestClient(app, base_url="http://evil.example:8765")
    assert evil.get(f"/s/{SID}?token={TOKEN}").status_code == 400
    c = client(project)
    r = write(c, "decide", {"id": nanning(project), "status": "accepted"}, headers={"Origin": "https://evil.example"})
    assert r.status_code == 403 and "cross-origin" in r.text
    assert item(project, nanning(project))["status"] == "proposed"


def test_accept_and_reject_with_a_reason_keep_every_other_byte(project):
    c = client(project)
    before = draft(project)
    r = write(c, "decide", {"id": nanning(project), "status": "accepted"})
    assert r.status_code == 200, r.text
    r = write(c, "decide", {"id": f300(project), "status": "rejected", "reason": "not a <fact>"})
    assert r.status_code == 200, r.text
    after = draft(project)
    assert "# the reviewer's own comment\nmentions:  # kept\n" in after
    changed = only_changed(before, after)
    assert sorted(changed) == sorted(["  status: proposed", "  status: accepted", "  status: proposed", "  status: rejected",
                                      f"  note: {item_note_before(before, f300(project))}",
                                      f"  note: '{item_note_before(before, f300(project))[1:-1]}; rejected: not a <fact>'"])
    assert item(project, nanning(project))["status"] == "accepted"
    assert item(project, f300(project))["status"] == "rejected" and item(project, f300(project))["note"].endswith("rejected: not a <fact>")


def item_note_before(text: str, iid: str) -> str:
    block = text.split(f"- id: {iid}\n", 1)[1]
    return re.search(r"^  note: (.*)$", block, re.M).group(1)


def test_unknown_items_and_bad_bodies_are_one_line_400s(project):
    c = client(project)
    for body in ({"id": "m99", "status": "accepted"}, {"id": nanning(project), "status": "maybe"}, {"id": 3, "status": "accepted"}):
        r = write(c, "decide", body)
        assert r.status_code in (400, 404) and r.text.count("\n") == 1, r.text
    r = c.post(f"/s/{SID}/decide", content=b"{not json", headers={"X-Review-Token": TOKEN})
    assert r.status_code == 400 and r.text.count("\n") == 1
    assert write(c, "frobnicate", {}).status_code == 404
    r = c.post("/s/nosuch/decide", json={"id": nanning(project), "status": "accepted"}, headers={"X-Review-Token": TOKEN})
    assert r.status_code == 404 and r.text.count("\n") == 1


def test_hostile_article_text_is_escaped(project, runner):
    from gxkg.cli import main

    hostile = project / "hostile.txt"
    hostile.write_text("标题<script>alert(1)</script>\nhttps://example.org/x\n" + "-" * 20 + "\n"
                       "2021年，<img src=x onerror=alert(2)>柳州市鱼峰区白沙镇的\"果农\"卖出3000单</script>。\n" + "=" * 20 + "\n",
                       encoding="utf-8")
    r = runner.invoke(main, ["--data", str(project), "ingest", str(hostile), "--date", "2021-11-22", "--publisher",
                             "<b>报</b>", "--id", "hostile"])
    assert r.exit_code == 0, r.output
    page = client(project).get("/s/hostile?token=" + TOKEN)
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "<img src=x" not in page.text and "</script>。" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text and "&lt;img src=x onerror=alert(2)&gt;" in page.text
    assert page.text.count("<script>") == 1  # the page's own


BAISHA_YUFENG = "https://w3id.org/gxkg/resource/place/450203102"
ORDERS = "https://w3id.org/gxkg/resource/indicator/orders"


def offsets(base, words):
    text = next((base / "graph" / "sources").glob(f"{SID}.txt")).read_text(encoding="utf-8")
    i = text.index(words)
    return i, i + len(words)


def test_edit_changes_only_that_value(project):
    c = client(project)
    event = find(project, "mentions", text="广西农村电商直播大赛")
    before = draft(project)
    r = write(c, "edit", {"id": event, "changes": {"label.en": "Guangxi Rural E-commerce Livestreaming Contest"}})
    assert r.status_code == 200, r.text
    assert only_changed(before, draft(project)) == ["    en: Guangxi Rural E-commerce Livestream Contest",  # ingest's suggestion
                                                    "    en: Guangxi Rural E-commerce Livestreaming Contest"]
    for bad in ({"quote": "x"}, {"start": 3}, {"iri": "not an iri"}):
        r = write(c, "edit", {"id": event, "changes": bad})
        assert r.status_code == 400 and r.text.count("\n") == 1, r.text
    assert item(project, event)["label"]["en"] == "Guangxi Rural E-commerce Livestreaming Contest"
    fig = f300(project)
    before = draft(project)
    r = write(c, "edit", {"id": fig, "changes": {"value": "301", "period.year": "2021",
                                                  "qualifier": "https://w3id.org/gxkg/ontology#AtLeast"}})
    assert r.status_code == 200, r.text
    assert sorted(only_changed(before, draft(project))) == sorted([
        "  value: '300'", "  value: '301'", "    year: '2021'", "  qualifier: https://w3id.org/gxkg/ontology#MoreThan",
        "  qualifier: https://w3id.org/gxkg/ontology#AtLeast"])
    assert item(project, fig)["period"] == {"as_of": "2021-11", "year": "2021"}


def test_choose_a_candidate_here_and_in_every_source(project, runner):
    from gxkg.cli import main

    other = project / "other.txt"
    other.write_text("白沙镇举办年货节\nhttps://example.org/other\n" + "-" * 20 + "\n2021年，白沙镇举办第一届农民丰收节。\n" + "=" * 20 + "\n",
                     encoding="utf-8")
    r = runner.invoke(main, ["--data", str(project), "ingest", str(other), "--date", "2021-12-01", "--publisher", "报",
                             "--id", "other"])
    assert r.exit_code == 0, r.output
    from gxkg.sources import draft as drafts

    theirs = drafts.load(project / "sources" / "other.yaml")
    m_other = next(m for m in theirs["mentions"] if m["text"] == "白沙镇")
    assert m_other["iri"] is None and BAISHA_YUFENG in m_other["candidates"]
    c = client(project)
    town = find(project, "mentions", text="白沙镇")
    page = c.get(f"/s/{SID}?token={TOKEN}").text
    assert "白沙镇 — 鱼峰区, 柳州市" in page and "白沙镇 — 阳朔县, 桂林市" in page
    assert write(c, "choose", {"id": town, "iri": "https://w3id.org/gxkg/resource/place/450100"}).status_code == 400
    before_other = (project / "sources" / "other.yaml").read_text(encoding="utf-8")
    r = write(c, "choose", {"id": town, "iri": BAISHA_YUFENG, "everywhere": True})
    assert r.status_code == 200, r.text
    assert r.json()["also"] == [f"other:{m_other['id']}"]
    assert (item(project, town)["iri"], item(project, town)["status"]) == (BAISHA_YUFENG, "accepted")
    theirs = drafts.load(project / "sources" / "other.yaml")
    m = next(x for x in theirs["mentions"] if x["id"] == m_other["id"])
    assert (m["iri"], m["status"]) == (BAISHA_YUFENG, "proposed")  # the name decided, the other source's item not
    assert only_changed(before_other, (project / "sources" / "other.yaml").read_text(encoding="utf-8")) == [
        "  iri: null", f"  iri: {BAISHA_YUFENG}"]


def test_add_a_figure_a_mention_and_a_relation_from_a_selection(project):
    c = client(project)
    town = find(project, "mentions", text="白沙镇")
    assert write(c, "choose", {"id": town, "iri": BAISHA_YUFENG}).status_code == 200
    before = draft(project)
    start, end = offsets(project, "2000多单")
    r = write(c, "add", {"kind": "figure", "start": start, "end": end, "text": "2000多单", "about": BAISHA_YUFENG,
                         "indicator": ORDERS})
    assert r.status_code == 200, r.text
    fig = item(project, r.json()["id"])
    sentence = "来自白沙镇的果农在直播间推介柿饼，两个小时卖出2000多单。"
    assert (fig["value"], fig["unit"], fig["qualifier"]) == ("2000", "https://w3id.org/gxkg/ontology#Piece",
                                                              "https://w3id.org/gxkg/ontology#MoreThan")
    assert (fig["statedAs"], fig["stated_start"], fig["quote"], fig["status"]) == ("2000多单", start, sentence, "accepted")
    text = (project / "graph" / "sources" / f"{SID}.txt").read_text(encoding="utf-8")
    assert text[fig["start"]:fig["start"] + len(sentence)] == sentence
    assert any(i["iri"] == ORDERS and i["status"] == "accepted" for i in drafts_doc(project)["indicators"])
    after = draft(project)
    assert after.startswith(before.split("\nindicators:")[0])  # nothing before the new indicator moved
    assert "# the reviewer's own comment\nmentions:  # kept\n" in after

    start, end = offsets(project, "直播间")
    r = write(c, "add", {"kind": "mention", "start": start, "end": end, "text": "直播间",
                         "class": "https://w3id.org/gxkg/ontology#Facility"})
    assert r.status_code == 200, r.text
    m = item(project, r.json()["id"])
    assert (m["text"], m["start"], m["end"], m["quote"]) == ("直播间", start, end, sentence)
    assert m["proposed_iri"].startswith("https://w3id.org/gxkg/resource/facility/") and m["label"]["en"]
    assert "suggestion" in m["note"]

    start, end = offsets(project, "决赛在南宁市举行")
    event = "https://w3id.org/gxkg/resource/event/guang-xi-nong-cun-dian-shang-zhi-bo-da-sai"
    r = write(c, "add", {"kind": "relation", "start": start, "end": end, "text": "决赛在南宁市举行", "subject": event,
                         "predicate": "https://w3id.org/gxkg/ontology#heldIn",
                         "object": "https://w3id.org/gxkg/resource/place/450100"})
    assert r.status_code == 200, r.text
    rel = item(project, r.json()["id"])
    assert rel["quote"].startswith("2021年11月20日，广西农村电商直播大赛决赛在南宁市举行") and rel["status"] == "accepted"


def drafts_doc(base):
    from gxkg.sources import draft as drafts

    return drafts.load(base / "sources" / f"{SID}.yaml")


def test_the_server_checks_the_quote_against_the_text(project):
    c = client(project)
    before = draft(project)
    start, end = offsets(project, "2000多单")
    for body in ({"start": start + 1, "end": end + 1, "text": "2000多单"},   # offsets that hold other words
                 {"start": start, "end": end, "text": "3000多单"},           # words the text does not have there
                 {"start": -1, "end": 3, "text": "x"}, {"start": "1", "end": 3, "text": "x"},
                 {"start": start - 40, "end": end, "text": None}):
        body = {"kind": "figure", "about": BAISHA_YUFENG, "indicator": ORDERS, **body}
        if body["text"] is None:
            text = (project / "graph" / "sources" / f"{SID}.txt").read_text(encoding="utf-8")
            body["text"] = text[body["start"]:body["end"]]  # verbatim, but over two sentences
        r = write(c, "add", body)
        assert r.status_code == 400 and r.text.count("\n") == 1, r.text
    r = write(c, "add", {"kind": "figure", "start": start, "end": end, "text": "2000多单", "about": BAISHA_YUFENG,
                         "indicator": ORDERS})
    assert r.status_code == 200
    assert write(c, "add", {"kind": "mention", "start": 0, "end": 2, "text": "广西"}).status_code == 400  # the title line
    start, end = offsets(project, "南宁市")
    r = write(c, "add", {"kind": "mention", "start": start, "end": end, "text": "南宁市"})
    assert r.status_code == 200 and item(project, r.json()["id"])["iri"] == "https://w3id.org/gxkg/resource/place/450100"
    assert before != draft(project)


def test_preview_lists_the_facts_and_the_problems_before_a_build(project):
    c = client(project)
    event = find(project, "mentions", text="广西农村电商直播大赛")
    dept = find(project, "mentions", text="广西壮族自治区商务厅")
    host = find(project, "relations", predicate="https://w3id.org/gxkg/ontology#hostedBy")
    for iid in (event, dept, host):
        assert write(c, "decide", {"id": iid, "status": "accepted"}).status_code == 200
    assert write(c, "edit", {"id": dept, "changes": {"label.en": ""}}).status_code == 200
    graph_before = sorted(p.name for p in (project / "graph").glob("*.ttl"))
    page = c.get(f"/s/{SID}/preview?token={TOKEN}&lang=en")
    assert page.status_code == 200
    facts = re.findall(r"<tr><td[^>]*>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>", page.text)
    assert ("广西农村电商直播大赛", "hosted by", "广西壮族自治区商务厅") in facts or \
        ("Guangxi Rural E-commerce Livestream Contest", "hosted by", "广西壮族自治区商务厅") in facts, facts
    violations = page.text.split('id="violations">')[1].split("</ul>")[0]
    assert "guang-xi-zhuang-zu-zi-zhi-qu-shang-wu-ting" in violations and "English (@en)" in violations
    assert sorted(p.name for p in (project / "graph").glob("*.ttl")) == graph_before  # nothing built
    # an accepted ambiguous name: the preview says the build would refuse it, with its id
    town = find(project, "mentions", text="白沙镇")
    assert write(c, "decide", {"id": town, "status": "accepted"}).status_code == 200
    page = c.get(f"/s/{SID}/preview?token={TOKEN}&lang=en")
    assert town in page.text and "ambiguous" in page.text
    r = c.post("/build", json={}, headers={"X-Review-Token": TOKEN})
    assert r.status_code == 400 and town in r.text and r.text.count("\n") == 1
    assert not (project / "graph" / f"{SID}.ttl").exists()
    assert write(c, "choose", {"id": town, "iri": BAISHA_YUFENG}).status_code == 200
    r = c.post("/build", json={}, headers={"X-Review-Token": TOKEN})
    assert r.status_code == 200 and (project / "graph" / f"{SID}.ttl").exists()


def test_the_queue_puts_what_needs_a_person_first_in_both_languages(project):
    c = client(project)
    for lang, ambiguous, look in (("zh", "有歧义", "英文名需要检查"), ("en", "ambiguous", "English label needs a look")):
        page = c.get(f"/s/{SID}?token={TOKEN}&lang={lang}").text
        order = re.findall(r'<li data-id="([^"]+)" data-sec', page)
        town = find(project, "mentions", text="白沙镇")
        event = find(project, "mentions", text="广西农村电商直播大赛")
        nanning = find(project, "mentions", text="南宁市")
        assert order[0] == town and order.index(event) < order.index(nanning)
        assert ambiguous in page and look in page
    assert c.get("/suggest?text=恭城瑶族自治县").json()["en"] == "Gongcheng Yao Autonomous County"
    assert c.get("/suggest?text=王眉村&class=https://w3id.org/gxkg/ontology%23Village").json()["en"] == "Wangmei Village"


def test_deprecate_an_accepted_fact_with_its_reason(project):
    c = client(project)
    nan = nanning(project)
    assert write(c, "decide", {"id": nan, "status": "deprecated", "reason": "superseded"}).status_code == 400  # not accepted
    assert write(c, "decide", {"id": nan, "status": "accepted"}).status_code == 200
    r = write(c, "decide", {"id": nan, "status": "deprecated", "reason": "because"})
    assert r.status_code == 400 and r.text.count("\n") == 1
    r = write(c, "decide", {"id": nan, "status": "deprecated", "reason": "wrong-in-source", "lang": "en"})
    assert r.status_code == 200, r.text
    assert (item(project, nan)["status"], item(project, nan)["reason"]) == ("deprecated", "wrong-in-source")
    page = c.get(f"/s/{SID}?token={TOKEN}&lang=en").text
    assert "deprecated: wrong in the source" in page


def test_items_that_would_violate_a_shape_are_flagged_for_the_queue(project):
    c = client(project)
    dept = find(project, "mentions", text="广西壮族自治区商务厅")
    assert write(c, "edit", {"id": dept, "changes": {"label.en": ""}}).status_code == 200  # no English label
    r = c.get(f"/s/{SID}/checks?token={TOKEN}&lang=en")
    assert r.status_code == 200
    found = r.json()["items"]
    assert any("English (@en)" in m for m in found.get(dept, [])), found
    assert client(project).get(f"/s/{SID}/checks").status_code == 403


def test_the_command_serves_loopback_with_a_token_and_stops_on_ctrl_c(project, runner):
    import signal
    import subprocess
    import sys
    import urllib.error
    import urllib.request

    from gxkg.cli import main

    r = runner.invoke(main, ["--data", str(project), "review", "nosuch"])
    assert r.exit_code != 0 and "no source 'nosuch'" in r.output and "Traceback" not in r.output
    proc = subprocess.Popen([sys.executable, "-m", "gxkg.cli", "--data", str(project), "review", SID],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()  # hang guard: the test's timeout; it prints at once
        link = line.split("open ", 1)[1].strip()
        assert link.startswith("http://127.0.0.1:") and "/s/contest?token=" in link
        token = link.split("token=")[1]
        assert len(token) >= 40
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(link, timeout=30) as resp:
                    assert resp.status == 200 and "白沙镇" in resp.read().decode("utf-8")
                break
            except urllib.error.URLError:
                assert time.monotonic() < deadline
                time.sleep(0.2)
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(link.split("?")[0], timeout=30)
        assert e.value.code == 403
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(60)


def test_the_source_english_title_and_publisher_are_set_in_place(project):
    c = client(project)
    before = draft(project)
    r = write(c, "source", {"changes": {"title_en": "Guangxi rural e-commerce livestream contest final held in Nanning",
                                        "publisher_en": "Guangxi Daily"}})
    assert r.status_code == 200, r.text
    assert sorted(only_changed(before, draft(project))) == sorted([
        "  title_en: null", "  title_en: Guangxi rural e-commerce livestream contest final held in Nanning",
        "  publisher_en: null", "  publisher_en: Guangxi Daily"])
    r = write(c, "source", {"changes": {"id": "other"}})
    assert r.status_code == 400 and r.text.count("\n") == 1
    assert write(c, "source", {"changes": {"date": "2021-13-45"}}).status_code == 400


def test_reject_a_name_in_every_source(project, runner):
    from gxkg.cli import main
    from gxkg.sources import draft as drafts

    other = project / "other2.txt"
    other.write_text("拼多多助农\nhttps://example.org/other2\n" + "-" * 20 + "\n2021年，拼多多开展助农直播。\n" + "=" * 20 + "\n",
                     encoding="utf-8")
    r = runner.invoke(main, ["--data", str(project), "ingest", str(other), "--date", "2021-12-01", "--publisher", "报",
                             "--id", "other2"])
    assert r.exit_code == 0, r.output
    c = client(project)
    pdd = find(project, "mentions", text="拼多多")
    r = write(c, "decide", {"id": pdd, "status": "rejected", "reason": "not about the contest", "everywhere": True})
    assert r.status_code == 200, r.text
    theirs = drafts.load(project / "sources" / "other2.yaml")
    m = next(x for x in theirs["mentions"] if x["text"] == "拼多多")
    assert r.json()["also"] == [f"other2:{m['id']}"]
    assert m["status"] == "rejected" and "rejected in review of contest: not about the contest" in m["note"]
    r = write(c, "decide", {"id": f300(project), "status": "rejected", "everywhere": True})
    assert r.status_code == 400 and r.text.count("\n") == 1
    assert item(project, f300(project))["status"] == "proposed"  # nothing written


def test_preview_shows_the_township_a_source_brings_into_places(project):
    c = client(project)
    town = find(project, "mentions", text="白沙镇")
    assert write(c, "choose", {"id": town, "iri": BAISHA_YUFENG}).status_code == 200
    page = c.get(f"/s/{SID}/preview?token={TOKEN}&lang=zh").text
    facts = re.findall(r'<tr><td title="([^"]*)">(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>', page)
    assert (BAISHA_YUFENG, "白沙镇", "位于", "鱼峰区") in facts, [f for f in facts if "白沙" in f[1]]
