"""Opening the store on SQLite or PostgreSQL: per-dialect set-up, ownership, migrations.

Everything that differs between the two backends is in this module, in one class each.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from enum import Enum
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Integer,
    MetaData,
    Table,
    create_engine,
    event,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError

from quizapp.errors import StoreError, StoreProblem
from quizapp.paths import STORE_FILE
from quizapp.store.errors import message_for, store_error

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = [
    "WRITING",
    "Access",
    "Backend",
    "StoreError",
    "StorePlace",
    "open_engine",
    "store_place",
]

# "QzAp" in the SQLite header marks the file as a quizapp store; on PostgreSQL a table does.
APPLICATION_ID = 0x517A4170
MIGRATIONS = Path(__file__).with_name("migrations")
# How long a writer waits for another one before the player is told the store is busy.
BUSY_SECONDS = 10
# The execution option that tells the begin listener the transaction will write.
_WRITES = "quizapp_writes"
WRITING = {_WRITES: True}


class Access(Enum):
    """What a transaction will do, which decides what it waits for."""

    READ = "read"
    """Only reads: never waits for writers and never makes them wait."""
    WRITE = "write"
    """May write: on SQLite it takes the write lock at BEGIN, so it waits its turn instead
    of failing when another writer got in between its reads and its writes."""
    EXCLUSIVE = "exclusive"
    """Writes that must not interleave with other exclusive ones on any backend (packs)."""


class Backend:
    """What one database dialect needs: connection set-up, ownership and write locks."""

    def create_engine(self, url: URL) -> Engine:
        """Return an engine with this dialect's set-up on every connection."""
        raise NotImplementedError

    def prepare(self, url: URL, where: Path | str) -> None:
        """Check what can be checked before connecting (the file, its folder)."""

    def claim(self, conn: Connection, where: Path | str) -> None:
        """Mark a new, empty database as a store; refuse one that belongs to something else."""
        raise NotImplementedError

    def lock_writers(self, conn: Connection) -> None:
        """Make this transaction wait for every other exclusive writer to finish."""


