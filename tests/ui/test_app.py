import configparser
import gc
import logging
import sys

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quizapp.paths import assets_dir
from quizapp.ui.app import AfterFirstPaint, collect_from_now_on, error_hook, make_app
from quizapp.ui.theme import current_appearance


def test_an_unexpected_error_is_a_dialog_and_a_log_entry(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[tuple[str, str]] = []
    hook = error_hook(lambda _parent, title, text: shown.append((title, text)))
    try:
        raise ValueError("the flux capacitor is empty")
    except ValueError:
        kind, error, tb = sys.exc_info()
        assert kind is not None
        assert error is not None
        with caplog.at_level(logging.ERROR):
            hook(kind, error, tb)
    assert shown[0][0] == "Something went wrong"
    assert shown[0][1].startswith("the flux capacitor is empty")
    assert "Traceback" not in shown[0][1]
    assert "unexpected error: the flux capacitor is empty" in capsys.readouterr().err
    assert "Traceback" in caplog.text


def test_work_for_after_the_first_paint_waits_for_the_window_to_be_shown(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    seen: list[bool] = []
    AfterFirstPaint(window, lambda: seen.append(window.isVisible()), latest_ms=60_000)
    qtbot.wait(100)
    assert seen == []
    window.show()
    qtbot.waitUntil(lambda: seen == [True])
    window.update()
    qtbot.wait(100)
    assert seen == [True]


def test_work_for_after_the_first_paint_is_done_even_if_the_window_never_is(
    qtbot: QtBot,
) -> None:
    # A window started minimised is not painted; its store must open all the same.
    window = QWidget()
    qtbot.addWidget(window)
    seen: list[bool] = []
    AfterFirstPaint(window, lambda: seen.append(window.isVisible()), latest_ms=50)
    qtbot.waitUntil(lambda: seen == [False])
    window.show()
    qtbot.wait(100)
    assert seen == [False]


def test_the_style_sheet_finds_its_images(qtbot: QtBot) -> None:
    app = make_app()
    current_appearance()
    assert "@ASSETS@" not in app.styleSheet()
    assert "arrow-down-dark.svg" in app.styleSheet()


def test_the_desktop_entry_launches_the_game_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(assets_dir() / "quizapp.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "quizapp"
    assert section["Icon"] == "quizapp"
    assert "Game" in section["Categories"].split(";")
    assert (assets_dir() / "icon.svg").exists()


def test_the_collector_comes_back_once_leaving_out_what_start_up_made() -> None:
    gc.disable()
    try:
        made_at_start = [[] for _ in range(1000)]
        collect_from_now_on()
        assert gc.isenabled()
        # Its first round scans none of what was made before: all of it is frozen.
        frozen = gc.get_freeze_count()
        assert frozen >= len(made_at_start)
        # Opening the store again (after a check, say) freezes nothing more.
        again = [[] for _ in range(1000)]
        collect_from_now_on()
        assert gc.get_freeze_count() == frozen
        assert again
    finally:
        gc.unfreeze()
        gc.enable()
