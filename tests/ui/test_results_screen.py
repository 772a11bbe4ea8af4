"""The results screen cheers only what a round earned."""

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from quizapp.core.model import AnswerRecord, HighScore, RoundId, RoundRecord
from quizapp.ui.podium import Podium
from quizapp.ui.results_screen import ResultsScreen
from quizapp.ui.widgets import ZERO_WIDTH_SPACE

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


def test_podium_names_break_between_words_and_inside_a_word_only_when_it_cannot_fit(
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
    assert label.text() == names[1]  # every word fits a line: none is broken
    winner = podium.names[1]
    too_wide = "Featherstonehaugh"
    assert winner.fontMetrics().horizontalAdvance(too_wide) > winner.width()
    assert ZERO_WIDTH_SPACE.join(too_wide) in winner.text()  # it may break inside that one
    assert winner.text().replace(ZERO_WIDTH_SPACE, "") == names[0]
    assert [p[1] for p in podium.standings()] == names
