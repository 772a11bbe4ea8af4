"""Limits on sheets and questions: a crafted file gets one short message naming the limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.packs import PackError, read_pack_file
from quizapp.packs.spreadsheet import MAX_COLUMNS, MAX_ROWS


def test_a_line_of_a_million_cells_gets_a_short_message(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("question,answer\n" + ",".join(["x"] * 1_000_000) + "\n", encoding="utf-8")
    with pytest.raises(PackError) as caught:
        read_pack_file(path)
    assert caught.value.message == (
        f"the row has 1,000,000 cells; a sheet may have at most {MAX_COLUMNS}"
    )
    assert caught.value.where == "row 2"


def test_a_header_of_many_unknown_names_is_listed_briefly(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text(",".join(f"name{i}" for i in range(MAX_COLUMNS)) + "\n", encoding="utf-8")
    with pytest.raises(PackError, match="no question or answer column") as caught:
        read_pack_file(path)
    assert len(str(caught.value)) < 1000


def test_more_rows_than_the_limit_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "tall.csv"
    path.write_text("question,answer\n" + "\n" * MAX_ROWS + "q,a\n", encoding="utf-8")
    with pytest.raises(PackError, match=f"more than {MAX_ROWS:,} rows"):
        read_pack_file(path)


def test_a_question_of_a_hundred_thousand_answers_is_skipped_briefly(tmp_path: Path) -> None:
    path = tmp_path / "answers.gift"
    path.write_text("Many? {" + "=" * 100_000 + "}\n\nOne? {=a ~b}\n", encoding="utf-8")
    parsed = read_pack_file(path)
    assert len(parsed.questions) == 1
    (problem,) = parsed.skipped
    assert problem.message == "has 100,000 answers; a question may have at most 101"


def test_a_question_of_many_bad_cells_lists_a_few(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    wrong = '", "'.join([""] * 90)
    path.write_text(
        '{"format": "quizapp-pack/1", "id": "p", "title": "P", "questions": ['
        f'{{"id": "a", "kind": "choice", "prompt": "P?", "answer": "A", "wrong": ["{wrong}"]}},'
        '{"id": "b", "kind": "choice", "prompt": "Q?", "answer": "A", "wrong": ["B"]}]}',
        encoding="utf-8",
    )
    (problem,) = read_pack_file(path).skipped
    assert problem.message.endswith("and 85 more problems")
    assert len(problem.message) < 500


def test_the_guide_states_the_limits_the_code_enforces() -> None:
    guide = (Path(__file__).resolve().parents[2] / "docs" / "packs.md").read_text("utf-8")
    from quizapp.packs.model import MAX_FIELD_CHARS, MAX_OPTIONS
    from quizapp.packs.source import MAX_FILE_BYTES
    from quizapp.packs.spreadsheet import MAX_CELL_CHARS, MAX_UNPACKED_BYTES

    for stated in (
        f"**{MAX_FILE_BYTES // 1_048_576} MB**",
        f"**{MAX_FIELD_CHARS:,} characters**",
        f"**{MAX_ROWS:,} rows**",
        f"**{MAX_COLUMNS} columns**",
        f"**{MAX_CELL_CHARS:,} characters**",
        f"**{MAX_UNPACKED_BYTES // 1_048_576} MB**",
        f"**{MAX_OPTIONS}** wrong options",
    ):
        assert stated in guide
