"""Every sentence `ask` says about a question rather than from the graph, in both languages.

A Chinese message holds no English word: what a reader sees in a Chinese answer is Chinese.
"""

from __future__ import annotations

CATALOGUE = {
    "refused": ("无法回答", "cannot answer"),
    "empty": ("请提一个问题，例如：{example}", "ask a question, e.g. {example}"),
    "understood": ("识别到：{names}", "understood: {names}"),
    "no_entity": ("没有识别出图谱中的名称", "no name of the graph recognised"),
    "held_instead": ("（图谱中只有{name}）", " (the graph holds only {name})"),
    "elsewhere": ("（{place}，不在广西{held}）", " ({place}, outside Guangxi{held})"),
    "elsewhere_held": ("；图谱中有{name}", "; the graph holds {name}"),
    "not_understood": ("未能理解：{words}", "not understood: {words}"),
    "none_other": ("图谱没有记录{names}以外的", "the graph records nothing other than {names}"),
    "unused": ("问题中的条件无法用于回答：{words}", "conditions the answer could not use: {words}"),
    "no_kind": ("不知道问的是{names}的什么", "what is asked about {names} is not clear"),
    "no_part_of": ("原文只给出{what}的总数，没有给出其中的这一部分", "the source gives only the total {what}, not this part of it"),
    "not_tied": ("无法确认：图谱中{what}的这项数据与{other}无关", "cannot confirm: the graph does not tie this figure of {what} to {other}"),
    "no_figure_stated": ("图谱中没有写作 {number} 的数据", "the graph has no figure stated as {number}"),
    "no_figure": ("按对问题的理解，图谱中没有{what}的这项数据", "as the question was read, the graph has no such figure for {what}"),
    "only_mentioned": ("图谱只收录了来源提到的{what}，这里不是全部", "the graph holds only the places of this kind its sources mention ({what}): this is not all of them"),
    "few_of_level": ("图谱只收录了来源提到的{what}（{names}），不是全部，数不出总数",
                     "the graph holds only the {what} its sources mention ({names}), not all of them: no count can be given"),
    "not_a_total": ("图谱只记录了文章提到的部分{what}，没有全区的总数（可以问“图谱里有多少{what}”）",
                    "the graph records only the {what} its sources mention, not a total (ask how many {what} the graph records)"),
    "listed_etc": ("来源列举时带“等”字，图谱只记录了这{n}个，不一定是全部", "the source lists them with 'and others' (等): the graph records these {n}, perhaps not all"),
    "named_with": ("只计与“{name}”在同一句中列出的", "only those named in the same sentence as {name}"),
    "left_out": ("已按要求除去：{what}", "left out as asked: {what}"),
    "not_addable": ("这几项数据的单位或时期不同（{what}），不能相加", "these figures differ in unit or period ({what}) and are not added"),
    "no_year": ("图谱中没有{what}在{years}的数据（有数据的时期：{have}）",
                "the graph has no figure for {what} in {years} (periods it has: {have})"),
    "month": ("{years}年{month}月", "month {month} of {years}"),
    "months": ("{years}年{first}—{last}月", "months {first} to {last} of {years}"),
    "as_of_month": ("截至{years}年{month}月", "month {month} of {years} (a total to that month)"),
    "whole_year": ("{years}年全年", "the whole of {years}"),
    "undated": ("原文未说明时间", "date not stated"),
    "none_lies_in": ("图谱没有记录位于{place}的实体", "the graph records nothing located or held in {place}"),
    "lies_in_within": ("{thing}位于{place}", "{thing} is in {place}"),
    "only_one_with_figure": ("{place}的这些事物中只有{thing}有这项数据，无从排名", "of those of {place}, only {thing} has this figure: nothing to rank it against"),
    "none_with_figure": ("{place}的这些事物（{things}）都没有这项数据", "none of those of {place} ({things}) has this figure"),
    "no_relation": ("按对问题的理解，图谱中没有{what}的这项关系", "as the question was read, the graph states no such relation for {what}"),
    "only_kind": ("图谱只记载了它是{kind}，没有与它相关的其他事实或数据", "the graph records only that it is a {kind}: no other fact or figure"),
    "figure_only": ("图谱只有数量，没有逐一列出：{what}", "the graph holds only the number, not the list: {what}"),
    "no_total_none": ("没有来源说明{what}共有多少，按对问题的理解，图谱中也没有找到符合条件的", "no source states how many {what} there are in all, and as the question was read the graph holds none that meet it"),
    "no_total": ("没有来源说明{what}共有多少，图谱只记录了其中{n}个：{members}",
                 "no source states how many {what} there are in all; the graph records {n}: {members}"),
    "exact_said": ("{what}：原文给出确数“{stated}”", "{what}: the source states an exact figure, \"{stated}\""),
    "bound_said": ("{what}：原文给出的是约数或下限“{stated}”，不是确数", "{what}: the source gives a bound or an approximation, \"{stated}\", not an exact figure"),
    "estimate_said": ("原文说明数字来自“{word}”", "the source says the figure is \"{word}\" ({en})"),
    "no_exact": ("原文只给出“{stated}”，没有确切数字", "the source gives only \"{stated}\", no exact figure"),
    "count_only": ("图谱只有{what}这个数字，没有逐一列出", "the graph has only the number ({what}), not the things it counts"),
    "part_of_combined": ("原文只给出{whole}的合计数，没有单列{part}", "the source gives only the combined {whole}, not {part} alone"),
    "bound_unclear": ("原文只说“{stated}”，据此无法判断", "the source says only \"{stated}\": not enough to tell"),
    "counties_all": ("按县级行政区计（含市辖区、县级市）；其中县（含自治县）{k} 个",
                     "counting every county-level division (districts and county-level cities too); {k} of them are counties (autonomous counties included)"),
    "counties_and_cities": ("含县级市；其中县（含自治县）{k} 个",
                            "county-level cities included; {k} of them are counties (autonomous counties included)"),
    "no_districts_either": ("只计县（含自治县），市辖区也不算", "counting counties only (autonomous counties included): no districts either"),
    "named_counties": ("县只计名为“…县”的（含自治县），不含市辖区和县级市", "counties are those named …县 (autonomous counties included), no districts or county-level cities"),
    "plain_counties_only": ("只计县，不含自治县、市辖区和县级市", "counting plain counties only: no autonomous counties, districts or county-level cities"),
    "counties_listed": ("按县级行政区列出（含市辖区、县级市）；其中县（含自治县）：{names}",
                        "listing every county-level division (districts and county-level cities too); the counties among them (autonomous counties included): {names}"),
    "county_level_all": ("按县级行政区计（含市辖区、县级市）", "counting every county-level division (districts and county-level cities too)"),
    "counties_among": ("（其中县 {k} 个）", " ({k} of them counties)"),
    "listed_count": ("共 {n} 个", "{n} in all"),
    "counties_only": ("只计县（含自治县）；县级行政区共 {n} 个", "counting counties only (autonomous counties included); {n} county-level divisions in all"),
    "none_recorded": ("图谱没有记录符合这些条件的{what}", "the graph records no {what} that meet these conditions"),
    "issue_not_stated": ("图谱没有记载它的发布日期（{years}是标题里所涵盖的年份，不是发布时间）",
                         "the graph does not state when it was issued ({years} are the years its title covers, not "
                         "its issue date)"),
    "coordinates_of_place": ("图谱没有{thing}本身的坐标，以上是{places}的坐标", "the graph has no coordinates of {thing} itself: these are {places}'s"),
    "neither_kind": ("两者都不是：{fact}", "neither: {fact}"),
    "held_recorded": ("按图谱记录的{what}计：图谱只有来源提到的那些，不一定是全部", "counting what the graph records ({what}): only what its "
                      "sources name, perhaps not all"),
    "full_code_only": ("GB/T 2260 代码只到县级，乡镇、村只有这个12位统计用区划代码", "GB/T 2260 codes stop at the county level: a town or "
                       "village has only this 12-digit statistical division code"),
    "itself_level": ("{name}本身就是{level}（位于{above}）", "{name} is itself a {level} (in {above})"),
    "not_stated": ("按对问题的理解，图谱中没有说明这一点", "as the question was read, the graph does not state this"),
    "provider_not_held": ("图谱没有记录这些数据由哪个部门提供，只记录了报道它们的来源：{sources}",
                          "the graph does not record which body supplied the figures, only the source that reports them: {sources}"),
    "speaker_not_held": ("图谱没有记录说话人，只记录了报道这句话的来源", "the graph does not record who said it, only the source that reports it"),
    "figure_differs": ("图谱中这项数据是{stated}，不是{asked}", "the graph's figure is {stated}, not {asked}"),
    "try": ("试试：“{question}”", "try: \"{question}\""),
    "search": ("", " or look the name up with `gxkg search {q}`"),
    "read_as": ("把“{text}”读作“{name}”", "read \"{text}\" as \"{name}\""),
    "computed": ("计算所得：{how}", "computed: {how}"),
    "derived": ("推导所得（规则：{rule}）", "derived (rule: {rule})"),
    "prov_derived": ("不是原文直接写的，是按规则推导的：{rules}", "not stated as such: derived by rule ({rules})"),
    "prov_chained": ("不是原文直接写的，是由几条原文事实连起来得出的", "not stated as such: worked out by joining stated facts"),
    "prov_stated": ("原文直接写的", "stated by the source"),
    "source_computed": ("原文计算所得（{how}）", "computed by the source ({how})"),
    "prov_source_computed": ("原文写的，是原文自己算出来的（{how}）", "stated by the source, which worked it out ({how})"),
    "group": ("原文说的是{group}整体，不是单说{member}", "the source states this of {group} as a whole, not of {member}"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "same_kind_yes": ("是：都属于{cat}", "yes: both belong to {cat}"),
    "same_kind_no": ("否：{a}属于{ca}，{b}属于{cb}", "no: {a} belongs to {ca}, {b} to {cb}"),
    "no_category": ("图谱没有记录{thing}属于哪一类", "the graph does not say what category {thing} belongs to"),
    "span_end": ("图谱记录的实施期为 {span}，最后一年即结束年份", "the graph records its period as {span}; its last year is the end"),
    "neither_offered": ("两个都不对", "neither"),
    "more_than_that": ("不止这个数", "more than that"),
    "less_than_that": ("不到这个数", "less than that"),
    "unconfirmed": ("无法证实", "not confirmed"),
    "one_of_them": ("{name}在其中", "{name} is one of them"),
    "english_made": ("英文名称由区划数据按拼音加通名生成（County、District 等），不是官方译名",
                     "the English name is made by the division data from the pinyin and a generic term (County, District ...), not an official translation"),
    "english_translated": ("英文名称是本项目的译名，来源没有给出英文名", "the English name is the project's translation; the source gives none"),
    "not_listed_open": ("来源列举到“等”为止（不一定是全部），{name}不在所列之中", "the source's list ends with \"and others\" (等), so it may not be complete; {name} is not among those listed"),
    "not_one_of_them": ("{name}不在其中", "{name} is not one of them"),
    "records_instead": ("图谱记载的是：{fact}（所问的关系不适用于这两者，不作是否判断）",
                        "the graph records: {fact} (the relation asked does not apply to these two, so no yes or no)"),
    "unconfirmed_instead": ("无法证实（图谱没有这样记载，它记载的是：{fact}）", "not confirmed (the graph does not state this; it records: {fact})"),
    "no_instead": ("否（图谱没有这样记载，它记载的是：{fact}）", "no, not as the graph states it (it records: {fact})"),
    "not_among_open": ("无法确定：来源列举{rel}{group}的有{members}等（带“等”字，不一定是全部），图谱没有记载{name}",
                       "cannot tell: the source lists {members} and others as {rel} {group}; the graph does not record {name}"),
    "not_among": ("否（就图谱所记）：{rel}{group}的是{members}，其中没有{name}",
                  "no, as far as the graph records: it names {members} as {rel} {group}, and {name} is not among them"),
    "evidence": ("依据", "Evidence"),
    "inward": ("“←”表示反向：“{rel}”这一关系由所列各项指向{e}", "← marks the other way: the fact “{rel}” runs from each thing listed to {e}"),
    "premise_number": ("问题中给出的“{said}”与图谱不符，图谱所记为：{figure}", "the question gives {said}, which the graph does not hold: it has {figure}"),
    "unit_differs": ("所给数字的单位（{given}）无法换算成图谱中数字的单位（{unit}）", "the number given is in {given}, which does not convert to the figure's unit ({unit})"),
    "no_such_source": ("图谱的来源中没有{what}", "none of the graph's sources is from {what}"),
    "no_breakdown": ("原文没有单列{part}的{what}，只有总数", "the source gives no {what} for {part} alone, only the total"),
    "part_missing": ("这一部分无法回答：{part}", "this part could not be answered: {part}"),
    "part_answered": ("{part} {answers}", "{part} {answers}"),
    "top_only": ("只列出排在前面的{n}个（共{total}个）", "only the first {n} of {total} in that order are shown"),
    "first_only": ("只列出前{n}个；`gxkg list --type {cls}` 列出全部", "only the first {n} are listed; `gxkg list --type {cls}` lists them all"),
    "premise_false": ("图谱没有记载{a}{rel}{b}", "the graph does not state that {a} {rel} {b}"),
    "kind_unsaid": ("图谱只记录{name}是{what}，没有说明它是不是{kind}", "the graph records {name} only as {what}, and does not say whether it is a {kind}"),
    "narrower_origin": ("这是{thing}（产自{origin}，位于{place}）的数字，不是{place}全部的", "this is the figure of {thing} (from {origin}, in {place}), not of all of {place}"),
    "each_unanswered": ("分别问{names}时无法回答", "it could not be answered of each of {names}"),
    "origin_coarser": ("图谱只记录“{text}”是{name}，没有记录是其中哪些地方", "the graph records “{text}” only as {name}, not which places within it"),
    "fewer_than_source": ("来源说共有{said}个（“{quote}”），图谱只记录了其中{n}个：{members}", "the source speaks of {said} in all (“{quote}”); the graph records {n} of them: {members}"),
    "fewer_than_said": ("问题说有{said}个，图谱只记录了其中{n}个：{members}", "the question speaks of {said}; the graph records {n} of them: {members}"),
    "none_under": ("没有：{place}下面没有{kind}（据行政区划数据，县级及以上完整）",
                   "none: {place} has no {kind} under it (by the division data, complete down to county level)"),
    "none_meet": ("没有：{place}的{kind}都不符合这些条件（据行政区划数据，县级及以上完整）",
                  "none: no {kind} of {place} meets these conditions (by the division data, complete down to county level)"),
    "holds_none": ("否：{place}下面没有{kind}（据行政区划数据）", "no: {place} has no {kind} under it (by the division data)"),
    "no_alias": ("图谱没有记录{name}的别名", "the graph records no other name for {name}"),
    "spread_evenly": ("按图谱中{place}的{n}个{kind}平均摊算，原文没有给出分布", "spread evenly over the {n} {kind} of {place} in the graph; the source gives no breakdown"),
    "where_lead": ("{name}位于{path}", "{name} is in {path}"),
    "coords": ("（{what}）", " ({what})"),
    "rank_by_other": ("图谱记载的{rank}没有说明是按{what}排的", "the graph's {rank} is not stated to be by {what}"),
    "part_only": ("图谱没有{place}的总数，只有其中一部分：{what}的数据", "the graph has no total for {place}, only the figure of a part of it: {what}"),
    "sep": ("、", ", "),
    "and": ("和", " and "),
    "dated_only": ("只列出图谱记有日期、日期在{years}年的；没有记日期的不在其中", "only those with a date on record in {years} are listed; any whose date is not stated are left out"),
}


# the division data's levels in Chinese: a Chinese answer names the level in Chinese, the data's words beside it
LEVELS_ZH = {"province": "省级行政区", "prefecture": "地级行政区", "county": "县", "county-level city": "县级市",
             "district": "市辖区", "town": "镇", "township": "乡", "subdistrict": "街道",
             "township-level zone (statistical, not an admin division)": "乡级统计区（不是行政区划）",
             "village (村委会)": "村（村委会）", "community (居委会)": "社区（居委会）"}


def level_said(value: str, lang: str) -> str:
    """A level as the data states it, in Chinese first for a Chinese answer (县级市（county-level city）)."""
    zh = LEVELS_ZH.get(value)
    return f"{zh}（{value}）" if lang == "zh" and zh else value


def msg(key: str, lang: str, **kw) -> str:
    zh, en = CATALOGUE[key]
    return (zh if lang == "zh" else en).format(**kw)


def source_line(s: dict, lang: str) -> str:
    """A source as one line: title, publisher, date, URL and version, leaving out what it does not have (the
    division data has no publisher line of its own)."""
    title = f"《{s['title']}》" if lang == "zh" else f'"{s["title"]}"'
    parts = [title] + [str(s[k]) for k in ("publisher", "date", "url", "version") if s.get(k)]
    return ("，" if lang == "zh" else ", ").join(parts)
