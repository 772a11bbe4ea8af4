"""The statistics view: headline figures and charts of one player's history."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.model import Player, PlayerId, PlayerStatistics, TimeBucket
from quizapp.ui.player_views import PlayerPicker, add_back_button, player_view_layout
from quizapp.ui.widgets import plain_label

ACCENT = QColor("#6c4ab6")
SECOND = QColor("#1b7f3b")
THIRD = QColor("#a35c00")


def chart_text(text: str) -> str:
    """Return pack text for a chart label: charts render HTML, so pack text is escaped."""
    return html.escape(text, quote=False)


def bucket_label(bucket: TimeBucket) -> str:
    """Return a time bucket's label: the whole seconds it starts at, e.g. 2 or 10+."""
    return f"{bucket.lower_ms // 1000}" + ("+" if bucket.upper_ms is None else "")


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(8)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return chart, view


def _attach_axes(
    chart: QChart, series: QAbstractSeries, x_axis: QAbstractAxis, y_axis: QAbstractAxis
) -> None:
    # Axes are made once and updated in place: the chart owns them from here on.
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)


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
        for column, (key, caption) in enumerate(names):
            value = plain_label(role="figure")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label = plain_label(caption, role="figureCaption")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            figures.addWidget(value, 0, column)
            figures.addWidget(label, 1, column)
            self.figures[key] = value

        self.scores_chart, scores_view = _chart("Score per round")
        self.score_series = QLineSeries()
        self.score_series.setPointsVisible(True)
        self.score_series.setColor(ACCENT)
        self.scores_chart.addSeries(self.score_series)
        self.round_axis = _value_axis("Round")
        self.score_axis = _value_axis()
        _attach_axes(self.scores_chart, self.score_series, self.round_axis, self.score_axis)

        self.category_chart, category_view = _chart("Right answers per category (%)")
        self.accuracy_set = QBarSet("Right answers (%)")
        self.accuracy_set.setColor(SECOND)
        self.category_series = QHorizontalBarSeries()
        self.category_series.append(self.accuracy_set)
        self.category_chart.addSeries(self.category_series)
        self.category_axis = QBarCategoryAxis()
        self.percent_axis = _value_axis()
        self.percent_axis.setRange(0, 100)
        # A horizontal bar chart lists its categories up the left side.
        _attach_axes(
            self.category_chart, self.category_series, self.percent_axis, self.category_axis
        )

        self.time_chart, time_view = _chart("Answer times (seconds, rounded down)")
        self.time_set = QBarSet("Answers")
        self.time_set.setColor(THIRD)
        self.time_series = QBarSeries()
        self.time_series.append(self.time_set)
        self.time_chart.addSeries(self.time_series)
        self.time_axis = QBarCategoryAxis()
        self.count_axis = _value_axis()
        _attach_axes(self.time_chart, self.time_series, self.time_axis, self.count_axis)

        self.missed_list = QListWidget()
        self.missed_list.setObjectName("missedList")
        self.missed_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.missed_list.setWordWrap(True)
        self.missed_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_label = plain_label("No answers yet: play a round first.", role="status")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        missed = QWidget()
        missed_layout = QVBoxLayout(missed)
        missed_layout.setContentsMargins(0, 0, 0, 0)
        missed_layout.addWidget(plain_label("Most missed questions", role="sectionTitle"))
        missed_layout.addWidget(self.missed_list, 1)
        charts = QGridLayout()
        charts.addWidget(scores_view, 0, 0)
        charts.addWidget(category_view, 0, 1)
        charts.addWidget(time_view, 1, 0)
        charts.addWidget(missed, 1, 1)

        layout = player_view_layout(self, "Statistics", self.player_box)
        layout.addLayout(figures)
        layout.addWidget(self.empty_label)
        layout.addLayout(charts, 1)
        add_back_button(layout, self.back_requested.emit)

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
        self.score_series.clear()
        for number, point in enumerate(stats.scores, start=1):
            self.score_series.append(number, point.score)
        rounds = max(len(stats.scores), 2)
        self.round_axis.setRange(1, rounds)
        self.round_axis.setTickCount(min(rounds, 8))
        self.score_axis.setRange(0, max((p.score for p in stats.scores), default=0) or 1000)
        self.score_axis.applyNiceNumbers()

    def _show_categories(self, stats: PlayerStatistics) -> None:
        self.accuracy_set.remove(0, self.accuracy_set.count())
        self.accuracy_set.append([round(c.accuracy * 100, 1) for c in stats.categories])
        self.category_axis.clear()
        self.category_axis.append([chart_text(c.category) for c in stats.categories])

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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Esc goes back."""
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
        else:
            super().keyPressEvent(event)
