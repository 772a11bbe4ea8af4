"""Reading and writing the native pack format, one question at a time."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from quizapp.packs.errors import PackError, ParsedPack, Problem
from quizapp.packs.model import PACK_FORMAT, Pack, PackHeader, PackQuestion


def describe(error: ValidationError) -> str:
    """Return a validation error as one line a person can act on, naming each field."""
    parts = []
    for item in error.errors():
        place = ".".join(str(p) for p in item["loc"])
        message = item["msg"].removeprefix("Value error, ")
        parts.append(f"{place}: {message}" if place else message)
    return "; ".join(parts)


def parse_native(data: Any, path: Path) -> ParsedPack:
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
    questions: list[PackQuestion] = []
    skipped: list[Problem] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(raw_questions, start=1):
        where = f"question {index}"
        try:
            question = PackQuestion.model_validate(raw)
        except ValidationError as exc:
            skipped.append(Problem(where, describe(exc)))
            continue
        if question.id in seen:
            skipped.append(
                Problem(where, f"repeats the id {question.id!r} of question {seen[question.id]}")
            )
            continue
        seen[question.id] = index
        questions.append(question)
    return ParsedPack(path, "native", header, questions, skipped)


def read_native(path: Path) -> ParsedPack:
    """Read a native pack file from disk."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError(path, f"not UTF-8 text (byte {exc.start})") from exc
    except OSError as exc:
        raise PackError(path, exc.strerror or str(exc)) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PackError(path, f"invalid JSON: {exc.msg}", f"line {exc.lineno}") from exc
    return parse_native(data, path)


def dump_pack(pack: Pack) -> str:
    """Return a pack as native JSON text: stable key order, UTF-8, one trailing newline."""
    data = pack.model_dump(mode="json", exclude_defaults=True)
    data = {"format": PACK_FORMAT, **data}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
