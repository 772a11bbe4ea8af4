"""Starting the GUI: the application object, the style, and a dialog for unexpected errors."""

from __future__ import annotations

import gc
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from quizapp.paths import assets_dir, shipped_packs_dir
from quizapp.ui.dialogs import Tell, show_error
from quizapp.ui.main_window import MainWindow
from quizapp.ui.theme import current_appearance

log = logging.getLogger(__name__)


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


class GuiThreadGarbageCollector(QObject):
    """Runs Python's cycle collector on the GUI thread only.

    Left to itself the collector runs in whichever thread happens to allocate, and when a
    worker thread frees a cycle holding a Qt object, Qt deletes that object off its thread and
    the process crashes. So automatic collection is switched off and a timer does the work.
    """

    def __init__(self, parent: QObject, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)

    @Slot()
    def collect(self) -> None:
        """Collect the generations that are due, as the automatic collector would."""
        threshold, *_ = gc.get_threshold()
        young, *_ = gc.get_count()
        if young > threshold:
            gc.collect(0)
        if gc.get_count()[1] > gc.get_threshold()[1]:
            gc.collect(1)
        if gc.get_count()[2] > gc.get_threshold()[2]:
            gc.collect(2)


def make_app() -> QApplication:
    """Return the application with the game's name, icon and style sheet."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    if app.findChild(GuiThreadGarbageCollector) is None:
        GuiThreadGarbageCollector(app)
    app.setApplicationName("quizapp")
    app.setApplicationDisplayName("quizapp")
    # Desktops match the window to assets/quizapp.desktop, and so to its icon, by this name.
    app.setDesktopFileName("quizapp")
    icon = assets_dir() / "icon.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    current_appearance()
    return app


def run_gui(data_dir: Path, *, smoke_test: bool = False) -> int:
    """Show the window first, then open the store; return the exit status."""
    app = make_app()
    status = {"code": 0}

    def tell_and_fail(_parent: QWidget | None, title: str, text: str) -> None:
        # A smoke test has nobody to close a dialog: an error ends it as a failure instead.
        print(f"{title}: {text}", file=sys.stderr)
        status["code"] = 1
        QTimer.singleShot(0, app.quit)

    tell = tell_and_fail if smoke_test else show_error
    install_error_dialog(tell)
    window = MainWindow(data_dir, shipped_packs_dir(), tell=tell)
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
    QTimer.singleShot(0, window.load_store)
    app.exec()
    return status["code"]
