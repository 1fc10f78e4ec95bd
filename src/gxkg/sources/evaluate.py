"""Measure a draft against an expectation recorded by hand (`<article>.expected.yaml`): precision and recall
of mentions, figures (every field right) and relations. Used by benchmarks/measure_extract.py and the tests.

An expectation lists mentions (`text` with the `iri` the graph or division data holds, or the `class` of
an entity the graph lacks), words that must never be linked (`never`), figures (stated text, value, unit,
about, indicator or growth_of as scheme names or `new:<label>`, period, qualifier) and relations
(subject, predicate, object as mention texts or IRIs). Texts compare as simplified characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

GXR = "https://w3id.org/gxkg/resource/"
GXO = "https://w3id.org/gxkg/ontology#"


@dataclass
class Score:
    right: int = 0
    proposed: int = 0
    expected: int = 0
    misses: list = field(default_factory=list)
    wrong: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.proposed if self.proposed else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0

    def __str__(self) -> str:
        return f"P {self.right}/{self.proposed} ({self.precision:.0%}) R {self.right}/{self.expected} ({self.recall:.0%})"


def _simp(s: str) -> str:
    from .context import simplified

    return simplified(s)


def _name(s: str) -> str:
    """A name as compared: simplified, without the quotation marks around it and the 模式 after a quoted
    model's name (“电商+合作社+农户”模式 is 电商+合作社+农户; “中国月柿之乡” is 中国月柿之乡)."""
    t = _simp(s)
    t = re.sub(r"^[“「『\"](.+)[”」』\"]模式$", r"\1", t)
    return t.strip("“”「」『』\"")


def _target(m: dict) -> str:
    return m.get("iri") or m.get("proposed_iri") or ""


def score(doc: dict, exp: dict) -> dict[str, Score]:
    """{'mentions', 'figures', 'relations'} -> Score of the draft `doc` against the expectation `exp`."""
    ments = doc.get("mentions") or []
    iri_of: dict[str, str] = {}
    for m in ments:
        iri_of.setdefault(_name(m["text"]), _target(m))

    def resolve(x: str) -> str:
        if x.startswith(("place/", "org/", "product/", "designation/", "event/")):
            return GXR + x
        exp_m = next((e for e in exp.get("mentions") or [] if _name(e["text"]) == _name(x)), None)
        if exp_m and exp_m.get("iri"):
            return GXR + exp_m["iri"]
        return iri_of.get(_name(x), f"?{x}")

    ms = _score_mentions(ments, exp)
    never = [w for w in exp.get("never") or [] if any(_linked_there(m, w) for m in ments)]
    ms.wrong += [f"never linked, but was: {w if isinstance(w, str) else w['text']}" for w in never]
    return {"mentions": ms, "figures": _score_figures(doc, exp, resolve),
            "relations": _score_relations(doc, exp, resolve, {v: k for k, v in iri_of.items()})}


# an expected class is met by itself or a narrower class the ontology declares (a Region is a Place)
NARROWER = {"Place": {"Province", "Prefecture", "County", "Township", "Village", "StatisticalZone", "Region"},
            "Organization": {"Platform"}, "BusinessModel": {"PovertyAlleviationModel", "TradeModel"}}


def _class_ok(got: str, want: str) -> bool:
    return got == want or got in NARROWER.get(want, ())


def _linked_there(m: dict, never) -> bool:
    """Whether mention `m` is a word that must never be linked: `never` is the word (never linked anywhere) or
    {text, context} (never linked inside that context: 南宁 in 南宁日报讯, while 南宁市 elsewhere is fine)."""
    if isinstance(never, str):
        return _simp(m["text"]) == _simp(never)
    text, ctx = _simp(never["text"]), _simp(never["context"])
    if _simp(m["text"]) != text or m.get("quote") is None:
        return False
    quote, at = _simp(m["quote"]), m["start"] - m["quote_start"]
    return any(c <= at < c + len(ctx) for c in _find_all(quote, ctx))


def _find_all(s: str, sub: str) -> list[int]:
    out, i = [], s.find(sub)
    while i != -1:
        out.append(i)
        i = s.find(sub, i + 1)
    return out


