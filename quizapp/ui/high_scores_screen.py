"""The high-score table, by pack."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.core.model import HighScore, PackId, PackInfo
from quizapp.core.modes import MODES
from quizapp.ui.results_screen import HIGH_SCORE_HEADERS, fill_high_scores, read_only_table
from quizapp.ui.widgets import plain_label

ALL_PACKS = -1


class HighScoresScreen(QWidget):
    """Shows the best rounds; the pack picker asks for another table."""

    filters_changed = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highScoresScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pack_box = QComboBox()
        self.pack_box.currentIndexChanged.connect(self._on_filter_index_changed)
        self.mode_box = QComboBox()
        for mode in MODES.values():
            self.mode_box.addItem(mode.label, mode.key)
        self.mode_box.currentIndexChanged.connect(self._on_filter_index_changed)
        self.table = read_only_table(HIGH_SCORE_HEADERS)
        self.empty_label = plain_label("No finished rounds yet. Play one!", role="status")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_button = QPushButton("Back  Esc")
        self.back_button.clicked.connect(self.back_requested)

        top = QHBoxLayout()
        top.addWidget(plain_label("High scores", role="screenTitle"))
        top.addStretch(1)
        top.addWidget(plain_label("Pack"))
        top.addWidget(self.pack_box)
        top.addWidget(plain_label("Mode"))
        top.addWidget(self.mode_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)

    def set_packs(self, packs: Sequence[PackInfo], current: PackId | None, mode: str) -> None:
        """List the packs to filter by, with "All packs" first, and pick the mode."""
        self.mode_box.blockSignals(True)
        self.mode_box.setCurrentIndex(max(self.mode_box.findData(mode), 0))
        self.mode_box.blockSignals(False)
        self.pack_box.blockSignals(True)
        self.pack_box.clear()
        self.pack_box.addItem("All packs", ALL_PACKS)
        for pack in packs:
            self.pack_box.addItem(pack.title, pack.id)
        index = self.pack_box.findData(current) if current is not None else 0
        self.pack_box.setCurrentIndex(max(index, 0))
        self.pack_box.blockSignals(False)

    def selected_pack(self) -> PackId | None:
        """Return the pack whose table is shown, or None for every pack."""
        data = self.pack_box.currentData()
        return None if data in (None, ALL_PACKS) else PackId(int(data))

    def show_scores(self, scores: Sequence[HighScore]) -> None:
        """Show a table of best rounds."""
        fill_high_scores(self.table, scores)
        self.table.setVisible(bool(scores))
        self.empty_label.setVisible(not scores)

    def selected_mode(self) -> str:
        """Return the mode whose table is shown."""
        return str(self.mode_box.currentData())

    @Slot(int)
    def _on_filter_index_changed(self, _index: int) -> None:
        self.filters_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Esc goes back."""
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
        else:
            super().keyPressEvent(event)
