"""Opening the SQLite file: pragmas on every connection, ownership check, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event

from quizapp.errors import StoreError, StoreProblem
from quizapp.store.errors import message_for, store_error

__all__ = ["StoreError", "create_store_engine", "open_engine"]

# "QzAp" in the SQLite header marks the file as a quizapp store.
APPLICATION_ID = 0x517A4170
MIGRATIONS = Path(__file__).with_name("migrations")


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite opens its own transactions in ways that defeat SAVEPOINT and ALTER in
    # migrations; SQLAlchemy issues BEGIN itself (see the begin listener below).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def _check_owner(path: Path) -> bool:
    """Return True when the file is new; raise StoreError when it belongs to something else."""
    try:
        with sqlite3.connect(path) as raw:
            app_id = raw.execute("PRAGMA application_id").fetchone()[0]
            tables = raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        raw.close()
    except sqlite3.Error as exc:
        error = store_error(exc, path)
        if error.problem is StoreProblem.DAMAGED and not _has_sqlite_header(path):
            # A file that is not SQLite at all, rather than a damaged store.
            error = StoreError(
                message_for(StoreProblem.NOT_A_STORE, path), StoreProblem.NOT_A_STORE
            )
        raise error from exc
    if app_id == APPLICATION_ID:
        return False
    if app_id == 0 and tables == 0:
        return True
    raise StoreError(message_for(StoreProblem.NOT_A_STORE, path), StoreProblem.NOT_A_STORE)


def _has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _translate_errors(engine: Engine, path: Path) -> None:
    """Raise every database failure on engine as a StoreError a player can act on."""

    def on_error(context: Any) -> StoreError | None:
        original = context.original_exception
        # A broken constraint is the caller's to explain (a taken name, say).
        if isinstance(original, sqlite3.IntegrityError):
            return None
        return store_error(original, path)

    event.listen(engine, "handle_error", on_error)


def create_store_engine(path: Path) -> Engine:
    """Return an engine on the store file with WAL and foreign keys set on every connection."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    _translate_errors(engine, path)
    return engine


def alembic_config(engine: Engine) -> Config:
    """Return an Alembic configuration that migrates the given engine's database."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def open_engine(path: Path) -> Engine:
    """Open (creating if new) the store at path and bring its schema up to date."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"cannot create the data directory {path.parent}: {exc.strerror}",
            store_error(exc, path).problem,
        ) from exc
    is_new = _check_owner(path)
    engine = create_store_engine(path)
    try:
        if is_new:
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        command.upgrade(alembic_config(engine), "head")
    except Exception as exc:
        engine.dispose()
        raise store_error(exc, path) from exc
    return engine
