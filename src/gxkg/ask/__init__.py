"""`gxkg ask`: a question in Chinese or English is parsed once (names, years, relation, indicator, class and
cue words), handed to the registered intents in turn (intents.py, each with examples run as tests), and
answered from bound SPARQL (queries/*.rq) with the evidence, the source and any rule or arithmetic.

Every part of the question is used by the answer or reported: a word nothing explains, or a condition the
intent could not use, turns the answer into a refusal that says so and suggests a question that is answered.
"""

from __future__ import annotations

import contextvars
import functools
import re
import shlex
from collections import Counter

from .. import lazyre
from .answer import Answer, AskTimeout
from .intents import ASKING_WORD, GXO, INTENTS, Ctx, _above, _ancestor_set, _can_hold, _node, _one_ask_unanswered, any_of_class, asks_yes_no, kind_unanswered, relations_asked_beside, scale_said, ties
from .messages import msg
from .parse import GUANGXI, language, parse, question_language

__all__ = ["Answer", "AskTimeout", "ask", "language", "INTENTS"]

EXAMPLE = {"zh": "柳州螺蛳粉2017年销售额是多少？", "en": "What were the annual sales of Liuzhou snail rice noodles in 2017?"}


def ask(kg, question: str, lang: str | None = None, _suggest: bool = True, timeout: float | None = None,
        _deadline: tuple | None = None, _depth: int = 0) -> Answer:
    """Answer `question` from the graph; `lang` ("zh"/"en") is the answer's language (default: the question's).
    With `timeout` (seconds) a question still running past it stops at its next query with AskTimeout."""
    import time

    deadline = _deadline or ((time.monotonic() + timeout, timeout) if timeout is not None else None)
    q_text = _bounds_restored((question or "").strip()) if _depth else (question or "").strip()
    lang = lang if lang in ("zh", "en") else question_language(q_text)
    ans = Answer(q_text, lang)
    if not q_text:
        ans.suggestion = msg("empty", lang, example=EXAMPLE[lang])
        return ans
    q = parse(kg, q_text)
    if "complete" in q.cues:  # whether a list is whole: no reading answers it (a source's list ends with 等)
        _recognised(kg, q, ans)
        ans.unrecognised.append(msg("part_missing", lang, part=q.words["complete"]))
        return _refuse(kg, ans, q, _suggest, deadline)
    referred = _referred(kg, q, ans, deadline, _depth, _suggest)
    return referred or _answered_whole_or_otherwise(kg, q, ans, _suggest, deadline, _depth)


# how many questions deep one question may be read through others (a thing named through two steps, then its
# attributes asked each alone: the Taobao village's county — what's its pinyin and code?)
MAX_DEPTH = 4


def _answered_whole_or_otherwise(kg, q, ans: Answer, suggest: bool, deadline, depth: int) -> Answer:
    """The question read whole; with no answer, a quoted claim in its own words, or each name alone, or refused."""
    twice = _counted_twice(kg, q, ans, deadline, depth) if depth < MAX_DEPTH else None
    if twice:
        return twice  # 广西有多少个市辖区？其中南宁有几个？: each count, never the second in place of both
    _answer_parsed(kg, Ctx(kg, q, ans.language, ans, deadline=deadline), depth)
    each = (_parts_missing(ans) or _sentence_left_out(kg, q, ans)) and depth < MAX_DEPTH and _each_sentence(kg, q, ans, deadline, depth)
    if each:
        return each  # 示范县有几个？覆盖率是多少？: each sentence answered beats one reading that leaves a part out
    return ans if ans.answers else _otherwise(kg, q, ans, suggest, deadline, depth)


def _otherwise(kg, q, ans: Answer, suggest: bool, deadline, depth: int) -> Answer:
    """No answer read whole: a quoted claim in its own words, or each name alone, or refused."""
    if q.quoted and depth < MAX_DEPTH:
        return _claim_in_own_words(kg, q, ans, ans.language, suggest, deadline, depth) or _refuse(kg, ans, q, suggest, deadline)
    return _each_name_or_refused(kg, q, ans, suggest, deadline, depth)


def _each_sentence(kg, q, ans: Answer, deadline, depth: int) -> Answer | None:
    """Each sentence asked alone, one naming nothing asked of the first's one thing (its one place, when it names
    more); None unless every sentence is answered whole."""
    sentences = _sentences(q.text)
    name = _one_thing_of(kg, sentences[0]) if len(sentences) > 1 else None
    if name is None:
        return None
    name = _the_member_answered(kg, sentences[0], ans, deadline, depth) or name  # 河池的仫佬族自治县叫什么？代码是多少: the county's
    kind = _one_kind_word(parse(kg, sentences[0])) or _kind_after_which(sentences[0])
    texts = [sentences[0]] + [x if parse(kg, x).names else _asked_of(_kind_carried(kg, x, kind), name, ans.language)
                              for x in sentences[1:]]
    return _answered_together(kg, texts, ans, deadline, depth)


def _one_kind_word(q) -> str | None:
    """The one kind word a sentence asks for (哪个地级市: 地级市), else None."""
    return q.kinds[0][0] if len(q.kinds) == 1 else None


def _kind_after_which(sentence: str) -> str | None:
    """The class word right after the question word (哪个地级市驻地最靠北: 地级市), whatever cue took it."""
    m = _kind_after_which_pattern().search(sentence)
    return m.group(1) if m else None


@functools.lru_cache(maxsize=1)
def _kind_after_which_pattern():
    """哪个/which and a class word of the lexicon, longest first: compiled once."""
    from .lexicon import CLASS_WORDS

    words = sorted({**CLASS_WORDS["zh"], **CLASS_WORDS["en"]}, key=len, reverse=True)
    return re.compile(r"(?:哪个|哪一个|\bwhich\s+)(" + "|".join(map(re.escape, words)) + ")", re.I)


