"""What `quizapp import` says of files it cannot read whole, and that it writes nothing of them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from quizapp.cli import main

HEADER = "question,answer,wrong1,wrong2,category\n"


def run(tmp_path: Path, *argv: str) -> int:
    return main(["import", *argv, "--data-dir", str(tmp_path / "data")], environ={})


def listed_packs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert main(["packs", "--data-dir", str(tmp_path / "data")], environ={}) == 0
    return [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]


def test_a_csv_whose_header_is_binary_says_where_and_what_to_save_it_as(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "scrambled.csv"
    path.write_bytes(b"\x89\xfe\x00\x01\x02,\xff\x00\n" + b"What is 2 + 2?,4,3,5,Sums\n")
    assert run(tmp_path, str(path)) == 1
    error = capsys.readouterr().err
    assert f"{path}, line 1: this is a binary file, not text (it holds NUL bytes)" in error
    assert "save a spreadsheet from its program as CSV UTF-8 or as .xlsx" in error
    assert "Traceback" not in error
    assert "scrambled" not in listed_packs(tmp_path, capsys)


def test_a_csv_whose_header_is_gibberish_text_asks_for_a_header_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "gibberish.csv"
    path.write_bytes("¾þìÌ,Ô­µ×Ï³,æàÎ¨\nWhat is 2 + 2?,4,3\n".encode("cp1252"))
    assert run(tmp_path, str(path)) == 1
    error = capsys.readouterr().err
    assert f"{path}, row 1: no question or answer column in the first 2 rows with text" in error
    assert "put a header row naming the columns above the questions" in error
    assert "gibberish" not in listed_packs(tmp_path, capsys)


def test_rows_shorter_than_the_header_name_the_cell_they_lack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sums.csv"
    # The second question's text broke onto a new line outside quotes.
    path.write_text(
        HEADER + "What is 2 + 2?,4,3,5,Sums\nWhat is\n3 + 3?,6,5,7,Sums\nWhat is 9 - 4?,5\n",
        encoding="utf-8",
    )
    assert run(tmp_path, str(path)) == 0
    out = capsys.readouterr().out
    assert "pack 'sums': 3 new, 0 updated, 1 skipped" in out
    assert (
        "skipped row 3: has 1 cell but the header names 5 columns, so its answer cell, "
        "column B ('answer'), is missing: fill in the row, and put in quotes a cell whose "
        "text holds a line break or the separator"
    ) in out


def workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    for index, (name, rows) in enumerate(sheets.items()):
        sheet = book.active if index == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = name
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


EASY = [["Question", "Answer", "Wrong"], ["What is 1 + 1?", 2, 3]]
HARD = [["Question", "Answer", "Wrong"], ["What is 17 × 23?", 391, 401]]


def test_a_workbook_of_several_sheets_says_which_was_read_and_names_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = workbook(tmp_path / "maths.xlsx", {"Easy": EASY, "Hard": HARD})
    assert run(tmp_path, str(path)) == 0
    assert (
        "note: the workbook has 2 sheets ('Easy', 'Hard'); only 'Easy' was read. To import "
        "another sheet as a pack of its own, name it: quizapp import FILE --sheet NAME"
    ) in capsys.readouterr().out
    assert run(tmp_path, str(path), "--sheet", "Hard", "--pack-id", "maths-hard") == 0
    assert "pack 'maths-hard': 1 new" in capsys.readouterr().out
    assert {"maths", "maths-hard"} <= set(listed_packs(tmp_path, capsys))


def test_importing_a_second_sheet_keeps_the_first_sheets_questions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = workbook(tmp_path / "maths.xlsx", {"Easy": EASY, "Hard": HARD})
    assert run(tmp_path, str(path), "--sheet", "Easy") == 0
    assert run(tmp_path, str(path), "--sheet", "Hard") == 0
    out = capsys.readouterr().out
    assert "-> pack 'maths-hard': 1 new, 0 updated, 0 skipped" in out
    assert (
        "note: sheet 'Hard' was read into a pack of its own, 'Maths: Hard'; packs read from "
        "the workbook's other sheets are kept as they are"
    ) in out
    assert "retired" not in out
    capsys.readouterr()
    assert main(["packs", "--data-dir", str(tmp_path / "data")], environ={}) == 0
    listed = capsys.readouterr().out.splitlines()
    assert "maths-easy\tMaths: Easy\t1 question\tenabled" in listed
    assert "maths-hard\tMaths: Hard\t1 question\tenabled" in listed
    # The same sheet again updates its own pack.
    assert run(tmp_path, str(path), "--sheet", "Hard") == 0
    assert "-> pack 'maths-hard': 0 new, 0 updated, 1 unchanged" in capsys.readouterr().out


def test_a_sheet_of_instructions_before_the_questions_is_passed_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    about = [["How to fill in this workbook"], ["One question a row, on the next sheet."]]
    path = workbook(tmp_path / "quiz.xlsx", {"About": about, "Questions": HARD})
    assert run(tmp_path, str(path)) == 0
    out = capsys.readouterr().out
    assert "pack 'quiz': 1 new" in out
    assert "only 'Questions' was read, the first with a header row of questions" in out


def test_a_workbook_without_a_sheet_of_questions_names_its_sheets_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = workbook(tmp_path / "notes.xlsx", {"Monday": [["Buy milk"]], "Tuesday": []})
    assert run(tmp_path, str(path)) == 1
    error = capsys.readouterr().err
    assert (
        f"{path}: none of its 2 sheets ('Monday', 'Tuesday') has a header row naming a "
        "question and an answer column; in 'Monday', row 1: no question or answer column"
    ) in error
    assert "notes" not in listed_packs(tmp_path, capsys)
