"""Starting the GUI: the application object, the style, and a dialog for unexpected errors."""

from __future__ import annotations

import gc
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from quizapp.paths import assets_dir, shipped_packs_dir
from quizapp.ui.dialogs import Tell, show_error
from quizapp.ui.main_window import MainWindow

log = logging.getLogger(__name__)


# A window that is never painted (one started minimised, say) opens its store after this long.
LOAD_AT_LATEST_MS = 1000

ErrorHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def error_hook(tell: Tell = show_error) -> ErrorHook:
    """Return an excepthook that logs the traceback and shows the player a plain dialog."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
        print(f"quizapp: unexpected error: {error}", file=sys.stderr)
        tell(
            QApplication.activeWindow(),
            "Something went wrong",
            f"{error}\n\nYour answers so far are saved. Details are in the log file.",
        )

    return hook


def install_error_dialog(tell: Tell = show_error) -> None:
    """Show unexpected errors in a dialog and the log instead of a bare traceback."""
    sys.excepthook = error_hook(tell)


class AfterFirstPaint(QObject):
    """Runs an action once, just after a widget is first painted, or after a delay at the latest.

    Work started before the first paint competes with it for the interpreter: the store's
    libraries alone take longer to import than the whole window takes to appear.
    """

    def __init__(self, widget: QWidget, action: Callable[[], None], latest_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._action: Callable[[], None] | None = action
        widget.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Run the action once the first paint event has been handled."""
        if event.type() == QEvent.Type.Paint and self._action is not None:
            # The event comes before the drawing: the action waits for the loop's next turn.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self._action is None:
            return
        action, self._action = self._action, None
        self._widget.removeEventFilter(self)
        action()


def collect_from_now_on() -> None:
    """Turn the cycle collector back on, once, leaving out what start-up made.

    What was made while it was off (some 130,000 objects: Qt's classes and enums, the modules)
    lives as long as the game. Frozen, it is never scanned again; left in, the collector's
    first round would scan it all, a pause of some 50 ms just after Start is enabled.
    """
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()


def make_app() -> QApplication:
    """Return the application with the game's name; the first window sets the look."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("quizapp")
    app.setApplicationDisplayName("quizapp")
    # Desktops match the window to assets/quizapp.desktop, and so to its icon, by this name.
    app.setDesktopFileName("quizapp")
    return app


def give_windows_the_icon(app: QApplication) -> None:
    """Give the application's windows the game's icon.

    Done once the window is painted: the icon class, drawing the SVG and handing the window
    manager its sizes take some 4 ms, and the title bar may show the icon a moment later.
    """
    from PySide6.QtGui import QIcon

    icon = assets_dir() / "icon.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def run_gui(data_dir: Path, *, smoke_test: bool = False, db_url: str | None = None) -> int:
    """Paint the window first, then open the store; return the exit status."""
    app = make_app()
    status = {"code": 0}

    def tell_and_fail(_parent: QWidget | None, title: str, text: str) -> None:
        # A smoke test has nobody to close a dialog: an error ends it as a failure instead.
        print(f"{title}: {text}", file=sys.stderr)
        status["code"] = 1
        QTimer.singleShot(0, app.quit)

    tell = tell_and_fail if smoke_test else show_error
    install_error_dialog(tell)
    window = MainWindow(data_dir, shipped_packs_dir(), tell=tell, db_url=db_url)
    window.show()
    window.start_screen.focus_name()
    if smoke_test:

        def loaded() -> None:
            packs = window.session.collection.packs.all() if window.session else []
            playable = sum(p.question_count for p in packs if p.enabled)
            print(f"smoke test: {len(packs)} packs, {playable} questions ready")
            if not playable:
                status["code"] = 1
            QTimer.singleShot(0, window.close)

        def failed(message: str) -> None:
            print(f"smoke test failed: {message}", file=sys.stderr)
            status["code"] = 1
            QTimer.singleShot(0, window.close)

        window.store_ready.connect(loaded)
        window.store_failed.connect(failed)
    # The command line starts the window with the cycle collector off; once the store is open
    # (or has failed to open) start-up is over, and it goes back on.
    window.store_ready.connect(collect_from_now_on)
    window.store_failed.connect(lambda _message: collect_from_now_on())

    def after_first_paint() -> None:
        give_windows_the_icon(app)
        window.load_store()

    AfterFirstPaint(window, after_first_paint, LOAD_AT_LATEST_MS)
    app.exec()
    return status["code"]
