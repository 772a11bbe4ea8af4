"""Time opening the views on a store of 1,000 players, 100,000 rounds and 1,000,000 answers.

Run: python bench/bench_views.py [--runs N]
Each view is timed from asking the store to the filled widget (offscreen), against the store
query alone in the same run; a view must fill in under 100 ms, below a visible pause.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from common import add_history, add_packs, data_folder, median_ms, report, step

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402 - the platform is chosen first

from quizapp.core.model import PackId, PlayerId  # noqa: E402
from quizapp.store import Collection  # noqa: E402
from quizapp.ui.high_scores_screen import HighScoresScreen  # noqa: E402
from quizapp.ui.history_screen import HistoryScreen  # noqa: E402
from quizapp.ui.statistics_screen import StatisticsScreen  # noqa: E402

VIEW_LIMIT_MS = 100.0


def main() -> int:
    """Build the store, then time each view against its query."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with (
        tempfile.TemporaryDirectory(prefix="quizapp-bench-") as tmp,
        Collection.open(data_folder(Path(tmp))) as collection,
    ):
        step("packs", lambda: add_packs(collection, 10, 1_000, [f"C{n}" for n in range(20)]))
        step(
            "players, rounds and answers",
            lambda: add_history(
                collection,
                players=1_000,
                rounds=100_000,
                per_round=10,
                packs=10,
                per_pack=1_000,
                categories=[f"C{n}" for n in range(20)],
            ),
        )
        player = PlayerId(collection.players.all()[0].id)
        pack = PackId(3)
        statistics, history, scores = StatisticsScreen(), HistoryScreen(), HighScoresScreen()
        for screen in (statistics, history, scores):
            screen.resize(1100, 760)
            screen.show()

        def open_statistics() -> None:
            statistics.set_players(collection.players.all(), player)
            statistics.show_statistics(collection.stats.player_statistics(player))
            app.processEvents()

        def open_history() -> None:
            history.set_players(collection.players.all(), player)
            history.show_rounds(collection.rounds.of_player(player))
            app.processEvents()

        def open_scores() -> None:
            scores.show_scores(collection.stats.high_scores(pack))
            app.processEvents()

        print("the baseline column is the store query alone, not raw SQL\n")
        rows = [
            (
                "statistics view (players, figures, charts)",
                median_ms(open_statistics, args.runs),
                median_ms(lambda: collection.stats.player_statistics(player), args.runs),
                VIEW_LIMIT_MS,
            ),
            (
                "history view (players, rounds)",
                median_ms(open_history, args.runs),
                median_ms(lambda: collection.rounds.of_player(player), args.runs),
                VIEW_LIMIT_MS,
            ),
            (
                "high-score view (one pack)",
                median_ms(open_scores, args.runs),
                median_ms(lambda: collection.stats.high_scores(pack), args.runs),
                VIEW_LIMIT_MS,
            ),
        ]
        return report(rows)


if __name__ == "__main__":
    sys.exit(main())
