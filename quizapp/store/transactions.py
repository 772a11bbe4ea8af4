"""Short transactions for the Collection's managers, failing only as StoreErrors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from quizapp.store.errors import store_error


@dataclass(frozen=True)
class Sessions:
    """Where the managers get their sessions, and how the store is named in messages."""

    factory: sessionmaker[Session]
    path: Path


@contextmanager
def _transaction(sessions: Sessions) -> Iterator[Session]:
    try:
        with sessions.factory.begin() as session:
            yield session
    except SQLAlchemyError as exc:
        raise store_error(exc, sessions.path) from exc


class Manager:
    """Base of the managers: each operation is one transaction of its own."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def _begin(self) -> AbstractContextManager[Session]:
        """Open a transaction that commits on success; database failures become StoreErrors."""
        return _transaction(self._sessions)
