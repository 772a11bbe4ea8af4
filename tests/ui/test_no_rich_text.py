"""Pack and player text never renders as HTML: every screen and dialog shows it literally."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.ui import dialogs
from quizapp.ui.main_window import MainWindow
from tests.conftest import PackFactory, choice_question
from tests.ui.conftest import WindowFactory

HTML = '<img src="x"><a href="file:///etc/passwd">open</a>'


def _tooltips(root: QWidget) -> Iterator[tuple[str, str]]:
    for widget in [root, *root.findChildren(QWidget)]:
        yield type(widget).__name__, widget.toolTip()
    for view in root.findChildren(QListWidget):
        for row in range(view.count()):
            yield "list item", view.item(row).toolTip()
    for table in root.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    yield "table item", item.toolTip()


def rendered(root: QWidget) -> list[str]:
    """Return every place in root that would render the HTML rather than show it."""
    problems = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if "<img" in text and (
            label.textFormat() == Qt.TextFormat.RichText
            or (label.textFormat() == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text))
        ):
            problems.append(f"label {label.objectName() or text[:40]!r}")
        if label.openExternalLinks():
            problems.append(f"label {label.objectName()!r} opens links")
    for where, tip in _tooltips(root):
        # A tooltip is rich text whenever it looks like it; the text must come escaped.
        if "<img" in tip:
            problems.append(f"{where} tooltip {tip[:40]!r}")
    return problems


@pytest.fixture
def html_window(open_window: WindowFactory, pack_file: PackFactory) -> MainWindow:
    questions = [
        choice_question(
            i,
            prompt=f"{HTML} question {i}?",
            answer=f"{HTML} right",
            wrong=[f"{HTML} wrong {i}", "plain"],
            explanation=f"{HTML} because",
            category=f"{HTML} category",
        )
        for i in range(1, 5)
    ]
    return open_window(pack_file(title=f"{HTML} pack", questions=questions).parent)


def test_every_screen_shows_pack_text_literally(qtbot: QtBot, html_window: MainWindow) -> None:
    window = html_window
    assert rendered(window) == []
    window.start_screen.name_box.setEditText("Ann")
    qtbot.mouseClick(window.start_screen.start_button, Qt.MouseButton.LeftButton)
    while window.stack.currentWidget() is window.question_screen:
        screen = window.question_screen
        assert rendered(window) == []
        qtbot.mouseClick(screen.option_buttons[0], Qt.MouseButton.LeftButton)
        assert rendered(window) == []
        qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert rendered(window) == []  # the results
    for show in (
        window.show_high_scores,
        window.show_players,
        window.show_history,
        window.show_statistics,
        window.show_packs,
        window.show_help,
    ):
        show()
        assert rendered(window) == [], show.__name__
    window.show_packs()
    window.packs_screen.table.selectRow(0)
    qtbot.mouseClick(window.packs_screen.edit_button, Qt.MouseButton.LeftButton)
    assert window.editor is not None
    assert rendered(window.editor) == []


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    """Stand in for exec() on message boxes and input dialogs, keeping each one shown."""
    boxes: list[QDialog] = []

    def fake_exec(self: QDialog) -> int:
        boxes.append(self)
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QInputDialog, "exec", fake_exec)
    return boxes


def test_questions_and_errors_show_text_literally(shown_boxes: list[QDialog]) -> None:
    dialogs.ask_yes_no(None, "Delete pack?", f"Delete {HTML}?")
    dialogs.show_error(None, "Something went wrong", HTML)
    dialogs.ask_text(None, "Rename", f"New title for {HTML}:", "x")
    assert len(shown_boxes) == 3
    for box in shown_boxes:
        assert rendered(box) == []
        if isinstance(box, QMessageBox):
            assert box.textFormat() == Qt.TextFormat.PlainText
            assert HTML in box.text()
