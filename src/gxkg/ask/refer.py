"""Chains of relations by reference: a phrase that names one thing through another (六堡茶产地 is 苍梧县, the
city that 南宁跨境商品直购体验中心 is in is 南宁市, the body that issued a policy) is read as that thing, and
the rest of the question is answered about it. Each phrase is a registered pattern with its examples; a
phrase is read only when the graph gives exactly one thing for it, and the answer says how it was read,
citing the step's evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import lazyre

GXO = "https://w3id.org/gxkg/ontology#"

# the place level a word of the phrase names
LEVELS = (("地级市", "Prefecture"), ("城市", "Prefecture"), ("市", "Prefecture"), ("县", "County"), ("镇", "Township"), ("乡", "Township"),
          ("村", "Village"), ("村子", "Village"), ("村庄", "Village"), ("淘宝村", "Village"),
          ("区", "County"),
          ("prefecture", "Prefecture"), ("city", "Prefecture"), ("county", "County"), ("district", "County"), ("town", "Township"),
          ("township", "Township"))


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
    cls: str | None = None  # the class of the thing named, for a relative clause's noun (…的那个县: County)
    stands_for: bool = False  # the name stands for the thing: the question is always asked of it (where is the Taobao village)
    strict: bool = False  # a prefecture word (地级市, prefectures): no county-level city named …市 is one
    ends: str = ""  # the end of the Chinese name of the things named (…市 of a county-level city)
    also: tuple = ()  # other names listed with the name (江西、四川、湖南): the thing has the relation with each


PLACE_OF = ("originatesFrom", "locatedIn", "heldIn", "settledIn")
# after a name done something to, the kind of thing that does it (…建设的那个论坛, …的政策)
DOES_TO = (r"(?:建设|发展)?的(?:那个|这个|那家|那份|那项|那些)?"
           r"(?:论坛|活动|会议|峰会|大会|文件|政策|批复|意见|通知|规划|模式|项目|平台|工程)")
ROLE_OF = r"(?:[，,]\s*其|的)?"  # 论坛的主办方, 论坛，其主办单位
OPENING, CLOSING = r"[《「『“\"]?", r"[》」』”\"]?(?:[：:]\s*)?"  # a name's quotes or title marks belong to the phrase (a topic's colon too: 金花茶：产地市)
REFERENCES = [
    Reference("origin", PLACE_OF, after=r"(?:的?(?:原?产地|所在地|老家|家乡)(?:(?:所在的?)?(?:那个|这个|那座)?(?P<level>地级市|城市|市|县))?|"
                                         r"[”」』\"]?(?:出自|来自|产自)的(?:那个|这个|那座)?(?:村子|村庄|村|镇|县|城市|地级市|市))",
              examples=("六堡茶产地所在的那个市下面有哪些区？",)),
    # the place of a thing said with its figure (金桔从2元卖到40元一斤的那个县, 果苗一年卖了1.6亿的那个淘宝村): where it comes from
    Reference("figure_origin", PLACE_OF, after=r"(?=[^，,。？?的]{0,24}\d)[^，,。？?的]{1,30}?的(?:那个|这个|那座)?(?P<level>淘宝村|村子|村庄|村|县|地级市|城市|市)",
              examples=("金桔从2元卖到40元一斤的那个县，归哪个地级市管辖？",)),
    Reference("place_of", PLACE_OF, after=r"[，,]?(?:所在|所属)的?(?:那个|这个|那座)?(?:保税港区|保税区|功能区|园区|片区|(?P<level>地级市|城市|市|县|区|镇|乡))",
              examples=("南宁跨境商品直购体验中心所在的城市出产哪些产品？",)),
    # the place one level up (凌云县的上级市, 出产凌云茶的县，上级市…)
    Reference("above", ("locatedIn",), after=r"[，,]?的?上(?:一)?级(?:的)?(?:那个|这个)?(?P<level>地级市|城市|市|县|行政区)",
              examples=("凌云县的上级市一共下辖几个县级行政区？",)),
    # where an event was held (论坛举办城市的特产, 论坛的举办地)
    Reference("venue", ("heldIn",), after=r"的?(?:举办|召开|举行)(?:的)?(?:地点|地|所在地|(?:的?(?:那个|这个|那座|这座))?(?P<level>城市|市|县))",
              examples=("中国-东盟信息港电子商务论坛举办城市有哪些特产？",)),
    Reference("venue_of", ("heldIn",), before=r"(?:举办|召开|举行)(?:过|了)?$",
              after=r"的(?:那座|这座|那个|这个)?(?P<level>城市|市|县)", examples=("举办中国-东盟信息港电子商务论坛的那座城市有哪些特产？",)),
    Reference("issuer", ("issuedBy",), before=r"(?:发布|出台|印发|制定|颁布)了?(?:[^，,。？?]{0,12}?)$",
              after=r"(?:(?:的)?(?:那份|这份|那个|这个)?(?:通知|文件|意见|批复|规划|方案))?的(?:那个|那家)?(?:机构|单位|部门|政府|机关)",
              examples=("发布《自治区人民政府办公厅关于促进全区跨境电子商务健康快速发展的实施意见》的机构还发过什么文件？",)),
    # a place's own way of doing it (凤山县的做法, 凤山以核桃鸡为纽带…的做法): the one model it adopted
    Reference("model_of", ("adoptsModel",), after=r"(?:的|[^。？?！!]{0,30}?的)(?:那个|这个|这种|那种)?(?:(?:电商|扶贫|脱贫|联动|产业){0,3}模式|做法|路子|打法)",
              examples=("凤山县以核桃鸡为纽带的做法带动了多少户贫困户增收脱贫？", "凤山县的扶贫联动模式带动了多少贫困户？")),
    # a role named after the thing (文件的发文机关, 论坛的主办方, 中心的运营方)
    Reference("issuer_of", ("issuedBy",), after=CLOSING + ROLE_OF + r"(?:发文|发布|印发|制定|出台|颁布)(?:机关|单位|部门|机构|方)",
              examples=("《自治区人民政府关于加快电子商务发展的若干意见》的发文机关，还主办了哪项活动？",)),
    Reference("host_of", ("hostedBy",), after=CLOSING + ROLE_OF + r"主办(?:方|单位|机构|部门)",
              examples=("中国-东盟信息港电子商务论坛的主办方还发布过哪些文件？",)),
    Reference("organiser_of", ("organizedBy",), after=CLOSING + ROLE_OF + r"承办(?:方|单位|机构|部门)"),
    Reference("operator_of", ("operatedBy",), after=CLOSING + ROLE_OF + r"(?:运营方|运营单位|运营主体|运营商)"),
    Reference("host", ("hostedBy",), before=r"(?:主办|举办)了?(?:[^，,。？?]{0,12}?)$",
              after=r"的(?:那个|那家)?(?:机构|单位|部门|政府)"),
    Reference("organiser", ("organizedBy",), before=r"承办了?(?:[^，,。？?]{0,12}?)$",
              after=r"的(?:那个|那家)?(?:机构|单位|部门)"),
    Reference("adopter", ("^adoptsModel", "^implementsModel"), before=r"(?:采用|实行|推行|搞|探索|打造|推广)了?$",
              after=r"(?:模式|联动)?的(?:那个|这个)?(?P<level>县|市)", examples=("搞“电商+农民合作社+贫困户”模式的那个县归哪个市管？",)),
    Reference("en_place_of", PLACE_OF,
              before=r"\bthe (?P<level>prefecture|city|county|district)(?: that| which| where)?(?: is home to| hosts| holds| has| hosting| is hosting| home to| hosted| held)? (?:the )?(?:(?:19|20)\d\d )?$",
              after=r"(?: (?:is|are)(?: located| based| held| grown| made| produced| situated)?(?: in)?| comes? from| (?:is|are) from| (?:lies|sits)(?: in| within| under)?)?",
              examples=("Which products come from the city where Nanning cross-border goods direct-purchase experience centre is?",)),
    # the prefecture of Pingxiang, the county of Hantang Village: the place above it at that level ("the city of
    # Nanning" is Nanning itself, so city is left out)
    Reference("en_level_of", PLACE_OF, before=r"\bthe (?P<level>prefecture|county|town|township)(?:-level city)? (?:of|over|governing|administering) (?:the )?$",
              examples=("Which products come from the prefecture of Dongxing?",)),
    # the village that holds the Taobao village designation: the one thing holding it
    Reference("en_holder", ("^hasDesignation",),
              before=r"\bthe (?:village|county|place|city|town) (?:(?:that|which) (?:holds|has|carries|bears|was given|got|won|received)|holding|bearing|carrying|with) (?:the )?$",
              after=r"(?: designation| title| status| label)?", examples=("What product comes from the village that holds the Taobao village designation?",)),
    # the Nanning forum, 南宁那个论坛: the one event held in the place named
    Reference("place_event", ("^heldIn",), after=r"(?: (?:e-commerce |ecommerce )?(?:forum|summit|conference|expo|fair|festival)\b|"
                                              r"的?(?:那个|这个|那场|这场|那次|这次)?(?:论坛|峰会|大会|博览会|电商节))", cls="Event",
              examples=("For the Nanning forum: which projects does it promote?",)),
    # the place a name lies in, said as the one it shares (跟天等县同属一个地级市的: 崇左市; the same prefecture as Tiandeng)
    Reference("same_place", ("locatedIn",), before=r"(?:跟|和|与|同)$",
              after=r"(?:同属于?|属于|同在|在|位于|处在)(?:同一个|同一|一个|同个)(?P<level>地级市|城市|市|县)的?",
              examples=("跟天等县同属一个地级市的还有哪些县区？",)),
    # the group a name belongs to, said as the one it shares (和金花茶同属一个产业的: 广西桂茶产业)
    Reference("same_group", ("partOf", "category"), before=r"(?:跟|和|与|同)$",
              after=r"(?:同属于?|属于|同在|在)(?:同一个|同一|一个|同个)?(?:产业链|产业|行业|品类|类别)的?",
              examples=("和金花茶同属一个产业的其他产品有哪些？",)),
    Reference("en_same_group", ("partOf", "category"), before=r"\bthe same (?:industry|category|industry chain|product group) as (?:the )?$",
              examples=("Which other products are in the same industry as Liubao tea?",)),
    Reference("en_same_place", ("locatedIn", "originatesFrom"), before=r"\bthe same (?P<level>prefecture|city|county)(?:-level city)? as (?:the )?$",
              examples=("Which other counties are in the same prefecture as Tiandeng?",)),
    # the one county-level city (autonomous county) of a place (南宁唯一的县级市, Nanning has just one county-level city)
    Reference("member_city", ("^locatedIn",), cls="County", ends="市",
              after=r"(?:['’]s (?:only |sole |one |single )?county-level city\b| has (?:just |only )?(?:one|a single) county-level city\b|"
                    r"(?:的)?(?:唯一|仅有|只有)?(?:的|一个)?(?:那个)?县级市|(?:只有|仅有|就)一个县级市)",
              examples=("Nanning has just one county-level city: what is its code?",)),
    Reference("member_autonomous", ("^locatedIn",), cls="County", ends="自治县",
              after=r"(?:['’]s (?:only |sole |one |single )?autonomous county\b| has (?:just |only )?(?:one|a single) autonomous county\b|"
                    r"(?:的)?(?:唯一|仅有|只有)?(?:的|一个)?(?:那个)?自治县|(?:只有|仅有|就)一个自治县)",
              examples=("贺州唯一的自治县的代码是多少？",)),
    Reference("programme", ("implements",), after=r"(?:正在)?(?:实施|推进|建设)的(?:那个|这个)?(?:项目|试验区|计划|工程)"),
    Reference("en_programme", ("implements",), before=r"\bthe (?:programmes?|programs?|schemes?|pilot zones?|projects?) (?:that )?$",
              after=r" (?:is implementing|implements|carries out|runs|is running)"),
    Reference("en_origin", PLACE_OF, after=r"(?:'s| s)? (?:(?:home |origin )?(?P<level>prefecture|city|county)(?: of (?:origin|production))?\b|"
                                            r"(?:place of origin|place of production|birthplace|origin)(?= (?:lies|is|sits)\b))",
              examples=("Hengxian jasmine tea's place of origin lies in which prefecture?",
                        "Lingyun tea's county of origin: what is its parent city?")),
    Reference("en_issuer", ("issuedBy",),
              before=r"\bthe (?:body|agency|office|department|authority|organi[sz]ation|government) (?:that|which) "
                     r"(?:issued|published|released) (?:the )?$"),
    Reference("en_host", ("hostedBy",),
              before=r"\bthe (?:body|agency|office|department|organi[sz]ation|government) (?:that|which) hosted (?:the )?$"),
    Reference("en_host_of", ("hostedBy",), before=r"\b(?:the|its) (?:host|hosting body|host organi[sz]ation) of (?:the )?$",
              examples=("Which policy did the host of the China-ASEAN Information Harbor E-commerce Forum issue?",)),
    Reference("en_hosts_of", ("hostedBy",), after=r"(?:['’]s| s)? (?:host|hosting body|host organi[sz]ation)\b",
              examples=("What policy paper did the forum's host issue?",)),
    Reference("policy_of", ("^issuedBy",),
              after=r"(?:那份|这份|的那份)?(?:[^，,。？?的]{0,24}?的)?(?:那份|那个|发的|出的|发布的)?(?:批复|批覆|文件|政策|意见|通知)",
              examples=("国务院的批复同意在多少个城市设立跨境电商综试区？",)),
    Reference("en_policy_of", ("^issuedBy",),
              after=r"(?:'s|’s)?(?: (?:[A-Z][a-z]+ )?\d{4})? (?:reply|document|policy|notice|opinions|circular)\b",
              examples=("How many cities did the State Council's August 2018 reply approve for cross-border e-commerce "
                        "comprehensive pilot zones?",)),
    # the document that set up or backs a programme (综试区那份批复: the reply establishing the pilot zones)
    Reference("policy_about", ("^establishes", "^supports"), after=r"[”」』\"]?(?:那份|这份|的那份|的)?(?:批复|批覆|文件|政策|通知|意见|规划|方案)",
              examples=("跨境电商综试区那份批复一共同意了多少个城市？",)),
    Reference("en_policy_about", ("^establishes", "^supports"),
              after=r"[”\"']?(?:'s|’s)?(?: implementation| action)?(?: plan)? (?:reply|document|policy|notice|opinions|circular|plan)\b",
              examples=("Issuer of the Internet-plus-circulation implementation notice?",)),
    # the group a thing belongs to (凌云茶所在的那个茶产业: 广西桂茶产业)
    Reference("group_of", ("partOf", "category"),
              after=r"(?:(?:所在|所属)的?|属于的)(?:那个|这个)?(?![\u4e00-\u9fff]{0,2}(?:哪|什么|何))[\u4e00-\u9fff]{0,3}?(?:产业链|产业|行业|品类|类别)",
              examples=("凌云茶所在的那个茶产业里，除了它还有哪几种茶？",)),  # 六堡茶属于桂茶产业吗: the group named, no reference
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
    return (_pattern(ref.before[:-1] + OPENING + "$").search(text) or False) if ref.before else None


def _after(ref: Reference, text: str):
    return (_pattern(CLOSING + ref.after).match(text) or False) if ref.after else None


@lru_cache(maxsize=None)
def _pattern(text: str):
    """A reference's words as a pattern, compiled once (and with Han classes kept out of case folding)."""
    return lazyre.compile(text, re.I)


