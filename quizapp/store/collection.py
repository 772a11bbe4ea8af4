"""The Collection: the one entry object to the store, handing out its managers."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from quizapp.paths import STORE_FILE
from quizapp.store.engine import open_engine
from quizapp.store.pack_manager import PackManager
from quizapp.store.player_manager import PlayerManager
from quizapp.store.round_manager import RoundManager
from quizapp.store.stats import Statistics
from quizapp.store.transactions import Sessions


class Collection:
    """The player's store: opens it, wires its managers to it, and closes it.

    Everything else goes through the managers: ``packs`` (the question bank), ``players``,
    ``rounds`` (draws and the answer log) and ``stats`` (high scores and figures).
    """

    def __init__(self, engine: Engine, path: Path) -> None:
        self._engine = engine
        self.path = path
        sessions = Sessions(sessionmaker(engine, expire_on_commit=False), path)
        self.packs = PackManager(sessions)
        self.players = PlayerManager(sessions)
        self.rounds = RoundManager(sessions)
        self.stats = Statistics(sessions)

    @classmethod
    def open(cls, data_dir: Path) -> Collection:
        """Open the store in data_dir, creating and migrating it as needed."""
        path = data_dir / STORE_FILE
        return cls(open_engine(path), path)

    def close(self) -> None:
        """Release the database."""
        self._engine.dispose()

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
