"""Time drawing a 10-question round from a 1,000,000-question bank, filtered and unseen-first.

The filter is a round's set-up: a pack, a category and a difficulty, questions the player
has not seen first; and the same from three packs at once.

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

from quizapp.core.model import PackId, QuestionPool
from quizapp.core.modes import CLASSIC
from quizapp.store import Collection
from quizapp.store.models import SeenRow

PACKS = 10
PER_PACK = 100_000
# Two categories and three difficulties taken in turn: a pack, category and difficulty
# filter leaves about 16,700 candidates, half of which the player has seen.
CATEGORIES = ["Cast", "Production"]
DIFFICULTIES = ["easy", "medium", "hard"]
SEEN = 8_000
DRAW_LIMIT_MS = 2.0
# And no more than this many times the same walk written by hand in SQL.
DRAW_MAX_RATIO = 5.0
PACK = PackId(4)
SEVERAL = (PackId(2), PackId(4), PackId(7))

RAW_DRAW = """
SELECT * FROM question
WHERE pack_id = :pack AND retired = 0 AND kind IN ('choice', 'truefalse') AND category = :category
  AND difficulty = :difficulty
  AND NOT EXISTS (SELECT 1 FROM seen_question s
                  WHERE s.player_id = :player AND s.question_id = question.id)
  AND rand_key >= :start
ORDER BY rand_key LIMIT :limit
"""
ORDER_BY_RANDOM = """
SELECT * FROM question
WHERE pack_id = :pack AND retired = 0 AND kind IN ('choice', 'truefalse') AND category = :category
  AND difficulty = :difficulty
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
        step(
            "1,000,000 questions",
            lambda: add_packs(collection, PACKS, PER_PACK, CATEGORIES, difficulties=DIFFICULTIES),
        )
        player = collection.players.add("Bench").id
        raw = sqlite3.connect(collection.path)
        pool = [
            row[0]
            for row in raw.execute(
                "SELECT id FROM question WHERE pack_id IN (?, ?, ?) AND category = 'Cast'"
                " AND difficulty = 'medium'",
                SEVERAL,
            )
        ]
        seen = rng.sample(pool, SEEN * len(SEVERAL))
        step(
            "questions seen",
            lambda: bulk(
                collection, SeenRow, ({"player_id": player, "question_id": q} for q in seen)
            ),
        )
        print(
            f"bank: {PACKS * PER_PACK:,} questions; pool (3 packs, a category, a difficulty): "
            f"{len(pool):,}"
        )
        print(f"the player has seen {len(seen):,} of them; {args.runs} runs each\n")
        filters = {"categories": ["Cast"], "difficulties": ["medium"]}
        one_pack = QuestionPool.of(PACK, **filters)
        several = QuestionPool.of(SEVERAL, **filters)

        def ours(pool: QuestionPool) -> None:
            drawn = collection.rounds.draw(pool, 10, CLASSIC, rng, player_id=player)
            assert len(drawn) == 10

        def raw_draw(packs: tuple[PackId, ...]) -> list[tuple[int, ...]]:
            # The same walk by hand: each pack its share of ten from one random key.
            start = rng.random()
            share, extra = divmod(10, len(packs))
            found: list[tuple[int, ...]] = []
            for place, pack in enumerate(packs):
                params = {
                    "pack": pack,
                    "category": "Cast",
                    "difficulty": "medium",
                    "player": player,
                    "limit": share + (place < extra),
                }
                rows = raw.execute(RAW_DRAW, {**params, "start": start}).fetchall()
                if len(rows) < params["limit"]:
                    rows += raw.execute(RAW_DRAW, {**params, "start": 0.0}).fetchall()
                found += rows
            return found

        random_order = median_ms(
            lambda: raw.execute(
                ORDER_BY_RANDOM,
                {"pack": PACK, "category": "Cast", "difficulty": "medium", "player": player},
            ).fetchall(),
            max(args.runs // 20, 5),
        )
        rows = [
            (
                "draw 10 (pack, category, level, unseen)",
                median_ms(lambda: ours(one_pack), args.runs),
                median_ms(lambda: raw_draw((PACK,)), args.runs),
                DRAW_LIMIT_MS,
            ),
            (
                "the same from 3 packs at once",
                median_ms(lambda: ours(several), args.runs),
                median_ms(lambda: raw_draw(SEVERAL), args.runs),
                DRAW_LIMIT_MS,
            ),
        ]
        raw.close()
    print(f"for comparison, ORDER BY random() over the pool: {random_order:.3f}ms\n")
    print(f"each must also stay under {DRAW_MAX_RATIO:g}x its raw SQL")
    return report(rows, DRAW_MAX_RATIO)


if __name__ == "__main__":
    sys.exit(main())
