"""The players, history and statistics views, wired between the window and its Collection."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from quizapp.core.model import PlayerId, RoundId
from quizapp.core.players import PlayerNameError
from quizapp.errors import StoreError
from quizapp.ui.dialogs import Ask
from quizapp.ui.history_screen import HistoryScreen
from quizapp.ui.players_screen import PlayersScreen
from quizapp.ui.statistics_screen import StatisticsScreen

if TYPE_CHECKING:
    from quizapp.store import Collection
    from quizapp.ui.main_window import MainWindow


class ProgressViews(QObject):
    """Adds the three views to the window's stack and answers their requests."""

    def __init__(self, window: MainWindow, ask: Ask) -> None:
        super().__init__(window)
        self._ask = ask
        self.players_screen = PlayersScreen()
        self.history_screen = HistoryScreen()
        self.statistics_screen = StatisticsScreen()
        for screen in (self.players_screen, self.history_screen, self.statistics_screen):
            window.stack.addWidget(screen)
            screen.back_requested.connect(window.show_start)

        start = window.start_screen
        start.players_requested.connect(self.show_players)
        start.history_requested.connect(self.show_history)
        start.statistics_requested.connect(self.show_statistics)
        self.players_screen.add_requested.connect(self._on_add_requested)
        self.players_screen.rename_requested.connect(self._on_rename_requested)
        self.players_screen.delete_requested.connect(self._on_delete_requested)
        self.players_screen.switch_requested.connect(self._on_switch_requested)
        self.history_screen.player_changed.connect(self._on_history_player_changed)
        self.history_screen.round_opened.connect(self._on_round_opened)
        self.statistics_screen.player_changed.connect(self._on_statistics_player_changed)

    @property
    def _window(self) -> MainWindow:
        # The window is our Qt parent; holding it in an attribute as well would make a
        # reference cycle, and Python's collector may then free the window's widgets from
        # whichever thread it happens to run in, such as the store loader's.
        return cast("MainWindow", self.parent())

    def _collection(self) -> Collection | None:
        """Return the store when a view may open: loaded, and no round being played."""
        window = self._window
        if window.play is not None and not window.play.finished:
            return None
        return window.collection

    def current_player(self) -> PlayerId | None:
        """Return the player named on the start screen, else the last one to play."""
        collection = self._window.collection
        if collection is None:
            return None
        try:
            named = collection.player_named(self._window.start_screen.name_box.currentText())
        except PlayerNameError:
            named = None
        player = named or collection.last_player()
        return None if player is None else player.id

    def _open(self, screen: QWidget) -> None:
        self._window.stack.setCurrentWidget(screen)

    # Players -------------------------------------------------------------------------------

    @Slot()
    def show_players(self) -> None:
        """Open the players view on the current player."""
        if self._collection() is None:
            return
        self._refresh_players(self.current_player())
        self.players_screen.name_edit.clear()
        self.players_screen.show_message("")
        self._open(self.players_screen)
        self.players_screen.focus_list()

    def _refresh_players(self, current: PlayerId | None) -> None:
        collection = self._window.collection
        if collection is not None:
            self.players_screen.set_players(collection.players(), current)

    @Slot(str)
    def _on_add_requested(self, name: str) -> None:
        collection = self._collection()
        if collection is None:
            return
        try:
            player = collection.add_player(name)
        except PlayerNameError as exc:
            self.players_screen.show_message(str(exc))
            return
        self.players_screen.name_edit.clear()
        self._refresh_players(player.id)
        self.players_screen.show_message("")

    @Slot(int, str)
    def _on_rename_requested(self, player_id: int, name: str) -> None:
        collection = self._collection()
        if collection is None:
            return
        try:
            player = collection.profiles.rename(PlayerId(player_id), name)
        except (PlayerNameError, StoreError) as exc:
            self.players_screen.show_message(str(exc))
            return
        self.players_screen.name_edit.clear()
        self._refresh_players(player.id)

    @Slot(int)
    def _on_delete_requested(self, player_id: int) -> None:
        collection = self._collection()
        if collection is None:
            return
        name = next((p.name for p in collection.players() if p.id == player_id), None)
        if name is None:
            return
        rounds = len(collection.rounds_of(PlayerId(player_id)))
        if not self._ask(
            self._window,
            f"Delete {name}?",
            f"This deletes {name} and their history: {rounds} rounds and every answer in them. "
            "It cannot be undone.",
        ):
            return
        collection.profiles.delete(PlayerId(player_id))
        if self._window.start_screen.name_box.currentText() == name:
            self._window.start_screen.name_box.setEditText("")
        self._refresh_players(None)
        self.players_screen.show_message("")

    @Slot(int)
    def _on_switch_requested(self, player_id: int) -> None:
        collection = self._collection()
        if collection is None:
            return
        try:
            collection.profiles.switch_to(PlayerId(player_id))
        except StoreError as exc:
            self.players_screen.show_message(str(exc))
            return
        self._window.show_start()

    # History -------------------------------------------------------------------------------

    @Slot()
    def show_history(self) -> None:
        """Open the history of the current player."""
        collection = self._collection()
        if collection is None:
            return
        self.history_screen.set_players(collection.players(), self.current_player())
        self._on_history_player_changed()
        self._open(self.history_screen)
        self.history_screen.focus_rounds()

    @Slot()
    def _on_history_player_changed(self) -> None:
        collection = self._window.collection
        player = self.history_screen.selected_player()
        if collection is not None:
            self.history_screen.show_rounds([] if player is None else collection.rounds_of(player))

    @Slot(int)
    def _on_round_opened(self, round_id: int) -> None:
        collection = self._window.collection
        if collection is not None:
            self.history_screen.show_review(collection.round_record(RoundId(round_id)))

    # Statistics ----------------------------------------------------------------------------

    @Slot()
    def show_statistics(self) -> None:
        """Open the statistics of the current player."""
        collection = self._collection()
        if collection is None:
            return
        self.statistics_screen.set_players(collection.players(), self.current_player())
        self._on_statistics_player_changed()
        self._open(self.statistics_screen)
        self.statistics_screen.setFocus()

    @Slot()
    def _on_statistics_player_changed(self) -> None:
        collection = self._window.collection
        player = self.statistics_screen.selected_player()
        if collection is not None and player is not None:
            self.statistics_screen.show_statistics(collection.stats.player_statistics(player))
