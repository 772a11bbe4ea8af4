"""A podium for the three best places: second, first and third side by side."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from quizapp.core.model import HighScore
from quizapp.ui.palette import LIGHT, Palette
from quizapp.ui.widgets import NameLabel, plain_label

# Steps in text lines: the winner stands highest.
STEP_LINES = {1: 2.6, 2: 1.9, 3: 1.4}
PLACES = (2, 1, 3)


class Step(QWidget):
    """One step of the podium, numbered with its place."""

    def __init__(self, place: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.place = place
        self._palette = LIGHT
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.polish_height()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Keep the step's height in lines when the text size changes."""
        if event.type() == QEvent.Type.FontChange:
            self.polish_height()
        super().changeEvent(event)

    def set_palette(self, palette: Palette) -> None:
        """Paint in a theme's colours."""
        self._palette = palette
        self.update()

    def polish_height(self) -> None:
        """Take the height of the place, in lines of the current text size."""
        self.setFixedHeight(int(self.fontMetrics().height() * STEP_LINES[self.place]))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Draw the step and its number."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self.fontMetrics().height() * 0.4
        painter.setBrush(QColor(self._palette.podium[self.place - 1]))
        border = self._palette.border if self._palette.name == "high-contrast" else None
        painter.setPen(QColor(border) if border else Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, 0), radius, radius)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(self._palette.on_podium))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), str(self.place))
        painter.end()


class Podium(QWidget):
    """The top three of a high-score table, with names and scores over their steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("podium")
        self.steps: dict[int, Step] = {}
        self.names: dict[int, NameLabel] = {}
        self.scores: dict[int, QLabel] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for place in PLACES:
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addStretch(1)
            name = NameLabel(role="podiumName")
            name.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            score = plain_label(role="podiumScore")
            score.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            for label in (name, score):
                # Equal steps whatever the names: the labels take the width they are given.
                policy = label.sizePolicy()
                policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
                label.setSizePolicy(policy)
            step = Step(place)
            column.addWidget(name)
            column.addWidget(score)
            column.addWidget(step)
            row.addLayout(column, 1)
            self.names[place] = name
            self.scores[place] = score
            self.steps[place] = step

    def set_palette(self, palette: Palette) -> None:
        """Paint the steps in a theme's colours."""
        for step in self.steps.values():
            step.set_palette(palette)

    def show_top(self, scores: Sequence[HighScore]) -> None:
        """Put the three best places on the podium; a place nobody took shows no step.

        Rounds with equal scores share their place and stand on one step together.
        """
        for place in PLACES:
            sharing = [s for s in scores if s.rank == place]
            entry = sharing[0] if sharing else None
            self.names[place].set_name(", ".join(s.player_name for s in sharing))
            self.scores[place].setText(f"{entry.score:,}" if entry else "")
            for widget in (self.names[place], self.scores[place], self.steps[place]):
                # The steps taken keep their width and place, whoever is missing.
                policy = widget.sizePolicy()
                policy.setRetainSizeWhenHidden(True)
                widget.setSizePolicy(policy)
                widget.setVisible(entry is not None)
        self.setVisible(bool(scores))

    def standings(self) -> list[tuple[int, str, str]]:
        """Return (place, name, score) of the places shown, first place first."""
        return [
            (p, self.names[p].name(), self.scores[p].text())
            for p in sorted(PLACES)
            if not self.steps[p].isHidden()
        ]
