"""Small building blocks shared by the screens."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QEvent, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QLabel, QWidget

from quizapp.paths import assets_dir

# The start screen, painted first, uses few of these blocks: what only the others need is
# loaded with them, as PySide sets up each Qt class, with all its enums, on first use.
if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent
    from PySide6.QtWidgets import QPlainTextEdit


def show_literally(label: QLabel) -> None:
    """Make a label show its text literally: a pack cannot inject rich text or links."""
    # Set by the format's name: the start screen's labels are made before PySide sets up the
    # enums of Qt's namespace (Qt.TextFormat among them), which takes some 17 ms.
    label.setProperty("textFormat", "PlainText")


def plain_label(text: str = "", parent: QWidget | None = None, *, role: str = "") -> QLabel:
    """Return a label that shows its text literally: a pack cannot inject rich text or links."""
    label = QLabel(parent)
    show_literally(label)
    label.setWordWrap(True)
    label.setText(text)
    if role:
        label.setObjectName(role)
    return label


def plain_tooltip(text: str) -> str:
    """Return a tooltip showing text literally: Qt renders a tooltip that looks like HTML."""
    from html import escape  # not needed before the first paint, which shows no tooltip

    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


def wrap_name(text: str, metrics: QFontMetrics, width: int) -> tuple[str, bool]:
    """Return a name laid out in lines no wider than width, and whether it had to be cut.

    Lines break between words and after hyphens. A word wider than a whole line is never
    broken inside: the name ends there, on a line of its own, cut short with an ellipsis.
    """
    if width < 2 * metrics.horizontalAdvance("W"):
        return text, False  # not laid out yet
    lines = [""]
    for number, word in enumerate(text.split()):
        for piece, part in enumerate(p for p in re.split(r"(?<=-)", word) if p):
            gap = " " if number and not piece and lines[-1] else ""
            if lines[-1] and metrics.horizontalAdvance(lines[-1] + gap + part) > width:
                lines.append(part)
            else:
                lines[-1] += gap + part
            if metrics.horizontalAdvance(lines[-1]) > width:
                # Qt's namespace of enums is set up here, never on the way to the first paint.
                from PySide6.QtCore import Qt

                lines[-1] = metrics.elidedText(lines[-1], Qt.TextElideMode.ElideRight, width)
                return "\n".join(lines), True
    return "\n".join(lines), False


class NameLabel(QLabel):
    """A wrapping label for a name in a narrow place: no word is broken inside.

    A name with a word too wide for a line is cut short there, the whole of it in a tooltip.
    """

    def __init__(self, parent: QWidget | None = None, *, role: str = "") -> None:
        super().__init__(parent)
        show_literally(self)
        self.setWordWrap(True)
        if role:
            self.setObjectName(role)
        self._name = ""

    def set_name(self, name: str) -> None:
        """Show a name, broken to fit the label's width."""
        self._name = name
        self.setAccessibleName(name)
        self._fit()

    def name(self) -> str:
        """The name shown, without the breaks put in to fit it."""
        return self._name

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Break the name again for the new width."""
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Break the name again for a new text size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        fitted, cut = wrap_name(self._name, self.fontMetrics(), self.contentsRect().width())
        if fitted != self.text():
            self.setText(fitted)
        self.setToolTip(plain_tooltip(self._name) if cut else "")


def restyle(widget: QWidget) -> None:
    """Re-polish a widget so the style sheet sees a dynamic property it was just given."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class CountingLabel(QLabel):
    """A label showing a number that can count up to a new value instead of jumping."""

    def __init__(self, template: str, parent: QWidget | None = None, *, role: str = "") -> None:
        super().__init__(parent)
        show_literally(self)
        if role:
            self.setObjectName(role)
        from PySide6.QtCore import QEasingCurve, QPropertyAnimation

        self._template = template
        self._value = 0
        self.animation = QPropertyAnimation(self, b"value", self)
        self.animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.setText(template.format(0))

    def _get_value(self) -> int:
        return self._value

    def _set_value(self, value: int) -> None:
        self._value = value
        self.setText(self._template.format(value))

    value = Property(int, _get_value, _set_value)

    def count_to(self, target: int, *, animate: bool, ms: int = 450) -> None:
        """Show a new value, counting up to it when animate is true; any count in flight ends."""
        self.animation.stop()
        if animate and target != self._value:
            self.animation.setDuration(ms)
            self.animation.setStartValue(self._value)
            self.animation.setEndValue(target)
            self.animation.start()
        else:
            self._set_value(target)


class Logo(QSvgWidget):
    """The game's logo, drawn from its SVG at a size that follows the text."""

    def __init__(self, lines: float = 4.5, parent: QWidget | None = None) -> None:
        super().__init__(str(assets_dir() / "logo.svg"), parent)
        self.setObjectName("logo")
        self._lines = lines
        self.setAccessibleName("quizapp logo")
        self._fit()

    def _fit(self) -> None:
        side = int(self.fontMetrics().height() * self._lines)
        self.setFixedSize(side, side)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Grow and shrink with the text."""
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)


# The smallest window every screen is laid out for (and the README promises); a window
# cannot be made smaller, unless the screen itself is.
SMALLEST_WINDOW = (800, 600)


def keep_from_shrinking(window: QWidget) -> None:
    """Stop a window being made smaller than the smallest size its screens are laid out for."""
    width, height = SMALLEST_WINDOW
    screen = window.screen()
    room = screen.availableGeometry() if screen is not None else None
    if room is not None and not room.isEmpty():
        width, height = min(width, room.width()), min(height, room.height())
    window.setMinimumSize(width, height)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size a window as asked, but never larger than the screen it is on.

    A dialog is also no larger than the game's window it belongs to, which the player may
    have made as small as 800x600.
    """
    size = QSize(width, height)
    screen = window.screen()
    room = screen.availableGeometry() if screen is not None else None
    if room is not None and not room.isEmpty():
        size = size.boundedTo(room.size())
    owner = window.parentWidget()
    if owner is not None:
        size = size.boundedTo(owner.window().size())
    window.resize(size)


def text_lines_height(edit: QPlainTextEdit, lines: int) -> int:
    """Return the height that shows a number of lines of an edit box at its text size."""
    margins = edit.contentsMargins()
    padding = int(edit.fontMetrics().height() * 0.6) + 2 * int(edit.document().documentMargin())
    return edit.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom() + padding


def announce(widget: QWidget, text: str) -> None:
    """Have screen readers say the text now, where the Qt version can (6.8 and later)."""
    from PySide6 import QtGui

    event_class = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_class is not None and text:
        QtGui.QAccessible.updateAccessibility(event_class(widget, text))
