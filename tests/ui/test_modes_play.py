"""Speed rounds, pausing and the 50:50, played on the real window by keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.core.modes import CLASSIC_MODE, SPEED_MODE
from quizapp.ui.main_window import MainWindow
from tests.clock import FakeClock
from tests.conftest import PackFactory
from tests.ui.conftest import Dialogs, WindowFactory

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


def test_a_typed_answer_in_a_speed_round_pauses_with_ctrl_space_and_keeps_its_letters(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    typed = {"id": "t1", "kind": "typed", "prompt": "Who plays Nick?", "answer": "Kit Connor"}
    clock = FakeClock()
    window = open_window(pack_file(questions=[typed]).parent, clock=clock)
    start_by_keyboard(qtbot, window, SPEED_MODE)
    screen = window.question_screen
    assert screen.typed_field.hasFocus()
    assert screen.pause_button.text() == "Pause  Ctrl+Space"
    qtbot.keyClicks(screen.typed_field, "kit p")
    assert screen.typed_field.text() == "kit p", "P is a letter of the answer while typing"
    assert screen.prompt_label.isVisible()
    qtbot.keyClick(screen.typed_field, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert screen.verdict_label.text().startswith("Paused")
    assert not screen.prompt_label.isVisible()
    qtbot.keyClick(screen, Qt.Key.Key_P)
    assert screen.prompt_label.isVisible()
    assert screen.typed_field.hasFocus()
    qtbot.keyClick(screen.typed_field, Qt.Key.Key_Backspace)
    qtbot.keyClick(screen.typed_field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(screen.typed_field, "connor")
    qtbot.keyClick(screen.typed_field, Qt.Key.Key_Return)
    assert screen.verdict_label.text().startswith("Right!")


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


def test_the_set_up_is_remembered_and_a_name_and_enter_plays_it_again(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_window()
    start = window.start_screen
    assert start.mode_box.currentData() == CLASSIC_MODE, "Classic the first time"
    assert start.length_box.currentText() == "10"
    assert not start.timer_box.isVisible()
    start.mode_box.setCurrentIndex(start.mode_box.findData(SPEED_MODE))
    assert start.timer_box.isVisible()
    start.timer_box.setCurrentText("30")
    start.length_box.setCurrentText("5")
    start_by_keyboard(qtbot, window, SPEED_MODE)
    presented = window.question_screen.presented
    assert presented is not None
    assert (presented.total, presented.time_limit_ms) == (5, 30_000)
    assert window.session is not None
    window.session.abandon()
    window.close()

    again = open_window(data_dir=tmp_path / "data")
    assert again.start_screen.mode_box.currentData() == SPEED_MODE
    assert again.start_screen.timer_box.currentText() == "30"
    assert again.start_screen.length_box.currentText() == "5"
    qtbot.keyClick(again.start_screen.name_edit, Qt.Key.Key_Return)
    presented = again.question_screen.presented
    assert presented is not None
    assert (presented.total, presented.time_limit_ms) == (5, 30_000)


def test_a_round_length_of_zero_gets_a_message_and_no_round(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.start_screen.length_box.setCurrentText("0")
    window.start_screen.focus_name()
    qtbot.keyClicks(window.start_screen.name_edit, "Ann")
    qtbot.keyClick(window.start_screen.name_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.start_screen
    assert "1 to 50 questions" in window.start_screen.message.text()


def test_the_start_screen_says_how_many_mistakes_are_due(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    start_by_keyboard(qtbot, window, CLASSIC_MODE)
    screen = window.question_screen
    for number in range(10):
        presented = screen.presented
        assert presented is not None
        answer = presented.question.answer
        wrong = next(KEYS[i] for i, o in enumerate(presented.options) if o != answer)
        qtbot.keyClick(screen, wrong if number < 2 else right_key(window))
        qtbot.keyClick(screen, Qt.Key.Key_Return)
    window.show_start()
    start = window.start_screen
    assert start.due_text() == "Practise mistakes: 2 due"
    start.name_box.setEditText("Someone new")
    assert start.due_text() == "Practise mistakes"


def test_the_last_seconds_sound_plays_once_when_the_countdown_reaches_them(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    clock = FakeClock()
    window = open_window(clock=clock)
    played: list[str] = []
    window.sounds.play = played.append  # type: ignore[method-assign,assignment]
    start_by_keyboard(qtbot, window, SPEED_MODE)
    bar = window.question_screen.timer_bar
    clock.advance(14)
    qtbot.waitUntil(lambda: bar.seconds_label.text() == "6 s")
    assert played == []
    clock.advance(2)
    qtbot.waitUntil(lambda: bar.seconds_label.text() == "4 s")
    assert played == ["last-seconds"]
    clock.advance(1)
    qtbot.waitUntil(lambda: bar.seconds_label.text() == "3 s")
    assert played == ["last-seconds"]


def test_the_clock_stands_still_while_leaving_is_asked_and_goes_on_after_no(
    qtbot: QtBot, open_window: WindowFactory, dialogs: Dialogs
) -> None:
    clock = FakeClock()

    def think_it_over(_parent: object, title: str, _text: str) -> bool:
        dialogs.asked.append(title)
        clock.advance(25)
        return False

    dialogs.ask = think_it_over  # type: ignore[method-assign]
    window = open_window(clock=clock)
    start_by_keyboard(qtbot, window, SPEED_MODE)
    screen = window.question_screen
    clock.advance(4)
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert dialogs.asked == ["Leave the round?"]
    qtbot.waitUntil(lambda: screen.timer_bar.seconds_label.text() == "16 s")
    assert screen.timer_bar.running
    assert screen.verdict_label.text() == ""
    qtbot.keyClick(screen, right_key(window))
    assert screen.verdict_label.text() == "Right! +900"
    assert window.session is not None
    assert window.session.round is not None
    assert not window.session.round_record(window.session.round.round_id).paused
