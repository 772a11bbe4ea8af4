"""Aiken files: both option styles, CRLF, and malformed blocks reported by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.packs import PackError, QuestionKind, read_pack_file
from tests.packs.conftest import reported


def test_both_option_styles_and_blocks_without_blank_lines(fixtures: Path) -> None:
    jupiter, moons, pluto = read_pack_file(fixtures / "aiken/basic.txt").questions
    assert (jupiter.prompt, jupiter.answer, jupiter.wrong) == (
        "Which planet is largest?",
        "Jupiter",
        ["Saturn", "Earth"],
    )
    assert moons.prompt == "Which planet has the most moons\naccording to the 2023 count?"
    assert (moons.answer, moons.wrong) == ("Saturn", ["Jupiter", "Uranus", "Neptune"])
    assert (pluto.kind, pluto.answer) == (QuestionKind.TRUEFALSE, False)


def test_crlf_lines(fixtures: Path) -> None:
    sky, warmer = read_pack_file(fixtures / "aiken/crlf.txt").questions
    assert (sky.prompt, sky.answer, sky.wrong) == (
        "What colour is the sky on a clear day?",
        "Blue",
        ["Green"],
    )
    assert (warmer.answer, warmer.wrong) == ("Steam", ["Ice"])


def test_malformed_blocks_are_reported_with_their_lines(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "aiken/malformed.txt")
    assert [q.prompt for q in parsed.questions] == ["A good question"]
    assert reported(parsed.skipped) == [
        "line 1: a question needs at least two options; this one has 1",
        "line 5: the options begin before any question text",
        "line 7: an ANSWER line with no question before it",
        "line 14: the question has no 'ANSWER:' line",
        "line 18: 'ANSWER: E' names none of the options A, B",
        "line 23: line 25 is neither an option like 'B) ...' nor an 'ANSWER:' line",
    ]


def test_a_file_of_only_bad_blocks_is_refused_with_every_problem(fixtures: Path) -> None:
    with pytest.raises(PackError, match="none of its 2 questions can be imported") as caught:
        read_pack_file(fixtures / "bad/all-bad-aiken.txt")
    assert reported(caught.value.problems) == [
        "line 1: a question needs at least two options; this one has 1",
        "line 5: the question has no 'ANSWER:' line",
    ]
