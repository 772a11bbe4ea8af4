"""Crafted workbooks fail with a message, in bounded memory and time, never eat the machine.

Each is read in a child process whose address space is capped with setrlimit, so a
regression fails the test instead of swapping the machine to a halt.
"""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from quizapp.packs.spreadsheet import MAX_CELL_CHARS, MAX_UNPACKED_BYTES

SHEET = "xl/worksheets/sheet1.xml"
MEMORY_CAP = 1536 * 1024 * 1024
READ_CAPPED = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
from quizapp.packs import PackError, read_pack_file
try:
    parsed = read_pack_file(sys.argv[1])
except PackError as exc:
    print("refused:", exc.message)
else:
    print("read:", len(parsed.questions))
"""


def _workbook(rows: list[list[str]]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _rewritten(
    data: bytes, change: Callable[[str], str], extra: tuple[str, int] | None = None
) -> bytes:
    """Return the workbook with its sheet's XML changed and, optionally, a big member added."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == SHEET:
                content = change(content.decode("utf-8")).encode("utf-8")
            target.writestr(info.filename, content)
        if extra is not None:
            name, size = extra
            with target.open(name, "w") as member:
                chunk = b"a" * 1_048_576
                for _ in range(size // len(chunk)):
                    member.write(chunk)
    return buffer.getvalue()


def _read_capped(path: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", READ_CAPPED.format(cap=MEMORY_CAP), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip()


GOOD = [["question", "answer", "wrong"], ["What is one?", "1", "2"]]


@pytest.mark.slow
def test_a_declared_dimension_of_the_whole_sheet_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "huge-dimension.xlsx"
    path.write_bytes(
        _rewritten(_workbook(GOOD), lambda xml: xml.replace('ref="A1:C2"', 'ref="A1:XFD1048576"'))
    )
    assert path.stat().st_size < 20_000
    assert _read_capped(path) == "read: 1"


@pytest.mark.slow
def test_a_row_reaching_the_last_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.xlsx"
    far = '<c r="XFD2" t="inlineStr"><is><t>far</t></is></c></row></sheetData>'
    path.write_bytes(
        _rewritten(_workbook(GOOD), lambda xml: xml.replace("</row></sheetData>", far))
    )
    assert _read_capped(path) == "refused: the row has 16,384 cells; a sheet may have at most 200"


@pytest.mark.slow
def test_a_cell_too_long_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long-cell.xlsx"
    path.write_bytes(_workbook([GOOD[0], ["x" * (MAX_CELL_CHARS + 1), "1", "2"]]))
    assert _read_capped(path) == (
        f"refused: cell 1 is {MAX_CELL_CHARS + 1:,} characters long; "
        f"a cell may have at most {MAX_CELL_CHARS:,}"
    )


@pytest.mark.slow
def test_a_small_archive_that_unpacks_huge_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    size = MAX_UNPACKED_BYTES + 16 * 1_048_576
    path.write_bytes(_rewritten(_workbook(GOOD), lambda xml: xml, ("xl/sharedStrings.xml", size)))
    assert path.stat().st_size < 2 * 1_048_576
    assert _read_capped(path).startswith("refused: the workbook unpacks to 216 MB")


@pytest.mark.slow
def test_rows_far_down_the_sheet_stop_at_the_row_limit(tmp_path: Path) -> None:
    path = tmp_path / "far-row.xlsx"
    far = '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    path.write_bytes(_rewritten(_workbook(GOOD), lambda xml: xml.replace("</sheetData>", far)))
    assert _read_capped(path) == "refused: the sheet has more than 1,000,000 rows"
