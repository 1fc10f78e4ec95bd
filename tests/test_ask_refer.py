"""Chains by reference (gxkg.ask.refer): a phrase naming one thing through another is read as that thing,
the rest of the question answered about it, the step said and cited; a second part about the first
part's answer (and who issued it); and no chain where the question only asks for the phrase itself."""

import pytest

from gxkg.ask import ask
from gxkg.ask.refer import CLAUSE_EXAMPLES, REFERENCES


def labels(a):
    return [x["label"] for x in a.answers]


@pytest.mark.parametrize("question", [e for r in REFERENCES for e in r.examples])
def test_every_registered_example_is_read_through_its_phrase(kg, question):
    a = ask(kg, question)
    assert a.answers and a.intent.startswith("chain/")
    assert any("读作" in n or "read " in n for n in a.notes)


@pytest.mark.parametrize("question, lang, want, via", [
    ("六堡茶产地所在的那个市下面有哪些区？", "zh", {"万秀区", "长洲区", "龙圩区"}, "梧州市"),
    ("南宁跨境商品直购体验中心所在的城市，本地出产哪些产品？", "zh", {"南宁香蕉", "南宁老友粉"}, "南宁市"),
    ("融安金桔产地所在的市有几个县？", "zh", {"10"}, "柳州市"),
    ("南宁实施的那个试验区是哪份文件设立的？", "zh", {"关于同意在北京等22个城市设立跨境电子商务综合试验区的批复"}, "跨境电子商务综合试验区"),
    ("Which products come from the city where Nanning cross-border goods direct-purchase experience centre is?",
     "en", {"Nanning banana", "Nanning laoyou noodles"}, "Nanning"),
])
def test_a_phrase_is_read_as_the_one_thing_it_names(kg, question, lang, want, via):
    a = ask(kg, question)
    assert want <= set(labels(a)), labels(a)
    assert any(via in n for n in a.notes), a.notes
    assert a.evidence and a.sources  # the step's sentence is cited with the answer's


def test_a_second_part_is_asked_about_the_first_parts_answer(kg):
    for q, issuer in (("Which document set up the programme Nanning is implementing, and who issued it?", "State Council"),
                      ("南宁实施的那个试验区是哪份文件设立的？它是谁发布的？", "国务院")):
        a = ask(kg, q)
        assert issuer in labels(a), labels(a)
        assert not any("could not be answered" in n or "无法回答" in n for n in a.notes), a.notes


def test_what_else_never_answers_with_the_thing_it_went_through(kg):
    a = ask(kg, "发布《自治区人民政府关于加快电子商务发展的若干意见》的机构还发过什么文件？")
    assert a.refused  # the graph records no other document of that issuer: never the same one again
    assert any("以外" in u for u in a.unrecognised)


def test_no_chain_when_the_question_only_asks_for_the_phrase(kg):
    a = ask(kg, "横县茉莉花茶的产地是哪里？")
    assert labels(a) == ["横州市"] and not a.intent.startswith("chain/")


@pytest.mark.parametrize("question, want", CLAUSE_EXAMPLES.items())
def test_a_relative_clause_names_things_by_a_relation_and_a_class(kg, question, want):
    """出产凌云茶的那个县, the model that Fengshan adopted: the things of the class at the relation's other end."""
    a = ask(kg, question)
    assert set(labels(a)) == want, (labels(a), a.notes, a.unrecognised)
    assert a.intent.startswith("chain/") and any("读作" in n or "read " in n for n in a.notes)
    assert a.evidence


def test_a_clause_that_is_the_questions_condition_is_not_read_as_a_chain(kg):
    a = ask(kg, "落户广西的跨境电商平台有几家？")  # a count of the platforms the clause names, not a question about them
    assert labels(a) == ["3"] and not a.intent.startswith("chain/"), (labels(a), a.intent)


def test_a_clause_level_differs_from_the_level_asked(kg):
    a = ask(kg, "出产凌云茶的那个县是哪个县？")
    assert labels(a) == ["凌云县"]


def test_clauses_of_one_sentence_are_each_answered_or_said_to_be_left_out(kg):
    a = ask(kg, "what platform settle guangxi and what company come develop guangxi")
    assert set(labels(a)) == {"Alibaba OneTouch", "SAP", "Zhejiang Jumore"}
    assert "this part could not be answered: what company come develop guangxi?" in a.notes, a.notes
    a = ask(kg, "Which platforms run rural e-commerce in Guangxi and which enterprises came to develop there?")
    assert "which enterprises came to develop in Guangxi? DHgate, Google, JD.com, Vipshop, Zhijian Yuntu" in a.notes, a.notes


def test_a_pronoun_after_a_which_clause_is_the_answer_not_the_name(kg):
    """Which document …, and who issued it: "it" is the document, never Nanning (the clauses are not split)."""
    a = ask(kg, "Which document set up the programme Nanning is implementing, and who issued it?")
    assert "State Council" in labels(a) and "Nanning" not in str(a.answers)


def test_a_clause_asking_which_of_the_things_counted_is_said_to_be_left_out(kg):
    a = ask(kg, "广西有多少个国家级电商进农村示范县，具体是哪些县？")
    assert len(a.answers) == 1 and any(n.startswith("这一部分无法回答：具体是哪些县") for n in a.notes), (a.answers, a.notes)