# what is left of a question that only asks for the phrase itself (横县茉莉花茶的产地是哪里？): no chain
ONLY_ASKS = lazyre.compile(r"(?:请问|是|在|位于|哪里|哪儿|哪一个|哪一家|哪一|哪个|哪家|哪|什么地方|什么|何处|谁|单位|机构|部门|呢|吗|叫什么名字|叫什么|名字|县|地级市|城市|市|"
                       r"where|what['’]s|whats|what|which|who['’]s|who|whom|is|are|was|were|the|called|its name|name|[\s？?。.,，!！《》「」“”\"])*", re.I)


def only_asks(text: str, start: int, end: int) -> bool:
    """The rest of the question asks for nothing but the thing the phrase names (…的那个县叫什么名字), a lead about
    the asker aside (我们在凭祥有个边贸仓，…)."""
    before = text[:start]
    lead = re.match(r"^[^，,。？?]*?(?:我们|我|咱们|本人)[^，,。？?]*[，,：:]\s*", before)
    return bool(ONLY_ASKS.fullmatch(before[lead.end() if lead else 0:] + text[end:]))


LISTS_THEM = lazyre.compile(r"[\s，,]*(?:请问|请列出|列出)?(?:都|还|一共|共|总共)?(?:有|是|包括)?(?:哪些|哪几种|哪几个|哪几样|几种|几个|多少种|多少个)"
                          r"(?:呢|啊|呀)?[\s？?。]*|[\s，,]*(?:list|which are they|what are they)[\s?.]*", re.I)


