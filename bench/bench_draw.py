"""Time drawing a 10-question round from a 1,000,000-question bank, filtered and unseen-first.

Run: python bench/bench_draw.py [--runs N]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
from pathlib import Path

from common import add_packs, bulk, data_folder, median_ms, report, step

from quizapp.core.model import PackId
from quizapp.core.modes import CLASSIC
from quizapp.store import Collection
from quizapp.store.models import SeenRow

PACKS = 10
PER_PACK = 100_000
# Two categories taken in turn: a pack and category filter leaves 50,000 candidates.
CATEGORIES = ["Cast", "Production"]
SEEN = 25_000
DRAW_LIMIT_MS = 2.0
PACK = PackId(4)

RAW_DRAW = """
SELECT * FROM question
WHERE pack_id = :pack AND retired = 0 AND kind IN ('choice', 'truefalse') AND category = :category
  AND NOT EXISTS (SELECT 1 FROM seen_question s
                  WHERE s.player_id = :player AND s.question_id = question.id)
  AND rand_key >= :start
ORDER BY rand_key LIMIT 10
"""
ORDER_BY_RANDOM = """
SELECT * FROM question
WHERE pack_id = :pack AND retired = 0 AND kind IN ('choice', 'truefalse') AND category = :category
  AND NOT EXISTS (SELECT 1 FROM seen_question s
                  WHERE s.player_id = :player AND s.question_id = question.id)
ORDER BY random() LIMIT 10
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=500)
    args = parser.parse_args()
    rng = random.Random(7)
    with (
        tempfile.TemporaryDirectory(prefix="quizapp-bench-") as tmp,
        Collection.open(data_folder(Path(tmp))) as collection,
    ):
        step("1,000,000 questions", lambda: add_packs(collection, PACKS, PER_PACK, CATEGORIES))
        player = collection.players.add("Bench").id
        raw = sqlite3.connect(collection.path)
        pool = [
            row[0]
            for row in raw.execute(
                "SELECT id FROM question WHERE pack_id = ? AND category = 'Cast'", (PACK,)
            )
        ]
        seen = rng.sample(pool, SEEN)
        step(
            "questions seen",
            lambda: bulk(
                collection, SeenRow, ({"player_id": player, "question_id": q} for q in seen)
            ),
        )
        print(f"bank: {PACKS * PER_PACK:,} questions; pool (pack and category): {len(pool):,}")
        print(f"the player has seen {SEEN:,} of them; {args.runs} runs each\n")

        def ours() -> None:
            drawn = collection.rounds.draw(
                PACK, 10, CLASSIC, rng, player_id=player, categories=["Cast"]
            )
            assert len(drawn) == 10

        def raw_draw() -> None:
            params = {"pack": PACK, "category": "Cast", "player": player}
            rows = raw.execute(RAW_DRAW, {**params, "start": rng.random()}).fetchall()
            if len(rows) < 10:
                rows += raw.execute(RAW_DRAW, {**params, "start": 0.0}).fetchall()

        random_order = median_ms(
            lambda: raw.execute(
                ORDER_BY_RANDOM, {"pack": PACK, "category": "Cast", "player": player}
            ).fetchall(),
            max(args.runs // 20, 5),
        )
        rows = [
            (
                "draw 10 of 1,000,000 (pack, category, unseen)",
                median_ms(ours, args.runs),
                median_ms(raw_draw, args.runs),
                DRAW_LIMIT_MS,
            )
        ]
        raw.close()
    print(f"for comparison, ORDER BY random() over the pool: {random_order:.3f}ms\n")
    return report(rows)


if __name__ == "__main__":
    sys.exit(main())
