"""A damaged, read-only or full store gives one line a player can act on: no SQL, no traceback."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.paths import STORE_FILE
from quizapp.store import Collection

PACK_CSV = "prompt,answer,wrong1,wrong2,wrong3\nWhat is one?,1,2,3,4\nWhat is two?,2,1,3,4\n"
COMMANDS = [["packs"], ["scores"], ["history", "Ann"], ["import", "{pack}"]]


def _make_store(data_dir: Path, pack: Path) -> None:
    assert main(["import", str(pack), "--data-dir", str(data_dir)], environ={}) == 0
    with Collection.open(data_dir) as collection:
        collection.players.add("Ann")


def _run(
    command: list[str], data_dir: Path, pack: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    capsys.readouterr()
    argv = [part.format(pack=pack) for part in command]
    code = main([*argv, "--data-dir", str(data_dir)], environ={})
    return code, capsys.readouterr().err


def _assert_one_plain_line(err: str, words: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert words in lines[0]
    for leak in ("SELECT", "INSERT", "[SQL", "[parameters", "Traceback", "sqlalchemy"):
        assert leak not in err


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    path = tmp_path / "numbers.csv"
    path.write_text(PACK_CSV, encoding="utf-8")
    return path


def _damage_every_table(store: Path) -> None:
    with sqlite3.connect(store) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        roots = [
            page
            for name, page in raw.execute("SELECT name, rootpage FROM sqlite_master")
            if name != "alembic_version" and page
        ]
    raw.close()
    with store.open("r+b") as stream:
        for page in roots:
            stream.seek((page - 1) * page_size)
            stream.write(b"\xab" * page_size)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_damaged_store_says_to_run_check(
    tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    data_dir = tmp_path / "data"
    _make_store(data_dir, pack)
    _damage_every_table(data_dir / STORE_FILE)
    code, err = _run(command, data_dir, pack, capsys)
    assert code == 1
    _assert_one_plain_line(err, "is damaged. Run `quizapp check`")


def _mount(place: Path, options: str) -> None:
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(place)], check=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB file system of its own (root only), unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    place = tmp_path / "disk"
    place.mkdir()
    try:
        _mount(place, "size=4m")
    except (subprocess.CalledProcessError, FileNotFoundError):
        pytest.skip("cannot mount a tmpfs here")
    yield place
    subprocess.run(["umount", "-l", str(place)], check=False)


def _make_read_only(data_dir: Path) -> None:
    if os.geteuid() == 0:
        # Root writes through file modes; only a read-only mount stops it, and that needs
        # the log file, which the commands leave open, closed first.
        for handler in logging.getLogger().handlers:
            handler.close()
        subprocess.run(["mount", "-o", "remount,ro", str(data_dir.parent)], check=True)
    else:
        (data_dir / STORE_FILE).chmod(0o444)
        data_dir.chmod(0o555)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_read_only_store_says_so(
    small_disk: Path, pack: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    data_dir = small_disk / "data"
    _make_store(data_dir, pack)
    _make_read_only(data_dir)
    code, err = _run(command, data_dir, pack, capsys)
    assert code == 1
    _assert_one_plain_line(err, "cannot be written: the file or its folder is read-only")


def _fill(disk: Path) -> None:
    with contextlib.suppress(OSError), (disk / "filler").open("wb") as stream:
        while True:
            stream.write(b"\0" * 4096)
            stream.flush()


def test_a_full_disk_says_so_on_import(
    small_disk: Path, tmp_path: Path, pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = small_disk / "data"
    _make_store(data_dir, pack)
    big = tmp_path / "big.csv"
    rows = "".join(f"Question {i} {'x' * 60}?,a,b,c,d\n" for i in range(5000))
    big.write_text("prompt,answer,wrong1,wrong2,wrong3\n" + rows, encoding="utf-8")
    _fill(small_disk)
    code, err = _run(["import", str(big)], data_dir, pack, capsys)
    assert code == 1
    _assert_one_plain_line(err, "is full. Free some space")


def test_a_new_store_on_a_full_disk_is_not_called_foreign(
    small_disk: Path, pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(small_disk)
    code, err = _run(["packs"], small_disk, pack, capsys)
    assert code == 1
    _assert_one_plain_line(err, "is full. Free some space")


def test_a_read_only_folder_is_not_called_foreign(
    small_disk: Path, pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = small_disk / "data"
    data_dir.mkdir()
    _make_read_only(data_dir)
    code, err = _run(["packs"], data_dir, pack, capsys)
    assert code == 1
    assert "not a quizapp store" not in err
    _assert_one_plain_line(err, "read-only")