def lists_them(text: str, start: int, end: int) -> bool:
    """The rest of the question asks which or how many things the clause describes (产自柳州的产品有哪些): a list or
    count of all of them, never the one a clause would name."""
    return bool(LISTS_THEM.fullmatch(text[:start] + text[end:]))


def phrases(q) -> list[tuple[Reference, object, int, int, str | None]]:
    """(pattern, name, start, end, level) of every referring phrase in a question that asks something more
    about what the phrase names, the longest first: the registered patterns, then relative clauses."""
    found = []
    for n in q.names:
        found += [(ref, n, *hit) for ref, hit in _registered(q, n)]
        found += [(ref, n, start, end, None) for ref, start, end in clauses(q, n) if not lists_them(q.text, start, end)]
        found += [(HOLDER, n, n.start, n.end, None)] if _holder_asked(q, n) else []
        found += [(ref, n, n.start, end, None) for ref, end in _possessive(q, n)]
    return sorted((f for f in found if not _one_of_alternatives(q, f[1])), key=lambda f: f[2] - f[3])


def _one_of_alternatives(q, n) -> bool:
    """自治区人民政府或办公厅发布的政策: a name given with another as alternatives (或, or) names no one thing: the
    things of either are asked, never those of one (nor of both)."""
    return any(n in (a, b) and OR_JOIN.fullmatch(q.text[a.end:b.start]) for a, b in zip(q.names, q.names[1:]))


