"""Question intents, registered in the order they are tried, each with example questions (run as tests).

An intent reads the parsed question, runs bound SPARQL from queries/*.rq (selection, filtering and
aggregation are in the query; Python only formats) and marks each part of the question it used. A part
it did not use is reported, never silently dropped (see ask.ask).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .. import lazyre
from ..text import normalize
from ..kg import format_value, period_text
from ..numbers import ARABIC
from .answer import Answer, AskTimeout
from .messages import level_said, msg, source_line
from ..namespaces import DCT
from .lexicon import ABOVE, BELOW, CLASS_NAME_END, CLASS_WORDS, CUES, EN_YESNO_START, INVERSE_ENDS, INVERSE_LABELS
from .parse import ARTICLE_SCOPE, DATASET_NAMED, FILE_OF_SOURCE, GUANGXI, KIND_WHICH, MORE_OR, LEVEL_ORDER, NARROWS_A_FIGURE, PLACE_CLASSES, range_said, SHARE_PARTS, SIDE_OR, Question, a_request, article_word_only, kind_said_to_be, hard_indicators, level_text, levels_asked, named_as_like

GXO = "https://w3id.org/gxkg/ontology#"
IND = "https://w3id.org/gxkg/resource/indicator/"
QUERIES = Path(__file__).parent / "queries"
INTENTS: list["Intent"] = []


@dataclass
class Intent:
    name: str
    run: object
    examples: dict


def intent(name: str, examples: dict):
    """Register an intent with its example questions ({"zh": [...], "en": [...]}), each answered in tests."""
    def deco(fn):
        INTENTS.append(Intent(name, fn, examples))
        return fn
    return deco


def query(name: str, conditions: str | None = None) -> str:
    """The query's text; with conditions, put in at its #CONDITIONS line with their OPTIONAL parts last."""
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    return text if conditions is None else text.replace("#CONDITIONS", optionals_last(conditions))


def statement_sources(relations: list) -> str:
    """statement-sources.rq with its relations put in as a FILTER of serialised terms (never pasted text)."""
    from ..store.sparql import in_filter

    return query("statement-sources").replace("#RELATIONS", in_filter("p", relations))


def members_query(conditions: str) -> str:
    """members.rq with the conditions; members-found.rq when the first of them finds ?x by a relation (a place it
    lies in, a fact with the thing named), so the class is checked on each found, never read whole."""
    return query("members-found" if FINDS_X.match(conditions) else "members", conditions)


# a condition that finds ?x: a triple pattern (or the first branch of a union) with ?x its subject
FINDS_X = lazyre.compile(r"\{?\s*\?x\s+(?:gxo:\w+\+?|\?p\d*)\s")


def optionals_last(conditions: str) -> str:
    """The top-level OPTIONAL groups (the sentence behind each fact) after every required pattern: Oxigraph
    keeps patterns in the order written around an OPTIONAL, so a class pattern before it (every county)
    was evaluated first: 7.5 s on a million triples where the required patterns alone take 0.01 s. Moving an
    OPTIONAL whose variables no later pattern uses does not change the answers."""
    required, optional, k = [], [], 0
    for m in re.finditer(r"OPTIONAL\s*\{", conditions):
        if m.start() < k:
            continue
        end = _group_end(conditions, m.end())
        required.append(conditions[k:m.start()])
        optional.append(conditions[m.start():end])
        k = end
    required.append(conditions[k:])
    return "".join(required).rstrip() + ("\n  " + "\n  ".join(optional) if optional else "")


def _group_end(text: str, at: int) -> int:
    """The index just past the } that closes the group opened before `at`."""
    depth = 1
    while depth:
        depth += {"{": 1, "}": -1}.get(text[at], 0)
        at += 1
    return at


@dataclass
class Ctx:
    kg: object
    q: Question
    lang: str
    ans: Answer
    used: set = field(default_factory=set)
    shown: set = field(default_factory=set)  # the indicators of the figures shown
    matched: set = field(default_factory=set)  # words of the question found in every sentence the answer quotes
    deadline: tuple | None = None  # (monotonic time, seconds): past it, the next query stops the question
    none_recorded: list = field(default_factory=list)  # a count of none, said if no other reading answers
    via: list = field(default_factory=list)  # the things a chain of relations went through (汉塘村 on to 淘宝村)
    derived: set = field(default_factory=set)  # the things listed by a fact a rule derived (held in Guangxi)
    no_total: bool = False  # a count refused: its source lists the things with 等 (and others)
    by_relation: dict = field(default_factory=dict)  # relation asked -> the things it gave (how many topics: those)
    kind_members: list = field(default_factory=list)  # the members of each kind counted (区县 and 县级市: 荔浦 in both)

    def in_time(self) -> None:
        """Stop the question (AskTimeout) once its time limit has passed: a thread cannot be killed, so a
        question answered on the server ends itself at its next query."""
        import time

        if self.deadline and time.monotonic() > self.deadline[0]:
            raise AskTimeout(self.deadline[1])

    # ------------------------------------------------------------------ running queries
    def run(self, text: str, values: dict | None = None) -> list[dict]:
        """Run the query with its VALUES blocks bound (serialised terms) and keep the exact text shown. A fact's
        sentence asked in an OPTIONAL beside the members (`_any_provenance`) is looked up after them, bound by
        what was found: Oxigraph evaluated that OPTIONAL for every statement of the relation (0.4 s a list on a
        million triples)."""
        text, pred = _sentences_apart(text)
        rows = self._run(text, values)
        return self.with_member_sources(rows, pred) if pred else rows

    def _run(self, text: str, values: dict | None = None) -> list[dict]:
        self.in_time()
        values = {k: v for k, v in (values or {}).items() if v}
        self.ans.sparql = (self.ans.sparql + "\n\n" if self.ans.sparql else "") + _with_values(text, values).strip()
        # one value is bound the way the store's engine evaluates right (Virtuoso: BIND, not VALUES before a path)
        many = {k: v for k, v in values.items() if len(v) > 1}
        return self.kg.store.select(_with_values(text, many), {k: v[0] for k, v in values.items() if len(v) == 1} or None)

    def related(self, values: dict) -> list[dict]:
        """The facts with the ends bound in values (s, p, o), each with its sentence or rule: the facts first,
        then their statements bound by what was found (an OPTIONAL statement lookup beside the facts was
        evaluated on its own by Oxigraph, 2 s a question on a million triples)."""
        return self.with_sources(self.run(query("facts"), values))

    def with_member_sources(self, rows: list[dict], pred: str) -> list[dict]:
        """Each member row (?x ?o, either way round, by relation pred) with the sentence (ev) or rule of its fact,
        one row per sentence: the statements of that relation whose subject is one of the ends found."""
        fixed = _node(GXO + pred[4:]) if pred.startswith("gxo:") else None
        preds = [fixed] if fixed else _terms(rows, pred[1:])
        if not rows or not preds:
            return rows
        found = self._statements_of(_terms(rows, "x", "o"), preds)
        return [x for r in rows for x in _with_sentences(r, fixed or r.get(pred[1:]), found)]

    def _statements_of(self, subjects: list, preds: list) -> dict:
        """(s, p, o) -> the statement rows (sentence, rule) of the relations preds whose subject is one of those."""
        found: dict = {}
        for r in self._run(statement_sources(preds), {"s": subjects}):
            found.setdefault((r["s"], r["p"], r["o"]), []).append(r)
        return found

    def with_sources(self, facts: list[dict]) -> list[dict]:
        """Each fact (s, p, o) with its sentence (ev) or rule, one row per sentence; a fact with none as it is."""
        if not facts:
            return []
        ends = {k: sorted({r[k] for r in facts}, key=str) for k in ("s", "p", "o")}
        found: dict = {}
        for r in self.run(statement_sources(ends.pop("p")), ends):
            found.setdefault((r["s"], r["p"], r["o"]), []).append(r)
        return [x for r in facts for x in found.get((r["s"], r["p"], r["o"]), [r])]

    # ------------------------------------------------------------------ what was used
    def things(self):
        return [n for n in self.q.names]

    def use(self, *keys):
        self.used.update(keys)

    def label(self, iri) -> str:
        return str(iri) if isinstance(iri, Text) else self.kg.label(iri, self.lang)

    def types(self, iri) -> set:
        return set(self.kg.types(iri))

    def is_a(self, iri, cls: str) -> bool:
        return self.kg.is_a(iri, GXO + cls)

    # ------------------------------------------------------------------ answers and evidence
    def add(self, label: str, iri=None, value=None, unit=None, period=None):
        """One answer; an English answer naming an entity also gives its Chinese name (what the sources say)."""
        if any(a["label"] == label for a in self.ans.answers):
            return
        self.ans.answers.append({"label": label, "iri": iri, "value": value, "unit": unit, "period": period})
        if self.lang == "en" and iri and iri.startswith("https://w3id.org/gxkg/resource/"):
            self.ans.answers[-1]["name_zh"] = self.kg.label(iri, "zh")

    def cite(self, evs, containing: list[str] = ()):
        """The sentence (the project's English for an English answer) and the source of each evidence; with
        `containing`, only the sentences that hold each of those words (in the original or the translation)."""
        for v in (_source_fields(r) for r in self.sentences(evs)):
            if _holds_all(v, containing):
                self._cite_one(v)
                self.matched.update(containing)

    def sentences(self, evs) -> list[dict]:
        """The sentence, its translation and its source's fields of each evidence IRI (sources.rq)."""
        evs = sorted({str(e) for e in evs if e})
        return self.kg.store.select(_with_values(query("sources"), {"ev": [_node(e) for e in evs]})) if evs else []

    def _cite_one(self, v: dict) -> None:
        self.ans.evidence.extend(x for x in self._sentence_forms(v) if x not in self.ans.evidence)
        rec = source_record(v, self.lang)
        if rec not in self.ans.sources:
            self.ans.sources.append(rec)

    def _sentence_forms(self, v: dict) -> list[str]:
        """The sentence as written, or for an English answer its translation (both when the original Chinese is
        asked for: Quote me the original Chinese sentence)."""
        if not (self.lang == "en" and v["translation"]):
            return [v["quote"]]
        return [v["quote"], v["translation"]] if ORIGINAL_ASKED.search(self.q.text) else [v["translation"]]

    def rule_note(self, rule_iri):
        if rule_iri:
            note = msg("derived", self.lang, rule=self.label(rule_iri))
            if note not in self.ans.notes:
                self.ans.notes.append(note)

    def note(self, text: str):
        if text not in self.ans.notes:
            self.ans.notes.append(text)

    def sep(self) -> str:
        return msg("sep", self.lang)


# the source's own words asked for in an English question (the original Chinese sentence, the wording in Chinese)
ORIGINAL_ASKED = lazyre.compile(r"\boriginal\s+(?:chinese|wording|words|text|sentence|language)\b|\bin\s+(?:the\s+original\s+)?chinese\b|"
                                r"\bchinese\s+(?:original|sentence|text|wording|quote)\b|\bas\s+written\b|\bverbatim\b", re.I)


SOURCE_FIELDS = ("quote", "translation", "title", "title_en", "publisher", "publisher_en", "issued", "url", "version", "version_en",
                 "description", "description_en", "file", "language")


def _source_fields(r) -> dict:
    return {k: (r[k].value if k in r else None) for k in SOURCE_FIELDS}


def _holds_all(v: dict, words) -> bool:
    """The sentence (or its translation) holds each of the words; a number as a number of its own (47, never the
    47 inside 24.347557)."""
    text = f"{v['quote'] or ''} {v['translation'] or ''}".lower()
    return all(re.search(rf"(?<![\d.]){re.escape(w)}(?![\d])", text) if w.isdigit() else w.lower() in text for w in words)


def _in_language(v: dict, key: str, lang: str) -> str | None:
    """A source's title or publisher in the answer's language, else in the other."""
    zh, en = v[key], v[key + "_en"]
    return (en or zh) if lang == "en" else (zh or en)


def source_record(v: dict, lang: str) -> dict:
    """What a reader finds a source by: title, publisher, date, URL (and version); an English answer also gives
    the Chinese title and publisher the source is published under."""
    rec = {"quote": v["quote"], "translation": v["translation"], "title": _in_language(v, "title", lang),
           "publisher": _in_language(v, "publisher", lang), "date": v["issued"], "url": v["url"]}
    rec.update({k: v[k] for k in ("file", "language") if v[k]})  # file: the one in graph/sources/ it was built from
    rec.update(_said_of_itself(v, lang))
    if lang == "en" and v["title"] and v["title"] != rec["title"]:
        rec.update(original_title=v["title"], original_publisher=v["publisher"])
    return rec


def _said_of_itself(v: dict, lang: str) -> dict:
    """The version and description a source gives of itself, when it gives them."""
    return {k: _in_language(v, k, lang) for k in ("version", "description") if v[k] or v[k + "_en"]}


def _sentences_apart(text: str) -> tuple[str, str | None]:
    """The query without the OPTIONAL of `_any_provenance` (and its relation, projected when a variable), or as
    it is (None) when it has none or uses that statement variable elsewhere."""
    found = PROVENANCE.search(text)
    if not found or text.count("?st ") != found.group(0).count("?st "):
        return text, None
    pred = found.group(1)
    text = text.replace(found.group(0), "")
    if pred.startswith("?"):
        text = text.replace("SELECT DISTINCT ?x ?o ?ev ?rule", f"SELECT DISTINCT ?x ?o {pred}", 1)
    return text, pred


def _terms(rows: list[dict], *keys: str) -> list:
    """The distinct terms the rows hold under the keys, in a stable order."""
    return sorted({r[k] for r in rows for k in keys if k in r}, key=str)


def _with_sentences(row: dict, pred, found: dict) -> list[dict]:
    """The member row once for each statement of its fact (either way round), with its sentence or rule."""
    said = found.get((row.get("x"), pred, row.get("o")), []) + found.get((row.get("o"), pred, row.get("x")), [])
    return [{**row, **{k: s[k] for k in ("ev", "rule") if k in s}} for s in said] or [row]


def _with_values(text: str, values: dict) -> str:
    """The query with a VALUES block for each variable at the top of its WHERE group."""
    from ..store.sparql import values_block, where_brace

    if not values:
        return text
    at = where_brace(text)
    return text[:at] + " " + " ".join(values_block(k, v) for k, v in values.items()) + " " + text[at:]


def _v(r, k):
    return r[k].value if k in r else None


def _iri(term) -> str | None:
    return term.value if term.__class__.__name__ == "NamedNode" else None


def _node(iri):
    from ..store.terms import iri as node

    return node(iri)


def _lit(s):
    from ..store.terms import lit

    return lit(s)


# ------------------------------------------------------------------------------ figures
YEAR_FILTER = ('FILTER(CONTAINS(CONCAT(COALESCE(STR(?year), ""), " ", COALESCE(STR(?start), ""), " ", '
               'COALESCE(STR(?end), ""), " ", COALESCE(STR(?asof), "")), ?y))')
PERIOD_KEYS = (("year", "year"), ("start", "start"), ("end", "end"), ("as_of", "asof"))


def figure_rows(ctx: Ctx, subjects: list[str], indicators: list[str], years: list[str], units: tuple = ()) -> list[dict]:
    """The figures about the subjects, of the indicators (all when none), of the years (any when none), in the
    units (any when none): an undated figure is never placed under a year."""
    text = query("figures").replace("#YEAR", YEAR_FILTER if years else "")
    values = {"e": [_node(s) for s in subjects], "indicator": [_node(i) for i in indicators], "y": [_lit(y) for y in years],
              "unit": [_node(u) for u in units]}
    out, seen = [], set()
    for r in ctx.run(text, values):
        if r["ob"].value not in seen:
            seen.add(r["ob"].value)
            out.append(_figure(ctx, r))
    return out


def _figure(ctx: Ctx, r) -> dict:
    """One figure row as the intents use it: period, formatted value, unit, stated form, evidence."""
    ob = {"value": _v(r, "value"), "min": _v(r, "min"), "max": _v(r, "max"),
          "unit": {"symbol": ctx.kg.notation(r["unit"].value), "label": ctx.label(r["unit"].value)},
          "qualifier": {"label": ctx.label(r["qualifier"].value)} if "qualifier" in r else None}
    return {"ob": r["ob"].value, "e": r["e"].value, "indicator": r["indicator"].value,
            "period": {k: _v(r, k2) for k, k2 in PERIOD_KEYS if _v(r, k2)}, "ob_fmt": ob, "unit": r["unit"].value,
            "stated": r["stated"].value, "ev": _v(r, "ev"), "derivation": _v(r, "derivation"),
            "qualifier": _v(r, "qualifier"),
            "num": float(_v(r, "value") or _v(r, "min") or 0)}


def show_figure(ctx: Ctx, f: dict, prefix: str = ""):
    ctx.shown.add(f["indicator"])
    when = period_text(f["period"], ctx.lang) or msg("undated", ctx.lang)
    label = f"{ctx.label(f['e'])} {ctx.label(f['indicator'])}: {format_value(f['ob_fmt'], ctx.lang)} ({f['stated']})"
    ctx.add(prefix + label, f["ob"], f["ob_fmt"]["value"] or f"{f['ob_fmt']['min']}–{f['ob_fmt']['max']}", f["unit"], when)
    ctx.cite([f["ev"]])
    if f["derivation"]:
        ctx.note(msg("source_computed", ctx.lang, how=ctx.label(f["derivation"])))


def _subjects_for(ctx: Ctx, indicators: list[str]) -> list[str]:
    """The entities with figures of these indicators (when the question names none)."""
    rows = ctx.kg.store.select("SELECT DISTINCT ?e WHERE { ?ob gxo:indicator ?i ; gxo:about ?e }",
                               None) if not indicators else [
        r for i in indicators for r in ctx.kg.store.select("SELECT DISTINCT ?e WHERE { ?ob gxo:indicator ?i ; gxo:about ?e }",
                                                           {"i": _node(i)})]
    return sorted({r["e"].value for r in rows})


_hard = hard_indicators


# the source asked for by name (which report, 哪篇文章): the figure is what it says, not the answer
SOURCE_ASKED = lazyre.compile(r"\b(?:which|what)\s+(?:report|article|story|source|outlet|media|publication)s?\b|哪篇|哪家媒体|出自|出处|"
                              r"^\s*(?:please\s+)?(?:cite|quote)\b|\b(?:quote|cite|show|give|paste)\s+(?:me\s+)?(?:the\s+)?(?:exact\s+|original\s+|actual\s+)?"
                              r"(?:line|passage|sentence|wording)\b|\boriginal\s+(?:chinese\s+)?(?:sentence|passage|line|wording)\b", re.I)  # cite the passage …


def _source_asked(q: Question) -> bool:
    return "source" in q.cues and bool(SOURCE_ASKED.search(q.text))


def _figure_asked(q: Question) -> bool:
    """A figure is asked: an indicator named, or a topic's figure with a question for a number."""
    asks_number = q.cues & {"count", "growth", "share", "compare", "most", "least"} or AMOUNT_ASKED.search(q.text)
    return bool(_hard(q)) or bool(q.indicators) and bool(asks_number) and not q.relations


# how much was cross-border e-commerce, what value did it hit: a number asked of a topic's figure
AMOUNT_ASKED = lazyre.compile(r"\bhow much\b|\bwhat value\b|\bwhat (?:was|is|were) the (?:value|amount|size|total)\b", re.I)


def _describes_figure(ctx: Ctx, subs: list[str]) -> bool:
    """A named topic or programme (电子商务 in 电子商务带动就业多少人) that has none of the figures asked
    describes the figure and is not its subject."""
    if not (subs and ctx.q.indicators and all(ctx.is_a(s, "Topic") or ctx.is_a(s, "Program") for s in subs)):
        return False
    have = {r["indicator"].value for s in subs for r in ctx.kg.select("ask-figures", {"e": _node(s)})}
    return not have & set(ctx.q.indicators)


def _without_context(ctx: Ctx, subs: list[str]) -> list[str]:
    """kumquats from 融安: a place another subject comes from or lies in is context, not a subject."""
    if len(subs) < 2:
        return subs
    around = {r["p"].value for s in subs for r in ctx.kg.store.select(
        "SELECT DISTINCT ?p WHERE { ?s (gxo:originatesFrom|gxo:locatedIn)/gxo:locatedIn* ?p }", {"s": _node(s)})}
    around |= _places_where(ctx, subs) | _clause_subjects(ctx, subs)
    return [s for s in subs if s not in around] or subs


def _clause_subjects(ctx: Ctx, subs: list[str]) -> set[str]:
    """the lecturer team Guangxi set up, 广西成立的讲师团: a name that does what a clause about another says (and is
    stated to) only says which one is meant; its own figures are never the other's."""
    word = "|".join(re.escape(ctx.q.words[r]) for r in ctx.q.relations if ctx.q.words.get(r))
    if not word:
        return set()
    named = [n for n in ctx.q.names if n.iri in subs]
    return {a.iri for a in named for b in named if _says_which(ctx, a, b, word)}


def _says_which(ctx: Ctx, a, b, word: str) -> bool:
    """a is the doer of a clause about b, and a fact joins them either way."""
    return a.iri != b.iri and _clause_of(ctx.q.text, a, b, word) and ctx.kg.store.ask(
        "ASK { { ?a ?p ?b } UNION { ?b ?p ?a } }", {"a": _node(a.iri), "b": _node(b.iri)})


def _clause_of(text: str, a, b, word: str) -> bool:
    """a's name is the doer of the clause that says which b is meant: a成立的b, b (that) a set up, b set up by a."""
    if a.end <= b.start:
        return re.fullmatch(rf"\s*(?:{word})了?的\s*", text[a.end:b.start]) is not None
    return _doer_after(text[b.end:a.start], text[a.end:], word) or _doer_by(text[b.end:a.start], word)


def _doer_after(between: str, after: str, word: str) -> bool:
    """b (that) a set up: a after b, the clause's verb after a."""
    return bool(re.fullmatch(r"\s+(?:that\s+|which\s+)?", between, re.I) and
                re.match(rf"\s+(?:has\s+|had\s+|have\s+|did\s+)?(?:{word})\b", after, re.I))


def _doer_by(between: str, word: str) -> bool:
    """b set up by a: the verb between them, ending in by."""
    return bool(re.fullmatch(rf"\s+(?:that\s+|which\s+)?(?:(?:was|were|is|are|has been)\s+)?(?:{word})(?:\s+by)?\s+(?:the\s+)?",
                             between, re.I) and re.search(r"\bby\s+(?:the\s+)?$", between, re.I))


def _agent_or_thing(ctx: Ctx, s: str) -> bool:
    """A subject that does or is something (a company, a product), not a place or a topic (农村电商)."""
    return not any(ctx.is_a(s, c) for c in ("Place", "Topic", "Program"))


def _places_where(ctx: Ctx, subs: list[str]) -> set[str]:
    """阿里巴巴在广西建了多少…, what Alibaba did in Guangxi: a place written after 在 / in, beside a subject that
    is no place, says where, and is no subject of its own (Guangxi's figure is no answer about Alibaba)."""
    if not any(_agent_or_thing(ctx, s) for s in subs):
        return set()
    text = ctx.q.text
    return {n.iri for n in ctx.q.names if n.iri in subs and ctx.is_a(n.iri, "Place") and
            re.search(r"(?:在|于|\bin|\bwithin)\s*$", text[:n.start], re.I) and not _a_market_of(ctx, subs, n.iri)}


def _a_market_of(ctx: Ctx, subs: list[str], place: str) -> bool:
    """在四川开了几家门店: a market a subject's business reaches is no place its figures are of (the centre's 30 stores
    are not in Sichuan)."""
    return any(ctx.kg.store.ask("ASK { ?s gxo:reachesMarket ?p }", {"s": _node(s), "p": _node(place)}) for s in subs)


def _figure_subjects(ctx: Ctx) -> list[str]:
    """The entities a figure is asked about: those named, else those the indicator has figures of (Guangxi's,
    when it is one of them)."""
    subs = [n.iri for n in ctx.q.names]
    if _describes_figure(ctx, subs):
        subs = []
    if not subs and ctx.q.indicators:
        subs = _subjects_for(ctx, ctx.q.indicators)
        subs = [GUANGXI] if len(subs) > 1 and GUANGXI in subs else subs
    kept = _without_context(ctx, subs)
    _narrower_than_the_place(ctx, [s for s in subs if s not in kept], kept)
    return _context_holding_the_figure(ctx, subs, kept)


def _origin_written(ctx: Ctx, x: str, origin: str) -> bool:
    """The product is written with its origin's name (融安金桔), not by a word of its own (果苗)."""
    short = _short_names(ctx, origin)
    return any(n.iri == x and any(s[:2] in n.text for s in short) for n in ctx.q.names)


def _narrower_than_the_place(ctx: Ctx, places: list[str], subs: list[str]) -> None:
    """灵山县果苗: a product from a place within the place written (汉塘村果苗, from 汉塘村 in 灵山县) is not all of that
    place's: said with its figure."""
    for p, x in ((p, x) for p in places for x in subs if ctx.is_a(p, "Place") and not _comes_from(ctx, x, p)):
        origin = _origin_within(ctx, x, p)
        if origin:
            ctx.note(msg("narrower_origin", ctx.lang, thing=ctx.label(x), origin=ctx.label(origin), place=ctx.label(p)))


def _origin_within(ctx: Ctx, x: str, p: str) -> str | None:
    """x's origin when it lies within p and the question did not write it (果苗, not 融安金桔)."""
    origin = next((r["o"].value for r in ctx.related({"s": [_node(x)], "p": [_node(GXO + "originatesFrom")]})), None)
    ok = origin and origin != p and _above(ctx, origin, p) and not _origin_written(ctx, x, origin)
    return origin if ok else None


def _context_holding_the_figure(ctx: Ctx, named: list[str], subs: list[str]) -> list[str]:
    """汉塘村种果苗的村民收入: the place the product comes from is the subject when it alone holds the figure asked
    (the villagers' income is the village's, the seedlings only say which villagers)."""
    inds = set(ctx.q.indicators)
    if not inds or not named or any(_holds(ctx, s, inds) for s in subs):
        return subs
    return _held_by_context(ctx, named, subs, inds) or _said_with(ctx, inds) or subs


def _held_by_context(ctx: Ctx, named: list[str], subs: list[str], inds: set) -> list[str]:
    """The things named but taken for context that hold a figure of the indicators; never a place that holds a
    place asked (Guangxi's 47 demonstration counties are no answer for Hechi's)."""
    return [s for s in named if s not in subs and _holds(ctx, s, inds) and not any(_above(ctx, x, s) for x in subs)
            and any(_comes_from(ctx, x, s) for x in subs)]


def _comes_from(ctx: Ctx, x: str, place: str) -> bool:
    """x is a product of the place (汉塘村果苗 of 汉塘村): the place's figure may be the one asked through it."""
    return ctx.kg.store.ask("ASK { ?x gxo:originatesFrom ?p }", {"x": _node(x), "p": _node(place)})


def _said_with(ctx: Ctx, inds: set) -> list[str]:
    """通过办讲师大赛、组建讲师团搞培训，受益的有多少人: no thing named has the figure, but the one sentence stating
    a place's figure of the indicator names them all (Guangxi's trainees). Never a figure of a thing of a kind
    named (the Nanning centre's merchants are no answer about the Qinzhou centre's, though one sentence names
    both)."""
    if any(ctx.is_a(n.iri, "Place") for n in ctx.q.names):
        return []  # 东盟跨境电商交易额: a place named asks its own figure, never Guangxi's that a sentence names it in
    kinds = {t for n in ctx.q.names for t in ctx.types(n.iri)}
    found = [s for s in _subjects_for(ctx, sorted(inds)) if _place_of_another_kind(ctx, s, kinds) and
             any(_names_all(ctx, q) for q in _quotes_of(ctx, s, inds))]
    if len(found) != 1:
        return []
    ctx.use("names", "classes")  # the things named, and their kinds, say which of the subject's figures
    return found


def _place_of_another_kind(ctx: Ctx, s: str, kinds: set) -> bool:
    """s is a place, of none of the kinds named."""
    return ctx.is_a(s, "Place") and not kinds & ctx.types(s)


def _quotes_of(ctx: Ctx, s: str, inds: set) -> list[str]:
    """The sentences stating s's figures of the indicators."""
    return [r["quote"].value for r in ctx.kg.select("ask-figures", {"e": _node(s)}) if r["indicator"].value in inds and "quote" in r]


def _names_all(ctx: Ctx, quote: str) -> bool:
    """The sentence names every thing the question names (as written or by its Chinese name)."""
    return all(n.text in quote or (ctx.kg.label(n.iri, "zh") or "\0") in quote for n in ctx.q.names)


def _holds(ctx: Ctx, s: str, inds: set) -> bool:
    """s has a figure of one of the indicators."""
    return any(r["indicator"].value in inds for r in ctx.kg.select("ask-figures", {"e": _node(s)}))


BEFORE = ("以前", "原本", "原来", "之前", "模式前", "前后", "before", "used to", "use to", "previously", "formerly")
AFTER = ("现在", "后来", "之后", "以后", "模式后", "前后", "高价", "after", "now")


def _per_in_names(ctx: Ctx, inds: list[str]) -> bool:
    """The question's per word (人均, 每个) is part of a chosen figure's name, or none was asked."""
    word = ctx.q.words.get("per")
    return not word or any(word.lower() in v.lower() for i in inds for v in ctx.kg.labels(i).values())


def _relation_words_in(ctx: Ctx, inds: list[str]) -> bool:
    """Every relation word of the question is part of the chosen indicators' names ("served" in "ASEAN
    enterprises served", "model" in "price before the model"): the figure uses them."""
    names = " ".join(v.lower() for i in inds for v in ctx.kg.labels(i).values())
    return all(ctx.q.words.get(r, r).lower() in names or _verb_of_figure(ctx.q, r, inds) for r in ctx.q.relations)


def _verb_of_figure(q: Question, r: str, inds: list[str]) -> bool:
    """A relation word just before a figure's words, with one name or none (Guangxi built more service
    stations), or ending the question (what figure did they reach?): the figure counts what the verb did, so
    the figure uses the word."""
    at, after = q.at.get(r), [q.at[i] for i in inds if i in q.at]
    if len(q.names) > 1 or at is None or r in NARROWS_A_FIGURE or _relation_asked_itself(q, r, at):
        return False
    return any(0 < abs(a - at) <= 40 for a in after) or bool(after) and _ends_question(q.text, at + len(q.words.get(r, "")))


def _relation_asked_itself(q: Question, r: str, at: int) -> bool:
    """来自哪些国家, come from which countries: the relation's other end is asked (a question word in or right after
    its word), so no figure answers it."""
    word = q.words.get(r, "")
    return bool(RELATION_END_ASKED.match(word + q.text[at + len(word):at + len(word) + 12]))


RELATION_END_ASKED = lazyre.compile(r"[^哪什谁]{0,4}(?:哪|什么|谁)|[a-z ]{0,20}\b(?:which|what|where|whom)\b", re.I)


def _ends_question(text: str, at: int) -> bool:
    return re.fullmatch(r"[\s?？.!。！]*", text[at:]) is not None


def _word_of(q: Question, i: str) -> str:
    """The question's word that named indicator i (lower case, "" when named by its own name)."""
    return q.words.get(i.rsplit("/", 1)[-1], "").lower()


def _named_inside_another(ctx: Ctx, named: list[str]) -> list[str]:
    """"benefited from training": the indicator whose name holds the other's word is the one meant."""
    labels = {i: " ".join(ctx.kg.labels(i).values()).lower() for i in named}
    words = {i: _word_of(ctx.q, i) for i in named}

    def inside(i, o):
        return o != i and words[i] in labels[o] and not (words[o] and words[o] in labels[i])
    return [i for i in named if not (words[i] and any(inside(i, o) for o in named))] or named


def _longest_words(q: Question, named: list[str]) -> list[str]:
    """跨境电商交易额 names both cross-border volume and (by 交易额) e-commerce volume: the longer word wins."""
    words = {i: _word_of(q, i) for i in named}
    inner = [i for i in named if words[i] and any(words[i] in w and words[i] != w for w in words.values())]
    return [i for i in named if i not in inner] or named


def _pick_indicators(ctx: Ctx, subjects: list[str]) -> list[str]:
    """The question's indicators that the subjects have figures of (the most specific words first)."""
    have = {r["indicator"].value for s in subjects for r in ctx.kg.select("ask-figures", {"e": _node(s)})}
    named = _named_inside_another(ctx, [i for i in ctx.q.indicators if i in have])
    return _own_word_first(ctx.q, _longest_words(ctx.q, named)) if len(named) > 1 else named


def _indicators_not_held(ctx: Ctx, subjects: list[str], picked: list[str]) -> list[str]:
    """Indicators the question names in words of their own (not inside or around a picked one's words) that the
    subjects have no figure of: a condition the figures shown would drop."""
    if not picked:
        return []
    q = ctx.q
    have = {r["indicator"].value for s in subjects for r in ctx.kg.select("ask-figures", {"e": _node(s)})}
    spans = [(q.at.get(i, -1), len(_word_of(q, i))) for i in picked]
    return [i for i in q.indicators if i not in have and i not in q.soft and _own_words(q, i, spans)]


def _own_words(q: Question, i: str, spans: list[tuple[int, int]]) -> bool:
    """i is named by words of its own: more than one short word (rank, 卖 may be the question's verbs) that
    overlap no span of another indicator's words."""
    at, w = q.at.get(i), _word_of(q, i)
    if at is None or len(w.split()) < 2 and (w.isascii() or len(w) < 3):
        return False
    return not any(a < at + len(w) and at < a + n for a, n in spans)


def _own_word_first(q: Question, named: list[str]) -> list[str]:
    """Before the model, did kumquats sell for…: "sell for" names both prices, "before" only the one; an
    indicator named only by a word another named one also has gives way to it."""
    words = {i: _indicator_words(i) for i in named}
    weak = {i for i in named for j in named if i != j and _word_of(q, i) in words[j] and _word_of(q, j) not in words[i]}
    return [i for i in named if i not in weak or _own_word_said(q, i, named, words)] or named


def _own_word_said(q: Question, i: str, named: list[str], words: dict) -> bool:
    """Another of i's words, one no other indicator named has, is in the question too (以前…，现在多少钱一斤)."""
    low = q.text.lower()
    return any(w in low and len(w) > 2 and not any(w in words[j] for j in named if j != i) for w in words[i])


def _indicator_words(i: str) -> set[str]:
    """The lexicon's words (zh and en, lower case) that ask for indicator i."""
    from .lexicon import INDICATOR_WORDS

    zh, en = INDICATOR_WORDS.get(i.rsplit("/", 1)[-1], ((), ()))
    return {w.lower() for w in zh + en}


# ------------------------------------------------------------------------------ a figure against a number
EN_SCALE = {"trillion": 10 ** 12, "billion": 10 ** 9, "bn": 10 ** 9, "million": 10 ** 6, "m": 10 ** 6, "thousand": 1000, "k": 1000}
EN_NUMBER = lazyre.compile(rf"(?<![\d.,])({ARABIC})\s*(trillion|billion|bn|million|m|thousand|k)?\b", re.I)  # 60,000, never 60


def _threshold(q: Question) -> tuple[float, bool] | None:
    """The number a yes/no question sets a figure against, and whether above it is asked (过500亿了没, above
    150 billion yuan, 低于70%吗); None without one (a year is no threshold)."""
    from .parse import EITHER_WAY

    low = q.text.lower()
    if EITHER_WAY.search(low):
        return None  # higher or lower than …: which way, against no number
    if DOUBLE_DIGITS.search(low):
        return (10.0, True)  # 有没有达到两位数, double-digit growth: 10% or more
    part = fraction_said(low)
    if part is not None:  # past two thirds: a percentage above 66.7%; 是三分之一左右吗: no bound, a claim of equality
        return (part * 100, not _before_a_fraction(low, BELOW)) if _before_a_fraction(low, ABOVE + REACH_ASKED + BELOW) else None
    above, below = _before_a_number(low, ABOVE + REACH_ASKED), _before_a_number(low, BELOW)
    if bool(above) == bool(below):
        return _bound_after(q)
    value = next((v for w in above or below for v in [_asked_number(q.text, w)] if v is not None), None)  # over 2013-2017: no bound
    return (value, bool(above)) if value is not None else None


# a fraction said in words, not of another figure (past two thirds; 超过三分之二了吗; never "half of the 2017 volume")
FRACTIONS = {"half": 1 / 2, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3,
             "a quarter": 1 / 4, "one quarter": 1 / 4, "three quarters": 3 / 4, "a tenth": 1 / 10, "one tenth": 1 / 10,
             "a fifth": 1 / 5, "一半": 1 / 2, "二分之一": 1 / 2, "三分之一": 1 / 3, "三分之二": 2 / 3, "四分之一": 1 / 4, "四分之三": 3 / 4,
             "五分之一": 1 / 5, "十分之一": 1 / 10}
FRACTION = lazyre.compile(r"(" + "|".join(sorted(map(re.escape, FRACTIONS), key=len, reverse=True))
                      + r")(?!\s*of\b(?!\s+(?:[a-z]+'s\s+|its\s+|the\s+)?(?:total|overall|whole|all)\b)|\s*的)")  # a fifth of its total: a share


def fraction_said(low: str) -> float | None:
    """The fraction a yes/no question sets a percentage against, when it is of no other figure named."""
    m = FRACTION.search(low)
    return FRACTIONS[m[1]] if m else None


def _before_a_fraction(low: str, words: tuple) -> bool:
    m = FRACTION.search(low)
    return bool(m) and any(low[:m.start()].rstrip().endswith(w) for w in words)


AFTER_ABOVE = lazyre.compile(r"^\s*(?:个|家|元|人|户|%|％)?\s*(?:or more|or above|and above|or higher|and up|及以上|或以上|以上)", re.I)
AFTER_BELOW = lazyre.compile(r"^\s*(?:个|家|元|人|户|%|％)?\s*(?:or less|or fewer|or below|and below|or lower|及以下|或以下|以下)", re.I)


def _bound_after(q: Question) -> tuple[float, bool] | None:
    """A bound written after the number (5,000 or more, 50个以上) or a number said as a lower bound (五十多个:
    at least fifty), in a yes/no question."""
    from ..numbers import scan

    numbers = [x for x in scan(q.text) if x.value is not None and not x.ordinal] if q.cues & {"yesno", "list", "count"} else []
    bounds = [(float(n.value), _bound_word(n, q.text[n.end:n.end + 16])) for n in numbers if not _a_year(float(n.value))]
    return next(((v, above) for v, above in bounds if above is not None), None)


def _bound_word(n, rest: str) -> bool | None:
    """True for a lower bound after the number (or more, 以上, 五十多), False for an upper one, None for neither."""
    if AFTER_ABOVE.match(rest) or n.qualifier == "MoreThan":
        return True
    return False if AFTER_BELOW.match(rest) else None


REACH_ASKED = ("有没有", "有无")  # 有没有5.5万家: whether the figure reaches the number, not whether it is about it


def _before_a_number(low: str, words: tuple) -> list[str]:
    return [w for w in words if re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])\s*了?\s*[\d一二三四五六七八九十百千万亿]", low)]


def _asked_number(text: str, word: str) -> float | None:
    """The number right after the threshold word (Chinese 500亿 or English 150 billion)."""
    from ..numbers import scan

    at = text.lower().find(word) + len(word)
    rest = text[at:at + 24].lstrip("了过 ")  # 是否超过了万亿
    if YEAR_SAID.match(rest):
        return None  # 超过了2017年全年: a year's figure, no number
    m = EN_NUMBER.match(rest.strip())
    if m and not YEAR_RE.fullmatch(m.group(1)) and not CJK_SCALE_NEXT.match(rest.strip(), m.end(1)):  # 5.5万: no 5
        return float(m.group(1).replace(",", "")) * EN_SCALE.get((m.group(2) or "").lower(), 1)
    n = next(iter(scan(("1" if BARE_SCALE.match(rest) else "") + rest)), None)
    return float(n.value) if n is not None and n.value is not None and n.start <= 2 else None


CJK_SCALE_NEXT = lazyre.compile(r"[.\d]*\s*[万亿千百]")  # a Chinese scale after the digits (5.5万): read as Chinese
BARE_SCALE = lazyre.compile(r"(?:千|百|十)?(?:万亿|亿|万)")  # 万亿, 千亿 with no digit: one of them


YEAR_RE = lazyre.compile(r"(?:19|20)\d{2}")
YEAR_SAID = lazyre.compile(r"\s*(?:19|20)\d{2}\s*(?:年|全|同期|上半|下半|前|\b(?!\s*(?:yuan|元|万|亿|billion|million|thousand|people|persons|households|stores|shops)))",
                          re.I)


def _lead_with(ctx: Ctx, label: str) -> None:
    """Put the verdict (yes, no, or the larger kind) first, as a row with only a label."""
    ctx.ans.answers.insert(0, {"label": label, "iri": None, "value": None, "unit": None, "period": None})


def _verdict(f: dict, limit: float, above: bool) -> bool | None:
    """Whether the figure is above (or below) the limit; None when its bound or approximation cannot tell."""
    lo, hi = _bounds(f)
    strict = (f["qualifier"] or "").rsplit("#", 1)[-1]
    if lo > limit or (lo, strict) in ((limit, "Exceeds"), (limit, "MoreThan")):  # 突破30亿 is above 30亿
        return above
    return not above if hi < limit or (hi, strict) == (limit, "LessThan") else None




BOUNDS = {"Exceeds": (1, float("inf")), "MoreThan": (1, float("inf")), "AtLeast": (1, float("inf")),
          "Approximately": (0.95, 1.05), "LessThan": (0, 1), "AtMost": (0, 1)}


def _bounds(f: dict) -> tuple[float, float]:
    """The least and most a stated figure can be: 突破80亿 is 8e9 or more, 约50% is 47.5% to 52.5%."""
    lo = f["num"]
    hi = float(f["ob_fmt"]["max"]) if f["ob_fmt"]["max"] else lo
    a, b = BOUNDS.get((f.get("bound_as") or f["qualifier"] or "").rsplit("#", 1)[-1], (1, 1))
    return lo * a, hi * b


MONEY = ("CNY", "USD")  # flows whose total over a period has a monthly average


@intent("on_side", {"zh": ["凭祥市是不是在东经107度以西？"], "en": ["Is Beihai south of 22°N?"]})
def on_side(ctx: Ctx):
    """Whether each place named lies on the side asked of a line of latitude or longitude, by its coordinates:
    yes or no with the coordinate (凭祥市 经度 106.75 < 107)."""
    if not _sides_asked(ctx):
        return False
    ctx.use("names", "coordinate", "geo", "yesno", "where", "north", "south", "east", "west")
    said = [_side_said(ctx, n.iri) for n in ctx.q.names]
    if len(said) > 1 and None not in said and not _side_or_asked(ctx.q):  # 凭祥和东兴都在北纬22度以南吗: yes only when each is
        ctx.ans.answers.insert(0, {"label": msg("yes" if all(said) else "no", ctx.lang), "iri": None, "value": None,
                                   "unit": None, "period": None})
    return True


def _sides_asked(ctx: Ctx) -> bool:
    """Yes or no of places named and lines of latitude or longitude, nothing else asked."""
    q = ctx.q
    plain = q.bounds and q.names and not (q.kinds or q.relations or q.indicators)
    return bool(plain) and (asks_yes_no(q) or _side_or_asked(q)) and all(ctx.is_a(n.iri, "Place") for n in q.names)


def _side_or_asked(q: Question) -> bool:
    """北纬22度以北还是以南, north or south of 22°N: one line, which side of it asked (the side, not yes or no)."""
    return len(q.bounds) == 1 and any(SIDE_OR.search(s) for s in q.bounds_said)


def _side_said(ctx: Ctx, e: str) -> bool | None:
    """Yes or no for one place: each bound checked against its coordinate, the coordinates shown; None when the
    graph has no coordinate for it."""
    values = _coordinates_of(ctx, e)
    if any(values[c] is None for c, _, _ in ctx.q.bounds):
        ctx.ans.unrecognised.append(msg("not_stated", ctx.lang))
        return None
    yes = all((float(values[c]) > deg) == above for c, above, deg in ctx.q.bounds)
    said = _side_of_line(ctx, values) if _side_or_asked(ctx.q) else msg('yes' if yes else 'no', ctx.lang)
    ctx.add(f"{said}: {ctx.label(e)} {_coordinates_shown(ctx, values)}", e)
    return yes


def _side_of_line(ctx: Ctx, values: dict) -> str:
    """The side of the one line asked a place lies on (北纬22度以北, north of 22°N)."""
    c, _, deg = ctx.q.bounds[0]
    line, sides = LINE_SIDES[c, ctx.lang]
    return line.format(deg=f"{deg:g}", side=sides[float(values[c]) <= deg])


# how a side of a line is said: the line with the side's place left, and the (higher, lower) sides
LINE_SIDES = {("lat", "zh"): ("北纬{deg}度以{side}", "北南"), ("long", "zh"): ("东经{deg}度以{side}", "东西"),
              ("lat", "en"): ("{side} of {deg}°N", ("north", "south")), ("long", "en"): ("{side} of {deg}°E", ("east", "west"))}


def _coordinates_shown(ctx: Ctx, values: dict) -> str:
    """纬度 22.09: each coordinate a bound of the question is on, once."""
    return ctx.sep().join(f"{COORD_WORDS[c][ctx.lang == 'en']} {values[c]}" for c in dict.fromkeys(c for c, _, _ in ctx.q.bounds))


def _coordinates_of(ctx: Ctx, e: str) -> dict:
    """{lat, long} of one place, None for one the graph does not hold."""
    return {c: next((r["v"].value for r in ctx.run(_coords_query(c, True), {"x": [_node(e)]})), None) for c in ("lat", "long")}


@intent("number_meant", {"zh": ["文章里的3101指的是什么？", "“超过10万人”是哪个指标？"],
                          "en": ["Which figure in the article is 4220?", "What does 2228 refer to?"]})
def number_meant(ctx: Ctx):
    """Which figure a number given is (4220指的是什么, which figure is 4220): the figures stated with that number
    (4220亿元), of the things named if any; said when no figure is stated so. The number is matched as written,
    with its 万 or 亿 and its % when given."""
    q = ctx.q
    given = _numbers_written(q) if "number_meant" in q.cues and not _hard(q) else []  # 农村电商的什么: a topic's figures
    if not given or q.cues & {"code", "old_code", "full_code"}:  # which unit once used code 450331: a place's code
        return False
    rows = _figures_written(ctx, given)
    ctx.use("names", "years", "number_meant", "source", "list", "about", "count", "unit", "threshold", "when")  # each with its period
    if not rows:
        ctx.ans.unrecognised.append(msg("no_figure_stated", ctx.lang, number=ctx.sep().join(g[0] for g in given)))
        return True
    for f in rows:
        show_figure(ctx, f)
    return True


# a number as written: its digits, then its scale and measure words (万, 亿元, 多家, 万人次), then a percent sign
NUMBER_WRITTEN = lazyre.compile(r"(?<![\d.])(\d+(?:,\d{3})*(?:\.\d+)?)\s*([万亿千百多余几个家人次户元斤平米项种条所座名位件款台]*)"
                                r"\s*(%|％|percent\b|per cent\b)?", re.I)


def _figures_written(ctx: Ctx, given: list[tuple[str, str, bool]], subjects: list[str] | None = None) -> list[dict]:
    """The figures (of the subjects; by default the things named, Guangxi and topics aside: 广西农村电商的什么) stated
    with one of the numbers given."""
    if subjects is None:
        subjects = [n.iri for n in ctx.q.names if n.iri != GUANGXI and not ctx.is_a(n.iri, "Topic")]
    return [f for f in figure_rows(ctx, subjects, [], ctx.q.years) if any(_stated_with(f["stated"], g) for g in given)]


def _small_numbers_written(q: Question) -> list[str]:
    """The plain numbers under 1000 a question gives (22城: 22), as a sentence would write them too."""
    return [g[0] for g in _numbers_written(q) if g[0].isdigit() and int(g[0]) < 1000]


def _numbers_written(q: Question) -> list[tuple[str, str, bool]]:
    """The numbers the question gives, but its years: (digits, the scale and measure words after them, percent)."""
    found = [(m.group(1).replace(",", ""), m.group(2) or "", bool(m.group(3))) for m in NUMBER_WRITTEN.finditer(q.raw)]
    return [g for g in found if not _a_year_of(q, g)]  # in the words as asked: “50%左右” too


def _stated_with(stated: str, given: tuple[str, str, bool]) -> bool:
    """The stated figure (超过10万人, 4220亿元, 约11%) writes the number given: the same digits, then the words the
    question writes after them (30多家: never 30亿元) and the percent sign when it gives them."""
    return any(_same_written(m, *given) for m in NUMBER_WRITTEN.finditer(stated))


def _same_written(m, digits: str, after: str, percent: bool) -> bool:
    return m.group(1).replace(",", "") == digits and m.group(2).startswith(after) and bool(m.group(3) or not percent)


@intent("monthly", {"zh": ["2018年1-7月广西电子商务交易额平均每个月多少？"],
                    "en": ["What was Guangxi's average monthly e-commerce transaction volume in January-July 2018?"]})
def monthly(ctx: Ctx):
    """The monthly average of an amount over its period (4220亿 over January to July: 603亿 a month), computed
    from the stated total and the months of its period, and marked as computed; never for an undated figure."""
    q = ctx.q
    if "monthly" not in q.cues or not q.indicators:
        return False
    subjects = _figure_subjects(ctx) or [GUANGXI]
    rows = _whole_years(q, figure_rows(ctx, subjects, _pick_indicators(ctx, subjects) or q.indicators, q.years))
    ctx.use("names", "indicators", "years", "monthly", "per", "count", "full_year")
    for f in rows:
        _monthly_average(ctx, f)
    if not ctx.ans.answers:
        ctx.ans.unrecognised.append(_say(ctx, "图谱中没有可以按月平均的数据（需要有起止月份的金额）",
                                         "the graph has no amount over a stated period to average by month"))
    return True


def _monthly_average(ctx: Ctx, f: dict) -> None:
    """An amount's monthly average over its stated period, with the figure and the arithmetic."""
    months = _months(f["period"])
    if not months or f["unit"].rsplit("#", 1)[-1] not in MONEY or not f["ob_fmt"]["value"]:
        return
    show_figure(ctx, f)
    value = f["num"] / months
    _computed(ctx, _say(ctx, "月均：约 ", "monthly average: about ") + _figure_text(ctx, f, value), value,
              f["unit"], f"{_num(f['num'])} / {months} = {_num(value)}")


def _months(period: dict) -> int | None:
    """The months a figure's period spans: a year is 12, 2018-01 to 2018-07 is 7; None for a date or none."""
    if period.get("year") and not period.get("start"):
        return 12
    s, e = (re.fullmatch(r"(\d{4})-(\d{2})", str(period.get(k) or "")) for k in ("start", "end"))
    return _months_between(s, e) if s and e else None


def _months_between(s, e) -> int:
    return (int(e[1]) - int(s[1])) * 12 + int(e[2]) - int(s[2]) + 1


@intent("threshold", {"zh": ["2018年1到7月，广西网络零售额过500亿了没？"],
                      "en": ["Was Guangxi's 2013 e-commerce volume above 150 billion yuan?"]})
def threshold(ctx: Ctx):
    """Is a figure above (or below) a number: yes or no with the figure, or said when its bound cannot tell."""
    q = ctx.q
    span = range_said(q.text) if _threshold_asked(q) else None
    limit = _threshold(q) if not span and (_threshold_asked(q) or asks_yes_no(q) and _designations(ctx)) else None
    rows = _threshold_rows(ctx) if (limit or span) and not STILL_ASKED.search(q.text) else []  # still above it today: unsaid
    if not 1 <= len(rows) <= MAX_THRESHOLD_FIGURES:
        return False
    ctx.use("names", "indicators", "years", "compare", "less", "yesno", "count", "most", "threshold", "full_year", "part_year", "verify",
            *(("fraction",) if fraction_said(q.text.lower()) is not None else ()),
            *(("growth", "share") if _percent_given(q) else ()))
    _threshold_uses(ctx, rows)
    factor = _given_unit_factor(ctx, rows)
    if factor is None:
        return True
    if span:
        _show_in_range(ctx, rows, (span[0] * factor, span[1] * factor))
    else:
        _show_verdicts(ctx, rows, (limit[0] * factor, limit[1]))
    return True


AFTER_A_NUMBER = lazyre.compile(r"(?:\d[\d.,]*|[零一二两三四五六七八九十百千]+)\s*(?:个?(?:万|亿))?\s*(?:多|余)?\s*(?P<w>(?!位数)[\u4e00-\u9fff]{1,3}|people\b|persons?\b)")


def _unit_written_after_a_number(ctx: Ctx) -> list[str]:
    """超过15万人吗: the unit written right after the question's number (人, not the figure's 人次), as the
    ontology writes units (longest form first); none when no unit follows."""
    m = next((m for m in AFTER_A_NUMBER.finditer(ctx.q.text) if not YEAR_RE.fullmatch(m.group(0)[:4])), None)
    word = {"people": "人", "person": "人", "persons": "人"}.get(m.group("w").lower(), m.group("w")) if m else ""
    return next(([u] for f, u in ctx.kg.vocabulary.unit_forms() if word.startswith(f)), [])


def _people_within_times(ctx: Ctx, rows: list[dict]) -> float:
    """20万人次 against persons: the people are at most the person-times, so the figures are read as upper
    bounds (more than 300,000 people: no; more than 150,000: cannot tell), and the answer says so."""
    for f in rows:
        f["bound_as"] = GXO + "AtMost"
    ctx.use("unit")
    ctx.note(_say(ctx, "人次不是人数：一人可计多次，人数至多等于人次", "person-times are not people: one person may count "
                                                               "several times, so the people are at most the person-times"))
    return 1.0


def _units_said_and_stated(ctx: Ctx, rows: list[dict]) -> tuple[list[str], set[str]]:
    """(the unit the question writes with its number, as a list of none or one; the figures' own units)."""
    return ctx.q.given_units[:1] or _unit_written_after_a_number(ctx), {f["unit"].removeprefix(GXO) for f in rows}


def _given_unit_factor(ctx: Ctx, rows: list[dict]) -> float | None:
    """What the number's unit (100亩, 30亿美元) is in the figures' own unit: 1 when none is given or the same;
    None when it does not convert (dollars to yuan: no rate is stated)."""
    given, units = _units_said_and_stated(ctx, rows)
    if not given or units == set(given):
        return 1.0
    if (given[0], units) == ("Person", {"PersonTime"}):
        return _people_within_times(ctx, rows)
    ctx.use("unit")
    unit = next(iter(units)) if len(units) == 1 else None
    factor = ctx.kg.vocabulary.converted(1.0, given[0], unit) if unit else None
    words = (_unit_word(ctx, GXO + given[0]), _unit_word(ctx, rows[0]["unit"]))
    if factor:
        ctx.note(msg("computed", ctx.lang, how=f"1 {words[0]} = {factor:.6g} {words[1]}"))
    else:  # 超过30亿美元: a figure in 元 is never set against dollars
        ctx.ans.unrecognised.append(msg("unit_differs", ctx.lang, given=words[0], unit=words[1]))
    return factor


def _show_in_range(ctx: Ctx, rows: list[dict], span: tuple[float, float]) -> None:
    """Each figure with yes when it lies between the two numbers, no when outside, or said when its bound cannot
    tell (突破38亿 against 30亿 to 50亿)."""
    ctx.use("range")
    for f in rows:
        inside = _within_span(f, span)
        if inside is None:
            ctx.note(msg("bound_unclear", ctx.lang, stated=_stated_with_bound(ctx, f)))
        show_figure(ctx, f, prefix=msg("unconfirmed" if inside is None else "yes" if inside else "no", ctx.lang) + ": ")


def _rows_in_span(ctx: Ctx, rows: list[dict], span: tuple[float, float]) -> list[dict]:
    """The figures certainly between the two numbers; those whose bound cannot tell said so."""
    ctx.use("range")
    for f in (f for f in rows if _within_span(f, span) is None):
        ctx.note(msg("bound_unclear", ctx.lang, stated=f"{ctx.label(f['e'])} {f['stated']}"))
    return [f for f in rows if _within_span(f, span)]


def _within_span(f: dict, span: tuple[float, float]) -> bool | None:
    """True inside [low, high], False outside, None when the figure's bound cannot tell."""
    above, below = _verdict(f, span[0], True), _verdict(f, span[1], False)
    if above is False or below is False:
        return False
    return True if above and below else None


def _threshold_uses(ctx: Ctx, rows: list[dict]) -> None:
    """Relation words of the figures' names (built … service stations), and on average for an average rate."""
    inds = list({f["indicator"] for f in rows})
    if _relation_words_in(ctx, inds) or _designations(ctx):
        ctx.use("relations", "classes")  # more than 60 counties won the title: the counties the figure counts
    if any(i in GROWTH_OF.values() and "average" in ctx.kg.label(i, "en") for i in inds):
        ctx.use("per")  # more than 60% a year on average: the average annual rate


def _threshold_rows(ctx: Ctx) -> list[dict]:
    """The figures a number is set against: of the things named (Guangxi when none), the indicators named; a
    percentage only against a percentage (比重超过15%: the share, never the volume in yuan)."""
    titles = _designations(ctx)
    subjects = [s for s in _figure_subjects(ctx) if s not in titles] or [GUANGXI]
    inds = _pick_indicators(ctx, subjects) or ctx.q.indicators or (_designated_figure(ctx, titles) if titles else [])
    inds = _percent_of(ctx.q, inds)
    rows = _months_of_year(ctx.q, _whole_years(ctx.q, figure_rows(ctx, subjects, inds, ctx.q.years)))
    return [f for f in rows if (f["unit"] == GXO + "Percent") == _percent_given(ctx.q)]


def _designations(ctx: Ctx) -> list[str]:
    """The designations named (国家电子商务进农村综合示范县): a count of their holders may be a stated figure."""
    return [n.iri for n in ctx.q.names if ctx.is_a(n.iri, "Designation")]


def _percent_of(q: Question, inds: list[str]) -> list[str]:
    """With a percentage given, each figure's share (比重) or growth rate (增长) in its place."""
    table = SHARE_OF if "share" in q.cues else GROWTH_OF if "growth" in q.cues else {}
    return [table.get(i, i) for i in inds] if _percent_given(q) else inds


DOUBLE_DIGITS = lazyre.compile(r"两位数|double[- ]digits?", re.I)


def _percent_given(q: Question) -> bool:
    """The number the question gives is a percentage (15%, 百分之十五, 15 percent, double digits of growth, two
    thirds)."""
    low = q.text.lower()
    return re.search(r"\d\s*[%％]|百分之|\bper ?cent\b", low) is not None or bool(DOUBLE_DIGITS.search(low)) or \
        fraction_said(low) is not None


def _show_verdicts(ctx: Ctx, rows: list[dict], limit: tuple[float, bool]) -> None:
    """Each figure against the number with its own yes or no (the price before and after), or said which
    figure's bound cannot tell."""
    cap = _some_more_cap(ctx.q, limit[0]) if limit[1] else None
    verdicts = [_verdict_against(ctx.q, f, limit, cap) for f in rows]
    if None in verdicts and not all(_open_above(f) for f, v in zip(rows, verdicts) if v is None):
        f = rows[verdicts.index(None)]
        ctx.ans.unrecognised.append(msg("bound_unclear", ctx.lang, stated=_stated_with_bound(ctx, f)))
        return
    for f, verdict in zip(rows, verdicts):
        if verdict is None:  # 超400家 against "more than 4,000": the source does not confirm it
            ctx.note(msg("bound_unclear", ctx.lang, stated=_stated_with_bound(ctx, f)))
        show_figure(ctx, f, prefix=msg("unconfirmed" if verdict is None else "yes" if verdict else "no", ctx.lang) + ": ")
    _margin_asked(ctx, rows, limit[0])


def _margin_asked(ctx: Ctx, rows: list[dict], n: float) -> None:
    """超过400亿了吗？超了多少, and by how much: the figure's distance from the number, worked out and marked, first
    (about, when the figure is a bound or approximate)."""
    if len(rows) != 1 or not MARGIN_ASKED.search(ctx.q.text):
        return
    f, unit = rows[0], _unit_word(ctx, rows[0]["unit"])
    gap, note = f["num"] - n, _bound_note(ctx, rows)
    ctx.note(msg("computed", ctx.lang, how=f"{_num(f['num'])} − {_num(n)} = {_num(gap)} {unit}".rstrip() + note))
    word = _margin_word(ctx, f, gap, note)
    said = _say(ctx, f"{word}{_num(abs(gap))}{unit}", f"{word} {_num(abs(gap))} {unit}".strip())
    ctx.ans.answers.insert(0, {"label": said, "iri": None, "value": f"{abs(gap):.15g}", "unit": f["unit"], "period": None})


def _margin_word(ctx: Ctx, f: dict, gap: float, note: str) -> str:
    """高出 / above by, 至少 (at least) for a lower bound, 约 (about) for another qualifier."""
    least = f.get("qualifier") in LOWER_BOUNDS
    hedge = ("" if not note else "至少" if least else "约", "" if not note else " at least" if least else " about")
    return _say(ctx, hedge[0] + ("高出" if gap >= 0 else "低"), ("above" if gap >= 0 else "below") + " by" + hedge[1])


MARGIN_ASKED = lazyre.compile(r"\bby how much\b|\bhow much (?:more|over|above|higher|less|below|short|under)\b|\bby what margin\b|"
                              r"超(?:了|出|过)?(?:了)?多少|多(?:了|出)?多少|高(?:了|出)?多少|差(?:了)?多少|低(?:了)?多少|(?<!至)少(?:了)?多少", re.I)  # 至少多少: a least value


def _verdict_against(q: Question, f: dict, limit: tuple[float, bool], cap: float | None) -> bool | None:
    """The figure against the number: past its cap (5000多: not 5万), reached exactly, or by its bounds."""
    if cap and _bounds(f)[0] >= cap:
        return False
    return limit[1] if _reached_exactly(q, f, limit[0]) else _verdict(f, *limit)


def _some_more_cap(q: Question, n: float) -> float | None:
    """5000多 is five thousand and some: below 6000 (the next step of its first digit); a figure of at least that is
    no (5万多 is not 5000多). None unless the number is said so."""
    from ..numbers import scan

    said = [x for x in scan(q.text) if x.qualifier == "MoreThan" and q.text[x.start:x.end][-1:] in "多余"]
    return n + 10 ** math.floor(math.log10(n)) if n > 0 and any(float(x.value) == n for x in said) else None


# words that say a number is reached, not passed (had reached 200,000; 达到20万): a figure of exactly it is there
REACHED = lazyre.compile(r"\b(?:reach(?:ed|es)?|hit|at least)\b|达到|达没达到|到没到|够没够", re.I)


def _reached_exactly(q: Question, f: dict, limit: float) -> bool:
    """A figure stated exactly at the number a question says was reached (20万人次, had reached 200,000)."""
    return not f["qualifier"] and not f["ob_fmt"]["max"] and f["num"] == limit and bool(REACHED.search(q.text))


def _open_above(f: dict) -> bool:
    """A figure stated with only a lower bound (超400家): a larger number is neither confirmed nor ruled out."""
    return _bounds(f)[1] == float("inf")


MAX_THRESHOLD_FIGURES = 4  # a number set against more figures than this asks which one


def _threshold_asked(q: Question) -> bool:
    """A yes/no question about a figure, or about a growth rate against a percentage (增速超过30%了吗); other
    questions of growth the growth and yes/no intents compare."""
    return asks_yes_no(q) and bool(q.indicators) and ("growth" not in q.cues or _percent_given(q))


def _stated_with_bound(ctx: Ctx, f: dict) -> str:
    return (ctx.label(f["qualifier"]) + " " if f["qualifier"] else "") + f["stated"]


def _date_asked(ctx: Ctx) -> bool:
    """When a dated thing named was issued or held (when was the reply on 22 cities issued): its date, not a
    figure its name holds words of."""
    return "when" in ctx.q.cues and not ctx.q.years and \
        any(ctx.run(query("dates"), {"e": [_node(n.iri)]}) for n in ctx.q.names)


@intent("convert", {"zh": ["南宁跨境商品直购体验中心有多少公顷？", "融安金桔现在卖40元一斤，合每公斤多少钱？"],
                    "en": ["How many hectares is the Nanning cross-border goods direct-purchase experience centre?"]})
def convert(ctx: Ctx):
    """A figure asked in another unit of its kind (8000 平方米 in hectares, 元/斤 per kilogram): the figure and the
    value converted by the ontology's multipliers, marked as computed; the figure is the one of the number given."""
    q = ctx.q
    if not q.units or not q.names or q.cues & {"compare", "most", "least", "growth", "share", "total", "per"}:
        return False
    rows = _convertible(ctx)
    if not rows or not _every_unit_reached(ctx, rows):
        return False  # in US dollars per kilo: yuan per kilo is no answer
    ctx.use("names", "indicators", "years", "unit", "count", "source", "relations")
    for f in rows:
        _converted(ctx, f, _to_unit(ctx, f))
    return True


def _every_unit_reached(ctx: Ctx, rows: list[dict]) -> bool:
    """Every unit asked is a figure's own or one it converts to (US dollars: no rate in the graph, never reached)."""
    v = ctx.kg.vocabulary
    return all(any(GXO + u == f["unit"] or v.converted(1.0, f["unit"].removeprefix(GXO), u) for f in rows) for u in ctx.q.units)


def _convertible(ctx: Ctx) -> list[dict]:
    """The figures asked that convert to a unit asked: of the indicators named (any, when none is), the one of the
    number given, the price before or after as said."""
    q = ctx.q
    subjects = _figure_subjects(ctx)
    inds = _pick_indicators(ctx, subjects) if _hard(q) else []
    if _hard(q) and not inds:
        return []
    rows = _of_number_given(q, [f for f in figure_rows(ctx, subjects, inds, q.years) if _to_unit(ctx, f)])
    keep = _price_when(q, list(dict.fromkeys(f["indicator"] for f in rows)))  # 现在多少钱一公斤: the price now
    return [f for f in rows if f["indicator"] in keep]


def _of_number_given(q: Question, rows: list[dict]) -> list[dict]:
    """The figures that are a number the question gives (40 yuan a jin), else all."""
    given = _numbers_given(q)
    return [f for f in rows if any(_near(f, n) for n in given)] or rows


def _to_unit(ctx: Ctx, f: dict) -> str | None:
    """The asked unit figure f converts to (not its own)."""
    v = ctx.kg.vocabulary
    return next((u for u in ctx.q.units if GXO + u != f["unit"] and v.converted(1.0, f["unit"].removeprefix(GXO), u)), None)


def _converted(ctx: Ctx, f: dict, to: str) -> None:
    """The figure in unit `to`, with the arithmetic shown, then the figure as stated."""
    v, frm = ctx.kg.vocabulary, f["unit"].removeprefix(GXO)
    value, factor = v.converted(f["num"], frm, to), v.converted(1.0, frm, to)
    unit = {"symbol": ctx.kg.notation(GXO + to), "label": ctx.label(GXO + to)}
    text = format_value({"value": f"{value:.6g}", "min": None, "max": None, "unit": unit,
                         "qualifier": f["ob_fmt"]["qualifier"]}, ctx.lang)
    how = f"× {factor:.6g}" if factor >= 1 else f"÷ {_num(1 / factor)}"
    ctx.add(f"{ctx.label(f['e'])} {ctx.label(f['indicator'])}: {text}", value=f"{value:.6g}", unit=GXO + to,
            period=f.get("period"))
    ctx.note(msg("computed", ctx.lang, how=f"{_num(f['num'])} {_unit_word(ctx, f['unit'])} {how} = {value:.6g} {_unit_word(ctx, GXO + to)}"))
    show_figure(ctx, f)


def _unit_word(ctx: Ctx, unit: str) -> str:
    """A unit as an arithmetic note writes it: its symbol in Chinese (元/公斤), its label in English."""
    return ctx.kg.notation(unit) if ctx.lang == "zh" else ctx.label(unit)


@intent("days", {"zh": ["中国-东盟信息港电子商务论坛在文章发布后多少天开幕？"],
                 "en": ["How many days after the article came out did the China-ASEAN Information Harbor E-commerce Forum open?"]})
def days(ctx: Ctx):
    """The days between two dates the graph states: of two named things, or of one thing and the article that
    reports it; both must be whole dates (a month or a year is no day count)."""
    q = ctx.q
    if "days" not in q.cues or not 1 <= len(q.names) <= 2:
        return False
    dated = _two_dates(ctx)
    if not dated:
        return False
    ctx.use("names", "days", "source", "when", "relations", "compare", "rename", "first_in_time")  # 开幕比报道发布晚了几天: the days compare
    _before_or_after(ctx, dated)  # 是在报道发表之前还是之后？晚了多久: which way, then how long
    (a, da, ea), (b, db, eb) = sorted(dated, key=lambda x: x[1])
    n = (date.fromisoformat(db) - date.fromisoformat(da)).days
    years = _say(ctx, f"，约 {n / 365.25:.1f} 年", f", about {n / 365.25:.1f} years") if n > 365 else ""
    ctx.add(_say(ctx, f"{n} 天（{a} {da} → {b} {db}{years}）", f"{n} days ({a} {da} → {b} {db}{years})"), value=str(n))
    ctx.note(msg("computed", ctx.lang, how=f"{db} − {da} = {n}" + _say(ctx, " 天", " days")))
    ctx.cite(ea + eb)
    return True


@intent("weekday", {"zh": ["中国-东盟信息港电子商务论坛那天是星期几？"],
                    "en": ["What day of the week was the China-ASEAN Information Harbor E-commerce Forum?"]})
def weekday(ctx: Ctx):
    """The day of the week of the one date the graph states of a thing (an event held, a document issued), worked
    out from the date and marked as computed; no answer for a month or a year."""
    q = ctx.q
    dated = _weekday_dated(ctx) if "weekday" in q.cues else []
    if not dated or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dated[0][1]):
        return False
    label, d, evs = dated[0]
    day = WEEKDAYS[ctx.lang][date.fromisoformat(d).weekday()]
    ctx.use("names", "weekday", "when", "rename", "source", *(("relations",) if _date_verbs_only(q) else ()))  # which day was it held
    ctx.add(f"{day}（{d}）" if ctx.lang == "zh" else f"{day} ({d})", value=d, period=d)
    ctx.note(msg("computed", ctx.lang, how=f"{label} {d} → {day}"))
    ctx.cite(evs)
    return True


def _weekday_dated(ctx: Ctx) -> list[tuple]:
    """The one date a weekday is asked of: the thing named (its renaming when asked), or the one article."""
    q = ctx.q
    if len(q.names) == 1:
        return (_renaming_date(ctx, q.names[0].iri) if "rename" in q.cues else []) or _first_date(ctx, q.names[0].iri)
    return _the_one_article_dated(ctx) if not q.names and q.cues & {"source", "article_time"} else []


def _date_verbs_only(q: Question) -> bool:
    """The relation words are the verbs of a date (held, 举办), asking nothing of their own."""
    return all(ASKED_DATE_VERB.fullmatch(q.words.get(r, "")) for r in q.relations)


WEEKDAYS = {"zh": ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
            "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")}


@intent("same_time", {"zh": ["中国-东盟信息港电子商务论坛和那篇文章是同一个月吗？"],
                      "en": ["Were the China-ASEAN Information Harbor E-commerce Forum and the article in the same year?"]})
def same_time(ctx: Ctx):
    """Whether two things named (or one and the article) fall in the same year, month or day, by the dates the graph
    states; no answer when a date is not stated that finely (a reply dated to the month asked for the same day)."""
    m = SAME_TIME.search(ctx.q.text) if "same_time" in ctx.q.cues else None
    dated = _dated_things(ctx) if m else None
    width = _same_width(m.group(0)) if dated and len(dated) == 2 else 0
    if not width or not _dated_finely(dated, width):
        return False
    ctx.use("names", "same_time", "source", "when", "yesno", "rename", "classes", "compare")
    same = dated[0][1][:width] == dated[1][1][:width]
    ctx.add(f"{msg('yes' if same else 'no', ctx.lang)}: " + ctx.sep().join(f"{label} {d}" for label, d, _ in dated))
    ctx.cite([e for _, _, evs in dated for e in evs])
    return True


def _same_width(said: str) -> int:
    """How many characters of an ISO date the same year, month or day compares."""
    return SAME_WIDTH[next(g for g in SAME_WIDTH if re.search(g, said, re.I))]


def _dated_finely(dated: list, width: int) -> bool:
    """Each date is stated at least as finely as asked (a month is no day)."""
    return all(len(d) >= width and DATE_FORM.fullmatch(d) for _, d, _ in dated)


SAME_TIME = lazyre.compile(r"同一个?(?:年份|年|月|天|日)|同[年月]|\bsame (?:year|month|day|date)\b", re.I)
SAME_WIDTH = {r"年|year": 4, r"月|month": 7, r"天|日|day|date": 10}


@intent("same_party", {"zh": ["中国-东盟信息港电子商务论坛的主办方和承办方是同一个单位吗？"],
                       "en": ["Is the forum's host the same body as its organiser?"]})
def same_party(ctx: Ctx):
    """Whether two relations of the one thing named reach the same things (the host and the organiser of the forum):
    yes or no, with what each reaches and its sentence; never a yes beside two different bodies."""
    rows = _two_relations_of_one(ctx) if "yesno" in ctx.q.cues and SAME_PARTY.search(ctx.q.text) else None
    if not rows:
        return False
    ctx.use("names", "relations", "yesno", "classes", "who")
    same = len({_objects(xs) for xs in rows.values()}) == 1
    ctx.add(f"{msg('yes' if same else 'no', ctx.lang)}: " + ctx.sep().join(_reached(ctx, r, xs) for r, xs in rows.items()))
    ctx.cite(_sentences_of(sum(rows.values(), [])))
    return True


def _objects(rows: list[dict]) -> frozenset:
    return frozenset(x["o"].value for x in rows)


def _sentences_of(rows: list[dict]) -> list[str]:
    """The evidence sentences of fact rows that have one (a derived fact has its rule instead)."""
    return [x["ev"].value for x in rows if "ev" in x]


def _two_relations_of_one(ctx: Ctx) -> dict | None:
    """relation -> its facts from the one thing named, for the two relations asked; None unless both hold."""
    q = ctx.q
    if len(q.names) != 1 or len(q.relations) != 2:
        return None
    rows = {r: _out_of(ctx, q.names[0].iri, r) for r in q.relations}
    return rows if all(rows.values()) else None


def _out_of(ctx: Ctx, e: str, r: str) -> list[dict]:
    """The facts e r ?o, but those back to e itself."""
    return [x for x in _related(ctx, GXO + r, s=e) if x["o"].value != e]


def _reached(ctx: Ctx, r: str, rows: list[dict]) -> str:
    """主办单位 广西壮族自治区人民政府: the relation and what it reaches."""
    return f"{ctx.label(GXO + r)} {ctx.sep().join(sorted({ctx.label(x['o'].value) for x in rows}))}"


SAME_PARTY = lazyre.compile(r"同一(?:个|家|批)?(?:单位|机构|部门|主体|组织|人|家|个)|是一家|是同一|一样吗|相同吗|\bthe same\b|\bidentical\b", re.I)


@intent("name_then", {"zh": ["文章发表时横县已经叫横州市了吗？"], "en": ["Was Hengxian already called Hengzhou when the article was published?"]})
def name_then(ctx: Ctx):
    """Did a place have a name at the article's time: yes or no by the date of the renaming the division data
    records (横县 became 横州市 on 2021-02-03, after the article of 2018-08-20)."""
    q = ctx.q
    found = _renaming_then(ctx)
    if not found:
        return False
    said, row, then = found
    old, new, date = _v(row, "old") or "?", row["new"].value, _v(row, "date")
    had_new = date <= then
    word = msg("yes" if said == had_new else "no", ctx.lang)
    ctx.use("names", "article_time", "yesno", "rename", "when", "source", "relations",
            *(("years",) if set(q.years) <= {then[:4]} else ()))  # the 2018 article: its year
    q.unknown = [w for w in q.unknown if _name_said_is_new(ctx, q.names[0].iri, w) is None]  # Hengxian: its old name
    ctx.add(_say(ctx, f"{word}（{old}于{date}更名为{new}，文章发布于{then}）", f"{word} ({old} was renamed {new} on {date}; the article came out on {then})"))
    ctx.note(msg("computed", ctx.lang, how=f"{date} {'<=' if had_new else '>'} {then}"))
    ctx.cite([_v(row, "ev")])
    return True


def _renaming_then(ctx: Ctx) -> tuple | None:
    """(whether the name said is the new one, the one renaming of the place named, the article's date), when a yes
    or no asks a name of one place at the article's time."""
    q = ctx.q
    m = CALLED_THEN.search(q.text) if "article_time" in q.cues and _no_other_ask(q) and len(q.names) == 1 else None
    then = _the_one_article(ctx) if m else None
    rows = _dated_renamings(ctx, q.names[0].iri) if then else []
    if len(rows) != 1:
        return None
    said = _name_said_is_new(ctx, q.names[0].iri, (m.group("name") or m.group("en")).strip())
    date = _v(rows[0], "date")
    apart = not (date.startswith(then[1]) or then[1].startswith(date))  # 2018-08 and 2018-08-15: no order
    return None if said is None or not apart else (said, rows[0], then[1])


def _dated_renamings(ctx: Ctx, e: str) -> list[dict]:
    """The changes of name of a place the division data dates."""
    return [r for r in ctx.run(query("renamed"), {"e": [_node(e)]}) if _v(r, "date")]


def _no_other_ask(q: Question) -> bool:
    """Yes or no is asked, or nothing else (When the article came out, was Hengzhou still called Hengxian)."""
    return "yesno" in q.cues or not re.search(r"哪|什么|何|\b(?:what|which|who)\b", q.text, re.I)


# a name asked to be a place's at a time (已经叫横州市了吗, already called Hengzhou when)
CALLED_THEN = lazyre.compile(r"(?:已经|已)?(?:叫做?|称为|名为|改名为|更名为)(?P<name>[\u4e00-\u9fff]{2,8}?)(?=了吗|了没有|了没|吗|[？?])|"
                             r"\b(?:already |still )?(?:called|named|known as)\s+(?P<en>[A-Z][\w' -]{1,40}?)(?=\s+(?:when|by|at|in)\b|\s*[?,])", re.I)


def _name_said_is_new(ctx: Ctx, e: str, said: str) -> bool | None:
    """True when the name said is the place's name now (in either language), False when it is another name of it
    (the old one, as the name index reads it), None when it names something else."""
    low = said.lower()
    if any(low and low in ctx.kg.label(e, lang).lower() for lang in ("zh", "en")):
        return True
    from .parse import parse

    other = parse(ctx.kg, said).names
    return False if len(other) == 1 and other[0].iri == e else None


@intent("running_in", {"zh": ["广西电子商务精准扶贫三年行动计划2021年还在实施吗？"],
                       "en": ["Would Guangxi's e-commerce poverty alleviation three-year action plan still be running in 2021?"]})
def running_in(ctx: Ctx):
    """Was a thing with a span of years (a 2018-2020 plan) running in a year asked: yes when the year lies in its
    span, no before or after it, by the years the graph states."""
    q = ctx.q
    span = _span_of_one(ctx) if STILL_RUNNING.search(q.text) and len(set(q.years)) == 1 else None
    if not span:
        return False
    (label, first, evs), end = span
    year, start = int(q.years[0]), int(first[:4])
    word = "yes" if start <= year <= int(end[:4]) else "no"
    ctx.use("names", "years", "yesno", "when", "by_then", "relations")  # running, 实施: the running asked
    ctx.add(_say(ctx, f"{msg(word, 'zh')}（{label}：{first}）", f"{msg(word, 'en')} ({label}: {first})"))
    ctx.note(msg("computed", ctx.lang, how=f"{start} ≤ {year} ≤ {end[:4]}" if word == "yes" else f"{year} ∉ {start}–{end[:4]}"))
    ctx.cite(evs)
    return True


# a thing asked to be running (in force) at a time (still be running in 2021, 2021年还在实施吗)
STILL_RUNNING = lazyre.compile(r"\b(?:still\s+)?(?:be|been|have been|was|is)\s+(?:still\s+)?(?:running|in force|in effect|under way|underway|active|valid)\b|"
                               r"(?:还|仍|仍然|依然)(?:在)?(?:实施|执行|有效|进行)", re.I)


def _span_of_one(ctx: Ctx) -> tuple | None:
    """((label, its years as stated, evidence), the end) of the one name, when the graph states a span of years."""
    dated = _first_date(ctx, ctx.q.names[0].iri) if len(ctx.q.names) == 1 else []
    if not dated or not re.fullmatch(r"\d{4}-\d{4}", dated[0][1]):
        return None
    return dated[0], _end_of(ctx, ctx.q.names[0].iri, dated[0][1])


@intent("by_then", {"zh": ["文章发布时，中国-东盟信息港电子商务论坛开过了没有？", "横县改名横州市的时候，广西电子商务精准扶贫三年行动计划已经结束了吗？"],
                    "en": ["When the article came out, had the China-ASEAN Information Harbor E-commerce Forum already been held?"]})
def by_then(ctx: Ctx):
    """Had a thing happened (been held, issued, ended) by the time of another: the article's publication, or the
    date of the other thing named (a renaming); yes or no by the dates the graph states, none when the two cannot be
    told apart (2018-08 and 2018-08-20)."""
    said = BY_THEN[ctx.lang].search(ctx.q.text) or UPCOMING.search(ctx.q.text)
    pair = _then_and_thing(ctx, bool(re.search(r"结束|到期|完成|ended|finished|over|expired", said.group(0), re.I))) if said else None
    if not pair or not _orderable([pair[0], pair[1]]):
        return False
    (ref, dr, er), (thing, dt, et) = pair
    ctx.q.unknown = [w for w in ctx.q.unknown if w.lower() not in said.group(0).lower()]  # 结束了吗: the words this reading understood
    word = ("yes", "是") if (dt < dr) != bool(UPCOMING.fullmatch(said.group(0))) else ("no", "否")  # still upcoming: yes when later
    ctx.use("names", "article_time", "first_in_time", "when", "rename", "yesno", "source", "relations", "by_then",
            *(("negation",) if UPCOMING.fullmatch(said.group(0)) else ()))  # 还没举办: the not is the question's own
    ctx.add(_say(ctx, f"{word[1]}（{thing} {dt}，{ref} {dr}）", f"{word[0]} ({thing} {dt}; {ref} {dr})"))
    ctx.note(msg("computed", ctx.lang, how=f"{thing} {dt} {'<' if dt < dr else '>'} {ref} {dr}"))
    ctx.cite(er + et)
    return True


BY_THEN = {"zh": lazyre.compile(r"(?:开|办|举办|举行|召开|发布|出台|印发|结束|完成|到期|实施)(?:过)?了?(?:没有|吗|没)|已经(?:开|办|举办|举行|召开|发布|出台|结束|完成|到期)"),
           "en": lazyre.compile(r"\b(?:had|has|was|were)\b[^?]{0,60}?\b(?:already\s+)?(?:been held|taken place|happened|ended|finished|been issued|"
                                r"been published|been released|over|expired)\b", re.I)}
UPCOMING = lazyre.compile(r"\bstill (?:upcoming|to come|ahead)\b|\byet to (?:be held|happen|take place|open)\b|\bnot yet (?:been )?(?:held|happened|opened)\b|还没(?:有)?(?:开|举办|举行|召开)|尚未(?:开|举办|举行|召开)|即将(?:举办|举行|召开)", re.I)
THEN_SAID = lazyre.compile(r"^[^，,？?]{0,16}?(?:的时候|时候|之时|时)|^\s*(?:was|were)?\s*(?:renamed|issued|held)", re.I)


def _then_and_thing(ctx: Ctx, ended: bool) -> tuple | None:
    """((the time's label, date, evidence), (the thing's label, its date or end, evidence)): the article's
    publication (文章发布时) or the thing named with 时/when after it, and the one other dated thing named."""
    ref, others = _the_time_named(ctx)
    dated = [d for d in (_thing_date(ctx, n.iri, ended) for n in others) if d]
    return (ref, dated[0]) if ref and len(dated) == 1 else None


def _the_time_named(ctx: Ctx) -> tuple:
    """(the time's label, date, evidence) or None, and the other names: the article's publication when said, else the
    one name with 时/when right after it."""
    q = ctx.q
    if "article_time" in q.cues:
        return _the_one_article(ctx), list(q.names)
    at = [n for n in q.names if THEN_SAID.match(q.text[n.end:])]
    if len(at) != 1:
        return None, []
    return _date_of_named(ctx, at[0].iri), [n for n in q.names if n.iri != at[0].iri]


def _thing_date(ctx: Ctx, e: str, ended: bool) -> tuple | None:
    """(label, date, evidence) of a thing: when it ended (its end date, or the last year of the years it covers)
    when that is asked, else its first date."""
    d = _first_date(ctx, e)
    if not d:
        return None
    label, first, evs = d[0]
    when = _end_of(ctx, e, first) if ended else first
    return (label, when, evs) if when else None


def _end_of(ctx: Ctx, e: str, first: str) -> str:
    """Its end date, else the last year of the years it covers (2018-2020: 2020), else ""."""
    ends = [r["d"].value for r in ctx.run(query("end_dates"), {"e": [_node(e)]})]
    return ends[0] if ends else first.rsplit("-", 1)[-1] if re.fullmatch(r"\d{4}-\d{4}", first) else ""


@intent("time_order", {"zh": ["中国-东盟信息港电子商务论坛和那篇文章哪个在先？"],
                       "en": ["Which came first, the China-ASEAN Information Harbor E-commerce Forum or the article?"]})
def time_order(ctx: Ctx):
    """Which came first, or things in date order: the date the graph states of each thing named (an event held, a
    document issued, a place renamed) and of the article when it is named, sorted; no answer when one of them has
    no date or two dates cannot be told apart (2018 and 2018-08-20)."""
    dated = _dated_things(ctx) if ctx.q.cues & {"first_in_time", "time_order"} else None
    if not _orderable(dated):
        return False
    _before_or_after(ctx, dated)
    dated = sorted(dated, key=lambda x: x[1])
    ctx.use("names", "first_in_time", "time_order", "source", "when", "rename", "classes", "list", "compare", "relations", *_order_words(ctx.q))
    for label, d, _ in dated if "time_order" in ctx.q.cues else dated[:1]:
        ctx.add(f"{d} {label}", value=d, period=d)
    ctx.note(msg("computed", ctx.lang, how=" < ".join(f"{label} {d}" for label, d, _ in dated)))
    ctx.cite([e for _, _, evs in dated for e in evs])
    return True


BEFORE_OR_AFTER = lazyre.compile(r"\bbefore or after\b|\bafter or before\b|之前还是之后|之后还是之前|以前还是以后|以后还是以前|前还是后", re.I)


def _before_or_after(ctx: Ctx, dated: list) -> None:
    """Was the reply issued before or after the forum: the first named, before or after the second, first."""
    (a, da, _), (b, db, _) = dated[:2]
    if da == db or not BEFORE_OR_AFTER.search(ctx.q.text):
        return
    word = _say(ctx, "之前", "before") if da < db else _say(ctx, "之后", "after")
    ctx.add(_say(ctx, f"{word}（{a} {da}，{b} {db}）", f"{word} ({a} {da}; {b} {db})"))


def _order_words(q: Question) -> tuple:
    """which came first, in what order: the words of an order the graph did not state before this answer."""
    return ("unstated",) if ORDER_ASKED.fullmatch(q.words.get("unstated", "")) else ()


ORDER_ASKED = lazyre.compile(r"(?:came|come|held|happened|took place) first|in what order|which order|哪个先|哪个先举办|先举办|先后顺序|"
                             r"哪个更早|哪个时间更早|时间更早|更早|谁更早|哪个早|更早举办|谁先", re.I)


def _orderable(dated: list | None) -> bool:
    """Two dates or more, each a year, month or day, none part of another (2018 and 2018-08-20: no order)."""
    dates = [d for _, d, _ in dated or ()]
    return len(dates) > 1 and _whole_dates(dates) and not any(a != b and a.startswith(b) for a in dates for b in dates)


def _whole_dates(dates: list[str]) -> bool:
    """Each a year, month or day (a plan's years, 2018-2020, are a span, no date to set in order)."""
    return all(map(DATE_FORM.fullmatch, dates))


DATE_FORM = lazyre.compile(r"\d{4}(?:-\d{2}){0,2}")


def _dated_things(ctx: Ctx) -> list[tuple[str, str, list]] | None:
    """(label, date, evidence) of each thing named, a place by its renaming (a place with none only says where),
    and of the article that reports them when it is named; None when a thing has no date."""
    q = ctx.q
    article = q.cues & {"source", "article_time"}
    said = [(n.start, _date_of_named(ctx, n.iri)) for n in q.names] + \
        ([(min((_at_of(q, c) for c in article if _at_of(q, c) >= 0), default=len(q.text)), _article_of_named(ctx))] if article else [])
    out = [x for _, x in sorted(said, key=lambda p: p[0])]  # in the order said: did the report come out before the forum
    return None if None in out else [x for x in out if x]


def _article_of_named(ctx: Ctx) -> tuple | None:
    """(the article, its date, []) of the first thing named that is no place, as the article that reports it; with
    none, the one article the graph holds (横县改名是在那篇报道发表之前还是之后)."""
    ctx.use("article_time")
    return next((a for n in ctx.q.names if not ctx.is_a(n.iri, "Place") for a in _article_date(ctx, n.iri)), None) or \
        _the_one_article(ctx)


def _the_one_article_dated(ctx: Ctx) -> list[tuple]:
    ctx.use("article_time")
    one = _the_one_article(ctx)
    return [one] if one else []


def _the_one_article(ctx: Ctx) -> tuple | None:
    """(the article, its date, []) when the graph holds one article, else None."""
    article = _the_article(ctx)
    dates = sorted(r["d"].value for r in ctx.run(query("dates"), {"e": [article]})) if article is not None else []
    return (_say(ctx, "文章发布", "the article"), dates[0], []) if dates else None


def _the_article(ctx: Ctx):
    """The one news article the graph holds (a term), or None when it holds none or several (which is not said)."""
    articles = ctx.kg.store.select(query("news_articles"))
    return articles[0]["s"] if len(articles) == 1 else None


def _date_of_named(ctx: Ctx, e: str) -> tuple | None:
    """(label, date, evidence) of one thing named; () for a place without a date (it says where) or a thing tied to
    another named (国务院 of 国务院的批复: who issued it), else None."""
    d = (_renaming_date(ctx, e) if ({"rename"} & ctx.q.cues or "NameChange" in ctx.q.classes) else []) or _first_date(ctx, e)
    return d[0] if d else () if ctx.is_a(e, "Place") or _describes_another(ctx, e) else None


def _describes_another(ctx: Ctx, e: str) -> bool:
    """The thing has a fact with another thing named (the body that issued the reply named beside it)."""
    return any(_facts_between(ctx, e, n.iri) for n in ctx.q.names if n.iri != e)


def _renaming_date(ctx: Ctx, e: str) -> list[tuple[str, str, list]]:
    """(old → new name, date, evidence) of a place's first dated renaming."""
    rows = [r for r in ctx.run(query("renamed"), {"e": [_node(e)]}) if _v(r, "date")]
    return [(f"{_v(r, 'old') or '?'} → {r['new'].value}", _v(r, "date"), [_v(r, "ev")]) for r in rows[:1]]


@intent("nearest", {"zh": ["按坐标，离凌云县最近的县级单位是哪个？", "按坐标，梧州和贺州哪个离南宁更远？"],
                    "en": ["Which county-level unit is nearest to Dongxing by the stored coordinates?"]})
def nearest(ctx: Ctx):
    """The places nearest to (or furthest from) the place named, by the great-circle distance between the seats the
    division data gives: the other places named, else those of the kind asked (county-level units by default);
    worked out and approximate, never a road distance."""
    said = _nearest_said(ctx.q)
    here = _point(ctx, said[0]) if said else None
    if here is None:
        return False
    ranked = sorted(_distances_from(ctx, said[0], here), key=lambda t: -t[1] if said[1] else t[1])
    if len(ranked) < 2:
        return False
    ranked, n = _within_radius(ctx, ranked)
    ctx.use("names", "geo", "most", "least", "list", "classes", "distance", "count", "compare", "derive", "unit", "near", "within", "where")
    for x, km in ranked[:n]:
        _one_distance_said(ctx, x, km, said[0])
    _nearest_noted(ctx, said[0], [r for r in ranked if r[0]], n)
    return True


def _within_radius(ctx: Ctx, ranked: list) -> tuple[list, int]:
    """(the ranking, how many to give): the top asked (1 by default); within 120 km of Nanning: every one that near,
    none said as none (a first row of no place)."""
    radius = _radius_asked(ctx.q)
    if radius is None:
        return ranked, ctx.q.top or 1
    n = len([x for x in ranked if x[1] <= radius])
    return (ranked, n) if n else ([(None, ranked[0][1])] + ranked, 1)


def _one_distance_said(ctx: Ctx, x: str | None, km: float, place: str) -> None:
    """A place with its distance, or none within the distance asked (the nearest's distance said)."""
    if x is None:
        ctx.add(_say(ctx, f"没有（最近的 {_km_said(km)} 公里）", f"none (the nearest is {_km_said(km)} km away)"), place)
        return
    ctx.add(_say(ctx, f"{ctx.label(x)}（约 {_km_said(km)} 公里）", f"{ctx.label(x)} (about {_km_said(km)} km)"), x,
            value=f"{km:.1f}", unit=GXO + "Kilometre")


def _radius_asked(q: Question) -> float | None:
    """within 120 km, 120公里以内: the distance the places asked lie within, or None."""
    m = RADIUS.search(q.text)
    return float(m.group(1) or m.group(2)) if m else None


RADIUS = lazyre.compile(r"\bwithin\s+(\d+(?:\.\d+)?)\s*(?:km|kilomet(?:re|er)s?)\b|(\d+(?:\.\d+)?)\s*(?:公里|千米|km)(?:以内|之内|内|范围内)", re.I)


def _nearest_noted(ctx: Ctx, place: str, ranked: list[tuple[str, float]], n: int) -> None:
    """How the distances were worked out (the nearest few beyond those asked), and the rows the places come from."""
    shown = ctx.sep().join(f"{ctx.label(x)} {_km_said(km)} km" for x, km in ranked[:max(n + 2, 3)])
    ctx.note(msg("computed", ctx.lang, how=f"haversine, {ctx.label(place)} → {shown}") +
             _say(ctx, "；坐标为政府驻地的近似位置，不是道路距离", "; the coordinates are approximate seats, not a road distance"))
    ctx.cite(ctx.kg.entity_evidence_iris(place) + [e for x, _ in ranked[:n] for e in ctx.kg.entity_evidence_iris(x)])


def _nearest_said(q: Question) -> tuple[str, bool] | None:
    """(the place distances are taken from, whether the furthest is asked): the one name right after 离/from with
    nearest or furthest said of it."""
    for n in q.names:
        m = NEAR_BEFORE[q.lang].search(q.text[:n.start]) or _nearest_of_it(q, n)
        after = NEAR_AFTER.match(q.text[n.end:]) if q.lang == "zh" else m
        if m and after:
            return n.iri, bool(re.search(r"远|furthest|farthest|further|farther|most distant", after.group(0) + (m.group(0) if q.lang == "en" else ""), re.I))
    return None


NEAR_BEFORE = {"zh": lazyre.compile(r"(?:离|距离|距)$"),
               "en": lazyre.compile(r"\b(?:(?:closest|nearest)\s+(?:to\s+)?|(?:furthest|farthest|most\s+distant)\s+(?:away\s+)?from\s+|within\s+\d+(?:\.\d+)?\s*(?:km|kilomet(?:re|er)s?)\s+of\s+|"
                                    r"(?:closer|nearer)\s+to\s+|(?:further|farther)\s+(?:away\s+)?from\s+)(?:the\s+)?$", re.I)}
NEAR_AFTER = lazyre.compile(r"[^，,？?]{0,3}?(?:最近|最远|更近|更远|近一些|远一些|较近|较远)|\s*\d+(?:\.\d+)?\s*(?:公里|千米|km)(?:以内|之内|内|范围内)|\s*按(?:图谱)?(?:坐标|经纬度)[，,]?\s*(?:最近|最远)")


def _nearest_of_it(q: Question, n) -> object:
    """容县按坐标最近的是哪个: nearest said right after the name, by the coordinates (最近 alone is also "latest")."""
    return NEAR_OF_IT.match(q.text[n.end:]) if q.lang == "zh" else None


NEAR_OF_IT = lazyre.compile(r"\s*按(?:图谱)?(?:坐标|经纬度)[，,]?\s*(?:最近|最远)的")


def _near_kind(ctx: Ctx) -> str:
    """The kind of place asked: its class word, or the level after which (which prefecture seat: where it took it),
    else county-level units."""
    from . import _kind_after_which
    from .lexicon import CLASS_WORDS

    if ctx.q.kinds:
        return ctx.q.kinds[0][1]
    word = (_kind_after_which(ctx.q.text) or "").lower()
    ctx.use("where")
    return CLASS_WORDS[ctx.lang].get(word) or CLASS_WORDS["zh" if ctx.lang == "en" else "en"].get(word) or "County"


def _distances_from(ctx: Ctx, place: str, here: tuple[float, float]) -> list[tuple[str, float]]:
    """(place, km from here) of the other places named, else of every place of the kind asked but the one itself."""
    others = [n.iri for n in ctx.q.names if n.iri != place]
    if others:
        ctx.use("where")  # which prefecture seat, Guilin or Wuzhou: the places named
        return _distances_to(ctx, here, others)
    rows = ctx.run(query("placed"), {"class": _classes(ctx, _near_kind(ctx))})
    inside, end = _above_or_itself(ctx, place), _near_name_end(ctx)  # 离南宁最近的县: its own too (the seat's); 自治县: …自治县 only
    return [(r["x"].value, _haversine(here, (float(r["lat"].value), float(r["long"].value)))) for r in rows
            if r["x"].value not in inside and ctx.kg.label(r["x"].value, "zh").endswith(end)]


def _near_name_end(ctx: Ctx) -> str:
    """The end of the Chinese names of the kind asked when narrower than its class (自治县, 县级市), else ""."""
    from .lexicon import CLASS_NAME_END

    return CLASS_NAME_END.get(ctx.q.kinds[0][0].lower(), "") if ctx.q.kinds else ""


def _distances_to(ctx: Ctx, here: tuple[float, float], others: list[str]) -> list[tuple[str, float]]:
    """(place, km from here) of each place named that has coordinates."""
    points = [(x, _point(ctx, x)) for x in others]
    return [(x, _haversine(here, p)) for x, p in points if p]


def _above_or_itself(ctx: Ctx, place: str) -> set:
    """The place and those it lies in (never nearest to itself)."""
    return _ancestor_set(ctx, place) | {place}


@intent("distance", {"zh": ["凭祥市和东兴市直线距离大约多少公里？"],
                     "en": ["How far apart are Pingxiang and Dongxing as the crow flies?"]})
def distance(ctx: Ctx):
    """The great-circle distance between two named places, from the coordinates the graph gives (each place's seat,
    approximate): marked as computed, never a road distance."""
    q = ctx.q
    if "distance" not in q.cues or len(q.names) != 2:
        return False
    points = [_point(ctx, n.iri) for n in q.names]
    if None in points:
        return False
    (a, pa), (b, pb) = zip((n.iri for n in q.names), points)
    coord = COORD_APART.search(q.text)
    if coord:  # how far apart in latitude: the difference of the one coordinate, in degrees
        return _coordinate_apart(ctx, (a, pa), (b, pb), 0 if re.match(r"lat|纬", next(filter(None, coord.groups())), re.I) else 1)
    km = _haversine(pa, pb)
    ctx.use("names", "distance", "geo", "unit", "derive", "count")  # 多少公里
    said = _km_said(km)
    ctx.add(_say(ctx, f"约 {said} 公里（{ctx.label(a)} — {ctx.label(b)}，直线距离）",
                 f"about {said} km ({ctx.label(a)} — {ctx.label(b)}, straight line)"), value=f"{km:.1f}", unit=GXO + "Kilometre")
    how = f"haversine ({pa[0]}, {pa[1]}) — ({pb[0]}, {pb[1]}) = {km:.1f} km"
    ctx.note(msg("computed", ctx.lang, how=how) + _say(ctx, "；坐标为政府驻地的近似位置，不是道路距离",
                                                       "; the coordinates are approximate seats, not a road distance"))
    ctx.cite(ctx.kg.entity_evidence_iris(a) + ctx.kg.entity_evidence_iris(b))
    return True


COORD_APART = lazyre.compile(r"\bin (latitude|longitude)\b|\b(latitude|longitude)s? (?:apart|difference|gap|span)|\bspan (?:in|of) (latitude|longitude)|"
                             r"difference (?:in|of|between (?:their|the)) (latitude|longitude)|(纬度|经度)(?:上)?(?:相差|差|相距|差距|之差)", re.I)


def _coordinate_apart(ctx: Ctx, a: tuple, b: tuple, k: int) -> bool:
    """The difference of two places' latitudes (or longitudes), in degrees, worked out from their coordinates."""
    d = abs(a[1][k] - b[1][k])
    word = COORD_WORDS[("lat", "long")[k]][ctx.lang == "en"]
    ctx.use("names", "distance", "geo", "unit", "derive", "count", "compare")
    ctx.add(_say(ctx, f"{word}相差约 {d:.2f} 度", f"about {d:.2f} degrees of {word}"), value=f"{d:.4f}")
    ctx.note(msg("computed", ctx.lang, how=f"|{a[1][k]} − {b[1][k]}| = {d:.4f}"))
    ctx.cite(ctx.kg.entity_evidence_iris(a[0]) + ctx.kg.entity_evidence_iris(b[0]))
    return True


def _km_said(km: float) -> str:
    """A distance as said: to a tenth under 10 km (0.2 km, never 0), else whole."""
    return f"{km:.1f}" if km < 10 else f"{km:.0f}"


def _point(ctx: Ctx, e: str) -> tuple[float, float] | None:
    """(latitude, longitude) of a place, if the graph gives both."""
    got = {c: [float(r["v"].value) for r in ctx.run(_coords_query(c, False), {"x": [_node(e)]})] for c in ("lat", "long")}
    return (got["lat"][0], got["long"][0]) if got["lat"] and got["long"] else None


def _haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km on a sphere of the Earth's mean radius."""
    import math

    (la1, lo1), (la2, lo2) = [(math.radians(x), math.radians(y)) for x, y in (a, b)]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def _two_dates(ctx: Ctx, form: str = r"\d{4}-\d{2}-\d{2}") -> list[tuple[str, str, list]]:
    """The dates of the two things named, or of the one named and its article, each of the form given (a whole day
    by default; to the month at least for months between); [] unless two."""
    q = ctx.q
    dated = [d for n in q.names for d in (_renaming_date(ctx, n.iri) if "rename" in q.cues else []) or _first_date(ctx, n.iri)]
    if len(q.names) == 1 and q.cues & {"source", "article_time"}:  # 改名比那篇报道发表晚了多久: the one article
        dated += _article_date(ctx, q.names[0].iri) or _the_one_article_dated(ctx)
    return dated if len(dated) == 2 and all(re.fullmatch(form, d) for _, d, _ in dated) else []


MONTH_FORM = r"\d{4}-\d{2}(?:-\d{2})?"  # a date to the month at least: months between are counted


@intent("span_years", {"zh": ["广西电子商务精准扶贫三年行动计划为期几年？"],
                       "en": ["How many years does the e-commerce poverty-alleviation action plan span?"]})
def span_years(ctx: Ctx):
    """How many years a thing covers (a plan of 2018-2020: three, counting both ends), from the years the graph
    states it covers."""
    spans = [(n.iri, d) for n in ctx.q.names for _, d, _ in _first_date(ctx, n.iri) if re.fullmatch(r"\d{4}-\d{4}", d)] \
        if "span" in ctx.q.cues else []
    if len(spans) != 1:
        return False
    e, d = spans[0]
    n = int(d[5:]) - int(d[:4]) + 1
    ctx.use("names", "span", "when", "count")
    _span_checked(ctx, d)
    ctx.add(_say(ctx, f"{n} 年（{d}）", f"{n} years ({d})"), e, value=str(n))
    ctx.note(msg("computed", ctx.lang, how=_say(ctx, f"{d[5:]} − {d[:4]} + 1 = {n}（含首尾两年）", f"{d[5:]} − {d[:4]} + 1 = {n} (both end years counted)")))
    ctx.cite(ctx.kg.entity_evidence_iris(e))
    return True


def _span_checked(ctx: Ctx, d: str) -> None:
    """时间跨度是2018到2020年吗: the two years asked set against the span stated, yes when they are its ends."""
    asked = sorted(set(ctx.q.years))
    if "yesno" in ctx.q.cues and len(asked) == 2:
        ctx.use("years", "yesno")
        ctx.add(msg("yes" if asked == [d[:4], d[5:]] else "no", ctx.lang))


@intent("months", {"zh": ["中国-东盟信息港电子商务论坛在文章发布后几个月举办？"],
                   "en": ["How many months after the article came out was the China-ASEAN Information Harbor E-commerce Forum held?"]})
def months(ctx: Ctx):
    """The whole months between two dates the graph states, each at least to the month (a reply of August 2018 and
    a renaming of 3 February 2021: 30), counted month to month and said so."""
    dated = _two_dates(ctx, MONTH_FORM) if "months" in ctx.q.cues and 1 <= len(ctx.q.names) <= 2 else []
    if not dated:
        return False
    ctx.use("names", "months", "source", "article_time", "when", "relations", "compare", "rename", "first_in_time")
    (a, da, ea), (b, db, eb) = sorted(dated, key=lambda x: x[1])
    n = (int(db[:4]) - int(da[:4])) * 12 + int(db[5:7]) - int(da[5:7])
    ctx.add(_say(ctx, f"约 {n} 个月（{a} {da} → {b} {db}）", f"about {n} month{'s' * (n != 1)} ({a} {da} → {b} {db})"), value=str(n))
    ctx.note(msg("computed", ctx.lang, how=_say(ctx, f"{db[:7]} − {da[:7]} = {n} 个月（按月份计）", f"{db[:7]} − {da[:7]} = {n} months (month to month)")))
    ctx.cite(ea + eb)
    return True


def _first_date(ctx: Ctx, e: str) -> list[tuple[str, str, list]]:
    """(label, date, evidence) of the first date a thing was held or issued, if the graph states one."""
    rows = sorted(r["d"].value for r in ctx.run(query("dates"), {"e": [_node(e)]}))
    return [(ctx.label(e), rows[0], ctx.kg.entity_evidence_iris(e))] if rows else []


def _article_date(ctx: Ctx, e: str) -> list[tuple[str, str, list]]:
    """(title, issued, evidence) of the one article that reports a thing."""
    evs = ctx.kg.entity_evidence_iris(e)
    srcs = sorted({r["source"]["iri"] for r in ctx.kg.evidence_records(evs) if r["source"].get("iri")})
    if len(srcs) != 1:
        return []
    dates = sorted(r["d"].value for r in ctx.run(query("dates"), {"e": [_node(srcs[0])]}))
    return [(_say(ctx, "文章发布", "the article"), dates[0], [])] if dates else []


# the cues that ask for figures compared or worked out, not for who has them
COMPUTED_CUES = {"compare", "most", "least", "less", "growth", "share", "total", "mean", "per", "monthly", "whole", "derive", "verify"}


FIGURE_KIND_CUES = ("kind_rate", "kind_percent", "kind_money", "kind_cumulative", "kind_rank", "kind_any")
KIND_UNIT = {"kind_percent": "Percent", "kind_money": "CNY", "kind_rank": "Rank"}  # the figures of a kind by their unit


@intent("figure_kind", {"zh": ["文章里提到的金额当中，最大的是哪一笔？", "广西有哪些增长率数据？"],
                        "en": ["Which growth rates does the graph record for Guangxi?", "What is the highest percentage figure in the graph?"]})
def figure_kind(ctx: Ctx):
    """The figures of a kind named instead of an indicator (growth rates, percentages, sums of money), of the things
    named (any when none) and the years asked: listed, counted, or the largest or smallest first with the order
    as computed."""
    kind = _figure_kind_asked(ctx.q)
    rows = _with_numbers_given(ctx.q, _figures_of_kind(ctx, kind)) if kind else []
    if not rows:
        return False
    # each figure is shown with its sentence and source (the growth rates the article gives)
    ctx.use("names", "years", "list", "count", "most", "least", "about", "growth", "share", "source", kind)
    if ctx.q.cues & {"most", "least"} and _units_differ(ctx, rows):
        return True  # 累计数里哪一项最多: yuan, stations and person-times have no one order
    if ctx.q.cues & {"most", "least"}:
        rows = _in_order(ctx, rows)
    elif "count" in ctx.q.cues:  # how many indicators are cumulative: the indicators of those figures counted
        n = len({f["indicator"] for f in rows} if "Indicator" in ctx.q.classes else rows)
        ctx.add(str(n), value=str(n), unit=GXO + "Count")
    for f in rows:
        show_figure(ctx, f)
    return True


def _units_differ(ctx: Ctx, rows: list[dict]) -> bool:
    """The figures to be ranked are in more than one unit: said so, and nothing is ranked."""
    units = sorted({_unit_word(ctx, f["unit"]) for f in rows})
    if len(units) > 1:
        ctx.ans.unrecognised.append(msg("not_ranked", ctx.lang, what=ctx.sep().join(units)))
    return len(units) > 1


def _with_numbers_given(q: Question, rows: list[dict]) -> list[dict]:
    """28.8%是什么增速: of the figures of a kind, those stated with a number the question gives (none when it gives
    one no figure states); all of them when it gives none, or gives one as a bound."""
    given = [] if q.cues & {"threshold", "compare", "less", "yesno"} else _numbers_not_dates(q)
    return [f for f in rows if _stated_with_any(f, given)] if given else rows


def _stated_with_any(f: dict, given: list) -> bool:
    return any(_stated_with(f["stated"], g) for g in given)


# the numbers of a date (1-7月, 13日, 13 September, 2018-07): no figure's
DATE_NUMBERS = lazyre.compile(r"\d{1,2}\s*(?:[-–~至到]\s*\d{1,2}\s*)?[月日号]|(?:19|20)\d\d\s*[-/年]\s*\d{1,2}|"
                              r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", re.I)


def _numbers_not_dates(q: Question) -> list[tuple[str, str, bool]]:
    """The numbers the question gives (as _numbers_written), less its years and the numbers of its dates."""
    found = [(m.group(1).replace(",", ""), m.group(2) or "", bool(m.group(3))) for m in NUMBER_WRITTEN.finditer(DATE_NUMBERS.sub(" ", q.raw))]
    return [g for g in found if not _a_year_of(q, g)]


def _a_year_of(q: Question, g: tuple[str, str, bool]) -> bool:
    """A number written bare that is one of the question's years, in full or by its last two digits (17年: 2017)."""
    return g[1:] == ("", False) and bool({g[0], "20" + g[0] if len(g[0]) == 2 else g[0]} & set(q.years))


def _figure_kind_asked(q: Question) -> str | None:
    """The kind of figure named in place of an indicator, when nothing is worked out from it."""
    kind = next((k for k in FIGURE_KIND_CUES if k in q.cues), None)
    if _hard(q) or q.cues & (COMPUTED_CUES - {"most", "least", "growth", "share"} | {"yesno", "less"}):
        return None
    return None if kind == "kind_any" and not q.years and not q.names else kind  # 哪些数据: of a period or of things named


MAX_RANKED = 20  # figures shown in order when the largest or smallest is asked: the answer stays short on any graph


def _in_order(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """The figures sorted, largest first (smallest when the least is asked), the first MAX_RANKED of them, the
    order noted as computed."""
    least = "least" in ctx.q.cues
    rows = sorted(rows, key=lambda f: f["num"] if least else -f["num"])
    if len(rows) > MAX_RANKED:
        ctx.note(msg("top_only", ctx.lang, n=MAX_RANKED, total=len(rows)))
        rows = rows[:MAX_RANKED]
    ctx.note(msg("computed", ctx.lang, how=(" < " if least else " > ").join(
        f"{ctx.label(f['e'])} {ctx.label(f['indicator'])} ({f['stated']})" for f in rows)))
    return rows


def _figures_of_kind(ctx: Ctx, kind: str) -> list[dict]:
    """The figures of growth indicators, or in percent, or in yuan, about the things named (all when none)."""
    subjects = [n.iri for n in ctx.q.names]
    if kind == "kind_rate":  # 同比增长率: the year-on-year rates only, never the average annual one
        yoy = YOY_SAID.search(ctx.q.text) is not None
        return figure_rows(ctx, subjects, sorted(YOY_OF.values() if yoy else GROWTH_OF.values()), ctx.q.years)
    if kind in ("kind_cumulative", "kind_any"):
        return _dated_kind(ctx, kind, figure_rows(ctx, subjects, [], ctx.q.years))
    return figure_rows(ctx, subjects, [], ctx.q.years, (GXO + KIND_UNIT[kind],))


YOY_SAID = lazyre.compile(r"同比|\byear[- ]on[- ]year\b|\byoy\b|\by-o-y\b", re.I)


def _dated_kind(ctx: Ctx, kind: str, rows: list[dict]) -> list[dict]:
    """Running totals: the figures stated as of a date; any figure: those of the months asked (2018年1-7月这个时段:
    never a total as of July)."""
    return [f for f in rows if f["period"].get("as_of")] if kind == "kind_cumulative" else _months_of_year(ctx.q, rows)


@intent("holders", {"zh": ["哪些产品有2017年的销售额数据？"], "en": ["Which products have sales figures for 2017?"]})
def holders(ctx: Ctx):
    """The things of a class that have figures of the indicators named (of the years asked): which products have
    2017 sales figures; with their number when a count is asked."""
    rows = _holders_rows(ctx) if _holders_asked(ctx.q) and not _figure_counted(ctx.q) else []
    if not rows:
        return False
    rows = _at_rank_asked(ctx, _rows_bounded(ctx, rows))
    if not rows:
        ctx.ans.unrecognised.append(msg("not_stated", ctx.lang))
        return True
    ctx.use("indicators", "years", "classes", "list", "count", "about")
    if EACH_FIGURE.search(ctx.q.text):
        for f in rows:  # 各产品的销售额分别是多少, with their figures: each one's figure, not only its name
            show_figure(ctx, f)
        return True
    have = list(dict.fromkeys(f["e"] for f in rows))
    if "count" in ctx.q.cues:
        ctx.add(str(len(have)), value=str(len(have)), unit=GXO + "Count")
    for e in have:
        ctx.add(ctx.label(e), e)
    ctx.cite([f["ev"] for f in rows])
    return True


def _rows_bounded(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """The figures past a bound said (销售额超过30亿的产品), or certainly inside a span said (在30亿到50亿之间)."""
    span = range_said(ctx.q.text)
    limit = None if span else _threshold(ctx.q)
    if limit:
        rows = _rows_past(ctx, rows, *limit)
    return _rows_in_span(ctx, rows, span) if span else rows


# each thing's figure asked (各产品的销售额, 分别是多少, 带上数字, each product's sales, with their figures)
EACH_FIGURE = lazyre.compile(r"各(?:个|种|类|家)?[\u4e00-\u9fff]{1,6}(?:的|\d{4}年)|分别是?多少|各是多少|各自的|各为多少|(?:带上|附上|连同|加上|标上|写上)(?:数字|数据|数值|金额|数额)|"
                             r"\beach(?:\s+\w+)?'s\b|\b(?:their|the) (?:respective|individual) |\b(?:with|and) (?:their|the|its) (?:figures|numbers|values|amounts|sales|totals)\b|"
                             r"\b(?:figures?|numbers?|sales|values?|amounts?) (?:of|for) each\b|\beach (?:with|and) (?:its|their) ", re.I)


def _at_rank_asked(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """Guangxi came third … Which provinces were first and second: the things at the place in a ranking the
    question asks (its last sentence), none when the graph ranks no such thing."""
    said = ordinal_said(re.split(r"(?<=[.!?。！？])\s*(?=\S)", ctx.q.text.strip())[-1])
    ranks = [f for f in rows if f["unit"] == GXO + "Rank"] if said is not None else []
    keep = {f["e"] for f in ranks if f["num"] == said}
    return [f for f in rows if f["e"] in keep] if ranks else rows


def _rows_past(ctx: Ctx, rows: list[dict], limit: float, above: bool) -> list[dict]:
    """The figures past a number asked (above or below it); a figure whose bound cannot tell (突破20亿 against 30亿)
    is left out and said so; 突破30亿 is above 30亿."""
    ctx.use("threshold")
    verdicts = [(f, _past(f, limit, above)) for f in rows]
    for f, _ in (v for v in verdicts if v[1] is None):
        ctx.note(msg("bound_unclear", ctx.lang, stated=f"{ctx.label(f['e'])} {f['stated']}"))
    return [f for f, past in verdicts if past]


def _past(f: dict, limit: float, above: bool) -> bool | None:
    """_verdict, with a figure stated as more than the limit itself (突破30亿 against 30亿) above it."""
    if f["num"] == limit and (f["qualifier"] or "") in LOWER_BOUNDS:
        return above
    return _verdict(f, limit, above)


def _holders_asked(q: Question) -> bool:
    """No name, a figure and a class named, which or how many asked, nothing compared or worked out."""
    return all(n.iri == GUANGXI for n in q.names) and bool(_hard(q)) and bool(q.kinds) and bool(q.cues & {"list", "count"}) \
        and not q.cues & COMPUTED_CUES and not _count_is_the_figure(q)  # 广西产品: Guangxi, the graph's scope, is no condition


def _count_is_the_figure(q: Question) -> bool:
    """批复一共同意了多少个城市: the count word is one of the figure's own words, so the figure is asked, not how
    many things have it."""
    said = q.words.get("count", "")
    return bool(said) and any(said in q.words.get(i.rsplit("/", 1)[-1], "") for i in _hard(q))


def _holders_rows(ctx: Ctx) -> list[dict]:
    """The figures of the indicators named (of the years asked) about things of the classes named."""
    q = ctx.q
    subjects = [s for s in _subjects_for(ctx, _hard(q)) if any(ctx.is_a(s, c) for _, c in q.kinds)]
    return figure_rows(ctx, subjects, _hard(q), q.years) if subjects else []


@intent("per_place", {"zh": ["平均每个县级单位有多少个物流配送网点？"],
                      "en": ["If the 2,228 logistics delivery outlets were spread evenly across Guangxi's county-level units, how many would each get?"]})
def per_place(ctx: Ctx):
    """One figure of a place spread evenly over the places of a kind within it (平均每个县级单位, spread evenly across
    its counties): the figure over their count in the division data, marked as worked out, never a distribution
    the source states."""
    kinds = _per_place_kinds(ctx.q)
    if len(kinds) != 1:
        return False
    place = _place_named(ctx)
    f, n = _one_each(ctx, [place], ctx.q.indicators[0]), _count_within(ctx, kinds[0], place)
    if not (f and n):
        return False
    ctx.use("names", "indicators", "classes", "per", "mean", "count", "derive", "within")
    show_figure(ctx, f[0])
    value = f[0]["num"] / n
    label = _say(ctx, f"平均每个{kinds[0][0]}约 {_figure_text(ctx, f[0], value)}", f"about {_figure_text(ctx, f[0], value)} per {kinds[0][0].rstrip('s')}")
    _computed(ctx, label, value, f[0]["unit"], f"{_num(f[0]['num'])} / {n} = {_num(value)}")
    ctx.ans.answers.insert(0, ctx.ans.answers.pop())
    ctx.note(msg("spread_evenly", ctx.lang, n=n, kind=kinds[0][0], place=ctx.label(place)))
    return True


@intent("mean_coordinate", {"zh": ["北海市各县级单位的平均纬度是多少？"], "en": ["What's the average stored latitude of Beihai's county-level units?"]})
def mean_coordinate(ctx: Ctx):
    """The mean latitude (or longitude) of the places of a kind within a place (北海市各县级单位的平均纬度): each
    place's coordinate as the division data gives it, averaged and marked as worked out."""
    coord = MEAN_COORD.search(ctx.q.text) if "mean" in ctx.q.cues else None
    c = ("lat" if re.match(r"lat|纬", coord.group(0), re.I) else "long") if coord else ""
    got = _coordinates_averaged(ctx, c) if coord else []
    if not got:
        return False
    ctx.use("names", "classes", "mean", "geo", "within", "relations", "count")
    mean = sum(v for _, v in got) / len(got)
    word = COORD_WORDS[c][ctx.lang == "en"]
    _computed(ctx, _say(ctx, f"平均{word}约 {mean:.4f}（{len(got)} 个）", f"mean {word} about {mean:.4f} ({len(got)} places)"), mean, "",
              "(" + " + ".join(f"{v}" for _, v in got) + f") / {len(got)} = {mean:.4f}")
    ctx.note(ctx.sep().join(f"{ctx.label(p)}: {v}" for p, v in got))
    ctx.cite([e for p, _ in got for e in ctx.kg.entity_evidence_iris(p)])
    return True


def _coordinates_averaged(ctx: Ctx, c: str) -> list[tuple[str, float]]:
    """(place, its own coordinate c) of each place averaged that has one."""
    values = [(p, _coordinates_of(ctx, p)[c]) for p in _places_averaged(ctx)]
    return [(p, float(v)) for p, v in values if v is not None]


def _places_averaged(ctx: Ctx) -> list[str]:
    """The places named (two or more, all places), else those of the one kind of place asked within the place named."""
    if _places_named_only(ctx):
        return [n.iri for n in ctx.q.names]
    kinds = [k for k in ctx.q.kinds if k[1] in PLACE_CLASSES]
    if len(kinds) != 1:
        return []
    cond, values = _conditions(ctx, kinds[0][1], kinds[0][0])
    values["class"] = _classes(ctx, kinds[0][1])
    return [r["x"].value for r in ctx.run(members_query(cond), values)][:MAX_MEAN]


def _places_named_only(ctx: Ctx) -> bool:
    return len(ctx.q.names) >= 2 and all(ctx.is_a(n.iri, "Place") for n in ctx.q.names)


MEAN_COORD = lazyre.compile(r"\blatitudes?\b|\blongitudes?\b|纬度|经度", re.I)
MAX_MEAN = 120  # the places a mean is taken over (every county-level unit of Guangxi: 111)


def _per_place_kinds(q: Question) -> list:
    """The kinds of place a figure is spread over: per, on average or evenly said, one figure named."""
    spread = q.cues & {"per", "mean"} or EVENLY.search(q.text)
    return [k for k in q.kinds if k[1] in PLACE_CLASSES] if spread and len(q.indicators) == 1 else []


EVENLY = lazyre.compile(r"\bevenly\b|\bequally\b|平均分|平均摊|均摊", re.I)


@intent("year_of_extreme", {"zh": ["广西电子商务交易额哪一年最高？"],
                            "en": ["In which year was Guangxi's e-commerce transaction volume highest?"]})
def year_of_extreme(ctx: Ctx):
    """The year one thing's figure was highest (or lowest), among the whole years the graph holds for it: said only
    when the figures as stated leave no doubt, with each year compared and the parts of a year left out said so."""
    q = ctx.q
    if not _year_extreme_asked(q):
        return False
    subjects = [q.names[0].iri] if q.names else _figure_subjects(ctx)
    if len(subjects) != 1:
        return False  # no name, and the figure is held of several things: whose years is not said
    rows = figure_rows(ctx, subjects, _hard(q), [])
    whole = sorted((f for f in rows if _whole_year(f["period"]) and _among_years(q, f)), key=lambda f: _year_of(f["period"]))
    pick = _surely_extreme(whole, "most" in q.cues)
    if pick is None:
        return False  # one year, two figures of a year, or bounds that leave it open: no year is sure
    ctx.use("names", "indicators", "when", "most", "least", "years")
    year = _year_of(pick["period"])
    ctx.add(_say(ctx, f"{year}年", year), pick["ob"], year)
    for f in whole:
        show_figure(ctx, f)
    _years_compared_said(ctx, [_year_of(f["period"]) for f in whole], [f for f in rows if f not in whole])
    return True


def _years_compared_said(ctx: Ctx, years: list[str], parts: list[dict]) -> None:
    """Which years were compared, and the figures of part of a year (or of no date) left out."""
    left = [period_text(f["period"], ctx.lang) or msg("undated", ctx.lang) for f in parts]
    ctx.note(_say(ctx, f"只比较图谱中有全年数据的年份（{'、'.join(years)}）" + (f"；{'、'.join(left)} 不是全年，未计入" if left else ""),
                  f"only the years the graph holds whole-year figures for are compared ({', '.join(years)})"
                  + (f"; {', '.join(left)} is part of a year, left out" if left else "")))


def _year_extreme_asked(q: Question) -> bool:
    """哪一年最高, which year was it lowest: one thing (or none named), one figure, the year of its extreme asked
    (among the years given, two or more, or all)."""
    return all(("when" in q.cues, q.cues & {"most", "least"}, len(q.names) <= 1, len(_hard(q)) == 1, len(q.years) != 1, not q.classes,
                YEAR_ASKED.search(q.text)))


def _among_years(q: Question, f: dict) -> bool:
    """2013年和2017年，哪年最高: a figure of one of the years given (any year, when none is)."""
    return not q.years or _year_of(f["period"]) in q.years


YEAR_ASKED = lazyre.compile(r"哪一?年|\b(?:which|what) year\b|\bwhen\b", re.I)


def _year_of(period: dict) -> str:
    return str(period.get("year") or period.get("start", ""))[:4]


def _surely_extreme(rows: list[dict], highest: bool) -> dict | None:
    """The figure above (or below) every other one by the bounds as stated (突破80亿 may be any amount above); none
    with fewer than two years or two figures of one year."""
    spans = sorted(((_bounds(f) if highest else (-_bounds(f)[1], -_bounds(f)[0]), f) for f in rows), key=lambda s: -s[0][0])
    sure = len({_year_of(f["period"]) for f in rows}) == len(rows) > 1 and spans[0][0][0] > max(far for (_, far), _ in spans[1:])
    return spans[0][1] if sure else None


@intent("figure", {"zh": ["柳州螺蛳粉2017年销售额是多少？", "广西2013年和2017年的电子商务交易额分别是多少？",
                          "融安金桔以前卖多少钱一斤？"],
                   "en": ["What were the annual sales of Liuzhou snail rice noodles in 2017?",
                          "What was Guangxi's e-commerce transaction volume in 2013 and 2017?",
                          "How much do villagers in Hantang Village earn a year?"]})
def figure(ctx: Ctx):
    q = ctx.q
    if not _single_figure_asked(q) or _levels_asked(ctx):  # which prefecture …: a figure never answers it
        return False
    subjects = _figure_subjects(ctx)
    if not subjects or _date_asked(ctx):
        return False
    inds = _pick_indicators(ctx, subjects)
    if _indicators_not_held(ctx, subjects, inds):  # how many of its 400 merchants are ASEAN companies: never the 400
        return _refuse_figure(ctx, subjects)
    subjects, inds = _indicators_reached(ctx, subjects, inds)
    if not inds:
        return _refuse_figure(ctx, subjects)
    inds = _price_when(q, inds)
    rows = _months_of_year(q, _whole_years(q, _one_year_alone(q, figure_rows(ctx, subjects, inds, q.years))))
    rows = _year_of_the_number(q, _latest_only(ctx, rows))
    if _money_unanswered(ctx.q, rows) or _count_unanswered(ctx.q, rows):  # 每户多收入多少钱: never the households counted
        return _refuse_figure(ctx, subjects)
    _figure_uses(ctx, inds, subjects)
    if not rows and _dated_one(ctx):
        return False  # 批复是2017年发的吗: when it was issued (on_date), not a figure of that year
    if _part_of_the_number(ctx, rows):  # 3101个服务站点里，有多少是2018年新建的: never the 3101
        ctx.ans.unrecognised.append(msg("no_part_of", ctx.lang, what=ctx.label(inds[0])))
        return True
    subjects = [s for s in subjects if not _named_by_the_figure(ctx, s, rows)]
    part = _broken_down_by(ctx, subjects, rows)
    if part:  # of the 50k SKUs at the centre, how many are from Australia: never the 50k
        ctx.ans.unrecognised.append(msg("no_breakdown", ctx.lang, part=ctx.label(part), what=ctx.label(inds[0])))
        return True
    return _figure_answer(ctx, subjects, inds, rows)


# the year or time asked of a figure (哪一年, which year, when)
FIGURE_YEAR_ASKED = lazyre.compile(r"哪一?年|什么时候|何时|\b(?:which|what) year\b|\bwhen\b", re.I)


def _year_of_the_number(q: Question, rows: list[dict]) -> list[dict]:
    """哪一年广西电商交易额是1266亿, when was it 126.6 billion: the figure stated with the number given, whose period
    answers (never every year's); all of them when none is."""
    return (_with_numbers_given(q, rows) or _with_values_given(q, rows) or rows) if FIGURE_YEAR_ASKED.search(q.text) else rows


# a number with its English scale word (126.6 billion, 5.9bn): a value to find among the figures
SCALED = lazyre.compile(r"(\d+(?:\.\d+)?)\s*(billion|bn|million|mn|thousand)\b", re.I)
SCALE = {"billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "thousand": 1e3}


def _with_values_given(q: Question, rows: list[dict]) -> list[dict]:
    """The figures whose value is a number the question gives with its scale word (126.6 billion: 1266亿元)."""
    values = [float(m.group(1)) * SCALE[m.group(2).lower()] for m in SCALED.finditer(q.raw)]
    return [f for f in rows if any(abs(f["num"] - v) <= 0.005 * v for v in values)]


def _money_unanswered(q: Question, rows: list[dict]) -> bool:
    """A sum of money asked (多少钱, how much money) and no figure found in yuan."""
    return bool(rows) and MONEY_ASKED.search(q.text) is not None and not any(str(f["unit"]).startswith(GXO + "CNY") for f in rows)


MONEY_ASKED = lazyre.compile(r"多少钱|多少元|几块钱|\bhow much money\b|\bhow many yuan\b|\bin yuan\b", re.I)


def _count_unanswered(q: Question, rows: list[dict]) -> bool:
    """Things counted asked (登记在册的有几千家, how many firms) and every figure found is a sum of money: never
    the cross-border turnover for the firms."""
    return bool(rows) and THINGS_ASKED.search(q.text) is not None and all(str(f["unit"]).startswith(GXO + "CNY") for f in rows)


THINGS_ASKED = lazyre.compile(r"(?:几|多少)(?:十|百|千|万)?(?:家|户|所|座|位|名)|\bhow many (?:companies|firms|businesses|enterprises|"
                              r"people|households|merchants|sellers|shops|stores)\b", re.I)


def _latest_only(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """广西最新的电子商务交易额, the most recent figure: of each subject's indicator, the figure whose period ends last
    (最早的, the earliest: the dated one whose period starts first)."""
    pick = next((c for c in ("latest", "earliest") if c in ctx.q.cues), None)
    if pick is None or not rows:
        return rows
    ctx.use(pick)
    when, best = (_period_end, max) if pick == "latest" else (_period_start, min)
    rows = rows if pick == "latest" else [f for f in rows if _period_start(f["period"])]
    ends = _series_dates(rows, when)
    return [f for f in rows if when(f["period"]) == best(ends[f["e"], f["indicator"]])]


def _series_dates(rows: list[dict], when) -> dict:
    """(subject, indicator): the dates `when` gives of each of its figures."""
    dates: dict = {}
    for f in rows:
        dates.setdefault((f["e"], f["indicator"]), []).append(when(f["period"]))
    return dates


def _period_start(p: dict) -> str:
    """When a period starts, as an ISO date prefix (a year starts on 01-01); "" when undated."""
    return p.get("start") or p.get("as_of") or (p["year"] + "-01-01" if p.get("year") else p.get("end", ""))


def _period_end(p: dict) -> str:
    """When a period ends, as an ISO date prefix (a year ends on 12-31)."""
    return p.get("end") or p.get("as_of") or (p["year"] + "-12-31" if p.get("year") else p.get("start", ""))


CONTAINING = {GXO + r for r in ("locatedIn", "heldIn", "settledIn", "partOf", "namesPlace", "originatesFrom")}


# the things counted by a figure given, then a part of them asked (3101个服务站点里有多少…, of the 3,101 outlets how many)
PART_OF_GIVEN = lazyre.compile(r"(?:里|中|当中|之中|其中)[^？?]*(?:多少|几)|\b(?:of|out of|among) (?:the|those|these|its)\s+[\d,.]+", re.I)


def _part_of_the_number(ctx: Ctx, rows: list[dict]) -> bool:
    """A figure whose number the question gives, with a part of it asked: the part, which no figure gives."""
    if "yesno" in ctx.q.cues or not PART_OF_GIVEN.search(ctx.q.text):
        return False
    given = _numbers_written(ctx.q)
    return any(_stated_with(f["stated"], g) for f in rows for g in given)


def _broken_down_by(ctx: Ctx, subjects: list[str], rows: list[dict]) -> str | None:
    """A place named that holds no figure but is tied to the thing that does by a relation other than where it
    is (the centre's goods come from Australia): the figure asked is the holder's part for that place, which no
    source gives."""
    holders = sorted({f["e"] for f in rows})
    lacking = [s for s in subjects if s not in holders and ctx.is_a(s, "Place")]
    if not (lacking and holders):
        return None
    ties = ctx.run("SELECT ?n ?p WHERE { ?h ?p ?n FILTER(STRSTARTS(STR(?p), STR(gxo:))) }",
                   {"h": [_node(h) for h in holders], "n": [_node(n) for n in lacking]})
    return next((r["n"].value for r in ties if r["p"].value not in CONTAINING), None)


def _named_by_the_figure(ctx: Ctx, place: str, rows: list[dict]) -> bool:
    """服务了几家东盟的企业: a place holding no figure is in the name of the figure's own measure (ASEAN enterprises
    served): no part of it, and no subject of its own."""
    return ctx.is_a(place, "Place") and place not in {f["e"] for f in rows} and any(_in_its_name(ctx, place, f["indicator"]) for f in rows)


def _in_its_name(ctx: Ctx, place: str, measure: str) -> bool:
    """The place's label, in either language, is part of the measure's (东盟 in 服务东盟企业数)."""
    return any(ctx.kg.label(place, lang) in ctx.kg.label(measure, lang) for lang in ("zh", "en"))


def _figure_answer(ctx: Ctx, subjects: list[str], inds: list[str], rows: list[dict]) -> bool:
    """The figures found, or said why they do not answer (no year, not counts, a first year missing, …)."""
    q = ctx.q
    if not rows:
        return _no_year(ctx, subjects, inds)
    if _counted_but_not_counts(q, rows):
        return _refuse_figure(ctx, subjects)  # 汉塘村有多少户人家卖果苗: households, never the sales in yuan
    if _first_year_missing(q, rows):
        return _no_year(ctx, subjects, inds, [_first_year(q)])  # 2015年…是多少？我在补2013到2017年的序列: 2015 is asked
    if _answered_otherwise(ctx, subjects, inds, rows):
        return True
    if _tied_to_another(ctx, subjects, rows):
        return True
    _show_figures(ctx, subjects, inds, rows)
    _figure_says_yes(ctx, rows)
    _claim_checked(ctx, rows)
    _choice_checked(ctx, rows)
    _exactness_told(ctx, rows)
    _relations_of_the_holder(ctx, rows)
    return True


def _choice_checked(ctx: Ctx, rows: list[dict]) -> None:
    """Was it 1.6 billion or 160 million, 是1.6亿还是16亿: two numbers offered for the one figure, the one the source
    bears out said first (more than that, for a bound: 5万多个 against about 50,000); no verdict when both or
    neither fit."""
    fits = _offered_fits(ctx, rows) if _one_figure_offered(ctx, rows) else None
    if fits is None:
        return
    ctx.use("offered", "yesno", "numbers")
    ctx.ans.answers[0]["label"] = f"{_offered_said(ctx, fits)}: {ctx.ans.answers[0]['label']}"


def _one_figure_offered(ctx: Ctx, rows: list[dict]) -> bool:
    return len(rows) == 1 and bool(ctx.ans.answers) and "offered" in ctx.q.cues and not _a_range(rows[0])


def _offered_fits(ctx: Ctx, rows: list[dict]) -> list | None:
    """The one of the two numbers the figure bears out ([] when it rules out both); None when it cannot tell
    (突破30亿: 38亿 is not ruled out, so neither is picked)."""
    claimed = _claimed_in_figures_unit(ctx, rows)
    verdicts = [(n, _claim_verdict(rows[0], n)) for n in claimed]
    fits = [(n, v) for n, v in verdicts if v in ("yes", "more_than_that", "less_than_that")]
    ruled_out = [v for _, v in verdicts].count("no")
    return fits if len(claimed) == 2 and len(fits) <= 1 and ruled_out == 2 - len(fits) else None


def _offered_said(ctx: Ctx, fits: list) -> str:
    """是 160,000,000 (the number the source bears out, with how), or neither."""
    if not fits:
        return msg("neither_offered", ctx.lang)
    n, verdict = fits[0]
    how = "" if verdict == "yes" else _say(ctx, f"（{msg(verdict, ctx.lang)}）", f" ({msg(verdict, ctx.lang)})")
    return _say(ctx, f"是 {n:,.10g}", f"{n:,.10g}") + how



ESTIMATED = lazyre.compile(r"据估算|估算|估计|据不完全统计|不完全统计|预计")


def _exactness_told(ctx: Ctx, rows: list[dict]) -> None:
    """确数还是约数, measured or estimated: each figure said to be exact, or a bound or approximation as stated, and
    an estimate where its sentence calls it one (据估算)."""
    for f in rows if "exactness" in ctx.q.cues else ():
        kind = "bound_said" if f["qualifier"] or f["ob_fmt"]["max"] else "exact_said"
        ctx.note(msg(kind, ctx.lang, what=ctx.label(f["indicator"]), stated=_stated_with_bound(ctx, f)))
        _estimate_told(ctx, f)


def _estimate_told(ctx: Ctx, f: dict) -> None:
    said = ESTIMATED.search(" ".join(_source_fields(r)["quote"] for r in ctx.sentences([f["ev"]])))
    if said:
        ctx.note(msg("estimate_said", ctx.lang, word=said.group(0), en=ESTIMATE_EN[said.group(0).removeprefix("据")]))


ESTIMATE_EN = {"估算": "by estimate", "估计": "estimated", "不完全统计": "by incomplete statistics", "预计": "expected"}


def _relations_of_the_holder(ctx: Ctx, rows: list[dict]) -> None:
    """凤山模式带动多少户脱贫，涉及什么产品: the one holder's relations asked beside the figure, answered too."""
    holders = {f["e"] for f in rows}
    if len(holders) == 1 and ctx.q.relations:  # 融安用的什么模式，金桔涨到多少钱: 融安's model too
        for e in dict.fromkeys([*holders, *(n.iri for n in ctx.q.names)]):
            _relations_too(ctx, e, said=False)


def _claim_checked(ctx: Ctx, rows: list[dict]) -> None:
    """Luosifen sold 3 billion yuan in 2017, correct?: a yes/no question giving the one figure's number, yes when
    the number is within what the source states, no when the figure rules it out, "more than that" when the source
    says more than the number (突破30亿, 200多家: never a plain yes); an open bound above the number cannot tell."""
    claimed = _claimed_in_figures_unit(ctx, rows) if _claim_asked(ctx, rows) else []
    verdicts = ({_range_claim_verdict(rows[0], claimed)} if _a_range(rows[0]) else
                {_claim_verdict(rows[0], n, bool(NUMBER_REACHED.search(ctx.q.text))) for n in claimed} - {None}) if claimed else set()
    if len(verdicts) == 1:
        ctx.use("yesno", "fraction")  # 是三分之一左右吗: the fraction is the number claimed
        ctx.ans.answers[0]["label"] = f"{msg(verdicts.pop(), ctx.lang)}: {ctx.ans.answers[0]['label']}"


def _claimed_in_figures_unit(ctx: Ctx, rows: list[dict]) -> list[float]:
    """The numbers claimed; none when they are in another currency than the figure's (是38亿美元吗 against 38亿元:
    no rate is stated), and the figure is answered with why there is no verdict."""
    given, units = _units_said_and_stated(ctx, rows)
    if given and given[0] in MONEY and units <= set(MONEY) and units != set(given):
        ctx.use("unit")
        ctx.note(msg("unit_differs", ctx.lang, given=_unit_word(ctx, GXO + given[0]), unit=_unit_word(ctx, rows[0]["unit"])))
        return []
    # 8,000 square kilometres against 8000平米, 20万人 against 20万人次: the claim in the figure's unit
    factor = _given_unit_factor(ctx, rows) if _converts(ctx, given, units) else 1.0
    return [n * factor for n in _claimed_numbers(ctx.q)]


def _converts(ctx: Ctx, given: list[str], units: set[str]) -> bool:
    """The unit given is another than the figure's one unit, and converts to it (or is people against person-times)."""
    if not given or len(units) != 1 or units == set(given):
        return False
    return (given[0], units) == ("Person", {"PersonTime"}) or bool(ctx.kg.vocabulary.converted(1.0, given[0], next(iter(units))))


def _a_range(f: dict) -> bool:
    """A figure stated as a range (十几万: 100000-200000; 16～40岁)."""
    return bool(f["ob_fmt"]["max"]) and float(f["ob_fmt"]["max"]) > f["num"]


def _range_claim_verdict(f: dict, claimed: list[float]) -> str:
    """A range said against a stated range (18到35岁 against 16～40岁): yes when both ends are the source's, no
    otherwise; one number inside a range (有15万吗 against 十几万) cannot be told: unconfirmed."""
    lo, hi = f["num"], float(f["ob_fmt"]["max"])
    if len(claimed) >= 2:
        return "yes" if _within_1pc(min(claimed), lo) and _within_1pc(max(claimed), hi) else "no"
    return "no" if claimed[0] < lo or claimed[0] > hi else "unconfirmed"


def _within_1pc(a: float, b: float) -> bool:
    """Within 1% of each other."""
    return abs(a - b) <= abs(b) * 0.01


def _claim_asked(ctx: Ctx, rows: list[dict]) -> bool:
    """A yes/no question with no threshold, answered by one figure."""
    return len(rows) == 1 and bool(ctx.ans.answers) and asks_yes_no(ctx.q) and not _threshold(ctx.q)


STRICT = {"Exceeds": "more_than_that", "MoreThan": "more_than_that", "LessThan": "less_than_that"}


def _claim_verdict(f: dict, n: float, at_least: bool = False) -> str | None:
    if f.get("bound_as"):
        return _verdict_under_a_bound(f, n)
    lo, hi = _bounds(f)
    if _at_a_strict_bound(f, n):
        return STRICT[f["qualifier"].rsplit("#", 1)[-1]]  # 200多家 is not 200, and 不到1亿 not 1亿
    top = lo if hi == float("inf") else hi
    if lo * 0.99 <= n <= top * 1.01:
        return "yes"
    if n < lo * 0.99:  # 有3000个吗 against 3101个: there were, and more (never a plain no)
        return "more_than_that" if at_least else "no"
    return "no" if hi != float("inf") else None


# a number claimed as reached (有3000个吗, were there 3000, did it have 3000), not as the figure itself (是5万人吗)
NUMBER_REACHED = lazyre.compile(r"有(?:约|大约|近|将近)?\s*[\d一二两三四五六七八九十百千万]|\b(?:were|are) there (?:about |around |some |roughly )?\d|"
                         r"\b(?:have|has|had|reach|reached|hit|top|topped) (?:about |around |roughly )?\d", re.I)


def _verdict_under_a_bound(f: dict, n: float) -> str | None:
    """20万人次 read as at most 20万人: more than that is no, anything under it cannot be told."""
    return "no" if n > _bounds(f)[1] * 1.01 else None


def _at_a_strict_bound(f: dict, n: float) -> bool:
    return (f["qualifier"] or "").rsplit("#", 1)[-1] in STRICT and abs(n - f["num"]) <= f["num"] * 0.01


def _claimed_numbers(q: Question) -> list[float]:
    """The numbers a question gives but its years (3 billion, 30亿, 54,935; about a third: 33.33%)."""
    found = (_english_numbers(q.text) if q.lang == "en" else []) or _scanned_numbers(q)
    part = fraction_said(q.text.lower()) if not found else None
    return found or ([round(part * 100, 2)] if part is not None else [])


def _english_numbers(text: str) -> list[float]:
    """3 billion, 60,000: with their scale words, never a year."""
    found = [(m.group(1), (m.group(2) or "").lower()) for m in EN_NUMBER.finditer(text)]
    return [float(n.replace(",", "")) * EN_SCALE.get(scale, 1) for n, scale in found if not YEAR_RE.fullmatch(n)]


def _scanned_numbers(q: Question) -> list[float]:
    from ..numbers import scan

    return [float(x.value) for x in scan(q.text) if x.value is not None and not x.ordinal and str(x.value) not in q.years]


def _figure_says_yes(ctx: Ctx, rows: list[dict]) -> None:
    """Does the platform serve ASEAN companies: a yes/no question that gives no number, answered by a figure
    above zero of the thing asked, says yes first (more than 200 served is a yes)."""
    if not (_plain_yes_no(ctx.q) and ctx.ans.answers and _all_of_named(ctx, rows)):
        return
    ctx.use("yesno")
    ctx.ans.answers[0]["label"] = f"{msg('yes', ctx.lang)}: {ctx.ans.answers[0]['label']}"


def _all_of_named(ctx: Ctx, rows: list[dict]) -> bool:
    """Every figure is above zero and of a thing named (Has Lecuntao opened stations in Baise: Guangxi's stations
    are no yes)."""
    named = {n.iri for n in ctx.q.names}
    return all(f["num"] > 0 and f["e"] in named for f in rows)


def asks_yes_no(q: Question) -> bool:
    """A yes/no question: a yes/no word, or English that opens with is, does, did, has …"""
    from .parse import EITHER_WAY

    if EITHER_WAY.search(q.text):
        return False  # was it higher or lower than …: which way, never yes or no
    return "yesno" in q.cues or q.text.lower().startswith(EN_YESNO_START) and not a_request(q.text)  # Can you tell me how much


def _plain_yes_no(q: Question) -> bool:
    """A yes/no question that asks nothing besides (no list, count, agent, place, date) and gives no number."""
    return asks_yes_no(q) and not q.cues & {"list", "count", "who", "where", "when", "exactness", "provenance"} and not _number_given(q)


def _number_given(q: Question) -> bool:
    """The question gives a number besides its years (是30亿吗: a figure set against it, no plain yes)."""
    from ..numbers import scan

    return any(str(x.value) not in q.years for x in scan(q.text)) or _threshold(q) is not None


def _answered_otherwise(ctx: Ctx, subjects: list[str], inds: list[str], rows: list[dict]) -> bool:
    """The figures found are no plain answer: a part for a whole asked, a topic's figure not the one asked, or a
    place in a ranking asked yes or no (said as such)."""
    checks = (lambda: _part_for_whole(ctx, subjects, inds), lambda: _topic_not_of_figure(ctx, subjects, inds),
              lambda: _rank_by_another_figure(ctx, subjects, inds),  # 电商交易额在西部排第三吗: never the shops' rank
              lambda: _rank_checked(ctx, rows), lambda: _exact_not_stated(ctx, rows), lambda: _part_of_combined(ctx, inds),
              lambda: _members_of_a_count(ctx, rows), lambda: _ranking_incomplete(ctx, subjects, rows))
    return any(check() for check in checks)


def _members_of_a_count(ctx: Ctx, rows: list[dict]) -> bool:
    """Name the products that make up the 1,826: the things a count counts are asked, and the graph has only the
    count; refused, never the count in their place."""
    if "list" not in ctx.q.cues or "count" in ctx.q.cues or not all(f["unit"] == GXO + "Count" for f in rows):
        return False
    ctx.ans.unrecognised.append(msg("count_only", ctx.lang, what=ctx.sep().join(ctx.label(f["indicator"]) for f in rows)))
    return True


RANK_ASKED = lazyre.compile(r"^\s*(?:please\s+)?rank\b|\brank (?:them|these)\b|\bin order of\b|排序|排个序|排一下序|从高到低|从大到小", re.I)


def _ranking_incomplete(ctx: Ctx, subjects: list[str], rows: list[dict]) -> bool:
    """Rank luosifen, Guilin rice noodles and laoyou noodles by sales: a ranking of several needs each one's figure;
    refused when some have none."""
    missing = [s for s in subjects if s not in {f["e"] for f in rows}] if RANK_ASKED.search(ctx.q.text) else []
    if missing and len(subjects) > 1:
        ctx.ans.unrecognised.append(msg("no_figure", ctx.lang, what=ctx.sep().join(ctx.label(s) for s in missing)))
    return bool(missing) and len(subjects) > 1


def _exact_not_stated(ctx: Ctx, rows: list[dict]) -> bool:
    """具体是多少, to the yuan: a figure the source states only as a bound or approximately (突破80亿, 约12万) gives no
    exact value; refused, saying what is stated. An exact figure answers (and uses the words)."""
    if "exact_value" not in ctx.q.cues:
        return False
    ctx.use("exact_value")
    if not all(f["qualifier"] or f["ob_fmt"]["max"] for f in rows) or "exactness" in ctx.q.cues:
        return False  # 具体是多少？这个数是估算的吗: whether it is exact is asked too, and the figure says it
    ctx.ans.unrecognised.append(msg("no_exact", ctx.lang, stated=_stated_with_bound(ctx, rows[0])))
    return True


# the two parts a combined figure's name joins (直接和间接带动就业人数: direct and indirect)
# and imports and exports: 进出口总额, total imports and exports)
COMBINED_PARTS = ((lazyre.compile(r"(?<!间)直接"), lazyre.compile(r"间接")), (lazyre.compile(r"\bdirect(?:ly)?\b", re.I), lazyre.compile(r"\bindirect(?:ly)?\b", re.I)),
                  (lazyre.compile(r"进口|进出口"), lazyre.compile(r"(?<!进)出口|进出口")),
                  (lazyre.compile(r"\bimports?\b", re.I), lazyre.compile(r"\bexports?\b", re.I)))
COMBINED_WHOLE = lazyre.compile(r"直接(?:和|与|及)间接|\bdirect(?:ly)? and (?:indirect(?:ly)?|knock-on|spin-off|induced)\b|进出口|\bimports? and exports?\b|"
                                r"\bexports? and imports?\b", re.I)


def _part_of_combined(ctx: Ctx, inds: list[str]) -> bool:
    """直接就业有多少: one part of a figure whose name joins two (jobs created directly and indirectly) is not stated
    alone; refused, never the combined figure in its place."""
    names = " ".join(v for i in inds for v in ctx.kg.labels(i).values())
    text = COMBINED_WHOLE.sub(" ", ctx.q.outside_names())  # the whole said
    part = next((p for pair in _pairs_joined(names) for p in _one_part(pair, text)), None)
    if part:
        ctx.ans.unrecognised.append(msg("part_of_combined", ctx.lang, whole=ctx.sep().join(ctx.label(i) for i in inds), part=part))
    return part is not None


def _pairs_joined(names: str) -> list[tuple]:
    """The pairs of parts the figures' names join (direct and indirect)."""
    return [pair for pair in COMBINED_PARTS if all(x.search(names) for x in pair)]


def _one_part(pair: tuple, text: str) -> list[str]:
    """The one part of the pair the text says, when it says only one; the first, when it asks each (直接就业和间接就业
    各有多少)."""
    said = [m.group(0) for m in (x.search(text) for x in pair) if m]
    return said[:1] if len(said) == 1 or EACH_PART.search(text) or CONTRASTED.search(text) else []


EACH_PART = lazyre.compile(r"各|分别|\beach\b|\brespectively\b|\bseparately\b", re.I)
CONTRASTED = lazyre.compile(r"而不是|而非|\brather than\b|\binstead of\b|\bas opposed to\b|\bversus\b|\bvs\b", re.I)  # exports rather than imports


def _topic_not_of_figure(ctx: Ctx, subjects: list[str], inds: list[str]) -> bool:
    """跨境电商带动了多少就业: a topic named beside a figure asked qualifies it; a figure whose name does not say the
    topic (the jobs of e-commerce as a whole) is refused, never given with the topic's own volume beside it."""
    soft, hard = _soft_and_hard(ctx.q, inds)
    if not (soft and hard) or any(_names_topic(ctx, i, soft) for i in hard):
        return False
    what = [ctx.label(n.iri) for n in ctx.q.names] + [ctx.label(i) for i in hard]
    ctx.ans.unrecognised.append(msg("no_figure", ctx.lang, what=ctx.sep().join(what)))
    return True


def _soft_and_hard(q: Question, inds: list[str]) -> tuple[list[str], list[str]]:
    """The indicators read from a topic's name, and those named."""
    return [i for i in inds if i in q.soft], [i for i in inds if i not in q.soft]


def _names_topic(ctx: Ctx, ind: str, soft: list[str]) -> bool:
    """The indicator's name holds the words of a topic's figure name (cross-border e-commerce transaction volume,
    and its year-on-year growth)."""
    names = [v.lower() for v in ctx.kg.labels(ind).values()]
    topics = [v.lower() for s in soft for v in ctx.kg.labels(s).values()]
    return any(t in n or n in t for t in topics for n in names)


EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
               "ninth": 9, "tenth": 10}


NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def ordinal_said(text: str) -> int | None:
    """The place in a ranking a question says (third, 3rd, No. 3, 第三), or None."""
    from ..numbers import scan

    words = [EN_ORDINALS[w.lower()] for w in re.findall(r"\b(?:" + "|".join(EN_ORDINALS) + r")\b", text, re.I)]
    digits = [int(d) for d in re.findall(r"\b(\d+)(?:st|nd|rd|th)\b|\b(?:no\.?|number)\s*(\d+)\b", text, re.I) for d in d if d]
    words += [NUMBER_WORDS.index(w.lower()) + 1 for w in re.findall(r"\bnumber\s+(" + "|".join(NUMBER_WORDS) + r")\b", text, re.I)]
    zh = [int(x.value) for x in scan(text) if x.ordinal and x.value is not None]
    return next(iter(words + digits + zh + [1] * bool(FIRST_PLACE.search(text))), None)


# the first place said without a number (头名, 榜首, top spot)
FIRST_PLACE = lazyre.compile(r"头名|榜首|首位|头把交椅|拔得头筹|居首|冠军|\btop spot\b|\bfirst place\b|\bnumber one\b|\bNo\. ?1\b", re.I)


def _rank_by_another_figure(ctx: Ctx, subjects: list[str], inds: list[str]) -> bool:
    """Where did Guangxi rank by e-commerce volume: a rank is by the figure its sentence states beside it (the
    number of shops); a rank asked by another figure is refused, never the rank or the volume in its place."""
    ranks = [i for i in inds if i.endswith("rank-among-western-provinces")]
    others = [i for i in inds if i not in ranks and i not in GROWTH_OF.values()]
    if not ranks or not others or _said_together(ctx, subjects, ranks[0], others[0]):
        return False
    ctx.ans.unrecognised.append(msg("rank_by_other", ctx.lang, rank=ctx.label(ranks[0]), what=ctx.label(others[0])))
    return True


def _said_together(ctx: Ctx, subjects: list[str], a: str, b: str) -> bool:
    """A figure of indicator a and one of b, about a thing named, are stated in one sentence."""
    def sentences(i: str) -> set[str]:
        return {r["ev"].value for s in subjects for r in ctx.run(query("figure_evidence"), {"i": [_node(i)], "e": [_node(s)]})}
    return bool(sentences(a) & sentences(b))


def _rank_checked(ctx: Ctx, rows: list[dict]) -> bool:
    """Was Guangxi third among the western provinces: a place in a ranking asked yes or no, against the rank the
    graph states (yes or no first, with the rank)."""
    ranks = [f for f in rows if f["unit"] == GXO + "Rank"] if "yesno" in ctx.q.cues else []
    said = ordinal_said(ctx.q.text) if ranks else None
    for f in ranks if said is not None else []:
        show_figure(ctx, f, prefix=msg("yes" if f["num"] == said else "no", ctx.lang) + ": ")
    return said is not None


# a whole place's total asked (灵山县的果苗一共卖了多少, all of Lingshan's seedlings)
WHOLE_PLACE = lazyre.compile(r"一共|总共|全县|全市|全区|全镇|全乡|整个|全部|总销售额|总额|总产值|总计|合计|\bin total\b|\btotal\b|"
                         r"\baltogether\b|\bin all\b|\bwhole\b|\ball of\b", re.I)


def _part_for_whole(ctx: Ctx, subjects: list[str], inds: list[str]) -> bool:
    """灵山县的果苗一共卖了多少: a total of the place named asked, and the graph's figure is of one product from a
    place inside it (汉塘村果苗, a village's); refused, saying whose figure the graph has. Prices add up to no total."""
    part = _parts_of_named(ctx, subjects) if WHOLE_PLACE.search(ctx.q.text) and not set(inds) <= set(PRICE) else []
    if not part:
        return False
    s, p = part[0]
    ctx.ans.unrecognised.append(msg("part_only", ctx.lang, place=ctx.label(p), what=ctx.label(s)))
    return True


def _parts_of_named(ctx: Ctx, subjects: list[str]) -> list[tuple[str, str]]:
    """(subject, place named) for each subject from a place inside a place named as context."""
    named = [n.iri for n in ctx.q.names if n.iri not in subjects and ctx.is_a(n.iri, "Place")]
    return [(s, p) for s in subjects for p in named if _from_inside(ctx, s, p)]


def _from_inside(ctx: Ctx, x: str, place: str) -> bool:
    """x comes from a place that lies in the place named, not from the place itself."""
    return not _comes_from(ctx, x, place) and ctx.kg.store.ask(
        "ASK { ?x gxo:originatesFrom/gxo:locatedIn+ ?p }", {"x": _node(x), "p": _node(place)})


# a count of people, households or things asked by its measure word (多少户, 几家, how many people)
COUNTED = lazyre.compile(r"(?:多少|几)\s*(?:户|人|名|家|位|人次|袋|包|箱|瓶|盒|件|单|笔|吨|公斤|千克|斤(?!\w*钱))|"
                     r"\bhow many (?:people|persons|households|families|villagers|workers|bags|packs|packets|boxes|"
                     r"bottles|parcels|orders|units|tonnes|tons|kilograms|kilos|kg)\b", re.I)
COUNT_UNITS = {GXO + u for u in ("Count", "Household", "Person", "PersonTime", "Rank", "Piece")}


def _counted_but_not_counts(q: Question, rows: list[dict]) -> bool:
    """A count of people or households asked, and no figure shown is a count (the sales in yuan are no answer)."""
    return bool(COUNTED.search(q.text)) and not any(f["unit"] in COUNT_UNITS for f in rows)


def _first_year_missing(q: Question, rows: list[dict]) -> bool:
    """Several years said and the first (the question's own, before any context) has no figure."""
    return len(q.years) >= 2 and not any(_first_year(q) in str(f["period"]) for f in rows)


def _first_year(q: Question) -> str:
    return min(q.years, key=lambda y: q.text.find(y) if y in q.text else len(q.text))


def _figure_uses(ctx: Ctx, inds: list[str], subjects: list[str]) -> None:
    """What a figure answer uses: one figure's source is shown with it (what is reported); "per" only when the
    figure's name has the word (平均每个月的交易额 is an average: never the total in its place)."""
    ctx.use("names", "indicators", "years", "count", "source", "full_year", "part_year", "exactness")  # the months asked
    if set(subjects) <= {n.iri for n in ctx.q.names}:
        ctx.use("exact")  # 广西整体的交易规模: the figures are the place's own, as a whole
    if _said_of_the_country(ctx, inds):
        ctx.use("national")  # Guangxi's share of the shops in China: the figure names the country
    if len(inds) == 1 and len(ctx.q.names) <= 1:
        ctx.use("total")  # how many altogether, direct plus indirect: one figure is the total asked
    if _per_in_names(ctx, inds):
        ctx.use("per")
    if _relation_words_in(ctx, inds) or _price_after_adopting(ctx.q, inds):
        ctx.use("relations")


def _relation_words_cited(ctx: Ctx) -> bool:
    """Every relation word of the question is in every sentence the answer cites (built, rural e-commerce: the
    outlets' sentence is about the rural e-commerce system and says they were built)."""
    words = [ctx.q.words.get(r, r).lower().rstrip("了过") for r in ctx.q.relations]  # 建了: 建
    cited = [str(e).lower() for e in ctx.ans.evidence]
    return bool(words and cited) and all(w in e for w in words for e in cited)


def _said_of_the_country(ctx: Ctx, inds: list[str]) -> bool:
    names = " ".join(v.lower() for i in inds for v in ctx.kg.labels(i).values())
    return re.search(r"全国|national|china", names) is not None


def _price_after_adopting(q: Question, inds: list[str]) -> bool:
    """The price after (before) Rong'an adopted its model is the price after (before) the model."""
    return set(inds) <= set(PRICE) and q.relations == ["adoptsModel"]


def _unit_fits(asked: str, stated: str) -> bool:
    """A unit asked is the figure's own; yuan asked (每斤多少元) fits a price in yuan per jin too."""
    from .lexicon import price_units

    return asked == stated or asked == GXO + "CNY" and stated.removeprefix(GXO) in price_units()


def _show_figures(ctx: Ctx, subjects: list[str], inds: list[str], rows: list[dict]) -> None:
    """Each figure, and a note for each thing or year asked that has none; a unit asked is used when it is the
    figures' own (面积多少平方米)."""
    for f in _in_rank_order(ctx, rows):
        show_figure(ctx, f)
    if all(any(_unit_fits(GXO + u, f["unit"]) for f in rows) for u in ctx.q.units):
        ctx.use("unit")
    if _relation_words_cited(ctx):
        ctx.use("relations")  # outlets built in Guangxi's rural e-commerce network: the sentence cited says so
    if len(subjects) > 1 or len(ctx.q.years) > 1:
        _note_missing_parts(ctx, subjects, inds, rows)


def _in_rank_order(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """Rank them by sales: the largest first (and the ranking word is used); else as found."""
    if not RANK_ASKED.search(ctx.q.text):
        return rows
    ctx.use("most")
    return sorted(rows, key=lambda f: -f["num"])


# things of the graph itself counted (几个时间点的数, 相连的实体有几个, how many data points): never a figure's value
RECORDS_COUNTED = lazyre.compile(r"时间点|数据点|几期|实体|条目|节点|\bdata points?\b|\bentities\b|\bnodes\b|"
                                 r"\bhow many (?:periods|figures|values|records)\b", re.I)


def _single_figure_asked(q: Question) -> bool:
    """A figure, not a comparison, growth, share, source or computation of figures, nor the members of a
    class (which counties are demonstration counties: the members, not how many)."""
    if not _figure_asked(q) or q.cues & {"compare", "most", "least", "less", "growth", "share", "source", "whole", "derive"} - _claim_framing(q):
        return False
    if _sum_asked(q) or _per_asked(q) or "count" in q.cues and RECORDS_COUNTED.search(q.text) or _place_in_a_ranking(q):
        return False  # a sum or one figure per unit of another: worked out; 几个时间点的数: records counted, no figure
    return not ("list" in q.cues and "count" not in q.cues and (q.kinds or re.search(r"哪些|哪几", q.text)))


def _place_in_a_ranking(q: Question) -> bool:
    """Was luosifen first (second) in 2017 sales: a place in a ranking of things, which no one figure of the thing
    says (the rank among western provinces is a figure of its own); does it still sell for 40 yuan: today's, which
    no source's figure says."""
    return "yesno" in q.cues and (bool(RANK_SAID.search(q.text)) and not WESTERN_RANK.search(q.text) or bool(STILL_ASKED.search(q.text)))


# whether something still holds today (现在是不是还能卖到40元, still): no figure of a source's time says so
STILL_ASKED = lazyre.compile(r"(?:现在|如今|目前|至今|眼下|当下)(?:是不是|是否|还是)?(?:仍然|依然|仍|还)|还能|仍然|依然|"
                             r"\b(?:still|nowadays|these days|currently|today)\b", re.I)


RANK_SAID = lazyre.compile(r"\b(?:first|second|third|fourth|fifth|last)\b(?![- ](?:half|halves|quarter|seven|six|five|four|three|two|"
                           r"eight|nine|ten|eleven|\d|months?|years?|time))|第[一二三四五六七八九十\d](?![季个])|排名|排第|垫底|倒数", re.I)
WESTERN_RANK = lazyre.compile(r"\bwest|西部", re.I)


def _sum_asked(q: Question) -> bool:
    """Several figures added: of several things, indicators or years."""
    return bool(q.cues & {"total", "mean"}) and (len(q.names) >= 2 or len(_hard(q)) >= 2 or len(q.years) >= 2)


def _whole_year(period: dict) -> bool:
    """A period that is one whole year: a year, or January to December of one year."""
    if "year" in period:
        return True
    start, end = period.get("start", ""), period.get("end", "")
    return start[:4] == end[:4] != "" and start[4:] in ("", "-01", "-01-01") and end[4:] in ("-12", "-12-31")


# words that ask for a figure over several years (年均增长, average annual growth, since 2013)
SPAN_ASKED = lazyre.compile(r"年均|平均|复合|累计|以来|期间|几年|\baverage\b|\bcompound\b|\bcagr\b|\bcumulative\b|\bsince\b|"
                            r"\bover the (?:period|years)\b|\bper year\b|\ba year\b|\bannual(?:ly|ised|ized)?\b", re.I)


def _one_year_alone(q: Question, rows: list[dict]) -> list[dict]:
    """2017年广西电商交易额增长了53.3%吗: one year asked is never answered by a figure of several years that ends
    in it (the average annual growth of 2013 to 2017), unless the question asks for one over years."""
    if len(q.years) != 1 or SPAN_ASKED.search(q.text):
        return rows
    return [f for f in rows if not _years_spanned(f["period"])]


def _years_spanned(period: dict) -> bool:
    start, end = str(period.get("start") or "")[:4], str(period.get("end") or "")[:4]
    return bool(start and end and start != end)


def _whole_years(q: Question, rows: list[dict]) -> list[dict]:
    """The figures of whole years when the question asks for a whole year (全年, the whole of 2018): a figure of
    January to July, or cumulative to a date, does not answer it."""
    return [f for f in rows if _whole_year(f["period"])] if "full_year" in q.cues else rows


def _months_of_year(q: Question, rows: list[dict]) -> list[dict]:
    """The figures of the months asked (上半年, the first seven months) when one year's part is asked: a figure of
    January to July does not answer the first half; a total as of a month asked (截至2018年6月) is one stated as
    of that month or of a period ending in it, never one as of July."""
    when = as_of_asked(q.text, q.raw) if len(q.years) <= 1 else None
    if when:
        return [f for f in rows if _stated_to(f["period"], when)]
    span = months_asked(q.text) if len(q.years) <= 1 else None
    return [f for f in rows if _month_span(f["period"]) == span] if span else rows


def _stated_to(period: dict, when: str) -> bool:
    """A figure stated as of the month `when` (YYYY-MM), or of a period ending in it (to December: the year's)."""
    end = period.get("as_of") or period.get("end", "")
    return end.startswith(when) or period.get("year", "") + "-12" == when


# a running total as of a month (截至2018年6月底, as of June 2018, by the end of June 2018) or a year's end
# (截至2018年底, by the end of 2018), each with how it gives (year, month)
_UNTIL_ZH = r"(?:截至|截止到?|(?<![月日号\d])到)\s*(\d{4})\s*年\s*"
_UNTIL_EN = r"\b(?:as of|as at|by|up to|until|through)\s+"
AS_OF_MONTH = (
    (lazyre.compile(_UNTIL_ZH + r"(\d{1,2})\s*月"), lambda m: (m[1], int(m[2]))),
    (lazyre.compile(_UNTIL_ZH + r"(?:年)?(?:底|末)"), lambda m: (m[1], 12)),
    (lazyre.compile(_UNTIL_EN + r"(?:the\s+end\s+of\s+|end[- ])?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*"
                    r"(?:\d{1,2}(?:st|nd|rd|th)?\s*)?,?\s*(\d{4})\b", re.I), lambda m: (m[2], MONTH_NAMES.index(m[1][:3].lower()) + 1)),
    (lazyre.compile(_UNTIL_EN + r"(?:the\s+)?(?:end[- ]of[- ]|end[- ]|year[- ]end\s+)(\d{4})\b", re.I), lambda m: (m[1], 12)),
)


def as_of_asked(text: str, raw: str = "") -> str | None:
    """The month a running total is asked as of, as YYYY-MM (截至2018年6月: 2018-06; 截至2018年底: 2018-12), or None;
    in the question as read or as written (by the end of 2018 is read as by 2018)."""
    for pattern, when in AS_OF_MONTH:
        m = pattern.search(text) or pattern.search(raw)
        if m:
            year, month = when(m)
            return f"{year}-{month:02d}"  # no month 13 is stated: none matches
    return None


MONTH_WORDS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
               "十一": 11, "十二": 12, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_N = r"(\d{1,2}|十[一二]?|[一二两三四五六七八九]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_M = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# part of a year asked, each pattern with how it gives (first month, last month)
MONTH_SPANS = (
    (lazyre.compile(r"上半年|first half|(?<![a-z0-9])h1(?![a-z0-9])", re.I), lambda m: (1, 6)),
    (lazyre.compile(r"下半年|second half|(?<![a-z0-9])h2(?![a-z0-9])", re.I), lambda m: (7, 12)),
    (lazyre.compile(r"前三季度|first (?:three|3) quarters", re.I), lambda m: (1, 9)),
    (lazyre.compile(r"(?:第一|一)季度|first quarter|(?<![a-z0-9])q1(?![a-z0-9])", re.I), lambda m: (1, 3)),
    (lazyre.compile(r"(?:第二|二)季度|second quarter|(?<![a-z0-9])q2(?![a-z0-9])", re.I), lambda m: (4, 6)),
    (lazyre.compile(r"(?:第三|三)季度|third quarter|(?<![a-z0-9])q3(?![a-z0-9])", re.I), lambda m: (7, 9)),
    (lazyre.compile(r"(?:第四|四)季度|fourth quarter|last quarter|(?<![a-z0-9])q4(?![a-z0-9])", re.I), lambda m: (10, 12)),
    (lazyre.compile(r"(?:前|头)" + _N + r"个?月|first " + _N + r" months", re.I), lambda m: (1, _month_no(m[1] or m[2]))),
    (lazyre.compile(_N + r"\s*月?(?:份)?\s*(?:-|–|—|~|～|到|至)\s*" + _N + r"\s*月"), lambda m: (_month_no(m[1]), _month_no(m[2]))),
    (lazyre.compile(r"\b" + _M + r"\s*(?:-|–|—|to|through|until|till)\s*" + _M, re.I),
     lambda m: (MONTH_NAMES.index(m[1].lower()) + 1, MONTH_NAMES.index(m[2].lower()) + 1)),
    # one month, not a date nor a running total to it (2018年7月这一个月, in March 2018; never 截至2018年7月, 7月13日)
    (lazyre.compile(r"(?<!截至)(?<!截止)(?<!截止到)(?<!到)(?<!至)(?:\d{4}年)(\d{1,2})月(?:份)?(?![\d日号底末初])(?!\s*(?:-|–|—|~|～|到|至))", re.I),
     lambda m: (int(m[1]), int(m[1]))),
    (lazyre.compile(r"\b(?:in|during|for)\s+" + _M + r"\s+\d{4}\b", re.I),
     lambda m: (MONTH_NAMES.index(m[1].lower()) + 1,) * 2),
)


def _month_no(word: str) -> int:
    return int(word) if word.isdigit() else MONTH_WORDS[word.lower()]


def months_asked(text: str) -> tuple[int, int] | None:
    """The months of a year a question asks about (上半年: 1 to 6; January to July: 1 to 7), or None."""
    spans = [span(m) for pattern, span in MONTH_SPANS for m in [pattern.search(text)] if m]
    if spans and spans[0][0] == spans[0][1] and RUNNING.search(text):
        return None  # 截至2018年7月累计: a running total to that month, not the month
    return spans[0] if spans else None


RUNNING = lazyre.compile(r"累计|截至|截止|cumulative|running total|so far|\bby\b|\bup to\b|\buntil\b", re.I)


def _month_span(period: dict) -> tuple[int, int] | None:
    """A figure's months within its year: (1, 12) for a whole year, (1, 7) for 2018-01 to 2018-07; None else."""
    if period.get("year") and not period.get("start"):
        return (1, 12)
    m = re.fullmatch(r"(\d{4})-(\d{2}) (\d{4})-(\d{2})", f"{period.get('start')} {period.get('end')}")
    return (int(m[2]), int(m[4])) if m and m[1] == m[3] else None


def _no_year(ctx: Ctx, subjects, inds, missing: list[str] | None = None) -> bool:
    """The figure exists, not for the years asked (or not for a whole year): say which periods the graph has."""
    have = figure_rows(ctx, subjects, inds, [])
    what = ctx.sep().join(ctx.label(s) for s in subjects) + " " + ctx.sep().join(ctx.label(i) for i in inds)
    periods = ctx.sep().join(period_text(f["period"], ctx.lang) or msg("undated", ctx.lang) for f in have) or "-"
    ctx.ans.unrecognised.append(msg("no_year", ctx.lang, what=what, years=_years_said(ctx, missing), have=periods))
    return True


def _years_said(ctx: Ctx, missing: list[str] | None) -> str:
    """The years asked as said: the whole of 2018, or months 1 to 6 of 2018."""
    years = ctx.sep().join(missing or ctx.q.years) or "-"
    if "full_year" in ctx.q.cues:
        return msg("whole_year", ctx.lang, years=years)
    one_year = len(ctx.q.years) <= 1
    when = as_of_asked(ctx.q.text, ctx.q.raw) if one_year else None
    return msg("as_of_month", ctx.lang, years=when[:4], month=int(when[5:])) if when else \
        _months_said(ctx, years, months_asked(ctx.q.text) if one_year else None)


def _months_said(ctx: Ctx, years: str, span: tuple[int, int] | None) -> str:
    """The months asked of the years said: month 6 of 2018, months 1 to 6 of 2018, or the years alone."""
    if span and span[0] == span[1]:
        return msg("month", ctx.lang, years=years, month=span[0])
    if span:
        return msg("months", ctx.lang, years=years, first=span[0], last=span[1])
    return re.sub(r"(\d{4})(?!\d|年)", r"\1年", years) if ctx.lang == "zh" else years  # 在2013年的数据


def _figure_of_related(ctx: Ctx, subjects) -> tuple[list, list]:
    """A chain: 凤山的模式带动多少户 is a figure of the model 凤山 adopted. (subjects, indicators) of the entities
    the asked relations lead to from any name, when they have figures the question names; else the subjects
    and no indicator."""
    names = [_node(n.iri) for n in ctx.q.names] or [_node(s) for s in subjects]
    rows = ctx.related({"s": names, "p": [_node(GXO + r) for r in ctx.q.relations]})
    linked = [x for x in sorted({r["o"].value for r in rows if _iri(r["o"])}) if _tied_to_names(ctx, x)]
    inds = _pick_indicators(ctx, linked) if linked else []
    if inds:
        ctx.use("relations", "classes")
        return linked, inds
    return subjects, []


def _indicators_reached(ctx: Ctx, subjects: list[str], inds: list[str]) -> tuple[list, list]:
    """No figure of the names: the figure of what a relation asked leads to, or of the one thing tied to them."""
    if not inds and ctx.q.relations:
        subjects, inds = _figure_of_related(ctx, subjects)
    return (subjects, inds) if inds else _figure_of_tied(ctx, subjects)


def _figure_of_tied(ctx: Ctx, subjects: list[str]) -> tuple[list, list]:
    """凤山那个核桃鸡扶贫带了多少户: no figure of the names themselves, and exactly one thing tied to every name (the
    linkage Fengshan adopted that involves the walnut chicken) has the figure named: (that thing, its indicators);
    else (the subjects, none). A place's figure is never a thing's in it: a thing must be named."""
    named = _hard(ctx.q)
    places = all(ctx.is_a(n.iri, "Place") for n in ctx.q.names)
    holders = (_adopted_holders(ctx, named) if places else _tied_holders(ctx, named)) if named else []
    return (holders, named) if len(holders) == 1 else (subjects, [])


def _adopted_holders(ctx: Ctx, inds: list[str]) -> list[str]:
    """凤山县带动了多少户: the models the places named adopted that hold a figure of the indicators (凤山 linked the
    walnut chicken with e-commerce and the poor households: the linkage holds the households lifted)."""
    models = sorted({r["o"].value for n in ctx.q.names for r in _facts_of(ctx, n.iri, ["adoptsModel"])})
    return sorted({f["e"] for f in figure_rows(ctx, models, inds, [])}) if models else []


def _tied_holders(ctx: Ctx, inds: list[str]) -> list[str]:
    """The things tied to every name that hold a figure of the indicators."""
    rows = ctx.run(query("tied_things"), {"n": [_node(n.iri) for n in ctx.q.names]})
    tied = [x for x in sorted({r["x"].value for r in rows}) if not ctx.is_a(x, "Place") and _tied_to_names(ctx, x)]
    return sorted({f["e"] for f in figure_rows(ctx, tied, inds, [])}) if tied else []  # never a place: Guangxi's stations


def _tied_to_names(ctx: Ctx, x: str) -> bool:
    """x has a fact with every name of the question (凤山那个核桃鸡模式: the model 凤山 adopted that involves
    核桃鸡; never one that does not)."""
    rows = ctx.run("SELECT DISTINCT ?n WHERE { { ?x ?p ?n } UNION { ?n ?p ?x } FILTER(STRSTARTS(STR(?p), STR(gxo:))) }",
                   {"x": [_node(x)], "n": [_node(n.iri) for n in ctx.q.names]})
    return {r["n"].value for r in rows} >= {n.iri for n in ctx.q.names}


def _price_when(q, inds: list) -> list:
    """The price before or after the model when the question says which (以前卖多少钱一斤); 价格 alone: both."""
    if not set(PRICE) <= set(inds):
        return inds
    low = q.text.lower()
    b, a = any(w in low for w in BEFORE), any(w in low for w in AFTER)
    return [i for i in inds if i not in PRICE] + [PRICE[0] if b else PRICE[1]] if b != a else inds


def _tied_to_another(ctx: Ctx, subjects: list[str], rows: list[dict]) -> bool:
    """融安金桔卖到40元一斤，是靠凤山那个核桃鸡模式吧: a yes/no question tying one thing's figure to another thing
    named that holds none of it: the figure does not confirm the tie, so no answer (never the figure as a yes)."""
    holders = {f["e"] for f in rows}
    others = _untied(ctx, subjects, holders) if "yesno" in ctx.q.cues and holders else []
    if not others:
        return False
    ctx.ans.unrecognised.append(msg("not_tied", ctx.lang, what=ctx.sep().join(ctx.label(h) for h in sorted(holders)),
                                    other=ctx.sep().join(ctx.label(o) for o in others)))
    return True


def _untied(ctx: Ctx, subjects: list[str], holders: set) -> list[str]:
    """The things named that hold none of the figures and are tied to no holder (nor only the figures' scope)."""
    return [s for s in subjects if s not in holders and not _scope_only(ctx, s, holders) and not _tied(ctx, holders, s)]


def _tied(ctx: Ctx, holders: set, other: str) -> bool:
    return any(ctx.kg.store.ask(query("tied"), {"h": _node(h), "o": _node(other)}) for h in holders)


def _note_missing_parts(ctx: Ctx, subjects, inds, rows) -> None:
    """Several years or entities asked: a note for each combination with no figure (not for a topic or programme
    named as the scope of a figure another thing holds: 国务院的批复…设立跨境电商综试区)."""
    holders = {f["e"] for f in rows}
    for s in subjects:
        if _scope_only(ctx, s, holders):
            continue
        for i in inds:
            for y in ctx.q.years or [None]:
                if not _has_figure(rows, s, i, y):
                    ctx.note(msg("part_missing", ctx.lang, part=f"{ctx.label(s)} {ctx.label(i)} {y or ''}".strip()))


def _scope_only(ctx: Ctx, s: str, holders: set) -> bool:
    """A topic or programme holding none of the figures that other things named hold: the figures' scope."""
    return bool(holders) and s not in holders and (ctx.is_a(s, "Topic") or ctx.is_a(s, "Program"))


def _has_figure(rows: list[dict], s: str, i: str, y: str | None) -> bool:
    return any(f["e"] == s and f["indicator"] == i and (y is None or y in str(f["period"])) for f in rows)


def _refuse_figure(ctx: Ctx, subjects):
    ctx.use("names", "indicators", "years", "count")
    ctx.ans.unrecognised.append(msg("no_figure", ctx.lang, what=ctx.sep().join(ctx.label(s) for s in subjects)))
    return True


# ------------------------------------------------------------------------------ growth and shares
GROWTH_OF = {IND + "ecommerce-transaction-volume": IND + "ecommerce-transaction-volume-average-annual-growth",
             IND + "cross-border-ecommerce-transaction-volume": IND + "cross-border-ecommerce-yoy-growth",
             IND + "online-retail-sales": IND + "online-retail-sales-yoy-growth"}
YOY_OF = {k: v for k, v in GROWTH_OF.items() if v.endswith("-yoy-growth")}
SHARE_OF = {IND + "cross-border-ecommerce-transaction-volume": IND + "cross-border-share-of-foreign-trade",
            IND + "share-of-national-shops": IND + "share-of-national-shops",
            IND + "cross-border-share-of-foreign-trade": IND + "cross-border-share-of-foreign-trade",
            IND + "individual-online-shops": IND + "share-of-national-shops",
            IND + "rural-ecommerce-coverage": IND + "rural-ecommerce-coverage",
            IND + "final-consumption-contribution-to-growth": IND + "final-consumption-contribution-to-growth"}
# a part whose stated share is of a whole: the whole is part / share (parse's SHARE_PARTS, the other way round)
WHOLE_OF = {part: share for share, part in SHARE_PARTS.items()}
# what the whole worked out from a part and its share is (zh, en)
WHOLE_NAME = {IND + "individual-online-shops": ("全国（推算）", "nationwide (worked out)"),
              IND + "cross-border-ecommerce-transaction-volume": ("进出口总额（推算）", "total imports and exports (worked out)")}
PRICE = [IND + "price-before-model", IND + "price-after-model"]


def _num(x: float) -> str:
    return f"{x:,.2f}".rstrip("0").rstrip(".") if abs(x) < 1000 else f"{x:,.0f}"


def _say(ctx: Ctx, zh: str, en: str) -> str:
    return zh if ctx.lang == "zh" else en


def _computed(ctx: Ctx, label: str, value: float, unit: str, how: str, period=None) -> None:
    """An answer worked out from stated figures, with its arithmetic."""
    ctx.add(label, value=_value_text(value), unit=unit, period=period)
    ctx.note(msg("computed", ctx.lang, how=how))


def _value_text(value: float) -> str:
    """A worked-out value as answers carry it: two decimals below 1,000, whole above."""
    return f"{value:.2f}" if abs(value) < 1000 else f"{value:.0f}"


def _figure_text(ctx: Ctx, f: dict, value: float) -> str:
    """value in the unit of figure f, as the answer states figures."""
    return format_value({"value": _value_text(value), "min": None, "max": None,
                         "unit": f["ob_fmt"]["unit"], "qualifier": None}, ctx.lang)


PREMISE = lazyre.compile(r"^(?:from|given|using|based on|going by|根据|按照|依据|按|用|从)", re.I)


def _share_given(q: Question) -> bool:
    """From the figure and its share of foreign trade, what was the total…: the share is what the question works
    from (a premise before the whole asked), not what it asks."""
    text = q.text.strip()
    if PREMISE.match(text):
        return -1 < _at(q, "share") < _at(q, "whole")
    worked = WORKED_FROM.match(text)  # Work out the total imports and exports from the cross-border value and its share
    return bool(worked) and worked.end() <= _at(q, "share")


WORKED_FROM = lazyre.compile(r"^(?:compute|calculate|work out|back out|derive|estimate|deduce)\b[^?。？]*?\bfrom\b", re.I)


def _at(q: Question, cue: str) -> int:
    """Where the words of a cue are in the question (-1: not there)."""
    said = q.words.get(cue, "").lower()
    return q.text.lower().find(said) if said else -1


def _quoted_rates(q: Question) -> set[float]:
    """The percentages a question states (按28.8%的同比增速): the rate it asks to work from."""
    return {float(x) for x in re.findall(r"(\d+(?:\.\d+)?)\s*%", q.text)}


def _same_period_pairs(levels: list[dict], rates: list[dict], table: dict) -> list[tuple[dict, dict]]:
    """(level, rate) of one entity and one period, the rate being the level's (table: level -> rate)."""
    return [(a, b) for a in levels for b in rates
            if a["e"] == b["e"] and a["period"] == b["period"] and table.get(a["indicator"]) == b["indicator"]]


def _back_one_year(period: dict, lang: str = "zh") -> str:
    """The period a year before (2018-01至2018-07 -> 2017-01至2017-07), in the answer's language."""
    shifted = {k: re.sub(r"^\d{4}", lambda m: str(int(m.group(0)) - 1), v) for k, v in period.items()}
    return period_text(shifted, lang)


@intent("earlier", {"zh": ["按28.8%的同比增速倒推，2016年广西跨境电商交易额是多少？", "根据同比增长推算2017年1-7月广西网络零售交易额"],
                    "en": ["Given the 28.8% year-on-year growth, what was Guangxi's cross-border e-commerce volume in 2016?",
                           "Work back Guangxi's online retail sales for January to July 2017 from the 13.4% growth."]})
def earlier(ctx: Ctx):
    """A figure for the year before one the graph holds, worked back from its stated year-on-year growth."""
    q = ctx.q
    inds, year = _worked_back_asked(q)
    if not inds:
        return False  # did it grow 13.4% in 2017: that year's growth asked, never a level worked back to it
    subjects = _figure_subjects(ctx) or [GUANGXI]
    if figure_rows(ctx, subjects, inds, [year]):
        return False  # stated: the figure or growth intent
    pairs = _next_year_pairs(ctx, subjects, inds, year)
    rise = len(q.years) == 2 or _rise_in_year(q)
    if not pairs or not (_working_back_meant(q, pairs) or rise):
        return False
    ctx.use("names", "indicators", "years", "derive", "growth", "count", "compare")
    for level, rate in pairs:
        _worked_back(ctx, level, rate, rise=rise)
    return True


def _worked_back_asked(q: Question) -> tuple[list[str], str | None]:
    """The indicators with a stated growth and the year before to work back to, when a level is asked there."""
    inds, year = [i for i in q.indicators if i in YOY_OF], _year_before_asked(q) if not _rise_in_year(q) else str(int(q.years[0]) - 1)
    if not (inds and year and q.cues & {"derive", "growth"}) or "yesno" in q.cues:
        return [], None
    return inds, year


RISE_ASKED = lazyre.compile(r"净增|增量|增加了多少|多了多少|涨了多少|\b(?:by how much did|how much did)\b.*\b(?:grow|rise|increase)\b|"
                            r"\b(?:net |absolute )?(?:increase|rise|gain)\b", re.I)


def _rise_in_year(q: Question) -> bool:
    """跨境电商交易额2017年一年里净增了多少: the rise over one year asked, of one year with its growth rate."""
    return len(set(q.years)) == 1 and bool(RISE_ASKED.search(q.text))


def _year_before_asked(q: Question) -> str | None:
    """The year to work back to: the one year asked, or the earlier of two years in a row (the rise in 2017 over
    2016)."""
    years = sorted(set(q.years))
    if len(years) == 2 and int(years[1]) - int(years[0]) == 1:
        return years[0]
    return years[0] if len(years) == 1 else None


def _working_back_meant(q: Question, pairs: list[tuple[dict, dict]]) -> bool:
    """The question asks to work back (推算, derive), or quotes the growth rate the graph states."""
    return "derive" in q.cues or any(r["num"] in _quoted_rates(q) for _, r in pairs)


def _next_year_pairs(ctx: Ctx, subjects: list[str], inds: list[str], year: str) -> list[tuple[dict, dict]]:
    """The figures of the year after the one asked, each with its stated year-on-year growth."""
    nxt = [str(int(year) + 1)]
    return _same_period_pairs(figure_rows(ctx, subjects, inds, nxt),
                              figure_rows(ctx, subjects, [YOY_OF[i] for i in inds], nxt), YOY_OF)


def _worked_back(ctx: Ctx, level: dict, rate: dict, rise: bool = False) -> None:
    """V / (1 + g): the figure a year before, shown with the two it comes from; with rise, also by how much it rose."""
    show_figure(ctx, level)
    show_figure(ctx, rate)
    before = level["num"] / (1 + rate["num"] / 100)
    when, value = _back_one_year(level["period"], ctx.lang), _figure_text(ctx, level, before)
    what, who = ctx.label(level["indicator"]), ctx.label(level["e"])
    _computed(ctx, _say(ctx, f"{when}{who}{what}（推算）约 {value}", f"{what} of {who}, {when} (worked back): about {value}"),
              before, level["unit"], f"{_num(level['num'])} / (1 + {_num(rate['num'])}%) = {_num(before)}", when)
    if rise:
        diff = level["num"] - before
        _computed(ctx, _say(ctx, f"增加了约 {_figure_text(ctx, level, diff)}", f"a rise of about {_figure_text(ctx, level, diff)}"),
                  diff, level["unit"], f"{_num(level['num'])} − {_num(before)} = {_num(diff)}")


@intent("whole", {"zh": ["广西54935家网店占全国的0.8%，全国大约有多少家网店？"],
                  "en": ["Given Guangxi's 54,935 shops were 0.8% of the national total, how many online shops did China have?"]})
def whole(ctx: Ctx):
    """The whole a stated share is of, worked out from the part and the share: part / share."""
    q = ctx.q
    inds = [i for i in q.indicators or _parts_by_number(ctx) if i in WHOLE_OF and _whole_said(q, i)]
    if not _whole_asked(q, inds):
        return False
    subjects = _figure_subjects(ctx) or [GUANGXI]
    pairs = _same_period_pairs(figure_rows(ctx, subjects, inds, q.years),
                               figure_rows(ctx, subjects, [WHOLE_OF[i] for i in inds], q.years), WHOLE_OF)
    if not pairs:
        return False
    ctx.use("names", "indicators", "years", "whole", "derive", "count", "share", "national", "total")  # in total: the whole
    for part, share_ in pairs:
        show_figure(ctx, part)
        show_figure(ctx, share_)
        total = part["num"] / (share_["num"] / 100)
        zh, en = WHOLE_NAME[part["indicator"]]
        _computed(ctx, _say(ctx, f"{zh}约 {_figure_text(ctx, part, total)}", f"{en}: about {_figure_text(ctx, part, total)}"),
                  total, part["unit"], f"{_num(part['num'])} / {_num(share_['num'])}% = {_num(total)}",
                  period_text(part["period"], ctx.lang))
    return True


def _parts_by_number(ctx: Ctx) -> list[str]:
    """用425亿元和约11%倒推进出口总额, 按11%的占比倒推: with no figure named, the part whose share's number the
    question gives (with the part's own number or not)."""
    if "whole" not in ctx.q.cues:
        return []
    stated = {f["indicator"] for f in _figures_written(ctx, _numbers_written(ctx.q), [n.iri for n in ctx.q.names] or [GUANGXI])}
    return [part for part, share in WHOLE_OF.items() if share in stated]


def _whole_asked(q: Question, inds: list[str]) -> bool:
    """The whole of a share is asked (with the share's rate given or quoted), and no rank beside it (在全国排第几: a
    rank, which the whole worked out is not)."""
    if "whole" not in q.cues or "share" in q.cues and not (_quoted_rates(q) or _share_given(q)) or not inds:
        return False
    return not any("rank" in i.rsplit("/", 1)[-1] for i in set(_hard(q)) - set(inds))


NATIONAL_WORDS = {"全国", "national total", "nationwide", "china", "whole country", "among all chinese provinces",
                  "among all provinces", "all chinese provinces"}


def _whole_said(q: Question, ind: str) -> bool:
    """The whole asked is the one the share is of: the national total for the shops' share of China's shops, total
    trade for cross-border's share of imports and exports (全国跨境电商交易额 is neither: never Guangxi's trade)."""
    national = (q.words.get("whole") or q.words.get("national", "")).lower() in NATIONAL_WORDS
    return national == WHOLE_NAME[ind][0].startswith("全国")


LOWER_BOUNDS = {GXO + q for q in ("MoreThan", "Exceeds", "AtLeast")}


def _bound_note(ctx: Ctx, figures: list[dict], added: bool = True) -> str:
    """What the qualifiers of the figures worked with make of the result: lower bounds (突破, 超过) added up make
    a lower bound; any other qualifier, or a bound divided, an approximation."""
    quals = [f.get("qualifier") for f in figures]
    if added and all(qual in LOWER_BOUNDS for qual in quals):
        return _say(ctx, "（每个数字都是下限，结果也是下限：至少）", " (every figure is a lower bound: so is the result, at least)")
    if any(quals):
        return _say(ctx, "（有的数字是约数或界限，结果只是约数）", " (some figures are approximate or bounds: the result is approximate)")
    return ""


def _one_each(ctx: Ctx, subjects: list[str], ind: str) -> list[dict] | None:
    """One figure of ind for each subject (of the years asked, whole years for a whole year), or None with
    the subjects that have none or several noted."""
    out, missing = [], []
    for s in subjects:
        rows = _whole_years(ctx.q, figure_rows(ctx, [s], [ind], ctx.q.years))
        if len(rows) == 1:
            out.append(rows[0])
        else:
            missing.append(ctx.label(s))
    if missing:
        ctx.ans.unrecognised.append(msg("no_figure", ctx.lang, what=ctx.sep().join(missing)))
        return None
    return out


@intent("total", {"zh": ["2017年南宁香蕉、百色芒果和柳州螺蛳粉的销售额加起来是多少？"],
                  "en": ["What were the combined 2017 sales of Nanning bananas and Baise mangoes?"]})
def total(ctx: Ctx):
    """Several named things' figures of one indicator added up, marked as computed with the figures used (at
    least, when every figure is a lower bound)."""
    q = ctx.q
    if not q.cues & {"total", "mean"}:
        return False
    if len(q.names) < 2:
        return "total" in q.cues and _total_of_one(ctx)
    if not q.indicators:
        return False
    subjects = _sum_parts(ctx, [n.iri for n in q.names])
    if _other_than_the_sum(ctx, subjects):
        return False
    inds = _pick_indicators(ctx, subjects)[:1] or q.indicators[:1]
    ctx.use("names", "indicators", "years", "total", "mean", "count")
    figures = _one_each(ctx, subjects, inds[0])
    if not figures or len({f["unit"] for f in figures}) != 1:
        return True
    if not _beyond_the_sum(ctx, figures):
        _sum_answer(ctx, figures)
    return True


def _other_than_the_sum(ctx: Ctx, subjects: list[str]) -> bool:
    """Was Guangxi's cross-border volume bigger than the three products' sales put together: what is set against
    the sum (named before than) is none of the things added up, so no figure of theirs is the one compared."""
    pivot = _than_at(ctx.q.text)
    before = [n.iri for n in ctx.q.names if n.end <= pivot]
    return pivot >= 0 and bool(before) and not set(before) & set(subjects)


def _sum_parts(ctx: Ctx, names: list[str]) -> list[str]:
    """The things added up: banana sales in Nanning plus mango sales in Baise are the two products' (the places are
    where they come from); never one thing for a place (灵山县的果苗加起来: the county's total, which no source gives)."""
    kept = _without_context(ctx, names)
    return kept if len(kept) >= 2 else names


# 香蕉比芒果和螺蛳粉两者之和多多少, how much more … than … combined: one figure against the others added up
BEYOND_SUM = lazyre.compile(r"比[^，。？?]*?(?:两者|二者|三者|两项|两个)?(?:之和|的和|总和|合计|加起来|合起来|相加)(?:还)?(?P<zh>多|高|大|少|低|小)了?(?:多少|几)|"
                            r"\b(?P<en>more|less|higher|lower|greater|bigger|smaller)\b[^?]*\bthan\b[^?]*\b(?:combined|together|added up|summed)\b", re.I)


def _than_at(text: str) -> int:
    """Where 比 / than stands in a question of one figure against others added up, or -1."""
    m = BEYOND_SUM.search(text)
    if not m:
        return -1
    return m.start() if m.group("zh") else m.start() + m.group(0).lower().find("than")


def _beyond_the_sum(ctx: Ctx, figures: list[dict]) -> bool:
    """The first thing's figure less the others' added up, marked as computed with the figures used; with the
    figures bounds, the difference of the bounds said to be no bound."""
    pivot = _than_at(ctx.q.text)
    if not (len(figures) >= 3 and ctx.q.names[0].end <= pivot < ctx.q.names[1].start):
        return False
    ctx.use("compare", "less")
    for f in figures:
        show_figure(ctx, f)
    rest = sum(f["num"] for f in figures[1:])
    value = figures[0]["num"] - rest
    how = f"{_num(figures[0]['num'])} − ({' + '.join(_num(f['num']) for f in figures[1:])}) = {_num(value)}"
    note = _bound_note(ctx, figures, added=False)
    _computed(ctx, _say(ctx, f"相差 {_figure_text(ctx, figures[0], value)}", f"difference: {_figure_text(ctx, figures[0], value)}"),
              value, figures[0]["unit"], how + note)
    ctx.ans.answers.insert(0, ctx.ans.answers.pop())
    return True


def _total_of_indicators(ctx: Ctx) -> bool:
    """One thing's figures of several indicators added up (service stations and logistics outlets together), when
    each has one figure of the period asked and all share a unit and a period: a sum of unlike periods is none."""
    subjects = _figure_subjects(ctx)
    inds = [i for i in _pick_indicators(ctx, subjects) if i not in ctx.q.soft]
    if len(subjects) != 1 or len(inds) < 2 or ctx.q.kinds:  # … and products: a kind is no figure to add
        return False
    ctx.use("names", "indicators", "years", "total", "count")
    if _relation_words_in(ctx, inds):
        ctx.use("relations")
    figures = _each_indicator(ctx, subjects, inds)
    if not figures:
        return False
    if _addable(figures):
        _sum_answer(ctx, figures)
    else:
        what = ctx.sep().join(f"{f['stated']} {period_text(f['period'], ctx.lang)}" for f in figures)
        ctx.ans.unrecognised.append(msg("not_addable", ctx.lang, what=what))
    return True


def _total_of_one(ctx: Ctx) -> bool:
    """One thing's figures added: of several indicators, or of one indicator in several years."""
    q = ctx.q
    return len(_hard(q)) >= 2 and _total_of_indicators(ctx) or len(q.years) >= 2 and _total_of_years(ctx)


def _total_of_years(ctx: Ctx) -> bool:
    """One thing's figure of one indicator in two or more years added up (2013年和2017年加起来), when each year has one
    figure of the whole year; a year and part of another (2013 and January to July 2018) are not added, and said."""
    figures = _one_a_year(ctx)
    if len(figures) != len(ctx.q.years) or len({f["unit"] for f in figures}) != 1:
        return False
    ctx.use("names", "indicators", "years", "total", "count")
    if all(_whole_year(f["period"]) for f in figures):
        _sum_answer(ctx, figures)
    else:
        what = ctx.sep().join(f"{f['stated']} {period_text(f['period'], ctx.lang)}" for f in figures)
        ctx.ans.unrecognised.append(msg("not_addable", ctx.lang, what=what))
    return True


def _one_a_year(ctx: Ctx) -> list[dict]:
    """The figures of the one thing and the first indicator asked, of the years asked."""
    subjects = _figure_subjects(ctx)
    inds = [i for i in _pick_indicators(ctx, subjects) if i not in ctx.q.soft][:1] if len(subjects) == 1 else []
    return figure_rows(ctx, subjects, inds, ctx.q.years) if inds else []


def _each_indicator(ctx: Ctx, subjects: list[str], inds: list[str]) -> list[dict]:
    """One figure of each indicator for the years asked (whole years when asked), else []."""
    figures = [f for i in inds for f in _whole_years(ctx.q, figure_rows(ctx, subjects, [i], ctx.q.years))]
    return figures if len(figures) == len(inds) else []


def _addable(figures: list[dict]) -> bool:
    """Figures of one unit and one period."""
    return len({f["unit"] for f in figures}) == 1 and len({tuple(sorted(f["period"].items())) for f in figures}) == 1


def _sum_answer(ctx: Ctx, figures: list[dict]) -> None:
    """The figures, then their sum (or, 平均值, their average) first of all (at least, when every figure is a lower
    bound)."""
    for f in figures:
        show_figure(ctx, f)
    mean = "mean" in ctx.q.cues and "total" not in ctx.q.cues  # 平均值: the sum divided by how many
    value = sum(f["num"] for f in figures) / (len(figures) if mean else 1)
    note = _bound_note(ctx, figures)
    at_least = bool(note) and all(f.get("qualifier") in LOWER_BOUNDS for f in figures)
    how = " + ".join(_num(f["num"]) for f in figures).join(("(", f") / {len(figures)}") if mean else ("", ""))
    _computed(ctx, _sum_label(ctx, _figure_text(ctx, figures[0], value), mean, at_least), value, figures[0]["unit"],
              how + f" = {_num(value)}" + note)
    ctx.ans.answers.insert(0, ctx.ans.answers.pop())  # the sum first, then the figures it adds


SUM_WORDS = {False: ("合计", "combined: "), True: ("平均", "average: ")}


def _sum_label(ctx: Ctx, text: str, mean: bool, at_least: bool) -> str:
    """合计至少 148亿元 / average: at least …"""
    zh, en = SUM_WORDS[mean]
    return _say(ctx, f"{zh}{'至少' * at_least} {text}", f"{en}{'at least ' * at_least}{text}")


PER_MARK = lazyre.compile(r"每个|每家|每|\bper\b|\beach\b|\bevery\b")


def _per_asked(q: Question) -> bool:
    """One figure per unit of another: two figures named, and 平均每 / on average, or per / each before one."""
    if len(q.indicators) < 2 or not ("per" in q.cues or q.lang == "en" and re.search(r"\b(?:per|each|every)\b", q.text.lower())):
        return False
    return bool(_divisors(q)) and not _share_by_division(q)


def _share_by_division(q: Question) -> bool:
    """用528亿除以4220亿，比例是多少: a share asked, worked out by dividing (the share reading's, in percent)."""
    return "share" in q.cues and q.words.get("per", "").lower() in DIVIDED


DIVIDED_BY = lazyre.compile(r"除以|\bdivided by\b")  # said outright, the divisor follows it (whatever 每 says after)


def _divisors(q: Question) -> list[str]:
    """The figures named right after 除以 / divided by, else after 每 / per / each (within a word of it), in question
    order."""
    low = q.text.lower()
    divided = _indicators_after(q, low, [m.end() for m in DIVIDED_BY.finditer(low)], 12 if q.lang == "zh" else 24)  # 面积除以商家数
    return divided or _indicators_after(q, low, [m.end() for m in PER_MARK.finditer(low)], 6 if q.lang == "zh" else 24)


def _indicators_after(q: Question, low: str, marks: list[int], near: int) -> list[str]:
    """The indicators named within `near` after one of the marks, the nearest first (平均每个服务站点培训了多少人次:
    the stations, not the training named before)."""
    after = {i: _nearest_after(q, low, i, marks, near) for i in q.indicators}
    return sorted((i for i, d in after.items() if d is not None), key=lambda i: (after[i], q.at.get(i, 0)))


def _nearest_after(q: Question, low: str, ind: str, marks: list[int], near: int) -> int | None:
    """How near after one of the marks (每, per) the indicator is named, within `near`; None when it is not."""
    found = [d for d in (_distance_after(q, low, ind, m) for m in marks) if d is not None and d <= near]
    return min(found, default=None)


def _distance_after(q: Question, low: str, ind: str, at: int) -> int | None:
    """How far after `at` the indicator is first named, first or again (每个站点: the stations); None if not after."""
    from .lexicon import INDICATOR_WORDS

    words = INDICATOR_WORDS.get(ind.rsplit("/", 1)[-1], ((), ()))[0] if q.lang == "zh" else ()  # per jin: a unit
    found = [f - at for f in [low.find(w.lower(), at) for w in words] + [q.at.get(ind, -99)] if f - at >= 0]
    return min(found, default=None)


@intent("per", {"zh": ["南宁跨境商品直购体验中心平均每个入驻商家有多少个SKU？"],
                "en": ["On average, how many product SKUs per merchant does the Nanning cross-border goods direct-purchase experience centre have?"]})
def per(ctx: Ctx):
    """One figure divided by another of the same subject (平均每个站点, per merchant): the one named after 每 /
    per is the divisor; marked as computed with both figures."""
    q = ctx.q
    if not _per_asked(q) or len(q.names) > 1:
        return False
    divisor = _divisors(q)[0]
    dividend = next(i for i in q.indicators if i != divisor)
    subjects = _figure_subjects(ctx) or [GUANGXI]
    ctx.use("names", "indicators", "years", "per", "mean", "count", "derive")  # 平均每个站点: the quotient is the mean
    if _relation_words_in(ctx, [dividend, divisor]):
        ctx.use("relations")  # outlets built per rural e-commerce service station: words of the figures' names
    a, b = (_one_each(ctx, subjects[:1], i) for i in (dividend, divisor))
    if a and b and b[0]["num"]:
        _quotient(ctx, a[0], b[0])
    return True


def _quotient(ctx: Ctx, a: dict, b: dict) -> None:
    """a / b of the same period, first, with both figures; refused when the periods differ (a January-July
    flow per station counted as of July is not one quantity)."""
    if a["period"] != b["period"]:
        ctx.ans.unrecognised.append(_say(ctx, "两个数字的时期不同，不能相除", "the two figures are of different periods: "
                                                                      "one cannot be divided by the other"))
        return
    show_figure(ctx, a)
    show_figure(ctx, b)
    per = _per_how_many(ctx.q.text)  # per 1,000 square metres, 每千平方米: that many of the divisor
    value, times = a["num"] / b["num"] * per, f" × {_num(per)}" if per != 1 else ""
    head = f"{ctx.label(a['indicator'])} ÷ {ctx.label(b['indicator'])}{times}"
    text = _figure_text(ctx, a, value)
    _computed(ctx, f"{head}：约 {text}" if ctx.lang == "zh" else f"{head}: about {text}", value, a["unit"],
              f"{_num(a['num'])} / {_num(b['num'])}{times} = {_num(value)}" + _bound_note(ctx, [a, b], False))
    ctx.ans.answers.insert(0, ctx.ans.answers.pop())


PER_HOW_MANY = lazyre.compile(r"\bper\s+(?P<n>\d[\d,]*|a thousand|one thousand|a hundred|one hundred|ten thousand)\b|"
                              r"每\s*(?P<zh>\d+|百|千|万|一百|一千|一万)(?:个)?(?=[\u4e00-\u9fff])", re.I)
PER_WORDS = {"a thousand": 1000, "one thousand": 1000, "a hundred": 100, "one hundred": 100, "ten thousand": 10000,
             "百": 100, "千": 1000, "万": 10000, "一百": 100, "一千": 1000, "一万": 10000}


def _per_how_many(text: str) -> float:
    """How many of the divisor a quotient is per (per 1,000 square metres: 1000; 每千平方米: 1000); 1 when none."""
    m = PER_HOW_MANY.search(text)
    said = (m.group("n") or m.group("zh") or "").lower().replace(",", "") if m else ""
    return float(PER_WORDS.get(said) or (said if said.isdigit() else 1))


def _growth_asked(q: Question) -> bool:
    """Growth asked, or one figure compared between years (2013年和2017年比)."""
    return "growth" in q.cues or "compare" in q.cues and len(q.years) >= 2 and len(q.names) <= 1 and \
        len(q.indicators) <= 1 and not _which_asked(q)


def _which_asked(q: Question) -> bool:
    """哪个更多, which was larger, bigger in 2013 or in 2018, 2013年还是2018年多: one of the things compared is asked
    for, not how much it grew."""
    return bool(re.search(r"哪个|哪一个|哪年|哪一年|哪一期|哪期|哪段|还是|\bwhich\b|\bor\b", q.text.lower()))


def _growth_levels(ctx: Ctx) -> list[str]:
    """The figures whose growth is asked (how fast did Guangxi's e-commerce grow: its transaction volume)."""
    q = ctx.q
    inds = [i for i in q.indicators if i not in PRICE]
    low = q.text.lower()
    if not q.indicators and any(w in low for w in ("e-commerce", "ecommerce", "电商", "电子商务")):
        inds = [IND + "ecommerce-transaction-volume"]
    return inds


@intent("growth", {"zh": ["广西电子商务交易额2013年到2017年增长了多少？", "融安金桔的价格涨了多少？",
                          "2017年广西跨境电商交易额同比增长多少？"],
                   "en": ["How much did Guangxi's e-commerce transaction volume grow from 2013 to 2017?",
                          "By how much did the price of Rong'an kumquat rise?",
                          "What was the year-on-year growth of Guangxi's cross-border e-commerce in 2017?"]})
def growth(ctx: Ctx):
    q = ctx.q
    if not _growth_asked(q) or q.indicators and not _figure_asked(q) or _source_asked(q):
        return False
    subjects = _figure_subjects(ctx) or [GUANGXI]
    if "compare" in q.cues and len(q.years) < 2 and (len(_figure_holders(ctx, subjects)) > 1 or _levels_named(q) > 1):
        return False  # how many times bigger was A than B: a comparison, not a growth over time
    if _months_set_against_a_year(q):
        return False
    inds = _growth_levels(ctx)
    if _price_asked(ctx, subjects, inds):
        return _price_rise(ctx, subjects)
    if not inds:
        return False
    _growth_of_figures(ctx, subjects, inds)
    _absolute_not_given(ctx)
    _whole_years_unmet(ctx, subjects, inds)
    return True


def _months_set_against_a_year(q: Question) -> bool:
    """Compare Jan-Jul 2018 with 2013: months set against a year are compared (which is larger), never a growth
    between them."""
    if "growth" in q.cues or not months_asked(q.text):
        return False
    if q.words.get("compare", "").lower() in ("compare", "compared", "比较", "对比"):
        return True
    return "yesno" in q.cues and not SAME_PERIOD.search(q.text) and not AMOUNT_ASKED.search(q.text)  # 比2013年一整年的还多吗


def _years_said_whole(q: Question) -> list[str]:
    """The years said to be whole (2018全年, full-year 2017); every year asked when 全年 is said of none and no
    months are asked."""
    said = WHOLE_YEAR_SAID.findall(q.text) or [a or b for a, b in WHOLE_YEAR_EN.findall(q.text)]
    return said or (q.years if "full_year" in q.cues and not months_asked(q.text) else [])


def _a_year_shown(y: str, periods: list[str]) -> bool:
    return any(re.fullmatch(rf"{y}年?", p) for p in periods)


def _whole_years_unmet(ctx: Ctx, subjects: list[str], inds: list[str]) -> None:
    """2018全年比2017全年多出多少: a year said whole whose figure shown is of part of it (January to July) is
    refused with the periods held, never a difference of seven months against twelve."""
    periods = _periods_shown(ctx)
    missing = [y for y in _years_said_whole(ctx.q) if not _a_year_shown(y, periods)]
    if periods and missing:
        ctx.ans.answers, ctx.ans.notes = [], []
        _no_year(ctx, subjects, _levels_only(inds), missing)


def _periods_shown(ctx: Ctx) -> list[str]:
    return [str(a.get("period") or "") for a in ctx.ans.answers if a.get("iri")]


def _levels_only(inds: list[str]) -> list[str]:
    """The indicators less growth rates (all of them when all are rates)."""
    return [i for i in inds if i not in GROWTH_OF.values()] or inds


# an absolute increase asked (by how many yuan, 增加了多少亿元, in absolute terms): a rate in percent is no answer
ABSOLUTE_ASKED = lazyre.compile(r"how many yuan|how much money|in absolute terms|absolute|多少(?:亿|万)?元|绝对", re.I)


def _absolute_not_given(ctx: Ctx) -> None:
    """An increase in yuan asked and only stated figures found, nothing worked out (a rate in percent, the level
    of one year): refused, since the earlier level is not stated."""
    if _stated_only(ctx) and ABSOLUTE_ASKED.search(ctx.q.text):
        ctx.ans.answers = []
        ctx.ans.unrecognised.append(msg("no_figure", ctx.lang, what=ctx.sep().join(ctx.label(n.iri) for n in ctx.q.names)))


def _stated_only(ctx: Ctx) -> bool:
    """Every answer is a stated figure or thing: nothing worked out."""
    return bool(ctx.ans.answers) and all(a.get("iri") for a in ctx.ans.answers)


def _levels_named(q: Question) -> int:
    """How many indicators of levels (not of growth rates or prices) the question names, when it asks how many
    times one is the other (how many times bigger was the volume than the cross-border volume)."""
    times = q.words.get("growth", "").lower() in TIMES_WORDS
    return len([i for i in _hard(q) if i not in GROWTH_OF.values() and i not in PRICE]) if times else 0


TIMES_WORDS = {"times", "how many times", "倍", "几倍", "多少倍", "的几倍", "的多少倍", "fold", "factor", "by what factor", "multiple", "multiplier", "what multiplier"}


def _figure_holders(ctx: Ctx, subjects: list[str]) -> list[str]:
    """The things compared (not Guangxi nor a topic named as the figure's scope)."""
    return [s for s in subjects if s != GUANGXI and not ctx.is_a(s, "Topic")]


def _growth_of_figures(ctx: Ctx, subjects: list[str], inds: list[str]) -> None:
    """The growth of the figures asked: the rates the graph states, and the growth between the years asked
    computed from the levels (with the levels, when also asked); said when there is neither."""
    q = ctx.q
    stated, levels = _rates_and_levels(q, _pick_indicators(ctx, subjects) or inds)
    _years_of_figures_given(ctx, subjects, levels)
    ctx.use("names", "indicators", "growth", "years", "count", "compare", "source", "full_year")  # a year's rates
    said = _stated_rates(ctx, subjects, stated)
    if _base_asked(ctx, subjects, levels, said):  # the value the 53.3% grew from: the first year's level
        return
    if not _times_bound(q):  # 五倍以上吗: a ratio checked (below), never the rate against 5
        _claim_checked(ctx, said)  # grew 15.4% year on year: no, 13.4%
    if len(said) == 2 and q.cues & {"compare", "less"}:  # by how many points did one rate exceed the other
        _rates_compared(ctx, said)
    paired = bool(said) and said == _each_in_its_year(q, said, stated)  # two rates of their own periods: no span
    found = not paired and _growth_between_years(ctx, subjects, levels, said) or bool(said)
    if said and _level_also_asked(q):  # 528亿元？同比增长多少？: the figure and its growth
        for f in figure_rows(ctx, subjects, levels, q.years):
            show_figure(ctx, f)
        _shares_also(ctx, subjects)
    _found_or_said(ctx, found, subjects, levels, stated)


def _shares_asked(q: Question) -> list[str]:
    """The shares asked by name (占进出口比重), when a share is asked at all."""
    return [i for i in q.indicators if i in SHARE_OF.values()] if "share" in q.cues else []


def _shares_also(ctx: Ctx, subjects: list[str]) -> None:
    """交易额、占进出口比重和同比增长分别是多少: a share asked beside the figure and its growth, shown with them."""
    shares = _shares_asked(ctx.q)
    rows = figure_rows(ctx, subjects, shares, ctx.q.years) if shares else []
    for f in rows:
        show_figure(ctx, f)
    if rows:
        ctx.use("share")


def _rates_compared(ctx: Ctx, said: list[dict]) -> None:
    """Two rates compared: yes or no, in the order asked, when asked so (was A's growth larger than B's); how
    far apart they are either way."""
    if asks_yes_no(ctx.q):
        ctx.use("less")
        _two_compared(ctx, *sorted(said, key=lambda f: _rate_asked_at(ctx, f["indicator"])))
    else:
        _difference(ctx, *sorted(said, key=lambda f: -f["num"]))
        if MORE_ASKED.search(ctx.q.text):
            _difference_leads(ctx, said)


def _rate_asked_at(ctx: Ctx, rate: str) -> int:
    """Where a rate is said: its own word, or the word of the level it is the growth of, or a name that is the
    start of that level's label (cross-border e-commerce, read as a topic); else after everything said."""
    q = ctx.q
    levels = [k for k, v in GROWTH_OF.items() if v == rate]  # the year-on-year rates are among them
    said = [q.at[k] for k in [rate, *levels] if k in q.at]
    return min(said) if said else _name_starting_label(ctx, [rate, *levels])


def _name_starting_label(ctx: Ctx, terms: list[str]) -> int:
    """Where a name stands that begins a label of one of the terms (cross-border e-commerce …); else the end."""
    labels = [lab for k in terms for lang in ("zh", "en") if (lab := (ctx.kg.label(k, lang) or "").lower())]
    return min((n.start for n in ctx.q.names if any(lab.startswith(n.text.lower()) for lab in labels)), default=len(ctx.q.text))


def _found_or_said(ctx: Ctx, found: bool, subjects: list[str], levels: list[str], stated: list[str]) -> None:
    """With no growth found: the difference of two periods when asked, else said that there is none."""
    if not found and not _difference_of_periods(ctx, subjects, levels):
        _no_growth_found(ctx, subjects, stated)


# how much more (多多少, how much more, difference): a difference asked, not a rate
MORE_ASKED = lazyre.compile(r"\bby how much\b|\bhow many more\b|\bhow much (?:lower|smaller|less|fewer)\b|多(?:多少|了多少|出多少|[卖赚挣收]了?多少)|高(?:多少|出多少)|差(?:多少|额|距)|\bhow much (?:more|higher|bigger|larger)\b|\bdifference\b|\bgap\b|\bmargin\b", re.I)


def _difference_of_periods(ctx: Ctx, subjects: list[str], levels: list[str]) -> bool:
    """2018年1-7月的交易额比2013年全年多多少: two stated figures of one thing, one in each year asked, of periods
    that differ (seven months, a whole year): how far apart they are, worked out; no growth rate between them."""
    times = TIMES_ASKED.search(ctx.q.text)
    pair = _one_in_each_year(ctx, subjects, levels) if times or MORE_ASKED.search(ctx.q.text) else None
    if not pair or not _same_series(*pair):
        return False
    a, b = pair
    if SAME_PERIOD.search(ctx.q.text):  # 较2017年同期: the same months of 2017, which the graph does not hold
        ctx.ans.unrecognised.append(msg("same_period_not_held", ctx.lang, period=period_text(a["period"], ctx.lang),
                                        held=period_text(b["period"], ctx.lang)))
        return True
    if times:  # 是2013年全年的几倍: how many times the one figure is the other, as stated
        _computed(ctx, f"{a['num'] / b['num']:.2f}", round(a["num"] / b["num"], 2), None, f"{_num(a['num'])} / {_num(b['num'])} = {a['num'] / b['num']:.2f}")
    else:
        diff = a["num"] - b["num"]
        _computed(ctx, _figure_text(ctx, a, diff), diff, a["unit"], f"{_num(a['num'])} − {_num(b['num'])} = {_figure_text(ctx, a, diff)}")
    for f in (a, b):
        show_figure(ctx, f)
    ctx.note(_say(ctx, "两个数字的时期长短不同，只算差额或倍数，不算增长率", "the two figures cover periods of different length: "
                                                            "only the difference or ratio is worked out, no growth rate"))
    return True


# the same months of another year asked (同期, the same period of 2017, the same months last year)
SAME_PERIOD = lazyre.compile(r"同期|同一时期|同时段|\bsame (?:period|months?|stretch|time)\b|\bcorresponding (?:period|months)\b", re.I)
TIMES_ASKED = lazyre.compile(r"几倍|多少倍|\bhow many times\b|\btimes (?:as|bigger|larger|higher|more)\b", re.I)


def _one_in_each_year(ctx: Ctx, subjects: list[str], levels: list[str]) -> tuple[dict, dict] | None:
    """The one figure of each of two years asked, in the order asked, or None."""
    rows = [figure_rows(ctx, subjects, levels, [y]) for y in ctx.q.years] if len(ctx.q.years) == 2 and levels else []
    return (rows[0][0], rows[1][0]) if rows and all(len(r) == 1 for r in rows) else None


def _same_series(a: dict, b: dict) -> bool:
    """One thing's figures of one indicator in one unit, of periods of different length."""
    return (a["e"], a["indicator"], a["unit"]) == (b["e"], b["indicator"], b["unit"]) and ("year" in a["period"]) != ("year" in b["period"])


# the level a rate grew from asked (基数, the starting-year value it grew from)
BASE_ASKED = lazyre.compile(r"基数|基期|起点|起始年|\bstarting[- ]year\b|\bbase[- ]year\b|\bgrew from\b|\bgrown from\b|"
                            r"\bstarting (?:value|point|level|figure)\b", re.I)


def _base_asked(ctx: Ctx, subjects: list[str], levels: list[str], said: list[dict]) -> bool:
    """The 53.3% average annual growth: what did it grow from? The level of the first year of each rate's period
    (1266亿 in 2013), in place of the rates; said when the graph has none."""
    if not (said and BASE_ASKED.search(ctx.q.text)):
        return False
    starts = sorted({str(f["period"]["start"])[:4] for f in said if f["period"].get("start")})
    ctx.ans.answers, ctx.ans.notes = [], []  # the rates and how their sources worked them out are no answer here
    rows = figure_rows(ctx, subjects, levels, starts) if starts and levels else []
    _levels_shown_or_none(ctx, subjects, rows)
    return True


def _levels_shown_or_none(ctx: Ctx, subjects: list[str], rows: list[dict]) -> None:
    for f in rows:
        show_figure(ctx, f)
    if not rows:
        ctx.ans.unrecognised.append(msg("no_figure", ctx.lang, what=ctx.sep().join(ctx.label(s) for s in subjects)))


def _no_growth_found(ctx: Ctx, subjects: list[str], stated: list[str]) -> None:
    """No rate and no growth worked out: the periods the rates are of, when they are of others (grew 13.4% in
    2017: the rate is of January to July 2018), else no such figure."""
    if ctx.q.years and stated and figure_rows(ctx, subjects, stated, []):
        _no_year(ctx, subjects, list(dict.fromkeys(stated)))
    else:
        ctx.ans.unrecognised.append(msg("no_figure", ctx.lang, what=ctx.sep().join(ctx.label(s) for s in subjects)))


def _years_of_figures_given(ctx: Ctx, subjects: list[str], levels: list[str]) -> None:
    """用1266亿和7056亿自己算一下年均增速: two stated figures given by their words, and no two years said: the growth
    asked is between their years."""
    if len(ctx.q.years) >= 2 or not levels:
        return
    given = _years_given(ctx.q.text, figure_rows(ctx, subjects, levels, []))
    if len(given) == 2 and "" not in given:
        ctx.q.years = sorted(given)


def _years_given(text: str, rows: list[dict]) -> set[str]:
    """The years of the figures whose stated words (less 元) the text holds."""
    return {_period_year(f["period"]) for f in rows if f["stated"] and f["stated"].rstrip("元") in text}


def _stated_rates(ctx: Ctx, subjects: list[str], stated: list[str]) -> list[dict]:
    """The growth rates the graph states (of the one year asked, if one is), shown."""
    said = figure_rows(ctx, subjects, stated, ctx.q.years if len(ctx.q.years) == 1 else []) if stated else []
    said = _one_year_alone(ctx.q, said)
    said = _each_in_its_year(ctx.q, said, stated) or _in_the_years(ctx.q, said)
    rates = {f["indicator"] for f in said}
    said = [f for f in said if _rate_of_kind_asked(ctx, f["indicator"], rates)]
    said += _rate_named_by_value(ctx, subjects, stated, said)
    for f in _rates_ranked(ctx, said):
        show_figure(ctx, f)
    return said


WHICH_OF_RATES = lazyre.compile(r"哪个|哪一个|哪项|谁|\bwhich\b|\b(?:higher|lower|faster|slower|bigger|larger) (?:one|of the two)\b", re.I)


LOWER_ASKED = lazyre.compile(r"(?:哪个|哪一个|谁)(?:更|比较)?(?:低|少|慢|小)|\b(?:lower|slower|smaller)\b", re.I)


def _which_rate_asked(q: Question, said: list[dict]) -> bool:
    return bool(q.cues & {"compare", "less"}) and len({f["indicator"] for f in said}) >= 2 and WHICH_OF_RATES.search(q.text) is not None


def _rates_ranked(ctx: Ctx, said: list[dict]) -> list[dict]:
    """跨境电商同比增速和电商交易额年均增速哪个高: two rates of different figures, the one asked for first (the higher,
    or the lower when that is asked) and the order said, never left for the reader to work out."""
    if not _which_rate_asked(ctx.q, said):
        return said
    low = bool(ctx.q.cues & {"least", "less"} or LOWER_ASKED.search(ctx.q.text))
    ranked = sorted(said, key=lambda f: f["num"] if low else -f["num"])
    ctx.note(msg("computed", ctx.lang, how=(" < " if low else " > ").join(
        f"{ctx.label(f['e'])} {ctx.label(f['indicator'])} ({f['stated']})" for f in ranked)))
    return ranked


def _rate_named_by_value(ctx: Ctx, subjects: list[str], stated: list[str], said: list[dict]) -> list[dict]:
    """Is the 28.8% cross-border figure larger than the 2018 retail growth: a rate compared, named by its value
    instead of its year, is the one rate of its indicator with that value (none when it has no such rate)."""
    left = _one_rate_left(ctx.q, stated, said)
    given = set(_claimed_numbers(ctx.q)) if left else set()
    rows = [f for f in figure_rows(ctx, subjects, left, []) if f["num"] in given] if given else []
    return rows if len(rows) == 1 else []


def _one_rate_left(q: Question, stated: list[str], said: list[dict]) -> list[str]:
    """The one of two rates compared that has no figure of the year asked, or none."""
    left = [i for i in dict.fromkeys(stated) if i not in {f["indicator"] for f in said}]
    return left if q.cues & {"compare", "less"} and len(stated) == 2 and len(left) == 1 else []


def _in_the_years(q: Question, said: list[dict]) -> list[dict]:
    """The rates of the years asked: the rate of January to July never answers a whole year, nor the first half;
    2013 to 2017, never a 2018 rate."""
    said = _months_of_year(q, _whole_years(q, said))
    return [f for f in said if _within_years(f["period"], q.years)]


def _each_in_its_year(q: Question, said: list[dict], stated: list[str]) -> list[dict]:
    """2017年跨境电商增速和2018年前7月网络零售增速哪个高: two rates compared, each of its own year (one each, in the
    order the years are said), never a span from the first year to the second; [] otherwise."""
    if "compare" not in q.cues or len(set(q.years)) != 2:
        return []
    each = [rows for rows in (_rates_in_years(said, i, q.years) for i in dict.fromkeys(stated)) if rows]
    return sorted((rows[0] for rows in each), key=lambda f: -f["num"]) if _one_each_apart(each) else []  # higher first


def _rates_in_years(said: list[dict], ind: str, years: list[str]) -> list[dict]:
    """The rates of the indicator whose period lies in the years said (2013至2017 in 2013 and 2017)."""
    return [f for f in said if f["indicator"] == ind and _period_years(f["period"]) <= set(years)]


def _one_each_apart(each: list[list[dict]]) -> bool:
    """Two indicators with one rate each, of different periods."""
    return len(each) == 2 and all(len(rows) == 1 for rows in each) and \
        _period_years(each[0][0]["period"]) != _period_years(each[1][0]["period"])


def _period_years(period: dict) -> set[str]:
    """The years a period names (2018 of 2018-01 to 2018-07; 2013 and 2017 of 2013至2017)."""
    return {str(p)[:4] for p in (period.get("year"), period.get("start"), period.get("end")) if p}


def _period_year(period: dict) -> str:
    """The one year a period lies in (2018 of 2018-01 to 2018-07), else ""."""
    years = _period_years(period)
    return years.pop() if len(years) == 1 else ""


# the kinds of rate: year-on-year (同比) and average annual (年均); a question asking one is never given the other
RATE_KINDS = ((lazyre.compile(r"同比|year[- ]on[- ]year|\byoy\b|over the previous year|比上年", re.I), ("同比", "year-on-year")),
              (lazyre.compile(r"年均|平均每年|average annual|annual average|a year on average|\bcagr\b|compound", re.I), ("年均", "average annual")))
YEAR_ON_YEAR = RATE_KINDS[0][0]


def _rate_of_kind_asked(ctx: Ctx, ind: str, rates=frozenset()) -> bool:
    """A stated rate of a kind the question asks (year-on-year or average annual), any when it asks neither, or
    when the kind is said of another rate asked."""
    names = " ".join(ctx.kg.labels(ind).values()).lower()
    found = _rate_kinds_said(ctx.q.text)  # both: either
    return not found or any(any(w in names for w in words) for _, words in found) or \
        _kinds_said_of_others(ctx, ind, [r for r in rates if r != ind], [at for at, _ in found])


def _rate_kinds_said(text: str) -> list[tuple[int, tuple[str, str]]]:
    """(where, words) of each kind of rate the text says (同比, average annual)."""
    return [(m.start(), words) for pattern, words in RATE_KINDS for m in pattern.finditer(text)]


def _kinds_said_of_others(ctx: Ctx, ind: str, others: list[str], kinds_at: list[int]) -> bool:
    """The average annual growth of A higher than the growth of B: each kind word is nearer another rate asked,
    so B's rate is asked of no kind."""
    if not others:
        return False
    at = _rate_asked_at(ctx, ind)
    return all(min(abs(k - _rate_asked_at(ctx, o)) for o in others) < abs(k - at) for k in kinds_at)


def _within_years(period: dict, years: list[str]) -> bool:
    """A period inside the span of two or more years asked (any period when fewer are asked)."""
    if len(years) < 2:
        return True
    ends = [p[:4] for p in (period.get("year"), period.get("start"), period.get("end")) if p]
    if period.get("start") and period.get("end"):  # a rate over a span answers that span only (2013至2017 ≠ 2013到2018)
        return (ends[-2], ends[-1]) == (min(years), max(years))
    return bool(ends) and all(min(years) <= y <= max(years) for y in ends)


def _price_asked(ctx: Ctx, subjects, inds) -> bool:
    """A price's rise is asked: a price named, or nothing else with a growth of a thing that has prices."""
    return any(i in PRICE for i in ctx.q.indicators) or not inds and _has_price(ctx, subjects)


def _rates_and_levels(q: Question, inds: list[str]) -> tuple[list[str], list[str]]:
    """The stated growth rates of the figures asked, and the figures (levels) a growth is computed from:
    never growth rates or shares themselves; a rate named only by words such as average annual growth is the
    rate of a level named, never another's (of online retail: never e-commerce's)."""
    rates = set(GROWTH_OF.values())
    levels = [i for i in inds if i not in rates and i not in SHARE_OF.values()]
    stated = [GROWTH_OF[i] for i in inds if i in GROWTH_OF] + [i for i in inds if i in rates and _rate_of(q, i, levels)]
    return stated, levels or [k for k, v in GROWTH_OF.items() if v in stated]


def _rate_of(q: Question, rate: str, levels: list[str]) -> bool:
    """A rate named is asked: no level is named, it is a level's own, or it is named by its own name."""
    return not levels or rate in {GROWTH_OF.get(x) for x in levels} or not _word_of(q, rate)


ASKS_ONLY = lazyre.compile(r"\s*(?:请问|请教一下|请教|想问一下|想问问|问一下|please|pls|excuse me)\s*", re.I)  # 请问，…: no part of its own


def _level_also_asked(q: Question) -> bool:
    """A question in parts whose one part asks the figure itself (交易额多少？同比增长多少？)."""
    from .lexicon import CUES

    grow = [w for ws in CUES["growth"] for w in ws if w]
    parts = [p for p in re.split(r"[？?；;。，,、]|\band\b|[及和](?=同比|年均|增|占)", q.text.lower()) if p.strip() and not ASKS_ONLY.fullmatch(p)]
    return len(parts) > 1 and any(not any(w.lower() in p for w in grow) for p in parts)


EARNINGS_ASKED = lazyre.compile(r"多赚|赚了多少|挣了多少|多挣|收入增加|增收|\bearn(?:ed|s)? more\b|\bextra (?:income|earnings)\b|\badditional income\b", re.I)


def _price_rise(ctx: Ctx, subjects) -> bool:
    """The rise from the price before a model to the price after it (both stated), as a difference, a ratio
    and a percentage."""
    if EARNINGS_ASKED.search(ctx.q.text):
        return False  # 全县桔农一年多赚了多少钱: earnings, which no price gives
    rows = figure_rows(ctx, subjects, PRICE, [])
    before = [f for f in rows if f["indicator"].endswith("before-model")]
    after = [f for f in rows if f["indicator"].endswith("after-model")]
    if not (before and after):
        return False
    ctx.use("names", "indicators", "growth", "count", "share", "relations", "compare")  # 比原来贵了多少: the rise
    b, a = before[0], after[0]
    for f in (b, a):
        show_figure(ctx, f)
    diff, times = a["num"] - b["num"], a["num"] / b["num"]
    sym = ctx.kg.notation(a["unit"]) if ctx.lang == "zh" else ctx.label(a["unit"])
    ctx.add(_say(ctx, f"上涨 {_num(diff)} {sym}（是原来的 {_num(times)} 倍，涨幅 {_num((times - 1) * 100)}%）",
                 f"rose by {_num(diff)} {sym} ({_num(times)} times the earlier price, +{_num((times - 1) * 100)}%)"),
            value=str(diff), unit=a["unit"])
    ctx.note(msg("computed", ctx.lang, how=f"{_num(a['num'])} − {_num(b['num'])} = {_num(diff)}; "
                                           f"{_num(a['num'])} / {_num(b['num'])} = {_num(times)}; "
                                           f"({_num(a['num'])} − {_num(b['num'])}) / {_num(b['num'])} = {_num((times - 1) * 100)}%"))
    return True


def _yearly_pair(ctx: Ctx, subjects, inds) -> tuple[dict, dict] | None:
    """The first and last yearly figures (of the years asked, when two or more are)."""
    years = _pair_years(ctx.q.years)
    base = [f for f in figure_rows(ctx, subjects, inds, []) if "year" in f["period"]] if inds else []
    base = sorted((f for f in base if not years or f["period"]["year"] in years), key=lambda f: f["period"]["year"])
    return _one_series_ends(base)


def _pair_years(years: list[str]) -> list[str]:
    """The years a growth may run between: those asked, and for one year asked that year and the one before
    (never a series' start)."""
    return [years[0], str(int(years[0]) - 1)] if len(years) == 1 else years


def _one_series_ends(base: list[dict]) -> tuple[dict, dict] | None:
    """The first and last of one thing's figures of one indicator in two different years (two things in one
    year are no growth), never from a zero base."""
    same = [f for f in base if (f["e"], f["indicator"]) == (base[0]["e"], base[0]["indicator"])] if base else []
    if len(same) < 2 or same[0]["period"]["year"] == same[-1]["period"]["year"] or not same[0]["num"]:
        return None
    return same[0], same[-1]


def _growth_between_years(ctx: Ctx, subjects, inds, said: list[dict]) -> bool:
    """The growth from the first to the last yearly figure: total, times and compound annual rate; only when
    years are asked or no growth rate was stated; checked against a stated average rate when one is."""
    pair = _yearly_pair(ctx, subjects, inds)
    if not pair or (len(ctx.q.years) < 2 and said):
        return False
    a, b = pair
    ya, yb = int(a["period"]["year"]), int(b["period"]["year"])
    if yb - ya != 1 and YEAR_ON_YEAR.search(ctx.q.text):  # 同比 asked: 2013 to 2017 is no year on year
        return False
    for f in (a, b):
        show_figure(ctx, f)
    times = b["num"] / a["num"]
    total, cagr = (times - 1) * 100, (times ** (1 / (yb - ya)) - 1) * 100
    more = _figure_text(ctx, b, b["num"] - a["num"])  # the absolute increase, as well as the rates
    at = len(ctx.ans.answers)
    _computed(ctx, _say(ctx, f"{ya}年至{yb}年增加 {more}，增长 {_num(total)}%（{yb}年是{ya}年的 {_num(times)} 倍），年均增长 {_num(cagr)}%",
                        f"{ya} to {yb}: up {more}, {_num(total)}% ({_num(times)} times the {ya} figure), "
                        f"{_num(cagr)}% a year on average"),
              total, GXO + "Percent", f"{_num(b['num'])} − {_num(a['num'])} = {more}; "
                                      f"{_num(b['num'])} / {_num(a['num'])} = {_num(times)}; "
                                      f"{_num(b['num'])} / {_num(a['num'])} − 1 = {_num(total)}%; "
                                      f"({_num(b['num'])} / {_num(a['num'])})^(1/{yb - ya}) − 1 = {_num(cagr)}%")
    _check_stated_rate(ctx, said, cagr)
    _recomputed_first(ctx, at)
    _average_yearly_increase(ctx, a, b, yb - ya)
    _times_checked(ctx, times, ya, yb)
    return True


def _recomputed_first(ctx: Ctx, at: int) -> None:
    """If I recompute it from the two figures: the figure worked out (answer at), first."""
    if RECOMPUTE.search(ctx.q.text) and not STATED_TOO.search(ctx.q.text):  # does it match the stated one: that first
        ctx.ans.answers.insert(0, ctx.ans.answers.pop(at))


STATED_TOO = lazyre.compile(r"\bstated (?:rate\b|figure\b|\d)|\bmatch|\bderivation\b|原文|对得上|一致", re.I)
RECOMPUTE = lazyre.compile(r"\b(?:recompute|recalculate|re-?calculate|re-?compute|work (?:it )?out (?:myself|ourselves|again)|redo)\b|重新计算|重算|自己算", re.I)


# how many times the earlier figure a yes/no question sets the later one against (more than 5 times, 5倍以上)
TIMES_BOUND = (lazyre.compile(r"\b(?P<way>more than|over|at least|less than|under|fewer than|at most)\s+(?P<n>\d+(?:\.\d+)?)\s*(?:times|-fold|fold)\b", re.I),
               lazyre.compile(r"(?P<pre>超过|超出|不到|不足|达到|至少)?(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*倍(?P<post>以上|多|以下|之多)?"))
TIMES_BELOW = ("less than", "under", "fewer than", "at most", "不到", "不足", "以下")


def _times_bound(q: Question):
    """The match of a bound in times in a yes/no question (more than 5 times), or None."""
    return next(filter(None, (p.search(q.text) for p in TIMES_BOUND)), None) if "yesno" in q.cues else None


def _times_verdict(said: dict, times: float, n: float) -> bool:
    """The ratio set against the bound said: below it, at least it, or above it."""
    words = {said.get(k) for k in ("way", "pre", "post")}
    if words & set(TIMES_BELOW):
        return times < n
    return times >= n if words & {"at least", "达到", "至少"} else times > n


def _times_checked(ctx: Ctx, times: float, ya: int, yb: int) -> None:
    """Was the later figure more than N times the earlier: yes or no by the ratio worked out, first."""
    m = _times_bound(ctx.q)
    if not m:
        return
    yes = _times_verdict(m.groupdict(), times, float(_small_number(m.group("n"))))  # 五倍以上: 5
    ctx.use("compare", "threshold", "yesno", "less")
    before = len(ctx.ans.answers)
    ctx.add(_say(ctx, f"{'是' if yes else '否'}：{yb}年是{ya}年的 {_num(times)} 倍", f"{'yes' if yes else 'no'}: {yb} was "
                 f"{_num(times)} times {ya}"), value=f"{times:.2f}", unit=None)
    ctx.ans.answers.insert(0, ctx.ans.answers.pop(before))


# an increase each year on average (平均每年增加多少亿元, by how much did it rise each year on average)
PER_YEAR = lazyre.compile(r"平均每年|每年平均|年均增加|年均增长额|\beach year\b|\bper year\b|\ba year\b|\bannually\b|\byearly\b", re.I)


def _average_yearly_increase(ctx: Ctx, a: dict, b: dict, years: int) -> None:
    """平均每年增加多少: the absolute increase spread over the years between the two figures, first, marked as
    computed (the compound rate answers 年均增长率, not this)."""
    if "per" not in ctx.q.cues or not PER_YEAR.search(ctx.q.text):
        return
    ctx.use("per")
    step = (b["num"] - a["num"]) / years
    before = len(ctx.ans.answers)
    _computed(ctx, _say(ctx, f"平均每年增加 {_figure_text(ctx, b, step)}", f"on average up {_figure_text(ctx, b, step)} a year"),
              step, b["unit"], f"({_num(b['num'])} − {_num(a['num'])}) / {years} = {_num(step)}")
    ctx.ans.answers.insert(0, ctx.ans.answers.pop(before))


def _check_stated_rate(ctx: Ctx, said: list[dict], cagr: float) -> None:
    """A stated average annual rate set against the one computed (does the stated figure check out?)."""
    for f in said:
        if f["indicator"].endswith("average-annual-growth"):
            gap = cagr - f["num"]
            ctx.use("verify")
            ctx.note(_say(ctx, f"原文为 {_num(f['num'])}%，按两年数据计算为 {_num(cagr)}%，相差 {_num(gap)} 个百分点",
                          f"stated {_num(f['num'])}%, computed {_num(cagr)}% from the two years' figures: "
                          f"a difference of {_num(gap)} percentage points"))


def _has_price(ctx, subjects):
    return bool(figure_rows(ctx, subjects, PRICE, [])) if subjects else False


def _share_subjects(ctx: Ctx) -> list[str]:
    subjects = _figure_subjects(ctx) or [GUANGXI]
    return subjects if all(ctx.is_a(s, "Place") for s in subjects) else [s for s in subjects if ctx.is_a(s, "Place")] or [GUANGXI]


# words right before the name of the whole a share is of (what share of B were A; A占B的比重)
WHOLE_BEFORE = lazyre.compile(r"(?:\b(?:share|percentage|proportion|percent|fraction) of(?: the)?|占|相当于|是)\s*$", re.I)


def _part_and_whole(ctx: Ctx, ind: str) -> list[dict] | None:
    """The two things' figures of one period, the part first and the whole (named after "share of", 占) last."""
    named = [n for n in ctx.q.names if n.iri != GUANGXI]
    named = sorted(named, key=lambda n: WHOLE_BEFORE.search(ctx.q.text[:n.start]) is not None)
    pair = [_one_figure(ctx, n.iri, ind) for n in named] if len(named) == 2 else []
    ok = len(pair) == 2 and None not in pair and pair[0]["period"] == pair[1]["period"] and pair[1]["num"]
    return pair if ok else None


# a share of things that have something (what percentage of service stations have a logistics outlet, 多少比例的站点
# 配有物流网点): a property of each of them, which no count divided by another gives
MEMBERS_HAVING = lazyre.compile(r"\b(?:percentage|percent|share|proportion|fraction|how many) of (?:the |all )?(?:[\w-]+ ){1,4}?(?:that |which )?"
                                r"(?:have|has|had|come with|are equipped with|possess|also have|also run|run|operate|host)\s+(?:an? |their own |its own )"
                                r"|(?:比例|比重|占比|百分之几|几成)的?[\u4e00-\u9fff]{2,8}(?:配有|配备|带有|设有|也有|都有)", re.I)


def _share_of_two(ctx: Ctx, ind: str) -> bool:
    """One thing's figure as a percentage of another's (汉塘村果苗的销售额相当于百色芒果的百分之几): the first named over
    the second, of the same period, marked as computed."""
    pair = _part_and_whole(ctx, ind)
    if not pair:
        return False
    ctx.use("names", "indicators", "share", "years", "count", "compare")
    for f in pair:
        show_figure(ctx, f)
    pct, said, how = _percent_worked_out(ctx, *pair)
    _computed(ctx, said, pct, GXO + "Percent", how + _bound_note(ctx, pair, added=False))
    return True


def _percent_worked_out(ctx: Ctx, part: dict, whole: dict) -> tuple[float, str, str]:
    """The first figure as a percentage of the second, or (比…多百分之几, how many percent more) the excess over it:
    the value, what is said, and the arithmetic."""
    a, b = part["num"], whole["num"]
    if PERCENT_MORE.search(ctx.q.text):
        pct = (a - b) / b * 100
        return pct, _say(ctx, f"多约 {pct:.1f}%", f"about {pct:.1f}% more"), f"({_num(a)} − {_num(b)}) / {_num(b)} = {pct:.1f}%"
    pct = a / b * 100
    return pct, _say(ctx, f"约 {pct:.1f}%", f"about {pct:.1f}%"), f"{_num(a)} / {_num(b)} = {pct:.1f}%"


# how many percent more one figure is than another (多百分之几, 高出百分之多少, how many percent more): the excess
PERCENT_MORE = lazyre.compile(r"(?:多|高)出?(?:了)?(?:卖|赚|挣|销售|售出)?(?:了)?(?:百分之几|百分之多少|多少百分比|几成)|\bhow many percent (?:more|higher|bigger|larger)\b|"
                              r"\bby (?:what|how many) percent(?:age)?\b|\bpercent(?:age)? (?:more|higher|larger|bigger)\b", re.I)


def _stated_share(ctx: Ctx, subjects, inds) -> bool:
    """The share the graph states (11% of imports and exports), when no second figure is named."""
    stated = list(dict.fromkeys(SHARE_OF[i] for i in inds if i in SHARE_OF))  # each share asked (两个占比，各是多少)
    named = [i for i in inds if SHARE_OF.get(i) == i and i in ctx.q.at]  # 占进出口总额: the stated share's own whole said
    if not named and (not stated or any(i not in SHARE_OF for i in inds)):
        return False
    stated = named or stated
    rows = figure_rows(ctx, subjects, stated, ctx.q.years)
    for f in rows:
        show_figure(ctx, f)
    return bool(rows)


def _computed_share(ctx: Ctx, subjects, inds) -> bool:
    """One figure as a share of another of the same period and unit (the broader one is the total)."""
    part_i, total_i = _part_then_total(ctx.q, inds)
    everyone = list(dict.fromkeys(subjects + [n.iri for n in ctx.q.names]))  # 柳州螺蛳粉销售额 … 广西电商交易额: each its own
    totals = figure_rows(ctx, everyone, [total_i], ctx.q.years)
    for p in figure_rows(ctx, everyone, [part_i], ctx.q.years):
        t = next((t for t in totals if t["period"] == p["period"] and t["unit"] == p["unit"]), None)
        if t:
            _share_worked_out(ctx, p, t)
    return bool(ctx.ans.answers)


TOTAL_AFTER = lazyre.compile(r"相当于|占|是|share of|percent(?:age)? of|proportion of|fraction of", re.I)


def _part_then_total(q: Question, inds: list[str]) -> tuple[str, str]:
    """The part's indicator and the total's: the total the one named after 占 / 是…的 / share of (百色芒果销售额是跨境电商
    交易额的百分之几), else the broader (e-commerce volume holds cross-border and online retail), else the second."""
    pair = inds[:2]
    broad = IND + "ecommerce-transaction-volume"  # holds cross-border and online retail: always the total
    total = broad if broad in pair else _named_as_total(q, pair)
    return (pair[0], pair[1]) if total is None else (next(i for i in pair if i != total), total)


def _named_as_total(q: Question, pair: list[str]) -> str | None:
    """The indicator placed as the whole: named after 占 / 是 / share of, or the other of one named before it."""
    anchor = TOTAL_AFTER.search(q.text)
    side = {i: q.at[i] >= anchor.end() for i in pair if i in q.at} if anchor else {}  # True: named after it
    if not side or len(set(side.values())) != len(side):  # neither placed, or both on one side
        return None
    named = next(iter(side))
    return named if side[named] else next(i for i in pair if i != named)


def _share_worked_out(ctx: Ctx, p: dict, t: dict) -> None:
    """The part as a percentage of the total, both shown; each named with its subject when they differ."""
    show_figure(ctx, p)
    show_figure(ctx, t)
    pct = p["num"] / t["num"] * 100
    when = period_text(p["period"], ctx.lang)
    part, total = ((f"{ctx.label(f['e'])} " if p["e"] != t["e"] else "") + ctx.label(f["indicator"]) for f in (p, t))
    bound = _say(ctx, "（原文数字为约数或下限，比例仅为约数）", " (a stated figure is a bound or an approximation: so is the share)") \
        if any(f["ob_fmt"]["qualifier"] for f in (p, t)) else ""
    _computed(ctx, _say(ctx, f"{when}{part}占{total}的 {_num(pct)}%", f"{part} was {_num(pct)}% of {total} ({when})"),
              pct, GXO + "Percent", f"{_num(p['num'])} / {_num(t['num'])} = {_num(pct)}%{bound}", when)


# the word after which a share's whole is named (相当于2017年全年的百分之几, what share of 2017's volume)
WHOLE_AFTER = lazyre.compile(r"相当于|占|是(?=(?:19|20)?\d{2}年)|share of|percent(?:age)? of|proportion of|fraction of", re.I)


def _share_between_periods(ctx: Ctx, subjects: list[str], ind: str) -> bool:
    """One figure as a share of the same figure of another period (2018年前7个月相当于2017年全年的百分之几):
    the whole is the period named after 相当于 / share of; computed, with both figures."""
    part_y, whole_y = _part_and_whole_years(ctx.q)
    part, whole = (_one_of_year(ctx, subjects, ind, y) for y in (part_y, whole_y))
    if not (part and whole) or part["unit"] != whole["unit"]:
        return False
    ctx.use("full_year")
    show_figure(ctx, part)
    show_figure(ctx, whole)
    pct = part["num"] / whole["num"] * 100
    a, b = (period_text(f["period"], ctx.lang) for f in (part, whole))
    _computed(ctx, _say(ctx, f"{a}相当于{b}的 {_num(pct)}%", f"{a} was {_num(pct)}% of {b}"), pct, GXO + "Percent",
              f"{_num(part['num'])} / {_num(whole['num'])} = {_num(pct)}%")
    return True


def _part_and_whole_years(q: Question) -> tuple[str | None, str | None]:
    """The year of the part and the year of the whole (the first named after 相当于 / share of)."""
    anchor = WHOLE_AFTER.search(q.text)
    after = [y for y in q.years if anchor and _year_at(q.text, y) >= anchor.end()]
    whole_y = min(after, key=lambda y: _year_at(q.text, y), default=None)
    return (next((y for y in q.years if y != whole_y), None) if whole_y else None), whole_y


def _year_at(text: str, y: str) -> int:
    at = text.find(y)
    return at if at >= 0 else text.find(y[2:] + "年")


def _one_of_year(ctx: Ctx, subjects: list[str], ind: str, y: str | None) -> dict | None:
    """The one figure of a year (its whole year when it has more than one)."""
    rows = figure_rows(ctx, subjects, [ind], [y]) if y else []
    if len(rows) > 1:
        rows = [f for f in rows if _whole_year(f["period"])]
    return rows[0] if len(rows) == 1 else None


@intent("count_share", {"zh": ["47个示范县占全区县级行政区总数的百分之多少？", "广西所有县级行政区里，市辖区占了百分之多少？"],
                        "en": ["What share of Guangxi's county-level units are the 47 national rural e-commerce demonstration counties?"]})
def count_share(ctx: Ctx):
    """A count's share of the places of a kind: the number a source states (47 demonstration counties) or the places
    of a narrower kind (市辖区), over the places of the kind named (县级行政区) counted within the place named (Guangxi
    when none), marked as computed with both numbers and where each comes from."""
    q = ctx.q
    whole = _whole_kind(q) if "share" in q.cues and not q.years and _places_beside_guangxi(ctx) <= 1 else None  # 贵港和贺州…占全区: not one place's
    part = (_stated_part(ctx) or _counted_part(ctx, whole) or _place_part(ctx, whole)) if whole else None
    place = _share_place(ctx, whole)
    n_whole = _count_within(ctx, whole, place, q.excluded) if part else 0  # 县（不含市辖区和县级市）: 60, not 111
    if not n_whole or part[1] > n_whole:  # a share of the places counts no more than all of them
        return False
    ctx.use("names", "indicators", "share", "classes", "count", "total")
    label, n_part = part
    share = n_part / n_whole * 100
    _computed(ctx, _say(ctx, f"约 {share:.1f}%", f"about {share:.1f}%"), share, GXO + "Percent",
              _say(ctx, f"{label} {n_part:g} ÷ 图谱中{ctx.label(place)}的{whole[0]} {n_whole} = {share:.1f}%",
                   f"{label} {n_part:g} / {n_whole} {whole[0]} of {ctx.label(place)} in the graph = {share:.1f}%"))
    return True


def _places_beside_guangxi(ctx: Ctx) -> int:
    return sum(1 for n in ctx.q.names if ctx.is_a(n.iri, "Place") and n.iri != GUANGXI)


def _place_named(ctx: Ctx) -> str:
    """The first place the question names other than Guangxi, Guangxi when none."""
    return next((n.iri for n in ctx.q.names if ctx.is_a(n.iri, "Place") and n.iri != GUANGXI), GUANGXI)


def _whole_kind(q: Question) -> tuple[str, str] | None:
    """The class word of the whole: one not narrowed by a name's end (县级行政区, not 市辖区)."""
    from .lexicon import CLASS_NAME_END, CLASS_NAME_FILTER

    wide = [k for k in q.kinds if k[0] not in CLASS_NAME_END and k[0] not in CLASS_NAME_FILTER and k[1] in PLACE_CLASSES]
    return max(wide, key=q.kinds.count) if wide else None  # 桂林一个市的县级单位占全区县级单位: the kind said twice


def _stated_part(ctx: Ctx) -> tuple[str, float] | None:
    """The one count a source states that the question names (47 demonstration counties), shown with its sentence."""
    rows = [f for f in figure_rows(ctx, [], _hard(ctx.q), []) if f["unit"] == GXO + "Count"] if _hard(ctx.q) else []
    if len(rows) != 1 or not _counts_places(ctx, rows[0]["indicator"]):
        return None
    show_figure(ctx, rows[0])
    return ctx.label(rows[0]["indicator"]), rows[0]["num"]


def _counts_places(ctx: Ctx, indicator: str) -> bool:
    """The indicator counts places of the whole's kind: its Chinese name says so (…示范县数量: 县 of 县级行政区)."""
    kind = ctx.kg.labels(GXO + _whole_kind(ctx.q)[1]).get("zh", "")
    return any(ch in (ctx.kg.labels(indicator).get("zh") or "") for ch in kind if ch not in "级行政")


def _counted_part(ctx: Ctx, whole: tuple[str, str]) -> tuple[str, float] | None:
    """The places of the narrower kind named besides the whole's (市辖区 among 县级行政区), counted."""
    narrow = [k for k in ctx.q.kinds if k != whole and k[1] == whole[1]]
    if len(narrow) != 1 or _hard(ctx.q):
        return None
    place = _place_named(ctx)
    return narrow[0][0], _count_within(ctx, narrow[0], place)


def _share_place(ctx: Ctx, whole: tuple[str, str] | None) -> str:
    """Where the whole is counted: the place named, or Guangxi when a place's own units are the part (桂林的县级单位
    占全区的)."""
    return GUANGXI if whole and _place_part(ctx, whole) else _place_named(ctx)


def _place_part(ctx: Ctx, whole: tuple[str, str]) -> tuple[str, float] | None:
    """桂林的县级单位占全区县级单位的百分之几: the same kind said twice, the one place named (no Guangxi) holding the
    part, Guangxi the whole."""
    place = _place_named(ctx)
    guangxi_said = any(n.iri == GUANGXI for n in ctx.q.names) or ctx.q.kinds.count(whole) > 1  # 占全区县级单位: Guangxi's
    if not guangxi_said or place == GUANGXI or _hard(ctx.q):
        return None
    return f"{ctx.label(place)}{_say(ctx, '的', ' ')}{whole[0]}", _count_within(ctx, whole, place)


def _count_within(ctx: Ctx, kind: tuple[str, str], place: str, left_out: list[str] = ()) -> int:
    """How many places of a kind (its class, narrowed by its word) lie within a place, less the kinds left out."""
    cond = "\n  ".join(["?x gxo:locatedIn+ ?n0 .", _kind_filter(kind[0])] + [_left_out(end) for end in dict.fromkeys(left_out)])
    rows = ctx.run(query("count", cond), {"class": _classes(ctx, kind[1]), "n0": [_node(place)]})
    return int(rows[0]["n"].value) if rows else 0


@intent("share", {"zh": ["2017年广西跨境电商交易额占进出口总额的比重是多少？",
                         "2017年跨境电商交易额占广西电子商务交易额的比重是多少？"],
                  "en": ["What share of Guangxi's imports and exports was cross-border e-commerce in 2017?",
                         "What share of Guangxi's e-commerce transaction volume was online retail in January to July 2018?"]})
def share(ctx: Ctx):
    q = ctx.q
    if "share" not in q.cues or not q.indicators or not _figure_asked(q) or _figures_compared(q):
        return False
    if WHOLE_COUNTED.search(q.text):
        return False  # the whole worked back from the share: the whole reading's
    if MEMBERS_HAVING.search(q.text):
        ctx.ans.unrecognised.append(msg("not_stated", ctx.lang))
        return True  # what share of the stations have an outlet: which of them do is stated nowhere, never one count over the other
    if len(q.indicators) == 1 and _share_of_two(ctx, q.indicators[0]):
        return True
    subjects = _share_subjects(ctx)
    _whole_given_by_number(ctx, subjects)
    ctx.use("names", "indicators", "share", "years", "count", *(("per",) if q.words.get("per", "").lower() in DIVIDED else ()))
    if not _share_found(ctx, subjects, [i for i in q.indicators if not _asked_after(ctx, i, _share_at(q))]):
        ctx.ans.unrecognised.append(msg("no_figure", ctx.lang, what=ctx.sep().join(ctx.label(s) for s in subjects)))
    else:
        _share_checked(ctx)
        _whole_years_shown(ctx)
    _part_asked_first(ctx, subjects)
    _asked_after_the_share(ctx, subjects)
    return True


def _asked_after_the_share(ctx: Ctx, subjects: list[str]) -> None:
    """…占全国比重多少、在西部省份排第几: a figure of another kind named after the share and asked for (its rank) is
    one more part, shown after it, never dropped."""
    share_at = _share_at(ctx.q)
    later = [i for i in _hard(ctx.q) if _asked_after(ctx, i, share_at)]
    for f in figure_rows(ctx, subjects, later, ctx.q.years) if later else []:
        show_figure(ctx, f)


def _share_at(q: Question) -> int:
    """Where the share is named: its own figure's word (占全国店铺数的比重), else the word share (占全国比例)."""
    return max((q.at.get(i, -1) for i in q.indicators if i in SHARE_OF.values()), default=q.at.get("share", -1))


def _asked_after(ctx: Ctx, i: str, share_at: int) -> bool:
    """Indicator i, of no share, not shown yet, is named after the share and asked for."""
    at = ctx.q.at.get(i, -1)
    return share_at >= 0 and at > share_at and i not in ctx.shown and i not in SHARE_OF.keys() | set(SHARE_OF.values()) \
        and FIGURE_OR_RANK_ASKED.search(ctx.q.text[at:]) is not None and CLAUSE_BREAK.search(ctx.q.text[share_at:at]) is not None


# a part asked after the share is in a clause of its own (占全国比例、在西部排第几), never the whole the share is of
CLAUSE_BREAK = lazyre.compile(r"[、，,;；?？]|\band\b", re.I)


FIGURE_OR_RANK_ASKED = lazyre.compile(r"多少|几|分别|各是|\bhow (?:many|much|big|large)\b|\bwhat\b|\brank|\brespectively\b", re.I)


def _whole_given_by_number(ctx: Ctx, subjects: list[str]) -> None:
    """425亿 of cross-border over the 7056亿 total: a number the question gives that one other figure of the things
    asked states (not a percent) names that figure as the whole, never the whole a stated share is of."""
    q = ctx.q
    given = [g for g in _numbers_written(q) if not g[2] and g[1]] if len(q.indicators) == 1 else []
    found = {f["indicator"] for f in _figures_written(ctx, given, subjects)} - set(q.indicators) if given else set()
    if len(found) == 1:
        q.indicators.append(found.pop())


DIVIDED = ("除以", "divided by", "divide by")  # 用528亿除以4220亿: how the share is worked out
# the whole a share is of, counted (那全国店铺大约有多少家): a number worked back from the share, which no reading gives
WHOLE_COUNTED = lazyre.compile(r"(?:全国|全省|全区|整个)[\u4e00-\u9fff]{0,6}(?:大约|大概|一共|总共)?(?:是|有)?多少(?:家|个|人|户|亿)|"
                               r"\bhow many [\w\s-]{0,30}\b(?:nationwide|in (?:all of )?china|in the whole country)\b", re.I)


def _whole_years_shown(ctx: Ctx) -> None:
    """全年电商交易额: every figure shown is of a whole year, as said."""
    periods = _periods_shown(ctx)
    if periods and all(re.fullmatch(r"(?:19|20)\d\d年?", p) for p in periods):
        ctx.use("full_year")


def _figures_compared(q: Question) -> bool:
    """A share and another figure set against each other (占进出口总额的比重和农村电商覆盖率哪个高), or ranked with
    others (覆盖率、贡献率、占进出口比重这三个百分比哪个最高): a comparison."""
    return "compare" in q.cues and len(q.indicators) >= 2 or bool(q.cues & {"most", "least"}) and len(_no_share_parts(q.indicators)) >= 3


def _one_word_names(q: Question, inds: list[str]) -> bool:
    """Two figures asked, both read from one word (the highest price: the price before and after the model)."""
    return len(inds) == 2 and len({q.at.get(i) for i in inds}) == 1 and None not in {q.at.get(i) for i in inds}


def _share_checked(ctx: Ctx) -> None:
    """What share was exports: never the share of imports and exports; what share of China's shops are in
    Guangxi: the share names the country."""
    q = ctx.q
    if _part_of_combined(ctx, sorted(ctx.shown)):
        ctx.ans.answers = []
    elif _said_of_the_country(ctx, q.indicators + [s for s, part in SHARE_PARTS.items() if part in q.indicators]):
        ctx.use("national", "whole")  # of all shops nationwide: the whole the share is of


def _part_asked_first(ctx: Ctx, subjects: list[str]) -> None:
    """How many online shops did Guangxi have, and what share of the national total was that: the part's own
    figure, asked before its share, is given as well (never dropped for the share)."""
    for share, part in SHARE_PARTS.items():
        if _asked_before_its_share(ctx.q, share, part) and part not in ctx.shown:
            n = len(ctx.ans.answers)
            for f in figure_rows(ctx, subjects, [part], ctx.q.years):
                show_figure(ctx, f)
            ctx.ans.answers[:] = ctx.ans.answers[n:] + ctx.ans.answers[:n]  # in the order asked


def _asked_before_its_share(q: Question, share: str, part: str) -> bool:
    """The part's figure named, and asked for, before its share is (How many shops …, and what share …)."""
    at, share_at = q.at.get(part), q.at.get(share, q.at.get("share", 0))
    both = _share_said(q, share, part) and part in q.indicators
    return both and at is not None and at < share_at and bool(FIGURE_ASKED.search(q.text[:share_at]) or _each_asked(q, at, share_at))


def _each_asked(q: Question, at: int, share_at: int) -> bool:
    """…的数量、在全国店铺中的占比，分别是: the part is an item of its own (a break before the share) and the items are
    asked together at the end; never the part a share is said of (跨境电商交易额占…的比重，各是多少)."""
    return CLAUSE_BREAK.search(q.text[at:share_at]) is not None and EACH_ASKED.search(q.text[share_at:]) is not None


# the figures listed, then asked for together at the end (…的数量、占比，分别是？)
EACH_ASKED = lazyre.compile(r"分别|各是|各为|\brespectively\b", re.I)


def _share_said(q: Question, share: str, part: str) -> bool:
    """The share named by its own figure's words, or by the word share alone (开了多少家、占全国比例)."""
    return share in q.indicators or SHARE_OF.get(part) == share and "share" in q.cues


# a figure asked before a share is (how many, how much, 多少)
FIGURE_ASKED = lazyre.compile(r"多少|几|\bhow (?:many|much|big|large)\b|\bwhat (?:was|is|were|are) the\b|\b(?:the )?(?:number|count) of\b", re.I)


def _share_found(ctx: Ctx, subjects: list[str], inds: list[str]) -> bool:
    """The share stated, worked out from two figures, or of one figure in two periods."""
    if _stated_share(ctx, subjects, inds) or len(inds) >= 2 and _computed_share(ctx, subjects, inds):
        return True
    return len(inds) == 1 and len(ctx.q.years) == 2 and _share_between_periods(ctx, subjects, inds[0])


# ------------------------------------------------------------------------------ comparisons and superlatives
def _one_of_places_asked(ctx: Ctx) -> bool:
    """Three places or more, the words 还是 / or between the last ones, no figure."""
    q = ctx.q
    return len(q.names) >= 3 and q.words.get("compare", "").lower() in ("还是", "or") and not _hard(q) and \
        all(ctx.is_a(n.iri, "Place") for n in q.names)


@intent("which_of", {"zh": ["博白县属于玉林市还是钦州市？"], "en": ["Is Bobai in Yulin or Qinzhou?"]})
def which_of(ctx: Ctx):
    """A place asked to lie in one of several (博白是玉林的还是钦州的): the ones it lies in, from the places above it."""
    q = ctx.q
    if not _one_of_places_asked(ctx):
        return False
    e, options = q.names[0].iri, [n.iri for n in q.names[1:]]
    above = _ancestor_set(ctx, e)
    ctx.use("names", "compare", "yesno", "relations", "where", "within", "list")
    for o in options:
        if o in above:
            ctx.add(ctx.label(o), o)
    if not ctx.ans.answers:
        ctx.ans.unrecognised.append(msg("not_stated", ctx.lang))
    ctx.cite(ctx.kg.entity_evidence_iris(e))
    return True


@intent("compare", {"zh": ["2017年南宁香蕉和百色芒果哪个销售额更高？", "2017年哪个产品的销售额最高？",
                           "2017年销售额排名前两位的产品是哪些？"],
                    "en": ["Which had larger sales in 2017, Baise mango or Liuzhou river-snail rice noodles?",
                           "Which product had the highest annual sales in 2017?",
                           "What are the top 2 products by annual sales?"]})
def compare(ctx: Ctx):
    q = ctx.q
    if not (q.cues & {"compare", "most", "least", "less"}) or not q.indicators or not _figure_asked(q):
        return False
    inds = _no_share_parts([i for i in q.indicators if i not in PRICE] or q.indicators)
    subjects = [n.iri for n in q.names if not _describes_figure(ctx, [n.iri])]  # cross-border e-commerce's share: Guangxi's
    if len(subjects) <= 1 and (q.cues & {"compare", "less"} or _periods_ranked(q)):  # one thing: two of its figures, or periods
        done = _compare_within_one(ctx, subjects, inds)
        if done is not None:
            return done
    if len(subjects) <= 1 and (len(inds) >= 3 or _one_word_names(q, inds)) and q.cues & {"most", "least"}:  # 这三个累计数哪个最大
        return _rank_figures_of_one(ctx, subjects, inds)
    subjects = _as_many_as_said(ctx, _without_left_out(ctx, _compared_subjects(ctx, subjects, inds)), inds)
    if subjects is None:
        return True  # 那三个特产里: four hold the figure, and nothing says which three
    if len(subjects) < 2 and q.cues & {"most", "least"}:
        return _alone_in_place(ctx, subjects, inds)  # the highest among western provinces, Guangxi's figure alone: nothing to rank
    return bool(subjects) and _compare_subjects(ctx, subjects, inds)


def _as_many_as_said(ctx: Ctx, subjects: list[str], inds: list[str]) -> list[str] | None:
    """销售额“突破”的那三个特产里: the things ranked are as many as the question says, narrowed by a bound word said
    of their figures (those stated as broken through); else which ones are meant is not known, and said so."""
    said = None if ctx.q.names else _number_said_of_kind(ctx.q, ctx.q.kinds)
    kept = subjects if said in (None, len(subjects)) else _bound_as_said(ctx, subjects, inds)
    if said in (None, len(kept)):
        return kept
    named = ctx.sep().join(ctx.label(s) for s in subjects)
    ctx.ans.unrecognised.append(_say(ctx, f"问题说的是{said}个，图谱中有这项数据的共{len(subjects)}个（{named}），无法确定指的是哪{said}个",
                                     f"the question speaks of {said}; {len(subjects)} hold this figure ({named}), and which {said} are meant is not known"))
    return None


def _bound_as_said(ctx: Ctx, subjects: list[str], inds: list[str]) -> list[str]:
    """The things whose figure is stated as broken through, when the question picks them out so (销售额“突破”的)."""
    bounded = {f["e"] for f in figure_rows(ctx, subjects, inds, ctx.q.years) if _open_above(f)} if BOUND_AS_KIND.search(ctx.q.text) else set()
    return [s for s in subjects if s in bounded]


# a bound word said of the figures that picks out the things (销售额“突破”的那三个, the three whose sales broke through)
BOUND_AS_KIND = lazyre.compile(r"[“\"'‘]?(?:突破|超过|破)[”\"'’]?(?:了)?的|\b(?:broke through|exceeded|topped)\b(?!\s*(?:the\s+)?[\d¥])", re.I)


def _without_left_out(ctx: Ctx, ranked: list[str]) -> list[str]:
    """除了南宁香蕉，哪个最高: the things ranked without those left out (two named beside them: compared as named)."""
    kept = ranked if len(ctx.q.names) >= 3 else [s for s in ranked if s not in ctx.q.besides]
    if len(kept) < len(ranked):
        ctx.use("besides")
    return kept


def _alone_in_place(ctx: Ctx, subjects: list[str], inds: list[str]) -> bool:
    """The one thing of the place named with the figure (its figure shown, nothing ranked), or none of them
    having it (refused, saying so); anything else is no answer."""
    if ctx.ans.unrecognised or not _only_one_said(ctx):
        return bool(ctx.ans.unrecognised)
    ctx.use("names", "indicators", "years", "most", "least", "list", "classes", "relations")
    ctx.add(ctx.label(subjects[0]), subjects[0])
    for f in figure_rows(ctx, subjects, inds, ctx.q.years):
        show_figure(ctx, f)
    return True


def _only_one_said(ctx: Ctx) -> bool:
    """The answer already says only one thing of the place has the figure."""
    start = msg("only_one_with_figure", ctx.lang, thing="\0", place="\0").split("\0")[0]
    return any(n.startswith(start) for n in ctx.ans.notes)


def _no_share_parts(inds: list[str]) -> list[str]:
    """The figures compared, less the part a share named beside it is of (跨境电商交易额占进出口总额的比重: the share)."""
    return [i for i in inds if not any(SHARE_PARTS.get(s) == i for s in inds)]


def _periods_ranked(q: Question) -> bool:
    """2013年、2017年、2018年1-7月，哪个最高: the periods named are ranked (one figure; never which year of all)."""
    return bool(q.cues & {"most", "least"}) and len(q.years) >= 2 and len(_hard(q)) == 1


def _compare_within_one(ctx: Ctx, subjects: list[str], inds: list[str]) -> bool | None:
    """Two figures of one thing, or one figure of it in two periods; None when neither is asked."""
    q = ctx.q
    one = _one_figure_subject(ctx, subjects) if len(inds) == 2 else None
    if one:
        return _compare_figures(ctx, one, inds)
    if len(_hard(q)) == 1 and len(q.years) >= 2:
        return _compare_periods(ctx, subjects or _figure_subjects(ctx) or [GUANGXI], _hard(q)[0])
    return None


def _one_figure_subject(ctx: Ctx, subjects: list[str]) -> str | None:
    """The one thing two figures are compared of: the one named, or the figures' own subject when none is named
    or the name only describes them (农村电商的服务站点和网销单品: Guangxi's)."""
    describes = bool(subjects) and _describes_figure(ctx, subjects)
    if len(subjects) == 1 and not describes:
        return subjects[0]
    return (_figure_subjects(ctx) or [GUANGXI])[0] if describes or not subjects and _hard(ctx.q) else None


def _compare_periods(ctx: Ctx, subjects: list[str], ind: str) -> bool:
    """One figure of one thing in the years asked (2017 as a whole against January to July 2018): the larger
    first, each with its period, and how far apart they are; a year with no figure or several is refused."""
    per = []
    for y in ctx.q.years:
        rows = figure_rows(ctx, subjects[:1], [ind], [y])
        if len(rows) != 1:  # none (the periods it has are said) or several for the year
            return _no_year(ctx, subjects[:1], [ind], [y])
        per.append(rows[0])
    ctx.use("names", "indicators", "years", "compare", "most", "least", "less", "full_year", "count")
    least = bool(ctx.q.cues & {"least", "less"})
    ranked = sorted(per, key=lambda f: f["num"] if least else -f["num"])
    ctx.add(period_text(ranked[0]["period"], ctx.lang), ranked[0]["ob"])
    for f in ranked:
        show_figure(ctx, f)
    ctx.note(msg("computed", ctx.lang, how=(" < " if least else " > ").join(
        f"{period_text(f['period'], ctx.lang)} ({f['stated']})" for f in ranked)))
    if len(ranked) == 2:
        _difference(ctx, *ranked)
    return True


def _compare_subjects(ctx: Ctx, subjects: list[str], inds: list[str]) -> bool:
    """One figure of several entities ranked (in one unit), or a refusal when fewer than two have it; two
    things each with its own figure named (the Nanning centre's merchants or the Qinzhou centre's stores)."""
    rows = _one_figure_each(ctx, subjects, inds) or \
        figure_rows(ctx, subjects, _pick_indicators(ctx, subjects)[:1] or inds[:1], ctx.q.years)
    ctx.use("names", "indicators", "years", "compare", "most", "least", "list", "classes", "count", "relations")
    if len({f["e"] for f in rows}) < 2 and len(subjects) >= 2:
        return _lacking_figure(ctx, subjects, rows)
    if len({f["unit"] for f in rows}) > 1 or len({f["e"] for f in rows}) < 2:
        return False  # one figure of one thing is no ranking (jobs or trainees: the trainees' figure not read)
    _ranked(ctx, _latest_each(rows))
    if "yesno" in ctx.q.cues and len(subjects) == 2 and ctx.ans.answers:  # A比B高吗: yes when A comes first
        least = bool(ctx.q.cues & {"least", "less"})
        first = ctx.ans.answers[0]
        first["label"] = _yes_or_no(ctx, (first["iri"] == subjects[0]) != least) + first["label"]
    elif RATIO_ASKED.search(ctx.q.raw):
        _ratio_leads(ctx, _latest_each(rows), subjects)
    elif PERCENT_MORE.search(ctx.q.text):
        _percent_more_leads(ctx, _latest_each(rows), subjects)
    elif MORE_ASKED.search(ctx.q.text):
        _difference_leads(ctx, _latest_each(rows))
    return True


# a ratio asked of two things (A divided by B, the ratio of A to B, A是B的几倍): A over B, as asked
RATIO_ASKED = lazyre.compile(r"\bdivided by\b|\bratio\b|除以|比值|" + TIMES_ASKED.pattern, re.I)


def _ratio_leads(ctx: Ctx, rows: list[dict], subjects: list[str]) -> None:
    """Baise mango sales divided by Liuzhou luosifen sales: the first thing's figure over the second's leads the
    ranking (worked out; of bounds, the ratio of the bounds, as its note says)."""
    rows = _as_named(rows, subjects)
    if len(rows) != 2 or rows[1]["num"] <= 0:
        return
    a, b = rows
    x = _num(a["num"] / b["num"])
    ctx.add(_say(ctx, f"比值 {x}（{ctx.label(a['e'])} ÷ {ctx.label(b['e'])}）", f"ratio: {x} ({ctx.label(a['e'])} ÷ {ctx.label(b['e'])})"),
            value=f"{a['num'] / b['num']:.4g}")
    ctx.ans.answers.insert(0, ctx.ans.answers.pop())


def _as_named(rows: list[dict], subjects: list[str]) -> list[dict]:
    """The figures in the order their things are named."""
    return sorted(rows, key=lambda f: subjects.index(f["e"]) if f["e"] in subjects else len(subjects))


def _percent_more_leads(ctx: Ctx, rows: list[dict], subjects: list[str]) -> None:
    """How many percent more did A sell than B: the first thing's excess over the second's, in percent, leads."""
    rows = _as_named(rows, subjects)
    if len(rows) != 2 or rows[1]["num"] <= 0:
        return
    pct, said, how = _percent_worked_out(ctx, *rows)
    _computed(ctx, said, pct, GXO + "Percent", how + _bound_note(ctx, rows, added=False))
    ctx.ans.answers.insert(0, ctx.ans.answers.pop())


def _difference_leads(ctx: Ctx, rows: list[dict]) -> None:
    """How much more did A sell than B: the difference of the two figures leads the ranking (worked out in its note;
    of bounds, no bound)."""
    if len(rows) != 2:
        return
    a, b = sorted(rows, key=lambda f: -f["num"])
    value = a["num"] - b["num"]
    text = _say(ctx, f"{value:.1f} 个百分点", f"{value:.1f} percentage points") if a["unit"] == GXO + "Percent" else _figure_text(ctx, a, value)
    ctx.add(_say(ctx, f"相差 {text}", f"difference: {text}"), value=_value_text(value), unit=a["unit"])
    ctx.ans.answers.insert(1 if WHICH_TOO.search(ctx.q.text) else 0, ctx.ans.answers.pop())  # which sold more, and by how much


WHICH_TOO = lazyre.compile(r"\bwhich\b|\bwho\b|谁|哪|\bor\b|还是", re.I)  # a choice asked beside the difference


def _lacking_figure(ctx: Ctx, subjects: list[str], rows: list[dict]) -> bool:
    """Refused: the things compared that have no figure (one alone has nothing to be ranked against)."""
    lacking = [s for s in subjects if s not in {f["e"] for f in rows}]
    ctx.ans.unrecognised.append(msg("no_figure", ctx.lang, what=ctx.sep().join(ctx.label(s) for s in lacking)))
    return True


def _one_figure_each(ctx: Ctx, subjects: list[str], inds: list[str]) -> list[dict]:
    """Two things and two indicators named, each thing with a figure of one indicator only, the two in one unit:
    those two figures."""
    if len(subjects) != 2 or len(inds) != 2:
        return []
    rows = figure_rows(ctx, subjects, inds, ctx.q.years)
    return rows if _paired(rows, subjects, inds) and len({f["unit"] for f in rows}) == 1 else []


def _paired(rows: list[dict], subjects: list[str], inds: list[str]) -> bool:
    """Each subject has figures of one indicator, each indicator of one subject."""
    pairs = {(f["e"], f["indicator"]) for f in rows}
    return len(pairs) == 2 and {e for e, _ in pairs} == set(subjects) and {i for _, i in pairs} == set(inds)


def _compared_subjects(ctx: Ctx, subjects: list[str], inds: list[str]) -> list[str]:
    """Two or more named; or, for the most or least, every thing of the class asked with the figure."""
    if len(subjects) >= 2:
        return subjects
    if subjects and not ctx.q.cues & {"most", "least"}:
        return []
    members = _group_members(ctx, subjects)
    within = None if members else _of_place_named(ctx, subjects)
    if not members and _one_of_the_class_named(ctx, subjects):
        return []  # which of Hechi longevity food sold the most: one thing of the kind ranked is no other thing
    if within is not None:
        return _bounded_by_place(ctx, subjects[0], within, _subjects_for(ctx, inds))
    return members or _of_class_asked(ctx, _subjects_for(ctx, inds))


def _one_of_the_class_named(ctx: Ctx, subjects: list[str]) -> bool:
    """One thing named that is itself of the kind ranked (the class asked, else a thing that could hold the figure:
    a product, a body, a facility), not one left out (besides Baise mango)."""
    cls = _ranked_class(ctx.q)
    if len(subjects) != 1 or subjects[0] in (GUANGXI, *ctx.q.besides):
        return False
    return any(ctx.is_a(subjects[0], c) for c in ([cls] if cls else RANKED_KINDS))


def _ranked_class(q: Question) -> str | None:
    """The class of the things ranked: the one asked, else the first kind named."""
    return asked_class(q) or (q.kinds[0][1] if q.kinds else None)


def _one_place_beside(ctx: Ctx, subjects: list[str]) -> bool:
    return len(subjects) == 1 and subjects[0] != GUANGXI and ctx.is_a(subjects[0], "Place")


RANKED_KINDS = ("Product", "Organization", "Facility", "Event", "Program", "BusinessModel")


def _of_place_named(ctx: Ctx, subjects: list[str]) -> list[str] | None:
    """柳州的产品里哪个销售额最高, of the products from Baise: the things of the class asked that the one place
    named holds (by the class's own relation, at any depth); None when no place bounds the ranking."""
    cls = _ranked_class(ctx.q)
    if not (cls and _one_place_beside(ctx, subjects)) or ctx.is_a(subjects[0], cls):
        return None
    cond, values = _conditions(ctx, cls)
    values["class"] = _classes(ctx, cls)
    return [r["x"].value for r in ctx.run(members_query(cond), values)]


def _bounded_by_place(ctx: Ctx, place: str, within: list[str], having: list[str]) -> list[str]:
    """The things of the place with the figure, ranked when two or more; one alone is the answer with that said,
    none is refused with what the place holds."""
    ranked = [s for s in having if s in within]
    if len(ranked) == 1:
        ctx.note(msg("only_one_with_figure", ctx.lang, thing=ctx.label(ranked[0]), place=ctx.label(place)))
    elif not ranked:
        ctx.ans.unrecognised.append(msg("none_with_figure", ctx.lang, place=ctx.label(place),
                                        things=ctx.sep().join(ctx.label(s) for s in within) or "-"))
    return ranked


def _group_members(ctx: Ctx, subjects: list[str]) -> list[str]:
    """桂茶里哪种茶卖得最好: the one group or industry named bounds the ranking to its products, with a figure or not
    (none has one: refused, never the best seller of all products in their place)."""
    if len(subjects) != 1:
        return []
    return [r["x"].value for r in ctx.run(query("group_members"), {"n": [_node(subjects[0])]})]


def _of_class_asked(ctx: Ctx, subjects: list[str]) -> list[str]:
    """Which product sold most: products only, never a place with sales."""
    cls = asked_class(ctx.q) or (ctx.q.kinds[0][1] if ctx.q.kinds else None)
    return [s for s in subjects if ctx.is_a(s, cls)] if cls else subjects


def _latest_each(rows: list[dict]) -> list[dict]:
    """One figure an entity: the latest."""
    best: dict = {}
    for f in rows:
        if f["e"] not in best or str(f["period"]) > str(best[f["e"]]["period"]):
            best[f["e"]] = f
    return list(best.values())


def _ranked(ctx: Ctx, figures: list[dict]) -> None:
    """The first (or the top N) by value, all figures shown, and the order as computed."""
    least = "least" in ctx.q.cues
    ranked = sorted(figures, key=lambda f: f["num"] if least else -f["num"])
    for f in ranked[ctx.q.nth - 1:ctx.q.nth] if ctx.q.nth else ranked[:ctx.q.top or 1]:  # 排第二: the second alone
        ctx.add(ctx.label(f["e"]), f["e"])
    for f in ranked:
        show_figure(ctx, f)
    ctx.note(msg("computed", ctx.lang, how=(" < " if least else " > ").join(f"{ctx.label(f['e'])} ({f['stated']})" for f in ranked)))
    _order_uncertain(ctx, ranked)
    if len(ranked) == 2:
        _difference(ctx, *ranked)


def _spans_apart(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two spans of what figures can be that do not overlap."""
    return max(a) < min(b) or min(a) > max(b)


def _order_uncertain(ctx: Ctx, ranked: list[dict], key: str = "e") -> None:
    """突破80亿 and 突破38亿: a figure stated as a bound may lie beyond the next one, so the order is the stated
    numbers' and not certain; said, naming the bounds (by their things, or by key "indicator" their figures)."""
    spans = [_bounds(f) for f in ranked]
    if all(map(_spans_apart, spans, spans[1:])):
        return
    open_ = ctx.sep().join(f"{ctx.label(f[key])} ({f['stated']})" for f in ranked if f["ob_fmt"]["qualifier"])
    ctx.note(_say(ctx, f"排序按原文给出的数字；{open_}是下限或约数，实际先后无法确定",
                  f"ranked by the numbers stated; {open_} are bounds or approximations, so the true order is not certain"))


def _difference(ctx: Ctx, a: dict, b: dict) -> None:
    """How far apart two compared figures are (高多少, by how much), worked out and marked as computed; when
    either is stated as a bound (突破, 超过) the difference is only approximate, and the note says so."""
    diff = abs(a["num"] - b["num"])
    bounded = any(f["ob_fmt"]["qualifier"] for f in (a, b))
    hi, lo = max(a["num"], b["num"]), min(a["num"], b["num"])
    points = a["unit"] == b["unit"] == GXO + "Percent"  # two percentages differ by percentage points
    how = f"{_num(hi)} − {_num(lo)} = " + (f"{diff:.1f}" + _say(ctx, " 个百分点", " percentage points") if points else
                                          _figure_text(ctx, a, diff) + _ratio(ctx, a, b))
    how += _difference_converted(ctx, a, b, diff)
    if bounded:
        how += _say(ctx, "（原文数字为约数或下限，差额仅为约数）", " (a stated figure is a bound or an approximation: so is the difference)")
    ctx.note(msg("computed", ctx.lang, how=how))


def _difference_converted(ctx: Ctx, a: dict, b: dict, diff: float) -> str:
    """The difference in the unit asked when the figures' own unit converts to it (比之前每公斤高出多少: 38 元/斤 is
    76 元/公斤)."""
    to = _to_unit(ctx, a) if a["unit"] == b["unit"] else None
    if not to:
        return ""
    ctx.use("unit")
    frm = a["unit"].removeprefix(GXO)
    value, factor = ctx.kg.vocabulary.converted(diff, frm, to), ctx.kg.vocabulary.converted(1.0, frm, to)
    return f"; {_num(diff)} × {factor:.6g} = {value:.6g} {_unit_word(ctx, GXO + to)}"


def _ratio(ctx: Ctx, a: dict, b: dict) -> str:
    """How many times as large the larger of two figures in one unit is (几倍, how many times bigger)."""
    hi, lo = max(a["num"], b["num"]), min(a["num"], b["num"])
    if lo <= 0 or a["unit"] != b["unit"]:
        return ""
    ctx.use("growth")
    both = TIMES_ASKED.search(ctx.q.text) is not None  # 螺蛳粉是芒果的几倍: the smaller over the larger, as asked, too
    return f"; {_num(hi)} / {_num(lo)} = {_num(hi / lo)}" + _say(ctx, " 倍", " times") + \
        (f"; {_num(lo)} / {_num(hi)} = {_num(lo / hi)}" + _say(ctx, " 倍", " times") if both else "")


def _one_figure(ctx: Ctx, subject: str, ind: str, years: list[str] | None = None) -> dict | None:
    """The one figure of ind for the subject: of a year asked, else the only one there is; None when several."""
    years = ctx.q.years if years is None else years
    rows = figure_rows(ctx, [subject], [ind], years) if years else []
    rows = rows or figure_rows(ctx, [subject], [ind], [])
    return rows[0] if len(rows) == 1 else None


def _years_of(q: Question, inds: list[str]) -> list[list[str] | None]:
    """Each figure's year when the question gives one year to each (its 2013 volume or its 2018 retail sales),
    in the order they are asked; else the years asked, for each."""
    if len(q.years) != len(inds) or len(inds) < 2:
        return [None] * len(inds)
    order = sorted(inds, key=lambda i: q.at.get(i, 0))
    return [[q.years[order.index(i)]] for i in inds]


def _compare_figures(ctx: Ctx, subject: str, inds: list[str]) -> bool:
    """Two figures of one entity (its 2017 cross-border volume against its rural online retail sales): one
    figure each of the years asked, in one unit; yes or no when asked so."""
    per = [_one_figure(ctx, subject, i, ys) for i, ys in zip(inds, _years_of(ctx.q, inds))]
    if not all(per) or len({f["unit"] for f in per}) != 1 or not _years_covered(ctx.q, per):
        return False
    ctx.use("names", "indicators", "years", "compare", "yesno", "most", "least", "less", "count")  # how much more: the difference
    off = [f for f in per if _year_scopes_all(ctx.q, inds) and ctx.q.years[0] not in str(f["period"])]
    if off:  # in 2017, was A larger than B: B's figure of another period is no answer
        ctx.ans.unrecognised.append(msg("no_year", ctx.lang, what=ctx.label(off[0]["indicator"]), years=ctx.q.years[0],
                                        have=period_text(off[0]["period"], ctx.lang) or "-"))
        return True
    if _relation_words_in(ctx, inds):
        ctx.use("relations")
    if _whole_years_kept(ctx.q, per):
        ctx.use("full_year")  # 2013年全年的交易额和2018年1-7月的…: the whole year is the figure's own period
    for f in per:
        show_figure(ctx, f)
    _two_compared(ctx, *sorted(per, key=lambda f: _asked_at(ctx, f["indicator"])))  # in the order asked
    return True


def _rank_figures_of_one(ctx: Ctx, subjects: list[str], inds: list[str]) -> bool:
    """服务站点、物流配送网点、网销单品，这三个累计数哪个最大: several figures of one thing in one unit, one each,
    ranked (the largest first, or the smallest when asked), the order said; else no answer here."""
    one = _one_figure_subject(ctx, subjects) or GUANGXI
    per = [_one_figure(ctx, one, i, ctx.q.years) for i in inds]
    if not all(per) or len({f["unit"] for f in per}) != 1:
        return False
    ctx.use("names", "indicators", "years", "compare", "most", "least", "count", "list", "kind_cumulative",
            *(("national",) if IND + "share-of-national-shops" in inds else ()))  # shop share of the national total
    ranked = _in_order(ctx, per)
    ctx.add(ctx.label(ranked[0]["indicator"]), ranked[0]["indicator"])
    for f in ranked:
        show_figure(ctx, f)
    return True


def _asked_at(ctx: Ctx, ind: str) -> int:
    """Where the question says an indicator: its word, or for one a topic's name brings (2017's cross-border
    e-commerce total), that name."""
    if ind in ctx.q.at:
        return ctx.q.at[ind]
    topics = [n.start for n in ctx.q.names if ind in ctx.q.soft and ctx.is_a(n.iri, "Topic")]
    return min(topics, default=0)


def _whole_years_kept(q: Question, per: list[dict]) -> bool:
    """全年 said of a year (2013年全年): each figure of that year is of the whole year; said of none, one figure is."""
    years = WHOLE_YEAR_SAID.findall(q.text)
    if not years:
        return any(_whole_year(f["period"]) for f in per)
    return all(_whole_year(f["period"]) for f in per if _of_years(f, years))


def _of_years(f: dict, years: list[str]) -> bool:
    return any(y in str(f["period"]) for y in years)


WHOLE_YEAR_SAID = lazyre.compile(r"((?:19|20)\d\d)年?(?:的)?(?:全年|全年度|一整年|整年)")
WHOLE_YEAR_EN = lazyre.compile(r"\b(?:full-year|full year|whole of|all of|entire year of|entire)\s+((?:19|20)\d\d)\b|"
                               r"\b((?:19|20)\d\d) (?:as a whole|in full|full-year|full year)\b", re.I)


def _two_compared(ctx: Ctx, a: dict, b: dict) -> None:
    """A > B (or <) first, yes or no when asked so, "not confirmed" when their bounds leave either larger (超过10万
    against 约12万); the arithmetic and the difference noted."""
    verdict = _yes_or_no(ctx, a["num"] > b["num"])
    a, b = (a, b) if verdict else _asked_one_first(ctx, a, b)
    sign = ">" if a["num"] > b["num"] else "<"
    if verdict and not _spans_apart(_bounds(a), _bounds(b)):
        verdict = msg("unconfirmed", ctx.lang) + ": "
    ctx.ans.answers.insert(0, {"label": f"{verdict}{ctx.label(a['indicator'])} {a['stated']} {sign} "
                                        f"{ctx.label(b['indicator'])} {b['stated']}", "iri": None, "value": None,
                               "unit": None, "period": None})
    ctx.note(msg("computed", ctx.lang, how=f"{_num(a['num'])} {sign} {_num(b['num'])}"))
    _order_uncertain(ctx, sorted((a, b), key=lambda f: -f["num"]), "indicator")
    _difference(ctx, a, b)
    if not verdict and MORE_ASKED.search(ctx.q.text):  # 服务站点比物流网点多多少个: the difference first
        _difference_leads(ctx, [a, b])


def _year_scopes_all(q: Question, inds: list[str]) -> bool:
    """One year said before every figure asked (In 2017, was A larger than B): it is the year of each."""
    if len(q.years) != 1:
        return False
    at = q.text.find(q.years[0])
    at = at if at >= 0 else q.text.find(q.years[0][2:] + "年")  # 17年
    return 0 <= at < min(q.at.get(i, 0) for i in inds)


def _years_covered(q: Question, figures: list[dict]) -> bool:
    """Every year asked is some figure's."""
    return all(any(y in str(f["period"]) for f in figures) for y in q.years)


def _asked_one_first(ctx: Ctx, a: dict, b: dict) -> tuple[dict, dict]:
    """哪个高, which is lower: the one asked for (the higher, or the lower) first; as said when no which is asked."""
    if not WHICH_OF_RATES.search(ctx.q.text):
        return a, b
    low = bool(ctx.q.cues & {"least", "less"})
    return tuple(sorted((a, b), key=lambda f: f["num"] if low else -f["num"]))


def _yes_or_no(ctx: Ctx, larger: bool) -> str:
    """是/否 for a yes/no comparison (is the first larger, or with 'smaller' the other way), else nothing (nor
    for a choice between two: more stations or outlets?)."""
    if "yesno" not in ctx.q.cues or re.search(r"\bor\b|还是", ctx.q.text, re.I):
        return ""
    return msg("yes" if larger != bool(ctx.q.cues & {"least", "less"}) else "no", ctx.lang) + ": "


# ------------------------------------------------------------------------------ sources
QUOTED_FIGURE = lazyre.compile(r"\d[\d.,]*(?:万|亿)?[家个户人元斤件项次座所条%]?")


def _claim_fragments(claim: str) -> list[str]:
    """The figures of a quoted claim as stated (54935家), wherever the words around them go, and its runs of words."""
    rest = QUOTED_FIGURE.sub(" ", claim)
    return QUOTED_FIGURE.findall(claim) + [f for f in re.split(r"[\s\d.,，。、；;：:！!？?%（）()《》“”\"'‘’]+", rest) if len(f) >= 3]


def _quoted_evidence(ctx: Ctx) -> list[str]:
    """The sentences holding every fragment of the claim quoted in the question (“全区共有47个县获批…”这句话出自哪里)."""
    frags = _claim_fragments(ctx.q.quoted)
    exact = [r["ev"].value for r in _holding(ctx, frags)] if frags else []
    return exact or _evidence_near(ctx, ctx.q.quoted)


def _holding(ctx: Ctx, frags: list[str]) -> list[dict]:
    """The sentences (ev, quote) holding every fragment."""
    text = query("quoted").replace("#FRAGMENTS", "\n  ".join(f"FILTER(CONTAINS(STR(?quote), ?f{k}))" for k in range(len(frags))))
    return ctx.run(text, {f"f{k}": [_lit(f)] for k, f in enumerate(frags)})


NEAR_CLAIM = 0.75  # the share of a claim's character pairs a sentence holds to be the one it is quoted from


def _evidence_near(ctx: Ctx, claim: str) -> list[str]:
    """A claim quoted in slightly other words (“覆盖率超过70%” for 超过70 %, 电商创业主力 for 电商创业的主力人群): the
    sentences holding its anchors (its numbers, the first and last two characters of each run of Chinese) in
    which most of its character pairs appear."""
    anchors = _claim_anchors(claim)
    if len(anchors) < 2:
        return []
    pairs = _char_pairs(claim)
    return [r["ev"].value for r in _holding(ctx, anchors)
            if len(pairs & _char_pairs(r["quote"].value)) >= NEAR_CLAIM * len(pairs)]


def _claim_anchors(claim: str) -> list[str]:
    """A claim's numbers with the last two characters of each Chinese run (电商 may be written 电子商务: a run's
    start is no anchor when the claim has a number)."""
    runs = re.findall(r"[\u3400-\u9fff]{2,}", claim)
    numbers = set(re.findall(r"\d+", claim))
    return sorted(numbers | {r[-2:] for r in runs} | (set() if numbers else {r[:2] for r in runs}))


def _char_pairs(text: str) -> set[str]:
    """The neighbouring pairs of a text's letters, digits and characters (spaces and punctuation left out)."""
    t = re.sub(r"[\W_]+", "", text)
    return {t[i:i + 2] for i in range(len(t) - 1)}


def _class_evidence(ctx: Ctx) -> list[str]:
    """One record of each source the things of a class come from (where the division data is from)."""
    rows = ctx.run(query("class_sources"), {"class": _classes(ctx, ctx.q.classes[0])})
    ctx.use("classes")
    return [r["ev"].value for r in rows if "ev" in r]


def _every_source_evidence(ctx: Ctx) -> list[str]:
    """图谱的数据来源有哪几个: one sentence or row of each source of the whole graph, reference data too."""
    ctx.use("count")  # how many sources: as many as are named
    return [r["ev"].value for r in ctx.run(query("every_source"))]


def _place_data_evidence(ctx: Ctx) -> list[str]:
    """Which dataset gives the coordinates (the codes, the pinyin; which edition): a row of each reference source
    behind the places."""
    ctx.use(*PLACE_DATA)
    return [r["ev"].value for r in ctx.run(query("place_data_sources"))]


def _dataset_evidence(ctx: Ctx) -> list[str]:
    """区划数据的截止日期, the reference data's edition: a row of each reference source behind the places."""
    return [r["ev"].value for r in ctx.run(query("place_data_sources"))]


def _place_row_asked(q: Question) -> bool:
    """The source of a place's code, pinyin or coordinates asked (never the article read as where to look)."""
    return bool(q.cues & PLACE_DATA) and not q.relations and not article_word_only(q)


def _place_row_evidence(ctx: Ctx) -> list[str]:
    """东兴市的行政区划代码出自哪份数据: the place's rows of the reference data (its code, pinyin, coordinates come
    from there), never an article that mentions the place."""
    evs = _about_evidence(ctx)
    rows = [r["ev"].value for r in ctx.run(query("reference_rows"), {"ev": [_node(e) for e in evs]})] if evs else []
    if rows:
        ctx.use(*PLACE_DATA)
    return rows or evs


# what the reference data gives of each place, asked of no place in particular
PLACE_DATA = {"geo", "code", "old_code", "full_code", "pinyin"}


# the whole graph named as what the sources are asked of (图谱的数据来源, the sources the graph is built from)
WHOLE_GRAPH = lazyre.compile(r"图谱|知识图谱|数据库|\b(?:the\s+)?(?:knowledge\s+)?graph\b|\bdatabase\b", re.I)


# a number the question gives as written in a source (425亿元, 28.8%, the figure 1826), never a year
NUMBER_GIVEN = lazyre.compile(r"(?<![\d.])(?!(?:19|20)\d\d(?![\d.]))\d+(?:\.\d+)?(?:\s*(?:%|亿|万))?")


def _number_as_written(q: Question) -> str | None:
    """The first number the question gives, as a source would write it (425亿, 28.8%, 1826), or None."""
    m = NUMBER_GIVEN.search(q.text)
    return re.sub(r"\s+", "", m.group(0)) if m else None


def _number_evidence(ctx: Ctx) -> list[str]:
    """425亿元这个数在原文里是怎么说的: the sentences holding the number as written (with its 亿, 万 or %)."""
    return [r["ev"].value for r in _holding(ctx, [_number_as_written(ctx.q)])]


def _article_evidence(ctx: Ctx) -> list[str]:
    """One sentence of each article the graph is built from."""
    return [r["ev"].value for r in ctx.run(query("articles"))]


def _figure_evidence(ctx: Ctx) -> list[str]:
    """The sentences behind the figures asked; a number the question gives (the 12万 jobs figure) must be the
    figure's, else none is cited and the graph's figure is said."""
    subjects = _figure_subjects(ctx)
    inds = _with_rates(ctx.q, _pick_indicators(ctx, subjects) if subjects else [])
    rows = figure_rows(ctx, subjects, inds, ctx.q.years) if inds else []
    rows = rows or _tied_figure_rows(ctx, subjects)
    return [f["ev"] for f in _the_figures_given(ctx, rows) if f["ev"]]


def _tied_figure_rows(ctx: Ctx, subjects: list[str]) -> list[dict]:
    """凤山带动一万余户脱贫，原文怎么说: no figure of the names; the figure of the one thing tied to them (the linkage
    凤山 adopted)."""
    tied, inds = _figure_of_tied(ctx, subjects) if subjects else ([], [])
    return figure_rows(ctx, tied, inds, ctx.q.years) if inds else []


def _with_rates(q: Question, inds: list[str]) -> list[str]:
    """With a percentage given (同比增长28.8%这个数), the figures' rates and shares as well."""
    return inds + [t[i] for i in inds for t in (GROWTH_OF, SHARE_OF) if i in t] if _percent_given(q) else inds


def _the_figures_given(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """The figures that are the number the question gives, if it gives one; said when none is."""
    given = _numbers_given(ctx.q)
    if not (given and rows):
        return rows
    same = [f for f in rows if any(_near(f, n) for n in given)]
    if same:
        return same
    differs = msg("figure_differs", ctx.lang, stated=ctx.sep().join(f["stated"] for f in rows), asked=ctx.sep().join(f"{n:,.10g}" for n in given))
    if not asks_yes_no(ctx.q):
        ctx.ans.unrecognised.append(differs)
        return []
    ctx.use("yesno", "numbers")  # 文章里是这个数吗: no, with the figure the source gives and its sentence
    ctx.add(f"{msg('no', ctx.lang)}: {differs}")
    return rows


def _numbers_given(q: Question) -> list[float]:
    """The numbers a question gives, years aside (120,000 jobs, 12万人, 13.4%)."""
    from ..numbers import scan

    if q.lang == "zh":
        found = [float(n.value) for n in scan(q.text) if n.value is not None and not n.ordinal]
    else:
        found = [_en_value(m) for m in EN_NUMBER.finditer(q.text)]
    return [n for n in found if not _a_year(n)]


def _en_value(m) -> float:
    return float(m.group(1).replace(",", "")) * EN_SCALE.get((m.group(2) or "").lower(), 1)


def _a_year(n: float) -> bool:
    return n.is_integer() and bool(YEAR_RE.fullmatch(f"{n:g}"))


def _near(f: dict, n: float) -> bool:
    """n is the figure (within its bound or approximation, or 5%)."""
    lo, hi = _bounds(f)
    lo, hi = min(lo, f["num"] * 0.95), max(hi if hi != float("inf") else f["num"], f["num"] * 1.05)
    return lo <= n <= hi


def _statement_evidence(ctx: Ctx) -> list[str]:
    """The sentence behind one fact between the names (which sentence says the forum is held in Nanning)."""
    names = [_node(n.iri) for n in ctx.q.names]
    rels = [GXO + r for r in ctx.q.relations]
    if len(names) == 2:  # 融安县属于柳州市, 江南区隶属南宁市: between two places, 属于 is lying in
        a, b = ctx.q.names[0].iri, ctx.q.names[1].iri
        rels += _as_place_relation(ctx, rels + [GXO + "partOf"] * bool(ctx.q.cues & {"where", "within"}), a, b)
        rels += [GXO + "category"] * (GXO + "partOf" in rels)  # 南宁老友粉属于广西米粉: a kind of it
    rows = ctx.related({"s": names, "o": names, "p": [_node(r) for r in rels]})
    ctx.use("relations")
    evs = [_v(r, "ev") for r in rows if _v(r, "ev") and r["s"] != r["o"]]
    return evs or _worded_evidence(ctx, names) or _common_evidence(ctx) or _path_evidence(ctx)


def _path_evidence(ctx: Ctx) -> list[str]:
    """汉塘村在灵山县的出处: one place lying in the other through places between (村 → 镇 → 县), no relation asked: the
    rows of each step, and any sentence naming both."""
    if len(ctx.q.names) != 2:
        return []
    a, b = (n.iri for n in ctx.q.names)
    path = [] if ctx.q.relations else [_node(r["m"].value) for r in ctx.run(PATH_BETWEEN, {"a": [_node(a), _node(b)], "b": [_node(b), _node(a)]})]
    steps = ctx.related({"s": path, "o": path, "p": [_node(GXO + "locatedIn")]}) if len(path) > 2 else []
    evs = {_v(r, "ev") for r in steps} - {None}
    return sorted(evs | set(_naming_both(ctx, a, b))) if evs else []


def _naming_both(ctx: Ctx, a: str, b: str) -> list[str]:
    """The sentences behind either thing that name both (广西灵山县汉塘村的村民…)."""
    evs = set(ctx.kg.entity_evidence_iris(a)) | set(ctx.kg.entity_evidence_iris(b))
    names = [_plain_name(ctx.kg.label(x, "zh") or "?") for x in (a, b)]
    return [r["iri"] for r in ctx.kg.evidence_records(sorted(evs)) if all(n in r["quote"] for n in names)]


def _plain_name(label: str) -> str:
    """汉塘村委会 as 汉塘村 (the committee's name as articles write it)."""
    return label.removesuffix("委会") if label.endswith("村委会") else label


# the places on the way from one place up to another it lies in (either way round)
PATH_BETWEEN = "SELECT DISTINCT ?m WHERE { ?a gxo:locatedIn* ?m . ?m gxo:locatedIn* ?b . FILTER(?a != ?b) }"


def _common_evidence(ctx: Ctx) -> list[str]:
    """原文哪一句提到了竹笋和豆角, which sentence mentions both: no relation asked, the sentences behind facts about
    each of the things named."""
    if ctx.q.relations:
        return []
    each = [{_v(r, "ev") for r in ctx.with_sources(ctx.run(query("about"), {"e": [_node(n.iri)]}))} - {None}
            for n in ctx.q.names]
    return sorted(set.intersection(*each)) if each else []


def _worded_evidence(ctx: Ctx, names: list) -> list[str]:
    """Guangxi building the ASEAN-oriented base: the graph states another relation between the two (implements),
    from a sentence that says it in the question's word (was built): that sentence."""
    words = {_stem(ctx.q.words.get(r, r)) for r in ctx.q.relations}
    rows = ctx.related({"s": names, "o": names}) if words and len(names) == 2 and not ctx.q.classes else []
    evs = sorted({_v(r, "ev") for r in rows if _v(r, "ev") and r["s"] != r["o"]})
    return sorted(_sentences_naming(ctx, evs, words) if evs else [])


def _stem(word: str) -> str:
    """A relation word's stem for finding it in a sentence (building: build)."""
    w = word.lower()
    return w[:5] if w.isascii() and len(w) > 5 else w


def _about_evidence(ctx: Ctx) -> list[str]:
    """The sentences behind the facts of the things named; with relations asked (论坛议题的说法出自哪), those of
    their facts only."""
    rows = ctx.with_sources(ctx.run(query("about"), {"e": [_node(n.iri) for n in ctx.q.names]}))
    asked = _facts_of_relations_asked(ctx, rows)
    if asked:
        ctx.use("relations")
    return [_v(r, "ev") for r in asked or rows if _v(r, "ev")]


def _facts_of_relations_asked(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """The rows of the relations asked; none when a list or count is asked (文章里点到名的是哪几个城市: the cities
    are no source)."""
    rels = {GXO + x for x in ctx.q.relations}
    return [] if ctx.q.cues & {"list", "count"} else [r for r in rows if r["p"].value in rels]


def _rename_evidence(ctx: Ctx) -> list[str]:
    """The record of a place's change of name (where the graph has it that 横县 became 横州市)."""
    ctx.use("rename")
    return [_v(r, "ev") for n in ctx.q.names for r in ctx.run(query("renamed"), {"e": [_node(n.iri)]})]


# what a source question is about -> where its evidence comes from, the first that fits
# the news article named beside the dataset (the news piece behind this dataset): the article, not the reference data
NEWS_NAMED = lazyre.compile(r"\b(?:news|article|story|piece|report)\b|文章|报道|新闻|稿子", re.I)

SOURCE_FINDERS = [
    (lambda q: q.quoted, _quoted_evidence),
    (lambda q: "rename" in q.cues and q.names, _rename_evidence),
    (lambda q: not (q.names or q.indicators or q.relations) and q.cues & PLACE_DATA, _place_data_evidence),  # the pinyin of places
    (lambda q: not (q.names or q.indicators or q.relations) and DATASET_NAMED.search(q.text) and not NEWS_NAMED.search(q.text), _dataset_evidence),
    (lambda q: not (q.names or q.indicators or q.relations) and q.classes, _class_evidence),
    (lambda q: not (q.names or q.indicators or q.relations) and WHOLE_GRAPH.search(q.text), _every_source_evidence),
    (lambda q: not (q.names or q.indicators or q.relations) and _number_as_written(q), _number_evidence),
    (lambda q: not (q.names or q.indicators or q.relations), _article_evidence),
    (lambda q: q.indicators, _figure_evidence),
    (lambda q: len(q.names) >= 2, _statement_evidence),
    (lambda q: _place_row_asked(q), _place_row_evidence),
    (lambda q: True, _about_evidence),
]


# relation words that ask for a source's fields when a source is asked (its title, where it is from)
SOURCE_WORDS = set(CUES["source"][0] + CUES["source"][1]) | {"来自哪", "来自哪里", "来自", "title", "publisher", "date", "url", "标题", "题目", "come from",
                                                          "comes from"}


def _source_line(ctx: Ctx, s: dict) -> str:
    """The source's title, publisher, date and URL, in Chinese when an English question asks for them so (the
    title in Chinese: the source's own)."""
    chinese = ctx.lang == "en" and IN_CHINESE.search(ctx.q.text)
    return source_line(_as_original(s), "zh") if chinese else source_line(s, ctx.lang)


def _as_original(s: dict) -> dict:
    """The source with its own title and publisher (the Chinese an English answer translates)."""
    return {**s, "title": s.get("original_title") or s["title"], "publisher": s.get("original_publisher") or s.get("publisher")}


IN_CHINESE = lazyre.compile(r"\b(?:in|into) chinese\b|\boriginal chinese\b|\bchinese (?:title|original)\b", re.I)


ADDRESS_WORDS = {"网址", "官网", "url", "website", "homepage", "web address"}  # link JD to: no address


def _thing_asked_not_source(q: Question) -> bool:
    """Which product is Fengshan built on: a product or a place asked for is no source, whatever words say; nor
    are things of a kind counted (how many policy documents does the article enumerate)."""
    return any(c in PLACE_CLASSES | {"Product"} and _right_after_asking(q.text, w) for w, c in q.kinds) or _not_sources_counted(q) \
        or bool(q.indicators and SOURCE_AS_SUBJECT.search(q.text))


# the source as what says the figure asked (what employment effect does the source estimate): a figure, no source
SOURCE_AS_SUBJECT = lazyre.compile(r"\b(?:does|did|do) the (?:source|article|report|story|text)\s+(?:estimate|say|give|state|report|put|cite|record|"
                                   r"claim|credit|mention|list)\b", re.I)


def _not_sources_counted(q: Question) -> bool:
    """How many (Guangxi regional) policy documents, 有几份文件: things of a kind counted that are no sources."""
    word = q.words.get("count", "").lower()
    asked = word == "how many" or word in ("几个", "多少个", "几份", "多少份", "几家", "多少家", "几项", "几种") and bool(q.kinds)
    return asked and not SOURCES_COUNTED.search(q.text)


SOURCES_COUNTED = lazyre.compile(r"(?:how many|number of|多少|几)\s*(?:个|篇|份|条|家)?\s*(?:different\s+)?(?:sources?|articles?|reports?|"
                                 r"来源|文章|出处|报道|数据集|datasets?|files?|文件来源)", re.I)


def _own_address_asked(ctx: Ctx) -> bool:
    """乐村淘的网址是什么: the web address of a thing (an organisation, a platform) is its own, which the graph does
    not hold; never the link of the article that names it."""
    q = ctx.q
    address = q.words.get("source", "").lower() in ADDRESS_WORDS and not (q.indicators or q.relations or ARTICLE_SAID.search(q.text))
    return address and bool(q.names) and not any(_of_any(ctx, n.iri, ["Observation", "Policy"]) for n in q.names)


# the URL of the article that mentions …: an article's address is asked, not the thing's own
ARTICLE_SAID = lazyre.compile(r"\b(?:article|report|news|story|piece|source)\b|文章|报道|新闻|原文|稿|出处|来源", re.I)


@intent("source", {"zh": ["柳州螺蛳粉的销售额出自哪篇文章？", "中国-东盟信息港电子商务论坛的消息来源是什么？", "这些数据出自哪篇文章？",
                          "“累计建成服务站点3101个”这句话出自哪里？", "图谱里的县级行政区数据出自哪里？"],
                   "en": ["Which article reports Guangxi's 2017 cross-border e-commerce volume?",
                          "Who published the information about Baise mango?",
                          "What is the source of the claim that the China-ASEAN Information Harbor e-commerce forum is held in Nanning?",
                          "Where does the administrative division data come from, and which version is it?"]})
def source(ctx: Ctx):
    q = ctx.q
    if "source" not in q.cues or _own_address_asked(ctx) or _figure_claimed(q) or _thing_asked_not_source(q):
        return False
    if _publisher_not_held(ctx) or _claimed_number_not_held(ctx):
        return True
    _source_words_no_relation(ctx)
    evs = _published_only(ctx, next(find for test, find in SOURCE_FINDERS if test(q))(ctx))
    _source_uses(ctx)
    # the other words describe the claim (凭祥、东兴探索…模式): only sentences that hold them answer (22城批复: 22)
    ctx.cite(evs, containing=q.unknown + (_small_numbers_written(q) if not q.names else []))
    if q.quoted:  # a class or relation word beside a quoted claim (“互市贸易+跨境电商”模式) names what it is
        ctx.use("classes", "relations")
    _sources_given(ctx)
    return True


def _claimed_number_not_held(ctx: Ctx) -> bool:
    """广西米粉从业人员约50万人这个说法的出处: a claim about a thing named whose number no figure of the graph has is
    no claim any source held gives (never the source of the thing instead), said so."""
    given = _amounts_given(ctx.q.text) if ctx.q.names and not ctx.q.cues & (PLACE_DATA | {"yesno"}) else {}  # a code; 是这个数吗
    if not _given_not_held(ctx, given):
        return False
    _source_uses(ctx)
    return True


def _given_not_held(ctx: Ctx, given: dict) -> bool:
    """Amounts the question gives that no figure of the graph has: said (图谱中没有写作 10亿 的数据)."""
    from . import _lit_decimal

    if not given or any(ctx.kg.store.select(query("figure_values"), {"n": _lit_decimal(v)}) for v in given):
        return False
    ctx.ans.unrecognised.append(msg("no_figure_stated", ctx.lang, number=ctx.sep().join(given.values())))
    return True


_SCALE_WORD = lazyre.compile(r"\s*(?:trillion|billion|bn|million|thousand)\b", re.I)


def _amounts_given(text: str) -> dict:
    """The amounts a text gives, as values (50万人: 500000; 2 billion: 2000000000) to the words giving them; small
    whole numbers and years left out."""
    from ..numbers import scan

    return dict(a for a in (_amount_of(text, n) for n in scan(text) if n.value is not None) if not _small_or_year(a[0]))


def _amount_of(text: str, n) -> tuple[float, str]:
    """A number found and its English scale word after it (2 billion), as a value and as written."""
    scale = _SCALE_WORD.match(text, n.end)
    return float(n.value * EN_SCALE.get(scale.group(0).strip().lower() if scale else "", 1)), \
        text[n.start:scale.end() if scale else n.end]




def _small_or_year(v: float) -> bool:
    return v.is_integer() and (v < 100 or 1900 <= v <= 2100)


def quoted(sentence: str) -> str:
    """The sentence in quotation marks (once: a sentence that is itself a quotation keeps its own)."""
    return sentence if sentence.startswith("“") and sentence.endswith("”") else f"“{sentence}”"


# the sentence itself asked (哪句话提到了…, which sentence says …, quote it)
SENTENCE_ASKED = lazyre.compile(r"哪句话|哪一句|哪句|原话|原句|原文(?:是)?怎么(?:写|说)|怎么写的|怎么说的|\b(?:which|what) sentence\b|\bquote\b|"
                                r"\bexact (?:wording|words)\b|\bwording\b", re.I)
def _source_uses(ctx: Ctx) -> None:
    """What a source answer uses: the claim's parts (a place's code: its row of the division data; the source of the
    number of …, of the growth; has served more than 200 enterprises: the claim's number as stated)."""
    q = ctx.q
    ctx.use("names", "indicators", "years", "source", "who", "when", "list", "where", "derive", "within", "geo", "threshold",
            "count", "code", "old_code", "full_code", *(("growth", "share") if _source_asked(q) else ()),
            *(("pinyin",) if not q.names else ()))  # the pinyin of places: the division data; a place's pinyin: not a source
    if "share" in q.cues or any(i in SHARE_PARTS for i in q.indicators):
        ctx.use("whole", "national")  # 占全国的0.8%, 11% of imports and exports: the whole the share stated is of
    if _bound_of_claim(q):
        ctx.use("compare")


CLAIM_OF_SOURCE = lazyre.compile(r"^(?:文章|原文|报道|新闻)(?:是|里|中)?(?:说|写|讲|称)|\b(?:did|does) the (?:article|source|report) (?:say|state|claim)\b", re.I)


def _figure_claimed(q: Question) -> bool:
    """文章是说南宁香蕉销售额正好80亿元吗, did the article say it was 8 billion: a figure's number checked against the
    source, yes or no (the figure's claim check), not which source it is."""
    return "yesno" in q.cues and bool(q.indicators) and _number_given(q) and CLAIM_OF_SOURCE.search(q.text) is not None


def _claim_framing(q: Question) -> set:
    """The source cue of 文章是说…吗: the framing of a figure's claim, which the figure answers."""
    return {"source"} if _figure_claimed(q) else set()


def _source_words_no_relation(ctx: Ctx) -> None:
    """Where does the data come from, where is it from, its title: words that ask the source, no relation."""
    q = ctx.q
    if not q.names and set(q.relations) <= {"originatesFrom"} | USING_RELATION:  # 区划代码用的是哪一版: no model adopted
        ctx.use("relations")
        q.relations = []
    q.relations = [r for r in q.relations if q.words.get(r, "").lower() not in SOURCE_WORDS]


USING_RELATION = {"adoptsModel"}  # 用的是, uses: with nothing named, the data's making, no model adopted


def _sources_given(ctx: Ctx) -> None:
    """Each source cited as an answer (how many first, when asked); none: not stated; who said it: the speaker is
    not recorded."""
    if _provider_not_held(ctx):
        return
    files = FILE_OF_SOURCE.search(ctx.q.text)  # the file name of the source: the file the graph was built from
    for e in ctx.ans.evidence if SENTENCE_ASKED.search(ctx.q.text) else ():  # 哪句话: the sentences, then their source
        ctx.add(quoted(e))
    for s in _the_dataset_named(ctx) or ctx.ans.sources:
        ctx.add(s["file"] if files and s.get("file") else _source_line(ctx, s), s.get("url"))
        if s.get("description"):
            ctx.note(s["description"])  # the division data: where its codes, coordinates and pinyin come from
    _sources_counted(ctx)
    _languages_given(ctx)
    if not ctx.ans.answers:
        ctx.ans.unrecognised.append(msg("not_stated", ctx.lang))
    _speaker_not_held(ctx)


def _provider_not_held(ctx: Ctx) -> bool:
    """统计数据是哪个部门提供的: a body behind the figures, which no source names: refused, the sources said."""
    if not PROVIDER_ASKED.search(ctx.q.text):
        return False
    ctx.ans.unrecognised.append(msg("provider_not_held", ctx.lang, sources=ctx.sep().join(_source_line(ctx, s) for s in ctx.ans.sources)))
    return True


def _languages_given(ctx: Ctx) -> None:
    """原文是什么语言写的, what language is the article in: each source's language as it records it (zh-Hans)."""
    if "source_language" in ctx.q.cues:
        ctx.use("source_language")
        for code in dict.fromkeys(s["language"] for s in ctx.ans.sources if s.get("language")):
            zh, en = LANGUAGE_NAMES.get(code, (code, code))
            ctx.add(_say(ctx, f"语言：{zh}（{code}）", f"language: {en} ({code})"), value=code)


LANGUAGE_NAMES = {"zh-Hans": ("简体中文", "Simplified Chinese"), "zh-Hant": ("繁体中文", "Traditional Chinese"), "zh": ("中文", "Chinese"),
                  "en": ("英文", "English")}




def _the_dataset_named(ctx: Ctx) -> list[dict]:
    """广西行政区划参考数据对应的源文件: the reference data the question names, of the sources cited (none when it
    names none, or none cited is one)."""
    q = ctx.q
    named = (DIVISION_DATA.search(q.text) or not q.names and q.cues & PLACE_DATA) and "count" not in q.cues  # its coordinates too
    return [s for s in ctx.ans.sources if DIVISION_DATA.search(f"{s.get('title')} {s.get('title_en')}")] if named else []


DIVISION_DATA = lazyre.compile(r"\b(?:reference data|divisions? data)\b|参考数据|区划数据", re.I)  # the dataset by its name


def _sources_counted(ctx: Ctx) -> None:
    """图谱一共有几个数据来源: how many sources, first."""
    n = len(ctx.ans.answers)
    if "count" in ctx.q.cues and n and not (ctx.q.names or ctx.q.indicators):
        ctx.ans.answers.insert(0, {"label": str(n), "iri": None, "value": str(n), "unit": GXO + "Count", "period": None})


def _speaker_not_held(ctx: Ctx) -> None:
    """谁说…: the source is given, and said not to be the speaker, whom the graph does not record."""
    if ctx.ans.answers and SPEAKER_ASKED.search(ctx.q.text):
        ctx.note(msg("speaker_not_held", ctx.lang))


# an article or its publisher asked (哪篇文章, 哪家媒体, which article, who published it): a reference data set is none
ARTICLE_ASKED = lazyre.compile(r"文章|哪篇|媒体|报道|新闻|\b(?:article|articles|news|outlet|newspaper|published|publisher|reported|report)\b",
                               re.I)


def _published_only(ctx: Ctx, evs: list[str]) -> list[str]:
    """The evidence from published sources (an article, with its publisher), when an article is asked and there
    is any: the division reference data backs a place's name, not what an article reports of it."""
    if not ARTICLE_ASKED.search(ASIDE.sub("", ctx.q.text)):  # （新闻文章、数据集等）: kinds given as examples
        return evs
    published = {_v(r, "ev") for r in ctx.sentences(evs) if _v(r, "publisher")}
    return [e for e in evs if str(e) in published] or evs


ASIDE = lazyre.compile(r"[（(][^）)]*[）)]")  # a part in brackets


# the body that supplied or compiled the figures asked (哪个部门提供的, which department supplied the statistics)
PROVIDER_ASKED = lazyre.compile(r"(?:哪个|哪家|什么|哪一个)(?:部门|单位|机构|机关|统计部门)(?:提供|发布|统计|给出|出具|公布|采集)|"
                                r"\b(?:which|what) (?:department|agency|bureau|office|body|authority|ministry)\s+(?:supplied|provided|compiled|collected|"
                                r"produced|released|published|gave)\s+(?:the\s+|its\s+|these\s+|those\s+)?(?:data|figures|statistics|numbers|stats)\b", re.I)
# who said it: a speaker asked, whom the graph does not record (only the source that reports the words)
SPEAKER_ASKED = lazyre.compile(r"谁说|谁讲|是谁说|说这话的是谁|谁的原话|\bwho\s+(?:said|says|say|stated|states|was\s+quoted|is\s+quoted|told)\b|"
                               r"\bwhose\s+(?:words|quote)\b", re.I)


# a publisher named by its kind of name (人民日报, 广西日报, 新华社, 中新网): asked whether it reported something
PUBLISHER_NAMED = lazyre.compile(r"[\u4e00-\u9fff]{2,6}?(?:日报|晚报|早报|时报|新闻网|通讯社|电视台|广播电台|广播电视台)|新华社|中新社|中新网")


def _publisher_not_held(ctx: Ctx) -> bool:
    """人民日报报道过广西电商吗: a publisher named that no source of the graph has; said, never the sources held."""
    m = PUBLISHER_NAMED.search(ctx.q.text)
    if m is None:
        return False
    rows = ctx.kg.store.select("SELECT DISTINCT ?p WHERE { ?s dct:publisher ?p }")
    if any(m.group(0) in r["p"].value or r["p"].value in m.group(0) for r in rows):
        return False
    ctx.use("names", "source", "yesno", "list", "who", "when")
    ctx.ans.unrecognised.append(msg("no_such_source", ctx.lang, what=m.group(0)))
    return True


def _bound_of_claim(q: Question) -> bool:
    """The comparison word of a source question bounds the claim's number (more than 200, 超过3000个), not two things."""
    bound, word = bound_said(q.text), q.words.get("compare", "\0").lower()
    before_a_number = re.search(re.escape(word) + r"\s*了?\s*[\d一二两三四五六七八九十]", q.text.lower())  # exceeded 70%
    return bool(bound) and word in bound.lower() or before_a_number is not None


# ------------------------------------------------------------------------------ relation between two names
@intent("between", {"zh": ["百色芒果和百色市有什么关系？"], "en": ["How are Baise mango and Baise related?"]})
def between(ctx: Ctx):
    q = ctx.q
    if not ("relation" in q.cues or _linked_to_the_other(q)) or len(q.names) < 2:
        return False
    a, b = q.names[0].iri, q.names[1].iri
    ctx.use("names", "relation", "about")
    if _direct_facts(ctx, a, b):  # every fact that links the two, when any does
        return True
    ctx.ans.sparql = f"# a shortest path over the relations (gxkg path {a} {b})"
    for p in ctx.kg.paths(a, b, max_length=4)[:1]:
        ctx.add(ctx.kg.describe_path(p, ctx.lang))
        for i in range(1, len(p), 2):
            s, o = (p[i - 1], p[i + 1]) if p[i][1] == "out" else (p[i + 1], p[i - 1])
            ctx.cite(ctx.kg.edge_evidence_iris(s, p[i][0], o))
            _derived_noted(ctx, s, p[i][0], o)
    if not ctx.ans.answers:
        ctx.ans.unrecognised.append(msg("not_stated", ctx.lang))
    return True


def _linked_to_the_other(q: Question) -> bool:
    """How is Rong'an kumquat connected to Liuzhou: the words that ask one thing's links (connected to) lead to the
    other thing named, so how the two are linked is asked."""
    said, names = q.words.get("about", ""), q.names
    return len(names) == 2 and said in LINK_WORDS and q.at.get("about", -1) + len(said) <= names[1].start \
        and not q.text[q.at["about"] + len(said):names[1].start].strip() and names[0].end <= q.at["about"]


LINK_WORDS = {"connected to", "linked to", "related to", "connect to", "connects to", "tied to"}


def _direct_facts(ctx: Ctx, a: str, b: str) -> bool:
    """The stated facts between a and b, either way, each with its evidence (what ties JD.com to Guangxi: both)."""
    rows = _facts_between(ctx, a, b)
    for r in rows:
        ctx.add(f"{ctx.label(r['s'].value)} —{ctx.label(r['p'].value)}→ {ctx.label(r['o'].value)}", r["o"].value)
        _derived_noted(ctx, r["s"].value, r["p"].value, r["o"].value)
    ctx.cite([_v(r, "ev") for r in rows])
    _relation_asked_among(ctx, rows)
    return bool(rows)


def _relation_asked_among(ctx: Ctx, rows: list[dict]) -> None:
    """乐村淘跟广西有关系吗，是在广西做农村电商吗: the relation named is one of the facts found, so it is answered
    (yes, first, when asked yes or no)."""
    asked = {GXO + r for r in ctx.q.relations}
    if not asked or not asked <= {r["p"].value for r in rows}:
        return
    ctx.use("relations")
    if "yesno" in ctx.q.cues:
        ctx.use("yesno")
        _lead_with(ctx, msg("yes", ctx.lang))


def _facts_between(ctx: Ctx, a: str, b: str) -> list[dict]:
    """The facts of the graph's own relations between a and b, either way."""
    rows = ctx.related({"s": [_node(a), _node(b)], "o": [_node(a), _node(b)]})
    return [r for r in rows if r["s"].value != r["o"].value and r["p"].value.startswith(GXO)]


def _derived_noted(ctx: Ctx, s: str, p: str, o: str) -> None:
    """A derived fact's rule, said."""
    d = ctx.kg.derivation(s, p, o, ctx.lang)
    if d:
        ctx.note(msg("derived", ctx.lang, rule=d["label"]))


# ------------------------------------------------------------------------------ yes / no
MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december")
MONTH = "|".join(MONTHS_EN + ("sept",) + tuple(m[:3] for m in MONTHS_EN))  # a month's name or its abbreviation
DATE_FORMS = (  # (pattern, order of year month day groups)
    (lazyre.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号])?"), "ymd"),
    (lazyre.compile(r"((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?"), "ymd"),
    (lazyre.compile(r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?\b(" + MONTH + r")\.?,?\s+((?:19|20)\d{2})", re.I), "dmy"),
    (lazyre.compile(r"\b(" + MONTH + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})", re.I), "mdy"),
)


def _asked_date(text: str) -> str | None:
    """The date a question gives (2018年9月13日, 13 September 2018, Sept 13, 2018, 2018-09): as YYYY-MM[-DD]."""
    for pattern, order in DATE_FORMS:
        m = pattern.search(text)
        if not m:
            continue
        parts = dict(zip(order, m.groups()))
        month = parts["m"] if parts["m"].isdigit() else str(_month_number(parts["m"]))
        return f"{parts['y']}-{int(month):02d}" + (f"-{int(parts['d']):02d}" if parts.get("d") else "")
    return None


def _month_number(word: str) -> int:
    return next(i + 1 for i, m in enumerate(MONTHS_EN) if m[:3] == word.lower()[:3])


def _date_asked_of_one(q: Question, places: int = 0) -> str | None:
    """The date a yes/no question about one named thing (and no figure) gives; `places`: how many of the names
    after the first are places the thing is said to be in (论坛是9月13日在南宁举办的吗)."""
    if not asks_yes_no(q) or len(q.names) != 1 + places:
        return None
    return _asked_date(q.text) or (q.years[0] if len(q.years) == 1 else None)  # 是2017年发的吗: the year


def _places_besides(ctx: Ctx) -> int:
    """How many names after the first are places (a yes/no question's date said with where it happened)."""
    rest = [n.iri for n in ctx.q.names[1:]]
    return len(rest) * all({t.removeprefix(GXO) for t in ctx.types(i)} & set(PLACE_CLASSES) for i in rest)  # none: 0


def _linked_to_places(ctx: Ctx, e: str) -> list[tuple[str, str, str]] | None:
    """The stated links between e and each place named after it, or None when one of them has none."""
    places = [n.iri for n in ctx.q.names[1:]]
    if not places:
        return []
    links = [r for r in ctx.kg.relations_among([e, *places]) if e in (r[0], r[2])]
    return links if all(any(p in (r[0], r[2]) for r in links) for p in places) else None


def _dated_one(ctx: Ctx) -> bool:
    """A yes/no question that gives a date, about the one thing named, which has a date in the graph."""
    return bool(_date_asked_of_one(ctx.q)) and bool(ctx.run(query("dates"), {"e": [_node(ctx.q.names[0].iri)]}))


@intent("on_date", {"zh": ["中国-东盟信息港电子商务论坛是2018年9月13日举办的吗？"],
                    "en": ["Was the China-ASEAN Information Harbor E-commerce Forum held on 13 September 2018?"]})
def on_date(ctx: Ctx):
    """Did a thing happen on (or in) a date: its dates in the graph against the date asked, to the day or month
    given."""
    q = ctx.q
    asked = _date_asked_of_one(q, _places_besides(ctx))
    if not asked:
        return False
    e = q.names[0].iri
    rows = ctx.run(query("dates"), {"e": [_node(e)]})
    if not rows:
        return False
    same = [r for r in rows if str(r["d"].value).startswith(asked)]
    if not same and _edition_named(q):  # 2019年的论坛在南宁办吗: another year's edition, which the graph does not hold
        return _edition_unheld(ctx, e, rows, asked)
    links = _linked_to_places(ctx, e)
    if same and links is None:
        return False  # the date holds, but no source ties it to the place said: neither yes nor no
    ctx.use("names", "when", "yesno", "years", "relations", "indicators")  # 22个城市的批复: words of its name
    word = msg("yes" if same else "no", ctx.lang)
    for r in same or rows:
        ctx.add(f"{word}: {r['d'].value}", value=r["d"].value, period=r["d"].value)
    for s_, p, o in links or []:
        ctx.add(f"{ctx.label(s_)} —{ctx.label(p)}→ {ctx.label(o)}", s_)
    ctx.cite(ctx.kg.entity_evidence_iris(e))
    return True


# a year said of the thing named (2019年的论坛, the 2019 forum): the edition of that year asked about
EDITION_BEFORE = lazyre.compile(r"(?:(?:19|20)?\d\d\s*年(?:\d{1,2}月)?(?:的|度|那届|这届|那场|那次|的那届|的那场)?|(?:19|20)\d\d(?:的|度|那届|这届|那场|那次)|"
                                r"\bthe\s+(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d(?:\s+edition\s+of(?:\s+the)?)?)\s*$", re.I)


def _edition_unheld(ctx: Ctx, e: str, rows: list[dict], asked: str) -> bool:
    """The edition of the year asked is not held: said, with the dates the graph has (no answer)."""
    dates = ctx.sep().join(str(r["d"].value) for r in rows)
    ctx.ans.unrecognised.append(msg("edition_unheld", ctx.lang, name=ctx.label(e), dates=dates, year=asked[:4]))
    return True


def _edition_named(q: Question) -> bool:
    """2019年的论坛, the 2019 forum: the year names which of a recurring thing is asked about, not when it was."""
    return bool(q.names) and EDITION_BEFORE.search(q.text[:q.names[0].start]) is not None


# whether two mentions are one thing (A和B是同一个地方吗, are A and B the same place)
SAME_ASKED = lazyre.compile(r"(?:是不是|是否|是)?同一(?:个|座|处)?(?:地方|城市|地区|县|市|区|东西|产品|事物)?|\bthe same\s+(?:place|city|county|"
                            r"district|prefecture|one|thing|town)\b", re.I)


@intent("same_one", {"zh": ["南宁市和南宁是同一个地方吗？"], "en": ["Are Nanning and Nanning City the same place?"]})
def same_one(ctx: Ctx):
    """Two mentions asked to be one thing that both name the same entity (the forum's city and the banana's
    origin: 南宁市): yes, that thing. Two different entities are left to other readings (a renamed county is
    the same place under another name)."""
    if not _one_thing_twice(ctx):
        return False
    e = ctx.q.names[0].iri
    ctx.use("names", "yesno", "classes", "compare")
    if not ctx.run(query("same_thing"), {"e": [_node(e)]}):
        return False
    ctx.add(f"{msg('yes', ctx.lang)}: {ctx.label(e)} ({_what_it_is(ctx, e)})", e)
    ctx.cite(ctx.kg.entity_evidence_iris(e))
    return True


def _one_thing_twice(ctx: Ctx) -> bool:
    """Whether two mentions are the same is asked, and both name one entity."""
    q = ctx.q
    asked = "yesno" in q.cues and bool(SAME_ASKED.search(q.text))
    return asked and len({n.iri for n in q.names}) == 1 and _mentions(ctx, q.names[0]) >= 2


def _mentions(ctx: Ctx, n) -> int:
    """How many times the question names the thing (by any of its names, none inside another), or the words it
    was read from."""
    spans = [(end - len(form) + 1, end + 1) for end, (form, iris) in ctx.kg.names.names_in(ctx.q.text) if iris == [n.iri]]
    return max(len(_outermost(spans)), ctx.q.text.count(n.text))


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans inside no other (南宁 inside 南宁市 is one mention)."""
    return [a for a in spans if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in spans)]


KIND_RELATIONS = {"category", "partOf"}  # what a thing is a kind or part of (属于同一类)
# two things asked to be of one kind (同一类产品, the same kind of product): their categories compared
SAME_KIND = lazyre.compile(r"同一类|同一种类|同类|是一类|一个类别|同一个类别|同一品类|同一个?(?:产业|行业)|同一条?产业链|"
                           r"\bsame (?:kind|type|category|sort|class|group|industry|industry chain|sector)\b", re.I)
SAME_INDUSTRY = lazyre.compile(r"同一个?(?:产业|行业)|同一条?产业链|\bsame (?:industry|industry chain|sector)\b", re.I)


@intent("same_kind", {"zh": ["南宁老友粉跟桂林米粉是同一类产品吗？", "柳州螺蛳粉和梧州六堡茶是同一类产品吗？"],
                      "en": ["Are Liuzhou luosifen and Guilin rice noodles the same kind of product?"]})
def same_kind(ctx: Ctx):
    """Two things asked to be of one kind: the categories the graph puts each in (category, part of) compared;
    with either's not stated, no yes or no (never yes because both are products)."""
    named = _two_asked_of_a_kind(ctx.q)
    if not named:
        return False
    ctx.use("names", "yesno", "classes", "compare", "relations", "where")
    rows = [_industries_of(ctx, e) if SAME_INDUSTRY.search(ctx.q.text) else _facts_of(ctx, e, ["category", "partOf"]) for e in named]
    missing = [e for e, r in zip(named, rows) if not r]
    if missing:
        ctx.ans.unrecognised.append(msg("no_category", ctx.lang, thing=ctx.label(missing[0])))
        return True
    ctx.add(_kinds_compared(ctx, named, [sorted({r["o"].value for r in rs if _a_group_fact(ctx, r)}) for rs in rows]), None)
    ctx.cite([_v(r, "ev") for rs in rows for r in rs])
    return True


def _a_group_fact(ctx: Ctx, fact: dict) -> bool:
    """A fact naming a group compared: any, or a part-of one when the industry is asked (a kind is a step to it)."""
    return not SAME_INDUSTRY.search(ctx.q.text) or fact["p"].value == GXO + "partOf"


def _industries_of(ctx: Ctx, e: str) -> list[dict]:
    """The industries a thing is part of, itself or as a kind of another (南宁老友粉 is a kind of 广西米粉, part of
    广西米粉产业链): the part-of facts, those of its kinds' too."""
    kinds = _facts_of(ctx, e, ["category"])
    parts = [f for x in [e] + [k["o"].value for k in kinds] for f in _facts_of(ctx, x, ["partOf"])]
    return parts + (kinds if parts else [])  # the steps cited with the industries; no industry: none


def _two_asked_of_a_kind(q: Question) -> list[str]:
    """The two things (Guangxi aside) a question asks to be of one kind, with no relation but a kind's; else []."""
    named = list(dict.fromkeys(n.iri for n in q.names if n.iri != GUANGXI))
    return named if len(named) == 2 and _one_kind_asked(q) else []


def _one_kind_asked(q: Question) -> bool:
    """是同一类产品吗, the same kind of product: a yes or no of one kind, with no relation but a kind's."""
    return "yesno" in q.cues and bool(SAME_KIND.search(q.text)) and not set(q.relations) - KIND_RELATIONS


def _kinds_compared(ctx: Ctx, named: list[str], cats: list[list[str]]) -> str:
    """Yes with the kinds both are of, or no with each one's."""
    shared = [c for c in cats[0] if c in cats[1]]
    if shared:
        return msg("same_kind_yes", ctx.lang, cat=ctx.sep().join(ctx.label(c) for c in shared))
    ca, cb = (ctx.sep().join(ctx.label(c) for c in cs) for cs in cats)
    return msg("same_kind_no", ctx.lang, a=ctx.label(named[0]), ca=ca, b=ctx.label(named[1]), cb=cb)


@intent("open_list_unheld", {"zh": ["钦州保税港区国际商品直销中心的业务拓展到广东了吗？"],
                              "en": ["Has the Qinzhou direct-sales centre's business expanded into Guangdong?"]})
def open_list_unheld(ctx: Ctx):
    """Yes or no of a province the graph does not hold (广东), where the thing's facts of the relation asked come
    from a list its sentence ends with 等 (and others): who else is not told, so it cannot be told; never a no."""
    q = ctx.q
    parties, other = _parties(q), _province_unheld(q)
    if not (_one_fact_asked(q, parties) and other):
        return False
    e, rel = parties[0].iri, GXO + q.relations[0]
    rows = ctx.related({"s": [_node(e)], "p": [_node(rel)]})
    if not rows or not _ends_with_etc(ctx, rows, "o"):
        return False
    ctx.use("names", "yesno", "relations")
    ctx.matched.add(other)
    objs = ctx.sep().join(sorted(ctx.label(r["o"].value) for r in rows))
    ctx.add(msg("open_objects", ctx.lang, name=ctx.label(e), rel=ctx.label(rel), members=objs, other=other.title()), e)
    ctx.cite([_v(r, "ev") for r in rows])
    return True


def _one_fact_asked(q: Question, parties: list) -> bool:
    """A yes or no of one relation of one name."""
    return "yesno" in q.cues and len(q.relations) == 1 and len(parties) == 1


def _province_unheld(q: Question) -> str | None:
    """A word of the question nothing explains that is a Chinese province's name (Guangdong, 广东)."""
    from .lexicon import PROVINCES_EN, PROVINCES_ZH

    return next((w for w in q.unknown if w.lower() in PROVINCES_EN - {"guangxi"} or PROVINCES_ZH.fullmatch(w) and w != "广西"), None)


@intent("yesno", {"zh": ["凤山县在河池市吗？", "南宁是跨境电子商务综合试验区城市吗？", "百色芒果产自柳州吗？", "百色芒果属不属于桂茶产业？"],
                  "en": ["Is Fengshan County in Hechi?", "Does Baise mango come from Liuzhou?"]})
def yesno(ctx: Ctx):
    q = ctx.q
    if not _two_set_against(q) or _members_compared(ctx) or ASKED_THEN_THAT.search(q.text):
        return False
    if not q.indicators and _given_not_held(ctx, _amounts_given(q.text)):
        return True  # did Alibaba put 1 billion yuan into …: no figure of it, never a yes for the link alone
    pair = _parties(q) if len(q.names) > 2 else q.names
    if _one_owns_the_other(q, *pair[:2]):
        return False  # the State Council's reply — were those Guangxi cities: the owner is no claim about the reply
    a, b = pair[0].iri, pair[1].iri
    rels = [GXO + r for r in q.relations] or _of_a_place_asked(ctx) or _in_place_said(ctx, a, pair[1])
    ctx.use("names", "yesno", "relations", "where", "classes", "list")
    if ctx.is_a(a, "Place") and ctx.is_a(b, "Place"):
        ctx.use("within", "exact")  # "is X under Y", 在…境内: lying in, at any level
    ways = YES_WAYS if _kind_joined(ctx, a, b) else YES_NO_WAYS
    if not _not_of_kind_said(ctx) and not any(way(ctx, a, b, rels) for way in ways):
        ctx.ans.unrecognised.append(msg("not_stated", ctx.lang))
    _described_in_evidence(ctx)
    return True


# 属于哪个市？这个市下面有淘宝村吗: the yes or no is of the thing a first part asks for, which no name gives
ASKED_THEN_THAT = lazyre.compile(r"哪(?:个|一个|座)?(?P<k>[市县区镇乡村])[^？?。]*[？?。，,]\s*[^？?。]*?(?:这个|那个|该|此)(?P=k)|"
                                 r"\bwhich (?P<e>city|county|district|prefecture|town|village)\b[^?.]*[?.,]\s*[^?.]*?\b(?:this|that|the same) (?P=e)\b",
                                 re.I)


def _parties(q: Question) -> list:
    """The names a yes or no sets against each other: not Guangxi as context, nor a place said only as where a thing
    comes from (jasmine tea from Hengxian: grouped under Guicha?)."""
    return [n for n in q.names if n.iri != GUANGXI and not _origin_said(q, n)]


def _origin_said(q: Question, n) -> bool:
    """The name only says where the name before it comes from (jasmine tea from Hengxian)."""
    return any(m.end <= n.start and re.fullmatch(r"\s*from\s*", q.text[m.end:n.start], re.I) for m in q.names)


def _members_compared(ctx: Ctx) -> bool:
    """Does Baise have more county-level divisions than Hechi: two places' members counted and set against each
    other (most_members answers it), no fact between the two."""
    return bool(ctx.q.cues & {"compare", "less"}) and not ctx.q.relations and not ctx.q.indicators and bool(_named_groups(ctx))


def _one_owns_the_other(q: Question, a, b) -> bool:
    """The State Council's pilot-zone reply, 国务院的批复: the first name written as the owner of the second, one
    description; with Guangxi named too, the claim is about Guangxi."""
    return any(n.iri == GUANGXI for n in q.names) and re.fullmatch(r"\s*(?:['’]s|的)\s*(?:[\w-]+\s+){0,2}", q.text[a.end:b.start]) is not None


# a place named as what a thing is of (a Guangxi company, 广西的企业): where it lies or comes from, nothing weaker
PLACE_AS_ATTRIBUTE = lazyre.compile(r"^\s*(?:'s\s+|的)?\s*(?:company|companies|firm|enterprise|platform|brand|product|公司|企业|平台|品牌|产品)",
                                re.I)


def _in_place_said(ctx: Ctx, a: str, b) -> list[str]:
    """Is the Qinzhou centre in Hunan: "in" a place, no relation word, asks where a lies (the relations of where a
    thing of its class is), never whether anything else joins them (its business reaches Hunan)."""
    return _where(ctx, a, b.iri) if IN_PLACE.search(ctx.q.text[:b.start]) else []


IN_PLACE = lazyre.compile(r"\b(?:in|inside|within)\s+(?:the\s+)?$|(?<![存现实])在$", re.I)


def _of_a_place_asked(ctx: Ctx) -> list[str]:
    """Is Lecuntao a Guangxi company: the relations that make a thing a place's (locatedIn, originatesFrom), never
    one that only ties it there (operates rural e-commerce in; SAP settled in Guangxi, a German company)."""
    q = ctx.q
    said = any(ctx.is_a(n.iri, "Place") and PLACE_AS_ATTRIBUTE.match(q.text[n.end:]) for n in q.names)
    return [GXO + r for r in ("locatedIn", "originatesFrom")] if said else []


def _field_of_every_sentence(ctx: Ctx) -> None:
    """What has Dongxing built on the cross-border e-commerce front: the field is used when every sentence cited
    names it (else it stays unused, and the answer is refused)."""
    forms = _described_forms(ctx) if ctx.q.described else set()
    if forms and ctx.ans.evidence and all(_names_one_of(e, forms) for e in ctx.ans.evidence):
        ctx.use("described")


def _names_one_of(sentence: str, forms: set) -> bool:
    return any(f in sentence.lower() for f in forms)


def _described_in_evidence(ctx: Ctx) -> None:
    """是落户广西的跨境电商平台吗: the kind the topic names is used when a sentence cited calls the thing so."""
    forms = _described_forms(ctx)
    if any(f in e.lower() for f in forms for e in ctx.ans.evidence):
        ctx.use("described")


def _two_set_against(q: Question) -> bool:
    """Yes or no of two things (Guangxi as context aside): not of more, which two would be unclear; not of a
    direction (further north than: the coordinates answer it)."""
    return "yesno" in q.cues and 2 <= len(q.names) and len(_parties(q)) <= 2 \
        and not _hard(q) and not q.cues & {"north", "south", "east", "west", "rename"}


def _not_of_kind_said(ctx: Ctx) -> bool:
    """良庆区是南宁下面的一个县吗, is Xingning a county of Nanning: a kind of place said of the name before 是 (after
    is); no (with what it is) when that place is not of the kind, whatever else holds."""
    subject = next((n for n in ctx.q.names if _said_to_be(ctx.q.text, n)), None)
    kinds = _place_kinds_after(ctx.q, subject.end) if subject else []
    if not kinds or not ctx.is_a(subject.iri, "Place"):
        return False
    a, (word, cls) = subject.iri, max(kinds, key=lambda k: len(k[0]))
    if _kind_rows(ctx, a, word.lower(), cls) and _of_kind(ctx, a, word, cls):
        return False
    ctx.add(f"{msg('no', ctx.lang)}: {ctx.label(a)} ({_what_it_is(ctx, a)}) ≠ {word}", a)
    ctx.cite(ctx.kg.entity_evidence_iris(a))
    return True




def _a_city(ctx: Ctx, e: str, word: str) -> bool:
    """Is Beijing a city, 东兴市是城市吗: a place whose Chinese name ends in 市 is a city at any level."""
    return word.lower() in CITY_WORDS and named_city(ctx, e)


def named_city(ctx: Ctx, e: str) -> bool:
    """A place whose Chinese name ends in 市: a city, whatever its level (北京市, 东兴市, 南宁市)."""
    return ctx.is_a(e, "Place") and (ctx.kg.label(e, "zh") or "").endswith("市")


def _of_kind(ctx: Ctx, a: str, word: str, cls: str) -> bool:
    """a is of the kind: of its class, or named …市 when a city is asked (a county-level city, 东兴市, is a city)."""
    return ctx.is_a(a, cls) or word.lower() in CITY_WORDS


def _said_to_be(text: str, n) -> bool:
    """The name is what 是 / is says something of: 是 right after it, or "is" right before it."""
    return bool(re.match(r"\s*(?:是|算)|\s+(?:is|was)\s+(?:one\s+of|an?\s)", text[n.end:], re.I)
                or re.fullmatch(r"(?:.*\W)?(?:is|was)\s+", text[:n.start], re.I | re.S))


def _place_kinds_after(q: Question, at: int) -> list[tuple[str, str]]:
    """The kind-of-place words of the question after position at, but one right after another name (综试区城市,
    pilot-zone cities: the places of that thing, not a kind of place said)."""
    ends = {n.end for n in q.names}
    return [(w, c) for w, c in q.kinds if c in PLACE_CLASSES and (p := q.text.lower().find(w.lower())) > at
            and p not in ends]


def _no_other_object_or_place(ctx: Ctx, a: str, b: str, rels: list[str]) -> bool:
    return _no_other_object(ctx, a, b, rels or _where(ctx, a, b))


def _kind_joined(ctx: Ctx, a: str, b: str) -> bool:
    """Are there Australian products at the centre: a kind asked of two names no relation word joins, and a fact
    joins them (it offers products from Australia): where either lies is no "no"."""
    kinds = [c for c in ctx.q.classes if not (ctx.is_a(a, c) or ctx.is_a(b, c))]  # a Guangxi company: what a is
    return bool(kinds) and not ctx.q.relations and _joined_any(ctx, a, b)


def _joined_any(ctx: Ctx, a: str, b: str) -> bool:
    """Some stated fact joins a and b, either way."""
    return ctx.kg.store.ask(query("joined"), {"a": _node(a), "b": _node(b)})


# what a kind word asks of a place's Chinese name in a yes/no question (是县吗: a 县, not a 县级市)
KIND_END = {"县": "县", "county": "County", "市": "市", "区": "区", "district": "District", "city": "市", "cities": "市",
            "城市": "市"}
CITY_WORDS = {"city", "cities", "城市", "市"}  # any place named …市, a prefecture or a county-level city (read at call time)


# a kind a place is asked to hold (梧州市下面有县级市吗, does Hechi have a district), not to be
HOLDS_KIND = (r"有(?:没有)?\s*(?:一个|任何|[\d一二两三四五六七八九十]+\s*个)?\s*{w}|\b(?:have|has|had|any)\b[^?.,]{{0,12}}{w}|"
              r"\b(?:offers?|sells?|carry|carries|stocks?|sources?|imports?|exports?)\b[^?.,]{{0,12}}{w}")  # offer products from


@intent("has_kind", {"zh": ["梧州市下面有县级市吗？", "河池有没有县级市？"], "en": ["Does Wuzhou have a county-level city?"]})
def has_kind(ctx: Ctx):
    """Yes or no: the one place named holds things of the kind asked, with those it holds (是：岑溪市); no when the
    graph's complete division data records none."""
    q = ctx.q
    if not _holds_asked(ctx):
        return False
    word, cls = _kind_said(q)
    cond, values = _conditions(ctx, cls, word)
    values["class"] = _classes(ctx, cls)
    if word.lower() in COUNTY_WORDS and _count_given(q) is not None:
        return _county_count_checked(ctx, cond, values, _count_given(q))
    held = sorted({r["x"].value for r in ctx.run(members_query(cond), values)} - {q.names[0].iri})
    ctx.use("names", "classes", "yesno", "list", "within", "where")
    ctx.add(_holds_said(ctx, held, word), q.names[0].iri)
    for x in held:
        ctx.add(ctx.label(x), x)
    return True


def _county_count_checked(ctx: Ctx, cond: str, values: dict, n: float) -> bool:
    """广西有五十个县吗: 县 in its two senses (县 and 自治县; every county-level unit), yes when the number given is
    either count, with both said."""
    broad, narrow = _counted(ctx, cond, values), _counted(ctx, cond + "\n  " + NAMED_COUNTY, values)
    ctx.use("names", "classes", "yesno", "count", "numbers", "within")
    said = _say(ctx, f"县（含自治县）{narrow} 个，县级行政区共 {broad} 个", f"{narrow} counties (autonomous ones included), {broad} county-level units in all")
    ctx.add(f"{msg('yes' if n in (narrow, broad) else 'no', ctx.lang)}: {said}", value=str(narrow))
    return True


def _holds_said(ctx: Ctx, held: list[str], word: str) -> str:
    """是：岑溪市; or, a number of them asked (广西有12个自治县吗, Does Hechi have 6 autonomous counties?), yes or
    no by how many the complete division data records, with how many and which."""
    given = _count_given(ctx.q)
    if given is not None:
        return _count_verdict(ctx, held, given)
    names = ctx.sep().join(ctx.label(x) for x in held)
    return f"{msg('yes', ctx.lang)}: {names}" if held else msg("holds_none", ctx.lang, place=ctx.label(ctx.q.names[0].iri), kind=word)


def _count_given(q: Question) -> float | None:
    """The one whole number a question gives (12个自治县), else None."""
    given = _numbers_given(q)
    return given[0] if len(given) == 1 and given[0].is_integer() else None


def _count_verdict(ctx: Ctx, held: list[str], n: float) -> str:
    """是: 12（…）: yes when as many are held as the number given, else no, with how many and which."""
    ctx.use("count", "numbers")
    names = ctx.sep().join(ctx.label(x) for x in held) or "-"
    return f"{msg('yes' if len(held) == n else 'no', ctx.lang)}: {len(held)}" + _say(ctx, f"（{names}）", f" ({names})")


def _holds_asked(ctx: Ctx) -> bool:
    """Yes or no of one place and a kind of place it is asked to have (有没有县级市)."""
    q = ctx.q
    if not _kind_asked(q) or not ctx.is_a(q.names[0].iri, "Place"):
        return False
    word, cls = _kind_said(q)
    return cls in PLACE_CLASSES and bool(re.search(HOLDS_KIND.format(w=re.escape(word)), q.text, re.I))


# two kinds offered for one thing (荔浦是县还是县级市, Is Lipu a county or a county-level city?)
KINDS_OFFERED_ZH = lazyre.compile(r"是(?P<a>[\u4e00-\u9fff]{1,6}?)还是(?P<b>[\u4e00-\u9fff]{1,6}?)(?:呢|啊)?[？?。]?$")
KINDS_OFFERED_EN = lazyre.compile(r"\b(?:a|an|the)\s+(?P<a>[a-z][a-z -]{1,30}?)\s+or\s+(?:a|an|the)\s+(?P<b>[a-z][a-z -]{1,30}?)\s*\?*$", re.I)


@intent("which_kind", {"zh": ["荔浦是县还是县级市？"], "en": ["Is Lipu a county or a county-level city?"]})
def which_kind(ctx: Ctx):
    """Which of two kinds one thing is (是县还是县级市, a county or a county-level city): the kinds that hold, each
    checked as is_kind does (the class, and the end of the name the word asks for); neither, said with what it is."""
    offered = _kinds_offered(ctx.q)
    if not offered:
        return False
    e = ctx.q.names[0].iri
    held = [w for w, cls in offered if _kind_rows(ctx, e, w.lower(), cls) and ctx.is_a(e, cls) or _a_city(ctx, e, w)]
    ctx.use("names", "classes", "yesno", "compare")
    what = f"{ctx.label(e)} ({_what_it_is(ctx, e)})"
    ctx.add(f"{ctx.sep().join(held)}: {what}" if held else msg("neither_kind", ctx.lang, fact=what), e)
    ctx.cite(ctx.kg.entity_evidence_iris(e))
    return True


def _kinds_offered(q: Question) -> list[tuple[str, str]]:
    """The two kind words offered for the one thing named, each with its class, or [] (a word that names no kind)."""
    m = (KINDS_OFFERED_ZH if q.lang == "zh" else KINDS_OFFERED_EN).search(q.text) if len(q.names) == 1 else None
    kinds = {**CLASS_WORDS[q.lang], "区": "County", "district": "County"}  # 是县还是区: a district, by its name's end
    offered = [(m.group(k), kinds.get(m.group(k).lower().strip())) for k in ("a", "b")] if m else []
    return offered if offered and all(c for _, c in offered) else []


@intent("is_kind", {"zh": ["荔浦市是县级市吗？", "恭城是瑶族自治县吗？", "南宁老友粉是产品吗？"],
                    "en": ["Is Lipu a county-level city?", "Is Sanjiang an autonomous county?"]})
def is_kind(ctx: Ctx):
    """Yes or no: the one thing named is of the kind asked (a class, and for a kind of place the end of its
    name: 县级市 ends in 市, 瑶族自治县 in 瑶族自治县), with what it is when it is not."""
    q = ctx.q
    if not _kind_asked(q) or q.lang == "zh" and not re.search(r"是|算|属于|叫|为", q.text):
        return False  # 东兴市有没有建跨境电商产业园: what it built, not what it is
    e, (word, cls) = q.names[0].iri, _kind_said(q)
    if re.search(rf"[\d零〇一二三四五六七八九十百千万两几多]\s*个?\s*{re.escape(word)}|" + HOLDS_KIND.format(w=re.escape(word)), q.text, re.I):
        return False  # 广西有五十个县吗: how many; 下面有县级市吗, does it have a district: what it holds, not what it is
    yes = (bool(_kind_rows(ctx, e, word.lower(), cls)) and ctx.is_a(e, cls) or _a_city(ctx, e, word)) and \
        not _zone_not_a_division(ctx, e, word)
    if not yes and _only_broader(ctx, e, cls):  # 敦煌网是电商平台吗: an organisation, a platform or not unsaid
        ctx.use("names", "classes", "yesno")
        ctx.ans.unrecognised.append(msg("kind_unsaid", ctx.lang, name=ctx.label(e), what=_what_it_is(ctx, e), kind=word))
        return True
    called = _called_so(ctx, e)
    said = f"{msg('yes' if yes and called else 'no', ctx.lang)}: {ctx.label(e)} ({_what_it_is(ctx, e)})"
    ctx.add(said if called or not yes else msg("no_instead", ctx.lang, fact=f"{ctx.label(e)} ({_what_it_is(ctx, e)})"), e)
    ctx.cite(ctx.kg.entity_evidence_iris(e))
    ctx.use("names", "classes", "yesno", "count", "list", "about", "level")  # 行政级别是县级市吗: the kind is its level
    return True


ADMINISTRATIVE = lazyre.compile(r"administrative|行政", re.I)


def _zone_not_a_division(ctx: Ctx, e: str, word: str) -> bool:
    """Is the Qinzhou bonded port area an administrative division: a statistical zone is coded but is none."""
    return bool(ADMINISTRATIVE.search(word)) and ctx.is_a(e, "StatisticalZone")


def _only_broader(ctx: Ctx, e: str, cls: str) -> bool:
    """e is typed only with classes the kind asked lies within (an organisation, asked about a platform)."""
    from ..vocab import vocabulary

    if ctx.is_a(e, cls):
        return False
    broader = set(vocabulary().ancestors(GXO + cls)) - {GXO + cls}
    types = {r["t"].value for r in ctx.kg.store.select("SELECT ?t WHERE { ?e a ?t }", {"e": _node(e)})
             if str(r["t"].value).startswith(GXO)}
    return bool(types) and types <= broader


def _called_so(ctx: Ctx, e: str) -> bool:
    """Is SAP a cross-border e-commerce platform: a sentence behind e calls it by the topic before the class word
    (跨境电商平台); true when no topic qualifies the kind."""
    if not ctx.q.described:
        return True
    ctx.use("described")
    return bool(_sentences_naming(ctx, sorted(str(x) for x in ctx.kg.entity_evidence_iris(e)), _described_forms(ctx)))


def _kind_said(q: Question) -> tuple[str, str]:
    """The kind a thing is asked to be: the longest kind word (county-level city, not city), or the first when
    another is set against it (a district rather than a county)."""
    if "instead" in q.cues:
        return min(q.kinds, key=lambda k: (q.text.lower().find(k[0].lower()), -len(k[0])))
    return max(q.kinds, key=lambda k: len(k[0]))


def _what_it_is(ctx: Ctx, e: str) -> str:
    """The labels of the ontology's classes a thing is an instance of."""
    return ctx.sep().join(sorted({ctx.label(t) for t in ctx.types(e) if t.startswith(GXO)})) or "-"


def _kind_asked(q: Question) -> bool:
    """Yes or no of one thing and a class word, nothing else asked (是哪些地方在建…吗: the places, not a kind)."""
    return "yesno" in q.cues and len(q.names) == 1 and bool(q.kinds) and not (q.relations or _hard(q) or q.years
                                                                               or asked_class(q)) and _said_to_be_the_kind(q)


def _said_to_be_the_kind(q: Question) -> bool:
    """Lingyun tea is from a county in some prefecture: a kind said after from, in or of a (a place it comes from or
    lies in) is never what the thing is asked to be."""
    return not any(re.search(rf"\b(?:from|in|of|near|under|inside|within)\s+(?:a|an|the|some|one)\s+{re.escape(w)}", q.text, re.I) for w, _ in q.kinds)


def _kind_rows(ctx: Ctx, e: str, word: str, cls: str) -> list[dict]:
    """kind.rq for e, the class of the kind word, and the end (and inside) of the name the word asks for."""
    from .lexicon import CLASS_NAME_END, CLASS_NAME_FILTER

    end, inside = CLASS_NAME_END.get(word) or KIND_END.get(word) or "", CLASS_NAME_FILTER.get(word, "")
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in end) or not end else "en"
    conditions = ["FILTER(STRENDS(STR(?name), ?end))" if end else "", "FILTER(CONTAINS(LCASE(STR(?name)), ?inside))" if inside else ""]
    values = {"e": [_node(e)], "lang": [_lit(lang)], "end": [_lit(end)] if end else [], "inside": [_lit(inside)] if inside else []}
    return ctx.run(query("kind", "\n  ".join(c for c in conditions if c)), values)


def _yes(ctx: Ctx, a: str, b: str, rels: list[str]) -> bool:
    """Yes: a fact between the two names (of the relation asked, if one is), or one lying in the other."""
    rows = _facts_between(ctx, a, b) or _lies_in(ctx, a, b)
    if rels:
        rows = [r for r in rows if r["p"].value in rels or r["p"].value in _as_place_relation(ctx, rels, a, b)
                or _named_by_words(ctx, r["p"].value)]
    if not rows:
        return False
    r = rows[0]
    ctx.add(f"{msg('yes', ctx.lang)}: {ctx.label(r['s'].value)} —{ctx.label(r['p'].value)}→ {ctx.label(r['o'].value)}",
            r["o"].value)
    ctx.cite([_v(x, "ev") for x in rows])
    ctx.rule_note(_v(r, "rule"))
    return True


def _named_by_words(ctx: Ctx, p: str) -> bool:
    """The question says relation p's Chinese name in its parts (按…模式在运营: 运营模式, implementsModel), one of
    them the relation word it was read by."""
    name = ctx.kg.label(p, "zh")
    parts = [name[i:i + 2] for i in range(0, len(name), 2)] if len(name) % 2 == 0 else []
    words = {ctx.q.words.get(r, "") for r in ctx.q.relations}
    return len(parts) >= 2 and all(x in ctx.q.text for x in parts) and bool(words & set(parts))


def _where(ctx: Ctx, a: str, b: str) -> list[str]:
    """The relations that say where a thing of a's class is (a product comes from), when b is a place: what
    "is a of b" asks when it names no relation (百色芒果是柳州的吗)."""
    if not ctx.is_a(b, "Place") or ctx.is_a(a, "Place"):
        return []
    return [GXO + r for cls, rs in WHERE_BY_CLASS if ctx.is_a(a, cls) for r in rs]


def _above(ctx: Ctx, x: str, y: str) -> bool:
    """y is one of the places x lies in, at any level."""
    return y in _ancestor_set(ctx, x)


def _ancestor_set(ctx: Ctx, x: str, beside: bool = False) -> set[str]:
    """The places x lies in, at any level (ancestors.rq); beside the answer, looked up apart so the query shown
    stays the answer's own."""
    rows = ctx.kg.store.select(query("ancestors"), {"e": _node(x)}) if beside else ctx.run(query("ancestors"), {"e": [_node(x)]})
    return {u["place"].value for u in rows}


def _lies_in(ctx: Ctx, a: str, b: str) -> list[dict]:
    """a lies in b (or b in a) at any level, as a fact row (gxo:locatedIn), by the places above each: one
    bound end, the way every engine follows a path."""
    for x, y in ((a, b), (b, a)):
        if _above(ctx, x, y):
            return [{"s": _node(x), "p": _node(GXO + "locatedIn"), "o": _node(y)}]
    return []


def _yes_via_place(ctx: Ctx, a: str, b: str, rels: list[str]) -> bool:
    """Yes, through a place: a thing is where the graph says it comes from, is held or settled, and so in every
    place that place lies in (南宁香蕉 comes from 南宁市, which lies in 广西). The answer shows both facts."""
    if not ctx.is_a(b, "Place") or ctx.is_a(a, "Place"):
        return False
    where = sorted({GXO + r for _, rs in WHERE_BY_CLASS for r in rs} - {GXO + "locatedIn"})
    if rels:
        where = [r for r in where if r in rels]
    rows = [r for p in where for r in ctx.related({"s": [_node(a)], "p": [_node(p)]})]  # one at a time:
    for r in rows:  # Virtuoso loses rows of a VALUES block of relations joined with the OPTIONAL sentence
        mid = r["o"].value
        if _iri(r["o"]) and _above(ctx, mid, b):
            ctx.add(f"{msg('yes', ctx.lang)}: {ctx.label(a)} —{ctx.label(r['p'].value)}→ {ctx.label(mid)} "
                    f"—{ctx.label(GXO + 'locatedIn')}→ {ctx.label(b)}", b)
            ctx.cite([_v(r, "ev")])
            ctx.cite(ctx.kg.edge_evidence_iris(mid, GXO + "locatedIn", b))
            return True
    return False


def _designated_within(ctx: Ctx, a: str, b: str, rels: list[str]) -> bool:
    """Yes: a place holds a thing of the designation named (灵山县有淘宝村吗: 汉塘村, a Taobao village, lies in
    灵山县); never no, since a designation's members are not listed whole."""
    place, des = (a, b) if ctx.is_a(b, "Designation") else (b, a)
    if not _holding_asked(ctx.q, rels):  # 灵山县是淘宝村吗, does Taobao run rural e-commerce: not what a village holds
        return False
    held = _designated_in(ctx, place, des) if ctx.is_a(place, "Place") and ctx.is_a(des, "Designation") else []
    for x in held[:1]:
        ctx.add(f"{msg('yes', ctx.lang)}: {ctx.label(x)} —{ctx.label(GXO + 'hasDesignation')}→ {ctx.label(des)}; "
                f"{ctx.label(x)} —{ctx.label(GXO + 'locatedIn')}→ … {ctx.label(place)}", x)
        ctx.cite(ctx.kg.edge_evidence_iris(x, GXO + "hasDesignation", des))
    return bool(held)


HAS_ASKED = lazyre.compile(r"有|\b(?:has|have|any|contains?)\b", re.I)


def _holding_asked(q: Question, rels: list[str]) -> bool:
    """The question asks what a place has (有, has, any), by no relation other than a designation or lying in."""
    return HAS_ASKED.search(q.text) is not None and set(rels) <= {GXO + "hasDesignation", GXO + "locatedIn"}


def _designated_in(ctx: Ctx, place: str, des: str) -> list[str]:
    """The things of a designation that lie in a place, at any depth."""
    rows = ctx.kg.store.select("SELECT DISTINCT ?x WHERE { ?x gxo:hasDesignation ?d ; gxo:locatedIn+ ?p }",
                               {"d": _node(des), "p": _node(place)})
    return [r["x"].value for r in rows]


def _near_relation(ctx: Ctx, recorded: str, asked: list[str]) -> bool:
    """The ontology links the relation recorded to one asked (rdfs:seeAlso: 落户 and 入桂发展): not stating one is
    no denial of the other."""
    rows = ctx.kg.store.select("SELECT ?q WHERE { ?p rdfs:seeAlso ?q }", {"p": _node(recorded)})
    return any(r["q"].value in asked or r["q"].value.removeprefix(GXO) in asked for r in rows)


BELONGING_WORDS = ("属于", "归属于", "归属", "归入", "belong to", "belongs to", "belonging to")


def _a_kind_belongs(ctx: Ctx, fact: dict, rels: list[str]) -> bool:
    """Belonging asked in its plain word (属于, belongs to) and a kind of the other stated (南宁老友粉 is a kind of
    广西米粉): it belongs; a group asked to include a thing stated to be its kind or part: it does."""
    asked = {r.removeprefix(GXO) for r in rels}
    if asked == {"hasMember"}:  # 广西米粉包括桂林米粉吗: a kind or part of the group is what it includes
        return fact["p"].value in (GXO + "category", GXO + "partOf")
    return fact["p"].value == GXO + "category" and asked == {"partOf"} and \
        ctx.q.words.get("partOf", "").lower() in BELONGING_WORDS


def _stated_instead(ctx: Ctx, a: str, b: str, rels: list[str]) -> bool:
    """No, not as asked: the relation asked is not stated between the two, another one is (谷歌 came to develop
    in Guangxi; no source says it settled there), and the answer says which."""
    if not rels:
        return False
    rows = _facts_between(ctx, a, b)
    if not rows:
        return False
    r = rows[0]
    fact = f"{ctx.label(r['s'].value)} —{ctx.label(r['p'].value)}→ {ctx.label(r['o'].value)}"
    if _a_kind_belongs(ctx, r, rels):  # 南宁老友粉属于广西米粉吗: a kind of it belongs to it
        ctx.add(f"{msg('yes', ctx.lang)}: {fact}", r["o"].value)
        ctx.cite([_v(x, "ev") for x in rows])
        return True
    fits = any(_can_hold(ctx, p, a, b) for p in rels)  # 北京是试验区的一部分吗: part of fits no place and programme
    near = _near_relation(ctx, r["p"].value, rels)  # 落户 asked, 入桂发展 recorded: the source may not tell them apart
    near = near or _listed_open(ctx, rels, a, b)  # 阿里巴巴、京东、赶街等开展农村电商业务: others may too
    ctx.add(msg("unconfirmed_instead" if near else "no_instead" if fits else "records_instead", ctx.lang, fact=fact), r["o"].value)
    ctx.cite([_v(x, "ev") for x in rows])
    return True


def _can_hold(ctx: Ctx, p: str, a: str, b: str) -> bool:
    """Relation p can hold from a to b by the ontology's domains and ranges (either, when none is given; an end
    given as None is not checked)."""
    t = ctx.kg.vocabulary.properties.get(p.removeprefix(GXO))
    ends = INVERSE_ENDS.get(p.removeprefix(GXO))
    if ends:  # what a group includes: a product or industry and its kinds or parts
        return all(x is None or any(ctx.kg.is_a(x, GXO + c) for c in ends) for x in (a, b))
    if t is None:
        return True
    return all(x is None or not cs or any(ctx.kg.is_a(x, c) for c in cs) for x, cs in ((a, t.domains), (b, t.ranges)))


def _not_among(ctx: Ctx, a: str, b: str, rels: list[str]) -> bool:
    """No, as far as the graph records: b is stated to be made up of (or to have) several things of a's kind,
    by one relation, and a is not one of them (百色芒果 is not among the four teas of 广西桂茶产业). Never for a
    place as b: what lies in or comes from a place is never listed whole."""
    if ctx.is_a(b, "Place"):
        return False
    for p, members in sorted(_members_of_kind(ctx, a, b, rels).items()):
        names = sorted({m["s"].value for m in members})
        if len(names) < 2 or a in names:
            continue
        key = "not_among_open" if _ends_with_etc(ctx, members, "s") else "not_among"  # 凭祥、东兴等: perhaps not all
        ctx.add(msg(key, ctx.lang, group=ctx.label(b), rel=ctx.label(p), name=ctx.label(a),
                    members=ctx.sep().join(ctx.label(n) for n in names)), b)
        ctx.cite([_v(m, "ev") for m in members])
        return True
    return False


def _members_of_kind(ctx: Ctx, a: str, b: str, rels: list[str]) -> dict[str, list]:
    """relation -> the facts ?x relation b whose ?x shares a type with a (the relations asked, if any)."""
    kinds = set(ctx.types(a))
    by_rel: dict[str, list] = {}
    for r in ctx.related({"o": [_node(b)]}):
        p = r["p"].value
        if p.startswith(GXO) and (not rels or p in rels) and set(ctx.types(r["s"].value)) & kinds:
            by_rel.setdefault(p, []).append(r)
    return by_rel


def _as_place_relation(ctx: Ctx, rels: list[str], a: str, b: str) -> list[str]:
    """属于 between two places is lying in: gxo:locatedIn."""
    if GXO + "partOf" in rels and ctx.is_a(a, "Place") and ctx.is_a(b, "Place"):
        return [GXO + "locatedIn"]
    return []


def _no_other_object(ctx: Ctx, a: str, b: str, rels: list[str]) -> bool:
    """No, only when the graph states the relation asked for with another object, one that neither contains b
    (京东 came to develop in 广西: that says nothing against 柳州, which lies in 广西) nor lies in it."""
    unrelated = _unrelated_to(ctx, b)
    for rel in rels:
        verdict = _no_by(ctx, a, b, rel, unrelated)
        if verdict is not None:
            return verdict
    return False


def _no_by(ctx: Ctx, a: str, b: str, rel: str, unrelated) -> bool | None:
    """_no_other_object for one relation: True (no, said), False (no "no" may be said), None (this relation
    says nothing either way)."""
    stated = [r for r in ctx.related({"s": [_node(a)], "p": [_node(rel)]}) if unrelated(r["o"])]
    other = [r for r in stated if not _body_of(ctx, r["o"], b)]  # 广西 set the group up: no word against 商务厅
    if not other:
        if stated:
            return False
        # is the State Council the organiser of the forum: the forum's
        return _no_other_subject(ctx, a, b, rel) if _the_other_way(ctx, rel, a, b) else None
    if _listed_open(ctx, [rel], a, b, ends=("o",)):  # 业务拓展到湖南、江西、四川等省: another is no "no"
        return False
    objs = ctx.sep().join(r["o"].value if _is_literal(r["o"]) else ctx.label(r["o"].value) for r in other)  # a theme: its words
    ctx.add(f"{msg('no', ctx.lang)}: {ctx.label(a)} —{ctx.label(rel)}→ {objs}")
    ctx.cite([_v(x, "ev") for x in other])
    return True


def _body_of(ctx: Ctx, o, b: str) -> bool:
    """One of o and b is a place and the other a body named after it (广西壮族自治区商务厅 of 广西壮族自治区): what
    the one did, the other may be said to have done."""
    return _iri(o) and (_named_after(ctx, o.value, b) or _named_after(ctx, b, o.value))


def _named_after(ctx: Ctx, place: str, body: str) -> bool:
    """body's Chinese name begins with the whole Chinese name of place, a place."""
    p, name = ctx.kg.label(place, "zh") or "", ctx.kg.label(body, "zh") or ""
    return len(p) >= 2 and name.startswith(p) and name != p and ctx.is_a(place, "Place")


def _listed_open(ctx: Ctx, rels: list[str], a: str, b: str, ends=("s", "o")) -> bool:
    """The relation asked is stated of others and b (ends "s"), or of a and others ("o"), in a list its sentence ends
    with 等 (and others): who else is not told, so what the graph does not state of a and b is no "no"."""
    sides = {"s": lambda r: {"p": [_node(r)], "o": [_node(b)]}, "o": lambda r: {"s": [_node(a)], "p": [_node(r)]}}
    return any(_ends_with_etc(ctx, ctx.related(sides[end](r)), end) for end in ends for r in rels)


def _ends_with_etc(ctx: Ctx, rows: list[dict], end: str) -> bool:
    """A sentence behind the facts names one of their `end`s right before 等."""
    labels = {ctx.kg.label(r[end].value, "zh") for r in rows if _iri(r[end])} - {None, ""}
    quotes = [x["quote"].value for x in ctx.sentences(_v(r, "ev") for r in rows)] if labels else []
    return any(map(_etc_after(labels).search, quotes))


def _the_other_way(ctx: Ctx, rel: str, a: str, b: str) -> bool:
    """The relation can hold from b to a only (the names asked in the other order)."""
    return _can_hold(ctx, rel, b, a) and not _can_hold(ctx, rel, a, b)


def _no_other_subject(ctx: Ctx, a: str, b: str, rel: str) -> bool:
    """No: the relation asked is stated of b with another thing than a, and never with a (the forum is organised
    by the Department of Commerce, not by the State Council)."""
    other = [r for r in ctx.related({"s": [_node(b)], "p": [_node(rel)]}) if r["o"].value != a]
    if not other or ctx.related({"s": [_node(b)], "p": [_node(rel)], "o": [_node(a)]}):
        return False
    objs = ctx.sep().join(ctx.label(r["o"].value) for r in other)
    ctx.add(f"{msg('no', ctx.lang)}: {ctx.label(b)} —{ctx.label(rel)}→ {objs}")
    ctx.cite([_v(x, "ev") for x in other])
    return True


def _unrelated_to(ctx: Ctx, b: str):
    """A test of a term: it is neither b's place nor a place above or below it (anything, when b is no place)."""
    if not ctx.is_a(b, "Place"):
        return lambda o: True
    above = _ancestor_set(ctx, b)
    return lambda o: o.value not in above and not (_iri(o) and _above(ctx, o.value, b))


def _no_other_place(ctx: Ctx, a: str, b: str, rels: list[str]) -> bool:
    """No: a place lies in one place of each level, so 融安县 in 柳州市 is not in 河池市."""
    if not (ctx.is_a(a, "Place") and ctx.is_a(b, "Place")) or rels and not _as_place_relation(ctx, rels, a, b):
        return False
    for x, y in ((a, b), (b, a)):  # does Liuzhou administer Longsheng: Longsheng lies in Guilin
        up = _place_at_level_of(ctx, x, y)
        if up and up != y:
            ctx.add(f"{msg('no', ctx.lang)}: {ctx.label(x)} —{ctx.label(GXO + 'locatedIn')}→ {ctx.label(up)}", up)
            ctx.cite(ctx.kg.edge_evidence_iris(x, GXO + "locatedIn", up))
            return True
    return False


def _place_at_level_of(ctx: Ctx, x: str, y: str) -> str | None:
    """The place x lies in at y's level (the prefecture of a county, when y is a prefecture)."""
    level = next((c for c in ("Prefecture", "County", "Province", "Township") if ctx.is_a(y, c)), None)
    up = [r["place"].value for r in ctx.run(query("ancestors"), {"e": [_node(x)]}) if r["cls"].value == GXO + str(level)]
    return up[0] if up else None


# the ways a yes/no between two names is settled, in turn: the first that applies answers
def _another_place(ctx: Ctx, a: str, b: str, rels: list[str]) -> bool:
    """防城港市是钦州市吗: one place said to be another, neither lying in the other: no, two different places."""
    lying = set(rels) <= {GXO + "partOf", GXO + "locatedIn"}  # 北海市属于钦州市: two of one level, neither in the other
    said = _said_to_be(ctx.q.text, ctx.q.names[0])
    if not lying or a == b or not _two_places(ctx, a, b) or not (said or rels or "where" in ctx.q.cues):
        return False
    if not (said or _apart(ctx, a, b)):
        return False
    ctx.add(f"{msg('no', ctx.lang)}: {ctx.label(a)} ({_what_it_is(ctx, a)}) ≠ {ctx.label(b)} ({_what_it_is(ctx, b)})", a)
    ctx.cite(ctx.kg.entity_evidence_iris(a) + ctx.kg.entity_evidence_iris(b))
    return True


def _apart(ctx: Ctx, a: str, b: str) -> bool:
    """Two places of one level, neither lying in the other."""
    return _level_of(ctx, a) == _level_of(ctx, b) and not (_above(ctx, a, b) or _above(ctx, b, a))


def _two_places(ctx: Ctx, a: str, b: str) -> bool:
    return ctx.is_a(a, "Place") and ctx.is_a(b, "Place")


YES_NO_WAYS = (_yes, _yes_via_place, _designated_within, _no_other_object_or_place, _no_other_place, _stated_instead,
               _not_among, _another_place)
YES_WAYS = YES_NO_WAYS[:3]  # the ways that say yes


# ------------------------------------------------------------------------------ counts and lists with conditions


def _condition_relations(ctx: Ctx, cls: str) -> list[str]:
    """The relations that tie ?x to the names: those asked, else the class's own (a product comes from a place;
    of a product named, the kinds of it: 广西米粉下面有几种米粉)."""
    from .lexicon import CLASS_RELATION, KIND_OF_RELATION

    q = ctx.q
    rels = [r for r in q.relations if not (cls == "BusinessModel" and r == "adoptsModel")]
    if rels or not q.names:
        return rels
    if cls in KIND_OF_RELATION and all(ctx.is_a(n.iri, cls) for n in q.names):
        return [KIND_OF_RELATION[cls]]
    return _member_relation(ctx, cls) or ([CLASS_RELATION[cls]] if cls in CLASS_RELATION else [])


def _member_relation(ctx: Ctx, cls: str) -> list[str]:
    """The relation that ties members of the class to the groups named (桂茶产业有几个茶产品: partOf), if any."""
    from .lexicon import MEMBER_OF_RELATION

    return [r for (c, g), r in MEMBER_OF_RELATION.items() if c == cls and all(ctx.is_a(n.iri, g) for n in ctx.q.names)][:1]


def _any_provenance(p: str) -> str:
    """The sentence or rule behind the fact of whatever relation p binds between ?x and ?o."""
    return (f"OPTIONAL {{ ?st rdf:predicate {p} . {{ ?st rdf:subject ?x ; rdf:object ?o }} UNION "
            f"{{ ?st rdf:subject ?o ; rdf:object ?x }} "
            f"OPTIONAL {{ ?st prov:wasDerivedFrom ?ev }} OPTIONAL {{ ?st gxo:derivedBy ?rule }} }}")


# the OPTIONAL of _any_provenance as it stands in a query's text: its sentences are looked up after the members
PROVENANCE = lazyre.compile(re.escape(_any_provenance("PRED")).replace("PRED", r"(gxo:\w+|\?\w+)"))


def _provenance(r: str) -> str:
    """The sentence or rule behind the fact of r between ?x and ?o (either way round)."""
    return _any_provenance(f"gxo:{r}")


def _within(ctx: Ctx, var: str, what: str = "?o", iri: str | None = None) -> str:
    """what is the place or lies in it; the place itself only when the question says so (as a whole). Not
    `?o gxo:locatedIn* ?n`, whose zero-length matches Virtuoso drops. With the place's iri, the places in it are
    found first and bound (a FILTER read every fact of the relation: 0.1 s a list on a million triples)."""
    ctx.use("within", "exact")
    if "exact" in ctx.q.cues:
        return f"FILTER({what} = ?{var})"
    inside = _places_in(ctx, iri) if iri else None
    if inside is not None:
        from ..store.sparql import values_block

        return values_block(what[1:], [_node(iri)] + inside)
    return f"FILTER({what} = ?{var} || EXISTS {{ {what} gxo:locatedIn+ ?{var} }})"


def _directly_only(q: Question) -> bool:
    """本级, itself: the places right under it; as a whole (整体) counts every place in it, never only those right under."""
    return "exact" in q.cues and q.words.get("exact", "").lower() not in ("as a whole", "整体")


MAX_BOUND_PLACES = 2000  # more places in a place than this are filtered, not bound as values


def _places_in(ctx: Ctx, iri: str) -> list | None:
    """The places that lie in the place (at any depth), or None past MAX_BOUND_PLACES."""
    rows = ctx.run(query("places_in").replace("#LIMIT", f"LIMIT {MAX_BOUND_PLACES + 1}"), {"n": [_node(iri)]})
    return [r["t"] for r in rows] if len(rows) <= MAX_BOUND_PLACES else None


def _name_condition(ctx: Ctx, cls: str, k: int, iri: str, rels: list[str]) -> str:
    """The condition one name puts on ?x: lying in a place, a relation asked (taken from rels), or any relation."""
    var, place = f"n{k}", ctx.is_a(iri, "Place")
    if place and (cls in PLACE_CLASSES or cls == "Place" or _where_the_kind_is(ctx, cls, iri)):  # places in Guangxi
        ctx.use("within", "exact")
        return f"?x gxo:locatedIn ?{var} ." if _directly_only(ctx.q) else f"?x gxo:locatedIn+ ?{var} ."
    if place and not rels and cls == "Policy":  # Guangxi-level policy papers: never one naming a city within it
        return f"{{ ?x ?p{k} ?{var} }} UNION {{ ?{var} ?p{k} ?x }} FILTER(STRSTARTS(STR(?p{k}), STR(gxo:)) && ?p{k} NOT IN (gxo:about))"
    if place and not rels:
        ctx.use("within")
        # no FILTER inside a branch reads ?{var}: a branch is evaluated before the VALUES outside it bind it
        # the places within first: from each member to every place it relates to took 74 s on 10M triples
        return (f"{{ ?x ?p{k} ?{var} }} UNION {{ ?t{k} gxo:locatedIn+ ?{var} . ?x ?p{k} ?t{k} }} "
                f"UNION {{ ?{var} ?p{k} ?x }} UNION {{ ?t{k} gxo:locatedIn+ ?{var} . ?t{k} ?p{k} ?x }} "
                f"FILTER(STRSTARTS(STR(?p{k}), STR(gxo:)) && ?p{k} NOT IN (gxo:about))")
    if not rels:
        line = f"{{ ?x ?p{k} ?{var} }} UNION {{ ?{var} ?p{k} ?x }} FILTER(STRSTARTS(STR(?p{k}), STR(gxo:)))"
        return line + (f" BIND(?{var} AS ?o) {_any_provenance('?p0')}" if k == 0 else "")
    r = rels.pop(0)
    if place:  # 凭祥建设了哪些设施: the place may be the subject; 产自百色市下辖的县: the other end of that kind
        kind = " ".join(_other_end_kind(ctx.q, cls, r)) if k == 0 and _kind_of_place_after(ctx.q, iri) else ""
        line = f"{{ ?x gxo:{r} ?o }} UNION {{ ?o gxo:{r} ?x }} {_within(ctx, var, iri=iri)} {kind}\n  {_provenance(r)}"
    else:
        line = f"{{ ?x gxo:{r} ?{var} }} UNION {{ ?{var} gxo:{r} ?x }} BIND(?{var} AS ?o)\n  {_provenance(r)}"
    return line if k == 0 else _own_variables(line, k)


def _kind_of_place_after(q: Question, iri: str) -> bool:
    """百色市下辖的县: a kind of place written right after the place named, what lies in it."""
    n = next((n for n in q.names if n.iri == iri), None)
    after = q.text[n.end:] if n else ""
    return any(re.match(rf"(?:下辖|所辖|下属|下面)?的?{re.escape(w)}", after) for w, c in q.kinds if c in PLACE_CLASSES)


def _where_the_kind_is(ctx: Ctx, cls: str, iri: str) -> bool:
    """Which facility in Nanning sells goods from ASEAN (南宁的哪个设施, the Nanning facility): a place written at the
    class word says where the things listed lie, when another name takes the relation asked."""
    q = ctx.q
    n = next((n for n in q.names if n.iri == iri), None)
    at = q.at.get(cls, -1)
    if n is None or len(q.names) < 2 or at < 0 or not q.relations:
        return False
    between = q.text[n.end:at] if n.end <= at else q.text[at + len(q.words.get(cls, "")):n.start]
    return AT_THE_KIND.fullmatch(between) is not None


AT_THE_KIND = lazyre.compile(r"\s*(?:的|里的|境内的)?(?:哪个|哪些|哪家|哪几个)?\s*|\s+(?:in|of|at)\s+(?:the\s+)?", re.I)


def _own_variables(line: str, k: int) -> str:
    """A second name's condition with its own ?o and provenance variables: two names never share one end (and
    binding ?o twice is an error)."""
    return re.sub(r"\?(o|st|ev|rule)\b", lambda m: f"?{m.group(1)}{k}", line)


def _classes(ctx: Ctx, *local: str) -> list:
    """The classes named (gxo local names) and all their subclasses, as values for ?class: a query reads only
    their instances."""
    wanted = {GXO + c for c in local}
    return [_node(c) for c in sorted(wanted | ctx.kg._class_closure(wanted))]


def _kind_filter(word: str, var: str = "?x") -> str:
    """A class word narrower than its class: 茶 (names with 茶), 县级市 (Chinese names ending in 市)."""
    from .lexicon import CLASS_NAME_BUT, CLASS_NAME_END, CLASS_NAME_FILTER

    if word.lower() in CLASS_NAME_BUT:  # ordinary counties: 县, not 自治县
        end, but = CLASS_NAME_BUT[word.lower()]
        return (f'FILTER EXISTS {{ {var} rdfs:label ?zname . FILTER(LANG(?zname) = "zh" && STRENDS(STR(?zname), "{end}") '
                f'&& !STRENDS(STR(?zname), "{but}")) }}')
    if word in CLASS_NAME_FILTER:
        return (f'FILTER EXISTS {{ {var} rdfs:label ?cname . '
                f'FILTER(CONTAINS(LCASE(STR(?cname)), "{CLASS_NAME_FILTER[word]}")) }}')
    if word in CLASS_NAME_END:
        return (f'FILTER EXISTS {{ {var} rdfs:label ?zname . '
                f'FILTER(LANG(?zname) = "zh" && STRENDS(STR(?zname), "{CLASS_NAME_END[word]}")) }}')
    return ""


def _kinds_filter(q: Question, cls: str) -> str:
    """The filter of the class words the question asks for (not one it leaves out: 除了城区): one word's, or
    for several kinds of one class (县和县级市) names ending as any of them."""
    from .lexicon import CLASS_NAME_END

    words = [w for w, c in q.kinds if c == cls or cls == "Place" and w.lower() in LOOSE_CITY]  # a city anywhere
    words = [w for w in words if not kind_said_to_be(q.text, w)] or words  # 哪些县是苗族或侗族自治县: those kinds
    if len(words) < 2 or not set(words) & set(CLASS_NAME_END):
        return _kind_filter(words[0] if words else q.words.get(cls, ""))
    return "" if _whole_class_joined(q.text, words) else _ends_filter(q, words)  # districts and counties: the class


def _ends_filter(q: Question, words: list[str]) -> str:
    """Names ending as any of the kinds said (县和县级市: 县 or 市)."""
    words = words + (["区"] if BARE_DISTRICT.search(q.text) else [])  # 县、区和县级市: 区 said on its own among them
    tests = " || ".join(f'STRENDS(STR(?zname), "{e}")' for e in _name_ends(words))
    return f'FILTER EXISTS {{ ?x rdfs:label ?zname . FILTER(LANG(?zname) = "zh" && ({tests})) }}'


def _whole_class_joined(text: str, words: list[str]) -> bool:
    """Two class words joined by and, one of them English for the whole class (districts and counties)."""
    from .lexicon import CLASS_NAME_END

    if any(CLASS_NAME_END.get(w.lower()) == "市" for w in words):
        return False  # counties and county-level cities: the two kinds told apart, each by its name's end
    broad = {w for w in words if re.fullmatch(r"[a-z -]+", w.lower()) and w not in CLASS_NAME_END}
    return any(_joined_by_and(text, a, b) for a in words for b in words if a != b and {a, b} & broad)


def _joined_by_and(text: str, a: str, b: str) -> bool:
    return re.search(rf"\b{re.escape(a)}(?:\s+(?:and|&)\s+(?:the\s+)?|\s*/\s*){re.escape(b)}\b", text, re.I) is not None  # districts/counties


BARE_DISTRICT = lazyre.compile(r"[、和及与]区(?=[、和及与？?，,]|$)|(?<![\u4e00-\u9fff])区[、和及与]")


def _name_ends(words: list[str]) -> list[str]:
    """The endings of Chinese names the kind words ask for (县级市: 市, 县: 县)."""
    from .lexicon import CLASS_NAME_END

    ends = {**KIND_END, **JOINED_END, **CLASS_NAME_END}
    both = {e for w in words if w.lstrip("个些") in DISTRICTS_AND_COUNTIES for e in "区县"}  # 区县和县级市: 区, 县 and 市
    return sorted(both | {ends.get(w, ends.get(w.lower(), w)) for w in words if w.lstrip("个些") not in DISTRICTS_AND_COUNTIES})


DISTRICTS_AND_COUNTIES = {"区县", "县区"}  # one word for two kinds: names ending in 区 or 县


# a kind word joined to another (counties or county-level cities): its narrow sense, as its Chinese names end
JOINED_END = {"counties": "县", "county": "县"}


MODEL_CLASSES = ("PovertyAlleviationModel", "TradeModel", "BusinessModel")


def _conditions(ctx: Ctx, cls: str, word: str | None = None) -> tuple[str, dict]:
    """SPARQL conditions on ?x from the question's names, relations and class words: all of them."""
    q = ctx.q
    rels = _condition_relations(ctx, cls)
    names = _conditioning_names(ctx, cls)
    values = {f"n{k}": [_node(n.iri)] for k, n in enumerate(names)}
    lines = [_name_condition(ctx, cls, k, n.iri, rels) for k, n in enumerate(names)]
    if _places_each(ctx, cls):  # 梧州和玉林的县级市: those of either, one query
        values, lines = {"n0": [_node(n.iri) for n in q.names]}, lines[:1]
    lines += _unnamed_relation_lines(q, cls, rels)
    lines.append(_kind_filter(word) if word is not None else _kinds_filter(q, cls))
    lines += [_left_out(end) for end in dict.fromkeys(q.excluded)]
    lines += _bound_lines(ctx)
    lines += _dated_lines(ctx)
    lines += _year_lines(ctx, cls)
    lines += _besides_lines(ctx, values, cls)
    lines += _example_lines(ctx, values)
    lines += _phrase_lines(ctx, values)
    lines += _name_has_lines(ctx, values)
    lines += _former_code_lines(ctx, cls)
    lines += _mentioned_lines(ctx, cls, values)
    lines += _figures_about_kinds(q, cls)
    for extra in q.classes[1:]:  # 采用电商扶贫模式的县: the model's class is a condition on what ?x adopted
        if extra in MODEL_CLASSES and cls in PLACE_CLASSES:
            lines.append(f"?x gxo:adoptsModel ?pm . ?pm a/rdfs:subClassOf* gxo:{extra} .")
        elif _held_kind(q, cls, extra):
            lines.append(_holds_a_thing_of(extra))
        elif _tied_kind(q, cls, extra):
            lines.append(_tied_to_a_thing_of(extra))
    return "\n  ".join(x for x in lines if x), values


def _figures_about_kinds(q: Question, cls: str) -> list[str]:
    """Figures counted or listed with another kind named (figures about a product, 关于产品的数据): those about a
    thing of that kind only."""
    kinds = [c for c in q.classes if c not in ("Observation", "Indicator")] if cls == "Observation" else []
    return [f"?x gxo:about ?about{k} . ?about{k} a/rdfs:subClassOf* gxo:{c} ." for k, c in enumerate(kinds)]


# tied to, linked to, 与…有关: a thing of another kind any relation of the ontology ties directly
TIED_WORDS = lazyre.compile(r"\b(?:tied|linked|related|connected|associated|attached)\s+(?:to|with)\b|有关|相关|关联|挂钩|联系", re.I)


def _tied_kind(q: Question, cls: str, extra: str) -> bool:
    """Products tied to a poverty-alleviation model: things (no places) counted or listed, another kind, no relation
    named but a word that ties them."""
    return cls not in PLACE_CLASSES and extra != cls and not q.relations and bool(TIED_WORDS.search(q.text))


def _tied_to_a_thing_of(extra: str) -> str:
    return (f"FILTER EXISTS {{ ?y a/rdfs:subClassOf* gxo:{extra} . {{ ?y ?r ?x }} UNION {{ ?x ?r ?y }} "
            f"FILTER(STRSTARTS(STR(?r), STR(gxo:))) }}")


def _mentioned_lines(ctx: Ctx, cls: str, values: dict) -> list[str]:
    """文章里提到了哪些县: places (the division data holds them all) that the article's sentences name, by a name of
    theirs; only when the graph holds one article (with more, which one is not said)."""
    if cls not in PLACE_CLASSES or not ARTICLE_SCOPE.search(ctx.q.text):
        return []
    article = _the_article(ctx)
    ctx.use("source")
    if article is None:
        return ["FILTER(false)"]  # which article is not said: none listed, and the answer refused
    named = _places_named_in(ctx, article)
    values["x"] = [_node(p) for p in named]
    return [] if named else ["FILTER(false)"]


def _places_named_in(ctx: Ctx, article) -> list[str]:
    """The places the article's sentences name, by a name of theirs that is not inside a longer name of another
    place there (防城 of 防城港 names 防城港市, not 防城区)."""
    out: set[str] = set()
    for r in ctx.run(query("article_quotes"), {"a": [article]}):
        found = _place_spans(ctx, r["q"].value)
        out.update(i for s, e, iris in found if not _inside_another_place(s, e, iris, found) for i in iris)
    return sorted(out)


def _place_spans(ctx: Ctx, text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, the places of that name) of each name the text holds (no places: an empty list)."""
    return [(end - len(form) + 1, end + 1, [i for i in iris if ctx.is_a(i, "Place")]) for end, (form, iris) in ctx.kg.names.names_in(text)]


def _inside_another_place(s: int, e: int, iris: list[str], found: list) -> bool:
    return any(s2 <= s and e <= e2 and e2 - s2 > e - s and set(i2) - set(iris) for s2, e2, i2 in found)


def _name_has_lines(ctx: Ctx, values: dict) -> list[str]:
    """名字里带“山”的县, counties with 林 in the name: ?x's Chinese name holds the characters (bound, not pasted);
    pinyin starting Long, codes ending in 81: ?x's pinyin or code begins or ends so."""
    lines = []
    for k, (prop, how, text) in enumerate(ctx.q.name_rules):
        ctx.use("name_has")
        values[f"rule{k}"] = [_lit(text.lower())]
        test = "STRSTARTS" if how == "starts" else "STRENDS"
        lines.append(f"FILTER EXISTS {{ ?x gxo:{prop} ?rv{k} . FILTER({test}(LCASE(STR(?rv{k})), ?rule{k})) }}")
    if not ctx.q.name_has:
        return lines
    ctx.use("name_has", "chinese_name")  # 名字里带龙, with 龙 in their Chinese name
    values["has"] = [_lit(ctx.q.name_has)]
    return lines + ['FILTER EXISTS { ?x rdfs:label ?hname . FILTER(LANG(?hname) = "zh" && CONTAINS(STR(?hname), ?has)) }']


def _former_code_lines(ctx: Ctx, cls: str) -> list[str]:
    """县级市中有几个记录了旧代码, which counties have a former code: places with a former code on record."""
    if "old_code" not in ctx.q.cues or cls not in PLACE_CLASSES or not ctx.q.cues & {"count", "list"}:
        return []
    ctx.use("old_code")  # a code before a renaming (横县 450127) is a former code too
    return ["FILTER EXISTS { { ?x gxo:formerCode ?former } UNION { ?x gxo:nameChange/gxo:oldCode ?former } }"]


def _held_kind(q: Question, cls: str, extra: str) -> bool:
    """有几个地级市有产品: places counted or listed, another kind that is no place nor model and no relation word:
    the places something of that kind is tied to (in them or in a place within)."""
    from ..vocab import vocabulary

    placeish = extra == "Place" or GXO + "Place" in vocabulary().ancestors(GXO + extra)
    return cls in PLACE_CLASSES and not placeish and extra not in MODEL_CLASSES and not _an_end_of_relations(q, extra)


def _an_end_of_relations(q: Question, extra: str) -> bool:
    """The kind is what a relation asked links to (举办了哪些活动: events, the relation's range) or any relation
    asked has no ends said; a kind beside a relation that is neither (既有产品又采用了模式: products) is a
    condition of its own."""
    from ..vocab import vocabulary

    v = vocabulary()
    kinds = {GXO + extra, *v.ancestors(GXO + extra)}
    ends = [_ends(v.relations.get(r)) | _ends(v.relations.get(ALTERNATES.get(r, ""))) for r in q.relations]  # adopts: implements too
    return any(not e or kinds & e for e in ends)


def _ends(t) -> set:
    """The classes a relation term links (its domains and ranges); none for no term."""
    return set(t.ranges) | set(t.domains) if t else set()


def _holds_a_thing_of(extra: str) -> str:
    return (f"FILTER EXISTS {{ ?y a/rdfs:subClassOf* gxo:{extra} . {{ ?y ?r ?x }} UNION {{ ?y ?r ?t . ?t gxo:locatedIn+ ?x }} "
            f"FILTER(STRSTARTS(STR(?r), STR(gxo:)) && ?r != gxo:locatedIn) }}")


def _conditioning_names(ctx: Ctx, cls: str):
    """The names that are conditions on the places counted or listed: never a place of that class lying in another
    place named (counting districts and Beiliu, 凭祥那种县级市: an example of what is counted or left out)."""
    names = ctx.q.names
    return [n for n in names if cls not in PLACE_CLASSES or not _example_of(ctx, n, cls, names)]


def _example_of(ctx: Ctx, n, cls: str, names: list) -> bool:
    """n is of the class counted and lies in another place named."""
    return ctx.is_a(n.iri, cls) and any(_above(ctx, n.iri, m.iri) for m in names if m is not n)


def _places_each(ctx: Ctx, cls: str) -> bool:
    """Two or more places of one level named, a finer level asked (the county-level cities of Wuzhou and of Yulin):
    the places within each, not within all at once."""
    names = [n.iri for n in ctx.q.names] if cls in PLACE_CLASSES else []
    levels = [_level_of(ctx, n) for n in names]  # None for a thing that is no place (Ganjie): never either's
    return len(names) >= 2 and None not in levels and len(set(levels)) == 1 and cls not in levels


def _level_of(ctx: Ctx, iri: str) -> str | None:
    return next((c for c in PLACE_CLASSES if ctx.is_a(iri, c)), None)


def _example_lines(ctx: Ctx, values: dict) -> list[str]:
    """“壮族三月三”电商节之类的活动: the things named in a sentence that also names the example (bound, never pasted)."""
    for k, iri in enumerate(ctx.q.examples):
        values[f"ex{k}"] = [_node(iri)]
        ctx.note(msg("named_with", ctx.lang, name=ctx.label(iri)))
        ctx.cite([_v(r, "ev") for r in ctx.run(query("example_evidence"), {"e": [_node(iri)]})])
    return [f"?x prov:wasDerivedFrom ?exev{k} . ?ex{k} prov:wasDerivedFrom ?exev{k} ." for k in range(len(ctx.q.examples))]


def _phrase_lines(ctx: Ctx, values: dict) -> list[str]:
    """电商品牌活动, brand campaigns: the things whose source sentence calls them so (bound, never pasted)."""
    for k, phrase in enumerate(ctx.q.phrases):
        values[f"ph{k}"] = [_lit(phrase)]
        ctx.note(_say(ctx, f"按来源原句的说法（“{phrase}”）", f"as the source sentence calls them (“{phrase}”)"))
    return [f"FILTER EXISTS {{ ?x prov:wasDerivedFrom ?phev{k} . ?phev{k} gxo:quote ?phq{k} . FILTER(CONTAINS(STR(?phq{k}), ?ph{k})) }}"
            for k in range(len(ctx.q.phrases))]


def _besides_lines(ctx: Ctx, values: dict, cls: str) -> list[str]:
    """除了广西，还有几个省级行政区: each thing named to be left out is no member (bound, never pasted); 除南宁外哪些活动,
    除了国务院的批复: a thing of another kind leaves out what is tied to it."""
    for k, iri in enumerate(ctx.q.besides):
        values[f"b{k}"] = [_node(iri)]
        ctx.use("besides")
    return [_left_out_line(k, iri in ctx.q.besides_owned or not ctx.is_a(iri, cls)) for k, iri in enumerate(ctx.q.besides)]


def _left_out_line(k: int, owned: bool) -> str:
    """?x is not the thing left out; for 国务院的批复, nothing tied to it (what it issued)."""
    if owned:
        return f"FILTER(?x != ?b{k}) FILTER NOT EXISTS {{ {{ ?x ?bp{k} ?b{k} }} UNION {{ ?b{k} ?bp{k} ?x }} }}"
    return f"FILTER(?x != ?b{k})"


def _dated_lines(ctx: Ctx) -> list[str]:
    """有发布日期的政策: ?x has a date of issue or of its start on record."""
    if "dated" not in ctx.q.cues:
        return []
    ctx.use("dated")
    return ["FILTER EXISTS { ?x dct:issued|schema:startDate ?dated }"]


def _year_lines(ctx: Ctx, cls: str) -> list[str]:
    """哪些论坛是2018年举办的, the events of 2018: things with a date (held, issued) in a year asked, when no figure
    is asked; the answer says that things whose date is not stated are left out."""
    q = ctx.q
    if not q.years or q.indicators or cls not in DATED_CLASSES or q.names:
        return []
    ctx.use("years", "when")
    ctx.note(msg("dated_only", ctx.lang, years=ctx.sep().join(q.years)))
    years = ", ".join(f'"{int(y)}"' for y in q.years)
    return [f"?x dct:issued|schema:startDate ?when . FILTER(SUBSTR(STR(?when), 1, 4) IN ({years}))"]


DATED_CLASSES = ("Event", "Policy")


def _bound_lines(ctx: Ctx) -> list[str]:
    """?x lies on the side asked of each line of latitude or longitude (south of 22°N), by its coordinates."""
    if ctx.q.bounds:
        ctx.use("coordinate", "geo")  # 按坐标, by the coordinates: the bound is read from them
    return [f"?x geo:{c} ?{c}{k} . FILTER(?{c}{k} {'>' if above else '<'} {deg})"
            for k, (c, above, deg) in enumerate(ctx.q.bounds)]


def _left_out(end: str) -> str:
    """A kind the question leaves out: names ending so (不算区), or a class (excluding the platforms)."""
    if end.startswith("class:"):
        return f"FILTER NOT EXISTS {{ ?x a/rdfs:subClassOf* gxo:{end[6:]} }}"
    return f'FILTER NOT EXISTS {{ ?x rdfs:label ?xname . FILTER(LANG(?xname) = "zh" && STRENDS(STR(?xname), "{end}")) }}'


def _unnamed_relation_lines(q: Question, cls: str, rels: list[str]) -> list[str]:
    """A relation with no name: ?x has it with anything (implementing a model goes without saying when
    adopting one is asked, or of a place)."""
    lines = []
    for r in rels:
        if r == "implementsModel" and ("adoptsModel" in q.relations or cls in PLACE_CLASSES):
            continue
        lines.append(f"FILTER NOT EXISTS {{ ?x gxo:{r} ?none }}" if _lacking(q) else f"{_edge(r, cls)} . {_provenance(r)}")
        lines += [] if _lacking(q) else _other_end_kind(q, cls, r)
    return lines


def _other_end_kind(q: Question, cls: str, r: str) -> list[str]:
    """Which products come from a county: the other class word asked is a condition on the other end of r (?o
    a county-level division), when r's other end can be of that class."""
    from ..vocab import vocabulary

    t = vocabulary().relations.get(r)
    ends = set(t.domains if _points_to(r, cls) else t.ranges) if t else set()
    kinds = [c for c in q.classes if c != cls and ends & set(vocabulary().ancestors(GXO + c) + [GXO + c])]
    return [f"?o a/rdfs:subClassOf* gxo:{c} . {_kind_filter(q.words.get(c, ''), '?o')}" for c in kinds[:1]]


def _edge(r: str, cls: str) -> str:
    """?x r ?o, or ?o r ?x when the things listed are what r points to."""
    return f"?o gxo:{r} ?x" if _points_to(r, cls) else f"?x gxo:{r} ?o"


def _points_to(r: str, cls: str) -> bool:
    """The things of cls are what r points to (the bodies that issued policies: a policy is issued by them), by the
    ontology's domain and range."""
    from ..vocab import vocabulary

    t = vocabulary().relations.get(r)
    return t is not None and GXO + cls in t.ranges and GXO + cls not in t.domains


RECORD_ABSENCE = lazyre.compile(r"写明|注明|说明|标明|记录|记载|\bstated\b|\brecorded\b|\blisted\b|\bon record\b|in the data|in the graph", re.I)


def _lacking(q: Question) -> bool:
    """哪些政策文件没有写明发布机关: the members the graph states the relation of for none (absence in the record,
    asked as such; 哪些县没有采用模式 asks of the world, which the graph cannot say)."""
    return "negation" in q.cues and not q.names and RECORD_ABSENCE.search(q.text) is not None


def _designated_figure(ctx: Ctx, designations: list[str]) -> list[str]:
    """The indicators named after a designation (示范县: 国家电子商务进农村综合示范县数量): the graph states how many."""
    rows = ctx.kg.store.select("SELECT DISTINCT ?i WHERE { ?i a gxo:Indicator ; rdfs:label ?l . "
                               "?d rdfs:label|skos:altLabel ?dl . FILTER(LANG(?l) = LANG(?dl) && CONTAINS(?l, ?dl)) } "
                               "ORDER BY ?i", {"d": _node(designations[0])})
    return [r["i"].value for r in rows]


def _narrower_said_as(q: Question) -> tuple[str, str] | None:
    """How many organisations does the graph classify as platforms, 被归为平台的机构: the narrower kind said as what
    the wider ones are classed as is the one counted."""
    from ..vocab import vocabulary

    if len(q.kinds) != 2 or not CLASSED_AS.search(q.text):
        return None
    (_, a), (_, b) = q.kinds
    return q.kinds[1] if GXO + a in vocabulary().ancestors(GXO + b)[1:] else None


CLASSED_AS = lazyre.compile(r"\b(?:classif(?:y|ies|ied)|class(?:es|ed)?|typed?|categori[sz](?:e|es|ed)|recorded|listed|labell?ed)\s+as\b|归为|归类为|算作|标为|记为", re.I)


def _counted_kinds(ctx: Ctx, designations: list[str]) -> list[tuple[str, str]]:
    """The class words counted: the first class word's class, once per narrower kind (县级行政区 and 市辖区:
    two counts), or each with its own count word; with none, the class of what holds the designation asked about (多少个淘宝村)."""
    kinds = ctx.q.kinds or _kind_of_holders(ctx, designations)
    if not kinds:
        return []
    head = _narrower_said_as(ctx.q) or _counted_head(ctx.q)
    cls = (head or kinds[0])[1]  # 批复一共同意了多少个城市: the cities, not the reply
    if head and _among_others(ctx.q, head):
        return [head]  # 桂林的10个县当中，自治县占几个: the autonomous counties among them
    out, seen = [], set()
    each = _each_kind_counted(ctx.q) or _other_kinds_joined(ctx.q)  # 多少个地级市、多少个县级市: every kind, each its own count
    for w, c in kinds:
        if (c == cls or each) and (_kind_filter(w), c) not in seen:
            seen.add((_kind_filter(w), c))
            out.append((w, c))
    return out


KINDS_JOINED = lazyre.compile(r"[”\"」』']?\s*(?:类(?:实体|条目|节点)?)?\s*(?:和|、|与|及|以及|跟|,|，|and|or|(?:多|少)?还是|or (?:more|fewer))\s*"
                              r"(?:(?:how many|多少个?|几个|几家)\s*)?(?:the\s+)?[“\"「『']?$", re.I)


def _other_kinds_joined(q: Question) -> bool:
    """图谱里电商平台和组织各有几个, platforms and how many organizations: kinds of things (no places, no relation
    between them) joined by and are each counted."""
    if not _kinds_of_things(q):
        return False
    low, kinds = q.text.lower(), list({c: (w, c) for w, c in reversed(q.kinds)}.values())[::-1]  # policy documents: one kind
    at = [low.find(w.lower()) for w, _ in kinds]
    return min(at) >= 0 and all(_joined(low[a + len(w):b]) for (w, _), a, b in zip(kinds, at, at[1:]))


def _kinds_of_things(q: Question) -> bool:
    """Two kinds or more, none of places, and no relation between them."""
    return not q.relations and len({c for _, c in q.kinds}) >= 2 and not any(c in PLACE_CLASSES for _, c in q.kinds)


def _joined(between: str) -> bool:
    return KINDS_JOINED.match(between) is not None


def _kind_of_holders(ctx: Ctx, designations: list[str]) -> list[tuple[str, str]]:
    """多少个淘宝村: the class of what holds the designation asked about."""
    if not designations:
        return []
    held = ctx.kg.store.select("SELECT DISTINCT ?c WHERE { ?x gxo:hasDesignation ?d ; a ?c }", {"d": _node(designations[0])})
    return [("", r["c"].value.rsplit("#", 1)[-1]) for r in held][:1]


def _stated_count(ctx: Ctx, designations: list[str]) -> bool:
    """A count the graph states as a figure (47个示范县): the number, not the list."""
    q = ctx.q
    inds = q.indicators or (_designated_figure(ctx, designations) if designations else [])
    if not inds or not _counts_the_kind(ctx, inds) or _sum_of_several(q, inds):
        return False
    subjects = [n.iri for n in q.names if not ctx.is_a(n.iri, "Designation")] or _subjects_for(ctx, inds)
    rows = figure_rows(ctx, subjects, inds, q.years)
    if rows:
        ctx.use("names", "indicators", "classes", "count", "years", "within", "total")
        if designations:  # 获批示范县: the relation to the designation the figure counts
            ctx.use("relations")
        if not any(ctx.is_a(s, "Place") for s in subjects):
            ctx.use("whole")  # 批复全国一共同意了多少个城市: a document's count is national; a place's never is
        for f in rows:
            show_figure(ctx, f)
    return bool(rows)


def _sum_of_several(q: Question, inds: list[str]) -> bool:
    """Several figures added (a total of stations and outlets): a sum, no count stated."""
    return len(inds) > 1 and "total" in q.cues


def _counts_the_kind(ctx: Ctx, inds: list[str]) -> bool:
    """The kind counted (几个市辖区) is one a figure's name says it counts (城市数 counts no districts), or none is
    said beside the count word."""
    from ..text import singular

    head = _counted_head(ctx.q)
    names = " ".join((ctx.kg.label(i, "zh") or "") + " " + (ctx.kg.label(i, "en") or "").lower() for i in inds)
    return head is None or head[0].lower() in names or singular(head[0].lower()) in names


def _no_stated_total(ctx: Ctx, designation: str, kind: tuple[str, str]) -> bool:
    """How many hold a designation (淘宝村, demonstration counties) is a number an official list gives, and no
    source the graph holds states it: refused, with those the graph records (never their count as the total)."""
    cond, values = _conditions(ctx, kind[1], kind[0])
    values["class"] = _classes(ctx, kind[1])
    members = ctx.run(members_query(cond), values)
    names = sorted({ctx.label(r["x"].value) for r in members})
    ctx.use("names", "classes", "count", "relations", "list", "total")
    ctx.ans.unrecognised.append(msg("no_total" if names else "no_total_none", ctx.lang, what=ctx.label(designation), n=len(names),
                                    members=ctx.sep().join(names[:30])))
    return True


COUNTY_WORDS = ("县", "counties", "county")
# 县 said in its narrow sense: 县 and 自治县, not districts nor county-level cities
ONLY_COUNTIES = lazyre.compile(r"自治县(?:也|都)?(?:要)?(?:算上|算|包括)|只(?:数|算)县|only (?:the )?counties|counties only|"
                               r"(?:含|包括|包含|连同|加上)自治县|县和自治县|autonomous (?:ones|counties) (?:included|too|as well|counted)|"
                               r"(?:including|counting|with) (?:the )?autonomous (?:ones|counties)", re.I)
NAMED_COUNTY = 'FILTER EXISTS { ?x rdfs:label ?cname . FILTER(LANG(?cname) = "zh" && STRENDS(STR(?cname), "县")) }'


def _count_kind(ctx: Ctx, word: str, cls: str, beside: list[str]) -> None:
    """How many ?x of one class word meet every condition; the members (up to 30) in a note, with evidence. 县
    (county) is said in two senses: every county-level division, or 县 and 自治县 only; both counts are given,
    the one the question's words point to first; beside other county-level words (几个区、几个县), only 县."""
    cond, values = _conditions(ctx, cls, word)
    values["class"] = _classes(ctx, *_city_classes(word, cls))
    if _each_counted(ctx, cls):
        return _count_in_each(ctx, cond, values, word.lower() in COUNTY_WORDS and cls == "County")
    n = _counted(ctx, cond, values) or _cities_at_any_level(ctx, word, cls, cond, values)
    if word.lower() in COUNTY_WORDS and cls == "County" and n:
        cond, n = _counties_beside(ctx, cond, values, beside) if beside else _county_sense(ctx, cond, values, n)
    if n == 0 and not beside and not _none_is_zero(ctx, word, cls):  # none found is what the graph records,
        ctx.ans.unrecognised.append(msg("none_recorded", ctx.lang, what=word or ctx.label(GXO + cls)))  # not 0
        return
    ctx.add(f"{word.lstrip('个')}: {n}" if beside else str(n), value=str(n), unit=GXO + "Count")
    _members_of_count(ctx, word, cls, n, cond, values)


def _cities_at_any_level(ctx: Ctx, word: str, cls: str, cond: str, values: dict) -> int:
    """有几个城市采用了这个模式 (凭祥市, 东兴市): cities none of them prefecture-level are counted at any level, said so;
    the question's own word asks for names ending in 市, so no county or district is counted."""
    if cls != "Prefecture" or word.lower() not in CITY_WORDS or word not in CLASS_NAME_END:
        return 0
    values["class"] = _classes(ctx, "Prefecture", "County")
    n = _counted(ctx, cond, values)
    if n:
        ctx.note(msg("cities_any_level", ctx.lang))
    return n


def _members_of_count(ctx: Ctx, word: str, cls: str, n: int, cond: str, values: dict) -> None:
    """The members counted (up to 30), noted with their sentences, and kept to add counts without counting one
    twice; a source's list ending in 等 said."""
    rows = ctx.run(members_query(cond), values) if 0 < n <= 30 and cls != "Observation" else []
    ctx.kind_members.append({r["x"].value for r in rows} if len(rows) == n else None)
    _members_noted(ctx, rows)
    _listed_with_others(ctx, rows, word or ctx.label(GXO + cls), n)


def _none_is_zero(ctx: Ctx, word: str, cls: str) -> bool:
    """柳州有几个县级市: the division data is whole at county level, so none there is 0, said so."""
    if not _complete_division_kind(ctx, [cls]):
        return False
    key = "none_meet" if _filtered_kind(ctx.q) else "none_under"  # 自治县里北纬23.44度以南的: none of them, not none there
    ctx.note(msg(key, ctx.lang, place=ctx.label(_division_named(ctx)), kind=word or ctx.label(GXO + cls)))
    return True


def _filtered_kind(q: Question) -> bool:
    """The kind is narrowed by a condition on the places' own data: a side of a line, characters, a code or pinyin."""
    return bool(q.bounds or q.name_has or q.name_rules)


def _city_classes(word: str, cls: str) -> tuple[str, ...]:
    """Cities counted: the prefectures, and a municipality (北京市, a province-level city) where one is held; the
    word's name filter (…市) keeps the provinces out."""
    return (cls, "Province") if cls == "Prefecture" and word.lower() in CITY_WORDS and word in CLASS_NAME_END else (cls,)


def _counties_beside(ctx: Ctx, cond: str, values: dict, beside: list[str]) -> tuple[str, int]:
    """几个区、几个县: 县 counted beside other county-level words is 县 alone (named …县), never the districts or
    cities counted beside it; beside 自治县, no autonomous county either."""
    words = " ".join(beside).lower()
    if re.search(r"区|县级市|自治县|district|county-level cit|autonomous", words):
        plain = "自治县" in words or "autonomous" in words
        cond = "\n  ".join([cond, NAMED_COUNTY] + [_left_out("自治县")] * plain)
        ctx.note(msg(("named_counties", "plain_counties_only")[plain], ctx.lang))
    return cond, _counted(ctx, cond, values)


def _listed_with_others(ctx: Ctx, rows: list[dict], what: str, n: int) -> None:
    """阿里巴巴一达通、浙江聚贸、德国思爱普（SAP）等跨境电商平台: a source that lists the things counted with 等 (and
    others) gives no total: the count is said to be what the graph records, and refused when the total is demanded
    (我要总数，不是举例); the article's own list counted (文章列举了几个) is a count."""
    if ARTICLE_SCOPE.search(ctx.q.text) or not _ends_with_etc(ctx, rows, "x"):
        return
    if TOTAL_DEMANDED.search(ctx.q.text):
        _count_refused(ctx, rows, what, n)
    else:
        ctx.note(_how_many_in_all(ctx, rows, n) or msg("listed_etc", ctx.lang, n=n))


def _how_many_in_all(ctx: Ctx, rows: list[dict], n: int) -> str | None:
    """北京等22个城市: the number the source gives in all, beside the ones the graph records; the answer unless
    what the graph records is asked (how many does the graph record)."""
    said, quote = _number_in_evidence(ctx, rows)
    if not said or said <= n:
        return None
    last = ctx.ans.answers[-1]
    if last["label"] == str(n) and not IN_THE_GRAPH.search(ctx.q.text):
        last["label"] = last["value"] = str(said)
    members = sorted({ctx.label(r["x"].value) for r in rows})
    return msg("fewer_than_source", ctx.lang, said=said, quote=quote, n=n, members=ctx.sep().join(members))


def _etc_in_the_sentence(ctx: Ctx) -> None:
    """业务拓展到江西、四川、湖南等省: things listed that the sentence ends with 等 (and others) are perhaps not all;
    said, with how many the graph records."""
    labels = {ctx.kg.label(a["iri"], "zh") for a in ctx.ans.answers if a.get("iri")} - {None, ""}
    n = max((_named_in_the_list(labels, m) for q in _quotes_cited(ctx) for m in _etc_after(labels).finditer(q)) if labels else [], default=0)
    if n:
        ctx.note(msg("listed_etc", ctx.lang, n=n))


def _named_in_the_list(labels: set, m: re.Match) -> int:
    """How many of the answers the list that ends with 等 names (its clause, back to the last comma or stop): the
    other answers (a model beside the provinces its business reached) are no part of it."""
    start = max(m.string.rfind(c, 0, m.start()) for c in "，。；：,;:") + 1
    clause = m.string[start:m.end()]
    return sum(1 for x in labels if _said_in(x, clause))


def _said_in(label: str, clause: str) -> bool:
    """The label, or its short form without 省/市/县/区 (湖南 for 湖南省), is in the clause."""
    return label in clause or _short_form(label) in clause


def _short_form(label: str) -> str:
    """湖南 for 湖南省: a name of three characters or more without its 省/市/县/区 (the label itself when shorter)."""
    return re.sub("[省市县区]$", "", label) if len(label) > 2 else label


def _etc_after(labels: set) -> re.Pattern:
    """Any of the names, or its short form (湖南等省: 湖南省 as said), right before 等."""
    forms = labels | {_short_form(x) for x in labels}
    return re.compile("(?:" + "|".join(map(re.escape, forms)) + r")[）)”」\"]*\s*等(?![级待到同])")


def _quotes_cited(ctx: Ctx) -> list[str]:
    """The source sentences cited so far, as written (an English answer cites their translations too)."""
    return list(ctx.ans.evidence) + [x.get("quote") or "" for x in ctx.ans.sources]


def _count_refused(ctx: Ctx, rows: list[dict], what: str, n: int) -> None:
    """The count taken back, with what the graph records said instead."""
    ctx.ans.answers.pop()
    ctx.no_total = True
    members = ctx.sep().join(sorted({ctx.label(r["x"].value) for r in rows}))
    ctx.ans.notes = [x for x in ctx.ans.notes if x != members]
    ctx.ans.unrecognised.append(msg("no_total" if n else "no_total_none", ctx.lang, what=what, n=n, members=members))


# the whole number asked for, not the things a source names (我要总数，不是举例; the total, not just examples)
TOTAL_DEMANDED = lazyre.compile(r"总数|不是举例|不要举例|全部数量|\bin total\b|\bthe total\b|\ball of them\b|\bnot (?:just )?(?:the )?examples\b|"
                            r"\bthe full (?:number|count)\b", re.I)


EACH = lazyre.compile(r"各|分别|\beach\b|\brespectively\b", re.I)


def _each_counted(ctx: Ctx, cls: str) -> bool:
    return bool(EACH.search(ctx.q.text)) and _places_each(ctx, cls)


def _count_in_each(ctx: Ctx, cond: str, values: dict, counties: bool) -> None:
    """梧州和玉林各有多少个县: one count for each place named (never the two added up); of 县, the county-level
    divisions with the 县 and 自治县 among them said."""
    for n in ctx.q.names:
        each = {**values, "n0": [_node(n.iri)]}
        k = _counted(ctx, cond, each)
        narrow = msg("counties_among", ctx.lang, k=_counted(ctx, cond + "\n" + NAMED_COUNTY, each)) if counties else ""
        ctx.add(f"{ctx.label(n.iri)}: {k}{narrow}", n.iri, value=str(k), unit=GXO + "Count")
    if counties:
        ctx.note(msg("county_level_all", ctx.lang))


def _counted(ctx: Ctx, cond: str, values: dict) -> int:
    """How many members meet the conditions; of a kind a topic names (cross-border e-commerce platforms), those the
    source calls so."""
    if ctx.q.described:
        return len({r["x"].value for r in _described_rows(ctx, ctx.run(members_query(cond), values))})
    rows = ctx.run(query("count", cond), values)
    return int(rows[0]["n"].value) if rows else 0


def _members_noted(ctx: Ctx, members: list[dict]) -> None:
    """The members counted, in a note, with their sentences and rules."""
    if members:
        ctx.ans.counted = sorted({ctx.label(r["x"].value) for r in members})
        ctx.note(ctx.sep().join(ctx.ans.counted))
    ctx.cite([_v(r, "ev") for r in members])
    for r in members:
        ctx.rule_note(_v(r, "rule"))


def _narrow_sense(q: Question) -> str | None:
    """The note of 县 in its narrow sense when the question asks it (县级市不算, 含自治县, 只数县), else None."""
    if q.excluded in (["市"], ["自治县"]):
        return {"市": "no_districts_either", "自治县": "plain_counties_only"}[q.excluded[0]]
    return "counties_only" if ONLY_COUNTIES.search(q.text) else None


def _county_sense(ctx: Ctx, cond: str, values: dict, n: int) -> tuple[str, int]:
    """The conditions and count of the sense of 县 asked (only 县 and 自治县 when the question says so), with
    the other count noted."""
    narrow = cond + "\n  " + NAMED_COUNTY
    k = _counted(ctx, narrow, values)
    if k == n:
        return cond, n
    only = _narrow_sense(ctx.q)
    if only:  # 县级市不算: 县 in its narrow sense, no 区 either
        ctx.note(msg(only, ctx.lang, n=n))
        return narrow, k
    ctx.note(msg("counties_and_cities" if ctx.q.excluded else "counties_all", ctx.lang, k=k))  # 不算区: 县级市 stay, said
    return cond, n


# ------------------------------------------------------------------------------ places ranked
def _place_conditions(ctx: Ctx, var: str = "?x", places: list[str] | None = None) -> tuple[list[str], dict]:
    """var lies in each place named, or in each of places (the scope of a ranking: 广西最北的县)."""
    places = [n.iri for n in ctx.q.names if ctx.is_a(n.iri, "Place")] if places is None else places
    values = {f"n{k}": [_node(p)] for k, p in enumerate(places)}
    return [f"{var} gxo:locatedIn+ ?n{k} ." for k in range(len(places))], values


COORD_WORDS = {"lat": ("纬度", "latitude"), "long": ("经度", "longitude")}


@intent("origin_extreme", {"zh": ["桂茶那几种茶，哪种的产地最靠北？"],
                           "en": ["Of the Guangxi rice noodles, which one comes from furthest north?"]})
def origin_extreme(ctx: Ctx):
    """The product whose origin lies furthest in a direction: the kinds of a product group or the products of an
    industry named (or the products named), ranked by the coordinate of the place each comes from."""
    from .lexicon import DIRECTIONS

    asked = [d for d in DIRECTIONS if d in ctx.q.cues]
    products = _products_asked(ctx) if len(asked) == 1 and not ctx.q.indicators else []
    coord, highest = DIRECTIONS[asked[0]] if len(products) >= 2 else (None, None)
    text = query("origin_coords").replace("#COORD", f"geo:{coord}").replace("#ORDER", "DESC" if highest else "ASC")
    rows = ctx.run(text, {"x": [_node(p) for p in products]}) if coord else []
    if rows:
        ctx.use("names", "classes", "relations", asked[0], "geo", "list", "most", "where", "compare", "count")
        _show_origins(ctx, rows, coord)
    return bool(rows)


def _show_origins(ctx: Ctx, rows: list[dict], coord: str) -> None:
    """The first product with its origin, and each product's origin and coordinate in notes."""
    top = rows[0]
    ctx.add(f"{ctx.label(top['x'].value)} ({ctx.label(top['p'].value)})", top["x"].value, value=top["v"].value)
    for r in rows:
        ctx.note(f"{ctx.label(r['x'].value)} ← {ctx.label(r['p'].value)}: {COORD_WORDS[coord][ctx.lang == 'en']} {r['v'].value}")


def _products_asked(ctx: Ctx) -> list[str]:
    """The products named (two or more), or the kinds or products of the one group or industry named."""
    names = [n.iri for n in ctx.q.names if n.iri != GUANGXI]
    if len(names) >= 2 and all(ctx.is_a(n, "Product") for n in names):
        return names
    return _group_members(ctx, names) if names else _every_product(ctx)


def _every_product(ctx: Ctx) -> list[str]:
    """所有产品里: every product (the first MAX_LISTED), when products are the one kind asked."""
    if [c for _, c in ctx.q.kinds] != ["Product"]:
        return []
    return [r["x"].value for r in ctx.run(query("members", "") + f"LIMIT {MAX_LISTED}", {"class": _classes(ctx, "Product")})]


@intent("extreme", {"zh": ["广西最北的县是哪个？", "按坐标，百色市最西边的县级行政区是哪个？", "河池最南端的县是哪个？"],
                    "en": ["Which county of Guangxi lies furthest north?", "What is the westernmost county in Baise?",
                           "Which prefecture is the easternmost, by the graph's coordinates?"]})
def extreme(ctx: Ctx):
    """The place furthest in a direction, by the coordinates the graph holds."""
    from .lexicon import DIRECTIONS

    q = ctx.q
    asked = [d for d in DIRECTIONS if d in q.cues]
    if len(asked) != 1 or not _places_asked_of_nothing(ctx) or SEAT_BOUND.search(q.text):
        return False  # how many sit north of Guilin's own seat: a count against a place, never the furthest one
    coord, highest = DIRECTIONS[asked[0]]
    # 融安和三江哪个更靠北, which city is further south, Beihai or Qinzhou: the places named, ranked
    if len(q.names) >= 2 and all(ctx.is_a(n.iri, c) for n in q.names for _, c in q.kinds):
        _named_places_by(ctx, asked[0], coord, highest)
        return True
    if not _places_beyond(ctx, asked[0], coord, highest):
        _furthest_places(ctx, asked[0], coord, highest)
    return True


SEAT_BOUND = lazyre.compile(r"\b(?:north|south|east|west)\s+of\s+(?:the\s+)?[\w' -]*\bseat\b|(?:以北|以南|以东|以西|北边|南边|东边|西边)的?[^，,？?]{0,6}驻地|驻地(?:以北|以南|以东|以西)", re.I)


def _places_asked_of_nothing(ctx: Ctx) -> bool:
    """Only places named, and no figure or relation asked of them."""
    q = ctx.q
    return not (q.indicators or q.relations) and all(ctx.is_a(n.iri, "Place") for n in q.names)


# further west than Nanning, 比南宁更靠西: the place the others are set against, right after "than" or 比
THAN_BEFORE = lazyre.compile(r"(?:\bthan\s+(?:the\s+)?(?:city\s+of\s+)?|比)$", re.I)


def _reference_place(q: Question):
    """The one place named right after "than" (比), when the question asks for places beyond it."""
    refs = [n for n in q.names if THAN_BEFORE.search(q.text[:n.start])]
    return refs[0] if len(refs) == 1 and "most" not in q.cues else None


def _places_beyond(ctx: Ctx, direction: str, coord: str, highest: bool) -> bool:
    """The places of the kind asked (in Guangxi, or in the other places named) further in the direction than the
    place named after "than", by the graph's coordinates, furthest first; the place's own coordinate noted. False
    when no place is named after "than"."""
    ref = _reference_place(ctx.q)
    if ref is None:
        return False
    ctx.use("names", "classes", direction, "geo", "list", "compare", "within", "where", "derive", "count")
    for r in ctx.run(*_beyond_query(ctx, coord, highest, ref)):
        ctx.add(ctx.label(r["x"].value), r["x"].value, value=r["v"].value)
        ctx.note(f"{ctx.label(r['x'].value)}: {COORD_WORDS[coord][ctx.lang == 'en']} {r['v'].value}")
    own = ctx.run(_coords_query(coord, highest), {"x": [_node(ref.iri)]})
    ctx.note(f"{ctx.label(ref.iri)}: {COORD_WORDS[coord][ctx.lang == 'en']} {own[0]['v'].value}" if own else msg("not_stated", ctx.lang))
    if not ctx.ans.answers:
        ctx.ans.unrecognised.append(msg("none_recorded", ctx.lang, what=ctx.q.words.get(_beyond_kind(ctx.q)[1]) or ctx.label(GXO + _beyond_kind(ctx.q)[1])))
    return True


def _beyond_kind(q: Question) -> tuple[str, str]:
    return q.kinds[0] if q.kinds else ("", "County")


def _beyond_query(ctx: Ctx, coord: str, highest: bool, ref) -> tuple[str, dict]:
    """extreme.rq for the things of the kind asked within the scope whose coordinate is beyond the place's."""
    word, cls = _beyond_kind(ctx.q)
    lines, values = _scope_conditions(ctx, ref)
    lines += [_kind_filter(word) + _counties_only(ctx.q, word), _beyond_line(highest)]
    lines += [_left_out(end) for end in dict.fromkeys(ctx.q.excluded)]
    text = query("extreme", "\n  ".join(x for x in lines if x)).replace("#COORD", f"geo:{coord}")
    return _ordered(text, highest).replace("#LIMIT", "200"), values | {"class": _classes(ctx, cls), "ref": [_node(ref.iri)]}


def _scope_conditions(ctx: Ctx, ref) -> tuple[list[str], dict]:
    """?x lies in each place named other than the one set against (Guangxi when none)."""
    return _place_conditions(ctx, places=[n.iri for n in ctx.q.names if n is not ref and ctx.is_a(n.iri, "Place")] or [GUANGXI])


def _beyond_line(highest: bool) -> str:
    return f"?ref #COORD ?rv . FILTER(?v {'>' if highest else '<'} ?rv)"


def _ordered(text: str, highest: bool) -> str:
    return text.replace("#ORDER", "DESC" if highest else "ASC")


def _furthest_places(ctx: Ctx, direction: str, coord: str, highest: bool) -> None:
    """The places of the kind asked furthest in the direction, each with its coordinate in a note."""
    rows = ctx.run(*_extreme_query(ctx, coord, highest))
    rows = rows[ctx.q.nth - 1:ctx.q.nth] if ctx.q.nth else rows  # the second westernmost: the second alone
    # 百色的县级市里哪个更靠东: further among the things of a kind is furthest
    ctx.use("names", "classes", direction, "geo", "list", "most", "within", "where", "derive", *(("compare",) * bool(ctx.q.kinds)))
    for r in rows:
        ctx.add(ctx.label(r["x"].value), r["x"].value, value=r["v"].value)
        ctx.note(f"{ctx.label(r['x'].value)}: {COORD_WORDS[coord][ctx.lang == 'en']} {r['v'].value}")
    if not rows:
        ctx.ans.unrecognised.append(msg("not_stated", ctx.lang))


def _named_places_by(ctx: Ctx, direction: str, coord: str, highest: bool) -> None:
    """The places named ranked by one coordinate, the furthest first (yes or no when asked so of the first)."""
    q = ctx.q
    text = _coords_query(coord, highest)
    rows = ctx.run(text, {"x": [_node(n.iri) for n in q.names]})
    ctx.use("names", direction, "geo", "compare", "most", "yesno", "where", "classes", "derive")  # going by the coordinates
    if len(rows) < len(q.names):
        ctx.ans.unrecognised.append(msg("not_stated", ctx.lang))
        return
    top = rows[0]["x"].value
    yn = (msg("yes" if top == q.names[0].iri else "no", ctx.lang) + ": ") if "yesno" in q.cues else ""
    if "side_of" in q.cues:  # Is Lingyun north or south of Fengshan: the side of the second the first lies on
        ctx.use("side_of")
        ctx.add(_side_of_place(ctx, direction, top == q.names[0].iri), q.names[0].iri, value=rows[0]["v"].value)
    else:
        ctx.add(yn + ctx.label(top), top, value=rows[0]["v"].value)
    for r in rows:
        ctx.note(f"{ctx.label(r['x'].value)}: {COORD_WORDS[coord][ctx.lang == 'en']} {r['v'].value}")


def _side_of_place(ctx: Ctx, direction: str, beyond: bool) -> str:
    """凌云县在凤山县以南, Lingyun County is south of Fengshan County: the first place named set against the second."""
    side = direction if beyond else OPPOSITE[direction]
    a, b = (ctx.label(n.iri) for n in ctx.q.names)
    return f"{a}在{b}以{SIDE_ZH[side]}" if ctx.lang == "zh" else f"{a} is {side} of {b}"


OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}
SIDE_ZH = {"north": "北", "south": "南", "east": "东", "west": "西"}


def _coords_query(coord: str, highest: bool) -> str:
    """coords.rq for one coordinate (lat or long), the furthest in the direction asked first."""
    return query("coords").replace("#COORD", f"geo:{coord}").replace("#ORDER", "DESC" if highest else "ASC")


def _extreme_query(ctx: Ctx, coord: str, highest: bool) -> tuple[str, dict]:
    """The query for the things of the class asked (counties by default) within the places named, by coord."""
    word, cls = ctx.q.kinds[0] if ctx.q.kinds else _kind_in_cue(ctx) or ("", "County")
    lines, values = _place_conditions(ctx)
    lines.append(_kinds_filter(ctx.q, cls) + _counties_only(ctx.q, word))  # 最东端的县（只算县）: named …县 only; districts/counties: all
    lines += [_left_out(end) for end in dict.fromkeys(ctx.q.excluded)]  # only counties, districts left out
    values["class"] = _classes(ctx, cls)
    text = (query("extreme", "\n  ".join(x for x in lines if x)).replace("#COORD", f"geo:{coord}")
            .replace("#ORDER", "DESC" if highest else "ASC").replace("#LIMIT", str(ctx.q.nth or ctx.q.top or 1)))
    return text, values


def _kind_in_cue(ctx: Ctx) -> tuple[str, str] | None:
    """The class word inside a cue that took it (which prefecture, 哪个地级市): the kind asked about."""

    said = " ".join(str(w) for k, w in ctx.q.words.items() if k != "noise").lower()  # Hechi prefecture: what Hechi is
    found = [(w, c) for w, c in CLASS_WORDS[ctx.lang].items() if w.lower() in said]
    return max(found, key=lambda x: len(x[0])) if found else None


def _member_condition(ctx: Ctx, cls: str) -> str:
    """How a ?x of cls belongs to a place ?g: lies in it, or comes from it or from a place in it."""
    from .lexicon import CLASS_RELATION

    if cls in PLACE_CLASSES:
        return "?x gxo:locatedIn+ ?g ."
    r = CLASS_RELATION.get(cls) or (ctx.q.relations[:1] or ["locatedIn"])[0]
    ctx.use("relations")
    # from the thing to the places it lies in: a FILTER EXISTS over every (place, thing) pair was quadratic
    return f"{{ ?x gxo:{r} ?g }} UNION {{ ?x gxo:{r} ?o . ?o gxo:locatedIn+ ?g }}"


@intent("most_members", {"zh": ["广西哪个地级市下辖的县最多？", "哪个市的县级市最多？", "哪个地级市的产品最多？"],
                         "en": ["Which prefecture has the most counties?", "Which prefectures have the fewest districts?",
                                "Which prefecture has the most products?"]})
def most_members(ctx: Ctx):
    """The places that hold the most (or fewest) of a class: counted and ranked in SPARQL, ties kept."""
    q = ctx.q
    size = SIZE_ASKED.search(q.words.get("compare", "")) and "count" not in q.cues  # a larger number of: a count
    named = _named_groups(ctx) if not size else None
    groups = named or _group_and_members(ctx)
    if not q.cues & ({"most", "least", "compare", "less"} if named else {"most", "least"}) or q.indicators or not groups:
        return False
    rows = _ranked_groups(ctx, groups, bool(named))
    if rows:
        ctx.use(*(("total",) if named else ()))  # which has more in total: the members of each counted whole
        _show_top_groups(ctx, rows)
        _yes_or_no_of_counts(ctx, rows if named else [])
        _how_many_more(ctx, rows if named else [])
        _county_level_said(ctx, *groups[1:])
    else:
        ctx.ans.unrecognised.append(msg("not_stated", ctx.lang))
    return True


def _yes_or_no_of_counts(ctx: Ctx, rows: list[dict]) -> None:
    """Does Baise have more county-level divisions than Hechi (百色的县级单位比河池多吗): yes or no, first, from the two
    counts (a tie is no, either way)."""
    if len(rows) != 2 or "yesno" not in ctx.q.cues:
        return
    n = {r["g"].value: int(r["n"].value) for r in rows}
    a, b = (n.get(x.iri, 0) for x in ctx.q.names[:2])
    from .parse import SAME_MANY

    same = SAME_MANY.search(ctx.q.words.get("compare", ""))  # 一样多吗: a tie is yes
    yes = (a == b) if same else (a < b) if "less" in ctx.q.cues else (a > b)
    ctx.use("yesno")
    _lead_with(ctx, msg("yes" if yes else "no", ctx.lang))


# how many more one place holds than the other (河池比百色多几个, how many more … than)
MORE_BY = lazyre.compile(r"多几个|多多少|多出|差几个|相差|\bhow many more\b|\bby how many\b", re.I)


def _how_many_more(ctx: Ctx, rows: list[dict]) -> None:
    """河池比百色多几个: of two places named, how many more the first ranked holds, first and worked out."""
    if len(rows) != 2 or not MORE_BY.search(ctx.q.text):
        return
    (a, m), (b, k) = ((ctx.label(r["g"].value), int(r["n"].value)) for r in rows)
    ctx.ans.answers.insert(0, {"label": _say(ctx, f"{a}比{b}多 {m - k} 个", f"{a} has {m - k} more than {b}"), "iri": None,
                               "value": str(m - k), "unit": GXO + "Count", "period": None})
    ctx.note(msg("computed", ctx.lang, how=f"{m} − {k} = {m - k}"))


def _narrowed(q: Question, word: str) -> bool:
    """The kind word is narrowed: by its own filter (县级市), to counties only (只算县), or by kinds left out."""
    return bool(_members_filter(q, word, "County") or _counties_only(q, word) or q.excluded)


def _county_level_said(ctx: Ctx, word: str, cls: str) -> None:
    """The most counties: every county-level division was counted (districts and county-level cities too), said
    when the word was 县 or county, not 县级行政区."""
    if cls == "County" and not _narrowed(ctx.q, word) and not re.search(r"级|level|division", word, re.I):
        ctx.note(msg("county_level_all", ctx.lang))  # not counting districts: those were left out, as asked


# which is bigger (哪个大, bigger, larger): the size of the things, never how many of a kind each place holds
SIZE_ASKED = lazyre.compile(r"大|小|\b(?:big|bigger|biggest|large|larger|largest|small|smaller|smallest)\b", re.I)


def _ranked_groups(ctx: Ctx, groups: tuple[str, str, str], named: bool) -> list[dict]:
    """The groups with their member counts, most first; the places named when they are the groups (桂林和河池
    哪个下辖的县级行政区更多)."""
    text, values = _ranked_groups_query(ctx, *groups, named=named)
    if named:
        values["g"] = [_node(n.iri) for n in ctx.q.names]
        ctx.use("compare", "less")
    ctx.use("names", "classes", "most", "least", "list", "count", "within", "where")
    return ctx.run(text, values)


def _show_top_groups(ctx: Ctx, rows: list[dict]) -> None:
    """The groups with the most (fewest), ties all shown; places named and all tied: said to be as many."""
    best = rows[0]["n"].value
    if _named_tie(ctx, rows):
        ctx.add(_say(ctx, f"一样多（各 {best}）", f"a tie: the same ({best} each)"), value=best, unit=GXO + "Count")
    for r in _top_rows(ctx, rows):
        ctx.add(f"{ctx.label(r['g'].value)}: {r['n'].value}", r["g"].value, value=r["n"].value, unit=GXO + "Count")
    if len(rows) > MAX_RANKED:
        ctx.note(msg("top_only", ctx.lang, n=MAX_RANKED, total=len(rows)))
    ctx.note(msg("computed", ctx.lang, how=ctx.sep().join(f"{ctx.label(r['g'].value)} {r['n'].value}"
                                                          for r in rows[:MAX_RANKED])))


def _top_rows(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """The first (排第三: the third; 前三: the first three) of rows ranked by ?n, with every row tied with the
    last one taken (南宁 and 百色 both hold 12: both are second and third), the tie said."""
    q, counts = ctx.q, [r["n"].value for r in rows]
    ctx.use("most", "least", "list")
    last = min((q.nth or q.top or 1), len(rows)) - 1
    first = counts.index(counts[last]) if q.nth else 0
    taken = [r for k, r in enumerate(rows[first:], first) if k <= last or counts[k] == counts[last]]
    if q.nth and len(taken) > 1:
        _tie_said(ctx, taken, first)
    return taken


def _tie_said(ctx: Ctx, taken: list[dict], first: int) -> None:
    """南宁市、百色市各 12, 同居第2至第3位: the places tied at the rank asked."""
    names, n, last = ctx.sep().join(ctx.label(r["g"].value) for r in taken), taken[0]["n"].value, first + len(taken)
    ctx.note(_say(ctx, f"并列：{names}各 {n}，同居第{first + 1}至第{last}位", f"a tie: {names} hold {n} each, ranks {first + 1} to {last}"))


def _named_tie(ctx: Ctx, rows: list[dict]) -> bool:
    """The places named all hold as many (玉林跟梧州比: 7 each)."""
    return len(rows) > 1 and len({r["n"].value for r in rows}) == 1 and _named_groups(ctx) is not None


def _group_and_members(ctx: Ctx) -> tuple[str, str, str] | None:
    """(group class, member word, member class): 哪个地级市 (the group, asked by the question word or the first
    class word, a level of place) and the next class word that is another class or a narrower kind."""
    level = _level_asked(ctx)
    kinds = ([("", level)] if level else []) + _broader_first(ctx.q.kinds)
    if len(kinds) < 2 or kinds[0][1] not in PLACE_CLASSES:
        return None
    gcls = kinds[0][1]
    member = next(((w, c) for w, c in kinds[1:] if c != gcls or _kind_filter(w)), None)
    return (gcls, *member) if member else None


def _broader_first(kinds: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """县级行政区数量排第三的地级市: of two levels of place, the broader one holds the other."""
    if len(kinds) >= 2 and all(c in LEVEL_ORDER for _, c in kinds[:2]) and \
            LEVEL_ORDER.index(kinds[1][1]) > LEVEL_ORDER.index(kinds[0][1]):
        return [kinds[1], kinds[0], *kinds[2:]]
    return kinds


def _named_groups(ctx: Ctx) -> tuple[str, str, str] | None:
    """(group class, member word, member class) when two or more places of one level are named and a class
    word says what they hold (桂林和河池 … 县级行政区)."""
    q = ctx.q
    if len(q.names) < 2 or not q.kinds:
        return None
    levels = {next((c for c in ("Prefecture", "County", "Township", "Province") if ctx.is_a(n.iri, c)), None) for n in q.names}
    if len(levels) != 1 or None in levels:
        return None
    word, cls = q.kinds[0]
    return levels.pop(), word, cls


def _ranked_groups_query(ctx: Ctx, gcls: str, word: str, cls: str, named: bool = False) -> tuple[str, dict]:
    lines, values = ([], {}) if named else _place_conditions(ctx, "?g")
    lines.append(_members_filter(ctx.q, word, cls) + _counties_only(ctx.q, word))  # 哪个下辖的县更多（只算县）: named …县 only
    lines += [_left_out(end) for end in dict.fromkeys(ctx.q.excluded)]  # not counting districts: not 区
    values.update({"gclass": [_node(GXO + gcls)], "class": _classes(ctx, cls)})
    text = (query("ranked_groups", "\n  ".join(x for x in lines if x)).replace("#MEMBER", _member_condition(ctx, cls))
            .replace("#ORDER", "ASC" if ctx.q.cues & {"least", "less"} else "DESC"))
    return text, values


def _members_filter(q: Question, word: str, cls: str) -> str:
    """The members counted: the kind word's filter, or with several kind words of the class every one of them
    (the fewest districts and counties: the whole class, as the list of them would take)."""
    many = len({w for w, c in q.kinds if c == cls and w}) > 1
    return _kinds_filter(q, cls) if many else _kind_filter(word)


# ------------------------------------------------------------------------------ chains of relations
def _path_condition(ctx: Ctx, rels: list[str]) -> str:
    """?x r1 ?v1 . ?v1 r2 ?o ...: the relations in the order asked, the last one's end being the name (or in it)."""
    steps, at = [], "?x"
    for k, r in enumerate(rels):
        nxt = "?o" if k == len(rels) - 1 else f"?v{k}"
        steps.append(f"{at} gxo:{r} {nxt} .")
        at = nxt
    end = _within(ctx, "n0") if ctx.is_a(ctx.q.names[0].iri, "Place") else "FILTER(?o = ?n0)"
    return " ".join(steps) + " " + end


def _via_condition(rel: str) -> str:
    """?x has rel to the name (the cities running the border-trade model), or to something that has a fact with
    the name (the county that adopted the walnut-chicken model: the model that involves walnut chicken)."""
    return (f"{{ ?x gxo:{rel} ?n0 . BIND(?n0 AS ?o) }} UNION {{ ?x gxo:{rel} ?o . {{ ?o ?q ?n0 }} UNION {{ ?n0 ?q ?o }} "
            f"FILTER(STRSTARTS(STR(?q), STR(gxo:))) }}\n  {_provenance(rel)}")


def _lies_in_said(ctx: Ctx, rels: list[str]) -> bool:
    """产地位于玉林: the one relation's end is said to lie in the place named."""
    return "locatedIn" in ctx.q.relations and rels != ["locatedIn"] and ctx.is_a(ctx.q.names[0].iri, "Place")


def _lying_in_condition(ctx: Ctx, rel: str) -> str:
    """?x rel ?o, ?o the place named or lying in it (the products whose origin lies in Yulin), never a place it
    lies in (广西, the origin of 广西米粉, holds Yulin)."""
    return f"?x gxo:{rel} ?o . {_within(ctx, 'n0')}\n  {_provenance(rel)}"


def _chain_members(ctx: Ctx, cls: str) -> list[dict]:
    """The things of cls at the start of the chain the question states, ending at its one name."""
    q = ctx.q
    rels = [r for r in q.relations if r not in ("locatedIn", "partOf")] or q.relations  # lies in: the place asked
    cond = _path_condition(ctx, rels) if len(rels) >= 2 else \
        _lying_in_condition(ctx, rels[0]) if _lies_in_said(ctx, rels) else _via_condition(rels[0])
    return ctx.run(members_query(cond), {"n0": [_node(q.names[0].iri)], "class": _classes(ctx, cls)})


SAME = lazyre.compile(r"\bsame\b|同样的|同一个|同一种|一样的|相同的", re.I)


@intent("same_as", {"zh": ["还有哪个设施和南宁跨境商品直购体验中心采用同样的模式？"],
                    "en": ["Which other facility implements the same model as the Nanning cross-border goods "
                           "direct-purchase experience centre?"]})
def same_as(ctx: Ctx):
    """The other things of the class asked that share the relation's other end with the thing named (the other
    facility that runs the same model): through that end, cited at both steps."""
    q = ctx.q
    same = SAME.search(q.text)
    rels, cls = _shared_and_asked(q, same)
    e, ends = _thing_and_ends(ctx, rels)
    if not (same and e and rels and cls):
        return False
    via = sorted({r["o"].value for r in ends if _iri(r["o"])})
    others = [r for r in _sharing(ctx, via, rels) if r["s"].value != e and ctx.is_a(r["s"].value, cls)]
    if not others:
        return False
    ctx.use("names", "relations", "classes", "list", "compare", "who", "where", "within")
    _show_at_level(ctx, sorted({r["s"].value for r in others}))
    ctx.note(ctx.sep().join(ctx.label(v) for v in via))
    ctx.cite([_v(r, "ev") for r in ends + others])
    return True


def _show_at_level(ctx: Ctx, things: list[str]) -> None:
    """Each thing, or the place of the level asked it lies in (the other city that uses it: in which prefecture)."""
    level = _level_asked(ctx)
    for x in things:
        up = _lift_to_level(ctx, _place_of_a_thing(ctx, x) if level else _node(x), level)
        ctx.add(ctx.label(up.value), up.value)


def _place_of_a_thing(ctx: Ctx, x: str):
    """A place is itself; a thing that lies in one (a facility) is its place, the step noted."""
    rows = [] if ctx.is_a(x, "Place") else ctx.run(query("place_of"), {"x": [_node(x)]})
    if not rows:
        return _node(x)
    ctx.note(f"{ctx.label(x)} → {ctx.label(rows[0]['p'].value)}")
    return rows[0]["p"]


def _thing_and_ends(ctx: Ctx, rels: list[str]) -> tuple[str | None, list[dict]]:
    """The thing named and its facts of the relations; with two things named, the one whose fact ends at the other
    (Pingxiang adopted the border trade model: the model is the end shared)."""
    e = _one_named_beside_guangxi(ctx.q)
    if e or not rels:
        return e, _facts_of(ctx, e, rels) if e and rels else []
    named = [n.iri for n in ctx.q.names if n.iri != GUANGXI]
    found = [(a, _facts_to(ctx, a, b, rels)) for a, b in (named, named[::-1])] if len(named) == 2 else []
    return next(((a, ends) for a, ends in found if ends), (None, []))


def _facts_to(ctx: Ctx, a: str, b: str, rels: list[str]) -> list[dict]:
    return [r for r in _facts_of(ctx, a, rels) if r["o"].value == b]


def _facts_of(ctx: Ctx, e: str, rels: list[str]) -> list[dict]:
    return ctx.related({"s": [_node(e)], "p": [_node(GXO + x) for x in rels]})


def _with_alternates(rels: list[str]) -> list[str]:
    return sorted(set(rels) | {ALTERNATES[r] for r in rels if r in ALTERNATES})


def _shared_and_asked(q: Question, same: re.Match | None) -> tuple[list[str], str | None]:
    """The relations whose end the things share, and the class of the things asked."""
    kind = _kind_after_same(q, same)
    return _with_alternates(_shared_relations(q, same) if kind else q.relations), kind or _same_class(q)


def _shared_relations(q: Question, same: re.Match | None) -> list[str]:
    """The relations said before the words of sameness (运营模式相同的设施位于哪座城市: the model, not where the
    facility asked is)."""
    before = [r for r in q.relations if same and q.at.get(r, 0) < same.start()]
    return before or q.relations


def _kind_after_same(q: Question, same: re.Match | None) -> str | None:
    """The kind said right after the words of sameness and before what is asked of it (相同的设施位于: a facility), the
    class of the others asked; never the end shared (同样的模式？, 同一种模式的城市)."""
    return next((c for w, c in q.kinds if same and q.text.startswith(w, same.end())
                 and re.match(r"[^的，,。？?\s]", q.text[same.end() + len(w):])), None)


def _same_class(q: Question) -> str | None:
    """The class asked for; 哪个城市 / which city is any place (凭祥, a county-level city)."""
    cls = asked_class(q) or (q.classes[0] if q.classes else None)
    return "Place" if cls == "Prefecture" else cls


def _sharing(ctx: Ctx, via: list[str], rels: list[str]) -> list[dict]:
    """The facts of these relations that end at one of via."""
    return ctx.related({"o": [_node(v) for v in via], "p": [_node(GXO + x) for x in rels]}) if via else []


@intent("chain", {"zh": ["哪个扶贫模式涉及的产品产自河池？", "采用了融安金桔模式的县属于哪个地级市？"],
                  "en": ["Which poverty-alleviation model involves a product that comes from Liuzhou prefecture?",
                         "Which city is the county that adopted the Rong'an kumquat model in?"]})
def chain(ctx: Ctx):
    """Relations one after another from the thing asked to the one name (which model involves a product from
    河池), or the place of the things a relation leads to (the prefecture of the county that adopted a model)."""
    q = ctx.q
    level = _level_asked(ctx)
    cls = _chain_start(q, level)
    if not _chain_asked(q, level, cls):
        return False
    rows = _chain_members(ctx, _chain_class(q, cls))
    if not rows:
        return False
    ctx.use("names", "relations", "classes", "list", "where", "within")
    for x in sorted({r["x"].value for r in rows} - named_as_like(q, q.text)):
        _lift_or_add(ctx, x, level if cls != level else None)
    ctx.cite([_v(r, "ev") for r in rows])
    return True


def _chain_start(q: Question, level: str | None) -> str | None:
    """The class of the things the chain starts from: a class named other than the level asked, or a place."""
    cls = next((c for _, c in q.kinds if c != level and (c in PLACE_CLASSES or not level)), None)
    return cls or _any_place_of(q, level)


def _chain_class(q: Question, cls: str | None) -> str | None:
    """The class the chain's members are of: the class asked when two relations are named."""
    return asked_class(q) if len(q.relations) >= 2 and asked_class(q) else cls


def _any_place_of(q: Question, level: str | None) -> str | None:
    """The cities running a model, which prefectures are they in: places of any level, lifted to the one asked."""
    return "Place" if level and len(q.kinds) >= 2 else None


def _chain_asked(q: Question, level: str | None, cls: str | None) -> bool:
    """A chain is asked: one name, relations, a class asked, a list or where cue, no figure or year; and two
    relations or more, or one whose things are lifted to the place level asked."""
    if len(q.names) != 1 or not q.relations or not cls or _hard(q) or q.years or not q.cues & {"list", "where"}:
        return False
    return len(q.relations) >= 2 or bool(level and (cls in PLACE_CLASSES or cls == "Place"))


def _lift_or_add(ctx: Ctx, x: str, level: str | None) -> None:
    """x, or the place of the level asked that x lies in (noted as a step)."""
    lifted = _lift_to_level(ctx, _node(x), level)
    ctx.add(ctx.label(lifted.value), lifted.value)


FORMER_NAME = ("以前叫", "原来叫", "之前叫", "过去叫", "原名", "旧称", "曾用名", "旧名", "formerly", "formerly called",
               "formerly known as", "used to be called", "previously called", "old name", "former name", "once called")


STILL_CALLED = ("还叫", "仍叫", "还是叫", "仍然叫", "still called", "still named", "still known as", "still the name",
                "这个名字现在还在用", "名字还在用", "还在用", "还在使用", "仍在使用", "还用不用", "still in use", "still used",
                "还能找到", "还找得到", "还能查到", "还查得到", "还存在")  # 地图上还能找到“横县”吗: the old name, no more


def _asks_former_name(q) -> bool:
    """The question asks what a place was called before (横州市以前叫什么, What was Hengzhou formerly called)."""
    return q.words.get("rename", "").lower() in FORMER_NAME


def _former_name_given(ctx: Ctx, olds: list[str]) -> bool:
    """以前叫横县的横州市，如今叫什么: the former name said right after the word for it describes the place; the name
    it has now is asked."""
    q = ctx.q
    after = normalize(q.text[q.at.get("rename", 0) + len(q.words.get("rename", "")):])
    return any(after.startswith(form) for form in _old_name_forms(ctx, olds) if form)


def _is_old_name(ctx: Ctx, text: str, olds: list[str]) -> bool:
    """The question names the place by an old name (横县, Hengxian: its pinyin)."""
    return normalize(text) in _old_name_forms(ctx, olds)


def _old_name_forms(ctx: Ctx, olds: list[str]) -> set[str]:
    """Each old name as written and in pinyin, normalised (横县, hengxian)."""
    return {normalize(o) for o in olds} | {ctx.kg.names.pinyin(o).replace(" ", "") for o in olds}


def _name_asked(ctx: Ctx, e: str, rows: list[dict]) -> None:
    """The old name when it is asked of the place's new one (横州市以前叫什么), else the place as named now."""
    q = ctx.q
    olds = [_v(r, "old") for r in rows if _v(r, "old")]
    if _asks_former_name(q) and olds and not _is_old_name(ctx, q.names[0].text, olds) and not _former_name_given(ctx, olds):
        for old in olds:
            ctx.add(old)
    elif q.words.get("rename", "").lower() in STILL_CALLED:
        _still_called(ctx, e, olds)
    else:  # 横县是不是改名叫横州市了: the one place named both ways, so yes
        ctx.add((msg("yes", ctx.lang) + ": " if "yesno" in q.cues else "") + ctx.label(e), e)


def _still_called(ctx: Ctx, e: str, olds: list[str]) -> None:
    """横县还叫横县吗: no when the name asked is an old one (with the name it has now), else yes."""
    q = ctx.q
    said = q.text[q.at.get("rename", 0) + len(q.words.get("rename", "")):]  # is Hengzhou still called Hengxian: the name after
    still = not (olds and (_is_old_name(ctx, q.names[0].text, olds) or _old_name_in(ctx, said, olds)))
    verdict = f"{msg('yes' if still else 'no', ctx.lang)}: " if "yesno" in q.cues else ""  # …还在用吗，还是改了: either way
    ctx.add(verdict + ctx.label(e), e)


def _old_name_in(ctx: Ctx, text: str, olds: list[str]) -> bool:
    """The text says an old name, as written or in pinyin (Hengxian)."""
    plain = normalize(text)
    return any(form in plain for form in _old_name_forms(ctx, olds))


def _rename_asked(q: Question) -> bool:
    """A change of name is asked of one place (or, yes or no, of a place and a name it may have had)."""
    return "rename" in q.cues and len(q.names) == 1 + ("yesno" in q.cues and len(q.names) == 2)


def _renamed_from(ctx: Ctx, e: str, rows: list[dict], other) -> None:
    """横州市以前叫宾阳县吗: yes when the other name is the old one the change records, else no, with the change."""
    olds = {_v(r, "old") for r in rows if _v(r, "old")}
    yes = other.iri == e or bool({other.text, ctx.kg.label(other.iri, "zh")} & olds)
    ctx.add(f"{msg('yes' if yes else 'no', ctx.lang)}: {ctx.sep().join(sorted(olds))} → {ctx.label(e)}", e)


def _renamed_in_year(ctx: Ctx, e: str, rows: list[dict]) -> None:
    """横县改名为横州市是2021年的事吗: the year asked is checked against the change's date, the verdict first (and a
    no to the name asked stays a no)."""
    if not ctx.q.years:
        return _date_first(ctx, e, rows) if "when" in ctx.q.cues else None
    ctx.use("years")
    if "yesno" in ctx.q.cues and not _answered_no(ctx):
        dates = [str(_v(r, "date")) for r in rows]
        said = any(d.startswith(y) for y in ctx.q.years for d in dates)
        ctx.ans.answers = [{"label": f"{msg('yes' if said else 'no', ctx.lang)}: {ctx.sep().join(dates)}", "iri": e,
                            "value": None, "unit": None, "period": None}]


def _date_first(ctx: Ctx, e: str, rows: list[dict]) -> None:
    """When was it renamed: the date of the change first."""
    for r in reversed(rows):
        ctx.ans.answers.insert(0, {"label": str(_v(r, "date")), "iri": e, "value": None, "unit": None, "period": None})


def _answered_no(ctx: Ctx) -> bool:
    return bool(ctx.ans.answers) and ctx.ans.answers[0]["label"].startswith(msg("no", ctx.lang) + ":")


def _old_code_rows(ctx: Ctx) -> tuple:
    """The one name written as a code and the name changes that code was the old code of; none when a place above
    it is asked (which prefecture is the place with code 450127 in)."""
    n = _one_code_named(ctx.q)
    if not _code_place_fits(ctx, n):
        return None, []
    return n, [r for r in ctx.run(query("renamed"), {"e": [_node(n.iri)]}) if _v(r, "code") == n.text]


def _code_place_fits(ctx: Ctx, n) -> bool:
    return n is not None and all(ctx.is_a(n.iri, c) for c in _levels_asked(ctx))


def _one_code_named(q: Question):
    """The question's one name, when it is written as a code (450127)."""
    return q.names[0] if len(q.names) == 1 and q.names[0].text.isdigit() else None


@intent("old_code_of", {"zh": ["450127是哪个县的旧代码？", "旧代码450127现在对应的是哪个行政区？"],
                        "en": ["Which county used to have the code 450127?"]})
def old_code_of(ctx: Ctx):
    """A place written as an old code (450127): the place that had it, under its old name, and what it is now."""
    n, rows = _old_code_rows(ctx)
    if not rows:
        return bool(n) and _former_code_of(ctx, n)
    ctx.use("names", "old_code", "code", "where", "about", "rename", "list", "classes")
    for r in rows:
        ctx.add(_say(ctx, f"{_v(r, 'old')}（旧代码{n.text}；{_v(r, 'date')}更名为{r['new'].value}）",
                     f"{_v(r, 'old')} (old code {n.text}; renamed {r['new'].value}, {ctx.label(n.iri)}, on {_v(r, 'date')})"), n.iri)
    ctx.cite([_v(r, "ev") for r in rows])
    return True


def _former_code_rows(ctx: Ctx, n) -> list[dict]:
    """The place's rows of an old code that is the number written."""
    return [r for r in ctx.run(query("codes"), {"e": [_node(n.iri)]}) if r["kind"].value == "old" and r["code"].value == n.text]


def _former_code_of(ctx: Ctx, n) -> bool:
    """451281 是哪个区的旧代码: the place whose former code it is (宜州区), as the data row's source column says,
    undated; False when the code is no former code."""
    rows = _former_code_rows(ctx, n)
    if not rows or "yesno" in ctx.q.cues:  # 现在的代码还是450331吗: the code checked, yes or no
        return False
    ctx.use("names", "old_code", "code", "where", "about", "rename", "list", "classes")
    ctx.add(_say(ctx, f"{ctx.label(n.iri)}（原代码{n.text}）", f"{ctx.label(n.iri)} (former code {n.text})"), n.iri)
    ctx.cite([_v(r, "ev") for r in rows])
    return True


@intent("literal_check", {"zh": ["论坛的主题是“数字丝绸之路”吗？"], "en": ["Was the forum's theme \"Digital Silk Road\"?"]})
def literal_check(ctx: Ctx):
    """Is a thing's text (a forum's theme) the words quoted: yes or no, with the text the source gives."""
    q = ctx.q
    said = _quoted_once(q)
    rows = _literal_facts(ctx) if said and "yesno" in q.cues else []
    if not rows:
        return False
    ctx.use("names", "relations", "yesno", "verify", "about")
    ctx.matched.update(w for w in q.unknown if w.lower() in said.lower())  # the quoted words are the text checked
    held = [_value_label(ctx, r, r["o"]) for r in rows]
    ctx.add(msg("yes" if _said_is_held(said, held, rows) else "no", ctx.lang) + ": " + ctx.sep().join(held))
    ctx.cite([_v(r, "ev") for r in rows])
    return True


def _quoted_once(q: Question) -> str | None:
    """The one text the question quotes, if it quotes exactly one."""
    said = ["".join(m) for m in QUOTED_WORDS.findall(q.raw)]
    return said[0] if len(said) == 1 else None


def _said_is_held(said: str, held: list[str], rows: list[dict]) -> bool:
    """The quoted words are the text held, in either language (punctuation and case aside)."""
    return normalize(said) in {normalize(t) for t in held + [r["o"].value for r in rows]}


QUOTED_WORDS = lazyre.compile(r"“([^“”]{2,60})”|\"([^\"]{2,60})\"|‘([^‘’]{2,60})’|(?<![A-Za-z])'([^']{2,60})'(?![A-Za-z])|「([^「」]{2,60})」|『([^『』]{2,60})』")


def _literal_facts(ctx: Ctx) -> list[dict]:
    """The facts of the one relation asked of the one thing named whose other end is text (a theme)."""
    q = ctx.q
    if len(q.names) != 1 or len(q.relations) != 1:
        return []
    rows = ctx.related({"s": [_node(q.names[0].iri)], "p": [_node(GXO + q.relations[0])]})
    return [r for r in rows if not _iri(r["o"])]


# a division code written in a question that checks it (代码是不是450321, is 450321 its code)
CODE_GIVEN = lazyre.compile(r"(?<![\d.])45\d{4}(?:\d{6})?(?![\d.])")


@intent("code_check", {"zh": ["阳朔县的行政区划代码是不是450321？", "阳朔县的代码是450322吗？"],
                       "en": ["Is 450321 Yangshuo County's division code?"]})
def code_check(ctx: Ctx):
    """Is a number the place's division code: yes or no, with the code the reference data gives it."""
    given = CODE_GIVEN.findall(ctx.q.text)
    e = _place_checked(ctx.q, given)
    rows = [r for r in ctx.run(query("codes"), {"e": [_node(e)]}) if r["kind"].value in ("now", "full")] if e else []
    if not rows:
        return False
    ctx.use("names", "yesno", "code", "full_code", "verify")
    ctx.matched.update(given)
    held = {r["code"].value: r["kind"].value for r in rows}
    now = next((c for c, k in held.items() if k == "now"), min(held))
    verdict = msg("yes" if set(given) <= set(held) else "no", ctx.lang)
    ctx.add(f"{verdict}: " + _say(ctx, f"{ctx.label(e)}的区划代码是{now}", f"{ctx.label(e)}'s division code is {now}"), e)
    ctx.cite([_v(r, "ev") for r in rows])
    return True


def _place_checked(q: Question, given: list[str]) -> str | None:
    """The one place whose code a yes or no question checks against the numbers given, else None."""
    named = [n for n in q.names if n.text not in given] or q.names
    one = len({n.iri for n in named}) == 1
    return named[0].iri if one and given and "yesno" in q.cues and CODE_WORD.search(q.text) else None


CODE_WORD = lazyre.compile(r"代码|编码|\bcode\b", re.I)


@intent("code", {"zh": ["融安县的区划代码是多少？", "横县以前的区划代码是多少？", "450105是哪个区？"],
                 "en": ["What is Rong'an County's division code?", "What was Hengxian's old division code?",
                        "What are the GB codes of Xingye County and Fusui County?"]})
def code(ctx: Ctx):
    """A place's division code (GB/T 2260) as the reference data gives it, or the code it had before a change;
    an old code the data does not record is said not to be recorded, never the code it has now."""
    q = ctx.q
    if _coded_so(ctx):
        return True
    if not _code_asked(ctx, q):
        return False
    kind = "old" if "old_code" in q.cues else "full" if "full_code" in q.cues else "now"
    ctx.use("names", "code", "old_code", "full_code", "list", "exact", *(("rename",) if kind == "old" else ()))  # 改名前的旧代码
    for name in q.names:
        _code_of(ctx, name.iri, kind, len(q.names) > 1)
    return True


def _code_of(ctx: Ctx, e: str, kind: str, named: bool) -> None:
    """One place's code of the kind asked (now, old, full) with its row; the place named first when several are
    asked (兴业县: 450924)."""
    codes = ctx.run(query("codes"), {"e": [_node(e)]})
    rows = [r for r in codes if r["kind"].value == kind] or _full_code_instead(ctx, e, codes, kind)
    head = ctx.label(e) + ": " if named else ""
    for r in rows:
        ctx.add(head + r["code"].value + _until(ctx, _v(r, "date")), value=r["code"].value)
    ctx.cite([_v(r, "ev") for r in rows])
    if not rows:
        ctx.ans.unrecognised.append(msg("not_stated", ctx.lang) + (": " + head[:-2] if head else ""))


def _full_code_instead(ctx: Ctx, e: str, codes: list[dict], kind: str) -> list[dict]:
    """武利镇的区划代码: a town or village has no GB/T 2260 code, only its 12-digit statistical one, given as such."""
    if kind != "now" or not _below_county(ctx, e):
        return []
    full = [r for r in codes if r["kind"].value == "full"]
    if full:
        ctx.note(msg("full_code_only", ctx.lang))
    return full


def _below_county(ctx: Ctx, e: str) -> bool:
    return ctx.is_a(e, "Township") or ctx.is_a(e, "Village")


def _code_asked(ctx: Ctx, q: Question) -> bool:
    """The code (or old code) of each place named (What are the GB codes of Xingye and Fusui?), nothing else asked."""
    places = bool(q.names) and all(ctx.is_a(n.iri, "Place") for n in q.names)
    counted = q.kinds and "count" in q.cues  # how many divisions have codes starting with 4512: no code of one place
    return bool(q.cues & {"code", "old_code", "full_code"}) and places and not _code_asked_with(q) and not counted


def _code_asked_with(q: Question) -> bool:
    """Something other than codes asked: where, yes or no, …, or a list of things (What are the codes of …: no list)."""
    listed = "list" in q.cues and (q.kinds or len(q.names) == 1 and not q.words.get("list", "").lower().startswith("what"))
    return bool(q.cues & CODE_ASKED_WITH - {"list"} or listed and not WHICH_CODE.search(q.text))


WHICH_CODE = lazyre.compile(r"哪(?:个|一个)(?:区划|行政区划|旧|原)?代码|\bwhich (?:old |former |division )?code\b", re.I)  # 用的是哪个代码: the code


def _coded_so(ctx: Ctx) -> bool:
    """450105是哪个区: a place named by its code, asked which one it is: the place, with the row of its code."""
    name = _named_by_code(ctx.q)
    if name is None:
        return False
    ctx.use("names", "list", "classes", "code", "full_code")  # 450105, or the 12-digit 451100000000
    ctx.add(ctx.label(name.iri), name.iri)
    ctx.cite([_v(r, "ev") for r in ctx.run(query("codes"), {"e": [_node(name.iri)]}) if r["code"].value == name.text])
    return True


def _named_by_code(q: Question):
    """The one name of a question asking which one it is, when it is written as a code (450105), else None."""
    only = q.names[0] if len(q.names) == 1 and not (q.relations or q.indicators) else None
    return only if only and only.text.isdigit() and only.read_as and (_which_one_asked(q) or _which_level_said(q)) else None


def _which_level_said(q: Question) -> bool:
    """Which prefecture has the code …: "which prefecture" asks which one it is, not where it lies."""
    return re.match(r"(?:which|what)\s|哪", q.words.get("where", ""), re.I) is not None and "yesno" not in q.cues


def _until(ctx: Ctx, date: str | None) -> str:
    """（2021-02-03以前）: until when an old code was the code, when the record dates the change."""
    return _say(ctx, f"（{date}以前）", f" (before {date})") if date else ""


# what else a question of a code may ask, answered by other intents (区划代码450803对应的地方属于哪个市: where)
CODE_ASKED_WITH = {"where", "list", "yesno", "who", "source", "compare", "most", "least"}


@intent("ethnic", {"zh": ["融水苗族自治县是哪个民族的自治县？"], "en": ["Dahua is an autonomous county for which ethnic group?"]})
def ethnic(ctx: Ctx):
    """The people each autonomous county named is named for, read from its official name (融水苗族自治县: 苗族;
    龙胜各族自治县: 各族, several peoples); a place that is no autonomous county has none said."""
    q = ctx.q
    if not _ethnic_asked(ctx):
        return False
    ctx.use("names", "ethnic", "classes", "list", "about", "yesno")
    for n in q.names:
        if _people_named(ctx, n.iri) or not _peoples_within(ctx, n.iri):
            _people_of(ctx, n.iri, len(q.names) > 1)
    ctx.note(_say(ctx, "据自治县的正式名称", "as the autonomous county's official name states"))
    ctx.cite([_v(r, "ev") for n in q.names for r in ctx.run(query("codes"), {"e": [_node(n.iri)]}) if r["kind"].value == "now"])
    return True


def _ethnic_asked(ctx: Ctx) -> bool:
    q = ctx.q
    return "ethnic" in q.cues and bool(q.names) and not q.indicators and "count" not in q.cues and \
        all(ctx.is_a(n.iri, "Place") for n in q.names)  # 其他民族的自治县有几个: a count, not which people


def _people_of(ctx: Ctx, e: str, named: bool) -> None:
    """The people an autonomous county is named for (the county named first when several are asked), or that it
    is none."""
    people, head = _people_named(ctx, e), f"{ctx.label(e)}: " * named
    ctx.add(head + people if people else _say(ctx, f"{ctx.label(e)}不是自治县", f"{ctx.label(e)} is no autonomous county"), e)


def _peoples_within(ctx: Ctx, place: str) -> bool:
    """河池的自治县按民族分: the autonomous counties asked within a place, grouped by the people each is named
    for (瑶族: 巴马、大化、都安); False when none is asked or the place holds none."""
    if not any(AUTONOMOUS_WORD.search(w) and _kind_of_the_place(ctx.q, place, w) for w, c in ctx.q.kinds if c == "County"):
        return False
    by_people = _grouped_by_people(ctx, place)
    for people, counties in sorted(by_people.items()):
        ctx.add(f"{people}: {ctx.sep().join(counties)}")
    return bool(by_people)


def _grouped_by_people(ctx: Ctx, place: str) -> dict[str, list[str]]:
    """The autonomous counties within the place by the people each is named for, each with its data row cited."""
    by_people: dict[str, list[str]] = {}
    for x in sorted(r["x"].value for r in ctx.run(query("members_within"), {"c": [_node(GXO + "County")], "p": [_node(place)]})):
        people = _people_named(ctx, x)
        if people:
            by_people.setdefault(people, []).append(ctx.label(x))
            ctx.cite([_v(r, "ev") for r in ctx.run(query("codes"), {"e": [_node(x)]}) if r["kind"].value == "now"])
    return by_people


AUTONOMOUS_WORD = lazyre.compile(r"自治县|autonomous", re.I)


def _kind_of_the_place(q: Question, place: str, word: str) -> bool:
    """河池的自治县, Baise's autonomous counties: the kind word follows the place's name as what it holds (河池是
    哪个民族的自治县 says the place is one)."""
    n = next(n for n in q.names if n.iri == place)
    at = q.text.find(word, n.end)
    return at >= 0 and not re.search(r"是|\b(?:is|are|was)\b", q.text[n.end:at], re.I)


def _people_named(ctx: Ctx, e: str) -> str | None:
    """苗族 of 融水苗族自治县 (Miao of Rongshui Miao Autonomous County): the words between the place's own name
    (its pinyin, its short names) and 自治县 / Autonomous County; None for a place so named."""
    m = PEOPLE_IN_NAME[ctx.lang].match(ctx.kg.label(e, ctx.lang) or "")
    return m.group("p") if m else None


PEOPLE_IN_NAME = {"en": lazyre.compile(r"^\S+\s+(?P<p>.+?)\s+Autonomous County$"),
                  "zh": lazyre.compile(r"^[\u4e00-\u9fff]{2}(?P<p>[\u4e00-\u9fff]+?族)自治县$")}


@intent("named_by_pinyin", {"zh": ["拼音是Mengshan的是哪个县？", "Longxu是哪个区？"],
                            "en": ["Which county has the pinyin 'Mengshan'?"]})
def named_by_pinyin(ctx: Ctx):
    """Which place a pinyin (or a Latin spelling in a Chinese question) names: the place, by its Chinese name, with
    the division data's row."""
    n = _place_by_pinyin(ctx)
    rows = [r for r in ctx.run(query("codes"), {"e": [_node(n.iri)]}) if r["kind"].value in ("now", "full")] if n else []
    if not rows:  # Beijing: no row of the division data, no pinyin on record
        return False
    ctx.use("names", "pinyin", "list", "where", "classes", "about")
    ctx.add(ctx.label(n.iri), n.iri)
    ctx.cite([_v(r, "ev") for r in rows])
    return True


def _place_by_pinyin(ctx: Ctx):
    """The one place named, when the question asks which place a pinyin names."""
    q = ctx.q
    n = q.names[0] if len(q.names) == 1 and ctx.is_a(q.names[0].iri, "Place") else None
    return n if n and _which_place_said(ctx, n) and ("pinyin" in q.cues or _latin_in_chinese(q, n)) else None


def _latin_in_chinese(q: Question, n) -> bool:
    """A Chinese question that names the place in Latin letters (Longxu是哪个区)."""
    return q.lang == "zh" and LATIN_NAME.fullmatch(n.text.strip("“”\"「」")) is not None


LATIN_NAME = lazyre.compile(r"[A-Za-z'’ -]+")
WHICH_PLACE = lazyre.compile(r"(?:是|对应的是|对应|指的是|指)哪(?:个|一个|座)?(?:区|县|市|镇|乡|地方|行政区)(?!的)|"
                             r"\bwhich (?:county|district|city|prefecture|town|place|division|unit) (?:has|is|goes by|carries)\b", re.I)


def _which_place_said(ctx: Ctx, n) -> bool:
    """The question asks which place the name is (Longxu是哪个区, which county has the pinyin X), at its own level,
    nothing more of it (Longxu在哪个市: where it lies)."""
    q = ctx.q
    own = all(_of_level(ctx, n.iri, c) for _, c in q.kinds)
    return bool(WHICH_PLACE.search(q.text)) and own and not q.relations and not q.indicators


def _of_level(ctx: Ctx, iri: str, cls: str) -> bool:
    """The place is of the level (a city word takes a place named …市)."""
    return ctx.is_a(iri, cls) or cls == "Prefecture" and named_city(ctx, iri)


@intent("name_form", {"zh": ["灵山县的拼音是什么？", "融水苗族自治县的英文名是什么？", "富川的全称是什么？"],
                      "en": ["What is the pinyin of Lingshan County?", "What's the English name of 融水苗族自治县?",
                             "What's the Chinese name of Wuzhou Liubao tea?"]})
def name_form(ctx: Ctx):
    """How one thing's name is written: its pinyin or its English name, as the graph holds them, with the row or
    sentence behind the thing; an English name the project made is said to be its own, not an official one."""
    if _so_written(ctx):
        return True
    asked = _forms_asked(ctx.q)
    if not asked:
        return False
    e = ctx.q.names[0].iri
    rows = [r for r in ctx.run(query("name_forms"), {"e": [_node(e)]}) if r["kind"].value in asked]
    rows.sort(key=lambda r: (r["kind"].value, getattr(r["v"], "language", None) != ctx.lang))  # 全称: the Chinese first
    ctx.use("names", *asked, *(("yesno", "list") if "alias" in asked else ()))
    if asked == ["alias"] and not rows:  # 有没有别名: none the graph records, said of the graph
        return _no_alias(ctx, e)
    _values_cited(ctx, rows)
    if {"english_name", "full_name"} & set(asked) and rows:  # no source gives an English name: the division data's or the project's
        ctx.note(msg("english_made" if ctx.is_a(e, "Place") else "english_translated", ctx.lang))
    return True


def _no_alias(ctx: Ctx, e: str) -> bool:
    ctx.add(msg("no_alias", ctx.lang, name=ctx.label(e)))
    ctx.cite(ctx.kg.entity_evidence_iris(e))
    return True


def _so_written(ctx: Ctx) -> bool:
    """Which division has the pinyin name Yizhou: the one thing whose pinyin (or English name) is the name given,
    with the row behind it; never when the name is written otherwise."""
    q = ctx.q
    named = [n for n in q.names if n.iri != GUANGXI]
    forms = sorted(q.cues & {"pinyin", "english_name"})
    if not (forms and _which_one_asked(q) and len(named) == 1):
        return False
    rows = _written_so(ctx, named[0], forms)
    if not rows:
        return False
    ctx.use("names", "list", "classes", *forms)
    for e in dict.fromkeys(e for e, _ in rows):
        ctx.add(ctx.label(e), e)
    ctx.cite([_v(r, "ev") for _, r in rows])
    return True


def _written_so(ctx: Ctx, name, forms: list[str]) -> list[tuple[str, dict]]:
    """(thing, name_forms row) of every thing whose form asked is the name as written (two Changzhous: both)."""
    said = normalize(name.text)
    things = sorted({name.iri, *ctx.kg.names.exact(name.text)})
    return [(e, r) for e in things for r in ctx.run(query("name_forms"), {"e": [_node(e)]})
            if r["kind"].value in forms and normalize(r["v"].value) == said]


def _which_one_asked(q: Question) -> bool:
    return "list" in q.cues and not q.cues & {"where", "yesno", "source"}


def _forms_asked(q: Question) -> list[str]:
    """The forms of one thing's name asked (pinyin, English name), nothing else asked."""
    one = len(q.names) == 1 and not q.cues & (CODE_ASKED_WITH - ({"list", "yesno"} if "alias" in q.cues else set()))  # 别名有哪些, any aliases
    return sorted(q.cues & {"pinyin", "english_name", "chinese_name", "full_name", "short_name", "alias"}) if one else []


def _values_cited(ctx: Ctx, rows: list[dict], said=str) -> None:
    """Each row's value (?v) as an answer (as `said` words it), with the sentences that hold it; none said not to
    be stated."""
    for r in rows:
        ctx.add(said(r["v"].value), value=r["v"].value)
    ctx.cite([_v(r, "ev") for r in rows], containing=[r["v"].value for r in rows])
    if not rows:
        ctx.ans.unrecognised.append(msg("not_stated", ctx.lang))


@intent("level", {"zh": ["钦州保税港区是什么级别的区划？", "融安县是哪一级行政区？"],
                  "en": ["What level of division is the Qinzhou Bonded Port Area?", "What is Rong'an County's division level?"]})
def level(ctx: Ctx):
    """One place's level as the division data states it (a county-level city; a statistical zone, no
    administrative division), with the data's row."""
    if not _division_level_asked(ctx, ctx.q):
        return False
    rows = ctx.run(query("levels"), {"e": [_node(ctx.q.names[0].iri)]})
    ctx.use("names", "level", "classes", "list", "exact")
    _values_cited(ctx, rows, lambda v: level_said(v, ctx.lang))
    return True


def _division_level_asked(ctx: Ctx, q: Question) -> bool:
    """The level of one place, and nothing else asked."""
    return "level" in q.cues and len(q.names) == 1 and ctx.is_a(q.names[0].iri, "Place") and not q.cues & LEVEL_ASKED_WITH


# what else a question of a level may ask, answered by other intents (which places are county-level: a list)
LEVEL_ASKED_WITH = {"where", "who", "source", "compare", "most", "least", "count", "yesno"}


@intent("renamed", {"zh": ["横县现在叫什么？", "横县改名了吗？改成了什么？"],
                    "en": ["What is Hengxian called now?", "What was Heng County renamed to, and when?"]})
def renamed(ctx: Ctx):
    """The name a place has now, with the change the division data records (横县 became 横州市 in 2021)."""
    q = ctx.q
    if not _rename_asked(q):
        return False
    e = q.names[0].iri
    rows = ctx.run(query("renamed"), {"e": [_node(e)]})
    if not rows:
        return False
    ctx.use("names", "rename", "when", "yesno", "list")
    if len(q.names) == 2:
        _renamed_from(ctx, e, rows, q.names[1])
    else:
        _name_asked(ctx, e, rows)
    _renamed_in_year(ctx, e, rows)
    for r in rows:
        old = _v(r, "old") or "?"
        ctx.note(_say(ctx, f"{old}于{_v(r, 'date')}更名为{r['new'].value}", f"{old} was renamed {r['new'].value} on {_v(r, 'date')}"))
    ctx.cite([_v(r, "ev") for r in rows])
    if "where" in q.cues:  # 归哪个市管: the other part, answered too
        _places_above(ctx, e, _levels_wanted(ctx, e) or ["Prefecture"])
        ctx.use("where")
    return True


KINDS_OF = lazyre.compile(r"\b(?:kinds|types|varieties|sorts) of\b|几种|多少种|哪几种|几类|多少类", re.I)


def _kinds_count_asked(q: Question) -> bool:
    """How many kinds of one named group, and nothing else asked."""
    only = not (q.indicators or q.years or set(q.relations) - {"hasMember", "namesPlace"} or
                set(q.classes) - {"Product", "Industry"})
    return "count" in q.cues and bool(q.names) and only and bool(KINDS_OF.search(q.text))


@intent("kinds_count", {"zh": ["广西米粉有几种？"], "en": ["How many kinds of Guangxi rice noodles are there?"]})
def kinds_count(ctx: Ctx):
    """How many kinds a group has (广西米粉有几种, luosifen and the like): its members (category or part of it),
    counted and listed; the members named as examples are among them."""
    q = ctx.q
    if not _kinds_count_asked(q):
        return False
    found = _members_of(ctx, q.names[0].iri, "hasMember")
    members = {r["s"].value for r in found[0]} if found else set()
    if not members or not {n.iri for n in q.names[1:]} <= members:
        return False
    if set(q.besides) & members:  # 除了防城港金花茶还有几种茶: the one left out is no member counted
        members -= set(q.besides)
        ctx.use("besides")
    ctx.use("names", "count", "list", "relations", "classes")
    ctx.add(str(len(members)), value=str(len(members)), unit=GXO + "Count")
    ctx.note(ctx.sep().join(sorted(ctx.label(m) for m in members)))
    ctx.cite([_v(r, "ev") for r in found[0]])
    return True


@intent("count", {"zh": ["广西有多少个县？", "河池市有多少个县采用了电商扶贫模式？", "广西有多少个县获批国家电子商务进农村综合示范县？",
                         "南宁市下辖几个县级行政区？", "广西有几个县级市？", "图谱里有多少个政策文件？"],
                  "en": ["How many counties does Guangxi have?", "How many counties in Hechi adopted a model?",
                         "How many counties in Liuzhou adopted a model?", "How many autonomous counties does Baise have?",
                         "How many events does the graph hold?", "How many urban districts are under Nanning?"]})
def count(ctx: Ctx):
    q = ctx.q
    if "count" not in q.cues or q.cues & {"most", "least"}:
        return False
    designations = [n.iri for n in q.names if ctx.is_a(n.iri, "Designation")]
    if (designations or q.indicators) and _stated_count(ctx, designations):
        return True
    kinds = _counted_kinds(ctx, designations)
    if not kinds or _hard(q) or _years_of_figures(q) or _not_a_count_of_kinds(q):
        return False
    return _total_stated_of_named(ctx, kinds) or _count_of(ctx, designations, kinds)


def _not_a_count_of_kinds(q: Question) -> bool:
    return _figure_counted(q) or _kinds_compared_within(q)


def _kinds_compared_within(q: Question) -> bool:
    """市辖区数量多于县的地级市: two kinds held compared place by place, which no count here works out."""
    places = [w for w, c in q.kinds if c in PLACE_CLASSES]
    return len(places) >= 3 and KINDS_WITHIN.search(q.text) is not None


KINDS_WITHIN = lazyre.compile(r"(?:多于|少于|大于|小于|超过|比)\s*(?:的)?(?:县|区|市|自治县|镇|乡|村)|"
                              r"\b(?:more|fewer)\s+[\w-]+(?:\s+[\w-]+)?\s+than\s+(?:the\s+)?(?:counties|districts|cities|towns)", re.I)


def _figure_counted(q: Question) -> bool:
    """卖农产品的网店有多少家: the things a figure counts (网店) are what is counted, no kind named beside them."""
    low = q.text.lower()
    return any(re.search(re.escape(w.lower()) + r"\s*(?:有|共有|一共有|总共有)?\s*(?:多少|几)" if q.lang == "zh" else
                         r"\bhow many\s+" + re.escape(w.lower()), low) for w in _figure_words(q))


def _figure_words(q: Question) -> set[str]:
    """The words of the indicators named: the lexicon's, in the question's language, and those the question used."""
    from .lexicon import INDICATOR_WORDS

    locals_ = [i.rsplit("/", 1)[-1] for i in q.indicators]
    return {w for k in locals_ for w in INDICATOR_WORDS.get(k, ((), ()))[q.lang == "en"] + (q.words.get(k, ""),) if w}


def _count_of(ctx: Ctx, designations: list[str], kinds: list) -> bool:
    """The things of a designation, the places holding things of another level (有自治县的地级市有几个: the
    prefectures, not the counties), or each kind counted."""
    if designations:
        return _no_stated_total(ctx, designations[0], kinds[0])
    head = _counted_head(ctx.q) or _held_by_bound(ctx.q)
    if head and _places_of_two_levels(ctx.q) and not _each_kind_counted(ctx.q):
        return _groups_having(ctx, head)
    return _count_kinds(ctx, kinds)


def _held_asked(ctx: Ctx) -> bool:
    """Places of one level listed by how many of another level they hold (none, more than ten), Guangxi's."""
    return bool(_held_by_bound(ctx.q)) and all(n.iri == GUANGXI for n in ctx.q.names)


def _held_by_bound(q: Question) -> tuple[str, str] | None:
    """14个地级市里，一个自治县都没有的有几个: places of two levels with a bound or a "none" on what they hold, the
    places counted not named next to the count word: the coarser level."""
    if not _places_of_two_levels(q) or not (member_bound(q.text) or "negation" in q.cues or _holding_between(q)):
        return None
    return max(q.kinds, key=lambda k: _held_rank(k[1]))


def _held_rank(cls: str) -> int:
    """A place level's rank, finer first; a thing held (a product, a facility) is finer than any place."""
    return LEVEL_ORDER.index(cls) if cls in LEVEL_ORDER else -1


HOLDS = lazyre.compile(r"有|设有|拥有|下辖|\b(?:have|has|with|contain|contains|include|includes)\b", re.I)
JOINED = lazyre.compile(r"和|与|及|以及|、|\band\b|\bor\b|还是", re.I)


def _holding_between(q: Question) -> bool:
    """哪些地级市有县级市, 有自治县的地级市, prefectures with autonomous counties: one level said to hold the other
    (有 between the two words, or before the first with 的 between), never two levels listed (地级市和县级市)."""
    low = q.text.lower()
    group = max(q.kinds, key=lambda k: _held_rank(k[1]))
    g = low.find(group[0].lower())
    finer = sorted(low.find(w.lower()) for w, c in q.kinds if c != group[1])
    if finer[0] > g:  # 哪些地级市有县级市
        return not JOINED.search(low[g:finer[0]]) and HOLDS.search(low[g:finer[0]]) is not None
    before = low[max(0, finer[0] - 4):finer[0]]  # 有自治县的地级市, 同时拥有县级市和自治县的地级市
    return HOLDS.search(before) is not None and "的" in low[finer[-1]:g]


def _places_of_two_levels(q: Question) -> bool:
    """The class words name places of two levels (地级市 and 自治县), or places and the things in them (地级市 and
    产品, 设施)."""
    classes = {c for _, c in q.kinds}
    return len(classes) == 2 and classes <= PLACE_CLASSES | HELD_THINGS and bool(classes & PLACE_CLASSES)


HELD_THINGS = {"Product", "Facility"}  # things a place holds: products from it, facilities in it


COUNT_WORDS = lazyre.compile(r"多少个?|几个|几|how many|number of|(?:the )?(?:tally|count|total) of", re.I)


def _counted_head(q: Question) -> tuple[str, str] | None:
    """The class word counted: right after 多少 / 几 / how many, or right before 有几个 / 有多少 (有自治县的地级市有几个)."""
    low, spans = _count_spans(q)
    return _counted_after(q) or next(((w, c) for w, c in q.kinds for s, e in spans if _next_to(low.find(w.lower()), len(w), s, e)
                                      or _totalled_before(low, w.lower(), s)), None)


def _totalled_word(q: Question, w: str) -> bool:
    """The word is followed by a total's words and a count word (市辖区一共有几个)."""
    low, spans = _count_spans(q)
    return any(_totalled_before(low, w.lower(), s) for s, _ in spans)


def _totalled_before(low: str, w: str, s: int) -> bool:
    """市辖区加起来一共有几个: the word, then a word of a total (and little else), then the count word (县级市的有几个:
    no total, the places that have them)."""
    at = low.find(w)
    gap = low[at + len(w):s] if 0 <= at and at + len(w) <= s else ""
    return TOTAL_GAP.fullmatch(gap) is not None and TOTAL_WORD.search(gap) is not None


TOTAL_WORD = lazyre.compile(r"加起来|加在一起|合起来|一共|总共|总计|合计|共计")
TOTAL_GAP = lazyre.compile(r"(?:加起来|加在一起|合起来|一共|总共|总计|合计|共计|总数|数量|的数量|是|有|共|[”\"」』）)\s])*")


AMONG_THEM = lazyre.compile(r"(?:当中|之中|中间|里面|里头|中|里)\s*[，,]?\s*$|\b(?:among|of)\s+(?:the|its|these|those)?\s*[\d\w\s'-]*$", re.I)


def _among_others(q: Question, head: tuple[str, str]) -> bool:
    """The kind counted is named after another said as what it is counted among (10个县当中，自治县占几个)."""
    at = q.text.find(head[0])
    return any(0 <= q.text.find(w) < at and AMONG_THEM.search(q.text[q.text.find(w) + len(w):at]) for w, _ in q.kinds if (w, _) != head)


def _counted_after(q: Question) -> tuple[str, str] | None:
    """The class word right after a count word (有几个自治县, how many autonomous counties)."""
    low, spans = _count_spans(q)
    return next(((w, c) for w, c in q.kinds for s, e in spans if _right_after(low.find(w.lower(), s), s, e)), None)  # 金花茶…几种茶: the 茶 after


def _right_after(at: int, s: int, e: int) -> bool:
    """A word found at `at` (searched from the count word's start s) begins inside the count word's span s..e or
    within two characters after it (几个区: the kind word 个区 shares the 个)."""
    return at >= s and at - e <= 2


def _count_spans(q: Question) -> tuple[str, list[tuple[int, int]]]:
    """The question in lower case, and where each count word (多少, 几, how many) stands in it."""
    low = q.text.lower()
    return low, [(m.start(), m.end() + len(OF_WHOLE.match(low, m.end()).group(0))) for m in COUNT_WORDS.finditer(low)]


def _each_kind_counted(q: Question) -> bool:
    """多少个地级市、多少个县级市: each class word with its own count word, each counted, never the places of one
    kind that hold the other."""
    low, spans = _count_spans(q)
    return len(spans) >= 2 and all(any(_next_to(low.find(w.lower()), len(w), s, e) for s, e in spans) for w, _ in q.kinds)


# how many of Guangxi's 14 prefecture-level cities: the kind counted after the whole it is taken from
OF_WHOLE = lazyre.compile(r"(?:\s+of\s+(?:the\s+)?(?:[\w-]+'s\s+)?(?:\d+\s+)?)?")


def _next_to(at: int, n: int, s: int, e: int) -> bool:
    """A word at `at` (n long) within two characters after the span s..e, or before it."""
    return 0 <= at - e <= 2 or 0 <= s - (at + n) <= 4  # 地级市里，有几个


def _groups_having(ctx: Ctx, head: tuple[str, str]) -> bool:
    """How many places of the head's class hold at least one thing of the other class word's kind, and which
    (how many prefecture-level cities have an autonomous county: 6); with 一个都没有 / none, those that hold none;
    with 平均 / on average, the things per place. Refused for a place named as well."""
    q = ctx.q
    other = next((w, c) for w, c in q.kinds if c != head[1])
    if any(n.iri != GUANGXI for n in q.names):
        return False
    finer = _held_rank(head[1]) < _held_rank(other[1])
    head, other = (other, head) if finer else (head, other)  # places hold finer places (设了自治县的有几个: the prefectures)
    several = [k for k in q.kinds if k[1] != head[1]]
    if len(several) >= 2:  # the finer things counted (how many county-level cities lie in prefectures with …): no reading
        return not finer and _groups_of_several(ctx, head, several)
    values = {"class": _classes(ctx, other[1]), "group": _classes(ctx, head[1]), "lang": [_lit(ctx.lang)]}
    rows = _without_besides_groups(ctx, ctx.run(_groups_query(other[1], _kind_filter(other[0]) + _counties_only(q, other[0])), values))
    ctx.use("names", "classes", "count", "list", "total", "within", "least")
    if other[1] in HELD_THINGS:  # the products the graph records are the ones its sources name
        ctx.note(msg("held_recorded", ctx.lang, what=other[0] or ctx.label(GXO + other[1])))
    special = _groups_special(ctx, rows, head[1])
    if special and _county_word_broad(q, other):
        ctx.note(msg("county_level_all", ctx.lang))  # more than 10 counties: every county-level division counted, said
    members = finer and (_counted_after(q) == other or _totalled_word(q, other[0]))
    return special if special is not None else _groups_shown(ctx, rows, members)  # 市辖区一共有几个: they, not the groups


def _county_word_broad(q: Question, kind: tuple[str, str]) -> bool:
    """县 / counties said of the county class in its broad sense (every county-level division counted)."""
    return kind[1] == "County" and kind[0].lower() in COUNTY_WORDS and not _counties_only(q, kind[0])


def _groups_query(cls: str, conditions: str) -> str:
    """groups_having.rq for things of cls: a place lies in its group; a product comes from it or from a place in it."""
    return query("groups_having", conditions).replace("#HOLDS", HOLDS_PATH.get(cls, "gxo:locatedIn+"))


HOLDS_PATH = {"Product": "gxo:originatesFrom/gxo:locatedIn*"}  # 哪些地级市没有产品: products from its counties count


def _without_besides_groups(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """Prefectures other than Hechi and Guilin: the places left out are neither shown nor counted."""
    if ctx.q.besides:
        ctx.use("besides")
    return [r for r in rows if r["g"].value not in ctx.q.besides]


def _counties_only(q: Question, word: str) -> str:
    """县（含自治县）: 县 said in its narrow sense, the places named …县 only (a filter), else nothing."""
    return "\n  " + NAMED_COUNTY if word in COUNTY_WORDS and ONLY_COUNTIES.search(q.text) else ""


def _groups_shown(ctx: Ctx, rows: list[dict], members: bool = False) -> bool:
    """How many places hold the things (or, with members, how many things they hold: how many autonomous counties
    lie in prefectures other than …), then each with how many and which."""
    n = sum(int(r["n"].value) for r in rows) if members else len(rows)
    ctx.add(str(n), value=str(n), unit=GXO + "Count")
    for r in rows:
        members = r["members"].value.replace("、", ctx.sep())
        ctx.add(_say(ctx, f"{ctx.label(r['g'].value)}: {r['n'].value}（{members}）",
                     f"{ctx.label(r['g'].value)}: {r['n'].value} ({members})"), r["g"].value)
    return True




NOT_BEFORE = lazyre.compile(r"(?:没有|没|不含|不包括|无|\bno\b|\bwithout\b|\bnor\b|\bneither\b)\s*(?:an?\s+|any\s+)?$", re.I)


def _groups_of_several(ctx: Ctx, head: tuple[str, str], kinds: list[tuple[str, str]]) -> bool:
    """哪些地级市既有县级市又有自治县, 有县级市但没有自治县: the places of the head's class holding each kind said
    (or none of it, where 没有 / without comes right before the kind's word); all conditions at once."""
    low, kept = ctx.q.text.lower(), set(_all_of(ctx, head[1]))
    values = {"group": _classes(ctx, head[1]), "lang": [_lit(ctx.lang)]}
    for word, cls in kinds:
        rows = ctx.run(_groups_query(cls, _kind_filter(word)), {**values, "class": _classes(ctx, cls)})
        holding = {r["g"].value for r in rows}
        without = NOT_BEFORE.search(low[:low.find(word.lower())]) is not None
        kept = kept - holding if without else kept & holding
    ctx.use("names", "classes", "count", "list", "within", "negation", "compare")
    ctx.add(str(len(kept)), value=str(len(kept)), unit=GXO + "Count")
    for g in sorted(kept, key=ctx.label):
        ctx.add(ctx.label(g), g)
    return True


def _all_of(ctx: Ctx, cls: str) -> list[str]:
    """Every instance of a class of place (the prefectures: 14)."""
    rows = [r for c in _classes(ctx, cls) for r in ctx.kg.store.select("SELECT DISTINCT ?x WHERE { ?x a ?c }", {"c": c})]
    return sorted({r["x"].value for r in rows})


def _groups_without(ctx: Ctx, rows: list[dict], cls: str) -> bool:
    """The places of a class that hold none of the things asked (14 prefectures, 9 with a county-level city: 5)."""
    having = {r["g"].value for r in rows}
    without = [g for g in _all_of(ctx, cls) if g not in having]
    ctx.use("negation")
    ctx.add(str(len(without)), value=str(len(without)), unit=GXO + "Count")
    for g in without:
        ctx.add(ctx.label(g), g)
    return True


# how many things a place must hold: 超过10个, at least 3, fewer than five, 5个以上 (a word, a number, a word after it)
BOUND_BEFORE = lazyre.compile(r"(超过|突破|多于|大于|高于|不少于|至少|不低于|不到|少于|不足|低于|小于|正好|恰好|刚好|"
                          r"\b(?:more than|over|at least|fewer than|less than|under|at most|no more than|exactly))(?:了|过|是|为|有|只有|仅有)?\s*"
                          r"(\d+|[零一二两三四五六七八九十]+)(?![a-z])", re.I)  # ten is 10 already (parse.normal)
BOUND_AFTER = lazyre.compile(r"(\d+|[一二两三四五六七八九十]+)\s*个?\s*(及以上|或以上|以上|及以下|或以下|以下)|(\d+) or (more|fewer|less)", re.I)
BOUND_OPS = {"超过": ">", "突破": ">", "多于": ">", "大于": ">", "高于": ">", "more than": ">", "over": ">", "不少于": ">=", "至少": ">=",
             "不低于": ">=", "at least": ">=", "不到": "<", "少于": "<", "不足": "<", "低于": "<", "小于": "<", "fewer than": "<",
             "less than": "<", "under": "<", "at most": "<=", "no more than": "<=", "exactly": "=", "正好": "=", "恰好": "=", "刚好": "=", "及以上": ">=", "或以上": ">=",
             "以上": ">=", "及以下": "<=", "或以下": "<=", "以下": "<=", "more": ">=", "fewer": "<=", "less": "<="}


def bound_said(text: str) -> str | None:
    """The words of a bound as the question says them (超过10个, more than 3), for a refusal that names them."""
    m = BOUND_BEFORE.search(text) or BOUND_AFTER.search(text)
    return m.group(0).strip() if m and member_bound(text) else None


def member_bound(text: str) -> tuple[str, int] | None:
    """The bound on how many things a place holds (超过10个 → ('>', 10)); None without one."""
    word, num = _bound_parts(text)
    if not word or re.fullmatch(r"(?:19|20)\d\d", num):  # over 2017: a year, no bound
        return None
    n = _small_number(num)
    return (BOUND_OPS[word.lower()], int(n)) if n is not None else None


def _bound_parts(text: str) -> tuple[str | None, str | None]:
    """The bound word and the number it bounds (超过, 10; 以上, 5; more, 3)."""
    m = BOUND_BEFORE.search(text)
    if m and not _exact_figure(m, text):
        return m.group(1), m.group(2)
    a = BOUND_AFTER.search(text)
    if not a:
        e = HAS_EXACTLY.search(text) or ONLY_ONE_HELD.search(text)
        return ("exactly", e.group(1) or "1") if e else (None, None)
    return (a.group(2), a.group(1)) if a.group(1) else (a.group(4), a.group(3))


def _exact_figure(m, text: str) -> bool:
    """正好80亿元: an exact figure claimed, no count of things held."""
    return m.group(1) in ("正好", "恰好", "刚好") and re.match(r"\s*[万亿千百元%]", text[m.end():]) is not None


ONLY_ONE_HELD = lazyre.compile(r"\b(?:only|just)\s+(?:a\s+single|one|a)\b()|只有一个()|仅有一个()|只有1个()", re.I)  # only a single district
HAS_EXACTLY = lazyre.compile(r"(?:有|拥有|下辖|设有)\s*(\d+|[一二两三四五六七八九十]+)\s*个[^的，,？?、]{1,6}的")  # 有两个县级市的地级市


def _small_number(num: str) -> float | None:
    """10, 十: the number."""
    from ..numbers import scan

    return next((x.value for x in scan(num) if x.value is not None), None)


def _groups_special(ctx: Ctx, rows: list[dict], cls: str) -> bool | None:
    """Things per place (平均), places past a bound (超过10个) or holding none (一个都没有); None for neither."""
    q, bound = ctx.q, member_bound(ctx.q.text)
    if "per" in q.cues:
        return _members_per_group(ctx, rows, cls)
    if bound:
        return _groups_bounded(ctx, rows, cls, bound)
    return _groups_without(ctx, rows, cls) if "negation" in q.cues else None


def _groups_bounded(ctx: Ctx, rows: list[dict], cls: str, bound: tuple[str, int]) -> bool:
    """The places of a class holding more (fewer) than a number of the things asked (more than ten county-level
    units: 南宁 12, 桂林 17, 百色 12, 河池 11), each with its count; the count compared in full, every place
    counted (a place holding none counts 0)."""
    op, n = bound
    held = {r["g"].value: int(r["n"].value) for r in rows}
    ok = {">": lambda k: k > n, ">=": lambda k: k >= n, "<": lambda k: k < n, "<=": lambda k: k <= n, "=": lambda k: k == n}[op]
    kept = [g for g in _all_of(ctx, cls) if ok(held.get(g, 0))]
    ctx.use("threshold", "compare", "less", "negation")
    ctx.add(str(len(kept)), value=str(len(kept)), unit=GXO + "Count")
    for g in kept:
        ctx.add(f"{ctx.label(g)}: {held.get(g, 0)}", g, value=str(held.get(g, 0)), unit=GXO + "Count")
    ctx.note(msg("computed", ctx.lang, how=f"{op} {n}: " + ctx.sep().join(f"{ctx.label(g)} {held.get(g, 0)}" for g in _all_of(ctx, cls))))
    return True


def _members_per_group(ctx: Ctx, rows: list[dict], cls: str) -> bool:
    """The things per place of a class on average: all of them over all the places (111 / 14)."""
    groups = _all_of(ctx, cls)
    total = sum(int(r["n"].value) for r in rows)
    ctx.use("per")
    _computed(ctx, _say(ctx, f"平均每个 {total / len(groups):.2f}", f"{total / len(groups):.2f} on average"),
              total / len(groups), GXO + "Count", f"{total} / {len(groups)} = {total / len(groups):.2f}")
    return True


RECORD_CLASSES = {"Observation", "Indicator", "Evidence"}
# words that ask what the graph or its sources hold, not how many there are in the world
GRAPH_WORDS = lazyre.compile(r"图谱|收录|记录|记载|库里|文中|文章|报道|原文|提到|列出|数据|graph|record|list|mention|article|report|"
                         r"source|data|kept|keep|hold|name", re.I)


def _world_scope(ctx: Ctx) -> bool:
    """The question counts in a place of the world (全区, in Guangxi), not in the graph or its article."""
    q = ctx.q
    scoped = any(ctx.is_a(n.iri, "Place") for n in q.names) or re.search(r"全区|全省|全国|全广西|nationwide|in china", q.text, re.I)
    return bool(scoped) and not GRAPH_WORDS.search(q.text)


def _open_world_count(ctx: Ctx, kinds: list) -> bool:
    """How many enterprises does Guangxi have: things no source lists whole (not places, whose division data is
    whole) are counted only as what the graph records; asked as a count of the world, refused with that count."""
    q = ctx.q
    if not _world_scope(ctx) or all(c in PLACE_CLASSES | RECORD_CLASSES for _, c in kinds) or q.relations:
        return False  # figures about Guangxi: the graph's own records
    ctx.ans.unrecognised.append(msg("not_a_total", ctx.lang, what=ctx.sep().join(w or ctx.label(GXO + c) for w, c in kinds)))
    return True


# levels of place the division data does not hold whole: only the townships and villages a source names
PARTIAL_LEVELS = {"Township", "Village"}


def _count_kinds(ctx: Ctx, kinds: list) -> bool:
    """Each kind counted; none recorded is kept for when no other reading answers (服务了多少家: a figure)."""
    if _open_world_count(ctx, kinds) or _partial_level_counted(ctx, kinds):
        return True
    for word, cls in kinds:
        _count_kind(ctx, word, cls, [w or c for w, c in kinds if (w, c) != (word, cls)])  # the other words counted
    _none_of_any(ctx, kinds)
    _counts_added(ctx)
    _counts_compared(ctx)
    ctx.use("names", "classes", "count", "relations", "list", "total")
    if _lacking(ctx.q) and ctx.q.relations:  # how many have no issuer on record: the condition was the absence
        ctx.use("negation")
    if not ctx.ans.answers:
        ctx.none_recorded = list(ctx.ans.unrecognised)
    return bool(ctx.ans.answers) or ctx.no_total


def _counts_added(ctx: Ctx) -> None:
    """县级市和自治县加起来有几个, altogether: the counts of several kinds added, first, the sum shown."""
    counts = [a for a in ctx.ans.answers if a.get("unit") == GXO + "Count" and a.get("value")]
    if "total" not in ctx.q.cues or len(counts) < 2:
        return
    n, how = _sum_counted_once(ctx, counts)
    ctx.ans.answers.insert(0, {"label": str(n), "iri": None, "value": str(n), "unit": GXO + "Count", "period": None})
    ctx.note(msg("computed", ctx.lang, how=how))


def _sum_counted_once(ctx: Ctx, counts: list[dict]) -> tuple[int, str]:
    """The counts added, and the arithmetic; a thing in two of the kinds (区县加县级市: 荔浦市 among the 区县 too)
    counted once, said so, when every kind's members are known."""
    n, how, sets = sum(int(a["value"]) for a in counts), " + ".join(a["value"] for a in counts), ctx.kind_members
    union = len(set().union(*sets)) if len(sets) == len(counts) and None not in sets else n
    if union < n:
        return union, how + _say(ctx, f"，重复的只算一次：{union}", f"; those in more than one counted once: {union}")
    return n, how + f" = {n}"


def _counts_compared(ctx: Ctx) -> None:
    """How many more districts than county-level cities, 县比市辖区多几个: the two counts' difference, first, with
    both counts said (whichever way the question puts it: more or fewer)."""
    counts = _two_counts_compared(ctx)
    if not counts:
        return
    (a, b), n = counts, abs(int(counts[0]["value"]) - int(counts[1]["value"]))
    both = ctx.sep().join(x["label"] for x in counts)
    ctx.ans.answers.insert(0, {"label": _say(ctx, f"相差 {n}（{both}）", f"a difference of {n} ({both})"), "iri": None,
                               "value": str(n), "unit": GXO + "Count", "period": None})
    ctx.note(msg("computed", ctx.lang, how=f"|{a['value']} − {b['value']}| = {n}"))
    ctx.use("compare")
    if n and (KIND_WHICH.search(ctx.q.text) or MORE_OR.search(ctx.q.text)):  # 哪类更多: the kind with more (fewer when asked) said first
        _kind_with_more(ctx, counts)


def _two_counts_compared(ctx: Ctx) -> list[dict]:
    """The two counts answered when they are compared (not added), else []."""
    counts = [a for a in ctx.ans.answers if a.get("unit") == GXO + "Count" and a.get("value")]
    return counts if len(counts) == 2 and "compare" in ctx.q.cues and "total" not in ctx.q.cues else []


def _kind_with_more(ctx: Ctx, counts: list) -> None:
    """The kind whose count is larger (smaller when fewer is asked), first."""
    more = max(counts, key=lambda x: int(x["value"]) * (-1 if "less" in ctx.q.cues else 1))
    _lead_with(ctx, more["label"].split(":")[0])
    ctx.use("less")


# the graph named as where things are counted (图谱里有几个村, how many villages does the graph hold)
IN_THE_GRAPH = lazyre.compile(r"图谱(?:里|中|内|上|收录|记录)|知识图谱|\b(?:in|does) the (?:knowledge )?graph\b|\bthe graph (?:hold|holds|record|records|contain|contains|have|has)\b", re.I)


def _partial_level_counted(ctx: Ctx, kinds: list) -> bool:
    """How many towns does Lingshan have: the graph holds only the towns (villages) its sources name, so no count
    of them is a count of the place's; refused, naming those it holds."""
    partial = [(w, c) for w, c in kinds if c in PARTIAL_LEVELS and not ctx.q.relations]
    if not partial or IN_THE_GRAPH.search(ctx.q.text):
        return False  # 图谱里有几个村级单位: what the graph holds is asked, and counted
    word, cls = partial[0]
    held = _members_within(ctx, cls)
    ctx.ans.unrecognised.append(msg("few_of_level", ctx.lang, what=(word or ctx.label(GXO + cls)).lstrip("个些"),
                                    names=ctx.sep().join(ctx.label(x) for x in held) or "—"))
    return True


def _members_within(ctx: Ctx, cls: str) -> list[str]:
    """The things of class cls the graph holds within the place named (Guangxi when none)."""
    return sorted(r["x"].value for r in ctx.run(query("members_within"), {"c": [_node(GXO + cls)], "p": [_node(_place_named(ctx))]}))


def _none_of_any(ctx: Ctx, kinds: list) -> None:
    """None of any kind counted: what the graph records is said, never a count of 0 of each (but for the county
    levels of a place, which the division data holds whole)."""
    whole = _complete_division_kind(ctx, [c for _, c in kinds])
    if ctx.ans.answers and not whole and all(a.get("value") == "0" for a in ctx.ans.answers):
        ctx.ans.answers = []
        ctx.ans.unrecognised.append(msg("none_recorded", ctx.lang, what=ctx.sep().join(w for w, _ in kinds)))


def _total_stated_of_named(ctx: Ctx, kinds: list) -> bool:
    """How many cities did the reply approve: the number a named thing states, when its indicator is named by
    the class word counted (22 cities), not a count of the few cities the graph links to it."""
    named = [n.iri for n in ctx.q.names if not ctx.is_a(n.iri, "Place")]
    head = _counted_head(ctx.q)  # 点名的城市有几个市辖区: the districts are counted, not the cities
    inds = _indicators_named_by(ctx, named, {w.lower().rstrip("s") for w, _ in ([head] if head else kinds)})
    rows = figure_rows(ctx, named, inds, []) if inds else []
    if not rows:
        return False
    ctx.use("names", "classes", "count", "relations", "list", "total", "indicators", "whole")  # 全国一共: no place's
    for f in rows:
        show_figure(ctx, f)
    return True


def _indicators_named_by(ctx: Ctx, subjects: list[str], words: set[str]) -> list[str]:
    """The indicators of the subjects' figures whose names hold one of the words (cities: 22 cities approved)."""
    inds = {r["indicator"].value for e in subjects for r in ctx.kg.select("ask-figures", {"e": _node(e)})}
    return [i for i in inds if any(w in v.lower() for v in ctx.kg.labels(i).values() for w in words)]


def _listing_asked(q: Question) -> bool:
    """Members of a class with conditions are asked: a class word, a list cue or a relation, no figure or year;
    or every member of a class (list every event the graph has)."""
    if not q.classes or _hard(q) or _years_of_figures(q) or not _list_conditions(q):
        return False
    return "list" in q.cues or bool(q.relations) and not q.cues & {"where", "who"}  # who is the host: an agent, no list


def _years_of_figures(q: Question) -> bool:
    """Years that ask for figures; not the years of dated things listed or counted with nothing named (the events
    of 2018: those dated then)."""
    dated = q.classes[:1] and q.classes[0] in DATED_CLASSES and not q.names and not q.indicators and not MONTH_SAID.search(q.text)
    return bool(q.years) and not dated


# a month or day said (2018年9月, 13 September): a finer date than the year the dated things are filtered by
MONTH_SAID = lazyre.compile(r"\d{1,2}\s*月|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
                            r"\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                            r"\b(?:january|february|march|april|june|july|august|september|october|november|december)\b", re.I)


def _list_conditions(q: Question) -> bool:
    return bool(q.names or q.relations or "list" in q.cues)


def _listed_classes(ctx: Ctx, thing: bool) -> list[str]:
    """The classes listed: the first class word's (the one after a model's: 采用模式的县), or several joined by
    or / and (平台或设施); a city of a thing may lie outside Guangxi (哪些城市设立了试验区: 北京)."""
    run = _joined_kinds(ctx.q)
    classes = dict.fromkeys(run) if len(run) > 1 else [_one_listed_class(ctx.q)]  # 哪些模式、平台、设施: each
    loose = any(w.lower() in LOOSE_CITY for w, c in ctx.q.kinds if c == "Prefecture")  # never 地级市, prefecture
    return ["Place" if thing and c == "Prefecture" and loose else c for c in classes]


LOOSE_CITY = {"城市", "市", "city", "cities", "哪些城市"}


def _cities_named(ctx: Ctx, classes: list[str], rows: list[dict]) -> list[dict]:
    """A city asked of a thing (which city held the forum): any place named …市 (北京市, 南宁市), never a province
    or a county the loose class would let in."""
    loose = classes == ["Place"] and ("Prefecture" in ctx.q.classes)
    return [r for r in rows if named_city(ctx, r["x"].value)] if loose else rows


def _one_listed_class(q: Question) -> str:
    """The class asked for, right after a question word (百色市及其下辖县有哪些特产: the products, not the counties
    that condition them), else the first class word's (the one after a model's: 采用模式的县)."""
    cls = q.classes[-1] if q.classes[0].endswith("Model") and len(q.classes) > 1 else q.classes[0]
    return asked_class(q) or _class_before_asking(q) or _head_of_de(q) or cls  # 批复里点了哪些城市的名: the cities, not the reply


def _kind_unrelated(q: Question, classes: list[str]) -> bool:
    """批复里的城市都是哪些: another kind said, with no name or relation to tie it to the kind listed."""
    other = {c for _, c in q.kinds} - set(classes) - {"Place"}
    return bool(other) and not q.names and not q.relations


def _class_before_asking(q: Question) -> str | None:
    """批复里那22个城市都是哪些: the class word right before the question word that ends the question."""
    low = q.text.lower()
    return next((c for w, c in reversed(q.kinds) if re.search(re.escape(w.lower()) + ASKED_AFTER, low)), None)


ASKED_AFTER = r"\s*(?:都|又|分别)?\s*(?:是|有)?\s*(?:哪些|哪几个|哪几|什么)"


def _head_of_de(q: Question) -> str | None:
    """柳州市以及它下辖的县出的产品，图谱里有哪些: the last class word, after 的, with the question word still to come, is
    the head of the phrase and the kind listed (the counties only narrow it)."""
    w, c = q.kinds[-1]
    at = q.text.rfind(w)
    return c if len(q.kinds) > 1 and at > 0 and q.text[at - 1] == "的" and ASKING_AFTER_DE.search(q.text, at + len(w)) else None


ASKING_AFTER_DE = lazyre.compile(r"哪些|哪几|有啥|什么")


JOIN = lazyre.compile(r"^\s*(?:或者?|和|及|与|、|,|/|\bor\b|\band\b)\s*(?:哪些|哪种|哪类|什么|which|what)?\s*$", re.I)


def _joined_kinds(q: Question) -> list[str]:
    """The classes of the longest run of class words joined by 、, and, or (跟哪些活动、文件挂钩; platforms or
    facilities)."""
    best, run = [], []
    for i, (w, c) in enumerate(q.kinds):
        run = run + [c] if i and JOIN.match(_between(q.text, q.kinds[i - 1][0], w)) else [c]
        best = run if len(run) > len(best) else best
    return best


def _between(text: str, a: str, b: str) -> str:
    low = text.lower()
    i, j = low.find(a.lower()), low.find(b.lower(), low.find(a.lower()) + len(a))
    return low[i + len(a):j] if 0 <= i < j else "#"


def _listed_rows(ctx: Ctx, classes: list[str], thing: bool) -> list[dict]:
    """Members meeting every condition; for one thing and no relation word (哪些文件跟它有关), members with any
    relation to it."""
    related_only = _only_related_asked(ctx.q)
    cond, values = _conditions(ctx, classes[0])
    cond = _narrow_county_list(ctx, classes, cond)
    if _said_dropped(ctx, _kinds_dropped(ctx, classes, cond)):
        return []  # 有扶贫模式的县所在的那些地级市出产哪些产品: a kind no condition reaches is never dropped in silence
    values["class"] = _classes(ctx, *classes)
    if not cond:  # every member of the class: the first of them, with where to find the rest
        return _first_members(ctx, values, classes[0])
    if related_only:
        rows = []
    else:
        rows = _either_rows(ctx, classes)
        rows = ctx.run(members_query(cond), values) or _alternate_rows(ctx, classes) if rows is None else rows
    if not rows and (thing and not ctx.q.relations or related_only):  # a relation asked is never dropped
        values = {"class": values["class"], "n0": [_node(ctx.q.names[0].iri)]}
        rows = _without_besides(ctx, ctx.run(members_query(_related_of_kind(ctx.q, classes[0])), values))
    return rows


def _said_dropped(ctx: Ctx, dropped: list[str]) -> bool:
    """The kinds dropped said as conditions not used; whether there were any."""
    if dropped:
        ctx.ans.unrecognised.append(msg("unused", ctx.lang, words=ctx.sep().join(dropped)))
    return bool(dropped)


def _kinds_dropped(ctx: Ctx, classes: list[str], cond: str) -> list[str]:
    """The words of the kinds named that are neither listed (nor wider or narrower than those listed) nor in any
    condition of the list."""
    from ..vocab import vocabulary

    v = vocabulary()
    near = {c for k in classes for c in v.ancestors(GXO + k)} | set(_classes_iris(ctx, classes))
    return [w for w, c in ctx.q.kinds if GXO + c not in near and f"gxo:{c}" not in cond and _kind_of_its_own(ctx.q, c)]


def _kind_of_its_own(q: Question, c: str) -> bool:
    """No place kind (it says where: 包括下属县市), figure or end of a relation asked (what the relation links)."""
    return c not in PLACE_CLASSES | {"Place", "Observation"} and not _an_end_of_relations(q, c)


def _classes_iris(ctx: Ctx, classes: list[str]) -> list[str]:
    """The IRIs of the classes and their subclasses."""
    return [t.value for t in _classes(ctx, *classes)]


def _narrow_county_list(ctx: Ctx, classes: list[str], cond: str) -> str:
    """哪些县，不算自治县 / the counties only: 县 in the narrow sense the count takes too (named …县), said."""
    word = ctx.q.words.get("County", "").lower()
    if classes != ["County"] or word not in COUNTY_WORDS or not _narrow_sense(ctx.q):
        return cond
    ctx.note(msg(("named_counties", "plain_counties_only")["自治县" in ctx.q.excluded], ctx.lang))
    return cond + "\n  " + NAMED_COUNTY


def _related_of_kind(q: Question, cls: str) -> str:
    """Any relation to the thing named, of the kind said (哪些城市产米粉: cities, never 广西: a name ending in 市)."""
    kind = _kinds_filter(q, cls)
    return ANY_RELATION + ("\n  " + kind if kind else "")


def _without_besides(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """Besides Beijing and Nanning, which cities…: the members left out are never listed, whatever the query."""
    if ctx.q.besides:
        ctx.use("besides")
    return [r for r in rows if r["x"].value not in ctx.q.besides]


OR_BETWEEN = lazyre.compile(r"^\s*(?:或者|或是|或|还是|and/or|or)\s*$", re.I)


def _either_rows(ctx: Ctx, classes: list[str]) -> list[dict] | None:
    """支持农村电商或者电商扶贫的文件, documents supporting A or B: the members meeting the conditions with either
    name; None when the names are not joined by or."""
    q = ctx.q
    names = q.names
    if len(names) < 2 or not all(OR_BETWEEN.match(q.text[a.end:b.start]) for a, b in zip(names, names[1:])):
        return None
    rows = []
    try:
        for n in names:
            q.names = [n]
            rows += _members(ctx, classes)
    finally:
        q.names = names
    return rows


def _members(ctx: Ctx, classes: list[str]) -> list[dict]:
    """The members of the classes meeting the question's conditions as they stand."""
    cond, values = _conditions(ctx, classes[0])
    values["class"] = _classes(ctx, *classes)
    return ctx.run(members_query(cond), values)


def _alternate_rows(ctx: Ctx, classes: list[str]) -> list[dict]:
    """The members by the relation's other side (设立试验区: the cities that implement it, as the reply establishes
    it), when every relation asked has one."""
    q = ctx.q
    if not q.relations or not all(r in ALTERNATES for r in q.relations):
        return []
    asked, q.relations = q.relations, [ALTERNATES[r] for r in q.relations]
    try:
        cond, values = _conditions(ctx, classes[0])
        if not all(f"gxo:{r}" in cond for r in q.relations):
            return []  # the other side is no condition on this class: never every member in its stead
        values["class"] = _classes(ctx, *classes)
        return ctx.run(members_query(cond), values)
    finally:
        q.relations = asked


MAX_LISTED = 50  # members of a class listed with no condition; `gxkg list --type` pages the rest


def _first_members(ctx: Ctx, values: dict, cls: str) -> list[dict]:
    """The first members of a class (a list every event asks for all of them: the graph may hold thousands)."""
    # no ORDER BY: sorting every member of a class that holds thousands took 19 s on ten million triples
    rows = ctx.run(query("members", "").replace("ORDER BY ?x", "") + f"LIMIT {MAX_LISTED + 1}", values)
    if len(rows) > MAX_LISTED:
        ctx.note(msg("first_only", ctx.lang, n=MAX_LISTED, cls=cls))
    return rows[:MAX_LISTED]


def _only_related_asked(q: Question) -> bool:
    """跟哪些…挂钩: what is related to one thing, in any way."""
    return "relation" in q.cues and not q.relations and len(q.names) == 1


# members with any relation of the ontology to the thing named, either way
ANY_RELATION = ("{ ?x ?p ?n0 } UNION { ?n0 ?p ?x } FILTER(STRSTARTS(STR(?p), STR(gxo:))) BIND(?n0 AS ?o) "
                + _any_provenance("?p"))


def _related_each(ctx: Ctx, rows: list[dict]) -> dict:
    """member -> the entities (other than those named) it is related to in the rows."""
    named = {n.iri for n in ctx.q.names}
    by: dict = {}
    for r in rows:
        other = r["o"].value if "o" in r and _iri(r["o"]) else None
        by.setdefault(r["x"].value, set()).update({other} - named - {None})
    for x, text in _literal_ends(ctx, rows).items():  # a theme, a slogan: the text in the answer's language
        by[x].add(text)
    return by


def _is_literal(term) -> bool:
    return term.__class__.__name__ == "Literal"


class Text(str):
    """A literal a member is related to (a forum's theme), shown as it is written, never looked up as a name."""


def _literal_ends(ctx: Ctx, rows: list[dict]) -> dict:
    """member -> the literal it is related to, in the answer's language when the graph has it in that one."""
    found: dict = {}
    for r in rows:
        if _is_literal(r.get("o")):
            found.setdefault(r["x"].value, {})[r["o"].language or ""] = r["o"].value
    return {x: Text(texts.get(ctx.lang) or next(iter(texts.values()))) for x, texts in found.items()}


def _count_of_listed(ctx: Ctx) -> None:
    """How many products …, and which: the list and how many it holds."""
    if "count" in ctx.q.cues and ctx.ans.answers and _listed_is_counted(ctx):
        ctx.use("count")
        ctx.note(msg("listed_count", ctx.lang, n=len(ctx.ans.answers)))


def _listed_is_counted(ctx: Ctx) -> bool:
    """The things listed are of the kind counted (点名的城市有几个市辖区: the cities listed are not what is counted)."""
    head = _counted_head(ctx.q)
    return head is None or any(ctx.is_a(a["iri"], head[1]) for a in ctx.ans.answers if a.get("iri"))


def _show_listed(ctx: Ctx, rows: list[dict]) -> None:
    """Each member once; with what it is related to when that differs between members (凤山县: its model)."""
    by = _related_each(ctx, rows)
    varied = _others_shown(ctx, by)
    for x in sorted(by, key=ctx.label):
        extra = ctx.sep().join(sorted(ctx.label(o) for o in by[x]))
        ctx.add(f"{ctx.label(x)}: {extra}" if extra and varied else ctx.label(x), x)
    ctx.cite([_v(r, "ev") for r in rows])
    for r in rows:
        _rule_of_listed(ctx, r)


def _others_shown(ctx: Ctx, by: dict) -> bool:
    """What each member is related to is shown: it differs between members, or is asked."""
    differs = len({o for os in by.values() for o in os}) > 1 and ctx.q.relations and not ctx.q.names
    return bool(differs or _held_within(ctx, by) or _object_asked(ctx.q) or _range_asked(ctx.q))


def _object_asked(q: Question) -> bool:
    """崇左的县级市采用了什么模式, what model did …: a question word right before a relation's word asks for what the
    relation points to, shown with each member."""
    return any(WHAT_BEFORE.search(q.text[:a]) or WHAT_AFTER.match(q.text[a + len(q.words.get(r, "")):])
               for r, a in q.at.items() if r in q.relations and isinstance(a, int))


def _range_asked(q: Question) -> bool:
    """Which counties adopted a model, and which model?: a question word before the word for what an asked relation
    points to asks for it too, shown with each member."""
    from ..vocab import vocabulary

    v = vocabulary()
    ranges = {c for r in q.relations if r in v.relations for c in v.relations[r].ranges}
    words = {w.rstrip("s") for w, c in {**CLASS_WORDS["zh"], **CLASS_WORDS["en"]}.items() if _other_kind_in(v, q, c, ranges)}
    return any(_right_after_asking(q.text, w) for w in words)


def _other_kind_in(v, q: Question, c: str, ranges: set) -> bool:
    return c not in q.classes and bool(ranges & set(v.ancestors(GXO + c) + [GXO + c]))


WHAT_BEFORE = lazyre.compile(r"(?:什么|哪种|哪个|哪些|何种|啥)\s*$|\b(?:what|which)\s+(?:(?:is|are|was|were|'s)\s+(?:the\s+)?)?$|"
                             r"\bwhat's\s+(?:the\s+)?$", re.I)
WHAT_AFTER = lazyre.compile(r"\s*(?:了|过)?\s*(?:什么|哪种|哪个|哪些|何种|啥)")


def _held_within(ctx: Ctx, by: dict) -> bool:
    """柳州市采用了什么模式: the facts are of places within the place named (融安县), which each answer says."""
    named = [n.iri for n in ctx.q.names if ctx.is_a(n.iri, "Place")]
    if not (named and ctx.q.relations and by and all(by.values())):  # none is the named place's own
        return False
    return all(ctx.is_a(o, "Place") for os in by.values() for o in os)


def _rule_of_listed(ctx: Ctx, r: dict) -> None:
    """The rule of a listed thing's fact, noted; the thing is marked as listed by a derived fact."""
    ctx.rule_note(_v(r, "rule"))
    if _v(r, "rule"):
        ctx.derived.add(r["x"].value)


@intent("lies_in", {"zh": ["哪些实体位于凭祥市？", "位于南宁的有哪些？"], "en": ["Which entities are located in Nanning?"]})
def lies_in(ctx: Ctx):
    """What lies or is held in a place, no kind named (哪些实体位于南宁, which things are located in Nanning): the
    things said to be located or held in it, and those (no places) in a place within it; never the place's parent."""
    place = _lies_in_place(ctx)
    if not place:
        return False
    rows = _lying_in(ctx, place)
    ctx.use("names", "where", "list", "relations", "which")
    if not rows:
        ctx.add(msg("none_lies_in", ctx.lang, place=ctx.label(place)), place)
        return True
    for r in sorted(rows, key=lambda r: (ctx.is_a(r["x"].value, "Place"), ctx.label(r["x"].value))):
        ctx.add(ctx.label(r["x"].value), r["x"].value)
        _within_noted(ctx, r, place)
    _facts_cited(ctx, ctx.related({"s": _terms(rows, "x"), "p": _terms(rows, "p"), "o": _terms(rows, "in")}))
    return True


def _lying_in(ctx: Ctx, place: str) -> list[dict]:
    """The things in the place itself, and those that are no place in a place within it."""
    rows = ctx.run(query("lies_in"), {"n": [_node(place)]})
    return [r for r in rows if r["in"].value == place or not ctx.is_a(r["x"].value, "Place")]


def _within_noted(ctx: Ctx, r: dict, place: str) -> None:
    """A thing in a place within the one asked: which place, noted."""
    if r["in"].value != place:
        ctx.note(msg("lies_in_within", ctx.lang, thing=ctx.label(r["x"].value), place=ctx.label(r["in"].value)))


def _facts_cited(ctx: Ctx, facts: list[dict]) -> None:
    """Each fact's sentence cited, or the rule that derived it noted."""
    ctx.cite([f["ev"].value for f in facts if "ev" in f])
    for rule in {f["rule"].value for f in facts if "rule" in f}:
        ctx.rule_note(rule)


def _lies_in_place(ctx: Ctx) -> str | None:
    """The one place named right after located in (位于X, located in X) with which or what asked of it, no kind."""
    q = ctx.q
    if len(q.names) != 1 or q.kinds or not ctx.is_a(q.names[0].iri, "Place"):
        return None
    return q.names[0].iri if _located_in_asked(q, q.text[:q.names[0].start], q.text[q.names[0].end:]) else None


def _located_in_asked(q: Question, before: str, after: str) -> bool:
    """位于X with which or what asked of it (哪些实体位于X, 位于X的有哪些), or which things are located in X."""
    if not LIES_IN_BEFORE[q.lang].search(before):
        return False
    return q.lang == "en" or bool(LIES_IN_AFTER.match(after) or LIES_IN_ASKED.search(before))


LIES_IN_BEFORE = {"zh": lazyre.compile(r"(?:位于|坐落于|坐落在|设在|地处)\s*$"),
                  "en": lazyre.compile(r"\b(?:which|what)\b(?:\s+(?:entities|entity|things|thing|nodes|node|items|item|objects|object)\b)?"
                                       r"(?:\s+in\s+the\s+graph)?\s+(?:is|are|was|were)\s+(?:recorded\s+as\s+|listed\s+as\s+|said\s+to\s+be\s+)?"
                                       r"(?:located|situated|based|found|sited)\s+in\s+(?:the\s+)?$", re.I)}
LIES_IN_ASKED = lazyre.compile(r"(?:哪些|哪个|哪一个|哪几个|什么|啥|谁)(?:实体|事物|东西|对象|节点|条目)?(?:是|会|被记录为)?(?:位于|坐落于|坐落在|设在|地处)\s*$")
LIES_IN_AFTER = lazyre.compile(r"(?:境内)?的(?:实体|事物|东西|对象|节点|条目)?(?:都|一共|共)?(?:有哪些|有什么|是哪些|是什么|是哪个|是谁|有谁|包括哪些|包括什么)")


@intent("list", {"zh": ["哪些产品产自柳州？", "哪些平台在广西开展农村电商业务？", "河池有哪些县采用了模式？", "凭祥建设了哪些平台或设施？"],
                 "en": ["Which products come from Nanning?", "Which platforms operate rural e-commerce in Guangxi?",
                        "Which counties adopted a poverty-alleviation model?",
                        "Which platforms and facilities did Dongxing build?"]})
def listing(ctx: Ctx):
    q = ctx.q
    if not _listing_asked(q):
        return False
    if _held_asked(ctx):
        return _groups_having(ctx, _held_by_bound(q))  # which prefectures have no county-level city (more than ten)
    thing = len(q.names) == 1 and not ctx.is_a(q.names[0].iri, "Place")
    classes = _listed_classes(ctx, thing)
    if _level_above_asked(ctx, classes) or _kind_unrelated(q, classes):
        return False  # what prefecture-level city administers Zhongshan County: where it is
    rows = _cities_named(ctx, classes, _described_left_out(ctx, _described_rows(ctx, _listed_rows(ctx, classes, thing))))
    if not rows and _complete_division_kind(ctx, classes):
        return _none_under(ctx, classes)
    if not rows and _relation_intents(q, thing) and not q.besides:
        return False  # besides Beijing and Nanning, which…: none left is the answer, not what else is known
    if _fewer_than_said(ctx, rows):
        return True
    _list_uses(ctx)
    _show_listed(ctx, rows)
    _county_sense_listed(ctx, classes)
    _count_of_listed(ctx)
    _partial_level_noted(ctx, classes)
    _listed_further(ctx, classes, rows, thing)
    _only_one_in_the_graph(ctx, rows)
    return True


def _only_one_in_the_graph(ctx: Ctx, rows: list[dict]) -> None:
    """图谱里唯一的乡级行政区是哪个: the only one the graph holds, said of the graph and found alone, is that one."""
    if len(rows) == 1 and IN_THE_GRAPH.search(ctx.q.text):
        ctx.use("exclusive")


def _listed_further(ctx: Ctx, classes: list[str], rows: list[dict], thing: bool) -> None:
    """After the list: none said, or each kind asked of the one thing named listed too."""
    q = ctx.q
    if not rows:
        ctx.ans.unrecognised.append(msg("no_relation", ctx.lang, what=ctx.sep().join(n.text for n in q.names) or "-"))
    elif thing:
        _each_kind_listed(ctx, classes)
        _second_list(ctx, classes)
    elif len(q.names) == 1 and "about" in q.cues:  # what is Rong'an connected to? products, models: each kind
        _each_kind_listed(ctx, classes)


def _none_under(ctx: Ctx, classes: list[str]) -> bool:
    """None of the kind listed under the place: said as the answer, by the division data."""
    _list_uses(ctx)
    word = next((w for w, c in ctx.q.kinds if c in classes), "") or ctx.label(GXO + classes[0])
    key = "none_meet" if _filtered_kind(ctx.q) else "none_under"
    ctx.add(msg(key, ctx.lang, place=ctx.label(_division_named(ctx)), kind=word), _division_named(ctx))
    return True


def _complete_division_kind(ctx: Ctx, classes: list[str]) -> bool:
    """Prefectures or county-level units within one named Guangxi place, nothing else asked of them: the division
    data holds these levels whole, so none found is none there (柳州的县级市: none), never merely unrecorded."""
    q = ctx.q
    return _kinds_only(q) and len(q.names) <= 1 and set(classes) <= {"County", "Prefecture"} and _in_guangxi_division(ctx, _division_named(ctx))


def _kinds_only(q: Question) -> bool:
    """Nothing asked of the kinds but where they are: no relation, figure, year, exception, negation or extreme."""
    return not (q.relations or q.indicators or q.years or q.besides or
                set(q.cues) & {"negation", "most", "least", "rename", "old_code", "dated", "exclusive", "first_in_time"})


def _division_named(ctx: Ctx) -> str:
    """The one place named, or Guangxi when none is."""
    return ctx.q.names[0].iri if ctx.q.names else GUANGXI


def _in_guangxi_division(ctx: Ctx, e: str) -> bool:
    """Guangxi itself or one of its prefectures or county-level units."""
    return e == GUANGXI or (ctx.is_a(e, "Prefecture") or ctx.is_a(e, "County")) and e.startswith(GUANGXI[:-6] + "45")


def _county_sense_listed(ctx: Ctx, classes: list[str]) -> None:
    """县 (county) said of a list that holds districts or county-level cities too (梧州下辖哪些县): the list is of
    every county-level division, said so, with the 县 among them named (the count says the same)."""
    if not _county_word_alone(ctx.q, classes):
        return  # 县和区: listed by the ends of their names, as said
    listed = [a["iri"] for a in ctx.ans.answers if a.get("iri") and ctx.is_a(a["iri"], "County")]
    named = sorted(ctx.label(i) for i in listed if (ctx.kg.label(i, "zh") or "").endswith("县"))
    if len(named) < len(listed):  # 不算区: the county-level cities stay, said
        ctx.note(msg("counties_and_cities", ctx.lang, k=len(named)) if ctx.q.excluded else
                 msg("counties_listed", ctx.lang, names=ctx.sep().join(named) or "-"))


def _county_word_alone(q: Question, classes: list[str]) -> bool:
    """县 / county the one kind word said, of the county class alone."""
    return classes == ["County"] and q.words.get("County", "").lower() in COUNTY_WORDS and len({w for w, _ in q.kinds}) <= 1


def _kinds_asked(q: Question) -> list[str]:
    """The kinds a question word asks for (有哪些相关的机构、地点: organisations and places)."""
    low = q.text.lower()
    return list(dict.fromkeys(c for w, c in q.kinds if any(a in low[max(0, low.find(w.lower()) - 9):low.find(w.lower())] for a in ASKING)))


def _each_kind_listed(ctx: Ctx, classes: list[str]) -> None:
    """跟哪些地方、哪些模式有关联: each kind asked of one thing, those of a kind the relation words did not reach
    listed by any relation to it, or that part said not to be answered."""
    shown = [a["iri"] for a in ctx.ans.answers if a.get("iri")]
    for c in classes if len(classes) > 1 else ():
        if not any(ctx.is_a(x, c) for x in shown):
            _list_or_missing(ctx, c, _any_related(ctx, c))


def _list_or_missing(ctx: Ctx, c: str, rows: list[dict]) -> None:
    if rows:
        _show_listed(ctx, rows)
    else:
        ctx.note(msg("part_missing", ctx.lang, part=next((w for w, k in ctx.q.kinds if k == c), c)))


def _partial_level_noted(ctx: Ctx, classes: list[str]) -> None:
    """Which towns are in Lingshan: those the graph holds, said not to be all of them."""
    partial = PARTIAL_LEVELS.intersection(classes) if ctx.ans.answers else set()
    if partial:
        _only_mentioned(ctx, msg("only_mentioned", ctx.lang, what=ctx.label(GXO + min(partial))))


def _only_mentioned(ctx: Ctx, said: str) -> None:
    """Said with the list; or, when all of them were asked for (list all the townships), said instead of it."""
    if ALL_ASKED.search(ctx.q.text):
        ctx.ans.answers = []
        ctx.ans.unrecognised.append(said)
    else:
        ctx.note(said)


ALL_ASKED = lazyre.compile(r"全部|所有|全都|完整|一共有哪些|\ball\b|\bevery\b|\bcomplete\b|\bfull list\b", re.I)


def _fewer_than_said(ctx: Ctx, rows: list[dict]) -> bool:
    """那22个城市全部是哪些: the question says how many there are, and the graph records fewer: said, not listed
    as if they were all."""
    said, quote = _number_said(ctx, rows)
    members = sorted({ctx.label(r["x"].value) for r in rows})
    if said is None or not members or len(members) >= said:
        return False
    if quote:  # the list is what the graph records, said to be part; a count of them is not the number asked
        return _part_of_those_said(ctx, said, quote, sorted(set(members) | {ctx.label(b) for b in ctx.q.besides}))
    _list_uses(ctx)
    ctx.ans.unrecognised.append(msg("fewer_than_said", ctx.lang, said=said, n=len(members), members=ctx.sep().join(members)))
    return True


def _number_said(ctx: Ctx, rows: list[dict]) -> tuple[int | None, str | None]:
    """How many there are, as the question says (那22个城市) or else as the sentence behind the list does."""
    kinds = [(w, c) for w, c in ctx.q.kinds if rows and ctx.is_a(rows[0]["x"].value, c)]  # the kind listed
    said = _number_said_of_kind(ctx.q, kinds)
    return (said, None) if said is not None or not rows else _number_in_evidence(ctx, rows)


def _part_of_those_said(ctx: Ctx, said: int, quote: str, members: list[str]) -> bool:
    """北京等22个城市: the members listed with the note that the source speaks of more; a count refused, saying so."""
    text = msg("fewer_than_source", ctx.lang, said=said, quote=quote, n=len(members), members=ctx.sep().join(members))
    if "count" not in ctx.q.cues:
        ctx.note(text)
        return False
    _list_uses(ctx)
    ctx.ans.unrecognised.append(text)
    return True


def _number_in_evidence(ctx: Ctx, rows: list[dict]) -> tuple[int | None, str | None]:
    """北京等22个城市: the sentence behind the list names a member and then says how many there are in all; the
    number and those words, or (None, None)."""
    names = sorted({n for r in rows for n in _short_names(ctx, r["x"].value)}, key=len, reverse=True)
    quotes = [r["quote"].value for r in ctx.sentences([_v(r, "ev") for r in rows]) if "quote" in r]
    return next((found for q in quotes for m in _AS_MANY_AFTER.finditer(q) if (found := _as_many(q, m, names))),
                (None, None))


def _as_many(quote: str, m, names: list[str]) -> tuple[int, str] | None:
    """The number after 等 and the words from the member named right before it (北京等22个城市)."""
    before = quote[max(0, m.start() - 30):m.start()]
    x = next((x for x in names if before.endswith(x)), None)
    n = _count_word(m.group("n")) if x else None
    return (n, quote[m.start() - len(x):m.end()]) if n else None


_AS_MANY_AFTER = lazyre.compile(r"等\s*(?P<n>\d+|[一二两三四五六七八九十百]+)\s*(?:个|家|座|项|批)[\u4e00-\u9fff]{0,2}")


def _count_word(s: str) -> int | None:
    """22, 三, three: the number."""
    from ..numbers import cn_number

    v = int(s) if s.isdigit() else EN_NUMBERS.get(s.lower()) or cn_number(s)
    return int(v) if v else None


def _short_names(ctx: Ctx, iri: str) -> set[str]:
    """A member's Chinese name as a sentence may write it: whole, or without 市/县/区 (北京市: 北京)."""
    zh = ctx.kg.label(iri, "zh") or ""
    return {x for x in (zh, re.sub(r"(?<=..)[市县区]$", "", zh)) if x}


def _number_said_of_kind(q: Question, kinds: list) -> int | None:
    """The number the question puts before the class word it lists (那22个…城市, the 22 cities)."""
    text = "".join("#" if any(n.start <= i < n.end for n in q.names) else ch for i, ch in enumerate(q.text))  # not 22 of a name
    for w, _ in kinds:
        at = text.lower().find(w.lower())
        m = re.search(r"(\d+|(?<=[那这])[一二两三四五六七八九十]{1,3})\s*个[^，,。？?\d]{0,14}$|\b(?:the|which|what|all|these|those)\s+(?!(?:19|20)\d\d\b)(\d+)\s+(?:[\w-]+\s+){0,3}$|\b(?:these|those|of the)\s+(two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,3}$",
                      text[max(0, at - 20):at], re.I) if at > 0 else None
        if m:
            return _count_word(m.group(1) or m.group(2) or m.group(3))
    return None


EN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _described_rows(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """The members that a clause of their fact's sentence calls by the topic named before the class word (跨境电商平台
    纷纷落户广西: the cross-border e-commerce platforms that settled in Guangxi; never 京东, in the next clause)."""
    if not ctx.q.described:
        return rows
    ctx.use("described")
    forms, quotes = _described_forms(ctx), _evidence_quotes(ctx, rows)
    return [r for r in rows if _clause_names(ctx, r["x"].value, quotes.get(_v(r, "ev"), ""), forms)]


def _evidence_quotes(ctx: Ctx, rows: list[dict]) -> dict:
    """The sentence (as quoted) of each row's evidence ?ev."""
    return {_v(r, "ev"): _v(r, "quote") for r in ctx.sentences(sorted({_v(r, "ev") for r in rows} - {None}))}


def _described_left_out(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """Besides the cross-border platforms: the members of the kind whose fact's sentence calls them by the topic
    are left out, the others kept."""
    if not ctx.q.described_out:
        return rows
    cls, topics = ctx.q.described_out[0], ctx.q.described_out[1:]
    ctx.use("besides")
    ctx.note(msg("left_out", ctx.lang, what=ctx.sep().join(ctx.label(t) for t in topics)))
    forms, quotes = _names_of(ctx, topics), _evidence_quotes(ctx, rows)
    return [r for r in rows if not (ctx.is_a(r["x"].value, cls) and _clause_names(ctx, r["x"].value, quotes.get(_v(r, "ev"), ""), forms))]


def _names_of(ctx: Ctx, iris) -> set[str]:
    """Every label and other name of the things, in lower case."""
    return {r["n"].value.lower() for t in iris for r in ctx.kg.store.select(query("labels_of"), {"t": _node(t)})}


def _clause_names(ctx: Ctx, x: str, quote: str, forms: set[str]) -> bool:
    """A clause of the sentence names the thing and one of the forms (京东 is in the clause of 入桂发展, not in the
    one that says 跨境电商平台)."""
    names = _names_of(ctx, [x])
    return any(_both_in(c, names, forms) for c in re.split(r"[，。；！？,;]", quote.lower()))


def _both_in(clause: str, names: set[str], forms: set[str]) -> bool:
    return any(n in clause for n in names) and any(f in clause for f in forms)


def _sentences_naming(ctx: Ctx, evs: list[str], forms: set[str]) -> set[str]:
    """The evidence whose sentence (or its translation) holds one of the forms."""
    return {r["ev"].value for r in ctx.sentences(evs) if any(f in f"{_v(r, 'quote')} {_v(r, 'translation')}".lower() for f in forms)}


def _described_forms(ctx: Ctx) -> set[str]:
    """The names (lower case) of the topics a class word is qualified by."""
    return _names_of(ctx, ctx.q.described)


def _relation_intents(q: Question, thing: bool) -> bool:
    """Nothing listed is for the relation intent: a relation of one thing (桂林米粉的上游产业), a group's members,
    or a chain."""
    return thing or len(q.relations) >= 2 or q.relations == ["hasMember"]


def _list_uses(ctx: Ctx) -> None:
    """What a list uses; a place named is its condition, not asked about (哪些县位于贺州, counties located in
    Hezhou: never where Hezhou lies)."""
    ctx.use("names", "classes", "list", "relations")
    if _lacking(ctx.q) and ctx.q.relations:
        ctx.use("negation")
    if any(ctx.is_a(n.iri, "Place") for n in ctx.q.names):
        ctx.use("where", *(("total",) * (len(ctx.q.names) > 1)))  # 贺州、梧州的市辖区合起来列一下: one list of both


def _asked_in_own_clause(low: str, w: str) -> bool:
    """The class word right after a question word, in a clause after the first (…？哪些活动…; 哪些地方、哪些模式)."""
    at = low.find(w)
    return any(a in low[max(0, at - 9):at] for a in ASKING) and bool(OWN_CLAUSE.search(low[:at]))


OWN_CLAUSE = lazyre.compile(r"[？?。；;]|(?:[、，,]|和|以及|还有|\band\b)\s*(?:哪些|哪个|什么|which|what)\s*$")


def _any_related(ctx: Ctx, c: str) -> list[dict]:
    """Things of class c with any relation to the one thing named (跟哪些地方有关联)."""
    values = {"class": _classes(ctx, c), "n0": [_node(ctx.q.names[0].iri)]}
    return _without_besides(ctx, ctx.run(members_query(ANY_RELATION), values))


def _level_above_asked(ctx: Ctx, classes: list[str]) -> bool:
    """Where one place lies, asked by the level above it (what prefecture-level city administers X)."""
    q, e = ctx.q, _one_named_beside_guangxi(ctx.q)
    if "where" not in q.cues or not e or len(classes) != 1 or classes[0] not in PLACE_CLASSES:
        return False
    rows = ctx.kg.store.select("SELECT ?x WHERE { ?n gxo:locatedIn+ ?x . ?x a ?c } LIMIT 1",
                               {"n": _node(e), "c": _node(GXO + classes[0])})
    return bool(rows)


def _second_list(ctx: Ctx, listed: list[str]) -> None:
    """A second class asked in its own clause (which policies support it? which events are linked to it?): its
    members too, or that part said not to be answered."""
    low = ctx.q.text.lower()
    for w, c in ctx.q.kinds:
        if c in listed or not _asked_in_own_clause(low, w.lower()):
            continue
        rows = _listed_rows(ctx, [c], True) or _any_related(ctx, c)
        _show_listed(ctx, rows) if rows else ctx.note(msg("part_missing", ctx.lang, part=w))
        listed = listed + [c]


# ------------------------------------------------------------------------------ where, when, who, relations
ALTERNATES = {"originatesFrom": "productsFrom", "productsFrom": "originatesFrom", "adoptsModel": "implementsModel",
              "implementsModel": "adoptsModel", "settledIn": "cameToDevelopIn", "establishes": "implements"}
WHERE_BY_CLASS = [("Event", ["heldIn"]), ("Product", ["originatesFrom"]), ("Facility", ["locatedIn"]),
                  ("Platform", ["settledIn", "cameToDevelopIn", "operatesRuralEcommerceIn"]),
                  ("Organization", ["settledIn", "cameToDevelopIn", "operatesRuralEcommerceIn"]),
                  ("Program", ["settledIn"]),
                  ("BusinessModel", ["adoptsModel"])]  # where a model is: the places that adopt it
WHO_BY_CLASS = [("Event", ["hostedBy", "organizedBy"]), ("Policy", ["issuedBy"])]


LEVEL_WORDS = (("Township", ("哪个镇", "哪个乡", "哪个街道", "which town", "what town", "the town", "township", "which zone", "what zone")), ("County", ("哪个县", "哪个区", "county", "district")), ("Prefecture", ("哪个市", "城市", "city", "prefecture", "地级市")),
               ("Province", ("哪个省", "province")))


def _levels_wanted(ctx: Ctx, e: str) -> list[str]:
    """The levels of place asked for (哪个市: the prefecture), else those named by a class word."""
    asked = level_text(ctx.q.words.get("where", "") + " " + ctx.q.outside_names())
    # a level word that says what e is (Jinxiu, the Yao autonomous county) asks for no level
    return [c for c, ws in LEVEL_WORDS if any(w in asked for w in ws) and not ctx.is_a(e, c)] or \
        [c for c in ctx.q.classes if c in PLACE_CLASSES and not ctx.is_a(e, c)]


@intent("where", {"zh": ["汉塘村在哪个县？", "融安县属于哪个市？", "南宁跨境商品直购体验中心的商品来自哪里？"],
                  "en": ["Which county is Hantang Village in?", "Where is Dongxing?",
                         "Where will the China-ASEAN Information Harbor E-commerce Forum be held?",
                         "Where do the goods of the Nanning cross-border goods direct-purchase experience centre come from?"]})
def where(ctx: Ctx):
    q = ctx.q
    e = _one_named_beside_guangxi(q) or _place_described(ctx)
    if not q.cues & {"where", "geo"} or _hard(q) or _other_kind_asked(q) or _kind_counted(q) or _which_names_another(ctx, e):
        return False
    if e and e in named_as_like(q, q.text):
        return False  # the facility run the same way as the Qinzhou centre: another one, never where the centre is
    if not e:
        return _where_each(ctx)
    return _where_one(ctx, e)


WHICH_BEFORE = lazyre.compile(r"(?:\bwhich|\bwhat|哪个|哪一个|哪家|哪一家|哪座|哪所)\s*$", re.I)


def _which_names_another(ctx: Ctx, e: str | None) -> bool:
    """Nanning — which cross-border experience centre is located there: which asks the other thing named (no
    place: which Guangxi prefecture is a level asked), never where the place named is."""
    return any(n.iri != e and not ctx.is_a(n.iri, "Place") and WHICH_BEFORE.search(ctx.q.text[:n.start]) for n in ctx.q.names)


def _kind_counted(q: Question) -> bool:
    """下辖几个县级行政区: things of a kind counted, never a place in their stead."""
    return "count" in q.cues and bool(q.kinds)


def _other_kind_asked(q: Question) -> bool:
    """柳州螺蛳粉归哪个产业, which industry does it belong to: a kind asked that is no place is never answered by
    where the thing lies."""
    at = q.at.get("where", 0)
    clause = next((c for c in _clauses_at(q.text) if c[0] <= at < c[1]), (0, len(q.text)))
    text = q.text[clause[0]:clause[1]]
    asked = [c for w, c in q.kinds if _right_after_asking(text, w) or _kind_it_falls_under(q, at, w)]
    return any(c not in PLACE_CLASSES | {"Place", "Region", "StatisticalZone"} for c in asked)


def _kind_it_falls_under(q: Question, at: int, w: str) -> bool:
    """所归属的上一级产品类别: a kind named right after the word that asked where (归属, 所属) is what it falls under."""
    word = q.words.get("where", "")
    return bool(word) and w in q.text[at + len(word):at + len(word) + 10] and word in ("归属", "所属", "属于", "隶属")


def _right_after_asking(text: str, w: str) -> bool:
    return re.search(rf"(?:哪个|哪一个|哪些|哪类|什么|\bwhich\b|\bwhat\b)\s*{re.escape(w)}", text, re.I) is not None


def _clauses_at(text: str, marks: str = "？?。；;") -> list[tuple[int, int]]:
    """The spans of the question's sentences (split at ？?。；;), or of its clauses with commas among the marks."""
    cuts = [0] + [m.end() for m in re.finditer(f"[{marks}]", text)] + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _place_described(ctx: Ctx) -> str | None:
    """Where is Hengzhou, the jasmine tea place: the one place named, the other names things from it."""
    places = [n.iri for n in ctx.q.names if n.iri != GUANGXI and ctx.is_a(n.iri, "Place")]
    others = [n.iri for n in ctx.q.names if n.iri != GUANGXI and n.iri not in places]
    if len(places) != 1 or not others:
        return None
    from_it = ctx.kg.store.select("SELECT DISTINCT ?x WHERE { ?x gxo:originatesFrom|gxo:locatedIn ?p }", {"p": _node(places[0])})
    return places[0] if set(others) <= {r["x"].value for r in from_it} else None


def _where_each(ctx: Ctx) -> bool:
    """东兴市和凭祥市分别属于哪个地级市: each of a few places named, answered in turn (no comparison asked)."""
    names = list(dict.fromkeys(n.iri for n in ctx.q.names if n.iri != GUANGXI))
    if not 1 < len(names) <= 5 or ctx.q.cues & {"compare", "most", "least", "count", "yesno"} or \
            not all(_placed_above(ctx, e) for e in names):
        return False
    return all([_where_noted(ctx, e) for e in names])


def _placed_above(ctx: Ctx, e: str) -> bool:
    """A place whose where is the places above it (no relation of its own asked)."""
    return ctx.is_a(e, "Place") and not _place_relations(ctx, e)


def _where_noted(ctx: Ctx, e: str) -> bool:
    """Where one of several places is, with a note tying it to its answers (东兴市 → 防城港市)."""
    n = len(ctx.ans.answers)
    done = _where_one(ctx, e)
    if len(ctx.ans.answers) > n and not any(a["iri"] == e for a in ctx.ans.answers[n:]):  # no lead row says it
        ctx.note(f"{ctx.label(e)} → {msg('sep', ctx.lang).join(a['label'] for a in ctx.ans.answers[n:])}")
    elif len(ctx.ans.answers) == n and done:  # 那坡、德保: 德保's place is one already answered, said of it too
        _answered_place_noted(ctx, e)
    return done


def _answered_place_noted(ctx: Ctx, e: str) -> None:
    """A note tying e to the answers already given that are places above it."""
    above = _ancestor_set(ctx, e)
    shown = [a["label"] for a in ctx.ans.answers if a.get("iri") in above]
    if shown:
        ctx.note(f"{ctx.label(e)} → {msg('sep', ctx.lang).join(shown)}")


def _where_one(ctx: Ctx, e: str) -> bool:
    """Where one thing is: the places its relations give, or for a place, the places above it."""
    q = ctx.q
    rels = _place_relations(ctx, e)
    if rels:
        n = len(ctx.ans.answers)  # the answers of another part asked before (who hosts it, and where)
        relation_answer(ctx, e, rels, uses=("where", "classes"))
        _the_place_itself_first(ctx, e, rels, n)
        _path_noted(ctx, n)
        _coarser_than_asked(ctx, e, n)
        _finer_than_asked(ctx, e, n)
        if "geo" in q.cues:  # 金花茶来自哪里？请一并提供该地的经纬度: the place's coordinates
            _coordinates_of_its_places(ctx, e, [a["iri"] for a in ctx.ans.answers[n:] if a.get("iri")])
        return _places_only(ctx, n)
    if not ctx.is_a(e, "Place"):
        return False
    ctx.use("names", "where", "classes", "relations", "within", *(("who",) if PLACE_IS_WHO.search(q.text) else ()))  # 上级市是谁
    if _own_level_asked(ctx, e):
        return True
    want = _levels_wanted(ctx, e)
    n = len(ctx.ans.answers)
    above = _places_above(ctx, e, want)
    if not want and above:
        _where_lead(ctx, e, n, above)
    elif "geo" in q.cues:
        _coordinates(ctx, e, answered=not above)  # 广西的经纬度: no place above it, its coordinates are the answer
    if not ctx.ans.answers:
        ctx.ans.unrecognised.append(msg("not_stated", ctx.lang))
    return True


def _coordinates_of_its_places(ctx: Ctx, e: str, places: list[str]) -> None:
    """The coordinates of the places a thing lies in or comes from, said to be theirs: the graph gives none of
    the thing itself (the centre's coordinates: Nanning's)."""
    for iri in places:
        _coordinates(ctx, iri)
    if places and not ctx.is_a(e, "Place"):
        ctx.note(msg("coordinates_of_place", ctx.lang, thing=ctx.label(e), places=ctx.sep().join(ctx.label(p) for p in places)))


def _the_place_itself_first(ctx: Ctx, e: str, rels: list[str], since: int) -> None:
    """横县茉莉花茶产自哪里？那个地方现在归哪个市管？: where it is and the city above, asked in two sentences, are two
    answers: the place itself first, then the level asked."""
    got = [a.get("iri") for a in ctx.ans.answers[since:]]
    firsts = _places_of(ctx, e, rels, got) if got and _where_and_level_apart(ctx.q) else []
    if not firsts:
        return
    later = ctx.ans.answers[since:]
    del ctx.ans.answers[since:]
    for p in firsts:
        ctx.add(ctx.label(p), p)
    ctx.ans.answers.extend(later)


def _places_of(ctx: Ctx, e: str, rels: list[str], got: list) -> list[str]:
    """The places e's relations give that are not among the answers yet."""
    places = [r["o"].value for p in rels for r in ctx.related({"s": [_node(e)], "p": [_node(GXO + p)]})]
    return [p for p in dict.fromkeys(places) if p not in got]


def _where_and_level_apart(q: Question) -> bool:
    """The word that asks where stands in one sentence, and a level asked (哪个市) only in another."""
    at = q.at.get("where", -1)
    clause = next((c for c in _clauses_at(q.text, "？?。；;，,") if c[0] <= at < c[1]), (0, 0))  # …from, and which city
    inside, outside = q.text[clause[0]:clause[1]], q.text[:clause[0]] + q.text[clause[1]:]
    return clause[1] > 0 and _level_word_in(outside) and not _level_word_in(inside)


def _level_word_in(text: str) -> bool:
    return bool(levels_asked(text))


def _where_lead(ctx: Ctx, e: str, since: int, above: list[str]) -> None:
    """A plain where answer first says which place it took and the places above it, with its coordinates:
    三江侗族自治县位于广西壮族自治区柳州市（纬度 25.78…、经度 109.60…）."""
    path = "".join(reversed(above)) if ctx.lang == "zh" else ", ".join(above)  # 广西壮族自治区柳州市; Liuzhou, Guangxi
    coords = _coords_said(ctx, e)
    label = msg("where_lead", ctx.lang, name=ctx.label(e), path=path)
    if coords:
        ctx.use("geo")
        label += msg("coords", ctx.lang, what=ctx.sep().join(coords))
    ctx.ans.answers.insert(since, {"label": label, "iri": e, "value": None, "unit": None, "period": None})
    if ctx.lang == "en":
        ctx.ans.answers[since]["name_zh"] = ctx.kg.label(e, "zh")


def _one_named_beside_guangxi(q: Question) -> str | None:
    """The one thing named, Guangxi named as context aside (Heshan in Guangxi)."""
    named = [n for n in q.names if n.iri != GUANGXI] if len(q.names) > 1 else q.names
    return named[0].iri if len(named) == 1 else None


def _place_relations(ctx: Ctx, e: str) -> list[str]:
    """The relations a where question follows; none for a place said to lie somewhere (邕宁区位于哪里): the places
    above it, and its coordinates when asked."""
    rels = _where_relations(ctx, e)
    return [] if rels == ["locatedIn"] and ctx.is_a(e, "Place") else rels


def _where_relations(ctx: Ctx, e: str) -> list[str]:
    """The relations a where question follows: those it names (but partOf), else the usual one of e's class;
    none for where a company is from (SAP: where it settled is not where it comes from)."""
    named = [r for r in ctx.q.relations if r in WHERE_RELATIONS]
    return named or ([] if _agent_origin_asked(ctx, e) else next((rs for cls, rs in WHERE_BY_CLASS if ctx.is_a(e, cls)), []))


def _agent_origin_asked(ctx: Ctx, e: str) -> bool:
    return ORIGIN_OF_AGENT.search(ctx.q.text) is not None and any(ctx.is_a(e, c) for c in ("Organization", "Platform"))


# where a company or platform is from (based, headquartered): no relation of the ontology says it
ORIGIN_OF_AGENT = lazyre.compile(r"\bwhere\b[^?]*\bfrom\b|\bbased\b|\bheadquarter|来自哪|是哪国|哪个国家的|哪里的(?:公司|企业|平台)|总部",
                                 re.I)


# the relations that say where (who hosts it, and where: the host is no place)
WHERE_RELATIONS = {r for _, rs in WHERE_BY_CLASS for r in rs} | {
    "locatedIn", "originatesFrom", "productsFrom", "reachesMarket", "soldTo", "exportedTo", "heldIn", "namesPlace",
    "serves"}


def _path_noted(ctx: Ctx, since: int) -> None:
    """The one place a thing is in, with the places above it in a note (广西钦州保税港区 → 钦南区 → 钦州市 → 广西)."""
    places = [a["iri"] for a in ctx.ans.answers[since:] if _iri_place(ctx, a["iri"])]
    rows = ctx.run(query("ancestors"), {"e": [_node(places[0])]}) if len(places) == 1 else []
    if rows:
        ctx.note(" → ".join([ctx.label(places[0])] + [ctx.label(r["place"].value) for r in rows]))


def _iri_place(ctx: Ctx, iri: str | None) -> bool:
    return bool(iri) and ctx.is_a(iri, "Place")


def _coarser_than_asked(ctx: Ctx, e: str, since: int) -> None:
    """峰会在哪个城市开的: a place above every level asked (Guangxi, for a city) is no answer; the graph does not
    say the city, and says so."""
    want = [LEVEL_ORDER.index(c) for c in _levels_wanted(ctx, e) if c in LEVEL_ORDER]
    coarse = [a for a in ctx.ans.answers[since:] if a["iri"] and want and _level_rank(ctx, a["iri"]) > max(want)]
    if coarse and len(coarse) == len(ctx.ans.answers[since:]):
        del ctx.ans.answers[since:]
        ctx.ans.unrecognised.append(msg("not_stated", ctx.lang))


# the place above asked by who (各自的上级市是谁)
PLACE_IS_WHO = lazyre.compile(r"(?:上级|上一级|上面|所属|归属)[\u4e00-\u9fff]{0,4}(?:是|为)谁")
# which level of place is asked (哪个地级市, which prefecture), asked of a place named
OWN_LEVEL_ASKED = lazyre.compile(r"(?:哪个|哪一个|哪座)\s*(?:地级市|城市|市|县|区)(?![辖级])|\b(?:which|what)\s+(?:prefecture|city|county|district)\b", re.I)


def _own_level_asked(ctx: Ctx, e: str) -> bool:
    """南宁是哪个地级市, which prefecture is Nanning: the place is itself of the level asked, and so is the answer,
    said so with the places above it."""
    cls = _level_named(OWN_LEVEL_ASKED.search(ctx.q.text))
    if not cls or not ctx.is_a(e, cls) or ctx.q.cues & {"count", "yesno", "geo"}:
        return False
    ctx.add(ctx.label(e), e)
    above = [ctx.label(r["place"].value) for r in ctx.run(query("ancestors"), {"e": [_node(e)]})]
    ctx.note(msg("itself_level", ctx.lang, name=ctx.label(e), level=ctx.label(GXO + cls), above=ctx.sep().join(above)))
    return True


def _level_named(m: re.Match | None) -> str | None:
    """The level of place the words matched name (哪个地级市: Prefecture)."""
    return next((c for c, ws in LEVEL_WORDS if any(w in level_text(m.group(0)) for w in ws)), None) if m else None


def _finer_than_asked(ctx: Ctx, e: str, since: int) -> None:
    """互市贸易+跨境电商的那两座城市，上级地级市分别是: places below every level asked (凭祥市, a county-level city,
    for a prefecture) are answered by the place of that level each lies in, the way up said."""
    want = [c for c in _levels_wanted(ctx, e) if c in LEVEL_ORDER]
    fine = _below_levels(ctx, ctx.ans.answers[since:], want)
    if not fine or len(fine) != len(ctx.ans.answers[since:]):
        return
    del ctx.ans.answers[since:]
    for a in fine:
        ctx.note(f"{a['label']} → {ctx.sep().join(_places_above(ctx, a['iri'], want))}")


def _below_levels(ctx: Ctx, answers: list[dict], want: list[str]) -> list[dict]:
    """The answers that are places below every level wanted (a statistical zone, such as a bonded port area, is
    below a city asked for)."""
    low = min((LEVEL_ORDER.index(c) for c in want), default=-1)
    return [a for a in answers if a["iri"] and (0 <= _level_rank(ctx, a["iri"]) < low or low >= CITY_RANK and ctx.is_a(a["iri"], "StatisticalZone"))]


CITY_RANK = LEVEL_ORDER.index("Prefecture")  # a city asked of a thing in a zone: the zone's city (never its district, a zone word)


def _level_rank(ctx: Ctx, iri: str) -> int:
    """The place's level in LEVEL_ORDER (-1 for what is no division)."""
    return next((i for i, c in enumerate(LEVEL_ORDER) if ctx.is_a(iri, c)), -1)


def _places_only(ctx: Ctx, since: int = 0) -> bool:
    """A where question is answered with places, or the intent declines (never a model for a prefecture)."""
    new = ctx.ans.answers[since:]
    return all(ctx.is_a(a["iri"], "Place") for a in new if a["iri"]) and \
        not any(a["iri"] is None for a in new if _level_asked(ctx))


def _coordinates(ctx: Ctx, e: str, answered: bool = False) -> None:
    """Where is X, with its coordinates: the latitude and longitude the graph holds, in a note (or as the answer)."""
    said = _coords_said(ctx, e)
    if said:
        ctx.use("geo")
        (ctx.add if answered else ctx.note)(f"{ctx.label(e)}: " + ctx.sep().join(said))
        ctx.cite(ctx.kg.entity_evidence_iris(e) if answered else [])


def _coords_said(ctx: Ctx, e: str) -> list[str]:
    """e's latitude and longitude as the graph holds them, each with its word (纬度 22.09)."""
    return [f"{COORD_WORDS[c][ctx.lang == 'en']} {r['v'].value}"
            for c in ("lat", "long") for r in ctx.run(_coords_query(c, False), {"x": [_node(e)]})]


def _places_above(ctx: Ctx, e: str, want: list[str]) -> list[str]:
    """The places e lies in, nearest first (those of the levels wanted, when any are); their labels."""
    labels = []
    for r in ctx.run(query("ancestors"), {"e": [_node(e)]}):
        if not want or r["cls"].value.rsplit("#", 1)[-1] in want:
            labels.append(ctx.label(r["place"].value))
            ctx.add(labels[-1], r["place"].value)
    return labels


@intent("when", {"zh": ["中国-东盟信息港电子商务论坛什么时候举办？"],
                 "en": ["When is the China-ASEAN Information Harbor E-commerce Forum?"]})
def when(ctx: Ctx):
    q = ctx.q
    dated = _date_asked(ctx)
    if "when" not in q.cues or len(q.names) != 1 or _hard(q) and not dated:
        return False
    ctx.use("names", "when", *(("indicators",) if dated else ()))
    _show_dates(ctx, q.names[0].iri)
    if ctx.ans.answers:  # no date stated: no answer, never what else is known (电子商务讲师团是哪一年成立的)
        _relations_too(ctx, q.names[0].iri)
    return True


def _relations_too(ctx: Ctx, e: str, said: bool = True) -> None:
    """论坛的主题和日期: a relation asked beside the date (or a figure) is answered too, when e has it; beside a
    date, a relation e lacks is the name's words (22 cities … 设立: the reply's title) or the date's verb (举办)."""
    held = _held_relations(ctx, e, ctx.q.relations)
    rows = _all_held(held)
    if rows and not ASKED_DATE_VERB.fullmatch(ctx.q.words.get(rows[0], "")):
        _answers_added(ctx, lambda: relation_answer(ctx, e, rows))
    _unheld_said(ctx, [r for r, xs in held.items() if not xs and _asked_by_its_word(ctx.q, r)])
    ctx.use(*(("relations",) if said or rows else ()))


def _asked_by_its_word(q: Question, r: str) -> bool:
    """The relation's word has a question word right after it (用的是什么模式, reaches which provinces)."""
    w = q.words.get(r, "")
    at = q.text.find(w) if w else -1
    return at >= 0 and bool(re.match(r"\s*(?:了|的|是)?\s*(?:什么|哪|啥|\bwhich\b|\bwhat\b)", q.text[at + len(w):], re.I))


def _answers_added(ctx: Ctx, answer) -> None:
    """Run an answer after those given, keeping them first and adding only new rows."""
    before = list(ctx.ans.answers)
    answer()
    ctx.ans.answers = before + [a for a in ctx.ans.answers if a not in before]


def relations_asked_beside(ctx: Ctx) -> None:
    """融安用的什么模式，金桔涨到多少钱: a relation asked by its own question word (什么模式) beside a figure or a
    growth is answered too, for each thing named that has it; never one that only conditions the figure."""
    asked = [r for r in ctx.q.relations if ASKING_WORD.match(ctx.q.words.get(r, ""))]
    beside = asked and ctx.ans.intent in ("figure", "growth") and ctx.ans.answers
    for n in ctx.q.names if beside else []:
        held = _held_relations(ctx, n.iri, asked)
        if any(held.values()):
            _answers_added(ctx, lambda: relation_answer(ctx, n.iri, _all_held(held)))
            _unheld_said(ctx, [r for r, xs in held.items() if not xs])


def _held_relations(ctx: Ctx, e: str, rels: list[str]) -> dict:
    """Each relation -> those of it and its alternate that e has (用的是什么模式: a facility implements the model a
    county adopts)."""
    return {r: [x for x in _with_alternates([r]) if _has_relation(ctx, e, x)] for r in rels}


def _all_held(held: dict) -> list[str]:
    return sorted({x for xs in held.values() for x in xs})


def _unheld_said(ctx: Ctx, rels: list[str]) -> None:
    """Relations asked that the thing does not have: each said to be left unanswered, never dropped in silence."""
    for r in rels:
        ctx.note(msg("part_missing", ctx.lang, part=ctx.q.words.get(r, r)))


def _has_relation(ctx: Ctx, e: str, r: str) -> bool:
    """e has a fact of relation r (out)."""
    return bool(ctx.kg.store.select("SELECT ?o WHERE { ?e ?p ?o } LIMIT 1", {"e": _node(e), "p": _node(GXO + r)}))


ASKED_DATE_VERB = lazyre.compile(r"举办|举行|召开|开幕|发布|印发|出台|颁布|成立|设立|建立|创办|创建|组建|"
                                 r"held|hosted|issued|published|released|founded|established|set up|launched", re.I)


# an end asked (when did the forum end): its end date, not the day it began
END_ASKED = lazyre.compile(r"结束|闭幕|落幕|收官|收尾|截止日期|\b(?:end|ends|ended|ending|finish|finishes|finished|close|closes|closed|"
                       r"conclude|concludes|concluded|last day)\b(?!\s+of\b)", re.I)


def _show_dates(ctx: Ctx, e: str) -> None:
    """The dates a thing was held or issued (or ended, when that is asked), with its sentence; said when the
    graph has none."""
    rows = ctx.run(query("end_dates" if END_ASKED.search(ctx.q.text) else "dates"), {"e": [_node(e)]})
    if _covered_not_issued(ctx, rows) or _end_of_span(ctx, e, rows):
        return
    verdict = _years_checked(ctx, [r["d"].value for r in rows])
    for r in rows:
        ctx.add(verdict + r["d"].value, value=r["d"].value, period=r["d"].value)
    if rows:
        ctx.cite(ctx.kg.entity_evidence_iris(e))
    else:
        ctx.ans.unrecognised.append(msg("not_stated", ctx.lang))


def _end_of_span(ctx: Ctx, e: str, rows: list) -> bool:
    """精准扶贫三年行动计划到哪一年收尾: with no end date, the last year of the years a plan covers (2018-2020: 2020),
    said as such."""
    asked = not rows and END_ASKED.search(ctx.q.text)
    spans = [r["d"].value for r in ctx.run(query("dates"), {"e": [_node(e)]}) if re.fullmatch(r"\d{4}-\d{4}", r["d"].value)] if asked else []
    for span in spans[:1]:
        ctx.add(span[-4:], value=span[-4:], period=span)
        ctx.note(msg("span_end", ctx.lang, span=span))
        ctx.cite(ctx.kg.entity_evidence_iris(e))
    return bool(spans)


# an issue asked (when was the plan issued): a plan's period is not the day it came out
ISSUE_ASKED = lazyre.compile(r"发布|出台|印发|颁布|下发|公布|出炉|\b(?:issued?|published|released|came out|adopted|announced)\b", re.I)


def _covered_not_issued(ctx: Ctx, rows: list) -> bool:
    """广西电子商务精准扶贫三年行动计划是哪年发布的: a plan whose only date is the years its title covers
    (2018-2020) was issued on a day the graph does not state; said so, with the years it covers."""
    if not (rows and ISSUE_ASKED.search(ctx.q.text)) or {r["p"].value for r in rows} != {DCT.temporal}:
        return False
    ctx.use("when")
    ctx.ans.unrecognised.append(msg("issue_not_stated", ctx.lang, years=rows[0]["d"].value))
    return True


def _years_checked(ctx: Ctx, dates: list[str]) -> str:
    """实施期是否为2018年至2020年, was it issued in 2018: the years asked set against the dates (a range's ends, a
    date's year); "yes: " or "no: " before the answer, nothing when no year is asked or no date given."""
    if "yesno" not in ctx.q.cues or not ctx.q.years or not dates:
        return ""
    ctx.use("years", "yesno")
    return msg("yes" if _years_match(sorted(set(ctx.q.years)), dates) else "no", ctx.lang) + ": "


def _years_match(asked: list[str], dates: list[str]) -> bool:
    """The years asked are a date's year or a range's years or ends (2018年至2020年 of 2018-2020)."""
    ends = [sorted(set(re.findall(r"(?:19|20)\d\d", v))) for v in dates]
    return any(asked in (e, [e[0], e[-1]]) for e in ends if e)


@intent("who", {"zh": ["中国-东盟信息港电子商务论坛由谁主办、由谁承办？", "《自治区人民政府关于加快电子商务发展的若干意见》是谁发布的？"],
                "en": ["Who hosted and who organised the China-ASEAN Information Harbor E-commerce Forum?"]})
def who(ctx: Ctx):
    q = ctx.q
    if "who" not in q.cues or len(q.names) != 1 or _hard(q):
        return False
    e = q.names[0].iri
    rels = _agents_asked(ctx, q.relations) or next((rs for cls, rs in WHO_BY_CLASS if ctx.is_a(e, cls)), [])
    if not rels:
        return False
    return relation_answer(ctx, e, rels, uses=("who",))


def _agents_asked(ctx: Ctx, rels: list[str]) -> list[str]:
    """Who's the operator running the centre: of the relations said, those reaching an organisation are what who
    asks; another said beside them (running: a model it adopts) answers no who. Beside a which (哪份文件设立的，它是谁
    发布的) each relation is a link of a chain, all kept."""
    agents = [r for r in rels if _reaches_an_organisation(ctx, r)] if "list" not in ctx.q.cues else []
    return agents or rels


def _reaches_an_organisation(ctx: Ctx, r: str) -> bool:
    """The ontology gives relation r an organisation as its range (operated by, issued by, hosted by)."""
    t = ctx.kg.vocabulary.properties.get(r.removeprefix(GXO))
    return t is not None and GXO + "Organization" in t.ranges


# a figure asked in a scale of its unit (in billions of yuan, how many thousand, 折合多少万元)
SCALE_ASKED = {"en": lazyre.compile(r"\bin (?:units of |terms of )?(?P<w>billions|millions|thousands|billion|million|thousand)\b|"
                                   r"\bhow many (?P<w2>billion|million|thousand)\b", re.I),
               "zh": lazyre.compile(r"(?:多少|(?<![十百千\d一二两三四五六七八九])几|折合|换算成|合|(?<![使利采])用|以|按|单位(?:是|用|为|换成|改成)?)\s*[“\"「]?\s*"
                                   r"(?P<w>万亿|亿|千万|百万|万|千)(?=元|家|个|人|户|$|[？?])")}
SCALES = {**EN_SCALE, **{w + "s": v for w, v in EN_SCALE.items()},  # billion(s), as numbers are read
          "万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3}
SCALED_UNITS = {GXO + "CNY": ("元", "yuan"), GXO + "Count": ("个", ""), GXO + "Person": ("人", "people"), GXO + "PersonTime": ("人次", "person-times")}


def scale_said(ctx: Ctx) -> None:
    """A figure asked in a scale of its unit (in billions of yuan, 折合多少万元): each figure answered, in that scale."""
    word = _scale_word(ctx)
    for a in (a for a in ctx.ans.answers if word and a.get("value") and a.get("unit") in SCALED_UNITS):
        unit = SCALED_UNITS[a["unit"]][ctx.lang == "en"]
        v = "–".join(_num(float(x) / SCALES[word]) for x in str(a["value"]).split("–"))  # a range: each bound
        ctx.note(msg("computed", ctx.lang, how=_say(ctx, f"{a['value']} = {v}{word}{unit}", f"{a['value']} = {v} {word.rstrip('s')} {unit}".strip())))


def _scale_word(ctx: Ctx) -> str:
    """billions, 万: the scale the question asks its figure in, or ""."""
    m = SCALE_ASKED[ctx.lang].search(ctx.q.text)
    return next((g.lower() for g in m.groups() if g), "") if m else ""


def any_of_class(ctx: Ctx, iris: list[str], cls: str) -> bool:
    """Any of the things is of the class."""
    return any(ctx.is_a(i, cls) for i in iris)


def _not_its_own(text: str) -> bool:
    return SAME_AS.search(text) is not None or LOCATED_IN_IT.search(text) is not None


LOCATED_IN_IT = lazyre.compile(r"\b(?:which|what)\b[^?]*\b(?:is|are|was|were)\s+(?:recorded\s+as\s+|listed\s+as\s+)?"
                               r"(?:located|situated|based|found)\s+in\s+[^?,]+\??\s*$", re.I)
SAME_AS = lazyre.compile(r"\bthe same (?:prefecture|city|county|place|province|district)(?:-level city)? as\b|"
                         r"(?:和|与|跟)[^，,？?]{1,20}?(?:同一个|同一|同个)(?:地级市|市|县|地方|省)", re.I)


def kind_unanswered(ctx: Ctx) -> None:
    """议题里哪个与农村有关，由谁承办: a kind of place asked (村) that no answer of who did it is: a condition not used,
    never dropped."""
    iris = [a["iri"] for a in ctx.ans.answers if a.get("iri")] if ctx.ans.intent == "who" else []
    missing = [w for w, c in ctx.q.kinds if c in PLACE_CLASSES and not any_of_class(ctx, iris, c)] if iris else []
    if missing:
        ctx.ans.answers = []
        ctx.ans.unrecognised.append(msg("unused", ctx.lang, words=ctx.sep().join(missing)))


@intent("relation", {"zh": ["桂林米粉的上游产业有哪些？", "凤山县采用了什么模式？", "中国-东盟信息港电子商务论坛的议题是什么？"],
                     "en": ["What are the upstream industries of Guilin rice noodles?", "What model did Rong'an County adopt?",
                            "Which markets does the Qinzhou Bonded Port Area international goods direct-sales centre reach?"]})
def relation(ctx: Ctx):
    q = ctx.q
    if not (q.relations and q.names) or _hard(q) or _not_its_own(q.text) or _about_one_described(ctx):
        return False  # from the same prefecture as X: not X's own; which entity is located in X: not where X is
    if _about_with_a_clause(q) and _clause_after_two(q):
        return _clause_not_held(ctx)
    if len(q.names) == 1:
        return _relation_of_one(ctx) and not _subject_kind_unmet(ctx)
    if _other_members(ctx):
        return True
    asked = [n for n in q.names if n.iri not in q.besides]  # 除了京东和谷歌，还有谁入桂发展: not those two
    asked = [n for n in asked if not _in_relation_words(q, n)] or asked  # when did it enter Guangxi: Guangxi is no subject
    for n in asked:  # 东兴和凭祥采用了什么模式: each one, said whose
        before = len(ctx.ans.answers)
        relation_answer(ctx, n.iri, q.relations, uses=("list", "where", "who", "classes"))
        for a in ctx.ans.answers[before:] if len(asked) > 1 else []:
            a["label"] = f"{ctx.label(n.iri)}: {a['label']}"
    ctx.ans.unrecognised = [] if ctx.ans.answers else ctx.ans.unrecognised
    _one_ask_unanswered(ctx)
    return True


SUBJECT_KIND = lazyre.compile(r"^\s*(?:the|which|what)\s+(?:host\s+)?(?P<w>city|prefecture|county|town|village|place|district)\b", re.I)


def _subject_kind_unmet(ctx: Ctx) -> bool:
    """The city hosting the forum: a place of a kind opens the question as what is asked, and none of the answers is
    one (the host is the government): no answer (cleared), the reading refused."""
    m = SUBJECT_KIND.match(ctx.q.text)
    if not m or _a_place_answered(ctx) and not _coarser_than_the_kind(ctx, m["w"].lower()):
        return False
    if ctx.ans.answers and _a_place_answered(ctx):  # the county Baise mango comes from: its origin is a prefecture
        ctx.ans.unrecognised.append(msg("not_stated", ctx.lang))
    ctx.ans.answers = []
    return True


SUBJECT_LEVEL = {"county": "County", "district": "County", "town": "Township", "village": "Village"}


def _coarser_than_the_kind(ctx: Ctx, word: str) -> bool:
    """The county X comes from, answered with a prefecture only: no place of the kind asked is answered."""
    want = LEVEL_ORDER.index(SUBJECT_LEVEL[word]) if word in SUBJECT_LEVEL else None
    ranks = _place_ranks(ctx)
    return want is not None and bool(ranks) and min(ranks) > want


def _place_ranks(ctx: Ctx) -> list[int]:
    """The levels (LEVEL_ORDER) of the places answered."""
    return [_level_rank(ctx, a["iri"]) for a in ctx.ans.answers if a.get("iri") and ctx.is_a(a["iri"], "Place")]


def _a_place_answered(ctx: Ctx) -> bool:
    return any(ctx.is_a(a["iri"], "Place") for a in ctx.ans.answers if a.get("iri"))


def _relation_of_one(ctx: Ctx) -> bool:
    """The relations asked of the one thing named, with what they hold, counted and checked."""
    q = ctx.q
    relation_answer(ctx, q.names[0].iri, q.relations, uses=("list", "where", "who", "classes"))
    if ctx.ans.answers and not ctx.is_a(q.names[0].iri, "Place"):
        _each_kind_listed(ctx, _kinds_asked(q))  # 有哪些相关的机构、地点和主题: the organisations too
    _count_of_related(ctx)
    _relation_holds(ctx)
    _etc_in_the_sentence(ctx)
    _field_of_every_sentence(ctx)
    return _of_asked_class(ctx)


ASKING_WORD = lazyre.compile(r"哪|什么|谁|几|多少|\b(?:which|what|who|whom|where|when|how)\b", re.I)


def _in_relation_words(q: Question, n) -> bool:
    """The name is written inside a relation's words (enter Guangxi): the relation's other end, not a thing asked."""
    return any(r in q.at and q.at[r] <= n.start and n.end <= q.at[r] + len(q.words.get(r, "")) for r in q.relations)


def _one_ask_unanswered(ctx: Ctx) -> None:
    """A question asking one thing of several names, and some name or relation has no fact (held in Guilin: which
    venue), or every thing it asks unanswered (who founded DHgate and when): refused, never the facts of the other
    names in its place."""
    prefix = msg("part_missing", ctx.lang, part="")
    asks, missing = len(ASKING_WORD.findall(ctx.q.text)), sum(n.startswith(prefix) for n in ctx.ans.notes)
    if missing >= max(asks, 1):
        ctx.ans.answers = []
        ctx.ans.unrecognised = [msg("no_relation", ctx.lang, what=ctx.sep().join(ctx.label(n.iri) for n in ctx.q.names))]


def _relation_holds(ctx: Ctx) -> None:
    """赶街做没做农村电商业务: a yes/no question of one thing's relation, answered by its facts, says yes first."""
    q = ctx.q
    if not (ctx.ans.answers and _yes_no_only(q)):
        return
    ctx.use("yesno")
    first, e = ctx.ans.answers[0], q.names[0].iri
    other = _held_only_by_alternate(ctx, e, q.relations, first.get("iri"))
    if other:  # 谷歌是落户的平台吗: it came to develop there, which is no settling: never a yes
        first["label"] = msg("unconfirmed_instead", ctx.lang, fact=f"{ctx.label(e)} —{ctx.label(GXO + other)}→ {first['label']}")
        return
    if len(q.relations) == 1 and first.get("iri") and _states_only_inward(ctx, e, q.relations[0], first["iri"]):
        first["label"] = f"{msg('yes', ctx.lang)}: {first['label']} —{ctx.label(GXO + q.relations[0])}→ {ctx.label(e)}"
        return  # is anything part of Guicha: Liubao tea is part of it, never Guicha part of Liubao tea
    fact = f"{ctx.label(e)} —{ctx.label(GXO + q.relations[0])}→ " if len(q.relations) == 1 else ""
    first["label"] = f"{msg('yes', ctx.lang)}: {fact}{first['label']}"


def _states_only_inward(ctx: Ctx, e: str, r: str, o: str) -> bool:
    """The fact of relation r runs from o to e, and none from e to o."""
    return ctx.kg.store.ask(query("joined_inward"), {"e": _node(e), "p": _node(GXO + r), "o": _node(o)})


def _held_only_by_alternate(ctx: Ctx, e: str, rels: list[str], o: str | None) -> str | None:
    """The one relation asked does not join e and o either way, its alternate does: that alternate; else None."""
    r = rels[0] if len(rels) == 1 and o else ""
    if r not in ALTERNATES or _joined_by(ctx, e, r, o):
        return None
    return ALTERNATES[r] if _joined_by(ctx, e, ALTERNATES[r], o) else None


def _joined_by(ctx: Ctx, e: str, r: str, o: str) -> bool:
    """A fact of relation r joins e and o, either way."""
    return ctx.kg.store.ask("ASK { { ?e ?p ?o } UNION { ?o ?p ?e } }", {"e": _node(e), "p": _node(GXO + r), "o": _node(o)})


def _yes_no_only(q: Question) -> bool:
    """A yes/no question that asks for no list, count, agent, place or date besides."""
    return "yesno" in q.cues and not q.cues & {"list", "count", "who", "where", "when"}


def _count_of_related(ctx: Ctx) -> None:
    """How many topics was the forum to discuss: the number of things the relation gives, first; with a class
    word asked (how many counties), only when the things are of that class (else the count is not answered)."""
    counted = _relation_counted(ctx)
    things = [a for a in ctx.ans.answers if a["iri"] and (counted is None or a["iri"] in ctx.by_relation.get(counted, ()))]
    if "count" not in ctx.q.cues or not things or not all(_of_a_kind_asked(ctx, a["iri"]) for a in things):
        return
    if _figure_of_the_relation(ctx, counted or ctx.q.relations[0]):
        return
    ctx.use("count", "total")  # upstream and downstream together: one count of both
    ctx.ans.answers.insert(0, {"label": str(len(things)), "iri": None, "value": str(len(things)), "unit": GXO + "Count",
                               "period": None})


def _figure_of_the_relation(ctx: Ctx, r: str) -> bool:
    """How many has the platform served: a figure of the thing whose indicator is named by the relation's word
    (ASEAN enterprises served) is the number asked, shown first; never the count of the things it serves (1, ASEAN)."""
    word = ctx.q.words.get(r, "").lower()
    if len(word) < 2:
        return False
    said = _inflected(word)
    rows = [f for f in figure_rows(ctx, [ctx.q.names[0].iri], [], [])
            if any(said.search(ctx.kg.label(f["indicator"], lang).lower()) for lang in ("zh", "en"))]
    if not rows:
        return False
    ctx.use("count", "indicators")
    held, ctx.ans.answers = ctx.ans.answers, []
    for f in rows:
        show_figure(ctx, f)
    ctx.ans.answers.extend(held)
    return True


def _inflected(word: str) -> re.Pattern:
    """The word in any of its forms (served: serve, serves, serving; never service); a Chinese word as written."""
    if not word.isascii():
        return re.compile(re.escape(word))
    return re.compile(rf"\b{re.escape(re.sub(r'(?:e?[sd]|ing)$', '', word))}(?:e|es|ed|s|d|ing)?\b")


def _relation_counted(ctx: Ctx) -> str | None:
    """How many discussion topics … forum in Nanning: of several relations, the one whose word follows the count
    word is counted (the others describe the thing); None for one relation, or none so placed."""
    q = ctx.q
    end = _at_of(q, "count") + len(q.words.get("count", ""))
    near = [r for r in q.relations if 0 <= _at_of(q, r) - end <= 2]
    return near[0] if len(q.relations) > 1 and len(near) == 1 else None


def _at_of(q: Question, key: str) -> int:
    """Where a word of the question stands, or far before its start when not known."""
    at = q.at.get(key)
    return at if isinstance(at, int) else -99


def _of_a_kind_asked(ctx: Ctx, iri: str) -> bool:
    """iri is of a class word the question says (any, when it says none)."""
    return not ctx.q.kinds or any(ctx.is_a(iri, c) for _, c in ctx.q.kinds)


def _other_members(ctx: Ctx) -> bool:
    """The other members of a group, one member and the group named (和六堡茶同属桂茶产业的还有哪几种茶)."""
    q = ctx.q
    if q.relations != ["hasMember"] or len(q.names) != 2:
        return False
    a, b = q.names[0].iri, q.names[1].iri
    return _others_of(ctx, a, b) or _others_of(ctx, b, a)


def _others_of(ctx: Ctx, group: str, member: str) -> bool:
    """The group's members other than the one named, when it is one of them."""
    found = _members_of(ctx, group, "hasMember")
    rows = found[0] if found else []
    if member not in {r["s"].value for r in rows}:
        return False
    ctx.use("names", "relations", "list", "classes")
    _show_related(ctx, [r for r in rows if r["s"].value != member], False, "")
    return True


ASKING = ("哪些", "哪个", "哪几", "哪一", "哪份", "哪家", "哪项", "哪场", "哪种", "哪类", "哪条", "哪座", "哪款", "哪届", "什么", "which", "what",
          "name the ", "list the ", "列出")  # name the prefectures that …: the prefectures asked for


def asked_class(q: Question) -> str | None:
    """The class a question asks for (哪些产品, which poverty-alleviation model): a class word right after a
    question word."""
    return next(iter(asked_classes(q)), None)


def asked_classes(q: Question) -> list[str]:
    """Every class asked for, each right after a question word (哪些政策…？哪些活动…？)."""
    low = q.text.lower()
    out = []
    for w, cls in q.kinds:
        at = low.find(w.lower())
        window = re.split(r"[？?。！!；;（(]", low[max(0, at - 9):at])[-1]  # 有哪些？（包括下属县市）: no class asked
        if at >= 0 and (any(a in window for a in ASKING) or _asked_with_modifiers(low[:at])):
            out.append(cls)
    return list(dict.fromkeys(out))


def _asked_with_modifiers(before: str) -> bool:
    """which big-name e-commerce companies: a word or two describing the class between the question word and it."""
    from .parse import WHAT_MODIFIERS

    return re.search(rf"\b(?:what|which)\s+{WHAT_MODIFIERS}$", before) is not None


def _of_asked_class(ctx: Ctx) -> bool:
    """The answers are things of a class asked for, or the intent declines (which model ...: never a product)."""
    classes = asked_classes(ctx.q)
    iris = [a["iri"] for a in ctx.ans.answers if a["iri"]]
    middle = any(_of_any(ctx, i, classes) for i in ctx.via)  # 产自哪个村？这个村获得了什么称号: a chain's middle step
    return not classes or middle or all(_of_any(ctx, i, classes) for i in iris)


def _of_any(ctx: Ctx, iri: str, classes: list[str]) -> bool:
    return any(ctx.is_a(iri, c) for c in classes)


def _levels_asked(ctx: Ctx) -> list[str]:
    """The levels of place a question asks for (哪个市, which county), in the order of LEVELS_ASKED."""
    return list(dict.fromkeys(cls for cls, _ in levels_asked(ctx.q.outside_names())))


def _level_asked(ctx: Ctx) -> str | None:
    """The level of place a question asks for (哪个市, which county), if any."""
    return next(iter(_levels_asked(ctx)), None)


def _chain(ctx: Ctx, e: str, rels: list[str]) -> bool:
    """Relations applied one after another (凤山's model, then the products it involves) when the later
    ones do not hold of e itself."""
    if ctx.kg.store.select("SELECT ?o WHERE { ?e ?p ?o }", {"e": _node(e), "p": _node(GXO + rels[-1])}):
        return False
    path = _chain_steps(ctx, e, rels)
    if not path:
        ctx.ans.sparql = ""
        return False
    ctx.via = [n for step in path[:-1] for n in step]
    if ctx.via:  # each step said: 汉塘村果苗 → 汉塘村 → 淘宝村
        ctx.note(" → ".join([ctx.label(e)] + [ctx.sep().join(ctx.label(n) for n in step) for step in path]))
    for n in path[-1]:
        ctx.add(ctx.label(n), n)
    return True


def _chain_steps(ctx: Ctx, e: str, rels: list[str]) -> list[list[str]]:
    """The things each relation leads to in turn from e; none when a step leads nowhere."""
    nodes, path = [e], []
    for r in rels:
        nodes = _step(ctx, nodes, r)
        if not nodes:
            return []
        path.append(nodes)
    return path


def _step(ctx: Ctx, nodes: list[str], r: str) -> list[str]:
    """One step of a chain: what the nodes have relation r (or its alternate) to, with the evidence."""
    for rel in (r, ALTERNATES.get(r)):
        rows = ctx.related({"s": [_node(n) for n in nodes], "p": [_node(GXO + rel)]}) if rel else []
        if rows:
            ctx.cite([_v(x, "ev") for x in rows])
            return sorted({x["o"].value for x in rows if _iri(x["o"])})
    return []


def _related(ctx: Ctx, p: str, s: str | None = None, o: str | None = None) -> list[dict]:
    values = {"p": [_node(p)]}
    values.update({k: [_node(v)] for k, v in (("s", s), ("o", o)) if v})
    return ctx.related(values)


def _members_of(ctx: Ctx, e: str, r: str):
    """广西米粉包括哪些: what is part of a group or industry (partOf, else category), pointing in; only for
    the members asked (never in place of its upstream industries)."""
    if r != "hasMember":
        return None
    for p in (GXO + "partOf", GXO + "category"):
        rows = _related(ctx, p, o=e)
        if rows:
            return rows, p, False, None
    return None


def _out(ctx: Ctx, e: str, r: str):
    if r == "hasMember":
        return None
    rows = [x for x in _related(ctx, GXO + r, s=e) if x["o"].value != e]
    return (rows, GXO + r, True, None) if rows else None


def _in(ctx: Ctx, e: str, r: str):
    if r == "hasMember":
        return None
    rows = _related(ctx, GXO + r, o=e)
    return (rows, GXO + r, False, None) if rows else None


def _alternate(ctx: Ctx, e: str, r: str):
    """商品来自 of a centre is productsFrom, 产自 of a product originatesFrom."""
    if r not in ALTERNATES:
        return None
    rows = _related(ctx, GXO + ALTERNATES[r], s=e)
    return (rows, GXO + ALTERNATES[r], True, None) if rows else None


def _groups(ctx: Ctx, e: str, r: str):
    """A product with no industry of its own whose group has one: the group's, said to be the group's."""
    if r not in ("upstreamIndustry", "downstreamIndustry"):
        return None
    g = ctx.kg.store.select("SELECT ?g WHERE { ?e gxo:category ?g }", {"e": _node(e)})
    if not g:
        return None
    group = g[0]["g"].value
    rows = _related(ctx, GXO + r, s=group)
    return (rows, GXO + r, True, group) if rows else None


def _member_industries(ctx: Ctx, e: str, r: str):
    """An industry chain with no industry of its own whose member has one (广西米粉产业链: 广西米粉 is part of it):
    the member's, said to be the member's."""
    if r not in ("upstreamIndustry", "downstreamIndustry"):
        return None
    m = ctx.kg.store.select("SELECT ?m WHERE { ?m gxo:partOf ?e }", {"e": _node(e)})
    if len(m) != 1:
        return None
    member = m[0]["m"].value
    rows = _related(ctx, GXO + r, s=member)
    return (rows, GXO + r, True, member) if rows else None


# the ways a relation of e is looked up, in turn: the first with facts answers
# a relation said of the thing at its other end (who set up the lecturer group: it is established by them)
PASSIVE = {"establishes": "establishedBy", "establishedBy": "establishes"}


def _passive(ctx: Ctx, e: str, r: str):
    """Who set up the lecturer group: the group's established-by (and the other way round)."""
    if r not in PASSIVE:
        return None
    rows = _related(ctx, GXO + PASSIVE[r], s=e)
    return (rows, GXO + PASSIVE[r], True, None) if rows else None


RELATION_WAYS = (_members_of, _out, _in, _alternate, _passive, _groups, _member_industries)


def _lift_to_level(ctx: Ctx, other, level: str | None):
    """融安金桔产自哪个市: 融安县 lies in 柳州市, the level asked (noted as a step)."""
    if not (level and _iri(other) and ctx.is_a(other.value, "Place") and not ctx.is_a(other.value, level)):
        return other
    up = [u["place"].value for u in ctx.run(query("ancestors"), {"e": [_node(other.value)]}) if u["cls"].value == GXO + level]
    if not up:
        return other
    ctx.note(f"{ctx.label(other.value)} → {ctx.label(up[0])}")
    return _node(up[0])


def _value_label(ctx: Ctx, x: dict, other) -> str:
    """An entity's label, or a literal value (a theme) in the project's English for an English answer."""
    if _iri(other):
        return ctx.label(other.value)
    if ctx.lang == "en":
        tr = ctx.kg.store.select("SELECT ?t WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; "
                                 "gxo:translation ?t }", {"s": x["s"], "p": x["p"], "o": x["o"]})
        if tr:
            return tr[0]["t"].value
    return other.value


def _show_related(ctx: Ctx, rows: list[dict], out: bool, head: str) -> None:
    """Each fact's other end (at each level of place asked: which county, and which prefecture)."""
    for x in rows:
        for level in _levels_asked(ctx) or [None]:
            other = _lift_to_level(ctx, x["o"] if out else x["s"], level)
            ctx.add(head + _value_label(ctx, x, other), _iri(other))
        ctx.rule_note(_v(x, "rule"))
    ctx.cite([_v(x, "ev") for x in rows])


def _relation_head(ctx: Ctx, e: str, p: str, out: bool) -> str:
    """The relation's name before each thing listed; ← before it when the facts point at e (Guilin rice noodles is
    a kind of Guangxi rice noodles: never "Guangxi rice noodles is a kind of Guilin rice noodles"), said once."""
    if out:
        return f"{ctx.label(p)}: "
    ctx.note(msg("inward", ctx.lang, rel=ctx.label(p), e=ctx.label(e)))
    return f"← {ctx.label(p)}: "


def _relation_name(ctx: Ctx, r: str) -> str:
    """A relation's label; an inverse one the ontology does not state (hasMember) by its own word (includes)."""
    inverse = INVERSE_LABELS.get(r)
    return inverse[ctx.lang == "en"] if inverse else ctx.label(GXO + r)


def _one_relation(ctx: Ctx, e: str, r: str, multi: bool) -> None:
    """One relation of e: its facts (stated ones only, when there are any), or a note that it has none."""
    found = next((got for way in RELATION_WAYS for got in [way(ctx, e, r)] if got), None)
    if not found:
        ctx.note(msg("part_missing", ctx.lang, part=f"{ctx.label(e)} {_relation_name(ctx, r)}"))
        return False
    rows, p, out, group = found
    if any("rule" not in x for x in rows):  # 南宁 stated: 广西, derived from it, adds nothing
        rows = [x for x in rows if "rule" not in x]
    _show_related(ctx, rows, out, _relation_head(ctx, e, p, out) if multi else "")
    if group:
        ctx.note(msg("group", ctx.lang, group=ctx.label(group), member=ctx.label(e)))
    return True


def relation_answer(ctx: Ctx, e: str, rels: list[str], uses=()) -> bool:
    """Each relation of e asked for (out, else in): several relations are several parts, each answered or
    reported; or, when the later ones do not hold of e, a chain."""
    rels = [r for i, r in enumerate(rels) if ALTERNATES.get(r) not in rels[:i]]  # goods ... come from: one relation
    multi = len(rels) > 1
    ctx.use("names", "relations", *uses)
    one_word = len({ctx.q.at.get(r) for r in rels}) == 1  # 上下游, upstream and downstream: both, never a chain
    if multi and not one_word and _chain(ctx, e, rels):
        return True
    for r in rels:
        before = len(ctx.ans.answers)
        _one_relation(ctx, e, r, multi)
        ctx.by_relation.setdefault(r, []).extend(a["iri"] for a in ctx.ans.answers[before:] if a["iri"])
    if not ctx.ans.answers:
        ctx.ans.unrecognised.append(msg("no_relation", ctx.lang, what=ctx.label(e)))
    return True


# ------------------------------------------------------------------------------ what is known about X
def _where_of_another(q: Question, e: str) -> bool:
    """在广西是干啥的 (of SAP, said before): a clause opening with 在 and the place says where something else does
    what is asked, never what is known of the place."""
    n = next((n for n in q.names if n.iri == e), None)
    return n is not None and AT_BEFORE.fullmatch(q.text[:n.start]) is not None and DOING_AFTER.match(q.text[n.end:]) is not None


AT_BEFORE = lazyre.compile(r"\s*[，,]?\s*(?:它|他们|其)?\s*在\s*")  # 在 opening the clause, before the place
DOING_AFTER = lazyre.compile(r"\s*(?:是)?(?:干|做|搞|负责|从事)")  # what is done there, after it


@intent("about", {"zh": ["柳州螺蛳粉的数据有哪些？", "介绍一下融安金桔", "凤山县"],
                  "en": ["What is known about Baise mango?", "Tell me about the Qinzhou Bonded Port International Goods Centre"]})
def about(ctx: Ctx):
    q = ctx.q
    e = _about_one(q)
    described = not e and _about_one_described(ctx)
    e = e or described
    if not e or _others_of_its_kind_asked(ctx, e) or DATASET_NAMED.search(q.text) or JUDGED.search(q.text) or _where_of_another(q, e):
        return False  # the divisions dataset: not Guangxi; 规模大不大, 有没有一千: a judgement its facts do not give
    if described:
        ctx.use("relations")  # the clause describing the thing, its fact held
    ctx.use("names", "about", "list", "relation", *(("who",) if "about" in q.cues else ()))  # who is connected to it
    cls = _about_class(ctx, e)
    if _kind_qualified_unknown(q):
        return False  # 平台背后的开发公司叫什么: a kind qualified by a word not understood (开发), no kind of related thing
    if not cls and (what_is_asked(q.text, q.names) or "what_kind" in q.cues):  # 淘宝村是什么: what kind of thing, first
        ctx.add(f"{ctx.label(e)}: {_what_it_is(ctx, e)}", e)
    _facts_about(ctx, e, cls)
    if not cls:  # 跨境电商相关的设施: the facilities only, not every fact or figure of the topic
        for f in figure_rows(ctx, [e], [], []):
            show_figure(ctx, f)
        _division_data_about(ctx, e)
    _nothing_more_known(ctx, e, cls)
    return True


# a judgement or a number asked of a thing (论坛规模大不大, 人多不多, 到场人数有没有1000): yes or no, which a list of its
# facts never answers
JUDGED = lazyre.compile(r"(?P<a>[大多高好快长远贵低少小火热])不(?P=a)|有没有(?:超过|达到|过)?\s*(?:[\d二两三四五六七八九十]|一(?![些个种家项点下条]))")


def _kind_qualified_unknown(q: Question) -> bool:
    """A word nothing explains written right before a class word of the question (开发公司, developer company)."""
    ends = {q.text.find(w) + len(w) for w in q.unknown if w in q.text}
    return any(isinstance(at, int) and (at in ends or at - 1 in ends and q.text[at - 1] == " ")
               for k, at in q.at.items() if k in q.classes)


def _nothing_more_known(ctx: Ctx, e: str, cls) -> None:
    """No fact found: what the thing is, and that nothing else is recorded (or, of a kind asked, not stated)."""
    if ctx.ans.answers:
        return
    if cls or ctx.q.cues & {"list", "count"}:  # 把47个示范县的名字列出来: members asked, none recorded
        ctx.ans.unrecognised.append(msg("not_stated", ctx.lang))
        return
    ctx.add(f"{ctx.label(e)}: {_what_it_is(ctx, e)}", e)
    ctx.note(msg("only_kind", ctx.lang, kind=_what_it_is(ctx, e)))


def what_is_asked(text: str, names) -> bool:
    """淘宝村是什么, What is the SME platform?: the text, its names aside, asks only what the thing is (never what is
    known about it, or what it is connected to)."""
    for n in names:
        text = text.replace(n.text, " ")
    text = re.sub(r"(?<![A-Za-z])[‘'“\"][^‘'“”\"’]{1,40}[’'”\"](?![A-Za-z])|[(（][^()（）]{1,40}[)）]|[()（）]", " ", text)  # its gloss
    return WHAT_IS_ASKED.fullmatch(re.sub(r"\s+", " ", text).strip()) is not None


# what a thing is, asked (not what is known of it), its names blanked: its kind answers first
WHAT_IS_ASKED = lazyre.compile(r"(?:图谱里的|图谱中的)?[“”\"'‘’\s]*(?:在图谱里|在图谱中|在这个图谱里)?(?:指的是什么|指什么|(?:是|属于)(?:个|一个|一种)?(?:什么|啥)(?:样)?(?:类型)?(?:的)?)"
                               r"(?:东西|意思|条目|实体|类型|概念)?[？?。]?|"
                               r"(?:what|what's)\s+(?:exactly\s+)?(?:is|are)?\s*(?:exactly\s+)?(?:the|an?)?[“”\"'‘’\s]*(?:in (?:this|the) graph)?\s*\?*", re.I)


PLACE_DATA_WORDS = {"code": ("区划代码", "division code"), "pinyin": ("拼音", "pinyin"), "geo": ("坐标", "coordinates")}


def _division_data_about(ctx: Ctx, e: str) -> None:
    """What is known about a division: its code, pinyin and coordinates from its row of the division data too."""
    if not _all_known_asked(ctx.q) or not ctx.is_a(e, "Place"):
        return
    for key, values in _division_row(ctx, e).items():
        for v in values[:1]:
            ctx.add(f"{PLACE_DATA_WORDS[key][ctx.lang == 'en']}: {v}", e)


def _division_row(ctx: Ctx, e: str) -> dict:
    """A division's code, pinyin and coordinates, each as a list of none or one."""
    where = _coordinates_of(ctx, e)
    return {"code": [r["code"].value for r in ctx.run(query("codes"), {"e": [_node(e)]}) if r["kind"].value == "now"],
            "pinyin": [r["v"].value for r in ctx.run(query("name_forms"), {"e": [_node(e)]}) if r["kind"].value == "pinyin"],
            "geo": [f"{where['lat']}, {where['long']}"] if None not in where.values() else []}


RELATIONS_ASKED = lazyre.compile(r"relation|connect|link|tied|关联|关系|联系|有关", re.I)


def _all_known_asked(q: Question) -> bool:
    """What is known about it, 介绍一下, the name alone: all of it; never its relations, its name or a kind asked."""
    plain = not (q.indicators or q.kinds or q.cues - {"about", "list"})
    return plain and q.words.get("about", "").lower() != "what is" and not RELATIONS_ASKED.search(q.text)


def _others_of_its_kind_asked(ctx: Ctx, e: str) -> bool:
    """…那份通知的单位，还发过哪份文件: which thing of the named thing's own kind is asked (another document), not
    what is known of it."""
    q = ctx.q
    asked = q.at.get("list", len(q.text))
    return "list" in q.cues and "about" not in q.cues and \
        any(ctx.is_a(e, cls) and q.at.get(cls, -1) > asked for _, cls in q.kinds)  # 哪份文件: the kind after the asking word


def _about_one(q: Question) -> str | None:
    """The one thing asked about, and nothing else asked of it (JD in Guangxi: JD)."""
    named = [n for n in q.names if n.iri != GUANGXI] if len(q.names) == 2 else q.names
    asks = {"about", "list", "yesno", "relation", "what_kind"} | ({"who"} if "about" in q.cues else set())  # who is connected to it
    if len(named) != 1 or _hard(q) or q.relations or q.years or q.cues - asks:
        return None
    return named[0].iri


# the thing asked about, then who did what to it, ending the question (the lecturer group (that) Guangxi set up)
EN_DESCRIBED_BY = lazyre.compile(r"\s*(?:,\s*)?(?:that|which|whom)?\s*$", re.I)
EN_CLAUSE_END = lazyre.compile(r"\s*(?:has\s+|had\s+|have\s+)?(?P<w>[^?.!]+?)\s*[?.!]?\s*$", re.I)


def _about_one_described(ctx: Ctx) -> str | None:
    """Background on the lecturer group Guangxi set up: the one thing asked about, described by a clause whose
    fact the graph states (Guangxi establishes the group) — the clause names it, nothing else is asked."""
    q = ctx.q
    m = _clause_after_two(q) if _about_with_a_clause(q) else None
    if not m:
        return None
    a, b = q.names
    if not any(_said_by(ctx, p, m.group("w")) for p in ties(ctx, a.iri, b.iri)):
        return None  # the clause states no fact the graph holds: the relation reading's refusal
    return a.iri


def ties(ctx: Ctx, thing: str, other: str) -> set[str]:
    """The ontology's relations (local names) that link the two things directly, either way round (ties.rq)."""
    return {r["p"].value.removeprefix(GXO) for r in ctx.run(query("ties"), {"c": [_node(thing)], "a": [_node(other)]})}


def _about_with_a_clause(q: Question) -> bool:
    """An English question about one thing, naming two, with one relation word and nothing else asked."""
    shape = q.lang == "en" and len(q.names) == 2 and len(q.relations) == 1
    return shape and "about" in q.cues and not (_hard(q) or q.years or q.cues - {"about", "list", "what_kind"})


def _clause_after_two(q: Question):
    """The relation's word ending the question right after the second name, the first name just before it."""
    a, b = q.names
    m = EN_CLAUSE_END.match(q.text, b.end) if EN_DESCRIBED_BY.fullmatch(q.text[a.end:b.start]) else None
    return m if m and m.group("w").lower() == q.words.get(q.relations[0], "").lower() else None


def _clause_not_held(ctx: Ctx) -> bool:
    """The lecturer group Nanning set up: the clause describing the thing asked about states no fact the graph
    holds, so nothing is answered of either name (refused, saying so)."""
    ctx.use("names", "relations", "about", "list")
    ctx.ans.unrecognised.append(msg("no_relation", ctx.lang, what=ctx.sep().join(ctx.label(n.iri) for n in ctx.q.names)))
    return True


def _said_by(ctx: Ctx, relation: str, word: str) -> bool:
    """The relation is one the words ask for, either way round (set up: establishes, established by)."""
    words = ctx.kg.vocabulary.question_words("en").get(relation, ())
    return any(word.lower() == w.lower() or w.lower().startswith(word.lower() + " ") for w in words)


def _about_class(ctx: Ctx, e: str) -> str | None:
    """The class of the facts asked for (the other end's; a class word otherwise unused is refused), none when it
    is e's own (凤山县是个什么样的县: the county itself)."""
    cls = asked_class(ctx.q)
    if cls:
        ctx.use("classes")
    return None if cls and ctx.is_a(e, cls) else cls


def _facts_about(ctx: Ctx, e: str, cls: str | None = None) -> None:
    """The first 40 facts of e, in and out (not the places within it), with their rules and sources; with cls,
    only the facts whose other end is of that class."""
    rows = [r for r in ctx.with_sources(ctx.run(query("about"), {"e": [_node(e)]})) if not _within_place(ctx, r, e)]
    if cls:
        rows = [r for r in rows if _iri(r["o"] if r["s"].value == e else r["s"])
                and ctx.is_a((r["o"] if r["s"].value == e else r["s"]).value, cls)]
    rows = rows[:40]
    for r in rows:
        ctx.add(_fact_label(ctx, r, e), _iri(r["o"] if r["s"].value == e else r["s"]))
        ctx.rule_note(_v(r, "rule"))
    ctx.cite([_v(r, "ev") for r in rows])


def _within_place(ctx: Ctx, r, e: str) -> bool:
    """The places within a place are not facts about it, unless what it is related to is asked (河池和哪些
    东西有关联: its counties too)."""
    return r["p"].value == GXO + "locatedIn" and r["o"].value == e and ctx.is_a(r["s"].value, "Place") and \
        "relation" not in ctx.q.cues and not any(w in ctx.q.text.lower() for w in ASKS_RELATED)


# what-is-known words that ask what a thing is related to (its places within too)
ASKS_RELATED = {"related to anything", "connected to anything", "linked to anything", "tied to anything", "related to",
                "connected to", "linked to", "connect to", "connects to", "linked with", "connected with", "associated with",
                "tied to", "what links", "直接相连", "直接关联", "直接有关系", "直接关系", "直接有关", "有关", "相关"}


def _fact_label(ctx: Ctx, r, e: str) -> str:
    """relation: other (a fact of e), or other —relation→ e (a fact pointing at e)."""
    out = r["s"].value == e
    other = r["o"] if out else r["s"]
    lab = ctx.label(other.value) if _iri(other) else other.value
    return f"{ctx.label(r['p'].value)}: {lab}" if out else f"{lab} —{ctx.label(r['p'].value)}→ {ctx.label(e)}"
