"""The Packs view: every pack in the bank, with import, export, editing and deletion."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.formatting import pack_names
from quizapp.core.model import PackId, PackInfo
from quizapp.errors import StoreError
from quizapp.packs import formats
from quizapp.ui.dialogs import (
    Ask,
    AskText,
    OpenFiles,
    SaveFile,
    Tell,
    ask_text,
    ask_yes_no,
    choose_export_file,
    choose_pack_files,
    show_error,
    show_report,
)
from quizapp.ui.shortcuts import Place, bind_shortcuts, describe
from quizapp.ui.tables import read_only_table, refit
from quizapp.ui.widgets import plain_label
from quizapp.ui.workers import ImportJob, ImportOutcome

if TYPE_CHECKING:
    from quizapp.store import Collection

HEADERS = ("Pack", "Questions", "Where it came from", "Play")


class PacksScreen(QWidget):
    """Lists the packs; every change goes through the Collection and the list is redrawn."""

    back_requested = Signal()
    packs_changed = Signal()
    edit_requested = Signal(int)
    facts_requested = Signal()
    import_finished = Signal(object)

    def __init__(
        self,
        collection: Collection,
        parent: QWidget | None = None,
        *,
        ask: Ask = ask_yes_no,
        tell: Tell = show_error,
        report: Tell = show_report,
        open_files: OpenFiles = choose_pack_files,
        save_file: SaveFile = choose_export_file,
        text: AskText = ask_text,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("packsScreen")
        self.setAccessibleName("Packs")
        self.setAccessibleDescription("Your question packs: import, edit, export, delete")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self._ask, self._tell, self._report = ask, tell, report
        self._open_files, self._save_file, self._text = open_files, save_file, text
        self.collection = collection
        self._packs: list[PackInfo] = []
        self._names: dict[PackId, str] = {}
        self._pool = QThreadPool(self)
        self.job: ImportJob | None = None
        self.progress: QProgressDialog | None = None

        self.table: QTableWidget = read_only_table(HEADERS, shares={0: 3, 2: 2})
        self.table.setAccessibleName("Packs")
        self.table.setAccessibleDescription("Press Delete to delete the pack picked")
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self._on_edit_clicked())

        self.import_button = QPushButton("Import…")
        self.import_button.setAccessibleDescription("Add a pack from a file")
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self._on_import_clicked)
        self.facts_button = QPushButton("New pack from facts…")
        describe(self.facts_button, Place.WINDOW, "new_pack_from_facts")
        self.facts_button.clicked.connect(self.facts_requested)
        self.edit_button = QPushButton("Edit questions")
        self.edit_button.setAccessibleDescription("Edit the questions of the pack picked")
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.rename_button = QPushButton("Rename…")
        self.rename_button.setAccessibleDescription("Give the pack picked a new title")
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.export_button = QPushButton("Export…")
        self.export_button.setAccessibleDescription("Save the pack picked to a file")
        self.export_button.clicked.connect(self._on_export_clicked)
        self.delete_button = QPushButton("Delete…")
        describe(self.delete_button, Place.PACKS, "delete")
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.back_button = QPushButton("Back  Esc")
        describe(self.back_button, Place.PACKS, "back")
        self.back_button.clicked.connect(self.back_requested)
        bind_shortcuts(
            self, Place.PACKS, {"back": self.back_requested.emit, "delete": self._on_delete_clicked}
        )

        top = QHBoxLayout()
        top.addWidget(plain_label("Question packs", role="screenTitle"))
        top.addStretch(1)
        top.addWidget(self.facts_button)
        top.addWidget(self.import_button)
        actions = QHBoxLayout()
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        for button in (self.edit_button, self.rename_button, self.export_button):
            actions.addWidget(button)
        actions.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addWidget(
            plain_label(
                f"Import packs ({formats.labels_in_words()}) with the button or by dropping "
                "files here. Untick Play to leave a pack out of the start screen.",
                role="status",
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._update_buttons()

    # Listing -------------------------------------------------------------------------------

    def set_collection(self, collection: Collection) -> None:
        """Show the packs of this store."""
        self.collection = collection
        self.refresh()

    # `quizapp import` may have changed the packs while the window was open: the list is read
    # again whenever the player comes to it, from another screen or from another window.
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """List the packs as they are now in the store."""
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """List the packs again when the player switches back to the window."""
        super().changeEvent(event)
        coming_back = event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
        if coming_back and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Redraw the list from the store, keeping the selected pack selected."""
        selected = self.selected_pack()
        self._packs = self.collection.packs.all()
        self._names = pack_names(self._packs)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._packs))
        for row, pack in enumerate(self._packs):
            title = QTableWidgetItem(self._names[pack.id])
            title.setToolTip(f"id: {pack.slug}")
            count = QTableWidgetItem(f"{pack.question_count:,}")
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            origin = QTableWidgetItem(pack.came_from)
            play = QTableWidgetItem("")
            play.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            play.setCheckState(Qt.CheckState.Checked if pack.enabled else Qt.CheckState.Unchecked)
            for column, item in enumerate((title, count, origin, play)):
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        refit(self.table)
        if selected is not None:
            self.select_pack(selected.id)
        self._update_buttons()

    def packs(self) -> Sequence[PackInfo]:
        """The packs as listed."""
        return self._packs

    def selected_pack(self) -> PackInfo | None:
        """Return the pack of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._packs):
            return None
        return self._packs[rows[0].row()]

    def select_pack(self, pack_id: PackId) -> None:
        """Select the row of a pack."""
        for row, pack in enumerate(self._packs):
            if pack.id == pack_id:
                self.table.selectRow(row)

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected_pack() is not None
        for button in (self.edit_button, self.rename_button, self.export_button):
            button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _changed(self) -> None:
        self.refresh()
        self.packs_changed.emit()

    def _guarded(self, title: str, action: Callable[[], None]) -> bool:
        try:
            action()
        except StoreError as exc:
            self._tell(self, title, str(exc))
            return False
        return True

    # Actions -------------------------------------------------------------------------------

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 3 or item.row() >= len(self._packs):
            return
        pack = self._packs[item.row()]
        enabled = item.checkState() == Qt.CheckState.Checked
        if self._guarded(
            "Cannot change the pack", lambda: self.collection.packs.set_enabled(pack.id, enabled)
        ):
            self._changed()

    @Slot()
    def _on_rename_clicked(self) -> None:
        pack = self.selected_pack()
        if pack is None:
            return
        title = self._text(self, "Rename pack", "New title:", pack.title)
        if title is not None and self._guarded(
            "Cannot rename the pack", lambda: self.collection.packs.rename(pack.id, title)
        ):
            self._changed()

    @Slot()
    def _on_export_clicked(self) -> None:
        pack = self.selected_pack()
        if pack is None:
            return
        target = self._save_file(self, f"{pack.slug}.json")
        if target is None:
            return
        from quizapp.files import write_text
        from quizapp.packs import dump_pack

        try:
            write_text(target, dump_pack(self.collection.packs.contents(pack.id)))
        except OSError as exc:
            self._tell(self, "Export failed", f"Cannot write {target}: {exc.strerror or exc}")
            return
        self._report(self, "Pack exported", f"Wrote {pack.question_count:,} questions to {target}.")

    @Slot()
    def _on_delete_clicked(self) -> None:
        pack = self.selected_pack()
        if pack is None:
            return
        if not self._ask(
            self,
            "Delete pack?",
            f"Delete {self._names.get(pack.id, pack.title)!r} and its "
            f"{pack.question_count:,} questions? Rounds already played with it stay in the "
            "history.",
        ):
            return
        if self._guarded("Cannot delete the pack", lambda: self.collection.packs.delete(pack.id)):
            self._changed()

    @Slot()
    def _on_edit_clicked(self) -> None:
        pack = self.selected_pack()
        if pack is not None:
            self.edit_requested.emit(pack.id)

    @Slot()
    def _on_import_clicked(self) -> None:
        paths = self._open_files(self)
        if paths:
            self.import_files(paths)

    # Importing -----------------------------------------------------------------------------

    def import_files(self, paths: Sequence[Path]) -> None:
        """Import files in a worker, with a progress dialog whose Cancel undoes everything."""
        if self.job is not None:
            return
        job = ImportJob(self.collection, paths, self)
        progress = QProgressDialog("Reading…", "Cancel", 0, 0, self)
        progress.setWindowTitle("Importing")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self._on_import_cancel_clicked)
        job.signals.stage.connect(progress.setLabelText)
        job.signals.progress.connect(self._on_import_progress)
        job.signals.finished.connect(self._on_import_finished)
        self.job, self.progress = job, progress
        job.start(self._pool)

    @Slot()
    def _on_import_cancel_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()

    @Slot(int, int)
    def _on_import_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    @Slot(object)
    def _on_import_finished(self, outcome: ImportOutcome) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
        self.job, self.progress = None, None
        self._changed()
        if outcome.reports:
            self.select_pack_slug(outcome.reports[-1].pack_slug)
        self.import_finished.emit(outcome)
        title = "Import cancelled" if outcome.cancelled else "Import report"
        self._report(self, title, outcome.text())

    def select_pack_slug(self, slug: str) -> None:
        """Select the row of the pack with this id."""
        for pack in self._packs:
            if pack.slug == slug:
                self.select_pack(pack.id)

    def wait_for_jobs(self) -> None:
        """Block until a running import ends; used when the window closes."""
        if self.job is not None:
            self.job.cancel()
        self._pool.waitForDone()

    # Drag and drop -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Accept files dragged from the desktop."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Import the local files dropped here; links to elsewhere are ignored."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)