OR_JOIN = lazyre.compile(r"\s*(?:或者|或是|或|\bor\b)\s*", re.I)


ANY = "*"  # any relation of the graph's vocabulary


def _possessive(q, n) -> list[tuple[Reference, int]]:
    """Rong'an's co-op poverty model, Fengshan's walnut-chicken model: the one thing of the class named that the
    graph relates to the name (either way), by any relation; a phrase naming several is no reference."""
    from .lexicon import CLASS_WORDS

    m = _possessive_pattern().match(q.text[n.end:]) if q.lang == "en" else None
    if not m:
        return []
    return [(Reference("possessive", (ANY, "^" + ANY), cls=CLASS_WORDS["en"][m.group("cls").lower()]), n.end + m.end())]


@lru_cache(maxsize=1)
def _possessive_pattern():
    """'s, a few words, then a class word (built once: the class words come from the lexicon); never a division's
    level or code (Rong'an County's division level: its own)."""
    from .lexicon import CLASS_WORDS

    cls = _alternation(w for w in CLASS_WORDS["en"] if len(w) > 3)
    return lazyre.compile(rf"['’]s (?:[\w'’+-]+ ){{0,4}}?(?P<cls>{cls})\b(?![\s-]+(?:level|code|codes|seat|seats|centre|center|proper)\b)", re.I)


# a designation asked where it is (那个淘宝村属于哪个市, the Taobao village: which city is it in): its one holder
HOLDER = Reference("holder", ("^hasDesignation",), stands_for=True, examples=("文章里提到的那个淘宝村，属于广西哪个地级市？",))


def _holder_asked(q, n) -> bool:
    """A where question about a designation: asked of the thing that holds it."""
    designation = n.iri.startswith("https://w3id.org/gxkg/resource/designation/")
    return designation and ("where" in q.cues or bool(PLACE_OF_HOLDER.match(q.text, n.end)))


# the Taobao village's county, 淘宝村所在的县: a place of the thing holding the designation
PLACE_OF_HOLDER = lazyre.compile(r"(?:['’]s\s+(?:county|prefecture|city|town|township)\b|[”\"]?(?:所在|所属)的?(?:县|市|镇|乡))", re.I)


def _registered(q, n):
    """The registered patterns around name n, with their spans and levels, that ask something more."""
    for ref in REFERENCES:
        hit = _matches(ref, q.text, n.start, n.end)
        if hit and _topic_of_many(q.text, n.end, hit[1]):
            continue  # 金花茶：产地市的拼音？属于哪个产业？: the topic of every sentence, each asked of it
        if hit and hit[1] > hit[0] + (n.end - n.start) and (hit[2] or ref.ends or not only_asks(q.text, hit[0], hit[1])) \
                and not _said_to_be_a_name(q, hit[1]) and not _kind_of_its_own(q, n, ref) and not _members_counted(q, ref, hit) \
                and not _two_said_alike(q, ref, hit):
            yield ref, hit


def _two_said_alike(q, ref, hit) -> bool:
    """凭祥和宁明在同一个地级市吗: the shared place said of two names joined is whether they share it, no reference."""
    return ref.name in ("same_place", "same_group") and any(m.end <= hit[0] and not q.text[m.end:hit[0]].strip() for m in q.names)


def _topic_of_many(text: str, name_end: int, end: int) -> bool:
    """The name is a topic said with a colon, and more than one sentence follows."""
    return re.match(r"[》」』”\"]?[：:]", text[name_end:end]) is not None and re.search(r"[？?，,]\s*\S", text[end:]) is not None


def _members_counted(q, ref, hit) -> bool:
    """桂林市的县级市和自治县有几个, 南宁的县级市有哪些: the members of a kind counted or listed, or joined with another
    kind, are no one thing named."""
    joined = re.match(r"\s*(?:和|与|及|以及|、|,|\band\b|\bor\b)", q.text[hit[1]:], re.I)
    return bool(ref.ends) and (bool(joined) or lists_them(q.text, hit[0], hit[1]))


def _kind_of_its_own(q, n, ref) -> bool:
    """Ping Xiang city, Rong'an County: a place's name with a kind word right after it and no 's is the place
    itself, not the city it lies in."""
    own = re.match(r"\s+(?:city|county|prefecture|district)\b", q.text[n.end:], re.I)
    return ref.name == "en_origin" and "/resource/place/" in n.iri and own is not None


def _said_to_be_a_name(q, end: int) -> bool:
    """The phrase is said to be another thing named (论坛的承办单位是自治区商务厅，没错吧？): a claim to check as it
    stands, not a thing to follow."""
    m = re.match(r"\s*(?:就|正|确实|应该|应当)?(?:是不是|是否是|是否为|是否|是|为)\s*", q.text[end:])  # 主办方是不是商务厅
    return bool(m) and any(o.start == end + m.end() for o in q.names)


