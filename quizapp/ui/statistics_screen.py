"""The statistics view: headline figures and charts of one player's history."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QWidget,
)

from quizapp.core.model import Player, PlayerId, PlayerStatistics, TimeBucket
from quizapp.core.modes import RANKED_MODES
from quizapp.ui.palette import LIGHT, Palette
from quizapp.ui.player_views import PlayerPicker, add_back_button, player_view_layout
from quizapp.ui.shortcuts import Place, bind_shortcuts
from quizapp.ui.widgets import plain_label


def bucket_label(bucket: TimeBucket) -> str:
    """Return a time bucket's label: the whole seconds it starts at, e.g. 2 or 10+."""
    return f"{bucket.lower_ms // 1000}" + ("+" if bucket.upper_ms is None else "")


def style_chart(chart: QChart, palette: Palette) -> None:
    """Paint a chart, its axes and legend in a theme's colours."""
    chart.setBackgroundBrush(QColor(palette.surface))
    chart.setTitleBrush(QColor(palette.accent_text))
    chart.legend().setLabelColor(QColor(palette.text))
    for axis in chart.axes():
        axis.setLabelsColor(QColor(palette.text))
        axis.setTitleBrush(QColor(palette.muted))
        axis.setGridLineColor(QColor(palette.accent_soft))
        axis.setLinePenColor(QColor(palette.border))


