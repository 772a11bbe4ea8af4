"""Imports and generations in worker threads with Python's cycle collector on, many times."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QProgressDialog
from pytestqt.qtbot import QtBot

from quizapp.ui.facts_dialog import GenerationSignals
from quizapp.ui.workers import ImportOutcome, ImportSignals, Job, JobSignals
from tests.ui.conftest import WindowFactory

IMPORTS = 150
GENERATIONS = 50
FACTS = "Alice Oseman wrote Heartstopper in 2016. The series was filmed in Kent."


@pytest.fixture
def eager_collector() -> Iterator[None]:
    """Collect far more often than Python would, so collections run on worker threads too."""
    assert gc.isenabled(), "the cycle collector is on in the game and in the tests"
    thresholds = gc.get_threshold()
    gc.set_threshold(50, 2, 2)
    yield
    gc.set_threshold(*thresholds)


def qt_objects_in_cycles() -> list[str]:
    """Return the Qt objects only the cycle collector would free: any thread might."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        return [type(o).__name__ for o in gc.garbage if isinstance(o, QObject)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


@pytest.mark.slow
@pytest.mark.usefixtures("eager_collector")
def test_imports_and_generations_in_workers_leave_no_qt_object_to_the_collector(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_window()
    screen = window.packs_screen
    screen._report = lambda *_args: None
    path = tmp_path / "quiz.csv"
    for number in range(IMPORTS):
        path.write_text(f"question,answer,wrong\nWhat is {number} + 1?,{number + 1},0\n")
        with qtbot.waitSignal(screen.import_finished, timeout=20_000) as blocker:
            screen.import_files([path])
        outcome = blocker.args[0]
        assert isinstance(outcome, ImportOutcome)
        assert outcome.errors == []

    window.show_facts_dialog()
    dialog = window.facts_dialog
    assert dialog is not None
    dialog.text.setPlainText(FACTS)
    for _ in range(GENERATIONS):
        with qtbot.waitSignal(dialog.generated, timeout=20_000):
            dialog.generate_button.click()
        assert dialog.generation is not None, dialog.message.text()
    dialog.close()

    # Each signal holder deletes itself on the GUI thread once its job is done; each
    # progress dialog goes too.
    qtbot.waitUntil(lambda: window.findChildren(JobSignals) == [], timeout=5_000)
    assert qt_objects_in_cycles() == []
    assert [o for o in gc.get_objects() if isinstance(o, Job | JobSignals)] == []
    for kind in (ImportSignals, GenerationSignals, QProgressDialog):
        assert window.findChildren(kind) == []