# ------------------------------------------------------------------ relative clauses from the vocabulary
# A relative clause names things by a relation word of the ontology (gxo:questionWord) and a class word:
# 出产凌云茶的那个县, 桂林米粉归入的那一类米粉, the model that Fengshan adopted, the centre that sources goods
# from Australia. The things are those of the class at the other end of the relation, either way round.
# Words clauses use for a relation beside its question words:
CLAUSE_WORDS = {"zh": {"adoptsModel": ("搞", "实行", "走"), "partOf": ("所属", "归属"), "category": ("归入", "所属", "归属", "属于"), "builds": ("在建", "建"), "hasDesignation": ("被叫做", "被称为", "叫做", "称为", "被评为"),
                       "establishes": ("批准设立", "同意设立"), "productsFrom": ("卖", "有来自"), "originatesFrom": ("产", "盛产"),
                       "locatedIn": ("设在", "坐落在", "坐落于", "落在")},
                "en": {"adoptsModel": ("behind", "is behind", "was behind"), "hostedBy": ("hosting", "is hosting"), "namesPlace": ("named", "lists", "listed"),
                       "productsFrom": ("stocks goods from", "sells goods from", "has goods from", "sources goods from", "stocks", "sells"),
                       "partOf": ("belongs to", "is part of"), "category": ("belongs to", "falls under"),
                       "builds": ("building", "are building", "is building"), "hasDesignation": ("is called", "was named"),
                       "involvesProduct": ("is about", "revolves around"), "originatesFrom": ("grows", "grow", "produces", "produce")}}
DEMONSTRATIVE = r"(?:两座|两个|两家|那两个|那两座|这两个|那个|这个|那家|这家|那份|这份|那项|这项|那些|这些|那几个|这几个|那几家|那座|那种|这种|那类|那一类|那一大类|一大类|那一种|个|家|份)?"
CLAUSE_EXAMPLES = {"出产凌云茶的那个县在哪个地级市？": {"百色市"}, "桂林米粉归入的那一类米粉带动了哪些上游产业？": {"竹笋种植", "豆角种植", "螺蛳养殖"},
                   "采用了涉及核桃鸡的模式的县在哪个市？": {"河池市"}, "搞“互市贸易+跨境电商”新模式的那几个边境城市，分别归哪个地级市？": {"防城港市", "崇左市"},
                   "What product is at the heart of the poverty-alleviation model that Fengshan adopted?": {"Wanshougu walnut chicken"},
                   "The experience centre that stocks goods from Australia - which city is it in?": {"Nanning"},
                   "The border cities that are building the offline cross-border e-commerce supervision centre - which prefectures are they in?":
                       {"Fangchenggang", "Chongzuo"}}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _clause_words(lang: str) -> list[str]:
    """The relation words a clause may use: the ontology's question words that are not questions themselves
    (什么模式, 在哪举办), and the clause words above."""
    from .lexicon import relations

    asks = ("什么", "哪", "在哪", "由谁", "谁")
    words = [w for ws in relations().values() for w in ws[lang == "en"] if len(w) > 1 and not w.startswith(asks)]
    return words + [w for ws in CLAUSE_WORDS[lang].values() for w in ws]


@lru_cache(maxsize=2)
def _clause_patterns(lang: str) -> tuple:
    """(regex before the name, regex after it, which of them holds the relation word) of each clause shape of
    a language, with the relation word in group rel and the class word in group cls."""
    from .lexicon import CLASS_WORDS

    words = _clause_words(lang)
    rel, cls = _alternation(words), _alternation(w for w in CLASS_WORDS[lang] if len(w) > 1 or lang == "zh")
    if lang == "zh":
        noun = rf"的{DEMONSTRATIVE}[\u4e00-\u9fff]{{0,3}}?(?P<cls>{cls})"
        return ((lazyre.compile(rf"(?P<rel>{rel})了?$"), lazyre.compile(rf"[^，,。？?的]{{0,4}}{noun}"), 0),
                (None, lazyre.compile(rf"所?(?P<rel>{rel})了?{noun}"), 1))
    noun = rf"\bthe (?:(?!the\b|of\b|that\b|which\b)[\w'-]+ ){{0,3}}?(?P<cls>{cls})"
    verb = r"(?:(?:is|are|was|were|has|have|had) )?"
    bare = _alternation(w for w in words if w.endswith("ing") or w == "behind" or PARTICIPLE.fullmatch(w))  # the city hosting X,
    # the county behind X, the centre located in X
    return ((lazyre.compile(rf"{noun},? (?:(?:that|which|who|where) {verb}(?:been )?(?P<rel>{rel})|(?P<bare>{bare})) (?:the |a |an )?(?:(?:19|20)\d\d )?$", re.I), None, 0),
            (lazyre.compile(rf"{noun},? (?:that |which )?(?:the )?$", re.I), lazyre.compile(rf" {verb}(?P<rel>{rel})\b", re.I), 1))


# a past participle and its preposition, a clause of its own after a noun (the centre located in X, the fruit grown in Y)
PARTICIPLE = lazyre.compile(r"\w+(?:ed|en|lt|wn) (?:in|by|at|from|to|on)")
# what every clause shape has: 的 in Chinese; a relative word or a bare participle in English
CLAUSE_MARK = {"zh": lazyre.compile("的"), "en": lazyre.compile(r"\b(?:that|which|who|where|behind)\b|\w\wing\b|\w(?:ed|en|lt|wn) (?:in|by|at|from|to|on)\b", re.I)}
QUOTES_BEFORE, QUOTES_AFTER = "《“\"「『", "》”\"」』"


def clauses(q, n) -> list[tuple[Reference, int, int]]:
    """The relative clauses around name n: a Reference following the clause's relations (both ways) to
    things of its class, with the clause's span."""
    if not CLAUSE_MARK[q.lang].search(q.text):  # no clause can be there: the patterns are not even built
        return []
    listed = _listed_after(q, n)
    end = listed[-1].end if listed else n.end
    lead, tail = q.text[:n.start].rstrip(QUOTES_BEFORE), q.text[end:]
    quotes = len(tail) - len(tail.lstrip(QUOTES_AFTER))
    found = []
    for before, after, has_rel in _clause_patterns(q.lang):
        b, a = _fits(before, lead, True), _fits(after, tail[quotes:], False)
        if b is not False and a is not False:
            ref = _clause_reference(q.lang, (b, a)[has_rel], b, a)
            found.append((replace(ref, also=tuple(m.iri for m in listed)), b.start() if b else n.start, end + (quotes + a.end() if a else 0)))
    return found