class AccuracyBar(QWidget):
    """A horizontal bar filled to a category's share of right answers."""

    def __init__(self, fraction: float, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = fraction
        self._palette = palette
        self.setMinimumWidth(60)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(max(self.fontMetrics().height(), 12))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Draw the track and the filled part."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = self.height() / 2
        painter.setBrush(QColor(self._palette.accent_soft))
        painter.drawRoundedRect(self.rect(), radius, radius)
        filled = QRectF(self.rect())
        filled.setWidth(self.width() * max(0.0, min(self.fraction, 1.0)))
        painter.setBrush(
            QColor(self._palette.right if self.fraction >= 0.5 else self._palette.gold)
        )
        painter.drawRoundedRect(filled, radius, radius)
        painter.end()


class CategoryBars(QScrollArea):
    """Right answers per category: each name in full on its own row, however many there are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._palette = LIGHT
        self._rows: list[tuple[str, float]] = []
        self._build()

    def rows(self) -> list[tuple[str, int]]:
        """Return each category shown with its rounded percentage."""
        return [(name, round(fraction * 100)) for name, fraction in self._rows]

    def show_categories(self, rows: Sequence[tuple[str, float]], palette: Palette) -> None:
        """Show categories with the fraction of answers right in each."""
        self._rows = list(rows)
        self._palette = palette
        self._build()

    def _build(self) -> None:
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setColumnStretch(2, 1)
        grid.setColumnMinimumWidth(0, 8 * self.fontMetrics().height())
        grid.setColumnStretch(0, 1)
        for row, (name, fraction) in enumerate(self._rows):
            label = plain_label(name)
            label.setMinimumWidth(6 * self.fontMetrics().height())
            grid.addWidget(label, row, 0)
            percent = plain_label(f"{fraction:.0%}")
            percent.setWordWrap(False)
            percent.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(percent, row, 1)
            grid.addWidget(AccuracyBar(fraction, self._palette), row, 2)
        if not self._rows:
            grid.addWidget(plain_label("No answers yet.", role="status"), 0, 0)
        grid.setRowStretch(len(self._rows) + 1, 1)
        self.setWidget(inner)


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(8)
    view = QChartView(chart)
    view.setAccessibleName(title)
    view.setAccessibleDescription(f"Chart: {title}")
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(160)
    return chart, view


def _attach_axes(
    chart: QChart, series: QAbstractSeries, x_axis: QAbstractAxis, y_axis: QAbstractAxis
) -> None:
    # Axes are made once and updated in place: the chart owns them from here on.
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)


def pad_axis(axis: QValueAxis, low: float, high: float, step: float, room: float) -> None:
    """Range an axis from low to high with room steps' room either side, ticked every step."""
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(low)
    axis.setTickInterval(step)
    axis.setRange(low - room * step, high + room * step)


def _value_axis(title: str = "") -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    if title:
        axis.setTitleText(title)
    return axis


class StatisticsScreen(QWidget):
    """Shows one player's figures; the player picker asks for another."""

    player_changed = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsScreen")
        self.setAccessibleDescription("Charts of your scores, categories and answer times")
        self.setAccessibleName("Statistics")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.player_box = PlayerPicker()
        self.player_box.currentIndexChanged.connect(self._on_player_index_changed)

        self.figures: dict[str, QLabel] = {}
        figures = QGridLayout()
        names = (
            ("rounds", "Rounds played"),
            ("accuracy", "Right answers"),
            ("streak", "Best streak"),
            ("strongest", "Strongest category"),
            ("weakest", "Weakest category"),
        )
        # A long category name fills its column: a full line's gap keeps it from running
        # into the next figure.
        figures.setHorizontalSpacing(self.fontMetrics().height())
        for column, (key, caption) in enumerate(names):
            value = plain_label(role="figure")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label = plain_label(caption, role="figureCaption")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            figures.addWidget(value, 0, column)
            figures.addWidget(label, 1, column)
            self.figures[key] = value

        self.scores_chart, scores_view = _chart("Score per round, by mode")
        self.scores_chart.legend().show()
        self.scores_chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.score_series: dict[str, QLineSeries] = {}
        self.round_axis = _value_axis("Round")
        self.score_axis = _value_axis()
        self.scores_chart.addAxis(self.round_axis, Qt.AlignmentFlag.AlignBottom)
        self.scores_chart.addAxis(self.score_axis, Qt.AlignmentFlag.AlignLeft)
        # Practice rounds are left out: they are not scored against anyone (the note says so).
        for key, mode in RANKED_MODES.items():
            series = QLineSeries()
            series.setName(mode.label)
            series.setPointsVisible(True)
            series.setMarkerSize(0.3 * self.fontMetrics().height())
            self.scores_chart.addSeries(series)
            series.attachAxis(self.round_axis)
            series.attachAxis(self.score_axis)
            self.score_series[key] = series

        self.category_bars = CategoryBars()

        self.time_chart, time_view = _chart("Answer times (seconds, rounded down)")
        self.time_set = QBarSet("Answers")
        self.time_series = QBarSeries()
        self.time_series.append(self.time_set)
        self.time_chart.addSeries(self.time_series)
        self.time_axis = QBarCategoryAxis()
        self.count_axis = _value_axis()
        _attach_axes(self.time_chart, self.time_series, self.time_axis, self.count_axis)

        self.missed_list = QListWidget()
        self.missed_list.setObjectName("missedList")
        self.missed_list.setAccessibleDescription("The questions you miss most often")
        self.missed_list.setWordWrap(True)
        self.missed_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_label = plain_label("No answers yet: play a round first.", role="status")
        self.practice_note = plain_label(role="status")
        self.practice_note.setVisible(False)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # One view at a time, each with the whole width: long category names and many rounds
        # stay readable even in the smallest window.
        self.tabs = QTabWidget()
        self.tabs.tabBar().setAccessibleDescription("Pick which chart to show")
        self.tabs.addTab(scores_view, "Scores")
        self.tabs.addTab(self.category_bars, "Categories")
        self.tabs.addTab(time_view, "Answer times")
        self.tabs.addTab(self.missed_list, "Most missed")
        self._palette = LIGHT
        self.set_palette(LIGHT)

        layout = player_view_layout(self, "Statistics", self.player_box)
        layout.addLayout(figures)
        layout.addWidget(self.practice_note)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tabs, 1)
        add_back_button(layout, self.back_requested.emit, Place.STATISTICS)
        bind_shortcuts(self, Place.STATISTICS, {"back": self.back_requested.emit})

    def set_palette(self, palette: Palette) -> None:
        """Paint the charts and bars in a theme's colours."""
        self._palette = palette
        for chart in (self.scores_chart, self.time_chart):
            style_chart(chart, palette)
        colours = (palette.accent, palette.wrong, palette.right, palette.gold)
        for series, colour in zip(self.score_series.values(), colours, strict=False):
            series.setColor(QColor(colour))
        self.time_set.setColor(QColor(palette.accent))
        self.time_set.setBorderColor(QColor(palette.accent))
        self.category_bars.show_categories(self.category_bars_rows(), palette)

    def category_bars_rows(self) -> list[tuple[str, float]]:
        """Return the categories shown, each with its fraction of right answers."""
        return [(name, percent / 100) for name, percent in self.category_bars.rows()]

    def score_points(self, mode: str) -> list[tuple[int, int]]:
        """Return the (round number, score) points drawn for one mode."""
        return [(int(p.x()), int(p.y())) for p in self.score_series[mode].points()]

    def set_players(self, players: Sequence[Player], current: PlayerId | None) -> None:
        """List the players whose statistics can be shown."""
        self.player_box.set_players(players, current)

    def selected_player(self) -> PlayerId | None:
        """Return the player whose statistics are shown."""
        return self.player_box.selected()

    def figure(self, key: str) -> str:
        """Return the text of one headline figure (rounds, accuracy, streak, ...)."""
        return self.figures[key].text()

    def show_statistics(self, stats: PlayerStatistics) -> None:
        """Show a player's figures and charts."""
        self._set_figure("rounds", f"{stats.rounds_played:,}")
        practice = stats.practice_rounds
        self.practice_note.setText(
            f"{practice:,} of these rounds practised mistakes: practice is played to learn, so its "
            "scores and streaks are left out of the chart and the best streak."
            if practice
            else ""
        )
        self.practice_note.setVisible(bool(practice))
        self._set_figure("accuracy", f"{stats.accuracy:.0%}" if stats.answered else "–")
        self._set_figure("streak", str(stats.best_streak))
        strongest, weakest = stats.strongest, stats.weakest
        self._set_figure(
            "strongest", f"{strongest.category} ({strongest.accuracy:.0%})" if strongest else "–"
        )
        self._set_figure(
            "weakest",
            f"{weakest.category} ({weakest.accuracy:.0%})"
            if weakest and len(stats.categories) > 1
            else "–",
        )
        self.empty_label.setVisible(stats.answered == 0)
        self._show_scores(stats)
        self._show_categories(stats)
        self._show_times(stats)
        self.missed_list.clear()
        for missed in stats.most_missed:
            self.missed_list.addItem(
                f"{missed.prompt}\n    Right answer: {missed.right_answer}"
                f"  (missed {missed.missed} of {missed.answered})"
            )
        if not stats.most_missed:
            self.missed_list.addItem("Nothing missed yet.")

    def _set_figure(self, key: str, text: str) -> None:
        self.figures[key].setText(text)

    def _show_scores(self, stats: PlayerStatistics) -> None:
        for series in self.score_series.values():
            series.clear()
        for number, point in enumerate(stats.scores, start=1):
            if point.mode in self.score_series:
                self.score_series[point.mode].append(number, point.score)
        for series in self.score_series.values():
            # Only modes the player has played get a legend entry.
            self.scores_chart.legend().markers(series)[0].setVisible(series.count() > 0)
        rounds = max(len(stats.scores), 1)
        top = max((p.score for p in stats.scores), default=0) or 1000
        self.score_axis.setRange(0, top)
        self.score_axis.applyNiceNumbers()
        score_step = self.score_axis.max() / max(self.score_axis.tickCount() - 1, 1)
        # Half a step of room around the rounds and a little under the scores, with the ticks
        # still on whole rounds and round scores: a point on an axis's end is cut in half.
        pad_axis(self.round_axis, 1, rounds, max(1, math.ceil(rounds / 8)), 0.5)
        pad_axis(self.score_axis, 0, self.score_axis.max(), score_step, 0.2)

    def _show_categories(self, stats: PlayerStatistics) -> None:
        self.category_bars.show_categories(
            [(c.category, c.accuracy) for c in stats.categories], self._palette
        )

    def _show_times(self, stats: PlayerStatistics) -> None:
        self.time_set.remove(0, self.time_set.count())
        self.time_set.append([float(b.count) for b in stats.answer_times])
        self.time_axis.clear()
        self.time_axis.append([bucket_label(b) for b in stats.answer_times])
        self.count_axis.setRange(0, max((b.count for b in stats.answer_times), default=0) or 1)
        self.count_axis.applyNiceNumbers()

    @Slot(int)
    def _on_player_index_changed(self, _index: int) -> None:
        self.player_changed.emit()
