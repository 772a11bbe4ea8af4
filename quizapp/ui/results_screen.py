"""The results screen: the round's score, each answer, and where it stands in the table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.formatting import format_duration, format_given
from quizapp.core.model import HighScore, RoundId, RoundRecord, RoundStanding
from quizapp.core.modes import CLASSIC, MODES
from quizapp.ui.palette import LIGHT, Palette
from quizapp.ui.podium import Podium
from quizapp.ui.shortcuts import Place, bind_shortcuts, describe
from quizapp.ui.tables import read_only_table, refit
from quizapp.ui.widgets import plain_label


def fill_high_scores(
    table: QTableWidget,
    scores: Sequence[HighScore],
    highlight: RoundId | None = None,
    palette: Palette = LIGHT,
) -> None:
    """Fill a high-score table, highlighting one round when it is in it."""
    table.setRowCount(len(scores))
    for row, entry in enumerate(scores):
        cells = [
            str(entry.rank),
            entry.player_name,
            f"{entry.score:,}",
            f"{entry.correct}/{entry.total}",
            format_duration(entry.duration_ms),
            entry.finished_at.astimezone().strftime("%d %b %Y"),
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in (0, 2, 3, 4):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if entry.round_id == highlight:
                item.setBackground(QBrush(QColor(palette.highlight_row)))
                item.setForeground(QBrush(QColor(palette.text)))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, column, item)
    refit(table)


HIGH_SCORE_HEADERS = ("#", "Player", "Score", "Right", "Time", "Date")


def celebration(standing: RoundStanding) -> str:
    """Return what to cheer about a round: a top-10 place, a personal best, or nothing."""
    cheers = []
    if standing.top_ten_rank is not None:
        cheers.append(f"New high score: number {standing.top_ten_rank} in the top 10!")
    # A first round is trivially a best; only beating an earlier one is news.
    if standing.personal_best and standing.previous_best is not None:
        cheers.append(f"New personal best, up from {standing.previous_best:,}!")
    return " ".join(cheers)


def answer_colour(palette: Palette, correct: bool) -> QColor:
    """Return the colour of a given answer in a table (beside its ✔ or ✘ mark)."""
    return QColor(palette.right if correct else palette.wrong)


class ResultsScreen(QWidget):
    """Shows how the round went and the top ten."""

    play_again_requested = Signal()
    menu_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsScreen")
        self.setAccessibleDescription("Your score and answers for the round just played")
        self.setAccessibleName("Results")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.headline = plain_label(role="resultScore")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = plain_label(role="resultSummary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rank_label = plain_label(role="rank")
        self.rank_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.answers_table = read_only_table(
            ("#", "Question", "Your answer", "Right answer"),
            shares={1: 3, 2: 2, 3: 2},
            wrap_rows=True,
        )
        self.scores_table = read_only_table(HIGH_SCORE_HEADERS, shares={1: 1}, wrap_rows=True)
        self.answers_table.setAccessibleName("Your answers")
        self.scores_table.setAccessibleName("Top 10")
        self.answers_table.setAccessibleDescription("Each question, your answer and the right one")
        self.scores_table.setAccessibleDescription("The best rounds of this pack and mode")
        # Beside the answers there is room for who and how much; High scores has the rest.
        for column in (3, 4, 5):
            self.scores_table.setColumnHidden(column, True)
        self.podium = Podium()
        self.unranked_note = plain_label(
            "Practice rounds keep no high scores: they are played to learn, not against anyone.",
            role="status",
        )
        self._palette = LIGHT

        self.play_again_button = QPushButton("Play again  ⏎")
        describe(self.play_again_button, Place.RESULTS, "play_again")
        self.play_again_button.setObjectName("primary")
        self.play_again_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.play_again_button.clicked.connect(self.play_again_requested)
        self.menu_button = QPushButton("Main menu  Esc")
        describe(self.menu_button, Place.RESULTS, "back")
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.menu_button.clicked.connect(self.menu_requested)
        bind_shortcuts(
            self,
            Place.RESULTS,
            {"play_again": self.play_again_requested.emit, "back": self.menu_requested.emit},
        )

        tables = QHBoxLayout()
        # A round of friends lists no one player's answers: that half hides, the standings
        # take the width.
        self.answers_part = QWidget()
        left = QVBoxLayout(self.answers_part)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(plain_label("Your answers", role="sectionTitle"))
        left.addWidget(self.answers_table)
        right = QVBoxLayout()
        self.scores_title = plain_label("Top 10", role="sectionTitle")
        right.addWidget(self.scores_title)
        right.addWidget(self.podium)
        right.addWidget(self.unranked_note)
        right.addWidget(self.scores_table, 1)
        # Takes the room the table leaves when a practice round has none.
        right.addStretch(0)
        tables.addWidget(self.answers_part, 3)
        tables.addLayout(right, 2)

        buttons = QHBoxLayout()
        buttons.addWidget(self.menu_button)
        buttons.addStretch(1)
        buttons.addWidget(self.play_again_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary)
        layout.addWidget(self.rank_label)
        layout.addLayout(tables, 1)
        layout.addLayout(buttons)

    def set_palette(self, palette: Palette) -> None:
        """Use a theme's colours for marks, highlights and the podium."""
        self._palette = palette
        self.podium.set_palette(palette)

    def show_round(
        self,
        record: RoundRecord,
        top: Sequence[HighScore],
        standing: RoundStanding | None = None,
    ) -> None:
        """Show a finished round, the table it belongs to, and any record it set.

        Only the standing says what to cheer: it knows a round with no right answer sets no
        record, where a place in the table alone does not.
        """
        self.headline.setText(f"{record.score:,} points")
        self.summary.setText(
            f"{record.player_name}, you got {record.correct} of {record.total} right"
            f" in {record.pack_title}."
        )
        text = celebration(standing) if standing else ""
        self._show_answers_part(True)
        self.rank_label.setText(text)
        self.rank_label.setVisible(bool(text))
        self.answers_table.setRowCount(len(record.answers))
        for row, answer in enumerate(record.answers):
            given = QTableWidgetItem(("✔ " if answer.correct else "✘ ") + format_given(answer))
            given.setForeground(QBrush(answer_colour(self._palette, answer.correct)))
            items = [
                QTableWidgetItem(str(answer.position)),
                QTableWidgetItem(answer.prompt),
                given,
                QTableWidgetItem(answer.right_answer),
            ]
            for column, item in enumerate(items):
                self.answers_table.setItem(row, column, item)
        refit(self.answers_table)
        ranked = MODES.get(record.mode, CLASSIC).ranked
        self.scores_title.setText("Top 10" if ranked else "Not ranked")
        self.unranked_note.setVisible(not ranked)
        self.podium.setVisible(ranked)
        self.scores_table.setVisible(ranked)
        fill_high_scores(self.scores_table, top, record.id, self._palette)
        self.podium.show_top(top)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_standings(self, standings: Sequence[HighScore]) -> None:
        """Show how the players of a hot-seat round finished, on the podium and in a table."""
        winner = standings[0]
        tied = [s.player_name for s in standings if s.rank == 1]
        self.headline.setText(
            f"{winner.player_name} wins!" if len(tied) == 1 else f"A tie: {' and '.join(tied)}"
        )
        # One short line: the table beside the podium has every score.
        self.summary.setText(
            f"{len(standings)} players, {winner.total} questions each, in {winner.pack_title}."
        )
        self.rank_label.setVisible(False)
        self.answers_table.setRowCount(0)
        self._show_answers_part(False)
        self.unranked_note.setVisible(False)
        self.podium.setVisible(True)
        self.scores_table.setVisible(True)
        fill_high_scores(self.scores_table, standings, None, self._palette)
        self.podium.show_top(standings)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_answers_part(self, alone: bool) -> None:
        """Show one player's answers beside the top 10, or a round of friends' standings alone."""
        self.answers_part.setVisible(alone)
        for column in (3, 4):  # with the room, a round of friends shows who got how many, how fast
            self.scores_table.setColumnHidden(column, alone)
        title = "Top 10" if alone else "Standings"
        self.scores_title.setText(title)
        self.scores_table.setAccessibleName(title)
        self.scores_table.setAccessibleDescription(
            "The best rounds of this pack and mode" if alone else "How each player finished"
        )
