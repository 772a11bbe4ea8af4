"""The history view: a player's rounds, and any round opened to review each answer."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.formatting import (
    format_day,
    format_duration,
    format_given,
    format_right,
    format_seconds,
    format_status,
)
from quizapp.core.model import Player, PlayerId, RoundId, RoundRecord
from quizapp.core.modes import mode_label
from quizapp.ui.palette import LIGHT, Palette
from quizapp.ui.player_views import PlayerPicker, add_back_button, player_view_layout
from quizapp.ui.results_screen import answer_colour
from quizapp.ui.shortcuts import Place, bind_shortcuts
from quizapp.ui.tables import read_only_table, refit
from quizapp.ui.widgets import plain_label, plain_tooltip

ROUND_HEADERS = ("Date", "Pack", "Mode", "Score", "Right", "Time", "Status")
ANSWER_HEADERS = ("#", "Question", "Your answer", "Right answer", "Time", "Explanation")


class HistoryScreen(QWidget):
    """Every round of one player; Enter or a double click opens one for review."""

    player_changed = Signal()
    round_opened = Signal(int)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyScreen")
        self.player_box = PlayerPicker()
        self.player_box.currentIndexChanged.connect(self._on_player_index_changed)
        self.rounds_table = read_only_table(ROUND_HEADERS, shares={1: 1})
        self.rounds_table.setAccessibleName("Rounds")
        self.rounds_table.setAccessibleDescription("The round picked shows its answers below")
        self.rounds_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rounds_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rounds_table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.rounds_table.itemActivated.connect(self._on_round_activated)
        self.rounds_table.currentCellChanged.connect(self._on_current_cell_changed)
        self.answers_table = read_only_table(
            ANSWER_HEADERS, shares={1: 3, 2: 2, 3: 2, 5: 3}, wrap_rows=True
        )
        self._palette = LIGHT
        self.review_title = plain_label(role="status")
        self.empty_label = plain_label("No rounds yet.", role="status")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._round_ids: list[RoundId] = []

        review = QWidget()
        review_layout = QVBoxLayout(review)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.addWidget(self.review_title)
        review_layout.addWidget(self.answers_table, 1)
        rounds = QWidget()
        rounds_layout = QVBoxLayout(rounds)
        rounds_layout.setContentsMargins(0, 0, 0, 0)
        rounds_layout.addWidget(self.rounds_table, 1)
        rounds_layout.addWidget(self.empty_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(rounds)
        self.splitter.addWidget(review)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        self.answers_table.setAccessibleName("Answers in the round")
        self.answers_table.setAccessibleDescription("Each question of the round and your answer")
        layout = player_view_layout(self, "History", self.player_box)
        layout.addWidget(self.splitter, 1)
        add_back_button(layout, self.back_requested.emit, Place.HISTORY)
        bind_shortcuts(
            self, Place.HISTORY, {"back": self.back_requested.emit, "review": self.open_current}
        )

    def set_palette(self, palette: Palette) -> None:
        """Use a theme's colours for right and wrong answers."""
        self._palette = palette

    def set_players(self, players: Sequence[Player], current: PlayerId | None) -> None:
        """List the players whose history can be shown."""
        self.player_box.set_players(players, current)

    def selected_player(self) -> PlayerId | None:
        """Return the player whose history is shown."""
        return self.player_box.selected()

    def show_rounds(self, rounds: Sequence[RoundRecord]) -> None:
        """List rounds, newest first; unfinished ones are marked."""
        table = self.rounds_table
        table.blockSignals(True)
        table.clearContents()
        table.setRowCount(len(rounds))
        self._round_ids = [r.id for r in rounds]
        for row, record in enumerate(rounds):
            cells = [
                format_day(record.started_at),
                record.pack_title,
                mode_label(record.mode),
                f"{record.score:,}",
                format_right(record),
                format_duration(record.duration_ms) if record.duration_ms is not None else "",
                format_status(record),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (3, 4, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not record.finished:
                    item.setForeground(QBrush(answer_colour(self._palette, False)))
                if column == 1 and record.played_as is not None:
                    item.setToolTip(plain_tooltip(f"Played when the pack was {record.played_as}"))
                table.setItem(row, column, item)
        if rounds:
            table.setCurrentCell(0, 0)
        refit(table)
        table.blockSignals(False)
        table.setVisible(bool(rounds))
        self.empty_label.setVisible(not rounds)
        self.answers_table.setRowCount(0)
        self.review_title.setText("")
        # The newest round is picked, and its answers shown, as the screen opens.
        self.open_current()

    def show_review(self, record: RoundRecord) -> None:
        """Show every answer of one round: what was asked, answered, right, and how fast."""
        status = format_status(record).lower()
        self.review_title.setText(
            f"{format_day(record.started_at)}, {record.pack_title}: {record.score:,} points, "
            f"{record.correct} of {record.total} right ({status})"
        )
        table = self.answers_table
        table.setRowCount(len(record.answers))
        for row, answer in enumerate(record.answers):
            given = QTableWidgetItem(("✔ " if answer.correct else "✘ ") + format_given(answer))
            given.setForeground(QBrush(answer_colour(self._palette, answer.correct)))
            items = [
                QTableWidgetItem(str(answer.position)),
                QTableWidgetItem(answer.prompt),
                given,
                QTableWidgetItem(answer.right_answer),
                QTableWidgetItem(format_seconds(answer.ms)),
                QTableWidgetItem(answer.explanation or ""),
            ]
            for column, item in enumerate(items):
                table.setItem(row, column, item)
        refit(table)

    def focus_rounds(self) -> None:
        """Put the keyboard on the list of rounds."""
        self.rounds_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_current(self) -> None:
        """Ask to review the round picked in the list."""
        row = self.rounds_table.currentRow()
        if 0 <= row < len(self._round_ids):
            self.round_opened.emit(int(self._round_ids[row]))

    @Slot(int)
    def _on_player_index_changed(self, _index: int) -> None:
        self.player_changed.emit()

    @Slot(QTableWidgetItem)
    def _on_round_activated(self, _item: QTableWidgetItem) -> None:
        self.open_current()

    @Slot(int, int, int, int)
    def _on_current_cell_changed(self, row: int, _col: int, previous: int, _pcol: int) -> None:
        # The answers follow the round picked, by arrow key or click, without a further key.
        if row != previous:
            self.open_current()
