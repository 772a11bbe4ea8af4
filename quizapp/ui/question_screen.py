"""The question screen: one question, its options, and the verdict once answered."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.kinds import QuestionKind
from quizapp.core.round import GivenAnswer, Presented
from quizapp.ui.palette import Palette
from quizapp.ui.shortcuts import Place, bind_shortcuts, describe
from quizapp.ui.tiles import AnswerTile
from quizapp.ui.timer_bar import TimeLeft, TimerBar
from quizapp.ui.widgets import CountingLabel, announce, plain_label, restyle

LETTERS = "ABCD"
PAUSED = "Paused: the question is hidden and the clock stopped. Press P to go on."
# How wide a player's name may be before the question's number, in widths of "M".
SEAT_NAME_EMS = 12


class QuestionScreen(QWidget):
    """Shows a presented question and turns keys and clicks into answers."""

    answered = Signal(str)
    next_requested = Signal()
    leave_requested = Signal()
    pause_requested = Signal()
    fifty_fifty_requested = Signal()
    time_up = Signal()
    last_seconds = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionScreen")
        self.setAccessibleName("Question")
        self.setAccessibleDescription("The question; answer with 1 to 4 or A to D")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._presented: Presented | None = None
        self._answered = False

        self.progress_label = plain_label(role="progress")
        # One line: "question 1 of 10" never breaks; a long player's name is shortened instead.
        self.progress_label.setWordWrap(False)
        self.score_label = CountingLabel("Score {:,}", role="score")
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.streak_label = plain_label(role="streak")
        self.streak_label.setWordWrap(False)
        self.streak_label.setVisible(False)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.timer_bar = TimerBar()
        # Untimed, its place stays empty and keeps the score at the right.
        keep_place = self.timer_bar.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)
        self.timer_bar.setSizePolicy(keep_place)
        self.timer_bar.setVisible(False)
        self.timer_bar.time_up.connect(self.time_up)
        self.timer_bar.last_seconds.connect(self.last_seconds)
        self.fifty_fifty_button = QPushButton("50:50  5")
        describe(self.fifty_fifty_button, Place.QUESTION, "fifty_fifty")
        self.fifty_fifty_button.setObjectName("fiftyFifty")
        self.fifty_fifty_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.fifty_fifty_button.setToolTip("Take away two wrong options, once a round (key 5)")
        self.fifty_fifty_button.clicked.connect(self.fifty_fifty_requested)
        self.pause_button = QPushButton("Pause  P")
        describe(self.pause_button, Place.QUESTION, "pause")
        self.pause_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.pause_button.clicked.connect(self.pause_requested)
        self._paused = False
        self.category_label = plain_label(role="category")
        # A pill keeps its name on one line; the screen is wide enough for any category.
        self.category_label.setWordWrap(False)
        self.prompt_label = plain_label(role="prompt")
        self.prompt_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.option_buttons: list[AnswerTile] = []
        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(12)
        # Equal columns: every tile is as wide as its neighbour whatever its text.
        self.tile_grid.setColumnStretch(0, 1)
        self.tile_grid.setColumnStretch(1, 1)
        for index in range(4):
            tile = AnswerTile(index)
            describe(tile, Place.QUESTION, "choose_number", index)
            tile.clicked.connect(lambda _checked=False, i=index: self._choose(i))
            self.tile_grid.addWidget(tile, index // 2, index % 2)
            self.option_buttons.append(tile)

        self.typed_field = QLineEdit()
        self.typed_field.setObjectName("typedAnswer")
        self.typed_field.setPlaceholderText("Type your answer and press Enter")
        self.typed_field.setMaxLength(200)
        self.typed_field.setAccessibleName("Your answer")
        self.typed_field.setAccessibleDescription("Type the answer and press Enter")

        self.verdict_label = plain_label(role="verdict")
        self.verdict_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation_label = plain_label(role="explanation")
        self.explanation_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.next_button = QPushButton("Next  ⏎")
        describe(self.next_button, Place.QUESTION, "next")
        self.next_button.setObjectName("primary")
        self.next_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.next_button.clicked.connect(self.next_requested)
        # Hidden until answered, yet holding its place so nothing below the tiles moves.
        keep = self.next_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.next_button.setSizePolicy(keep)
        self.leave_button = QPushButton("Leave round")
        describe(self.leave_button, Place.QUESTION, "leave")
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.leave_button.clicked.connect(self.leave_requested)
        self.animate = False
        self._streak = 0
        choice = {QuestionKind.CHOICE, QuestionKind.TRUEFALSE}
        bind_shortcuts(
            self,
            Place.QUESTION,
            {
                "choose_number": lambda index: self._choose_by_key(index, choice),
                "choose_letter": lambda index: self._choose_by_key(index, {QuestionKind.CHOICE}),
                "choose_true_false": lambda index: self._choose_by_key(
                    index, {QuestionKind.TRUEFALSE}
                ),
                "confirm": self._on_confirm,
                "next": self._on_next,
                "leave": self.leave_requested.emit,
                "pause": self._on_pause_key,
                "fifty_fifty": self._on_fifty_fifty_key,
            },
        )

        top = QHBoxLayout()
        top.addWidget(self.progress_label)
        top.addSpacing(16)
        # The clock sits in the top line: a timed question has no less room than another.
        top.addWidget(self.timer_bar, 1)
        top.addWidget(self.streak_label)
        top.addSpacing(12)
        top.addWidget(self.score_label)

        bottom = QHBoxLayout()
        bottom.addWidget(self.leave_button)
        bottom.addWidget(self.pause_button)
        bottom.addWidget(self.fifty_fifty_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)

        # The question block is anchored to the top: feedback appearing under the tiles
        # takes room from the space below and never moves the question or the tiles.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.progress_bar)
        layout.addSpacing(12)
        layout.addWidget(self.category_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.prompt_label)
        layout.addSpacing(12)
        layout.addLayout(self.tile_grid)
        layout.addWidget(self.typed_field)
        layout.addSpacing(8)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.explanation_label)
        layout.addStretch(1)
        layout.addLayout(bottom)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Let the tiles grow with the window, the way game tiles fill a big screen.

        Their height follows the window alone, never the verdict, so nothing moves when an
        answer is judged.
        """
        em = self.fontMetrics().height()
        tall = min(int(event.size().height() * 0.13), 7 * em)
        for tile in self.option_buttons:
            tile.setMinimumHeight(max(tall, tile.minimumSizeHint().height()))
        super().resizeEvent(event)

    def set_palette(self, palette: Palette) -> None:
        """Paint the tiles in another theme's colours."""
        for tile in self.option_buttons:
            tile.set_palette(palette)

    @property
    def presented(self) -> Presented | None:
        """The question on screen."""
        return self._presented

    def show_question(
        self,
        presented: Presented,
        score: int,
        *,
        time_left: TimeLeft | None = None,
        fifty_fifty: bool = False,
        streak: int | None = None,
    ) -> None:
        """Show a fresh question, ready for an answer.

        Args:
            presented: The question and its options.
            score: The points so far.
            time_left: Where a timed question's bar reads the milliseconds left.
            fifty_fifty: Whether the 50:50 may be used on this question.
            streak: The player's streak so far, where players take turns.
        """
        self._presented = presented
        self._answered = False
        self.set_paused(False)
        self.fifty_fifty_button.setVisible(fifty_fifty)
        if presented.time_limit_ms is not None and time_left is not None:
            self.timer_bar.start(presented.time_limit_ms, time_left)
        else:
            self.timer_bar.stop()
            self.timer_bar.setVisible(False)
        question = presented.question
        self.progress_label.setText(f"Question {presented.number} of {presented.total}")
        self.progress_bar.setRange(0, presented.total)
        self.progress_bar.setValue(presented.number - 1)
        self.score_label.count_to(score, animate=False)
        if presented.number == 1:
            self._streak = 0
        if streak is not None:
            self._streak = streak
        self._show_streak()
        self.category_label.setText(question.category or "")
        self.category_label.setVisible(bool(question.category))
        self.prompt_label.setText(question.prompt)
        # Long questions step down a size so the tiles stay on screen in small windows.
        length = len(question.prompt)
        self.prompt_label.setProperty("length", "" if length < 110 else "long")
        restyle(self.prompt_label)
        for index, tile in enumerate(self.option_buttons):
            visible = index < len(presented.options)
            tile.setVisible(visible)
            tile.setEnabled(visible)
            if visible:
                tile.set_option(self._key_hint(index), presented.options[index])
            else:
                tile.set_state("")
        typed = question.kind is QuestionKind.TYPED
        self.typed_field.setVisible(typed)
        self.typed_field.setEnabled(typed)
        self.typed_field.clear()
        self.typed_field.setProperty("state", "")
        restyle(self.typed_field)
        self.verdict_label.clear()
        self.explanation_label.clear()
        self.explanation_label.setVisible(False)
        self.next_button.setVisible(False)
        if typed:
            self.typed_field.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _key_hint(self, index: int) -> str:
        assert self._presented is not None
        if self._presented.question.kind is QuestionKind.TRUEFALSE:
            return ("1 · T", "2 · F")[index]
        return f"{index + 1} · {LETTERS[index]}"

    def show_seat(self, seat: str) -> None:
        """Say whose turn it is before the question's number, shortening a long name first."""
        if self._presented is None:
            return
        metrics = self.progress_label.fontMetrics()
        name = metrics.elidedText(
            seat, Qt.TextElideMode.ElideRight, metrics.horizontalAdvance("M") * SEAT_NAME_EMS
        )
        number = f"question {self._presented.number} of {self._presented.total}"
        self.progress_label.setText(f"{name}: {number}")

    def set_paused(self, paused: bool, time_left: TimeLeft | None = None) -> None:
        """Hide the question and stop the bar, or show them again and let the bar drain on."""
        was_paused, self._paused = self._paused, paused
        # The hidden question keeps its place, so nothing moves and the window never resizes;
        # the verdict line, empty until an answer, says how to go on.
        for widget in self._question_widgets():
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(paused)
            widget.setSizePolicy(policy)
            widget.setVisible(not paused)
        if paused or was_paused:
            self.verdict_label.setText(PAUSED if paused else "")
            self.verdict_label.setProperty("state", "")
            restyle(self.verdict_label)
        # While an answer is typed, P is a letter of it: the button names the key that pauses.
        typing = self._presented is not None and self._presented.question.kind is QuestionKind.TYPED
        self.pause_button.setText(
            "Go on  P" if paused else "Pause  Ctrl+Space" if typing else "Pause  P"
        )
        if paused:
            self.timer_bar.stop()
        elif time_left is not None and self._presented is not None:
            limit = self._presented.time_limit_ms
            if limit is not None:
                self.timer_bar.start(limit, time_left)
        if not paused and self.typed_field.isVisible():
            self.typed_field.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _question_widgets(self) -> list[QWidget]:
        """Return what shows the question: hidden while paused."""
        question = None if self._presented is None else self._presented.question
        if question is None:
            return []
        shown: list[QWidget] = [self.prompt_label]
        if question.category:
            shown.append(self.category_label)
        if question.kind is QuestionKind.TYPED:
            shown.append(self.typed_field)
        shown += self.option_buttons[: len(self._presented.options)] if self._presented else []
        return shown

    def show_note(self, text: str) -> None:
        """Say something about the round where the explanation shows once it is answered."""
        self.explanation_label.setText(text)
        self.explanation_label.setVisible(True)

    def remove_options(self, removed: tuple[str, ...]) -> None:
        """Take away the options a 50:50 removed: they can no longer be chosen."""
        if self._presented is None:
            return
        for index, option in enumerate(self._presented.options):
            if option in removed:
                tile = self.option_buttons[index]
                tile.setEnabled(False)
                tile.set_state("other")
        self.fifty_fifty_button.setVisible(False)

    def show_feedback(self, result: GivenAnswer) -> None:
        """Mark the chosen option right or wrong, highlight the right one, explain."""
        self._answered = True
        self.timer_bar.stop()
        self.fifty_fifty_button.setVisible(False)
        question = result.presented.question
        for index, tile in enumerate(self.option_buttons[: len(result.presented.options)]):
            tile.setEnabled(False)
            if index == result.right_option:
                state = "right"
            elif index == result.chosen_option:
                state = "wrong"
            else:
                state = "other"
            tile.set_state(state, animate=self.animate)
        if question.kind is QuestionKind.TYPED:
            self.typed_field.setEnabled(False)
            self.typed_field.setProperty("state", "right" if result.correct else "wrong")
            restyle(self.typed_field)
        if result.correct:
            bonus = f" (streak bonus {result.bonus:+,})" if result.bonus else ""
            self.verdict_label.setText(f"Right! +{result.points:,}{bonus}")
        elif result.timed_out:
            self.verdict_label.setText(f"Time is up. The answer is: {question.answer}")
        else:
            self.verdict_label.setText(f"Not quite. The answer is: {question.answer}")
        self.verdict_label.setProperty("state", "right" if result.correct else "wrong")
        announce(self.verdict_label, self.verdict_label.text())
        restyle(self.verdict_label)
        self.explanation_label.setText(question.explanation or "")
        self.explanation_label.setVisible(bool(question.explanation))
        self.score_label.count_to(result.score, animate=self.animate)
        self._streak = result.streak
        self._show_streak()
        self.progress_bar.setValue(result.presented.number)
        last = result.presented.number == result.presented.total
        self.next_button.setText("See results  ⏎" if last else "Next  ⏎")
        self.next_button.setVisible(True)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_streak(self) -> None:
        self.streak_label.setText(f"Streak ×{self._streak}")
        self.streak_label.setAccessibleName(f"{self._streak} right in a row")
        self.streak_label.setVisible(self._streak >= 2)

    def _choose(self, index: int) -> None:
        if self._presented is None or self._answered or index >= len(self._presented.options):
            return
        if self._paused or not self.option_buttons[index].isEnabled():
            return
        self.answered.emit(self._presented.options[index])

    def _choose_by_key(self, index: int, kinds: set[QuestionKind]) -> None:
        if self._presented is not None and self._presented.question.kind in kinds:
            self._choose(index)

    @Slot()
    def _on_confirm(self) -> None:
        # One Enter does one thing: it submits a typed answer, or, once answered, moves on.
        if self._answered:
            self.next_requested.emit()
        elif self.typed_field.isVisible() and self.typed_field.text().strip():
            self.answered.emit(self.typed_field.text())

    @Slot()
    def _on_pause_key(self) -> None:
        if not self._answered:
            self.pause_requested.emit()

    @Slot()
    def _on_fifty_fifty_key(self) -> None:
        if not self._answered and not self._paused:
            self.fifty_fifty_requested.emit()

    @Slot()
    def _on_next(self) -> None:
        if self._answered:
            self.next_requested.emit()
