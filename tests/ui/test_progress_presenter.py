import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from quizapp.core.modes import CLASSIC, CLASSIC_MODE, MISTAKES_MODE, MODES, SPEED
from quizapp.core.periods import Period
from quizapp.store import Collection
from quizapp.ui.main_window import MainWindow
from quizapp.ui.shortcuts import help_rows
from quizapp.ui.theme import current_appearance
from tests.conftest import PackFactory, choice_question
from tests.store.conftest import play
from tests.ui.conftest import Dialogs, WindowFactory


def store_of(window: MainWindow) -> Collection:
    assert window.session.collection is not None
    return window.session.collection


@pytest.fixture
def four(pack_file: PackFactory) -> Path:
    """Four questions: 1 and 3 are Cast, 2 and 4 Production (as in tests/store)."""
    return pack_file(questions=[choice_question(i) for i in range(1, 5)]).parent


def hand_counted_history(window: MainWindow) -> None:
    """The history worked out by hand in tests/store/test_stats.py."""
    collection = store_of(window)
    play(collection, "Ann", "RRWR", [1.5, 2.5, 0.5, 20])
    play(collection, "Ann", "RRRR")
    play(collection, "Ann", "WW", [3, 3])
    play(collection, "Bo", "RRRW")
    # Played through the store, not this desktop: the desktop is told who played last.
    window.session.switch_to(collection.players.for_name("Bo").id)
    window.show_start()


def answer_right(qtbot: QtBot, window: MainWindow, count: int) -> list[str]:
    """Answer count questions right by key; return their prompts."""
    asked = []
    for _ in range(count):
        presented = window.question_screen.presented
        assert presented is not None
        asked.append(presented.question.prompt)
        index = presented.options.index(presented.question.answer)
        qtbot.keyClick(window.question_screen, Qt.Key(Qt.Key.Key_1 + index))
        qtbot.keyClick(window.question_screen, Qt.Key.Key_Return)
    return asked


