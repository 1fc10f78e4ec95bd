"""Chains of relations by reference: a phrase that names one thing through another (六堡茶产地 is 苍梧县, the
city that 南宁跨境商品直购体验中心 is in is 南宁市, the body that issued a policy) is read as that thing, and
the rest of the question is answered about it. Each phrase is a registered pattern with its examples; a
phrase is read only when the graph gives exactly one thing for it, and the answer says how it was read,
citing the step's evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

GXO = "https://w3id.org/gxkg/ontology#"

# the place level a word of the phrase names
LEVELS = (("地级市", "Prefecture"), ("城市", "Prefecture"), ("市", "Prefecture"), ("县", "County"),
          ("prefecture", "Prefecture"), ("city", "Prefecture"), ("county", "County"))


@dataclass(frozen=True)
class Reference:
    """A phrase naming one thing through a relation of a name in it: the words `before` the name (ending just
    before it) and `after` it (starting just after it), the relations followed from the name (^ for one
    pointing at it), in turn until one gives facts, and the place level to lift the result to, when the
    phrase names one."""

    name: str
    relations: tuple
    after: str = ""
    before: str = ""
    examples: tuple = ()


PLACE_OF = ("originatesFrom", "locatedIn", "heldIn", "settledIn")
# after a name done something to, the kind of thing that does it (…建设的那个论坛, …的政策)
DOES_TO = (r"(?:建设|发展)?的(?:那个|这个|那家|那份|那项|那些)?"
           r"(?:论坛|活动|会议|峰会|大会|文件|政策|批复|意见|通知|规划|模式|项目|平台|工程)")
OPENING, CLOSING = r"[《「『“\"]?", r"[》」』”\"]?"  # a name's quotes or title marks belong to the phrase
REFERENCES = [
    Reference("origin", PLACE_OF, after=r"的?(?:原?产地|所在地|老家)(?:所在的?(?:那个|这个|那座)?(?P<level>地级市|城市|市|县))?",
              examples=("六堡茶产地所在的那个市下面有哪些区？",)),
    Reference("place_of", PLACE_OF, after=r"所在的?(?:那个|这个|那座)?(?P<level>地级市|城市|市|县)",
              examples=("南宁跨境商品直购体验中心所在的城市出产哪些产品？",)),
    Reference("issuer", ("issuedBy",), before=r"(?:发布|出台|印发|制定|颁布)了?(?:[^，,。？?]{0,12}?)$",
              after=r"的(?:那个|那家)?(?:机构|单位|部门|政府|机关)", examples=("发布《自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见》的机构还发过什么文件？",)),
    Reference("host", ("hostedBy",), before=r"(?:主办|举办)了?(?:[^，,。？?]{0,12}?)$",
              after=r"的(?:那个|那家)?(?:机构|单位|部门|政府)"),
    Reference("organiser", ("organizedBy",), before=r"承办了?(?:[^，,。？?]{0,12}?)$",
              after=r"的(?:那个|那家)?(?:机构|单位|部门)"),
    Reference("adopter", ("^adoptsModel", "^implementsModel"), before=r"(?:采用|实行|推行|搞|探索|打造|推广)了?$",
              after=r"(?:模式|联动)?的(?:那个|这个)?(?P<level>县|市)", examples=("搞“电商+农民合作社+贫困户”模式的那个县归哪个市管？",)),
    Reference("en_place_of", PLACE_OF,
              before=r"\bthe (?P<level>prefecture|city|county)(?: that| which| where)?(?: is home to| hosts| holds| has)? (?:the )?$",
              after=r"(?: (?:is|are)(?: located| based| held| grown| made| produced)?(?: in)?| comes? from| (?:is|are) from)?",
              examples=("Which products come from the city where Nanning cross-border goods direct-purchase experience centre is?",)),
    Reference("programme", ("implements",), after=r"(?:正在)?(?:实施|推进|建设)的(?:那个|这个)?(?:项目|试验区|计划|工程)"),
    Reference("en_programme", ("implements",), before=r"\bthe (?:programmes?|programs?|schemes?|pilot zones?|projects?) (?:that )?$",
              after=r" (?:is implementing|implements|carries out|runs|is running)"),
    Reference("en_origin", PLACE_OF, after=r"(?:'s| s)? (?:home |origin )?(?P<level>prefecture|city|county)\b"),
    Reference("en_issuer", ("issuedBy",),
              before=r"\bthe (?:body|agency|office|department|authority|organi[sz]ation|government) (?:that|which) "
                     r"(?:issued|published|released) (?:the )?$"),
    Reference("en_host", ("hostedBy",),
              before=r"\bthe (?:body|agency|office|department|organi[sz]ation|government) (?:that|which) hosted (?:the )?$"),
    Reference("policy_of", ("^issuedBy",),
              after=r"(?:[^，,。？?的]{0,16}?的)?(?:那份|那个|发的|出的|发布的)?(?:批复|批覆|文件|政策|意见|通知)",
              examples=("国务院的批复同意在多少个城市设立跨境电商综试区？",)),
    Reference("en_policy_of", ("^issuedBy",),
              after=r"(?:'s|’s)?(?: (?:[A-Z][a-z]+ )?\d{4})? (?:reply|document|policy|notice|opinions|circular)\b",
              examples=("How many cities did the State Council's August 2018 reply approve for cross-border e-commerce "
                        "comprehensive pilot zones?",)),
    # the group a thing belongs to (凌云茶所在的那个茶产业: 广西桂茶产业)
    Reference("group_of", ("partOf", "category"),
              after=r"(?:所在|所属|属于)的?(?:那个|这个)?[\u4e00-\u9fff]{0,3}?(?:产业链|产业|行业|品类|类别)",
              examples=("凌云茶所在的那个茶产业里，除了它还有哪几种茶？",)),
    # the thing that does something to the name (推动南向通道建设的那个论坛: the forum that promotes it)
    Reference("promoter", ("^promotes",), before=r"(?:推动|促进|助推)了?$", after=rf"{DOES_TO}",
              examples=("推动南向通道建设的那个论坛，是谁主办的？",)),
    Reference("supporter", ("^supports",), before=r"(?:支持|扶持)了?$", after=rf"{DOES_TO}"),
    Reference("establisher", ("^establishes",), before=r"(?:同意|批准)?(?:设立|设置)了?$", after=rf"{DOES_TO}",
              examples=("同意设立跨境电子商务综合试验区的那份批复，是哪个机关发布的？",)),
    Reference("discusser", ("^topic",), before=r"(?:讨论|探讨|聚焦)了?$", after=rf"{DOES_TO}"),
    Reference("en_promoter", ("^promotes",),
              before=r"\bthe (?:forum|event|conference|summit|policy|document|programme|program) (?:that|which) "
                     r"(?:promotes|promoted|pushes|pushed|pushed forward|pushes forward) (?:the )?$",
              examples=("Who hosted the forum that promotes the Southbound corridor?",)),
    Reference("en_adopter", ("^adoptsModel", "^implementsModel"),
              before=r"\bthe (?P<level>county|city) (?:that|which) (?:adopted|uses|used|runs|ran) (?:the )?$"),
]


def _level(m) -> str | None:
    word = (m.groupdict().get("level") or "") if m else ""
    return next((cls for w, cls in LEVELS if word.lower() == w), None)


def _matches(ref: Reference, text: str, start: int, end: int) -> tuple[int, int, str | None] | None:
    """The phrase's span around the name at start:end, and the level it names, when the pattern fits there."""
    b, a = _before(ref, text[:start]), _after(ref, text[end:])
    if b is False or a is False:
        return None
    return (b.start() if b else start), end + (a.end() if a else 0), _level(b) or _level(a)


