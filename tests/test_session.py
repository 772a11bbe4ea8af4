"""The game session, without a window: rounds, guards and what each screen is handed."""

from __future__ import annotations

import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.core.kinds import Difficulty
from quizapp.core.model import QuestionPool
from quizapp.core.modes import CLASSIC, MISTAKES, SPEED, TYPED
from quizapp.core.players import PlayerNameError
from quizapp.core.round_setup import RoundSetupError
from quizapp.errors import StoreError
from quizapp.session import AllCaughtUp, GameSession
from quizapp.settings import load_settings
from quizapp.store import Collection
from quizapp.ui.results_screen import celebration
from tests.conftest import PackFactory, choice_question


@pytest.fixture
def session(tmp_path: Path, pack_file: PackFactory) -> Iterator[GameSession]:
    with Collection.open(tmp_path / "data") as collection:
        collection.packs.sync_shipped(
            pack_file(questions=[choice_question(i) for i in range(1, 4)]).parent
        )
        yield GameSession(collection, round_length=3)


def pack(session: GameSession) -> int:
    return session.collection.packs.all()[0].id


def play_through(session: GameSession, right: bool = True) -> None:
    presented = session.round.current if session.round else None
    while presented is not None:
        session.answer(presented.question.answer if right else "not this")
        presented = session.next_question()


def test_a_round_is_on_from_start_to_last_answer_and_then_may_be_left(
    session: GameSession,
) -> None:
    assert not session.playing
    first = session.start("Ann", pack(session), CLASSIC.key)
    assert session.playing
    assert session.awaiting_answer
    assert first.number == 1
    assert session.next_question() is None, "no moving on before answering"
    verdict = session.answer(first.question.answer)
    assert verdict is not None
    assert verdict.correct
    assert session.answer(first.question.answer) is None, "one answer a question"
    play_through(session)
    assert not session.playing
    results = session.results()
    assert (results.record.player_name, results.record.correct, results.record.total) == (
        "Ann",
        3,
        3,
    )
    assert [s.round_id for s in results.top] == [results.record.id]
    assert results.standing.top_ten_rank == 1


def test_the_verdict_names_the_right_option_the_chosen_one_and_the_bonus(
    session: GameSession,
) -> None:
    first = session.start("Ann", pack(session), CLASSIC.key)
    wrong = next(o for o in first.options if o != first.question.answer)
    verdict = session.answer(wrong)
    assert verdict is not None
    assert first.options[verdict.right_option or 0] == first.question.answer
    assert verdict.chosen_option == first.options.index(wrong)
    assert verdict.bonus == 0
    second = session.next_question()
    assert second is not None
    session.answer(second.question.answer)
    third = session.next_question()
    assert third is not None
    streak = session.answer(third.question.answer)
    assert streak is not None
    assert (streak.points, streak.bonus) == (1100, 100)


def test_abandoning_keeps_the_answers_and_frees_the_player(session: GameSession) -> None:
    first = session.start("Ann", pack(session), CLASSIC.key)
    session.answer(first.question.answer)
    session.abandon()
    assert not session.playing
    player = session.collection.players.named("Ann")
    assert player is not None
    (record,) = session.rounds_of(player.id)
    assert (record.correct, record.finished_at) == (1, None)


def test_a_bad_name_starts_nothing(session: GameSession) -> None:
    with pytest.raises(PlayerNameError):
        session.start("   ", pack(session), CLASSIC.key)
    assert not session.playing
    assert session.round is None


def test_nothing_to_practise_is_good_news_not_a_fault(session: GameSession) -> None:
    with pytest.raises(AllCaughtUp, match="caught up"):
        session.start("Ann", pack(session), MISTAKES.key)
    assert not session.playing


def test_the_start_screen_is_offered_the_pack_and_mode_just_played(
    session: GameSession, pack_file: PackFactory
) -> None:
    folder = pack_file(pack_id="second", title="Second").parent
    session.collection.packs.sync_shipped(folder)
    second = next(p.id for p in session.collection.packs.all() if p.slug == "second")
    assert session.start_choices().pack == pack(session), "the shipped pack comes first"
    session.start("Ann", second, TYPED.key)
    play_through(session)
    choices = session.start_choices()
    assert (choices.pack, choices.mode) == (second, TYPED.key)
    assert session.score_table_choice() == (second, TYPED.key)


