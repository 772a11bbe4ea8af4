"""Store writes of a 100,000-question import, against the raw driver in the same run.

Run: python bench/bench_import.py [--questions N] [--runs R] [--db-url URL]
On SQLite the baseline is sqlite3's executemany; on PostgreSQL (the server at --db-url, else
$QUIZAPP_TEST_POSTGRESQL_URL, else a local quizapp_test database) it is psycopg's executemany,
with COPY shown beside it. Without a server the PostgreSQL part says why it was skipped.
Target: the import's store writes take at most 2x executemany (median of the runs).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from quizapp.packs.errors import ParsedPack
from quizapp.packs.model import PackHeader, PackQuestion
from quizapp.store import Collection

TARGET_RATIO = 2.0
DEFAULT_POSTGRESQL_URL = "postgresql+psycopg://quizapp:quizapp@localhost:5432/quizapp_test"
COLUMNS = (
    "pack_id, key, kind, prompt, answer, wrong, accept, tolerance, category, difficulty,"
    " explanation, source, retired, rand_key"
)


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


def raw_rows(questions: list[PackQuestion], retired: Any) -> list[tuple[Any, ...]]:
    """Return the questions as tuples in COLUMNS order, their lists encoded as JSON."""
    return [
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
            retired,
            n / len(questions),
        )
        for n, q in enumerate(questions)
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
    rows = raw_rows(questions, 0)
    with connection:
        connection.executemany(
            f"INSERT INTO question ({COLUMNS}) VALUES ({', '.join('?' * 14)})", rows
        )
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def store_import(folder: Path, questions: list[PackQuestion], url: str | None = None) -> float:
    """Time the Collection writing an already-read pack, as the import worker does."""
    parsed = ParsedPack(
        path=folder / "big.csv",
        format="csv",
        header=PackHeader(id="big", title="Big"),
        questions=questions,
    )
    with Collection.open(folder, url) as collection:
        started = time.perf_counter()
        report = collection.packs.import_many([parsed])
        elapsed = time.perf_counter() - started
        assert report[0].added == len(questions)
        assert collection.packs.all()[0].question_count == len(questions)
    return elapsed


def postgresql_problem(url: str) -> str | None:
    """Return why the PostgreSQL server at url cannot be used, or None when it answers."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import SQLAlchemyError

    try:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
    except (SQLAlchemyError, ImportError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        return f"no PostgreSQL server answers at {url.split('@')[-1]} ({reason})"
    return None


@contextmanager
def fresh_schema(url: str) -> Iterator[str]:
    """Yield url pointed at a new, empty schema, dropped afterwards."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        options = {"options": f"-csearch_path={schema}"}
        yield make_url(url).update_query_dict(options).render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def raw_postgresql(url: str, questions: list[PackQuestion], *, copy: bool) -> float:
    """Time psycopg writing the same rows into an equivalent table: executemany, or COPY."""
    import psycopg
    from sqlalchemy.engine import make_url

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn) as conn:
        conn.execute(
            "CREATE TABLE question (id SERIAL PRIMARY KEY, pack_id INTEGER, key VARCHAR(200),"
            " kind VARCHAR(16), prompt TEXT, answer TEXT, wrong JSON, accept JSON,"
            " tolerance FLOAT, category VARCHAR(2000), difficulty VARCHAR(16), explanation TEXT,"
            " source TEXT, retired BOOLEAN, rand_key FLOAT, UNIQUE (pack_id, key))"
        )
        conn.execute("CREATE INDEX ix_live ON question (pack_id, retired, rand_key)")
        conn.commit()
        started = time.perf_counter()
        rows = raw_rows(questions, False)
        with conn.cursor() as cursor:
            if copy:
                with cursor.copy(f"COPY question ({COLUMNS}) FROM STDIN") as stream:
                    for row in rows:
                        stream.write_row(row)
            else:
                cursor.executemany(
                    f"INSERT INTO question ({COLUMNS}) VALUES ({', '.join(['%s'] * 14)})", rows
                )
        conn.commit()
        return time.perf_counter() - started


def median_of(runs: int, *measures: Callable[[], float]) -> list[float]:
    """Run the measures in turn, runs times, and return the median of each."""
    times: list[list[float]] = [[] for _ in measures]
    for _ in range(runs):
        for timings, measure in zip(times, measures, strict=True):
            timings.append(measure())
    return [statistics.median(timings) for timings in times]


def measure_sqlite(questions: list[PackQuestion], runs: int) -> float:
    """Print the SQLite measures and return the ratio to raw executemany."""

    def raw() -> float:
        with tempfile.TemporaryDirectory() as folder:
            return raw_baseline(Path(folder), questions)

    def ours() -> float:
        with tempfile.TemporaryDirectory() as folder:
            return store_import(Path(folder), questions)

    raw_time, store_time = median_of(runs, raw, ours)
    print("SQLite:")
    print(f"  raw sqlite3 executemany: median {raw_time:.3f} s")
    print(f"  quizapp import writes:   median {store_time:.3f} s")
    return store_time / raw_time


def measure_postgresql(questions: list[PackQuestion], runs: int, url: str) -> float | None:
    """Print the PostgreSQL measures and return the ratio to raw executemany (None: no server)."""
    problem = postgresql_problem(url)
    if problem:
        print(f"PostgreSQL: skipped: {problem}; give --db-url to measure one")
        return None

    def raw(copy: bool) -> Callable[[], float]:
        def measure() -> float:
            with fresh_schema(url) as schema_url:
                return raw_postgresql(schema_url, questions, copy=copy)

        return measure

    def ours() -> float:
        with fresh_schema(url) as schema_url, tempfile.TemporaryDirectory() as folder:
            return store_import(Path(folder), questions, schema_url)

    executemany, copy, store_time = median_of(runs, raw(False), raw(True), ours)
    print(f"PostgreSQL at {url.split('@')[-1]}:")
    print(f"  raw psycopg executemany: median {executemany:.3f} s")
    print(f"  raw psycopg COPY:        median {copy:.3f} s")
    print(f"  quizapp import writes:   median {store_time:.3f} s ({store_time / copy:.2f}x COPY)")
    return store_time / executemany


def main() -> int:
    """Run the measurements alternately on each backend; report medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--db-url",
        default=os.environ.get("QUIZAPP_TEST_POSTGRESQL_URL", DEFAULT_POSTGRESQL_URL),
        help="the PostgreSQL server to measure (postgresql+psycopg://…)",
    )
    args = parser.parse_args()
    questions = make_questions(args.questions)
    print(f"questions: {args.questions:,}, runs: {args.runs}")
    ratios = {"SQLite": measure_sqlite(questions, args.runs)}
    on_server = measure_postgresql(questions, args.runs, args.db_url)
    if on_server is not None:
        ratios["PostgreSQL"] = on_server
    failed = False
    for backend, ratio in ratios.items():
        verdict = "PASS" if ratio <= TARGET_RATIO else "FAIL"
        failed |= verdict == "FAIL"
        print(f"{backend}: ratio to executemany {ratio:.2f} (target <= {TARGET_RATIO}): {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