def _before(ref: Reference, text: str):
    """The words before the name (None when the pattern has none; False when they are not there)."""
    return (re.search(ref.before[:-1] + OPENING + "$", text, re.I) or False) if ref.before else None


def _after(ref: Reference, text: str):
    return (re.match(CLOSING + ref.after, text, re.I) or False) if ref.after else None


# what is left of a question that only asks for the phrase itself (横县茉莉花茶的产地是哪里？): no chain
ONLY_ASKS = re.compile(r"(?:请问|是|在|位于|哪里|哪儿|哪个|哪|什么地方|什么|何处|呢|吗|叫什么名字|叫什么|名字|县|地级市|城市|市|"
                       r"where|what|which|is|are|the|called|its name|name|[\s？?。.,，!！])*", re.I)


def only_asks(text: str, start: int, end: int) -> bool:
    """The rest of the question asks for nothing but the thing the phrase names (…的那个县叫什么名字)."""
    return bool(ONLY_ASKS.fullmatch(text[:start] + text[end:]))


def phrases(q) -> list[tuple[Reference, object, int, int, str | None]]:
    """(pattern, name, start, end, level) of every referring phrase in a question that asks something more
    about what the phrase names, the longest first."""
    found = []
    for n in q.names:
        for ref in REFERENCES:
            hit = _matches(ref, q.text, n.start, n.end)
            if hit and hit[1] > hit[0] + (n.end - n.start) and (hit[2] or not only_asks(q.text, hit[0], hit[1])):
                found.append((ref, n, *hit))
    return sorted(found, key=lambda f: f[2] - f[3])


def follow(ctx, ref: Reference, iri: str, level: str | None) -> list[str]:
    """The things the phrase names: the first of its relations with facts, lifted to the level named."""
    from .intents import _lift_to_level, _node, _v

    for rel in ref.relations:
        rows, ends = _ends(ctx, iri, rel)
        if ends:
            ctx.cite([_v(r, "ev") for r in rows])
            lifted = {_lift_to_level(ctx, _node(e), level).value for e in ends}
            return sorted(x for x in lifted if not level or ctx.is_a(x, level))
    return []


def _ends(ctx, iri: str, rel: str) -> tuple[list, list[str]]:
    """The facts of one relation from the name (^rel: pointing at it) and the things at their other end."""
    from .intents import _iri, _node

    inverse = rel.startswith("^")
    rows = ctx.related({("o" if inverse else "s"): [_node(iri)], "p": [_node(GXO + rel.lstrip("^"))]})
    other = "s" if inverse else "o"
    return rows, sorted({r[other].value for r in rows if _iri(r[other])})


def _with_words_of_the_name(text: str, start: int, label: str) -> int:
    """The phrase begins earlier when the words before it are words of the thing's own name (同意在北京等22个城市 |
    设立…的那份批复: the reply's name holds them; 北京 is no second thing asked about)."""
    k = next((k for k in range(start, 1, -1) if text[start - k:start] in label), 0)
    return start - k


def rewrite(kg, q, lang: str, ctx) -> tuple[str, str, str] | None:
    """The question with its first referring phrase that names exactly one thing replaced by that thing's
    name: (new question, the phrase, the thing's IRI)."""
    for ref, n, start, end, level in phrases(q):
        things = follow(ctx, ref, n.iri, level)
        if len(things) == 1:
            name = kg.label(things[0], lang)
            start = _with_words_of_the_name(q.text, start, kg.label(things[0], "zh") or "")
            rest = "" if only_asks(q.text, start, end) else q.text[:start] + name + q.text[end:]
            return rest, q.text[start:end], things[0]
    return None
