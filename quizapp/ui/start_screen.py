"""The start screen: who plays, which pack, and Start."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.round_setup import (
    DEFAULT_TIME_LIMIT_S,
    MAX_ROUND_LENGTH,
    MAX_TIME_LIMIT_S,
    MIN_TIME_LIMIT_S,
    ROUND_LENGTH,
)
from quizapp.ui.check_combo import CheckCombo
from quizapp.ui.widgets import Logo, plain_label, restyle

# The screen is painted before the store opens; what it shows of packs, pools and modes, and
# the modules that describe them, are loaded once the store has them to show or the screen
# is completed.
if TYPE_CHECKING:
    from quizapp.core.model import PackId, PackInfo, PoolSummary, QuestionPool
    from quizapp.core.modes import Mode
    from quizapp.session import StartChoices

# The lengths offered; any other up to MAX_ROUND_LENGTH can be typed.
ROUND_LENGTHS = (5, 10, 20)
TIME_LIMITS = (10, 20, 30, 45, 60)


def _tagline(questions: str) -> str:
    """Return the line under the title for a round of so many questions ("10 questions")."""
    return f"{questions}. How many can you get right?"


def _names_without_counts(names: list[str]) -> str:
    """Name several items ticked together: "Space + Oceans", without their counts."""
    return " + ".join(t.rsplit("  (", 1)[0] for t in names)


class StartScreen(QWidget):
    """Pick or type a player name, pick a pack, start a round."""

    start_requested = Signal(str, int, str)
    high_scores_requested = Signal()
    help_requested = Signal()
    packs_requested = Signal()
    players_requested = Signal()
    history_requested = Signal()
    statistics_requested = Signal()
    choice_changed = Signal()
    hot_seat_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, complete: bool = True) -> None:
        """Build the screen; with complete false, only what the window's first paint shows.

        That first view (the title, the Player and Pack choosers, Start, and a line saying the
        question bank is loading) is set up without the enums of Qt's namespace, which PySide
        makes all at once, some 17 ms, on their first use: complete() adds the rest.
        """
        super().__init__(parent)
        self._packs: list[PackInfo] = []
        self._pack_names: dict[PackId, str] = {}
        # The pool to pick once its categories are listed: the one offered with the packs.
        self._wanted: QuestionPool | None = None
        # How many questions one round of the chosen pool can ask (0 until it is known).
        self._most_per_round = 0
        self._completed = False
        self.setObjectName("startScreen")
        title = plain_label("quizapp", role="appTitle")
        self.tagline = plain_label(_tagline(f"{ROUND_LENGTH} questions"), role="tagline")
        self.status = plain_label("Loading the question bank…", role="status")
        for label in (title, self.tagline, self.status):
            # By the flag's name, as Qt's namespace is not set up yet (see above).
            label.setProperty("alignment", "AlignCenter")

        self.name_box = QComboBox()
        self.name_box.setAccessibleDescription("Type or pick the name to play under")
        self.name_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_box.setObjectName("nameBox")
        line_edit = QLineEdit()
        # Given its own line edit, the box is editable (without making one of its own first).
        self.name_box.setLineEdit(line_edit)
        self.name_edit = line_edit
        line_edit.setPlaceholderText("Type your name")
        self.name_box.editTextChanged.connect(lambda _t: self.choice_changed.emit())

        self.pack_box = CheckCombo(summary=_names_without_counts)
        self.pack_box.setAccessibleDescription(
            "The packs the round asks its questions from: pick one, or open the list and "
            "tick several with Space"
        )
        self.pack_box.setObjectName("packBox")
        self.pack_box.ticks_changed.connect(self.choice_changed)

        self.start_button = QPushButton("Start")
        self.start_button.setObjectName("primary")
        self.start_button.setEnabled(False)
        self.start_button.setAutoDefault(False)
        self.start_button.clicked.connect(self._on_start_clicked)

        self._form = QFormLayout()
        self._form.addRow("Player", self.name_box)
        self._form.addRow("Pack", self.pack_box)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._buttons.addWidget(self.start_button)

        card = QWidget()
        card.setObjectName("card")
        self._card = QVBoxLayout(card)
        self._card.setContentsMargins(20, 16, 20, 16)
        self._card.addLayout(self._form)
        self._card.addLayout(self._buttons)

        # The logo is centred between stretches until complete() can give it an alignment, one
        # of those enums: the two may round half a pixel apart.
        self._logo = Logo()
        self._logo_row = QHBoxLayout()
        self._logo_row.addStretch(1)
        self._logo_row.addWidget(self._logo)
        self._logo_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(self._logo_row)
        layout.addWidget(title)
        layout.addWidget(self.tagline)
        layout.addSpacing(24)
        # The card takes the width it needs for long names and titles, up to a reading width.
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(card, 12)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addWidget(self.status)
        layout.addStretch(3)
        if complete:
            self.complete()

    def complete(self) -> None:
        """Add the rest of the screen to the first view, once: the set-up and the other buttons."""
        if self._completed:
            return
        self._completed = True
        from PySide6.QtCore import Qt

        from quizapp.core.modes import MODES
        from quizapp.core.players import MAX_NAME_LENGTH
        from quizapp.ui.shortcuts import Place, bind_shortcuts, describe

        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.message = plain_label(role="formMessage")
        self.name_edit.textEdited.connect(self.clear_message)
        self.category_box = CheckCombo("All categories", summary=_names_without_counts)
        self.category_box.setObjectName("categoryBox")
        self.category_box.setAccessibleDescription(
            "The categories the round asks about: all of them, one, or several ticked with Space"
        )
        self.difficulty_box = QComboBox()
        self.difficulty_box.setObjectName("difficultyBox")
        self.difficulty_box.setAccessibleDescription("How hard the round's questions are")
        # The label's own object name (poolLabel) is the one tests and style sheets use.
        self.pool_label = plain_label(role="poolLabel")
        # A count is short: on one line it never pushes the row taller.
        self.pool_label.setWordWrap(False)
        # Said before the round starts: the questions chosen that the mode leaves out, and why.
        self.kinds_note = plain_label(role="status")
        self.kinds_note.setVisible(False)
        self.mode_box = QComboBox()
        self.mode_box.setAccessibleDescription("How the round is played")
        self.mode_box.setObjectName("modeBox")
        for mode in MODES.values():
            self.mode_box.addItem(mode.label, mode.key)
            self.mode_box.setItemData(
                self.mode_box.count() - 1, mode.description, Qt.ItemDataRole.ToolTipRole
            )

        self.mode_box.currentIndexChanged.connect(self._on_mode_changed)
        self.timer_box = self._number_box(
            "timerBox",
            TIME_LIMITS,
            DEFAULT_TIME_LIMIT_S,
            f"Seconds for each question of a Speed round, {MIN_TIME_LIMIT_S} to "
            f"{MAX_TIME_LIMIT_S}. A question's own time, where its pack gives one, comes first.",
        )
        self.timer_label = QLabel("s each")
        self.length_box = self._number_box(
            "lengthBox",
            ROUND_LENGTHS,
            ROUND_LENGTH,
            f"5, 10 or 20 questions, or type any number up to {MAX_ROUND_LENGTH}",
        )
        self.length_box.currentTextChanged.connect(self._on_length_changed)
        self.category_box.ticks_changed.connect(self.choice_changed)
        self.difficulty_box.activated.connect(lambda _i: self.choice_changed.emit())
        # A message about the form goes once the player changes what it was about.
        for box in (self.mode_box, self.difficulty_box, self.length_box, self.timer_box):
            box.activated.connect(self.clear_message)

        describe(self.start_button, Place.START, "start")
        # Enter starts from anywhere on the form: the name, the Pack box or the Mode box.
        bind_shortcuts(self, Place.START, {"start": self._on_start_clicked})
        self.scores_button = QPushButton("High scores")
        describe(self.scores_button, Place.WINDOW, "high_scores")
        self.scores_button.clicked.connect(self.high_scores_requested)
        self.packs_button = QPushButton("Packs")
        describe(self.packs_button, Place.WINDOW, "packs")
        self.packs_button.clicked.connect(self.packs_requested)
        self.help_button = QPushButton("Help")
        describe(self.help_button, Place.WINDOW, "help")
        self.help_button.clicked.connect(self.help_requested)
        self.players_button = QPushButton("Players")
        describe(self.players_button, Place.WINDOW, "players")
        self.players_button.clicked.connect(self.players_requested)
        self.history_button = QPushButton("History")
        describe(self.history_button, Place.WINDOW, "history")
        self.history_button.clicked.connect(self.history_requested)
        self.statistics_button = QPushButton("Statistics")
        describe(self.statistics_button, Place.WINDOW, "statistics")
        self.statistics_button.clicked.connect(self.statistics_requested)
        self.hot_seat_button = QPushButton("Play with friends…")
        describe(self.hot_seat_button, Place.WINDOW, "play_with_friends")
        self.hot_seat_button.setToolTip("2 to 4 players at this computer take turns (Ctrl+F)")
        self.hot_seat_button.clicked.connect(self.hot_seat_requested)
        for button in (
            self.scores_button,
            self.packs_button,
            self.help_button,
            self.players_button,
            self.history_button,
            self.statistics_button,
            self.hot_seat_button,
        ):
            button.setAutoDefault(False)

        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for stretch in (2, 0):
            self._logo_row.takeAt(stretch)
        self._logo_row.setAlignment(self._logo, Qt.AlignmentFlag.AlignHCenter)
        questions_row = QHBoxLayout()
        questions_row.addWidget(self.category_box, 3)
        questions_row.addWidget(self.difficulty_box, 2)
        questions_row.addWidget(self.pool_label, 1)
        self._form.addRow("Questions", questions_row)
        # Mode, length and timer share a row, so the set-up fits a 600-pixel-high window.
        self.length_label = QLabel("questions")
        self.length_label.setBuddy(self.length_box)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.mode_box, 3)
        mode_row.addWidget(self.length_box, 1)
        mode_row.addWidget(self.length_label)
        mode_row.addWidget(self.timer_box, 1)
        mode_row.addWidget(self.timer_label)
        self._form.addRow("Mode", mode_row)
        self._on_mode_changed()

        progress = QHBoxLayout()
        progress.addWidget(self.players_button)
        progress.addWidget(self.history_button)
        progress.addWidget(self.statistics_button)
        progress.addStretch(1)
        progress.addWidget(self.hot_seat_button)

        # Between the form and the row with Start, which the first view already had.
        self._card.insertWidget(1, self.kinds_note)
        self._card.insertWidget(2, self.message)
        self._card.insertLayout(3, progress)
        for place, button in enumerate((self.scores_button, self.packs_button, self.help_button)):
            self._buttons.insertWidget(place, button)

        # Tab goes through the screen as it reads, whichever part was there first.
        order = [
            self.name_box,
            self.pack_box,
            self.category_box,
            self.difficulty_box,
            self.mode_box,
            self.length_box,
            self.timer_box,
            self.players_button,
            self.history_button,
            self.statistics_button,
            self.hot_seat_button,
            self.scores_button,
            self.packs_button,
            self.help_button,
            self.start_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def set_choices(self, choices: StartChoices) -> None:
        """Fill the pickers; the last player and the pack and mode offered come first."""
        from PySide6.QtCore import Qt

        from quizapp.core.formatting import pack_names

        typed = self.name_box.currentText()
        self.name_box.clear()
        self.name_box.addItems([p.name for p in choices.players])
        name = choices.last_player.name if choices.last_player else typed
        # The combo's current item must be the name shown: on Enter an editable combo puts
        # its current item's text back when the edit text was set but never typed.
        self.name_box.setCurrentIndex(self.name_box.findText(name, Qt.MatchFlag.MatchExactly))
        self.name_box.setEditText(name)
        self.name_edit.selectAll()
        playable = [p for p in choices.packs if p.enabled and p.question_count > 0]
        self._packs = playable
        self._pack_names = pack_names(choices.packs)
        pool = choices.pool
        chosen = [p.id for p in playable if pool is not None and p.id in pool.packs]
        self.pack_box.blockSignals(True)
        self.pack_box.clear_choices()
        for pack in playable:
            self.pack_box.add_choice(self._pack_names[pack.id], pack.id)
        self.pack_box.tick(chosen or [p.id for p in playable[:1]])
        self.pack_box.blockSignals(False)
        self._label_packs()
        if choices.mode is not None:
            self.mode_box.setCurrentIndex(max(self.mode_box.findData(choices.mode), 0))
        self._wanted = pool
        self.start_button.setEnabled(bool(playable))
        self.status.setText("" if playable else "There are no packs to play yet.")

    def show_due(self, due: int | None) -> None:
        """Say beside Practise mistakes how many missed questions of the pack are due now."""
        from quizapp.core.modes import MISTAKES_MODE, MODES

        index = self.mode_box.findData(MISTAKES_MODE)
        label = MODES[MISTAKES_MODE].label
        if due == 0:
            label += ": all caught up"
        elif due is not None:
            label += f": {due} due"
        self.mode_box.setItemText(index, label)

    def due_text(self) -> str:
        """Return what the mode picker says of Practise mistakes."""
        from quizapp.core.modes import MISTAKES_MODE

        return self.mode_box.itemText(self.mode_box.findData(MISTAKES_MODE))

    def show_message(self, text: str) -> None:
        """Show a problem with the form, under the fields."""
        self.message.setProperty("tone", "problem")
        self.message.setText(text)
        restyle(self.message)

    @Slot()
    def clear_message(self) -> None:
        """Take away the message under the fields: the form changed or a round started."""
        self.message.setText("")

    def show_good_news(self, text: str) -> None:
        """Show news that needs no fixing, such as nothing left to practise, under the fields."""
        self.message.setProperty("tone", "news")
        self.message.setText(text)
        restyle(self.message)

    @Slot(str)
    def forget_name(self, name: str) -> None:
        """Clear the name field if it holds a player who no longer exists."""
        if self.name_box.currentText() == name:
            self.name_box.setEditText("")

    def focus_name(self) -> None:
        """Put the cursor in the name field."""
        self.name_box.setFocus()  # for no other reason, as Qt puts it
        self.name_edit.selectAll()

    def selected_pack(self) -> PackId | None:
        """Return the (first) pack chosen for the next round."""
        packs = self.selected_packs()
        return packs[0] if packs else None

    def selected_packs(self) -> list[PackId]:
        """Return every pack chosen for the next round."""
        from quizapp.core.model import PackId

        return [PackId(int(data)) for data in self.pack_box.ticked()]

    def selected_pool(self) -> QuestionPool:
        """Return the packs, categories and difficulty chosen for the next round."""
        from quizapp.core.model import QuestionPool

        level = self.difficulty_box.currentData()
        return QuestionPool.of(
            self.selected_packs(), self.category_box.ticked(), [level] if level else []
        )

    def show_pool(self, summary: PoolSummary, pool: QuestionPool) -> None:
        """List the categories and difficulties the chosen packs hold, and how many fit.

        What was chosen stays chosen where the packs still have it.
        """
        from quizapp.core.formatting import count_questions

        wanted = self._wanted or pool
        self._wanted = None
        self.category_box.blockSignals(True)
        self.category_box.clear_choices()
        for name, count in summary.categories:
            self.category_box.add_choice(f"{name}  ({count})", name)
        self.category_box.tick([c for c in wanted.categories])
        self.category_box.blockSignals(False)
        self.difficulty_box.blockSignals(True)
        self.difficulty_box.clear()
        self.difficulty_box.addItem("Any difficulty", "")
        for level, count in summary.difficulties:
            self.difficulty_box.addItem(f"{level.value.capitalize()}  ({count})", level.value)
        levels = [d.value for d in wanted.difficulties]
        self.difficulty_box.setCurrentIndex(
            max(self.difficulty_box.findData(levels[0]) if levels else 0, 0)
        )
        self.difficulty_box.blockSignals(False)
        has_levels = bool(summary.difficulties)
        self.difficulty_box.setEnabled(has_levels)
        self.category_box.setEnabled(bool(summary.categories))
        self.pool_label.setText(count_questions(summary.size))
        self.pool_label.setToolTip(
            "How many questions the packs, categories and difficulty chosen hold for this mode"
            + (
                f"; a round asks one question per fact, so {summary.facts} at most"
                if summary.facts < min(summary.size, MAX_ROUND_LENGTH)
                else ""
            )
        )
        self._most_per_round = summary.facts
        self._on_length_changed(self.length_box.currentText())
        mode = self._chosen_mode()
        note = None if mode is None else mode.left_out(summary.kinds)
        self.kinds_note.setText(note or "")
        self.kinds_note.setVisible(note is not None)

    def _number_box(self, name: str, offered: tuple[int, ...], current: int, tip: str) -> QComboBox:
        """Return a box offering some numbers that takes any other typed; Enter starts."""
        box = QComboBox()
        box.setObjectName(name)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        edit = QLineEdit()
        box.setLineEdit(edit)
        edit.returnPressed.connect(self._on_start_clicked)
        box.addItems([str(n) for n in offered])
        box.setCurrentText(str(current))
        box.setToolTip(tip)
        box.setAccessibleDescription(tip)
        return box

    def selected_mode(self) -> str:
        """Return the key of the mode chosen for the next round."""
        return str(self.mode_box.currentData())

    def _chosen_mode(self) -> Mode | None:
        from quizapp.core.modes import MODES  # with the rest of the screen (see complete)

        return MODES.get(self.selected_mode())

    @Slot()
    def _on_mode_changed(self) -> None:
        mode = self._chosen_mode()
        timed = mode is not None and mode.timed
        self.timer_box.setVisible(timed)
        self.timer_label.setVisible(timed)
        self._label_packs()
        self.choice_changed.emit()

    def _label_packs(self) -> None:
        """Name each pack with the number of questions the chosen mode can draw from it."""
        if not self._packs:
            return  # none to name, as before the store is open
        from quizapp.core.formatting import count_questions

        mode = self._chosen_mode()
        for index, pack in enumerate(self._packs):
            count = pack.question_count if mode is None else pack.count_for(mode.kinds)
            name = self._pack_names[pack.id]
            self.pack_box.setItemText(index, f"{name}  ({count_questions(count)})")
        self.pack_box.update()

    @Slot(str)
    def _on_length_changed(self, text: str) -> None:
        """Say in the tagline how many questions the round will ask, once it is a number."""
        from quizapp.core.formatting import count_questions

        if text.strip().isdigit() and int(text) > 0:
            # A round asks one question per fact: a pool of fewer facts gives a shorter one.
            asked = min(int(text), self._most_per_round or int(text))
            self.tagline.setText(_tagline(count_questions(asked)))

    @Slot()
    def _on_start_clicked(self) -> None:
        pack = self.selected_pack()
        if not self.start_button.isEnabled() or pack is None:
            return
        self.start_requested.emit(
            self.name_box.currentText(), pack, str(self.mode_box.currentData())
        )