def _that_one_next(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """灵山县属于哪个地级市？这个市还有哪些县区？: a sentence after the first that opens with that prefecture (这个市)
    asks of the first's answer, as the clauses of one sentence do; never of the name."""
    if not (THAT_EN.search(q.text) or THAT_ZH_ANYWHERE.search(q.text)):
        return None  # most questions: no sentence or clause to split
    later = _sentences(q.text)[1:]
    if any(THAT_ZH.match(x.lstrip(OF_ANSWER)) or THAT_EN.search(x) for x in later):
        return _asked_at_question_marks(kg, q, ans, deadline, depth)
    clauses = _clause_questions(kg, q.text.rstrip("？?。. "), ans.language)[1:]
    if any(THAT_ZH.match(x.lstrip(OF_ANSWER)) or THAT_EN.search(x) for x in clauses):
        return _clauses(kg, q, ans, deadline, depth)  # …, and what autonomous counties does that prefecture have
    return None


def _described_by_figure(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """The centre that hosts 400-plus merchants — how big is it, 入驻商家超过400家的那个中心面积多大: the one thing of
    the kind named that has a figure of that number, read as that thing (said), the rest asked of it."""
    from .lexicon import CLASS_WORDS

    m = FIGURE_DESCRIBED[ans.language].search(q.text)
    cls = CLASS_WORDS[ans.language].get((m.group("cls") if m else "").lower())
    things = _with_the_figure(kg, q, m, cls, deadline) if cls and depth < MAX_DEPTH else []
    if len(things) != 1:
        return None
    thing = kg.label(things[0], ans.language)
    inner = ask(kg, q.text[:m.start()] + thing + q.text[m.end():], ans.language, _suggest=False, _deadline=deadline, _depth=depth + 1)
    if inner.refused:
        return None
    inner.notes.insert(0, msg("read_as", ans.language, text=m.group(0).strip(" —–-,，"), name=thing))
    inner.question = ans.question
    return inner


def _named_with_its_figure(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """卖到40块一斤的金桔是哪里产的, where do the fruit seedlings that sold 160 million yuan come from: a figure said of
    a thing named describes it; the rest is asked of the thing alone, and a figure the graph does not hold of it
    (卖到50块) is said beside the answer, never taken as stated."""
    found = [(n, m) for n, m in ((n, _figure_beside(q, n, ans.language)) for n in q.names) if m] if q.indicators and depth < MAX_DEPTH else []
    for n, m in found:
        rows = _figures_said(kg, q, n.iri, deadline)
        inner = ask(kg, q.text[:m.start()] + q.text[m.end():], ans.language, _suggest=False, _deadline=deadline, _depth=depth + 1) if rows else None
        if inner and not inner.refused:
            inner.notes.insert(0, _figure_read(kg, q, n, m, rows, ans.language))
            inner.question = ans.question
            return inner
    return None


def _figure_beside(q, n, lang: str):
    """The figure phrase right before the name (zh) or in a clause right after it (en)."""
    return FIGURE_BEFORE_NAME.search(q.text, 0, n.start) if lang == "zh" else FIGURE_AFTER_NAME.match(q.text, n.end)  # both touch it


def _figure_read(kg, q, n, m, rows: list[dict], lang: str) -> str:
    """Read as the thing, when the graph holds the figure of it; else the figure it holds instead."""
    said = q.text[min(m.start(), n.start):max(m.end(), n.end)].strip()
    if any(abs(f["num"] - _described_number(m)) < 1e-9 * max(1.0, f["num"]) for f in rows):
        return msg("read_as", lang, text=said, name=kg.label(n.iri, lang))
    return msg("premise_number", lang, said=said, figure=msg("sep", lang).join(f["stated"] for f in rows))


def _figures_said(kg, q, iri: str, deadline) -> list[dict]:
    """The figures the graph states about the thing, of the indicators the question's figure words name."""
    from .intents import figure_rows

    return figure_rows(Ctx(kg, q, q.lang, Answer(q.raw, q.lang), deadline=deadline), [iri], q.indicators, [])


# a figure said of the thing named right after it (卖到40块一斤的金桔, 2017年卖了38亿的芒果) or in a clause after it
FIGURE_BEFORE_NAME = lazyre.compile(r"(?:(?:19|20)\d\d年)?(?:卖到|卖了|卖出了?|销售额(?:达到?|突破|超过)?|售价)(?:超过|突破|达到|达|约|近)?(?P<num>\d+(?:\.\d+)?)"
                                    r"(?P<scale>万|亿)?(?:多|余)?(?:块钱?|元)?(?:一斤|每斤|/斤)?的(?:那种|那个|那些)?$")
FIGURE_AFTER_NAME = lazyre.compile(r"\s+(?:that|which)\s+(?:sold|sells|passed|topped|reached|exceeded|made|earned|brought in|fetched|fetch)\s+"
                                   r"(?:more than |over |about |some |around )?(?:(?:rmb|cny|¥)\s*)?(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<scale>thousand|million|billion))?"
                                   r"(?:\s+(?:yuan|rmb|cny)(?:\s+(?:a|per)\s+jin)?)?(?:\s+in\s+(?:19|20)\d\d)?(?:\s+(?:in\s+)?sales)?", re.I)


def _with_the_figure(kg, q, m, cls: str, deadline) -> list[str]:
    """The things of the class with a figure of the number written whose own words are in the phrase (400-plus
    merchants: never a number alone)."""
    from .intents import _classes, query

    step = Ctx(kg, q, q.lang, Answer(q.raw, q.lang), deadline=deadline)
    said = parse(kg, m.group(0)).indicators
    rows = step.run(query("with_value"), {"n": [_lit_decimal(_described_number(m))], "class": _classes(step, cls)})
    return sorted({r["e"].value for r in rows if r["ind"].value in said})


def _described_number(m) -> float:
    """The number written, times its scale (1.6亿 = 160,000,000; 160 million)."""
    scale = {"万": 1e4, "亿": 1e8, "thousand": 1e3, "million": 1e6, "billion": 1e9}.get((m.group("scale") or "").lower(), 1)
    return float(m.group("num").replace(",", "")) * scale


def _lit_decimal(x: float):
    """x as an xsd:decimal literal, written plainly (160000000, 0.8): compared by value in the query."""
    from ..store.terms import lit

    return lit(f"{x:f}".rstrip("0").rstrip("."), datatype="http://www.w3.org/2001/XMLSchema#decimal")


FIGURE_DESCRIBED = {
    "zh": lazyre.compile(r"(?:[\u4e00-\u9fff]{0,8}?)(?:超过|突破|达到|达|约|近|有|共|逾)?(?P<num>\d+(?:\.\d+)?)(?P<scale>万|亿)?(?:多|余)?"
                         r"(?:家|个|元|人次|人|户|平米|平方米|种)?(?:的(?:那个|这个|那家|这家|那座|这座)?|那个|这个|那家|这家|那座|这座)"
                         r"(?P<cls>中心|平台|产品|县|村|模式|活动|设施)"),
    "en": lazyre.compile(r"\bthe (?P<cls>centre|center|platform|product|county|village|model|event|facility) (?:that|which) "
                         r"(?:hosts|has|had|holds|serves|served|sold|sells|opened|has opened|built|covers|offers|counts) "
                         r"(?:more than |over |about |some |around )?(?P<num>\d[\d,]*(?:\.\d+)?)(?:-plus|\+)?"
                         r"(?: (?P<scale>thousand|million|billion))?(?: [\w-]+){0,4}?(?=\s*(?:—|–|-|,|:|\?|$))", re.I),
}


def _counted_twice(kg, q, ans: Answer, deadline, depth: int) -> Answer | None:
    """A count of a kind, then a second sentence counting in another place with no kind of its own (其中南宁有几个,
    How many does Nanning have): each asked, the second of the first's kind; None otherwise."""
    sentences = _sentences(q.text)
    if len(sentences) != 2 or "count" not in q.cues:
        return None
    kind, second = _kind_counted(parse(kg, sentences[0])), parse(kg, sentences[1])
    said = second.words.get("count", "") if kind and "count" in second.cues and second.names and not second.kinds else ""
    if not said:
        return None
    text = re.sub(re.escape(said), lambda m: f"{m.group(0)}{'' if _cjk(kind) else ' '}{kind}", sentences[1], count=1, flags=re.I)
    return _answered_together(kg, [sentences[0], text], ans, deadline, depth, said=True)


def _kind_counted(q) -> str | None:
    """The one kind word a sentence counts (广西有多少个市辖区: 市辖区), else None."""
    return _one_kind_word(q) if "count" in q.cues else None


def _kind_carried(kg, sentence: str, kind: str | None) -> str:
    """哪个地级市最靠北？哪个最靠南？: a later sentence that asks which with no kind of its own asks of the first's kind."""
    if not kind or parse(kg, sentence).kinds:
        return sentence
    return re.sub(r"(哪个|哪一个)(?!" + re.escape(kind) + ")", lambda m: m.group(1) + kind, sentence, count=1) if _cjk(kind) else \
        re.sub(r"\bwhich\b(?!\s+" + re.escape(kind) + ")", "which " + kind, sentence, count=1, flags=re.I)


def _the_member_answered(kg, sentence: str, ans: Answer, deadline, depth: int) -> str | None:
    """The one place of a finer level the first sentence asks for, by the label its answer gives; else None."""
    if not _one_member_asked(kg, parse(kg, sentence)):
        return None
    first = ask(kg, sentence, ans.language, _suggest=False, _deadline=deadline, _depth=depth + 1)
    things = [a["label"] for a in first.answers if a.get("iri")]
    return things[0] if len(things) == 1 else None


def _one_thing_of(kg, sentence: str) -> str | None:
    """The one name of the sentence, or its one place when it names more, or the two places it opens with (凭祥和东兴，
    谁更靠东？经度差多少: the difference of both); None otherwise."""
    names = parse(kg, sentence).names
    places = [n.text for n in names if kg.is_a(n.iri, GXO + "Place")]
    if len(names) == 1 or len(names) > 1 and names[0].start == 0 and SUBJECT_SAID.match(sentence, names[0].end):
        return names[0].text  # 七星区是桂林的还是柳州的？gb码给一下: the code of 七星区, what the first sentence is about
    return places[0] if len(places) == 1 else _two_opening(sentence, names, places)


def _two_opening(sentence: str, names: list, places: list[str]) -> str | None:
    """凭祥和东兴: the sentence opens with two places joined by and, and names nothing else."""
    joined = len(names) == 2 == len(places) and names[0].start == 0 and \
        re.fullmatch(r"\s*(?:和|与|跟|及|and)\s*", sentence[names[0].end:names[1].start], re.I)
    return sentence[:names[1].end] if joined else None


SUBJECT_SAID = lazyre.compile(r"\s*(?:是|属于|归|在|位于|[—–:：]|-\s)")  # DH gate — did it come to Guangxi: the lead is the subject


def _sentences(text: str) -> list[str]:
    """The question's sentences, each ending at its question mark."""
    return [x for x in re.split(r"(?<=[？?])\s*", text.strip()) if x.strip()]


def _asked_of(sentence: str, name: str, lang: str) -> str:
    """农村电商覆盖率是多少 of 广西: 广西农村电商覆盖率是多少; What is the coverage: What is the coverage of Guangxi?"""
    return name + sentence if lang == "zh" else sentence.rstrip("?？ ") + f" of {name}?"


def _sentence_left_out(kg, q, ans: Answer) -> bool:
    """…电商交易额、网络零售额各是多少？零售额同比涨了多少？: a sentence asking a figure the answer does not show
    (the second read whole, the first's figures dropped); each sentence is then tried alone."""
    sentences = _questions_only(_sentences(q.text)) if ans.answers else []
    shown = _figures_shown(ans)
    return len(sentences) > 1 and bool(shown) and any(kg.label(i, ans.language) not in shown for x in sentences for i in parse(kg, x).indicators)


def _questions_only(sentences: list[str]) -> list[str]:
    """The sentences when every one of them is a question (Need the percent.: no question of its own), else none."""
    return sentences if all(x.rstrip().endswith(("?", "？")) for x in sentences) else []


def _figures_shown(ans: Answer) -> str:
    """The labels of the figures the answer shows, as one text."""
    return " ".join(str(a.get("label", "")) for a in ans.answers if _is_figure(a))


def _is_figure(a: dict) -> bool:
    """An answer row that is one of the graph's figures."""
    return "/observation/" in (a.get("iri") or "")


def _parts_missing(ans: Answer) -> bool:
    """The answer says a part of the question is left unanswered."""
    missing = msg("part_missing", ans.language, part="")
    return bool(ans.answers) and any(n.startswith(missing) for n in ans.notes)


def _each_name_or_refused(kg, q, ans: Answer, suggest: bool, deadline, depth: int) -> Answer:
    """凤山县和融安县的代码各是多少: a question that read whole has no answer is asked of each name alone, else refused."""
    each = (_each_name_asked(kg, q, ans, deadline, depth) or _asked_at_question_marks(kg, q, ans, deadline, depth)
            or _each_sentence(kg, q, ans, deadline, depth) or _named_by_its_figures(kg, q, ans, deadline, depth)) \
        if depth < MAX_DEPTH else None
    return each or _refuse(kg, ans, q, suggest, deadline)


def _named_by_its_figures(kg, q, ans: Answer, deadline, depth: int) -> Answer | None:
    """从1266亿元到7056亿元，复合年均增长率是多少: a question that names nothing but gives figures the graph holds,
    all of one thing's one indicator (most of them), asked of that figure, the reading said; None otherwise."""
    pair = None if q.names else _figures_owner(kg, q.text) or (_may_name_a_figure(q) and _figure_named(kg, q.text))
    if not pair:
        return None
    s, i, said = pair
    zh = ans.language == "zh"
    what = f"{kg.label(s, ans.language)}{'' if zh else ' '}{kg.label(i, ans.language)}"
    out = ask(kg, f"{what}{'：' if zh else ': '}{q.text}", ans.language, _suggest=False, _deadline=deadline, _depth=depth + 1)
    if out.refused:
        return None
    out.question = ans.question
    out.notes.insert(0, msg("read_as", ans.language, text=msg("sep", ans.language).join(said), name=what))
    return _the_figure_named(kg, out, said)


def _may_name_a_figure(q) -> bool:
    """One number may name a figure when the question names no figure by its words (带动就业20万人: employment, never
    the 20万 trained) and asks no yes or no (the number would check itself)."""
    return not q.indicators and "yesno" not in q.cues


def _the_figure_named(kg, out: Answer, said: list[str]) -> Answer:
    """The 422 bn yuan figure — what period is it for: of the figures answered, the one of the number given."""
    values = {float(n.value) for t in said for n in _numbers_given(t)}
    kept = [a for a in out.answers if not (a.get("iri") and a.get("value")) or float(a["value"]) in values]
    if len(said) == 1 and any(a.get("iri") for a in kept):
        out.answers = kept
    return out


# a number given as the name of a figure (the 422 bn yuan figure, 4220亿元这个数, the 3,101 stations): asked of it
FIGURE_BY_NUMBER = lazyre.compile(r"\b(?:figure|number|tally|stat(?:istic)?|total|count)\b|这个数|这一数|该数|那个数|这组数|这个数据|这个数字")


def _figure_named(kg, text: str) -> tuple[str, str, list[str]] | None:
    """(thing, indicator, the number as written) of the one figure whose value is the one number the text gives
    (no small whole number or year), with a word that names it a figure; None otherwise."""
    given = _numbers_given(text) if FIGURE_BY_NUMBER.search(text) else []
    hits = _figures_matched(kg, given) if len(given) == 1 else []
    return (hits[0][0], hits[0][1], [hits[0][2]]) if len(hits) == 1 else None


def _numbers_given(text: str) -> list:
    """The numbers a text gives, with their scale words (422 bn yuan, 4220亿元), but small whole numbers and years."""
    from types import SimpleNamespace

    from ..numbers import scan
    from .intents import EN_NUMBER, EN_SCALE

    said = [n for n in scan(text) if not _plain_small_or_year(n)]
    for m in EN_NUMBER.finditer(text) if _scaled(text) else ():
        if m.group(2):
            value = float(m.group(1).replace(",", "")) * EN_SCALE[m.group(2).lower()]
            said = [n for n in said if m.group(1).replace(",", "") not in n.text.replace(",", "")]
            said.append(SimpleNamespace(value=value, text=m.group(0)))
    return said


def _scaled(text: str) -> bool:
    """An English scale word is written (billion, bn, million)."""
    return bool(re.search(r"\d\s*(?:trillion|billion|bn|million)\b", text, re.I))


def _figures_owner(kg, text: str) -> tuple[str, str, list[str]] | None:
    """(thing, indicator, the numbers as written) that the numbers the text gives are figures of: the pair most of
    them match, two at least, when it alone is top and every match is of that thing; small whole numbers and years
    never count."""
    from ..numbers import scan

    hits = _figures_matched(kg, [n for n in scan(text) if not _plain_small_or_year(n)])
    top = _clear_top(Counter((s, i) for s, i, _ in hits)) if len({s for s, _, _ in hits}) == 1 else None
    return (*top, [t for a, b, t in hits if (a, b) == top]) if top else None


def _figures_matched(kg, given: list) -> list[tuple[str, str, str]]:
    """(thing, indicator, number as written) of each figure whose value a number given equals."""
    from .intents import query

    values = {float(n.value): n.text for n in given}
    return [(r["s"].value, r["i"].value, said) for v, said in values.items()
            for r in kg.store.select(query("figure_values"), {"n": _lit_decimal(v)})]


def _clear_top(counts: Counter):
    """The key counted most, twice at least and more than any other, else None."""
    top = counts.most_common(2) + [(None, 0)]
    return top[0][0] if top[0][1] >= 2 and top[1][1] < top[0][1] else None


def _plain_small_or_year(n) -> bool:
    """四, 2, 2017: a small whole number or a year (or no value), which names no figure."""
    from .intents import _small_or_year

    return _small_or_year(float(n.value if n.value is not None else 0))


def _asked_at_question_marks(kg, q, ans: Answer, deadline, depth: int) -> Answer | None:
    """永福县属于哪个市？拼音怎么拼？: a question refused whole that goes on after a question mark is asked as one
    sentence of clauses (its inner question marks read as commas); None when that is refused too."""
    text = q.text.rstrip("？?。. ")
    joined = _enumeration_commas(INNER_QUESTION_MARK.sub("，" if ans.language == "zh" else ", ", text))
    if joined == text:
        return None
    inner = ask(kg, joined + ("？" if ans.language == "zh" else "?"), ans.language, _suggest=False, _deadline=deadline, _depth=depth + 1)
    if inner.refused:
        return None
    inner.question = ans.question
    return inner


def _enumeration_commas(text: str) -> str:
    """东兴市属于哪个地级市、代码多少、拼音怎么拼: pieces joined by 、 that each ask something are clauses (、 read as
    ，); a list of names (柳州、桂林哪个多) is left as it is."""
    pieces = text.split("、")
    return "，".join(pieces) if len(pieces) > 1 and all(ASKS_ZH.search(p) for p in pieces) else text


def _claim_in_own_words(kg, q, ans: Answer, lang: str, suggest: bool, deadline, depth: int) -> Answer | None:
    """“凭祥市隶属崇左市”这一信息来自哪份数据: a quoted claim no source says word for word is asked in its words (the
    places and the relation in it), its quotation marks left out; None when that is refused too."""
    plain = re.sub("[“\"「『]" + re.escape(q.quoted) + "[”\"」』]", lambda m: q.quoted, q.raw)
    inner = ask(kg, plain, lang, _suggest=False, _deadline=deadline, _depth=depth + 1) if plain != q.raw else None
    if inner is None or inner.refused:
        return None
    inner.question = ans.question
    return inner


def _answer_parsed(kg, ctx, depth: int) -> None:
    """The question parsed and not referring elsewhere: each intent tried, then every part checked as used."""
    _recognised(kg, ctx.q, ctx.ans)
    ctx.in_time()
    _containers_as_context(ctx)
    _unfit_relations_of_a_source(ctx)
    _run_intents(ctx)
    relations_asked_beside(ctx)
    _provenance_said(ctx)
    _sentence_said(ctx)
    _left_out(ctx)
    _another_one_unread(ctx)
    _other_parts(ctx)
    if ctx.ans.intent == "relation" and ctx.ans.answers and len(ASKING_WORD.findall(ctx.q.text)) > 1:
        _one_ask_unanswered(ctx)  # who founded DHgate and when: every part asked unanswered, nothing else said instead
    kind_unanswered(ctx)
    scale_said(ctx)
    _everything_used(kg, ctx)
    _premise_figures(ctx)
    if ctx.ans.answers and depth < MAX_DEPTH:
        _pronoun_part(kg, ctx, depth)


# a second sentence asking whether one thing is among the first's answers (靖西算吗？ Is Lipu one of them?)
ONE_OF_THEM = lazyre.compile(r"^(?P<first>.+?[？?])\s*(?P<second>[^？?]*?(?:算(?:在)?(?:里面|里头|其中|进去)?(?:吗|不算|了吗)|在(?:里面|里头|其中)吗|"
                         r"包括在内吗|也算吗|有没有它|\bone of them\b|\bamong them\b|\bincluded\b|\bcounted\b|\bin (?:that|the) list\b)[^？?]*[？?]?)\s*$",
                         re.I | re.S)


def _referred(kg, q, ans: Answer, deadline, depth: int, suggest: bool) -> Answer | None:
    """The answer through another question (REFERRERS), if one applies and depth allows; a reading that is
    refused gives way to a later one that answers (发布《…》的机关是哪个？它是哪个月发布的？)."""
    if depth >= MAX_DEPTH or _two_roles_compared(q):
        return None
    token = OUTER_BOUNDS.set({"said": q.bounds_said, "restored": 0}) if q.bounds else None
    try:
        return _first_referred(kg, q, ans, deadline, depth, suggest)
    finally:
        if token is not None:
            OUTER_BOUNDS.reset(token)


def _two_roles_compared(q) -> bool:
    """论坛的主办和承办是同一个单位吗: two relations of one thing compared, read whole (never each part alone)."""
    from .intents import SAME_PARTY

    return len(q.names) == 1 and len(q.relations) == 2 and "yesno" in q.cues and bool(SAME_PARTY.search(q.text))


def _first_referred(kg, q, ans: Answer, deadline, depth: int, suggest: bool) -> Answer | None:
    refused = None
    for f in REFERRERS:
        a = f(kg, q, ans, deadline, depth, suggest)
        if a and not a.refused and not _bounds_dropped(q):
            return a
        refused = refused or a
    return refused


# the bounds of the question being referred (北纬25度以南), blanked in its text: put back into each question it is
# referred to, and an answer none of them carried a bound into is no answer (the bound would be dropped)
OUTER_BOUNDS = contextvars.ContextVar("outer_bounds", default=None)


def _bounds_restored(text: str) -> str:
    """A referred question's text with the outer question's bounds written back where they were blanked."""
    state = OUTER_BOUNDS.get()
    for said in state["said"] if state else ():
        blank = " " * len(said)
        if blank in text:
            text = text.replace(blank, said, 1)
            state["restored"] += 1
    return text


def _bounds_dropped(q) -> bool:
    """The question has bounds and no question it was referred to carried one (then reset for the next reading)."""
    state = OUTER_BOUNDS.get()
    if not (q.bounds and state):
        return False
    dropped, state["restored"] = state["restored"] == 0, 0
    return dropped


def _one_of_them(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """百色有几个县级市？靖西算吗？: the first question answered, then whether the one thing the second names is
    among its answers (yes or no, said of that thing)."""
    m = ONE_OF_THEM.match(q.text)
    second = parse(kg, m.group("second")) if m else None
    if second is None or len(second.names) != 1 or not ({"count", "list"} & q.cues):
        return None
    first = ask(kg, m.group("first"), ans.language, _suggest=False, _deadline=deadline, _depth=depth + 1)
    if first.refused:
        return None
    first.question = ans.question
    first.answers.append(_among_row(kg, first, second.names[0].iri, ans.language))
    return first


def _among_row(kg, first: Answer, thing: str, lang: str) -> dict:
    """yes: 靖西市在其中 / no: Lipu is not one of them, as an answer row."""
    among = _among(kg, first, thing, lang)
    key = "one_of_them" if among else "not_listed_open" if _listed_open(kg, first) else "not_one_of_them"
    verdict = "yes" if among else "unconfirmed" if key == "not_listed_open" else "no"
    label = msg(verdict, lang) + ": " + msg(key, lang, name=kg.label(thing, lang))
    return {"label": label, "iri": thing, "value": None, "unit": None, "period": None}


def _listed_open(kg, first: Answer) -> bool:
    """The sentence behind the answers lists them up to 等 (and others): one not among them may still be one."""
    from .intents import _etc_after

    labels = {kg.label(a["iri"], "zh") for a in first.answers if a.get("iri")} - {None, ""}
    return bool(labels) and any(_etc_after(labels).search(x) for x in first.evidence)


def _among(kg, first: Answer, thing: str, lang: str) -> bool:
    """The thing is one of the answers, or of the things a count lists in its note."""
    label, sep = kg.label(thing, lang), msg("sep", lang)
    return any(a.get("iri") == thing for a in first.answers) or any(label in n.split(sep) for n in first.notes)


def _restated(kg, q, ans: Answer, deadline, depth: int, suggest: bool) -> Answer | None:
    """Lingyun tea: which city is its home county under? asked as "… Lingyun tea's home county under?"."""
    from .refer import topic_first

    restated = topic_first(kg, q)
    if not restated:
        return None
    inner = ask(kg, restated, ans.language, _suggest=suggest, _deadline=deadline, _depth=depth + 1)
    inner.question = ans.question
    return inner


# a question word asking inside the phrase (is under which prefecture, 归哪个市), not one opening a relative clause
# (the city where …, 那几个城市)
ASKING_IN_PHRASE = lazyre.compile(r"\b(?:under|in|from|of|to|is|are|was|were)\s+(?:which|what)\b|\bhow (?:many|much)\b|"
                                  r"(?<![那这])(?:哪|什么|谁|多少|几)", re.I)


def _by_reference(kg, q, ans: Answer, deadline, depth: int, suggest: bool) -> Answer | None:
    """A question naming a thing through another (六堡茶产地所在的那个市) answered about that thing, with the
    step said and its evidence cited; None when no phrase names exactly one thing or the rest is refused."""
    from .refer import lead_then_that, rewrite

    lang = ans.language
    step = Ctx(kg, q, lang, Answer(ans.question, lang), deadline=deadline)
    read = rewrite(kg, q, lang, step) or lead_then_that(kg, q, step)
    if not read:
        return None
    text, phrase, things, clause = read
    if ASKING_IN_PHRASE.search(phrase):  # Jasmine tea's origin is under which prefecture: a question, not a name
        return None
    things = _not_the_one_compared(q, phrase, things)
    one = _one_of_those_read(kg, q, step.ans, phrase, things)
    if one is not None:
        return one
    if not text or _only_its_name_asked(kg, text, things, lang):  # the phrase is all that is asked (…的上级地级市叫啥)
        return _the_thing_read(kg, q, step.ans, phrase, things)
    inner = ask(kg, text, lang, _suggest=False, _deadline=deadline, _depth=depth + 1)
    if clause and inner.refused:  # 落户广西的跨境电商平台有几家: the clause is the question's condition
        return None
    _other_than(inner, q)
    if _back_where_it_began(q, inner):  # what is X's place of origin: the place, not what comes from it (X)
        return _the_thing_read(kg, q, step.ans, phrase, things)
    _finer_than_origin(kg, q, inner, phrase, things)
    _place_read_first(kg, q, inner, things)
    inner.question, inner.intent = ans.question, "chain/" + inner.intent if inner.intent else ""
    step.ans.notes.append(msg("read_as", lang, text=phrase, name=msg("sep", lang).join(kg.label(t, lang) for t in things)))
    step.ans.entities = [{"text": n.text, "iri": n.iri, "label": kg.label(n.iri, lang)} for n in q.names]
    _merge(step.ans, inner)
    inner.notes, inner.sparql, inner.evidence, inner.sources, inner.entities = (
        step.ans.notes, step.ans.sparql, step.ans.evidence, step.ans.sources, step.ans.entities + inner.entities)
    return _refuse(kg, inner, q, suggest, deadline) if inner.refused else inner


ADMINISTERS = ("辖", "管", "下面", "下属", "那个", "这个", "所在", "administer", "under it", "governs", "that city", "that prefecture")
ORIGIN_WORDS = ("产地", "原产", "出产", "产自", "产于", "origin", "grown", "produced", "comes from", "come from")


def _finer_than_origin(kg, q, inner: Answer, phrase: str, things: list[str]) -> None:
    """百色芒果产地有哪些县: the graph records the origin as a prefecture, so the places listed within it are not
    where the product comes from: said instead of listed (六堡茶产地所在的那个市有哪些县 asks the city's own)."""
    if not (inner.answers and len(things) == 1 and _origin_named(q, phrase)):
        return
    if all(_lies_in(kg, a.get("iri"), things[0]) for a in inner.answers):
        inner.answers = []
        inner.unrecognised.append(msg("origin_coarser", inner.language, text=phrase, name=kg.label(things[0], inner.language)))


def _origin_named(q, phrase: str) -> bool:
    """The phrase is a thing's origin (百色芒果产地), not the origin's own places asked (螺蛳粉原产地下辖哪些县)."""
    said, rest = phrase.lower().rstrip("的 "), q.text[q.text.find(phrase) + len(phrase):].lower()
    ends = any(said.endswith(w) or said.startswith(w) for w in ORIGIN_WORDS)
    return ends and not any(w in rest for w in ADMINISTERS) and not LEVEL_NAMED.search(said) and not CITY_AFTER.match(rest)


CITY_AFTER = lazyre.compile(r"\s*的?(?:那个|这个)?(?:城市|地级市|市(?!场)|省)")  # 桂林米粉产地城市, 六堡茶产地市: that city's own


# the phrase names a level of place (the prefecture that selenium-rich products come from): the places within it
# are asked, not a finer origin
LEVEL_NAMED = lazyre.compile(r"^(?:the|that)\s+(?:prefecture|city|county|district|province)\b|所在的?(?:那个|这个)?(?:地级)?[市县区省]$", re.I)


def _lies_in(kg, iri: str | None, place: str) -> bool:
    from .intents import _node, _with_values, query

    rows = kg.store.select(_with_values(query("ancestors"), {"e": [_node(iri)]})) if iri else []
    return any(r["place"].value == place for r in rows)


def _back_where_it_began(q, inner: Answer) -> bool:
    """The step's answers are only the question's own names: the relation asked is the one the phrase followed."""
    iris = {a.get("iri") for a in inner.answers}
    return inner.intent in ("relation", "where") and bool(iris) and iris <= {n.iri for n in q.names}


def _one_of_those_read(kg, q, ans: Answer, phrase: str, things: list[str]) -> Answer | None:
    """Is Dongxing one of the cities that adopted the model: yes or no, whether the one other name is among the
    things the phrase names (never the name set against one of them)."""
    outside = [n.iri for n in q.names if n.text not in phrase]
    if "yesno" not in q.cues or len(things) < 2 or len(outside) != 1:
        return None
    one = _the_thing_read(kg, q, ans, phrase, things)
    one.answers.insert(0, _among_row(kg, one, outside[0], ans.language))
    return one


def _not_the_one_compared(q, phrase: str, things: list[str]) -> list[str]:
    """和东兴采用同一种模式的城市, the city using the same model as Dongxing: the others, never Dongxing itself."""
    from .parse import named_as_like

    named = named_as_like(q, phrase)
    return [t for t in things if t not in named] or things


NAME_ASKED = lazyre.compile(r"\s*(?:叫啥|叫什么|叫什么名字|叫啥名字|名字是什么|名字叫什么|叫做什么|是哪个|是哪一个)\s*[？?]?\s*")


def _only_its_name_asked(kg, text: str, things: list[str], lang: str) -> bool:
    """灵山县的上级地级市叫啥 read as 钦州市叫啥, which body is the host of the forum read as which body is X: what is
    left asks only its name, the thing read."""
    label = kg.label(things[0], lang) if len(things) == 1 else ""
    if label and text.startswith(label):
        return NAME_ASKED.fullmatch(text[len(label):]) is not None
    return bool(label) and re.fullmatch(WHICH_IS_EN + re.escape(label) + r"\s*[?？.]?\s*", text, re.I) is not None


WHICH_IS_EN = (r"\s*(?:which|what|who)(?:\s+(?:body|department|organi[sz]ation|agency|office|authority|government|city|county|prefecture|"
               r"place|one|entity|thing|event|policy|document|platform|company|firm|product|facility|cent(?:re|er)))?\s+(?:is|was|are|were)\s+(?:the\s+)?")  # which body is


def _the_thing_read(kg, q, ans: Answer, phrase: str, things: list[str]) -> Answer:
    """The answer is the things a phrase names, with the step said and its evidence."""
    lang = ans.language
    ans.intent = "chain"
    ans.answers += [{"label": kg.label(t, lang), "iri": t, "value": None, "unit": None, "period": None} for t in things]
    ans.notes.append(msg("read_as", lang, text=phrase, name=msg("sep", lang).join(kg.label(t, lang) for t in things)))
    ans.entities = [{"text": n.text, "iri": n.iri, "label": kg.label(n.iri, lang)} for n in q.names]
    return ans


def _place_read_first(kg, q, inner: Answer, things: list[str]) -> None:
    """Where is X's origin: the place the phrase names is the answer, the places it lies in follow (not when a
    level is asked: which prefecture is X's origin in)."""
    thing = things[0]
    if len(things) == 1 and inner.intent == "where" and inner.answers and kg.is_a(thing, GXO + "Place") and not _level_named(q):
        inner.answers.insert(0, {"label": kg.label(thing, inner.language), "iri": thing, "value": None, "unit": None,
                                 "period": None})


def _level_named(q) -> bool:
    """The question names a level of place (which prefecture, 哪个市)."""
    from .parse import levels_asked

    return bool(levels_asked(q.text))


OTHER = ("还", "另外", "其他", "其它", "别的", "other", "else", "also", "another")


def _other_than(ans: Answer, q) -> None:
    """还发过什么文件 / what else: the name the phrase went through is not among the answers."""
    if not _asks_other(q):
        return
    names = {n.iri for n in q.names}
    ans.answers = [a for a in ans.answers if a.get("iri") not in names]
    if not ans.answers:
        ans.unrecognised.append(msg("none_other", ans.language, names=msg("sep", ans.language).join(n.text for n in q.names)))


def _asks_other(q) -> bool:
    low = q.text.lower()
    return any(w in low for w in OTHER)


PRONOUN_CLAUSE = lazyre.compile(r"(?:[,，;；？?。]|\s[—–-]+)\s*(?:and\s+|并且|而且|那么)?(?P<clause>[^,，;；？?。]*?"
                            r"(?P<it>\b(?:it|them|they|each one'?s?|that (?:body|organi[sz]ation|department|city|county|place|region|area))\b|它们|它|其|"
                            r"(?:这个|该|那个)(?:单位|机构|部门|机关|市|县|地方|地区|区域))[^,，;；？?。]*[？?]?)\s*$", re.I)


def _pronoun_part(kg, ctx, depth: int) -> None:
    """A second part about the first part's answer (which document set it up, and who issued it): asked
    about that one answer, when the first part left it unanswered; its answers, evidence and sources added."""
    missing = [n for n in ctx.ans.notes if n.startswith(msg("part_missing", ctx.ans.language, part=""))]
    parts = _parts_answered(kg, ctx, _about_the_answer(kg, ctx) if missing else [], depth)
    if parts:
        ctx.ans.notes = [n for n in ctx.ans.notes if n not in missing]
        for part in parts:
            _merge(ctx.ans, part)


def _parts_answered(kg, ctx, texts: list[str], depth: int) -> list:
    """Each text asked; all their answers, or none when any is refused."""
    parts = [ask(kg, t, ctx.ans.language, _suggest=False, _deadline=ctx.deadline, _depth=depth + 1) for t in texts]
    return [] if any(p.refused for p in parts) else parts


# a last sentence about the things the first one named (…哪个更靠南？它们分别属于哪个市？ / Which of them …? Where are they?)
THEM_PART = lazyre.compile(r"[？?]\s*(?P<part>[^？?]*?(?P<them>它们|他们|这两个(?:地方|城市|县|市)?|两者|二者|两地|\bthey\b|\bthem\b|\bboth\b)"
                       r"[^？?]*[？?]?)\s*$", re.I)


def _of_the_names_part(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """…哪个更靠南？它们分别属于哪个市？: the first sentence answered, then the last asked of the things the first
    named; its answers, evidence and sources added. When the last cannot be answered, nothing: the question is
    read whole."""
    m = THEM_PART.search(q.text)
    names = _named_before(q, m)
    first = ask(kg, q.text[:m.start() + 1], ans.language, _suggest=False, _deadline=deadline, _depth=depth + 1) if names else None
    if first is None or first.refused:
        return None
    joined = msg("sep" if len(names) > 2 else "and", ans.language).join(n.text for n in names)
    part = ask(kg, _pronoun_replaced(m, "part", "them", joined), ans.language, _suggest=False, _deadline=deadline,
               _depth=depth + 1)
    if part.refused:
        return None  # the whole question as one, which says what it could not answer
    _merge(first, part)
    first.question = ans.question
    return first


def _named_before(q, m) -> list:
    """Every name of the question, when all come before the last sentence and there are two or more."""
    names = [n for n in q.names if m and n.end <= m.start()]
    return names if len(names) >= 2 and len(names) == len(q.names) else []


def _about_the_answer(kg, ctx) -> list[str]:
    """The question's last clause with its pronoun (it, 它, 其) replaced by the one thing answered, or (它们的上级市,
    each one's prefecture) once by each of the few things answered."""
    m = PRONOUN_CLAUSE.search(ctx.q.text)
    iris = list(dict.fromkeys(a["iri"] for a in ctx.ans.answers if a.get("iri")))
    if not m or len(iris) != 1 and not _few_for_them(m, iris):
        return []
    return [_pronoun_replaced(m, "clause", "it", kg.label(i, ctx.ans.language)) for i in iris]


def _few_for_them(m: re.Match, iris: list[str]) -> bool:
    """A plural pronoun (它们, each one's) stands for a few things answered."""
    return PLURAL_PRONOUN.fullmatch(m.group("it")) is not None and 1 < len(iris) <= 5


PLURAL_PRONOUN = lazyre.compile(r"它们|them|they|each one'?s?", re.I)


def _pronoun_replaced(m, clause: str, pronoun: str, by: str) -> str:
    """The match's clause group with its pronoun group (at its own place in the clause) replaced by `by`."""
    at = m.start(pronoun) - m.start(clause)
    return m.group(clause)[:at] + by + m.group(clause)[at + len(m.group(pronoun)):]


def _merge(ans: Answer, part: Answer) -> None:
    """part's notes, answers, evidence and sources after ans's own (none twice), and its queries."""
    for key in ("notes", "answers", "evidence", "sources"):
        mine = getattr(ans, key)
        mine += [x for x in getattr(part, key) if x not in mine]
    ans.sparql = (ans.sparql + "\n\n" + part.sparql).strip()


def _recognised(kg, q, ans: Answer) -> None:
    """The names recognised (with their labels) and the words read other than written."""
    lang = ans.language
    kg.prefetch([n.iri for n in q.names])
    kg.prefetch_types([n.iri for n in q.names])
    ans.entities = [{"text": n.text, "iri": n.iri, "label": kg.label(n.iri, lang)} for n in q.names]
    for n in q.names:
        if n.read_as:
            shown = kg.label(n.iri, lang) if lang == "zh" or _cjk(n.read_as) else n.read_as
            ans.notes.append(msg("read_as", lang, text=n.text.strip("“”\"'‘’"), name=shown))
    for written, read in q.corrected:
        ans.notes.append(msg("read_as", lang, text=written, name=read))


def _containers_as_context(ctx) -> None:
    """A place named to say where another named place is (Xiufeng District in Guilin, 梧州的长洲区) tells which
    one is meant and is no second subject, unless the question asks whether one lies in the other."""
    q = ctx.q
    if "yesno" in q.cues:
        return
    for c in list(q.names):
        if len(q.names) > 1 and any(_says_where(ctx, c, a) or _owner_of(ctx, c, a) or _held_there(ctx, a, c) for a in q.names if a is not c):
            q.names.remove(c)
        else:
            _restatement_dropped(ctx, c)


def _restatement_dropped(ctx, c) -> None:
    """Info Harbour e-commerce forum, China–ASEAN: …: words after a name, set off by a comma, that are part of that
    name's label restate it; the thing they name (ASEAN) is no second subject, and their words ask nothing."""
    q = ctx.q
    starts = [s for s in (_restated_from(ctx, c, a) for a in q.names if a is not c) if s is not None]
    if starts and len(q.names) > 1:
        q.names.remove(c)
        q.cues -= {k for k, at in q.at.items() if isinstance(at, int) and starts[0] <= at < c.end}


def _restated_from(ctx, c, a) -> int | None:
    """Where the words restating part of a's label begin, when the words from a's end through c are such."""
    m = RESTATED.fullmatch(ctx.q.text, a.end, c.end) if a.end <= c.start else None
    return m.start("w") if m and _in_label(ctx, a.iri, m.group("w")) else None


def _in_label(ctx, iri: str, words: str) -> bool:
    said = words.replace("–", "-").replace("—", "-").lower()
    return any(said in (ctx.kg.label(iri, lang) or "").lower() for lang in ("en", "zh"))


RESTATED = lazyre.compile(r"\s*[,，(（]\s*(?P<w>[^,，:：;；?？]+?)\s*")


OWNS = lazyre.compile(r"^\s*(?:['’]s?|的)?\s*(?:(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d\s*(?:年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号])?)?)?\s*)?"
                     r"(?:的|[那这][个场份篇项家])?\s*[“\"'‘]?\s*$")  # Nanning's Sept 2018 forum, 南宁2018年9月那个论坛


# 在南宁开的信息港电商论坛: a clause saying where the next name's event is held (its fact is checked as an owner's)
HELD_AT = lazyre.compile(r"^\s*(?:开|召开|举办|举行|办|开办|主办)(?:的|那个|的那个|那场|的那场)\s*$")


def _owns_or_holds(text: str, c, a) -> bool:
    """c owns a (南宁的香蕉, Nanning's forum), or a clause says a is held in c (在南宁开的论坛)."""
    between = text[c.end:a.start]
    return bool(OWNS.match(between) or HELD_AT.match(between) and text[:c.start].rstrip().endswith("在"))


# 信息港电商论坛在南宁举行的日期: the place an event is held, said after it, is context
HELD_THERE = lazyre.compile(r"\s*(?:举行|举办|召开|开|办)(?:的|时)")


def _held_there(ctx, a, c) -> bool:
    """a 在 c 举行的…: c is where a is held (the graph says so), no second subject."""
    text = ctx.q.text
    if not (a.end <= c.start and text[a.end:c.start].strip() == "在" and HELD_THERE.match(text, c.end)):
        return False
    return bool(ties(ctx, a.iri, c.iri))


def _next_to_a_clause(ctx, c, a) -> bool:
    """the lecturer group Guangxi set up: in English a thing other than a place, then a name after a bare space,
    is described by a clause that name begins (no owner: Nanning forum, with Nanning a place, is one)."""
    return ctx.q.lang == "en" and not ctx.q.text[c.end:a.start].strip() and not ctx.is_a(c.iri, "Place")


def _owner_of(ctx, c, a) -> bool:
    """Rong'an's 'e-commerce + cooperative' model, 凤山的核桃鸡模式: a name owning the next one it has a fact
    with says which one is meant, no second subject (the model is asked about)."""
    if not (c.end <= a.start and _owns_or_holds(ctx.q.text, c, a)) or _next_to_a_clause(ctx, c, a):
        return False
    held = ties(ctx, c.iri, a.iri)
    return bool(held) and not held & set(ctx.q.relations)  # 南宁那个论坛的主题: held in Nanning says which; the topic is asked


def _unfit_relations_of_a_source(ctx) -> None:
    """A relation word that fits none of the things named is no relation asked: in a source question (where does
    the graph's record of Qingxiu District come from: a district originates from nothing) or of places only (what
    city is Jiangnan District part of: where it lies)."""
    q = ctx.q
    unfit = {r for r in _relations_checked(ctx) if not _fits_a_name(ctx, GXO + r)}
    if "partOf" in unfit and "level" not in q.cues:
        q.cues.add("where")  # what city is Jiangnan District part of: where it lies (属于哪一级: its level)
    q.relations = [r for r in q.relations if r not in unfit]


def _relations_checked(ctx) -> set:
    """Every relation of a source question that names things; part of, in a question naming only places."""
    q = ctx.q
    if not q.names:
        return set()
    if "source" in q.cues:
        return set(q.relations)
    return {"partOf"} & set(q.relations) if all(ctx.is_a(n.iri, "Place") for n in q.names) else set()


def _fits_a_name(ctx, p: str) -> bool:
    """Relation p can have one of the things named at one of its ends."""
    return any(_can_hold(ctx, p, n.iri, None) or _can_hold(ctx, p, None, n.iri) for n in ctx.q.names)


def _says_where(ctx, c, a) -> bool:
    """c is written as the place a lies in (Xiufeng District in Guilin) or comes from (the seedlings from Hantang
    Village), and the graph says so."""
    return (_qualifies(ctx.q.text, c, a) and (_above(ctx, a.iri, c.iri) or _comes_from(ctx, a.iri, c.iri) or _part_of(ctx, a.iri, c.iri)
                                              or _place_tied(ctx, c.iri, a.iri))) or \
        (_from(ctx.q.text, c, a) and _comes_from(ctx, a.iri, c.iri)) or \
        ((_possessive(ctx.q.text, c, a) or _placed_after(ctx.q.text, c, a)) and _above(ctx, a.iri, c.iri))


def _placed_after(text: str, c, a) -> bool:
    """c written right after a, as an address is (heshan city guangxi, Heshan, Guangxi, Lipu (Guilin), 荔浦（桂林）)."""
    if a.end > c.start:
        return False
    between = text[a.end:c.start]
    return re.fullmatch(r"\s*,?\s*", between) is not None or \
        re.fullmatch(r"\s*[(（]\s*", between) is not None and re.match(r"\s*[)）]", text[c.end:]) is not None


def _place_tied(ctx, c: str, a: str) -> bool:
    """Place c has a fact with thing a (the supervision centre in Pingxiang: Pingxiang builds it)."""
    from .intents import _node

    if not ctx.is_a(c, "Place") or ctx.is_a(a, "Place"):
        return False
    return bool(ctx.related({"s": [_node(c)], "o": [_node(a)]}) or ctx.related({"s": [_node(a)], "o": [_node(c)]}))


def _possessive(text: str, c, a) -> bool:
    """c is written as a's owner, right before it: "Beihai's Haicheng District" (a place in a place only: Fengshan's
    walnut chicken scheme is Fengshan's scheme)."""
    return c.end <= a.start and re.fullmatch(r"['’]s?\s+", text[c.end:a.start]) is not None


def _from(text: str, c, a) -> bool:
    """c is written as where a comes from: "the fruit seedlings from Hantang Village"."""
    return a.end <= c.start and re.fullmatch(r"\s*(?:from|grown in|made in|produced in)\s+(?:the\s+)?", text[a.end:c.start], re.I) is not None


def _part_of(ctx, a: str, c: str) -> bool:
    """a is stated to be part of c (广西桂茶里头那个金花茶: the tea of the tea industry)."""
    return any(r["o"].value == c for r in ctx.related({"s": [_node(a)], "p": [_node(GXO + "partOf")]}))


def _comes_from(ctx, a: str, c: str) -> bool:
    """a's stated origin is c."""
    return any(r["o"].value == c for r in ctx.related({"s": [_node(a)], "p": [_node(GXO + "originatesFrom")]}))


# between a thing and the place it is in: in, of, at (the forum on 13 Sept 2018 in Nanning: a date first)
QUALIFYING_GAP = lazyre.compile(r"[\s,]*(?:(?:held\s+)?on\s+(?:\d{1,2}\s+)?[A-Za-z]{3,9}\.?\s+(?:\d{1,2},?\s+)?\d{4}\s+)?"
                                r"(?:(?:out|up|down|over|deep|way)\s+)?(?:in|of|at)\s+(?:the\s+)?"
                                r"(?:(?:far[\s-]?(?:north|south|east|west)(?:ern)?|(?:north|south|east|west)(?:ern)?|remote|rural)\s+)?", re.I)  # out in far-western Guangxi


def _qualifies(text: str, c, a) -> bool:
    """c is written as a's place: "a in c", "a of c", "a at c", or 梧州(的|下面的)长洲区."""
    return (a.end <= c.start and QUALIFYING_GAP.fullmatch(text[a.end:c.start]) is not None
            or c.end <= a.start and re.fullmatch(r"\s*(?:的|下面的|下辖的|境内的|里的|辖下的|那个|那家|那座|的那个|的那家|里头那个|里那个|里头的|里面的|里的那个|中的)?\s*",
                                                 text[c.end:a.start]) is not None)


def _provenance_said(ctx) -> None:
    """Is that stated or inferred: after the first answer, whether the answer is stated by its source, derived by
    a rule of the graph (named), or worked out by joining stated facts; asked yes or no, that answer first."""
    if "provenance" not in ctx.q.cues or not ctx.ans.answers:
        return
    if ctx.ans.intent == "list":
        return _derived_listed(ctx)
    said, asked = _how_known(ctx), _stated_asked(ctx.q)
    if asked:  # 是原文直接写的吗: that is the yes or no, first
        said = msg("yes" if said == msg("prov_stated", ctx.lang) else "no", ctx.lang) + ": " + said
    ctx.ans.answers.insert(0 if asked else 1, {"label": said, "iri": None, "value": None, "unit": None, "period": None})
    ctx.use("provenance", "source")


def _sentence_said(ctx) -> None:
    """原文哪句话讲了融安金桔涨价: an answer worked out from sentences, asked which sentence says it: the sentences
    behind it given after it."""
    from .intents import SENTENCE_ASKED, quoted

    if _sentence_unsaid(ctx) and SENTENCE_ASKED.search(ctx.q.text):
        ctx.ans.answers += [{"label": quoted(e), "iri": None, "value": None, "unit": None, "period": None} for e in ctx.ans.evidence]
        ctx.use("source")


def _sentence_unsaid(ctx) -> bool:
    """The source is asked and not yet answered, beside an answer with sentences behind it."""
    return "source" in set(ctx.q.cues) - ctx.used and bool(ctx.ans.answers and ctx.ans.evidence)


def _derived_listed(ctx) -> None:
    """哪些活动在广西举办是推断出来的: of a list, the things listed by a fact a rule derived (those stated, when
    stated ones are asked); nothing is kept when no fact listed was derived."""
    stated = re.search(r"原文直接写的(?!还是|，?而不是)|directly stated|stated (?:by|in) the source", ctx.q.text, re.I)
    stated = stated and not re.search(r"而不是原文|rather than stated|not stated", ctx.q.text, re.I)
    keep = [a for a in ctx.ans.answers if (a.get("iri") in ctx.derived) != bool(stated)]
    if ctx.derived:
        ctx.ans.answers = keep
        ctx.use("provenance", "source")


# provenance asked as yes or no (是原文直接写的吗, is it stated): whether it is stated is the answer
STATED_ASKED = lazyre.compile(r"吗$|^is (?:it|that|this) stated|directly stated|stated directly", re.I)


def _stated_asked(q) -> bool:
    """Whether it is stated is asked yes or no (是原文直接写的吗, is it stated that …), not stated-or-inferred."""
    either = re.search(r"\bstated or (?:inferred|derived)|\b(?:inferred|derived) or stated", q.text, re.I)
    return STATED_ASKED.search(q.words.get("provenance", "")) is not None and not either


def _how_known(ctx) -> str:
    """By a rule (named), by joining stated facts (an answer of two steps), or stated."""
    rules = _noted(ctx, "derived")
    if rules:
        return msg("prov_derived", ctx.lang, rules=msg("sep", ctx.lang).join(rules))
    computed = _noted(ctx, "source_computed")
    if computed:
        return msg("prov_source_computed", ctx.lang, how=computed[0])
    joined = any(a["label"].count("→") >= 2 for a in ctx.ans.answers)
    return msg("prov_chained" if joined else "prov_stated", ctx.lang)


def _noted(ctx, key: str) -> list[str]:
    """What the notes made from message `key` (of one {placeholder}) hold in its place."""
    head, tail = msg(key, ctx.lang, how="@", rule="@").split("@")
    return [n[len(head):len(n) - len(tail)] for n in ctx.ans.notes if n.startswith(head) and n.endswith(tail)]


def _left_out(ctx) -> None:
    """The things named to be left out of a list (besides Guangxi) are taken out of its answers, and said."""
    left = set(ctx.q.besides)
    kept = [a for a in ctx.ans.answers if a.get("iri") not in left]
    removed = len(kept) < len(ctx.ans.answers) or "besides" in ctx.used  # here, or by the query
    if left and kept and removed:
        ctx.ans.answers = kept
        ctx.ans.notes.append(msg("left_out", ctx.lang, what=msg("sep", ctx.lang).join(ctx.label(i) for i in sorted(left))))
        ctx.use("besides")


# another thing of a kind, beside the one named (和X同一模式的另一个设施): a thing the question names through X
ANOTHER_OF_KIND = lazyre.compile(r"(?:另一个|另一家|另一座|另外一个|另外一家|另外那个)(?:设施|中心|平台|县|市|村|镇|企业|公司|产品|模式|活动|论坛)|"
                                 r"\b(?:another|the other) (?:facility|centre|center|platform|county|city|village|town|company|firm|product|"
                                 r"model|event|forum)\b", re.I)


def _another_one_unread(ctx) -> None:
    """Where is the other facility with the same model as X: an answer about X itself (its place, its facts) is
    not about the other one; taken back and said, never given in its place."""
    m = ANOTHER_OF_KIND.search(ctx.q.text) if ctx.ans.intent in ("where", "relation", "figure", "about") else None
    if m and ctx.ans.answers:
        ctx.ans.answers, ctx.ans.evidence, ctx.ans.sources = [], [], []
        ctx.ans.unrecognised.append(msg("not_understood", ctx.lang, words=m.group(0)))


def _intents_for(q) -> list:
    """Every registered intent; only the source intent when a source is asked by name (哪篇报道, which article):
    never a figure or a comparison in its place."""
    from .intents import _source_asked

    return [it for it in INTENTS if it.name == "source"] if _source_asked(q) else INTENTS


def _run_intents(ctx) -> None:
    """The first registered intent that answers; what a declining intent ran is not kept."""
    ans = ctx.ans
    notes = list(ans.notes)
    for it in _intents_for(ctx.q):
        if it.run(ctx):
            ans.intent = it.name
            return
        ans.sparql, ans.notes, ans.unrecognised = "", list(notes), []
        ans.answers, ans.evidence, ans.sources = [], [], []
        ctx.used.clear()
        ctx.shown.clear()
    if ctx.none_recorded:  # a count of none that no other reading answered: said so
        ans.intent, ans.unrecognised = "count", list(ctx.none_recorded)
        ctx.use("names", "classes", "count", "relations", "list", "total")


# the cues that ask something of their own (a question asking only when is not answered by facts of no date)
ASKING_CUES = {"where", "when", "who", "count", "list", "compare", "most", "least", "growth", "share", "source", "yesno",
               "about", "relation", "total", "per", "monthly", "days", "distance", "derive", "verify", "less", "whole", "rename", "geo"}


def _only_asked(ctx, part: str) -> bool:
    """The part is all the question asks, and the answer is facts that do not say it (not a figure: where did
    Guangxi rank is its rank)."""
    nothing_named = part == "where" and not ctx.q.names and ctx.ans.intent == "list"  # 某县是哪个地级市的: never a list
    return nothing_named or _a_condition(ctx, part) or _facts_not_saying(ctx, part) and not (ctx.q.cues & ASKING_CUES) - {part}


def _a_condition(ctx, part: str) -> bool:
    """events that have a recorded start date: the part's word is no question word but a condition on what is
    counted or listed; never dropped with a note."""
    return part == "when" and ctx.ans.intent in ("count", "list") and not PART_ASKED.search(ctx.q.words.get(part, ""))


PART_ASKED = lazyre.compile(r"\b(?:when|where|who|whom|which|what)\b|哪|什么|何|谁|几", re.I)


def _facts_not_saying(ctx, part: str) -> bool:
    """Facts, or a figure with no year when the year is asked (the 47 counties were approved in which year)."""
    return ctx.ans.intent in ("relation", "about", "between") or part == "when" and ctx.ans.intent == "figure"


def _any_dated(ans: Answer) -> bool:
    return any(re.search(r"\d{4}", str(a.get("period") or "")) for a in ans.answers)


def _other_parts(ctx) -> None:
    """Several kinds asked at once (where and when): each part answered or said not to be."""
    ans, q = ctx.ans, ctx.q
    if not ans.answers:
        return
    _which_clause_left(ctx)
    for part in ("where", "when", "who"):
        if part in q.cues and part not in ctx.used and ans.intent != part and not _figure_of_a_place(ctx, part) \
                and not _which_of_those(ctx, part) and not _places_listed(ctx, part):
            if not _other_part(ctx, part):
                return
            ans.unrecognised = []


def _places_listed(ctx, part: str) -> bool:
    """互市贸易+跨境电商模式在哪些城市: the places listed are where it is; the where is answered, not left out."""
    w, l = (ctx.q.text.find(ctx.q.words.get(k) or "\0") for k in ("where", "list"))  # 在哪些: one asking, never two clauses
    return part == "where" and "list" in ctx.used and 0 <= w <= l <= w + 3 and _all_places(ctx)


def _all_places(ctx) -> bool:
    return all(a.get("iri") and ctx.is_a(a["iri"], "Place") for a in ctx.ans.answers)


def _which_clause_left(ctx) -> None:
    """有多少个示范县，具体是哪些县: a figure answers the count, and the clause asking which they are is said to be
    left unanswered (the graph states the number, not the list)."""
    q = ctx.q
    word = q.words.get("list", "")
    at = q.text.find(word) if word else -1
    start = max(q.text.rfind("，", 0, at), q.text.rfind(",", 0, at))
    if _a_figure_given(ctx) and "list" not in ctx.used and at > 0 and start > 0 and _figure_before(q, start):
        ctx.ans.notes.append(msg("part_missing", ctx.lang, part=q.text[start + 1:].strip()))


def _a_figure_given(ctx) -> bool:
    """The answer is a stated figure (a count answered by the number the source states, not by members)."""
    return ctx.ans.intent == "figure" or ctx.ans.intent == "count" and all("/observation/" in str(a.get("iri", "")) for a in ctx.ans.answers)


def _figure_before(q, start: int) -> bool:
    """Something is asked or named before the clause (not In billions of yuan, what were … sales: one question)."""
    return any(_said_before(k, a, start) for k, a in q.at.items()) or any(n.start < start for n in q.names)


def _said_before(k: str, at, start: int) -> bool:
    """A word that asks or names something (not the list word, not a word of no meaning) said before start."""
    return isinstance(at, int) and at < start and k not in ("list", "noise")


def _which_of_those(ctx, part: str) -> bool:
    """谁卖得多 / who sold more: "who" asks which of the things compared, answered by the comparison; 落户广西的平台
    都有谁: which things of the kind listed or counted, answered by the list (or the count's members)."""
    listed = ctx.ans.intent in ("list", "count") and bool(ctx.q.kinds)  # 有几个？分别是谁: the ones counted
    return part == "who" and (ctx.ans.intent in ("compare", "extreme", "superlative") or listed) and \
        ctx.q.words.get("who", "").lower() in ("谁", "who")


def _figure_of_a_place(ctx, part: str) -> bool:
    """Where did Guangxi rank: a figure of the place asked, no place asked for; which year are the sales of: the
    figure's year."""
    if ctx.ans.intent != "figure":
        return False
    if part == "when":
        return _any_dated(ctx.ans)
    return part == "where" and all(ctx.is_a(n.iri, "Place") for n in ctx.q.names)


def _other_part(ctx, part: str) -> bool:
    """The part answered by its own intent, or said not to be; False when it was the one thing asked (when did JD
    start …): then there is no answer."""
    ans = ctx.ans
    it = next(i for i in INTENTS if i.name == part)
    n = len(ans.answers)
    if it.run(ctx) and len(ans.answers) > n:
        return True
    ans.notes.append(msg("part_missing", ctx.lang, part=ctx.q.words.get(part, part)))
    if _only_asked(ctx, part):
        ans.answers = []
        ans.unrecognised.append(msg("not_stated", ctx.lang))
        return False
    return True


def _everything_used(kg, ctx) -> None:
    """An answer stands only when every word of the question was understood and every part used."""
    ans, lang = ctx.ans, ctx.lang
    _yes_with_a_part_missing(ctx)
    _who_is_no_event(ctx)
    _figures_asked_none_given(ctx)
    _within_the_place_named(ctx)
    unknown = _unexplained(kg, ctx)
    unused = _unused(kg, ctx) + _place_not_given(kg, ctx) + _day_not_given(ctx) + _count_given_as_rate(ctx) + _wider_place_figures(ctx)
    premise = _premise_not_held(ctx) if ans.answers else None
    if premise:  # 融安县采用的凤山模式: Rong'an adopted another model, and no answer rests on it
        ans.answers = []
        ans.unrecognised.append(premise)
    if unknown:
        ans.answers = []
        words = [w + ctx.q.held_instead.get(w, "") for w in unknown]  # 兴宁市 (the graph holds only 兴宁区)
        ans.unrecognised = [msg("not_understood", lang, words=msg("sep", lang).join(words))]
    elif unused and ans.answers:
        ans.answers = []
        ans.unrecognised.append(msg("unused", lang, words=msg("sep", lang).join(unused)))
    if not ans.intent and not ans.unrecognised:
        names = msg("sep", lang).join(e["label"] for e in ans.entities)
        ans.unrecognised.append(msg("no_kind", lang, names=names) if names else msg("no_entity", lang))


def _within_the_place_named(ctx) -> None:
    """At which venue in Nanning, 在南宁哪个场馆: a spot inside a place named is asked; answers that are that place
    (or places above it) say nothing finer: refused, saying the graph has only the place."""
    inside = next((n for n in ctx.q.names if ctx.is_a(n.iri, "Place") and _inside_asked(ctx.q.text, n.text)), None)
    places = {a["iri"] for a in ctx.ans.answers if a.get("iri") and ctx.is_a(a["iri"], "Place")}
    if inside is not None and places and places <= {inside.iri} | _ancestor_set(ctx, inside.iri):
        ctx.ans.answers = []
        ctx.ans.unrecognised.append(msg("inside_not_held", ctx.lang, place=ctx.label(inside.iri)))


def _inside_asked(text: str, name: str) -> bool:
    """where in X, which venue in X, 在X哪个场馆, X的什么地方: a spot within X asked."""
    n = re.escape(name)
    return re.search(rf"\b(?:where|which|what)(?:\s+[\w-]+){{0,2}}\s+in\s+{n}\b(?!\s*(?:or|and)\b)|{n}(?:的|市内|市里|城里)?(?:哪个|哪座|哪家|哪里|哪儿|什么)"
                     r"(?:场馆|会场|会展中心|展馆|酒店|宾馆|礼堂|地方|地点|位置|场地|楼)", text, re.I) is not None


def _premise_not_held(ctx) -> str | None:
    """A thing named through a relation to another (融安县采用的凤山模式, A采用的B) that the graph does not state
    between them: the premise, said not to hold."""
    from ..vocab import vocabulary
    from .intents import _node

    q, rels = ctx.q, vocabulary().relations
    for a, b in zip(q.names, q.names[1:]):
        gap = q.text[a.end:b.start]
        r = next((r for r, w in q.words.items() if r in rels and re.fullmatch(rf"\s*{re.escape(w)}(?:了|过)?的\s*", gap)), None)
        if r and not any(ctx.related({"s": [_node(x)], "p": [_node(GXO + r)], "o": [_node(y)]}) for x, y in ((a.iri, b.iri), (b.iri, a.iri))):
            return msg("premise_false", ctx.lang, a=ctx.label(a.iri), rel=ctx.label(GXO + r), b=ctx.label(b.iri))
    return None


# a number the question gives as a thing's figure (柳州螺蛳粉2017年卖了50亿, Guangxi's cross-border e-commerce hit 525
# billion yuan): with a scale or currency word, never a bound (超过50亿, more than 50 billion) nor a difference
CLAIMED_NUMBER = lazyre.compile(r"(?<![\d.,])(?P<n>\d+(?:\.\d+)?)\s*(?:(?P<scale>亿|万|billion|bn|million)\s*(?:元|人民币|yuan|RMB|CNY)?|"
                                r"(?P<money>元|块钱|yuan\b|RMB\b))", re.I)
NOT_A_CLAIM = lazyre.compile(r"(?:超过|突破|超|逾|过|不到|不足|低于|高于|大于|小于|至少|多于|少于|接近|约|差|相差|多了|少了|比|"
                             r"\bmore than|\bover|\babove|\bbelow|\bunder|\bat least|\bat most|\bexceed\w*|\bless than|\bnearly|"
                             r"\babout|\baround|\bby|\bthan)\s*$", re.I)
NOT_A_CLAIM_AFTER = lazyre.compile(r"^\s*(?:以上|以下|多|余|左右|上下|\bor (?:more|less)\b|\bplus\b)", re.I)
COMPARING = lazyre.compile(r"比|相差|差距|倍|占|[、和与及]|\bthan\b|\bvs\b|\bshare\b|\btimes\b|\band\b|\bdifference\b|\bgap\b|如果|假如|要是|\bif\b", re.I)
SCALE_OF = {"亿": 1e8, "万": 1e4, "billion": 1e9, "bn": 1e9, "million": 1e6, "": 1}


def _premise_figures(ctx) -> None:
    """A figure the question gives of a thing (柳州螺蛳粉2017年卖了50亿) that the figure answered for it does not
    hold (突破30亿元): said in the answer, never used silently."""
    if "yesno" in ctx.used:  # 有25万吗: the verdict already says it (no answer: no figure shown, nothing to say)
        return
    for m in CLAIMED_NUMBER.finditer(ctx.q.text):
        said = _number_claimed(m)
        rows = [] if _bound_or_apart(ctx.q.text, m) else _figures_of_claim(ctx, m)
        if rows and not any(_holds_number(r, said) for r in rows):
            ctx.note(msg("premise_number", ctx.lang, said=m.group(0).strip(), figure=msg("sep", ctx.lang).join(r["label"] for r in rows)))


def _number_claimed(m) -> float:
    """50亿: 5000000000; 80元: 80."""
    return float(m.group("n")) * SCALE_OF[(m.group("scale") or "").lower()]


def _money_figures(ctx, m) -> list[tuple]:
    """(figure, the thing it is about) of each figure shown; only those in money when a sum of money is given."""
    kept = (lambda u: _in_money(ctx, u)) if m.group("money") else (lambda u: not m.group("scale") or "%" not in (ctx.kg.notation(u) or ""))
    return [(r, _about(ctx, r["iri"])) for r in _figure_rows(ctx.ans) if kept(r["unit"])]  # 8056亿 is never a percentage


def _in_money(ctx, unit: str | None) -> bool:
    """The unit is a sum of money or a price (its symbol is in 元: 元, 美元, 元/斤), as the ontology writes it."""
    return bool(unit) and "元" in (ctx.kg.notation(unit) or "")


def _bound_or_apart(text: str, m) -> bool:
    """超过50亿, 50亿以上, more than 50 billion: a bound, no figure claimed."""
    return bool(NOT_A_CLAIM.search(text[:m.start()]) or NOT_A_CLAIM_AFTER.search(text[m.end():]))


def _figures_of_claim(ctx, m) -> list[dict]:
    """The figures shown of the thing the number is given for: the name just before it, with nothing between
    that compares; of that thing's figures in money (a sum of money given), the one whose indicator the words
    between name, else all of them."""
    text = ctx.q.text
    figures = _money_figures(ctx, m)
    for name in reversed([n for n in ctx.q.names if n.end <= m.start()]):  # Guangxi's cross-border e-commerce: Guangxi's
        if _compared_between(text[name.end:m.start()]):
            return []
        shown = [r for r, about in figures if about == name.iri]
        if shown:
            return _named_by_gap(shown, re.sub(r"\d[\d.,]*", "", text[name.start:m.start()].lower()))  # 由1266亿涨到7056亿: words, not numbers
    return []


def _compared_between(gap: str) -> bool:
    """Words between a name and a number that compare (比, than) or are too many for the number to be its."""
    return bool(COMPARING.search(gap)) or len(gap) > 40


def _figure_rows(ans) -> list[dict]:
    """The answer's rows that are figures of the graph."""
    return [r for r in ans.answers if "/observation/" in (r.get("iri") or "") and r.get("value") is not None]


def _about(ctx, obs: str) -> str | None:
    """The thing a figure is about (a lookup beside the answer: the query shown stays the answer's own)."""
    from .intents import _node, query

    rows = ctx.kg.store.select(query("figure_about"), {"s": _node(obs)})
    return rows[0]["o"].value if rows else None


def _named_by_gap(rows: list[dict], gap: str) -> list[dict]:
    """Of several figures, the one whose label shares the longest run of words with the gap, if alone; else all."""
    if len(rows) <= 1:
        return rows
    score = sorted(((_shared_run(r["label"].lower(), gap), k) for k, r in enumerate(rows)), reverse=True)
    return [rows[score[0][1]]] if score[0][0] >= 4 and score[0][0] > score[1][0] else rows


def _shared_run(a: str, b: str) -> int:
    """The length of the longest text both hold."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


def _holds_number(row: dict, said: float) -> bool:
    """The number is the figure's, within 1%, or inside its range (突破30亿 does not hold 50亿: the source says only
    more than 30亿)."""
    ends = [float(x) for x in str(row["value"]).split("–")]  # a range (十几万: 100000–200000): anything inside it
    return min(ends) * 0.99 <= said <= max(ends) * 1.01


def _wider_place_figures(ctx) -> list[str]:
    """Service stations located in Hechi: figures shown only of the places a named place lies in (Guangxi's 3101)
    are no figure of it; the place is a condition the answer did not meet."""
    abouts = {_about(ctx, r["iri"]) for r in _figure_rows(ctx.ans)}
    if not abouts:
        return []
    return [n.text for n in ctx.q.names if n.iri not in abouts and ctx.is_a(n.iri, "Place") and abouts <= _ancestor_set(ctx, n.iri, beside=True)]


COUNT_OF_THINGS = lazyre.compile(r"(?:多少|几)(?:个|家|户|人|座|所)[\u4e00-\u9fff]|\bhow many\s+[a-z]", re.I)


def _count_given_as_rate(ctx) -> list[str]:
    """多少个村, how many villages: a count of things, which figures that are all rates (农村电商覆盖率 70%) do not
    answer."""
    rows = _figure_rows(ctx.ans)
    m = COUNT_OF_THINGS.search(ctx.q.text) if rows and ctx.q.kinds else None
    return [m.group(0)] if m and all(a.get("unit") == GXO + "Percent" for a in rows) else []


DAY_ASKED = lazyre.compile(r"几号|哪一?天|哪日|具体日期|\b(?:which|what)\s+day\b|\bexact date\b|\bwhat date\b", re.I)


def _day_not_given(ctx) -> list[str]:
    """具体是8月几号, on which day: a date known only to the month (2018-08) does not answer it."""
    m = DAY_ASKED.search(ctx.q.text)
    dates = [v for a in ctx.ans.answers if DATE.fullmatch(v := str(a.get("value") or ""))]
    return [m.group(0)] if m and dates and max(map(len, dates)) < 10 else []


DATE = lazyre.compile(r"\d{4}(?:-\d{2}){0,2}")


def _place_not_given(kg, ctx) -> list[str]:
    """A question that asks which place (哪个市, which prefecture) is not answered by figures or facts alone:
    some answer must be a place."""
    from .parse import MORE_OF, levels_asked

    if MORE_OF.search(ctx.q.text):
        return []  # 来宾和崇左哪个县多: the counties counted, not a county asked
    asked = levels_asked(ctx.q.outside_names())
    if asked and ctx.ans.answers and not any(a.get("iri") and _at_most(ctx, a["iri"], asked[0][0]) for a in ctx.ans.answers):
        return [asked[0][1]]
    return []


def _at_most(ctx, iri: str, level: str) -> bool:
    """iri is a place no coarser than the level asked (which city: not Guangxi, the region it lies in)."""
    from .intents import LEVEL_ORDER

    if not ctx.is_a(iri, "Place"):
        return False
    coarser = LEVEL_ORDER[LEVEL_ORDER.index(level) + 1:] + ("Region",)
    return not any(ctx.is_a(iri, c) for c in coarser)


def _shown_names(kg, ctx) -> str:
    """The names of the figures the answer shows, in both languages, lower case."""
    return " ".join(v.lower() for i in sorted(ctx.shown) for v in kg.labels(i).values())


def _yes_with_a_part_missing(ctx) -> None:
    """Do you also have the 2015 figure (the 2013 and 2017 ones said before): a yes whose answer leaves a year's
    figure unanswered may be the yes of the other years; refused, never a yes."""
    ans = ctx.ans
    if ans.answers and str(ans.answers[0].get("label", "")).startswith(msg("yes", ctx.lang)) and _year_left_out(ctx):
        ans.answers = []
        ans.unrecognised.append(msg("not_stated", ctx.lang))


def _year_left_out(ctx) -> bool:
    """A note says a year's figure asked is left unanswered."""
    missing = msg("part_missing", ctx.lang, part="")
    return any(n.startswith(missing) and any(y in n for y in ctx.q.years) for n in ctx.ans.notes)


def _figures_asked_none_given(ctx) -> None:
    """What figures are there for rural e-commerce: figures asked and an answer that holds none (the platforms that
    run rural e-commerce) answers something else; refused."""
    ans = ctx.ans
    if "kind_any" in ctx.q.cues and ans.intent in ("relation", "list", "who", "where") and _no_figure_among(ans.answers):
        ans.answers = []
        ans.unrecognised.append(msg("not_stated", ctx.lang))


def _no_figure_among(answers: list[dict]) -> bool:
    """Answers, none of them a figure or a value worked out."""
    return bool(answers) and not any(_is_figure(a) or a.get("value") is not None for a in answers)


def _who_is_no_event(ctx) -> None:
    """这个主办方发过什么文件 read as who: an answer to who that is only events (what the body hosted) answers no who;
    refused."""
    ans = ctx.ans
    iris = [a.get("iri") for a in ans.answers]
    if ans.intent == "who" and iris and all(i and ctx.is_a(i, "Event") for i in iris):
        ans.answers = []
        ans.unrecognised.append(msg("not_stated", ctx.lang))


def _unexplained(kg, ctx) -> list[str]:
    """The words nothing in the lexicon explains, less those that are part of the name of a figure the answer
    shows (直接 and 间接 in 直接和间接带动就业人数): the answer used them."""
    if not ctx.ans.answers:
        return ctx.q.unknown
    names = _shown_names(kg, ctx)
    left = [w for w in ctx.q.unknown if w.lower() not in names and w not in ctx.matched and not _describes_as_cited(ctx, w)]
    left = [w for w in left if w not in _neighbour_words(kg, ctx, left)]
    return [] if _waived(kg, ctx, left) else left


def _waived(kg, ctx, left: list[str]) -> bool:
    """Words the sentences cited hold, and not a name's, a word asked about, or words set against each other
    (exports rather than imports: never waived by a sentence holding both)."""
    return not (_part_of_a_name(kg, left, ctx.ans.intent == "figure") or _asked_word(ctx.q.text, left) or "instead" in ctx.q.cues
                or _province_named(left)) and _words_cited(ctx, left)


def _province_named(words: list[str]) -> bool:
    """Companies from Zhejiang: a province the graph does not hold is a condition, never waived because a sentence
    cited holds it (浙江聚贸 among the companies settled in Guangxi: the graph does not say where any is from)."""
    from . import lexicon as lx

    return any(w.lower() in lx.PROVINCES_EN - {"guangxi"} or lx.PROVINCES_ZH.fullmatch(w) and w != "广西" for w in words)


def _asked_word(text: str, words: list[str]) -> bool:
    """谁开发的, who developed it: a word the question word asks about is what is asked, never waived because the
    sentence cited holds it (本土企业开发建设的…平台: who built it is not in the graph)."""
    return any(re.search(rf"谁\s*{re.escape(w)}|{re.escape(w)}\s*了?\s*(?:谁|什么|哪)|\bwho\s+(?:\w+\s+)?{re.escape(w)}\b|"
                         rf"\b{re.escape(w)}\s+(?:by\s+)?(?:whom|what)\b", text, re.I) for w in words)


def _part_of_a_name(kg, words: list[str], figure: bool = False) -> bool:
    """A Chinese word that is part of a name the graph holds (办公厅): a thing named, never a description; for a
    figure, a word qualifying figures (农村) is no name."""
    return any(_cjk(w) and not (figure and _figure_qualifier(w)) and kg.names.search(w, limit=1) for w in words)


def _figure_qualifier(w: str) -> bool:
    """A word that, put before another figure's word, makes a narrower figure's word (农村 + 网络零售额): it
    qualifies a figure, even where names hold it."""
    from . import lexicon as lx

    words = {x for ws in lx.INDICATOR_WORDS.values() for x in ws[0] if _cjk(x)}
    return any(x.startswith(w) and x[len(w):] in words for x in words)


def _words_cited(ctx, left: list[str]) -> bool:
    """Chinese words that every sentence cited holds (分区域搞的那些电商推广: 分区域地开展电子商务推广应用), or one
    English qualifier that does: the question says what its source says; never a name's words."""
    if left and all(_cjk(w) and len(w) >= 2 and _in_every_sentence(ctx, w) for w in left):
        return True
    if _two_words_of_a_figure(ctx, left):
        return all(_in_every_cited(ctx, w) for w in left)  # ppl who grow + sell seedlings online: the sentence's words
    return len(left) == 1 and _in_every_cited(ctx, left[0])


def _in_every_sentence(ctx, w: str) -> bool:
    evidence = [str(e) for e in ctx.ans.evidence]
    return bool(evidence) and all(w in e for e in evidence)


def _two_words_of_a_figure(ctx, left: list[str]) -> bool:
    return ctx.ans.intent == "figure" and len(left) == 2 and all(len(w) >= 5 for w in left)


def _in_every_cited(ctx, w: str) -> bool:
    """An English word every sentence the answer cites says of what it states (in rural Guangxi: the outlets'
    sentence is about the rural e-commerce system); a sentence without it leaves the word unexplained. Only a lone
    word: several unknown words are a name not recognised (approving … pilot zones), not a qualifier."""
    evidence = [str(e) for e in ctx.ans.evidence] if len(w) >= 4 and not _cjk(w) else []
    forms = "|".join(map(re.escape, _forms(w.lower())))  # locally built: built by local enterprises
    return bool(evidence) and all(re.search(rf"\b(?:{forms})\b", e, re.I) for e in evidence)


def _forms(w: str) -> list[str]:
    """The word, and it without an adverb's -ly or a plural's -s (locally: local), when four letters are left."""
    return [w] + [w[:-len(end)] for end in ("ly", "s") if w.endswith(end) and len(w) - len(end) >= 4]


def _describes_as_cited(ctx, w: str) -> bool:
    """A Chinese word before the one thing named, in the sentence the answer cites: it describes that thing as its
    source does (本土企业开发的那个…平台: 本土企业开发建设的…平台)."""
    named = [n for n in ctx.q.names if n.iri != GUANGXI]
    before = len(named) == 1 and 0 <= ctx.q.text.find(w) < named[0].start
    return before and len(w) >= 2 and _cjk(w) and any(w in str(e) for e in ctx.ans.evidence)


def _neighbour_words(kg, ctx, words: list[str]) -> set[str]:
    """English words before the one thing named, or in brackets after it, that name a thing tied to it (Seedling
    e-commerce village Hantang: Hantang fruit seedlings is Hantang's): they describe it as the graph does."""
    named = [n for n in ctx.q.names if n.iri != GUANGXI]
    before = [w for w in words if len(named) == 1 and _latin_before(ctx.q.text, w, named[0].start)]
    if not before or asks_yes_no(ctx.q):  # did the commerce department host the forum: a claim, never waived
        return set()
    labels = _neighbour_labels(kg, named[0].iri)
    return {w for w in before if re.search(rf"\b{re.escape(w.lower().rstrip('s'))}s?\b", labels)}


def _neighbour_labels(kg, iri: str) -> str:
    """The English labels of the things (no bodies: an organiser is a party, never a description) tied to iri."""
    return " ".join(kg.label(o, "en").lower() for _, o, _ in kg.adjacent_many([iri]).get(iri, []) if not kg.is_a(o, GXO + "Organization"))


def _latin_before(text: str, w: str, start: int) -> bool:
    """An English word of four letters or more said before `start`, and not the thing asked (What targets …)."""
    asked = re.search(rf"\b(?:what|which|how many|how much)\s+(?:\w+\s+)?{re.escape(w)}\b", text, re.I)
    at = text.lower().find(w.lower())
    return len(w) >= 4 and not _cjk(w) and not asked and (0 <= at < start or _in_brackets_after(text, at))


def _in_brackets_after(text: str, at: int) -> bool:
    """The word is inside brackets (Hantang village (seedling e-commerce)): an aside on the name before them."""
    return at > 0 and re.search(r"\([^()]*$", text[:at]) is not None and ")" in text[at:]


def _cjk(s: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in s)


# kinds of question that an answer must have used when asked (never a list in place of the most policies)
MUST_USE = ("most", "least", "less", "compare", "growth", "share", "source", "verify", "derive", "whole", "exact", "within",
            "total", "mean", "per", "monthly", "full_year", "unit", "days", "distance", "negation",
            "rename", "north", "south", "east", "west", "geo", "coordinate", "described", "cause", "part_year", "fraction", "unstated", "sequential", "time_of_day",
            "exclusive", "channel", "batch", "range", "national", "home", "name_has", "article_time", "first_in_time", "time_order", "weekday", "side_of", "offered", "same_time", "dated", "code", "old_code", "full_code", "pinyin", "english_name", "chinese_name",
            "level", "ethnic", "contents_from", "latest", "earliest", "alias")


def _besides_held(ctx) -> list[str]:
    """The things left out that the answer may still hold: all of them, unless the answer is the things related to
    a name, each one shown, none of them one left out nor lying in one (outside Guangxi: Jiangxi, Sichuan, Hunan)."""
    shown = [a.get("iri") for a in ctx.ans.answers]
    if ctx.ans.intent not in ("relation", "where") or not all(shown):
        return list(ctx.q.besides)
    return [b for b in ctx.q.besides if any(b in {x} | _ancestor_set(ctx, x, beside=True) for x in shown)]


def _unused(kg, ctx) -> list[str]:
    """The parts of the question the answer did not use: names, years, relations, indicators, kinds asked."""
    parts = _parts_asked(kg, ctx)
    if ctx.ans.intent in ("relation", "about", "figure"):  # no answer to a kind asked (Guilin's districts)
        parts["classes"] = _kinds_not_shown(kg, ctx)
    parts["besides"] = [ctx.label(i) for i in _besides_held(ctx)]  # 除了南宁: never an answer still holding what was left out
    if "years" not in ctx.used and _years_of_the_event(ctx):
        ctx.use("years")
    out = [w for part, words in parts.items() if part not in ctx.used for w in words]
    return out + _kinds_unused(kg, ctx) + _threshold_unused(ctx) + _narrowing_unmet(kg, ctx) + _what_it_is_unsaid(ctx) + _quote_unused(ctx) \
        + _years_unanswered(ctx) + _varieties_unheld(ctx) + _time_order_unused(ctx)


# which was issued (held) first or last: an order in time of the things asked
TIME_ORDER_ASKED = lazyre.compile(r"最早|最晚|最先|最后一个|\b(?:earliest|latest|most recently|soonest)\b|"
                                  r"\b(?:was|were|got|came|happened|held|issued|published|released|launched|introduced|adopted)\s+(?:\w+\s+)?(?:first|last)\b", re.I)


def _time_order_unused(ctx) -> list[str]:
    """哪个政策最早发布, which event was held first: the things asked in order of time, which a list of them (with
    who issued each) does not answer."""
    if ctx.ans.intent not in ("list", "relation", "who", "about") or {"latest", "earliest"} & ctx.used:
        return []
    m = TIME_ORDER_ASKED.search(ctx.q.text)
    return [m.group(0).split()[-1]] if m else []  # was issued first: first


def _years_of_the_event(ctx) -> bool:
    """18年那场论坛, the September 2018 forum: every year asked is the date of an event named with it before its name,
    so it says which event is meant and is used (another year's edition is not held: still unused)."""
    dates = _dates_of_events_named(ctx) if ctx.q.years else []
    return bool(dates) and all(any(d.startswith(y) for d in dates) for y in ctx.q.years)


def _dates_of_events_named(ctx) -> list[str]:
    """The dates of the events named with a year before them."""
    from .intents import query

    return [str(r["d"].value) for e in _editions_named(ctx) for r in ctx.run(query("dates"), {"e": [_node(e)]})]


def _editions_named(ctx) -> list[str]:
    """The events named with a year before them (18年那场论坛)."""
    from .intents import EDITION_BEFORE

    return [n.iri for n in ctx.q.names if ctx.is_a(n.iri, "Event") and EDITION_BEFORE.search(ctx.q.text[:n.start])]


def _varieties_unheld(ctx) -> list[str]:
    """百色芒果有哪几个品种, the varieties of Baise mango: cultivars of one product, which no fact gives; what is known
    of the product never answers them (the members of a group named are listed by another reading)."""
    from .intents import _group_members

    m = VARIETIES.search(ctx.q.text)
    if not m or ctx.ans.intent not in ("about", "relation", "figure", "where"):
        return []
    return [] if _group_members(ctx, [n.iri for n in ctx.q.names][:1]) else [m.group(0)]  # 广西米粉包括哪些品种: its members


VARIETIES = lazyre.compile(r"品种|\b(?:varieties|variety|cultivars?|strains?|breeds?)\b", re.I)


def _years_unanswered(ctx) -> list[str]:
    """2017年同比增长28.8%，那2015年的交易额是多少: figures shown, and a year asked that none of them (nor anything
    worked out) is of: that year was not answered, never left out in silence."""
    if not _figures_shown_plain(ctx):
        return []
    said = _text_shown(ctx)
    written = [y for y in ctx.q.years if y in ctx.q.text]  # never a year a range spans (2013到2017: 2014 is no year asked)
    return [y for y in written if y not in said and not min(written) < y < max(written)]


def _figures_shown_plain(ctx) -> bool:
    """Figures shown by the figure or growth reading, or sources by the source reading (what the article reported for
    2019: none of its sentences is of that year), no yes or no asked."""
    if ctx.ans.intent == "source":
        return "yesno" not in ctx.q.cues and bool(ctx.ans.evidence)
    return ctx.ans.intent in ("figure", "growth") and "yesno" not in ctx.q.cues and any(a.get("period") for a in ctx.ans.answers)


def _text_shown(ctx) -> str:
    """Everything the answer shows: its labels and periods, notes and quoted sentences."""
    return " ".join(f"{a.get('label') or ''} {a.get('period') or ''}" for a in ctx.ans.answers) + " ".join(ctx.ans.notes) \
        + " ".join(str(e) for e in ctx.ans.evidence)


def _quote_unused(ctx) -> list[str]:
    """哪句原文提到了“好山好水出好物”？涉及哪些产品: a quoted claim whose sentence is asked, answered by no source:
    the answer never rests on it (the products of every model are not those of that sentence)."""
    q = ctx.q
    return [f"“{q.quoted}”"] if q.quoted and "source" in q.words and ctx.ans.intent != "source" else []


def _what_it_is_unsaid(ctx) -> list[str]:
    """淘宝村是什么？哪个村有这个称号: a sentence of its own asks what a thing is, and the answer (which village) does
    not say it: that part is unused (each sentence is then asked alone)."""
    from .intents import what_is_asked

    q = ctx.q
    if not ({"about"} & q.cues - ctx.used) or ctx.ans.intent == "about":
        return []
    sentences = _sentences(q.text)
    asked = len(sentences) > 1 and any(what_is_asked(x, q.names) for x in sentences)
    return [q.words.get("about", "")] if asked else []


def _narrowing_unmet(kg, ctx) -> list[str]:
    """哪种茶卖得最好: a class word narrower than its class (茶, festivals) that no thing answered is named by (南宁香蕉
    is no tea): the word was dropped, never an answer of the whole class."""
    from .lexicon import CLASS_NAME_FILTER

    return [w for w, c in ctx.q.kinds if w.lower() in CLASS_NAME_FILTER and _none_named(kg, ctx, c, CLASS_NAME_FILTER[w.lower()])]


def _none_named(kg, ctx, cls: str, part: str) -> bool:
    """Things of the class are answered, and no name of theirs holds part."""
    iris = [a["iri"] for a in ctx.ans.answers if a.get("iri") and ctx.is_a(a["iri"], cls)]
    return bool(iris) and not any(part in ((kg.label(i, "zh") or "") + (kg.label(i, "en") or "")).lower() for i in iris)


def _parts_asked(kg, ctx) -> dict:
    """The words of each part of the question an answer must use; Guangxi, the graph's own scope, may be named as
    context without being a condition."""
    q = ctx.q
    return {"names": [n.text for n in q.names if n.iri != GUANGXI], "years": q.years,
            "relations": [q.words.get(r, r) for r in q.relations],
            "indicators": [q.words.get(i.rsplit("/", 1)[-1], kg.label(i, ctx.lang)) for i in q.indicators if i not in q.soft]}


def _threshold_unused(ctx) -> list[str]:
    """A number a yes/no question sets a figure against (more than 50 yuan a jin) that the answer did not use:
    never a comparison of other figures in its place."""
    from .intents import _threshold, _threshold_asked, bound_said

    q = ctx.q
    if "threshold" in ctx.used:
        return []
    limit = _threshold(q) if _threshold_asked(q) else None
    if limit:
        return [f"{limit[0]:g}"]
    bound = bound_said(q.text)  # 销售额超过30亿的产品有几个: never all of them
    return [bound] if bound and not _bound_of_the_figure(ctx, bound) else []


def _bound_of_the_figure(ctx, bound: str) -> bool:
    """柳州螺蛳粉销售额突破30亿是哪一年: the bound is the figure's own as stated (突破 … (30亿元)), which names the
    figure, no condition on it."""
    number = re.search(r"\d+(?:\.\d+)?", bound)
    said = (f"({number.group(0)}", bound[:number.start()].strip()) if number else ("\x00",)
    return any(a.get("value") and all(w in a["label"] for w in said) for a in ctx.ans.answers)


def _kinds_not_shown(kg, ctx) -> list[str]:
    """The class words that say what no named thing and no answer is, nor name a figure shown (Qinzhou villages:
    none of its facts is one; how many platforms: not Guangxi's service stations; demonstration counties: the
    figure's own name)."""
    iris = [n.iri for n in ctx.q.names] + [a["iri"] for a in ctx.ans.answers if a.get("iri")]
    shown = _shown_names(kg, ctx)
    return [w for w, c in ctx.q.kinds if not any_of_class(ctx, iris, c) and w.lower() not in shown]


def _kinds_unused(kg, ctx) -> list[str]:
    """The kinds of question asked that the answer did not use (unless a figure it shows is named by the word)."""
    q, shown = ctx.q, _shown_names(kg, ctx)
    if {GXO + u for u in q.units} & {a.get("unit") for a in ctx.ans.answers}:
        ctx.use("unit")  # how many square metres per merchant: the answer is in the unit asked
    counted = ["count"] if ctx.ans.intent in FACT_INTENTS + ("list",) else []  # how many counties JD covers: never its facts
    return [q.words.get(c, c) for c in MUST_USE + tuple(counted) if c in q.cues and c not in ctx.used and
            q.words.get(c, c).lower() not in shown]


# intents that answer with facts, not numbers: a "how many" they leave unanswered refuses the question
FACT_INTENTS = ("relation", "about", "between")


def _refuse(kg, ans: Answer, q, suggest: bool, deadline: tuple | None = None) -> Answer:
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
        if ask(kg, c, lang, _suggest=False, _deadline=deadline).answers:
            ans.suggestion = msg("try", lang, question=c) + _search_hint(q, lang)
            break
    return ans


def _search_hint(q, lang: str) -> str:
    """The words nothing explained, to look up as a name (a name the question misspelt is found by search); none when
    every word was placed: searching the whole question finds nothing."""
    words = [w for w in (q.unknown if q is not None else []) if w.strip()]
    return msg("search", lang, q=shlex.quote(" ".join(words[:3]))) if words else ""


# questions answered through other questions: a restatement, a thing named through another, a second sentence
# about the first's answers or about the things it named
JOINED = lazyre.compile(r"^\s*(?:和|与|跟|及|以及|、|同|and|&)\s*$", re.I)
BOTH_WORDS = lazyre.compile(r"^(?P<lead>.*?)\b(?:both|all)\s+(?=\S)|(?<=[\u4e00-\u9fff])(?:都|均|全都|也都)(?=[\u4e00-\u9fff])", re.I)


def _both_of_them(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """阿里巴巴和京东都在广西开展农村电商业务吗: a yes or no of two things joined, with something else they are set
    against (a place, a kind): each asked on its own; yes when both are, no when either is not, else refused."""
    pair = _joined_pair(q)
    if pair is None:
        return None
    parts = [ask(kg, text, ans.language, _suggest=False, _deadline=deadline, _depth=depth + 1) for text in _each_alone(q, pair)]
    said = [_yes_or_no(p, ans.language) for p in parts]
    if None in said:  # never one set against the other in its place
        _recognised(kg, q, ans)
        ans.unrecognised.append(msg("each_unanswered", ans.language, names=msg("sep", ans.language).join(n.text for n in pair)))
        return _refuse(kg, ans, q, suggest, deadline)
    return _both_said(parts, ans, "yes" if said == ["yes", "yes"] else "no")


def _both_said(parts: list[Answer], ans: Answer, verdict: str) -> Answer:
    """The verdict, then each part's answer indented, with both parts' evidence."""
    rows = [dict(a, label="  " + a["label"]) for p in parts for a in p.answers]
    both = parts[0]
    _merge(both, parts[1])
    both.question, both.intent = ans.question, "yesno/each"
    both.answers = [{"label": msg(verdict, ans.language), "iri": None, "value": None, "unit": None, "period": None}] + rows
    return both


def _yes_or_no(a: Answer, lang: str) -> str | None:
    """"yes" or "no" as the answer's first row says, or None."""
    first = a.answers[0]["label"] if a.answers else ""
    return next((k for k in ("yes", "no") if first.startswith(msg(k, lang))), None)


def _joined_pair(q):
    """The two names joined by and in a yes or no question that names or asks something more (a place, a kind)."""
    from .intents import SAME_KIND

    if "yesno" not in q.cues or len(q.names) < 2 or not (len(q.names) > 2 or q.classes) or SAME_KIND.search(q.text) or \
            "compare" in q.cues:
        return None  # 是同一类产品吗: whether the two share a kind, never each a product; 一样多吗: set against each other
    return next(((a, b) for a, b in zip(q.names, q.names[1:]) if JOINED.match(q.text[a.end:b.start])), None)


def _each_alone(q, pair) -> list[str]:
    """The question about each of the two: the other and the word joining them left out (and 都 / both)."""
    a, b = pair
    text = BOTH_WORDS.sub(lambda m: m.group("lead") or "", q.text)
    shift = len(q.text) - len(text)
    cut = lambda t, s, e: t[:s] + t[e:]  # noqa: E731
    if shift and text.find(a.text) != a.start:  # "both" before the names: positions moved
        return [text.replace(q.text[a.end:b.end], "", 1), text.replace(q.text[a.start:b.start], "", 1)]
    return [cut(text, a.end, b.end), cut(text, a.start, b.start)]


WHAT_ABOUT = lazyre.compile(r"^(?P<first>.+?[？?])\s*(?:那|那么)?(?P<y>[^？?，,。]{1,24}?)呢\s*[？?]?\s*$|"
                            r"^(?P<first2>.+?\?)\s*(?:and\s+)?(?:what|how)\s+about\s+(?P<y2>[^?]{1,40}?)\s*\?*\s*$|"
                            r"^(?P<first3>.+?\?)\s*and\s+(?P<y3>[^?]{1,40}?)\s*\?\s*$", re.I)


def _what_about(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """京东入桂发展了吗？谷歌呢？ / …? What about SAP?: the first question answered, then the same of the one thing
    the follow-up names in place of the first question's one name of its kind; both answers, each said whose."""
    m = WHAT_ABOUT.match(q.text)
    first, y = _first_and_follow_up(m) if m else (None, None)
    swap, other = _swapped(kg, first, y) if first else (None, None)
    if swap is None:
        return None
    parts = [ask(kg, t, ans.language, _suggest=False, _deadline=deadline, _depth=depth + 1)
             for t in (first, first[:swap.start] + other.names[0].text + first[swap.end:])]
    if any(p.refused for p in parts):  # never the two set against each other in its place
        _recognised(kg, q, ans)
        ans.unrecognised.append(msg("each_unanswered", ans.language, names=msg("sep", ans.language).join((swap.text, y))))
        return _refuse(kg, ans, q, suggest, deadline)
    return _each_said(kg, parts, ans, [swap.iri, other.names[0].iri])


def _first_and_follow_up(m) -> tuple[str, str]:
    return next(g for g in (m.group("first"), m.group("first2"), m.group("first3")) if g), \
        next(g for g in (m.group("y"), m.group("y2"), m.group("y3")) if g)


def _swapped(kg, first: str, y: str):
    """(the first question's name the follow-up's one name stands in for, that name's parse), or (None, None)."""
    one, other = parse(kg, first), parse(kg, y)
    if len(other.names) != 1 or other.unknown:
        return None, None
    swap = next((n for n in one.names if _same_kind(kg, n.iri, other.names[0].iri)), None)
    return swap, other


def _same_kind(kg, a: str, b: str) -> bool:
    """a and b are of one kind, or one's kind holds the other's (a platform and an organisation)."""
    return any(kg.is_a(a, t) for t in kg.types(b)) or any(kg.is_a(b, t) for t in kg.types(a))


def _each_said(kg, parts: list[Answer], ans: Answer, things: list[str], verdict: str | None = None) -> Answer:
    """Each part's answers under the thing it is about (its first answer only under a verdict), the verdict first."""
    rows = [dict(a, label=f"{kg.label(t, ans.language)}: {a['label']}") for p, t in zip(parts, things)
            for a in p.answers[:1 if verdict else None]]
    both = parts[0]
    _merge(both, parts[1])
    both.question, both.intent, both.answers = ans.question, "each/" + (parts[0].intent or ""), _verdict_row(ans, verdict) + rows
    return both


def _verdict_row(ans: Answer, verdict: str | None) -> list[dict]:
    return [{"label": msg(verdict, ans.language), "iri": None, "value": None, "unit": None, "period": None}] if verdict else []


SAME_PLACE = lazyre.compile(r"同一个?|同一|\bthe same\b|\bsame (?=prefecture|city|county)", re.I)


def _same_place(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """凭祥和宁明在同一个地级市吗, are A and B in the same prefecture: where each lies at that level, asked of each,
    then yes when it is one place (never whether each is a prefecture)."""
    word = _same_level_asked(q)
    if word is None:
        return None
    parts = [ask(kg, t, ans.language, _suggest=False, _deadline=deadline, _depth=depth + 1) for t in _where_each(q, word, ans.language)]
    if not all(p.answers for p in parts):
        return None
    same = len({p.answers[0].get("iri") for p in parts}) == 1
    return _each_said(kg, parts, ans, [n.iri for n in q.names], verdict="yes" if same else "no")


def _where_each(q, word: str, lang: str) -> list[str]:
    return [f"{n.text}属于哪个{word}？" if lang == "zh" else f"Which {word} is {n.text} in?" for n in q.names]


def _same_level_asked(q) -> str | None:
    """The level's word when two names are asked to lie in the same place of it (同一个地级市, the same prefecture)."""
    from .intents import PLACE_CLASSES

    kinds = [w for w, c in q.kinds if c in PLACE_CLASSES]
    ok = "yesno" in q.cues and len(q.names) >= 2 and len(kinds) == 1  # two or more: 福绵区、玉州区和北流市都在同一个地级市吗
    ok = ok and "compare" not in q.cues  # the same number of counties: their counts set against each other
    return kinds[0] if ok and SAME_PLACE.search(q.text) else None


TWO_QUESTIONS = lazyre.compile(r"^(?P<first>[^？?]+[？?])\s*(?P<second>[^？?]*[\u4e00-\u9fff][^？?]*[？?]?)\s*$")


ASKS = lazyre.compile(r"哪|什么|啥|几|多少|谁|何")
POINTS_BACK = lazyre.compile(r"它|其|该|这个|那个|他们")


def _a_question_of_its_own(text: str) -> bool:
    """它 points back (the pronoun reading takes it); 区不算, 列一下 add to the first question, asking nothing."""
    return ASKS.search(text) is not None and POINTS_BACK.search(text) is None


def _asks_a_relation(second) -> bool:
    """No name of its own, a relation asked (采用了什么模式, 在哪个镇), nothing of a date or a rename."""
    return not second.names and bool(second.relations or "where" in second.cues) and not second.cues & {"when", "rename"}


def _no_subject_part(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """融安县属于哪个市？采用了什么模式？ 汉塘村是什么称号？它在哪个镇？: a second question with no name of its own,
    or one opening with 它/该村, is about the first one's one name; both answered, their evidence and sources
    together. When either is refused, nothing: the question is read whole."""
    from .intents import ASKED_THEN_THAT

    if ASKED_THEN_THAT.search(q.text):
        return None  # 属于哪个市？这个市下面…: that city is the first one's answer, not its name
    m = TWO_QUESTIONS.match(q.text)
    second = _second_of_the_name(kg, m) if m else _it_replaced(kg, TWO_WHOLE.match(q.text))
    if second is None or _each_after_a_mark(q.text.rstrip("？?"), ans.language == "zh"):  # 分别属于哪个市: of each thing listed
        return None
    m = m or TWO_WHOLE.match(q.text)
    one = ask(kg, m.group("first"), ans.language, _suggest=False, _deadline=deadline, _depth=depth + 1)
    two = ask(kg, second, ans.language, _suggest=False, _deadline=deadline, _depth=depth + 1)
    if one.refused or two.refused:
        return None
    _merge(one, two)
    one.question = ans.question
    return one


# a second question opening with a word for the first one's thing (它在哪个镇, 该村属于哪个镇, 其发布机关是谁)
IT_OPENS = lazyre.compile(r"^\s*(?:那么?)?(?:它(?!们)|其(?![中他余实次它])|该(?:村|镇|乡|县|市|地|产品|平台|文件|批复|政策|规划|项目|活动|论坛|企业|公司)?|"
                          r"这个(?:地方)?(?!产业|行业)|那个(?:地方)?(?!产业|行业))")  # 这个产业: the industry answered, not the name


IT_EN = lazyre.compile(r"\b(?:it|its|this one|that one)\b", re.I)


def _it_replaced(kg, m) -> str | None:
    """Which prefecture is Rong'an in? What model did it adopt?: the second question's "it" (its) is the first's one
    name."""
    it = IT_EN.search(m.group("second")) if m else None
    first = parse(kg, m.group("first")) if it else None
    if not (first and len(first.names) == 1) or parse(kg, m.group("second")).names:
        return None
    name = first.names[0].text + ("'s" if it.group(0).lower() == "its" else "")
    return m.group("second")[:it.start()] + name + m.group("second")[it.end():]


def _second_of_the_name(kg, m) -> str | None:
    """The second question asked of the first one's one name (its 它 replaced by the name, or the name put
    before it), or None when it is not about that name."""
    second, it = m.group("second"), IT_OPENS.match(m.group("second"))
    if not (it or _a_question_of_its_own(second)):
        return None
    first = parse(kg, m.group("first"))
    if len(first.names) != 1:
        return None
    if it:
        return _it_named(m.group("first"), first) + second[it.end():] if ASKS.search(second) else None
    return first.names[0].text + second if _asks_a_relation(parse(kg, second)) else None


def _it_named(first_text: str, first) -> str:
    """What 它 stands for: the document titled (发布《…批复》的机关是哪个？它是哪个月发布的), else the one name."""
    title = re.search(r"《[^》]+》", first_text)
    return title.group(0) if title else first.names[0].text


# two questions, each ending in its question mark (…比重是多少？全国一共有多少店铺？ / What share …? How many …?)
TWO_WHOLE = lazyre.compile(r"^(?P<first>[^？?]{4,}[？?])\s*(?P<second>[^？?]{4,}[？?])\s*$")


def _own_subject(q) -> bool:
    """A question with a subject of its own: a name, or the country (全国一共有多少店铺)."""
    return bool(q.names) or "national" in q.cues


def _answered_whole(a: Answer) -> bool:
    """Answered, with no part said to be left unanswered."""
    missing = msg("part_missing", a.language, part="")
    return not a.refused and not any(n.startswith(missing) for n in a.notes)


def _two_questions(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """广西个人网店占全国的比重是多少？全国一共有多少店铺？: two questions, the second with a subject of its own (a
    name, or the country), each answered alone and both given; None when either is refused or leaves a part out."""
    m = TWO_WHOLE.match(q.text)
    if not (m and _own_subject(parse(kg, m.group("second")))):
        return None
    return _answered_together(kg, [m.group("first"), m.group("second")], ans, deadline, depth)


def _answered_together(kg, texts: list[str], ans: Answer, deadline, depth: int, said: bool = False) -> Answer | None:
    """Questions each asked alone and given as one answer to the question asked (with said, each part's answers
    noted with it); None when any is refused or leaves a part out."""
    parts = [ask(kg, t, ans.language, _suggest=False, _deadline=deadline, _depth=depth + 1) for t in texts]
    if not all(map(_answered_whole, parts)):
        return None
    if said:
        _each_part_said(texts, parts, ans.language, always=True)
    for part in parts[1:]:
        _merge(parts[0], part)
    parts[0].question = ans.question
    return parts[0]


# clauses of one sentence, each asking its own thing (钦州中心开了几家店，业务到了哪几个省 / Which prefecture is
# Fengshan in, and what's its code?): split at a comma, or at "and" before a question word
CLAUSE_ZH = lazyre.compile(r"[，,；;]\s*")
PREP_CLAUSE = r"(?:on|in|at|by|for|from|to|since|until)\s+(?=wh\w*\b[^,;?]*\b(?:it|its|they|their)\b)"  # …, and on what date is it held
CLAUSE_EN = lazyre.compile(r"\s*[,;—–]\s*(?:and\s+|but\s+)?(?=(?:" + PREP_CLAUSE + r")?"
                           r"(?:what|what's|which|who|whom|whose|when|where|how|is|are|does|do|did|its)\b)|"
                           r"\s+and\s+(?=(?:" + PREP_CLAUSE + r")?(?:what|what's|which|who|whom|whose|when|where|how)\b)", re.I)
INNER_QUESTION_MARK = lazyre.compile(r"\s*[？?]\s*(?=\S)")  # a question that goes on after its question mark: a clause
ASKS_ZH = lazyre.compile(r"(?<![那这])(?:哪|什么|啥|(?<![十百千\d])几|多少|谁|何|怎么|怎样|如何)|(?:是|呢)\s*$")  # 桂茶那几种茶, 收入十几万: no question of its own
ASKS_EN = lazyre.compile(r"\b(?:what|what's|which|who|when|where|how|is|are|does|do|did|list|name)\b", re.I)
ITS_EN = lazyre.compile(r"\b(?:its|it|there)\b", re.I)


def _clauses(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """Clauses of one sentence that each ask their own thing, about the first clause's one name when they name
    none (its, 它, or no subject): each answered alone and all given; a clause that cannot be answered is said
    to be left out (never dropped in silence). None when there are no such clauses or none is answered."""
    text = q.text.rstrip("？?。. ")
    if len(q.indicators) >= 2 or _each_after_a_mark(text, ans.language == "zh"):  # 交易额达到多少？占进出口总额多少？,
        text = INNER_QUESTION_MARK.sub("，" if ans.language == "zh" else ",", text)  # 有哪些县级市？分别属于哪个市？
    texts = _clause_questions(kg, text, ans.language)
    parts = _clauses_asked(kg, texts, ans.language, deadline, depth)
    for k, t in enumerate(texts[1:], 1):  # 个人网店有多少家，占全国比重多少: of the first clause's topic, not its name
        topic = _topic_of(texts[0], t, q.names[0].text if q.names else "") if parts[k].refused else None
        parts[k] = ask(kg, topic, ans.language, _suggest=False, _deadline=deadline, _depth=depth + 1) if topic else parts[k]
    _refused_with_what_it_refers_to(text, parts)
    if _only_a_lead_answered(texts, parts):  # The city where the forum is held — which centre is there: never the city
        return None
    _each_part_said(texts, parts, ans.language)
    return _parts_given(texts, parts, ans)


# a clause about the figure a clause before it asked (这个数据出自哪篇文章, where is that number from)
THAT_FIGURE = lazyre.compile(r"(?<=[，,;；])\s*(?:那|而)?(?:这个|那个|这|那|该|此|这些|那些)(?:个)?(?:数据|数字|数|统计|说法)|"
                             r"\b(?:this|that|these|those|the) (?:figure|number|data|datum|statistic|stat|claim)s?\b", re.I)


def _only_a_lead_answered(texts: list[str], parts: list[Answer]) -> bool:
    """The first clause only names a thing (the city where the forum is held, no question word) and a clause that
    asks is refused: what was asked is not answered."""
    return len(parts) > 1 and parts[0].intent == "chain" and not ASKING_IN_PHRASE.search(texts[0]) and any(p.refused for p in parts[1:])


def _refused_with_what_it_refers_to(text: str, parts: list[Answer]) -> None:
    """2019年螺蛳粉线上卖了多少，这个数据出自哪篇文章: the source of a figure the graph does not hold is not held
    either; the clauses after the first refer to its figure and are refused with it, never the article of others."""
    said = THAT_FIGURE.search(text, 1)
    if parts and parts[0].refused and said and re.search(r"[，,;；]", text[:said.start()]):
        parts[1:] = [parts[0]] * (len(parts) - 1)


def _parts_given(texts: list[str], parts: list[Answer], ans: Answer) -> Answer | None:
    """The parts answered given as one answer to the question asked, each part not answered said to be left
    out; None when none is answered."""
    answered = [p for p in parts if not p.refused]
    if not answered:
        return None
    first = answered[0]
    for p in answered[1:]:
        _merge(first, p)
    first.notes += [msg("part_missing", ans.language, part=t) for t, p in zip(texts, parts) if p.refused]
    first.question = ans.question
    return first


def _clauses_asked(kg, texts: list[str], lang: str, deadline, depth: int) -> list[Answer]:
    """Each clause asked alone, in order; one about the first clause's answer (that prefecture) asked of it (texts
    are rewritten in place), or left unanswered when that answer is not one thing."""
    parts: list[Answer] = []
    for k, t in enumerate(texts):
        if t.startswith(OF_EACH):
            texts[k] = t[1:]
            parts.append(_asked_of_each(kg, texts[k], parts[0], lang, deadline, depth))
            continue
        resolved = _of_the_answer(t, _last_thing_answered(parts)) if t.startswith(OF_ANSWER) else t
        resolved = _others_than_the_first(resolved, parts)
        texts[k] = resolved or t.lstrip(OF_ANSWER)
        parts.append(ask(kg, resolved, lang, _suggest=False, _deadline=deadline, _depth=depth + 1) if resolved else Answer(texts[k], lang))
    return parts


def _others_than_the_first(clause: str | None, parts: list[Answer]) -> str | None:
    """这个产业里另外还有几种茶, after 防城港金花茶属于哪个产业: the others are besides the one name of the clause
    whose answer it asks about."""
    from .parse import OTHERS

    named = _names_of_the_answered(parts) if clause and OTHERS.search(clause) else []
    if len(named) != 1 or named[0] in clause:
        return clause
    return f"除了{named[0]}，{clause}" if _cjk(clause) else f"{clause.rstrip('?')} other than {named[0]}?"


def _names_of_the_answered(parts: list[Answer]) -> list[str]:
    """The names the clause whose one thing was answered was asked of."""
    return [e["text"] for e in _last_thing_answered(parts).entities] if parts else []


OF_ANSWER = "\x00"  # a clause about the first clause's answer (that prefecture), resolved once it is answered
OF_EACH = "\x01"  # a clause asked of each thing the first clause lists (and which prefecture is each in)
EACH_EN = lazyre.compile(r"\b(?:each(?: of them| one)?|they|them)\b", re.I)
EACH_OPENS_ZH = lazyre.compile(r"^(?:它们|这些|那些|每一?[份个家项种条座])?(?:各自|分别|各)")
EACH_IN_ZH = lazyre.compile(r"^(?:它们|这些|那些|每一?[份个家项种条座])?(?:各自|分别|各)|分别|各自|各(?=是|为|有|属|在)")
MAX_EACH = 30  # the things a clause is asked of, one by one


def _each_after_a_mark(text: str, zh: bool) -> bool:
    """A question mark, then a question asked of each thing before it (有哪些县级市？分别属于哪个市？)."""
    after = [text[m.end():] for m in INNER_QUESTION_MARK.finditer(text)]
    return any(EACH_OPENS_ZH.match(a) if zh else EACH_EN.search(a) for a in after)


def _of_each(clause: str, first, zh: bool) -> str | None:
    """A clause asking something of each thing the first clause lists or counts (and which prefecture is each in,
    各属于哪个市), marked to be asked of each; None otherwise."""
    listed = first.kinds and ({"list", "count"} & first.cues or re.search(r"哪几|哪些", first.text))  # 有哪几种茶: which kinds
    each = EACH_IN_ZH.search(clause) if zh else EACH_EN.search(clause)
    return OF_EACH + clause if listed and each else None


def _asked_of_each(kg, clause: str, first: Answer, lang: str, deadline, depth: int) -> Answer:
    """The clause asked of each thing the first clause answered, each thing's answer given after its name
    (富川瑶族自治县: 贺州市); refused (no answers) when any is refused or there are too many things."""
    out = Answer(clause, lang)
    things = _things_answered(first)
    if not things:
        return out
    answered = [(label, ask(kg, _each_named(clause, label, lang == "zh"), lang, _suggest=False, _deadline=deadline,
                            _depth=depth + 1)) for label in things]
    if not any(a.refused for _, a in answered):
        _each_given(out, answered)
    return out


def _things_answered(first: Answer) -> list[str]:
    """The labels of the things an answer gives, when there are some and not too many to ask of one by one."""
    things = [a["label"] for a in first.answers if a.get("iri")] or first.counted  # 有几个自治县？分别是什么民族的
    return things if len(things) <= MAX_EACH else []


def _each_given(out: Answer, answered: list[tuple[str, Answer]]) -> None:
    """Each thing's answers after its name, with their evidence and sources."""
    for label, a in answered:
        _merge(out, Answer(out.question, out.language, evidence=a.evidence, sources=a.sources))
        out.answers.append({"label": f"{label}: " + msg("sep", out.language).join(x["label"] for x in a.answers), "iri": None,
                            "value": None, "unit": None, "period": None})


def _each_named(clause: str, label: str, zh: bool) -> str:
    """The clause about one thing: 各属于哪个市 → 灵川县属于哪个市; which prefecture is each in → … is Lingchuan County in."""
    if zh:  # 各属于哪个市 → 灵川县属于哪个市; 代码分别是多少 → 灵川县的代码是多少
        return label + EACH_OPENS_ZH.sub("", clause) + "？" if EACH_OPENS_ZH.match(clause) else \
            f"{label}的{EACH_IN_ZH.sub('', clause, count=1)}？"
    return EACH_EN.sub(label, clause) + "?"
THAT_ZH = lazyre.compile(r"^(?:这个|那个|该|这|那)(?:地级市|城市|市|县|区|镇|乡|村|地方|产业|行业)")  # 这个市的区划代码: the answer's
THAT_ZH_ANYWHERE = lazyre.compile(THAT_ZH.pattern.removeprefix("^"))
THAT_EN = lazyre.compile(r"\b(?:that|this|the same) (?P<w>prefecture|city|county|district|place|province|platform|company|"
                         r"product|programme|program|event|policy|document)\b", re.I)


def _last_thing_answered(parts: list[Answer]) -> Answer:
    """The latest clause answered with one thing (代码多少？归哪个县？那个县又归哪个市: the county), else the first."""
    return next((p for p in reversed(parts) if _one_thing_answered(p)), parts[0])


def _one_thing_answered(p: Answer) -> bool:
    return not p.refused and len([a for a in p.answers if a.get("iri")]) == 1


def _of_the_answer(clause: str, first: Answer) -> str | None:
    """The clause with "that prefecture" (这个市) replaced by the one thing the first clause answered, or None."""
    if not _one_thing_answered(first):
        return None
    thing = next(a["label"] for a in first.answers if a.get("iri"))
    clause = clause.lstrip(OF_ANSWER)
    if not (THAT_EN.search(clause) or THAT_ZH.match(clause)):
        return _it_is_the_thing(clause, thing)  # and how many units does it have: it, that city; 它的拼音
    return THAT_EN.sub(thing, THAT_ZH.sub(thing, clause, count=1))


def _topic_of(first: str, clause: str, name: str) -> str | None:
    """A Chinese clause that had the name put before it, asked of the first clause's words before its question
    word instead (2017年广西个人网店 + 占全国比重多少), or None; in English, its "it" read as what the first clause
    asks the figure of (How much was Guangxi's trade in 2017 + what share … was it)."""
    if not _cjk(first):
        return _topic_of_en(first, clause, name)
    topic = _counted_topic(first) or re.split(r"(?:有|是|为|共有)?(?:多少|几|哪|什么)", first)[0]
    if not (name and clause.startswith(name) and _cjk(topic) and topic != name):
        return None
    return topic + clause[len(name):]


def _counted_topic(first: str) -> str:
    """2017年广西有多少个人网店: the things counted, with the words before (2017年广西个人网店), or ""."""
    counted = re.search(r"(?:有|共有)(?:多少|几)(?:个(?!人)|家|名|位|项|种|条)?(?=[\u4e00-\u9fff]+[？?]?$)", first)
    return first[:counted.start()] + first[counted.end():].rstrip("？?") if counted else ""


# the words that ask for a figure at the head of an English clause (How much was …, What were the …)
FIGURE_HEAD_EN = lazyre.compile(r"^\s*(?:how (?:much|big|large)|what)\s+(?:was|were|is|are)\s+(?:the\s+)?(?=\S)", re.I)


def _topic_of_en(first: str, clause: str, name: str) -> str | None:
    m = FIGURE_HEAD_EN.match(first)
    end = clause.rfind(name) if name else -1
    if not m or end < 0 or not clause[end + len(name):].strip(" ?.") == "":
        return None  # the name the clause's "it" was read as ends it (… was it?)
    return clause[:end] + first[m.end():].strip(" ?.,")


def _each_part_said(texts: list[str], parts: list[Answer], lang: str, always: bool = False) -> None:
    """Which answers are of which part, noted first in each part, when several parts answer and one of them
    lists several things (always: even when each gives one, as for each of two names)."""
    answered = [(t, p) for t, p in zip(texts, parts) if not p.refused]
    if len(answered) < 2 or not always and all(len(p.answers) < 2 for _, p in answered):
        return
    for t, p in answered:
        p.notes.insert(0, msg("part_answered", lang, part=t, answers=msg("sep", lang).join(a["label"] for a in p.answers)))


def _clause_questions(kg, text: str, lang: str) -> list[str]:
    """The clauses as questions of their own, each naming what it asks about; [] unless there are two or more,
    every one asks something, and they do not all ask the same (河池有几个县，几个区: one count of two kinds)."""
    zh = lang == "zh"
    clauses = _asking_clauses(text, zh)
    out = _clauses_read(kg, clauses, zh) if clauses else None
    if not out or None in out or len({_what_it_asks(parse(kg, c.lstrip(OF_ANSWER + OF_EACH))) for c in out}) < 2:
        return []
    return [c + ("？" if zh else "?") for c in out]


def _clauses_read(kg, clauses: list[str], zh: bool) -> list[str | None] | None:
    """Each clause as a question: of the first clause's one name, of each thing it lists, or, with no name and each
    asking a figure of its own, as it is; None when it is not clear what they are about."""
    first = parse(kg, clauses[0])
    if _members_asked_again(kg, first, clauses[1:]):
        return None  # 河池有几个自治县，分别是哪些: one question, the count shows its members
    eaches = [_of_each(c, first, zh) for c in clauses[1:]]
    if _one_asked_then_it(first, clauses[1:], zh):  # 图谱里唯一的乡级行政区是哪个，它的拼音是什么: of the one answered
        return [clauses[0]] + [OF_ANSWER + c for c in clauses[1:]]
    if len(first.names) == 1 or all(eaches):  # 名字里带川字的县有哪些，各属于哪个市: no name needed
        return [clauses[0]] + _later_clauses_read(kg, clauses, first, eaches, zh)
    return clauses if _figures_of_their_own(kg, clauses) else None


def _one_asked_then_it(first, later: list[str], zh: bool) -> bool:
    """A first clause that names nothing and asks which thing of a kind, then clauses about "it"."""
    opens = IT_OPENS.match if zh else ITS_EN.search
    return not first.names and bool(first.kinds) and all(opens(c) for c in later)


def _figures_of_their_own(kg, clauses: list[str]) -> bool:
    """What average growth does the article state, and what was the volume in Jan–Jul 2018: clauses that name
    nothing and each ask a figure of its own, each a question alone."""
    parsed = [parse(kg, c) for c in clauses]
    return all(p.indicators and not p.names for p in parsed) and len({tuple(p.indicators) for p in parsed}) == len(parsed)


def _later_clauses_read(kg, clauses: list[str], first, eaches: list, zh: bool) -> list[str | None]:
    """Each clause after the first as a question of its own: of each thing listed, among those, or of the name."""
    # which document …, and who issued it / 有多少个示范县，具体是哪些县: about the answer, not the name
    from .intents import DATASET_NAMED

    # … of the Guangxi divisions reference data, and what does the graph take from it: "it" is the data, not Guangxi
    of_name = "list" not in first.cues and not _asks_for_those(kg, clauses) and not DATASET_NAMED.search(clauses[0])
    of_name = of_name and not _one_member_asked(kg, first)  # 河池的仫佬族自治县叫什么？代码多少: the county's code
    out = [each or _among_those(kg, c, first, zh) or _clause_of_the_name(kg, c, first.names[0].text, zh, of_name)
           for c, each in zip(clauses[1:], eaches)]
    return _it_after_that(kg, clauses[1:], out) if not zh else out


def _it_after_that(kg, clauses: list[str], out: list) -> list:
    """…, what's that city's code, and how many units does it have: "it" after "that city" is that city too."""
    that = False
    for k, c in enumerate(clauses):
        if that and _it_alone(kg, c):
            out[k] = OF_ANSWER + c
        that = that or bool(THAT_EN.search(c))
    return out


def _it_alone(kg, clause: str) -> bool:
    """A clause that says "it" and names nothing (nor "that city")."""
    return bool(ITS_EN.search(clause)) and not THAT_EN.search(clause) and not parse(kg, clause).names


def _among_those(kg, clause: str, first, zh: bool) -> str | None:
    """河池有几个自治县，哪个最靠北: a clause asking "which" with no kind of its own asks among the things the first
    clause counts or lists (河池的自治县里哪个最靠北), never among every county; None otherwise."""
    if not (zh and first.kinds and {"count", "list"} & first.cues and re.match(r"\s*哪(?:个|些|一个|家|座)", clause)):
        return None
    return None if parse(kg, clause).kinds else f"{first.names[0].text}的{first.kinds[0][0]}里{clause}"


def _one_member_asked(kg, first) -> bool:
    """河池的仫佬族自治县叫什么: the first clause asks for a place of a finer level inside the one place it names; a
    later clause with no name of its own is about that place (never 融安县属于哪个市: a coarser one, the name's)."""
    from .parse import LEVEL_ORDER

    one = len(first.names) == 1 and len(first.kinds) == 1 and first.kinds[0][1] in LEVEL_ORDER
    own = [c for c in LEVEL_ORDER if kg.is_a(first.names[0].iri, GXO + c)] if one else []
    return bool(own) and LEVEL_ORDER.index(first.kinds[0][1]) < LEVEL_ORDER.index(own[0])


def _asks_for_those(kg, clauses: list[str]) -> bool:
    """有多少个示范县，具体是哪些县: a later clause asks for the things the first one counts or lists (its kind
    word is in the first clause), not for the first clause's name."""
    first = parse(kg, clauses[0]).outside_names()  # 中小企业 in the platform's name is no kind counted
    return any(w.strip("个些") and w.strip("个些").lower() in first for c in clauses[1:] for w, _ in parse(kg, c).kinds)


def _members_asked_again(kg, first, later: list[str]) -> bool:
    """A count or list of a kind, then clauses that only ask which they are."""
    return bool(first.kinds and first.cues & {"count", "list"}) and all(_bare_which(parse(kg, c)) for c in later)


def _bare_which(c) -> bool:
    """具体是哪些, which ones are they: a clause asking which, and nothing else (no name, kind, relation or figure)."""
    return c.cues - {"yesno"} == {"list"} and not (c.names or c.kinds or c.relations or c.indicators)


def _asking_clauses(text: str, zh: bool) -> list[str]:
    """The sentence's clauses when there are two or more and each asks something, else []."""
    clauses = _split_clauses(text, CLAUSE_ZH if zh else CLAUSE_EN, 1 if zh else 3)
    if zh and clauses and AMONG_ZH.search(clauses[0]):  # 河池的几个自治县里，哪个最靠北: where the question looks, not a question
        return []
    return clauses if len(clauses) > 1 and all(_clause_asks(c, zh) for c in clauses) else []


def _clause_asks(clause: str, zh: bool) -> bool:
    """A clause asks something: a question word, or (after the first) a thing of the name's (and its level)."""
    return bool((ASKS_ZH if zh else ASKS_EN).search(clause) or (ITS_THING_ZH if zh else ITS_THING_EN).match(clause))


ITS_THING_EN = lazyre.compile(r"(?:and\s+|plus\s+|as well as\s+)?its\s+\w", re.I)  # …, and its administrative level
ITS_THING_ZH = lazyre.compile(r"(?:以及|还有|和|及)?(?:它|其)的?\w")  # …，以及它的行政级别


AMONG_ZH = lazyre.compile(r"(?:里|中|当中|之中|里面|里头)$")


def _what_it_asks(q) -> tuple:
    """What a clause asks, apart from its names and kinds: its cues, relations and indicators."""
    return frozenset(q.cues - {"yesno"}), tuple(q.relations), tuple(q.indicators)


def _split_clauses(text: str, at, words: int) -> list[str]:
    """The text cut at each match of `at` that closes a clause of at least `words` words (When and where will …:
    one clause)."""
    out, start = [], 0
    for m in at.finditer(text):
        if len(text[start:m.start()].split()) >= words:
            out.append(text[start:m.start()].strip())
            start = m.end()
    return [c for c in out + [text[start:].strip()] if c]


def _clause_of_the_name(kg, clause: str, name: str, zh: bool, of_name: bool) -> str | None:
    """The clause about the name: its pronoun replaced by the name, or (Chinese, no name of its own) the name put
    before it, only when the first clause asks nothing that a pronoun could mean instead (there: a place); the
    clause as it is when it names something itself; None when what it is about is not clear."""
    if zh:
        return _clause_of_the_name_zh(kg, clause, name, of_name)
    if THAT_EN.search(clause):
        return _that_named(kg, clause, name) or OF_ANSWER + clause
    pronouns = {m.group(0).lower() for m in ITS_EN.finditer(clause)}
    if not pronouns:
        return clause if parse(kg, clause).names else None
    if of_name or pronouns == {"there"}:
        return _pronouns_named(clause, name)
    return OF_ANSWER + clause  # which event does it organise, and when is it held: "it" is the one thing answered


def _that_named(kg, clause: str, name: str) -> str | None:
    """Who issued the opinions, and which topics does that document support: "that document" is the document
    named (of its class), not the issuer answered; None when the name is of another class."""
    from .lexicon import CLASS_WORDS

    m = THAT_EN.search(clause)
    cls = CLASS_WORDS["en"].get(m.group("w").lower())
    named = parse(kg, name).names
    if not (cls and named and kg.is_a(named[0].iri, GXO + cls)):
        return None
    return clause[:m.start()] + ("the " + name if name[:1].islower() else name) + clause[m.end():]


def _clause_of_the_name_zh(kg, clause: str, name: str, of_name: bool) -> str | None:
    """它/该… replaced by the name, or the name put before a clause with no name of its own (业务到了哪几个省);
    这个市 is the place the first clause answers, not its name."""
    if THAT_ZH.match(clause):
        return OF_ANSWER + clause
    it = IT_OPENS.match(clause)
    if not it and parse(kg, clause).names:
        return clause
    return (name + clause[it.end():] if it else name + clause) if of_name else None


def _it_is_the_thing(clause: str, thing: str) -> str:
    """它的拼音是什么 (its pinyin): 它 (it, its) is the thing answered."""
    it = IT_OPENS.match(clause) if _cjk(clause) else None
    return thing + clause[it.end():] if it else _pronouns_named(clause, thing)


def _pronouns_named(clause: str, name: str) -> str:
    """its, it and there replaced by the name (the forum's theme, in Guangxi)."""
    named = f"the {name}" if name[:1].islower() else name
    return ITS_EN.sub(lambda m: {"its": f"{named}'s", "it": named, "there": f"in {named}"}[m.group(0).lower()], clause)


# A和B各是多少: two figures of one subject asked at once (2017年个人网店数量和占全国比重各是多少)
EACH_OF_TWO = lazyre.compile(r"^(?P<a>[^，,？?和与及]+?)(?:和|与|及|以及)(?P<b>[^，,？?和与及]+?)(?:各|分别)(?:是|为|有)?(?:多少|几)[^，,]*$")
MEASURE_END = lazyre.compile(r"(?:数量|数目|个数|人数|总数|总额|数|额|量)$")


# A的X，以及它上级市的Y，分别是多少: parts listed, then one question word for each
LISTED_THEN_ASKED = lazyre.compile(r"^(?P<a>[^，,？?]{3,40}?)[，,]\s*(?:以及|还有|和|及|并且)(?P<b>[^，,？?]{3,40}?)[，,]?\s*(?:分别|各自|各)(?:是|为)?(?P<q>多少|什么|哪个|哪里)[？?。]?$")


def _listed_then_asked(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """田林县的12位代码，以及它上级市的12位代码，分别是多少: each part asked with the question word (…是多少，它上级市的
    12位代码是多少), as one question of clauses; None when it is refused."""
    m = LISTED_THEN_ASKED.match(q.text.strip()) if ans.language == "zh" else None
    if m is None:
        return None
    return _answered_together(kg, [f"{m.group('a')}是{m.group('q')}，{m.group('b')}是{m.group('q')}？"], ans, deadline, depth)


def _each_of_two(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """2017年个人网店数量和占全国比重各是多少: each figure asked alone, the second of the first one's subject (个人网店
    占全国比重); both given, or None (the question read whole) when either is refused."""
    m = EACH_OF_TWO.match(q.text.rstrip("？?。 ")) if ans.language == "zh" and len(q.kinds) < 2 else None  # 活动和政策各有几个: kinds counted
    if m is None:
        return None
    texts = [m.group("a") + "是多少？", MEASURE_END.sub("", m.group("a")) + m.group("b") + "是多少？"]
    return _answered_together(kg, texts, ans, deadline, depth)


# one thing asked of each member of a kind listed (钦州市下辖县级单位的拼音分别是什么, List the pinyin of all the
# county-level units under Hezhou): the members listed, then the thing of each
MEMBERS_ATTR_ZH = lazyre.compile(r"^(?P<list>[^，,？?]{3,30}?)的(?P<attr>拼音|汉语拼音|区划代码|行政区划代码|代码|经纬度|坐标|英文名称|英文名)"
                                 r"(?:都|分别|各自|各)(?:是|为|叫)?(?:什么|多少|哪些)?[？?。]?$")
MEMBERS_ATTR_EN = lazyre.compile(r"^(?:(?:please\s+)?(?:list|give|show)(?:\s+me)?|what\s+are)\s+the\s+(?P<attr>pinyin(?:\s+names|\s+spellings)?|"
                                 r"(?:gb\s+|division\s+)?codes|coordinates|english\s+names)\s+(?:of|for)\s+(?:all|each|every\s+one)?\s*(?:of\s+)?"
                                 r"(?:the\s+)?(?P<list>[^?.]{3,80}?)[?.]?$", re.I)


def _members_attribute(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """钦州市下辖县级单位的拼音分别是什么: which members, then the thing asked of each; None unless both are answered."""
    zh = ans.language == "zh"
    m = (MEMBERS_ATTR_ZH if zh else MEMBERS_ATTR_EN).match(q.text.strip())
    if m is None or not parse(kg, m.group("list")).kinds:
        return None
    attr = m.group("attr").split()[0].rstrip("s") if not zh else m.group("attr")
    text = f"{m.group('list')}有哪些？ 它们的{attr}分别是什么？" if zh else f"Which {m.group('list')}? What is the {attr} of each?"
    return _answered_together(kg, [text], ans, deadline, depth)


# several things asked of one name in a list (那坡县的行政区划代码和坐标 / the coordinates, pinyin and prefecture of
# Jingxi): the name, then the things joined by 和、及 or commas and "and"
ATTR_OWNER = r"(?:its\s+|the\s+|[a-z][\w-]*['’]s\s+)?"  # Heshan's code and its (Heshan's) prefecture: whose, again
ATTRIBUTES_ZH = lazyre.compile(r"^(?P<name>[^，,？?的：:]{2,30})(?:的|\s*[，,：:]\s*(?:它的|其)?)(?P<attrs>[^，,？?的和、及与()（）]{2,12}(?:[和、及与][^，,？?的和、及与()（）]{2,12}?){1,4})"
                               r"(?:分别|各)?(?:是)?(?:多少|什么)?[？?。]?$")
ATTRIBUTES_EN = lazyre.compile(r"^(?:(?:what|what's|what are|what is)\s+|(?:please\s+)?(?:give|tell|show)\s+me\s+)?(?:the\s+)?"
                               r"(?P<attrs>[a-z0-9][a-z0-9 -]{2,30}(?:,\s*(?:and\s+)?" + ATTR_OWNER + r"[a-z0-9][a-z0-9 -]{2,30}|\s+and\s+" + ATTR_OWNER +
                               r"[a-z0-9][a-z0-9 -]{2,30}){1,4})\s+of\s+(?P<name>[^?.,]{2,60})[?.]?$", re.I)
ATTRIBUTES_OF_EN = lazyre.compile(r"^(?:(?:what's|what are|what is|what were|what was|what)\s+|(?:please\s+)?(?:give|tell|show)(?:\s+me)?\s+)?"
                                  r"(?P<name>[A-Za-z][\w' -]{1,40}?)['’]s?\s+(?P<attrs>[a-z0-9][a-z0-9 -]{2,30}(?:,\s*(?:and\s+)?" + ATTR_OWNER +
                                  r"[a-z0-9][a-z0-9 -]{2,30}|\s+and\s+" + ATTR_OWNER + r"[a-z0-9][a-z0-9 -]{2,30}){1,4})\s*[?.]?$", re.I)  # Give Qinzhou's A and B
ATTRIBUTES_AFTER_EN = lazyre.compile(r"^(?P<name>[A-Za-z][\w' -]{1,40}?)\s*:\s*(?P<attrs>[a-z][a-z -]{2,30}(?:,\s*(?:and\s+)?"
                                     r"[a-z][a-z -]{2,30}|\s+and\s+[a-z][a-z -]{2,30}){1,4})\s*[?.]?$", re.I)  # Daxin: A and B?
ATTRIBUTE_SPLIT = lazyre.compile(r"\s*(?:[和、及与]|,\s*and\s+|,|\s+and\s+)\s*" + ATTR_OWNER, re.I)


def _attributes_of_one(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """那坡县的行政区划代码和坐标, Give me the coordinates, pinyin and prefecture of Jingxi: each thing asked of the
    one name alone (那坡县的行政区划代码, What is the pinyin of Jingxi?), all given; None when any is refused."""
    zh = ans.language == "zh"
    m = _attributes_match(kg, q, zh) if len(q.kinds) < 2 else None  # 县级市和自治县有几个: kinds counted, no attributes
    if m is None:
        return None
    attrs = [a for a in ATTRIBUTE_SPLIT.split(m.group("attrs")) if a]
    asked = [f"{m.group('name')}的{a}？" if zh else _part_of_the_name(a, m.group("name").strip()) for a in attrs]
    return _answered_together(kg, asked, ans, deadline, depth) if len(asked) > 1 else None


def _attributes_match(kg, q, zh: bool):
    """The first attribute pattern the question matches, whose name is its one name recognised and nothing else
    (never "List Guilin" of List Guilin's counties, …); else None."""
    from .refer import only_the_name

    patterns = (ATTRIBUTES_ZH,) if zh else (ATTRIBUTES_EN, ATTRIBUTES_OF_EN, ATTRIBUTES_AFTER_EN)
    m = next((m for p in patterns if (m := p.match(q.text.strip()))), None)
    return m if m and len(q.names) == 1 and only_the_name(kg, m.group("name"), q.names[0]) else None


# For Guilin: how many county-level divisions, how many autonomous counties, and its division code?
FOR_NAME_EN = lazyre.compile(r"^(?:(?:for|about|regarding|as for)\s+(?P<name>[^:,?]{2,40}?)\s*[:,]|(?P<lead>[^:,?—–]{2,40}?)\s*(?::|\s[—–]\s*|\s-\s))\s*"
                             r"(?P<parts>.+?)\s*\??$", re.I)
PARTS_EN = lazyre.compile(r"\s*(?:,\s*and\s+|;\s*|,\s*|\s+and\s+(?=(?:how|what|which|its|the)\b))", re.I)


def _for_the_name(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """For Guilin: how many county-level divisions, how many autonomous counties, and its division code? Each part
    asked of the name alone (How many county-level divisions in Guilin? Guilin's division code?), all given; None
    when any is refused."""
    m = _for_name_match(q.text.strip()) if ans.language == "en" else None
    parts = [p for p in PARTS_EN.split(m.group("parts")) if p.strip()] if m else []
    if len(parts) < 2 or len(q.names) != 1 or any(map(CONDITION_PART.match, parts)) or any(map(THAT_EN.search, parts[1:])) or \
            KINDS_LISTED_EN.fullmatch(parts[0]):
        return None  # Yulin: not counting its districts, how many…: a condition of one question, not a part; that county: an answer's
    name = _lead_name((m.group("name") or m.group("lead")).strip(), q.names[0].text)
    return _answered_together(kg, [_part_of_the_name(p, name) for p in parts], ans, deadline, depth)


# what models, platforms or facilities is it linked to: kinds listed in one question, no part asked on its own
KINDS_LISTED_EN = lazyre.compile(r"\s*(?:what|which)\s+(?:kinds? of\s+)?[a-z-]+\s*", re.I)


def _lead_name(lead: str, name: str) -> str:
    """Two checks on Dongxing, two things about SAP: the name after the preamble, else the lead as written."""
    return name if re.search(r"\b(?:on|about|for|regarding|re)\s+(?:the\s+)?" + re.escape(name) + r"$", lead, re.I) else lead


CONDITION_PART = lazyre.compile(r"\s*(?:not|excluding|except|ignoring|if|leaving|without|besides|other than|apart from|aside from|"
                                r"counting|including|setting aside|disregarding)\b", re.I)


def _for_name_match(text: str):
    """FOR_NAME_EN's match; none for a name and a colon before a question that goes on after its question mark
    (Rong'an: what's it linked to? Products, …): one question, not parts."""
    m = FOR_NAME_EN.match(text)
    return None if m and m.group("lead") and "?" in m.group("parts") else m


def _part_of_the_name(part: str, name: str) -> str:
    """its division code: Guilin's division code?; how many counties: how many counties in Guilin?; else the
    part of the name (What is the pinyin of Guilin?)."""
    if re.search(r"\bits?\b", part, re.I):  # its code: Guilin's code; which prefecture is it in: … is Guilin in
        return re.sub(r"\bit\b", name, re.sub(r"\bits\b", f"{name}'s", part, flags=re.I), flags=re.I) + "?"
    part = "administrative level" if part.strip().lower() == "level" else part  # code, level and prefecture: the division's level
    part = "full name" if re.fullmatch(r"(?:give |tell me )?(?:its |the )?name", part.strip(), re.I) else part  # give its name and code
    return f"{part} in {name}?" if re.match(r"how (?:many|much)\b", part, re.I) else f"What is the {part} of {name}?"


# 凤山县和融安县分别属于哪个市，代码各是多少: two names, then what is asked of each
TWO_NAMES_ZH = lazyre.compile(r"^(?P<names>(?:[^，,？?和与及、的]{2,20}?(?:和|与|及|、)){1,4}[^，,？?和与及、的]{2,20}?)(?P<rest>(?:的|分别|各自?|都).+)$")
NAME_JOIN_ZH = lazyre.compile(r"和|与|及|、")
# what each place has of its own (its pinyin, code, coordinates, level): asked of each of several places named
OWN_OF_EACH_ZH = lazyre.compile(r"^的?(?:拼音|行政区划代码|区划代码|代码|坐标|经纬度|行政级别|级别)")


def _each_name_asked(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """凤山县和融安县分别属于哪个市，行政区划代码各是多少: the rest asked of each of the two names alone (its 分别, 各
    taken out), all given; None when the two are not the question's only names or any part is refused."""
    if ans.language == "en":
        return _each_joined_en(kg, q, ans, deadline, depth)
    m = TWO_NAMES_ZH.match(q.text.strip())
    if not _two_names_each(q, m):
        return None
    rest = EACH_ZH.sub("", m.group("rest"))
    return _answered_together(kg, [name + rest for name in NAME_JOIN_ZH.split(m.group("names"))], ans, deadline, depth, said=True)


EACH_ZH = lazyre.compile(r"分别|各自|各(?=是|为|有|属|在|发布|出台|印发|采用|举办|主办|承办|建设|落户)")
def _own_of_each_asked(q) -> bool:
    """What a place has of its own is asked (pinyin, code, where), nothing set against another."""
    own = q.cues & {"pinyin", "code", "old_code", "full_code", "geo", "level", "where"} or "list" in q.cues and q.relations
    return bool(own) and not q.cues & {"compare", "count", "yesno", "most", "least"}  # what A or B issued: each one's


def _joined_en(q) -> bool:
    return all(JOINED_EN.fullmatch(q.text[a.end:b.start]) for a, b in zip(q.names, q.names[1:]))


JOINED_EN = lazyre.compile(r"\s*(?:,\s*and|,\s*or|,|and|or|&)\s*(?:of\s+|the\s+)?", re.I)
THEM_EN = lazyre.compile(r"\b(?:them|they|each|both)\b", re.I)


def _each_joined_en(kg, q, ans: Answer, deadline, depth: int) -> Answer | None:
    """The pinyin, level and parent city of Nandan and of Donglan: places joined by and, asked what each has of its
    own (no comparison, count or yes or no), each asked alone, all given."""
    names = q.names
    if not (_own_of_each_asked(q) and 2 <= len(names) <= 5 and _joined_en(q)):
        return None
    head, tail = q.text[:names[0].start], THEM_EN.sub("it", q.text[names[-1].end:])
    return _answered_together(kg, [head + n.text + tail for n in names], ans, deadline, depth, said=True)


def _two_names_each(q, m) -> bool:
    """The names joined are the question's only names, and the rest asks of each (分别, 各, or what each place has
    of its own: 拼音, 代码)."""
    return bool(m) and set(NAME_JOIN_ZH.split(m.group("names"))) == {n.text for n in q.names} and \
        bool(EACH_ZH.search(m.group("rest")) or OWN_OF_EACH_ZH.match(m.group("rest")))


# a statement, then a yes/no question of its own after a comma (凤山用核桃鸡模式带动一万多户脱贫，凤山是百色的吧？ /
# Fengshan lifted 10,000 households out of poverty; Fengshan is in Baise, right?)
TAG_ZH = lazyre.compile(r"^(?P<first>[^，,；;？?]+)[，,；;]\s*(?P<second>[^，,；;？?]+?(?:吧|对吗|是吗|对不对|是不是))[？?]*$")
TAG_EN = lazyre.compile(r"^(?P<first>[^;?]+?)\s*[;,.]\s*(?P<second>[^;,?]+?),?\s*(?:right|correct|isn't it|is that right|yes)\s*\?*$", re.I)
# a question that leans on the statement before it (柳州应该也在里面吧, Liuzhou is on it too, right?): not its own
REFERS_BACK = lazyre.compile(r"里面|里头|其中|在内|之列|之一|它|他们|这|那|也|同样|\b(?:it|them|that|those|too|also|as well|one of|same)\b", re.I)
ASKING_HEAD_EN = lazyre.compile(r"\s*(?:what|what's|which|who|when|where|how|is|are|was|were|does|do|did|can|could|has|have|tell)\b", re.I)


def _premise_then_tag(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """A statement, then a yes/no question with a subject of its own (…脱贫，凤山是百色的吧？): the question answered
    and the statement checked as a question of its own, never the statement's yes given for the question; a
    statement that cannot be checked is said to be left out."""
    zh = _cjk(q.text)
    m = _statement_then_question(kg, q.text, zh)
    if not m:
        return None
    first = m.group("first") + "吗？" if zh else f"Is it true that {m.group('first')}?"
    tag = m.group("second") + ("？" if zh else "?")
    said, asked = (ask(kg, t, ans.language, _suggest=False, _deadline=deadline, _depth=depth + 1) for t in (first, tag))
    if _answered_whole(said) and _answered_whole(asked):  # each clause asked once, both given
        return _parts_given([first, tag], [said, asked], ans)
    return _question_alone(kg, m.group("first"), asked, ans)


def _question_alone(kg, statement: str, asked: Answer, ans: Answer) -> Answer:
    """The question's answer (or refusal) alone; a statement about things named that was not checked is said."""
    if not asked.refused and parse(kg, statement).names:
        asked.notes.append(msg("part_missing", ans.language, part=statement))
    asked.question = ans.question
    return asked


SUBJECT_LEAD = lazyre.compile(r"^\s*(?:and|but|also|so|then|而且|并且|那么|那|另外|还有|then)?\s*(?:the\s+)?", re.I)


def _statement_then_question(kg, text: str, zh: bool):
    """The match of a statement, then a question standing on its own; None for one question (…，对吧？ /
    Pingxiang, the border city, comes under … / 柳州也在里面吧)."""
    m = (TAG_ZH if zh else TAG_EN).match(text)
    ok = m and _a_statement(m.group("first"), zh) and _own_subject_first(kg, m.group("second"))
    return m if ok and not REFERS_BACK.search(m.group("second")) else None


def _a_statement(clause: str, zh: bool) -> bool:
    """The clause asks nothing (no question word; in English, no question's head)."""
    return not (ASKS_ZH.search(clause) or "吗" in clause) if zh else not ASKING_HEAD_EN.match(clause)


def _own_subject_first(kg, clause: str) -> bool:
    """The clause begins with a name of its own (凤山是百色的吧; and Hantang is in Beihai): its subject."""
    names = parse(kg, clause).names
    return bool(names) and names[0].start <= SUBJECT_LEAD.match(clause).end()


# 乐业县和田林县各属哪个市、哪个更靠西: a question of two or more names, then another of them with no name of its own
THEN_OF_THEM_ZH = lazyre.compile(r"[，,、；;]\s*(?=(?:哪个|哪一个|哪些|谁|什么|多少|几)[^，,、；;]*$)")


def _of_the_names_too(kg, q, ans: Answer, deadline, depth: int, suggest: bool = False) -> Answer | None:
    """Two questions of the same names, the second naming none (…各属哪个市、哪个更靠西): each asked with the names
    (乐业县和田林县哪个更靠西), both given; a part that cannot be answered is said to be left out."""
    m = THEN_OF_THEM_ZH.search(q.text.rstrip("？?。 ")) if ans.language == "zh" and len(q.names) >= 2 else None
    if not m or any(n.start >= m.end() for n in q.names) or not ASKS_ZH.search(q.text[:m.start()]):
        return None
    names = q.text[q.names[0].start:q.names[-1].end]
    texts = [q.text[:m.start()] + "？", names + q.text[m.end():].rstrip("？?。 ") + "？"]
    return _parts_given(texts, [ask(kg, t, ans.language, _suggest=False, _deadline=deadline, _depth=depth + 1) for t in texts], ans)


REFERRERS = (_that_one_next, _described_by_figure, _named_with_its_figure, _premise_then_tag, _of_the_names_too, _for_the_name, _members_attribute, _attributes_of_one, _restated, _by_reference, _one_of_them, _same_place, _both_of_them, _what_about, _no_subject_part,
             _of_the_names_part, _two_questions, _clauses, _each_of_two, _listed_then_asked)
