"""The Qt binding the game runs on must not corrupt Python's own objects."""

import gc
import sys

import pytest
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: nothing can drop it"
)
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


def test_objects_passed_through_qt_keep_their_references(qtbot: QtBot) -> None:
    # The same fault with an object no Python makes immortal: what the binding takes in and
    # hands back (item data, as the player lists keep ids) must come back whole and be let
    # go exactly once, on every Python the game supports.
    box = QComboBox()
    qtbot.addWidget(box)
    player = object()
    before = sys.getrefcount(player)
    for number in range(2000):
        box.addItem(f"Player {number}", player)
        assert box.itemData(number) is player
    assert sys.getrefcount(player) > before
    box.clear()
    gc.collect()
    assert sys.getrefcount(player) == before
