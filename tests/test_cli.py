"""The gxkg command line through click's CliRunner, and once as a real subprocess (gxkg.cli)."""

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from conftest import DATA, FIXTURES, gxo, gxr
from gxkg.cli import main


def run(runner, *args, code=0):
    r = runner.invoke(main, list(args), catch_exceptions=False)
    assert r.exit_code == code, f"exit {r.exit_code}: {r.output}"
    return r


@pytest.fixture
def cli(runner, backend):
    """Run a command against each backend: the embedded store and an Oxigraph endpoint (--endpoint)."""
    def go(*args, code=0):
        return run(runner, *backend, *args, code=code)
    return go


def test_version_and_help(runner):
    assert "gxkg, version" in run(runner, "--version").output
    out = run(runner, "--help").output
    for cmd in ("search", "show", "neighbors", "path", "sparql", "queries", "query", "stats", "analyze", "export", "validate"):
        assert cmd in out
    assert "bridges" in run(runner, "analyze", "--help").output


def test_validate_command(runner):
    out = run(runner, "validate").output
    assert "0 violations." in out
    assert "recomputed 53.65%" in out


def test_validate_json_report(runner):
    data = json.loads(run(runner, "validate", "--format", "json").output)
    assert data["ok"] is True and data["violations"] == [] and data["counts"]["evidence"] == 157
    assert any("53.65%" in n for n in data["notes"])


def test_validate_reports_broken_copy(runner, data_copy):
    p = data_copy / "graph" / "sina-gx-2018-08-20.ttl"
    p.write_text(p.read_text(encoding="utf-8").replace("gxo:unit gxo:CNYPerJin", "gxo:unit gxo:Dollar", 1), encoding="utf-8")
    r = run(runner, "--data", str(data_copy), "validate", code=1)
    assert "gxr:observation/rongan-kumquat-price" in r.output and "controlled set" in r.output


def test_validate_syntax_error_is_one_line(runner, data_copy):
    with open(data_copy / "graph" / "sina-gx-2018-08-20.ttl", "a", encoding="utf-8") as fh:
        fh.write("\n@@@\n")
    r = run(runner, "--data", str(data_copy), "validate", code=1)
    assert "sina-gx-2018-08-20.ttl:" in r.output and "Turtle syntax error" in r.output
    assert "Traceback" not in r.output


def test_search_json_contract(cli):
    data = json.loads(cli("search", "baise mangguo", "--format", "json").output)
    assert data[0] == {"iri": gxr("product/baise-mango"), "label": "百色芒果",
                       "types": [gxo("Product")], "score": data[0]["score"]}
    assert data[0]["score"] > data[-1]["score"] or len(data) == 1
    assert [d["score"] for d in data] == sorted((d["score"] for d in data), reverse=True)


def test_search_type_filter_and_english(cli):
    data = json.loads(cli("--lang", "en", "search", "南宁", "--type", "product", "-f", "json").output)
    assert {d["label"] for d in data} >= {"Nanning banana", "Nanning laoyou noodles"}
    assert all(d["types"] == [gxo("Product")] for d in data)


def test_search_nothing(cli):
    r = cli("search", "qqqqzzzz", code=1)
    assert "nothing matches" in r.output


def test_show_table_and_json(cli):
    out = cli("show", "柳州螺蛳粉").output
    assert "柳州螺蛳粉  Liuzhou river-snail rice noodles" in out
    assert "广西米粉" in out and "30亿元" in out and "突破" in out
    assert "gx.sina.com.cn" in out
    rec = json.loads(cli("show", "柳州螺蛳粉", "-f", "json").output)
    assert set(rec) >= {"iri", "labels", "types", "facts", "observations", "evidence"}
    assert rec["labels"] == {"zh": "柳州螺蛳粉", "en": "Liuzhou river-snail rice noodles"}
    assert rec["types"] == [gxo("Product")]
    (obs,) = rec["observations"]
    assert (obs["value"], obs["unit"]["iri"], obs["qualifier"]["iri"], obs["stated_as"], obs["period"]["year"]) == \
        ("3000000000", gxo("CNY"), gxo("Exceeds"), "30亿元", "2017")
    ups = {f["label"] for f in rec["facts"] if f["relation"]["iri"] == gxo("upstreamIndustry")}
    assert ups == set()  # stated of the group 广西米粉, not of each member (issue 20)
    assert all(f["evidence"] or f["derived"] for f in rec["facts"] if "iri" in f)


