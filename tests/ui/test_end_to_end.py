"""A whole round driven through the real main window by the keyboard alone."""

import json
import sqlite3
import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.kinds import QuestionKind
from quizapp.paths import STORE_FILE, shipped_packs_dir
from tests.ui.conftest import WindowFactory


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "something must have the keyboard focus"
    return widget


def type_keys(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def without_accents(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def press(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def test_name_enter_then_an_answer_and_enter_ten_times_plays_a_whole_round(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    data_dir = tmp_path / "fresh"
    window = open_window(shipped_packs_dir(), data_dir)
    name_field = (window.start_screen.name_box, window.start_screen.name_edit)
    qtbot.waitUntil(lambda: QApplication.focusWidget() in name_field)

    type_keys(qtbot, "Robin")
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.question_screen
    typed_answers = []
    for number in range(1, 11):
        screen = window.question_screen
        assert screen.progress_label.text() == f"Question {number} of 10"
        presented = screen.presented
        assert presented is not None
        if presented.question.kind is QuestionKind.TYPED:
            # A typed answer goes in the field that has the focus, and Enter gives it; typed
            # on a keyboard without accents ("Stephane" for "Stéphane"), it is still right.
            assert focused() is screen.typed_field
            type_keys(qtbot, without_accents(presented.question.answer))
            press(qtbot, Qt.Key.Key_Return)
            assert screen.verdict_label.text().startswith("Right!")
            typed_answers.append(number)
        else:
            press(qtbot, Qt.Key.Key_1)
            assert screen.verdict_label.text(), "a digit answers at once"
        press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.results_screen
    assert window.results_screen.summary.text().startswith("Robin, you got ")

    with sqlite3.connect(data_dir / STORE_FILE) as raw:
        rounds = raw.execute(
            "SELECT round.id, player.name, finished_at IS NOT NULL, answered, mode "
            "FROM round JOIN player ON player.id = round.player_id"
        ).fetchall()
        answers = raw.execute(
            "SELECT position, given, options FROM answer ORDER BY position"
        ).fetchall()
    assert [(name, finished, answered, mode) for _id, name, finished, answered, mode in rounds] == [
        ("Robin", 1, 10, "classic")
    ]
    assert window.results_screen.summary.text().endswith(" of 10 right in Heartstopper.")
    assert [position for position, _given, _options in answers] == list(range(1, 11))
    for position, given, options in answers:
        if position in typed_answers:
            assert given, "a typed answer is recorded"
            assert json.loads(options) == [], "a typed question shows no options"
        else:
            assert given == json.loads(options)[0], "the first option shown is the answer recorded"
