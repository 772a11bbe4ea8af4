"""The one table of shortcuts: it makes the menu, routes the keys and writes Help."""

from collections import Counter

from PySide6.QtGui import QKeySequence

from quizapp.ui.shortcuts import SHORTCUTS, help_rows, key_text
from tests.ui.conftest import WindowFactory


def test_no_key_means_two_things_in_one_place() -> None:
    # Qt runs neither action when two share a key where both are live.
    uses = Counter((s.place, QKeySequence(key).toString()) for s in SHORTCUTS for key in s.keys)
    assert [use for use, count in uses.items() if count > 1] == []


def test_the_menu_and_help_show_the_keys_the_table_gives(open_window: WindowFactory) -> None:
    window = open_window()
    (menu,) = [a.menu() for a in window.menuBar().actions()]
    shown = {a.text(): a.shortcut().toString() for a in menu.actions()}
    assert shown["&High scores"] == "Ctrl+H"
    assert shown["&Quit"] == "Ctrl+Q"
    table = window.help_screen.table
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert rows == help_rows()
    for shortcut in SHORTCUTS:
        if shortcut.keys:
            assert any(
                key_text(shortcut.keys) in keys and what == shortcut.what
                for _where, keys, what in rows
            ), shortcut
