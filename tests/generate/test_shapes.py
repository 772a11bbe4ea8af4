"""Each sentence shape the generator reads, on sentences written for these tests."""

from __future__ import annotations

import pytest

from quizapp.generate.names import learn
from quizapp.generate.nlp import load_pipeline
from quizapp.generate.shapes import Fact, read_facts_of


def facts_of(text: str, title: str = "Tidewater") -> list[Fact]:
    docs = list(load_pipeline().pipe([text]))
    registry = learn(docs, title)
    sentences = [s for doc in docs for s in doc.sents]
    return [f for i, s in enumerate(sentences) for f in read_facts_of(s, i, registry)]


def asked(text: str) -> dict[str, str]:
    return {f.prompt: f.answer for f in facts_of(text)}


def test_a_name_in_parentheses_is_the_actor_of_the_character() -> None:
    found = asked("The story follows Mara Quill (Tessa Lorne), a young pilot.")
    assert found["Who plays Mara Quill?"] == "Tessa Lorne"
    assert found["Which character does Tessa Lorne play?"] == "Mara Quill"


def test_respectively_pairs_actors_and_characters_in_order() -> None:
    found = asked("Owen Brack and Lida Senn were cast as Pell Ferro and Ana Ruel respectively.")
    assert found["Who plays Pell Ferro?"] == "Owen Brack"
    assert found["Who plays Ana Ruel?"] == "Lida Senn"


def test_plays_names_the_actor_and_the_statement_names_the_subject() -> None:
    (fact, *_) = facts_of("Gilda Farrow plays the stern captain Oren Vasse.")
    assert fact.prompt == "Who plays Oren Vasse?"
    assert fact.answer == "Gilda Farrow"
    assert fact.statement == "Gilda Farrow plays Oren Vasse in Tidewater."


def test_passive_with_agent_keeps_the_verb_and_its_by() -> None:
    found = asked("The lighthouse was designed by the engineer Hugo Marten.")
    assert found["Which engineer was the lighthouse designed by?"] == "Hugo Marten"


def test_participle_after_the_subject_of_a_definition() -> None:
    found = asked("Tidewater is a British drama series created by Nell Orrin.")
    assert found["Who was Tidewater created by?"] == "Nell Orrin"


def test_a_full_date_is_asked_as_what_date() -> None:
    found = asked("The museum opened on 3 March 1921.")
    assert found["What date did the museum open on?"] == "3 March 1921"


def test_a_counted_noun_is_asked_as_how_many() -> None:
    found = asked("The club won 14 matches in its first season.")
    assert found["How many matches did the club win?"] == "14"


def test_a_name_given_by_called_is_asked_for() -> None:
    found = asked("The harbour is guarded by a tower called Greyhold.")
    assert found["What was the tower called?"] == "Greyhold"


@pytest.mark.parametrize(
    "text",
    [
        "She founded the club in 1990.",
        "He was joined by Ada Venn two days later.",
        "They moved to Harlow in 1984.",
    ],
)
def test_a_pronoun_that_points_at_no_one_gives_no_question(text: str) -> None:
    assert facts_of(text) == []


def test_the_answer_is_never_in_its_own_prompt() -> None:
    text = "Nell Orrin wrote the first series, and Nell Orrin directed the second in 2004."
    for fact in facts_of(text):
        assert fact.answer.lower() not in fact.prompt.lower()
