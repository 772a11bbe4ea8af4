"""Writing packs into the store: bulk inserts, updates by question id, retirement."""

from __future__ import annotations

import gc
import random
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from quizapp.core.model import Origin
from quizapp.packs.model import Difficulty, PackHeader, PackQuestion, QuestionKind
from quizapp.store.models import PackRow, QuestionRow, stored_truth, truth_of_stored, utcnow

# Rows go to SQLite in batches this size, between which progress is told and Cancel is heard.
BATCH = 5000

WriteProgress = Callable[[int, int], None]
"""Told how many questions of how many have been written so far."""
Cancelled = Callable[[], bool]


class ImportCancelledError(Exception):
    """The player cancelled an import; the transaction rolls back and nothing is written."""


@dataclass
class PackWrite:
    """What writing a pack into the store changed."""

    slug: str
    title: str = ""
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0


@dataclass
class SyncReport:
    """What loading the shipped packs did, and which files it had to skip."""

    written: list[PackWrite] = field(default_factory=list)
    skipped_files: list[str] = field(default_factory=list)


# The value columns in the order question_values() returns them.
_VALUE_COLUMNS = (
    "kind",
    "prompt",
    "answer",
    "wrong",
    "accept",
    "tolerance",
    "category",
    "difficulty",
    "explanation",
    "source",
    "time_limit_s",
)


_KIND = {kind: kind.value for kind in QuestionKind}
_DIFFICULTY = {level: level.value for level in Difficulty}


def question_values(question: PackQuestion) -> dict[str, Any]:
    """Return a pack question as the column values of its row."""
    answer = question.answer
    return {
        "kind": _KIND[question.kind],
        "prompt": question.prompt,
        "answer": stored_truth(answer) if isinstance(answer, bool) else answer,
        "wrong": list(question.wrong),
        "accept": list(question.accept),
        "tolerance": float(question.tolerance),
        "category": question.category,
        "difficulty": _DIFFICULTY[question.difficulty] if question.difficulty else None,
        "explanation": question.explanation,
        "source": question.source,
        "time_limit_s": question.time_limit_s,
    }


def pack_question(key: str, values: Any) -> PackQuestion:
    """Return a stored row (anything with the question columns) as a pack question."""
    kind = QuestionKind(values.kind)
    answer: str | bool = values.answer
    if kind is QuestionKind.TRUEFALSE:
        answer = truth_of_stored(values.answer)
    return PackQuestion(
        id=key,
        kind=kind,
        prompt=values.prompt,
        answer=answer,
        wrong=list(values.wrong),
        accept=list(values.accept),
        tolerance=values.tolerance,
        category=values.category,
        difficulty=Difficulty(values.difficulty) if values.difficulty else None,
        explanation=values.explanation,
        source=values.source,
        time_limit_s=values.time_limit_s,
    )


_pauses = 0
_pauses_lock = threading.Lock()
_collector_was_on = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold Python's cycle collector while a big write builds its rows, then let it go on.

    A write makes a dict for each row and SQLAlchemy another, and every few hundred of them
    the collector walks the objects still alive, the read pack among them: with it on, a
    100,000-question import spent longer in collections than SQLite took to store the rows.
    Reference counting still frees each row as soon as it is written. Writes on several
    threads at once share the pause; the last one out restores the collector.
    """
    global _pauses, _collector_was_on
    with _pauses_lock:
        if _pauses == 0:
            _collector_was_on = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pauses_lock:
            _pauses -= 1
            if _pauses == 0 and _collector_was_on:
                gc.enable()


@collector_paused()
def write_pack(
    s: Session,
    header: PackHeader,
    questions: Sequence[PackQuestion],
    *,
    origin: Origin,
    source_path: str | None = None,
    content_hash: str | None = None,
    progress: WriteProgress | None = None,
    cancelled: Cancelled | None = None,
) -> PackWrite:
    """Create or update a pack by slug inside the caller's transaction.

    Questions are matched by id: new ones are added, changed ones updated in place (keeping
    their history), and ones no longer present retired, never deleted.
    """
    now = utcnow()
    pack = s.scalar(select(PackRow).where(PackRow.slug == header.id))
    if pack is None:
        pack = PackRow(slug=header.id, enabled=True, created_at=now)
        s.add(pack)
    pack.title = header.title
    pack.description = header.description
    pack.author = header.author
    pack.language = header.language
    pack.origin = origin
    pack.source_path = source_path
    pack.content_hash = content_hash
    pack.updated_at = now
    s.flush()
    report = PackWrite(header.id, header.title)
    columns = [getattr(QuestionRow, name) for name in _VALUE_COLUMNS]
    existing = {
        row.key: row
        for row in s.execute(
            select(QuestionRow.id, QuestionRow.key, QuestionRow.retired, *columns).where(
                QuestionRow.pack_id == pack.id
            )
        )
    }
    new_rows: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    rng = random.Random()
    for question in questions:
        values = question_values(question)
        row = existing.pop(question.id, None)
        if row is None:
            new_rows.append(
                {"pack_id": pack.id, "key": question.id, "retired": False, "rand_key": rng.random()}
                | values
            )
        elif row.retired or any(getattr(row, k) != v for k, v in values.items()):
            changed.append({"row_id": row.id, "retired": False, **values})
        else:
            report.unchanged += 1
    total = len(new_rows) + len(changed)
    done = 0
    connection = s.connection()
    # Core statements run as executemany (one round trip a batch); the column types do the
    # encoding (JSON lists, enums) on every backend.
    additions = insert(QuestionRow)
    changes = update(QuestionRow).where(QuestionRow.id == bindparam("row_id"))
    batches: list[tuple[Any, list[dict[str, Any]]]] = [(additions, new_rows), (changes, changed)]
    for statement, rows in batches:
        for start in range(0, len(rows), BATCH):
            if cancelled is not None and cancelled():
                raise ImportCancelledError
            batch = rows[start : start + BATCH]
            connection.execute(statement, batch)
            done += len(batch)
            if progress is not None:
                progress(done, total)
    to_retire = [row.id for row in existing.values() if not row.retired]
    for start in range(0, len(to_retire), BATCH):
        chunk = to_retire[start : start + BATCH]
        s.execute(update(QuestionRow).where(QuestionRow.id.in_(chunk)).values(retired=True))
    if cancelled is not None and cancelled():
        raise ImportCancelledError
    report.added, report.updated, report.retired = len(new_rows), len(changed), len(to_retire)
    return report
