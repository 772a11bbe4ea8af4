"""Short transactions for the Collection's managers, failing only as StoreErrors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from quizapp.store.engine import WRITING, Access, Backend
from quizapp.store.errors import store_error

__all__ = ["Access", "Manager", "Sessions"]


@dataclass(frozen=True)
class Sessions:
    """Where the managers get their sessions, and how the store is named in messages."""

    factory: sessionmaker[Session]
    where: Path | str
    backend: Backend


@contextmanager
def _transaction(sessions: Sessions, access: Access) -> Iterator[Session]:
    try:
        with sessions.factory() as session, session.begin():
            if access is not Access.READ:
                conn = session.connection(execution_options=WRITING)
                if access is Access.EXCLUSIVE:
                    sessions.backend.lock_writers(conn)
            yield session
    except SQLAlchemyError as exc:
        raise store_error(exc, sessions.where) from exc


class Manager:
    """Base of the managers: each operation is one transaction of its own."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def _begin(self, access: Access = Access.WRITE) -> AbstractContextManager[Session]:
        """Open a transaction that commits on success; database failures become StoreErrors.

        Args:
            access: What the transaction does; writers wait for each other (see Access).
        """
        return _transaction(self._sessions, access)
