"""Moodle GIFT files: every kind quizapp plays, and a count of the ones it cannot."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.packs import PackQuestion, QuestionKind, read_pack_file
from quizapp.packs.gift import html_to_text, unescape
from tests.packs.conftest import reported


def test_choice_with_title_feedback_and_category(fixtures: Path) -> None:
    planets = read_pack_file(fixtures / "gift/features.gift").questions[0]
    assert planets.prompt == "How many planets orbit the Sun?"
    assert (planets.kind, planets.answer, planets.wrong) == (
        QuestionKind.CHOICE,
        "eight",
        ["seven", "nine"],
    )
    # The general feedback wins over the right answer's own.
    assert planets.explanation == 'The IAU defined "planet" in 2006.'
    assert planets.category == "Astronomy"


def test_every_playable_kind(fixtures: Path) -> None:
    questions = {q.prompt: q for q in read_pack_file(fixtures / "gift/features.gift").questions}
    star = questions["The Sun is a star."]
    assert (star.kind, star.answer, star.explanation) == (QuestionKind.TRUEFALSE, True, None)
    flat = questions["The Earth is flat."]
    # "#It is an oblate spheroid.#Well done." is feedback for one answer each, not for all.
    assert (flat.answer, flat.explanation) == (False, None)
    mars = questions["Which planet is called the Red Planet?"]
    # Every = answer is accepted except those worth nothing and the catch-all *.
    assert (mars.kind, mars.answer, mars.accept) == (
        QuestionKind.TYPED,
        "Mars",
        ["the red planet"],
    )
    apollo = questions["In which year did Apollo 11 land on the Moon?"]
    assert (apollo.kind, apollo.answer, apollo.tolerance) == (QuestionKind.TYPED, "1969", 1)
    day = questions[
        "Name a whole number of hours between 20 and 28 that is close to a day's length."
    ]
    assert (day.answer, day.tolerance) == ("24", 4)
    gap = questions["Water boils at _____ degrees Celsius at sea level."]
    assert (gap.answer, gap.wrong, gap.category) == ("100", ["90", "110"], "Chemistry")


def test_escapes(fixtures: Path) -> None:
    escaped = read_pack_file(fixtures / "gift/features.gift").questions[6]
    assert escaped.prompt == (
        "Escapes: what do {braces}, ~tilde, =equals, #hash and a colon: look like?"
    )
    assert (escaped.answer, escaped.wrong) == ("{ } ~ = # :", ["nothing \\ at all"])


def test_html_text_becomes_plain_text(fixtures: Path) -> None:
    iron = read_pack_file(fixtures / "gift/features.gift").questions[7]
    assert iron.prompt == "Which element has the symbol Fe & number 26?"
    # Answers share the question's format unless they name their own.
    assert (iron.answer, iron.wrong) == ("Iron", ["<Lead>", "Tin"])


def test_unplayable_kinds_are_counted_and_reported(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "gift/features.gift")
    assert len(parsed.questions) == 9
    assert parsed.unsupported == 5
    assert reported(parsed.skipped) == [
        "line 38: essay questions cannot be played in quizapp",
        "line 40: matching questions cannot be played in quizapp",
        "line 42: description questions cannot be played in quizapp",
        "line 44: cloze questions cannot be played in quizapp",
        "line 46: multiple-answer questions cannot be played in quizapp",
    ]


def test_crlf_file(fixtures: Path) -> None:
    win, crlf = read_pack_file(fixtures / "gift/crlf.gift").questions
    assert (win.prompt, win.answer, win.wrong) == (
        "Which key opens the start menu?",
        "Windows",
        ["Alt", "Ctrl"],
    )
    assert (crlf.kind, crlf.answer) == (QuestionKind.TRUEFALSE, True)


def test_broken_questions_cost_only_themselves(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "gift/broken.gift")
    assert [q.prompt for q in parsed.questions] == ["A sound question follows."]
    assert reported(parsed.skipped) == [
        "line 1: the answers' '{' is never closed by '}'",
        "line 5: the numeric answer 'many' is not a number, 'number:tolerance' or 'low..high'",
        "line 7: the title's closing '::' is missing",
        "line 9: answers start with '=' (right) or '~' (wrong), but this starts 'Paris'",
        "line 11: the numeric answer 'inf' is not a number, 'number:tolerance' or 'low..high'",
        "line 13: no '=' answer earns credit: each is worth 0% or is the '*' wildcard",
    ]
    assert parsed.unsupported == 0


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>One</p><p>Two</p>", "One\nTwo"),
        ("a<br/>b", "a\nb"),
        ("keep <b>spaces</b> around <i>tags</i>", "keep spaces around tags"),
        ("<!-- hidden -->shown", "shown"),
        ("<script>alert(1)</script>safe", "safe"),
        ("caf&eacute; &amp; cr&egrave;me&nbsp;br&ucirc;l&eacute;e", "café & crème brûlée"),
        ('<a href="http://example.com">a link</a>', "a link"),
    ],
)
def test_html_to_text(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


@pytest.mark.parametrize(
    ("escaped", "text"),
    [
        (r"\~ \= \# \{ \} \:", "~ = # { } :"),
        (r"back\\slash", "back\\slash"),
        (r"two\nlines", "two\nlines"),
        (r"not \an escape", r"not \an escape"),
    ],
)
def test_unescape(escaped: str, text: str) -> None:
    assert unescape(escaped) == text


def gift(tmp_path: Path, text: str) -> list[PackQuestion]:
    path = tmp_path / "quiz.gift"
    path.write_text(text, encoding="utf-8")
    return read_pack_file(path).questions


def test_an_answers_own_feedback_is_not_the_explanation(tmp_path: Path) -> None:
    # Moodle shows "#..." after an answer only to whoever chose that answer; an explanation
    # is shown to every player, so only the general feedback ("####") becomes one.
    colour, sky, tower, year = gift(
        tmp_path,
        "What lies between orange and green?{=yellow#right; good! ~red#no, yellow ~blue}\n\n"
        "The sky is green.{FALSE#It is blue.#Well spotted.}\n\n"
        "Which city has the Eiffel Tower?{=Paris#Yes! =%50%Lyon#Close. #### Built in 1889.}\n\n"
        "When did the Berlin Wall fall?{#=1989#Right. =%50%1990:1#Nearly.}\n",
    )
    assert (colour.answer, colour.wrong, colour.explanation) == ("yellow", ["red", "blue"], None)
    assert (sky.answer, sky.explanation) == (False, None)
    assert (tower.answer, tower.accept, tower.explanation) == ("Paris", ["Lyon"], "Built in 1889.")
    assert (year.answer, year.explanation) == ("1989", None)


def test_text_after_the_answers_is_a_gap_where_they_were(tmp_path: Path) -> None:
    grant, jesus, words = gift(
        tmp_path,
        "Grant is {~buried =entombed ~living} in Grant's tomb.\n\n"
        "Jesus was from {=Nazareth ~Rome}.\n\n"
        "The capital of {=France ~Spain} is Paris, and of Italy Rome.\n",
    )
    assert grant.prompt == "Grant is _____ in Grant's tomb."
    assert jesus.prompt == "Jesus was from _____."
    assert words.prompt == "The capital of _____ is Paris, and of Italy Rome."


def test_marks_after_an_ended_question_are_dropped(tmp_path: Path) -> None:
    # Left over from a program that wrote the file, they close nothing and are no gap.
    number, earth, pi = gift(
        tmp_path,
        'What is a number from 1 to 5? {#3:2~#Completely wrong}";\n\n'
        'The Earth is round.{TRUE####It is.}";\n\n'
        "What is pi to 3 places? {#3.1415:0.0005}.\n",
    )
    assert (number.prompt, number.answer, number.tolerance) == (
        "What is a number from 1 to 5?",
        "3",
        2,
    )
    assert (earth.prompt, earth.explanation) == ("The Earth is round.", "It is.")
    assert pi.prompt == "What is pi to 3 places?"
