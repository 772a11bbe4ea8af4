"""The results screen cheers only what a round earned."""

from datetime import UTC, datetime

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from quizapp.core.model import AnswerRecord, HighScore, RoundId, RoundRecord
from quizapp.ui.podium import Podium
from quizapp.ui.results_screen import ResultsScreen
from quizapp.ui.tables import read_only_table

WHEN = datetime(2026, 5, 1, 20, 0, tzinfo=UTC)


def test_a_round_of_no_points_is_not_cheered_as_a_high_score_even_alone_in_the_table(
    qtbot: QtBot,
) -> None:
    screen = ResultsScreen()
    qtbot.addWidget(screen)
    missed = AnswerRecord(1, "Who wrote Heartstopper?", (), "Tolkien", "Alice Oseman", False, 900)
    record = RoundRecord(
        RoundId(7), "Ann", "Heartstopper", "classic", 0, 0, 1, WHEN, WHEN, (missed,), 900
    )
    alone = HighScore(1, RoundId(7), "Ann", "Heartstopper", 0, 0, 1, 900, WHEN)
    screen.show_round(record, [alone])
    screen.show()
    assert screen.headline.text() == "0 points"
    assert screen.rank_label.text() == ""
    assert not screen.rank_label.isVisible()


def test_podium_names_break_between_words_and_a_word_too_wide_ends_the_name_with_an_ellipsis(
    qtbot: QtBot,
) -> None:
    podium = Podium()
    qtbot.addWidget(podium)
    names = ["Maximiliana Featherstonehaugh-Wolfington", "Bartholomew Okonkwo-Vanderbilt", "Jo"]
    podium.show_top(
        [
            HighScore(n + 1, RoundId(n), name, "Pack", 100, 1, 1, 900, WHEN)
            for n, name in enumerate(names)
        ]
    )
    podium.show()
    label = podium.names[2]
    wide_enough = label.fontMetrics().horizontalAdvance("Bartholomew") + 8
    podium.resize(3 * wide_enough + 12, 200)
    qtbot.waitUntil(lambda: label.width() >= wide_enough - 4)
    lines = label.text().split("\n")
    for word in ("Bartholomew", "Okonkwo-", "Vanderbilt"):  # each fits a line: none is broken
        assert any(word in line for line in lines), lines
    assert label.toolTip() == "", "a name shown whole needs no tooltip"
    winner = podium.names[1]
    metrics, width = winner.fontMetrics(), winner.contentsRect().width()
    assert metrics.horizontalAdvance("Featherstonehaugh-") > width
    lines = winner.text().split("\n")
    assert lines[0] == "Maximiliana"
    assert len(lines) == 2
    assert lines[1].endswith("…")
    assert "Featherstonehaugh-".startswith(lines[1][:-1]), "the word is cut at its end only"
    assert metrics.horizontalAdvance(lines[1]) <= width
    assert "Maximiliana Featherstonehaugh-Wolfington" in winner.toolTip()
    assert [p[1] for p in podium.standings()] == names


def test_a_wrapping_table_column_is_never_narrower_than_its_longest_word(qtbot: QtBot) -> None:
    """As the top 10 beside the answers at 800x600: a long name wraps, no word is cut."""
    table = read_only_table(("#", "Player", "Score"), shares={1: 1}, wrap_rows=True)
    qtbot.addWidget(table)
    table.setRowCount(1)
    for column, text in enumerate(("1", "Maximiliana Featherstonehaugh-Wolfington", "10,600")):
        item = QTableWidgetItem(text)
        font = item.font()
        font.setBold(True)  # the round just played stands out in bold
        item.setFont(font)
        table.setItem(0, column, item)
    table.resize(table.fontMetrics().horizontalAdvance("Featherstone") + 120, 200)
    table.show()
    qtbot.waitExposed(table)
    metrics = QFontMetrics(table.item(0, 1).font())
    assert table.columnWidth(1) > metrics.horizontalAdvance("Featherstonehaugh-")
    assert table.horizontalScrollBar().maximum() > 0, "the table scrolls sideways instead"


def test_the_podium_shows_only_the_places_someone_took(qtbot: QtBot) -> None:
    podium = Podium()
    qtbot.addWidget(podium)
    alone = HighScore(1, RoundId(1), "Ann", "Pack", 100, 1, 1, 900, WHEN)
    podium.show_top([alone])
    podium.show()
    assert podium.steps[1].isVisible()
    assert podium.names[1].name() == "Ann"
    assert not any(podium.steps[place].isVisible() for place in (2, 3)), "empty places"
    assert podium.standings() == [(1, "Ann", "100")]
    width = podium.steps[1].width()
    podium.show_top([alone, HighScore(2, RoundId(2), "Bo", "Pack", 80, 1, 1, 800, WHEN)])
    assert podium.steps[2].isVisible()
    assert not podium.steps[3].isVisible()
    assert podium.steps[1].width() == width, "the winner's step keeps its size"
    assert podium.standings() == [(1, "Ann", "100"), (2, "Bo", "80")]


def test_an_answer_the_time_ran_out_on_says_so_where_the_answer_would_be(qtbot: QtBot) -> None:
    screen = ResultsScreen()
    qtbot.addWidget(screen)
    late = AnswerRecord(1, "Who wrote Heartstopper?", (), "", "Alice Oseman", False, 20_000)
    wrong = AnswerRecord(2, "Who played Nick?", (), "Joe Locke", "Kit Connor", False, 900)
    record = RoundRecord(
        RoundId(7), "Ann", "Heartstopper", "speed", 0, 0, 2, WHEN, WHEN, (late, wrong), 20_900
    )
    screen.show_round(record, [])
    screen.show()
    given = [screen.answers_table.item(row, 2).text() for row in range(2)]
    assert given == ["✘ Time ran out", "✘ Joe Locke"]