def _score_mentions(ments: list[dict], exp: dict) -> Score:
    """Mentions: (text, target) where target is an IRI, or a class for an entity the graph lacks."""
    cls_of = {_target(m): (m.get("class") or "").removeprefix(GXO) for m in ments}
    new_of = {_target(m): bool(m.get("proposed_iri")) for m in ments}
    want = {_name(e["text"]): e for e in exp.get("mentions") or []}
    ms = Score(expected=len(want))
    for m in ments:
        t = _name(m["text"])
        e = want.get(t)
        ok = e is not None and ((e.get("iri") and _target(m) == GXR + e["iri"])
                                or (e.get("class") and new_of[_target(m)] and _class_ok(cls_of[_target(m)], e["class"])))
        ms.proposed += 1
        if ok:
            ms.right += 1
            want.pop(t)
        else:
            ms.wrong.append(f"{m['text']} -> {_target(m) or m.get('candidates')}")
    ms.misses = sorted(want)
    return ms


def _score_figures(doc: dict, exp: dict, resolve) -> Score:
    """Figures: right only when every field is."""
    labels = {i["iri"]: i for i in doc.get("indicators") or []}
    fs = Score(expected=len(exp.get("figures") or []))
    wanted = list(exp.get("figures") or [])
    said = _texts_by_iri(doc)
    for f in doc.get("figures") or []:
        f = dict(f, subject_names=said.get(f["about"], set()) | {_simp(f.get("about_text") or "")})
        fs.proposed += 1
        hit = _figure_hit(f, wanted, resolve, labels, fs.wrong)
        if hit is not None:
            fs.right += 1
            wanted.remove(hit)
        elif not any(_simp(e["stated"]) == _simp(f["statedAs"]) for e in wanted):
            fs.wrong.append(f"{f['statedAs']}: not expected")
    fs.misses = [e["stated"] for e in wanted]
    return fs


def _figure_hit(f: dict, wanted: list, resolve, labels: dict, wrong: list) -> dict | None:
    """The expected figure the proposal matches in every field; each near miss said in `wrong`."""
    for e in wanted:
        if _simp(e["stated"]) != _simp(f["statedAs"]):
            continue
        problems = _figure_problems(f, e, resolve, labels)
        if not problems:
            return e
        wrong.append(f"{f['statedAs']}: {'; '.join(problems)}")
    return None


def _texts_by_iri(doc: dict) -> dict[str, set]:
    """What the article wrote for each entity (its mentions' texts), by IRI."""
    said: dict[str, set] = {}
    for m in doc.get("mentions") or []:
        said.setdefault(m.get("iri") or m.get("proposed_iri"), set()).add(_simp(m["text"]))
    return said


def _score_relations(doc: dict, exp: dict, resolve, names: dict) -> Score:
    """Relations: (subject, predicate, object) as IRIs."""
    want_r = {(resolve(s), GXO + p, resolve(o)) for s, p, o in exp.get("relations") or []}
    rs = Score(expected=len(want_r))
    for r in doc.get("relations") or []:
        key = (r["subject"], r["predicate"], r["object"])
        rs.proposed += 1
        if key in want_r:
            rs.right += 1
            want_r.discard(key)
        else:
            rs.wrong.append(_show(key, names))
    rs.misses = sorted(_show(k, names) for k in want_r)
    return rs


def _show(key, names) -> str:
    s, p, o = key
    return f"{names.get(s, s.removeprefix(GXR))} {p.removeprefix(GXO)} {names.get(o, o.removeprefix(GXR))}"


GROWTH_END = ("同比增长", "比上年增长", "增长")


def _growth_base(f: dict) -> str:
    """The indicator a growth figure grows when the draft does not say (the graph already held the growth
    indicator, as 跨境电商交易额同比增长): the scheme concept, or the label, its words name."""
    from .reference import concept_for

    text = f.get("indicator_text") or ""
    base = next((text[:-len(w)] for w in GROWTH_END if text.endswith(w)), "")
    c = concept_for(base) if base else None
    return c.iri if c and base in c.wordings else f"label:{base}"


