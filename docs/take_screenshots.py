"""Play through every screen on a temporary store and save a screenshot of each.

Every screen is taken at the default window size in the light and the dark theme, and the
busiest ones again at the smallest size the game supports. The players have names as long as
the game allows. Run under a real X server, e.g.:
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" python docs/take_screenshots.py

An optional argument names another folder of packs to play instead of the shipped ones.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from quizapp.core.modes import CLASSIC_MODE, SPEED_MODE
from quizapp.paths import shipped_packs_dir
from quizapp.ui.app import make_app
from quizapp.ui.main_window import MainWindow
from quizapp.ui.theme import current_appearance
from quizapp.ui.widgets import SMALLEST_WINDOW

OUT = Path(__file__).resolve().parent / "screenshots"
DEFAULT_SIZE = (1000, 700)
SMALLEST_SIZE = SMALLEST_WINDOW
# Players with names of the longest length allowed, so the shots show that they fit.
LONG_NAMES = (
    "Maximiliana Featherstonehaugh-Wolfington",
    "Bartholomew Okonkwo-Vanderbilt Fairbairn",
    "Robin",
)


def settle(ms: int = 150) -> None:
    """Let Qt lay out and paint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Camera:
    """Saves pictures of windows under names that say the theme and, if not default, size."""

    def __init__(self, suffix: str) -> None:
        self.suffix = suffix

    def shoot(self, window: QWidget, name: str) -> None:
        """Save the window as it is painted."""
        settle()
        path = OUT / f"{name}{self.suffix}.png"
        window.grab().save(str(path))
        print(f"saved {path.name}")

    def shoot_screen(self, window: QWidget, name: str) -> None:
        """Save the part of the screen the window covers, with any list open over it."""
        settle()
        path = OUT / f"{name}{self.suffix}.png"
        area = window.frameGeometry()
        screen = QApplication.primaryScreen()
        screen.grabWindow(0, area.x(), area.y(), area.width(), area.height()).save(str(path))
        print(f"saved {path.name}")


def press(key: Qt.Key, text: str = "") -> None:
    """Type as a player would, into whatever has the focus."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    if text:
        for char in text:
            if char.isascii():
                QTest.keyClicks(target, char)
            else:
                # QTest types ASCII only (it aborts on anything else): an answer such as
                # "Zoë" is sent as the key events a keyboard with that letter makes.
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    no_key = (Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier)
                    QApplication.sendEvent(target, QKeyEvent(kind, *no_key, char))
    else:
        QTest.keyClick(target, key)
    settle(50)


def answer(window: MainWindow, good: bool) -> bool:
    """Answer the question on screen by key, right or wrong; return whether it was right.

    A question with options takes its number key; a typed one (packs mix them) is typed.
    """
    presented = window.question_screen.presented
    assert presented is not None
    if not presented.options:
        press(Qt.Key.Key_unknown, presented.question.answer if good else "not this")
        press(Qt.Key.Key_Return)
        return good
    right = presented.options.index(presented.question.answer)
    press(Qt.Key(Qt.Key.Key_1 + (right if good else (right + 1) % len(presented.options))))
    return good


def play_round(
    window: MainWindow, rng: random.Random, skill: float, camera: Camera | None = None
) -> None:
    """Answer the round's questions by key, right with the given chance, then see the results."""
    wrong_shot = False
    first = window.question_screen.presented
    assert first is not None
    for number in range(first.total - first.number + 1):
        good = rng.random() < skill or (camera is not None and number < 3)
        if camera is not None and number == 0:
            camera.shoot(window, "question")
        answer(window, good)
        if camera is not None and number == 2:
            camera.shoot(window, "answer-right")
        elif camera is not None and not good and not wrong_shot:
            camera.shoot(window, "answer-wrong")
            wrong_shot = True
        press(Qt.Key.Key_Return)
    settle(700)  # past the results screen's guard against a double Enter


def play_as(window: MainWindow, name: str, rounds: int, rng: random.Random, skill: float) -> None:
    """Type a name on the start screen and play some rounds as that player."""
    window.show_start()
    window.start_screen.name_box.setEditText("")
    window.start_screen.focus_name()
    press(Qt.Key.Key_unknown, name)
    for _ in range(rounds):
        press(Qt.Key.Key_Return)
        play_round(window, rng, skill)
        press(Qt.Key.Key_Escape)


def choose_mode(window: MainWindow, key: str) -> None:
    """Pick a mode on the start screen."""
    window.show_start()
    box = window.start_screen.mode_box
    box.setCurrentIndex(box.findData(key))


def speed_round(window: MainWindow, rng: random.Random, camera: Camera) -> None:
    """Play a Speed round: the draining timer, the 50:50 in use, a pause, then the rest."""
    choose_mode(window, SPEED_MODE)
    window.start_screen.focus_name()
    press(Qt.Key.Key_Return)
    # The 50:50 takes away two of three wrong options: wait for a question that has them.
    while not window.question_screen.fifty_fifty_button.isVisible():
        answer(window, good=True)
        press(Qt.Key.Key_Return)
    settle(3300)  # a few seconds gone from the clock
    camera.shoot(window, "speed")
    press(Qt.Key.Key_5)
    camera.shoot(window, "fifty-fifty")
    press(Qt.Key.Key_P)
    camera.shoot(window, "pause")
    press(Qt.Key.Key_P)
    play_round(window, rng, 0.8)
    press(Qt.Key.Key_Escape)
    choose_mode(window, CLASSIC_MODE)


