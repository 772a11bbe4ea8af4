"""The draining bar of a timed question, with the seconds left written beside it."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from quizapp.ui.widgets import plain_label, restyle

# Ten redraws a second drain the bar smoothly; the label changes once a second.
TICK_MS = 100
STEPS = 1000
# The last seconds show in the warning colour.
HURRY_MS = 5000

TimeLeft = Callable[[], "int | None"]


class TimerBar(QWidget):
    """Reads the time left from the round on every tick and shows it; never counts itself."""

    time_up = Signal()
    # The countdown entered its last seconds (once a question; not again after a pause).
    last_seconds = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerBar")
        self.bar = QProgressBar()
        self.bar.setObjectName("timerDrain")
        self.bar.setTextVisible(False)
        self.bar.setRange(0, STEPS)
        self.seconds_label = plain_label(role="timer")
        self.seconds_label.setWordWrap(False)
        self._limit_ms = 1
        self._time_left: TimeLeft = lambda: None
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._on_tick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.seconds_label)

    @property
    def running(self) -> bool:
        """Whether the bar is draining."""
        return self._ticker.isActive()

    def start(self, limit_ms: int, time_left: TimeLeft) -> None:
        """Drain the bar over limit_ms, asking time_left for the milliseconds still to go."""
        self._limit_ms = max(limit_ms, 1)
        self._time_left = time_left
        self.seconds_label.setText("")
        self.setVisible(True)
        self._on_tick()
        self._ticker.start()

    def stop(self) -> None:
        """Stop draining; the bar keeps showing where it stopped."""
        self._ticker.stop()

    @Slot()
    def _on_tick(self) -> None:
        left = self._time_left()
        if left is None:
            self.stop()
            return
        value = round(STEPS * left / self._limit_ms)
        if value != self.bar.value():
            self.bar.setValue(value)
        text = f"{math.ceil(left / 1000)} s"
        if text != self.seconds_label.text():
            self.seconds_label.setText(text)
            self.seconds_label.setAccessibleName(f"{math.ceil(left / 1000)} seconds left")
            hurry = "hurry" if left <= HURRY_MS else ""
            if self.bar.property("state") != hurry:
                self.bar.setProperty("state", hurry)
                restyle(self.bar)
                if hurry and left > 0:
                    self.last_seconds.emit()
        if left == 0:
            self.stop()
            self.time_up.emit()