LIST_JOIN = lazyre.compile(r"\s*(?:、|和|及|与|以及|,|，|\band\b|\bor\b)\s*$", re.I)


def _listed_after(q, n) -> list:
    """The names listed right after n (江西、四川、湖南: 四川, 湖南), joined by 、 or and."""
    out, at = [], n.end
    for m in sorted((m for m in q.names if m.start >= n.end), key=lambda m: m.start):
        if not LIST_JOIN.fullmatch(q.text[at:m.start]) or not q.text[at:m.start].strip():
            break
        out.append(m)
        at = m.end
    return out


def _fits(pattern, text: str, ending: bool):
    """The pattern's match ending (or starting) the text; None without a pattern, False when it does not fit."""
    if pattern is None:
        return None
    return (pattern.search(text) if ending else pattern.match(text)) or False


def _clause_reference(lang: str, rel, b, a) -> Reference:
    """The clause's relations, both ways, and the class its noun names."""
    from .lexicon import CLASS_WORDS

    noun = next(m for m in (a, b) if m and m.groupdict().get("cls")).group("cls").lower()
    rels = tuple(x for r in _relations_of(rel.group("rel") or rel.group("bare"), lang) for x in (r, "^" + r))
    return Reference("clause", rels, cls=CLASS_WORDS[lang][noun], strict=noun in STRICT_PREFECTURE)


STRICT_PREFECTURE = {"prefecture", "prefectures", "prefecture-level city", "prefecture-level cities", "prefecture-level divisions", "地级市"}


def _relations_of(word: str, lang: str) -> list[str]:
    from .lexicon import relations

    w = word.lower()
    return [r for r, words in relations().items() if w in (x.lower() for x in words[lang == "en"] + CLAUSE_WORDS[lang].get(r, ()))]


def follow(ctx, ref: Reference, iri: str, level: str | None) -> list[str]:
    """The things the phrase names: the first of its relations with facts (of the clause's class), lifted to
    the level named."""
    from .intents import _lift_to_level, _node, _v

    for rel in ref.relations:
        rows, ends = _ends(ctx, iri, rel, ref.cls, ref.strict)
        ends = _with_each_also(ctx, ref, rel, _named_ending(ctx, ends, ref.ends))
        if ends:
            ctx.cite([_v(r, "ev") for r in rows])
            lifted = {_lift_to_level(ctx, _node(e), level).value for e in ends}
            return _innermost(ctx, sorted(x for x in lifted if not level or ctx.is_a(x, level)))
    return []


def _with_each_also(ctx, ref: Reference, rel: str, ends: list[str]) -> list[str]:
    """The things that have the relation with every other name listed too."""
    for other in ref.also:
        ends = [e for e in ends if e in _ends(ctx, other, rel, ref.cls, ref.strict)[1]]
    return ends


def _named_ending(ctx, things: list[str], end: str) -> list[str]:
    """The things whose Chinese name ends so (…市 of the county-level cities); all when no end is asked."""
    return [t for t in things if (ctx.kg.label(t, "zh") or "").endswith(end)] if end else things


def _innermost(ctx, places: list[str]) -> list[str]:
    """Of places one inside the next (held in Nanning and in Guangxi), the innermost: the place the phrase
    names (the forum's venue is Nanning); any other ends as they are."""
    inner = [p for p in places if _inside_all(ctx, p, places)] if len(places) > 1 else []
    return inner if len(inner) == 1 else places


def _inside_all(ctx, p: str, places: list[str]) -> bool:
    from .intents import _above

    return all(p == o or _above(ctx, p, o) for o in places)


def _of_class(ctx, iri: str, cls: str | None, strict: bool = False) -> bool:
    """The thing is of the clause's class (a city word takes a county-level city too: 东兴市; a prefecture word
    does not)."""
    from .intents import named_city

    if not cls:
        return True
    loose = cls == "Prefecture" and not strict
    return loose and ctx.is_a(iri, "County") and named_city(ctx, iri) or ctx.is_a(iri, cls)


def _ends(ctx, iri: str, rel: str, cls: str | None = None, strict: bool = False) -> tuple[list, list[str]]:
    """The facts of one relation from the name (^rel: pointing at it) and the things of cls at their other end."""
    from .intents import _iri, _node

    inverse = rel.startswith("^")
    bound = {("o" if inverse else "s"): [_node(iri)]}
    rows = ctx.related({**bound, "p": [_node(GXO + rel.lstrip("^"))]} if rel.lstrip("^") != ANY else bound)
    other = "s" if inverse else "o"
    rows = [r for r in rows if _iri(r[other]) and r["p"].value.startswith(GXO) and _of_class(ctx, r[other].value, cls, strict)]
    return rows, sorted({r[other].value for r in rows})


def _with_words_of_the_name(text: str, start: int, label: str) -> int:
    """The phrase begins earlier when the words before it are words of the thing's own name (同意在北京等22个城市 |
    设立…的那份批复: the reply's name holds them; 北京 is no second thing asked about)."""
    k = next((k for k in range(start, 1, -1) if text[start - k:start] in label), 0)
    return start - k


TITLE_VERBS = ("获得", "荣获", "获评", "被评为", "评为", "入选", "被命名为", "命名为")


def _with_its_verb_before(q, start: int) -> int:
    """获得“淘宝村”称号的那个村: the verb and the quotation mark right before the phrase belong to it."""
    if q.lang != "zh" or start == 0:
        return start
    m = re.search("(?:" + _alternation(list(TITLE_VERBS) + _clause_words("zh")) + r")了?\s*[“\"「『]?\s*$", q.text[:start])
    return m.start() if m and q.text[start - 1] in "“\"「『" else start


