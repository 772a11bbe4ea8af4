"""Fixtures that open the real main window on a temporary store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from quizapp.settings import SETTINGS_FILE, Settings, save_settings
from quizapp.ui.main_window import MainWindow
from tests.conftest import PackFactory


class Dialogs:
    """Stands in for the modal dialogs: records what was asked and answers as told."""

    def __init__(self) -> None:
        self.answer = True
        self.asked: list[str] = []
        self.asked_texts: list[str] = []
        self.told: list[tuple[str, str]] = []

    def ask(self, _parent: object, title: str, text: str) -> bool:
        self.asked.append(title)
        self.asked_texts.append(text)
        return self.answer

    def tell(self, _parent: object, title: str, text: str) -> None:
        self.told.append((title, text))


@pytest.fixture
def dialogs() -> Dialogs:
    return Dialogs()


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def open_window(
    qtbot: QtBot, tmp_path: Path, pack_file: PackFactory, dialogs: Dialogs
) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def make(
        packs_dir: Path | None = None,
        data_dir: Path | None = None,
        clock: Callable[[], float] | None = None,
        **extra: object,
    ) -> MainWindow:
        if packs_dir is None:
            packs_dir = pack_file().parent
        # Earlier tests' windows may still wait for deletion; finish that on the GUI thread.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        data = data_dir or tmp_path / "data"
        if not (data / SETTINGS_FILE).exists():
            # Verdicts and scores show at once unless a test asks for the animations.
            data.mkdir(parents=True, exist_ok=True)
            save_settings(data, Settings(reduce_motion=True))
        window = MainWindow(
            data,
            packs_dir,
            ask=dialogs.ask,
            tell=dialogs.tell,
            about=dialogs.tell,
            **({} if clock is None else {"clock": clock}),
            **extra,  # type: ignore[arg-type]
        )
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        window.start_screen.focus_name()
        with qtbot.waitSignal(window.store_ready, timeout=10_000):
            window.load_store()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
