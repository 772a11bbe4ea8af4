"""Questions and messages put to the player, behind small functions tests can replace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from quizapp.ui.widgets import fit_to_screen, show_literally

# Each dialog's class, and Qt's namespace, is loaded when it is first shown: PySide sets up a
# class, with all its enums, on first use, and the window is painted before any dialog is
# needed.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

Ask = Callable[[QWidget | None, str, str], bool]
Tell = Callable[[QWidget | None, str, str], None]


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; No is the default so a stray Enter changes nothing."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(parent, QMessageBox.Icon.Question, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_about_box(parent: QWidget | None, title: str, text: str) -> None:
    """Show the About box."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, title, text)


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Show an error the player has to acknowledge."""
    from PySide6.QtWidgets import QMessageBox

    message_box(parent, QMessageBox.Icon.Critical, title, text).exec()


def message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    """Return a message box that shows its text literally: pack text never renders or links."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    for label in box.findChildren(QLabel):
        # A message box opens the links in its text unless told not to.
        label.setOpenExternalLinks(False)
    return box


OpenFiles = Callable[[QWidget | None], list[Path]]
SaveFile = Callable[[QWidget | None, str], Path | None]
AskText = Callable[[QWidget | None, str, str, str], str | None]


def choose_pack_files(parent: QWidget | None) -> list[Path]:
    """Ask for pack files to import."""
    from PySide6.QtWidgets import QFileDialog

    from quizapp.packs import formats

    names, _filter = QFileDialog.getOpenFileNames(
        parent, "Import question packs", str(Path.home()), formats.file_filter()
    )
    return [Path(name) for name in names]


def choose_export_file(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to write an exported pack."""
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getSaveFileName(
        parent, "Export pack", str(Path.home() / suggested), "Question packs (*.json)"
    )
    return Path(name) if name else None


def ask_text(parent: QWidget | None, title: str, label: str, text: str) -> str | None:
    """Ask for one line of text; None when cancelled."""
    from PySide6.QtWidgets import QDialog, QInputDialog

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    # The label may hold a pack's title: shown as written, never as rich text.
    for shown in dialog.findChildren(QLabel):
        show_literally(shown)
    return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None


def show_report(parent: QWidget | None, title: str, text: str) -> None:
    """Show a long plain-text report the player can scroll and copy."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    fit_to_screen(dialog, 720, 420)
    view = QPlainTextEdit(dialog)
    view.setReadOnly(True)
    view.setPlainText(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.exec()