def test_a_new_pack_is_offered_in_a_mode_that_can_play_it(session: GameSession) -> None:
    with pytest.raises(AllCaughtUp):
        session.start("Ann", pack(session), MISTAKES.key)
    session.start_choices()
    assert session.offer_pack(pack(session), "Ann") is CLASSIC
    assert session.start_choices().mode == CLASSIC.key


def test_the_session_runs_without_qt() -> None:
    probe = "import sys, quizapp.session\nprint(sorted(m for m in sys.modules if 'PySide6' in m))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"


def test_play_again_a_moment_after_the_results_is_a_slip(
    tmp_path: Path, pack_file: PackFactory
) -> None:
    now = [100.0]
    with Collection.open(tmp_path / "data") as collection:
        collection.packs.sync_shipped(pack_file(questions=[choice_question(1)]).parent)
        session = GameSession(collection, clock=lambda: now[0])
        session.start("Ann", collection.packs.all()[0].id, CLASSIC.key)
        play_through(session)
        session.results()
        now[0] += 0.06
        assert session.play_again() is None
        assert len(session.rounds_of(session.current_player(""))) == 1
        now[0] += 0.5
        assert session.play_again() is not None


def _rounds_stored(session: GameSession) -> int:
    return sum(len(session.rounds_of(p.id)) for p in session.players())


def test_a_longer_round_than_the_pool_says_so_and_plays_what_there_is(
    session: GameSession,
) -> None:
    first = session.start("Ann", pack(session), CLASSIC.key, length=20)
    assert first.total == 3
    assert session.shortfall == "Only 3 questions fit this round, not 20: playing those 3."
    session.abandon()
    session.start("Ann", pack(session), CLASSIC.key, length="2")
    assert session.shortfall is None
    assert session.round_length == 2


@pytest.mark.parametrize(
    ("length", "seconds", "message"),
    [
        (0, 20, "1 to 50 questions long"),
        ("", 20, "not nothing"),
        (51, 20, "not 51"),
        ("ten", 20, "not ten"),
        (10, -5, "timer"),
        (10, 10_000, "timer"),
    ],
)
def test_a_bad_length_or_timer_is_refused_and_nothing_is_stored(
    session: GameSession, length: object, seconds: int, message: str
) -> None:
    with pytest.raises(RoundSetupError, match=message):
        session.start("Newcomer", pack(session), SPEED.key, seconds, length)
    assert not session.playing
    assert session.player_named("Newcomer") is None
    assert _rounds_stored(session) == 0


def test_a_pack_deleted_between_set_up_and_play_is_said_not_crashed(
    session: GameSession,
) -> None:
    gone = pack(session)
    session.collection.packs.delete(gone)
    with pytest.raises(StoreError, match="That pack no longer exists"):
        session.start("Ann", gone, CLASSIC.key)
    assert not session.playing
    assert _rounds_stored(session) == 0


def test_mistakes_due_counts_what_was_missed_and_zero_is_all_caught_up(
    session: GameSession,
) -> None:
    assert session.mistakes_due("Ann", pack(session)) is None, "no such player yet"
    session.start("Ann", pack(session), CLASSIC.key)
    first = session.round.current if session.round else None
    assert first is not None
    session.answer("not this")
    presented = session.next_question()
    while presented is not None:
        session.answer(presented.question.answer)
        presented = session.next_question()
    assert session.mistakes_due("Ann", pack(session)) == 1
    session.start("Bo", pack(session), CLASSIC.key)
    play_through(session)
    assert session.mistakes_due("Bo", pack(session)) == 0


def test_the_set_up_remembered_last_time_is_offered(session: GameSession) -> None:
    session.offer_remembered("heartstopper", SPEED.key)
    choices = session.start_choices()
    assert (choices.pack, choices.mode) == (pack(session), SPEED.key)
    session.offer_remembered("gone-pack", "no-such-mode")
    assert session.start_choices().mode == SPEED.key


@pytest.mark.parametrize(
    ("names", "mode", "message"),
    [
        (["Ann", "ANN"], CLASSIC.key, "named twice"),
        (["Ann"], CLASSIC.key, "2 to 4 players"),
        (["Ann", "Bo"], MISTAKES.key, "for one player"),
    ],
)
def test_a_hot_seat_round_that_cannot_be_played_stores_nothing(
    session: GameSession, names: list[str], mode: str, message: str
) -> None:
    with pytest.raises(RoundSetupError, match=message):
        session.start_hot_seat(names, pack(session), mode)
    assert not session.playing
    assert session.players() == []


