"""`gxkg ask`: a question in Chinese or English becomes bound SPARQL from a template, and the answer
comes with its evidence.

Entities are recognised with the same name index as everywhere (labels, alternative names, short
names, English words, traditional characters); relation and indicator words come from a small zh/en
lexicon (below, documented in the README); the question type decides the template. Values reach the
query as serialised terms in a VALUES block, never as pasted text, and run under the usual limits.
A question that fits no template gets an honest answer: what was recognised, what was not, and a
question close to it that is supported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .kg import KnowledgeGraph, format_value, lookup, period_text
from .namespaces import GXO, curie

# relation words -> (property, direction): "out" asks for ?e ?p ?o, "in" for ?s ?p ?e
RELATIONS = [
    (("发布了哪些", "出台了哪些", "发布过哪些", "documents did", "policies did", "did it issue", "issue which"), "issuedBy", "in"),
    (("包括哪些", "包含哪些", "有哪些茶", "which teas", "members of", "belong to", "part of"), "partOf", "in"),
    (("哪些城市", "哪些地方", "which cities", "which places"), "implements", "in"),
    (("商品来自", "商品来源", "goods come from", "goods from", "goods"), "productsFrom", "out"),
    (("业务拓展到", "拓展到", "reach", "reaches", "markets"), "reachesMarket", "out"),
    (("主办", "hosted", "host", "hosts"), "hostedBy", "out"),
    (("承办", "organised", "organized", "organiser", "organizer"), "organizedBy", "out"),
    (("发布", "颁布", "出台", "issued", "issuer", "issue"), "issuedBy", "out"),
    (("举办地", "在哪里举办", "在哪举办", "在哪举行", "held", "where is", "where was"), "heldIn", "out"),
    (("上游", "upstream"), "upstreamIndustry", "out"),
    (("下游", "downstream"), "downstreamIndustry", "out"),
    (("产自", "来自哪里", "产地", "originate", "come from", "comes from", "origin"), "originatesFrom", "out"),
    (("主题", "theme"), "theme", "out"),
    (("议题", "topics", "topic"), "topic", "out"),
    (("模式", "model"), "adoptsModel", "out"),
    (("农村电商", "rural e-commerce"), "operatesRuralEcommerceIn", "in"),
    (("落户", "settled"), "settledIn", "in"),
    (("入桂发展", "came to develop", "came to guangxi"), "cameToDevelopIn", "in"),
    (("涉及", "involves", "products of the model"), "involvesProduct", "out"),
]
PRODUCTS_FROM = ("哪些产品", "什么产品", "which products", "what products", "products from", "products come from")
WHERE = ("在哪个县", "哪个县", "哪个市", "在哪", "位于", "which county", "which city", "which prefecture", "where is", "located")
WHEN = ("什么时候", "何时", "哪天", "哪一天", "日期", "when", "what date")
HOW_MUCH = ("多少", "几", "how much", "how many", "what was", "what is the", "figure", "figures")
RELATION_BETWEEN = ("什么关系", "有何关系", "关系", "how are", "related", "relation between", "connected")
COUNT_CLASSES = {"县": "County", "区县": "County", "县级": "County", "county": "County", "counties": "County",
                 "地级市": "Prefecture", "市": "Prefecture", "prefecture": "Prefecture", "prefectures": "Prefecture",
                 "cities": "Prefecture", "city": "Prefecture"}
# English words that name no entity: a span may not start or end with one, nor be one
EN_STOP = {"what", "which", "where", "when", "who", "whom", "how", "many", "much", "does", "do", "did", "is", "are", "was",
           "were", "the", "of", "in", "from", "come", "comes", "have", "has", "had", "a", "an", "and", "to", "for", "with",
           "by", "that", "this", "there", "their", "its", "it", "on", "at", "be", "been", "as", "or", "what's", "related",
           "products", "platforms", "enterprises", "companies", "industries", "upstream", "downstream", "counties",
           "county", "city", "cities", "hosted", "organised", "organized", "held", "operate", "operates", "rural",
           "e-commerce", "developed", "develop", "came", "sales", "annual", "volume", "figures", "between", "connected",
           "issued", "settled", "theme", "model", "in?", "year", "date", "located", "lie", "lies", "guangxi's"}
YEAR = re.compile(r"((?:19|20)\d{2})\s*年?")


@dataclass
class Answer:
    question: str
    language: str
    entities: list = field(default_factory=list)
    sparql: str = ""
    answers: list = field(default_factory=list)
    evidence: list = field(default_factory=list)
    understood: str = ""
    unrecognised: list = field(default_factory=list)
    suggestion: str = ""

    def as_json(self) -> dict:
        return {"question": self.question, "language": self.language, "entities": self.entities, "sparql": self.sparql,
                "answers": self.answers, "evidence": self.evidence, "understood": self.understood,
                "unrecognised": self.unrecognised, "suggestion": self.suggestion}


def shown(name: str, bindings: dict) -> str:
    """The query as it runs: the template with its values bound in a VALUES block (serialised terms)."""
    from .store.sparql import bind_values

    return bind_values(lookup(name), bindings)


def language(q: str) -> str:
    return "zh" if re.search(r"[\u3400-\u9fff]", q) else "en"


def recognise(kg: KnowledgeGraph, q: str, lang: str) -> list[dict]:
    """Entities named in the question, longest names first, without overlaps."""
    import ahocorasick

    con = kg.names.con
    text = kg.names.simplified(q)
    found = []
    if lang == "zh":
        A = ahocorasick.Automaton()
        for iri, form in con.execute("SELECT nodes.iri, names.form FROM names JOIN nodes ON nodes.id = names.node "
                                     "WHERE names.kind = 'name'"):
            if len(form) >= 2 and re.search(r"[\u3400-\u9fff]", form):
                A.add_word(form, (form, iri) if A.get(form, None) is None else A.get(form))
        if len(A):
            A.make_automaton()
            for end, (form, iri) in A.iter(text):
                found.append((end - len(form) + 1, end + 1, form, iri))
    else:
        text = re.sub(r"['’]s\b", "", text)  # Guangxi's -> Guangxi
        words = [m for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9'’.-]*", text)]
        lw = [w.group(0).lower().strip("?.,'’") for w in words]
        for i in range(len(words)):
            if lw[i] in EN_STOP or YEAR.fullmatch(lw[i]):
                continue
            for j in range(min(len(words), i + 6), i, -1):
                if lw[j - 1] in EN_STOP or "and" in lw[i:j]:
                    continue
                span = text[words[i].start():words[j - 1].end()]
                hits = kg.names.exact(span)
                if not hits:
                    s = kg.names.search(span, limit=2)
                    hits = [s[0]["iri"]] if s and s[0]["how"] in ("exact", "words") and len(span) > 3 and \
                        (len(s) == 1 or s[1]["score"] < s[0]["score"] - 0.05) else []
                if len(hits) == 1:
                    found.append((words[i].start(), words[j - 1].end(), span, hits[0]))
                    break
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out, last = [], -1
    for s, e, form, iri in found:
        if s >= last:
            out.append({"text": form, "iri": iri, "start": s, "end": e})
            last = e
    kg.prefetch([x["iri"] for x in out])
    kg.prefetch_types([x["iri"] for x in out])
    return out


def _has(q: str, words) -> bool:
    ql = q.lower()
    return any(w in ql for w in words)


def ask(kg: KnowledgeGraph, question: str) -> Answer:
    from .store.terms import iri as node

    q = question.strip()
    lang = language(q)
    kg.lang = lang
    ans = Answer(q, lang)
    if not q:
        ans.suggestion = "ask a question, e.g. 柳州螺蛳粉2017年销售额是多少？"
        return ans
    ents = recognise(kg, q, lang)
    ans.entities = [{"text": e["text"], "iri": e["iri"], "label": kg.label(e["iri"], lang)} for e in ents]
    year = next((m.group(1) for m in YEAR.finditer(q)), None)
    inds = [e for e in ents if GXO.Indicator in kg.types(e["iri"])]
    things = [e for e in ents if e not in inds]

    def evidence(quotes):
        for qt in quotes:
            if qt and qt not in ans.evidence:
                ans.evidence.append(qt)

    # relation between two entities
    if len(things) >= 2 and _has(q, RELATION_BETWEEN):
        a, b = things[0]["iri"], things[1]["iri"]
        paths = kg.paths(a, b, max_length=4)
        ans.understood = "relation between two entities"
        ans.sparql = f"# a shortest path over the relations (gxkg path {curie(a)} {curie(b)})"
        for p in paths[:1]:
            ans.answers.append({"label": kg.describe_path(p, lang), "iri": None, "value": None, "unit": None,
                                "period": None})
            for i in range(1, len(p), 2):
                s, o = (p[i - 1], p[i + 1]) if p[i][1] == "out" else (p[i + 1], p[i - 1])
                evidence(ev["quote"] for ev in kg.edge_evidence(s, p[i][0], o))
        return ans

    # which counties adopted a poverty-alleviation model (a class of question, not about one entity)
    if _has(q, ("哪些县", "which counties")) and _has(q, ("模式", "model")) and \
            not any(kg.is_a(t["iri"], GXO.Place) for t in things):
        poverty = _has(q, ("扶贫", "poverty"))
        text = ("SELECT ?county ?model WHERE { ?county a gxo:County ; gxo:adoptsModel ?model . "
                + ("?model a gxo:PovertyAlleviationModel " if poverty else "") + "}")
        rows = kg.store.select(text)
        ans.sparql = text
        ans.understood = "the counties that adopted a model"
        for r in sorted(rows, key=lambda r: r["county"].value):
            ans.answers.append({"label": f"{kg.label(r['county'].value, lang)}: {kg.label(r['model'].value, lang)}",
                                "iri": r["county"].value, "value": None, "unit": None, "period": None})
            for ev in kg.edge_evidence(r["county"].value, GXO.adoptsModel, r["model"].value):
                evidence([ev["quote"]])
        return ans

    subject = things[0] if things else None
    rows = kg.select("ask-figures", {"e": node(subject["iri"])}) if subject else []
    ql = q.lower()
    named_ind = any(lab and lab.lower() in ql for r in rows for lab in kg.labels(r["indicator"].value).values())
    # figures: an entity and an indicator (named, or "how much/many" with a figure-like word)
    if subject and (inds or named_ind or (_has(q, HOW_MUCH) and not _has(q, tuple(COUNT_CLASSES)))):
        if not inds:  # an indicator named in the question by its label (the longest one that fits)
            ql = q.lower()
            named = []
            for r in rows:
                for lab in kg.labels(r["indicator"].value).values():
                    if lab and lab.lower() in ql:
                        named.append((len(lab), r["indicator"].value, lab))
            if named:
                top = max(n for n, _, _ in named)
                inds = [{"iri": i, "text": lab} for n, i, lab in named if n == top]
        ans.sparql = shown("ask-figures", {"e": node(subject["iri"])})
        ans.understood = "a figure about an entity"
        # no indicator named: the indicators whose Chinese name shares most character pairs with the question
        rest = q.replace(subject["text"], "")
        pairs = {rest[i:i + 2] for i in range(len(rest) - 1)}
        qwords = set(re.findall(r"[a-z]{4,}", rest.lower()))
        overlap = {}
        for r in rows:
            ind = r["indicator"].value
            zh_, en_ = kg.labels(ind).get("zh", ""), kg.labels(ind).get("en", "").lower()
            overlap[ind] = sum(1 for i in range(len(zh_) - 1) if zh_[i:i + 2] in pairs) + \
                2 * sum(1 for w in qwords if w in en_)
        top = max(overlap.values(), default=0)
        best_inds = {i for i, n in overlap.items() if n == top and n >= 2}
        picked = []
        exact_ids = {i["iri"] for i in inds} & {r["indicator"].value for r in rows}
        for r in rows:
            ind = r["indicator"].value
            if exact_ids and ind not in exact_ids:
                continue  # the indicator named, not every indicator whose name contains it
            if inds and not exact_ids:
                names = " ".join(kg.labels(ind).values())
                if not any(i["text"] in names for i in inds):
                    continue
            if not inds:
                if ind not in best_inds:
                    continue
            per = {k: r[k2].value for k, k2 in (("year", "year"), ("start", "start"), ("end", "end"), ("as_of", "asof")) if k2 in r}
            if year and not any(str(v).startswith(year) for v in per.values()):
                continue
            picked.append((r, per))
        for r, per in picked:
            ob = {"value": r["value"].value if "value" in r else None, "min": r["min"].value if "min" in r else None,
                  "max": r["max"].value if "max" in r else None,
                  "unit": {"symbol": kg.notation(r["unit"].value), "label": kg.label(r["unit"].value, lang)},
                  "qualifier": {"label": kg.label(r["qualifier"].value, lang)} if "qualifier" in r else None}
            ans.answers.append({"label": f"{kg.label(subject['iri'], lang)} {kg.label(r['indicator'].value, lang)}: "
                                         f"{format_value(ob, lang)} ({r['stated'].value})",
                                "iri": r["ob"].value, "value": ob["value"] or f"{ob['min']}–{ob['max']}",
                                "unit": r["unit"].value, "period": period_text(per, lang) or None})
            evidence([r["quote"].value] if "quote" in r else [])
        if not ans.answers:
            ans.unrecognised.append("indicator" if not inds else "year")
        return ans

    # how many counties / prefectures in a place
    cls = next((c for w, c in sorted(COUNT_CLASSES.items(), key=lambda x: -len(x[0])) if w in q.lower()), None)
    if subject and cls and _has(q, HOW_MUCH):
        rows = kg.select("ask-members", {"e": node(subject["iri"]), "c": node(GXO[cls])})
        ans.sparql = shown("ask-members", {"e": node(subject["iri"]), "c": node(GXO[cls])})
        ans.understood = f"how many {cls} entities lie in a place"
        ans.answers.append({"label": str(len(rows)), "iri": None, "value": str(len(rows)), "unit": GXO.Count, "period": None})
        return ans

    # where: the county / prefecture a place lies in
    if subject and _has(q, WHERE) and not _has(q, ("举办", "held")):
        rows = kg.select("ask-ancestors", {"e": node(subject["iri"])})
        want = "Prefecture" if _has(q, ("哪个市", "which city", "which prefecture")) else "County" \
            if _has(q, ("哪个县", "which county")) else None
        ans.sparql = shown("ask-ancestors", {"e": node(subject["iri"])})
        ans.understood = "where a place lies"
        seen = set()
        for r in rows:
            c = r["cls"].value.split("#")[-1]
            if want and c != want or r["place"].value in seen or c not in ("County", "Prefecture", "Province", "Township"):
                continue
            seen.add(r["place"].value)
            ans.answers.append({"label": kg.label(r["place"].value, lang), "iri": r["place"].value, "value": None,
                                "unit": None, "period": None})
        evidence(ev["quote"] for ev in kg.entity_evidence(subject["iri"])[:1])
        return ans

    # when: an event's date, a document's issue date
    if subject and _has(q, WHEN):
        rows = kg.store.select("SELECT ?d WHERE { { ?e schema:startDate ?d } UNION { ?e dct:issued ?d } }",
                               {"e": node(subject["iri"])})
        ans.sparql = "SELECT ?d WHERE { { ?e schema:startDate ?d } UNION { ?e dct:issued ?d } }"
        ans.understood = "when something happened"
        for r in rows:
            ans.answers.append({"label": r["d"].value, "iri": None, "value": r["d"].value, "unit": None, "period": r["d"].value})
        evidence(ev["quote"] for ev in kg.entity_evidence(subject["iri"]))
        return ans

    # products from a place
    if subject and _has(q, PRODUCTS_FROM):
        rows = kg.select("ask-subjects", {"e": node(subject["iri"]), "p": node(GXO.originatesFrom)})
        ans.sparql = shown("ask-subjects", {"e": node(subject["iri"]), "p": node(GXO.originatesFrom)})
        ans.understood = "the products from a place"
        for r in sorted(rows, key=lambda r: r["s"].value):
            ans.answers.append({"label": kg.label(r["s"].value, lang), "iri": r["s"].value, "value": None, "unit": None, "period": None})
            evidence([r["quote"].value] if "quote" in r else [])
        return ans

    # a relation named by a word (in the question without the entities' own names)
    qq = q
    for e in ents:
        qq = qq.replace(e["text"], " ")
    for words, prop, direction in [r for text_ in (qq, q) for r in RELATIONS if _has(text_, r[0])]:
        if subject:
            p = GXO[prop]
            if direction == "out":
                rows = kg.select("ask-objects", {"e": node(subject["iri"]), "p": node(p)})
                ans.sparql = shown("ask-objects", {"e": node(subject["iri"]), "p": node(p)})
                for r in rows:
                    o = r["o"]
                    label = kg.label(o.value, lang) if o.__class__.__name__ == "NamedNode" else o.value
                    ans.answers.append({"label": label, "iri": o.value if o.__class__.__name__ == "NamedNode" else None,
                                        "value": None, "unit": None, "period": None})
                    if "quote" in r:
                        evidence([r["quote"].value])
                    elif o.__class__.__name__ == "NamedNode" and kg.derivation(subject["iri"], p, o.value, lang):
                        rule = kg.derivation(subject["iri"], p, o.value, lang)
                        evidence([("推导规则：" if lang == "zh" else "derived by the rule: ") + f"{rule['label']} — {rule['comment']}"])
            else:
                rows = kg.select("ask-subjects", {"e": node(subject["iri"]), "p": node(p)})
                ans.sparql = shown("ask-subjects", {"e": node(subject["iri"]), "p": node(p)})
                for r in sorted(rows, key=lambda r: r["s"].value):
                    ans.answers.append({"label": kg.label(r["s"].value, lang), "iri": r["s"].value, "value": None,
                                        "unit": None, "period": None})
                    evidence([r["quote"].value] if "quote" in r else [])
            ans.understood = f"{kg.label(p, lang)} ({'of' if direction == 'out' else 'to'} an entity)"
            if ans.answers:
                return ans
            ans.answers = []
    # nothing fits: say what was understood and what was not
    ans.understood = ""
    ans.unrecognised = ["the entity" if not things else "what is asked about it"]
    name = kg.label(subject["iri"], lang) if subject else ("柳州螺蛳粉" if lang == "zh" else "Liuzhou river-snail rice noodles")
    ans.suggestion = (f"试试：“{name}的数据有哪些？”或 `gxkg search {q}`" if lang == "zh"
                      else f"try: \"What figures are there about {name}?\" or `gxkg search {q}`")
    return ans
