"""One test per cleaning rule, extraction rule and question shape, on sentences of the facts."""

from __future__ import annotations

import pytest

from quizapp.generate import FactsError, generate_pack
from quizapp.generate.facts import RULES, Fact
from quizapp.generate.registry import learn
from quizapp.generate.spans import Pool
from quizapp.generate.text import clean_line, split_sentences
from quizapp.generate.words import base_of_past
from quizapp.packs.model import PackQuestion, QuestionKind


def facts_of(text: str) -> list[Fact]:
    sentences = split_sentences(text)
    registry = learn(sentences)
    return [f for s in sentences for rule in RULES for f in rule(s, registry)]


def questions_of(text: str) -> list[PackQuestion]:
    return generate_pack(text, pack_id="t", title="T").pack.questions


def asked(text: str, prompt: str) -> Fact:
    matches = [f for f in facts_of(text) if f.prompt == prompt]
    assert matches, [f.prompt for f in facts_of(text)]
    return matches[0]


CAST = (
    "The series tells the story of Charlie Spring (Joe Locke), a gay schoolboy who falls in love "
    "with classmate Nick Nelson (Kit Connor), whom he sits next to in his new form.\n"
    "It also explores the lives of their friends Tao Xu (William Gao), Elle Argent (Yasmin "
    "Finney) and Isaac Henderson (Tobie Donovan).\n"
)


def test_clean_removes_citations_and_splits_glued_sentences() -> None:
    line = "[70][71] All music is composed by Adiescar Chase, except where notedDuring its week."
    assert clean_line(line) == (
        "All music is composed by Adiescar Chase, except where noted. During its week."
    )
    assert (
        clean_line("illegal[79] (Lebanon,[80] Saudi Arabia)") == "illegal (Lebanon, Saudi Arabia)"
    )


def test_clean_drops_a_stray_closing_quote_and_closes_an_open_one() -> None:
    assert clean_line('"[90] Digital Spy\'s David Opie said, "Fine.').startswith("Digital Spy's")
    assert clean_line('Club said "Thankfully, it works.').endswith('works."')
    assert clean_line("\u201cWant Me\u201d by Baby Queen") == '"Want Me" by Baby Queen'


def test_split_keeps_titles_with_question_marks_and_marks_cut_lines() -> None:
    sentences = split_sentences('Club gave the series an A.\nSongs included "Want Me", "Why?"\n')
    assert sentences[0].cut_start
    assert sentences[1].cut_end
    assert sentences[1].explanation == 'Songs included "Want Me".'


def test_actor_in_brackets_gives_both_directions() -> None:
    assert asked(CAST, "Who plays Tao Xu?").answer == "William Gao"
    assert asked(CAST, "Which character does William Gao play?").answer == "Tao Xu"
    described = asked(
        CAST, "Which character is a gay schoolboy who falls in love with classmate Nick Nelson?"
    )
    assert described.answer == "Charlie Spring"


def test_actors_as_characters_respectively() -> None:
    text = CAST + (
        "New casting included Bel Priestley and Ash Self as Elle's new friends Naomi and Felix "
        "respectively, with Thibault de Montalembert as Nick's father Stéphane.\n"
    )
    assert asked(text, "Who plays Felix?").answer == "Ash Self"
    assert asked(text, "Who plays Stéphane?").answer == "Thibault de Montalembert"
    assert asked(text, "Who is Nick's father?").answer == "Stéphane"


def test_job_before_a_name() -> None:
    text = "Production designer Tim Dickel worked with set decorator Maxwell Fine, who built sets."
    assert asked(text, "Who was the set decorator?").answer == "Maxwell Fine"
    assert asked(text, "What was Tim Dickel's job?").answer == "Production designer"
    assert asked(text, "Who worked with set decorator Maxwell Fine?").answer == "Tim Dickel"


def test_month_and_year() -> None:
    text = (
        "In July 2022, an open casting call was announced for a 16-year-old character named "
        "Sahar Zahid, a British person.\n"
    )
    when = "When was an open casting call announced for a 16-year-old character named Sahar Zahid?"
    assert asked(text, when).pool is Pool.DATE
    assert asked(text, when).answer == "July 2022"
    assert asked(text, "How old is the character Sahar Zahid?").answer == "16"


def test_counts_with_a_qualifier_and_as_words() -> None:
    text = (
        "After over 10,000 people auditioned via Zoom, the team met.\n"
        "The show appeared in the Top 10 list in three countries where it is banned (A, B).\n"
    )
    assert asked(text, "How many people auditioned via Zoom?").answer == "Over 10,000"
    fact = asked(
        text, "In how many countries where it is banned did the show appear in the Top 10 list?"
    )
    assert fact.answer == "Three"


def test_ratings_by_critics_and_their_outlets() -> None:
    text = (
        'Digital Spy\'s David Opie gave a rating of 5/5 and said, "It centres queer love."\n'
        "Jonathan Wilson of Ready Steady Cut gave a rating of four out of five.\n"
    )
    questions = {q.prompt: q for q in questions_of(text)}
    rating = questions["What rating did Jonathan Wilson give?"]
    assert rating.answer == "four out of five"
    assert set(rating.wrong) <= {"three out of five", "five out of five", "two out of five"}
    assert questions["What rating did David Opie give?"].wrong == ["4/5", "3/5", "2/5"]
    assert questions["Which publication does David Opie write for?"].kind is QuestionKind.TYPED


