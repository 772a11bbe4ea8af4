"""A new player's first evening, by keyboard through the real window: what used to go wrong."""

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.kinds import QuestionKind
from quizapp.core.model import RoundRecord
from quizapp.core.modes import CLASSIC_MODE, MISTAKES_MODE, SPEED_MODE, TYPED_MODE
from quizapp.core.players import MAX_NAME_LENGTH
from quizapp.paths import shipped_packs_dir
from quizapp.session import RESULTS_SETTLE_SECONDS
from quizapp.settings import Settings, save_settings
from quizapp.ui.main_window import MainWindow
from tests.conftest import PackFactory, choice_question
from tests.ui.conftest import Dialogs, WindowFactory


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "something must have the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    if modifier is None:
        qtbot.keyClick(focused(), key)
    else:
        qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def pick(box_mode: str, window: MainWindow) -> None:
    box = window.start_screen.mode_box
    box.setCurrentIndex(box.findData(box_mode))


def rounds_in(window: MainWindow) -> list[tuple[int, int]]:
    """Return (answered, finished) of every stored round."""
    assert window.session is not None
    with sqlite3.connect(window.session.collection.path) as raw:
        return raw.execute(
            "SELECT answered, finished_at IS NOT NULL FROM round ORDER BY id"
        ).fetchall()


def one_question(pack_file: PackFactory) -> Path:
    return pack_file(questions=[choice_question(1)]).parent


def answer_typed(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory, answer: str
) -> MainWindow:
    """Start a one-question round of Type the answer as Ann and answer it by keyboard."""
    window = open_window(one_question(pack_file))
    pick(TYPED_MODE, window)
    type_text(qtbot, "Ann")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is window.question_screen.typed_field
    type_text(qtbot, answer)
    press(qtbot, Qt.Key.Key_Return)
    return window


