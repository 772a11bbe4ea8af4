"""Play through every screen on a temporary store and save a screenshot of each.

Run under a real X server, e.g.:
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" python docs/take_screenshots.py
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


def main() -> int:
    """Play a round and a bit, shooting each screen."""
    OUT.mkdir(parents=True, exist_ok=True)
    make_app()
    data = Path(tempfile.mkdtemp(prefix="quizapp-shots-"))
    window = MainWindow(data, shipped_packs_dir(), ask=lambda *_: True)
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
    for number in range(10):
        play = window.play
        assert play is not None
        presented = play.current
        right = presented.options.index(presented.question.answer)
        pick = right if rng.random() < 0.7 or number == 0 else (right + 1) % len(presented.options)
        press(Qt.Key(Qt.Key.Key_1 + pick))
        if number == 0:
            shoot(window, "answer-right")
        elif pick != right and not (OUT / "answer-wrong.png").exists():
            shoot(window, "answer-wrong")
        press(Qt.Key.Key_Return)
    shoot(window, "results")
    press(Qt.Key.Key_Escape)
    window.show_high_scores()
    shoot(window, "high-scores")
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
