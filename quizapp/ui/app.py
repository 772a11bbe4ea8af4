"""Starting the GUI: the application object, the style, and a dialog for unexpected errors."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from quizapp.paths import assets_dir, shipped_packs_dir
from quizapp.ui.dialogs import Tell, show_error
from quizapp.ui.main_window import MainWindow

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


def install_error_dialog() -> None:
    """Show unexpected errors in a dialog and the log instead of a bare traceback."""
    sys.excepthook = error_hook()


def make_app() -> QApplication:
    """Return the application with the game's name, icon and style sheet."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("quizapp")
    app.setApplicationDisplayName("quizapp")
    icon = assets_dir() / "icon.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    style = assets_dir() / "style.qss"
    if style.exists():
        # Style sheets resolve url() against the working directory, so give them a full path.
        sheet = style.read_text(encoding="utf-8").replace("@ASSETS@", assets_dir().as_posix())
        app.setStyleSheet(sheet)
    return app


def run_gui(data_dir: Path, *, smoke_test: bool = False) -> int:
    """Show the window first, then open the store; return the exit status."""
    app = make_app()
    install_error_dialog()
    window = MainWindow(
        data_dir,
        shipped_packs_dir(),
        tell=(lambda _p, title, text: print(f"{title}: {text}", file=sys.stderr))
        if smoke_test
        else show_error,
    )
    window.show()
    window.start_screen.focus_name()
    status = {"code": 0}
    if smoke_test:

        def loaded() -> None:
            packs = window.collection.packs() if window.collection else []
            playable = sum(p.question_count for p in packs if p.enabled)
            print(f"smoke test: {len(packs)} packs, {playable} questions ready")
            status["code"] = 0 if playable else 1
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