def test_show_in_english(cli):
    out = cli("--lang", "en", "show", "Rongan").output
    assert "type: County-level division" in out
    assert "→ located in" in out and "Liuzhou" in out


def test_unknown_name_exits_2_with_suggestion(cli):
    r = cli("show", "凭详市", code=2)
    assert r.output.strip().splitlines() == ["Error: no entity named '凭详市'; did you mean 凭祥市 (County-level division)?"] or \
        "did you mean 凭祥市" in r.output
    assert "Traceback" not in r.output


def test_ambiguous_name_lists_candidates(runner):
    r = run(runner, "--data", str(FIXTURES / "minidata"), "show", "边城", code=2)
    assert "ambiguous" in r.output and "丙县" in r.output and "丁县" in r.output


def test_neighbors_json_contract(cli):
    data = json.loads(cli("neighbors", "融安", "-f", "json", "--evidence").output)
    assert data["entity"] == {"iri": gxr("place/450224"), "label": "融安县", "types": [gxo("County")]}
    got = {(n["label"], n["relation"]["iri"], n["direction"], n["depth"]) for n in data["neighbors"]}
    assert got == {("柳州市", gxo("locatedIn"), "out", 1),
                   ("“电商+农民合作社+贫困户”模式", gxo("adoptsModel"), "out", 1),
                   ("融安金桔", gxo("originatesFrom"), "in", 1)}
    model = next(n for n in data["neighbors"] if n["relation"]["iri"] == gxo("adoptsModel"))
    assert any("融安打造“电商+农民合作社+贫困户”模式" in q for q in model["evidence"])
    assert set(data["neighbors"][0]) >= {"iri", "label", "types", "relation", "direction", "depth", "evidence"}


def test_neighbors_filters(cli):
    data = json.loads(cli("neighbors", "百色市", "--direction", "in", "--relation", "位于", "-f", "json").output)
    assert len(data["neighbors"]) == 12 and all(n["direction"] == "in" for n in data["neighbors"])
    data = json.loads(cli("neighbors", "广西", "--type", "Platform", "--depth", "1", "-f", "json").output)
    assert {n["label"] for n in data["neighbors"]} == {"阿里巴巴", "京东", "乐村淘", "赶街", "阿里巴巴一达通", "浙江聚贸", "德国思爱普（SAP）"}
    data = json.loads(cli("neighbors", "汉塘村", "--depth", "3", "--direction", "out", "-f", "json").output)
    assert [(n["label"], n["depth"]) for n in data["neighbors"] if n["relation"]["iri"] == gxo("locatedIn")] == \
        [("武利镇", 1), ("灵山县", 2), ("钦州市", 3)]
    r = cli("neighbors", "融安", "--relation", "eats", code=2)
    assert "unknown relation" in r.output


def test_neighbour_with_two_relations_is_listed_per_relation(cli):
    data = json.loads(cli("neighbors", "京东", "-f", "json").output)
    assert {(n["label"], n["relation"]["iri"]) for n in data["neighbors"]} == {
        ("广西壮族自治区", gxo("operatesRuralEcommerceIn")), ("广西壮族自治区", gxo("cameToDevelopIn"))}
    assert all(n["stated"] and n["rule"] is None for n in data["neighbors"])


def test_show_indicator_lists_its_figures(cli):
    out = cli("show", "电子商务交易额").output
    assert "1266亿元" in out and "7056亿元" in out and "4220亿元" in out and "广西壮族自治区" in out


