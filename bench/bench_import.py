"""Store writes of a 100,000-question import, against raw sqlite3 executemany in the same run.

Run: python bench/bench_import.py [--questions N] [--runs R]
Target: the import's store writes take at most 2x the raw baseline (median of the runs).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from quizapp.packs.errors import ParsedPack
from quizapp.packs.model import PackHeader, PackQuestion
from quizapp.store import Collection

TARGET_RATIO = 2.0


def make_questions(count: int) -> list[PackQuestion]:
    """Return count distinct choice questions, built once outside the timings."""
    return [
        PackQuestion(
            id=f"q{n}",
            kind="choice",
            prompt=f"Which number comes after {n}?",
            answer=str(n + 1),
            wrong=[str(n + 2), str(n + 3), str(n - 1)],
            category="Numbers",
            explanation=f"{n + 1} follows {n}.",
        )
        for n in range(count)
    ]


def raw_baseline(folder: Path, questions: list[PackQuestion]) -> float:
    """Time plain sqlite3 executemany of the same rows into an equivalent table."""
    connection = sqlite3.connect(folder / "raw.sqlite3")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute(
        "CREATE TABLE question (id INTEGER PRIMARY KEY, pack_id INTEGER, key TEXT, kind TEXT,"
        " prompt TEXT, answer TEXT, wrong TEXT, accept TEXT, tolerance REAL, category TEXT,"
        " difficulty TEXT, explanation TEXT, source TEXT, retired INTEGER, rand_key REAL,"
        " UNIQUE (pack_id, key))"
    )
    connection.execute("CREATE INDEX ix_live ON question (pack_id, retired, rand_key)")
    started = time.perf_counter()
    rows = [
        (
            1,
            q.id,
            q.kind.value,
            q.prompt,
            q.answer,
            json.dumps(q.wrong),
            json.dumps(q.accept),
            q.tolerance,
            q.category,
            None,
            q.explanation,
            q.source,
            0,
            n / len(questions),
        )
        for n, q in enumerate(questions)
    ]
    with connection:
        connection.executemany(
            "INSERT INTO question (pack_id, key, kind, prompt, answer, wrong, accept, tolerance,"
            " category, difficulty, explanation, source, retired, rand_key)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def store_import(folder: Path, questions: list[PackQuestion]) -> float:
    """Time the Collection writing an already-read pack, as the import worker does."""
    parsed = ParsedPack(
        path=folder / "big.csv",
        format="csv",
        header=PackHeader(id="big", title="Big"),
        questions=questions,
    )
    with Collection.open(folder) as collection:
        started = time.perf_counter()
        report = collection.packs.import_many([parsed])
        elapsed = time.perf_counter() - started
        assert report[0].added == len(questions)
        assert collection.packs.all()[0].question_count == len(questions)
    return elapsed


def main() -> int:
    """Run both measurements alternately and report medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    questions = make_questions(args.questions)
    raw_times, store_times = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as raw_dir, tempfile.TemporaryDirectory() as store_dir:
            raw_times.append(raw_baseline(Path(raw_dir), questions))
            store_times.append(store_import(Path(store_dir), questions))
    raw, store = statistics.median(raw_times), statistics.median(store_times)
    ratio = store / raw
    print(f"questions: {args.questions:,}, runs: {args.runs}")
    print(f"raw sqlite3 executemany: median {raw:.3f} s")
    print(f"quizapp import writes:   median {store:.3f} s")
    verdict = "PASS" if ratio <= TARGET_RATIO else "FAIL"
    print(f"ratio {ratio:.2f} (target <= {TARGET_RATIO}): {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