def test_shared_rating_is_never_asked_as_who() -> None:
    text = (
        "Rebecca Nicholson of The Guardian gave a rating of four out of five.\n"
        "Jonathan Wilson of Ready Steady Cut gave a rating of four out of five.\n"
    )
    prompts = [q.prompt for q in questions_of(text)]
    assert not any(p.startswith("Who gave") for p in prompts)


def test_passive_with_agent_becomes_who() -> None:
    text = (
        "Tao's new haircut was inspired by Chow Mo-wan, the male main character of one of his "
        "favourite films, In the Mood for Love (2000)."
    )
    assert asked(text, "Who inspired Tao's new haircut?").answer == "Chow Mo-wan"
    assert asked(text, "In which film is Chow Mo-wan the male main character?").typed
    assert asked(text, "In which year was the film In the Mood for Love released?").answer == "2000"


def test_ordinal_and_list_descriptor() -> None:
    text = (
        "As Tara and Darcy kiss in the third episode, Nick is bathed in light.\n"
        "Other locations include the Arc de Triomphe; the Pont des Arts; the Louvre; "
        "and the Marais, known as a centre of culture.\n"
    )
    ordinal = questions_of(text)
    episode = next(q for q in ordinal if q.prompt == "In which episode do Tara and Darcy kiss?")
    assert episode.answer == "The third episode"
    assert "The fourth episode" in episode.wrong
    place = next(q for q in ordinal if q.prompt.startswith("Which of these locations"))
    assert place.answer == "The Marais"
    assert "The Louvre" in place.wrong


def test_true_false_swaps_in_a_same_type_answer() -> None:
    statements = [q for q in questions_of(CAST) if q.kind is QuestionKind.TRUEFALSE]
    assert statements
    for question in statements:
        assert question.prompt.startswith("True or false: ")
        if question.answer is False:
            assert "plays" in question.prompt or "is a gay" in question.prompt


def test_typed_answers_accept_the_surname() -> None:
    text = "Costume designer Adam Dee made T-shirts.\nSet decorator Maxwell Fine built a room.\n"
    fact = asked(text, "Who was the costume designer?")
    assert fact.accept == ("Dee",)


def test_blank_removes_a_name_and_keeps_the_sentence() -> None:
    text = (
        CAST
        + "After agreeing that Locke suited Charlie's role, Connor was auditioned and the team "
        "found chemistry.\n"
    )
    blanks = [q for q in questions_of(text) if "_____" in q.prompt]
    assert blanks
    assert all(q.prompt.startswith("Fill in the blank: After agreeing that") for q in blanks)
    assert {q.answer for q in blanks} <= {"Locke", "Connor"}


def test_pronoun_subject_is_not_guessed() -> None:
    text = CAST + "She used hand-held cinematography to give Charlie Spring space.\n"
    generation = generate_pack(text, pack_id="t", title="T")
    assert not any("she" in q.prompt.lower().split() for q in generation.pack.questions)


@pytest.mark.parametrize(
    ("past", "base"),
    [("decided", "decide"), ("appeared", "appear"), ("ranked", "rank"), ("announced", "announce"),
     ("painted", "paint"), ("stopped", "stop"), ("carried", "carry"), ("gave", "give")],
)  # fmt: skip
def test_plain_form_of_past_verbs(past: str, base: str) -> None:
    assert base_of_past(past) == base


def test_job_that_another_job_narrows_is_not_asked() -> None:
    text = (
        "Keeper Thomas Reid lit the lamp in the first winter.\n"
        "Assistant keeper Ewan MacLeod rescued four sailors from the wreck.\n"
    )
    prompts = [q.prompt for q in questions_of(text)]
    assert "Who was the assistant keeper?" in prompts
    assert "Who was the keeper?" not in prompts


def test_dated_action_keeps_only_its_first_verb() -> None:
    text = "In October 1940, a German aircraft attacked the lighthouse and broke two panes.\n"
    assert asked(text, "When did a German aircraft attack the lighthouse?").answer == "October 1940"


def test_counted_list_asks_to_name_one_and_accepts_each() -> None:
    text = "The show appeared in the Top 10 list in three countries (Lebanon, Sudan, and Iran).\n"
    question = next(
        q for q in questions_of(text) if q.prompt.endswith("Name one of these countries.")
    )
    assert question.kind is QuestionKind.TYPED
    assert {question.answer, *question.accept} == {"Lebanon", "Sudan", "Iran"}


def test_counted_list_that_disagrees_with_its_count_is_not_asked() -> None:
    text = "The show appeared in the Top 10 list in four countries (Lebanon, Sudan, and Iran).\n"
    assert not any("Name one" in f.prompt for f in facts_of(text))


def test_a_number_that_only_looks_like_a_year_is_not_blanked_as_one() -> None:
    text = "Each right answer scores 1000 points for the player Jane Doe in the final round.\n"
    assert not any(q.answer == "1000" for q in questions_of_or_none(text))


def questions_of_or_none(text: str) -> list[PackQuestion]:
    try:
        return questions_of(text)
    except FactsError:
        return []


def test_wrong_dates_come_from_the_text_first() -> None:
    text = (
        "In April 2021, the first cast was announced by director Jane Doe.\n"
        "In July 2022, an open casting call was announced for a character named Sam Roe.\n"
    )
    question = next(q for q in questions_of(text) if q.prompt.startswith("When was an open"))
    assert question.wrong[0] == "April 2021"


def test_where_and_when_a_thing_was_formed() -> None:
    text = "The Ferrymen are a choir formed in Leeds in 1990.\n"
    assert asked(text, "In which year were The Ferrymen formed?").answer == "1990"
    assert asked(text, "Where were The Ferrymen formed?").answer == "Leeds"