def test_neighbors_csv(cli):
    out = cli("neighbors", "融安", "-f", "csv").output
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["depth", "relation", "dir", "neighbor", "type", "curie"]
    assert ["1", "位于", "out", "柳州市", "地级行政区", "gxr:place/450200"] in rows


def test_path_in_words_and_json(cli):
    out = cli("path", "融安县", "广西").output.strip()
    assert out == "融安县 —位于→ 柳州市 —位于→ 广西壮族自治区"
    out = cli("--lang", "en", "path", "融安金桔", "柳州").output.strip()
    assert out == "Rong'an kumquat —originates from→ Rong'an County —located in→ Liuzhou"
    data = json.loads(cli("path", "融安县", "广西", "-f", "json").output)
    assert data["paths"][0][1] == {"relation": {"iri": gxo("locatedIn"), "label": "位于"}, "direction": "out"}
    assert data["paths"][0][2] == {"iri": gxr("place/450200"), "label": "柳州市"}


def test_path_all_and_none(cli):
    out = cli("path", "阿里巴巴", "京东", "--all").output.strip().splitlines()
    assert "阿里巴巴 —开展农村电商业务→ 广西壮族自治区 ←开展农村电商业务— 京东" in out
    assert len(out) == 2  # JD also settled in Guangxi: a second shortest path
    r = cli("path", "融安县", "广西", "--max-length", "1", code=1)
    assert "no path" in r.output


def test_sparql_formats(cli):
    q = "SELECT ?p WHERE { ?p gxo:operatesRuralEcommerceIn gxr:place/450000 } ORDER BY ?p"
    data = json.loads(cli("sparql", q, "-f", "json").output)
    assert data["head"]["vars"] == ["p"]
    assert [b["p"]["value"] for b in data["results"]["bindings"]] == [gxr("org/alibaba"), gxr("org/ganjie"), gxr("org/jd"), gxr("org/lecuntao")]
    assert cli("sparql", q, "-f", "csv").output.splitlines()[0].strip() == "p"
    assert cli("sparql", q, "-f", "tsv").output.splitlines()[0].strip() == "?p"
    assert "<sparql" in cli("sparql", q, "-f", "xml").output
    table = cli("sparql", q).output
    assert "阿里巴巴 (gxr:org/alibaba)" in table
    assert "Alibaba (gxr:org/alibaba)" in cli("--lang", "en", "sparql", q).output
    assert cli("sparql", "ASK { gxr:place/450224 gxo:locatedIn gxr:place/450200 }").output.strip() == "true"
    ttl = cli("sparql", "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a gxo:Platform ; rdfs:label ?l }", "-f", "turtle").output
    assert "阿里巴巴" in ttl
    nt = cli("sparql", "DESCRIBE gxr:org/jd", "-f", "nt").output
    assert "<https://w3id.org/gxkg/resource/org/jd>" in nt


def test_sparql_from_file_and_stdin(cli, runner, backend, tmp_path):
    f = tmp_path / "q.rq"
    f.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a gxo:County }", encoding="utf-8")
    assert json.loads(cli("sparql", str(f), "-f", "json").output)["results"]["bindings"][0]["n"]["value"] == "111"
    r = runner.invoke(main, [*backend, "sparql", "-", "-f", "csv"], input="SELECT (COUNT(*) AS ?n) WHERE { ?s a gxo:Prefecture }")
    assert r.exit_code == 0 and r.output.split()[-1] == "14"
    cli("sparql", str(tmp_path / "missing.rq"), code=1)
    plain = tmp_path / "query"  # any existing file is read, whatever its name
    plain.write_text("ASK { gxr:place/450224 a gxo:County }", encoding="utf-8")
    assert cli("sparql", str(plain)).output.strip() == "true"


