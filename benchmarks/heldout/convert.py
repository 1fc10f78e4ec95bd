"""Convert a held-out set's gold JSON into gxkg.sources.evaluate's expected.yaml (for measuring only).

    python benchmarks/heldout/convert.py OUT [SET_DIR]   (SET_DIR: benchmarks/heldout by default)
"""
import json, re, sys, shutil
from pathlib import Path
import yaml
import pyoxigraph as ox

HERE = Path(__file__).resolve().parent
SRC = (Path(sys.argv[2]) if len(sys.argv) > 2 else HERE) / "articles"
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/gxkg-heldout")
OUT.mkdir(parents=True, exist_ok=True)
# indicator scheme: zh labels -> slug
scheme = {}
for t in ox.parse(path=str(HERE.parents[1] / "src/gxkg/reference/indicators.ttl"), format=ox.RdfFormat.TURTLE):
    if isinstance(t.object, ox.Literal) and t.subject.value.startswith("https://w3id.org/gxkg/resource/indicator/"):
        scheme.setdefault(t.object.value, t.subject.value.rsplit("/", 1)[1])
QUAL = {"approximately": "Approximately", "more_than": "MoreThan", "nearly": "Nearly", "at_least": "AtLeast",
        "exceeds": "Exceeds", "projected": "Projected", "target": "Projected", None: None}
PRED = {"producedIn": "originatesFrom", "originatesFrom": "originatesFrom", "soldOn": "soldOn", "exportedTo": "exportedTo",
        "soldTo": "soldTo", "heldIn": "heldIn", "organizedBy": "organizedBy", "hostedBy": "hostedBy", "issuedBy": "issuedBy",
        "hasDesignation": "hasDesignation", "adoptsModel": "adoptsModel", "agreementWith": "agreementWith",
        "partnerOf": "agreementWith", "builtIn": "locatedIn", "setUpIn": "locatedIn", "locatedIn": "locatedIn", "operates": "operates"}

# the gold's class names that the ontology spells otherwise
CLASS = {"Company": "Organization", "Model": "BusinessModel"}


def place_iri(code):
    """A division code as the graph's place IRI (as ingest makes it): 6 digits for a county or above,
    9 for a township, all 12 for a village."""
    return code[:6] if code[6:] == "000000" else code[:9] if code[9:] == "000" else code


def rel(iri):
    return iri.removeprefix("gxr:") if iri else None

def ent(x):
    return rel(x.get("iri")) or x["text"]

for g in sorted(SRC.glob("*.gold.json")):
    stem = g.name.removesuffix(".gold.json")
    gold = json.loads(g.read_text()); meta = json.loads((SRC / f"{stem}.meta.json").read_text())
    shutil.copy(SRC / f"{stem}.txt", OUT / f"{stem}.txt")
    ments = []
    for m in gold["mentions"]:
        iri = rel(m.get("iri_if_known")) or (f"place/{place_iri(m['division_code'])}" if m.get("division_code") else None)
        ments.append({"text": m["text"], "iri": iri} if iri else {"text": m["text"], "class": CLASS.get(m["class"], m["class"])})
    figs = []
    for f in gold["figures"]:
        stated = f["quote"]
        e = {"stated": stated, "unit": f["unit"], "about": ent(f["subject"]), "qualifier": QUAL.get(f.get("qualifier"))}
        if f.get("value_range"):
            e["min"], e["max"] = (str(int(v)) if float(v).is_integer() else str(v) for v in f["value_range"])
        elif f.get("value") is not None:
            v = f["value"]; e["value"] = str(int(v)) if float(v).is_integer() else str(v)
        zh = (f.get("indicator") or {}).get("zh", "")
        grows = re.match(r"(.+?)(同比增长|比上年增长|增长)$", zh)
        if grows:   # a growth rate: the indicator it grows, as evaluate compares growth figures
            e["growth_of"] = scheme.get(grows.group(1), f"new:{grows.group(1)}")
        e["indicator"] = scheme.get(zh, f"new:{zh}")
        p = f.get("period") or {}
        # the gold's months as they are (as_of, day kept); evaluate.canonical_period compares periods
        e["period"] = {k: p[k] for k in ("start", "end", "as_of", "day") if p.get(k)}
        figs.append(e)
    rels = [[ent(r["subject"]), PRED.get(r["predicate"], r["predicate"]), ent(r["object"])] for r in gold["relations"]]
    exp = {"date": meta["date"], "publisher": meta["publisher"], "mentions": ments,
           "never": [{"text": n["text"], "context": n["context"]} for n in gold.get("not_mentions", [])], "figures": figs, "relations": rels}
    (OUT / f"{stem}.expected.yaml").write_text(yaml.safe_dump(exp, allow_unicode=True, sort_keys=False))
print("ok")
