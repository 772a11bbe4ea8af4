"""Every screen and dialog, filled with the longest texts packs have, at every window size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.modes import CLASSIC_MODE, SPEED_MODE
from quizapp.ui.main_window import MainWindow
from quizapp.ui.theme import current_appearance
from quizapp.ui.widgets import SMALLEST_WINDOW
from tests.conftest import PackFactory
from tests.ui.conftest import WindowFactory
from tests.ui.layout_check import layout_problems
from tests.ui.long_content import LONG_NAME, long_questions

SIZES = [
    pytest.param(QSize(*SMALLEST_WINDOW), 1.0, id="smallest"),
    pytest.param(QSize(1000, 700), 1.0, id="1000x700"),
    pytest.param(QSize(1920, 1080), 1.0, id="1920x1080"),
    pytest.param(QSize(1280, 800), 1.5, id="1280x800-at-150%"),
]


@pytest.fixture
def text_scale() -> object:
    appearance = current_appearance()
    yield appearance
    appearance.set_text_scale(1.0)


SIZE_ASKED: dict[QWidget, QSize] = {}


def settle(qtbot: QtBot, widget: QWidget) -> None:
    QApplication.processEvents()
    qtbot.wait(10)
    QApplication.processEvents()


def check(qtbot: QtBot, window: QWidget, name: str, failures: list[str]) -> None:
    settle(qtbot, window)
    if window.size() != SIZE_ASKED[window]:
        failures.append(f"{name}: the window grew to {window.size().toTuple()}")
    failures.extend(f"{name}: {problem}" for problem in layout_problems(window))


def play_a_round(qtbot: QtBot, window: MainWindow, failures: list[str]) -> None:
    window.start_screen.name_box.setEditText(LONG_NAME)
    check(qtbot, window, "start", failures)
    qtbot.keyClick(window.start_screen.name_edit, Qt.Key.Key_Return)
    screen = window.question_screen
    for number in range(10):
        presented = screen.presented
        assert presented is not None
        if number < 4:
            check(qtbot, window, f"question {number + 1} ({presented.question.kind})", failures)
        qtbot.keyClick(screen, Qt.Key.Key_1 if number % 3 else Qt.Key.Key_2)
        if number < 4:
            check(qtbot, window, f"answered {number + 1}", failures)
        qtbot.keyClick(screen, Qt.Key.Key_Return)


def play_a_timed_question(qtbot: QtBot, window: MainWindow, failures: list[str]) -> None:
    """Set up a Speed round, use the 50:50, pause, answer, and leave the round."""
    start = window.start_screen
    start.mode_box.setCurrentIndex(start.mode_box.findData(SPEED_MODE))
    start.name_box.setEditText(LONG_NAME)
    check(qtbot, window, "start, set up for speed", failures)
    qtbot.keyClick(start.name_edit, Qt.Key.Key_Return)
    screen = window.question_screen
    check(qtbot, window, "speed question", failures)
    qtbot.keyClick(screen, Qt.Key.Key_5)
    check(qtbot, window, "after the 50:50", failures)
    qtbot.keyClick(screen, Qt.Key.Key_P)
    check(qtbot, window, "paused", failures)
    qtbot.keyClick(screen, Qt.Key.Key_P)
    qtbot.keyClick(screen, Qt.Key.Key_1)
    qtbot.keyClick(screen, Qt.Key.Key_2)
    check(qtbot, window, "speed question answered", failures)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    start.mode_box.setCurrentIndex(start.mode_box.findData(CLASSIC_MODE))


def play_hot_seat(qtbot: QtBot, window: MainWindow, failures: list[str]) -> None:
    """Two long-named players take one question each: the pass screen and the podium."""
    window.show_start()
    window.start_screen.length_box.setCurrentText("1")
    window._begin_hot_seat([LONG_NAME, LONG_NAME[::-1]])
    for turn in range(2):
        assert window.stack.currentWidget() is window.pass_screen
        check(qtbot, window, f"pass screen {turn + 1}", failures)
        qtbot.keyClick(window.pass_screen, Qt.Key.Key_Return)
        qtbot.keyClick(window.question_screen, Qt.Key.Key_1)
        qtbot.keyClick(window.question_screen, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.results_screen
    check(qtbot, window, "hot-seat results", failures)


@pytest.mark.slow
@pytest.mark.parametrize(("size", "scale"), SIZES)
def test_every_screen_shows_all_its_text_at_every_size(
    qtbot: QtBot,
    open_window: WindowFactory,
    pack_file: PackFactory,
    tmp_path: Path,
    text_scale: object,
    size: QSize,
    scale: float,
) -> None:
    packs = pack_file(
        pack_id="long", title="Entertainment: Japanese Anime & Manga", questions=long_questions()
    ).parent
    window = open_window(packs)
    current_appearance().set_text_scale(scale)
    window.resize(size)
    SIZE_ASKED[window] = size
    settle(qtbot, window)
    assert window.size() == size, "the window's minimum size is larger than the screen"
    failures: list[str] = []
    play_a_timed_question(qtbot, window, failures)
    play_a_round(qtbot, window, failures)
    check(qtbot, window, "results", failures)
    window.show_high_scores()
    check(qtbot, window, "high scores", failures)
    window.show_history()
    window.history_screen.open_current()
    check(qtbot, window, "history", failures)
    window.show_statistics()
    check(qtbot, window, "statistics", failures)
    for tab in range(window.statistics_screen.tabs.count()):
        window.statistics_screen.tabs.setCurrentIndex(tab)
        check(qtbot, window, f"statistics tab {tab + 1}", failures)
    window.show_players()
    check(qtbot, window, "players", failures)
    window.show_help()
    check(qtbot, window, "help", failures)
    window.show_packs()
    check(qtbot, window, "packs", failures)
    play_hot_seat(qtbot, window, failures)
    check_dialogs(qtbot, window, size, failures)
    assert not failures, "\n".join(failures)


def check_dialogs(qtbot: QtBot, window: MainWindow, size: QSize, failures: list[str]) -> None:
    """The question editor and New pack from facts, at the size of the screen tested."""
    window.packs_screen.edit_requested.emit(window.packs_screen.packs()[0].id)
    editor = window.editor
    assert editor is not None
    editor.list.setCurrentRow(1)
    dialogs: list[tuple[str, QWidget]] = [("question editor", editor)]
    window.show_facts_dialog()
    facts = window.facts_dialog
    assert facts is not None
    facts.title.setText("Entertainment: Japanese Anime & Manga")
    dialogs.append(("new pack from facts", facts))
    for name, dialog in dialogs:
        dialog.resize(size)
        SIZE_ASKED[dialog] = size
        check(qtbot, dialog, name, failures)
        dialog.close()


def test_the_window_is_never_smaller_than_the_smallest_size_its_screens_are_laid_out_for(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.show()
    window.resize(600, 450)
    settle(qtbot, window)
    assert window.size() == QSize(800, 600)