def test_hot_seat_answers_wait_for_the_turn_to_begin(session: GameSession) -> None:
    assert session.start_hot_seat(["Ann", "Bo"], pack(session), CLASSIC.key) == "Ann"
    assert session.playing
    first = session.round.current if session.round else None
    assert first is not None
    assert session.answer(first.question.answer) is None, "not before Ann is ready"
    session.begin_turn()
    assert session.answer(first.question.answer) is not None
    assert session.next_turn() == "Bo"
    assert session.score == 0, "Bo's own round"


def test_a_round_with_no_right_answer_is_no_high_score_or_best(session: GameSession) -> None:
    session.start("Ann", pack(session), CLASSIC.key)
    play_through(session, right=False)
    first = session.results()
    session.start("Ann", pack(session), CLASSIC.key)
    play_through(session, right=False)
    second = session.results()
    for results in (first, second):
        assert results.record.correct == 0
        assert results.standing.top_ten_rank is None
        assert not results.standing.personal_best
        assert celebration(results.standing) == ""


def test_a_round_with_a_right_answer_still_tops_an_empty_table(session: GameSession) -> None:
    session.start("Ann", pack(session), CLASSIC.key)
    play_through(session)
    results = session.results()
    assert results.standing.top_ten_rank == 1
    assert "New high score: number 1 in the top 10!" in celebration(results.standing)


@pytest.fixture
def two_packs(tmp_path: Path, pack_file: PackFactory) -> Iterator[GameSession]:
    folder = pack_file(questions=[choice_question(i) for i in range(1, 7)]).parent
    levels = ["easy", "hard"]
    pack_file(
        folder,
        pack_id="space",
        title="Space",
        questions=[
            choice_question(i, id=f"s{i}", prompt=f"Space {i}?", difficulty=levels[i % 2])
            for i in range(1, 7)
        ],
    )
    with Collection.open(tmp_path / "data") as collection:
        collection.packs.sync_shipped(folder)
        yield GameSession(collection, round_length=3)


def test_friends_take_turns_at_the_same_narrowed_questions(two_packs: GameSession) -> None:
    packs = [p.id for p in two_packs.collection.packs.all()]
    pool = QuestionPool.of(packs, categories=["Cast"], difficulties=["hard"])
    two_packs.start_hot_seat(["Ann", "Bo"], pool, CLASSIC.key, length=10)
    # Space's odd questions are its hard Cast ones.
    assert two_packs.shortfall == "Only 3 questions fit this round, not 10: playing those 3."
    asked = []
    for _turn in range(2):
        presented = two_packs.begin_turn()
        asked.append(presented.question)
        two_packs.answer(presented.question.answer)
        two_packs.next_turn()
    assert asked[0] == asked[1]
    assert (asked[0].category, asked[0].difficulty) == ("Cast", Difficulty.HARD)
    assert asked[0].prompt in ("Space 1?", "Space 3?", "Space 5?")


def test_a_round_of_two_packs_is_ranked_in_every_packs_table(two_packs: GameSession) -> None:
    packs = [p.id for p in two_packs.collection.packs.all()]
    two_packs.start("Ann", packs, CLASSIC.key)
    play_through(two_packs)
    results = two_packs.results()
    assert results.record.pack_title == "Heartstopper + Space"
    assert [row.score for row in results.top] == [results.record.score]
    assert results.standing.top_ten_rank == 1
    assert two_packs.score_table_choice() == (None, CLASSIC.key)


def test_no_pack_chosen_is_refused_and_nothing_stored(two_packs: GameSession) -> None:
    with pytest.raises(RoundSetupError, match="Pick at least one pack"):
        two_packs.start("Ann", [], CLASSIC.key)
    assert two_packs.players() == []


def test_remembered_categories_the_packs_no_longer_have_are_let_go(
    two_packs: GameSession,
) -> None:
    two_packs.offer_remembered(["space", "gone"], CLASSIC.key, ["Cast", "Weather"], "hard")
    pool = two_packs.start_choices().pool
    assert pool is not None
    space = two_packs.collection.packs.by_slug("space")
    assert space is not None
    assert pool == QuestionPool((space.id,), ("Cast",), (Difficulty.HARD,))


