"""Between hot-seat turns: says who plays next and hides what the last player chose."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.ui.shortcuts import Place, bind_shortcuts, describe
from quizapp.ui.widgets import plain_label


class PassScreen(QWidget):
    """A screen with nothing of the round on it but whose turn comes next."""

    ready = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passScreen")
        self.setAccessibleName("Pass to the next player")
        self.setAccessibleDescription("Hand the keyboard to the next player")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = plain_label(role="screenTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = plain_label(role="tagline")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ready_button = QPushButton("I'm ready  ⏎")
        describe(self.ready_button, Place.PASS, "ready")
        self.ready_button.setObjectName("primary")
        self.ready_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.ready_button.clicked.connect(self.ready)
        self.leave_button = QPushButton("Leave round  Esc")
        describe(self.leave_button, Place.PASS, "leave")
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.leave_button.clicked.connect(self.leave_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ready_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addStretch(3)
        layout.addLayout(buttons)
        bind_shortcuts(
            self, Place.PASS, {"ready": self.ready.emit, "leave": self.leave_requested.emit}
        )

    def show_pass(self, name: str, number: int, total: int) -> None:
        """Ask the others to hand over to name for question number of total."""
        self.title.setText(f"Pass to {name}")
        self.hint.setText(
            f"Question {number} of {total}. {name}, press Enter when the others have looked away."
        )
        self.setFocus(Qt.FocusReason.OtherFocusReason)
