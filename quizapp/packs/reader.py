"""Reading a pack file of any supported format, told apart by its content."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from quizapp.packs import formats
from quizapp.packs.build import describe
from quizapp.packs.errors import PackError, ParsedPack
from quizapp.packs.formats import PackFormat, QuestionSink, ReadProgress, Source
from quizapp.packs.model import PackHeader, PackQuestion
from quizapp.packs.naming import pack_id_from_path, sheet_pack_names, title_from_path
from quizapp.packs.source import read_bytes

# How many questions a sink is sent at once: one round trip to write, little memory to hold.
SINK_BATCH = 1000


def read_pack_file(
    path: Path,
    *,
    format: str | None = None,
    sheet: str | None = None,
    pack_id: str | None = None,
    title: str | None = None,
    progress: ReadProgress | None = None,
    sink: QuestionSink | None = None,
) -> ParsedPack:
    """Read a pack file in any supported format, detected from its content.

    A file that is sound but has some bad questions returns the good ones, with one problem
    for each question left out. Nothing is fetched or opened because a pack mentions it.

    Args:
        path: The file to read.
        format: The name of one of ``formats.FORMATS`` to skip detection, e.g. for a GIFT
            file named ``.txt`` that detection misreads.
        sheet: For a workbook, the sheet to read instead of the first; ignored otherwise.
        pack_id: The pack's id; by default a native pack's own, else one made from the file
            name.
        title: The pack's title; by default a native pack's own, else the file name.
        progress: Called with the number of questions read so far, every 1,000 questions,
            from the thread reading; an exception it raises (to cancel) propagates, and
            nothing is returned.
        sink: Where the good questions go, in batches, as they are read: the pack returned
            then holds none of them, only their number, and a big file is never held whole
            as questions. If reading fails part-way, the sink has had some of them: its
            owner undoes them (an import rolls back).

    Returns:
        The pack's header, its good questions (or their number, with a sink) and a problem
        for each question skipped.

    Raises:
        PackError: The file cannot be read as a pack at all (missing, a folder, over 50 MB,
            binary, undecodable, structurally invalid, or without a single good question).
            It names the file, the place when there is one, and what is wrong.
    """
    path = Path(path)
    chosen = None
    if format is not None:
        chosen = formats.named(format)
        if chosen is None:
            known = ", ".join(formats.names())
            raise PackError(path, f"unknown format {format!r}; use one of {known}")
    source = Source(path, read_bytes(path), sheet, progress)
    chosen = chosen or _detect_binary(source)
    if chosen is None or not chosen.binary:
        if source.blank:
            raise PackError(path, "the file is empty")
        chosen = chosen or detect_text_format(source)
    # Made before reading: a pack without a header of its own is opened with it before its
    # first question reaches the sink.
    named_sheet = sheet if chosen.binary else None
    if named_sheet is not None:
        made_id, made_title = sheet_pack_names(path, named_sheet)
    else:
        made_id, made_title = pack_id_from_path(path), title_from_path(path)
    made = ParsedPack(
        path,
        chosen.name,
        _header(path, {"id": pack_id or made_id, "title": title or made_title}),
        [],
        id_from_file_name=pack_id is None,
    )
    batches = None if sink is None else _Batches(sink, made)
    source.keep = batches
    result = chosen.parse(source)
    if isinstance(result, ParsedPack):
        parsed = _native(result, pack_id, title)
        if sink is not None:
            _Batches(sink, parsed).hand_over(parsed)
        return parsed
    made.questions = result.questions
    made.skipped = result.skipped
    made.unsupported = result.unsupported
    made.warnings = result.warnings
    made.notes = result.notes
    if named_sheet is not None:
        made.notes.append(
            f"sheet {named_sheet!r} was read into a pack of its own, {made.header.title!r}; "
            "packs read from the workbook's other sheets are kept as they are"
        )
    made.streamed = result.streamed
    if batches is not None:
        # A reader that held its questions after all (one not made with `reading`) is
        # handed over like a native pack.
        batches.hand_over(made)
    return _require_questions(made)


class _Batches:
    """Hands the questions a reader keeps to a sink in batches, opening the pack first."""

    def __init__(self, sink: QuestionSink, pack: ParsedPack) -> None:
        self._sink = sink
        self._pack = pack
        self._batch: list[PackQuestion] = []
        self._opened = False

    def __call__(self, question: PackQuestion) -> None:
        self._batch.append(question)
        if len(self._batch) >= SINK_BATCH:
            self.flush()

    def flush(self) -> None:
        """Send what is waiting; the pack is opened before anything is sent, even nothing."""
        if not self._opened:
            self._sink.open(self._pack)
            self._opened = True
        if self._batch:
            self._sink.write(self._batch)
            self._batch = []

    def hand_over(self, parsed: ParsedPack) -> None:
        """Send the questions a pack holds and what is waiting; keep only their number."""
        for question in parsed.questions:
            self(question)
        self.flush()
        parsed.streamed += len(parsed.questions)
        parsed.questions = []


def read_native(path: Path) -> ParsedPack:
    """Read a native pack file from disk, with the checks every pack file gets.

    Raises:
        PackError: The file cannot be read as a native pack, or has no good question.
    """
    return read_pack_file(path, format="native")


def _most_likely(candidates: list[PackFormat], source: Source) -> PackFormat | None:
    """Return the format that sniffs surest (the earlier listed on a tie), if any does."""
    best, best_score = None, 0
    for candidate in candidates:
        score = candidate.sniff(source)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _detect_binary(source: Source) -> PackFormat | None:
    return _most_likely([f for f in formats.FORMATS if f.binary], source)


def detect_text_format(source: Source) -> PackFormat:
    """Return the format of a text file, from its content, else from its name.

    Raises:
        PackError: Neither the content nor the file name tells the format.
    """
    text_formats = [f for f in formats.FORMATS if not f.binary]
    found = _most_likely(text_formats, source) or formats.by_suffix(source.path)
    if found is None:
        raise PackError(
            source.path,
            "cannot tell the format of this file from its content; "
            f"name it explicitly as one of {', '.join(formats.names())}",
        )
    return found


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


def _require_questions(parsed: ParsedPack) -> ParsedPack:
    """Refuse a file without a single good question: there would be nothing to import."""
    if parsed.question_count:
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
