"""Small building blocks shared by the screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None, *, role: str = "") -> QLabel:
    """Return a label that shows its text literally: a pack cannot inject rich text or links."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    if role:
        label.setObjectName(role)
    return label


def button_text(text: str) -> str:
    """Return text for a button, with '&' kept literal rather than read as a shortcut mark."""
    return text.replace("&", "&&")


def restyle(widget: QWidget) -> None:
    """Re-polish a widget so the style sheet sees a dynamic property it was just given."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