def _with_a_fact_before(ctx, q, start: int, things: list[str]) -> int:
    """点名南宁 | 设立…的那份批复: a relation word and a name right before the phrase that are a fact of the one
    thing it names (the reply names Nanning) describe it too, and are part of the phrase."""
    name = next((n for n in q.names if n.end == start), None) if len(things) == 1 and q.lang == "zh" else None
    m = re.search("(?:" + _alternation(_clause_words("zh")) + r")了?\s*$", q.text[:name.start]) if name else None
    return m.start() if m is not None and _tied(ctx, things[0], name.iri) else start


EN_FACT_CLAUSE = lazyre.compile(r"\s*,?\s*(?:that|which)\s+(?:[a-z]+\s+){1,3}?(?:\d+\s+)?(?:the\s+)?", re.I)


def _with_a_fact_after(ctx, q, end: int, things: list[str]) -> int:
    """the State Council reply | that created 22 … pilot zones: a relative clause right after the phrase whose name
    is a fact of the one thing it names (the reply establishes the zones) describes it too, and is part of it."""
    if len(things) != 1 or q.lang != "en":
        return end
    name = next((n for n in q.names if n.start > end and EN_FACT_CLAUSE.fullmatch(q.text[end:n.start])), None)
    return name.end if name and _tied(ctx, things[0], name.iri) else end


def _tied(ctx, thing: str, other: str) -> bool:
    """A relation of the ontology's links the two things either way (ties.rq)."""
    from .intents import ties

    return bool(ties(ctx, thing, other))


def _plain(label: str) -> str:
    """A name as a question writes it: Dongxing (county-level city) as Dongxing."""
    return re.sub(r"\s*\([^)]*\)", "", label).strip() or label


def _other_level(rest: str, cls: str | None) -> bool:
    """The rest of the question asks a level of place other than the clause's own (出产凌云茶的那个县 | 在哪个地级市)."""
    if cls not in ("County", "Prefecture", "Village", "Township"):
        return False
    low, asked = rest.lower(), set()
    for word, level in sorted(LEVELS, key=lambda x: -len(x[0])):  # 地级市 before 市: each word counted once
        if word in low:
            asked.add(level)
            low = low.replace(word, " ")
    return bool(asked - {cls})


MANY = 5  # a clause naming more things than this is a list question, not a reference


def rewrite(kg, q, lang: str, ctx) -> tuple[str, str, list[str], bool] | None:
    """The question with its first referring phrase that names one thing (or, for a relative clause, a few:
    那几个边境城市) replaced by their names: (new question, the phrase, the things' IRIs, whether the phrase
    is a relative clause: a reading the question may do without)."""
    for ref, n, start, end, level in phrases(q):
        things = [t for t in follow(ctx, ref, n.iri, level) if not _set_beside(q, t)]
        if _named(ref, things) and _as_many_as_said(q.text[start:end], things):
            start = _with_words_of_the_name(q.text, start, kg.label(things[0], "zh") or "") if len(things) == 1 else start
            start = _with_its_year(ctx, q.text, start, n.iri)
            start = _with_beside_before(q, _with_its_verb_before(q, _with_a_fact_before(ctx, q, start, things)))
            end = _with_a_fact_after(ctx, q, end, things)
            level = None if ref.stands_for else ref.cls or level
            return _rewritten(kg, q, lang, things, (start, end), level, ref.stands_for), q.text[start:end], things, bool(ref.cls)
    return None


def _set_beside(q, iri: str) -> bool:
    """和南宁一起被记为…的那座城市, the city listed along with Nanning: a thing named beside the one described is not it."""
    return any(n.iri == iri and (BESIDE_BEFORE.search(q.text[:n.start]) and BESIDE_AFTER_ZH.match(q.text[n.end:])
                                 or BESIDE_BEFORE_EN.search(q.text[:n.start])) for n in q.names)


def _with_beside_before(q, start: int) -> int:
    """跟凭祥一起推行…的那个城市: the name set beside the thing described belongs to the phrase (it is no second thing
    asked about)."""
    m = BESIDE_LEAD.search(q.text[:start])
    return m.start() if m and any(m.start() <= n.start and n.end <= start for n in q.names) else start


TOGETHER = "一起|一道|一同|一块儿|一块"  # 跟凭祥一起 (一块儿) 推行: together with
BESIDE_LEAD = lazyre.compile(rf"(?:和|与|跟|同)[^，,。？?]{{1,16}}?(?:{TOGETHER})\s*$")
BESIDE_BEFORE = lazyre.compile(r"(?:和|与|跟|同)\s*$")
BESIDE_AFTER_ZH = lazyre.compile(rf"\s*(?:{TOGETHER}|并列|同时)")
BESIDE_BEFORE_EN = lazyre.compile(r"\b(?:together with|along with|alongside|besides|other than|apart from|as well as)\s+(?:the\s+)?$", re.I)


YEAR_BEFORE = lazyre.compile(r"(?:(?P<y>(?:19|20)\d\d)年?的?|(?:the |in )?(?P<y2>(?:19|20)\d\d)(?:'s)? )$", re.I)


def _with_its_year(ctx, text: str, start: int, iri: str) -> int:
    """The phrase begins at a year right before it that is the thing's own (2018年中国-东盟信息港电子商务论坛举办城市:
    the forum of 2018, no year of what is asked about the city)."""
    from .intents import _node, query

    m = YEAR_BEFORE.search(text[:start])
    year = m and (m.group("y") or m.group("y2"))
    dates = ctx.run(query("dates"), {"e": [_node(iri)]}) if year else []
    return m.start() if any(str(r["d"].value).startswith(year) for r in dates) else start


