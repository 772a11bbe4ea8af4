"""Checking the store, and saving what can still be read from a damaged one.

A damaged store is never deleted: it is copied aside with the time in its name, what can
still be read is copied into a fresh store table by table and row by row, and the fresh
store takes its place. Rows that cannot be read, or that point at rows lost with them, are
counted, so the player is told what was lost.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from quizapp.store.engine import file_place, open_engine
from quizapp.store.models import Base

# The integrity check may list thousands of broken cells; the first few tell the story.
MAX_PROBLEMS = 5
_SIDE_FILES = ("-wal", "-shm")


@dataclass
class CheckReport:
    """What a check found and did.

    Attributes:
        store: The store checked.
        problems: What SQLite's integrity and foreign-key checks reported; empty when sound.
        damaged_copy: Where the damaged store was copied, when it was.
        copied: Rows copied into the fresh store, per table.
        lost: Rows that could not be read or no longer fit, per table.
    """

    store: Path
    problems: list[str] = field(default_factory=list)
    damaged_copy: Path | None = None
    copied: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)

    @property
    def sound(self) -> bool:
        """Whether the store passed both checks."""
        return not self.problems

    def lines(self) -> list[str]:
        """Return the report as lines for the player."""
        if self.sound:
            return [f"The store {self.store} is sound."]
        lines = [f"The store {self.store} was damaged:"]
        lines += [f"  {problem}" for problem in self.problems[:MAX_PROBLEMS]]
        if len(self.problems) > MAX_PROBLEMS:
            lines.append(f"  and {len(self.problems) - MAX_PROBLEMS:,} more problems")
        if self.damaged_copy is not None:
            lines.append(f"The damaged store was kept as {self.damaged_copy}.")
            lines.append(f"What could be read is now in {self.store}:")
            for table, count in self.copied.items():
                lost = self.lost.get(table, 0)
                lost_text = f", {lost:,} lost" if lost else ""
                lines.append(f"  {table}: {count:,} rows saved{lost_text}")
            total = sum(self.lost.values())
            lines.append(f"{total:,} rows were lost." if total else "No rows were lost.")
        return lines


def check_store(path: Path, *, now: datetime | None = None) -> CheckReport:
    """Check the store at path; when damaged, copy it aside and rebuild it from what is left.

    Raises:
        OSError: The damaged store could not be copied aside or the fresh one written; the
            store is then left as it was.
    """
    report = CheckReport(path)
    report.problems = _problems(path)
    if report.sound:
        return report
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", *_SIDE_FILES):
        source = Path(f"{path}{suffix}")
        if source.exists():
            shutil.copy2(source, Path(f"{aside}{suffix}"))
    report.damaged_copy = aside
    fresh = path.with_name(f"{path.name}.recovered-{stamp}")
    try:
        open_engine(file_place(fresh))[0].dispose()
        _copy_rows(aside, fresh, report)
        # The damaged store's log must not be replayed onto the fresh one.
        for suffix in _SIDE_FILES:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        fresh.replace(path)
    finally:
        for suffix in ("", *_SIDE_FILES):
            Path(f"{fresh}{suffix}").unlink(missing_ok=True)
    return report


def _problems(path: Path) -> list[str]:
    try:
        with _connect(path) as raw:
            found = [
                line
                for (text,) in raw.execute("PRAGMA integrity_check")
                for line in str(text).splitlines()
                if line and not line.startswith("*** in database")
            ]
            if found == ["ok"]:
                found = []
            found += [
                f"{table} row {rowid} points at a missing {parent} row"
                for table, rowid, parent, _ in raw.execute("PRAGMA foreign_key_check")
            ]
        raw.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return found


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)


def _copy_rows(damaged: Path, fresh: Path, report: CheckReport) -> None:
    source = _connect(damaged)
    target = sqlite3.connect(fresh, isolation_level=None)
    try:
        target.execute("PRAGMA foreign_keys=ON")
        target.execute("BEGIN")
        for table in Base.metadata.sorted_tables:
            copied, lost = _copy_table(source, target, table.name)
            report.copied[table.name] = copied
            if lost:
                report.lost[table.name] = lost
        target.execute("COMMIT")
    finally:
        source.close()
        target.close()


def _copy_table(
    source: sqlite3.Connection, target: sqlite3.Connection, table: str
) -> tuple[int, int]:
    """Copy a table row by row; return how many rows were copied and how many lost."""
    try:
        wanted = [row[1] for row in target.execute(f'PRAGMA table_info("{table}")')]
        present = {row[1] for row in source.execute(f'PRAGMA table_info("{table}")')}
    except sqlite3.DatabaseError:
        return 0, 0
    columns = [c for c in wanted if c in present]
    if not columns:
        return 0, 0
    names = ", ".join(f'"{c}"' for c in columns)
    insert = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    select = f'SELECT {names} FROM "{table}" WHERE rowid = ?'
    copied = lost = 0
    for rowid in _rowids(source, table):
        try:
            row = source.execute(select, (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            lost += 1
            continue
        if row is None:
            continue
        try:
            target.execute(insert, row)
        except sqlite3.IntegrityError:
            # It points at a row that was lost; without it, it means nothing.
            lost += 1
            continue
        copied += 1
    return copied, lost


def _rowids(source: sqlite3.Connection, table: str) -> list[int]:
    """Return the row ids worth trying: those listed before any damage, then the rest.

    Past the damage, every id up to the largest is tried one by one.
    """
    found: list[int] = []
    try:
        for (rowid,) in source.execute(f'SELECT rowid FROM "{table}" ORDER BY rowid'):
            found.append(rowid)
    except sqlite3.DatabaseError:
        pass
    try:
        largest = source.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
    except sqlite3.DatabaseError:
        largest = found[-1] if found else 0
    start = found[-1] + 1 if found else 1
    return found + list(range(start, largest + 1))
