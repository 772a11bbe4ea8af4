"""The main window: switches between screens and passes each request to the Collection."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QByteArray, QThreadPool, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from quizapp.core.round_setup import RoundSetupError
from quizapp.errors import StoreError
from quizapp.paths import STORE_FILE
from quizapp.settings_file import read_saved
from quizapp.ui.dialogs import (
    Ask,
    AskText,
    Tell,
    ask_text,
    ask_yes_no,
    show_about_box,
    show_error,
)
from quizapp.ui.sounds import FANFARE, LAST_SECONDS, RIGHT, WRONG, Sounds
from quizapp.ui.start_screen import StartScreen
from quizapp.ui.theme import Appearance, current_appearance
from quizapp.ui.widgets import fit_to_screen, keep_from_shrinking

# Only the start screen is needed for the first paint: every other screen, and its module
# (QtCharts comes with the statistics), is loaded the first time it is shown, and the game
# session and the core's model with the store.
if TYPE_CHECKING:
    from quizapp.core.model import QuestionPool
    from quizapp.core.round import Presented
    from quizapp.session import GameSession
    from quizapp.store import Collection, SyncReport
    from quizapp.ui.facts_dialog import FactsDialog
    from quizapp.ui.help_screen import HelpScreen
    from quizapp.ui.high_scores_screen import HighScoresScreen
    from quizapp.ui.history_screen import HistoryScreen
    from quizapp.ui.packs_screen import PacksScreen
    from quizapp.ui.palette import Palette
    from quizapp.ui.pass_screen import PassScreen
    from quizapp.ui.players_screen import PlayersScreen
    from quizapp.ui.progress_presenter import ProgressPresenter
    from quizapp.ui.question_editor import QuestionEditor
    from quizapp.ui.question_screen import QuestionScreen
    from quizapp.ui.results_screen import ResultsScreen
    from quizapp.ui.statistics_screen import StatisticsScreen

log = logging.getLogger(__name__)


class Themed(Protocol):
    """A screen that paints with the theme's colours."""

    def set_palette(self, palette: Palette) -> None:
        """Repaint in these colours."""


ScreenT = TypeVar("ScreenT", bound=QWidget)
_Said = TypeVar("_Said")


def leaving(question: str) -> tuple[str, str]:
    """Return the title and text asking whether to leave a round: the text asks it too.

    Many desktops show no title on a dialog, so the question is not left to the title alone.
    """
    return (
        question,
        f"{question}\n\nYour answers so far are kept, and the round is shown as unfinished.",
    )


