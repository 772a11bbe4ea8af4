"""New pack from facts: paste or open a text, preview the generated questions, save, play."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.kinds import KIND_LABELS
from quizapp.core.modes import CLASSIC
from quizapp.errors import StoreError
from quizapp.ui.tables import ColumnFitter, ShortenedTextDelegate, refit
from quizapp.ui.widgets import fit_to_screen, plain_label, plain_tooltip, text_lines_height
from quizapp.ui.workers import Job, JobSignals

if TYPE_CHECKING:
    from quizapp.generate import Generation
    from quizapp.packs.model import PackQuestion
    from quizapp.store import Collection

log = logging.getLogger(__name__)

COLUMNS = ("Use", "Question", "Answer", "Kind", "Fact")
PROMPT, ANSWER, KIND, SOURCE = 1, 2, 3, 4
CANCELLED: Final = "Generation cancelled; no questions were made."
# Laying out a text this long in the box would freeze the window for seconds; a file this long
# is shown in part, and generated from whole.
LONGEST_SHOWN: Final = 500_000
PREVIEW_CHARS: Final = 20_000
HOW_TO_CHOOSE: Final = "Untick a question to leave it out; double-click to edit it."


def choose_facts_file(parent: QWidget | None) -> Path | None:
    """Ask for a facts text file."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, "Open a facts text", str(Path.home()), "Text files (*.txt);;All files (*)"
    )
    return Path(name) if name else None


def show_or_hide(label: QLabel, text: str) -> None:
    """Show a text, or hide the label while it has none: an empty line would waste room."""
    label.setText(text)
    label.setVisible(bool(text))


class GenerationSignals(JobSignals):
    """What a generation job reports back."""

    stage = Signal(str)
    progress = Signal(int, int)
    finished = Signal(object, str)


class GenerationJob(Job):
    """Loads the model and runs the generator off the GUI thread, hearing Cancel.

    It knows no widget: it reports through its signals only. Cancel stops it at the next
    chunk of text; it then makes nothing.
    """

    def __init__(self, text: str, pack_id: str, title: str, owner: QObject) -> None:
        self.signals: GenerationSignals
        super().__init__(GenerationSignals(owner))
        self._text, self._pack_id, self._title = text, pack_id, title
        self._shown = -1

    def run(self) -> None:
        """Generate; emit finished(generation, "") or finished(None, message)."""
        from quizapp.generate import FactsError, GenerationCancelledError, generate_pack
        from quizapp.generate.nlp import load_pipeline

        try:
            self.signals.stage.emit("Loading the English model…")
            load_pipeline()
            self.signals.stage.emit("Reading the text…")
            result = generate_pack(
                self._text,
                pack_id=self._pack_id,
                title=self._title,
                progress=self._progress,
                cancel=self.cancelled,
            )
        except GenerationCancelledError:
            self.signals.finished.emit(None, CANCELLED)
        except FactsError as exc:
            self.signals.finished.emit(None, exc.message)
        except Exception as exc:  # an unexpected failure is shown, never a traceback
            log.exception("generation failed")
            self.signals.finished.emit(None, f"The generator failed: {exc}")
        else:
            self.signals.finished.emit(result, "")

    def _progress(self, done: int, total: int) -> None:
        # A signal per percent: a long text's thousands of chunks would flood the event queue.
        percent = done * 100 // total if total else 100
        if percent != self._shown:
            self._shown = percent
            self.signals.progress.emit(done, total)