def test_a_typed_answer_shows_its_verdict_before_moving_on(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    window = answer_typed(qtbot, open_window, pack_file, "right 1")
    screen = window.question_screen
    assert window.stack.currentWidget() is screen, "the submitting Enter does not also go on"
    assert screen.verdict_label.text().startswith("Right!")
    assert screen.typed_field.property("state") == "right"
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.results_screen


def test_a_wrong_typed_answer_says_so_and_gives_the_answer(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    window = answer_typed(qtbot, open_window, pack_file, "nonsense")
    assert window.stack.currentWidget() is window.question_screen
    assert window.question_screen.verdict_label.text() == "Not quite. The answer is: Right 1"
    assert window.question_screen.typed_field.property("state") == "wrong"


def test_a_double_enter_after_the_last_question_keeps_the_results(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    window = open_window(one_question(pack_file))
    type_text(qtbot, "Ann")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.wait(60)
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.results_screen
    assert rounds_in(window) == [(1, 1)], "no accidental round"
    qtbot.wait(round(RESULTS_SETTLE_SECONDS * 1000) + 100)
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.question_screen, "a deliberate Enter plays again"


def test_the_pack_just_played_is_picked_and_enter_on_pack_or_mode_starts(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    pack_file(pack_id="second", title="Second pack")
    window = open_window()
    start = window.start_screen
    type_text(qtbot, "Ann")
    start.pack_box.setCurrentIndex(
        start.pack_box.findText("Second pack", Qt.MatchFlag.MatchStartsWith)
    )
    start.pack_box.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.question_screen, "Enter on the Pack box starts"
    press(qtbot, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is start
    assert start.pack_box.currentText().startswith("Second pack")
    start.mode_box.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.question_screen, "Enter on the Mode box starts"


def test_help_scrolls_by_keyboard_to_its_last_row(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    window.resize(1000, 700)
    press(qtbot, Qt.Key.Key_F1)
    table = window.help_screen.table
    last = table.item(table.rowCount() - 1, 0)

    def last_row_shown() -> bool:
        return table.viewport().rect().contains(table.visualItemRect(last))

    assert not last_row_shown(), "the test needs more rows than fit"
    for _ in range(table.rowCount()):
        press(qtbot, Qt.Key.Key_PageDown)
    assert last_row_shown()
    press(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert table.visualItemRect(table.item(0, 0)).top() >= 0
    press(qtbot, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.start_screen


def test_help_gives_its_shortcuts_the_smallest_window_and_its_rules_a_page_of_their_own(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.resize(800, 600)
    press(qtbot, Qt.Key.Key_F1)
    table = window.help_screen.table
    view = table.viewport().rect()
    shown = [
        r for r in range(table.rowCount()) if view.contains(table.visualItemRect(table.item(r, 0)))
    ]
    assert len(shown) >= 10, "the shortcuts, not the rules, fill the screen"
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    columns_end = header.sectionViewportPosition(last) + header.sectionSize(last)
    assert columns_end >= view.width() - 2, "the columns share the table's whole width"
    for row in range(table.rowCount()):
        what = table.item(row, last).text()
        needed = table.fontMetrics().boundingRect(
            0, 0, header.sectionSize(last) - 8, 10_000, Qt.TextFlag.TextWordWrap, what
        )
        assert table.rowHeight(row) >= needed.height(), f"{what!r} is cut, not wrapped"
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    shown_text = " ".join(
        label.text() for label in window.help_screen.findChildren(QLabel) if label.isVisible()
    )
    assert "Classic scoring: a right answer earns 1,000 points" in shown_text
    assert "Practise mistakes asks the questions you got wrong" in shown_text
    press(qtbot, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.start_screen


def save_six_facts_and_play(qtbot: QtBot, window: MainWindow) -> RoundRecord:
    """Make a pack of six facts with Ctrl+N, save it and play; return the round it started."""
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.facts_dialog
    assert dialog is not None
    facts = (shipped_packs_dir() / "heartstopper.txt").read_text(encoding="utf-8")
    dialog.text.setPlainText("\n".join(facts.splitlines()[:6]))
    dialog.title.setText("Six facts")
    with qtbot.waitSignal(dialog.generated, timeout=20_000):
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.question_screen
    assert window.session is not None
    assert window.session.round is not None
    return window.session.collection.rounds.record(window.session.round.round_id)


def test_save_pack_and_play_starts_a_round_it_can_play_after_practise_mistakes(
    qtbot: QtBot, open_window: WindowFactory, dialogs: Dialogs
) -> None:
    window = open_window()
    type_text(qtbot, "Sam")
    pick(MISTAKES_MODE, window)
    record = save_six_facts_and_play(qtbot, window)
    assert (record.pack_title, record.mode) == ("Six facts", CLASSIC_MODE)
    # The window manager gives the focus back to the window when the dialog closes.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    presented = window.question_screen.presented
    assert presented is not None
    if presented.question.kind is QuestionKind.TYPED:
        qtbot.keyClicks(window.question_screen.typed_field, presented.question.answer)
        press(qtbot, Qt.Key.Key_Return)
    else:
        press(qtbot, Qt.Key.Key_1)
    assert window.question_screen.verdict_label.text()
    press(qtbot, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.start_screen
    assert window.start_screen.mode_box.currentData() == CLASSIC_MODE
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.question_screen
    assert dialogs.told == []


def test_save_and_play_starts_the_mode_chosen_on_the_start_screen_not_the_last_played(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path, dialogs: Dialogs
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    save_settings(data, Settings(reduce_motion=True, round_mode=SPEED_MODE))
    window = open_window(data_dir=data)
    assert window.start_screen.mode_box.currentData() == SPEED_MODE, "the mode played last"
    type_text(qtbot, "Sam")
    pick(CLASSIC_MODE, window)
    record = save_six_facts_and_play(qtbot, window)
    assert window.facts_dialog is not None
    assert window.facts_dialog.save_button.text() == "Save and play a Classic round"
    assert record.mode == CLASSIC_MODE
    assert not window.question_screen.timer_bar.isVisible(), "a Classic round has no clock"
    assert dialogs.told == []


def test_ctrl_q_mid_round_asks_like_esc(
    qtbot: QtBot, open_window: WindowFactory, dialogs: Dialogs
) -> None:
    window = open_window()
    type_text(qtbot, "Ann")
    press(qtbot, Qt.Key.Key_Return)
    dialogs.answer = False
    press(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.asked == ["Quit in the middle of a round?"]
    assert dialogs.asked_texts[0].startswith("Quit in the middle of a round?\n")
    assert window.isVisible()
    assert window.stack.currentWidget() is window.question_screen
    dialogs.answer = True
    press(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_ctrl_q_outside_a_round_quits_without_asking(
    qtbot: QtBot, open_window: WindowFactory, dialogs: Dialogs
) -> None:
    window = open_window()
    press(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.asked == []
    assert not window.isVisible()


def test_the_name_field_takes_as_many_characters_as_a_name_may_have(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    type_text(qtbot, "n" * (MAX_NAME_LENGTH + 5))
    assert window.start_screen.name_box.currentText() == "n" * MAX_NAME_LENGTH


def test_a_question_missed_in_type_the_answer_comes_back_typed(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    window = answer_typed(qtbot, open_window, pack_file, "nonsense")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)
    pick(MISTAKES_MODE, window)
    window.start_screen.focus_name()
    press(qtbot, Qt.Key.Key_Return)
    screen = window.question_screen
    assert window.stack.currentWidget() is screen
    assert screen.typed_field.isVisible()
    assert not any(button.isVisible() for button in screen.option_buttons)
    type_text(qtbot, "Right 1")
    press(qtbot, Qt.Key.Key_Return)
    assert screen.verdict_label.text().startswith("Right!")
