"""The help screen: every shortcut, the scoring rule, and credits."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp import __version__
from quizapp.core.leitner import BOX_INTERVAL_DAYS
from quizapp.core.modes import MODES
from quizapp.ui.shortcuts import Place, bind_shortcuts, describe, help_rows
from quizapp.ui.tables import read_only_table, refit
from quizapp.ui.widgets import plain_label

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
        self.table = read_only_table(
            ("Where", "Keys", "What it does"), shares={2: 1}, wrap_rows=True
        )
        rows = help_rows()
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        # The table takes the focus so arrows, Page Up/Down, Home and End scroll it.
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.table)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setAccessibleDescription("Every key, where it works and what it does")
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
        describe(back, Place.HELP, "back")
        back.clicked.connect(self.back_requested)
        bind_shortcuts(self, Place.HELP, {"back": self.back_requested.emit})
        # The rules have a page of their own, so the shortcuts keep the room even in the
        # smallest window; Ctrl+Tab turns to it. The page scrolls at large text sizes.
        rules_text = QWidget()
        rules_layout = QVBoxLayout(rules_text)
        rules_layout.addWidget(plain_label("Scoring", role="sectionTitle"))
        rules_layout.addWidget(plain_label(scoring))
        rules_layout.addWidget(plain_label("Which questions come up", role="sectionTitle"))
        rules_layout.addWidget(plain_label(learning))
        rules_layout.addStretch(1)
        rules_layout.addWidget(plain_label(f"quizapp {__version__}. {CREDITS}", role="credits"))
        rules_page = QScrollArea()
        rules_page.setWidget(rules_text)
        rules_page.setWidgetResizable(True)
        rules_page.setFrameShape(QFrame.Shape.NoFrame)
        rules_page.setAccessibleName("Scoring and practice")
        rules_page.setAccessibleDescription("How points are counted and which questions come up")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, "Keyboard shortcuts")
        self.tabs.addTab(rules_page, "Scoring and practice")
        self.tabs.tabBar().setAccessibleDescription("Shortcuts, or scoring and practice (Ctrl+Tab)")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(plain_label("Help", role="screenTitle"))
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(back)
        bottom.addStretch(1)
        layout.addLayout(bottom)
