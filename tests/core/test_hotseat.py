"""Hot-seat: players answer the same questions in turn, each into their own round."""

import random

import pytest

from quizapp.core.hotseat import HotSeatPlay, seat_names
from quizapp.core.model import RoundId
from quizapp.core.players import PlayerNameError
from quizapp.core.round import RoundPlay
from quizapp.core.round_setup import RoundSetupError
from quizapp.core.scoring import SPEED_RULE
from tests.clock import FakeClock
from tests.core.test_round import ListRecorder, choice


def hot_seat(
    names: list[str], clock: FakeClock, **kw: object
) -> tuple[HotSeatPlay, list[ListRecorder]]:
    questions = [choice(i) for i in range(3)]
    recorders = [ListRecorder() for _ in names]
    seats = [
        (name, RoundPlay(RoundId(n), questions, rec, rng=random.Random(5), clock=clock, **kw))  # type: ignore[arg-type]
        for n, (name, rec) in enumerate(zip(names, recorders, strict=True), start=1)
    ]
    return HotSeatPlay(seats), recorders


def test_players_take_turns_on_each_question_in_seating_order() -> None:
    clock = FakeClock()
    game, recorders = hot_seat(["Ann", "Bo", "Cy"], clock)
    order = []
    while True:
        game.begin_turn()
        order.append((game.seat, game.current.number))
        game.answer(f"A{game.current.number - 1}")
        if game.next_turn() is None:
            break
    assert order == [(n, q) for q in (1, 2, 3) for n in ("Ann", "Bo", "Cy")]
    assert game.finished
    assert [len(r.answers) for r in recorders] == [3, 3, 3]
    assert all(r.finished for r in recorders)


def test_every_player_sees_the_same_questions_and_options() -> None:
    clock = FakeClock()
    game, _ = hot_seat(["Ann", "Bo"], clock)
    shown = {}
    while True:
        game.begin_turn()
        shown.setdefault(game.current.number, set()).add(game.current.options)
        game.answer("nope")
        if game.next_turn() is None:
            break
    assert all(len(options) == 1 for options in shown.values())


def test_the_next_player_sees_nothing_of_the_previous_choice() -> None:
    clock = FakeClock()
    game, recorders = hot_seat(["Ann", "Bo"], clock)
    game.begin_turn()
    game.play.fifty_fifty()
    game.answer("A0")
    assert game.next_turn() == "Bo"
    assert not game.turn_begun
    with pytest.raises(RuntimeError):
        game.answer("A0")
    presented = game.begin_turn()
    assert game.play.awaiting_answer
    assert game.play.removed == ()
    assert game.play.answers == ()
    assert presented.number == 1
    assert recorders[1].answers == []


def test_each_turn_is_timed_from_its_own_start() -> None:
    clock = FakeClock()
    game, _ = hot_seat(["Ann", "Bo"], clock, rule=SPEED_RULE, time_limit_s=20)
    game.begin_turn()
    clock.advance(10)
    assert game.answer("A0").points == 750
    game.next_turn()
    clock.advance(30)  # the pass to Bo takes its time, off Bo's clock
    game.begin_turn()
    assert game.answer("A0").points == 1000


def test_standings_put_the_best_first_and_share_a_place_on_a_tie() -> None:
    clock = FakeClock()
    game, _ = hot_seat(["Ann", "Bo", "Cy"], clock)
    right = {"Ann": {1, 2, 3}, "Bo": {1}, "Cy": {1, 2, 3}}
    while True:
        game.begin_turn()
        number = game.current.number
        game.answer(f"A{number - 1}" if number in right[game.seat] else "nope")
        if game.next_turn() is None:
            break
    places = [(s.place, s.name, s.correct) for s in game.standings()]
    assert places == [(1, "Ann", 3), (1, "Cy", 3), (3, "Bo", 1)]


@pytest.mark.parametrize(
    ("names", "error"),
    [
        (["Ann"], "2 to 4 players"),
        (["A", "B", "C", "D", "E"], "2 to 4 players"),
        (["Ann", "ann"], "named twice"),
        (["Ann", " ", ""], "2 to 4 players"),
    ],
)
def test_seating_refuses_too_few_too_many_and_doubles(names: list[str], error: str) -> None:
    with pytest.raises(RoundSetupError, match=error):
        seat_names(names)


def test_seating_refuses_a_name_that_cannot_be_used() -> None:
    with pytest.raises(PlayerNameError):
        seat_names(["Ann", "x" * 41])


def test_seating_keeps_the_order_and_cleans_the_names() -> None:
    assert seat_names([" Ann ", "", "Bo  Lee"]) == ["Ann", "Bo Lee"]
