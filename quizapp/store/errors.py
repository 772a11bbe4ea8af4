"""The one mapping from database and file-system failures to a StoreError a player can act on.

Messages never carry SQL, parameters or a driver's class names: they say what is wrong with
the store and what to do.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from quizapp.errors import StoreError, StoreProblem

__all__ = ["StoreError", "StoreProblem", "store_error"]

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_PROBLEMS = {
    3: StoreProblem.READ_ONLY,  # SQLITE_PERM
    5: StoreProblem.LOCKED,  # SQLITE_BUSY
    6: StoreProblem.LOCKED,  # SQLITE_LOCKED
    8: StoreProblem.READ_ONLY,  # SQLITE_READONLY
    11: StoreProblem.DAMAGED,  # SQLITE_CORRUPT
    13: StoreProblem.DISK_FULL,  # SQLITE_FULL
    14: StoreProblem.READ_ONLY,  # SQLITE_CANTOPEN: mostly a folder that cannot be written
    26: StoreProblem.DAMAGED,  # SQLITE_NOTADB
}
_SQLITE_IOERR = 10
_UNAVAILABLE = StoreProblem.UNAVAILABLE
_POSTGRES_PROBLEMS = {
    "08": StoreProblem.UNREACHABLE,  # connection exceptions
    "57P01": StoreProblem.UNREACHABLE,  # the server shut down
    "28": StoreProblem.DENIED,  # wrong user name or password
    "42501": StoreProblem.DENIED,  # no rights on the database
    "3D000": StoreProblem.DENIED,  # no such database
    "25006": StoreProblem.READ_ONLY,  # a read-only transaction or standby server
    "53100": StoreProblem.DISK_FULL,
    "53": StoreProblem.LOCKED,  # out of connections or memory: later may work
    "40": StoreProblem.LOCKED,  # serialisation failure or deadlock: try again
    "55P03": StoreProblem.LOCKED,  # a lock not had in time
    "XX001": StoreProblem.DAMAGED,
    "XX002": StoreProblem.DAMAGED,
}
_NEARLY_FULL = 64 * 1024
_ERRNO_PROBLEMS = {
    errno.ENOSPC: StoreProblem.DISK_FULL,
    errno.EDQUOT: StoreProblem.DISK_FULL,
    errno.EROFS: StoreProblem.READ_ONLY,
    errno.EACCES: StoreProblem.READ_ONLY,
    errno.EPERM: StoreProblem.READ_ONLY,
}


def problem_of(exc: BaseException) -> StoreProblem:
    """Return what kind of store failure an exception from SQLAlchemy, sqlite3 or the OS is."""
    if isinstance(exc, StoreError):
        return exc.problem
    cause: BaseException = exc.orig if isinstance(exc, DBAPIError) and exc.orig else exc
    if isinstance(cause, sqlite3.Error):
        code = getattr(cause, "sqlite_errorcode", None)
        if code is not None:
            return _SQLITE_PROBLEMS.get(code & 0xFF, StoreProblem.UNAVAILABLE)
        if "malformed" in str(cause) or "not a database" in str(cause):
            return StoreProblem.DAMAGED
    if isinstance(cause, OSError) and cause.errno in _ERRNO_PROBLEMS:
        return _ERRNO_PROBLEMS[cause.errno]
    state = getattr(cause, "sqlstate", None)
    if isinstance(state, str):
        # PostgreSQL's SQLSTATE, in full or by its class (the first two characters).
        return _POSTGRES_PROBLEMS.get(state) or _POSTGRES_PROBLEMS.get(state[:2], _UNAVAILABLE)
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return StoreProblem.UNREACHABLE
    if type(cause).__name__ == "OperationalError" and "connect" in str(cause):
        # psycopg gives no SQLSTATE for a connection that failed, only the server's words.
        text = str(cause)
        if "authentication failed" in text or "does not exist" in text:
            return StoreProblem.DENIED
        return StoreProblem.UNREACHABLE
    return StoreProblem.UNAVAILABLE


def message_for(problem: StoreProblem, path: Path | str, detail: str = "") -> str:
    """Return the one-line message for a store problem, naming the file and what to do."""
    if problem is StoreProblem.DAMAGED:
        return f"The store {path} is damaged. Run `quizapp check` to save what can still be read."
    if problem is StoreProblem.READ_ONLY:
        return (
            f"The store {path} cannot be written: the file or its folder is read-only. "
            "Make them writable, or choose another folder with --data-dir."
        )
    if problem is StoreProblem.DISK_FULL:
        return f"The disk holding the store {path} is full. Free some space and try again."
    if problem is StoreProblem.LOCKED:
        return (
            f"The store {path} is busy in another program (another quizapp, perhaps). "
            "Close it and try again."
        )
    if problem is StoreProblem.NOT_A_STORE:
        return f"{path} is not a quizapp store; it was left untouched."
    if problem is StoreProblem.UNREACHABLE:
        return (
            f"Cannot reach the database server of {path}. Check that it is running and that "
            "the address and port are right."
        )
    if problem is StoreProblem.DENIED:
        return (
            f"The database server refused {path}: check the user name, the password, the "
            "database name and the user's rights on it."
        )
    return f"The store {path} could not be used ({detail or 'unknown error'})."


def _is_io_error(exc: BaseException) -> bool:
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig else exc
    code = getattr(cause, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == _SQLITE_IOERR


def _disk_is_full(path: Path) -> bool:
    try:
        space = os.statvfs(path.parent)
    except OSError:
        return False
    return space.f_bavail * space.f_frsize < _NEARLY_FULL


def _detail(exc: BaseException) -> str:
    # The driver's own words only: SQLAlchemy's text adds the statement and its parameters.
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig else exc
    words = ""
    if isinstance(cause, OSError):
        words = cause.strerror or ""
    elif isinstance(cause, (sqlite3.Error, SQLAlchemyError)) or hasattr(cause, "sqlstate"):
        words = next((line for line in str(cause).splitlines() if line.strip()), "")
    # One line, of a sensible length, whatever the driver said.
    words = " ".join(words.split())[:200]
    return words or type(cause).__name__


def store_error(exc: BaseException, path: Path | str) -> StoreError:
    """Return the StoreError to raise for an exception met while using the store at path."""
    if isinstance(exc, StoreError):
        return exc
    problem = problem_of(exc)
    if (
        problem is StoreProblem.UNAVAILABLE
        and isinstance(path, Path)
        and _is_io_error(exc)
        and _disk_is_full(path)
    ):
        # SQLite reports a failed write to its log as a plain I/O error; a full disk is the
        # usual reason, and one the player can fix.
        problem = StoreProblem.DISK_FULL
    return StoreError(message_for(problem, path, _detail(exc)), problem)
