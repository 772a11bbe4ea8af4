"""Shared by the benchmarks: a big store built with bulk inserts, and timing by median."""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

# Run from a checkout without installing: the package sits next to this folder.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizapp.store import Collection  # noqa: E402
from quizapp.store.models import AnswerRow, PackRow, PlayerRow, QuestionRow, RoundRow  # noqa: E402

CHUNK = 50_000
# Stored times are naive UTC; the history ends now, so "this week" holds a few days of it.
NOW = datetime.now(UTC).replace(tzinfo=None)


def chunks(rows: Iterable[dict[str, Any]], size: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    """Yield rows in lists of at most size."""
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def bulk(collection: Collection, model: Any, rows: Iterable[dict[str, Any]]) -> None:
    """Insert rows with Core executemany, a chunk per transaction."""
    for batch in chunks(rows):
        with collection._engine.begin() as conn:
            conn.execute(insert(model), batch)


def add_packs(
    collection: Collection,
    packs: int,
    per_pack: int,
    categories: list[str],
    seed: int = 1,
    difficulties: list[str] | None = None,
) -> None:
    """Add packs of choice questions, the categories taken in turn, then the difficulties.

    Question i has category i mod len(categories) and difficulty (i div len(categories)) mod
    len(difficulties), so every pair of the two comes equally often.
    """
    rng = random.Random(seed)
    bulk(
        collection,
        PackRow,
        (
            {
                "slug": f"pack-{p}",
                "title": f"Pack {p}",
                "origin": "imported",
                "enabled": True,
                "created_at": NOW,
                "updated_at": NOW,
            }
            for p in range(packs)
        ),
    )
    bulk(
        collection,
        QuestionRow,
        (
            {
                "pack_id": p + 1,
                "key": f"q{i}",
                "kind": "choice",
                "prompt": f"Question {i} of pack {p}?",
                "answer": f"Right {i}",
                "wrong": [f"Wrong {i}a", f"Wrong {i}b", f"Wrong {i}c"],
                "accept": [],
                "tolerance": 0.0,
                "category": categories[i % len(categories)],
                "difficulty": (
                    difficulties[i // len(categories) % len(difficulties)] if difficulties else None
                ),
                "retired": False,
                "rand_key": rng.random(),
            }
            for p in range(packs)
            for i in range(per_pack)
        ),
    )


def add_history(
    collection: Collection,
    *,
    players: int,
    rounds: int,
    per_round: int,
    packs: int,
    per_pack: int,
    categories: list[str],
    seed: int = 2,
) -> None:
    """Add players and finished rounds spread over a year, each with its answers."""
    rng = random.Random(seed)
    bulk(
        collection,
        PlayerRow,
        (
            {"name": f"Player {n}", "name_key": f"player {n}", "created_at": NOW}
            for n in range(players)
        ),
    )
    round_rows: list[dict[str, Any]] = []
    answer_rows: list[dict[str, Any]] = []
    for round_id in range(1, rounds + 1):
        pack = rng.randrange(packs)
        started = NOW - timedelta(minutes=rng.randrange(365 * 24 * 60))
        right = [rng.random() < 0.7 for _ in range(per_round)]
        streak, best, score, elapsed = 0, 0, 0, 0
        for position, correct in enumerate(right, start=1):
            streak = streak + 1 if correct else 0
            best = max(best, streak)
            score += 1000 + min(100 * (streak - 1), 500) if correct else 0
            ms = int(rng.lognormvariate(8.5, 0.6))
            elapsed += ms
            index = rng.randrange(per_pack)
            answer_rows.append(
                {
                    "round_id": round_id,
                    "question_id": pack * per_pack + index + 1,
                    "position": position,
                    "prompt": f"Question {index} of pack {pack}?",
                    "options": ["a", "b", "c", "d"],
                    "right_answer": f"Right {index}",
                    "category": categories[index % len(categories)],
                    "given": "a",
                    "correct": correct,
                    "ms": ms,
                    "answered_at": started + timedelta(milliseconds=elapsed),
                }
            )
        round_rows.append(
            {
                "player_id": rng.randrange(players) + 1,
                "pack_id": pack + 1,
                "pack_title": f"Pack {pack}",
                "mode": "classic" if rng.random() < 0.8 else "typed",
                "scoring_version": 1,
                "question_count": per_round,
                "score": score,
                "correct": sum(right),
                "answered": per_round,
                "started_at": started,
                "finished_at": started + timedelta(milliseconds=elapsed),
                "duration_ms": elapsed,
                "best_streak": best,
            }
        )
    bulk(collection, RoundRow, round_rows)
    bulk(collection, AnswerRow, answer_rows)


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Run action a few times to warm up, then return the median of runs timings in ms."""
    for _ in range(5):
        action()
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def report(rows: list[tuple[str, float, float, float]], max_ratio: float | None = None) -> int:
    """Print each measure against its raw baseline and limit; return the exit status.

    With max_ratio, a measure also fails when it takes that many times its raw baseline.
    """
    failed = False
    print(f"{'measure':<44} {'quizapp':>10} {'raw SQL':>10} {'ratio':>7} {'limit':>8}")
    for name, ours, raw, limit in rows:
        within = max_ratio is None or ours < max_ratio * raw
        verdict = "PASS" if ours < limit and within else "FAIL"
        failed |= verdict == "FAIL"
        print(
            f"{name:<44} {ours:>8.3f}ms {raw:>8.3f}ms {ours / raw:>6.1f}x {limit:>6.1f}ms {verdict}"
        )
    print("FAIL" if failed else "PASS")
    return 1 if failed else 0


def step(label: str, action: Callable[[], None]) -> None:
    """Run one build step, saying on stderr how long it took."""
    start = time.perf_counter()
    action()
    print(f"{label}: {time.perf_counter() - start:.1f} s", file=sys.stderr)


def data_folder(parent: Path) -> Path:
    """Return the folder the benchmark's store goes in."""
    folder = parent / "data"
    folder.mkdir()
    return folder