@pytest.mark.parametrize("query, message", [
    ("SELECT * WHERE { SERVICE <http://example.org/s> { ?s ?p ?o } }", "SERVICE is refused"),
    ("LOAD <http://example.org/x.ttl>", "read-only"),
    ("SELECT * WHERE { ?s ?p }", "SPARQL syntax error at 1:"),
])
def test_sparql_errors_exit_2(cli, query, message):
    r = cli("sparql", query, code=2)
    assert message in r.output and "Traceback" not in r.output


def test_sparql_wrong_format_for_result_type(cli):
    r = cli("sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "-f", "turtle", code=1)
    assert "CONSTRUCT/DESCRIBE" in r.output


def test_queries_and_query(cli):
    data = json.loads(cli("queries", "-f", "json").output)
    names = {q["name"] for q in data}
    assert {"poverty-alleviation-models", "products-from-place", "event-details"} <= names
    assert all(q["description"] for q in data)
    out = cli("query", "products-from-place", "--param", "place=Liuzhou").output
    assert "柳州螺蛳粉" in out and "融安金桔" in out
    assert "SELECT" in cli("query", "products-from-place", "--show").output
    res = json.loads(cli("query", "upstream-industries", "-p", "product=桂林米粉", "-f", "json").output)
    assert len(res["results"]["bindings"]) == 4
    r = cli("query", "products-from-place", "--param", "place=火星", code=2)
    assert "no entity named '火星'" in r.output
    r = cli("query", "products-from-place", "--param", "nonsense", code=2)
    assert "KEY=VALUE" in r.output


def test_stats(cli):
    data = json.loads(cli("stats", "-f", "json").output)
    counts = {c["curie"]: c["count"] for c in data["classes"]}
    assert counts["gxo:County"] == 111 and counts["gxo:Prefecture"] == 14 and counts["gxo:Product"] == 15
    assert data["totals"]["observations"] == 37
    assert {r["curie"] for r in data["relations"]} >= {"gxo:locatedIn", "gxo:adoptsModel", "gxo:issuedBy"}
    assert "gxo:County" in cli("stats").output


@pytest.mark.parametrize("measure", ["centrality", "communities", "bridges", "components"])
def test_analyze(cli, measure):
    data = json.loads(cli("analyze", measure, "--top", "3", "-f", "json").output)
    assert 1 <= len(data) <= 3
    assert cli("analyze", measure, "--top", "2").output.strip()


def test_export_formats_and_no_overwrite(cli, tmp_path):
    for fmt, marker in [("turtle", b"@prefix"), ("nt", b"<https://w3id.org/gxkg/"), ("jsonld", b"@id"),
                        ("trig", b"@prefix"), ("graphml", b"<graphml"), ("gexf", b"<gexf")]:
        out = tmp_path / f"g.{fmt}"
        cli("export", "--format", fmt, "--output", str(out))
        assert marker in out.read_bytes()
    target = tmp_path / "g.turtle"
    before = target.read_bytes()
    target.write_bytes(b"mine")
    r = cli("export", "--format", "nt", "--output", str(target), code=1)
    assert "--force" in r.output and target.read_bytes() == b"mine"
    cli("export", "--format", "turtle", "--output", str(target), "--force")
    assert target.read_bytes() == before


def test_graphml_opens_in_networkx(cli, tmp_path):
    import networkx as nx
    out = tmp_path / "g.graphml"
    cli("--lang", "en", "export", "-f", "graphml", "-o", str(out))
    g = nx.read_graphml(out)
    assert g.nodes[gxr("place/450224")]["label"] == "Rong'an County"
    assert g.nodes[gxr("place/450224")]["lat"] > 20  # coordinates travel with the places
    assert [d["relation"] for d in g.get_edge_data(gxr("place/450224"), gxr("place/450200")).values()] == ["gxo:locatedIn"]
    # two relations between the same entities stay two edges (京东: rural e-commerce and came to develop)
    jd = g.get_edge_data(gxr("org/jd"), gxr("place/450000"))
    assert sorted(d["relation"] for d in jd.values()) == ["gxo:cameToDevelopIn", "gxo:operatesRuralEcommerceIn"]
    from gxkg.kg import KnowledgeGraph
    assert g.number_of_edges() == len(KnowledgeGraph.open().relations)


def test_real_subprocess_and_exit_codes(tmp_path):
    env = dict(os.environ, GXKG_CACHE_DIR=str(tmp_path))
    exe = [sys.executable, "-m", "gxkg.cli"]
    r = subprocess.run(exe + ["--lang", "en", "neighbors", "Baise", "-f", "json"], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["entity"]["label"] == "Baise"
    assert "Baise mango" in {n["label"] for n in data["neighbors"]}
    r = subprocess.run(exe + ["show", "不存在的地方"], capture_output=True, text=True, env=env)
    assert r.returncode == 2 and r.stderr.startswith("Error: ") and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [["neighbors", "百色市"], ["show", "柳州螺蛳粉"], ["search", "baise"], ["search", "凭详"],
                                  ["path", "融安金桔", "阿里巴巴"]])
def test_lookup_commands_do_not_import_heavy_modules(tmp_path, args):
    """Once the store is built, a lookup imports neither rdflib nor pypinyin (pinyin is in the name index)."""
    code = ("import sys; from gxkg.cli import main\n"
            f"try: main({args!r})\n"
            "except SystemExit: pass\n"
            "print(sorted(m for m in ('networkx', 'pyvis', 'pyshacl', 'pypinyin', 'rdflib', 'httpx') if m in sys.modules))")
    env = dict(os.environ, GXKG_CACHE_DIR=str(tmp_path))
    subprocess.run([sys.executable, "-m", "gxkg.cli", "store", "build"], capture_output=True, env=env, check=True)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert r.stdout.strip().splitlines()[-1] == "[]", r.stdout + r.stderr


@pytest.mark.parametrize("option, value", [("--timeout", "nan"), ("--timeout", "-1"), ("--timeout", "inf"),
                                           ("--timeout", "1e9"), ("--memory", "nan"), ("--memory", "10"),
                                           ("--memory", "2.5")])
def test_numeric_options_reject_nonsense(runner, option, value):
    r = runner.invoke(main, ["sparql", "ASK {}", option, value])
    assert r.exit_code == 2 and "Traceback" not in r.output and "is not" in r.output


def test_sparql_runaway_stops_at_the_limit_with_one_line(cli):
    """The runaway (hours without a limit) is stopped at the 1 s limit: its one line says so."""
    r = cli("sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "--timeout", "1", code=2)
    assert "time limit" in r.output or "did not answer" in r.output
    assert len(r.output.strip().splitlines()) == 1


def test_ctrl_c_stops_a_runaway_at_once(tmp_path):
    """Ctrl-C while the query runs: the forked query is stopped and the command says so in one line (exit 130)."""
    import signal
    import time
    from pathlib import Path

    env = dict(os.environ, GXKG_CACHE_DIR=str(tmp_path))
    subprocess.run([sys.executable, "-m", "gxkg.cli", "store", "build"], capture_output=True, env=env, check=True)
    p = subprocess.Popen([sys.executable, "-m", "gxkg.cli", "sparql", "--timeout", "600",
                          "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    children = Path(f"/proc/{p.pid}/task/{p.pid}/children")
    deadline = time.monotonic() + 120  # hang guard: the query starts (its forked child runs) in seconds
    while not (children.exists() and children.read_text().split()) and time.monotonic() < deadline and p.poll() is None:
        time.sleep(0.05)
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=120)  # hang guard: without Ctrl-C the query runs to its 600 s limit
    assert p.returncode == 130 and "Interrupted" in err and "Traceback" not in err


def test_sparql_data_files_and_directories(runner, tmp_path):
    data = tmp_path / "d.ttl"
    data.write_text('@prefix ex: <http://example.org/> . ex:a ex:name "甲" . ex:b ex:name "乙" .\n', encoding="utf-8")
    out = run(runner, "sparql", "--data", str(data), "SELECT ?n WHERE { ?s <http://example.org/name> ?n } ORDER BY ?n",
              "-f", "csv").output
    assert out.split() == ["n", "乙", "甲"] or out.split() == ["n", "甲", "乙"]
    q = tmp_path / "rel.rq"
    q.write_text("SELECT ?x WHERE { BIND(<d.ttl> AS ?x) }", encoding="utf-8")
    out = json.loads(run(runner, "sparql", "--data", str(data), str(q), "-f", "json").output)
    assert out["results"]["bindings"][0]["x"]["value"] == (tmp_path / "d.ttl").resolve().as_uri()
    from conftest import ROOT
    out = run(runner, "sparql", "--data", str(DATA), "SELECT (COUNT(*) AS ?n) WHERE { ?s a gxo:County }", "-f", "csv").output
    assert out.split()[-1] == "111"
    r = run(runner, "sparql", "--data", str(tmp_path / "missing.ttl"), "ASK {}", code=2)
    assert "does not exist" in r.output
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    r = run(runner, "sparql", "--data", str(bad), "ASK {}", code=2)
    assert "bad.ttl" in r.output and "Traceback" not in r.output


def test_store_build_info_and_reuse(runner, tmp_path):
    out = tmp_path / "st"
    import pyoxigraph as ox
    from gxkg.kg import default_files
    triples = sum(1 for f in default_files() for _ in ox.parse(path=str(f), format=ox.RdfFormat.TURTLE))
    line = run(runner, "store", "build", "--output", str(out)).output.strip().splitlines()[-1]
    assert f"{triples} triples" in line and "4 graphs" in line
    r = run(runner, "store", "build", "--output", str(out), code=2)
    assert "--force" in r.output
    info = json.loads(run(runner, "--store", str(out), "store", "info", "-f", "json").output)
    assert info["backend"] == "embedded" and info["triples"] == triples and len(info["graphs"]) == 4
    from gxkg.store.build import content_hash
    assert info["hash"] == content_hash(default_files())  # hashed beside the load: the same key as the cache's
    assert "百色芒果" in run(runner, "--store", str(out), "neighbors", "百色市").output
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me", encoding="utf-8")
    r = run(runner, "store", "build", "--output", str(tmp_path / "mine"), "--force", code=2)
    assert "not a gxkg store" in r.output and (tmp_path / "mine" / "notes.txt").exists()
    r = run(runner, "--store", str(tmp_path / "mine"), "show", "百色", code=2)
    assert "not a gxkg store" in r.output


def test_remote_backend_reports_an_unreachable_endpoint(runner):
    from conftest import free_port
    r = run(runner, "--endpoint", f"http://127.0.0.1:{free_port()}/query", "show", "百色", code=1)
    assert "cannot reach the SPARQL endpoint" in r.output and "Traceback" not in r.output
    r = run(runner, "--endpoint", "ftp://x", "show", "百色", code=1)
    assert "http(s) URL" in r.output


def test_english_reaches_errors_suggestions_facts_and_quotes(cli):
    r = cli("--lang", "en", "show", "凭详市", code=2)
    assert "did you mean Pingxiang (county-level city) (County-level division)?" in r.output
    out = cli("--lang", "en", "show", "凭祥").output
    assert "Facts" in out and "[translation by gxkg] Border cities such as Pingxiang" in out
    assert "Guangxi e-commerce's new leap" in out
    forum = cli("--lang", "en", "show", "中国-东盟信息港电子商务论坛").output
    assert "derived: held in a city, held in its province" in forum
    assert "translation by gxkg: New integration of" in forum
    assert "mango" in cli("--lang", "en", "show", "mango").output.splitlines()[0]


def test_list_and_figures(cli):
    classes = json.loads(cli("list", "-f", "json").output)
    assert {"curie": "gxo:County", "count": 111} == {k: v for k, v in next(c for c in classes if c["curie"] == "gxo:County").items()
                                                  if k in ("curie", "count")}
    events = json.loads(cli("list", "--type", "Event", "-f", "json").output)
    assert len(events) == 10 and set(events[0]) == {"iri", "label", "types"}
    rows = json.loads(cli("figures", "--entity", "柳州螺蛳粉", "-f", "json").output)
    assert [(r["indicator"]["label"], r["value"], r["stated"]) for r in rows] == [("年销售额", "3000000000", "30亿元")]
    csv_text = cli("figures", "--indicator", "e-commerce transaction volume", "--year", "2017", "-f", "csv").output
    got = list(csv.DictReader(io.StringIO(csv_text)))
    assert [(r["entity"], r["value"], r["stated"], r["source"]) for r in got] == [
        ("广西壮族自治区", "705600000000", "7056亿元", "广西电商新跨越 经济增长新引擎")]
    assert "柳州螺蛳粉" in got[0]["evidence"] or "7056亿元" in got[0]["evidence"]
    rng = json.loads(cli("figures", "--entity", "汉塘村", "-f", "json").output)
    assert [(r["min"], r["max"], r["stated"]) for r in rng] == [("100000", "200000", "十几万")]


def test_long_cells_wrap_and_csv_json_never_truncate(cli):
    from gxkg import output

    out = cli("neighbors", "广西", "--evidence", "-f", "csv").output
    assert any(len(line) > 200 for line in out.splitlines())  # whole sentences
    sentence = "随着预包装工艺全面突破，柳州螺蛳粉、桂林米粉、南宁老友粉等广西米粉，带动了上游螺蛳养殖"
    wrapped = output.table(["a", "b"], [["x", sentence]], max_col=20)
    assert "…" not in wrapped and "".join(line[3:].strip() for line in wrapped.splitlines()[2:]) == sentence
    output.WIDE = True
    try:
        assert len(output.table(["a", "b"], [["x", sentence]], max_col=20).splitlines()) == 3
    finally:
        output.WIDE = False


def test_saved_query_csv_has_labels_beside_iris(cli):
    out = cli("query", "products-from-place", "-f", "csv").output.splitlines()
    assert out[0] == "product,product_label,origin,origin_label,derived"  # derived: the rule, when one made the row
    # rows are not ordered (Virtuoso answers this query right only without ORDER BY)
    assert any(line.startswith("https://w3id.org/gxkg/resource/product/liuzhou-luosifen,柳州螺蛳粉,") for line in out[1:])


def test_analyze_can_leave_out_relations(cli):
    full = json.loads(cli("analyze", "centrality", "-n", "1", "-f", "json").output)
    lean = json.loads(cli("analyze", "centrality", "-n", "300", "-x", "locatedIn", "-x", "位于", "-f", "json").output)
    assert full[0]["label"] == "广西壮族自治区"
    gx = next(r for r in lean if r["label"] == "广西壮族自治区")
    assert gx["degree"] <= full[0]["degree"] - 14  # its 14 prefectures are no longer its neighbours


def test_turtle_export_uses_the_project_prefixes(runner):
    out = runner.invoke(main, ["export", "-f", "turtle"]).stdout
    for p in ("geo:", "dct:", "gxo:", "skos:", "schema:"):
        assert f"@prefix {p} " in out
    assert "geo1:" not in out and "ns1:" not in out


def test_output_piped_to_a_reader_that_leaves_early_ends_quietly():
    """`gxkg list --type County | head -1`: the reader goes, the command ends at once with status 0 and
    nothing on standard error (it printed "lost sys.stderr" and an object dump at shutdown)."""
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "gxkg.cli", "list", "--type", "County"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader has gone before the first line
    err = proc.stderr.read().decode()
    assert proc.wait(120) == 0, err
    assert not [line for line in err.splitlines() if not line.startswith("gxkg: ")], err  # only the store's progress
