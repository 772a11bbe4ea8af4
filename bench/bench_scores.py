"""Time the high-score table and one player's statistics at 1,000 players and 1,000,000 answers.

Run: python bench/bench_scores.py [--runs N]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from common import add_history, add_packs, data_folder, median_ms, report, step

from quizapp.core.model import PackId, PlayerId
from quizapp.core.periods import Period, period_start
from quizapp.store import Collection

PLAYERS = 1_000
ROUNDS = 100_000
PER_ROUND = 10
PACKS = 10
PER_PACK = 1_000
CATEGORIES = [f"Category {n}" for n in range(20)]
HIGH_SCORES_LIMIT_MS = 5.0
STATISTICS_LIMIT_MS = 5.0

RAW_HIGH_SCORES = """
SELECT r.id, p.name, r.pack_title, r.score, r.correct, r.question_count, r.duration_ms,
       r.finished_at
FROM round r JOIN player p ON p.id = r.player_id
WHERE r.mode = 'classic' AND r.scoring_version = 1 AND r.finished_at IS NOT NULL
  AND r.pack_id = ?
ORDER BY r.score DESC, r.duration_ms, r.id LIMIT 10
"""
# "mode || ''" keeps SQLite off the mode-led ranking indexes and on the player's rounds.
RAW_PLAYER_HIGH_SCORES = RAW_HIGH_SCORES.replace("r.pack_id = ?", "r.player_id = ?").replace(
    "r.mode = 'classic'", "r.mode || '' = 'classic'"
)
RAW_ROUNDS_OF = """
SELECT r.*, p.name FROM round r JOIN player p ON p.id = r.player_id WHERE r.player_id = ?
ORDER BY r.started_at DESC, r.id DESC
"""
RAW_PERSONAL_BESTS = """
SELECT * FROM (
  SELECT *, row_number() OVER (PARTITION BY pack_id, mode
                               ORDER BY score DESC, duration_ms, id) AS place
  FROM round WHERE player_id = ? AND pack_id IS NOT NULL AND scoring_version = 1
    AND finished_at IS NOT NULL)
WHERE place = 1 ORDER BY lower(pack_title), mode
"""
RAW_STATISTICS = [
    "SELECT name FROM player WHERE id = :p",
    "SELECT id, finished_at, score, best_streak FROM round WHERE player_id = :p"
    " ORDER BY finished_at, id",
    "SELECT coalesce(a.category, 'Uncategorised') AS c, min(a.ms / 1000, 10) AS b,"
    " sum(a.correct), count(*) FROM round r JOIN answer a ON a.round_id = r.id"
    " WHERE r.player_id = :p GROUP BY c, b",
    """SELECT w.m, w.n,
         (SELECT prompt FROM answer WHERE question_id = w.q ORDER BY id DESC LIMIT 1),
         (SELECT right_answer FROM answer WHERE question_id = w.q ORDER BY id DESC LIMIT 1)
       FROM (SELECT a.question_id AS q, sum(NOT a.correct) AS m, count(*) AS n FROM round r
             JOIN answer a ON a.round_id = r.id
             WHERE r.player_id = :p AND a.question_id IS NOT NULL
             GROUP BY a.question_id HAVING m > 0 ORDER BY m DESC, n, q LIMIT 5) AS w
       ORDER BY w.m DESC, w.n, w.q""",
]


def raw_statistics(raw: sqlite3.Connection, player: int) -> None:
    for sql in RAW_STATISTICS:
        raw.execute(sql, {"p": player}).fetchall()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory(prefix="quizapp-bench-") as tmp,
        Collection.open(data_folder(Path(tmp))) as collection,
    ):
        step("packs", lambda: add_packs(collection, PACKS, PER_PACK, CATEGORIES))
        step(
            "players, rounds and answers",
            lambda: add_history(
                collection,
                players=PLAYERS,
                rounds=ROUNDS,
                per_round=PER_ROUND,
                packs=PACKS,
                per_pack=PER_PACK,
                categories=CATEGORIES,
            ),
        )
        raw = sqlite3.connect(collection.path)
        player = PlayerId(raw.execute("SELECT min(player_id) FROM round").fetchone()[0])
        answers = raw.execute(
            "SELECT count(*) FROM answer a JOIN round r ON r.id = a.round_id WHERE r.player_id = ?",
            (player,),
        ).fetchone()[0]
        print(f"store: {PLAYERS:,} players, {ROUNDS:,} rounds, {ROUNDS * PER_ROUND:,} answers;")
        print(f"the player measured has {answers:,} answers; {args.runs} runs each\n")
        pack = PackId(3)
        week_start = period_start(Period.WEEK, datetime.now(UTC))
        rows = [
            (
                "high-score table (one pack, all time)",
                median_ms(lambda: collection.stats.high_scores(pack), args.runs),
                median_ms(lambda: raw.execute(RAW_HIGH_SCORES, (pack,)).fetchall(), args.runs),
                HIGH_SCORES_LIMIT_MS,
            ),
            (
                "high-score table (every pack, all time)",
                median_ms(lambda: collection.stats.high_scores(), args.runs),
                median_ms(
                    lambda: raw.execute(
                        RAW_HIGH_SCORES.replace("AND r.pack_id = ?", "")
                    ).fetchall(),
                    args.runs,
                ),
                HIGH_SCORES_LIMIT_MS,
            ),
            (
                "high-score table (one pack, this week)",
                median_ms(
                    lambda: collection.stats.high_scores(pack, period=Period.WEEK),
                    args.runs,
                ),
                median_ms(
                    lambda: raw.execute(
                        RAW_HIGH_SCORES.replace(
                            "AND r.pack_id = ?", "AND r.pack_id = ? AND r.finished_at >= ?"
                        ),
                        (pack, week_start),
                    ).fetchall(),
                    args.runs,
                ),
                HIGH_SCORES_LIMIT_MS,
            ),
            (
                "high-score table (one player, every pack)",
                median_ms(lambda: collection.stats.high_scores(player_id=player), args.runs),
                median_ms(
                    lambda: raw.execute(RAW_PLAYER_HIGH_SCORES, (player,)).fetchall(),
                    args.runs,
                ),
                HIGH_SCORES_LIMIT_MS,
            ),
            (
                "one player's rounds (the history view)",
                median_ms(lambda: collection.rounds.of_player(player), args.runs),
                median_ms(lambda: raw.execute(RAW_ROUNDS_OF, (player,)).fetchall(), args.runs),
                STATISTICS_LIMIT_MS,
            ),
            (
                "one player's personal bests",
                median_ms(lambda: collection.stats.personal_bests(player), args.runs),
                median_ms(lambda: raw.execute(RAW_PERSONAL_BESTS, (player,)).fetchall(), args.runs),
                STATISTICS_LIMIT_MS,
            ),
            (
                "one player's statistics",
                median_ms(lambda: collection.stats.player_statistics(player), args.runs),
                median_ms(lambda: raw_statistics(raw, player), args.runs),
                STATISTICS_LIMIT_MS,
            ),
        ]
        raw.close()
    return report(rows)


if __name__ == "__main__":
    sys.exit(main())
