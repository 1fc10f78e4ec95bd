"""`gxkg ask`: a question in Chinese or English is parsed once (names, years, relation, indicator, class and
cue words), handed to the registered intents in turn (intents.py, each with examples run as tests), and
answered from bound SPARQL (queries/*.rq) with the evidence, the source and any rule or arithmetic.

Every part of the question is used by the answer or reported: a word nothing explains, or a condition the
intent could not use, turns the answer into a refusal that says so and suggests a question that is answered.
"""

from __future__ import annotations

from .answer import Answer
from .intents import INTENTS, Ctx
from .messages import msg
from .parse import GUANGXI, language, parse

__all__ = ["Answer", "ask", "language", "INTENTS"]

EXAMPLE = {"zh": "柳州螺蛳粉2017年销售额是多少？", "en": "What were the annual sales of Liuzhou snail rice noodles in 2017?"}


def ask(kg, question: str, lang: str | None = None, _suggest: bool = True) -> Answer:
    """Answer `question` from the graph; `lang` ("zh"/"en") is the answer's language (default: the question's)."""
    q_text = (question or "").strip()
    qlang = language(q_text)
    lang = lang if lang in ("zh", "en") else qlang
    ans = Answer(q_text, lang)
    if not q_text:
        ans.suggestion = msg("empty", lang, example=EXAMPLE[lang])
        return ans
    q = parse(kg, q_text)
    kg.prefetch([n.iri for n in q.names])
    kg.prefetch_types([n.iri for n in q.names])
    ans.entities = [{"text": n.text, "iri": n.iri, "label": kg.label(n.iri, lang)} for n in q.names]
    for n in q.names:
        if n.read_as:
            ans.notes.append(msg("read_as", lang, text=n.text, name=kg.label(n.iri, lang) if lang == "zh" else n.read_as
                                 if not _cjk(n.read_as) else kg.label(n.iri, lang)))
    if q.unknown:
        ans.unrecognised.append(msg("not_understood", lang, words=msg("sep", lang).join(q.unknown)))
        return _refuse(kg, ans, q, _suggest)
    ctx = Ctx(kg, q, lang, ans)
    for it in INTENTS:
        before = len(ans.sparql)
        if it.run(ctx):
            ans.intent = it.name
            break
        ans.sparql = ans.sparql[:before]
        ans.answers, ans.evidence, ans.sources = [], [], []
    if ans.answers:  # several kinds asked at once (where and when): each part answered or said not to be
        for part in ("where", "when", "who"):
            if part in q.cues and part not in ctx.used and ans.intent != part:
                it = next(i for i in INTENTS if i.name == part)
                n = len(ans.answers)
                if not (it.run(ctx) and len(ans.answers) > n):
                    ans.notes.append(msg("part_missing", lang, part=q.words.get(part, part)))
                ans.unrecognised = []
    unused = _unused(kg, ctx)
    if unused and ans.answers:
        ans.answers = []
        ans.unrecognised.append(msg("unused", lang, words=msg("sep", lang).join(unused)))
    if not ans.intent and not ans.unrecognised:
        names = msg("sep", lang).join(e["label"] for e in ans.entities)
        ans.unrecognised.append(msg("no_kind", lang, names=names) if names else msg("no_entity", lang))
    if not ans.answers:
        return _refuse(kg, ans, q, _suggest)
    return ans


def _cjk(s: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in s)


def _unused(kg, ctx) -> list[str]:
    """The parts of the question the answer did not use: names, years, relations, indicators."""
    q, used = ctx.q, ctx.used
    out = []
    if "names" not in used:
        # Guangxi, the graph's own scope, may be named as context without being a condition
        out += [n.text for n in q.names if n.iri != GUANGXI]
    if "years" not in used:
        out += q.years
    # a kind of question asked but not answered (the most policies): never a list in its place
    out += [q.words.get(c, c) for c in ("most", "least", "compare", "growth", "share", "source") if c in q.cues and c not in used]
    if "relations" not in used:
        out += [q.words.get(r, r) for r in q.relations]
    if "indicators" not in used:
        out += [q.words.get(i.rsplit("/", 1)[-1], kg.label(i, ctx.lang)) for i in q.indicators if i not in q.soft]
    return out


def _refuse(kg, ans: Answer, q, suggest: bool) -> Answer:
    """A refusal that says what was understood and suggests a question the tool does answer."""
    ans.answers = []
    lang = ans.language
    if not suggest:
        return ans
    candidates = []
    if q is not None:
        for n in q.names:
            label = kg.label(n.iri, lang)
            candidates.append(f"{label}的数据有哪些？" if lang == "zh" else f"What is known about {label}?")
    candidates.append(EXAMPLE[lang])
    for c in candidates:
        if ask(kg, c, lang, _suggest=False).answers:
            ans.suggestion = msg("try", lang, question=c) + msg("search", lang, q=ans.question)
            break
    return ans
