"""Speed rounds, pausing and the 50:50, played on the real window by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.core.modes import CLASSIC_MODE, SPEED_MODE
from quizapp.ui.main_window import MainWindow
from tests.clock import FakeClock
from tests.ui.conftest import WindowFactory

KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)


def start_by_keyboard(qtbot: QtBot, window: MainWindow, mode: str, name: str = "Ann") -> None:
    screen = window.start_screen
    screen.mode_box.setCurrentIndex(screen.mode_box.findData(mode))
    screen.focus_name()
    qtbot.keyClicks(screen.name_edit, name)
    qtbot.keyClick(screen.name_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.question_screen


def right_key(window: MainWindow) -> Qt.Key:
    presented = window.question_screen.presented
    assert presented is not None
    return KEYS[presented.options.index(presented.question.answer)]


def test_a_speed_round_drains_the_bar_scores_the_time_and_times_out(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    clock = FakeClock()
    window = open_window(clock=clock)
    start_by_keyboard(qtbot, window, SPEED_MODE)
    screen = window.question_screen
    assert screen.timer_bar.isVisible()
    qtbot.waitUntil(lambda: screen.timer_bar.seconds_label.text() == "20 s")
    clock.advance(10)
    qtbot.waitUntil(lambda: screen.timer_bar.seconds_label.text() == "10 s")
    assert screen.timer_bar.bar.value() == 500
    qtbot.keyClick(screen, right_key(window))
    assert screen.verdict_label.text() == "Right! +750"
    assert not screen.timer_bar.running

    qtbot.keyClick(screen, Qt.Key.Key_Return)
    clock.advance(20)
    qtbot.waitUntil(lambda: screen.verdict_label.text().startswith("Time is up."))
    assert screen.score_label.text() == "Score 750"
    assert not screen.streak_label.isVisible()
    # A key pressed after the time ran out changes nothing.
    qtbot.keyClick(screen, right_key(window))
    assert window.session is not None
    assert window.session.score == 750


def test_pause_hides_the_question_stops_the_clock_and_marks_the_round(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    clock = FakeClock()
    window = open_window(clock=clock)
    start_by_keyboard(qtbot, window, SPEED_MODE)
    screen = window.question_screen
    clock.advance(4)
    qtbot.keyClick(screen, Qt.Key.Key_P)
    assert screen.verdict_label.text().startswith("Paused")
    assert not screen.prompt_label.isVisible()
    assert not any(tile.isVisible() for tile in screen.option_buttons)
    clock.advance(300)
    qtbot.keyClick(screen, right_key(window))
    assert screen.verdict_label.text().startswith("Paused")
    qtbot.keyClick(screen, Qt.Key.Key_P)
    assert screen.prompt_label.isVisible()
    assert screen.verdict_label.text() == ""
    qtbot.waitUntil(lambda: screen.timer_bar.seconds_label.text() == "16 s")
    qtbot.keyClick(screen, right_key(window))
    assert screen.verdict_label.text() == "Right! +900"
    assert window.session is not None
    assert window.session.round is not None
    record = window.session.round_record(window.session.round.round_id)
    assert record.paused


def test_fifty_fifty_on_its_key_takes_two_wrong_options_once_and_shows_in_the_review(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    start_by_keyboard(qtbot, window, CLASSIC_MODE)
    screen = window.question_screen
    assert screen.fifty_fifty_button.isVisible()
    presented = screen.presented
    assert presented is not None
    qtbot.keyClick(screen, Qt.Key.Key_5)
    taken = [i for i, tile in enumerate(screen.option_buttons) if not tile.isEnabled()]
    assert len(taken) == 2
    assert presented.options.index(presented.question.answer) not in taken
    assert not screen.fifty_fifty_button.isVisible()
    qtbot.keyClick(screen, KEYS[taken[0]])
    assert screen.verdict_label.text() == ""
    qtbot.keyClick(screen, right_key(window))
    assert screen.verdict_label.text().startswith("Right!")
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert not screen.fifty_fifty_button.isVisible()
    qtbot.keyClick(screen, Qt.Key.Key_5)
    assert all(tile.isEnabled() for tile in screen.option_buttons)
    assert window.session is not None
    assert window.session.round is not None
    record = window.session.round_record(window.session.round.round_id)
    removed = {presented.options[i] for i in taken}
    assert set(record.answers[0].removed) == removed
