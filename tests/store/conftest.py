"""Store fixtures: a small bank and rounds played with a controlled clock."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from quizapp.core.model import PackId, Question, RoundId
from quizapp.core.modes import CLASSIC, Mode
from quizapp.core.round import RoundPlay
from quizapp.store import Collection
from tests.clock import FakeClock
from tests.conftest import PackFactory, choice_question


@pytest.fixture
def bank(tmp_path: Path, pack_file: PackFactory) -> Iterator[Collection]:
    """A store with one pack of four questions: 1 and 3 are Cast, 2 and 4 Production."""
    with Collection.open(tmp_path / "data") as opened:
        opened.packs.sync_shipped(
            pack_file(questions=[choice_question(i) for i in range(1, 5)]).parent
        )
        yield opened


def pack_of(collection: Collection) -> PackId:
    return collection.packs.all()[0].id


def questions_of(collection: Collection, pack_id: PackId) -> list[Question]:
    """Return every live question of a pack, as a draw without a player sees them."""
    return collection.rounds.draw(pack_id, 1_000_000)


def play(
    collection: Collection,
    name: str,
    pattern: str,
    seconds: Sequence[float] | None = None,
    *,
    count: int = 4,
    mode: Mode = CLASSIC,
) -> RoundId:
    """Play a round, questions in id order: R answers right, W wrong; fewer marks quits early."""
    player = collection.players.for_name(name)
    round_id, questions = collection.rounds.start(player.id, pack_of(collection), count, mode=mode)
    clock = FakeClock()
    round_play = RoundPlay(
        round_id,
        sorted(questions, key=lambda q: q.id),
        collection.rounds,
        clock=clock,
        rule=mode.scoring,
    )
    for index, mark in enumerate(pattern):
        clock.now += seconds[index] if seconds else 1.0
        question = round_play.current.question
        round_play.answer(question.answer if mark == "R" else "not this")
        round_play.advance()
    return round_id


def set_finished(collection: Collection, round_id: RoundId, moment: str) -> None:
    with collection._engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE round SET finished_at = ? WHERE id = ?", (moment, int(round_id))
        )
