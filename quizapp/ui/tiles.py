"""Answer tiles: a colour, a shape and a key per option, and a short move when judged."""

from __future__ import annotations

import math

from PySide6.QtCore import (
    Property,
    QEasingCurve,
    QPointF,
    QPropertyAnimation,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from quizapp.ui.palette import LIGHT, Palette

JUDGE_MS = 320


def shape_path(shape: str, box: QRectF) -> QPainterPath:
    """Return the outline of a tile's shape mark inside a square box."""
    path = QPainterPath()
    c = box.center()
    r = box.width() / 2
    if shape == "triangle":
        path.moveTo(c.x(), box.top())
        path.lineTo(box.right(), box.bottom() - r * 0.15)
        path.lineTo(box.left(), box.bottom() - r * 0.15)
        path.closeSubpath()
    elif shape == "diamond":
        path.moveTo(c.x(), box.top())
        path.lineTo(box.right(), c.y())
        path.lineTo(c.x(), box.bottom())
        path.lineTo(box.left(), c.y())
        path.closeSubpath()
    elif shape == "circle":
        path.addEllipse(box.adjusted(r * 0.08, r * 0.08, -r * 0.08, -r * 0.08))
    else:
        path.addRect(box.adjusted(r * 0.15, r * 0.15, -r * 0.15, -r * 0.15))
    return path


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


class AnswerTile(QAbstractButton):
    """One option: its own colour and shape, its key, and its text wrapped to fit.

    After judging, the right tile turns green with a tick, a wrong choice red with a cross, and
    the rest fade: the marks and the verdict say it in shape and words, not by colour alone.
    """

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setObjectName("option")
        # Tab reaches a tile (Space or Enter then answers with it); a click does not take
        # the focus, so the keys of the question screen keep working.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._palette = LIGHT
        self._option = ""
        self._key = ""
        self._state = ""
        self._judged = 0.0
        self.animation = QPropertyAnimation(self, b"judged", self)
        self.animation.setDuration(JUDGE_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.OutCubic)

    # What it shows --------------------------------------------------------------------------

    @property
    def shape(self) -> str:
        """The shape that marks this tile besides its colour."""
        return self._palette.tiles[self.index].shape

    @property
    def option(self) -> str:
        """The option's text as written in the pack."""
        return self._option

    @property
    def key_hint(self) -> str:
        """The keys that choose this tile, e.g. "1 · A"."""
        return self._key

    def set_option(self, key_hint: str, option: str) -> None:
        """Show an option and the keys that choose it; clear any verdict."""
        self._option = option
        self._key = key_hint
        # A button reads '&' as a mnemonic mark, so the text it reports keeps it literal.
        self.setText(f"{key_hint}   {option.replace('&', '&&')}")
        self.setAccessibleName(f"{key_hint}, {self.shape}: {option}")
        self.set_state("", animate=False)
        self.updateGeometry()

    def set_palette(self, palette: Palette) -> None:
        """Paint with another theme's colours."""
        self._palette = palette
        self.update()

    def state(self) -> str:
        """Return "", "right", "wrong" (the wrong choice) or "other"."""
        return self._state

    def set_state(self, state: str, *, animate: bool = False) -> None:
        """Mark the tile judged, moving briefly into its new look when animate is true."""
        self._state = state
        self.setProperty("state", state)
        self.animation.stop()
        if state and animate:
            self.animation.setStartValue(0.0)
            self.animation.setEndValue(1.0)
            self.animation.start()
        else:
            self._judged = 1.0 if state else 0.0
        self.update()

    def _get_judged(self) -> float:
        return self._judged

    def _set_judged(self, value: float) -> None:
        self._judged = value
        self.update()

    judged = Property(float, _get_judged, _set_judged)

    # Sizes ---------------------------------------------------------------------------------

    def text_font(self) -> QFont:
        """Return the font the option is written in: larger and bolder than body text."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _key_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setWeight(QFont.Weight.Bold)
        return font

    def _em(self) -> int:
        return QFontMetrics(self.font()).height()

    def _text_rect(self, rect: QRect) -> QRect:
        em = self._em()
        # Shape and key on the left, room for the verdict mark on the right.
        return rect.adjusted(int(4.6 * em), int(0.6 * em), -int(3.0 * em), -int(0.6 * em))

    def text_fits(self) -> bool:
        """Return whether the whole option shows at the tile's current size."""
        area = self._text_rect(self.rect())
        needed = self._text_bounds(area.width())
        return needed.width() <= area.width() and needed.height() <= area.height()

    def _text_bounds(self, width: int) -> QRect:
        metrics = QFontMetrics(self.text_font())
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignVCenter)
        return metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), flags, self._option)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        """Tiles grow taller for long options."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        """Return the height that shows the whole option at a width, at least two lines."""
        em = self._em()
        text_width = width - int(4.6 * em) - int(3.0 * em)
        lines = QFontMetrics(self.text_font()).lineSpacing() * 2
        needed = max(self._text_bounds(text_width).height(), lines) + int(1.2 * em) + 2
        return max(needed, self.minimumHeight())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Prefer a wide tile; the grid gives every tile the same width anyway."""
        width = 18 * self._em()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for two lines beside the marks; the layout asks heightForWidth for more."""
        lines = QFontMetrics(self.text_font()).lineSpacing() * 2
        return QSize(12 * self._em(), lines + int(1.2 * self._em()) + 2)

    # Painting ------------------------------------------------------------------------------

    def _colours(self) -> tuple[QColor, QColor]:
        tile = self._palette.tiles[self.index]
        fill, text = QColor(tile.fill), QColor(tile.text)
        if self.underMouse() and self.isEnabled() and not self._state:
            fill = fill.lighter(112)
        if self._state:
            # The right tile turns the right colour and a wrong choice the wrong one, whatever
            # colour each tile had: a red tile left red beside the pale red of a wrong choice
            # read as wrong too. The rest fade. Each ends on a pair the contrast test checks.
            palette = self._palette
            judged_fill, judged_text = {
                "right": (palette.right_soft, palette.text),
                "wrong": (palette.wrong_soft, palette.text),
            }.get(self._state, (palette.faded_fill, palette.faded_text))
            fill = _mix(fill, QColor(judged_fill), self._judged)
            text = _mix(text, QColor(judged_text), self._judged)
        return fill, text

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Draw the tile: fill, shape, key, option text and any verdict mark."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        em = self._em()
        fill, text = self._colours()
        pop = math.sin(math.pi * self._judged) if self._state == "right" else 0.0
        inset = 0.25 * em * (1 - pop)
        body = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        radius = 0.7 * em
        painter.setBrush(fill)
        border = QColor(self._palette.border) if self._palette.name == "high-contrast" else fill
        if self._state == "right":
            border = QColor(self._palette.right)
        painter.setPen(QPen(border, max(2.0, 0.18 * em) if self._state == "right" else 2.0))
        painter.drawRoundedRect(body.adjusted(1, 1, -1, -1), radius, radius)

        # The shape and the keys, together in the left column.
        mark = QRectF(body.left() + 0.9 * em, body.center().y() - 1.35 * em, 1.6 * em, 1.6 * em)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(text)
        painter.drawPath(shape_path(self.shape, mark))
        painter.setFont(self._key_font())
        painter.setPen(text)
        key_box = QRectF(body.left() + 0.2 * em, mark.bottom() + 0.15 * em, 3.0 * em, 1.2 * em)
        painter.drawText(key_box, int(Qt.AlignmentFlag.AlignHCenter), self._key)

        painter.setFont(self.text_font())
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(self._text_rect(self.rect()), flags, self._option)

        if self._state in ("right", "wrong"):
            self._paint_verdict(painter, body, em)
        painter.end()

    def _paint_verdict(self, painter: QPainter, body: QRectF, em: int) -> None:
        size = 1.6 * em
        badge = QRectF(body.right() - size - 0.6 * em, body.center().y() - size / 2, size, size)
        right = self._state == "right"
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(badge)
        colour = QColor(LIGHT.right if right else LIGHT.wrong)
        pen = QPen(colour, 0.22 * em, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        x, y, s = badge.left(), badge.top(), size
        if right:
            painter.drawPolyline(
                [
                    QPointF(x + s * 0.27, y + s * 0.52),
                    QPointF(x + s * 0.44, y + s * 0.68),
                    QPointF(x + s * 0.74, y + s * 0.34),
                ]
            )
        else:
            painter.drawLine(
                QPointF(x + s * 0.32, y + s * 0.32), QPointF(x + s * 0.68, y + s * 0.68)
            )
            painter.drawLine(
                QPointF(x + s * 0.68, y + s * 0.32), QPointF(x + s * 0.32, y + s * 0.68)
            )