# a thing described in a lead and referred back to after it (… part of a bigger noodle group, what industry chain is
# that group in; 该平台服务某个地区。哪个设施卖来自这个地区的商品)
THAT_NOUN = lazyre.compile(r"\b(?:that|this|the same|that same) (?P<noun>[a-z-]+)\b|(?:那个|这个|该|这一)(?P<zh>[\u4e00-\u9fff]{1,2})(?=的|是|在|有|里|，|,|？|\?|$)", re.I)
CLAUSE_CUT = lazyre.compile(r"[.。?？!！;；,，]\s*|\s[-–—]+\s")


def lead_then_that(kg, q, ctx) -> tuple[str, str, list[str], bool] | None:
    """A lead that relates one named thing to something it only describes (serves some region), and a question
    about "that region": the question with the things the relation gives put in its place, as `rewrite` gives it
    (question, lead, things, no relative clause); None unless the relation gives one to three things, of the kind
    the noun names when it names one."""
    m, cut = _referred_back(q.text)
    lead = [n for n in q.names if n.end <= cut]
    rels = _lead_relations(q, cut)
    if not (cut and len(lead) == 1 and rels) or _asks(q.text[:cut]):
        return None  # who hosts the forum, and what did that body issue: two questions, each answered
    things = follow(ctx, Reference("lead", rels), lead[0].iri, None)
    if not _fit(ctx, things, _noun_class(m.group("noun") or m.group("zh"), q.lang)):
        return None
    name = ("、" if q.lang == "zh" else " and ").join(_plain(kg.label(t, q.lang)) for t in things)
    return q.text[cut:m.start()] + name + q.text[m.end():], q.text[:cut].rstrip(" ,，.。;；-—"), things, False


def _lead_relations(q, cut: int) -> tuple:
    """The relations said before the cut; part of a bigger group is also the kind a thing is of."""
    rels = tuple(r for r in q.relations if q.at.get(r, len(q.text)) < cut)
    return rels + (("category",) if "partOf" in rels else ())


def _referred_back(text: str):
    """The last "that region" (这个地区) and where the clause holding it begins (0 when there is none)."""
    m = next(reversed(list(THAT_NOUN.finditer(text))), None)
    return m, max((c.end() for c in CLAUSE_CUT.finditer(text, 0, m.start())), default=0) if m else 0


def _fit(ctx, things: list[str], cls: str | None) -> bool:
    """One to three things, each of the class the noun names (any, when it names none)."""
    return 1 <= len(things) <= 3 and (not cls or all(ctx.is_a(t, cls) for t in things))


def _asks(lead: str) -> bool:
    from .intents import ASKING_WORD

    return ASKING_WORD.search(lead) is not None or re.search(r"[?？吗]", lead) is not None


def _noun_class(noun: str, lang: str) -> str | None:
    """The class a noun names (city, 县), if any."""
    from .lexicon import CLASS_WORDS

    words = CLASS_WORDS[lang]
    return words.get(noun.lower()) or words.get(noun.lower().rstrip("s"))


def _as_many_as_said(phrase: str, things: list[str]) -> bool:
    """…模式的两座边境城市: a phrase that says two names two things, or none is read."""
    return len(things) == 2 if re.search(r"[那这]?两[座个家]", phrase) else True


def _named(ref: Reference, things: list[str]) -> bool:
    """The phrase names one thing, or a relative clause a few."""
    return len(things) == 1 or ref.name == "clause" and 1 < len(things) <= MANY


def _rewritten(kg, q, lang: str, things: list[str], span: tuple[int, int], level: str | None, always: bool) -> str:
    """The question with the phrase replaced by the things' names; empty when it asks for nothing more (never
    when the name stands for the thing)."""
    start, end = span
    name = ("、" if lang == "zh" else " and ").join(_plain(kg.label(t, lang)) for t in things)
    if not always and only_asks(q.text, start, end) and not _other_level(q.text[:start] + q.text[end:], level):
        return ""
    return q.text[:start] + name + q.text[end:]


# a question that names its topic first and then refers to it (Lingyun tea: which city is its home county under?)
PLACE_AFTER = lazyre.compile(r"\s*(?:in|of|,)\s+[A-Z][\w'’ -]+")  # Xiufeng District in Guilin: where it is
TOPIC_FIRST = lazyre.compile(r"^\s*(?P<lead>[^:：?？]{2,120}?)\s*(?:[:：]|\s[-–—]+)\s*(?P<rest>.+)$")


LEAD_FILLER = lazyre.compile(r"(?:\s|\b(?:the|a|an|as for|about|regarding|re|on|and|in|of|mentioned|named|article|report|source|"
                             r"graph|question|q)\b|[,'’s.])*", re.I)


def only_the_name(kg, lead: str, name) -> bool:
    """The lead is the name, with nothing but filler and its own kind word (Rong'an County, as for Lingyun tea);
    the border city under Fangchenggang is another thing than Fangchenggang."""
    rest = lead.replace(name.text, " ")
    kinds = {w.lower() for w in re.findall(r"[A-Za-z-]+", kg.label(name.iri, "en") or "")}
    return LEAD_FILLER.fullmatch(" ".join(w for w in rest.split() if w.lower() not in kinds)) is not None


def topic_first(kg, q) -> str | None:
    """The question with "its" ("their") read as the one name of its lead (Lingyun tea's home county; Xiufeng District in
    Guilin, its place read as context), so that a phrase built on it is read; None when the question is not so made."""
    m = TOPIC_FIRST.match(q.text) if q.lang == "en" and len(q.names) == 1 else None
    lead = [n for n in q.names if n.end <= m.end("lead")] if m and re.search(r"\b(?:its|their)\b", m.group("rest"), re.I) else []
    end = lead[0].end if lead and PLACE_AFTER.fullmatch(q.text, lead[0].end, m.end("lead")) else m.end("lead") if lead else 0
    if not lead or not only_the_name(kg, q.text[m.start("lead"):end], lead[0]):
        return None
    return re.sub(r"\b(?:its|their)\b", _plain(kg.label(lead[0].iri, "en")) + "'s", m.group("rest"), count=1, flags=re.I)  # Kumquats: their
