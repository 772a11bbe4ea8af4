"""Excel .xlsx workbooks: the sheet named, or else the first with a header row of questions."""

from __future__ import annotations

from quizapp.packs.build import QuestionCollector
from quizapp.packs.errors import PackError
from quizapp.packs.formats import CERTAIN, Source
from quizapp.packs.source import is_zip
from quizapp.packs.spreadsheet import NoHeaderError, OpenWorkbook, parse_rows


def sniff(source: Source) -> int:
    """A zip archive is a workbook: no other pack format is one."""
    return CERTAIN if is_zip(source.data) else 0


def parse(source: Source) -> QuestionCollector:
    """Read the questions of a workbook's sheet.

    Without a sheet named, the first sheet with a header row of questions is read (a sheet
    of instructions before it is passed over), and the report says which, naming the others.

    Raises:
        PackError: The file is not a zip archive, not a readable workbook, has no sheet of
            the name given, or no sheet with a header row of questions.
    """
    if not is_zip(source.data):
        raise PackError(source.path, "not an .xlsx workbook (a workbook is a zip archive)")
    with OpenWorkbook(source.data, source.path) as book:
        if source.sheet is not None:
            return parse_rows(book.rows(book.named(source.sheet)), source, text=False)
        passed: list[tuple[str, NoHeaderError]] = []
        for sheet in book.sheets:
            try:
                collector = parse_rows(book.rows(sheet), source, text=False)
            except NoHeaderError as exc:
                passed.append((sheet, exc))
                continue
            if len(book.sheets) > 1:
                collector.notes.append(_which_sheet(book, sheet, passed))
            return collector
    if len(passed) == 1:
        raise passed[0][1]
    sheet, first = passed[0]
    place = f"{sheet!r}, {first.where}" if first.where else repr(sheet)
    raise PackError(
        source.path,
        f"none of its {len(passed)} sheets ({book.listed()}) has a header row naming a "
        f"question and an answer column; in {place}: {first.message}",
    )


def _which_sheet(book: OpenWorkbook, read: str, passed: list[tuple[str, NoHeaderError]]) -> str:
    """Return the note saying which of a workbook's sheets was read and how to read another."""
    why = ""
    if passed:
        without = ", ".join(repr(sheet) for sheet, _ in passed)
        why = f", the first with a header row of questions ({without} has none)"
    return (
        f"the workbook has {len(book.sheets)} sheets ({book.listed()}); only {read!r} was "
        f"read{why}. To import another sheet as a pack of its own, name it: "
        "quizapp import FILE --sheet NAME"
    )
