"""The players view: add, rename, delete and switch players."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.model import Player, PlayerId
from quizapp.core.players import MAX_NAME_LENGTH
from quizapp.ui.shortcuts import Place, bind_shortcuts, describe
from quizapp.ui.widgets import plain_label


class PlayersScreen(QWidget):
    """Lists the players; the buttons ask the window to change them."""

    add_requested = Signal(str)
    rename_requested = Signal(int, str)
    delete_requested = Signal(int)
    switch_requested = Signal(int)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playersScreen")
        self.list = QListWidget()
        self.list.setAccessibleName("Players")
        self.list.setAccessibleDescription("Every player; pick one to play as, rename or delete")
        self.list.setObjectName("playerList")
        self.list.currentItemChanged.connect(self._on_current_item_changed)
        self.list.itemActivated.connect(self._on_item_activated)
        self.message = plain_label(role="formMessage")
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName("Name")
        self.name_edit.setAccessibleDescription(
            "A new player's name, or a new name for the one picked"
        )
        self.name_edit.setPlaceholderText("Name")
        # Longer input is allowed so the player hears why it is too long instead of losing it.
        self.name_edit.setMaxLength(MAX_NAME_LENGTH + 20)
        self.name_edit.textEdited.connect(lambda _text: self.message.setText(""))

        self.play_button = QPushButton("Play as this player  ⏎")
        describe(self.play_button, Place.PLAYERS, "play_as")
        self.play_button.setObjectName("primary")
        self.play_button.clicked.connect(self._on_play_clicked)
        self.add_button = QPushButton("Add new")
        self.add_button.setAccessibleDescription("Add the name typed as a new player")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.rename_button = QPushButton("Rename")
        self.rename_button.setAccessibleDescription("Give the player picked the name typed")
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.delete_button = QPushButton("Delete…  Del")
        describe(self.delete_button, Place.PLAYERS, "delete")
        self.delete_button.clicked.connect(self._on_delete_clicked)
        back = QPushButton("Back  Esc")
        describe(back, Place.PLAYERS, "back")
        back.clicked.connect(self.back_requested)
        bind_shortcuts(
            self,
            Place.PLAYERS,
            {
                "back": self.back_requested.emit,
                "delete": self._on_delete_clicked,
                "play_as": self._on_return,
            },
        )
        for button in (self.play_button, self.add_button, self.rename_button, self.delete_button):
            button.setAutoDefault(False)

        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.add_button)
        name_row.addWidget(self.rename_button)
        actions = QHBoxLayout()
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.play_button)

        card = QWidget()
        card.setObjectName("card")
        card.setMaximumWidth(620)
        inner = QVBoxLayout(card)
        inner.addWidget(plain_label("Players", role="screenTitle"))
        inner.addWidget(
            plain_label(
                "Pick a player and press Enter to play as them. Type a name to add a player "
                "or to rename the one picked. Deleting a player deletes their history too."
            )
        )
        inner.addWidget(self.list, 1)
        inner.addLayout(name_row)
        inner.addWidget(self.message)
        inner.addLayout(actions)

        bottom = QHBoxLayout()
        bottom.addWidget(back)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(card, 1, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(bottom)
        self._update_buttons()

    def set_players(self, players: Sequence[Player], current: PlayerId | None) -> None:
        """List the players and pick the current one."""
        self.list.blockSignals(True)
        self.list.clear()
        for player in players:
            item = QListWidgetItem(player.name)
            item.setData(Qt.ItemDataRole.UserRole, int(player.id))
            self.list.addItem(item)
            if player.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._update_buttons()

    def selected_player(self) -> PlayerId | None:
        """Return the player picked in the list."""
        item = self.list.currentItem()
        return None if item is None else PlayerId(int(item.data(Qt.ItemDataRole.UserRole)))

    def show_message(self, text: str) -> None:
        """Say what is wrong with the name typed, under the field."""
        self.message.setText(text)

    def focus_list(self) -> None:
        """Put the keyboard on the list of players."""
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        picked = self.selected_player() is not None
        for button in (self.play_button, self.rename_button, self.delete_button):
            button.setEnabled(picked)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_item_changed(self, *_items: object) -> None:
        self.message.setText("")
        self._update_buttons()

    @Slot(QListWidgetItem)
    def _on_item_activated(self, _item: QListWidgetItem) -> None:
        self._on_play_clicked()

    @Slot()
    def _on_add_clicked(self) -> None:
        self.add_requested.emit(self.name_edit.text())

    @Slot()
    def _on_rename_clicked(self) -> None:
        player = self.selected_player()
        if player is not None:
            self.rename_requested.emit(player, self.name_edit.text())

    @Slot()
    def _on_delete_clicked(self) -> None:
        player = self.selected_player()
        if player is not None:
            self.delete_requested.emit(player)

    @Slot()
    def _on_return(self) -> None:
        # In the name field Enter adds the name typed; anywhere else it plays as the one picked.
        if self.name_edit.hasFocus():
            self._on_add_clicked()
        else:
            self._on_play_clicked()

    @Slot()
    def _on_play_clicked(self) -> None:
        player = self.selected_player()
        if player is not None:
            self.switch_requested.emit(player)
