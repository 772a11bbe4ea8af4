"""Acceptance: real files other people wrote, read from ../shared/samples when present."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from quizapp.packs import PackError, ParsedPack, QuestionKind, read_pack_file
from quizapp.packs.gift import html_to_text
from quizapp.packs.media import media_warning
from quizapp.packs.model import fold
from tests.packs.conftest import reported

SAMPLES = (Path(__file__).resolve().parents[2] / ".." / "shared" / "samples").resolve()

pytestmark = [
    pytest.mark.samples,
    pytest.mark.skipif(
        not SAMPLES.is_dir(), reason=f"no sample files at {SAMPLES} (the shared folder)"
    ),
]

# file: (format, imported, skipped, of which unsupported); imported + skipped is the
# number of questions SOURCES.md gives for the file.
COUNTS = {
    "aiken/fisdap/aiken.txt": ("aiken", 3, 0, 0),
    "aiken/moodle/aiken_errors.txt": ("aiken", 2, 4, 0),
    "aiken/moodle/questions.aiken.txt": ("aiken", 2, 0, 0),
    "csv/kahoot/kahoot.csv": ("csv", 4, 1, 0),
    "gift/moodle/questions.gift.txt": ("gift", 5, 4, 3),
    "gift/moodle/questions_in_category.gift.txt": ("gift", 3, 1, 1),
    "opentdb/api_responses/api_3q_typeboolean.json": ("opentdb", 3, 0, 0),
    "opentdb/urllegacy/opentdb_questions.json": ("opentdb", 4097, 1, 0),
}
ORACLES = sorted(p.stem for p in (SAMPLES / "gift" / "fuhrmanator").glob("*.gift"))


def read(name: str) -> ParsedPack:
    return read_pack_file(SAMPLES / name)


@pytest.mark.parametrize(("name", "expected"), COUNTS.items())
def test_sample_counts(name: str, expected: tuple[str, int, int, int]) -> None:
    parsed = read(name)
    assert (parsed.format, len(parsed.questions), len(parsed.skipped), parsed.unsupported) == (
        expected
    )


def test_every_sample_file_is_covered() -> None:
    files = {
        str(p.relative_to(SAMPLES))
        for p in SAMPLES.rglob("*")
        if p.is_file() and p.suffix != ".md" and "fuhrmanator" not in p.parts
    }
    assert files == {*COUNTS, "opentdb/api_responses/api_fail_respcode_1.json"}
    assert len(ORACLES) == 7


def test_aiken_samples() -> None:
    first = read("aiken/fisdap/aiken.txt").questions[0]
    assert (first.prompt, first.answer, first.wrong) == (
        "17090 - Is this the first question?",
        "YES!",
        ["no", "maybe", "2"],
    )
    assert reported(read("aiken/moodle/aiken_errors.txt").skipped) == [
        "line 1: a question needs at least two options; this one has 1",
        "line 5: the options begin before any question text",
        "line 7: an ANSWER line with no question before it",
        "line 14: the question has no 'ANSWER:' line",
    ]
    moodle = read("aiken/moodle/questions.aiken.txt").questions
    assert moodle[0].answer == "Martin Dougiamas"
    # Markup in an Aiken question is text, shown as written.
    assert moodle[1].prompt == (
        'Moodle\'s abilities include handling user input that includes <html class="cool"> '
        "& images:"
    )
    assert (moodle[1].kind, moodle[1].answer) == (QuestionKind.TRUEFALSE, True)


def test_kahoot_sample_answers_by_index() -> None:
    parsed = read("csv/kahoot/kahoot.csv")
    image = parsed.questions[0]
    assert (image.answer, image.wrong) == ("2.5", ["2.6", "-2.0", "2.0"])
    assert parsed.questions[1].wrong == ["Moodle MOOC", "Moodle for Teachers"]
    # Its Time column gives seconds, kept as each question's own time in Speed rounds.
    assert {q.time_limit_s for q in parsed.questions} == {60}
    # The fifth row's options are all ".", so no option can be the right one alone.
    assert reported(parsed.skipped) == ["row 6: the answer is also among the wrong options"]


def test_opentdb_samples() -> None:
    boolean = read("opentdb/api_responses/api_3q_typeboolean.json").questions
    assert boolean[2].prompt == (
        'In the comic book "Archie", Betty is friends with Veronica because she is rich.'
    )
    assert (boolean[2].kind, boolean[2].answer) == (QuestionKind.TRUEFALSE, False)
    legacy = read("opentdb/urllegacy/opentdb_questions.json")
    macbeth = legacy.questions[0]
    assert (macbeth.prompt, macbeth.answer, macbeth.wrong) == (
        'When was the play "Macbeth" written?',
        "1606",
        ["1605", "1723", "1628"],
    )
    assert macbeth.category == "Entertainment: Musicals & Theatres"
    peru = next(q for q in legacy.questions if q.prompt == "What is the capital of Peru?")
    assert peru.wrong == ["Santiago", "Montevideo", "Buenos Aires"]
    assert reported(legacy.skipped) == ["question 1800: repeats the question at question 284"]


def test_opentdb_error_response() -> None:
    with pytest.raises(PackError, match="response_code 1 \\(no results"):
        read("opentdb/api_responses/api_fail_respcode_1.json")


def test_moodle_gift_samples() -> None:
    parsed = read("gift/moodle/questions.gift.txt")
    assert reported(parsed.skipped) == [
        "line 2: essay questions cannot be played in quizapp",
        "line 5: matching questions cannot be played in quizapp",
        "line 22: multiple-answer questions cannot be played in quizapp",
        "line 49: repeats the question at line 46",
    ]
    spectrum, number, animal, hitchhiker, tsl = parsed.questions
    # "=yellow # right; good!" is for those who chose yellow, not an explanation for all.
    assert (spectrum.answer, spectrum.wrong, spectrum.explanation) == (
        "yellow",
        ["red", "blue"],
        None,
    )
    # The file's '";' after the closing brace is left over from the program it came from.
    assert (number.prompt, number.answer, number.tolerance) == (
        "What is a number from 1 to 5?",
        "3",
        2,
    )
    assert (animal.answer, animal.accept, animal.explanation) == ("Frog", ["Cat"], None)
    assert (hitchhiker.prompt, hitchhiker.answer, hitchhiker.explanation) == (
        "42 is the Absolute Answer to everything.",
        False,
        "This is, of course, a Hitchiker's Guide to the Galaxy reference.",
    )
    assert (tsl.prompt, tsl.answer) == ("TSL is blablabla.", True)
    in_category = read("gift/moodle/questions_in_category.gift.txt")
    greeting, moodler, acronym = in_category.questions
    assert greeting.prompt == "Listen to this greeting:\nWhat language is being spoken?"
    # The greeting is a sound file the question links to, which quizapp cannot play.
    assert reported(in_category.warnings) == [f"line 14: {media_warning('sound', 'question')}"]
    assert (greeting.answer, greeting.category) == ("French", "Default for New Features")
    assert (moodler.kind, moodler.answer) == (QuestionKind.TYPED, "Moodler")
    assert acronym.prompt == (
        "Moodle is an acronym for Modular Object-Oriented Dynamic Learning Environment."
    )


def oracle_text(text: dict[str, str]) -> str:
    if text["format"] == "html":
        return html_to_text(text["text"])
    return " ".join(text["text"].split())


def oracle_number(choice: dict[str, Any]) -> tuple[Decimal, Decimal]:
    if choice["type"] == "high-low":
        low, high = Decimal(str(choice["numberLow"])), Decimal(str(choice["numberHigh"]))
        return (low + high) / 2, (high - low) / 2
    return Decimal(str(choice["number"])), Decimal(str(choice.get("range", 0)))


ORACLE_GAP = re.compile(r"(.*) _____ (\W*)", re.DOTALL)
SENTENCE_END = re.compile(r"[.?!:;…]\W*$")


def moodle_gap(prompt: str) -> str:
    """Return an oracle's question text with its gap where Moodle puts it.

    The oracle's parser spaces a gap followed only by marks ("was from _____ ."); Moodle
    puts the gap just where the answers were ("was from _____."), and marks after a
    question that has already ended close nothing, so quizapp drops them with the gap.
    """
    gap = ORACLE_GAP.fullmatch(prompt)
    if gap is None:
        return prompt
    before, marks = gap.groups()
    return before if SENTENCE_END.search(before) else f"{before} _____{marks}"


def expected_question(entry: dict[str, Any]) -> tuple[Any, ...] | None:
    """Return what quizapp should make of one oracle question, or None if it cannot play it."""
    prompt = moodle_gap(oracle_text(entry["stem"]))
    kind = entry["type"]
    choices = entry.get("choices")
    if kind == "TF":
        return (QuestionKind.TRUEFALSE, prompt, entry["isTrue"], ())
    if kind == "MC":
        rights = [c for c in choices if c["isCorrect"]]
        if len(rights) != 1:
            return None
        wrong = tuple(oracle_text(c["text"]) for c in choices if not c["isCorrect"])
        return (QuestionKind.CHOICE, prompt, oracle_text(rights[0]["text"]), wrong)
    if kind == "Short":
        accepted = [c for c in choices if c["weight"] is None or c["weight"] > 0]
        texts = tuple(oracle_text(c["text"]) for c in accepted)
        return (QuestionKind.TYPED, prompt, texts[0], texts[1:])
    if kind == "Numerical":
        if isinstance(choices, list):
            best = max(choices, key=lambda c: 100 if c["weight"] is None else c["weight"])
            choices = best["text"]
        return (QuestionKind.TYPED, prompt, *oracle_number(choices))
    return None


def actual_question(question: Any) -> tuple[Any, ...]:
    if question.kind is QuestionKind.TRUEFALSE:
        return (question.kind, question.prompt, question.answer, ())
    if question.kind is QuestionKind.CHOICE:
        return (question.kind, question.prompt, question.answer, tuple(question.wrong))
    if question.tolerance or not question.accept and _is_number(question.answer):
        tolerance = Decimal(str(question.tolerance))
        return (question.kind, question.prompt, Decimal(question.answer), tolerance)
    return (question.kind, question.prompt, question.answer, tuple(question.accept))


def _is_number(text: str) -> bool:
    try:
        Decimal(text)
    except ArithmeticError:
        return False
    return True


@pytest.mark.parametrize("stem", ORACLES)
def test_gift_matches_the_oracle_parse_beside_it(stem: str) -> None:
    oracle = json.loads((SAMPLES / "gift" / "fuhrmanator" / f"{stem}.json").read_text("utf-8"))
    expected_all = [expected_question(entry) for entry in oracle]
    playable = [e for e in expected_all if e is not None]
    unsupported = len(expected_all) - len(playable)
    # A question whose text repeats an earlier one is skipped, the first kept.
    expected: dict[str, tuple[Any, ...]] = {}
    for entry in playable:
        expected.setdefault(fold(entry[1]), entry)
    repeats = len(playable) - len(expected)
    path = SAMPLES / "gift" / "fuhrmanator" / f"{stem}.gift"
    if not expected:
        with pytest.raises(PackError, match="none of its") as caught:
            read_pack_file(path)
        assert len(caught.value.problems) == unsupported
        return
    parsed = read_pack_file(path)
    assert [actual_question(q) for q in parsed.questions] == list(expected.values())
    assert parsed.unsupported == unsupported
    assert len(parsed.skipped) == unsupported + repeats
