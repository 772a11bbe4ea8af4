"""Reading a pack file of any supported format, told apart by its content."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path
from typing import Any, Final

from pydantic import ValidationError

from quizapp.packs.aiken import looks_like_aiken, parse_aiken
from quizapp.packs.build import (
    QuestionCollector,
    ReadProgress,
    describe,
    pack_id_from_path,
    title_from_path,
)
from quizapp.packs.errors import PackError, ParsedPack
from quizapp.packs.gift import looks_like_gift, parse_gift
from quizapp.packs.model import PackHeader
from quizapp.packs.native import parse_native
from quizapp.packs.opentdb import looks_like_opentdb, parse_opentdb
from quizapp.packs.source import decode_text, is_zip, read_bytes
from quizapp.packs.spreadsheet import (
    HEADER_SEARCH_ROWS,
    Columns,
    csv_rows,
    parse_rows,
    sniff_delimiter,
    split_sep_line,
    xlsx_rows,
)

FORMATS: Final = ("native", "csv", "xlsx", "opentdb", "gift", "aiken")

# Only consulted when the content alone does not settle the format.
_SUFFIX_FORMATS: Final = {
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".tab": "csv",
    ".gift": "gift",
    ".aiken": "aiken",
}


def read_pack_file(
    path: Path,
    *,
    format: str | None = None,
    sheet: str | None = None,
    pack_id: str | None = None,
    title: str | None = None,
    progress: ReadProgress | None = None,
) -> ParsedPack:
    """Read a pack file in any supported format, detected from its content.

    A file that is sound but has some bad questions returns the good ones, with one problem
    for each question left out. Nothing is fetched or opened because a pack mentions it.

    Args:
        path: The file to read.
        format: One of ``FORMATS`` to skip detection, e.g. for a GIFT file named ``.txt``
            that detection misreads.
        sheet: For a workbook, the sheet to read instead of the first; ignored otherwise.
        pack_id: The pack's id; by default a native pack's own, else one made from the file
            name.
        title: The pack's title; by default a native pack's own, else the file name.
        progress: Called with the number of questions read so far, every 1,000 questions,
            from the thread reading; an exception it raises (to cancel) propagates, and
            nothing is returned.

    Returns:
        The pack's header, its good questions and a problem for each question skipped.

    Raises:
        PackError: The file cannot be read as a pack at all (missing, a folder, over 50 MB,
            binary, undecodable, structurally invalid, or without a single good question).
            It names the file, the place when there is one, and what is wrong.
    """
    path = Path(path)
    if format is not None and format not in FORMATS:
        raise PackError(path, f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
    data = read_bytes(path)
    if format == "xlsx" or (format is None and is_zip(data)):
        if not is_zip(data):
            raise PackError(path, "not an .xlsx workbook (a workbook is a zip archive)")
        collector = parse_rows(xlsx_rows(data, path, sheet), path, progress)
        return _finish(path, "xlsx", collector, pack_id, title)
    text = decode_text(data, path)
    if not text.strip():
        raise PackError(path, "the file is empty")
    chosen = format or detect_text_format(text, path)
    if chosen in ("json", "native", "opentdb"):
        decoded = _json(text, path)
        if chosen == "opentdb" or (chosen == "json" and looks_like_opentdb(decoded)):
            collector = parse_opentdb(decoded, path, progress)
            return _finish(path, "opentdb", collector, pack_id, title)
        return _native(parse_native(decoded, path, progress), pack_id, title)
    if chosen == "csv":
        collector = parse_rows(csv_rows(text, path), path, progress)
    elif chosen == "aiken":
        collector = parse_aiken(text, path, progress)
    else:
        collector = parse_gift(text, path, progress)
    return _finish(path, chosen, collector, pack_id, title)


def detect_text_format(text: str, path: Path) -> str:
    """Return the format of a text file: ``json`` (native or opentdb), csv, aiken or gift.

    Raises:
        PackError: Neither the content nor the file name tells the format.
    """
    start = text.lstrip()[:1]
    suffix_format = _SUFFIX_FORMATS.get(path.suffix.lower())
    if start == "{" or (start == "[" and (suffix_format == "json" or _is_json(text))):
        return "json"
    header = _csv_header(text)
    if header.fields.keys() >= {"prompt", "answer"}:
        return "csv"
    if looks_like_aiken(text):
        return "aiken"
    if looks_like_gift(text):
        return "gift"
    if header.known():
        return "csv"
    if suffix_format is not None:
        return suffix_format
    raise PackError(
        path,
        "cannot tell the format of this file from its content; "
        f"name it explicitly as one of {', '.join(FORMATS)}",
    )


class _NotFiniteError(ValueError):
    """A number JSON cannot hold: NaN, Infinity, or one too large for a float."""


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotFiniteError(f"the number {text} is too large")
    return value


def _not_a_number(name: str) -> Any:
    raise _NotFiniteError(f"{name} is not a number JSON allows")


def strict_json(text: str) -> Any:
    """Parse JSON as the standard has it: no NaN, no Infinity, no number beyond a float.

    Raises:
        json.JSONDecodeError: The text is not JSON.
        ValueError: It holds a number that is not finite.
    """
    return json.loads(text, parse_float=_finite, parse_constant=_not_a_number)


def _is_json(text: str) -> bool:
    try:
        strict_json(text)
    except _NotFiniteError:
        return True  # JSON still, refused later with a message saying why
    except (ValueError, RecursionError):
        return False
    return True


def _csv_header(text: str) -> Columns:
    """Return the columns of the likeliest header among the first lines of text."""
    hinted, text = split_sep_line(text)
    lines = [line for line in text.splitlines()[:50] if line.strip()][:HEADER_SEARCH_ROWS]
    best = Columns()
    for line in lines:
        delimiter = hinted or sniff_delimiter(line)
        if delimiter not in line:
            continue
        # A header cell that spans lines is cut here; this is only a guess at the format.
        columns = Columns.from_header(next(csv.reader([line], delimiter=delimiter), []))
        if columns.fields.keys() >= {"prompt", "answer"}:
            return columns
        best = max(best, columns, key=Columns.known)
    return best


def _json(text: str, path: Path) -> Any:
    try:
        return strict_json(text)
    except json.JSONDecodeError as exc:
        raise PackError(
            path, f"invalid JSON: {exc.msg}", f"line {exc.lineno}, column {exc.colno}"
        ) from exc
    except _NotFiniteError as exc:
        raise PackError(path, f"invalid JSON: {exc}") from exc
    except RecursionError as exc:
        raise PackError(path, "invalid JSON: nested too deeply") from exc


def _header(path: Path, fields: dict[str, Any]) -> PackHeader:
    try:
        return PackHeader.model_validate(fields)
    except ValidationError as exc:
        raise PackError(path, describe(exc, {"id": "pack id"}), "pack header") from exc


def _native(parsed: ParsedPack, pack_id: str | None, title: str | None) -> ParsedPack:
    changes = {k: v for k, v in (("id", pack_id), ("title", title)) if v is not None}
    if changes:
        parsed.header = _header(parsed.path, {**parsed.header.model_dump(), **changes})
    return _require_questions(parsed)


def _finish(
    path: Path,
    format: str,
    collector: QuestionCollector,
    pack_id: str | None,
    title: str | None,
) -> ParsedPack:
    header = _header(
        path,
        {"id": pack_id or pack_id_from_path(path), "title": title or title_from_path(path)},
    )
    parsed = ParsedPack(
        path,
        format,
        header,
        collector.questions,
        collector.skipped,
        collector.unsupported,
        id_from_file_name=pack_id is None,
    )
    return _require_questions(parsed)


def _require_questions(parsed: ParsedPack) -> ParsedPack:
    """Refuse a file without a single good question: there would be nothing to import."""
    if parsed.questions:
        return parsed
    if not parsed.skipped:
        raise PackError(parsed.path, "the file holds no questions")
    first = parsed.skipped[0]
    raise PackError(
        parsed.path,
        f"none of its {len(parsed.skipped)} questions can be imported; "
        f"the first, at {first.where}: {first.message}",
        first.where,
        parsed.skipped,
    )