class FactsDialog(QDialog):
    """Turns a facts text into a pack the player checks before saving."""

    pack_saved = Signal(int)
    generated = Signal()

    def __init__(
        self,
        collection: Collection,
        parent: QWidget | None = None,
        *,
        open_file: Any = choose_facts_file,
        play_mode: str = CLASSIC.label,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("New pack from facts")
        em = self.fontMetrics().height()
        fit_to_screen(self, 64 * em, 42 * em)
        self._collection = collection
        self._open_file = open_file
        self._pool = QThreadPool(self)
        self._job: GenerationJob | None = None
        self._file_text: str | None = None  # a file too long to show, generated from whole
        self._filling = False
        self.generation: Generation | None = None

        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            "Paste facts here, one or more sentences a line, or open a text file."
        )
        # Tab leaves the box, as in every other field: a keyboard player is never trapped.
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName("Facts text")
        self.text.setAccessibleDescription("The sentences the questions are made from")
        self.text.textChanged.connect(self._on_text_changed)
        self.title = QLineEdit()
        self.title.setPlaceholderText("Pack title")
        self.title.setAccessibleName("Pack title")
        self.title.setAccessibleDescription("The title the new pack is saved under")
        self.open_button = QPushButton("Open text file…")
        self.open_button.setAccessibleDescription("Put the text of a file in the facts box")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.generate_button = QPushButton("Generate questions")
        self.generate_button.setObjectName("primary")
        self.generate_button.setAccessibleDescription("Make questions from the facts text")
        self.generate_button.clicked.connect(self._on_generate_clicked)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setVisible(False)
        self.cancel_button.setAccessibleDescription("Stop making questions")
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.progress = QProgressBar()
        # The game's bars are thin: a percentage written on one is cut in half.
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.progress.setAccessibleName("Progress of the generation")
        self.message = plain_label(role="formMessage")
        self.notes = plain_label(role="status")
        # Beside the buttons: two lines at most of how the generation goes.
        self.notes.setMinimumWidth(8 * em)
        self.file_note = plain_label(role="status")
        self.show_unused_button = QPushButton("Show them")
        self.show_unused_button.setVisible(False)
        self.show_unused_button.setAccessibleDescription(
            "List every sentence that gave no question, and why"
        )
        self.show_unused_button.clicked.connect(self._on_show_unused_clicked)
        self.unused_list = QPlainTextEdit()
        self.unused_list.setReadOnly(True)
        self.unused_list.setVisible(False)
        self.unused_list.setAccessibleName("Sentences that gave no question")
        self.unused_list.setTabChangesFocus(True)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setAccessibleName("Generated questions")
        self.table.setAccessibleDescription(
            "Space ticks or unticks a question; F2 edits its question or answer"
        )
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setEditTriggers(
            QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed
        )
        ColumnFitter(
            self.table, {PROMPT: 3, ANSWER: 1, KIND: 1, SOURCE: 2}, wrap_rows=True, cut=(SOURCE,)
        )
        # A source fact is often a long sentence: in full it made each row as tall as a
        # screen. It shows in the lines the question needs, and whole in its tooltip.
        self.table.setItemDelegateForColumn(SOURCE, ShortenedTextDelegate(self.table))
        lines = self.fontMetrics().lineSpacing()
        # Room for a whole question of a few lines, and for its columns side by side: the
        # dialog is never made so small that the preview shows no question whole.
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 6 * lines)
        self.text.setMinimumHeight(text_lines_height(self.text, 3))
        self.summary = plain_label(HOW_TO_CHOOSE, role="status")
        # The button names the mode the round will be played in: the one chosen to start with.
        self.save_button = QPushButton(f"Save and play a {play_mode} round")
        self.save_button.setObjectName("primary")
        self.save_button.setEnabled(False)
        self.save_button.setAccessibleDescription(
            f"Save the ticked questions as a pack and play it in {play_mode}, the mode chosen "
            "on the start screen"
        )
        self.save_button.clicked.connect(self._on_save_clicked)
        cancel = QPushButton("Close")
        cancel.setAccessibleDescription("Close without saving a pack")
        cancel.clicked.connect(self.reject)

        # Laid out to work in the smallest dialog too (its minimum is about 520x410): the title
        # has a row of its own and the buttons sit under what they act on.
        source = self._source_pane = QWidget()
        top = QVBoxLayout(source)
        top.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(plain_label("Title"))
        row.addWidget(self.title, 1)
        row.addWidget(self.open_button)
        top.addLayout(row)
        top.addWidget(self.text, 1)
        top.addWidget(self.file_note)
        # How the generation goes, and then how it went, beside the button that starts it.
        generate_row = QHBoxLayout()
        generate_row.addWidget(self.progress, 1)
        generate_row.addWidget(self.notes, 1)
        right = Qt.AlignmentFlag.AlignRight
        for button in (self.show_unused_button, self.cancel_button, self.generate_button):
            generate_row.addWidget(button, 0, right)
        top.addLayout(generate_row)
        top.addWidget(self.message)
        top.addWidget(self.unused_list)
        preview = QWidget()
        bottom = QVBoxLayout(preview)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.summary)
        bottom.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        bottom.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(source)
        self.splitter.addWidget(preview)
        self.splitter.setSizes([260, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._say("")
        self._note("")
        show_or_hide(self.file_note, "")

    def _say(self, text: str) -> None:
        """Show what is wrong with the text or the file, or nothing."""
        show_or_hide(self.message, text)

    @Slot(str)
    def _note(self, text: str) -> None:
        """Show how the generation goes or went, or nothing."""
        show_or_hide(self.notes, text)

    @Slot()
    def _on_open_clicked(self) -> None:
        path = self._open_file(self)
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        """Put a facts file's text in the box, or say why it cannot be read."""
        from quizapp.generate import FactsError, read_facts
        from quizapp.packs.naming import title_from_path

        try:
            facts = read_facts(path)
        except FactsError as exc:
            self._say(exc.message)
            return
        notes = [facts.notice] if facts.notice else []
        self._filling = True
        if len(facts.text) > LONGEST_SHOWN:
            self.text.setPlainText(facts.text[:PREVIEW_CHARS] + "…")
            self._file_text = facts.text
            notes.append(
                f"{path.name} holds {len(facts.text):,} characters, too many to show: the "
                f"first {PREVIEW_CHARS:,} are shown, and Generate reads the whole file."
            )
        else:
            self.text.setPlainText(facts.text)
            self._file_text = None
        self._filling = False
        if not self.title.text().strip():
            self.title.setText(title_from_path(path))
        self._say("")
        show_or_hide(self.file_note, "\n".join(notes))

    @Slot()
    def _on_text_changed(self) -> None:
        if self._file_text is not None and not self._filling:
            # The player edited the part shown: the text shown is now what they mean.
            self._file_text = None
            show_or_hide(self.file_note, "Edited: Generate reads the text shown.")

    @Slot()
    def _on_generate_clicked(self) -> None:
        text = self._file_text if self._file_text is not None else self.text.toPlainText()
        if not text.strip():
            self._say("Paste or open a facts text first.")
            return
        title = self.title.text().strip() or "My facts"
        self.title.setText(title)
        self._set_busy(True)
        self._say("")
        self._note("Generating…")
        self.show_unused_button.setVisible(False)
        self.unused_list.setVisible(False)
        from quizapp.packs.naming import slugify

        job = GenerationJob(text, slugify(title, fallback="facts"), title, self)
        job.signals.stage.connect(self._note)
        job.signals.progress.connect(self._on_generation_progress)
        job.signals.finished.connect(self._on_generation_finished)
        self._job = job
        job.start(self._pool)

    def _set_busy(self, busy: bool) -> None:
        # Cancel takes Generate's place, so the row is no wider while the bar runs beside it
        # and a small dialog is not pushed wider.
        keyboard_on_button = self.generate_button.hasFocus() or self.cancel_button.hasFocus()
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.generate_button.setVisible(not busy)
        self.generate_button.setEnabled(not busy)
        if keyboard_on_button:
            (self.cancel_button if busy else self.generate_button).setFocus()
        self.open_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        # Busy until the parser reports: Qt shows a moving bar for an empty range.
        self.progress.setRange(0, 0)

    @Slot(int, int)
    def _on_generation_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self._note("Cancelling…")

    @Slot(object, str)
    def _on_generation_finished(self, generation: Generation | None, error: str) -> None:
        self._set_busy(False)
        self._job = None
        self.generation = generation
        if generation is None:
            self._say(error)
            self._note("")
            self.table.setRowCount(0)
            self.save_button.setEnabled(False)
            self.summary.setText(HOW_TO_CHOOSE)
        else:
            self._fill(generation)
        self.generated.emit()

    def wait_for_jobs(self) -> None:
        """Cancel a running generation and wait until it has stopped."""
        if self._job is not None:
            self._job.cancel()
        self._pool.waitForDone()

    def done(self, result: int) -> None:
        """Close the dialog, stopping a generation that is still running."""
        self.wait_for_jobs()
        super().done(result)

    def _fill(self, generation: Generation) -> None:
        questions = generation.pack.questions
        self.table.setRowCount(len(questions))
        for row, question in enumerate(questions):
            use = QTableWidgetItem()
            use.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            use.setCheckState(Qt.CheckState.Checked)
            cells = [use, QTableWidgetItem(question.prompt), QTableWidgetItem(question.answer_text)]
            kind = QTableWidgetItem(KIND_LABELS[question.kind])
            source = QTableWidgetItem(question.source or "")
            source.setToolTip(plain_tooltip(question.source or ""))
            for item in (kind, source):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if question.kind.value == "truefalse":
                cells[ANSWER].setFlags(Qt.ItemFlag.ItemIsEnabled)
            for column, item in enumerate([*cells, kind, source]):
                self.table.setItem(row, column, item)
        refit(self.table)
        self._say("")
        self._show_unused(generation)
        # The questions are what to look at now: the text keeps the least room it needs.
        self.splitter.setSizes([self._source_pane.minimumSizeHint().height(), self.height()])
        self.summary.setText(
            f"{len(questions)} questions. Untick one to leave it out; double-click to edit it."
        )
        self.save_button.setEnabled(bool(questions))

    def _show_unused(self, generation: Generation) -> None:
        """Say how many sentences gave no question; the list says which, and why."""
        unused = generation.unused
        count = f"{len(unused)} sentence{'s' if len(unused) != 1 else ''} gave no question."
        self._note(count if unused else "")
        self.unused_list.setPlainText(
            "\n".join(f"Line {u.line}: {u.sentence}\n    {u.reason}" for u in unused)
        )
        self.unused_list.setVisible(False)
        self.show_unused_button.setVisible(bool(unused))

    @Slot()
    def _on_show_unused_clicked(self) -> None:
        self.unused_list.setVisible(True)
        self.show_unused_button.setVisible(False)
        self.unused_list.setFocus()

    def chosen_questions(self) -> list[PackQuestion]:
        """Return the ticked questions with the player's edits, each checked as on import."""
        from quizapp.packs.model import PackQuestion

        assert self.generation is not None
        chosen = []
        for row, question in enumerate(self.generation.pack.questions):
            if self._cell(row, 0).checkState() != Qt.CheckState.Checked:
                continue
            data = question.model_dump()
            data["prompt"] = self._cell(row, PROMPT).text()
            if not isinstance(question.answer, bool):
                data["answer"] = self._cell(row, ANSWER).text()
            chosen.append(PackQuestion.model_validate(data))
        return chosen

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None, "every preview cell is filled"
        return item

    @Slot()
    def _on_save_clicked(self) -> None:
        from pydantic import ValidationError

        from quizapp.packs.model import PackHeader
        from quizapp.packs.native import describe

        if self.generation is None:
            return
        try:
            questions = self.chosen_questions()
        except ValidationError as exc:
            self.summary.setText(f"Not saved: {describe(exc)}")
            return
        if not questions:
            self.summary.setText("Tick at least one question.")
            return
        from quizapp.packs.naming import slugify

        pack = self.generation.pack
        # The title in the box now is the one saved: it may have changed since generating.
        title = self.title.text().strip() or pack.title
        header = PackHeader(
            id=slugify(title, fallback="facts"), title=title, description=pack.description
        )
        try:
            info = self._collection.packs.add(header, questions)
        except StoreError as exc:
            self.summary.setText(f"Not saved: {exc}")
            return
        self.pack_saved.emit(int(info.id))
        self.accept()
