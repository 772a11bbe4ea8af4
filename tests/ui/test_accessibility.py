"""Every control on every screen is reached by Tab, named and described for a screen reader."""

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)


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
        if isinstance(widget.parent(), QComboBox) or isinstance(widget, QHeaderView):
            continue  # a combo's own line edit, a table's header: parts of one control
        found.append(widget)
    return found


def tab_order(qtbot: QtBot, window: MainWindow, screen: QWidget) -> list[QWidget]:
    """Press Tab from the screen until the focus comes round again; return what it visited."""
    window.stack.setCurrentWidget(screen)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
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
    return parent if isinstance(parent, QComboBox) else widget


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
        visited = [owner(w) for w in tab_order(qtbot, window, screen)]
        for control in controls_of(screen):
            if control not in visited:
                problems.append(f"{screen.objectName()}: Tab never reaches {control!r}")
        for widget in visited:
            if not accessible_name(widget):
                problems.append(f"{screen.objectName()}: {widget!r} has no accessible name")
            if not widget.accessibleDescription().strip():
                problems.append(f"{screen.objectName()}: {widget!r} has no accessible description")
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
