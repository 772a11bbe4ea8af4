"""Files that are not packs at all, and packs with bad questions in them."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp import files
from quizapp.packs import MAX_FILE_BYTES, PackError, read_pack_file
from quizapp.packs.source import WHAT_A_PACK_IS
from tests.packs.conftest import reported


@pytest.mark.parametrize(
    ("name", "where", "message"),
    [
        (
            "invalid.json",
            "line 6, column 84",
            "invalid JSON: Expecting property name enclosed in double quotes",
        ),
        (
            "undecodable.csv",
            "line 2",
            "cannot decode the text: byte 0x81 is not valid Windows-1252; save the file as UTF-8",
        ),
        ("native-missing-title.json", "pack header", "title: is missing"),
        ("no-questions.json", "field questions", "the pack has no questions"),
        ("empty.csv", None, "the file is empty"),
        (
            "picture.png",
            "line 3",
            f"this is a binary file, not text (it holds NUL bytes); {WHAT_A_PACK_IS}",
        ),
        ("control-characters.txt", None, f"this is a binary file, not text; {WHAT_A_PACK_IS}"),
        (
            "old-excel.xls",
            None,
            f"this is a binary file (a zip or an office document), not text; {WHAT_A_PACK_IS}",
        ),
    ],
)
def test_unreadable_file_names_place_and_problem(
    fixtures: Path, name: str, where: str | None, message: str
) -> None:
    path = fixtures / "bad" / name
    with pytest.raises(PackError) as caught:
        read_pack_file(path)
    assert (caught.value.path, caught.value.where, caught.value.message) == (path, where, message)
    assert str(caught.value).startswith(str(path))


def test_zip_that_is_not_a_workbook(fixtures: Path) -> None:
    with pytest.raises(PackError, match=r"not a readable \.xlsx workbook"):
        read_pack_file(fixtures / "bad/archive.zip")


def test_damaged_workbook(fixtures: Path, tmp_path: Path) -> None:
    data = bytearray((fixtures / "spreadsheet/workbook.xlsx").read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(bytes(data))
    with pytest.raises(PackError, match=r"not a readable \.xlsx workbook"):
        read_pack_file(damaged)


def test_a_folder_is_not_a_pack(fixtures: Path) -> None:
    with pytest.raises(PackError, match="this is a folder, not a pack file"):
        read_pack_file(fixtures / "bad")


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="no such file"):
        read_pack_file(tmp_path / "nowhere.csv")


def test_a_file_over_50_mb_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as stream:
        # Sparse: the size is there without writing 50 MB.
        stream.truncate(MAX_FILE_BYTES + 1)

    def must_not_read(path: Path, limit: int, what: str) -> bytes:
        raise AssertionError("the file was read")

    monkeypatch.setattr(files, "_read_at_most", must_not_read)
    with pytest.raises(PackError, match="the file is 50.0 MB; a pack may be at most 50 MB"):
        read_pack_file(huge)


def test_a_file_of_exactly_50_mb_is_not_refused_for_its_size(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES)
    # Sparse zeros are NUL bytes: it gets past the size check and fails as binary.
    with pytest.raises(PackError, match="binary"):
        read_pack_file(big)


def test_a_file_that_vanishes_mid_read(
    fixtures: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doomed = tmp_path / "doomed.csv"
    doomed.write_bytes((fixtures / "spreadsheet/basic.csv").read_bytes())
    real_read = files._read_at_most

    def delete_then_read(path: Path, limit: int, what: str) -> bytes:
        path.unlink()
        return real_read(path, limit, what)

    monkeypatch.setattr(files, "_read_at_most", delete_then_read)
    with pytest.raises(PackError, match="the file disappeared while it was being read"):
        read_pack_file(doomed)


def test_native_pack_keeps_good_questions_and_reports_each_bad_one(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "bad/native-bad-questions.json")
    assert [q.id for q in parsed.questions] == ["good"]
    assert reported(parsed.skipped) == [
        "question 2: the answer is also among the wrong options",
        "question 3: prompt: is 2,001 characters long; at most 2,000 are allowed",
        "question 4: prompt: is empty",
        "question 5: repeats the id 'good' of question 1",
        "question 6: answer: is missing",
        "question 7: a truefalse question needs answer true or false",
    ]
