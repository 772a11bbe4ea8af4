"""True or false statements: whole facts, subject named, false only where surely false.

Texts here are written for these tests.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import pytest

from quizapp.generate import generate_pack
from quizapp.generate.names import PERSON, Registry
from quizapp.generate.ranking import Candidate, select
from quizapp.generate.shapes import Fact
from quizapp.generate.truefalse import (
    SameVerb,
    balance_truths,
    false_by_year,
    false_statement,
    true_statement,
)
from quizapp.packs.model import Difficulty, Pack, PackQuestion, QuestionKind

HARBOUR = (
    "Tidewater is a drama series created by Nell Orrin.\n"
    "The story follows Mara Quill (Tessa Lorne), a young pilot who has lost her ship, and her "
    "sister Wren Quill (Gilda Farrow).\n"
    "Ivo Pask plays her father Dov, and Hugo Marten plays her uncle Bram.\n"
    "Lida Senn plays her aunt Lise Corran, and Sela Marr plays her grandmother Agna.\n"
    "The first series was broadcast on 3 March 2019 on Channel Nine.\n"
    "Over 4,000 people auditioned for the series in 2018.\n"
    "The second series began in May 2021 and ended in July 2021.\n"
    "The third series began in June 2023.\n"
    "The series won the Golden Gull award in 2020.\n"
    "Its six episodes were watched by 4.2 million viewers.\n"
)
# The people of HARBOUR and the gender the text shows for each.
WOMEN = {"Tessa Lorne", "Gilda Farrow", "Lida Senn", "Sela Marr"}
MEN = {"Ivo Pask", "Hugo Marten"}


@pytest.fixture(scope="module")
def harbour() -> Pack:
    return generate_pack(HARBOUR, pack_id="tidewater", title="Tidewater").pack


def statements(pack: Pack) -> list[PackQuestion]:
    return [q for q in pack.questions if q.kind is QuestionKind.TRUEFALSE]


def said(question: PackQuestion) -> str:
    return question.prompt.removeprefix("True or false: ")


def test_a_fact_asked_gets_its_statement_beside_it_from_the_same_sentence(harbour: Pack) -> None:
    stated = statements(harbour)
    assert len(stated) >= 8, [q.prompt for q in harbour.questions]
    asked_sources = {q.source for q in harbour.questions if q.kind is not QuestionKind.TRUEFALSE}
    assert all(q.source in asked_sources for q in stated)


def test_statements_name_the_subject_and_point_at_nothing(harbour: Pack) -> None:
    for question in statements(harbour):
        text = said(question)
        assert "Tidewater" in text or " plays " in text, text
        assert not re.search(r"\b(?:he|she|his|her|him|it|they|them)\b", text), text
        assert not text.startswith(("For ", "The ")), text
        assert question.explanation
        assert "Tidewater" in question.explanation, question.explanation


def test_half_the_statements_are_false_and_the_pack_comes_out_the_same(harbour: Pack) -> None:
    stated = statements(harbour)
    false = [q for q in stated if q.answer is False]
    assert len(false) == len(stated) // 2, [(q.prompt, q.answer) for q in stated]
    again = generate_pack(HARBOUR, pack_id="tidewater", title="Tidewater").pack
    assert [(q.id, q.prompt, q.answer) for q in statements(again)] == [
        (q.id, q.prompt, q.answer) for q in stated
    ]


def test_a_false_statement_swaps_in_someone_of_the_same_role_and_gender(harbour: Pack) -> None:
    cast = [q for q in statements(harbour) if " plays " in q.prompt and q.answer is False]
    assert cast, [q.prompt for q in statements(harbour)]
    for question in cast:
        actor = said(question).split(" plays ")[0]
        true_actor = question.explanation.split(" plays ")[0] if question.explanation else ""
        assert actor != true_actor
        assert {actor, true_actor} <= WOMEN or {actor, true_actor} <= MEN, question.prompt


def test_a_false_statement_holds_a_value_of_the_same_kind_and_the_truth_in_its_explanation(
    harbour: Pack,
) -> None:
    dated = [q for q in statements(harbour) if q.answer is False and re.search(r"\d{4}", q.prompt)]
    assert dated, [q.prompt for q in statements(harbour)]
    for question in dated:
        assert question.explanation is not None
        date = r"(?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{4}"
        shown = re.findall(date, question.prompt)
        truth = re.findall(date, question.explanation)
        assert shown, question.prompt
        assert shown != truth, question.prompt  # a year or date swapped for another
        assert said(question).replace(shown[0], truth[0]) == question.explanation


def test_a_figure_bounded_on_one_side_is_never_stated_false() -> None:
    text = "Tidewater is a drama series. Over 4,000 people auditioned for the lead role via video."
    pack = generate_pack(text, pack_id="tidewater", title="Tidewater").pack
    bounded = [q for q in statements(pack) if "4,000" in (q.explanation or "")]
    assert all(q.answer is True and "4,000" in q.prompt for q in bounded), bounded


def fact(answer: str, statement: str, source: str, kind: str = "person") -> Fact:
    return Fact(
        shape="passive-agent",
        sentence=0,
        source=source,
        prompt="Who composed the score of Tidewater?",
        answer=answer,
        answer_type=kind,
        statement=statement,
        key=f"compose|score|{answer}",
    )


def test_a_name_cut_from_its_list_is_no_statement() -> None:
    registry = Registry(topic="Tidewater")
    source = "The score of Tidewater was composed by Dana Holt and Pim Osk."
    half = fact("Dana Holt", "The score of Tidewater was composed by Dana Holt.", source)
    whole = fact("Dana Holt and Pim Osk", source, source)
    assert true_statement(half.statement, half, registry) is None
    assert true_statement(whole.statement, whole, registry) == source


def test_a_value_the_sentence_also_gives_is_not_swapped_in() -> None:
    registry = Registry(topic="Tidewater")
    source = "The theme of Tidewater was written by Dana Holt, and Pim Osk sang it."
    written = fact("Dana Holt", "The theme of Tidewater was written by Dana Holt.", source)
    assert false_statement(written.statement, written, ["Pim Osk"], registry, []) is None
    swapped = false_statement(written.statement, written, ["Owen Brack"], registry, [])
    assert swapped == "The theme of Tidewater was written by Owen Brack."


def test_a_count_is_stated_false_only_above_the_true_one() -> None:
    registry = Registry(topic="Tidewater")
    source = "Tidewater was sold to broadcasters in five countries."
    sold = fact("five", source, source, kind="count")
    assert false_statement(source, sold, ["four", "three", "two"], registry, []) is None
    swapped = false_statement(source, sold, ["four", "seven", "two"], registry, [])
    assert swapped == "Tidewater was sold to broadcasters in seven countries."


def test_an_article_follows_the_value_swapped_in() -> None:
    registry = Registry(topic="Tidewater")
    source = "The critic Pim Osk gave Tidewater a B+."
    graded = fact("B+", source, source, kind="thing")
    swapped = false_statement(source, graded, ["A-", "C", "D"], registry, [])
    assert swapped == "The critic Pim Osk gave Tidewater an A-."


def statement_candidate(key: str, truth_only: bool = False) -> Candidate:
    question = PackQuestion(
        id=f"tf-{key}",
        kind=QuestionKind.TRUEFALSE,
        prompt=f"True or false: Tidewater was filmed in {key}.",
        answer=True,
        difficulty=Difficulty.MEDIUM,
        source=f"Tidewater was filmed in {key}.",
    )
    untrue = question.model_copy(
        update={"prompt": f"True or false: Tidewater was filmed in not {key}.", "answer": False}
    )
    one = fact(key, question.prompt, question.source or "")
    return Candidate(one, question, 3.0, None if truth_only else untrue)


def test_as_many_statements_as_can_be_are_made_false_up_to_half() -> None:
    chosen = [statement_candidate(f"Harlow {i}") for i in range(5)]
    chosen += [statement_candidate(f"Vesh {i}", truth_only=True) for i in range(3)]
    balanced = balance_truths(chosen)
    assert len(balanced) == 8
    assert sum(c.question.answer is False for c in balanced) == 4
    assert balance_truths(chosen) == balanced


def test_true_statements_past_half_again_the_false_ones_are_left_out() -> None:
    chosen = [statement_candidate(f"Harlow {i}") for i in range(2)]
    chosen += [statement_candidate(f"Vesh {i}", truth_only=True) for i in range(6)]
    balanced = balance_truths(chosen)
    answers = [c.question.answer for c in balanced]
    # One statement of each pair stated false; of the rest, no more true than false plus half.
    assert answers.count(False) == 2
    assert answers.count(True) == 3
    assert balance_truths(chosen) == balanced


FILMING = (
    "Tidewater is a British drama series created by Nell Orrin.\n"
    "A dozen or so boats appear in each episode.\n"
    "The series is filmed in seven harbours, more than any other drama in Ostland.\n"
    "Reviewing the series for the Harlow Courier, Dana Holt gave a rating of four out of five.\n"
)


@pytest.fixture(scope="module")
def filming() -> list[str]:
    pack = generate_pack(FILMING, pack_id="tidewater", title="Tidewater").pack
    return [said(q) for q in statements(pack)]


def test_a_statement_names_the_subject_where_its_question_does(filming: list[str]) -> None:
    # "How many boats appear in each episode of Tidewater?", "What rating did Dana Holt
    # give Tidewater?": the statements name it on the same words.
    assert any("in each episode of Tidewater" in s for s in filming), filming
    assert any(s.startswith("Dana Holt gave Tidewater a rating of ") for s in filming), filming


def test_a_hedged_figure_is_stated_with_its_hedge(filming: list[str]) -> None:
    assert any(s.startswith("A dozen or so boats ") for s in filming), filming


def test_a_figure_is_stated_without_a_claim_that_holds_only_for_it(filming: list[str]) -> None:
    harbours = [s for s in filming if "harbours" in s]
    assert harbours, filming
    assert all(s.endswith(" harbours.") and "more than" not in s for s in harbours), harbours


def person_registry(*people: str) -> Registry:
    return Registry(
        topic="Tidewater",
        mentions=Counter(dict.fromkeys(people, 2)),
        types={name: Counter({PERSON: 2}) for name in people},
    )


def test_a_statement_holding_his_or_her_is_not_made() -> None:
    # A player reads "his" as pointing at someone, whoever the sentence means.
    registry = person_registry("Ivo Pask", "Una Brisk")
    source = "In the second series, Ivo Pask threw his lamp into the sea."
    assert true_statement(source, fact("Ivo Pask", source, source), registry) is None
    plain = "In the second series, Ivo Pask threw a lamp into the sea."
    assert true_statement(plain, fact("Ivo Pask", plain, plain), registry) == plain


def won(answer: str, year: str, sentence: int = 0) -> Fact:
    statement = f"{answer} won the Harlow Cup in {year}."
    return Fact(
        shape="listed",
        sentence=sentence,
        source="Winners included Ada Venn in 2011, Una Brisk in 2012 and Tom Reyes in 2013.",
        prompt=f"Who won the Harlow Cup in {year}?",
        answer=answer,
        answer_type="person",
        statement=statement,
        key=f"listed|winner|{year}",
    )


def test_a_year_is_swapped_where_no_one_of_the_same_role_can_be() -> None:
    registry = person_registry("Ada Venn", "Una Brisk", "Tom Reyes")
    winners = [won("Ada Venn", "2011"), won("Una Brisk", "2012"), won("Tom Reyes", "2013")]
    first = winners[0]

    def near_years(timed: Fact) -> list[str]:
        return ["2009", "2010"]

    swapped = false_by_year(first.statement, first, near_years, registry, winners)
    # The nearest year the list gives someone else: surely not Ada Venn's.
    assert swapped == "Ada Venn won the Harlow Cup in 2012."
    twice = [*winners, won("Ada Venn", "2012", sentence=1)]
    swapped = false_by_year(first.statement, first, near_years, registry, twice)
    assert swapped == "Ada Venn won the Harlow Cup in 2013."


def test_a_statement_inside_another_of_its_sentence_is_not_chosen_beside_it() -> None:
    def stated(key: str, statement: str, answer: str) -> list[Candidate]:
        source = "Petrel landed at Vesh Bay on 3 May at 20:17."
        one = replace(fact(answer, statement, source, kind="date"), key=key)
        asked = PackQuestion(
            id=f"ask-{key}",
            kind=QuestionKind.TYPED,
            prompt=f"When did Petrel land, {key}?",
            answer=answer,
            difficulty=Difficulty.MEDIUM,
            source=one.source,
        )
        told = asked.model_copy(
            update={
                "id": f"tf-{key}",
                "kind": QuestionKind.TRUEFALSE,
                "prompt": f"True or false: {statement}",
                "answer": True,
            }
        )
        return [Candidate(one, asked, 4.0), Candidate(one, told, 3.6)]

    chosen = select(
        [
            *stated("time", "Petrel landed at Vesh Bay at 20:17.", "20:17"),
            *stated("day", "Petrel landed at Vesh Bay on 3 May at 20:17.", "3 May"),
        ]
    )
    told = [c.question.prompt for c in chosen if c.question.kind is QuestionKind.TRUEFALSE]
    assert len(told) == 1, told
    assert len(chosen) == 3


def test_facts_of_one_verb_are_found_by_what_they_give_and_say_as_a_full_scan_would() -> None:
    facts = [
        won("Ada Venn", "2011"),
        won("Una Brisk", "2012", sentence=1),
        won("Adam Venner", "2013", sentence=1),
        replace(won("Tom Reyes", "2014"), statement="Tom Reyes won it 2 times."),
    ]
    same_verb = SameVerb(facts)
    # Values are matched folded and inside longer words: "venn" is in "Adam Venner" too.
    assert same_verb.giving("ada venn") == [0]
    assert same_verb.giving("venn") == [0, 2]
    assert same_verb.giving("x") == []
    assert same_verb.saying(["una brisk", "2012"]) == [1]
    assert same_verb.saying(["Harlow Cup"]) == [0, 1, 2]
    assert same_verb.saying(["2"]) == [0, 1, 2, 3]
    assert same_verb.in_sentence(1) == [1, 2]


def dated(answer: str, kind: str = "date") -> Fact:
    statement = f"The second series of Tidewater began in {answer}."
    return fact(answer, statement, statement, kind=kind)


def test_a_false_date_differs_in_its_year_not_by_a_month_or_a_day_alone() -> None:
    registry = Registry(topic="Tidewater")
    began = dated("May 2021", kind="month")
    swapped = false_statement(
        began.statement, began, ["June 2021", "April 2021", "May 2020"], registry, []
    )
    assert swapped == "The second series of Tidewater began in May 2020."
    day = dated("14 May 2021")
    wrong = ["15 May 2021", "14 June 2021", "20 August 2021"]
    swapped = false_statement(day.statement, day, wrong, registry, [])
    assert swapped == "The second series of Tidewater began in 20 August 2021."


def test_a_date_with_only_quibbles_for_wrong_options_is_stated_false_by_its_year() -> None:
    registry = Registry(topic="Tidewater")
    began = dated("May 2021", kind="month")
    quibbles = ["June 2021", "April 2021", "March 2021"]
    assert false_statement(began.statement, began, quibbles, registry, []) is None

    def near_years(timed: Fact) -> list[str]:
        return ["2020", "2022", "2023"]

    swapped = false_by_year(began.statement, began, near_years, registry, [began])
    assert swapped == "The second series of Tidewater began in May 2020."


CONTEST = (
    "Tidewater is a baking contest created by Nell Orrin.\n"
    "Tidewater was first shown on Channel Nine on 4 May 2009.\n"
    "Tidewater moved to Channel Ten for its fourth series in 2012.\n"
    "Its third series was filmed at Vesh Hall in 2011.\n"
    "In 2016, Harlow Media agreed a deal to move Tidewater to Channel Twelve.\n"
)


def test_a_year_that_follows_from_a_series_number_is_not_asked_beside_it() -> None:
    pack = generate_pack(CONTEST, pack_id="tidewater", title="Tidewater").pack
    moved = [q for q in pack.questions if "Channel Ten" in q.prompt]
    assert any(q.kind is not QuestionKind.TRUEFALSE and q.answer == "2012" for q in moved), moved
    # First shown in 2009, its fourth series in 2012: counting tells the year, so the
    # question and its statement leave the number out.
    assert all("fourth" not in q.prompt for q in moved), [q.prompt for q in moved]
    # Nor is a year changed where the series number tells the true one.
    filmed = [q for q in statements(pack) if "third series" in q.prompt]
    assert all(q.answer is True for q in filmed), [q.prompt for q in filmed]


def test_a_figure_in_words_is_stated_false_beside_a_fact_that_gives_the_true_one() -> None:
    # "peaked ... two weeks after its release" says where it peaked only at number four.
    registry = Registry(
        topic="Grey Quay", mentions=Counter({"Grey Quay": 3}), types={"Grey Quay": Counter()}
    )
    source = "Grey Quay peaked at number four on the chart just two weeks after its release."
    peaked = replace(
        fact("number four", "Grey Quay peaked at number four on the chart.", source, "count"),
        key="peak|Grey Quay|number four",
    )
    weeks = replace(
        fact("just two weeks", source, source, "count"), key="peak|Grey Quay|just two weeks"
    )
    wrong = ["number six", "number eight", "number nine"]
    swapped = false_statement(peaked.statement, peaked, wrong, registry, [weeks])
    assert swapped == "Grey Quay peaked at number six on the chart."
