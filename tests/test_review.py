"""`gxkg review`'s web app over a copy of the project: the token, the Host and Origin guards, escaping of
hostile article text, and each write kept to the draft's text in place (comments byte for byte)."""

import re
import shutil

import pytest

from conftest import FIXTURES, ROOT

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
        shutil.copytree(ROOT / d, tmp_path / d)
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
