"""Play through every screen on a temporary store and save a screenshot of each.

Run under a real X server, e.g.:
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" python docs/take_screenshots.py

An optional argument names another folder of packs to play instead of the shipped ones.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from quizapp.paths import shipped_packs_dir
from quizapp.ui.app import make_app
from quizapp.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent / "screenshots"


def settle(ms: int = 150) -> None:
    """Let Qt lay out and paint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(window: QWidget, name: str) -> None:
    """Save what the screen shows of the window."""
    settle()
    screen = QGuiApplication.primaryScreen()
    picture = screen.grabWindow(window.winId()) if sys.platform != "win32" else window.grab()
    if picture.isNull():
        picture = window.grab()
    picture.save(str(OUT / f"{name}.png"))
    print(f"saved {name}.png")


def press(key: Qt.Key, text: str = "") -> None:
    """Type as a player would, into whatever has the focus."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    if text:
        QTest.keyClicks(target, text)
    else:
        QTest.keyClick(target, key)
    settle(50)


def play_round(window: MainWindow, rng: random.Random, skill: float, shots: bool) -> None:
    """Answer ten questions by key, right with the given chance, then go on to the results."""
    for number in range(10):
        play = window.play
        assert play is not None
        presented = play.current
        right = presented.options.index(presented.question.answer)
        good = rng.random() < skill or (shots and number == 0)
        pick = right if good else (right + 1) % len(presented.options)
        # Some answers come quickly, some after a think: the time chart shows both.
        settle(int(rng.lognormvariate(6.5, 0.6)) if not shots else 50)
        press(Qt.Key(Qt.Key.Key_1 + pick))
        if shots and number == 0:
            shoot(window, "answer-right")
        elif shots and pick != right and not (OUT / "answer-wrong.png").exists():
            shoot(window, "answer-wrong")
        press(Qt.Key.Key_Return)


def play_as(window: MainWindow, name: str, rounds: int, rng: random.Random, skill: float) -> None:
    """Type a name on the start screen and play some rounds as that player."""
    window.show_start()
    window.start_screen.focus_name()
    press(Qt.Key.Key_unknown, name)
    for _ in range(rounds):
        press(Qt.Key.Key_Return)
        play_round(window, rng, skill, shots=False)
        press(Qt.Key.Key_Escape)


def main() -> int:
    """Play a round and a bit, shooting each screen."""
    OUT.mkdir(parents=True, exist_ok=True)
    make_app()
    data = Path(tempfile.mkdtemp(prefix="quizapp-shots-"))
    packs = Path(sys.argv[1]) if len(sys.argv) > 1 else shipped_packs_dir()
    window = MainWindow(data, packs, ask=lambda *_: True)
    window.resize(1100, 760)
    window.show()
    window.activateWindow()
    loop = QEventLoop()
    window.store_ready.connect(loop.quit)
    window.load_store()
    loop.exec()
    window.start_screen.focus_name()
    press(Qt.Key.Key_unknown, "Robin")
    shoot(window, "start")

    rng = random.Random(4)
    press(Qt.Key.Key_Return)
    shoot(window, "question")
    play_round(window, rng, 0.7, shots=True)
    shoot(window, "results")
    press(Qt.Key.Key_Escape)
    # A little history, so the views below have something to show.
    play_as(window, "Sam", 2, rng, 0.5)
    play_as(window, "Robin", 3, rng, 0.8)
    press(Qt.Key.Key_Return)
    play_round(window, rng, 1.0, shots=False)
    shoot(window, "results-personal-best")
    press(Qt.Key.Key_Escape)
    window.show_high_scores()
    shoot(window, "high-scores")
    window.progress.show_players()
    shoot(window, "players")
    window.progress.show_history()
    history = window.progress.history_screen
    history.rounds_table.selectRow(1)
    history.open_current()
    shoot(window, "history")
    window.progress.show_statistics()
    shoot(window, "statistics")
    window.show_help()
    shoot(window, "help")
    window.show_packs()
    window.packs_screen.table.selectRow(0)
    shoot(window, "packs")
    window.packs_screen.edit_requested.emit(window.packs_screen.packs()[0].id)
    assert window.editor is not None
    window.editor.list.setCurrentRow(3)
    shoot(window.editor, "question-editor")
    window.editor.close()
    window.show_facts_dialog()
    dialog = window.facts_dialog
    assert dialog is not None
    dialog.load_file(shipped_packs_dir() / "heartstopper.txt")
    loop = QEventLoop()
    dialog.generated.connect(loop.quit)
    dialog.generate_button.click()
    loop.exec()
    shoot(dialog, "new-pack-from-facts")
    dialog.close()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
