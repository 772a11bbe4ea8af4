"""Timed rounds, pausing and the 50:50, played on a clock the test moves."""

import random

import pytest

from quizapp.core.kinds import QuestionKind
from quizapp.core.model import PackId, Question, QuestionId, RoundId
from quizapp.core.round import RoundPlay
from quizapp.core.round_setup import RoundSetupError, checked_round_length, checked_time_limit
from quizapp.core.scoring import SPEED_RULE
from tests.clock import FakeClock
from tests.core.test_round import ListRecorder, choice


class PauseRecorder(ListRecorder):
    def __init__(self) -> None:
        super().__init__()
        self.paused: list[RoundId] = []

    def mark_paused(self, round_id: RoundId) -> None:
        self.paused.append(round_id)


def speed_round(
    questions: list[Question], clock: FakeClock, limit: int = 20
) -> tuple[RoundPlay, PauseRecorder]:
    recorder = PauseRecorder()
    play = RoundPlay(
        RoundId(3),
        questions,
        recorder,
        rng=random.Random(4),
        clock=clock,
        rule=SPEED_RULE,
        time_limit_s=limit,
    )
    return play, recorder


def test_points_follow_the_injected_clock_at_zero_half_and_the_limit() -> None:
    clock = FakeClock()
    play, _ = speed_round([choice(i) for i in range(3)], clock)
    points = []
    for i, wait in enumerate((0.0, 10.0, 20.0)):
        clock.advance(wait)
        points.append(play.answer(f"A{i}").points)
        play.advance()
    # Streaks of 1, 2 and 3 add 0, 100 and 200.
    assert points == [1000, 850, 700]


def test_a_timeout_is_wrong_scores_nothing_and_breaks_the_streak() -> None:
    clock = FakeClock()
    play, recorder = speed_round([choice(i) for i in range(3)], clock)
    play.answer("A0")
    play.advance()
    clock.advance(19.5)
    assert not play.time_is_up
    assert play.time_left_ms == 500
    with pytest.raises(RuntimeError):
        play.time_out()
    clock.advance(0.5)
    assert play.time_is_up
    missed = play.time_out()
    assert (missed.correct, missed.points, missed.streak, missed.timed_out) == (False, 0, 0, True)
    assert missed.ms == 20_000
    play.advance()
    assert play.answer("A2").points == 1000
    assert recorder.answers[1].given == ""


def test_a_right_answer_after_the_limit_counts_as_a_timeout() -> None:
    clock = FakeClock()
    play, _ = speed_round([choice(1)], clock)
    clock.advance(20.001)
    late = play.answer("A1")
    assert (late.correct, late.points, late.timed_out) == (False, 0, True)


def test_a_question_with_its_own_time_uses_it() -> None:
    clock = FakeClock()
    own = Question(QuestionId(9), PackId(1), QuestionKind.CHOICE, "Q?", "A", ("B",), time_limit_s=5)
    play, _ = speed_round([own], clock)
    assert play.current.time_limit_ms == 5_000
    clock.advance(2.5)
    assert play.answer("A").points == 750


def test_pause_stops_the_clock_marks_the_round_and_refuses_answers() -> None:
    clock = FakeClock()
    play, recorder = speed_round([choice(1)], clock)
    clock.advance(5)
    assert play.pause()
    clock.advance(600)
    assert play.time_left_ms == 15_000
    with pytest.raises(RuntimeError, match="paused"):
        play.answer("A1")
    play.resume()
    clock.advance(5)
    assert play.answer("A1").points == 750
    assert recorder.paused == [RoundId(3)]
    assert recorder.finished == [10_000]


def test_an_untimed_round_has_no_time_limit() -> None:
    clock = FakeClock()
    play = RoundPlay(RoundId(1), [choice(1)], ListRecorder(), clock=clock)
    clock.advance(3600)
    assert play.time_left_ms is None
    assert play.answer("A1").points == 1000


@pytest.mark.parametrize("seconds", [0, -5, 9, 61, 10_000, 12.5, "-20", "", "ten", None, True])
def test_a_bad_timer_is_refused_with_a_message(seconds: object) -> None:
    with pytest.raises(RoundSetupError, match="timer"):
        checked_time_limit(seconds)


@pytest.mark.parametrize(
    ("seconds", "limit"), [(10, 10), (20, 20), (60, 60), (30.0, 30), (" 45", 45)]
)
def test_timers_from_ten_seconds_to_a_minute_are_taken(seconds: object, limit: int) -> None:
    assert checked_time_limit(seconds) == limit


def test_fifty_fifty_removes_exactly_two_wrong_options_never_the_answer() -> None:
    for seed in range(50):
        play = RoundPlay(
            RoundId(1), [choice(1), choice(2)], ListRecorder(), rng=random.Random(seed)
        )
        options = play.current.options
        removed = play.fifty_fifty()
        assert len(removed) == 2
        assert len(set(removed)) == 2
        assert "A1" not in removed
        assert set(removed) <= set(options)


def test_fifty_fifty_is_once_a_round_and_stored_with_the_answer() -> None:
    recorder = ListRecorder()
    play = RoundPlay(RoundId(1), [choice(1), choice(2)], recorder, rng=random.Random(0))
    removed = play.fifty_fifty()
    with pytest.raises(ValueError, match="50:50"):
        play.answer(removed[0])
    play.answer("A1")
    assert recorder.answers[0].removed == removed
    play.advance()
    assert not play.fifty_fifty_available
    with pytest.raises(RuntimeError):
        play.fifty_fifty()
    assert play.removed == ()


@pytest.mark.parametrize(
    "question",
    [
        choice(1, wrong=2),
        Question(QuestionId(1), PackId(1), QuestionKind.TRUEFALSE, "Sky is blue.", "True"),
        Question(QuestionId(1), PackId(1), QuestionKind.TYPED, "Capital of France?", "Paris"),
    ],
)
def test_fifty_fifty_is_offered_only_where_three_wrong_options_show(question: Question) -> None:
    play = RoundPlay(RoundId(1), [question], ListRecorder())
    assert not play.fifty_fifty_available


@pytest.mark.parametrize("count", [0, -1, 51, "", " ", "ten", "5.5", None, True])
def test_a_bad_round_length_is_refused_with_a_message(count: object) -> None:
    with pytest.raises(RoundSetupError, match="1 to 50 questions"):
        checked_round_length(count)


@pytest.mark.parametrize(("count", "length"), [(5, 5), ("20", 20), (" 50 ", 50), (1, 1)])
def test_round_lengths_up_to_fifty_are_taken(count: object, length: int) -> None:
    assert checked_round_length(count) == length
