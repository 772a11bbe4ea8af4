"""The high-score table, by pack, mode and period, with the player's personal bests."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.formatting import count_questions, format_duration, pack_names
from quizapp.core.model import HighScore, PackId, PackInfo, PersonalBest
from quizapp.core.modes import RANKED_MODES, mode_label
from quizapp.core.periods import Period
from quizapp.ui.palette import LIGHT, Palette
from quizapp.ui.podium import Podium
from quizapp.ui.results_screen import HIGH_SCORE_HEADERS, fill_high_scores
from quizapp.ui.shortcuts import Place, bind_shortcuts, describe
from quizapp.ui.tables import read_only_table, refit
from quizapp.ui.widgets import plain_label

ALL_PACKS = -1


class HighScoresScreen(QWidget):
    """Shows the best rounds; the pack picker asks for another table."""

    filters_changed = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highScoresScreen")
        self.setAccessibleName("High scores")
        self.setAccessibleDescription("The best rounds, by pack, mode and time")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pack_box = QComboBox()
        self.pack_box.setAccessibleName("Pack")
        self.pack_box.setAccessibleDescription("Which pack's scores the table shows")
        self.pack_box.currentIndexChanged.connect(self._on_filter_index_changed)
        self.mode_box = QComboBox()
        self.mode_box.setAccessibleName("Mode")
        self.mode_box.setAccessibleDescription("Which mode's scores the table shows")
        # Practice keeps no table: it is played to learn, not against anyone.
        for mode in RANKED_MODES.values():
            self.mode_box.addItem(mode.label, mode.key)
        self.mode_box.currentIndexChanged.connect(self._on_filter_index_changed)
        self.period_box = QComboBox()
        self.period_box.setAccessibleName("When")
        self.period_box.setAccessibleDescription("How far back the table looks")
        self.period_box.setObjectName("periodBox")
        for period in (Period.ALL, Period.WEEK, Period.TODAY):
            self.period_box.addItem(period.label, period.value)
        self.period_box.currentIndexChanged.connect(self._on_filter_index_changed)
        self.seats_box = QComboBox()
        self.seats_box.setAccessibleName("Players")
        self.seats_box.setAccessibleDescription(
            "Rounds played alone, or in turns with friends at one computer"
        )
        self.seats_box.addItem("Alone", False)
        self.seats_box.addItem("With friends", True)
        self.seats_box.currentIndexChanged.connect(self._on_filter_index_changed)
        self.bests_title = plain_label(role="sectionTitle")
        self.bests_table = read_only_table(
            ("Pack", "Mode", "Score", "Right", "Time", "Date"), shares={0: 1}
        )
        self.table = read_only_table(HIGH_SCORE_HEADERS, shares={1: 1})
        self.table.setAccessibleName("Top 10")
        self.bests_table.setAccessibleName("Your personal bests")
        self.table.setAccessibleDescription("The ten best rounds of the pack and mode chosen")
        self.bests_table.setAccessibleDescription("Your best round in each pack and mode")
        self.podium = Podium()
        self._palette = LIGHT
        self.empty_label = plain_label("No finished rounds yet. Play one!", role="status")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_button = QPushButton("Back  Esc")
        describe(self.back_button, Place.HIGH_SCORES, "back")
        self.back_button.clicked.connect(self.back_requested)
        bind_shortcuts(self, Place.HIGH_SCORES, {"back": self.back_requested.emit})

        # Long pack titles get the room; the shorter boxes keep their words whole.
        self.pack_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pack_box.setMinimumContentsLength(12)
        # The pack on a row of its own: pack titles can be long; mode, period and players are short.
        filters = QGridLayout()
        for row, column, caption, box in (
            (0, 0, "Pack", self.pack_box),
            (1, 0, "Mode", self.mode_box),
            (1, 2, "When", self.period_box),
            (1, 4, "Players", self.seats_box),
        ):
            label = plain_label(caption, role="fieldCaption")
            label.setWordWrap(False)
            filters.addWidget(label, row, column)
            filters.addWidget(box, row, column + 1, 1, 5 if row == 0 else 1)
        for column in (1, 3, 5):
            filters.setColumnStretch(column, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(plain_label("High scores", role="screenTitle"))
        layout.addLayout(filters)
        layout.addWidget(self.podium)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.bests_title)
        layout.addWidget(self.bests_table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)

    def set_palette(self, palette: Palette) -> None:
        """Use a theme's colours for the podium and highlights."""
        self._palette = palette
        self.podium.set_palette(palette)

    def set_packs(self, packs: Sequence[PackInfo], current: PackId | None, mode: str) -> None:
        """List the packs to filter by, with "All packs" first, and pick the mode."""
        self.mode_box.blockSignals(True)
        self.mode_box.setCurrentIndex(max(self.mode_box.findData(mode), 0))
        self.mode_box.blockSignals(False)
        self.pack_box.blockSignals(True)
        self.pack_box.clear()
        self.pack_box.addItem("All packs", ALL_PACKS)
        names = pack_names(packs)
        for pack in packs:
            # A pack told apart from another of its title also says how many questions it has.
            name = names[pack.id]
            if name != pack.title:
                name = f"{name}  ({count_questions(pack.question_count)})"
            self.pack_box.addItem(name, pack.id)
        index = self.pack_box.findData(current) if current is not None else 0
        self.pack_box.setCurrentIndex(max(index, 0))
        self.pack_box.blockSignals(False)

    def selected_pack(self) -> PackId | None:
        """Return the pack whose table is shown, or None for every pack."""
        data = self.pack_box.currentData()
        return None if data in (None, ALL_PACKS) else PackId(int(data))

    def show_scores(self, scores: Sequence[HighScore]) -> None:
        """Show a table of best rounds."""
        fill_high_scores(self.table, scores, palette=self._palette)
        self.podium.show_top(scores)
        self.table.setVisible(bool(scores))
        self.empty_label.setVisible(not scores)

    def selected_period(self) -> Period:
        """Return how far back the table looks."""
        return Period(self.period_box.currentData())

    def show_personal_bests(self, player_name: str | None, bests: Sequence[PersonalBest]) -> None:
        """Show a player's best round in each pack and mode, or nothing without a player."""
        self.bests_title.setText(f"Personal bests: {player_name}" if player_name else "")
        self.bests_title.setVisible(bool(player_name))
        self.bests_table.setVisible(bool(bests))
        self.bests_table.setRowCount(len(bests))
        for row, best in enumerate(bests):
            cells = [
                best.pack_title,
                mode_label(best.mode),
                f"{best.score:,}",
                f"{best.correct}/{best.total}",
                format_duration(best.duration_ms),
                best.finished_at.astimezone().strftime("%d %b %Y"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.bests_table.setItem(row, column, item)
        refit(self.bests_table)
        # Short enough to leave the table of everyone's scores most of the room.
        rows_shown = min(len(bests), 4)
        table = self.bests_table
        rows = sum(table.rowHeight(row) for row in range(rows_shown))
        # The rows' own heights, which follow the text size, so none is cut and none is blank.
        frame = 2 * table.frameWidth()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + frame)

    def selected_mode(self) -> str:
        """Return the mode whose table is shown."""
        return str(self.mode_box.currentData())

    def with_friends(self) -> bool:
        """Return whether the table shown is of rounds played in turns at one computer."""
        return bool(self.seats_box.currentData())

    @Slot(int)
    def _on_filter_index_changed(self, _index: int) -> None:
        self.filters_changed.emit()
