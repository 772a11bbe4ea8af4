"""An answer the store failed to save changes nothing; the retry counts it once."""

from __future__ import annotations

import sqlite3

import pytest

from quizapp.core.round import RoundPlay
from quizapp.core.scoring import CLASSIC_RULE
from quizapp.errors import StoreError
from quizapp.store import Collection
from tests.clock import FakeClock
from tests.store.conftest import pack_of


@pytest.fixture
def store_url() -> None:
    """Saving is broken with a SQLite trigger, so this runs on SQLite alone."""
    return None


def _break_saving(collection: Collection, broken: bool) -> None:
    with sqlite3.connect(collection.path) as raw:
        if broken:
            raw.execute(
                "CREATE TRIGGER refuse BEFORE INSERT ON answer "
                "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
            )
        else:
            raw.execute("DROP TRIGGER refuse")
    raw.close()


def test_three_failed_saves_and_a_retry_score_one_answer(bank: Collection) -> None:
    player = bank.players.add("Ann")
    round_id, questions = bank.rounds.start(player.id, pack_of(bank), 4)
    play = RoundPlay(round_id, questions, bank.rounds, clock=FakeClock())
    right = play.current.question.answer

    _break_saving(bank, broken=True)
    for _ in range(3):
        with pytest.raises(StoreError, match="Could not save the answer"):
            play.answer(right)
        assert play.awaiting_answer
        assert (play.score, play.correct_count) == (0, 0)
    _break_saving(bank, broken=False)
    result = play.answer(right)

    assert (result.streak, result.score) == (1, CLASSIC_RULE.points_for(True, 1))
    with sqlite3.connect(bank.path) as raw:
        stored = raw.execute(
            "SELECT score, correct, answered, best_streak FROM round WHERE id = ?", (round_id,)
        ).fetchone()
        answers = raw.execute("SELECT count(*) FROM answer").fetchone()[0]
    raw.close()
    assert stored == (CLASSIC_RULE.points_for(True, 1), 1, 1, 1)
    assert answers == 1
