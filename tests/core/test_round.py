import random

import pytest

from quizapp.core.model import PackId, Question, QuestionId, RoundId
from quizapp.core.round import GivenAnswer, RoundPlay, options_for
from quizapp.packs.model import QuestionKind


class ListRecorder:
    """Keeps what a round records, as the store would."""

    def __init__(self) -> None:
        self.answers: list[GivenAnswer] = []
        self.finished: list[int] = []

    def record_answer(self, round_id: RoundId, answer: GivenAnswer) -> None:
        self.answers.append(answer)

    def finish_round(self, round_id: RoundId, duration_ms: int) -> None:
        self.finished.append(duration_ms)


def choice(n: int, wrong: int = 5) -> Question:
    return Question(
        QuestionId(n),
        PackId(1),
        QuestionKind.CHOICE,
        f"Q{n}?",
        f"A{n}",
        wrong=tuple(f"W{n}-{i}" for i in range(wrong)),
    )


def test_choice_shows_answer_and_three_distinct_wrong_options() -> None:
    rng = random.Random(1)
    seen_orders = set()
    for _ in range(20):
        options = options_for(choice(1), rng)
        assert len(options) == 4
        assert "A1" in options
        assert len(set(options)) == 4
        seen_orders.add(options.index("A1"))
    assert len(seen_orders) > 1, "the right answer should not always sit in the same place"


def test_choice_with_one_wrong_option_shows_two() -> None:
    assert sorted(options_for(choice(1, wrong=1), random.Random(0))) == ["A1", "W1-0"]


def test_truefalse_options_are_true_then_false() -> None:
    question = Question(QuestionId(1), PackId(1), QuestionKind.TRUEFALSE, "Sky is blue.", "True")
    assert options_for(question, random.Random(0)) == ("True", "False")


def test_round_scores_records_and_finishes() -> None:
    recorder = ListRecorder()
    ticks = iter(range(0, 1000))
    play = RoundPlay(
        RoundId(7), [choice(i) for i in range(3)], recorder, clock=lambda: float(next(ticks))
    )
    results = []
    for given in ("A0", "A1", "nope"):
        results.append(play.answer(given))
        play.advance()
    assert [r.points for r in results] == [1000, 1100, 0]
    assert play.score == 2100
    assert play.correct_count == 2
    assert play.finished
    assert len(recorder.answers) == 3
    assert recorder.finished
    assert recorder.finished[0] > 0
    assert all(r.ms == 1000 for r in results)


def test_an_answer_cannot_be_given_twice_or_skipped() -> None:
    play = RoundPlay(RoundId(1), [choice(1), choice(2)], ListRecorder())
    with pytest.raises(RuntimeError):
        play.advance()
    play.answer("A1")
    with pytest.raises(RuntimeError):
        play.answer("A1")


def test_a_failed_save_leaves_the_question_open() -> None:
    class Failing(ListRecorder):
        def record_answer(self, round_id: RoundId, answer: GivenAnswer) -> None:
            raise OSError("disk full")

    play = RoundPlay(RoundId(1), [choice(1)], Failing())
    with pytest.raises(OSError, match="disk full"):
        play.answer("A1")
    assert play.awaiting_answer
    assert play.score == 0
