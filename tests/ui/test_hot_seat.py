"""Two friends at one computer: turns, the pass screen, timed turns and the podium."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quizapp.cli import main
from quizapp.core.modes import CLASSIC_MODE, SPEED_MODE
from quizapp.ui.main_window import MainWindow
from tests.clock import FakeClock
from tests.ui.conftest import WindowFactory

KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)


def names_said(text: str):  # type: ignore[no-untyped-def]
    def ask(_parent: QWidget | None, _title: str, _label: str, _typed: str) -> str:
        return text

    return ask


def key_for(window: MainWindow, right: bool) -> Qt.Key:
    presented = window.question_screen.presented
    assert presented is not None
    answer = presented.question.answer
    index = next(i for i, o in enumerate(presented.options) if (o == answer) == right)
    return KEYS[index]


def set_up(window: MainWindow, mode: str, length: str) -> None:
    start = window.start_screen
    start.mode_box.setCurrentIndex(start.mode_box.findData(mode))
    start.length_box.setCurrentText(length)


def test_two_players_take_turns_behind_a_pass_screen_and_finish_on_a_podium(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window(ask_names=names_said("Ann, Elle"))
    set_up(window, CLASSIC_MODE, "3")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    screen, passing = window.question_screen, window.pass_screen
    seen = []
    for _question in range(3):
        for name, right in (("Ann", True), ("Elle", False)):
            assert window.stack.currentWidget() is passing
            assert passing.title.text() == f"Pass to {name}"
            # Nothing of the previous player's choice is on the pass screen.
            assert not any(w.isVisible() for w in screen.option_buttons)
            qtbot.keyClick(passing, Qt.Key.Key_Return)
            assert window.stack.currentWidget() is screen
            assert screen.progress_label.text().startswith(f"{name}: question")
            assert all(tile.property("state") == "" for tile in screen.option_buttons)
            assert screen.verdict_label.text() == ""
            presented = screen.presented
            assert presented is not None
            seen.append((name, presented.question.prompt, presented.options))
            qtbot.keyClick(screen, key_for(window, right))
            qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert [s[1:] for s in seen[0::2]] == [s[1:] for s in seen[1::2]], "the same questions"
    results = window.results_screen
    assert window.stack.currentWidget() is results
    assert results.headline.text() == "Ann wins!"
    assert results.podium.standings()[:2] == [(1, "Ann", "3,300"), (2, "Elle", "0")]
    # No one player's answers are listed: the standings, with who got how many, take the room.
    assert not results.answers_table.isVisible()
    assert results.scores_title.text() == "Standings"
    standings = results.scores_table
    assert [standings.item(0, c).text() for c in (1, 2, 3)] == ["Ann", "3,300", "3/3"]
    assert not standings.isColumnHidden(3)
    session = window.session
    assert session is not None
    ann, elle = session.players()
    assert [r.correct for r in session.rounds_of(ann.id)] == [3]
    assert [r.correct for r in session.rounds_of(elle.id)] == [0]
    hot = session.collection.stats.high_scores(mode=CLASSIC_MODE, hot_seat=True)
    assert [h.player_name for h in hot] == ["Ann", "Elle"]
    assert session.collection.stats.high_scores(mode=CLASSIC_MODE) == []
    # The window's High scores show the friends' table on asking, and rounds alone by default.
    window.show_high_scores()
    view = window.high_scores_screen
    view.mode_box.setCurrentIndex(view.mode_box.findData(CLASSIC_MODE))
    assert view.table.rowCount() == 0
    view.seats_box.setCurrentIndex(view.seats_box.findData(True))
    assert [view.table.item(r, 1).text() for r in range(view.table.rowCount())] == ["Ann", "Elle"]


def test_each_turn_of_a_timed_hot_seat_round_has_its_own_clock(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    clock = FakeClock()
    window = open_window(clock=clock, ask_names=names_said("Ann, Elle"))
    set_up(window, SPEED_MODE, "1")
    qtbot.mouseClick(window.start_screen.hot_seat_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.pass_screen, Qt.Key.Key_Return)
    clock.advance(10)
    qtbot.keyClick(window.question_screen, key_for(window, True))
    assert window.question_screen.verdict_label.text() == "Right! +750"
    qtbot.keyClick(window.question_screen, Qt.Key.Key_Return)
    clock.advance(60)  # Elle takes the keyboard: none of it counts against her
    qtbot.keyClick(window.pass_screen, Qt.Key.Key_Return)
    qtbot.keyClick(window.question_screen, key_for(window, True))
    assert window.question_screen.verdict_label.text() == "Right! +1,000"


def test_one_name_gets_a_message_and_no_round(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window(ask_names=names_said("Ann"))
    qtbot.mouseClick(window.start_screen.hot_seat_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.start_screen
    assert "2 to 4 players" in window.start_screen.message.text()
    assert window.session is not None
    assert window.session.players() == []


def test_equal_scores_share_a_place_in_the_table_on_the_podium_and_on_the_command_line(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = open_window(ask_names=names_said("Ann, Bo, Cy"))
    set_up(window, CLASSIC_MODE, "3")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    right = {"Ann": (True, True, True), "Bo": (True, False, False), "Cy": (True, False, False)}
    for question in range(3):
        for name in ("Ann", "Bo", "Cy"):
            qtbot.keyClick(window.pass_screen, Qt.Key.Key_Return)
            qtbot.keyClick(window.question_screen, key_for(window, right[name][question]))
            qtbot.keyClick(window.question_screen, Qt.Key.Key_Return)
    results = window.results_screen
    table = results.scores_table
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert sorted(rows) == [("1", "Ann"), ("2", "Bo"), ("2", "Cy")]
    podium = results.podium
    shared = podium.names[2].name()
    assert sorted(shared.split(", ")) == ["Bo", "Cy"], "both stand on the second step"
    assert not podium.steps[3].isVisible(), "nobody is third after two seconds"
    session = window.session
    assert session is not None
    slug = session.collection.packs.all()[0].slug
    assert main(["scores", "--data-dir", str(tmp_path / "data"), "--pack", slug, "--hot-seat"]) == 0
    lines = capsys.readouterr().out.splitlines()[2:]
    assert sorted(line.split()[:2] for line in lines) == [["1", "Ann"], ["2", "Bo"], ["2", "Cy"]]


def names_said_in_turn(*texts: str):  # type: ignore[no-untyped-def]
    said = list(texts)

    def ask(_parent: QWidget | None, _title: str, _label: str, _typed: str) -> str:
        return said.pop(0)

    return ask


def play_out(qtbot: QtBot, window: MainWindow) -> None:
    """Answer every question (every turn with friends), then go back to the start screen."""
    while window.stack.currentWidget() is not window.results_screen:
        if window.stack.currentWidget() is window.pass_screen:
            qtbot.keyClick(window.pass_screen, Qt.Key.Key_Return)
        qtbot.keyClick(window.question_screen, key_for(window, True))
        qtbot.keyClick(window.question_screen, Qt.Key.Key_Return)
    window.results_screen.menu_button.click()
    assert window.stack.currentWidget() is window.start_screen


def test_a_refused_set_up_is_not_still_said_after_rounds_that_started(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window(ask_names=names_said_in_turn("Alex, ALEX", "Alex, Jo"))
    start = window.start_screen
    set_up(window, CLASSIC_MODE, "1")
    start.name_box.setEditText("Sam")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert "named twice" in start.message.text()
    assert start.message.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    play_out(qtbot, window)
    assert start.message.text() == "", "the round started: the old problem is gone"


def test_a_problem_under_the_form_goes_when_the_player_changes_the_choice(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window(ask_names=names_said("Alex, ALEX"))
    start = window.start_screen
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert "named twice" in start.message.text()
    start.length_box.activated.emit(0)
    assert start.message.text() == ""


def test_after_a_round_with_friends_the_start_screen_offers_the_player_chosen_before(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window(ask_names=names_said("Alex, Jo"))
    start = window.start_screen
    set_up(window, CLASSIC_MODE, "1")
    start.name_box.setEditText("Sam")
    qtbot.keyClick(start.name_edit, Qt.Key.Key_Return)
    play_out(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    play_out(qtbot, window)
    assert start.name_box.currentText() == "Sam"
    qtbot.keyClick(start.name_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.question_screen
    assert window.session is not None
    player = window.session.last_player()
    assert player is not None
    assert player.name == "Sam", "Enter starts a round for the player shown"


def test_the_turn_line_keeps_the_question_number_on_one_line_and_shortens_a_long_name(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    long_name = "Maximiliana Featherstonehaugh-Wolfington"
    window = open_window(ask_names=names_said(f"Alex, {long_name}"))
    window.resize(1000, 700)
    window.show()
    set_up(window, CLASSIC_MODE, "10")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    label = window.question_screen.progress_label
    for seat in ("Alex", long_name):
        qtbot.keyClick(window.pass_screen, Qt.Key.Key_Return)
        qtbot.wait(10)
        text = label.text()
        assert text.endswith(": question 1 of 10")
        assert text.startswith(seat[:11])
        metrics = label.fontMetrics()
        assert label.height() < 2 * metrics.lineSpacing(), "on one line"
        assert metrics.horizontalAdvance(text) <= label.contentsRect().width(), "nothing cut"
        qtbot.keyClick(window.question_screen, key_for(window, True))
        qtbot.keyClick(window.question_screen, Qt.Key.Key_Return)
    assert long_name not in text, "the long name shortened"
