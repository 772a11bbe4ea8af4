"""Read-only tables whose columns share the width sensibly and never cut a header."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
)


class ColumnFitter(QObject):
    """Sizes a table's columns whenever the table is shown, resized or refilled.

    Short columns (numbers, dates) get the width of their widest cell; the text columns share
    what is left by weight. No column is ever narrower than its header, so headers always
    read in full, nor, where rows wrap, than its longest word; when even that does not fit,
    the table scrolls sideways instead.
    """

    def __init__(
        self,
        table: QTableWidget,
        shares: Mapping[int, int],
        *,
        wrap_rows: bool,
        cut: Collection[int] = (),
    ) -> None:
        """Fit a table's columns: shares weighs the text columns, cut names those shortened.

        A cut column shows its text shortened (see ``ShortenedTextDelegate``), so its longest
        word sets no floor.
        """
        super().__init__(table)
        self._table = table
        self._shares = dict(shares)
        self._wrap_rows = wrap_rows
        self._cut = frozenset(cut)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        table.installEventFilter(self)
        # The room is the viewport's: it is resized after the table, once scroll bars are
        # placed, so its own resize is the moment the width to share is known.
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Refit on show and resize."""
        shown = watched is self._table and event.type() == QEvent.Type.Show
        resized = watched is self._viewport and event.type() == QEvent.Type.Resize
        if shown or resized:
            self.fit()
        return False

    def header_width(self, column: int) -> int:
        """Return the width a column's header needs to read in full."""
        header = self._table.horizontalHeader()
        font = QFont(header.font())
        # Headers are drawn bold by the style sheet whatever the header's own font says.
        font.setBold(True)
        metrics = QFontMetrics(font)
        item = self._table.horizontalHeaderItem(column)
        text = item.text() if item is not None else ""
        return metrics.horizontalAdvance(text) + metrics.height() + 4

    def longest_word_width(self, column: int) -> int:
        """Return the width the longest word of a column needs: a wrapped cell cuts no word."""
        table = self._table
        widest = 0
        for row in range(table.rowCount()):
            item = table.item(row, column)
            if item is None or not item.text():
                continue
            metrics = QFontMetrics(item.font())
            words = item.text().replace("-", "- ").split()
            widest = max(widest, max(metrics.horizontalAdvance(w) for w in words))
        # Room for the cell's padding, as the header's floor allows for its own.
        return widest + table.fontMetrics().height() // 2 + 4 if widest else 0

    def fit(self) -> None:
        """Share the visible width out among the columns."""
        table = self._table
        header = table.horizontalHeader()
        columns = [c for c in range(table.columnCount()) if not header.isSectionHidden(c)]
        widths: dict[int, int] = {}
        floors: dict[int, int] = {}
        for column in columns:
            floor = self.header_width(column)
            if column in self._shares:
                if self._wrap_rows and column not in self._cut:
                    floor = max(floor, self.longest_word_width(column))
                widths[column] = floors[column] = floor
            else:
                widths[column] = max(floor, table.sizeHintForColumn(column))
        room_width = table.viewport().width()
        scroll = table.verticalScrollBar()
        if self._wrap_rows and not scroll.isVisible():
            # Rows grow once wrapped and may then need the scroll bar: keep room for it.
            room_width -= scroll.sizeHint().width()
        spare = room_width - sum(widths.values())
        weights = sum(self._shares.get(c, 0) for c in columns)
        if spare > 0 and weights:
            # Start every shared column from zero and give it its weight of the room, raising
            # it back to its header's width where the share falls short.
            room = spare + sum(widths[c] for c in columns if c in self._shares)
            shared = [c for c in columns if c in self._shares]
            for column in shared:
                widths[column] = max(widths[column], room * self._shares[column] // weights)
            overflow = sum(widths.values()) - room_width
            for column in sorted(shared, key=lambda c: -widths[c]):
                if overflow <= 0:
                    break
                give = min(overflow, widths[column] - floors[column])
                widths[column] -= give
                overflow -= give
        for column, width in widths.items():
            header.resizeSection(column, width)
        if self._wrap_rows:
            table.resizeRowsToContents()


def lines_that_fit(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """Return text wrapped between words into at most ``most`` lines of a width.

    Text that needs more lines ends on the last one with an ellipsis.
    """
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < most:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        lines.append(line)
    if words or any(metrics.horizontalAdvance(line) > width for line in lines):
        rest = " ".join([lines.pop(), *words]) if lines else ""
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines


class ShortenedTextDelegate(QStyledItemDelegate):
    """Shows a column's long text in the lines its row has, ending in an ellipsis if cut.

    The row's height is left to the other columns, so one long cell does not make every row
    tall; the cell's tooltip holds the whole text.
    """

    def sizeHint(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Ask for one line: the other columns decide how tall the row is."""
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), option.fontMetrics.lineSpacing())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the cell as usual, then as many lines of its text as fit."""
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        text, view.text = view.text, ""
        widget = view.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, view, widget)
        metrics = view.fontMetrics
        spacing = metrics.lineSpacing()
        lines = lines_that_fit(text, metrics, area.width(), max(area.height() // spacing, 1))
        top = area.top() + max(area.height() - spacing * len(lines), 0) // 2
        selected = bool(view.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(view.font)
        painter.setPen(view.palette.color(role))
        for number, line in enumerate(lines):
            box = QRect(area.left(), top + number * spacing, area.width(), spacing)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter), line)
        painter.restore()


def read_only_table(
    headers: Sequence[str], *, shares: Mapping[int, int], wrap_rows: bool = False
) -> QTableWidget:
    """Return a table the player can read and scroll but not edit.

    shares weighs the text columns that divide the spare width; the others fit their cells.
    With wrap_rows, rows grow to fit wrapped text; that costs a measurement per row on every
    change, so it is kept for short tables of long text.
    """
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    # Reached by Tab, so a screen reader can read it and the arrows scroll it; Tab itself
    # leaves the table rather than walking its cells.
    table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.setAlternatingRowColors(True)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    ColumnFitter(table, shares, wrap_rows=wrap_rows)
    return table


def refit(table: QTableWidget) -> None:
    """Size a table's columns again after its cells changed."""
    fitter = table.findChild(ColumnFitter)
    if fitter is not None:
        fitter.fit()