def test_enter_plays_as_the_remembered_player(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    collection = store_of(window)
    collection.players.add("Abe")
    sam = collection.players.add("Sam")
    window.session.switch_to(sam.id)
    window.show_start()
    assert window.start_screen.name_box.currentText() == "Sam"
    qtbot.keyClick(window.start_screen.name_edit, Qt.Key.Key_Return)
    assert window.session.round is not None
    assert collection.rounds.of_player(sam.id)


@pytest.mark.parametrize(
    ("keys", "screen"),
    [
        (Qt.Key.Key_L, "players_screen"),
        (Qt.Key.Key_R, "history_screen"),
        (Qt.Key.Key_T, "statistics_screen"),
    ],
)
def test_each_view_has_a_shortcut_from_the_start_screen_and_esc_returns(
    qtbot: QtBot, open_window: WindowFactory, keys: Qt.Key, screen: str
) -> None:
    window = open_window()
    store_of(window).players.add("Ann")
    window.show_start()
    qtbot.keyClick(window.start_screen.name_edit, keys, Qt.KeyboardModifier.ControlModifier)
    view = getattr(window, screen)
    assert window.stack.currentWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.start_screen


def test_views_stay_shut_during_a_round(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    window.start_screen.name_box.setEditText("Ann")
    qtbot.mouseClick(window.start_screen.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window.question_screen, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.question_screen


def test_the_start_screen_buttons_open_the_views(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    start = window.start_screen
    for button, view in (
        (start.players_button, window.players_screen),
        (start.history_button, window.history_screen),
        (start.statistics_button, window.statistics_screen),
    ):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is view
        window.show_start()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Type a name to play under."),
        ("    ", "Type a name to play under."),
        ("n" * 41, "A name can be at most 40 characters; this one has 41."),
        ("ANN", "There is already a player called 'Ann'."),
    ],
)
def test_bad_names_get_a_message_in_place(
    qtbot: QtBot, open_window: WindowFactory, name: str, message: str
) -> None:
    window = open_window()
    store_of(window).players.add("Ann")
    window.show_players()
    screen = window.players_screen
    screen.name_edit.setFocus()
    qtbot.keyClicks(screen.name_edit, name)
    qtbot.keyClick(screen.name_edit, Qt.Key.Key_Return)
    assert screen.message.text() == message
    assert screen.message.isVisible()
    qtbot.mouseClick(screen.rename_button, Qt.MouseButton.LeftButton)
    if name != "ANN":  # renaming Ann to ANN is only a change of case
        assert screen.message.text() == message
    assert [p.name for p in store_of(window).players.all()] in (["Ann"], ["ANN"])


def test_add_rename_and_switch_players(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    window.show_players()
    screen = window.players_screen
    screen.name_edit.setFocus()
    screen.name_edit.setText("Zoë")  # QTest types ASCII only
    qtbot.keyClick(screen.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.name_edit, "Ann")
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert [screen.list.item(i).text() for i in range(screen.list.count())] == ["Ann", "Zoë"]
    assert screen.list.currentItem().text() == "Ann"
    qtbot.keyClicks(screen.name_edit, "Annie")
    qtbot.mouseClick(screen.rename_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in store_of(window).players.all()] == ["Annie", "Zoë"]
    screen.list.setCurrentRow(1)
    qtbot.keyClick(screen.list, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.start_screen
    assert window.start_screen.name_box.currentText() == "Zoë"
    assert window.session.last_player().name == "Zoë"


def test_deleting_a_player_asks_then_removes_their_history(
    qtbot: QtBot, open_window: WindowFactory, dialogs: Dialogs, four: Path
) -> None:
    window = open_window(four)
    hand_counted_history(window)
    window.show_players()
    screen = window.players_screen
    assert screen.list.currentItem().text() == "Bo"
    screen.list.setCurrentRow(0)
    dialogs.answer = False
    qtbot.keyClick(screen.list, Qt.Key.Key_Delete)
    assert dialogs.asked == ["Delete Ann?"]
    assert len(store_of(window).players.all()) == 2
    dialogs.answer = True
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    assert [screen.list.item(i).text() for i in range(screen.list.count())] == ["Bo"]
    with sqlite3.connect(store_of(window).path) as raw:
        assert raw.execute("SELECT count(*) FROM round").fetchone()[0] == 1
        assert raw.execute("SELECT count(*) FROM answer").fetchone()[0] == 4


def test_history_lists_rounds_and_reviews_one(
    qtbot: QtBot, open_window: WindowFactory, four: Path
) -> None:
    window = open_window(four)
    hand_counted_history(window)
    window.start_screen.name_box.setEditText("Ann")
    qtbot.keyClick(window.start_screen.name_edit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    screen = window.history_screen
    assert screen.player_box.currentText() == "Ann"
    table = screen.rounds_table
    assert table.rowCount() == 3
    rows = [[table.item(r, c).text() for c in range(7)] for r in range(3)]
    assert [row[3:] for row in rows] == [
        ["0", "2 of 4 answered", "", "Unfinished"],
        ["4,600", "4/4", "0:04", "Finished"],
        ["3,100", "3/4", "0:24", "Finished"],
    ]
    assert rows[0][1:3] == ["Heartstopper", "Classic"]
    headers = [table.horizontalHeaderItem(c).text() for c in range(7)]
    assert (headers[0], headers[6]) == ("Date", "Status")
    assert all(row[0].startswith(("Today, ", "Yesterday, ")) for row in rows), rows
    answers = screen.answers_table
    # The newest round's answers show as the screen opens, without a key pressed.
    assert answers.rowCount() == 2
    assert [answers.item(r, 2).text() for r in range(2)] == ["✘ not this", "✘ not this"]
    assert "0 points, 0 of 4 right (unfinished)" in screen.review_title.text()
    # Each round picked by arrow key shows its own answers at once.
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert answers.rowCount() == 4
    assert "4,600 points, 4 of 4 right (finished)" in screen.review_title.text()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    third = [answers.item(2, c).text() for c in range(6)]
    assert third == ["3", "Question number 3?", "✘ not this", "Right 3", "0.5 s", "Explanation 3."]
    assert answers.item(3, 4).text() == "20.0 s"
    assert "3,100 points, 3 of 4 right (finished)" in screen.review_title.text()
    screen.player_box.setCurrentIndex(screen.player_box.findText("Bo"))
    assert table.rowCount() == 1
    assert answers.rowCount() == 4
    assert "3 of 4 right (finished)" in screen.review_title.text()


def test_history_shows_a_renamed_pack_under_its_title_now(
    qtbot: QtBot, open_window: WindowFactory, four: Path
) -> None:
    window = open_window(four)
    collection = store_of(window)
    play(collection, "Ann", "RRWR")
    collection.packs.rename(collection.packs.all()[0].id, "Heartstopper, the whole series")
    window.start_screen.name_box.setEditText("Ann")
    qtbot.keyClick(window.start_screen.name_edit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    screen = window.history_screen
    title = screen.rounds_table.item(0, 1)
    assert title.text() == "Heartstopper, the whole series"
    assert "Played when the pack was Heartstopper" in title.toolTip()
    qtbot.keyClick(screen.rounds_table, Qt.Key.Key_Return)
    assert screen.review_title.text().endswith(
        ", Heartstopper, the whole series: 3,100 points, 3 of 4 right (finished)"
    )


def test_statistics_show_the_hand_counted_figures_and_chart_values(
    qtbot: QtBot, open_window: WindowFactory, four: Path
) -> None:
    window = open_window(four)
    hand_counted_history(window)
    window.start_screen.name_box.setEditText("Ann")
    qtbot.keyClick(window.start_screen.name_edit, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    screen = window.statistics_screen
    assert [screen.figure(k) for k in ("rounds", "accuracy", "streak", "strongest", "weakest")] == [
        "3",
        "70%",
        "4",
        "Production (80%)",
        "Cast (60%)",
    ]
    assert screen.score_points(CLASSIC_MODE) == [(1, 3100), (2, 4600)]
    assert screen.category_bars.rows() == [("Cast", 60), ("Production", 80)]
    times = [screen.time_set.at(i) for i in range(screen.time_set.count())]
    assert times == [1, 5, 1, 2] + [0] * 6 + [1]
    assert screen.time_axis.categories()[:3] == ["0", "1", "2"]
    assert screen.time_axis.categories()[-1] == "10+"
    missed = [screen.missed_list.item(i).text() for i in range(screen.missed_list.count())]
    assert missed[0] == "Question number 3?\n    Right answer: Right 3  (missed 1 of 2)"
    screen.player_box.setCurrentIndex(screen.player_box.findText("Bo"))
    assert screen.figure("accuracy") == "75%"
    assert screen.score_points(CLASSIC_MODE) == [(1, 3300)]


@pytest.mark.parametrize(("width", "height"), [(800, 600), (1280, 800)])
def test_every_score_is_drawn_whole_inside_the_chart(
    qtbot: QtBot, open_window: WindowFactory, four: Path, width: int, height: int
) -> None:
    window = open_window(four)
    window.resize(width, height)
    collection = store_of(window)
    for pattern in ("RRWR", "WWWW", "RRRR"):
        play(collection, "Ann", pattern)
    play(collection, "Ann", "RRRR", mode=SPEED)
    window.show_start()
    window.show_statistics()
    chart = window.statistics_screen.scores_chart
    qtbot.waitUntil(lambda: chart.plotArea().width() > 0)
    drawn = 0
    for series in window.statistics_screen.score_series.values():
        # The whole marker, not only its centre: the first round sat half off the left edge.
        r = series.markerSize() / 2
        inside = chart.plotArea().adjusted(r, r, -r, -r)
        for point in series.points():
            position = chart.mapToPosition(point, series)
            assert inside.contains(position), (point.toTuple(), position.toTuple(), inside)
            drawn += 1
    assert drawn == 4


def test_chart_labels_show_pack_text_literally(
    qtbot: QtBot, open_window: WindowFactory, pack_file: PackFactory
) -> None:
    folder = pack_file(
        questions=[choice_question(i, category="<b>Bold</b> & co") for i in range(1, 5)]
    ).parent
    window = open_window(folder)
    play(store_of(window), "Ann", "RRRW")
    window.show_start()
    window.show_statistics()
    screen = window.statistics_screen
    names = screen.category_bars.findChildren(QLabel)
    assert "<b>Bold</b> & co" in [label.text() for label in names]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in names)
    assert screen.figure("strongest") == "<b>Bold</b> & co (75%)"


def test_an_empty_history_says_so(open_window: WindowFactory) -> None:
    window = open_window()
    store_of(window).players.add("Ann")
    window.show_start()
    window.show_statistics()
    screen = window.statistics_screen
    assert screen.empty_label.isVisible()
    assert screen.figure("accuracy") == "–"
    assert all(not screen.score_points(mode) for mode in screen.score_series)
    assert not screen.practice_note.isVisible()
    window.show_history()
    assert window.history_screen.empty_label.isVisible()


def test_high_scores_filter_by_period_and_show_personal_bests(
    qtbot: QtBot, open_window: WindowFactory, four: Path
) -> None:
    window = open_window(four)
    hand_counted_history(window)
    collection = store_of(window)
    with collection._engine.begin() as conn:
        conn.exec_driver_sql("UPDATE round SET finished_at = '2020-01-06 12:00' WHERE id = 2")
    window.show_high_scores()
    screen = window.high_scores_screen
    assert screen.selected_period() is Period.ALL
    assert [screen.table.item(r, 2).text() for r in range(screen.table.rowCount())] == [
        "4,600",
        "3,300",
        "3,100",
    ]
    screen.period_box.setCurrentIndex(screen.period_box.findData(Period.WEEK.value))
    assert [screen.table.item(r, 2).text() for r in range(screen.table.rowCount())] == [
        "3,300",
        "3,100",
    ]
    assert screen.bests_title.text() == "Personal bests: Bo"
    assert [screen.bests_table.item(0, c).text() for c in range(4)] == [
        "Heartstopper",
        "Classic",
        "3,300",
        "3/4",
    ]


def test_results_celebrate_a_new_personal_best(
    qtbot: QtBot, open_window: WindowFactory, four: Path
) -> None:
    window = open_window(four)
    play(store_of(window), "Ann", "RWWW")
    window.show_start()
    window.start_screen.name_box.setEditText("Ann")
    qtbot.mouseClick(window.start_screen.start_button, Qt.MouseButton.LeftButton)
    answer_right(qtbot, window, 4)
    assert window.results_screen.rank_label.text() == (
        "New high score: number 1 in the top 10! New personal best, up from 1,000!"
    )


def test_practise_mistakes_with_nothing_due_is_good_news_not_an_error(
    qtbot: QtBot, open_window: WindowFactory, dialogs: Dialogs
) -> None:
    window = open_window()
    start = window.start_screen
    start.name_box.setEditText("Ann")
    start.mode_box.setCurrentIndex(start.mode_box.findData(MISTAKES_MODE))
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    assert dialogs.told == [], "no error box"
    assert start.message.text().startswith("All caught up")
    assert start.message.property("tone") == "news"
    assert window.stack.currentWidget() is start


def test_help_lists_the_new_shortcuts_and_the_schedule(open_window: WindowFactory) -> None:
    window = open_window()
    keys = {keys for _where, keys, _what in help_rows()}
    assert {"Ctrl+P", "Ctrl+R", "Ctrl+T", "Del"} <= keys
    labels = window.help_screen.findChildren(type(window.start_screen.message))
    assert any("1, 3, 7, 14 days" in label.text() for label in labels)


def test_a_practise_mistakes_round_asks_only_what_was_missed_and_is_not_ranked(
    qtbot: QtBot, open_window: WindowFactory, four: Path
) -> None:
    window = open_window(four)
    play(store_of(window), "Ann", "RWRW")
    window.show_start()
    start = window.start_screen
    start.name_box.setEditText("Ann")
    start.mode_box.setCurrentIndex(start.mode_box.findData(MISTAKES_MODE))
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    assert window.session.round is not None
    asked = answer_right(qtbot, window, 2)
    assert sorted(asked) == ["Question number 2?", "Question number 4?"]
    results = window.results_screen
    assert window.stack.currentWidget() is results
    # A first practice round once cheered "New high score: number 1 in the top 10!".
    assert not results.rank_label.isVisible()
    assert results.scores_title.text() == "Not ranked"
    assert results.unranked_note.isVisible()
    assert not results.scores_table.isVisible()
    assert not results.podium.isVisible()
    window.show_high_scores()
    modes = window.high_scores_screen.mode_box
    labels = [modes.itemText(i) for i in range(modes.count())]
    assert "Practise mistakes" not in labels
    assert "Classic" in labels
    assert window.high_scores_screen.selected_mode() == CLASSIC_MODE


def test_the_score_chart_draws_each_mode_on_its_own_line(
    open_window: WindowFactory, four: Path
) -> None:
    window = open_window(four)
    collection = store_of(window)
    play(collection, "Ann", "RRRR")
    play(collection, "Ann", "W", count=1)
    play(collection, "Ann", "R", count=1, mode=MODES[MISTAKES_MODE])
    window.start_screen.name_box.setEditText("Ann")
    window.show_statistics()
    screen = window.statistics_screen
    assert screen.score_points(CLASSIC_MODE) == [(1, 4600), (2, 0)]
    assert MISTAKES_MODE not in screen.score_series, "practice is not drawn among scores"
    assert screen.practice_note.isVisible()
    assert screen.figure("rounds") == "3"
    assert screen.practice_note.text().startswith("1 of these rounds practised mistakes:")


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_personal_bests_show_whole_with_no_blank_row_at_any_text_size(
    qtbot: QtBot, open_window: WindowFactory, four: Path, scale: float
) -> None:
    appearance = current_appearance()
    appearance.set_text_scale(scale)
    try:
        window = open_window(four)
        session = window.session
        assert session is not None
        pack = store_of(window).packs.all()[0].id
        for mode in (CLASSIC, SPEED):
            presented = session.start("Ann", pack, mode.key)
            while presented is not None:
                session.answer(presented.question.answer)
                presented = session.next_question()
        window.show_start()
        window.start_screen.name_box.setEditText("Ann")
        window.show_high_scores()
        table = window.high_scores_screen.bests_table
        assert table.rowCount() == 2
        qtbot.waitUntil(lambda: table.viewport().height() > 0)
        rows_end = table.rowViewportPosition(1) + table.rowHeight(1)
        assert rows_end <= table.viewport().height(), "the last best is cut off"
        assert table.viewport().height() - rows_end <= 2, "no blank row below the bests"
    finally:
        appearance.set_text_scale(1.0)
