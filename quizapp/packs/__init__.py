"""Reading, validating and writing question packs."""

from quizapp.packs.build import ReadProgress
from quizapp.packs.errors import PackError, ParsedPack, Problem
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
from quizapp.packs.native import dump_pack, read_native
from quizapp.packs.reader import FORMATS, read_pack_file
from quizapp.packs.source import MAX_FILE_BYTES

__all__ = [
    "FORMATS",
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
    "ReadProgress",
    "QuestionKind",
    "dump_pack",
    "pack_json_schema",
    "read_native",
    "read_pack_file",
]
