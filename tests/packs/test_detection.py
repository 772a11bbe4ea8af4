"""The reader tells formats apart by content, and the caller can override it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quizapp.packs import PackError, read_pack_file
from quizapp.packs.naming import pack_id_from_path, title_from_path


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("native-capitals.json", "native"),
        ("spreadsheet/basic.csv", "csv"),
        ("spreadsheet/semicolon.csv", "csv"),
        ("spreadsheet/tab-separated.txt", "csv"),
        ("spreadsheet/utf16-bom.txt", "csv"),
        ("spreadsheet/workbook.xlsx", "xlsx"),
        ("opentdb/api-html.json", "opentdb"),
        ("opentdb/bare-list.json", "opentdb"),
        ("gift/features.gift", "gift"),
        ("gift/crlf.gift", "gift"),
        ("aiken/basic.txt", "aiken"),
        ("aiken/crlf.txt", "aiken"),
    ],
)
def test_format_is_detected_from_content(fixtures: Path, name: str, expected: str) -> None:
    assert read_pack_file(fixtures / name).format == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("native-capitals.json", "native"),
        ("spreadsheet/workbook.xlsx", "xlsx"),
        ("spreadsheet/basic.csv", "csv"),
        ("gift/features.gift", "gift"),
        ("aiken/basic.txt", "aiken"),
        ("opentdb/api-html.json", "opentdb"),
    ],
)
def test_a_misleading_extension_does_not_matter(
    fixtures: Path, tmp_path: Path, name: str, expected: str
) -> None:
    renamed = tmp_path / "download.dat"
    shutil.copy(fixtures / name, renamed)
    assert read_pack_file(renamed).format == expected


def test_format_override_reads_an_aiken_file_as_gift_on_request(fixtures: Path) -> None:
    # GIFT has no braces here, so every block is a description it cannot play.
    with pytest.raises(PackError, match="description questions cannot be played"):
        read_pack_file(fixtures / "aiken/basic.txt", format="gift")


def test_format_override_reads_csv_text_as_csv(fixtures: Path, tmp_path: Path) -> None:
    target = tmp_path / "questions.gift"
    shutil.copy(fixtures / "spreadsheet/basic.csv", target)
    assert read_pack_file(target, format="csv").format == "csv"


def test_xlsx_override_on_text_is_a_clear_error(fixtures: Path) -> None:
    with pytest.raises(PackError, match=r"not an \.xlsx workbook"):
        read_pack_file(fixtures / "spreadsheet/basic.csv", format="xlsx")


def test_unknown_format_name_is_refused(fixtures: Path) -> None:
    with pytest.raises(PackError, match="unknown format 'yaml'"):
        read_pack_file(fixtures / "spreadsheet/basic.csv", format="yaml")


def test_text_in_no_format_asks_for_one(fixtures: Path) -> None:
    with pytest.raises(PackError, match="cannot tell the format") as caught:
        read_pack_file(fixtures / "bad/unknown.txt")
    assert caught.value.path == fixtures / "bad/unknown.txt"


def test_pack_id_and_title_come_from_the_file_name(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "spreadsheet/options-letters.csv")
    assert (parsed.header.id, parsed.header.title) == ("options-letters", "Options letters")


def test_pack_id_from_an_awkward_file_name_is_a_slug(fixtures: Path, tmp_path: Path) -> None:
    target = tmp_path / "Ünïcode  Quiz (v2)!.csv"
    shutil.copy(fixtures / "spreadsheet/basic.csv", target)
    parsed = read_pack_file(target)
    assert parsed.header.id == "unicode-quiz-v2"
    assert parsed.header.title == "Ünïcode Quiz (v2)!"


@pytest.mark.parametrize(
    ("name", "pack_id", "title"),
    [
        ("questions.gift.txt", "questions", "Questions"),
        ("v1.2 quiz.csv", "v1-2-quiz", "V1.2 quiz"),
        ("my_pack-v2.XLSX", "my-pack-v2", "My pack v2"),
        ("Capitals of Europe.csv", "capitals-of-europe", "Capitals of Europe"),
        ("...csv", "pack", "Imported pack"),
    ],
)
def test_names_made_from_file_names(name: str, pack_id: str, title: str) -> None:
    assert (pack_id_from_path(Path(name)), title_from_path(Path(name))) == (pack_id, title)


def test_pack_id_and_title_can_be_given(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "aiken/basic.txt", pack_id="planets", title="The planets")
    assert (parsed.header.id, parsed.header.title) == ("planets", "The planets")


def test_an_invalid_pack_id_is_refused(fixtures: Path) -> None:
    with pytest.raises(PackError, match="pack header: pack id") as caught:
        read_pack_file(fixtures / "aiken/basic.txt", pack_id="Not A Slug")
    assert caught.value.where == "pack header"
