"""A drop-down list with a tick beside each item, for choosing one thing or several."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPaintEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from quizapp.ui.widgets import plain_tooltip

# Qt's namespace is reached through its module, when first needed: the Pack box is made and
# painted, empty, before PySide sets up that namespace's enums, all at once (some 17 ms).


def _is_ticked(item: QStandardItem) -> bool:
    return item.checkState() is QtCore.Qt.CheckState.Checked


def _set_ticked(item: QStandardItem, ticked: bool) -> None:
    item.setCheckState(QtCore.Qt.CheckState.Checked if ticked else QtCore.Qt.CheckState.Unchecked)


def _data_of(item: QStandardItem) -> Any:
    return item.data(QtCore.Qt.ItemDataRole.UserRole)


class CheckCombo(QComboBox):
    """Choose one item as in any drop-down, or tick several in its open list.

    Picking an item with the box closed (arrow keys, the wheel, ``setCurrentIndex``) chooses
    that item alone. In the open list a click or Space ticks an item on or off and the list
    stays open; Enter or Esc closes it. The box names what is ticked.

    With ``everything`` set, the first item stands for "all of them" (no tick at all): picking
    it clears the ticks.
    """

    ticks_changed = Signal()

    def __init__(
        self,
        everything: str | None = None,
        summary: Callable[[list[str]], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._everything = everything
        self._summary = summary or " + ".join
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self._quiet = False
        # The item delegate of a plain list draws tick boxes as the style sheet says; a
        # combo's own menu-like one leaves an empty box all but invisible.
        self.setItemDelegate(QStyledItemDelegate(self))
        # The row pressed inside the open list: only a press and release there ticks an item,
        # never the release of the click that opened the list.
        self._pressed_row: int | None = None
        self.currentIndexChanged.connect(self._on_current_index_changed)
        self.clear_choices()

    # Filling ---------------------------------------------------------------------------------

    def clear_choices(self) -> None:
        """Remove every item (keeping the "all of them" item, where there is one)."""
        self._quiet = True
        self._model.clear()
        if self._everything is not None:
            self._model.appendRow(QStandardItem(self._everything))
        self._quiet = False

    def add_choice(self, text: str, data: Any, ticked: bool = False) -> None:
        """Add an item with its data, ticked or not."""
        item = QStandardItem(text)
        flag = QtCore.Qt.ItemFlag
        item.setData(data, QtCore.Qt.ItemDataRole.UserRole)
        item.setFlags(flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemIsUserCheckable)
        _set_ticked(item, ticked)
        self._quiet = True
        self._model.appendRow(item)
        self._quiet = False
        self._follow_ticks()

    # Reading and setting ---------------------------------------------------------------------

    def _choices(self) -> list[QStandardItem]:
        first = 0 if self._everything is None else 1
        return [self._model.item(row) for row in range(first, self._model.rowCount())]

    def ticked(self) -> list[Any]:
        """Return the data of the ticked items, in list order."""
        return [_data_of(item) for item in self._choices() if _is_ticked(item)]

    def tick(self, data: Sequence[Any]) -> None:
        """Tick exactly the items holding these data."""
        wanted = list(data)
        for item in self._choices():
            on = _data_of(item) in wanted
            _set_ticked(item, on)
        self._follow_ticks()
        self.ticks_changed.emit()

    def summary(self) -> str:
        """Return what the closed box says: the ticked items, or "all of them"."""
        names = [item.text() for item in self._choices() if _is_ticked(item)]
        if not names:
            return self._everything or ""
        return names[0] if len(names) == 1 else self._summary(names)

    # Behaviour -------------------------------------------------------------------------------

    def _follow_ticks(self) -> None:
        """Make the current item the first ticked one, without choosing it alone."""
        ticked = [
            row
            for row, item in enumerate(self._model.item(r) for r in range(self._model.rowCount()))
            if item.isCheckable() and _is_ticked(item)
        ]
        self._quiet = True
        if ticked:
            self.setCurrentIndex(ticked[0])
        elif self._everything is not None:
            self.setCurrentIndex(0)
        self._quiet = False
        self.update()
        self.setToolTip(plain_tooltip(self.summary()))
        self.setAccessibleName(self.summary())

    def _toggle(self, row: int) -> None:
        item = self._model.item(row)
        if item is None:
            return
        if not item.isCheckable():
            self.tick([])
            return
        checked = _is_ticked(item)
        if checked and self._everything is None and len(self.ticked()) == 1:
            return  # one item at least stays chosen where there is no "all of them"
        _set_ticked(item, not checked)
        self._follow_ticks()
        self.ticks_changed.emit()

    @Slot(int)
    def _on_current_index_changed(self, row: int) -> None:
        if self._quiet or row < 0:
            return
        item = self._model.item(row)
        self.tick([] if item is None or not item.isCheckable() else [_data_of(item)])

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        """Open the list, forgetting any press from before it was open, and watch it."""
        self._pressed_row = None
        # The list is watched from its first opening, not from the box's making: the first
        # request for the list and its viewport from Python costs about 20 ms, as PySide then
        # loads every widget class to learn theirs, and the box is made before the first
        # paint. Qt installs a filter once however often it is asked to.
        view = self.view()
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        super().showPopup()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Tick items in the open list instead of closing it."""
        # Every event of the list and its viewport passes here, hundreds while the window is
        # built: the kind of event is asked first, as it is the cheapest question.
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and watched is self.view().viewport():
            assert isinstance(event, QMouseEvent)
            self._pressed_row = self.view().indexAt(event.position().toPoint()).row()
        if kind == QEvent.Type.MouseButtonRelease and watched is self.view().viewport():
            assert isinstance(event, QMouseEvent)
            pressed, self._pressed_row = self._pressed_row, None
            index = self.view().indexAt(event.position().toPoint())
            if index.isValid() and index.row() == pressed:
                everything = self._everything is not None and index.row() == 0
                self._toggle(index.row())
                if everything:
                    self.hidePopup()
            return True
        if kind == QEvent.Type.KeyPress and watched is self.view():
            assert isinstance(event, QKeyEvent)
            keys = QtCore.Qt.Key
            if event.key() in (keys.Key_Space, keys.Key_Select):
                self._toggle(self.view().currentIndex().row())
                return True
            if event.key() in (keys.Key_Return, keys.Key_Enter):
                self.hidePopup()
                return True
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Draw the box naming what is ticked, cut short with an ellipsis where it is long."""
        if not self.ticked() and self.currentText() == self.summary():
            # The box says its current item, as any combo box does: "all of them", or nothing
            # before it is filled. Qt draws that alone, and the style's classes below, which
            # PySide sets up with all their enums on first use (some 7 ms), wait until the
            # window's first paint is over.
            super().paintEvent(event)
            return
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter

        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        option.currentText = self.fontMetrics().elidedText(
            self.summary(), QtCore.Qt.TextElideMode.ElideRight, max(room.width(), 0)
        )
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
