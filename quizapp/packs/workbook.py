"""Excel .xlsx workbooks: the first sheet, or the one named, read as a spreadsheet."""

from __future__ import annotations

from quizapp.packs.build import QuestionCollector
from quizapp.packs.errors import PackError
from quizapp.packs.formats import CERTAIN, Source
from quizapp.packs.source import is_zip
from quizapp.packs.spreadsheet import parse_rows, xlsx_rows


def sniff(source: Source) -> int:
    """A zip archive is a workbook: no other pack format is one."""
    return CERTAIN if is_zip(source.data) else 0


def parse(source: Source) -> QuestionCollector:
    """Read the questions of a workbook's sheet.

    Raises:
        PackError: The file is not a zip archive, or not a readable workbook.
    """
    if not is_zip(source.data):
        raise PackError(source.path, "not an .xlsx workbook (a workbook is a zip archive)")
    rows = xlsx_rows(source.data, source.path, source.sheet)
    return parse_rows(rows, source)