def _count_word(label: str) -> str:
    """企业数 and 企业数量 are the same name of a count."""
    return label[:-1] if label and label.endswith("数量") else label


def _same_indicator(iri: str, want: str, labels: dict, subject: set = frozenset()) -> bool:
    """The proposed indicator `iri` is the expected one: a scheme name, or `new:<label>` for a concept the
    scheme lacks (compared by its proposed zh label; 数 and 数量 alike; a note in brackets left out), or whose
    label, once the figure's subject is taken off its front (麻通产值 of 麻通), is a wording of the scheme
    concept proposed: a wording means its concept, as in ingest."""
    if str(want).startswith("new:"):
        got = iri[6:] if iri.startswith("label:") else labels.get(iri, {}).get("label", {}).get("zh")
        want = re.sub(r"[（(][^）)]*[）)]$", "", _simp(want[4:]))
        return _count_word(_simp(got or "")) == _count_word(want) or _scheme_wording(iri, want, subject)  # 坭興陶 is 坭兴陶
    return iri == GXR + "indicator/" + want


def _scheme_wording(iri: str, want: str, subject: set) -> bool:
    from .reference import concept_match

    for name in sorted((n for n in subject if n and want.startswith(n)), key=len, reverse=True):
        found = concept_match(want[len(name):].lstrip("的"))
        if found and not found[1] and found[0].iri == iri:
            return True
    return False


def canonical_period(p: dict | None) -> tuple:
    """A period as (first month, last month, as of): 2020 is 2020-01 to 2020-12, a date its month, 目前 the
    month as of which a stock is stated. What is only said about a period (the year a growth rate compares
    with, a running total, the day inside the month) is left out: the months are the claim."""
    p = p or {}
    if p.get("date") or p.get("day"):
        day = p.get("date") or p.get("day")
        return day[:7], day[:7], False
    if p.get("as_of") and p.get("as_of") is not True:
        return p["as_of"], p["as_of"], True
    if p.get("start") or p.get("end"):
        return p.get("start"), p.get("end"), bool(p.get("as_of"))
    if p.get("year"):
        return f"{p['year']}-01", f"{p['year']}-12", False
    return None, None, False


def _amount_problems(f: dict, e: dict) -> list[str]:
    """What differs in a figure's value, range or unit from the one expected."""
    out = []
    if "value" in e and f.get("value") != e["value"]:
        out.append(f"value {f.get('value')} != {e['value']}")
    if "min" in e and (f.get("min"), f.get("max")) != (e["min"], e["max"]):
        out.append(f"range {f.get('min')}-{f.get('max')} != {e['min']}-{e['max']}")
    if f["unit"] != GXO + e["unit"]:
        out.append(f"unit {f['unit'].removeprefix(GXO)} != {e['unit']}")
    return out


def _indicator_problems(f: dict, e: dict, labels: dict) -> list[str]:
    """A figure's indicator (or, for a growth rate, the indicator it grows) when it is not the one expected."""
    if "growth_of" in e:
        got = labels.get(f["indicator"], {}).get("growth_of") or _growth_base(f)
        if not _same_indicator(got, e["growth_of"], labels, f.get("subject_names", set())):
            return [f"growth of {got.removeprefix(GXR) or f['indicator'].removeprefix(GXR)} != {e['growth_of']}"]
    elif not _same_indicator(f["indicator"], e["indicator"], labels, f.get("subject_names", set())):
        return [f"indicator {f['indicator'].removeprefix(GXR)} ({f.get('indicator_text')}) != {e['indicator']}"]
    return []


def _figure_problems(f: dict, e: dict, resolve, labels: dict) -> list[str]:
    out = _amount_problems(f, e)
    if f["about"] != resolve(e["about"]):
        out.append(f"about {f.get('about_text')} ({f['about'].removeprefix(GXR)}) != {e['about']}")
    out += _indicator_problems(f, e, labels)
    if canonical_period(f.get("period")) != canonical_period(e.get("period")):
        out.append(f"period {f.get('period')} != {e.get('period')}")
    q = (f.get("qualifier") or "").removeprefix(GXO) or None
    if q != e.get("qualifier"):
        out.append(f"qualifier {q} != {e.get('qualifier')}")
    return out
