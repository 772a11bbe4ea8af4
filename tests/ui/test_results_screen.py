"""The results screen cheers only what a round earned."""

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from quizapp.core.model import AnswerRecord, HighScore, RoundId, RoundRecord
from quizapp.ui.results_screen import ResultsScreen

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
