"""Score `gxkg ingest` on the held-out articles: gold converted by convert.py, scored by gxkg.sources.evaluate
(a figure matches when its stated text lies in the gold quote; --relaxed leaves indicator and period out).

    .venv/bin/python benchmarks/heldout/measure_articles.py [--set benchmarks/heldout2] [-v] [--relaxed | --relax indicator,period]
"""
import json, os, shutil, subprocess, sys, tempfile
from pathlib import Path
import yaml
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
from gxkg.sources import evaluate as ev
orig_simp = ev._simp
RELAXED = ("indicator", "period", "growth") if "--relaxed" in sys.argv else \
    tuple(sys.argv[sys.argv.index("--relax") + 1].split(",")) if "--relax" in sys.argv else ()
if RELAXED:  # which fields cost most: --relax indicator scores figures as if every indicator were right
    _fp = ev._figure_problems
    ev._figure_problems = lambda f, e, r, l: [p for p in _fp(f, e, r, l) if not p.startswith(RELAXED)]
def score(doc, exp):
    # gold quotes hold the figure inside a longer phrase: match a proposal whose stated text lies in the quote
    figs = exp.get("figures") or []
    for f in doc.get("figures") or []:
        for e in figs:
            if "_q" not in e:
                e["_q"] = e["stated"]
            if f["statedAs"] in e["_q"] and e["stated"] == e["_q"]:
                e["stated"] = f["statedAs"]
                break
    return ev.score(doc, exp)
tmp = Path(tempfile.mkdtemp())
for d in ("ontology", "graph", "sources"):
    shutil.copytree(ROOT / d, tmp / d)
env = dict(os.environ, GXKG_CACHE_DIR=str(tmp / "cache"))
tot = {}
SET = Path(sys.argv[sys.argv.index("--set") + 1]).resolve() if "--set" in sys.argv else Path(__file__).resolve().parent
OUT = Path(tempfile.mkdtemp()) / SET.name
subprocess.run([sys.executable, str(Path(__file__).with_name("convert.py")), str(OUT), str(SET)], check=True)
for art in sorted(OUT.glob("*.txt")):
    exp = yaml.safe_load(art.with_suffix(".expected.yaml").read_text())
    out = subprocess.run([sys.executable, "-m", "gxkg.cli", "--data", str(tmp), "ingest", str(art), "--date", exp["date"],
                          "--publisher", exp["publisher"], "--id", "m", "--force", "-f", "json"], env=env, capture_output=True, text=True).stdout
    doc = json.loads(out[out.index("{"):])
    res = score(doc, exp)
    # new entities: the expected mentions the graph lacks (a class, no IRI) and the draft's proposed new ones
    new_exp = {ev._name(e["text"]) for e in exp.get("mentions") or [] if not e.get("iri")}
    new_doc = {ev._name(m["text"]) for m in doc["mentions"] if m.get("proposed_iri")}
    found = new_exp - set(res["mentions"].misses)
    res["new entities"] = ev.Score(right=len(found), proposed=len(new_doc), expected=len(new_exp))
    print(f"{art.stem[:34]:34} " + " ".join(f"{k[:3]} {str(res[k]):30}" for k in ("mentions", "figures", "relations", "new entities")))
    for k, s in res.items():
        t = tot.setdefault(k, [0, 0, 0]); t[0] += s.right; t[1] += s.proposed; t[2] += s.expected
    if "-v" in sys.argv:
        for k in ("mentions", "figures", "relations"):
            for w in res[k].wrong:
                print(f"   {k} wrong:  {w}")
            for m in res[k].misses:
                print(f"   {k} missed: {m}")
for k, (r, p, e) in tot.items():
    print(f"{k:10} precision {r}/{p} = {r/p:.0%}  recall {r}/{e} = {r/e:.0%}")
