"""The Collection: the one entry object to the store, handing out its managers."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from quizapp.settings import adopt_settings
from quizapp.store.engine import StorePlace, open_engine, store_place
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

    def __init__(self, engine: Engine, place: StorePlace) -> None:
        self._engine = engine
        self.place = place
        sessions = Sessions(
            sessionmaker(engine, expire_on_commit=False), place.where, place.backend
        )
        self.packs = PackManager(sessions)
        self.players = PlayerManager(sessions)
        self.rounds = RoundManager(sessions)
        self.stats = Statistics(sessions)

    @property
    def path(self) -> Path | None:
        """The store's file when it is SQLite; None on a database server."""
        return self.place.path

    @classmethod
    def open(cls, data_dir: Path, db_url: str | None = None) -> Collection:
        """Open the store, creating and migrating it as needed.

        Args:
            data_dir: The desktop's data folder: its settings, and its SQLite file, which is
                the store when there is no URL.
            db_url: A database URL (postgresql+psycopg://…) to keep the store on a server.
        """
        place = store_place(data_dir, db_url)
        engine, left_for_desktop = open_engine(place)
        if left_for_desktop:
            # What an upgrade took out of the store goes to this desktop's settings, once.
            adopt_settings(data_dir, left_for_desktop)
        return cls(engine, place)

    def close(self) -> None:
        """Release the database."""
        self._engine.dispose()

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
