"""The server answers what it can (issue 19): work beyond the workers waits in a bounded queue instead of being
refused, saved queries and entity pages do not wait behind anyone's SPARQL, workers start when needed and stop
when idle (memory at rest is reported on /status), and the caches are bounded in bytes."""

import asyncio
import concurrent.futures
import time

import httpx
import pytest

from test_server import Server

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
JSON = {"Accept": "application/sparql-results+json"}


def sparql(server, query, timeout=60):
    return httpx.get(server.base + "/sparql", params={"query": query}, headers=JSON, timeout=timeout)


def status(server) -> dict:
    return httpx.get(server.base + "/status", timeout=30).json()


@pytest.fixture(scope="module")
def two(tmp_path_factory):
    """Two SPARQL workers, a 30 s limit, a 60 s queue wait (a hang guard, far above the short queries' need)."""
    s = Server("--timeout", "30", "--query-workers", "2", "--queue-wait", "60", "--idle-exit", "1",
               cache=tmp_path_factory.mktemp("cache"))
    yield s
    s.stop()


def test_at_rest_the_server_is_one_process_and_says_so(two):
    st = status(two)
    assert st["memory"]["processes"] == 1 and st["memory"]["rss_mb"] > 0
    assert st["workers"]["sparql"]["processes"] == 0 and st["triples"] > 1000


def test_a_burst_beyond_the_workers_is_queued_and_all_answered(two):
    """24 distinct short queries at once against 2 workers: all 200 (before: 503 past the workers)."""
    queries = [f"ASK {{ <https://w3id.org/gxkg/resource/place/4502{i:02d}> ?p ?o }}" for i in range(24)]
    with concurrent.futures.ThreadPoolExecutor(24) as pool:
        answers = list(pool.map(lambda q: sparql(two, q), queries))
    assert [r.status_code for r in answers] == [200] * 24
    st = status(two)["workers"]["sparql"]
    assert st["started"] <= 2 + 1 and st["refused"] == 0  # never more than its two at once


def test_pages_search_and_saved_queries_answer_while_every_sparql_worker_is_busy(two):
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        slow = [pool.submit(sparql, two, f"{RUNAWAY}\n# runaway {i}") for i in range(2)]  # two runs: each its own text
        deadline = time.monotonic() + 60
        while status(two)["workers"]["sparql"]["running"] < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert status(two)["workers"]["sparql"]["running"] == 2
        page = httpx.get(two.base + "/resource/place/450224", headers={"Accept": "text/html"}, timeout=60)
        saved = httpx.get(two.base + "/queries/products-from-place", headers=JSON, timeout=60)
        found = httpx.get(two.base + "/search", params={"q": "柳州"}, timeout=60)
        assert not any(f.done() for f in slow)  # answered while both workers still ran the runaways
        assert page.status_code == 200 and "450224" in page.text
        assert saved.status_code == 200 and saved.json()["results"]["bindings"]
        assert found.status_code == 200 and found.json()
        for f in slow:
            f.result()


def test_idle_workers_stop(two):
    sparql(two, "ASK { ?s ?p ?o }")
    deadline = time.monotonic() + 60  # --idle-exit 1: a hang guard far above it
    while status(two)["workers"]["sparql"]["processes"] and time.monotonic() < deadline:
        time.sleep(0.2)
    assert status(two)["workers"]["sparql"]["processes"] == 0


def test_past_the_wait_or_a_full_queue_a_query_is_refused_with_retry_after(tmp_path):
    s = Server("--timeout", "30", "--query-workers", "1", "--queue", "1", "--queue-wait", "1", cache=tmp_path)
    try:
        with concurrent.futures.ThreadPoolExecutor(3) as pool:
            slow = pool.submit(sparql, s, RUNAWAY)
            deadline = time.monotonic() + 60
            while status(s)["workers"]["sparql"]["running"] < 1 and time.monotonic() < deadline:
                time.sleep(0.1)
            waited = pool.submit(sparql, s, "ASK { ?x ?y 1 }")
            time.sleep(0.3)
            full = sparql(s, "ASK { ?x ?y 2 }")  # the one place in the queue is taken
            late = waited.result()
            slow.result()
        assert full.status_code == 503 and "wait" in full.text and full.headers["retry-after"] == "1"
        assert late.status_code == 503 and "busy for 1 s" in late.text and late.headers["retry-after"] == "1"
        assert status(s)["workers"]["sparql"]["refused"] == 2
    finally:
        s.stop()


