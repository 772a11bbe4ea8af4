"""Writing packs into the store: bulk inserts, updates by question id, retirement."""

from __future__ import annotations

import gc
import random
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from quizapp.core.kinds import Difficulty, QuestionKind
from quizapp.core.model import Origin
from quizapp.store.models import PackRow, QuestionRow, stored_truth, truth_of_stored, utcnow

# The pack model (and pydantic's validators with it) is loaded when a pack is read or shown:
# an everyday start, whose shipped packs are stored already, needs neither.
if TYPE_CHECKING:
    from quizapp.packs.model import PackHeader, PackQuestion

# Rows go to SQLite in batches this size, between which progress is told and Cancel is heard.
BATCH = 5000

WriteProgress = Callable[[int, int], None]
"""Told how many questions of how many have been written so far (of 0: not known yet)."""
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
    from quizapp.packs.model import PackQuestion

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
) -> PackWrite:
    """Create or update a pack by slug with all its questions, inside the caller's transaction.

    Questions are matched by id: new ones are added, changed ones updated in place (keeping
    their history), and ones no longer present retired, never deleted.
    """
    writer = PackWriter(
        s, header, origin=origin, source_path=source_path, content_hash=content_hash
    )
    writer.write(questions)
    return writer.finish()


class PackWriter:
    """Writes one pack's questions batch by batch inside the caller's transaction.

    Nothing of the pack's questions is held between batches but the ids of the stored rows
    the batches matched, so a pack is written as it is read. Questions are matched by id:
    new ones are added, changed ones updated in place (keeping their history), and when the
    writing is finished, the stored ones that no batch named are retired, never deleted.
    """

    def __init__(
        self,
        s: Session,
        header: PackHeader,
        *,
        origin: Origin,
        source_path: str | None = None,
        content_hash: str | None = None,
        progress: Callable[[int], None] | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        """Create or update the pack's row by slug.

        Args:
            s: The session whose transaction the writing is part of.
            header: The pack's id (its slug), title and other details.
            origin: Where the pack comes from.
            source_path: The file it was read from, if any.
            content_hash: The file's digest, for packs that are only rewritten when it changes.
            progress: Told how many questions have been written after each batch.
            cancelled: Asked before each batch; True stops with ImportCancelledError.
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
        self._s = s
        self._pack_id = pack.id
        self._progress = progress
        self._cancelled = cancelled
        self._report = PackWrite(header.id, header.title)
        self._done = 0
        # Rows added by this writing come after this id; older rows not matched get retired.
        self._last_old_id = s.scalar(
            select(func.max(QuestionRow.id)).where(QuestionRow.pack_id == pack.id)
        )
        self._matched: set[int] = set()
        self._rng = random.Random()

    def write(self, questions: Sequence[PackQuestion]) -> None:
        """Add or update these questions, BATCH at a time; their ids must be new to the pack.

        Raises:
            ImportCancelledError: `cancelled` said so before a batch.
        """
        for start in range(0, len(questions), BATCH):
            if self._cancelled is not None and self._cancelled():
                raise ImportCancelledError
            self._write_batch(questions[start : start + BATCH])

    @collector_paused()
    def _write_batch(self, questions: Sequence[PackQuestion]) -> None:
        columns = [getattr(QuestionRow, name) for name in _VALUE_COLUMNS]
        keys = [question.id for question in questions]
        stored = {
            row.key: row
            for row in self._s.execute(
                select(QuestionRow.id, QuestionRow.key, QuestionRow.retired, *columns).where(
                    QuestionRow.pack_id == self._pack_id, QuestionRow.key.in_(keys)
                )
            )
        }
        new_rows: list[dict[str, Any]] = []
        changed: list[dict[str, Any]] = []
        for question in questions:
            values = question_values(question)
            row = stored.get(question.id)
            if row is None:
                new_rows.append(
                    {
                        "pack_id": self._pack_id,
                        "key": question.id,
                        "retired": False,
                        "rand_key": self._rng.random(),
                    }
                    | values
                )
                continue
            self._matched.add(row.id)
            if row.retired or any(getattr(row, k) != v for k, v in values.items()):
                changed.append({"row_id": row.id, "retired": False, **values})
            else:
                self._report.unchanged += 1
        # Core statements run as executemany (one round trip a batch); the column types do
        # the encoding (JSON lists, enums) on every backend.
        connection = self._s.connection()
        if new_rows:
            connection.execute(insert(QuestionRow), new_rows)
        if changed:
            statement = update(QuestionRow).where(QuestionRow.id == bindparam("row_id"))
            connection.execute(statement, changed)
        self._report.added += len(new_rows)
        self._report.updated += len(changed)
        self._done += len(questions)
        if self._progress is not None:
            self._progress(self._done)

    def finish(self) -> PackWrite:
        """Retire the pack's stored questions that no batch named; return what changed.

        Raises:
            ImportCancelledError: `cancelled` said so.
        """
        if self._last_old_id is not None:
            live = self._s.scalars(
                select(QuestionRow.id).where(
                    QuestionRow.pack_id == self._pack_id,
                    QuestionRow.retired.is_(False),
                    QuestionRow.id <= self._last_old_id,
                )
            )
            to_retire = [row_id for row_id in live if row_id not in self._matched]
            for start in range(0, len(to_retire), BATCH):
                chunk = to_retire[start : start + BATCH]
                self._s.execute(
                    update(QuestionRow).where(QuestionRow.id.in_(chunk)).values(retired=True)
                )
            self._report.retired = len(to_retire)
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelledError
        return self._report
