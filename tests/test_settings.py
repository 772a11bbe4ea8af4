"""Settings: every value validated, a bad one replaced by its default, start-up never blocked."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.paths import LOG_FILE
from quizapp.session import GameSession
from quizapp.settings import SETTINGS_FILE, Settings, load_settings, save_settings
from quizapp.store import Collection


def test_settings_survive_a_save_and_a_load(tmp_path: Path) -> None:
    assert save_settings(tmp_path, Settings(last_player=3))
    assert load_settings(tmp_path) == Settings(last_player=3)


@pytest.mark.parametrize("value", ["garbage", "", "1.5", -2, [1], {"a": 1}])
def test_a_bad_value_falls_back_to_the_default_with_a_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, value: object
) -> None:
    (tmp_path / SETTINGS_FILE).write_text(json.dumps({"last_player": value}), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert load_settings(tmp_path).last_player is None
    assert "setting last_player" in caplog.text


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "\x00\x00", ""])
def test_a_damaged_settings_file_gives_the_defaults(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: str
) -> None:
    (tmp_path / SETTINGS_FILE).write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert load_settings(tmp_path) == Settings()
    assert "ignored" in caplog.text


def test_a_fifo_as_the_settings_file_gives_the_defaults(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / SETTINGS_FILE)
    assert load_settings(tmp_path) == Settings()


def _desktop_with_last_player(data_dir: Path, value: str) -> None:
    with Collection.open(data_dir) as collection:
        collection.players.add("Ann")
    (data_dir / SETTINGS_FILE).write_text(json.dumps({"last_player": value}), encoding="utf-8")


@pytest.mark.parametrize("value", ["garbage", "", "1.5"])
def test_a_mangled_last_player_is_forgotten(tmp_path: Path, value: str) -> None:
    _desktop_with_last_player(tmp_path, value)
    with Collection.open(tmp_path) as collection:
        assert GameSession(collection, data_dir=tmp_path).last_player() is None


def _smoke_test(data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = "import sys; from quizapp.cli import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, "--smoke-test", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=30,
        env=env,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.parametrize("value", ["garbage", "", "1.5"])
def test_the_smoke_test_passes_with_a_mangled_last_player(tmp_path: Path, value: str) -> None:
    _desktop_with_last_player(tmp_path, value)
    result = _smoke_test(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "questions ready" in result.stdout


@pytest.mark.slow
def test_a_fifo_as_the_log_file_does_not_hang_start_up(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / LOG_FILE)
    result = _smoke_test(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "not logging to" in result.stderr
