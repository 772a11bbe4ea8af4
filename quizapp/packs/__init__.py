"""Reading, validating and writing question packs.

The names below load on first use: ``quizapp.packs.formats`` is read at start-up (the command
line's choices, the file dialog's filter), and the readers' libraries should not be.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quizapp.packs.errors import PackError, ParsedPack, Problem
    from quizapp.packs.formats import ReadProgress
    from quizapp.packs.model import (
        MAX_FIELD_CHARS,
        PACK_FORMAT,
        Difficulty,
        Pack,
        PackHeader,
        PackQuestion,
        QuestionKind,
        pack_json_schema,
    )
    from quizapp.packs.native import dump_pack
    from quizapp.packs.reader import read_native, read_pack_file
    from quizapp.packs.source import MAX_FILE_BYTES

_HOMES = {
    "ReadProgress": "formats",
    "PackError": "errors",
    "ParsedPack": "errors",
    "Problem": "errors",
    "MAX_FIELD_CHARS": "model",
    "PACK_FORMAT": "model",
    "Difficulty": "model",
    "Pack": "model",
    "PackHeader": "model",
    "PackQuestion": "model",
    "QuestionKind": "model",
    "pack_json_schema": "model",
    "dump_pack": "native",
    "read_native": "reader",
    "read_pack_file": "reader",
    "MAX_FILE_BYTES": "source",
}

__all__ = [
    "MAX_FIELD_CHARS",
    "MAX_FILE_BYTES",
    "PACK_FORMAT",
    "Difficulty",
    "Pack",
    "PackError",
    "PackHeader",
    "PackQuestion",
    "ParsedPack",
    "Problem",
    "QuestionKind",
    "ReadProgress",
    "dump_pack",
    "pack_json_schema",
    "read_native",
    "read_pack_file",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
