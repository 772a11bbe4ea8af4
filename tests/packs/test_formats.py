"""The format registry: one entry per format, and everything that lists formats reads it."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp import packs
from quizapp.cli import build_parser, main
from quizapp.packs import formats, read_pack_file
from quizapp.packs.build import QuestionCollector
from quizapp.packs.formats import PackFormat, Source
from quizapp.packs.naming import title_from_path
from quizapp.store import Collection

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "packs.md"

# A format made up for these tests: one question a line, "prompt? = answer". It is read by
# this module's own sniff and parse, as a real format is by its module in quizapp.packs.
LINES = PackFormat("lines", "Question lines", (".qz",), __name__)


def sniff(source: Source) -> int:
    lines = [line for line in source.head.splitlines() if line.strip()]
    return 80 if lines and all("? = " in line for line in lines) else 0


def parse(source: Source) -> QuestionCollector:
    collector = QuestionCollector(progress=source.progress)
    for number, line in enumerate(source.text.splitlines(), start=1):
        if line.strip():
            prompt, _, answer = line.partition(" = ")
            collector.add(f"line {number}", {"kind": "typed", "prompt": prompt, "answer": answer})
    return collector


@pytest.fixture
def with_lines(monkeypatch: pytest.MonkeyPatch) -> PackFormat:
    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, LINES))
    return LINES


def test_a_format_added_to_the_registry_is_detected_offered_and_named(
    with_lines: PackFormat, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "Capital Cities.qz"
    path.write_text("What is the capital of Peru? = Lima\nAnd of Chile? = Santiago\n")

    parsed = read_pack_file(path)
    assert (parsed.format, parsed.header.title, len(parsed.questions)) == (
        "lines",
        "Capital Cities",
        2,
    )
    assert "Question lines (*.qz)" in formats.file_filter().split(";;")
    assert "*.qz" in formats.file_filter().split(";;")[0]
    assert "Question lines" in formats.labels_in_words()
    assert title_from_path(Path("quiz.qz")) == "Quiz"
    assert "| Question lines | `lines` | `.qz` |" in formats.docs_table()

    assert build_parser().parse_args(["import", str(path), "--format", "lines"]).format == "lines"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["import", "--help"])
    assert "lines for Question lines" in " ".join(capsys.readouterr().out.split())
    assert main(["import", str(path), "--format", "lines", "--data-dir", str(tmp_path)]) == 0
    with Collection.open(tmp_path) as collection:
        assert "Capital Cities" in [p.title for p in collection.packs.all()]


def test_a_format_the_registry_lacks_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "quiz.qz"
    path.write_text("What is the capital of Peru? = Lima\n")
    with pytest.raises(packs.PackError, match="unknown format 'lines'; use one of native, csv"):
        read_pack_file(path, format="lines")
    with pytest.raises(packs.PackError, match="cannot tell the format"):
        read_pack_file(path)


def test_the_guide_lists_every_format_as_the_registry_does() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    assert formats.docs_table() in guide, "copy formats.docs_table() into docs/packs.md"
    assert guide.count("| format | `--format` |") == 1


def test_every_name_the_package_offers_can_be_imported() -> None:
    for name in packs.__all__:
        assert getattr(packs, name) is not None
    with pytest.raises(AttributeError):
        packs.read_everything  # type: ignore[attr-defined]  # noqa: B018


def test_a_generic_file_name_takes_its_title_and_id_from_its_folder() -> None:
    from quizapp.packs.naming import pack_id_from_path

    assert title_from_path(Path("exports/World capitals/questions.json")) == "World capitals"
    assert pack_id_from_path(Path("exports/World capitals/questions.json")) == "world-capitals"
    assert title_from_path(Path("exports/World capitals/rivers.json")) == "Rivers"
