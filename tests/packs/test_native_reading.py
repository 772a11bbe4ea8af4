"""Native packs read through the common reader."""

from __future__ import annotations

from pathlib import Path

from quizapp.packs import QuestionKind, read_native, read_pack_file


def test_native_pack_keeps_its_own_id_and_title(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "native-capitals.json")
    assert parsed.format == "native"
    assert (parsed.header.id, parsed.header.title) == ("capitals", "Capitals of Europe")
    assert [q.id for q in parsed.questions] == ["france", "berlin-capital", "bern"]
    assert [q.kind for q in parsed.questions] == [
        QuestionKind.CHOICE,
        QuestionKind.TRUEFALSE,
        QuestionKind.TYPED,
    ]
    assert parsed.skipped == []


def test_read_native_is_the_reader_with_the_format_fixed(fixtures: Path) -> None:
    assert read_native(fixtures / "native-capitals.json") == read_pack_file(
        fixtures / "native-capitals.json"
    )


def test_overrides_replace_a_native_packs_id_and_title(fixtures: Path) -> None:
    parsed = read_pack_file(fixtures / "native-capitals.json", pack_id="my-capitals", title="Mine")
    assert (parsed.header.id, parsed.header.title) == ("my-capitals", "Mine")
    assert parsed.header.author == "quizapp tests"
