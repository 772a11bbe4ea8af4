"""Reading and writing the native pack format, one question at a time."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from quizapp.packs.build import QuestionCollector, ReadProgress, describe
from quizapp.packs.errors import PackError, ParsedPack
from quizapp.packs.model import PACK_FORMAT, Pack, PackHeader

__all__ = ["describe", "dump_pack", "parse_native", "read_native"]


def parse_native(data: Any, path: Path, progress: ReadProgress | None = None) -> ParsedPack:
    """Validate decoded native JSON: a bad header fails the file, a bad question is skipped."""
    if not isinstance(data, dict):
        raise PackError(path, "a pack must be a JSON object")
    if data.get("format") != PACK_FORMAT:
        raise PackError(path, f"'format' must be {PACK_FORMAT!r}", "field format")
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        raise PackError(path, "the pack has no questions", "field questions")
    header_fields = {k: v for k, v in data.items() if k != "questions"}
    try:
        header = PackHeader.model_validate(header_fields)
    except ValidationError as exc:
        raise PackError(path, describe(exc), "pack header") from exc
    collector = QuestionCollector(derive_ids=False, progress=progress)
    for index, raw in enumerate(raw_questions, start=1):
        where = f"question {index}"
        if isinstance(raw, dict):
            collector.add(where, raw)
        else:
            collector.skip(where, "is not a JSON object")
    return ParsedPack(path, "native", header, collector.questions, collector.skipped)


def read_native(path: Path) -> ParsedPack:
    """Read a native pack file from disk, with the checks every pack file gets.

    Raises:
        PackError: The file cannot be read as a native pack, or has no good question.
    """
    # The reader builds on this module, so it is imported where it is needed.
    from quizapp.packs.reader import read_pack_file

    return read_pack_file(path, format="native")


def dump_pack(pack: Pack) -> str:
    """Return a pack as native JSON text: stable key order, UTF-8, one trailing newline."""
    data = pack.model_dump(mode="json", exclude_defaults=True)
    data = {"format": PACK_FORMAT, **data}
    # allow_nan=False: a non-finite number would make text no JSON reader accepts.
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
