"""Reading and writing the native pack format, one question at a time."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from quizapp.packs.build import QuestionCollector, describe
from quizapp.packs.errors import PackError, ParsedPack
from quizapp.packs.formats import ReadProgress, Source
from quizapp.packs.model import PACK_FORMAT, Pack, PackHeader

__all__ = ["describe", "dump_pack", "parse", "parse_native", "sniff"]


def sniff(source: Source) -> int:
    """A JSON object is a native pack unless it is an Open Trivia DB response (which wins)."""
    return 90 if source.head.lstrip().startswith("{") else 0


def parse(source: Source) -> ParsedPack:
    """Read a native pack: its own header, and its questions checked one by one."""
    return parse_native(source.json, source.path, source.progress)


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
    return ParsedPack(
        path, "native", header, collector.questions, collector.skipped, warnings=collector.warnings
    )


def dump_pack(pack: Pack) -> str:
    """Return a pack as native JSON text: stable key order, UTF-8, one trailing newline."""
    data = pack.model_dump(mode="json", exclude_defaults=True)
    data = {"format": PACK_FORMAT, **data}
    # allow_nan=False: a non-finite number would make text no JSON reader accepts.
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
