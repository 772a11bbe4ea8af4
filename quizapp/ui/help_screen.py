"""The help screen: every shortcut, the scoring rule, and credits."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp import __version__
from quizapp.core.leitner import BOX_INTERVAL_DAYS
from quizapp.core.modes import MODES
from quizapp.ui.tables import read_only_table, refit
from quizapp.ui.widgets import plain_label

SHORTCUTS: tuple[tuple[str, str, str], ...] = (
    ("Start screen", "Enter", "Start a round as the player named"),
    ("Anywhere but a round", "Ctrl+H", "High scores"),
    ("Anywhere but a round", "Ctrl+P", "Question packs: import, edit, export, delete"),
    ("Packs", "Delete", "Delete the selected pack (asks first)"),
    ("Anywhere but a round", "Ctrl+N", "New pack from facts"),
    ("Question editor", "Ctrl+S, Ctrl+N", "Save the question; start a new one"),
    ("Anywhere but a round", "Ctrl+L", "Players: add, rename, delete, switch"),
    ("Anywhere but a round", "Ctrl+R", "History: every round, and each answer in it"),
    ("Anywhere but a round", "Ctrl+T", "Statistics and charts"),
    ("Players", "Enter", "Play as the player picked"),
    ("Players", "Del", "Delete the player picked (asks first)"),
    ("History", "Enter", "Review the round picked"),
    ("Anywhere", "F1", "This help"),
    ("Question", "1 2 3 4  or  A B C D", "Answer with that option"),
    ("True/false", "1 or T, 2 or F", "Answer True or False"),
    ("Typed answer", "Enter", "Submit what you typed"),
    ("After answering", "Enter or Space", "Next question"),
    ("Question", "Esc", "Leave the round (asks first)"),
    ("Results", "Enter", "Play again"),
    ("Every other screen", "Esc", "Back to the start screen"),
    ("Anywhere", "Ctrl++  Ctrl+-  Ctrl+0", "Bigger, smaller or normal text"),
    ("Anywhere", "Ctrl+Shift+T", "Next theme: system, light, dark, high contrast"),
    ("Anywhere", "Ctrl+M", "Sound effects off or on"),
    ("Anywhere", "Ctrl+Q", "Quit"),
)

CREDITS = (
    "Facts from Wikipedia's article on Heartstopper (TV series), CC BY-SA 4.0. "
    "The Heartstopper pack is generated from them by quizapp."
)


def about_text() -> str:
    """Return the About box's text: what the game is, its version and the credits."""
    return (
        f"quizapp {__version__}\n\n"
        "A desktop trivia quiz game: ten questions a round, every answer kept, high scores "
        "and history on your own machine.\n\n"
        f"{CREDITS}"
    )


class HelpScreen(QWidget):
    """Lists the keyboard shortcuts and explains scoring."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.table = read_only_table(("Where", "Keys", "What it does"), shares={2: 1})
        self.table.setRowCount(len(SHORTCUTS))
        for row, cells in enumerate(SHORTCUTS):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        refit(self.table)
        rules = {mode.scoring for mode in MODES.values()}
        scoring = "\n".join(
            [
                *(
                    f"{rule.explain()} Modes: "
                    + ", ".join(m.label for m in MODES.values() if m.scoring == rule)
                    + "."
                    for rule in sorted(rules, key=lambda r: r.key)
                ),
                "Typed answers ignore case, accents and punctuation, and forgive one slip of "
                "the finger in answers of six letters or more.",
            ]
        )
        waits = ", ".join(str(days) for days in BOX_INTERVAL_DAYS[1:])
        learning = (
            "Questions you have not answered come first: none repeats until you have seen "
            "every question of the pack in that mode. Practise mistakes asks the questions you "
            "got wrong: a missed question is due at once, and each right answer after that "
            f"sends it further away: {waits} days. Right after the last wait, it is learned "
            "and leaves the list; miss it again and it starts over."
        )
        back = QPushButton("Back  Esc")
        back.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(plain_label("Help", role="screenTitle"))
        layout.addWidget(plain_label("Keyboard shortcuts", role="sectionTitle"))
        layout.addWidget(self.table, 1)
        layout.addWidget(plain_label(scoring))
        layout.addWidget(plain_label(learning))
        layout.addWidget(plain_label(f"quizapp {__version__}. {CREDITS}", role="credits"))
        bottom = QHBoxLayout()
        bottom.addWidget(back)
        bottom.addStretch(1)
        layout.addLayout(bottom)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Esc goes back."""
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
        else:
            super().keyPressEvent(event)
