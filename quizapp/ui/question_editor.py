"""The question editor: add, change and remove a pack's questions, checked as an import is."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.kinds import KIND_LABELS, TRUE_FALSE, Difficulty, QuestionKind
from quizapp.core.model import PackId
from quizapp.errors import StoreError
from quizapp.ui.dialogs import Ask, ask_yes_no
from quizapp.ui.shortcuts import Place, bind_shortcuts, describe
from quizapp.ui.widgets import fit_to_screen, plain_label, plain_tooltip, text_lines_height

if TYPE_CHECKING:
    from quizapp.packs.model import PackQuestion
    from quizapp.store import Collection


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class QuestionEditor(QDialog):
    """Edits one pack's questions; every save goes straight to the store."""

    saved = Signal()

    def __init__(
        self,
        collection: Collection,
        pack_id: PackId,
        parent: QWidget | None = None,
        *,
        ask: Ask = ask_yes_no,
    ) -> None:
        super().__init__(parent)
        self._collection = collection
        self._pack_id = pack_id
        self._ask = ask
        self._questions: list[PackQuestion] = []
        self._editing: str | None = None
        info = collection.packs.info(pack_id)
        self.setWindowTitle(f"Questions of {info.title}")
        em = self.fontMetrics().height()
        fit_to_screen(self, 58 * em, 38 * em)

        self.list = QListWidget()
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName("Questions of the pack")
        self.list.setAccessibleDescription("Pick a question to change it in the form")
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.new_button = QPushButton("New question")
        describe(self.new_button, Place.EDITOR, "new")
        self.new_button.clicked.connect(self._on_new_clicked)
        self.delete_button = QPushButton("Delete question")
        self.delete_button.setAccessibleDescription("Take the question out of the pack")
        self.delete_button.clicked.connect(self._on_delete_clicked)

        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.prompt = QPlainTextEdit()
        self.prompt.setPlaceholderText("The question as the player reads it")
        self.prompt.setFixedHeight(text_lines_height(self.prompt, 3))
        self.answer = QLineEdit()
        self.truth = QComboBox()
        self.truth.addItems(list(TRUE_FALSE))
        self.wrong = QPlainTextEdit()
        self.wrong.setPlaceholderText("One wrong option a line (at least one)")
        self.wrong.setFixedHeight(text_lines_height(self.wrong, 4))
        self.also_accept = QPlainTextEdit()
        self.also_accept.setPlaceholderText("Other answers to accept, one a line (optional)")
        self.also_accept.setFixedHeight(text_lines_height(self.also_accept, 3))
        self.tolerance = QDoubleSpinBox()
        self.tolerance.setRange(0, 1e9)
        self.tolerance.setDecimals(3)
        self.category = QLineEdit()
        self.difficulty = QComboBox()
        self.difficulty.addItem("(none)", None)
        for level in Difficulty:
            self.difficulty.addItem(level.value.capitalize(), level.value)
        self.explanation = QPlainTextEdit()
        self.explanation.setFixedHeight(text_lines_height(self.explanation, 3))
        self.message = plain_label(role="formMessage")
        self.save_button = QPushButton("Save question")
        self.save_button.setObjectName("primary")
        describe(self.save_button, Place.EDITOR, "save")
        self.save_button.clicked.connect(self._on_save_clicked)
        bind_shortcuts(
            self, Place.EDITOR, {"save": self._on_save_clicked, "new": self._on_new_clicked}
        )
        close = QPushButton("Close")
        close.setAccessibleDescription("Close the editor; saved questions stay saved")
        close.clicked.connect(self.accept_and_close)

        self.form = QFormLayout()
        # Every field as wide as the form, so no choice is cut short at large text sizes.
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields: list[tuple[str, QWidget, str]] = [
            ("Kind", self.kind, "Multiple choice, true or false, or a typed answer"),
            ("Question", self.prompt, "The question as the player reads it"),
            ("Answer", self.answer, "The right answer"),
            ("Answer", self.truth, "Whether the statement is true or false"),
            ("Wrong options", self.wrong, "One wrong option a line, at least one"),
            ("Also accept", self.also_accept, "Other typed answers counted right, one a line"),
            ("Numeric tolerance", self.tolerance, "How far a typed number may be from the answer"),
            ("Category", self.category, "The category the question is listed under"),
            ("Difficulty", self.difficulty, "Easy, medium or hard, or none"),
            ("Explanation", self.explanation, "Shown after the player answers"),
        ]
        for label, field, description in fields:
            # A combo box would otherwise be named by its choice, not by what it asks.
            field.setAccessibleName(label)
            field.setAccessibleDescription(description)
            if isinstance(field, QPlainTextEdit):
                # Tab moves on to the next field, as everywhere else in the form.
                field.setTabChangesFocus(True)
            self.form.addRow(label, field)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(self.form)
        right_layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        right_layout.addStretch(1)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        # Shares rather than pixels, so the form keeps its room at any text size.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([1000, 2000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()
        self._on_new_clicked() if not self._questions else self.list.setCurrentRow(0)

    def reload(self, select: str | None = None) -> None:
        """Reload the questions from the store."""
        self._questions = list(self._collection.packs.contents(self._pack_id).questions)
        self.list.blockSignals(True)
        self.list.clear()
        for question in self._questions:
            item = QListWidgetItem(question.prompt)
            item.setToolTip(plain_tooltip(question.prompt))
            self.list.addItem(item)
        self.list.blockSignals(False)
        if select is not None:
            index = next((i for i, q in enumerate(self._questions) if q.id == select), -1)
            self.list.setCurrentRow(index)
        self.delete_button.setEnabled(self._editing is not None)

    def _show(self, question: PackQuestion | None) -> None:
        self._editing = question.id if question else None
        kind = question.kind if question else QuestionKind.CHOICE
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.prompt.setPlainText(question.prompt if question else "")
        answer = question.answer if question else ""
        self.answer.setText("" if isinstance(answer, bool) else answer)
        self.truth.setCurrentIndex(0 if answer is True or not question else 1)
        self.wrong.setPlainText("\n".join(question.wrong) if question else "")
        self.also_accept.setPlainText("\n".join(question.accept) if question else "")
        self.tolerance.setValue(question.tolerance if question else 0)
        self.category.setText((question.category or "") if question else "")
        difficulty = question.difficulty.value if question and question.difficulty else None
        self.difficulty.setCurrentIndex(self.difficulty.findData(difficulty))
        self.explanation.setPlainText((question.explanation or "") if question else "")
        self.message.setText("")
        self.delete_button.setEnabled(question is not None)
        self._on_kind_changed()

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._questions):
            self._show(self._questions[row])

    @Slot()
    def _on_new_clicked(self) -> None:
        self.list.clearSelection()
        self._show(None)
        self.prompt.setFocus()

    @Slot()
    def _on_kind_changed(self) -> None:
        kind = QuestionKind(self.kind.currentData())
        visible: dict[QWidget, bool] = {
            self.answer: kind is not QuestionKind.TRUEFALSE,
            self.truth: kind is QuestionKind.TRUEFALSE,
            self.wrong: kind is QuestionKind.CHOICE,
            self.also_accept: kind is QuestionKind.TYPED,
            self.tolerance: kind is QuestionKind.TYPED,
        }
        for widget, shown in visible.items():
            self.form.setRowVisible(widget, shown)

    def entered(self) -> dict[str, Any]:
        """Return the form as pack-question fields."""
        kind = QuestionKind(self.kind.currentData())
        prompt = self.prompt.toPlainText().strip()
        data: dict[str, Any] = {"kind": kind.value, "prompt": prompt}
        if kind is QuestionKind.TRUEFALSE:
            data["answer"] = self.truth.currentIndex() == 0
        else:
            data["answer"] = self.answer.text()
        if kind is QuestionKind.CHOICE:
            data["wrong"] = _lines(self.wrong)
        if kind is QuestionKind.TYPED:
            data["accept"] = _lines(self.also_accept)
            data["tolerance"] = self.tolerance.value()
        for name, value in (
            ("category", self.category.text().strip()),
            ("difficulty", self.difficulty.currentData()),
            ("explanation", self.explanation.toPlainText().strip()),
        ):
            if value:
                data[name] = value
        # A new question gets the id an import gives the same prompt, so importing the file it
        # came from again updates it instead of adding it twice.
        from quizapp.packs.naming import question_id

        data["id"] = self._editing or question_id(prompt)
        # What the form does not show (a time limit, where the question came from) stays as
        # the pack gave it.
        edited = next((q for q in self._questions if q.id == self._editing), None)
        if edited is not None:
            for name in ("source", "time_limit_s"):
                if getattr(edited, name) is not None:
                    data[name] = getattr(edited, name)
        return data

    @Slot()
    def _on_save_clicked(self) -> None:
        from pydantic import ValidationError

        from quizapp.packs.build import describe
        from quizapp.packs.model import PackQuestion

        try:
            question = PackQuestion.model_validate(self.entered())
            self._collection.packs.save_question(self._pack_id, question, replacing=self._editing)
        except ValidationError as exc:
            self.message.setText(describe(exc))
            return
        except StoreError as exc:
            self.message.setText(str(exc))
            return
        self._editing = question.id
        self.reload(select=question.id)
        self.message.setText("Saved.")
        self.saved.emit()

    @Slot()
    def _on_delete_clicked(self) -> None:
        if self._editing is None:
            return
        if not self._ask(self, "Delete question?", "Answers already given to it stay in history."):
            return
        self._collection.packs.retire_question(self._pack_id, self._editing)
        self._editing = None
        self.reload()
        self._show(None)
        self.saved.emit()

    @Slot()
    def accept_and_close(self) -> None:
        """Close the editor; everything saved is already in the store."""
        self.accept()
