"""Store fixtures: a small bank and rounds played with a controlled clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from quizapp.core.model import PackId, Question, RoundId
from quizapp.core.modes import CLASSIC, Mode
from quizapp.core.round import RoundPlay
from quizapp.store import Collection
from tests.clock import FakeClock
from tests.conftest import PackFactory, choice_question


@pytest.fixture
def open_store(tmp_path: Path, store_url: str | None) -> Callable[[], Collection]:
    """Open (or open again) one store, on each backend in turn."""
    return lambda: Collection.open(tmp_path / "data", store_url)


@pytest.fixture
def collection(open_store: Callable[[], Collection]) -> Iterator[Collection]:
    """An empty store, on each backend in turn."""
    with open_store() as opened:
        yield opened


@pytest.fixture
def sqlite_collection(tmp_path: Path) -> Iterator[Collection]:
    """An empty store in a SQLite file, for what only a file has (pragmas, its header)."""
    with Collection.open(tmp_path / "data") as opened:
        yield opened


def execute(collection: Collection, statement: str, **values: object) -> None:
    """Change the store behind the managers' back, as a test's set-up needs."""
    with collection._engine.begin() as conn:
        conn.execute(text(statement), values)


@pytest.fixture
def bank(open_store: Callable[[], Collection], pack_file: PackFactory) -> Iterator[Collection]:
    """A store with one pack of four questions: 1 and 3 are Cast, 2 and 4 Production."""
    with open_store() as opened:
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
    execute(
        collection,
        "UPDATE round SET finished_at = :moment WHERE id = :id",
        moment=datetime.fromisoformat(moment),
        id=int(round_id),
    )
