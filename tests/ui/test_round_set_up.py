"""The round set-up on the start screen: packs, categories, difficulty, remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.core.kinds import Difficulty
from quizapp.core.modes import CLASSIC_MODE
from quizapp.ui.check_combo import CheckCombo
from quizapp.ui.main_window import MainWindow
from tests.conftest import PackFactory, choice_question
from tests.ui.conftest import WindowFactory

LEVELS = ("easy", "medium", "hard")
# An open drop-down list asks the offscreen platform for what it cannot do.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)


def shelves(pack_file: PackFactory) -> Path:
    """Write the shipped pack and two more: categories Cast and Production, levels in turn."""
    folder = pack_file().parent
    for slug in ("space", "oceans"):
        questions = [
            choice_question(n, id=f"{slug}{n}", prompt=f"{slug} {n}?", difficulty=LEVELS[n % 3])
            for n in range(1, 13)
        ]
        pack_file(folder, pack_id=slug, title=slug.title(), questions=questions)
    return folder


def click_item(qtbot: QtBot, box: CheckCombo, text: str) -> None:
    """Click an item of the open list, as a player ticks it."""
    row = box.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert row >= 0, text
    view = box.view()
    rect = view.visualRect(box.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def played_round(qtbot: QtBot, window: MainWindow, name: str = "Ann") -> list[str]:
    """Start by name and Enter; return the prompts of the round, answering each."""
    start = window.start_screen
    start.focus_name()
    qtbot.keyClicks(start.name_edit, name)
    qtbot.keyClick(start.name_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.question_screen, start.message.text()
    assert window.session is not None
    assert window.session.round is not None
    prompts = [q.prompt for q in window.session.round.questions]
    window.session.abandon()
    window.show_start()
    return prompts


def test_several_packs_ticked_in_the_open_list_are_played_together(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    window = open_window(packs_dir=shelves(pack_file))
    start = window.start_screen
    assert start.pack_box.summary().startswith("Heartstopper"), "the shipped pack first"
    start.pack_box.setCurrentIndex(start.pack_box.findText("Space", Qt.MatchFlag.MatchStartsWith))
    start.pack_box.showPopup()
    click_item(qtbot, start.pack_box, "Oceans")
    assert start.pack_box.view().isVisible(), "the list stays open for more ticks"
    start.pack_box.hidePopup()
    assert start.pack_box.summary() == "Oceans + Space"
    assert start.pool_label.text() == "24 questions"
    start.length_box.setCurrentText("20")
    prompts = played_round(qtbot, window)
    assert len(prompts) == len(set(prompts)) == 20
    assert {p.split()[0] for p in prompts} == {"space", "oceans"}
    assert window.session is not None
    (record,) = window.session.rounds_of(window.session.current_player("Ann"))
    assert record.pack_title == "Oceans + Space"


def test_categories_and_difficulty_narrow_the_round_and_a_short_pool_is_said(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    window = open_window(packs_dir=shelves(pack_file))
    start = window.start_screen
    start.pack_box.setCurrentIndex(start.pack_box.findText("Space", Qt.MatchFlag.MatchStartsWith))
    categories = start.category_box
    assert categories.summary() == "All categories"
    assert [categories.itemText(i) for i in range(categories.count())] == [
        "All categories",
        "Cast  (6)",
        "Production  (6)",
    ]
    categories.showPopup()
    categories.view().setCurrentIndex(categories.model().index(1, 0))
    qtbot.keyClick(categories.view(), Qt.Key.Key_Space)
    qtbot.keyClick(categories.view(), Qt.Key.Key_Return)
    assert not categories.view().isVisible()
    assert categories.summary() == "Cast  (6)"
    assert start.pool_label.text() == "6 questions"
    levels = [start.difficulty_box.itemText(i) for i in range(start.difficulty_box.count())]
    assert levels == ["Any difficulty", "Easy  (2)", "Medium  (2)", "Hard  (2)"]
    start.difficulty_box.setCurrentIndex(start.difficulty_box.findData("hard"))
    start.difficulty_box.activated.emit(start.difficulty_box.currentIndex())
    assert start.pool_label.text() == "2 questions"
    start.focus_name()
    qtbot.keyClicks(start.name_edit, "Ann")
    qtbot.keyClick(start.name_edit, Qt.Key.Key_Return)
    assert window.session is not None
    assert window.session.round is not None
    questions = window.session.round.questions
    assert {(q.category, q.difficulty) for q in questions} == {("Cast", Difficulty.HARD)}
    assert len(questions) == 2
    assert window.question_screen.explanation_label.text() == (
        "Only 2 questions fit this round, not 10: playing those 2."
    )


def test_the_whole_set_up_is_remembered_and_a_name_and_enter_plays_it(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory, tmp_path: Path
) -> None:
    folder = shelves(pack_file)
    window = open_window(packs_dir=folder)
    start = window.start_screen
    # The first time: ten untimed Classic questions of the shipped pack.
    assert start.mode_box.currentData() == CLASSIC_MODE
    first = played_round(qtbot, window)
    assert len(first) == 10
    assert all(p.startswith("Question number") for p in first)

    start.pack_box.setCurrentIndex(start.pack_box.findText("Space", Qt.MatchFlag.MatchStartsWith))
    start.pack_box.showPopup()
    click_item(qtbot, start.pack_box, "Oceans")
    start.pack_box.hidePopup()
    start.category_box.tick(["Production"])
    start.difficulty_box.setCurrentIndex(start.difficulty_box.findData("medium"))
    start.length_box.setCurrentText("5")
    played_round(qtbot, window)
    window.close()

    again = open_window(packs_dir=folder, data_dir=tmp_path / "data")
    start = again.start_screen
    assert start.pack_box.summary() == "Oceans + Space"
    assert start.category_box.ticked() == ["Production"]
    assert start.difficulty_box.currentData() == "medium"
    qtbot.keyClick(start.name_edit, Qt.Key.Key_Return)
    assert again.session is not None
    assert again.session.round is not None
    questions = again.session.round.questions
    assert len(questions) == 4, "4, 8 in each pack are medium Production questions"
    assert {(q.category, q.difficulty) for q in questions} == {("Production", Difficulty.MEDIUM)}


def test_the_last_pack_ticked_cannot_be_taken_away(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    box = window.start_screen.pack_box
    box.showPopup()
    click_item(qtbot, box, "Heartstopper")
    box.hidePopup()
    assert box.summary().startswith("Heartstopper")
    assert window.start_screen.selected_packs() != []


def test_the_release_of_the_click_that_opens_the_list_ticks_nothing(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    window = open_window(packs_dir=shelves(pack_file))
    box = window.start_screen.pack_box
    before = box.summary()
    box.showPopup()
    view = box.view()
    row = box.findText("Oceans", Qt.MatchFlag.MatchStartsWith)
    under_pointer = view.visualRect(box.model().index(row, 0)).center()
    # The button went down on the closed box; it comes up over an item of the list it opened.
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=under_pointer)
    assert box.summary() == before, "opening the list changed the choice"
    click_item(qtbot, box, "Oceans")
    assert "Oceans" in box.summary(), "a whole click in the open list still ticks"
    box.hidePopup()