def _desktop(data_dir: Path, url: str) -> GameSession:
    """A desktop with its own data folder, on the store at url."""
    data_dir.mkdir(exist_ok=True)
    return GameSession(Collection.open(data_dir, url), data_dir=data_dir, round_length=3)


def test_each_desktop_on_a_shared_store_offers_its_own_last_player(
    tmp_path: Path, store_url: str | None, pack_file: PackFactory
) -> None:
    url = store_url or f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    first, second = _desktop(tmp_path / "one", url), _desktop(tmp_path / "two", url)
    first.collection.packs.sync_shipped(pack_file().parent)
    first.start("Ann", pack(first), CLASSIC.key)
    second.start("Bo", pack(second), CLASSIC.key)
    for desktop in (first, second):
        desktop.close()
    again = [_desktop(tmp_path / name, url) for name in ("one", "two")]
    assert [d.start_choices().last_player.name for d in again] == ["Ann", "Bo"]
    assert [load_settings(tmp_path / name).last_player for name in ("one", "two")] == [
        d.last_player().id for d in again
    ]
    for desktop in again:
        desktop.close()


def test_switching_player_is_remembered_and_a_deleted_one_forgotten(
    session: GameSession, tmp_path: Path
) -> None:
    desktop = GameSession(session.collection, data_dir=tmp_path / "data")
    ann = desktop.add_player("Ann")
    desktop.switch_to(ann.id)
    assert GameSession(session.collection, data_dir=tmp_path / "data").last_player() == ann
    desktop.delete_player(ann.id)
    with pytest.raises(StoreError, match="no longer exists"):
        desktop.switch_to(ann.id)
    # A new player may be given the deleted one's id: they are not offered in their place.
    desktop.add_player("Cy")
    assert desktop.last_player() is None
    assert GameSession(session.collection, data_dir=tmp_path / "data").last_player() is None


def test_a_practise_round_of_fewer_mistakes_than_its_length_names_them_as_mistakes(
    session: GameSession,
) -> None:
    session.start("Ann", pack(session), CLASSIC.key)
    play_through(session, right=False)
    session.start("Ann", pack(session), MISTAKES.key, length=10)
    assert session.shortfall == "3 mistakes are due: practising those 3."
    session.abandon()
    session.start("Bo", pack(session), CLASSIC.key)
    first = session.round.current if session.round else None
    assert first is not None
    session.answer("not this")
    play_through(session)
    session.start("Bo", pack(session), MISTAKES.key, length=10)
    assert session.shortfall == "1 mistake is due: practising it."


@pytest.fixture
def twelve(tmp_path: Path, pack_file: PackFactory) -> Iterator[GameSession]:
    with Collection.open(tmp_path / "data") as collection:
        collection.packs.sync_shipped(pack_file().parent)
        yield GameSession(collection, round_length=4, rng=random.Random(7))


def play_alone(session: GameSession, name: str, length: int) -> set[str]:
    session.start(name, pack(session), CLASSIC.key, length=length)
    asked = set()
    presented = session.round.current if session.round else None
    while presented is not None:
        asked.add(presented.question.prompt)
        session.answer(presented.question.answer)
        presented = session.next_question()
    return asked


def play_with_friends(session: GameSession, names: list[str], length: int) -> list[str]:
    session.start_hot_seat(names, pack(session), CLASSIC.key, length=length)
    asked = []
    while True:
        presented = session.begin_turn()
        if session.hot_seat is not None and session.hot_seat.seat == names[0]:
            asked.append(presented.question.prompt)
        session.answer(presented.question.answer)
        if session.next_turn() is None:
            return asked


def test_friends_are_asked_what_none_of_them_has_seen_first(twelve: GameSession) -> None:
    seen = play_alone(twelve, "Ann", 4) | play_alone(twelve, "Bo", 4)
    together = play_with_friends(twelve, ["Ann", "Bo"], 4)
    assert len(set(together)) == 4
    assert not set(together) & seen, "a question Ann or Bo has answered came before new ones"


def test_friends_who_have_seen_nearly_everything_still_get_a_full_round(
    twelve: GameSession,
) -> None:
    seen = play_alone(twelve, "Ann", 10)
    together = play_with_friends(twelve, ["Ann", "Bo"], 4)
    assert len(set(together)) == 4
    # The two Ann has not seen come first; the pack then starts afresh for the rest.
    everything = {choice_question(i)["prompt"] for i in range(1, 13)}
    assert everything - seen <= set(together)
