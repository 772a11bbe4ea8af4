"""The start screen: its first view, the whole screen after it, and the pack picker."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.modes import CLASSIC, TYPED
from quizapp.session import GameSession
from quizapp.store import Collection
from quizapp.ui.start_screen import StartScreen
from tests.conftest import PackFactory, choice_question, facts_asked
from tests.ui.conftest import WindowFactory


def truefalse_question(number: int) -> dict[str, object]:
    return {"id": f"f{number}", "kind": "truefalse", "prompt": f"{number} is odd.", "answer": True}


def test_pack_count_is_what_the_chosen_mode_can_draw(
    qtbot: QtBot, tmp_path: Path, pack_file: PackFactory
) -> None:
    questions = [choice_question(i) for i in range(1, 4)] + [truefalse_question(i) for i in (1, 2)]
    with Collection.open(tmp_path / "data") as collection:
        collection.packs.sync_shipped(pack_file(questions=questions).parent)
        choices = GameSession(collection).start_choices()
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.set_choices(choices)
    screen.mode_box.setCurrentIndex(screen.mode_box.findData(TYPED.key))
    assert screen.pack_box.itemText(0) == "Heartstopper  (3 questions)"
    screen.mode_box.setCurrentIndex(screen.mode_box.findData(CLASSIC.key))
    assert screen.pack_box.itemText(0) == "Heartstopper  (5 questions)"


def test_a_pack_of_one_question_says_one_question(
    qtbot: QtBot, tmp_path: Path, pack_file: PackFactory
) -> None:
    with Collection.open(tmp_path / "data") as collection:
        collection.packs.sync_shipped(pack_file(questions=[choice_question(1)]).parent)
        choices = GameSession(collection).start_choices()
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.set_choices(choices)
    assert screen.pack_box.itemText(0) == "Heartstopper  (1 question)"


def test_the_tagline_says_how_many_questions_the_round_will_ask(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    start = open_window().start_screen
    assert start.tagline.text() == "10 questions. How many can you get right?"
    for typed, said in (("5", "5 questions"), ("1", "1 question"), ("", "1 question")):
        start.length_box.setCurrentText(typed)
        assert start.tagline.text() == f"{said}. How many can you get right?"


def test_the_tagline_says_a_round_of_few_facts_is_shorter(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    # Three facts, each asked three ways: a round asks each fact once, so three questions.
    questions = facts_asked(range(1, 4), 3)
    start = open_window(pack_file(questions=questions).parent).start_screen
    assert start.tagline.text() == "3 questions. How many can you get right?"
    assert "3 at most" in start.pool_label.toolTip()
    start.length_box.setCurrentText("2")
    assert start.tagline.text() == "2 questions. How many can you get right?"


def placed(screen: StartScreen) -> dict[str, tuple[int, int, int, int, bool]]:
    """Where each named part of the screen is drawn, and whether it shows."""
    parts: dict[str, tuple[int, int, int, int, bool]] = {}
    for widget in screen.findChildren(QWidget):
        if widget.objectName():
            corner = widget.mapTo(screen, widget.rect().topLeft())
            key = f"{widget.objectName()} {getattr(widget, 'text', str)()}"
            parts[key] = (
                corner.x(),
                corner.y(),
                widget.width(),
                widget.height(),
                widget.isVisible(),
            )
    return parts


@pytest.mark.parametrize("size", [(800, 600), (1000, 700)])
def test_the_screen_completed_after_its_first_paint_is_the_screen_built_whole(
    qtbot: QtBot, size: tuple[int, int]
) -> None:
    whole = StartScreen()
    first = StartScreen(complete=False)
    for screen in (whole, first):
        qtbot.addWidget(screen)
        screen.resize(*size)
        screen.show()
    # What the first paint shows: the title, the two choosers and Start, waiting for the store.
    shown = {w.objectName() for w in first.findChildren(QWidget) if w.isVisible()}
    assert {"appTitle", "tagline", "nameBox", "packBox", "primary", "status"} <= shown
    assert not first.start_button.isEnabled()
    assert first.status.text() == "Loading the question bank…"
    assert not hasattr(first, "mode_box")
    first.complete()
    qtbot.waitUntil(lambda: placed(first) == placed(whole))


def test_tab_goes_through_the_completed_screen_as_it_reads(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    start = window.start_screen
    start.mode_box.setCurrentIndex(start.mode_box.findText("Speed"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start.focus_name()
    visited: list[QWidget] = []
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget in (start.name_box, start.name_edit, *visited):
            break
        visited.append(widget)
    reading_order = [
        start.pack_box,
        start.category_box,
        start.difficulty_box,
        start.mode_box,
        start.length_box,
        start.timer_box,
        start.players_button,
        start.history_button,
        start.statistics_button,
        start.hot_seat_button,
        start.scores_button,
        start.packs_button,
        start.help_button,
        start.start_button,
    ]
    # An editable box takes the focus in its line edit; a box with nothing to offer is skipped.
    assert [
        w.parentWidget() if w in (start.length_box.lineEdit(), start.timer_box.lineEdit()) else w
        for w in visited
    ] == [w for w in reading_order if w.isEnabled()]
