"""What the history and statistics views share: a player picker, a title bar and Back."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.core.model import Player, PlayerId
from quizapp.ui.shortcuts import Place, describe
from quizapp.ui.widgets import plain_label


class PlayerPicker(QComboBox):
    """Picks whose history or statistics are shown."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("Player")
        self.setAccessibleDescription("Whose rounds are shown")

    def set_players(self, players: Sequence[Player], current: PlayerId | None) -> None:
        """List the players, picking the current one, without announcing a change."""
        self.blockSignals(True)
        self.clear()
        for player in players:
            self.addItem(player.name, int(player.id))
        self.setCurrentIndex(max(self.findData(current), 0) if current is not None else 0)
        self.blockSignals(False)

    def selected(self) -> PlayerId | None:
        """Return the player picked."""
        data = self.currentData()
        return None if data is None else PlayerId(int(data))


def player_view_layout(screen: QWidget, title: str, picker: PlayerPicker) -> QVBoxLayout:
    """Give a screen its layout, topped by its title and the player picker."""
    top = QHBoxLayout()
    top.addWidget(plain_label(title, role="screenTitle"))
    top.addStretch(1)
    top.addWidget(plain_label("Player"))
    top.addWidget(picker)
    layout = QVBoxLayout(screen)
    layout.setContentsMargins(32, 24, 32, 24)
    layout.addLayout(top)
    return layout


def add_back_button(layout: QVBoxLayout, on_back: Callable[[], object], place: Place) -> None:
    """End a screen's layout with a Back button (Esc does the same)."""
    back = QPushButton("Back  Esc")
    describe(back, place, "back")
    back.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    back.clicked.connect(on_back)
    bottom = QHBoxLayout()
    bottom.addWidget(back)
    bottom.addStretch(1)
    layout.addLayout(bottom)
