"""Rounds keep their mode's scoring rule and version; tables rank like with like."""

from __future__ import annotations

import random

from sqlalchemy import text

from quizapp.core.modes import CLASSIC, SPEED
from quizapp.core.round import RoundPlay
from quizapp.store import Collection
from tests.clock import FakeClock
from tests.store.conftest import execute, pack_of, play


def _stored(collection: Collection, sql: str) -> list[tuple[object, ...]]:
    with collection._engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(sql))]


def test_every_round_stores_its_mode_rule_and_version(bank: Collection) -> None:
    play(bank, "Ann", "RRRR", mode=CLASSIC)
    play(bank, "Ann", "RRRR", [10, 10, 10, 10], mode=SPEED)
    assert _stored(bank, "SELECT mode, scoring_rule, scoring_version FROM round ORDER BY id") == [
        ("classic", "classic", 1),
        ("speed", "speed", 1),
    ]


def test_speed_and_classic_rounds_have_tables_of_their_own(bank: Collection) -> None:
    play(bank, "Ann", "RRRR", mode=CLASSIC)
    play(bank, "Bo", "RRRR", [10, 10, 10, 10], mode=SPEED)
    classic = bank.stats.high_scores(mode="classic")
    speed = bank.stats.high_scores(mode="speed")
    assert [(r.player_name, r.score) for r in classic] == [("Ann", 4600)]
    # Half the time taken on each: 750 points, plus the streak bonus.
    assert [(r.player_name, r.score) for r in speed] == [("Bo", 3600)]


def test_a_new_rule_version_in_one_mode_hides_no_other_modes_rounds(bank: Collection) -> None:
    play(bank, "Ann", "RRRR", mode=CLASSIC)
    play(bank, "Bo", "RRRR", [1, 1, 1, 1], mode=SPEED)
    execute(bank, "UPDATE round SET scoring_version = 0 WHERE mode = 'speed'")
    assert bank.stats.high_scores(mode="speed") == []
    assert [r.player_name for r in bank.stats.high_scores(mode="classic")] == ["Ann"]


def test_a_fifty_fifty_and_a_pause_are_kept_with_the_round(bank: Collection) -> None:
    player = bank.players.add("Ann")
    round_id, questions = bank.rounds.start(player.id, pack_of(bank), 2, mode=SPEED)
    clock = FakeClock()
    round_play = RoundPlay(
        round_id, questions, bank.rounds, clock=clock, rule=SPEED.scoring, rng=random.Random(2)
    )
    removed = round_play.fifty_fifty()
    round_play.pause()
    clock.advance(30)
    round_play.resume()
    round_play.answer(round_play.current.question.answer)
    round_play.advance()
    round_play.answer("not this")
    record = bank.rounds.record(round_id)
    assert record.paused
    assert [a.removed for a in record.answers] == [removed, ()]
    assert len(removed) == 2


def test_a_round_never_paused_is_not_marked(bank: Collection) -> None:
    round_id = play(bank, "Ann", "RR")
    assert not bank.rounds.record(round_id).paused


def test_hot_seat_rounds_rank_in_a_table_of_their_own(bank: Collection) -> None:
    play(bank, "Ann", "RRWW")
    pack = pack_of(bank)
    bo = bank.players.add("Bo")
    shared = bank.rounds.draw(pack, 4)
    round_id = bank.rounds.open(bo.id, pack, CLASSIC, len(shared), seats=2)
    round_play = RoundPlay(round_id, shared, bank.rounds, clock=FakeClock())
    while True:
        round_play.answer(round_play.current.question.answer)
        if not round_play.advance():
            break
    assert [r.player_name for r in bank.stats.high_scores(mode="classic")] == ["Ann"]
    hot = bank.stats.high_scores(mode="classic", hot_seat=True)
    assert [(r.player_name, r.score) for r in hot] == [("Bo", 4600)]
    assert bank.stats.standing(round_id).top_ten_rank == 1
    assert [r.id for r in bank.rounds.of_player(bo.id)] == [round_id]
