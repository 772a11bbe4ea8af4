"""Open Trivia DB files: responses and bare lists, in each of the API's encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.packs import Difficulty, PackError, QuestionKind, read_pack_file
from tests.packs.conftest import reported


def test_html_entities_are_decoded_every_one(fixtures: Path) -> None:
    pokemon, hyphen, logic = read_pack_file(fixtures / "opentdb/api-html.json").questions
    assert pokemon.prompt == 'Which company made "Pokémon"\'s first games?'
    assert pokemon.wrong == ["Nintendo & Sega", "Capcom", "Konami"]
    assert (pokemon.category, pokemon.difficulty) == (
        "Entertainment: Video Games",
        Difficulty.EASY,
    )
    assert hyphen.prompt == "Hyphen\u00adation hints and \u200edirection marks are invisible."
    assert (hyphen.kind, hyphen.answer) == (QuestionKind.TRUEFALSE, True)
    assert hyphen.category == "Science & Nature"
    assert logic.prompt == "Is 3 < 5 && 5 > 3?"
    assert logic.wrong == ["No", "Only on Tuesdays", "€5"]


@pytest.mark.parametrize("name", ["url-legacy.json", "url3986.json", "base64.json"])
def test_other_encodings_are_detected_and_decoded(fixtures: Path, name: str) -> None:
    parsed = read_pack_file(fixtures / "opentdb" / name)
    cpp, python = parsed.questions
    assert cpp.prompt == 'What does "C++" add to C?'
    assert cpp.answer == "Classes & objects"
    assert cpp.wrong == ["A garbage collector", "100% safety", "Nothing"]
    assert cpp.category == "Science: Computers"
    assert python.prompt == "1 + 1 = 2 in Python."
    assert (python.kind, python.answer) == (QuestionKind.TRUEFALSE, True)


def test_bare_list_with_bad_questions_keeps_the_good_ones(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "opentdb/bare-list.json")
    assert [q.prompt for q in parsed.questions] == [
        "What is the capital of Italy?",
        "Australia is wider than the Moon.",
    ]
    assert reported(parsed.skipped) == [
        "question 3: correct_answer: is missing",
        "question 4: difficulty: 'impossible' is not 'easy', 'medium' or 'hard'",
        "question 5: correct_answer: a boolean question needs the answer 'True' or 'False'",
        "question 6: question: is missing",
        "question 7: is not a JSON object",
    ]


def test_error_response_code_is_a_clear_error(fixtures: Path) -> None:
    with pytest.raises(PackError) as caught:
        read_pack_file(fixtures / "opentdb/rate-limited.json")
    assert caught.value.where == "field response_code"
    assert "response_code 5 (rate limit: too many requests)" in caught.value.message


def test_empty_results_hold_no_questions(tmp_path: Path) -> None:
    target = tmp_path / "none.json"
    target.write_text('{"response_code": 0, "results": []}', encoding="utf-8")
    with pytest.raises(PackError, match="the file holds no questions"):
        read_pack_file(target)
