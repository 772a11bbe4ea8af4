"""Bad input: every file the generator cannot use gives a clear message and no pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.generate import FactsError, generate_pack, read_facts
from quizapp.generate.reading import MAX_FACTS_BYTES


def test_reads_utf8_without_notice(tmp_path: Path) -> None:
    path = tmp_path / "facts.txt"
    path.write_text("Stéphane is played by Thibault.\n", encoding="utf-8")
    facts = read_facts(path)
    assert facts.text.startswith("Stéphane")
    assert facts.notice is None


def test_cp1252_falls_back_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "facts.txt"
    path.write_bytes("Stéphane is played by Thibault.\n".encode("cp1252"))
    facts = read_facts(path)
    assert facts.text.startswith("Stéphane")
    assert facts.notice is not None
    assert "not UTF-8" in facts.notice
    assert str(path) in facts.notice


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"  \n\t\n", "the file is empty"),
        (b"text\x00with\x00nul bytes", "binary file"),
    ],
)
def test_bad_files_raise_a_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "facts.txt"
    path.write_bytes(content)
    with pytest.raises(FactsError, match=message) as caught:
        read_facts(path)
    assert str(path) in caught.value.message


def test_file_over_ten_mib_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as out:
        out.truncate(MAX_FACTS_BYTES + 1)
    with pytest.raises(FactsError, match="at most 10 MB"):
        read_facts(path)


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FactsError, match="no such file"):
        read_facts(tmp_path / "missing.txt")
    with pytest.raises(FactsError, match="is a folder"):
        read_facts(tmp_path)


def test_text_with_nothing_to_ask_is_refused() -> None:
    with pytest.raises(FactsError, match="no question could be made"):
        generate_pack("it was a lovely day and everyone was happy.\n", pack_id="x", title="X")


def test_command_exits_non_zero_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts = tmp_path / "facts.txt"
    facts.write_text("", encoding="utf-8")
    out = tmp_path / "pack.json"
    assert main(["generate", str(facts), "--out", str(out)], environ={}) == 1
    assert not out.exists()
    assert "the file is empty" in capsys.readouterr().err


def test_command_writes_a_pack_and_lists_unused_sentences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts = tmp_path / "facts.txt"
    facts.write_text(
        "The series tells the story of Charlie Spring (Joe Locke) and Nick Nelson (Kit Connor).\n"
        "Tao Xu (William Gao) and Elle Argent (Yasmin Finney) are their friends.\n"
        "It was a lovely day.\n",
        encoding="utf-8",
    )
    out = tmp_path / "pack.json"
    argv = ["generate", str(facts), "--out", str(out), "--id", "demo", "--title", "Demo"]
    assert main(argv, environ={}) == 0
    assert '"id": "demo"' in out.read_text(encoding="utf-8")
    printed = capsys.readouterr().out
    assert "no question from line 3 (" in printed
    assert "wrote " in printed


def test_bad_pack_id_is_a_clear_error() -> None:
    text = (
        "The series tells the story of Charlie Spring (Joe Locke) and Nick Nelson (Kit Connor).\n"
    )
    with pytest.raises(FactsError, match="id"):
        generate_pack(text, pack_id="Not An Id", title="X")


def test_a_question_about_an_actor_beyond_the_subject_names_them_as_its_cast_member() -> None:
    text = (
        "Tidewater is a drama series. Mara Quill is played by Tessa Lorne. "
        "Tessa Lorne, who later found fame in Harlow Heights, was born in Leeds."
    )
    prompts = [q.prompt for q in generate_pack(text, pack_id="t", title="Tidewater").pack.questions]
    assert "Which Tidewater cast member found fame in Harlow Heights?" in prompts