def hot_seat_round(window: MainWindow, rng: random.Random, camera: Camera) -> None:
    """Play a round with friends taking turns; shoot the hand-over and the podium."""
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    settle(50)
    camera.shoot(window, "pass")
    skill = {name: chance for name, chance in zip(LONG_NAMES, (0.9, 0.6, 0.3), strict=True)}
    for _ in range(200):
        screen = window.stack.currentWidget()
        if screen is window.pass_screen:
            name = window.pass_screen.title.text().removeprefix("Pass to ")
            press(Qt.Key.Key_Return)
        elif screen is window.question_screen:
            answer(window, rng.random() < skill[name])
            press(Qt.Key.Key_Return)
        else:
            break
    settle(700)
    camera.shoot(window, "podium")
    press(Qt.Key.Key_Escape)


def set_up_round(window: MainWindow, camera: Camera) -> None:
    """Narrow the round to two categories and a difficulty, shoot it, then let them go again."""
    start = window.start_screen
    categories = [start.category_box.itemData(i) for i in range(1, start.category_box.count())]
    start.category_box.tick(categories[:2])
    start.difficulty_box.setCurrentIndex(max(start.difficulty_box.findData("medium"), 0))
    start.choice_changed.emit()
    start.category_box.showPopup()
    camera.shoot_screen(window, "set-up")
    start.category_box.hidePopup()
    start.category_box.tick([])
    start.difficulty_box.setCurrentIndex(0)
    start.choice_changed.emit()
    start.focus_name()


def open_window(packs: Path, theme: str, size: tuple[int, int]) -> MainWindow:
    """Open the game on a fresh store, in a theme and at a size."""
    data = Path(tempfile.mkdtemp(prefix="quizapp-shots-"))
    window = MainWindow(
        data, packs, ask=lambda *_: True, ask_names=lambda *_: ", ".join(LONG_NAMES)
    )
    appearance = current_appearance()
    appearance.reduce_motion = True
    appearance.set_theme(theme, high_contrast=False)
    appearance.set_text_scale(1.0)
    window.resize(*size)
    window.show()
    window.activateWindow()
    loop = QEventLoop()
    window.store_ready.connect(loop.quit)
    window.load_store()
    loop.exec()
    return window


def tour(packs: Path, theme: str, size: tuple[int, int], camera: Camera, everything: bool) -> None:
    """Play a round and a bit in one theme, shooting each screen."""
    window = open_window(packs, theme, size)
    window.start_screen.focus_name()
    press(Qt.Key.Key_unknown, LONG_NAMES[0])
    camera.shoot(window, "start")
    set_up_round(window, camera)
    rng = random.Random(4)
    press(Qt.Key.Key_Return)
    play_round(window, rng, 0.7, camera)
    camera.shoot(window, "results")
    press(Qt.Key.Key_Escape)
    speed_round(window, rng, camera)
    hot_seat_round(window, rng, camera)
    # A little history, so the views below have something to show.
    play_as(window, LONG_NAMES[1], 2, rng, 0.5)
    play_as(window, LONG_NAMES[0], 3, rng, 0.8)
    window.show_high_scores()
    camera.shoot(window, "high-scores")
    window.show_history()
    window.history_screen.rounds_table.selectRow(1)
    window.history_screen.open_current()
    camera.shoot(window, "history")
    window.show_statistics()
    camera.shoot(window, "statistics")
    window.statistics_screen.tabs.setCurrentIndex(1)
    camera.shoot(window, "statistics-categories")
    if everything:
        window.show_players()
        camera.shoot(window, "players")
        window.show_help()
        camera.shoot(window, "help")
        window.show_packs()
        window.packs_screen.table.selectRow(0)
        camera.shoot(window, "packs")
        window.packs_screen.edit_requested.emit(window.packs_screen.packs()[0].id)
        assert window.editor is not None
        window.editor.list.setCurrentRow(3)
        camera.shoot(window.editor, "question-editor")
        window.editor.close()
    # The dialog opens no larger than the window: in the smallest one it is at its tightest.
    window.show_facts_dialog()
    dialog = window.facts_dialog
    assert dialog is not None
    dialog.load_file(shipped_packs_dir() / "heartstopper.txt")
    loop = QEventLoop()
    dialog.generated.connect(loop.quit)
    dialog.generate_button.click()
    loop.exec()
    camera.shoot(dialog, "new-pack-from-facts")
    dialog.close()
    window.close()


def main() -> int:
    """Shoot every screen in light and dark at the default size, and some at the smallest."""
    OUT.mkdir(parents=True, exist_ok=True)
    make_app()
    packs = Path(sys.argv[1]) if len(sys.argv) > 1 else shipped_packs_dir()
    for theme in ("light", "dark"):
        tour(packs, theme, DEFAULT_SIZE, Camera(f"-{theme}"), everything=True)
    width, height = SMALLEST_SIZE
    tour(packs, "light", SMALLEST_SIZE, Camera(f"-light-{width}x{height}"), everything=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