class MainWindow(QMainWindow):
    """The game window: shows the screen the session calls for and passes on what was asked."""

    store_ready = Signal()
    store_failed = Signal(str)
    round_finished = Signal(int)

    def __init__(
        self,
        data_dir: Path,
        packs_dir: Path,
        *,
        ask: Ask = ask_yes_no,
        tell: Tell = show_error,
        pack_dialogs: dict[str, Any] | None = None,
        about: Tell = show_about_box,
        ask_names: AskText = ask_text,
        appearance: Appearance | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
        db_url: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("quizapp")
        self._data_dir = data_dir
        self._packs_dir = packs_dir
        self._db_url = db_url
        self._ask: Ask = self._holding_clock(ask)
        self._tell: Tell = self._holding_clock(tell)
        self._about: Tell = self._holding_clock(about)
        self._clock = clock
        self._ask_names = ask_names
        # The players of the last hot-seat round, for Play again; empty after a round alone.
        self._hot_seat_names: list[str] = []
        # The pool and mode the start screen last listed categories for.
        self._pool_shown: tuple[QuestionPool, str] | None = None
        self.session: GameSession | None = None
        self.progress: ProgressPresenter | None = None
        self._workers = QThreadPool(self)

        self._pack_dialogs = pack_dialogs or {}
        self._themed: list[Themed] = []
        saved = read_saved(data_dir, quiet=True) or {}
        # The first paint shows the start screen's title and choosers; the rest of it, the
        # window's keys and the desktop's own look follow at once (see complete).
        self.start_screen = StartScreen(complete=False)
        self._completed = False
        self.editor: QuestionEditor | None = None
        self.facts_dialog: FactsDialog | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_screen)
        self.setCentralWidget(self.stack)

        self.start_screen.start_requested.connect(self._on_start_requested)
        self.start_screen.choice_changed.connect(self._on_start_choice_changed)
        self.start_screen.hot_seat_requested.connect(self.start_hot_seat)
        self.start_screen.high_scores_requested.connect(self.show_high_scores)
        self.start_screen.help_requested.connect(self.show_help)
        self.start_screen.packs_requested.connect(self.show_packs)
        self.start_screen.players_requested.connect(self.show_players)
        self.start_screen.history_requested.connect(self.show_history)
        self.start_screen.statistics_requested.connect(self.show_statistics)
        self._help_return: QWidget = self.start_screen
        # The look must be known before the first paint, or the window would flash and jump.
        # It is read from the file unchecked, as pydantic's import would delay the paint by
        # about 0.1 s; the checked settings follow once the store is open. A style sheet set
        # once the screen is built styles each widget once; set before, it restyles a widget
        # each time it is put into a layout.
        if appearance is None:
            appearance = current_appearance(saved, follow_desktop=False)
        else:
            appearance.restore(saved)
        self.appearance = appearance
        self.appearance.changed.connect(self._on_appearance_changed)
        self._follows_look = True
        self.sounds = Sounds(self, muted=saved.get("muted") is True)
        # The menu is there from the first paint, so that nothing below it moves; its
        # actions come with the rest.
        self._game_menu = self.menuBar().addMenu("&Game")
        self._place_window(saved.get("window_geometry"))

    def complete(self) -> None:
        """Add what the first paint goes without, once: it must not wait for any of it.

        The rest of the start screen, the window's keys and Game menu, and the desktop's own
        look (which sets up the enums of Qt's namespace, some 17 ms). The store opens after.
        """
        if self._completed:
            return
        self._completed = True
        self.appearance.follow_desktop()
        self.start_screen.complete()
        self._add_actions()

    def _place_window(self, saved: object) -> None:
        """Put the window where it was left, or at its default size on the current screen."""
        keep_from_shrinking(self)
        if (
            isinstance(saved, str)
            and saved.isascii()
            and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))
        ):
            return
        fit_to_screen(self, 1000, 700)

    def remember(self, **changes: object) -> None:
        """Save some settings, keeping the others as they are in the file."""
        from quizapp.settings import remember_settings

        if not self._data_dir.is_dir():
            return  # the store has not made the folder yet; there is nothing new to keep
        remember_settings(self._data_dir, **changes)

    @Slot()
    def toggle_motion(self) -> None:
        """Keep tiles and scores still, or let them move again, and remember it."""
        self.appearance.reduce_motion = not self.appearance.reduce_motion
        self.appearance.apply()

    @Slot()
    def toggle_sound(self) -> None:
        """Mute or unmute the sound effects, and remember it."""
        self.sounds.muted = not self.sounds.muted
        self.remember(muted=self.sounds.muted)

    @Slot()
    def _on_appearance_changed(self) -> None:
        for screen in self._themed:
            screen.set_palette(self.appearance.palette)
        if self._built("question_screen"):
            self.question_screen.animate = self.appearance.animations_on()
        look = self.appearance
        self.remember(
            theme=look.theme,
            high_contrast=look.high_contrast,
            text_scale=look.text_scale,
            reduce_motion=look.reduce_motion,
            desktop_look=look.desktop_look().value,
        )

    def _add_actions(self) -> None:
        from quizapp.ui.shortcuts import Place, bind_shortcuts

        self.actions_by_command = bind_shortcuts(
            self,
            Place.WINDOW,
            {
                "high_scores": self.show_high_scores,
                "packs": self.show_packs,
                "new_pack_from_facts": self.show_facts_dialog,
                "players": self.show_players,
                "history": self.show_history,
                "statistics": self.show_statistics,
                "play_with_friends": self.start_hot_seat,
                "check_store": self.check_store,
                "help": self.show_help,
                "about": self.show_about,
                "bigger_text": self.appearance.bigger_text,
                "smaller_text": self.appearance.smaller_text,
                "normal_text": self.appearance.reset_text,
                "next_theme": self.appearance.next_theme,
                "mute": self.toggle_sound,
                "still": self.toggle_motion,
                "quit": self.close,
            },
            menu=self._game_menu,
        )

    # Screens -------------------------------------------------------------------------------

    def _built(self, screen: str) -> bool:
        """Return whether the screen of this name has been built yet."""
        return screen in self.__dict__  # where cached_property keeps what it built

    def _add_screen(self, screen: ScreenT) -> ScreenT:
        self.stack.addWidget(screen)
        return screen

    def _follow_theme(self, screen: Themed) -> None:
        screen.set_palette(self.appearance.palette)
        self._themed.append(screen)

    @cached_property
    def question_screen(self) -> QuestionScreen:
        """The screen a question is asked on."""
        from quizapp.ui.question_screen import QuestionScreen

        screen = self._add_screen(QuestionScreen())
        self._follow_theme(screen)
        screen.animate = self.appearance.animations_on()
        screen.answered.connect(self._on_answered)
        screen.next_requested.connect(self._on_next_requested)
        screen.leave_requested.connect(self._on_leave_requested)
        screen.pause_requested.connect(self._on_pause_requested)
        screen.fifty_fifty_requested.connect(self._on_fifty_fifty_requested)
        screen.time_up.connect(self._on_time_up)
        screen.last_seconds.connect(self._on_last_seconds)
        return screen

    @cached_property
    def results_screen(self) -> ResultsScreen:
        """The screen a round ends on."""
        from quizapp.ui.results_screen import ResultsScreen

        screen = self._add_screen(ResultsScreen())
        self._follow_theme(screen)
        screen.play_again_requested.connect(self._on_play_again_requested)
        screen.menu_requested.connect(self.show_start)
        return screen

    @cached_property
    def high_scores_screen(self) -> HighScoresScreen:
        """The high-score table."""
        from quizapp.ui.high_scores_screen import HighScoresScreen

        screen = self._add_screen(HighScoresScreen())
        self._follow_theme(screen)
        screen.filters_changed.connect(self._on_score_filters_changed)
        screen.back_requested.connect(self.show_start)
        return screen

    @cached_property
    def help_screen(self) -> HelpScreen:
        """The shortcuts and how the game is played."""
        from quizapp.ui.help_screen import HelpScreen

        screen = self._add_screen(HelpScreen())
        screen.back_requested.connect(self._on_help_closed)
        return screen

    @cached_property
    def packs_screen(self) -> PacksScreen:
        """The Packs view: import, export, edit, switch packs on and off."""
        from quizapp.ui.packs_screen import PacksScreen

        # Every way to the Packs view passes through a free session, so the store is open.
        session = self.session
        if session is None:
            raise RuntimeError("the Packs view is built only once the store is open")
        screen = self._add_screen(
            PacksScreen(session.collection, ask=self._ask, tell=self._tell, **self._pack_dialogs)
        )
        screen.back_requested.connect(self.show_start)
        screen.edit_requested.connect(self._on_edit_requested)
        screen.packs_changed.connect(self.refresh_start)
        screen.facts_requested.connect(self.show_facts_dialog)
        screen.refresh()
        return screen

    @cached_property
    def players_screen(self) -> PlayersScreen:
        """The players: add, rename, delete, switch."""
        from quizapp.ui.players_screen import PlayersScreen

        screen = self._add_screen(PlayersScreen())
        screen.back_requested.connect(self.show_start)
        return screen

    @cached_property
    def history_screen(self) -> HistoryScreen:
        """A player's past rounds and their answers."""
        from quizapp.ui.history_screen import HistoryScreen

        screen = self._add_screen(HistoryScreen())
        self._follow_theme(screen)
        screen.back_requested.connect(self.show_start)
        return screen

    @cached_property
    def statistics_screen(self) -> StatisticsScreen:
        """A player's figures and charts."""
        from quizapp.ui.statistics_screen import StatisticsScreen

        screen = self._add_screen(StatisticsScreen())
        self._follow_theme(screen)
        screen.back_requested.connect(self.show_start)
        return screen

    @cached_property
    def pass_screen(self) -> PassScreen:
        """The screen a hot-seat round hands the computer over on."""
        from quizapp.ui.pass_screen import PassScreen

        screen = self._add_screen(PassScreen())
        screen.ready.connect(self._on_turn_ready)
        screen.leave_requested.connect(self._on_leave_requested)
        return screen

    # Loading -------------------------------------------------------------------------------

    @Slot()
    def check_store(self) -> None:
        """Check the store (a damaged one is kept aside and rebuilt), tell the player, reopen."""
        if self.session is not None and self.session.playing:
            return
        from quizapp.store.check import check_store

        if self.session is not None:
            self.session.collection.close()
            self.session = None
        try:
            report = check_store(self._data_dir / STORE_FILE)
        except OSError as exc:
            self._tell(self, "The store could not be checked", str(exc))
        else:
            self._tell(self, "Check store", "\n".join(report.lines()))
        self.load_store()

    def load_store(self) -> None:
        """Open the store in a worker thread; the window is already on screen meanwhile.

        The window is completed first: what the store brings goes into the whole start screen.
        """
        self.complete()
        from quizapp.ui.workers import StoreLoader

        loader = StoreLoader(self._data_dir, self._packs_dir, self, self._db_url)
        loader.signals.loaded.connect(self._on_store_loaded)
        loader.signals.failed.connect(self._on_store_failed)
        loader.start(self._workers)

    @Slot(object, object)
    def _on_store_loaded(self, collection: Collection, report: SyncReport) -> None:
        from quizapp.session import GameSession
        from quizapp.ui.progress_presenter import ProgressPresenter

        session = GameSession(collection, data_dir=self._data_dir, clock=self._clock)
        self.session = session
        self.progress = ProgressPresenter(
            session,
            self,
            ask=self._ask,
            typed_name=self.start_screen.name_box.currentText,
            parent=self,
        )
        self.progress.screen_wanted.connect(self._show_screen)
        self.progress.start_wanted.connect(self.show_start)
        self.progress.player_deleted.connect(self.start_screen.forget_name)
        if self._built("packs_screen"):
            self.packs_screen.set_collection(collection)
        from quizapp.settings import load_settings

        settings = load_settings(self._data_dir)
        self.appearance.restore(settings.model_dump())
        # The next start paints in the desktop's look as it is now.
        desktop = self.appearance.desktop_look()
        if settings.desktop_look != desktop.value:
            self.remember(desktop_look=desktop.value)
        self.sounds.muted = settings.muted
        session.offer_remembered(
            settings.round_packs or settings.round_pack,
            settings.round_mode,
            settings.round_categories,
            settings.round_difficulty,
        )
        self.start_screen.timer_box.setCurrentText(str(settings.time_limit_s))
        self.start_screen.length_box.setCurrentText(str(settings.round_length))
        self.refresh_start()
        if report.skipped_files:
            self.start_screen.status.setText(
                "Some packs could not be loaded:\n" + "\n".join(report.skipped_files)
            )
        self.store_ready.emit()

    @Slot(str)
    def _on_store_failed(self, message: str) -> None:
        log.error("%s", message)
        print(f"quizapp: {message}", file=sys.stderr)
        self.start_screen.status.setText(message)
        self.store_failed.emit(message)
        self._tell(self, "The store cannot be opened", message)

    def refresh_start(self) -> None:
        """Refill the start screen from the store."""
        self._pool_shown = None
        if self.session is not None:
            self.start_screen.set_choices(self.session.start_choices())
            self._on_start_choice_changed()

    @Slot()
    def _on_start_choice_changed(self) -> None:
        session = self._free_session()
        if session is None:
            return
        screen = self.start_screen
        pool = screen.selected_pool()
        asked = (pool, screen.selected_mode())
        # Typing a name changes nothing in the pool: it is counted again only when it changes.
        if pool.packs and asked != self._pool_shown:
            screen.show_pool(session.pool_summary(*asked), pool)
            # Categories no longer held by the packs now chosen are let go.
            pool = screen.selected_pool()
            self._pool_shown = (pool, asked[1])
        screen.show_due(session.mistakes_due(screen.name_box.currentText(), pool))

    # Navigation ----------------------------------------------------------------------------

    def _free_session(self) -> GameSession | None:
        """Return the session when the player may move between screens: loaded, no round on."""
        if self.session is None or self.session.playing:
            return None
        return self.session

    @Slot(QWidget)
    def _show_screen(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)

    @Slot()
    def show_start(self) -> None:
        """Go back to the start screen."""
        self.refresh_start()
        self.stack.setCurrentWidget(self.start_screen)
        self.start_screen.focus_name()

    @Slot()
    def show_high_scores(self) -> None:
        """Open the high-score table, on the pack last played."""
        session = self._free_session()
        if session is None:
            return
        pack, mode = session.score_table_choice()
        self.high_scores_screen.set_packs(session.collection.packs.all(), pack, mode)
        self._on_score_filters_changed()
        self.stack.setCurrentWidget(self.high_scores_screen)
        self.high_scores_screen.setFocus()

    @Slot()
    def _on_score_filters_changed(self) -> None:
        session = self._free_session()
        if session is None:
            return
        screen = self.high_scores_screen
        screen.show_scores(
            session.high_scores(
                screen.selected_pack(),
                screen.selected_mode(),
                screen.selected_period(),
                hot_seat=screen.with_friends(),
            )
        )
        screen.show_personal_bests(*session.personal_bests())

    @Slot()
    def show_players(self) -> None:
        """Open the players screen."""
        self._show_progress(lambda progress: progress.show_players())

    @Slot()
    def show_history(self) -> None:
        """Open the history screen."""
        self._show_progress(lambda progress: progress.show_history())

    @Slot()
    def show_statistics(self) -> None:
        """Open the statistics screen."""
        self._show_progress(lambda progress: progress.show_statistics())

    def _show_progress(self, show: Callable[[ProgressPresenter], None]) -> None:
        if self._free_session() is not None and self.progress is not None:
            show(self.progress)

    @Slot()
    def show_packs(self) -> None:
        """Open the Packs view."""
        if self._free_session() is None:
            return
        self.stack.setCurrentWidget(self.packs_screen)
        self.packs_screen.table.setFocus()

    @Slot(int)
    def _on_edit_requested(self, pack_id: int) -> None:
        session = self._free_session()
        if session is None:
            return
        from quizapp.core.model import PackId
        from quizapp.ui.question_editor import QuestionEditor

        self.editor = QuestionEditor(session.collection, PackId(pack_id), self, ask=self._ask)
        self.editor.saved.connect(self.packs_screen.refresh)
        self.editor.open()

    @Slot()
    def show_facts_dialog(self) -> None:
        """Open "New pack from facts"."""
        session = self._free_session()
        if session is None:
            return
        from quizapp.ui.facts_dialog import FactsDialog

        # The round the new pack starts is in the mode chosen on the start screen; the save
        # button says which.
        mode = session.mode_for_new_pack(self.start_screen.selected_mode())
        self.facts_dialog = FactsDialog(session.collection, self, play_mode=mode.label)
        self.facts_dialog.pack_saved.connect(self._on_facts_pack_saved)
        self.facts_dialog.open()

    @Slot(int)
    def _on_facts_pack_saved(self, pack_id: int) -> None:
        # "Save and play": a round of the new pack starts at once, in the mode chosen on the
        # start screen (the one the button named) or, if that mode cannot play the pack, one
        # that can, said on the first question; without a player's name, Start waits.
        session = self._free_session()
        if session is None:
            return
        from quizapp.core.model import PackId

        name = self.start_screen.name_box.currentText()
        promised = session.mode_for_new_pack(self.start_screen.selected_mode())
        mode = session.offer_pack(PackId(pack_id), name, promised.key)
        self.packs_screen.refresh()
        self.show_start()
        if name.strip():
            self._begin_round(lambda s: s.start(name, PackId(pack_id), mode.key))
            if mode is not promised and self.stack.currentWidget() is self.question_screen:
                self.question_screen.show_note(
                    f"Playing {mode.label}: {promised.label} cannot ask this pack's questions."
                )

    @Slot()
    def show_about(self) -> None:
        """Say what the game is and credit the facts its pack comes from."""
        from quizapp.ui.help_screen import about_text

        self._about(self, "About quizapp", about_text())

    @Slot()
    def show_help(self) -> None:
        """Show the shortcuts; Esc comes back to where the player was."""
        current = self.stack.currentWidget()
        if current is not None and current is not self.help_screen:
            self._help_return = current
        self.stack.setCurrentWidget(self.help_screen)
        self.help_screen.setFocus()

    @Slot()
    def _on_help_closed(self) -> None:
        self.stack.setCurrentWidget(self._help_return)
        self._help_return.setFocus()

    # Playing -------------------------------------------------------------------------------

    @Slot(str, int, str)
    def _on_start_requested(self, name: str, _pack_id: int, mode: str) -> None:
        seconds = self.start_screen.timer_box.currentText()
        length = self.start_screen.length_box.currentText()
        pool = self.start_screen.selected_pool()
        self._begin_round(lambda session: session.start(name, pool, mode, seconds, length))
        session = self.session
        if session is not None and session.playing:
            slugs = [p.slug for p in session.start_choices().packs if p.id in pool.packs]
            self.remember(
                round_pack=slugs[0] if slugs else "",
                round_packs=slugs,
                round_categories=list(pool.categories),
                round_difficulty=pool.difficulties[0].value if pool.difficulties else "",
                round_mode=mode,
                round_length=session.round_length,
                time_limit_s=session.time_limit_s,
            )

    @Slot()
    def _on_play_again_requested(self) -> None:
        if self._hot_seat_names:
            self._begin_hot_seat(self._hot_seat_names)
            return
        self._begin_round(lambda session: session.play_again())

    @Slot()
    def start_hot_seat(self) -> None:
        """Ask who plays, then start a round they take turns at."""
        if self._free_session() is None:
            return
        typed = self.start_screen.name_box.currentText().strip()
        names = self._ask_names(
            self,
            "Play with friends",
            "2 to 4 players take turns at this computer. Their names, separated by commas:",
            f"{typed}, " if typed else "",
        )
        if names is not None:
            self._begin_hot_seat([n for n in names.split(",") if n.strip()])

    def _begin_hot_seat(self, names: list[str]) -> None:
        session = self._free_session()
        pool = self.start_screen.selected_pool()
        if session is None or not pool.packs:
            return
        from quizapp.core.players import PlayerNameError

        screen = self.start_screen
        try:
            first = session.start_hot_seat(
                names,
                pool,
                screen.selected_mode(),
                screen.timer_box.currentText(),
                screen.length_box.currentText(),
            )
        except (PlayerNameError, RoundSetupError) as exc:
            self.show_start()
            screen.show_message(str(exc))
            return
        except StoreError as exc:
            self._tell(self, "Cannot start a round", str(exc))
            return
        self._hot_seat_names = names
        screen.clear_message()
        self._show_pass(first)

    def _show_pass(self, name: str) -> None:
        assert self.session is not None
        assert self.session.round is not None
        presented = self.session.round.current
        self.pass_screen.show_pass(name, presented.number, presented.total)
        self.stack.setCurrentWidget(self.pass_screen)

    @Slot()
    def _on_turn_ready(self) -> None:
        if self.session is None or self.session.hot_seat is None:
            return
        presented = self.session.begin_turn()
        self._show_question(presented)
        self.question_screen.show_seat(self.session.hot_seat.seat)
        self.stack.setCurrentWidget(self.question_screen)

    def _begin_round(self, start: Callable[[GameSession], Presented | None]) -> None:
        session = self._free_session()
        if session is None:
            return
        from quizapp.core.players import PlayerNameError
        from quizapp.session import AllCaughtUp

        self._hot_seat_names = []
        try:
            first = start(session)
        except PlayerNameError as exc:
            self.start_screen.show_message(str(exc))
            self.start_screen.focus_name()
        except AllCaughtUp as news:
            if self.stack.currentWidget() is not self.start_screen:
                self.show_start()
            self.start_screen.show_good_news(str(news))
        except RoundSetupError as exc:
            self.start_screen.show_message(str(exc))
        except StoreError as exc:
            self._tell(self, "Cannot start a round", str(exc))
        else:
            if first is not None:
                self.start_screen.clear_message()
                self._show_first_question(first)

    def _show_first_question(self, first: Presented) -> None:
        self._show_question(first)
        if self.session is not None and self.session.shortfall:
            self.question_screen.show_note(self.session.shortfall)
        self.stack.setCurrentWidget(self.question_screen)

    def _show_question(self, presented: Presented) -> None:
        assert self.session is not None
        self.question_screen.show_question(
            presented,
            self.session.score,
            time_left=self.session.time_left_ms,
            fifty_fifty=self.session.fifty_fifty_available,
            streak=self.session.streak if self.session.hot_seat is not None else None,
        )

    @Slot(str)
    def _on_answered(self, given: str) -> None:
        if self.session is None:
            return
        try:
            result = self.session.answer(given)
        except StoreError as exc:
            self._tell(self, "The answer was not saved", str(exc))
            return
        if result is not None:
            self.question_screen.show_feedback(result)
            self.sounds.play(RIGHT if result.correct else WRONG)

    @Slot()
    def _on_last_seconds(self) -> None:
        self.sounds.play(LAST_SECONDS)

    @Slot()
    def _on_time_up(self) -> None:
        if self.session is None:
            return
        try:
            result = self.session.time_out()
        except StoreError as exc:
            self._tell(self, "The answer was not saved", str(exc))
            return
        if result is not None:
            self.question_screen.show_feedback(result)
            self.sounds.play(WRONG)

    @Slot()
    def _on_pause_requested(self) -> None:
        if self.session is None or not self.session.awaiting_answer:
            return
        try:
            paused = self.session.toggle_pause()
        except StoreError as exc:
            self._tell(self, "The round cannot be paused", str(exc))
            return
        self.question_screen.set_paused(paused, self.session.time_left_ms)

    @Slot()
    def _on_fifty_fifty_requested(self) -> None:
        if self.session is None:
            return
        removed = self.session.fifty_fifty()
        if removed:
            self.question_screen.remove_options(removed)

    @Slot()
    def _on_next_requested(self) -> None:
        if self.session is None or self.session.round is None:
            return
        if self.session.awaiting_answer:
            return
        if self.session.hot_seat is not None:
            name = self.session.next_turn()
            if name is not None:
                self._show_pass(name)
            else:
                self.results_screen.show_standings(self.session.hot_seat_standings())
                self.session.abandon()
                self.stack.setCurrentWidget(self.results_screen)
            return
        following = self.session.next_question()
        if following is not None:
            self._show_question(following)
        elif self.stack.currentWidget() is self.question_screen:
            self._show_results()

    def _show_results(self) -> None:
        assert self.session is not None
        results = self.session.results()
        self.results_screen.show_round(results.record, results.top, results.standing)
        from quizapp.ui.results_screen import celebration

        if celebration(results.standing):
            self.sounds.play(FANFARE)
        self.stack.setCurrentWidget(self.results_screen)
        self.round_finished.emit(results.record.id)

    def _holding_clock(
        self, dialog: Callable[[QWidget | None, str, str], _Said]
    ) -> Callable[[QWidget | None, str, str], _Said]:
        """Wrap a modal dialog so the open question's clock stands still while it is up."""

        def held(parent: QWidget | None, title: str, text: str) -> _Said:
            session = self.session
            if session is None or not session.hold_clock():
                return dialog(parent, title, text)
            self.question_screen.timer_bar.stop()
            try:
                return dialog(parent, title, text)
            finally:
                if self.session is session and session.playing and session.awaiting_answer:
                    session.release_clock()
                    self.question_screen.set_paused(False, session.time_left_ms)

        return held

    @Slot()
    def _on_leave_requested(self) -> None:
        if self.session is None or not self.session.playing:
            return
        if self._ask(self, *leaving("Leave the round?")):
            self.session.abandon()
            self.show_start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Ask before quitting mid-round, as Esc does; then release the store."""
        if (
            self.session is not None
            and self.session.playing
            and not self._ask(self, *leaving("Quit in the middle of a round?"))
        ):
            event.ignore()
            return
        self.remember(window_geometry=bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        # A closed window no longer speaks for the look, which other windows may still change.
        if self._follows_look:
            self.appearance.changed.disconnect(self._on_appearance_changed)
            self._follows_look = False
        self._workers.waitForDone()
        if self._built("packs_screen"):
            self.packs_screen.wait_for_jobs()
        if self.facts_dialog is not None:
            self.facts_dialog.wait_for_jobs()
        if self.session is not None:
            self.session.close()
        super().closeEvent(event)
