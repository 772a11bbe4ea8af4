"""The Qt binding the game runs on must not corrupt Python's own objects."""

import sys

from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    # PySide6 6.12.0 dropped a reference to None on every call that returns nothing; a long
    # session of play then crashed the interpreter. pyproject.toml excludes that release.
    box, label = QComboBox(), QLabel()
    qtbot.addWidget(box)
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(2000):
        box.addItem(f"Player {number}", number)
        label.setText(str(number))
    box.clear()
    assert sys.getrefcount(None) - before > -100