# ------------------------------------------------------------------------------ the queue itself
def test_the_lane_hands_slots_over_in_order_and_refuses_past_its_bounds():
    from gxkg.errors import Busy
    from gxkg.store.pool import Lane

    async def scenario():
        lane = Lane("test", slots=1, queue=2, wait=30)
        order = []

        async def job(name, hold):
            async with lane.slot():
                order.append(name)
                await asyncio.sleep(hold)

        first = asyncio.ensure_future(job("a", 0.2))
        await asyncio.sleep(0)
        queued = [asyncio.ensure_future(job(n, 0)) for n in "bc"]
        await asyncio.sleep(0)
        with pytest.raises(Busy, match="2 requests wait"):
            await lane.enter()  # the queue of 2 is full
        await asyncio.gather(first, *queued)
        short = Lane("short", slots=1, queue=5, wait=0.05)
        await short.enter()
        with pytest.raises(Busy, match="stayed busy"):
            await short.enter()
        short.leave()
        await short.enter()  # the slot is free again: nothing leaked
        return order, lane.stats(), short.stats()

    order, stats, short = asyncio.run(scenario())
    assert order == ["a", "b", "c"] and stats["running"] == 0 and stats["refused"] == 1
    assert short["running"] == 1 and short["waiting"] == 0 and short["refused"] == 1


def test_a_waiter_that_goes_away_passes_its_slot_on():
    from gxkg.store.pool import Lane

    async def scenario():
        lane = Lane("test", slots=1, queue=5, wait=30)
        await lane.enter()
        gone = asyncio.ensure_future(lane.enter())
        stays = asyncio.ensure_future(lane.enter())
        await asyncio.sleep(0)
        gone.cancel()
        lane.leave()
        await asyncio.wait_for(stays, 5)
        return lane.stats()

    st = asyncio.run(scenario())
    assert st["running"] == 1 and st["waiting"] == 0


# ------------------------------------------------------------------------------ caches bounded in bytes
def test_the_cache_evicts_past_its_byte_bound():
    from gxkg.bounded import BoundedCache

    c = BoundedCache(10_000)
    for i in range(200):
        c[f"k{i}"] = {"zh": "名" * 50, "en": "x" * 50, "#names": [f"n{i}"] * 3}
    assert c.size <= 10_000 and 0 < len(c) < 200 and c.stats()["evicted"] == 200 - len(c)
    assert "k199" in c and "k0" not in c  # the least recently used went first
    c["big"] = "x" * 20_000  # an entry over the item bound is not kept
    assert "big" not in c


def test_the_server_caches_stay_within_cache_mb(kg):
    """Pages of many distinct entities with --cache-mb 1: every cache within its share, the oldest evicted."""
    from starlette.testclient import TestClient

    from gxkg.namespaces import GXR
    from gxkg.web.app import create_app
    from gxkg.web.settings import Settings

    app = create_app(Settings(cache_bytes=1 << 20), kg=kg)
    ents = [e for e in kg.entities if e.startswith(str(GXR))][:400]
    try:
        with TestClient(app, base_url="http://127.0.0.1") as c:
            for e in ents:
                assert c.get("/resource/" + e[len(str(GXR)):], headers={"Accept": "text/html"}).status_code == 200
            caches = c.get("/status").json()["caches"]
    finally:
        from gxkg.bounded import BoundedCache
        from gxkg.kg import CACHE_BYTES

        for v in vars(kg).values():  # the session's graph: its caches back to the one-shot bound
            if isinstance(v, BoundedCache):
                v.limit(CACHE_BYTES)
    assert all(c["bytes"] <= c["max_bytes"] for c in caches.values())
    assert sum(c["max_bytes"] for c in caches.values()) <= 1 << 20
    assert caches["resource.page"]["evicted"] > 0 and caches["label_cache"]["evicted"] > 0


def test_a_question_answered_once_is_answered_again_from_the_cache(kg):
    """The graph is read-only: /ask keeps its answers (bounded in bytes), so a repeated question costs no thread."""
    from starlette.testclient import TestClient

    from gxkg.web.app import create_app
    from gxkg.web.settings import Settings

    q = {"q": "柳州螺蛳粉2017年销售额是多少？", "format": "json"}
    with TestClient(create_app(Settings(), kg=kg), base_url="http://127.0.0.1") as c:
        first, again = c.get("/ask", params=q), c.get("/ask", params=q)
        html = c.get("/ask", params={"q": q["q"]})
        st = c.get("/status").json()
    assert first.status_code == again.status_code == 200 and first.content == again.content
    assert again.headers["content-type"].startswith("application/json") and again.json()["answers"]
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert st["caches"]["ask.answers"]["entries"] == 2 and st["lanes"]["ask"]["running"] == 0


def test_the_same_query_asked_while_it_runs_shares_one_worker(two):
    """Three requests of one query text while it runs: one worker runs it for all three (the other stays free
    for another query), and all three get the same answer."""
    shared = f"{RUNAWAY}\n# shared"
    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        same = [pool.submit(sparql, two, shared) for _ in range(3)]
        deadline = time.monotonic() + 60
        while status(two)["workers"]["sparql"]["running"] < 1 and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.0)  # the other two requests have arrived by now
        assert status(two)["workers"]["sparql"]["running"] == 1
        other = sparql(two, "ASK { gxr:place/450224 gxo:locatedIn gxr:place/450200 }")
        assert other.status_code == 200 and not any(f.done() for f in same)
        answers = [f.result() for f in same]
    assert len({(r.status_code, r.text) for r in answers}) == 1
