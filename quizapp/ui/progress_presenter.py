"""Feeds the players, history and statistics screens from the session and acts on their requests."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from quizapp.core.model import PlayerId, RoundId
from quizapp.core.players import PlayerNameError
from quizapp.errors import StoreError
from quizapp.session import GameSession
from quizapp.ui.dialogs import Ask

if TYPE_CHECKING:
    from quizapp.ui.history_screen import HistoryScreen
    from quizapp.ui.players_screen import PlayersScreen
    from quizapp.ui.statistics_screen import StatisticsScreen


class ProgressScreens(Protocol):
    """Where the three screens come from; each may be built only when first asked for."""

    @property
    def players_screen(self) -> PlayersScreen:
        """The players screen."""

    @property
    def history_screen(self) -> HistoryScreen:
        """The history screen."""

    @property
    def statistics_screen(self) -> StatisticsScreen:
        """The statistics screen."""


class ProgressPresenter(QObject):
    """Fills the three screens a player's progress is read in and carries out their requests.

    It never touches the window: it asks for a screen to be shown with ``screen_wanted`` and
    for the start screen with ``start_wanted``.
    """

    screen_wanted = Signal(QWidget)
    start_wanted = Signal()
    player_deleted = Signal(str)

    def __init__(
        self,
        session: GameSession,
        screens: ProgressScreens,
        *,
        ask: Ask,
        typed_name: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._ask = ask
        self._typed_name = typed_name
        self._screens = screens

    # A screen is built, and heard, only when the player first opens it: the statistics
    # screen brings QtCharts with it, which a game that never shows it should not load.

    @cached_property
    def players_screen(self) -> PlayersScreen:
        """The players screen, its requests heard."""
        screen = self._screens.players_screen
        screen.add_requested.connect(self._on_add_requested)
        screen.rename_requested.connect(self._on_rename_requested)
        screen.delete_requested.connect(self._on_delete_requested)
        screen.switch_requested.connect(self._on_switch_requested)
        return screen

    @cached_property
    def history_screen(self) -> HistoryScreen:
        """The history screen, its requests heard."""
        screen = self._screens.history_screen
        screen.player_changed.connect(self._on_history_player_changed)
        screen.round_opened.connect(self._on_round_opened)
        return screen

    @cached_property
    def statistics_screen(self) -> StatisticsScreen:
        """The statistics screen, its requests heard."""
        screen = self._screens.statistics_screen
        screen.player_changed.connect(self._on_statistics_player_changed)
        return screen

    def _current_player(self) -> PlayerId | None:
        return self._session.current_player(self._typed_name())

    # Players -------------------------------------------------------------------------------

    def show_players(self) -> None:
        """Open the players screen on the current player."""
        self._refresh_players(self._current_player())
        self.players_screen.name_edit.clear()
        self.players_screen.show_message("")
        self.screen_wanted.emit(self.players_screen)
        self.players_screen.focus_list()

    def _refresh_players(self, current: PlayerId | None) -> None:
        self.players_screen.set_players(self._session.players(), current)

    @Slot(str)
    def _on_add_requested(self, name: str) -> None:
        try:
            player = self._session.add_player(name)
        except PlayerNameError as exc:
            self.players_screen.show_message(str(exc))
            return
        self.players_screen.name_edit.clear()
        self._refresh_players(player.id)
        self.players_screen.show_message("")

    @Slot(int, str)
    def _on_rename_requested(self, player_id: int, name: str) -> None:
        try:
            player = self._session.rename_player(PlayerId(player_id), name)
        except (PlayerNameError, StoreError) as exc:
            self.players_screen.show_message(str(exc))
            return
        self.players_screen.name_edit.clear()
        self._refresh_players(player.id)

    @Slot(int)
    def _on_delete_requested(self, player_id: int) -> None:
        name = next((p.name for p in self._session.players() if p.id == player_id), None)
        if name is None:
            return
        rounds = self._session.rounds_played(PlayerId(player_id))
        if not self._ask(
            self.players_screen,
            f"Delete {name}?",
            f"This deletes {name} and their history: {rounds} rounds and every answer in them. "
            "It cannot be undone.",
        ):
            return
        self._session.delete_player(PlayerId(player_id))
        self.player_deleted.emit(name)
        self._refresh_players(None)
        self.players_screen.show_message("")

    @Slot(int)
    def _on_switch_requested(self, player_id: int) -> None:
        try:
            self._session.switch_to(PlayerId(player_id))
        except StoreError as exc:
            self.players_screen.show_message(str(exc))
            return
        self.start_wanted.emit()

    # History -------------------------------------------------------------------------------

    def show_history(self) -> None:
        """Open the history of the current player."""
        self.history_screen.set_players(self._session.players(), self._current_player())
        self._on_history_player_changed()
        self.screen_wanted.emit(self.history_screen)
        self.history_screen.focus_rounds()

    @Slot()
    def _on_history_player_changed(self) -> None:
        player = self.history_screen.selected_player()
        self.history_screen.show_rounds(self._session.rounds_of(player))

    @Slot(int)
    def _on_round_opened(self, round_id: int) -> None:
        self.history_screen.show_review(self._session.round_record(RoundId(round_id)))

    # Statistics ----------------------------------------------------------------------------

    def show_statistics(self) -> None:
        """Open the statistics of the current player."""
        self.statistics_screen.set_players(self._session.players(), self._current_player())
        self._on_statistics_player_changed()
        self.screen_wanted.emit(self.statistics_screen)
        self.statistics_screen.setFocus()

    @Slot()
    def _on_statistics_player_changed(self) -> None:
        player = self.statistics_screen.selected_player()
        if player is not None:
            self.statistics_screen.show_statistics(self._session.statistics(player))
