"""Reading and writing the native pack format, one question at a time."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from quizapp.packs.errors import PackError, ParsedPack, Problem
from quizapp.packs.model import PACK_FORMAT, PACK_ID_PATTERN, Pack, PackHeader, PackQuestion

_UNION_MEMBERS = frozenset({"bool", "constrained-str"})


def describe(error: ValidationError, labels: Mapping[str, str] | None = None) -> str:
    """Return a validation error as one line a person can act on, naming each field.

    Args:
        error: What pydantic found wrong.
        labels: What each field is called in the file being read, e.g. ``prompt`` is the
            ``question`` column of a spreadsheet; fields not named keep their own name.
    """
    parts: list[str] = []
    for item in error.errors():
        loc = item["loc"]
        if len(loc) == 2 and loc[1] in _UNION_MEMBERS:
            # The answer is "true/false or text": report only the branch the value was meant for.
            value = item["input"]
            if not isinstance(value, str | bool):
                parts.append(f"{_place(loc[:1], labels)}: must be text or true/false")
                continue
            if (loc[1] == "constrained-str") != isinstance(value, str):
                continue
            loc = loc[:1]
        place = _place(loc, labels)
        message = _message(item)
        parts.append(f"{place}: {message}" if place else message)
    return "; ".join(dict.fromkeys(parts))


def _place(loc: tuple[int | str, ...], labels: Mapping[str, str] | None) -> str:
    words = [str(p + 1) if isinstance(p, int) else (labels or {}).get(p, p) for p in loc]
    return " ".join(words)


def _message(item: ErrorDetails) -> str:
    kind = item["type"]
    ctx = item.get("ctx") or {}
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return "is empty"
    if kind == "string_too_long":
        limit = ctx["max_length"]
        value = item["input"]
        length = f"is {len(value):,} characters long" if isinstance(value, str) else "is too long"
        return f"{length}; at most {limit:,} are allowed"
    if kind == "missing":
        return "is missing"
    if kind == "enum":
        return f"{item['input']!r} is not {ctx['expected']}"
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == PACK_ID_PATTERN:
        return "must be lowercase letters and digits joined by single hyphens, like 'my-pack-2'"
    if kind == "extra_forbidden":
        return "is not a field this format knows"
    message: str = item["msg"]
    return message.removeprefix("Value error, ")


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
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
