"""Where the game keeps its files and finds the packs and assets it ships with."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_data_dir

ENV_DATA_DIR = "QUIZAPP_DATA_DIR"
ENV_DB_URL = "QUIZAPP_DB_URL"
STORE_FILE = "quizapp.sqlite3"
LOG_FILE = "quizapp.log"

_PACKAGE = Path(__file__).resolve().parent


def data_dir(option: str | None, environ: Mapping[str, str] = os.environ) -> Path:
    """Return the data directory: the command-line option, else the environment, else the OS's."""
    if option:
        return Path(option).expanduser().resolve()
    if environ.get(ENV_DATA_DIR):
        return Path(environ[ENV_DATA_DIR]).expanduser().resolve()
    return Path(user_data_dir("quizapp", appauthor=False))


def db_url(option: str | None, environ: Mapping[str, str] = os.environ) -> str | None:
    """Return the store's database URL: the command-line option, else the environment.

    None keeps the store in the SQLite file of the data folder.
    """
    return option or environ.get(ENV_DB_URL) or None


def _shipped(folder: str) -> Path:
    # An installed wheel carries the folders inside the package; a checkout has them at the top.
    inside = _PACKAGE / "_data" / folder
    return inside if inside.is_dir() else _PACKAGE.parent / folder


def shipped_packs_dir() -> Path:
    """Return the folder of the packs that ship with the game."""
    return _shipped("questions")


def assets_dir() -> Path:
    """Return the folder of icons and style sheets."""
    return _shipped("assets")
