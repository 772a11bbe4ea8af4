"""Every control on every screen is reached by Tab, named and described for a screen reader."""

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory

CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractItemView,
    QPlainTextEdit,
    QAbstractSpinBox,
)
# Controls whose own line edit is a part of one control, not a control of its own.
COMPOUND = (QComboBox, QAbstractSpinBox)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Name).strip()


def controls_of(screen: QWidget) -> list[QWidget]:
    """The controls a player can use on the screen: visible, enabled, not inside another."""
    found = []
    for widget in screen.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(screen):
            continue
        if not widget.isEnabled():
            continue
        if isinstance(widget.parent(), COMPOUND) or isinstance(widget, QHeaderView):
            continue  # a combo's own line edit, a table's header: parts of one control
        found.append(widget)
    return found


def tab_order(qtbot: QtBot, window: MainWindow, screen: QWidget) -> list[QWidget]:
    """Press Tab from the screen until the focus comes round again; return what it visited."""
    window.stack.setCurrentWidget(screen)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return tab_round(qtbot, screen)


def tab_round(qtbot: QtBot, screen: QWidget) -> list[QWidget]:
    """Press Tab from a widget until the focus comes round again; return what it visited."""
    screen.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget() or screen, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is None or widget in visited:
            break
        visited.append(widget)
    return visited


def owner(widget: QWidget) -> QWidget:
    parent = widget.parentWidget()
    return parent if isinstance(parent, COMPOUND) else widget


def shown(widget: QWidget) -> str:
    words = accessible_name(widget) or widget.objectName() or getattr(widget, "text", str)()
    return f"{type(widget).__name__} {words!r}"


def unreached_or_unnamed(where: str, visited: list[QWidget], controls: list[QWidget]) -> list[str]:
    """What a keyboard and screen-reader user would miss: a control Tab skips, or one unnamed."""
    visited = [owner(w) for w in visited]
    problems = [f"{where}: Tab never reaches {shown(c)}" for c in controls if c not in visited]
    for widget in visited:
        if not accessible_name(widget):
            problems.append(f"{where}: {shown(widget)} has no accessible name")
        if not widget.accessibleDescription().strip():
            problems.append(f"{where}: {shown(widget)} has no accessible description")
    return problems


def test_tab_reaches_every_control_of_every_screen_and_each_has_a_name_and_description(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    assert window.session is not None
    window.session.collection.players.add("Ann")
    problems = []
    screens = [window.stack.widget(i) for i in range(window.stack.count())]
    window.show_start()
    for screen in screens:
        if screen is window.question_screen:
            window.show_start()
            window.start_screen.name_box.setEditText("Ann")
            qtbot.keyClick(window.start_screen.name_edit, Qt.Key.Key_Return)
        visited = tab_order(qtbot, window, screen)
        problems += unreached_or_unnamed(screen.objectName(), visited, controls_of(screen))
    assert problems == [], "\n".join(problems)


def dialog_problems(qtbot: QtBot, dialog: QDialog, where: str) -> list[str]:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return unreached_or_unnamed(where, tab_round(qtbot, dialog), controls_of(dialog))


def test_tab_reaches_every_control_of_new_pack_from_facts_and_each_is_named_and_described(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.show_facts_dialog()
    dialog = window.facts_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.text.setPlainText("Paris is the capital of France.")
    problems = dialog_problems(qtbot, dialog, "New pack from facts")
    assert problems == [], "\n".join(problems)


def test_tab_reaches_every_control_of_the_question_editor_for_every_kind_of_question(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.show_packs()
    window.packs_screen.table.selectRow(0)
    window.packs_screen.edit_button.click()
    editor = window.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    problems = []
    for index in range(editor.kind.count()):
        editor.kind.setCurrentIndex(index)
        problems += dialog_problems(qtbot, editor, editor.kind.currentText())
    assert problems == [], "\n".join(problems)


class Announcements:
    """Stands in for Qt's announcement event and records what reached the screen reader."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def event(self, widget: QWidget, text: str) -> tuple[QWidget, str]:
        return widget, text

    def update(self, event: tuple[QWidget, str]) -> None:
        self.said.append(event[1])


def test_the_verdict_of_an_answer_by_key_is_announced(
    qtbot: QtBot, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = Announcements()
    monkeypatch.setattr(QtGui, "QAccessibleAnnouncementEvent", heard.event, raising=False)
    monkeypatch.setattr(QtGui.QAccessible, "updateAccessibility", heard.update)
    window = open_window()
    window.start_screen.name_box.setEditText("Ann")
    qtbot.keyClick(window.start_screen.name_edit, Qt.Key.Key_Return)
    screen = window.question_screen
    presented = screen.presented
    assert presented is not None
    wrong = next(n for n, o in enumerate(presented.options) if o != presented.question.answer)
    qtbot.keyClick(screen, str(wrong + 1))
    verdict = f"Not quite. The answer is: {presented.question.answer}"
    assert screen.verdict_label.text() == verdict
    assert heard.said == [verdict]
