"""Writing and reading files: special files, symlinks, modes, limits and failures."""

from __future__ import annotations

import errno
import os
import socket
import stat
import threading
from pathlib import Path

import pytest

from quizapp import files
from quizapp.cli import main
from quizapp.files import FileReadError, FileTooBigError, read_bytes, read_text, write_text
from tests.conftest import PackFactory


def test_a_regular_file_is_replaced_whole_and_synced_with_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "pack.json"
    target.write_text("old", encoding="utf-8")
    synced: list[str] = []
    real_fsync = os.fsync

    def recording_fsync(descriptor: int) -> None:
        mode = os.fstat(descriptor).st_mode
        synced.append("folder" if stat.S_ISDIR(mode) else "file")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert synced == ["file", "folder"]
    assert [p.name for p in tmp_path.iterdir()] == ["pack.json"]


def test_a_symlink_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_text(link, "new")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"


def test_the_target_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "shared.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    write_text(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_new_file_gets_the_umask_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_text(tmp_path / "new.json", "{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o644


def test_a_failed_write_is_a_failure_and_leaves_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "pack.json"
    target.write_text("old", encoding="utf-8")

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.json"]


def test_a_fifo_is_written_straight_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def reader() -> None:
        with fifo.open("rb") as stream:
            received.append(stream.read())

    thread = threading.Thread(target=reader)
    thread.start()
    # The reader must be waiting before the write, or the FIFO has nobody to write to.
    for _ in range(200):
        try:
            write_text(fifo, "through the pipe")
            break
        except files.UnwritableError:
            threading.Event().wait(0.01)
    thread.join(5)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_fifo_nobody_reads_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="nothing is reading"):
        write_text(fifo, "lost")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_terminal_is_written_straight(tmp_path: Path) -> None:
    leader, follower = os.openpty()
    try:
        terminal = Path(os.ttyname(follower))
        write_text(terminal, "on screen")
        assert b"on screen" in os.read(leader, 100)
        assert stat.S_ISCHR(terminal.stat().st_mode)
    finally:
        os.close(leader)
        os.close(follower)


def test_a_folder_and_a_socket_are_refused(tmp_path: Path) -> None:
    with pytest.raises(OSError, match="a folder cannot be written"):
        write_text(tmp_path, "x")
    place = tmp_path / "sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(place))
        with pytest.raises(OSError, match="a socket cannot be written"):
            write_text(place, "x")
        assert stat.S_ISSOCK(place.stat().st_mode)


def test_export_to_standard_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pack_file: PackFactory
) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    assert main(["import", str(pack_file()), *data], environ={}) == 0
    capsys.readouterr()
    assert main(["export", "heartstopper", "--out", "-", *data], environ={}) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("{")
    assert '"id": "heartstopper"' in captured.out
    assert "wrote 12 questions" in captured.err
    assert not (Path.cwd() / "-").exists()


def test_export_onto_a_symlink_changes_its_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pack_file: PackFactory
) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    assert main(["import", str(pack_file()), *data], environ={}) == 0
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert main(["export", "heartstopper", "--out", str(link), *data], environ={}) == 0
    assert link.is_symlink()
    assert '"id": "heartstopper"' in real.read_text(encoding="utf-8")


# Reading -----------------------------------------------------------------------------------


def test_a_fifo_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pack.csv"
    os.mkfifo(fifo)
    outcome: list[BaseException | bytes] = []

    def read() -> None:
        try:
            outcome.append(read_bytes(fifo, 1000))
        except BaseException as exc:  # noqa: BLE001 - the test inspects it
            outcome.append(exc)

    thread = threading.Thread(target=read)
    thread.start()
    thread.join(5)
    if thread.is_alive():
        # Unblock the hung reader so the test run can end, then fail.
        with fifo.open("wb"):
            pass
        thread.join()
        pytest.fail("reading a FIFO hung")
    assert isinstance(outcome[0], FileReadError)
    assert "FIFO" in str(outcome[0])


def test_the_byte_limit_holds_whatever_stat_says() -> None:
    # Files in /proc report a size of 0 and hold much more.
    proc = Path("/proc/self/maps")
    assert proc.stat().st_size == 0
    with pytest.raises(FileTooBigError):
        read_bytes(proc, 16)


def test_a_nul_anywhere_after_a_bom_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "late-nul.csv"
    path.write_bytes(b"\xef\xbb\xbf" + b"prompt,answer\n" * 2000 + b"x\x00y\n")
    with pytest.raises(FileReadError, match="binary"):
        read_text(path, 1 << 20)


def test_windows_1252_is_read_and_named(tmp_path: Path) -> None:
    path = tmp_path / "accents.txt"
    path.write_bytes("Stéphane".encode("cp1252"))
    decoded = read_text(path, 1000)
    assert (decoded.text, decoded.fell_back) == ("Stéphane", True)
