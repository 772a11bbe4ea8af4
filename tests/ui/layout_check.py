"""What a player sees as broken layout: cut-off text, widgets on top of each other, overflow."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QWidget,
)

from quizapp.ui.tiles import AnswerTile


def _inside_scrolled_view(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QPushButton)):
        text = f" {widget.text()[:40]!r}"
    return f"{type(widget).__name__}#{widget.objectName() or '-'}{text}"


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.textFormat() == Qt.TextFormat.RichText:
        return None
    area = label.contentsRect()
    metrics = label.fontMetrics()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return f"needs {needed} px of height, has {label.height()}"
        # Wrapping breaks lines between words only: a word wider than the label is cut.
        words = text.replace("\u200b", " ").replace("-", "- ").split()
        widest_word = max((metrics.horizontalAdvance(w) for w in words), default=0)
        if widest_word > area.width() + 1:
            return f"a word is {widest_word} px wide in {area.width()} px"
        return None
    widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if widest > area.width() + 1:
        return f"text is {widest} px wide in {area.width()} px"
    return None


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    font = QFont(header.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    problems = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        if not text.strip():
            problems.append(f"column {section} has no header")
            continue
        # The section's padding is half an em either side.
        needed = metrics.horizontalAdvance(text) + metrics.height()
        if header.sectionSize(section) < needed:
            problems.append(f"header {text!r} needs {needed} px, has {header.sectionSize(section)}")
    return problems


def _layout_children(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found.extend(_layout_children(item.layout()))
    return found


def layout_problems(top: QWidget) -> list[str]:
    """Return every visible flaw of a window's layout, each naming the widget."""
    problems: list[str] = []
    frame = top.rect()
    widgets = [w for w in top.findChildren(QWidget) if w.isVisibleTo(top) and not w.isWindow()]
    for widget in [top, *widgets]:
        if widget is not top and _inside_scrolled_view(widget, top):
            continue
        where = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        if widget is not top and not frame.contains(where):
            problems.append(f"{_name(widget)} at {where.getRect()} is outside the window")
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            if problem:
                problems.append(f"{_name(widget)}: {problem}")
        elif isinstance(widget, AnswerTile):
            if not widget.text_fits():
                problems.append(f"{_name(widget)}: the option does not fit")
        elif isinstance(widget, QPushButton):
            if widget.width() < widget.sizeHint().width() - 1:
                problems.append(f"{_name(widget)} is cut to {widget.width()} px")
        elif isinstance(widget, QComboBox):
            metrics = widget.fontMetrics()
            needed = metrics.horizontalAdvance(widget.currentText()) + 3 * metrics.height()
            if widget.width() < needed:
                problems.append(f"{_name(widget)} shows {widget.width()} of {needed} px")
        elif isinstance(widget, QHeaderView) and widget.isVisibleTo(top):
            problems.extend(
                f"{_name(widget.parentWidget())}: {p}" for p in _header_problems(widget)
            )
        layout = widget.layout()
        if layout is not None:
            children = [c for c in _layout_children(layout) if c.isVisibleTo(top)]
            for i, first in enumerate(children):
                for second in children[i + 1 :]:
                    if first.geometry().intersects(second.geometry()):
                        problems.append(f"{_name(first)} overlaps {_name(second)}")
    return problems