class _Sqlite(Backend):
    def create_engine(self, url: URL) -> Engine:
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": BUSY_SECONDS},
            json_serializer=_to_json,
        )
        event.listen(engine, "connect", self._on_connect)
        event.listen(engine, "begin", self._on_begin)
        return engine

    @staticmethod
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # SQLAlchemy's recipe for pysqlite: the driver's own BEGIN handling is switched off
        # and the begin listener below issues BEGIN, so transactions start when SQLAlchemy
        # says and migrations can use SAVEPOINT and DDL.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # The wait comes first: switching a new file to WAL needs a moment of the lock.
        cursor.execute(f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @staticmethod
    def _on_begin(connection: Connection) -> None:
        # A deferred BEGIN that reads and then writes cannot wait for the write lock (SQLite
        # gives up at once to avoid a deadlock), so writers take it up front.
        writes = connection.get_execution_options().get(_WRITES, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")

    def prepare(self, url: URL, where: Path | str) -> None:
        path = Path(url.database or "")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"cannot create the data directory {path.parent}: {exc.strerror}",
                store_error(exc, path).problem,
            ) from exc
        _check_sqlite_owner(path)

    def claim(self, conn: Connection, where: Path | str) -> None:
        app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
        if app_id == APPLICATION_ID:
            return
        tables = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        if app_id or tables:
            raise _not_a_store(where)
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def _check_sqlite_owner(path: Path) -> None:
    """Refuse a file that is not SQLite, or SQLite of something else, before touching it."""
    try:
        with sqlite3.connect(path, timeout=BUSY_SECONDS) as raw:
            app_id = raw.execute("PRAGMA application_id").fetchone()[0]
            tables = raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        raw.close()
    except sqlite3.Error as exc:
        error = store_error(exc, path)
        if error.problem is StoreProblem.DAMAGED and not _has_sqlite_header(path):
            # A file that is not SQLite at all, rather than a damaged store.
            error = _not_a_store(path)
        raise error from exc
    if app_id != APPLICATION_ID and (app_id or tables):
        raise _not_a_store(path)


def _has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


# The table that marks a PostgreSQL database (or schema) as a quizapp store.
MARKER = Table("quizapp_store", MetaData(), Column("application_id", Integer, nullable=False))


def _to_json(value: Any) -> str:
    # Most questions have no accepted variants: their empty list need not go through the
    # encoder, which is a good part of a big import's time.
    return "[]" if value == [] else json.dumps(value)


class _Postgres(Backend):
    # One key for the advisory lock that exclusive writers and migrations share.
    WRITERS_LOCK = APPLICATION_ID

    def create_engine(self, url: URL) -> Engine:
        engine = create_engine(url, pool_pre_ping=True, json_serializer=_to_json)
        event.listen(engine, "connect", self._on_connect)
        return engine

    @staticmethod
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = '{BUSY_SECONDS}s'")
        dbapi_connection.commit()

    def claim(self, conn: Connection, where: Path | str) -> None:
        schema = inspect(conn)
        if schema.has_table(MARKER.name):
            return
        if schema.get_table_names():
            raise _not_a_store(where)
        MARKER.create(conn)
        conn.execute(MARKER.insert().values(application_id=APPLICATION_ID))

    def lock_writers(self, conn: Connection) -> None:
        conn.execute(select(func.pg_advisory_xact_lock(self.WRITERS_LOCK)))


_BACKENDS: dict[str, Backend] = {"sqlite": _Sqlite(), "postgresql": _Postgres()}


def _not_a_store(where: Path | str) -> StoreError:
    return StoreError(message_for(StoreProblem.NOT_A_STORE, where), StoreProblem.NOT_A_STORE)


@dataclass(frozen=True)
class StorePlace:
    """Where the store is: a SQLite file in the data folder, or a database server's URL."""

    url: URL
    path: Path | None = None

    @property
    def where(self) -> Path | str:
        """The store as messages name it: the file, or the URL without its password."""
        if self.path is not None:
            return self.path
        return self.url.render_as_string(hide_password=True)

    @property
    def backend(self) -> Backend:
        """The set-up of the place's database dialect."""
        return _BACKENDS[self.url.get_backend_name()]


def file_place(path: Path) -> StorePlace:
    """Return the store in the SQLite file at path."""
    return StorePlace(URL.create("sqlite", database=str(path)), path)


def store_place(data_dir: Path, db_url: str | None = None) -> StorePlace:
    """Return the store at db_url when given, else the SQLite file in data_dir."""
    if not db_url:
        return file_place(data_dir / STORE_FILE)
    try:
        url = make_url(db_url)
    except ArgumentError as exc:
        raise StoreError(
            f"{db_url!r} is not a database URL; a PostgreSQL one reads "
            "postgresql+psycopg://USER:PASSWORD@HOST/DATABASE"
        ) from exc
    backend = url.get_backend_name()
    if backend == "postgresql" and url.get_driver_name() in ("psycopg2", "psycopg"):
        url = url.set(drivername="postgresql+psycopg")
    if backend not in _BACKENDS:
        raise StoreError(
            f"The store cannot be kept in {backend!r}: give a postgresql+psycopg:// URL, "
            "or no URL for the file in the data folder."
        )
    if backend == "sqlite":
        path = Path(url.database or "").expanduser().resolve()
        return StorePlace(url.set(database=str(path)), path)
    return StorePlace(url)


def _translate_errors(engine: Engine, where: Path | str) -> None:
    """Raise every database failure on engine as a StoreError a player can act on."""

    def on_error(context: Any) -> StoreError | None:
        # A broken constraint is the caller's to explain (a taken name, say).
        if isinstance(context.sqlalchemy_exception, IntegrityError):
            return None
        return store_error(context.original_exception, where)

    event.listen(engine, "handle_error", on_error)


def insert_skipping_duplicates(conn: Connection, table: Any) -> Any:
    """Return an INSERT into table that skips rows whose key is there already (conn's dialect)."""
    # The dialect's own module is loaded with its first store: PostgreSQL's takes some 40 ms
    # of processor time to import, which a SQLite store has no use for.
    dialect = import_module(f"sqlalchemy.dialects.{conn.dialect.name}")
    return dialect.insert(table).on_conflict_do_nothing()


def store_engine(place: StorePlace) -> Engine:
    """Return an engine on the store with its dialect's set-up, without opening it yet."""
    try:
        engine = place.backend.create_engine(place.url)
    except NoSuchModuleError as exc:
        raise StoreError(
            "PostgreSQL support is not installed: install it with "
            "pip install 'quizapp[postgresql]'."
        ) from exc
    except ModuleNotFoundError as exc:
        raise StoreError(
            f"PostgreSQL support is not installed ({exc.name} is missing): install it with "
            "pip install 'quizapp[postgresql]'."
        ) from exc
    _translate_errors(engine, place.where)
    return engine


def alembic_config(conn: Connection) -> Config:
    """Return an Alembic configuration that migrates the database of conn, in its transaction."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    return config


# Where a migration leaves what the store no longer keeps but the desktop's settings do.
LEFT_FOR_DESKTOP = "left_for_desktop"


def migrate(engine: Engine, place: StorePlace, revision: str = "head") -> dict[str, str]:
    """Claim the database and bring its schema to revision, one opener at a time.

    Games opening a fresh store at once take turns: the first creates it, the others find
    it made. Returns the settings an upgrade took out of the store for the desktop to keep.
    """
    backend = place.backend
    with engine.connect() as conn, conn.execution_options(**WRITING).begin():
        backend.lock_writers(conn)
        backend.claim(conn, place.where)
        # Alembic takes longer to import than the game's window takes to appear, and holds
        # some 16 MiB: a store already at the newest revision is opened without it.
        if revision == "head" and _revisions(conn) == [newest_revision()]:
            return {}
        from alembic import command

        config = alembic_config(conn)
        command.upgrade(config, revision)
    left: dict[str, str] = config.attributes.get(LEFT_FOR_DESKTOP, {})
    return left


def newest_revision() -> str:
    """Return the newest migration's revision, which starts its file's name (0004_...py)."""
    return max(path.name.partition("_")[0] for path in (MIGRATIONS / "versions").glob("*_*.py"))


def _revisions(conn: Connection) -> list[str]:
    """Return the revisions Alembic recorded in the database: none in a new one."""
    if not inspect(conn).has_table("alembic_version"):
        return []
    return list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())


def open_engine(place: StorePlace) -> tuple[Engine, dict[str, str]]:
    """Open (creating if new) the store and bring its schema up to date.

    Returns the engine and the settings an upgrade took out of the store (see migrate).
    """
    place.backend.prepare(place.url, place.where)
    engine = store_engine(place)
    try:
        left = migrate(engine, place)
    except Exception as exc:
        engine.dispose()
        raise store_error(exc, place.where) from exc
    return engine, left
